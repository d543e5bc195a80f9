"""Outbound call tasks from the sales heads (D17): create with a client filter and a survey, work the
items like the worklist (card + outbound call + answers), and the head's view of the results."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from orderdesk_gui.domain.entities import UserInfo
from orderdesk_gui.domain.journal import (
    TaskItemRow,
    TaskSummary,
)
from orderdesk_gui.domain.roles import Permission, has_permission
from orderdesk_gui.domain.states import TaskItemStatus
from orderdesk_gui.ui import messages
from orderdesk_gui.ui.guarded import submit
from orderdesk_gui.ui.task_answer_dialog import TaskAnswerDialog
from orderdesk_gui.ui.task_editor_dialog import TaskEditorDialog
from orderdesk_gui.ui.task_models import items_model, table_view, tasks_model
from orderdesk_gui.ui.task_results_dialog import TaskResultsDialog
from orderdesk_gui.ui.worker import DbWorker


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
        self.tasks_view = table_view(self, "tasksView", self.tasks, stretch=0)
        self.items_view = table_view(self, "taskItemsView", self.items, stretch=0)
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
        if item.status != TaskItemStatus.OPEN:
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
