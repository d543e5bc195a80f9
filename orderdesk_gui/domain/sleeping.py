"""Sleeping clients (D16): each client's usual reorder interval, who is overdue, what it costs, and
when a call from the worklist counts as having woken the client up. Pure: pass ``today`` in."""

from __future__ import annotations

import datetime as dt
import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal


@dataclass(frozen=True)
class SleepingPolicy:
    """``margin``: share of the usual interval allowed on top of it before a client is sleeping;
    ``min_days``: never sleeping sooner than this; ``min_orders``: orders (on distinct days) needed
    before a client has a usual interval; ``reactivation_days``: an order this soon after the call
    counts as a reactivation."""

    margin: Decimal = Decimal("0.5")
    min_days: int = 14
    min_orders: int = 3
    reactivation_days: int = 14

    def __post_init__(self) -> None:
        if self.margin < 0 or self.min_days < 0 or self.min_orders < 2 or self.reactivation_days < 0:
            raise ValueError("A sleeping policy needs a margin >= 0, min_days >= 0 and min_orders >= 2.")


def usual_interval(order_dates: Sequence[dt.date], min_orders: int = 3) -> int | None:
    """The client's usual number of days between orders: the median gap between distinct order days.

    The median ignores a one-off extra order (a short gap) and a holiday or
    seasonal pause (a long gap) as long as most gaps follow the client's rhythm.
    None with fewer than ``min_orders`` distinct order days.
    """
    days = sorted(set(order_dates))
    if len(days) < max(2, min_orders):
        return None
    gaps = [(b - a).days for a, b in zip(days, days[1:], strict=False)]
    middle = Decimal(str(statistics.median(gaps)))
    return max(1, int(middle.to_integral_value(rounding=ROUND_HALF_UP)))


def sleeping_after(interval: int, policy: SleepingPolicy) -> int:
    """Days without an order after which the client is sleeping."""
    return max(policy.min_days, math.ceil(interval * (1 + policy.margin)))


def overdue_days(
    last_order_on: dt.date | None, interval: int | None, today: dt.date, policy: SleepingPolicy
) -> int | None:
    """Days past the usual interval plus the margin; None when the client is not sleeping."""
    if last_order_on is None or interval is None:
        return None
    over = (today - last_order_on).days - sleeping_after(interval, policy)
    return over if over > 0 else None


def value_lost(avg_order_amount: Decimal, interval: int, last_order_on: dt.date, today: dt.date) -> Decimal:
    """What the orders the client would have placed since the last one are worth (average order each)."""
    if interval <= 0:
        return Decimal("0.00")
    missed = max(0, (today - last_order_on).days // interval)
    return (Decimal(avg_order_amount) * missed).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def is_reactivated(call_at_date: dt.date, first_order_after: dt.date | None, policy: SleepingPolicy) -> bool:
    """An accepted order within ``reactivation_days`` of the call (the call's day counts) wakes the client."""
    if first_order_after is None:
        return False
    return 0 <= (first_order_after - call_at_date).days <= policy.reactivation_days
