"""The desk report (services/report_desk.py) as a PDF with reportlab, in the DejaVu family every document
uses (printing/fonts.py): totals, calls by outcome, transfers by reason and a line per operator."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from orderdesk_gui.printing import fonts

# English labels; the UI passes translated ones (the same keys as services/report_export.LABELS).
LABELS: dict[str, str] = {
    "figure": "Figure",
    "value": "Value",
    "calls_in": "Incoming calls",
    "calls_out": "Outgoing calls",
    "orders_taken": "Orders taken",
    "orders_sum": "Orders sum",
    "outcome": "Outcome",
    "reason": "Reason",
    "calls": "Calls",
    "operator": "Operator",
    "period": "Period",
}


def _table(rows: list[list]) -> Table:
    table = Table([[str(c) for c in row] for row in rows], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                ("FONTNAME", (0, 0), (-1, 0), fonts.BOLD),
                ("FONTSIZE", (0, 0), (-1, -1), 9),
                ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
            ]
        )
    )
    return table


def report_pdf(
    report,  # services.report_desk.DeskReport (printing does not import services)
    path: str | Path,
    title: str = "Desk report",
    labels: Mapping[str, str] | None = None,
    operator_names: Mapping[int, str] | None = None,
) -> None:
    fonts.register()
    lab = {**LABELS, **(labels or {})}
    names = operator_names or {}
    heading = ParagraphStyle("h", fontName=fonts.BOLD, fontSize=13, leading=16)
    plain = ParagraphStyle("p", fontName=fonts.REGULAR, fontSize=9, leading=12)
    story = [
        Paragraph(title, heading),
        Paragraph(f"{lab['period']}: {report.start.isoformat()} – {report.end.isoformat()}", plain),
        Spacer(0, 8),
        _table(
            [[lab["figure"], lab["value"]]]
            + [[lab[k], getattr(report, k)] for k in ("calls_in", "calls_out", "orders_taken", "orders_sum")]
        ),
        Spacer(0, 8),
        _table([[lab["outcome"], lab["calls"]]] + [[k, v] for k, v in sorted(report.by_outcome.items())]),
        Spacer(0, 8),
        _table(
            [[lab["reason"], lab["calls"]]] + [[k, v] for k, v in sorted(report.transfers_by_reason.items())]
        ),
        Spacer(0, 8),
        _table(
            [[lab["operator"], lab["calls_in"], lab["calls_out"], lab["orders_taken"], lab["orders_sum"]]]
            + [
                [names.get(op, str(op)), r["calls_in"], r["calls_out"], r["orders_taken"], r["orders_sum"]]
                for op, r in sorted(report.by_operator.items())
            ]
        ),
    ]
    SimpleDocTemplate(str(path), pagesize=A4, title=title).build(story)
