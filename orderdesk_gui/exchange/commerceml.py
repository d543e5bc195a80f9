"""CommerceML 2 (and 3) files from 1C and web-shop modules read into plain records, streaming.

Read tolerantly, as real files are written: with or without the namespace, UTF-8 (with or without a
BOM) or Windows-1251 (declared in the prolog or not), units with trailing spaces, currencies written as
"руб", comma decimals; never validated against the XSD. ``lxml.etree.iterparse`` reads element by
element and each finished product, offer or contractor is dropped from memory, so a 100 MB catalogue
needs a few megabytes. Entities are not expanded and no DTD or network is read (an XML bomb is refused).
"""

from __future__ import annotations

import datetime as dt
import io
import re
import sys
from collections.abc import Callable
from typing import IO

from lxml import etree

from orderdesk_gui.exchange import records as r
from orderdesk_gui.exchange import values as v
from orderdesk_gui.exchange.streams import Chained
from orderdesk_gui.exchange.values import Refused

Progress = Callable[[float], None]

_TRUE = ("true", "1", "истина", "да")
_PHONE_KINDS = {
    "телефон мобильный": "mobile",
    "мобильный телефон": "mobile",
    "телефон рабочий": "work",
    "телефон": "work",
    "рабочий телефон": "work",
    "телефон домашний": "home",
    "факс": "fax",
}
_EMAIL_KINDS = ("почта", "электронная почта", "e-mail", "email")
# where a record's element must be (outside documents): one somewhere else is refused with its line
_PLACES = {
    "Товар": ("Товары",),
    "Предложение": ("Предложения",),
    "Цены": ("Предложение",),
    "Группа": ("Группы",),
}
_ORDER_NUMBER = re.compile(r"\b[A-ZА-Я0-9]{1,8}-\d{4}-\d{4,}\b")  # an OrderDesk number: B1-2026-000123
_INVOICE_OPERATIONS = ("счет на оплату", "отпуск товара", "реализация товаров", "реализация товаров и услуг")


_LOCAL: dict[object, str] = {}


def local(tag: object) -> str:
    """The element's name without its namespace (files come with and without one); remembered, as a
    catalogue repeats a few dozen names millions of times."""
    try:
        return _LOCAL[tag]
    except KeyError:
        name = tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""
        if len(_LOCAL) < 5000:
            _LOCAL[tag] = name
        return name
    except TypeError:
        return ""


def _shared(text: str | None) -> str | None:
    """One copy of a value repeated through a catalogue (a unit, a client type, a region): 100,000
    contractors name a few dozen of them."""
    return sys.intern(text) if text else None


def _kids(elem) -> dict:
    """The element's children by name (the first of each): one pass instead of one per field."""
    found: dict = {}
    for child in elem:
        found.setdefault(local(child.tag), child)
    return found


def _child(elem, name: str):
    """A child by name, of an element or of its ``_kids``."""
    if isinstance(elem, dict):
        return elem.get(name)
    for child in elem:
        if local(child.tag) == name:
            return child
    return None


def _children(elem, name: str):
    return [child for child in elem if local(child.tag) == name]


def _text(elem, name: str, longest: int = 300) -> str | None:
    child = _child(elem, name)
    if child is None:
        return None
    return v.xml_text(child.text, longest, name)


def _properties(elem) -> dict[str, str]:
    """``ЗначенияРеквизитов/ЗначениеРеквизита`` (name, value) pairs, names folded."""
    found: dict[str, str] = {}
    block = _child(elem, "ЗначенияРеквизитов")
    if block is None:
        return found
    for pair in block:
        name = value = None
        for part in pair:
            which = local(part.tag)
            if which == "Наименование":
                name = part.text
            elif which == "Значение":
                value = part.text
        if name and value is not None:
            found[v.xml_text(name, 300, "Наименование").casefold()] = v.xml_text(value, 1000, "Значение")
    return found


class _Source(io.RawIOBase):
    """A Windows-1251 stream given to the parser as UTF-8 (a file with no encoding in its prolog that is
    not UTF-8: web-shop modules write such order files). One byte is one character, so chunks never
    split a letter."""

    def __init__(self, raw: IO[bytes]) -> None:
        self.raw = raw
        self.pending = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while not self.pending:
            chunk = self.raw.read(65536)
            if not chunk:
                return 0
            self.pending = chunk.decode("cp1251", "replace").encode("utf-8")
        size = min(len(buffer), len(self.pending))
        buffer[:size] = self.pending[:size]
        self.pending = self.pending[size:]
        return size


_DECLARED = re.compile(rb"""<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")


def _prepared(stream: IO[bytes]) -> IO[bytes]:
    """The stream as the parser can read it: declared encodings as they are; undeclared bytes that are not
    UTF-8 taken as Windows-1251 (the prolog then says nothing the parser would contradict)."""
    head = stream.read(1 << 20)
    rest = stream
    if _DECLARED.search(head[:400]) or head.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return Chained(head, rest)
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:  # not a letter cut at the end of the sample
            return io.BufferedReader(_Source(Chained(head, rest)))
    return Chained(head, rest)


def read(stream: IO[bytes], size: int = 0, progress: Progress | None = None) -> r.Package:
    """Every record of a CommerceML file (catalogue, offers, contractors, documents). A file that is not
    well-formed XML, or not CommerceML, is refused as a whole (``Refused``); a bad element is a
    rejected row with its line."""
    package = r.Package("commerceml", changes_only=False)
    reader = _Reader(package)
    parser = etree.iterparse(
        _prepared(stream),
        events=("end",),
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )
    counted = 0
    try:
        for _event, elem in parser:
            reader.end(elem)
            counted += 1
            if progress and size and counted % 5000 == 0:
                try:
                    progress(min(1.0, stream.tell() / size))
                except (OSError, ValueError):
                    pass
    except etree.XMLSyntaxError as exc:
        raise Refused("exchange.bad_xml", line=exc.lineno or 0, reason=v.shown(exc.msg or "", 200)) from None
    if not reader.seen_root:
        raise Refused("exchange.not_commerceml")
    return package


def price_types(stream: IO[bytes]) -> list[r.PriceColumn]:
    """The price types an offers file declares, read from its head only (they come before the offers):
    a catalogue naming clients' price columns by their ``Ид`` is imported before the offers that create
    them. Whatever cannot be read here is left to the offers file's own import."""
    found: list[r.PriceColumn] = []
    try:
        for event, elem in etree.iterparse(
            _prepared(stream),
            events=("start", "end"),
            resolve_entities=False,
            no_network=True,
            load_dtd=False,
        ):
            name = local(elem.tag)
            if event == "start":
                if name in ("Предложения", "Каталог", "Товары"):
                    break
                continue
            if name == "ТипЦены":
                key, title = _text(elem, "Ид", 80), _text(elem, "Наименование", 100)
                if key:
                    found.append(r.PriceColumn(elem.sourceline or 0, key, (title or key)[:100]))
                elem.clear()
    except (etree.XMLSyntaxError, Refused):
        pass
    return found


_FLAGGED = ("Каталог", "ПакетПредложений", "ИзмененияПакетаПредложений", "Контрагенты")
# the elements the reader acts on when they end (every other one is read as part of one of these)
_WATCHED = frozenset(
    (
        "КоммерческаяИнформация",
        "СодержитТолькоИзменения",
        "Классификатор",
        "Товар",
        "Предложение",
        "Цены",
        "Группа",
        "ТипЦены",
        "Контрагент",
        "Документ",
        *_FLAGGED,
    )
)


def _inside(elem, name: str) -> bool:
    """Whether ``elem`` is, or is within, an element called ``name``."""
    while elem is not None:
        if local(elem.tag) == name:
            return True
        elem = elem.getparent()
    return False


class _Reader:
    """Builds records as elements end, knowing where each element is (its ancestors' names)."""

    def __init__(self, package: r.Package) -> None:
        self.package = package
        self.seen_root = False
        self.ids: dict[str, set[str]] = {}

    def end(self, elem) -> None:
        name = local(elem.tag)
        if name not in _WATCHED:  # a field of a product or contractor: read with its element
            return
        up = elem.getparent()
        if up is None:  # the root, last of all
            if name != "КоммерческаяИнформация":
                raise Refused("exchange.not_commerceml")
            self.seen_root = True
            stamp = elem.get("ДатаФормирования")
            if stamp:
                try:
                    self.package.as_of = dt.datetime.fromisoformat(stamp.strip()[:19])
                except ValueError:
                    pass
            return
        parent = local(up.tag)
        handler = None
        if name in _FLAGGED:
            flag = (elem.get("СодержитТолькоИзменения") or "").strip().casefold()
            if name == "ИзмененияПакетаПредложений" or flag in _TRUE:
                self.package.changes_only = True
        if name == "СодержитТолькоИзменения" and parent in ("Каталог", "ПакетПредложений"):
            if (elem.text or "").strip().casefold() in _TRUE:
                self.package.changes_only = True
        elif name == "Классификатор":
            self._classifier(elem)
            handler = True
        elif name in _PLACES and parent not in _PLACES[name] and not _inside(up, "Документ"):
            self.package.reject(elem.sourceline or 0, "exchange.misplaced", element=name, parent=parent)
            handler = True
        elif name == "Товар" and parent == "Товары" and not _inside(up, "Документ"):
            handler = self._product
        elif name == "Предложение" and parent == "Предложения":
            handler = self._offer
        elif name == "ТипЦены" and parent == "ТипыЦен" and not _inside(up, "Классификатор"):
            handler = self._price_column
        elif name == "Контрагент" and parent != "Представитель" and not _inside(up, "Документ"):
            handler = self._contractor
        elif name == "Документ":
            handler = self._document
        if handler is None:
            return
        if handler is not True:
            try:
                handler(elem)
            except Refused as exc:
                self.package.reject(elem.sourceline or 0, exc.code, **exc.params)
        elem.clear(keep_tail=False)
        while elem.getprevious() is not None:  # what came before is read: let it go
            del elem.getparent()[0]

    # -- helpers -------------------------------------------------------------
    def _once(self, kind: str, key: str, line: int) -> bool:
        seen = self.ids.setdefault(kind, set())
        if key in seen:
            self.package.reject(line, "exchange.duplicate_id", id=v.shown(key))
            return False
        seen.add(key)
        return True

    # -- classifier ------------------------------------------------------------
    def _classifier(self, elem) -> None:
        groups = _child(elem, "Группы")
        if groups is not None:
            self._groups(groups, None)
        price_types = _child(elem, "ТипыЦен")  # 2.10 keeps price types in the classifier
        if price_types is not None:
            for item in _children(price_types, "ТипЦены"):
                try:
                    self._price_column(item)
                except Refused as exc:
                    self.package.reject(item.sourceline or 0, exc.code, **exc.params)

    def _groups(self, block, parent_key: str | None, depth: int = 0) -> None:
        if depth > 50:
            self.package.reject(block.sourceline or 0, "exchange.too_deep")
            return
        for group in _children(block, "Группа"):
            try:
                key = v.identifier(_text(group, "Ид", 80), "Ид")
                name = v.text(_text(group, "Наименование", 200), 200, "Наименование") or key
            except Refused as exc:
                self.package.reject(group.sourceline or 0, exc.code, **exc.params)
                continue
            if self._once("groups", key, group.sourceline or 0):
                self.package.add("groups", r.Group(group.sourceline or 0, key, name, parent_key))
            inner = _child(group, "Группы")
            if inner is not None:
                self._groups(inner, key, depth + 1)

    # -- catalogue -------------------------------------------------------------
    def _product(self, elem) -> None:
        line = elem.sourceline or 0
        k = _kids(elem)
        key = v.identifier(_text(k, "Ид", 80), "Ид")
        props = _properties(k)
        name = _text(k, "Наименование", 300) or props.get("полное наименование", "")[:300]
        if not name:
            raise Refused("exchange.missing_value", field="Наименование")
        unit = None
        base = _child(k, "БазоваяЕдиница")
        if base is not None:
            unit = v.text(base.text, 100, "БазоваяЕдиница") or v.text(base.get("НаименованиеКраткое"), 16)
            unit = (unit or v.text(base.get("НаименованиеПолное"), 100) or "").strip()
            unit = OKEI.get(unit, unit)[:16] or OKEI.get(v.text(base.get("Код"), 10)) or None  # "796 " is шт
        group_key = None
        groups = _child(k, "Группы")
        if groups is not None:
            group_key = _text(groups, "Ид", 80)
        vat = None
        rates = _child(k, "СтавкиНалогов")
        if rates is not None:
            for rate in _children(rates, "СтавкаНалога"):
                if (_text(rate, "Наименование") or "").casefold() in ("ндс", "vat", "ққс"):
                    vat = _vat(_text(rate, "Ставка"))
        barcode = _text(k, "Штрихкод", 32) or props.get("штрихкод")
        status = (_text(k, "Статус") or "").casefold()
        deleted = status in ("удален", "удалён") or (elem.get("Статус") or "").casefold() in (
            "удален",
            "удалён",
        )
        deleted = deleted or (_text(k, "ПометкаУдаления") or "").casefold() in _TRUE
        code = _text(k, "Артикул", 32) or _text(k, "Код", 32) or props.get("код")
        if self._once("products", key, line):
            self.package.add(
                "products",
                r.Product(
                    line,
                    key,
                    code=(code or "")[:32] or None,
                    name=name,
                    unit=_shared(unit),
                    barcode=(barcode or "")[:32] or None,
                    vat_rate=vat,
                    group_key=_shared(group_key),
                    pack_size=_optional_amount(props.get("кратность") or props.get("кратность упаковки"), 3),
                    weight_kg=_optional_amount(props.get("вес"), 3),
                    deleted=deleted,
                ),
            )

    # -- offers ----------------------------------------------------------------
    def _price_column(self, elem) -> None:
        line = elem.sourceline or 0
        key = v.identifier(_text(elem, "Ид", 80), "Ид")
        name = _text(elem, "Наименование", 100) or key
        if self._once("price_columns", key, line):
            currency = _currency(_text(elem, "Валюта", 20))
            self.package.add("price_columns", r.PriceColumn(line, key, name[:100], currency))

    def _offer(self, elem) -> None:
        line = elem.sourceline or 0
        k = _kids(elem)
        key = v.identifier(_text(k, "Ид", 80), "Ид")
        if not self._once("offers", key, line):
            return
        prices = _child(k, "Цены")
        if prices is not None:
            for price in _children(prices, "Цена"):
                column = v.identifier(_text(price, "ИдТипаЦены", 80), "ИдТипаЦены")
                value = v.amount(_text(price, "ЦенаЗаЕдиницу", 40), "ЦенаЗаЕдиницу")
                factor = _text(price, "Коэффициент", 40)
                if factor:
                    ratio = v.amount(factor, "Коэффициент", places=4)
                    if ratio > 0 and ratio != 1:
                        value = (value / ratio).quantize(value)  # the price per base unit
                if value < 0:
                    raise Refused("exchange.negative", field="ЦенаЗаЕдиницу", value=v.shown(value))
                self.package.add("prices", r.Price(price.sourceline or line, key, column, value))
        quantity = _text(k, "Количество", 40)
        if quantity is None:
            rests = _child(k, "Остатки")
            if rests is not None:
                total = None
                for rest in rests.iter():
                    if local(rest.tag) == "Количество" and rest.text and rest.text.strip():
                        total = (total or 0) + v.amount(rest.text, "Количество", places=3)
                quantity = total
        if quantity is not None:
            self.package.add("stock", r.Stock(line, key, v.amount(quantity, "Количество", places=3)))

    # -- contractors -----------------------------------------------------------
    def _contractor(self, elem) -> None:
        line = elem.sourceline or 0
        k = _kids(elem)
        key = v.identifier(_text(k, "Ид", 80), "Ид")
        name = _text(k, "Наименование", 300)
        official = _text(k, "ОфициальноеНаименование", 300) or _text(k, "ПолноеНаименование", 300)
        if not (name or official):
            raise Refused("exchange.missing_value", field="Наименование")
        tax = v.tax_id(_text(k, "ИНН", 40), "ИНН")
        legal = _address(_child(k, "ЮридическийАдрес"))
        address = _address(_child(k, "Адрес")) or _address(_child(k, "АдресРегистрации"))
        if address == legal:
            address = legal  # one string for both (100,000 contractors)
        phones, email, fax = _contacts(_child(k, "Контакты"))
        extra = _client_requisites(_properties(k))
        client = r.Client(
            line,
            key,
            code=(_text(k, "Код", 32) or extra.get("code") or None),
            name=name or official,
            official_name=None if name else official,  # only a name's stand-in: nothing else keeps it
            tax_id=tax,
            client_type=_shared(extra.get("client_type")),
            price_column=_shared(extra.get("price_column")),
            credit_limit=v.optional_amount(extra.get("credit_limit"), "Кредитный лимит"),
            payment_delay_days=_optional_whole(extra.get("payment_delay_days"), "Отсрочка"),
            region=_shared(extra.get("region")),
            city=_shared(extra.get("city")),
            legal_address=legal or address,
            delivery_address=address or legal,
            manager=_shared(extra.get("manager")),
            phones=phones,
            deleted=(_text(k, "ПометкаУдаления") or "").casefold() in _TRUE,
        )
        if fax and not any(p.kind == "fax" for p in phones):
            phones.append(r.Phone(fax, "fax"))
        if not self._once("clients", key, line):
            return
        self.package.add("clients", client)
        people = _child(k, "Представители")
        if people is not None:
            for number, person in enumerate(_children(people, "Представитель")):
                self._representative(person, key, number)

    def _representative(self, elem, client_key: str, number: int) -> None:
        outer = _kids(elem)
        inner = _child(outer, "Контрагент")
        inner = elem if inner is None else inner  # an element with no children is false: compare to None
        k = outer if inner is elem else _kids(inner)
        name = _text(k, "Наименование", 200) or _text(k, "ПолноеНаименование", 200)
        if not name:
            return
        role = _shared(
            _text(k, "Должность", 100) or _text(k, "Отношение", 100) or _text(outer, "Отношение", 100)
        )
        contact_key = _text(k, "Ид", 80) or f"{client_key}#{number + 1}"
        phones, email, fax = _contacts(_child(k, "Контакты"))
        self.package.add(
            "contacts",
            r.Contact(inner.sourceline or 0, client_key, contact_key[:80], name, role, email, fax, phones),
        )

    # -- documents -------------------------------------------------------------
    def _document(self, elem) -> None:
        """An invoice or a shipment naming an OrderDesk order marks it invoiced; an order document coming
        back from 1C with a shipment or payment date too."""
        line = elem.sourceline or 0
        operation = (_text(elem, "ХозОперация") or "").casefold()
        props = _properties(elem)
        names = (
            "основание",
            "заказ",
            "номер заказа",
            "заказ покупателя",
            "номер заказа покупателя",
            "номер по сайту",
        )
        refs = [props.get(k) for k in names]
        found = _ORDER_NUMBER.search(_text(elem, "Комментарий", 1000) or "")
        refs.append(found.group(0) if found else None)
        when = None
        day = _text(elem, "Дата", 20)
        if operation in _INVOICE_OPERATIONS:
            refs += [_text(elem, "Основание", 80)]
        elif operation == "заказ товара":
            shipped = props.get("дата отгрузки по 1с") or props.get("дата оплаты по 1с")
            if not shipped and props.get("номер оплаты по 1с") is None:
                return
            refs += [_text(elem, "Ид", 80), _text(elem, "Номер", 80)]
            day = shipped or day
        else:
            return
        if day:
            try:
                when = dt.datetime.combine(v.date(day, "Дата"), dt.time(12))
            except Refused:
                when = None
        for ref in refs:
            if ref:
                self.package.add("invoiced_orders", r.InvoicedOrder(line, ref.strip()[:80], when))
                return


# the units 1C writes by their OKEI code ("796 " as the text or the Код of БазоваяЕдиница)
OKEI = {
    "796": "шт",
    "166": "кг",
    "163": "г",
    "112": "л",
    "111": "мл",
    "778": "упак",
    "728": "пач",
    "868": "бут",
    "812": "кор",
    "006": "м",
    "715": "пар",
}


_REQUISITES: dict[str, str | None] = {}  # a requisite's name -> the client field it fills (remembered)


def _client_requisites(props: dict[str, str]) -> dict[str, str]:
    """Client fields a contractor carries as ``ЗначенияРеквизитов`` (CommerceML has no element for them),
    named as a clients table names its columns."""
    from orderdesk_gui.exchange.tables import HEADERS, fold

    found: dict[str, str] = {}
    for name, value in props.items():
        if name not in _REQUISITES:
            folded = fold(name)
            field = next((f for f, words in HEADERS["clients"].items() if folded in words), None)
            if len(_REQUISITES) < 1000:
                _REQUISITES[name] = field
        else:
            field = _REQUISITES[name]
        if field and field not in found:
            found[field] = value
    return found


def _optional_whole(raw: str | None, field: str) -> int | None:
    return None if raw in (None, "") else v.whole(raw, field, 0, 3650)


def _optional_amount(raw: str | None, places: int):
    if raw in (None, ""):
        return None
    try:
        return v.amount(raw, "", places=places)
    except Refused:
        return None  # a requisite we only use when it reads


def _vat(raw: str | None) -> int | None:
    return None if raw is None else v.vat(raw, "Ставка")


def _currency(raw: str | None) -> str:
    folded = (raw or "").strip().casefold().rstrip(".")
    if folded in ("руб", "рубль", "rub", "rur", "643"):
        return "RUB"
    if folded in ("тг", "тенге", "теңге", "kzt", "398"):
        return "KZT"
    return (raw or "").strip().upper()[:3]


def _address(elem) -> str | None:
    if elem is None:
        return None
    shown = _text(elem, "Представление", 300)
    if shown:
        return shown
    parts = []
    for field in _children(elem, "АдресноеПоле"):
        value = _text(field, "Значение", 100)
        if value:
            parts.append(value)
    return ", ".join(parts)[:300] or None


def _contacts(block) -> tuple[list[r.Phone], str | None, str | None]:
    phones: list[r.Phone] = []
    email = fax = None
    if block is None:
        return phones, email, fax
    for contact in _children(block, "Контакт"):
        kind = (_text(contact, "Тип", 100) or "").casefold()
        value = _text(contact, "Значение", 200)
        if not value:
            continue
        if kind in _EMAIL_KINDS:
            if "@" in value:  # "Почта" is a postal address in some exports
                email = email or value.replace(",", ";").split(";")[0].strip()[:200]
        elif kind == "факс":
            fax = fax or value[:32]
        elif kind in _PHONE_KINDS or "телефон" in kind:
            phones.append(r.Phone(value[:32], _PHONE_KINDS.get(kind, "work")))
    return phones, email, fax
