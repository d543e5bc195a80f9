"""Accepted orders as a CommerceML 2 document for accounting (1C): one ``Документ`` per order, streamed.

The records are plain (``OrderDoc`` and its parts: no database); the service fills them. The file is
written piece by piece, an order at a time, so a day of 2,000 orders takes well under a second and
little memory. Any encoding 1C may ask for works: a character it lacks (Kazakh ә in windows-1251) is
written as an XML character reference (``&#1241;``), never an error.
"""

from __future__ import annotations

import codecs
import datetime as dt
import functools
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import BinaryIO

from orderdesk_gui.domain.states import OrderStatus

SCHEMA_VERSION = "2.08"
CENT = Decimal("0.01")

# How 1C names our payment forms (domain.ordering.PAYMENT_FORMS) and order states.
PAYMENT_NAMES = {
    "cash": "Наличный расчет",
    "card": "Банковская карта",
    "bank_transfer": "Безналичный расчет",
    "on_account": "Отсрочка платежа",
}
STATUS_NAMES = {
    OrderStatus.ACCEPTED: "Принят",
    OrderStatus.DELIVERED: "Доставлен",
    OrderStatus.CANCELLED: "Отменен",
}


@dataclass(frozen=True)
class Party:
    """The buyer: ``ident`` is accounting's Ид of the client (or our UUID when it has none)."""

    ident: str
    name: str
    tax_id: str = ""
    address: str = ""
    code: str = ""


@dataclass(frozen=True)
class LineDoc:
    ident: str  # the product's Ид in accounting (its external id, else our code)
    code: str  # Артикул
    name: str
    unit: str
    quantity: Decimal
    price: Decimal
    amount: Decimal
    vat_rate: int  # percent; prices include it


@dataclass(frozen=True)
class OrderDoc:
    ident: str  # the order's UUID
    number: str
    accepted: dt.datetime  # local time of acceptance
    client: Party
    total: Decimal
    lines: tuple[LineDoc, ...] = ()
    delivery_date: dt.date | None = None
    payment_form: str = ""
    status: str = OrderStatus.ACCEPTED
    comment: str = ""
    delivery_address: str = ""
    extra: tuple[tuple[str, str], ...] = field(default=())  # more ЗначенияРеквизитов (name, value)


def vat_in(amount: Decimal, rate: int) -> Decimal:
    """The VAT contained in ``amount`` (a price including it), to the tiyn."""
    if not rate:
        return Decimal("0.00")
    return (amount * rate / (100 + rate)).quantize(CENT, ROUND_HALF_UP)


def number(value: Decimal) -> str:
    """A decimal as CommerceML writes it: a point, no exponent, no trailing zeros past two places."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"


# Markup escaped; characters XML 1.0 cannot hold at all (controls other than tab and newlines) dropped.
_ESCAPE = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}
    | dict.fromkeys([chr(c) for c in range(32) if c not in (9, 10, 13)] + ["\ufffe", "\uffff"])
)


def esc(text: object) -> str:
    return str(text).translate(_ESCAPE)


def _el(name: str, value: object) -> str:
    return f"<{name}>{esc(value)}</{name}>"


def _requisites(pairs: Iterable[tuple[str, str]]) -> str:
    body = "".join(
        f"<ЗначениеРеквизита>{_el('Наименование', key)}{_el('Значение', value)}</ЗначениеРеквизита>"
        for key, value in pairs
    )
    return f"<ЗначенияРеквизитов>{body}</ЗначенияРеквизитов>"


@functools.lru_cache(maxsize=65536)
def _product(ident: str, code: str, name: str, unit: str) -> str:
    """A product's own part of a line (a day's orders name the same products again and again)."""
    return (
        "\n\t\t\t<Товар>"
        + _el("Ид", ident)
        + _el("Артикул", code)
        + _el("Наименование", name)
        + f'<БазоваяЕдиница НаименованиеПолное="{esc(unit)}">{esc(unit)}</БазоваяЕдиница>'
    )


_GOODS = _requisites((("ВидНоменклатуры", "Товар"), ("ТипНоменклатуры", "Товар"))) + "</Товар>"


def _line(line: LineDoc) -> str:
    rate = line.vat_rate
    return (
        f"{_product(line.ident, line.code, line.name, line.unit)}"
        f"<ЦенаЗаЕдиницу>{number(line.price)}</ЦенаЗаЕдиницу>"
        f"<Количество>{number(line.quantity)}</Количество>"
        f"<Сумма>{number(line.amount)}</Сумма>"
        f"<СтавкиНалогов><СтавкаНалога><Наименование>НДС</Наименование><Ставка>{rate}</Ставка>"
        "</СтавкаНалога></СтавкиНалогов>"
        "<Налоги><Налог><Наименование>НДС</Наименование><УчтеноВСумме>true</УчтеноВСумме>"
        f"<Сумма>{number(vat_in(line.amount, rate))}</Сумма><Ставка>{rate}</Ставка></Налог></Налоги>"
        f"{_GOODS}"
    )


def order_xml(order: OrderDoc, currency: str = "KZT") -> str:
    """One ``Документ`` element (a text, indented like 1C's own files)."""
    client = order.client
    party = (
        "\n\t\t<Контрагенты><Контрагент>"
        + _el("Ид", client.ident)
        + (_el("Код", client.code) if client.code else "")
        + _el("Наименование", client.name)
        + _el("ОфициальноеНаименование", client.name)
        + (_el("ИНН", client.tax_id) if client.tax_id else "")
        + (
            f"<ЮридическийАдрес>{_el('Представление', client.address)}</ЮридическийАдрес>"
            if client.address
            else ""
        )
        + _el("Роль", "Покупатель")
        + "</Контрагент></Контрагенты>"
    )
    vat = sum((vat_in(line.amount, line.vat_rate) for line in order.lines), Decimal("0.00"))
    pairs = [
        ("Статус заказа", STATUS_NAMES.get(order.status, order.status)),
        ("Метод оплаты", PAYMENT_NAMES.get(order.payment_form, order.payment_form)),
        ("Дата отгрузки", order.delivery_date.isoformat() if order.delivery_date else ""),
        ("Адрес доставки", order.delivery_address),
        ("Заказ оплачен", "false"),
        ("Отменен", "true" if order.status == OrderStatus.CANCELLED else "false"),
        ("Номер по 1С", ""),
        *order.extra,
    ]
    return (
        "\n\t<Документ>"
        + _el("Ид", order.ident)
        + _el("Номер", order.number)
        + _el("Дата", order.accepted.date().isoformat())
        + _el("Время", order.accepted.time().replace(microsecond=0).isoformat())
        + _el("ХозОперация", "Заказ товара")
        + _el("Роль", "Продавец")
        + _el("Валюта", currency)
        + _el("Курс", 1)
        + _el("Сумма", number(order.total))
        + party
        + "\n\t\t<Налоги><Налог><Наименование>НДС</Наименование><УчтеноВСумме>true</УчтеноВСумме>"
        + _el("Сумма", number(vat))
        + "</Налог></Налоги>"
        + "\n\t\t<Товары>"
        + "".join(_line(line) for line in order.lines)
        + "\n\t\t</Товары>\n\t\t"
        + _requisites(pairs)
        + "\n\t\t"
        + _el("Комментарий", order.comment)
        + "\n\t</Документ>"
    )


# The encodings that hold the Cyrillic element names themselves (any other would break the markup).
ENCODINGS = ("utf-8", "cp1251")


def check_encoding(encoding: str) -> str:
    """The codec's name for an encoding 1C may ask for (UTF-8 or windows-1251, in any spelling);
    ``LookupError`` for any other."""
    name = codecs.lookup((encoding or "").strip() or "utf-8").name
    if name not in ENCODINGS:
        raise LookupError(encoding)
    return name


def xml_encoding_name(encoding: str) -> str:
    name = check_encoding(encoding)
    return {"utf-8": "UTF-8", "cp1251": "windows-1251"}.get(name, name)


def write_orders(
    out: BinaryIO,
    orders: Iterable[OrderDoc],
    *,
    generated: dt.datetime,
    encoding: str = "utf-8",
    currency: str = "KZT",
) -> tuple[int, int]:
    """Write the document to the binary stream ``out``; (orders, lines) written."""
    codec = check_encoding(encoding)
    head = (
        f'<?xml version="1.0" encoding="{xml_encoding_name(encoding)}"?>\n'
        f'<КоммерческаяИнформация ВерсияСхемы="{SCHEMA_VERSION}" '
        f'ДатаФормирования="{generated.replace(microsecond=0, tzinfo=None).isoformat()}">'
    )
    out.write(head.encode(codec, "xmlcharrefreplace"))
    count = lines = 0
    chunk: list[str] = []
    for order in orders:
        chunk.append(order_xml(order, currency))
        count += 1
        lines += len(order.lines)
        if len(chunk) >= 50:
            out.write("".join(chunk).encode(codec, "xmlcharrefreplace"))
            chunk.clear()
    chunk.append("\n</КоммерческаяИнформация>\n")
    out.write("".join(chunk).encode(codec, "xmlcharrefreplace"))
    return count, lines
