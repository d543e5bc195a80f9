"""Probe of issue 16 part 7: ``report_month_s`` and ``report_year_s``, the desk report (every section, the
whole desk by operator) for the last 30 days and the last 12 months of a 20-operator desk. The first of
the three runs sums the settled days not yet summed (``services/report_days``; a desk that runs
``orderdesk reports sum`` nightly never pays it at opening): its time is the comment's first run.

The demo data set has seven operators and a month of calls; the probe first brings the database up to a
year of a 20-operator desk, once (marked by its users ``rp_op01`` .. ``rp_op20``): per working day and
operator 80 calls (85 % in) between 09:00 and 18:00, a sign-in record from 08:55 to 18:05 and an away
spell after lunch in the presence changes. Then it times ``report_desk.desk_report`` three times each and
reports the medians.

``python benchmarks/report_probe.py DB_URL`` prints ``name: value`` lines.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import statistics
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

AS_OF = dt.date(2026, 11, 20)
OPERATORS = 20
CALLS_PER_DAY = 80
LOCAL_UTC_OFFSET = dt.timedelta(hours=5)  # the demo's Almaty
OUTCOMES = [
    ("order_taken", 45),
    ("info_given", 25),
    ("transferred", 8),
    ("refused", 5),
    ("callback_scheduled", 4),
    ("no_answer", 7),
    ("busy", 4),
    ("consulted", 2),
]
REASONS = (
    "Ключевой клиент: к своему менеджеру",
    "Вопрос по оплате: в финансовую службу",
    "Вопрос не по заказу",
)


def _fill_year() -> None:
    from orderdesk_gui.db import models as m
    from orderdesk_gui.db.bulk import BulkWriter

    logins = [f"rp_op{i:02d}" for i in range(1, OPERATORS + 1)]
    if m.User.select().where(m.User.login == logins[-1]).exists():
        return
    started = time.perf_counter()
    rng = random.Random(16)
    dept = m.Department.get_or_none(m.Department.code == "call_centre")
    ops = []
    for i, login in enumerate(logins, 1):
        ops.append(
            m.User.create(login=login, full_name=f"Оператор {i:02d}", role="operator", department=dept).id
        )
    managers = [u for (u,) in m.User.select(m.User.id).where(m.User.role == "manager").tuples()] or ops
    phones = list(m.Phone.select(m.Phone.client, m.Phone.e164).limit(20000).tuples())
    database = m.db_proxy.obj
    calls = BulkWriter(
        database,
        m.Call,
        ["uuid", "direction", "phone", "client", "operator", "started_at", "ended_at", "purpose", "outcome",
         "outcome_detail", "transferred_to", "transfer_reason", "notes", "source"],
    )  # fmt: skip
    sessions = BulkWriter(
        database, m.DeskSession, ["user", "desk", "signed_in_at", "seen_at", "signed_out_at"]
    )
    audits = BulkWriter(database, m.AuditEvent, ["at", "user", "action", "entity", "entity_id", "details"])
    weights = [w for _o, w in OUTCOMES]
    day = AS_OF - dt.timedelta(days=365)
    count = 0
    with m.db_proxy.atomic():
        while day <= AS_OF:
            if day.weekday() < 5:
                midnight = dt.datetime.combine(day, dt.time()) - LOCAL_UTC_OFFSET
                for n, op in enumerate(ops):
                    signed_in = midnight + dt.timedelta(hours=8, minutes=55)
                    signed_out = midnight + dt.timedelta(hours=18, minutes=5)
                    sessions.add((op, f"DESK-{n:02d}", signed_in, signed_out, signed_out))
                    away = midnight + dt.timedelta(hours=13, minutes=rng.randrange(0, 30))
                    for at, old, new in (
                        (away, "available", "away"),
                        (away + dt.timedelta(minutes=45), "away", "available"),
                    ):
                        details = json.dumps({"old": {"presence": old}, "new": {"presence": new}})
                        audits.add((at, op, "presence_changed", "user", str(op), details))
                    for _ in range(CALLS_PER_DAY):
                        outcome = rng.choices(OUTCOMES, weights)[0][0]
                        client, e164 = rng.choice(phones)
                        start = midnight + dt.timedelta(seconds=rng.randrange(9 * 3600, 18 * 3600))
                        out = rng.random() < 0.15 or outcome in ("no_answer", "busy")
                        transferred = outcome == "transferred"
                        code = uuid.UUID(int=rng.getrandbits(128)).hex
                        end = start + dt.timedelta(seconds=rng.randrange(40, 400))
                        calls.add(
                            (
                                code, "out" if out else "in", e164, client, op, start, end, "order", outcome,
                                "", rng.choice(managers) if transferred else None,
                                rng.choice(REASONS) if transferred else "", "",
                                "sleeping" if out and rng.random() < 0.2 else "",
                            )
                        )  # fmt: skip
                        count += 1
            day += dt.timedelta(days=1)
        calls.flush()
        sessions.flush()
        audits.flush()
    from orderdesk_gui.services import report_days

    report_days.forget()  # a year of calls written into past days: sum them again
    if database.__class__.__name__.startswith("Postgres"):
        for table in ("call", "desk_session", "audit_event"):
            database.execute_sql(f'ANALYZE "{table}"')
    print(f"# report_probe_filled: {count} calls in {time.perf_counter() - started:.0f} s", flush=True)


def report_figures(url: str) -> tuple[float, float]:
    """(month, year): median seconds of three desk reports each, the whole desk by operator."""
    from orderdesk_gui.db.connection import open_database
    from orderdesk_gui.services import auth, report_desk

    database = open_database(url)
    try:
        _fill_year()
        admin = auth.command_line()
        out = []
        for days in (30, 365):
            runs = []
            for _ in range(3):
                started = time.perf_counter()
                report = report_desk.desk_report(admin, AS_OF - dt.timedelta(days=days - 1), AS_OF)
                runs.append(time.perf_counter() - started)
            print(
                f"# report_{days}d: {report.total.calls_in + report.total.calls_out} calls, "
                f"{len(report.operators)} operators, runs {', '.join(f'{r:.2f}' for r in runs)}",
                flush=True,
            )
            out.append(statistics.median(runs))
        return out[0], out[1]
    finally:
        database.close()


def main() -> int:
    from orderdesk_gui import clock

    clock.configure()
    month, year = report_figures(sys.argv[1])
    print(f"report_month_s: {month:.3f}")
    print(f"report_year_s: {year:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
