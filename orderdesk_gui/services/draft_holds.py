"""One draft at one desk (issue 15): the desk that opens a draft holds it, as a lease it renews while the
order is open (``draft_hold``, migration 0016); another desk opening the same draft sees it read-only
with the holder's name and desk, and may take it over only explicitly (audited; the first desk is told at
once on PostgreSQL, at its next save or renewal on SQLite). A killed desk's hold runs out after
``LEASE_S`` by itself.

Every write to a draft (a save, completing, cancelling) checks the hold in its own transaction, after
locking the order's row, so a take-over and a save at two desks come one after the other.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from orderdesk_gui import clock
from orderdesk_gui.db import models as m
from orderdesk_gui.db import notify
from orderdesk_gui.domain.entities import UserInfo
from orderdesk_gui.domain.roles import Permission
from orderdesk_gui.domain.states import OrderStatus
from orderdesk_gui.services.auth import audit, require
from orderdesk_gui.services.debt_gate import OrderError

LEASE_S = 45  # a hold not renewed for this long belongs to a desk that died or lost its network
RENEW_S = 15  # how often an open desk renews its hold (three tries before it runs out)


@dataclass(frozen=True)
class HoldKey:
    """This desk's hold on the draft it has open: who, which opening, which desk."""

    user_id: int
    token: str
    desk: str


@dataclass(frozen=True)
class Holder:
    """Another desk holding a draft: shown on the read-only order."""

    user_id: int
    name: str
    desk: str
    since: dt.datetime


class HeldElsewhere(OrderError):
    """Another desk is editing this draft (or took it over from this one)."""

    def __init__(self, holder: Holder) -> None:
        super().__init__("order.held_elsewhere", name=holder.name, desk=holder.desk, since=holder.since)
        self.holder = holder


def locked_draft(order_id: int, lock: bool = True) -> m.Order:
    """The draft ``order_id``; ``lock``: its row stays locked for this transaction (another desk's write
    to the same order waits, then finds the version or the hold moved on)."""
    query = m.Order.select().where(m.Order.id == order_id)
    order = (m.for_update(query) if lock else query).first()
    if order is None:
        raise OrderError("order.missing")
    if order.status != OrderStatus.DRAFT:
        raise OrderError("order.not_draft", status=order.status)
    return order


def _row(order_id: int) -> m.DraftHold | None:
    return m.DraftHold.get_or_none(m.DraftHold.order == order_id)


def _holder(row: m.DraftHold) -> Holder:
    name = m.User.select(m.User.full_name).where(m.User.id == row.user_id).scalar() or ""
    return Holder(row.user_id, name, row.desk, row.since)


def _elsewhere(row: m.DraftHold | None, key: HoldKey | None, now: dt.datetime) -> bool:
    """``row`` is a live hold of another opening than ``key``'s."""
    return row is not None and row.until >= now and (key is None or row.token != key.token)


def _write(order_id: int, key: HoldKey, row: m.DraftHold | None, now: dt.datetime) -> None:
    until = now + dt.timedelta(seconds=LEASE_S)
    desk = key.desk[:64]
    if row is None:
        m.DraftHold.insert(
            order=order_id, user=key.user_id, desk=desk, token=key.token, since=now, until=until
        ).execute()
    elif row.token == key.token:
        m.DraftHold.update(until=until).where(m.DraftHold.order == order_id).execute()
    else:
        m.DraftHold.update(user=key.user_id, desk=desk, token=key.token, since=now, until=until).where(
            m.DraftHold.order == order_id
        ).execute()


def take(user: UserInfo, order_id: int, key: HoldKey, *, take_over: bool) -> Holder | None:
    """Inside the caller's transaction, the order's row locked: hold the draft for ``key``. Returns the
    other desk that keeps it (nothing taken), or None when this desk holds it now. ``take_over`` replaces
    another desk's live hold: audited, and that desk is told."""
    now = clock.now_utc()
    row = _row(order_id)
    if _elsewhere(row, key, now):
        if not take_over:
            return _holder(row)
        before = _holder(row)
        audit(
            user.id,
            "draft_taken_over",
            "order",
            order_id,
            old_user=before.name,
            old_desk=before.desk,
            new_desk=key.desk[:64],
        )
    _write(order_id, key, row, now)
    return None


def guard(order_id: int, key: HoldKey | None, *, renew: bool = True) -> None:
    """Inside a transaction that writes the draft, its row locked: ``HeldElsewhere`` when another desk
    holds it; this desk's hold is renewed (or taken again when it ran out and nobody else took it). A
    write without a key (the command line, a script), or one that ends the draft (``renew=False``: the
    hold is dropped in the same transaction), only checks."""
    now = clock.now_utc()
    if key is not None and renew:
        # the usual case, one statement: this desk's own hold (live or run out, nobody took it) renewed
        mine = (m.DraftHold.order == order_id) & (m.DraftHold.token == key.token)
        if m.DraftHold.update(until=now + dt.timedelta(seconds=LEASE_S)).where(mine).execute():
            return
    row = _row(order_id)
    if _elsewhere(row, key, now):
        raise HeldElsewhere(_holder(row))
    if key is not None and renew:
        _write(order_id, key, row, now)


def drop(order_id: int) -> None:
    """Inside the transaction that ends the draft (accepted, cancelled): nobody holds it any more."""
    m.DraftHold.delete().where(m.DraftHold.order == order_id).execute()


def renew(user: UserInfo, order_id: int, key: HoldKey) -> Holder | None:
    """The open desk's heartbeat: keep holding the draft. Returns the desk that took it over (this desk
    then shows it read-only), None while it is still held here. A draft that is no longer a draft (taken
    and completed elsewhere) is said by ``OrderError`` as everywhere."""
    require(user, Permission.TAKE_ORDERS)
    with m.db_proxy.atomic():
        locked_draft(order_id)
        try:
            guard(order_id, key)
        except HeldElsewhere as taken:
            return taken.holder
    return None


def release(user: UserInfo, order_id: int, key: HoldKey) -> None:
    """The desk closes the draft without completing it: its hold ends now, not at the lease's end (a
    read-only desk is told the draft is free)."""
    require(user, Permission.TAKE_ORDERS)
    with m.db_proxy.atomic():
        gone = (
            m.DraftHold.delete()
            .where((m.DraftHold.order == order_id) & (m.DraftHold.token == key.token))
            .execute()
        )
        if gone:
            notify.announce("draft_released")


def holder_of(order_id: int, key: HoldKey | None) -> Holder | None:
    """Another desk's live hold on the draft, None when it is this desk's or nobody's (a read-only desk
    asks when it hears that a hold changed)."""
    row = _row(order_id)
    return _holder(row) if _elsewhere(row, key, clock.now_utc()) else None
