"""F7: whom the call goes to, said before it goes. The routing's proposal comes first and is chosen;
the others who can take a call today follow (the client's manager, finance, the heads, then by name).
Enter transfers to the chosen one; Esc keeps the call."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from orderdesk_gui.domain.routing import CHOSEN, Proposal
from orderdesk_gui.ui import messages
from orderdesk_gui.ui.caller import CallerController
from orderdesk_gui.ui.elided import never_wider
from orderdesk_gui.ui.forms.ui_transfer_dialog import Ui_TransferDialog
from orderdesk_gui.ui.models import PRESENCE_LABELS, ROLE_LABELS, label


class TransferDialog(QDialog):
    def __init__(
        self, caller: CallerController, choices: list[Proposal], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_TransferDialog()
        self.ui.setupUi(self)
        never_wider(self)
        self.caller = caller
        self.choices = choices
        ui = self.ui
        ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Transfer (Enter)"))
        card = caller.view.card if caller.view else None
        ui.headerLabel.setText(
            self.tr("Transfer the call of %s to:") % card.name if card else self.tr("Transfer the call to:")
        )
        for proposal in choices:
            person = proposal.target
            ext = (", " + self.tr("ext.") + " " + person.extension) if person.extension else ""
            role = label(ROLE_LABELS, person.role)
            text = f"{person.name} — {role}{ext}"
            if proposal.reason != CHOSEN:  # the routing's proposal says why (a code, or an admin's words)
                text += "\n    " + self.tr("proposed: %s") % messages.stored_text(proposal.reason)
            item = QListWidgetItem(text)
            if person.presence != "available":
                item.setText(item.text() + f" ({label(PRESENCE_LABELS, person.presence)})")
            item.setData(Qt.ItemDataRole.UserRole, proposal)
            ui.people.addItem(item)
        ui.people.setCurrentRow(0)
        ui.people.itemActivated.connect(lambda _item: self.accept())
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        ui.people.setFocus()

    def chosen(self) -> Proposal | None:
        item = self.ui.people.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def accept(self) -> None:
        proposal = self.chosen()
        super().accept()
        if proposal is not None:
            self.caller.transfer(proposal)


def open_transfer(caller: CallerController, parent: QWidget) -> TransferDialog | None:
    """F7: the choice of whom, or the caller's own message when there is nobody to transfer to."""
    choices = caller.view.transfers if caller.view else []
    if not choices:
        caller.transfer()  # says why not (no client on screen, nobody available)
        return None
    dialog = TransferDialog(caller, choices, parent)
    parent.transfer_dialog = dialog
    dialog.open()
    return dialog
