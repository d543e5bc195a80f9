"""Display formats for the UI: money with Babel for the chosen locale, local times, durations."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from orderdesk_gui import clock


def qdate(day: dt.date):
    """A day for a date editor (``QDate``)."""
    from PySide6.QtCore import QDate

    return QDate(day.year, day.month, day.day)


def money(value: Decimal | None, lang: str | None = None) -> str:
    """``1 234 567,50 ₸`` (ru, kk), ``1,234,567.50 ₸`` (en): the one money format of the program, shared
    with printed documents and messages (``printing.labels.money``), in the interface language."""
    if value is None:
        return ""
    from orderdesk_gui.printing import labels
    from orderdesk_gui.ui import messages

    return labels.money(value, lang or messages.language())


def quantity(value: Decimal | None, lang: str | None = None) -> str:
    """A quantity, pack size, stock or weight: up to three decimals, none when whole, grouped in the
    interface language (``1 234,5`` in ru/kk, ``1,234.5`` in en)."""
    if value is None:
        return ""
    from orderdesk_gui.printing import labels
    from orderdesk_gui.ui import messages

    return labels.quantity(value, lang or messages.language())


def percent(value: Decimal | None, lang: str | None = None) -> str:
    """A percentage without its sign, up to two decimals (``7,5`` in ru/kk)."""
    if value is None:
        return ""
    from orderdesk_gui.printing import labels
    from orderdesk_gui.ui import messages

    return labels.percent(value, lang or messages.language())


def local_time(utc: dt.datetime | None) -> str:
    """A stored naive-UTC time in the office's zone, as HH:MM."""
    if utc is None:
        return ""
    return clock.to_local(utc).strftime("%H:%M")


def local_date(utc: dt.datetime | None) -> str:
    if utc is None:
        return ""
    return clock.to_local(utc).strftime("%d.%m.%Y")


def day_month(day: dt.date, lang: str | None = None, year: bool = False) -> str:
    """A day with the month's short name in the interface language: ``2 Dec``, ``2 дек.``, ``2 жел.``
    (with the year when ``year``)."""
    from babel.dates import format_date

    from orderdesk_gui.printing import labels
    from orderdesk_gui.ui import messages

    locale = labels._locale(lang or messages.language())
    return format_date(day, "d MMM y" if year else "d MMM", locale=locale)


def count(value: int, lang: str | None = None) -> str:
    """A whole number grouped in the interface language (``2,000`` in en, ``2 000`` in ru/kk)."""
    return quantity(Decimal(value), lang)


def duration(seconds: int | None) -> str:
    if seconds is None:
        return "…"
    minutes, sec = divmod(int(seconds), 60)
    return f"{minutes}:{sec:02d}"


def prepare() -> None:
    """Load the number formats (Babel and its locale data, about 0.1 s) before the first card needs them:
    run on the worker while the sign-in dialog waits, so the first screen pop of a shift is not the slow
    one."""
    money(Decimal(0))
    quantity(Decimal(0))
    percent(Decimal(0))
