"""Names for the states things are in, as stored in the database (string enums: a member equals its
stored text, so queries, rows and comparisons work with either)."""

from __future__ import annotations

from enum import StrEnum


class OrderStatus(StrEnum):
    DRAFT = "draft"  # being typed; invisible to accounting and fulfilment
    ACCEPTED = "accepted"  # completed at the desk: counts as ordered
    DELIVERED = "delivered"
    CANCELLED = "cancelled"


# Accepted orders, the ones that count: not a draft, not cancelled.
PLACED = (OrderStatus.ACCEPTED, OrderStatus.DELIVERED)
NOT_PLACED = (OrderStatus.DRAFT, OrderStatus.CANCELLED)


class ClientStatus(StrEnum):
    ACTIVE = "active"
    POTENTIAL = "potential"  # known from a call, not yet a buyer
    BLOCKED = "blocked"  # no orders at all


class ComplaintStatus(StrEnum):
    OPEN = "open"
    TAKEN = "taken"  # someone in the department works on it
    RESOLVED = "resolved"


class TaskStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class TaskItemStatus(StrEnum):
    OPEN = "open"  # not reached yet (no answer and busy keep it open)
    DONE = "done"


class FulfilmentStatus(StrEnum):
    NEW = "new"
    TAKEN = "taken"
    DONE = "done"


class ExchangeStatus(StrEnum):
    """How an import or export of the exchange with accounting ended (``exchange_run.status``)."""

    PREVIEW = "preview"  # looked at, nothing written
    APPLIED = "applied"
    UNCHANGED = "unchanged"  # read and matched: nothing to change
    REFUSED = "refused"  # a bad file or row: nothing written
    SENT = "sent"  # orders given to 1C over HTTP (type=sale&mode=query), not confirmed yet
    SUPERSEDED = "superseded"  # a sending 1C never confirmed, sent again by a later query


class DispatchStatus(StrEnum):
    SENT = "sent"
    FAILED = "failed"
