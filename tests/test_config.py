"""Configuration: typed settings, the database URL's sources in order, clear messages for bad URLs."""

from __future__ import annotations

import json
import logging
import os
import stat
import sys

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from orderdesk_gui import config
from orderdesk_gui.cli import main
from orderdesk_gui.db import connection


def test_settings_are_typed_with_defaults_and_saved_atomically(_isolated_home):
    settings = config.Settings()
    assert settings.get(config.MIN_SUGGESTIONS) == 3
    assert settings.get(config.SMTP_TLS) is True
    settings.set(config.MIN_SUGGESTIONS, "4")
    settings.set(config.SMTP_TLS, "no")
    settings.save()
    again = config.Settings()
    assert again.get(config.MIN_SUGGESTIONS) == 4
    assert again.get(config.SMTP_TLS) is False
    assert not list(settings.path.parent.glob(".settings-*")), "temporary file left behind"


def test_broken_settings_file_falls_back_to_defaults(_isolated_home):
    path = config.config_dir() / config.Settings.FILE_NAME
    path.parent.mkdir(parents=True)
    path.write_text("{not json", encoding="utf-8")
    assert config.Settings().get(config.MIN_SUGGESTIONS) == 3
    path.write_text(json.dumps({"orders.min_suggestions": "many", "unknown": 1}), encoding="utf-8")
    assert config.Settings().get(config.MIN_SUGGESTIONS) == 3


def test_database_url_from_option_then_environment_then_settings(monkeypatch, _isolated_home):
    settings = config.Settings()
    assert config.resolve_database_url(None, settings) == config.default_database_url()
    assert config.default_database_url().startswith("sqlite:///")
    settings.set(config.DATABASE_URL, "postgresql://saved@h/db")
    assert config.resolve_database_url(None, settings) == "postgresql://saved@h/db"
    monkeypatch.setenv(config.ENV_DB, "postgresql://env@h/db")
    assert config.resolve_database_url(None, settings) == "postgresql://env@h/db"
    assert config.resolve_database_url("sqlite:///x.db", settings) == "sqlite:///x.db"


@pytest.mark.parametrize(
    "url, code, fragment",
    [
        ("not a url", "database.url_malformed", "Malformed database URL"),
        ("mysql://root@localhost/test", "database.unsupported_type", "Unsupported database type “mysql”"),
        ("postgresql://user@/nodb", "database.postgresql_url_incomplete", "needs a host and a database name"),
        ("postgresql://user@host:99999/db", "database.url_malformed", "Malformed database URL"),
        ("sqlite:///", "database.sqlite_url_no_file", "names no file"),
        ("sqlite://relative.db", "database.sqlite_url_malformed", "Malformed SQLite URL"),
    ],
)
def test_malformed_urls_get_a_clear_message(url, code, fragment, capsys):
    from orderdesk_gui.ui import messages

    with pytest.raises(connection.DatabaseConfigError) as info:
        connection.parse_url(url)
    assert info.value.code == code and fragment in messages.english(info.value)
    assert main(["migrate", "--db", url]) == 1
    err = capsys.readouterr().err
    assert url in err and "Traceback" not in err


def test_password_never_shown():
    text = connection.redact("postgresql://u:s3cret@h:5432/db")
    assert "s3cret" not in text
    assert "s3cret" not in connection.parse_url("postgresql://u:s3cret@h/db").display()
    with pytest.raises(connection.DatabaseConfigError) as info:
        connection.parse_url("mysql://u:s3cret@h/db")
    assert "s3cret" not in str(info.value)


def test_a_password_in_a_malformed_url_is_never_shown(capsys):
    url = "postgresql://u:PASS@[::1/x"  # the host does not parse, nor did the redaction
    with pytest.raises(connection.DatabaseConfigError) as info:
        connection.parse_url(url)
    assert info.value.code == "database.url_malformed"
    assert info.value.params == {"url": "postgresql://u:***@[::1/x"}
    assert main(["migrate", "--db", url]) == 1
    err = capsys.readouterr().err
    assert "postgresql://u:***@[::1/x" in err and "PASS" not in err


@pytest.mark.parametrize(
    "text, shown",
    [
        ("postgresql://u:s3cret@h:5432/db", "postgresql://u:***@h:5432/db"),
        ("postgresql://u:p@ss/w:rd@h/db", "postgresql://u:***@h/db"),  # "@", "/", ":" typed raw
        ("postgresql://me@corp:pw@h/db", "postgresql://me@corp:***@h/db"),
        ("opened postgres://:pw@h/db\nnext", "opened postgres://:***@h/db\nnext"),
        ("postgresql://u@h:5432/db", "postgresql://u@h:5432/db"),  # no password: as it was
        ("sqlite:///C:/a@b/od.db", "sqlite:///C:/a@b/od.db"),
        ("not a url: x@y", "not a url: x@y"),
    ],
)
def test_redaction_works_on_any_text(text, shown):
    assert connection.redact(text) == shown


def _everything_said(url: str) -> str:
    """What opening ``url`` shows anyone: the error (code, params, English text), the parsed URL's
    repr and display, and every log line."""
    from orderdesk_gui.ui import messages

    lines: list[logging.LogRecord] = []
    handler = logging.Handler(logging.DEBUG)
    handler.emit = lines.append
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    said = []
    try:
        target = connection.parse_url(url)
        said += [repr(target), target.display()]
        connection.connect(url).close()  # the hosts in the examples refuse the connection
    except connection.DatabaseConfigError as exc:
        said += [str(exc), repr(exc.params), messages.english(exc)]
    finally:
        root.removeHandler(handler)
        root.setLevel(level)
    return "\n".join(said + [record.getMessage() for record in lines])


URL_FORMS = [
    "postgresql://u:PW@[::1/x",
    "postgresql://u:PW@127.0.0.1:1/db",
    "postgresql://u:PW@127.0.0.1:99999/db",
    "postgresql://u:PW@/nodb",
    "postgres://u:PW@127.0.0.1:1",
    "mysql://u:PW@h/db",
]


@given(form=st.sampled_from(URL_FORMS), password=st.text(min_size=1, max_size=40))
@example(form=URL_FORMS[0], password="PASS")
@example(form=URL_FORMS[1], password="5432/x")
@example(form=URL_FORMS[1], password="p@ss/w:rd?#[x]")
@example(form=URL_FORMS[1], password="two\nlines")
@example(form=URL_FORMS[2], password="%40%")
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_no_password_reaches_a_message_or_a_log(form, password):
    url = form.replace("PW", password)
    # what is said about the same URL with "***" for the password: a password that is part of
    # those words (a "u", a "://") cannot be told from them
    assume(password not in _everything_said(form.replace("PW", "***")))
    assert password not in _everything_said(url)


def test_unreachable_postgresql_is_reported_clearly(capsys):
    url = "postgresql://postgres:topsecret@127.0.0.1:1/test"
    with pytest.raises(connection.DatabaseConfigError) as info:
        connection.open_database(url)
    assert (
        info.value.code == "database.postgresql_unreachable" and info.value.params["server"] == "127.0.0.1:1"
    )
    assert "topsecret" not in str(info.value)
    assert main(["migrate", "--db", url]) == 1
    err = capsys.readouterr().err
    assert "127.0.0.1:1" in err and "Traceback" not in err and "topsecret" not in err


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX paths")
def test_unwritable_sqlite_path_is_reported_clearly(tmp_path, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    url = "sqlite:///" + (blocker / "sub" / "od.db").as_posix()  # a folder under a file
    with pytest.raises(connection.DatabaseConfigError, match=r"^database\.folder_not_created \(path="):
        connection.open_database(url)
    folder = tmp_path / "ro"
    folder.mkdir()
    (folder / "od.db").write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(connection.DatabaseConfigError, match=r"^database\.sqlite_unwritable \(path="):
        connection.open_database("sqlite:///" + (folder / "od.db").as_posix())
    assert main(["migrate", "--db", url]) == 1
    assert "Traceback" not in capsys.readouterr().err


def test_read_only_folder_is_reported_clearly(tmp_path):
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        pytest.skip("root writes anywhere; covered by the not-a-database case")
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(connection.DatabaseConfigError):
            connection.open_database("sqlite:///" + (folder / "od.db").as_posix())
    finally:
        folder.chmod(stat.S_IRWXU)
