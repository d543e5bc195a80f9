"""Maintaining clients (D2): new potential clients from an unknown number, card edits, managers."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from decimal import Decimal

from orderdesk_gui import clock
from orderdesk_gui.db import models as m
from orderdesk_gui.domain import taxid
from orderdesk_gui.domain.entities import UserInfo
from orderdesk_gui.domain.ordering import HIGHEST_AMOUNT, parse_amount
from orderdesk_gui.domain.phones import PhoneError, to_e164
from orderdesk_gui.domain.phones import display as phone_display
from orderdesk_gui.domain.roles import Permission
from orderdesk_gui.domain.states import ClientStatus
from orderdesk_gui.domain.text import search_text
from orderdesk_gui.errors import CodedError, Money
from orderdesk_gui.services.auth import PermissionDenied, audit, require
from orderdesk_gui.services.documents import DOCUMENT_LANGUAGES

STATUSES = (ClientStatus.ACTIVE, ClientStatus.POTENTIAL, ClientStatus.BLOCKED)


class ClientError(CodedError, ValueError):
    """Bad client data: a ``client.*`` code naming the field, and its values."""


class StaleEdit(ClientError):
    """Someone else saved this client since it was opened."""


@dataclass
class ContactEdit:
    name: str
    role: str = ""
    phones: list[str] = field(default_factory=list)
    email: str = ""
    fax: str = ""
    can_receive_goods: bool = False


@dataclass
class ClientEdit:
    name: str
    client_type: str  # code
    tax_id: str = ""
    status: str = ClientStatus.ACTIVE
    city: str = ""
    region: str = ""
    delivery_address: str = ""
    shipping_details: str = ""
    notes: str = ""
    credit_limit: str | Decimal | None = None  # None: unchanged
    payment_delay_days: int | None = None
    contacts: list[ContactEdit] | None = None  # None: unchanged
    language: str | None = None  # its documents' language: ru, kk, en, '' (the office's); None: unchanged


@dataclass
class ClientForm:
    """What the client dialog offers and shows."""

    types: list[tuple[str, str]]  # code, name
    managers: list[tuple[int, str]]
    edit: ClientEdit | None = None  # None: a new client
    phone: str = ""
    version: int = 0
    manager_id: int | None = None


def client_form(client_id: int | None) -> ClientForm:
    types = [(t.code, t.name) for t in m.ClientType.select().order_by(m.ClientType.sort_order)]
    managers = [
        (u.id, u.full_name)
        for u in m.User.select()
        .where(m.User.role.in_(("manager", "sales_head")) & (m.User.active == True))  # noqa: E712
        .order_by(m.User.full_name)
    ]
    form = ClientForm(types, managers)
    if client_id is None:
        return form
    c = m.Client.get_or_none(m.Client.id == client_id)
    if c is None:
        raise ClientError("client.gone")
    contacts = [
        ContactEdit(
            ct.name,
            ct.role,
            [p.number or p.e164 for p in ct.phones],
            ct.email,
            phone_display(ct.fax) if ct.fax else "",
            ct.can_receive_goods,
        )
        for ct in c.contacts.order_by(m.Contact.is_primary.desc(), m.Contact.id)
    ]
    form.edit = ClientEdit(
        name=c.name,
        client_type=c.client_type.code,
        tax_id=c.tax_id or "",
        status=c.status,
        city=c.city,
        region=c.region,
        delivery_address=c.delivery_address,
        shipping_details=c.shipping_details,
        notes=c.notes,
        credit_limit=c.credit_limit,
        payment_delay_days=c.payment_delay_days,
        contacts=contacts,
        language=c.language,
    )
    form.phone = next((p.number or p.e164 for p in c.phones if p.contact_id is None), "")
    form.version = c.version
    form.manager_id = c.manager_id
    return form


def _text(value: str, too_long: str, limit: int, empty: str = "") -> str:
    """``value`` stripped; ``ClientError(empty)`` when it is required and blank, ``ClientError(too_long,
    limit=, given=)`` when longer than ``limit`` (both codes in ui/messages/clients.py)."""
    value = (value or "").strip()
    if empty and not value:
        raise ClientError(empty)
    if len(value) > limit:
        raise ClientError(too_long, limit=limit, given=len(value))
    return value


def _phones_free(numbers: list[str], client_id: int | None) -> None:
    if not numbers:
        return
    query = m.Phone.select(m.Phone.e164, m.Client.name).join(m.Client).where(m.Phone.e164.in_(numbers))
    if client_id is not None:
        query = query.where(m.Phone.client != client_id)
    clash = query.first()
    if clash is not None:
        raise ClientError("client.phone_taken", phone=clash.e164, client=clash.client.name)


def _tax_free(tax: str, client_id: int | None) -> None:
    query = m.Client.select().where(m.Client.tax_id == tax)
    if client_id is not None:
        query = query.where(m.Client.id != client_id)
    other = query.first()
    if other is not None:
        raise ClientError("client.tax_id_taken", tax_id=tax, code=other.code, client=other.name)


def _check_tax(tax: str) -> str:
    tax = (tax or "").replace(" ", "")
    if tax:
        problem = taxid.validation_error(tax)
        if problem:
            raise ClientError(problem)
    return tax


def _client_type(code: str) -> m.ClientType:
    ctype = m.ClientType.get_or_none(m.ClientType.code == code)
    if ctype is None:
        raise ClientError("client.unknown_type", type=code)
    return ctype


def _normalise(phone: str) -> str:
    try:
        return to_e164(phone)
    except PhoneError as exc:
        raise ClientError(exc.code, **exc.params) from None


def create_potential(
    user: UserInfo,
    name: str,
    phone: str,
    client_type: str = "retail",
    tax_id: str = "",
    *,
    city: str = "",
    region: str = "",
    delivery_address: str = "",
    shipping_details: str = "",
    notes: str = "",
    contacts: list[ContactEdit] | None = None,
    language: str = "",
) -> int:
    """A new (potential) client from a call of an unknown number, with what the caller told: the
    person on the phone and any other contact people too (one transaction)."""
    require(user, Permission.EDIT_CLIENTS)
    name = _text(name, "client.name_too_long", 300, "client.name_empty")
    details = dict(
        city=_text(city, "client.city_too_long", 100),
        region=_text(region, "client.region_too_long", 100),
        delivery_address=_text(delivery_address, "client.delivery_address_too_long", 300),
        shipping_details=_text(shipping_details, "client.shipping_details_too_long", 2000),
        notes=_text(notes, "client.notes_too_long", 4000),
    )
    number = _normalise(phone)
    tax = _check_tax(tax_id)
    people = _checked_contacts(contacts or [])
    details["language"] = _language(language)
    if number in {p for _c, _n, ps in people for p in ps}:
        raise ClientError("client.phone_twice")
    with m.db_proxy.atomic():
        ctype = _client_type(client_type)
        _phones_free([number, *(p for _c, _n, ps in people for p in ps)], None)
        if tax:
            _tax_free(tax, None)
        column = (
            m.PriceColumn.select().order_by(m.PriceColumn.is_base.desc(), m.PriceColumn.sort_order).first()
        )
        if column is None:
            raise ClientError("client.no_price_column")
        temp = "N" + uuid.uuid4().hex[:12]
        client = m.Client.create(
            code=temp,
            name=name,
            tax_id=tax or None,
            client_type=ctype,
            price_column=column,
            status=ClientStatus.POTENTIAL,
            search_text="",
            **details,
        )
        code = f"C{client.id:06d}"
        if m.Client.select().where(m.Client.code == code).exists():
            code = f"N{client.id:06d}"
        client.code = code
        client.search_text = search_text(name, code, tax, details["city"])
        client.save()
        m.Phone.create(client=client, number=phone.strip()[:32], e164=number, kind="work")
        _write_contacts(client.id, people)
        audit(
            user.id,
            "client_created",
            "client",
            client.id,
            name=name,
            phone=number,
            contacts=[n for _c, n, _p in people],
        )
    return client.id


CREDIT_TERMS = ("credit_limit", "payment_delay_days", "status")  # need Permission.EDIT_CREDIT_TERMS
AUDITED = (
    "name", "client_type", "tax_id", "status", "city", "region", "delivery_address",
    "shipping_details", "notes", "credit_limit", "payment_delay_days", "language",
)  # fmt: skip


def _audit_value(value):
    if isinstance(value, m.Model):
        return value.id
    if isinstance(value, Decimal):
        return str(value.quantize(Decimal("0.01")))
    return None if value in (None, "") else str(value)


def update_client(user: UserInfo, client_id: int, edit: ClientEdit, expected_version: int) -> int:
    """Save a card edit; refuses bad data, an edit over someone else's newer save, and a change of
    credit terms (limit, payment delay, status) by a role without that right. The audit keeps every
    changed field with its old and new value."""
    who = require(user, Permission.EDIT_CLIENTS)
    name = _text(edit.name, "client.name_too_long", 300, "client.name_empty")
    tax = _check_tax(edit.tax_id)
    if edit.status not in STATUSES:
        raise ClientError("client.unknown_status", status=edit.status)
    fields = dict(
        name=name,
        city=_text(edit.city, "client.city_too_long", 100),
        region=_text(edit.region, "client.region_too_long", 100),
        delivery_address=_text(edit.delivery_address, "client.delivery_address_too_long", 300),
        shipping_details=_text(edit.shipping_details, "client.shipping_details_too_long", 2000),
        notes=_text(edit.notes, "client.notes_too_long", 4000),
        status=edit.status,
        tax_id=tax or None,
    )
    if edit.credit_limit is not None:
        limit = parse_amount(edit.credit_limit)
        if limit is None:
            raise ClientError("client.credit_limit_not_amount")
        if limit > HIGHEST_AMOUNT:
            raise ClientError("client.credit_limit_range", highest=Money(HIGHEST_AMOUNT))
        fields["credit_limit"] = limit
    if edit.language is not None:
        fields["language"] = _language(edit.language)
    if edit.payment_delay_days is not None:
        if not 0 <= edit.payment_delay_days <= 365:
            raise ClientError("client.payment_delay_range", highest=365)
        fields["payment_delay_days"] = edit.payment_delay_days
    contacts = _checked_contacts(edit.contacts) if edit.contacts is not None else None
    with m.db_proxy.atomic():
        client = m.Client.get_or_none(m.Client.id == client_id)
        if client is None:
            raise ClientError("client.gone")
        fields["client_type"] = _client_type(edit.client_type)
        if tax:
            _tax_free(tax, client_id)
        if contacts is not None:
            _phones_free([p for _c, _n, ps in contacts for p in ps], client_id)
        fields["search_text"] = search_text(name, client.code, tax, fields["city"])
        fields["updated_at"] = clock.now_utc()
        fields["version"] = expected_version + 1
        changed = (
            m.Client.update(**fields)
            .where((m.Client.id == client_id) & (m.Client.version == expected_version))
            .execute()
        )
        if not changed:
            raise StaleEdit("client.stale")
        changes = {
            key: [_audit_value(getattr(client, key)), _audit_value(fields[key])]
            for key in AUDITED
            if key in fields and _audit_value(getattr(client, key)) != _audit_value(fields[key])
        }
        if any(key in changes for key in CREDIT_TERMS):
            try:
                require(user, Permission.EDIT_CREDIT_TERMS)
            except PermissionDenied:
                raise PermissionDenied("client.credit_terms_not_allowed", user=who.full_name) from None
        if contacts is not None:
            m.Phone.delete().where(m.Phone.client == client_id).execute()
            m.Contact.delete().where(m.Contact.client == client_id).execute()
            _write_contacts(client_id, contacts)
        if contacts is not None:
            changes["contacts"] = [None, [c.name for c, _n, _p in contacts]]
        audit(who.id, "client_updated", "client", client_id, version=expected_version + 1, changes=changes)
    return expected_version + 1


def assign_manager(user: UserInfo, client_id: int, manager_id: int | None) -> None:
    """Give the client a sales manager (D2); only heads and admins may."""
    require(user, Permission.ASSIGN_MANAGER)
    with m.db_proxy.atomic():
        if manager_id is not None:
            manager = m.User.get_or_none((m.User.id == manager_id) & (m.User.active == True))  # noqa: E712
            if manager is None:
                raise ClientError("client.manager_gone")
        changed = (
            m.Client.update(manager=manager_id, updated_at=clock.now_utc(), version=m.Client.version + 1)
            .where(m.Client.id == client_id)
            .execute()
        )
        if not changed:
            raise ClientError("client.gone")
        audit(user.id, "manager_assigned", "client", client_id, manager=manager_id)


KEEP_MANAGER = -1  # save_client: leave the client's manager as it is


def save_client(
    user: UserInfo,
    client_id: int,
    edit: ClientEdit,
    expected_version: int,
    manager_id: int | None = KEEP_MANAGER,
) -> int:
    """The card dialog's save: the edit and, when it changed, the manager (None: no manager), in one
    transaction, so a refused manager leaves the card as it was. Returns the client's id."""
    if manager_id != KEEP_MANAGER:
        require(user, Permission.ASSIGN_MANAGER)
    with m.db_proxy.atomic():
        update_client(user, client_id, edit, expected_version)
        if manager_id != KEEP_MANAGER:
            assign_manager(user, client_id, manager_id)
    return client_id


def _checked_contacts(edits: list[ContactEdit]) -> list[tuple[ContactEdit, str, list[str]]]:
    """The contacts as typed, checked: (edit, name, phones in E.164); a number twice is refused."""
    contacts = []
    for c in edits:
        cname = _text(c.name, "client.contact_name_too_long", 200, "client.contact_name_empty")
        phones = [_normalise(p) for p in c.phones if p.strip()]
        contacts.append((c, cname, phones))
    all_numbers = [p for _c, _n, ps in contacts for p in ps]
    if len(all_numbers) != len(set(all_numbers)):
        raise ClientError("client.phone_twice")
    return contacts


def _write_contacts(client_id: int, contacts: list[tuple[ContactEdit, str, list[str]]]) -> None:
    """Create the checked contacts of a client (the first is the primary one), with their phones."""
    for i, (c, cname, phones) in enumerate(contacts):
        contact = m.Contact.create(
            client=client_id,
            name=cname,
            role=_text(c.role, "client.contact_role_too_long", 100),
            email=_text(c.email, "client.email_too_long", 200),
            fax=_normalise(c.fax) if c.fax.strip() else "",
            can_receive_goods=c.can_receive_goods,
            is_primary=(i == 0),
        )
        for raw, number in zip([p for p in c.phones if p.strip()], phones, strict=True):
            m.Phone.create(
                client=client_id, contact=contact, number=raw.strip()[:32], e164=number, kind="mobile"
            )


def _language(value: str | None) -> str:
    """A client's documents' language as chosen: ru, kk, en, or '' (the office's)."""
    language = (value or "").strip().lower()
    if language not in ("", *DOCUMENT_LANGUAGES):
        raise ClientError("client.language_unknown", language=language[:8])
    return language
