"""Schema migrations: from empty, from the previous version, matching the models, refusing newer."""

from __future__ import annotations

from decimal import Decimal

import pytest
from playhouse.schema_diff import diff_models

from orderdesk_gui.db import connection, queries, schema
from orderdesk_gui.db import models as m
from orderdesk_gui.domain.text import search_text


def _numbers() -> list[int]:
    return sorted(int(p.name[:4]) for p in schema.MIGRATIONS_DIR.glob("[0-9]*.py"))


def _latest() -> int:
    return _numbers()[-1]


def _previous() -> int:
    """The migration before the latest (numbers may skip one that was never released)."""
    return _numbers()[-2]


def test_empty_database_migrates_to_latest(any_url):
    database = connection.open_database(any_url)
    st = schema.status(database)
    assert st.current == st.latest == _latest()
    assert st.up_to_date and not st.too_new
    # a second open changes nothing
    assert schema.upgrade(database) == []


def test_migrated_schema_matches_the_models(any_url):
    database = connection.open_database(any_url)
    diff = diff_models(database, list(m.ALL_MODELS))
    # The search indexes (0002, 0012, 0017) are the migrations' own (engine-specific) business, and so
    # are the reports' covering indexes (0019).
    own = ("search_trgm", "search_words", "report_cover")
    problems = [line for line in str(diff).splitlines() if not any(name in line for name in own)]
    assert problems == []


def _insert_as_then(database, row) -> None:
    """Insert ``row`` with only the columns its table has now (the previous version's), as that version
    would have: a column the latest migration adds is not written."""
    model = type(row)
    existing = {c.name for c in database.get_columns(model._meta.table_name)}
    values = {}
    for field in model._meta.sorted_fields:
        if field.column_name not in existing or field.primary_key:
            continue
        value = row.__data__.get(field.name)
        if value is None and field.default is not None:
            value = field.default() if callable(field.default) else field.default
        values[field.column_name] = field.db_value(value)
    columns = ", ".join(f'"{c}"' for c in values)
    marks = ", ".join([database.param] * len(values))
    database.execute_sql(
        f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES ({marks})', list(values.values())
    )


def test_upgrade_from_previous_version_keeps_data_and_indexes_it(any_url):
    database = connection.connect(any_url)
    assert schema.upgrade(database, target=_previous())
    assert schema.status(database).current == _previous()
    # Data written by the previous version ...
    dept = m.Department.create(code="d", name="Отдел")
    ctype = m.ClientType.create(code="retail", name="Розница")
    column = m.PriceColumn.create(code="BASE", name="Базовая")
    _insert_as_then(
        database,
        m.Client(
            code="C77",
            name="ТОО «Әлем-Ёлка»",
            client_type=ctype,
            price_column=column,
            search_text=search_text("ТОО «Әлем-Ёлка»", "C77"),
        ),
    )
    assert dept.id
    # ... is there, and searchable, after the upgrade.
    applied = schema.upgrade(database)
    assert applied and schema.status(database).up_to_date
    hits = queries.search_clients("әлем елка")
    assert [h.code for h in hits] == ["C77"]


def test_newer_database_is_refused_and_left_unchanged(any_url):
    database = connection.open_database(any_url)
    runner = schema.runner(database)
    runner.History.create(name="0099_from_the_future")
    database.close()
    with pytest.raises(schema.SchemaError) as info:
        connection.open_database(any_url)
    assert info.value.code == "schema.too_new" and info.value.params == {"version": 99, "latest": _latest()}
    from orderdesk_gui.ui import messages

    assert "newer OrderDesk" in messages.english(info.value)
    database = connection.connect(any_url)
    assert "0099_from_the_future" in {r.name for r in runner.History.select()}


def test_cli_migrate_status_and_refusal(sqlite_url, capsys):
    from orderdesk_gui.cli import main

    assert main(["migrate", "--db", sqlite_url, "--status"]) == 0
    assert "schema version 0 of" in capsys.readouterr().out
    assert main(["migrate", "--db", sqlite_url]) == 0
    assert f"schema version {_latest()}" in capsys.readouterr().out
    database = connection.connect(sqlite_url)
    schema.runner(database).History.create(name="0100_future")
    database.close()
    assert main(["migrate", "--db", sqlite_url]) == 1
    err = capsys.readouterr().err
    assert "100" in err and "Traceback" not in err  # the version found, in words or as a parameter


def test_routing_reasons_become_codes_and_an_admins_own_reason_stays(any_url):
    """0007: the English reasons seeded by 0003 (and copied onto transferred calls) become codes."""
    database = connection.connect(any_url)
    assert schema.upgrade(database, target=6)
    seeded = dict(m.RoutingRule.select(m.RoutingRule.priority, m.RoutingRule.reason).tuples())
    assert seeded[10] == "Key account: their manager takes the order (D4)"
    m.RoutingRule.create(priority=60, action="take_here", reason="Своими словами администратора")
    _insert_as_then(database, m.User(login="op", full_name="Оператор", role="operator"))
    user = m.User.select(m.User.id).where(m.User.login == "op").get()
    for reason in (
        "Ordinary client: take the order here (D3)",
        "Debt: overdue or over the limit",
        "Клиент просил",
    ):
        m.Call.create(direction="in", phone="+77011234567", operator=user, transfer_reason=reason)
    assert schema.upgrade(database, target=7) == ["0007_routing_reason_codes"]
    reasons = dict(m.RoutingRule.select(m.RoutingRule.priority, m.RoutingRule.reason).tuples())
    assert reasons == {
        10: "routing.key_account_manager",
        20: "routing.not_an_order",
        30: "routing.not_an_order",
        40: "routing.new_client",
        50: "routing.ordinary_client",
        60: "Своими словами администратора",
    }
    calls = sorted(r for (r,) in m.Call.select(m.Call.transfer_reason).tuples())
    assert calls == ["routing.debt", "routing.ordinary_client", "Клиент просил"]
    # the seeded rules of a new database say the same as the program's own defaults
    from orderdesk_gui.domain.routing import DEFAULT_RULES, REASONS

    assert {r.priority: r.reason for r in DEFAULT_RULES} == {k: v for k, v in reasons.items() if k != 60}
    assert set(reasons.values()) - {"Своими словами администратора"} <= set(REASONS)
    # down writes the sentences back
    schema.runner(database).down("0007_routing_reason_codes")
    assert m.RoutingRule.get(m.RoutingRule.priority == 20).reason.endswith("(D19)")


def _departments() -> list[tuple[int, str, str]]:
    return list(
        m.Department.select(m.Department.id, m.Department.code, m.Department.name)
        .order_by(m.Department.id)
        .tuples()
    )


def test_new_database_has_the_required_departments_once(any_url):
    """0008: a database migrated from scratch has every department the rules name, numbered in order;
    migrating again (0008 undone and applied anew) adds none twice."""
    from orderdesk_gui.domain.departments import DEFAULT_NAMES, REQUIRED

    database = connection.open_database(any_url)
    first = _departments()
    assert [(code, name) for _id, code, name in first] == list(DEFAULT_NAMES.items())
    assert [i for i, _c, _n in first] == list(range(1, len(REQUIRED) + 1))
    run = schema.runner(database)
    run.down("0008_required_departments")
    assert _departments() == first  # down removes nothing
    assert schema.upgrade(database)[:1] == ["0008_required_departments"]  # and what came after it
    assert schema.upgrade(database) == []
    assert _departments() == first


def test_upgrade_adds_only_the_missing_departments_and_keeps_the_existing(any_url):
    from orderdesk_gui.domain.departments import DEFAULT_NAMES, REQUIRED, SALES

    database = connection.connect(any_url)
    assert schema.upgrade(database, target=7)
    own = m.Department.create(code="quality", name="Отдел качества")
    sales = m.Department.create(code=SALES, name="Продажи (своё название)")
    _insert_as_then(
        database, m.User(login="head", full_name="Руководитель", role="sales_head", head_of=sales)
    )
    head = m.User.select(m.User.id).where(m.User.login == "head").get()
    assert schema.upgrade(database)[:1] == ["0008_required_departments"]  # and what came after it
    rows = {code: (i, name) for i, code, name in _departments()}
    assert set(rows) == set(REQUIRED) | {"quality"}
    assert len(_departments()) == len(REQUIRED) + 1
    assert rows["quality"] == (own.id, "Отдел качества")
    assert rows[SALES] == (sales.id, "Продажи (своё название)")  # neither renamed nor doubled
    assert all(rows[c][1] == DEFAULT_NAMES[c] for c in REQUIRED if c != SALES)
    assert m.User.select(m.User.head_of).where(m.User.id == head.id).get().head_of_id == sales.id


def test_orders_taken_before_0019_get_their_offers_figures(any_url):
    """An order with offers and lines from an offer, written by schema 18, reads the same offers in the
    desk report after the upgrade: counted once, in the migration, from its offers and lines."""
    database = connection.connect(any_url)
    schema.upgrade(database, target=18)
    ctype = m.ClientType.create(code="retail", name="Розница")
    column = m.PriceColumn.create(code="BASE", name="Базовая")
    _insert_as_then(database, m.User(login="op", full_name="Оп", role="operator"))
    op = m.User.select(m.User.id).where(m.User.login == "op").get()
    _insert_as_then(database, m.Client(code="C1", name="Клиент", client_type=ctype, price_column=column))
    client = m.Client.select(m.Client.id).scalar()
    product = m.Product.create(code="P1", name="Мука", unit="kg")
    _insert_as_then(
        database, m.Order(client=client, operator=op.id, status="accepted", total_amount=Decimal(90))
    )
    order = m.Order.select(m.Order.id).scalar()
    for outcome in ("accepted", "declined", "declined"):
        m.SuggestionOffer.create(order=order, product=product.id, reason="usual", outcome=outcome)
    for line_no, (source, amount) in enumerate((("asked", 50), ("suggested", 40)), 1):
        money = dict(quantity=1, base_price=amount, unit_price=amount, amount=amount)
        m.OrderLine.create(order=order, line_no=line_no, product=product.id, source=source, **money)
    schema.upgrade(database)
    row = m.Order.get_by_id(order)
    assert (row.offers_made, row.offers_accepted, row.offers_added) == (3, 1, Decimal("40.00"))


def test_a_migration_skipped_below_the_newest_is_applied(any_url):
    """A database upgraded by a build that lacked some numbers (branches merged out of order) gets them
    on the next upgrade, not left out because a newer number is there."""
    database = connection.connect(any_url)
    schema.upgrade(database, target=18)
    history = schema.runner(database).History
    newest = max(schema.MIGRATIONS_DIR.glob("[0-9]*.py")).stem
    history.create(name=newest)  # as if a build with only the newest had opened it
    between = [
        p.stem for p in sorted(schema.MIGRATIONS_DIR.glob("[0-9]*.py")) if 18 < int(p.name[:4]) < _latest()
    ]
    st = schema.status(database)
    assert st.missing == tuple(between) and not st.up_to_date
    assert schema.upgrade(database) == between and not schema.status(database).missing
