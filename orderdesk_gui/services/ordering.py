"""Taking an order (D7, D9, D10, D12-D14, D23): lines, suggestions and offers, drafts, completion."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from peewee import JOIN, fn

from orderdesk_gui import clock
from orderdesk_gui.db import catalog, queries
from orderdesk_gui.db import models as m
from orderdesk_gui.db.prepared import Prepared
from orderdesk_gui.domain import ordering as o
from orderdesk_gui.domain.debt import DebtRules, Document, debt_status
from orderdesk_gui.domain.departments import REGIONAL, WHOLESALE
from orderdesk_gui.domain.entities import UserInfo
from orderdesk_gui.domain.roles import Permission
from orderdesk_gui.domain.states import PLACED, FulfilmentStatus, OrderStatus
from orderdesk_gui.domain.text import search_text
from orderdesk_gui.domain.text import typed as typed_text
from orderdesk_gui.errors import Money
from orderdesk_gui.services import calls, debt_gate, draft_holds, report_days, rhythm
from orderdesk_gui.services.auth import actor, audit, require
from orderdesk_gui.services.debt_gate import DebtGateClosed, OrderError, OverrideExceeded, StaleOrder, covered

HISTORY_DAYS = 365


@dataclass(frozen=True)
class ContactChoice:
    id: int
    name: str
    role: str
    can_receive_goods: bool


@dataclass
class DraftView:
    """Everything the order panel needs, read once when the order opens."""

    order_id: int
    client_id: int
    client_name: str
    price_column_id: int
    client_type_id: int
    regional: bool
    credit_limit: Decimal
    documents: list[Document]
    uninvoiced: Decimal  # the client's accepted orders not invoiced yet (part of the exposure)
    delivery_weekdays: list[int]
    delivery_address: str
    shipping_details: str
    contacts: list[ContactChoice]
    overridden: bool
    approved_amount: Decimal | None  # the most the override's approver allowed (None: no override)
    call_id: int | None
    version: int
    lines: list[o.Line] = field(default_factory=list)
    offers: list[o.Offer] = field(default_factory=list)
    usual: list[o.UsualItem] = field(default_factory=list)
    bought_ever: set[int] = field(default_factory=set)
    region: str = ""  # the client's (special items for a region)
    holder: draft_holds.Holder | None = None  # another desk editing it: shown read-only here


@dataclass(frozen=True)
class SuggestionView:
    suggestion: o.Suggestion
    code: str
    name: str
    unit: str
    pack_size: Decimal
    price: Decimal | None
    stock: Decimal


@dataclass(frozen=True)
class DraftBrief:
    order_id: int
    created_at: dt.datetime
    operator: str
    lines: int
    total: Decimal


def open_draft(
    order_id: int,
    today: dt.date,
    no_credit_forms: tuple[str, ...] = DebtRules.no_credit_forms,
    *,
    user: UserInfo | None = None,
    hold: draft_holds.HoldKey | None = None,
    take_over: bool = False,
) -> DraftView:
    """The draft as the order panel shows it. With ``hold`` (a desk opening it), the desk holds the draft
    from now on, or, when another desk holds it, the view says who (``holder``: shown read-only);
    ``take_over`` takes it from that desk (audited, that desk told)."""
    if hold is None:
        return _view(order_id, today, no_credit_forms)
    require(user, Permission.TAKE_ORDERS)
    with m.db_proxy.atomic():
        draft_holds.locked_draft(order_id)
        holder = draft_holds.take(user, order_id, hold, take_over=take_over)
        view = _view(order_id, today, no_credit_forms)
    view.holder = holder
    return view


def _view(order_id: int, today: dt.date, no_credit_forms: tuple[str, ...]) -> DraftView:
    order = m.Order.get_or_none(m.Order.id == order_id)
    if order is None:
        raise OrderError("order.missing")
    client = order.client
    lines_raw = catalog.order_lines(order_id)
    facts = catalog.facts([pid for pid, *_ in lines_raw], client.price_column_id, today)
    lines = []
    for ln in m.OrderLine.select().where(m.OrderLine.order == order_id).order_by(m.OrderLine.line_no):
        f = facts[ln.product_id]
        lines.append(
            o.Line(
                f.id,
                f.code,
                f.name,
                f.unit,
                f.pack_size,
                ln.quantity,
                ln.base_price,
                ln.unit_price,
                f.weight_kg,
                f.vat_rate,
                f.stock,
                ln.source,
                ln.promotion_id,
                manual_reason=ln.manual_price_reason,
            )
        )
    offers = [
        o.Offer(x.product_id, x.reason, x.outcome, x.decline_reason)
        for x in m.SuggestionOffer.select()
        .where(m.SuggestionOffer.order == order_id)
        .order_by(m.SuggestionOffer.id)
    ]
    since = dt.datetime.combine(today - dt.timedelta(days=HISTORY_DAYS), dt.time())
    pairs, count, ever = catalog.purchases(client.id, since)
    return DraftView(
        order_id=order.id,
        client_id=client.id,
        client_name=client.name,
        price_column_id=client.price_column_id,
        client_type_id=client.client_type_id,
        regional=client.client_type.code == "regional",
        region=client.region,
        credit_limit=client.credit_limit,
        documents=queries.open_documents(client.id),
        uninvoiced=queries.uninvoiced_total(client.id, no_credit_forms),
        delivery_weekdays=[int(x) for x in client.delivery_weekdays.split(",") if x.strip().isdigit()],
        delivery_address=order.delivery_address or client.delivery_address,
        shipping_details=order.shipping_details or client.shipping_details,
        contacts=[
            ContactChoice(c.id, c.name, c.role, c.can_receive_goods)
            for c in m.Contact.select()
            .where(m.Contact.client == client.id)
            .order_by(m.Contact.can_receive_goods.desc(), m.Contact.is_primary.desc(), m.Contact.id)
        ],
        overridden=order.debt_override_by_id is not None,
        approved_amount=order.debt_override_amount,
        call_id=order.call_id,
        version=order.version,
        lines=lines,
        offers=offers,
        usual=o.usual_items(pairs, count),
        bought_ever=ever,
    )


def drafts_of(client_id: int) -> list[DraftBrief]:
    """Drafts left open for this client (a crash, a dropped call): to resume or cancel."""
    op = m.User.alias()
    query = (
        m.Order.select(m.Order, op.full_name.alias("op"))
        .join(op, on=(m.Order.operator == op.id))
        .where((m.Order.client == client_id) & (m.Order.status == OrderStatus.DRAFT))
        .order_by(m.Order.created_at.desc())
        .objects()
    )
    return [DraftBrief(x.id, x.created_at, x.op, x.line_count, x.total_amount) for x in query]


def make_line(
    view: DraftView, product_id: int, quantity_text: str, source: str, today: dt.date, maximum: Decimal
) -> o.Line:
    """A priced line with a checked quantity, ready to merge into the grid."""
    fact = catalog.facts([product_id], view.price_column_id, today).get(product_id)
    if fact is None or not fact.active:
        raise OrderError("order.product_not_sold")
    qty = o.parse_quantity(quantity_text, fact.unit, fact.pack_size, fact.pack_rule, maximum)
    try:
        return fact.line(qty.value, source, qty.note)
    except o.PriceError as exc:
        raise OrderError(exc.code, **exc.params) from None


_LINE_COLUMNS = (
    m.OrderLine.product,
    m.OrderLine.quantity,
    m.OrderLine.base_price,
    m.OrderLine.unit_price,
    m.OrderLine.amount,
    m.OrderLine.source,
    m.OrderLine.promotion,
    m.OrderLine.manual_price_reason,
)


def _line_row(ln: o.Line) -> tuple:
    """A line as ``_LINE_COLUMNS`` store it."""
    return (
        ln.product_id,
        ln.quantity,
        ln.base_price,
        ln.unit_price,
        ln.amount,
        ln.source,
        ln.promotion_id,
        ln.manual_reason[:300],
    )


# read on every save (a line typed): their SQL text built once (db/prepared.py)
_STORED_LINES = Prepared(
    lambda order_id: (
        m.OrderLine.select(*_LINE_COLUMNS)
        .where(m.OrderLine.order == order_id)
        .order_by(m.OrderLine.line_no)
        .tuples()
    )
)
_STORED_OFFERS = Prepared(
    lambda order_id: (
        m.SuggestionOffer.select(
            m.SuggestionOffer.product,
            m.SuggestionOffer.reason,
            m.SuggestionOffer.outcome,
            m.SuggestionOffer.decline_reason,
        )
        .where(m.SuggestionOffer.order == order_id)
        .order_by(m.SuggestionOffer.id)
        .tuples()
    )
)


def _stored_lines(order_id: int) -> list[tuple]:
    return _STORED_LINES.rows(int(order_id))


def _stored_offers(order_id: int) -> list[tuple]:
    return _STORED_OFFERS.rows(int(order_id))


def _offer_row(offer: o.Offer) -> tuple:
    return (offer.product_id, offer.reason, offer.outcome, offer.decline_reason)


def _holds(order_id: int, lines: list[o.Line], offers: list[o.Offer]) -> bool:
    """Whether the draft in the database holds exactly these lines and offers."""
    return _stored_lines(order_id) == [_line_row(ln) for ln in lines] and _stored_offers(order_id) == [
        _offer_row(x) for x in offers
    ]


def _write_lines(order_id: int, lines: list[o.Line]) -> None:
    """Only what changed since the stored draft: from the first line that differs on, the stored lines go
    and the wanted ones are written (a line typed at the end, the usual save, is one insert; the order's
    other lines are neither rewritten nor left behind as dead rows on an office server)."""
    stored = _stored_lines(order_id)
    wanted = [_line_row(ln) for ln in lines]
    same = min(len(stored), len(wanted))
    first = next((i for i, (a, b) in enumerate(zip(stored, wanted, strict=False)) if a != b), same)
    if first < len(stored):
        m.OrderLine.delete().where((m.OrderLine.order == order_id) & (m.OrderLine.line_no > first)).execute()
    if first < len(lines):
        m.OrderLine.insert_many(
            [
                dict(
                    order=order_id,
                    line_no=i,
                    product=ln.product_id,
                    quantity=ln.quantity,
                    base_price=ln.base_price,
                    unit_price=ln.unit_price,
                    amount=ln.amount,
                    source=ln.source,
                    promotion=ln.promotion_id,
                    manual_price_reason=ln.manual_reason[:300],
                )
                for i, ln in enumerate(lines[first:], first + 1)
            ]
        ).execute()


def _write_offers(order_id: int, offers: list[o.Offer]) -> None:
    """The offers, rewritten only when they changed (a few rows, rarely: when an offer is answered)."""
    if _stored_offers(order_id) == [_offer_row(x) for x in offers]:
        return
    m.SuggestionOffer.delete().where(m.SuggestionOffer.order == order_id).execute()
    if offers:
        m.SuggestionOffer.insert_many(
            [
                dict(
                    order=order_id,
                    product=offer.product_id,
                    reason=offer.reason,
                    outcome=offer.outcome,
                    decline_reason=offer.decline_reason,
                )
                for offer in offers
            ]
        ).execute()


def save_draft(
    order_id: int,
    lines: list[o.Line],
    offers: list[o.Offer],
    expected_version: int,
    hold: draft_holds.HoldKey | None = None,
) -> int:
    """Write the draft (lines, offers, totals) in one transaction; returns the new version.
    ``HeldElsewhere`` when another desk holds the draft (took it over from this one).

    Written on every line the operator types, so it is kept to a few statements: the version check and
    the totals in one update (which also locks the order's row, so a save at another desk waits), the
    hold renewed in one more, and only the lines that changed."""
    t = o.totals(lines)
    accepted = sum(1 for x in offers if x.outcome == "accepted")
    added = sum((ln.amount for ln in lines if ln.source == "suggested"), Decimal(0))
    with m.db_proxy.atomic():
        changed = (
            m.Order.update(
                version=expected_version + 1,
                updated_at=clock.now_utc(),
                total_amount=t.amount,
                total_discount=t.discount,
                total_weight=t.weight_kg,
                line_count=t.lines,
                offers_made=len(offers),  # the desk reports read these, not the offers and lines
                offers_accepted=accepted,
                offers_added=added,
            )
            .where(
                (m.Order.id == order_id)
                & (m.Order.version == expected_version)
                & (m.Order.status == OrderStatus.DRAFT)
            )
            .execute()
        )
        if not changed:
            order = draft_holds.locked_draft(order_id)  # missing, or not a draft any more: said so
            draft_holds.guard(order_id, hold)
            if order.version == expected_version + 1 and _holds(order_id, lines, offers):
                # this very save committed before its answer was lost (a dropped connection): the retry
                # finds it done, neither doubled nor refused
                return order.version
            raise StaleOrder("order.changed_elsewhere")
        draft_holds.guard(order_id, hold)  # another desk took it over: nothing of this save is kept
        _write_lines(order_id, lines)
        _write_offers(order_id, offers)
    return expected_version + 1


def suggestions(view: DraftView, in_order: set[int], today: dt.date, limit: int = 20) -> list[SuggestionView]:
    special, promo = catalog.promoted(today, view.client_type_id, view.region)
    found = o.suggest(
        today=today,
        in_order=in_order,
        usual=view.usual,
        special=special,
        promo=promo,
        new=catalog.new_products(today),
        traditional=catalog.traditional(view.client_type_id),
        bought_ever=view.bought_ever,
        limit=limit * 2,
    )
    facts = catalog.facts([s.product_id for s in found], view.price_column_id, today)
    out = []
    for s in found:
        f = facts.get(s.product_id)
        if f is None or not f.active:
            continue
        price = catalog.price_of(f)
        if price is None:
            continue
        out.append(SuggestionView(s, f.code, f.name, f.unit, f.pack_size, price, f.stock))
    return out[:limit]


def repeat_lines(
    view: DraftView, today: dt.date, order_id: int | None = None, maximum: Decimal = Decimal(10000)
) -> list[o.Line]:
    """The client's last order (or a given one) at today's prices, as lines to edit."""
    source_id = order_id or catalog.last_order_id(view.client_id)
    if source_id is None:
        raise OrderError("order.nothing_to_repeat")
    rows = catalog.order_lines(source_id)
    facts = catalog.facts([pid for pid, *_ in rows], view.price_column_id, today)
    lines: list[o.Line] = []
    for pid, qty, _src, _promo in rows:
        f = facts.get(pid)
        if f is None or not f.active or catalog.price_of(f) is None:
            continue  # discontinued or unpriced products are left out
        lines, _ = o.merge(lines, f.line(qty, "repeat"), maximum)
    return lines


def usual_basket(view: DraftView, today: dt.date, maximum: Decimal = Decimal(10000)) -> list[o.Line]:
    """The client's usual items, each at one pack."""
    facts = catalog.facts([u.product_id for u in view.usual], view.price_column_id, today)
    lines: list[o.Line] = []
    for u in sorted(view.usual, key=lambda u: -u.times):
        f = facts.get(u.product_id)
        if f is None or not f.active or catalog.price_of(f) is None:
            continue
        lines, _ = o.merge(lines, f.line(max(f.pack_size, Decimal(1)), "usual"), maximum)
    return lines


def manual_price(user: UserInfo, order_id: int, line: o.Line, price_text: str, reason: str) -> o.Line:
    """A head of sales fixes a line's price by hand, with a reason; audited. Returns the new line."""
    require(user, Permission.SET_MANUAL_PRICE)
    reason = (reason or "").strip()
    if len(reason) < 5:
        raise OrderError("order.manual_price_reason_missing")
    try:
        price = Decimal(str(price_text).replace(" ", "").replace(",", "."))
    except ArithmeticError:
        raise OrderError("order.price_not_a_number", text=str(price_text).strip()) from None
    if not price.is_finite() or price <= 0:
        raise OrderError("order.price_not_positive")
    if price > line.base_price * 10:
        raise OrderError("order.price_too_high", base=Money(line.base_price))
    price = o.money(price)
    with m.db_proxy.atomic():
        draft_holds.locked_draft(order_id, lock=False)
        audit(
            user.id,
            "manual_price",
            "order",
            order_id,
            product=line.code,
            old=line.unit_price,
            new=price,
            reason=reason[:300],
        )
    return o.Line(
        **{**line.__dict__, "unit_price": price, "manual_reason": reason[:300], "promotion_id": None}
    )


def _next_number(prefix: str, year: int) -> str:
    """The next number of the series, inside the caller's transaction: the counter row is made by an
    upsert (several desks may start a new series at once) and locked by the increment until commit."""
    counter = m.OrderNumberCounter
    last = (
        counter.insert(prefix=prefix, year=year, last=1)
        .on_conflict(conflict_target=[counter.prefix, counter.year], update={counter.last: counter.last + 1})
        .returning(counter.last)
        .tuples()
        .execute()
    )  # one statement: made, or moved on and locked until commit, and read back
    [(value,)] = list(last)
    return f"{prefix}-{year}-{value:06d}"


def complete(
    user: UserInfo,
    order_id: int,
    completion: o.Completion,
    *,
    today: dt.date,
    rules: DebtRules,
    min_offers: int,
    prefix: str,
    expected_version: int,
    hold: draft_holds.HoldKey | None = None,
) -> str:
    """Accept the order: offers, completion terms and the debt gate (this order included) are checked
    and the number, the fulfilment entry and the call's outcome written, all in one transaction."""
    who = require(user, Permission.TAKE_ORDERS)
    try:
        return _complete(user, order_id, completion, today, rules, min_offers, prefix, expected_version, hold)
    except DebtGateClosed as closed:  # the gate closed at the last moment: counted as a stop there
        if closed.order_of is not None:
            debt_gate.gate_closed(who.id, *closed.order_of, closed.status)
        raise


def _complete(
    user: UserInfo,
    order_id: int,
    completion: o.Completion,
    today: dt.date,
    rules: DebtRules,
    min_offers: int,
    prefix: str,
    expected_version: int,
    hold: draft_holds.HoldKey | None,
) -> str:
    with m.db_proxy.atomic():
        try:
            order = draft_holds.locked_draft(order_id)  # a save from another desk waits for this decision
        except OrderError as exc:
            number = (
                _accepted_already(user, order_id, expected_version) if exc.code == "order.not_draft" else None
            )
            if number is not None:
                return number
            raise
        draft_holds.guard(order_id, hold, renew=False)  # the hold ends with this transaction
        if order.version != expected_version:
            raise StaleOrder("order.changed_elsewhere")
        receiver = m.Contact.select(m.Contact.id).where(
            (m.Contact.id == completion.receiver_id) & (m.Contact.client == m.Client.id)
        )
        uninvoiced = queries.uninvoiced_units(m.Client.id, rules.no_credit_forms)
        client_id, credit_limit, client_type, receiver_ok, uninvoiced_units = (
            m.Client.select(
                m.Client.id, m.Client.credit_limit, m.ClientType.code, fn.EXISTS(receiver), uninvoiced
            )  # one round trip for the client, its receiver and its orders not invoiced
            .join(m.ClientType)
            .where(m.Client.id == order.client_id)
            .tuples()
            .get()
        )
        regional = client_type == "regional"
        offers = [o.Offer(*row) for row in _stored_offers(order_id)]
        problem = o.offer_check(offers, min_offers)
        if problem:
            raise OrderError(problem.code, **problem.params)
        # the lines' total and count as the draft's last save wrote them with the lines
        total, line_count = order.total_amount, order.line_count
        problems = o.completion_problems(completion, today=today, regional=regional, lines=line_count)
        if problems:
            # the first problem is the error; all of them go with it for the completion dialog
            raise OrderError(problems[0].code, **problems[0].params, problems=tuple(problems))
        if completion.receiver_id is not None and not receiver_ok:
            raise OrderError("order.receiver_not_contact")
        # an order paid at once (cash, card) makes no receivable: only overdue debt stops it
        credit = total if rules.on_credit(completion.payment_form) else Decimal(0)
        status = debt_status(
            queries.open_documents(client_id),
            credit_limit,
            today,
            rules,
            credit,
            m.Order.total_amount.python_value(uninvoiced_units or 0),
        )
        if status.blocks_orders:
            if order.debt_override_by_id is None:
                raise DebtGateClosed(status, (client_id, order.call_id))
            if not covered(order.debt_override_amount, total):  # the override covers what was approved
                raise OverrideExceeded(status, order.debt_override_amount, total)
        now = clock.now_utc()
        # a regional client's order is fulfilled by the regional department, any other by wholesale
        dept = m.Department.select(m.Department.id).where(
            m.Department.code == (REGIONAL if regional else WHOLESALE)
        )
        m.FulfilmentItem.insert(order=order_id, department=dept).execute()  # the department read inside
        rhythm.refresh_rhythm(client_id, (order.created_at, total))  # the sleeping-client worklist reads it
        draft_holds.drop(order_id)
        taken = 0
        if order.call_id:
            # Only a call still going on takes the order as its outcome, and ends with it (as a transfer
            # ends a call): a call closed earlier keeps the outcome it was closed with (the journal and
            # the shift reports do not change after).
            taken = (
                m.Call.update(outcome="order_taken", outcome_detail="")
                .where((m.Call.id == order.call_id) & m.Call.ended_at.is_null())
                .execute()
            )
            if taken:
                calls.close_call(user, order.call_id, "", now=now)
        report_days.landed()  # a clock moved back into a summed day: that day's report summaries go
        # Numbered last: the counter's row stays locked until commit, and every desk completing an order
        # waits for it, so only the writes that need the number come after it.
        number = _next_number(prefix, today.year)
        accepted = (
            m.Order.update(
                number=number,
                status=OrderStatus.ACCEPTED,
                accepted_at=now,
                updated_at=now,
                version=order.version + 1,
                delivery_date=completion.delivery_date,
                receiver=completion.receiver_id,
                receiver_confirmed=completion.receiver_confirmed,
                payment_form=completion.payment_form,
                documents=completion.documents[:300],
                pickup_date=completion.pickup_date,
                shipping_details=completion.shipping_details,
                comment=completion.comment,
            )
            .where(
                (m.Order.id == order_id)
                & (m.Order.version == expected_version)
                & (m.Order.status == OrderStatus.DRAFT)
            )
            .execute()
        )
        if not accepted:  # changed between the check and the write: nothing of this is kept
            raise StaleOrder("order.changed_elsewhere")
        if taken:
            m.Call.update(outcome_detail=number).where(m.Call.id == order.call_id).execute()
        audit(user.id, "order_accepted", "order", order_id, number=number, total=total)
    return number


def _accepted_already(user: UserInfo, order_id: int, expected_version: int) -> str | None:
    """The number of ``order_id`` when this very completion committed and only its answer was lost (a
    connection dropped after the commit): accepted by this user from the version the desk still has. The
    desk's retry then gets the same number; nothing is accepted or numbered twice."""
    order = (
        m.Order.select(m.Order.number)
        .where(
            (m.Order.id == order_id)
            & (m.Order.status == OrderStatus.ACCEPTED)
            & (m.Order.version == expected_version + 1)
        )
        .first()
    )
    if order is None:
        return None
    by_this_user = (
        m.AuditEvent.select()
        .where(
            (m.AuditEvent.action == "order_accepted")
            & (m.AuditEvent.entity == "order")
            & (m.AuditEvent.entity_id == str(order_id))
            & (m.AuditEvent.user == user.id)
        )
        .exists()
    )
    return order.number if by_this_user else None


def cancel(user: UserInfo, order_id: int, reason: str, hold: draft_holds.HoldKey | None = None) -> None:
    actor(user)  # signed in: a made-up UserInfo is refused
    reason = (reason or "").strip()
    if len(reason) < 3:
        raise OrderError("order.cancel_reason_missing")
    with m.db_proxy.atomic():
        order = draft_holds.locked_draft(order_id)
        draft_holds.guard(order_id, hold)
        cancelled = (
            m.Order.update(
                status=OrderStatus.CANCELLED,
                cancel_reason=reason[:300],
                updated_at=clock.now_utc(),
                version=order.version + 1,
            )
            .where(
                (m.Order.id == order_id)
                & (m.Order.version == order.version)
                & (m.Order.status == OrderStatus.DRAFT)
            )
            .execute()
        )
        if not cancelled:
            raise StaleOrder("order.changed_elsewhere")
        draft_holds.drop(order_id)
        audit(user.id, "order_cancelled", "order", order_id, reason=reason[:300])


def mark_invoiced(user: UserInfo, number: str) -> int:
    """Finance marks an accepted order invoiced by accounting (until the accounting exchange does it
    from accounting's documents): from then on its receivable counts, not the order. Audited."""
    who = require(user, Permission.MARK_INVOICED)
    with m.db_proxy.atomic():
        order = m.for_update(m.Order.select().where(m.Order.number == (number or "").strip())).first()
        if order is None:
            raise OrderError("order.missing")
        if order.status not in PLACED:
            raise OrderError("order.not_accepted", status=order.status)
        if order.invoiced_at is not None:
            raise OrderError("order.invoiced_already", number=order.number)
        now = clock.now_utc()
        m.Order.update(invoiced_at=now, updated_at=now).where(m.Order.id == order.id).execute()
        audit(
            who.id,
            "order_invoiced",
            "order",
            order.id,
            number=order.number,
            old=None,
            new=now,
            total=order.total_amount,
        )
    return order.id


@dataclass(frozen=True)
class UninvoicedOrder:
    order_id: int
    number: str
    accepted_at: dt.datetime
    client: str
    total: Decimal
    payment_form: str
    operator: str


def uninvoiced_orders(user: UserInfo, text: str = "", limit: int = 500) -> list[UninvoicedOrder]:
    """Accepted orders accounting has not invoiced yet, oldest first, for finance to mark; ``text``
    narrows them to a number or a client name containing it."""
    require(user, Permission.MARK_INVOICED)
    order, client = m.Order, m.Client
    where = order.invoiced_at.is_null() & order.status.in_(PLACED)
    raw = typed_text(text, 100)
    if raw:
        where &= order.number.contains(raw) | client.search_text.contains(search_text(raw))
    query = (
        order.select(
            order.id,
            order.number,
            order.accepted_at,
            client.name,
            order.total_amount,
            order.payment_form,
            m.User.full_name,
        )
        .join(client)
        .switch(order)
        .join(m.User, on=(order.operator == m.User.id))
        .where(where)
        .order_by(order.accepted_at, order.id)
        .limit(limit)
        .tuples()
    )
    return [UninvoicedOrder(*row) for row in query]


def fulfilment_queue(limit: int = 200) -> list[tuple[str, str, Decimal, dt.datetime, str]]:
    """Accepted orders waiting for fulfilment: number, client, total, accepted at, department."""
    rows = (
        m.FulfilmentItem.select(m.FulfilmentItem, m.Order, m.Client, m.Department)
        .join(m.Order)
        .join(m.Client)
        .switch(m.FulfilmentItem)
        .join(m.Department, JOIN.LEFT_OUTER, on=(m.FulfilmentItem.department == m.Department.id))
        .where(m.FulfilmentItem.status == FulfilmentStatus.NEW)
        .order_by(m.FulfilmentItem.created_at)
        .limit(limit)
    )
    return [
        (
            r.order.number,
            r.order.client.name,
            r.order.total_amount,
            r.order.accepted_at,
            r.department.name if r.department_id else "",
        )
        for r in rows
    ]
