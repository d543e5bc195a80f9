"""Phone numbers: parse any common writing to E.164 with Google's libphonenumber (``phonenumbers``)."""

from __future__ import annotations

import phonenumbers

from orderdesk_gui.errors import CodedError

DEFAULT_REGION = "KZ"


class PhoneError(CodedError, ValueError):
    """Not a possible phone number: ``phone.empty``, ``phone.not_a_number``, ``phone.digits``."""


def to_e164(raw: str, region: str = DEFAULT_REGION) -> str:
    """``+7 701 123 45 67``, ``8 (701) 123-45-67`` and ``87011234567`` all give ``+77011234567``."""
    text = (raw or "").strip()
    if not text:
        raise PhoneError("phone.empty")
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
