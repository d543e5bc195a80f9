"""The program's one clock: today and now, in UTC and in the office's time zone, and the conversions.

Every layer that needs a business date or time asks this module; nothing else in
``orderdesk_gui`` reads the system's clock (``tests/test_clock.py`` enforces it). ``domain/``
stays pure and is handed ``today`` or ``now`` by its callers.

Storage convention: moments are stored as naive UTC datetimes. The office's time zone (the
``office.timezone`` setting, an IANA name such as ``Asia/Almaty``; empty: the machine's own
zone) turns them into local time for people, and local days into UTC ranges for queries.

The clock runs on the system's time unless it is started at another moment: ``orderdesk
--as-of DATE`` (a training or demo database built for a day behaves the same whenever it is
opened) and the tests, which start it at the demo's day. Such a clock runs on from its start,
so calls still take time and later rows sort after earlier ones.
"""

from __future__ import annotations

import datetime as dt
import os
import threading
import time
import zoneinfo

from orderdesk_gui.errors import CodedError

ENV_AS_OF = "ORDERDESK_AS_OF"  # --as-of for child processes (tests, the phone system's start)
ENV_TIMEZONE = "ORDERDESK_TIMEZONE"  # office.timezone for child processes

UTC = dt.UTC


class ClockError(CodedError, ValueError):
    """A day or time zone given to the clock cannot be read (codes ``clock.*``, the bad value as ``text``)."""


def machine_zone() -> dt.tzinfo | None:
    """The machine's own zone by its IANA name (tzlocal: /etc/localtime, $TZ, the Windows registry),
    so summer time is right on every day; None (the C library's local time) when it cannot be told."""
    try:
        import tzlocal

        return tzlocal.get_localzone()
    except Exception:  # noqa: BLE001 - an odd system setting: fall back to the C library
        return None


def zone(name: str | None) -> dt.tzinfo | None:
    """The time zone called ``name`` (IANA, e.g. ``Asia/Almaty``); None or empty: the machine's zone."""
    name = (name or "").strip()
    if not name:
        return machine_zone()
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
        raise ClockError("clock.unknown_zone", text=name) from exc


def parse_as_of(text: str) -> dt.date | dt.datetime:
    """``YYYY-MM-DD`` (that day, at the current time of day) or ``YYYY-MM-DDTHH:MM`` (that moment)."""
    raw = (text or "").strip()
    try:
        if "T" in raw or " " in raw:
            return dt.datetime.fromisoformat(raw)
        return dt.date.fromisoformat(raw)
    except ValueError:
        raise ClockError("clock.unreadable_day", text=raw) from None


class Clock:
    """Today and now for the whole program.

    ``tz`` is the office's zone (None: the C library's local time). ``start``, when given, is the aware
    moment at which this clock starts; it then runs on in real seconds from there.
    """

    def __init__(self, tz: dt.tzinfo | None = None, start: dt.datetime | None = None) -> None:
        self._tz = tz
        self._lock = threading.Lock()
        self._start: dt.datetime | None = None
        self._started = 0.0
        if start is not None:
            self.move_to(start)

    # -- reading ------------------------------------------------------------------------------
    @property
    def tz(self) -> dt.tzinfo | None:
        """The office's zone; None means the machine's own zone."""
        return self._tz

    @property
    def moved(self) -> bool:
        """True when this clock does not show the system's time (``--as-of``, tests)."""
        return self._start is not None

    def now(self) -> dt.datetime:
        """Now, aware, in UTC."""
        with self._lock:
            if self._start is None:
                return dt.datetime.now(UTC)
            return self._start + dt.timedelta(seconds=time.monotonic() - self._started)

    def now_utc(self) -> dt.datetime:
        """Now in the storage form: naive UTC."""
        return self.now().replace(tzinfo=None)

    def now_local(self) -> dt.datetime:
        """Now, aware, in the office's zone."""
        return self.now().astimezone(self._tz)

    def today(self) -> dt.date:
        """The office's business date."""
        return self.now_local().date()

    # -- converting ---------------------------------------------------------------------------
    def to_local(self, moment: dt.datetime) -> dt.datetime:
        """A stored moment (naive UTC) or any aware one, as an aware local time."""
        aware = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment
        return aware.astimezone(self._tz)

    def localize(self, naive_local: dt.datetime) -> dt.datetime:
        """A wall-clock time in the office (naive) as an aware moment."""
        if naive_local.tzinfo is not None:
            return naive_local.astimezone(self._tz)
        if self._tz is None:
            return naive_local.astimezone()  # the machine's zone, with its summer time
        return naive_local.replace(tzinfo=self._tz)

    def to_utc(self, moment: dt.datetime) -> dt.datetime:
        """The storage form (naive UTC) of an aware moment, or of a naive office wall-clock time.

        Raises ``OverflowError`` for a moment with no UTC form (year 1 or 9999 at the edges).
        """
        return self.localize(moment).astimezone(UTC).replace(tzinfo=None)

    def day_start(self, day: dt.date) -> dt.datetime:
        """The first moment (naive UTC) of the office's local ``day``."""
        return self.to_utc(dt.datetime.combine(day, dt.time()))

    def day_bounds(self, first: dt.date, last: dt.date | None = None) -> tuple[dt.datetime, dt.datetime]:
        """UTC ``[start, end)`` of the office's local days ``first`` .. ``last`` (default: one day)."""
        last = first if last is None else last
        return self.day_start(first), self.day_start(last + dt.timedelta(days=1))

    # -- moving (training days and tests) -----------------------------------------------------
    def move_to(self, moment: dt.datetime) -> None:
        """Start at ``moment`` (aware, or naive office time) and run on from there."""
        aware = self.localize(moment).astimezone(UTC)
        with self._lock:
            self._start, self._started = aware, time.monotonic()

    def advance(self, delta: dt.timedelta) -> None:
        """Jump ahead (or back) by ``delta``."""
        self.move_to(self.now() + delta)

    def set_zone(self, tz: dt.tzinfo | None) -> None:
        """Change the office's zone (keeps the moment)."""
        self._tz = tz


def wall_time() -> float:
    """The system's time as a POSIX timestamp, for comparing with file times, never a business date."""
    return time.time()


_current = Clock(machine_zone())


def current() -> Clock:
    """The clock every layer asks."""
    return _current


def use(clock: Clock) -> Clock:
    """Make ``clock`` the program's clock; returns the one it replaces."""
    global _current
    previous, _current = _current, clock
    return previous


def configure(
    as_of: str | dt.date | dt.datetime | None = None,
    timezone: str | None = None,
    saved_as_of: str | None = None,
) -> Clock:
    """Set the program's clock: the day from ``--as-of`` (``as_of``), else ``$ORDERDESK_AS_OF``, else
    the ``clock.as_of`` setting (``saved_as_of``), else today; the zone from ``$ORDERDESK_TIMEZONE``,
    else the ``office.timezone`` setting, else the machine's.

    A bare day starts the clock on that day at the current local time of day; a day with a time
    (``2026-11-20T10:00``) starts it at that moment. Bad values raise ``ClockError``.
    """
    tz = zone(os.environ.get(ENV_TIMEZONE) or timezone)
    clock = Clock(tz)
    given = next((v for v in (as_of, os.environ.get(ENV_AS_OF), saved_as_of) if v not in (None, "")), None)
    if isinstance(given, str):
        given = parse_as_of(given) if given.strip() else None
    if isinstance(given, dt.datetime):
        clock.move_to(given)
    elif isinstance(given, dt.date):
        time_of_day = clock.now_local().timetz().replace(tzinfo=None)
        clock.move_to(dt.datetime.combine(given, time_of_day))
    use(clock)
    return clock


# The module's functions ask whichever clock is current (tests install their own).
def now() -> dt.datetime:
    return _current.now()


def now_utc() -> dt.datetime:
    return _current.now_utc()


def now_local() -> dt.datetime:
    return _current.now_local()


def today() -> dt.date:
    return _current.today()


def tz() -> dt.tzinfo | None:
    return _current.tz


def to_local(moment: dt.datetime) -> dt.datetime:
    return _current.to_local(moment)


def to_utc(moment: dt.datetime) -> dt.datetime:
    return _current.to_utc(moment)


def localize(naive_local: dt.datetime) -> dt.datetime:
    return _current.localize(naive_local)


def day_bounds(first: dt.date, last: dt.date | None = None) -> tuple[dt.datetime, dt.datetime]:
    return _current.day_bounds(first, last)
