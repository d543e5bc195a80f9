"""Caller and client search: phone in any writing, code, BIN/IIN, name fragments in Cyrillic and Kazakh."""

from __future__ import annotations

import pytest

from orderdesk_gui.db import connection, queries
from orderdesk_gui.db import models as m
from orderdesk_gui.domain import phones, text


def _client(code, name, tax_id, phone, ctype, column):
    c = m.Client.create(
        code=code,
        name=name,
        tax_id=tax_id,
        client_type=ctype,
        price_column=column,
        city="Алматы",
        search_text=text.search_text(name, code, tax_id, "Алматы"),
    )
    m.Phone.create(client=c, number=phone, e164=phones.to_e164(phone), kind="mobile")
    return c


@pytest.fixture
def clients(any_url):
    connection.open_database(any_url)
    ctype = m.ClientType.create(code="retail", name="Розница")
    column = m.PriceColumn.create(code="BASE", name="Базовая")
    return {
        "zhuldyz": _client(
            "C000101", "ТОО «Жұлдыз Әлемі»", "990140000123", "+7 701 123 45 67", ctype, column
        ),
        "yolka": _client(
            "C000102", "ИП Семёнова «Ёлочка»", "870512300456", "8 (727) 250-11-22", ctype, column
        ),
        "berek": _client("C000103", "Магазин «Береке»", "040840001234", "87771234567", ctype, column),
    }


@pytest.mark.parametrize(
    "written",
    ["+7 701 123 45 67", "8 (701) 123-45-67", "87011234567", "+77011234567", "701 123 4567"],
)
def test_phone_in_any_writing_finds_the_same_client(clients, written):
    hits = queries.search_clients(written)
    assert [h.id for h in hits][:1] == [clients["zhuldyz"].id]
    assert hits[0].matched_phone == "+7 701 123 4567"


@pytest.mark.parametrize(
    "typed, key",
    [
        ("жұлдыз", "zhuldyz"),
        ("ЖҰЛДЫЗ", "zhuldyz"),
        ("әлем", "zhuldyz"),
        ("жұл әле", "zhuldyz"),
        ("елочка", "yolka"),
        ("Ёлочка", "yolka"),
        ("семенова", "yolka"),
        ("берек", "berek"),
        ("C000103", "berek"),
        ("c000103", "berek"),
        ("040840001234", "berek"),
    ],
)
def test_name_code_and_tax_id(clients, typed, key):
    hits = queries.search_clients(typed)
    assert hits and hits[0].id == clients[key].id, [h.name for h in hits]


def test_nothing_for_nonsense_and_symbols(clients):
    assert queries.search_clients("") == []
    assert queries.search_clients("«»\"'%_*") == []
    assert queries.search_clients("щщщщ") == []
    assert queries.search_clients("99999999999999") == []


def test_search_text_normalisation():
    assert text.normalize("  ЁЛКА   Әлем ") == "елка әлем"
    assert text.search_text("ТОО «Жұлдыз-Ёлка»", "C1") == "тоо жұлдыз елка c1"
    assert text.tokens("қ-ң ө_ү") == ["қ", "ң", "ө_ү"]


@pytest.mark.parametrize(
    "typed, count",
    [("1234567", 2), ("123 45 67", 2), ("701 123", 1), ("8 701 123", 1), ("(701) 123-45", 1)],
)
def test_part_of_a_number_finds_the_caller(clients, typed, count):
    hits = {h.id: h for h in queries.search_clients(typed)}
    assert len(hits) == count, [h.name for h in hits.values()]  # +7 701 123 4567 and +7 777 123 4567
    assert hits[clients["zhuldyz"].id].matched_phone == "+7 701 123 4567"


def test_a_part_of_a_number_nobody_has_finds_nobody(clients):
    assert queries.search_clients("999 888 77") == []


@pytest.mark.parametrize(
    "typed, keys",
    [("4567", {"zhuldyz", "berek"}), ("2501", {"yolka"}), ("727 250", {"yolka"}), ("8 777 12", {"berek"})],
)
def test_four_digits_are_enough(clients, typed, keys):
    """From four digits typed (not five, as for a whole number), in any writing."""
    assert {h.id for h in queries.search_clients(typed)} == {clients[k].id for k in keys}


def test_three_digits_are_not_searched_as_a_number(clients):
    assert queries.clients_by_phone_part("456") == []
    assert queries.clients_by_phone_part("45\u0666\u0667") == []  # Arabic-Indic digits are no phone digits


def test_the_index_of_the_numbers_follows_every_change(clients, any_url):
    """The SQLite index is an FTS5 table kept by triggers: a number added, changed or deleted is found
    (or not) at once, whatever wrote it (a service, an import, the demo's bulk loader)."""
    berek = clients["berek"]
    extra = m.Phone.create(client=berek, number="8 700 555 90 91", e164="+77005559091", kind="work")
    assert [h.id for h in queries.search_clients("555 90")] == [berek.id]
    m.Phone.update(e164="+77005559092").where(m.Phone.id == extra.id).execute()
    assert queries.search_clients("5559091") == []
    assert [h.matched_phone for h in queries.search_clients("5559092")] == ["+7 700 555 9092"]
    m.Phone.delete().where(m.Phone.id == extra.id).execute()
    assert queries.search_clients("5559092") == []


def test_sqlite_reads_part_of_a_number_through_its_trigram_index(sqlite_url):
    database = connection.open_database(sqlite_url)
    assert queries._phone_fts(database)
    where = queries._number_contains("2117336", 60)
    sql, params = m.Phone.select(m.Phone.client, m.Phone.e164).where(where).limit(60).sql()
    plan = " | ".join(row[-1] for row in database.execute_sql("EXPLAIN QUERY PLAN " + sql, params))
    assert "phone_fts VIRTUAL TABLE" in plan and "SCAN phone " not in plan + " ", plan
