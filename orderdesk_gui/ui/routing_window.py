"""The Routing window (Ctrl+Alt+T; administrators and whoever may edit the routing, the services check):
the routing rules as a table (Insert adds, Enter or F2 edits in a form, Delete removes, Ctrl+Up/Ctrl+Down
move a rule up or down), each rule checked by the same validation as ``orderdesk routing load`` before it
is taken, all saved at once with Ctrl+S; the departments with their heads (set at once); and a preview of
where a client's call would go and why, by the desk's own routing, from the rules being edited or the
saved ones. Esc closes, asking first when rule changes are not saved."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from orderdesk_gui import clock
from orderdesk_gui.domain.debt import DebtRules
from orderdesk_gui.domain.entities import UserInfo
from orderdesk_gui.domain.routing import HEAD, TAKE_HERE, TRANSFER
from orderdesk_gui.services import routing
from orderdesk_gui.ui import messages
from orderdesk_gui.ui.client_card import ClientCardWidget, reason_text
from orderdesk_gui.ui.forms.ui_routing_rule_dialog import Ui_RoutingRuleDialog
from orderdesk_gui.ui.forms.ui_routing_window import Ui_RoutingWindow
from orderdesk_gui.ui.models import PURPOSE_LABELS, Column, RowsModel, label
from orderdesk_gui.ui.operations import Operations
from orderdesk_gui.ui.views import setup_readonly

CONTEXT = "RoutingWindow"
STEP_LABELS = {
    "client_manager": QT_TRANSLATE_NOOP("RoutingWindow", "the client's manager"),
    "key_account_manager": QT_TRANSLATE_NOOP("RoutingWindow", "any available key-account manager"),
    "finance": QT_TRANSLATE_NOOP("RoutingWindow", "finance"),
}
ACTION_LABELS = {
    TAKE_HERE: QT_TRANSLATE_NOOP("RoutingWindow", "take the call here"),
    TRANSFER: QT_TRANSLATE_NOOP("RoutingWindow", "transfer"),
}
NEW_LABELS = {  # client_is_new
    None: QT_TRANSLATE_NOOP("RoutingWindow", "new or known"),
    True: QT_TRANSLATE_NOOP("RoutingWindow", "new only"),
    False: QT_TRANSLATE_NOOP("RoutingWindow", "known only"),
}
NEW_CODES = {None: "either", True: "new", False: "known"}  # a combo keeps no None
DEBT_LABELS = {
    routing.DEBT_AS_BOOKED: QT_TRANSLATE_NOOP("RoutingWindow", "as in the books today"),
    routing.DEBT_RED: QT_TRANSLATE_NOOP("RoutingWindow", "red: orders stopped"),
    routing.DEBT_NONE: QT_TRANSLATE_NOOP("RoutingWindow", "no debt"),
}


def _words(text: str) -> str:
    """A text of the tables above in the interface language."""
    return QCoreApplication.translate(CONTEXT, text)


class _CardWords:
    """The client card's own sentences for a proposal (``route_text``), so the preview reads as the desk."""

    route_text = ClientCardWidget.route_text
    step_text = ClientCardWidget.step_text

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("ClientCardWidget", text)


class RoutingWindow(QDialog):
    def __init__(
        self, ops: Operations, user: UserInfo, debt_rules: DebtRules, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_RoutingWindow()
        self.ui.setupUi(self)
        self.ops, self.user, self.debt_rules = ops, user, debt_rules
        self.setup: routing.RoutingSetup | None = None
        self.saved: list[dict] = []
        self.rules: list[dict] = []
        self.rule_dialog: RoutingRuleDialog | None = None
        self.confirm: QMessageBox | None = None
        ui = self.ui
        self.rules_model = RowsModel(
            [
                Column(QT_TRANSLATE_NOOP("Models", "Priority"), lambda r: r["priority"], align_right=True),
                Column(QT_TRANSLATE_NOOP("Models", "Client type"), self._type_text),
                Column(
                    QT_TRANSLATE_NOOP("Models", "Purpose"),
                    lambda r: (
                        label(PURPOSE_LABELS, r["purpose"])
                        if r["purpose"]
                        else QCoreApplication.translate("RoutingWindow", "any")
                    ),
                ),
                Column(
                    QT_TRANSLATE_NOOP("Models", "New client"),
                    lambda r: _words(NEW_LABELS[r["client_is_new"]]),
                ),
                Column(QT_TRANSLATE_NOOP("Models", "Then"), self._then_text, tooltip=self._then_text),
                Column(
                    QT_TRANSLATE_NOOP("Models", "Reason"),
                    lambda r: reason_text(r["reason"]),
                    tooltip=lambda r: reason_text(r["reason"]),
                ),
            ],
            self,
        )
        ui.rulesView.setModel(self.rules_model)
        setup_readonly(ui.rulesView, stretch_column=4)  # what a rule does: the widest
        header = ui.rulesView.horizontalHeader()
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Interactive)  # the reason: a third, tooltip
        header.resizeSection(5, 340)
        self.departments_model = RowsModel(
            [
                Column(QT_TRANSLATE_NOOP("Models", "Code"), lambda d: d.code),
                Column(QT_TRANSLATE_NOOP("Models", "Department"), lambda d: d.name),
                Column(QT_TRANSLATE_NOOP("Models", "Head"), lambda d: d.head_name or "—"),
            ],
            self,
        )
        ui.departmentsView.setModel(self.departments_model)
        setup_readonly(ui.departmentsView, stretch_column=1)
        for code in routing.PREVIEW_PURPOSES:
            ui.purposeCombo.addItem(label(PURPOSE_LABELS, code), code)
        for code in routing.DEBT_CHOICES:
            ui.debtCombo.addItem(_words(DEBT_LABELS[code]), code)
        ui.whichCombo.addItem(self.tr("the rules being edited here"), True)
        ui.whichCombo.addItem(self.tr("the saved rules (as the desks route now)"), False)
        save = ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setAutoDefault(False)
        save.setShortcut(QKeySequence.StandardKey.Save)
        save.clicked.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        ui.addButton.clicked.connect(self.add_rule)
        ui.editButton.clicked.connect(self.edit_rule)
        ui.removeButton.clicked.connect(self.remove_rule)
        ui.upButton.clicked.connect(lambda: self.move_rule(-1))
        ui.downButton.clicked.connect(lambda: self.move_rule(1))
        ui.rulesView.doubleClicked.connect(self.edit_rule)
        ui.rulesView.installEventFilter(self)  # Insert, Delete, Enter/F2, Ctrl+Up/Down on the table
        ui.departmentsView.selectionModel().currentRowChanged.connect(self._department_chosen)
        ui.setHeadButton.clicked.connect(self.set_head)
        self.search = QTimer(self, singleShot=True, interval=250)
        self.search.timeout.connect(self.find_clients)
        ui.findEdit.textChanged.connect(self.search.start)
        ui.findEdit.returnPressed.connect(self.find_clients)
        ui.previewButton.clicked.connect(self.show_preview)
        for button in (ui.addButton, ui.editButton, ui.removeButton, ui.upButton, ui.downButton):
            button.setAutoDefault(False)
        self.setEnabled(False)
        ops.run(self, lambda: routing.setup(user), self._loaded, self._failed)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if watched is self.ui.rulesView and event.type() == QEvent.Type.KeyPress:
            key, ctrl = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            slot = {
                (Qt.Key.Key_Insert, False): self.add_rule,
                (Qt.Key.Key_Delete, False): self.remove_rule,
                (Qt.Key.Key_Return, False): self.edit_rule,
                (Qt.Key.Key_Enter, False): self.edit_rule,
                (Qt.Key.Key_F2, False): self.edit_rule,
                (Qt.Key.Key_Up, True): lambda: self.move_rule(-1),
                (Qt.Key.Key_Down, True): lambda: self.move_rule(1),
            }.get((key, ctrl))
            if slot is not None:
                slot()
                return True
        return super().eventFilter(watched, event)

    # -- words ----------------------------------------------------------------------------------------
    def _type_text(self, rule: dict) -> str:
        if not rule["client_type"]:
            return QCoreApplication.translate("RoutingWindow", "any")
        names = dict(self.setup.client_types) if self.setup else {}
        return names.get(rule["client_type"], rule["client_type"])

    def step_words(self, step: str) -> str:
        if step.startswith(HEAD):
            names = {d.code: d.name for d in self.setup.departments} if self.setup else {}
            code = step.removeprefix(HEAD)
            return self.tr("head of %s") % names.get(code, code)
        return _words(STEP_LABELS[step]) if step in STEP_LABELS else step

    def chain_words(self, chain: str) -> str:
        return " → ".join(self.step_words(s.strip()) for s in chain.split(",") if s.strip())

    def _then_text(self, rule: dict) -> str:
        text = _words(ACTION_LABELS.get(rule["action"], rule["action"]))
        if rule["action"] == TRANSFER:
            text += ": " + self.chain_words(rule["chain"])
        if rule["assign_chain"]:
            text += "; " + self.tr("a manager assigned by %s") % self.chain_words(rule["assign_chain"])
        return text

    # -- loading --------------------------------------------------------------------------------------
    def _loaded(self, found: routing.RoutingSetup) -> None:
        self.setup = found
        self.saved = [dict(r) for r in found.rules]
        self._show_rules([dict(r) for r in found.rules], 0)
        self._show_departments(found.departments)
        ui = self.ui
        ui.headCombo.addItem(self.tr("— nobody —"), None)
        ui.absentCombo.addItem(self.tr("nobody (presence as it is today)"), None)
        for user_id, name in found.people:
            ui.headCombo.addItem(name, user_id)
            ui.absentCombo.addItem(name, user_id)
        self.setEnabled(True)
        ui.rulesView.setFocus()

    def _show_rules(self, rules: list[dict], current: int | None = None) -> None:
        self.rules = sorted(rules, key=lambda r: r["priority"])
        self.rules_model.set_rows(self.rules)
        if current is not None and self.rules:
            self.ui.rulesView.selectRow(max(0, min(current, len(self.rules) - 1)))
        self._mark_dirty()

    def _mark_dirty(self) -> None:
        title = self.tr("Routing: departments, heads and rules")
        self.setWindowTitle(title + (" *" if self.dirty else ""))

    @property
    def dirty(self) -> bool:
        return self.rules != self.saved

    def _show_departments(self, departments) -> None:
        row = max(0, self.ui.departmentsView.currentIndex().row())
        self.departments_model.set_rows(departments)
        if departments:
            self.ui.departmentsView.selectRow(min(row, len(departments) - 1))
            self._department_chosen()

    def _current_rule(self) -> int | None:
        row = self.ui.rulesView.currentIndex().row()
        return row if 0 <= row < len(self.rules) else None

    # -- rules ----------------------------------------------------------------------------------------
    def add_rule(self) -> None:
        top = max((r["priority"] for r in self.rules), default=0)
        rule = dict(
            priority=top + 10,
            action=TAKE_HERE,
            client_type="",
            purpose="",
            client_is_new=None,
            chain="",
            assign_chain="",
            reason="",
        )
        self._open_rule(rule, None)

    def edit_rule(self) -> None:
        row = self._current_rule()
        if row is not None:
            self._open_rule(dict(self.rules[row]), row)

    def _open_rule(self, rule: dict, row: int | None) -> None:
        if self.setup is None:
            return
        others = list(self.rules)

        def candidate(edited: dict) -> list[dict]:
            rules = list(others)
            if row is None:
                rules.append(edited)
            else:
                rules[row] = edited
            return rules

        self.rule_dialog = RoutingRuleDialog(self.ops, self.user, self, rule, candidate)
        self.rule_dialog.accepted.connect(self._rule_taken)
        self.rule_dialog.open()

    def _rule_taken(self) -> None:
        dialog = self.rule_dialog
        if dialog is None or dialog.checked is None:
            return
        priority = dialog.edited_priority
        self._show_rules(dialog.checked)
        row = next((i for i, r in enumerate(self.rules) if r["priority"] == priority), 0)
        self.ui.rulesView.selectRow(row)
        self.activateWindow()  # back from the form: the keys (Ctrl+S, Esc) are this window's again
        self.ui.rulesView.setFocus()

    def remove_rule(self) -> None:
        row = self._current_rule()
        if row is not None:
            self._show_rules(self.rules[:row] + self.rules[row + 1 :], row)

    def move_rule(self, step: int) -> None:
        """Swap the priorities of this rule and its neighbour: the order in which they are tried."""
        row = self._current_rule()
        if row is None or not (0 <= row + step < len(self.rules)):
            return
        rules = [dict(r) for r in self.rules]
        a, b = rules[row], rules[row + step]
        a["priority"], b["priority"] = b["priority"], a["priority"]
        self._show_rules(rules, row + step)

    def save(self) -> None:
        if self.setup is None:
            return
        user, rules = self.user, [dict(r) for r in self.rules]
        self.ui.buttons.setEnabled(False)
        self.ops.run(self, lambda: routing.save_rules(user, rules), self._saved, self._failed)

    def _saved(self, result: routing.RulesSaved) -> None:
        self.ui.buttons.setEnabled(True)
        self.saved = [dict(r) for r in result.rules]
        row = self._current_rule()
        self._show_rules([dict(r) for r in result.rules], row)
        self._say(
            self.tr("Routing rules saved: %d. The desks route by them from the next call.") % result.count
        )

    # -- departments ----------------------------------------------------------------------------------
    def _department_chosen(self, *_args) -> None:
        dept = self.departments_model.row_at(self.ui.departmentsView.currentIndex().row())
        if dept is not None:
            self.ui.headCombo.setCurrentIndex(max(0, self.ui.headCombo.findData(dept.head_id)))

    def set_head(self) -> None:
        dept = self.departments_model.row_at(self.ui.departmentsView.currentIndex().row())
        if dept is None:
            return
        user, code, head = self.user, dept.code, self.ui.headCombo.currentData()
        self.ops.run(self, lambda: routing.set_head(user, code, head), self._head_set, self._failed)

    def _head_set(self, result: routing.HeadSet) -> None:
        self._show_departments(result.departments)
        dept = self.departments_model.row_at(self.ui.departmentsView.currentIndex().row())
        if dept is not None:
            self._say(self.tr("Head of %s: %s") % (dept.name, dept.head_name or "—"))

    # -- preview --------------------------------------------------------------------------------------
    def find_clients(self) -> None:
        self.search.stop()
        user, text = self.user, self.ui.findEdit.text()
        if not text.strip():
            return
        self.ops.run(self, lambda: routing.find_clients(user, text), self._clients, self._failed)

    def _clients(self, hits: list[tuple[int, str, str]]) -> None:
        combo = self.ui.clientCombo
        combo.clear()
        for client_id, code, name in hits:
            combo.addItem(f"{name} · {code}", client_id)
        if not hits:
            self._say(self.tr("No client found."), error=True)

    def show_preview(self) -> None:
        ui = self.ui
        client_id = ui.clientCombo.currentData()
        if client_id is None:
            self._say(self.tr("Find a client first."), error=True)
            ui.findEdit.setFocus()
            return
        user, today, debt_rules = self.user, clock.today(), self.debt_rules
        purpose, debt, absent = (
            ui.purposeCombo.currentData(),
            ui.debtCombo.currentData(),
            ui.absentCombo.currentData(),
        )
        rules = [dict(r) for r in self.rules] if ui.whichCombo.currentData() else None
        self.ops.run(
            self,
            lambda: routing.preview(user, client_id, purpose, today, debt_rules, debt, absent, rules),
            self._previewed,
            self._failed,
        )

    def preview_words(self, shown: routing.Preview) -> str:
        esc = html.escape
        who = f"<b>{esc(shown.client_name)}</b> ({esc(shown.client_type)}; "
        who += self.tr("manager: %s") % esc(shown.manager_name or "—") + ")"
        lines = [
            self.tr("%s, a call about: %s.") % (who, esc(label(PURPOSE_LABELS, shown.purpose))),
        ]
        if shown.absent_name:
            lines.append(self.tr("Taken as absent today: %s.") % esc(shown.absent_name))
        lines.append(_CardWords().route_text(shown.proposal, shown.debt_route))
        if shown.debt_route:
            why = self.tr(
                "red debt: an order call goes to the client's manager, else to finance, whatever the rules."
            )
        elif shown.rule is None:
            why = self.tr("no rule matches this call: it is taken here.")
        else:
            index = next((i for i, r in enumerate(self.rules) if r["priority"] == shown.rule.priority), None)
            why = self.tr(
                "the rule with priority %d matched (the first that fits, lowest priority first)"
            ) % (shown.rule.priority)
            if index is not None and self.ui.whichCombo.currentData():
                why += " " + self.tr("(row %d of the table)") % (index + 1)
            why += "."
        lines.append(self.tr("Why: %s") % esc(why))
        return "<br>".join(lines)

    def _previewed(self, shown: routing.Preview) -> None:
        self.ui.resultLabel.setText(self.preview_words(shown))
        self._say("")

    # -- the rest -------------------------------------------------------------------------------------
    def _say(self, text: str, error: bool = False) -> None:
        self.ui.messageLabel.setStyleSheet("color: #b00020; font-weight: bold;" if error else "")
        self.ui.messageLabel.setText(text)

    def _failed(self, error: BaseException) -> None:
        self.setEnabled(True)
        self.ui.buttons.setEnabled(True)
        self._say(messages.text(error), error=True)

    def reject(self) -> None:
        """Esc and Close: with rule changes not saved, ask first."""
        if not self.dirty:
            super().reject()
            return
        self.confirm = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Routing"),
            self.tr("The rule changes are not saved. Close and lose them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self,
        )
        self.confirm.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.confirm.finished.connect(self._confirmed)
        self.confirm.open()

    def _confirmed(self, answer: int) -> None:
        if answer == QMessageBox.StandardButton.Discard:
            self.saved = list(self.rules)
            super().reject()


class StepCompleter(QCompleter):
    """The steps of a chain picked as they are typed: after the last comma, a list of every step by its
    code and its words ("head:sales  (head of Sales)"), matched anywhere in the code; Enter or Tab puts the
    code in and keeps the steps before it."""

    def __init__(self, steps: list[tuple[str, str]], edit: QLineEdit) -> None:
        model = QStandardItemModel(edit)
        for code, words in steps:
            item = QStandardItem(f"{code}  ({words})")
            item.setData(code, Qt.ItemDataRole.UserRole)
            model.appendRow(item)
        super().__init__(model, edit)
        self.setCompletionRole(Qt.ItemDataRole.UserRole)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setWidget(edit)
        self.activated[QModelIndex].connect(self._chosen)
        edit.textEdited.connect(self._typed)

    def _typed(self, text: str) -> None:
        edit = self.widget()
        before = text[: edit.cursorPosition()]
        self.setCompletionPrefix(before.rsplit(",", 1)[-1].strip())
        self.complete()

    def _chosen(self, index: QModelIndex) -> None:
        edit = self.widget()
        text, at = edit.text(), edit.cursorPosition()
        head = text[:at].rpartition(",")[0]
        tail = text[at:].partition(",")[2]  # the steps after the cursor stay
        before = [s.strip() for s in head.split(",") if s.strip()] + [index.data(Qt.ItemDataRole.UserRole)]
        after = [s.strip() for s in tail.split(",") if s.strip()]
        edit.setText(", ".join(before + after))
        edit.setCursorPosition(len(", ".join(before)))


class RoutingRuleDialog(QDialog):
    """One rule in a form; OK checks the whole list with it in place by ``routing load``'s validation
    (the service), and takes it only when valid; a refusal is shown here and nothing changes."""

    def __init__(self, ops: Operations, user: UserInfo, window: RoutingWindow, rule: dict, candidate) -> None:
        super().__init__(window)
        self.ui = Ui_RoutingRuleDialog()
        self.ui.setupUi(self)
        self.ops, self.user, self.candidate = ops, user, candidate
        self.checked: list[dict] | None = None
        self.edited_priority: int | None = None
        ui, setup = self.ui, window.setup
        ui.prioritySpin.setValue(int(rule["priority"]))
        ui.typeCombo.addItem(QCoreApplication.translate("RoutingWindow", "any"), "")
        for code, name in setup.client_types:
            ui.typeCombo.addItem(name, code)
        ui.purposeCombo.addItem(QCoreApplication.translate("RoutingWindow", "any"), "")
        for code in routing.PREVIEW_PURPOSES:
            ui.purposeCombo.addItem(label(PURPOSE_LABELS, code), code)
        for value, text in NEW_LABELS.items():
            ui.newCombo.addItem(_words(text), NEW_CODES[value])
        for value, text in ACTION_LABELS.items():
            ui.actionCombo.addItem(_words(text), value)
        for combo, value in (
            (ui.typeCombo, rule["client_type"]),
            (ui.purposeCombo, rule["purpose"]),
            (ui.newCombo, NEW_CODES[rule["client_is_new"]]),
            (ui.actionCombo, rule["action"]),
        ):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        ui.chainEdit.setText(rule["chain"])
        ui.assignEdit.setText(rule["assign_chain"])
        ui.reasonEdit.setText(rule["reason"])
        known = [(s, window.step_words(s)) for s in setup.steps]
        self.step_names = dict(known)  # code -> words, for the read-back
        self.completers = []
        for edit, words in ((ui.chainEdit, ui.chainWordsLabel), (ui.assignEdit, ui.assignWordsLabel)):
            edit.setPlaceholderText("client_manager, head:sales")
            self.completers.append(StepCompleter(known, edit))
            edit.textChanged.connect(lambda text, words=words: self._read_back(text, words))
            self._read_back(edit.text(), words)
        steps = "; ".join(
            f"<b>{html.escape(s)}</b>: {html.escape(window.step_words(s))}" for s in setup.steps
        )
        ui.stepsLabel.setText(self.tr("Steps, separated by commas, tried in order: %s") % steps)
        ui.buttons.accepted.connect(self.check)
        ui.buttons.rejected.connect(self.reject)
        ui.prioritySpin.setFocus()
        ui.prioritySpin.selectAll()

    def _read_back(self, text: str, words: QLabel) -> None:
        """The chain as typed, in words, an unknown step marked, so a typo shows before OK."""
        unknown = self.tr("unknown step")
        parts = []
        for step in (s.strip() for s in text.split(",")):
            if not step:
                continue
            said = self.step_names.get(step)
            parts.append(html.escape(said) if said is not None else f"<b>{html.escape(step)}</b> ({unknown})")
        words.setText(" → ".join(parts))
        words.setVisible(bool(parts))
        self.ui.messageLabel.clear()  # a refusal was about the chain as it was

    def rule(self) -> dict:
        ui = self.ui
        return dict(
            priority=ui.prioritySpin.value(),
            action=ui.actionCombo.currentData(),
            client_type=ui.typeCombo.currentData(),
            purpose=ui.purposeCombo.currentData(),
            client_is_new={code: value for value, code in NEW_CODES.items()}[ui.newCombo.currentData()],
            chain=ui.chainEdit.text(),
            assign_chain=ui.assignEdit.text(),
            reason=ui.reasonEdit.text(),
        )

    def check(self) -> None:
        user, rules = self.user, self.candidate(self.rule())
        self.edited_priority = self.ui.prioritySpin.value()
        self.ui.buttons.setEnabled(False)
        self.ops.run(self, lambda: routing.check_rules(user, rules), self._checked, self._refused)

    def _checked(self, clean: list[dict]) -> None:
        self.checked = clean
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.ui.buttons.setEnabled(True)
        self.ui.messageLabel.setStyleSheet("color: #b00020; font-weight: bold;")
        self.ui.messageLabel.setText(messages.text(error))
