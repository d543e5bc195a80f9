"""Display formats for the UI: money with Babel for the chosen locale, local times, durations."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from orderdesk_gui import clock


def money(value: Decimal | None, lang: str | None = None) -> str:
    """``1 234 567,50 ₸`` (ru, kk), ``1,234,567.50 ₸`` (en): the one money format of the program, shared
    with printed documents and messages (``printing.labels.money``), in the interface language."""
    if value is None:
        return ""
    from orderdesk_gui.printing import labels
    from orderdesk_gui.ui import messages

    return labels.money(value, lang or messages.language())


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
