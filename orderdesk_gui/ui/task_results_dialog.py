"""The head's view of a task's results (D17): every item with its answers and refusal reasons."""

from __future__ import annotations

from collections import Counter
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from orderdesk_gui.domain.entities import UserInfo
from orderdesk_gui.domain.journal import (
    REFUSED,
    TaskItemRow,
    TaskSummary,
)
from orderdesk_gui.domain.states import TaskItemStatus
from orderdesk_gui.ui import messages
from orderdesk_gui.ui.guarded import submit
from orderdesk_gui.ui.models import RowsModel
from orderdesk_gui.ui.task_models import answer_text, results_model, table_view, when_text
from orderdesk_gui.ui.words import outcome_word
from orderdesk_gui.ui.worker import DbWorker


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
        self.view = table_view(self, "resultsView", self.model)
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
        self.model.set_rows(sorted(items, key=lambda r: (r.status == TaskItemStatus.OPEN, r.client_name)))
        due = self.tr(", due %s") % summary.due_date.strftime("%d.%m.%Y") if summary.due_date else ""
        self.header.setText(
            f"<b>{escape(summary.title)}</b> — "
            + escape(self.tr("from %s, %s%s") % (summary.created_by, when_text(summary.created_at), due))
            + (f"<br>{escape(summary.instruction)}" if summary.instruction else "")
        )
        outcomes = Counter(r.outcome for r in items if r.status != TaskItemStatus.OPEN)
        still_open = sum(1 for r in items if r.status == TaskItemStatus.OPEN)
        tried = sum(1 for r in items if r.status == TaskItemStatus.OPEN and r.attempts)
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
