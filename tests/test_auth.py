"""Signing in: argon2 hashes, wrong passwords refused the same way, audit without secrets, permissions."""

from __future__ import annotations

import json
import logging

import pytest

from orderdesk_gui.db import models as m
from orderdesk_gui.domain.entities import UserInfo
from orderdesk_gui.domain.roles import Permission, Role, has_permission
from orderdesk_gui.services import auth

ROOT = auth.command_line  # users are made at the terminal in these tests


def test_create_and_sign_in(db, caplog):
    caplog.set_level(logging.DEBUG)
    auth.create_user("aigul", "Айгүл Омарова", "operator", "s3cret-pass", by=ROOT())
    stored = m.User.get(m.User.login == "aigul").password_hash
    assert stored.startswith("$argon2id$") and "s3cret-pass" not in stored
    user = auth.authenticate("aigul", "s3cret-pass")
    assert user.full_name == "Айгүл Омарова" and user.role == "operator"
    assert "s3cret-pass" not in caplog.text
    assert m.AuditEvent.select().where(m.AuditEvent.action == "sign_in").count() == 1


@pytest.mark.parametrize(
    "login, password", [("aigul", "wrong"), ("nobody", "s3cret-pass"), ("aigul", ""), ("", "")]
)
def test_wrong_credentials_get_one_message(db, login, password):
    auth.create_user("aigul", "", "operator", "s3cret-pass", by=ROOT())
    with pytest.raises(auth.AuthError) as refused:
        auth.authenticate(login, password)
    assert refused.value.code == "auth.wrong_login" and refused.value.params == {}  # never says which part
    events = list(m.AuditEvent.select().where(m.AuditEvent.action == "sign_in_failed"))
    assert len(events) == 1
    if password:
        assert password not in events[0].details


@pytest.mark.parametrize("typed", ["s3cret-pass", "  s3cret-pass ", "", "AIGUL"])
def test_a_failed_sign_in_keeps_no_login_that_names_nobody(db, typed):
    """The login field sometimes holds the password typed in the wrong field: it is not kept."""
    auth.create_user("aigul", "", "operator", "s3cret-pass", by=ROOT())
    with pytest.raises(auth.AuthError):
        auth.authenticate(typed, "")
    (event,) = m.AuditEvent.select().where(m.AuditEvent.action == "sign_in_failed")
    assert event.user_id is None and event.entity_id == ""
    assert json.loads(event.details) == {"detail": "unknown login"}
    assert typed.strip() == "" or typed.strip() not in event.details


def test_a_failed_sign_in_of_a_user_names_the_user(db):
    auth.create_user("aigul", "", "operator", "s3cret-pass", by=ROOT())
    auth.create_user("old", "", "operator", "pass1234", by=ROOT())
    m.User.update(active=False).where(m.User.login == "old").execute()
    for login in ("aigul", " old "):
        with pytest.raises(auth.AuthError):
            auth.authenticate(login, "wrong")
    events = m.AuditEvent.select().where(m.AuditEvent.action == "sign_in_failed").order_by(m.AuditEvent.id)
    user_ids = {u.login: u.id for u in m.User.select()}
    assert [(e.user_id, e.entity_id, json.loads(e.details)) for e in events] == [
        (user_ids["aigul"], str(user_ids["aigul"]), {"login": "aigul"}),
        (user_ids["old"], str(user_ids["old"]), {"login": "old"}),
    ]


def test_inactive_user_cannot_sign_in(db):
    auth.create_user("old", "", "operator", "pass1234", by=ROOT())
    m.User.update(active=False).where(m.User.login == "old").execute()
    with pytest.raises(auth.AuthError):
        auth.authenticate("old", "pass1234")


@pytest.mark.parametrize(
    "login, role, password, code",
    [
        ("", "operator", "pass1234", "auth.bad_login"),
        ("two words", "operator", "pass1234", "auth.bad_login"),
        ("x" * 65, "operator", "pass1234", "auth.bad_login"),
        ("ok", "boss", "pass1234", "auth.unknown_role"),
        ("ok", "operator", "abc", "auth.password_too_short"),
    ],
)
def test_bad_user_input_is_refused_clearly(db, login, role, password, code):
    with pytest.raises(auth.UserError) as refused:
        auth.create_user(login, "", role, password, by=ROOT())
    assert refused.value.code == code
    assert not m.User.select().exists()


def test_duplicate_login_refused(db):
    auth.create_user("aigul", "", "operator", "pass1234", by=ROOT())
    with pytest.raises(auth.UserError) as refused:
        auth.create_user("aigul", "", "admin", "pass1234", by=ROOT())
    assert refused.value.code == "auth.login_taken" and refused.value.params == {"login": "aigul"}


def test_permissions_live_in_the_service(db):
    auth.create_user("root", "", "admin", "pass1234", by=ROOT())
    auth.create_user("op", "", "operator", "pass1234", by=ROOT())
    admin, operator = auth.authenticate("root", "pass1234"), auth.authenticate("op", "pass1234")
    with pytest.raises(auth.PermissionDenied):
        auth.create_user("x", "", "admin", "pass1234", by=operator)
    assert auth.create_user("x", "", "operator", "pass1234", by=admin).login == "x"
    with pytest.raises(auth.PermissionDenied):
        auth.set_password("root", "newpass1", by=operator)
    auth.set_password("op", "newpass1", by=operator)  # one's own password
    assert auth.authenticate("op", "newpass1").login == "op"


def test_role_permissions():
    assert has_permission(Role.FINANCE, Permission.OVERRIDE_DEBT_GATE)
    assert has_permission(Role.SALES_HEAD, Permission.OVERRIDE_DEBT_GATE)
    assert not has_permission(Role.OPERATOR, Permission.OVERRIDE_DEBT_GATE)
    assert not has_permission("intruder", Permission.TAKE_ORDERS)
    with pytest.raises(auth.PermissionDenied):
        auth.require(UserInfo(1, "op", "Op", "operator"), Permission.SET_MANUAL_PRICE)


def test_only_sign_in_makes_an_actor(db):
    """A UserInfo built by the caller, a copy with a better role, a signed-out session, a deactivated
    account and the passed role are all refused or ignored: the services read who acts from sign-in
    and the database."""
    import dataclasses

    auth.create_user("op", "", "operator", "pass1234", by=ROOT())
    auth.create_user("root", "", "admin", "pass1234", by=ROOT())
    op = auth.authenticate("op", "pass1234")
    made_up = UserInfo(m.User.get(m.User.login == "root").id, "root", "Root", "admin")
    for fake in (made_up, dataclasses.replace(op, role="admin"), None, "root"):
        with pytest.raises(auth.PermissionDenied):
            auth.create_user("x", "", "admin", "pass1234", by=fake)
    promoted = dataclasses.replace(op, role="admin")  # the session is real, the role is not
    with pytest.raises(auth.PermissionDenied) as info:
        auth.require(promoted, Permission.MANAGE_USERS)
    assert info.value.code == "auth.not_allowed"
    with pytest.raises(TypeError):
        auth.set_password("root", "newpass1")  # no actor is no longer a way round the check
    m.User.update(role="admin").where(m.User.login == "op").execute()
    assert auth.require(op, Permission.MANAGE_USERS).role == "admin"  # the role as it is now
    m.User.update(active=False).where(m.User.login == "op").execute()
    with pytest.raises(auth.PermissionDenied):
        auth.require(op, Permission.TAKE_ORDERS)
    m.User.update(active=True, role="operator").where(m.User.login == "op").execute()
    auth.require(op, Permission.TAKE_ORDERS)
    auth.sign_out(op)
    with pytest.raises(auth.PermissionDenied) as info:
        auth.require(op, Permission.TAKE_ORDERS)
    assert info.value.code == "auth.not_signed_in"
    assert not m.User.select().where(m.User.login == "x").exists()


def test_approval_is_checked_by_the_service(db):
    auth.create_user("fin", "", "finance", "pass1234", by=ROOT())
    auth.create_user("op2", "", "operator", "pass1234", by=ROOT())
    with pytest.raises(auth.AuthError):
        auth.approve(auth.Approval("fin", "wrong"), Permission.OVERRIDE_DEBT_GATE)
    with pytest.raises(auth.PermissionDenied):
        auth.approve(auth.Approval("op2", "pass1234"), Permission.OVERRIDE_DEBT_GATE)
    assert auth.approve(auth.Approval("fin", "pass1234"), Permission.OVERRIDE_DEBT_GATE).login == "fin"
    assert "pass1234" not in repr(auth.Approval("fin", "pass1234"))
    failed = m.AuditEvent.get(m.AuditEvent.action == "approval_failed")
    assert "wrong" not in failed.details


def test_only_the_command_line_module_makes_the_terminal_actor():
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "orderdesk_gui"
    users = sorted(
        p.relative_to(root).as_posix()
        for p in root.rglob("*.py")
        if "command_line()" in p.read_text(encoding="utf-8") and p.name != "auth.py"
    )
    assert users == ["cli.py"]


def test_cli_user_add_and_passwd(sqlite_url, monkeypatch, capsys):
    from orderdesk_gui.cli import main

    monkeypatch.setenv("ORDERDESK_PASSWORD", "first-pass")
    assert main(["user", "add", "boss", "--role", "admin", "--name", "Бас", "--db", sqlite_url]) == 0
    monkeypatch.setenv("ORDERDESK_PASSWORD", "second-pass")
    assert main(["user", "passwd", "boss", "--db", sqlite_url]) == 0
    assert main(["user", "add", "boss", "--role", "admin", "--db", sqlite_url]) == 1
    captured = capsys.readouterr()
    assert "exists already" in captured.err
    assert "first-pass" not in captured.out + captured.err
    assert "second-pass" not in captured.out + captured.err
    from orderdesk_gui.db.connection import open_database

    open_database(sqlite_url)
    assert auth.authenticate("boss", "second-pass").role == "admin"


def test_cli_user_unlock_lifts_a_lock_out(sqlite_url, monkeypatch, capsys):
    from orderdesk_gui.cli import main
    from orderdesk_gui.db import models as m
    from orderdesk_gui.db.connection import open_database

    monkeypatch.setenv("ORDERDESK_PASSWORD", "only-admin-pass")
    assert main(["user", "add", "boss", "--role", "admin", "--db", sqlite_url]) == 0
    open_database(sqlite_url)
    for i in range(5):  # the only administrator locks themselves out
        with pytest.raises(auth.AuthError):
            auth.authenticate("boss", f"wrong-{i}")
    with pytest.raises(auth.AuthError) as refused:
        auth.authenticate("boss", "only-admin-pass")
    assert refused.value.code == "auth.locked"
    m.db_proxy.close()
    assert main(["user", "unlock", "boss", "--db", sqlite_url]) == 0
    assert "boss unlocked" in capsys.readouterr().out
    assert main(["user", "unlock", "nobody", "--db", sqlite_url]) == 1
    assert "nobody" in capsys.readouterr().err
    open_database(sqlite_url)
    assert auth.authenticate("boss", "only-admin-pass").login == "boss"
    event = m.AuditEvent.get(m.AuditEvent.action == "account_unlocked")
    assert '"locked_until": null' in event.details
