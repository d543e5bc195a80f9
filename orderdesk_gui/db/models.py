"""Peewee models of the order desk: one ``DatabaseProxy`` bound at start-up from a URL.

Conventions: money and quantities are exact (``MoneyField``/``QuantityField``
store scaled integers), times are naive UTC, rows that travel between a branch
and head office (orders, calls, complaints, callbacks, tasks) carry a UUID.
The schema itself is created and upgraded only by the migrations in
``db/migrations``; a test checks that the migrated schema matches these models.
"""

from __future__ import annotations

import uuid as _uuid

from peewee import (
    AutoField,
    BigIntegerField,
    BooleanField,
    CompositeKey,
    DatabaseProxy,
    DateField,
    DateTimeField,
    DeferredForeignKey,
    ForeignKeyField,
    IntegerField,
    Model,
    PostgresqlDatabase,
    SmallIntegerField,
    UUIDField,
)

from orderdesk_gui import clock
from orderdesk_gui.db.fields import CharField, FixedDecimalField, MoneyField, QuantityField, TextField

db_proxy = DatabaseProxy()


def for_update(query):
    """``query`` locking the rows it reads until the transaction ends (``SELECT ... FOR UPDATE``) on
    PostgreSQL; SQLite has one writer at a time, and a version compared in the UPDATE guards the rest."""
    return query.for_update() if isinstance(db_proxy.obj, PostgresqlDatabase) else query


class BaseModel(Model):
    class Meta:
        database = db_proxy
        legacy_table_names = False


# --- People -----------------------------------------------------------------


class Department(BaseModel):
    id = AutoField()
    code = CharField(max_length=32, unique=True)
    name = CharField(max_length=200)


class User(BaseModel):
    """A person who signs in, or to whom calls are routed (managers, heads)."""

    id = AutoField()
    login = CharField(max_length=64, unique=True)
    full_name = CharField(max_length=200)
    role = CharField(max_length=16, index=True)  # domain.roles.Role values
    password_hash = CharField(max_length=255, default="")
    department = ForeignKeyField(Department, null=True, backref="members", on_delete="SET NULL")
    head_of = ForeignKeyField(Department, null=True, unique=True, backref="heads", on_delete="SET NULL")
    is_key_account_manager = BooleanField(default=False)
    presence = CharField(max_length=16, default="available")  # available / away / absent
    absent_until = DateField(null=True)
    substitute = ForeignKeyField("self", null=True, backref="substituted", on_delete="SET NULL")
    extension = CharField(max_length=16, default="")
    phone = CharField(max_length=32, default="")
    email = CharField(max_length=200, default="")
    active = BooleanField(default=True)
    created_at = DateTimeField(default=clock.now_utc)
    must_change_password = BooleanField(default=False)  # after a reset by an administrator (0020)
    failed_sign_ins = IntegerField(default=0)  # since first_failed_at (0020)
    first_failed_at = DateTimeField(null=True)
    locked_until = DateTimeField(null=True)  # naive UTC; sign-in refused until then


class RolePermission(BaseModel):
    """A cell of the rights matrix an administrator changed from ``domain.roles.PERMISSIONS`` (0020)."""

    role = CharField(max_length=16)
    permission = CharField(max_length=32)
    granted = BooleanField()

    class Meta:
        primary_key = CompositeKey("role", "permission")


# --- Catalogue --------------------------------------------------------------


class ProductGroup(BaseModel):
    id = AutoField()
    code = CharField(max_length=32, unique=True)
    name = CharField(max_length=200)
    parent = ForeignKeyField("self", null=True, backref="children", on_delete="SET NULL")
    sort_order = IntegerField(default=0)
    external_id = CharField(max_length=80, null=True, unique=True)  # accounting's Ид or code (exchange)


class Product(BaseModel):
    id = AutoField()
    code = CharField(max_length=32, unique=True)
    name = CharField(max_length=300)
    search_text = TextField(default="")  # normalised name, code, barcode (domain.text)
    group = ForeignKeyField(ProductGroup, null=True, backref="products", on_delete="SET NULL")
    unit = CharField(max_length=16)
    pack_size = QuantityField(default=1)
    pack_rule = CharField(max_length=16, default="round_up")  # round_up / refuse
    barcode = CharField(max_length=32, null=True, index=True)
    weight_kg = QuantityField(default=0)
    vat_rate = SmallIntegerField(default=12)  # percent
    new_since = DateField(null=True, index=True)
    certificate_ref = CharField(max_length=100, default="")
    shelf_life_days = IntegerField(null=True)
    active = BooleanField(default=True)
    stock = QuantityField(default=0)
    external_id = CharField(max_length=80, null=True, unique=True)  # accounting's Ид or code (exchange)


class PriceColumn(BaseModel):
    """A column of the price list; each client buys at one (D10)."""

    id = AutoField()
    code = CharField(max_length=32, unique=True)
    name = CharField(max_length=100)
    is_base = BooleanField(default=False)
    sort_order = IntegerField(default=0)
    external_id = CharField(max_length=80, null=True, unique=True)  # accounting's Ид or code (exchange)


class Price(BaseModel):
    id = AutoField()
    product = ForeignKeyField(Product, backref="prices", on_delete="CASCADE")
    price_column = ForeignKeyField(PriceColumn, backref="prices", on_delete="CASCADE")
    price = MoneyField()

    class Meta:
        indexes = ((("product", "price_column"), True),)


class Promotion(BaseModel):
    """A promotion or special item programme decided by management (D23, D7)."""

    id = AutoField()
    name = CharField(max_length=200)
    kind = CharField(max_length=16, default="price")  # price / special / note
    starts = DateField(index=True)
    ends = DateField(index=True)
    note = TextField(default="")
    active = BooleanField(default=True)
    external_id = CharField(max_length=80, null=True, unique=True)  # accounting's Ид or code (exchange)
    # who it is for (special items, D7): one client type and/or one region; None / '' = every client
    client_type = DeferredForeignKey("ClientType", null=True, on_delete="SET NULL", backref="+")
    region = CharField(max_length=100, default="")
    version = IntegerField(default=0)  # every save in the window moves it on (0022)


class PromotionItem(BaseModel):
    id = AutoField()
    promotion = ForeignKeyField(Promotion, backref="items", on_delete="CASCADE")
    product = ForeignKeyField(Product, backref="promotion_items", on_delete="CASCADE")
    special_price = MoneyField(null=True, default=None)
    note = CharField(max_length=300, default="")
    # a discount off the client's own price, in percent, when no special price is named (0022)
    discount_percent = FixedDecimalField(2, null=True, default=None)

    class Meta:
        indexes = ((("promotion", "product"), True),)


# --- Clients ----------------------------------------------------------------


class ClientType(BaseModel):
    id = AutoField()
    code = CharField(max_length=32, unique=True)
    name = CharField(max_length=100)
    sort_order = IntegerField(default=0)


class ClientTypeProduct(BaseModel):
    """A product traditional for a client type (offered to every client of it, D7)."""

    id = AutoField()
    client_type = ForeignKeyField(ClientType, backref="traditional", on_delete="CASCADE")
    product = ForeignKeyField(Product, on_delete="CASCADE")
    sort_order = IntegerField(default=0)

    class Meta:
        indexes = ((("client_type", "product"), True),)


class Client(BaseModel):
    id = AutoField()
    uuid = UUIDField(unique=True, default=_uuid.uuid4)
    code = CharField(max_length=32, unique=True)
    name = CharField(max_length=300)
    search_text = TextField(default="")  # normalised name, code, tax id (domain.text)
    tax_id = CharField(max_length=12, null=True, index=True)  # BIN / IIN
    client_type = ForeignKeyField(ClientType, backref="clients", on_delete="RESTRICT")
    manager = ForeignKeyField(User, null=True, backref="clients", on_delete="SET NULL")
    price_column = ForeignKeyField(PriceColumn, backref="clients", on_delete="RESTRICT")
    credit_limit = MoneyField()
    payment_delay_days = IntegerField(default=0)
    region = CharField(max_length=100, default="")
    city = CharField(max_length=100, default="")
    legal_address = CharField(max_length=300, default="")
    delivery_address = CharField(max_length=300, default="")
    delivery_weekdays = CharField(max_length=16, default="")  # e.g. "1,3,5" (Mon=1)
    shipping_details = TextField(default="")  # carrier, address, consignee requisites
    notes = TextField(default="")
    language = CharField(max_length=2, default="")  # its documents' language (ru, kk, en); '' = the office's
    status = CharField(max_length=16, default="active", index=True)  # active/potential/blocked
    created_at = DateTimeField(default=clock.now_utc)
    updated_at = DateTimeField(default=clock.now_utc)
    version = IntegerField(default=1)
    external_id = CharField(max_length=80, null=True, unique=True)  # accounting's Ид or code (exchange)
    active = BooleanField(
        default=True
    )  # accounting still lists it (a full import deactivates, never deletes)


class Contact(BaseModel):
    id = AutoField()
    client = ForeignKeyField(Client, backref="contacts", on_delete="CASCADE")
    name = CharField(max_length=200)
    role = CharField(max_length=100, default="")
    email = CharField(max_length=200, default="")
    fax = CharField(max_length=32, default="")
    can_receive_goods = BooleanField(default=False)
    is_primary = BooleanField(default=False)
    notes = CharField(max_length=300, default="")
    external_id = CharField(max_length=80, null=True, index=True)  # from accounting; NULL: added at the desk


class Phone(BaseModel):
    """A phone number of a client or contact, normalised to E.164 for caller lookup."""

    id = AutoField()
    client = ForeignKeyField(Client, backref="phones", on_delete="CASCADE")
    contact = ForeignKeyField(Contact, null=True, backref="phones", on_delete="CASCADE")
    number = CharField(max_length=32)  # as written
    e164 = CharField(max_length=20, index=True)
    kind = CharField(max_length=16, default="work")  # work / mobile / fax / home
    imported = BooleanField(default=False)  # from accounting: the next import replaces it; the desk's never


class Receivable(BaseModel):
    """An unpaid or paid document owed by a client (the debt gate reads these, D5)."""

    id = AutoField()
    client = ForeignKeyField(Client, backref="receivables", on_delete="CASCADE")
    document_no = CharField(max_length=64)
    doc_date = DateField()
    amount = MoneyField()
    paid_amount = MoneyField()
    due_date = DateField()
    paid = BooleanField(default=False)
    order = DeferredForeignKey("Order", null=True, backref="receivables", on_delete="SET NULL")  # invoices it

    class Meta:
        indexes = ((("client", "paid"), False), (("client", "document_no"), True), (("order",), False))


# --- Calls, orders and follow-ups ---------------------------------------------


class CallbackRequest(BaseModel):
    """A "call me back" request (web site, command line, CSV drop, operator) (D1)."""

    id = AutoField()
    uuid = UUIDField(unique=True, default=_uuid.uuid4)
    phone = CharField(max_length=32)
    e164 = CharField(max_length=20, default="", index=True)
    name = CharField(max_length=200, default="")
    client = ForeignKeyField(Client, null=True, backref="callbacks", on_delete="SET NULL")
    window_start = DateTimeField(index=True)
    window_end = DateTimeField(null=True)
    note = TextField(default="")
    source = CharField(max_length=16, default="operator")
    status = CharField(max_length=16, default="open", index=True)
    attempts = IntegerField(default=0)
    created_at = DateTimeField(default=clock.now_utc)
    next_attempt_at = DateTimeField(null=True, index=True)  # after a failed attempt
    last_attempt_at = DateTimeField(null=True)
    done_at = DateTimeField(null=True)
    created_by = ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+")
    escalated_to = ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+")


class Call(BaseModel):
    """One telephone call, in or out, in the call journal (D14)."""

    id = AutoField()
    uuid = UUIDField(unique=True, default=_uuid.uuid4)
    direction = CharField(max_length=4, default="in")  # in / out
    phone = CharField(max_length=32, default="")
    client = ForeignKeyField(Client, null=True, backref="calls", on_delete="SET NULL")
    operator = ForeignKeyField(User, backref="calls", on_delete="RESTRICT")
    started_at = DateTimeField(default=clock.now_utc, index=True)
    ended_at = DateTimeField(null=True)
    purpose = CharField(max_length=16, default="order")  # order / info / complaint / other
    outcome = CharField(max_length=32, default="")  # '' while open (domain.journal.OUTCOMES)
    outcome_detail = CharField(max_length=300, default="")
    transferred_to = ForeignKeyField(User, null=True, backref="transfers", on_delete="SET NULL")
    transfer_reason = CharField(max_length=300, default="")
    consulted = ForeignKeyField(User, null=True, backref="consultations", on_delete="SET NULL")
    notes = TextField(default="")
    # why an outbound call was made: '' (inbound or ad hoc) / callback / sleeping / task
    source = CharField(max_length=16, default="")
    callback = ForeignKeyField(CallbackRequest, null=True, backref="calls", on_delete="SET NULL")

    class Meta:
        indexes = ((("client", "started_at"), False), (("operator", "started_at"), False))


class ExchangeRun(BaseModel):
    """One import or export with accounting: the file, who ran it, what it counted and rejected (the exchange
    log, issue 13). A preview is logged too (status ``preview``); a refused file with its reasons."""

    id = AutoField()
    direction = CharField(max_length=8)  # import / export
    kind = CharField(max_length=32)  # commerceml / csv / xlsx / debt_statement
    source = CharField(max_length=16)  # window / command / folder / http
    file_name = CharField(max_length=300)
    digest = CharField(max_length=64, index=True)  # sha256 of the file
    user = ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+")
    started_at = DateTimeField(index=True)
    finished_at = DateTimeField(null=True)
    status = CharField(max_length=16)  # applied / preview / refused / failed
    counts = TextField(default="{}")  # JSON: {kind: {new, changed, deactivated, unchanged}}
    rejects = TextField(default="[]")  # JSON: the first rejected rows [[line, code, params], ...]
    reject_count = IntegerField(default=0)
    message = TextField(default="")


class Order(BaseModel):
    id = AutoField()
    uuid = UUIDField(unique=True, default=_uuid.uuid4)
    number = CharField(max_length=32, null=True, unique=True)  # given on acceptance
    client = ForeignKeyField(Client, backref="orders", on_delete="RESTRICT")
    operator = ForeignKeyField(User, backref="orders", on_delete="RESTRICT")
    call = ForeignKeyField(Call, null=True, backref="orders", on_delete="SET NULL")
    status = CharField(max_length=16, default="draft", index=True)
    created_at = DateTimeField(default=clock.now_utc, index=True)
    updated_at = DateTimeField(default=clock.now_utc)
    accepted_at = DateTimeField(null=True)  # the desk reports read it through order_report_cover (0019)
    invoiced_at = DateTimeField(null=True)  # accounting invoiced it: from then on a receivable counts
    delivery_date = DateField(null=True)
    delivery_address = CharField(max_length=300, default="")
    receiver = ForeignKeyField(Contact, null=True, on_delete="SET NULL")
    receiver_confirmed = BooleanField(default=False)
    payment_form = CharField(max_length=16, default="")
    documents = CharField(max_length=300, default="")
    pickup_date = DateField(null=True)
    shipping_details = TextField(default="")
    comment = TextField(default="")
    cancel_reason = CharField(max_length=300, default="")
    total_amount = MoneyField()
    total_discount = MoneyField()
    total_weight = QuantityField(default=0)
    line_count = IntegerField(default=0)
    # the offers of the order as its last save left them, for the desk reports (0019): offered, accepted,
    # and the sum of the lines the accepted ones put in
    offers_made = IntegerField(default=0)
    offers_accepted = IntegerField(default=0)
    offers_added = MoneyField()
    debt_override_by = ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+")
    debt_override_reason = CharField(max_length=500, default="")
    debt_override_amount = MoneyField(null=True, default=None)  # the most the approver allowed
    version = IntegerField(default=1)  # optimistic locking
    exported_at = DateTimeField(null=True)  # sent to accounting (exchange); NULL: not yet
    export_run = ForeignKeyField(ExchangeRun, null=True, on_delete="SET NULL", backref="orders")

    class Meta:
        indexes = (
            (("client", "created_at"), False),
            (("client", "status", "invoiced_at"), False),  # the exposure: accepted, not yet invoiced
            (("invoiced_at", "status"), False),  # finance's list of orders not invoiced yet
            (("exported_at", "status"), False),  # accepted orders not sent to accounting yet
        )


class DraftHold(BaseModel):
    """Which desk is editing a draft: a lease its desk renews while the order is open (a killed desk's
    hold runs out by itself); another desk sees the draft read-only until it takes it over."""

    order = ForeignKeyField(Order, primary_key=True, on_delete="CASCADE", backref="+")
    user = ForeignKeyField(User, on_delete="CASCADE", backref="+")
    desk = CharField(max_length=64)
    token = CharField(max_length=32)  # the holding desk's open order, one per opening
    since = DateTimeField()
    until = DateTimeField()


class DeskSession(BaseModel):
    """One sign-in at a desk, kept for the operator hours; ``seen_at`` renewed while the desk runs (a
    killed desk stops renewing and lapses), ``signed_out_at`` written at sign-out."""

    id = AutoField()
    user = ForeignKeyField(User, on_delete="CASCADE", backref="+", index=False)  # (user, signed_in_at)
    desk = CharField(max_length=64)
    signed_in_at = DateTimeField()
    seen_at = DateTimeField(index=True)
    signed_out_at = DateTimeField(null=True)

    class Meta:
        table_name = "desk_session"
        indexes = ((("user", "signed_in_at"), False),)


class OrderLine(BaseModel):
    id = AutoField()
    order = ForeignKeyField(Order, backref="lines", on_delete="CASCADE")
    line_no = IntegerField()
    product = ForeignKeyField(Product, on_delete="RESTRICT")
    quantity = QuantityField()
    base_price = MoneyField()
    unit_price = MoneyField()
    amount = MoneyField()
    source = CharField(max_length=16, default="asked")  # asked/suggested/usual/promotion/repeat
    promotion = ForeignKeyField(Promotion, null=True, on_delete="SET NULL")
    manual_price_reason = CharField(max_length=300, default="")

    class Meta:
        indexes = ((("order", "line_no"), True),)


class SuggestionOffer(BaseModel):
    """A product offered beyond what the client asked for, and its outcome (D7)."""

    id = AutoField()
    order = ForeignKeyField(Order, backref="offers", on_delete="CASCADE")
    product = ForeignKeyField(Product, on_delete="RESTRICT")
    reason = CharField(max_length=16)  # new / promo / special / usual / traditional
    outcome = CharField(max_length=16, default="pending")  # pending / accepted / declined
    decline_reason = CharField(max_length=32, default="")
    offered_at = DateTimeField(default=clock.now_utc)


class OutboundTask(BaseModel):
    """Calls a sales head asks the desk to make, with an instruction and a survey (D17)."""

    id = AutoField()
    uuid = UUIDField(unique=True, default=_uuid.uuid4)
    title = CharField(max_length=200)
    instruction = TextField(default="")
    survey = TextField(default="")  # JSON: questions and answer types
    created_by = ForeignKeyField(User, backref="tasks_created", on_delete="RESTRICT")
    created_at = DateTimeField(default=clock.now_utc)
    due_date = DateField(null=True)
    status = CharField(max_length=16, default="open")
    client_filter = TextField(default="")  # JSON: the filter the client list was built with


class OutboundTaskItem(BaseModel):
    id = AutoField()
    task = ForeignKeyField(OutboundTask, backref="items", on_delete="CASCADE")
    client = ForeignKeyField(Client, on_delete="CASCADE")
    status = CharField(max_length=16, default="open")
    outcome = CharField(max_length=32, default="")
    answers = TextField(default="")  # JSON
    refusal_reason = CharField(max_length=300, default="")
    call = ForeignKeyField(Call, null=True, on_delete="SET NULL")
    operator = ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+")
    attempts = IntegerField(default=0)
    done_at = DateTimeField(null=True, index=True)

    class Meta:
        indexes = ((("task", "client"), True),)


class Complaint(BaseModel):
    """A complaint, claim or wish passed to a department (D20); never deleted."""

    id = AutoField()
    uuid = UUIDField(unique=True, default=_uuid.uuid4)
    kind = CharField(max_length=16, default="complaint")  # complaint / claim / wish
    category = CharField(max_length=64, default="")
    text = TextField()
    client = ForeignKeyField(Client, null=True, backref="complaints", on_delete="SET NULL")
    call = ForeignKeyField(Call, null=True, on_delete="SET NULL")
    order = ForeignKeyField(Order, null=True, on_delete="SET NULL")
    department = ForeignKeyField(Department, null=True, on_delete="SET NULL")
    status = CharField(max_length=16, default="open", index=True)
    created_by = ForeignKeyField(User, on_delete="RESTRICT", backref="+")
    created_at = DateTimeField(default=clock.now_utc, index=True)
    taken_by = ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+")
    resolution = TextField(default="")
    resolved_at = DateTimeField(null=True)
    order_lines = CharField(max_length=300, default="")  # line numbers of the order, "1,4"
    taken_at = DateTimeField(null=True)


class ComplaintEvent(BaseModel):
    """A status change of a complaint: who, when, from what to what, with a note (never deleted)."""

    id = AutoField()
    complaint = ForeignKeyField(Complaint, backref="events", on_delete="CASCADE")
    at = DateTimeField(default=clock.now_utc)
    user = ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+")
    status = CharField(max_length=16)
    note = TextField(default="")


class AuditEvent(BaseModel):
    """Who did what and when: overrides, manual prices, sign-ins, status changes."""

    id = AutoField()
    at = DateTimeField(default=clock.now_utc, index=True)
    user = ForeignKeyField(User, null=True, on_delete="SET NULL")
    action = CharField(max_length=64, index=True)
    entity = CharField(max_length=32, default="")
    entity_id = CharField(max_length=64, default="")
    details = TextField(default="")  # JSON

    class Meta:
        indexes = ((("action", "at"), False),)  # a kind over a period (reports, the audit log)


class AppSetting(BaseModel):
    """Settings shared by every desk on one database (company requisites, rules)."""

    key = CharField(max_length=100, primary_key=True)
    value = TextField(default="")
    changed_by = ForeignKeyField(User, null=True, backref="+", index=False)  # 0021 (no FK in the table)
    changed_at = DateTimeField(null=True)  # UTC


class OrderNumberCounter(BaseModel):
    """Last readable order number issued per prefix and year; never reused."""

    id = AutoField()
    prefix = CharField(max_length=16)
    year = IntegerField()
    last = IntegerField(default=0)

    class Meta:
        indexes = ((("prefix", "year"), True),)


class RoutingRule(BaseModel):
    """Who takes a call, by client type, purpose and newness: data an admin edits (D3, D4, D19)."""

    id = AutoField()
    priority = IntegerField()
    action = CharField(max_length=16)  # take_here / transfer
    client_type = CharField(max_length=32, default="")  # '' = any
    purpose = CharField(max_length=16, default="")  # '' = any
    client_is_new = BooleanField(null=True)  # None = either
    chain = CharField(max_length=300, default="")  # comma separated steps (domain.routing)
    assign_chain = CharField(max_length=300, default="")
    reason = CharField(max_length=300, default="")
    active = BooleanField(default=True)


class FulfilmentItem(BaseModel):
    """An accepted order waiting for the department head who controls fulfilment (D14)."""

    id = AutoField()
    order = ForeignKeyField(Order, unique=True, backref="fulfilment", on_delete="CASCADE")
    department = ForeignKeyField(Department, null=True, on_delete="SET NULL")
    status = CharField(max_length=16, default="new", index=True)  # new / taken / done
    created_at = DateTimeField(default=clock.now_utc, index=True)
    taken_by = ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+")
    taken_at = DateTimeField(null=True)


class ClientRhythm(BaseModel):
    """Each client's ordering rhythm, kept current on every accepted order (sleeping clients, D16)."""

    client = ForeignKeyField(Client, primary_key=True, backref="+", on_delete="CASCADE")
    orders = IntegerField(default=0)
    first_order_on = DateField(null=True)
    last_order_on = DateField(null=True, index=True)
    usual_interval_days = IntegerField(null=True)  # median gap between orders
    avg_order_amount = MoneyField()
    updated_at = DateTimeField(default=clock.now_utc)


class DocumentDispatch(BaseModel):
    """A document printed, e-mailed or faxed: what, to whom, how, and whether it went (D12, D18)."""

    id = AutoField()
    uuid = UUIDField(unique=True, default=_uuid.uuid4)
    at = DateTimeField(default=clock.now_utc, index=True)
    user = ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+")
    order = ForeignKeyField(Order, null=True, backref="dispatches", on_delete="SET NULL")
    client = ForeignKeyField(Client, null=True, backref="+", on_delete="SET NULL")
    kind = CharField(max_length=32)  # confirmation / fax_sheet / price_list / reference / daily_report
    channel = CharField(max_length=16)  # email / fax_command / fax_gateway / print / pdf
    recipient = CharField(max_length=200, default="")
    status = CharField(max_length=16, default="sent")  # sent / failed
    error = TextField(default="")
    pages = IntegerField(default=0)


# --- Desk report summaries (issue 16 part 7) -----------------------------------------------------------
# A settled office day's calls and orders, summed once by report_days so a report of a year reads a few
# hundred thousand small rows, not millions of orders. Keyed by the office's UTC offset the days were cut
# by; a cache: no foreign keys, dropped at will (``report_days.forget``): the next report sums again.


class ReportDay(BaseModel):
    """A settled office day (over, and no call of it still open) whose summaries below are complete."""

    utc_offset = IntegerField()  # seconds east of UTC
    day = DateField()
    computed_at = DateTimeField()

    class Meta:
        table_name = "report_day"
        primary_key = CompositeKey("utc_offset", "day")


class ReportCallDay(BaseModel):
    """The day's closed calls by operator, direction, outcome and source (and reason, if transferred)."""

    utc_offset = IntegerField()
    day = DateField()
    operator_id = IntegerField()
    direction = CharField(max_length=4)
    outcome = CharField(max_length=32)
    source = CharField(max_length=16)
    transfer_reason = CharField(max_length=300, null=True)  # NULL: not transferred
    calls = IntegerField()
    talk_ms = BigIntegerField()  # each call's talk time rounded to the millisecond, then summed

    class Meta:
        table_name = "report_call_day"
        primary_key = False
        indexes = ((("utc_offset", "day"), False),)


class ReportCallHour(BaseModel):
    """The day's closed calls by operator, local hour and direction (the charts)."""

    utc_offset = IntegerField()
    day = DateField()
    operator_id = IntegerField()
    hour = IntegerField()
    direction = CharField(max_length=4)
    calls = IntegerField()

    class Meta:
        table_name = "report_call_hour"
        primary_key = False
        indexes = ((("utc_offset", "day"), False),)


class ReportOrderDay(BaseModel):
    """The day's accepted orders by operator: count, sum, offers made and accepted, what they added."""

    utc_offset = IntegerField()
    day = DateField()
    operator_id = IntegerField()
    orders = IntegerField()
    amount = BigIntegerField()  # tiyn, as MoneyField stores it
    offers_made = IntegerField()
    offers_accepted = IntegerField()
    offers_added = BigIntegerField()

    class Meta:
        table_name = "report_order_day"
        primary_key = False
        indexes = ((("utc_offset", "day"), False),)


ALL_MODELS: tuple[type[BaseModel], ...] = (
    Department,
    User,
    ProductGroup,
    Product,
    PriceColumn,
    Price,
    Promotion,
    PromotionItem,
    ClientType,
    ClientTypeProduct,
    Client,
    Contact,
    Phone,
    Receivable,
    CallbackRequest,
    Call,
    Order,
    OrderLine,
    SuggestionOffer,
    OutboundTask,
    OutboundTaskItem,
    Complaint,
    ComplaintEvent,
    AuditEvent,
    AppSetting,
    OrderNumberCounter,
    RoutingRule,
    FulfilmentItem,
    ClientRhythm,
    DocumentDispatch,
    ExchangeRun,
    DraftHold,
    DeskSession,
    RolePermission,
    ReportDay,
    ReportCallDay,
    ReportCallHour,
    ReportOrderDay,
)
