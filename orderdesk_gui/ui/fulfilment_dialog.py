"""The fulfilment queue (D14): accepted orders waiting for the heads who control fulfilment."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialog, QWidget

from orderdesk_gui.services import ordering
from orderdesk_gui.ui import formatting as fmt
from orderdesk_gui.ui.forms.ui_fulfilment_dialog import Ui_FulfilmentDialog
from orderdesk_gui.ui.models import Column, RowsModel
from orderdesk_gui.ui.views import setup_readonly
from orderdesk_gui.ui.worker import DbWorker


class FulfilmentDialog(QDialog):
    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FulfilmentDialog()
        self.ui.setupUi(self)
        self.model = RowsModel(
            [
                Column(
                    QT_TRANSLATE_NOOP("Models", "Accepted"),
                    lambda r: fmt.local_date(r[3]) + " " + fmt.local_time(r[3]),
                ),
                Column(QT_TRANSLATE_NOOP("Models", "Number"), lambda r: r[0]),
                Column(QT_TRANSLATE_NOOP("Models", "Client"), lambda r: r[1]),
                Column(QT_TRANSLATE_NOOP("Models", "Sum"), lambda r: fmt.money(r[2]), align_right=True),
                Column(QT_TRANSLATE_NOOP("Models", "Department"), lambda r: r[4]),
            ],
            self,
        )
        self.ui.view.setModel(self.model)
        setup_readonly(self.ui.view, stretch_column=2)
        self.ui.buttons.rejected.connect(self.reject)
        worker.submit(ordering.fulfilment_queue, self._show)

    def _show(self, rows) -> None:
        self.model.set_rows(rows)
        self.ui.summaryLabel.setText(
            self.tr("%d accepted orders wait for fulfilment, oldest first.") % len(rows)
        )
