"""Desk reports for the contact-centre manager (Ctrl+Alt+R; heads: their department, finance and
administrators: everyone): for a day, week, month, the last twelve months or any period, by operator and
for the whole desk, with charts (QtCharts), exported to Excel and PDF.

Tabs (Alt+1 … Alt+6, or Ctrl+Tab): operators' figures; calls in and out by hour of the day; calls and
orders by day; calls by outcome and transfers by reason; callbacks and complaints; operator hours (signed
in, on calls, away) by month or day. Every change of the period or operator counts again (F5 too)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMargins, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from orderdesk_gui import clock
from orderdesk_gui.domain.entities import UserInfo
from orderdesk_gui.printing.report_desk import CALLBACK_KEYS, DURATIONS, OPERATOR_COLUMNS, duration
from orderdesk_gui.services import report_desk
from orderdesk_gui.ui import formatting as fmt
from orderdesk_gui.ui import messages
from orderdesk_gui.ui.forms.ui_desk_report_window import Ui_DeskReportWindow
from orderdesk_gui.ui.models import Column, RowsModel
from orderdesk_gui.ui.operations import Operations
from orderdesk_gui.ui.views import setup_readonly
from orderdesk_gui.ui.words import CATEGORY_WORDS, outcome_word, words

CONTEXT = "DeskReport"
# the figures' names, translated where shown, also the exports' headings (printing/report_desk.LABELS keys)
WORDS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("DeskReport", "Desk report"),
    "period": QT_TRANSLATE_NOOP("DeskReport", "Period"),
    "desk": QT_TRANSLATE_NOOP("DeskReport", "Whole desk"),
    "figure": QT_TRANSLATE_NOOP("DeskReport", "Figure"),
    "value": QT_TRANSLATE_NOOP("DeskReport", "Value"),
    "operator": QT_TRANSLATE_NOOP("DeskReport", "Operator"),
    "operators": QT_TRANSLATE_NOOP("DeskReport", "Operators"),
    "calls_in": QT_TRANSLATE_NOOP("DeskReport", "Calls in"),
    "calls_out": QT_TRANSLATE_NOOP("DeskReport", "Calls out"),
    "talk_s": QT_TRANSLATE_NOOP("DeskReport", "Talk time"),
    "talk_avg_s": QT_TRANSLATE_NOOP("DeskReport", "Average call"),
    "orders": QT_TRANSLATE_NOOP("DeskReport", "Orders"),
    "orders_sum": QT_TRANSLATE_NOOP("DeskReport", "Orders sum"),
    "offers_made": QT_TRANSLATE_NOOP("DeskReport", "Offers made"),
    "offers_accepted": QT_TRANSLATE_NOOP("DeskReport", "Offers accepted"),
    "offers_added": QT_TRANSLATE_NOOP("DeskReport", "Added by offers"),
    "transfers": QT_TRANSLATE_NOOP("DeskReport", "Transfers"),
    "callback_calls": QT_TRANSLATE_NOOP("DeskReport", "Callback calls"),
    "callbacks_reached": QT_TRANSLATE_NOOP("DeskReport", "Callbacks reached"),
    "gate_blocked": QT_TRANSLATE_NOOP("DeskReport", "Stopped at the debt gate"),
    "overrides": QT_TRANSLATE_NOOP("DeskReport", "Overrides"),
    "sleeping_called": QT_TRANSLATE_NOOP("DeskReport", "Sleeping clients called"),
    "sleeping_reactivated": QT_TRANSLATE_NOOP("DeskReport", "Reactivated"),
    "task_calls_done": QT_TRANSLATE_NOOP("DeskReport", "Task calls done"),
    "complaints_filed": QT_TRANSLATE_NOOP("DeskReport", "Complaints filed"),
    "signed_in_s": QT_TRANSLATE_NOOP("DeskReport", "Signed in"),
    "on_calls_s": QT_TRANSLATE_NOOP("DeskReport", "On calls"),
    "away_s": QT_TRANSLATE_NOOP("DeskReport", "Away"),
    "hour": QT_TRANSLATE_NOOP("DeskReport", "Hour"),
    "day": QT_TRANSLATE_NOOP("DeskReport", "Day"),
    "month": QT_TRANSLATE_NOOP("DeskReport", "Month"),
    "calls": QT_TRANSLATE_NOOP("DeskReport", "Calls"),
    "outcome": QT_TRANSLATE_NOOP("DeskReport", "Outcome"),
    "reason": QT_TRANSLATE_NOOP("DeskReport", "Reason"),
    "by_hour": QT_TRANSLATE_NOOP("DeskReport", "Calls by hour"),
    "by_day": QT_TRANSLATE_NOOP("DeskReport", "By day"),
    "outcomes": QT_TRANSLATE_NOOP("DeskReport", "Calls by outcome"),
    "transfers_by_reason": QT_TRANSLATE_NOOP("DeskReport", "Transfers by reason"),
    "callbacks": QT_TRANSLATE_NOOP("DeskReport", "Callback requests"),
    "requested": QT_TRANSLATE_NOOP("DeskReport", "Requested"),
    "answered": QT_TRANSLATE_NOOP("DeskReport", "Answered"),
    "answered_late": QT_TRANSLATE_NOOP("DeskReport", "of them after their window"),
    "escalated": QT_TRANSLATE_NOOP("DeskReport", "Passed to a head"),
    "open": QT_TRANSLATE_NOOP("DeskReport", "Still open"),
    "cancelled": QT_TRANSLATE_NOOP("DeskReport", "Cancelled"),
    "complaints": QT_TRANSLATE_NOOP("DeskReport", "Complaints by category"),
    "category": QT_TRANSLATE_NOOP("DeskReport", "Category"),
    "filed": QT_TRANSLATE_NOOP("DeskReport", "Filed"),
    "resolved": QT_TRANSLATE_NOOP("DeskReport", "Resolved"),
    "resolve_avg_h": QT_TRANSLATE_NOOP("DeskReport", "Hours to resolve, average"),
    "hours_by_day": QT_TRANSLATE_NOOP("DeskReport", "Operator hours by day"),
    "hours_by_month": QT_TRANSLATE_NOOP("DeskReport", "Operator hours by month"),
    "none": QT_TRANSLATE_NOOP("DeskReport", "(none)"),
    "hours_note": QT_TRANSLATE_NOOP("DeskReport", "Durations in hours"),
}
PERIODS = (
    ("today", QT_TRANSLATE_NOOP("DeskReport", "today")),
    ("week", QT_TRANSLATE_NOOP("DeskReport", "this week")),
    ("month", QT_TRANSLATE_NOOP("DeskReport", "this month")),
    ("last_month", QT_TRANSLATE_NOOP("DeskReport", "last month")),
    ("year", QT_TRANSLATE_NOOP("DeskReport", "the last 12 months")),
    ("any", QT_TRANSLATE_NOOP("DeskReport", "any period")),
)
IN_COLOUR, OUT_COLOUR, ORDERS_COLOUR = QColor("#2e7d32"), QColor("#1565c0"), QColor("#ef6c00")


def word(key: str) -> str:
    return QCoreApplication.translate(CONTEXT, WORDS[key])


def period_of(kind: str, today: dt.date) -> tuple[dt.date, dt.date] | None:
    """The office days of a named period ending today (None: ``any``, the dates stay as typed)."""
    if kind == "today":
        return today, today
    if kind == "week":
        return today - dt.timedelta(days=today.weekday()), today
    if kind == "month":
        return today.replace(day=1), today
    if kind == "last_month":
        last = today.replace(day=1) - dt.timedelta(days=1)
        return last.replace(day=1), last
    if kind == "year":
        first = today.replace(day=1)
        return first.replace(year=first.year - 1), today
    return None


def shown(row, key: str) -> str:
    value = getattr(row, key)
    if key == "talk_avg_s":
        return fmt.duration(value)  # minutes and seconds
    if key in DURATIONS:
        return duration(value)
    if key in ("orders_sum", "offers_added", "overrides_sum"):
        return fmt.money(value)
    return fmt.count(value)


def _chart_view(parent: QWidget) -> QChartView:
    view = QChartView(parent)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return view


def fresh_chart(view: QChartView, title: str) -> QChart:
    """A new chart on ``view`` (the old one deleted with its series and axes: none of its labels linger)."""
    old = view.chart()
    chart = QChart()
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
    chart.setTitle(title)
    view.setChart(chart)
    if old is not None:
        old.deleteLater()
    return chart


class DeskReportWindow(QDialog):
    shown_report = Signal()
    exported = Signal(str)

    def __init__(self, ops: Operations, user: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DeskReportWindow()
        self.ui.setupUi(self)
        self.ops, self.user = ops, user
        self.report: report_desk.DeskReport | None = None
        self._loading = self._again = self._setting = False
        ui = self.ui
        for code, text in PERIODS:
            ui.periodCombo.addItem(QCoreApplication.translate(CONTEXT, text), code)
        for edit in (ui.fromEdit, ui.toEdit):
            edit.setDisplayFormat("dd.MM.yyyy")
        ui.operatorCombo.addItem(self.tr("the whole desk, by operator"), None)
        self.operators = RowsModel(
            [Column(word("operator"), lambda r: r.name or word("desk"))]
            + [Column(word(k), lambda r, k=k: shown(r, k), align_right=True) for k in OPERATOR_COLUMNS],
            self,
        )
        ui.operatorsView.setModel(self.operators)
        setup_readonly(ui.operatorsView, stretch_column=None)
        self.outcomes = RowsModel(
            [Column(word("outcome"), lambda r: r[0]), Column(word("calls"), lambda r: fmt.count(r[1]), True)],
            self,
        )
        ui.outcomesView.setModel(self.outcomes)
        setup_readonly(ui.outcomesView, stretch_column=0)
        self.outcome_view = _chart_view(self)
        ui.outcomesLayout.addWidget(self.outcome_view, 2)
        self.callbacks = RowsModel(
            [Column(word("figure"), lambda r: r[0]), Column(word("value"), lambda r: fmt.count(r[1]), True)],
            self,
        )
        ui.callbacksView.setModel(self.callbacks)
        setup_readonly(ui.callbacksView, stretch_column=0)
        self.complaints = RowsModel(
            [
                Column(
                    word("category"),
                    lambda r: words(CATEGORY_WORDS, r.category) if r.category else word("none"),
                ),
                Column(word("filed"), lambda r: fmt.count(r.filed), True),
                Column(word("resolved"), lambda r: fmt.count(r.resolved), True),
                Column(
                    word("resolve_avg_h"),
                    lambda r: "" if r.resolve_avg_h is None else f"{r.resolve_avg_h:.1f}",
                    True,
                ),
            ],
            self,
        )
        ui.complaintsView.setModel(self.complaints)
        setup_readonly(ui.complaintsView, stretch_column=0)
        self.work = RowsModel(
            [
                Column(word("period"), lambda r: self._work_day(r.day)),
                Column(word("operator"), lambda r: self._name(r.operator_id)),
                Column(word("signed_in_s"), lambda r: duration(r.signed_in_s), True),
                Column(word("on_calls_s"), lambda r: duration(r.on_calls_s), True),
                Column(word("away_s"), lambda r: duration(r.away_s), True),
            ],
            self,
        )
        ui.workView.setModel(self.work)
        setup_readonly(ui.workView, stretch_column=1)
        self.hour_view, self.day_view, self.work_view = (
            _chart_view(self),
            _chart_view(self),
            _chart_view(self),
        )
        ui.hoursLayout.addWidget(self.hour_view)
        ui.daysLayout.addWidget(self.day_view)
        ui.workLayout.addWidget(self.work_view, 1)
        for i in range(ui.tabs.count()):
            QShortcut(QKeySequence(f"Alt+{i + 1}"), self, lambda i=i: ui.tabs.setCurrentIndex(i))
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.reload)
        self.debounce = QTimer(self, singleShot=True, interval=250)
        self.debounce.timeout.connect(self.reload)
        ui.periodCombo.currentIndexChanged.connect(self._period_chosen)
        for signal in (ui.fromEdit.dateChanged, ui.toEdit.dateChanged, ui.operatorCombo.currentIndexChanged):
            signal.connect(self._typed)
        ui.byDayCheck.toggled.connect(lambda _on: self._show_work())
        ui.exportButton.clicked.connect(lambda: self.export("xlsx"))
        ui.pdfButton.clicked.connect(lambda: self.export("pdf"))
        ui.buttons.rejected.connect(self.reject)
        for button in (ui.exportButton, ui.pdfButton):
            button.setAutoDefault(False)
            button.setEnabled(False)
        ops.run(self, lambda: report_desk.people(user), self._people)
        ui.periodCombo.setCurrentIndex(2)  # this month
        self._period_chosen()
        ui.periodCombo.setFocus()

    # -- choosing ------------------------------------------------------------------------------
    def _people(self, people: list[tuple[int, str]]) -> None:
        for user_id, name in people:
            self.ui.operatorCombo.addItem(name, user_id)

    def _period_chosen(self) -> None:
        dates = period_of(self.ui.periodCombo.currentData(), clock.today())
        if dates is not None:
            self._setting = True
            self.ui.fromEdit.setDate(fmt.qdate(dates[0]))
            self.ui.toEdit.setDate(fmt.qdate(dates[1]))
            self._setting = False
        self.debounce.start()

    def _typed(self) -> None:
        if not self._setting and self.sender() in (self.ui.fromEdit, self.ui.toEdit):
            self.ui.periodCombo.blockSignals(True)
            self.ui.periodCombo.setCurrentIndex(len(PERIODS) - 1)  # any period
            self.ui.periodCombo.blockSignals(False)
        self.debounce.start()

    def period(self) -> tuple[dt.date, dt.date]:
        return self.ui.fromEdit.date().toPython(), self.ui.toEdit.date().toPython()

    def reload(self) -> None:
        if self._loading:
            self._again = True
            return
        start, end = self.period()
        user, operator_id = self.user, self.ui.operatorCombo.currentData()
        self._loading = True
        self.ui.summaryLabel.setStyleSheet("")
        self.ui.summaryLabel.setText(self.tr("Counting…"))
        self.ops.run(
            self, lambda: report_desk.desk_report(user, start, end, operator_id), self._show, self._failed
        )

    def _failed(self, error: BaseException) -> None:
        self._loading = self._again = False
        self.ui.summaryLabel.setStyleSheet("color: #b00020; font-weight: bold;")
        self.ui.summaryLabel.setText(messages.text(error))

    # -- showing -------------------------------------------------------------------------------
    def _name(self, operator_id: int) -> str:
        names = {r.operator_id: r.name for r in self.report.operators} if self.report else {}
        return names.get(operator_id, str(operator_id))

    def _work_day(self, day: dt.date) -> str:
        return fmt.day_month(day, year=True) if self.ui.byDayCheck.isChecked() else f"{day:%m.%Y}"

    def _show(self, report: report_desk.DeskReport) -> None:
        self._loading = False
        self.report = report
        self.operators.set_rows([*report.operators, report.total])
        outcomes = [(outcome_word(k) if k else word("none"), v) for k, v in sorted(report.by_outcome.items())]
        transfers = [
            (f"→ {k or word('none')}", v)
            for k, v in sorted(report.transfers_by_reason.items(), key=lambda kv: -kv[1])
        ]
        self.outcomes.set_rows(outcomes + transfers)
        self.callbacks.set_rows([(word(k), report.callbacks.get(k, 0)) for k in CALLBACK_KEYS])
        self.complaints.set_rows(report.complaints)
        self._hour_chart(report)
        self._day_chart(report)
        self._outcome_chart(outcomes)
        self._show_work()
        t = report.total
        period = fmt.day_month(report.start, year=True)
        if report.end != report.start:
            period += " – " + fmt.day_month(report.end, year=True)
        self.setWindowTitle(f"{word('title')}: {period}")
        self.ui.summaryLabel.setText(
            self.tr("%s: calls in %s, out %s; orders %s for %s; offers accepted %s of %s")
            % (
                period,
                fmt.count(t.calls_in),
                fmt.count(t.calls_out),
                fmt.count(t.orders),
                fmt.money(t.orders_sum),
                fmt.count(t.offers_accepted),
                fmt.count(t.offers_made),
            )
        )
        for button in (self.ui.exportButton, self.ui.pdfButton):
            button.setEnabled(True)
        self.shown_report.emit()
        if self._again:
            self._again = False
            self.reload()

    def _show_work(self) -> None:
        if self.report is None:
            return
        by_day = self.ui.byDayCheck.isChecked()
        self.work.set_rows(self.report.hours_by_day if by_day else self.report.hours_by_month)
        chart = fresh_chart(self.work_view, word("hours_by_day" if by_day else "hours_by_month"))
        people = [r for r in self.report.operators if r.signed_in_s or r.on_calls_s]
        series = QHorizontalBarSeries()
        for key, colour in (
            ("signed_in_s", IN_COLOUR),
            ("on_calls_s", OUT_COLOUR),
            ("away_s", ORDERS_COLOUR),
        ):
            bars = QBarSet(word(key))
            bars.setColor(colour)
            bars.append([round(getattr(r, key) / 3600, 1) for r in people])
            series.append(bars)
        chart.addSeries(series)
        names = QBarCategoryAxis()
        names.append([r.name for r in people])
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(names)
        hours = QValueAxis()
        hours.setLabelFormat("%.0f")
        hours.setTitleText(self.tr("hours"))
        chart.addAxis(hours, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(hours)

    def _bars(
        self, chart: QChart, categories: list[str], sets: list[tuple[str, QColor, list[float]]]
    ) -> None:
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        series = QBarSeries()
        for name, colour, values in sets:
            bars = QBarSet(name)
            bars.setColor(colour)
            bars.append(values)
            series.append(bars)
        chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append(categories)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(x)
        y = QValueAxis()
        y.setLabelFormat("%.0f")
        y.setMin(0)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(y)

    def _hour_chart(self, report: report_desk.DeskReport) -> None:
        busy = [h for h in report.by_hour if h[1] or h[2]] or list(report.by_hour[8:19])
        self._bars(
            fresh_chart(self.hour_view, word("by_hour")),
            [f"{h[0]:02d}" for h in busy],
            [
                (word("calls_in"), IN_COLOUR, [h[1] for h in busy]),
                (word("calls_out"), OUT_COLOUR, [h[2] for h in busy]),
            ],
        )

    def _day_chart(self, report: report_desk.DeskReport) -> None:
        """Calls in and orders per day (per month beyond two months), as lines."""
        monthly = (report.end - report.start).days > 62
        buckets: dict[dt.date, list[int]] = {}
        for day, calls_in, calls_out, orders, _sum in report.by_day:
            key = day.replace(day=1) if monthly else day
            row = buckets.setdefault(key, [0, 0])
            row[0] += calls_in + calls_out
            row[1] += orders
        keys = sorted(buckets)
        labels = [f"{k:%m.%Y}" if monthly else f"{k:%d.%m}" for k in keys]
        chart = fresh_chart(self.day_view, word("month") if monthly else word("by_day"))
        self._bars(
            chart,
            labels,
            [
                (word("calls"), IN_COLOUR, [buckets[k][0] for k in keys]),
                (word("orders"), ORDERS_COLOUR, [buckets[k][1] for k in keys]),
            ],
        )

    def _outcome_chart(self, outcomes: list[tuple[str, int]]) -> None:
        chart = fresh_chart(self.outcome_view, word("outcomes"))
        series = QHorizontalBarSeries()
        bars = QBarSet(word("calls"))
        bars.setColor(OUT_COLOUR)
        bars.append([v for _k, v in outcomes])
        series.append(bars)
        chart.addSeries(series)
        names = QBarCategoryAxis()
        names.append([k for k, _v in outcomes])
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(names)
        x = QValueAxis()
        x.setLabelFormat("%.0f")
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(x)
        chart.legend().hide()

    # -- export ---------------------------------------------------------------------------------
    def labels(self) -> dict[str, str]:
        return {key: word(key) for key in WORDS}

    def export(self, kind: str, path: str | None = None) -> None:
        """Save the shown report as an Excel workbook or a PDF; asks for the file unless ``path`` is given."""
        if self.report is None:
            return
        report = self.report
        if path is None:
            suggested = f"desk-report-{report.start:%Y-%m-%d}-{report.end:%Y-%m-%d}.{kind}"
            filters = self.tr("Excel workbooks (*.xlsx)") if kind == "xlsx" else self.tr("PDF files (*.pdf)")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report"), suggested, filters)
            if not path:
                return
        if not path.lower().endswith("." + kind):
            path += "." + kind
        target, labels = Path(path), self.labels()
        said = {k: outcome_word(k) for k in report.by_outcome if k}
        said |= {c.category: words(CATEGORY_WORDS, c.category) for c in report.complaints if c.category}
        lang = messages.language()

        def write() -> None:
            if kind == "xlsx":
                from orderdesk_gui.services import report_export

                report_export.export_xlsx(report, target, labels, words=said)
            else:
                from orderdesk_gui.printing.report_desk import report_pdf

                report_pdf(
                    report, target, labels=labels, words=said,
                    money=lambda d: fmt.money(d, lang), day=lambda d: fmt.day_month(d, lang, year=True),
                )  # fmt: skip

        def done(_r) -> None:
            self.ui.summaryLabel.setText(self.tr("Saved to %s") % target)
            self.exported.emit(str(target))

        self.ops.run(self, write, done, self._failed)
