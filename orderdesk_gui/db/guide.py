"""Reads of the order guide: a client's recent purchases of each product, in one statement.

The database does the grouping (window functions, on SQLite as on PostgreSQL): for each product the
client bought since a time, its last few lines with their order's time, how many orders held it, and
how many of those were recent. A client with two years of weekly orders has thousands of lines; only
a handful per product cross to Python.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from peewee import Case, fn

from orderdesk_gui.db import models as m
from orderdesk_gui.domain.states import PLACED


@dataclass(frozen=True)
class HistoryRow:
    product_id: int
    created_at: dt.datetime  # the order's time, naive UTC as stored
    quantity: Decimal
    unit_price: Decimal
    times: int  # the client's orders holding the product since ``since``
    recent: int  # of those, created at or after ``recent_since``


def history(client_id: int, since: dt.datetime, recent_since: dt.datetime, last: int) -> list[HistoryRow]:
    """The last ``last`` purchases of every product the client ordered (accepted or delivered orders)
    since ``since``, newest first within a product, products in id order."""
    ol, o = m.OrderLine, m.Order
    by_product = dict(partition_by=[ol.product])
    inner = (
        ol.select(
            ol.product.alias("product_id"),
            o.created_at.alias("created_at"),
            ol.quantity.alias("quantity"),
            ol.unit_price.alias("unit_price"),
            fn.ROW_NUMBER().over(order_by=[o.created_at.desc(), ol.id.desc()], **by_product).alias("rn"),
            fn.COUNT(ol.id).over(**by_product).alias("times"),
            fn.SUM(Case(None, [(o.created_at >= recent_since, 1)], 0)).over(**by_product).alias("recent"),
        )
        .join(o)
        .where((o.client == client_id) & o.status.in_(PLACED) & (o.created_at >= since))
    )
    query = (
        ol.select(
            inner.c.product_id,
            inner.c.created_at.converter(o.created_at.python_value),
            inner.c.quantity.converter(ol.quantity.python_value),
            inner.c.unit_price.converter(ol.unit_price.python_value),
            inner.c.times,
            inner.c.recent,
        )
        .from_(inner)
        .where(inner.c.rn <= last)
        .order_by(inner.c.product_id, inner.c.rn)
        .tuples()
    )
    # the subquery's columns are converted as their fields (named above: peewee would guess by name)
    return [
        HistoryRow(pid, created, q, p, int(times), int(recent or 0))
        for pid, created, q, p, times, recent in query
    ]
