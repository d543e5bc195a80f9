"""Connection loss on a shared PostgreSQL, drilled: the desk works through a local TCP proxy the test
controls, and the connection is cut (every connection through the proxy dropped, new ones refused) or the
desk's backend terminated on the server (``pg_terminate_backend``) at random points of orders typed from
the keyboard: while a line's save is in flight, after it, while the completion is being saved. 50 times.
Afterwards every line typed is in the database, every order accepted exactly once, no traceback reached
the operator, and the status bar said what happened. The machine's shared server is never stopped."""

from __future__ import annotations

import logging
import random
import statistics
import threading
import time
from decimal import Decimal

import psycopg2
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from orderdesk_gui.db import models as m
from orderdesk_gui.demo import DemoOptions, build_demo_database
from tests.conftest import DEMO_AS_OF as AS_OF
from tests.gui_helpers import press
from tests.tcp_proxy import TcpProxy
from tests.test_gui_order import add_line, priced, roomy_client, start_order, wait_saved

ORDERS = 5
LINES = 8  # a cut per line, one per completion, one backend terminated per order: 5 * (8 + 1 + 1) = 50


@pytest.fixture
def proxied(pg_url):
    build_demo_database(pg_url, DemoOptions(clients=30, products=60, months=2, seed=5, as_of=AS_OF))
    proxy = TcpProxy()
    yield proxy, proxy.url(pg_url.rsplit("/", 1)[1])
    proxy.close()


def _terminate_desk_backends(url: str) -> None:
    admin = psycopg2.connect(**{**m.db_proxy.obj.connect_params, "dbname": m.db_proxy.obj.database})
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND application_name LIKE 'OrderDesk%%' "
            "AND pid <> pg_backend_pid()"
        )
    admin.close()


def test_fifty_cuts_lose_no_line_double_no_order_and_show_no_traceback(qtbot, open_desk, proxied, caplog):
    proxy, url = proxied
    rng = random.Random(2026)
    caplog.set_level(logging.ERROR)
    app = open_desk(url=url)
    window = app.window
    said: list[str] = []
    app.hub.message.connect(said.append)
    window.orders.message.connect(said.append)
    window.orders.note.connect(said.append)
    client = roomy_client()
    m.Client.update(credit_limit=Decimal("1e9")).where(m.Client.id == client.id).execute()
    products = priced(client.price_column_id, LINES)
    assert len(products) == LINES
    restored: list[float] = []  # when each cut ended
    resumed: list[float] = []  # restored -> the save that waited landed
    cuts = 0
    waits = []  # completions that met a lost connection and waited for it
    real_wait = window.orders._wait_for_connection
    window.orders._wait_for_connection = lambda *a: (waits.append(1), real_wait(*a))

    def cut_now(after_s: float, hold_s: float) -> threading.Thread:
        def run() -> None:
            time.sleep(after_s)
            proxy.cut()
            time.sleep(hold_s)
            proxy.restore()
            restored.append(time.perf_counter())

        thread = threading.Thread(target=run, daemon=True)
        thread.start()
        return thread

    def pause(thread: threading.Thread) -> None:
        """The operator waits while the line is down (the status bar is red): typing the next product
        needs the catalogue from the server."""
        qtbot.wait_until(lambda: not thread.is_alive(), timeout=10000)

    typed_orders: list[tuple[int, list[tuple[int, Decimal]]]] = []
    window.caller.open_client(client.id)
    qtbot.wait_until(lambda: window.card.card is not None and window.card.card.id == client.id, timeout=10000)
    for n in range(ORDERS):
        window.activateWindow()  # the desktop gives the window back the keyboard when the dialog closes
        qtbot.wait_until(window.isActiveWindow, timeout=5000)
        start_order(qtbot, window)
        order_id = window.orders.view.order_id
        terminate_at = rng.randrange(LINES)
        for i, product in enumerate(products):
            add_line(qtbot, window, product.code, product.id, str(n + 1))
            cutter = cut_now(rng.uniform(0, 0.03), rng.uniform(0.1, 0.8))  # the save just sent, or landed
            cuts += 1
            if i == terminate_at:
                pause(cutter)
                _terminate_desk_backends(url)
                cuts += 1
            pause(cutter)
            if window.orders._dirty and not window.orders._saving:
                started = restored[-1]
                wait_saved(qtbot, window, timeout=15000)
                resumed.append(time.perf_counter() - started)
        assert len(window.orders.lines) == LINES  # nothing typed left the screen
        expected = sorted((ln.product_id, ln.quantity) for ln in window.orders.lines)
        for _ in range(3):  # three offers declined for their price (Alt+2)
            before = window.orders.offers_done()
            QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
            qtbot.wait_until(lambda done=before + 1: window.orders.offers_done() == done, timeout=10000)
        wait_saved(qtbot, window)
        press(window, Qt.Key.Key_F10)
        dialog = window.completion_dialog
        qtbot.wait_until(dialog.isVisible, timeout=5000)
        press(dialog.ui.presentCheck, Qt.Key.Key_Space)
        cutter = cut_now(rng.uniform(0, 0.02), rng.uniform(0.2, 1.0))  # the completion in flight
        cuts += 1
        press(dialog.ui.presentCheck, Qt.Key.Key_Return)
        qtbot.wait_until(lambda shown=dialog: shown.number is not None, timeout=20000)
        pause(cutter)
        typed_orders.append((order_id, expected))
        qtbot.wait_until(lambda: not window.orders.active, timeout=5000)

    assert cuts == 50
    accepted = list(m.Order.select().where((m.Order.client == client.id) & (m.Order.status == "accepted")))
    assert sorted(o.id for o in accepted) == sorted(oid for oid, _ in typed_orders)  # 0 doubled, 0 missing
    assert len({o.number for o in accepted}) == ORDERS
    for order_id, expected in typed_orders:  # 0 lost lines
        stored = sorted(
            (ln.product_id, ln.quantity) for ln in m.OrderLine.select().where(m.OrderLine.order == order_id)
        )
        assert stored == expected
    assert not m.Order.select().where((m.Order.client == client.id) & (m.Order.status == "draft")).exists()
    assert all("Traceback" not in text and "psycopg2" not in text for text in said)
    assert not [r for r in caplog.records if r.exc_info]
    assert any("connection to the database is lost" in text for text in said)
    assert any("connection to the database is back" in text for text in said)
    if resumed:
        median, worst = statistics.median(resumed), max(resumed)
        print(f"reconnect_s: median {median:.2f} of {len(resumed)}, max {worst:.2f}")
    print(f"completions that waited for the connection: {len(waits)} of {ORDERS}")
