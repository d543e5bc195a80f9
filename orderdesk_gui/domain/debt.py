"""The debt indicator and gate (D5, D6): receivables and today's date give green, amber or red.

Rules:
- A document counts by what is still owed on it (amount less payments); a paid
  document never counts. A remainder at or below the tolerance (rounding, bank
  fees) is treated as settled: it never makes a client overdue or blocks.
- Exposure: what the client owes on documents, plus accepted orders accounting
  has not invoiced yet, plus the order being taken (an order paid in cash or by
  card at once creates no receivable and is left out). A forgiven remainder is
  not exposure; the tolerance never lets an order go past the limit.
- Red: any document past its due date with money owed, or the exposure above
  the credit limit.
- Amber: not red, but the total is at or above a share of the limit, or a
  document falls due within a few days.
- Green otherwise.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

ZERO = Decimal("0.00")


class DebtLevel(StrEnum):
    GREEN = "green"
    AMBER = "amber"
    RED = "red"


@dataclass(frozen=True)
class Document:
    number: str
    doc_date: dt.date
    amount: Decimal
    paid_amount: Decimal
    due_date: dt.date
    paid: bool = False

    @property
    def outstanding(self) -> Decimal:
        if self.paid:
            return ZERO
        return max(ZERO, self.amount - self.paid_amount)


@dataclass(frozen=True)
class DebtRules:
    tolerance: Decimal = Decimal("1.00")
    amber_days: int = 3
    amber_ratio: Decimal = Decimal("0.9")
    # payment forms that create no receivable (setting debt.no_credit_payment_forms)
    no_credit_forms: tuple[str, ...] = ("cash", "card")
    # debts brought in from accounting longer ago than this are said to be old (exchange.debts_stale_hours)
    stale_hours: int = 24

    def on_credit(self, payment_form: str) -> bool:
        return payment_form not in self.no_credit_forms


@dataclass(frozen=True)
class OverdueDocument:
    number: str
    due_date: dt.date
    days_overdue: int
    outstanding: Decimal


@dataclass(frozen=True)
class Freshness:
    """When the debts were last brought in from accounting (naive UTC; None: never) and whether that is
    longer ago than ``stale_hours``: the card and the gate say so, so nobody refuses or passes a client
    on yesterday's debts without knowing."""

    as_of: dt.datetime | None
    stale_hours: int
    stale: bool

    @property
    def never(self) -> bool:
        return self.as_of is None


def freshness(as_of: dt.datetime | None, now: dt.datetime, stale_hours: int) -> Freshness:
    """The freshness of debts brought in at ``as_of`` seen at ``now`` (both naive UTC); never brought in
    counts as old."""
    stale = as_of is None or now - as_of > dt.timedelta(hours=stale_hours)
    return Freshness(as_of, stale_hours, stale)


@dataclass(frozen=True)
class DebtStatus:
    level: DebtLevel
    total: Decimal  # owed now
    overdue: Decimal  # owed on documents past due
    oldest_overdue_days: int
    credit_limit: Decimal
    headroom: Decimal  # limit less total less the order being taken (negative: over)
    over_limit_by: Decimal
    overdue_documents: tuple[OverdueDocument, ...] = ()
    due_soon: Decimal = ZERO
    next_due: dt.date | None = None
    uninvoiced: Decimal = ZERO  # accepted orders not invoiced yet
    exposure: Decimal = ZERO  # owed (forgiven remainders left out) + uninvoiced + the order being taken

    @property
    def blocks_orders(self) -> bool:
        return self.level is DebtLevel.RED


def debt_status(
    documents: list[Document] | tuple[Document, ...],
    credit_limit: Decimal,
    today: dt.date,
    rules: DebtRules = DebtRules(),  # noqa: B008 (frozen)
    order_amount: Decimal = ZERO,
    uninvoiced: Decimal = ZERO,
) -> DebtStatus:
    """Debt of one client on ``today``; ``order_amount`` is the order being taken now (zero when it is
    paid at once), ``uninvoiced`` the client's accepted orders accounting has not invoiced yet."""
    total = ZERO
    forgiven = ZERO
    overdue_docs: list[OverdueDocument] = []
    due_soon = ZERO
    next_due: dt.date | None = None
    for doc in documents:
        owed = doc.outstanding
        if owed <= ZERO:
            continue
        total += owed
        if owed <= rules.tolerance:
            forgiven += owed
            continue  # a rounding remainder never blocks
        if doc.due_date < today:
            overdue_docs.append(OverdueDocument(doc.number, doc.due_date, (today - doc.due_date).days, owed))
        else:
            if (doc.due_date - today).days <= rules.amber_days:
                due_soon += owed
            if next_due is None or doc.due_date < next_due:
                next_due = doc.due_date
    overdue_docs.sort(key=lambda d: (-d.days_overdue, d.number))
    overdue = sum((d.outstanding for d in overdue_docs), ZERO)
    exposure = total - forgiven + uninvoiced + order_amount
    headroom = credit_limit - exposure
    over_by = max(ZERO, exposure - credit_limit)
    if overdue > ZERO or over_by > ZERO:
        level = DebtLevel.RED
    elif due_soon > ZERO or (credit_limit > ZERO and exposure >= credit_limit * rules.amber_ratio):
        level = DebtLevel.AMBER
    else:
        level = DebtLevel.GREEN
    return DebtStatus(
        level=level,
        total=total,
        overdue=overdue,
        oldest_overdue_days=overdue_docs[0].days_overdue if overdue_docs else 0,
        credit_limit=credit_limit,
        headroom=headroom,
        over_limit_by=over_by,
        overdue_documents=tuple(overdue_docs),
        due_soon=due_soon,
        next_due=next_due,
        uninvoiced=uninvoiced,
        exposure=exposure,
    )
