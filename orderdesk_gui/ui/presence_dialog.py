"""Presence and substitute (Shift+F11): for oneself, or (a head, an administrator) for one's people:
available, away, or absent until a day with the substitute who takes over meanwhile. Enter saves (it can
be set back at any time); Esc leaves it as it was."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from orderdesk_gui import clock
from orderdesk_gui.domain.entities import UserInfo
from orderdesk_gui.services import presence
from orderdesk_gui.ui import formatting as fmt
from orderdesk_gui.ui import messages
from orderdesk_gui.ui.forms.ui_presence_dialog import Ui_PresenceDialog
from orderdesk_gui.ui.models import PRESENCE_LABELS, label
from orderdesk_gui.ui.operations import Operations


class PresenceDialog(QDialog):
    def __init__(self, ops: Operations, user: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PresenceDialog()
        self.ui.setupUi(self)
        self.ops, self.user = ops, user
        self.people: list[presence.PersonPresence] = []
        self.saved: presence.PersonPresence | None = None
        ui = self.ui
        for state in presence.STATES:
            ui.presenceCombo.addItem(label(PRESENCE_LABELS, state), state)
        today = clock.today()
        ui.untilEdit.setDisplayFormat("dd.MM.yyyy")  # the year in full: an absence can cross New Year
        ui.untilEdit.setMinimumDate(fmt.qdate(today))
        ui.untilEdit.setDate(fmt.qdate(today))
        ui.buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        ui.buttons.accepted.connect(self._save)
        ui.buttons.rejected.connect(self.reject)
        ui.personCombo.currentIndexChanged.connect(self._person_chosen)
        ui.presenceCombo.currentIndexChanged.connect(self._enable)
        self.setEnabled(False)
        ops.run(self, lambda: presence.choices(user), self._loaded, self._failed)

    def _loaded(self, found) -> None:
        self.people, subs = found
        ui = self.ui
        ui.substituteCombo.addItem("—", None)
        for user_id, name in subs:
            ui.substituteCombo.addItem(name, user_id)
        for person in self.people:
            text = person.name + (f" · {person.department}" if person.department else "")
            ui.personCombo.addItem(text, person.user_id)
        ui.personCombo.setEnabled(len(self.people) > 1)  # an operator sets only their own
        self.setEnabled(True)
        self._person_chosen()
        (ui.personCombo if len(self.people) > 1 else ui.presenceCombo).setFocus()

    def _person_chosen(self) -> None:
        row = self.ui.personCombo.currentIndex()
        if not (0 <= row < len(self.people)):
            return
        person = self.people[row]
        ui = self.ui
        ui.presenceCombo.setCurrentIndex(max(0, ui.presenceCombo.findData(person.presence)))
        ui.untilEdit.setDate(fmt.qdate(max(person.absent_until or clock.today(), clock.today())))
        ui.substituteCombo.setCurrentIndex(max(0, ui.substituteCombo.findData(person.substitute_id)))
        self._enable()

    def _enable(self) -> None:
        state = self.ui.presenceCombo.currentData()
        self.ui.untilEdit.setEnabled(state == presence.ABSENT)
        self.ui.substituteCombo.setEnabled(state != presence.AVAILABLE and len(self.people) > 1)

    def _save(self) -> None:
        ui, user = self.ui, self.user
        target = ui.personCombo.currentData()
        state = ui.presenceCombo.currentData()
        until = ui.untilEdit.date().toPython() if state == presence.ABSENT else None
        substitute = ui.substituteCombo.currentData() if ui.substituteCombo.isEnabled() else None
        ui.buttons.setEnabled(False)
        self.ops.run(
            self,
            lambda: presence.set_presence(user, target, state, until, substitute),
            self._done,
            self._failed,
        )

    def _done(self, result: presence.PresenceSet) -> None:
        self.saved = result.person
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.setEnabled(True)
        self.ui.buttons.setEnabled(True)
        self.ui.messageLabel.setStyleSheet("color: #b00020; font-weight: bold;")
        self.ui.messageLabel.setText(messages.text(error))
