"""The exchange log window (administrators, heads of sales, finance): every import and export with
accounting, newest first, with its file, counts, rejects and who ran it; the rejected rows and conflicts
of the chosen one below, each with its line and reason.

Keys: Alt+F / Alt+T the period, Alt+D direction, Alt+S status, Alt+L the list (↓/↑ walk it, the detail
follows), Alt+R the rejected rows, Esc closes. Nothing here changes anything.
"""

from __future__ import annotations

import datetime as dt
import html
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from orderdesk_gui import clock
from orderdesk_gui.domain.entities import UserInfo
from orderdesk_gui.services import exchange_log
from orderdesk_gui.services.exchange_log import ExchangeLine, ExchangeRunRow
from orderdesk_gui.ui import exchange_words as words
from orderdesk_gui.ui import formatting as fmt
from orderdesk_gui.ui import messages
from orderdesk_gui.ui.models import Column, RowsModel
from orderdesk_gui.ui.operations import Operations
from orderdesk_gui.ui.views import reload_keeping_place, setup_readonly

PERIOD_DAYS = 7  # the log opens on the last week
CONFLICTS_NOTE = re.compile(r"^\d+ conflicts?$")  # the importer's own note, said in words above


def _when(moment: dt.datetime | None) -> str:
    return f"{fmt.local_date(moment)} {fmt.local_time(moment)}" if moment else ""


def _number(value: int) -> str:
    return fmt.count(value) if value else "·"  # a zero is a dot: the numbers that matter stand out


def run_columns() -> list[Column[ExchangeRunRow]]:
    return [
        Column(QT_TRANSLATE_NOOP("Models", "Time"), lambda r: _when(r.started_at)),
        Column(QT_TRANSLATE_NOOP("Models", "Direction"), lambda r: words.word(words.DIRECTIONS, r.direction)),
        Column(QT_TRANSLATE_NOOP("Models", "Kind"), lambda r: words.word(words.FILE_KINDS, r.kind)),
        Column(QT_TRANSLATE_NOOP("Models", "File"), lambda r: r.file_name, tooltip=lambda r: r.file_name),
        Column(QT_TRANSLATE_NOOP("Models", "Source"), lambda r: words.word(words.SOURCES, r.source)),
        Column(QT_TRANSLATE_NOOP("Models", "Who"), lambda r: r.user_name),
        Column(QT_TRANSLATE_NOOP("Models", "Status"), lambda r: words.word(words.STATUSES, r.status)),
        Column(
            QT_TRANSLATE_NOOP("Models", "Counts"),
            lambda r: words.summary(r.counts),
            tooltip=lambda r: words.summary(r.counts),
        ),
        Column(
            QT_TRANSLATE_NOOP("Models", "Rejects"),
            lambda r: fmt.count(r.reject_count) if r.reject_count else "",
            align_right=True,
        ),
    ]


def line_columns() -> list[Column[ExchangeLine]]:
    return [
        Column(QT_TRANSLATE_NOOP("Models", "Line"), lambda x: words.line_text(x.line), align_right=True),
        Column(
            QT_TRANSLATE_NOOP("Models", "What"),
            lambda x: words.word(
                words.LINE_KINDS, "conflict" if words.is_conflict(x.code, x.conflict) else "rejected"
            ),
        ),
        Column(
            QT_TRANSLATE_NOOP("Models", "Reason"),
            lambda x: words.reason(x.code, x.params),
            tooltip=lambda x: words.reason(x.code, x.params),
        ),
    ]


def count_columns() -> list[Column[tuple]]:
    return [
        Column(QT_TRANSLATE_NOOP("Models", "Records"), lambda c: c[0]),
        Column(QT_TRANSLATE_NOOP("Models", "New"), lambda c: _number(c[1]), align_right=True),
        Column(QT_TRANSLATE_NOOP("Models", "Changed"), lambda c: _number(c[2]), align_right=True),
        Column(QT_TRANSLATE_NOOP("Models", "Deactivated"), lambda c: _number(c[3]), align_right=True),
        Column(QT_TRANSLATE_NOOP("Models", "Unchanged"), lambda c: _number(c[4]), align_right=True),
    ]


class ExchangeLogDialog(QDialog):
    """The log; ``show_run(id)`` chooses one run (the import window's link to what it just did)."""

    loaded = Signal()

    def __init__(self, ops: Operations, user: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.user = ops, user
        self._wanted: int | None = None
        self.setObjectName("ExchangeLogDialog")
        self.setWindowTitle(self.tr("Exchange log"))

        today = QDate(clock.today())
        self.start_edit = QDateEdit(today.addDays(-PERIOD_DAYS + 1), self)
        self.end_edit = QDateEdit(today, self)
        for edit, name in ((self.start_edit, "startEdit"), (self.end_edit, "endEdit")):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        self.direction_combo = QComboBox(self)
        self.direction_combo.setObjectName("directionCombo")
        self.direction_combo.addItem(self.tr("all"), "")
        for key in exchange_log.DIRECTIONS:
            self.direction_combo.addItem(words.word(words.DIRECTIONS, key), key)
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("statusCombo")
        self.status_combo.addItem(self.tr("all"), "")
        for key in exchange_log.STATUSES:
            self.status_combo.addItem(words.word(words.STATUSES, key), key)

        self.model: RowsModel[ExchangeRunRow] = RowsModel(run_columns(), self)
        self.view = QTableView(self)
        self.view.setObjectName("runsView")
        self.view.setModel(self.model)
        setup_readonly(self.view, stretch_column=7)
        self.lines_model: RowsModel[ExchangeLine] = RowsModel(line_columns(), self)
        self.lines_view = QTableView(self)
        self.lines_view.setObjectName("linesView")
        self.lines_view.setModel(self.lines_model)
        setup_readonly(self.lines_view, stretch_column=2)
        self.counts_model: RowsModel[tuple] = RowsModel(count_columns(), self)
        self.counts_view = QTableView(self)
        self.counts_view.setObjectName("countsView")
        self.counts_view.setModel(self.counts_model)
        setup_readonly(self.counts_view, stretch_column=0)
        self.counts_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.detail_label = QLabel(self)
        self.detail_label.setObjectName("detailLabel")
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextFormat(Qt.TextFormat.RichText)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("messageLabel")
        self.message_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)

        filters = QGridLayout()
        for column, (text, widget) in enumerate(
            (
                (self.tr("&From:"), self.start_edit),
                (self.tr("&To:"), self.end_edit),
                (self.tr("&Direction:"), self.direction_combo),
                (self.tr("&Status:"), self.status_combo),
            )
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            filters.addWidget(label, 0, column * 2)
            filters.addWidget(widget, 0, column * 2 + 1)
        filters.setColumnStretch(8, 1)
        list_label = QLabel(self.tr("Imports and exports, newest first (&list):"), self)
        list_label.setBuddy(self.view)
        lines_label = QLabel(self.tr("&Rejected rows and conflicts:"), self)
        lines_label.setBuddy(self.lines_view)
        below = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Counts by kind:"), self))
        left.addWidget(self.counts_view)
        right = QVBoxLayout()
        right.addWidget(lines_label)
        right.addWidget(self.lines_view)
        below.addLayout(left, 2)
        below.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(list_label)
        layout.addWidget(self.view, 3)
        layout.addWidget(self.detail_label)
        layout.addLayout(below, 2)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)

        self._debounce = QTimer(self, singleShot=True, interval=200)
        self._debounce.timeout.connect(self.reload)
        for edit in (self.start_edit, self.end_edit):
            edit.dateChanged.connect(lambda _d: self._debounce.start())
        for combo in (self.direction_combo, self.status_combo):
            combo.currentIndexChanged.connect(lambda _i: self._debounce.start())
        self.view.selectionModel().currentRowChanged.connect(lambda _c, _p: self._show_current())
        ops.hub.changed.connect(self._changed)
        room = self.screen().availableGeometry() if self.screen() else None
        width, height = 1180, 660
        if room is not None:
            width, height = min(width, room.width() - 40), min(height, room.height() - 60)
        self.resize(width, height)
        self.view.setFocus()
        self.reload()

    def _changed(self, _changes) -> None:
        self._debounce.start()  # an import elsewhere (the command line, the drop folder) shows at once

    def reload(self) -> None:
        user = self.user
        first, last = self.start_edit.date().toPython(), self.end_edit.date().toPython()
        direction, status = self.direction_combo.currentData(), self.status_combo.currentData()
        self.ops.run(
            self, lambda: exchange_log.runs(user, first, last, direction, status), self._show, self._failed
        )

    def _show(self, rows: list[ExchangeRunRow]) -> None:
        self.message_label.clear()
        reload_keeping_place(self.view, lambda: self.model.set_rows(rows), key=lambda r: r.id)
        wanted = next((i for i, r in enumerate(rows) if r.id == self._wanted), None)
        if wanted is not None:
            self.view.selectRow(wanted)
            self._wanted = None
        elif not self.view.currentIndex().isValid() and rows:
            self.view.selectRow(0)
        if not rows:
            self.message_label.setText(self.tr("Nothing was imported or exported in this period."))
        self._show_current()
        self.loaded.emit()

    def _failed(self, error: BaseException) -> None:
        self.message_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.message_label.setText(messages.text(error))
        self.loaded.emit()

    def current(self) -> ExchangeRunRow | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _show_current(self) -> None:
        run = self.current()
        if run is None:
            self.detail_label.clear()
            self.counts_model.set_rows([])
            self.lines_model.set_rows([])
            return
        parts = [
            f"<b>{_escape(run.file_name)}</b>",
            words.word(words.FILE_KINDS, run.kind),
            words.word(words.STATUSES, run.status),
            _when(run.started_at) + (f"–{fmt.local_time(run.finished_at)}" if run.finished_at else ""),
            _escape(run.user_name or words.word(words.SOURCES, run.source)),
        ]
        text = " · ".join(p for p in parts if p)
        shown = len(run.rejects)
        if run.reject_count > shown:
            text += "<br>" + self.tr("%1 rows rejected; the first %2 are kept in the log.").replace(
                "%1", fmt.count(run.reject_count)
            ).replace("%2", fmt.count(shown))
        conflicts = sum(1 for x in run.rejects if words.is_conflict(x.code, x.conflict))
        if conflicts:
            text += "<br>" + self.tr("Conflicts, the desk's data kept: %1").replace(
                "%1", fmt.count(conflicts)
            )
        if run.message and not CONFLICTS_NOTE.match(run.message):
            text += "<br>" + _escape(messages.stored_text(run.message))
        self.detail_label.setText(text)
        self.counts_model.set_rows(words.count_rows(run.counts))
        self.lines_model.set_rows(list(run.rejects))

    def show_run(self, run_id: int | None) -> None:
        """Choose the run ``run_id`` (today's period holds it) once the list has it."""
        self._wanted = run_id
        for i, row in enumerate(self.model.rows()):
            if row.id == run_id:
                self.view.selectRow(i)
                self._wanted = None
                return


def _escape(text: str) -> str:
    return html.escape(text or "")
