"""Presence and substitutes (issue 16 part 2): anyone sets their own presence; heads set it for their
department's people with a substitute, administrators for everyone; refused otherwise, by test; every
change audited with old and new values; an absent colleague's escalated callbacks reach the substitute
for exactly the absence; F11 and Shift+F11 at the desk, looked at in three languages."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from orderdesk_gui import clock
from orderdesk_gui.db import connection
from orderdesk_gui.db import models as m
from orderdesk_gui.demo import DemoOptions, build_demo_database
from orderdesk_gui.services import auth, callbacks, presence
from orderdesk_gui.services.auth import PermissionDenied
from orderdesk_gui.services.presence import PresenceError
from tests.conftest import DEMO_AS_OF
from tests.gui_helpers import press, shot


@pytest.fixture
def office(any_url):
    build_demo_database(any_url, DemoOptions(clients=20, products=30, months=1, seed=4, as_of=DEMO_AS_OF))
    connection.open_database(any_url)
    return {
        login: auth.authenticate(login, "demo") for login in ("operator", "operator2", "operator3", "admin")
    }


def uid(login: str) -> int:
    return m.User.get(m.User.login == login).id


def test_anyone_sets_their_own_presence_and_nobody_elses(office):
    op2 = office["operator2"]
    presence.set_presence(op2, op2.id, "away")
    assert m.User.get_by_id(op2.id).presence == "away"
    assert presence.toggle_away(op2).person.presence == "available"
    with pytest.raises(PermissionDenied):  # an operator, for a colleague
        presence.set_presence(op2, uid("operator3"), "away")
    with pytest.raises(PermissionDenied):  # an operator names no substitute, not even for themselves
        presence.set_presence(op2, op2.id, "absent", clock.today(), uid("operator3"))
    assert [p.user_id for p in presence.people(op2)] == [op2.id]
    with pytest.raises(PermissionDenied):
        presence.set_presence(auth.UserInfo(op2.id, "operator2", "x", "admin"), uid("operator3"), "away")
    assert m.User.get(m.User.login == "operator3").presence == "available"


def test_a_head_sets_an_absence_with_a_substitute_audited_and_callbacks_follow(office, test_clock):
    head, op2, op3 = office["operator"], office["operator2"], office["operator3"]  # head of the call centre
    today = clock.today()
    callback = m.CallbackRequest.create(
        phone="+77015550199", e164="+77015550199", window_start=clock.now_utc(), status="escalated",
        escalated_to=op3.id,
    )  # fmt: skip
    assert callback.id not in {c.id for c in callbacks.escalated(op2)}
    presence.set_presence(head, op3.id, "absent", today + dt.timedelta(days=2), op2.id)
    row = m.User.get_by_id(op3.id)
    assert (row.presence, row.absent_until, row.substitute_id) == (
        "absent",
        today + dt.timedelta(days=2),
        op2.id,
    )
    event = (
        m.AuditEvent.select()
        .where(m.AuditEvent.action == "presence_changed")
        .order_by(m.AuditEvent.id.desc())
        .get()
    )
    details = json.loads(event.details)
    assert event.user_id == head.id and details["old"]["presence"] == "available"
    assert details["new"] == {
        "presence": "absent",
        "until": (today + dt.timedelta(days=2)).isoformat(),
        "substitute": op2.id,
    }
    assert callback.id in {c.id for c in callbacks.escalated(op2)}  # the substitute sees it now
    test_clock.advance(dt.timedelta(days=3))  # the absence is over: no longer theirs
    assert callback.id not in {c.id for c in callbacks.escalated(op2)}
    presence.set_presence(head, op3.id, "available", dt.date(2000, 1, 1), op2.id)
    row = m.User.get_by_id(op3.id)
    assert (row.presence, row.absent_until, row.substitute_id) == ("available", None, None)


def test_bad_absences_are_refused_in_words_and_change_nothing(office):
    admin, op3 = office["admin"], uid("operator3")
    today = clock.today()
    audited = m.AuditEvent.select().where(m.AuditEvent.action == "presence_changed").count()  # the demo's
    for args, code in (
        (("absent", None, None), "presence.until_missing"),
        (("absent", today - dt.timedelta(days=1), None), "presence.until_out_of_range"),
        (("absent", today + dt.timedelta(days=400), None), "presence.until_out_of_range"),
        (("absent", today, op3), "presence.substitute_invalid"),
        (("absent", today, uid("operator5")), "presence.substitute_absent"),
        (("holiday", None, None), "presence.unknown"),
    ):
        with pytest.raises(PresenceError) as refused:
            presence.set_presence(admin, op3, *args)
        assert refused.value.code == code
    assert m.User.get_by_id(op3).presence == "available"
    assert m.AuditEvent.select().where(m.AuditEvent.action == "presence_changed").count() == audited


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(state=st.text(max_size=40), days=st.integers(-(10**6), 10**6), sub=st.integers(-(2**40), 2**40))
def test_any_typed_input_is_refused_or_set_never_a_traceback(office, state, days, sub):
    admin, op3 = office["admin"], uid("operator3")
    until = clock.today() + dt.timedelta(days=max(-100_000, min(days, 100_000)))
    try:
        presence.set_presence(admin, op3, state.replace("\x00", ""), until, sub)
    except PresenceError as exc:
        assert exc.code.startswith("presence.")
    row = m.User.get_by_id(op3)
    assert row.presence in presence.STATES


@pytest.mark.parametrize("lang", ["en", "ru", "kk"], indirect=True)
def test_f11_and_shift_f11_at_the_desk(qtbot, open_desk, lang):
    app = open_desk("operator")  # the head of the call centre
    window = app.window
    me = app.user
    press(window, Qt.Key.Key_F11)
    qtbot.wait_until(lambda: m.User.get_by_id(me.id).presence == "away", timeout=5000)
    qtbot.wait_until(lambda: window.presence.state == "away", timeout=5000)
    press(window, Qt.Key.Key_F11)
    qtbot.wait_until(lambda: m.User.get_by_id(me.id).presence == "available", timeout=5000)
    QTest.keyClick(window, Qt.Key.Key_F11, Qt.KeyboardModifier.ShiftModifier)
    qtbot.wait_until(lambda: window.presence.dialog is not None, timeout=5000)
    dialog = window.presence.dialog
    qtbot.wait_until(dialog.isEnabled, timeout=5000)
    ui = dialog.ui
    op3, op2 = uid("operator3"), uid("operator2")
    ui.personCombo.setFocus()
    while ui.personCombo.currentData() != op3:
        press(ui.personCombo, Qt.Key.Key_Down)
    press(ui.personCombo, Qt.Key.Key_Tab)
    while ui.presenceCombo.currentData() != "absent":
        press(ui.presenceCombo, Qt.Key.Key_Down)
    assert ui.untilEdit.isEnabled() and ui.substituteCombo.isEnabled()
    ui.substituteCombo.setFocus()
    while ui.substituteCombo.currentData() != op2:
        press(ui.substituteCombo, Qt.Key.Key_Down)
    shot(dialog, f"presence_{lang}")
    assert dialog.width() <= 1366
    press(ui.substituteCombo, Qt.Key.Key_Return)
    qtbot.wait_until(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=5000)
    row = m.User.get_by_id(op3)
    assert (row.presence, row.absent_until, row.substitute_id) == ("absent", clock.today(), op2)
