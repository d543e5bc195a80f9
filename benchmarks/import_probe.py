"""Import accounting's files into a fresh, empty office database and time it (issue 13's figures).

    python benchmarks/import_probe.py SOURCE_URL TARGET_URL FOLDER [--csv]

SOURCE_URL: the demo database the files were written from (``benchmarks/exchange_files.py``): the empty
office gets its client types, price columns and people from it, as ``orderdesk setup`` would make them.
TARGET_URL: a SQLite file (made anew) or a PostgreSQL database (dropped and made anew on that server).
Prints one JSON line: ``full_s`` (the first import: the catalogue with every client, the offers and every
receivable; ``--csv``: the same as tables), ``repeat_s`` (the same files again: recognised by their
digest), ``rematch_s`` (the same files read and matched again, ``--again``: nothing to write),
``delta_s`` (the changes-only package), ``rss_mb`` (the peak memory of this process) and each file's status
and counts.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def fresh(url: str) -> None:
    if url.startswith("sqlite:///"):
        path = Path(url[len("sqlite:///") :])
        for old in path.parent.glob(path.name + "*"):
            old.unlink()
        return
    import psycopg2

    from orderdesk_gui.db.connection import parse_url

    target = parse_url(url)
    admin = psycopg2.connect(dbname="postgres", host=target.host, port=target.port, user=target.user or None)
    admin.autocommit = True
    with admin.cursor() as cur:
        cur.execute(f'DROP DATABASE IF EXISTS "{target.dbname}" WITH (FORCE)')
        cur.execute(f"CREATE DATABASE \"{target.dbname}\" ENCODING 'UTF8' TEMPLATE template0")
    admin.close()


def office_from(source_url: str, target_url: str) -> None:
    """Client types, price columns and people as the set-up makes them, read from the demo."""
    from orderdesk_gui.db import connection
    from orderdesk_gui.db import models as m

    source = connection.open_database(source_url)
    types = list(m.ClientType.select(m.ClientType.code, m.ClientType.name, m.ClientType.sort_order).tuples())
    columns = list(
        m.PriceColumn.select(
            m.PriceColumn.code, m.PriceColumn.name, m.PriceColumn.is_base, m.PriceColumn.sort_order
        ).tuples()
    )
    people = list(m.User.select(m.User.login, m.User.full_name, m.User.role).tuples())
    source.close()
    target = connection.open_database(target_url)
    with target.atomic():
        for code, name, order in types:
            m.ClientType.create(code=code, name=name, sort_order=order)
        for code, name, base, order in columns:
            m.PriceColumn.create(code=code, name=name, is_base=base, sort_order=order)
        for login, name, role in people:
            m.User.create(login=login, full_name=name, role=role)


CPU: list[float] = []  # this process's own CPU seconds per import (the machine may be busy with others)
PEAKS: list[float] = []  # the process's peak memory (MB) after each import


def timed(paths: list[Path], again: bool = False) -> tuple[float, list[dict]]:
    from orderdesk_gui.services import auth, importing

    user = auth.command_line()
    started, cpu = time.perf_counter(), time.process_time()
    results = importing.import_files(paths, user, apply=True, source="command", again=again)
    took = time.perf_counter() - started
    CPU.append(time.process_time() - cpu)
    PEAKS.append(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    return took, [
        {
            "file": r.file_name,
            "status": str(r.status),
            "rejects": r.reject_count,
            "conflicts": len(r.conflicts),
            "counts": {k: c.__dict__ for k, c in r.counts.items()},
            "first_rejects": [
                [x.line, x.code, {k: str(v) for k, v in x.params.items()}] for x in r.rejects[:3]
            ],
            "first_conflicts": [[x.line, x.code] for x in r.conflicts[:3]],
        }
        for r in results
    ]


def main() -> int:
    source_url, target_url, folder = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    tables = "--csv" in sys.argv
    from orderdesk_gui.db import connection

    fresh(target_url)
    office_from(source_url, target_url)
    connection.open_database(target_url)
    if tables:
        names = ["clients.csv", "contacts.csv", "products.csv", "prices.csv", "receivables.csv"]
    else:
        names = ["import0_1.xml", "offers0_1.xml", "receivables.csv"]
    files = [folder / name for name in names]
    full_s, full = timed(files)
    repeat_s, repeat = timed(files)
    rematch_s, rematch = timed(files, again=True)
    delta = sorted((folder / "delta").iterdir())
    delta_s, changes = timed(delta)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "full_s": full_s,
                "repeat_s": repeat_s,
                "rematch_s": rematch_s,
                "delta_s": delta_s,
                "rss_mb": rss_mb,
                "cpu_s": CPU,
                "peak_mb": PEAKS,
                "full": full,
                "repeat": repeat,
                "rematch": rematch,
                "delta": changes,
            },
            ensure_ascii=False,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
