"""The exchange with accounting in the user's words: kinds of records, statuses, sources, count
summaries ("clients: 12 new, 3 changed; receivables: 2,000 changed") and rejected rows (line, reason)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from orderdesk_gui.errors import CodedError
from orderdesk_gui.ui import formatting as fmt
from orderdesk_gui.ui import messages

CONTEXT = "Exchange"

RECORD_KINDS = {  # in the order an import reads them
    "groups": QT_TRANSLATE_NOOP("Exchange", "groups"),
    "products": QT_TRANSLATE_NOOP("Exchange", "products"),
    "price_columns": QT_TRANSLATE_NOOP("Exchange", "price columns"),
    "prices": QT_TRANSLATE_NOOP("Exchange", "prices"),
    "stock": QT_TRANSLATE_NOOP("Exchange", "stock"),
    "promotions": QT_TRANSLATE_NOOP("Exchange", "promotions"),
    "clients": QT_TRANSLATE_NOOP("Exchange", "clients"),
    "contacts": QT_TRANSLATE_NOOP("Exchange", "contacts"),
    "phones": QT_TRANSLATE_NOOP("Exchange", "phones"),
    "receivables": QT_TRANSLATE_NOOP("Exchange", "receivables"),
    "invoiced_orders": QT_TRANSLATE_NOOP("Exchange", "invoiced orders"),
    "orders": QT_TRANSLATE_NOOP("Exchange", "orders"),
}
COUNT_WORDS = {
    "new": QT_TRANSLATE_NOOP("Exchange", "%1 new"),
    "changed": QT_TRANSLATE_NOOP("Exchange", "%1 changed"),
    "deactivated": QT_TRANSLATE_NOOP("Exchange", "%1 deactivated"),
    "unchanged": QT_TRANSLATE_NOOP("Exchange", "%1 unchanged"),
}
STATUSES = {
    "applied": QT_TRANSLATE_NOOP("Exchange", "applied"),
    "preview": QT_TRANSLATE_NOOP("Exchange", "preview"),
    "refused": QT_TRANSLATE_NOOP("Exchange", "refused"),
    "failed": QT_TRANSLATE_NOOP("Exchange", "failed"),
    "unchanged": QT_TRANSLATE_NOOP("Exchange", "already imported"),
}
DIRECTIONS = {
    "import": QT_TRANSLATE_NOOP("Exchange", "import"),
    "export": QT_TRANSLATE_NOOP("Exchange", "export"),
}
SOURCES = {
    "window": QT_TRANSLATE_NOOP("Exchange", "window"),
    "command": QT_TRANSLATE_NOOP("Exchange", "command line"),
    "folder": QT_TRANSLATE_NOOP("Exchange", "drop folder"),
    "http": QT_TRANSLATE_NOOP("Exchange", "1C over HTTP"),
}
LINE_KINDS = {
    "rejected": QT_TRANSLATE_NOOP("Exchange", "rejected"),
    "conflict": QT_TRANSLATE_NOOP("Exchange", "conflict: left as entered"),
}
# the codes an import lists as conflicts (operator-entered data it left alone, a row it listed and skipped),
# not as refused rows: the log keeps both in one list (services/importing.py, ``_Plan.conflict``)
CONFLICT_CODES = frozenset(
    {
        "exchange.bad_phone",
        "exchange.client_known_by_other_id",
        "exchange.code_kept",
        "exchange.price_of_unknown_product",
        "exchange.statement_row_not_a_client",
        "exchange.unknown_manager",
        "exchange.unknown_order",
    }
)
STAGES = {  # what the importer is doing, from its progress callback
    "read": QT_TRANSLATE_NOOP("Exchange", "reading"),
    "match": QT_TRANSLATE_NOOP("Exchange", "matching"),
    "write": QT_TRANSLATE_NOOP("Exchange", "writing"),
    "done": QT_TRANSLATE_NOOP("Exchange", "done"),
}
FILE_KINDS = {
    "commerceml": QT_TRANSLATE_NOOP("Exchange", "CommerceML"),
    "csv": QT_TRANSLATE_NOOP("Exchange", "CSV"),
    "xlsx": QT_TRANSLATE_NOOP("Exchange", "Excel"),
    "debt_statement": QT_TRANSLATE_NOOP("Exchange", "debt statement"),
}


def word(table: Mapping[str, str], key: str) -> str:
    """``key`` from one of the tables above in the user's language (an unknown key as it is)."""
    source = table.get(key)
    return QCoreApplication.translate(CONTEXT, source) if source else key


def _number(counts: Any, name: str) -> int:
    value = counts.get(name, 0) if isinstance(counts, Mapping) else getattr(counts, name, 0)
    return int(value or 0)


def kind_counts(counts: Any, with_unchanged: bool = True) -> str:
    """ "12 new, 3 changed" for one kind of record (``Counts`` or a dict); nothing to say: empty."""
    parts = [
        QCoreApplication.translate(CONTEXT, COUNT_WORDS[name]).replace("%1", fmt.count(n))
        for name in ("new", "changed", "deactivated", "unchanged")
        if (n := _number(counts, name)) and (with_unchanged or name != "unchanged")
    ]
    return ", ".join(parts)


def _ordered(counts: Mapping[str, Any]) -> list[str]:
    return [k for k in RECORD_KINDS if k in counts] + sorted(k for k in counts if k not in RECORD_KINDS)


def summary(counts: Mapping[str, Any]) -> str:
    """ "clients: 12 new, 3 changed; receivables: 2,000 changed": what changed, kind by kind (the unchanged
    only where nothing changed at all)."""
    changed = [
        f"{word(RECORD_KINDS, k)}: {text}"
        for k in _ordered(counts)
        if (text := kind_counts(counts[k], False))
    ]
    if changed:
        return "; ".join(changed)
    same = [f"{word(RECORD_KINDS, k)}: {text}" for k in _ordered(counts) if (text := kind_counts(counts[k]))]
    return "; ".join(same) or QCoreApplication.translate("Exchange", "nothing")


def count_rows(counts: Mapping[str, Any]) -> list[tuple[str, int, int, int, int]]:
    """(kind, new, changed, deactivated, unchanged) for each kind of record, in reading order."""
    return [
        (
            word(RECORD_KINDS, k),
            *(_number(counts[k], n) for n in ("new", "changed", "deactivated", "unchanged")),
        )
        for k in _ordered(counts)
    ]


def reason(code: str, params: Mapping[str, Any] | None = None) -> str:
    """A rejected row's reason (a message code and its values) in the user's language."""
    return messages.text(CodedError(code, **dict(params or {})))


def is_conflict(code: str, marked: bool = False) -> bool:
    """A stored line is a conflict when marked so, or by its code (``exchange.desk_*_kept`` too)."""
    return marked or code in CONFLICT_CODES or (code.startswith("exchange.desk_") and code.endswith("_kept"))


def line_text(line: int) -> str:
    """The line of a rejected row; 0 means the whole file."""
    return fmt.count(line) if line else QCoreApplication.translate("Exchange", "file")
