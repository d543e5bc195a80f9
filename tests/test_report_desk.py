"""Desk reports (issue 16 part 7): figures against hand-made data on SQLite and PostgreSQL, rights."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from orderdesk_gui.db import models as m
from orderdesk_gui.domain import journal
from orderdesk_gui.services import report_desk
from orderdesk_gui.services.auth import PermissionDenied
from tests.conftest import signed_in
from tests.test_services_followups import _user, base  # noqa: F401  (fixture)

DAY = dt.date(2026, 11, 19)
LOCAL9 = dt.datetime(2026, 11, 19, 4, 0)  # 09:00 in Almaty


def _calls(base):  # noqa: F811
    spec = [
        (base.op, "in", journal.ORDER_TAKEN, 0),
        (base.op, "in", journal.TRANSFERRED, 10),
        (base.op, "out", journal.NO_ANSWER, 70),
        (base.op2, "in", journal.INFO_GIVEN, 190),
    ]
    for op, direction, outcome, minutes in spec:
        start = LOCAL9 + dt.timedelta(minutes=minutes)
        m.Call.create(
            operator=op.id,
            direction=direction,
            outcome=outcome,
            started_at=start,
            ended_at=start + dt.timedelta(seconds=60),
            transferred_to=base.op2.id if outcome == journal.TRANSFERRED else None,
            transfer_reason="key client" if outcome == journal.TRANSFERRED else "",
        )
    m.Call.create(operator=base.op.id, started_at=LOCAL9 - dt.timedelta(hours=10), outcome=journal.BUSY)
    for number, status, amount in (
        ("R1", "accepted", "100.50"),
        ("R2", "draft", "999"),
        ("R3", "accepted", "9.50"),
    ):
        m.Order.create(
            client=base.c1.id,
            operator=base.op.id,
            status=status,
            number=number,
            created_at=LOCAL9,
            accepted_at=LOCAL9,
            total_amount=Decimal(amount),
        )


def test_desk_figures_and_rights(base):  # noqa: F811
    _calls(base)
    admin = signed_in(_user("root", "admin"))
    report = report_desk.desk_report(admin, DAY, DAY)
    assert (report.calls_in, report.calls_out) == (3, 1)  # the 23:00 call of the day before is out
    assert report.by_outcome[journal.TRANSFERRED] == 1
    assert report.transfers_by_reason == {"key client": 1}
    assert report.orders_taken == 2 and report.orders_sum == Decimal("110.00")
    assert (report.talk_s_total, report.talk_s_avg) == (240, 60)  # four closed calls of a minute
    one = report_desk.desk_report(admin, DAY, DAY, operator_id=base.op2.id)
    assert (one.calls_in, one.calls_out, one.orders_taken) == (1, 0, 0)
    with pytest.raises(PermissionDenied):
        report_desk.desk_report(base.op, DAY, DAY)
    finance = signed_in(_user("fin", "finance"))
    assert report_desk.desk_report(finance, DAY, DAY).orders_taken == 2
    # the sales head sees their department only: these operators are in none
    assert report_desk.desk_report(base.head, DAY, DAY).calls_in == 0
    with pytest.raises(PermissionDenied):
        report_desk.desk_report(base.head, DAY, DAY, operator_id=base.op.id)
    m.User.update(department=base.sales).where(m.User.id == base.op.id).execute()
    assert report_desk.desk_report(base.head, DAY, DAY).calls_in == 2


def test_desk_report_exports_to_xlsx(base, tmp_path):  # noqa: F811
    from openpyxl import load_workbook

    from orderdesk_gui.services import report_export

    _calls(base)
    m.Call.update(transfer_reason="=HYPERLINK(1)").where(m.Call.transfer_reason != "").execute()
    report = report_desk.desk_report(signed_in(_user("root", "admin")), DAY, DAY)
    path = tmp_path / "desk.xlsx"
    report_export.export_xlsx(report, path, operator_names={base.op.id: "Op"})
    book = load_workbook(path)
    totals = {r[0]: r[1] for r in book["Totals"].iter_rows(min_row=3, values_only=True)}
    assert totals["Incoming calls"] == 3 and totals["Orders taken"] == 2
    assert totals["Orders sum"] == 110
    assert list(book["Transfers"].iter_rows(min_row=2, values_only=True)) == [("'=HYPERLINK(1)", 1)]
    ops = {r[0]: r[1:] for r in book["Operators"].iter_rows(min_row=2, values_only=True)}
    assert ops["Op"] == (2, 1, 2, 110)


def test_desk_report_prints_to_pdf_in_cyrillic(base, tmp_path):  # noqa: F811
    from pypdf import PdfReader

    from orderdesk_gui.printing.report_desk import report_pdf

    _calls(base)
    report = report_desk.desk_report(signed_in(_user("root", "admin")), DAY, DAY)
    path = tmp_path / "desk.pdf"
    report_pdf(report, path, title="Отчёт по пульту", operator_names={base.op.id: "Әлия Қасымова"})
    text = PdfReader(path).pages[0].extract_text()
    assert "Отчёт по пульту" in text and "Әлия Қасымова" in text and "key client" in text
