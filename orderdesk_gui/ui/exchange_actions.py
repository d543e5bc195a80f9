"""The "Exchange" menu of the main window: import accounting's files (admin, finance) and the exchange
log (admin, heads of sales, finance); shown only to those whose rights allow them (the services check
again)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from orderdesk_gui.domain.roles import Permission, has_permission
from orderdesk_gui.ui.operations import Operations

IMPORT_KEYS = "Ctrl+Shift+A"  # A for accounting
LOG_KEYS = "Ctrl+Shift+M"


class ExchangeActions(QObject):
    """Adds the menu to ``window`` (its worker, hub and user) and opens the two windows."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.user = window.user
        self.ops = Operations(window.worker, window.hub)
        self.import_dialog = None
        self.log_dialog = None
        role = self.user.role
        may_import = has_permission(role, Permission.EXCHANGE_DATA)
        may_read = may_import or has_permission(role, Permission.VIEW_REPORTS)
        self.menu = window.menuBar().addMenu(self.tr("E&xchange"))
        help_menu = getattr(window.ui, "menuHelp", None)
        if help_menu is not None:  # keep Help last
            window.menuBar().insertMenu(help_menu.menuAction(), self.menu)
        self.actionImport = self._action(self.tr("&Import from accounting…"), IMPORT_KEYS, "actionImport")
        self.actionLog = self._action(self.tr("Exchange &log"), LOG_KEYS, "actionExchangeLog")
        self.actionImport.setVisible(may_import)
        self.actionLog.setVisible(may_read)
        self.menu.menuAction().setVisible(may_read)
        self.actionImport.triggered.connect(self.open_import)
        self.actionLog.triggered.connect(lambda: self.open_log())

    def _action(self, text: str, keys: str, name: str) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(keys))
        self.menu.addAction(action)
        return action

    def open_import(self) -> None:
        from orderdesk_gui.ui.import_dialog import ImportDialog

        if self.import_dialog is not None and self.import_dialog.isVisible():
            self.import_dialog.raise_()
            return
        self._drop(self.import_dialog)
        self.import_dialog = ImportDialog(self.ops, self.user, self.window)
        self.import_dialog.log_requested.connect(lambda run_id: self.open_log(run_id, self.import_dialog))
        self.import_dialog.open()

    def open_log(self, run_id: int | None = None, over=None) -> None:
        """The log (``run_id`` chosen in it); ``over``: the window it opens over (the import window)."""
        from orderdesk_gui.ui.exchange_log_dialog import ExchangeLogDialog

        self._drop(self.log_dialog)
        self.log_dialog = ExchangeLogDialog(self.ops, self.user, over or self.window)
        self.log_dialog.show_run(run_id)
        self.log_dialog.open()

    @staticmethod
    def _drop(dialog) -> None:
        """An earlier window of the same kind goes (it stops listening for changes)."""
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.close()
            dialog.deleteLater()
