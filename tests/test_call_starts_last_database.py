"""``orderdesk call NUMBER`` with no OrderDesk running starts one on the database the desk used last,
through the real entry point (launch -> cli -> run_gui), not on the empty default database."""

from __future__ import annotations

import pytest

from orderdesk_gui import config, launch
from orderdesk_gui.db import connection
from orderdesk_gui.ui import app as ui_app
from orderdesk_gui.ui import single_instance


@pytest.fixture
def started(qapp, monkeypatch):
    """What the command would start: the session's database URL and the number to pop."""
    opened: dict = {}

    class Session:  # the desk as far as the choice of database: no window is opened
        def __init__(self, settings, url, **options):
            opened.update(url=url, **options)

        def listen(self) -> bool:
            return False  # "already running": run_gui returns before the event loop

    monkeypatch.setattr(single_instance, "send", lambda *args, **kwargs: None)  # none is running
    monkeypatch.setattr(ui_app, "OrderDeskApp", Session)
    monkeypatch.setattr(ui_app, "install_translators", lambda *args, **kwargs: "en")
    return opened


def test_a_call_starts_the_desk_on_the_database_used_last(started, sqlite_url):
    connection.open_database(sqlite_url).close()
    settings = config.Settings()
    settings.set(config.LAST_DATABASE, sqlite_url)
    settings.save()
    assert launch.main(["call", "+7 701 211 73 36"]) == 0
    assert started["url"] == sqlite_url and started["pending_call"] == "+7 701 211 73 36"


def test_without_one_it_is_the_default_and_a_named_database_wins(started, sqlite_url, tmp_path):
    assert launch.main(["call", "87012117336"]) == 0
    assert started["url"] == config.default_database_url()
    other = "sqlite:///" + (tmp_path / "branch.db").as_posix()
    settings = config.Settings()
    settings.set(config.LAST_DATABASE, sqlite_url)
    settings.save()
    assert launch.main(["--db", other, "call", "87012117336"]) == 0
    assert started["url"] == other
