"""The desk report (services/report_desk.py) as a PDF with reportlab, in the DejaVu family every document
uses (printing/fonts.py), on landscape A4: the desk's totals, a line per operator, calls by hour with a
bar chart, by day, outcomes, transfers, callbacks, complaints and operator hours.

Labels are English here; the UI passes translated ones (the same keys serve the XLSX export)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from decimal import Decimal
from pathlib import Path

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from orderdesk_gui.printing import fonts

# the operators' table: (attribute of OperatorFigures, label key), in the order printed and exported
OPERATOR_COLUMNS: tuple[str, ...] = (
    "calls_in",
    "calls_out",
    "talk_s",
    "talk_avg_s",
    "orders",
    "orders_sum",
    "offers_made",
    "offers_accepted",
    "offers_added",
    "transfers",
    "callback_calls",
    "callbacks_reached",
    "gate_blocked",
    "overrides",
    "sleeping_called",
    "sleeping_reactivated",
    "task_calls_done",
    "complaints_filed",
    "signed_in_s",
    "on_calls_s",
    "away_s",
)
DURATIONS = frozenset({"talk_s", "talk_avg_s", "signed_in_s", "on_calls_s", "away_s"})
CALLBACK_KEYS = ("requested", "answered", "answered_late", "escalated", "open", "cancelled")
DAYS_IN_FULL = 62  # a longer period prints its hours by month only (the XLSX keeps every day)

LABELS: dict[str, str] = {
    "title": "Desk report",
    "period": "Period",
    "desk": "Whole desk",
    "figure": "Figure",
    "value": "Value",
    "operator": "Operator",
    "calls_in": "Calls in",
    "calls_out": "Calls out",
    "talk_s": "Talk time",
    "talk_avg_s": "Average call",
    "orders": "Orders",
    "orders_sum": "Orders sum",
    "offers_made": "Offers made",
    "offers_accepted": "Offers accepted",
    "offers_added": "Added by offers",
    "transfers": "Transfers",
    "callback_calls": "Callback calls",
    "callbacks_reached": "Callbacks reached",
    "gate_blocked": "Stopped at the debt gate",
    "overrides": "Overrides",
    "sleeping_called": "Sleeping clients called",
    "sleeping_reactivated": "Reactivated",
    "task_calls_done": "Task calls done",
    "complaints_filed": "Complaints filed",
    "signed_in_s": "Signed in",
    "on_calls_s": "On calls",
    "away_s": "Away",
    "hour": "Hour",
    "day": "Day",
    "month": "Month",
    "calls": "Calls",
    "outcome": "Outcome",
    "reason": "Reason",
    "by_hour": "Calls by hour",
    "by_day": "By day",
    "outcomes": "Calls by outcome",
    "transfers_by_reason": "Transfers by reason",
    "callbacks": "Callback requests",
    "requested": "Requested",
    "answered": "Answered",
    "answered_late": "of them after their window",
    "escalated": "Passed to a head",
    "open": "Still open",
    "cancelled": "Cancelled",
    "complaints": "Complaints by category",
    "category": "Category",
    "filed": "Filed",
    "resolved": "Resolved",
    "resolve_avg_h": "Hours to resolve, average",
    "hours_by_day": "Operator hours by day",
    "hours_by_month": "Operator hours by month",
    "none": "(none)",
}


def duration(seconds: int) -> str:
    """``h:mm`` (hours may pass 24: a month's hours)."""
    seconds = int(seconds or 0)
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}"


def figure(report_row, key: str, money: Callable[[Decimal], str] = str) -> str:
    value = getattr(report_row, key)
    if key == "talk_avg_s":
        return f"{int(value) // 60}:{int(value) % 60:02d}"  # minutes and seconds
    if key in DURATIONS:
        return duration(value)
    if isinstance(value, Decimal):
        return money(value)
    return str(value)


def _table(rows: list[list], header_rows: int = 1, widths=None, size: float = 8) -> Table:
    cells = [[c if isinstance(c, Paragraph) else str(c) for c in row] for row in rows]
    table = Table(cells, hAlign="LEFT", colWidths=widths, repeatRows=header_rows)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                ("FONTNAME", (0, 0), (-1, header_rows - 1), fonts.BOLD),
                ("FONTSIZE", (0, 0), (-1, -1), size),
                ("LEADING", (0, 0), (-1, -1), size + 2),
                ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#eeeeee")),
            ]
        )
    )
    return table


def _hour_chart(by_hour: list[tuple[int, int, int]], labels: Mapping[str, str]) -> Drawing:
    """Calls in and out by hour of the day, the hours that had calls."""
    hours = [h for h in by_hour if h[1] or h[2]] or list(by_hour[8:19])
    drawing = Drawing(250 * mm, 55 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 12 * mm, 8 * mm, 230 * mm, 42 * mm
    chart.data = [[h[1] for h in hours], [h[2] for h in hours]]
    chart.categoryAxis.categoryNames = [f"{h[0]:02d}" for h in hours]
    chart.categoryAxis.labels.fontName = fonts.REGULAR
    chart.valueAxis.labels.fontName = fonts.REGULAR
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = colors.HexColor("#2e7d32")
    chart.bars[1].fillColor = colors.HexColor("#1565c0")
    drawing.add(chart)
    legend = Legend()
    legend.fontName = fonts.REGULAR
    legend.x, legend.y = 200 * mm, 54 * mm
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.colorNamePairs = [
        (colors.HexColor("#2e7d32"), labels["calls_in"]),
        (colors.HexColor("#1565c0"), labels["calls_out"]),
    ]
    drawing.add(legend)
    return drawing


def report_pdf(
    report,  # services.report_desk.DeskReport (printing does not import services)
    path: str | Path,
    title: str | None = None,
    labels: Mapping[str, str] | None = None,
    operator_names: Mapping[int, str] | None = None,
    words: Mapping[str, str] | None = None,
    money: Callable[[Decimal], str] = lambda d: f"{d:,.2f}".replace(",", " "),
    day: Callable[[dt.date], str] = lambda d: d.strftime("%d.%m.%Y"),
) -> None:
    """``words``: the UI's texts for stored codes (outcomes); ``money``, ``day``: the locale's formats."""
    fonts.register()
    lab = {**LABELS, **(labels or {})}
    names = {r.operator_id: r.name for r in report.operators} | dict(operator_names or {})
    said = dict(words or {})
    heading = ParagraphStyle("h", fontName=fonts.BOLD, fontSize=13, leading=16)
    section = ParagraphStyle("s", fontName=fonts.BOLD, fontSize=10, leading=13, spaceBefore=6)
    plain = ParagraphStyle("p", fontName=fonts.REGULAR, fontSize=9, leading=12)
    cell = ParagraphStyle("c", fontName=fonts.BOLD, fontSize=6.5, leading=7.5)
    story: list = [
        Paragraph(title or lab["title"], heading),
        Paragraph(f"{lab['period']}: {day(report.start)} – {day(report.end)}", plain),
        Spacer(0, 4),
    ]

    def name(row) -> str:
        return names.get(row.operator_id, row.name) or str(row.operator_id)

    name_style = ParagraphStyle("n", fontName=fonts.REGULAR, fontSize=7, leading=8.5)
    half = len(OPERATOR_COLUMNS) // 2
    for columns in (OPERATOR_COLUMNS[:half], OPERATOR_COLUMNS[half:]):
        header = [Paragraph(lab["operator"], cell)] + [Paragraph(lab[k], cell) for k in columns]
        rows = [header] + [
            [Paragraph(name(r), name_style)] + [figure(r, k, money) for k in columns]
            for r in report.operators
        ]
        rows.append([Paragraph(lab["desk"], cell)] + [figure(report.total, k, money) for k in columns])
        wide = {"orders_sum": 2.0, "offers_added": 1.6}
        unit = (277 - 58) * mm / sum(wide.get(k, 1.0) for k in columns)
        ops = _table(rows, widths=[58 * mm] + [unit * wide.get(k, 1.0) for k in columns], size=7)
        ops.setStyle(TableStyle([("FONTNAME", (0, len(rows) - 1), (-1, len(rows) - 1), fonts.BOLD)]))
        story += [ops, Spacer(0, 5)]
    story.append(KeepTogether([Paragraph(lab["by_hour"], section), _hour_chart(report.by_hour, lab)]))
    hours = [h for h in report.by_hour if h[1] or h[2]]
    if hours:
        story.append(
            _table(
                [[lab["hour"]] + [f"{h[0]:02d}" for h in hours]]
                + [[lab["calls_in"]] + [h[1] for h in hours], [lab["calls_out"]] + [h[2] for h in hours]]
            )
        )
    outcomes = [[said.get(k, k) or lab["none"], v] for k, v in sorted(report.by_outcome.items())]
    transfers = [[k or lab["none"], v] for k, v in sorted(report.transfers_by_reason.items())]
    callbacks = [[lab[k], report.callbacks.get(k, 0)] for k in CALLBACK_KEYS]
    complaints = [
        [
            said.get(c.category, c.category) or lab["none"],
            c.filed,
            c.resolved,
            "" if c.resolve_avg_h is None else c.resolve_avg_h,
        ]
        for c in report.complaints
    ]
    small = [
        (lab["outcomes"], [lab["outcome"], lab["calls"]], outcomes),
        (lab["transfers_by_reason"], [lab["reason"], lab["calls"]], transfers),
        (lab["callbacks"], [lab["figure"], lab["value"]], callbacks),
        (
            lab["complaints"],
            [lab["category"], lab["filed"], lab["resolved"], lab["resolve_avg_h"]],
            complaints,
        ),
    ]
    for heading_text, head, body in small:
        story.append(KeepTogether([Paragraph(heading_text, section), _table([head] + body)]))
    story.append(Paragraph(lab["by_day"], section))
    story.append(
        _table(
            [[lab["day"], lab["calls_in"], lab["calls_out"], lab["orders"], lab["orders_sum"]]]
            + [[day(d), i, o, n, money(s)] for d, i, o, n, s in report.by_day]
        )
    )
    hour_head = [lab["operator"], lab["signed_in_s"], lab["on_calls_s"], lab["away_s"]]

    def hours_row(first: str, r) -> list:
        times = [duration(x) for x in (r.signed_in_s, r.on_calls_s, r.away_s)]
        return [first, names.get(r.operator_id, str(r.operator_id)), *times]

    if (report.end - report.start).days < DAYS_IN_FULL:
        story.append(Paragraph(lab["hours_by_day"], section))
        story.append(
            _table([[lab["day"], *hour_head]] + [hours_row(day(r.day), r) for r in report.hours_by_day])
        )
    story.append(Paragraph(lab["hours_by_month"], section))
    story.append(
        _table(
            [[lab["month"], *hour_head]]
            + [hours_row(r.day.strftime("%m.%Y"), r) for r in report.hours_by_month]
        )
    )
    SimpleDocTemplate(
        str(path),
        pagesize=landscape(A4),
        title=title or lab["title"],
        leftMargin=10 * mm,
        rightMargin=10 * mm,
        topMargin=10 * mm,
        bottomMargin=10 * mm,
    ).build(story)
