"""Screen pop timing: the running window receives ``orderdesk call <number>`` (for benchmarks/run.py).

Signs in, then for each number starts the real ``orderdesk call`` command as a
new process and measures from its launch to the caller's card (debt indicator,
last orders, last calls) painted in this window. Prints one JSON line.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time


def main() -> int:
    url, numbers = sys.argv[1], sys.argv[2].split(",")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from orderdesk_gui import config
    from orderdesk_gui.ui.app import OrderDeskApp

    app = QApplication(sys.argv[:1])
    session = OrderDeskApp(config.Settings(), url, interactive=False, single_instance=True)
    if not session.listen():
        print(json.dumps({"error": "another OrderDesk holds the channel"}))
        return 1
    timings: list[float] = []
    state: dict = {"i": 0, "t0": 0.0, "proc": None}

    def next_call() -> None:
        if state["i"] >= len(numbers):
            app.quit()
            return
        number = numbers[state["i"]]
        state["i"] += 1
        state["t0"] = time.perf_counter()
        state["proc"] = subprocess.Popen([sys.executable, "-m", "orderdesk_gui", "call", number])

    def shown(view) -> None:
        if not state["t0"]:
            return
        window = session.window
        window.repaint()  # painted, not only queued
        timings.append(time.perf_counter() - state["t0"])
        state["t0"] = 0.0
        state["proc"].wait()
        hang_up()

    def hang_up() -> None:
        """The operator ends the call (information given) before the next one rings: not timed."""
        from orderdesk_gui.services import calls

        caller = session.window.caller
        call_id = caller.call_id
        if call_id is None:  # the call record is written just after the card is painted
            QTimer.singleShot(5, hang_up)
            return
        user = session.window.user

        def closed(_r) -> None:
            caller.call_id = None
            next_call()

        session.worker.submit(lambda: calls.close_call(user, call_id, "info_given"), closed)

    inside: list[float] = []

    def settled() -> None:
        """The desk has finished loading after sign-in (journal, queues, number formats): at a real desk
        the first ring comes after that; a pop into a window still loading measures the start, not it."""
        if session.worker.pending or state.setdefault("quiet", 0) < 3:
            state["quiet"] = 0 if session.worker.pending else state["quiet"] + 1
            QTimer.singleShot(100, settled)
            return
        next_call()

    def ready() -> None:
        session.window.caller.caller_loaded.connect(shown)
        session.window.caller.screen_pop_shown.connect(inside.append)
        settled()

    session.opened.connect(lambda: session.sign_in("operator", "demo"))
    session.window_shown.connect(ready)
    session.failed.connect(lambda msg: (print(json.dumps({"error": msg})), app.quit()))
    session.start()
    app.exec()
    session.shutdown()
    print(json.dumps({"timings": timings, "in_app": inside}))
    return 0


if __name__ == "__main__":
    from orderdesk_gui import clock

    clock.configure()  # the day and zone benchmarks/run.py set ($ORDERDESK_AS_OF, $ORDERDESK_TIMEZONE)
    sys.exit(main())
