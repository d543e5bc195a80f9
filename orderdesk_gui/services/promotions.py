"""Promotions and special items (D7, D23; issue 16 part 4), kept by the head of sales in the window: the
list (imported ones from accounting beside those made here), one promotion with its products, and saving
one. Suggestions (``catalog.promoted``), pricing (``catalog.facts``: a special price or a discount off the
client's own price) and the price list read them on their next query, so a saved promotion counts at once;
the other desks are told (``promotion_saved``).

Rights: reading needs a signed-in person; saving needs ``manage_promotions`` (heads of sales,
administrators). A promotion imported from accounting (it has accounting's id) is changed there, not
here: the next import would undo a change made in the window."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from peewee import JOIN, fn

from orderdesk_gui.db import catalog
from orderdesk_gui.db import models as m
from orderdesk_gui.domain import promotions as rules
from orderdesk_gui.domain.entities import UserInfo
from orderdesk_gui.domain.promotions import PromotionDraft, PromotionError
from orderdesk_gui.domain.roles import Permission
from orderdesk_gui.domain.text import typed
from orderdesk_gui.services.auth import actor, audit, require

WHICH = ("current", "upcoming", "past", "all")
LIST_LIMIT = 2000


@dataclass(frozen=True)
class PromotionRow:
    id: int
    name: str
    kind: str
    starts: dt.date
    ends: dt.date
    active: bool
    items: int
    from_accounting: bool
    audience: str  # client type's name and region, '' for every client


@dataclass(frozen=True)
class ItemView:
    product_id: int
    code: str
    name: str
    unit: str
    special_price: Decimal | None
    discount_percent: Decimal | None
    note: str


@dataclass(frozen=True)
class PromotionView:
    id: int
    name: str
    kind: str
    starts: dt.date
    ends: dt.date
    note: str
    client_type_id: int | None
    region: str
    active: bool
    from_accounting: bool
    version: int
    items: tuple[ItemView, ...]


@dataclass(frozen=True)
class Choices:
    client_types: list[tuple[int, str]]
    regions: list[str]


@dataclass(frozen=True)
class Saved:
    id: int
    version: int


def promotions(user: UserInfo, which: str, today: dt.date, text: str = "") -> list[PromotionRow]:
    """Promotions running today (``current``), starting later, over, or all; by name (any word typed)."""
    actor(user)
    if which not in WHICH:
        raise PromotionError("promotion.filter_unknown")
    P, Item, T = m.Promotion, m.PromotionItem, m.ClientType
    count = Item.select(fn.COUNT(Item.id)).where(Item.promotion == P.id)
    query = P.select(
        P.id, P.name, P.kind, P.starts, P.ends, P.active, count.alias("n"), P.external_id, T.name, P.region
    ).join(T, JOIN.LEFT_OUTER, on=(P.client_type == T.id))
    if which == "current":
        query = query.where(P.starts <= today, P.ends >= today)
    elif which == "upcoming":
        query = query.where(P.starts > today)
    elif which == "past":
        query = query.where(P.ends < today)
    words = [w for w in typed(text if isinstance(text, str) else "").casefold().split() if w][:5]
    rows = []
    for pid, name, kind, starts, ends, active, n, external, type_name, region in (
        query.order_by(P.starts.desc(), P.id.desc()).limit(LIST_LIMIT).tuples()
    ):
        if words and not all(w in name.casefold() for w in words):
            continue
        audience = ", ".join(x for x in (type_name or "", region or "") if x)
        rows.append(
            PromotionRow(pid, name, kind, starts, ends, bool(active), n, external is not None, audience)
        )
    return rows


def promotion(user: UserInfo, promotion_id: int) -> PromotionView:
    actor(user)
    row = m.Promotion.get_or_none(m.Promotion.id == promotion_id)
    if row is None:
        raise PromotionError("promotion.missing")
    return _view(row)


def _view(row: m.Promotion) -> PromotionView:
    Item, Pr = m.PromotionItem, m.Product
    items = tuple(
        ItemView(pid, code, name, unit, price, discount, note or "")
        for pid, code, name, unit, price, discount, note in (
            Item.select(
                Item.product, Pr.code, Pr.name, Pr.unit, Item.special_price, Item.discount_percent, Item.note
            )
            .join(Pr)
            .where(Item.promotion == row.id)
            .order_by(Item.id)
            .tuples()
        )
    )
    return PromotionView(
        row.id, row.name, row.kind, row.starts, row.ends, row.note, row.client_type_id, row.region or "",
        bool(row.active), row.external_id is not None, row.version, items,
    )  # fmt: skip


def choices(user: UserInfo) -> Choices:
    """Client types and the regions clients have, for the audience of a special programme."""
    actor(user)
    types = list(
        m.ClientType.select(m.ClientType.id, m.ClientType.name)
        .order_by(m.ClientType.sort_order, m.ClientType.name)
        .tuples()
    )
    regions = sorted(
        {
            r
            for (r,) in m.Client.select(m.Client.region).where(m.Client.region != "").distinct().tuples()
            if r
        },
        key=str.casefold,
    )
    return Choices(types, regions)


def find_products(user: UserInfo, text: str) -> list[catalog.ProductHit]:
    """Products to add to a promotion: by code, barcode or name, as in order entry."""
    actor(user)
    return catalog.search_products(text if isinstance(text, str) else "", limit=20)


def _summary(view: PromotionView | None) -> dict | None:
    """What the audit keeps of a promotion (old and new)."""
    if view is None:
        return None
    return dict(
        name=view.name,
        kind=view.kind,
        starts=view.starts.isoformat(),
        ends=view.ends.isoformat(),
        active=view.active,
        client_type=view.client_type_id,
        region=view.region,
        items=[
            [i.product_id, str(i.special_price) if i.special_price is not None else None,
             str(i.discount_percent) if i.discount_percent is not None else None]
            for i in view.items
        ],
    )  # fmt: skip


def save(user: UserInfo, draft: PromotionDraft, today: dt.date) -> Saved:
    """Create or change a promotion with its products, checked (``PromotionError``), in one transaction,
    audited with the old and the new; another head's save since it was read is refused."""
    who = require(user, Permission.MANAGE_PROMOTIONS)
    checked = rules.check(draft, today)
    with m.db_proxy.atomic():
        if (
            checked.client_type_id is not None
            and not m.ClientType.select().where(m.ClientType.id == checked.client_type_id).exists()
        ):
            raise PromotionError("promotion.client_type_gone")
        ids = [i.product_id for i in checked.items]
        known = {pid for (pid,) in m.Product.select(m.Product.id).where(m.Product.id.in_(ids)).tuples()}
        missing = next((n for n, i in enumerate(checked.items, 1) if i.product_id not in known), None)
        if missing is not None:
            raise PromotionError("promotion.product_gone", line=missing)
        values = dict(
            name=checked.name, kind=checked.kind, starts=checked.starts, ends=checked.ends, note=checked.note,
            client_type=checked.client_type_id, region=checked.region, active=checked.active,
        )  # fmt: skip
        before = None
        if draft.id is None:
            row = m.Promotion.create(**values, version=1)
            version = 1
        else:
            row = m.for_update(m.Promotion.select().where(m.Promotion.id == draft.id)).first()
            if row is None:
                raise PromotionError("promotion.missing")
            if row.external_id is not None:
                raise PromotionError("promotion.from_accounting", name=row.name)
            if row.version != draft.version:
                raise PromotionError("promotion.changed_elsewhere", name=row.name)
            before = _view(row)
            version = row.version + 1
            changed = (
                m.Promotion.update(**values, version=version)
                .where((m.Promotion.id == row.id) & (m.Promotion.version == draft.version))
                .execute()
            )
            if not changed:
                raise PromotionError("promotion.changed_elsewhere", name=row.name)
            m.PromotionItem.delete().where(m.PromotionItem.promotion == row.id).execute()
        m.PromotionItem.insert_many(
            [
                dict(promotion=row.id, product=i.product_id, special_price=i.special_price,
                     discount_percent=i.discount_percent, note=i.note)
                for i in checked.items
            ]
        ).execute()  # fmt: skip
        after = _view(m.Promotion.get_by_id(row.id))
        audit(who.id, "promotion_saved", "promotion", row.id, old=_summary(before), new=_summary(after))
    return Saved(row.id, version)
