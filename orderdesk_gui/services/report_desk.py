"""Desk reports for the contact-centre manager (issue 16 part 7): for a day, a week, a month or any period,
by operator and for the whole desk.

One read function, ``desk_report``, returns every section, each counted by a few SQL aggregates (never
row by row): calls in and out by hour, day and outcome, talk time, callbacks answered and missed, orders
and their sum, offers made and accepted and the sum the accepted ones added, transfers by reason, calls
stopped at the debt gate and overrides, sleeping clients called and reactivated, task calls done,
complaints by category with the time to resolve, and operator hours (signed in, on calls, away) per day
from the sign-in records (``desk_session``) and the presence changes in the audit.

Days and hours are the office's (``clock``): a call is put on its local day and hour by the zone's offset
at the period's start (Kazakhstan keeps one offset all year; elsewhere an hour around a clock change
may land on its neighbour).

Rights: ``view_reports`` (heads of sales, finance, administrators) reads the whole desk, as the shift report
and the live board do; an operator is refused.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from dataclasses import dataclass, field, fields
from decimal import Decimal
from itertools import chain

from peewee import SQL, fn

from orderdesk_gui import clock
from orderdesk_gui.db import models as m
from orderdesk_gui.domain import journal as j
from orderdesk_gui.domain.callbacks import CANCELLED, DONE, ESCALATED, OPEN
from orderdesk_gui.domain.entities import UserInfo
from orderdesk_gui.domain.roles import Permission, Role
from orderdesk_gui.domain.sleeping import SleepingPolicy
from orderdesk_gui.domain.states import PLACED, ComplaintStatus, TaskItemStatus
from orderdesk_gui.services import report_days
from orderdesk_gui.services.auth import require
from orderdesk_gui.services.desk_sessions import LAPSE_S
from orderdesk_gui.services.reports import ReportError
from orderdesk_gui.services.rhythm import to_date

MAX_DAYS = 366 * 3  # three years at most in one report
GATE_CLOSED = "gate_closed"  # the audit action of a call stopped at the debt gate (services/debt_gate.py)
AWAY_STATES = ("away", "absent")  # presence that is not taking calls


@dataclass
class OperatorFigures:
    """One operator's figures for the period (or the desk's, summed)."""

    operator_id: int | None = None
    name: str = ""
    calls_in: int = 0
    calls_out: int = 0
    talk_s: int = 0  # closed calls
    closed_calls: int = 0
    orders: int = 0
    orders_sum: Decimal = Decimal(0)
    offers_made: int = 0
    offers_accepted: int = 0
    offers_added: Decimal = Decimal(0)  # the lines that accepted offers put in the orders
    transfers: int = 0
    callback_calls: int = 0
    callbacks_reached: int = 0
    gate_blocked: int = 0
    overrides: int = 0
    overrides_sum: Decimal = Decimal(0)  # the amounts approved
    sleeping_called: int = 0
    sleeping_reactivated: int = 0
    task_calls_done: int = 0
    complaints_filed: int = 0
    signed_in_s: int = 0
    on_calls_s: int = 0
    away_s: int = 0

    @property
    def talk_avg_s(self) -> int:
        return round(self.talk_s / self.closed_calls) if self.closed_calls else 0

    def add(self, other: OperatorFigures) -> None:
        for f in fields(self):
            if f.name not in ("operator_id", "name"):
                setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))


@dataclass(frozen=True)
class HoursRow:
    """An operator's time on one local day (or month: ``day`` is its first day)."""

    operator_id: int
    day: dt.date
    signed_in_s: int
    on_calls_s: int
    away_s: int


@dataclass(frozen=True)
class ComplaintRow:
    category: str
    filed: int
    resolved: int
    resolve_avg_h: float | None  # hours from filed to resolved, of those resolved


@dataclass
class DeskReport:
    start: dt.date
    end: dt.date
    operator_id: int | None
    operators: list[OperatorFigures] = field(default_factory=list)
    total: OperatorFigures = field(default_factory=OperatorFigures)
    by_hour: list[tuple[int, int, int]] = field(default_factory=list)  # (local hour, in, out), 24 rows
    by_day: list[tuple[dt.date, int, int, int, Decimal]] = field(default_factory=list)  # in, out, orders, sum
    by_outcome: dict[str, int] = field(default_factory=dict)
    transfers_by_reason: dict[str, int] = field(default_factory=dict)
    callbacks: dict[str, int] = field(default_factory=dict)  # requested, answered, late, escalated, open...
    complaints: list[ComplaintRow] = field(default_factory=list)
    hours_by_day: list[HoursRow] = field(default_factory=list)
    hours_by_month: list[HoursRow] = field(default_factory=list)

    # the totals under the names the first slice had (exports and callers read them)
    @property
    def calls_in(self) -> int:
        return self.total.calls_in

    @property
    def calls_out(self) -> int:
        return self.total.calls_out

    @property
    def orders_taken(self) -> int:
        return self.total.orders

    @property
    def orders_sum(self) -> Decimal:
        return self.total.orders_sum

    @property
    def talk_s_total(self) -> int:
        return self.total.talk_s

    @property
    def talk_s_avg(self) -> int:
        return self.total.talk_avg_s


class _Local(report_days.Days):
    """The office's days cut by its UTC offset at the period's start, as the summaries are."""

    def __init__(self, start: dt.date) -> None:
        super().__init__(report_days.Days.at(start).offset)

    def rare(self, condition):
        """``condition``, marked as true of few rows for SQLite's planner (which otherwise reads every
        order of the period by date and keeps the few it wants); PostgreSQL's statistics know it."""
        return condition if self.pg else fn.likelihood(condition, SQL("0.001"))


def people(user: UserInfo) -> list[tuple[int, str]]:
    """The people whose figures ``user`` may read (to choose one), by name; refused like the report."""
    require(user, Permission.VIEW_REPORTS)
    query = m.User.select(m.User.id, m.User.full_name).where(
        m.User.active == True,  # noqa: E712
        m.User.role.in_([Role.OPERATOR.value, Role.MANAGER.value, Role.SALES_HEAD.value]),
    )
    return sorted(query.tuples(), key=lambda r: r[1].casefold())


def desk_report(
    user: UserInfo,
    start: dt.date,
    end: dt.date,
    operator_id: int | None = None,
    policy: SleepingPolicy | None = None,
) -> DeskReport:
    """Every figure of the desk report for the office days ``start`` .. ``end``; ``operator_id``: one
    operator only. ``policy``: how long after a call a sleeping client's order counts as reactivated."""
    # ``view_reports`` (heads of sales, finance, administrators) reads the whole desk, as the shift
    # report and the live board do
    require(user, Permission.VIEW_REPORTS)
    if not isinstance(start, dt.date) or not isinstance(end, dt.date):
        raise ReportError("report.period_reversed")
    if end < start:
        raise ReportError("report.period_reversed")
    if (end - start).days >= MAX_DAYS:
        raise ReportError("report.period_too_long", days=MAX_DAYS)
    scope = None if operator_id is None else [operator_id]  # None: everyone
    policy = policy or SleepingPolicy()
    lo, hi = clock.day_bounds(start, end)
    local = _Local(start)
    report = DeskReport(start, end, operator_id)
    ops: dict[int, OperatorFigures] = {}

    def op(op_id: int) -> OperatorFigures:
        if op_id not in ops:
            ops[op_id] = OperatorFigures(op_id)
        return ops[op_id]

    def within(query, column, owner):
        query = query.where(column >= lo, column < hi)
        return query if scope is None else query.where(owner.in_(scope))

    on_calls = _calls_and_orders(report, op, scope, local, start, end)
    # overrides of the debt gate (orders started over red debt) and calls stopped there
    Od = m.Order
    for op_id, n, units in within(
        Od.select(Od.operator, fn.COUNT(Od.id), fn.SUM(Od.debt_override_amount))
        .where(local.rare(Od.debt_override_by.is_null(False)))  # the few overridden orders, by their index
        .group_by(Od.operator),
        Od.created_at,
        Od.operator,
    ).tuples():
        op(op_id).overrides += n
        op(op_id).overrides_sum += Od.debt_override_amount.python_value(units or 0)
    A = m.AuditEvent
    for op_id, n in within(
        A.select(A.user, fn.COUNT(fn.DISTINCT(A.entity.concat(":").concat(A.entity_id))))
        .where(A.action == GATE_CLOSED, A.user.is_null(False))
        .group_by(A.user),
        A.at,
        A.user,
    ).tuples():
        op(op_id).gate_blocked += n
    _reactivated(report, op, within, policy, local)
    # task items finished (a call reached the client: done, or refused with a reason), complaints filed
    T = m.OutboundTaskItem
    for op_id, n in within(
        T.select(T.operator, fn.COUNT(T.id)).where(T.status == TaskItemStatus.DONE).group_by(T.operator),
        T.done_at,
        T.operator,
    ).tuples():
        if op_id is not None:
            op(op_id).task_calls_done += n
    Cm = m.Complaint
    for op_id, n in within(
        Cm.select(Cm.created_by, fn.COUNT(Cm.id)).group_by(Cm.created_by), Cm.created_at, Cm.created_by
    ).tuples():
        op(op_id).complaints_filed += n
    _complaints(report, within)
    _callbacks(report, lo, hi)
    _hours(report, op, scope, lo, hi, on_calls, local)
    names = dict(m.User.select(m.User.id, m.User.full_name).where(m.User.id.in_(list(ops) or [0])).tuples())
    for op_id, row in ops.items():
        row.name = names.get(op_id, "")
        report.total.add(row)
    report.operators = sorted(ops.values(), key=lambda r: (r.name.casefold(), r.operator_id or 0))
    return report


def _calls_and_orders(
    report: DeskReport, op, scope, local: _Local, start: dt.date, end: dt.date
) -> dict[tuple[int, dt.date], int]:
    """The calls and orders of the period, the big part: the settled days from their summaries
    (``report_days``), the other days from the rows, in the same shapes, added up. Returns the talk time
    per operator and local day (for the operator hours)."""
    summed = report_days.summarised(local, start, end)
    ranges = local.ranges(d for d in report_days.days_of(start, end) if d not in summed)
    C, Od = m.Call, m.Order
    R, H, S = m.ReportCallDay, m.ReportCallHour, m.ReportOrderDay

    def rows(query, column, owner):
        """``query`` over the days not summed (nothing when every day is)."""
        if not ranges:
            return []
        query = query.where(report_days.within(column, ranges))
        return (query if scope is None else query.where(owner.in_(scope))).tuples()

    def sums(model, query):
        """``query`` over the summaries of the period's summed days."""
        if not summed:
            return []
        # only the days found summed: a day another desk sums meanwhile is read from the rows, once
        query = query.where(model.utc_offset == local.offset, report_days.on_days(model.day, summed))
        return (query if scope is None else query.where(model.operator_id.in_(scope))).tuples()

    # calls by operator, direction, outcome and source: counts and talk time
    talk = local.millis(C.started_at, C.ended_at)
    by_kind = chain(
        rows(
            C.select(
                C.operator,
                C.direction,
                C.outcome,
                C.source,
                fn.COUNT(C.id),
                fn.COUNT(C.ended_at),
                fn.SUM(talk),
            ).group_by(C.operator, C.direction, C.outcome, C.source),
            C.started_at,
            C.operator,
        ),
        sums(
            R,
            R.select(
                R.operator_id,
                R.direction,
                R.outcome,
                R.source,
                fn.SUM(R.calls),
                fn.SUM(R.calls),
                fn.SUM(R.talk_ms),
            ).group_by(R.operator_id, R.direction, R.outcome, R.source),
        ),
    )
    talked: dict[int, int] = defaultdict(int)  # milliseconds
    for op_id, direction, outcome, source, n, closed, millis in by_kind:
        row = op(op_id)
        if direction == "in":
            row.calls_in += n
        else:
            row.calls_out += n
        row.closed_calls += closed
        talked[op_id] += int(millis or 0)
        report.by_outcome[outcome or ""] = report.by_outcome.get(outcome or "", 0) + n
        if outcome == j.TRANSFERRED:
            row.transfers += n
        if source == "callback":
            row.callback_calls += n
            if outcome not in j.FAILED_ATTEMPT_OUTCOMES and outcome:
                row.callbacks_reached += n
        elif source == "sleeping":
            row.sleeping_called += n
    for op_id, millis in talked.items():
        op(op_id).talk_s += round(millis / 1000)
    # calls by local day and hour (the charts)
    days: dict[dt.date, list] = {}
    hours = [[h, 0, 0] for h in range(24)]
    day_col, hour_col = local.day(C.started_at), local.hour(C.started_at)
    by_hour = chain(
        rows(
            C.select(day_col, hour_col, C.direction, fn.COUNT(C.id)).group_by(day_col, hour_col, C.direction),
            C.started_at,
            C.operator,
        ),
        sums(H, H.select(H.day, H.hour, H.direction, fn.SUM(H.calls)).group_by(H.day, H.hour, H.direction)),
    )
    for day, hour, direction, n in by_hour:
        day = to_date(day)
        row = days.setdefault(day, [day, 0, 0, 0, Decimal(0)])
        col = 1 if direction == "in" else 2
        row[col] += n
        hours[int(hour) % 24][col] += n
    report.by_hour = [tuple(h) for h in hours]
    # talk time per operator and local day (operator hours)
    on_calls: dict[tuple[int, dt.date], int] = defaultdict(int)  # milliseconds
    for op_id, day, millis in chain(
        rows(
            C.select(C.operator, day_col, fn.SUM(talk))
            .where(C.ended_at.is_null(False))
            .group_by(C.operator, day_col),
            C.started_at,
            C.operator,
        ),
        sums(R, R.select(R.operator_id, R.day, fn.SUM(R.talk_ms)).group_by(R.operator_id, R.day)),
    ):
        on_calls[(op_id, to_date(day))] += int(millis or 0)
    transfers: dict[str, int] = defaultdict(int)
    for reason, n in chain(
        rows(
            C.select(C.transfer_reason, fn.COUNT(C.id))
            .where(C.transferred_to.is_null(False))
            .group_by(C.transfer_reason),
            C.started_at,
            C.operator,
        ),
        sums(
            R,
            R.select(R.transfer_reason, fn.SUM(R.calls))
            .where(R.transfer_reason.is_null(False))
            .group_by(R.transfer_reason),
        ),
    ):
        transfers[reason or ""] += n
    report.transfers_by_reason = dict(transfers)
    # orders accepted in the period, by local day and operator, with their offers
    by_order = chain(
        rows(report_days.order_sums(local), Od.accepted_at, Od.operator),
        sums(
            S,
            S.select(
                S.day,
                S.operator_id,
                fn.SUM(S.orders),
                fn.SUM(S.amount),
                fn.SUM(S.offers_made),
                fn.SUM(S.offers_accepted),
                fn.SUM(S.offers_added),
            ).group_by(S.day, S.operator_id),
        ),
    )
    for day, op_id, n, units, made, taken, added in by_order:
        amount = Od.total_amount.python_value(units or 0)
        row = op(op_id)
        row.orders += n
        row.orders_sum += amount
        row.offers_made += int(made or 0)
        row.offers_accepted += int(taken or 0)
        row.offers_added += Od.offers_added.python_value(added or 0)
        d = days.setdefault(to_date(day), [to_date(day), 0, 0, 0, Decimal(0)])
        d[3] += n
        d[4] += amount
    report.by_day = [tuple(days[d]) for d in sorted(days)]
    return {key: round(millis / 1000) for key, millis in on_calls.items()}


def _reactivated(report: DeskReport, op, within, policy: SleepingPolicy, local: _Local) -> None:
    """Sleeping clients called in the period who ordered within ``reactivation_days`` of the call: one
    query, each call's client looked up in its orders by the (client, created) index."""
    C, Od = m.Call, m.Order
    if local.pg:
        until = C.started_at + SQL(f"interval '{int(policy.reactivation_days)} days'")
    else:
        until = fn.datetime(C.started_at, SQL(f"'+{int(policy.reactivation_days)} days'"))
    ordered = Od.select(Od.id).where(
        (Od.client == C.client)
        & Od.status.in_(PLACED)
        & (Od.created_at >= C.started_at)
        & (Od.created_at < until)
    )
    for op_id, n in within(
        C.select(C.operator, fn.COUNT(fn.DISTINCT(C.client)))
        .where(C.source == "sleeping", C.client.is_null(False), fn.EXISTS(ordered))
        .group_by(C.operator),
        C.started_at,
        C.operator,
    ).tuples():
        op(op_id).sleeping_reactivated += n


def _complaints(report: DeskReport, within) -> None:
    Cm = m.Complaint
    rows: dict[str, list] = {}
    for category, created, resolved, status in within(
        Cm.select(Cm.category, Cm.created_at, Cm.resolved_at, Cm.status), Cm.created_at, Cm.created_by
    ).tuples():
        row = rows.setdefault(category or "", [0, 0, 0.0])
        row[0] += 1
        if status == ComplaintStatus.RESOLVED and resolved is not None:
            row[1] += 1
            row[2] += (resolved - created).total_seconds() / 3600
    report.complaints = [
        ComplaintRow(cat, n, done, round(hours / done, 1) if done else None)
        for cat, (n, done, hours) in sorted(rows.items(), key=lambda kv: (-kv[1][0], kv[0]))
    ]


def _callbacks(report: DeskReport, lo: dt.datetime, hi: dt.datetime) -> None:
    """Call-me-back requests due in the period: answered (and how many after their window), escalated to
    a head, still open, cancelled. They belong to the desk, not to one operator."""
    CB = m.CallbackRequest
    counts = {"requested": 0, "answered": 0, "answered_late": 0, "escalated": 0, "open": 0, "cancelled": 0}
    late = CB.done_at > fn.COALESCE(CB.window_end, CB.window_start)
    for status, is_late, n in (
        CB.select(CB.status, late, fn.COUNT(CB.id))
        .where(CB.window_start >= lo, CB.window_start < hi)
        .group_by(CB.status, late)
        .tuples()
    ):
        counts["requested"] += n
        if status == DONE:
            counts["answered"] += n
            if is_late:
                counts["answered_late"] += n
        elif status == ESCALATED:
            counts["escalated"] += n
        elif status == OPEN:
            counts["open"] += n
        elif status == CANCELLED:
            counts["cancelled"] += n
    report.callbacks = counts


def _clip(
    first: dt.datetime, last: dt.datetime, lo: dt.datetime, hi: dt.datetime
) -> tuple[dt.datetime, dt.datetime]:
    return max(first, lo), min(last, hi)


def _by_local_day(first: dt.datetime, last: dt.datetime, offset: dt.timedelta) -> list[tuple[dt.date, int]]:
    """Seconds of the UTC interval ``first``..``last`` on each office day."""
    out = []
    a, b = first + offset, last + offset
    while a < b:
        midnight = dt.datetime.combine(a.date() + dt.timedelta(days=1), dt.time())
        cut = min(b, midnight)
        out.append((a.date(), int((cut - a).total_seconds())))
        a = cut
    return out


def _hours(report: DeskReport, op, scope, lo, hi, on_calls, local: _Local) -> None:
    """Signed in (the desk sessions, up to sign-out or the last heartbeat), away (presence away or
    absent while signed in) and on calls, per operator and office day, then per month."""
    D = m.DeskSession
    sessions = D.select(D.user, D.signed_in_at, D.seen_at, D.signed_out_at).where(
        D.signed_in_at < hi, fn.COALESCE(D.signed_out_at, D.seen_at) >= lo
    )
    if scope is not None:
        sessions = sessions.where(D.user.in_(scope))
    spans: dict[int, list[tuple[dt.datetime, dt.datetime]]] = defaultdict(list)
    for user_id, signed_in, seen, signed_out in sessions.tuples():
        last = signed_out or seen + dt.timedelta(seconds=min(LAPSE_S, 30))  # alive until the next beat
        a, b = _clip(signed_in, last, lo, hi)
        if a < b:
            spans[user_id].append((a, b))
    away = _away_spans(list(spans), lo, hi)
    offset = dt.timedelta(seconds=local.offset)
    table: dict[tuple[int, dt.date], list[int]] = defaultdict(lambda: [0, 0, 0])
    for user_id, intervals in spans.items():
        for a, b in _merged(intervals):
            for day, seconds in _by_local_day(a, b, offset):
                table[(user_id, day)][0] += seconds
            for x, y in away.get(user_id, ()):
                p, q = max(a, x), min(b, y)
                if p < q:
                    for day, seconds in _by_local_day(p, q, offset):
                        table[(user_id, day)][2] += seconds
    for key, seconds in on_calls.items():
        table[key][1] += seconds
    rows = [HoursRow(u, d, *v) for (u, d), v in sorted(table.items(), key=lambda kv: (kv[0][1], kv[0][0]))]
    report.hours_by_day = rows
    months: dict[tuple[int, dt.date], list[int]] = defaultdict(lambda: [0, 0, 0])
    for r in rows:
        row = months[(r.operator_id, r.day.replace(day=1))]
        row[0] += r.signed_in_s
        row[1] += r.on_calls_s
        row[2] += r.away_s
        fig = op(r.operator_id)
        fig.signed_in_s += r.signed_in_s
        fig.on_calls_s += r.on_calls_s
        fig.away_s += r.away_s
    report.hours_by_month = [
        HoursRow(u, d, *v) for (u, d), v in sorted(months.items(), key=lambda kv: (kv[0][1], kv[0][0]))
    ]


def _merged(intervals: list[tuple[dt.datetime, dt.datetime]]) -> list[tuple[dt.datetime, dt.datetime]]:
    """Overlapping intervals (two desks at once) counted once."""
    out: list[list[dt.datetime]] = []
    for a, b in sorted(intervals):
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return [(a, b) for a, b in out]


def _away_spans(
    users: list[int], lo: dt.datetime, hi: dt.datetime
) -> dict[int, list[tuple[dt.datetime, dt.datetime]]]:
    """When each user was away or absent between ``lo`` and ``hi``, from the presence changes audited
    (``presence_changed``: the target user as entity, old and new presence); the presence before ``lo``
    is the last change before it."""
    if not users:
        return {}
    A = m.AuditEvent
    ids = [str(u) for u in users]
    changes: dict[int, list[tuple[dt.datetime, str]]] = defaultdict(list)
    before = (
        A.select(A.entity_id, fn.MAX(A.at))
        .where(A.action == "presence_changed", A.entity == "user", A.entity_id.in_(ids), A.at < lo)
        .group_by(A.entity_id)
    )
    last_before = {int(e): at for e, at in before.tuples()}
    query = A.select(A.entity_id, A.at, A.details).where(
        A.action == "presence_changed", A.entity == "user", A.entity_id.in_(ids), A.at < hi
    )
    starts = [at for at in last_before.values()]
    query = query.where((A.at >= lo) | (A.at.in_(starts) if starts else SQL("1=0")))
    for entity_id, at, details in query.order_by(A.at).tuples():
        try:
            new = (json.loads(details or "{}").get("new") or {}).get("presence", "")
        except (ValueError, AttributeError):
            new = ""
        user_id = int(entity_id)
        if at < lo and last_before.get(user_id) != at:
            continue
        changes[user_id].append((max(at, lo), new))
    out: dict[int, list[tuple[dt.datetime, dt.datetime]]] = {}
    for user_id, seq in changes.items():
        spans = []
        for i, (at, state) in enumerate(seq):
            if state in AWAY_STATES:
                end = seq[i + 1][0] if i + 1 < len(seq) else hi
                if at < end:
                    spans.append((at, end))
        out[user_id] = spans
    return out
