"""Rules of taking an order (D7, D10, D12, D23): prices, quantities, totals, suggestions, completion.

Price rule of the Company: a client buys at their price column (D10). When a
promotion active on the order date gives the product a special price, the
client gets the better of the two, never both: promotions do not stack on the
column discount (D23). The discount shown is against the base column.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal

from orderdesk_gui.errors import CodedError, Notice

CENT = Decimal("0.01")
GRAM = Decimal("0.001")
ZERO = Decimal("0")
DIVISIBLE_UNITS = frozenset({"кг", "л", "kg", "l"})  # sold by weight or volume: fractions allowed


def money(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


# --- prices -----------------------------------------------------------------------


@dataclass(frozen=True)
class PriceQuote:
    base_price: Decimal  # base column
    unit_price: Decimal  # what the client pays per unit
    source: str  # "column" or "promotion"
    promotion_id: int | None = None

    @property
    def discount_pct(self) -> Decimal:
        if self.base_price <= 0:
            return ZERO
        return ((self.base_price - self.unit_price) * 100 / self.base_price).quantize(Decimal("0.1"))


class PriceError(CodedError, ValueError):
    """No usable price; coded for the user."""


def quote(
    base_price: Decimal | None,
    column_price: Decimal | None,
    promotions: Iterable[tuple[int, Decimal | None]] = (),
) -> PriceQuote:
    """The client's price: their column, or an active promotion's special price if lower."""
    if column_price is None or column_price <= 0:
        raise PriceError("order.no_price")
    base = base_price if base_price and base_price > 0 else column_price
    best = PriceQuote(base, column_price, "column")
    for promotion_id, special in promotions:
        if special is not None and ZERO < special < best.unit_price:
            best = PriceQuote(base, special, "promotion", promotion_id)
    return best


# --- quantities --------------------------------------------------------------------


class QuantityError(CodedError, ValueError):
    """A quantity that cannot be taken; coded for the user."""


@dataclass(frozen=True)
class Quantity:
    value: Decimal
    note: Notice | None = None  # e.g. rounded up to whole packs


_AMOUNT_TEXT = re.compile(r"[0-9]{1,40}(\.[0-9]{1,2})?")
HIGHEST_AMOUNT = Decimal("1000000000000")


def parse_amount(text: str | Decimal) -> Decimal | None:
    """A typed money amount (spaces and no-break spaces as thousands, a decimal comma or point, at most
    two decimals), or None when it is not one: no NaN, no exponent, no sign. The caller checks its range
    (``HIGHEST_AMOUNT`` for a limit or an approval)."""
    typed = "".join(str(text).split()).replace(",", ".")
    if not _AMOUNT_TEXT.fullmatch(typed):
        return None
    return Decimal(typed)


_QUANTITY_TEXT = re.compile(r"-?([0-9]+(\.[0-9]+)?|\.[0-9]+)")


def parse_quantity(
    text: str | Decimal | int, unit: str, pack_size: Decimal, pack_rule: str, maximum: Decimal
) -> Quantity:
    """Check a typed quantity against the unit, the pack size and the absurd-order limit."""
    if isinstance(text, str):
        cleaned = "".join(text.split()).replace(",", ".")  # spaces, no-break spaces, tabs
        if not cleaned:
            raise QuantityError("order.quantity_missing")
        # digits with at most one decimal part: no exponents (1e3), no signs, no NaN, and nothing a
        # Decimal could overflow on however many digits are pasted
        if not _QUANTITY_TEXT.fullmatch(cleaned):
            shown = text.strip()
            raise QuantityError(
                "order.quantity_not_a_number", text=shown if len(shown) <= 20 else shown[:20] + "…"
            )
        if len(cleaned.partition(".")[0].lstrip("0")) > 12:
            raise QuantityError(
                "order.quantity_too_large", quantity=cleaned[:20] + "…", maximum=maximum.normalize()
            )
        value = Decimal(cleaned)
    else:
        value = Decimal(text)
    if not value.is_finite():
        raise QuantityError("order.quantity_missing")
    if value <= 0:
        raise QuantityError("order.quantity_not_positive")
    if value > maximum:
        raise QuantityError(
            "order.quantity_too_large", quantity=value.normalize(), maximum=maximum.normalize()
        )
    if unit not in DIVISIBLE_UNITS and value != value.to_integral_value():
        raise QuantityError("order.quantity_whole_units", unit=unit)
    value = value.quantize(GRAM, rounding=ROUND_HALF_UP)
    pack = pack_size if pack_size and pack_size > 0 else Decimal(1)
    if pack > 1 and value % pack != 0:
        packs = (value / pack).to_integral_value(rounding=ROUND_CEILING)
        if pack_rule == "refuse":
            raise QuantityError(
                "order.quantity_whole_packs",
                pack=pack.normalize(),
                twice=(pack * 2).normalize(),
                thrice=(pack * 3).normalize(),
            )
        rounded = packs * pack
        if rounded > maximum:
            raise QuantityError("order.rounded_too_large", maximum=maximum.normalize())
        return Quantity(rounded, Notice("order.rounded_up", packs=packs, pack=pack.normalize()))
    return Quantity(value)


# --- lines and totals -----------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    product_id: int
    code: str
    name: str
    unit: str
    pack_size: Decimal
    quantity: Decimal
    base_price: Decimal
    unit_price: Decimal
    weight_kg: Decimal = ZERO
    vat_rate: int = 12
    stock: Decimal = ZERO
    source: str = "asked"  # asked / suggested / usual / promotion / repeat
    promotion_id: int | None = None
    note: Notice | None = None  # a remark for the operator (rounded up to whole packs)
    manual_reason: str = ""  # set when a head of sales fixed the price by hand

    @property
    def amount(self) -> Decimal:
        return money(self.quantity * self.unit_price)

    @property
    def base_amount(self) -> Decimal:
        return money(self.quantity * self.base_price)

    @property
    def discount(self) -> Decimal:
        return self.base_amount - self.amount

    @property
    def shortfall(self) -> Decimal:
        return max(ZERO, self.quantity - self.stock)


@dataclass(frozen=True)
class Totals:
    amount: Decimal = ZERO
    discount: Decimal = ZERO
    weight_kg: Decimal = ZERO
    lines: int = 0
    vat: Decimal = ZERO  # included in the prices


def totals(lines: Sequence[Line]) -> Totals:
    amount = sum((ln.amount for ln in lines), ZERO)
    vat = sum((money(ln.amount * ln.vat_rate / (100 + ln.vat_rate)) for ln in lines), ZERO)
    return Totals(
        amount=amount,
        discount=sum((ln.discount for ln in lines), ZERO),
        weight_kg=sum((ln.quantity * ln.weight_kg for ln in lines), ZERO).quantize(GRAM),
        lines=len(lines),
        vat=vat,
    )


def merge(lines: Sequence[Line], new: Line, maximum: Decimal) -> tuple[list[Line], int]:
    """Add a line; the same product twice becomes one line. Returns lines and the index touched."""
    for i, line in enumerate(lines):
        if line.product_id == new.product_id:
            quantity = line.quantity + new.quantity
            if quantity > maximum:
                raise QuantityError(
                    "order.merged_too_large",
                    name=line.name,
                    quantity=quantity.normalize(),
                    maximum=maximum.normalize(),
                )
            merged = list(lines)
            merged[i] = replace(line, quantity=quantity, note=new.note or line.note)
            return merged, i
    return [*lines, new], len(lines)


# --- suggestions (D7) ---------------------------------------------------------------------


@dataclass(frozen=True)
class UsualItem:
    product_id: int
    times: int  # orders containing it in the window
    last_bought: dt.date
    interval_days: float  # typical days between its purchases


@dataclass(frozen=True)
class Suggestion:
    product_id: int
    reason: str  # usual / special / promo / new / traditional
    score: float = 0.0
    times: int = 0
    last_bought: dt.date | None = None


def usual_items(
    purchases: Iterable[tuple[int, dt.date]], orders: int, min_share: float = 0.25, min_times: int = 3
) -> list[UsualItem]:
    """Products bought regularly: in at least ``min_times`` orders and a share of all orders."""
    dates: dict[int, list[dt.date]] = {}
    for product_id, day in purchases:
        dates.setdefault(product_id, []).append(day)
    out = []
    for product_id, days in dates.items():
        days = sorted(set(days))
        if len(days) < min_times or (orders and len(days) / orders < min_share):
            continue
        gaps = [(b - a).days for a, b in zip(days, days[1:], strict=False)]
        gaps.sort()
        interval = float(gaps[len(gaps) // 2]) if gaps else 0.0  # the median gap
        out.append(UsualItem(product_id, len(days), days[-1], interval))
    return out


def suggest(
    *,
    today: dt.date,
    in_order: set[int],
    usual: Sequence[UsualItem],
    special: Sequence[int] = (),
    promo: Sequence[int] = (),
    new: Sequence[int] = (),
    traditional: Sequence[int] = (),
    bought_ever: set[int] = frozenset(),
    unsellable: set[int] = frozenset(),
    limit: int = 20,
    per_kind: int = 3,
    usual_first: int = 4,
) -> list[Suggestion]:
    """Ranked suggestions, one per product, none already in the order.

    The few usual items most overdue against the client's own rhythm come first
    (the likeliest yes), then a few each of management's special items,
    promotions, new products the client never bought and products traditional
    for the type, so that every kind is offered; then the other usual items.
    """
    seen = set(in_order) | set(unsellable)
    ranked = sorted(usual, key=lambda u: -((today - u.last_bought).days / max(u.interval_days, 1.0)))
    usual_s = [
        Suggestion(
            u.product_id,
            "usual",
            score=(today - u.last_bought).days / max(u.interval_days, 1.0),
            times=u.times,
            last_bought=u.last_bought,
        )
        for u in ranked
    ]
    groups = [
        [Suggestion(pid, "special") for pid in special],
        [Suggestion(pid, "promo") for pid in promo],
        [Suggestion(pid, "new") for pid in new if pid not in bought_ever],
        [Suggestion(pid, "traditional") for pid in traditional],
    ]
    out: list[Suggestion] = []

    def take(items: Iterable[Suggestion], count: int) -> None:
        taken = 0
        for s in items:
            if taken >= count:
                break
            if s.product_id not in seen:
                seen.add(s.product_id)
                out.append(s)
                taken += 1

    take(usual_s, usual_first)
    for group in groups:
        take(group, per_kind)
    take(usual_s, len(usual_s))
    for group in groups:
        take(group, len(group))
    return out[:limit]


# --- offers and completion (D7, D12, D13) --------------------------------------------------

DECLINE_REASONS = ("not_needed", "price", "has_stock", "other")


@dataclass(frozen=True)
class Offer:
    product_id: int
    reason: str
    outcome: str  # pending / accepted / declined
    decline_reason: str = ""


def offer_check(offers: Sequence[Offer], minimum: int) -> Notice | None:
    """None when the order may complete; otherwise why not (the rule of the job, D7)."""
    done = [o for o in offers if o.outcome in ("accepted", "declined")]
    pending = [o for o in offers if o.outcome not in ("accepted", "declined")]
    if pending:
        return Notice("order.offers_unanswered", count=len(pending))
    if len(done) < minimum:
        return Notice("order.offers_too_few", minimum=minimum, done=len(done))
    return None


@dataclass(frozen=True)
class Completion:
    delivery_date: dt.date | None
    receiver_id: int | None
    receiver_confirmed: bool
    payment_form: str
    documents: str = ""
    pickup_date: dt.date | None = None
    shipping_details: str = ""
    comment: str = ""


PAYMENT_FORMS = ("cash", "bank_transfer", "on_account", "card")


def next_delivery_day(
    today: dt.date, weekdays: Sequence[int], holidays: set[dt.date] = frozenset(), work_weekends: bool = False
) -> dt.date:
    """The client's next delivery day after today (Mon=1), skipping weekends and holidays."""
    day = today + dt.timedelta(days=1)
    for _ in range(60):
        weekend = day.isoweekday() >= 6 and not work_weekends
        if not weekend and day not in holidays and (not weekdays or day.isoweekday() in weekdays):
            return day
        day += dt.timedelta(days=1)
    return today + dt.timedelta(days=1)


def completion_problems(
    c: Completion,
    *,
    today: dt.date,
    regional: bool,
    lines: int,
    holidays: set[dt.date] = frozenset(),
    work_weekends: bool = False,
) -> list[Notice]:
    """Everything that stops the order from being accepted, coded for the operator."""
    problems: list[Notice] = []
    if lines == 0:
        problems.append(Notice("order.no_lines"))
    if c.payment_form not in PAYMENT_FORMS:
        problems.append(Notice("order.payment_form_missing"))
    if regional:
        if c.pickup_date is None and not c.shipping_details.strip():
            problems.append(Notice("order.regional_terms_missing"))
        if c.pickup_date is not None and c.pickup_date < today:
            problems.append(Notice("order.pickup_in_past", day=c.pickup_date))
    if not regional or c.pickup_date is None:
        if c.delivery_date is None and not (regional and c.shipping_details.strip()):
            problems.append(Notice("order.delivery_date_missing"))
    if c.delivery_date is not None:
        day = c.delivery_date
        if day <= today - dt.timedelta(days=1):
            problems.append(Notice("order.delivery_in_past", day=day))
        elif day.isoweekday() >= 6 and not work_weekends:
            problems.append(Notice("order.delivery_on_weekend", day=day))
        elif day in holidays:
            problems.append(Notice("order.delivery_on_holiday", day=day))
    if c.pickup_date is not None:
        day = c.pickup_date
        if day <= today - dt.timedelta(days=1):
            problems.append(Notice("order.pickup_in_past", day=day))
        elif day.isoweekday() >= 6 and not work_weekends:
            problems.append(Notice("order.pickup_on_weekend", day=day))
        elif day in holidays:
            problems.append(Notice("order.pickup_on_holiday", day=day))
    if c.receiver_id is None and not (regional and c.shipping_details.strip()):
        problems.append(Notice("order.receiver_missing"))
    elif c.receiver_id is not None and not c.receiver_confirmed:
        problems.append(Notice("order.receiver_not_confirmed"))
    return problems
