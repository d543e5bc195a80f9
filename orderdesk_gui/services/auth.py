"""Signing in and managing users: argon2 password hashes, audited, never logged in clear."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from orderdesk_gui import clock
from orderdesk_gui.db import models as m
from orderdesk_gui.db import notify
from orderdesk_gui.db.queries import user_info
from orderdesk_gui.domain import roles
from orderdesk_gui.domain.entities import UserInfo
from orderdesk_gui.domain.roles import Permission, Role, has_permission
from orderdesk_gui.errors import CodedError

log = logging.getLogger(__name__)
_hasher = PasswordHasher()
# A hash to verify against when the login does not exist, so that a wrong login
# takes as long as a wrong password and reveals nothing.
_dummy_hash: list[str] = []  # made at the first unknown login, not at import (0.3 s of every start)


def _dummy() -> str:
    if not _dummy_hash:
        _dummy_hash.append(_hasher.hash("not-a-password"))
    return _dummy_hash[0]


MIN_PASSWORD_LENGTH = 4  # what `orderdesk user add` and passwords set before 0020 need
NEW_PASSWORD_LENGTH = 8  # a password chosen in the window or given by a reset
LOCK_AFTER = 5  # failed sign-ins of one account within LOCK_WINDOW lock it for LOCK_FOR
LOCK_WINDOW = dt.timedelta(minutes=15)
LOCK_FOR = dt.timedelta(minutes=15)


class AuthError(CodedError):
    """Sign-in refused (``auth.wrong_login``): never says which part was wrong."""


class PermissionDenied(CodedError):
    """The signed-in user's role does not allow this action."""


class UserError(CodedError, ValueError):
    """Bad input when creating or changing a user (``auth.*`` codes)."""


def audit(user_id: int | None, action: str, entity: str = "", entity_id: str = "", **details) -> None:
    """Record an action with its details; on a shared PostgreSQL the other desks hear of it at commit."""
    notify.announce(action)
    m.AuditEvent.create(
        user=user_id,
        action=action,
        entity=entity,
        entity_id=str(entity_id),
        details=json.dumps(details, ensure_ascii=False, default=str) if details else "",
    )


# Who is signed in in this process: session token -> user id. Only ``authenticate`` (a password) and
# ``command_line`` (the person running the command line, who holds the database itself) add to it.
_SESSIONS: dict[str, int] = {}
COMMAND_LINE_ID = 0  # the command line's actor: no user row, an administrator's rights, audited as none


@dataclasses.dataclass(frozen=True)
class Approval:
    """Another person's approval typed at this desk (an override of the debt gate): checked by the
    service that needs it, with the password, never kept."""

    login: str
    password: str = dataclasses.field(repr=False)


@dataclasses.dataclass(frozen=True)
class Actor:
    """The signed-in person as the database knows them now (role and name), for a rights check."""

    id: int | None  # None: the command line
    login: str
    full_name: str
    role: str


def _signed_in(info: UserInfo) -> UserInfo:
    token = secrets.token_urlsafe(24)
    _SESSIONS[token] = info.id
    return dataclasses.replace(info, session=token)


def sign_out(user: UserInfo | None) -> None:
    """The session of ``user`` ends: services refuse it from now on."""
    if user is not None:
        _SESSIONS.pop(user.session, None)


def command_line() -> UserInfo:
    """The actor of an ``orderdesk`` command run at a terminal (user and routing administration, demo,
    imports): whoever can run it has the database file or URL already. Only ``cli.py`` calls this (a
    test checks); the window's sign-in never does."""
    info = UserInfo(COMMAND_LINE_ID, "(command line)", "(command line)", Role.ADMIN.value)
    return _signed_in(info)


def actor(user: UserInfo | None) -> Actor:
    """The signed-in person behind ``user``, their role read from the database now (a role changed or
    an account deactivated counts at once); ``PermissionDenied`` for an actor not issued by sign-in."""
    if not isinstance(user, UserInfo) or _SESSIONS.get(user.session) != user.id:
        raise PermissionDenied("auth.not_signed_in")
    if user.id == COMMAND_LINE_ID:
        return Actor(None, user.login, user.full_name, Role.ADMIN.value)
    row = m.User.get_or_none((m.User.id == user.id) & (m.User.active == True))  # noqa: E712
    if row is None:
        raise PermissionDenied("auth.not_signed_in")
    return Actor(row.id, row.login, row.full_name, row.role)


def load_rights() -> None:
    """Read the rights matrix's changed cells (``role_permission``) into ``domain.roles``: every check
    and the window's mirrors then use the matrix as stored now (another desk may have changed it)."""
    roles.use_changes({(r.role, r.permission): bool(r.granted) for r in m.RolePermission.select()})


def require(user: UserInfo, permission: Permission) -> Actor:
    """Raise ``PermissionDenied`` unless ``user`` is signed in and their role holds ``permission``."""
    who = actor(user)
    load_rights()
    if not has_permission(who.role, permission):
        raise PermissionDenied("auth.not_allowed", user=who.full_name, permission=permission.value)
    return who


def _verified(login: str, password: str) -> m.User | None:
    """The active user ``login`` when ``password`` is theirs (as long either way: no hint which)."""
    login = (login or "").strip()
    user = m.User.get_or_none((m.User.login == login) & (m.User.active == True))  # noqa: E712
    stored = user.password_hash if user is not None and user.password_hash else _dummy()
    try:
        _hasher.verify(stored, password or "")
        return user if user is not None and user.password_hash else None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return None


def _refused(login: str, action: str) -> None:
    """Audit a refused password: the login only when it names a user (what was typed may be a password
    typed into the wrong field: then none of it is kept)."""
    account = m.User.get_or_none(m.User.login == (login or "").strip())
    if account is not None:
        audit(account.id, action, "user", account.id, login=account.login)
    else:
        audit(None, action, "user", detail="unknown login")


def approve(approval: Approval, permission: Permission) -> Actor:
    """The person who approves at this desk: their password checked here, their role holding
    ``permission``; a wrong password is audited like a failed sign-in."""
    user = _verified(approval.login, approval.password)
    load_rights()
    if user is None or _locked(user):
        _refused(approval.login, "approval_failed")
        raise AuthError("auth.wrong_login")
    if not has_permission(user.role, permission):
        raise PermissionDenied("auth.not_allowed", user=user.full_name, permission=permission.value)
    return Actor(user.id, user.login, user.full_name, user.role)


def has_users() -> bool:
    return m.User.select().where(m.User.password_hash != "").exists()


def authenticate(login: str, password: str, *, purpose: str = "desk") -> UserInfo:
    """Sign ``login`` in with ``password`` (audited either way). ``purpose``: ``desk`` (the window: an
    account of the exchange role is refused there) or ``exchange`` (1C's HTTP exchange)."""
    user = _verified(login, password)
    if user is None:
        with m.db_proxy.atomic():  # committed before the refusal is raised
            _refused(login, "sign_in_failed")
            _count_failure(login)
        raise AuthError("auth.wrong_login")
    if _locked(user):  # said only to whoever knows the password: a guesser learns nothing
        raise AuthError("auth.locked", minutes=_minutes_left(user))
    if purpose == "desk" and user.role == Role.EXCHANGE.value:
        raise PermissionDenied("auth.exchange_account", login=user.login)
    with m.db_proxy.atomic():
        if _hasher.check_needs_rehash(user.password_hash):
            user.password_hash = _hasher.hash(password)
            user.save(only=[m.User.password_hash])
        if user.failed_sign_ins or user.locked_until is not None:
            user.failed_sign_ins, user.first_failed_at, user.locked_until = 0, None, None
            user.save(only=[m.User.failed_sign_ins, m.User.first_failed_at, m.User.locked_until])
        audit(user.id, "sign_in", "user", user.id)
    load_rights()
    log.info("signed in: %s", user.login)
    return _signed_in(user_info(user))


def _locked(user: m.User) -> bool:
    return user.locked_until is not None and user.locked_until > clock.now_utc()


def _minutes_left(user: m.User) -> int:
    return max(1, -(-int((user.locked_until - clock.now_utc()).total_seconds()) // 60))


def _count_failure(login: str) -> None:
    """One more failed sign-in of the account ``login`` names (none for an unknown login): the
    LOCK_AFTER-th within LOCK_WINDOW locks it for LOCK_FOR (audited ``account_locked``)."""
    user = m.User.get_or_none(m.User.login == (login or "").strip())
    if user is None or _locked(user):
        return
    now = clock.now_utc()
    if user.first_failed_at is None or now - user.first_failed_at > LOCK_WINDOW:
        user.failed_sign_ins, user.first_failed_at = 1, now
    else:
        user.failed_sign_ins += 1
    if user.failed_sign_ins >= LOCK_AFTER:
        user.locked_until = now + LOCK_FOR
        audit(
            None,
            "account_locked",
            "user",
            user.id,
            login=user.login,
            failures=user.failed_sign_ins,
            until=user.locked_until,
        )
        user.failed_sign_ins, user.first_failed_at = 0, None
    user.save(only=[m.User.failed_sign_ins, m.User.first_failed_at, m.User.locked_until])


def check_new_password(password: str, login: str) -> None:
    """``UserError`` unless ``password`` may be chosen now (in the window or by a reset): at least
    NEW_PASSWORD_LENGTH characters, not the login, not digits only."""
    check_password(password)
    if len(password) < NEW_PASSWORD_LENGTH:
        raise UserError("auth.password_too_short", least=NEW_PASSWORD_LENGTH)
    if password.strip().casefold() == (login or "").strip().casefold():
        raise UserError("auth.password_is_login")
    if password.isdigit():
        raise UserError("auth.password_only_digits")


def change_own_password(user: UserInfo, password: str) -> UserInfo:
    """The signed-in ``user`` chooses a new password (at the sign-in after a reset, or any time): the
    rules of ``check_new_password``; the reset's mark is cleared."""
    who = actor(user)
    row = m.User.get_by_id(who.id) if who.id is not None else None
    if row is None:
        raise UserError("auth.no_such_login", login=who.login)
    check_new_password(password, row.login)
    with m.db_proxy.atomic():
        row.password_hash = _hasher.hash(password)
        row.must_change_password = False
        row.save(only=[m.User.password_hash, m.User.must_change_password])
        audit(who.id, "password_changed", "user", row.id)
    return dataclasses.replace(user, must_change_password=False)


def check_password(password: str) -> None:
    """``UserError`` unless ``password`` is one a user may choose (long enough, and text every
    database and the hash can take: no NUL, no half of a surrogate pair)."""
    if not isinstance(password, str) or len(password) < MIN_PASSWORD_LENGTH:
        raise UserError("auth.password_too_short", least=MIN_PASSWORD_LENGTH)
    try:
        password.encode("utf-8")
    except UnicodeEncodeError:
        raise UserError("auth.password_unusable") from None
    if "\x00" in password:
        raise UserError("auth.password_unusable")


def check_login(login: str) -> str:
    """``login`` trimmed, or ``UserError`` unless it is 1 to 64 characters without spaces."""
    login = login.strip() if isinstance(login, str) else ""
    if not login or len(login) > 64 or any(ch.isspace() or ord(ch) < 32 for ch in login):
        raise UserError("auth.bad_login", most=64)
    try:
        login.encode("utf-8")
    except UnicodeEncodeError:
        raise UserError("auth.bad_login", most=64) from None
    return login


def password_hash(password: str) -> str:
    """The stored form of a new ``password`` (argon2), after ``check_password``."""
    check_password(password)
    return _hasher.hash(password)


def create_user(login: str, full_name: str, role: str, password: str, by: UserInfo) -> UserInfo:
    """Create a user who can sign in (``by``: an administrator, or ``command_line()``)."""
    who = require(by, Permission.MANAGE_USERS)
    login = check_login(login)
    try:
        role = Role(role).value
    except ValueError:
        raise UserError("auth.unknown_role", role=role, roles=[r.value for r in Role]) from None
    check_password(password)
    with m.db_proxy.atomic():
        if m.User.select().where(m.User.login == login).exists():
            raise UserError("auth.login_taken", login=login)
        user = m.User.create(
            login=login,
            full_name=(full_name or login).strip()[:200],
            role=role,
            password_hash=_hasher.hash(password),
        )
        audit(who.id, "user_created", "user", user.id, login=login, role=role)
    return user_info(user)


def set_password(login: str, password: str, by: UserInfo) -> None:
    """A new password for ``login``: their own, or anyone's for an administrator."""
    who = actor(by)
    if who.login != login:
        require(by, Permission.MANAGE_USERS)
    check_password(password)
    with m.db_proxy.atomic():
        user = m.User.get_or_none(m.User.login == login)
        if user is None:
            raise UserError("auth.no_such_login", login=login)
        user.password_hash = _hasher.hash(password)
        user.must_change_password = False
        user.save(only=[m.User.password_hash, m.User.must_change_password])
        audit(who.id, "password_changed", "user", user.id)
