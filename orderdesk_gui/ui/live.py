"""Live updates at this desk: a thread of its own waits on the listening connection (``db.notify``) and
hands what other desks changed to the change hub, where each panel decides whether to reload. Only on a
shared PostgreSQL; it stops with the window."""

from __future__ import annotations

from PySide6.QtCore import QThread, Signal

from orderdesk_gui.db import notify
from orderdesk_gui.domain.changes import EVERYTHING
from orderdesk_gui.ui.hub import Hub


class LiveUpdates(QThread):
    heard = Signal(object)  # Changes announced by another desk
    reachable = Signal(bool)  # the listening connection lost the server, or reached it again

    def __init__(self, listener: notify.Listener, hub: Hub) -> None:
        super().__init__()
        self.setObjectName("orderdesk-live")
        self.listener = listener
        self._stop = False
        self.heard.connect(hub.announce)  # queued: delivered on the UI thread
        self.reachable.connect(hub.connection_state)

    def run(self) -> None:
        up = True
        while not self._stop:
            for changes in self.listener.wait(0.25):
                self.heard.emit(changes)
            if self.listener.up != up:
                up = self.listener.up
                self.reachable.emit(up)
                if up:  # what other desks announced while this one was cut off was never heard: reload all
                    self.heard.emit(EVERYTHING)
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
