"""The plain records an accounting file is read into, whatever its format (CommerceML, CSV, XLSX, the debt
statement). ``None`` in a field means the file does not say: the import keeps what the database has."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

KINDS = (
    "groups",
    "price_columns",
    "products",
    "prices",
    "stock",
    "clients",
    "contacts",
    "phones",
    "receivables",
    "promotions",
    "special_items",
    "invoiced_orders",
)


@dataclass(slots=True)
class Group:
    line: int
    key: str
    name: str
    parent_key: str | None = None


@dataclass(slots=True)
class PriceColumn:
    line: int
    key: str
    name: str
    currency: str = ""


@dataclass(slots=True)
class Product:
    line: int
    key: str
    code: str | None = None  # the article (Артикул), or the code column
    name: str | None = None
    unit: str | None = None
    barcode: str | None = None
    vat_rate: int | None = None
    group_key: str | None = None
    pack_size: Decimal | None = None
    weight_kg: Decimal | None = None
    deleted: bool = False  # 1C's ПометкаУдаления / Статус "Удален"


@dataclass(slots=True)
class Price:
    line: int
    product_key: str
    column_key: str  # a price column's key, or its name (CSV headers)
    price: Decimal


@dataclass(slots=True)
class Stock:
    line: int
    product_key: str
    quantity: Decimal


@dataclass(slots=True)
class Phone:
    number: str
    kind: str = "work"  # work / mobile / fax


@dataclass(slots=True)
class Contact:
    line: int
    client_key: str
    key: str
    name: str
    role: str | None = None
    email: str | None = None
    fax: str | None = None
    phones: list[Phone] = field(default_factory=list)


@dataclass(slots=True)
class Client:
    line: int
    key: str
    code: str | None = None
    name: str | None = None
    official_name: str | None = None
    tax_id: str | None = None
    client_type: str | None = None  # a client type's code or name
    price_column: str | None = None  # a price column's key, code or name
    credit_limit: Decimal | None = None
    payment_delay_days: int | None = None
    region: str | None = None
    city: str | None = None
    legal_address: str | None = None
    delivery_address: str | None = None
    manager: str | None = None  # a user's login or full name
    email: str | None = None
    phones: list[Phone] | None = None  # None: the file does not list phones
    deleted: bool = False


@dataclass(slots=True)
class Receivable:
    line: int
    client_key: str  # the client's key, code or BIN/IIN
    document: str
    doc_date: dt.date
    amount: Decimal
    paid_amount: Decimal = Decimal("0.00")
    due_date: dt.date | None = None  # None: the document's date plus the client's payment delay
    order_ref: str | None = None  # an OrderDesk order's number or UUID this document invoices


@dataclass(slots=True)
class Promotion:
    line: int
    key: str
    name: str
    starts: dt.date
    ends: dt.date
    product_key: str | None  # None: a note-only promotion
    special_price: Decimal | None = None
    note: str = ""
    kind: str = "price"  # price / special / note
    client_type: str | None = None  # for clients of this type only (special items)
    region: str = ""  # for clients of this region only


@dataclass(slots=True)
class InvoicedOrder:
    """Accounting's document (an invoice, a shipment) names an OrderDesk order: it is invoiced."""

    line: int
    order_ref: str
    when: dt.datetime | None = None


@dataclass(slots=True)
class RejectedRow:
    line: int
    code: str
    params: dict


@dataclass
class Package:
    """What one file holds: its records by kind, the rows it refused, whether it lists everything of its
    kinds (a full import deactivates what it does not list) or only changes."""

    kind: str  # commerceml / csv / xlsx / debt_statement
    records: dict[str, list] = field(default_factory=dict)
    rejects: list[RejectedRow] = field(default_factory=list)
    changes_only: bool = True
    as_of: dt.datetime | None = None  # when accounting made it (ДатаФормирования), naive local

    def add(self, kind: str, record) -> None:
        self.records.setdefault(kind, []).append(record)

    def reject(self, line: int, code: str, **params) -> None:
        self.rejects.append(RejectedRow(line, code, params))
