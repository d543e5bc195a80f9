"""Display formats for the UI: money with Babel for the chosen locale, local times, durations."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import lru_cache

from orderdesk_gui import clock

CURRENCY = "KZT"


@lru_cache(maxsize=8)
def _locale(name: str):
    from babel import Locale

    return Locale.parse(name)


def money(value: Decimal | None, locale: str = "ru_KZ") -> str:
    """``1 234 567,50 ₸`` in Russian/Kazakh locales (CLDR rules via Babel)."""
    if value is None:
        return ""
    from babel.numbers import format_currency

    return format_currency(value, CURRENCY, locale=_locale(locale))


def local_time(utc: dt.datetime | None) -> str:
    """A stored naive-UTC time in the office's zone, as HH:MM."""
    if utc is None:
        return ""
    return clock.to_local(utc).strftime("%H:%M")


def local_date(utc: dt.datetime | None) -> str:
    if utc is None:
        return ""
    return clock.to_local(utc).strftime("%d.%m.%Y")


def duration(seconds: int | None) -> str:
    if seconds is None:
        return "…"
    minutes, sec = divmod(int(seconds), 60)
    return f"{minutes}:{sec:02d}"
