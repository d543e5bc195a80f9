"""What 1C says back about our orders (``type=sale&mode=file``): its documents read into plain records.

1C posts a CommerceML document with one ``Документ`` per order it handled: the order itself (its
``Ид``/``Номер`` ours, ``ЗначенияРеквизитов`` with "Номер по 1С", "Проведен", "Статус заказа", "Дата
оплаты по 1С", "Дата отгрузки по 1С") or a document made from it (an invoice "Счет на оплату", a
shipment "Отпуск товара") naming our order in ``Основание`` or a requisite. Read tolerantly: any
namespace (CommerceML 3 wraps documents in ``Контейнер``), unknown elements ignored, the document
lines skipped.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from orderdesk_gui.errors import CodedError

# Requisites that may name the order a document was made from
BASIS_REQUISITES = ("Номер заказа", "Номер заказа на сайте", "Заказ", "Ид заказа", "Основание")
INVOICE_OPERATIONS = ("счет на оплату", "отпуск товара", "реализация товаров", "реализация товаров и услуг")
TRUE = ("true", "1", "да", "yes", "истина")


class StatusFileError(CodedError):
    """1C's answer cannot be read as XML (``export.statuses_unreadable``)."""


@dataclass(frozen=True)
class StatusDoc:
    index: int  # 1, 2, ... in the file
    ident: str = ""
    number: str = ""
    operation: str = ""  # ХозОперация
    requisites: dict[str, str] = field(default_factory=dict)
    basis: tuple[str, ...] = ()  # numbers or Ид of our orders this document was made from

    def flag(self, name: str) -> bool:
        return self.requisites.get(name, "").strip().lower() in TRUE

    @property
    def is_invoice(self) -> bool:
        """An invoice or shipment made in 1C from our order: from now on a receivable counts."""
        return self.operation.strip().lower() in INVOICE_OPERATIONS

    @property
    def number_1c(self) -> str:
        return self.requisites.get("Номер по 1С", "").strip()

    @property
    def shipped(self) -> str:
        return self.requisites.get("Дата отгрузки по 1С", "").strip()

    @property
    def paid(self) -> str:
        return self.requisites.get("Дата оплаты по 1С", "").strip()

    @property
    def deleted(self) -> bool:
        return self.flag("ПометкаУдаления")


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _text(element: ET.Element | None) -> str:
    return (element.text or "").strip() if element is not None else ""


def _child(element: ET.Element, name: str) -> ET.Element | None:
    for child in element:
        if _local(child.tag) == name:
            return child
    return None


def _document(index: int, element: ET.Element) -> StatusDoc:
    requisites: dict[str, str] = {}
    holder = _child(element, "ЗначенияРеквизитов")
    for pair in holder if holder is not None else ():
        key, value = _text(_child(pair, "Наименование")), _text(_child(pair, "Значение"))
        if key:
            requisites[key] = value
    basis = []
    for child in element:
        if _local(child.tag) in ("Основание", "ДокументОснование"):
            values = (_text(child), _text(_child(child, "Ид")), _text(_child(child, "Номер")))
            basis.extend(t for t in values if t)
    basis.extend(requisites[k] for k in BASIS_REQUISITES if requisites.get(k))
    return StatusDoc(
        index=index,
        ident=_text(_child(element, "Ид")),
        number=_text(_child(element, "Номер")),
        operation=_text(_child(element, "ХозОперация")),
        requisites=requisites,
        basis=tuple(dict.fromkeys(basis)),
    )


def read_documents(path: Path) -> list[StatusDoc]:
    """Every ``Документ`` of the file (not those nested in another), in order."""
    found: list[StatusDoc] = []
    depth_in_doc = 0
    try:
        for event, element in ET.iterparse(str(path), events=("start", "end")):
            if _local(element.tag) != "Документ":
                continue
            if event == "start":
                depth_in_doc += 1
                continue
            depth_in_doc -= 1
            if depth_in_doc == 0:
                found.append(_document(len(found) + 1, element))
                element.clear()
    except (ET.ParseError, UnicodeError, ValueError) as exc:
        raise StatusFileError("export.statuses_unreadable", problem=str(exc)[:200]) from None
    return found
