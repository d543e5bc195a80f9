"""Accepted orders as a table for accounting: CSV (``;``, UTF-8 with a BOM for Excel, or windows-1251)
or XLSX, one row per order line, the order's facts repeated on each row."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO

from orderdesk_gui.exchange.cml_orders import PAYMENT_NAMES, STATUS_NAMES, OrderDoc, check_encoding, vat_in

HEADER = (
    "Номер заказа",
    "Ид заказа",
    "Дата",
    "Время",
    "Статус",
    "Ид контрагента",
    "Код контрагента",
    "Контрагент",
    "ИНН",
    "Дата отгрузки",
    "Метод оплаты",
    "Адрес доставки",
    "Строка",
    "Ид товара",
    "Артикул",
    "Товар",
    "Единица",
    "Количество",
    "Цена",
    "Сумма",
    "Ставка НДС",
    "НДС",
    "Сумма заказа",
    "Комментарий",
)


def rows(orders: Iterable[OrderDoc]) -> Iterable[tuple]:
    """The table's rows (plain values: dates, Decimals, text), one per order line."""
    for order in orders:
        head = (
            order.number,
            order.ident,
            order.accepted.date(),
            order.accepted.time().replace(microsecond=0),
            STATUS_NAMES.get(order.status, order.status),
            order.client.ident,
            order.client.code,
            order.client.name,
            order.client.tax_id,
            order.delivery_date,
            PAYMENT_NAMES.get(order.payment_form, order.payment_form),
            order.delivery_address,
        )
        for no, line in enumerate(order.lines, 1):
            yield head + (
                no,
                line.ident,
                line.code,
                line.name,
                line.unit,
                line.quantity,
                line.price,
                line.amount,
                line.vat_rate,
                vat_in(line.amount, line.vat_rate),
                order.total,
                order.comment,
            )


def _csv_value(value: object, decimal_comma: bool) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        text = format(value, "f")
        return text.replace(".", ",") if decimal_comma else text
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def write_csv(
    out: BinaryIO, orders: Iterable[OrderDoc], *, encoding: str = "utf-8", decimal_comma: bool = True
) -> tuple[int, int]:
    """Write the CSV to the binary stream ``out`` (``;`` separated, a BOM when UTF-8); (orders, lines)."""
    codec = check_encoding(encoding)
    text_codec = "utf-8-sig" if codec == "utf-8" else codec  # a BOM: Excel then reads UTF-8
    text = io.TextIOWrapper(out, encoding=text_codec, errors="replace", newline="")
    writer = csv.writer(text, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADER)
    seen: set[str] = set()
    count = 0
    for row in rows(orders):
        seen.add(row[1])
        count += 1
        writer.writerow([_csv_value(v, decimal_comma) for v in row])
    text.flush()
    text.detach()
    return len(seen), count


def write_xlsx(path: Path, orders: Iterable[OrderDoc]) -> tuple[int, int]:
    """Write the workbook to ``path`` (openpyxl's write-only mode: a row at a time); (orders, lines)."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Заказы")
    sheet.append(HEADER)
    seen: set[str] = set()
    count = 0
    for row in rows(orders):
        seen.add(row[1])
        count += 1
        sheet.append(row)  # Decimals stay exact: openpyxl writes them as numbers
    book.save(str(path))
    return len(seen), count
