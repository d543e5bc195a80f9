"""Passwords live in the credential store, not in settings.json; .pgpass is honoured; the fallback."""

from __future__ import annotations

import json
import logging
import os
import stat
import sys

import keyring
import pytest
from keyring.backends import fail

from orderdesk_gui import config, secrets
from orderdesk_gui.db import connection
from orderdesk_gui.services import dispatch


def _saved() -> dict:
    return json.loads((config.config_dir() / config.Settings.FILE_NAME).read_text(encoding="utf-8"))


def _mail_settings(password: str = "smtp-s3cret") -> config.Settings:
    settings = config.Settings()
    settings.set(config.SMTP_HOST, "smtp.example.kz")
    settings.set(config.SMTP_USER, "desk@example.kz")
    settings.set(config.SMTP_PASSWORD, password)
    return settings


def test_named_secrets_are_kept_fetched_and_forgotten(credential_store):
    assert secrets.available()
    assert secrets.get_secret("smtp:a@h") is None
    assert secrets.set_secret("smtp:a@h", "pw")
    assert secrets.get_secret("smtp:a@h") == "pw"
    assert credential_store.entries == {("OrderDesk", "smtp:a@h"): "pw"}
    secrets.delete_secret("smtp:a@h")
    secrets.delete_secret("smtp:a@h")  # gone already: nothing happens
    assert secrets.get_secret("smtp:a@h") is None
    assert secrets.smtp_key("desk@example.kz", "smtp.example.kz") == "smtp:desk@example.kz@smtp.example.kz"
    assert secrets.database_key("u", "db.local", 5432, "od") == "database:u@db.local:5432/od"


def test_the_smtp_password_is_saved_in_the_store_not_the_file(credential_store):
    settings = _mail_settings()
    settings.save()
    assert config.SMTP_PASSWORD.key not in _saved()
    assert "smtp-s3cret" not in settings.path.read_text(encoding="utf-8")
    assert secrets.get_secret("smtp:desk@example.kz@smtp.example.kz") == "smtp-s3cret"
    assert dispatch.mail_settings_from(settings).password == "smtp-s3cret"
    assert dispatch.mail_settings_from(config.Settings()).password == "smtp-s3cret"


@pytest.mark.parametrize(
    "url, saved, key, password",
    [
        (
            "postgresql://desk:pg-s3cret@db.local:5433/orderdesk",
            "postgresql://desk@db.local:5433/orderdesk",
            "database:desk@db.local:5433/orderdesk",
            "pg-s3cret",
        ),
        (
            "postgres://desk:p%40ss%2Fw@DB.local/orderdesk?sslmode=require",
            "postgres://desk@DB.local/orderdesk?sslmode=require",
            "database:desk@db.local:5432/orderdesk",
            "p@ss/w",
        ),
    ],
)
def test_a_database_password_is_saved_in_the_store_not_the_url(url, saved, key, password):
    settings = config.Settings()
    settings.set(config.DATABASE_URL, url)
    settings.save()
    assert _saved()[config.DATABASE_URL.key] == saved
    assert secrets.get_secret(key) == password
    assert config.resolve_database_url(None, config.Settings()) == saved


def test_a_password_typed_into_the_file_leaves_it_when_read():
    path = config.config_dir() / config.Settings.FILE_NAME
    path.parent.mkdir(parents=True)
    path.write_text(
        json.dumps(
            {
                "database.url": "postgresql://desk:pg-s3cret@db.local/orderdesk",
                "mail.smtp_host": "smtp.example.kz",
                "mail.smtp_user": "desk@example.kz",
                "mail.smtp_password": "smtp-s3cret",
            }
        ),
        encoding="utf-8",
    )
    settings = config.Settings()
    text = path.read_text(encoding="utf-8")
    assert "s3cret" not in text and "postgresql://desk@db.local/orderdesk" in text
    assert dispatch.mail_settings_from(settings).password == "smtp-s3cret"
    assert secrets.get_secret("database:desk@db.local:5432/orderdesk") == "pg-s3cret"


def test_sqlite_and_password_less_urls_are_saved_as_they_are(credential_store):
    for url in ("sqlite:///C:/od@x/od.db", "postgresql://desk@db.local/od", "postgresql://u:p@[::1/x"):
        settings = config.Settings()
        settings.set(config.DATABASE_URL, url)
        settings.save()
        assert _saved()[config.DATABASE_URL.key] == url
    assert credential_store.entries == {}  # the malformed one is refused when connecting (redacted)


class RefusingKeyring(keyring.backend.KeyringBackend):
    priority = 1

    def get_password(self, service, username):
        raise keyring.errors.KeyringLocked("locked")

    def set_password(self, service, username, password):
        raise keyring.errors.PasswordSetError("locked")

    def delete_password(self, service, username):
        raise keyring.errors.PasswordDeleteError("locked")


@pytest.mark.parametrize("store", [fail.Keyring, RefusingKeyring])
def test_without_a_store_the_password_stays_in_the_file_with_one_warning(store, caplog):
    keyring.set_keyring(store())
    assert secrets.available() == (store is RefusingKeyring)
    settings = _mail_settings()
    settings.set(config.DATABASE_URL, "postgresql://desk:pg-s3cret@db.local/od")
    with caplog.at_level(logging.WARNING, logger="orderdesk_gui.secrets"):
        settings.save()
        settings.save()
        config.Settings()
    warnings = [r for r in caplog.records if "settings.json" in r.getMessage()]
    assert len(warnings) == 1 and "s3cret" not in caplog.text
    assert _saved()[config.SMTP_PASSWORD.key] == "smtp-s3cret"
    assert _saved()[config.DATABASE_URL.key] == "postgresql://desk:pg-s3cret@db.local/od"
    assert dispatch.mail_settings_from(config.Settings()).password == "smtp-s3cret"
    if sys.platform != "win32":
        assert stat.S_IMODE(os.stat(settings.path).st_mode) == 0o600  # the user's eyes only


def test_the_environment_still_overrides_the_smtp_password(monkeypatch):
    _mail_settings().save()
    monkeypatch.setenv(dispatch.ENV_SMTP_PASSWORD, "from-env")
    assert dispatch.mail_settings_from(config.Settings()).password == "from-env"


def _used_password(url: str) -> str | None:
    """The password libpq used for the connection (PQpass: given, or read from .pgpass)."""
    database = connection.connect(url)
    try:
        return database.connection().info.password
    finally:
        database.close()


@pytest.fixture
def pgpass(tmp_path, monkeypatch):
    path = tmp_path / "pgpass"
    path.write_text("*:*:*:*:from-pgpass\n", encoding="utf-8")
    path.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(path))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    return path


def test_postgresql_gets_no_empty_password_so_pgpass_is_read(pg_url, pgpass):
    target = connection.parse_url(pg_url)
    assert not target.password
    database = connection.connect(pg_url)
    try:
        assert "password" not in database.connect_params
    finally:
        database.close()
    assert _used_password(pg_url) == "from-pgpass"


def test_postgresql_takes_the_saved_password_from_the_store(pg_url, pgpass):
    target = connection.parse_url(pg_url)
    with_password = pg_url.replace(f"{target.user}@", f"{target.user}:from-store@", 1)
    settings = config.Settings()
    settings.set(config.DATABASE_URL, with_password)
    settings.save()
    url = config.resolve_database_url(None, config.Settings())
    assert url == pg_url and "from-store" not in settings.path.read_text(encoding="utf-8")
    assert _used_password(url) == "from-store"  # the store's, before .pgpass
