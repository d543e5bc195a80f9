"""The bundle's figures (issue 17), when ``dist/orderdesk`` exists (``python tools/build_bundle.py``):

  bundle_mb         size of the one-folder bundle (MB, 10^6 bytes)
  bundle_startup_s  the frozen program's cold start to a usable window on the demo database (median of 3)

Usage: bundle_probe.py URL  (the demo database benchmarks/run.py built).
Prints ``name: value`` lines, as run.py does.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "orderdesk"
EXE = BUNDLE / ("orderdesk.exe" if sys.platform == "win32" else "orderdesk")


def startup_once(url: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    t0 = time.perf_counter()
    proc = subprocess.Popen([str(EXE), "selftest-startup", url], env=env, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    ready = None
    for line in proc.stdout:
        if line.strip() == "READY":
            ready = time.perf_counter() - t0
    proc.wait(timeout=120)
    if ready is None:
        raise SystemExit(f"the bundle did not reach its window (exit {proc.returncode})")
    return ready


def main() -> int:
    if not EXE.is_file():
        print("# no bundle: python tools/build_bundle.py first", flush=True)
        return 0
    size = sum(p.stat().st_size for p in BUNDLE.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6
    print(f"bundle_mb: {size:.1f}", flush=True)
    runs = [startup_once(sys.argv[1]) for _ in range(3)]
    print(f"bundle_startup_s: {statistics.median(runs):.3f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
