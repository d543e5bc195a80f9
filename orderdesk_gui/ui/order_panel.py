"""The order grid: product entry with completions, quantities, the lines, and the running total."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMessageBox, QWidget

from orderdesk_gui.domain.debt import DebtLevel
from orderdesk_gui.services.guide import PricedHit
from orderdesk_gui.services.ordering import DraftView
from orderdesk_gui.ui import formatting as fmt
from orderdesk_gui.ui import messages
from orderdesk_gui.ui.elided import never_wider
from orderdesk_gui.ui.forms.ui_order_panel import Ui_OrderPanel
from orderdesk_gui.ui.order_controller import OrderController
from orderdesk_gui.ui.order_models import (
    HIDDEN_COLUMNS,
    QTY_COLUMN,
    LinesModel,
    product_hits_model,
    typed_qty,
)
from orderdesk_gui.ui.views import setup_readonly

TAKE_OVER_KEYS = "Ctrl+Shift+O"
ERROR_STYLE = "color: #b00020; font-weight: bold;"
NOTE_STYLE = "color: #5d4037;"


class OrderPanel(QWidget):
    def __init__(self, controller: OrderController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OrderPanel()
        self.ui.setupUi(self)
        never_wider(self)  # a long name or message wraps; the title is cut with its whole text in a tooltip
        self.controller = controller
        self.picked: PricedHit | None = None
        self.guide_dialog = None  # OrderGuideDialog, made on the first Ctrl+G
        self._ticket = 0
        self.client_name = ""
        font = self.ui.titleLabel.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.ui.titleLabel.setFont(font)
        totals_font = self.ui.totalsLabel.font()
        totals_font.setPointSizeF(totals_font.pointSizeF() * 1.15)
        self.ui.totalsLabel.setFont(totals_font)
        self.hits = product_hits_model(self)
        self.ui.hitsView.setModel(self.hits)
        setup_readonly(self.ui.hitsView, stretch_column=1)
        self.ui.hitsView.hide()
        self.lines = LinesModel(self._edit_quantity, self)
        self.ui.linesView.setModel(self.lines)
        setup_readonly(self.ui.linesView, stretch_column=2)
        self.ui.linesView.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.ui.linesView.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column in HIDDEN_COLUMNS:  # pack and source: in the product's tooltip, the name gets the room
            self.ui.linesView.setColumnHidden(column, True)
        rows = self.ui.linesView.verticalHeader()
        rows.setDefaultSectionSize(self.ui.linesView.fontMetrics().height() + 8)  # 20+ lines in view
        self.ui.productEdit.textEdited.connect(self._search)
        self.ui.productEdit.installEventFilter(self)
        self.ui.qtyEdit.installEventFilter(self)
        self.ui.linesView.installEventFilter(self)
        controller.opened.connect(self._opened)
        controller.opened_again.connect(self._approved_again)
        controller.lines_changed.connect(self._refresh)
        controller.line_added.connect(self._line_added)
        controller.message.connect(lambda text: self.show_message(text, True))
        controller.note.connect(lambda text: self.show_message(text, False))
        controller.completed.connect(self._completed)
        self._guide_action(parent)
        self._take_over_action(parent)
        self._opened(None)

    def _guide_action(self, window: QWidget | None) -> None:
        """Ctrl+G, the order guide: an action of this panel (so F1 lists it), also put in the window's
        Call menu beside repeat and usual basket when the window has one."""
        self.actionOrderGuide = QAction(self.tr("Order &guide (usual products)…"), self)
        self.actionOrderGuide.setObjectName("actionOrderGuide")
        self.actionOrderGuide.setShortcut(QKeySequence("Ctrl+G"))
        self.actionOrderGuide.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.actionOrderGuide.triggered.connect(self.open_guide)
        self.addAction(self.actionOrderGuide)
        ui = getattr(window, "ui", None)
        menu, before = getattr(ui, "menuCall", None), getattr(ui, "actionUndoLine", None)
        if menu is not None and before is not None:
            menu.insertAction(before, self.actionOrderGuide)
        elif menu is not None:
            menu.addAction(self.actionOrderGuide)

    def _take_over_action(self, window: QWidget | None) -> None:
        """Ctrl+Shift+O: edit here a draft another desk holds (shown read-only), after a question whose
        default is No; the other desk is told and shows it read-only."""
        self.actionTakeOver = QAction(self.tr("Take the &order over from the other desk…"), self)
        self.actionTakeOver.setObjectName("actionTakeOver")
        self.actionTakeOver.setShortcut(QKeySequence(TAKE_OVER_KEYS))
        self.actionTakeOver.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.actionTakeOver.setEnabled(False)
        self.actionTakeOver.triggered.connect(self.take_over)
        self.addAction(self.actionTakeOver)
        menu = getattr(getattr(window, "ui", None), "menuCall", None)
        if menu is not None:
            menu.addAction(self.actionTakeOver)

    def take_over(self) -> None:
        holder = self.controller.hold.holder
        view = self.controller.view
        if view is None or holder is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Take the order over"),
            self.tr(
                "%s is editing order no. %d at desk %s. Take it over? Their screen shows it read-only "
                "from then on, and what they typed but did not save yet is not kept."
            )
            % (holder.name, view.order_id, holder.desk),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)  # Enter does not take anything from anyone
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Take over"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("&Leave it"))
        taken = box.exec() == QMessageBox.StandardButton.Yes
        self.window().activateWindow()  # the window's keys work again at once
        if taken:
            self.controller.take_over()
        else:
            self.ui.linesView.setFocus()

    def open_guide(self) -> None:
        """Show the client's order guide over the order (Esc comes back to the Product field)."""
        if not self.controller.active:
            self.show_message(self.tr("Start the order first (F4)."), True)
            return
        from orderdesk_gui.ui.order_guide import OrderGuideDialog

        if self.guide_dialog is None:
            self.guide_dialog = OrderGuideDialog(self.controller, self)
            self.guide_dialog.finished.connect(self._guide_closed)
        self.guide_dialog.load()
        self.guide_dialog.open()
        self.guide_dialog.ui.filterEdit.clear()
        self.guide_dialog.ui.filterEdit.setFocus()

    def _guide_closed(self, _result: int) -> None:
        self.window().activateWindow()
        self.ui.productEdit.setFocus()
        self.ui.productEdit.selectAll()

    def _guide_open(self) -> bool:
        return self.guide_dialog is not None and self.guide_dialog.isVisible()

    # -- state ---------------------------------------------------------------------------------
    def set_client(self, name: str | None, drafts: list | None = None) -> None:
        """The caller on screen changed (no order open for them yet)."""
        self.client_name = name or ""
        if self.controller.active:
            return
        if name is None:
            self.ui.statusLabel.setText(self.tr("Find the caller first (F3); their card opens on the left."))
        elif drafts:
            d = drafts[0]
            self.ui.statusLabel.setText(
                self.tr("Draft order no. %d of %s (%d lines, %s) is open for this client: F4 resumes it.")
                % (
                    d.order_id,
                    fmt.local_date(d.created_at) + " " + fmt.local_time(d.created_at),
                    d.lines,
                    d.operator,
                )
            )
        else:
            self.ui.statusLabel.setText(self.tr("Client on screen: %s — F4 starts the order") % name)

    def _opened(self, view: DraftView | None) -> None:
        held = view is not None and view.holder is not None
        self.actionTakeOver.setEnabled(held)
        enabled = view is not None and not held
        for w in (self.ui.productEdit, self.ui.qtyEdit, self.ui.linesView):
            w.setEnabled(enabled)
        self.ui.productEdit.clear()
        self.ui.qtyEdit.clear()
        self.hits.set_rows([])
        self.ui.hitsView.hide()
        self.show_message("")
        if view is None:
            self.ui.titleLabel.setText(self.tr("Order"))
            self.set_client(self.client_name or None)
            return
        if held:
            self.ui.titleLabel.setText(
                self.tr("Order no. %d (read-only): %s") % (view.order_id, view.client_name)
            )
            self.ui.linesView.setEnabled(True)  # looked at, not changed
            self.ui.statusLabel.setText(
                self.tr("%s is editing this order at desk %s. Ctrl+Shift+O takes it over.")
                % (view.holder.name, view.holder.desk)
            )
            self.ui.linesView.setFocus()
            return
        self.ui.titleLabel.setText(self.tr("Order no. %d (draft): %s") % (view.order_id, view.client_name))
        self._show_status(view)
        self.ui.productEdit.setFocus()

    def _show_status(self, view: DraftView) -> None:
        status = self.tr("Prices of the client's price column; a better promotion price applies by itself.")
        if view.overridden and view.approved_amount is not None:
            status = (
                "⚠ "
                + self.tr("Debt gate overridden for this order, up to %s.") % fmt.money(view.approved_amount)
                + " "
                + status
            )
        elif view.overridden:
            status = "⚠ " + self.tr("Debt gate overridden for this order.") + " " + status
        self.ui.statusLabel.setText(status)

    def _approved_again(self, view: DraftView) -> None:
        self._show_status(view)
        self._show_totals()

    def _refresh(self) -> None:
        view = self.ui.linesView
        current = view.currentIndex()
        had_focus = view.hasFocus() or view.state() == QAbstractItemView.State.EditingState
        self.lines.set_rows(self.controller.lines)
        if current.isValid() and self.lines.rowCount():
            row = min(current.row(), self.lines.rowCount() - 1)
            view.setCurrentIndex(self.lines.index(row, current.column()))
        if had_focus:  # after a quantity typed in the grid, ↑ ↓ Del go on working there
            QTimer.singleShot(0, view.setFocus)
        self._show_totals()

    def _show_totals(self) -> None:
        c = self.controller
        if not c.active:
            self.ui.totalsLabel.clear()
            return
        t = c.totals()
        debt = c.debt()
        parts = [
            self.tr("Total <b>%s</b>") % fmt.money(t.amount),
            self.tr("discount %s") % fmt.money(t.discount),
            self.tr("%s kg") % messages.format_value(t.weight_kg.normalize()),
            self.tr("%d lines") % t.lines,
        ]
        text = " · ".join(parts)
        if debt is not None:
            if debt.level is DebtLevel.RED:
                excess = debt.over_limit_by if debt.over_limit_by > 0 else debt.overdue
                text += (
                    "<br><span style='color:#b71c1c'><b>✖ "
                    + self.tr("Over the credit limit or overdue: %s") % fmt.money(excess)
                    + "</b></span>"
                )
            else:
                colour = "#8a5a00" if debt.level is DebtLevel.AMBER else "#1b5e20"
                text += (
                    f"<br><span style='color:{colour}'>"
                    + self.tr("Headroom under the limit: %s") % (fmt.money(debt.headroom))
                    + "</span>"
                )
        view = c.view
        if view is not None and view.overridden and debt is not None and debt.blocks_orders:
            approved = view.approved_amount
            if approved is None or t.amount > approved:
                text += (
                    "<br><span style='color:#b71c1c'><b>✖ "
                    + (
                        self.tr("More than the %s approved: saving asks for approval again")
                        % fmt.money(approved)
                        if approved is not None
                        else self.tr("The override names no amount: saving asks for approval again")
                    )
                    + "</b></span>"
                )
            else:
                text += "<br>" + self.tr("Approved up to %s: %s left") % (
                    fmt.money(approved),
                    fmt.money(approved - t.amount),
                )
        self.ui.totalsLabel.setText(text)

    def show_message(self, text: str, error: bool = False) -> None:
        self.ui.messageLabel.setStyleSheet(ERROR_STYLE if error else NOTE_STYLE)
        self.ui.messageLabel.setText(text)

    # -- entry ---------------------------------------------------------------------------------
    def _search(self, text: str) -> None:
        self.picked = None
        self._ticket += 1
        ticket = self._ticket
        if not text.strip():
            self.hits.set_rows([])
            self.ui.hitsView.hide()
            return
        self.controller.search(text, lambda hits: self._show_hits(ticket, hits))

    def _show_hits(self, ticket: int, hits: list[PricedHit]) -> None:
        if ticket != self._ticket:
            return
        self.hits.set_rows(hits)
        self.ui.hitsView.setVisible(bool(hits))
        if hits:
            self.ui.hitsView.selectRow(0)
            self.show_message("")
        else:
            self.show_message(self.tr("No product matches %r.") % self.ui.productEdit.text().strip(), True)

    def _move_hit(self, step: int) -> None:
        rows = self.hits.rowCount()
        if rows:
            current = self.ui.hitsView.currentIndex().row()
            self.ui.hitsView.selectRow(max(0, min(rows - 1, current + step)))

    def _pick(self) -> bool:
        index = self.ui.hitsView.currentIndex()
        hit = self.hits.row_at(index.row() if index.isValid() else 0)
        if hit is None:
            if self.ui.productEdit.text().strip():
                self.show_message(self.tr("Choose a product from the list."), True)
            return False
        self.picked = hit
        self.ui.productEdit.setText(f"{hit.code} {hit.name}")
        self.hits.set_rows([])
        self.ui.hitsView.hide()
        self.ui.qtyEdit.setText(typed_qty(max(hit.pack_size, 1)))
        self.ui.qtyEdit.selectAll()
        self.ui.qtyEdit.setFocus()
        self.show_message(
            self.tr("%s: pack of %s %s, %s in stock")
            % (
                hit.name,
                messages.format_value(hit.pack_size.normalize()),
                hit.unit,
                messages.format_value(hit.stock.normalize()),
            ),
            False,
        )
        return True

    def _commit(self) -> None:
        if self.picked is None:
            self.ui.productEdit.setFocus()
            return
        self.controller.add_product(self.picked.id, self.ui.qtyEdit.text())

    def _line_added(self, row: int) -> None:
        self.picked = None
        self.ui.productEdit.clear()
        self.ui.qtyEdit.clear()
        self.ui.linesView.selectRow(row)
        if not self._guide_open():  # typing goes on in the guide
            self.ui.productEdit.setFocus()

    def focus_lines(self) -> None:
        """The order's lines get the keyboard, on the current line or the last one."""
        view = self.ui.linesView
        if not self.lines.rowCount():
            return
        view.setFocus()
        if not view.currentIndex().isValid():
            view.setCurrentIndex(self.lines.index(self.lines.rowCount() - 1, 2))

    def edit_quantity(self) -> None:
        """F2: change the quantity of the current line (the last one when none is current), from any
        cell of the grid or from the Product field."""
        if not self.lines.rowCount():
            return
        self.focus_lines()
        row = self.ui.linesView.currentIndex().row()
        index = self.lines.index(row, QTY_COLUMN)
        self.ui.linesView.setCurrentIndex(index)
        self.ui.linesView.edit(index)

    def _edit_quantity(self, row: int, text: str) -> str | None:
        error = self.controller.set_quantity(row, text)
        if error:
            self.show_message(error, True)
        return error

    def _completed(self, _order_id: int, number: str) -> None:
        self.ui.statusLabel.setText(self.tr("Order %s accepted and passed to fulfilment.") % number)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(obj, event)
        key = event.key()
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if obj is self.ui.productEdit and plain:
            listing = self.ui.hitsView.isVisible() and self.hits.rowCount() > 0
            if key == Qt.Key.Key_Down and not listing and self.lines.rowCount():
                self.focus_lines()  # no completion list: ↓ goes down into the order's lines
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._move_hit(1 if key == Qt.Key.Key_Down else -1)
                return True
            if key == Qt.Key.Key_Tab and not listing and not self.ui.productEdit.text().strip():
                return super().eventFilter(obj, event)  # nothing to pick: Tab goes on to the lines
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab):
                self._pick()
                return True
        if obj is self.ui.qtyEdit and plain:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._commit()
                return True
            if key == Qt.Key.Key_Escape:
                self.ui.productEdit.setFocus()
                self.ui.productEdit.selectAll()
                return True
        editing = self.ui.linesView.state() == QAbstractItemView.State.EditingState
        if obj is self.ui.linesView and plain and key == Qt.Key.Key_Escape and not editing:
            self.ui.productEdit.setFocus()  # back to typing products
            return True
        if obj is self.ui.linesView and plain and key == Qt.Key.Key_F2 and not editing:
            self.edit_quantity()  # whichever cell of the line is current
            return True
        if obj is self.ui.linesView and plain and key == Qt.Key.Key_Delete:
            index = self.ui.linesView.currentIndex()
            if index.isValid():
                self.controller.remove(index.row())
            return True
        if obj is self.ui.linesView and plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            index = self.ui.linesView.currentIndex()
            if index.isValid() and self.ui.linesView.state() != QAbstractItemView.State.EditingState:
                self.ui.linesView.edit(self.lines.index(index.row(), QTY_COLUMN))
                return True
        return super().eventFilter(obj, event)
