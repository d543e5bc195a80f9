"""The status bar's connection light: pings the database now and then, shows reachable or not."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from orderdesk_gui.ui.hub import Hub
from orderdesk_gui.ui.worker import DbWorker

PING_MS = 15_000
PING_LOST_MS = 1_000  # while the server is away: asked every second, so work resumes within about one


class ConnectionLabel(QLabel):
    """● connected / ✖ database unreachable. A job that loses the connection, or the live listener
    losing the server, turns it red at once (``hub.connection_state``); then a ping every second finds
    the server again, and ``connection_state(True)`` lets the desk save what waited. While all is well a
    ping every ``PING_MS`` when the worker is idle."""

    def __init__(
        self, worker: DbWorker, hub: Hub, ping: Callable[[], object] | None, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.worker, self.hub, self._ping = worker, hub, ping
        self.ok = True
        self.timer = QTimer(self)
        self.timer.setInterval(PING_MS)
        self.timer.timeout.connect(self.check)
        hub.connection_state.connect(self.show_state)
        worker.connection_lost.connect(lambda: hub.connection_state.emit(False))
        self.show_state(True)
        self.timer.start()

    def check(self) -> None:
        if self._ping is None or (self.ok and self.worker.pending):
            return
        self.worker.submit(
            self._ping,
            lambda _r: self.hub.connection_state.emit(True),
            lambda _e: self.hub.connection_state.emit(False),
        )

    def show_state(self, ok: bool) -> None:
        changed = ok != self.ok
        self.ok = ok
        self.timer.setInterval(PING_MS if ok else PING_LOST_MS)
        if ok:
            self.setText("● " + QCoreApplication.translate("MainWindow", "connected"))
            self.setStyleSheet("color: #1b5e20;")
        else:
            self.setText("✖ " + QCoreApplication.translate("MainWindow", "database unreachable: retrying"))
            self.setStyleSheet("color: #b00020; font-weight: bold;")
        if changed:
            self.hub.message.emit(
                QCoreApplication.translate(
                    "MainWindow", "The connection to the database is back: what waited is being saved."
                )
                if ok
                else QCoreApplication.translate(
                    "MainWindow",
                    "The connection to the database is lost: keep typing, nothing is lost; "
                    "it is saved as soon as the connection is back.",
                )
            )
