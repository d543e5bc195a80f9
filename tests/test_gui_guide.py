"""The order guide in the real window: Ctrl+G, a filter typed, quantities typed row after row with ↓
between them becoming order lines in the database, Esc back to the Product field; and the priced
completion list.

``ORDERDESK_SHOTS=shots pytest tests/test_gui_guide.py`` saves the screens to look at.
"""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from orderdesk_gui.db import models as m
from orderdesk_gui.domain.text import normalize
from orderdesk_gui.ui import help as help_module
from orderdesk_gui.ui.guide_model import NAME, PRICE, QTY, STOCK
from orderdesk_gui.ui.order_guide import OrderGuideDialog
from orderdesk_gui.ui.order_models import typed_qty
from tests.gui_helpers import shot, type_text
from tests.test_gui_languages import CYRILLIC, desk_at_1366, in_language
from tests.test_gui_order import find_client, roomy_client, start_order, wait_saved

pytestmark = pytest.mark.dated  # runs on the demo's day and 52 weeks later (tests/conftest.py)


def focused():
    return QApplication.focusWidget()


def key(k: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key as the operator presses it: to whatever has the keyboard focus."""
    QTest.keyClick(focused(), k, modifier)


def typed(text: str) -> None:
    for ch in text:  # each key to the focus of the moment (the first digit opens the editor)
        type_text(focused(), ch)


def open_guide(qtbot, window) -> OrderGuideDialog:
    QTest.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait_until(lambda: window.order_panel._guide_open(), timeout=10000)
    dialog = window.order_panel.guide_dialog
    qtbot.wait_until(lambda: dialog.loaded and dialog.model.rowCount() > 0, timeout=10000)
    dialog.activateWindow()  # the offscreen platform activates no window by itself
    qtbot.wait_until(lambda: QApplication.activeWindow() is dialog, timeout=5000)
    qtbot.wait_until(lambda: focused() is dialog.ui.filterEdit, timeout=5000)
    return dialog


def shared_word(items) -> str:
    """A word of the product names that two or three of the guide's products share (never all)."""
    counts = Counter(w for i in items for w in set(normalize(i.name).split()) if len(w) >= 4 and w.isalpha())
    fitting = [w for w, n in counts.most_common() if 2 <= n <= max(2, len(items) - 1)]
    assert fitting, [i.name for i in items]
    return fitting[0]


def test_quantities_typed_in_the_guide_become_order_lines(qtbot, qtmodeltester, window):
    client = roomy_client()
    find_client(qtbot, window, client)
    start_order(qtbot, window)
    dialog = open_guide(qtbot, window)
    qtmodeltester.check(dialog.model)
    assert dialog.model.total() >= 3
    word = shared_word(dialog.model.rows())
    typed(word)
    qtbot.wait_until(lambda: 2 <= dialog.model.rowCount() < dialog.model.total(), timeout=5000)
    assert all(word in normalize(i.name) for i in dialog.model.rows())
    first, second = dialog.model.rows()[:2]
    one = typed_qty(max(first.pack_size, 1) * 2)
    two = typed_qty(max(second.pack_size, 1) * 3)

    key(Qt.Key.Key_Down)  # from the filter to the quantities
    assert focused() is dialog.ui.guideView
    assert dialog.ui.guideView.currentIndex().row() == 0
    assert dialog.ui.guideView.currentIndex().column() == QTY
    typed(one)
    key(Qt.Key.Key_Down)  # commits and goes to the next row
    typed(two)
    key(Qt.Key.Key_Down)
    qtbot.wait_until(lambda: len(window.orders.lines) == 2, timeout=10000)
    wait_saved(qtbot, window)
    order_id = window.orders.view.order_id
    stored = {
        ln.product_id: (ln.quantity, ln.source)
        for ln in m.OrderLine.select().where(m.OrderLine.order == order_id)
    }
    assert stored == {
        first.product_id: (max(first.pack_size, 1) * 2, "usual"),
        second.product_id: (max(second.pack_size, 1) * 3, "usual"),
    }
    # the guide shows what is in the order now, and the order's total
    assert dialog.model.index(0, QTY).data(Qt.ItemDataRole.EditRole) == one
    assert "2" in dialog.ui.totalsLabel.text()
    assert dialog.model.index(0, PRICE).data() and dialog.model.index(0, STOCK).data()
    shot(window, "guide_open")
    shot(dialog, "guide")

    # back to the first row: a new quantity replaces the line's, 0 removes it
    key(Qt.Key.Key_Up)
    key(Qt.Key.Key_Up)
    assert dialog.ui.guideView.currentIndex().row() == 0
    typed(typed_qty(max(first.pack_size, 1)))
    key(Qt.Key.Key_Return)
    qtbot.wait_until(
        lambda: (
            {ln.product_id: ln.quantity for ln in window.orders.lines}.get(first.product_id)
            == max(first.pack_size, 1)
        ),
        timeout=5000,
    )
    key(Qt.Key.Key_Up)
    typed("0")
    key(Qt.Key.Key_Down)
    qtbot.wait_until(lambda: [ln.product_id for ln in window.orders.lines] == [second.product_id])

    key(Qt.Key.Key_Escape)  # back to the order, in the Product field
    qtbot.wait_until(lambda: not dialog.isVisible(), timeout=5000)
    panel = window.order_panel
    qtbot.wait_until(lambda: focused() is panel.ui.productEdit, timeout=5000)
    wait_saved(qtbot, window)
    lines = list(m.OrderLine.select().where(m.OrderLine.order == order_id))
    assert [(ln.product_id, ln.quantity) for ln in lines] == [
        (second.product_id, max(second.pack_size, 1) * 3)
    ]


def test_letters_typed_in_the_table_go_to_the_filter_and_a_refused_quantity_is_named(qtbot, window):
    client = roomy_client()
    find_client(qtbot, window, client)
    start_order(qtbot, window)
    dialog = open_guide(qtbot, window)
    item = dialog.model.rows()[0]
    key(Qt.Key.Key_Down)
    typed(item.code[:1])  # a letter: the filter takes it
    assert focused() is dialog.ui.filterEdit and dialog.ui.filterEdit.text() == item.code[:1]
    dialog.ui.filterEdit.clear()
    key(Qt.Key.Key_Down)
    typed("100000")  # beyond what one line may hold
    key(Qt.Key.Key_Down)
    qtbot.wait_until(lambda: item.name in dialog.ui.messageLabel.text(), timeout=10000)
    assert not window.orders.lines
    assert dialog.model.index(0, QTY).data() == ""  # nothing waits any more


def test_the_guide_key_is_in_the_menu_and_the_f1_list(qtbot, window, monkeypatch):
    help_module.show_shortcuts(window)
    rows = window.shortcuts_dialog.rows
    assert any(keys == "Ctrl+G" and what == "Order guide (usual products)…" for _group, keys, what in rows)
    window.shortcuts_dialog.reject()
    assert window.order_panel.actionOrderGuide in window.ui.menuCall.actions()
    # without an order the key says what to do first
    QTest.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert "F4" in window.order_panel.ui.messageLabel.text()
    assert window.order_panel.guide_dialog is None


def test_the_completion_list_shows_price_and_stock(qtbot, window):
    client = roomy_client()
    find_client(qtbot, window, client)
    start_order(qtbot, window)
    panel = window.order_panel
    QTest.keyClicks(panel.ui.productEdit, "P0")
    qtbot.wait_until(lambda: panel.hits.rowCount() > 0, timeout=10000)
    headers = [panel.hits.headerData(c, Qt.Orientation.Horizontal) for c in range(panel.hits.columnCount())]
    assert "Price" in headers and "Stock" in headers
    price_col, stock_col = headers.index("Price"), headers.index("Stock")
    hit = panel.hits.rows()[0]
    assert hit.price is not None
    assert panel.hits.index(0, price_col).data().replace("\u00a0", " ").endswith("₸")
    assert panel.hits.index(0, stock_col).data()
    shot(window, "completion_priced")


def window_with_guide(window, dialog, name: str) -> None:
    """Save the window with the guide over it, centred as it opens (``ORDERDESK_SHOTS`` only): a
    grab of the window alone leaves its dialogs out."""
    import os
    from pathlib import Path

    folder = os.environ.get("ORDERDESK_SHOTS")
    if not folder:
        return
    Path(folder).mkdir(parents=True, exist_ok=True)
    picture = window.grab()
    painter = QPainter(picture)
    painter.drawPixmap(
        (window.width() - dialog.width()) // 2, (window.height() - dialog.height()) // 2, dialog.grab()
    )
    painter.end()
    assert picture.save(str(Path(folder) / f"{name}.png"))


def test_the_guide_speaks_the_operators_language_at_1366(qtbot, open_desk, lang):
    window = desk_at_1366(open_desk)
    client = roomy_client()
    find_client(qtbot, window, client)
    start_order(qtbot, window)
    dialog = open_guide(qtbot, window)
    assert dialog.width() <= 1366 and dialog.height() <= 768
    key(Qt.Key.Key_Down)
    typed(typed_qty(max(dialog.model.rows()[0].pack_size, 1)))
    key(Qt.Key.Key_Down)
    qtbot.wait_until(lambda: len(window.orders.lines) == 1, timeout=10000)
    headers = " ".join(
        dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in range(dialog.model.columnCount())
    )
    for text in (headers, dialog.windowTitle(), dialog.ui.keysLabel.text()):
        in_language(text, lang)
    assert CYRILLIC.search(dialog.ui.totalsLabel.text()), dialog.ui.totalsLabel.text()
    assert "\u00a0₸" in dialog.model.index(0, PRICE).data()
    window_with_guide(window, dialog, f"{lang}_guide_window")
    shot(dialog, f"{lang}_guide")


def test_the_guide_at_1366_in_english(qtbot, open_desk):
    window = open_desk().window
    window.resize(1366, 768)
    client = roomy_client()
    find_client(qtbot, window, client)
    start_order(qtbot, window)
    dialog = open_guide(qtbot, window)
    view = dialog.ui.guideView
    header = view.horizontalHeader()
    # numbers are never cut: every column but the name is as wide as its widest text
    for column in range(dialog.model.columnCount()):
        if column != NAME:
            assert header.sectionSize(column) >= view.sizeHintForColumn(column) - 1, column
    assert header.sectionSize(NAME) >= 250  # product names stay readable
    window_with_guide(window, dialog, "en_guide_window")
    shot(dialog, "en_guide")
