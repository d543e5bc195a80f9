"""People and rights in the window (issue 16 part 1): the list of users, creating and editing them,
password resets, deactivation (never deletion: calls and orders keep their names), unlocking after
failed sign-ins, and the rights matrix. Administrators change; the head of a department reads its people.
Every change is audited with old and new values; the rights are checked here, on the actor."""

from __future__ import annotations

from dataclasses import dataclass

from orderdesk_gui.db import models as m
from orderdesk_gui.domain import roles
from orderdesk_gui.domain.roles import Permission, Role
from orderdesk_gui.errors import CodedError
from orderdesk_gui.services import auth
from orderdesk_gui.services.auth import UserInfo


class PeopleError(CodedError, ValueError):
    """A change of people or rights refused: ``people.*``."""


@dataclass(frozen=True)
class Person:
    id: int
    login: str
    full_name: str
    role: str
    department_id: int | None
    department: str
    head_of_id: int | None
    head_of: str
    is_key_account_manager: bool
    extension: str
    phone: str
    email: str
    active: bool
    locked: bool
    must_change_password: bool


@dataclass(frozen=True)
class PersonInput:
    """What the window's editor gives (the login only counts when creating)."""

    login: str
    full_name: str
    role: str
    department_id: int | None = None
    head_of_id: int | None = None
    is_key_account_manager: bool = False
    extension: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class People:
    rows: tuple[Person, ...]
    departments: tuple[tuple[int, str], ...]
    editable: bool  # an administrator: False for a head reading their department


@dataclass(frozen=True)
class RightsCell:
    granted: bool
    default: bool
    fixed: bool  # cannot be changed (the administrator's manage_users, the exchange account)


def _person(row: m.User) -> Person:
    return Person(
        id=row.id,
        login=row.login,
        full_name=row.full_name,
        role=row.role,
        department_id=row.department_id,
        department=row.department.name if row.department_id else "",
        head_of_id=row.head_of_id,
        head_of=row.head_of.name if row.head_of_id else "",
        is_key_account_manager=bool(row.is_key_account_manager),
        extension=row.extension,
        phone=row.phone,
        email=row.email,
        active=bool(row.active),
        locked=auth._locked(row),
        must_change_password=bool(row.must_change_password),
    )


def _reader(by: UserInfo) -> tuple[auth.Actor, m.User | None]:
    """An administrator (``None`` row: reads everyone) or the head of a department (their own row);
    anyone else is refused as ``auth.require`` refuses."""
    who = auth.actor(by)
    auth.load_rights()
    if roles.has_permission(who.role, Permission.MANAGE_USERS):
        return who, None
    me = m.User.get_or_none(m.User.id == who.id) if who.id is not None else None
    if me is None or me.head_of_id is None:
        auth.require(by, Permission.MANAGE_USERS)  # raises, with the usual message
    return who, me


def list_people(by: UserInfo) -> People:
    """Everyone for an administrator; the people of their department for its head (read only)."""
    _who, me = _reader(by)
    departments = tuple((d.id, d.name) for d in m.Department.select().order_by(m.Department.name))
    query = m.User.select().order_by(m.User.active.desc(), m.User.full_name, m.User.login)
    if me is None:
        return People(tuple(_person(r) for r in query), departments, True)
    mine = query.where((m.User.department == me.head_of_id) | (m.User.id == me.id))
    return People(tuple(_person(r) for r in mine), departments, False)


def _text(value, field: str, most: int, *, required: bool = False) -> str:
    text = value.strip() if isinstance(value, str) else ""
    bad = "\x00" in text or len(text) > most or (required and not text)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        bad = True
    if bad:
        raise PeopleError("people.bad_text", field=field, most=most)
    return text


def _role(value: str) -> str:
    try:
        return Role(value).value
    except ValueError:
        raise auth.UserError(
            "auth.unknown_role", role=str(value)[:40], roles=[r.value for r in Role]
        ) from None


def _department(dept_id: int | None) -> int | None:
    if dept_id is None:
        return None
    if not m.Department.select().where(m.Department.id == dept_id).exists():
        raise PeopleError("people.no_such_department")
    return dept_id


def _fields(data: PersonInput, user_id: int | None) -> dict:
    head_of = _department(data.head_of_id)
    if head_of is not None:
        other = m.User.get_or_none((m.User.head_of == head_of) & (m.User.id != (user_id or 0)))
        if other is not None:
            raise PeopleError("people.head_taken", name=other.full_name)
    return {
        "full_name": _text(data.full_name, "full_name", 200, required=True),
        "role": _role(data.role),
        "department": _department(data.department_id),
        "head_of": head_of,
        "is_key_account_manager": bool(data.is_key_account_manager),
        "extension": _text(data.extension, "extension", 16),
        "phone": _text(data.phone, "phone", 32),
        "email": _text(data.email, "email", 200),
    }


def _values(row: m.User) -> dict:
    return {
        "full_name": row.full_name,
        "role": row.role,
        "department": row.department_id,
        "head_of": row.head_of_id,
        "is_key_account_manager": bool(row.is_key_account_manager),
        "extension": row.extension,
        "phone": row.phone,
        "email": row.email,
    }


def _other_active_admins(user_id: int) -> bool:
    return (
        m.User.select()
        .where((m.User.role == Role.ADMIN.value) & (m.User.active == True) & (m.User.id != user_id))  # noqa: E712
        .exists()
    )


def _target(user_id: int) -> m.User:
    row = m.User.get_or_none(m.User.id == user_id)
    if row is None:
        raise PeopleError("people.no_such_user")
    return row


def create_person(by: UserInfo, data: PersonInput, password: str) -> Person:
    """A new user with a first password (the rules of ``auth.check_new_password``), who must choose
    their own at the first sign-in. Made by ``auth.create_user`` as ``orderdesk user add`` does."""
    auth.require(by, Permission.MANAGE_USERS)
    login = auth.check_login(data.login)
    fields = _fields(data, None)
    auth.check_new_password(password, login)
    with m.db_proxy.atomic():
        info = auth.create_user(login, fields["full_name"], fields["role"], password, by=by)
        row = m.User.get_by_id(info.id)
        for key, value in fields.items():
            setattr(row, key, value)
        row.must_change_password = True
        row.save()
        auth.audit(auth.actor(by).id, "user_changed", "user", row.id, login=login, old={}, new=fields)
    return _person(m.User.get_by_id(row.id))


def update_person(by: UserInfo, user_id: int, data: PersonInput) -> Person:
    """Change a user's name, role, department, the department they head, the key-account flag and
    contacts (audited with old and new values). The last active administrator keeps the role."""
    who = auth.require(by, Permission.MANAGE_USERS)
    with m.db_proxy.atomic():
        row = _target(user_id)
        fields = _fields(data, row.id)
        old = _values(row)
        if (
            row.active
            and old["role"] == Role.ADMIN.value
            and fields["role"] != Role.ADMIN.value
            and not _other_active_admins(row.id)
        ):
            raise PeopleError("people.last_admin")
        changed = {k: v for k, v in fields.items() if old[k] != v}
        if changed:
            for key, value in changed.items():
                setattr(row, key, value)
            row.save()
            auth.audit(
                who.id,
                "user_changed",
                "user",
                row.id,
                login=row.login,
                old={k: old[k] for k in changed},
                new=changed,
            )
    return _person(m.User.get_by_id(user_id))


def reset_password(by: UserInfo, user_id: int, temporary: str) -> Person:
    """The administrator gives ``temporary``; the user must choose a new one at the next sign-in. It
    unlocks a locked account too."""
    who = auth.require(by, Permission.MANAGE_USERS)
    with m.db_proxy.atomic():
        row = _target(user_id)
        auth.check_new_password(temporary, row.login)
        row.password_hash = auth.password_hash(temporary)
        was_locked = auth._locked(row)
        row.must_change_password = True
        row.failed_sign_ins, row.first_failed_at, row.locked_until = 0, None, None
        row.save()
        auth.audit(
            who.id,
            "password_reset",
            "user",
            row.id,
            login=row.login,
            old={"locked": was_locked},
            new={"must_change_password": True, "locked": False},
        )
    return _person(m.User.get_by_id(user_id))


def set_active(by: UserInfo, user_id: int, active: bool) -> Person:
    """Deactivate (they can no longer sign in; their calls and orders keep their name) or reactivate.
    Nobody deactivates themselves, nor the last active administrator."""
    who = auth.require(by, Permission.MANAGE_USERS)
    active = bool(active)
    with m.db_proxy.atomic():
        row = _target(user_id)
        if bool(row.active) == active:
            return _person(row)
        if not active:
            if row.id == who.id:
                raise PeopleError("people.not_yourself")
            if row.role == Role.ADMIN.value and not _other_active_admins(row.id):
                raise PeopleError("people.last_admin")
        row.active = active
        row.save(only=[m.User.active])
        auth.audit(
            who.id,
            "user_reactivated" if active else "user_deactivated",
            "user",
            row.id,
            login=row.login,
            old={"active": not active},
            new={"active": active},
        )
    return _person(m.User.get_by_id(user_id))


def unlock(by: UserInfo, user_id: int) -> Person:
    """Lift a lock-out after failed sign-ins before it runs out."""
    who = auth.require(by, Permission.MANAGE_USERS)
    with m.db_proxy.atomic():
        row = _target(user_id)
        old = {"locked_until": row.locked_until, "failed_sign_ins": row.failed_sign_ins}
        row.failed_sign_ins, row.first_failed_at, row.locked_until = 0, None, None
        row.save(only=[m.User.failed_sign_ins, m.User.first_failed_at, m.User.locked_until])
        auth.audit(
            who.id, "account_unlocked", "user", row.id, login=row.login, old=old, new={"locked_until": None}
        )
    return _person(m.User.get_by_id(user_id))


def rights(by: UserInfo) -> dict[str, dict[str, RightsCell]]:
    """The rights matrix as stored: role -> permission -> cell (administrators and heads read it)."""
    _reader(by)
    held = roles.matrix()
    return {
        role.value: {
            p.value: RightsCell(p in held[role], p in roles.PERMISSIONS[role], roles.is_fixed(role, p))
            for p in Permission
        }
        for role in Role
    }


def set_rights(by: UserInfo, role: str, permissions: set[str] | frozenset[str]) -> frozenset[str]:
    """The rights of ``role`` become ``permissions`` (audited, old and new). The fixed cells cannot
    change: an administrator always manages users; the exchange account only exchanges data."""
    who = auth.require(by, Permission.MANAGE_USERS)
    role_ = Role(_role(role))
    try:
        wanted = frozenset(Permission(p) for p in permissions)
    except ValueError:
        raise PeopleError("people.unknown_right") from None
    with m.db_proxy.atomic():
        auth.load_rights()
        old = roles.matrix()[role_]
        for p in Permission:
            if roles.is_fixed(role_, p) and (p in wanted) != (p in old):
                raise PeopleError("people.fixed_right", role=role_.value, right=p.value)
        m.RolePermission.delete().where(m.RolePermission.role == role_.value).execute()
        for p in Permission:
            granted = p in wanted
            if not roles.is_fixed(role_, p) and granted != (p in roles.PERMISSIONS[role_]):
                m.RolePermission.create(role=role_.value, permission=p.value, granted=granted)
        if wanted != old:
            auth.audit(
                who.id,
                "rights_changed",
                "role",
                role_.value,
                old=sorted(p.value for p in old),
                new=sorted(p.value for p in wanted),
            )
        auth.load_rights()
    return frozenset(p.value for p in wanted)


def save_rights(
    by: UserInfo, wanted: dict[str, set[str] | frozenset[str]]
) -> dict[str, dict[str, RightsCell]]:
    """The window's Save: the rights of several roles at once, in one transaction (each role audited as
    ``set_rights`` does); the matrix as stored afterwards."""
    auth.require(by, Permission.MANAGE_USERS)
    with m.db_proxy.atomic():
        for role, permissions in wanted.items():
            set_rights(by, role, permissions)
    return rights(by)
