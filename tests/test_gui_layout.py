"""The desk at 1366x768 (the common office screen, which the suite's offscreen screen is): a 300-letter
client name and a 120-line order never widen the window, the product's name keeps 30 letters in the
grid, the debt box, the order and the offers show together, in English, Russian and Kazakh; and the
keyboard reaches every area.

``ORDERDESK_SHOTS=shots pytest tests/test_gui_layout.py`` saves the screens to look at.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from orderdesk_gui import clock
from orderdesk_gui.db import models as m
from orderdesk_gui.services import ordering
from tests.gui_helpers import press, shot
from tests.test_gui_order import add_line, priced, roomy_client, start_order

pytestmark = pytest.mark.dated

LONG_NAME = (
    "Товарищество с ограниченной ответственностью «Торговый дом Ақ Ниет Азық-Түлік Көтерме Сауда» "
    "филиал по Алматинской области, отдел оптовых закупок продуктов питания и напитков, склад № 3 "
    "(бывший ТОО «Береке-Трейд»), представительство в городе Қонаев, ответственный за поставки"
)
NO_SPACES = "ТОО«Торговыйдом" * 20  # 300 letters without a space


def visible_together(window) -> bool:
    def shown(widget) -> bool:
        if not widget.isVisible():
            return False
        rect = widget.rect().translated(widget.mapTo(window, widget.rect().topLeft()))
        return window.rect().intersects(rect) and not widget.visibleRegion().isEmpty()

    return all(
        shown(w)
        for w in (window.card.ui.debtFrame, window.order_panel.ui.linesView, window.suggestions.ui.view)
    )


@pytest.mark.parametrize("lang", ["en", "ru", "kk"], indirect=True)
@pytest.mark.parametrize("name", [LONG_NAME, NO_SPACES], ids=["long-name", "no-spaces"])
def test_a_long_name_and_a_long_order_fit_the_office_screen(qtbot, open_desk, lang, name):
    screen = QApplication.primaryScreen().availableGeometry()
    assert (screen.width(), screen.height()) == (1366, 768)
    window = open_desk().window
    assert window.frameGeometry().width() <= 1366 and window.frameGeometry().height() <= 768
    window.showMaximized()
    client = roomy_client()
    m.Client.update(name=name).where(m.Client.id == client.id).execute()
    window.caller.open_client(client.id)
    qtbot.wait_until(lambda: window.card.card is not None and window.card.card.id == client.id, timeout=10000)
    start_order(qtbot, window)
    assert not window.ui.journalDock.isVisible()  # folded while the order is open
    view = window.orders.view
    lines = [
        ordering.make_line(
            view, p.id, f"{max(p.pack_size, 1).normalize():f}", "asked", clock.today(), window.orders.maximum
        )
        for p in priced(client.price_column_id, 120)
    ]
    window.orders.replace_lines(lines)
    qtbot.wait_until(lambda: window.order_panel.lines.rowCount() == 120, timeout=10000)
    QApplication.processEvents()
    frame = window.frameGeometry()
    assert frame.width() <= 1366 and frame.height() <= 768, frame
    grid = window.order_panel.ui.linesView
    letters = grid.columnWidth(2) / grid.fontMetrics().averageCharWidth()
    assert letters >= 30, letters
    for column in range(grid.model().columnCount()):  # numbers are never cut
        if grid.isColumnHidden(column) or column == 2:
            continue
        needed = max(grid.sizeHintForColumn(column), grid.horizontalHeader().sectionSizeHint(column))
        assert grid.columnWidth(column) >= needed - 1, (column, grid.columnWidth(column), needed)
    assert visible_together(window)
    assert window.order_panel.ui.titleLabel.toolTip().endswith(name)  # cut on screen, whole in the tooltip
    shot(window, f"{lang}_1366_order_{'nospace' if name == NO_SPACES else 'long'}")
    window.orders.close()
    qtbot.wait_until(lambda: window.ui.journalDock.isVisible(), timeout=5000)  # back after the order


def test_the_keyboard_reaches_every_area(qtbot, open_desk):
    window = open_desk().window
    window.showMaximized()
    client = roomy_client()
    window.caller.open_client(client.id)
    qtbot.wait_until(lambda: window.card.card is not None and window.card.card.id == client.id, timeout=10000)
    start_order(qtbot, window)
    panel = window.order_panel
    for product in priced(client.price_column_id, 3):
        add_line(qtbot, window, product.code, product.id, cyrillic=True)
    assert panel.ui.productEdit.hasFocus()
    focus = QApplication.focusWidget
    # Tab with nothing typed goes on to the lines, Tab again to the offers, then round to the search
    press(panel.ui.productEdit, Qt.Key.Key_Tab)
    assert focus() is panel.ui.linesView
    press(panel.ui.linesView, Qt.Key.Key_Tab)
    assert focus() is window.suggestions.ui.view
    press(window.suggestions.ui.view, Qt.Key.Key_Tab)
    assert focus() is window.ui.searchEdit
    press(window.ui.searchEdit, Qt.Key.Key_Tab)
    assert focus() is window.card_scroll
    QTest.keyClick(window.card_scroll, Qt.Key.Key_Tab)
    assert focus() is panel.ui.productEdit  # the card's own tables are passed over
    QTest.keyClick(panel.ui.productEdit, Qt.Key.Key_Backtab)
    assert focus() is window.card_scroll
    # one key to each area
    for key, target in (
        (Qt.Key.Key_L, panel.ui.linesView),
        (Qt.Key.Key_O, window.suggestions.ui.view),
        (Qt.Key.Key_D, window.card_scroll),
    ):
        QTest.keyClick(focus(), key, Qt.KeyboardModifier.ControlModifier)
        assert focus() is target, key
    press(focus(), Qt.Key.Key_F3)
    assert focus() is window.ui.searchEdit
    press(focus(), Qt.Key.Key_F4)
    assert focus() is panel.ui.productEdit
    # ↓ from an empty Product goes into the lines; Esc comes back
    press(panel.ui.productEdit, Qt.Key.Key_Down)
    assert focus() is panel.ui.linesView and panel.ui.linesView.currentIndex().isValid()
    press(panel.ui.linesView, Qt.Key.Key_Escape)
    assert focus() is panel.ui.productEdit
    # F2 from any cell of a line changes its quantity; after Enter the grid keeps the keyboard
    QTest.keyClick(focus(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    grid = panel.ui.linesView
    grid.setCurrentIndex(panel.lines.index(0, 1))  # the Code cell
    press(grid, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not grid and grid.isAncestorOf(editor)
    pack = window.orders.lines[0].pack_size
    twice = f"{(max(pack, 1) * 2).normalize():f}"
    QTest.keyClicks(editor, twice)
    press(editor, Qt.Key.Key_Return)
    qtbot.wait_until(lambda: f"{window.orders.lines[0].quantity.normalize():f}" == twice, timeout=5000)
    qtbot.wait_until(lambda: focus() is grid, timeout=5000)
    press(grid, Qt.Key.Key_Down)
    assert grid.currentIndex().row() == 1
    press(grid, Qt.Key.Key_Delete)
    assert len(window.orders.lines) == 2


@pytest.mark.parametrize("lang", ["ru"], indirect=True)
def test_f1_lists_every_key_in_the_order_of_a_call_within_the_screen(qtbot, open_desk, lang):
    window = open_desk().window
    window.showMaximized()
    press(window, Qt.Key.Key_F1)
    qtbot.wait_until(lambda: getattr(window, "shortcuts_dialog", None) is not None, timeout=5000)
    dialog = window.shortcuts_dialog
    qtbot.wait_until(dialog.isVisible, timeout=5000)
    assert dialog.frameGeometry().height() <= 768 * 0.85
    keys = [keys for _group, keys, _what in dialog.rows]
    for key in ("F3", "F4", "F10", "F12", "Del", "F2", "Ctrl+G", "Ctrl+L", "Ctrl+Z"):
        assert any(key in k for k in keys), key
    assert keys.index("F3") < keys.index("F10")  # grouped as the menus are, not alphabetical
    shot(dialog, f"{lang}_f1")
    QTest.keyClicks(dialog.ui.filterEdit, "F10")
    assert 1 <= dialog.ui.table.rowCount() <= 3
