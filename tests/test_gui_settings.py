"""The Settings dialog (Ctrl+Alt+S) driven by keys: an administrator changes an office-wide setting and this
desk's own, Ctrl+Enter saves (Enter in a field does not), the database and settings.json hold them, and a
bad value is refused in words with the cursor on it; an operator edits only this desk's. Pictures at
1366x768 in en, ru and kk."""

from __future__ import annotations

import json

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from orderdesk_gui import config
from orderdesk_gui.db import models as m
from orderdesk_gui.services import settings as office
from orderdesk_gui.ui.settings_dialog import SettingsDialog
from tests.gui_helpers import shot


def _dialog(qtbot, window) -> SettingsDialog:
    qtbot.keyClick(
        window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), SettingsDialog) or _find(window))
    return _find(window)


def _closed(dialog) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def _find(window):
    found = [d for d in window.findChildren(SettingsDialog) if d.isVisible()]
    return found[0] if found else None


def _go(qtbot, dialog, group: str, key: str) -> None:
    """Choose the group in the list by keys, then Tab to the setting's field."""
    row = [g.name for g in office.GROUPS].index(group)
    dialog.ui.groupList.setFocus()
    qtbot.keyClick(dialog.ui.groupList, Qt.Key.Key_Home)
    for _ in range(row):
        qtbot.keyClick(dialog.ui.groupList, Qt.Key.Key_Down)
    target = dialog.editors[key]
    for _ in range(40):
        if dialog.focusWidget() is target:
            return
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {key}")


def _type(qtbot, dialog, text: str) -> None:
    field = dialog.focusWidget()
    field.selectAll()
    qtbot.keyClicks(field, text)


def test_an_administrator_changes_settings_by_keys(qtbot, open_desk, tmp_path):
    settings = config.Settings()
    app = open_desk("admin", settings=settings)
    window = app.window
    window.resize(1366, 768)
    dialog = _dialog(qtbot, window)
    assert dialog is not None and dialog.admin
    _go(qtbot, dialog, "Debt thresholds", "debt.amber_days")
    _type(qtbot, dialog, "7")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)  # Enter in a field does not save
    assert dialog.isVisible()
    _go(qtbot, dialog, "This desk", "desk.name")
    _type(qtbot, dialog, "Desk 3")
    _go(qtbot, dialog, "Sleeping clients", "sleeping.margin")
    _type(qtbot, dialog, "NaN")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.ui.messageLabel.text() != "", timeout=5000)
    assert dialog.isVisible() and dialog.focusWidget() is dialog.editors["sleeping.margin"]
    assert m.AppSetting.get_or_none(m.AppSetting.key == "debt.amber_days") is None  # nothing written
    shot(dialog, "en_settings_refused")
    _type(qtbot, dialog, "0,6")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _closed(dialog), timeout=5000)
    assert m.AppSetting.get_by_id("debt.amber_days").value == "7"
    assert m.AppSetting.get_by_id("sleeping.margin").value == "0.6"
    assert settings.get(config.DEBT_AMBER_DAYS) == 7
    saved = json.loads(settings.path.read_text(encoding="utf-8"))
    assert saved["desk.name"] == "Desk 3" and "debt.amber_days" not in saved
    audit = m.AuditEvent.select().where(m.AuditEvent.action == "settings_changed").get()
    assert json.loads(audit.details)["changes"]["debt.amber_days"]["new"] == "7"


def test_esc_leaves_everything_as_it_was(qtbot, open_desk):
    app = open_desk("admin")
    dialog = _dialog(qtbot, app.window)
    _go(qtbot, dialog, "Orders", "orders.min_suggestions")
    _type(qtbot, dialog, "5")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: _closed(dialog))
    assert m.AppSetting.get_or_none(m.AppSetting.key == "orders.min_suggestions") is None


def test_an_operator_edits_only_this_desk(qtbot, open_desk):
    app = open_desk("operator")
    dialog = _dialog(qtbot, app.window)
    assert not dialog.admin
    assert not dialog.editors["debt.amber_days"].isEnabled()
    assert dialog.editors["desk.name"].isEnabled() and dialog.editors["printing.printer"].isEnabled()


@pytest.mark.parametrize("group", ["Company and logo", "Mail", "Debt thresholds", "This desk"])
def test_the_groups_at_1366_in_each_language(qtbot, open_desk, lang, group):
    app = open_desk("admin")
    window = app.window
    window.resize(1366, 768)
    dialog = _dialog(qtbot, window)
    dialog.ui.groupList.setCurrentRow([g.name for g in office.GROUPS].index(group))
    qtbot.wait(50)
    for key in [k for g in office.GROUPS if g.name == group for k in g.keys]:
        editor = dialog.editors[key]
        label = dialog.ui.pages.currentWidget().widget().layout()
        assert editor.isVisible()
    # a label is never cut: each wraps, and the page scrolls rather than squeezes
    page = dialog.ui.pages.currentWidget().widget()
    for child in page.findChildren(type(dialog.ui.messageLabel)):
        assert child.wordWrap()
        assert child.height() >= child.heightForWidth(child.width()) - 1, child.text()
    assert label is not None
    shot(dialog, f"{lang}_settings_{group.split()[0].lower()}")
