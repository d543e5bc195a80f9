"""OrderDesk benchmarks: ``python benchmarks/run.py [--quick] [--reuse]`` prints ``name: value`` lines.

Figures (names fixed so results compare across versions):
  demo_generate_s  demo generation (100k clients / 50k products / 24 months; --quick: 5k/5k/12)
  db_size_mb       the generated SQLite database file
  startup_s        process start to a usable main window on that database (median of 3)
  rss_mb           resident memory of the open window after a search and an opened card
  caller_lookup_p95_ms   caller lookup by phone (any writing), p95
  client_search_p95_ms   search as you type by name fragment (every keystroke from 2 letters), p95
  screen_pop_p95_ms      ``orderdesk call <number>`` launched to the card painted, app running, p95
  product_search_p95_ms  product completion as you type (names letter by letter, code prefixes), p95
  suggestions_p95_ms     suggestions for a client with two years of history (history read included), p95
  order_save_p95_ms      save of a 20-line order with its debt gate, numbering and fulfilment entry, p95
  order_keystrokes       keys of a scripted order: the client's 10 usual products (2 each, or a pack) through
                         the order guide (Ctrl+G), 3 offers, completion and save
  order_keystrokes_by_code  the same order typed by product code in Product
  credit_exposure_p95_ms the debt gate's exposure of a client with 50 accepted orders not yet invoiced
                         and 200 unpaid documents (receivables + orders + the order), p95
  sleeping_worklist_s    the sleeping-client worklist computed over all clients (off the UI thread)
  journal_day_p95_ms     a journal day of 5,000 calls loaded and filtered by operator, outcome, client, p95
  callback_visible_s     ``orderdesk callback add`` run to the callback visible in the running window
  live_update_s          (``--url postgresql://... --only live``) the same, the window another desk's:
                         it hears of the callback only through PostgreSQL's NOTIFY (median of 10)
  pg_concurrent_save_p95_ms  (group ``concurrent``) 20 operator processes, one order each every 2 s (start,
                         a 20-line draft saved line by line, three offers, complete): p95 of a complete
  pg_orders_per_s        the same 20 processes flat out: completed orders per second (1 and 5 in a comment)
  reconnect_s            (group ``reconnect``) a desk through a TCP proxy: connection restored to the line
                         that waited saved (median of 10)
  confirmation_pdf_ms    order confirmation PDF of a 100-line order
  fax_tiff_s             fax sheet of 3 pages as PDF and Group 4 TIFF at 204x196 dpi
  guide_open_p95_ms      the order guide (Ctrl+G) of a client with a long history: usual products, last
                         quantities, today's prices and stock (group ``guide``), p95
  export_orders_s        one day of 2,000 accepted orders with 30,000 lines written to CommerceML
                         (windows-1251) and marked exported (group ``exchange``)
  exchange_cycle_s       1C's whole HTTP exchange against the real endpoint: checkauth, init, a 20 MB
                         catalogue uploaded in file_limit pieces, import, sale query of a day's orders,
                         success (group ``exchange``; on a copy of a SQLite data set)

``--only NAME[,NAME]`` runs just those figures (and reuses the database); ``--only bundle``: bundle_mb and
bundle_startup_s of dist/orderdesk (benchmarks/bundle_probe.py, after tools/build_bundle.py).
``--db postgresql://...`` runs every figure that reads a database (startup, search, orders, journal, guide,
and the shared office's live, concurrent, reconnect) on that database with the prefix ``pg_``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

FULL = dict(clients=100_000, products=50_000, months=24)
QUICK = dict(clients=5_000, products=5_000, months=12)
SEED = 2026
AS_OF = dt.date(2026, 11, 20)


PREFIX = ""  # "pg_" for every figure of ``--db postgresql://...``


def emit(name: str, value: float, fmt: str = "{:.3f}", prefixed: bool = True) -> None:
    print(f"{PREFIX if prefixed else ''}{name}: {fmt.format(value)}", flush=True)


def database(size: dict, reuse: bool) -> tuple[str, float | None]:
    from orderdesk_gui.demo import DemoOptions, build_demo_database

    data = HERE / "data"
    data.mkdir(exist_ok=True)
    path = data / f"demo_{size['clients']}_{size['products']}_{size['months']}_{SEED}.db"
    url = "sqlite:///" + path.as_posix()
    if reuse and path.exists():
        return url, None
    started = time.perf_counter()
    build_demo_database(url, DemoOptions(seed=SEED, as_of=AS_OF, **size), replace=True)
    return url, time.perf_counter() - started


def startup(url: str, runs: int = 3) -> tuple[float, float]:
    env = probe_env()
    times, rss = [], []
    for _ in range(runs):
        started = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, str(HERE / "startup_probe.py"), url, "operator", "demo"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        ready = None
        lines = []
        for line in proc.stdout:
            if line.strip() == "READY" and ready is None:
                ready = time.perf_counter() - started
            lines.append(line.strip())
        proc.wait(timeout=120)
        result = json.loads(lines[-1]) if lines and lines[-1].startswith("{") else {}
        if ready is None or "rss_mb" not in result:
            raise SystemExit(f"startup probe failed: {result} {proc.stderr.read()[-2000:]}")
        times.append(ready)
        rss.append(result["rss_mb"])
    return statistics.median(times), statistics.median(rss)


def p95(values: list[float]) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(0.95 * (len(values) - 1))))]


def sample(url: str, count: int) -> tuple[list[str], list[str]]:
    """Random phone numbers of clients and name fragments typed letter by letter."""
    import random

    from peewee import fn

    from orderdesk_gui.db import connection
    from orderdesk_gui.db import models as m

    database = connection.open_database(url)
    rng = random.Random(SEED)
    top = m.Phone.select(fn.MAX(m.Phone.id)).scalar()
    phones, fragments = [], []
    while len(phones) < count:
        row = m.Phone.get_or_none(m.Phone.id == rng.randrange(1, top + 1))
        if row is not None:
            digits = row.e164[2:]
            phones.append(
                rng.choice(
                    (row.e164, "8" + digits, f"8 ({digits[:3]}) {digits[3:6]}-{digits[6:8]}-{digits[8:]}")
                )
            )
    top = m.Client.select(fn.MAX(m.Client.id)).scalar()
    while len(fragments) < count:
        client = m.Client.get_or_none(m.Client.id == rng.randrange(1, top + 1))
        words = [w for w in client.search_text.split() if len(w) >= 4 and not w.isascii()] if client else []
        if words:
            word = rng.choice(words)
            fragments.extend(word[:n] for n in range(2, min(len(word), 7) + 1))
    database.close()
    return phones, fragments


def query_latency(url: str, phones: list[str], fragments: list[str]) -> tuple[float, float]:
    from orderdesk_gui.db import connection, queries

    database = connection.open_database(url)
    for text in phones[:20] + fragments[:20]:  # warm the page cache as a working desk has it
        queries.search_clients(text)
    lookup, search = [], []
    for number in phones:
        t = time.perf_counter()
        hits = queries.search_clients(number)
        lookup.append(time.perf_counter() - t)
        assert hits, number
    for fragment in fragments:
        t = time.perf_counter()
        queries.search_clients(fragment)
        search.append(time.perf_counter() - t)
    database.close()
    return p95(lookup) * 1000, p95(search) * 1000


def probe_env() -> dict:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", ORDERDESK_HOME=str(HERE / "data" / "home"))


def run_probe(script: str, *args: str, timeout: int = 600) -> tuple[dict, str]:
    """Run a probe script of this folder; its last JSON line, and the tail of its errors."""
    out = subprocess.run(
        [sys.executable, str(HERE / script), *args],
        capture_output=True,
        text=True,
        env=probe_env(),
        timeout=timeout,
        check=False,
    )
    lines = [ln for ln in out.stdout.splitlines() if ln.startswith("{")]
    return (json.loads(lines[-1]) if lines else {}), out.stderr[-2000:]


def screen_pop(url: str, numbers: list[str]) -> float:
    result, errors = run_probe("screen_pop_probe.py", url, ",".join(numbers))
    if not result.get("timings"):
        raise SystemExit(f"screen pop probe failed: {result} {errors}")
    return p95(result["timings"][3:]) * 1000  # the first pops warm the caches


def order_figures(url: str, count: int) -> tuple[float, float, float, int]:
    """Product search, suggestions and order save latencies; and a client for the keystroke probe."""
    import random
    from decimal import Decimal

    from peewee import fn

    from orderdesk_gui.db import catalog, connection
    from orderdesk_gui.db import models as m
    from orderdesk_gui.domain import ordering as order_rules
    from orderdesk_gui.domain.debt import DebtRules
    from orderdesk_gui.services import auth, debt_gate, ordering

    database = connection.open_database(url)
    rng = random.Random(SEED)
    today = AS_OF
    # clients with two years of history and enough usual items
    top = m.Client.select(fn.MAX(m.Client.id)).scalar()
    clients = []
    while len(clients) < count // 5:
        c = m.Client.get_or_none(m.Client.id == rng.randrange(1, top + 1))
        if (
            c is not None
            and c.status == "active"
            and m.Order.select().where(m.Order.client == c.id).count() > 20
        ):
            clients.append(c)
    op = auth.authenticate("operator", "demo")
    search, suggest, save = [], [], []
    drafts = []
    for client in clients:
        m.Receivable.update(paid=True).where(m.Receivable.client == client.id).execute()  # a clean gate
        m.Client.update(credit_limit=Decimal("1e9")).where(m.Client.id == client.id).execute()
        order_id = debt_gate.start_order(op, client.id, today, DebtRules())
        t = time.perf_counter()
        view = ordering.open_draft(order_id, today)
        found = ordering.suggestions(view, set(), today)
        suggest.append(time.perf_counter() - t)
        drafts.append((client, view, found))
    prefer = tuple(u.product_id for u in sorted(drafts[0][1].usual, key=lambda u: -u.times))
    top_p = m.Product.select(fn.MAX(m.Product.id)).scalar()
    typed = []
    while len(typed) < count:
        p = m.Product.get_or_none(m.Product.id == rng.randrange(1, top_p + 1))
        if p is None:
            continue
        words = [w for w in p.search_text.split() if len(w) >= 4 and not w.isascii()]
        if words:
            word = rng.choice(words)
            typed.extend(word[:n] for n in range(2, min(len(word), 6) + 1))
        typed.extend(p.code[:n] for n in range(2, len(p.code) + 1))
    for text in typed[:20]:
        catalog.search_products(text, prefer)
    for text in typed:
        t = time.perf_counter()
        catalog.search_products(text, prefer)
        search.append(time.perf_counter() - t)
    products = [p.id for p in m.Product.select(m.Product.id).where(m.Product.active == True).limit(400)]  # noqa: E712
    for client, view, found in drafts:
        lines: list[order_rules.Line] = []
        for pid in rng.sample(products, 60):
            try:
                line = ordering.make_line(view, pid, "1", "asked", today, Decimal(10000))
            except Exception:
                continue
            lines, _ = order_rules.merge(lines, line, Decimal(10000))
            if len(lines) == 20:
                break
        offers = [
            order_rules.Offer(s.suggestion.product_id, s.suggestion.reason, "declined", "price")
            for s in found[:3]
        ]
        contact = m.Contact.select().where(m.Contact.client == client.id).first()
        regional = client.client_type.code == "regional"
        shipping = (client.shipping_details or "самовывоз") if regional else ""
        done = order_rules.Completion(
            order_rules.next_delivery_day(today + dt.timedelta(days=1), []),
            contact.id if contact else None,
            True,
            "bank_transfer",
            shipping_details=shipping,
        )
        t = time.perf_counter()
        version = ordering.save_draft(view.order_id, lines, offers, view.version)
        ordering.complete(
            op,
            view.order_id,
            done,
            today=today,
            rules=DebtRules(),
            min_offers=3,
            prefix="BM",
            expected_version=version,
        )
        save.append(time.perf_counter() - t)
    keystroke_client = next((c.id for c, v, _f in drafts if len(v.usual) >= 12), drafts[0][0].id)
    for draft in ordering.drafts_of(keystroke_client):  # the scripted order starts from nothing
        ordering.cancel(op, draft.order_id, "benchmark reset")
    database.close()
    return p95(search) * 1000, p95(suggest) * 1000, p95(save) * 1000, keystroke_client


def credit_exposure(url: str, runs: int = 300) -> float:
    """The gate of a client given 50 accepted, not yet invoiced orders and 200 unpaid documents (in a
    transaction rolled back afterwards, so a reused data set stays as generated)."""
    import datetime as dt
    from decimal import Decimal

    from orderdesk_gui.db import connection
    from orderdesk_gui.db import models as m
    from orderdesk_gui.domain.debt import DebtRules
    from orderdesk_gui.services import debt_gate

    database = connection.open_database(url)
    rules = DebtRules()
    timings = []
    try:
        with m.db_proxy.atomic() as tx:
            active = m.Client.select().where(m.Client.status == "active")
            client = active.order_by(m.Client.id).first()
            moved = [o.id for o in m.Order.select(m.Order.id).where(m.Order.client != client.id).limit(50)]
            m.Order.update(
                client=client.id, status="accepted", invoiced_at=None, payment_form="on_account"
            ).where(m.Order.id.in_(moved)).execute()
            unpaid = m.Receivable.select().where((m.Receivable.client == client.id) & ~m.Receivable.paid)
            for i in range(max(0, 200 - unpaid.count())):
                m.Receivable.create(
                    client=client.id,
                    document_no=f"BM-{i}",
                    doc_date=AS_OF - dt.timedelta(days=i % 40),
                    amount=Decimal("1000.00"),
                    paid_amount=Decimal("0"),
                    due_date=AS_OF + dt.timedelta(days=10),
                )
            for _ in range(runs):
                t = time.perf_counter()
                status = debt_gate.gate(client.id, AS_OF, rules, Decimal("1000"))
                timings.append(time.perf_counter() - t)
            assert status.uninvoiced > 0
            tx.rollback()
    finally:
        database.close()
    return p95(timings) * 1000


def keystrokes(url: str, client_id: int, path: str = "guide") -> int:
    result, errors = run_probe("order_probe.py", url, str(client_id), path)
    if not result.get("saved") or result.get("lines") != 10:
        raise SystemExit(f"keystroke probe failed: {result} {errors}")
    if result.get("typed"):
        print(f"# keystroke probe typed per line: {result.get('typed')}", flush=True)
    return result["order_keystrokes"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small data set")
    parser.add_argument("--reuse", action="store_true", help="reuse a database built before")
    parser.add_argument(
        "--only",
        default="",
        help="comma separated figure groups: startup, search, orders, exposure, journal, documents, guide, "
        "live, import, exchange, report, concurrent, reconnect, bundle",
    )
    parser.add_argument("--url", default="", help="run the --only groups on this database (e.g. PostgreSQL)")
    parser.add_argument(
        "--db",
        default="",
        help="every figure on this database as it is (e.g. postgresql://... with the 100k set); on "
        "PostgreSQL each name takes the prefix pg_, and the shared-office groups (live, concurrent, "
        "reconnect) run too; --only narrows it",
    )
    parser.add_argument(
        "--import-to",
        default="",
        help="the 'import' group: the empty office to import into (default a SQLite file in benchmarks/data; "
        "a postgresql:// URL names a database that is dropped and made anew)",
    )
    args = parser.parse_args()
    # Every figure runs on the data set's day, in its zone, whatever today is (the probes inherit it).
    from orderdesk_gui import clock

    os.environ.setdefault(clock.ENV_AS_OF, f"{AS_OF.isoformat()}T10:00")
    os.environ.setdefault(clock.ENV_TIMEZONE, "Asia/Almaty")
    clock.configure()
    only = {part.strip() for part in args.only.split(",") if part.strip()}
    if only:
        args.reuse = True
    size = QUICK if args.quick else FULL
    print(
        f"# data set: {size['clients']} clients, {size['products']} products, "
        f"{size['months']} months, seed {SEED}",
        flush=True,
    )
    global IMPORT_TO, PREFIX
    IMPORT_TO = args.import_to
    if args.db:
        shared = args.db.startswith("postgres")
        PREFIX = "pg_" if shared else ""
        groups = only or set(DB_GROUPS) | (set(SHARED_GROUPS) if shared else set())
        run_groups(args.db, groups, args.quick)
        return 0
    if args.url and only:
        run_groups(args.url, only, args.quick)
        return 0
    url, generate_s = database(size, args.reuse)
    if only:
        run_groups(url, only, args.quick)
        return 0
    if generate_s is not None:
        emit("demo_generate_s", generate_s, "{:.1f}")
    path = Path(url[len("sqlite:///") :])
    size_bytes = sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))
    emit("db_size_mb", size_bytes / 2**20, "{:.1f}")
    startup_s, rss = startup(url)
    emit("startup_s", startup_s)
    emit("rss_mb", rss, "{:.1f}")
    phones, fragments = sample(url, 300 if not args.quick else 100)
    lookup, search = query_latency(url, phones, fragments)
    emit("caller_lookup_p95_ms", lookup, "{:.2f}")
    emit("client_search_p95_ms", search, "{:.2f}")
    emit("screen_pop_p95_ms", screen_pop(url, phones[:43]), "{:.1f}")
    search, suggest, save, client = order_figures(url, 300 if not args.quick else 100)
    emit("product_search_p95_ms", search, "{:.2f}")
    emit("suggestions_p95_ms", suggest, "{:.2f}")
    emit("order_save_p95_ms", save, "{:.2f}")
    emit("order_keystrokes", keystrokes(url, client), "{:d}")
    emit("order_keystrokes_by_code", keystrokes(url, client, "code"), "{:d}")
    emit("credit_exposure_p95_ms", credit_exposure(url), "{:.2f}")
    run_groups(url, {"journal", "documents", "guide", "exchange"}, args.quick)
    return 0


IMPORT_TO = ""
DB_GROUPS = ("startup", "search", "orders", "journal", "guide", "report")
SHARED_GROUPS = ("live", "concurrent", "reconnect")


def concurrent_figures(url: str, quick: bool) -> None:
    """Issue 15: 20 operator processes, each one order every 2 s (10 a second): a completion's p95 (p50
    and the load beside it); then flat out with 1, 5 and 20 processes: completed orders per second."""
    import concurrent_probe

    seconds = 10 if quick else 30
    paced = concurrent_probe.run(url, 20, "paced", seconds)
    if paced["failed"]:
        raise SystemExit(f"concurrent probe: {paced['failed']} orders failed: {paced['failures']}")
    print(
        f"# 20 desks paced: {paced['orders']} orders in {seconds} s, complete p50 "
        f"{paced['complete_p50_ms']:.1f} ms, load {paced['load']:.1f}",
        flush=True,
    )
    emit("concurrent_save_p95_ms", paced["complete_p95_ms"], "{:.1f}")
    rates = {}
    for desks in (1, 5, 20):
        flat = concurrent_probe.run(url, desks, "flat", seconds / 2)
        if flat["failed"]:
            raise SystemExit(f"concurrent probe: {flat['failed']} orders failed: {flat['failures']}")
        rates[desks] = flat
    print(
        "# orders per second by desks: "
        + ", ".join(
            f"{d}: {r['orders_per_s']:.1f} (p95 {r['complete_p95_ms']:.0f} ms)" for d, r in rates.items()
        ),
        flush=True,
    )
    emit("orders_per_s", rates[20]["orders_per_s"], "{:.1f}")


def reconnect_figure(url: str) -> None:
    result, errors = run_probe("reconnect_probe.py", url, "10")
    if not result.get("timings") or result.get("lines") != result.get("typed"):
        raise SystemExit(f"reconnect probe failed: {result} {errors}")
    emit("reconnect_s", statistics.median(result["timings"]), "{:.2f}", prefixed=False)


def import_figures(url: str) -> None:
    """Issue 13: accounting's files written from the data set (every client, product, price and 300,000
    receivables; a changes-only package), imported into an empty office: first, again, compared anew, the
    changes only; and the peak memory. The suffix ``_pg`` when the office is on PostgreSQL."""
    folder = HERE / "data" / "exchange_files"
    if not (folder / "manifest.json").exists():
        subprocess.run(
            [sys.executable, str(HERE / "exchange_files.py"), "--url", url, "--out", str(folder),
             "--receivables-limit", "300000", "--quiet"],
            check=True,
            env=probe_env(),
        )  # fmt: skip
    target = IMPORT_TO or "sqlite:///" + (HERE / "data" / "import_office.db").as_posix()
    result, errors = run_probe("import_probe.py", url, target, str(folder), timeout=3600)
    if "full_s" not in result:
        raise SystemExit(f"import probe failed: {errors}")
    suffix = "_pg" if target.startswith("postgres") else ""
    emit(f"import_full{suffix}_s", result["full_s"], "{:.1f}")
    emit(f"import_repeat{suffix}_s", result["repeat_s"], "{:.2f}")
    emit(f"import_rematch{suffix}_s", result["rematch_s"], "{:.1f}")
    emit(f"import_delta{suffix}_s", result["delta_s"], "{:.2f}")
    emit(f"rss_import{suffix}_mb", result["peak_mb"][0], "{:.0f}")  # the first import: the largest
    emit(f"rss_rematch{suffix}_mb", result["peak_mb"][2], "{:.0f}")  # the file against a full office


def run_groups(url: str, groups: set[str], quick: bool) -> None:
    """The figures of the journal (issue 5) and the documents (issue 6), and re-runs of the others."""
    count = 300 if not quick else 100
    if "bundle" in groups:  # issue 17: the frozen bundle's figures (benchmarks/bundle_probe.py)
        subprocess.run([sys.executable, str(HERE / "bundle_probe.py"), url], check=True, env=probe_env())
    if "startup" in groups:
        startup_s, rss = startup(url)
        emit("startup_s", startup_s)
        emit("rss_mb", rss, "{:.1f}")
    if "search" in groups:
        phones, fragments = sample(url, count)
        lookup, search = query_latency(url, phones, fragments)
        emit("caller_lookup_p95_ms", lookup, "{:.2f}")
        emit("client_search_p95_ms", search, "{:.2f}")
        emit("screen_pop_p95_ms", screen_pop(url, phones[:43]), "{:.1f}")
    if "orders" in groups:
        search, suggest, save, client = order_figures(url, count)
        emit("product_search_p95_ms", search, "{:.2f}")
        emit("suggestions_p95_ms", suggest, "{:.2f}")
        emit("order_save_p95_ms", save, "{:.2f}")
        emit("order_keystrokes", keystrokes(url, client), "{:d}")
        emit("order_keystrokes_by_code", keystrokes(url, client, "code"), "{:d}")
        emit("credit_exposure_p95_ms", credit_exposure(url), "{:.2f}")
    if "exposure" in groups:
        emit("credit_exposure_p95_ms", credit_exposure(url), "{:.2f}")
    if "journal" in groups:
        import callback_probe
        import journal_probe

        emit("sleeping_worklist_s", journal_probe.sleeping_worklist_s(url))
        emit("journal_day_p95_ms", journal_probe.journal_day_p95_ms(url), "{:.2f}")
        emit("callback_visible_s", callback_probe.callback_visible_s(url))
    if "live" in groups:  # a shared PostgreSQL: another desk's change to this desk's screen
        import callback_probe

        emit("live_update_s", callback_probe.callback_visible_s(url, runs=10, remote=True), prefixed=False)
    if "concurrent" in groups:
        concurrent_figures(url, quick)
    if "reconnect" in groups:
        reconnect_figure(url)
    if "report" in groups:  # issue 16 part 7: a month and a year of a 20-operator desk
        import report_probe

        month, year = report_probe.report_figures(url)
        emit("report_month_s", month)
        emit("report_year_s", year)
    if "guide" in groups:
        import guide_probe

        emit("guide_open_p95_ms", guide_probe.guide_open_p95_ms(url), "{:.2f}")
    if "import" in groups:
        import_figures(url)
    if "exchange" in groups:
        import exchange_probe

        emit("export_orders_s", exchange_probe.export_orders_s(url))
        emit("exchange_cycle_s", exchange_probe.exchange_cycle_s(url), "{:.1f}")
    if "documents" in groups:
        import documents_probe

        emit("confirmation_pdf_ms", documents_probe.confirmation_pdf_ms(), "{:.1f}")
        emit("fax_tiff_s", documents_probe.fax_tiff_s())


if __name__ == "__main__":
    sys.exit(main())
