"""The call record (D14): opened when a call is answered, transfers and consultations written on it."""

from __future__ import annotations

import datetime as dt

from orderdesk_gui import clock
from orderdesk_gui.db import models as m
from orderdesk_gui.db import notify
from orderdesk_gui.domain import callbacks as cbr
from orderdesk_gui.domain import journal as j
from orderdesk_gui.domain.callbacks import CallbackPolicy
from orderdesk_gui.domain.departments import SALES
from orderdesk_gui.domain.entities import UserInfo
from orderdesk_gui.domain.phones import try_e164
from orderdesk_gui.domain.roles import Role
from orderdesk_gui.domain.states import TaskItemStatus
from orderdesk_gui.domain.text import typed as typed_text
from orderdesk_gui.errors import CodedError, Notice
from orderdesk_gui.services import callback_requests, report_days
from orderdesk_gui.services.auth import actor, audit

PURPOSES = ("order", "info", "complaint", "other")


class CallError(CodedError, ValueError):
    """A call cannot be changed this way (``call.*`` codes)."""


def open_call(
    user: UserInfo,
    phone: str = "",
    client_id: int | None = None,
    direction: str = "in",
    purpose: str = "order",
) -> int:
    """Start a call record now; the phone is stored in E.164 when it is a number."""
    actor(user)  # signed in: a made-up UserInfo is refused
    if purpose not in PURPOSES:
        raise CallError("call.unknown_purpose", purpose=purpose)
    number = try_e164(phone) or (phone or "").strip()[:32]
    with m.db_proxy.atomic():
        call = m.Call.create(
            operator=user.id, phone=number, client=client_id, direction=direction, purpose=purpose
        )
        report_days.landed()  # a clock moved back into a summed day: that day's report summaries go
        notify.announce("call_opened")  # other desks: who is on the phone with this client
    return call.id


def _open_call(call_id: int) -> m.Call:
    call = m.Call.get_or_none(m.Call.id == call_id)
    if call is None:
        raise CallError("call.record_gone")
    return call


def set_client(call_id: int, client_id: int) -> None:
    with m.db_proxy.atomic():
        m.Call.update(client=client_id).where(m.Call.id == call_id).execute()


def set_purpose(call_id: int, purpose: str) -> None:
    if purpose not in PURPOSES:
        raise CallError("call.unknown_purpose", purpose=purpose)
    with m.db_proxy.atomic():
        m.Call.update(purpose=purpose).where(m.Call.id == call_id).execute()


def transfer(user: UserInfo, call_id: int, to_user_id: int, reason: str) -> None:
    """Record that the call was passed to a person, and why; the operator's part ends (F7).

    The call closes like any other (``close_call``), so a callback or task item called on it
    is kept up to date too."""
    actor(user)  # signed in: a made-up UserInfo is refused
    reason = (reason or "").strip()[:300]
    with m.db_proxy.atomic():
        close_call(user, call_id, j.TRANSFERRED, transfer_to_id=to_user_id, transfer_reason=reason)
        login = m.User.select(m.User.login).where(m.User.id == to_user_id).scalar()
        audit(user.id, "call_transferred", "call", call_id, to=login, reason=reason)


def consult(user: UserInfo, call_id: int, head_id: int, note: str = "") -> None:
    """Note on the call that the head was consulted on an unusual case (D11)."""
    actor(user)  # signed in: a made-up UserInfo is refused
    with m.db_proxy.atomic():
        call = _open_call(call_id)
        head = m.User.get_or_none(m.User.id == head_id)
        if head is None:
            raise CallError("call.consulted_person_gone")
        call.consulted = head.id
        note = typed_text(note, 500)  # typed at the desk: no NUL, no lone surrogate, not a novel
        if note:
            line = Notice("call.note_consulted_with_note", name=head.full_name, note=note)
        else:
            line = Notice("call.note_consulted", name=head.full_name)
        call.notes = (call.notes + "\n" if call.notes else "") + j.note_line(line)
        call.save()
        audit(user.id, "call_consulted", "call", call.id, head=head.login)


# --- closing a call with its outcome (D14), outbound calls -------------------------------------

NOTES_MAX = 4000
DEFAULT_POLICY = CallbackPolicy()


def head_of_sales() -> m.User | None:
    """Who receives what the desk cannot finish (escalated callbacks): the head of the sales
    department, else any active sales head."""
    head = (
        m.User.select()
        .join(m.Department, on=(m.User.head_of == m.Department.id))
        .where((m.Department.code == SALES) & (m.User.active == True))  # noqa: E712
        .first()
    )
    if head is None:
        head = (
            m.User.select()
            .where((m.User.role == Role.SALES_HEAD.value) & (m.User.active == True))  # noqa: E712
            .order_by(m.User.id)
            .first()
        )
    return head


def _append(notes: str, text: str) -> str:
    text = (text or "").strip()
    if not text:
        return notes
    joined = (notes + "\n" if notes else "") + text
    return joined[:NOTES_MAX]


def close_call(
    user: UserInfo,
    call_id: int,
    outcome: str,
    detail: str = "",
    notes: str = "",
    *,
    transfer_to_id: int | None = None,
    transfer_reason: str = "",
    callback_at: dt.datetime | None = None,
    policy: CallbackPolicy = DEFAULT_POLICY,
    now: dt.datetime | None = None,
) -> None:
    """End the call with its outcome (one of ``journal.OUTCOMES``), all in one transaction.

    ``outcome=''`` keeps an outcome already written on the call (``order_taken`` by the
    order's completion); an order taken on the call always stays its outcome. ``refused``
    needs the reason in ``detail``; ``transferred`` needs ``transfer_to_id``;
    ``callback_scheduled`` needs ``callback_at`` (naive UTC) in the future and files a
    callback request for the call's number; on a call with an order taken the outcome
    stays ``order_taken`` and the callback is still filed (noted on the call). A call made
    for a callback request updates that request: reached means done, no answer or busy
    means a later retry or, after ``policy.max_attempts``, the head of sales. The open
    task item called on this call gets its outcome (see ``record_task_item``).
    ``now`` (naive UTC) is for tests.
    """
    actor(user)  # signed in: a made-up UserInfo is refused
    outcome = (outcome or "").strip()
    detail = (detail or "").strip()
    if outcome and outcome not in j.OUTCOMES:
        raise CallError("call.unknown_outcome", outcome=outcome)
    now = now or clock.now_utc()
    with m.db_proxy.atomic():
        call = _open_call(call_id)
        if call.ended_at is not None:
            raise CallError("call.closed_already")
        preset = call.outcome or ""
        chosen, typed = outcome, detail
        if preset == j.ORDER_TAKEN or (not outcome and preset):
            outcome, detail = preset, call.outcome_detail or detail
        # the order is the outcome, but a callback the client asked for is still filed
        wants_callback = j.CALLBACK_SCHEDULED in (outcome, chosen)
        if not outcome:
            raise CallError("call.outcome_missing")
        if outcome == j.REFUSED and len(detail) < 2:
            raise CallError("call.refusal_reason_missing")
        if outcome == j.ORDER_TAKEN and preset != j.ORDER_TAKEN:
            raise CallError("call.no_order_completed")
        target = None
        if j.TRANSFERRED in (outcome, chosen) and preset != j.TRANSFERRED:
            if transfer_to_id is None:
                raise CallError("call.transfer_target_missing")
            target = m.User.get_or_none(m.User.id == transfer_to_id)
            if target is None:
                raise CallError("call.transfer_target_gone")
        if wants_callback:
            if callback_at is None:
                raise CallError("call.callback_time_missing")
            if callback_at <= now:
                raise CallError("call.callback_time_past")
            if not (call.phone or call.client_id):
                raise CallError("call.no_number_to_call_back")
        if target is not None:  # also after an order taken: the order stays the outcome
            call.transferred_to = target.id
            call.transfer_reason = (transfer_reason or "").strip()[:300]
            if outcome == j.TRANSFERRED:
                detail = detail or target.full_name
        call.outcome = outcome
        call.outcome_detail = detail[:300]
        call.notes = _append(call.notes, notes)
        if wants_callback and outcome != j.CALLBACK_SCHEDULED:
            if typed:
                line = Notice("call.note_callback_scheduled_with_note", at=callback_at, note=typed)
            else:
                line = Notice("call.note_callback_scheduled", at=callback_at)
            call.notes = _append(call.notes, j.note_line(line))
        call.ended_at = max(now, call.started_at)
        call.save()
        if call.callback_id:
            moved = j.CALLBACK_SCHEDULED if wants_callback else outcome
            _update_callback(call, moved, callback_at, policy, now)
        elif wants_callback:
            _schedule_callback(user, call, callback_at, typed or notes)
        for item in m.OutboundTaskItem.select().where(
            (m.OutboundTaskItem.call == call.id) & (m.OutboundTaskItem.status == TaskItemStatus.OPEN)
        ):
            record_task_item(item, call.id, user.id, outcome, detail if outcome == j.REFUSED else "", now)
        audit(user.id, "call_closed", "call", call.id, outcome=outcome)


TASK_KEEP_OPEN = (*j.FAILED_ATTEMPT_OUTCOMES, j.CALLBACK_SCHEDULED)


def record_task_item(
    item: m.OutboundTaskItem,
    call_id: int,
    operator_id: int,
    outcome: str,
    refusal_reason: str,
    now: dt.datetime,
    answers_json: str = "",
) -> None:
    """One attempt on an outbound task item (D17), counted once, when its call ends: no answer,
    busy or a callback asked for keep the item open; any other outcome finishes it (a refusal
    with its reason). Runs inside the caller's transaction."""
    item.attempts += 1
    item.call, item.operator = call_id, operator_id
    item.outcome = outcome
    if outcome not in TASK_KEEP_OPEN:
        item.status, item.done_at = TaskItemStatus.DONE, now
        item.answers = answers_json
        item.refusal_reason = (refusal_reason or "").strip()[:300] if outcome == j.REFUSED else ""
    item.save()


def _schedule_callback(user: UserInfo, call: m.Call, when: dt.datetime, note: str) -> int:
    phone = call.phone
    if not phone and call.client_id:
        first = (
            m.Phone.select(m.Phone.e164).where(m.Phone.client == call.client_id).order_by(m.Phone.id).first()
        )
        phone = first.e164 if first else ""
    name = call.client.name if call.client_id else ""
    return callback_requests.add_callback(
        phone, name, window_start=when, note=note, source="operator", user=user, client_id=call.client_id
    )


def _update_callback(
    call: m.Call, outcome: str, callback_at: dt.datetime | None, policy: CallbackPolicy, now: dt.datetime
) -> None:
    cb = m.CallbackRequest.get_or_none(m.CallbackRequest.id == call.callback_id)
    if cb is None or cb.status in (cbr.DONE, cbr.CANCELLED):
        return
    cb.last_attempt_at = now
    if outcome in j.FAILED_ATTEMPT_OUTCOMES:
        if cb.status == cbr.ESCALATED:  # the head tries in person: no more automatic retries
            cb.attempts += 1
        else:
            status, next_at = cbr.after_failed_attempt(cb.attempts, policy, now)
            cb.attempts += 1
            cb.status, cb.next_attempt_at = status, next_at
            if status == cbr.ESCALATED:
                head = head_of_sales()
                cb.escalated_to = head.id if head is not None else None
    elif outcome == j.CALLBACK_SCHEDULED and callback_at is not None:
        # reached, and asked to be called again later: the same request moves
        cb.attempts += 1
        cb.window_start, cb.window_end, cb.next_attempt_at = callback_at, None, None
        cb.status = cbr.OPEN
    else:
        cb.attempts += 1
        cb.status, cb.done_at = cbr.DONE, now
    cb.save()


def open_outbound_call(
    user: UserInfo,
    phone: str = "",
    client_id: int | None = None,
    source: str = "",
    callback_id: int | None = None,
    purpose: str = "order",
) -> int:
    """Start an outbound call now (the operator dials); ``source`` says why (``journal.SOURCES``)."""
    actor(user)  # signed in: a made-up UserInfo is refused
    if source not in j.SOURCES:
        raise CallError("call.unknown_source", source=source)
    if purpose not in PURPOSES:
        raise CallError("call.unknown_purpose", purpose=purpose)
    number = try_e164(phone) or (phone or "").strip()[:32]
    with m.db_proxy.atomic():
        if client_id is not None and not m.Client.select().where(m.Client.id == client_id).exists():
            raise CallError("call.client_gone")
        if not number and client_id is not None:
            first = (
                m.Phone.select(m.Phone.e164).where(m.Phone.client == client_id).order_by(m.Phone.id).first()
            )
            number = first.e164 if first else ""
        call = m.Call.create(
            operator=user.id,
            phone=number,
            client=client_id,
            direction="out",
            purpose=purpose,
            source=source,
            callback=callback_id,
        )
        report_days.landed()
    return call.id


def add_note(call_id: int, text: str) -> None:
    """Append a line to the call's notes (open or closed calls)."""
    text = (text or "").strip()
    if not text:
        return
    with m.db_proxy.atomic():
        call = _open_call(call_id)
        call.notes = _append(call.notes, text)
        call.save(only=[m.Call.notes])


def open_calls_of(user: UserInfo) -> list[j.JournalRow]:
    """This operator's calls that were never closed (a crash, a dropped line): to close them now."""
    actor(user)  # signed in: a made-up UserInfo is refused
    from orderdesk_gui.db import followups

    return followups.open_calls(user.id)
