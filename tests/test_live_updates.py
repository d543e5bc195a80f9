"""Live updates between desks on the real PostgreSQL: a change committed by another process reaches this
desk's window within about a second (NOTIFY sent in the transaction, heard on the desk's own listening
connection), a change rolled back is never announced, and SQLite desks have no listener."""

from __future__ import annotations

import subprocess
import sys
import time
from decimal import Decimal

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


def test_a_draft_typed_while_the_server_drops_the_desk_is_saved_when_it_answers_again(
    qtbot, open_desk, pg_demo
):
    """The desk's connection is killed on the server (pg_terminate_backend) in the middle of an order:
    the operator is told in words, the lines stay on screen, and the draft is saved by itself once the
    server answers, once, with nothing lost or doubled."""
    from tests.test_gui_order import add_line, priced, start_order

    app = open_desk(url=pg_demo)
    window = app.window
    client = m.Client.select().where(m.Client.status == "active").order_by(m.Client.id).first()
    m.Receivable.update(paid=True).where(m.Receivable.client == client.id).execute()
    window.caller.open_client(client.id)
    qtbot.wait_until(lambda: window.card.card is not None and window.card.card.id == client.id, timeout=10000)
    start_order(qtbot, window)
    first, second = priced(client.price_column_id, 2)
    add_line(qtbot, window, first.code, first.id, cyrillic=True)
    qtbot.wait_until(lambda: not window.orders._saving and not window.orders._dirty, timeout=10000)
    order_id = window.orders.view.order_id
    admin = psycopg2.connect(**{**m.db_proxy.obj.connect_params, "dbname": m.db_proxy.obj.database})
    admin.autocommit = True
    with admin.cursor() as cursor:  # every backend of the desk but the live listener
        cursor.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND application_name = 'OrderDesk' "
            "AND pid <> pg_backend_pid()"
        )
    admin.close()
    add_line(qtbot, window, second.code, second.id, cyrillic=True)  # typed while the desk is cut off
    qtbot.wait_until(
        lambda: m.OrderLine.select().where(m.OrderLine.order == order_id).count() == 2, timeout=20000
    )
    assert len(window.orders.lines) == 2
    assert "Traceback" not in window.order_panel.ui.messageLabel.text()
    assert m.Order.select().where(m.Order.client == client.id, m.Order.status == "draft").count() == 1


def test_a_save_whose_answer_was_lost_is_found_done_when_tried_again(pg_demo):
    """The save committed, then the connection dropped before its answer: the desk tries the same save
    again with the version it had; the service finds it done and answers with the new version, neither
    refusing it as changed elsewhere nor writing it twice."""
    import datetime as dt

    from orderdesk_gui.db import catalog
    from orderdesk_gui.domain.debt import DebtRules
    from orderdesk_gui.services import auth, debt_gate, ordering

    connection.open_database(pg_demo)
    op = auth.authenticate("operator", "demo")
    client = m.Client.select().where(m.Client.status == "active").order_by(m.Client.id).first()
    m.Receivable.update(paid=True).where(m.Receivable.client == client.id).execute()
    today = dt.date(2026, 11, 20)
    order_id = debt_gate.start_order(op, client.id, today, DebtRules())
    view = ordering.open_draft(order_id, today)
    ids = [p.id for p in m.Product.select(m.Product.id).limit(30)]
    facts = catalog.facts(ids, view.price_column_id, today)
    pid = next(i for i in ids if catalog.price_of(facts[i]) is not None)
    line = ordering.make_line(view, pid, f"{max(facts[pid].pack_size, 1):f}", "asked", today, Decimal(10000))
    version = ordering.save_draft(order_id, [line], [], view.version)
    assert ordering.save_draft(order_id, [line], [], view.version) == version  # the retry: done already
    with pytest.raises(ordering.StaleOrder):  # a different draft on the old version is still refused
        ordering.save_draft(order_id, [], [], view.version)
    assert m.OrderLine.select().where(m.OrderLine.order == order_id).count() == 1


def test_a_save_stopped_by_a_lost_connection_is_tried_again_and_the_operator_told(
    qtbot, open_desk, monkeypatch
):
    """On the desk: the save fails as a dropped connection makes it fail; the operator reads it in words,
    and the order is saved by itself on the next try."""
    from peewee import OperationalError

    from orderdesk_gui.services import ordering
    from tests.test_gui_order import add_line, priced, roomy_client, start_order

    window = open_desk().window
    client = roomy_client()
    window.caller.open_client(client.id)
    qtbot.wait_until(lambda: window.card.card is not None and window.card.card.id == client.id, timeout=10000)
    start_order(qtbot, window)
    real = ordering.save_draft
    failures = [OperationalError("server closed the connection unexpectedly")]

    def flaky(*args):
        if failures:
            raise failures.pop()
        return real(*args)

    monkeypatch.setattr(ordering, "save_draft", flaky)
    said = []
    window.orders.message.connect(said.append)
    window.orders.note.connect(said.append)
    product = priced(client.price_column_id, 1)[0]
    add_line(qtbot, window, product.code, product.id, cyrillic=True)
    order_id = window.orders.view.order_id
    qtbot.wait_until(lambda: any("connection to the database is lost" in t for t in said), timeout=5000)
    qtbot.wait_until(
        lambda: m.OrderLine.select().where(m.OrderLine.order == order_id).count() == 1, timeout=10000
    )
    qtbot.wait_until(lambda: any("connection is back" in t for t in said), timeout=5000)
    assert len(window.orders.lines) == 1
