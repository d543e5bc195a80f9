"""Probe of issue 14: ``guide_open_p95_ms``, the order guide of a client with a long history (the
service the window runs on Ctrl+G: history, ranking, today's prices and stock), p95 over clients.

``python benchmarks/guide_probe.py DB_URL`` prints the figure, and the plan of the history statement
as comment lines (SQLite's EXPLAIN QUERY PLAN, PostgreSQL's EXPLAIN ANALYZE).
"""

from __future__ import annotations

import datetime as dt
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

AS_OF = dt.date(2026, 11, 20)
SEED = 2026


def _p95(values: list[float]) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(0.95 * (len(values) - 1))))]


def _clients(count: int, min_orders: int = 20) -> list[int]:
    """Active clients with at least ``min_orders`` placed orders, those ordering since two years
    ago first (the quick data set has one year only), drawn at random."""
    from peewee import fn

    from orderdesk_gui.db import models as m
    from orderdesk_gui.domain.states import PLACED

    o = m.Order
    rows = (
        o.select(o.client, fn.MIN(o.created_at))
        .join(m.Client)
        .where(o.status.in_(PLACED) & (m.Client.status == "active"))
        .group_by(o.client)
        .having(fn.COUNT(o.id) >= min_orders)
        .tuples()
    )
    long_ago = dt.datetime.combine(AS_OF - dt.timedelta(days=700), dt.time())
    found = sorted((o.created_at.python_value(first) > long_ago, cid) for cid, first in rows)
    rng = random.Random(SEED)
    rng.shuffle(found)
    return [cid for _later, cid in sorted(found, key=lambda x: x[0])][:count]


def _plan(client_id: int) -> list[str]:
    """The history statement's plan for one client."""
    from orderdesk_gui.db import guide as guide_db
    from orderdesk_gui.db import models as m

    db = m.db_proxy.obj
    since = dt.datetime.combine(AS_OF - dt.timedelta(days=730), dt.time())
    recent = dt.datetime.combine(AS_OF - dt.timedelta(days=90), dt.time())
    seen: list[tuple[str, tuple]] = []
    execute = db.execute_sql

    def capture(sql, params=None, *args, **kwargs):
        seen.append((sql, params))
        return execute(sql, params, *args, **kwargs)

    db.execute_sql = capture
    try:
        guide_db.history(client_id, since, recent, 5)
    finally:
        db.execute_sql = execute
    sql, params = seen[-1]
    from peewee import PostgresqlDatabase

    prefix = "EXPLAIN ANALYZE " if isinstance(db, PostgresqlDatabase) else "EXPLAIN QUERY PLAN "
    return [str(row[-1]) for row in execute(prefix + sql, params).fetchall()]


def guide_open_p95_ms(url: str, clients: int = 100, warm: int = 10) -> float:
    from peewee import fn

    from orderdesk_gui import clock
    from orderdesk_gui.db import connection
    from orderdesk_gui.db import models as m
    from orderdesk_gui.services import auth, guide

    os.environ.setdefault(clock.ENV_AS_OF, f"{AS_OF.isoformat()}T10:00")
    os.environ.setdefault(clock.ENV_TIMEZONE, "Asia/Almaty")
    clock.configure()
    database = connection.open_database(url)
    try:
        op = auth.authenticate("operator", "demo")
        ids = _clients(clients + warm)
        for cid in ids[:warm]:  # a working desk has the catalogue's pages cached
            guide.order_guide(op, cid, AS_OF)
        timings, sizes = [], []
        for cid in ids[warm:]:
            started = time.perf_counter()
            found = guide.order_guide(op, cid, AS_OF)
            timings.append(time.perf_counter() - started)
            sizes.append(len(found.items))
        print(
            f"# guide: {len(timings)} clients, products listed median {statistics.median(sizes):.0f}, "
            f"max {max(sizes)}; median {statistics.median(timings) * 1000:.2f} ms",
            flush=True,
        )
        heaviest = (
            m.Order.select(m.Order.client)
            .group_by(m.Order.client)
            .order_by(fn.COUNT(m.Order.id).desc(), m.Order.client)
            .scalar()
        )
        runs = []
        for _ in range(5):
            started = time.perf_counter()
            guide.order_guide(op, heaviest, AS_OF)
            runs.append(time.perf_counter() - started)
        orders = m.Order.select().where(m.Order.client == heaviest).count()
        print(
            f"# guide of the client with the most orders ({orders}): median of 5 "
            f"{statistics.median(runs) * 1000:.2f} ms",
            flush=True,
        )
        for line in _plan(heaviest):
            print(f"# guide plan: {line}", flush=True)
        return _p95(timings) * 1000
    finally:
        database.close()


if __name__ == "__main__":
    print(f"guide_open_p95_ms: {guide_open_p95_ms(sys.argv[1]):.2f}")
