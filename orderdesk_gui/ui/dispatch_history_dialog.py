"""What was printed, saved, e-mailed or faxed for an order, failures in the operator's language."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from orderdesk_gui.domain.states import DispatchStatus
from orderdesk_gui.services import dispatch
from orderdesk_gui.ui import formatting as fmt
from orderdesk_gui.ui import messages


def error_text(stored: str) -> str:
    """A failure kept in the dispatch history, in the operator's language (a server's reply as is)."""
    error = dispatch.error_of(stored) if stored else None
    return messages.text(error) if error is not None else stored


class HistoryDialog(QDialog):
    """What was printed, saved, e-mailed or faxed for the order, and whether it went."""

    def __init__(self, number: str, rows: list[dispatch.DispatchRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from orderdesk_gui.ui.models import Column, RowsModel
        from orderdesk_gui.ui.views import setup_readonly

        self.setWindowTitle(self.tr("Documents of order %1").replace("%1", number))
        self.resize(760, 320)
        channels = {
            "email": self.tr("e-mail"),
            "fax_command": self.tr("fax"),
            "fax": self.tr("fax"),
            "fax_gateway": self.tr("fax by e-mail"),
            "print": self.tr("printed"),
            "pdf": self.tr("saved as PDF"),
        }
        kinds = {
            "confirmation": self.tr("confirmation"),
            "fax_sheet": self.tr("fax sheet"),
            "price_list": self.tr("price list"),
            "reference": self.tr("reference sheet"),
            "daily_report": self.tr("daily report"),
        }
        statuses = {
            DispatchStatus.SENT: self.tr("sent"),
            DispatchStatus.FAILED: self.tr("FAILED"),
        }
        self.model = RowsModel(
            [
                Column(self.tr("When"), lambda r: fmt.local_date(r.at) + " " + fmt.local_time(r.at)),
                Column(self.tr("Document"), lambda r: kinds.get(r.kind, r.kind)),
                Column(self.tr("How"), lambda r: channels.get(r.channel, r.channel)),
                Column(self.tr("To"), lambda r: r.recipient),
                Column(self.tr("Result"), lambda r: statuses.get(r.status, r.status)),
                Column(self.tr("By"), lambda r: r.user_name),
                Column(self.tr("Error"), lambda r: error_text(r.error)),
            ],
            self,
        )
        self.model.set_rows(rows)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        setup_readonly(self.view, stretch_column=6)
        empty = QLabel(self.tr("Nothing was printed or sent for this order yet."), self)
        empty.setVisible(not rows)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(empty)
        layout.addWidget(self.view)
        layout.addWidget(buttons)


# --- the controller -------------------------------------------------------------------------------
