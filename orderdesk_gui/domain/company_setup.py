"""A new company's first setup as plain data: its requisites, first administrator, departments, client
types and price columns, the defaults offered, and the checks every value passes (``setup.*`` codes).

Pure: the service (``services/setup.py``) checks again what the window or the command line checked
as the user typed, then writes it all in one transaction. Every refusal names the ``field`` it is
about (and the ``row`` of a list, counted from 1), so the window can put the cursor there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from orderdesk_gui.domain import departments as dept
from orderdesk_gui.domain import taxid
from orderdesk_gui.domain.text import storable
from orderdesk_gui.errors import CodedError


class SetupError(CodedError, ValueError):
    """A value the setup cannot take (``setup.*``, ``taxid.*`` and ``auth.*`` codes), with its ``field``."""


@dataclass(frozen=True)
class Requisites:
    """The company as its documents print it (the ``company.*`` settings)."""

    name: str = ""
    tax_id: str = ""  # BIN: 12 digits with its check digit
    address: str = ""
    phone: str = ""
    fax: str = ""
    email: str = ""
    bank: str = ""  # the bank's name
    account: str = ""  # the company's account (IIK, an IBAN: KZ and 18 characters)
    bik: str = ""  # the bank's identification code (BIC)


@dataclass(frozen=True)
class Administrator:
    login: str = ""
    full_name: str = ""
    password: str = field(default="", repr=False)


@dataclass(frozen=True)
class Entry:
    """A department, client type or price column: its code (what rules and files name) and name."""

    code: str
    name: str
    is_base: bool = False  # price columns: the base column (new clients buy at it; price lists print it)


# Client types: the codes the program's rules name are kept (routing: key_account; completion and
# fulfilment: regional; a new caller: retail); the names are the company's to change.
DEFAULT_CLIENT_TYPES: tuple[Entry, ...] = (
    Entry("retail", "Розница"),
    Entry("wholesale", "Оптовый клиент"),
    Entry("key_account", "Ключевой клиент"),
    Entry("regional", "Региональный клиент"),
    Entry("horeca", "HoReCa"),
)
DEFAULT_PRICE_COLUMNS: tuple[Entry, ...] = (
    Entry("RETAIL", "Розничная", is_base=True),
    Entry("WHOLESALE", "Оптовая"),
)
DEFAULT_DEPARTMENTS: tuple[Entry, ...] = tuple(Entry(code, name) for code, name in dept.DEFAULT_NAMES.items())
REQUIRED_DEPARTMENTS: tuple[str, ...] = dept.REQUIRED


@dataclass(frozen=True)
class CompanySetup:
    requisites: Requisites = Requisites()
    administrator: Administrator = Administrator()
    departments: tuple[Entry, ...] = DEFAULT_DEPARTMENTS
    client_types: tuple[Entry, ...] = DEFAULT_CLIENT_TYPES
    price_columns: tuple[Entry, ...] = DEFAULT_PRICE_COLUMNS


# The settings each requisite is kept under (config.py declares them; the database holds the company's).
SETTING_KEYS: dict[str, str] = {
    "name": "company.name",
    "tax_id": "company.tax_id",
    "address": "company.address",
    "phone": "company.phone",
    "fax": "company.fax",
    "email": "company.email",
    "bank": "company.bank",
    "account": "company.account",
    "bik": "company.bik",
}
LONGEST = {"name": 200, "address": 300, "phone": 64, "fax": 64, "email": 200, "bank": 200}
NAME_LONGEST = {"departments": 200, "client_types": 100, "price_columns": 100}
FULL_NAME_LONGEST = 200
CODE_LONGEST = 32
_CODE = re.compile(r"^[A-Za-z0-9_-]+$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_BIK = re.compile(r"^[A-Z0-9]{8,11}$")


def clean(text: object) -> str:
    """A typed value as a database stores it (no NUL, no half surrogate pair), trimmed; not text: ''."""
    return storable(text).strip() if isinstance(text, str) else ""


def _text(value: object, field_name: str, longest: int, *, required: bool = False, row: int = 0) -> str:
    where = {"field": field_name, **({"row": row} if row else {})}
    text = clean(value)
    if required and not text:
        raise SetupError("setup.empty", **where)
    if len(text) > longest:
        raise SetupError("setup.too_long", most=longest, given=len(text), **where)
    if any(ord(ch) < 32 for ch in text):
        raise SetupError("setup.control_character", **where)
    return text


def _account_ok(account: str) -> bool:
    """An IBAN (a Kazakh IIK is KZ and 18 characters) whose check digits agree (ISO 13616, mod 97)."""
    if not (15 <= len(account) <= 34 and account.isascii() and account.isalnum()):
        return False
    if not (account[:2].isalpha() and account[2:4].isdigit()):
        return False
    if account.startswith("KZ") and len(account) != 20:
        return False
    moved = account[4:] + account[:4]
    return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1


def check_requisites(req: Requisites) -> Requisites:
    """The requisites cleaned, or ``SetupError`` for the first bad one."""
    values = {key: _text(getattr(req, key), key, LONGEST[key], required=key == "name") for key in LONGEST}
    bin_ = clean(req.tax_id).replace(" ", "")
    problem = taxid.validation_error(bin_)
    if problem:
        raise SetupError(problem, field="tax_id")
    if values["email"] and not _EMAIL.match(values["email"]):
        raise SetupError("setup.bad_email", field="email")
    account = re.sub(r"\s+", "", clean(req.account)).upper()
    if account and not _account_ok(account):
        raise SetupError("setup.bad_account", field="account")
    bik = re.sub(r"\s+", "", clean(req.bik)).upper()
    if bik and not _BIK.match(bik):
        raise SetupError("setup.bad_bik", field="bik")
    return Requisites(tax_id=bin_, account=account, bik=bik, **values)


def check_administrator(admin: Administrator) -> Administrator:
    """The administrator's full name checked and cleaned; their login and password are the sign-in's
    rules (``services.auth``), checked there."""
    full_name = _text(admin.full_name, "full_name", FULL_NAME_LONGEST, required=True)
    return replace(admin, login=clean(admin.login), full_name=full_name)


def _entries(entries: object, field_name: str) -> tuple[Entry, ...]:
    if not isinstance(entries, tuple | list) or not entries:
        raise SetupError("setup.none_given", field=field_name)
    seen: set[str] = set()
    out = []
    for row, entry in enumerate(entries, 1):
        if not isinstance(entry, Entry):
            raise SetupError("setup.empty", field=field_name, row=row)
        code = clean(entry.code)
        if not code:
            raise SetupError("setup.empty_code", field=field_name, row=row)
        if len(code) > CODE_LONGEST or not _CODE.match(code):
            raise SetupError("setup.bad_code", field=field_name, row=row, code=code[:40], most=CODE_LONGEST)
        if code.casefold() in seen:
            raise SetupError("setup.code_twice", field=field_name, row=row, code=code)
        seen.add(code.casefold())
        name = _text(entry.name, field_name, NAME_LONGEST[field_name], required=True, row=row)
        out.append(Entry(code, name, bool(entry.is_base) if field_name == "price_columns" else False))
    return tuple(out)


def check_departments(entries: object) -> tuple[Entry, ...]:
    out = _entries(entries, "departments")
    missing = [code for code in REQUIRED_DEPARTMENTS if code not in {e.code for e in out}]
    if missing:
        raise SetupError("setup.department_missing", field="departments", codes=missing)
    return out


def check_client_types(entries: object) -> tuple[Entry, ...]:
    return _entries(entries, "client_types")


def check_price_columns(entries: object) -> tuple[Entry, ...]:
    out = _entries(entries, "price_columns")
    if sum(e.is_base for e in out) != 1:
        raise SetupError("setup.one_base_column", field="price_columns", given=sum(e.is_base for e in out))
    return out


def checked(setup: CompanySetup) -> CompanySetup:
    """The whole setup cleaned, or ``SetupError`` for the first bad value (in the window's order)."""
    if not isinstance(setup, CompanySetup):
        raise SetupError("setup.empty", field="name")
    return CompanySetup(
        requisites=check_requisites(setup.requisites),
        administrator=check_administrator(setup.administrator),
        departments=check_departments(setup.departments),
        client_types=check_client_types(setup.client_types),
        price_columns=check_price_columns(setup.price_columns),
    )
