"""Callback rules (D1): when a request is due, what a failed attempt does, and times typed by people.

Pure: no clock, no database. Times stored are naive UTC; times typed by an
operator or a web form are local (``now_local`` carries the zone) and are
converted here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from orderdesk_gui.errors import CodedError

OPEN, DONE, ESCALATED, CANCELLED = "open", "done", "escalated", "cancelled"


class CallbackTimeError(CodedError, ValueError):
    """A time or time window that cannot be read (``callback.*`` codes)."""


HORIZON_DAYS = 366  # a callback further ahead (or back) than this is a typing mistake


def _checked_moment(moment: dt.datetime, now_local: dt.datetime, raw: str) -> dt.datetime:
    """A moment that can be stored (it has a UTC form) within ``HORIZON_DAYS`` of now."""
    try:
        moment.astimezone(dt.UTC)
    except (OverflowError, ValueError):
        raise CallbackTimeError("callback.time_out_of_range", text=raw) from None
    if moment - now_local > dt.timedelta(days=HORIZON_DAYS):
        raise CallbackTimeError("callback.time_too_far_ahead", text=raw, days=HORIZON_DAYS)
    if now_local - moment > dt.timedelta(days=HORIZON_DAYS):
        raise CallbackTimeError("callback.time_too_far_back", text=raw, days=HORIZON_DAYS)
    return moment


@dataclass(frozen=True)
class CallbackPolicy:
    """How often a callback is tried before it goes to the head of sales."""

    max_attempts: int = 3
    retry_minutes: int = 30

    def __post_init__(self) -> None:
        if self.max_attempts < 1 or self.retry_minutes < 1:
            raise ValueError("A callback policy needs at least one attempt and one minute between them.")


def due_at(window_start: dt.datetime, next_attempt_at: dt.datetime | None) -> dt.datetime:
    """The moment a request comes up: its window start, or later after a failed attempt."""
    if next_attempt_at is None:
        return window_start
    return max(window_start, next_attempt_at)


def _field(item: Any, name: str) -> Any:
    if isinstance(item, Mapping):
        return item.get(name)
    return getattr(item, name, None)


def is_due(item_or_fields: Any, now: dt.datetime) -> bool:
    """An open request whose due moment has come (``now`` naive UTC).

    Takes anything with ``status``, ``window_start`` and ``next_attempt_at`` (a
    ``CallbackItem``, a model row or a dict); a missing status counts as open.
    """
    status = _field(item_or_fields, "status") or OPEN
    if status != OPEN:
        return False
    start = _field(item_or_fields, "window_start")
    if start is None:
        return False
    return due_at(start, _field(item_or_fields, "next_attempt_at")) <= now


def after_failed_attempt(
    attempts_before: int, policy: CallbackPolicy, now: dt.datetime
) -> tuple[str, dt.datetime | None]:
    """No answer or busy: ("open", next try) or ("escalated", None) once the limit is reached."""
    attempts = attempts_before + 1
    if attempts >= policy.max_attempts:
        return ESCALATED, None
    return OPEN, now + dt.timedelta(minutes=policy.retry_minutes)


# --- reading times typed by people ----------------------------------------------------

_TIME = r"(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?"
_RELATIVE = re.compile(
    r"^\+\s*(?P<n>\d{1,4})\s*(?P<unit>m|min|mins|minutes?|м|мин|минут[аы]?|h|hours?|ч|час(?:а|ов)?|d|days?|д|дн(?:я|ей)?|день)$",
    re.IGNORECASE,
)
_DAY_WORDS = {
    "today": 0,
    "сегодня": 0,
    "бүгін": 0,
    "tomorrow": 1,
    "завтра": 1,
    "ертең": 1,
    "послезавтра": 2,
}
_DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%d.%m.%y", "%d.%m")


def _clock(text: str) -> dt.time | None:
    match = re.fullmatch(_TIME, text.strip())
    if match is None:
        return None
    hour, minute = int(match["h"]), int(match["m"] or 0)
    if hour > 23 or minute > 59:
        raise CallbackTimeError("callback.not_a_time_of_day", text=text.strip())
    return dt.time(hour, minute)


def _date(text: str, today: dt.date) -> dt.date | None:
    word = text.strip().lower()
    if word in _DAY_WORDS:
        return today + dt.timedelta(days=_DAY_WORDS[word])
    for fmt in _DATE_FORMATS:
        try:
            parsed = dt.datetime.strptime(word, fmt).date()
        except ValueError:
            continue
        if fmt == "%d.%m":
            parsed = parsed.replace(year=today.year)
        return parsed
    return None


def _local(day: dt.date, clock: dt.time, now_local: dt.datetime) -> dt.datetime:
    naive = dt.datetime.combine(day, clock)
    return naive.replace(tzinfo=now_local.tzinfo).astimezone(now_local.tzinfo)


def parse_when(text: str, now_local: dt.datetime) -> dt.datetime:
    """Read a moment typed by a person; the answer is aware, in ``now_local``'s zone.

    Accepts ``14:30`` (today), ``2026-11-23 14:30``, ``23.11.2026 14:30``,
    ``завтра 10:00`` / ``tomorrow 10:00``, ``+2h`` / ``+30m`` / ``+1d`` (also
    ``+2ч``, ``+30мин``), and ISO 8601 with an offset (``2026-11-23T14:30+05:00``).
    A moment out of range or more than ``HORIZON_DAYS`` ahead or back raises ``CallbackTimeError``.
    """
    if now_local.tzinfo is None:
        raise ValueError("now_local must carry its time zone")
    raw = (text or "").strip()
    try:
        moment = _parse_when(raw, now_local)
    except OverflowError:
        raise CallbackTimeError("callback.time_out_of_range", text=raw) from None
    return _checked_moment(moment, now_local, raw)


def _parse_when(raw: str, now_local: dt.datetime) -> dt.datetime:
    if not raw:
        raise CallbackTimeError("callback.time_empty")
    relative = _RELATIVE.match(raw)
    if relative:
        n, unit = int(relative["n"]), relative["unit"].lower()
        if unit[0] in "mм":
            delta = dt.timedelta(minutes=n)
        elif unit[0] in "hч":
            delta = dt.timedelta(hours=n)
        else:
            delta = dt.timedelta(days=n)
        return now_local + delta
    if "T" in raw or re.search(r"[+-]\d{2}:?\d{2}$|Z$", raw) and re.match(r"\d{4}-", raw):
        try:
            parsed = dt.datetime.fromisoformat(raw.replace("Z", "+00:00"))
        except ValueError:
            parsed = None
        if parsed is not None:
            if parsed.tzinfo is None:
                return parsed.replace(tzinfo=now_local.tzinfo).astimezone(now_local.tzinfo)
            return parsed.astimezone(now_local.tzinfo)
    parts = raw.split()
    today = now_local.date()
    if len(parts) == 1:
        clock = _clock(parts[0])
        if clock is not None:
            return _local(today, clock, now_local)
        day = _date(parts[0], today)
        if day is not None:
            return _local(day, dt.time(9, 0), now_local)
    elif len(parts) == 2:
        day = _date(parts[0], today)
        clock = _clock(parts[1])
        if day is not None and clock is not None:
            return _local(day, clock, now_local)
    raise CallbackTimeError("callback.time_unreadable", text=raw)


def to_utc_naive(moment: dt.datetime) -> dt.datetime:
    """The storage form of an aware moment (``CallbackTimeError`` when it has none in UTC)."""
    if moment.tzinfo is None:
        raise ValueError("an aware datetime is needed")
    try:
        return moment.astimezone(dt.UTC).replace(tzinfo=None)
    except OverflowError:
        raise CallbackTimeError("callback.time_out_of_range", text=moment.isoformat()) from None


_WINDOW = re.compile(
    r"^(?P<prefix>.*?)(?:(?<=\s)|^)(?:с\s+|from\s+)?(?P<a>\d{1,2}(?:[:.]\d{2})?)\s*(?:[-–—]|до|to)\s*(?P<b>\d{1,2}(?:[:.]\d{2})?)$",
    re.IGNORECASE,
)


def parse_window(text: str, now_local: dt.datetime) -> tuple[dt.datetime, dt.datetime | None]:
    """A preferred time window typed in local time, as naive UTC ``(start, end or None)``.

    ``14:00-16:00`` (today, or tomorrow when today's window is over), ``завтра 14:00-16:00``,
    ``2026-11-23 14-16``,
    ``с 14 до 16``, or a single moment in any form ``parse_when`` reads (no end).
    An empty text means "now".
    """
    raw = (text or "").strip()
    if not raw:
        return to_utc_naive(now_local), None
    try:
        return _parse_window(raw, now_local)
    except OverflowError:
        raise CallbackTimeError("callback.time_out_of_range", text=raw) from None


def _parse_window(raw: str, now_local: dt.datetime) -> tuple[dt.datetime, dt.datetime | None]:
    match = _WINDOW.match(raw)
    if match is not None:
        prefix = match["prefix"].strip()
        day = now_local.date() if not prefix else _date(prefix, now_local.date())
        if day is None:
            raise CallbackTimeError("callback.window_day_unreadable", day=prefix, text=raw)
        start_clock, end_clock = _clock(match["a"]), _clock(match["b"])
        assert start_clock is not None and end_clock is not None
        if not prefix and _local(day, end_clock, now_local) <= now_local:
            day += dt.timedelta(days=1)  # "14:00-16:00" typed at 17:00 means tomorrow's window
        start = _checked_moment(_local(day, start_clock, now_local), now_local, raw)
        end = _checked_moment(_local(day, end_clock, now_local), now_local, raw)
        if end <= start:
            raise CallbackTimeError("callback.window_ends_before_start", text=raw)
        return to_utc_naive(start), to_utc_naive(end)
    return to_utc_naive(parse_when(raw, now_local)), None
