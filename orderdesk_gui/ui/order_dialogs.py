"""The small questions around an open order: completion (F10), cancelling a draft, a price by hand."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QInputDialog, QWidget

from orderdesk_gui.ui import messages
from orderdesk_gui.ui.completion_dialog import CompletionDialog
from orderdesk_gui.ui.order_controller import OrderController


class OrderDialogs(QObject):
    """Asks what an order action needs and hands it to the order controller."""

    def __init__(
        self,
        orders: OrderController,
        current_row: Callable[[], int],
        say: Callable[[str, int], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.orders, self.current_row, self.say, self.window = orders, current_row, say, parent
        self.completion_dialog: CompletionDialog | None = None

    def complete(self) -> None:
        if not self.orders.active:
            self.say(QCoreApplication.translate("MainWindow", "No order is open: F4 starts one."), 5000)
            return
        reasons = self.orders.not_ready()
        if reasons:  # said before a dialog that could only be refused
            text = " ".join(reasons)
            self.orders.message.emit(text)
            self.say(text, 15000)
            return
        self.completion_dialog = CompletionDialog(self.orders, self.window)
        self.completion_dialog.open()

    def cancel(self) -> None:
        if not self.orders.active:
            return
        reason, ok = QInputDialog.getText(
            self.window,
            QCoreApplication.translate("MainWindow", "Cancel the draft order"),
            QCoreApplication.translate("MainWindow", "Why is it cancelled?"),
        )
        if ok:
            self.orders.cancel(reason, lambda e: self.say(messages.text(e), 8000))

    def manual_price(self) -> None:
        row = self.current_row()
        if not self.orders.active or row < 0:
            self.say(QCoreApplication.translate("MainWindow", "Choose a line of the open order first."), 5000)
            return
        price, ok = QInputDialog.getText(
            self.window,
            QCoreApplication.translate("MainWindow", "Price by hand"),
            QCoreApplication.translate("MainWindow", "New unit price:"),
        )
        if not ok:
            return
        reason, ok = QInputDialog.getText(
            self.window,
            QCoreApplication.translate("MainWindow", "Price by hand"),
            QCoreApplication.translate("MainWindow", "Why (kept in the audit log):"),
        )
        if ok:
            self.orders.manual_price(row, price, reason)
