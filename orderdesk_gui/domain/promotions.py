"""Promotions and special items as the head of sales defines them (D7, D23): what a promotion is, and the
checks a typed one must pass before it is kept. No database here: ``services/promotions.py`` keeps them.

Kinds: ``price`` (a special price or a discount off the client's own price, for a period), ``special``
(management's items the operator must offer: the suggestions panel puts them first, for the client types
and regions named), ``note`` (a note the operator reads beside the product, no price change).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from orderdesk_gui.domain.ordering import HIGHEST_AMOUNT, parse_amount
from orderdesk_gui.domain.text import typed
from orderdesk_gui.errors import CodedError

PRICE, SPECIAL, NOTE = "price", "special", "note"
KINDS = (PRICE, SPECIAL, NOTE)
LONGEST_DAYS = 366 * 2  # a promotion runs at most two years
MOST_ITEMS = 2000
NAME_MAX, NOTE_MAX, ITEM_NOTE_MAX, REGION_MAX = 200, 2000, 300, 100


class PromotionError(CodedError, ValueError):
    """A promotion that cannot be kept as typed: ``promotion.*`` codes."""


@dataclass(frozen=True)
class ItemDraft:
    product_id: int
    special_price: str = ""  # as typed; '' for none
    discount: str = ""  # percent as typed; '' for none
    note: str = ""


@dataclass(frozen=True)
class PromotionDraft:
    """A promotion as typed in the window; ``id`` None for a new one; ``version``: the version it was read
    with (another head's save in between is refused, not overwritten)."""

    id: int | None
    name: str
    kind: str
    starts: dt.date
    ends: dt.date
    note: str = ""
    client_type_id: int | None = None
    region: str = ""
    active: bool = True
    items: tuple[ItemDraft, ...] = field(default_factory=tuple)
    version: int = 0


@dataclass(frozen=True)
class CheckedItem:
    product_id: int
    special_price: Decimal | None
    discount_percent: Decimal | None
    note: str


@dataclass(frozen=True)
class CheckedPromotion:
    name: str
    kind: str
    starts: dt.date
    ends: dt.date
    note: str
    client_type_id: int | None
    region: str
    active: bool
    items: tuple[CheckedItem, ...]


def _text(value: str, most: int, code: str) -> str:
    text = typed(value if isinstance(value, str) else "")
    if "\x00" in text:
        raise PromotionError(code, most=most)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise PromotionError(code, most=most) from None
    if len(text) > most:
        raise PromotionError(code, most=most)
    return text


def _percent(text: str, line: int) -> Decimal | None:
    raw = "".join(str(text or "").split()).replace(",", ".").rstrip("%")
    if not raw:
        return None
    try:
        value = Decimal(raw)
    except InvalidOperation:
        raise PromotionError("promotion.discount_not_percent", line=line) from None
    if not value.is_finite() or value <= 0 or value >= 100 or value != value.quantize(Decimal("0.01")):
        raise PromotionError("promotion.discount_not_percent", line=line)
    return value


def check(draft: PromotionDraft, today: dt.date) -> CheckedPromotion:
    """The promotion ready to keep, or ``PromotionError`` naming the first problem (and the item's line)."""
    name = _text(draft.name, NAME_MAX, "promotion.name_bad")
    if not name:
        raise PromotionError("promotion.name_missing")
    if draft.kind not in KINDS:
        raise PromotionError("promotion.kind_unknown", kind=str(draft.kind)[:20])
    if not isinstance(draft.starts, dt.date) or not isinstance(draft.ends, dt.date):
        raise PromotionError("promotion.period_bad")
    if draft.ends < draft.starts:
        raise PromotionError("promotion.period_reversed")
    if (draft.ends - draft.starts).days > LONGEST_DAYS:
        raise PromotionError("promotion.period_too_long", days=LONGEST_DAYS)
    if draft.id is None and draft.ends < today:
        raise PromotionError("promotion.already_over")
    note = _text(draft.note, NOTE_MAX, "promotion.note_too_long")
    region = _text(draft.region, REGION_MAX, "promotion.region_bad")
    if len(draft.items) > MOST_ITEMS:
        raise PromotionError("promotion.too_many_items", most=MOST_ITEMS)
    items, seen = [], set()
    for line, item in enumerate(draft.items, 1):
        if item.product_id in seen:
            raise PromotionError("promotion.product_twice", line=line)
        seen.add(item.product_id)
        price = None
        if str(item.special_price or "").strip():
            price = parse_amount(item.special_price)
            if price is None or price <= 0 or price > HIGHEST_AMOUNT:
                raise PromotionError("promotion.price_not_amount", line=line)
        discount = _percent(item.discount, line)
        if price is not None and discount is not None:
            raise PromotionError("promotion.price_and_discount", line=line)
        if draft.kind == PRICE and price is None and discount is None:
            raise PromotionError("promotion.price_missing", line=line)
        item_note = _text(item.note, ITEM_NOTE_MAX, "promotion.note_too_long")
        items.append(CheckedItem(item.product_id, price, discount, item_note))
    if not items:
        raise PromotionError("promotion.no_items")
    return CheckedPromotion(
        name, draft.kind, draft.starts, draft.ends, note, draft.client_type_id, region, bool(draft.active),
        tuple(items),
    )  # fmt: skip


def discounted(price: Decimal | None, percent: Decimal | None) -> Decimal | None:
    """``price`` less ``percent``, to the tiyn (half up); None without either."""
    if price is None or percent is None:
        return None
    return (price * (Decimal(100) - percent) / Decimal(100)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
