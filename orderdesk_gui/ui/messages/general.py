"""Error texts of the program as a whole (the clock, start-up): code -> English source."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "clock.unknown_zone": QT_TRANSLATE_NOOP(
        "Messages", "Unknown time zone “{text}”: use a name such as Asia/Almaty."
    ),
    "clock.unreadable_day": QT_TRANSLATE_NOOP(
        "Messages", "Cannot read the day “{text}”: write it as YYYY-MM-DD."
    ),
    "presence.unknown": QT_TRANSLATE_NOOP("Messages", "“{presence}” is not a presence."),
    "presence.no_such_person": QT_TRANSLATE_NOOP("Messages", "This person is not an active user."),
    "presence.until_missing": QT_TRANSLATE_NOOP("Messages", "Say until which day the person is absent."),
    "presence.until_out_of_range": QT_TRANSLATE_NOOP(
        "Messages", "The last day of absence must be from today to {days} days ahead."
    ),
    "presence.substitute_invalid": QT_TRANSLATE_NOOP(
        "Messages", "The substitute must be another active person."
    ),
    "presence.substitute_absent": QT_TRANSLATE_NOOP(
        "Messages", "{name} is absent too: choose a substitute who is at work."
    ),
    "audit.period_reversed": QT_TRANSLATE_NOOP("Messages", "The period ends before it begins."),
    "audit.period_too_long": QT_TRANSLATE_NOOP(
        "Messages", "The period is longer than {days} days: choose a shorter one."
    ),
    "audit.unknown_kind": QT_TRANSLATE_NOOP("Messages", "Unknown kind of event."),
}
