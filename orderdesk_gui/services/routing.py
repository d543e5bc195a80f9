"""Editing the routing (administrators, and whoever holds ``EDIT_ROUTING``): the rules, replaced all at
once from a JSON file (``orderdesk routing load``) or from the Routing window, both through ``validate``;
the departments' heads the rules name; and a preview of where a client's call would go, worked out by the
desk's own routing (``services.caller``, ``domain.routing``) from the saved rules or the ones being edited.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass

from orderdesk_gui.db import models as m
from orderdesk_gui.db import queries
from orderdesk_gui.domain.changes import Changes
from orderdesk_gui.domain.debt import DebtRules
from orderdesk_gui.domain.entities import UserInfo
from orderdesk_gui.domain.roles import Permission, Role
from orderdesk_gui.domain.routing import (
    HEAD,
    TAKE_HERE,
    TRANSFER,
    Proposal,
    Rule,
    debt_transfer,
    matching_rule,
    propose,
    rule_from,
)
from orderdesk_gui.domain.text import storable, typed
from orderdesk_gui.errors import CodedError
from orderdesk_gui.services import caller
from orderdesk_gui.services.auth import audit, require

STEPS = ("client_manager", "key_account_manager", "finance")
PURPOSES = ("", "order", "info", "complaint", "other")
FIELDS = ("priority", "action", "client_type", "purpose", "client_is_new", "chain", "assign_chain", "reason")


class RoutingError(CodedError, ValueError):
    """A rule file that cannot be used: a ``routing.*`` code, with the rule's number (``rule``)."""


def export_rules() -> list[dict]:
    return [
        {f: getattr(r, f) for f in FIELDS}
        for r in m.RoutingRule.select().where(m.RoutingRule.active == True).order_by(m.RoutingRule.priority)  # noqa: E712
    ]


def _steps(value, where: int, departments: set[str]) -> str:
    items = value.split(",") if isinstance(value, str) else list(value or [])
    items = [str(s).strip() for s in items if str(s).strip()]
    for step in items:
        if step in STEPS:
            continue
        if step.startswith(HEAD) and step.removeprefix(HEAD) in departments:
            continue
        raise RoutingError(
            "routing.unknown_step", rule=where, step=step, steps=list(STEPS), departments=sorted(departments)
        )
    return ",".join(items)


def validate(rules: list[dict]) -> list[dict]:
    if not isinstance(rules, list) or not rules:
        raise RoutingError("routing.not_a_list")
    types = {t.code for t in m.ClientType.select()}
    departments = {d.code for d in m.Department.select()}
    clean, priorities = [], set()
    for i, rule in enumerate(rules, 1):
        where = i
        if not isinstance(rule, dict):
            raise RoutingError("routing.rule_not_object", rule=where)
        unknown = set(rule) - set(FIELDS)
        if unknown:
            raise RoutingError("routing.unknown_fields", rule=where, fields=sorted(unknown))
        for key in ("client_type", "purpose", "chain", "assign_chain", "reason", "action"):
            if rule.get(key) is not None and not isinstance(rule[key], str):  # a list, a number, an object
                raise RoutingError("routing.not_text", rule=where, field=key)
        try:
            priority = int(rule.get("priority"))
        except (TypeError, ValueError):
            raise RoutingError("routing.priority_not_whole", rule=where) from None
        if priority in priorities:
            raise RoutingError("routing.priority_twice", rule=where, priority=priority)
        priorities.add(priority)
        action = rule.get("action")
        if action not in (TAKE_HERE, TRANSFER):
            raise RoutingError("routing.bad_action", rule=where, actions=[TAKE_HERE, TRANSFER])
        ctype = rule.get("client_type") or ""
        if ctype and ctype not in types:
            raise RoutingError("routing.unknown_client_type", rule=where, type=ctype)
        purpose = rule.get("purpose") or ""
        if purpose not in PURPOSES:
            raise RoutingError("routing.bad_purpose", rule=where, purposes=list(PURPOSES[1:]))
        is_new = rule.get("client_is_new")
        if is_new not in (None, True, False):
            raise RoutingError("routing.bad_client_is_new", rule=where)
        chain = _steps(rule.get("chain", ""), where, departments)
        if action == TRANSFER and not chain:
            raise RoutingError("routing.transfer_without_chain", rule=where)
        reason = storable(str(rule.get("reason") or "")).strip()
        if len(reason) > 300:
            raise RoutingError("routing.reason_too_long", rule=where, most=300)
        clean.append(
            dict(
                priority=priority,
                action=action,
                client_type=ctype,
                purpose=purpose,
                client_is_new=is_new,
                chain=chain,
                assign_chain=_steps(rule.get("assign_chain", ""), where, departments),
                reason=reason,
            )
        )
    return clean


def replace_rules(rules: list[dict], by: UserInfo) -> int:
    """Replace every rule at once (all or nothing), by an administrator or the command line's actor;
    audited with the rules before and after."""
    return save_rules(by, rules).count


# --- the Routing window (View > Routing…) -------------------------------------------------------------

DEBT_AS_BOOKED, DEBT_RED, DEBT_NONE = "books", "red", "none"
DEBT_CHOICES = (DEBT_AS_BOOKED, DEBT_RED, DEBT_NONE)
PREVIEW_PURPOSES = PURPOSES[1:]


@dataclass(frozen=True)
class DepartmentHead:
    code: str
    name: str
    head_id: int | None
    head_name: str


@dataclass(frozen=True)
class RoutingSetup:
    """What the window edits: departments with their heads, who may head one, the saved rules, and the
    words a rule is made of (client types, steps)."""

    departments: list[DepartmentHead]
    people: list[tuple[int, str]]  # active users who may head a department or be previewed absent
    rules: list[dict]
    client_types: list[tuple[str, str]]  # code, name
    steps: list[str]  # every step a chain may name


@dataclass(frozen=True)
class HeadSet:
    departments: list[DepartmentHead]
    changes: Changes = Changes(clients=True)  # the card proposes by the heads and rules


@dataclass(frozen=True)
class RulesSaved:
    count: int
    rules: list[dict]
    changes: Changes = Changes(clients=True)  # the card proposes by the heads and rules


@dataclass(frozen=True)
class Preview:
    """Where a call of this client would go, and why: the rule that matched (None: no rule did, or red
    debt sent an order to debt handling first), the desk's proposal, with whom it passed over."""

    client_name: str
    client_type: str
    manager_name: str
    purpose: str
    debt_red: bool
    rule: Rule | None
    proposal: Proposal
    debt_route: bool
    absent_name: str = ""


def _departments() -> list[DepartmentHead]:
    heads = {u.head_of_id: u for u in m.User.select().where(m.User.head_of.is_null(False))}
    return [
        DepartmentHead(
            d.code,
            d.name,
            heads[d.id].id if d.id in heads else None,
            heads[d.id].full_name if d.id in heads else "",
        )
        for d in m.Department.select().order_by(m.Department.id)
    ]


def _people() -> list[tuple[int, str]]:
    query = (
        m.User.select(m.User.id, m.User.full_name)
        .where((m.User.active == True) & (m.User.role != Role.EXCHANGE.value))  # noqa: E712
        .order_by(m.User.full_name, m.User.id)
    )
    return [(u.id, u.full_name) for u in query]


def setup(user: UserInfo) -> RoutingSetup:
    """Everything the Routing window shows (administrators and whoever may edit the routing)."""
    require(user, Permission.EDIT_ROUTING)
    departments = _departments()
    return RoutingSetup(
        departments=departments,
        people=_people(),
        rules=export_rules(),
        client_types=[(t.code, t.name) for t in m.ClientType.select().order_by(m.ClientType.code)],
        steps=list(STEPS) + [HEAD + d.code for d in departments],
    )


def set_head(user: UserInfo, department: str, head_id: int | None) -> HeadSet:
    """Make ``head_id`` (an active user heading no other department; None: nobody) the head of
    ``department``, in place of the one before; audited with the old and the new head."""
    who = require(user, Permission.EDIT_ROUTING)
    with m.db_proxy.atomic():
        dept = m.Department.get_or_none(m.Department.code == str(department)[:32])
        if dept is None:
            raise RoutingError("routing.no_such_department", department=typed(str(department), 40))
        old = m.User.get_or_none(m.User.head_of == dept.id)
        new = None
        if head_id is not None:
            new = m.User.get_or_none(
                (m.User.id == head_id) & (m.User.active == True) & (m.User.role != Role.EXCHANGE.value)  # noqa: E712
            )
            if new is None:
                raise RoutingError("routing.no_such_person")
            if new.head_of_id is not None and new.head_of_id != dept.id:
                raise RoutingError("routing.heads_another", person=new.full_name, department=new.head_of.name)
        if (old.id if old else None) != (new.id if new else None):
            if old is not None:
                m.User.update(head_of=None).where(m.User.id == old.id).execute()
            if new is not None:
                m.User.update(head_of=dept.id).where(m.User.id == new.id).execute()
            audit(
                who.id,
                "department_head_changed",
                "department",
                dept.code,
                old={"id": old.id, "name": old.full_name} if old else None,
                new={"id": new.id, "name": new.full_name} if new else None,
            )
        return HeadSet(_departments())


def check_rules(user: UserInfo, rules: list[dict]) -> list[dict]:
    """The rules being edited as ``routing load`` would take them (``validate``), nothing saved: the
    rule form's OK."""
    require(user, Permission.EDIT_ROUTING)
    return validate(rules)


def save_rules(user: UserInfo, rules: list[dict]) -> RulesSaved:
    """Replace every rule at once (all or nothing): the window's Save and the command line's load alike;
    audited with the rules before and after."""
    who = require(user, Permission.EDIT_ROUTING)
    clean = validate(rules)
    with m.db_proxy.atomic():
        old = export_rules()
        m.RoutingRule.delete().execute()
        for rule in clean:
            m.RoutingRule.create(**rule)
        audit(who.id, "routing_rules_replaced", "routing_rule", "", count=len(clean), old=old, new=clean)
    return RulesSaved(len(clean), export_rules())


def find_clients(user: UserInfo, text: str, limit: int = 30) -> list[tuple[int, str, str]]:
    """Clients for the preview, by name, code, phone or tax id: (id, code, name)."""
    require(user, Permission.EDIT_ROUTING)
    return [(h.id, h.code, h.name) for h in queries.search_clients(typed(text), limit)]


def preview(
    user: UserInfo,
    client_id: int,
    purpose: str,
    today: dt.date,
    debt_rules: DebtRules,
    debt: str = DEBT_AS_BOOKED,
    absent_id: int | None = None,
    rules: list[dict] | None = None,
) -> Preview:
    """Where a call of ``client_id`` about ``purpose`` would go today, as the desk's card proposes it:
    with its debt as booked, or taken as red or clear; with one person taken as absent (their substitute
    then stands in, as on the desk); by the saved rules, or by ``rules`` being edited (validated first)."""
    require(user, Permission.EDIT_ROUTING)
    if purpose not in PREVIEW_PURPOSES:
        raise RoutingError("routing.preview_purpose", purposes=list(PREVIEW_PURPOSES))
    if debt not in DEBT_CHOICES:
        raise RoutingError("routing.preview_debt")
    rule_set = [rule_from(r) for r in validate(rules)] if rules is not None else queries.routing_rules()
    card = queries.client_card(client_id)
    if card is None:
        raise RoutingError("routing.no_such_client")
    people = queries.people()
    absent = next((p for p in people if p.id == absent_id), None)
    if absent_id is not None and absent is None:
        raise RoutingError("routing.no_such_person")
    if absent is not None:
        people = [
            dataclasses.replace(p, presence="absent", absent_until=None) if p.id == absent.id else p
            for p in people
        ]
    ctx = caller.context(card, purpose, today)
    red = (
        caller.client_debt(card, today, debt_rules).blocks_orders
        if debt == DEBT_AS_BOOKED
        else debt == DEBT_RED
    )
    debt_route = red and purpose == "order"  # as CallerView.action: red debt sends an order call there
    proposal = debt_transfer(ctx, people) if debt_route else propose(ctx, rule_set, people)
    return Preview(
        client_name=card.name,
        client_type=card.type_name,
        manager_name=card.manager_name,
        purpose=purpose,
        debt_red=red,
        rule=None if debt_route else matching_rule(ctx, rule_set),
        proposal=proposal,
        debt_route=debt_route,
        absent_name=absent.name if absent else "",
    )


def load_file(path: str) -> list[dict]:
    try:
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    except UnicodeDecodeError:
        raise RoutingError("routing.file_not_utf8", path=path) from None
    except json.JSONDecodeError as exc:
        raise RoutingError("routing.file_not_json", path=path, problem=str(exc)) from None
    except OSError as exc:
        raise RoutingError("routing.file_unreadable", path=path, problem=exc.strerror or str(exc)) from None
