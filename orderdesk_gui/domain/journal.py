"""Plain data of the call journal and the follow-up work: outcomes, callbacks, sleeping clients,
outbound tasks with surveys, complaints and shift reports (D1, D14, D16, D17, D20, D25).

These are the shapes the services return and the UI shows; the rules that compute
them live in ``domain.callbacks`` and ``domain.sleeping``. Times are naive UTC.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from orderdesk_gui.domain.states import ComplaintStatus
from orderdesk_gui.errors import CODE, Notice

# --- coded lines in stored notes -------------------------------------------------------
# What the program itself writes into a call's notes or a callback's note ("callback scheduled
# for ...", "consulted ...") is stored as a coded line, never as a sentence: the UI words it in
# the reader's language. A coded line is ``NOTE_MARK`` followed by JSON {"code": ..., params}.

NOTE_MARK = "\u2063#"  # an invisible separator and '#': nobody types it at the start of a line


def _encode(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, dt.date):
        return {"$date": value.isoformat()}
    if isinstance(value, Decimal):
        return {"$decimal": str(value)}
    return value


def _decode(value: Any) -> Any:
    if isinstance(value, dict) and len(value) == 1:
        ((kind, raw),) = value.items()
        try:
            if kind == "$datetime":
                return dt.datetime.fromisoformat(raw)
            if kind == "$date":
                return dt.date.fromisoformat(raw)
            if kind == "$decimal":
                return Decimal(raw)
        except (TypeError, ValueError, ArithmeticError):
            return str(raw)
    return value


def note_line(notice: Notice) -> str:
    """The stored form of a coded remark: one line, no newline inside."""
    fields = {key: _encode(value) for key, value in notice.params.items()}
    return NOTE_MARK + json.dumps({"code": notice.code, **fields}, ensure_ascii=False)


def note_parts(notes: str) -> list[str | Notice]:
    """The lines of stored notes: plain text as typed, coded lines as ``Notice`` for the UI to word."""
    parts: list[str | Notice] = []
    for line in (notes or "").split("\n"):
        if line.startswith(NOTE_MARK):
            try:
                fields = json.loads(line[len(NOTE_MARK) :])
                code = fields.pop("code")
            except (ValueError, KeyError, TypeError, AttributeError):
                fields, code = None, ""
            if isinstance(code, str) and CODE.match(code) and isinstance(fields, dict):
                parts.append(Notice(code, **{str(k): _decode(v) for k, v in fields.items()}))
                continue
            line = line[len(NOTE_MARK) :]
        parts.append(line)
    return parts


# --- call outcomes (D14) -----------------------------------------------------------

ORDER_TAKEN = "order_taken"
INFO_GIVEN = "info_given"
TRANSFERRED = "transferred"
CONSULTED = "consulted"
NO_ANSWER = "no_answer"
BUSY = "busy"
REFUSED = "refused"
CALLBACK_SCHEDULED = "callback_scheduled"

OUTCOMES: tuple[str, ...] = (
    ORDER_TAKEN,
    INFO_GIVEN,
    TRANSFERRED,
    CONSULTED,
    NO_ANSWER,
    BUSY,
    REFUSED,
    CALLBACK_SCHEDULED,
)
# An attempt to reach somebody that did not reach them (callbacks and outbound retries).
FAILED_ATTEMPT_OUTCOMES = frozenset({NO_ANSWER, BUSY})
PURPOSES: tuple[str, ...] = ("order", "info", "complaint", "other")
# Why an outbound call was made ('' for inbound or ad hoc calls).
SOURCES: tuple[str, ...] = ("", "callback", "sleeping", "task")


@dataclass(slots=True)
class JournalRow:
    """One call as the journal dock shows it; read-only by convention. Not frozen: a busy day is
    5,000 rows, and a frozen dataclass's ``__init__`` (``object.__setattr__`` per field) costs
    eight times as much."""

    id: int
    started_at: dt.datetime
    ended_at: dt.datetime | None
    direction: str  # in / out
    phone: str
    client_id: int | None
    client_name: str
    operator_id: int
    operator_name: str
    purpose: str
    outcome: str  # '' while the call is open
    outcome_detail: str = ""  # order number, refusal reason, to whom it was transferred ...
    transferred_to: str = ""
    transfer_reason: str = ""
    source: str = ""
    notes: str = ""

    @property
    def is_open(self) -> bool:
        return not self.outcome

    @property
    def duration_s(self) -> int | None:
        if self.ended_at is None:
            return None
        return max(0, int((self.ended_at - self.started_at).total_seconds()))


# --- callbacks (D1) ------------------------------------------------------------------

CALLBACK_SOURCES: tuple[str, ...] = ("operator", "web", "cli", "csv")
CALLBACK_STATUSES: tuple[str, ...] = ("open", "done", "escalated", "cancelled")


@dataclass(frozen=True)
class CallbackItem:
    id: int
    phone: str  # E.164 when it is a number
    name: str
    client_id: int | None
    client_name: str
    window_start: dt.datetime  # UTC
    window_end: dt.datetime | None  # UTC
    note: str
    source: str
    status: str
    attempts: int
    next_attempt_at: dt.datetime | None
    due_at: dt.datetime  # UTC: the later of window_start and next_attempt_at
    created_at: dt.datetime
    escalated_to: str = ""


# --- sleeping clients (D16) ------------------------------------------------------------


@dataclass(frozen=True)
class SleepingClient:
    client_id: int
    code: str
    name: str
    city: str
    type_name: str
    manager_name: str
    last_order_on: dt.date
    usual_interval_days: int
    days_overdue: int  # days past the usual interval plus the margin
    value_lost: Decimal  # what the missed orders would have been worth
    last_called_at: dt.datetime | None = None  # the latest outbound "sleeping" call, UTC
    last_outcome: str = ""


# --- outbound tasks with surveys (D17) ---------------------------------------------------

ANSWER_TYPES: tuple[str, ...] = ("text", "yesno", "choice", "number")


@dataclass(frozen=True)
class SurveyQuestion:
    key: str  # stable identifier, e.g. "q1"
    text: str
    kind: str = "text"  # one of ANSWER_TYPES
    choices: tuple[str, ...] = ()
    required: bool = False


@dataclass(frozen=True)
class ClientFilter:
    """How a sales head picks the clients of a task; empty fields do not filter."""

    type_codes: tuple[str, ...] = ()
    region: str = ""
    manager_id: int | None = None
    sleeping_only: bool = False
    with_debt_only: bool = False  # owing anything past due or over the limit
    limit: int = 5000


@dataclass(frozen=True)
class TaskSummary:
    id: int
    title: str
    instruction: str
    created_by: str
    created_at: dt.datetime
    due_date: dt.date | None
    status: str  # open / closed
    questions: tuple[SurveyQuestion, ...]
    total: int
    done: int
    refused: int

    @property
    def open_items(self) -> int:
        return self.total - self.done


@dataclass(frozen=True)
class TaskItemRow:
    id: int
    task_id: int
    client_id: int
    client_code: str
    client_name: str
    phone: str
    status: str  # open / done
    outcome: str  # a call outcome, '' while open
    answers: dict[str, str] = field(default_factory=dict)
    refusal_reason: str = ""
    operator_name: str = ""
    attempts: int = 0
    done_at: dt.datetime | None = None


# --- complaints, claims and wishes (D20) -------------------------------------------------

COMPLAINT_KINDS: tuple[str, ...] = ("complaint", "claim", "wish")
COMPLAINT_CATEGORIES: tuple[str, ...] = (
    "quality",
    "shortage",
    "delivery",
    "documents",
    "price",
    "service",
    "assortment",
    "other",
)
COMPLAINT_STATUSES: tuple[str, ...] = (ComplaintStatus.OPEN, ComplaintStatus.TAKEN, ComplaintStatus.RESOLVED)


@dataclass(frozen=True)
class ComplaintEventRow:
    at: dt.datetime
    user_name: str
    status: str
    note: str


@dataclass(frozen=True)
class ComplaintRow:
    id: int
    kind: str
    category: str
    text: str
    client_id: int | None
    client_name: str
    order_id: int | None
    order_number: str
    order_lines: str  # "1,4"
    department_code: str
    department_name: str
    status: str
    created_by: str
    created_at: dt.datetime
    taken_by: str = ""
    resolution: str = ""
    resolved_at: dt.datetime | None = None
    events: tuple[ComplaintEventRow, ...] = ()


# --- shift reports (D25) ----------------------------------------------------------------


@dataclass(frozen=True)
class ShiftFigures:
    """The figures of one operator, or of the whole desk, for a period."""

    calls_in: int = 0
    calls_out: int = 0
    by_outcome: dict[str, int] = field(default_factory=dict)
    orders_taken: int = 0
    orders_sum: Decimal = Decimal("0.00")
    avg_call_s: float = 0.0
    transfers_by_reason: dict[str, int] = field(default_factory=dict)
    callbacks_done: int = 0
    callbacks_missed: int = 0
    sleeping_called: int = 0
    sleeping_reactivated: int = 0
    complaints_registered: int = 0


@dataclass(frozen=True)
class ShiftReport:
    start: dt.date  # first day, local
    end: dt.date  # last day, local (the same for a daily report)
    operator_name: str  # '' for the whole desk
    total: ShiftFigures
    per_operator: tuple[tuple[str, ShiftFigures], ...] = ()  # the head's view
    calls_by_hour: tuple[tuple[int, int], ...] = ()  # (local hour, calls): the report's chart
