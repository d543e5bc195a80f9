"""The database worker: jobs in order on one thread, errors delivered, slow sending on its own lane."""

from __future__ import annotations

import threading


def test_jobs_run_in_order_off_the_ui_thread_and_errors_come_back(qtbot):
    from orderdesk_gui.ui.worker import DbWorker

    worker = DbWorker()
    try:
        seen: list[object] = []
        ui_thread = threading.get_ident()
        for n in range(5):
            worker.submit(lambda n=n: (n, threading.get_ident()), seen.append)
        failures: list[BaseException] = []
        worker.submit(lambda: 1 / 0, seen.append, failures.append)
        qtbot.waitUntil(lambda: len(seen) == 5 and bool(failures), timeout=5000)
        assert [n for n, _t in seen] == [0, 1, 2, 3, 4]
        assert all(t != ui_thread for _n, t in seen)
        assert isinstance(failures[0], ZeroDivisionError)
        assert worker.pending == 0
    finally:
        worker.shutdown()


def test_a_slow_send_does_not_hold_up_queries(qtbot):
    """A mail server that takes its time (here: until released) must not delay the operator's queries."""
    from orderdesk_gui.ui.worker import DbWorker

    worker = DbWorker()
    release = threading.Event()
    order: list[str] = []
    try:
        worker.submit_slow(lambda: release.wait(10) and "sent", order.append)
        worker.submit(lambda: "query", order.append)
        qtbot.waitUntil(lambda: order == ["query"], timeout=3000)
        assert worker.pending == 1  # the send is still under way
        release.set()
        qtbot.waitUntil(lambda: order == ["query", "sent"], timeout=5000)
        assert worker.pending == 0
    finally:
        release.set()
        worker.shutdown()
