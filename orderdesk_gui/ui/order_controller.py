"""The order being taken: its lines and offers on the UI thread, every change saved by the worker.

Saving is coalesced: while one save runs, later changes wait and go in the
next one, so a draft in the database is never more than one save behind the
grid, and a crash loses at most the line being typed.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QObject, QTimer, Signal

from orderdesk_gui import clock, config
from orderdesk_gui.domain import ordering as order_rules
from orderdesk_gui.domain.changes import Changes
from orderdesk_gui.domain.debt import DebtStatus, debt_status
from orderdesk_gui.domain.entities import UserInfo
from orderdesk_gui.errors import CodedError
from orderdesk_gui.services import debt_gate, guide, ordering
from orderdesk_gui.services.debt_gate import describe_block
from orderdesk_gui.services.draft_holds import HeldElsewhere, Holder
from orderdesk_gui.services.ordering import DraftView, SuggestionView
from orderdesk_gui.ui import guarded, messages
from orderdesk_gui.ui.draft_hold import HoldKeeper
from orderdesk_gui.ui.hub import Hub
from orderdesk_gui.ui.operations import Operations
from orderdesk_gui.ui.worker import DbWorker


class OrderController(QObject):
    opened = Signal(object)  # DraftView | None
    lines_changed = Signal()
    suggestions_changed = Signal(list)  # list[SuggestionView]
    message = Signal(str)  # something refused or failed, shown in place as an error
    note = Signal(str)  # information: pack rounding, stock, undo hint
    line_added = Signal(int)  # row
    completed = Signal(int, str)  # order id, number
    call_ended = Signal(int)  # the call the order was completed on ended with it
    saved = Signal(int)  # version
    opened_again = Signal(object)  # DraftView whose override changed (approved for a new amount)

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
        self.view: DraftView | None = None
        self.lines: list[order_rules.Line] = []
        self.offers: list[order_rules.Offer] = []
        self.suggestions: list[SuggestionView] = []
        self.undo_stack: list[tuple[int, order_rules.Line]] = []
        self._saving = False
        self._dirty = False
        self._retry_s = 0  # seconds until the next try of a save the lost connection stopped
        self._completing: tuple | None = None  # (completion, on_error) waiting for the connection
        self._waiting_adds: list = []  # lines picked while the connection was lost, added when it is back
        hub.connection_state.connect(self._connection_state)
        self._suggested_for: set[int] = set()  # the order's products when the suggestions were asked for
        self._taken_by: Holder | None = None  # the desk that just took the open draft over
        self.hold = HoldKeeper(worker, hub, user, config.desk_name(settings), self)
        self.hold.taken.connect(self._taken)
        self.hold.freed.connect(
            lambda: self.note.emit(self.tr("The other desk closed this order: Ctrl+Shift+O edits it here."))
        )

    # -- state ---------------------------------------------------------------------------
    @property
    def active(self) -> bool:
        return self.view is not None

    @property
    def read_only(self) -> bool:
        """Another desk holds the open draft: shown, not changed, here."""
        return self.hold.read_only

    def _writable(self) -> bool:
        """Whether the open draft may be changed here; says why not when another desk holds it."""
        if self.view is None:
            self.message.emit(self.tr("Start the order first (F4)."))
            return False
        if self.hold.holder is not None:
            self.message.emit(messages.text(HeldElsewhere(self.hold.holder)))
            return False
        return True

    @property
    def maximum(self) -> Decimal:
        return Decimal(self.settings.get(config.MAX_LINE_QUANTITY))

    @property
    def min_offers(self) -> int:
        return max(0, self.settings.get(config.MIN_SUGGESTIONS))

    def totals(self) -> order_rules.Totals:
        return order_rules.totals(self.lines)

    def debt(self) -> DebtStatus | None:
        if self.view is None:
            return None
        return debt_status(
            self.view.documents,
            self.view.credit_limit,
            clock.today(),
            config.debt_rules(self.settings),
            self.totals().amount,
            self.view.uninvoiced,
        )

    def not_ready(self) -> list[str]:
        """Why completing (F10) cannot succeed now, in words; empty when it may. The service checks
        all of it again; this only saves the operator a dialog that would be refused."""
        if self.view is None:
            return []
        if not self.lines:
            return [self.tr("The order has no lines yet.")]
        reasons = []
        problem = order_rules.offer_check(self.offers, self.min_offers)
        if problem is not None:
            reasons.append(messages.text(problem))
        debt = self.debt()
        if debt is not None and debt.overdue > 0 and not self.view.overridden:
            block = "; ".join(messages.text(part) for part in describe_block(debt))
            reasons.append(self.tr("The debt gate is red with this order: %s") % block)
        return reasons

    def only_paid_at_once(self) -> bool:
        """Over the credit limit with this order (nothing overdue, no override): only a payment made
        at once (cash, card) can be accepted, since it makes no receivable."""
        debt = self.debt()
        return debt is not None and debt.over_limit_by > 0 and debt.overdue <= 0 and not self.view.overridden

    def offers_done(self) -> int:
        return sum(1 for x in self.offers if x.outcome in ("accepted", "declined"))

    def prefer(self) -> tuple[int, ...]:
        """The client's usual products not yet in the order, most often bought first."""
        if self.view is None:
            return ()
        taken = {ln.product_id for ln in self.lines}
        usual = sorted(self.view.usual, key=lambda u: (-u.times, u.product_id))
        return tuple(u.product_id for u in usual if u.product_id not in taken)

    # -- opening -------------------------------------------------------------------------
    def open(self, order_id: int, take_over: bool = False) -> None:
        """Open the draft here: this desk holds it, or it is shown read-only when another desk does;
        ``take_over`` takes it from that desk (audited; that desk is told)."""
        today, user = clock.today(), self.user
        no_credit = config.debt_rules(self.settings).no_credit_forms
        key = self.hold.key_for(order_id)
        self.worker.submit(
            lambda: ordering.open_draft(order_id, today, no_credit, user=user, hold=key, take_over=take_over),
            self._opened,
            self._failed,
        )

    def take_over(self) -> None:
        """Ctrl+Shift+O: edit here the draft shown read-only (the operator confirmed it)."""
        if self.view is not None and self.read_only:
            self.open(self.view.order_id, take_over=True)

    def _taken(self, holder: Holder) -> None:
        """Another desk took the open draft over: show it as that desk has it, read-only, and say so."""
        self.message.emit(messages.text(HeldElsewhere(holder)))
        if self.view is not None:
            self._dirty = False
            self._taken_by = holder
            self.open(self.view.order_id)

    def _opened(self, view: DraftView) -> None:
        self.hold.opened(view.order_id, view.holder)
        self.view = view
        self.lines = list(view.lines)
        self.offers = list(view.offers)
        self.undo_stack.clear()
        self.opened.emit(view)
        self.lines_changed.emit()
        self.refresh_suggestions()
        if self._taken_by is not None and view.holder is not None:
            self.message.emit(messages.text(HeldElsewhere(view.holder)))
        self._taken_by = None

    def close(self, release: bool = True) -> None:
        """The order leaves the screen; ``release``: still a draft, so this desk's hold on it ends."""
        self.hold.closed(release)
        self.view = None
        self.lines, self.offers, self.suggestions = [], [], []
        self.opened.emit(None)
        self.lines_changed.emit()
        self.suggestions_changed.emit([])

    def _failed(self, error: BaseException) -> None:
        self.message.emit(messages.text(error))

    # -- lines ---------------------------------------------------------------------------
    def add_product(
        self, product_id: int, quantity_text: str, source: str = "asked", on_done=None, on_failed=None
    ) -> None:
        """Price the product for the client and add its line; ``on_failed`` (else the ``message``
        signal) hears a refusal."""
        if not self._writable():
            return
        view, today, maximum = self.view, clock.today(), self.maximum

        def done(line: order_rules.Line) -> None:
            try:
                self.lines, row = order_rules.merge(self.lines, line, maximum)
            except order_rules.QuantityError as exc:
                (on_failed or self._failed)(exc)
                return
            self._changed()
            self.line_added.emit(row)
            notes = [messages.text(line.note)] if line.note else []
            if line.quantity > line.stock:
                notes.append(self.tr("only %s in stock") % messages.format_value(line.stock.normalize()))
            self.note.emit("; ".join(notes))
            if on_done is not None:
                on_done(line)

        def job() -> order_rules.Line:
            return ordering.make_line(view, product_id, quantity_text, source, today, maximum)

        tries = []

        def failed(error: BaseException) -> None:
            if messages.connection_lost(error) and self.view is view:
                # the product picked is not lost: priced and added as soon as the server answers
                self._waiting_adds.append(lambda: self.worker.submit(job, done, failed))
                if not tries:  # once at once (a terminated backend: the next try connects anew)
                    self.message.emit(self.tr("The connection is lost: the line is added when it is back."))
                    QTimer.singleShot(500, self._retry_adds)
                tries.append(1)  # then when the connection is back (the status bar's ping)
                return
            (on_failed or self._failed)(error)

        self.worker.submit(job, done, failed)

    def _retry_adds(self) -> None:
        waiting, self._waiting_adds = self._waiting_adds, []
        for add in waiting:
            add()

    def set_quantity(self, row: int, text: str) -> str | None:
        """Change a line's quantity in place; the error text, or None when taken."""
        if self.hold.holder is not None:
            return messages.text(HeldElsewhere(self.hold.holder))
        line = self.lines[row]
        try:
            qty = order_rules.parse_quantity(text, line.unit, line.pack_size, "round_up", self.maximum)
        except order_rules.QuantityError as exc:
            return messages.text(exc)
        self.lines[row] = order_rules.Line(**{**line.__dict__, "quantity": qty.value, "note": qty.note})
        self._changed()
        if qty.note:
            self.note.emit(messages.text(qty.note))
        return None

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.lines) and self._writable():
            self.undo_stack.append((row, self.lines.pop(row)))
            self._changed()
            self.note.emit(self.tr("Line removed: Ctrl+Z brings it back."))

    def undo(self) -> None:
        if self.undo_stack and self._writable():
            row, line = self.undo_stack.pop()
            self.lines.insert(min(row, len(self.lines)), line)
            self._changed()

    def manual_price(self, row: int, price_text: str, reason: str) -> None:
        """A head of sales fixes the price of a line; the service checks the right and audits it."""
        if not 0 <= row < len(self.lines) or not self._writable():
            return
        order_id, user, line = self.view.order_id, self.user, self.lines[row]

        def done(new: order_rules.Line) -> None:
            if row < len(self.lines) and self.lines[row].product_id == new.product_id:
                self.lines[row] = new
                self._changed()

        self.worker.submit(
            lambda: ordering.manual_price(user, order_id, line, price_text, reason), done, self._failed
        )

    def replace_lines(self, lines: list[order_rules.Line]) -> None:
        if not self._writable():
            return
        for line in lines:
            self.lines, _ = order_rules.merge(self.lines, line, self.maximum)
        self._changed()

    def repeat_last(self) -> None:
        if not self._writable():
            return
        view, today = self.view, clock.today()
        self.worker.submit(
            lambda: ordering.repeat_lines(view, today, maximum=self.maximum), self.replace_lines, self._failed
        )

    def usual_basket(self) -> None:
        if not self._writable():
            return
        view, today = self.view, clock.today()
        self.worker.submit(
            lambda: ordering.usual_basket(view, today, self.maximum), self.replace_lines, self._failed
        )

    # -- suggestions and offers ------------------------------------------------------------
    def refresh_suggestions(self) -> None:
        if self.view is None:
            return
        view, today = self.view, clock.today()
        self._suggested_for = {ln.product_id for ln in self.lines}
        in_order = self._suggested_for | {x.product_id for x in self.offers}
        self.worker.submit(lambda: ordering.suggestions(view, in_order, today), self._suggested, self._failed)

    def _suggested(self, found: list[SuggestionView]) -> None:
        self.suggestions = found
        self.suggestions_changed.emit(found)

    def accept(self, suggestion: SuggestionView, quantity_text: str = "") -> None:
        if not self._writable():
            return
        s = suggestion.suggestion
        qty = quantity_text or f"{max(suggestion.pack_size, Decimal(1)).normalize():f}"

        def added(_line) -> None:
            self.offers.append(order_rules.Offer(s.product_id, s.reason, "accepted"))
            self._changed()
            self.refresh_suggestions()

        self.add_product(s.product_id, qty, "suggested", on_done=added)

    def decline(self, suggestion: SuggestionView, reason: str) -> None:
        if reason not in order_rules.DECLINE_REASONS:
            self.message.emit(self.tr("Choose why the client declined."))
            return
        if not self._writable():
            return
        s = suggestion.suggestion
        self.offers.append(order_rules.Offer(s.product_id, s.reason, "declined", reason))
        self._changed()
        self.refresh_suggestions()

    # -- saving and completing -----------------------------------------------------------------
    def _changed(self) -> None:
        self.lines_changed.emit()
        self._dirty = True
        self._save()
        products = {ln.product_id for ln in self.lines}
        if products != self._suggested_for:  # a typed line, Ctrl+R, Ctrl+U, a removal or its undo
            self._suggested_for = products
            kept = [s for s in self.suggestions if s.suggestion.product_id not in products]
            if len(kept) != len(self.suggestions):
                self._suggested(kept)  # what is in the order now leaves the panel at once
            self.refresh_suggestions()  # and the panel fills up again from the service

    def _save(self) -> None:
        if self._saving or not self._dirty or self.view is None or self.read_only:
            return
        self._saving, self._dirty = True, False
        order_id, lines, offers, version = (
            self.view.order_id,
            list(self.lines),
            list(self.offers),
            self.view.version,
        )
        key = self.hold.key
        self.worker.submit(
            lambda: ordering.save_draft(order_id, lines, offers, version, key), self._saved, self._save_failed
        )

    def _saved(self, version: int) -> None:
        self._saving = False
        if self._retry_s:
            self._retry_s = 0
            self.note.emit(self.tr("The connection is back: the order is saved."))
        if self.view is not None:
            self.view.version = version
        self.saved.emit(version)
        self._save()  # changes made meanwhile
        self._resume()

    def _save_failed(self, error: BaseException) -> None:
        self._saving = False
        self._dirty = True
        if isinstance(error, HeldElsewhere):  # taken over by another desk: theirs from now on
            self.hold.lost(error.holder)
            return
        if messages.connection_lost(error):
            # nothing typed is lost: the order stays here and is saved as soon as the server answers
            self._retry_s = min(10, self._retry_s * 2 if self._retry_s else 1)
            self.message.emit(
                self.tr(
                    "The connection to the database is lost: the order stays here and is saved as soon "
                    "as the connection is back (trying again in %d s)."
                )
                % self._retry_s
            )
            QTimer.singleShot(self._retry_s * 1000, self._save)
            return
        self.message.emit(self.tr("The draft could not be saved: %s") % messages.text(error))

    def _connection_state(self, ok: bool) -> None:
        """The server answers again: what waited for it is saved (and completed) now, not at the next try."""
        if ok and self.view is not None:
            self._retry_adds()
            self._save()
            self._resume()

    def _resume(self) -> None:
        """A completion that waited for the connection (or for the save before it) goes on."""
        if self._completing is None or self._saving or self._dirty or self.view is None:
            return
        completion, on_error = self._completing
        self._completing = None
        self.complete(completion, on_error)

    def _wait_for_connection(self, completion: order_rules.Completion, on_error) -> None:
        self._completing = (completion, on_error)
        on_error(CodedError("order.completion_waits_connection"))

    def complete(self, completion: order_rules.Completion, on_error) -> None:
        if not self._writable():
            return
        if self._saving or self._dirty:
            if self._retry_s and not self._saving:  # the draft's save waits for the server: so does this
                self._wait_for_connection(completion, on_error)
            else:
                self.worker.submit(lambda: None, lambda _r: self.complete(completion, on_error))
            return
        self._completing = None
        view, user, today = self.view, self.user, clock.today()
        rules, minimum = config.debt_rules(self.settings), self.min_offers
        prefix = self.settings.get(config.BRANCH_PREFIX)

        key = self.hold.key

        def failed(error: BaseException) -> None:
            if isinstance(error, HeldElsewhere):
                self.hold.lost(error.holder)
            if messages.connection_lost(error) and self.view is view:
                # the answer, or the request, was lost: tried again when the server answers; if it had
                # committed, the service finds it done and gives the same number (never a second order)
                self._wait_for_connection(completion, on_error)
                return
            on_error(error)

        def done(number: str) -> None:
            if self.view is not view:  # a second answer for an order already shown as accepted
                return
            order_id = view.order_id
            self.close(release=False)
            if view.call_id is not None:
                self.call_ended.emit(view.call_id)  # the order taken is the call's outcome: it ended
            self.completed.emit(order_id, number)
            self.hub.order_saved.emit(order_id)

        self.ops.run(
            self,
            lambda: ordering.complete(
                user,
                view.order_id,
                completion,
                today=today,
                rules=rules,
                min_offers=minimum,
                prefix=prefix,
                expected_version=view.version,
                hold=key,
            ),
            done,
            failed,
            changes=Changes(calls=True, orders=True, clients=True),
        )

    def approve_again(self, reason: str, approval, amount_text: str, on_done, on_error) -> None:
        """The order grew past its approved override: have it approved for a new amount (the approver's
        password is checked by the service); the draft is saved first so the approver sees its total."""
        if not self._writable():
            return
        if self._saving or self._dirty:
            self.worker.submit(
                lambda: None, lambda _r: self.approve_again(reason, approval, amount_text, on_done, on_error)
            )
            return
        view, user, today = self.view, self.user, clock.today()
        rules = config.debt_rules(self.settings)

        def done(result: debt_gate.Approved) -> None:
            if self.view is view:
                view.version, view.approved_amount = result.version, result.amount
            self.opened_again.emit(view)
            on_done(result)

        self.ops.run(
            self,
            lambda: debt_gate.approve_again(
                user, view.order_id, view.version, today, rules, reason, amount_text, approval
            ),
            done,
            on_error,
            changes=Changes(orders=True),
        )

    def cancel(self, reason: str, on_error) -> None:
        if not self._writable():
            return
        order_id, user, key = self.view.order_id, self.user, self.hold.key
        self.worker.submit(
            lambda: ordering.cancel(user, order_id, reason, key),
            lambda _r: self.close(release=False),
            on_error,
        )

    def search(self, text: str, callback) -> None:
        """The product completion, each product with the client's price today and its stock."""
        prefer, user, today = self.prefer(), self.user, clock.today()
        column = self.view.price_column_id if self.view is not None else None
        self.worker.submit(
            lambda: guide.priced_products(user, text, prefer, column, today), callback, self._failed
        )

    def load_guide(self, owner: QObject, on_done, on_failed) -> None:
        """The client's order guide (``services.guide.order_guide``) for ``owner``, a window that may
        close before it comes."""
        if self.view is None:
            return
        user, client_id, today = self.user, self.view.client_id, clock.today()
        guarded.submit(
            self.worker, owner, lambda: guide.order_guide(user, client_id, today), on_done, on_failed
        )
