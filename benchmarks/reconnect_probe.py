"""``reconnect_s`` (issue 15): a desk on PostgreSQL through a local TCP proxy; a line is typed into an
order, the connection is cut while its save is on the way, and restored a second later; measured from the
restore to the desk working again (the line that waited saved in the database). Prints one JSON line.

``python benchmarks/reconnect_probe.py postgresql://... [RUNS]``
"""

from __future__ import annotations

import json
import os
import sys
import time
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


def main() -> int:
    url, runs = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 10
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from orderdesk_gui import clock, config
    from orderdesk_gui.db import catalog, connection
    from orderdesk_gui.db import models as m
    from orderdesk_gui.db.connection import parse_url
    from orderdesk_gui.ui.app import OrderDeskApp
    from tests.tcp_proxy import TcpProxy

    target = parse_url(url)
    connection.open_database(url)
    client = (
        m.Client.select().join(m.ClientType).where(
            (m.Client.status == "active") & (m.ClientType.code != "regional")
        ).order_by(m.Client.id.desc()).first()
    )  # fmt: skip
    m.Receivable.update(paid=True).where(m.Receivable.client == client.id).execute()
    m.Client.update(credit_limit=Decimal("1e9")).where(m.Client.id == client.id).execute()
    m.Order.update(status="cancelled", cancel_reason="benchmark reset").where(
        (m.Order.client == client.id) & (m.Order.status == "draft")
    ).execute()
    ids = [p.id for p in m.Product.select(m.Product.id).where(m.Product.active == True).limit(300)]  # noqa: E712
    facts = catalog.facts(ids, client.price_column_id, clock.today())
    products = [i for i in ids if catalog.price_of(facts[i]) is not None][:runs]
    m.db_proxy.close()

    proxy = TcpProxy(target.host or "127.0.0.1", target.port)
    app = QApplication(sys.argv[:1])
    session = OrderDeskApp(
        config.Settings(), proxy.url(target.dbname, target.user or "postgres"), interactive=False
    )

    def wait(condition, timeout: float = 30.0) -> None:
        end = time.perf_counter() + timeout
        while not condition():
            if time.perf_counter() > end:
                raise SystemExit(json.dumps({"error": "timed out"}))
            app.processEvents()
            time.sleep(0.002)

    opened = []
    session.opened.connect(lambda: opened.append(1))
    session.start()
    wait(lambda: opened)
    session.sign_in("operator", "demo")
    wait(lambda: session.window is not None and session.window.isVisible())
    window = session.window
    wait(lambda: not session.worker.pending)
    window.caller.open_client(client.id)
    wait(lambda: window.card.card is not None and window.card.card.id == client.id)
    window.caller.new_order()
    wait(lambda: window.orders.active and not session.worker.pending)
    orders = window.orders
    timings = []
    for pid in products:
        orders.add_product(pid, f"{max(facts[pid].pack_size, 1):f}")
        wait(lambda: orders._saving or orders._dirty)
        proxy.cut()  # the save is on the way
        time.sleep(1.0)
        for _ in range(50):
            app.processEvents()  # the failure arrives; the status bar turns red
        proxy.restore()
        restored = time.perf_counter()
        wait(lambda: not orders._saving and not orders._dirty)
        timings.append(time.perf_counter() - restored)
    count = m.OrderLine.select().where(m.OrderLine.order == orders.view.order_id).count()
    session.shutdown()
    proxy.close()
    print(json.dumps({"timings": timings, "lines": count, "typed": len(products)}))
    return 0


if __name__ == "__main__":
    from orderdesk_gui import clock

    clock.configure()
    sys.exit(main())
