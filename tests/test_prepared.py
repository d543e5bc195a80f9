"""Statements built once (``db/prepared.py``): the catalogue's one-product facts read through the learned
SQL equal the ones built every time, on SQLite and PostgreSQL, promotions and prices included; a
statement whose text depends on its values, or whose argument is converted, is built every time."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from orderdesk_gui import clock
from orderdesk_gui.db import catalog
from orderdesk_gui.db import models as m
from orderdesk_gui.db.connection import open_database
from orderdesk_gui.db.prepared import Prepared
from tests.conftest import DEMO_AS_OF


@pytest.fixture(params=["sqlite", "postgres"])
def demo_any(request, tmp_path):
    from orderdesk_gui.demo import DemoOptions, build_demo_database

    if request.param == "sqlite":
        url = request.getfixturevalue("demo_url")
    else:
        url = request.getfixturevalue("pg_url")
        build_demo_database(url, DemoOptions(clients=40, products=80, months=2, seed=5, as_of=DEMO_AS_OF))
    database = open_database(url)
    yield database
    database.close()


def test_one_products_facts_equal_the_ones_built_every_time(demo_any):
    today = clock.today()
    columns = [c.id for c in m.PriceColumn.select()]
    products = [p.id for p in m.Product.select(m.Product.id).order_by(m.Product.id).limit(60)]
    # a running promotion with a special price and one with a discount, so every column is exercised
    promo = m.Promotion.create(
        name="Тест", kind="price", starts=today - dt.timedelta(days=1), ends=today + dt.timedelta(days=5)
    )
    m.PromotionItem.create(promotion=promo, product=products[0], special_price=Decimal("12.34"))
    m.PromotionItem.create(promotion=promo, product=products[1], discount_percent=Decimal("7.5"))
    catalog._ONE_PRODUCT._learned.clear()
    compared = 0
    for column in columns:
        for pid in products:
            fast = catalog.facts([pid], column, today)
            slow = catalog.facts([pid, -1], column, today)  # two ids: built every time
            assert fast == slow, (pid, column)
            compared += 1
    learned = catalog._ONE_PRODUCT._learned[type(m.db_proxy.obj)]
    assert learned is not None, "the statement was not learned"
    assert compared >= 60
    now = catalog.facts([products[0]], columns[0], today)[products[0]]
    assert (promo.id, Decimal("12.34")) in now.promotions
    # another day: the promotion is over, the learned statement follows the argument
    later = catalog.facts([products[0]], columns[0], today + dt.timedelta(days=30))
    assert promo.id not in [p for p, _price in later[products[0]].promotions]


def test_a_statement_whose_text_depends_on_the_values_is_built_every_time(demo_any):
    P = m.Product
    varying = Prepared(lambda n: P.select(P.id).where(P.id.in_(list(range(1, n + 1)))))
    assert len(varying.rows(3)) <= 3 and varying._learned[type(m.db_proxy.obj)] is None
    assert len(varying.rows(5)) <= 5
    ignored = Prepared(lambda n: m.Product.select(m.Product.id).limit(2))  # the argument lands nowhere
    assert len(ignored.rows(7)) == 2 and ignored._learned[type(m.db_proxy.obj)] is None
    with pytest.raises(TypeError):
        Prepared(lambda s: m.Product.select().where(m.Product.code == s)).rows("A1")


def test_another_type_of_value_is_built_every_time(demo_any):
    """Learned with an int and a date; a bool or a datetime (which a field would convert) never takes the
    learned text."""
    today = clock.today()
    pid = m.Product.select(m.Product.id).order_by(m.Product.id).first().id
    column = m.PriceColumn.select().first().id
    catalog._ONE_PRODUCT._learned.clear()
    assert catalog.facts([pid], column, today)
    noon = dt.datetime.combine(today, dt.time(12))
    assert catalog.facts([pid], column, noon) == catalog.facts([pid, -1], column, noon)
    assert catalog.facts([True], column, today) == catalog.facts([True, -1], column, today)
