"""Filing a "call me back" request (D1): checked, stored in E.164, linked to its client, an open
request for the same number updated instead of doubled. The calls service files one when a call ends
with "call back later"; the callbacks service when an operator, the web form or a CSV asks."""

from __future__ import annotations

import datetime as dt

from orderdesk_gui import clock
from orderdesk_gui.db import models as m
from orderdesk_gui.domain import callbacks as rules
from orderdesk_gui.domain.entities import UserInfo
from orderdesk_gui.domain.journal import CALLBACK_SOURCES
from orderdesk_gui.domain.phones import try_e164
from orderdesk_gui.errors import CodedError
from orderdesk_gui.services.auth import actor, audit

NAME_MAX, NOTE_MAX = 200, 2000


class CallbackError(CodedError, ValueError):
    """A callback request that cannot be filed or changed, or a bad row of a CSV (``callback.*`` codes)."""


# --- filing and changing requests ----------------------------------------------------------


def client_of(e164: str) -> int | None:
    row = m.Phone.select(m.Phone.client).where(m.Phone.e164 == e164).order_by(m.Phone.client).first()
    return row.client_id if row else None


def checked(
    phone: str, name: str, window_start, window_end, note: str, source: str
) -> tuple[str, str, str, dt.datetime | None, dt.datetime | None, str]:
    raw = (phone or "").strip()
    number = try_e164(raw)
    if number is None:
        if raw:
            raise CallbackError("callback.phone_not_a_number", text=raw)
        raise CallbackError("callback.phone_empty")
    name = (name or "").strip()
    note = (note or "").strip()
    if len(name) > NAME_MAX:
        raise CallbackError("callback.name_too_long", limit=NAME_MAX)
    if len(note) > NOTE_MAX:
        raise CallbackError("callback.note_too_long", limit=NOTE_MAX)
    if source not in CALLBACK_SOURCES:
        raise CallbackError("callback.unknown_source", source=source, choices=list(CALLBACK_SOURCES))
    for moment in (window_start, window_end):
        if moment is not None and moment.tzinfo is not None:
            raise ValueError("callback times are naive UTC")
    if window_start is not None and window_end is not None and window_end <= window_start:
        raise CallbackError("callback.window_reversed")
    return raw[:32], number, name, window_start, window_end, note


def add_callback(
    phone: str,
    name: str = "",
    window_start: dt.datetime | None = None,
    window_end: dt.datetime | None = None,
    note: str = "",
    source: str = "operator",
    user: UserInfo | None = None,
    *,
    client_id: int | None = None,
    now: dt.datetime | None = None,
) -> int:
    """File a "call me back" request (times naive UTC; no start = now) and return its id.

    The number is checked and stored in E.164 and linked to the client owning it.
    An open request for the same number is updated (new window, note added)
    rather than duplicated.
    """
    if user is not None:  # None: the web form or a dropped file, acting for nobody
        actor(user)
    raw, number, name, start, end, note = checked(phone, name, window_start, window_end, note, source)
    now = now or clock.now_utc()
    with m.db_proxy.atomic():
        return file_checked(raw, number, name, start or now, end, note, source, user, client_id)


def file_checked(raw, number, name, start, end, note, source, user, client_id) -> int:
    owner = client_id if client_id is not None else client_of(number)
    existing = (
        m.CallbackRequest.select()
        .where((m.CallbackRequest.e164 == number) & (m.CallbackRequest.status == rules.OPEN))
        .order_by(m.CallbackRequest.id)
        .first()
    )
    if existing is not None:
        existing.window_start, existing.window_end, existing.next_attempt_at = start, end, None
        if name:
            existing.name = name
        if note and note not in existing.note:
            existing.note = ((existing.note + "\n") if existing.note else "") + note
            existing.note = existing.note[-NOTE_MAX:]
        if existing.client_id is None and owner is not None:
            existing.client = owner
        existing.save()
        audit(user.id if user else None, "callback_updated", "callback", existing.id, source=source)
        return existing.id
    row = m.CallbackRequest.create(
        phone=raw or number,
        e164=number,
        name=name,
        client=owner,
        window_start=start,
        window_end=end,
        note=note,
        source=source,
        created_by=user.id if user else None,
    )
    audit(user.id if user else None, "callback_added", "callback", row.id, source=source)
    return row.id


def request(callback_id: int) -> m.CallbackRequest:
    row = m.CallbackRequest.get_or_none(m.CallbackRequest.id == callback_id)
    if row is None:
        raise CallbackError("callback.request_gone")
    return row
