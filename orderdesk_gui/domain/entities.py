"""Plain data handed from the database layer to services and the UI (no peewee rows above db/)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from orderdesk_gui.domain.states import ClientStatus


@dataclass(frozen=True)
class UserInfo:
    id: int
    login: str
    full_name: str
    role: str
    department: str = ""
    presence: str = "available"
    absent_until: dt.date | None = None
    must_change_password: bool = False  # an administrator reset it: a new one before the desk opens
    head_of: int | None = None  # the department this person heads (reads its people), if any
    # Proof of sign-in, issued by the auth service and checked by every service that acts for a user:
    # a UserInfo made up by a caller has none, and copying one with another role does not help.
    session: str = field(default="", repr=False, compare=False)


@dataclass(frozen=True)
class ClientHit:
    """One line of the search-as-you-type list."""

    id: int
    code: str
    name: str
    city: str
    type_name: str
    status: str
    matched_phone: str = ""
    debt: str = ""  # DebtLevel value (green, amber, red), '' when not computed
    credit_limit: Decimal | None = None  # read with the hit: its debt level needs no second look at it


@dataclass(frozen=True)
class ContactInfo:
    name: str
    role: str
    phones: tuple[str, ...]
    email: str
    fax: str
    can_receive_goods: bool


@dataclass(frozen=True)
class OrderBrief:
    id: int
    number: str
    created_at: dt.datetime
    status: str
    total: Decimal
    line_count: int
    invoiced: bool = False  # accounting invoiced it (it no longer counts in the exposure as an order)
    cancel_reason: str = ""


@dataclass(frozen=True)
class ClientCard:
    id: int
    code: str
    name: str
    tax_id: str
    type_code: str
    type_name: str
    status: str
    region: str
    city: str
    delivery_address: str
    shipping_details: str
    notes: str
    price_column: str
    credit_limit: Decimal
    payment_delay_days: int
    manager_name: str = ""
    manager_presence: str = ""
    manager_absent_until: dt.date | None = None
    contacts: tuple[ContactInfo, ...] = ()
    last_orders: tuple[OrderBrief, ...] = ()  # placed orders (accepted, delivered), newest first
    last_cancelled: OrderBrief | None = None  # the latest cancelled order, shown apart
    manager_id: int | None = None
    has_orders: bool = False

    @property
    def is_new(self) -> bool:
        """A client calling for the first time, or with no manager assigned yet (D3, D15)."""
        return self.status == ClientStatus.POTENTIAL or self.manager_id is None or not self.has_orders
