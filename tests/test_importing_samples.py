"""The importer on files made from what real 1C exports and administrators' tables look like
(``tests/data/exchange/README.md`` names each file's sources and quirks), into the tests' demo database."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from orderdesk_gui.db import models as m
from orderdesk_gui.domain.states import ExchangeStatus
from orderdesk_gui.services import auth, importing

DATA = Path(__file__).parent / "data" / "exchange"


@pytest.fixture
def admin(demo_db):
    return auth.command_line()


def _run(user, *names, apply=True):
    return importing.import_files([DATA / n for n in names], user, apply=apply, source="command")


def _imported(word: str) -> m.Product:
    return m.Product.get(m.Product.external_id.is_null(False) & m.Product.name.contains(word))


def _inactive() -> int:
    return m.Product.select().where(m.Product.active == False).count()  # noqa: E712


def _price(product: m.Product, column_name: str) -> Decimal:
    column = m.PriceColumn.get(m.PriceColumn.name == column_name)
    return m.Price.get((m.Price.product == product) & (m.Price.price_column == column)).price


def test_1c_catalogue_and_offers_208(admin):
    imported, offers = _run(admin, "cml208_offers.xml", "cml208_import.xml")
    assert (imported.status, offers.status) == (ExchangeStatus.APPLIED, ExchangeStatus.APPLIED), (
        imported.rejects,
        offers.rejects,
    )
    groups = imported.counts["groups"]
    assert groups.new + groups.changed == 5 and imported.counts["products"].new == 7
    products = list(m.Product.select().where(m.Product.external_id.is_null(False)))
    assert sorted(p.vat_rate for p in products) == [12] * 6 + [20]
    assert all(p.unit == p.unit.strip() and p.unit for p in products)  # "шт " and Код="796 " trimmed
    assert offers.counts["prices"].new == 13
    milk = _imported("Молоко")
    assert _price(milk, "Базовая") == Decimal("465.00")
    assert min(p.stock for p in products) < 0  # 1C allows negative stock
    assert any(p.stock == Decimal("86.350") for p in products)
    again = _run(admin, "cml208_import.xml", "cml208_offers.xml")
    assert [r.status for r in again] == [ExchangeStatus.UNCHANGED, ExchangeStatus.UNCHANGED]


def test_changes_only_offers_list_a_product_the_catalogue_left_out(admin):
    _run(admin, "cml208_import.xml", "cml208_offers.xml")
    before = _inactive()
    (result,) = _run(admin, "cml_changes_only_offers.xml")
    assert result.status == ExchangeStatus.APPLIED
    assert [c.code for c in result.conflicts] == ["exchange.price_of_unknown_product"]
    assert _inactive() == before  # changes only: nothing switched off
    milk = _imported("Молоко")
    assert _price(milk, "Базовая") == Decimal("479.00")


def test_windows_1251_without_a_namespace_and_a_kazakh_letter_as_a_reference(admin):
    (result,) = _run(admin, "cml_no_namespace_cp1251_import.xml")
    assert result.status == ExchangeStatus.APPLIED, result.rejects
    names = [p.name for p in m.Product.select().where(m.Product.external_id.is_null(False))]
    assert names and all(any("а" <= ch <= "я" for ch in name.lower()) for name in names)
    assert any("қ" in name for name in names) or any("қ" in g.name for g in m.ProductGroup.select())


def test_deleted_in_1c_is_deactivated_never_deleted(admin):
    _run(admin, "cml208_import.xml", "cml208_offers.xml")
    before = m.Product.select().count()
    (result,) = _run(admin, "cml210_import.xml")
    assert result.status == ExchangeStatus.APPLIED and result.counts["products"].deactivated == 1
    (goods,) = _run(admin, "cml31_goods.xml")
    assert goods.status == ExchangeStatus.APPLIED, goods.rejects
    assert m.Product.select().count() >= before


def test_contractors_then_an_administrators_tables(admin):
    first = _run(admin, "cml_contractors.xml")[0]
    assert first.status == ExchangeStatus.APPLIED and first.counts["clients"].new >= 4, first.rejects
    for name in (
        "clients_utf8_bom_semicolon.csv",
        "clients_english_comma.csv",
        "contacts.csv",
        "clients.xlsx",
    ):
        (result,) = _run(admin, name)
        assert result.status == ExchangeStatus.APPLIED, (name, result.rejects)
    bereke = m.Client.select().where(m.Client.tax_id == "110740058742")
    assert bereke.count() == 1  # one company: the catalogue's GUID and the table's code
    assert m.Client.select().where(m.Client.tax_id == "040544449292").count() == 1  # Excel's lost zero


def test_a_windows_1251_table_names_the_price_column_with_a_hyphen(admin):
    (result,) = _run(admin, "clients_cp1251.csv")
    assert result.status == ExchangeStatus.APPLIED, result.rejects
    opt2 = m.PriceColumn.get(m.PriceColumn.code == "OPT2")
    assert "−" in opt2.name or "-" in opt2.name
    assert m.Client.select().where(m.Client.price_column == opt2).count() >= 1


def test_the_debt_statement_and_a_receivables_workbook(admin):
    retail = m.ClientType.get(m.ClientType.code == "retail")
    column = m.PriceColumn.get(m.PriceColumn.is_base == True)  # noqa: E712
    for number, name in enumerate(
        (
            "АО Продуктовый магазин «Ақ ниет»",
            "ИП Минимаркет «Ромашка»",
            "ТОО Супермаркет «Әлем»",
            "ТОО Ресторан «Золотой колос»",
        )
    ):
        m.Client.update(name=name + " (демо)").where(m.Client.name == name).execute()  # one client per name
        m.Client.create(code=f"S{number}", name=name, client_type=retail, price_column=column)
    (result,) = _run(admin, "debt_statement_1c.xlsx")
    assert result.kind == "debt_statement" and result.status == ExchangeStatus.APPLIED, result.rejects
    assert result.counts["receivables"].new == 4
    assert [c.code for c in result.conflicts] == ["exchange.statement_row_not_a_client"]  # the employee
    alem = m.Client.get(m.Client.name == "ТОО Супермаркет «Әлем»")  # "Алем" in the statement
    assert m.Receivable.get(m.Receivable.client == alem).amount == Decimal("2905613.50")
    assert importing.debts_as_of() is not None


def test_bad_sample_files_are_refused_with_their_lines(admin):
    for name in (
        "bad_receivables.csv",
        "bad_clients.csv",
        "bad_broken.xml",
        "bad_wrong_place.xml",
        "bad_duplicates_numbers.xml",
        "bad_not_a_table.csv",
    ):
        before = m.Receivable.select().count(), m.Client.select().count(), m.Product.select().count()
        (result,) = _run(admin, name)
        assert result.status == ExchangeStatus.REFUSED, name
        assert result.reject_count >= 1 and all(isinstance(x.line, int) for x in result.rejects)
        assert (
            m.Receivable.select().count(),
            m.Client.select().count(),
            m.Product.select().count(),
        ) == before
