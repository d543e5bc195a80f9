"""The first-run window on an empty database: typed by keyboard alone, it sets the company up, then the
normal sign-in takes the new administrator; Enter never creates a company with a bad value; Esc asks.

``ORDERDESK_SHOTS=shots pytest tests/test_gui_setup.py`` saves its pages (1366x768, en/ru/kk).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from orderdesk_gui import config
from orderdesk_gui.db import models as m
from orderdesk_gui.services import auth
from tests.gui_helpers import press, shot, type_text
from tests.test_gui_languages import in_language

BIN = "990140000126"


@pytest.fixture
def first_run(qtbot, sqlite_url):
    """OrderDesk started on an empty database: the setup window is up instead of sign-in."""
    from orderdesk_gui.ui.app import OrderDeskApp

    app = OrderDeskApp(config.Settings(), sqlite_url, interactive=True)
    with qtbot.wait_signal(app.opened, timeout=15000):
        app.start()
    qtbot.wait_until(lambda: app.setup_dialog is not None and app.setup_dialog.isVisible(), timeout=10000)
    qtbot.addWidget(app.setup_dialog)
    app.setup_dialog.confirm_quit = lambda: True  # closed at the end of a test: nothing to ask
    yield app
    if app.login_dialog is not None:
        app.login_dialog.close()
    app.setup_dialog.close()
    app.shutdown()


def focused():
    return QApplication.focusWidget()


def tab_type(text: str) -> None:
    """Type into the field that has the cursor, then Tab on, as a person does."""
    type_text(focused(), text)
    press(focused(), Qt.Key.Key_Tab)


def test_a_new_company_typed_by_keyboard_then_its_administrator_signs_in(qtbot, first_run):
    dialog = first_run.setup_dialog
    ui = dialog.ui
    assert first_run.login_dialog is None  # no sign-in to a database no one can sign in to
    assert focused() is ui.nameEdit
    tab_type("ТОО «Қазақ Өнім»")
    type_text(focused(), "990140000125")  # a digit mistyped
    press(focused(), Qt.Key.Key_Return)  # Enter: not on with a bad BIN
    assert ui.pages.currentIndex() == 0 and focused() is ui.binEdit
    assert "check digit" in ui.messageLabel.text()
    QTest.keyClick(ui.binEdit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    tab_type(BIN)
    tab_type("г. Алматы, ул. Абая, 1")
    tab_type("+7 727 111 22 33")
    press(focused(), Qt.Key.Key_Tab)  # no fax
    tab_type("office@qazaq.kz")
    tab_type("АО «Халык Банк»")
    tab_type("KZ86125KZT5004100100")
    type_text(focused(), "HSBKKZKX")
    press(focused(), Qt.Key.Key_Return)  # page 2
    assert ui.pages.currentIndex() == 1 and focused() is ui.loginEdit
    QTest.keyClick(ui.loginEdit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    tab_type("asel")
    tab_type("Әсел Нұрланова")
    tab_type("s3cret-pass")
    type_text(focused(), "s3cret-pasz")
    press(focused(), Qt.Key.Key_Return)
    assert ui.pages.currentIndex() == 1 and focused() is ui.repeatEdit  # the two passwords differ
    assert "differ" in ui.messageLabel.text()
    type_text(ui.repeatEdit, "s3cret-pass")
    press(focused(), Qt.Key.Key_Return)  # page 3: the lists, prefilled
    assert ui.pages.currentIndex() == 2 and focused() is ui.departmentsTable
    assert ui.departmentsTable.rowCount() == 7 and ui.typesTable.rowCount() == 5
    # rename the first client type (retail) by keyboard: Tab to the types, F2 on its name
    press(focused(), Qt.Key.Key_Tab)
    press(focused(), Qt.Key.Key_Tab)
    press(focused(), Qt.Key.Key_Tab)
    assert focused() is ui.typesTable
    ui.typesTable.setCurrentCell(0, 1)
    press(ui.typesTable, Qt.Key.Key_F2)
    editor = focused()
    QTest.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(editor, "Магазин")
    press(editor, Qt.Key.Key_Return)  # the cell's edit ends; the company is not created yet
    qtbot.wait_until(lambda: ui.typesTable.item(0, 1).text() == "Магазин")
    qtbot.wait(200)
    assert first_run.setup_dialog.created is None and not ui.messageLabel.isVisible() and not auth.has_users()
    shot(dialog, "en_setup_lists")
    with qtbot.wait_signal(first_run.setup_dialog.accepted, timeout=15000):
        press(ui.typesTable, Qt.Key.Key_Return)  # Enter on the last page, every value right: created
    qtbot.wait_until(lambda: first_run.login_dialog is not None and first_run.login_dialog.isVisible())
    login = first_run.login_dialog
    assert login.ui.loginEdit.text() == "asel" and "asel" in login.ui.messageLabel.text()
    shot(login, "en_setup_then_sign_in")
    assert {r.key: r.value for r in m.AppSetting.select()}["company.tax_id"] == BIN
    assert m.ClientType.get(m.ClientType.code == "retail").name == "Магазин"
    assert m.User.get(m.User.login == "asel").role == "admin"
    assert first_run.settings.get(config.COMPANY_NAME) == "ТОО «Қазақ Өнім»"  # documents print it now
    assert first_run.settings.get(config.COMPANY_FAX) == ""  # not the config's example fax
    type_text(login.ui.passwordEdit, "s3cret-pass")
    with qtbot.wait_signal(first_run.window_shown, timeout=15000):
        press(login.ui.passwordEdit, Qt.Key.Key_Return)
    qtbot.addWidget(first_run.window)
    assert first_run.user.login == "asel" and first_run.user.role == "admin"


def test_enter_on_the_last_page_points_at_a_bad_value_elsewhere(qtbot, first_run):
    dialog = first_run.setup_dialog
    ui = dialog.ui
    type_text(ui.nameEdit, "ТОО «Ақ»")
    ui.binEdit.setText(BIN)
    press(ui.nameEdit, Qt.Key.Key_Return)
    ui.fullNameEdit.setText("Root")
    ui.passwordEdit.setText("s3cret-pass")
    ui.repeatEdit.setText("s3cret-pass")
    press(ui.loginEdit, Qt.Key.Key_Return)
    assert ui.pages.currentIndex() == 2
    ui.binEdit.setText("12")  # changed behind the last page (a test's shortcut)
    press(ui.departmentsTable, Qt.Key.Key_Return)
    assert ui.pages.currentIndex() == 0 and focused() is ui.binEdit and dialog.created is None
    assert not auth.has_users()


def test_the_base_column_is_one_and_required_departments_stay(qtbot, first_run):
    ui = first_run.setup_dialog.ui
    first_run.setup_dialog._show_page(2)
    columns = ui.columnsTable
    columns.setCurrentCell(1, 2)
    columns.setFocus()
    press(columns, Qt.Key.Key_Space)  # Space marks the wholesale column as the base one
    marks = [columns.item(r, 2).checkState() == Qt.CheckState.Checked for r in range(columns.rowCount())]
    assert marks == [False, True]
    ui.departmentsTable.setCurrentCell(0, 0)
    QTest.keyClick(ui.removeDepartmentButton, Qt.Key.Key_Space)
    assert ui.departmentsTable.rowCount() == 7 and ui.messageLabel.isVisible()
    QTest.keyClick(ui.addTypeButton, Qt.Key.Key_Space)  # a new row, its code being edited
    assert ui.typesTable.rowCount() == 6


def test_escape_asks_before_quitting(qtbot, first_run):
    dialog = first_run.setup_dialog
    asked = []
    dialog.confirm_quit = lambda: asked.append(True) or False
    press(dialog.ui.nameEdit, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible()
    dialog.confirm_quit = lambda: True
    with qtbot.wait_signal(dialog.rejected, timeout=5000):
        press(dialog.ui.nameEdit, Qt.Key.Key_Escape)
    assert not auth.has_users()


@pytest.mark.parametrize("lang", ["en", "ru", "kk"], indirect=True)
def test_the_pages_at_1366_in_each_language(qtbot, first_run, lang):
    dialog = first_run.setup_dialog
    dialog.resize(1366, 768)
    # a window built before the language changed keeps its texts: build one in the language
    from orderdesk_gui.ui.setup_dialog import SetupDialog

    fresh = SetupDialog(first_run.worker, first_run.database_label)
    fresh.confirm_quit = lambda: True
    qtbot.addWidget(fresh)
    fresh.show()
    for page in range(3):
        fresh._show_page(page)
        if lang != "en":
            in_language(fresh.ui.stepLabel.text(), lang)
        for label in fresh.findChildren(type(fresh.ui.nameLabel)):
            if label.isVisible() and label.text() and not label.wordWrap():
                assert label.sizeHint().width() <= label.width() + 1, (lang, label.objectName(), label.text())
        shot(fresh, f"{lang}_setup_page{page + 1}")
    fresh.ui.binEdit.setText("1")
    fresh._show_page(0)
    fresh.next()
    shot(fresh, f"{lang}_setup_refused")
    if lang != "en":
        in_language(fresh.ui.messageLabel.text(), lang)
    fresh.close()
