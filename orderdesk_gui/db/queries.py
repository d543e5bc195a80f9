"""Read queries returning plain dataclasses (``domain.entities``) to services and the UI."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from decimal import Decimal
from functools import reduce
from operator import or_

from peewee import JOIN, SQL, PostgresqlDatabase, fn

from orderdesk_gui.db import models as m
from orderdesk_gui.db.search import text_match
from orderdesk_gui.domain import entities
from orderdesk_gui.domain.debt import Document
from orderdesk_gui.domain.phones import display as phone_display
from orderdesk_gui.domain.phones import looks_like_phone, try_e164, typed_digits
from orderdesk_gui.domain.roles import Role
from orderdesk_gui.domain.routing import Person, Rule, rule_from
from orderdesk_gui.domain.states import PLACED, ClientStatus, OrderStatus
from orderdesk_gui.domain.text import typed


def user_info(user: m.User) -> entities.UserInfo:
    return entities.UserInfo(
        id=user.id,
        login=user.login,
        full_name=user.full_name,
        role=user.role,
        department=user.department.name if user.department_id else "",
        presence=user.presence,
        absent_until=user.absent_until,
        must_change_password=bool(user.must_change_password),
        head_of=user.head_of_id,
    )


def _hits(query, matched_phone: str = "", phone_of: dict[int, str] | None = None) -> list[entities.ClientHit]:
    """Search hits of the clients ``query`` reads; the number that matched, one for all or per client."""
    return [
        entities.ClientHit(
            id=row.id,
            code=row.code,
            name=row.name,
            city=row.city,
            type_name=row.client_type.name,
            status=row.status,
            matched_phone=phone_display(phone_of[row.id]) if phone_of else matched_phone,
            credit_limit=row.credit_limit,
        )
        for row in query
    ]


def _client_select():
    return m.Client.select(m.Client, m.ClientType).join(m.ClientType)


def clients_by_phone(raw: str, limit: int = 20) -> list[entities.ClientHit]:
    number = try_e164(raw)
    if number is None:
        return []
    ids = m.Phone.select(m.Phone.client).where(m.Phone.e164 == number)
    query = _client_select().where(m.Client.id.in_(ids)).order_by(m.Client.name).limit(limit)
    return _hits(query, matched_phone=phone_display(number))


PHONE_PART_DIGITS = 4  # fewer digits than this would match half the book


def _phone_fts(database) -> bool:
    """True when this SQLite database has the trigram index of the numbers (migration 0013)."""
    sql = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'phone_fts'"
    return database.execute_sql(sql).fetchone() is not None


def _number_contains(part: str, cap: int):
    """Phones whose number holds the digits ``part``: through the trigram index of 0012 (PostgreSQL) or
    0013 (SQLite, an FTS5 table: at most ``cap`` candidates), else by a scan."""
    database = m.db_proxy.obj
    if isinstance(database, PostgresqlDatabase) or not _phone_fts(database):
        return m.Phone.e164.contains(part)
    return m.Phone.id.in_(SQL("(SELECT rowid FROM phone_fts WHERE e164 LIKE ? LIMIT ?)", [f"%{part}%", cap]))


def clients_by_phone_part(raw: str, limit: int = 20) -> list[entities.ClientHit]:
    """Clients with a phone whose digits contain the typed digits ("2117", "775 211", "8 701 211"
    with its trunk 8 read as +7), each with the number that matched. A trigram index answers the
    substring on both databases (about a millisecond for 280,000 numbers); run only when no whole
    number matched."""
    digits = typed_digits(raw)
    if len(digits) < PHONE_PART_DIGITS or len(digits) > 15:
        return []
    parts = [digits]
    if digits.startswith("8") and len(digits) > PHONE_PART_DIGITS:
        parts.append("7" + digits[1:])  # written with the trunk prefix 8 instead of +7
    where = reduce(or_, [_number_contains(part, limit * 3) for part in parts])
    found: dict[int, str] = {}
    phones = m.Phone.select(m.Phone.client, m.Phone.e164).where(where).limit(limit * 3)
    for client_id, e164 in phones.tuples():
        found.setdefault(client_id, e164)
        if len(found) >= limit:
            break
    if not found:
        return []
    query = (
        _client_select()
        .where(m.Client.id.in_(list(found)))
        .order_by(m.Client.status != ClientStatus.ACTIVE, m.Client.name)
    )
    return _hits(query, phone_of=found)


def search_clients(text: str, limit: int = 50) -> list[entities.ClientHit]:
    """Clients matching a phone number, code, tax id or name fragment, best first."""
    text = typed(text)
    if not text:
        return []
    hits: list[entities.ClientHit] = []
    seen: set[int] = set()

    def add(found: list[entities.ClientHit]) -> None:
        for hit in found:
            if hit.id not in seen and len(hits) < limit:
                seen.add(hit.id)
                hits.append(hit)

    if looks_like_phone(text):
        add(clients_by_phone(text, limit))
        if hits:
            return hits  # the caller is found by number
    if len(typed_digits(text)) >= PHONE_PART_DIGITS:
        add(clients_by_phone_part(text, limit))  # part of a number: "2117", "775 211"
        if hits:
            return hits
    compact = text.replace(" ", "")
    if len(compact) <= 32:
        # Codes are stored in capitals, so both lookups use their indexes.
        exact = _client_select().where((m.Client.code == compact.upper()) | (m.Client.tax_id == compact))
        add(_hits(exact.limit(limit)))
    clause = text_match(m.db_proxy.obj, m.Client, text)
    if clause is not None and len(hits) < limit:
        query = (
            _client_select()
            .where(clause)
            .order_by(m.Client.status != ClientStatus.ACTIVE, fn.LENGTH(m.Client.name), m.Client.name)
            .limit(limit)
        )
        add(_hits(query))
    return hits


def client_card(client_id: int, last_orders: int = 5) -> entities.ClientCard | None:
    Manager = m.User.alias()
    row = (
        m.Client.select(m.Client, m.ClientType, m.PriceColumn, Manager)
        .join(m.ClientType)
        .switch(m.Client)
        .join(m.PriceColumn)
        .switch(m.Client)
        .join(Manager, JOIN.LEFT_OUTER, on=(m.Client.manager == Manager.id))
        .where(m.Client.id == client_id)
        .first()
    )
    if row is None:
        return None
    phones: dict[int | None, list[str]] = {}
    for ph in m.Phone.select().where(m.Phone.client == client_id).order_by(m.Phone.id):
        phones.setdefault(ph.contact_id, []).append(phone_display(ph.e164))
    contacts = tuple(
        entities.ContactInfo(
            name=c.name,
            role=c.role,
            phones=tuple(phones.get(c.id, ())),
            email=c.email,
            fax=c.fax,
            can_receive_goods=c.can_receive_goods,
        )
        for c in m.Contact.select()
        .where(m.Contact.client == client_id)
        .order_by(m.Contact.is_primary.desc(), m.Contact.id)
    )

    def brief(o: m.Order) -> entities.OrderBrief:
        return entities.OrderBrief(
            id=o.id,
            number=o.number or "",
            created_at=o.accepted_at or o.created_at,
            status=o.status,
            total=o.total_amount,
            line_count=o.line_count,
            invoiced=o.invoiced_at is not None,
            cancel_reason=o.cancel_reason,
        )

    orders = tuple(
        brief(o)
        for o in m.Order.select()
        .where((m.Order.client == client_id) & m.Order.status.in_(PLACED))
        .order_by(m.Order.created_at.desc())
        .limit(last_orders)
    )
    cancelled = (
        m.Order.select()
        .where((m.Order.client == client_id) & (m.Order.status == OrderStatus.CANCELLED))
        .order_by(m.Order.created_at.desc())
        .first()
    )
    manager = row.manager if row.manager_id else None
    return entities.ClientCard(
        id=row.id,
        code=row.code,
        name=row.name,
        tax_id=row.tax_id or "",
        type_code=row.client_type.code,
        type_name=row.client_type.name,
        status=row.status,
        region=row.region,
        city=row.city,
        delivery_address=row.delivery_address,
        shipping_details=row.shipping_details,
        notes=row.notes,
        price_column=row.price_column.name,
        credit_limit=row.credit_limit,
        payment_delay_days=row.payment_delay_days,
        manager_name=manager.full_name if manager else "",
        manager_presence=manager.presence if manager else "",
        manager_absent_until=manager.absent_until if manager else None,
        contacts=contacts,
        last_orders=orders,
        last_cancelled=brief(cancelled) if cancelled is not None else None,
        manager_id=row.manager_id,
        has_orders=bool(orders),
    )


def uninvoiced_total(client_id: int, no_credit_forms: tuple[str, ...] = ()) -> Decimal:
    """The client's accepted orders accounting has not invoiced yet, less those paid at once: part
    of the credit exposure (Tryton's sale_credit_limit counts confirmed, not yet invoiced sales)."""
    units = uninvoiced_units(client_id, no_credit_forms).scalar()  # stored tiyn: an exact integer sum
    return m.Order.total_amount.python_value(units or 0)


def uninvoiced_units(client_id, no_credit_forms: tuple[str, ...] = ()):
    """The query of ``uninvoiced_total`` in stored units (tiyn), also usable as a sub-query;
    ``client_id`` may be a column of the outer query."""
    order = m.Order.alias("uninvoiced")
    where = (order.client == client_id) & order.status.in_(PLACED) & order.invoiced_at.is_null()
    if no_credit_forms:
        where &= order.payment_form.not_in(list(no_credit_forms))
    return order.select(fn.SUM(order.total_amount)).where(where)


def open_documents(client_id: int) -> list[Document]:
    """The client's receivables not marked paid (the debt gate's input), as plain rows: a client with
    hundreds of open documents is read in a couple of milliseconds."""
    r = m.Receivable
    query = (
        r.select(r.document_no, r.doc_date, r.amount, r.paid_amount, r.due_date, r.paid)
        .where((r.client == client_id) & (r.paid == False))  # noqa: E712
        .order_by(r.due_date)
        .tuples()
    )
    return [Document(*row) for row in query]


def people() -> list[Person]:
    """Everyone a call can be routed to, with presence and substitutes."""
    Dept = m.Department.alias()
    Head = m.Department.alias()
    query = (
        m.User.select(m.User, Dept.code.alias("dept_code"), Head.code.alias("head_code"))
        .join(Dept, JOIN.LEFT_OUTER, on=(m.User.department == Dept.id))
        .switch(m.User)
        .join(Head, JOIN.LEFT_OUTER, on=(m.User.head_of == Head.id))
        .where((m.User.active == True) & (m.User.role != Role.EXCHANGE.value))  # noqa: E712 - 1C's account takes no calls
        .order_by(m.User.id)
        .objects()
    )
    return [
        Person(
            id=u.id,
            name=u.full_name,
            role=u.role,
            department=u.dept_code or "",
            head_of=u.head_code or "",
            is_key_account_manager=u.is_key_account_manager,
            presence=u.presence,
            absent_until=u.absent_until,
            substitute_id=u.substitute_id,
            extension=u.extension,
        )
        for u in query
    ]


@dataclass(frozen=True)
class ExchangeLine:
    """A row an exchange refused, or operator-entered data it left alone (a conflict): its line in the
    file (0: the whole file), a message code and its parameters (worded by ``ui/messages``)."""

    line: int
    code: str
    params: dict = field(default_factory=dict)
    conflict: bool = False


@dataclass(frozen=True)
class ExchangeRunRow:
    """One import or export of the exchange log, as plain data."""

    id: int
    direction: str  # import / export
    kind: str  # commerceml / csv / xlsx / debt_statement
    source: str  # window / command / folder / http
    file_name: str
    user_name: str  # "" for the command line or a folder without a user
    started_at: dt.datetime  # naive UTC
    finished_at: dt.datetime | None
    status: str  # applied / preview / refused / failed / unchanged
    counts: dict[str, dict[str, int]]  # {kind of record: {new, changed, deactivated, unchanged}}
    rejects: tuple[ExchangeLine, ...]  # the first rejected rows (and conflicts), as stored
    reject_count: int
    message: str


def _exchange_lines(text: str) -> tuple[ExchangeLine, ...]:
    """The stored rejects, ``[[line, code, params], ...]`` or objects with those names (and ``conflict``);
    anything unreadable is skipped, never fatal to the log."""
    try:
        raw = json.loads(text or "[]")
    except ValueError:
        return ()
    out = []
    for item in raw if isinstance(raw, list) else ():
        if isinstance(item, dict):
            line, code, params = item.get("line", 0), item.get("code", ""), item.get("params") or {}
            conflict = bool(item.get("conflict"))
        elif isinstance(item, list | tuple) and len(item) >= 2:
            line, code = item[0], item[1]
            params = item[2] if len(item) > 2 and isinstance(item[2], dict) else {}
            conflict = bool(item[3]) if len(item) > 3 else False
        else:
            continue
        try:
            out.append(ExchangeLine(int(line or 0), str(code), dict(params), conflict))
        except (TypeError, ValueError):
            continue
    return tuple(out)


def _exchange_counts(text: str) -> dict[str, dict[str, int]]:
    try:
        raw = json.loads(text or "{}")
    except ValueError:
        return {}
    out: dict[str, dict[str, int]] = {}
    for kind, numbers in raw.items() if isinstance(raw, dict) else ():
        if isinstance(numbers, dict):
            out[str(kind)] = {k: int(v) for k, v in numbers.items() if isinstance(v, int | float)}
    return out


def exchange_runs(
    start: dt.datetime, end: dt.datetime, direction: str = "", status: str = "", limit: int = 1000
) -> list[ExchangeRunRow]:
    """The exchange log between two naive UTC moments, newest first, optionally one direction or status."""
    query = (
        m.ExchangeRun.select(m.ExchangeRun, m.User.full_name.alias("user_name"))
        .join(m.User, JOIN.LEFT_OUTER, on=(m.ExchangeRun.user == m.User.id))
        .where((m.ExchangeRun.started_at >= start) & (m.ExchangeRun.started_at < end))
        .order_by(m.ExchangeRun.started_at.desc(), m.ExchangeRun.id.desc())
        .limit(limit)
    )
    if direction:
        query = query.where(m.ExchangeRun.direction == direction)
    if status:
        query = query.where(m.ExchangeRun.status == status)
    return [
        ExchangeRunRow(
            id=r.id,
            direction=r.direction,
            kind=r.kind,
            source=r.source,
            file_name=r.file_name,
            user_name=r.user_name or "",
            started_at=r.started_at,
            finished_at=r.finished_at,
            status=r.status,
            counts=_exchange_counts(r.counts),
            rejects=_exchange_lines(r.rejects),
            reject_count=r.reject_count,
            message=r.message or "",
        )
        for r in query.objects()
    ]


def routing_rules() -> list[Rule]:
    fields = (
        "priority",
        "action",
        "client_type",
        "purpose",
        "client_is_new",
        "chain",
        "reason",
        "assign_chain",
    )
    return [
        rule_from({f: getattr(r, f) for f in fields})
        for r in m.RoutingRule.select().where(m.RoutingRule.active == True).order_by(m.RoutingRule.priority)  # noqa: E712
    ]


def debt_inputs(
    client_ids: list[int],
    no_credit_forms: tuple[str, ...] = (),
    limits: dict[int, Decimal] | None = None,
):
    """For a list of clients at once (search results): each one's credit limit, open documents and
    accepted orders not invoiced yet, in two queries whatever the number of clients (three when the
    credit ``limits`` are not given)."""
    if not client_ids:
        return {}
    if limits is None:
        limits = dict(
            m.Client.select(m.Client.id, m.Client.credit_limit).where(m.Client.id.in_(client_ids)).tuples()
        )
    r = m.Receivable
    documents: dict[int, list[Document]] = {cid: [] for cid in client_ids}
    for cid, *row in (
        r.select(r.client, r.document_no, r.doc_date, r.amount, r.paid_amount, r.due_date, r.paid)
        .where(r.client.in_(client_ids) & (r.paid == False))  # noqa: E712
        .order_by(r.due_date)
        .tuples()
    ):
        documents[cid].append(Document(*row))
    order = m.Order
    where = order.client.in_(client_ids) & order.status.in_(PLACED) & order.invoiced_at.is_null()
    if no_credit_forms:
        where &= order.payment_form.not_in(list(no_credit_forms))
    uninvoiced = {
        cid: order.total_amount.python_value(units or 0)
        for cid, units in order.select(order.client, fn.SUM(order.total_amount))
        .where(where)
        .group_by(order.client)
        .tuples()
    }
    return {
        cid: (limits.get(cid, Decimal(0)), documents[cid], uninvoiced.get(cid, Decimal(0)))
        for cid in client_ids
        if cid in limits
    }


DEBTS_AS_OF = "exchange.debts_as_of"  # AppSetting: when receivables were last brought in (UTC, ISO 8601)


def debts_as_of() -> dt.datetime | None:
    """When receivables were last brought in from accounting (naive UTC, the storage form), None if never."""
    row = m.AppSetting.get_or_none(m.AppSetting.key == DEBTS_AS_OF)
    if row is None or not row.value:
        return None
    try:
        stamp = dt.datetime.fromisoformat(row.value)
    except ValueError:
        return None
    return stamp.astimezone(dt.UTC).replace(tzinfo=None) if stamp.tzinfo else stamp
