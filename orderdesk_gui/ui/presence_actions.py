"""Presence from the keyboard: F11 switches my own presence between available and away (back from a
break in one key), Shift+F11 opens the presence dialog (an absence until a day; heads: for their people,
with a substitute). The status bar shows my presence; routing and the other desks follow at once."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow

from orderdesk_gui.domain.changes import Changes
from orderdesk_gui.ui.models import PRESENCE_LABELS, label
from orderdesk_gui.ui.operations import Operations

TOGGLE_KEYS, DIALOG_KEYS = "F11", "Shift+F11"
MARKS = {"available": "●", "away": "◐", "absent": "○"}


class PresenceActions(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window, self.user = window, window.user
        self.ops = Operations(window.worker, window.hub)
        self.dialog = None
        self.state = window.user.presence or "available"
        self.label = QLabel(window)
        self.label.setObjectName("presenceLabel")
        window.statusBar().addPermanentWidget(self.label)
        self._show(self.state)
        menu = getattr(window.ui, "menuFile", None)
        self.toggle = self._action(self.tr("Away / &back"), TOGGLE_KEYS, "actionAway", menu)
        self.open_dialog = self._action(
            self.tr("&Presence and substitute…"), DIALOG_KEYS, "actionPresence", menu
        )
        self.toggle.triggered.connect(self.toggle_away)
        self.open_dialog.triggered.connect(self.open)

    def _action(self, text: str, keys: str, name: str, menu) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(keys))
        (menu or self.window).addAction(action)
        return action

    def _show(self, state: str) -> None:
        self.state = state
        self.label.setText(f"{MARKS.get(state, '')} {label(PRESENCE_LABELS, state)}")

    def toggle_away(self) -> None:
        from orderdesk_gui.services import presence

        user = self.user
        self.ops.run(self.window, lambda: presence.toggle_away(user), self._set)

    def _set(self, result) -> None:
        if result.person.user_id == self.user.id:
            self._show(result.person.presence)
            self.window.statusBar().showMessage(
                self.tr("You are %s.") % label(PRESENCE_LABELS, result.person.presence), 5000
            )

    def open(self) -> None:
        from orderdesk_gui.ui.presence_dialog import PresenceDialog

        self.dialog = PresenceDialog(self.ops, self.user, self.window)
        self.dialog.accepted.connect(
            lambda: self.dialog.saved is not None and self._set(_Result(self.dialog.saved))
        )
        self.dialog.open()


class _Result:
    def __init__(self, person) -> None:
        self.person, self.changes = person, Changes(presence=True)
