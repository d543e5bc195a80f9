"""Importing accounting's files: CommerceML from 1C, CSV and XLSX tables, 1C's debt statement; matched by
accounting's identifiers, previewed, applied all or nothing, twice is once, the desk's data kept."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from orderdesk_gui import clock
from orderdesk_gui.db import models as m
from orderdesk_gui.db.connection import open_database
from orderdesk_gui.services import auth, importing

IMPORT_XML = """<?xml version="1.0" encoding="UTF-8"?>
<КоммерческаяИнформация xmlns="urn:1C.ru:commerceml_2" ВерсияСхемы="2.08"
    ДатаФормирования="2026-12-04T08:15:00">
  <Классификатор><Ид>cls-1</Ид><Наименование>Классификатор (Основной каталог товаров)</Наименование>
    <Группы>
      <Группа><Ид>g-milk</Ид><Наименование>Молочная продукция</Наименование>
        <Группы><Группа><Ид>g-cheese</Ид><Наименование>Сыры</Наименование></Группа></Группы>
      </Группа>
    </Группы>
  </Классификатор>
  <Каталог СодержитТолькоИзменения="false"><Ид>cat-1</Ид><ИдКлассификатора>cls-1</ИдКлассификатора>
    <Наименование>Основной каталог товаров</Наименование>
    <Товары>
      <Товар><Ид>bd72d8f9-55bc-11d9-848a-00112f43529a</Ид><Артикул>CH-45</Артикул>
        <Наименование>Сыр «Әлем» 45%, кг</Наименование>
        <БазоваяЕдиница Код="166 " НаименованиеПолное="Килограмм">кг </БазоваяЕдиница>
        <Группы><Ид>g-cheese</Ид></Группы><Штрихкод>4870001000017</Штрихкод>
        <СтавкиНалогов><СтавкаНалога><Наименование>НДС</Наименование><Ставка>12</Ставка></СтавкаНалога></СтавкиНалогов>
      </Товар>
      <Товар><Ид>bd72d8fa-55bc-11d9-848a-00112f43529a#77aa</Ид>
        <Наименование>Молоко 3,2% 1 л</Наименование><БазоваяЕдиница Код="796 ">шт</БазоваяЕдиница>
        <Группы><Ид>g-milk</Ид></Группы>
        <СтавкиНалогов><СтавкаНалога><Наименование>НДС</Наименование><Ставка>Без НДС</Ставка>
        </СтавкаНалога></СтавкиНалогов>
      </Товар>
    </Товары>
  </Каталог>
</КоммерческаяИнформация>
"""

OFFERS_XML = """<?xml version="1.0" encoding="UTF-8"?>
<КоммерческаяИнформация ВерсияСхемы="2.08" ДатаФормирования="2026-12-04T08:16:00">
  <ПакетПредложений СодержитТолькоИзменения="{changes}"><Ид>cat-1#</Ид>
    <Наименование>Пакет предложений</Наименование>
    <ИдКаталога>cat-1</ИдКаталога><ИдКлассификатора>cls-1</ИдКлассификатора>
    <ТипыЦен>
      <ТипЦены><Ид>pt-opt</Ид><Наименование>Оптовая</Наименование><Валюта>руб</Валюта></ТипЦены>
      <ТипЦены><Ид>pt-rozn</Ид><Наименование>Розничная</Наименование><Валюта>KZT</Валюта></ТипЦены>
    </ТипыЦен>
    <Предложения>
      <Предложение><Ид>bd72d8f9-55bc-11d9-848a-00112f43529a</Ид><Наименование>Сыр</Наименование>
        <Цены>
          <Цена><Представление>2 450 руб. за кг</Представление><ИдТипаЦены>pt-opt</ИдТипаЦены>
            <ЦенаЗаЕдиницу>{price}</ЦенаЗаЕдиницу><Валюта>руб</Валюта><Единица>кг</Единица><Коэффициент>1</Коэффициент></Цена>
          <Цена><ИдТипаЦены>pt-rozn</ИдТипаЦены><ЦенаЗаЕдиницу>2990.00</ЦенаЗаЕдиницу></Цена>
        </Цены><Количество>125,5</Количество>
      </Предложение>
      {more}
    </Предложения>
  </ПакетПредложений>
</КоммерческаяИнформация>
"""

MILK_OFFER = """<Предложение><Ид>bd72d8fa-55bc-11d9-848a-00112f43529a#77aa</Ид>
        <Цены><Цена><ИдТипаЦены>pt-opt</ИдТипаЦены><ЦенаЗаЕдиницу>390</ЦенаЗаЕдиницу></Цена></Цены>
        <Количество>40</Количество></Предложение>"""

CONTRACTORS_XML = """<?xml version="1.0" encoding="UTF-8"?>
<КоммерческаяИнформация ВерсияСхемы="2.08" ДатаФормирования="2026-12-04T08:15:00">
  <Контрагенты>
    <Контрагент><Ид>c-0001</Ид><Наименование>ТОО «Береке Маркет»</Наименование>
      <ОфициальноеНаименование>Товарищество с ограниченной ответственностью «Береке Маркет»
      </ОфициальноеНаименование>
      <ИНН>{bin}</ИНН>
      <ЮридическийАдрес><Представление>Алматы, ул. Абая, 10</Представление></ЮридическийАдрес>
      <Адрес><Представление>{address}</Представление></Адрес>
      <Контакты>
        <Контакт><Тип>Телефон рабочий</Тип><Значение>8 (727) 250-11-22</Значение></Контакт>
        <Контакт><Тип>Почта</Тип><Значение>info@bereke.kz</Значение></Контакт>
      </Контакты>
      <Представители><Представитель><Отношение>Закупщик</Отношение><Ид>p-77</Ид>
        <Наименование>Айгүл Омарова</Наименование>
        <Контакты><Контакт><Тип>Телефон мобильный</Тип><Значение>+7 701 555 12 34</Значение>
        </Контакт></Контакты>
      </Представитель></Представители>
    </Контрагент>
    {more}
  </Контрагенты>
</КоммерческаяИнформация>
"""

SECOND_CLIENT = """<Контрагент><Ид>c-0002</Ид><Наименование>ИП Сериков</Наименование><ИНН>840512300123</ИНН>
      <Контакты><Контакт><Тип>Телефон мобильный</Тип><Значение>87015550000</Значение></Контакт></Контакты>
    </Контрагент>"""


def _office(url):
    database = open_database(url)
    m.ClientType.create(code="retail", name="Розница", sort_order=1)
    m.PriceColumn.create(code="base", name="Базовая", is_base=True)
    return database


@pytest.fixture
def office(any_url):
    """An empty office: one client type, a base price column, an administrator at the command line."""
    database = _office(any_url)
    yield auth.command_line()
    database.close()


@pytest.fixture
def sqlite_office(sqlite_url):
    database = _office(sqlite_url)
    yield sqlite_url, auth.command_line()
    database.close()


def _write(folder: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return path


def _run(paths, user, apply=True, **kw):
    return importing.import_files(paths, user, apply=apply, source="command", **kw)


def _snapshot() -> dict:
    return {
        model.__name__: model.select().count()
        for model in (
            m.Product,
            m.ProductGroup,
            m.Price,
            m.PriceColumn,
            m.Client,
            m.Phone,
            m.Contact,
            m.Receivable,
        )
    }


def _catalogue(tmp_path, price="2450,00", changes="false", more=MILK_OFFER):
    return [
        _write(tmp_path, "offers0_1.xml", OFFERS_XML.format(price=price, changes=changes, more=more)),
        _write(tmp_path, "import0_1.xml", IMPORT_XML),
    ]


def test_a_1c_catalogue_and_offers_land_and_twice_is_once(office, tmp_path):
    results = _run(_catalogue(tmp_path), office)
    assert [x.file_name for x in results] == ["import0_1.xml", "offers0_1.xml"]  # the catalogue first
    assert [x.status for x in results] == ["applied", "applied"]
    assert results[0].counts["products"].new == 2 and results[0].counts["groups"].new == 2
    assert results[1].counts["prices"].new == 3 and results[1].counts["price_columns"].new == 2
    cheese = m.Product.get(m.Product.code == "CH-45")
    assert (cheese.name, cheese.unit, cheese.vat_rate, cheese.barcode) == (
        "Сыр «Әлем» 45%, кг",
        "кг",
        12,
        "4870001000017",
    )
    assert cheese.group.name == "Сыры" and cheese.group.parent.name == "Молочная продукция"
    assert cheese.stock == Decimal("125.500")
    milk = m.Product.get(m.Product.external_id == "bd72d8fa-55bc-11d9-848a-00112f43529a#77aa")
    assert milk.vat_rate == 0 and milk.unit == "шт" and milk.code.startswith("1C-")
    wholesale = m.PriceColumn.get(m.PriceColumn.external_id == "pt-opt")
    assert m.Price.get((m.Price.product == cheese) & (m.Price.price_column == wholesale)).price == Decimal(
        "2450.00"
    )
    before = _snapshot()
    again = _run(_catalogue(tmp_path), office)
    assert [x.status for x in again] == ["unchanged", "unchanged"]
    assert all(c.new == c.changed == c.deactivated == 0 for x in again for c in x.counts.values())
    assert _snapshot() == before
    assert [c.code for x in again for c in x.conflicts] == ["exchange.same_file"] * 2  # known by its digest
    compared = importing.import_files(_catalogue(tmp_path), office, apply=True, again=True)  # read anew
    assert [x.status for x in compared] == ["unchanged", "unchanged"] and compared[0].counts[
        "products"
    ].unchanged == 2
    assert _snapshot() == before
    runs = [r.status for r in m.ExchangeRun.select().order_by(m.ExchangeRun.id)]
    assert runs == ["applied", "applied"] + ["unchanged"] * 4


def test_a_preview_writes_nothing_and_counts_what_would_change(office, tmp_path):
    before = _snapshot()
    results = _run(_catalogue(tmp_path), office, apply=False)
    assert [x.status for x in results] == ["preview", "preview"]
    assert results[1].counts["prices"].new == 3  # the products new in import0_1.xml count as known
    assert results[1].reject_count == 0
    assert _snapshot() == before and m.ExchangeRun.select().count() == 0


def test_changes_only_offers_touch_only_what_they_list(office, tmp_path):
    _run(_catalogue(tmp_path), office)
    (result,) = _run(
        [
            _write(
                tmp_path, "offers_changes.xml", OFFERS_XML.format(price="2 500,50", changes="true", more="")
            )
        ],
        office,
    )
    assert result.counts["prices"].changed == 1 and result.counts["prices"].unchanged == 1
    assert m.Product.select().where(m.Product.active == False).count() == 0  # noqa: E712
    cheese = m.Product.get(m.Product.code == "CH-45")
    assert m.Price.get(
        (m.Price.product == cheese)
        & (
            m.Price.price_column.in_(
                m.PriceColumn.select(m.PriceColumn.id).where(m.PriceColumn.external_id == "pt-opt")
            )
        )
    ).price == Decimal("2500.50")


def test_a_full_catalogue_deactivates_what_it_no_longer_lists_never_deletes(office, tmp_path):
    _run(_catalogue(tmp_path), office)
    shorter = IMPORT_XML.split("<Товар><Ид>bd72d8fa")[0] + "</Товары></Каталог></КоммерческаяИнформация>"
    (result,) = _run([_write(tmp_path, "import0_1.xml", shorter)], office)
    assert result.counts["products"].deactivated == 1
    milk = m.Product.get(m.Product.external_id == "bd72d8fa-55bc-11d9-848a-00112f43529a#77aa")
    assert milk.active is False and m.Price.select().where(m.Price.product == milk).count() == 1


def test_contractors_become_clients_and_the_desk_keeps_its_own(office, tmp_path):
    path = _write(
        tmp_path,
        "contractors.xml",
        CONTRACTORS_XML.format(bin="990140000123", address="Алматы, Рыскулова 5", more=SECOND_CLIENT),
    )
    (result,) = _run([path], office)
    assert result.status == "applied" and result.counts["clients"].new == 2
    client = m.Client.get(m.Client.external_id == "c-0001")
    assert (client.name, client.tax_id, client.delivery_address) == (
        "ТОО «Береке Маркет»",
        "990140000123",
        "Алматы, Рыскулова 5",
    )
    assert {p.e164 for p in client.phones} == {"+77272501122", "+77015551234"}
    buyer = m.Contact.get(m.Contact.external_id == "p-77")
    assert (buyer.name, buyer.role) == ("Айгүл Омарова", "Закупщик")
    # the desk adds a phone and a note and changes the delivery address
    m.Phone.create(client=client, number="8 777 000 11 22", e164="+77770001122", kind="mobile")
    desk = m.Contact.create(client=client, name="Кладовщик Ержан")
    m.Client.update(notes="звонить после 10", delivery_address="Алматы, склад №2").where(
        m.Client.id == client.id
    ).execute()
    changed = _write(
        tmp_path,
        "contractors.xml",
        CONTRACTORS_XML.format(bin="990140000123", address="Алматы, Рыскулова 7", more=SECOND_CLIENT),
    )
    (again,) = _run([changed], office)
    client = m.Client.get_by_id(client.id)
    assert client.notes == "звонить после 10" and client.delivery_address == "Алматы, склад №2"
    assert [c.code for c in again.conflicts] == ["exchange.desk_delivery_address_kept"]
    assert "+77770001122" in {p.e164 for p in client.phones} and m.Contact.get_or_none(
        m.Contact.id == desk.id
    )
    assert m.Client.select().count() == 2


def test_the_first_import_meets_existing_clients_by_their_bin(office, tmp_path):
    retail = m.ClientType.get()
    column = m.PriceColumn.get()
    known = m.Client.create(
        code="C000042",
        name="Береке",
        tax_id="990140000123",
        client_type=retail,
        price_column=column,
        status="potential",
    )
    path = _write(
        tmp_path, "contractors.xml", CONTRACTORS_XML.format(bin="990140000123", address="Алматы", more="")
    )
    (result,) = _run([path], office)
    assert result.counts["clients"].changed == 1 and result.counts["clients"].new == 0
    known = m.Client.get_by_id(known.id)
    assert (known.external_id, known.code, known.name, known.status) == (
        "c-0001",
        "C000042",
        "ТОО «Береке Маркет»",
        "active",
    )


RECEIVABLES_CSV = (
    "Документ;Дата;Клиент;Сумма;Оплачено;Срок оплаты;Заказ\r\n"
    "РН-101;01.11.2026;c-0001;1\u00a0234\u00a0567,50;234 567,50;15.11.2026;\r\n"
    "РН-102;2026-11-20;840512300123;45000;0;04.12.26;{order}\r\n"
)


def test_receivables_in_windows_1251_with_nbsp_thousands_and_the_order_they_invoice(office, tmp_path):
    _run(
        [
            _write(
                tmp_path,
                "contractors.xml",
                CONTRACTORS_XML.format(bin="990140000123", address="x", more=SECOND_CLIENT),
            )
        ],
        office,
    )
    seller = m.User.create(login="op", full_name="Оператор", role="operator")
    client = m.Client.get(m.Client.external_id == "c-0002")
    order = m.Order.create(
        client=client,
        operator=seller,
        number="B1-2026-000123",
        status="accepted",
        accepted_at=clock.now_utc(),
        total_amount=Decimal("45000"),
    )
    path = tmp_path / "receivables.csv"
    path.write_bytes(RECEIVABLES_CSV.format(order="B1-2026-000123").replace("\u00a0", " ").encode("cp1251"))
    (result,) = _run([path], office)
    assert result.status == "applied", result.rejects
    assert result.counts["receivables"].new == 2 and result.counts["invoiced_orders"].changed == 1
    first = m.Receivable.get(m.Receivable.document_no == "РН-101")
    assert (first.amount, first.paid_amount, first.due_date, first.paid) == (
        Decimal("1234567.50"),
        Decimal("234567.50"),
        dt.date(2026, 11, 15),
        False,
    )
    assert m.Order.get_by_id(order.id).invoiced_at is not None
    assert m.Receivable.get(m.Receivable.document_no == "РН-102").order_id == order.id
    assert importing.debts_as_of() is not None


def test_a_file_with_one_bad_row_is_refused_whole_with_the_line_and_reason(office, tmp_path):
    _run(
        [
            _write(
                tmp_path, "contractors.xml", CONTRACTORS_XML.format(bin="990140000123", address="x", more="")
            )
        ],
        office,
    )
    before = _snapshot()
    bad = (
        "Документ;Дата;Клиент;Сумма;Оплачено;Срок оплаты\n"
        "РН-1;01.11.2026;c-0001;100;0;15.11.2026\n"
        "РН-2;31.02.2026;c-0001;1e400;0;15.11.2026\n"
        "РН-3;01.11.2026;нет-такого;100;0;15.11.2026\n"
    )
    (result,) = _run([_write(tmp_path, "receivables.csv", bad)], office)
    assert result.status == "refused" and result.reject_count == 2
    assert [(x.line, x.code) for x in result.rejects] == [
        (3, "exchange.bad_number"),
        (4, "exchange.unknown_client"),
    ]
    assert _snapshot() == before and importing.debts_as_of() is None
    assert m.ExchangeRun.select().order_by(m.ExchangeRun.id.desc()).first().status == "refused"


def test_an_operator_may_not_import(office, tmp_path):
    from conftest import signed_in

    from orderdesk_gui.services.auth import PermissionDenied

    operator = signed_in(m.User.create(login="op", full_name="Оператор", role="operator"))
    with pytest.raises(PermissionDenied):
        _run(_catalogue(tmp_path), operator)


def _statement_xlsx(path: Path) -> Path:
    """1C's "Ведомость по взаиморасчетам с контрагентами" as saved to Excel: title and filter rows, two
    header rows, a group row, clients (numbers as text with NBSP thousands or as numbers), the total."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    rows = [
        ["Ведомость по взаиморасчетам с контрагентами"],
        ["Период: 01.11.2026 - 30.11.2026"],
        ["Отбор:", 'Организация Равно "ТОО Азық"'],
        [],
        ["Контрагент", None, "Нач. остаток", None, "Приход", "Расход", "Кон. остаток", None],
        [None, None, "Дт", "Кт", None, None, "Дт", "Кт"],
        ["Покупатели", None, None, None, None, None, None, None],
        [
            "ТОО «Береке Маркет»",
            None,
            "1\u00a0000,00",
            None,
            "250\u00a0000,50",
            "1 000,00",
            "250\u00a0000,50",
            None,
        ],
        ["ИП Сериков", None, 5000, None, None, "5 300,00", None, "300,00"],  # paid over: a credit
        ["Итого", None, "6 000,00", None, "250 000,50", "6 000,00", "250 000,50", "300,00"],
    ]
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_the_1c_debt_statement_saved_to_excel_gives_each_client_its_balance(office, tmp_path):
    _run(
        [
            _write(
                tmp_path,
                "contractors.xml",
                CONTRACTORS_XML.format(bin="990140000123", address="x", more=SECOND_CLIENT),
            )
        ],
        office,
    )
    client = m.Client.get(m.Client.external_id == "c-0002")
    m.Receivable.create(
        client=client,
        document_no="РН-7",
        doc_date=dt.date(2026, 10, 1),
        amount=Decimal(5000),
        paid_amount=Decimal(0),
        due_date=dt.date(2026, 10, 15),
    )
    (result,) = _run([_statement_xlsx(tmp_path / "Ведомость.xlsx")], office)
    assert result.kind == "debt_statement" and result.status == "applied", result.rejects
    bereke = m.Receivable.get(
        m.Receivable.document_no == "Сальдо",
        m.Receivable.client == m.Client.get(m.Client.external_id == "c-0001"),
    )
    assert bereke.amount == Decimal("250000.50") and bereke.doc_date == dt.date(2026, 11, 30)
    serikov = m.Receivable.get(m.Receivable.document_no == "Сальдо", m.Receivable.client == client)
    assert serikov.amount == Decimal("0.00") and serikov.paid
    assert m.Receivable.get(m.Receivable.document_no == "РН-7").paid  # a full statement: not listed, settled
    assert result.counts["receivables"].deactivated == 1


def test_xlsx_and_csv_client_tables_with_russian_headers(office, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(
        ["Код", "Наименование", "БИН/ИИН", "Кредитный лимит", "Отсрочка, дней", "Телефон", "Город"]
    )
    book.active.append([1001, "ТОО «Арман»", "990140000123", 1500000, 14, "8 727 250 00 01", "Алматы"])
    book.save(tmp_path / "клиенты.xlsx")
    text = "Код;Наименование;БИН/ИИН;Кредитный лимит;Отсрочка, дней\r\n1002;ИП Ахметов;;2 000 000,00;7\r\n"
    (tmp_path / "clients.csv").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    results = _run([tmp_path / "клиенты.xlsx", tmp_path / "clients.csv"], office)
    assert [r.status for r in results] == ["applied", "applied"], [r.rejects for r in results]
    arman = m.Client.get(m.Client.code == "1001")
    assert (arman.credit_limit, arman.payment_delay_days, arman.city) == (Decimal("1500000.00"), 14, "Алматы")
    assert [p.e164 for p in arman.phones] == ["+77272500001"]
    assert m.Client.get(m.Client.code == "1002").credit_limit == Decimal("2000000.00")
    # a changed limit is audited with its old and new value
    text2 = "Код;Наименование;Кредитный лимит\r\n1002;ИП Ахметов;2 500 000\r\n"
    (tmp_path / "clients.csv").write_bytes(text2.encode("cp1251"))
    (result,) = _run([tmp_path / "clients.csv"], office)
    assert result.counts["clients"].changed == 1
    event = m.AuditEvent.get(m.AuditEvent.action == "client_credit_imported")
    assert '"old": "2000000.00"' in event.details and '"new": "2500000.00"' in event.details


def test_the_command_line_and_the_drop_folder(sqlite_office, tmp_path, capsys):
    from orderdesk_gui import cli

    url, office = sqlite_office
    paths = _catalogue(tmp_path)
    assert cli.main(["import", "--db", url, "--dry-run", *map(str, paths)]) == 0
    out = capsys.readouterr().out
    assert "import0_1.xml (commerceml): preview" in out and "products: 2 new" in out
    folder = tmp_path / "drop"
    folder.mkdir()
    for path in paths:
        path.rename(folder / path.name)
    (folder / "receivables.csv").write_text(
        "Документ;Дата;Клиент;Сумма\nX;01.11.2026;нет;5\n", encoding="utf-8"
    )
    results = importing.scan_drop_folder(folder, office, settle_s=0)
    assert sorted(r.status for r in results) == ["applied", "applied", "refused"]
    assert sorted(p.name for p in (folder / "done").iterdir()) == [
        "import0_1.xml",
        "import0_1.xml.report.txt",
        "offers0_1.xml",
        "offers0_1.xml.report.txt",
    ]
    report = (folder / "rejected" / "receivables.csv.report.txt").read_text(encoding="utf-8")
    assert "line 2:" in report and "exchange.unknown_client" in report


def test_special_items_for_a_client_type_or_region_reach_only_those_clients(office, tmp_path):
    from orderdesk_gui.services import ordering

    _run(_catalogue(tmp_path), office)
    horeca = m.ClientType.create(code="horeca", name="HoReCa", sort_order=2)
    items = (
        "Товар;Тип клиента;Регион;Примечание\r\n"
        "CH-45;HoReCa;;Для кофеен\r\n"
        "bd72d8fa-55bc-11d9-848a-00112f43529a#77aa;;Жетысуская область;Региональная новинка\r\n"
    )
    (result,) = _run([_write(tmp_path, "special_items.csv", items)], office)
    assert result.status == "applied" and result.counts["promotions"].new == 2
    cheese = m.Product.get(m.Product.code == "CH-45").id
    milk = m.Product.get(m.Product.external_id.startswith("bd72d8fa")).id
    today = clock.today()
    assert catalog_promoted(today, horeca.id, "Алматы") == [cheese]
    assert catalog_promoted(
        today, m.ClientType.get(m.ClientType.code == "retail").id, "Жетысуская область"
    ) == [milk]
    assert catalog_promoted(today, None, "") == []
    # management's list is the whole list: an item no longer on it is switched off, not deleted
    (again,) = _run([_write(tmp_path, "special_items.csv", items.rsplit("\r\n", 2)[0] + "\r\n")], office)
    assert (
        again.counts["promotions"].deactivated == 1
        and catalog_promoted(today, None, "Жетысуская область") == []
    )
    assert m.Promotion.select().count() == 2
    assert ordering.DraftView.__dataclass_fields__["region"].default == ""


def catalog_promoted(today, client_type_id, region):
    from orderdesk_gui.db import catalog

    special, _promo = catalog.promoted(today, client_type_id, region)
    return special


def test_an_element_in_the_wrong_place_is_refused_with_its_line(office, tmp_path):
    text = IMPORT_XML.replace("<Товары>", "").replace("</Товары>", "")
    (result,) = _run([_write(tmp_path, "import.xml", text)], office)
    assert result.status == "refused"
    assert {(x.code, x.params["element"], x.params["parent"]) for x in result.rejects} == {
        ("exchange.misplaced", "Товар", "Каталог")
    }
    assert [x.line for x in result.rejects] == [14, 20]  # each <Товар> where it starts


def test_excel_loses_a_bins_leading_zero_and_writes_vat_in_words(office, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["Код", "Наименование", "БИН/ИИН"])
    book.active.append(["K-1", "ТОО «Нөл»", 40544449292])  # 040544449292 typed as a number
    book.save(tmp_path / "clients.xlsx")
    products = "Артикул;Наименование;Ед. изм.;Ставка НДС\r\nW-1;Вода 5 л;шт;Без НДС\r\nW-2;Сок;шт;12%\r\n"
    results = _run([tmp_path / "clients.xlsx", _write(tmp_path, "products.csv", products)], office)
    assert [r.status for r in results] == ["applied", "applied"], [r.rejects for r in results]
    assert m.Client.get(m.Client.code == "K-1").tax_id == "040544449292"
    assert [p.vat_rate for p in m.Product.select().order_by(m.Product.code)] == [0, 12]


def test_a_table_naming_one_client_twice_is_refused_not_doubled(office, tmp_path):
    table = "Код;Наименование\r\n0;ТОО «Бір»\r\n0;ТОО «Екі»\r\n"
    (result,) = _run([_write(tmp_path, "clients.csv", table)], office)
    assert result.status == "refused"
    assert [(x.line, x.code) for x in result.rejects] == [(3, "exchange.duplicate_id")]
    assert m.Client.select().count() == 0


def test_a_big_file_of_bad_rows_is_refused_with_every_row_counted(office, tmp_path):
    rows = "".join(f"Д-{n};31.02.2026;нет;1e400\r\n" for n in range(50000))
    path = _write(tmp_path, "receivables.csv", "Документ;Дата;Клиент;Сумма\r\n" + rows)
    (result,) = _run([path], office)
    assert result.status == "refused" and result.reject_count == 50000
    assert len(result.rejects) == importing.KEPT_REJECTS and result.rejects[0].line == 2
    assert m.Receivable.select().count() == 0


def test_the_same_debts_file_again_confirms_the_debts_as_of_now(office, tmp_path):
    _run(
        [
            _write(
                tmp_path, "contractors.xml", CONTRACTORS_XML.format(bin="990140000123", address="x", more="")
            )
        ],
        office,
    )
    debts = "Документ;Дата;Клиент;Сумма\r\nРН-1;01.11.2026;c-0001;100\r\n"
    _run([_write(tmp_path, "receivables.csv", debts)], office)
    first = importing.debts_as_of()
    clock.current().advance(dt.timedelta(hours=30))  # accounting drops the same file the next morning
    (again,) = _run([_write(tmp_path, "receivables.csv", debts)], office)
    assert [c.code for c in again.conflicts] == ["exchange.same_file"]
    assert importing.debts_as_of() - first >= dt.timedelta(hours=30)
    clock.current().advance(dt.timedelta(hours=24))  # and the morning after
    _run([_write(tmp_path, "receivables.csv", debts)], office)
    assert importing.debts_as_of() - first >= dt.timedelta(hours=54)
