"""The call on screen: loads the caller, keeps the call record, transfers, consults, starts orders."""

from __future__ import annotations

import datetime as dt
import time

from PySide6.QtCore import QObject, Signal

from orderdesk_gui import config
from orderdesk_gui.db import queries
from orderdesk_gui.domain.entities import UserInfo
from orderdesk_gui.domain.phones import display as phone_display
from orderdesk_gui.domain.phones import try_e164
from orderdesk_gui.domain.routing import CallContext, follow_chain
from orderdesk_gui.services import caller, calls, orders
from orderdesk_gui.services.caller import CallerView
from orderdesk_gui.ui.hub import Hub
from orderdesk_gui.ui.worker import DbWorker


class CallerController(QObject):
    """Owns the call in progress; the window's actions call in here, panels listen to its signals."""

    caller_loaded = Signal(object)  # CallerView | None
    unknown_caller = Signal(str)  # E.164 of a number that matches nobody
    message = Signal(str)
    order_started = Signal(int, str)  # order id, client name
    gate_closed = Signal(object)  # CallerView with red debt
    screen_pop_shown = Signal(float)  # seconds from the pop request to the card

    def __init__(
        self,
        worker: DbWorker,
        hub: Hub,
        settings: config.Settings,
        user: UserInfo,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker, self.hub, self.settings, self.user = worker, hub, settings, user
        self.view: CallerView | None = None
        self.call_id: int | None = None
        self.purpose = "order"
        self._ticket = 0

    @property
    def rules(self):
        return config.debt_rules(self.settings)

    # -- loading the caller -----------------------------------------------------------
    def open_client(self, client_id: int) -> None:
        """Show a client found by search; the open call (if any) now belongs to them."""
        call_id, purpose, today, rules = self.call_id, self.purpose, dt.date.today(), self.rules

        def job():
            if call_id is not None:
                calls.set_client(call_id, client_id)
            return caller.load_caller(client_id, purpose, today, rules)

        self._load(job)

    def screen_pop(self, number: str, started: float | None = None) -> None:
        """The phone system reports a call: open a call record and show the caller at once."""
        started = started or time.perf_counter()
        user, purpose, today, rules = self.user, "order", dt.date.today(), self.rules
        self.purpose = purpose

        def find():
            hits = queries.clients_by_phone(number, limit=2)
            view = caller.load_caller(hits[0].id, purpose, today, rules) if len(hits) == 1 else None
            return view, hits

        def found(result) -> None:
            view, hits = result
            if view is not None:
                self._show(view)
                self.screen_pop_shown.emit(time.perf_counter() - started)
            elif hits:
                self.message.emit(self.tr("Several clients have %s: choose one") % phone_display(number))
                self.hub.search_requested.emit(number)
            else:
                self._show(None)
                self.unknown_caller.emit(try_e164(number) or number)
            # The call record is written right after the card is on screen (D14).
            client_id = view.card.id if view is not None else None
            self.worker.submit(
                lambda: calls.open_call(user, number, client_id, "in", purpose),
                self._call_opened,
                self._failed,
            )

        self._ticket += 1
        self.call_id = None
        self.worker.submit(find, found, self._failed)

    def _call_opened(self, call_id: int) -> None:
        self.call_id = call_id
        self.hub.call_logged.emit()

    def reload(self) -> None:
        if self.view is not None:
            self.open_client(self.view.card.id)

    def _load(self, job) -> None:
        self._ticket += 1
        ticket = self._ticket
        self.worker.submit(job, lambda view: ticket == self._ticket and self._show(view), self._failed)

    def _show(self, view: CallerView | None) -> None:
        self.view = view
        self.caller_loaded.emit(view)

    def _failed(self, error: BaseException) -> None:
        self.message.emit(str(error))

    # -- the call ------------------------------------------------------------------------
    def _call_opener(self):
        """A function for the worker returning the open call's id, opening one if the operator
        started from a search (read on the UI thread; the worker never touches this object)."""
        call_id, user, purpose = self.call_id, self.user, self.purpose
        client_id = self.view.card.id if self.view else None

        def ensure() -> int:
            return call_id if call_id is not None else calls.open_call(user, "", client_id, "in", purpose)

        return ensure

    def set_purpose(self, purpose: str) -> None:
        self.purpose = purpose
        call_id = self.call_id
        if call_id is not None:
            self.worker.submit(lambda: calls.set_purpose(call_id, purpose), None, self._failed)
        if self.view is not None:
            self.reload()
        self.message.emit(self.tr("Call purpose: %s") % purpose)

    def transfer(self) -> None:
        """Perform the proposed transfer (one key, D4, D6, D19) and write it on the call."""
        if self.view is None:
            self.message.emit(self.tr("No client on screen: nothing to transfer."))
            return
        proposal = self.view.action
        if proposal.target is None:
            self.message.emit(self.tr("The proposal is to take the call here, not to transfer it."))
            return
        target = proposal.target
        reason = proposal.reason if proposal.reason != "debt" else self.tr("Debt: overdue or over the limit")

        ensure_call, user = self._call_opener(), self.user

        def job():
            calls.transfer(user, ensure_call(), target.id, reason)

        def done(_r) -> None:
            self.call_id = None  # the call is now the other person's
            self.hub.call_logged.emit()
            ext = f" ({self.tr('ext.')} {target.extension})" if target.extension else ""
            self.message.emit(self.tr("Transferred to %s") % (target.name + ext))
            self.reload()

        self.worker.submit(job, done, self._failed)

    def consult(self) -> None:
        """Note that the head of sales was consulted on an unusual case (D11)."""
        if self.view is None:
            self.message.emit(self.tr("No client on screen."))
            return
        card = self.view.card
        ensure_call, user, purpose = self._call_opener(), self.user, self.purpose
        nobody = self.tr("No head of sales is available to consult.")

        def job():
            ctx = CallContext(card.type_code, purpose, card.is_new, card.manager_id, dt.date.today())
            head, _tried = follow_chain(("head:sales", "head:wholesale"), ctx, queries.people())
            if head is None:
                raise calls.CallError(nobody)
            call_id = ensure_call()
            calls.consult(user, call_id, head.id)
            return call_id, head

        def done(result) -> None:
            self.call_id, head = result
            self.hub.call_logged.emit()
            self.message.emit(self.tr("Consultation with %s noted on the call") % head.name)

        self.worker.submit(job, done, self._failed)

    def new_order(
        self, override_reason: str | None = None, approver: UserInfo | None = None, on_error=None
    ) -> None:
        """Start an order behind the debt gate; a red client opens the gate dialog instead."""
        if self.view is None:
            self.message.emit(self.tr("Find the client first (F3)."))
            return
        client_id, name, today, rules = self.view.card.id, self.view.card.name, dt.date.today(), self.rules
        ensure_call, user, view = self._call_opener(), self.user, self.view

        def job():
            call_id = ensure_call()
            try:
                order_id = orders.start_order(
                    user,
                    client_id,
                    today,
                    rules,
                    call_id=call_id,
                    override_reason=override_reason,
                    approver=approver,
                )
            except Exception as exc:
                exc.call_id = call_id  # the call stays open even when the gate refuses
                raise
            return call_id, order_id

        def failed(error: BaseException) -> None:
            self.call_id = getattr(error, "call_id", self.call_id)
            if isinstance(error, orders.DebtGateClosed) and override_reason is None:
                self.gate_closed.emit(view)
            elif on_error is not None:
                on_error(error)
            else:
                self.message.emit(str(error))

        def done(result) -> None:
            self.call_id, order_id = result
            self.hub.order_started.emit(order_id)
            self.order_started.emit(order_id, name)
            self.message.emit(self.tr("Order started for %s") % name)

        self.worker.submit(job, done, failed)
