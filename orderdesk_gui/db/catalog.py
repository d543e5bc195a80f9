"""Catalogue queries for order entry: product search, prices for a client, history and suggestions' inputs."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from peewee import JOIN

from orderdesk_gui.db import models as m
from orderdesk_gui.db.prepared import Prepared
from orderdesk_gui.db.search import text_match
from orderdesk_gui.domain.ordering import Line, PriceError, quote
from orderdesk_gui.domain.promotions import discounted
from orderdesk_gui.domain.states import PLACED
from orderdesk_gui.domain.text import typed

NEW_PRODUCT_DAYS = 90


@dataclass(frozen=True)
class ProductHit:
    id: int
    code: str
    name: str
    unit: str
    pack_size: Decimal
    stock: Decimal
    usual: bool = False


@dataclass(frozen=True)
class ProductFacts:
    """What pricing and quantity checks need of one product for one client on one day."""

    id: int
    code: str
    name: str
    unit: str
    pack_size: Decimal
    pack_rule: str
    weight_kg: Decimal
    vat_rate: int
    stock: Decimal
    active: bool
    base_price: Decimal | None
    column_price: Decimal | None
    promotions: tuple[tuple[int, Decimal | None], ...]

    def line(self, quantity: Decimal, source: str = "asked", note: str = "") -> Line:
        q = quote(self.base_price, self.column_price, self.promotions)
        return Line(
            self.id,
            self.code,
            self.name,
            self.unit,
            self.pack_size,
            quantity,
            q.base_price,
            q.unit_price,
            self.weight_kg,
            self.vat_rate,
            self.stock,
            "promotion" if q.source == "promotion" and source == "asked" else source,
            q.promotion_id,
            note,
        )


def _prefix_range(field, prefix: str):
    """``field`` starts with ``prefix``, as a range both engines serve from the index."""
    after = ord(prefix[-1]) + 1
    if after > 0x10FFFF:  # the last character there is: only longer texts sort after the prefix
        return field >= prefix
    if 0xD800 <= after <= 0xDFFF:  # no text holds a surrogate half: the next character is U+E000
        after = 0xE000
    return (field >= prefix) & (field < prefix[:-1] + chr(after))


def search_products(
    text: str, prefer: tuple[int, ...] | frozenset[int] = (), limit: int = 20
) -> list[ProductHit]:
    """The completion list: exact code or barcode, then codes starting with the text, then name
    fragments; within each, the client's usual products first, in the order given (most often
    bought first, those already in the order left out by the caller): fewer keys for a reorder."""
    rank = {pid: i for i, pid in enumerate(prefer)}
    text = typed(text)
    if not text:
        return []
    compact = text.replace(" ", "")
    up = compact.upper()
    base = m.Product.select().where(m.Product.active == True)  # noqa: E712
    exact = list(base.where((m.Product.code == up) | (m.Product.barcode == compact)).limit(limit))
    seen = {p.id for p in exact}
    in_range = _prefix_range(m.Product.code, up)
    usual = list(base.where(in_range & m.Product.id.in_(list(prefer)))) if prefer else []
    usual = sorted((p for p in usual if p.id not in seen), key=lambda p: rank[p.id])
    seen |= {p.id for p in usual}
    others = [p for p in base.where(in_range).order_by(m.Product.code).limit(limit) if p.id not in seen]
    seen |= {p.id for p in others}
    rows = exact + usual + others
    if len(rows) < limit:
        clause = text_match(m.db_proxy.obj, m.Product, text, cap=300)
        if clause is not None:
            found = [p for p in base.where(clause) if p.id not in seen]
            found.sort(key=lambda p: (rank.get(p.id, len(rank)), len(p.name), p.name))
            rows += found
    return [
        ProductHit(p.id, p.code, p.name, p.unit, p.pack_size, p.stock, p.id in prefer) for p in rows[:limit]
    ]


def _facts_query(product_ids: list[int], price_column_id: int, today: dt.date):
    P, Pr, Col, Item, Promo = m.Product, m.Price, m.PriceColumn, m.PromotionItem, m.Promotion
    base = Col.select(Col.id).where(Col.is_base == True)  # noqa: E712
    priced = (Pr.product == P.id) & ((Pr.price_column == price_column_id) | Pr.price_column.in_(base))
    running = Promo.select(Promo.id).where(
        (Promo.active == True) & (Promo.starts <= today) & (Promo.ends >= today)  # noqa: E712
    )
    return (
        P.select(
            P.id,
            P.code,
            P.name,
            P.unit,
            P.pack_size,
            P.pack_rule,
            P.weight_kg,
            P.vat_rate,
            P.stock,
            P.active,
            Pr.price_column,
            Pr.price,
            Col.is_base,
            Item.id,
            Item.promotion,
            Item.special_price,
            Item.discount_percent,
        )  # fmt: skip
        .join(Pr, JOIN.LEFT_OUTER, on=priced)
        .join(Col, JOIN.LEFT_OUTER, on=(Col.id == Pr.price_column))
        .switch(P)
        .join(Item, JOIN.LEFT_OUTER, on=((Item.product == P.id) & Item.promotion.in_(running)))
        .where(P.id.in_(product_ids))
        .tuples()
    )


# one product's facts, asked on every line typed: its SQL text built once (db/prepared.py)
_ONE_PRODUCT = Prepared(lambda product_id, column_id, today: _facts_query([product_id], column_id, today))


def facts(product_ids: list[int], price_column_id: int, today: dt.date) -> dict[int, ProductFacts]:
    """Each product with its price in the client's column and in the base column, and today's promotions:
    one statement whatever the count (asked for on every line an operator types). A product's rows come
    once per price (its column, the base) and per promotion item running today."""
    if not product_ids:
        return {}
    if len(product_ids) == 1:
        rows = _ONE_PRODUCT.rows(product_ids[0], price_column_id, today)
    else:
        rows = _facts_query(product_ids, price_column_id, today)
    products: dict[int, tuple] = {}
    base_price: dict[int, Decimal] = {}
    column_price: dict[int, Decimal] = {}
    items: dict[int, dict[int, tuple[int, Decimal | None, Decimal | None]]] = {}
    for row in rows:
        product, (column, price, is_base, item_id, promotion_id, special, discount) = row[:10], row[10:]
        pid = product[0]
        products[pid] = product
        if column == price_column_id:
            column_price[pid] = price
        if is_base:
            base_price[pid] = price
        if item_id is not None:
            items.setdefault(pid, {})[item_id] = (promotion_id, special, discount)
    out = {}
    for pid, product in products.items():
        # a discount is off the client's own price (their column), to the tiyn
        promos = tuple(
            (promotion_id, special if special is not None else discounted(column_price.get(pid), discount))
            for _item, (promotion_id, special, discount) in sorted(items.get(pid, {}).items())
        )
        out[pid] = ProductFacts(*product, base_price.get(pid), column_price.get(pid), promos)
    return out


def price_of(fact: ProductFacts) -> Decimal | None:
    try:
        return quote(fact.base_price, fact.column_price, fact.promotions).unit_price
    except PriceError:
        return None


def purchases(client_id: int, since: dt.datetime) -> tuple[list[tuple[int, dt.date]], int, set[int]]:
    """(product, order date) pairs since a time, the number of those orders, and every product ever bought."""
    rows = (
        m.OrderLine.select(m.OrderLine.product, m.Order.created_at)
        .join(m.Order)
        .where((m.Order.client == client_id) & (m.Order.status.in_(PLACED)) & (m.Order.created_at >= since))
        .tuples()
    )
    pairs = [(pid, created.date()) for pid, created in rows]
    orders = (
        m.Order.select()
        .where((m.Order.client == client_id) & (m.Order.status.in_(PLACED)) & (m.Order.created_at >= since))
        .count()
    )
    ever = {pid for pid, _ in pairs}
    return pairs, orders, ever


def promoted(
    today: dt.date, client_type_id: int | None = None, region: str = ""
) -> tuple[list[int], list[int]]:
    """Products of management's special programmes, and of price promotions, active today, for a client of
    this type in this region (a programme for another type or region is left out; None: every client's)."""
    special, promo = [], []
    P = m.Promotion
    audience = P.client_type.is_null() | (P.client_type == client_type_id)
    audience &= (P.region == "") | (P.region == (region or "").strip())
    rows = (
        m.PromotionItem.select(m.PromotionItem.product, P.kind)
        .join(P)
        .where((P.active == True) & (P.starts <= today) & (P.ends >= today) & audience)  # noqa: E712
        .order_by(P.starts.desc(), m.PromotionItem.id)
        .tuples()
    )
    for pid, kind in rows:
        (special if kind == "special" else promo).append(pid)
    return special, promo


def new_products(today: dt.date, limit: int = 30) -> list[int]:
    since = today - dt.timedelta(days=NEW_PRODUCT_DAYS)
    query = (
        m.Product.select(m.Product.id)
        .where((m.Product.new_since >= since) & (m.Product.active == True))  # noqa: E712
        .order_by(m.Product.new_since.desc())
        .limit(limit)
    )
    return [p.id for p in query]


def traditional(client_type_id: int) -> list[int]:
    return [
        r.product_id
        for r in m.ClientTypeProduct.select()
        .where(m.ClientTypeProduct.client_type == client_type_id)
        .order_by(m.ClientTypeProduct.sort_order)
    ]


def order_lines(order_id: int) -> list[tuple[int, Decimal, str, int | None]]:
    """(product, quantity, source, promotion) of an order's lines in order."""
    return [
        (ln.product_id, ln.quantity, ln.source, ln.promotion_id)
        for ln in m.OrderLine.select().where(m.OrderLine.order == order_id).order_by(m.OrderLine.line_no)
    ]


def last_order_id(client_id: int) -> int | None:
    row = (
        m.Order.select(m.Order.id)
        .where((m.Order.client == client_id) & (m.Order.status.in_(PLACED)))
        .order_by(m.Order.created_at.desc())
        .first()
    )
    return row.id if row else None
