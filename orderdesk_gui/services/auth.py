"""Signing in and managing users: argon2 password hashes, audited, never logged in clear."""

from __future__ import annotations

import json
import logging

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from orderdesk_gui.db import models as m
from orderdesk_gui.db.queries import user_info
from orderdesk_gui.domain.entities import UserInfo
from orderdesk_gui.domain.roles import Permission, Role, has_permission
from orderdesk_gui.errors import CodedError

log = logging.getLogger(__name__)
_hasher = PasswordHasher()
# A hash to verify against when the login does not exist, so that a wrong login
# takes as long as a wrong password and reveals nothing.
_DUMMY_HASH = _hasher.hash("not-a-password")

MIN_PASSWORD_LENGTH = 4


class AuthError(CodedError):
    """Sign-in refused (``auth.wrong_login``): never says which part was wrong."""


class PermissionDenied(CodedError):
    """The signed-in user's role does not allow this action."""


class UserError(CodedError, ValueError):
    """Bad input when creating or changing a user (``auth.*`` codes)."""


def audit(user_id: int | None, action: str, entity: str = "", entity_id: str = "", **details) -> None:
    m.AuditEvent.create(
        user=user_id,
        action=action,
        entity=entity,
        entity_id=str(entity_id),
        details=json.dumps(details, ensure_ascii=False, default=str) if details else "",
    )


def require(user: UserInfo, permission: Permission) -> None:
    """Raise ``PermissionDenied`` unless the user's role holds ``permission``."""
    if not has_permission(user.role, permission):
        raise PermissionDenied("auth.not_allowed", user=user.full_name, permission=permission.value)


def has_users() -> bool:
    return m.User.select().where(m.User.password_hash != "").exists()


def authenticate(login: str, password: str) -> UserInfo:
    login = (login or "").strip()
    account = m.User.get_or_none(m.User.login == login)
    user = account if account is not None and account.active else None
    stored = user.password_hash if user is not None and user.password_hash else _DUMMY_HASH
    try:
        _hasher.verify(stored, password or "")
        ok = user is not None and bool(user.password_hash)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        ok = False
    if not ok:
        with m.db_proxy.atomic():  # committed before the refusal is raised
            if account is not None:
                audit(account.id, "sign_in_failed", "user", account.id, login=account.login)
            else:  # what was typed may be a password typed into the wrong field: keep none of it
                audit(None, "sign_in_failed", "user", detail="unknown login")
        raise AuthError("auth.wrong_login")
    with m.db_proxy.atomic():
        if _hasher.check_needs_rehash(user.password_hash):
            user.password_hash = _hasher.hash(password)
            user.save(only=[m.User.password_hash])
        audit(user.id, "sign_in", "user", user.id)
    log.info("signed in: %s", user.login)
    return user_info(user)


def _check_password(password: str) -> None:
    if len(password or "") < MIN_PASSWORD_LENGTH:
        raise UserError("auth.password_too_short", least=MIN_PASSWORD_LENGTH)


def create_user(login: str, full_name: str, role: str, password: str, by: UserInfo | None = None) -> UserInfo:
    """Create a user who can sign in. ``by`` is None only from the command line."""
    if by is not None:
        require(by, Permission.MANAGE_USERS)
    login = (login or "").strip()
    if not login or len(login) > 64 or any(ch.isspace() for ch in login):
        raise UserError("auth.bad_login", most=64)
    try:
        role = Role(role).value
    except ValueError:
        raise UserError("auth.unknown_role", role=role, roles=[r.value for r in Role]) from None
    _check_password(password)
    with m.db_proxy.atomic():
        if m.User.select().where(m.User.login == login).exists():
            raise UserError("auth.login_taken", login=login)
        user = m.User.create(
            login=login,
            full_name=(full_name or login).strip()[:200],
            role=role,
            password_hash=_hasher.hash(password),
        )
        audit(by.id if by else None, "user_created", "user", user.id, login=login, role=role)
    return user_info(user)


def set_password(login: str, password: str, by: UserInfo | None = None) -> None:
    if by is not None and by.login != login:
        require(by, Permission.MANAGE_USERS)
    _check_password(password)
    with m.db_proxy.atomic():
        user = m.User.get_or_none(m.User.login == login)
        if user is None:
            raise UserError("auth.no_such_login", login=login)
        user.password_hash = _hasher.hash(password)
        user.save(only=[m.User.password_hash])
        audit(by.id if by else None, "password_changed", "user", user.id)
