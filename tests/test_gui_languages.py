"""The operator's window in Russian and Kazakh at 1366x768: the gate, the order grid's messages and the
card speak the operator's language with local numbers and money, never English from the message table.

``ORDERDESK_SHOTS=shots pytest tests/test_gui_languages.py`` saves the screens to look at.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from orderdesk_gui.db import models as m
from orderdesk_gui.ui import messages
from tests.conftest import red_client
from tests.gui_helpers import press, shot
from tests.test_gui_order import add_line, priced, roomy_client, start_order

ENGLISH = {text for text in messages.TABLE.values()}
CYRILLIC = re.compile(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]")
KAZAKH_LETTERS = re.compile(r"[ӘәҒғҚқҢңӨөҰұҮүҺһІі]")


def in_language(text: str, lang: str) -> None:
    assert text.strip(), "nothing shown"
    assert CYRILLIC.search(text), text
    assert not any(sentence in text for sentence in ENGLISH if len(sentence) > 12), text
    if lang == "kk":
        assert KAZAKH_LETTERS.search(text), text


def desk_at_1366(open_desk):
    window = open_desk().window
    window.resize(1366, 768)
    return window


def test_the_gate_speaks_the_operators_language(qtbot, open_desk, lang):
    window = desk_at_1366(open_desk)
    client = red_client()
    window.caller.open_client(client.id)
    qtbot.wait_until(lambda: window.card.card is not None and window.card.card.id == client.id, timeout=10000)
    press(window, Qt.Key.Key_F4)
    qtbot.wait_until(lambda: window.gate_dialog is not None and window.gate_dialog.isVisible(), timeout=10000)
    gate = window.gate_dialog
    reasons = gate.ui.reasonsLabel.text()
    in_language(reasons, lang)
    assert "\u00a0₸" in reasons and re.search(r"\d\u00a0\d{3},\d\d", reasons), reasons  # 12 345,67 ₸
    shot(window, f"{lang}_card_red")
    shot(gate, f"{lang}_gate")
    gate.reject()
    from orderdesk_gui.ui.client_dialog import ClientDialog

    qtbot.wait_until(lambda: not gate.isVisible(), timeout=5000)
    window.activateWindow()  # the offscreen platform gives focus back to no window by itself
    qtbot.wait_until(lambda: QApplication.activeWindow() is window, timeout=5000)
    press(window, Qt.Key.Key_F6)  # the card: an operator's credit terms are read-only
    qtbot.wait_until(lambda: any(w.isVisible() for w in window.findChildren(ClientDialog)), timeout=10000)
    dialog = next(w for w in window.findChildren(ClientDialog) if w.isVisible())
    qtbot.wait_until(lambda: dialog.ui.nameEdit.text() == client.name, timeout=10000)
    assert dialog.ui.limitEdit.isReadOnly() and not dialog.ui.statusCombo.isEnabled()
    shot(dialog, f"{lang}_client_dialog")
    dialog.reject()


def test_the_order_grid_speaks_the_operators_language(qtbot, open_desk, lang):
    window = desk_at_1366(open_desk)
    green = roomy_client()
    window.caller.open_client(green.id)
    qtbot.wait_until(lambda: window.card.card is not None and window.card.card.id == green.id, timeout=10000)
    start_order(qtbot, window)
    [product] = priced(green.price_column_id, 1)
    panel = window.order_panel
    QTest.keyClicks(panel.ui.productEdit, product.code)
    qtbot.wait_until(lambda: any(h.id == product.id for h in panel.hits.rows()), timeout=10000)
    press(panel.ui.productEdit, Qt.Key.Key_Return)
    QTest.keyClicks(panel.ui.qtyEdit, "25559")  # more than one line may hold
    press(panel.ui.qtyEdit, Qt.Key.Key_Return)
    qtbot.wait_until(lambda: "25\u00a0559" in panel.ui.messageLabel.text(), timeout=10000)
    in_language(panel.ui.messageLabel.text(), lang)
    assert not window.orders.lines
    shot(window, f"{lang}_order_quantity_refused")

    panel.ui.qtyEdit.clear()
    add_line(qtbot, window, product.code, product.id, "2")
    in_language(panel.ui.totalsLabel.text(), lang)
    assert m.Order.get_by_id(window.orders.view.order_id).status == "draft"
    shot(window, f"{lang}_order_line")
