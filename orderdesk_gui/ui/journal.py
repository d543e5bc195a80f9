"""The call journal dock: today's calls, newest first, refreshed when a call is logged."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QLabel,
    QVBoxLayout,
    QWidget,
)

from orderdesk_gui.db import queries
from orderdesk_gui.domain.entities import CallRow
from orderdesk_gui.ui.models import call_journal_model
from orderdesk_gui.ui.views import readonly_table
from orderdesk_gui.ui.worker import DbWorker

REFRESH_MS = 60_000


def today_bounds_utc(now: dt.datetime | None = None) -> tuple[dt.datetime, dt.datetime]:
    """Start and end of the local calendar day, as naive UTC (the storage convention)."""
    local_now = (now or dt.datetime.now(dt.UTC)).astimezone()
    start_local = local_now.replace(hour=0, minute=0, second=0, microsecond=0)
    start = start_local.astimezone(dt.UTC).replace(tzinfo=None)
    return start, start + dt.timedelta(days=1)


class JournalPanel(QWidget):
    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.model = call_journal_model(self)
        self.summary = QLabel(self)
        self.view = readonly_table(self.model, self, "journalView")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.summary)
        layout.addWidget(self.view)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)

    def start(self) -> None:
        self.refresh()
        self._timer.start()

    def refresh(self) -> None:
        start, end = today_bounds_utc()
        self.worker.submit(lambda: queries.calls_between(start, end), self._show)

    def _show(self, calls: list[CallRow]) -> None:
        self.model.set_rows(calls)
        incoming = sum(1 for c in calls if c.direction == "in")
        orders = sum(1 for c in calls if c.outcome == "order_taken")
        self.summary.setText(
            self.tr("Today: %d calls (%d in, %d out), %d orders taken")
            % (len(calls), incoming, len(calls) - incoming, orders)
        )
