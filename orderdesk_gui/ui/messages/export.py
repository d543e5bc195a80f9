"""Messages of the order export to accounting and of 1C's HTTP exchange (uploads, zips, its answers)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "export.unknown_format": QT_TRANSLATE_NOOP(
        "Messages", "Orders cannot be exported as “{format}”: choose one of {formats}."
    ),
    "export.unknown_encoding": QT_TRANSLATE_NOOP(
        "Messages", "Unknown encoding “{encoding}”: use utf-8 or windows-1251."
    ),
    "export.again_needs_orders": QT_TRANSLATE_NOOP(
        "Messages", "Say which orders to export again: their numbers or the days they were accepted."
    ),
    "export.folder_unwritable": QT_TRANSLATE_NOOP(
        "Messages", "The export file cannot be written in {folder}: {problem}. No order was marked exported."
    ),
    "export.changed_meanwhile": QT_TRANSLATE_NOOP(
        "Messages", "Another export took some of these orders meanwhile. Nothing was marked; export again."
    ),
    "export.statuses_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "1C's answer about the orders cannot be read: {problem}"
    ),
    "export.unknown_order": QT_TRANSLATE_NOOP(
        "Messages", "1C's document “{number}” ({ident}) names no order of this database."
    ),
    "upload.bad_name": QT_TRANSLATE_NOOP(
        "Messages", "The file name “{name}” was refused: it could point outside the upload folder."
    ),
    "upload.piece_too_large": QT_TRANSLATE_NOOP(
        "Messages", "A piece of “{name}” is larger than the {limit} bytes one request may bring."
    ),
    "upload.too_large": QT_TRANSLATE_NOOP("Messages", "The file “{name}” is larger than {limit_mb} MB."),
    "upload.zip_unreadable": QT_TRANSLATE_NOOP("Messages", "“{name}” is not a readable zip archive."),
    "upload.zip_too_many_files": QT_TRANSLATE_NOOP(
        "Messages", "The zip archive “{name}” holds more than {limit} files."
    ),
    "upload.zip_bomb": QT_TRANSLATE_NOOP(
        "Messages", "The zip archive “{name}” unpacks to far more than it weighs (a zip bomb?): refused."
    ),
    "upload.missing": QT_TRANSLATE_NOOP("Messages", "No file “{name}” was uploaded."),
    "auth.exchange_account": QT_TRANSLATE_NOOP(
        "Messages", "The account {login} is for the exchange with 1C only: it cannot open the desk."
    ),
}
