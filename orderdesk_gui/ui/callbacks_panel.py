"""The callback queue (D1): open requests due first, the due count, desktop notices, the drop folder,
"next callback" and "add callback"."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QStyle,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from orderdesk_gui import clock, config
from orderdesk_gui.domain import callbacks as rules
from orderdesk_gui.domain.entities import UserInfo
from orderdesk_gui.domain.journal import CallbackItem
from orderdesk_gui.domain.phones import display as phone_display
from orderdesk_gui.domain.roles import Permission, has_permission
from orderdesk_gui.services import callback_requests, callbacks
from orderdesk_gui.ui import messages
from orderdesk_gui.ui.models import Column, RowsModel
from orderdesk_gui.ui.views import readonly_table, reload_keeping_place
from orderdesk_gui.ui.words import notes_text
from orderdesk_gui.ui.worker import DbWorker


def tr(text: str) -> str:
    return QCoreApplication.translate("Callbacks", text)


SOURCE_WORDS = {
    "operator": QT_TRANSLATE_NOOP("Callbacks", "operator"),
    "web": QT_TRANSLATE_NOOP("Callbacks", "web site"),
    "cli": QT_TRANSLATE_NOOP("Callbacks", "command line"),
    "csv": QT_TRANSLATE_NOOP("Callbacks", "CSV file"),
}


def window_text(item: CallbackItem, now: dt.datetime) -> str:
    """The preferred window in local time: ``14:00–16:00`` today, with the date on other days."""
    start = clock.to_local(item.window_start)
    today = clock.to_local(now).date()
    text = start.strftime("%H:%M") if start.date() == today else start.strftime("%d.%m %H:%M")
    if item.window_end is not None:
        end = clock.to_local(item.window_end)
        text += "–" + (end.strftime("%H:%M") if end.date() == start.date() else end.strftime("%d.%m %H:%M"))
    return text


def due_text(item: CallbackItem, now: dt.datetime) -> str:
    if item.status == rules.ESCALATED:
        return "▲ " + QCoreApplication.translate("Callbacks", "to the head: %s") % (
            item.escalated_to or QCoreApplication.translate("Callbacks", "sales head")
        )
    if item.due_at <= now:
        late = int((now - item.due_at).total_seconds() // 60)
        if late < 1:
            return "● " + QCoreApplication.translate("Callbacks", "due now")
        if late < 120:
            return "● " + QCoreApplication.translate("Callbacks", "due, %d min late") % late
        due = clock.to_local(item.due_at)
        same_day = due.date() == clock.to_local(now).date()
        return "● " + QCoreApplication.translate("Callbacks", "due since %s") % due.strftime(
            "%H:%M" if same_day else "%d.%m %H:%M"
        )
    due = clock.to_local(item.due_at)
    return QCoreApplication.translate("Callbacks", "at %s") % (
        due.strftime("%H:%M") if due.date() == clock.to_local(now).date() else due.strftime("%d.%m %H:%M")
    )


def is_due(item: CallbackItem, now: dt.datetime) -> bool:
    return item.status == rules.OPEN and item.due_at <= now


def who_text(name: str, client_name: str) -> str:
    """The caller's name and the client's, once when they are the same (or one holds the other)."""
    name, client_name = (name or "").strip(), (client_name or "").strip()
    a, b = name.casefold(), client_name.casefold()
    if not a or not b or a in b or b in a:
        return client_name if len(client_name) >= len(name) else name
    return f"{name} · {client_name}"


class CallbackModel(RowsModel[CallbackItem]):
    """Queue rows; due ones on a warm background and bold (the words say "due" as well)."""

    def __init__(self, parent=None) -> None:
        self.now = clock.now_utc()
        super().__init__(
            [
                Column(QT_TRANSLATE_NOOP("Callbacks", "Due"), lambda c: due_text(c, self.now)),
                Column(QT_TRANSLATE_NOOP("Callbacks", "Phone"), lambda c: phone_display(c.phone)),
                Column(
                    QT_TRANSLATE_NOOP("Callbacks", "Name / client"),
                    lambda c: (
                        who_text(c.name, c.client_name) or QCoreApplication.translate("Callbacks", "unknown")
                    ),
                ),
                Column(QT_TRANSLATE_NOOP("Callbacks", "Window"), lambda c: window_text(c, self.now)),
                Column(QT_TRANSLATE_NOOP("Callbacks", "Attempts"), lambda c: c.attempts, align_right=True),
                Column(
                    QT_TRANSLATE_NOOP("Callbacks", "Source"),
                    lambda c: tr(SOURCE_WORDS.get(c.source, c.source)),
                ),
                Column(
                    QT_TRANSLATE_NOOP("Callbacks", "Note"),
                    lambda c: notes_text(c.note, " · "),
                    tooltip=lambda c: notes_text(c.note),
                ),
            ],
            parent,
        )

    def set_items(self, items: list[CallbackItem], now: dt.datetime) -> None:
        self.now = now
        self.set_rows(items)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        value = super().headerData(section, orientation, role)
        if value is not None and role == Qt.ItemDataRole.DisplayRole:
            return tr(self._columns[section].title)
        return value

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.FontRole) and index.isValid():
            item = self.row_at(index.row())
            if item is None:
                return None
            due = is_due(item, self.now)
            if role == Qt.ItemDataRole.FontRole:
                if due:
                    font = QFont()
                    font.setBold(True)
                    return font
                return None
            if due:
                return QBrush(QColor("#ffe0b2"))
            if item.status == rules.ESCALATED:
                return QBrush(QColor("#f3e5f5"))
            return None
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            item = self.row_at(index.row())
            return QBrush(QColor("#202020")) if item is not None and is_due(item, self.now) else None
        return super().data(index, role)


class CallbacksPanel(QWidget):
    """The queue tab of the journal dock; refreshed on a timer, on demand and on the instance message."""

    message = Signal(str)
    became_due = Signal(list)  # CallbackItems that came up since the last look
    import_rejected = Signal(str)  # a dropped CSV file refused, with its bad rows
    activated = Signal(object)  # a CallbackItem the operator chose with Enter or a double click

    def __init__(
        self, worker: DbWorker, user: UserInfo, settings: config.Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.worker, self.user, self.settings = worker, user, settings
        self.model = CallbackModel(self)
        self.view = readonly_table(self.model, self, "callbackView", stretch_column=6)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)  # dense rows
        self.summary = QLabel(self)
        self.summary.setObjectName("callbackSummary")
        self.status_label = QLabel(self)
        self.status_label.setObjectName("callbackCountLabel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.summary)
        layout.addWidget(self.view)
        self.loaded = False
        self.due = 0  # callbacks due now, as last shown
        self._notified: set[tuple[int, dt.datetime]] = set()
        self._ticket = 0
        self._timer = QTimer(self)
        self._timer.setInterval(max(5, settings.get(config.CALLBACK_CHECK_SECONDS)) * 1000)
        self._timer.timeout.connect(lambda: self.refresh(scan=True))
        # The worker goes first when a window is torn down; its timer must not submit to it after.
        worker.destroyed.connect(self._timer.stop)
        self.view.activated.connect(lambda index: self.activated.emit(self.model.row_at(index.row())))
        self._show_count(0)

    def start(self) -> None:
        self.refresh(scan=True)
        self._timer.start()

    @property
    def sees_escalated(self) -> bool:
        return has_permission(self.user.role, Permission.MANAGE_TASKS)

    def refresh(self, scan: bool = False) -> None:
        """Reload the queue on the worker; ``scan`` first imports CSV files from the drop folder, on the
        sending lane: a big file takes seconds and must not hold up screen pops and searches."""
        folder = self.settings.get(config.CALLBACK_DROP_FOLDER).strip() if scan else ""
        if folder:
            self.worker.submit_slow(
                lambda: callbacks.scan_drop_folder(folder, clock.now_utc(), render=messages.english),
                lambda reports: (self._reports(reports), self.refresh()),
                self._failed,
            )
            return
        self._ticket += 1
        ticket = self._ticket
        user, escalated = self.user, self.sees_escalated

        def job():
            now = clock.now_utc()
            return callbacks.queue(user, now, escalated), now

        def done(result) -> None:
            if ticket == self._ticket:
                self._show(*result)

        self.worker.submit(job, done, self._failed)

    def _failed(self, error: BaseException) -> None:
        self.message.emit(
            QCoreApplication.translate("Callbacks", "Callback queue: %s") % messages.text(error)
        )

    def _show(self, items: list[CallbackItem], now: dt.datetime) -> None:
        self.loaded = True
        reload_keeping_place(self.view, lambda: self.model.set_items(items, now), lambda c: c.id)
        due = [c for c in items if is_due(c, now)]
        fresh = [c for c in due if (c.id, c.due_at) not in self._notified]
        self._notified = {(c.id, c.due_at) for c in due}
        waiting = len(items) - len(due) - sum(1 for c in items if c.status == rules.ESCALATED)
        escalated = sum(1 for c in items if c.status == rules.ESCALATED)
        text = QCoreApplication.translate("Callbacks", "%d due now, %d later") % (len(due), waiting)
        if escalated:
            text += (
                ", " + QCoreApplication.translate("Callbacks", "%d passed to the head of sales") % escalated
            )
        self.summary.setText(
            text
            + " · "
            + QCoreApplication.translate("Callbacks", "Ctrl+B calls the next one, Ctrl+Shift+B adds one")
        )
        self.due = len(due)
        self._show_count(self.due)
        if fresh:
            self.became_due.emit(fresh)

    def _show_count(self, due: int) -> None:
        if due:
            self.status_label.setText(
                "☎ " + QCoreApplication.translate("Callbacks", "callbacks due: %d") % due
            )
            self.status_label.setStyleSheet("color: #b34700; font-weight: bold;")
        else:
            self.status_label.setText(QCoreApplication.translate("Callbacks", "no callbacks due"))
            self.status_label.setStyleSheet("color: #555555;")

    def _reports(self, reports) -> None:
        for report in reports:
            if report.duplicate:
                continue
            if report.ok:
                self.message.emit(
                    QCoreApplication.translate("Callbacks", "Callback file %s: %d added, %d updated")
                    % (report.file, report.added, report.updated)
                )
            else:
                lines = "\n".join(
                    QCoreApplication.translate("Callbacks", "line %d: %s") % (line, messages.text(error))
                    if line
                    else messages.text(error)
                    for line, error in report.errors
                )
                self.import_rejected.emit(
                    QCoreApplication.translate(
                        "Callbacks", "The callback file %s was rejected; nothing was imported from it."
                    )
                    % report.file
                    + "\n\n"
                    + lines
                )

    def next_due(self) -> CallbackItem | None:
        """The request to call now: the most overdue open one, then (for the head) escalated ones."""
        rows = self.model.rows()
        due = [c for c in rows if is_due(c, self.model.now)]
        if due:
            return due[0]
        escalated = [c for c in rows if c.status == rules.ESCALATED]
        return escalated[0] if escalated else None

    def next_text(self) -> str:
        later = [c for c in self.model.rows() if c.status == rules.OPEN]
        if not later:
            return QCoreApplication.translate("Callbacks", "The callback queue is empty.")
        return QCoreApplication.translate(
            "Callbacks", "No callback is due; the next one at %s"
        ) % clock.to_local(later[0].due_at).strftime("%d.%m %H:%M")


class AddCallbackDialog(QDialog):
    """A callback request typed by the operator (phone, name, window in local time, note)."""

    added = Signal(int)

    def __init__(
        self, worker: DbWorker, user: UserInfo, phone: str = "", name: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("addCallbackDialog")
        self.worker, self.user = worker, user
        self.setWindowTitle(self.tr("Add a callback"))
        self.phoneEdit = QLineEdit(phone, self)
        self.phoneEdit.setObjectName("phoneEdit")
        self.nameEdit = QLineEdit(name, self)
        self.nameEdit.setObjectName("nameEdit")
        self.nameEdit.setMaxLength(callback_requests.NAME_MAX)
        self.windowEdit = QLineEdit(self)
        self.windowEdit.setObjectName("windowEdit")
        self.windowEdit.setPlaceholderText(self.tr("14:00-16:00, tomorrow 10:00-12:00, +1h; empty: now"))
        self.windowHint = QLabel(self)
        self.noteEdit = QLineEdit(self)
        self.noteEdit.setObjectName("noteEdit")
        self.noteEdit.setMaxLength(callback_requests.NOTE_MAX)
        self.messageLabel = QLabel(self)
        self.messageLabel.setObjectName("messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet("color: #b00020; font-weight: bold;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Phone:"), self.phoneEdit)
        form.addRow(self.tr("&Name:"), self.nameEdit)
        form.addRow(self.tr("&When (local time):"), self.windowEdit)
        form.addRow("", self.windowHint)
        form.addRow(self.tr("N&ote:"), self.noteEdit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.messageLabel)
        layout.addWidget(self.buttons)
        self.windowEdit.textChanged.connect(lambda _t: self._window_changed())
        self.resize(max(440, self.sizeHint().width()), self.sizeHint().height())
        (self.nameEdit if phone else self.phoneEdit).setFocus()

    def window(self) -> tuple[dt.datetime, dt.datetime | None]:
        return rules.parse_window(self.windowEdit.text(), clock.now_local())

    def _window_changed(self) -> None:
        try:
            start, end = self.window()
        except ValueError as exc:
            self.windowHint.setText(messages.text(exc))
            return
        text = "→ " + clock.to_local(start).strftime("%d.%m.%Y %H:%M")
        if end is not None:
            text += "–" + clock.to_local(end).strftime("%H:%M")
        self.windowHint.setText(text)

    def submit(self) -> None:
        try:
            start, end = self.window()
        except ValueError as exc:
            self.messageLabel.setText(messages.text(exc))
            self.windowEdit.setFocus()
            return
        phone, name, note, user = self.phoneEdit.text(), self.nameEdit.text(), self.noteEdit.text(), self.user
        self.buttons.setEnabled(False)
        self.worker.submit(
            lambda: callback_requests.add_callback(phone, name, start, end, note, "operator", user),
            self._done,
            self._failed,
        )

    def _done(self, callback_id: int) -> None:
        self.added.emit(callback_id)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.messageLabel.setText(messages.text(error))


class CallbacksController:
    """Wires the queue into the main window: its tab, the status bar count, Ctrl+B, Ctrl+Shift+B,
    desktop notices and rejected drop files."""

    def __init__(self, window, caller) -> None:
        self.window = window  # its callbacks tab, status bar and actions
        self.caller = caller
        self.panel = CallbacksPanel(window.worker, window.user, window.settings, window)
        window.ui.callbacksHostLayout.addWidget(self.panel)
        window.statusBar().addPermanentWidget(self.panel.status_label)
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            icon = QApplication.windowIcon()
            if icon.isNull():
                icon = window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self.tray = QSystemTrayIcon(icon, window)
            self.tray.setToolTip("OrderDesk")
            self.tray.show()
            self.tray.messageClicked.connect(self._bring_forward)
        ui = window.ui
        ui.actionNextCallback.triggered.connect(self.next_callback)
        ui.actionAddCallback.triggered.connect(self.add_callback)
        self.panel.activated.connect(lambda item: item is not None and self.call(item))
        self.panel.became_due.connect(self._notify)
        self.panel.message.connect(lambda text: window.statusBar().showMessage(text, 10000))
        self.panel.import_rejected.connect(self._rejected)
        caller.call_closed.connect(lambda _id, _outcome: self.panel.refresh())
        self.add_dialog: AddCallbackDialog | None = None
        self.panel.start()

    def next_callback(self) -> None:
        item = self.panel.next_due()
        if item is None:
            self.window.statusBar().showMessage(self.panel.next_text(), 8000)
            return
        self.call(item)

    def call(self, item: CallbackItem) -> None:
        self.caller.start_callback(item.id)
        self.window.ui.journalTabs.setCurrentWidget(self.window.ui.callbacksPage)

    def add_callback(self) -> None:
        caller = self.caller
        view = caller.view
        phone = ""
        if view is not None and view.card.contacts:
            phone = next((p for c in view.card.contacts for p in c.phones), "")
        name = view.card.name if view is not None else ""
        if not phone:
            phone = self.window.new_client_phone or ""
        self.add_dialog = AddCallbackDialog(self.window.worker, self.window.user, phone, name, self.window)
        self.add_dialog.added.connect(self._added)
        self.add_dialog.open()

    def _added(self, _callback_id: int) -> None:
        self.window.statusBar().showMessage(
            QCoreApplication.translate("Callbacks", "Callback request added"), 8000
        )
        self.panel.refresh()

    def _notify(self, items: list[CallbackItem]) -> None:
        first = items[0]
        who = " · ".join(x for x in (first.name, first.client_name) if x) or phone_display(first.phone)
        text = QCoreApplication.translate("Callbacks", "Callback due: %s, %s") % (
            who,
            phone_display(first.phone),
        )
        if len(items) > 1:
            text += " " + QCoreApplication.translate("Callbacks", "(and %d more)") % (len(items) - 1)
        if self.tray is not None:
            self.tray.showMessage(
                QCoreApplication.translate("Callbacks", "OrderDesk: callback due"),
                text,
                QSystemTrayIcon.MessageIcon.Information,
                10000,
            )
        self.window.statusBar().showMessage(text + " · Ctrl+B", 15000)

    def _bring_forward(self) -> None:
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()

    def _rejected(self, text: str) -> None:
        self.window.statusBar().showMessage(text.splitlines()[0], 30000)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("Callbacks", "Callback file rejected"),
            text,
            parent=self.window,
        )
        box.setObjectName("rejectedFileBox")
        box.open()
