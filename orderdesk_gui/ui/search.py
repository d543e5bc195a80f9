"""Search as you type: phone, code, BIN/IIN or name fragment; results list, Enter opens the card."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from orderdesk_gui import clock
from orderdesk_gui.domain.debt import DebtRules
from orderdesk_gui.domain.entities import ClientHit
from orderdesk_gui.services import caller
from orderdesk_gui.ui.models import client_hits_model
from orderdesk_gui.ui.views import readonly_table
from orderdesk_gui.ui.worker import DbWorker

MIN_CHARS = 2
HIDDEN = (2, 3, 4, 6)  # city, type, code, status of client_hits_model: in the name's tooltip


class ClientSearch(QObject):
    """Wires the search line edit to a results view through the worker."""

    results_changed = Signal(int)  # number of hits now shown
    client_chosen = Signal(int)  # client id
    search_cleared = Signal()

    def __init__(
        self, edit: QLineEdit, worker: DbWorker, parent: QWidget, rules: Callable[[], DebtRules] = DebtRules
    ) -> None:
        super().__init__(parent)
        self.edit = edit
        self.worker = worker
        self.rules = rules  # the debt gate's thresholds now (the settings may change)
        self.model = client_hits_model(self)
        self.view = readonly_table(self.model, parent, "searchResults", stretch_column=0)
        for column in HIDDEN:  # the card's width at 1366 px: the name first (the rest in its tooltip)
            self.view.setColumnHidden(column, True)
        self.view.activated.connect(lambda index: self._choose_row(index.row()))
        self._latest = 0
        edit.textChanged.connect(self._text_changed)
        edit.returnPressed.connect(self.open_current)
        edit.installEventFilter(self)
        self.view.installEventFilter(self)

    # -- searching -------------------------------------------------------------
    def _text_changed(self, text: str) -> None:
        text = text.strip()
        if len(text) < MIN_CHARS:
            self._latest += 1  # results of older requests are stale now
            self.model.set_rows([])
            if not text:
                self.search_cleared.emit()
            self.results_changed.emit(0)
            return
        self._latest += 1
        ticket = self._latest
        today, rules = clock.today(), self.rules()
        self.worker.submit(
            lambda: caller.find_clients(text, today, rules), lambda hits: self._show(ticket, hits)
        )

    def _show(self, ticket: int, hits: list[ClientHit]) -> None:
        if ticket != self._latest:
            return  # the operator typed on; a newer search is coming
        self.model.set_rows(hits)
        if hits:
            self.view.selectRow(0)
        self.results_changed.emit(len(hits))

    def search_now(self, text: str) -> None:
        self.edit.setText(text)

    # -- choosing --------------------------------------------------------------
    def open_current(self) -> None:
        index = self.view.currentIndex()
        row = index.row() if index.isValid() else 0
        self._choose_row(row)

    def _choose_row(self, row: int) -> None:
        hit = self.model.row_at(row)
        if hit is not None:
            self.client_chosen.emit(hit.id)

    def clear(self) -> None:
        self.edit.clear()
        self.edit.setFocus()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if obj is self.edit and key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown):
                if self.model.rowCount():
                    self.view.setFocus()
                    current = self.view.currentIndex().row()
                    step = 1 if key != Qt.Key.Key_Up else -1
                    target = max(0, min(self.model.rowCount() - 1, current + step))
                    self.view.selectRow(target)
                    return True
            if key == Qt.Key.Key_Escape and obj in (self.edit, self.view):
                self.clear()
                return True
            if obj is self.view and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_current()
                return True
        return super().eventFilter(obj, event)
