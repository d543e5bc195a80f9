"""Sales heads' outbound call tasks (D17): a client filter, a survey, items worked from the desk like
the worklist, answers checked and flowing back to the head."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

from peewee import JOIN, fn

from orderdesk_gui import clock
from orderdesk_gui.db import models as m
from orderdesk_gui.db.bulk import BulkWriter
from orderdesk_gui.db.followups import to_datetime
from orderdesk_gui.domain import journal
from orderdesk_gui.domain import sleeping as rules
from orderdesk_gui.domain.entities import UserInfo
from orderdesk_gui.domain.journal import (
    ANSWER_TYPES,
    ClientFilter,
    SurveyQuestion,
    TaskItemRow,
    TaskSummary,
)
from orderdesk_gui.domain.roles import Permission
from orderdesk_gui.domain.states import ClientStatus, TaskItemStatus, TaskStatus
from orderdesk_gui.errors import CodedError
from orderdesk_gui.services import sleeping
from orderdesk_gui.services.auth import actor, audit, require
from orderdesk_gui.services.callbacks import ATTEMPT_LOCK  # the same lock as a callback's dial
from orderdesk_gui.services.calls import (
    TASK_KEEP_OPEN,
    CallError,
    close_call,
    open_outbound_call,
    record_task_item,
)

TITLE_MAX, INSTRUCTION_MAX, ANSWER_MAX, QUESTIONS_MAX = 200, 4000, 1000, 20
_YES = {"yes", "y", "да", "д", "иә", "ия", "true", "1", "+"}
_NO = {"no", "n", "нет", "н", "жоқ", "false", "0", "-"}


class TaskError(CodedError, ValueError):
    """A task, survey answer or worklist action that cannot be done (``task.*`` codes)."""


def _check_questions(questions: Sequence[SurveyQuestion]) -> list[dict]:
    if len(questions) > QUESTIONS_MAX:
        raise TaskError("task.too_many_questions", limit=QUESTIONS_MAX)
    keys: set[str] = set()
    out = []
    for n, q in enumerate(questions, 1):
        key = (q.key or f"q{n}").strip()
        text = (q.text or "").strip()
        if not text:
            raise TaskError("task.question_without_text", number=n)
        if len(text) > 500:
            raise TaskError("task.question_too_long", number=n, limit=500)
        if key in keys:
            raise TaskError("task.question_key_twice", key=key)
        if q.kind not in ANSWER_TYPES:
            raise TaskError("task.question_unknown_kind", number=n, kind=q.kind)
        choices = [c.strip() for c in q.choices if c and c.strip()]
        if q.kind == "choice" and len(set(choices)) < 2:
            raise TaskError("task.question_needs_choices", number=n)
        keys.add(key)
        out.append(
            {
                "key": key,
                "text": text,
                "kind": q.kind,
                "choices": choices if q.kind == "choice" else [],
                "required": bool(q.required),
            }
        )
    return out


def _questions(survey: str) -> tuple[SurveyQuestion, ...]:
    """The survey stored on a task (also reads the demo's older shape: q / type / options)."""
    if not survey:
        return ()
    try:
        raw = json.loads(survey)
    except ValueError:
        return ()
    out = []
    for n, item in enumerate(raw if isinstance(raw, list) else [], 1):
        if not isinstance(item, dict):
            continue
        kind = item.get("kind") or item.get("type") or "text"
        out.append(
            SurveyQuestion(
                key=str(item.get("key") or f"q{n}"),
                text=str(item.get("text") or item.get("q") or ""),
                kind=kind if kind in ANSWER_TYPES else "text",
                choices=tuple(item.get("choices") or item.get("options") or ()),
                required=bool(item.get("required", False)),
            )
        )
    return tuple(out)


def _filter_json(f: ClientFilter) -> str:
    return json.dumps(
        {
            "type_codes": list(f.type_codes),
            "region": f.region,
            "manager_id": f.manager_id,
            "sleeping_only": f.sleeping_only,
            "with_debt_only": f.with_debt_only,
            "limit": f.limit,
        },
        ensure_ascii=False,
    )


def _matching_clients(
    f: ClientFilter, today: dt.date, policy: rules.SleepingPolicy | None = None
) -> list[int]:
    C = m.Client
    where = C.status == ClientStatus.ACTIVE
    if f.type_codes:
        types = m.ClientType.select(m.ClientType.id).where(m.ClientType.code.in_(list(f.type_codes)))
        where &= C.client_type.in_(types)
    region = (f.region or "").strip()
    if region:
        # SQLite's LOWER() knows only ASCII: the distinct spellings are matched here instead
        wanted = region.casefold()
        regions = [r for (r,) in C.select(C.region).distinct().tuples() if (r or "").casefold() == wanted]
        cities = [c for (c,) in C.select(C.city).distinct().tuples() if (c or "").casefold() == wanted]
        where &= C.region.in_(regions or [""]) & (C.region != "") | C.city.in_(cities or [""]) & (
            C.city != ""
        )
    if f.manager_id is not None:
        where &= C.manager == f.manager_id
    if f.with_debt_only:
        R = m.Receivable
        overdue = R.select(R.client).where(
            (R.paid == False) & (R.due_date < today) & (R.amount > R.paid_amount)  # noqa: E712
        )
        owed = (
            R.select(fn.SUM(R.amount - R.paid_amount)).where((R.client == C.id) & (R.paid == False))  # noqa: E712
        )
        where &= C.id.in_(overdue) | (owed > C.credit_limit)
    ids = [cid for (cid,) in C.select(C.id).where(where).order_by(C.id).tuples()]
    if f.sleeping_only:
        worklist = sleeping.sleeping_worklist(today, policy or rules.SleepingPolicy())
        wanted = set(ids)
        ids = [s.client_id for s in worklist if s.client_id in wanted]  # most value lost first
    return ids[: max(0, f.limit)]


def preview_task_clients(client_filter: ClientFilter, today: dt.date) -> int:
    """How many clients a task with this filter would call."""
    return len(_matching_clients(client_filter, today))


def create_task(
    user: UserInfo,
    title: str,
    instruction: str,
    questions: Sequence[SurveyQuestion],
    client_filter: ClientFilter,
    today: dt.date,
    due_date: dt.date | None = None,
    policy: rules.SleepingPolicy | None = None,
) -> int:
    """A sales head's outbound call task: one item per matching client (Permission.MANAGE_TASKS)."""
    require(user, Permission.MANAGE_TASKS)
    title, instruction = (title or "").strip(), (instruction or "").strip()
    if len(title) < 3 or len(title) > TITLE_MAX:
        raise TaskError("task.title_length", shortest=3, longest=TITLE_MAX)
    if len(instruction) > INSTRUCTION_MAX:
        raise TaskError("task.instruction_too_long", limit=INSTRUCTION_MAX)
    if due_date is not None and due_date < today:
        raise TaskError("task.due_date_past", day=due_date)
    survey = _check_questions(questions)
    if client_filter.limit < 1:
        raise TaskError("task.client_limit_below_one")
    clients = _matching_clients(client_filter, today, policy)
    if not clients:
        raise TaskError("task.no_client_matches")
    with m.db_proxy.atomic():
        task = m.OutboundTask.create(
            title=title,
            instruction=instruction,
            survey=json.dumps(survey, ensure_ascii=False) if survey else "",
            created_by=user.id,
            due_date=due_date,
            client_filter=_filter_json(client_filter),
        )
        writer = BulkWriter(
            m.db_proxy.obj,
            m.OutboundTaskItem,
            ("task", "client", "status", "outcome", "answers", "refusal_reason", "attempts"),
        )
        writer.extend((task.id, cid, "open", "", "", "", 0) for cid in clients)
        writer.flush()
        audit(user.id, "task_created", "task", task.id, title=title, clients=len(clients))
    return task.id


def _summaries(where) -> list[TaskSummary]:
    T, It = m.OutboundTask, m.OutboundTaskItem
    counts: dict[int, list[int]] = {}
    item_rows = (
        It.select(It.task, It.status, It.outcome, fn.COUNT(It.id))
        .join(T, on=(It.task == T.id))
        .where(where)
        .group_by(It.task, It.status, It.outcome)
        .tuples()
    )
    for task_id, status, outcome, n in item_rows:
        c = counts.setdefault(task_id, [0, 0, 0])
        c[0] += n
        if status == TaskItemStatus.DONE:
            c[1] += n
            if outcome == journal.REFUSED:
                c[2] += n
    rows = (
        T.select(T, m.User.full_name)
        .join(m.User, on=(T.created_by == m.User.id))
        .where(where)
        .order_by(T.created_at.desc(), T.id.desc())
    )
    out = []
    for t in rows:
        total, done, refused = counts.get(t.id, [0, 0, 0])
        out.append(
            TaskSummary(
                id=t.id,
                title=t.title,
                instruction=t.instruction,
                created_by=t.created_by.full_name,
                created_at=t.created_at,
                due_date=t.due_date,
                status=t.status,
                questions=_questions(t.survey),
                total=total,
                done=done,
                refused=refused,
            )
        )
    return out


def tasks(user: UserInfo, open_only: bool = True) -> list[TaskSummary]:
    """Call tasks, newest first (operators work the open ones; heads see them all)."""
    actor(user)  # signed in: a made-up UserInfo is refused
    where = m.OutboundTask.status == TaskStatus.OPEN if open_only else m.OutboundTask.id > 0
    return _summaries(where)


def task_items(task_id: int, open_only: bool = False) -> list[TaskItemRow]:
    """The clients of a task with who called, the outcome and the answers."""
    It, C = m.OutboundTaskItem, m.Client
    Op = m.User.alias("io")
    where = It.task == task_id
    if open_only:
        where &= It.status == TaskItemStatus.OPEN
    query = (
        It.select(
            It.id,
            It.task,
            It.client,
            C.code,
            C.name,
            It.status,
            It.outcome,
            It.answers,
            It.refusal_reason,
            Op.full_name,
            It.attempts,
            It.done_at,
        )
        .join(C, on=(It.client == C.id))
        .switch(It)
        .join(Op, JOIN.LEFT_OUTER, on=(It.operator == Op.id))
        .where(where)
        .order_by(It.status.desc(), It.id)  # open first
    )
    rows = m.db_proxy.execute(query).fetchall()
    phones: dict[int, str] = {}
    client_ids = [r[2] for r in rows]
    for start in range(0, len(client_ids), 900):
        part = client_ids[start : start + 900]
        for cid, e164 in (
            m.Phone.select(m.Phone.client, m.Phone.e164)
            .where(m.Phone.client.in_(part))
            .order_by(m.Phone.id)
            .tuples()
        ):
            phones.setdefault(cid, e164)
    out = []
    for r in rows:
        try:
            answers = json.loads(r[7]) if r[7] else {}
        except ValueError:
            answers = {}
        out.append(
            TaskItemRow(
                id=r[0],
                task_id=r[1],
                client_id=r[2],
                client_code=r[3],
                client_name=r[4],
                phone=phones.get(r[2], ""),
                status=r[5],
                outcome=r[6] or "",
                answers=answers if isinstance(answers, dict) else {},
                refusal_reason=r[8] or "",
                operator_name=r[9] or "",
                attempts=r[10] or 0,
                done_at=to_datetime(r[11]),
            )
        )
    return out


def _item(item_id: int) -> m.OutboundTaskItem:
    item = m.OutboundTaskItem.get_or_none(m.OutboundTaskItem.id == item_id)
    if item is None:
        raise TaskError("task.item_gone")
    return item


def start_task_item(user: UserInfo, item_id: int) -> int:
    """Call the client of a task item: an outbound call with source "task"."""
    actor(user)  # signed in: a made-up UserInfo is refused
    with m.db_proxy.atomic():
        item = _item(item_id)
        if item.task.status != TaskStatus.OPEN:
            raise TaskError("task.closed")
        if item.status != TaskItemStatus.OPEN:
            raise TaskError("task.client_called_already")
        previous = item.call_id
        if previous is not None:
            busy = (
                m.Call.select(m.User.full_name)
                .join(m.User, on=(m.Call.operator == m.User.id))
                .where(
                    (m.Call.id == previous)
                    & m.Call.ended_at.is_null()
                    & (m.Call.operator != user.id)
                    & (m.Call.started_at > clock.now_utc() - ATTEMPT_LOCK)
                )
                .scalar()
            )
            if busy:
                raise TaskError("task.being_called", name=busy)
        try:
            call_id = open_outbound_call(user, "", item.client_id, "task", purpose="other")
        except CallError as exc:
            raise TaskError(exc.code, **exc.params) from None
        It = m.OutboundTaskItem
        # compare and set: of two operators starting the item at once only one links a call
        claimed = (
            It.update(call=call_id, operator=user.id)
            .where(
                (It.id == item.id)
                & (It.status == TaskItemStatus.OPEN)
                & (It.call.is_null() if previous is None else (It.call == previous))
            )
            .execute()
        )
        if not claimed:
            raise TaskError("task.just_started_by_another")
    return call_id


def check_answers(
    questions: Sequence[SurveyQuestion], answers: dict[str, str], *, require_all: bool = True
) -> dict[str, str]:
    """Answers checked against the survey: required ones present, yes/no, numbers, one of the choices."""
    by_key = {q.key: q for q in questions}
    unknown = [k for k in answers if k not in by_key]
    if unknown:
        raise TaskError("task.unknown_question", key=unknown[0])
    out: dict[str, str] = {}
    for n, q in enumerate(questions, 1):
        value = str(answers.get(q.key, "") or "").strip()
        if not value:
            if q.required and require_all:
                raise TaskError("task.answer_required", number=n, question=q.text)
            continue
        if len(value) > ANSWER_MAX:
            raise TaskError("task.answer_too_long", number=n, limit=ANSWER_MAX)
        if q.kind == "yesno":
            low = value.lower()
            if low in _YES:
                value = "yes"
            elif low in _NO:
                value = "no"
            else:
                raise TaskError("task.answer_yes_or_no", number=n)
        elif q.kind == "number":
            try:
                number = Decimal(value.replace(" ", "").replace("\u00a0", "").replace(",", "."))
            except InvalidOperation:
                raise TaskError("task.answer_a_number", number=n) from None
            if not number.is_finite():
                raise TaskError("task.answer_a_number", number=n)
            # "10" stays "10" (normalize() alone would give "1E+1"); "2.50" becomes "2.5"
            value = format(number.normalize(), "f")
        elif q.kind == "choice":
            match = [c for c in q.choices if c.lower() == value.lower()]
            if not match:
                raise TaskError("task.answer_one_of", number=n, choices=list(q.choices))
            value = match[0]
        out[q.key] = value
    return out


def finish_task_item(
    user: UserInfo,
    item_id: int,
    call_id: int,
    outcome: str,
    answers: dict[str, str],
    refusal_reason: str = "",
    notes: str = "",
    *,
    callback_at: dt.datetime | None = None,
) -> None:
    """Record the call of a task item and close the call, in one transaction.

    No answer, busy or a callback asked for keep the item open (attempts + 1);
    ``refused`` needs the reason; a reached client's answers are checked against
    the survey. The attempt is counted once (``calls.record_task_item``): when the call
    was closed already with F12 on this item, only the answers are added.
    """
    actor(user)  # signed in: a made-up UserInfo is refused
    if outcome not in journal.OUTCOMES:
        raise TaskError("call.unknown_outcome", outcome=outcome)
    refusal_reason = (refusal_reason or "").strip()
    with m.db_proxy.atomic():
        item = _item(item_id)
        call = m.Call.get_or_none(m.Call.id == call_id)
        if call is None:
            raise TaskError("call.record_gone")
        # F12 or a transfer closed this very call and counted the attempt already
        counted = call.ended_at is not None and item.call_id == call_id and bool(item.outcome)
        if item.status != TaskItemStatus.OPEN and not counted:
            raise TaskError("task.item_finished_already")
        if call.client_id != item.client_id:
            raise TaskError("task.call_with_another_client")
        if counted and outcome != item.outcome:
            raise TaskError("task.call_closed_with_another_outcome")
        checked: dict[str, str] = {}
        keep_open = outcome in TASK_KEEP_OPEN
        if outcome == journal.REFUSED:
            if len(refusal_reason) < 2:
                raise TaskError("call.refusal_reason_missing")
            checked = check_answers(_questions(item.task.survey), answers, require_all=False)
        elif not keep_open:
            checked = check_answers(_questions(item.task.survey), answers)
        answers_json = json.dumps(checked, ensure_ascii=False) if checked else ""
        reason = refusal_reason if outcome == journal.REFUSED else ""
        if call.ended_at is None:
            # closing the call records the item (close_call does it for the item on this call)
            item.call, item.operator = call_id, user.id
            item.save(only=[m.OutboundTaskItem.call, m.OutboundTaskItem.operator])
            try:
                close_call(user, call_id, outcome, reason, notes, callback_at=callback_at)
            except CallError as exc:
                raise TaskError(exc.code, **exc.params) from None
            item = _item(item_id)
            if item.status == TaskItemStatus.DONE and item.call_id == call_id:
                item.answers = answers_json
                item.save(only=[m.OutboundTaskItem.answers])
        elif counted:  # only the answers are new
            if item.status == TaskItemStatus.DONE and answers_json:
                item.answers = answers_json
                item.save(only=[m.OutboundTaskItem.answers])
        else:  # a call closed before without the item (an older version): count it now
            record_task_item(item, call_id, user.id, outcome, reason, clock.now_utc(), answers_json)


def close_task(user: UserInfo, task_id: int) -> None:
    """Stop a task: its open items are no longer offered to operators."""
    require(user, Permission.MANAGE_TASKS)
    with m.db_proxy.atomic():
        task = m.OutboundTask.get_or_none(m.OutboundTask.id == task_id)
        if task is None:
            raise TaskError("task.gone")
        if task.status == TaskStatus.CLOSED:
            return
        task.status = TaskStatus.CLOSED
        task.save(only=[m.OutboundTask.status])
        audit(user.id, "task_closed", "task", task.id)


def task_results(user: UserInfo, task_id: int) -> tuple[TaskSummary, list[TaskItemRow]]:
    """The head's view of a task: the summary and every item with answers and refusal reasons."""
    require(user, Permission.MANAGE_TASKS)
    found = _summaries(m.OutboundTask.id == task_id)
    if not found:
        raise TaskError("task.gone")
    return found[0], task_items(task_id)
