"""Shift reports (D25, seed 004): calls in and out, outcomes, orders taken and their sum, call time,
transfers by reason, callbacks done and missed, sleeping clients called and reactivated, complaints;
per operator for the head; exported to CSV and XLSX (openpyxl)."""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path

from peewee import fn

from orderdesk_gui import clock
from orderdesk_gui.db import models as m
from orderdesk_gui.db.followups import to_datetime
from orderdesk_gui.domain import callbacks as callback_rules
from orderdesk_gui.domain import journal, sleeping
from orderdesk_gui.domain.entities import UserInfo
from orderdesk_gui.domain.journal import ShiftFigures, ShiftReport
from orderdesk_gui.domain.roles import Permission, has_permission
from orderdesk_gui.domain.states import NOT_PLACED
from orderdesk_gui.errors import CodedError
from orderdesk_gui.services.auth import PermissionDenied, actor

DRAFT_AGE = dt.timedelta(days=30)  # orders accepted in a period were started at most this long before
CALLBACK_GRACE = dt.timedelta(hours=1)  # a callback without a window end is missed an hour after its start

# English labels of the figures; the UI passes translated ones to the exports.
LABELS: dict[str, str] = {
    "calls_in": "Incoming calls",
    "calls_out": "Outgoing calls",
    "orders_taken": "Orders taken",
    "orders_sum": "Orders sum",
    "avg_call_s": "Average call, seconds",
    "callbacks_done": "Callbacks done",
    "callbacks_missed": "Callbacks missed",
    "sleeping_called": "Sleeping clients called",
    "sleeping_reactivated": "Sleeping clients reactivated",
    "complaints_registered": "Complaints registered",
    "outcome": "Outcome",
    "transfer": "Transferred",
    "figure": "Figure",
    "total": "Total",
    "hour": "Hour",
    "calls": "Calls",
    "period": "Period",
    "operator": "Operator",
    "desk": "Whole desk",
}
SCALARS = (
    "calls_in",
    "calls_out",
    "orders_taken",
    "orders_sum",
    "avg_call_s",
    "callbacks_done",
    "callbacks_missed",
    "sleeping_called",
    "sleeping_reactivated",
    "complaints_registered",
)


class ReportError(CodedError, ValueError):
    """A report that cannot be made (``report.*`` codes)."""


class _Acc:
    def __init__(self) -> None:
        self.c: Counter[str] = Counter()
        self.by_outcome: Counter[str] = Counter()
        self.transfers: Counter[str] = Counter()
        self.orders_sum = 0
        self.call_seconds = 0
        self.closed = 0
        self.sleeping_clients: dict[int, dt.datetime] = {}

    def figures(self, reactivated: int) -> ShiftFigures:
        return ShiftFigures(
            calls_in=self.c["in"],
            calls_out=self.c["out"],
            by_outcome=dict(sorted(self.by_outcome.items())),
            orders_taken=self.c["orders"],
            orders_sum=(Decimal(self.orders_sum) / 100).quantize(Decimal("0.01")),
            avg_call_s=round(self.call_seconds / self.closed, 1) if self.closed else 0.0,
            transfers_by_reason=dict(self.transfers.most_common()),
            callbacks_done=self.c["cb_done"],
            callbacks_missed=self.c["cb_missed"],
            sleeping_called=len(self.sleeping_clients),
            sleeping_reactivated=reactivated,
            complaints_registered=self.c["complaints"],
        )


def shift_report(
    user: UserInfo,
    start: dt.date,
    end: dt.date,
    operator_id: int | None = None,
    reactivation_days: int = 14,
) -> ShiftReport:
    """Figures of the local days ``start``..``end``: an operator sees only their own; a user with
    Permission.VIEW_REPORTS sees the whole desk with a line per operator, or one operator."""
    actor(user)  # signed in: a made-up UserInfo is refused
    if end < start:
        raise ReportError("report.period_reversed")
    if (end - start).days > 366:
        raise ReportError("report.period_too_long", days=366)
    if not has_permission(user.role, Permission.VIEW_REPORTS):
        if operator_id not in (None, user.id):
            raise PermissionDenied("report.own_figures_only", name=user.full_name)
        operator_id = user.id
    lo, hi = clock.day_bounds(start, end)
    policy = sleeping.SleepingPolicy(reactivation_days=reactivation_days)
    accs: dict[int, _Acc] = defaultdict(_Acc)
    total = _Acc()
    hours: Counter[int] = Counter()

    def both(op: int):
        return (accs[op], total)

    C = m.Call
    where = (C.started_at >= lo) & (C.started_at < hi)
    if operator_id is not None:
        where &= C.operator == operator_id
    query = C.select(
        C.operator, C.direction, C.outcome, C.started_at, C.ended_at, C.source, C.transfer_reason, C.client
    ).where(where)
    for op, direction, outcome, started, ended, source, reason, client in m.db_proxy.execute(
        query
    ).fetchall():
        started, ended = to_datetime(started), to_datetime(ended)
        hours[clock.to_local(started).hour] += 1
        for acc in both(op):
            acc.c["out" if direction == "out" else "in"] += 1
            if outcome:
                acc.by_outcome[outcome] += 1
            if ended is not None:
                acc.call_seconds += max(0, int((ended - started).total_seconds()))
                acc.closed += 1
            if outcome == journal.TRANSFERRED:
                acc.transfers[(reason or "").strip() or "—"] += 1
            if source == "sleeping" and client is not None:
                first = acc.sleeping_clients.get(client)
                if first is None or started < first:
                    acc.sleeping_clients[client] = started
    # orders accepted in the period, by the operator who took them
    Ord = m.Order
    owhere = (
        (Ord.created_at >= lo - DRAFT_AGE)  # the index; a draft is accepted within days
        & (Ord.accepted_at >= lo)
        & (Ord.accepted_at < hi)
        & Ord.status.not_in(NOT_PLACED)
    )
    if operator_id is not None:
        owhere &= Ord.operator == operator_id
    oq = (
        Ord.select(Ord.operator, fn.COUNT(Ord.id), fn.SUM(Ord.total_amount))
        .where(owhere)
        .group_by(Ord.operator)
    )
    for op, count, units in m.db_proxy.execute(oq).fetchall():
        for acc in both(op):
            acc.c["orders"] += count
            acc.orders_sum += int(units or 0)
    # complaints registered in the period
    K = m.Complaint
    kwhere = (K.created_at >= lo) & (K.created_at < hi)
    if operator_id is not None:
        kwhere &= K.created_by == operator_id
    kq = K.select(K.created_by, fn.COUNT(K.id)).where(kwhere).group_by(K.created_by)
    for op, count in m.db_proxy.execute(kq).fetchall():
        for acc in both(op):
            acc.c["complaints"] += count
    # callbacks done: requests that became done in the period (once each, however many calls),
    # for the operator of the call that reached the client
    R = m.CallbackRequest
    dq = R.select(R.id).where((R.status == callback_rules.DONE) & (R.done_at >= lo) & (R.done_at < hi))
    done_ids = [rid for (rid,) in m.db_proxy.execute(dq).fetchall()]
    reached = _last_callers(done_ids, reached_only=True)
    for rid in done_ids:
        op = reached.get(rid)
        if operator_id is not None and op != operator_id:
            continue
        total.c["cb_done"] += 1
        if op is not None:
            accs[op].c["cb_done"] += 1
    # callbacks due in the period and not done in their window, for the operator who tried last
    rq = R.select(R.id, R.window_start, R.window_end, R.done_at, R.status).where(
        (R.window_start >= lo) & (R.window_start < hi) & (R.status != callback_rules.CANCELLED)
    )
    missed: list[int] = []
    now = clock.now_utc()
    for rid, w_start, w_end, done_at, status in m.db_proxy.execute(rq).fetchall():
        w_start, w_end, done_at = to_datetime(w_start), to_datetime(w_end), to_datetime(done_at)
        deadline = min(w_end or (w_start + CALLBACK_GRACE), hi)
        late = done_at is None or done_at > deadline
        if late and (status == callback_rules.ESCALATED or deadline <= now):
            missed.append(rid)
    tried = _last_callers(missed)
    for rid in missed:
        op = tried.get(rid)
        if operator_id is not None and op != operator_id:
            continue
        total.c["cb_missed"] += 1
        if op is not None:
            accs[op].c["cb_missed"] += 1
    # reactivated: an accepted order within the window after the first sleeping call, once a client
    reactivated = _reactivated(total.sleeping_clients, policy)
    per_operator: tuple[tuple[str, ShiftFigures], ...] = ()
    names = dict(m.User.select(m.User.id, m.User.full_name).where(m.User.id.in_(list(accs) or [0])).tuples())
    if operator_id is None and has_permission(user.role, Permission.VIEW_REPORTS):
        per_operator = tuple(
            sorted(
                (
                    (
                        names.get(op, str(op)),
                        acc.figures(sum(1 for c in acc.sleeping_clients if c in reactivated)),
                    )
                    for op, acc in accs.items()
                ),
                key=lambda pair: pair[0],
            )
        )
    operator_name = ""
    if operator_id is not None:
        operator_name = (
            names.get(operator_id)
            or m.User.select(m.User.full_name).where(m.User.id == operator_id).scalar()
            or ""
        )
    return ShiftReport(
        start=start,
        end=end,
        operator_name=operator_name,
        total=total.figures(len(reactivated)),
        per_operator=per_operator,
        calls_by_hour=tuple(sorted(hours.items())),
    )


def _last_callers(request_ids: list[int], reached_only: bool = False) -> dict[int, int]:
    """Callback request id -> the operator of its latest call (with ``reached_only``, the latest
    call that reached the client: not no answer or busy)."""
    C = m.Call
    latest: dict[int, tuple[dt.datetime, int, int]] = {}
    for i in range(0, len(request_ids), 900):
        where = C.callback.in_(request_ids[i : i + 900])
        if reached_only:
            where &= C.outcome.not_in(tuple(sorted(journal.FAILED_ATTEMPT_OUTCOMES))) & (C.outcome != "")
        query = C.select(C.callback, C.started_at, C.id, C.operator).where(where)
        for rid, started, call_id, op in m.db_proxy.execute(query).fetchall():
            key = (to_datetime(started), call_id, op)
            if rid not in latest or key[:2] > latest[rid][:2]:
                latest[rid] = key
    return {rid: key[2] for rid, key in latest.items()}


def _reactivated(first_calls: Mapping[int, dt.datetime], policy: sleeping.SleepingPolicy) -> set[int]:
    if not first_calls:
        return set()
    earliest = min(first_calls.values())
    Ord = m.Order
    found: dict[int, dt.date] = {}
    clients = list(first_calls)
    for i in range(0, len(clients), 900):
        part = clients[i : i + 900]
        query = Ord.select(Ord.client, Ord.created_at).where(
            Ord.client.in_(part) & (Ord.created_at >= earliest) & Ord.status.not_in(NOT_PLACED)
        )
        for cid, created in m.db_proxy.execute(query).fetchall():
            created = to_datetime(created)
            if created >= first_calls[cid]:
                day = created.date()
                if cid not in found or day < found[cid]:
                    found[cid] = day
    return {
        cid
        for cid, called in first_calls.items()
        if sleeping.is_reactivated(called.date(), found.get(cid), policy)
    }


# --- exports ---------------------------------------------------------------------------------


def _value(figures: ShiftFigures, key: str):
    value = getattr(figures, key)
    return value


def table(report: ShiftReport, labels: Mapping[str, str] | None = None) -> list[list]:
    """The report as rows: a header, one row per figure, outcome and transfer reason; one column for
    the desk (or the operator) and one per operator in the head's view. ``labels`` may word a
    transfer reason under ``"reason:" + reason``."""
    lab = {**LABELS, **(labels or {})}
    columns = [(report.operator_name or lab["desk"], report.total)] + list(report.per_operator)
    rows: list[list] = [[lab["figure"]] + [name for name, _f in columns]]
    for key in SCALARS:
        rows.append([lab[key]] + [_value(f, key) for _n, f in columns])
    outcomes = sorted(
        {o for _n, f in columns for o in f.by_outcome}, key=lambda o: (o not in journal.OUTCOMES, o)
    )
    for outcome in outcomes:
        rows.append(
            [f"{lab['outcome']}: {lab.get(outcome, outcome)}"]
            + [f.by_outcome.get(outcome, 0) for _n, f in columns]
        )
    reasons = sorted({r for _n, f in columns for r in f.transfers_by_reason})
    for reason in reasons:
        rows.append(
            [f"{lab['transfer']}: {lab.get('reason:' + reason) or plain_reason(reason)}"]
            + [f.transfers_by_reason.get(reason, 0) for _n, f in columns]
        )
    return rows


_REFERENCES = re.compile(r"\s*\(D\d+(?:,\s*D\d+)*\)")


def plain_reason(reason: str) -> str:
    """A transfer reason as people read it: without the design references the seeded routing
    rules carry ("... (D4)")."""
    return _REFERENCES.sub("", reason or "").strip()


def _period(report: ShiftReport) -> str:
    if report.start == report.end:
        return report.start.isoformat()
    return f"{report.start.isoformat()} – {report.end.isoformat()}"


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # a text cell starting so is a formula in Excel


def _csv_cell(value):
    if isinstance(value, Decimal | float):
        return str(value).replace(".", ",")
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value  # shown as text, never run (names and reasons are typed by people)
    return value


def export_csv(report: ShiftReport, path: str | Path, labels: Mapping[str, str] | None = None) -> None:
    """Semicolon CSV in UTF-8 with a BOM (opens as columns in Excel with Russian settings)."""
    lab = {**LABELS, **(labels or {})}
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh, delimiter=";")
        out.writerow([_csv_cell(lab["period"]), _period(report)])
        out.writerow([])
        for row in table(report, labels):
            out.writerow([_csv_cell(v) for v in row])
        out.writerow([])
        out.writerow([_csv_cell(lab["hour"]), _csv_cell(lab["calls"])])
        for hour, calls in report.calls_by_hour:
            out.writerow([f"{hour:02d}:00", calls])
    tmp.replace(path)


def _plain_text(cells) -> None:
    """openpyxl takes a text starting with "=" for a formula: store such cells as text."""
    for cell in cells:
        if isinstance(cell.value, str) and cell.value.startswith(FORMULA_START):
            cell.data_type = "s"


def export_xlsx(report: ShiftReport, path: str | Path, labels: Mapping[str, str] | None = None) -> None:
    """An Excel workbook: the figures sheet and the calls-by-hour sheet."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    lab = {**LABELS, **(labels or {})}
    book = Workbook()
    sheet = book.active
    sheet.title = lab["figure"][:31]
    sheet.append([lab["period"], _period(report)])
    _plain_text(sheet[sheet.max_row])
    sheet.append([])
    rows = table(report, labels)
    for n, row in enumerate(rows):
        sheet.append([float(v) if isinstance(v, Decimal) else v for v in row])
        _plain_text(sheet[sheet.max_row])
        if n == 0:
            for cell in sheet[sheet.max_row]:
                cell.font = Font(bold=True)
    money_row = 3 + SCALARS.index("orders_sum")
    for cell in sheet[money_row + 1][1:]:
        cell.number_format = "#,##0.00"
    sheet.column_dimensions["A"].width = max(30, max(len(str(r[0])) for r in rows) + 2)
    for index in range(2, len(rows[0]) + 1):
        sheet.column_dimensions[sheet.cell(row=3, column=index).column_letter].width = 18
    hours = book.create_sheet(lab["calls"][:31])
    hours.append([lab["hour"], lab["calls"]])
    _plain_text(hours[1])
    for cell in hours[1]:
        cell.font = Font(bold=True)
    for hour, calls in report.calls_by_hour:
        hours.append([f"{hour:02d}:00", calls])
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    book.save(tmp)
    tmp.replace(path)
