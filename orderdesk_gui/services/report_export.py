"""The desk report (services/report_desk.py) to XLSX with openpyxl: the operators' figures with the desk's
total, then a sheet per section (by hour, by day, outcomes, transfers, callbacks, complaints, operator
hours by day and by month). Labels come from the UI (translated); English by default. Durations are
written as numbers of hours (a sheet sums them), money as numbers."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from orderdesk_gui.printing.report_desk import CALLBACK_KEYS, DURATIONS, OPERATOR_COLUMNS
from orderdesk_gui.printing.report_desk import LABELS as PRINTED_LABELS
from orderdesk_gui.services.report_desk import DeskReport

LABELS: dict[str, str] = {**PRINTED_LABELS, "operators": "Operators", "hours_note": "Durations in hours"}


def _text(value):
    """A typed text never becomes a formula in the sheet."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value


def _value(row, key: str):
    value = getattr(row, key)
    if key in DURATIONS:
        return round(value / 3600, 2)
    return float(value) if isinstance(value, Decimal) else value


def export_xlsx(
    report: DeskReport,
    path: str | Path,
    labels: Mapping[str, str] | None = None,
    operator_names: Mapping[int, str] | None = None,
    words: Mapping[str, str] | None = None,
) -> None:
    lab = {**LABELS, **(labels or {})}
    names = {r.operator_id: r.name for r in report.operators} | dict(operator_names or {})
    said = dict(words or {})
    book = Workbook()
    bold = Font(bold=True)

    def sheet(title: str, head: list, first=False):
        ws = book.active if first else book.create_sheet()
        ws.title = "".join(ch for ch in title if ch not in "[]:*?/\\")[:31] or "Sheet"
        ws.append([_text(h) for h in head])
        for c in ws[1]:
            c.font = bold
        return ws

    ws = sheet(lab["operators"], [lab["operator"]] + [lab[k] for k in OPERATOR_COLUMNS], first=True)
    ws.insert_rows(1)
    ws["A1"] = f"{lab['period']}: {report.start.isoformat()} – {report.end.isoformat()} ({lab['hours_note']})"
    for r in report.operators:
        ws.append(
            [_text(names.get(r.operator_id, str(r.operator_id)))] + [_value(r, k) for k in OPERATOR_COLUMNS]
        )
    ws.append([lab["desk"]] + [_value(report.total, k) for k in OPERATOR_COLUMNS])
    for c in ws[ws.max_row]:
        c.font = bold
    ws = sheet(lab["by_hour"], [lab["hour"], lab["calls_in"], lab["calls_out"]])
    for row in report.by_hour:
        ws.append(list(row))
    ws = sheet(
        lab["by_day"], [lab["day"], lab["calls_in"], lab["calls_out"], lab["orders"], lab["orders_sum"]]
    )
    for d, i, o, n, s in report.by_day:
        ws.append([d, i, o, n, float(s)])
    ws = sheet(lab["outcomes"], [lab["outcome"], lab["calls"]])
    for k, v in sorted(report.by_outcome.items()):
        ws.append([_text(said.get(k, k) or lab["none"]), v])
    ws = sheet(lab["transfers_by_reason"], [lab["reason"], lab["calls"]])
    for k, v in sorted(report.transfers_by_reason.items()):
        ws.append([_text(k or lab["none"]), v])
    ws = sheet(lab["callbacks"], [lab["figure"], lab["value"]])
    for k in CALLBACK_KEYS:
        ws.append([lab[k], report.callbacks.get(k, 0)])
    ws = sheet(lab["complaints"], [lab["category"], lab["filed"], lab["resolved"], lab["resolve_avg_h"]])
    for c in report.complaints:
        ws.append(
            [_text(said.get(c.category, c.category) or lab["none"]), c.filed, c.resolved, c.resolve_avg_h]
        )
    for key, rows in (("hours_by_day", report.hours_by_day), ("hours_by_month", report.hours_by_month)):
        first = lab["day"] if key == "hours_by_day" else lab["month"]
        ws = sheet(lab[key], [first, lab["operator"], lab["signed_in_s"], lab["on_calls_s"], lab["away_s"]])
        for r in rows:
            ws.append(
                [r.day, _text(names.get(r.operator_id, str(r.operator_id)))]
                + [round(x / 3600, 2) for x in (r.signed_in_s, r.on_calls_s, r.away_s)]
            )
    book.save(path)
