"""App-wide change events in one small signal hub; panels listen and refresh themselves."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from orderdesk_gui.domain.changes import Changes


class Hub(QObject):
    changed = Signal(object)  # Changes: what an operation changed; each panel decides whether to reload
    message = Signal(str)  # a message for the status bar (an operation's error, in the operator's language)
    client_selected = Signal(int)  # a client card should show this client
    order_saved = Signal(int)
    order_started = Signal(int)  # a draft order was opened behind the debt gate
    search_requested = Signal(str)  # put this text in the search bar
    connection_state = Signal(bool)  # database reachable or not

    def announce(self, changes: Changes) -> None:
        """Tell the panels what changed."""
        self.changed.emit(changes)
