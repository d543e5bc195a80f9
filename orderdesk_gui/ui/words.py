"""Words for stored codes, one table each, in the "Followups" translation context: call outcomes (the
journal, reports, worklists and tasks all read the same table), complaint kinds, categories and states,
survey answer types; and stored call notes worded in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from orderdesk_gui.domain.journal import note_parts
from orderdesk_gui.ui import messages

CONTEXT = "Followups"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


OUTCOME_WORDS = {
    "order_taken": QT_TRANSLATE_NOOP("Followups", "order taken"),
    "info_given": QT_TRANSLATE_NOOP("Followups", "information given"),
    "transferred": QT_TRANSLATE_NOOP("Followups", "transferred"),
    "consulted": QT_TRANSLATE_NOOP("Followups", "consulted"),
    "no_answer": QT_TRANSLATE_NOOP("Followups", "no answer"),
    "busy": QT_TRANSLATE_NOOP("Followups", "busy"),
    "refused": QT_TRANSLATE_NOOP("Followups", "refused"),
    "callback_scheduled": QT_TRANSLATE_NOOP("Followups", "callback scheduled"),
    "answered": QT_TRANSLATE_NOOP("Followups", "answered"),
    "callback": QT_TRANSLATE_NOOP("Followups", "callback scheduled"),  # older journals
    "complaint": QT_TRANSLATE_NOOP("Followups", "complaint registered"),
}
KIND_WORDS = {
    "complaint": QT_TRANSLATE_NOOP("Followups", "complaint"),
    "claim": QT_TRANSLATE_NOOP("Followups", "claim"),
    "wish": QT_TRANSLATE_NOOP("Followups", "wish"),
}
CATEGORY_WORDS = {
    "quality": QT_TRANSLATE_NOOP("Followups", "quality of goods"),
    "shortage": QT_TRANSLATE_NOOP("Followups", "shortage or wrong goods"),
    "delivery": QT_TRANSLATE_NOOP("Followups", "delivery"),
    "documents": QT_TRANSLATE_NOOP("Followups", "documents"),
    "price": QT_TRANSLATE_NOOP("Followups", "price"),
    "service": QT_TRANSLATE_NOOP("Followups", "service"),
    "assortment": QT_TRANSLATE_NOOP("Followups", "assortment"),
    "other": QT_TRANSLATE_NOOP("Followups", "other"),
}
STATUS_WORDS = {
    "open": QT_TRANSLATE_NOOP("Followups", "open"),
    "taken": QT_TRANSLATE_NOOP("Followups", "taken"),
    "resolved": QT_TRANSLATE_NOOP("Followups", "resolved"),
    "done": QT_TRANSLATE_NOOP("Followups", "done"),
    "closed": QT_TRANSLATE_NOOP("Followups", "closed"),
}
ANSWER_TYPE_WORDS = {
    "text": QT_TRANSLATE_NOOP("Followups", "text"),
    "yesno": QT_TRANSLATE_NOOP("Followups", "yes / no"),
    "choice": QT_TRANSLATE_NOOP("Followups", "choice"),
    "number": QT_TRANSLATE_NOOP("Followups", "number"),
}


def words(table: dict[str, str], code: str) -> str:
    """The translated word for a stored code; unknown codes show as they are."""
    return tr(table[code]) if code in table else code


# A blank outcome means two things: a call still going on, or a task item nobody has reached yet.
IN_PROGRESS = QT_TRANSLATE_NOOP("Followups", "in progress")
NOT_YET = QT_TRANSLATE_NOOP("Followups", "not yet")


def outcome_word(code: str, blank: str = NOT_YET) -> str:
    """A call outcome in words; ``blank`` (``IN_PROGRESS`` or ``NOT_YET``) for a call without one."""
    return tr(blank) if not code else words(OUTCOME_WORDS, code)


def notes_text(notes: str, separator: str = "\n") -> str:
    """Stored notes as the user reads them: typed lines as they are, the program's coded lines
    ("callback scheduled for ...") worded in the interface language."""
    if not notes:
        return ""
    return separator.join(
        part if isinstance(part, str) else messages.text(part) for part in note_parts(notes)
    )
