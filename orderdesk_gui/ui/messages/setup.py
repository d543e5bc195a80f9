"""Error texts of a new company's setup (services/setup.py, domain/company_setup.py): code -> English.

The window puts the cursor on the field a refusal names; the command line prints the field's name
before the text.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "setup.already_done": QT_TRANSLATE_NOOP(
        "Messages", "This database is set up already: its users sign in to it. Nothing was changed."
    ),
    "setup.empty": QT_TRANSLATE_NOOP("Messages", "This cannot be left empty."),
    "setup.too_long": QT_TRANSLATE_NOOP("Messages", "Too long: at most {most} characters ({given} given)."),
    "setup.control_character": QT_TRANSLATE_NOOP(
        "Messages", "This holds a tab, a line break or another control character: type it on one line."
    ),
    "setup.bad_email": QT_TRANSLATE_NOOP("Messages", "This is not an e-mail address (name@example.kz)."),
    "setup.bad_account": QT_TRANSLATE_NOOP(
        "Messages",
        "This is not a bank account (IIK): KZ, two check digits and 16 letters or digits, "
        "the check digits agreeing with the rest.",
    ),
    "setup.bad_bik": QT_TRANSLATE_NOOP("Messages", "A bank's BIC is 8 to 11 Latin letters and digits."),
    "setup.none_given": QT_TRANSLATE_NOOP("Messages", "Give at least one row."),
    "setup.empty_code": QT_TRANSLATE_NOOP("Messages", "Row {row}: the code is empty."),
    "setup.bad_code": QT_TRANSLATE_NOOP(
        "Messages",
        "Row {row}: the code “{code}” may hold only Latin letters, digits, “_” and “-”, at most {most}.",
    ),
    "setup.code_twice": QT_TRANSLATE_NOOP("Messages", "Row {row}: the code “{code}” is given twice."),
    "setup.department_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "The program's rules need these departments: {codes}. Keep them; their names may change.",
    ),
    "setup.one_base_column": QT_TRANSLATE_NOOP(
        "Messages", "Mark exactly one price column as the base one ({given} marked)."
    ),
    "setup.passwords_differ": QT_TRANSLATE_NOOP(
        "Messages", "The two passwords differ: type the same password twice."
    ),
    "setup.password_in_file": QT_TRANSLATE_NOOP(
        "Messages",
        "A password does not belong in a file: remove it; the password is asked, or read from "
        "the standard input.",
    ),
    "setup.not_given": QT_TRANSLATE_NOOP(
        "Messages", "Give {option} (or run the command in a terminal to be asked)."
    ),
    "setup.file_bad_part": QT_TRANSLATE_NOOP(
        "Messages", "The file's “{field}” has the wrong shape: compare it with “orderdesk setup --template”."
    ),
    "setup.file_bad_row": QT_TRANSLATE_NOOP(
        "Messages", "Row {row} of “{field}” in the file is not a code, a name and (price columns) “base”."
    ),
    "setup.file_unknown_fields": QT_TRANSLATE_NOOP(
        "Messages", "The file names what setup does not know: {fields}."
    ),
    "setup.file_not_text": QT_TRANSLATE_NOOP("Messages", "In the file, “{field}” must be text in quotes."),
    "setup.file_not_utf8": QT_TRANSLATE_NOOP("Messages", "{path} is not UTF-8 text."),
    "setup.file_not_json": QT_TRANSLATE_NOOP("Messages", "{path} is not valid JSON: {problem}."),
    "setup.file_unreadable": QT_TRANSLATE_NOOP("Messages", "Cannot read {path}: {problem}."),
    "auth.password_unusable": QT_TRANSLATE_NOOP(
        "Messages", "This password holds a character that cannot be stored: choose another."
    ),
}
