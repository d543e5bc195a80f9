"""A new company's first setup (``orderdesk setup``, the first-run window): requisites, the first
administrator, departments, client types and price columns, in one transaction, on a database no
one can sign in to yet.

The requisites are settings every desk on the database shares (``app_setting`` rows under the
``company.*`` keys that ``config.py`` declares); each desk reads them at opening
(``office_settings``), beneath its own settings file. Departments, client types and price columns
are matched by code: one already there (the departments migration 0008 adds, a type or column an
import brought) takes the name given, nothing is added twice, nothing is removed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from peewee import PostgresqlDatabase

from orderdesk_gui.db import models as m
from orderdesk_gui.domain import company_setup as rules
from orderdesk_gui.domain.changes import NOTHING, Changes
from orderdesk_gui.domain.company_setup import CompanySetup, SetupError
from orderdesk_gui.domain.roles import Role
from orderdesk_gui.errors import CodedError
from orderdesk_gui.services import auth

__all__ = ["CompanySetup", "SetupError", "SetupDone", "set_up_company", "needs_setup", "office_settings"]


@dataclass(frozen=True)
class SetupDone:
    login: str  # the administrator who signs in now
    settings: dict[str, str]  # the company's settings written (key -> value)
    departments: int
    client_types: int
    price_columns: int
    changes: Changes = field(default=NOTHING)


def needs_setup() -> bool:
    """True while no one can sign in to the database: the first-run window opens instead of sign-in."""
    return not auth.has_users()


def office_settings() -> dict[str, str]:
    """The settings every desk on this database shares (key -> value)."""
    return {row.key: row.value for row in m.AppSetting.select()}


def _coded(error: CodedError, field_name: str) -> SetupError:
    return SetupError(error.code, field=field_name, **error.params)


def _upsert(model, entries: tuple[rules.Entry, ...], **extra) -> None:
    existing = {row.code: row for row in model.select()}
    for order, entry in enumerate(entries):
        values = {"name": entry.name, **({"sort_order": order} if "sort_order" in model._meta.fields else {})}
        values.update({k: v(entry) for k, v in extra.items()})
        row = existing.get(entry.code)
        if row is None:
            model.create(code=entry.code, **values)
        else:
            model.update(**values).where(model.id == row.id).execute()


def set_up_company(setup: CompanySetup) -> SetupDone:
    """Set the company up on a database without users: everything or nothing. ``SetupError`` for a
    bad value (its ``field`` named), ``setup.already_done`` once someone can sign in."""
    with m.db_proxy.atomic():
        if isinstance(m.db_proxy.obj, PostgresqlDatabase):  # two desks setting up at once: one waits
            m.db_proxy.execute_sql('LOCK TABLE "user" IN SHARE ROW EXCLUSIVE MODE')
        if auth.has_users():
            raise SetupError("setup.already_done")
        clean = rules.checked(setup)
        admin = clean.administrator
        try:
            login = auth.check_login(admin.login)
            hashed = auth.password_hash(admin.password)
        except auth.UserError as exc:
            raise _coded(exc, "login" if exc.code == "auth.bad_login" else "password") from None
        values = {key: getattr(clean.requisites, name) for name, key in rules.SETTING_KEYS.items()}
        if m.User.select().where(m.User.login == login).exists():  # a person routing knows, no password
            raise SetupError("auth.login_taken", field="login", login=login)
        for key, value in values.items():
            m.AppSetting.insert(key=key, value=value).on_conflict(
                conflict_target=[m.AppSetting.key], update={m.AppSetting.value: value}
            ).execute()
        _upsert(m.Department, clean.departments)
        _upsert(m.ClientType, clean.client_types)
        m.PriceColumn.update(is_base=False).execute()
        _upsert(m.PriceColumn, clean.price_columns, is_base=lambda e: e.is_base)
        user = m.User.create(
            login=login, full_name=admin.full_name, role=Role.ADMIN.value, password_hash=hashed
        )
        auth.audit(user.id, "user_created", "user", user.id, login=login, role=Role.ADMIN.value)
        auth.audit(
            user.id,
            "company_set_up",
            "app_setting",
            "",
            name=clean.requisites.name,
            tax_id=clean.requisites.tax_id,
            departments=[e.code for e in clean.departments],
            client_types=[e.code for e in clean.client_types],
            price_columns=[e.code for e in clean.price_columns],
        )
    return SetupDone(
        login=login,
        settings=values,
        departments=len(clean.departments),
        client_types=len(clean.client_types),
        price_columns=len(clean.price_columns),
    )


# --- the setup file (``orderdesk setup --from FILE``) -------------------------------------------

_SECTIONS = ("company", "administrator", "departments", "client_types", "price_columns")
_LISTS = ("departments", "client_types", "price_columns")


def template() -> dict:
    """A setup file with the defaults and empty requisites, for an administrator to fill in."""
    return {
        "company": {name: "" for name in rules.SETTING_KEYS},
        "administrator": {"login": "admin", "full_name": ""},
        "departments": [{"code": e.code, "name": e.name} for e in rules.DEFAULT_DEPARTMENTS],
        "client_types": [{"code": e.code, "name": e.name} for e in rules.DEFAULT_CLIENT_TYPES],
        "price_columns": [
            {"code": e.code, "name": e.name, "base": e.is_base} for e in rules.DEFAULT_PRICE_COLUMNS
        ],
    }


def _section(data: dict, name: str, allowed: tuple[str, ...]) -> dict[str, str]:
    part = data.get(name, {})
    if not isinstance(part, dict):
        raise SetupError("setup.file_bad_part", field=name)
    unknown = sorted(set(part) - set(allowed))
    if "password" in unknown:
        raise SetupError("setup.password_in_file", field="password")
    if unknown:
        raise SetupError("setup.file_unknown_fields", field=name, fields=unknown)
    for key, value in part.items():
        if not isinstance(value, str):
            raise SetupError("setup.file_not_text", field=key)
    return part


def _list(data: dict, name: str) -> tuple[rules.Entry, ...] | None:
    if name not in data:
        return None
    items = data[name]
    if not isinstance(items, list):
        raise SetupError("setup.file_bad_part", field=name)
    out = []
    for row, item in enumerate(items, 1):
        if not isinstance(item, dict) or not set(item) <= {"code", "name", "base"}:
            raise SetupError("setup.file_bad_row", field=name, row=row)
        code, text, base = item.get("code", ""), item.get("name", ""), item.get("base", False)
        if not isinstance(code, str) or not isinstance(text, str) or not isinstance(base, bool):
            raise SetupError("setup.file_bad_row", field=name, row=row)
        out.append(rules.Entry(code, text, base))
    return tuple(out)


def from_mapping(data: object) -> CompanySetup:
    """A setup from the file's JSON (``template()``'s shape): lists not given keep their defaults.
    The administrator's password is never in a file (``setup.password_in_file``)."""
    if not isinstance(data, dict):
        raise SetupError("setup.file_bad_part", field="")
    unknown = sorted(set(data) - set(_SECTIONS))
    if unknown:
        raise SetupError("setup.file_unknown_fields", field="", fields=unknown)
    company = _section(data, "company", tuple(rules.SETTING_KEYS))
    admin = _section(data, "administrator", ("login", "full_name"))
    lists = {name: _list(data, name) for name in _LISTS}
    return CompanySetup(
        requisites=rules.Requisites(**company),
        administrator=rules.Administrator(**admin),
        **{name: entries for name, entries in lists.items() if entries is not None},
    )


def load_file(path: str) -> CompanySetup:
    import json

    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except UnicodeDecodeError:
        raise SetupError("setup.file_not_utf8", field="", path=path) from None
    except json.JSONDecodeError as exc:
        raise SetupError("setup.file_not_json", field="", path=path, problem=str(exc)) from None
    except OSError as exc:
        raise SetupError(
            "setup.file_unreadable", field="", path=path, problem=exc.strerror or str(exc)
        ) from None
    return from_mapping(data)
