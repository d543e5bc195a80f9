"""The heads' live board (issue 15): who is on a call (with whom, for how long), in after-call work,
available, away or absent, and signed in where; today's calls, talk time, orders and offers per operator;
the callbacks due and overdue. It reloads when any desk's change is heard (PostgreSQL NOTIFY, or this
desk's own hub), every 15 s for desks that lapsed, and its clocks tick every second. F5 reloads; Esc
closes."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QWidget

from orderdesk_gui import clock
from orderdesk_gui.domain.changes import Changes
from orderdesk_gui.domain.entities import UserInfo
from orderdesk_gui.services import board as board_service
from orderdesk_gui.ui import formatting as fmt
from orderdesk_gui.ui.forms.ui_board_window import Ui_BoardWindow
from orderdesk_gui.ui.hub import Hub
from orderdesk_gui.ui.models import DIRECTION_LABELS, Column, RowsModel, label
from orderdesk_gui.ui.operations import Operations
from orderdesk_gui.ui.views import setup_readonly

STATE_LABELS = {
    board_service.ON_CALL: QT_TRANSLATE_NOOP("Models", "☎ on a call"),
    board_service.AFTER_CALL: QT_TRANSLATE_NOOP("Models", "✎ after-call work"),
    board_service.AVAILABLE: QT_TRANSLATE_NOOP("Models", "● available"),
    board_service.AWAY: QT_TRANSLATE_NOOP("Models", "◐ away"),
    board_service.ABSENT: QT_TRANSLATE_NOOP("Models", "○ absent"),
    board_service.SIGNED_OUT: QT_TRANSLATE_NOOP("Models", "— signed out"),
}
RELOAD_MS = 15_000
WATCHED = ("calls", "orders", "callbacks", "presence", "tasks")


def hms(seconds: float | None) -> str:
    if seconds is None:
        return ""
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else fmt.duration(rest)


def _for(row: board_service.OperatorRow) -> str:
    if row.since is None:
        return ""
    return hms((clock.now_utc() - row.since).total_seconds())


def _with(row: board_service.OperatorRow) -> str:
    if not row.client:
        return ""
    return f"{row.client} ({label(DIRECTION_LABELS, row.direction)})" if row.direction else row.client


def _offers(row: board_service.OperatorRow) -> str:
    return f"{fmt.count(row.offers_accepted)} / {fmt.count(row.offers)}" if row.offers else ""


class BoardWindow(QDialog):
    def __init__(self, ops: Operations, hub: Hub, user: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_BoardWindow()
        self.ui.setupUi(self)
        self.ops, self.user = ops, user
        self.board: board_service.Board | None = None
        self._loading = self._again = False
        self.model = RowsModel(
            [
                Column(QT_TRANSLATE_NOOP("Models", "Operator"), lambda r: r.name),
                Column(QT_TRANSLATE_NOOP("Models", "State"), lambda r: label(STATE_LABELS, r.state)),
                Column(QT_TRANSLATE_NOOP("Models", "For"), _for, align_right=True),
                Column(QT_TRANSLATE_NOOP("Models", "With whom"), _with, tooltip=_with),
                Column(QT_TRANSLATE_NOOP("Models", "Desk"), lambda r: r.desk),
                Column(QT_TRANSLATE_NOOP("Models", "Calls"), lambda r: fmt.count(r.calls), align_right=True),
                Column(QT_TRANSLATE_NOOP("Models", "Talk time"), lambda r: hms(r.talk_s), align_right=True),
                Column(
                    QT_TRANSLATE_NOOP("Models", "Orders"), lambda r: fmt.count(r.orders), align_right=True
                ),
                Column(
                    QT_TRANSLATE_NOOP("Models", "Sum"), lambda r: fmt.money(r.orders_sum), align_right=True
                ),
                Column(QT_TRANSLATE_NOOP("Models", "Offers accepted"), _offers, align_right=True),
            ],
            self,
        )
        self.ui.view.setModel(self.model)
        setup_readonly(self.ui.view, stretch_column=3)
        self.ui.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.reload)
        self.debounce = QTimer(self, singleShot=True, interval=300)
        self.debounce.timeout.connect(self.reload)
        hub.changed.connect(self._changed)
        self.poll = QTimer(self, interval=RELOAD_MS)
        self.poll.timeout.connect(self.reload)
        self.tick = QTimer(self, interval=1000)
        self.tick.timeout.connect(self._tick)
        self.poll.start()
        self.tick.start()
        self.reload()

    def _changed(self, changes: Changes) -> None:
        if any(getattr(changes, name) for name in WATCHED):
            self.debounce.start()

    def reload(self) -> None:
        if self._loading:  # one read at a time; a change heard meanwhile reads again after it
            self._again = True
            return
        self._loading, user = True, self.user
        self.ops.run(self, lambda: board_service.board(user), self._show, self._failed)

    def _failed(self, error: BaseException) -> None:
        from orderdesk_gui.ui import messages

        self._loading = False
        self.ui.summaryLabel.setText(messages.text(error))

    def _show(self, found: board_service.Board) -> None:
        self._loading = False
        self.board = found
        current = self.ui.view.currentIndex().row()
        self.model.set_rows(found.rows)
        if 0 <= current < self.model.rowCount():
            self.ui.view.selectRow(current)
        self._tick()
        if self._again:
            self._again = False
            self.reload()

    def _tick(self) -> None:
        found = self.board
        if found is None:
            return
        rows = found.rows
        if rows:  # the clocks of the "For" column
            column = 2
            self.model.dataChanged.emit(self.model.index(0, column), self.model.index(len(rows) - 1, column))
        on_call = sum(r.state == board_service.ON_CALL for r in rows)
        signed_in = sum(bool(r.desk) for r in rows)
        self.ui.summaryLabel.setText(
            self.tr("%s · signed in: %d · on a call: %d · callbacks due: %d, of them overdue: %d")
            % (
                fmt.local_time(clock.now_utc()),
                signed_in,
                on_call,
                found.callbacks_due,
                found.callbacks_overdue,
            )
        )
        t = found.totals
        self.ui.totalsLabel.setText(
            self.tr("Today: %s calls, talk time %s, %s orders for %s, offers accepted %s of %s")
            % (
                fmt.count(t.calls),
                hms(t.talk_s),
                fmt.count(t.orders),
                fmt.money(t.orders_sum),
                fmt.count(t.offers_accepted),
                fmt.count(t.offers),
            )
        )
