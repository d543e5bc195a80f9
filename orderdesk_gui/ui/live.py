"""Live updates at this desk: a thread of its own waits on the listening connection (``db.notify``) and
hands what other desks changed to the change hub, where each panel decides whether to reload. Only on a
shared PostgreSQL; it stops with the window."""

from __future__ import annotations

from PySide6.QtCore import QThread, Signal

from orderdesk_gui.db import notify
from orderdesk_gui.ui.hub import Hub


class LiveUpdates(QThread):
    heard = Signal(object)  # Changes announced by another desk

    def __init__(self, listener: notify.Listener, hub: Hub) -> None:
        super().__init__()
        self.setObjectName("orderdesk-live")
        self.listener = listener
        self._stop = False
        self.heard.connect(hub.announce)  # queued: delivered on the UI thread

    def run(self) -> None:
        while not self._stop:
            for changes in self.listener.wait(0.25):
                self.heard.emit(changes)
        self.listener.close()

    def stop(self) -> None:
        self._stop = True
        self.wait(2000)


def start_for(database, hub: Hub) -> LiveUpdates | None:
    """Live updates for a desk on ``database`` (PostgreSQL), started; None on SQLite."""
    listener = notify.listener_for(database)
    if listener is None:
        return None
    live = LiveUpdates(listener, hub)
    live.start()
    return live
