"""Office-wide settings in the database (issue 16 part 5): saved by an administrator in one transaction,
audited old and new, refused to an operator, a bad value refused with a code and nothing written, an old
settings.json taken over once, other desks told; any typed value a setting or a coded refusal."""

from __future__ import annotations

import json
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from orderdesk_gui import config
from orderdesk_gui.db import models as m
from orderdesk_gui.db import notify
from orderdesk_gui.db.connection import open_database
from orderdesk_gui.services import settings as office
from orderdesk_gui.services.auth import PermissionDenied
from orderdesk_gui.ui import messages
from tests.conftest import signed_in
from tests.test_properties import DRILL, NASTY


@pytest.fixture
def desk(any_url):
    database = open_database(any_url)
    admin = signed_in(m.User.create(login="admin", full_name="Админ", role="admin"))
    op = signed_in(m.User.create(login="op", full_name="Оператор", role="operator"))
    yield type("Desk", (), {"db": database, "admin": admin, "op": op, "url": any_url})
    database.close()


def _audits(action):
    return [json.loads(e.details) for e in m.AuditEvent.select().where(m.AuditEvent.action == action)]


def test_an_administrator_saves_office_settings_audited_old_and_new(desk):
    m.AppSetting.create(key="debt.amber_days", value="3")
    saved = office.save_office(desk.admin, {"debt.amber_days": " 5 ", "debt.tolerance": "2,50"})
    assert saved.changed == {"debt.amber_days": ("3", "5"), "debt.tolerance": (None, "2.50")}
    assert saved.changes.settings
    row = m.AppSetting.get_by_id("debt.amber_days")
    assert (row.value, row.changed_by_id) == ("5", desk.admin.id) and row.changed_at is not None
    [audit] = _audits("settings_changed")
    assert audit["changes"]["debt.amber_days"] == {"old": "3", "new": "5"}
    # the desk reads them above its own file
    settings = config.Settings()
    settings.set(config.DEBT_AMBER_DAYS, 9)
    settings.use_office(office.office_values())
    assert settings.get(config.DEBT_AMBER_DAYS) == 5
    # the same again changes nothing and audits nothing
    assert not office.save_office(desk.admin, {"debt.amber_days": "5"}).changed
    assert len(_audits("settings_changed")) == 1


def test_an_operator_is_refused_and_nothing_changes(desk):
    with pytest.raises(PermissionDenied):
        office.save_office(desk.op, {"debt.amber_days": "7"})
    assert m.AppSetting.get_or_none(m.AppSetting.key == "debt.amber_days") is None
    with pytest.raises(PermissionDenied):
        office.send_test_mail(desk.op, None, "a@example.kz")


@pytest.mark.parametrize(
    ("values", "code", "key"),
    [
        ({"debt.amber_days": "many"}, "settings.not_a_whole_number", "debt.amber_days"),
        ({"debt.amber_ratio": "1.5"}, "settings.out_of_range", "debt.amber_ratio"),
        ({"debt.tolerance": "NaN"}, "settings.not_a_number", "debt.tolerance"),
        ({"orders.holidays": "2026-13-01"}, "settings.bad_date", "orders.holidays"),
        # the zone is a desk's setting (the clock is set before the database opens): refused as office-wide
        ({"office.timezone": "Mars/Olympus"}, "settings.not_office", "office.timezone"),
        ({"mail.from": "nobody"}, "settings.bad_email", "mail.from"),
        ({"ui.language": "ru"}, "settings.not_office", "ui.language"),
        ({"company.tax_id": "123"}, "taxid.digits", "company.tax_id"),
    ],
)
def test_a_bad_value_is_refused_with_a_code_and_nothing_is_written(desk, values, code, key):
    before = office.office_values()
    with pytest.raises(office.SettingsError) as excinfo:
        office.save_office(desk.admin, {"debt.amber_days": "4", **values})
    assert (excinfo.value.code, excinfo.value.params["key"]) == (code, key)
    assert office.office_values() == before
    assert messages.text(excinfo.value)  # worded, not a traceback


def test_settings_json_is_taken_over_once_by_the_first_desk(desk):
    m.AppSetting.create(key="company.name", value="ТОО Из Базы")  # written by orderdesk setup: stays
    first = {"debt.amber_days": 6, "company.name": "ТОО Из Файла", "ui.language": "kk", "debt.tolerance": "x"}
    values = office.open_office(first)
    assert values["debt.amber_days"] == "6" and values["company.name"] == "ТОО Из Базы"
    assert "ui.language" not in values and "debt.tolerance" not in values  # a desk's own; a bad value
    [audit] = _audits("settings_taken_over")
    assert audit["changes"] == {"debt.amber_days": {"old": None, "new": "6"}}
    # a second desk with another file takes nothing over
    assert office.open_office({"debt.amber_days": 8, "sleeping.min_days": 30})["debt.amber_days"] == "6"
    assert "sleeping.min_days" not in office.office_values()
    assert len(_audits("settings_taken_over")) == 1


def test_a_change_is_announced_to_the_other_desks(desk):
    assert notify.ACTION_CHANGES["settings_changed"].settings
    if not desk.url.startswith("postgresql"):
        return
    listener = notify.listener_for(desk.db)
    try:
        listener.wait(0.1)
        other = notify.SENDER
        notify.SENDER = "another-desk"  # this process's own announcements are not news to itself
        try:
            office.save_office(desk.admin, {"callbacks.max_attempts": "4"})
        finally:
            notify.SENDER = other
        heard = listener.wait(2.0)
        assert any(c.settings for c in heard)
    finally:
        listener.close()


def test_the_password_is_never_in_the_database_or_the_audit(desk):
    with pytest.raises(office.SettingsError):
        office.save_office(desk.admin, {"mail.smtp_password": "secret"})
    assert "secret" not in json.dumps(office.office_values())


@given(key=st.sampled_from(sorted(config.OFFICE_KEYS)), value=st.one_of(NASTY, st.integers(), st.floats()))
@DRILL
def test_any_typed_value_is_a_setting_or_a_coded_refusal(desk, key, value):
    before = office.office_values()
    try:
        saved = office.save_office(desk.admin, {key: value})
    except office.SettingsError as exc:
        assert messages.text(exc)
        assert office.office_values() == before
        return
    stored = saved.values[key]
    assert "\x00" not in stored and len(stored) <= office.LONGEST
    option = config.OPTIONS[key]
    coerced = option.coerce(stored)
    if isinstance(coerced, float):
        assert math.isfinite(coerced)
