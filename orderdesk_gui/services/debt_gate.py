"""The debt gate (D5, D6): may an order start for this client; starting it; overrides audited."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from orderdesk_gui.db import models as m
from orderdesk_gui.db import queries
from orderdesk_gui.domain.debt import DebtRules, DebtStatus, debt_status
from orderdesk_gui.domain.entities import UserInfo
from orderdesk_gui.domain.roles import Permission
from orderdesk_gui.domain.states import ClientStatus, OrderStatus
from orderdesk_gui.errors import CodedError, Money, Notice
from orderdesk_gui.services.auth import Approval, approve, audit, require

MIN_REASON = 5


class DebtGateClosed(CodedError):
    """The client's debt is red: no order without an override. Carries the status; the dialogs word
    the block from it (``describe_block``)."""

    def __init__(self, status: DebtStatus) -> None:
        super().__init__(
            "order.debt_gate_closed",
            overdue=Money(status.overdue),
            over_limit_by=Money(status.over_limit_by),
            limit=Money(status.credit_limit),
        )
        self.status = status

    def __reduce__(self):  # pickles with its status
        return (DebtGateClosed, (self.status,))


class OrderError(CodedError, ValueError):
    """An order cannot be started or changed this way; coded for the user."""


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
) -> int:
    """Open a draft order for the client, or raise ``DebtGateClosed``.

    With red debt an order starts only with an override and a written reason, by
    the user at the desk when they hold the override permission, else by the person
    whose ``approval`` (login and password, checked here) is typed at the desk. The
    check, the draft and the audit event are one transaction.
    """
    at_desk = require(user, Permission.TAKE_ORDERS)
    with m.db_proxy.atomic():
        client = m.Client.get_or_none(m.Client.id == client_id)
        if client is None:
            raise OrderError("order.client_missing")
        if client.status == ClientStatus.BLOCKED:
            raise OrderError("order.client_blocked")
        status = gate(client_id, today, rules)
        override_by = None
        reason = (override_reason or "").strip()
        if status.blocks_orders:
            if override_reason is None:
                raise DebtGateClosed(status)
            if len(reason) < MIN_REASON:
                raise OrderError("order.override_reason_missing")
            if approval is not None and approval.login.strip() != at_desk.login:
                approver = approve(approval, Permission.OVERRIDE_DEBT_GATE)
            else:
                approver = require(user, Permission.OVERRIDE_DEBT_GATE)
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
            debt_override_reason=reason[:500] if override_by else "",
        )
        if override_by:
            audit(
                approver.id,
                "debt_override",
                "order",
                order.id,
                client=client.code,
                reason=reason[:500],
                overdue=status.overdue,
                over_limit_by=status.over_limit_by,
                at_desk=user.login,
            )
    return order.id
