"""Starting an order behind the debt gate (D5, D6); overrides only by a permitted approver, audited."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from orderdesk_gui.db import models as m
from orderdesk_gui.db import queries
from orderdesk_gui.domain.debt import DebtRules, DebtStatus, debt_status
from orderdesk_gui.domain.entities import UserInfo
from orderdesk_gui.domain.roles import Permission
from orderdesk_gui.errors import CodedError
from orderdesk_gui.services.auth import audit, require

MIN_REASON = 5


class DebtGateClosed(Exception):
    """The client's debt is red: no order without an override. Carries the status."""

    def __init__(self, status: DebtStatus) -> None:
        self.status = status
        super().__init__(describe_block(status))


class OrderError(CodedError, ValueError):
    """An order cannot be started or changed this way; the text is for the user."""


def describe_block(status: DebtStatus) -> str:
    parts = []
    for doc in status.overdue_documents[:5]:
        parts.append(f"{doc.number}: {doc.outstanding} overdue {doc.days_overdue} days")
    if len(status.overdue_documents) > 5:
        parts.append(f"and {len(status.overdue_documents) - 5} more overdue documents")
    if status.over_limit_by > 0:
        parts.append(f"{status.over_limit_by} over the credit limit of {status.credit_limit}")
    return "Orders are stopped by debt: " + "; ".join(parts) + "."


def gate(client_id: int, today: dt.date, rules: DebtRules, order_amount: Decimal = Decimal(0)) -> DebtStatus:
    client = m.Client.get_or_none(m.Client.id == client_id)
    if client is None:
        raise OrderError("The client no longer exists.")
    return debt_status(queries.open_documents(client_id), client.credit_limit, today, rules, order_amount)


def start_order(
    user: UserInfo,
    client_id: int,
    today: dt.date,
    rules: DebtRules,
    call_id: int | None = None,
    override_reason: str | None = None,
    approver: UserInfo | None = None,
) -> int:
    """Open a draft order for the client, or raise ``DebtGateClosed``.

    With red debt an order starts only with an override: ``approver`` (the user
    at the desk when omitted) must hold the override permission and give a
    written reason. The check, the draft and the audit event are one transaction.
    """
    require(user, Permission.TAKE_ORDERS)
    with m.db_proxy.atomic():
        client = m.Client.get_or_none(m.Client.id == client_id)
        if client is None:
            raise OrderError("The client no longer exists.")
        if client.status == "blocked":
            raise OrderError("This client is blocked: no orders are taken.")
        status = gate(client_id, today, rules)
        override_by = None
        reason = (override_reason or "").strip()
        if status.blocks_orders:
            if override_reason is None:
                raise DebtGateClosed(status)
            approver = approver or user
            require(approver, Permission.OVERRIDE_DEBT_GATE)
            if len(reason) < MIN_REASON:
                raise OrderError("Write why the debt gate is overridden for this order.")
            override_by = approver.id
        existing = (
            m.Order.select()
            .where(
                (m.Order.client == client_id) & (m.Order.status == "draft") & (m.Order.operator == user.id)
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
            status="draft",
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
