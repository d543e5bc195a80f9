"""The order grid and suggested-products areas of the main window, in their empty state."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget


def _title(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    label.setFont(font)
    return label


class OrderArea(QWidget):
    """Where the order grid lives; shows what the operator does next until an order is open."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("OrderArea", "Code"),
        QT_TRANSLATE_NOOP("OrderArea", "Product"),
        QT_TRANSLATE_NOOP("OrderArea", "Qty"),
        QT_TRANSLATE_NOOP("OrderArea", "Unit"),
        QT_TRANSLATE_NOOP("OrderArea", "Pack"),
        QT_TRANSLATE_NOOP("OrderArea", "Price"),
        QT_TRANSLATE_NOOP("OrderArea", "Disc."),
        QT_TRANSLATE_NOOP("OrderArea", "Sum"),
        QT_TRANSLATE_NOOP("OrderArea", "Stock"),
        QT_TRANSLATE_NOOP("OrderArea", "Source"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = _title(self.tr("Order"), self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.model = QStandardItemModel(0, len(self.COLUMNS), self)
        self.model.setHorizontalHeaderLabels(
            [QCoreApplication.translate("OrderArea", c) for c in self.COLUMNS]
        )
        self.grid = QTableView(self)
        self.grid.setObjectName("orderGrid")
        self.grid.setModel(self.model)
        self.grid.verticalHeader().hide()
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.grid.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.grid.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.totals = QLabel(self)
        self.order_id: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.totals)
        self.set_client(None)

    def set_order(self, order_id: int, client_name: str) -> None:
        """A draft order was opened behind the debt gate."""
        self.order_id = order_id
        self.hint.setText(
            self.tr("Draft order no. %d for %s: the debt gate let it through.") % (order_id, client_name)
        )

    def set_client(self, client_name: str | None) -> None:
        self.order_id = None
        if client_name is None:
            self.hint.setText(self.tr("Find the caller first (F3); their card opens on the left."))
        else:
            self.hint.setText(self.tr("Client on screen: %s") % client_name)
        self.totals.setText(self.tr("Total: 0 lines"))


class SuggestionsArea(QWidget):
    """Where suggested products are offered (new, promotion, usual, traditional for the type)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = _title(self.tr("Suggested products"), self)
        self.hint = QLabel(
            self.tr(
                "Offer at least three products beyond what the client asks for: new "
                "products, promotions, their usual items and what suits their type."
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.hint, 1)
