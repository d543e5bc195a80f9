"""Outbound call tasks from the sales heads (D17): create with a client filter and a survey, work the
items like the worklist (card + outbound call + answers), and the head's view of the results."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, QTimer, Signal
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
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from orderdesk_gui import clock
from orderdesk_gui.domain.entities import UserInfo
from orderdesk_gui.domain.journal import (
    ANSWER_TYPES,
    BUSY,
    INFO_GIVEN,
    NO_ANSWER,
    REFUSED,
    ClientFilter,
    SurveyQuestion,
    TaskItemRow,
    TaskSummary,
)
from orderdesk_gui.domain.phones import display as phone_display
from orderdesk_gui.domain.roles import Permission, has_permission
from orderdesk_gui.ui import formatting as fmt
from orderdesk_gui.ui import messages
from orderdesk_gui.ui.guarded import submit
from orderdesk_gui.ui.models import Column, RowsModel
from orderdesk_gui.ui.views import setup_readonly
from orderdesk_gui.ui.words import ANSWER_TYPE_WORDS, STATUS_WORDS, outcome_word, words
from orderdesk_gui.ui.worker import DbWorker

PREVIEW_DELAY_MS = 300
# What an operator records after a task call; refusals need a reason, no answer/busy keep the item open.
TASK_OUTCOMES = (INFO_GIVEN, REFUSED, NO_ANSWER, BUSY)
YES, NO = "yes", "no"


def _when(value: dt.datetime | None) -> str:
    return f"{fmt.local_date(value)} {fmt.local_time(value)}" if value else ""


def _table(parent: QWidget, name: str, model, stretch: int | None = None) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    setup_readonly(view, stretch)
    return view


def tasks_model(parent=None) -> RowsModel[TaskSummary]:
    return RowsModel(
        [
            Column(QT_TRANSLATE_NOOP("Models", "Task"), lambda t: t.title, tooltip=lambda t: t.instruction),
            Column(QT_TRANSLATE_NOOP("Models", "From"), lambda t: t.created_by),
            Column(
                QT_TRANSLATE_NOOP("Models", "Due"),
                lambda t: t.due_date.strftime("%d.%m.%Y") if t.due_date else "",
            ),
            Column(QT_TRANSLATE_NOOP("Models", "Done"), lambda t: f"{t.done} / {t.total}", align_right=True),
            Column(QT_TRANSLATE_NOOP("Models", "Refused"), lambda t: t.refused, align_right=True),
            Column(QT_TRANSLATE_NOOP("Models", "Status"), lambda t: words(STATUS_WORDS, t.status)),
        ],
        parent,
    )


def items_model(parent=None) -> RowsModel[TaskItemRow]:
    return RowsModel(
        [
            Column(QT_TRANSLATE_NOOP("Models", "Client"), lambda r: r.client_name),
            Column(QT_TRANSLATE_NOOP("Models", "Code"), lambda r: r.client_code),
            Column(QT_TRANSLATE_NOOP("Models", "Phone"), lambda r: phone_display(r.phone) if r.phone else ""),
            Column(QT_TRANSLATE_NOOP("Models", "Status"), lambda r: words(STATUS_WORDS, r.status)),
            Column(QT_TRANSLATE_NOOP("Models", "Outcome"), lambda r: outcome_word(r.outcome)),
            Column(QT_TRANSLATE_NOOP("Models", "Attempts"), lambda r: r.attempts, align_right=True),
            Column(QT_TRANSLATE_NOOP("Models", "Operator"), lambda r: r.operator_name),
        ],
        parent,
    )


def results_model(questions: tuple[SurveyQuestion, ...], parent=None) -> RowsModel[TaskItemRow]:
    columns: list[Column[TaskItemRow]] = [
        Column(QT_TRANSLATE_NOOP("Models", "Client"), lambda r: r.client_name),
        Column(QT_TRANSLATE_NOOP("Models", "Phone"), lambda r: phone_display(r.phone) if r.phone else ""),
        Column(QT_TRANSLATE_NOOP("Models", "Called by"), lambda r: r.operator_name),
        Column(QT_TRANSLATE_NOOP("Models", "When"), lambda r: _when(r.done_at)),
        Column(QT_TRANSLATE_NOOP("Models", "Outcome"), lambda r: outcome_word(r.outcome)),
        Column(
            QT_TRANSLATE_NOOP("Models", "Refusal reason"),
            lambda r: r.refusal_reason,
            tooltip=lambda r: r.refusal_reason,
        ),
        Column(QT_TRANSLATE_NOOP("Models", "Attempts"), lambda r: r.attempts, align_right=True),
    ]
    for q in questions:
        columns.append(
            Column(
                q.text,
                lambda r, key=q.key, kind=q.kind: answer_text(kind, r.answers.get(key, "")),
                tooltip=None,
            )
        )
    return RowsModel(columns, parent)


def answer_text(kind: str, value: str) -> str:
    if kind == "yesno" and value in (YES, NO):
        return (
            QCoreApplication.translate("Followups", "yes")
            if value == YES
            else QCoreApplication.translate("Followups", "no")
        )
    return value


# -- the operator's and head's list ----------------------------------------------------------


class TasksDialog(QDialog):
    """Open tasks and their clients; Enter on a client starts the call and opens the answer form."""

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.worker: DbWorker = controller.worker
        self.user: UserInfo = controller.user
        self.head = has_permission(self.user.role, Permission.MANAGE_TASKS)
        self.setObjectName("TasksDialog")
        self.setWindowTitle(self.tr("Outbound tasks"))
        self.resize(1000, 640)
        self.tasks = tasks_model(self)
        self.items = items_model(self)
        self.tasks_view = _table(self, "tasksView", self.tasks, stretch=0)
        self.items_view = _table(self, "taskItemsView", self.items, stretch=0)
        self.instruction = QLabel(self)
        self.instruction.setObjectName("taskInstruction")
        self.instruction.setWordWrap(True)
        self.instruction.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel(self)
        self.status.setObjectName("tasksStatus")
        self.status.setWordWrap(True)

        self.closed_check = QCheckBox(self.tr("Closed tasks too"), self)
        self.closed_check.setVisible(self.head)
        self.closed_check.toggled.connect(self.reload)
        self.done_check = QCheckBox(self.tr("Clients already done too"), self)
        self.done_check.toggled.connect(self.load_items)
        self.new_button = QPushButton(self.tr("&New task…"), self)
        self.results_button = QPushButton(self.tr("&Results…"), self)
        self.close_task_button = QPushButton(self.tr("Close the task"), self)
        for button in (self.new_button, self.results_button, self.close_task_button):
            button.setVisible(self.head)  # the service checks too; operators do not see these
            button.setAutoDefault(False)
        self.call_button = QPushButton(self.tr("&Call the client"), self)
        self.call_button.setAutoDefault(False)
        self.new_button.clicked.connect(self.new_task)
        self.results_button.clicked.connect(self.show_results)
        self.close_task_button.clicked.connect(self.close_task)
        self.call_button.clicked.connect(self.call_current)
        self.items_view.activated.connect(lambda _i: self.call_current())

        top_bar = QHBoxLayout()
        top_bar.addWidget(QLabel(self.tr("Tasks"), self))
        top_bar.addStretch(1)
        top_bar.addWidget(self.closed_check)
        top_bar.addWidget(self.new_button)
        top_bar.addWidget(self.results_button)
        top_bar.addWidget(self.close_task_button)
        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(top_bar)
        upper_layout.addWidget(self.tasks_view)
        upper_layout.addWidget(self.instruction)
        item_bar = QHBoxLayout()
        item_bar.addWidget(QLabel(self.tr("Clients to call (Enter: open the card and call)"), self))
        item_bar.addStretch(1)
        item_bar.addWidget(self.done_check)
        item_bar.addWidget(self.call_button)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(item_bar)
        lower_layout.addWidget(self.items_view)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setSizes([260, 380])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

        self.tasks_view.selectionModel().currentRowChanged.connect(lambda *_: self.load_items())
        self.results_dialog: TaskResultsDialog | None = None
        self.editor: TaskEditorDialog | None = None
        self._items_ticket = 0

    # -- loading -------------------------------------------------------------------------
    def reload(self) -> None:
        from orderdesk_gui.services import tasks

        user, open_only = self.user, not self.closed_check.isChecked()
        submit(
            self.worker,
            self,
            lambda: tasks.tasks(user, open_only=open_only),
            self._show_tasks,
            self._error,
        )

    def _show_tasks(self, rows: list[TaskSummary]) -> None:
        current = self.current_task()
        self.tasks.set_rows(rows)
        if not rows:
            self.items.set_rows([])
            self.instruction.setText(
                self.tr("No open tasks. Press New task to create one.")
                if self.head
                else self.tr("No open tasks: the sales heads have not asked for calls.")
            )
            return
        row = next((i for i, t in enumerate(rows) if current and t.id == current.id), 0)
        self.tasks_view.setCurrentIndex(self.tasks.index(row, 0))  # loads the items (currentRowChanged)

    def current_task(self) -> TaskSummary | None:
        return self.tasks.row_at(self.tasks_view.currentIndex().row())

    def current_item(self) -> TaskItemRow | None:
        return self.items.row_at(self.items_view.currentIndex().row())

    def load_items(self) -> None:
        from orderdesk_gui.services import tasks

        task = self.current_task()
        if task is None:
            return
        questions = "; ".join(q.text for q in task.questions)
        text = self.tr("Instruction: %s") % (task.instruction or "—")
        if questions:
            text += "\n" + self.tr("Survey: %s") % questions
        self.instruction.setText(text)
        self._items_ticket += 1
        ticket, open_only = self._items_ticket, not self.done_check.isChecked()

        def show(rows: list[TaskItemRow]) -> None:
            if ticket == self._items_ticket:
                self.items.set_rows(rows)
                if rows:
                    self.items_view.setCurrentIndex(self.items.index(0, 0))

        submit(self.worker, self, lambda: tasks.task_items(task.id, open_only=open_only), show, self._error)

    def _error(self, error: BaseException) -> None:
        self.status.setText(messages.text(error))

    # -- working an item ----------------------------------------------------------------------
    def call_current(self) -> None:
        from orderdesk_gui.services import tasks

        task, item = self.current_task(), self.current_item()
        if task is None or item is None:
            self.status.setText(self.tr("Choose a client of the task first."))
            return
        if item.status != "open":
            self.status.setText(self.tr("%s is already done for this task.") % item.client_name)
            return
        user = self.user

        def started(call_id: int) -> None:
            self.status.setText(
                self.tr("Calling %s: record the answers when the call ends.") % item.client_name
            )
            dialog = TaskAnswerDialog(self.controller, task, item, call_id, self.parentWidget())
            dialog.finished_item.connect(lambda _id: self.reload())  # the task's counts and its items
            self.controller.answer_dialog = dialog
            dialog.show()

        self.status.setText(self.tr("Starting the call to %s…") % item.client_name)
        self.controller.start_outbound(
            lambda: tasks.start_task_item(user, item.id), self.tr("Task call"), started
        )

    # -- the head's part ---------------------------------------------------------------------------
    def new_task(self) -> None:
        self.editor = TaskEditorDialog(self.worker, self.user, self)
        self.editor.created.connect(lambda _id: self.reload())
        self.editor.open()

    def show_results(self) -> None:
        task = self.current_task()
        if task is None:
            return
        self.results_dialog = TaskResultsDialog(self.worker, self.user, task.id, self)
        self.results_dialog.show()

    def close_task(self) -> None:
        from orderdesk_gui.services import tasks

        task = self.current_task()
        if task is None:
            return
        user = self.user

        def done(_r) -> None:
            self.status.setText(self.tr("Task “%s” closed.") % task.title)
            self.reload()

        submit(self.worker, self, lambda: tasks.close_task(user, task.id), done, self._error)


# -- creating a task ------------------------------------------------------------------------------


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


class TaskResultsDialog(QDialog):
    """Per task: who was called, by whom, the outcome, every answer, refusals with reasons, and counts."""

    loaded = Signal()

    def __init__(self, worker: DbWorker, user: UserInfo, task_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker, self.user, self.task_id = worker, user, task_id
        self.setObjectName("TaskResultsDialog")
        self.setWindowTitle(self.tr("Task results"))
        self.resize(1280, 640)
        self.header = QLabel(self)
        self.header.setObjectName("resultsHeader")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.counts = QLabel(self)
        self.counts.setObjectName("resultsCounts")
        self.counts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for label in (self.header, self.counts):
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.model: RowsModel[TaskItemRow] = results_model((), self)
        self.view = _table(self, "resultsView", self.model)
        self.refusals = QPlainTextEdit(self)
        self.refusals.setObjectName("resultsRefusals")
        self.refusals.setReadOnly(True)
        self.refusals.setMaximumHeight(110)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.counts)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.refusals)
        layout.addWidget(buttons)
        self.summary: TaskSummary | None = None
        self.reload()

    def reload(self) -> None:
        from orderdesk_gui.services import tasks

        user, task_id = self.user, self.task_id
        submit(self.worker, self, lambda: tasks.task_results(user, task_id), self._show, self._error)

    def _error(self, error: BaseException) -> None:
        self.header.setText(messages.text(error))

    def _show(self, result: tuple[TaskSummary, list[TaskItemRow]]) -> None:
        summary, items = result
        self.summary = summary
        self.model = results_model(summary.questions, self)
        self.view.setModel(self.model)
        self.model.set_rows(sorted(items, key=lambda r: (r.status == "open", r.client_name)))
        due = self.tr(", due %s") % summary.due_date.strftime("%d.%m.%Y") if summary.due_date else ""
        self.header.setText(
            f"<b>{escape(summary.title)}</b> — "
            + escape(self.tr("from %s, %s%s") % (summary.created_by, _when(summary.created_at), due))
            + (f"<br>{escape(summary.instruction)}" if summary.instruction else "")
        )
        outcomes = Counter(r.outcome for r in items if r.status != "open")
        still_open = sum(1 for r in items if r.status == "open")
        tried = sum(1 for r in items if r.status == "open" and r.attempts)
        parts = [self.tr("%d clients") % len(items), self.tr("%d called") % (len(items) - still_open)]
        parts += [f"{outcome_word(code)}: {n}" for code, n in sorted(outcomes.items())]
        parts.append(self.tr("%d still to call (%d tried without reaching)") % (still_open, tried))
        lines = [" · ".join(parts)]
        for q in summary.questions:
            if q.kind in ("yesno", "choice"):
                counted = Counter(r.answers.get(q.key, "") for r in items if r.answers.get(q.key))
                if counted:
                    lines.append(
                        f"{q.text}: "
                        + ", ".join(f"{answer_text(q.kind, a)} {n}" for a, n in counted.most_common())
                    )
        self.counts.setText("\n".join(lines))
        refusals = [r for r in items if r.outcome == REFUSED]
        if refusals:
            self.refusals.setPlainText(
                self.tr("Refusals and why:")
                + "\n"
                + "\n".join(f"• {r.client_name}: {r.refusal_reason}" for r in refusals)
            )
        else:
            self.refusals.setPlainText(self.tr("No refusals."))
        self.loaded.emit()
