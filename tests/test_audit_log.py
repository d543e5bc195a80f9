"""The audit viewer's service (issue 16 part 6): who reads what (heads their department, finance and
administrators everything, an operator nothing), the filters (person, client, kind, period), the
details with old and new values, the XLSX export; bad filters refused in words."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from orderdesk_gui import clock
from orderdesk_gui.db import connection
from orderdesk_gui.db import models as m
from orderdesk_gui.demo import DemoOptions, build_demo_database
from orderdesk_gui.services import audit_log, auth, presence
from orderdesk_gui.services.audit_log import AuditFilter, AuditQueryError
from orderdesk_gui.services.auth import PermissionDenied
from tests.conftest import DEMO_AS_OF

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def office(any_url):
    build_demo_database(any_url, DemoOptions(clients=20, products=30, months=1, seed=4, as_of=DEMO_AS_OF))
    connection.open_database(any_url)
    people = {login: auth.authenticate(login, "demo") for login in ("operator", "operator2", "head", "admin")}
    with pytest.raises(auth.AuthError):
        auth.authenticate("operator2", "wrong password")
    presence.set_presence(people["operator"], people["operator2"].id, "away")  # the call centre's head
    client = m.Client.select().order_by(m.Client.id).first()
    with m.db_proxy.atomic():
        auth.audit(
            people["operator2"].id, "client_updated", "client", client.id,
            old={"credit_limit": "100000", "name": client.name},
            new={"credit_limit": "250000", "name": client.name},
        )  # fmt: skip
    return people, client


def today_filter(**kw) -> AuditFilter:
    return AuditFilter(clock.today(), clock.today(), **kw)


def test_who_reads_what(office):
    people, _client = office
    everything = audit_log.read(people["admin"], today_filter())
    actions = {r.action for r in everything.rows}
    assert {"sign_in", "sign_in_failed", "presence_changed", "client_updated"} <= actions
    assert audit_log.read(auth.authenticate("finance", "demo"), today_filter()).rows
    with pytest.raises(PermissionDenied):  # an operator reads no audit
        audit_log.read(people["operator2"], today_filter())
    # the head of sales: only what the people of sales did (not the call centre's)
    call_centre = {people["operator"].id, people["operator2"].id}
    seen_by_head = audit_log.read(people["head"], today_filter())
    names = {m.User.get_by_id(i).full_name for i in call_centre}
    assert not {r.user for r in seen_by_head.rows} & names
    assert any(r.action == "sign_in" and r.user == people["head"].full_name for r in seen_by_head.rows)


def test_filters_and_details(office):
    people, client = office
    admin = people["admin"]
    by_kind = audit_log.read(admin, today_filter(kind="sign_ins"))
    assert by_kind.rows and {r.action for r in by_kind.rows} <= {"sign_in", "sign_in_failed"}
    failed = [r for r in by_kind.rows if r.action == "sign_in_failed"]
    assert failed and failed[0].user == people["operator2"].full_name
    mine = audit_log.read(admin, today_filter(user_id=people["operator2"].id))
    assert {r.user for r in mine.rows} == {people["operator2"].full_name}
    about = audit_log.read(admin, today_filter(client_id=client.id))
    assert [r.action for r in about.rows] == ["client_updated"]
    assert audit_log.describe(about.rows[0].details) == "credit_limit: 100000 → 250000"
    moved = audit_log.read(admin, today_filter(kind="presence")).rows[0]
    assert "presence: available → away" in audit_log.describe(moved.details)
    yesterday = clock.today() - dt.timedelta(days=1)
    before = audit_log.read(admin, AuditFilter(yesterday, yesterday, kind="presence")).rows  # demo's lunches
    assert moved.id not in {r.id for r in before} and all(r.at < moved.at for r in before)


def test_export_to_xlsx(office, tmp_path):
    people, _client = office
    path = tmp_path / "audit.xlsx"
    labels = {"title": "Аудит", "at": "Время", "person": "Кто", "sign_ins": "Входы"}
    count = audit_log.export_xlsx(people["admin"], today_filter(kind="sign_ins"), path, labels)
    sheet = load_workbook(path).active
    assert sheet.title == "Аудит" and sheet.cell(1, 1).value == "Время" and sheet.max_row == count + 1
    assert {sheet.cell(r, 3).value for r in range(2, count + 2)} == {"Входы"}
    assert isinstance(sheet.cell(2, 1).value, dt.datetime)


def test_bad_filters_are_refused_in_words(office):
    admin = office[0]["admin"]
    today = clock.today()
    for wanted, code in (
        (AuditFilter(today, today - dt.timedelta(days=1)), "audit.period_reversed"),
        (AuditFilter(today - dt.timedelta(days=5000), today), "audit.period_too_long"),
        (AuditFilter(today, today, kind="nonsense"), "audit.unknown_kind"),
    ):
        with pytest.raises(AuditQueryError) as refused:
            audit_log.read(admin, wanted)
        assert refused.value.code == code


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    first=st.integers(-4000, 4000),
    length=st.integers(-10, 2000),
    user_id=st.none() | st.integers(-(2**31), 2**31 - 1),
    client_id=st.none() | st.integers(-(2**31), 2**31 - 1),
    kind=st.sampled_from(["", "other", "clients", "x\x00y", *audit_log.KINDS]),
)
def test_any_filter_reads_or_is_refused_never_a_traceback(office, first, length, user_id, client_id, kind):
    admin = office[0]["admin"]
    day = clock.today() + dt.timedelta(days=first)
    try:
        page = audit_log.read(
            admin, AuditFilter(day, day + dt.timedelta(days=length), user_id, client_id, kind)
        )
    except AuditQueryError as exc:
        assert exc.code.startswith("audit.")
    else:
        assert len(page.rows) <= audit_log.LIMIT


@pytest.mark.parametrize("lang", ["en", "ru", "kk"], indirect=True)
def test_the_audit_window_from_the_keyboard(qtbot, open_desk, lang, tmp_path):
    from tests.gui_helpers import press, shot

    app = open_desk("admin")
    window = app.window
    QTest.keyClick(
        window, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.wait_until(lambda: window.board_actions.audit is not None, timeout=5000)
    shown = window.board_actions.audit
    qtbot.wait_until(lambda: shown.page is not None and bool(shown.page.rows), timeout=10000)
    ui = shown.ui
    ui.kindCombo.setFocus()
    while ui.kindCombo.currentData() != "sign_ins":
        press(ui.kindCombo, Qt.Key.Key_Down)
    qtbot.wait_until(
        lambda: shown.page is not None and {r.kind for r in shown.page.rows} == {"sign_ins"}, timeout=10000
    )
    assert shown.width() <= 1366
    action = shown.model.data(shown.model.index(0, 3))
    assert action and action not in ("sign_in", "sign_in_failed")  # worded, in the reader's language
    shot(shown, f"audit_{lang}")
    target = tmp_path / "audit.xlsx"
    with qtbot.wait_signal(shown.exported, timeout=10000):
        shown.export(str(target))
    assert load_workbook(target).active.max_row == len(shown.page.rows) + 1
    QTest.keyClick(shown, Qt.Key.Key_Escape)
    qtbot.wait_until(lambda: not shown.isVisible())


def test_an_operator_has_no_audit_key(qtbot, window):
    assert not window.board_actions.audit_action.isVisible()
    QTest.keyClick(
        window, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert window.board_actions.audit is None
