"""The debt gate (D5, D6): may an order start for this client; starting it; overrides audited."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from orderdesk_gui import clock
from orderdesk_gui.db import models as m
from orderdesk_gui.db import queries
from orderdesk_gui.domain.debt import DebtRules, DebtStatus, debt_status
from orderdesk_gui.domain.entities import UserInfo
from orderdesk_gui.domain.ordering import HIGHEST_AMOUNT, parse_amount
from orderdesk_gui.domain.roles import Permission
from orderdesk_gui.domain.states import ClientStatus, OrderStatus
from orderdesk_gui.errors import CodedError, Money, Notice
from orderdesk_gui.services.auth import Approval, approve, audit, require

MIN_REASON = 5


class DebtGateClosed(CodedError):
    """The client's debt is red: no order without an override. Carries the status; the dialogs word
    the block from it (``describe_block``)."""

    def __init__(self, status: DebtStatus, order_of: tuple[int, int | None] | None = None) -> None:
        super().__init__(
            "order.debt_gate_closed",
            overdue=Money(status.overdue),
            over_limit_by=Money(status.over_limit_by),
            limit=Money(status.credit_limit),
        )
        self.status = status
        self.order_of = order_of  # (client, call) of an order stopped at completion

    def __reduce__(self):  # pickles with its status
        return (DebtGateClosed, (self.status,))


class OrderError(CodedError, ValueError):
    """An order cannot be started or changed this way; coded for the user."""


class StaleOrder(OrderError):
    """Someone else changed this order since it was opened here."""


class OverrideExceeded(CodedError):
    """The order grew past the amount its override was approved for (or the override recorded none):
    completing it needs approval again. Carries the gate's status with this order."""

    def __init__(self, status: DebtStatus, approved: Decimal | None, total: Decimal) -> None:
        super().__init__(
            "order.override_exceeded" if approved is not None else "order.override_without_amount",
            approved=Money(approved or 0),
            total=Money(total),
        )
        self.status, self.approved, self.total = status, approved, total

    def __reduce__(self):
        return (OverrideExceeded, (self.status, self.approved, self.total))


@dataclass(frozen=True)
class Approved:
    version: int  # the draft's new version
    amount: Decimal
    approver: str  # their name


def covered(approved: Decimal | None, total: Decimal) -> bool:
    """Does an override approved for ``approved`` cover an order of ``total``?"""
    return approved is not None and total <= approved


def describe_block(status: DebtStatus, documents: int = 5) -> list[Notice]:
    """Why orders are stopped, as coded remarks: the oldest overdue documents, then the limit."""
    parts = [
        Notice(
            "order.debt_overdue_document",
            number=doc.number,
            amount=Money(doc.outstanding),
            days=doc.days_overdue,
        )
        for doc in status.overdue_documents[:documents]
    ]
    if len(status.overdue_documents) > documents:
        parts.append(Notice("order.debt_more_overdue", count=len(status.overdue_documents) - documents))
    if status.over_limit_by > 0:
        parts.append(
            Notice(
                "order.debt_over_limit",
                over=Money(status.over_limit_by),
                limit=Money(status.credit_limit),
            )
        )
    return parts


def gate(client_id: int, today: dt.date, rules: DebtRules, order_amount: Decimal = Decimal(0)) -> DebtStatus:
    client = m.Client.get_or_none(m.Client.id == client_id)
    if client is None:
        raise OrderError("order.client_missing")
    uninvoiced = queries.uninvoiced_total(client_id, rules.no_credit_forms)
    return debt_status(
        queries.open_documents(client_id), client.credit_limit, today, rules, order_amount, uninvoiced
    )


def start_order(
    user: UserInfo,
    client_id: int,
    today: dt.date,
    rules: DebtRules,
    call_id: int | None = None,
    override_reason: str | None = None,
    approval: Approval | None = None,
    approved_amount: str | Decimal | None = None,
) -> int:
    """Open a draft order for the client, or raise ``DebtGateClosed``.

    With red debt an order starts only with an override, a written reason and the amount the order
    may reach, by the user at the desk when they hold the override permission, else by the person
    whose ``approval`` (login and password, checked here) is typed at the desk. The check, the draft
    and the audit event are one transaction.
    """
    at_desk = require(user, Permission.TAKE_ORDERS)
    try:
        return _start_order(
            user, at_desk, client_id, today, rules, call_id, override_reason, approval, approved_amount
        )
    except DebtGateClosed as closed:
        gate_closed(at_desk.id, client_id, call_id, closed.status)
        raise


def gate_closed(user_id: int, client_id: int, call_id: int | None, status: DebtStatus) -> None:
    """Record, in its own transaction (the refused one is rolled back), that the debt gate stopped an
    order: the desk report counts the calls stopped there (one per call, however often it was tried)."""
    with m.db_proxy.atomic():
        audit(
            user_id,
            "gate_closed",
            "call" if call_id is not None else "client",
            call_id if call_id is not None else client_id,
            client=client_id,
            overdue=status.overdue,
            over_limit_by=status.over_limit_by,
        )


def _start_order(
    user: UserInfo,
    at_desk,
    client_id: int,
    today: dt.date,
    rules: DebtRules,
    call_id: int | None,
    override_reason: str | None,
    approval: Approval | None,
    approved_amount: str | Decimal | None,
) -> int:
    with m.db_proxy.atomic():
        client = m.Client.get_or_none(m.Client.id == client_id)
        if client is None:
            raise OrderError("order.client_missing")
        if client.status == ClientStatus.BLOCKED:
            raise OrderError("order.client_blocked")
        status = gate(client_id, today, rules)
        override_by = amount = None
        reason = (override_reason or "").strip()
        if status.blocks_orders:
            if override_reason is None:
                raise DebtGateClosed(status)
            approver = _approver(user, at_desk, approval)
            reason, amount = _override_terms(reason, approved_amount)
            override_by = approver.id
        existing = (
            m.Order.select()
            .where(
                (m.Order.client == client_id)
                & (m.Order.status == OrderStatus.DRAFT)
                & (m.Order.operator == user.id)
            )
            .order_by(m.Order.created_at.desc())
            .first()
        )
        if existing is not None and override_by is None:
            # Resume the draft left open (a crash, a dropped call). It now belongs to this call, so the
            # order is credited to the call on which it is completed, not to the one that started it.
            if call_id is not None and existing.call_id != call_id:
                m.Order.update(call=call_id).where(m.Order.id == existing.id).execute()
            return existing.id
        order = m.Order.create(
            client=client_id,
            operator=user.id,
            call=call_id,
            status=OrderStatus.DRAFT,
            delivery_address=client.delivery_address,
            debt_override_by=override_by,
            debt_override_reason=reason if override_by else "",
            debt_override_amount=amount,
        )
        if override_by:
            audit(
                approver.id,
                "debt_override",
                "order",
                order.id,
                client=client.code,
                reason=reason,
                approved_amount=amount,
                overdue=status.overdue,
                over_limit_by=status.over_limit_by,
                at_desk=user.login,
            )
    return order.id


def _override_terms(reason: str, approved_amount: str | Decimal | None) -> tuple[str, Decimal]:
    """The written reason and the amount an override covers, checked."""
    reason = (reason or "").strip()
    if len(reason) < MIN_REASON:
        raise OrderError("order.override_reason_missing")
    if approved_amount is None or not str(approved_amount).strip():
        raise OrderError("order.override_amount_missing")
    amount = parse_amount(approved_amount)
    if amount is None or amount <= 0 or amount > HIGHEST_AMOUNT:
        raise OrderError("order.override_amount_not_amount")
    return reason[:500], amount


def _approver(user: UserInfo, at_desk, approval: Approval | None):
    """Who approves: the person whose login and password were typed at the desk, or the user at the
    desk when it is them (then their own role must hold the right)."""
    if approval is not None and approval.login.strip() != at_desk.login:
        return approve(approval, Permission.OVERRIDE_DEBT_GATE)
    return require(user, Permission.OVERRIDE_DEBT_GATE)


def approve_again(
    user: UserInfo,
    order_id: int,
    expected_version: int,
    today: dt.date,
    rules: DebtRules,
    reason: str,
    approved_amount: str | Decimal | None,
    approval: Approval | None = None,
) -> Approved:
    """Approve an open draft's override for a new amount (the order grew past what was approved, or
    the override recorded none). The draft is locked and its version compared; the audit keeps the old
    and the new amount and approver."""
    at_desk = require(user, Permission.TAKE_ORDERS)
    with m.db_proxy.atomic():
        order = m.for_update(m.Order.select().where(m.Order.id == order_id)).first()
        if order is None:
            raise OrderError("order.missing")
        if order.status != OrderStatus.DRAFT:
            raise OrderError("order.not_draft", status=order.status)
        if order.version != expected_version:
            raise StaleOrder("order.changed_elsewhere")
        approver = _approver(user, at_desk, approval)
        reason, amount = _override_terms(reason, approved_amount)
        status = gate(order.client_id, today, rules, order.total_amount)
        changed = (
            m.Order.update(
                debt_override_by=approver.id,
                debt_override_reason=reason,
                debt_override_amount=amount,
                version=order.version + 1,
                updated_at=clock.now_utc(),
            )
            .where((m.Order.id == order_id) & (m.Order.version == expected_version))
            .execute()
        )
        if not changed:
            raise StaleOrder("order.changed_elsewhere")
        audit(
            approver.id,
            "debt_override",
            "order",
            order_id,
            reason=reason,
            approved_amount={"old": order.debt_override_amount, "new": amount},
            approved_by={"old": order.debt_override_by_id, "new": approver.id},
            order_total=order.total_amount,
            overdue=status.overdue,
            over_limit_by=status.over_limit_by,
            at_desk=at_desk.login,
        )
    return Approved(order.version + 1, amount, approver.full_name)
