"""The audit viewer (issue 16 part 6): who did what and when, read in the program. Heads read what the
people of their department did; finance and administrators read everything. Filter by person, client,
kind and period; export to XLSX. Debt overrides with amounts and reasons, manual prices, client changes
with old and new values, rights, settings and presence changes, sign-ins and failures, imports and
exports: each is one ``audit_event`` row with its details as JSON, written in the change's transaction."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from peewee import JOIN, Cast

from orderdesk_gui.db import models as m
from orderdesk_gui.domain.roles import Permission, Role
from orderdesk_gui.errors import CodedError
from orderdesk_gui.services.auth import UserInfo, require

LIMIT = 5000  # rows shown at once; the period or a filter narrows it
EXPORT_LIMIT = 1_000_000  # a workbook takes every row of the filter (Excel's sheet holds 1,048,576)
LONGEST_PERIOD_DAYS = 3 * 366

# what each action is, for the kind filter and the column
KINDS: dict[str, tuple[str, ...]] = {
    "overrides": ("debt_override", "approval_failed", "gate_closed"),
    "prices": ("manual_price", "promotion_saved"),
    "clients": ("client_created", "client_updated", "manager_assigned"),
    "rights": (
        "user_created",
        "user_changed",
        "user_deactivated",
        "user_reactivated",
        "password_changed",
        "password_reset",
        "rights_changed",
        "routing_rules_replaced",
        "department_head_changed",
        "company_set_up",
    ),
    "presence": ("presence_changed", "draft_taken_over"),
    "sign_ins": ("sign_in", "sign_in_failed", "account_locked", "account_unlocked"),
    "exchange": (
        "exchange_imported",
        "orders_exported",
        "order_statuses_imported",
        "order_status_from_accounting",
        "callbacks_imported",
    ),
    "orders": ("order_accepted", "order_cancelled"),
}
KIND_OF = {action: kind for kind, actions in KINDS.items() for action in actions}
OTHER = "other"


class AuditQueryError(CodedError, ValueError):
    """A filter that cannot be read: ``audit.*``."""


@dataclass(frozen=True)
class AuditFilter:
    first: dt.date
    last: dt.date
    user_id: int | None = None
    client_id: int | None = None
    kind: str = ""  # one of KINDS, OTHER, or '' for all


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime  # naive UTC
    user: str  # '' for the system or an unknown login
    action: str
    kind: str
    entity: str
    entity_id: str
    details: dict


@dataclass(frozen=True)
class AuditPage:
    rows: tuple[AuditRow, ...]
    more: bool  # more than LIMIT matched: narrow the filter


def _scope(who, query):
    """Heads: what their department's people did; finance and administrators: everything."""
    if who.role in (Role.ADMIN.value, Role.FINANCE.value):
        return query
    head_of = m.User.select(m.User.head_of).where(m.User.id == who.id).scalar()
    if head_of is None:
        return query.where(m.AuditEvent.user == who.id)
    members = m.User.select(m.User.id).where(m.User.department == head_of)
    return query.where(m.AuditEvent.user.in_(members))


def people(user: UserInfo) -> list[tuple[int, str]]:
    """Whose actions ``user`` may filter by: their department's people (a head), everyone (finance,
    administrators)."""
    who = require(user, Permission.VIEW_REPORTS)
    query = m.User.select(m.User.id, m.User.full_name)
    if who.role not in (Role.ADMIN.value, Role.FINANCE.value):
        head_of = m.User.select(m.User.head_of).where(m.User.id == who.id).scalar()
        query = query.where((m.User.department == head_of) if head_of is not None else (m.User.id == who.id))
    return list(query.order_by(m.User.full_name).tuples())


def read(user: UserInfo, wanted: AuditFilter, limit: int = LIMIT) -> AuditPage:
    """The audit events of ``wanted``'s period and filters, the newest first (at most ``limit``)."""
    from orderdesk_gui import clock

    who = require(user, Permission.VIEW_REPORTS)
    if wanted.last < wanted.first:
        raise AuditQueryError("audit.period_reversed")
    if (wanted.last - wanted.first).days > LONGEST_PERIOD_DAYS:
        raise AuditQueryError("audit.period_too_long", days=LONGEST_PERIOD_DAYS)
    if wanted.kind and wanted.kind not in KINDS and wanted.kind != OTHER:
        raise AuditQueryError("audit.unknown_kind")
    start, end = clock.day_bounds(wanted.first, wanted.last)
    A = m.AuditEvent
    query = (
        A.select(A.id, A.at, A.action, A.entity, A.entity_id, A.details, m.User.full_name, m.User.login)
        .join(m.User, on=(A.user == m.User.id), join_type=JOIN.LEFT_OUTER)
        .where((A.at >= start) & (A.at < end))
    )
    query = _scope(who, query)
    if wanted.user_id is not None:
        query = query.where(A.user == wanted.user_id)
    if wanted.client_id is not None:
        orders = m.Order.select(Cast(m.Order.id, "TEXT")).where(m.Order.client == wanted.client_id)
        query = query.where(
            ((A.entity == "client") & (A.entity_id == str(wanted.client_id)))
            | ((A.entity == "order") & A.entity_id.in_(orders))
        )
    if wanted.kind in KINDS:
        query = query.where(A.action.in_(KINDS[wanted.kind]))
    elif wanted.kind == OTHER:
        query = query.where(A.action.not_in(tuple(KIND_OF)))
    found = list(query.order_by(A.at.desc(), A.id.desc()).limit(limit + 1).objects())
    rows = tuple(
        AuditRow(
            e.id,
            e.at,
            e.full_name or "",
            e.action,
            KIND_OF.get(e.action, OTHER),
            e.entity,
            e.entity_id,
            _details(e.details),
        )
        for e in found[:limit]
    )
    return AuditPage(rows, len(found) > limit)


def _details(text: str) -> dict:
    try:
        value = json.loads(text) if text else {}
    except ValueError:
        return {"text": text}
    return value if isinstance(value, dict) else {"value": value}


def describe(details: Mapping) -> str:
    """The details in one line: ``reason: …; amount: …; field: old → new``."""
    parts = []
    old, new = details.get("old"), details.get("new")
    if isinstance(old, dict) and isinstance(new, dict):
        for key in sorted(set(old) | set(new)):
            if old.get(key) != new.get(key):
                parts.append(f"{key}: {_value(old.get(key))} → {_value(new.get(key))}")
    for key, value in details.items():
        if key in ("old", "new") and isinstance(old, dict) and isinstance(new, dict):
            continue
        parts.append(f"{key}: {_value(value)}")
    return "; ".join(parts)


def _value(value) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def export_xlsx(user: UserInfo, wanted: AuditFilter, path: str | Path, labels: Mapping[str, str]) -> int:
    """The events of ``wanted`` as an Excel workbook (all of them, not only the first page); how many.
    ``labels``: the column titles, kind names and actions (``action:<code>``) in the reader's language."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    from orderdesk_gui import clock

    page = read(user, wanted, limit=EXPORT_LIMIT)
    book = Workbook()
    sheet = book.active
    sheet.title = labels.get("title", "Audit")[:31]
    head = [labels.get(k, k) for k in ("at", "person", "kind", "action", "object", "details")]
    sheet.append(head)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in page.rows:
        values = [
            clock.to_local(row.at).replace(tzinfo=None),
            row.user,
            labels.get(row.kind, row.kind),
            labels.get("action:" + row.action, row.action),
            f"{row.entity} {row.entity_id}".strip(),
            describe(row.details),
        ]
        sheet.append(values)
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # text, never a formula
        sheet.cell(row=sheet.max_row, column=1).number_format = "dd.mm.yyyy hh:mm:ss"
    for letter, width in zip("ABCDEF", (20, 32, 16, 26, 18, 80), strict=True):
        sheet.column_dimensions[letter].width = width
    path = Path(path)
    temporary = path.with_name(path.name + ".part")
    book.save(temporary)
    temporary.replace(path)
    return len(page.rows)
