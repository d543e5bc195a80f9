"""Settings (Ctrl+Alt+S): the README's groups on the left, each setting with its meaning, its default and
whether the whole office shares it (kept in the database, changed by an administrator) or it belongs to
this desk (its settings.json, anyone's own). Tab walks every field; Ctrl+Enter saves; Enter in a field
never saves; Esc leaves everything as it was. Office-wide changes are one service call
(``settings.save_office``); this desk's are written to its file after it succeeds."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QKeySequence, QPageSize, QPainter, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QToolButton,
    QWidget,
)

from orderdesk_gui import config
from orderdesk_gui.domain.entities import UserInfo
from orderdesk_gui.domain.roles import has_permission
from orderdesk_gui.services import dispatch
from orderdesk_gui.services import settings as office
from orderdesk_gui.ui import messages
from orderdesk_gui.ui.forms.ui_settings_dialog import Ui_SettingsDialog
from orderdesk_gui.ui.operations import Operations

PASSWORD = "mail.smtp_password"  # this desk's credential store, never the database

GROUP_TITLES = {
    "Company and logo": QT_TRANSLATE_NOOP("SettingsDialog", "Company and logo"),
    "Documents": QT_TRANSLATE_NOOP("SettingsDialog", "Documents"),
    "Printer and paper": QT_TRANSLATE_NOOP("SettingsDialog", "Printer and paper"),
    "Fax": QT_TRANSLATE_NOOP("SettingsDialog", "Fax"),
    "Mail": QT_TRANSLATE_NOOP("SettingsDialog", "Mail"),
    "Debt thresholds": QT_TRANSLATE_NOOP("SettingsDialog", "Debt thresholds"),
    "Callbacks": QT_TRANSLATE_NOOP("SettingsDialog", "Callbacks"),
    "Sleeping clients": QT_TRANSLATE_NOOP("SettingsDialog", "Sleeping clients"),
    "Orders": QT_TRANSLATE_NOOP("SettingsDialog", "Orders"),
    "This desk": QT_TRANSLATE_NOOP("SettingsDialog", "This desk"),
}
# what each setting means, as the dialog says it (config.py's titles, for translation)
MEANINGS = {
    "company.name": QT_TRANSLATE_NOOP("SettingsDialog", "Company name on documents"),
    "company.tax_id": QT_TRANSLATE_NOOP("SettingsDialog", "Company BIN"),
    "company.address": QT_TRANSLATE_NOOP("SettingsDialog", "Company address"),
    "company.phone": QT_TRANSLATE_NOOP("SettingsDialog", "Company phone"),
    "company.fax": QT_TRANSLATE_NOOP("SettingsDialog", "Company fax"),
    "company.email": QT_TRANSLATE_NOOP("SettingsDialog", "Company e-mail on documents"),
    "company.bank": QT_TRANSLATE_NOOP("SettingsDialog", "Company's bank on documents"),
    "company.account": QT_TRANSLATE_NOOP("SettingsDialog", "Company's bank account (IIK, IBAN)"),
    "company.bik": QT_TRANSLATE_NOOP("SettingsDialog", "Bank identification code (BIC)"),
    "company.logo": QT_TRANSLATE_NOOP(
        "SettingsDialog", "Logo on documents: a file name in resources/ or a path every desk reaches"
    ),
    "documents.terms": QT_TRANSLATE_NOOP("SettingsDialog", "Terms text printed under the order confirmation"),
    "documents.language": QT_TRANSLATE_NOOP(
        "SettingsDialog", "Language of every document: ru, kk or en (empty: the operator's interface)"
    ),
    "printing.printer": QT_TRANSLATE_NOOP("SettingsDialog", "Printer of this desk (empty: the system's)"),
    "printing.paper": QT_TRANSLATE_NOOP("SettingsDialog", "Paper size: A4 or Letter"),
    "fax.command": QT_TRANSLATE_NOOP(
        "SettingsDialog", "Fax command on this desk; {file} and {number} are replaced"
    ),
    "fax.gateway_email": QT_TRANSLATE_NOOP(
        "SettingsDialog", "E-mail-to-fax gateway address, {number} replaced"
    ),
    "fax.encoding": QT_TRANSLATE_NOOP("SettingsDialog", "Fax TIFF encoding: group3-2d, group3-1d or group4"),
    "mail.smtp_host": QT_TRANSLATE_NOOP("SettingsDialog", "Mail (SMTP) server"),
    "mail.smtp_port": QT_TRANSLATE_NOOP("SettingsDialog", "SMTP server port (465: TLS at once)"),
    "mail.smtp_tls": QT_TRANSLATE_NOOP("SettingsDialog", "Use STARTTLS"),
    "mail.smtp_user": QT_TRANSLATE_NOOP("SettingsDialog", "SMTP login"),
    "mail.smtp_password": QT_TRANSLATE_NOOP(
        "SettingsDialog", "SMTP password: kept in this computer's credential store, never in the database"
    ),
    "mail.from": QT_TRANSLATE_NOOP("SettingsDialog", "Sender address (empty: the company's e-mail)"),
    "mail.timeout_s": QT_TRANSLATE_NOOP("SettingsDialog", "Seconds to wait for the mail server"),
    "debt.tolerance": QT_TRANSLATE_NOOP(
        "SettingsDialog", "Unpaid remainder below which a document never blocks"
    ),
    "debt.amber_days": QT_TRANSLATE_NOOP(
        "SettingsDialog", "Due within this many days turns the indicator amber"
    ),
    "debt.amber_ratio": QT_TRANSLATE_NOOP("SettingsDialog", "Share of the credit limit that turns it amber"),
    "debt.no_credit_payment_forms": QT_TRANSLATE_NOOP(
        "SettingsDialog", "Payment forms that create no receivable, comma separated"
    ),
    "exchange.debts_stale_hours": QT_TRANSLATE_NOOP(
        "SettingsDialog", "Debts brought in longer ago than this many hours are shown as old"
    ),
    "callbacks.max_attempts": QT_TRANSLATE_NOOP(
        "SettingsDialog", "Failed attempts before the head gets a callback"
    ),
    "callbacks.retry_minutes": QT_TRANSLATE_NOOP(
        "SettingsDialog", "Minutes before a failed callback is due again"
    ),
    "callbacks.check_seconds": QT_TRANSLATE_NOOP(
        "SettingsDialog", "How often this desk looks for due callbacks, seconds"
    ),
    "sleeping.margin": QT_TRANSLATE_NOOP(
        "SettingsDialog", "Overdue by this share of the usual interval: sleeping"
    ),
    "sleeping.min_days": QT_TRANSLATE_NOOP(
        "SettingsDialog", "Never sleeping before this many days without an order"
    ),
    "sleeping.min_orders": QT_TRANSLATE_NOOP(
        "SettingsDialog", "Orders needed before a client has a usual interval"
    ),
    "sleeping.reactivation_days": QT_TRANSLATE_NOOP(
        "SettingsDialog", "Days after a call in which an order reactivates"
    ),
    "branch.prefix": QT_TRANSLATE_NOOP("SettingsDialog", "Prefix of readable order numbers"),
    "orders.min_suggestions": QT_TRANSLATE_NOOP(
        "SettingsDialog", "Suggestions to offer before an order completes"
    ),
    "orders.max_line_quantity": QT_TRANSLATE_NOOP("SettingsDialog", "Largest quantity accepted on one line"),
    "orders.work_weekends": QT_TRANSLATE_NOOP("SettingsDialog", "Deliver on Saturdays and Sundays"),
    "orders.holidays": QT_TRANSLATE_NOOP("SettingsDialog", "No-delivery dates, comma separated YYYY-MM-DD"),
    "office.timezone": QT_TRANSLATE_NOOP(
        "SettingsDialog", "Office time zone, e.g. Asia/Almaty (empty: the computer's zone; after a restart)"
    ),
    "desk.name": QT_TRANSLATE_NOOP(
        "SettingsDialog", "This desk's name as colleagues see it (empty: the computer's name)"
    ),
    "ui.language": QT_TRANSLATE_NOOP(
        "SettingsDialog", "Interface language: en, ru, kk (empty: the system's; after a restart)"
    ),
    "database.url": QT_TRANSLATE_NOOP(
        "SettingsDialog", "Database URL (empty: the file in the data folder; after a restart)"
    ),
}
_CHOICES = {
    "documents.language": ("", "ru", "kk", "en"),
    "ui.language": ("", "ru", "kk", "en"),
    "printing.paper": ("A4", "Letter"),
    "fax.encoding": ("group3-2d", "group3-1d", "group4"),
}


class SettingsDialog(QDialog):
    def __init__(self, ops: Operations, settings: config.Settings, user: UserInfo, parent=None) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.ops, self.settings, self.user = ops, settings, user
        self.admin = has_permission(user.role, office.RIGHT)
        self.editors: dict[str, QWidget] = {}
        self.page_of: dict[str, int] = {}
        self.saved: office.OfficeSaved | None = None
        self.desk: dict[str, str] = {}  # this desk's changed values, checked
        ui = self.ui
        for group in office.GROUPS:
            ui.groupList.addItem(self.tr(GROUP_TITLES[group.name]))
            ui.pages.addWidget(self._page(group))
        ui.groupList.currentRowChanged.connect(ui.pages.setCurrentIndex)
        ui.groupList.currentRowChanged.connect(self._group_shown)
        ui.groupList.setCurrentRow(0)
        for button in ui.buttons.buttons():  # Enter in a field never saves: Ctrl+Enter does
            button.setAutoDefault(False)
            button.setDefault(False)
        save = ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setToolTip(self.tr("Save (Ctrl+Enter)"))
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save)
        ui.restoreGroupButton.clicked.connect(self.restore_group)
        ui.testMailButton.clicked.connect(self.send_test)
        ui.testPrintButton.clicked.connect(self.test_page)
        ui.testMailButton.setEnabled(self.admin)
        self.resize(1040, 640)
        ui.groupList.setFocus()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """Enter in a field does not save (the Save button would be the default): Ctrl+Enter saves."""
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and control:
            event.accept()
            self.save()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            focused = self.focusWidget()
            if isinstance(focused, QAbstractButton):
                focused.click()
            event.accept()
            return
        super().keyPressEvent(event)

    # -- building -------------------------------------------------------------------------------
    def _page(self, group: office.Group) -> QScrollArea:
        page = QWidget()
        page.setObjectName("page_" + group.name.replace(" ", "_"))
        grid = QGridLayout(page)
        grid.setColumnStretch(1, 1)
        row = 0
        index = self.ui.pages.count()
        keys = list(group.keys) + ([PASSWORD] if group.name == "Mail" else [])
        for key in keys:
            option = config.OPTIONS[key]
            shared = key in config.OFFICE_KEYS
            label = QLabel(self.tr(MEANINGS[key]))
            label.setWordWrap(True)
            label.setMinimumWidth(260)
            editor = self._editor(key, option)
            editor.setEnabled(self.admin or not shared)
            label.setBuddy(editor)
            restore = QToolButton()
            restore.setText("↺")
            restore.setToolTip(self.tr("Restore the default"))
            restore.setAccessibleName(self.tr("Restore the default"))
            restore.setEnabled(editor.isEnabled() and key != PASSWORD)
            restore.clicked.connect(lambda _=False, k=key: self._set(k, config.OPTIONS[k].default))
            restore.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab walks the fields; the group button
            where = self.tr("Whole office (in the database)") if shared else self.tr("This desk only")
            hint = QLabel(self.tr("Default: %1").replace("%1", self._shown(option.default)) + "  ·  " + where)
            hint.setWordWrap(True)
            hint.setStyleSheet("color: palette(mid);")
            tip = f"{key}\n" + hint.text()
            for widget in (label, editor):
                widget.setToolTip(tip)
            grid.addWidget(label, row, 0, 2, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(editor, row, 1)
            grid.addWidget(restore, row, 2)
            grid.addWidget(hint, row + 1, 1, 1, 2)
            self.editors[key] = editor
            self.page_of[key] = index
            row += 2
        grid.setRowStretch(row, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        return scroll

    def _editor(self, key: str, option: config.Option[Any]) -> QWidget:
        value = self._current(key)
        if option.type is bool:
            box = QCheckBox()
            box.setChecked(bool(value))
            return box
        if key in _CHOICES:
            combo = QComboBox()
            for choice in _CHOICES[key]:
                combo.addItem(choice or self.tr("(empty)"), choice)
            combo.setCurrentIndex(max(0, combo.findData(str(value))))
            return combo
        if key == config.DOCUMENT_TERMS.key:
            text = QPlainTextEdit(str(value))
            text.setTabChangesFocus(True)
            text.setFixedHeight(110)
            return text
        line = QLineEdit("" if key == PASSWORD else str(value))
        if key == PASSWORD:
            line.setEchoMode(QLineEdit.EchoMode.Password)
            line.setPlaceholderText(self.tr("(unchanged)"))
        line.setMaxLength(office.LONGEST)
        return line

    def _current(self, key: str) -> Any:
        option = config.OPTIONS[key]
        return self.settings.get(option)

    def _shown(self, value: Any) -> str:
        if isinstance(value, bool):
            return self.tr("on") if value else self.tr("off")
        text = str(value)
        if len(text) > 60:
            text = text[:57] + "…"
        return text or self.tr("(empty)")

    # -- values ---------------------------------------------------------------------------------
    def value(self, key: str) -> Any:
        editor = self.editors[key]
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText()
        return editor.text()

    def _set(self, key: str, value: Any) -> None:
        editor = self.editors[key]
        if isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(str(value))))
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText(str(value))
        else:
            editor.setText(str(value))

    def restore_group(self) -> None:
        group = office.GROUPS[self.ui.pages.currentIndex()]
        for key in group.keys:
            if self.editors[key].isEnabled():
                self._set(key, config.OPTIONS[key].default)

    def _group_shown(self, row: int) -> None:
        name = office.GROUPS[row].name if 0 <= row < len(office.GROUPS) else ""
        self.ui.testMailButton.setVisible(name == "Mail")
        self.ui.testPrintButton.setVisible(name == "Printer and paper")

    def _changed(self, key: str) -> bool:
        now = self.value(key)
        option = config.OPTIONS[key]
        if isinstance(now, bool):
            return now != bool(self._current(key))
        return str(now).strip() != str(option.coerce(self._current(key))).strip()

    # -- saving -------------------------------------------------------------------------------
    def save(self) -> None:
        if not self.ui.buttons.isEnabled():  # a save already on its way
            return
        shared = {k: self.value(k) for k in self.editors if k in config.OFFICE_KEYS and self._changed(k)}
        self.ui.buttons.setEnabled(False)
        self.ui.messageLabel.clear()
        try:  # this desk's values are checked before anything is written anywhere
            self.desk = {
                k: office.check(k, self.value(k))
                for k in self.editors
                if k not in config.OFFICE_KEYS and k != PASSWORD and self._changed(k)
            }
        except office.SettingsError as exc:
            self._refused(exc)
            return
        if not shared:
            self._save_desk()
            return
        user = self.user
        self.ops.run(self, lambda: office.save_office(user, shared), self._office_saved, self._refused)

    def _office_saved(self, saved: office.OfficeSaved) -> None:
        self.saved = saved
        self.settings.use_office(saved.values)
        self._save_desk()

    def _save_desk(self) -> None:
        for key in self.editors:
            if key in config.OFFICE_KEYS:
                continue
            option = config.OPTIONS[key]
            value = self.value(key)
            if key == PASSWORD:
                if value:
                    self.settings.set(option, value)
                continue
            if key not in self.desk:
                continue
            value = option.coerce(self.desk[key])
            if value == option.default:
                self.settings.reset(option)
            else:
                self.settings.set(option, value)
        try:
            self.settings.save()
        except OSError as exc:
            self.ui.buttons.setEnabled(True)
            self.ui.messageLabel.setText(
                self.tr("This desk's settings were not saved: %1").replace("%1", str(exc))
            )
            return
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.ui.buttons.setEnabled(True)
        self.ui.messageLabel.setStyleSheet("color: #b00020; font-weight: bold;")
        self.ui.messageLabel.setText(messages.text(error))
        key = getattr(error, "params", {}).get("key")
        if key in self.editors:
            self.ui.groupList.setCurrentRow(self.page_of[key])
            self.editors[key].setFocus()

    # -- tests of mail and printer --------------------------------------------------------------
    def mail_settings(self) -> dispatch.MailSettings:
        """The mail server as the fields say now (unsaved), the password typed or this desk's stored."""
        try:
            port = int(str(self.value("mail.smtp_port")).strip())
            timeout = float(max(1, min(600, int(str(self.value("mail.timeout_s")).strip()))))
        except ValueError:
            port, timeout = 0, 20.0
        stored = dispatch.mail_settings_from(self.settings)
        sender = str(self.value("mail.from")).strip() or str(self.value("company.email")).strip()
        return dispatch.MailSettings(
            host=str(self.value("mail.smtp_host")).strip(),
            port=port,
            tls=bool(self.value("mail.smtp_tls")),
            user=str(self.value("mail.smtp_user")).strip(),
            password=str(self.value(PASSWORD)) or stored.password,
            sender=sender,
            timeout=timeout,
        )

    def send_test(self, to: str | None = None) -> None:
        if to is None:
            to, ok = QInputDialog.getText(
                self,
                self.tr("Send a test message"),
                self.tr("Send a test message to:"),
                text=self.user.login and "",
            )
            if not ok:
                return
        mail, user = self.mail_settings(), self.user
        self.ui.messageLabel.setText(self.tr("Sending a test message…"))

        def sent(address: str) -> None:
            self.ui.messageLabel.setText(self.tr("A test message went to %1.").replace("%1", address))

        def failed(error: BaseException) -> None:
            self.ui.messageLabel.setText(messages.text(error))

        self.ops.run(self, lambda: office.send_test_mail(user, mail, to), sent, failed)

    def test_page(self) -> None:
        """Qt's print preview of a page naming the printer and paper chosen; printed from there."""
        from PySide6.QtPrintSupport import QPrinter, QPrinterInfo, QPrintPreviewDialog

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        name = str(self.value("printing.printer")).strip()
        if name and name in QPrinterInfo.availablePrinterNames():
            printer.setPrinterName(name)
        letter = self.value("printing.paper") == "Letter"
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter if letter else QPageSize.PageSizeId.A4))

        def paint(target: QPrinter) -> None:
            painter = QPainter(target)
            box = target.pageLayout().paintRectPixels(target.resolution())
            painter.drawRect(box.adjusted(0, 0, -1, -1))
            text = "\n".join(
                [
                    "OrderDesk — " + self.tr("test page"),
                    self.tr("Printer: %1").replace("%1", target.printerName() or self.tr("(the system's)")),
                    self.tr("Paper: %1").replace("%1", "Letter" if letter else "A4"),
                    "АБВ ӘҒҚҢӨҰҮҺІ abc 0123456789",
                ]
            )
            painter.drawText(box.adjusted(40, 40, -40, -40), Qt.AlignmentFlag.AlignTop, text)
            painter.end()

        self.preview = QPrintPreviewDialog(printer, self)
        self.preview.paintRequested.connect(paint)
        self.preview.open()


def open_settings(ops: Operations, settings: config.Settings, user: UserInfo, parent=None) -> SettingsDialog:
    dialog = SettingsDialog(ops, settings, user, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
