"""Plain data the documents are made from: filled by ``services.documents``, rendered by ``printing``.

No Qt, no database: every field is already a value (money as ``Decimal``,
dates as ``date``/``datetime`` in local time, texts as the operator's language).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from decimal import Decimal

from orderdesk_gui.printing.fonts import printable


def _printable_texts(cls):
    """Every text field of a document's data is cut to what the document fonts can draw (an emoji in a
    client's name or a comment would print as an empty box), once, when the data is made."""
    made = cls.__init__

    def __init__(self, *args, **kwargs):  # noqa: N807
        made(self, *args, **kwargs)
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, str) and not value.isascii():
                object.__setattr__(self, f.name, printable(value))

    cls.__init__ = __init__
    return cls


@_printable_texts
@dataclass(frozen=True)
class Company:
    name: str
    address: str
    phone: str
    fax: str
    tax_id: str
    email: str = ""
    logo_path: str = ""  # an image file, or '' for none
    terms: str = ""  # printed under the order confirmation
    account: str = ""  # the company's bank account (IIK)
    bik: str = ""  # its bank's code (BIC)
    bank: str = ""  # its bank's name


@_printable_texts
@dataclass(frozen=True)
class ClientParty:
    code: str
    name: str
    tax_id: str = ""
    legal_address: str = ""
    delivery_address: str = ""
    phone: str = ""
    contact_name: str = ""
    contact_email: str = ""
    fax: str = ""


@_printable_texts
@dataclass(frozen=True)
class DocLine:
    no: int
    code: str
    name: str
    unit: str
    quantity: Decimal
    price: Decimal  # unit price paid
    discount_pct: Decimal  # against the base column, 0 when none
    amount: Decimal
    vat_rate: int = 12  # percent, included in the price
    weight_kg: Decimal = Decimal("0")  # of the whole line


@_printable_texts
@dataclass(frozen=True)
class OrderDoc:
    """An accepted order as printed on its confirmation and its fax sheet."""

    number: str
    date: dt.date
    client: ClientParty
    lines: tuple[DocLine, ...]
    total: Decimal
    discount_total: Decimal
    vat_by_rate: tuple[tuple[int, Decimal], ...]  # (rate %, VAT included), ascending by rate
    weight_kg: Decimal
    delivery_date: dt.date | None = None
    delivery_address: str = ""
    receiver: str = ""
    payment_form: str = ""  # already in words
    documents: str = ""
    pickup_date: dt.date | None = None  # regional clients (D13)
    shipping_details: str = ""
    operator_name: str = ""
    comment: str = ""
    currency: str = "KZT"

    @property
    def line_count(self) -> int:
        return len(self.lines)


@_printable_texts
@dataclass(frozen=True)
class FaxCover:
    to_name: str  # the client
    to_contact: str
    to_fax: str
    from_name: str  # the operator
    from_company: str
    from_fax: str
    from_phone: str
    sent_at: dt.datetime  # local
    message: str = ""


@_printable_texts
@dataclass(frozen=True)
class PriceRow:
    code: str
    name: str
    unit: str
    pack_size: Decimal
    price: Decimal  # in the client's column, or the promotion price when better
    base_price: Decimal | None = None  # shown struck when a promotion applies
    note: str = ""  # "new", "promotion until 30.11" ...


@_printable_texts
@dataclass(frozen=True)
class PriceGroup:
    name: str
    rows: tuple[PriceRow, ...]


@_printable_texts
@dataclass(frozen=True)
class PriceListDoc:
    title: str
    date: dt.date
    price_column: str
    client: ClientParty | None
    groups: tuple[PriceGroup, ...]
    currency: str = "KZT"
    note: str = ""  # e.g. "only promotions", "new products"


@_printable_texts
@dataclass(frozen=True)
class ReferenceRow:
    code: str
    name: str
    unit: str
    pack_size: Decimal
    certificate_ref: str
    shelf_life_days: int | None
    weight_kg: Decimal
    barcode: str = ""


@_printable_texts
@dataclass(frozen=True)
class ReferenceDoc:
    title: str
    date: dt.date
    rows: tuple[ReferenceRow, ...]
    client: ClientParty | None = None


@_printable_texts
@dataclass(frozen=True)
class ReportRow:
    label: str
    values: tuple[str, ...]  # already formatted


@_printable_texts
@dataclass(frozen=True)
class DailyReportDoc:
    """The call and order figures of a day (or period) for department heads (D25)."""

    title: str
    period: str  # already formatted, e.g. "20.11.2026"
    operator_name: str  # '' for the whole desk
    summary: tuple[tuple[str, str], ...]  # (label, formatted value)
    tables: tuple[tuple[str, tuple[str, ...], tuple[ReportRow, ...]], ...] = ()  # (title, header, rows)
    chart_title: str = ""
    chart: tuple[tuple[str, int], ...] = ()  # (label, value), e.g. calls by hour
    generated_at: dt.datetime | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)
