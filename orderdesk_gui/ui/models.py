"""Qt item models over plain rows fetched by the worker; ``data()`` never queries."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from orderdesk_gui.domain import entities
from orderdesk_gui.domain.states import OrderStatus
from orderdesk_gui.ui import formatting as fmt

R = TypeVar("R")
_Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("Models", text)


@dataclass(frozen=True)
class Column(Generic[R]):
    title: str
    value: Callable[[R], Any]
    align_right: bool = False
    tooltip: Callable[[R], str] | None = None


class RowsModel(QAbstractTableModel, Generic[R]):
    """A read-only table of rows (dataclasses), described by ``Column`` specs."""

    ROW_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, columns: Sequence[Column[R]], parent=None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[R] = []

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[R]:
        return list(self._rows)

    def row_at(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if not (0 <= index.column() < len(self._columns)):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.value(row)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == self.ROW_ROLE:
            return row
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._columns)
        ):
            return tr(self._columns[section].title)
        return None


STATUS_LABELS = {
    "active": QT_TRANSLATE_NOOP("Models", "active"),
    "potential": QT_TRANSLATE_NOOP("Models", "potential"),
    "blocked": QT_TRANSLATE_NOOP("Models", "blocked"),
}
PURPOSE_LABELS = {
    "order": QT_TRANSLATE_NOOP("Models", "order"),
    "info": QT_TRANSLATE_NOOP("Models", "information"),
    "complaint": QT_TRANSLATE_NOOP("Models", "complaint"),
    "other": QT_TRANSLATE_NOOP("Models", "other"),
}


DIRECTION_LABELS = {"in": QT_TRANSLATE_NOOP("Models", "in"), "out": QT_TRANSLATE_NOOP("Models", "out")}
ROLE_LABELS = {
    "operator": QT_TRANSLATE_NOOP("Models", "Operator"),
    "manager": QT_TRANSLATE_NOOP("Models", "Sales manager"),
    "sales_head": QT_TRANSLATE_NOOP("Models", "Head of sales"),
    "finance": QT_TRANSLATE_NOOP("Models", "Finance"),
    "admin": QT_TRANSLATE_NOOP("Models", "Administrator"),
    "exchange": QT_TRANSLATE_NOOP("Models", "Exchange with 1C"),
}
PRESENCE_LABELS = {
    "available": QT_TRANSLATE_NOOP("Models", "available"),
    "away": QT_TRANSLATE_NOOP("Models", "away"),
    "absent": QT_TRANSLATE_NOOP("Models", "absent"),
}


def label(table: dict[str, str], code: str) -> str:
    return tr(table.get(code, code))


DEBT_MARKS = {  # shape and word, not colour alone, in the list's cell; the card's sentence as its tooltip
    "green": ("●", QT_TRANSLATE_NOOP("Models", "OK"), QT_TRANSLATE_NOOP("Models", "OK: orders may be taken")),
    "amber": (
        "▲",
        QT_TRANSLATE_NOOP("Models", "watch"),
        QT_TRANSLATE_NOOP("Models", "CAUTION: close to the limit or due soon"),
    ),
    "red": ("✖", QT_TRANSLATE_NOOP("Models", "STOP"), QT_TRANSLATE_NOOP("Models", "STOP: debt: no orders")),
}


def debt_mark(hit: entities.ClientHit) -> str:
    """The debt level as the list shows it: its shape (● ▲ ✖) and a short word, "✖ STOP"."""
    shape, word, _sentence = DEBT_MARKS.get(hit.debt, ("", "", ""))
    return f"{shape} {tr(word)}" if shape else ""


def debt_word(hit: entities.ClientHit) -> str:
    """The debt level as the card says it, "✖ STOP: debt: no orders" (the list's tooltip)."""
    shape, _word, sentence = DEBT_MARKS.get(hit.debt, ("", "", ""))
    return f"{shape} {tr(sentence)}" if shape else ""


class ClientHitsModel(RowsModel):
    """Search results: the debt mark in its colour too (red, amber), the client's name first."""

    COLOURS = {"red": "#b71c1c", "amber": "#8a5a00", "green": "#1b5e20"}

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.column() == 1:
            hit = self.row_at(index.row())
            colour = self.COLOURS.get(hit.debt) if hit else None
            return QBrush(QColor(colour)) if colour else None
        return super().data(index, role)


def client_hits_model(parent=None) -> RowsModel[entities.ClientHit]:
    return ClientHitsModel(
        [
            Column(
                QT_TRANSLATE_NOOP("Models", "Client"),
                lambda h: h.name,
                tooltip=lambda h: (
                    f"{h.name}\n{h.code} · {h.type_name} · {h.city} · {label(STATUS_LABELS, h.status)}"
                    + (f"\n{debt_word(h)}" if h.debt else "")
                ),
            ),
            Column(QT_TRANSLATE_NOOP("Models", "Debt"), debt_mark, tooltip=debt_word),
            Column(QT_TRANSLATE_NOOP("Models", "City"), lambda h: h.city),
            Column(QT_TRANSLATE_NOOP("Models", "Type"), lambda h: h.type_name),
            Column(QT_TRANSLATE_NOOP("Models", "Code"), lambda h: h.code),
            Column(QT_TRANSLATE_NOOP("Models", "Phone"), lambda h: h.matched_phone),
            Column(QT_TRANSLATE_NOOP("Models", "Status"), lambda h: label(STATUS_LABELS, h.status)),
        ],
        parent,
    )


def order_briefs_model(parent=None) -> RowsModel[entities.OrderBrief]:
    return RowsModel(
        [
            Column(QT_TRANSLATE_NOOP("Models", "Date"), lambda o: fmt.local_date(o.created_at)),
            Column(QT_TRANSLATE_NOOP("Models", "Number"), lambda o: o.number),
            Column(
                QT_TRANSLATE_NOOP("Models", "Sum"),
                lambda o: fmt.money(o.total),
                align_right=True,
                tooltip=lambda o: tr(LINES_WORD) % o.line_count,
            ),
            Column(QT_TRANSLATE_NOOP("Models", "Lines"), lambda o: o.line_count, align_right=True),
            Column(QT_TRANSLATE_NOOP("Models", "Status"), order_status),
        ],
        parent,
    )


LINES_WORD = QT_TRANSLATE_NOOP("Models", "%d lines")
ORDER_STATUS_LABELS = {
    "accepted": QT_TRANSLATE_NOOP("Models", "accepted, not invoiced"),
    "invoiced": QT_TRANSLATE_NOOP("Models", "invoiced"),
    "delivered": QT_TRANSLATE_NOOP("Models", "delivered"),
    "cancelled": QT_TRANSLATE_NOOP("Models", "cancelled"),
    "draft": QT_TRANSLATE_NOOP("Models", "draft"),
}


def order_status(o: entities.OrderBrief) -> str:
    code = "invoiced" if o.status == OrderStatus.ACCEPTED and o.invoiced else o.status
    return label(ORDER_STATUS_LABELS, code)
