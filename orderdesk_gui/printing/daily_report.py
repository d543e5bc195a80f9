"""Daily report PDF for department heads: summary figures, one bar chart, the tables and notes (D25)."""

from __future__ import annotations

import math
from typing import Any

from . import labels
from .data import Company, DailyReportDoc


def render(doc: DailyReportDoc, company: Company, *, paper: str = "A4", lang: str = "ru") -> bytes:
    """The report as PDF bytes: figures, the chart of ``doc.chart``, then every table."""
    lang = labels.norm_lang(lang)
    from . import layout

    t = labels.text
    lk = layout.look(fax=False)
    width = layout.frame_width(paper, lang)
    story: list[Any] = [
        *layout.company_header(company, lk, lang, width),
        layout.para(doc.title, lk["title"]),
    ]
    head = [
        (t("period", lang), doc.period),
        (t("operator", lang), doc.operator_name or t("whole_desk", lang)),
        (t("generated_at", lang), labels.date_time(doc.generated_at)),
    ]
    story.append(layout.fields(head, lk, width, per_row=1))
    if doc.summary:
        story += [layout.para(t("summary", lang), lk["heading"]), layout.fields(doc.summary, lk, width)]
    if doc.chart_title or doc.chart:
        story.append(layout.para(doc.chart_title or t("summary", lang), lk["heading"]))
        if doc.chart:
            story.append(bar_chart(doc.chart, width))
        else:
            story.append(layout.para(t("no_data", lang), lk["body"]))
    for title, header, rows in doc.tables:
        story.append(layout.para(title, lk["heading"]))
        if not rows:
            story.append(layout.para(t("no_data", lang), lk["body"]))
            continue
        count = max(len(r.values) for r in rows) + 1
        heads = list(header) if len(header) == count else ["", *header]
        heads = (heads + [""] * count)[:count]
        cols = [layout.Col(heads[0], flex=1)] + [layout.Col(h, "RIGHT", cap=0.2) for h in heads[1:]]
        body = [[r.label, *r.values, *[""] * (count - 1 - len(r.values))] for r in rows]
        story.append(layout.table(cols, body, lk, width))
    for note in doc.notes:
        story += [layout.spacer(2), layout.para(note, lk["small"])]
    footer = f"{company.name} · {doc.title} · {doc.period}"
    return layout.build(
        story, paper=paper, lang=lang, lk=lk, title=doc.title, author=company.name, footer=footer
    )


def _step(top: int) -> int:
    """A round axis step giving about five gridlines up to ``top``."""
    raw = max(1.0, top / 5)
    power = 10 ** math.floor(math.log10(raw))
    return int(next(m * power for m in (1, 2, 5, 10) if m * power >= raw))


def bar_chart(points: tuple[tuple[str, int], ...], width: float) -> Any:
    """A vertical bar chart of (label, value) in the document font, values over the bars."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors
    from reportlab.lib.units import mm

    from . import fonts

    height = 62 * mm
    many = len(points) > 14
    drawing = Drawing(width, height)
    drawing.initialFontName = fonts.NARROW  # reportlab's graphics state starts in Helvetica otherwise
    drawing.initialFontSize = 7
    chart = VerticalBarChart()
    chart.x, chart.y = 32, 22 if not many else 30
    chart.width, chart.height = width - chart.x - 6, height - chart.y - 8
    values = [max(0, int(v)) for _k, v in points]
    chart.data = [values]
    top = max(values) or 1
    step = _step(top)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = step * math.ceil(top * 1.1 / step)
    chart.valueAxis.valueStep = step
    chart.valueAxis.labelTextFormat = "%d"
    chart.valueAxis.labels.fontName = fonts.NARROW
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.gridStrokeColor = colors.Color(0.85, 0.85, 0.85)
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.valueAxis.visibleGrid = 1
    chart.categoryAxis.categoryNames = [str(k) for k, _v in points]
    chart.categoryAxis.labels.fontName = fonts.NARROW
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "ne" if many else "n"
    chart.categoryAxis.labels.angle = 45 if many else 0
    chart.categoryAxis.labels.dy = -2
    chart.bars[0].fillColor = colors.HexColor("#2f5d8a")
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = fonts.NARROW
    chart.barLabels.fontSize = 6.5
    chart.barLabels.nudge = 5
    chart.barSpacing = 1
    drawing.add(chart)
    return drawing
