"""Run by test_gui_order: take part of an order in the real window, report READY, wait to be killed."""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    url, client_id, product_ids = sys.argv[1], int(sys.argv[2]), [int(x) for x in sys.argv[3].split(",")]
    from PySide6.QtWidgets import QApplication

    from orderdesk_gui import config
    from orderdesk_gui.ui.app import OrderDeskApp

    app = QApplication(sys.argv[:1])
    session = OrderDeskApp(config.Settings(), url, interactive=False)
    state = {"added": 0}

    def shown() -> None:
        window = session.window
        orders = window.orders

        def add_next() -> None:
            if state["added"] == len(product_ids):
                return
            pid = product_ids[state["added"]]
            state["added"] += 1
            orders.add_product(pid, "2")

        def saved(_version: int) -> None:
            if state["added"] < len(product_ids):
                add_next()
            elif len(orders.lines) == len(product_ids) and not orders._dirty:
                print(f"READY {orders.view.order_id}", flush=True)

        orders.saved.connect(saved)
        orders.opened.connect(lambda view: view is not None and add_next())
        window.caller.caller_loaded.connect(lambda view: view is not None and window.caller.new_order())
        window.caller.open_client(client_id)

    session.opened.connect(lambda: session.sign_in("operator", "demo"))
    session.window_shown.connect(shown)
    session.failed.connect(lambda msg: (print("FAILED", msg, flush=True), app.quit()))
    session.start()
    app.exec()
    time.sleep(3600)  # never reached in the test: the process is killed
    return 0


if __name__ == "__main__":
    sys.exit(main())
