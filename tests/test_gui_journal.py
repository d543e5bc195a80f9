"""Every call gets an outcome (D14) in the real window: F12 with digits, the guard when leaving a call,
the journal dock's rows, filters and summary, the client card's calls and the running call timer."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog

from orderdesk_gui import clock, config
from orderdesk_gui.db import models as m
from orderdesk_gui.domain import journal as journal_rules
from orderdesk_gui.ui.app import OrderDeskApp
from tests.gui_helpers import press, type_text


@pytest.fixture
def session(qtbot, open_desk):
    app = open_desk()
    qtbot.wait_until(lambda: app.window.journal._operators_loaded)
    return app


def active_clients(count: int) -> list[m.Client]:
    return list(m.Client.select().where(m.Client.status == "active").order_by(m.Client.id).limit(count))


def answer(qtbot, window, client: m.Client) -> None:
    """Find the client by code in the search bar and open the card with Enter: a call opens."""
    window.search.clear()
    window.ui.searchEdit.setFocus()
    QTest.keyClicks(window.ui.searchEdit, client.code)
    qtbot.wait_until(lambda: any(h.id == client.id for h in window.search.model.rows()), timeout=10000)
    row = next(i for i, h in enumerate(window.search.model.rows()) if h.id == client.id)
    window.search.view.selectRow(row)
    press(window.ui.searchEdit, Qt.Key.Key_Return)


def wait_call(qtbot, window, client: m.Client) -> m.Call:
    qtbot.wait_until(
        lambda: (
            window.card.card is not None
            and window.card.card.id == client.id
            and window.caller.call_id is not None
            and window.caller.call_client_id == client.id
        ),
        timeout=10000,
    )
    return m.Call.get_by_id(window.caller.call_id)


def outcome_dialog(qtbot, window):
    qtbot.wait_until(lambda: window.caller.outcome_dialog is not None, timeout=10000)
    dialog = window.caller.outcome_dialog
    qtbot.wait_until(dialog.isVisible, timeout=5000)
    return dialog


def journal_row(qtbot, window, call_id: int):
    qtbot.wait_until(
        lambda: any(r.id == call_id and r.ended_at is not None for r in window.journal.model.rows()),
        timeout=10000,
    )
    model = window.journal.model
    index = next(i for i, r in enumerate(model.rows()) if r.id == call_id)
    return [model.index(index, c).data() for c in range(model.columnCount())]


def test_a_call_to_each_outcome_with_the_keyboard(qtbot, window):
    clients = active_clients(len(journal_rules.OUTCOMES) + 1)
    manager = m.User.get(m.User.login == "manager1")
    seen: dict[str, m.Call] = {}
    for number, outcome in enumerate(journal_rules.OUTCOMES, start=1):
        client = clients[number]
        answer(qtbot, window, client)
        call = wait_call(qtbot, window, client)
        assert call.direction == "in" and call.ended_at is None and call.outcome == ""
        if outcome == journal_rules.ORDER_TAKEN:
            # what ordering.complete writes on the call when the order is accepted (tests/test_gui_order.py)
            m.Call.update(outcome=journal_rules.ORDER_TAKEN, outcome_detail="B1-2026-999001").where(
                m.Call.id == call.id
            ).execute()
        press(window, Qt.Key.Key_F12)
        dialog = outcome_dialog(qtbot, window)
        assert dialog.outcomeList.hasFocus()
        if outcome == journal_rules.ORDER_TAKEN:
            assert dialog.outcome == journal_rules.ORDER_TAKEN  # preselected; Enter confirms it
            press(dialog.outcomeList, Qt.Key.Key_Return)
        else:
            press(dialog.outcomeList, getattr(Qt.Key, f"Key_{number}"))
            assert dialog.outcome == outcome
            if outcome == journal_rules.TRANSFERRED:
                assert dialog.targetCombo.hasFocus()
                qtbot.wait_until(lambda d=dialog: d.targetCombo.findData(manager.id) >= 0, timeout=5000)
                dialog.targetCombo.setCurrentIndex(dialog.targetCombo.findData(manager.id))
                press(dialog.targetCombo, Qt.Key.Key_Tab)
                type_text(dialog.focusWidget(), "Хочет скидку на объём")
                press(dialog.focusWidget(), Qt.Key.Key_Return)
            elif outcome == journal_rules.REFUSED:
                assert dialog.detailEdit.hasFocus()
                press(dialog.detailEdit, Qt.Key.Key_Return)  # no reason: refused with a message
                qtbot.wait_until(lambda d=dialog: "why" in d.messageLabel.text().lower(), timeout=5000)
                assert m.Call.get_by_id(call.id).ended_at is None
                type_text(dialog.detailEdit, "Дорого, берут у конкурента")
                press(dialog.detailEdit, Qt.Key.Key_Return)
            elif outcome == journal_rules.CALLBACK_SCHEDULED:
                assert dialog.whenEdit.hasFocus()
                QTest.keyClicks(dialog.whenEdit, "yesterday")
                press(dialog.whenEdit, Qt.Key.Key_Return)
                qtbot.wait_until(lambda d=dialog: d.messageLabel.text() != "", timeout=5000)
                assert m.Call.get_by_id(call.id).ended_at is None
                dialog.whenEdit.clear()
                QTest.keyClicks(dialog.whenEdit, "+2h")
                assert dialog.whenHint.text().startswith("→")
                press(dialog.whenEdit, Qt.Key.Key_Return)
            else:
                assert dialog.notesEdit.hasFocus()
                type_text(dialog.notesEdit, f"заметка {outcome}")
                press(dialog.notesEdit, Qt.Key.Key_Return)
        qtbot.wait_until(lambda: window.caller.outcome_dialog is None, timeout=10000)
        call = m.Call.get_by_id(call.id)
        assert call.outcome == outcome and call.ended_at is not None, outcome
        assert window.caller.call_id is None
        seen[outcome] = call
        text = journal_row(qtbot, window, call.id)
        assert text[2] == client.name
        assert (
            text[4]
            .split(":")[0]
            .startswith(
                {
                    journal_rules.ORDER_TAKEN: "order taken",
                    journal_rules.INFO_GIVEN: "information given",
                    journal_rules.TRANSFERRED: "transferred to",
                    journal_rules.CONSULTED: "consulted",
                    journal_rules.NO_ANSWER: "no answer",
                    journal_rules.BUSY: "busy",
                    journal_rules.REFUSED: "refused",
                    journal_rules.CALLBACK_SCHEDULED: "callback scheduled",
                }[outcome]
            )
        )
    assert "B1-2026-999001" in journal_row(qtbot, window, seen[journal_rules.ORDER_TAKEN].id)[4]
    transferred = seen[journal_rules.TRANSFERRED]
    assert transferred.transferred_to_id == manager.id
    assert transferred.transfer_reason == "Хочет скидку на объём"
    assert (
        journal_row(qtbot, window, transferred.id)[4]
        == f"transferred to {manager.full_name}: Хочет скидку на объём"
    )
    refused = seen[journal_rules.REFUSED]
    assert refused.outcome_detail == "Дорого, берут у конкурента"
    assert journal_row(qtbot, window, refused.id)[4] == "refused: Дорого, берут у конкурента"
    assert "заметка info_given" in seen[journal_rules.INFO_GIVEN].notes
    scheduled = m.CallbackRequest.get(m.CallbackRequest.client == clients[8].id)
    expected = seen[journal_rules.CALLBACK_SCHEDULED].ended_at + dt.timedelta(hours=2)
    assert abs((scheduled.window_start - expected).total_seconds()) < 120
    assert scheduled.status == "open"


def test_leaving_a_call_without_outcome_asks_for_one(qtbot, window):
    first, second = active_clients(3)[1:]
    answer(qtbot, window, first)
    call = wait_call(qtbot, window, first)
    answer(qtbot, window, second)  # switching client with the call still open
    dialog = outcome_dialog(qtbot, window)
    assert first.name in dialog.headerLabel.text()
    press(dialog.outcomeList, Qt.Key.Key_Escape)  # the operator goes back to the call
    qtbot.wait_until(lambda: window.caller.outcome_dialog is None, timeout=5000)
    assert window.card.card.id == first.id and window.caller.call_id == call.id
    assert m.Call.get_by_id(call.id).ended_at is None
    answer(qtbot, window, second)
    dialog = outcome_dialog(qtbot, window)
    press(dialog.outcomeList, Qt.Key.Key_2)
    press(dialog.notesEdit, Qt.Key.Key_Return)
    new = wait_call(qtbot, window, second)
    assert new.id != call.id
    assert m.Call.get_by_id(call.id).outcome == journal_rules.INFO_GIVEN
    # the same client again keeps the same call (no question asked)
    with qtbot.wait_signal(window.caller.caller_loaded, timeout=10000):
        answer(qtbot, window, second)
    assert window.caller.outcome_dialog is None and window.caller.call_id == new.id


def test_a_call_with_an_order_taken_closes_silently_when_leaving(qtbot, window):
    first, second = active_clients(3)[1:]
    answer(qtbot, window, first)
    call = wait_call(qtbot, window, first)
    m.Call.update(outcome=journal_rules.ORDER_TAKEN, outcome_detail="B1-2026-999002").where(
        m.Call.id == call.id
    ).execute()
    answer(qtbot, window, second)
    wait_call(qtbot, window, second)
    assert window.caller.outcome_dialog is None
    closed = m.Call.get_by_id(call.id)
    assert closed.ended_at is not None and closed.outcome == journal_rules.ORDER_TAKEN


def test_a_new_screen_pop_and_quitting_ask_for_the_outcome(qtbot, session):
    window = session.window
    first, second = active_clients(3)[1:]
    answer(qtbot, window, first)
    call = wait_call(qtbot, window, first)
    number = m.Phone.select().where(m.Phone.client == second.id).first().e164
    window.caller.screen_pop(number)
    dialog = outcome_dialog(qtbot, window)
    press(dialog.outcomeList, Qt.Key.Key_4)  # consulted
    press(dialog.notesEdit, Qt.Key.Key_Return)
    qtbot.wait_until(
        lambda: window.caller.call_id is not None and window.caller.call_id != call.id, timeout=10000
    )
    popped = m.Call.get_by_id(window.caller.call_id)
    assert popped.phone == number
    assert m.Call.get_by_id(call.id).outcome == journal_rules.CONSULTED
    # quitting with the call open asks; cancelling keeps the window
    window.close()
    dialog = outcome_dialog(qtbot, window)
    press(dialog.outcomeList, Qt.Key.Key_Escape)
    qtbot.wait_until(lambda: window.caller.outcome_dialog is None, timeout=5000)
    assert window.isVisible()
    window.close()
    dialog = outcome_dialog(qtbot, window)
    press(dialog.outcomeList, Qt.Key.Key_6)  # busy
    press(dialog.notesEdit, Qt.Key.Key_Return)
    qtbot.wait_until(lambda: not window.isVisible(), timeout=10000)
    assert m.Call.get_by_id(popped.id).outcome == journal_rules.BUSY


def test_two_rings_in_quick_succession_leave_no_call_without_outcome(qtbot, window):
    """The second pop arrives before the first call record is written: it waits, the first call is
    asked for its outcome, then the second caller gets their own call."""
    first, second = active_clients(3)[1:]
    numbers = [m.Phone.select().where(m.Phone.client == c.id).first().e164 for c in (first, second)]
    open_before = m.Call.select().where(m.Call.ended_at.is_null()).count()
    window.caller.screen_pop(numbers[0])
    window.caller.screen_pop(numbers[1])
    dialog = outcome_dialog(qtbot, window)
    assert m.Call.get_by_id(dialog.call.id).phone == numbers[0]
    press(dialog.outcomeList, Qt.Key.Key_2)  # information given
    press(dialog.notesEdit, Qt.Key.Key_Return)
    qtbot.wait_until(
        lambda: window.caller.call_id is not None and window.caller.call_id != dialog.call.id, timeout=10000
    )
    assert m.Call.get_by_id(window.caller.call_id).phone == numbers[1]
    assert m.Call.get_by_id(dialog.call.id).outcome == journal_rules.INFO_GIVEN
    assert m.Call.select().where(m.Call.ended_at.is_null()).count() == open_before + 1


def test_new_call_key_and_the_call_timer(qtbot, window):
    assert "no call" in window.findChild(type(window.db_label), "callTimerLabel").text()
    QTest.keyClick(
        window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.wait_until(lambda: window.findChild(QInputDialog) is not None, timeout=5000)
    dialog = window.findChild(QInputDialog)
    press(dialog, Qt.Key.Key_Return)  # no number shown by the phone
    qtbot.wait_until(lambda: window.caller.call_id is not None, timeout=10000)
    window.activateWindow()  # offscreen there is no window manager to hand the keys back
    call = m.Call.get_by_id(window.caller.call_id)
    assert call.direction == "in" and call.phone == "" and call.client_id is None
    label = window.findChild(type(window.db_label), "callTimerLabel")
    assert label.text().startswith("☎ call 00:0")
    window.caller.call_started -= 42
    qtbot.wait_until(lambda: "00:4" in label.text(), timeout=3000)
    press(window, Qt.Key.Key_F12)
    dialog = outcome_dialog(qtbot, window)
    assert "unknown number" in dialog.headerLabel.text()
    press(dialog.outcomeList, Qt.Key.Key_Return)  # nothing chosen: a message, the call stays open
    assert "Choose the outcome" in dialog.messageLabel.text()
    press(dialog.outcomeList, Qt.Key.Key_2)
    press(dialog.notesEdit, Qt.Key.Key_Return)
    qtbot.wait_until(lambda: window.caller.call_id is None, timeout=10000)
    assert "no call" in label.text()
    assert m.Call.get_by_id(call.id).outcome == journal_rules.INFO_GIVEN


def test_f12_finds_a_call_left_open_by_a_crash(qtbot, window):
    operator = m.User.get(m.User.login == "operator")
    client = active_clients(2)[1]
    left = m.Call.create(operator=operator, client=client, phone="+77010000077", started_at=clock.now_utc())
    press(window, Qt.Key.Key_F12)
    dialog = outcome_dialog(qtbot, window)
    assert dialog.call.id == left.id
    press(dialog.outcomeList, Qt.Key.Key_5)
    press(dialog.notesEdit, Qt.Key.Key_Return)
    qtbot.wait_until(lambda: m.Call.get_by_id(left.id).ended_at is not None, timeout=10000)
    assert m.Call.get_by_id(left.id).outcome == journal_rules.NO_ANSWER


def _bulk_calls(count: int, day_start: dt.datetime) -> tuple[m.User, m.User, m.Client]:
    op1 = m.User.get(m.User.login == "operator")
    op2 = m.User.get(m.User.login == "operator2")
    client = active_clients(5)[4]
    outcomes = [o for o in journal_rules.OUTCOMES if o != journal_rules.TRANSFERRED]
    rows = []
    for i in range(count):
        start = day_start + dt.timedelta(seconds=15 * i + 1)
        rows.append(
            dict(
                operator=op1 if i % 3 else op2,
                client=client if i % 50 == 0 else None,
                phone=f"+7701{i:07d}",
                started_at=start,
                ended_at=start + dt.timedelta(seconds=30 + i % 300),
                direction="in" if i % 4 else "out",
                purpose="order",
                outcome=outcomes[i % len(outcomes)],
                outcome_detail="Дорого" if outcomes[i % len(outcomes)] == journal_rules.REFUSED else "",
                source="",
            )
        )
    with m.db_proxy.atomic():
        for chunk in range(0, len(rows), 500):
            m.Call.insert_many(rows[chunk : chunk + 500]).execute()
    return op1, op2, client


def test_journal_day_filters_and_summary(qtbot, window):
    day = clock.today() - dt.timedelta(days=2)
    start, _end = clock.day_bounds(day)
    op1, op2, client = _bulk_calls(5000, start)
    journal = window.journal
    journal.show_day(day)
    qtbot.wait_until(lambda: journal.model.rowCount() >= 5000, timeout=20000)
    assert journal.summary.text().startswith(day.strftime("%d.%m.%Y") + ": ")
    assert f"{journal.model.rowCount()} calls" in journal.summary.text()
    for operator_id, outcome, text in (
        (op2.id, None, ""),
        (None, journal_rules.REFUSED, ""),
        (None, None, client.name[:6]),
        (op1.id, journal_rules.BUSY, ""),
        (None, None, "+7701000012"),
        (None, None, "8 701 000 012"),  # as dialled here: the same calls
    ):
        journal.filter_by(operator_id, outcome, text)
        rows = journal.shown_rows()
        assert rows, (operator_id, outcome, text)
        if operator_id is not None:
            assert all(r.operator_id == operator_id for r in rows)
        if outcome is not None:
            assert all(r.outcome == outcome for r in rows)
        if text.startswith(("+", "8 ")):
            assert all("+7701000012" in r.phone for r in rows) and len(rows) == 10
        elif text:
            assert all(r.client_id == client.id for r in rows)
        assert journal.shownLabel.text() == f"{len(rows)} of {journal.model.rowCount()} shown"
        assert f"{len(rows)} calls" in journal.summary.text()
    journal.filter_by(None, None, "")
    assert journal.proxy.rowCount() == journal.model.rowCount()
    # (how fast: benchmarks/journal_probe.py, journal_day_p95_ms; no timing thresholds in tests)
    refused_row = next(r for r in journal.model.rows() if r.outcome == journal_rules.REFUSED)
    index = journal.model.rows().index(refused_row)
    assert journal.model.index(index, 4).data() == "refused: Дорого"


def test_card_lists_the_clients_calls(qtbot, window):
    client = active_clients(2)[1]
    operator = m.User.get(m.User.login == "operator")
    when = clock.now_utc() - dt.timedelta(days=3)
    m.Call.create(
        operator=operator,
        client=client,
        phone="+77010000088",
        started_at=when,
        ended_at=when + dt.timedelta(seconds=65),
        outcome=journal_rules.REFUSED,
        outcome_detail="Нет денег до пятницы",
    )
    from orderdesk_gui.services import auth, complaints

    m.Complaint.update(status="resolved").where(m.Complaint.client == client.id).execute()
    user = auth.authenticate("operator", "demo")
    complaints.register(user, "complaint", "quality", "Творог с истёкшим сроком", client_id=client.id)
    complaints.register(user, "wish", "assortment", "Хотят қымыз в ассортименте", client_id=client.id)
    answer(qtbot, window, client)
    wait_call(qtbot, window, client)
    assert window.card.ui.complaintsLabel.text() == "⚠ Open complaints, claims or wishes: 2"
    model = window.card.calls_model
    qtbot.wait_until(lambda: any(r.outcome == journal_rules.REFUSED for r in model.rows()), timeout=10000)
    row = next(i for i, r in enumerate(model.rows()) if r.outcome == journal_rules.REFUSED)
    assert model.index(row, 3).data() == "refused: Нет денег до пятницы"
    assert model.index(row, 4).data() == "1:05"
    assert all(r.client_id == client.id for r in model.rows())
    other = active_clients(3)[2]
    m.Complaint.update(status="resolved").where(m.Complaint.client == other.id).execute()
    window.caller.open_client(other.id)  # the worklist's way in: the open call is settled first
    dialog = outcome_dialog(qtbot, window)
    press(dialog.outcomeList, Qt.Key.Key_2)
    press(dialog.notesEdit, Qt.Key.Key_Return)
    qtbot.wait_until(lambda: window.card.card is not None and window.card.card.id == other.id, timeout=10000)
    assert window.card.ui.complaintsLabel.isHidden()


def test_sign_out_with_an_open_call_asks_for_the_outcome_first(qtbot, demo_url):
    session = OrderDeskApp(config.Settings(), demo_url, interactive=False)
    with qtbot.wait_signal(session.opened, timeout=15000):
        session.start()
    with qtbot.wait_signal(session.window_shown, timeout=15000):
        session.sign_in("operator", "demo")
    window = session.window  # not given to qtbot: signing out deletes it
    qtbot.wait_until(window.isActiveWindow, timeout=5000)
    client = active_clients(2)[1]
    answer(qtbot, window, client)
    call = wait_call(qtbot, window, client)
    QTest.keyClick(
        window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    dialog = outcome_dialog(qtbot, window)
    assert session.window is window  # still signed in while the question is open
    press(dialog.outcomeList, Qt.Key.Key_2)
    press(dialog.notesEdit, Qt.Key.Key_Return)
    qtbot.wait_until(lambda: session.window is None, timeout=10000)
    assert m.Call.get_by_id(call.id).outcome == journal_rules.INFO_GIVEN
    qtbot.wait_until(lambda: session.worker.pending == 0, timeout=10000)
    session.login_dialog.close()
    session.shutdown()


def test_a_refresh_keeps_the_operators_place_in_the_journal(qtbot, window):
    journal = window.journal
    journal.show_day(clock.today())  # the demo's busy day
    qtbot.wait_until(lambda: journal.proxy.rowCount() > 5, timeout=10000)
    view = journal.view
    view.selectRow(4)
    chosen = journal.model.row_at(journal.proxy.mapToSource(view.currentIndex()).row()).id
    with qtbot.wait_signal(journal.model.modelReset, timeout=10000):
        journal.refresh()

    def selected():
        return journal.model.row_at(journal.proxy.mapToSource(view.currentIndex()).row())

    qtbot.wait_until(lambda: selected() is not None and selected().id == chosen, timeout=5000)


def test_the_journal_follows_today_past_midnight(qtbot, window, test_clock):
    """A window left open overnight shows the new day's calls, not yesterday's, after its next refresh."""
    journal = window.journal
    today = clock.today()
    assert journal.day == today
    tomorrow = today + dt.timedelta(days=1)
    test_clock.advance(dt.timedelta(days=1))  # the office's clock passes midnight
    journal.refresh()
    qtbot.wait_until(lambda: journal.day == tomorrow, timeout=5000)
    assert journal.dayEdit.maximumDate().toPython() == tomorrow + dt.timedelta(days=1)


def test_the_programs_own_lines_in_the_notes_are_worded_for_the_reader(qtbot):
    from orderdesk_gui.errors import Notice
    from orderdesk_gui.ui.journal import journal_model

    at = clock.now_utc().replace(second=0, microsecond=0)
    scheduled = Notice("call.note_callback_scheduled_with_note", at=at, note="про доставку")
    notes = (
        "перезвонит сам\n"
        + journal_rules.note_line(scheduled)
        + "\n"
        + journal_rules.note_line(Notice("call.note_consulted", name="Head"))
    )
    row = journal_rules.JournalRow(
        id=1,
        started_at=at,
        ended_at=None,
        direction="in",
        phone="",
        client_id=None,
        client_name="",
        operator_id=1,
        operator_name="Op",
        purpose="order",
        outcome="",
        notes=notes,
    )
    model = journal_model()
    model.set_rows([row])
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    cell = model.index(0, headers.index("Notes"))
    local = clock.to_local(at).strftime("%d.%m.%Y %H:%M")
    assert cell.data() == f"перезвонит сам · Callback scheduled for {local}: про доставку · Consulted Head"
    assert (
        cell.data(Qt.ItemDataRole.ToolTipRole).splitlines()[1]
        == f"Callback scheduled for {local}: про доставку"
    )
