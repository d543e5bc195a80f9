"""The order guide (Ctrl+G): the client's usual products with their last quantities, last and today's
price and stock, and a quantity column the operator types straight into, row after row.

Keys: letters filter; ↓ (or Enter) from the filter goes to the quantities; digits open the row's
quantity, Enter or ↓ puts it in the order and goes to the next row (↑ to the one before); 0 removes
the product's line; Esc returns to the order's Product field. Each quantity becomes an order line at
once through the order controller (``add_product``: one service call), or changes the line already
there.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QWidget,
)

from orderdesk_gui.services.guide import Guide, GuideItem
from orderdesk_gui.ui import formatting as fmt
from orderdesk_gui.ui import messages
from orderdesk_gui.ui.forms.ui_order_guide import Ui_OrderGuideDialog
from orderdesk_gui.ui.guide_model import NAME, QTY, GuideModel
from orderdesk_gui.ui.order_controller import OrderController
from orderdesk_gui.ui.views import setup_readonly

ERROR_STYLE = "color: #b00020; font-weight: bold;"
NOTE_STYLE = "color: #5d4037;"
COMMIT_KEYS = {Qt.Key.Key_Down: 1, Qt.Key.Key_Return: 1, Qt.Key.Key_Enter: 1, Qt.Key.Key_Up: -1}
PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


def _is_zero(text: str) -> bool:
    try:
        return Decimal("".join(text.split()).replace(",", ".")) == 0
    except (InvalidOperation, ValueError):
        return False


class QuantityDelegate(QStyledItemDelegate):
    """The quantity editor: Enter or ↓ commits and moves down, ↑ commits and moves up."""

    moved = Signal(int)  # the step after a commit

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        editor = QLineEdit(parent)
        editor.setMaxLength(12)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return editor

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in COMMIT_KEYS
            and event.modifiers() in PLAIN
            and isinstance(editor, QWidget)
        ):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self.moved.emit(COMMIT_KEYS[Qt.Key(event.key())])
            return True
        return super().eventFilter(editor, event)


class OrderGuideDialog(QDialog):
    def __init__(self, controller: OrderController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OrderGuideDialog()
        self.ui.setupUi(self)
        self.controller = controller
        self.loaded = False
        self._adding: dict[int, str] = {}  # product -> the quantity wanted while its line is priced
        self.model = GuideModel(self._quantity, self)
        view = self.ui.guideView
        view.setModel(self.model)
        setup_readonly(view, stretch_column=NAME)
        view.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        view.horizontalHeader().setMinimumSectionSize(40)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        view.setTabKeyNavigation(False)
        # compact rows (more of the client's products at once) and a Qty column wide enough for what
        # is typed before anything is (its contents are empty when the guide opens)
        metrics = view.fontMetrics()
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(metrics.height() + 8)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QTY, QHeaderView.ResizeMode.Fixed)
        qty_title = str(self.model.headerData(QTY, Qt.Orientation.Horizontal))
        header.resizeSection(
            QTY, max(metrics.horizontalAdvance("00 000,000"), metrics.horizontalAdvance(qty_title)) + 20
        )
        self.delegate = QuantityDelegate(view)
        view.setItemDelegateForColumn(QTY, self.delegate)
        self.delegate.moved.connect(self._move)
        font = self.ui.titleLabel.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.ui.titleLabel.setFont(font)
        self.ui.filterEdit.textChanged.connect(self._filter)
        self.ui.filterEdit.installEventFilter(self)
        view.installEventFilter(self)
        controller.lines_changed.connect(self._lines_changed)
        controller.note.connect(self._note)
        controller.opened.connect(self._order_opened)
        self._lines_changed()
        self._size_to(parent)

    def _size_to(self, parent: QWidget | None) -> None:
        screen = parent.window().geometry() if parent is not None else self.screen().availableGeometry()
        self.resize(min(1320, max(900, screen.width() - 40)), min(680, max(480, screen.height() - 60)))

    # -- loading ---------------------------------------------------------------------------
    def load(self) -> None:
        view = self.controller.view
        name = view.client_name if view is not None else ""
        self.ui.titleLabel.setText(self.tr("Order guide: %s") % name)
        self.loaded = False
        self._adding.clear()
        self.model.set_items([])
        self.ui.countLabel.setText(self.tr("reading the client's history…"))
        self.show_message("")
        self.controller.load_guide(self, self._loaded, self._load_failed)

    def _loaded(self, guide: Guide) -> None:
        self.loaded = True
        self.model.set_items(guide.items)
        self._filter(self.ui.filterEdit.text())
        if not guide.items:
            self.show_message(self.tr("The client bought nothing in the last two years."), False)

    def _load_failed(self, error: BaseException) -> None:
        self.ui.countLabel.clear()
        self.show_message(messages.text(error), True)

    def _order_opened(self, view) -> None:
        if view is None and self.isVisible():
            self.reject()  # the order was closed (another caller): nothing to type into

    # -- filter ------------------------------------------------------------------------------
    def _filter(self, text: str) -> None:
        self.model.set_filter(text)
        if self.loaded:
            self.ui.countLabel.setText(
                self.tr("%d of %d products") % (self.model.rowCount(), self.model.total())
            )
        if self.model.rowCount():
            self.ui.guideView.setCurrentIndex(self.model.index(0, QTY))

    def _to_table(self) -> None:
        view = self.ui.guideView
        if not self.model.rowCount():
            return
        row = view.currentIndex().row() if view.currentIndex().isValid() else 0
        view.setFocus()
        view.setCurrentIndex(self.model.index(row, QTY))

    # -- quantities --------------------------------------------------------------------------
    def _move(self, step: int) -> None:
        view = self.ui.guideView
        row = view.currentIndex().row() + step
        if row < 0:
            self.ui.filterEdit.setFocus()
            return
        row = min(row, self.model.rowCount() - 1)
        if row >= 0:
            view.setCurrentIndex(self.model.index(row, QTY))

    def _line_row(self, product_id: int) -> int | None:
        return next((i for i, ln in enumerate(self.controller.lines) if ln.product_id == product_id), None)

    def _quantity(self, item: GuideItem, text: str) -> str | None:
        """The operator typed ``text`` as the product's quantity in the order."""
        text = text.strip()
        if not text:
            return None
        pid = item.product_id
        if pid in self._adding:  # its line is being priced: the latest quantity wins when it comes
            self._adding[pid] = text
            self.model.set_pending(pid, text)
            return None
        row = self._line_row(pid)
        if _is_zero(text):
            if row is not None:
                self.controller.remove(row)
            return None
        if row is not None:
            if text == f"{self.controller.lines[row].quantity.normalize():f}":
                return None
            error = self.controller.set_quantity(row, text)
            if error:
                self.show_message(f"{item.name}: {error}", True)
            return error
        self._adding[pid] = text
        self.model.set_pending(pid, text)
        self.show_message("")
        self.controller.add_product(
            pid,
            text,
            "usual",
            on_done=lambda _line: self._added(item, text),
            on_failed=lambda error: self._add_failed(item, error),
        )
        return None

    def _added(self, item: GuideItem, sent: str) -> None:
        wanted = self._adding.pop(item.product_id, sent)
        self.model.set_pending(item.product_id, None)
        if wanted != sent:  # typed again while the line was priced
            self._quantity(item, wanted)

    def _add_failed(self, item: GuideItem, error: BaseException) -> None:
        self._adding.pop(item.product_id, None)
        self.model.set_pending(item.product_id, None)
        self.show_message(f"{item.name}: {messages.text(error)}", True)

    def _lines_changed(self) -> None:
        lines = self.controller.lines
        self.model.set_in_order({ln.product_id: ln.quantity for ln in lines})
        if not self.controller.active:
            self.ui.totalsLabel.clear()
            return
        t = self.controller.totals()
        self.ui.totalsLabel.setText(
            self.tr("In the order: %d lines · total <b>%s</b>") % (t.lines, fmt.money(t.amount))
        )

    def _note(self, text: str) -> None:
        if self.isVisible() and text:
            self.show_message(text, False)

    def show_message(self, text: str, error: bool = False) -> None:
        self.ui.messageLabel.setStyleSheet(ERROR_STYLE if error else NOTE_STYLE)
        self.ui.messageLabel.setText(text)

    # -- keys --------------------------------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(obj, event)
        key, plain = event.key(), event.modifiers() in PLAIN
        to_table = key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if obj is self.ui.filterEdit and plain and to_table:
            self._to_table()
            return True
        view = self.ui.guideView
        if obj is view and plain and view.state() != QAbstractItemView.State.EditingState:
            current = view.currentIndex()
            text = event.text()
            if key == Qt.Key.Key_Up and (not current.isValid() or current.row() == 0):
                self.ui.filterEdit.setFocus()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current.isValid():
                view.edit(self.model.index(current.row(), QTY))
                return True
            if key == Qt.Key.Key_Backspace or (text and text.isprintable() and not _starts_quantity(text)):
                self.ui.filterEdit.setFocus()
                if key == Qt.Key.Key_Backspace:
                    self.ui.filterEdit.backspace()
                else:
                    self.ui.filterEdit.insert(text)
                return True
            if text and _starts_quantity(text) and current.isValid() and current.column() != QTY:
                view.setCurrentIndex(self.model.index(current.row(), QTY))
        return super().eventFilter(obj, event)


def _starts_quantity(text: str) -> bool:
    return text.isdigit() or text in ",."
