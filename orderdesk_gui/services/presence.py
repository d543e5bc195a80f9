"""Presence and substitutes (issue 16 part 2): anyone sets their own presence (available, away, absent
until a date); heads set it for the people of their department, administrators for everyone, with the
substitute who takes over the absent person's calls (routing), escalated callbacks and clients for
exactly that period. Every change is audited with the old and the new values and announced to the other
desks at commit; routing reads presence on every call, so it follows at once."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from orderdesk_gui import clock
from orderdesk_gui.db import models as m
from orderdesk_gui.domain.changes import Changes
from orderdesk_gui.domain.entities import UserInfo
from orderdesk_gui.domain.roles import Permission, has_permission
from orderdesk_gui.errors import CodedError
from orderdesk_gui.services.auth import PermissionDenied, actor, audit

AVAILABLE, AWAY, ABSENT = "available", "away", "absent"
STATES = (AVAILABLE, AWAY, ABSENT)
LONGEST_ABSENCE_DAYS = 366


class PresenceError(CodedError, ValueError):
    """A presence that cannot be set: ``presence.*``."""


@dataclass(frozen=True)
class PersonPresence:
    user_id: int
    name: str
    department: str
    presence: str
    absent_until: dt.date | None
    substitute_id: int | None
    substitute: str


@dataclass(frozen=True)
class PresenceSet:
    person: PersonPresence
    changes: Changes = Changes(presence=True, callbacks=True, tasks=True, clients=True)


def _may_set_for(who, target: m.User) -> bool:
    if who.id == target.id or has_permission(who.role, Permission.MANAGE_USERS):
        return True
    head_of = m.User.select(m.User.head_of).where(m.User.id == who.id).scalar()
    return head_of is not None and head_of == target.department_id


def _person(row: m.User) -> PersonPresence:
    sub = m.User.get_or_none(m.User.id == row.substitute_id) if row.substitute_id else None
    return PersonPresence(
        row.id,
        row.full_name,
        row.department.name if row.department_id else "",
        row.presence,
        row.absent_until,
        row.substitute_id,
        sub.full_name if sub else "",
    )


def people(user: UserInfo) -> list[PersonPresence]:
    """Whose presence ``user`` may set: themselves first, then their department's people (a head), or
    everyone (an administrator)."""
    who = actor(user)
    query = m.User.select().where(m.User.active == True)  # noqa: E712
    if not has_permission(who.role, Permission.MANAGE_USERS):
        head_of = m.User.select(m.User.head_of).where(m.User.id == who.id).scalar()
        query = query.where(
            (m.User.id == who.id) | ((m.User.department == head_of) if head_of is not None else False)
        )
    rows = sorted(query, key=lambda r: (r.id != who.id, r.full_name))
    return [_person(r) for r in rows]


def substitutes(user: UserInfo) -> list[tuple[int, str]]:
    """Who may stand in for someone: every active user who takes orders, by name."""
    actor(user)
    from orderdesk_gui.domain.roles import PERMISSIONS, Role

    roles = [r.value for r in Role if Permission.TAKE_ORDERS in PERMISSIONS.get(r, frozenset())]
    rows = (
        m.User.select(m.User.id, m.User.full_name)
        .where((m.User.active == True) & m.User.role.in_(roles))  # noqa: E712
        .order_by(m.User.full_name)
        .tuples()
    )
    return list(rows)


def choices(user: UserInfo) -> tuple[list[PersonPresence], list[tuple[int, str]]]:
    """What the presence dialog offers: whose presence ``user`` may set, and who may stand in."""
    return people(user), substitutes(user)


def set_presence(
    user: UserInfo,
    target_id: int,
    presence: str,
    until: dt.date | None = None,
    substitute_id: int | None = None,
) -> PresenceSet:
    """Set ``target_id``'s presence. ``absent`` needs the last day of absence (today at the earliest,
    within a year); a substitute is named by a head or an administrator (never by oneself for oneself
    only: a substitute takes over someone's clients, which is a head's decision) and must be another
    active person who is not absent themselves. Back to ``available`` clears the absence and the
    substitute."""
    who = actor(user)
    if presence not in STATES:
        raise PresenceError("presence.unknown", presence=str(presence)[:32])
    with m.db_proxy.atomic():
        target = m.for_update(m.User.select().where(m.User.id == target_id)).first()
        if target is None or not target.active:
            raise PresenceError("presence.no_such_person")
        if not _may_set_for(who, target):
            raise PermissionDenied("auth.not_allowed", user=who.full_name, permission="set_presence")
        today = clock.today()
        if presence == ABSENT:
            if until is None:
                raise PresenceError("presence.until_missing")
            if until < today or until > today + dt.timedelta(days=LONGEST_ABSENCE_DAYS):
                raise PresenceError("presence.until_out_of_range", days=LONGEST_ABSENCE_DAYS)
        else:
            until = None
        if presence == AVAILABLE:
            substitute_id = None
        if substitute_id is not None:
            heads = m.User.select(m.User.head_of).where(m.User.id == who.id).scalar() is not None
            if not (heads or has_permission(who.role, Permission.MANAGE_USERS)):
                raise PermissionDenied("auth.not_allowed", user=who.full_name, permission="name_substitute")
            sub = m.User.get_or_none((m.User.id == substitute_id) & (m.User.active == True))  # noqa: E712
            if sub is None or sub.id == target.id:
                raise PresenceError("presence.substitute_invalid")
            if sub.presence == ABSENT and (sub.absent_until is None or sub.absent_until >= today):
                raise PresenceError("presence.substitute_absent", name=sub.full_name)
        old = dict(
            presence=target.presence,
            until=target.absent_until.isoformat() if target.absent_until else None,
            substitute=target.substitute_id,
        )
        new = dict(presence=presence, until=until.isoformat() if until else None, substitute=substitute_id)
        if old != new:
            m.User.update(presence=presence, absent_until=until, substitute=substitute_id).where(
                m.User.id == target.id
            ).execute()
            audit(who.id, "presence_changed", "user", target.id, old=old, new=new)
        return PresenceSet(_person(m.User.get_by_id(target.id)))


def toggle_away(user: UserInfo) -> PresenceSet:
    """F11: my own presence between available and away (an absence is left to the dialog)."""
    who = actor(user)
    current = m.User.select(m.User.presence).where(m.User.id == who.id).scalar()
    return set_presence(user, who.id, AVAILABLE if current == AWAY else AWAY)


def covered(user: UserInfo, today: dt.date) -> list[int]:
    """``user`` and everyone absent today whom ``user`` stands in for: whose escalated callbacks they
    see and act on."""
    who = actor(user)
    absent = (
        m.User.select(m.User.id)
        .where(
            (m.User.substitute == who.id)
            & (m.User.presence == ABSENT)
            & (m.User.absent_until.is_null() | (m.User.absent_until >= today))
        )
        .tuples()
    )
    return [who.id, *(r[0] for r in absent)]
