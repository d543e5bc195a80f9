"""Probes of issue 5: ``sleeping_worklist_s`` (the worklist over all clients) and ``journal_day_p95_ms``
(a journal day of 5,000 calls loaded and filtered by operator, outcome and client).

``python benchmarks/journal_probe.py [DB_URL]`` prints ``name: value`` lines; the rhythm rebuild a
database without rhythm rows needs first is reported as ``# rhythm_rebuild_s: X``.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

AS_OF = dt.date(2026, 11, 20)
JOURNAL_DAY = dt.date(2026, 9, 30)  # older than the demo's 30 days of calls: exactly DAY_CALLS calls
DAY_CALLS = 5000
LOCAL_UTC_OFFSET = dt.timedelta(hours=5)  # the demo's Almaty


def _open(url: str):
    from orderdesk_gui.db.connection import open_database

    return open_database(url)


def sleeping_worklist_s(url: str) -> float:
    """Seconds to compute the sleeping-client worklist over every client (median of 3 runs);
    rebuilds the rhythm first when the database has none (printed as a comment line)."""
    from orderdesk_gui.services import rhythm, sleeping

    database = _open(url)
    try:
        if rhythm.rhythm_needs_rebuild():
            started = time.perf_counter()
            rhythm.rebuild_rhythms()
            print(f"# rhythm_rebuild_s: {time.perf_counter() - started:.2f}", flush=True)
        runs = []
        for _ in range(3):
            started = time.perf_counter()
            work = sleeping.sleeping_worklist(AS_OF, progress=lambda share: None)
            runs.append(time.perf_counter() - started)
        print(f"# sleeping_clients: {len(work)}", flush=True)
        return statistics.median(runs)
    finally:
        database.close()


def _fill_day(day: dt.date) -> None:
    """Bring the day up to DAY_CALLS calls, with the demo's operators, clients and outcomes."""
    from orderdesk_gui.db import models as m
    from orderdesk_gui.db.bulk import BulkWriter

    lo = dt.datetime.combine(day, dt.time()) - LOCAL_UTC_OFFSET
    hi = lo + dt.timedelta(days=1)
    have = m.Call.select().where((m.Call.started_at >= lo) & (m.Call.started_at < hi)).count()
    missing = DAY_CALLS - have
    if missing <= 0:
        return
    rng = random.Random(5)
    operators = [u for (u,) in m.User.select(m.User.id).where(m.User.role == "operator").tuples()]
    managers = [u for (u,) in m.User.select(m.User.id).where(m.User.role == "manager").tuples()] or operators
    phones = list(m.Phone.select(m.Phone.client, m.Phone.e164).limit(20000).tuples())
    outcomes = [
        ("order", "order_taken", 45),
        ("info", "info_given", 25),
        ("other", "transferred", 8),
        ("order", "refused", 5),
        ("order", "callback_scheduled", 4),
        ("order", "no_answer", 7),
        ("info", "busy", 4),
        ("info", "consulted", 2),
    ]
    columns = [
        "uuid",
        "direction",
        "phone",
        "client",
        "operator",
        "started_at",
        "ended_at",
        "purpose",
        "outcome",
        "outcome_detail",
        "transferred_to",
        "transfer_reason",
        "notes",
        "source",
    ]
    writer = BulkWriter(m.db_proxy.obj, m.Call, columns)
    with m.db_proxy.atomic():
        for _ in range(missing):
            purpose, outcome, _w = rng.choices(outcomes, [o[2] for o in outcomes])[0]
            cid, e164 = rng.choice(phones)
            start = lo + dt.timedelta(seconds=rng.randrange(4 * 3600, 13 * 3600))  # 09:00-18:00 local
            out = outcome in ("no_answer", "busy")
            writer.add(
                (
                    uuid.UUID(int=rng.getrandbits(128)).hex,
                    "out" if out else "in",
                    e164,
                    cid,
                    rng.choice(operators),
                    start,
                    start + dt.timedelta(seconds=rng.randrange(15, 400)),
                    purpose,
                    outcome,
                    "",
                    rng.choice(managers) if outcome == "transferred" else None,
                    "Ключевой клиент" if outcome == "transferred" else "",
                    "",
                    "sleeping" if out else "",
                )
            )
        writer.flush()


def journal_day_p95_ms(url: str, runs: int = 50) -> float:
    """p95 in milliseconds of loading the day's journal and of filtering it by operator, outcome
    and client (each a separate query, as the dock runs them), over ``runs`` rounds."""
    from orderdesk_gui.db import followups

    database = _open(url)
    try:
        _fill_day(JOURNAL_DAY)
        lo = dt.datetime.combine(JOURNAL_DAY, dt.time()) - LOCAL_UTC_OFFSET
        hi = lo + dt.timedelta(days=1)
        day = followups.journal(lo, hi)
        print(f"# journal_day_calls: {len(day)}", flush=True)
        rng = random.Random(7)
        operators = sorted({r.operator_id for r in day})
        clients = [r.client_id for r in day if r.client_id]
        samples = []
        for _ in range(runs):
            for kwargs in (
                {},
                {"operator_id": rng.choice(operators)},
                {"outcome": "refused"},
                {"client_id": rng.choice(clients)},
            ):
                started = time.perf_counter()
                followups.journal(lo, hi, **kwargs)
                samples.append((time.perf_counter() - started) * 1000)
        full = samples[0::4]
        print(f"# journal_full_day_p95_ms: {statistics.quantiles(full, n=20)[18]:.1f}", flush=True)
        return statistics.quantiles(samples, n=20)[18]
    finally:
        database.close()


def main(argv: list[str]) -> int:
    default = ROOT / "benchmarks" / "data" / "demo_100000_50000_24_2026.db"
    url = argv[0] if argv else "sqlite:///" + default.as_posix()
    print(f"sleeping_worklist_s: {sleeping_worklist_s(url):.3f}", flush=True)
    print(f"journal_day_p95_ms: {journal_day_p95_ms(url):.1f}", flush=True)
    return 0


if __name__ == "__main__":
    from orderdesk_gui import clock

    clock.configure()  # the day and zone benchmarks/run.py set ($ORDERDESK_AS_OF, $ORDERDESK_TIMEZONE)
    raise SystemExit(main(sys.argv[1:]))
