"""One table turns error codes into the user's language (en, ru, kk), numbers, money and dates in its formats.

Each area keeps its part of the table in a module of this package (``orders``, ``calls``,
``clients``, ``general``), every text wrapped in ``QT_TRANSLATE_NOOP("Messages", ...)`` so that
lupdate collects it; ``TABLE`` is the whole table. Placeholders are ``{name}``, filled from the
error's parameters: ``Money`` with its currency, other numbers with the locale's separators,
dates as ``dd.mm.yyyy``, stored times in the office's zone. ``text(error)`` is what the UI shows
for any error; ``english(error)`` is what the command line prints.
"""

from __future__ import annotations

import datetime as dt
import logging
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from orderdesk_gui import clock
from orderdesk_gui.db.connection import connection_lost
from orderdesk_gui.errors import CodedError, Money
from orderdesk_gui.ui.messages import calls, clients, exchange, export, general, orders, settings, setup

log = logging.getLogger(__name__)

CONTEXT = "Messages"
TABLE: dict[str, str] = {}
for _part in (general, orders, calls, clients, exchange, export, setup, settings):
    _overlap = TABLE.keys() & _part.MESSAGES.keys()
    assert not _overlap, f"codes worded twice: {sorted(_overlap)}"
    TABLE.update(_part.MESSAGES)

_BABEL = {"ru": "ru_KZ", "kk": "kk_KZ"}


def language() -> str:
    """The interface language in use: ``en``, ``ru`` or ``kk`` (set by install_translators)."""
    name = QLocale().name().split("_")[0].lower()
    return name if name in _BABEL else "en"


def format_value(value: Any, lang: str | None = None) -> str:
    """A parameter as the user reads it in ``lang`` (default: the interface language)."""
    from babel.numbers import format_decimal

    lang = lang or language()
    locale = _BABEL.get(lang, "en")
    if isinstance(value, Money):
        from orderdesk_gui.printing import labels  # the one money format (documents, windows, messages)

        return labels.money(value, lang if lang in labels.LANGS else "en")
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, Decimal | int | float):
        try:
            return format_decimal(value, locale=locale, decimal_quantization=False)
        except (ValueError, ArithmeticError, OverflowError):
            return str(value)
    if isinstance(value, dt.datetime):
        local = clock.to_local(value) if value.tzinfo is None else value
        return local.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, list | tuple | set | frozenset):
        return ", ".join(format_value(v, lang) for v in value)
    return str(value)


def template(code: str) -> str | None:
    """The English source text of ``code`` (None: no such code)."""
    return TABLE.get(code)


def _fill(source: str, error: CodedError, lang: str) -> str:
    values = {key: format_value(value, lang) for key, value in error.params.items()}
    try:
        return source.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation naming a missing value: still say something
        log.warning("message %s: placeholders do not match %s", error.code, sorted(values))
        return source


def text(error: BaseException) -> str:
    """What the user reads for ``error``, in the interface language."""
    if isinstance(error, CodedError):
        source = TABLE.get(error.code)
        if source is not None:
            return _fill(QCoreApplication.translate(CONTEXT, source), error, language())
        if not error.coded:
            return error.code  # an English sentence from older code
        log.warning("error code %s has no text", error.code)
        return QCoreApplication.translate(CONTEXT, "Something went wrong (%1).").replace("%1", error.code)
    if connection_lost(error):
        return text(CodedError("database.connection_lost"))
    if isinstance(error, OSError):
        return QCoreApplication.translate(CONTEXT, "The system refused: %1").replace(
            "%1", error.strerror or str(error)
        )
    if isinstance(error, ValueError):
        return str(error)
    return QCoreApplication.translate(CONTEXT, "Something went wrong (%1).").replace(
        "%1", type(error).__name__
    )


def stored_text(value: str) -> str:
    """A value stored by the program: a code (``routing.new_client``) in the user's language, or a
    person's own wording (an administrator's rule, an operator's typed reason) as written."""
    if value in TABLE:
        return text(CodedError(value))
    return value


def english(error: BaseException) -> str:
    """The English text of ``error`` (the command line, logs)."""
    if isinstance(error, CodedError) and error.code in TABLE:
        return _fill(TABLE[error.code], error, "en")
    return str(error)
