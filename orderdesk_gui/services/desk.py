"""The operator's actions on the call in progress: each is one service function in one transaction,
opening the call record first when the operator started from a search, and returning what changed.

The UI runs them through ``ui/operations.py``; no UI closure chains several service calls.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from orderdesk_gui.db import followups, queries
from orderdesk_gui.db import models as m
from orderdesk_gui.domain.changes import Changes
from orderdesk_gui.domain.debt import DebtRules
from orderdesk_gui.domain.departments import SALES, WHOLESALE
from orderdesk_gui.domain.entities import UserInfo
from orderdesk_gui.domain.journal import JournalRow
from orderdesk_gui.domain.routing import CallContext, follow_chain, head_step
from orderdesk_gui.errors import CodedError
from orderdesk_gui.services import caller, calls, debt_gate
from orderdesk_gui.services.auth import Approval, actor
from orderdesk_gui.services.caller import CallerView

CALLS = Changes(calls=True)
CONSULTED_HEADS = (head_step(SALES), head_step(WHOLESALE))


@dataclass(frozen=True)
class CallOpened:
    """The call the action was written on (opened by it when there was none)."""

    call_id: int
    changes: Changes = CALLS


@dataclass(frozen=True)
class Consulted:
    call_id: int
    head_name: str
    changes: Changes = CALLS


@dataclass(frozen=True)
class OrderStart:
    """An order started on a call, or refused by the gate or a rule (``refused``); either way the call
    record stays, with the attempt on it."""

    call_id: int
    order_id: int | None
    refused: CodedError | None
    changes: Changes = Changes(calls=True, orders=True)


@dataclass(frozen=True)
class Settled:
    """``closed``: the call had its outcome (or was closed elsewhere) and is closed now; ``ask``: the
    operator must give one."""

    state: str
    row: JournalRow | None
    changes: Changes = CALLS


def _call(user: UserInfo, call_id: int | None, client_id: int | None, purpose: str) -> int:
    return call_id if call_id is not None else calls.open_call(user, "", client_id, "in", purpose)


def transfer(
    user: UserInfo, call_id: int | None, client_id: int | None, purpose: str, target_id: int, reason: str
) -> CallOpened:
    """Pass the caller to a person (F7), with the reason (a routing code or the operator's words)."""
    actor(user)  # signed in: a made-up UserInfo is refused
    with m.db_proxy.atomic():
        call_id = _call(user, call_id, client_id, purpose)
        calls.transfer(user, call_id, target_id, reason)
    return CallOpened(call_id)


def consult_head(
    user: UserInfo,
    call_id: int | None,
    client_id: int,
    purpose: str,
    type_code: str,
    is_new: bool,
    manager_id: int | None,
    today: dt.date,
    note: str = "",
) -> Consulted:
    """Note on the call that the head of sales (else of wholesale) was consulted (F8), with what was
    asked and decided."""
    actor(user)  # signed in: a made-up UserInfo is refused
    ctx = CallContext(type_code, purpose, is_new, manager_id, today)
    with m.db_proxy.atomic():
        head, _tried = follow_chain(CONSULTED_HEADS, ctx, queries.people())
        if head is None:
            raise calls.CallError("call.no_head_to_consult")
        call_id = _call(user, call_id, client_id, purpose)
        calls.consult(user, call_id, head.id, note)
    return Consulted(call_id, head.name)


def start_order(
    user: UserInfo,
    client_id: int,
    call_id: int | None,
    purpose: str,
    today: dt.date,
    rules: DebtRules,
    override_reason: str | None = None,
    approval: Approval | None = None,
    approved_amount: str | None = None,
) -> OrderStart:
    """Start the client's order behind the debt gate (F4) on the call. A refusal (the gate, a blocked
    client, a missing reason) is returned, not raised: the call record the attempt opened is kept."""
    actor(user)  # signed in: a made-up UserInfo is refused
    refused: CodedError | None = None
    order_id: int | None = None
    with m.db_proxy.atomic():
        call_id = _call(user, call_id, client_id, purpose)
        try:
            with m.db_proxy.atomic():  # a savepoint: a refused order leaves the call as it is
                order_id = debt_gate.start_order(
                    user,
                    client_id,
                    today,
                    rules,
                    call_id=call_id,
                    override_reason=override_reason,
                    approval=approval,
                    approved_amount=approved_amount,
                )
        except CodedError as exc:
            refused = exc
    return OrderStart(call_id, order_id, refused)


def settle(user: UserInfo, call_id: int) -> Settled:
    """Before the operator leaves a call: one whose outcome is written already closes now; otherwise
    the UI asks for the outcome."""
    actor(user)  # signed in: a made-up UserInfo is refused
    with m.db_proxy.atomic():
        rows = followups.calls_by_id([call_id])
        row = rows[0] if rows else None
        if row is None or row.ended_at is not None:
            return Settled("closed", row)
        if row.outcome:
            calls.close_call(user, call_id, "")
            return Settled("closed", row)
    return Settled("ask", row, Changes())


@dataclass(frozen=True)
class Answered:
    """The call now on screen and its caller's card (None: an unknown number)."""

    call_id: int
    row: JournalRow | None
    view: CallerView | None
    changes: Changes = CALLS


def open_client(
    call_id: int | None, client_id: int, purpose: str, today: dt.date, rules: DebtRules
) -> CallerView | None:
    """Show a client; an open call that has no client yet (``call_id``) becomes theirs."""
    with m.db_proxy.atomic():
        if call_id is not None:
            calls.set_client(call_id, client_id)
        return caller.load_caller(client_id, purpose, today, rules)


def answer_client(user: UserInfo, client_id: int, purpose: str, today: dt.date, rules: DebtRules) -> Answered:
    """The operator opened a card from the search: that is a call, so its record opens."""
    actor(user)  # signed in: a made-up UserInfo is refused
    with m.db_proxy.atomic():
        call_id = calls.open_call(user, "", client_id, "in", purpose)
        view = caller.load_caller(client_id, purpose, today, rules)
    return Answered(call_id, None, view)


def dial(start: Callable[[], int], purpose: str, today: dt.date, rules: DebtRules) -> Answered:
    """Dial out: ``start`` is the service that opens the outbound call (a callback attempt, a sleeping
    client, a task item) and returns its id; the called client's card comes with it."""
    with m.db_proxy.atomic():
        call_id = start()
        rows = followups.calls_by_id([call_id])
        row = rows[0] if rows else None
        view = None
        if row is not None and row.client_id is not None:
            view = caller.load_caller(row.client_id, purpose, today, rules)
    return Answered(call_id, row, view)
