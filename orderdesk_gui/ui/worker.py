"""The one database worker: every query runs on its thread; results return to the UI by signal.

Compare Anki's ``aqt/operations``: the UI submits a function and a callback;
the function runs on the worker thread (which owns the database connection),
and the callback runs on the UI thread with the result. A worker never
touches a widget. Errors come back to an error callback (or the default
handler), never as a traceback in the operator's face.
"""

from __future__ import annotations

import itertools
import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from orderdesk_gui.db.connection import connection_lost, discard_lost_connection

log = logging.getLogger(__name__)

Callback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


class _Runner(QObject):
    finished = Signal(int, object, object)  # request id, result, error

    @Slot(int, object)
    def run(self, request_id: int, fn: Callable[[], Any]) -> None:
        try:
            result = fn()
        except BaseException as exc:  # delivered to the UI, which shows a message
            log.debug("worker job failed:\n%s", traceback.format_exc())
            if connection_lost(exc):
                discard_lost_connection()  # the next job connects anew
            self.finished.emit(request_id, None, exc)
            return
        self.finished.emit(request_id, result, None)


class DbWorker(QObject):
    """Runs database work on one background thread, in submission order.

    Slow outside work (an SMTP server or a fax command that takes its time) goes to a
    second lane, ``submit_slow``, on its own thread, so it never holds up the operator's
    queries; that lane opens its own database connection for the records it writes.
    """

    _submit = Signal(int, object)
    _submit_slow = Signal(int, object)
    error = Signal(object)  # unhandled errors, for the status bar / message box
    connection_lost = Signal()  # a job failed because the database connection went away
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("orderdesk-db")
        self._runner = _Runner()
        self._runner.moveToThread(self._thread)
        self._submit.connect(self._runner.run)
        self._runner.finished.connect(self._finished)
        self._slow_thread: QThread | None = None
        self._slow_runner: _Runner | None = None
        self._ids = itertools.count(1)
        self._pending: dict[int, tuple[Callback | None, ErrorCallback | None]] = {}
        self._thread.start()

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Callback | None = None,
        on_error: ErrorCallback | None = None,
    ) -> int:
        """Queue ``fn`` for the worker; ``on_done(result)`` runs on the UI thread."""
        request_id = next(self._ids)
        self._pending[request_id] = (on_done, on_error)
        if len(self._pending) == 1:
            self.busy_changed.emit(True)
        self._submit.emit(request_id, fn)
        return request_id

    def submit_slow(
        self,
        fn: Callable[[], Any],
        on_done: Callback | None = None,
        on_error: ErrorCallback | None = None,
    ) -> int:
        """Like ``submit``, on the second lane: for sending and other waits on the outside world."""
        if self._slow_thread is None:
            self._slow_thread = QThread()
            self._slow_thread.setObjectName("orderdesk-send")
            self._slow_runner = _Runner()
            self._slow_runner.moveToThread(self._slow_thread)
            self._submit_slow.connect(self._slow_runner.run)
            self._slow_runner.finished.connect(self._finished)
            self._slow_thread.start()
        request_id = next(self._ids)
        self._pending[request_id] = (on_done, on_error)
        if len(self._pending) == 1:
            self.busy_changed.emit(True)
        self._submit_slow.emit(request_id, fn)
        return request_id

    @property
    def pending(self) -> int:
        return len(self._pending)

    @Slot(int, object, object)
    def _finished(self, request_id: int, result: Any, error: BaseException | None) -> None:
        on_done, on_error = self._pending.pop(request_id, (None, None))
        if not self._pending:
            self.busy_changed.emit(False)
        if error is not None:
            if connection_lost(error):
                self.connection_lost.emit()  # the status bar says so at once, before the job's own word
            if on_error is not None:
                on_error(error)
            else:
                (log.warning if connection_lost(error) else log.error)("database job failed: %s", error)
                self.error.emit(error)
            return
        if on_done is not None:
            on_done(result)

    def shutdown(self, close: Callable[[], None] | None = None) -> None:
        """Run ``close`` on the worker (e.g. close its connection), then stop the thread(s)."""
        if self._slow_thread is not None and self._slow_thread.isRunning():
            if close is not None:
                self._submit_slow.emit(0, close)  # the lane's own connection
            self._slow_thread.quit()
            self._slow_thread.wait(30000)
        if not self._thread.isRunning():
            return
        if close is not None:
            self._submit.emit(0, close)
        self._thread.quit()
        self._thread.wait(10000)
