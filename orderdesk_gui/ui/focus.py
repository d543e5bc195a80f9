"""The operator's areas and the keys between them (keyboard first, issue "the desk at 1366x768").

The cycle, with Tab forward and Shift+Tab back, and one key straight to each area:

    search (F3) -> card (Ctrl+D) -> Product (F4) -> order lines (Ctrl+L) -> offers (Ctrl+O) -> search

Inside an area the arrows move (a table's Tab leaves the table instead of walking its cells); Esc in the
lines goes back to Product, ↓ in Product with no completion list open goes down into the lines.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QMainWindow, QWidget


def _go(widget: QWidget, select_last: bool = False) -> None:
    if not widget.isEnabled():
        return
    widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        if not widget.currentIndex().isValid() and widget.model().rowCount():
            row = widget.model().rowCount() - 1 if select_last else 0
            widget.setCurrentIndex(widget.model().index(row, 0))


def focus_cycle(window: QMainWindow) -> list[QAction]:
    """Set the tab order of the window's areas and add the keys that go straight to them (in the View
    menu, so the F1 list shows them). Returns the actions."""
    card, product, lines, offers = (
        window.card_scroll,
        window.order_panel.ui.productEdit,
        window.order_panel.ui.linesView,
        window.suggestions.ui.view,
    )
    card.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # ↑ ↓ PgUp PgDn scroll the card
    for table in (window.card.ui.ordersView, window.card.ui.callsView):
        table.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab passes over the card's own tables
    window.order_panel.ui.qtyEdit.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # reached by Enter in Product
    window.areas = [
        window.ui.searchEdit,
        card,
        product,
        lines,
        offers,
    ]  # Tab's cycle (window.focusNextPrevChild)
    actions = []
    for text, key, target in (
        (QCoreApplication.translate("MainWindow", "Go to the client &card"), "Ctrl+D", lambda: _go(card)),
        (
            QCoreApplication.translate("MainWindow", "Go to the order &lines"),
            "Ctrl+L",
            lambda: _go(lines, select_last=True),
        ),
        (QCoreApplication.translate("MainWindow", "Go to the &offers"), "Ctrl+O", lambda: _go(offers)),
    ):
        action = QAction(text, window)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(target)
        window.ui.menuView.addAction(action)
        actions.append(action)
    return actions


def next_area(window: QMainWindow, forward: bool) -> bool:
    """Tab (``forward``) or Shift+Tab from inside one of the window's areas: the focus moves to the next
    area that can take it, round the cycle. False when the focus is in none of them (a dock, say)."""
    areas = getattr(window, "areas", [])
    focus = window.focusWidget()
    here = next((i for i, area in enumerate(areas) if focus is area or area.isAncestorOf(focus)), None)
    search_results = getattr(getattr(window, "search", None), "view", None)
    if (
        here is None
        and search_results is not None
        and (focus is search_results or search_results.isAncestorOf(focus))
    ):
        here = 0  # the search's results belong to the search
    if here is None:
        return False
    step = 1 if forward else -1
    for n in range(1, len(areas) + 1):
        area = areas[(here + step * n) % len(areas)]
        if area.isVisible() and area.isEnabled():
            _go(area)
            return True
    return False
