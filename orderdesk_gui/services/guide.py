"""The order guide (D7, D9, D10) and the priced product completion: what the client usually buys, with
their last quantities and prices beside today's price and stock, for a repeat order typed row by row.

Prices are those of order lines: ``catalog.facts`` and ``domain.ordering.quote`` (the client's price
column, or a better promotion price), so a quantity typed in the guide becomes a line at the price
the guide showed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from orderdesk_gui import clock
from orderdesk_gui.db import catalog
from orderdesk_gui.db import guide as guide_db
from orderdesk_gui.db import models as m
from orderdesk_gui.db.catalog import ProductHit
from orderdesk_gui.domain import guide as rules
from orderdesk_gui.domain.entities import UserInfo
from orderdesk_gui.domain.ordering import PriceError, quote
from orderdesk_gui.domain.roles import Permission
from orderdesk_gui.services.auth import require
from orderdesk_gui.services.debt_gate import OrderError

MOST_PRODUCTS = 300  # a guide longer than this is a catalogue: the completion finds the rest


@dataclass(frozen=True)
class GuideItem:
    product_id: int
    code: str
    name: str
    unit: str
    pack_size: Decimal
    stock: Decimal
    price: Decimal  # today's, for the client (a promotion's when better)
    promotion: bool  # today's price is a promotion's
    last_price: Decimal  # paid on the latest purchase
    times: int  # orders holding it in the guide's two years
    last: tuple[rules.Purchase, ...]  # newest first


@dataclass(frozen=True)
class Guide:
    client_id: int
    price_column_id: int
    items: list[GuideItem]


@dataclass(frozen=True)
class PricedHit(ProductHit):
    """A completion with the client's price of today (None: not priced for them)."""

    price: Decimal | None = None


def _quoted(fact: catalog.ProductFacts) -> tuple[Decimal, bool] | None:
    try:
        q = quote(fact.base_price, fact.column_price, fact.promotions)
    except PriceError:
        return None
    return q.unit_price, q.source == "promotion"


def order_guide(
    user: UserInfo,
    client_id: int,
    today: dt.date,
    *,
    limit: int = MOST_PRODUCTS,
    last: int = rules.LAST_PURCHASES,
) -> Guide:
    """The client's products of the last two years, most often and most lately bought first, each with
    its last ``last`` quantities and dates, the last price paid, today's price and the stock. Products
    no longer sold or not priced for the client are left out (they could not become lines)."""
    require(user, Permission.TAKE_ORDERS)
    column = m.Client.select(m.Client.price_column).where(m.Client.id == client_id).scalar()
    if column is None:
        raise OrderError("order.client_missing")
    since = clock.day_bounds(today - dt.timedelta(days=rules.HISTORY_DAYS))[0]
    recent_since = clock.day_bounds(today - dt.timedelta(days=rules.RECENT_DAYS))[0]
    grouped: dict[int, list[guide_db.HistoryRow]] = {}
    for row in guide_db.history(client_id, since, recent_since, last):
        grouped.setdefault(row.product_id, []).append(row)
    history = rules.ranked(
        rules.History(
            pid,
            rows[0].times,
            rows[0].recent,
            tuple(
                rules.Purchase(clock.to_local(r.created_at).date(), r.quantity, r.unit_price) for r in rows
            ),
        )
        for pid, rows in grouped.items()
    )
    facts = catalog.facts([h.product_id for h in history], column, today)
    items: list[GuideItem] = []
    for h in history:
        f = facts.get(h.product_id)
        priced = _quoted(f) if f is not None and f.active else None
        if priced is None:
            continue
        items.append(
            GuideItem(
                f.id,
                f.code,
                f.name,
                f.unit,
                f.pack_size,
                f.stock,
                priced[0],
                priced[1],
                h.last[0].unit_price,
                h.times,
                h.last,
            )
        )
        if len(items) == limit:
            break
    return Guide(client_id, column, items)


def priced_products(
    user: UserInfo,
    text: str,
    prefer: tuple[int, ...],
    price_column_id: int | None,
    today: dt.date,
    limit: int = 20,
) -> list[PricedHit]:
    """The product completion (``catalog.search_products``) with each product's price for the client's
    column today, so the operator sees price and stock before picking."""
    require(user, Permission.TAKE_ORDERS)
    hits = catalog.search_products(text, prefer, limit)
    facts = catalog.facts([h.id for h in hits], price_column_id, today) if price_column_id else {}
    out = []
    for h in hits:
        f = facts.get(h.id)
        priced = _quoted(f) if f is not None else None
        out.append(PricedHit(**h.__dict__, price=priced[0] if priced else None))
    return out
