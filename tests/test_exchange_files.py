"""The exchange benchmark's file generator (benchmarks/exchange_files.py) on a small demo database: the files
are well-formed, carry the documented headers and as many rows as the database, are the same when
generated twice; and the hand-made test files of tests/data/exchange are what their README says."""

from __future__ import annotations

import csv
import hashlib
import importlib.util
import json
import sys
import uuid
import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "exchange"
NS = "{urn:1C.ru:commerceml_2}"


@pytest.fixture(scope="module")
def exchange_files():
    spec = importlib.util.spec_from_file_location("exchange_files", ROOT / "benchmarks" / "exchange_files.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["exchange_files"] = module
    spec.loader.exec_module(module)
    return module


def _count(path: Path, tag: str) -> int:
    """Elements named ``tag`` (namespace ignored), streamed."""
    n = 0
    for _event, element in ET.iterparse(path, events=("end",)):
        if element.tag.rsplit("}", 1)[-1] == tag:
            n += 1
    return n


def _csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.reader(stream, delimiter=";"))


def _money(text: str) -> Decimal:
    return Decimal(text.replace("\u00a0", "").replace(" ", "").replace(",", "."))


def _digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != "manifest.json"
    }


def test_generated_files_match_the_database(exchange_files, demo_url, tmp_path):
    from orderdesk_gui.db import models as m
    from orderdesk_gui.db.connection import open_database

    out = tmp_path / "files"
    manifest = exchange_files.generate(demo_url, out, delta=(1000, 200, 2000))

    database = open_database(demo_url)
    try:
        products = m.Product.select().where(m.Product.active == True).count()  # noqa: E712
        clients = m.Client.select().count()
        contacts = m.Contact.select().count()
        prices = m.Price.select().join(m.Product).where(m.Product.active == True).count()  # noqa: E712
        columns = [
            name
            for (name,) in m.PriceColumn.select(m.PriceColumn.name)
            .order_by(m.PriceColumn.sort_order)
            .tuples()
        ]
        receivables = m.Receivable.select().count()
        owed = sum((r.amount for r in m.Receivable.select(m.Receivable.amount)), Decimal(0))
        first = m.Product.select().where(m.Product.active == True).order_by(m.Product.id).first()  # noqa: E712
    finally:
        database.close()

    # CommerceML: parses, one Товар per product, one Контрагент per client, every price
    assert _count(out / "import0_1.xml", "Товар") == products
    assert _count(out / "import0_1.xml", "Контрагент") == clients
    assert _count(out / "offers0_1.xml", "Предложение") == products
    assert _count(out / "offers0_1.xml", "Цена") == prices
    assert _count(out / "offers0_1.xml", "ТипЦены") == len(columns)
    root = ET.parse(out / "import0_1.xml").getroot()
    assert root.tag == NS + "КоммерческаяИнформация" and root.get("ВерсияСхемы") == "2.08"
    product = root.find(f"{NS}Каталог/{NS}Товары/{NS}Товар")
    assert product.findtext(NS + "Ид") == str(uuid.uuid5(exchange_files.NAMESPACE, f"product:{first.code}"))
    assert product.findtext(NS + "Артикул") == first.code
    assert product.find(NS + "БазоваяЕдиница").text.endswith(" ")  # as 1C writes it: "шт "

    # CSV: the documented headers, a row per database row, the amounts add up
    assert _csv(out / "clients.csv")[0] == exchange_files.CLIENT_HEADER
    assert len(_csv(out / "clients.csv")) == clients + 1
    assert len(_csv(out / "contacts.csv")) == contacts + 1
    assert _csv(out / "products.csv")[0] == exchange_files.PRODUCT_HEADER
    assert len(_csv(out / "products.csv")) == products + 1
    assert _csv(out / "prices.csv")[0] == ["Код", "Наименование", *columns]
    rows = _csv(out / "receivables.csv")
    assert rows[0] == exchange_files.RECEIVABLE_HEADER
    assert len(rows) == receivables + 1
    assert sum(_money(row[3]) for row in rows[1:]) == owed
    assert (out / "clients.csv").read_bytes().startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM
    assert b"\r\n" in (out / "receivables.csv").read_bytes()[:400]

    # the changes-only package
    delta = ET.parse(out / "delta" / "offers_changes.xml").getroot()
    assert delta.find(NS + "ПакетПредложений").get("СодержитТолькоИзменения") == "true"
    assert _count(out / "delta" / "offers_changes.xml", "Цена") == 1000
    assert len(_csv(out / "delta" / "clients_delta.csv")) == 200 + 1
    assert len(_csv(out / "delta" / "receivables_delta.csv")) == 2000 + 1

    saved = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert saved["counts"] == manifest["counts"]
    assert manifest["counts"]["receivables"] == receivables

    # a second run writes the very same files (ids from codes, a seeded draw)
    again = tmp_path / "again"
    exchange_files.generate(demo_url, again, delta=(1000, 200, 2000))
    assert _digest(again) == _digest(out)


def test_receivables_limit(exchange_files, demo_url, tmp_path):
    manifest = exchange_files.generate(demo_url, tmp_path / "cut", delta=(10, 5, 20), receivables=100)
    assert manifest["counts"]["receivables"] == 100
    assert len(_csv(tmp_path / "cut" / "receivables.csv")) == 101


# --- The hand-made test files -----------------------------------------------------------------------------


def test_every_file_is_described_in_the_readme():
    readme = (DATA / "README.md").read_text(encoding="utf-8")
    for path in DATA.iterdir():
        if path.name not in ("README.md", "make_files.py") and not path.name.startswith("."):
            assert f"`{path.name}`" in readme, path.name


@pytest.mark.parametrize(
    "name",
    [p.name for p in sorted(DATA.glob("*.xml")) if p.name != "bad_broken.xml"],
)
def test_xml_files_are_well_formed(name):
    ET.parse(DATA / name)


def test_broken_file_is_broken():
    with pytest.raises(ET.ParseError):
        ET.parse(DATA / "bad_broken.xml")


def test_windows_1251_files():
    raw = (DATA / "cml_no_namespace_cp1251_import.xml").read_bytes()
    assert raw.startswith(b'<?xml version="1.0" encoding="windows-1251"?>')
    root = ET.fromstring(raw)
    assert root.tag == "КоммерческаяИнформация"  # no namespace
    assert "Кумыс қымыз натуральный 1 л" in [e.text for e in root.iter("Наименование")]
    for name in ("clients_cp1251.csv", "receivables_cp1251.csv"):
        text = (DATA / name).read_bytes().decode("cp1251")
        with pytest.raises(UnicodeDecodeError):
            (DATA / name).read_bytes().decode("utf-8")
        assert text.startswith(("Наименование;", "Документ;"))


def test_contractor_tax_ids_have_valid_check_digits():
    from orderdesk_gui.domain.taxid import is_valid

    root = ET.parse(DATA / "cml_contractors.xml").getroot()
    found = [(e.text or "").strip() for e in root.iter(NS + "ИНН")]
    kazakh = [t for t in found if len(t) == 12]
    assert len(kazakh) == 3 and all(is_valid(t) for t in kazakh)


def test_debt_statement_adds_up():
    """Each client row of the 1C debt statement: end = start + debit - credit (numbers or 1C's text)."""
    from openpyxl import load_workbook

    def value(cell) -> Decimal:
        if cell is None:
            return Decimal(0)
        return _money(cell) if isinstance(cell, str) else Decimal(str(cell))

    sheet = load_workbook(DATA / "debt_statement_1c.xlsx").active
    rows = list(sheet.iter_rows(min_row=10, values_only=True))
    clients = [r for r in rows if r[0] and not r[0].startswith(("Покупатели", "Итого"))]
    assert len(clients) == 5
    for name, start_dt, start_kt, debit, credit, end_dt, end_kt in clients:
        start = value(start_dt) - value(start_kt)
        end = value(end_dt) - value(end_kt)
        assert start + value(debit) - value(credit) == end, name
    total = next(r for r in rows if r[0] == "Итого")
    assert sum(value(r[5]) for r in clients) == value(total[5])
