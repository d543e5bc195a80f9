"""The main window: lays out search bar, client card, order and suggestion areas and the journal dock."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFrame,
    QInputDialog,
    QLabel,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from orderdesk_gui import __version__, config
from orderdesk_gui.domain.entities import UserInfo
from orderdesk_gui.domain.phones import looks_like_phone
from orderdesk_gui.domain.roles import Permission, has_permission
from orderdesk_gui.ui.board_actions import BoardActions
from orderdesk_gui.ui.callbacks_panel import CallbacksController
from orderdesk_gui.ui.caller import CallerController, CallTimerLabel
from orderdesk_gui.ui.client_card import ClientCardWidget
from orderdesk_gui.ui.client_dialog import ClientDialog
from orderdesk_gui.ui.connection_status import ConnectionLabel
from orderdesk_gui.ui.documents import DocumentsController
from orderdesk_gui.ui.exchange_actions import ExchangeActions
from orderdesk_gui.ui.focus import focus_cycle, next_area
from orderdesk_gui.ui.followups import FollowupsController
from orderdesk_gui.ui.forms.ui_main_window import Ui_MainWindow
from orderdesk_gui.ui.fulfilment_dialog import FulfilmentDialog
from orderdesk_gui.ui.gate_dialog import GateDialog, open_gate
from orderdesk_gui.ui.help import LayoutMemory, show_about, show_shortcuts
from orderdesk_gui.ui.hub import Hub
from orderdesk_gui.ui.invoicing_dialog import InvoicingDialog
from orderdesk_gui.ui.journal import FoldWhileOrdering, JournalPanel
from orderdesk_gui.ui.models import ROLE_LABELS, label
from orderdesk_gui.ui.operations import Operations
from orderdesk_gui.ui.order_controller import OrderController
from orderdesk_gui.ui.order_dialogs import OrderDialogs
from orderdesk_gui.ui.order_panel import OrderPanel
from orderdesk_gui.ui.presence_actions import PresenceActions
from orderdesk_gui.ui.search import ClientSearch
from orderdesk_gui.ui.suggestions_panel import SuggestionsPanel
from orderdesk_gui.ui.transfer_dialog import open_transfer
from orderdesk_gui.ui.views import window_keys_first
from orderdesk_gui.ui.worker import DbWorker

PING_MS = 15_000


class MainWindow(QMainWindow):
    sign_out_requested = Signal()

    def __init__(
        self,
        worker: DbWorker,
        hub: Hub,
        settings: config.Settings,
        user: UserInfo,
        database_label: str,
        ping=None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.worker, self.hub, self.settings, self.user = worker, hub, settings, user
        self._ping = ping
        self.caller = CallerController(worker, hub, settings, user, self)
        self.new_client_phone = ""
        self.gate_dialog: GateDialog | None = None
        self.setWindowTitle(f"OrderDesk {__version__} — {user.full_name}")

        # Left: search results over the client card
        self.card_stack = QStackedWidget(self)
        self.card = ClientCardWidget(self)
        self.card.operator_id = user.id
        self.search = ClientSearch(self.ui.searchEdit, worker, self, lambda: config.debt_rules(settings))
        self.card_scroll = QScrollArea(self)
        self.card_scroll.setWidgetResizable(True)
        self.card_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.card_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.card_scroll.setWidget(self.card)
        self.card_stack.addWidget(self.card_scroll)
        self.card_stack.addWidget(self.search.view)
        self.ui.cardHostLayout.addWidget(self.card_stack)
        self.orders = OrderController(worker, hub, settings, user, self)
        self.order_panel = OrderPanel(self.orders, self)
        self.ui.orderHostLayout.addWidget(self.order_panel)
        self.suggestions = SuggestionsPanel(self.orders, self)
        self.ui.suggestionsHostLayout.addWidget(self.suggestions)
        self.journal = JournalPanel(worker, self)
        self.ui.journalHostLayout.addWidget(self.journal)
        self.ui.mainSplitter.setStretchFactor(0, 3)
        self.ui.mainSplitter.setStretchFactor(1, 5)
        self.ui.mainSplitter.setStretchFactor(2, 2)
        self.ui.mainSplitter.setSizes([330, 736, 300])  # 1366 px: card, order (30+ letters of a name), offers

        self.user_label = QLabel(f"{user.full_name} · {label(ROLE_LABELS, user.role)}", self)
        self.db_label = QLabel(database_label, self)
        self.conn_label = ConnectionLabel(worker, hub, ping, self)
        for w in (self.user_label, self.db_label):
            self.statusBar().addWidget(w)
        self.statusBar().addPermanentWidget(CallTimerLabel(self.caller, self))
        self.statusBar().addPermanentWidget(self.conn_label)
        self.order_dialogs = OrderDialogs(
            self.orders,
            lambda: self.order_panel.ui.linesView.currentIndex().row(),
            self.statusBar().showMessage,
            self,
        )

        self._wire()
        self.documents = DocumentsController(self, self.caller, self.orders)
        self.callbacks = CallbacksController(self, self.caller)
        self.followups = FollowupsController(self, self.caller)
        self.exchange = ExchangeActions(self)  # the Exchange menu: import from accounting, the log
        self.board_actions, self.presence = BoardActions(self), PresenceActions(self)  # Ctrl+F11; F11
        self.layout_memory = LayoutMemory(settings, self, self.ui.mainSplitter)
        self.layout_memory.restore()
        self.journal.start()
        self.caller.check_leftovers()
        self.area_keys = focus_cycle(self)  # search, card, Product, lines, offers: Tab and one key each
        self.ui.searchEdit.setFocus()

    # -- wiring ------------------------------------------------------------------
    def _wire(self) -> None:
        ui = self.ui
        ui.actionQuit.triggered.connect(self.close)
        ui.actionSignOut.triggered.connect(lambda: self.caller.settle(self.sign_out_requested.emit))
        ui.actionCloseCall.triggered.connect(self.caller.ask_outcome)
        ui.actionNewCall.triggered.connect(self.new_call)
        ui.actionFind.triggered.connect(self.focus_search)
        ui.actionOpenCard.triggered.connect(self.search.open_current)
        ui.actionClearSearch.triggered.connect(self.search.clear)
        ui.actionShowJournal.setCheckable(True)
        ui.actionShowJournal.setChecked(True)
        ui.actionShowJournal.toggled.connect(ui.journalDock.setVisible)
        ui.journalDock.visibilityChanged.connect(ui.actionShowJournal.setChecked)
        self.journal_fold = FoldWhileOrdering(ui.journalDock, self.orders)
        ui.actionRefresh.triggered.connect(self.refresh)
        ui.actionShortcuts.triggered.connect(lambda: show_shortcuts(self))
        ui.actionAbout.triggered.connect(lambda: show_about(self))
        self.search.results_changed.connect(self._results_changed)
        self.search.search_cleared.connect(lambda: self.card_stack.setCurrentWidget(self.card_scroll))
        self.search.client_chosen.connect(self.caller.answer_client)  # a card from the search is a call
        self.hub.client_selected.connect(self.caller.open_client)
        self.hub.search_requested.connect(self.search.search_now)
        self.caller.caller_loaded.connect(self._show_caller)
        self.caller.unknown_caller.connect(self._unknown_caller)
        self.caller.message.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.caller.gate_closed.connect(self._gate_closed)
        self.caller.order_started.connect(lambda order_id, _name: self.orders.open(order_id))
        self.orders.completed.connect(self._order_completed)
        self.orders.call_ended.connect(self.caller.call_ended)
        ui.actionCompleteOrder.triggered.connect(self.order_dialogs.complete)
        ui.actionRepeatOrder.triggered.connect(self.orders.repeat_last)
        ui.actionUsualBasket.triggered.connect(self.orders.usual_basket)
        ui.actionUndoLine.triggered.connect(self.orders.undo)
        ui.actionCancelOrder.triggered.connect(self.order_dialogs.cancel)
        ui.actionManualPrice.triggered.connect(self.order_dialogs.manual_price)
        ui.actionFulfilment.triggered.connect(lambda: FulfilmentDialog(self.worker, self).open())
        ui.actionInvoicing.setVisible(has_permission(self.user.role, Permission.MARK_INVOICED))
        ui.actionInvoicing.triggered.connect(self.invoicing)
        ui.actionNextSuggestion.triggered.connect(lambda: self.suggestions.move(1))
        ui.actionPrevSuggestion.triggered.connect(lambda: self.suggestions.move(-1))
        ui.actionAcceptSuggestion.triggered.connect(self.suggestions.accept_current)
        for action, reason in (
            (ui.actionDeclineNotNeeded, "not_needed"),
            (ui.actionDeclinePrice, "price"),
            (ui.actionDeclineHasStock, "has_stock"),
            (ui.actionDeclineOther, "other"),
        ):
            action.triggered.connect(lambda _=False, r=reason: self.suggestions.decline_current(r))
        ui.actionNewOrder.triggered.connect(self._order_key)
        ui.actionTransfer.triggered.connect(lambda: open_transfer(self.caller, self))
        ui.actionConsult.triggered.connect(lambda: self.caller.consult())
        for action, purpose in (
            (ui.actionPurposeOrder, "order"),
            (ui.actionPurposeInfo, "info"),
            (ui.actionPurposeComplaint, "complaint"),
            (ui.actionPurposeOther, "other"),
        ):
            action.triggered.connect(lambda _=False, p=purpose: self.caller.set_purpose(p))
        ui.actionNewClient.triggered.connect(self.new_client)
        ui.actionEditClient.triggered.connect(self.edit_client)
        self.hub.changed.connect(self._changed)
        self.window_keys = window_keys_first(self)  # Ctrl+U, Ctrl+Z... reach the window from any field
        self.hub.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.worker.error.connect(self._worker_error)

    def _changed(self, changes) -> None:
        """Something changed, here or at another desk (live updates): each part reloads what it shows."""
        if not shiboken6.isValid(self):
            return
        if changes.calls and shiboken6.isValid(self.journal):
            self.journal.refresh()
        if changes.callbacks:
            self.callbacks.panel.refresh()
        if (changes.clients or changes.orders) and self.caller.view is not None and not self.orders.active:
            self.caller.reload()  # the card's debt and last orders (an open order keeps its own view)

    def focus_search(self) -> None:
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()

    def _results_changed(self, count: int) -> None:
        text = self.ui.searchEdit.text().strip()
        if not text:
            return
        self.card_stack.setCurrentWidget(self.search.view)
        if count == 0 and looks_like_phone(text):
            self._unknown_caller(text)
        else:
            self.statusBar().showMessage(self.tr("Clients found: %d") % count, 3000)

    def _show_caller(self, view) -> None:
        before = self.card.card.id if self.card.card else None
        self.card.show_caller(view)
        self.card_stack.setCurrentWidget(self.card_scroll)
        if view is None or view.card.id != before:  # another client's card opens at its top
            self.card_scroll.verticalScrollBar().setValue(0)
        if self.orders.active and (view is None or view.card.id != self.orders.view.client_id):
            self.orders.close()  # the draft stays saved; F4 on that client resumes it
        self.order_panel.set_client(view.card.name if view else None, view.drafts if view else None)

    def _order_key(self) -> None:
        """F4: the open order of the client on screen gets the keyboard (Product); otherwise a new order."""
        here = self.caller.view.card.id if self.caller.view else None
        if self.orders.active and self.orders.view.client_id == here:
            self.order_panel.ui.productEdit.setFocus()
        else:
            self.caller.new_order()

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 (Qt's name): Tab between the areas
        return next_area(self, forward) or super().focusNextPrevChild(forward)

    @property
    def completion_dialog(self):
        return self.order_dialogs.completion_dialog

    def _order_completed(self, _order_id: int, number: str) -> None:  # the card reloads from _changed
        self.statusBar().showMessage(self.tr("Order %s accepted and passed to fulfilment") % number, 15000)

    def _unknown_caller(self, number: str) -> None:
        self.new_client_phone = number
        self.card.show_unknown(number)
        self.card_stack.setCurrentWidget(self.card_scroll)
        self.statusBar().showMessage(
            self.tr("No client has %s: press Ctrl+N to create a potential client") % number, 30000
        )

    def _gate_closed(self, view) -> None:
        self.gate_dialog = open_gate(self.caller, view, self)

    def invoicing(self) -> None:
        self.invoicing_dialog = InvoicingDialog(Operations(self.worker, self.hub), self.user, self)
        self.invoicing_dialog.open()

    def new_call(self) -> None:
        self.new_call_dialog = QInputDialog(self)
        self.new_call_dialog.setWindowTitle(self.tr("New incoming call"))
        self.new_call_dialog.setLabelText(self.tr("The caller's number (empty if not shown):"))
        self.new_call_dialog.textValueSelected.connect(self.caller.new_call)
        self.new_call_dialog.open()

    def new_client(self) -> None:
        text = self.ui.searchEdit.text().strip()
        phone = self.new_client_phone or (text if looks_like_phone(text) else "")
        dialog = ClientDialog(self.worker, self.user, None, phone, self)
        dialog.accepted.connect(lambda: self.caller.open_client(dialog.saved_id))
        dialog.open()

    def edit_client(self) -> None:
        if self.card.card is None:
            self.statusBar().showMessage(self.tr("Find the client first (F3)."), 5000)
            return
        dialog = ClientDialog(self.worker, self.user, self.card.card.id, "", self)
        dialog.accepted.connect(self.caller.reload)
        dialog.open()

    def refresh(self) -> None:
        self.journal.refresh()
        self.caller.reload()

    def _worker_error(self, error: BaseException) -> None:
        self.statusBar().showMessage(self.tr("Database error: %s") % error, 10000)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.caller.may_close(self.close):  # no call is left without its outcome (D14)
            event.ignore()
            return
        self.journal_fold.unfold()  # the layout is kept as the operator set it, not as an order folded it
        self.layout_memory.save()
        self.conn_label.timer.stop()
        super().closeEvent(event)
