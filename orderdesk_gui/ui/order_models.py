"""Qt models of order entry: the lines grid (quantity editable in place), completions, suggestions."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from orderdesk_gui.domain import ordering
from orderdesk_gui.services.guide import PricedHit
from orderdesk_gui.services.ordering import SuggestionView
from orderdesk_gui.ui import formatting as fmt
from orderdesk_gui.ui.models import Column, RowsModel, label, tr

_Index = QModelIndex | QPersistentModelIndex


def qty(value) -> str:
    return fmt.quantity(value)


def typed_qty(value) -> str:
    """A quantity as the operator types it back (no grouping): the editor's text."""
    return f"{value.normalize():f}"


SOURCE_LABELS = {
    "asked": QT_TRANSLATE_NOOP("Models", "asked"),
    "suggested": QT_TRANSLATE_NOOP("Models", "suggested"),
    "usual": QT_TRANSLATE_NOOP("Models", "usual"),
    "promotion": QT_TRANSLATE_NOOP("Models", "promotion"),
    "repeat": QT_TRANSLATE_NOOP("Models", "repeat"),
    "manual": QT_TRANSLATE_NOOP("Models", "manual price"),
}
REASON_LABELS = {
    "usual": QT_TRANSLATE_NOOP("Models", "usual"),
    "special": QT_TRANSLATE_NOOP("Models", "special"),
    "promo": QT_TRANSLATE_NOOP("Models", "promotion"),
    "new": QT_TRANSLATE_NOOP("Models", "new"),
    "traditional": QT_TRANSLATE_NOOP("Models", "for this type"),
}
DECLINE_LABELS = {
    "not_needed": QT_TRANSLATE_NOOP("Models", "not needed"),
    "price": QT_TRANSLATE_NOOP("Models", "price"),
    "has_stock": QT_TRANSLATE_NOOP("Models", "has stock"),
    "other": QT_TRANSLATE_NOOP("Models", "other"),
}
QTY_COLUMN = 4
PACK_COLUMN, SOURCE_COLUMN = 5, 10
HIDDEN_COLUMNS = (PACK_COLUMN, SOURCE_COLUMN)  # not shown in the grid: told in the product's tooltip
PER_PACK = QT_TRANSLATE_NOOP("Models", "per pack")


def line_tooltip(ln: ordering.Line) -> str:
    """The product's whole name with what the grid leaves out: its pack and where the line came from."""
    source = label(SOURCE_LABELS, "manual" if ln.manual_reason else ln.source)
    parts = [ln.name, f"{ln.code} · {qty(ln.pack_size)} {tr(PER_PACK)} · {source}"]
    if ln.manual_reason:
        parts.append(ln.manual_reason)
    return "\n".join(parts)


class LinesModel(RowsModel[ordering.Line]):
    """The grid; the quantity cell is edited in place through ``on_quantity`` (returns an error)."""

    def __init__(self, on_quantity: Callable[[int, str], str | None], parent=None) -> None:
        super().__init__(
            [
                Column(QT_TRANSLATE_NOOP("Models", "No."), lambda ln: "", align_right=True),
                Column(QT_TRANSLATE_NOOP("Models", "Code"), lambda ln: ln.code),
                Column(QT_TRANSLATE_NOOP("Models", "Product"), lambda ln: ln.name, tooltip=line_tooltip),
                Column(QT_TRANSLATE_NOOP("Models", "Unit"), lambda ln: ln.unit),
                Column(QT_TRANSLATE_NOOP("Models", "Qty"), lambda ln: qty(ln.quantity), align_right=True),
                Column(QT_TRANSLATE_NOOP("Models", "Pack"), lambda ln: qty(ln.pack_size), align_right=True),
                Column(
                    QT_TRANSLATE_NOOP("Models", "Price"),
                    lambda ln: fmt.money(ln.unit_price),
                    align_right=True,
                ),
                Column(
                    QT_TRANSLATE_NOOP("Models", "Disc. %"),
                    lambda ln: fmt.percent(ln.discount * 100 / ln.base_amount) if ln.base_amount else "",
                    align_right=True,
                ),
                Column(QT_TRANSLATE_NOOP("Models", "Sum"), lambda ln: fmt.money(ln.amount), align_right=True),
                Column(QT_TRANSLATE_NOOP("Models", "Stock"), lambda ln: qty(ln.stock), align_right=True),
                Column(
                    QT_TRANSLATE_NOOP("Models", "Source"),
                    lambda ln: label(SOURCE_LABELS, "manual" if ln.manual_reason else ln.source),
                    tooltip=lambda ln: ln.manual_reason,
                ),
            ],
            parent,
        )
        self._on_quantity = on_quantity
        self.last_error = ""

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < self.rowCount()):
            return None
        if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
            return str(index.row() + 1)
        if role == Qt.ItemDataRole.EditRole and index.column() == QTY_COLUMN:
            return typed_qty(self.row_at(index.row()).quantity)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 9:
            line = self.row_at(index.row())
            if line.shortfall > 0:
                return QBrush(QColor("#b71c1c"))
        return super().data(index, role)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == QTY_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != QTY_COLUMN or role != Qt.ItemDataRole.EditRole:
            return False
        error = self._on_quantity(index.row(), str(value))
        self.last_error = error or ""
        return error is None


def product_hits_model(parent=None) -> RowsModel[PricedHit]:
    """The Product field's completions: the client's price today and the stock beside each name."""
    return RowsModel(
        [
            Column(QT_TRANSLATE_NOOP("Models", "Code"), lambda h: h.code),
            Column(
                QT_TRANSLATE_NOOP("Models", "Product"),
                lambda h: ("★ " if h.usual else "") + h.name,
                tooltip=lambda h: f"{h.code} {h.name}",
            ),
            Column(QT_TRANSLATE_NOOP("Models", "Unit"), lambda h: h.unit),
            Column(QT_TRANSLATE_NOOP("Models", "Pack"), lambda h: qty(h.pack_size), align_right=True),
            Column(QT_TRANSLATE_NOOP("Models", "Price"), lambda h: fmt.money(h.price), align_right=True),
            Column(QT_TRANSLATE_NOOP("Models", "Stock"), lambda h: qty(h.stock), align_right=True),
        ],
        parent,
    )


def suggestion_detail(s: SuggestionView) -> str:
    sug = s.suggestion
    if sug.reason == "usual" and sug.last_bought:
        return label(REASON_LABELS, "usual") + f" {sug.last_bought:%d.%m} ×{sug.times}"
    return label(REASON_LABELS, sug.reason)


def suggestions_model(parent=None) -> RowsModel[SuggestionView]:
    return RowsModel(
        [
            Column(
                QT_TRANSLATE_NOOP("Models", "Product"),
                lambda s: s.name,
                tooltip=lambda s: f"{s.code} {s.name}\n{suggestion_detail(s)}",
            ),
            Column(QT_TRANSLATE_NOOP("Models", "Price"), lambda s: fmt.money(s.price), align_right=True),
            Column(QT_TRANSLATE_NOOP("Models", "Why"), suggestion_detail, tooltip=suggestion_detail),
        ],
        parent,
    )
