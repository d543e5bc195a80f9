"""The demo generator: deterministic, and it produces every case the operators meet."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from peewee import fn

from orderdesk_gui.db import connection, queries, schema
from orderdesk_gui.db import models as m
from orderdesk_gui.demo import (
    CLIENT_TYPES,
    DEMO_PASSWORD,
    DemoError,
    DemoOptions,
    build_demo_database,
    generate,
)
from orderdesk_gui.domain.departments import LOGISTICS, REQUIRED
from orderdesk_gui.services import auth
from tests.conftest import DEMO_AS_OF, DEMO_SIZE

KAZAKH = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")


def _fingerprint(url: str) -> str:
    """A digest of the business content of every table (password hashes included)."""
    database = connection.open_database(url)
    digest = hashlib.sha256()
    for model in m.ALL_MODELS:
        for row in model.select().order_by(*model._meta.get_primary_keys()).tuples():
            digest.update(repr(row).encode())
    database.close()
    return digest.hexdigest()


def test_same_seed_same_database(tmp_path):
    built = dt.datetime.combine(DEMO_AS_OF, dt.time(5, 30))  # naive UTC: the build moment is an input too
    small = dict(clients=60, products=80, months=3, seed=3, as_of=DEMO_AS_OF, now=built)
    urls = ["sqlite:///" + (tmp_path / f"d{i}.db").as_posix() for i in range(3)]
    build_demo_database(urls[0], DemoOptions(**small))
    build_demo_database(urls[1], DemoOptions(**small))
    build_demo_database(urls[2], DemoOptions(**{**small, "seed": 4}))
    a, b, c = (_fingerprint(u) for u in urls)
    assert a == b
    assert a != c


@pytest.mark.dated
def test_demo_has_every_case_an_operator_meets(demo_db, demo_day):
    today = demo_day
    # every client type, with clients
    types = {t.code: t.clients.count() for t in m.ClientType.select()}
    assert set(types) == {t[0] for t in CLIENT_TYPES}
    assert all(count > 0 for count in types.values()), types
    assert m.Client.select().count() == DEMO_SIZE["clients"]
    assert m.Product.select().count() == DEMO_SIZE["products"]
    # statuses, managers and their presence
    statuses = {s for (s,) in m.Client.select(m.Client.status).distinct().tuples()}
    assert {"active", "potential"} <= statuses
    presence = {p for (p,) in m.User.select(m.User.presence).distinct().tuples()}
    assert {"available", "away", "absent"} <= presence
    assert m.User.select().where(m.User.substitute.is_null(False)).exists()
    assert m.Department.select().join(m.User, on=(m.User.head_of == m.Department.id)).count() >= 5
    # names in Russian and Kazakh
    names = [n for (n,) in m.Client.select(m.Client.name).tuples()]
    names += [n for (n,) in m.Contact.select(m.Contact.name).tuples()]
    assert any(KAZAKH & set(n) for n in names)
    # overdue debtors: an unpaid document past its due date
    overdue = (
        m.Receivable.select(m.Receivable.client)
        .distinct()
        .where((m.Receivable.paid == False) & (m.Receivable.due_date < today))
    )  # noqa: E712
    assert overdue.count() >= 3
    # over the credit limit: unpaid total above the limit
    unpaid = m.Receivable.amount - m.Receivable.paid_amount
    over = (
        m.Receivable.select(m.Receivable.client)
        .join(m.Client)
        .where(m.Receivable.paid == False)  # noqa: E712
        .group_by(m.Receivable.client, m.Client.credit_limit)
        .having(fn.SUM(unpaid) > m.Client.credit_limit)
    )
    assert over.count() >= 2
    # sleeping clients: ordered for months, nothing in the last 60 days
    last = m.Order.select(
        m.Order.client, fn.MAX(m.Order.created_at).alias("last"), fn.COUNT(m.Order.id).alias("n")
    ).group_by(m.Order.client)
    cutoff = dt.datetime.combine(today - dt.timedelta(days=60), dt.time())
    sleeping = [r for r in last.objects() if r.n >= 4 and r.last < cutoff]
    assert len(sleeping) >= 5
    # a year of history
    first = m.Order.select(fn.MIN(m.Order.created_at)).scalar()
    assert (today - first.date()).days >= 365
    # new products and promotions active today, special items of management
    assert m.Product.select().where(m.Product.new_since.is_null(False)).count() >= 3
    active = m.Promotion.select().where((m.Promotion.starts <= today) & (m.Promotion.ends >= today))
    assert active.count() >= 3
    assert active.where(m.Promotion.kind == "special").exists()
    assert m.PromotionItem.select().join(m.Promotion).where(m.Promotion.id.in_(active)).exists()
    # traditional products per type, prices in every column, calls of the demo's today
    assert m.ClientTypeProduct.select().count() >= len(CLIENT_TYPES) * 5
    assert m.Price.select().count() == DEMO_SIZE["products"] * m.PriceColumn.select().count()
    start = dt.datetime.combine(today, dt.time()) - dt.timedelta(hours=5)
    assert m.Call.select().where(m.Call.started_at >= start).count() >= 10
    # phones normalised, orders numbered uniquely, order totals equal their lines
    assert not m.Phone.select().where(~m.Phone.e164.startswith("+7")).exists()
    order = m.Order.select().order_by(m.Order.id.desc()).first()
    assert sum(line.amount for line in order.lines) == order.total_amount


def test_demo_users_sign_in_with_the_documented_password(demo_db):
    for login in ("operator", "head", "finance", "admin"):
        assert auth.authenticate(login, DEMO_PASSWORD).login == login


def _departments() -> list[tuple[int, str]]:
    return list(m.Department.select(m.Department.id, m.Department.code).order_by(m.Department.id).tuples())


def test_demo_uses_the_required_departments_and_migrating_again_adds_none(demo_db):
    """The schema brings the required departments (0008), numbered as the demo always numbered them;
    the demo takes them rather than creating its own, and 0008 applied again over it adds nothing."""
    first = _departments()
    assert first == list(enumerate(REQUIRED, 1))
    schema.runner(demo_db).down("0008_required_departments")
    assert schema.upgrade(demo_db)[:1] == ["0008_required_departments"]  # and what came after it
    assert _departments() == first


def test_demo_creates_a_required_department_the_database_lacks(sqlite_url):
    database = connection.open_database(sqlite_url)
    m.Department.delete().where(m.Department.code == LOGISTICS).execute()
    generate(database, DemoOptions(clients=5, products=20, months=1, as_of=DEMO_AS_OF))
    assert {c for _i, c in _departments()} == set(REQUIRED)
    assert m.User.get(m.User.login == "logistics").head_of.code == LOGISTICS


def test_demo_refuses_a_database_with_data(demo_db, demo_url, capsys):
    with pytest.raises(DemoError, match="demo.database_not_empty"):
        generate(demo_db, DemoOptions(clients=5, products=20, months=1))
    from orderdesk_gui.cli import main

    assert main(["demo", "--db", demo_url]) == 1
    assert "exists already" in capsys.readouterr().err


def test_demo_on_postgresql(pg_url):
    summary = build_demo_database(
        pg_url, DemoOptions(clients=40, products=60, months=2, seed=5, as_of=DEMO_AS_OF)
    )
    connection.open_database(pg_url)
    assert m.Client.select().count() == 40
    assert m.Order.select().count() == summary.counts["orders"] > 0
    assert queries.search_clients("тоо")
    # the planner's statistics are current after the bulk load (not left to a late autovacuum)
    analyzed = m.db_proxy.execute_sql(
        "SELECT relname FROM pg_stat_user_tables "
        "WHERE last_analyze IS NOT NULL AND relname IN ('client', 'order', 'phone')"
    ).fetchall()
    assert {name for (name,) in analyzed} == {"client", "order", "phone"}


def test_cli_demo_builds_and_reports(tmp_path, capsys):
    from orderdesk_gui.cli import main

    url = "sqlite:///" + (tmp_path / "cli.db").as_posix()
    assert (
        main(
            [
                "demo",
                "--db",
                url,
                "--clients",
                "20",
                "--products",
                "30",
                "--months",
                "2",
                "--seed",
                "9",
                "--as-of",
                "2026-11-20",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "clients: 20" in out and "operator" in out
    assert not list(tmp_path.glob("*.building*"))


@pytest.mark.dated
@pytest.mark.parametrize("built_at", [dt.time(7, 50), dt.time(13, 20)], ids=["early", "afternoon"])
def test_nothing_in_the_demo_happens_after_it_was_built(tmp_path, demo_day, built_at):
    """Built at 07:50 (before the desk opens) or in the afternoon: today's calls, orders, callbacks
    tried and complaints all lie before that moment, and today still has calls in the journal."""
    from orderdesk_gui import clock

    built = clock.to_utc(dt.datetime.combine(demo_day, built_at))  # office time to storage (UTC)
    url = "sqlite:///" + (tmp_path / "d.db").as_posix()
    build_demo_database(
        url, DemoOptions(clients=80, products=100, months=2, seed=11, as_of=demo_day, now=built)
    )
    database = connection.open_database(url)
    try:
        later = {
            "call started": m.Call.select().where(m.Call.started_at > built).count(),
            "call ended": m.Call.select().where(m.Call.ended_at > built).count(),
            "order": m.Order.select().where(m.Order.created_at > built).count(),
            "complaint": m.Complaint.select().where(m.Complaint.created_at > built).count(),
            "complaint event": m.ComplaintEvent.select().where(m.ComplaintEvent.at > built).count(),
            "callback created": m.CallbackRequest.select()
            .where(m.CallbackRequest.created_at > built)
            .count(),
        }
        assert later == dict.fromkeys(later, 0)
        start, end = clock.day_bounds(demo_day)
        today = m.Call.select().where((m.Call.started_at >= start) & (m.Call.started_at < end)).count()
        assert today > 0  # the journal of the demo's today is not empty
    finally:
        database.close()
