"""Error texts of the settings (services/settings.py): code -> English. The dialog puts the cursor on
the setting a refusal names (its ``key``)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "settings.unknown": QT_TRANSLATE_NOOP("Messages", "There is no such setting. Nothing was changed."),
    "settings.not_office": QT_TRANSLATE_NOOP(
        "Messages", "This setting belongs to each desk, not to the whole office. Nothing was changed."
    ),
    "settings.not_yes_no": QT_TRANSLATE_NOOP("Messages", "This setting is on or off."),
    "settings.not_a_number": QT_TRANSLATE_NOOP("Messages", "This is not a number."),
    "settings.not_a_whole_number": QT_TRANSLATE_NOOP("Messages", "Type a whole number from {low} to {high}."),
    "settings.out_of_range": QT_TRANSLATE_NOOP("Messages", "Type a number from {low} to {high}."),
    "settings.too_long": QT_TRANSLATE_NOOP(
        "Messages", "Too long: at most {most} characters ({given} given)."
    ),
    "settings.control_character": QT_TRANSLATE_NOOP(
        "Messages", "This holds a tab, a line break or another control character: type it on one line."
    ),
    "settings.not_a_choice": QT_TRANSLATE_NOOP("Messages", "Choose one of: {choices}."),
    "settings.bad_prefix": QT_TRANSLATE_NOOP(
        "Messages", "The prefix of order numbers is 1 to 8 Latin letters and digits, such as B1."
    ),
    "settings.bad_timezone": QT_TRANSLATE_NOOP(
        "Messages", "This is not a time zone: give a name such as Asia/Almaty, or leave it empty."
    ),
    "settings.bad_date": QT_TRANSLATE_NOOP(
        "Messages", "\u201c{text}\u201d is not a date: dates are YYYY-MM-DD, separated by commas."
    ),
    "settings.bad_email": QT_TRANSLATE_NOOP("Messages", "This is not an e-mail address (name@example.kz)."),
    "settings.bad_gateway": QT_TRANSLATE_NOOP(
        "Messages",
        "The fax gateway is an e-mail address holding {placeholder}, such as {placeholder}@fax.example.kz.",
    ),
}
