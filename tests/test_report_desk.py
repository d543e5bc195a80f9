"""Desk reports (issue 16 part 7): figures against hand-made data on SQLite and PostgreSQL, rights."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from orderdesk_gui.db import models as m
from orderdesk_gui.domain import journal
from orderdesk_gui.services import report_desk
from orderdesk_gui.services.auth import PermissionDenied
from orderdesk_gui.services.reports import ReportError
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
    # a head of sales reads the whole desk, as in the shift report and on the live board
    assert report_desk.desk_report(base.head, DAY, DAY).calls_in == 3
    assert report_desk.desk_report(base.head, DAY, DAY, operator_id=base.op.id).calls_in == 2


def _everything(base):  # noqa: F811
    """One day of a desk besides calls and orders: offers, an override, a stop at the gate, callbacks, a
    sleeping client called who then ordered, a task item done, complaints, sign-ins and an away spell."""
    _calls(base)
    order = m.Order.get(m.Order.number == "R1")
    product = m.Product.create(code="P1", name="Мука", unit="kg", pack_size=1)
    for outcome in ("accepted", "declined", "declined"):
        m.SuggestionOffer.create(order=order.id, product=product.id, reason="usual", outcome=outcome)
    m.OrderLine.create(
        order=order.id, line_no=1, product=product.id, quantity=1, base_price=40, unit_price=40, amount=40,
        source="suggested",
    )  # fmt: skip
    # what the order's last save wrote of its offers (ordering.save_draft; tested there)
    m.Order.update(offers_made=3, offers_accepted=1, offers_added=Decimal(40)).where(
        m.Order.id == order.id
    ).execute()
    m.Order.create(
        client=base.c2.id, operator=base.op.id, status="draft", created_at=LOCAL9,
        debt_override_by=base.head.id, debt_override_amount=Decimal("500"),
    )  # fmt: skip
    call = m.Call.create(operator=base.op2.id, started_at=LOCAL9, client=base.c2.id)
    for _ in range(2):  # tried twice on the same call: one call stopped
        m.AuditEvent.create(
            at=LOCAL9, user=base.op2.id, action="gate_closed", entity="call", entity_id=str(call.id)
        )
    window = LOCAL9 + dt.timedelta(hours=1)
    for status, done in (
        ("done", window),
        ("done", window + dt.timedelta(hours=3)),
        ("escalated", None),
        ("open", None),
    ):
        m.CallbackRequest.create(
            phone="+77010000000", window_start=window, window_end=window + dt.timedelta(hours=1),
            status=status, done_at=done,
        )  # fmt: skip
    m.Call.create(
        operator=base.op.id, direction="out", source="sleeping", client=base.c3.id, started_at=LOCAL9,
        ended_at=LOCAL9 + dt.timedelta(seconds=30), outcome=journal.INFO_GIVEN,
    )  # fmt: skip
    later = LOCAL9 + dt.timedelta(days=3)
    m.Order.create(
        client=base.c3.id,
        operator=base.op.id,
        status="accepted",
        number="R9",
        created_at=later,
        accepted_at=later,
    )
    task = m.OutboundTask.create(title="Опрос", created_by=base.head.id)
    m.OutboundTaskItem.create(
        task=task.id, client=base.c1.id, status="done", operator=base.op2.id, done_at=LOCAL9
    )
    for category, hours in (("Доставка", 4), ("Доставка", None), ("Качество", 2)):
        m.Complaint.create(
            text="…", category=category, created_by=base.op.id, created_at=LOCAL9,
            status="resolved" if hours else "open",
            resolved_at=LOCAL9 + dt.timedelta(hours=hours) if hours else None,
        )  # fmt: skip
    # op: signed in 09:00-13:00 local, away 10:00-10:30; again later for an hour, killed (no sign-out)
    hour = dt.timedelta(hours=1)
    m.DeskSession.create(
        user=base.op.id,
        desk="D1",
        signed_in_at=LOCAL9,
        seen_at=LOCAL9 + 4 * hour,
        signed_out_at=LOCAL9 + 4 * hour,
    )
    m.DeskSession.create(
        user=base.op.id,
        desk="D1",
        signed_in_at=LOCAL9 + 5 * hour,
        seen_at=LOCAL9 + 6 * hour - dt.timedelta(seconds=30),
    )
    for minutes, old, new in ((60, "available", "away"), (90, "away", "available")):
        m.AuditEvent.create(
            at=LOCAL9 + dt.timedelta(minutes=minutes),
            user=base.op.id,
            action="presence_changed",
            entity="user",
            entity_id=str(base.op.id),
            details=json.dumps({"old": {"presence": old}, "new": {"presence": new}}),
        )


def test_every_section_of_the_desk_report(base):  # noqa: F811
    _everything(base)
    admin = signed_in(_user("root", "admin"))
    report = report_desk.desk_report(admin, DAY, DAY)
    op = next(r for r in report.operators if r.operator_id == base.op.id)
    op2 = next(r for r in report.operators if r.operator_id == base.op2.id)
    assert (op.offers_made, op.offers_accepted, op.offers_added) == (3, 1, Decimal("40"))
    assert (op.overrides, op.overrides_sum) == (1, Decimal("500"))
    assert op2.gate_blocked == 1  # the same call tried twice
    assert report.callbacks == {
        "requested": 4, "answered": 2, "answered_late": 1, "escalated": 1, "open": 1, "cancelled": 0
    }  # fmt: skip
    assert (op.sleeping_called, op.sleeping_reactivated) == (1, 1)  # ordered three days later
    assert op2.task_calls_done == 1 and op.complaints_filed == 3
    assert [(c.category, c.filed, c.resolved, c.resolve_avg_h) for c in report.complaints] == [
        ("Доставка", 2, 1, 4.0),
        ("Качество", 1, 1, 2.0),
    ]
    hours = {r.operator_id: r for r in report.hours_by_day if r.day == DAY}
    # 4 h + the killed desk's hour (up to its last heartbeat and one beat more); away half an hour
    assert hours[base.op.id].signed_in_s == 4 * 3600 + 3600
    assert hours[base.op.id].away_s == 1800
    assert hours[base.op.id].on_calls_s == 3 * 60 + 30  # three closed calls of a minute, one of 30 s
    assert op.signed_in_s == 5 * 3600 and report.hours_by_month[0].day == DAY.replace(day=1)
    assert report.by_hour[9] == (9, 3, 1) and report.by_hour[10] == (10, 0, 1)  # local hours
    assert sum(h[1] + h[2] for h in report.by_hour) == report.calls_in + report.calls_out
    assert report.by_day[0][0] == DAY and report.by_day[0][3] == 2  # R1 and R3 accepted that day
    assert report.total.orders == sum(r.orders for r in report.operators)
    # a week takes in the reactivating order three days later
    week = report_desk.desk_report(admin, DAY, DAY + dt.timedelta(days=6))
    assert week.orders_taken == 3 and len(week.by_day) == 2


def test_desk_report_refuses_bad_periods_and_an_operator(base):  # noqa: F811
    admin = signed_in(_user("root", "admin"))
    with pytest.raises(ReportError):
        report_desk.desk_report(admin, DAY, DAY - dt.timedelta(days=1))
    with pytest.raises(ReportError):
        report_desk.desk_report(admin, DAY - dt.timedelta(days=report_desk.MAX_DAYS), DAY)
    for who in (base.op, base.manager):
        with pytest.raises(PermissionDenied):
            report_desk.desk_report(who, DAY, DAY)


def test_desk_report_exports_to_xlsx(base, tmp_path):  # noqa: F811
    from openpyxl import load_workbook

    from orderdesk_gui.services import report_export

    _everything(base)
    m.Call.update(transfer_reason="=HYPERLINK(1)").where(m.Call.transfer_reason != "").execute()
    report = report_desk.desk_report(signed_in(_user("root", "admin")), DAY, DAY)
    path = tmp_path / "desk.xlsx"
    report_export.export_xlsx(
        report, path, operator_names={base.op.id: "Op"}, words={"transferred": "Передан"}
    )
    book = load_workbook(path)
    rows = list(book["Operators"].iter_rows(min_row=3, values_only=True))
    head = next(book["Operators"].iter_rows(min_row=2, max_row=2, values_only=True))
    ops = {r[0]: dict(zip(head, r, strict=True)) for r in rows}
    assert ops["Op"]["Calls in"] == 2 and ops["Op"]["Orders"] == 2 and ops["Op"]["Offers accepted"] == 1
    assert ops["Op"]["Signed in"] == 5.0 and ops["Op"]["Away"] == 0.5  # hours, summable
    assert ops["Whole desk"]["Calls in"] == report.calls_in
    assert list(book["Transfers by reason"].iter_rows(min_row=2, values_only=True)) == [("'=HYPERLINK(1)", 1)]
    assert ("Передан", 1) in list(book["Calls by outcome"].iter_rows(min_row=2, values_only=True))
    assert len(list(book["Calls by hour"].iter_rows(min_row=2))) == 24
    assert {r[0] for r in book["Complaints by category"].iter_rows(min_row=2, values_only=True)} == {
        "Доставка",
        "Качество",
    }


def test_desk_report_prints_to_pdf_in_cyrillic_with_its_chart(base, tmp_path):  # noqa: F811
    from pypdf import PdfReader

    from orderdesk_gui.printing.report_desk import report_pdf

    _everything(base)
    report = report_desk.desk_report(signed_in(_user("root", "admin")), DAY, DAY)
    path = tmp_path / "desk.pdf"
    report_pdf(report, path, title="Отчёт по пульту", operator_names={base.op.id: "Әлия Қасымова"})
    text = "".join(page.extract_text() for page in PdfReader(path).pages)
    for expected in ("Отчёт по пульту", "Әлия Қасымова", "key client", "Доставка", "Calls by hour", "5:00"):
        assert expected in text


@pytest.mark.parametrize("lang", ["en", "ru", "kk"], indirect=True)
def test_the_desk_report_window_from_the_keyboard(qtbot, open_desk, lang, tmp_path):
    """A head opens the reports with Ctrl+Alt+R, picks the last 12 months and one operator by keys, walks
    the tabs with Alt+digits, and saves the report as Excel and PDF; the figures shown are the service's."""
    from openpyxl import load_workbook
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from tests.gui_helpers import press, shot

    app = open_desk("head")
    window = app.window
    QTest.keyClick(
        window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )
    qtbot.wait_until(lambda: window.board_actions.reports is not None, timeout=5000)
    shown = window.board_actions.reports
    qtbot.wait_until(lambda: shown.report is not None, timeout=15000)
    ui = shown.ui
    assert ui.periodCombo.hasFocus() and ui.periodCombo.currentData() == "month"
    with qtbot.wait_signal(shown.shown_report, timeout=15000):
        press(ui.periodCombo, Qt.Key.Key_Down)
        press(ui.periodCombo, Qt.Key.Key_Down)  # the last 12 months
    assert ui.periodCombo.currentData() == "year"
    qtbot.wait_until(lambda: shown.report.start < shown.report.end.replace(day=1), timeout=15000)
    year = shown.report
    assert year.total.calls_in > 0 and year.total.orders > 0 and year.operators
    assert shown.operators.rowCount() == len(year.operators) + 1  # and the whole desk
    assert shown.width() <= 1366
    for i in range(6):
        QTest.keyClick(shown, getattr(Qt.Key, f"Key_{i + 1}"), Qt.KeyboardModifier.AltModifier)
        assert ui.tabs.currentIndex() == i
        shot(shown, f"desk_report_{i + 1}_{lang}")
    ui.operatorCombo.setFocus()
    with qtbot.wait_signal(shown.shown_report, timeout=15000):
        press(ui.operatorCombo, Qt.Key.Key_Down)
    one = shown.report
    assert one.operator_id == ui.operatorCombo.currentData() and len(one.operators) <= 1
    xlsx, pdf = tmp_path / "desk.xlsx", tmp_path / "desk.pdf"
    with qtbot.wait_signal(shown.exported, timeout=15000):
        shown.export("xlsx", str(xlsx))
    with qtbot.wait_signal(shown.exported, timeout=15000):
        shown.export("pdf", str(pdf))
    assert load_workbook(xlsx).sheetnames[0] == shown.labels()["operators"][:31]
    assert pdf.read_bytes().startswith(b"%PDF")
    QTest.keyClick(shown, Qt.Key.Key_Escape)
    qtbot.wait_until(lambda: not shown.isVisible())


def test_an_operator_has_no_reports_key(qtbot, open_desk):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window = open_desk("operator").window
    assert not window.board_actions.reports_action.isVisible()
    QTest.keyClick(
        window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )
    assert window.board_actions.reports is None
