"""The shift report (D25): a day or period, one operator or the whole desk, its figures, CSV/XLSX export."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from orderdesk_gui import clock
from orderdesk_gui.domain.entities import UserInfo
from orderdesk_gui.domain.journal import OUTCOMES, ShiftFigures, ShiftReport
from orderdesk_gui.domain.roles import Permission, has_permission
from orderdesk_gui.ui import formatting as fmt
from orderdesk_gui.ui import messages
from orderdesk_gui.ui.guarded import submit
from orderdesk_gui.ui.models import Column, RowsModel
from orderdesk_gui.ui.names import short_name
from orderdesk_gui.ui.views import setup_readonly
from orderdesk_gui.ui.words import outcome_word
from orderdesk_gui.ui.worker import DbWorker

FigureRow = tuple[str, list[str]]


def reason_label(reason: str) -> str:
    """A transfer reason in the operator's language, without design references ("(D4)")."""
    from orderdesk_gui.services.reports import plain_reason
    from orderdesk_gui.ui.client_card import reason_text

    return plain_reason(reason_text(reason))


def figure_rows(columns: list[ShiftFigures]) -> list[FigureRow]:
    """The report as rows of (figure, value per column): the desk and, for a head, each operator."""

    def row(label: str, value: Callable[[ShiftFigures], object]) -> FigureRow:
        return label, [str(value(f)) for f in columns]

    rows = [
        row(QCoreApplication.translate("Followups", "Calls in"), lambda f: f.calls_in),
        row(QCoreApplication.translate("Followups", "Calls out"), lambda f: f.calls_out),
    ]
    seen = [o for o in OUTCOMES if any(f.by_outcome.get(o) for f in columns)]
    seen += sorted({o for f in columns for o in f.by_outcome} - set(OUTCOMES))
    for outcome in seen:
        rows.append(row("   " + outcome_word(outcome), lambda f, o=outcome: f.by_outcome.get(o, 0)))
    rows += [
        row(QCoreApplication.translate("Followups", "Orders taken"), lambda f: f.orders_taken),
        row(QCoreApplication.translate("Followups", "Orders sum"), lambda f: fmt.money(f.orders_sum)),
        row(
            QCoreApplication.translate("Followups", "Average call time, min:s"),
            lambda f: fmt.duration(round(f.avg_call_s)),
        ),
        row(
            QCoreApplication.translate("Followups", "Transfers"),
            lambda f: sum(f.transfers_by_reason.values()),
        ),
    ]
    for reason in sorted({r for f in columns for r in f.transfers_by_reason}):
        rows.append(
            row(
                "   " + (reason_label(reason) or QCoreApplication.translate("Followups", "no reason given")),
                lambda f, r=reason: f.transfers_by_reason.get(r, 0),
            )
        )
    rows += [
        row(QCoreApplication.translate("Followups", "Callbacks done"), lambda f: f.callbacks_done),
        row(QCoreApplication.translate("Followups", "Callbacks missed"), lambda f: f.callbacks_missed),
        row(QCoreApplication.translate("Followups", "Sleeping clients called"), lambda f: f.sleeping_called),
        row(
            QCoreApplication.translate("Followups", "Sleeping clients reactivated"),
            lambda f: f.sleeping_reactivated,
        ),
        row(
            QCoreApplication.translate("Followups", "Complaints registered"),
            lambda f: f.complaints_registered,
        ),
    ]
    return rows


class ReportsDialog(QDialog):
    """Choose the period and the operator; the figures come from ``services.reports.shift_report``."""

    report_shown = Signal()
    exported = Signal(str)

    def __init__(
        self, worker: DbWorker, user: UserInfo, reactivation_days: int = 14, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.worker, self.user, self.reactivation_days = worker, user, reactivation_days
        self.head = has_permission(user.role, Permission.VIEW_REPORTS)
        self.report: ShiftReport | None = None
        self.setObjectName("ReportsDialog")
        self.setWindowTitle(self.tr("Shift report"))
        self.resize(900, 640)

        today = QDate(clock.today())
        self.start_edit = QDateEdit(today, self)
        self.end_edit = QDateEdit(today, self)
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        self.start_edit.setObjectName("startEdit")
        self.end_edit.setObjectName("endEdit")
        self.operator_combo = QComboBox(self)
        self.operator_combo.setObjectName("operatorCombo")
        if self.head:
            self.operator_combo.addItem(self.tr("the whole desk, by operator"), None)
        else:
            self.operator_combo.addItem(user.full_name, user.id)
            self.operator_combo.setEnabled(False)  # an operator sees only their own figures
        self.day_button = QPushButton(self.tr("Today"), self)
        self.week_button = QPushButton(self.tr("This week"), self)
        self.month_button = QPushButton(self.tr("This month"), self)
        self.show_button = QPushButton(self.tr("&Show"), self)
        self.show_button.setDefault(True)
        self.day_button.clicked.connect(lambda: self._period(0))
        self.week_button.clicked.connect(lambda: self._period(1))
        self.month_button.clicked.connect(lambda: self._period(2))
        self.show_button.clicked.connect(lambda: self.run())
        for button in (self.day_button, self.week_button, self.month_button):
            button.setAutoDefault(False)

        self.title = QLabel(self)
        self.title.setObjectName("reportTitle")
        self.title.setWordWrap(True)
        self.model: RowsModel[FigureRow] = RowsModel([], self)
        self.view = QTableView(self)
        self.view.setObjectName("reportView")
        self.view.setModel(self.model)
        setup_readonly(self.view, stretch_column=None)
        self.hours = QLabel(self)
        self.hours.setObjectName("reportHours")
        self.hours.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("reportStatus")
        self.status.setWordWrap(True)
        self.csv_button = QPushButton(self.tr("Export &CSV…"), self)
        self.xlsx_button = QPushButton(self.tr("Export &XLSX…"), self)
        for button in (self.csv_button, self.xlsx_button):
            button.setAutoDefault(False)
            button.setEnabled(False)
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))

        choose = QHBoxLayout()
        choose.addWidget(QLabel(self.tr("From"), self))
        choose.addWidget(self.start_edit)
        choose.addWidget(QLabel(self.tr("to"), self))
        choose.addWidget(self.end_edit)
        choose.addWidget(self.day_button)
        choose.addWidget(self.week_button)
        choose.addWidget(self.month_button)
        choose.addSpacing(12)
        choose.addWidget(QLabel(self.tr("Operator"), self))
        choose.addWidget(self.operator_combo, 1)
        choose.addWidget(self.show_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.csv_button)
        bottom.addWidget(self.xlsx_button)
        bottom.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hours)
        layout.addWidget(self.status)
        layout.addLayout(bottom)
        if self.head:
            self._load_operators()

    def _load_operators(self) -> None:
        from orderdesk_gui.db import followups

        def show(rows: list[tuple[int, str]]) -> None:
            for user_id, name in rows:
                self.operator_combo.addItem(name, user_id)

        submit(self.worker, self, followups.operators, show, self._error)

    def _period(self, kind: int) -> None:
        today = clock.today()
        start = today
        if kind == 1:
            start = today - dt.timedelta(days=today.weekday())
        elif kind == 2:
            start = today.replace(day=1)
        self.start_edit.setDate(QDate(start))
        self.end_edit.setDate(QDate(today))
        self.run()

    def set_period(self, start: dt.date, end: dt.date) -> None:
        self.start_edit.setDate(QDate(start))
        self.end_edit.setDate(QDate(end))

    # -- the report -------------------------------------------------------------------------
    def run(self) -> None:
        from orderdesk_gui.services import reports

        start, end = self.start_edit.date().toPython(), self.end_edit.date().toPython()
        if end < start:
            self.status.setText(self.tr("The period ends before it starts."))
            return
        user, operator_id, days = self.user, self.operator_combo.currentData(), self.reactivation_days
        self.status.setText(self.tr("Counting…"))
        self.show_button.setEnabled(False)

        def failed(error: BaseException) -> None:
            self.show_button.setEnabled(True)
            self._error(error)

        submit(
            self.worker,
            self,
            lambda: reports.shift_report(user, start, end, operator_id=operator_id, reactivation_days=days),
            self._show,
            failed,
        )

    def _show(self, report: ShiftReport) -> None:
        self.report = report
        self.show_button.setEnabled(True)
        columns = [report.total] + [figures for _name, figures in report.per_operator]
        names = [self.tr("Total")] + [short_name(name) for name, _f in report.per_operator]
        specs: list[Column[FigureRow]] = [Column(QT_TRANSLATE_NOOP("Models", "Figure"), lambda r: r[0])]
        for i, name in enumerate(names):
            specs.append(Column(name, lambda r, i=i: r[1][i], align_right=True))
        self.model = RowsModel(specs, self)
        self.model.set_rows(figure_rows(columns))
        self.view.setModel(self.model)
        period = (
            report.start.strftime("%d.%m.%Y")
            if report.start == report.end
            else f"{report.start:%d.%m.%Y} – {report.end:%d.%m.%Y}"
        )
        who = report.operator_name or self.tr("the whole desk")
        self.title.setText(self.tr("Shift report for %s: %s") % (period, who))
        busy = [f"{hour:02d}:00 {calls}" for hour, calls in report.calls_by_hour if calls]
        self.hours.setText(self.tr("Calls by hour: %s") % (", ".join(busy) or "—"))
        self.status.clear()
        self.csv_button.setEnabled(True)
        self.xlsx_button.setEnabled(True)
        self.report_shown.emit()

    def figure(self, label: str, column: int = 0) -> str:
        """The shown value of a figure (used by tests and the integrator's checks)."""
        for name, values in self.model.rows():
            if name.strip() == label:
                return values[column]
        raise KeyError(label)

    # -- export --------------------------------------------------------------------------------
    def export_labels(self) -> dict[str, str]:
        """The exported file's headings in the operator's language, the same words as on screen."""
        labels = {
            "calls_in": QCoreApplication.translate("Followups", "Calls in"),
            "calls_out": QCoreApplication.translate("Followups", "Calls out"),
            "orders_taken": QCoreApplication.translate("Followups", "Orders taken"),
            "orders_sum": QCoreApplication.translate("Followups", "Orders sum"),
            "avg_call_s": QCoreApplication.translate("ReportsDialog", "Average call, seconds"),
            "callbacks_done": QCoreApplication.translate("Followups", "Callbacks done"),
            "callbacks_missed": QCoreApplication.translate("Followups", "Callbacks missed"),
            "sleeping_called": QCoreApplication.translate("Followups", "Sleeping clients called"),
            "sleeping_reactivated": QCoreApplication.translate("Followups", "Sleeping clients reactivated"),
            "complaints_registered": QCoreApplication.translate("Followups", "Complaints registered"),
            "outcome": QCoreApplication.translate("Models", "Outcome"),
            "transfer": QCoreApplication.translate("Followups", "Transfers"),
            "figure": QCoreApplication.translate("Models", "Figure"),
            "total": QCoreApplication.translate("ReportsDialog", "Total"),
            "hour": QCoreApplication.translate("ReportsDialog", "Hour"),
            "calls": QCoreApplication.translate("ReportsDialog", "Calls"),
            "period": QCoreApplication.translate("ReportsDialog", "Period"),
            "operator": QCoreApplication.translate("Models", "Operator"),
            "desk": QCoreApplication.translate("ReportsDialog", "the whole desk"),
        }
        labels.update({code: outcome_word(code) for code in OUTCOMES})
        if self.report is not None:
            figures = [self.report.total] + [f for _name, f in self.report.per_operator]
            for reason in {r for f in figures for r in f.transfers_by_reason}:
                labels["reason:" + reason] = reason_label(reason)
        return labels

    def export(self, kind: str, path: str | None = None) -> None:
        """Write the shown report as CSV or XLSX; asks for the file unless ``path`` is given."""
        from orderdesk_gui.services import reports

        if self.report is None:
            return
        if path is None:
            suggested = f"shift-report-{self.report.start:%Y-%m-%d}.{kind}"
            filters = self.tr("CSV files (*.csv)") if kind == "csv" else self.tr("Excel workbooks (*.xlsx)")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the report"), suggested, filters)
            if not path:
                return
        if not path.lower().endswith("." + kind):
            path += "." + kind
        report, target = self.report, Path(path)
        writer = reports.export_csv if kind == "csv" else reports.export_xlsx

        def done(_r) -> None:
            self.status.setText(self.tr("Saved to %s") % target)
            self.exported.emit(str(target))

        labels = self.export_labels()
        submit(self.worker, self, lambda: writer(report, target, labels), done, self._error)

    def _error(self, error: BaseException) -> None:
        self.status.setText(messages.text(error))
