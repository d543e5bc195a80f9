"""The status bar's connection light: pings the database now and then, shows reachable or not."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from orderdesk_gui.ui.hub import Hub
from orderdesk_gui.ui.worker import DbWorker

PING_MS = 15_000


class ConnectionLabel(QLabel):
    """● connected / ✖ database unreachable, from a ping every ``PING_MS`` when the worker is idle."""

    def __init__(
        self, worker: DbWorker, hub: Hub, ping: Callable[[], object] | None, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.worker, self.hub, self._ping = worker, hub, ping
        self.timer = QTimer(self)
        self.timer.setInterval(PING_MS)
        self.timer.timeout.connect(self.check)
        hub.connection_state.connect(self.show_state)
        self.show_state(True)
        self.timer.start()

    def check(self) -> None:
        if self._ping is None or self.worker.pending:
            return
        self.worker.submit(
            self._ping,
            lambda _r: self.hub.connection_state.emit(True),
            lambda _e: self.hub.connection_state.emit(False),
        )

    def show_state(self, ok: bool) -> None:
        if ok:
            self.setText("● " + QCoreApplication.translate("MainWindow", "connected"))
            self.setStyleSheet("color: #1b5e20;")
        else:
            self.setText("✖ " + QCoreApplication.translate("MainWindow", "database unreachable: retrying"))
            self.setStyleSheet("color: #b00020; font-weight: bold;")
