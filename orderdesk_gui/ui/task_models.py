"""Table models and small helpers shared by the outbound-task windows (D17)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QTableView,
    QWidget,
)

from orderdesk_gui.domain.journal import (
    BUSY,
    INFO_GIVEN,
    NO_ANSWER,
    REFUSED,
    SurveyQuestion,
    TaskItemRow,
    TaskSummary,
)
from orderdesk_gui.domain.phones import display as phone_display
from orderdesk_gui.ui import formatting as fmt
from orderdesk_gui.ui.models import Column, RowsModel
from orderdesk_gui.ui.views import setup_readonly
from orderdesk_gui.ui.words import STATUS_WORDS, outcome_word, words

PREVIEW_DELAY_MS = 300
# What an operator records after a task call; refusals need a reason, no answer/busy keep the item open.
TASK_OUTCOMES = (INFO_GIVEN, REFUSED, NO_ANSWER, BUSY)
YES, NO = "yes", "no"


def when_text(value: dt.datetime | None) -> str:
    return f"{fmt.local_date(value)} {fmt.local_time(value)}" if value else ""


def table_view(parent: QWidget, name: str, model, stretch: int | None = None) -> QTableView:
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
        Column(QT_TRANSLATE_NOOP("Models", "When"), lambda r: when_text(r.done_at)),
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
