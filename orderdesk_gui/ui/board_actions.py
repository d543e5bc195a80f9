"""The supervisors' windows in the View menu: the live board (Ctrl+F11), the audit log (Ctrl+Shift+U), the
desk reports (Ctrl+Alt+R) and promotions with special items (Ctrl+Alt+P),
shown to those who may read reports (heads, finance, administrators); the services check again."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from orderdesk_gui.domain.roles import Permission, has_permission
from orderdesk_gui.ui.operations import Operations
from orderdesk_gui.ui.people_actions import PeopleActions
from orderdesk_gui.ui.routing_actions import RoutingActions
from orderdesk_gui.ui.settings_actions import SettingsActions

BOARD_KEYS = "Ctrl+F11"
AUDIT_KEYS = "Ctrl+Shift+U"
REPORTS_KEYS = "Ctrl+Alt+R"
PROMOTIONS_KEYS = "Ctrl+Alt+P"


class BoardActions(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.settings_actions = SettingsActions(window)  # File → Settings (Ctrl+Alt+S)
        self.board = None
        self.action = QAction(self.tr("Live &board"), window)
        self.action.setObjectName("actionBoard")
        self.action.setShortcut(QKeySequence(BOARD_KEYS))
        self.action.setVisible(has_permission(window.user.role, Permission.VIEW_REPORTS))
        menu = getattr(window.ui, "menuView", None)
        (menu or window).addAction(self.action)
        self.action.triggered.connect(self.open)
        self.audit = None
        self.audit_action = QAction(self.tr("&Audit log…"), window)
        self.audit_action.setObjectName("actionAudit")
        self.audit_action.setShortcut(QKeySequence(AUDIT_KEYS))
        self.audit_action.setVisible(self.action.isVisible())
        (menu or window).addAction(self.audit_action)
        self.audit_action.triggered.connect(self.open_audit)
        self.reports = None
        self.reports_action = QAction(self.tr("Desk &reports…"), window)
        self.reports_action.setObjectName("actionDeskReports")
        self.reports_action.setShortcut(QKeySequence(REPORTS_KEYS))
        self.reports_action.setVisible(self.action.isVisible())
        (menu or window).addAction(self.reports_action)
        self.reports_action.triggered.connect(self.open_reports)
        self.promotions = None
        self.promotions_action = QAction(self.tr("&Promotions and special items…"), window)
        self.promotions_action.setObjectName("actionPromotions")
        self.promotions_action.setShortcut(QKeySequence(PROMOTIONS_KEYS))
        self.promotions_action.setVisible(has_permission(window.user.role, Permission.MANAGE_PROMOTIONS))
        (menu or window).addAction(self.promotions_action)
        self.promotions_action.triggered.connect(self.open_promotions)
        self.people_actions = PeopleActions(window)  # View → People and rights (Ctrl+Alt+U)
        self.routing = RoutingActions(window)  # Ctrl+Alt+T: departments, heads, routing rules

    def open(self) -> None:
        from orderdesk_gui.ui.board_window import BoardWindow

        if self.board is not None and shiboken6.isValid(self.board) and self.board.isVisible():
            self.board.raise_()
            self.board.activateWindow()
            return
        w = self.window
        self.board = BoardWindow(Operations(w.worker, w.hub), w.hub, w.user, w)
        self.board.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # its timers stop with it
        self.board.show()

    def open_audit(self) -> None:
        """The audit log; with "only the client on screen" ready for the card that is open."""
        from orderdesk_gui.ui.audit_window import AuditWindow

        w = self.window
        view = w.caller.view
        self.audit = AuditWindow(Operations(w.worker, w.hub), w.user, view.card.id if view else None, w)
        self.audit.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.audit.show()

    def open_reports(self) -> None:
        """The contact-centre manager's reports: this month by operator, to begin with."""
        from orderdesk_gui.ui.desk_report_window import DeskReportWindow

        w = self.window
        self.reports = DeskReportWindow(Operations(w.worker, w.hub), w.user, w)
        self.reports.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.reports.show()

    def open_promotions(self) -> None:
        """Promotions and special items (heads of sales, administrators; the service checks again)."""
        from orderdesk_gui.ui.promotions_window import PromotionsWindow

        w = self.window
        self.promotions = PromotionsWindow(Operations(w.worker, w.hub), w.user, w)
        self.promotions.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.promotions.show()
