"""A whole order from the keyboard in the real window, the offer rule, the debt gate, and a killed draft."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from orderdesk_gui import clock, config
from orderdesk_gui.db import catalog
from orderdesk_gui.db import models as m
from orderdesk_gui.domain.debt import DebtLevel, DebtRules
from orderdesk_gui.services import debt_gate
from orderdesk_gui.ui.app import OrderDeskApp
from tests.gui_helpers import press, type_text

pytestmark = pytest.mark.dated  # runs on the demo's day and 52 weeks later (tests/conftest.py)


def roomy_client() -> m.Client:
    """An active, non-regional client with a contact who receives goods, cleared of debt and with
    room under a generous limit (tests take orders larger than a corner shop's)."""
    client = (
        m.Client.select()
        .join(m.ClientType)
        .switch(m.Client)
        .join(m.Contact)
        .where(
            (m.Client.status == "active")
            & (m.ClientType.code.not_in(("regional", "key_account")))
            & (m.Contact.can_receive_goods == True)
        )  # noqa: E712
        .order_by(m.Client.id)
        .first()
    )
    m.Receivable.update(paid=True).where(m.Receivable.client == client.id).execute()
    m.Client.update(credit_limit=Decimal("50000000")).where(m.Client.id == client.id).execute()
    client = m.Client.get_by_id(client.id)
    assert debt_gate.gate(client.id, clock.today(), DebtRules()).level is DebtLevel.GREEN
    return client


def priced(column_id: int, count: int, skip: set[int] = frozenset(), where=None) -> list[m.Product]:
    query = m.Product.select().where((m.Product.active == True) & (m.Product.pack_rule == "round_up"))  # noqa: E712
    if where is not None:
        query = query.where(where)
    out = []
    for p in query.order_by(m.Product.id).limit(400):
        if p.id in skip:
            continue
        fact = catalog.facts([p.id], column_id, clock.today())[p.id]
        if catalog.price_of(fact) is not None:
            out.append(p)
        if len(out) == count:
            break
    return out


def find_client(qtbot, window, client):
    window.ui.searchEdit.setFocus()
    QTest.keyClicks(window.ui.searchEdit, client.code)
    qtbot.wait_until(lambda: window.search.model.rowCount() > 0, timeout=10000)
    press(window.ui.searchEdit, Qt.Key.Key_Return)
    qtbot.wait_until(lambda: window.card.card is not None and window.card.card.id == client.id, timeout=10000)


def start_order(qtbot, window):
    press(window, Qt.Key.Key_F4)
    qtbot.wait_until(lambda: window.orders.active, timeout=10000)
    qtbot.wait_until(lambda: window.suggestions.model.rowCount() >= 3, timeout=10000)


def add_line(qtbot, window, typed: str, product_id: int, quantity: str | None = None, cyrillic=False):
    panel = window.order_panel
    before = len(window.orders.lines)
    (type_text if cyrillic else QTest.keyClicks)(panel.ui.productEdit, typed)
    qtbot.wait_until(lambda: any(h.id == product_id for h in panel.hits.rows()), timeout=10000)
    row = next(i for i, h in enumerate(panel.hits.rows()) if h.id == product_id)
    for _ in range(row):
        press(panel.ui.productEdit, Qt.Key.Key_Down)
    press(panel.ui.productEdit, Qt.Key.Key_Return)
    assert panel.ui.qtyEdit.hasFocus() or panel.picked is not None
    if quantity is not None:
        QTest.keyClicks(panel.ui.qtyEdit, quantity)  # replaces the selected default
    press(panel.ui.qtyEdit, Qt.Key.Key_Return)
    qtbot.wait_until(lambda: len(window.orders.lines) == before + 1, timeout=10000)


def save_in_completion_dialog(qtbot, window):
    """F10, Space (the receiver will be present), Enter (save); returns the dialog."""
    press(window, Qt.Key.Key_F10)
    dialog = window.completion_dialog
    qtbot.wait_until(dialog.isVisible, timeout=5000)
    press(dialog.ui.presentCheck, Qt.Key.Key_Space)
    press(dialog.ui.presentCheck, Qt.Key.Key_Return)
    return dialog


def wait_saved(qtbot, window, timeout=10000):
    qtbot.wait_until(lambda: not window.orders._saving and not window.orders._dirty, timeout=timeout)


def test_a_whole_order_from_the_keyboard(qtbot, window):
    client = roomy_client()
    find_client(qtbot, window, client)
    start_order(qtbot, window)
    by_code = priced(client.price_column_id, 5)
    for product in by_code:
        add_line(qtbot, window, product.code, product.id, "3")
    cyrillic = []
    for product in priced(client.price_column_id, 40, skip={p.id for p in by_code}):
        words = [w for w in product.search_text.split() if len(w) >= 5 and not w.isascii()]
        if words and len(cyrillic) < 2:
            cyrillic.append((words[0][:5], product))
    for fragment, product in cyrillic:
        add_line(qtbot, window, fragment, product.id, cyrillic=True)
    assert len(window.orders.lines) == 7
    # one suggestion accepted, one declined for its price
    accepted = window.suggestions.current()
    QTest.keyClick(window, Qt.Key.Key_Return, Qt.KeyboardModifier.AltModifier)
    qtbot.wait_until(lambda: len(window.orders.lines) == 8, timeout=10000)
    qtbot.wait_until(
        lambda: all(
            s.suggestion.product_id != accepted.suggestion.product_id for s in window.suggestions.model.rows()
        ),
        timeout=10000,
    )
    declined = [window.suggestions.current()]
    QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    qtbot.wait_until(lambda: window.orders.offers_done() == 2, timeout=10000)
    wait_saved(qtbot, window)
    # with two offers F10 says why the order cannot be saved yet, before any dialog
    press(window, Qt.Key.Key_F10)
    assert window.completion_dialog is None
    assert "at least 3" in window.order_panel.ui.messageLabel.text()
    assert m.Order.get_by_id(window.orders.view.order_id).status == "draft"
    # a second decline, then completion with the default delivery date and receiver
    declined.append(window.suggestions.current())
    QTest.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    qtbot.wait_until(lambda: window.orders.offers_done() == 3, timeout=10000)
    order_id = window.orders.view.order_id
    press(window, Qt.Key.Key_F10)
    dialog = window.completion_dialog
    qtbot.wait_until(dialog.isVisible, timeout=5000)
    delivery = dialog.ui.deliveryEdit.date().toPython()
    receiver = dialog.ui.receiverCombo.currentData()
    press(dialog.ui.presentCheck, Qt.Key.Key_Space)
    press(dialog.ui.presentCheck, Qt.Key.Key_Return)
    qtbot.wait_until(lambda: dialog.number is not None, timeout=10000)

    order = m.Order.get_by_id(order_id)
    assert order.status == "accepted" and order.number == dialog.number
    assert order.delivery_date == delivery and delivery > clock.today() and order.receiver_id == receiver
    assert order.receiver_confirmed
    lines = list(order.lines.order_by(m.OrderLine.line_no))
    assert len(lines) == 8
    for line in lines:
        column = m.Price.get(
            (m.Price.product == line.product_id) & (m.Price.price_column == client.price_column_id)
        )
        assert (
            line.unit_price == column.price
            or (line.source == "promotion" and line.unit_price < column.price)
            or (line.promotion_id is not None and line.unit_price < column.price)
        )
    assert [ln.quantity for ln in lines[:5]] == [
        max(Decimal(3), p.pack_size * ((Decimal(3) + p.pack_size - 1) // p.pack_size)) for p in by_code
    ]
    assert {ln.product_id for ln in lines} >= {p.id for _f, p in cyrillic}
    offers = {(x.product_id, x.outcome, x.decline_reason) for x in order.offers}
    assert offers == {
        (accepted.suggestion.product_id, "accepted", ""),
        (declined[0].suggestion.product_id, "declined", "price"),
        (declined[1].suggestion.product_id, "declined", "has_stock"),
    }
    call = m.Call.get_by_id(order.call_id)
    assert (
        call.outcome == "order_taken" and call.outcome_detail == order.number and call.client_id == client.id
    )
    assert m.FulfilmentItem.get(m.FulfilmentItem.order == order_id)
    assert sum(ln.amount for ln in lines) == order.total_amount


def test_bad_quantity_is_refused_in_place(qtbot, window):
    client = roomy_client()
    find_client(qtbot, window, client)
    start_order(qtbot, window)
    product = priced(client.price_column_id, 1)[0]
    panel = window.order_panel
    QTest.keyClicks(panel.ui.productEdit, product.code)
    qtbot.wait_until(lambda: panel.hits.rowCount() > 0, timeout=10000)
    press(panel.ui.productEdit, Qt.Key.Key_Return)
    for bad, text in (("0", "more than zero"), ("abc", "not a number"), ("999999", "largest quantity")):
        panel.ui.qtyEdit.setText(bad)
        press(panel.ui.qtyEdit, Qt.Key.Key_Return)
        qtbot.wait_until(lambda t=text: t in panel.ui.messageLabel.text(), timeout=10000)
    assert window.orders.lines == []
    # a line removed with Delete comes back with Ctrl+Z
    panel.ui.qtyEdit.setText("1")
    press(panel.ui.qtyEdit, Qt.Key.Key_Return)
    qtbot.wait_until(lambda: len(window.orders.lines) == 1, timeout=10000)
    panel.ui.linesView.setFocus()
    panel.ui.linesView.selectRow(0)
    press(panel.ui.linesView, Qt.Key.Key_Delete)
    assert window.orders.lines == []
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(window.orders.lines) == 1
    # a quantity off the pack is rounded up, and the operator reads why in words, not a code
    packed = priced(client.price_column_id, 1, skip={product.id}, where=m.Product.pack_size > 1)[0]
    add_line(qtbot, window, packed.code, packed.id, "1")
    pack = f"{packed.pack_size.normalize():f}"
    qtbot.wait_until(lambda: f"Rounded up to 1 × {pack}" in panel.ui.messageLabel.text(), timeout=10000)
    assert "order." not in panel.ui.messageLabel.text()


def test_red_debtor_cannot_save_the_order(qtbot, window):
    client = roomy_client()
    find_client(qtbot, window, client)
    start_order(qtbot, window)
    product = priced(client.price_column_id, 1)[0]
    add_line(qtbot, window, product.code, product.id)
    for _ in range(3):
        QTest.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    qtbot.wait_until(lambda: window.orders.offers_done() == 3, timeout=10000)
    wait_saved(qtbot, window)
    # meanwhile accounting books an overdue invoice
    m.Receivable.create(
        client=client,
        document_no="СФ-ПРОСРОЧ",
        doc_date=clock.today() - dt.timedelta(days=40),
        amount=Decimal("50000"),
        paid_amount=Decimal("0"),
        due_date=clock.today() - dt.timedelta(days=10),
    )
    dialog = save_in_completion_dialog(qtbot, window)
    qtbot.wait_until(lambda: "debt gate is red" in dialog.ui.messageLabel.text(), timeout=10000)
    # the block is worded from the status: the document, its sum in the operator's money format
    from orderdesk_gui.errors import Money
    from orderdesk_gui.ui import messages

    shown = dialog.ui.messageLabel.text()
    assert "СФ-ПРОСРОЧ" in shown and messages.format_value(Money("50000")) in shown and "order." not in shown
    assert m.Order.get_by_id(window.orders.view.order_id).status == "draft"
    press(dialog, Qt.Key.Key_Escape)


def test_an_order_grown_past_its_approved_override_is_approved_again_by_keyboard(qtbot, window):
    client = roomy_client()
    m.Receivable.create(
        client=client,
        document_no="СФ-ПРОСРОЧ-2",
        doc_date=clock.today() - dt.timedelta(days=40),
        amount=Decimal("50000"),
        paid_amount=Decimal("0"),
        due_date=clock.today() - dt.timedelta(days=10),
    )
    find_client(qtbot, window, client)
    press(window, Qt.Key.Key_F4)
    qtbot.wait_until(lambda: window.gate_dialog is not None and window.gate_dialog.isVisible(), timeout=10000)
    gate = window.gate_dialog
    # finance approves an order up to 1.00 at the desk: login, Tab, password, Tab, amount, Tab, reason, Enter
    QTest.keyClicks(gate.ui.approverEdit, "finance")
    for typed in ("demo", "1", "Оплата завтра"):
        press(gate.focusWidget(), Qt.Key.Key_Tab)
        type_text(gate.focusWidget(), typed)
    press(gate.focusWidget(), Qt.Key.Key_Return)
    qtbot.wait_until(lambda: window.orders.active, timeout=10000)
    assert window.orders.view.approved_amount == Decimal("1.00")
    window.activateWindow()  # what the window manager does when a dialog closes
    qtbot.wait_until(window.isActiveWindow, timeout=5000)
    qtbot.wait_until(lambda: window.suggestions.model.rowCount() >= 3, timeout=10000)
    product = priced(client.price_column_id, 1)[0]
    add_line(qtbot, window, product.code, product.id, "2")
    assert "approval again" in window.order_panel.ui.totalsLabel.text()  # said before F10
    for _ in range(3):
        QTest.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    qtbot.wait_until(lambda: window.orders.offers_done() == 3, timeout=10000)
    wait_saved(qtbot, window)
    order_id = window.orders.view.order_id
    total = window.orders.totals().amount
    dialog = save_in_completion_dialog(qtbot, window)
    qtbot.wait_until(
        lambda: dialog.approval_dialog is not None and dialog.approval_dialog.isVisible(), timeout=10000
    )
    again = dialog.approval_dialog
    assert Decimal(again.ui.amountEdit.text()) == total and again.ui.transferGroup.isHidden()
    qtbot.wait_until(lambda: again.ui.debtsAsOfLabel.isVisible(), timeout=10000)  # how fresh the debts are
    assert again.ui.debtsAsOfLabel.text().startswith("Debts as of ")
    assert m.Order.get_by_id(order_id).status == "draft"
    again.ui.approverEdit.setFocus()
    again.ui.approverEdit.selectAll()
    QTest.keyClicks(again.ui.approverEdit, "finance")
    press(again.ui.approverEdit, Qt.Key.Key_Tab)
    QTest.keyClicks(again.focusWidget(), "demo")
    again.ui.reasonEdit.setFocus()
    type_text(again.ui.reasonEdit, "Клиент берёт две штуки")
    press(again.ui.reasonEdit, Qt.Key.Key_Return)
    qtbot.wait_until(lambda: not again.isVisible(), timeout=10000)
    assert "press Save" in dialog.ui.messageLabel.text()
    assert m.Order.get_by_id(order_id).debt_override_amount == total
    press(dialog.focusWidget(), Qt.Key.Key_Return)
    qtbot.wait_until(lambda: dialog.number is not None, timeout=10000)
    assert m.Order.get_by_id(order_id).status == "accepted"


@pytest.mark.skipif(sys.platform == "win32", reason="kill -9")
def test_a_draft_survives_kill_9(qtbot, demo_url, demo_db, tmp_path):
    client = roomy_client()
    products = priced(client.price_column_id, 3)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ORDERDESK_HOME=str(tmp_path / "crash-home"))
    proc = subprocess.Popen(
        [
            sys.executable,
            str(Path(__file__).with_name("draft_crash_app.py")),
            demo_url,
            str(client.id),
            ",".join(str(p.id) for p in products),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        line = ""
        for line in proc.stdout:
            if line.startswith(("READY", "FAILED")):
                break
        assert line.startswith("READY"), (
            line + proc.stderr.read()[-2000:] if proc.poll() is not None else line
        )
        order_id = int(line.split()[1])
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=20)
    assert proc.returncode == -signal.SIGKILL
    draft = m.Order.get_by_id(order_id)
    assert draft.status == "draft" and draft.line_count == 3
    assert [ln.product_id for ln in draft.lines.order_by(m.OrderLine.line_no)] == [p.id for p in products]
    # reopening: the card says a draft is open, F4 resumes it with every line
    app = OrderDeskApp(config.Settings(), demo_url, interactive=False)
    try:
        with qtbot.wait_signal(app.opened, timeout=15000):
            app.start()
        with qtbot.wait_signal(app.window_shown, timeout=15000):
            app.sign_in("operator", "demo")
        window = app.window
        qtbot.addWidget(window)
        find_client(qtbot, window, client)
        assert f"Draft order no. {order_id}" in window.order_panel.ui.statusLabel.text()
        press(window, Qt.Key.Key_F4)
        qtbot.wait_until(lambda: window.orders.active, timeout=10000)
        assert window.orders.view.order_id == order_id
        assert [ln.product_id for ln in window.orders.lines] == [p.id for p in products]
    finally:
        app.shutdown()


def test_fulfilment_queue_lists_accepted_orders(qtbot, qtmodeltester, window):
    from orderdesk_gui.ui.fulfilment_dialog import FulfilmentDialog

    accepted = m.Order.select().where(m.Order.status == "accepted").first()
    m.FulfilmentItem.create(order=accepted, department=m.Department.get(m.Department.code == "wholesale"))
    QTest.keyClick(
        window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    dialog = next(w for w in window.findChildren(FulfilmentDialog))
    qtbot.wait_until(lambda: dialog.model.rowCount() == 1, timeout=10000)
    assert dialog.model.index(0, 1).data() == accepted.number
    qtmodeltester.check(dialog.model)
    dialog.close()


# Russian renderings of coded order messages. The Russian texts below are those of the orders glossary
# (/tmp/glossary_orders.json, applied by the lead with tools/translations.py); until the lead releases
# them into resources/i18n, the first test compiles its own small translation, so what it checks is the
# path from a code to the operator's words: translation, Russian number and money formats.
RU = {
    "order.quantity_too_large": (
        "{quantity} — больше наибольшего количества в одной строке ({maximum}): проверьте число."
    ),
    "order.debt_over_limit": "{over} сверх кредитного лимита {limit}",
}


def _russian_translator(tmp_path: Path):
    from xml.sax.saxutils import escape

    from PySide6.QtCore import QTranslator

    from orderdesk_gui.ui import messages

    rows = "".join(
        f"<message><source>{escape(messages.TABLE[code])}</source>"
        f"<translation>{escape(text)}</translation></message>"
        for code, text in RU.items()
    )
    ts = tmp_path / "orders_ru.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="ru_RU">'
        f"<context><name>Messages</name>{rows}</context></TS>",
        encoding="utf-8",
    )
    qm = tmp_path / "orders_ru.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True, timeout=60)
    translator = QTranslator()
    assert translator.load(str(qm))
    return translator


def _render_in_russian(translator) -> tuple[str, str]:
    from PySide6.QtCore import QCoreApplication, QLocale

    from orderdesk_gui.domain import ordering as order_rules
    from orderdesk_gui.domain.debt import DebtStatus
    from orderdesk_gui.ui import messages

    with pytest.raises(order_rules.QuantityError) as info:
        order_rules.parse_quantity("25559", "шт", Decimal("1"), "round_up", Decimal("10000"))
    status = DebtStatus(
        DebtLevel.RED,
        Decimal("415559"),
        Decimal("0"),
        0,
        Decimal("390000"),
        Decimal("-25559"),
        Decimal("25559"),
    )
    [over] = debt_gate.describe_block(status)
    before = QLocale()
    QCoreApplication.installTranslator(translator)
    QLocale.setDefault(QLocale("ru"))
    try:
        return messages.text(info.value), messages.text(over)
    finally:
        QLocale.setDefault(before)
        QCoreApplication.removeTranslator(translator)


def test_order_messages_read_in_russian_with_local_numbers_and_money(qapp, tmp_path):
    quantity, over = _render_in_russian(_russian_translator(tmp_path))
    assert (
        quantity
        == "25\u00a0559 — больше наибольшего количества в одной строке (10\u00a0000): проверьте число."
    )
    assert over == "25\u00a0559,00\u00a0₸ сверх кредитного лимита 390\u00a0000,00\u00a0₸"


def test_released_russian_translation_words_order_messages(qapp):
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(Path(__file__).resolve().parent.parent / "resources/i18n/orderdesk_ru.qm"))
    quantity, over = _render_in_russian(translator)
    assert "проверьте число" in quantity and "25\u00a0559" in quantity
    assert over == "25\u00a0559,00\u00a0₸ сверх кредитного лимита 390\u00a0000,00\u00a0₸"


def test_finance_marks_an_accepted_order_invoiced_from_the_window(qtbot, open_desk):
    from PySide6.QtWidgets import QApplication, QMessageBox

    operator = open_desk("operator").window
    placed = m.Order.select().where(m.Order.status == "accepted").order_by(m.Order.id.desc()).first()
    m.Order.update(invoiced_at=None).where(m.Order.id == placed.id).execute()
    assert not operator.ui.actionInvoicing.isVisible()  # the window mirrors the right; the service holds it
    window = open_desk("finance").window
    assert window.ui.actionInvoicing.isVisible()
    window.ui.actionInvoicing.trigger()
    dialog = window.invoicing_dialog
    qtbot.wait_until(lambda: dialog.model.rowCount() > 0, timeout=10000)
    type_text(dialog.ui.filterEdit, placed.number)
    qtbot.wait_until(lambda: [r.number for r in dialog.model.rows()] == [placed.number], timeout=10000)
    press(dialog.ui.filterEdit, Qt.Key.Key_Down)
    assert dialog.ui.view.hasFocus() and dialog.selected().number == placed.number
    press(dialog.ui.view, Qt.Key.Key_Return)  # Enter alone marks nothing
    QTest.keyClick(dialog.ui.view, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait_until(lambda: dialog.confirm is not None and dialog.confirm.isVisible(), timeout=5000)
    assert dialog.confirm.defaultButton() is dialog.confirm.button(QMessageBox.StandardButton.No)
    press(dialog.confirm, Qt.Key.Key_Return)  # a reflex Enter answers No
    qtbot.wait_until(lambda: not dialog.confirm.isVisible(), timeout=5000)
    QApplication.processEvents()
    assert m.Order.get_by_id(placed.id).invoiced_at is None
    dialog.activateWindow()  # what the window manager does when a message box closes
    qtbot.wait_until(dialog.isActiveWindow, timeout=5000)
    QTest.keyClick(dialog.ui.view, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait_until(lambda: dialog.confirm.isVisible(), timeout=5000)
    press(dialog.confirm, Qt.Key.Key_Y)
    qtbot.wait_until(lambda: m.Order.get_by_id(placed.id).invoiced_at is not None, timeout=10000)
    qtbot.wait_until(lambda: "marked invoiced" in dialog.ui.messageLabel.text(), timeout=10000)
    qtbot.wait_until(lambda: dialog.model.rowCount() == 0, timeout=10000)
    event = m.AuditEvent.get(m.AuditEvent.action == "order_invoiced")
    assert event.user.login == "finance" and event.entity_id == str(placed.id)


def test_window_keys_win_over_the_product_field_and_suggestions_follow_the_lines(qtbot, window):
    client = roomy_client()
    find_client(qtbot, window, client)
    start_order(qtbot, window)
    panel = window.order_panel
    # the panel's first suggestion, typed as a line, leaves the panel at once and it fills up again
    first = window.suggestions.model.rows()[0].suggestion.product_id
    code = m.Product.get_by_id(first).code
    add_line(qtbot, window, code, first, cyrillic=True)
    qtbot.wait_until(
        lambda: first not in {s.suggestion.product_id for s in window.suggestions.model.rows()}, timeout=10000
    )
    qtbot.wait_until(lambda: window.suggestions.model.rowCount() >= 3, timeout=10000)
    other = priced(client.price_column_id, 1, skip={first})[0]
    add_line(qtbot, window, other.code, other.id, cyrillic=True)
    # Del on a line, then Ctrl+Z typed in the Product field brings the line back (not old text)
    panel.ui.linesView.setFocus()
    panel.ui.linesView.setCurrentIndex(panel.lines.index(0, 0))
    press(panel.ui.linesView, Qt.Key.Key_Delete)
    assert len(window.orders.lines) == 1
    panel.ui.productEdit.setFocus()
    QTest.keyClick(panel.ui.productEdit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(window.orders.lines) == 2 and panel.ui.productEdit.text() == ""
    assert panel.ui.hitsView.isHidden()
    # Ctrl+U typed in the Product field adds the usual basket
    QTest.keyClick(panel.ui.productEdit, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait_until(lambda: len(window.orders.lines) > 2, timeout=10000)
    in_order = {ln.product_id for ln in window.orders.lines}
    qtbot.wait_until(
        lambda: not in_order & {s.suggestion.product_id for s in window.suggestions.model.rows()},
        timeout=10000,
    )


def test_the_card_opens_at_its_top_and_cancelled_drafts_are_kept_apart(qtbot, window):
    client = roomy_client()
    find_client(qtbot, window, client)
    start_order(qtbot, window)
    product = priced(client.price_column_id, 1)[0]
    add_line(qtbot, window, product.code, product.id, "3")
    wait_saved(qtbot, window)
    order_id = window.orders.view.order_id
    window.orders.cancel("клиент передумал", lambda e: None)
    qtbot.wait_until(lambda: m.Order.get_by_id(order_id).status == "cancelled", timeout=10000)
    window.caller.reload()
    qtbot.wait_until(lambda: window.card.card.last_cancelled is not None, timeout=10000)
    card = window.card
    assert all(o.status in ("accepted", "delivered") for o in card.card.last_orders)
    assert "клиент передумал" in card.ui.ordersCaption.text() and "cancelled" in card.ui.ordersCaption.text()
    statuses = {card.orders_model.index(r, 4).data() for r in range(card.orders_model.rowCount())}
    assert statuses and statuses <= {"accepted, not invoiced", "invoiced", "delivered"}
    # scrolled down on this card, the next client's card opens at its top
    window.resize(1366, 500)
    bar = window.card_scroll.verticalScrollBar()
    qtbot.wait_until(lambda: bar.maximum() > 0, timeout=5000)
    bar.setValue(bar.maximum())
    another = m.Client.select().where((m.Client.status == "active") & (m.Client.id != client.id)).first()
    window.caller.open_client(another.id)  # the open call is settled first: information given
    qtbot.wait_until(lambda: window.caller.outcome_dialog is not None, timeout=10000)
    dialog = window.caller.outcome_dialog
    qtbot.wait_until(dialog.isVisible, timeout=5000)
    press(dialog.outcomeList, Qt.Key.Key_2)
    press(dialog.notesEdit, Qt.Key.Key_Return)
    qtbot.wait_until(lambda: window.card.card.id == another.id, timeout=10000)
    assert bar.value() == 0


def test_f10_says_why_before_a_dialog_that_could_only_be_refused(qtbot, window):
    client = roomy_client()
    find_client(qtbot, window, client)
    start_order(qtbot, window)
    press(window, Qt.Key.Key_F10)  # no lines
    assert window.completion_dialog is None
    assert "no lines" in window.order_panel.ui.messageLabel.text()
    product = priced(client.price_column_id, 1)[0]
    add_line(qtbot, window, product.code, product.id, cyrillic=True)
    for _ in range(3):
        QTest.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    qtbot.wait_until(lambda: window.orders.offers_done() == 3, timeout=10000)
    wait_saved(qtbot, window)
    # over the credit limit with this order and nothing overdue: the dialog opens with cash chosen
    window.orders.view.credit_limit = Decimal("1")
    window.orders.view.documents = []
    window.orders.view.uninvoiced = Decimal(0)
    press(window, Qt.Key.Key_F10)
    dialog = window.completion_dialog
    qtbot.wait_until(dialog.isVisible, timeout=5000)
    assert dialog.ui.paymentCombo.currentData() == "cash"
    assert "only payment at once" in dialog.ui.messageLabel.text()
    press(dialog, Qt.Key.Key_Escape)
