"""Phone numbers: parse any common writing to E.164 with Google's libphonenumber (``phonenumbers``)."""

from __future__ import annotations

import phonenumbers

from orderdesk_gui.errors import CodedError

DEFAULT_REGION = "KZ"


class PhoneError(CodedError, ValueError):
    """Not a possible phone number: ``phone.empty``, ``phone.not_a_number``, ``phone.digits``."""


_PUNCTUATION = str.maketrans("", "", " -().\u00a0")


def _plain(text: str, region: str) -> str | None:
    """The E.164 form of the two writings an import meets 280,000 times (``+7 ...`` and ``8 ...`` with
    ten digits, in Kazakhstan or Russia) without parsing: the same answer as libphonenumber (a test
    compares them), 60 times faster. None: let libphonenumber read it."""
    if region not in ("KZ", "RU"):
        return None
    digits = text.translate(_PUNCTUATION)
    if len(digits) == 12 and digits.startswith("+7") and digits[2:].isascii() and digits[2:].isdigit():
        return digits
    if len(digits) == 11 and digits[0] == "8" and digits[1] != "1" and digits.isascii() and digits.isdigit():
        return "+7" + digits[1:]
    return None


def to_e164(raw: str, region: str = DEFAULT_REGION) -> str:
    """``+7 701 123 45 67``, ``8 (701) 123-45-67`` and ``87011234567`` all give ``+77011234567``."""
    text = (raw or "").strip()
    if not text:
        raise PhoneError("phone.empty")
    plain = _plain(text, region)
    if plain is not None:
        return plain
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        raise PhoneError("phone.not_a_number", number=text) from None
    if not phonenumbers.is_possible_number(number):
        raise PhoneError("phone.digits", number=text)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def try_e164(raw: str, region: str = DEFAULT_REGION) -> str | None:
    """E.164 form, or None when the text is not a possible phone number."""
    try:
        return to_e164(raw, region)
    except PhoneError:
        return None


def looks_like_phone(text: str) -> bool:
    """True when the text is mostly digits and phone punctuation (so search by phone)."""
    stripped = "".join(ch for ch in text if ch not in " +-()")
    return len(stripped) >= 5 and stripped.isdigit()


PHONE_PUNCTUATION = " +-()."


def typed_digits(text: str) -> str:
    """The digits of a text written only with digits and phone punctuation ("775 211", "8 (701) 21"),
    else "" (a name, a code, a fragment with letters): what a part-of-a-number search looks for."""
    stripped = "".join(ch for ch in text if ch not in PHONE_PUNCTUATION)
    return stripped if stripped.isascii() and stripped.isdigit() else ""


def display(e164: str, region: str = DEFAULT_REGION) -> str:
    """Readable international form, e.g. ``+7 701 123 4567``."""
    try:
        number = phonenumbers.parse(e164, region)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
