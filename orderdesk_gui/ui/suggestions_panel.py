"""Suggested products (D7): why each is offered, one key to add it or to record why it was declined."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QWidget

from orderdesk_gui.services.ordering import SuggestionView
from orderdesk_gui.ui.elided import never_wider
from orderdesk_gui.ui.forms.ui_suggestions_panel import Ui_SuggestionsPanel
from orderdesk_gui.ui.order_controller import OrderController
from orderdesk_gui.ui.order_models import suggestions_model
from orderdesk_gui.ui.views import setup_readonly


class SuggestionsPanel(QWidget):
    def __init__(self, controller: OrderController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SuggestionsPanel()
        self.ui.setupUi(self)
        never_wider(self)
        self.controller = controller
        self.model = suggestions_model(self)
        self.ui.view.setModel(self.model)
        setup_readonly(self.ui.view, stretch_column=0)
        why = self.ui.view.horizontalHeader()
        why.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)  # the reason is cut, the name is not
        why.resizeSection(2, self.ui.view.fontMetrics().averageCharWidth() * 14)
        font = self.ui.titleLabel.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.ui.titleLabel.setFont(font)
        counter = self.ui.counterLabel.font()
        counter.setBold(True)
        counter.setPointSizeF(counter.pointSizeF() * 1.3)
        self.ui.counterLabel.setFont(counter)
        controller.suggestions_changed.connect(self._show)
        controller.lines_changed.connect(self._count)
        controller.opened.connect(lambda _v: self._count())
        self._count()

    def _show(self, found: list[SuggestionView]) -> None:
        current = self.ui.view.currentIndex().row()
        self.model.set_rows(found)
        if found:
            self.ui.view.selectRow(max(0, min(current, len(found) - 1)))
        self._count()

    def _count(self) -> None:
        c = self.controller
        if not c.active:
            self.ui.counterLabel.setText(
                self.tr("Offer at least %d products beyond what the client asks for.") % c.min_offers
            )
            self.ui.counterLabel.setStyleSheet("")
            return
        done, need = c.offers_done(), c.min_offers
        ok = done >= need
        mark = "✔" if ok else "…"
        self.ui.counterLabel.setText(self.tr("Offered %d of %d %s") % (done, need, mark))
        self.ui.counterLabel.setStyleSheet("color: #1b5e20;" if ok else "color: #b71c1c;")

    def current(self) -> SuggestionView | None:
        index = self.ui.view.currentIndex()
        return self.model.row_at(index.row() if index.isValid() else 0)

    def move(self, step: int) -> None:
        rows = self.model.rowCount()
        if rows:
            row = self.ui.view.currentIndex().row()
            self.ui.view.selectRow(max(0, min(rows - 1, row + step)))

    def accept_current(self) -> None:
        s = self.current()
        if s is not None:
            self.controller.accept(s)

    def decline_current(self, reason: str) -> None:
        s = self.current()
        if s is not None:
            self.controller.decline(s, reason)
