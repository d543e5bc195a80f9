"""Bad files from accounting, generated (hypothesis), on SQLite and on the real PostgreSQL: wrong encodings,
missing and extra columns, broken XML, elements in the wrong place, numbers like ``1 234,5`` and ``1e400``,
dates in three formats, duplicate identifiers, unknown clients, NUL characters, giant fields. Every file
ends in a result (never a traceback), every refused row has its line and a reason the window can word in
three languages, and a refused file leaves the database as it was.

``HYPOTHESIS_PROFILE=deep`` runs 1,000 examples per drill (tests/test_properties.py).
"""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orderdesk_gui.db import models as m
from orderdesk_gui.domain.states import ExchangeStatus
from orderdesk_gui.services import importing
from orderdesk_gui.ui.messages import TABLE
from tests.test_importing import (
    CONTRACTORS_XML,
    IMPORT_XML,
    OFFERS_XML,
    SECOND_CLIENT,
    _snapshot,
    office,  # noqa: F401  (an empty office, both engines)
)
from tests.test_properties import NASTY

DRILL = settings(
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow], deadline=None
)
_names = itertools.count()

HEADERS = {
    "clients.csv": [
        "Код",
        "Наименование",
        "БИН/ИИН",
        "Кредитный лимит",
        "Отсрочка, дней",
        "Телефон",
        "Тип клиента",
    ],
    "products.csv": ["Код", "Наименование", "Ед. изм.", "Штрихкод", "Ставка НДС", "Группа", "Вес"],
    "prices.csv": ["Код", "Базовая", "Оптовая"],
    "receivables.csv": ["Документ", "Дата", "Клиент", "Сумма", "Оплачено", "Срок оплаты", "Заказ"],
    "contacts.csv": ["Клиент", "ФИО", "Должность", "Телефон", "E-mail"],
    "promotions.csv": ["Акция", "Начало", "Окончание", "Товар", "Цена акции"],
}
CELL = st.one_of(
    NASTY,
    st.sampled_from(
        [
            "1 234,5",
            "1\u00a0234,50",
            "1e400",
            "-5",
            "NaN",
            "04.12.2026",
            "2026-12-04",
            "04.12.26",
            "31.02.2026",
            "c-0001",
            "990140000123",
            "12%",
            "да",
            "",
            "8 (727) 250-11-22",
        ]
    ),
)


def _check(results, before) -> None:
    for result in results:
        assert result.status in set(ExchangeStatus)
        for reject in result.rejects + result.conflicts:
            assert isinstance(reject.line, int) and reject.line >= 0
            assert reject.code in TABLE, reject.code  # worded in en, ru and kk (tests/test_messages.py)
        if result.status == ExchangeStatus.REFUSED:
            assert result.reject_count >= 1
    if all(result.status == ExchangeStatus.REFUSED for result in results):
        assert _snapshot() == before


def _import(tmp_path, name: str, data: bytes, user):
    path = tmp_path / f"{next(_names)}_{name}"
    path.write_bytes(data)
    before = _snapshot()
    results = importing.import_files([path], user, apply=True, source="command")
    _check(results, before)
    return results


@DRILL
@given(
    table=st.sampled_from(sorted(HEADERS)),
    drop=st.integers(0, 6),
    extra=st.booleans(),
    rows=st.lists(st.lists(CELL, min_size=0, max_size=9), min_size=0, max_size=6),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1251", "utf-16", "latin-1"]),
    delimiter=st.sampled_from([";", ",", "\t"]),
)
def test_any_table_ends_in_a_result_and_a_refusal_changes_nothing(
    office,  # noqa: F811
    tmp_path,
    table,
    drop,
    extra,
    rows,
    encoding,
    delimiter,  # noqa: F811
):
    header = list(HEADERS[table])
    if drop < len(header):
        del header[drop]  # a column missing
    if extra:
        header.append("Лишняя колонка")
    lines = [delimiter.join(header)] + [
        delimiter.join(cell.replace(delimiter, " ") for cell in row) for row in rows
    ]
    data = "\r\n".join(lines).encode(encoding, errors="replace" if encoding != "utf-8" else "surrogatepass")
    _import(tmp_path, table, data, office)


def _mutations():
    base = st.sampled_from(
        [
            IMPORT_XML,
            OFFERS_XML.format(price="2 450,00", changes="false", more=""),
            CONTRACTORS_XML.format(bin="990140000123", address="Алматы", more=SECOND_CLIENT),
        ]
    )
    return st.tuples(
        base, st.integers(0, 4000), st.integers(0, 4), NASTY, st.sampled_from(["utf-8", "cp1251"])
    )


BOMB = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<КоммерческаяИнформация><Каталог><Товары><Товар><Ид>x</Ид><Наименование>&lol3;</Наименование></Товар>
</Товары></Каталог></КоммерческаяИнформация>"""


@DRILL
@given(mutation=_mutations())
def test_any_broken_commerceml_ends_in_a_result(office, tmp_path, mutation):  # noqa: F811
    text, at, how, junk, encoding = mutation
    at = min(at, len(text))
    if how == 0:
        text = text[:at]  # cut short
    elif how == 1:
        text = text[:at] + junk + text[at:]  # something in the wrong place
    elif how == 2:
        text = text.replace("2 450,00", junk[:50]).replace("990140000123", junk[:20])  # bad values
    elif how == 3:
        text = text.replace("<Товар>", "<Товар><Товар>", 1)  # an element inside itself
    else:
        text = text.replace(
            "</Товары>", "<Товар><Ид>bd72d8f9-55bc-11d9-848a-00112f43529a</Ид></Товар></Товары>"
        )
    data = (
        text.encode(encoding, errors="replace")
        if encoding == "cp1251"
        else text.encode("utf-8", "surrogatepass")
    )
    _import(tmp_path, "import0_1.xml", data, office)


def test_an_entity_bomb_and_a_file_that_is_not_xml_are_refused(office, tmp_path):  # noqa: F811
    (bomb,) = _import(tmp_path, "import.xml", BOMB.encode("utf-8"), office)
    assert bomb.status == ExchangeStatus.REFUSED
    (garbage,) = _import(tmp_path, "offers.xml", bytes(range(256)) * 50, office)
    assert garbage.status == ExchangeStatus.REFUSED and garbage.rejects[0].code == "exchange.bad_xml"
    assert m.Product.select().count() == 0


@settings(deadline=None, max_examples=300)
@given(
    head=st.sampled_from(["+7", "8", "+7 ", "8 (", "8-"]),
    digits=st.text(alphabet="0123456789", min_size=10, max_size=10),
    joiner=st.sampled_from(["", " ", "-", ") ", "\u00a0"]),
    region=st.sampled_from(["KZ", "RU"]),
)
def test_the_plain_phone_path_answers_as_libphonenumber(head, digits, joiner, region):
    """The import's fast path for ``+7 ...`` and ``8 ...`` gives what libphonenumber gives."""
    import phonenumbers

    from orderdesk_gui.domain import phones

    text = head + digits[:3] + joiner + digits[3:6] + "-" + digits[6:]
    fast = phones._plain(text, region)
    if fast is None:
        return
    number = phonenumbers.parse(text, region)
    assert phonenumbers.is_possible_number(number)
    assert fast == phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
