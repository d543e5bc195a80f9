"""Editing the routing rules (admin): show them, or replace them all from a JSON file, validated."""

from __future__ import annotations

import json

from orderdesk_gui.db import models as m
from orderdesk_gui.domain.entities import UserInfo
from orderdesk_gui.domain.roles import Permission
from orderdesk_gui.domain.routing import HEAD, TAKE_HERE, TRANSFER
from orderdesk_gui.errors import CodedError
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
        reason = str(rule.get("reason") or "").strip()
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
    """Replace every rule at once (all or nothing), by an administrator or the command line's actor."""
    who = require(by, Permission.EDIT_ROUTING)
    clean = validate(rules)
    with m.db_proxy.atomic():
        m.RoutingRule.delete().execute()
        for rule in clean:
            m.RoutingRule.create(**rule)
        audit(who.id, "routing_rules_replaced", "routing_rule", "", count=len(clean))
    return len(clean)


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
