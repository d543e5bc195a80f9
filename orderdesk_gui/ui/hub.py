"""App-wide change events in one small signal hub; panels listen and refresh themselves."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Hub(QObject):
    client_selected = Signal(int)  # a client card should show this client
    call_logged = Signal()  # the journal changed
    order_saved = Signal(int)
    order_started = Signal(int)  # a draft order was opened behind the debt gate
    search_requested = Signal(str)  # put this text in the search bar
    connection_state = Signal(bool)  # database reachable or not
