"""The call record (D14): opened when a call is answered, transfers and consultations written on it."""

from __future__ import annotations

from orderdesk_gui.db import models as m
from orderdesk_gui.domain.entities import UserInfo
from orderdesk_gui.domain.phones import try_e164
from orderdesk_gui.services.auth import audit

PURPOSES = ("order", "info", "complaint", "other")


class CallError(ValueError):
    """A call cannot be changed this way; the text is for the user."""


def open_call(
    user: UserInfo,
    phone: str = "",
    client_id: int | None = None,
    direction: str = "in",
    purpose: str = "order",
) -> int:
    """Start a call record now; the phone is stored in E.164 when it is a number."""
    if purpose not in PURPOSES:
        raise CallError(f"Unknown call purpose {purpose!r}.")
    number = try_e164(phone) or (phone or "").strip()[:32]
    with m.db_proxy.atomic():
        call = m.Call.create(
            operator=user.id, phone=number, client=client_id, direction=direction, purpose=purpose
        )
    return call.id


def _open_call(call_id: int) -> m.Call:
    call = m.Call.get_or_none(m.Call.id == call_id)
    if call is None:
        raise CallError("The call record no longer exists.")
    return call


def set_client(call_id: int, client_id: int) -> None:
    with m.db_proxy.atomic():
        m.Call.update(client=client_id).where(m.Call.id == call_id).execute()


def set_purpose(call_id: int, purpose: str) -> None:
    if purpose not in PURPOSES:
        raise CallError(f"Unknown call purpose {purpose!r}.")
    with m.db_proxy.atomic():
        m.Call.update(purpose=purpose).where(m.Call.id == call_id).execute()


def transfer(user: UserInfo, call_id: int, to_user_id: int, reason: str) -> None:
    """Record that the call was passed to a person, and why; the operator's part ends."""
    reason = (reason or "").strip()[:300]
    with m.db_proxy.atomic():
        call = _open_call(call_id)
        target = m.User.get_or_none(m.User.id == to_user_id)
        if target is None:
            raise CallError("The person to transfer to does not exist.")
        call.transferred_to = target.id
        call.transfer_reason = reason
        call.outcome = "transferred"
        call.outcome_detail = target.full_name[:300]
        call.ended_at = m.utcnow()
        call.save()
        audit(user.id, "call_transferred", "call", call.id, to=target.login, reason=reason)


def consult(user: UserInfo, call_id: int, head_id: int, note: str = "") -> None:
    """Note on the call that the head was consulted on an unusual case (D11)."""
    with m.db_proxy.atomic():
        call = _open_call(call_id)
        head = m.User.get_or_none(m.User.id == head_id)
        if head is None:
            raise CallError("The person consulted does not exist.")
        call.consulted = head.id
        line = f"Consulted {head.full_name}" + (f": {note.strip()}" if note and note.strip() else "")
        call.notes = (call.notes + "\n" if call.notes else "") + line
        call.save()
        audit(user.id, "call_consulted", "call", call.id, head=head.login)
