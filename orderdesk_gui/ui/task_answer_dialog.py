"""The operator's answers for one task call (D17): the survey, the outcome, a refusal's reason."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from orderdesk_gui.domain.journal import (
    INFO_GIVEN,
    REFUSED,
    TaskItemRow,
    TaskSummary,
)
from orderdesk_gui.domain.phones import display as phone_display
from orderdesk_gui.ui import messages
from orderdesk_gui.ui.guarded import submit
from orderdesk_gui.ui.task_models import NO, TASK_OUTCOMES, YES
from orderdesk_gui.ui.words import outcome_word


class TaskAnswerDialog(QDialog):
    """The survey answers and the outcome of one task call; saving closes the call (D17)."""

    finished_item = Signal(int)

    def __init__(self, controller, task: TaskSummary, item: TaskItemRow, call_id: int, parent=None) -> None:
        super().__init__(parent)
        self.controller, self.task, self.item, self.call_id = controller, task, item, call_id
        self.setObjectName("TaskAnswerDialog")
        self.setWindowTitle(self.tr("Task call: %s") % item.client_name)
        self.setMinimumWidth(560)
        header = QLabel(
            f"<b>{escape(task.title)}</b><br>{escape(item.client_name)} · {phone_display(item.phone)}", self
        )
        header.setTextFormat(Qt.TextFormat.RichText)
        header.setWordWrap(True)
        instruction = QLabel(task.instruction, self)
        instruction.setWordWrap(True)
        form = QFormLayout()
        self.answer_widgets: dict[str, QWidget] = {}
        for q in task.questions:
            if q.kind in ("yesno", "choice"):
                widget = QComboBox(self)
                widget.addItem("", "")
                if q.kind == "yesno":
                    widget.addItem(self.tr("yes"), YES)
                    widget.addItem(self.tr("no"), NO)
                else:
                    for choice in q.choices:
                        widget.addItem(choice, choice)
            else:
                widget = QLineEdit(self)
                if q.kind == "number":
                    widget.setPlaceholderText(self.tr("a number"))
            widget.setObjectName(f"answer_{q.key}")
            self.answer_widgets[q.key] = widget
            form.addRow(q.text + (" *" if q.required else ""), widget)
        self.outcome_combo = QComboBox(self)
        self.outcome_combo.setObjectName("outcomeCombo")
        for code in TASK_OUTCOMES:
            label = self.tr("reached, answers recorded") if code == INFO_GIVEN else outcome_word(code)
            self.outcome_combo.addItem(label, code)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("refusalEdit")
        self.reason_edit.setMaxLength(300)
        self.reason_edit.setPlaceholderText(
            self.tr("why the client refused: kept to offer something better later")
        )
        self.notes_edit = QLineEdit(self)
        self.notes_edit.setObjectName("notesEdit")
        form.addRow(self.tr("Outcome"), self.outcome_combo)
        form.addRow(self.tr("Refusal reason"), self.reason_edit)
        form.addRow(self.tr("Notes"), self.notes_edit)
        self.outcome_combo.currentIndexChanged.connect(self._outcome_changed)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save and end the call"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(instruction)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self._outcome_changed()
        first = next(iter(self.answer_widgets.values()), self.outcome_combo)
        first.setFocus()

    def _outcome_changed(self) -> None:
        refused = self.outcome_combo.currentData() == REFUSED
        self.reason_edit.setEnabled(refused)

    def answers(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for key, widget in self.answer_widgets.items():
            value = widget.currentData() if isinstance(widget, QComboBox) else widget.text().strip()
            if value:
                out[key] = value
        return out

    def save(self) -> None:
        from orderdesk_gui.services import tasks

        outcome = self.outcome_combo.currentData()
        reason = self.reason_edit.text().strip() if outcome == REFUSED else ""
        if outcome == REFUSED and not reason:
            self.error_label.setText(self.tr("Write why the client refused."))
            self.reason_edit.setFocus()
            return
        user, item_id, call_id = self.controller.user, self.item.id, self.call_id
        answers = self.answers() if outcome in (INFO_GIVEN, REFUSED) else {}
        notes = self.notes_edit.text().strip()
        self.buttons.setEnabled(False)

        def done(_r) -> None:
            self.controller.call_finished(call_id)
            self.controller.message(
                self.tr("Result for %s saved; the call is closed.") % self.item.client_name
            )
            self.finished_item.emit(item_id)
            self.accept()

        def failed(error: BaseException) -> None:
            self.buttons.setEnabled(True)
            self.error_label.setText(messages.text(error))

        submit(
            self.controller.worker,
            self,
            lambda: tasks.finish_task_item(user, item_id, call_id, outcome, answers, reason, notes),
            done,
            failed,
        )


# -- the head's results --------------------------------------------------------------------------------
