"""Read-only table views set up one way everywhere: whole rows, no editing, sized to contents."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


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
    header = view.horizontalHeader()
    # Size columns from the first rows only: a journal of 5,000 calls must not be measured row by
    # row on the UI thread every time it refreshes.
    header.setResizeContentsPrecision(40)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch_column is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
