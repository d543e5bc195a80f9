"""The e-mail and fax dialogs of the Documents menu: what they ask, and sending on the worker's
sending lane."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from orderdesk_gui.services import dispatch
from orderdesk_gui.ui import messages
from orderdesk_gui.ui.document_output import Built, FaxPages, fit_to_screen

if TYPE_CHECKING:  # the controller opens these dialogs; they only call it back
    from orderdesk_gui.ui.documents import DocumentsController


class SendingDialog(QDialog):
    """A dialog that sends on the worker: its inputs rest while the send is under way, the answer
    closes it, an error is shown in red and the inputs come back for another try."""

    def _inputs(self) -> tuple[QWidget, ...]:
        raise NotImplementedError

    def _busy(self, busy: bool) -> None:
        for widget in self._inputs():
            widget.setEnabled(not busy)

    def _sent(self, dispatch_id: int) -> None:
        self.dispatch_id = dispatch_id
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        self.messageLabel.setStyleSheet("color: #b00020;")
        self.messageLabel.setText(messages.text(error))


class EmailDialog(SendingDialog):
    """To, subject and text of a message carrying the document; sends on the worker."""

    def __init__(self, controller: DocumentsController, built: Built, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller, self.built = controller, built
        self.setWindowTitle(self.tr("E-mail a document"))
        self.setMinimumWidth(520)
        company = controller.company_name()
        self.toEdit = QLineEdit(built.email, self)
        self.toEdit.setPlaceholderText(self.tr("name@example.kz; several separated by ;"))
        self.subjectEdit = QLineEdit(built.title, self)
        self.bodyEdit = QPlainTextEdit(self)
        self.bodyEdit.setPlainText(
            self.tr("Good day,\n\nplease find %1 attached.\n\nKind regards,\n%2\n%3")
            .replace("%1", built.title)
            .replace("%2", controller.user.full_name)
            .replace("%3", company)
        )
        self.attachmentLabel = QLabel(
            self.tr("Attached: %1.pdf, %n page(s)", "", built.pages).replace("%1", built.title), self
        )
        self.messageLabel = QLabel(self)
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.tr("&To:"), self.toEdit)
        form.addRow(self.tr("&Subject:"), self.subjectEdit)
        form.addRow(self.tr("&Text:"), self.bodyEdit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.sendButton = self.buttons.addButton(self.tr("&Send"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.sendButton.setDefault(True)
        self.buttons.accepted.connect(self.send)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.attachmentLabel)
        layout.addWidget(self.messageLabel)
        layout.addWidget(self.buttons)
        self.dispatch_id: int | None = None
        (self.toEdit if not built.email else self.bodyEdit).setFocus()

    def send(self) -> None:
        to = self.toEdit.text().strip()
        try:
            dispatch.parse_addresses(to)
        except dispatch.DispatchError as exc:
            self.messageLabel.setText(messages.text(exc))
            self.toEdit.setFocus()
            return
        self._busy(True)
        self.messageLabel.setStyleSheet("color: palette(text);")
        self.messageLabel.setText(self.tr("Sending…"))
        self.controller.send_email(
            self.built, to, self.subjectEdit.text(), self.bodyEdit.toPlainText(), self._sent, self._failed
        )

    def _inputs(self) -> tuple[QWidget, ...]:
        return (self.toEdit, self.subjectEdit, self.bodyEdit, self.sendButton)


class FaxDialog(SendingDialog):
    """The fax number (prefilled), a short message, and how many pages will go; the pages as they
    will be sent (Alt+V); sends on the worker."""

    def __init__(
        self,
        controller: DocumentsController,
        number: str,
        send: Callable[[str, str, Callable[[Any], None], Callable[[BaseException], None]], None],
        count: Callable[[str, str, Callable[[int], None], Callable[[BaseException], None]], None]
        | None = None,
        with_message: bool = True,
        parent: QWidget | None = None,
        preview: Callable[[str, str, Callable[[FaxPages], None], Callable[[BaseException], None]], None]
        | None = None,
    ) -> None:
        super().__init__(parent)
        self._send, self._count, self._preview = send, count, preview
        self.preview_dialog: FaxPreviewDialog | None = None
        self.previewed: FaxPages | None = None  # the pages last shown, which Send sends
        self.setWindowTitle(self.tr("Send a fax"))
        self.setMinimumWidth(460)
        self.numberEdit = QLineEdit(number, self)
        self.numberEdit.setPlaceholderText(self.tr("the client's fax number, e.g. +7 727 250 11 22"))
        self.messageEdit = QPlainTextEdit(self)
        self.messageEdit.setMaximumHeight(90)
        self.pagesLabel = QLabel(self)
        self.messageLabel = QLabel(self)
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.tr("Fax &number:"), self.numberEdit)
        if with_message:
            form.addRow(self.tr("&Message on the cover:"), self.messageEdit)
        else:
            self.messageEdit.hide()
        form.addRow(self.tr("Pages:"), self.pagesLabel)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.sendButton = self.buttons.addButton(self.tr("&Send fax"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.sendButton.setDefault(True)
        self.previewButton = self.buttons.addButton(
            self.tr("Pre&view pages…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.previewButton.setAutoDefault(False)
        self.previewButton.setToolTip(self.tr("The pages exactly as the fax will send them"))
        self.previewButton.setVisible(preview is not None)
        self.previewButton.clicked.connect(self.show_preview)
        self.buttons.accepted.connect(self.send)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.messageLabel)
        layout.addWidget(self.buttons)
        self.pages: int | None = None
        self.dispatch_id: int | None = None
        (self.numberEdit if not number else self.messageEdit if with_message else self.numberEdit).setFocus()
        self.numberEdit.editingFinished.connect(self.recount)
        self.recount()

    def recount(self) -> None:
        if self._count is None:
            return
        self.pagesLabel.setText(self.tr("counting…"))
        self._count(self.numberEdit.text(), self.messageEdit.toPlainText(), self._counted, self._count_failed)

    def _counted(self, pages: int) -> None:
        self.pages = pages
        self.pagesLabel.setText(self.tr("%n page(s) including the cover", "", pages))

    def _count_failed(self, error: BaseException) -> None:
        self.pagesLabel.setText("—")
        self.messageLabel.setText(messages.text(error))

    def _has_number(self) -> bool:
        if self.numberEdit.text().strip():
            return True
        self.messageLabel.setText(self.tr("Type the fax number."))
        self.numberEdit.setFocus()
        return False

    def send(self) -> None:
        if not self._has_number():
            return
        self._busy(True)
        self.messageLabel.setStyleSheet("color: palette(text);")
        self.messageLabel.setText(self.tr("Sending the fax…"))
        self._send(self.numberEdit.text(), self.messageEdit.toPlainText(), self._sent, self._failed)

    def show_preview(self) -> None:
        """Make the fax pages (the TIFF that Send then sends) and show them."""
        if self._preview is None or not self._has_number():
            return
        self._busy(True)
        self.messageLabel.setStyleSheet("color: palette(text);")
        self.messageLabel.setText(self.tr("Making the fax pages…"))
        self._preview(self.numberEdit.text(), self.messageEdit.toPlainText(), self._previewed, self._failed)

    def _previewed(self, pages: FaxPages) -> None:
        self.previewed = pages
        self._busy(False)
        self.messageLabel.setText("")
        self.pages = len(pages.images)
        self._counted(self.pages)
        self.preview_dialog = FaxPreviewDialog(pages, self.windowTitle(), self)
        self.preview_dialog.finished.connect(lambda _r: self.sendButton.setFocus())
        self.preview_dialog.open()

    def _inputs(self) -> tuple[QWidget, ...]:
        return (self.numberEdit, self.messageEdit, self.sendButton, self.previewButton)


class FaxPreviewDialog(QDialog):
    """The fax pages as they will be sent: the 1-bit pages of the TIFF, one under the other, drawn
    at their true proportions (a fax pixel is a little taller than wide). PgUp/PgDn, Home/End and
    the arrows scroll; Esc closes."""

    def __init__(self, pages: FaxPages, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Fax preview: %1").replace("%1", title))
        self.images = pages.images
        self.labels: list[QLabel] = []
        body = QWidget(self)
        column = QVBoxLayout(body)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.summaryLabel = QLabel(
            self.tr("%n page(s), as the fax sends them", "", len(pages.images))
            + f" · {pages.width_px} × {pages.height_px} px, {pages.xdpi} × {pages.ydpi} dpi",
            self,
        )
        fit_to_screen(self, 900, 1000)
        shown_width = max(300, min(860, self.width() - 60))
        for number, image in enumerate(pages.images, 1):
            caption = QLabel(
                self.tr("Page %1 of %2").replace("%1", str(number)).replace("%2", str(len(pages.images))),
                body,
            )
            column.addWidget(caption)
            page = QLabel(body)
            page.setPixmap(_fax_pixmap(image, shown_width, pages.xdpi, pages.ydpi))
            page.setFrameShape(QLabel.Shape.Box)
            page.setAccessibleName(caption.text())
            column.addWidget(page)
            self.labels.append(page)
        column.addStretch(1)
        self.scroll.setWidget(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summaryLabel)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(buttons)
        self.scroll.setFocus()


def _fax_pixmap(image: QImage, width: int, xdpi: int, ydpi: int) -> QPixmap:
    """A fax page scaled to ``width``, its height stretched by xdpi/ydpi to the paper's proportions."""
    height = round(image.height() * width / image.width() * xdpi / ydpi)
    return QPixmap.fromImage(
        image.scaled(
            width, height, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    )
