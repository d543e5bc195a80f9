"""Who is signed in where: a row per sign-in at a desk (``desk_session``), renewed by the desk while it
runs, closed at sign-out. A desk killed or cut off stops renewing and counts as gone after ``LAPSE_S``;
its time ends at the last renewal. The heads' live board reads it, and the operator hours will."""

from __future__ import annotations

import datetime as dt

from orderdesk_gui import clock
from orderdesk_gui.db import models as m
from orderdesk_gui.db import notify
from orderdesk_gui.services import auth
from orderdesk_gui.services.auth import UserInfo, actor

BEAT_S = 30  # a running desk renews its row this often
LAPSE_S = 90  # not renewed for this long: the desk is gone (killed, switched off, cut off)


def begin(user: UserInfo, desk: str) -> int:
    """The signed-in ``user`` starts working at ``desk``: the new session's id."""
    who = actor(user)
    now = clock.now_utc()
    with m.db_proxy.atomic():
        session = m.DeskSession.create(
            user=who.id, desk=(desk or "")[:64], signed_in_at=now, seen_at=now, signed_out_at=None
        )
        notify.announce("desk_signed_in")
    return session.id


def beat(user: UserInfo, session_id: int) -> None:
    """The desk still runs. A session that lapsed meanwhile (the desk was cut off longer than
    ``LAPSE_S``) is renewed as it is: the gap shows in the hours between its rows' times, not here."""
    who = actor(user)
    with m.db_proxy.atomic():
        m.DeskSession.update(seen_at=clock.now_utc()).where(
            (m.DeskSession.id == session_id)
            & (m.DeskSession.user == who.id)
            & m.DeskSession.signed_out_at.is_null()
        ).execute()


def end(user: UserInfo, session_id: int) -> None:
    """Signed out (or the program closed): the session ends now."""
    who = actor(user)
    now = clock.now_utc()
    with m.db_proxy.atomic():
        ended = (
            m.DeskSession.update(seen_at=now, signed_out_at=now)
            .where(
                (m.DeskSession.id == session_id)
                & (m.DeskSession.user == who.id)
                & m.DeskSession.signed_out_at.is_null()
            )
            .execute()
        )
        if ended:
            notify.announce("desk_signed_out")


def sign_out(user: UserInfo, session_id: int | None) -> None:
    """Signing out at a desk: its session ends, then the sign-in itself (the services refuse it after)."""
    try:
        if session_id is not None:
            end(user, session_id)
    finally:
        auth.sign_out(user)


def live_clause(now: dt.datetime):
    """Sessions still running at ``now`` (naive UTC)."""
    return m.DeskSession.signed_out_at.is_null() & (
        m.DeskSession.seen_at >= now - dt.timedelta(seconds=LAPSE_S)
    )
