"""Complaints, claims and wishes (D20): registered from a call, passed to a department, taken and
resolved by its head. Nothing is ever deleted; every status change is kept with who and when."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from peewee import JOIN

from orderdesk_gui import clock
from orderdesk_gui.db import models as m
from orderdesk_gui.db.followups import to_datetime
from orderdesk_gui.domain.departments import CALL_CENTRE, FINANCE, LOGISTICS, QUALITY, SALES, WHOLESALE
from orderdesk_gui.domain.entities import UserInfo
from orderdesk_gui.domain.journal import (
    COMPLAINT_CATEGORIES,
    COMPLAINT_KINDS,
    ComplaintEventRow,
    ComplaintRow,
    note_line,
)
from orderdesk_gui.domain.roles import Permission, Role
from orderdesk_gui.domain.states import ComplaintStatus
from orderdesk_gui.errors import CodedError, Notice
from orderdesk_gui.services.auth import PermissionDenied, actor, audit, require

TEXT_MIN, TEXT_MAX = 3, 4000
# Where a category goes when the operator does not choose (first department that exists).
CATEGORY_DEPARTMENTS: dict[str, tuple[str, ...]] = {
    "quality": (QUALITY, WHOLESALE, SALES),
    "shortage": (LOGISTICS, WHOLESALE, SALES),
    "delivery": (LOGISTICS, SALES),
    "documents": (FINANCE, SALES),
    "price": (SALES,),
    "service": (CALL_CENTRE, SALES),
    "assortment": (SALES, WHOLESALE),
    "other": (SALES,),
}


class ComplaintError(CodedError, ValueError):
    """A complaint that cannot be registered or changed this way (``complaint.*`` codes)."""


def departments() -> list[tuple[str, str]]:
    """(code, name) of every department, by name."""
    return [
        (c, n)
        for c, n in m.Department.select(m.Department.code, m.Department.name)
        .order_by(m.Department.name)
        .tuples()
    ]


def _department_for(category: str, code: str | None) -> m.Department | None:
    if code:
        dept = m.Department.get_or_none(m.Department.code == code)
        if dept is None:
            raise ComplaintError("complaint.no_such_department", department=code)
        return dept
    for candidate in CATEGORY_DEPARTMENTS.get(category, (SALES,)):
        dept = m.Department.get_or_none(m.Department.code == candidate)
        if dept is not None:
            return dept
    return None


def _line_numbers(order_id: int, text: str) -> str:
    parts = [p.strip() for p in (text or "").replace(";", ",").split(",") if p.strip()]
    if not parts:
        return ""
    try:
        numbers = sorted({int(p) for p in parts})
    except ValueError:
        raise ComplaintError("complaint.lines_unreadable") from None
    existing = {
        n for (n,) in m.OrderLine.select(m.OrderLine.line_no).where(m.OrderLine.order == order_id).tuples()
    }
    missing = [n for n in numbers if n not in existing]
    if missing:
        raise ComplaintError("complaint.order_has_no_line", line=missing[0])
    return ",".join(str(n) for n in numbers)[:300]


def _event(complaint_id: int, user: UserInfo, status: str, note: str = "") -> None:
    m.ComplaintEvent.create(
        complaint=complaint_id, user=user.id, status=status, note=note, at=clock.now_utc()
    )


def register(
    user: UserInfo,
    kind: str,
    category: str,
    text: str,
    client_id: int | None = None,
    call_id: int | None = None,
    order_id: int | None = None,
    order_lines: str = "",
    department_code: str | None = None,
) -> int:
    """Register a complaint, claim or wish; it goes to the chosen department or the category's."""
    actor(user)  # signed in: a made-up UserInfo is refused
    text = (text or "").strip()
    if kind not in COMPLAINT_KINDS:
        raise ComplaintError("complaint.unknown_kind", kind=kind, choices=list(COMPLAINT_KINDS))
    if category not in COMPLAINT_CATEGORIES:
        raise ComplaintError("complaint.unknown_category", category=category)
    if len(text) < TEXT_MIN:
        raise ComplaintError("complaint.text_missing")
    if len(text) > TEXT_MAX:
        raise ComplaintError("complaint.text_too_long", limit=TEXT_MAX)
    with m.db_proxy.atomic():
        if client_id is not None and not m.Client.select().where(m.Client.id == client_id).exists():
            raise ComplaintError("call.client_gone")
        lines = ""
        if order_id is not None:
            order = m.Order.get_or_none(m.Order.id == order_id)
            if order is None:
                raise ComplaintError("complaint.order_gone")
            if client_id is not None and order.client_id != client_id:
                raise ComplaintError("complaint.order_of_another_client")
            client_id = order.client_id
            lines = _line_numbers(order_id, order_lines)
        elif (order_lines or "").strip():
            raise ComplaintError("complaint.order_missing_for_lines")
        call = None
        if call_id is not None:
            call = m.Call.get_or_none(m.Call.id == call_id)
            if call is None:
                raise ComplaintError("call.record_gone")
        dept = _department_for(category, department_code)
        row = m.Complaint.create(
            kind=kind,
            category=category,
            text=text,
            client=client_id,
            call=call_id,
            order=order_id,
            order_lines=lines,
            department=dept,
            status=ComplaintStatus.OPEN,
            created_by=user.id,
        )
        _event(row.id, user, ComplaintStatus.OPEN, f"→ {dept.name}" if dept else "")
        if call is not None:
            if kind == "claim":
                registered = Notice("call.note_claim_registered", number=str(row.id))
            elif kind == "wish":
                registered = Notice("call.note_wish_registered", number=str(row.id))
            else:
                registered = Notice("call.note_complaint_registered", number=str(row.id))
            # the number is a reference, not a quantity: no thousands separator
            call.notes = ((call.notes + "\n") if call.notes else "") + note_line(registered)
            if call.purpose == "order" and not call.outcome:
                call.purpose = "complaint"
            call.save(only=[m.Call.notes, m.Call.purpose])
        audit(user.id, "complaint_registered", "complaint", row.id, kind=kind, category=category)
    return row.id


def _complaint(complaint_id: int) -> m.Complaint:
    row = m.Complaint.get_or_none(m.Complaint.id == complaint_id)
    if row is None:
        raise ComplaintError("complaint.gone")
    return row


def _check_may_handle(user: UserInfo, row: m.Complaint) -> None:
    """Only the head of the item's department, whoever has it taken, or a user who sees every
    department's items (``sees_all``) may take or resolve it."""
    if row.taken_by_id == user.id or sees_all(user):
        return
    head_of = m.User.select(m.User.head_of).where(m.User.id == user.id).scalar()
    if head_of is None or head_of != row.department_id:
        raise PermissionDenied("complaint.not_your_department", name=user.full_name)


def take(user: UserInfo, complaint_id: int) -> None:
    """A department head takes the item into work."""
    require(user, Permission.RESOLVE_COMPLAINTS)
    with m.db_proxy.atomic():
        row = _complaint(complaint_id)
        _check_may_handle(user, row)
        if row.status == ComplaintStatus.RESOLVED:
            raise ComplaintError("complaint.resolved_already")
        if row.status == ComplaintStatus.TAKEN and row.taken_by_id == user.id:
            return
        row.status, row.taken_by, row.taken_at = ComplaintStatus.TAKEN, user.id, clock.now_utc()
        row.save(only=[m.Complaint.status, m.Complaint.taken_by, m.Complaint.taken_at])
        _event(row.id, user, ComplaintStatus.TAKEN)
        audit(user.id, "complaint_taken", "complaint", row.id)


def resolve(user: UserInfo, complaint_id: int, resolution: str) -> None:
    """Close the item with what was done (Permission.RESOLVE_COMPLAINTS); the history stays."""
    require(user, Permission.RESOLVE_COMPLAINTS)
    resolution = (resolution or "").strip()
    if len(resolution) < TEXT_MIN:
        raise ComplaintError("complaint.resolution_missing")
    if len(resolution) > TEXT_MAX:
        raise ComplaintError("complaint.resolution_too_long", limit=TEXT_MAX)
    with m.db_proxy.atomic():
        row = _complaint(complaint_id)
        _check_may_handle(user, row)
        if row.status == ComplaintStatus.RESOLVED:
            raise ComplaintError("complaint.resolved_already")
        now = clock.now_utc()
        row.status, row.resolution, row.resolved_at = ComplaintStatus.RESOLVED, resolution, now
        if row.taken_by_id is None:
            row.taken_by, row.taken_at = user.id, now
        row.save()
        _event(row.id, user, ComplaintStatus.RESOLVED, resolution)
        audit(user.id, "complaint_resolved", "complaint", row.id)


def _rows(where, with_events: bool = False, limit: int | None = None) -> list[ComplaintRow]:
    C = m.Complaint
    Author = m.User.alias("ca")
    Taker = m.User.alias("ct")
    query = (
        C.select(
            C.id,
            C.kind,
            C.category,
            C.text,
            C.client,
            m.Client.name,
            C.order,
            m.Order.number,
            C.order_lines,
            m.Department.code,
            m.Department.name,
            C.status,
            Author.full_name,
            C.created_at,
            Taker.full_name,
            C.resolution,
            C.resolved_at,
        )
        .join(m.Client, JOIN.LEFT_OUTER, on=(C.client == m.Client.id))
        .switch(C)
        .join(m.Order, JOIN.LEFT_OUTER, on=(C.order == m.Order.id))
        .switch(C)
        .join(m.Department, JOIN.LEFT_OUTER, on=(C.department == m.Department.id))
        .switch(C)
        .join(Author, on=(C.created_by == Author.id))
        .switch(C)
        .join(Taker, JOIN.LEFT_OUTER, on=(C.taken_by == Taker.id))
        .where(where)
        .order_by(C.created_at.desc(), C.id.desc())
    )
    if limit:
        query = query.limit(limit)
    raw = m.db_proxy.execute(query).fetchall()
    events: dict[int, list[ComplaintEventRow]] = {}
    if with_events and raw:
        E = m.ComplaintEvent
        q = (
            E.select(E.complaint, E.at, m.User.full_name, E.status, E.note)
            .join(m.User, JOIN.LEFT_OUTER, on=(E.user == m.User.id))
            .where(E.complaint.in_([r[0] for r in raw]))
            .order_by(E.at, E.id)
        )
        for cid, at, who, status, note in m.db_proxy.execute(q).fetchall():
            events.setdefault(cid, []).append(
                ComplaintEventRow(to_datetime(at), who or "", status, note or "")
            )
    return [
        ComplaintRow(
            id=r[0],
            kind=r[1],
            category=r[2],
            text=r[3],
            client_id=r[4],
            client_name=r[5] or "",
            order_id=r[6],
            order_number=r[7] or "",
            order_lines=r[8] or "",
            department_code=r[9] or "",
            department_name=r[10] or "",
            status=r[11],
            created_by=r[12] or "",
            created_at=to_datetime(r[13]),
            taken_by=r[14] or "",
            resolution=r[15] or "",
            resolved_at=to_datetime(r[16]),
            events=tuple(events.get(r[0], ())),
        )
        for r in raw
    ]


def sees_all(user: UserInfo) -> bool:
    """Administrators and the head of sales see every department's items."""
    if actor(user).role == Role.ADMIN.value:  # the role as the database has it, not as passed
        return True
    heads = (
        m.User.select()
        .join(m.Department, on=(m.User.head_of == m.Department.id))
        .where((m.User.id == user.id) & (m.Department.code == SALES))
    )
    return heads.exists()


def department_items(user: UserInfo, include_resolved: bool = False) -> list[ComplaintRow]:
    """Items of the departments this user heads (all of them for the head of sales and admins),
    and items the user has taken."""
    C = m.Complaint
    where = C.id > 0 if include_resolved else C.status != ComplaintStatus.RESOLVED
    return _rows(where & _visible_to(user), with_events=True, limit=2000)


def _visible_to(user: UserInfo):
    """Which complaints ``user`` may read in a department's list: all (admins, the head of sales),
    else their department's and those they took or registered."""
    C = m.Complaint
    if sees_all(user):
        return C.id > 0
    head_of = m.User.select(m.User.head_of).where(m.User.id == user.id).scalar()
    mine = (C.taken_by == user.id) | (C.created_by == user.id)
    return (C.department == head_of) | mine if head_of else mine


def client_complaints(client_id: int, open_only: bool = True) -> list[ComplaintRow]:
    """The client's complaints (the card shows the open ones)."""
    where = m.Complaint.client == client_id
    if open_only:
        where &= m.Complaint.status != ComplaintStatus.RESOLVED
    return _rows(where, limit=200)


def open_count(client_id: int) -> int:
    """How many of the client's complaints, claims and wishes are not resolved (shown on the card)."""
    return (
        m.Complaint.select()
        .where((m.Complaint.client == client_id) & (m.Complaint.status != ComplaintStatus.RESOLVED))
        .count()
    )


def get(user: UserInfo, complaint_id: int) -> ComplaintRow:
    """One complaint with its whole history, when ``user`` may see it (else as if it were gone)."""
    found = _rows((m.Complaint.id == complaint_id) & _visible_to(user), with_events=True)
    if not found:
        raise ComplaintError("complaint.gone")
    return found[0]


def form_choices(client_id: int | None) -> tuple[list[tuple[str, str]], list[tuple[int, str]]]:
    """What the complaint form offers: the departments and the client's latest orders."""
    return departments(), client_orders(client_id) if client_id is not None else []


@dataclass(frozen=True)
class OrderChoice:
    """One of the client's orders, as the complaint form lists it: number, day and sum."""

    order_id: int
    number: str
    accepted_at: dt.datetime | None
    total: Decimal


def client_orders(client_id: int, limit: int = 20) -> list[OrderChoice]:
    """The client's latest accepted orders, to link a complaint to, newest first."""
    query = (
        m.Order.select(m.Order.id, m.Order.number, m.Order.accepted_at, m.Order.total_amount)
        .where((m.Order.client == client_id) & m.Order.number.is_null(False))
        .order_by(m.Order.created_at.desc(), m.Order.id.desc())
        .limit(limit)
    )
    return [OrderChoice(*row) for row in query.tuples()]
