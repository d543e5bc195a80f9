"""Promotions and special items (Ctrl+Alt+P; heads of sales and administrators): the list (running now,
starting later, over, all; imported ones from accounting shown read-only beside those made here) and
the editor of one: name, kind, period, for which clients, the operator's note, and its products with a
special price or a discount each.

Keys: Ctrl+N a new promotion, Ctrl+S saves, Enter in *Add a product* finds, ↓ then Enter adds the
product, Del removes the current product line, Esc closes (asking first when something is unsaved)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QTableWidgetItem, QWidget

from orderdesk_gui import clock
from orderdesk_gui.domain.entities import UserInfo
from orderdesk_gui.domain.promotions import KINDS, ItemDraft, PromotionDraft
from orderdesk_gui.services import promotions
from orderdesk_gui.ui import formatting as fmt
from orderdesk_gui.ui import messages
from orderdesk_gui.ui.forms.ui_promotions_window import Ui_PromotionsWindow
from orderdesk_gui.ui.models import Column, RowsModel
from orderdesk_gui.ui.operations import Operations
from orderdesk_gui.ui.views import setup_readonly

CONTEXT = "PromotionsWindow"
KIND_WORDS = {
    "price": QT_TRANSLATE_NOOP("PromotionsWindow", "special price or discount"),
    "special": QT_TRANSLATE_NOOP("PromotionsWindow", "items to offer"),
    "note": QT_TRANSLATE_NOOP("PromotionsWindow", "a note for the operator"),
}
WHICH_WORDS = {
    "current": QT_TRANSLATE_NOOP("PromotionsWindow", "running now"),
    "upcoming": QT_TRANSLATE_NOOP("PromotionsWindow", "starting later"),
    "past": QT_TRANSLATE_NOOP("PromotionsWindow", "over"),
    "all": QT_TRANSLATE_NOOP("PromotionsWindow", "all"),
}
CODE, NAME, PRICE, DISCOUNT, NOTE = range(5)


def _word(table: dict[str, str], code: str) -> str:
    return QCoreApplication.translate(CONTEXT, table[code]) if code in table else code


def _amount(value: Decimal | None) -> str:
    return "" if value is None else f"{value:.2f}"


class PromotionsWindow(QDialog):
    saved = Signal(int)
    loaded = Signal()

    def __init__(self, ops: Operations, user: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PromotionsWindow()
        self.ui.setupUi(self)
        self.ops, self.user = ops, user
        self.current: promotions.PromotionView | None = None
        self.dirty = self._filling = False
        self.hits: list = []
        ui = self.ui
        for code, text in WHICH_WORDS.items():
            ui.whichCombo.addItem(QCoreApplication.translate(CONTEXT, text), code)
        for kind in KINDS:
            ui.kindCombo.addItem(_word(KIND_WORDS, kind), kind)
        ui.typeCombo.addItem(self.tr("every client type"), None)
        ui.regionCombo.addItem("")
        ui.regionCombo.lineEdit().setPlaceholderText(self.tr("every region"))
        for edit in (ui.fromEdit, ui.toEdit):
            edit.setDisplayFormat("dd.MM.yyyy")
        self.list = RowsModel(
            [
                Column(
                    QT_TRANSLATE_NOOP("Models", "Name"),
                    lambda r: r.name + ("  ⇄" if r.from_accounting else ""),
                    tooltip=lambda r: (
                        _word(KIND_WORDS, r.kind)
                        + ("\n" + self.tr("from accounting") if r.from_accounting else "")
                    ),
                ),
                Column(
                    QT_TRANSLATE_NOOP("Models", "Period"),
                    lambda r: f"{r.starts:%d.%m.%y} – {r.ends:%d.%m.%y}",
                ),
                Column(
                    QT_TRANSLATE_NOOP("Models", "Products"), lambda r: fmt.count(r.items), align_right=True
                ),
                Column(QT_TRANSLATE_NOOP("Models", "For clients"), lambda r: r.audience or "—"),
            ],
            self,
        )
        ui.listView.setModel(self.list)
        setup_readonly(ui.listView, stretch_column=0)
        ui.listView.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._open_row(cur.row()))
        table = ui.itemsTable
        table.setColumnCount(5)
        table.setHorizontalHeaderLabels(
            [
                self.tr("Code"),
                self.tr("Product"),
                self.tr("Special price"),
                self.tr("Discount, %"),
                self.tr("Note"),
            ]
        )
        header = table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (CODE, PRICE, DISCOUNT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(NOTE, 200)
        table.verticalHeader().hide()
        ui.layout.setStretchFactor(ui.splitter, 1)
        table.itemChanged.connect(self._touched)
        ui.splitter.setSizes([560, 720])
        for signal in (
            ui.nameEdit.textEdited,
            ui.kindCombo.currentIndexChanged,
            ui.fromEdit.dateChanged,
            ui.toEdit.dateChanged,
            ui.activeCheck.toggled,
            ui.typeCombo.currentIndexChanged,
            ui.regionCombo.editTextChanged,
            ui.noteEdit.textChanged,
        ):
            signal.connect(self._touched)
        self.debounce = QTimer(self, singleShot=True, interval=250)
        self.debounce.timeout.connect(self.reload)
        ui.whichCombo.currentIndexChanged.connect(self.debounce.start)
        ui.findEdit.textEdited.connect(self.debounce.start)
        ui.productEdit.returnPressed.connect(self.find_products)
        ui.hitsList.itemActivated.connect(lambda item: self.add_product(ui.hitsList.row(item)))
        ui.newButton.clicked.connect(self.new)
        ui.saveButton.clicked.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        for button in (ui.newButton, ui.saveButton, *ui.buttons.buttons()):
            button.setAutoDefault(False)  # Enter finds a product or edits a cell, never closes the window
            button.setDefault(False)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.reload)
        remove = QShortcut(QKeySequence(Qt.Key.Key_Delete), ui.itemsTable, self.remove_item)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        ui.productEdit.installEventFilter(self)
        ui.hitsList.hide()  # shown with the products found
        ops.run(self, lambda: promotions.choices(user), self._choices)
        self.new()
        self.reload()
        ui.whichCombo.setFocus()

    # -- the list -------------------------------------------------------------------------------
    def _choices(self, choices: promotions.Choices) -> None:
        self._filling, region = True, self.ui.regionCombo.currentText()  # a choice offered is no change
        for type_id, name in choices.client_types:
            self.ui.typeCombo.addItem(name, type_id)
        self.ui.regionCombo.addItems(choices.regions)
        self.ui.regionCombo.setEditText(region)
        self._filling = False

    def reload(self) -> None:
        user, which, text = self.user, self.ui.whichCombo.currentData(), self.ui.findEdit.text()
        self.ops.run(
            self, lambda: promotions.promotions(user, which, clock.today(), text), self._listed, self._failed
        )

    def _listed(self, rows: list[promotions.PromotionRow]) -> None:
        self.list.set_rows(rows)
        self.loaded.emit()

    def _open_row(self, row: int) -> None:
        rows = self.list.rows()
        if not (0 <= row < len(rows)) or (self.current is not None and rows[row].id == self.current.id):
            return
        if not self._may_leave():
            return
        user, promotion_id = self.user, rows[row].id
        self.ops.run(self, lambda: promotions.promotion(user, promotion_id), self._show, self._failed)

    # -- the editor -----------------------------------------------------------------------------
    def _touched(self, *_args) -> None:
        if not self._filling:
            self.dirty = True

    def _may_leave(self) -> bool:
        """Whether unsaved changes may be dropped (asked; No keeps them, the default)."""
        if not self.dirty:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Drop the changes to this promotion?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def new(self) -> None:
        if not self._may_leave():
            return
        today = clock.today()
        self._fill(
            promotions.PromotionView(
                0, "", "price", today, today + dt.timedelta(days=30), "", None, "", True, False, 0, ()
            )
        )
        self.current = None
        self.ui.statusLabel.setText(self.tr("A new promotion: name it, choose its products, Ctrl+S saves."))
        self.ui.nameEdit.setFocus()

    def _show(self, view: promotions.PromotionView) -> None:
        self._fill(view)
        self.current = view
        self.ui.statusLabel.setStyleSheet("")
        self.ui.statusLabel.setText(
            self.tr("From accounting: change it there (shown read-only here).")
            if view.from_accounting
            else ""
        )

    def _fill(self, view: promotions.PromotionView) -> None:
        ui = self.ui
        self._filling = True
        ui.nameEdit.setText(view.name)
        ui.kindCombo.setCurrentIndex(max(0, ui.kindCombo.findData(view.kind)))
        ui.fromEdit.setDate(fmt.qdate(view.starts))
        ui.toEdit.setDate(fmt.qdate(view.ends))
        ui.activeCheck.setChecked(view.active)
        ui.typeCombo.setCurrentIndex(max(0, ui.typeCombo.findData(view.client_type_id)))
        ui.regionCombo.setEditText(view.region)
        ui.noteEdit.setPlainText(view.note)
        table = ui.itemsTable
        table.setRowCount(0)
        for item in view.items:
            self._add_row(item.product_id, item.code, item.name, _amount(item.special_price),
                          _amount(item.discount_percent), item.note)  # fmt: skip
        read_only = view.from_accounting
        for widget in (ui.nameEdit, ui.kindCombo, ui.fromEdit, ui.toEdit, ui.activeCheck, ui.typeCombo,
                       ui.regionCombo, ui.productEdit, ui.saveButton):  # fmt: skip
            widget.setEnabled(not read_only)
        ui.noteEdit.setReadOnly(read_only)
        table.setEnabled(not read_only)
        self._filling = False
        self.dirty = False

    def _add_row(
        self, product_id: int, code: str, name: str, price: str = "", discount: str = "", note: str = ""
    ) -> None:
        table = self.ui.itemsTable
        row = table.rowCount()
        table.insertRow(row)
        for column, text in ((CODE, code), (NAME, name), (PRICE, price), (DISCOUNT, discount), (NOTE, note)):
            cell = QTableWidgetItem(text)
            if column in (CODE, NAME):
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if column in (PRICE, DISCOUNT):
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if column == CODE:
                cell.setData(Qt.ItemDataRole.UserRole, product_id)
            table.setItem(row, column, cell)

    def find_products(self) -> None:
        user, text = self.user, self.ui.productEdit.text()
        self.ops.run(self, lambda: promotions.find_products(user, text), self._found, self._failed)

    def _found(self, hits: list) -> None:
        self.hits = hits
        self.ui.hitsList.clear()
        for hit in hits:
            self.ui.hitsList.addItem(f"{hit.code}  {hit.name}  ({hit.unit})")
        self.ui.hitsList.setVisible(bool(hits))
        if hits:
            self.ui.hitsList.setCurrentRow(0)
        else:
            self.ui.statusLabel.setText(self.tr("No product found."))

    def add_product(self, index: int) -> None:
        if not (0 <= index < len(self.hits)):
            return
        hit = self.hits[index]
        table = self.ui.itemsTable
        for row in range(table.rowCount()):
            if table.item(row, CODE).data(Qt.ItemDataRole.UserRole) == hit.id:
                table.setCurrentCell(row, PRICE)
                return
        self._add_row(hit.id, hit.code, hit.name)
        self.dirty = True
        table.setCurrentCell(
            table.rowCount() - 1, PRICE if self.ui.kindCombo.currentData() == "price" else NOTE
        )
        table.setFocus()
        self.ui.hitsList.clear()
        self.ui.hitsList.hide()
        self.ui.productEdit.clear()

    def remove_item(self) -> None:
        table = self.ui.itemsTable
        row = table.currentRow()
        if row >= 0:
            table.removeRow(row)
            self.dirty = True

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if watched is self.ui.productEdit and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Down and self.ui.hitsList.count():
                self.ui.hitsList.setFocus()
                return True
        return super().eventFilter(watched, event)

    def draft(self) -> PromotionDraft:
        ui, table = self.ui, self.ui.itemsTable
        items = tuple(
            ItemDraft(
                table.item(row, CODE).data(Qt.ItemDataRole.UserRole),
                table.item(row, PRICE).text(),
                table.item(row, DISCOUNT).text(),
                table.item(row, NOTE).text(),
            )
            for row in range(table.rowCount())
        )
        return PromotionDraft(
            self.current.id if self.current else None,
            ui.nameEdit.text(),
            ui.kindCombo.currentData(),
            ui.fromEdit.date().toPython(),
            ui.toEdit.date().toPython(),
            ui.noteEdit.toPlainText(),
            ui.typeCombo.currentData(),
            ui.regionCombo.currentText(),
            ui.activeCheck.isChecked(),
            items,
            self.current.version if self.current else 0,
        )

    def save(self) -> None:
        if self.current is not None and self.current.from_accounting:
            return
        user, draft = self.user, self.draft()
        self.ops.run(self, lambda: promotions.save(user, draft, clock.today()), self._saved, self._failed)

    def _saved(self, done: promotions.Saved) -> None:
        self.dirty = False
        self.ui.statusLabel.setStyleSheet("")
        self.ui.statusLabel.setText(self.tr("Saved: order entry and the suggestions use it from now on."))
        user, promotion_id = self.user, done.id
        self.ops.run(self, lambda: promotions.promotion(user, promotion_id), self._show)
        self.reload()
        self.saved.emit(done.id)

    def _failed(self, error: BaseException) -> None:
        self.ui.statusLabel.setStyleSheet("color: #b00020; font-weight: bold;")
        self.ui.statusLabel.setText(messages.text(error))

    def reject(self) -> None:
        if self._may_leave():
            super().reject()
