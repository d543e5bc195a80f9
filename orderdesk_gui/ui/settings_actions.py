"""File → Settings… (Ctrl+Alt+S), for everyone: this desk's own settings anyone may change; the office-wide
ones (in the database) are shown to all and editable by administrators (the service checks again)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from orderdesk_gui.ui.operations import Operations

SETTINGS_KEYS = "Ctrl+Alt+S"


class SettingsActions(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog = None
        self.action = QAction(self.tr("&Settings…"), window)
        self.action.setObjectName("actionSettings")
        self.action.setShortcut(QKeySequence(SETTINGS_KEYS))
        (getattr(window.ui, "menuFile", None) or window).addAction(self.action)
        self.action.triggered.connect(self.open)

    def open(self) -> None:
        from orderdesk_gui.ui.settings_dialog import open_settings

        if self.dialog is not None and shiboken6.isValid(self.dialog) and self.dialog.isVisible():
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        w = self.window
        self.dialog = open_settings(Operations(w.worker, w.hub), w.settings, w.user, w)
