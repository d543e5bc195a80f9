"""The order guide's table: the client's usual products with their history, today's price and stock,
and the quantity in the order, which the operator types straight into (through ``on_quantity``).

Rows are plain ``GuideItem``s read once by the worker; the filter and the quantities in the order
are kept here, so ``data()`` never queries.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from orderdesk_gui.domain import guide as rules
from orderdesk_gui.domain.text import normalize
from orderdesk_gui.services.guide import GuideItem
from orderdesk_gui.ui import formatting as fmt

_Index = QModelIndex | QPersistentModelIndex
CONTEXT = "Guide"
CODE, NAME, UNIT, PACK = 0, 1, 2, 3
FIRST_LAST = 4  # the last purchases, newest first
LAST_PRICE = FIRST_LAST + rules.LAST_PURCHASES
PRICE = LAST_PRICE + 1
STOCK = PRICE + 1
QTY = STOCK + 1
HEADERS = [
    QT_TRANSLATE_NOOP("Guide", "Code"),
    QT_TRANSLATE_NOOP("Guide", "Product"),
    QT_TRANSLATE_NOOP("Guide", "Unit"),
    QT_TRANSLATE_NOOP("Guide", "Pack"),
    QT_TRANSLATE_NOOP("Guide", "Last"),
    QT_TRANSLATE_NOOP("Guide", "2nd"),
    QT_TRANSLATE_NOOP("Guide", "3rd"),
    QT_TRANSLATE_NOOP("Guide", "4th"),
    QT_TRANSLATE_NOOP("Guide", "5th"),
    QT_TRANSLATE_NOOP("Guide", "Paid last"),
    QT_TRANSLATE_NOOP("Guide", "Price today"),
    QT_TRANSLATE_NOOP("Guide", "Stock"),
    QT_TRANSLATE_NOOP("Guide", "Qty"),
]
HISTORY_TIP = QT_TRANSLATE_NOOP(
    "Guide", "The client's last purchases of the product, newest first: quantity · day.month"
)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
UP, DOWN, SHORT = QColor("#b71c1c"), QColor("#1b5e20"), QColor("#b71c1c")
ENTRY = QColor("#fff8d6")  # the column the operator types into
PENDING = QColor("#757575")


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def matches(item: GuideItem, words: list[str]) -> bool:
    haystack = normalize(f"{item.code} {item.name}")
    return all(w in haystack for w in words)


class GuideModel(QAbstractTableModel):
    """``on_quantity(item, text)`` takes a typed quantity (an error text, or None when taken)."""

    def __init__(self, on_quantity: Callable[[GuideItem, str], str | None], parent=None) -> None:
        super().__init__(parent)
        self._on_quantity = on_quantity
        self._all: list[GuideItem] = []
        self._rows: list[GuideItem] = []
        self._words: list[str] = []
        self._in_order: dict[int, Decimal] = {}
        self._pending: dict[int, str] = {}  # typed, waiting for the line to be priced
        self.last_error = ""

    # -- contents --------------------------------------------------------------------------
    def set_items(self, items: list[GuideItem]) -> None:
        self.beginResetModel()
        self._all = list(items)
        self._rows = [i for i in self._all if matches(i, self._words)]
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        words = normalize(text).split()
        if words == self._words:
            return
        self.beginResetModel()
        self._words = words
        self._rows = [i for i in self._all if matches(i, words)]
        self.endResetModel()

    def set_in_order(self, quantities: dict[int, Decimal]) -> None:
        """The order's lines changed: their quantities show in the Qty column."""
        self._in_order = dict(quantities)
        for pid in [p for p in self._pending if p in quantities]:
            del self._pending[pid]
        self._qty_changed()

    def set_pending(self, product_id: int, text: str | None) -> None:
        if text is None:
            self._pending.pop(product_id, None)
        else:
            self._pending[product_id] = text
        self._qty_changed()

    def _qty_changed(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, QTY), self.index(len(self._rows) - 1, QTY))

    def in_order(self, product_id: int) -> Decimal | None:
        return self._in_order.get(product_id)

    def row_at(self, row: int) -> GuideItem | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[GuideItem]:
        return list(self._rows)

    def total(self) -> int:
        return len(self._all)

    # -- Qt ----------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole and FIRST_LAST <= section < LAST_PRICE:
            return tr(HISTORY_TIP)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == QTY:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, col)
        if role == Qt.ItemDataRole.EditRole:
            if col == QTY:
                qty = self._in_order.get(item.product_id)
                return f"{qty.normalize():f}" if qty is not None else ""
            return self._text(item, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col not in (CODE, NAME, UNIT):
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(item, col)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == PRICE and item.price != item.last_price:
                return QBrush(UP if item.price > item.last_price else DOWN)
            if col == STOCK and item.last and item.stock < item.last[0].quantity:
                return QBrush(SHORT)
            if col == QTY and item.product_id in self._pending:
                return QBrush(PENDING)
        if role == Qt.ItemDataRole.BackgroundRole and col == QTY:
            return QBrush(ENTRY)
        if role == Qt.ItemDataRole.FontRole and (col == QTY or (col == PRICE and item.promotion)):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, item: GuideItem, col: int) -> str:
        if col == CODE:
            return item.code
        if col == NAME:
            return item.name
        if col == UNIT:
            return item.unit
        if col == PACK:
            return fmt.quantity(item.pack_size)
        if FIRST_LAST <= col < LAST_PRICE:
            k = col - FIRST_LAST
            if k >= len(item.last):
                return ""
            p = item.last[k]
            return f"{fmt.quantity(p.quantity)} · {p.day:%d.%m}"
        if col == LAST_PRICE:
            return fmt.money(item.last_price)
        if col == PRICE:
            return fmt.money(item.price)
        if col == STOCK:
            return fmt.quantity(item.stock)
        if col == QTY:
            if item.product_id in self._pending:
                return self._pending[item.product_id] + " …"
            qty = self._in_order.get(item.product_id)
            return fmt.quantity(qty) if qty is not None else ""
        return ""

    def _tip(self, item: GuideItem, col: int) -> str | None:
        if col == NAME:
            last = item.last[0].day.strftime("%d.%m.%Y") if item.last else ""
            times = QCoreApplication.translate("Guide", "In %d orders of two years, last on %s")
            return f"{item.code} {item.name}\n" + times % (item.times, last)
        if FIRST_LAST <= col < LAST_PRICE and col - FIRST_LAST < len(item.last):
            p = item.last[col - FIRST_LAST]
            bought = QCoreApplication.translate("Guide", "%s on %s at %s")
            return bought % (fmt.quantity(p.quantity), p.day.strftime("%d.%m.%Y"), fmt.money(p.unit_price))
        if col == PRICE and item.promotion:
            return QCoreApplication.translate("Guide", "Promotion price")
        if col == QTY:
            return QCoreApplication.translate(
                "Guide", "Type the quantity; Enter or ↓ puts it in the order, 0 removes the line"
            )
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != QTY or role != Qt.ItemDataRole.EditRole:
            return False
        item = self.row_at(index.row())
        if item is None:
            return False
        error = self._on_quantity(item, str(value))
        self.last_error = error or ""
        if error is None:
            self.dataChanged.emit(index, index)
        return error is None
