"""The "Work" menu in the real window: sleeping worklist, a survey task from the head to the operator
and back, a complaint from registration to resolution, and the shift report with its exports."""

from __future__ import annotations

import csv
import datetime as dt
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from orderdesk_gui import clock
from orderdesk_gui.db import models as m
from orderdesk_gui.ui.app import OrderDeskApp
from tests.conftest import DEMO_AS_OF
from tests.gui_helpers import press, shot, type_text

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def app(open_desk):
    return open_desk(login=None)


def open_as(qtbot, app: OrderDeskApp, login: str):
    """Sign the current user out (if any) and sign ``login`` in; returns the new main window."""
    if app.window is not None:
        idle(qtbot, app.window)
        app.sign_out()
        if app.login_dialog is not None:
            app.login_dialog.close()
    with qtbot.wait_signal(app.window_shown, timeout=15000):
        app.sign_in(login, "demo")
    qtbot.wait_until(lambda: app.window.worker.pending == 0, timeout=15000)
    return app.window


def idle(qtbot, window) -> None:
    qtbot.wait_until(lambda: window.worker.pending == 0, timeout=15000)


def shortcut(qtbot, window, key: Qt.Key, modifiers=CTRL_SHIFT) -> None:
    """A window shortcut, typed once the main window is the active one again (dialogs close)."""
    window.activateWindow()
    qtbot.wait_until(window.isActiveWindow, timeout=5000)
    QTest.keyClick(window, key, modifiers)


def click_save(dialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def choose(combo, data) -> None:
    """Pick an entry of a combo box from the keyboard (Down until the wanted item is current)."""
    combo.setFocus()
    target = combo.findData(data)
    assert target >= 0, data
    steps = target - combo.currentIndex()
    key = Qt.Key.Key_Down if steps > 0 else Qt.Key.Key_Up
    for _ in range(abs(steps)):
        press(combo, key)
    assert combo.currentIndex() == target


# -- sleeping clients (D16) ------------------------------------------------------------------------


def test_sleeping_worklist_loads_with_progress_and_enter_calls_the_client(qtbot, qtmodeltester, app):
    window = open_as(qtbot, app, "operator")
    panel = window.followups.worklist
    shares: list[float] = []
    panel.progress.connect(shares.append)
    shortcut(qtbot, window, Qt.Key.Key_W)
    assert window.followups.dock.isVisible()
    with qtbot.wait_signal(panel.loaded, timeout=30000):
        pass
    rows = panel.model.rows()
    assert rows, "the demo has sleeping clients"
    assert shares and max(shares) <= 1.0
    assert not panel.progress_bar.isVisible()
    lost = [r.value_lost for r in rows]
    assert lost == sorted(lost, reverse=True)
    assert all(r.days_overdue > 0 and r.usual_interval_days > 0 for r in rows)
    assert str(len(rows)) in panel.summary.text()
    qtmodeltester.check(panel.model)
    # the money column reads like the rest of the UI
    from orderdesk_gui.ui import formatting as fmt

    assert panel.proxy.index(0, 6).data() == fmt.money(rows[0].value_lost)

    # the second client of the list: Down, then Enter opens their card with an outbound call
    panel.view.setFocus()
    press(panel.view, Qt.Key.Key_Down)
    chosen = panel.current()
    assert chosen is rows[1]
    before = m.Call.select().count()
    press(panel.view, Qt.Key.Key_Return)
    qtbot.wait_until(
        lambda: window.card.card is not None and window.card.card.id == chosen.client_id, timeout=15000
    )
    qtbot.wait_until(lambda: window.caller.call_id is not None, timeout=15000)
    call = m.Call.get_by_id(window.caller.call_id)
    assert m.Call.select().count() == before + 1
    assert (call.source, call.direction, call.client_id) == ("sleeping", "out", chosen.client_id)
    assert call.operator.login == "operator" and call.ended_at is None and call.outcome == ""

    # F12, digit 5 (no answer), Enter: the call closes and the row says so without recomputing the list
    press(window, Qt.Key.Key_F12)
    qtbot.wait_until(lambda: window.caller.outcome_dialog is not None, timeout=10000)
    outcome = window.caller.outcome_dialog
    qtbot.wait_until(outcome.isVisible, timeout=5000)
    press(outcome.outcomeList, Qt.Key.Key_5)
    assert outcome.outcome == "no_answer"
    press(outcome.focusWidget(), Qt.Key.Key_Return)
    qtbot.wait_until(lambda: window.caller.call_id is None, timeout=10000)
    call = m.Call.get_by_id(call.id)
    assert call.outcome == "no_answer" and call.ended_at is not None
    qtbot.wait_until(lambda: panel.current().last_outcome == "no_answer", timeout=5000)
    assert panel.current().client_id == chosen.client_id and panel.current().last_called_at is not None
    assert panel.proxy.index(1, 8).data() == "no answer"

    # filtering by text keeps the money order and never queries
    type_text(panel.filter_edit, chosen.name[:6])
    assert 0 < panel.proxy.rowCount() <= len(rows)
    qtbot.wait(100)  # let the layout settle before the screenshot
    shot(window, "d2_worklist")


# -- outbound task with a survey (D17) ----------------------------------------------------------------


def create_task_as_head(qtbot, window) -> int:
    shortcut(qtbot, window, Qt.Key.Key_T)
    tasks = window.followups.tasks_dialog
    qtbot.wait_until(tasks.isVisible, timeout=5000)
    assert tasks.new_button.isVisible()
    QTest.mouseClick(tasks.new_button, Qt.MouseButton.LeftButton)
    editor = tasks.editor
    qtbot.wait_until(editor.isVisible, timeout=5000)
    idle(qtbot, window)
    tasks_before = m.OutboundTask.select().count()
    click_save(editor)  # no title: a message, nothing created
    assert "title" in editor.error_label.text() and editor.isVisible()
    QTest.keyClicks(editor.title_edit, "Ab")
    click_save(editor)  # too short for the service: its message, nothing created
    qtbot.wait_until(lambda: "3 to" in editor.error_label.text(), timeout=5000)
    assert m.OutboundTask.select().count() == tasks_before
    editor.title_edit.clear()
    QTest.keyClicks(editor.title_edit, "Delivery survey")
    type_text(editor.instruction_edit, "Спросите о доставке и удобном дне")
    # only key accounts: the live count follows the filter
    everyone = editor.preview_count
    assert everyone and everyone > 0
    key_accounts = next(
        i
        for i in range(editor.types_list.count())
        if editor.types_list.item(i).data(Qt.ItemDataRole.UserRole) == "key_account"
    )
    editor.types_list.item(key_accounts).setCheckState(Qt.CheckState.Checked)
    qtbot.wait_until(
        lambda: editor.preview_count is not None and editor.preview_count < everyone, timeout=5000
    )
    idle(qtbot, window)
    expected = editor.preview_count
    assert expected >= 2
    assert str(expected) in editor.count_label.text()
    # three questions from the keyboard: yes/no (required), a choice, a number
    type_text(editor.question_edit, "Довольны доставкой?")
    choose(editor.type_combo, "yesno")
    press(editor.required_check, Qt.Key.Key_Space)
    press(editor.question_edit, Qt.Key.Key_Return)
    type_text(editor.question_edit, "Удобный день")
    choose(editor.type_combo, "choice")
    type_text(editor.choices_edit, "понедельник; среда; пятница")
    press(editor.choices_edit, Qt.Key.Key_Return)
    QTest.keyClicks(editor.question_edit, "Boxes a week")
    choose(editor.type_combo, "number")
    press(editor.question_edit, Qt.Key.Key_Return)
    assert editor.questions_list.count() == 3
    shot(editor, "d2_task_editor")
    click_save(editor)
    qtbot.wait_until(lambda: editor.created_id is not None or bool(editor.error_label.text()), timeout=15000)
    assert editor.created_id is not None, editor.error_label.text()
    task = m.OutboundTask.get_by_id(editor.created_id)
    assert task.title == "Delivery survey" and task.created_by.login == "head"
    assert task.items.count() == expected
    assert "key_account" in task.client_filter
    survey = json.loads(task.survey)
    assert len(survey if isinstance(survey, list) else survey.get("questions", [])) == 3, (
        task.survey,
        editor.questions,
    )
    return task.id


def answer_next_item(qtbot, window, task_id: int):
    tasks = window.followups.tasks_dialog
    qtbot.wait_until(lambda: tasks.current_task() is not None, timeout=10000)
    row = next(i for i, t in enumerate(tasks.tasks.rows()) if t.id == task_id)
    tasks.tasks_view.setCurrentIndex(tasks.tasks.index(row, 0))
    qtbot.wait_until(lambda: tasks.items.rowCount() > 0 and tasks.current_item() is not None, timeout=10000)
    idle(qtbot, window)
    item = tasks.current_item()
    tasks.items_view.setFocus()
    window.followups.answer_dialog = None
    press(tasks.items_view, Qt.Key.Key_Return)
    qtbot.wait_until(lambda: window.followups.answer_dialog is not None, timeout=15000)
    dialog = window.followups.answer_dialog
    qtbot.wait_until(dialog.isVisible, timeout=5000)
    assert window.caller.call_id == dialog.call_id
    assert window.card.card is not None and window.card.card.id == item.client_id
    call = m.Call.get_by_id(dialog.call_id)
    assert (call.source, call.direction, call.client_id) == ("task", "out", item.client_id)
    return item, dialog


def test_a_survey_task_from_the_head_through_an_operator_to_the_results(qtbot, qtmodeltester, app):
    head = open_as(qtbot, app, "head")
    task_id = create_task_as_head(qtbot, head)

    # the operator: no "new task" for them; works two clients
    operator = open_as(qtbot, app, "operator")
    shortcut(qtbot, operator, Qt.Key.Key_T)
    tasks = operator.followups.tasks_dialog
    qtbot.wait_until(tasks.isVisible, timeout=5000)
    assert not tasks.new_button.isVisible() and not tasks.results_button.isVisible()

    answered, dialog = answer_next_item(qtbot, operator, task_id)
    choose(dialog.answer_widgets["q1"], "yes")
    choose(dialog.answer_widgets["q2"], "среда")
    QTest.keyClicks(dialog.answer_widgets["q3"], "12")
    shot(dialog, "d2_task_answer")
    shot(tasks, "d2_tasks_operator")
    choose(dialog.outcome_combo, "info_given")
    with qtbot.wait_signal(dialog.finished_item, timeout=15000):
        click_save(dialog)
    qtbot.wait_until(lambda: operator.caller.call_id is None, timeout=10000)
    row = m.OutboundTaskItem.get_by_id(answered.id)
    assert row.status == "done" and row.outcome == "info_given" and row.operator.login == "operator"
    assert json.loads(row.answers) == {"q1": "yes", "q2": "среда", "q3": "12"}
    call = m.Call.get_by_id(row.call_id)
    assert call.ended_at is not None and call.outcome == "info_given" and call.source == "task"

    refused, dialog = answer_next_item(qtbot, operator, task_id)
    assert refused.id != answered.id
    choose(dialog.outcome_combo, "refused")
    click_save(dialog)  # no reason: refused in place, nothing written
    assert "why" in dialog.error_label.text().lower()
    assert m.OutboundTaskItem.get_by_id(refused.id).status == "open"
    type_text(dialog.reason_edit, "дорого, берут у конкурента")
    with qtbot.wait_signal(dialog.finished_item, timeout=15000):
        click_save(dialog)
    row = m.OutboundTaskItem.get_by_id(refused.id)
    assert (row.status, row.outcome, row.refusal_reason) == ("done", "refused", "дорого, берут у конкурента")
    qtbot.wait_until(lambda: operator.caller.call_id is None, timeout=10000)

    # the head's result view shows who was called, by whom, what they answered and why the refusal
    head = open_as(qtbot, app, "head")
    shortcut(qtbot, head, Qt.Key.Key_T)
    tasks = head.followups.tasks_dialog
    qtbot.wait_until(lambda: any(t.id == task_id for t in tasks.tasks.rows()), timeout=10000)
    row_no = next(i for i, t in enumerate(tasks.tasks.rows()) if t.id == task_id)
    tasks.tasks_view.setCurrentIndex(tasks.tasks.index(row_no, 0))
    summary = tasks.current_task()
    assert (summary.done, summary.refused) == (2, 1)
    QTest.mouseClick(tasks.results_button, Qt.MouseButton.LeftButton)
    results = tasks.results_dialog
    with qtbot.wait_signal(results.loaded, timeout=15000):
        pass
    shown = {r.client_id: r for r in results.model.rows()}
    for model in (results.model, tasks.tasks, tasks.items):
        qtmodeltester.check(model)
    assert shown[answered.client_id].answers == {"q1": "yes", "q2": "среда", "q3": "12"}
    assert shown[refused.client_id].refusal_reason == "дорого, берут у конкурента"
    operator_name = m.User.get(m.User.login == "operator").full_name
    assert shown[answered.client_id].operator_name == operator_name
    # the table: answers in their own columns, the refusal with its reason
    headers = [
        results.model.headerData(c, Qt.Orientation.Horizontal) for c in range(results.model.columnCount())
    ]
    assert "Довольны доставкой?" in headers and "Refusal reason" in headers
    texts = {
        results.model.index(r, c).data()
        for r in range(results.model.rowCount())
        for c in range(results.model.columnCount())
    }
    assert {"среда", "12", "дорого, берут у конкурента", operator_name} <= texts
    assert "refused: 1" in results.counts.text() and "2 called" in results.counts.text()
    assert "дорого, берут у конкурента" in results.refusals.toPlainText()
    qtbot.wait(100)  # let the layout settle before the screenshot
    shot(results, "d2_task_results")


# -- complaints (D20) -------------------------------------------------------------------------------


def find_client(qtbot, window, client):
    window.ui.searchEdit.setFocus()
    QTest.keyClicks(window.ui.searchEdit, client.code)
    qtbot.wait_until(lambda: window.search.model.rowCount() > 0, timeout=10000)
    press(window.ui.searchEdit, Qt.Key.Key_Return)
    qtbot.wait_until(lambda: window.card.card is not None and window.card.card.id == client.id, timeout=10000)
    idle(qtbot, window)


def test_a_complaint_from_registration_to_resolution_with_its_history(qtbot, qtmodeltester, app):
    from orderdesk_gui.services import auth

    client = (
        m.Client.select()
        .join(m.Order)
        .where((m.Order.status == "accepted") & (m.Order.number.is_null(False)))
        .order_by(m.Client.id)
        .first()
    )
    operator = open_as(qtbot, app, "operator")
    find_client(qtbot, operator, client)
    shortcut(qtbot, operator, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = operator.followups.complaint_dialog
    qtbot.wait_until(dialog.isVisible, timeout=5000)
    idle(qtbot, operator)
    assert dialog.order_combo.count() > 1  # the client's recent orders to link, with day and sum
    assert "₸" in dialog.order_combo.itemText(1) and dialog.order_combo.itemText(1).count(" · ") == 2
    choose(dialog.kind_combo, "claim")
    choose(dialog.category_combo, "delivery")
    before = m.Complaint.select().count()
    click_save(dialog)  # no text: refused with a message, nothing written
    assert dialog.isVisible() and dialog.error_label.text()
    assert m.Complaint.select().count() == before
    dialog.text_edit.setFocus()
    type_text(dialog.text_edit, "Привезли на день позже, товар тёплый")
    dialog.order_combo.setFocus()
    press(dialog.order_combo, Qt.Key.Key_Down)
    order_id = dialog.order_combo.currentData()
    QTest.keyClicks(dialog.lines_edit, "1")
    with qtbot.wait_signal(dialog.registered, timeout=15000):
        click_save(dialog)
    complaint = m.Complaint.get_by_id(dialog.saved_id)
    assert (complaint.kind, complaint.category, complaint.status) == ("claim", "delivery", "open")
    assert complaint.client_id == client.id and complaint.order_id == order_id
    assert complaint.call_id == operator.caller.call_id and complaint.call_id is not None
    assert complaint.department_id is not None  # by category
    assert [e.status for e in complaint.events] == ["open"]
    # the operator has no right to resolve: no department list for them
    assert not operator.followups.actionDepartmentComplaints.isEnabled()
    shortcut(qtbot, operator, Qt.Key.Key_K)
    assert operator.followups.complaints_dialog is None
    # the call ends with its outcome (F12, 2: information given, Enter); the complaint stays linked to it
    call_id = operator.caller.call_id
    press(operator, Qt.Key.Key_F12)
    qtbot.wait_until(lambda: operator.caller.outcome_dialog is not None, timeout=10000)
    outcome = operator.caller.outcome_dialog
    press(outcome.outcomeList, Qt.Key.Key_2)
    press(outcome.focusWidget(), Qt.Key.Key_Return)
    qtbot.wait_until(lambda: operator.caller.call_id is None, timeout=10000)
    assert m.Call.get_by_id(call_id).outcome == "info_given"

    # the head of that department takes and resolves it
    head_user = m.User.get(m.User.head_of == complaint.department_id)
    auth.set_password(head_user.login, "demo", by=auth.command_line())
    head = open_as(qtbot, app, head_user.login)
    shortcut(qtbot, head, Qt.Key.Key_K)
    listing = head.followups.complaints_dialog
    qtbot.wait_until(lambda: any(c.id == complaint.id for c in listing.model.rows()), timeout=15000)
    assert all(c.department_code == complaint.department.code for c in listing.model.rows())
    row = next(i for i, c in enumerate(listing.model.rows()) if c.id == complaint.id)
    listing.view.setCurrentIndex(listing.model.index(row, 0))
    qtbot.wait_until(
        lambda: listing.current_detail is not None and listing.current_detail.id == complaint.id,
        timeout=10000,
    )
    idle(qtbot, head)
    assert "Привезли на день позже" in listing.detail.text()
    QTest.mouseClick(listing.take_button, Qt.MouseButton.LeftButton)
    qtbot.wait_until(lambda: m.Complaint.get_by_id(complaint.id).status == "taken", timeout=10000)
    idle(qtbot, head)
    QTest.mouseClick(listing.resolve_button, Qt.MouseButton.LeftButton)  # no resolution text yet
    assert "resolution" in listing.status.text().lower()
    assert m.Complaint.get_by_id(complaint.id).status == "taken"
    listing.resolution_edit.setFocus()
    type_text(listing.resolution_edit, "Скидка 5% на следующий заказ")
    QTest.mouseClick(listing.resolve_button, Qt.MouseButton.LeftButton)
    qtbot.wait_until(lambda: m.Complaint.get_by_id(complaint.id).status == "resolved", timeout=10000)
    done = m.Complaint.get_by_id(complaint.id)
    assert done.resolution == "Скидка 5% на следующий заказ" and done.resolved_at is not None
    events = list(done.events.order_by(m.ComplaintEvent.id))
    assert [e.status for e in events] == ["open", "taken", "resolved"]
    assert events[0].user.login == "operator" and {e.user.login for e in events[1:]} == {head_user.login}
    # resolved items stay: shown with "Resolved too", history with who and when
    press(listing.resolved_check, Qt.Key.Key_Space)
    qtbot.wait_until(lambda: any(c.id == complaint.id for c in listing.model.rows()), timeout=10000)
    row = next(i for i, c in enumerate(listing.model.rows()) if c.id == complaint.id)
    listing.view.setCurrentIndex(listing.model.index(row, 0))
    qtbot.wait_until(lambda: listing.events.rowCount() == 3, timeout=10000)
    assert not listing.resolve_button.isEnabled()
    qtmodeltester.check(listing.model)
    qtmodeltester.check(listing.events)
    qtbot.wait(100)  # let the layout settle before the screenshot
    shot(listing, "d2_complaints")


# -- shift report (D25) -----------------------------------------------------------------------------


def test_the_shift_report_shows_figures_and_exports_csv_and_xlsx(qtbot, qtmodeltester, app, tmp_path):
    import openpyxl

    head = open_as(qtbot, app, "head")
    shortcut(qtbot, head, Qt.Key.Key_R)
    dialog = head.followups.reports_dialog
    qtbot.wait_until(dialog.isVisible, timeout=5000)
    idle(qtbot, head)
    assert dialog.operator_combo.isEnabled() and dialog.operator_combo.count() > 2
    start = DEMO_AS_OF - dt.timedelta(days=13)
    dialog.set_period(start, DEMO_AS_OF)
    with qtbot.wait_signal(dialog.report_shown, timeout=30000):
        QTest.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    # calls in the period by the office's local days (Almaty in the tests), counted straight from the table
    zone = clock.tz()
    lo = dt.datetime.combine(start, dt.time(), zone).astimezone(dt.UTC).replace(tzinfo=None)
    hi = dt.datetime.combine(DEMO_AS_OF + dt.timedelta(days=1), dt.time(), zone).astimezone(dt.UTC)
    period = (m.Call.started_at >= lo) & (m.Call.started_at < hi.replace(tzinfo=None))
    calls_in = m.Call.select().where(period & (m.Call.direction == "in")).count()
    assert calls_in > 0
    assert dialog.figure("Calls in") == str(calls_in)
    assert dialog.report.per_operator and dialog.model.columnCount() == 2 + len(dialog.report.per_operator)
    assert "Orders sum" in [r[0] for r in dialog.model.rows()]
    qtmodeltester.check(dialog.model)
    qtbot.wait(100)  # let the layout settle before the screenshot
    shot(dialog, "d2_report")

    csv_path = tmp_path / "shift.csv"
    with qtbot.wait_signal(dialog.exported, timeout=15000):
        dialog.export("csv", str(csv_path))
    text = csv_path.read_text(encoding="utf-8-sig")
    cells = [c for row in csv.reader(text.splitlines(), delimiter=";" if ";" in text else ",") for c in row]
    assert str(calls_in) in cells
    assert "Calls in" in cells  # the headings are the words on screen, in the operator's language
    xlsx_path = tmp_path / "shift.xlsx"
    with qtbot.wait_signal(dialog.exported, timeout=15000):
        dialog.export("xlsx", str(xlsx_path))
    book = openpyxl.load_workbook(xlsx_path)
    values = [c.value for ws in book.worksheets for row in ws.iter_rows() for c in row]
    assert calls_in in values or str(calls_in) in values


def test_an_operator_sees_only_their_own_report(qtbot, app):
    operator = open_as(qtbot, app, "operator")
    shortcut(qtbot, operator, Qt.Key.Key_R)
    dialog = operator.followups.reports_dialog
    qtbot.wait_until(dialog.isVisible, timeout=5000)
    assert not dialog.operator_combo.isEnabled() and dialog.operator_combo.count() == 1
    dialog.set_period(DEMO_AS_OF - dt.timedelta(days=6), DEMO_AS_OF)
    with qtbot.wait_signal(dialog.report_shown, timeout=30000):
        QTest.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    me = m.User.get(m.User.login == "operator")
    assert dialog.report.operator_name == me.full_name and not dialog.report.per_operator
    assert dialog.model.columnCount() == 2


def test_transfer_reasons_in_the_report_carry_no_design_references(qtbot):
    from orderdesk_gui.domain.journal import ShiftFigures
    from orderdesk_gui.ui.reports_dialog import figure_rows, reason_label

    assert reason_label("Key account: their manager takes the order (D4)") == (
        "Key account: their manager takes the order"
    )
    assert reason_label("Хочет скидку на объём") == "Хочет скидку на объём"  # typed reasons as written
    rows = figure_rows([ShiftFigures(transfers_by_reason={"Ordinary client: take the order here (D3)": 2})])
    labels = [label.strip() for label, _values in rows]
    assert "Ordinary client: take the order here" in labels
    assert not any("(D" in label for label in labels)
