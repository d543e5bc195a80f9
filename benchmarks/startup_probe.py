"""Start OrderDesk in this process and report when its main window is usable (for benchmarks/run.py).

Prints ``READY`` the moment the main window is shown with its first data
painted (the parent times that line from the launch, interpreter start
included), then one JSON line with the resident memory after a search and an
opened card. Sign-in goes through the same service as the dialog (argon2
verification included).
"""

from __future__ import annotations

import json
import os
import sys
import time

T0 = time.perf_counter()


def rss_mb() -> float:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    try:
        import psutil  # Windows, macOS

        return psutil.Process().memory_info().rss / 2**20
    except ImportError:
        return float("nan")


def main() -> int:
    url, login, password = sys.argv[1], sys.argv[2], sys.argv[3]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from orderdesk_gui import config
    from orderdesk_gui.ui.app import OrderDeskApp

    app = QApplication(sys.argv[:1])
    session = OrderDeskApp(config.Settings(), url, interactive=False)
    result: dict = {}

    def shown() -> None:
        window = session.window
        journal = window.journal

        def painted() -> None:
            journal.model.modelReset.disconnect(painted)  # the first paint only: later refreshes too reset
            window.repaint()
            app.processEvents()
            result["startup_s"] = time.perf_counter() - T0
            print("READY", flush=True)  # the parent times this line from the launch
            # a search and an open card, as the first call would do
            window.search.search_now("береке")
            QTimer.singleShot(300, lambda: (window.search.open_current(), QTimer.singleShot(300, finish)))

        journal.model.modelReset.connect(painted)

    def finish() -> None:
        result["rss_mb"] = rss_mb()
        session.window.caller.forced = True  # the call the opened card started stays open: no question
        app.quit()

    session.opened.connect(lambda: session.sign_in(login, password))
    session.window_shown.connect(shown)
    session.failed.connect(lambda msg: (result.setdefault("error", msg), app.quit()))
    session.start()
    app.exec()
    session.shutdown()
    print(json.dumps(result))
    return 0 if "error" not in result else 1


if __name__ == "__main__":
    from orderdesk_gui import clock

    clock.configure()  # the day and zone benchmarks/run.py set ($ORDERDESK_AS_OF, $ORDERDESK_TIMEZONE)
    sys.exit(main())
