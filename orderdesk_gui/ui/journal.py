"""The call journal dock: a day's calls (outcome, detail, notes) filtered by operator, outcome, client."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from orderdesk_gui import clock
from orderdesk_gui.db import followups
from orderdesk_gui.domain import journal
from orderdesk_gui.domain.phones import display as phone_display
from orderdesk_gui.domain.text import normalize
from orderdesk_gui.ui import formatting as fmt
from orderdesk_gui.ui import messages, words
from orderdesk_gui.ui.models import DIRECTION_LABELS, PURPOSE_LABELS, Column, RowsModel, label
from orderdesk_gui.ui.views import readonly_table, reload_keeping_place
from orderdesk_gui.ui.words import notes_text
from orderdesk_gui.ui.worker import DbWorker

REFRESH_MS = 60_000
OPEN_FILTER = "open"


def tr(text: str) -> str:
    return QCoreApplication.translate("Journal", text)


SOURCE_WORDS = {
    "": "",
    "callback": QT_TRANSLATE_NOOP("Journal", "callback"),
    "sleeping": QT_TRANSLATE_NOOP("Journal", "sleeping client"),
    "task": QT_TRANSLATE_NOOP("Journal", "task"),
}


def outcome_word(code: str) -> str:
    return words.outcome_word(code, words.IN_PROGRESS)


def outcome_text(row: journal.JournalRow) -> str:
    """The outcome in words with its detail: order number, to whom and why, the refusal reason."""
    text = outcome_word(row.outcome)
    if row.outcome == journal.TRANSFERRED:
        who = row.transferred_to or row.outcome_detail
        if who:
            text = QCoreApplication.translate("Journal", "transferred to %s") % who
        if row.transfer_reason:
            text += ": " + messages.stored_text(row.transfer_reason)
        return text
    if row.outcome and row.outcome_detail:
        text += ": " + row.outcome_detail
    if row.outcome and row.ended_at is None:
        text += " " + QCoreApplication.translate("Journal", "(call still open)")
    return text


def source_word(code: str) -> str:
    return tr(SOURCE_WORDS.get(code, code))


def who_text(row: journal.JournalRow) -> str:
    number = phone_display(row.phone) if row.phone else ""
    if row.client_name:
        return row.client_name
    return number or QCoreApplication.translate("Journal", "unknown number")


class JournalModel(RowsModel[journal.JournalRow]):
    """Journal rows; open calls in bold, refusals and unanswered calls tinted (with words, too)."""

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.FontRole and index.isValid():
            row = self.row_at(index.row())
            if row is not None and row.ended_at is None:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            row = self.row_at(index.row())
            if row is not None and row.outcome in (journal.REFUSED, journal.NO_ANSWER, journal.BUSY):
                return QBrush(QColor("#8a1c1c"))
            return None
        return super().data(index, role)


def journal_model(parent=None, compact: bool = False) -> JournalModel:
    """The journal's columns; ``compact`` (the client card) shows the date and leaves out the client."""
    when = (
        Column(
            QT_TRANSLATE_NOOP("Models", "Date"),
            lambda c: fmt.local_date(c.started_at) + " " + fmt.local_time(c.started_at),
        )
        if compact
        else Column(QT_TRANSLATE_NOOP("Models", "Time"), lambda c: fmt.local_time(c.started_at))
    )
    columns = [
        when,
        Column(QT_TRANSLATE_NOOP("Models", "In/out"), lambda c: label(DIRECTION_LABELS, c.direction)),
        Column(
            QT_TRANSLATE_NOOP("Models", "Client or number"),
            who_text,
            tooltip=lambda c: phone_display(c.phone),
        ),
        Column(QT_TRANSLATE_NOOP("Models", "Purpose"), lambda c: label(PURPOSE_LABELS, c.purpose)),
        Column(QT_TRANSLATE_NOOP("Models", "Outcome"), outcome_text, tooltip=outcome_text),
        Column(
            QT_TRANSLATE_NOOP("Models", "Duration"), lambda c: fmt.duration(c.duration_s), align_right=True
        ),
        Column(QT_TRANSLATE_NOOP("Models", "Operator"), lambda c: c.operator_name),
        Column(QT_TRANSLATE_NOOP("Models", "Source"), lambda c: source_word(c.source)),
        Column(
            QT_TRANSLATE_NOOP("Models", "Notes"),
            lambda c: notes_text(c.notes, " · "),
            tooltip=lambda c: notes_text(c.notes),
        ),
    ]
    if compact:
        del columns[2]
    return JournalModel(columns, parent)


class JournalFilter(QSortFilterProxyModel):
    """Filters the loaded day in memory (no query per keystroke); reads the row objects, not the text."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.operator_id: int | None = None
        self.outcome: str | None = None
        self.words: list[str] = []
        self.digits = ""
        self.digit_forms: tuple[str, ...] = ()
        self._names: dict[str, str] = {}  # client name -> normalised, so typing does not redo it

    def set_filters(self, operator_id: int | None, outcome: str | None, text: str) -> None:
        self.beginFilterChange()
        self.operator_id, self.outcome = operator_id, outcome
        self.words = normalize(text).split()
        only_digits = "".join(ch for ch in text if ch.isdigit())
        self.digits = (
            only_digits if len(only_digits) >= 3 and len(only_digits) * 2 >= len(text.strip()) else ""
        )
        # Numbers are stored in E.164 (+7 701 ...); an operator types them as dialled here (8 701 ...).
        self.digit_forms = (
            (self.digits, "7" + self.digits[1:]) if self.digits.startswith("8") else (self.digits,)
        )
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        row = self.sourceModel().row_at(source_row)
        if row is None:
            return False
        if self.operator_id is not None and row.operator_id != self.operator_id:
            return False
        if self.outcome == OPEN_FILTER:
            if row.ended_at is not None:
                return False
        elif self.outcome is not None and row.outcome != self.outcome:
            return False
        if self.digits:
            return any(form in row.phone for form in self.digit_forms)
        if self.words:
            name = self._names.get(row.client_name)
            if name is None:
                name = self._names[row.client_name] = normalize(row.client_name)
            return all(w in name for w in self.words)
        return True


def summary_text(rows: list[journal.JournalRow], day: dt.date, today: dt.date) -> str:
    incoming = sum(1 for c in rows if c.direction == "in")
    orders = sum(1 for c in rows if c.outcome == journal.ORDER_TAKEN)
    still_open = sum(1 for c in rows if c.ended_at is None)
    durations = [c.duration_s for c in rows if c.duration_s is not None]
    head = QCoreApplication.translate("Journal", "Today") if day == today else day.strftime("%d.%m.%Y")
    text = QCoreApplication.translate("Journal", "%s: %d calls (%d in, %d out), %d orders taken") % (
        head,
        len(rows),
        incoming,
        len(rows) - incoming,
        orders,
    )
    if durations:
        text += ", " + QCoreApplication.translate("Journal", "average %s") % fmt.duration(
            round(sum(durations) / len(durations))
        )
    if still_open:
        text += ", " + QCoreApplication.translate("Journal", "%d open") % still_open
    return text


class JournalPanel(QWidget):
    """The journal tab: a day of calls (today by default), filters, a summary line."""

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.model = journal_model(self)
        self.proxy = JournalFilter(self)
        self.proxy.setSourceModel(self.model)
        self.summary = QLabel(self)
        self.summary.setObjectName("journalSummary")
        self.view = readonly_table(self.proxy, self, "journalView", stretch_column=8)
        self.view.horizontalHeader().setMaximumSectionSize(
            320
        )  # a 300-letter name: cut, whole in its tooltip
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)  # dense rows
        self.dayEdit = QDateEdit(QDate(clock.today()), self)
        self.dayEdit.setObjectName("journalDay")
        self.dayEdit.setCalendarPopup(True)
        self.dayEdit.setDisplayFormat("dd.MM.yyyy")
        self.dayEdit.setMaximumDate(QDate(clock.today()).addDays(1))
        self.today = clock.today  # the clock (tests move it past midnight)
        self._today = self.today()  # the day the window last knew as today (midnight moves it on)
        self.operatorCombo = QComboBox(self)
        self.operatorCombo.setObjectName("journalOperator")
        self.operatorCombo.addItem(self.tr("All operators"), None)
        self.outcomeCombo = QComboBox(self)
        self.outcomeCombo.setObjectName("journalOutcome")
        self.outcomeCombo.addItem(self.tr("All outcomes"), None)
        self.outcomeCombo.addItem(self.tr("Still open"), OPEN_FILTER)
        for code in journal.OUTCOMES:
            self.outcomeCombo.addItem(outcome_word(code), code)
        self.clientEdit = QLineEdit(self)
        self.clientEdit.setObjectName("journalClient")
        self.clientEdit.setPlaceholderText(self.tr("Client name or number"))
        self.clientEdit.setClearButtonEnabled(True)
        self.shownLabel = QLabel(self)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for caption, widget in (
            (self.tr("&Day:"), self.dayEdit),
            (self.tr("O&perator:"), self.operatorCombo),
            (self.tr("O&utcome:"), self.outcomeCombo),
            (self.tr("C&lient:"), self.clientEdit),
        ):
            text = QLabel(caption, self)
            text.setBuddy(widget)
            bar.addWidget(text)
            bar.addWidget(widget, 1 if widget is self.clientEdit else 0)
        bar.addWidget(self.shownLabel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.view)
        self.dayEdit.dateChanged.connect(lambda _d: self.refresh())
        self.operatorCombo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.outcomeCombo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(150)
        self._typing.timeout.connect(self.apply_filters)
        self.clientEdit.textChanged.connect(lambda _t: self._typing.start())
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        # The worker goes first when a window is torn down; its timer must not submit to it after.
        worker.destroyed.connect(self._timer.stop)
        self._ticket = 0
        self._operators_loaded = False

    def start(self) -> None:
        self.refresh()
        self._timer.start()

    @property
    def day(self) -> dt.date:
        return self.dayEdit.date().toPython()

    def show_day(self, day: dt.date) -> None:
        self.dayEdit.setDate(QDate(day.year, day.month, day.day))

    def refresh(self) -> None:
        """Reload the chosen day from the database on the worker (the filters stay)."""
        today = self.today()
        if today != self._today:  # midnight passed while the window was open
            followed_today = self.day == self._today
            self._today = today
            self.dayEdit.setMaximumDate(QDate(today.year, today.month, today.day).addDays(1))
            if followed_today:
                self.show_day(today)  # the journal goes on showing today; the date change reloads it
                return
        self._ticket += 1
        ticket = self._ticket
        start, end = clock.day_bounds(self.day)
        load_people = not self._operators_loaded

        def job():
            return followups.journal(start, end), followups.operators() if load_people else None

        self.worker.submit(job, lambda result: ticket == self._ticket and self._show(*result))

    def _show(self, calls: list[journal.JournalRow], people: list[tuple[int, str]] | None) -> None:
        if people is not None:
            self._operators_loaded = True
            chosen = self.operatorCombo.currentData()
            self.operatorCombo.blockSignals(True)
            for uid, name in people:
                self.operatorCombo.addItem(name, uid)
            if chosen is not None:
                self.operatorCombo.setCurrentIndex(max(0, self.operatorCombo.findData(chosen)))
            self.operatorCombo.blockSignals(False)
        reload_keeping_place(self.view, lambda: self.model.set_rows(calls), lambda c: c.id)
        self._update_summary()

    def apply_filters(self) -> None:
        self.proxy.set_filters(
            self.operatorCombo.currentData(), self.outcomeCombo.currentData(), self.clientEdit.text()
        )
        self._update_summary()

    def filter_by(self, operator_id: int | None = None, outcome: str | None = None, text: str = "") -> None:
        """Set the filters as the operator would (tests, and the card's "calls of this client")."""
        widgets = (self.operatorCombo, self.outcomeCombo, self.clientEdit)
        for widget in widgets:
            widget.blockSignals(True)
        self.operatorCombo.setCurrentIndex(max(0, self.operatorCombo.findData(operator_id)))
        self.outcomeCombo.setCurrentIndex(max(0, self.outcomeCombo.findData(outcome)))
        self.clientEdit.setText(text)
        for widget in widgets:
            widget.blockSignals(False)
        self.apply_filters()  # once, not once per widget

    def shown_rows(self) -> list[journal.JournalRow]:
        return [
            self.model.row_at(self.proxy.mapToSource(self.proxy.index(i, 0)).row())
            for i in range(self.proxy.rowCount())
        ]

    def _update_summary(self) -> None:
        rows = self.model.rows()
        shown = self.proxy.rowCount()
        filtered = shown != len(rows)
        subset = self.shown_rows() if filtered else rows
        self.summary.setText(summary_text(subset, self.day, self.today()))
        self.shownLabel.setText(self.tr("%d of %d shown") % (shown, len(rows)) if filtered else "")


class FoldWhileOrdering(QObject):
    """While an order is open the journal dock folds away (the order, the card and the suggestions take
    the screen's height at 1366x768); it comes back as it was when the order closes. F9 still shows or
    hides it at any time."""

    def __init__(self, dock, orders) -> None:
        super().__init__(dock)
        self.dock = dock
        self.was_shown: bool | None = None
        orders.opened.connect(self._order)

    def _order(self, view) -> None:
        if view is not None and self.was_shown is None:
            self.was_shown = self.dock.isVisible()
            self.dock.hide()
        elif view is None:
            self.unfold()

    def unfold(self) -> None:
        """The dock as it was before the order folded it."""
        if self.was_shown is not None:
            self.dock.setVisible(self.was_shown)
            self.was_shown = None
