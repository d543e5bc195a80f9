"""Desk reports for the contact-centre manager (issue 16 part 7), first slice: one read function
returning every section for a period and an optional operator, counted by SQL aggregates.

Rights: heads read their department, admin and finance all; anyone else is refused."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from peewee import SQL, PostgresqlDatabase, fn

from orderdesk_gui import clock
from orderdesk_gui.db import models as m
from orderdesk_gui.domain.entities import UserInfo
from orderdesk_gui.domain.roles import Permission, Role, has_permission
from orderdesk_gui.domain.states import NOT_PLACED
from orderdesk_gui.services.auth import PermissionDenied, actor
from orderdesk_gui.services.reports import ReportError


@dataclass(frozen=True)
class DeskReport:
    start: dt.date
    end: dt.date
    operator_id: int | None
    calls_in: int = 0
    calls_out: int = 0
    by_outcome: dict[str, int] = field(default_factory=dict)
    transfers_by_reason: dict[str, int] = field(default_factory=dict)
    orders_taken: int = 0
    orders_sum: Decimal = Decimal(0)
    talk_s_total: int = 0  # closed calls only
    talk_s_avg: int = 0
    by_operator: dict[int, dict[str, object]] = field(default_factory=dict)


def _operators_in_scope(user: UserInfo) -> list[int] | None:
    """None: every operator; a list: the head's department members."""
    if user.role in (Role.ADMIN, Role.FINANCE):
        return None
    head = m.User.get_by_id(user.id)
    if head.head_of_id is None:
        raise PermissionDenied("report.desk_refused", name=user.full_name)
    return [u.id for u in m.User.select(m.User.id).where(m.User.department == head.head_of_id)]


def desk_report(user: UserInfo, start: dt.date, end: dt.date, operator_id: int | None = None) -> DeskReport:
    actor(user)  # signed in: a made-up UserInfo is refused
    if not has_permission(user.role, Permission.VIEW_REPORTS):
        raise PermissionDenied("report.desk_refused", name=user.full_name)
    if end < start:
        raise ReportError("report.period_reversed")
    scope = _operators_in_scope(user)
    if operator_id is not None:
        if scope is not None and operator_id not in scope:
            raise PermissionDenied("report.desk_refused", name=user.full_name)
        scope = [operator_id]
    lo, hi = clock.day_bounds(start, end)

    def scoped(query, column):
        return query if scope is None else query.where(column.in_(scope))

    calls = scoped(
        m.Call.select(m.Call.operator, m.Call.direction, m.Call.outcome, fn.COUNT(m.Call.id).alias("n"))
        .where(m.Call.started_at >= lo, m.Call.started_at < hi)
        .group_by(m.Call.operator, m.Call.direction, m.Call.outcome),
        m.Call.operator,
    ).tuples()
    calls_in = calls_out = 0
    by_outcome: dict[str, int] = {}
    per_op: dict[int, dict[str, object]] = {}
    for op, direction, outcome, n in calls:
        row = per_op.setdefault(
            op, {"calls_in": 0, "calls_out": 0, "orders_taken": 0, "orders_sum": Decimal(0)}
        )
        key = "calls_in" if direction == "in" else "calls_out"
        row[key] += n
        if direction == "in":
            calls_in += n
        else:
            calls_out += n
        by_outcome[outcome] = by_outcome.get(outcome, 0) + n
    transfers = dict(
        scoped(
            m.Call.select(m.Call.transfer_reason, fn.COUNT(m.Call.id))
            .where(m.Call.started_at >= lo, m.Call.started_at < hi, m.Call.transferred_to.is_null(False))
            .group_by(m.Call.transfer_reason),
            m.Call.operator,
        ).tuples()
    )
    orders = scoped(
        m.Order.select(m.Order.operator, fn.COUNT(m.Order.id), fn.SUM(m.Order.total_amount))
        .where(
            m.Order.accepted_at >= lo,
            m.Order.accepted_at < hi,
            m.Order.status.not_in([str(s) for s in NOT_PLACED]),
        )
        .group_by(m.Order.operator),
        m.Order.operator,
    ).tuples()
    taken, total = 0, Decimal(0)
    for op, n, amount in orders:
        row = per_op.setdefault(
            op, {"calls_in": 0, "calls_out": 0, "orders_taken": 0, "orders_sum": Decimal(0)}
        )
        row["orders_taken"] = n
        amount = m.Order.total_amount.python_value(amount or 0)  # stored in minor units
        row["orders_sum"] = amount
        taken += n
        total += amount
    if isinstance(m.db_proxy.obj, PostgresqlDatabase):
        seconds = SQL("EXTRACT(EPOCH FROM (ended_at - started_at))")
    else:
        seconds = SQL("(julianday(ended_at) - julianday(started_at)) * 86400.0")
    talk_total, closed = scoped(
        m.Call.select(fn.SUM(seconds), fn.COUNT(m.Call.id)).where(
            m.Call.started_at >= lo, m.Call.started_at < hi, m.Call.ended_at.is_null(False)
        ),
        m.Call.operator,
    ).tuples()[0]
    talk_total = round(float(talk_total or 0))
    talk_avg = round(talk_total / closed) if closed else 0
    return DeskReport(
        start,
        end,
        operator_id,
        calls_in,
        calls_out,
        by_outcome,
        transfers,
        taken,
        total,
        talk_total,
        talk_avg,
        per_op,
    )
