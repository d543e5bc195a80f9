"""CSV and XLSX tables from accounting read into plain records: clients, contacts, products, prices by
column, receivables, promotions; and 1C's debt statement ("Ведомость по взаиморасчетам с контрагентами")
saved to Excel.

CSV comes in UTF-8 (with or without a BOM) or Windows-1251, with ``;``, ``,`` or tabs; headers in Russian,
Kazakh or English (``HEADERS``); numbers with comma or point decimals and (non-breaking) space thousands;
dates as 04.12.2026, 2026-12-04 or 04.12.26. What a table holds is told by its file name
(``clients*.csv``, ``товары.xlsx``) or else by its headers.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import itertools
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from orderdesk_gui.exchange import records as r
from orderdesk_gui.exchange import values as v
from orderdesk_gui.exchange.streams import Chained
from orderdesk_gui.exchange.values import Refused

Progress = Callable[[float], None]
LONGEST_CELL = 5000
LONGEST_CSV_FIELD = 1 << 20  # while a table is read (csv's limit is the process's: set and given back)

# field -> the headers people write for it (folded: lower case, no punctuation, ё as е)
_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "clients": {
        "code": ("код", "код клиента", "код контрагента", "code", "client code", "клиент коды", "коды"),
        "name": ("наименование", "название", "клиент", "контрагент", "name", "client", "атауы"),
        "official_name": ("полное наименование", "официальное наименование", "official name", "full name"),
        "tax_id": (
            "бин иин",
            "иин бин",
            "бин",
            "иин",
            "инн",
            "бин инн",
            "bin",
            "iin",
            "tax id",
            "bin iin",
            "бсн жсн",
        ),
        "client_type": ("тип клиента", "тип", "вид клиента", "client type", "type", "клиент түрі"),
        "price_column": (
            "колонка цен",
            "тип цен",
            "вид цен",
            "прайс",
            "price column",
            "price type",
            "баға түрі",
        ),
        "credit_limit": (
            "кредитный лимит",
            "лимит",
            "лимит кредита",
            "лимит задолженности",
            "credit limit",
            "несие лимиті",
        ),
        "payment_delay_days": (
            "отсрочка",
            "отсрочка дней",
            "отсрочка платежа",
            "отсрочка платежа дней",
            "payment delay",
            "payment delay days",
            "delay days",
            "кейінге қалдыру",
        ),
        "region": ("регион", "область", "region", "облыс", "өңір"),
        "city": ("город", "населенный пункт", "city", "қала"),
        "legal_address": ("юр адрес", "юридический адрес", "legal address", "заңды мекенжай"),
        "delivery_address": (
            "адрес доставки",
            "фактический адрес",
            "адрес",
            "delivery address",
            "address",
            "жеткізу мекенжайы",
        ),
        "phone": ("телефон", "телефоны", "phone", "phones", "тел"),
        "email": ("e mail", "email", "электронная почта", "почта", "эл почта"),
        "manager": ("менеджер", "ответственный", "manager", "менеджері"),
    },
    "contacts": {
        "client": ("клиент", "код клиента", "контрагент", "client", "client code", "бин иин", "бин"),
        "name": ("фио", "контактное лицо", "имя", "name", "contact", "контакт", "аты жөні"),
        "role": ("должность", "роль", "role", "position", "лауазымы"),
        "phone": ("телефон", "телефоны", "phone", "мобильный", "тел"),
        "email": ("e mail", "email", "электронная почта", "почта"),
        "fax": ("факс", "fax"),
    },
    "products": {
        "code": ("код", "артикул", "code", "article", "sku", "код товара"),
        "name": ("наименование", "название", "товар", "номенклатура", "name", "product", "атауы"),
        "group": (
            "группа",
            "категория",
            "группа товаров",
            "группа номенклатуры",
            "group",
            "category",
            "тобы",
        ),
        "unit": ("ед изм", "единица", "единица измерения", "ед", "unit", "өлшем бірлігі"),
        "pack_size": (
            "в упаковке",
            "кратность",
            "кол во в упаковке",
            "упаковка",
            "pack",
            "pack size",
            "қаптамада",
        ),
        "barcode": ("штрихкод", "штрих код", "barcode", "ean", "штрихкоды"),
        "vat_rate": ("ставка ндс", "ндс", "ндс %", "vat", "vat rate", "ққс"),
        "weight_kg": ("вес", "вес кг", "вес нетто", "weight", "weight kg", "салмағы"),
    },
    "prices": {
        "product": ("код", "артикул", "товар", "код товара", "code", "product", "sku", "article"),
        "name": ("наименование", "название", "номенклатура", "name"),
    },
    "receivables": {
        "document": ("документ", "номер документа", "номер", "document", "document no", "құжат"),
        "date": ("дата", "дата документа", "date", "document date", "күні"),
        "client": ("клиент", "контрагент", "код клиента", "бин иин", "бин", "иин", "client", "client code"),
        "amount": ("сумма", "сумма документа", "amount", "сомасы"),
        "paid": ("оплачено", "оплата", "сумма оплаты", "paid", "төленді"),
        "due_date": ("срок оплаты", "дата оплаты", "оплатить до", "due date", "due", "срок", "төлеу мерзімі"),
        "order": ("заказ", "номер заказа", "заказ покупателя", "основание", "order", "order no"),
    },
    "promotions": {
        "name": ("акция", "наименование акции", "promotion", "name", "наименование", "акция атауы"),
        "starts": ("начало", "с", "дата начала", "starts", "from", "басталуы"),
        "ends": ("окончание", "по", "дата окончания", "ends", "to", "аяқталуы"),
        "product": ("товар", "код товара", "артикул", "product", "code", "код"),
        "special_price": (
            "цена акции",
            "спеццена",
            "спец цена",
            "акционная цена",
            "special price",
            "price",
            "цена",
            "акция бағасы",
        ),
        "note": ("примечание", "комментарий", "note", "ескертпе"),
        "kind": ("вид", "вид акции", "тип акции", "kind", "түрі"),
    },
    "special_items": {
        "product": ("товар", "код товара", "артикул", "product", "code", "код", "тауар"),
        "client_type": ("тип клиента", "тип", "вид клиента", "client type", "клиент түрі"),
        "region": ("регион", "область", "region", "облыс", "өңір"),
        "note": ("примечание", "комментарий", "note", "ескертпе"),
        "starts": ("начало", "с", "дата начала", "starts", "from", "басталуы"),
        "ends": ("окончание", "по", "дата окончания", "ends", "to", "аяқталуы"),
    },
}
HEADERS = {
    table: {field: tuple(words) for field, words in fields.items()} for table, fields in _WORDS.items()
}
_ALL_WORDS = {word for fields in _WORDS.values() for words in fields.values() for word in words}
_NAME_HINTS = (
    ("receivables", ("receivable", "debt", "долг", "задолж", "дебитор", "взаиморасч", "қарыз")),
    ("special_items", ("special", "спецпредл", "спецпозиц", "арнайы")),
    ("promotions", ("promo", "акци", "акция")),
    ("contacts", ("contact", "контакт")),
    ("prices", ("price", "цен", "прайс", "баға")),
    ("products", ("product", "товар", "номенклат", "catalog", "каталог", "тауар")),
    ("clients", ("client", "клиент", "контрагент", "customer", "покупател")),
)
_REQUIRED = {
    "clients": ("code", "name"),
    "contacts": ("client", "name"),
    "products": ("code", "name"),
    "prices": ("product",),
    "receivables": ("document", "date", "client", "amount"),
    "promotions": ("name", "starts", "ends"),
    "special_items": ("product",),
}
_PUNCT = re.compile(r"[^\w]+")
_TOTALS = ("итого", "итог", "всего", "total", "барлығы", "жиыны")
_TOTAL_LETTERS = set("ИиВвTtБбЖж")
_STATEMENT_SKIP = ("итог", "итого", "отбор", "показател", "параметр", "покупател", "поставщик", "группиров")


def fold(header: object) -> str:
    text = str(header if header is not None else "").replace("ё", "е").replace("Ё", "е").casefold()
    text = text.replace("\u2212", "-").replace("\u2013", "-")
    return " ".join(_PUNCT.sub(" ", text).split())


# -- reading cells -------------------------------------------------------------------------------------


def _csv_rows(stream: IO[bytes]) -> Iterator[tuple[int, list[str]]]:
    head = stream.read(1 << 16)
    if head.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        try:
            head.decode("utf-8")
            encoding = "utf-8"
        except UnicodeDecodeError as exc:
            encoding = "utf-8" if exc.start >= len(head) - 4 else "cp1251"
    text = io.TextIOWrapper(Chained(head, stream), encoding=encoding, newline="")
    try:
        first = text.readline()
    except UnicodeDecodeError:
        raise Refused("exchange.bad_encoding", line=1) from None
    counts = {mark: first.count(mark) for mark in (";", "\t", ",")}
    delimiter = max(counts, key=lambda mark: (counts[mark], mark == ";"))
    reader = csv.reader(_Lines(first, text), delimiter=delimiter, quotechar='"')
    before = csv.field_size_limit(LONGEST_CSV_FIELD)
    try:
        for row in reader:
            yield reader.line_num, row
    except UnicodeDecodeError:
        raise Refused("exchange.bad_encoding", line=reader.line_num + 1) from None
    except csv.Error as exc:
        raise Refused("exchange.bad_csv", line=reader.line_num, reason=v.shown(exc, 200)) from None
    finally:
        csv.field_size_limit(before)  # the callbacks' CSV import keeps its own, smaller limit


def _Lines(first: str, rest) -> Iterator[str]:  # noqa: N802 - an iterator used like a file
    yield first
    yield from rest


def _xlsx_rows(path: Path) -> Iterator[tuple[int, list]]:
    import zipfile

    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise Refused("exchange.bad_xlsx", reason=v.shown(exc, 200)) from None
    try:
        sheet = book.worksheets[0]
        for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
            yield number, list(row)
    finally:
        book.close()


def rows(path: Path) -> Iterator[tuple[int, list]]:
    """(line, cells) of a CSV or XLSX file."""
    if path.suffix.casefold() in (".xlsx", ".xlsm"):
        yield from _xlsx_rows(path)
        return
    with path.open("rb") as stream:
        yield from _csv_rows(stream)


# -- what a table is -----------------------------------------------------------------------------------


def _fields(table: str, header: list) -> dict[int, str]:
    """Column number -> field, for the headers this table knows (the first column of a field wins)."""
    words = HEADERS.get(table, {})
    found: dict[int, str] = {}
    for index, cell in enumerate(header):
        folded = fold(cell)
        for field, names in words.items():
            if folded in names and field not in found.values():
                found[index] = field
                break
    return found


def guess_table(file_name: str, header: list) -> str | None:
    folded = file_name.casefold()
    for table, hints in _NAME_HINTS:
        if any(hint in folded for hint in hints):
            return table
    best, score = None, 0
    for table in HEADERS:
        found = set(_fields(table, header).values())
        if not set(_REQUIRED[table]) <= found:
            continue
        if len(found) > score:
            best, score = table, len(found)
    return best


def is_debt_statement(cells: list) -> bool:
    return any(fold(cell) in ("контрагент", "контрагенты") for cell in cells if cell is not None)


# -- reading a table -----------------------------------------------------------------------------------


def read(
    path: Path, file_name: str = "", price_columns: tuple[str, ...] = (), progress: Progress | None = None
):
    """A CSV or XLSX file's records (``records.Package``). ``price_columns``: the names and codes of the price
    columns the database has (a price table names its columns by them)."""
    kind = "xlsx" if path.suffix.casefold() in (".xlsx", ".xlsm") else "csv"
    file_name = file_name or path.name
    source = rows(path)
    header: list = []
    line = 0
    as_of = None
    seen: list[tuple[int, list]] = []  # rows read while looking for the header (at most 30)
    fallback = None
    for line, cells in source:
        if is_debt_statement(cells[:3]):
            return _statement(kind, line, cells, source, as_of)
        for cell in cells:  # "Период: 01.11.2026 - 04.12.2026" above a statement's header
            found = _PERIOD.search(str(cell or ""))
            if found:
                try:
                    as_of = v.date(found.group(1))
                except Refused:
                    pass
        seen.append((line, cells))
        filled = sum(1 for cell in cells if cell not in (None, ""))
        if filled >= 2 and fallback is None:
            fallback = len(seen) - 1
        if sum(1 for cell in cells if fold(cell) in _ALL_WORDS) >= 2:
            header = cells
            seen = []
            break
        if len(seen) >= 30:
            break
    if not header and fallback is not None:  # a price table: a code, then price columns' own names
        line, header = seen[fallback]
        source = itertools.chain(seen[fallback + 1 :], source)
    if not header:
        raise Refused("exchange.no_header")
    table = guess_table(file_name, header)
    if table is None:
        raise Refused("exchange.unknown_table", file=v.shown(file_name))
    fields = _fields(table, header)
    missing = [name for name in _REQUIRED[table] if name not in fields.values()]
    if missing:
        raise Refused("exchange.missing_columns", columns=", ".join(missing), line=line)
    package = r.Package(kind, changes_only=table != "special_items")  # management's list is the whole list
    columns: dict[int, str] = {}
    if table == "prices":
        known = {fold(name) for name in price_columns}
        for index, cell in enumerate(header):
            if index not in fields and cell not in (None, "") and (not known or fold(cell) in known):
                columns[index] = str(cell).strip()
        if not columns:
            raise Refused("exchange.no_price_columns", line=line)
    build = _BUILDERS[table]
    header_of = {field: v.shown(header[index], 60) for index, field in fields.items()}
    size = max(1, path.stat().st_size)
    for count, (number, cells) in enumerate(source):
        if not any(cell not in (None, "") for cell in cells):
            continue
        first = next((cell for cell in cells if cell not in (None, "")), "")
        if isinstance(first, str) and first[:1] in _TOTAL_LETTERS and fold(first).split(" ")[0] in _TOTALS:
            continue  # "Итого" with formulas (no values once saved by a program): not a row of data
        values = {field: cells[index] if index < len(cells) else None for index, field in fields.items()}
        for field, value in values.items():
            if isinstance(value, str) and len(value) > LONGEST_CELL:
                shown = header_of.get(field, field)
                package.reject(
                    number, "exchange.too_long", field=shown, longest=LONGEST_CELL, length=len(value)
                )
                break
        else:
            try:
                build(package, number, values, cells, columns)
            except Refused as exc:
                params = dict(exc.params)
                if params.get("field") in header_of:  # the column as the file names it
                    params["field"] = header_of[params["field"]]
                package.reject(number, exc.code, **params)
        if progress and count % 5000 == 4999:
            progress(min(1.0, count * 60 / size))
    return package


def _clean(values: dict, field: str, longest: int = 300) -> str | None:
    value = values.get(field)
    if value is None:
        return None
    if isinstance(value, float) and value == int(value):
        value = int(value)  # a code typed as a number in Excel
    return v.table_text(value, longest, field)


def _phones(raw: str | None, kind: str = "work") -> list[r.Phone] | None:
    if raw is None:
        return None
    parts = [part.strip() for part in re.split(r"[,;/]|\s{2,}", raw) if part.strip()]
    return [r.Phone(part[:32], kind) for part in parts]


def _client(package, line, values, cells, columns) -> None:
    code = v.identifier(_clean(values, "code", 80), "code")
    name = _clean(values, "name")
    if not name:
        raise Refused("exchange.missing_value", field="name")
    limit = values.get("credit_limit")
    delay = values.get("payment_delay_days")
    package.add(
        "clients",
        r.Client(
            line,
            code,
            code=code[:32],
            name=name,
            official_name=_clean(values, "official_name"),
            tax_id=v.tax_id(values.get("tax_id")) if "tax_id" in values else None,
            client_type=_clean(values, "client_type", 100) or None,
            price_column=_clean(values, "price_column", 100) or None,
            credit_limit=v.optional_amount(limit, "credit_limit"),
            payment_delay_days=None if delay in (None, "") else v.whole(delay, "payment_delay_days", 0, 3650),
            region=_clean(values, "region", 100),
            city=_clean(values, "city", 100),
            legal_address=_clean(values, "legal_address"),
            delivery_address=_clean(values, "delivery_address"),
            manager=_clean(values, "manager", 200) or None,
            email=_clean(values, "email", 200) or None,
            phones=_phones(_clean(values, "phone", 300)),
        ),
    )


def _contact(package, line, values, cells, columns) -> None:
    client = v.identifier(_clean(values, "client", 80), "client")
    name = _clean(values, "name", 200)
    if not name:
        raise Refused("exchange.missing_value", field="name")
    package.add(
        "contacts",
        r.Contact(
            line,
            client,
            _contact_key(client, name, values),
            name,
            role=_clean(values, "role", 100),
            email=_clean(values, "email", 200),
            fax=_clean(values, "fax", 32),
            phones=_phones(_clean(values, "phone", 300), "mobile") or [],
        ),
    )


def _contact_key(client: str, name: str, values: dict) -> str:
    """A contact of a table (no identifier column): its client, name and first phone or e-mail (two people
    of one name at one client are two contacts), shortened to a digest when long."""
    import hashlib

    phone = (_clean(values, "phone", 300) or "").split(",")[0].split(";")[0].strip()
    key = f"{client}#{name}#{phone or _clean(values, 'email', 200) or ''}"
    return key if len(key) <= 80 else f"{client[:40]}#" + hashlib.sha1(key.encode("utf-8")).hexdigest()


def _product(package, line, values, cells, columns) -> None:
    code = v.identifier(_clean(values, "code", 80), "code")
    name = _clean(values, "name")
    if not name:
        raise Refused("exchange.missing_value", field="name")
    vat = values.get("vat_rate")
    pack = values.get("pack_size")
    weight = values.get("weight_kg")
    package.add(
        "products",
        r.Product(
            line,
            code,
            code=code[:32],
            name=name,
            unit=(_clean(values, "unit", 16) or None),
            barcode=(_clean(values, "barcode", 32) or None),
            vat_rate=None if vat in (None, "") else v.vat(vat, "vat_rate"),
            group_key=_clean(values, "group", 200) or None,
            pack_size=None if pack in (None, "") else v.amount(pack, "pack_size", places=3),
            weight_kg=None if weight in (None, "") else v.amount(weight, "weight_kg", places=3),
        ),
    )


def _prices(package, line, values, cells, columns) -> None:
    product = v.identifier(_clean(values, "product", 80), "product")
    for index, column in columns.items():
        cell = cells[index] if index < len(cells) else None
        price = v.optional_amount(cell, column)
        if price is None:
            continue
        if price < 0:
            raise Refused("exchange.negative", field=column, value=v.shown(cell))
        package.add("prices", r.Price(line, product, column, price))


def _receivable(package, line, values, cells, columns) -> None:
    document = v.identifier(_clean(values, "document", 64), "document")
    client = v.identifier(_clean(values, "client", 80), "client")
    amount = v.amount(values.get("amount"), "amount")
    paid = v.optional_amount(values.get("paid"), "paid") or v.amount(0)
    if amount < 0 or paid < 0:
        raise Refused("exchange.negative", field="amount", value=v.shown(amount if amount < 0 else paid))
    package.add(
        "receivables",
        r.Receivable(
            line,
            client,
            document,
            v.date(values.get("date"), "date"),
            amount,
            min(paid, amount),
            v.optional_date(values.get("due_date"), "due_date"),
            _clean(values, "order", 80) or None,
        ),
    )


_KINDS = {
    "спецпозиция": "special",
    "спецпредложение": "special",
    "special": "special",
    "арнайы": "special",
    "примечание": "note",
    "note": "note",
    "ескертпе": "note",
}


def _promotion(package, line, values, cells, columns) -> None:
    name = _clean(values, "name", 200)
    if not name:
        raise Refused("exchange.missing_value", field="name")
    starts = v.date(values.get("starts"), "starts")
    ends = v.date(values.get("ends"), "ends")
    if ends < starts:
        raise Refused("exchange.period_reversed", starts=starts, ends=ends)
    kind = _KINDS.get(fold(values.get("kind")), "price")
    product = _clean(values, "product", 80) or None
    if product is None and kind != "note":
        raise Refused("exchange.missing_value", field="product")
    package.add(
        "promotions",
        r.Promotion(
            line,
            f"{name}|{starts.isoformat()}"[:80],
            name,
            starts,
            ends,
            product,
            v.optional_amount(values.get("special_price"), "special_price"),
            _clean(values, "note", 300) or "",
            kind,
        ),
    )


OPEN_END = dt.date(2099, 12, 31)  # a special item stays until management takes it off the list


def _special_item(package, line, values, cells, columns) -> None:
    product = v.identifier(_clean(values, "product", 80), "product")
    client_type = _clean(values, "client_type", 100) or None
    region = _clean(values, "region", 100) or ""
    starts = v.optional_date(values.get("starts"), "starts") or dt.date(2000, 1, 1)
    ends = v.optional_date(values.get("ends"), "ends") or OPEN_END
    if ends < starts:
        raise Refused("exchange.period_reversed", starts=starts, ends=ends)
    note = _clean(values, "note", 300) or ""
    package.add(
        "promotions",
        r.Promotion(
            line,
            f"special|{product}|{client_type or ''}|{region}"[:80],
            (note or product)[:200],
            starts,
            ends,
            product,
            None,
            note,
            "special",
            client_type,
            region,
        ),
    )


_BUILDERS = {
    "clients": _client,
    "contacts": _contact,
    "products": _product,
    "prices": _prices,
    "receivables": _receivable,
    "promotions": _promotion,
    "special_items": _special_item,
}


# -- 1C's debt statement -------------------------------------------------------------------------------

_CLOSING = (
    "кон остаток",
    "конечный остаток",
    "сальдо на конец",
    "сальдо на конец периода",
    "остаток на конец",
)
_PERIOD = re.compile(r"(\d{2}\.\d{2}\.\d{2,4})\s*$")


def _statement(kind: str, line: int, header: list, source, as_of) -> r.Package:
    """ "Ведомость по взаиморасчетам с контрагентами" saved to Excel: the «Контрагент» header row (with or
    without a second one of Дт/Кт under each balance), then group rows (Покупатели), clients, the total.
    Each client's closing balance (debit less credit) becomes one receivable ``Сальдо`` dated the
    statement's last day: the statement lists every client it covers, so it is a full import of balances.
    It carries no due dates: the client's payment delay gives one (a per-document file gives them all)."""
    package = r.Package("debt_statement", changes_only=False, as_of=as_of)
    closing_at = debit_at = credit_at = None
    block = [header]
    for line, cells in source:  # noqa: B007 - the header block: up to the first row with a figure in it
        heading = not any(isinstance(cell, int | float) for cell in cells[1:]) and not any(
            re.fullmatch(r"-?[\d\s\u00a0]+([.,]\d+)?", str(cell))
            for cell in cells[1:]
            if cell not in (None, "")
        )
        if not heading:
            break
        block.append(cells)
    else:
        cells = None
    for row in block:
        for index, cell in enumerate(row):
            if fold(cell) in _CLOSING:
                closing_at = index
    if closing_at is None:
        raise Refused("exchange.statement_columns", line=line)
    for row in block:
        for index in range(closing_at, min(len(row), closing_at + 3)):
            word = fold(row[index])
            if word in ("дт", "дебет") and debit_at is None:
                debit_at = index
            elif word in ("кт", "кредит") and credit_at is None:
                credit_at = index
    if debit_at is None:
        debit_at = closing_at  # one closing column: a debt is positive

    def rows_after():
        if cells is not None:
            yield line, cells
        yield from source

    for number, row in rows_after():
        name_cell = next((cell for cell in row[:3] if cell not in (None, "")), None)
        if name_cell is None or all(cell in (None, "") for cell in row[1:]):
            continue  # an empty row, or a group heading with no figures
        try:
            name = v.text(name_cell, 300, "Контрагент")
            if any(fold(name).startswith(word) for word in _STATEMENT_SKIP):
                continue
            debit = v.optional_amount(row[debit_at] if debit_at < len(row) else None, "Дт") or v.amount(0)
            credit = v.amount(0)
            if credit_at is not None and credit_at < len(row):
                credit = v.optional_amount(row[credit_at], "Кт") or v.amount(0)
        except Refused as exc:
            package.reject(number, exc.code, **exc.params)
            continue
        balance = max(debit - credit, v.amount(0))
        package.add("receivables", r.Receivable(number, name, "Сальдо", None, balance))
    return package
