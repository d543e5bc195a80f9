"""The heads' live board (issue 15) and the desks' sign-in records it reads: states from the calls, the
presence and the sign-in records (a killed desk lapses), today's figures per operator, callbacks due and
overdue; refused to an operator; the window opened by Ctrl+F11, live, looked at in three languages."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from orderdesk_gui import clock
from orderdesk_gui.db import connection
from orderdesk_gui.db import models as m
from orderdesk_gui.demo import DemoOptions, build_demo_database
from orderdesk_gui.domain.debt import DebtRules
from orderdesk_gui.services import auth, board, callbacks, calls, debt_gate, desk_sessions, ordering
from orderdesk_gui.services.auth import PermissionDenied
from orderdesk_gui.ui import desk_session as ui_desk_session
from tests.conftest import DEMO_AS_OF
from tests.gui_helpers import shot
from tests.test_services_ordering import add, complete, green_client, offers_for, priced_products


@pytest.fixture
def desk(any_url):
    build_demo_database(any_url, DemoOptions(clients=30, products=60, months=2, seed=7, as_of=DEMO_AS_OF))
    connection.open_database(any_url)
    return auth.authenticate("operator", "demo"), auth.authenticate("head", "demo")


def row_of(found: board.Board, user) -> board.OperatorRow:
    return next(r for r in found.rows if r.user_id == user.id)


def test_the_board_follows_an_operator_through_a_shift(desk, test_clock):
    op, head = desk
    assert row_of(board.board(head), op).state == board.SIGNED_OUT
    session = desk_sessions.begin(op, "Стол 3 · Әлия")
    here = row_of(board.board(head), op)
    assert (here.state, here.desk) == (board.AVAILABLE, "Стол 3 · Әлия")
    # a call: on the phone with whom, since when
    client = green_client()
    call_id = calls.open_call(op, "", client.id)
    test_clock.advance(dt.timedelta(seconds=95))
    desk_sessions.beat(op, session)  # the desk renews its record every half minute
    here = row_of(board.board(head), op)
    assert here.state == board.ON_CALL and client.name in here.client and here.direction == "in"
    assert 95 <= (clock.now_utc() - here.since).total_seconds() < 100
    # an order taken on it: counted with its offers
    order_id = debt_gate.start_order(op, client.id, clock.today(), DebtRules(), call_id=call_id)
    view = ordering.open_draft(order_id, clock.today())
    for pid in priced_products(3, view.price_column_id):
        add(view, pid, "2")
    version = ordering.save_draft(
        order_id, view.lines, offers_for(view, accepted=1, declined=2), view.version
    )
    complete(op, order_id, client, version)  # the order is the call's outcome: the call ends with it
    here = row_of(board.board(head), op)
    total = m.Order.get_by_id(order_id).total_amount
    assert here.state == board.AFTER_CALL
    assert (here.orders, here.orders_sum, here.offers, here.offers_accepted) >= (1, total, 3, 1)
    assert here.calls >= 1 and here.talk_s >= 95
    test_clock.advance(dt.timedelta(seconds=board.AFTER_CALL_S + 1))
    desk_sessions.beat(op, session)
    assert row_of(board.board(head), op).state == board.AVAILABLE
    # away, then signed out
    m.User.update(presence="away").where(m.User.id == op.id).execute()
    assert row_of(board.board(head), op).state == board.AWAY
    m.User.update(presence="available").where(m.User.id == op.id).execute()
    desk_sessions.end(op, session)
    assert row_of(board.board(head), op).state == board.SIGNED_OUT
    found = board.board(head)
    assert found.totals.orders == sum(r.orders for r in found.rows)


def test_a_killed_desk_lapses_and_a_running_one_stays(desk, test_clock):
    op, head = desk
    session = desk_sessions.begin(op, "Desk 1")
    test_clock.advance(dt.timedelta(seconds=desk_sessions.BEAT_S))
    desk_sessions.beat(op, session)
    test_clock.advance(dt.timedelta(seconds=desk_sessions.LAPSE_S - 5))
    assert row_of(board.board(head), op).state == board.AVAILABLE  # renewed: still there
    test_clock.advance(dt.timedelta(seconds=10))  # no renewal for longer than the lapse: killed
    assert row_of(board.board(head), op).state == board.SIGNED_OUT
    row = m.DeskSession.get_by_id(session)
    assert row.signed_out_at is None and row.seen_at < clock.now_utc()  # its time ends at the last beat
    assert ui_desk_session.BEAT_S == desk_sessions.BEAT_S


def test_callbacks_due_and_overdue_are_counted(desk, test_clock):
    _op, head = desk
    now = clock.now_utc()
    before = board.board(head)
    assert before.callbacks_due == callbacks.due_count(now)
    m.CallbackRequest.create(
        phone="+77015550101",
        e164="+77015550101",
        window_start=now - dt.timedelta(hours=2),
        window_end=now - dt.timedelta(hours=1),
    )
    m.CallbackRequest.create(
        phone="+77015550102", e164="+77015550102", window_start=now - dt.timedelta(minutes=5)
    )
    after = board.board(head)
    assert after.callbacks_due == before.callbacks_due + 2
    assert after.callbacks_overdue == before.callbacks_overdue + 1


def test_an_operator_is_refused_the_board_and_a_made_up_user_everything(desk):
    op, _head = desk
    with pytest.raises(PermissionDenied):
        board.board(op)
    fake = auth.UserInfo(op.id, op.login, op.full_name, "admin")
    with pytest.raises(PermissionDenied):
        board.board(fake)
    with pytest.raises(PermissionDenied):
        desk_sessions.begin(fake, "desk")
    assert board.board(auth.authenticate("finance", "demo")).rows


@pytest.mark.parametrize("lang", ["en", "ru", "kk"], indirect=True)
def test_the_head_opens_the_board_with_ctrl_f11_and_sees_a_call_begin_live(qtbot, open_desk, lang):
    head_app = open_desk("head")
    window = head_app.window
    assert window.board_actions.action.isVisible()
    QTest.keyClick(window, Qt.Key.Key_F11, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait_until(
        lambda: window.board_actions.board is not None and window.board_actions.board.isVisible()
    )
    shown = window.board_actions.board
    qtbot.wait_until(lambda: shown.board is not None, timeout=10000)
    op = auth.authenticate("operator", "demo")
    desk_sessions.begin(op, "Үстел 2")
    client = green_client()
    calls.open_call(op, "", client.id)
    head_app.hub.announce(board_changes())  # as another desk's NOTIFY arrives
    qtbot.wait_until(
        lambda: any(r.user_id == op.id and r.state == board.ON_CALL for r in shown.model.rows()), timeout=5000
    )
    text = shown.model.index(0, 3).data()
    assert client.name in text
    assert shown.model.index(0, 2).data()  # the clock of the call
    assert shown.width() <= 1366
    shot(shown, f"board_{lang}")
    QTest.keyClick(shown, Qt.Key.Key_Escape)
    qtbot.wait_until(lambda: not shown.isVisible())


def test_an_operator_has_no_board_key(qtbot, window):
    assert not window.board_actions.action.isVisible()
    QTest.keyClick(window, Qt.Key.Key_F11, Qt.KeyboardModifier.ControlModifier)
    assert window.board_actions.board is None


def test_a_desk_records_its_sign_in_and_sign_out(qtbot, open_desk):
    app = open_desk()
    qtbot.wait_until(lambda: app.desk_session.session_id is not None, timeout=10000)
    session = app.desk_session.session_id
    row = m.DeskSession.get_by_id(session)
    assert row.user_id == app.user.id and row.signed_out_at is None
    app.desk_session._beat()
    app.sign_out()
    qtbot.wait_until(lambda: m.DeskSession.get_by_id(session).signed_out_at is not None, timeout=10000)
    assert not auth._SESSIONS.get(row.user_id)  # and the sign-in with it


def board_changes():
    from orderdesk_gui.domain.changes import Changes

    return Changes(calls=True, presence=True)
