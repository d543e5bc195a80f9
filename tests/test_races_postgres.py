"""Two desks on one order, each in its own process, on the real PostgreSQL: the write that follows
a check either sees the other desk's change or waits for it, so nothing is accepted half-changed,
nothing is accepted twice, and every number is issued once."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

import pytest

from orderdesk_gui import clock
from orderdesk_gui.db import connection
from orderdesk_gui.db import models as m
from orderdesk_gui.domain.debt import DebtRules
from orderdesk_gui.domain.states import OrderStatus
from orderdesk_gui.services import auth, debt_gate, ordering
from tests.conftest import DEMO_AS_OF
from tests.test_services_ordering import add, green_client, next_monday, offers_for, priced_products

WORKER = Path(__file__).resolve().parent / "race_worker.py"
TRIALS = 30


class Desk:
    """A worker process signed in as ``login``."""

    def __init__(self, url: str, login: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(WORKER), url, login],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=dict(os.environ),
        )
        assert json.loads(self.proc.stdout.readline()) == {"ready": True}

    def send(self, **cmd) -> None:
        self.proc.stdin.write(json.dumps(cmd) + "\n")
        self.proc.stdin.flush()

    def answer(self) -> dict:
        line = self.proc.stdout.readline()
        assert line, "the desk process died"
        return json.loads(line)

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


@pytest.fixture
def pg_demo(pg_url):
    from orderdesk_gui.demo import DemoOptions, build_demo_database

    build_demo_database(pg_url, DemoOptions(clients=40, products=80, months=2, seed=5, as_of=DEMO_AS_OF))
    connection.open_database(pg_url)
    return pg_url


def test_completing_while_another_desk_clears_the_draft(pg_demo):
    op = auth.authenticate("operator", "demo")
    client = green_client(Decimal(0))
    m.Client.update(credit_limit=Decimal("100000000")).where(m.Client.id == client.id).execute()
    receiver = client.contacts.order_by(m.Contact.id).first().id
    today = clock.today()
    desks = [Desk(pg_demo, "operator"), Desk(pg_demo, "operator")]  # the same login on two machines
    outcomes = []
    try:
        for _trial in range(TRIALS):
            order_id = debt_gate.start_order(op, client.id, today, DebtRules())
            view = ordering.open_draft(order_id, today)
            for pid in priced_products(3, view.price_column_id):
                add(view, pid, "2")
            offers = offers_for(view, accepted=0, declined=3)
            version = ordering.save_draft(order_id, view.lines, offers, view.version)
            expected = m.Order.get_by_id(order_id).total_amount
            at = time.monotonic() + 0.3
            common = dict(order=order_id, version=version, at=at)
            desks[0].send(op="complete", today=today.isoformat(), delivery=next_monday().isoformat(),
                          receiver=receiver, **common)  # fmt: skip
            desks[1].send(op="clear", **common)
            completed, cleared = desks[0].answer(), desks[1].answer()
            order = m.Order.get_by_id(order_id)
            lines = m.OrderLine.select().where(m.OrderLine.order == order_id).count()
            # exactly one desk wins, and the order is what the winner saw
            assert completed["ok"] != cleared["ok"], (completed, cleared)
            if completed["ok"]:
                assert order.status == OrderStatus.ACCEPTED and order.number == completed["result"]
                assert lines == 3 and order.total_amount == expected > 0
                assert cleared["code"] in ("order.changed_elsewhere", "order.not_draft")
                audit = m.AuditEvent.get(
                    (m.AuditEvent.action == "order_accepted") & (m.AuditEvent.entity_id == order_id)
                )
                assert Decimal(json.loads(audit.details)["total"]) == order.total_amount
            else:
                assert completed["code"] == "order.changed_elsewhere"
                assert order.status == OrderStatus.DRAFT and lines == 0 and order.total_amount == 0
                ordering.cancel(op, order_id, "race drill")  # the next trial starts a new draft
            outcomes.append("completed" if completed["ok"] else "cleared")
    finally:
        for desk in desks:
            desk.close()
    numbers = [n for (n,) in m.Order.select(m.Order.number).where(m.Order.number.startswith("R1-")).tuples()]
    assert len(numbers) == len(set(numbers)) == outcomes.count("completed")
    print("outcomes:", {k: outcomes.count(k) for k in set(outcomes)})


def test_a_new_number_series_started_by_many_desks_at_once(pg_demo):
    """The first order of a series on twenty desks together: one counter row, twenty numbers."""
    op = auth.authenticate("operator", "demo")
    script = (
        "import sys, time; sys.path.insert(0, sys.argv[3])\n"
        "from orderdesk_gui.db import connection, models as m\n"
        "from orderdesk_gui.services.ordering import _next_number\n"
        "connection.open_database(sys.argv[1])\n"
        "at = float(sys.argv[2])\n"
        "while time.monotonic() < at: pass\n"
        "with m.db_proxy.atomic():\n"
        "    print(_next_number('S9', 2031))\n"
    )
    at = time.monotonic() + 3
    root = str(Path(__file__).resolve().parent.parent)
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", script, pg_demo, str(at), root],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        for _ in range(20)
    ]
    results = [p.communicate(timeout=60) for p in procs]
    assert all(p.returncode == 0 for p in procs), [err for _out, err in results if err][:1]
    numbers = sorted(out.strip() for out, _err in results)
    assert numbers == [f"S9-2031-{n:06d}" for n in range(1, 21)]
    assert m.OrderNumberCounter.select().where(m.OrderNumberCounter.prefix == "S9").count() == 1
    assert op.login == "operator"
