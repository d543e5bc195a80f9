"""OrderDesk benchmarks: ``python benchmarks/run.py [--quick] [--reuse]`` prints ``name: value`` lines.

Figures (names fixed so results compare across versions):
  demo_generate_s  demo generation (100k clients / 50k products / 24 months; --quick: 5k/5k/12)
  db_size_mb       the generated SQLite database file
  startup_s        process start to a usable main window on that database (median of 3)
  rss_mb           resident memory of the open window after a search and an opened card
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

FULL = dict(clients=100_000, products=50_000, months=24)
QUICK = dict(clients=5_000, products=5_000, months=12)
SEED = 2026
AS_OF = dt.date(2026, 11, 20)


def emit(name: str, value: float, fmt: str = "{:.3f}") -> None:
    print(f"{name}: {fmt.format(value)}", flush=True)


def database(size: dict, reuse: bool) -> tuple[str, float | None]:
    from orderdesk_gui.services.demo import DemoOptions, build_demo_database

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
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ORDERDESK_HOME=str(HERE / "data" / "home"))
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small data set")
    parser.add_argument("--reuse", action="store_true", help="reuse a database built before")
    args = parser.parse_args()
    size = QUICK if args.quick else FULL
    print(
        f"# data set: {size['clients']} clients, {size['products']} products, "
        f"{size['months']} months, seed {SEED}",
        flush=True,
    )
    url, generate_s = database(size, args.reuse)
    if generate_s is not None:
        emit("demo_generate_s", generate_s, "{:.1f}")
    path = Path(url[len("sqlite:///") :])
    size_bytes = sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))
    emit("db_size_mb", size_bytes / 2**20, "{:.1f}")
    startup_s, rss = startup(url)
    emit("startup_s", startup_s)
    emit("rss_mb", rss, "{:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
