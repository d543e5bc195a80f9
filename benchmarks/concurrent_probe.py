"""A shared office under load (issue 15): N operator processes against one database, each taking orders
the way a desk does: start (the debt gate), open and hold the draft, a 20-line draft saved line by line,
three offers, complete.

``python benchmarks/concurrent_probe.py URL N paced SECONDS``: each process takes one order every 2 s
(20 processes: 10 orders a second), the processes' starts spread over the first 2 s as an office's
calls arrive; prints the p50 and p95 of a completion.
``python benchmarks/concurrent_probe.py URL N flat SECONDS``: each process as fast as it can; prints the
completed orders per second. Every process works its own clients (as desks do); nothing is mocked.
A process prints one JSON line; the parent one JSON line with the totals.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import secrets
import statistics
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

LOGINS = ("operator", "operator2", "operator3", "operator4", "operator6")
PACE_S = 2.0
LINES = 20
CLIENTS_PER_DESK = 8


def prepare(url: str, desks: int) -> None:
    """Clients for every desk with a clean gate (paid up, a high limit), once before the start."""
    from orderdesk_gui.db import connection
    from orderdesk_gui.db import models as m

    database = connection.open_database(url)
    ids = [c[0] for c in _clients(m, desks * CLIENTS_PER_DESK)]
    with m.db_proxy.atomic():
        m.Receivable.update(paid=True).where(m.Receivable.client.in_(ids)).execute()
        m.Client.update(credit_limit=Decimal("1e9")).where(m.Client.id.in_(ids)).execute()
        for status in ("draft",):  # drafts of an earlier run would be resumed, not started
            m.Order.update(status="cancelled", cancel_reason="benchmark reset").where(
                m.Order.client.in_(ids) & (m.Order.status == status)
            ).execute()
    database.close()


def _clients(m, count: int) -> list[tuple[int, int, int]]:
    """(client, price column, a contact who receives goods) of the first active non-regional clients."""
    from peewee import fn

    rows = (
        m.Client.select(m.Client.id, m.Client.price_column, fn.MIN(m.Contact.id))
        .join(m.ClientType)
        .switch(m.Client)
        .join(m.Contact)
        .where(
            (m.Client.status == "active")
            & (m.ClientType.code != "regional")
            & (m.Contact.can_receive_goods == True)  # noqa: E712
        )
        .group_by(m.Client.id, m.Client.price_column)
        .order_by(m.Client.id)
        .limit(count)
        .tuples()
    )
    return list(rows)


def desk(url: str, index: int, mode: str, seconds: float, start_at: float, desks: int = 1) -> dict:
    """One operator's process. Paced desks start spread over the first ``PACE_S``, as calls arrive at an
    office (all of them in step would make every 2 s a burst of ``desks`` orders at once)."""
    from orderdesk_gui import clock
    from orderdesk_gui.db import catalog, connection
    from orderdesk_gui.db import models as m
    from orderdesk_gui.domain import ordering as order_rules
    from orderdesk_gui.domain.debt import DebtRules
    from orderdesk_gui.services import auth, debt_gate, draft_holds, ordering

    connection.open_database(url)
    op = auth.authenticate(LOGINS[index % len(LOGINS)], "demo")
    today = clock.today()
    mine = _clients(m, (index + 1) * CLIENTS_PER_DESK)[index * CLIENTS_PER_DESK :]
    column = mine[0][1]
    ids = [p.id for p in m.Product.select(m.Product.id).where(m.Product.active == True).limit(600)]  # noqa: E712
    facts = catalog.facts(ids, column, today)
    products = [i for i in ids if catalog.price_of(facts[i]) is not None][index * 7 % 50 :][: LINES * 3]
    rules = DebtRules()
    completes, orders, failures = [], 0, []
    if mode == "paced":
        start_at += PACE_S * index / max(desks, 1)
    while time.time() < start_at:
        time.sleep(0.01)
    end = start_at + seconds
    n = 0
    while time.time() < end:
        began = time.time()
        client_id, _column, receiver = mine[n % len(mine)]
        n += 1
        try:
            order_id = debt_gate.start_order(op, client_id, today, rules)
            hold = draft_holds.HoldKey(op.id, secrets.token_hex(8), f"bench-{index}")  # as a desk holds it
            view = ordering.open_draft(order_id, today, user=op, hold=hold)
            version, lines = view.version, []
            for pid in products[(n % 3) * LINES :][:LINES]:
                quantity = f"{max(facts[pid].pack_size, 1):f}"  # a whole pack, as the product is sold
                line = ordering.make_line(view, pid, quantity, "asked", today, Decimal(10000))
                lines, _ = order_rules.merge(lines, line, Decimal(10000))
                version = ordering.save_draft(order_id, lines, [], version, hold)
            offers = [order_rules.Offer(pid, "usual", "declined", "price") for pid in products[-3:]]
            version = ordering.save_draft(order_id, lines, offers, version, hold)
            done = order_rules.Completion(
                order_rules.next_delivery_day(today + dt.timedelta(days=1), []),
                receiver,
                True,
                "bank_transfer",
            )
            t = time.perf_counter()
            ordering.complete(
                op, order_id, done, today=today, rules=rules, min_offers=3, prefix="B1",
                expected_version=version, hold=hold,
            )  # fmt: skip
            completes.append(time.perf_counter() - t)
            orders += 1
        except Exception as exc:  # noqa: BLE001 - counted and reported, never hidden
            failures.append(f"{type(exc).__name__}: {exc}"[:200])
        if mode == "paced":
            rest = PACE_S - (time.time() - began)
            if rest > 0:
                time.sleep(rest)
    return {"completes": completes, "orders": orders, "failures": failures[:5], "failed": len(failures)}


def run(url: str, desks: int, mode: str, seconds: float) -> dict:
    """Start ``desks`` processes together; their totals."""
    prepare(url, desks)
    start_at = time.time() + 3 + desks * 0.4  # every process connected and warm before the start
    procs = [
        subprocess.Popen(
            [sys.executable, __file__, "--desk", url, str(i), mode, str(seconds), str(start_at), str(desks)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=dict(os.environ),
        )
        for i in range(desks)
    ]
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=seconds + 600)
        lines = [ln for ln in out.splitlines() if ln.startswith("{")]
        if not lines:
            raise SystemExit(f"a desk failed: {err[-2000:]}")
        results.append(json.loads(lines[-1]))
    completes = sorted(t for r in results for t in r["completes"])
    orders = sum(r["orders"] for r in results)
    p95 = completes[min(len(completes) - 1, int(round(0.95 * (len(completes) - 1))))] if completes else 0
    return {
        "desks": desks,
        "mode": mode,
        "orders": orders,
        "orders_per_s": orders / seconds,
        "complete_p50_ms": statistics.median(completes) * 1000 if completes else 0,
        "complete_p95_ms": p95 * 1000,
        "failed": sum(r["failed"] for r in results),
        "failures": [f for r in results for f in r["failures"]][:5],
        "load": os.getloadavg()[0],
    }


def main() -> int:
    if sys.argv[1] == "--desk":
        from orderdesk_gui import clock

        clock.configure()
        url, index, mode, seconds, start_at, desks = sys.argv[2:8]
        result = desk(url, int(index), mode, float(seconds), float(start_at), int(desks))
        print(json.dumps(result), flush=True)
        return 0
    url, desks, mode, seconds = sys.argv[1], int(sys.argv[2]), sys.argv[3], float(sys.argv[4])
    print(json.dumps(run(url, desks, mode, seconds)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
