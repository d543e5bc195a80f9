"""The order guide (D7, D9): the client's usual products, best first, from their order history.

A product the client buys often and lately comes first: a purchase in the last ``RECENT_DAYS`` counts
``RECENT_WEIGHT`` times, an older one (within the guide's two years) once. So a product bought every
week this season is above one bought as often a year ago and not since, and a product tried once long
ago sinks to the end of the list, where the filter still finds it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

HISTORY_DAYS = 730  # two years of orders
RECENT_DAYS = 90
RECENT_WEIGHT = 3
LAST_PURCHASES = 5  # quantities and dates shown per product


@dataclass(frozen=True)
class Purchase:
    day: dt.date  # the order's day in the office's zone
    quantity: Decimal
    unit_price: Decimal


@dataclass(frozen=True)
class History:
    """One product in the client's orders of the guide's window."""

    product_id: int
    times: int  # orders holding it (a product is one line of an order)
    recent: int  # of which in the last RECENT_DAYS
    last: tuple[Purchase, ...]  # newest first, at most LAST_PURCHASES

    @property
    def score(self) -> int:
        return RECENT_WEIGHT * self.recent + (self.times - self.recent)


def ranked(items: Iterable[History]) -> list[History]:
    """Best first: the score, then the latest purchase, then the product (a stable order)."""
    return sorted(
        items,
        key=lambda h: (-h.score, -(h.last[0].day.toordinal() if h.last else 0), h.product_id),
    )
