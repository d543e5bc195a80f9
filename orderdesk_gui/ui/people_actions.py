"""View → People and rights (Ctrl+Alt+U): shown to administrators and to the heads of departments (who
read their people); the services check again."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from orderdesk_gui.domain.roles import Permission, has_permission
from orderdesk_gui.ui.operations import Operations

PEOPLE_KEYS = "Ctrl+Alt+U"


class PeopleActions(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.people = None
        self.action = QAction(self.tr("P&eople and rights…"), window)
        self.action.setObjectName("actionPeople")
        self.action.setShortcut(QKeySequence(PEOPLE_KEYS))
        # mirrors people.list_people: administrators edit everyone, a department's head reads its people
        user = window.user
        self.action.setVisible(has_permission(user.role, Permission.MANAGE_USERS) or user.head_of is not None)
        menu = getattr(window.ui, "menuView", None)
        (menu or window).addAction(self.action)
        self.action.triggered.connect(self.open)

    def open(self) -> None:
        from orderdesk_gui.ui.people_window import PeopleWindow

        w = self.window
        self.people = PeopleWindow(Operations(w.worker, w.hub), w.user, w)
        self.people.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.people.show()
