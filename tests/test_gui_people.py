"""The People and rights window driven by keys (issue 16 part 1), and the sign-in that asks for a new
password after a reset."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from orderdesk_gui.db import models as m
from tests.gui_helpers import press, shot, type_text

CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.mark.parametrize("lang", ["en", "ru", "kk"], indirect=True)
def test_the_people_window_from_the_keyboard(qtbot, open_desk, lang):
    app = open_desk("admin")
    window = app.window
    window.resize(1366, 768)
    QTest.keyClick(window, Qt.Key.Key_U, CTRL_ALT)
    qtbot.wait_until(lambda: window.board_actions.people_actions.people is not None, timeout=5000)
    shown = window.board_actions.people_actions.people
    ui = shown.ui
    qtbot.wait_until(lambda: shown.model.rowCount() > 3 and ui.rightsTable.rowCount() > 0, timeout=10000)
    assert ui.view.hasFocus()
    # Insert: a new person, typed field by field
    press(ui.view, Qt.Key.Key_Insert)
    from orderdesk_gui.ui.people_window import PersonDialog

    qtbot.wait_until(lambda: any(isinstance(c, PersonDialog) and c.isVisible() for c in shown.children()))
    dialog = next(c for c in shown.children() if isinstance(c, PersonDialog) and c.isVisible())
    d = dialog.ui
    qtbot.wait_until(d.loginEdit.hasFocus, timeout=5000)
    type_text(d.loginEdit, "zhanar")
    press(d.loginEdit, Qt.Key.Key_Tab)
    type_text(d.nameEdit, "Жанар Әлиқызы")
    d.passwordEdit.setFocus()
    type_text(d.passwordEdit, "1234")  # too short: refused in words, the dialog stays
    press(d.passwordEdit, Qt.Key.Key_Return)
    qtbot.wait_until(lambda: d.messageLabel.isVisible(), timeout=5000)
    assert not m.User.select().where(m.User.login == "zhanar").exists()
    d.passwordEdit.clear()
    type_text(d.passwordEdit, "first-pass-1")
    press(d.passwordEdit, Qt.Key.Key_Return)
    qtbot.wait_until(lambda: m.User.select().where(m.User.login == "zhanar").exists(), timeout=5000)
    made = m.User.get(m.User.login == "zhanar")
    assert made.full_name == "Жанар Әлиқызы" and made.must_change_password and made.role == "operator"
    qtbot.wait_until(lambda: shown.current() is not None and shown.current().login == "zhanar", timeout=5000)
    # Alt+D deactivates the selected person; Alt+A brings them back
    qtbot.wait_until(shown.isActiveWindow, timeout=5000)
    press(ui.view, Qt.Key.Key_Delete)  # Del (Alt+D) deactivates
    qtbot.wait_until(lambda: not m.User.get_by_id(made.id).active, timeout=5000)
    qtbot.wait_until(lambda: all(p.id != made.id for p in shown.model.rows()), timeout=5000)  # hidden
    ui.inactiveCheck.setFocus()  # Show inactive (Alt+W): they are listed after the active
    press(ui.inactiveCheck, Qt.Key.Key_Space)
    qtbot.wait_until(lambda: any(p.id == made.id for p in shown.model.rows()), timeout=5000)
    ui.view.setFocus()
    QTest.keyClick(ui.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    for _ in range(shown.model.rowCount()):
        if shown.current().id == made.id:
            break
        press(ui.view, Qt.Key.Key_Up)
    qtbot.wait_until(lambda: not shown.current().active, timeout=5000)
    press(ui.view, Qt.Key.Key_Delete)  # Del (Alt+A) reactivates
    qtbot.wait_until(lambda: m.User.get_by_id(made.id).active, timeout=5000)
    # the rights: Ctrl+Tab (Alt+I), a cell ticked with Space, Ctrl+S (Alt+S) saves
    QTest.keyClick(ui.view, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert ui.tabs.currentWidget() is ui.rightsTab
    table = ui.rightsTable
    table.setFocus()
    table.setCurrentCell(11, 0)  # view_reports, operator
    assert table.item(11, 0).checkState() == Qt.CheckState.Unchecked
    press(table, Qt.Key.Key_Space)
    assert table.item(11, 0).checkState() == Qt.CheckState.Checked
    QTest.keyClick(table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait_until(lambda: m.RolePermission.select().count() == 1, timeout=5000)
    assert m.RolePermission.get().permission == "view_reports"
    assert shown.width() <= 1366 and shown.height() <= 768
    shot(shown, f"people_rights_{lang}")
    ui.tabs.setCurrentWidget(ui.peopleTab)  # Alt+P
    ui.view.setFocus()
    press(ui.view, Qt.Key.Key_Home)  # back to the first column (Ctrl+End went to the last)
    shot(shown, f"people_{lang}")
    dialog = shown.edit()
    shot(dialog, f"people_person_{lang}")
    press(dialog.ui.nameEdit, Qt.Key.Key_Escape)
    QTest.keyClick(shown, Qt.Key.Key_Escape)
    qtbot.wait_until(lambda: not shown.isVisible())


def test_an_operator_has_no_people_key(qtbot, open_desk):
    window = open_desk("operator2").window
    assert not window.board_actions.people_actions.action.isVisible()
    QTest.keyClick(window, Qt.Key.Key_U, CTRL_ALT)
    assert window.board_actions.people_actions.people is None


def test_a_head_who_is_no_sales_head_reads_their_people(qtbot, open_desk):
    """The head of finance (role finance) has the key, as the service lets every department's head read
    their people; the window shows them only, read only."""
    window = open_desk("finance").window
    actions = window.board_actions.people_actions
    assert actions.action.isVisible()
    QTest.keyClick(window, Qt.Key.Key_U, CTRL_ALT)
    qtbot.wait_until(lambda: actions.people is not None, timeout=5000)
    shown = actions.people
    qtbot.wait_until(lambda: shown.model.rowCount() > 0, timeout=10000)
    finance = m.User.get(m.User.login == "finance")
    logins = {p.login for p in shown.model.rows()}
    mine = {u.login for u in m.User.select().where(m.User.department == finance.head_of_id)}
    assert logins and logins <= mine | {"finance"}
    assert not shown.data.editable


def test_sign_in_after_a_reset_asks_for_a_new_password_twice(qtbot, open_desk):
    from orderdesk_gui.db.queries import user_info
    from orderdesk_gui.services import auth, people

    app = open_desk(login=None, interactive=True)
    admin = auth._signed_in(user_info(m.User.get(m.User.login == "admin")))
    people.reset_password(admin, m.User.get(m.User.login == "operator").id, "temporary-1")
    dialog = app.login_dialog
    qtbot.wait_until(lambda: dialog.isVisible(), timeout=5000)
    dialog.ui.loginEdit.setFocus()
    dialog.ui.loginEdit.clear()
    type_text(dialog.ui.loginEdit, "operator")
    press(dialog.ui.loginEdit, Qt.Key.Key_Tab)
    type_text(dialog.ui.passwordEdit, "temporary-1")
    press(dialog.ui.passwordEdit, Qt.Key.Key_Return)
    qtbot.wait_until(lambda: getattr(dialog, "password_dialog", None) is not None, timeout=10000)
    ask = dialog.password_dialog
    shot(ask, "people_new_password_en")
    type_text(ask.ui.firstEdit, "mine-own-77")
    press(ask.ui.firstEdit, Qt.Key.Key_Tab)
    type_text(ask.ui.secondEdit, "mine-own-78")  # differ: asked again
    press(ask.ui.secondEdit, Qt.Key.Key_Return)
    assert ask.isVisible() and ask.ui.messageLabel.isVisible()
    type_text(ask.ui.secondEdit, "mine-own-77")
    with qtbot.wait_signal(app.window_shown, timeout=15000):
        press(ask.ui.secondEdit, Qt.Key.Key_Return)
    assert not m.User.get(m.User.login == "operator").must_change_password
    assert app.user.login == "operator"
