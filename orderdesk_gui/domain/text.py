"""Normalising text for search: case folded, ё→е, spaces collapsed (Cyrillic and Kazakh aware)."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
_TOKEN = re.compile(r"\w+", re.UNICODE)
# Letters an operator types interchangeably. Kazakh letters (әғқңөұүһі) stay
# themselves: ә is not а, and a client named «Әлем» is found by «әлем».
_FOLD = str.maketrans({"ё": "е", "Ё": "е"})


def normalize(text: str | None) -> str:
    """Lower-case, NFC, ё→е, one space between words."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text).translate(_FOLD).casefold()
    return _SPACES.sub(" ", text).strip()


def tokens(text: str | None) -> list[str]:
    """Word tokens of the normalised text (letters and digits), in order."""
    return _TOKEN.findall(normalize(text))


def search_text(*parts: str | None) -> str:
    """The stored search column: the word tokens of every part, space separated.

    Punctuation (quotes «», dots, dashes) is dropped so every word starts after a
    space, which both FTS5 prefixes and PostgreSQL ``LIKE '% word%'`` rely on.
    """
    return " ".join(t for part in parts for t in tokens(part))


def storable(text: str) -> str:
    """``text`` as every database takes it: PostgreSQL refuses a NUL character (SQLite keeps it), and
    no driver can encode half a surrogate pair; both are left out, so a text is stored, and searched
    for, the same way on either."""
    if text.isascii() and "\x00" not in text:
        return text
    text = text.replace("\x00", "")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-8", "ignore").decode("utf-8")
    return text


def typed(text: str | None, longest: int = 200) -> str:
    """What was typed or pasted into a search, as a database can take it (``storable``), at most
    ``longest`` characters, trimmed."""
    return storable(text or "")[:longest].strip()
