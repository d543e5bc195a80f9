"""Read-only table views set up one way everywhere: whole rows, no editing, sized to contents."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QEvent, QItemSelectionModel, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView, QWidget


def readonly_table(
    model: QAbstractItemModel, parent: QWidget, name: str, stretch_column: int | None = None
) -> QTableView:
    """A table of whole rows; ``stretch_column`` takes the spare width (else the last one)."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    setup_readonly(view, stretch_column)
    return view


def setup_readonly(view: QTableView, stretch_column: int | None = None) -> None:
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.setTabKeyNavigation(False)  # Tab leaves the table for the next area; the arrows move inside
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)  # dense rows: more in view
    header = view.horizontalHeader()
    # Size columns from the first rows only: a journal of 5,000 calls must not be measured row by
    # row on the UI thread every time it refreshes.
    header.setResizeContentsPrecision(40)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch_column is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)


def reload_keeping_place(view: QTableView, reload: Callable[[], None], key: Callable[[Any], Any]) -> None:
    """Replace a view's rows (``reload``) without losing the operator's place: the row they had
    selected (found again by ``key``) stays selected and the list does not jump back to the top."""
    model = view.model()
    proxy = model if isinstance(model, QSortFilterProxyModel) else None
    source = proxy.sourceModel() if proxy is not None else model
    chosen = None
    current = view.currentIndex()
    if current.isValid():
        row = source.row_at((proxy.mapToSource(current) if proxy is not None else current).row())
        chosen = key(row) if row is not None else None
    scroll = view.verticalScrollBar().value()
    reload()
    if chosen is not None:
        for i, row in enumerate(source.rows()):
            if key(row) == chosen:
                index = source.index(i, 0)
                index = proxy.mapFromSource(index) if proxy is not None else index
                if index.isValid():
                    view.selectionModel().setCurrentIndex(
                        index,
                        QItemSelectionModel.SelectionFlag.ClearAndSelect
                        | QItemSelectionModel.SelectionFlag.Rows,
                    )
                break
    view.verticalScrollBar().setValue(scroll)


class WindowKeysFirst(QObject):
    """A window's Ctrl and Alt shortcuts win over a line edit's own keys (Ctrl+U, Ctrl+Z, Ctrl+R... that
    QLineEdit takes for itself on Linux): the edit's ``ShortcutOverride`` is refused for any key an
    enabled action of the window holds, so the action runs wherever the focus is."""

    MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.modifiers() & self.MODIFIERS
        ):
            pressed = QKeySequence(event.keyCombination())
            for action in self.window.findChildren(QAction):
                if action.isEnabled() and any(
                    key.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch
                    for key in action.shortcuts()
                ):
                    event.ignore()  # not the edit's: the shortcut map gives it to the action
                    return True
        return super().eventFilter(obj, event)


def window_keys_first(window: QWidget) -> WindowKeysFirst:
    """Install ``WindowKeysFirst`` on every line edit of ``window``."""
    keys = WindowKeysFirst(window)
    for edit in window.findChildren(QLineEdit):
        edit.installEventFilter(keys)
    return keys
