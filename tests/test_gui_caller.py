"""The first seconds of a call in the real window: screen pop, debt gate, routing, transfers, clients."""

from __future__ import annotations

import subprocess
import sys

import pytest
from peewee import fn
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from orderdesk_gui.db import models as m
from tests.conftest import red_client
from tests.gui_helpers import press, shot, type_text

pytestmark = pytest.mark.dated  # runs on the demo's day and 52 weeks later (tests/conftest.py)


@pytest.fixture
def session(open_desk):
    return open_desk(listen=True, single_instance=True)


def mobile_of(client_id):
    return m.Phone.get((m.Phone.client == client_id) & (m.Phone.kind == "mobile")).e164


def open_card(qtbot, window, client):
    window.caller.open_client(client.id)
    qtbot.wait_until(lambda: window.card.card is not None and window.card.card.id == client.id, timeout=10000)


def test_orderdesk_call_pops_the_card_in_the_running_window(qtbot, session, demo_url):
    window = session.window
    client = red_client()
    number = mobile_of(client.id)
    digits = number[2:]
    written = f"8 ({digits[:3]}) {digits[3:6]}-{digits[6:8]}-{digits[8:]}"
    proc = subprocess.Popen(
        [sys.executable, "-m", "orderdesk_gui", "call", written],
        env=dict(__import__("os").environ),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    qtbot.wait_until(lambda: window.card.card is not None and window.card.card.id == client.id, timeout=20000)
    assert proc.wait(timeout=20) == 0
    assert window.card.ui.debtLevelLabel.text().startswith("✖")
    assert "STOP" in window.card.ui.debtLevelLabel.text()
    qtbot.wait_until(lambda: window.caller.call_id is not None, timeout=10000)
    call = m.Call.get_by_id(window.caller.call_id)
    assert call.phone == number and call.outcome == "" and call.client_id == client.id
    qtbot.wait_until(lambda: any(c.id == call.id for c in window.journal.model.rows()), timeout=10000)


def test_call_when_not_running_starts_it_and_pops_after_sign_in(qtbot, demo_url, open_desk, monkeypatch):
    from orderdesk_gui import cli
    from orderdesk_gui.ui import app as app_module

    started = {}
    monkeypatch.setattr(
        app_module,
        "run_gui",
        lambda args, settings, pending_call=None: started.setdefault("call", pending_call) and 0,
    )
    assert cli.main(["call", "+7 701 000 00 00"]) == 0
    assert started["call"] == "+7 701 000 00 00"
    from orderdesk_gui.db.connection import open_database

    database = open_database(demo_url)
    client = red_client()
    number = mobile_of(client.id)
    database.close()
    app = open_desk(listen=True, pending_call=number)
    qtbot.wait_until(lambda: app.window.card.card is not None, timeout=10000)
    assert app.window.card.card.id == client.id


def test_red_debtor_cannot_get_an_order_even_by_keyboard(qtbot, session):
    window = session.window
    client = red_client()
    open_card(qtbot, window, client)
    before = m.Order.select().count()
    press(window, Qt.Key.Key_F4)
    qtbot.wait_until(lambda: window.gate_dialog is not None and window.gate_dialog.isVisible(), timeout=10000)
    dialog = window.gate_dialog
    assert "overdue" in dialog.ui.reasonsLabel.text()
    assert m.Order.select().count() == before
    # the operator tries to override with their own authority: refused by the service
    type_text(dialog.ui.amountEdit, "150 000")
    type_text(dialog.ui.reasonEdit, "Клиент обещал оплатить завтра")
    QTest.mouseClick(dialog.ui.overrideButton, Qt.MouseButton.LeftButton)
    qtbot.wait_until(lambda: "may not override" in dialog.ui.messageLabel.text(), timeout=10000)
    assert m.Order.select().count() == before
    assert not m.AuditEvent.select().where(m.AuditEvent.action == "debt_override").exists()
    # finance approves at the desk with their own password
    dialog.ui.approverEdit.setText("")
    QTest.keyClicks(dialog.ui.approverEdit, "finance")
    assert dialog.ui.approverPasswordEdit.isEnabled()
    QTest.keyClicks(dialog.ui.approverPasswordEdit, "demo")
    QTest.mouseClick(dialog.ui.overrideButton, Qt.MouseButton.LeftButton)
    qtbot.wait_until(lambda: dialog.order_id is not None, timeout=10000)
    order = m.Order.get_by_id(dialog.order_id)
    assert order.debt_override_by.login == "finance"
    assert "завтра" in order.debt_override_reason
    assert m.AuditEvent.get(m.AuditEvent.action == "debt_override").user_id == order.debt_override_by_id
    assert order.debt_override_amount == 150000
    qtbot.wait_until(lambda: window.orders.active and window.orders.view.order_id == order.id, timeout=10000)
    assert str(order.id) in window.order_panel.ui.titleLabel.text()


def test_enter_in_the_gate_never_transfers_and_finance_is_one_key_away(qtbot, session):
    window = session.window
    client = red_client()
    open_card(qtbot, window, client)
    last = m.Call.select(fn.MAX(m.Call.id)).scalar() or 0
    press(window, Qt.Key.Key_F4)
    qtbot.wait_until(lambda: window.gate_dialog is not None and window.gate_dialog.isVisible(), timeout=10000)
    dialog = window.gate_dialog
    assert not dialog.ui.transferButton.isDefault() and not dialog.ui.transferButton.autoDefault()
    assert dialog.ui.overrideButton.isDefault()
    # a reflex Enter as the gate opens, then finance's login and password and Enter: no transfer
    QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert "amount" in dialog.ui.messageLabel.text()
    dialog.ui.approverEdit.selectAll()
    QTest.keyClicks(dialog.ui.approverEdit, "finance")
    QTest.keyClick(dialog.ui.approverEdit, Qt.Key.Key_Tab)
    QTest.keyClicks(dialog.focusWidget(), "demo")
    QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    qtbot.wait(200)
    assert dialog.isVisible()
    assert not m.Call.select().where((m.Call.id > last) & (m.Call.outcome == "transferred")).exists()
    assert window.caller.call_id is not None  # the call is still the operator's
    # the gate offers the manager (F7) and finance (Shift+F7): Shift+F7 passes the client to finance
    finance = window.caller.view.finance_proposal.target
    assert finance is not None and finance.name in dialog.ui.financeButton.text()
    QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
    new = m.Call.select().where((m.Call.id > last) & (m.Call.outcome == "transferred"))
    qtbot.wait_until(lambda: new.exists(), timeout=10000)
    assert new.get().transferred_to_id == finance.id
    assert not dialog.isVisible()


def test_red_debtor_transfer_from_the_gate(qtbot, session):
    window = session.window
    client = red_client()
    open_card(qtbot, window, client)
    assert "Debt: transfer to" in window.card.ui.routeLabel.text()
    target = window.card.view.action.target
    assert target is not None
    last = m.Call.select(fn.MAX(m.Call.id)).scalar()
    press(window, Qt.Key.Key_F7)  # says whom first, the proposal chosen; Enter transfers
    qtbot.wait_until(lambda: getattr(window, "transfer_dialog", None) is not None, timeout=5000)
    dialog = window.transfer_dialog
    qtbot.wait_until(dialog.isVisible, timeout=5000)
    assert (
        target.name in dialog.ui.people.currentItem().text() and client.name in dialog.ui.headerLabel.text()
    )
    assert dialog.ui.people.count() > 1  # and the others who can take the call
    assert not m.Call.select().where((m.Call.id > last) & (m.Call.outcome == "transferred")).exists()
    press(dialog.ui.people, Qt.Key.Key_Return)
    new = m.Call.select().where((m.Call.id > last) & (m.Call.outcome == "transferred"))
    qtbot.wait_until(lambda: new.exists(), timeout=10000)
    call = new.get()
    assert call.client_id == client.id and call.transferred_to_id == target.id
    assert call.transfer_reason == "routing.debt"  # a code, worded in the reader's language when shown


def test_f7_offers_another_target_and_esc_keeps_the_call(qtbot, session):
    window = session.window
    client = red_client()
    open_card(qtbot, window, client)
    last = m.Call.select(fn.MAX(m.Call.id)).scalar() or 0
    press(window, Qt.Key.Key_F7)
    qtbot.wait_until(lambda: getattr(window, "transfer_dialog", None) is not None, timeout=5000)
    dialog = window.transfer_dialog
    qtbot.wait_until(dialog.isVisible, timeout=5000)
    press(dialog.ui.people, Qt.Key.Key_Escape)
    assert not m.Call.select().where((m.Call.id > last) & (m.Call.outcome == "transferred")).exists()
    window.activateWindow()
    qtbot.wait_until(window.isActiveWindow, timeout=5000)
    press(window, Qt.Key.Key_F7)
    qtbot.wait_until(
        lambda: window.transfer_dialog is not dialog and window.transfer_dialog.isVisible(), timeout=5000
    )
    dialog = window.transfer_dialog
    shot(dialog, "transfer")
    shown = [dialog.ui.people.item(i).text() for i in range(dialog.ui.people.count())]
    assert "proposed: Debt" in shown[0] and not any("went wrong" in t for t in shown)
    press(dialog.ui.people, Qt.Key.Key_Down)
    other = dialog.chosen()
    assert other.reason == "routing.chosen_at_desk" and other.target.role != "operator"
    press(dialog.ui.people, Qt.Key.Key_Return)
    new = m.Call.select().where((m.Call.id > last) & (m.Call.transferred_to == other.target.id))
    qtbot.wait_until(new.exists, timeout=10000)
    assert new.get().transfer_reason == "routing.chosen_at_desk"


def test_key_account_with_absent_manager_is_routed_and_journaled(qtbot, session):
    window = session.window
    kam_absent = m.User.get(m.User.login == "kam2")  # absent; kam3 substitutes
    client = (
        m.Client.select()
        .join(m.ClientType)
        .where((m.ClientType.code == "key_account") & (m.Client.status == "active"))
        .first()
    )
    m.Client.update(manager=kam_absent).where(m.Client.id == client.id).execute()
    m.Receivable.update(paid=True).where(m.Receivable.client == client.id).execute()
    open_card(qtbot, window, client)
    substitute = m.User.get(m.User.login == "kam3")
    route = window.card.ui.routeLabel.text()
    assert f"Transfer to {substitute.full_name}" in route and "absent" in route
    last = m.Call.select(fn.MAX(m.Call.id)).scalar()  # read before the key: the worker is quick
    press(window, Qt.Key.Key_F7)
    qtbot.wait_until(lambda: getattr(window, "transfer_dialog", None) is not None, timeout=5000)
    press(window.transfer_dialog.ui.people, Qt.Key.Key_Return)
    new = m.Call.select().where((m.Call.id > last) & (m.Call.transferred_to == substitute.id))
    qtbot.wait_until(new.exists, timeout=10000)
    call = new.get()
    assert call.client_id == client.id and call.transfer_reason == "routing.key_account_manager"
    qtbot.wait_until(
        lambda: any(c.id == call.id and c.outcome == "transferred" for c in window.journal.model.rows()),
        timeout=10000,
    )


def test_purpose_changes_the_proposal_and_consult_is_noted(qtbot, session):
    window = session.window
    client = (
        m.Client.select()
        .join(m.ClientType)
        .where(
            (m.ClientType.code == "retail") & (m.Client.status == "active") & m.Client.manager.is_null(False)
        )
        .first()
    )
    m.Receivable.update(paid=True).where(m.Receivable.client == client.id).execute()
    open_card(qtbot, window, client)
    assert "Take the order here" in window.card.ui.routeLabel.text()
    QTest.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # purpose: complaint
    qtbot.wait_until(lambda: "Transfer to" in window.card.ui.routeLabel.text(), timeout=10000)
    route = window.card.ui.routeLabel.text()
    assert "Not an order: to the client's manager or the head of sales" in route and "D19" not in route
    press(window, Qt.Key.Key_F8)  # asks what was asked and decided
    qtbot.wait_until(lambda: window.caller.__dict__.get("consult_dialog") is not None, timeout=5000)
    dialog = window.caller.consult_dialog
    qtbot.wait_until(dialog.isVisible, timeout=5000)
    type_text(dialog.focusWidget(), "Возврат просроченного йогурта: заменить в следующей поставке")
    press(dialog.focusWidget(), Qt.Key.Key_Return)
    qtbot.wait_until(lambda: m.Call.select().where(m.Call.consulted.is_null(False)).exists(), timeout=10000)
    call = m.Call.get(m.Call.consulted.is_null(False))
    assert call.consulted.login in ("head", "wholesale") and call.purpose == "complaint"
    assert call.client_id == client.id and "заменить в следующей поставке" in call.notes


def test_unknown_number_offers_a_new_potential_client(qtbot, session):
    window = session.window
    QTest.keyClicks(window.ui.searchEdit, "8 (702) 999-88-77")
    qtbot.wait_until(lambda: "Ctrl+N" in window.statusBar().currentMessage(), timeout=10000)
    # the number is on the card itself, not only in the status bar
    assert (
        "+7 702 999 8877" in window.card.ui.nameLabel.text().replace("\u00a0", " ")
        and window.card_stack.currentWidget() is window.card_scroll
    )
    assert "Ctrl+N" in window.card.ui.subtitleLabel.text()
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = next(
        w
        for w in window.findChildren(
            __import__("orderdesk_gui.ui.client_dialog", fromlist=["ClientDialog"]).ClientDialog
        )
        if w.isVisible()
    )
    qtbot.wait_until(lambda: dialog.ui.buttons.isEnabled(), timeout=10000)
    assert dialog.ui.phoneEdit.text() == "8 (702) 999-88-77"
    type_text(dialog.ui.nameEdit, "ТОО «Жаңа Дүкен»")
    dialog.ui.cityEdit.setText("Қонаев")
    dialog.ui.addressEdit.setText("Қонаев, ул. Абая, 5")
    # the person on the phone: name and role typed into the contact row the form opens with
    table = dialog.ui.contactsTable
    assert table.isVisible() and table.rowCount() == 1
    dialog.activateWindow()
    qtbot.wait_until(dialog.isActiveWindow, timeout=5000)
    table.setFocus()
    table.setCurrentCell(0, 0)
    type_text(table, "Е")  # typing opens the cell ...
    type_text(QApplication.focusWidget(), "ржан Сейітов")  # ... and goes on in it
    press(QApplication.focusWidget(), Qt.Key.Key_Tab)  # commits it and goes to the role
    type_text(QApplication.focusWidget(), "Директор")
    press(QApplication.focusWidget(), Qt.Key.Key_Return)  # commits the cell; does not save the dialog
    qtbot.wait_until(lambda: table.item(0, 1).text() == "Директор", timeout=5000)
    assert dialog.isVisible()
    dialog.ui.languageCombo.setFocus()
    QTest.keyClick(dialog.ui.languageCombo, Qt.Key.Key_Down)
    QTest.keyClick(dialog.ui.languageCombo, Qt.Key.Key_Down)  # the office's -> Русский -> Қазақша
    assert dialog.ui.languageCombo.currentData() == "kk"
    press(dialog.ui.nameEdit, Qt.Key.Key_Return)  # Save is the default button
    qtbot.wait_until(
        lambda: window.card.card is not None and window.card.card.name == "ТОО «Жаңа Дүкен»", timeout=10000
    )
    assert window.card.card.status == "potential"
    created = m.Phone.get(m.Phone.e164 == "+77029998877").client
    assert created.name == "ТОО «Жаңа Дүкен»"
    assert (created.city, created.delivery_address) == (
        "Қонаев",
        "Қонаев, ул. Абая, 5",
    )  # nothing typed is lost
    assert created.language == "kk"  # its documents in Kazakh
    [contact] = list(created.contacts)
    assert (contact.name, contact.role, contact.is_primary) == ("Ержан Сейітов", "Директор", True)


def test_edit_client_validates_and_saves(qtbot, session):
    from orderdesk_gui.ui.client_dialog import ClientDialog

    window = session.window
    client = red_client()
    open_card(qtbot, window, client)
    press(window, Qt.Key.Key_F6)
    dialog = next(w for w in window.findChildren(ClientDialog) if w.isVisible())
    qtbot.wait_until(lambda: dialog.ui.nameEdit.text() == client.name, timeout=10000)
    assert dialog.ui.contactsTable.rowCount() >= 1
    assert not dialog.ui.managerCombo.isEnabled()  # operators do not assign managers
    # nor raise a red client's limit to get past the gate: the terms are read-only for them
    assert dialog.ui.limitEdit.isReadOnly() and dialog.ui.delaySpin.isReadOnly()
    assert not dialog.ui.statusCombo.isEnabled()
    dialog.ui.taxEdit.setText("123456789012")
    dialog._save()
    qtbot.wait_until(lambda: "check digit" in dialog.ui.messageLabel.text(), timeout=10000)
    assert m.Client.get_by_id(client.id).tax_id == client.tax_id
    dialog.ui.taxEdit.setText(client.tax_id or "")
    dialog.ui.nameEdit.setText("Товарищество " * 400)  # pasted: not cut without a word, refused with one
    dialog._save()
    qtbot.wait_until(lambda: "too long" in dialog.ui.messageLabel.text(), timeout=10000)
    assert "5" in dialog.ui.messageLabel.text() and m.Client.get_by_id(client.id).name == client.name
    dialog.ui.nameEdit.setText(client.name)
    dialog.ui.notesEdit.setText("Звонить после 10:00")
    dialog._save()
    qtbot.wait_until(lambda: not dialog.isVisible(), timeout=10000)
    assert m.Client.get_by_id(client.id).notes == "Звонить после 10:00"
    qtbot.wait_until(lambda: window.card.ui.notesLabel.text() == "Звонить после 10:00", timeout=10000)


def test_card_models_pass_the_model_tester(qtbot, qtmodeltester, session):
    window = session.window
    client = red_client()
    open_card(qtbot, window, client)
    qtmodeltester.check(window.card.calls_model)
    qtmodeltester.check(window.card.orders_model)


def test_search_shows_each_clients_debt_and_finds_a_part_of_a_number(qtbot, session):
    window = session.window
    client = red_client()
    number = mobile_of(client.id)  # +77XXXXXXXXX
    part = number[-7:]
    window.ui.searchEdit.setFocus()
    QTest.keyClicks(window.ui.searchEdit, f"{part[:3]} {part[3:]}")  # "211 7336": the tail, as heard
    qtbot.wait_until(lambda: any(h.id == client.id for h in window.search.model.rows()), timeout=10000)
    row = next(i for i, h in enumerate(window.search.model.rows()) if h.id == client.id)
    model = window.search.model
    assert model.index(row, 1).data() == "✖ STOP"  # the shape and its word, red too; the card's sentence
    assert model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole) == "✖ STOP: debt: no orders"
    assert model.index(row, 1).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b71c1c"
    assert model.row_at(row).matched_phone.replace(" ", "").endswith(part)
    assert window.search.view.columnWidth(0) >= window.search.view.fontMetrics().averageCharWidth() * 15
    shot(window, "search_part_of_number")


def test_the_card_says_who_else_is_on_the_phone_with_this_client(qtbot, session):
    from orderdesk_gui.services import auth, calls

    window = session.window
    client = red_client()
    colleague = auth.authenticate("operator2", "demo")
    calls.open_call(colleague, "", client.id)  # at another desk, a call with this client goes on
    open_card(qtbot, window, client)
    name = m.User.get(m.User.login == "operator2").full_name
    assert window.card.ui.busyLabel.isVisible() and name in window.card.ui.busyLabel.text()
    assert "on the phone with this client since" in window.card.ui.busyLabel.text()
    # this desk's own call is not "another"
    assert m.User.get(m.User.login == "operator").full_name not in window.card.ui.busyLabel.text()
