"""The heads' live board (issue 15): who is signed in, on a call (with whom, since when), in after-call
work, away or absent; today's calls, orders and offers per operator; the callbacks due and overdue. One
read of a few queries over today's rows only (indexed by time); the window refreshes it when something
changes at any desk and every few seconds for the clocks."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from peewee import JOIN, Case, fn

from orderdesk_gui import clock
from orderdesk_gui.db import models as m
from orderdesk_gui.domain.roles import Permission, Role
from orderdesk_gui.domain.states import PLACED
from orderdesk_gui.services import desk_sessions
from orderdesk_gui.services.auth import UserInfo, require
from orderdesk_gui.services.callbacks import due_clause

AFTER_CALL_S = 60  # the wrap-up after a call: notes, the outcome, the next order's paperwork

# states, in the order the board lists them
ON_CALL, AFTER_CALL, AVAILABLE, AWAY, ABSENT, SIGNED_OUT = (
    "on_call",
    "after_call",
    "available",
    "away",
    "absent",
    "signed_out",
)
STATE_ORDER = (ON_CALL, AFTER_CALL, AVAILABLE, AWAY, ABSENT, SIGNED_OUT)


@dataclass(frozen=True)
class OperatorRow:
    user_id: int
    name: str
    state: str  # one of STATE_ORDER
    since: dt.datetime | None  # naive UTC: the call's start, the wrap-up's start, the sign-in
    desk: str  # where signed in ('' when not)
    client: str  # on a call: with whom
    direction: str  # on a call: in / out
    calls: int  # today
    talk_s: int  # today's calls' total length, the one going on up to now
    orders: int
    orders_sum: Decimal
    offers: int  # offers made today (in orders accepted today)
    offers_accepted: int


@dataclass(frozen=True)
class Board:
    at: dt.datetime  # naive UTC
    rows: tuple[OperatorRow, ...]
    callbacks_due: int  # open requests due now
    callbacks_overdue: int  # of them, those whose agreed window has ended
    totals: OperatorRow


def board(user: UserInfo, now: dt.datetime | None = None) -> Board:
    """The desk as it is at ``now`` (naive UTC). Heads, finance and administrators (VIEW_REPORTS)."""
    require(user, Permission.VIEW_REPORTS)
    now = now or clock.now_utc()
    start, _end = clock.day_bounds(clock.to_local(now).date())
    people = list(
        m.User.select(m.User.id, m.User.full_name, m.User.presence)
        .where((m.User.active == True) & (m.User.role.in_((Role.OPERATOR.value, Role.MANAGER.value))))  # noqa: E712
        .order_by(m.User.full_name)
    )
    ids = [p.id for p in people]
    sessions = {}
    for row in (
        m.DeskSession.select(m.DeskSession.user, m.DeskSession.desk, m.DeskSession.signed_in_at)
        .where(desk_sessions.live_clause(now) & m.DeskSession.user.in_(ids))
        .order_by(m.DeskSession.signed_in_at)
    ):
        sessions[row.user_id] = row  # the latest sign-in wins
    open_calls = {}
    for call in (
        m.Call.select(m.Call.operator, m.Call.started_at, m.Call.direction, m.Call.phone, m.Client.name)
        .join(m.Client, JOIN.LEFT_OUTER)
        .where(m.Call.ended_at.is_null() & (m.Call.started_at >= start - dt.timedelta(hours=12)))
        .order_by(m.Call.started_at)
        .objects()
    ):
        open_calls[call.operator_id] = call
    today_calls: dict[int, int] = {}
    talk_s: dict[int, float] = {}
    last_end: dict[int, dt.datetime] = {}
    for operator_id, started, ended in (
        m.Call.select(m.Call.operator, m.Call.started_at, m.Call.ended_at)
        .where(m.Call.started_at >= start)
        .tuples()
    ):
        today_calls[operator_id] = today_calls.get(operator_id, 0) + 1
        talk_s[operator_id] = talk_s.get(operator_id, 0) + max(
            0.0, ((ended or now) - started).total_seconds()
        )
        if ended is not None and (operator_id not in last_end or ended > last_end[operator_id]):
            last_end[operator_id] = ended
    orders = {
        operator_id: (count, total or Decimal(0))
        for operator_id, count, total in m.Order.select(
            m.Order.operator, fn.COUNT(m.Order.id), fn.SUM(m.Order.total_amount)
        )
        .where((m.Order.accepted_at >= start) & m.Order.status.in_(PLACED))
        .group_by(m.Order.operator)
        .tuples()
    }
    offers = {
        operator_id: (made, accepted or 0)
        for operator_id, made, accepted in m.SuggestionOffer.select(
            m.Order.operator,
            fn.COUNT(m.SuggestionOffer.id),
            fn.SUM(Case(None, [(m.SuggestionOffer.outcome == "accepted", 1)], 0)),
        )
        .join(m.Order)
        .where((m.Order.accepted_at >= start) & m.Order.status.in_(PLACED))
        .group_by(m.Order.operator)
        .tuples()
    }
    rows = []
    for person in people:
        session, call = sessions.get(person.id), open_calls.get(person.id)
        ended = last_end.get(person.id)
        client, direction, since = "", "", None
        if call is not None:
            state, since = ON_CALL, call.started_at
            client, direction = (getattr(call, "name", None) or call.phone or ""), call.direction
        elif person.presence == "absent":
            state = ABSENT
        elif session is None:
            state = SIGNED_OUT
        elif person.presence == "away":
            state, since = AWAY, session.signed_in_at
        elif ended is not None and (now - ended).total_seconds() < AFTER_CALL_S:
            state, since = AFTER_CALL, ended
        else:
            state, since = AVAILABLE, session.signed_in_at
        made, accepted = offers.get(person.id, (0, 0))
        count, total = orders.get(person.id, (0, Decimal(0)))
        rows.append(
            OperatorRow(
                person.id,
                person.full_name,
                state,
                since,
                session.desk if session is not None else "",
                client,
                direction,
                today_calls.get(person.id, 0),
                int(talk_s.get(person.id, 0)),
                count,
                Decimal(total),
                made,
                int(accepted),
            )
        )
    rows.sort(key=lambda r: (STATE_ORDER.index(r.state), r.name))
    due = m.CallbackRequest.select(fn.COUNT(m.CallbackRequest.id)).where(due_clause(now)).scalar() or 0
    overdue = (
        m.CallbackRequest.select(fn.COUNT(m.CallbackRequest.id))
        .where(due_clause(now) & (m.CallbackRequest.window_end < now))
        .scalar()
        or 0
    )
    totals = OperatorRow(
        0,
        "",
        "",
        None,
        "",
        "",
        "",
        sum(r.calls for r in rows),
        sum(r.talk_s for r in rows),
        sum(r.orders for r in rows),
        sum((r.orders_sum for r in rows), Decimal(0)),
        sum(r.offers for r in rows),
        sum(r.offers_accepted for r in rows),
    )
    return Board(now, tuple(rows), due, overdue, totals)
