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
}
