"""A sales head's new outbound task (D17): a client filter with a live count, a survey, a due date."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from orderdesk_gui import clock
from orderdesk_gui.domain.entities import UserInfo
from orderdesk_gui.domain.journal import (
    ANSWER_TYPES,
    ClientFilter,
    SurveyQuestion,
)
from orderdesk_gui.ui import messages
from orderdesk_gui.ui.guarded import submit
from orderdesk_gui.ui.task_models import PREVIEW_DELAY_MS
from orderdesk_gui.ui.words import ANSWER_TYPE_WORDS, words
from orderdesk_gui.ui.worker import DbWorker


class TaskEditorDialog(QDialog):
    """A head's new task: title, instruction, due date, the client filter with a live count, a survey."""

    created = Signal(int)

    def __init__(self, worker: DbWorker, user: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker, self.user = worker, user
        self.setObjectName("TaskEditorDialog")
        self.setWindowTitle(self.tr("New outbound task"))
        self.resize(760, 640)
        self.questions: list[SurveyQuestion] = []
        self.created_id: int | None = None
        self.today = clock.today()

        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("titleEdit")
        self.title_edit.setMaxLength(200)
        self.instruction_edit = QPlainTextEdit(self)
        self.instruction_edit.setObjectName("instructionEdit")
        self.instruction_edit.setTabChangesFocus(True)
        self.instruction_edit.setPlaceholderText(self.tr("What to tell or ask the client"))
        self.instruction_edit.setMaximumHeight(90)
        self.due_check = QCheckBox(self.tr("Due by"), self)
        self.due_edit = QDateEdit(self)
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("dd.MM.yyyy")
        self.due_edit.setDate(QDate(self.today + dt.timedelta(days=7)))
        self.due_edit.setEnabled(False)
        self.due_check.toggled.connect(self.due_edit.setEnabled)
        due_row = QHBoxLayout()
        due_row.addWidget(self.due_check)
        due_row.addWidget(self.due_edit)
        due_row.addStretch(1)

        # Client filter
        self.types_list = QListWidget(self)
        self.types_list.setObjectName("typesList")
        self.types_list.setMaximumHeight(110)
        self.region_edit = QLineEdit(self)
        self.region_edit.setObjectName("regionEdit")
        self.region_edit.setPlaceholderText(self.tr("any region or city"))
        self.manager_combo = QComboBox(self)
        self.manager_combo.setObjectName("managerCombo")
        self.manager_combo.addItem(self.tr("any manager"), None)
        self.sleeping_check = QCheckBox(self.tr("Sleeping clients only"), self)
        self.sleeping_check.setObjectName("sleepingCheck")
        self.debt_check = QCheckBox(self.tr("Clients with overdue or excess debt only"), self)
        self.debt_check.setObjectName("debtCheck")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        filter_box = QGroupBox(self.tr("Which clients"), self)
        filter_form = QFormLayout(filter_box)
        filter_form.addRow(self.tr("Client types (none ticked: all)"), self.types_list)
        filter_form.addRow(self.tr("Region"), self.region_edit)
        filter_form.addRow(self.tr("Manager"), self.manager_combo)
        filter_form.addRow(self.sleeping_check)
        filter_form.addRow(self.debt_check)
        filter_form.addRow(self.count_label)

        # Survey
        self.question_edit = QLineEdit(self)
        self.question_edit.setObjectName("questionEdit")
        self.question_edit.setPlaceholderText(self.tr("Question, then Enter to add it"))
        self.type_combo = QComboBox(self)
        self.type_combo.setObjectName("answerTypeCombo")
        for kind in ANSWER_TYPES:
            self.type_combo.addItem(words(ANSWER_TYPE_WORDS, kind), kind)
        self.choices_edit = QLineEdit(self)
        self.choices_edit.setObjectName("choicesEdit")
        self.choices_edit.setPlaceholderText(self.tr("choices, separated by ;"))
        self.choices_edit.setEnabled(False)
        self.type_combo.currentIndexChanged.connect(
            lambda _i: self.choices_edit.setEnabled(self.type_combo.currentData() == "choice")
        )
        self.required_check = QCheckBox(self.tr("Answer required"), self)
        self.required_check.setObjectName("requiredCheck")
        self.add_question_button = QPushButton(self.tr("Add question"), self)
        self.add_question_button.setAutoDefault(False)
        self.add_question_button.clicked.connect(self.add_question)
        self.question_edit.returnPressed.connect(self.add_question)
        self.choices_edit.returnPressed.connect(self.add_question)
        self.questions_list = QListWidget(self)
        self.questions_list.setObjectName("questionsList")
        self.questions_list.setMaximumHeight(120)
        self.remove_question_button = QPushButton(self.tr("Remove question"), self)
        self.remove_question_button.setAutoDefault(False)
        self.remove_question_button.clicked.connect(self.remove_question)
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.questions_list)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.remove_question)
        survey_box = QGroupBox(self.tr("Survey (optional)"), self)
        survey_layout = QVBoxLayout(survey_box)
        q_row = QHBoxLayout()
        q_row.addWidget(self.question_edit, 3)
        q_row.addWidget(self.type_combo)
        q_row.addWidget(self.choices_edit, 2)
        q_row.addWidget(self.required_check)
        q_row.addWidget(self.add_question_button)
        survey_layout.addLayout(q_row)
        list_row = QHBoxLayout()
        list_row.addWidget(self.questions_list, 1)
        list_row.addWidget(self.remove_question_button, 0, Qt.AlignmentFlag.AlignTop)
        survey_layout.addLayout(list_row)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Create the task"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Instruction"), self.instruction_edit)
        form.addRow("", due_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(filter_box)
        layout.addWidget(survey_box)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        for button in self.buttons.buttons():
            button.setAutoDefault(False)

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.preview)
        self._preview_ticket = 0
        self.preview_count: int | None = None
        self.types_list.itemChanged.connect(lambda _i: self._preview_timer.start())
        self.region_edit.textChanged.connect(lambda _t: self._preview_timer.start())
        self.manager_combo.currentIndexChanged.connect(lambda _i: self._preview_timer.start())
        self.sleeping_check.toggled.connect(lambda _b: self._preview_timer.start())
        self.debt_check.toggled.connect(lambda _b: self._preview_timer.start())
        self._load_choices()

    def _load_choices(self) -> None:
        from orderdesk_gui.services import clients

        def show(form) -> None:
            self.types_list.blockSignals(True)
            for code, name in form.types:
                item = QListWidgetItem(name, self.types_list)
                item.setData(Qt.ItemDataRole.UserRole, code)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
            self.types_list.blockSignals(False)
            for manager_id, name in form.managers:
                self.manager_combo.addItem(name, manager_id)
            self.preview()

        submit(self.worker, self, lambda: clients.client_form(None), show, self._error)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in the question or choices adds the question; it must not save the whole task."""
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and self.focusWidget() in (self.question_edit, self.choices_edit):
            event.accept()
            return
        super().keyPressEvent(event)

    # -- filter and live count ------------------------------------------------------------------
    def client_filter(self) -> ClientFilter:
        codes = tuple(
            self.types_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.types_list.count())
            if self.types_list.item(i).checkState() == Qt.CheckState.Checked
        )
        return ClientFilter(
            type_codes=codes,
            region=self.region_edit.text().strip(),
            manager_id=self.manager_combo.currentData(),
            sleeping_only=self.sleeping_check.isChecked(),
            with_debt_only=self.debt_check.isChecked(),
        )

    def preview(self) -> None:
        from orderdesk_gui.services import tasks

        self._preview_ticket += 1
        ticket, flt, today = self._preview_ticket, self.client_filter(), self.today
        self.count_label.setText(self.tr("Counting the clients…"))

        def show(count: int) -> None:
            if ticket == self._preview_ticket:
                self.preview_count = count
                self.count_label.setText(self.tr("%d clients match: each becomes a call to make") % count)

        submit(self.worker, self, lambda: tasks.preview_task_clients(flt, today), show, self._error)

    # -- survey -----------------------------------------------------------------------------------
    def add_question(self) -> None:
        text = self.question_edit.text().strip()
        if not text:
            self.error_label.setText(self.tr("Type the question first."))
            return
        kind = self.type_combo.currentData()
        choices: tuple[str, ...] = ()
        if kind == "choice":
            choices = tuple(c.strip() for c in self.choices_edit.text().split(";") if c.strip())
            if len(choices) < 2:
                self.error_label.setText(
                    self.tr("A choice question needs at least two choices, separated by ;")
                )
                self.choices_edit.setFocus()
                return
        used = {q.key for q in self.questions}
        number = len(self.questions) + 1
        while f"q{number}" in used:
            number += 1
        question = SurveyQuestion(f"q{number}", text, kind, choices, self.required_check.isChecked())
        self.questions.append(question)
        self.questions_list.addItem(self._describe(question))
        self.question_edit.clear()
        self.choices_edit.clear()
        self.required_check.setChecked(False)
        self.type_combo.setCurrentIndex(0)
        self.error_label.clear()
        self.question_edit.setFocus()

    def _describe(self, q: SurveyQuestion) -> str:
        text = f"{q.text} — {words(ANSWER_TYPE_WORDS, q.kind)}"
        if q.choices:
            text += ": " + " / ".join(q.choices)
        if q.required:
            text += " (" + self.tr("required") + ")"
        return text

    def remove_question(self) -> None:
        row = self.questions_list.currentRow()
        if 0 <= row < len(self.questions):
            del self.questions[row]
            self.questions_list.takeItem(row)

    # -- saving -------------------------------------------------------------------------------------
    def save(self) -> None:
        from orderdesk_gui.services import tasks

        title = self.title_edit.text().strip()
        if not title:
            self.error_label.setText(self.tr("Give the task a title."))
            self.title_edit.setFocus()
            return
        if self.question_edit.text().strip():
            self.add_question()  # a question typed but not yet added is not lost
        user, instruction = self.user, self.instruction_edit.toPlainText().strip()
        questions, flt, today = tuple(self.questions), self.client_filter(), self.today
        due = self.due_edit.date().toPython() if self.due_check.isChecked() else None
        self.buttons.setEnabled(False)

        def done(task_id: int) -> None:
            self.created_id = task_id
            self.created.emit(task_id)
            self.accept()

        def failed(error: BaseException) -> None:
            self.buttons.setEnabled(True)
            self._error(error)

        submit(
            self.worker,
            self,
            lambda: tasks.create_task(user, title, instruction, questions, flt, today, due_date=due),
            done,
            failed,
        )

    def _error(self, error: BaseException) -> None:
        self.error_label.setText(messages.text(error))


# -- recording the answers of one call ----------------------------------------------------------------
