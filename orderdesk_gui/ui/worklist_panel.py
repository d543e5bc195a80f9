"""The sleeping-client worklist (D16): clients overdue against their own rhythm, by value lost.

Computed on the worker with progress; Enter on a row opens the client's card with an outbound call.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from orderdesk_gui import clock, config
from orderdesk_gui.domain.journal import SleepingClient
from orderdesk_gui.ui import formatting as fmt
from orderdesk_gui.ui.guarded import submit
from orderdesk_gui.ui.models import Column, RowsModel
from orderdesk_gui.ui.views import setup_readonly
from orderdesk_gui.ui.words import IN_PROGRESS, outcome_word
from orderdesk_gui.ui.worker import DbWorker


def _last_called(row: SleepingClient) -> str:
    if row.last_called_at is None:
        return ""
    return f"{fmt.local_date(row.last_called_at)} {fmt.local_time(row.last_called_at)}"


def worklist_model(parent=None) -> RowsModel[SleepingClient]:
    return RowsModel(
        [
            Column(QT_TRANSLATE_NOOP("Models", "Client"), lambda r: r.name, tooltip=lambda r: r.code),
            Column(QT_TRANSLATE_NOOP("Models", "City"), lambda r: r.city),
            Column(QT_TRANSLATE_NOOP("Models", "Manager"), lambda r: r.manager_name),
            Column(QT_TRANSLATE_NOOP("Models", "Last order"), lambda r: r.last_order_on.strftime("%d.%m.%Y")),
            Column(
                QT_TRANSLATE_NOOP("Models", "Usual interval, days"),
                lambda r: r.usual_interval_days,
                align_right=True,
            ),
            Column(QT_TRANSLATE_NOOP("Models", "Days overdue"), lambda r: r.days_overdue, align_right=True),
            Column(
                QT_TRANSLATE_NOOP("Models", "Value lost"), lambda r: fmt.money(r.value_lost), align_right=True
            ),
            Column(QT_TRANSLATE_NOOP("Models", "Last called"), _last_called),
            Column(
                QT_TRANSLATE_NOOP("Models", "Outcome"),
                lambda r: outcome_word(r.last_outcome, IN_PROGRESS) if r.last_called_at else "",
            ),
        ],
        parent,
    )


class WorklistPanel(QWidget):
    """The list of sleeping clients; emits ``call_requested(client_id)`` on Enter or double-click."""

    call_requested = Signal(int)
    loaded = Signal(int)  # rows shown
    progress = Signal(float)  # 0..1, emitted from the worker thread, delivered queued

    def __init__(self, worker: DbWorker, settings: config.Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker, self.settings = worker, settings
        self.model = worklist_model(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.summary = QLabel(self)
        self.summary.setObjectName("worklistSummary")
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("worklistFilter")
        self.filter_edit.setPlaceholderText(self.tr("Filter by client, city or manager"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("worklistProgress")
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setMaximumWidth(220)
        self.progress_bar.hide()
        self.refresh_button = QPushButton(self.tr("Recompute"), self)
        self.refresh_button.setToolTip(self.tr("Compute the worklist again from the order history"))
        self.refresh_button.clicked.connect(self.refresh)

        self.view = QTableView(self)
        self.view.setObjectName("worklistView")
        self.view.setModel(self.proxy)
        setup_readonly(self.view, stretch_column=0)
        self.view.activated.connect(self._activated)

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.progress_bar)
        top.addWidget(self.filter_edit)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addLayout(top)
        layout.addWidget(self.view)

        self.progress.connect(self._progress)
        self._loading = False
        self._loaded = False
        self.summary.setText(self.tr("Open this list to compute the sleeping clients."))

    # -- loading ------------------------------------------------------------------------
    def ensure_loaded(self) -> None:
        if not self._loaded and not self._loading:
            self.refresh()

    def refresh(self, today: dt.date | None = None) -> None:
        """Compute the worklist on the worker (rhythm rebuilt first on an older database)."""
        if self._loading:
            return
        from orderdesk_gui.services import sleeping

        today = today or clock.today()
        policy = sleeping.policy_from(self.settings)
        emit = self.progress.emit
        last = [-1]

        def report(share: float) -> None:
            percent = int(share * 100)
            if percent != last[0]:  # at most a hundred queued signals, whatever the list size
                last[0] = percent
                emit(min(1.0, max(0.0, percent / 100)))

        self._loading = True
        self.refresh_button.setEnabled(False)
        self.progress_bar.setValue(0)
        self.progress_bar.show()
        self.summary.setText(self.tr("Computing the sleeping clients from the order history…"))
        submit(
            self.worker,
            self,
            lambda: sleeping.fresh_worklist(today, policy, report),
            self._show,
            self._failed,
        )

    def _progress(self, share: float) -> None:
        self.progress_bar.setValue(int(share * 100))

    def _show(self, rows: list[SleepingClient]) -> None:
        self._loading, self._loaded = False, True
        self.refresh_button.setEnabled(True)
        self.progress_bar.hide()
        current = self.current()
        self.model.set_rows(rows)
        lost = sum((r.value_lost for r in rows), Decimal(0))
        self.summary.setText(
            self.tr("%d sleeping clients, %s lost against their usual orders; Enter calls the client")
            % (len(rows), fmt.money(lost))
        )
        row = 0
        if current is not None:
            row = next((i for i, r in enumerate(rows) if r.client_id == current.client_id), 0)
        if rows:
            self.view.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))
        self.loaded.emit(len(rows))

    def _failed(self, error: BaseException) -> None:
        self._loading = False
        self.refresh_button.setEnabled(True)
        self.progress_bar.hide()
        self.summary.setText(self.tr("The worklist could not be computed: %s") % error)

    def mark_called(self, client_id: int, outcome: str, at_utc: dt.datetime) -> None:
        """Show a call just made from the list on its row (last called, outcome) in place."""
        rows = self.model.rows()
        for i, row in enumerate(rows):
            if row.client_id == client_id:
                rows[i] = replace(row, last_called_at=at_utc, last_outcome=outcome)
                break
        else:
            return
        current = self.current()
        self.model.set_rows(rows)
        if current is not None:
            row = next((i for i, r in enumerate(rows) if r.client_id == current.client_id), 0)
            self.view.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))

    # -- choosing ---------------------------------------------------------------------------
    def current(self) -> SleepingClient | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def _activated(self, _index) -> None:
        row = self.current()
        if row is not None:
            self.call_requested.emit(row.client_id)
