"""Operations: one operator action is one service function in one transaction (services/desk.py), run
from the UI through one helper (ui/operations.py) that drops answers for closed windows, words errors
in the operator's language and announces what changed."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject

from orderdesk_gui import clock
from orderdesk_gui.db import models as m
from orderdesk_gui.domain.changes import Changes
from orderdesk_gui.domain.debt import DebtRules
from orderdesk_gui.services import auth, debt_gate, desk
from tests.conftest import red_client

pytestmark = pytest.mark.dated
RULES = DebtRules()


def user(login):
    return auth.authenticate(login, "demo")


def test_a_refused_order_keeps_the_call_it_opened_and_writes_no_order(demo_db):
    op, client = user("operator"), red_client()
    calls_before, orders_before = m.Call.select().count(), m.Order.select().count()
    result = desk.start_order(op, client.id, None, "order", clock.today(), RULES)
    assert isinstance(result.refused, debt_gate.DebtGateClosed) and result.order_id is None
    assert m.Call.select().count() == calls_before + 1  # the attempt is on the journal
    assert m.Order.select().count() == orders_before
    assert m.Call.get_by_id(result.call_id).client_id == client.id
    assert result.changes.calls and result.changes.orders


def test_an_order_started_on_an_open_call_uses_that_call(demo_db):
    op = user("operator")
    client = next(
        c
        for c in m.Client.select().where(m.Client.status == "active")
        if debt_gate.gate(c.id, clock.today(), RULES).level.name == "GREEN"
    )
    opened = desk.answer_client(op, client.id, "order", clock.today(), RULES)
    assert opened.view.card.id == client.id and opened.changes.calls
    started = desk.start_order(op, client.id, opened.call_id, "order", clock.today(), RULES)
    assert started.refused is None and started.call_id == opened.call_id
    assert m.Order.get_by_id(started.order_id).call_id == opened.call_id


def test_a_consultation_without_a_head_writes_nothing(demo_db):
    op, client = user("operator"), red_client()
    m.User.update(presence="absent").where(m.User.head_of.is_null(False)).execute()
    m.User.update(substitute=None).execute()
    before = m.Call.select().count()
    with pytest.raises(desk.calls.CallError) as refused:
        desk.consult_head(op, None, client.id, "order", "retail", False, None, clock.today())
    assert refused.value.code == "call.no_head_to_consult"
    assert m.Call.select().count() == before  # no call record half-written


def test_transfer_opens_and_closes_in_one_transaction(demo_db):
    op, client = user("operator"), red_client()
    target = m.User.get(m.User.login == "finance")
    done = desk.transfer(op, None, client.id, "order", target.id, "routing.debt")
    call = m.Call.get_by_id(done.call_id)
    assert call.transferred_to_id == target.id and call.transfer_reason == "routing.debt"
    with pytest.raises(desk.calls.CallError):
        desk.transfer(op, None, client.id, "order", 10**9, "routing.debt")  # no such person
    assert m.Call.select().where(m.Call.id > done.call_id).count() == 0  # the failed one left nothing


def test_the_helper_drops_answers_for_a_closed_window_and_words_errors(qtbot, demo_db):
    from orderdesk_gui.services.debt_gate import OrderError
    from orderdesk_gui.ui.hub import Hub
    from orderdesk_gui.ui.operations import Operations
    from orderdesk_gui.ui.worker import DbWorker

    worker, hub = DbWorker(), Hub()
    ops = Operations(worker, hub)
    try:
        owner = QObject()
        got = []
        with qtbot.wait_signal(hub.changed, timeout=5000) as announced:
            ops.run(owner, lambda: desk.Settled("closed", None), got.append)
        assert announced.args == [Changes(calls=True)] and got[0].state == "closed"

        def refuse():
            raise OrderError("order.no_lines")

        with qtbot.wait_signal(hub.message, timeout=5000) as said:
            ops.run(owner, refuse)
        assert said.args[0] == "The order has no lines."

        gone = QObject()
        late = []
        deleted = threading.Event()
        gone.destroyed.connect(lambda *_: deleted.set())

        def slow():  # the answer comes back after the window is gone
            deleted.wait(5)
            return 1

        ops.run(gone, slow, late.append, changes=Changes(orders=True))
        gone.deleteLater()
        qtbot.wait_until(lambda: worker.pending == 0, timeout=5000)
        qtbot.wait(0)
        assert late == []
    finally:
        worker.shutdown()
