"""The Routing window in the View menu (Ctrl+Alt+T): departments and their heads, the routing rules and a
preview of where a call goes; shown to administrators and whoever may edit the routing (the services
check again)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from orderdesk_gui import config
from orderdesk_gui.domain.roles import Permission, has_permission
from orderdesk_gui.ui.operations import Operations

ROUTING_KEYS = "Ctrl+Alt+T"


class RoutingActions(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.routing = None
        self.action = QAction(self.tr("R&outing: departments, heads and rules…"), window)
        self.action.setObjectName("actionRouting")
        self.action.setShortcut(QKeySequence(ROUTING_KEYS))
        self.action.setVisible(has_permission(window.user.role, Permission.EDIT_ROUTING))
        (getattr(window.ui, "menuView", None) or window).addAction(self.action)
        self.action.triggered.connect(self.open)

    def open(self) -> None:
        from orderdesk_gui.ui.routing_window import RoutingWindow

        if self.routing is not None and shiboken6.isValid(self.routing) and self.routing.isVisible():
            self.routing.raise_()
            self.routing.activateWindow()
            return
        w = self.window
        rules = config.debt_rules(w.settings)
        self.routing = RoutingWindow(Operations(w.worker, w.hub), w.user, rules, w)
        self.routing.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.routing.show()
