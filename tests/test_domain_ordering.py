"""Rules of taking an order: price selection, quantities and packs, money, suggestions, completion."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from orderdesk_gui.domain import ordering

TODAY = dt.date(2026, 11, 20)  # a Friday


def test_client_column_price_and_discount_against_base():
    q = ordering.quote(D("1000"), D("920"))
    assert q.unit_price == D("920") and q.source == "column" and q.discount_pct == D("8.0")


def test_promotion_wins_only_when_better_and_never_stacks():
    q = ordering.quote(D("1000"), D("920"), [(7, D("850"))])
    assert (q.unit_price, q.source, q.promotion_id) == (D("850"), "promotion", 7)
    q = ordering.quote(D("1000"), D("800"), [(7, D("850"))])
    assert (q.unit_price, q.source) == (D("800"), "column")  # the column is already better
    q = ordering.quote(D("1000"), D("920"), [(7, D("850")), (8, D("840")), (9, None)])
    assert q.promotion_id == 8


def test_no_price_in_column_cannot_be_sold():
    with pytest.raises(ordering.PriceError):
        ordering.quote(D("1000"), None)
    with pytest.raises(ordering.PriceError):
        ordering.quote(D("1000"), D("0"))


@pytest.mark.parametrize(
    "text, code, params",
    [
        ("", "order.quantity_missing", {}),
        ("  ", "order.quantity_missing", {}),
        (" abc ", "order.quantity_not_a_number", {"text": "abc"}),
        ("0", "order.quantity_not_positive", {}),
        ("-3", "order.quantity_not_positive", {}),
        ("100001", "order.quantity_too_large", {"quantity": D("100001"), "maximum": D("100000")}),
        ("1.5", "order.quantity_whole_units", {"unit": "шт"}),
        ("NaN", "order.quantity_not_a_number", {"text": "NaN"}),
        ("1e3", "order.quantity_not_a_number", {"text": "1e3"}),  # no exponents: 1000 is typed as 1000
        ("1e10000000", "order.quantity_not_a_number", {"text": "1e10000000"}),
    ],
)
def test_bad_quantities_get_clear_messages(text, code, params):
    with pytest.raises(ordering.QuantityError) as info:
        ordering.parse_quantity(text, "шт", D("1"), "round_up", D("100000"))
    assert info.value.code == code and info.value.params == params


def test_pack_rounding_or_refusal():
    q = ordering.parse_quantity("13", "шт", D("12"), "round_up", D("1000"))
    assert (
        q.value == D("24") and q.note.code == "order.rounded_up" and q.note.params == {"packs": 2, "pack": 12}
    )
    assert q.note.params["pack"].as_tuple().exponent == 0  # 12, never 12.000 on screen
    assert ordering.parse_quantity("24", "шт", D("12"), "round_up", D("1000")).note is None
    with pytest.raises(ordering.QuantityError) as info:
        ordering.parse_quantity("13", "шт", D("12"), "refuse", D("1000"))
    assert info.value.code == "order.quantity_whole_packs"
    assert info.value.params == {"pack": 12, "twice": 24, "thrice": 36}
    with pytest.raises(ordering.QuantityError) as info:
        ordering.parse_quantity("999", "шт", D("12"), "round_up", D("1000"))
    assert info.value.code == "order.rounded_too_large" and info.value.params == {"maximum": 1000}


def test_weight_goods_take_fractions_and_commas():
    assert ordering.parse_quantity("2,5", "кг", D("1"), "round_up", D("1000")).value == D("2.500")


def test_money_rounds_half_up_per_line_and_totals_add_exactly():
    line = ordering.Line(1, "P1", "Сүт", "шт", D("1"), D("3"), D("33.34"), D("33.335"), D("1.05"), 12)
    assert line.amount == D("100.01")
    lines = [
        ordering.Line(i, f"P{i}", "x", "шт", D("1"), D("1"), D("0.10"), D("0.10"), D("0.5"), 12)
        for i in range(10)
    ]
    t = ordering.totals(lines)
    assert t.amount == D("1.00") and t.lines == 10 and t.weight_kg == D("5.000")
    assert t.vat == sum(ordering.money(D("0.10") * 12 / 112) for _ in range(10))


def test_same_product_twice_merges_into_one_line():
    a = ordering.Line(1, "P1", "x", "шт", D("1"), D("2"), D("10"), D("10"))
    lines, i = ordering.merge(
        [a], ordering.Line(1, "P1", "x", "шт", D("1"), D("3"), D("10"), D("10")), D("100")
    )
    assert len(lines) == 1 and i == 0 and lines[0].quantity == D("5")
    with pytest.raises(ordering.QuantityError):
        ordering.merge(lines, ordering.Line(1, "P1", "x", "шт", D("1"), D("99"), D("10"), D("10")), D("100"))


def test_stock_shortfall_is_visible():
    line = ordering.Line(1, "P1", "x", "шт", D("1"), D("10"), D("1"), D("1"), stock=D("4"))
    assert line.shortfall == D("6")


def test_usual_items_use_the_median_gap_and_ignore_one_offs():
    day = TODAY - dt.timedelta(days=100)
    purchases = [(1, day + dt.timedelta(days=d)) for d in (0, 14, 28, 42, 90)]  # one long gap
    purchases += [(2, day)]  # bought once
    items = {u.product_id: u for u in ordering.usual_items(purchases, orders=6)}
    assert set(items) == {1}
    assert items[1].interval_days == 14.0 and items[1].times == 5


def test_suggestions_rank_and_exclude():
    usual = [
        ordering.UsualItem(1, 10, TODAY - dt.timedelta(days=30), 7.0),  # 4× overdue
        ordering.UsualItem(2, 10, TODAY - dt.timedelta(days=7), 7.0),
        ordering.UsualItem(3, 10, TODAY - dt.timedelta(days=1), 7.0),
    ]
    out = ordering.suggest(
        today=TODAY,
        in_order={3},
        usual=usual,
        special=[10, 1],
        promo=[11, 10],
        new=[12, 13],
        traditional=[14, 11],
        bought_ever={13},
    )
    assert [(s.product_id, s.reason) for s in out] == [
        (1, "usual"),
        (2, "usual"),
        (10, "special"),
        (11, "promo"),
        (12, "new"),
        (14, "traditional"),
    ]
    assert out[0].times == 10 and out[0].last_bought == TODAY - dt.timedelta(days=30)


def test_every_kind_is_offered_before_the_long_tail_of_usual_items():
    usual = [ordering.UsualItem(i, 5, TODAY - dt.timedelta(days=i), 7.0) for i in range(1, 11)]
    out = ordering.suggest(
        today=TODAY,
        in_order=set(),
        usual=usual,
        special=[20],
        promo=[21, 22, 23, 24],
        new=[25],
        traditional=[26],
        usual_first=4,
        per_kind=3,
    )
    reasons = [s.reason for s in out]
    assert reasons[:4] == ["usual"] * 4 and [s.product_id for s in out[:4]] == [10, 9, 8, 7]
    assert reasons[4:11] == ["special", "promo", "promo", "promo", "new", "traditional", "usual"]
    assert out[-1].product_id == 24  # the fourth promotion after all usual items


def test_offer_before_close():
    offers = [ordering.Offer(1, "new", "accepted"), ordering.Offer(2, "promo", "declined", "price")]
    too_few = ordering.offer_check(offers, 3)
    assert too_few.code == "order.offers_too_few" and too_few.params == {"minimum": 3, "done": 2}
    unanswered = ordering.offer_check([*offers, ordering.Offer(3, "usual", "pending")], 3)
    assert unanswered.code == "order.offers_unanswered" and unanswered.params == {"count": 1}
    assert ordering.offer_check([*offers, ordering.Offer(3, "usual", "declined", "has_stock")], 3) is None
    assert ordering.offer_check(offers, 2) is None


def test_next_delivery_day_skips_weekends_and_holidays():
    assert ordering.next_delivery_day(TODAY, [1, 3]) == dt.date(2026, 11, 23)  # Monday
    assert ordering.next_delivery_day(TODAY, [], {dt.date(2026, 11, 23)}) == dt.date(2026, 11, 24)


def test_completion_problems():
    ok = ordering.Completion(dt.date(2026, 11, 23), 5, True, "cash")
    assert ordering.completion_problems(ok, today=TODAY, regional=False, lines=3) == []
    past = ordering.Completion(dt.date(2026, 11, 19), 5, True, "cash")
    [problem] = ordering.completion_problems(past, today=TODAY, regional=False, lines=3)
    assert problem.code == "order.delivery_in_past" and problem.params == {"day": dt.date(2026, 11, 19)}
    weekend = ordering.Completion(dt.date(2026, 11, 21), 5, True, "cash")
    [problem] = ordering.completion_problems(weekend, today=TODAY, regional=False, lines=3)
    assert problem.code == "order.delivery_on_weekend"
    holiday = ordering.Completion(dt.date(2026, 11, 23), 5, True, "cash")
    codes = [
        p.code
        for p in ordering.completion_problems(
            holiday, today=TODAY, regional=False, lines=3, holidays={dt.date(2026, 11, 23)}
        )
    ]
    assert codes == ["order.delivery_on_holiday"]
    unconfirmed = ordering.Completion(dt.date(2026, 11, 23), 5, False, "cash")
    [problem] = ordering.completion_problems(unconfirmed, today=TODAY, regional=False, lines=3)
    assert problem.code == "order.receiver_not_confirmed"
    pickup = ordering.Completion(
        None, None, False, "cash", pickup_date=dt.date(2026, 11, 19), shipping_details="x"
    )
    codes = [p.code for p in ordering.completion_problems(pickup, today=TODAY, regional=True, lines=3)]
    assert codes == ["order.pickup_in_past", "order.pickup_in_past"]  # the regional rule and the date rule
    regional = ordering.Completion(
        None, None, False, "bank_transfer", shipping_details="ТОО Жол Транс, склад"
    )
    assert ordering.completion_problems(regional, today=TODAY, regional=True, lines=3) == []
    nothing = ordering.Completion(None, None, False, "")
    problems = ordering.completion_problems(nothing, today=TODAY, regional=True, lines=0)
    assert [p.code for p in problems] == [
        "order.no_lines",
        "order.payment_form_missing",
        "order.regional_terms_missing",
        "order.delivery_date_missing",
        "order.receiver_missing",
    ]
