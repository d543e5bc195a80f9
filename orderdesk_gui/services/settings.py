"""The settings every desk on one database shares (issue 16 part 5), kept in ``app_setting``: read when
the database opens (``open_office``, which takes over once what an older desk's settings.json held),
changed by an administrator in one transaction (``save_office``), audited with old and new values and
announced to the other desks, which read them again. Which settings are office-wide: ``config.OFFICE_KEYS``.

A value is checked before anything is written: a bad one is refused with a ``settings.*`` code naming
the setting (its ``key``), and nothing changes. Passwords are never here (the credential store).
"""

from __future__ import annotations

import datetime as dt
import math
import re
import zoneinfo
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from peewee import IntegrityError

from orderdesk_gui import clock, config
from orderdesk_gui.db import models as m
from orderdesk_gui.domain import company_setup
from orderdesk_gui.domain.changes import NOTHING, Changes
from orderdesk_gui.domain.roles import Permission
from orderdesk_gui.domain.text import storable
from orderdesk_gui.errors import CodedError
from orderdesk_gui.services import auth
from orderdesk_gui.services.auth import UserInfo

# Changing what every desk does (the company on its documents, the debt gate, order rules) is an
# administrator's: the same right as managing people and their rights.
RIGHT = Permission.MANAGE_USERS
TAKEN_OVER = "settings.taken_over"  # row written once the first desk took its settings.json values over
CHANGED = Changes(settings=True)
LONGEST = 2000  # characters of one value (the terms text)


class SettingsError(CodedError, ValueError):
    """A value a setting cannot take; ``key`` names the setting."""


@dataclass(frozen=True)
class Group:
    name: str  # the dialog's group (its English title, translated in the window)
    keys: tuple[str, ...]


C = config
GROUPS: tuple[Group, ...] = (
    Group(
        "Company and logo",
        tuple(
            o.key
            for o in (
                C.COMPANY_NAME,
                C.COMPANY_TAX_ID,
                C.COMPANY_ADDRESS,
                C.COMPANY_PHONE,
                C.COMPANY_FAX,
                C.COMPANY_EMAIL,
                C.COMPANY_BANK,
                C.COMPANY_ACCOUNT,
                C.COMPANY_BIK,
                C.COMPANY_LOGO,
            )
        ),
    ),
    Group("Documents", (C.DOCUMENT_TERMS.key, C.DOCUMENT_LANGUAGE.key)),
    Group("Printer and paper", (C.PRINTER_NAME.key, C.PAPER_SIZE.key)),
    Group("Fax", (C.FAX_COMMAND.key, C.FAX_GATEWAY.key, C.FAX_ENCODING.key)),
    Group(
        "Mail",
        tuple(
            o.key for o in (C.SMTP_HOST, C.SMTP_PORT, C.SMTP_TLS, C.SMTP_USER, C.MAIL_FROM, C.SMTP_TIMEOUT)
        ),
    ),
    Group(
        "Debt thresholds",
        tuple(o.key for o in (C.DEBT_TOLERANCE, C.DEBT_AMBER_DAYS, C.DEBT_AMBER_RATIO, C.DEBT_NO_CREDIT))
        + (C.DEBTS_STALE_HOURS.key,),
    ),
    Group(
        "Callbacks",
        (C.CALLBACK_MAX_ATTEMPTS.key, C.CALLBACK_RETRY_MINUTES.key, C.CALLBACK_CHECK_SECONDS.key),
    ),
    Group(
        "Sleeping clients",
        (C.SLEEPING_MARGIN.key, C.SLEEPING_MIN_DAYS.key, C.SLEEPING_MIN_ORDERS.key, C.REACTIVATION_DAYS.key),
    ),
    Group(
        "Orders",
        (
            C.BRANCH_PREFIX.key,
            C.MIN_SUGGESTIONS.key,
            C.MAX_LINE_QUANTITY.key,
            C.WORK_WEEKENDS.key,
            C.HOLIDAYS.key,
        ),
    ),
    Group("This desk", (C.DESK_NAME.key, C.UI_LANGUAGE.key, C.OFFICE_TIMEZONE.key, C.DATABASE_URL.key)),
)

# whole numbers: (smallest, largest)
_INTS: dict[str, tuple[int, int]] = {
    C.SMTP_PORT.key: (1, 65535),
    C.SMTP_TIMEOUT.key: (1, 600),
    C.DEBT_AMBER_DAYS.key: (0, 365),
    C.DEBTS_STALE_HOURS.key: (1, 24 * 365),
    C.CALLBACK_MAX_ATTEMPTS.key: (1, 100),
    C.CALLBACK_RETRY_MINUTES.key: (1, 7 * 24 * 60),
    C.CALLBACK_CHECK_SECONDS.key: (5, 3600),
    C.SLEEPING_MIN_DAYS.key: (1, 3650),
    C.SLEEPING_MIN_ORDERS.key: (1, 1000),
    C.REACTIVATION_DAYS.key: (1, 3650),
    C.MIN_SUGGESTIONS.key: (0, 50),
    C.MAX_LINE_QUANTITY.key: (1, 10_000_000),
}
# decimals: (smallest, largest)
_DECIMALS: dict[str, tuple[Decimal, Decimal]] = {
    C.DEBT_TOLERANCE.key: (Decimal(0), Decimal(1_000_000)),
    C.DEBT_AMBER_RATIO.key: (Decimal("0.01"), Decimal(1)),
    C.SLEEPING_MARGIN.key: (Decimal(0), Decimal(10)),
}
_CHOICES: dict[str, tuple[str, ...]] = {
    C.DOCUMENT_LANGUAGE.key: ("", "ru", "kk", "en"),
    C.UI_LANGUAGE.key: ("", "ru", "kk", "en"),
    C.PAPER_SIZE.key: ("A4", "Letter"),
    C.FAX_ENCODING.key: ("group3-2d", "group3-1d", "group4"),
}
_PREFIX = re.compile(r"^[A-Za-z0-9]{1,8}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def check(key: str, value: object) -> str:
    """``value`` as the setting ``key`` stores it (text), or ``SettingsError`` naming the problem."""
    option = config.OPTIONS.get(key)
    if option is None:
        raise SettingsError("settings.unknown", key=str(key)[:100])
    if option.type is bool:
        if isinstance(value, bool):
            return "true" if value else "false"
        text = str(value).strip().lower()
        if text in ("true", "1", "yes", "on", "false", "0", "no", "off", ""):
            return "true" if text in ("true", "1", "yes", "on") else "false"
        raise SettingsError("settings.not_yes_no", key=key)
    if isinstance(value, float) and not math.isfinite(value):
        raise SettingsError("settings.not_a_number", key=key)
    raw = storable(value if isinstance(value, str) else str(value))
    text = raw.strip()
    if len(text) > LONGEST:
        raise SettingsError("settings.too_long", key=key, most=LONGEST, given=len(text))
    if key != C.DOCUMENT_TERMS.key and any(ord(ch) < 32 for ch in text):
        raise SettingsError("settings.control_character", key=key)
    if key in _INTS:
        low, high = _INTS[key]
        if not re.fullmatch(r"[+-]?\d{1,12}", text):
            raise SettingsError("settings.not_a_whole_number", key=key, low=low, high=high)
        number = int(text)
        if not low <= number <= high:
            raise SettingsError("settings.out_of_range", key=key, low=low, high=high)
        return str(number)
    if key in _DECIMALS:
        low_d, high_d = _DECIMALS[key]
        try:
            number_d = Decimal(text.replace(",", "."))
        except InvalidOperation:
            raise SettingsError("settings.not_a_number", key=key) from None
        if not number_d.is_finite() or len(text) > 20:
            raise SettingsError("settings.not_a_number", key=key)
        if not low_d <= number_d <= high_d:
            raise SettingsError("settings.out_of_range", key=key, low=low_d, high=high_d)
        return str(number_d)
    if key in _CHOICES:
        if text not in _CHOICES[key]:
            raise SettingsError(
                "settings.not_a_choice", key=key, choices=", ".join(c for c in _CHOICES[key] if c)
            )
        return text
    if key == C.BRANCH_PREFIX.key and not _PREFIX.match(text):
        raise SettingsError("settings.bad_prefix", key=key)
    if key == C.OFFICE_TIMEZONE.key and text:
        try:
            zoneinfo.ZoneInfo(text)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
            raise SettingsError("settings.bad_timezone", key=key) from None
    if key == C.HOLIDAYS.key and text:
        days = []
        for part in text.split(","):
            try:
                days.append(dt.date.fromisoformat(part.strip()).isoformat())
            except ValueError:
                raise SettingsError("settings.bad_date", key=key, text=part.strip()[:20]) from None
        text = ",".join(days)
    if key in (C.MAIL_FROM.key, C.COMPANY_EMAIL.key) and text and not _EMAIL.match(text):
        raise SettingsError("settings.bad_email", key=key)
    if key == C.FAX_GATEWAY.key and text and ("{number}" not in text or not _EMAIL.match(text)):
        raise SettingsError("settings.bad_gateway", key=key, placeholder="{number}")
    return text if key != C.DOCUMENT_TERMS.key else raw.strip()


def _check_company(values: dict[str, str]) -> None:
    """The requisites as ``orderdesk setup`` checks them (name, BIN, account, BIC), the whole set."""
    names = {key: name for name, key in company_setup.SETTING_KEYS.items()}
    req = company_setup.Requisites(**{names[k]: v for k, v in values.items() if k in names})
    try:
        company_setup.check_requisites(req)
    except company_setup.SetupError as exc:
        field_name = exc.params.get("field", "name")
        params = {k: v for k, v in exc.params.items() if k != "field"}
        raise SettingsError(exc.code, key=company_setup.SETTING_KEYS.get(field_name, ""), **params) from None


def office_values() -> dict[str, str]:
    """The settings every desk on this database shares (key -> value)."""
    from orderdesk_gui.services.setup import office_settings

    return office_settings()


@dataclass(frozen=True)
class OfficeSaved:
    values: dict[str, str]  # every office-wide setting now in the database
    changed: dict[str, tuple[str | None, str]]  # key -> (old, new); None: it had no row
    changes: Changes = field(default=NOTHING)


def _write(key: str, value: str, user_id: int | None) -> None:
    at = clock.now_utc()
    m.AppSetting.insert(key=key, value=value, changed_by=user_id, changed_at=at).on_conflict(
        conflict_target=[m.AppSetting.key],
        update={m.AppSetting.value: value, m.AppSetting.changed_by: user_id, m.AppSetting.changed_at: at},
    ).execute()


def save_office(user: UserInfo, values: dict[str, Any]) -> OfficeSaved:
    """An administrator's change of office-wide settings (key -> value; a value equal to the default
    restores it), in one transaction: every value checked first, then written with who and when,
    audited with old and new values, announced to the other desks."""
    with m.db_proxy.atomic():
        who = auth.require(user, RIGHT)
        if not isinstance(values, dict):
            raise SettingsError("settings.unknown", key="")
        clean: dict[str, str] = {}
        for key, value in values.items():
            if key not in config.OFFICE_KEYS:
                raise SettingsError("settings.not_office", key=str(key)[:100])
            clean[key] = check(key, value)
        current = office_values()
        if any(k.startswith("company.") and k != C.COMPANY_LOGO.key for k in clean):
            merged = {
                k: current.get(k, str(config.OPTIONS[k].default)) for k in company_setup.SETTING_KEYS.values()
            }
            merged.update({k: v for k, v in clean.items() if k in merged})
            _check_company(merged)
        changed = {k: (current.get(k), v) for k, v in clean.items() if current.get(k) != v}
        for key, (_old, new) in changed.items():
            _write(key, new, who.id or None)
        if changed:
            auth.audit(
                who.id or None,
                "settings_changed",
                "app_setting",
                "",
                changes={k: {"old": old, "new": new} for k, (old, new) in sorted(changed.items())},
            )
        return OfficeSaved(office_values(), changed, CHANGED if changed else NOTHING)


def open_office(file_values: dict[str, Any]) -> dict[str, str]:
    """At opening: the office-wide settings; the first desk that opens the database after the upgrade
    takes over the office-wide values its settings.json holds (a value the database has already, such
    as the requisites ``orderdesk setup`` wrote, stays; a bad one is left out), once for all desks."""
    with m.db_proxy.atomic():
        if m.AppSetting.get_or_none(m.AppSetting.key == TAKEN_OVER) is None:
            _take_over(file_values)
        return office_values()


def _take_over(file_values: dict[str, Any]) -> None:
    try:
        with m.db_proxy.atomic():  # two desks at once: the second waits here, then finds the row
            m.AppSetting.create(key=TAKEN_OVER, value=clock.now_utc().isoformat(timespec="seconds"))
    except IntegrityError:
        return
    current = office_values()
    taken: dict[str, str] = {}
    for key, value in sorted(file_values.items()):
        if key not in config.OFFICE_KEYS or key in current:
            continue
        try:
            taken[key] = check(key, value)
        except SettingsError:
            continue
    for key, value in taken.items():
        _write(key, value, None)
    if taken:
        auth.audit(
            None,
            "settings_taken_over",
            "app_setting",
            "",
            changes={k: {"old": None, "new": v} for k, v in taken.items()},
        )


def send_test_mail(user: UserInfo, mail, to: str) -> str:
    """A short test message through the mail server ``mail`` (``dispatch.MailSettings``, as the dialog
    shows it, unsaved) to ``to``; the address it went to. Errors: ``dispatch.*`` as for documents."""
    from orderdesk_gui.services import dispatch

    auth.require(user, RIGHT)
    addresses = dispatch.parse_addresses(to)
    if len(addresses) != 1:
        raise dispatch.DispatchError("dispatch.bad_address", addresses=addresses)
    mail = dispatch._check_mail(mail)
    msg = dispatch._message(
        mail, addresses, "OrderDesk: test message", "This is a test message from OrderDesk's settings.", ()
    )
    refused = dispatch._deliver(mail, msg, addresses)
    if refused:
        raise dispatch.DispatchError("dispatch.smtp_recipient_refused", reply=next(iter(refused.values())))
    return addresses[0]
