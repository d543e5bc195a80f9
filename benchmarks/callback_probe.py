"""Callback latency: ``orderdesk callback add`` run to the request visible in the running window's queue.

``callback_visible_s(url)`` (for benchmarks/run.py) starts this file as a window
process on the database; that process signs in, then for each run starts the
real ``orderdesk callback add <number> --db URL`` as a new process and measures
from its launch to the new row in the callback queue model, painted. The
median of the runs is the figure; the benchmark's requests are cancelled after.

``python benchmarks/callback_probe.py URL`` prints ``callback_visible_s: X``.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
RUNS = 5


def _env() -> dict:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", ORDERDESK_HOME=str(HERE / "data" / "home"))


def callback_visible_s(url: str, runs: int = RUNS, remote: bool = False) -> float:
    """Median seconds from ``orderdesk callback add`` launched to the row shown in the running window.
    ``remote``: the window is another desk's (it does not listen on this machine's screen-pop channel),
    so the row can only come through the shared database's live updates: ``live_update_s``."""
    out = subprocess.run(
        [
            sys.executable,
            str(Path(__file__).resolve()),
            "--window",
            url,
            str(runs),
            *(["--remote"] if remote else []),
        ],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=600,
        check=False,
    )
    lines = [ln for ln in out.stdout.splitlines() if ln.startswith("{")]
    result = json.loads(lines[-1]) if lines else {}
    if not result.get("timings") or len(result["timings"]) != runs:
        raise SystemExit(f"callback probe failed: {result} {out.stderr[-2000:]}")
    return statistics.median(result["timings"])


def window(url: str, runs: int, remote: bool = False) -> int:
    """The running OrderDesk side: signs in as the operator and times each command-line callback."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from orderdesk_gui import config
    from orderdesk_gui.ui.app import OrderDeskApp

    app = QApplication(sys.argv[:1])
    settings = config.Settings()
    settings.set(config.CALLBACK_CHECK_SECONDS, 3600)  # only the command's message may refresh the queue
    session = OrderDeskApp(settings, url, interactive=False, single_instance=not remote)
    if not remote and not session.listen():
        print(json.dumps({"error": "another OrderDesk holds the channel"}))
        return 1
    rng = random.Random()
    timings: list[float] = []
    added: list[int] = []
    state: dict = {"i": 0, "t0": 0.0, "proc": None, "number": ""}

    def next_add() -> None:
        if state["i"] >= runs:
            cleanup()
            return
        state["i"] += 1
        state["number"] = f"+7707{rng.randrange(10**7):07d}"
        state["t0"] = time.perf_counter()
        state["proc"] = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "orderdesk_gui",
                "callback",
                "add",
                state["number"],
                "--name",
                "benchmark",
                "--source",
                "web",
                "--db",
                url,
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def changed() -> None:
        if not state["t0"]:
            return
        panel = session.window.callbacks.panel
        hit = next((c for c in panel.model.rows() if c.phone == state["number"]), None)
        if hit is None:
            return
        panel.view.repaint()  # painted, not only queued
        timings.append(time.perf_counter() - state["t0"])
        added.append(hit.id)
        state["t0"] = 0.0
        state["proc"].communicate(timeout=60)
        next_add()

    def cleanup() -> None:
        from orderdesk_gui.services import callbacks

        user = session.window.user

        def job() -> None:
            for callback_id in added:
                callbacks.cancel(user, callback_id, "benchmark request")

        session.worker.submit(job, lambda _r: app.quit(), lambda _e: app.quit())

    def ready() -> None:
        session.window.callbacks.panel.model.modelReset.connect(changed)
        next_add()

    session.opened.connect(lambda: session.sign_in("operator", "demo"))
    session.window_shown.connect(ready)
    session.failed.connect(lambda msg: (print(json.dumps({"error": msg})), app.quit()))
    session.start()
    app.exec()
    session.shutdown()
    print(json.dumps({"timings": timings}))
    return 0


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "--window":
        return window(argv[1], int(argv[2]) if len(argv) > 2 else RUNS, "--remote" in argv)
    if not argv:
        print("usage: python benchmarks/callback_probe.py DATABASE_URL", file=sys.stderr)
        return 2
    print(f"callback_visible_s: {callback_visible_s(argv[0]):.3f}", flush=True)
    return 0


if __name__ == "__main__":
    from orderdesk_gui import clock

    clock.configure()  # the day and zone benchmarks/run.py set ($ORDERDESK_AS_OF, $ORDERDESK_TIMEZONE)
    sys.exit(main(sys.argv[1:]))
