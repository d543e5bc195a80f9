"""Reading the values accounting writes: amounts with comma decimals and (non-breaking) space thousands,
dates in the formats 1C and Excel use, identifiers, flags; a bad value raises ``Refused`` with a code."""

from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from orderdesk_gui.domain.text import storable
from orderdesk_gui.errors import CodedError

# The most an amount or a quantity may be (a money column holds minor units in a 64-bit integer; an
# amount of a billion billions is a typing slip or an attack, never a debt).
HIGHEST = Decimal("999999999999.99")
_SPACES = re.compile(r"[\s\u00a0\u202f\u2007']+")
_DATE_FORMATS = ("%d.%m.%Y", "%Y-%m-%d", "%d.%m.%y", "%d/%m/%Y", "%Y%m%d")
LONGEST_TEXT = 1000


class Refused(CodedError):
    """A row or a file accounting sent cannot be read: an ``exchange.*`` code and what was seen."""


def shown(value: object, longest: int = 60) -> str:
    """A value as a message may quote it: printable, at most ``longest`` characters."""
    text = "".join(ch if ch.isprintable() else "?" for ch in str(value))
    return text if len(text) <= longest else text[: longest - 1] + "…"


def text(value: object, longest: int = 300, field: str = "") -> str:
    """A text field: trimmed, storable on both databases, refused when longer than ``longest``."""
    if value is None:
        return ""
    result = storable(str(value)).strip()
    result = " ".join(result.split()) if "\n" not in result else result
    if len(result) > longest:
        raise Refused("exchange.too_long", field=field, longest=longest, length=len(result))
    return result


def amount(value: object, field: str = "", places: int = 2) -> Decimal:
    """``1 234,50``, ``1 234.5``, ``1234``, ``-5,00`` (a thin or non-breaking space, an apostrophe as the
    thousands separator; comma or point decimals), an Excel number; refused: NaN, infinity, ``1e400``,
    more than ``HIGHEST``. More decimal places than ``places`` (1C writes prices as ``105.0000``, some
    with a fourth significant place) are rounded half up, as 1C rounds."""
    if isinstance(value, bool):
        raise Refused("exchange.bad_number", field=field, value=shown(value))
    if isinstance(value, Decimal | int):
        number = Decimal(value)
    elif isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise Refused("exchange.bad_number", field=field, value=shown(value))
        number = Decimal(repr(value))
    else:
        raw = _SPACES.sub("", str(value or ""))
        if not raw:
            raise Refused("exchange.missing_value", field=field)
        if "," in raw and "." in raw:  # 1.234,50 or 1,234.50: the last one is the decimal mark
            thousands = "." if raw.rfind(",") > raw.rfind(".") else ","
            raw = raw.replace(thousands, "")
        raw = raw.replace(",", ".")
        if not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)", raw):
            raise Refused("exchange.bad_number", field=field, value=shown(value))
        try:
            number = Decimal(raw)
        except InvalidOperation:
            raise Refused("exchange.bad_number", field=field, value=shown(value)) from None
    if not number.is_finite() or abs(number) > HIGHEST:
        raise Refused("exchange.bad_number", field=field, value=shown(value))
    return number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def optional_amount(value: object, field: str = "", places: int = 2) -> Decimal | None:
    if value is None or (isinstance(value, str) and not _SPACES.sub("", value)):
        return None
    return amount(value, field, places)


def whole(value: object, field: str = "", lowest: int = 0, highest: int = 100000) -> int:
    """A whole number (days, a percent): ``30``, ``30,0``; refused outside ``lowest``..``highest``."""
    number = amount(value, field, places=4)
    if number != number.to_integral_value() or not lowest <= number <= highest:
        raise Refused(
            "exchange.bad_whole_number", field=field, value=shown(value), lowest=lowest, highest=highest
        )
    return int(number)


def date(value: object, field: str = "") -> dt.date:
    """``04.12.2026``, ``2026-12-04``, ``04.12.26``, ``2026-12-04T10:15:00`` (1C), an Excel date."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    raw = str(value or "").strip()
    if not raw:
        raise Refused("exchange.missing_value", field=field)
    head = raw.split("T")[0].split(" ")[0]
    for form in _DATE_FORMATS:
        try:
            day = dt.datetime.strptime(head, form).date()
        except ValueError:
            continue
        if 1990 <= day.year <= 2200:
            return day
    raise Refused("exchange.bad_date", field=field, value=shown(value))


def optional_date(value: object, field: str = "") -> dt.date | None:
    if value is None or not str(value).strip():
        return None
    return date(value, field)


def flag(value: object, field: str = "") -> bool:
    """Yes/no as people and 1C write it: да/нет, иә/жоқ, true/false, 1/0, x."""
    raw = str(value if value is not None else "").strip().casefold()
    if raw in ("1", "да", "д", "yes", "y", "true", "истина", "x", "+", "иә", "оплачен", "оплачено"):
        return True
    if raw in ("", "0", "нет", "н", "no", "n", "false", "ложь", "-", "жоқ"):
        return False
    raise Refused("exchange.bad_flag", field=field, value=shown(value))


def vat(value: object, field: str = "vat_rate") -> int:
    """A VAT rate: ``12``, ``12%``, ``0,12``-free forms people write; "Без НДС" / "без налога" is 0."""
    folded = str(value if value is not None else "").strip().casefold().rstrip("%").strip()
    if folded in ("без ндс", "без налога", "ққс жоқ", "ққс-сыз", "-", "", "no vat"):
        return 0
    return whole(folded, field, 0, 100)


def tax_id(value: object, field: str = "tax_id") -> str | None:
    """A BIN/IIN (12 digits) or a Russian INN (10 or 12 digits); spaces dropped; '' -> None. Excel keeps a
    BIN typed as a number without its leading zero: 11 (or 9) digits from a number cell get it back."""
    if isinstance(value, int | float) and not isinstance(value, bool) and value == int(value) and value > 0:
        digits = str(int(value))
        value = digits.zfill(12) if len(digits) == 11 else digits.zfill(10) if len(digits) == 9 else digits
    raw = re.sub(r"[\s\u00a0-]", "", str(value or ""))
    if not raw:
        return None
    if not raw.isdigit() or len(raw) not in (10, 12):
        raise Refused("exchange.bad_tax_id", field=field, value=shown(value))
    return raw


def identifier(value: object, field: str = "id") -> str:
    """Accounting's identifier of a record (1C's ``Ид``, a code): trimmed, at most 80 characters."""
    raw = text(value, 80, field)
    if not raw:
        raise Refused("exchange.missing_value", field=field)
    return raw
