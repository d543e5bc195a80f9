"""Summaries of settled days for the desk reports (``services/report_days``, migration 0023): a report read
from them equals the one read from the rows, on SQLite and PostgreSQL; today, a day with a call still
open and a day the clock came back into are read from the rows; two processes summing at once on the real
PostgreSQL and on one SQLite file sum each day once."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import subprocess
import sys
import textwrap
from decimal import Decimal

from peewee import fn

from orderdesk_gui import clock
from orderdesk_gui.db import models as m
from orderdesk_gui.domain import journal
from orderdesk_gui.domain.debt import DebtRules
from orderdesk_gui.services import auth, calls, debt_gate, ordering, report_days, report_desk
from orderdesk_gui.services.rhythm import to_date
from tests.conftest import signed_in
from tests.test_services_followups import _user, base  # noqa: F401  (fixture)

OUTCOMES = (journal.ORDER_TAKEN, journal.INFO_GIVEN, journal.TRANSFERRED, journal.NO_ANSWER, journal.BUSY)


def _at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    """Naive UTC of ``hour:minute`` office time on ``day``."""
    return clock.day_bounds(day)[0] + dt.timedelta(hours=hour, minutes=minute)


def _week(base, days: int = 8) -> None:  # noqa: F811
    """Calls and orders of both operators on each of the last ``days`` days and today, at every hour
    of the office day, some late in the evening (the local day is not the UTC day in Almaty)."""
    today = clock.today()
    for back in range(days + 1):
        day = today - dt.timedelta(days=back)
        for i, (hour, op) in enumerate(((9, base.op), (13, base.op2), (17, base.op), (23, base.op2))):
            start = _at(day, hour, 7 * back)
            if start >= clock.now_utc():
                continue
            outcome = OUTCOMES[(back + i) % len(OUTCOMES)]
            m.Call.create(
                operator=op.id,
                direction="out" if i % 3 == 2 else "in",
                outcome=outcome,
                source="callback" if i == 1 else ("sleeping" if i == 3 else ""),
                started_at=start,
                ended_at=start + dt.timedelta(seconds=45 + 13 * back + i),
                transferred_to=base.head.id if outcome == journal.TRANSFERRED else None,
                transfer_reason=f"причина {back % 2}" if outcome == journal.TRANSFERRED else "",
            )
            m.Order.create(
                client=base.c1.id,
                operator=op.id,
                status="accepted" if i != 2 else "draft",
                number=f"S{back}-{i}",
                created_at=start,
                accepted_at=start if i != 2 else None,
                total_amount=Decimal("100.01") * (back + 1) + i,
                offers_made=3,
                offers_accepted=i % 2,
                offers_added=Decimal("7.30") * (i % 2),
            )


def _from_rows(user, start, end, operator_id=None, monkeypatch=None):
    with monkeypatch.context() as patch:
        patch.setattr(report_days, "summarised", lambda *a: set())
        return report_desk.desk_report(user, start, end, operator_id)


def _as_rows(user, start, end, monkeypatch) -> dict:
    return dataclasses.asdict(_from_rows(user, start, end, monkeypatch=monkeypatch))


def _summed_days() -> set[dt.date]:
    query = m.ReportDay.select(m.ReportDay.day)
    return {to_date(d) for (d,) in query.tuples()}


def test_a_report_from_the_summaries_equals_the_one_from_the_rows(base, monkeypatch):  # noqa: F811
    _week(base)
    admin = signed_in(_user("root", "admin"))
    today = clock.today()
    start = today - dt.timedelta(days=8)
    rows = _from_rows(admin, start, today, monkeypatch=monkeypatch)
    assert not _summed_days()
    first = report_desk.desk_report(admin, start, today)  # sums the settled days
    assert _summed_days() == {start + dt.timedelta(days=i) for i in range(8)}  # not today
    again = report_desk.desk_report(admin, start, today)  # reads them
    assert dataclasses.asdict(first) == dataclasses.asdict(rows) == dataclasses.asdict(again)
    assert rows.total.calls_in + rows.total.calls_out > 30 and rows.total.orders > 20
    assert rows.transfers_by_reason and rows.total.offers_added > 0
    # one operator, and a period inside the summed days
    for op_id, first_day in ((base.op.id, start), (base.op2.id, start + dt.timedelta(days=3))):
        mine = report_desk.desk_report(admin, first_day, today - dt.timedelta(days=1), op_id)
        assert dataclasses.asdict(mine) == dataclasses.asdict(
            _from_rows(admin, first_day, today - dt.timedelta(days=1), op_id, monkeypatch)
        )
        assert {r.operator_id for r in mine.operators} == {op_id}
    # each day summed once, whatever was asked since
    days = [d for (d,) in m.ReportDay.select(m.ReportDay.day).tuples()]
    assert len(days) == len(set(days)) == 8


def test_today_and_a_day_with_a_call_still_open_are_read_from_the_rows(base, monkeypatch):  # noqa: F811
    _week(base, days=3)
    admin = signed_in(_user("root", "admin"))
    today = clock.today()
    yesterday = today - dt.timedelta(days=1)
    still_open = m.Call.create(operator=base.op.id, direction="in", started_at=_at(yesterday, 23, 50))
    start = today - dt.timedelta(days=3)
    before = report_desk.desk_report(admin, start, today)
    assert yesterday not in _summed_days() and start in _summed_days()
    assert dataclasses.asdict(before) == dataclasses.asdict(
        _from_rows(admin, start, today, monkeypatch=monkeypatch)
    )
    # the operator closes the call after midnight, and takes a call today
    calls.close_call(base.op, still_open.id, journal.INFO_GIVEN)
    m.Call.create(
        operator=base.op2.id,
        direction="out",
        outcome=journal.NO_ANSWER,
        started_at=clock.now_utc(),
        ended_at=clock.now_utc(),
    )
    after = report_desk.desk_report(admin, start, today)
    assert yesterday in _summed_days()  # closed now: summed with it
    assert after.total.calls_in == before.total.calls_in
    assert after.total.calls_out == before.total.calls_out + 1
    assert after.total.closed_calls == before.total.closed_calls + 2
    assert after.by_outcome[journal.INFO_GIVEN] == before.by_outcome.get(journal.INFO_GIVEN, 0) + 1
    assert dataclasses.asdict(after) == dataclasses.asdict(
        _from_rows(admin, start, today, monkeypatch=monkeypatch)
    )


def test_a_call_in_a_day_the_clock_came_back_to_drops_its_summary(base, test_clock, monkeypatch):  # noqa: F811
    """A training database opened on the day before, a call taken there, and no report opened while the
    clock is back: the call still counts once the clock is past that day again."""
    _week(base, days=3)
    admin = signed_in(_user("root", "admin"))
    today = clock.today()
    start = today - dt.timedelta(days=3)
    before = report_desk.desk_report(admin, start, today)
    assert today - dt.timedelta(days=1) in _summed_days()
    test_clock.advance(dt.timedelta(days=-1))
    call_id = calls.open_call(base.op, "", base.c2.id)  # through the service, as a desk starts a call
    calls.close_call(base.op, call_id, journal.INFO_GIVEN)
    assert today - dt.timedelta(days=1) not in _summed_days()
    assert today - dt.timedelta(days=2) in _summed_days()  # only the day it landed in
    test_clock.advance(dt.timedelta(days=1))
    report = report_desk.desk_report(admin, start, today)
    assert dataclasses.asdict(report) == _as_rows(admin, start, today, monkeypatch)
    assert report.total.calls_in == before.total.calls_in + 1


def test_an_order_accepted_in_a_day_the_clock_came_back_to_counts(demo_db, test_clock, monkeypatch):
    from tests.test_services_ordering import add, complete, green_client, offers_for, priced_products

    admin = auth.authenticate("admin", "demo")
    op = auth.authenticate("operator", "demo")
    today = clock.today()
    start = today - dt.timedelta(days=6)
    before = report_desk.desk_report(admin, start, today)
    yesterday = today - dt.timedelta(days=1)
    assert yesterday in _summed_days()
    test_clock.advance(dt.timedelta(days=-1))
    client = green_client()
    order_id = debt_gate.start_order(op, client.id, clock.today(), DebtRules())
    view = ordering.open_draft(order_id, clock.today())
    for pid in priced_products(2, view.price_column_id):
        add(view, pid, "2")
    version = ordering.save_draft(order_id, view.lines, offers_for(view, 1, 2), view.version)
    complete(op, order_id, client, version)
    assert yesterday not in _summed_days()
    test_clock.advance(dt.timedelta(days=1))
    report = report_desk.desk_report(admin, start, today)
    assert report.total.orders == before.total.orders + 1
    assert dataclasses.asdict(report) == _as_rows(admin, start, today, monkeypatch)


def test_a_day_summed_by_another_desk_meanwhile_is_read_once(base, monkeypatch):  # noqa: F811
    """Between this desk's look at the summaries and its reading, another desk sums a day: the day is
    read from the rows only, never from both."""
    _week(base, days=4)
    admin = signed_in(_user("root", "admin"))
    today = clock.today()
    start = today - dt.timedelta(days=4)
    rows = _as_rows(admin, start, today, monkeypatch)
    real = report_days.summarised

    def late_look(days, first, last):
        found = real(days, first, last)  # sums every settled day...
        return found - {max(found)}  # ...but this desk looked before the last one was summed

    with monkeypatch.context() as patch:
        patch.setattr(report_days, "summarised", late_look)
        report = report_desk.desk_report(admin, start, today)
    assert dataclasses.asdict(report) == rows


def test_forget_drops_every_summary(base):  # noqa: F811
    _week(base, days=2)
    admin = signed_in(_user("root", "admin"))
    report_desk.desk_report(admin, clock.today() - dt.timedelta(days=2), clock.today())
    assert _summed_days() and m.ReportOrderDay.select().count()
    report_days.forget()
    assert not _summed_days()
    assert not any(model.select().exists() for model in report_days.SUMMARIES)


WORKER = textwrap.dedent(
    """
    import datetime as dt, json, sys
    from orderdesk_gui import clock
    from orderdesk_gui.db.connection import open_database
    from orderdesk_gui.services import auth, report_desk
    clock.configure()
    open_database(sys.argv[1])
    admin = auth.command_line()
    print("ready", flush=True)
    sys.stdin.readline()
    today = clock.today()
    report = report_desk.desk_report(admin, today - dt.timedelta(days=8), today)
    print(json.dumps([report.total.orders, str(report.total.orders_sum), report.total.talk_s]), flush=True)
    """
)


def test_two_desks_summing_at_once_sum_each_day_once(any_url, monkeypatch):
    """On PostgreSQL by its advisory lock, on SQLite (desks sharing a file) by BEGIN IMMEDIATE."""
    pg_url = any_url
    from orderdesk_gui.db.connection import open_database
    from tests.test_services_followups import _client

    database = open_database(pg_url)
    ns = type("Base", (), {})()
    ns.op = signed_in(_user("op", "operator"))
    ns.op2 = signed_in(_user("op2", "operator"))
    ns.head = signed_in(_user("head", "sales_head"))
    ctype = m.ClientType.create(code="retail", name="Розница")
    column = m.PriceColumn.create(code="base", name="Базовая", is_base=True)
    ns.c1 = _client("C001", "ТОО Арман", ctype, column)
    _week(ns)
    admin = signed_in(_user("root", "admin"))
    today = clock.today()
    expected = _from_rows(admin, today - dt.timedelta(days=8), today, monkeypatch=monkeypatch)
    database.close()
    for _trial in range(3):
        procs = [
            subprocess.Popen(
                [sys.executable, "-c", WORKER, pg_url],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
                env=dict(os.environ),
            )
            for _ in range(2)
        ]
        for proc in procs:
            assert proc.stdout.readline().strip() == "ready"
        for proc in procs:
            proc.stdin.write("go\n")
            proc.stdin.flush()
        answers = [json.loads(proc.stdout.readline()) for proc in procs]
        for proc in procs:
            proc.stdin.close()
            assert proc.wait(timeout=60) == 0
        want = [expected.total.orders, str(expected.total.orders_sum), expected.total.talk_s]
        assert answers == [want, want]
        open_database(pg_url)
        days = [d for (d,) in m.ReportDay.select(m.ReportDay.day).tuples()]
        assert len(days) == len(set(days)) == 8
        today_orders = m.Order.select().where(m.Order.accepted_at >= clock.day_bounds(today)[0]).count()
        summed = m.ReportOrderDay.select(fn.SUM(m.ReportOrderDay.orders)).scalar()
        assert summed == expected.total.orders - today_orders
        report_days.forget()
        m.db_proxy.close()


def test_the_nightly_command_sums_the_settled_days_and_forgets_them(demo_url, capsys):
    from orderdesk_gui.cli import main
    from orderdesk_gui.db.connection import open_database

    assert main(["reports", "sum", "--days", "40", "--db", demo_url]) == 0
    assert "40 settled days summed" in capsys.readouterr().out
    database = open_database(demo_url)
    summed = _summed_days()
    assert len(summed) == 40 and max(summed) == clock.today() - dt.timedelta(days=1)
    assert m.ReportCallDay.select().count() and m.ReportOrderDay.select().count()
    database.close()
    assert main(["reports", "forget", "--db", demo_url]) == 0
    database = open_database(demo_url)
    assert not _summed_days()
    database.close()
