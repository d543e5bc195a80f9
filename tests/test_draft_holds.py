"""One draft at one desk (issue 15): the desk that opens a draft holds it; another desk sees it read-only
with the holder's name and desk and takes it over only explicitly (audited; the first desk is told); a
killed desk's hold runs out by itself. On both databases, a race of two real processes on PostgreSQL, and
the window driven by keyboard."""

from __future__ import annotations

import datetime as dt
import json
import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from orderdesk_gui import clock
from orderdesk_gui.db import connection
from orderdesk_gui.db import models as m
from orderdesk_gui.domain.changes import Changes
from orderdesk_gui.domain.debt import DebtRules
from orderdesk_gui.domain.states import OrderStatus
from orderdesk_gui.services import auth, calls, debt_gate, draft_holds, ordering
from orderdesk_gui.services.draft_holds import HeldElsewhere, HoldKey
from tests.conftest import DEMO_AS_OF
from tests.test_races_postgres import Desk
from tests.test_services_ordering import add, complete, green_client, offers_for, priced_products

RULES = DebtRules()
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def two_desks(any_url):
    """A small demo on either database; the operator at desk 1 and the head of sales at desk 2."""
    from orderdesk_gui.demo import DemoOptions, build_demo_database

    build_demo_database(any_url, DemoOptions(clients=30, products=60, months=2, seed=7, as_of=DEMO_AS_OF))
    connection.open_database(any_url)
    op, head = auth.authenticate("operator", "demo"), auth.authenticate("head", "demo")
    client = green_client()
    call_id = calls.open_call(op, "", client.id)
    order_id = debt_gate.start_order(op, client.id, clock.today(), RULES, call_id=call_id)
    return op, head, client, order_id


def _key(user, desk: str) -> HoldKey:
    return HoldKey(user.id, desk.encode().hex()[:32], desk)


def test_the_first_desk_holds_the_draft_and_the_second_sees_it_read_only(two_desks):
    op, head, _client, order_id = two_desks
    mine, theirs = _key(op, "Стол 1"), _key(head, "Үстел 2")
    view = ordering.open_draft(order_id, clock.today(), user=op, hold=mine)
    assert view.holder is None
    seen = ordering.open_draft(order_id, clock.today(), user=head, hold=theirs)
    assert seen.holder is not None
    assert (seen.holder.name, seen.holder.desk) == (op.full_name, "Стол 1")
    # the second desk's save is refused in words, and nothing of it is written
    add(seen, priced_products(1, seen.price_column_id)[0], "3")
    with pytest.raises(HeldElsewhere) as refused:
        ordering.save_draft(order_id, seen.lines, [], seen.version, theirs)
    assert refused.value.code == "order.held_elsewhere" and refused.value.params["desk"] == "Стол 1"
    assert m.OrderLine.select().where(m.OrderLine.order == order_id).count() == 0
    # so is a write with no hold at all (a script), while the first desk saves as before
    with pytest.raises(HeldElsewhere):
        ordering.save_draft(order_id, seen.lines, [], seen.version)
    add(view, priced_products(1, view.price_column_id)[0], "2")
    assert ordering.save_draft(order_id, view.lines, [], view.version, mine) == view.version + 1
    assert draft_holds.renew(op, order_id, mine) is None
    assert draft_holds.holder_of(order_id, theirs).desk == "Стол 1"


def test_taking_over_is_explicit_audited_and_the_first_desk_is_told(two_desks):
    op, head, client, order_id = two_desks
    mine, theirs = _key(op, "Стол 1"), _key(head, "Үстел 2")
    view = ordering.open_draft(order_id, clock.today(), user=op, hold=mine)
    add(view, priced_products(1, view.price_column_id)[0], "2")
    version = ordering.save_draft(order_id, view.lines, [], view.version, mine)
    taken = ordering.open_draft(order_id, clock.today(), user=head, hold=theirs, take_over=True)
    assert taken.holder is None and taken.version == version and len(taken.lines) == 1
    event = m.AuditEvent.get(
        (m.AuditEvent.action == "draft_taken_over") & (m.AuditEvent.entity_id == str(order_id))
    )
    assert event.user_id == head.id
    details = json.loads(event.details)
    assert details == {"old_user": op.full_name, "old_desk": "Стол 1", "new_desk": "Үстел 2"}
    # the first desk learns it at its next renewal, and its save is refused
    holder = draft_holds.renew(op, order_id, mine)
    assert holder is not None and (holder.name, holder.desk) == (head.full_name, "Үстел 2")
    with pytest.raises(HeldElsewhere):
        ordering.save_draft(order_id, view.lines * 2, [], version, mine)
    # the desk that took it over completes it; the hold ends with the draft
    offers = offers_for(taken, accepted=0, declined=3)
    version = ordering.save_draft(order_id, taken.lines, offers, taken.version, theirs)
    number = complete(head, order_id, client, version, theirs)
    assert number and m.Order.get_by_id(order_id).status == OrderStatus.ACCEPTED
    assert not m.DraftHold.select().where(m.DraftHold.order == order_id).exists()


def test_a_killed_desks_hold_runs_out_and_a_closed_one_ends_at_once(two_desks, test_clock):
    op, head, client, order_id = two_desks
    mine, theirs = _key(op, "Стол 1"), _key(head, "Үстел 2")
    ordering.open_draft(order_id, clock.today(), user=op, hold=mine)
    test_clock.advance(dt.timedelta(seconds=draft_holds.LEASE_S - 5))
    assert ordering.open_draft(order_id, clock.today(), user=head, hold=theirs).holder is not None
    # the desk was killed: nobody renews, and after the lease the draft opens for editing elsewhere
    test_clock.advance(dt.timedelta(seconds=10))
    assert ordering.open_draft(order_id, clock.today(), user=head, hold=theirs).holder is None
    assert not m.AuditEvent.select().where(m.AuditEvent.action == "draft_taken_over").exists()
    # closing without completing releases it at once
    draft_holds.release(head, order_id, theirs)
    assert draft_holds.holder_of(order_id, mine) is None
    view = ordering.open_draft(order_id, clock.today(), user=op, hold=mine)
    assert view.holder is None
    # the holder itself may complete without its key being renewed (a hold that ran out and was not taken)
    test_clock.advance(dt.timedelta(minutes=5))
    for pid in priced_products(2, view.price_column_id):
        add(view, pid, "1")
    version = ordering.save_draft(order_id, view.lines, offers_for(view, 0, 3), view.version, mine)
    with pytest.raises(HeldElsewhere):  # a script completing it while a desk holds it
        complete(op, order_id, client, version)
    done = complete(op, order_id, client, version, mine)
    assert done and not m.DraftHold.select().exists()


def test_an_operator_who_is_not_signed_in_cannot_hold_or_release(two_desks):
    from orderdesk_gui.domain.entities import UserInfo
    from orderdesk_gui.services.auth import PermissionDenied

    op, _head, _client, order_id = two_desks
    made_up = UserInfo(op.id, op.login, op.full_name, op.role, session="forged")
    with pytest.raises(PermissionDenied):
        ordering.open_draft(order_id, clock.today(), user=made_up, hold=_key(op, "x"))
    with pytest.raises(PermissionDenied):
        draft_holds.renew(made_up, order_id, _key(op, "x"))
    assert not m.DraftHold.select().exists()


def test_two_desks_opening_a_free_draft_at_once_one_holds_it(pg_url):
    """Two real processes on the real PostgreSQL open the same free draft at the same moment, twenty
    times: exactly one holds it each time, the other sees who does (no error, no two holders)."""
    from orderdesk_gui.demo import DemoOptions, build_demo_database

    build_demo_database(pg_url, DemoOptions(clients=20, products=40, months=1, seed=3, as_of=DEMO_AS_OF))
    connection.open_database(pg_url)
    op = auth.authenticate("operator", "demo")
    client = green_client()
    desks = [Desk(pg_url, "operator"), Desk(pg_url, "head")]
    try:
        for trial in range(20):
            order_id = debt_gate.start_order(op, client.id, clock.today(), RULES)
            at = time.monotonic() + 0.3
            for n, desk in enumerate(desks):
                desk.send(op="hold", order=order_id, token=f"t{trial}-{n}", desk=f"desk {n}", at=at)
            answers = [desk.answer() for desk in desks]
            assert all(a["ok"] for a in answers), answers
            free = [a for a in answers if a["result"] is None]
            assert len(free) == 1, answers
            held = m.DraftHold.get(m.DraftHold.order == order_id)
            other = next(a for a in answers if a["result"] is not None)
            assert other["result"] == held.desk
            ordering.cancel(op, order_id, "race drill", HoldKey(held.user_id, held.token, held.desk))
    finally:
        for desk in desks:
            desk.close()


def _answer(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier, asked=None, picture="") -> None:
    """Press ``key`` in the question box about to open (it runs its own event loop); ``picture``: save
    the box first under that name (ORDERDESK_SHOTS)."""
    from tests.gui_helpers import shot

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        if asked is not None:
            asked.append(box.text())
        if picture:
            shot(box, picture)
        qtbot.keyClick(box, key, modifier)

    QTimer.singleShot(20, press)


def test_a_held_draft_opens_read_only_and_is_taken_over_by_keyboard(qtbot, window):
    """The window: a draft another desk holds opens read-only with that desk's name; Enter on the
    question keeps it read-only; Ctrl+Shift+O and Alt+T take it over; the other desk taking it back is
    heard at once and the window turns read-only again."""
    from tests.gui_helpers import shot

    op = auth.authenticate("operator", "demo")
    head = auth.authenticate("head", "demo")
    client = green_client()
    order_id = debt_gate.start_order(op, client.id, clock.today(), RULES)
    elsewhere = _key(head, "Үстел 2")
    ordering.open_draft(order_id, clock.today(), user=head, hold=elsewhere)
    panel, controller = window.order_panel, window.orders
    controller.open(order_id)
    qtbot.wait_until(lambda: controller.view is not None)
    assert controller.read_only and not panel.ui.productEdit.isEnabled()
    status = panel.ui.statusLabel.text()
    assert "Үстел 2" in status and head.full_name in status and "read-only" in panel.ui.titleLabel.text()
    shot(window, "draft_read_only")
    controller.add_product(1, "2")
    assert "Үстел 2" in panel.ui.messageLabel.text()
    # Enter on the question is "leave it": nothing is taken
    asked = []
    _answer(qtbot, Qt.Key.Key_Return, asked=asked)
    qtbot.keyClick(window, Qt.Key.Key_O, CTRL_SHIFT)
    assert asked and "Үстел 2" in asked[0]
    assert controller.read_only
    assert m.DraftHold.get(m.DraftHold.order == order_id).desk == "Үстел 2"
    # Alt+T on the question takes it over
    qtbot.wait_until(lambda: QApplication.activeWindow() is window)
    _answer(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier, asked)
    qtbot.keyClick(window, Qt.Key.Key_O, CTRL_SHIFT)
    assert len(asked) == 2
    qtbot.wait_until(lambda: not controller.read_only)
    assert panel.ui.productEdit.isEnabled()
    hold = m.DraftHold.get(m.DraftHold.order == order_id)
    assert hold.user_id == op.id and hold.token == controller.hold.key.token
    assert m.AuditEvent.select().where(m.AuditEvent.action == "draft_taken_over").count() == 1
    # the other desk takes it back; this desk hears it (the live hub) and turns read-only
    ordering.open_draft(order_id, clock.today(), user=head, hold=elsewhere, take_over=True)
    window.hub.announce(Changes(drafts=True))
    qtbot.wait_until(lambda: controller.read_only, timeout=5000)
    qtbot.wait_until(lambda: not panel.ui.productEdit.isEnabled())
    assert "Үстел 2" in panel.ui.messageLabel.text()


def test_the_read_only_order_reads_in_russian_and_kazakh(qtbot, lang, window):
    from tests.gui_helpers import shot

    op, head = auth.authenticate("operator", "demo"), auth.authenticate("head", "demo")
    order_id = debt_gate.start_order(op, green_client().id, clock.today(), RULES)
    ordering.open_draft(order_id, clock.today(), user=head, hold=_key(head, "Үстел 2"))
    window.orders.open(order_id)
    qtbot.wait_until(lambda: window.orders.view is not None)
    title, status = window.order_panel.ui.titleLabel.text(), window.order_panel.ui.statusLabel.text()
    word = {"ru": "только просмотр", "kk": "тек қарау"}[lang]
    assert word in title and "Үстел 2" in status and "Ctrl+Shift+O" in status
    window.orders.add_product(1, "1")  # refused in words
    assert "Үстел 2" in window.order_panel.ui.messageLabel.text()
    asked = []
    _answer(qtbot, Qt.Key.Key_Escape, asked=asked, picture=f"draft_take_over_question_{lang}")
    qtbot.keyClick(window, Qt.Key.Key_O, CTRL_SHIFT)
    assert asked and "Үстел 2" in asked[0] and window.orders.read_only
    shot(window, f"draft_read_only_{lang}")


def test_opening_another_order_ends_the_hold_on_the_first(qtbot, window):
    op = auth.authenticate("operator", "demo")
    client = green_client()
    first = debt_gate.start_order(op, client.id, clock.today(), RULES)
    other = green_client(skip={client.id})
    second = debt_gate.start_order(op, other.id, clock.today(), RULES)
    assert first != second
    controller = window.orders
    controller.open(first)
    qtbot.wait_until(lambda: controller.view is not None and controller.view.order_id == first)
    assert m.DraftHold.get(m.DraftHold.order == first).user_id == op.id
    controller.open(second)
    qtbot.wait_until(lambda: controller.view.order_id == second)
    qtbot.wait_until(lambda: not m.DraftHold.select().where(m.DraftHold.order == first).exists())
    assert m.DraftHold.get(m.DraftHold.order == second).token == controller.hold.key.token
