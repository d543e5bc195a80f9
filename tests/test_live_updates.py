"""Live updates between desks on the real PostgreSQL: a change committed by another process reaches this
desk's window within about a second (NOTIFY sent in the transaction, heard on the desk's own listening
connection), a change rolled back is never announced, and SQLite desks have no listener."""

from __future__ import annotations

import subprocess
import sys
import time

import psycopg2
import pytest

from orderdesk_gui.db import connection, notify
from orderdesk_gui.db import models as m
from orderdesk_gui.demo import DemoOptions, build_demo_database
from orderdesk_gui.domain.changes import Changes
from tests.conftest import DEMO_AS_OF as AS_OF


@pytest.fixture
def pg_demo(pg_url):
    build_demo_database(pg_url, DemoOptions(clients=40, products=60, months=2, seed=11, as_of=AS_OF))
    return pg_url


def test_a_callback_added_elsewhere_appears_at_this_desk_within_a_second(qtbot, open_desk, pg_demo):
    app = open_desk(url=pg_demo)
    assert app.live is not None and app.live.isRunning()
    panel = app.window.callbacks.panel
    qtbot.wait_until(lambda: panel.loaded, timeout=10000)
    before = {row.id for row in panel.model.rows()}
    started = time.perf_counter()
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "orderdesk_gui",
            "callback",
            "add",
            "+77015550101",
            "--name",
            "Айгүл",
            "--db",
            pg_demo,
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    new_id = int(done.stdout.strip().splitlines()[-1])
    added = time.perf_counter()
    qtbot.wait_until(lambda: new_id in {row.id for row in panel.model.rows()} - before, timeout=5000)
    shown = time.perf_counter() - added
    print(f"live_update_s: {shown:.2f} (the command itself took {added - started:.2f} s)")


def test_a_rolled_back_change_is_never_announced_and_a_desk_ignores_its_own(pg_url):
    database = connection.open_database(pg_url)
    listener = notify.listener_for(database)
    assert listener is not None
    assert listener.wait(0.1) == []  # listening now
    with pytest.raises(RuntimeError):
        with m.db_proxy.atomic():
            notify.announce("callback_added")
            raise RuntimeError("the operator's change failed")
    assert listener.wait(0.5) == []
    # another process's announcement is heard; this process's own is not news
    other = psycopg2.connect(**{**database.connect_params, "dbname": database.database})
    other.autocommit = True
    with other.cursor() as cursor:
        cursor.execute(
            "SELECT pg_notify(%s, %s)", (notify.CHANNEL, '{"from": "elsewhere", "changes": ["callbacks"]}')
        )
        cursor.execute(
            "SELECT pg_notify(%s, %s)",
            (notify.CHANNEL, '{"from": "%s", "changes": ["calls"]}' % notify.SENDER),
        )
    other.close()
    heard = []
    deadline = time.monotonic() + 3
    while not heard and time.monotonic() < deadline:
        heard += listener.wait(0.2)
    assert heard == [Changes(callbacks=True)]
    listener.close()
    database.close()


def test_a_sqlite_desk_has_no_listener(sqlite_url):
    database = connection.open_database(sqlite_url)
    assert notify.listener_for(database) is None
    database.close()


def test_a_call_opened_at_another_desk_shows_on_this_desks_card(qtbot, open_desk, pg_demo):
    app = open_desk(url=pg_demo)
    window = app.window
    client = m.Client.select().where(m.Client.status == "active").order_by(m.Client.id).first()
    window.caller.open_client(client.id)
    qtbot.wait_until(lambda: window.card.card is not None and window.card.card.id == client.id, timeout=10000)
    assert not window.card.ui.busyLabel.isVisible()
    script = (
        "import sys\n"
        "from orderdesk_gui.db import connection\n"
        "from orderdesk_gui.services import auth, calls\n"
        f"connection.open_database({pg_demo!r})\n"
        "user = auth.authenticate('operator2', 'demo')\n"
        f"calls.open_call(user, '', {client.id})\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    name = m.User.get(m.User.login == "operator2").full_name
    qtbot.wait_until(lambda: name in window.card.ui.busyLabel.text(), timeout=5000)
    assert window.card.ui.busyLabel.isVisible()
