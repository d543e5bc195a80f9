"""The order guide and the priced completion, on SQLite and on PostgreSQL: which products, in which
order, with which last quantities, days and prices, today's price (column or promotion) and stock."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from orderdesk_gui import clock
from orderdesk_gui.db import connection
from orderdesk_gui.db import models as m
from orderdesk_gui.domain import guide as rules
from orderdesk_gui.services import auth, guide
from tests.conftest import signed_in

D = Decimal


def local_utc(day: dt.date, hour: int = 11) -> dt.datetime:
    """The stored (naive UTC) form of ``hour``:00 in the office on ``day``."""
    return clock.to_utc(dt.datetime.combine(day, dt.time(hour)))


@pytest.fixture
def shop(any_url):
    """A client with orders over two years and more, and the catalogue around them."""
    connection.open_database(any_url)
    today = clock.today()
    op = m.User.create(login="op", full_name="Оператор", role="operator")
    finance = m.User.create(login="fin", full_name="Финансы", role="finance")
    base = m.PriceColumn.create(code="BASE", name="Базовая", is_base=True)
    column = m.PriceColumn.create(code="OPT", name="Опт")
    ctype = m.ClientType.create(code="retail", name="Розница")
    client = m.Client.create(code="C1", name="Магазин «Береке»", client_type=ctype, price_column=column)
    other = m.Client.create(code="C2", name="Другой", client_type=ctype, price_column=column)

    def product(code, name, price, stock="100", pack="1", active=True):
        p = m.Product.create(
            code=code, name=name, unit="шт", pack_size=D(pack), stock=D(stock), active=active
        )
        m.Price.create(product=p, price_column=base, price=D(price) * 2)
        m.Price.create(product=p, price_column=column, price=D(price))
        return p

    milk = product("P1", "Молоко 3,2% 1 л", "450", stock="5", pack="12")
    bread = product("P2", "Хлеб «Әсем» нарезной", "200")
    tea = product("P3", "Чай чёрный «Қазақ»", "1500")
    gone = product("P4", "Снятый с продажи", "100", active=False)
    unpriced = m.Product.create(code="P5", name="Без цены", unit="шт")
    old = product("P6", "Куплено давно", "300")
    promo = m.Promotion.create(name="Акция", starts=today - dt.timedelta(days=3), ends=today)
    m.PromotionItem.create(promotion=promo, product=tea, special_price=D("1200"))

    def order(who, day, lines, status="delivered", hour=11):
        o = m.Order.create(client=who, operator=op, status=status, created_at=local_utc(day, hour))
        for no, (p, qty, price) in enumerate(lines, 1):
            m.OrderLine.create(
                order=o, line_no=no, product=p, quantity=D(qty), base_price=D(price),
                unit_price=D(price), amount=D(qty) * D(price),
            )  # fmt: skip
        return o

    # milk: weekly in the last weeks (recent), the latest at 02:00 local = the evening before in UTC
    for k, qty in enumerate(["24", "12", "36", "12", "24", "48"]):
        order(client, today - dt.timedelta(days=7 * k + 1), [(milk, qty, "440")], hour=2 if k == 0 else 11)
    # bread: often, but a year and more ago
    for k in range(9):
        order(client, today - dt.timedelta(days=400 + 10 * k), [(bread, "10", "180")])
    tea_and_others = [(tea, "2", "1450"), (gone, "1", "90"), (unpriced, "1", "5")]
    order(client, today - dt.timedelta(days=20), tea_and_others)
    order(client, today - dt.timedelta(days=rules.HISTORY_DAYS + 5), [(old, "1", "300")])  # too old
    order(client, today - dt.timedelta(days=2), [(old, "99", "1")], status="draft")  # not placed
    order(client, today - dt.timedelta(days=3), [(old, "98", "1")], status="cancelled")
    order(other, today - dt.timedelta(days=1), [(bread, "77", "1")])  # another client's
    return {
        "op": signed_in(op),
        "finance": signed_in(finance),
        "client": client,
        "column": column,
        "milk": milk,
        "bread": bread,
        "tea": tea,
        "today": today,
    }


def test_the_guide_lists_the_usual_products_best_first_with_their_history(shop):
    today = shop["today"]
    found = guide.order_guide(shop["op"], shop["client"].id, today)
    assert found.client_id == shop["client"].id and found.price_column_id == shop["column"].id
    # recent and frequent first; an old habit after; discontinued, unpriced, too old, drafts,
    # cancelled orders and other clients' orders stay out
    assert [i.code for i in found.items] == ["P1", "P2", "P3"]
    milk, bread, tea = found.items
    assert milk.times == 6 and bread.times == 9 and tea.times == 1
    assert [p.quantity for p in milk.last] == [D("24"), D("12"), D("36"), D("12"), D("24")]
    # the days are the office's: the latest order was at 02:00 local, the evening before in UTC
    assert milk.last[0].day == today - dt.timedelta(days=1)
    assert [p.day for p in milk.last] == [today - dt.timedelta(days=7 * k + 1) for k in range(5)]
    assert milk.last_price == D("440.00") and milk.price == D("450.00") and not milk.promotion
    assert milk.stock == D("5") and milk.pack_size == D("12") and milk.unit == "шт"
    assert bread.last_price == D("180.00") and len(bread.last) == rules.LAST_PURCHASES
    assert bread.last[0].quantity == D("10")
    # today's price is the order line's: the promotion's when it is better than the column
    assert tea.price == D("1200.00") and tea.promotion and tea.last_price == D("1450.00")


def test_the_guide_keeps_fewer_purchases_and_products_when_asked(shop):
    found = guide.order_guide(shop["op"], shop["client"].id, shop["today"], limit=2, last=3)
    assert [i.code for i in found.items] == ["P1", "P2"]
    assert [len(i.last) for i in found.items] == [3, 3]


def test_the_guide_is_for_those_who_take_orders(shop):
    with pytest.raises(auth.PermissionDenied):
        guide.order_guide(shop["finance"], shop["client"].id, shop["today"])
    with pytest.raises(auth.PermissionDenied):
        guide.order_guide(None, shop["client"].id, shop["today"])  # type: ignore[arg-type]


def test_a_client_without_history_has_an_empty_guide_and_a_missing_one_an_error(shop):
    new = m.Client.create(
        code="C9", name="Новый", client_type=shop["client"].client_type, price_column=shop["column"]
    )
    assert guide.order_guide(shop["op"], new.id, shop["today"]).items == []
    with pytest.raises(guide.OrderError) as info:
        guide.order_guide(shop["op"], 999_999, shop["today"])
    assert info.value.code == "order.client_missing"


def test_the_completion_carries_the_clients_price_and_the_stock(shop):
    hits = guide.priced_products(shop["op"], "P", (shop["bread"].id,), shop["column"].id, shop["today"])
    by_code = {h.code: h for h in hits}
    assert hits[0].code == "P2" and hits[0].usual  # the client's usual product first
    assert by_code["P1"].price == D("450.00") and by_code["P1"].stock == D("5")
    assert by_code["P3"].price == D("1200.00")  # the promotion, as the line would be priced
    assert by_code["P5"].price is None  # not priced for the client
    assert "P4" not in by_code  # not sold any more
    unpriced = guide.priced_products(shop["op"], "P1", (), None, shop["today"])  # no order open yet
    assert [h.code for h in unpriced] == ["P1"] and unpriced[0].price is None


def test_ranking_weighs_recent_purchases_more():
    day = dt.date(2026, 1, 1)
    p = rules.Purchase(day, D(1), D(1))
    often_long_ago = rules.History(1, times=10, recent=0, last=(p,))
    lately = rules.History(2, times=4, recent=4, last=(p,))
    tie_newer = rules.History(3, times=10, recent=0, last=(rules.Purchase(day.replace(day=2), D(1), D(1)),))
    assert [h.product_id for h in rules.ranked([often_long_ago, lately, tie_newer])] == [2, 3, 1]
