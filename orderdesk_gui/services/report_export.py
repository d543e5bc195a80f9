"""The desk report (services/report_desk.py) to XLSX with openpyxl: a sheet of totals, one by outcome,
one of transfers by reason and one per operator. Labels come from the UI (translated); English by default."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from openpyxl import Workbook

from orderdesk_gui.printing.report_desk import LABELS as PRINTED_LABELS
from orderdesk_gui.services.report_desk import DeskReport

LABELS: dict[str, str] = {  # the sheets' names, then the same figures' labels as the PDF's
    "totals": "Totals",
    "outcomes": "By outcome",
    "transfers": "Transfers",
    "operators": "Operators",
    **PRINTED_LABELS,
}


def _text(value):
    """A typed text never becomes a formula in the sheet."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value


def export_xlsx(
    report: DeskReport,
    path: str | Path,
    labels: Mapping[str, str] | None = None,
    operator_names: Mapping[int, str] | None = None,
) -> None:
    lab = {**LABELS, **(labels or {})}
    names = operator_names or {}
    book = Workbook()
    sheet = book.active
    sheet.title = lab["totals"][:31]
    sheet.append([lab["period"], f"{report.start.isoformat()} – {report.end.isoformat()}"])
    sheet.append([lab["figure"], lab["value"]])
    for key in ("calls_in", "calls_out", "orders_taken", "orders_sum"):
        sheet.append([lab[key], getattr(report, key)])
    outcomes = book.create_sheet(lab["outcomes"][:31])
    outcomes.append([lab["outcome"], lab["calls"]])
    for outcome, n in sorted(report.by_outcome.items()):
        outcomes.append([_text(outcome), n])
    transfers = book.create_sheet(lab["transfers"][:31])
    transfers.append([lab["reason"], lab["calls"]])
    for reason, n in sorted(report.transfers_by_reason.items()):
        transfers.append([_text(reason), n])
    ops = book.create_sheet(lab["operators"][:31])
    ops.append([lab["operator"], lab["calls_in"], lab["calls_out"], lab["orders_taken"], lab["orders_sum"]])
    for op, row in sorted(report.by_operator.items()):
        ops.append(
            [
                _text(names.get(op, str(op))),
                row["calls_in"],
                row["calls_out"],
                row["orders_taken"],
                row["orders_sum"],
            ]
        )
    book.save(path)
