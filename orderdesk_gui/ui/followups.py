"""The "Work" menu: sleeping clients, outbound tasks, complaints and shift reports (D16, D17, D20, D25).

The controller owns the menu, the worklist dock and the dialogs; it starts outbound calls on the
worker and hands them to the window's caller so the call outcome dialog (F12) closes them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow

from orderdesk_gui import clock, config
from orderdesk_gui.domain.changes import Changes
from orderdesk_gui.domain.roles import Permission, has_permission


class FollowupsController(QObject):
    """Adds the "Work" menu to the main window and runs the follow-up windows."""

    def __init__(self, window: QMainWindow, caller) -> None:
        super().__init__(window)
        self.window = window  # for its menu bar, docks and status bar
        self.caller = caller
        self.worker, self.hub, self.user, self.settings = (
            window.worker,
            window.hub,
            window.user,
            window.settings,
        )
        self.tasks_dialog = None
        self.complaints_dialog = None
        self.complaint_dialog = None
        self.reports_dialog = None
        self.answer_dialog = None

        self.menu = window.menuBar().addMenu(self.tr("&Work"))
        help_menu = getattr(window.ui, "menuHelp", None)
        if help_menu is not None:  # keep Help last
            window.menuBar().insertMenu(help_menu.menuAction(), self.menu)
        self.actionSleeping = self._action(self.tr("&Sleeping clients"), "Ctrl+Shift+W", "actionSleeping")
        self.actionSleeping.setCheckable(True)
        self.actionTasks = self._action(self.tr("Outbound &tasks"), "Ctrl+Shift+T", "actionTasks")
        self.menu.addSeparator()
        self.actionComplaint = self._action(
            self.tr("Register a &complaint, claim or wish"), "Ctrl+K", "actionComplaint"
        )
        self.actionDepartmentComplaints = self._action(
            self.tr("Complaints of &my department"), "Ctrl+Shift+K", "actionDepartmentComplaints"
        )
        # Only those who resolve complaints have a department list to work (the service checks too).
        self.actionDepartmentComplaints.setEnabled(self.may(Permission.RESOLVE_COMPLAINTS))
        self.menu.addSeparator()
        self.actionShiftReport = self._action(self.tr("Shift &report"), "Ctrl+Shift+R", "actionShiftReport")

        from orderdesk_gui.ui.worklist_panel import WorklistPanel

        self.worklist = WorklistPanel(self.worker, self.settings, window)
        self.dock = QDockWidget(self.tr("Sleeping clients"), window)
        self.dock.setObjectName("worklistDock")
        self.dock.setWidget(self.worklist)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        journal_dock = getattr(window.ui, "journalDock", None)
        if journal_dock is not None:
            window.tabifyDockWidget(journal_dock, self.dock)
        self.dock.hide()
        self.dock.visibilityChanged.connect(self._dock_visible)

        self.actionSleeping.toggled.connect(self.show_worklist)
        self.actionTasks.triggered.connect(self.show_tasks)
        self.actionComplaint.triggered.connect(self.register_complaint)
        self.actionDepartmentComplaints.triggered.connect(self.show_department_complaints)
        self.actionShiftReport.triggered.connect(self.show_report)
        self.worklist.call_requested.connect(self.call_sleeping)
        self._sleeping_calls: dict[int, int] = {}  # call id -> client id, worklist calls in progress
        caller.call_closed.connect(self._call_closed)
        self._pending: list[tuple[list[int], Callable[[int], None]]] = []
        caller.call_changed.connect(self._call_changed)

    def _action(self, text: str, keys: str, name: str) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(keys))
        self.menu.addAction(action)
        return action

    def may(self, permission: Permission) -> bool:
        return has_permission(self.user.role, permission)

    def message(self, text: str, ms: int = 8000) -> None:
        self.window.statusBar().showMessage(text, ms)

    # -- sleeping worklist (D16) --------------------------------------------------------
    def show_worklist(self, visible: bool = True) -> None:
        if visible:
            self.dock.show()
            self.dock.raise_()
            self.worklist.view.setFocus()
        else:
            self.dock.hide()

    def _dock_visible(self, visible: bool) -> None:
        if self.actionSleeping.isChecked() != visible and (visible or not self.dock.isVisible()):
            self.actionSleeping.blockSignals(True)
            self.actionSleeping.setChecked(visible)
            self.actionSleeping.blockSignals(False)
        if visible:
            self.worklist.ensure_loaded()

    def call_sleeping(self, client_id: int) -> None:
        from orderdesk_gui.services import sleeping

        user = self.user

        def started(call_id: int) -> None:
            self._sleeping_calls[call_id] = client_id

        self.start_outbound(
            lambda: sleeping.start_sleeping_call(user, client_id), self.tr("Sleeping client"), started
        )

    def _call_closed(self, call_id: int, outcome: str) -> None:
        """A worklist call got its outcome: the row says so at once, without computing the list again."""
        client_id = self._sleeping_calls.pop(call_id, None)
        if client_id is not None:
            self.worklist.mark_called(client_id, outcome, clock.now_utc())

    # -- outbound calls handed to the window's caller ----------------------------------------
    def start_outbound(
        self,
        job: Callable[[], int],
        label: str = "",
        on_started: Callable[[int], None] | None = None,
    ) -> None:
        """Dial out through the window's caller: an open call gets its outcome first, then ``job`` opens
        the outbound call on the worker and the client's card comes up; ``on_started(call_id)`` follows."""
        holder: list[int] = []

        def start() -> int:
            call_id = job()
            holder.append(call_id)
            return call_id

        if on_started is not None:
            self._pending.append((holder, on_started))
        self.caller.start_outbound(start, label)

    def _call_changed(self, call_id: int | None) -> None:
        if call_id is None:
            return
        for entry in list(self._pending):
            holder, on_started = entry
            if holder and holder[0] == call_id:
                self._pending.remove(entry)
                on_started(call_id)

    def call_finished(self, call_id: int) -> None:
        """A dialog of ours closed the call (a task item's result): the caller lets it go."""
        caller = self.caller
        if caller.call_id == call_id:
            caller.settle()  # the call is closed already: it is forgotten silently
        else:
            self.hub.announce(Changes(calls=True, tasks=True))

    # -- outbound tasks (D17) --------------------------------------------------------------
    def show_tasks(self) -> None:
        from orderdesk_gui.ui.tasks_dialog import TasksDialog

        if self.tasks_dialog is None:
            self.tasks_dialog = TasksDialog(self, self.window)
        self.tasks_dialog.reload()
        self.tasks_dialog.show()
        self.tasks_dialog.raise_()
        self.tasks_dialog.activateWindow()

    # -- complaints (D20) --------------------------------------------------------------------
    def register_complaint(self) -> None:
        from orderdesk_gui.ui.complaints_dialog import ComplaintDialog

        caller = self.caller
        view = getattr(caller, "view", None)
        client_id = view.card.id if view is not None else None
        client_name = view.card.name if view is not None else ""
        call_id = getattr(caller, "call_id", None)
        self.complaint_dialog = ComplaintDialog(
            self.worker, self.user, client_id, client_name, call_id, self.window
        )
        self.complaint_dialog.registered.connect(self._complaint_registered)
        self.complaint_dialog.open()

    def _complaint_registered(self, complaint_id: int) -> None:
        self.message(
            self.tr("Complaint No. %d registered and passed to the department") % complaint_id, 10000
        )
        self.hub.announce(Changes(calls=True, complaints=True))
        caller = self.caller
        if getattr(caller, "view", None) is not None:
            caller.reload()  # the card shows the open complaints
        if self.complaints_dialog is not None and self.complaints_dialog.isVisible():
            self.complaints_dialog.reload()

    def show_department_complaints(self) -> None:
        from orderdesk_gui.ui.complaints_dialog import ComplaintsDialog

        if self.complaints_dialog is None:
            self.complaints_dialog = ComplaintsDialog(self.worker, self.user, self.window)
        self.complaints_dialog.reload()
        self.complaints_dialog.show()
        self.complaints_dialog.raise_()
        self.complaints_dialog.activateWindow()

    # -- shift reports (D25) ----------------------------------------------------------------
    def show_report(self) -> None:
        from orderdesk_gui.ui.reports_dialog import ReportsDialog

        first = self.reports_dialog is None
        if first:
            self.reports_dialog = ReportsDialog(
                self.worker, self.user, self.settings.get(config.REACTIVATION_DAYS), self.window
            )
        self.reports_dialog.show()
        self.reports_dialog.raise_()
        self.reports_dialog.activateWindow()
        if first:
            self.reports_dialog.run()  # today's figures at once
