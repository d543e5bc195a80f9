"""Callback requests (D1): filed by an operator, the web site (command line) or a CSV drop; the
due queue; attempts as outbound calls; escalation to the head of sales; cancellation.

Times are naive UTC. A CSV import is all or nothing, and a dropped file is
imported once, then moved to ``done/`` or ``rejected/`` with a report beside it.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from peewee import JOIN, InterfaceError, OperationalError, fn

from orderdesk_gui import clock
from orderdesk_gui.db import models as m
from orderdesk_gui.db.followups import to_datetime
from orderdesk_gui.domain import callbacks as rules
from orderdesk_gui.domain.callbacks import CallbackTimeError
from orderdesk_gui.domain.entities import UserInfo
from orderdesk_gui.domain.journal import CallbackItem, note_line
from orderdesk_gui.domain.roles import Permission, has_permission
from orderdesk_gui.errors import CodedError, Notice
from orderdesk_gui.services.auth import actor, audit
from orderdesk_gui.services.callback_requests import (
    CallbackError,
    checked,
    file_checked,
    request,
)
from orderdesk_gui.services.calls import CallError, open_outbound_call
from orderdesk_gui.services.drop_folder import move_aside
from orderdesk_gui.services.presence import covered

log = logging.getLogger(__name__)

MAX_IMPORT_ROWS = 20000
ATTEMPT_LOCK = dt.timedelta(minutes=15)  # another operator's open attempt blocks a second dial


def start_attempt(user: UserInfo, callback_id: int) -> int:
    """Dial a callback: opens an outbound call (source "callback") linked to the request."""
    actor(user)  # signed in: a made-up UserInfo is refused
    with m.db_proxy.atomic():
        cb = request(callback_id)
        if cb.status not in (rules.OPEN, rules.ESCALATED):
            raise CallbackError("callback.finished_already")
        busy = (
            m.Call.select(m.Call.id, m.User.full_name)
            .join(m.User, on=(m.Call.operator == m.User.id))
            .where(
                (m.Call.callback == cb.id)
                & m.Call.ended_at.is_null()
                & (m.Call.operator != user.id)
                & (m.Call.started_at > clock.now_utc() - ATTEMPT_LOCK)
            )
            .tuples()
            .first()
        )
        if busy:
            raise CallbackError("callback.being_called", name=busy[1])
        try:
            return open_outbound_call(user, cb.e164 or cb.phone, cb.client_id, "callback", cb.id)
        except CallError as exc:
            raise CallbackError(exc.code, **exc.params) from None


def cancel(user: UserInfo, callback_id: int, reason: str) -> None:
    """Drop a request that needs no call (the client rang in, a duplicate, a wrong number)."""
    actor(user)  # signed in: a made-up UserInfo is refused
    reason = (reason or "").strip()
    if len(reason) < 3:
        raise CallbackError("callback.cancel_reason_missing")
    with m.db_proxy.atomic():
        cb = request(callback_id)
        if cb.status in (rules.DONE, rules.CANCELLED):
            raise CallbackError("callback.finished_already")
        cb.status, cb.done_at = rules.CANCELLED, clock.now_utc()
        line = note_line(Notice("callback.note_cancelled", name=user.full_name, reason=reason[:300]))
        cb.note = ((cb.note + "\n") if cb.note else "") + line
        cb.save()
        audit(user.id, "callback_cancelled", "callback", cb.id, reason=reason[:300])


# --- the queue ----------------------------------------------------------------------------


def _items(where, order_by=None) -> list[CallbackItem]:
    CB = m.CallbackRequest
    Head = m.User.alias("eh")
    query = (
        CB.select(
            CB.id,
            CB.phone,
            CB.e164,
            CB.name,
            CB.client,
            m.Client.name,
            CB.window_start,
            CB.window_end,
            CB.note,
            CB.source,
            CB.status,
            CB.attempts,
            CB.next_attempt_at,
            CB.created_at,
            Head.full_name,
        )
        .join(m.Client, JOIN.LEFT_OUTER, on=(CB.client == m.Client.id))
        .switch(CB)
        .join(Head, JOIN.LEFT_OUTER, on=(CB.escalated_to == Head.id))
        .where(where)
    )
    items = []
    for r in m.db_proxy.execute(query).fetchall():
        start, next_at = to_datetime(r[6]), to_datetime(r[12])
        items.append(
            CallbackItem(
                id=r[0],
                phone=r[2] or r[1],
                name=r[3] or "",
                client_id=r[4],
                client_name=r[5] or "",
                window_start=start,
                window_end=to_datetime(r[7]),
                note=r[8] or "",
                source=r[9],
                status=r[10],
                attempts=r[11],
                next_attempt_at=next_at,
                due_at=rules.due_at(start, next_at),
                created_at=to_datetime(r[13]),
                escalated_to=r[14] or "",
            )
        )
    items.sort(key=lambda it: (it.due_at, it.id))
    return items


def open_queue(now: dt.datetime) -> list[CallbackItem]:
    """Every open request, the most overdue first (those not yet due follow, by due time)."""
    return _items(m.CallbackRequest.status == rules.OPEN)


def _due_clause(now: dt.datetime):
    CB = m.CallbackRequest
    return (
        (CB.status == rules.OPEN)
        & (CB.window_start <= now)
        & (CB.next_attempt_at.is_null() | (CB.next_attempt_at <= now))
    )


due_clause = _due_clause  # open requests due at a moment, for other reads (the heads' board)


def due_count(now: dt.datetime) -> int:
    """Open requests due at ``now`` (naive UTC): the status bar's count."""
    return m.CallbackRequest.select(fn.COUNT(m.CallbackRequest.id)).where(_due_clause(now)).scalar() or 0


def next_due(now: dt.datetime) -> CallbackItem | None:
    """The request to dial next (the key "next callback")."""
    due = [item for item in open_queue(now) if item.due_at <= now]
    return due[0] if due else None


def escalated(user: UserInfo) -> list[CallbackItem]:
    """Requests the desk could not reach: all of them for a sales head or an administrator,
    otherwise those passed to this user."""
    actor(user)  # signed in: a made-up UserInfo is refused
    where = m.CallbackRequest.status == rules.ESCALATED
    if not has_permission(user.role, Permission.MANAGE_TASKS):
        # mine, and an absent colleague's while I stand in for them
        where &= m.CallbackRequest.escalated_to.in_(covered(user, clock.today()))
    return _items(where)


# --- CSV files ------------------------------------------------------------------------------

_HEADERS = {
    "phone": (
        "phone",
        "number",
        "tel",
        "telephone",
        "телефон",
        "номер",
        "тел",
        "номер телефона",
        "телефон нөмірі",
    ),
    "name": ("name", "имя", "фио", "клиент", "контакт", "контактное лицо", "аты", "есімі"),
    "from": ("from", "start", "с", "от", "начало", "время с", "когда", "бастап"),
    "to": ("to", "end", "до", "по", "конец", "время до", "дейін"),
    "note": ("note", "comment", "notes", "примечание", "комментарий", "заметка", "вопрос", "ескертпе"),
    "when": ("when", "window", "время", "окно", "уақыт"),
}


Render = Callable[[CodedError], str]


@dataclass
class ImportReport:
    """What one CSV import did. ``errors``: (line number in the file, 0 for the whole file; the coded
    problem). ``lines()`` says it as coded remarks; ``text(render)`` words them for a file or a terminal
    (the command line passes the English of ``ui.messages``)."""

    ok: bool
    added: int
    errors: list[tuple[int, CodedError]] = field(default_factory=list)
    file: str = ""
    updated: int = 0  # rows that refreshed an open request for the same number
    duplicate: bool = False  # the very same file was imported before: nothing done

    def lines(self) -> list[tuple[int, CodedError]]:
        """The report line by line: (file line or 0, coded remark); a line's problem comes with its number."""
        out: list[tuple[int, CodedError]] = [(0, Notice("callback.report_file", file=self.file))]
        if self.duplicate:
            out.append((0, Notice("callback.report_duplicate")))
        elif self.ok:
            out.append((0, Notice("callback.report_imported", added=self.added, updated=self.updated)))
        else:
            out.append((0, Notice("callback.report_rejected")))
            out += self.errors
        return out

    def text(self, render: Render = str) -> str:
        """The report as text, each remark worded by ``render`` (default: codes and values, for logs)."""
        said = []
        for line, remark in self.lines():
            message = render(remark)
            if line:
                message = render(Notice("callback.report_line", line=line, message=message))
            said.append(message)
        return "\n".join(said) + "\n"


def queue(user: UserInfo, now: dt.datetime, with_escalated: bool) -> list[CallbackItem]:
    """The desk's callback queue: every open request, then (for those who see them) the escalated."""
    actor(user)  # signed in: a made-up UserInfo is refused
    items = open_queue(now)
    if with_escalated:
        items += escalated(user)
    return items


def _decode(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data[:200]:
        raise CallbackError("callback.csv_utf16")  # named, not mistaken for a missing phone column
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1251")


def _column_map(header: Sequence[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, title in enumerate(header):
        key = " ".join(title.strip().strip('"').lower().split())
        for column, names in _HEADERS.items():
            if key in names and column not in found:
                found[column] = index
    return found


_CLOCK = re.compile(r"(?P<h>\d{1,2})[:.](?P<m>\d{2})")


def _row_times(values: dict[str, str], now_local: dt.datetime):
    when, start_text, end_text = values.get("when", ""), values.get("from", ""), values.get("to", "")
    if when:
        return rules.parse_window(when, now_local)
    if not start_text and not end_text:
        return rules.to_utc_naive(now_local), None
    start = rules.parse_when(start_text, now_local) if start_text else now_local
    end = None
    if end_text:
        clock_only = _CLOCK.fullmatch(end_text.strip())
        if clock_only:  # "16:00" ends the window on the start's day
            hour, minute = int(clock_only["h"]), int(clock_only["m"])
            if hour > 23 or minute > 59:
                raise CallbackTimeError("callback.not_a_time_of_day", text=end_text.strip())
            end = start.replace(hour=hour, minute=minute, second=0, microsecond=0)
        else:
            end = rules.parse_when(end_text, now_local)
    return rules.to_utc_naive(start), (rules.to_utc_naive(end) if end is not None else None)


def _checked_row(values: dict[str, str], now_local: dt.datetime) -> tuple:
    """One CSV row ready to file; any problem with it raises ``CallbackError`` with the reason."""
    try:
        start, end = _row_times(values, now_local)
        return checked(values["phone"], values.get("name", ""), start, end, values.get("note", ""), "csv")
    except (CallbackError, CallbackTimeError):
        raise
    except (ValueError, OverflowError) as exc:  # a time no rule foresaw: a bad row, not a crash
        log.info("callback csv: unreadable row %r: %s", values, exc)
        times = " ".join(v for k, v in values.items() if k in ("when", "from", "to") and v)
        raise CallbackError("callback.row_time_unreadable", text=times) from None


# The longest field a callback CSV may have: the csv module's default limit, fixed here because the
# module's limit is process-wide and the importer of accounting's tables raises it (exchange/tables.py).
LONGEST_FIELD = 131_072


def parse_csv(data: bytes, now: dt.datetime) -> tuple[list[tuple], list[tuple[int, CodedError]]]:
    """Checked rows ready to file, and the errors (line, message); the file is bad if any error."""
    try:
        text = _decode(data)
    except UnicodeDecodeError:
        return [], [(1, CallbackError("callback.csv_not_text"))]
    except CallbackError as exc:
        return [], [(1, exc)]
    lines = text.splitlines()
    if not any(line.strip() for line in lines):
        return [], [(1, CallbackError("callback.csv_empty"))]
    first = next(line for line in lines if line.strip())
    delimiter = ";" if first.count(";") >= first.count(",") and ";" in first else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows, errors = [], []
    now_local = clock.to_local(now)
    columns: dict[str, int] | None = None
    records = iter(reader)
    while True:
        try:
            record = next(records)
        except StopIteration:
            break
        except csv.Error:  # a field past the csv module's limit (131,072 characters) or a broken quote
            return [], [
                (reader.line_num or 1, CallbackError("callback.csv_bad_field", longest=LONGEST_FIELD))
            ]
        if any(len(cell) > LONGEST_FIELD for cell in record):  # the same whatever limit the process has
            return [], [
                (reader.line_num or 1, CallbackError("callback.csv_bad_field", longest=LONGEST_FIELD))
            ]
        line = reader.line_num
        if not any(cell.strip() for cell in record):
            continue
        if columns is None:
            columns = _column_map(record)
            if "phone" not in columns:
                return [], [(line, CallbackError("callback.csv_no_phone_column"))]
            continue
        if len(rows) + len(errors) >= MAX_IMPORT_ROWS:
            errors.append((line, CallbackError("callback.csv_too_many_rows", limit=MAX_IMPORT_ROWS)))
            break
        values = {key: (record[i].strip() if i < len(record) else "") for key, i in columns.items()}
        try:
            checked = _checked_row(values, now_local)
        except (CallbackError, CallbackTimeError) as exc:
            errors.append((line, exc))
            continue
        rows.append(checked)
    if columns is not None and not rows and not errors:
        errors.append((1, CallbackError("callback.csv_no_requests")))
    return rows, errors


def import_csv(path: str | Path, now: dt.datetime | None = None) -> ImportReport:
    """Import a CSV of callback requests: all rows or none. Times in the file are the office's
    local time; ``now`` naive UTC (default: the clock)."""
    path = Path(path)
    now = now or clock.now_utc()
    try:
        data = path.read_bytes()
    except OSError as exc:
        problem = CallbackError("callback.csv_unreadable", reason=exc.strerror or str(exc))
        return ImportReport(False, 0, [(0, problem)], str(path))
    return _import_bytes(data, path.name, now)


def _import_bytes(data: bytes, name: str, now: dt.datetime, digest: str = "") -> ImportReport:
    rows, errors = parse_csv(data, now)
    if errors:
        return ImportReport(False, 0, errors, name)
    added = updated = 0
    with m.db_proxy.atomic():
        before = m.CallbackRequest.select(fn.MAX(m.CallbackRequest.id)).scalar() or 0
        created: set[int] = set()  # requests this file made (a number twice in it is one request)
        for raw, number, person, start, end, note in rows:
            new_id = file_checked(raw, number, person, start or now, end, note, "csv", None, None)
            if new_id > before and new_id not in created:
                created.add(new_id)
                added += 1
            else:
                updated += 1
        if digest:
            audit(None, "callbacks_imported", "callback_csv", digest, file=name, added=added, updated=updated)
    return ImportReport(True, added, [], name, updated=updated)


def _already_imported(digest: str) -> bool:
    return (
        m.AuditEvent.select()
        .where((m.AuditEvent.action == "callbacks_imported") & (m.AuditEvent.entity_id == digest))
        .exists()
    )


def _move(path: Path, folder: Path, report: ImportReport, render: Render) -> None:
    move_aside(path, folder, report.text(render))


def scan_drop_folder(
    folder: str | Path, now: dt.datetime | None = None, settle_s: float = 2.0, render: Render = str
) -> list[ImportReport]:
    """Import each ``*.csv`` in the folder, then move it to ``done/`` or ``rejected/`` with a
    ``.report.txt`` beside it. A file imported before (same content) is not imported again.
    Files changed in the last ``settle_s`` seconds are left for the next scan (still being written).
    ``render`` words the report files (the UI passes ``ui.messages.english``)."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    now = now or clock.now_utc()
    reports = []
    wall = clock.wall_time()  # file times are the system's, whatever day the desk is on
    for path in sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() == ".csv"):
        try:
            if wall - path.stat().st_mtime < settle_s:
                continue
            data = path.read_bytes()
        except OSError as exc:
            log.warning("callback drop: cannot read %s: %s", path.name, exc)
            continue
        digest = hashlib.sha256(data).hexdigest()
        if _already_imported(digest):
            report = ImportReport(True, 0, [], path.name, duplicate=True)
        else:
            try:
                report = _import_bytes(data, path.name, now, digest)
            except (OperationalError, InterfaceError):
                raise  # the database is away: the file stays for the next scan
            except Exception as exc:  # noqa: BLE001 - one bad file must not stop the scan
                log.exception("callback drop: %s could not be imported", path.name)
                problem = CallbackError("callback.csv_import_failed", reason=str(exc))
                report = ImportReport(False, 0, [(0, problem)], path.name)
        try:
            _move(path, folder / ("done" if report.ok else "rejected"), report, render)
        except OSError as exc:
            log.warning("callback drop: cannot move %s: %s", path.name, exc)
        reports.append(report)
    return reports


def policy_from(settings) -> rules.CallbackPolicy:
    """The retry policy from the settings (``callbacks.max_attempts``, ``callbacks.retry_minutes``);
    bad values fall back to the defaults."""
    from orderdesk_gui import config

    try:
        return rules.CallbackPolicy(
            max_attempts=int(settings.get(config.CALLBACK_MAX_ATTEMPTS)),
            retry_minutes=int(settings.get(config.CALLBACK_RETRY_MINUTES)),
        )
    except (TypeError, ValueError):
        return rules.CallbackPolicy()
