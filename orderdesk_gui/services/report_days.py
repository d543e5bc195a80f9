"""Summaries of settled office days for the desk reports (issue 16 part 7; tables of migration 0023).

A report of a year on the 100k office read 2.4 million orders and 650,000 calls every time it opened. A
day that is over cannot change any more, once no call of it is still open:

- an order is accepted at the clock's now, and an accepted order keeps its operator, sum and offers for
  ever (only drafts are cancelled; invoicing and export do not touch what the report counts);
- a call starts at the clock's now, and a closed call keeps its outcome, talk time and transfer (an order
  completed later takes the outcome only of a call still open);

so its calls and orders are summed once, by operator and by what the report groups by, and kept by the
UTC offset the office's days were cut by. A report then reads the summaries of its settled days and the
rows of the other days (today, a day with a call still open, a day not yet summed), in the same shape.

"Settled" is by the one clock: a day is settled ``SETTLE`` after its end, so a transaction that stamped
a row just before midnight has committed (and desks' clocks may differ by a few minutes). A clock moved
back (a training database opened on an earlier day) lets new rows land in summed days: starting a call
and accepting an order call ``landed``, which drops the summaries of the day they land in. Bulk writers
that put rows into the past (the benchmark's fill) call ``forget``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import reduce

from peewee import SQL, Case, PostgresqlDatabase, fn

from orderdesk_gui import clock
from orderdesk_gui.db import models as m
from orderdesk_gui.domain.states import PLACED
from orderdesk_gui.services.rhythm import to_date

SETTLE = dt.timedelta(minutes=10)
_LOCK_KEY = 0x4F44_5244  # "ODRD": one summing at a time on a shared PostgreSQL
SUMMARIES = (m.ReportCallDay, m.ReportCallHour, m.ReportOrderDay)


class Days:
    """Local days cut by a fixed UTC offset (the office's at the report's start), and SQL for them."""

    def __init__(self, offset_s: int) -> None:
        self.offset = int(offset_s)
        self.pg = isinstance(m.db_proxy.obj, PostgresqlDatabase)

    @classmethod
    def at(cls, day: dt.date) -> Days:
        moment = clock.localize(dt.datetime.combine(day, dt.time(12)))
        offset = moment.utcoffset()
        return cls(int(offset.total_seconds()) if offset else 0)

    # -- Python -------------------------------------------------------------------------------------
    def start(self, day: dt.date) -> dt.datetime:
        """The first moment (naive UTC) of local ``day``."""
        return dt.datetime.combine(day, dt.time()) - dt.timedelta(seconds=self.offset)

    def bounds(self, first: dt.date, last: dt.date) -> tuple[dt.datetime, dt.datetime]:
        return self.start(first), self.start(last + dt.timedelta(days=1))

    def last_settled(self, now: dt.datetime) -> dt.date:
        """The latest local day that is over by ``SETTLE`` at ``now`` (naive UTC)."""
        return (now - SETTLE + dt.timedelta(seconds=self.offset)).date() - dt.timedelta(days=1)

    def ranges(self, days: Iterable[dt.date]) -> list[tuple[dt.datetime, dt.datetime]]:
        """UTC ``[start, end)`` of each run of consecutive days."""
        return [self.bounds(first, last) for first, last in runs(days)]

    # -- SQL ----------------------------------------------------------------------------------------
    def _shifted(self, column):
        return column + SQL(f"interval '{self.offset} seconds'")

    def day(self, column):
        # literals, not parameters: the same expression in SELECT and GROUP BY must be one to the server
        if self.pg:
            return fn.DATE(self._shifted(column))
        return fn.DATE(column, SQL(f"'{self.offset:+d} seconds'"))

    def hour(self, column):
        if self.pg:
            return fn.date_part(SQL("'hour'"), self._shifted(column)).cast("INTEGER")
        return fn.strftime(SQL("'%H'"), column, SQL(f"'{self.offset:+d} seconds'")).cast("INTEGER")

    def millis(self, first, last):
        """Whole milliseconds from ``first`` to ``last``, each row's rounded once: sums are then exact
        integers, the same whichever rows (days, groups) they are added over."""
        if self.pg:
            return fn.ROUND(fn.date_part(SQL("'epoch'"), last - first) * 1000).cast("BIGINT")
        return fn.ROUND((fn.julianday(last) - fn.julianday(first)) * 86400000.0).cast("INTEGER")


def days_of(first: dt.date, last: dt.date) -> list[dt.date]:
    """Every day from ``first`` to ``last`` (none when ``last`` is before ``first``)."""
    return [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]


def runs(days: Iterable[dt.date]) -> list[tuple[dt.date, dt.date]]:
    """Each run of consecutive days as (first, last)."""
    out: list[tuple[dt.date, dt.date]] = []
    for day in sorted(set(days)):
        if out and out[-1][1] + dt.timedelta(days=1) == day:
            out[-1] = (out[-1][0], day)
        else:
            out.append((day, day))
    return out


def on_days(column, days: Iterable[dt.date]):
    """``column`` (a day) on one of ``days`` (never empty: callers skip an empty set)."""
    return reduce(lambda a, b: a | b, [column.between(lo, hi) for lo, hi in runs(days)])


def landed() -> None:
    """Inside the transaction of a call started or an order accepted at the clock's now: when that
    moment's office day is already summed (the clock was moved back: a training database opened on an
    earlier day), its summaries go, so the row is counted. One small statement; in an office's normal
    running no summed day is ever today."""
    now = clock.now_utc()
    D = m.ReportDay
    for offset, last in D.select(D.utc_offset, fn.MAX(D.day)).group_by(D.utc_offset).tuples():
        today = (now + dt.timedelta(seconds=int(offset))).date()
        if to_date(last) >= today:
            _drop(int(offset), after=today - dt.timedelta(days=1))


def within(column, ranges: list[tuple[dt.datetime, dt.datetime]]):
    """``column`` in any of the UTC ``ranges`` (never empty: callers skip an empty list)."""
    return reduce(lambda a, b: a | b, [(column >= lo) & (column < hi) for lo, hi in ranges])


def summarised(days: Days, first: dt.date, last: dt.date) -> set[dt.date]:
    """The days of ``first`` .. ``last`` whose summaries the report may read: every settled day of them,
    summed now if it was not yet (one transaction; on PostgreSQL one desk at a time), except a day with a
    call still open."""
    settled_until = days.last_settled(clock.now_utc())
    D = m.ReportDay
    mine = D.utc_offset == days.offset
    wanted = set(days_of(first, min(last, settled_until)))
    if not wanted:
        return set()
    have = {to_date(d) for (d,) in D.select(D.day).where(mine, D.day.between(first, last)).tuples()}
    if wanted <= have:
        return have & wanted
    # one desk sums at a time, and sees what another summed while it waited: PostgreSQL's transaction
    # advisory lock; SQLite's write lock taken at BEGIN IMMEDIATE
    with m.db_proxy.atomic() if days.pg else m.db_proxy.atomic(lock_type="IMMEDIATE"):
        if days.pg:
            m.db_proxy.execute_sql("SELECT pg_advisory_xact_lock(%s)", (_LOCK_KEY,))
        have = {to_date(d) for (d,) in D.select(D.day).where(mine, D.day.between(first, last)).tuples()}
        missing = wanted - have
        if missing:
            have |= _sum(days, missing)
    return have & wanted


def prepare(back: int = 400) -> int:
    """Sum every settled day of the last ``back`` days not summed yet (``orderdesk reports sum``, a
    nightly task), so the first long report of the day reads summaries only; the days summed in all."""
    today = clock.today()
    return len(summarised(Days.at(today), today - dt.timedelta(days=back), today))


def _sum(days: Days, missing: set[dt.date]) -> set[dt.date]:
    """Sum the calls and orders of ``missing`` days (none summed yet) into the summaries; the days summed."""
    C, Od = m.Call, m.Order
    open_days = {
        to_date(d)
        for (d,) in C.select(days.day(C.started_at))
        .where(within(C.started_at, days.ranges(missing)), C.ended_at.is_null())
        .distinct()
        .tuples()
    }
    todo = missing - open_days
    if not todo:
        return set()
    ranges = days.ranges(todo)
    offset = SQL(str(days.offset))
    day = days.day(C.started_at)
    reason = Case(None, ((C.transferred_to.is_null(False), C.transfer_reason),), None)
    closed = C.ended_at.is_null(False) & within(C.started_at, ranges)
    R = m.ReportCallDay
    R.insert_from(
        C.select(
            offset,
            day,
            C.operator,
            C.direction,
            C.outcome,
            C.source,
            reason,
            fn.COUNT(C.id),
            fn.COALESCE(fn.SUM(days.millis(C.started_at, C.ended_at)), 0),
        )
        .where(closed)
        .group_by(day, C.operator, C.direction, C.outcome, C.source, reason),
        [R.utc_offset, R.day, R.operator_id, R.direction, R.outcome, R.source, R.transfer_reason]
        + [R.calls, R.talk_ms],
    ).execute()
    H = m.ReportCallHour
    hour = days.hour(C.started_at)
    H.insert_from(
        C.select(offset, day, C.operator, hour, C.direction, fn.COUNT(C.id))
        .where(closed)
        .group_by(day, C.operator, hour, C.direction),
        [H.utc_offset, H.day, H.operator_id, H.hour, H.direction, H.calls],
    ).execute()
    S = m.ReportOrderDay
    S.insert_from(
        order_sums(days, offset).where(within(Od.accepted_at, ranges)),
        [S.utc_offset, S.day, S.operator_id, S.orders, S.amount, S.offers_made, S.offers_accepted]
        + [S.offers_added],
    ).execute()
    now = clock.now_utc()
    m.ReportDay.insert_many(
        [{"utc_offset": days.offset, "day": d, "computed_at": now} for d in sorted(todo)]
    ).execute()
    return todo


def order_sums(days: Days, *lead):
    """Accepted orders by local day and operator: ``(*lead, day, operator, orders, amount, offers made,
    accepted, added)``, read from order_report_cover alone (the offers as the last save left them); the
    summaries are made of it and a report reads the days not summed with it."""
    Od = m.Order
    day = days.day(Od.accepted_at)
    return (
        Od.select(
            *lead,
            day,
            Od.operator,
            fn.COUNT(Od.id),
            fn.SUM(Od.total_amount),
            fn.SUM(Od.offers_made),
            fn.SUM(Od.offers_accepted),
            fn.SUM(Od.offers_added),
        )
        .where(Od.status.in_(PLACED))
        .group_by(day, Od.operator)
    )


def _drop(offset: int | None = None, after: dt.date | None = None) -> None:
    with m.db_proxy.atomic():
        for model in (*SUMMARIES, m.ReportDay):
            query = model.delete()
            if offset is not None:
                query = query.where(model.utc_offset == offset)
            if after is not None:
                query = query.where(model.day > after)
            query.execute()


def forget() -> None:
    """Drop every summary (a bulk writer put calls or orders into past days); the next report sums again."""
    _drop()
