"""Finding callers (issue 14): the search with each client's debt level, on SQLite and PostgreSQL; the
levels come from a fixed number of batch queries for the shown clients, whatever their number."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from orderdesk_gui import clock
from orderdesk_gui.db import connection
from orderdesk_gui.db import models as m
from orderdesk_gui.domain import phones, text
from orderdesk_gui.domain.debt import DebtRules
from orderdesk_gui.services import caller


def _client(code, name, phone, limit, ctype, column):
    c = m.Client.create(
        code=code,
        name=name,
        client_type=ctype,
        price_column=column,
        credit_limit=Decimal(limit),
        search_text=text.search_text(name, code),
    )
    m.Phone.create(client=c, number=phone, e164=phones.to_e164(phone), kind="mobile")
    return c


def _owes(client, number, amount, due_in_days):
    today = clock.today()
    m.Receivable.create(
        client=client,
        document_no=number,
        doc_date=today - dt.timedelta(days=30),
        amount=Decimal(amount),
        paid_amount=Decimal(0),
        due_date=today + dt.timedelta(days=due_in_days),
    )


@pytest.fixture
def book(any_url):
    connection.open_database(any_url)
    ctype = m.ClientType.create(code="retail", name="Розница")
    column = m.PriceColumn.create(code="BASE", name="Базовая")
    red = _client("C1", "ТОО «Алма»", "+7 701 211 73 36", "100000", ctype, column)
    amber = _client("C2", "ТОО «Алмалы»", "8 (775) 211-73-37", "100000", ctype, column)
    green = _client("C3", "ИП Алмасов", "+7 727 211 73 38", "100000", ctype, column)
    _owes(red, "R-1", "5000", -10)  # overdue
    _owes(amber, "A-1", "5000", 2)  # falls due within the amber days
    _owes(green, "G-1", "5000", 30)
    return {"red": red, "amber": amber, "green": green}


@pytest.mark.parametrize("typed", ["211 73", "2117", "алма"])
def test_each_found_client_has_its_debt_level(book, typed):
    hits = {h.id: h for h in caller.find_clients(typed, clock.today(), DebtRules())}
    assert {level: hits[client.id].debt for level, client in book.items()} == {
        "red": "red",
        "amber": "amber",
        "green": "green",
    }


def test_the_levels_take_two_batch_queries_whatever_the_number_of_clients(book, monkeypatch):
    """The hits carry their credit limits: the levels read open documents and uninvoiced orders of the
    shown clients in one query each (not one per client, nor the clients again)."""
    database = m.db_proxy.obj
    ctype, column = m.ClientType.get(), m.PriceColumn.get()
    for i in range(30):
        _client(f"D{i}", f"ТОО «Алма-{i}»", f"+7 702 000 {i:02d} 00", "1000", ctype, column)
    from orderdesk_gui.db import queries

    search = _queries_of(lambda: queries.search_clients("алма"), monkeypatch, database)
    found: list = []
    levels = _queries_of(
        lambda: found.extend(caller.find_clients("алма", clock.today(), DebtRules())), monkeypatch, database
    )
    assert len(found) == 33 and all(h.debt for h in found)
    assert len(levels) - len(search) == 2, levels[len(search) :]


def _queries_of(action, monkeypatch, database) -> list[str]:
    """The statements ``action`` sends to the database."""
    sent: list[str] = []
    real = database.execute_sql

    def counting(sql, params=None, *args, **kwargs):
        sent.append(sql)
        return real(sql, params, *args, **kwargs)

    monkeypatch.setattr(database, "execute_sql", counting)
    action()
    monkeypatch.setattr(database, "execute_sql", real)
    return sent
