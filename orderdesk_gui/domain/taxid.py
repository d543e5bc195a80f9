"""Kazakhstan business and individual identification numbers (BIN/IIN): 12 digits with a check digit."""

from __future__ import annotations

_W1 = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
_W2 = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)


def check_digit(first11: str) -> int | None:
    """The twelfth digit for 11 digits, or None when no digit makes the number valid."""
    digits = [int(c) for c in first11]
    value = sum(d * w for d, w in zip(digits, _W1, strict=True)) % 11
    if value == 10:
        value = sum(d * w for d, w in zip(digits, _W2, strict=True)) % 11
    return None if value == 10 else value


def is_valid(tax_id: str) -> bool:
    text = (tax_id or "").strip()
    if len(text) != 12 or not text.isdigit():
        return False
    return check_digit(text[:11]) == int(text[11])


def validation_error(tax_id: str) -> str | None:
    """What is wrong as a code (``taxid.digits``, ``taxid.check_digit``); None for a valid BIN/IIN."""
    text = (tax_id or "").strip()
    if not text.isdigit() or len(text) != 12:
        return "taxid.digits"
    if not is_valid(text):
        return "taxid.check_digit"
    return None
