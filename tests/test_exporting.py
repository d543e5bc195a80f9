"""Accepted orders out to accounting: CommerceML, CSV and XLSX files written once, whole or not at all,
on both databases; 1C's acknowledged sale exchange and its status answers."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from decimal import Decimal

import pytest

from orderdesk_gui.db import models as m
from orderdesk_gui.db.connection import open_database
from orderdesk_gui.exchange import cml_orders
from orderdesk_gui.services import exporting
from orderdesk_gui.services.auth import PermissionDenied
from tests.exchange_helpers import seed, status_document


@pytest.fixture
def out(tmp_path):
    """The export folder (the test's folder holds the SQLite database too)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def base(any_url):
    database = open_database(any_url)
    data = seed(orders=5, lines=3)
    data.db = database
    yield data
    database.close()


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _find(element, *path):
    for name in path:
        element = next((c for c in element if _local(c.tag) == name), None)
        if element is None:
            return None
    return element


def _text(element, *path) -> str:
    found = _find(element, *path)
    return (found.text or "") if found is not None else ""


def _requisites(element) -> dict[str, str]:
    holder = _find(element, "ЗначенияРеквизитов")
    return {_text(p, "Наименование"): _text(p, "Значение") for p in holder} if holder is not None else {}


def test_the_accepted_orders_go_out_once_as_commerceml(base, out):
    result = exporting.export_orders(base.signed["finance"], out, "commerceml", "utf-8")
    assert (result.orders, result.lines) == (5, 15) and result.changes.orders
    assert result.path.parent == out and result.path.suffix == ".xml"
    assert sorted(p.name for p in out.iterdir()) == [result.path.name]  # no .tmp left
    root = ET.parse(result.path).getroot()
    assert _local(root.tag) == "КоммерческаяИнформация" and root.get("ВерсияСхемы") == "2.08"
    docs = [d for d in root if _local(d.tag) == "Документ"]
    assert len(docs) == 5
    by_number = {_text(d, "Номер"): d for d in docs}
    first = base.orders[0]
    doc = by_number[first.number]
    assert _text(doc, "Ид") == str(first.uuid)
    assert _text(doc, "ХозОперация") == "Заказ товара" and _text(doc, "Роль") == "Продавец"
    assert _text(doc, "Валюта") == "KZT" and _text(doc, "Курс") == "1"
    assert Decimal(_text(doc, "Сумма")) == first.total_amount
    party = _find(doc, "Контрагенты", "Контрагент")
    assert _text(party, "Ид") == "1c-client-0001" and _text(party, "ИНН") == "123456789012"
    assert _text(party, "Наименование") == "ТОО «Әсем Дала»" and _text(party, "Роль") == "Покупатель"
    local = by_number[base.orders[1].number]
    assert _text(local, "Контрагенты", "Контрагент", "Ид") == str(base.local.uuid)  # none in accounting: ours
    assert _text(local, "Контрагенты", "Контрагент", "Наименование") == "ИП Петров & сын <опт>"
    goods = [g for g in _find(doc, "Товары")]
    assert [_text(g, "Ид") for g in goods] == ["1c-product-0001", "P002", "1c-product-0003"]
    assert [_text(g, "СтавкиНалогов", "СтавкаНалога", "Ставка") for g in goods] == ["12", "12", "0"]
    line = m.OrderLine.get(order=first, line_no=1)
    assert Decimal(_text(goods[0], "Количество")) == line.quantity
    assert Decimal(_text(goods[0], "ЦенаЗаЕдиницу")) == line.unit_price
    assert Decimal(_text(goods[0], "Сумма")) == line.amount
    assert _requisites(goods[0])["ВидНоменклатуры"] == "Товар"
    reqs = _requisites(doc)
    assert reqs["Дата отгрузки"] == first.delivery_date.isoformat()
    assert reqs["Метод оплаты"] == "Безналичный расчет" and reqs["Статус заказа"] == "Принят"
    assert reqs["Номер по 1С"] == ""
    assert _text(doc, "Комментарий") == "Позвонить за час; ә & <b>"
    # marked with the run, logged and audited; the draft and the cancelled order stay home
    run = m.ExchangeRun.get_by_id(result.run_id)
    assert (run.direction, run.kind, run.status, run.user_id) == (
        "export",
        "commerceml",
        "applied",
        base.users["finance"].id,
    )
    assert json.loads(run.counts)["orders"]["new"] == 5 and len(run.digest) == 64
    marked = m.Order.select().where(m.Order.export_run == run.id)
    assert sorted(o.id for o in marked) == sorted(o.id for o in base.orders)
    assert all(o.exported_at is not None for o in marked)
    assert m.Order.get_by_id(base.draft.id).exported_at is None
    assert m.Order.get_by_id(base.cancelled.id).exported_at is None
    assert m.AuditEvent.select().where(m.AuditEvent.action == "orders_exported").count() == 1
    # once: the next export finds nothing and writes nothing
    again = exporting.export_orders(base.signed["finance"], out)
    assert (again.run_id, again.path, again.orders) == (None, None, 0)
    assert len(list(out.iterdir())) == 1


def test_windows_1251_keeps_kazakh_letters_as_character_references(base, out):
    result = exporting.export_orders(base.signed["admin"], out, "commerceml", "windows-1251")
    raw = result.path.read_bytes()
    assert raw.startswith(b'<?xml version="1.0" encoding="windows-1251"?>')
    raw.decode("cp1251")  # every byte is windows-1251
    assert b"&#1241;" in raw  # ә
    root = ET.fromstring(raw)
    names = {_text(d, "Контрагенты", "Контрагент", "Наименование") for d in root}
    assert "ТОО «Әсем Дала»" in names


def test_csv_and_xlsx_have_a_row_per_line(base, out):
    done = exporting.export_orders(base.signed["finance"], out, "csv", "utf-8")
    raw = done.path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][0] == "Номер заказа" and len(rows) == 1 + 15
    line = m.OrderLine.get(order=base.orders[0], line_no=1)
    row = next(r for r in rows[1:] if r[0] == base.orders[0].number and r[12] == "1")
    assert Decimal(row[rows[0].index("Количество")].replace(",", ".")) == line.quantity
    assert row[rows[0].index("Ид контрагента")] == "1c-client-0001"
    again = exporting.export_orders(
        base.signed["finance"], out, "xlsx", again=True, order_ids=[base.orders[0].id]
    )
    from openpyxl import load_workbook

    sheet = load_workbook(again.path, read_only=True).active
    table = list(sheet.iter_rows(values_only=True))
    assert table[0][0] == "Номер заказа" and len(table) == 1 + 3
    assert {r[0] for r in table[1:]} == {base.orders[0].number}
    assert Decimal(str(table[1][table[0].index("Сумма")])) == line.amount


def test_a_crash_mid_file_leaves_no_file_and_no_order_marked(base, out, monkeypatch):
    real = cml_orders.order_xml
    calls = []

    def dies_on_the_third(order, currency="KZT"):
        calls.append(order)
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        return real(order, currency)

    monkeypatch.setattr(cml_orders, "order_xml", dies_on_the_third)
    with pytest.raises(exporting.ExportError) as caught:
        exporting.export_orders(base.signed["finance"], out)
    assert caught.value.code == "export.folder_unwritable"
    assert list(out.iterdir()) == []
    assert m.Order.select().where(m.Order.exported_at.is_null(False)).count() == 0
    assert m.ExchangeRun.select().count() == 0
    # and a failure after the file was written, in the marking transaction: neither
    monkeypatch.setattr(cml_orders, "order_xml", real)

    def refuses(*args, **kwargs):
        raise RuntimeError("database went away")

    monkeypatch.setattr(exporting, "audit", refuses)
    with pytest.raises(RuntimeError):
        exporting.export_orders(base.signed["finance"], out)
    assert list(out.iterdir()) == []
    assert m.Order.select().where(m.Order.exported_at.is_null(False)).count() == 0
    assert m.ExchangeRun.select().count() == 0
    monkeypatch.undo()
    assert exporting.export_orders(base.signed["finance"], out).orders == 5  # all of them, whole


def test_a_temporary_file_left_by_a_killed_export_changes_nothing(base, out):
    (out / "orders-20261120-100000.xml.tmp").write_bytes(b"<half")
    result = exporting.export_orders(base.signed["finance"], out)
    assert result.orders == 5 and result.path.name != "orders-20261120-100000.xml"
    ET.parse(result.path)


def test_a_re_export_on_request_logs_another_run(base, out):
    first = exporting.export_orders(base.signed["finance"], out)
    with pytest.raises(exporting.ExportError) as caught:
        exporting.export_orders(base.signed["finance"], out, again=True)
    assert caught.value.code == "export.again_needs_orders"
    wanted = [base.orders[0].id, base.orders[2].id]
    second = exporting.export_orders(base.signed["finance"], out, again=True, order_ids=wanted)
    assert second.orders == 2 and second.run_id != first.run_id and second.path != first.path
    assert {o.id for o in m.Order.select().where(m.Order.export_run == second.run_id)} == set(wanted)
    from orderdesk_gui import clock

    by_day = exporting.export_orders(base.signed["finance"], out, again=True, since=clock.today())
    assert by_day.orders >= 1
    assert m.ExchangeRun.select().where(m.ExchangeRun.direction == "export").count() == 3


def test_only_those_who_exchange_data_export(base, out):
    with pytest.raises(PermissionDenied):
        exporting.export_orders(base.signed["operator"], out)
    with pytest.raises(exporting.ExportError) as caught:
        exporting.export_orders(base.signed["finance"], out, "pdf")
    assert caught.value.code == "export.unknown_format"
    with pytest.raises(exporting.ExportError) as caught:
        exporting.export_orders(base.signed["finance"], out, "commerceml", "latin-1")
    assert caught.value.code == "export.unknown_encoding"
    assert list(out.iterdir()) == [] and m.ExchangeRun.select().count() == 0


def test_1c_takes_orders_until_it_confirms_them(base):
    user = base.signed["exchange"]
    body, count = exporting.query_for_1c(user, "windows-1251")
    assert count == 5 and body.startswith(b'<?xml version="1.0" encoding="windows-1251"?>')
    assert m.Order.select().where(m.Order.exported_at.is_null(False)).count() == 0
    # no success came back (the answer was lost): the same orders again, and a new one with them
    from orderdesk_gui import clock
    from tests.exchange_helpers import accepted_order

    body2, count2 = exporting.query_for_1c(user, "utf-8")
    assert count2 == 5
    runs = list(m.ExchangeRun.select().order_by(m.ExchangeRun.id))
    assert [r.status for r in runs] == ["superseded", "sent"]
    late = accepted_order(base.known, base.users["operator"], base.products[:1], 77, clock.now_utc())
    confirmed = exporting.confirm_sent(user)
    assert confirmed.orders == 5  # exactly those sent: the late one was not in the document
    assert m.Order.get_by_id(late.id).exported_at is None
    assert m.ExchangeRun.get_by_id(runs[-1].id).status == "applied"
    assert exporting.confirm_sent(user).orders == 0  # a repeated success changes nothing
    body3, count3 = exporting.query_for_1c(user, "utf-8")
    assert count3 == 1 and late.number.encode() in body3


def test_1c_says_what_became_of_our_orders(base, tmp_path):
    user = base.signed["exchange"]
    first, second, third = base.orders[:3]
    answer = tmp_path / "statuses.xml"
    answer.write_bytes(
        status_document(
            [
                {
                    "ident": first.uuid,
                    "number": first.number,
                    "requisites": {
                        "Номер по 1С": "ЦБ-000123",
                        "Проведен": "true",
                        "Дата отгрузки по 1С": "2026-11-21",
                    },
                },
                {
                    "ident": "1c-invoice-1",
                    "number": "СЧ-55",
                    "operation": "Счет на оплату",
                    "basis": second.number,
                },
                {"number": third.number, "requisites": {"Статус заказа": "[N] Принят", "Проведен": "false"}},
                {"ident": "someone-elses", "number": "X-1"},
            ],
            "windows-1251",
        )
    )
    result = exporting.apply_statuses(user, answer)
    assert (result.documents, result.matched, result.invoiced, result.exported) == (4, 3, 2, 3)
    assert [u[1] for u in result.unknown] == ["export.unknown_order"]
    assert m.Order.get_by_id(first.id).invoiced_at is not None
    assert m.Order.get_by_id(second.id).invoiced_at is not None
    assert m.Order.get_by_id(third.id).invoiced_at is None
    assert m.Order.get_by_id(third.id).exported_at is not None  # 1C has it
    audit = m.AuditEvent.get(
        (m.AuditEvent.action == "order_status_from_accounting") & (m.AuditEvent.entity_id == str(first.id))
    )
    assert json.loads(audit.details)["number_1c"] == "ЦБ-000123"
    run = m.ExchangeRun.get_by_id(result.run_id)
    assert (run.direction, run.status, run.reject_count) == ("import", "applied", 1)
    # the same answer twice: nothing more
    again = exporting.apply_statuses(user, answer)
    assert (again.invoiced, again.exported) == (0, 0)


def test_an_unreadable_answer_is_refused_and_logged(base, tmp_path):
    answer = tmp_path / "broken.xml"
    answer.write_bytes(b"<\xd0\x9a\xd0\xbe\xd0\xbc not xml")
    with pytest.raises(exporting.cml_statuses.StatusFileError) as caught:
        exporting.apply_statuses(base.signed["exchange"], answer)
    assert caught.value.code == "export.statuses_unreadable"
    run = m.ExchangeRun.get()
    assert (run.status, run.message) == ("refused", "export.statuses_unreadable")
    assert m.Order.select().where(m.Order.invoiced_at.is_null(False)).count() == 0


def test_1c_s_account_exchanges_and_does_nothing_else(base):
    from orderdesk_gui.db import queries
    from orderdesk_gui.services import auth
    from tests.exchange_helpers import PASSWORD

    with pytest.raises(PermissionDenied) as caught:
        auth.authenticate("exchange", PASSWORD)  # the desk's sign-in
    assert caught.value.code == "auth.exchange_account"
    user = auth.authenticate("exchange", PASSWORD, purpose="exchange")
    with pytest.raises(PermissionDenied):
        from orderdesk_gui.services import ordering

        ordering.mark_invoiced(user, base.orders[0].number)
    assert "exchange" not in {p.role for p in queries.people()}  # never offered a transferred call


def test_the_command_line_exports_and_creates_1c_s_account(any_url, tmp_path, monkeypatch, capsys):
    from orderdesk_gui.cli import main

    database = open_database(any_url)
    data = seed(orders=3, lines=2)
    database.close()
    folder = tmp_path / "exports"
    assert main(["exchange", "export", "--db", any_url, "--folder", str(folder), "--encoding", "cp1251"]) == 0
    assert "3 orders, 6 lines exported to" in capsys.readouterr().out
    (written,) = folder.iterdir()
    assert written.read_bytes().startswith(b'<?xml version="1.0" encoding="windows-1251"?>')
    assert main(["exchange", "export", "--db", any_url, "--folder", str(folder)]) == 0
    assert "no accepted orders to export" in capsys.readouterr().out
    number = data.orders[1].number
    args = ["exchange", "export", "--db", any_url, "--folder", str(folder), "--format", "csv"]
    assert main([*args, "--again", "--order", number]) == 0
    assert "1 orders, 2 lines" in capsys.readouterr().out
    assert main([*args, "--again"]) == 1
    assert "which orders to export again" in capsys.readouterr().err
    monkeypatch.setenv("ORDERDESK_PASSWORD", "пароль-1С")
    assert main(["user", "add", "onec", "--role", "exchange", "--db", any_url]) == 0
    database = open_database(any_url)
    assert m.User.get(m.User.login == "onec").role == "exchange"
    database.close()
