"""The outcome of a call (D14): a digit picks it; detail, refusal reason, transfer target, callback time."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orderdesk_gui import clock, config
from orderdesk_gui.db import queries
from orderdesk_gui.domain import journal
from orderdesk_gui.domain.callbacks import parse_when, to_utc_naive
from orderdesk_gui.domain.entities import UserInfo
from orderdesk_gui.domain.phones import display as phone_display
from orderdesk_gui.services import callbacks, calls
from orderdesk_gui.ui import formatting as fmt
from orderdesk_gui.ui import messages
from orderdesk_gui.ui.journal import outcome_word, source_word
from orderdesk_gui.ui.models import PURPOSE_LABELS, label
from orderdesk_gui.ui.worker import DbWorker


class CallOutcomeDialog(QDialog):
    """Closes one call through ``services.calls.close_call``; stays open with a message on bad input."""

    closed = Signal(int, str)  # call id, outcome written

    def __init__(
        self,
        worker: DbWorker,
        user: UserInfo,
        settings: config.Settings,
        call: journal.JournalRow,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("callOutcomeDialog")
        self.worker, self.user, self.settings, self.call = worker, user, settings, call
        self._busy = False
        self._gone = False
        self.setWindowTitle(self.tr("Outcome of the call"))
        self.setModal(True)

        self.headerLabel = QLabel(self.header_text(call), self)
        self.headerLabel.setWordWrap(True)
        self.headerLabel.setTextFormat(Qt.TextFormat.RichText)
        self.outcomeList = QListWidget(self)
        self.outcomeList.setObjectName("outcomeList")
        preset = call.outcome
        for number, code in enumerate(journal.OUTCOMES, start=1):
            item = QListWidgetItem(f"{number}  {outcome_word(code)}", self.outcomeList)
            item.setData(Qt.ItemDataRole.UserRole, code)
            if code == journal.ORDER_TAKEN and preset != journal.ORDER_TAKEN:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(self.tr("Written by the order's completion (F10)"))
        frame = 2 * self.outcomeList.frameWidth() + 4
        self.outcomeList.setFixedHeight(self.outcomeList.sizeHintForRow(0) * len(journal.OUTCOMES) + frame)
        self.outcomeList.installEventFilter(self)

        self.detailLabel = QLabel(self)
        self.detailEdit = QLineEdit(self)
        self.detailEdit.setObjectName("detailEdit")
        self.detailEdit.setMaxLength(300)
        self.detailLabel.setBuddy(self.detailEdit)
        self.targetLabel = QLabel(self.tr("Transferred &to:"), self)
        self.targetCombo = QComboBox(self)
        self.targetCombo.setObjectName("targetCombo")
        self.targetLabel.setBuddy(self.targetCombo)
        self.whenLabel = QLabel(self.tr("Call &back at:"), self)
        self.whenEdit = QLineEdit(self)
        self.whenEdit.setObjectName("whenEdit")
        self.whenEdit.setPlaceholderText(self.tr("14:30, tomorrow 10:00, 2026-11-23 14:30, +2h"))
        self.whenLabel.setBuddy(self.whenEdit)
        self.whenHint = QLabel(self)
        self.notesEdit = QLineEdit(self)
        self.notesEdit.setObjectName("notesEdit")
        self.notesEdit.setMaxLength(1000)
        self.notesEdit.setPlaceholderText(self.tr("Anything worth knowing next time"))
        notesLabel = QLabel(self.tr("&Notes:"), self)
        notesLabel.setBuddy(self.notesEdit)
        self.messageLabel = QLabel(self)
        self.messageLabel.setObjectName("messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet("color: #b00020; font-weight: bold;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Close the call"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.targetLabel, self.targetCombo)
        form.addRow(self.whenLabel, self.whenEdit)
        form.addRow("", self.whenHint)
        form.addRow(self.detailLabel, self.detailEdit)
        form.addRow(notesLabel, self.notesEdit)
        chain = (self.outcomeList, self.targetCombo, self.whenEdit, self.detailEdit, self.notesEdit)
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headerLabel)
        hint = QLabel(self.tr("Choose the outcome with its digit, then Enter."), self)
        layout.addWidget(hint)
        layout.addWidget(self.outcomeList)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.messageLabel)
        layout.addWidget(self.buttons)
        self.outcomeList.currentRowChanged.connect(lambda _r: self._outcome_changed())
        self.whenEdit.textChanged.connect(lambda _t: self._when_changed())
        self._fit_detail_label()
        self.resize(max(460, self.sizeHint().width()), self.sizeHint().height())

        if preset in journal.OUTCOMES:
            self.choose(preset)
        else:
            self.outcomeList.setCurrentRow(-1)
            self._outcome_changed()
        self.outcomeList.setFocus()
        self.worker.submit(
            queries.people, self._people, lambda e: self.messageLabel.setText(messages.text(e))
        )

    # -- presentation -------------------------------------------------------------------
    def header_text(self, call: journal.JournalRow) -> str:
        who = call.client_name or (phone_display(call.phone) if call.phone else self.tr("unknown number"))
        started = fmt.local_time(call.started_at)
        what = (
            self.tr("Incoming call at %s, purpose: %s")
            if call.direction == "in"
            else self.tr("Outgoing call at %s, purpose: %s")
        )
        text = f"<b>{html.escape(who)}</b><br>" + what % (started, label(PURPOSE_LABELS, call.purpose))
        if call.source:
            text += " · " + html.escape(source_word(call.source))
        return text

    def done(self, result: int) -> None:
        self._gone = True  # late worker answers must not touch the deleted widgets
        super().done(result)

    def _people(self, people) -> None:
        if self._gone:
            return
        chosen = self.targetCombo.currentData()
        self.targetCombo.clear()
        for person in people:
            if person.id == self.user.id:
                continue
            extension = (" (" + self.tr("ext.") + f" {person.extension})") if person.extension else ""
            self.targetCombo.addItem(person.name + extension, person.id)
        if chosen is not None:
            self.targetCombo.setCurrentIndex(max(0, self.targetCombo.findData(chosen)))

    @property
    def outcome(self) -> str:
        item = self.outcomeList.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None and item.isSelected() else ""

    def choose(self, code: str) -> bool:
        """Select an outcome by its code (what a digit does)."""
        for row in range(self.outcomeList.count()):
            item = self.outcomeList.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == code:
                if not item.flags() & Qt.ItemFlag.ItemIsEnabled:
                    self.messageLabel.setText(self.tr("No order was completed on this call."))
                    return False
                self.outcomeList.setCurrentRow(row)
                item.setSelected(True)
                return True
        return False

    def _captions(self) -> dict[str, str]:
        return {
            journal.REFUSED: self.tr("&Why did they refuse?"),
            journal.TRANSFERRED: self.tr("&Reason of the transfer:"),
            journal.CALLBACK_SCHEDULED: self.tr("&What to call about:"),
            journal.ORDER_TAKEN: self.tr("&Order number:"),
            "": self.tr("&Detail:"),
        }

    def _fit_detail_label(self) -> None:
        """The caption changes with the outcome: the label column is as wide as the longest one."""
        metrics = self.detailLabel.fontMetrics()
        widest = max(metrics.horizontalAdvance(text.replace("&", "")) for text in self._captions().values())
        self.detailLabel.setMinimumWidth(widest + 4)

    def _outcome_changed(self) -> None:
        code = self.outcome
        self.messageLabel.clear()
        captions = self._captions()
        self.detailLabel.setText(captions.get(code, captions[""]))
        transfer = code == journal.TRANSFERRED and self.call.outcome != journal.TRANSFERRED
        callback = code == journal.CALLBACK_SCHEDULED
        for widget in (self.targetLabel, self.targetCombo):
            widget.setVisible(transfer)
        for widget in (self.whenLabel, self.whenEdit, self.whenHint):
            widget.setVisible(callback)
        preset = code == self.call.outcome and code in (journal.ORDER_TAKEN, journal.TRANSFERRED)
        self.detailEdit.setReadOnly(preset)
        if preset:
            self.detailEdit.setText(
                self.call.outcome_detail
                if code == journal.ORDER_TAKEN
                else messages.stored_text(self.call.transfer_reason)
            )
        elif self.detailEdit.isReadOnly() is False and self.detailEdit.text() in (
            self.call.outcome_detail,
            messages.stored_text(self.call.transfer_reason),
        ):
            self.detailEdit.clear()
        if callback:
            self._when_changed()
        self.layout().activate()  # the captions change width: lay the form out again now

    def _next_field(self) -> QWidget:
        code = self.outcome
        if code == journal.TRANSFERRED and self.targetCombo.isVisible():
            return self.targetCombo
        if code == journal.CALLBACK_SCHEDULED:
            return self.whenEdit
        if code == journal.REFUSED:
            return self.detailEdit
        return self.notesEdit

    def callback_at(self) -> dt.datetime:
        """The typed callback moment as naive UTC (raises with a message the operator can read)."""
        return to_utc_naive(parse_when(self.whenEdit.text(), clock.now_local()))

    def _when_changed(self) -> None:
        if not self.whenEdit.text().strip():
            self.whenHint.setText("")
            return
        try:
            moment = self.callback_at()
        except ValueError as exc:
            self.whenHint.setText(messages.text(exc))
            return
        local = clock.to_local(moment)
        self.whenHint.setText("→ " + local.strftime("%d.%m.%Y %H:%M"))

    # -- keyboard -----------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.outcomeList and event.type() == QEvent.Type.KeyPress:
            key = event.key() if isinstance(event, QKeyEvent) else 0
            if Qt.Key.Key_1 <= key <= Qt.Key.Key_1 + len(journal.OUTCOMES) - 1:
                if self.choose(journal.OUTCOMES[key - Qt.Key.Key_1]):
                    self._next_field().setFocus()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.submit()
                return True
        return super().eventFilter(watched, event)

    # -- closing the call ---------------------------------------------------------------------
    def submit(self) -> None:
        if self._busy:
            return
        code = self.outcome
        if not code:
            self.messageLabel.setText(self.tr("Choose the outcome of the call (digits 1–8)."))
            self.outcomeList.setFocus()
            return
        detail, notes = self.detailEdit.text().strip(), self.notesEdit.text().strip()
        kwargs: dict = {"policy": callbacks.policy_from(self.settings)}
        if code == journal.CALLBACK_SCHEDULED:
            try:
                kwargs["callback_at"] = self.callback_at()
            except ValueError as exc:
                self.messageLabel.setText(messages.text(exc))
                self.whenEdit.setFocus()
                return
        if code == journal.TRANSFERRED and self.call.outcome != journal.TRANSFERRED:
            if self.targetCombo.currentData() is None:
                self.messageLabel.setText(self.tr("Choose the person the call was transferred to."))
                self.targetCombo.setFocus()
                return
            kwargs["transfer_to_id"] = self.targetCombo.currentData()
            kwargs["transfer_reason"], detail = detail, ""
        if code == self.call.outcome:
            code, detail = "", ""  # keep what the order's completion or the transfer wrote
        user, call_id = self.user, self.call.id
        self._busy = True
        self.buttons.setEnabled(False)
        self.worker.submit(
            lambda: calls.close_call(user, call_id, code, detail, notes, **kwargs),
            lambda _r: self._done(code or self.call.outcome),
            self._failed,
        )

    def _done(self, outcome: str) -> None:
        self._busy = False
        self.closed.emit(self.call.id, outcome)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self.buttons.setEnabled(True)
        if isinstance(error, ValueError):
            self.messageLabel.setText(messages.text(error))
        else:
            self.messageLabel.setText(self.tr("The call could not be closed: %s") % error)
