"""The call on screen: loads the caller, keeps the call record until its outcome, transfers, consults,
starts orders; the running call timer of the status bar."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QInputDialog, QLabel, QWidget

from orderdesk_gui import clock, config
from orderdesk_gui.db import followups, queries
from orderdesk_gui.domain.entities import UserInfo
from orderdesk_gui.domain.journal import JournalRow
from orderdesk_gui.domain.phones import display as phone_display
from orderdesk_gui.domain.phones import try_e164
from orderdesk_gui.domain.routing import Proposal
from orderdesk_gui.services import auth, caller, calls, debt_gate, desk
from orderdesk_gui.services import callbacks as callback_service
from orderdesk_gui.services.caller import CallerView
from orderdesk_gui.services.desk import CALLS
from orderdesk_gui.ui import messages
from orderdesk_gui.ui.hub import Hub
from orderdesk_gui.ui.operations import Operations
from orderdesk_gui.ui.worker import DbWorker

Then = Callable[[], None] | None


class CallerController(QObject):
    """Owns the call in progress; the window's actions call in here, panels listen to its signals."""

    caller_loaded = Signal(object)  # CallerView | None
    unknown_caller = Signal(str)  # E.164 of a number that matches nobody
    message = Signal(str)
    order_started = Signal(int, str)  # order id, client name
    gate_closed = Signal(object)  # CallerView with red debt
    screen_pop_shown = Signal(float)  # seconds from the pop request to the card
    call_changed = Signal(object)  # the id of the call in progress, or None
    call_closed = Signal(int, str)  # call id, outcome

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
        self.ops = Operations(worker, hub)
        self.view: CallerView | None = None
        self._call_id: int | None = None
        self.call_client_id: int | None = None  # the client the open call is about, once known
        self.call_started: float | None = None  # monotonic, for the status bar's timer
        self.purpose = "order"
        self._ticket = 0
        self.outcome_dialog = None  # the CallOutcomeDialog on screen, if any
        self.forced = False  # the program is shutting down: calls may stay open (found again at start)
        self._settling = False
        self._waiting_pop: str | None = None  # a caller who rang while the operator had a call to close
        self._waiting_started = 0.0
        self._pop_pending = False  # a pop is loading and its call record is not written yet

    # -- the call in progress -------------------------------------------------------------
    @property
    def call_id(self) -> int | None:
        return self._call_id

    @call_id.setter
    def call_id(self, value: int | None) -> None:
        if value == self._call_id:
            return
        self._call_id = value
        self.call_started = time.monotonic() if value is not None else None
        if value is None:
            self.call_client_id = None
        self.call_changed.emit(value)

    def _take_call(self, call_id: int, client_id: int | None) -> None:
        self.call_id = call_id
        self.call_client_id = client_id
        self.hub.announce(CALLS)

    def _forget_call(self) -> None:
        self.call_id = None

    def call_ended(self, call_id: int) -> None:
        """The call ended elsewhere (an order completed on it): it is no longer the call at the desk."""
        if self.call_id == call_id:
            self._forget_call()

    def _adopt(self, call_id: int | None, client_id: int | None) -> None:
        """A call opened on the worker for the client on screen (F4, F8 without a call) is the call now."""
        if call_id is None:
            return
        if call_id != self.call_id:
            self.call_id = call_id
        if self.call_client_id is None:
            self.call_client_id = client_id

    @property
    def rules(self):
        return config.debt_rules(self.settings)

    # -- loading the caller -----------------------------------------------------------
    def _other_client(self, client_id: int | None) -> bool:
        """Whether showing this client means leaving the open call's client behind."""
        return (
            self.call_id is not None and self.call_client_id is not None and self.call_client_id != client_id
        )

    def open_client(self, client_id: int) -> None:
        """Show a client (search, worklist, a new card); an open call without a client now belongs to
        them; an open call of another client needs its outcome first."""
        if self._other_client(client_id):
            self.settle(lambda: self.open_client(client_id))
            return
        call_id, purpose, today, rules = self.call_id, self.purpose, clock.today(), self.rules
        attach = call_id is not None and self.call_client_id is None

        if attach:
            self.call_client_id = client_id
        self._load(lambda: desk.open_client(call_id if attach else None, client_id, purpose, today, rules))

    def answer_client(self, client_id: int) -> None:
        """The operator opened a card from the search: that is a call, so a record opens if none is."""
        if self._other_client(client_id):
            self.settle(lambda: self.answer_client(client_id))
            return
        if self.call_id is not None:
            self.open_client(client_id)
            return
        user, purpose, today, rules = self.user, self.purpose, clock.today(), self.rules

        def done(result: desk.Answered) -> None:
            self._take_call(result.call_id, client_id)
            self._show(result.view)

        self._ticket += 1
        self.ops.run(
            self, lambda: desk.answer_client(user, client_id, purpose, today, rules), done, self._failed
        )

    def screen_pop(self, number: str, started: float | None = None) -> None:
        """The phone system reports a call: open a call record and show the caller at once; an open
        call without an outcome is asked for one first."""
        started = started or time.perf_counter()
        if self.call_id is not None or self._pop_pending:
            # A second ring while the first pop is still loading waits for its call record, then asks
            # for that call's outcome like any open call: no call is left behind without one.
            self._waiting_pop, self._waiting_started = number, started
            self.message.emit(self.tr("%s is calling: close the current call first") % phone_display(number))
            if self.call_id is not None:
                self.settle(lambda: self._pop_waiting(started))
            return
        user, purpose, today, rules = self.user, "order", clock.today(), self.rules
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
                lambda call_id: self._popped(call_id, client_id),
                self._pop_failed,
            )

        self._ticket += 1
        self._waiting_pop = None
        self.call_id = None
        self._pop_pending = True
        self.worker.submit(find, found, self._pop_failed)

    def _popped(self, call_id: int, client_id: int | None) -> None:
        self._pop_pending = False
        self._take_call(call_id, client_id)
        if self._waiting_pop:
            started = self._waiting_started
            self.settle(lambda: self._pop_waiting(started))

    def _pop_failed(self, error: BaseException) -> None:
        self._pop_pending = False
        self._failed(error)

    def _pop_waiting(self, started: float) -> None:
        number, self._waiting_pop = self._waiting_pop, None
        if number:
            self.screen_pop(number, started)

    def new_call(self, number: str = "") -> None:
        """An inbound call the phone system did not report (Ctrl+Shift+N): the typed number is looked
        up like a screen pop; no number opens a call from an unknown number."""
        if self.call_id is not None:
            self.settle(lambda: self.new_call(number))
            return
        if number.strip():
            self.screen_pop(number.strip())
            return
        user = self.user
        self.purpose = "order"
        self._ticket += 1
        self._show(None)
        self.worker.submit(
            lambda: calls.open_call(user, "", None, "in", "order"),
            lambda call_id: (self._take_call(call_id, None), self.message.emit(self.tr("New call opened"))),
            self._failed,
        )

    def start_outbound(self, start: Callable[[], int], label: str = "") -> None:
        """Dial out: ``start`` (run on the worker) opens the outbound call record and returns its id,
        e.g. ``lambda: sleeping.start_sleeping_call(user, client_id)``; the called client's card (or the
        number) comes up and F12 records the outcome. An open call is closed first."""
        if self.call_id is not None:
            self.settle(lambda: self.start_outbound(start, label))
            return
        purpose, today, rules = self.purpose, clock.today(), self.rules

        def done(result: desk.Answered) -> None:
            row, view = result.row, result.view
            self._take_call(result.call_id, row.client_id if row else None)
            self._show(view)
            number = phone_display(row.phone) if row is not None and row.phone else ""
            if view is None and row is not None and row.phone:
                self.unknown_caller.emit(row.phone)
            self.message.emit((label + ": " if label else "") + self.tr("dial %s") % (number or "—"))

        self._ticket += 1
        self.ops.run(self, lambda: desk.dial(start, purpose, today, rules), done, self._failed)

    def start_callback(self, callback_id: int) -> None:
        """Dial a callback request: an outbound call (source "callback") whose outcome records the attempt."""
        user = self.user
        self.start_outbound(lambda: callback_service.start_attempt(user, callback_id), self.tr("Callback"))

    def reload(self) -> None:
        """Load the card on screen again (after an order, an edit, a transfer); the call is left alone."""
        if self.view is not None:
            client_id, purpose, today, rules = self.view.card.id, self.purpose, clock.today(), self.rules
            self._load(lambda: caller.load_caller(client_id, purpose, today, rules))

    def _load(self, job) -> None:
        self._ticket += 1
        ticket = self._ticket
        self.worker.submit(job, lambda view: ticket == self._ticket and self._show(view), self._failed)

    def _show(self, view: CallerView | None) -> None:
        self.view = view
        self.caller_loaded.emit(view)

    def _failed(self, error: BaseException) -> None:
        self.message.emit(messages.text(error))

    # -- the call ------------------------------------------------------------------------
    def set_purpose(self, purpose: str) -> None:
        self.purpose = purpose
        call_id = self.call_id
        if call_id is not None:
            self.worker.submit(lambda: calls.set_purpose(call_id, purpose), None, self._failed)
        if self.view is not None:
            self.reload()
        self.message.emit(self.tr("Call purpose: %s") % purpose)

    def transfer(self, proposal: Proposal | None = None) -> None:
        """Perform the proposed transfer (one key, D4, D6, D19), or the one chosen in the debt gate (to the
        manager or to finance), and write it on the call."""
        if self.view is None:
            self.message.emit(self.tr("No client on screen: nothing to transfer."))
            return
        proposal = proposal or self.view.action
        if proposal.target is None:
            self.message.emit(self.tr("The proposal is to take the call here, not to transfer it."))
            return
        target = proposal.target
        reason = proposal.reason  # a code (routing.debt, routing.not_an_order...) or an admin's own words
        user, call_id, client_id, purpose = self.user, self.call_id, self.view.card.id, self.purpose

        def done(_r) -> None:
            self._forget_call()  # the call is now the other person's: the transfer is its outcome
            ext = (" (" + self.tr("ext.") + f" {target.extension})") if target.extension else ""
            self.message.emit(self.tr("Transferred to %s") % (target.name + ext))
            self.reload()

        self.ops.run(
            self,
            lambda: desk.transfer(user, call_id, client_id, purpose, target.id, reason),
            done,
            self._failed,
        )

    def consult(self, note: str | None = None) -> None:
        """Note that the head of sales was consulted on an unusual case (D11), with what was asked and
        decided (F8 asks for it; Enter with nothing typed notes the consultation alone)."""
        if self.view is None:
            self.message.emit(self.tr("No client on screen."))
            return
        if note is None:
            self.consult_dialog = QInputDialog(self.parent())
            self.consult_dialog.setWindowTitle(self.tr("Consultation with the head of sales"))
            self.consult_dialog.setLabelText(self.tr("What was asked, and what did the head decide?"))
            self.consult_dialog.textValueSelected.connect(lambda text: self.consult(text))
            self.consult_dialog.open()
            return
        card = self.view.card
        user, call_id, purpose, today = self.user, self.call_id, self.purpose, clock.today()

        def done(result: desk.Consulted) -> None:
            self._adopt(result.call_id, card.id)
            self.message.emit(self.tr("Consultation with %s noted on the call") % result.head_name)

        self.ops.run(
            self,
            lambda: desk.consult_head(
                user, call_id, card.id, purpose, card.type_code, card.is_new, card.manager_id, today, note
            ),
            done,
            self._failed,
        )

    def new_order(
        self,
        override_reason: str | None = None,
        approval: auth.Approval | None = None,
        on_error=None,
        approved_amount: str | None = None,
    ) -> None:
        """Start an order behind the debt gate; a red client opens the gate dialog instead."""
        if self.view is None:
            self.message.emit(self.tr("Find the client first (F3)."))
            return
        client_id, name, today, rules = self.view.card.id, self.view.card.name, clock.today(), self.rules
        user, view, call_id, purpose = self.user, self.view, self.call_id, self.purpose

        def refused(error: BaseException) -> None:
            if isinstance(error, debt_gate.DebtGateClosed) and override_reason is None:
                self.gate_closed.emit(view)
            elif on_error is not None:
                on_error(error)
            else:
                self.message.emit(messages.text(error))

        def done(result: desk.OrderStart) -> None:
            self._adopt(result.call_id, client_id)  # the call stays open even when the order is refused
            if result.refused is not None:
                refused(result.refused)
                return
            self.hub.order_started.emit(result.order_id)
            self.order_started.emit(result.order_id, name)
            self.message.emit(self.tr("Order started for %s") % name)

        self.ops.run(
            self,
            lambda: desk.start_order(
                user, client_id, call_id, purpose, today, rules, override_reason, approval, approved_amount
            ),
            done,
            refused,
        )

    # -- the outcome (D14): no call is left without one ------------------------------------
    def may_close(self, then: Callable[[], None]) -> bool:
        """True when the window may close now; otherwise the open call is settled first and ``then``
        runs once it is (the operator may also cancel, and the window stays)."""
        if self.call_id is None or self.forced:
            return True
        self.settle(then)
        return False

    def settle(self, then: Then = None) -> None:
        """Before the call is left behind (another client, a new call, sign-out, quitting): a call whose
        outcome was written already (order taken, transferred) closes silently; otherwise the outcome
        dialog asks for one, and ``then`` runs after it is recorded."""
        call_id = self.call_id
        if call_id is None:
            if then is not None:
                then()
            return
        if self._settling or self.outcome_dialog is not None:
            if self.outcome_dialog is not None:
                self.outcome_dialog.raise_()
                self.outcome_dialog.activateWindow()
            return
        self._settling = True
        user = self.user

        def done(result: desk.Settled) -> None:
            self._settling = False
            row = result.row
            if result.state == "ask":
                self._ask(row, then)
                return
            if call_id == self.call_id:
                self._forget_call()
            self.call_closed.emit(call_id, row.outcome if row else "")
            if then is not None:
                then()

        def failed(error: BaseException) -> None:
            self._settling = False
            self._failed(error)

        self.ops.run(self, lambda: desk.settle(user, call_id), done, failed)

    def ask_outcome(self) -> None:
        """F12: close the call with its outcome; without a call on screen, a call left open earlier (a
        crash, a dropped line) is offered instead."""
        if self.call_id is not None:
            if self.outcome_dialog is not None:
                self.outcome_dialog.raise_()
                return
            call_id = self.call_id
            self.worker.submit(
                lambda: followups.calls_by_id([call_id]),
                lambda rows: self._ask(rows[0], None) if rows else self._forget_call(),
                self._failed,
            )
            return
        user_id = self.user.id
        self.worker.submit(lambda: followups.open_calls(user_id), self._leftover, self._failed)

    def _leftover(self, rows: list[JournalRow]) -> None:
        if not rows:
            self.message.emit(self.tr("No call is open."))
            return
        row = rows[-1]
        self.call_id = row.id
        self.call_client_id = row.client_id
        self._ask(row, None)

    def check_leftovers(self) -> None:
        """At sign-in: say if calls of this operator were left open (F12 closes them one by one)."""
        user_id = self.user.id

        def done(rows: list[JournalRow]) -> None:
            if rows:
                self.message.emit(
                    self.tr("%d of your calls were left open (the oldest at %s): F12 records their outcome")
                    % (
                        len(rows),
                        clock.to_local(rows[0].started_at).strftime("%d.%m %H:%M"),
                    )
                )

        self.worker.submit(lambda: followups.open_calls(user_id), done, self._failed)

    def _ask(self, row: JournalRow, then: Then) -> None:
        from orderdesk_gui.ui.call_outcome_dialog import CallOutcomeDialog

        parent = self.parent() if isinstance(self.parent(), QWidget) else None
        dialog = CallOutcomeDialog(self.worker, self.user, self.settings, row, parent)
        self.outcome_dialog = dialog

        def recorded(call_id: int, outcome: str) -> None:
            if call_id == self.call_id:
                self._forget_call()
            self.hub.announce(CALLS)
            self.call_closed.emit(call_id, outcome)
            self.message.emit(self.tr("Call closed: %s") % dialog.outcomeList.currentItem().text()[3:])
            if then is not None:
                then()
            elif self._waiting_pop:
                self._pop_waiting(time.perf_counter())

        def finished(_code: int) -> None:
            self.outcome_dialog = None
            dialog.deleteLater()
            if parent is not None:
                parent.activateWindow()  # the keys go back to the window (F12, F3 ...)
            if self._waiting_pop and self.call_id is not None:
                self.message.emit(
                    self.tr("%s is waiting: F12 closes the current call") % phone_display(self._waiting_pop)
                )

        dialog.closed.connect(recorded)
        dialog.finished.connect(finished)
        dialog.open()


class CallTimerLabel(QLabel):
    """The status bar's "call 00:42": how long the call in progress has run."""

    def __init__(self, controller: CallerController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callTimerLabel")
        self.controller = controller
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        controller.call_changed.connect(self._changed)
        self._changed(controller.call_id)

    def _changed(self, call_id: int | None) -> None:
        if call_id is None:
            self._timer.stop()
            self.setText(self.tr("no call"))
            self.setStyleSheet("color: #555555;")
        else:
            self.setStyleSheet("color: #0d47a1; font-weight: bold;")
            self._tick()
            self._timer.start()

    def _tick(self) -> None:
        started = self.controller.call_started
        if started is None:
            return
        seconds = int(time.monotonic() - started)
        hours, rest = divmod(seconds, 3600)
        clock = (
            f"{rest // 60:02d}:{rest % 60:02d}" if not hours else f"{hours}:{rest // 60:02d}:{rest % 60:02d}"
        )
        self.setText("☎ " + self.tr("call %s") % clock)
