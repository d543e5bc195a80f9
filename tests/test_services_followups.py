"""Issue 5 services: closing calls with outcomes, the journal queries (SQLite and the real
PostgreSQL), callbacks with retries and escalation, CSV drops, sleeping clients, tasks, complaints,
shift reports."""

from __future__ import annotations

import datetime as dt
from contextlib import contextmanager
from decimal import Decimal
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest

from orderdesk_gui import clock
from orderdesk_gui.db import followups
from orderdesk_gui.db import models as m
from orderdesk_gui.db.connection import open_database
from orderdesk_gui.domain import journal
from orderdesk_gui.domain.callbacks import CallbackPolicy
from orderdesk_gui.services import callback_requests, callbacks, calls
from orderdesk_gui.ui import messages
from tests.conftest import signed_in

ALMATY = ZoneInfo("Asia/Almaty")


@contextmanager
def refused(error_class: type[Exception], code: str, /, **params):
    """The block raises ``error_class`` with the message code ``code`` (and these parameters)."""
    with pytest.raises(error_class) as excinfo:
        yield excinfo
    assert excinfo.value.code == code, excinfo.value
    assert {key: excinfo.value.params.get(key) for key in params} == params


def _user(login, role, dept=None, head_of=None):
    return m.User.create(login=login, full_name=login.title(), role=role, department=dept, head_of=head_of)


def _client(code, name, ctype, column, phone=None, **kw):
    client = m.Client.create(code=code, name=name, client_type=ctype, price_column=column, **kw)
    if phone:
        m.Phone.create(client=client, number=phone, e164=phone, kind="mobile")
    return client


@pytest.fixture
def base(any_url):
    """A small database: a sales head, two operators, a manager and three clients."""
    database = open_database(any_url)
    # the required departments come with the schema (migration 0008); logistics under its own name here
    sales = m.Department.get(code="sales")
    wholesale = m.Department.get(code="wholesale")
    m.Department.update(name="Логистика").where(m.Department.code == "logistics").execute()
    retail = m.ClientType.create(code="retail", name="Розница")
    key = m.ClientType.create(code="key", name="Ключевой")
    column = m.PriceColumn.create(code="base", name="Базовая", is_base=True)
    ns = SimpleNamespace(
        db=database,
        sales=sales,
        wholesale=wholesale,
        head=signed_in(_user("head", "sales_head", sales, head_of=sales)),
        op=signed_in(_user("op", "operator")),
        op2=signed_in(_user("op2", "operator")),
        manager=signed_in(_user("manager", "manager", wholesale, head_of=wholesale)),
        retail=retail,
        key=key,
        column=column,
    )
    ns.c1 = _client("C001", "ТОО Арман", retail, column, "+77011112233", region="Алматы")
    ns.c2 = _client("C002", "ИП Сауле", retail, column, "+77012223344", region="Астана")
    ns.c3 = _client("C003", "ТОО Береке", key, column, "+77013334455", region="Алматы", manager=ns.manager.id)
    yield ns
    database.close()


# --- closing a call ----------------------------------------------------------------------------


def test_close_call_to_each_outcome_and_the_journal_shows_it(base):
    op = base.op
    now = clock.now_utc()
    cases = [
        (journal.INFO_GIVEN, "", {}),
        (journal.CONSULTED, "", {}),
        (journal.NO_ANSWER, "", {}),
        (journal.BUSY, "", {}),
        (journal.REFUSED, "дорого, берут у конкурента", {}),
        (journal.TRANSFERRED, "", {"transfer_to_id": base.manager.id, "transfer_reason": "ключевой клиент"}),
        (journal.CALLBACK_SCHEDULED, "перезвонить после обеда", {"callback_at": now + dt.timedelta(hours=3)}),
    ]
    ids = {}
    for outcome, detail, extra in cases:
        call_id = calls.open_call(op, "+7 701 111 22 33", base.c1.id)
        calls.close_call(op, call_id, outcome, detail, notes=f"заметка {outcome}", **extra)
        ids[outcome] = call_id
    rows = {r.id: r for r in followups.journal(now - dt.timedelta(hours=1), now + dt.timedelta(hours=1))}
    for outcome, call_id in ids.items():
        row = rows[call_id]
        assert row.outcome == outcome and not row.is_open and row.duration_s is not None
        assert row.client_name == "ТОО Арман" and row.operator_name == "Op" and row.phone == "+77011112233"
        assert f"заметка {outcome}" in row.notes
    assert rows[ids[journal.REFUSED]].outcome_detail == "дорого, берут у конкурента"
    transferred = rows[ids[journal.TRANSFERRED]]
    assert transferred.transferred_to == "Manager" and transferred.transfer_reason == "ключевой клиент"
    queue = callbacks.open_queue(now)
    assert [(q.phone, q.client_id) for q in queue] == [("+77011112233", base.c1.id)]
    assert "после обеда" in queue[0].note


def test_close_call_refuses_bad_input_and_changes_nothing(base):
    op = base.op
    call_id = calls.open_call(op, "", base.c2.id)
    bad = [
        ("", {}, "call.outcome_missing"),
        ("shouted", {}, "call.unknown_outcome"),
        (journal.REFUSED, {}, "call.refusal_reason_missing"),
        (journal.TRANSFERRED, {}, "call.transfer_target_missing"),
        (journal.TRANSFERRED, {"transfer_to_id": 99999}, "call.transfer_target_gone"),
        (journal.CALLBACK_SCHEDULED, {}, "call.callback_time_missing"),
        (
            journal.CALLBACK_SCHEDULED,
            {"callback_at": clock.now_utc() - dt.timedelta(minutes=5)},
            "call.callback_time_past",
        ),
        (journal.ORDER_TAKEN, {}, "call.no_order_completed"),
    ]
    for outcome, extra, code in bad:
        with refused(calls.CallError, code):
            calls.close_call(op, call_id, outcome, **extra)
    call = m.Call.get_by_id(call_id)
    assert call.ended_at is None and call.outcome == ""
    assert m.CallbackRequest.select().count() == 0
    calls.close_call(op, call_id, journal.INFO_GIVEN)
    with refused(calls.CallError, "call.closed_already"):
        calls.close_call(op, call_id, journal.INFO_GIVEN)


def test_a_preset_order_outcome_is_kept(base):
    call_id = calls.open_call(base.op, "", base.c1.id)
    m.Call.update(outcome=journal.ORDER_TAKEN, outcome_detail="B1-2026-000001").where(
        m.Call.id == call_id
    ).execute()
    calls.close_call(base.op, call_id, "", notes="доставка в пятницу")
    call = m.Call.get_by_id(call_id)
    assert call.outcome == journal.ORDER_TAKEN and call.outcome_detail == "B1-2026-000001" and call.ended_at
    # an order taken on the call stays its outcome whatever is picked afterwards
    other = calls.open_call(base.op, "", base.c1.id)
    m.Call.update(outcome=journal.ORDER_TAKEN, outcome_detail="B1-2026-000002").where(
        m.Call.id == other
    ).execute()
    calls.close_call(base.op, other, journal.INFO_GIVEN)
    assert m.Call.get_by_id(other).outcome == journal.ORDER_TAKEN


def test_open_calls_of_an_operator_after_a_crash(base):
    first = calls.open_call(base.op, "+77011112233", base.c1.id)
    calls.open_call(base.op2, "", base.c2.id)
    done = calls.open_call(base.op, "", base.c2.id)
    calls.close_call(base.op, done, journal.INFO_GIVEN)
    calls.add_note(first, "клиент перезвонит сам")
    rows = calls.open_calls_of(base.op)
    assert [r.id for r in rows] == [first] and rows[0].is_open and rows[0].notes == "клиент перезвонит сам"


# --- the journal queries -----------------------------------------------------------------------


def test_journal_filters_by_operator_outcome_client_and_direction(base):
    day = dt.datetime(2026, 11, 19)
    spec = [
        (base.op, base.c1, "in", journal.INFO_GIVEN, 1),
        (base.op, base.c2, "out", journal.NO_ANSWER, 2),
        (base.op2, base.c1, "in", journal.REFUSED, 3),
        (base.op2, None, "in", journal.INFO_GIVEN, 4),
        (base.op, base.c3, "in", "", 5),  # still open
    ]
    for op, client, direction, outcome, hour in spec:
        m.Call.create(
            operator=op.id,
            client=client.id if client else None,
            phone="+77010000000",
            direction=direction,
            started_at=day + dt.timedelta(hours=hour),
            ended_at=day + dt.timedelta(hours=hour, minutes=3) if outcome else None,
            outcome=outcome,
        )
    m.Call.create(
        operator=base.op.id, started_at=day - dt.timedelta(minutes=1), outcome=journal.BUSY
    )  # the day before
    end = day + dt.timedelta(days=1)
    rows = followups.journal(day, end)
    assert [r.started_at.hour for r in rows] == [5, 4, 3, 2, 1]  # newest first
    assert rows[0].is_open and rows[1].client_id is None and rows[1].client_name == ""
    assert {r.started_at.hour for r in followups.journal(day, end, operator_id=base.op2.id)} == {3, 4}
    assert [r.started_at.hour for r in followups.journal(day, end, outcome=journal.INFO_GIVEN)] == [4, 1]
    assert [r.started_at.hour for r in followups.journal(day, end, outcome="open")] == [5]
    assert [r.started_at.hour for r in followups.journal(day, end, client_id=base.c1.id)] == [3, 1]
    assert [r.started_at.hour for r in followups.journal(day, end, direction="out")] == [2]
    assert followups.journal(day, end, operator_id=base.op.id, outcome=journal.REFUSED) == []
    assert [r.started_at.hour for r in followups.client_calls(base.c1.id)] == [3, 1]
    assert rows[4].duration_s == 180
    names = [name for _id, name in followups.operators()]
    assert {"Op", "Op2", "Head"} <= set(names)


# --- callbacks --------------------------------------------------------------------------------


def test_add_callback_validates_links_the_client_and_updates_an_open_duplicate(base):
    start = dt.datetime(2026, 11, 23, 9, 0)
    first = callback_requests.add_callback(
        "8 (701) 111-22-33", "Арман", start, start + dt.timedelta(hours=2), "прайс"
    )
    row = m.CallbackRequest.get_by_id(first)
    assert row.e164 == "+77011112233" and row.client_id == base.c1.id and row.status == "open"
    again = callback_requests.add_callback(
        "+77011112233", "", start + dt.timedelta(hours=4), None, "акции", source="web"
    )
    assert again == first and m.CallbackRequest.select().count() == 1
    row = m.CallbackRequest.get_by_id(first)
    assert row.window_start == start + dt.timedelta(hours=4) and "прайс" in row.note and "акции" in row.note
    for phone, name, code, params in [
        ("12", "", "callback.phone_not_a_number", {"text": "12"}),
        ("", "", "callback.phone_empty", {}),
        ("+77011112233", "x" * 201, "callback.name_too_long", {"limit": 200}),
    ]:
        with refused(callbacks.CallbackError, code, **params):
            callback_requests.add_callback(phone, name)
    with refused(callbacks.CallbackError, "callback.window_reversed"):
        callback_requests.add_callback("+77012223344", window_start=start, window_end=start)
    with refused(callbacks.CallbackError, "callback.unknown_source", source="fax"):
        callback_requests.add_callback("+77012223344", source="fax")
    assert m.CallbackRequest.select().count() == 1


def test_queue_order_due_count_and_an_attempt_that_reaches_the_client(base):
    now = dt.datetime(2026, 11, 23, 8, 0)
    later = callback_requests.add_callback("+77012223344", window_start=now + dt.timedelta(hours=2), now=now)
    overdue = callback_requests.add_callback(
        "+77011112233", window_start=now - dt.timedelta(hours=1), now=now
    )
    due = callback_requests.add_callback("+77019998877", "Незнакомец", window_start=now, now=now)
    assert [q.id for q in callbacks.open_queue(now)] == [overdue, due, later]
    assert callbacks.due_count(now) == 2 and callbacks.next_due(now).id == overdue
    call_id = callbacks.start_attempt(base.op, overdue)
    call = m.Call.get_by_id(call_id)
    assert (call.direction, call.source, call.callback_id, call.client_id) == (
        "out",
        "callback",
        overdue,
        base.c1.id,
    )
    with refused(callbacks.CallbackError, "callback.being_called", name="Op"):
        callbacks.start_attempt(base.op2, overdue)
    calls.close_call(base.op, call_id, journal.INFO_GIVEN)
    row = m.CallbackRequest.get_by_id(overdue)
    assert row.status == "done" and row.attempts == 1 and row.done_at is not None
    assert callbacks.due_count(now) == 1
    with refused(callbacks.CallbackError, "callback.finished_already"):
        callbacks.start_attempt(base.op, overdue)


def test_failed_attempts_retry_then_go_to_the_head_of_sales(base):
    now = dt.datetime(2026, 11, 23, 8, 0)
    policy = CallbackPolicy(max_attempts=3, retry_minutes=30)
    cb_id = callback_requests.add_callback("+77011112233", window_start=now, now=now)
    for attempt in range(1, 4):
        call_id = callbacks.start_attempt(base.op, cb_id)
        when = now + dt.timedelta(minutes=40 * attempt)
        calls.close_call(
            base.op, call_id, journal.NO_ANSWER if attempt % 2 else journal.BUSY, policy=policy, now=when
        )
        row = m.CallbackRequest.get_by_id(cb_id)
        assert row.attempts == attempt and row.last_attempt_at == when
        if attempt < 3:
            assert row.status == "open" and row.next_attempt_at == when + dt.timedelta(minutes=30)
            assert (
                callbacks.due_count(when) == 0 and callbacks.due_count(when + dt.timedelta(minutes=30)) == 1
            )
    assert row.status == "escalated" and row.escalated_to_id == base.head.id and row.next_attempt_at is None
    assert callbacks.open_queue(now + dt.timedelta(days=1)) == []
    head_view = callbacks.escalated(base.head)
    assert [(x.id, x.escalated_to, x.attempts) for x in head_view] == [(cb_id, "Head", 3)]
    assert callbacks.escalated(base.op) == []
    # the head calls in person and reaches the client
    call_id = callbacks.start_attempt(base.head, cb_id)
    calls.close_call(base.head, call_id, journal.INFO_GIVEN)
    assert m.CallbackRequest.get_by_id(cb_id).status == "done"


def test_a_reached_client_asking_for_later_moves_the_same_request(base):
    now = clock.now_utc()
    cb_id = callback_requests.add_callback("+77011112233", window_start=now - dt.timedelta(minutes=5))
    call_id = callbacks.start_attempt(base.op, cb_id)
    later = now + dt.timedelta(days=1)
    calls.close_call(base.op, call_id, journal.CALLBACK_SCHEDULED, "после обеда", callback_at=later)
    row = m.CallbackRequest.get_by_id(cb_id)
    assert row.status == "open" and row.window_start == later and m.CallbackRequest.select().count() == 1


def test_cancel_needs_a_reason(base):
    cb_id = callback_requests.add_callback("+77011112233")
    with refused(callbacks.CallbackError, "callback.cancel_reason_missing"):
        callbacks.cancel(base.op, cb_id, " ")
    callbacks.cancel(base.op, cb_id, "клиент сам позвонил")
    row = m.CallbackRequest.get_by_id(cb_id)
    assert row.status == "cancelled" and "Cancelled by" not in row.note  # no English stored
    [cancelled] = [part for part in journal.note_parts(row.note) if not isinstance(part, str)]
    assert cancelled.code == "callback.note_cancelled"
    assert cancelled.params == {"name": "Op", "reason": "клиент сам позвонил"}
    assert m.AuditEvent.select().where(m.AuditEvent.action == "callback_cancelled").count() == 1


# --- CSV files ---------------------------------------------------------------------------------

NOW = dt.datetime(2026, 11, 23, 4, 0)  # 09:00 in Almaty


def test_a_windows_1251_file_with_semicolons_imports_every_row(base, tmp_path):
    text = (
        "Телефон;Имя;С;До;Комментарий\r\n"
        "8 701 111 22 33;Арман;14:00;16:00;Нужен прайс\r\n"
        "+7 (702) 555-66-77;Гүлнар;завтра 10:00;12:00;Доставка\r\n"
        "87013334455;;;;\r\n"
    )
    path = tmp_path / "web.csv"
    path.write_bytes(text.replace("ү", "у").encode("cp1251"))  # ү is not in Windows-1251
    report = callbacks.import_csv(path, now=NOW)
    assert report.ok and report.added == 3 and report.errors == []
    first = m.CallbackRequest.get(m.CallbackRequest.e164 == "+77011112233")
    assert first.window_start == dt.datetime(2026, 11, 23, 9, 0) and first.window_end == dt.datetime(
        2026, 11, 23, 11, 0
    )
    assert first.client_id == base.c1.id and first.source == "csv" and first.note == "Нужен прайс"
    second = m.CallbackRequest.get(m.CallbackRequest.e164 == "+77025556677")
    assert second.window_start == dt.datetime(2026, 11, 24, 5, 0) and second.name == "Гулнар"
    third = m.CallbackRequest.get(m.CallbackRequest.e164 == "+77013334455")
    assert third.window_start == NOW and third.client_id == base.c3.id


def test_a_file_with_bad_rows_imports_nothing_and_names_every_bad_row(base, tmp_path):
    text = (
        "\ufeffphone,name,from,to,note\n"
        "+77011112233,Арман,14:00,16:00,ok\n"
        "12345,Bad phone,14:00,16:00,\n"
        "+77012223344,Сауле,16:00,14:00,reversed\n"
        "+77013334455,Береке,25:99,,bad time\n"
    )
    path = tmp_path / "bad.csv"
    path.write_text(text, encoding="utf-8")
    report = callbacks.import_csv(path, now=NOW)
    assert not report.ok and report.added == 0
    assert [line for line, _error in report.errors] == [3, 4, 5]
    assert [error.code for _line, error in report.errors] == [
        "callback.phone_not_a_number",
        "callback.window_reversed",
        "callback.not_a_time_of_day",
    ]
    assert report.errors[0][1].params == {"text": "12345"}
    assert m.CallbackRequest.select().count() == 0
    text = report.text(messages.english)
    assert "line 3: “12345” is not a phone number." in text and "Nothing was imported" in text
    assert "callback.report_line" in report.text()  # without wording: codes and values, for logs


def test_a_file_without_a_phone_column_is_refused(base, tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("name;note\nАрман;прайс\n", encoding="utf-8")
    report = callbacks.import_csv(path, now=NOW)
    assert not report.ok and report.errors[0][0] == 1
    assert report.errors[0][1].code == "callback.csv_no_phone_column"
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert not callbacks.import_csv(empty, now=NOW).ok


def test_the_drop_folder_imports_a_file_once_and_sorts_files_into_done_and_rejected(base, tmp_path):
    drop = tmp_path / "drop"
    drop.mkdir()
    good = "phone;name;when;note\n+77011112233;Арман;14:00-16:00;сайт\n+77019990011;Новый;завтра 10:00;\n"
    (drop / "a_good.csv").write_text(good, encoding="utf-8")
    (drop / "b_bad.csv").write_text("phone;name\nnot-a-number;X\n", encoding="utf-8")
    (drop / "notes.txt").write_text("not a csv", encoding="utf-8")
    reports = callbacks.scan_drop_folder(drop, NOW, settle_s=0, render=messages.english)
    assert [(r.file, r.ok, r.added) for r in reports] == [("a_good.csv", True, 2), ("b_bad.csv", False, 0)]
    assert (drop / "done" / "a_good.csv").exists() and (drop / "done" / "a_good.csv.report.txt").exists()
    assert "line 2" in (drop / "rejected" / "b_bad.csv.report.txt").read_text(encoding="utf-8")
    assert (drop / "notes.txt").exists() and not (drop / "a_good.csv").exists()
    # the same file dropped again (the site retries) imports nothing
    (drop / "a_good.csv").write_text(good, encoding="utf-8")
    again = callbacks.scan_drop_folder(drop, NOW, settle_s=0)
    assert [(r.duplicate, r.added) for r in again] == [(True, 0)]
    assert m.CallbackRequest.select().count() == 2
    assert len(list((drop / "done").glob("a_good*.csv"))) == 2
    # a file still being written is left for the next scan
    (drop / "c_new.csv").write_text(good.replace("19990011", "19990022"), encoding="utf-8")
    assert callbacks.scan_drop_folder(drop, NOW, settle_s=60) == []
    assert (drop / "c_new.csv").exists()


# --- sleeping clients and the rhythm --------------------------------------------------------------


def _orders(client, op, days_ago: list[int], amount="10000.00"):
    for n in days_ago:
        created = dt.datetime.combine(clock.today() - dt.timedelta(days=n), dt.time(6, 0))
        m.Order.create(
            client=client.id,
            operator=op.id,
            status="accepted",
            number=f"T-{client.id}-{n}",
            created_at=created,
            accepted_at=created,
            total_amount=Decimal(amount),
        )


@pytest.fixture
def rhythm_base(base):
    _orders(base.c1, base.op, [40 + 7 * i for i in range(10)])  # weekly, silent for 40 days
    _orders(base.c2, base.op, [3 + 7 * i for i in range(10)], "50000.00")  # weekly, ordered 3 days ago
    _orders(base.c3, base.op, [50 + 30 * i for i in range(6)], "90000.00")  # monthly, 50 days silent
    m.Order.create(client=base.c3.id, operator=base.op.id, status="draft", total_amount=Decimal(1))
    return base


@pytest.mark.dated
def test_rebuild_and_the_sleeping_worklist_sorted_by_value_lost(rhythm_base):
    from orderdesk_gui.services import rhythm, sleeping

    assert rhythm.rhythm_needs_rebuild()
    shares = []
    assert rhythm.rebuild_rhythms(shares.append) == 3
    assert shares[-1] == 1.0 and not rhythm.rhythm_needs_rebuild()
    r1 = m.ClientRhythm.get_by_id(rhythm_base.c1.id)
    assert (r1.orders, r1.usual_interval_days, r1.avg_order_amount) == (10, 7, Decimal("10000.00"))
    assert r1.last_order_on == clock.today() - dt.timedelta(days=40)
    progress = []
    work = sleeping.sleeping_worklist(clock.today(), progress=progress.append)
    assert progress[-1] == 1.0
    # c3: 90,000 every 30 days, 50 days silent -> 1 order lost; c1: 10,000 weekly, 40 days -> 5 lost
    assert [(s.client_id, s.value_lost, s.days_overdue) for s in work] == [
        (rhythm_base.c3.id, Decimal("90000.00"), 5),
        (rhythm_base.c1.id, Decimal("50000.00"), 26),
    ]
    assert work[0].type_name == "Ключевой" and work[0].manager_name == "Manager"
    # the kept rhythm equals a fresh computation
    before = m.ClientRhythm.get_by_id(rhythm_base.c1.id)
    rhythm.refresh_rhythm(rhythm_base.c1.id)
    after = m.ClientRhythm.get_by_id(rhythm_base.c1.id)
    assert (before.orders, before.usual_interval_days, before.last_order_on, before.avg_order_amount) == (
        after.orders,
        after.usual_interval_days,
        after.last_order_on,
        after.avg_order_amount,
    )


@pytest.mark.dated
def test_a_sleeping_call_shows_on_the_worklist_and_a_later_order_reactivates_once(rhythm_base):
    from orderdesk_gui.services import reports, rhythm, sleeping

    rhythm.rebuild_rhythms()
    call_id = sleeping.start_sleeping_call(rhythm_base.op, rhythm_base.c1.id)
    call = m.Call.get_by_id(call_id)
    assert (call.direction, call.source, call.phone) == ("out", "sleeping", "+77011112233")
    calls.close_call(rhythm_base.op, call_id, journal.INFO_GIVEN, notes="обещали заказ на неделе")
    started = dt.datetime.combine(clock.today() - dt.timedelta(days=5), dt.time(5, 0))
    m.Call.update(started_at=started, ended_at=started + dt.timedelta(minutes=3)).where(
        m.Call.id == call_id
    ).execute()
    again = sleeping.start_sleeping_call(rhythm_base.op2, rhythm_base.c1.id)  # called twice: counted once
    m.Call.update(started_at=started + dt.timedelta(days=1)).where(m.Call.id == again).execute()
    entry = next(s for s in sleeping.sleeping_worklist(clock.today()) if s.client_id == rhythm_base.c1.id)
    assert entry.last_called_at == started + dt.timedelta(days=1)
    head = rhythm_base.head
    start, end = clock.today() - dt.timedelta(days=6), clock.today()
    report = reports.shift_report(head, start, end)
    assert (report.total.sleeping_called, report.total.sleeping_reactivated) == (1, 0)
    _orders(rhythm_base.c1, rhythm_base.op, [2])  # ordered three days after the call
    report = reports.shift_report(head, start, end)
    assert (report.total.sleeping_called, report.total.sleeping_reactivated) == (1, 1)
    assert report.total.orders_taken == 2  # c1's new order and c2's order 3 days ago
    # an order after the reactivation window does not count
    report = reports.shift_report(head, start, end, reactivation_days=2)
    assert report.total.sleeping_reactivated == 0


# --- tasks with surveys -----------------------------------------------------------------------------


def _survey():
    from orderdesk_gui.domain.journal import SurveyQuestion

    return [
        SurveyQuestion("q1", "Довольны ли доставкой?", "yesno", required=True),
        SurveyQuestion("q2", "Что добавить в ассортимент?", "choice", ("молочка", "бакалея", "напитки")),
        SurveyQuestion("q3", "Сколько точек у клиента?", "number"),
    ]


@pytest.mark.dated
def test_a_survey_task_from_creation_to_the_heads_results(base):
    from orderdesk_gui.domain.journal import ClientFilter, SurveyQuestion
    from orderdesk_gui.services import auth, tasks

    almaty = ClientFilter(region="алматы")
    with pytest.raises(auth.PermissionDenied):
        tasks.create_task(base.op, "Опрос", "", _survey(), almaty, clock.today())
    assert m.OutboundTask.select().count() == 0
    bad = [
        ("x", [], almaty, "task.title_length"),
        ("Опрос", [SurveyQuestion("q1", "", "text")], almaty, "task.question_without_text"),
        (
            "Опрос",
            [SurveyQuestion("q1", "Цвет?", "choice", ("красный",))],
            almaty,
            "task.question_needs_choices",
        ),
        (
            "Опрос",
            [SurveyQuestion("q1", "a?"), SurveyQuestion("q1", "b?")],
            almaty,
            "task.question_key_twice",
        ),
        ("Опрос", [], ClientFilter(region="Тараз"), "task.no_client_matches"),
    ]
    for title, questions, flt, code in bad:
        with refused(tasks.TaskError, code):
            tasks.create_task(base.head, title, "", questions, flt, clock.today())
    assert tasks.preview_task_clients(almaty, clock.today()) == 2
    assert tasks.preview_task_clients(ClientFilter(type_codes=("key",)), clock.today()) == 1
    assert tasks.preview_task_clients(ClientFilter(manager_id=base.manager.id), clock.today()) == 1
    task_id = tasks.create_task(
        base.head,
        "Опрос по доставке",
        "Спросить про доставку",
        _survey(),
        almaty,
        clock.today(),
        clock.today(),
    )
    summary = tasks.tasks(base.op)[0]
    assert (summary.id, summary.total, summary.done, summary.open_items) == (task_id, 2, 0, 2)
    assert [q.kind for q in summary.questions] == ["yesno", "choice", "number"]
    items = tasks.task_items(task_id)
    by_client = {it.client_id: it for it in items}
    assert set(by_client) == {base.c1.id, base.c3.id} and by_client[base.c1.id].phone == "+77011112233"

    # c1: no answer first (stays open), then reached with answers
    item = by_client[base.c1.id]
    call_id = tasks.start_task_item(base.op, item.id)
    assert m.Call.get_by_id(call_id).source == "task"
    tasks.finish_task_item(base.op, item.id, call_id, journal.NO_ANSWER, {})
    row = m.OutboundTaskItem.get_by_id(item.id)
    assert (row.status, row.attempts) == ("open", 1) and m.Call.get_by_id(
        call_id
    ).outcome == journal.NO_ANSWER
    call_id = tasks.start_task_item(base.op, item.id)
    for answers, code in [
        ({"q2": "бакалея"}, "task.answer_required"),
        ({"q1": "может быть"}, "task.answer_yes_or_no"),
        ({"q1": "да", "q2": "мясо"}, "task.answer_one_of"),
        ({"q1": "да", "q3": "много"}, "task.answer_a_number"),
        ({"q1": "да", "q9": "?"}, "task.unknown_question"),
    ]:
        with refused(tasks.TaskError, code):
            tasks.finish_task_item(base.op, item.id, call_id, journal.INFO_GIVEN, answers)
    assert (
        m.Call.get_by_id(call_id).ended_at is None and m.OutboundTaskItem.get_by_id(item.id).status == "open"
    )
    tasks.finish_task_item(
        base.op, item.id, call_id, journal.INFO_GIVEN, {"q1": "Да", "q2": "Напитки", "q3": "1 200"}
    )

    # c3 refuses: the reason is needed and kept
    other = by_client[base.c3.id]
    call2 = tasks.start_task_item(base.op2, other.id)
    with refused(tasks.TaskError, "call.refusal_reason_missing"):
        tasks.finish_task_item(base.op2, other.id, call2, journal.REFUSED, {})
    tasks.finish_task_item(base.op2, other.id, call2, journal.REFUSED, {}, "работают напрямую с заводом")
    assert m.Call.get_by_id(call2).outcome_detail == "работают напрямую с заводом"

    with pytest.raises(auth.PermissionDenied):
        tasks.task_results(base.op, task_id)
    summary, rows = tasks.task_results(base.head, task_id)
    assert (summary.total, summary.done, summary.refused) == (2, 2, 1)
    results = {r.client_id: r for r in rows}
    assert results[base.c1.id].answers == {"q1": "yes", "q2": "напитки", "q3": "1200"}
    assert results[base.c1.id].operator_name == "Op" and results[base.c1.id].attempts == 2
    assert results[base.c3.id].refusal_reason == "работают напрямую с заводом"
    assert results[base.c3.id].outcome == journal.REFUSED and results[base.c3.id].done_at is not None
    with refused(tasks.TaskError, "task.client_called_already"):
        tasks.start_task_item(base.op, item.id)
    tasks.close_task(base.head, task_id)
    assert tasks.tasks(base.op) == [] and len(tasks.tasks(base.head, open_only=False)) == 1


# --- complaints ---------------------------------------------------------------------------------


def test_a_complaint_from_registration_to_resolution(base):
    from orderdesk_gui.services import auth, complaints

    logistics_head = signed_in(_user("logist", "manager", head_of=m.Department.get(code="logistics")))
    order = m.Order.create(client=base.c1.id, operator=base.op.id, status="accepted", number="B1-2026-000777")
    product_group = m.ProductGroup.create(code="G", name="Группа")
    product = m.Product.create(code="P1", name="Молоко", unit="шт", group=product_group)
    for n in (1, 2):
        m.OrderLine.create(order=order, line_no=n, product=product, quantity=Decimal(1))
    call_id = calls.open_call(base.op, "+77011112233", base.c1.id)
    for kwargs, code, params in [
        (dict(kind="rant"), "complaint.unknown_kind", {"kind": "rant"}),
        (dict(category="weather"), "complaint.unknown_category", {"category": "weather"}),
        (dict(text=" "), "complaint.text_missing", {}),
        (dict(order_id=order.id, order_lines="1,7"), "complaint.order_has_no_line", {"line": 7}),
        (dict(order_id=order.id, order_lines="first"), "complaint.lines_unreadable", {}),
        (dict(client_id=base.c2.id, order_id=order.id), "complaint.order_of_another_client", {}),
        (dict(department_code="nowhere"), "complaint.no_such_department", {"department": "nowhere"}),
    ]:
        args = dict(
            kind="complaint", category="shortage", text="Недовложение: 2 коробки", client_id=base.c1.id
        )
        args.update(kwargs)
        with refused(complaints.ComplaintError, code, **params):
            complaints.register(base.op, **args)
    assert m.Complaint.select().count() == 0
    cid = complaints.register(
        base.op, "claim", "shortage", "Недовложение: 2 коробки", base.c1.id, call_id, order.id, "2, 1"
    )
    row = complaints.get(base.head, cid)
    assert (row.department_code, row.order_number, row.order_lines, row.status) == (
        "logistics",
        "B1-2026-000777",
        "1,2",
        "open",
    )
    notes = journal.note_parts(m.Call.get_by_id(call_id).notes)
    assert [(n.code, n.params) for n in notes if not isinstance(n, str)] == [
        ("call.note_claim_registered", {"number": str(cid)})
    ]
    assert m.Call.get_by_id(call_id).purpose == "complaint"
    assert [c.id for c in complaints.client_complaints(base.c1.id)] == [cid]
    assert complaints.open_count(base.c1.id) == 1
    assert [c.id for c in complaints.department_items(logistics_head)] == [cid]
    assert complaints.department_items(base.manager) == []  # heads wholesale
    assert [c.id for c in complaints.department_items(base.head)] == [cid]  # head of sales sees all
    with pytest.raises(auth.PermissionDenied):
        complaints.take(base.op, cid)
    with pytest.raises(auth.PermissionDenied):
        complaints.resolve(base.op, cid, "довезли")
    complaints.take(logistics_head, cid)
    with refused(complaints.ComplaintError, "complaint.resolution_missing"):
        complaints.resolve(logistics_head, cid, "")
    complaints.resolve(logistics_head, cid, "Довезли 2 коробки 21.11")
    row = complaints.get(base.head, cid)
    assert row.status == "resolved" and row.taken_by == "Logist" and row.resolved_at is not None
    assert [(e.status, e.user_name) for e in row.events] == [
        ("open", "Op"),
        ("taken", "Logist"),
        ("resolved", "Logist"),
    ]
    assert complaints.client_complaints(base.c1.id) == []
    assert complaints.open_count(base.c1.id) == 0
    assert len(complaints.client_complaints(base.c1.id, open_only=False)) == 1
    with refused(complaints.ComplaintError, "complaint.resolved_already"):
        complaints.resolve(logistics_head, cid, "ещё раз")
    wish = complaints.register(base.op, "wish", "assortment", "Хотят безлактозное молоко", base.c2.id)
    assert complaints.get(base.head, wish).department_code == "sales"
    assert [o.number for o in complaints.client_orders(base.c1.id)] == ["B1-2026-000777"]
    assert ("logistics", "Логистика") in complaints.departments()


# --- shift reports ----------------------------------------------------------------------------------


def test_shift_report_figures_permissions_and_exports(base, tmp_path):
    from openpyxl import load_workbook

    from orderdesk_gui.services import auth, reports

    day = dt.date(2026, 11, 19)
    local9 = dt.datetime(2026, 11, 19, 4, 0)  # 09:00 in Almaty
    spec = [
        (base.op, "in", journal.ORDER_TAKEN, 0, 120, ""),
        (base.op, "in", journal.TRANSFERRED, 10, 60, ""),
        (base.op, "out", journal.NO_ANSWER, 70, 20, "callback"),
        (base.op, "out", journal.INFO_GIVEN, 80, 200, "callback"),
        (base.op2, "in", journal.INFO_GIVEN, 190, 100, ""),
        (base.op2, "in", journal.TRANSFERRED, 200, 40, ""),
    ]
    reached = m.CallbackRequest.create(  # no answer first, then reached: one callback done
        phone="+77010000002",
        e164="+77010000002",
        window_start=local9 + dt.timedelta(minutes=60),
        status="done",
        done_at=local9 + dt.timedelta(minutes=80, seconds=200),
    )
    for op, direction, outcome, minutes, seconds, source in spec:
        start = local9 + dt.timedelta(minutes=minutes)
        m.Call.create(
            operator=op.id,
            direction=direction,
            outcome=outcome,
            started_at=start,
            ended_at=start + dt.timedelta(seconds=seconds),
            source=source,
            callback=reached.id if source == "callback" else None,
            transfer_reason="ключевой клиент" if outcome == journal.TRANSFERRED else "",
        )
    m.Call.create(
        operator=base.op.id, started_at=local9 - dt.timedelta(hours=5), outcome=journal.BUSY
    )  # 04:00 local
    m.Call.create(
        operator=base.op.id, started_at=local9 - dt.timedelta(hours=10), outcome=journal.BUSY
    )  # 23:00 local, the day before
    m.Order.create(
        client=base.c1.id,
        operator=base.op.id,
        status="accepted",
        number="B1-1",
        created_at=local9,
        accepted_at=local9,
        total_amount=Decimal("123456.78"),
    )
    m.CallbackRequest.create(
        phone="+77010000001",
        e164="+77010000001",
        window_start=local9,
        window_end=local9 + dt.timedelta(hours=1),
    )
    m.Complaint.create(text="Опоздали", created_by=base.op2.id, created_at=local9 + dt.timedelta(hours=3))

    own = reports.shift_report(base.op, day, day)
    assert own.operator_name == "Op" and own.per_operator == ()
    t = own.total
    assert (t.calls_in, t.calls_out, t.orders_taken, t.orders_sum) == (3, 2, 1, Decimal("123456.78"))
    assert t.by_outcome == {
        journal.BUSY: 1,
        journal.INFO_GIVEN: 1,
        journal.NO_ANSWER: 1,
        journal.ORDER_TAKEN: 1,
        journal.TRANSFERRED: 1,
    }
    assert t.callbacks_done == 1 and t.transfers_by_reason == {"ключевой клиент": 1}
    assert t.avg_call_s == pytest.approx((120 + 60 + 20 + 200) / 4) and t.complaints_registered == 0
    with pytest.raises(auth.PermissionDenied):
        reports.shift_report(base.op, day, day, operator_id=base.op2.id)
    with refused(reports.ReportError, "report.period_reversed"):
        reports.shift_report(base.head, day, day - dt.timedelta(days=1))

    desk = reports.shift_report(base.head, day, day)
    assert desk.operator_name == "" and [name for name, _f in desk.per_operator] == ["Op", "Op2"]
    assert desk.total.calls_in == 5 and desk.total.transfers_by_reason == {"ключевой клиент": 2}
    assert desk.total.complaints_registered == 1 and desk.total.callbacks_missed == 1
    assert dict(desk.calls_by_hour) == {4: 1, 9: 2, 10: 2, 12: 2}
    assert dict(desk.per_operator)["Op2"].calls_in == 2

    csv_path, xlsx_path = tmp_path / "report.csv", tmp_path / "report.xlsx"
    reports.export_csv(desk, csv_path)
    text = csv_path.read_text(encoding="utf-8-sig")
    assert "Incoming calls;5;3;2" in text and "Orders sum;123456,78;123456,78;0,00" in text
    assert "Transferred: ключевой клиент;2;1;1" in text
    reports.export_xlsx(desk, xlsx_path, labels={"calls_in": "Входящие звонки"})
    book = load_workbook(xlsx_path)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    assert ("Входящие звонки", 5, 3, 2) in rows
    assert any(r[0] == "Orders sum" and r[1] == pytest.approx(123456.78) for r in rows)
    assert list(book.worksheets[1].iter_rows(values_only=True))[1] == ("04:00", 1)


# --- review fixes (list F) ------------------------------------------------------------------------


def test_an_unreadable_time_in_a_row_is_a_row_error_and_the_drop_scan_goes_on(base, tmp_path, monkeypatch):
    bad = (
        "phone;name;from;to\n"
        "+77011112233;Арман;14:00;16:00\n"
        "+77012223344;Сауле;14:00;1a:00\n"
        "+77013334455;Береке;14:00;1:2:3\n"
    )
    path = tmp_path / "bad.csv"
    path.write_text(bad, encoding="utf-8")
    report = callbacks.import_csv(path, now=NOW)
    assert not report.ok and [line for line, _error in report.errors] == [3, 4]
    assert [(e.code, e.params) for _line, e in report.errors] == [
        ("callback.time_unreadable", {"text": "1a:00"}),
        ("callback.time_unreadable", {"text": "1:2:3"}),
    ]
    assert m.CallbackRequest.select().count() == 0

    drop = tmp_path / "drop"
    drop.mkdir()
    (drop / "a_bad.csv").write_text(bad, encoding="utf-8")
    (drop / "b_broken.csv").write_text("phone\n+77019990033\n", encoding="utf-8")
    (drop / "c_good.csv").write_text("phone;name\n+77019990011;Новый\n", encoding="utf-8")
    real = callbacks._import_bytes

    def flaky(data, name, *args, **kwargs):
        if name == "b_broken.csv":
            raise RuntimeError("disk hiccup")
        return real(data, name, *args, **kwargs)

    monkeypatch.setattr(callbacks, "_import_bytes", flaky)
    reports = callbacks.scan_drop_folder(drop, NOW, settle_s=0, render=messages.english)
    assert [(r.file, r.ok, r.added) for r in reports] == [
        ("a_bad.csv", False, 0),
        ("b_broken.csv", False, 0),
        ("c_good.csv", True, 1),
    ]
    text = (drop / "rejected" / "a_bad.csv.report.txt").read_text(encoding="utf-8")
    assert "line 3" in text and "line 4" in text and "Nothing was imported" in text
    broken = (drop / "rejected" / "b_broken.csv.report.txt").read_text(encoding="utf-8")
    assert "could not be imported: disk hiccup" in broken
    assert (drop / "done" / "c_good.csv").exists() and not list(drop.glob("*.csv"))
    assert [r.e164 for r in m.CallbackRequest.select()] == ["+77019990011"]
    assert callbacks.scan_drop_folder(drop, NOW, settle_s=0) == []  # the next pass is calm


def test_a_callback_asked_for_on_a_call_with_an_order_is_still_filed(base):
    later = clock.now_utc() + dt.timedelta(hours=2)
    call_id = calls.open_call(base.op, "+77011112233", base.c1.id)
    m.Call.update(outcome=journal.ORDER_TAKEN, outcome_detail="B1-2026-000001").where(
        m.Call.id == call_id
    ).execute()
    with refused(calls.CallError, "call.callback_time_missing"):
        calls.close_call(base.op, call_id, journal.CALLBACK_SCHEDULED)
    calls.close_call(base.op, call_id, journal.CALLBACK_SCHEDULED, "про доставку", callback_at=later)
    call = m.Call.get_by_id(call_id)
    assert (call.outcome, call.outcome_detail) == (journal.ORDER_TAKEN, "B1-2026-000001")
    assert "Callback scheduled" not in call.notes  # the database holds the code and the values
    [scheduled] = [part for part in journal.note_parts(call.notes) if not isinstance(part, str)]
    assert scheduled.code == "call.note_callback_scheduled_with_note"
    assert scheduled.params == {"at": later, "note": "про доставку"}
    queue = callbacks.open_queue(clock.now_utc())
    assert [(q.phone, q.client_id, q.window_start) for q in queue] == [("+77011112233", base.c1.id, later)]
    assert "про доставку" in queue[0].note

    # a callback call that ends with an order and a request for later moves the same request
    cb_id = queue[0].id
    attempt = callbacks.start_attempt(base.op, cb_id)
    m.Call.update(outcome=journal.ORDER_TAKEN, outcome_detail="B1-2026-000002").where(
        m.Call.id == attempt
    ).execute()
    even_later = later + dt.timedelta(days=1)
    calls.close_call(base.op, attempt, journal.CALLBACK_SCHEDULED, callback_at=even_later)
    row = m.CallbackRequest.get_by_id(cb_id)
    assert (row.status, row.window_start, row.attempts) == ("open", even_later, 1)
    assert (
        m.Call.get_by_id(attempt).outcome == journal.ORDER_TAKEN and m.CallbackRequest.select().count() == 1
    )


def _task(base):
    from orderdesk_gui.domain.journal import ClientFilter
    from orderdesk_gui.services import tasks

    task_id = tasks.create_task(
        base.head, "Опрос", "", _survey(), ClientFilter(region="алматы"), clock.today()
    )
    return {it.client_id: it for it in tasks.task_items(task_id)}


def test_a_task_call_closed_with_f12_records_its_item_once(base):
    from orderdesk_gui.services import tasks

    items = _task(base)
    first, second = items[base.c1.id], items[base.c3.id]
    # F12: refused, with the reason, reaches the head's results
    call_id = tasks.start_task_item(base.op, first.id)
    calls.close_call(base.op, call_id, journal.REFUSED, "дорого")
    row = m.OutboundTaskItem.get_by_id(first.id)
    assert (row.status, row.outcome, row.refusal_reason, row.attempts) == (
        "done",
        journal.REFUSED,
        "дорого",
        1,
    )
    assert row.operator_id == base.op.id and row.done_at is not None and row.call_id == call_id
    # the task dialog saving afterwards adds the answers and does not count the call again
    tasks.finish_task_item(base.op, first.id, call_id, journal.REFUSED, {"q1": "нет"}, "дорого")
    row = m.OutboundTaskItem.get_by_id(first.id)
    assert row.attempts == 1 and '"q1": "no"' in row.answers
    with refused(tasks.TaskError, "task.call_closed_with_another_outcome"):
        tasks.finish_task_item(base.op, first.id, call_id, journal.INFO_GIVEN, {"q1": "да"})

    # F12: no answer keeps the item open; finishing the closed call again counts nothing
    call_id = tasks.start_task_item(base.op, second.id)
    calls.close_call(base.op, call_id, journal.NO_ANSWER)
    tasks.finish_task_item(base.op, second.id, call_id, journal.NO_ANSWER, {})
    row = m.OutboundTaskItem.get_by_id(second.id)
    assert (row.status, row.outcome, row.attempts) == ("open", journal.NO_ANSWER, 1)
    # the next call through the task dialog finishes it: two attempts in all
    call_id = tasks.start_task_item(base.op, second.id)
    tasks.finish_task_item(base.op, second.id, call_id, journal.INFO_GIVEN, {"q1": "да", "q2": "напитки"})
    row = m.OutboundTaskItem.get_by_id(second.id)
    assert (row.status, row.outcome, row.attempts) == ("done", journal.INFO_GIVEN, 2)
    assert m.Call.get_by_id(call_id).outcome == journal.INFO_GIVEN
    summary, _rows = tasks.task_results(base.head, first.task_id)
    assert (summary.done, summary.refused) == (2, 1)


def test_a_task_call_transferred_records_its_item(base):
    from orderdesk_gui.services import tasks

    item = _task(base)[base.c1.id]
    call_id = tasks.start_task_item(base.op, item.id)
    calls.transfer(base.op, call_id, base.manager.id, "вопрос по договору")
    row = m.OutboundTaskItem.get_by_id(item.id)
    assert (row.status, row.outcome, row.attempts) == ("done", journal.TRANSFERRED, 1)


def test_two_operators_cannot_start_the_same_task_item(base):
    from orderdesk_gui.services import tasks

    item = _task(base)[base.c1.id]
    call_id = tasks.start_task_item(base.op, item.id)
    calls_before = m.Call.select().count()
    with refused(tasks.TaskError, "task.being_called", name="Op"):
        tasks.start_task_item(base.op2, item.id)
    assert m.Call.select().count() == calls_before  # no stranded call
    assert m.OutboundTaskItem.get_by_id(item.id).call_id == call_id
    calls.close_call(base.op, call_id, journal.BUSY)
    again = tasks.start_task_item(base.op2, item.id)  # the first call ended: the item is free
    row = m.OutboundTaskItem.get_by_id(item.id)
    assert (row.call_id, row.operator_id, row.attempts) == (again, base.op2.id, 1)


def test_only_the_department_head_the_taker_or_the_sales_head_handle_a_complaint(base):
    from orderdesk_gui.services import auth, complaints

    logistics_head = signed_in(_user("logist", "manager", head_of=m.Department.get(code="logistics")))
    admin = signed_in(_user("root", "admin"))
    cid = complaints.register(base.op, "complaint", "delivery", "Машина опоздала", base.c1.id)
    assert complaints.get(base.head, cid).department_code == "logistics"
    with refused(auth.PermissionDenied, "complaint.not_your_department", name="Manager"):
        complaints.take(base.manager, cid)  # heads wholesale, not logistics
    with refused(auth.PermissionDenied, "complaint.not_your_department", name="Manager"):
        complaints.resolve(base.manager, cid, "решили сами")
    assert complaints.get(base.head, cid).status == "open"
    complaints.take(logistics_head, cid)
    complaints.take(base.head, cid)  # the head of sales may take it over
    with pytest.raises(auth.PermissionDenied):
        complaints.take(base.manager, cid)
    complaints.resolve(base.head, cid, "Извинились, скидка 5%")
    assert complaints.get(base.head, cid).status == "resolved"
    other = complaints.register(base.op, "wish", "delivery", "Доставка в субботу", base.c2.id)
    complaints.resolve(admin, other, "Передано в логистику")
    assert complaints.get(base.head, other).status == "resolved"


def test_callbacks_done_count_requests_and_missed_ones_go_to_the_last_caller(base):
    from orderdesk_gui.services import reports

    now = clock.now_utc()
    today = clock.today()
    period = (today - dt.timedelta(days=1), today)
    # reached by op, who is asked for later (a reschedule, not done); then op2 reaches the client
    cb = callback_requests.add_callback("+77011112233", "Арман", now - dt.timedelta(minutes=5), source="web")
    first = callbacks.start_attempt(base.op, cb)
    calls.close_call(base.op, first, journal.CALLBACK_SCHEDULED, callback_at=now + dt.timedelta(minutes=30))
    assert reports.shift_report(base.head, *period).total.callbacks_done == 0
    second = callbacks.start_attempt(base.op2, cb)
    calls.close_call(base.op2, second, journal.NO_ANSWER)
    third = callbacks.start_attempt(base.op2, cb)
    calls.close_call(base.op2, third, journal.INFO_GIVEN)
    assert m.CallbackRequest.get_by_id(cb).status == "done"
    # a request whose window passed: op tried once, nobody reached the client
    late = callback_requests.add_callback(
        "+77012223344", "", now - dt.timedelta(hours=3), now - dt.timedelta(hours=2), source="web"
    )
    attempt = callbacks.start_attempt(base.op, late)
    calls.close_call(base.op, attempt, journal.BUSY)
    # and one nobody tried
    callback_requests.add_callback(
        "+77013334455", "", now - dt.timedelta(hours=3), now - dt.timedelta(hours=2)
    )

    desk = reports.shift_report(base.head, *period)
    assert (desk.total.callbacks_done, desk.total.callbacks_missed) == (1, 2)
    per = dict(desk.per_operator)
    assert (per["Op"].callbacks_done, per["Op"].callbacks_missed) == (0, 1)
    assert (per["Op2"].callbacks_done, per["Op2"].callbacks_missed) == (1, 0)
    own = reports.shift_report(base.op, *period).total
    assert (own.callbacks_done, own.callbacks_missed) == (0, 1)
    own2 = reports.shift_report(base.op2, *period).total
    assert (own2.callbacks_done, own2.callbacks_missed) == (1, 0)


def test_report_exports_never_turn_a_typed_text_into_a_formula(base, tmp_path):
    import zipfile

    from openpyxl import load_workbook

    from orderdesk_gui.services import reports

    sly = signed_in(_user("sly", "operator"))
    m.User.update(full_name='=HYPERLINK("http://x";"y")').where(m.User.id == sly.id).execute()
    call_id = calls.open_call(sly, "+77011112233", base.c1.id)
    calls.close_call(sly, call_id, journal.INFO_GIVEN)
    today = clock.today()
    desk = reports.shift_report(base.head, today, today)
    labels = {"figure": "+Figure", "calls_in": "-In", "calls_out": "@Out"}
    csv_path, xlsx_path = tmp_path / "r.csv", tmp_path / "r.xlsx"
    reports.export_csv(desk, csv_path, labels)
    text = csv_path.read_text(encoding="utf-8-sig")
    assert "'+Figure;" in text and "'-In;1;1" in text and "'@Out;0;0" in text
    assert ";'=HYPERLINK" in text.replace('"', "")
    reports.export_xlsx(desk, xlsx_path, labels)
    sheet = load_workbook(xlsx_path).worksheets[0]
    cells = {c.value: c.data_type for row in sheet.iter_rows() for c in row if isinstance(c.value, str)}
    assert cells['=HYPERLINK("http://x";"y")'] == "s" and cells["+Figure"] == "s"
    with zipfile.ZipFile(xlsx_path) as book:
        assert b"<f>" not in book.read("xl/worksheets/sheet1.xml")


def test_the_report_shows_transfer_reasons_without_design_references():
    from orderdesk_gui.domain.journal import ShiftFigures, ShiftReport
    from orderdesk_gui.services import reports

    day = dt.date(2026, 11, 19)
    figures = ShiftFigures(
        transfers_by_reason={
            "Key account: their manager takes the order (D4)": 2,
            "New client: take the order here, then the head assigns a manager (D3, D15)": 1,
        }
    )
    rows = reports.table(ShiftReport(day, day, "", figures))
    reasons = [row[0] for row in rows if row[0].startswith("Transferred")]
    assert reasons == [
        "Transferred: Key account: their manager takes the order",
        "Transferred: New client: take the order here, then the head assigns a manager",
    ]
    worded = reports.table(
        ShiftReport(day, day, "", figures),
        {"reason:Key account: their manager takes the order (D4)": "Ключевой клиент"},
    )
    assert "Transferred: Ключевой клиент" in [row[0] for row in worded]
