"""The real main window, offscreen, on a temporary demo database: sign-in, search, card, journal."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from orderdesk_gui import clock, config
from orderdesk_gui.db import models as m
from orderdesk_gui.ui.app import OrderDeskApp
from tests.gui_helpers import press, type_text


@pytest.fixture
def session(open_desk):
    """Started, not signed in: these tests sign in through the dialog as a person does."""
    return open_desk(login=None, login_hint="operator", interactive=True)


def sign_in(qtbot, session, password="demo"):
    dialog = session.login_dialog
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    assert dialog.ui.loginEdit.text() == "operator"
    QTest.keyClicks(dialog.ui.passwordEdit, password)
    press(dialog.ui.passwordEdit, Qt.Key.Key_Return)


@pytest.fixture
def window(qtbot, session):
    with qtbot.wait_signal(session.window_shown, timeout=15000):
        sign_in(qtbot, session)
    qtbot.addWidget(session.window)
    return session.window


def test_wrong_password_is_refused_with_a_message(qtbot, session):
    sign_in(qtbot, session, password="nope")
    dialog = session.login_dialog
    qtbot.wait_until(lambda: dialog.ui.messageLabel.isVisible(), timeout=10000)
    assert "Wrong user name or password" in dialog.ui.messageLabel.text()
    assert session.window is None and dialog.isVisible()
    assert dialog.ui.passwordEdit.text() == ""
    # and then the right password gets in
    with qtbot.wait_signal(session.window_shown, timeout=15000):
        sign_in(qtbot, session)
    qtbot.addWidget(session.window)
    assert session.user.login == "operator"


def test_main_window_shows_operator_database_and_areas(window):
    assert window.isVisible()
    status = window.user_label.text()
    assert "operator" in window.windowTitle().lower() or window.user.full_name in status
    assert "Operator" in status
    assert window.db_label.text().startswith("sqlite:///")
    assert "connected" in window.conn_label.text()
    for host in (window.ui.cardHost, window.ui.orderHost, window.ui.suggestionsHost):
        assert host.isVisible()
    assert window.ui.journalDock.isVisible()
    assert window.ui.searchEdit.hasFocus() or window.focusWidget() is window.ui.searchEdit


def test_search_by_cyrillic_fragment_then_enter_opens_the_card(qtbot, window):
    target = m.Client.select().where(m.Client.status == "active").order_by(m.Client.id.desc()).first()
    words = [w for w in target.search_text.split() if len(w) >= 5 and not w.isascii()]
    fragment = max(words, key=len)[:5]
    edit = window.ui.searchEdit
    type_text(edit, fragment.upper())  # any case finds it
    qtbot.wait_until(lambda: any(h.id == target.id for h in window.search.model.rows()), timeout=10000)
    assert window.card_stack.currentWidget() is window.search.view
    row = next(i for i, h in enumerate(window.search.model.rows()) if h.id == target.id)
    # the operator walks down the list with the arrow keys and opens with Enter
    for _ in range(row):
        press(window.focusWidget(), Qt.Key.Key_Down)
    press(window.focusWidget(), Qt.Key.Key_Return)
    qtbot.wait_until(lambda: window.card.card is not None, timeout=10000)
    assert window.card.card.id == target.id
    assert window.card.ui.nameLabel.text() == target.name
    assert window.card_stack.currentWidget() is window.card_scroll
    assert target.name in window.order_panel.ui.statusLabel.text()


def test_phone_search_in_three_writings_lands_on_one_card(qtbot, window):
    phone = m.Phone.select().where(m.Phone.kind == "mobile").order_by(m.Phone.id).first()
    digits = phone.e164[2:]
    writings = [
        f"+7 {digits[:3]} {digits[3:6]} {digits[6:8]} {digits[8:]}",
        f"8 ({digits[:3]}) {digits[3:6]}-{digits[6:8]}-{digits[8:]}",
        "8" + digits,
    ]
    seen = set()
    for writing in writings:
        window.search.clear()
        QTest.keyClicks(window.ui.searchEdit, writing)
        qtbot.wait_until(lambda: window.search.model.rowCount() > 0, timeout=10000)
        press(window.ui.searchEdit, Qt.Key.Key_Return)
        qtbot.wait_until(
            lambda: window.card.card is not None and window.card.card.id == phone.client_id,
            timeout=10000,
        )
        seen.add(window.card.card.id)
    assert seen == {phone.client_id}


def test_escape_clears_search_and_returns_to_card(qtbot, window):
    QTest.keyClicks(window.ui.searchEdit, "C0001")
    qtbot.wait_until(lambda: window.search.model.rowCount() > 0, timeout=10000)
    press(window.ui.searchEdit, Qt.Key.Key_Escape)
    assert window.ui.searchEdit.text() == ""
    assert window.search.model.rowCount() == 0
    assert window.card_stack.currentWidget() is window.card_scroll


def test_journal_shows_todays_calls(qtbot, window):
    operator = m.User.get(m.User.login == "operator")
    now = clock.now_utc()
    m.Call.create(
        operator=operator,
        phone="+77010000001",
        started_at=now,
        ended_at=now + dt.timedelta(seconds=75),
        purpose="info",
        outcome="info_given",
        notes="Спросили про қымыз",
    )
    press(window, Qt.Key.Key_F5)
    qtbot.wait_until(
        lambda: any(c.phone == "+77010000001" for c in window.journal.model.rows()), timeout=10000
    )
    assert "Today:" in window.journal.summary.text()
    model = window.journal.model
    row = next(i for i, c in enumerate(model.rows()) if c.phone == "+77010000001")
    assert model.index(row, 5).data() == "1:15"
    assert model.index(row, 4).data() == "information given"


def test_every_qt_model_passes_the_model_tester(qtbot, qtmodeltester, window):
    QTest.keyClicks(window.ui.searchEdit, "C000")
    qtbot.wait_until(lambda: window.search.model.rowCount() > 0, timeout=10000)
    press(window.ui.searchEdit, Qt.Key.Key_Return)
    qtbot.wait_until(lambda: window.card.card is not None, timeout=10000)
    operator = m.User.get(m.User.login == "operator")
    now = clock.now_utc()
    m.Call.create(operator=operator, phone="+77010000002", started_at=now)
    window.journal.refresh()
    qtbot.wait_until(lambda: window.journal.model.rowCount() > 0, timeout=10000)
    for model in (
        window.search.model,
        window.card.orders_model,
        window.journal.model,
        window.order_panel.lines,
        window.order_panel.hits,
        window.suggestions.model,
    ):
        qtmodeltester.check(model)


def test_layout_is_remembered(qtbot, window):
    window.resize(1111, 777)
    window.ui.journalDock.hide()
    window.close()
    saved = config.Settings()
    assert saved.get(config.UI_GEOMETRY) and saved.get(config.UI_STATE)
    assert saved.get(config.UI_SPLITTER)


def test_connection_loss_is_shown(window):
    window.hub.connection_state.emit(False)
    assert "unreachable" in window.conn_label.text()
    window.hub.connection_state.emit(True)
    assert "connected" in window.conn_label.text()


def test_shortcut_f3_focuses_search(qtbot, window):
    window.journal.view.setFocus()
    press(window, Qt.Key.Key_F3)
    assert window.focusWidget() is window.ui.searchEdit


def test_bad_database_url_reports_and_does_not_open(qtbot, tmp_path):
    app = OrderDeskApp(config.Settings(), "mysql://x@y/z", interactive=False)
    with qtbot.wait_signal(app.failed, timeout=5000) as blocker:
        app.start()
    assert "Unsupported database type" in blocker.args[0]
    app.shutdown()


def test_a_new_database_opens_the_company_setup_instead_of_sign_in(qtbot, sqlite_url):
    app = OrderDeskApp(config.Settings(), sqlite_url, interactive=True)
    with qtbot.wait_signal(app.opened, timeout=15000):
        app.start()
    try:
        assert app.login_dialog is None  # tests/test_gui_setup.py goes through the setup itself
        qtbot.addWidget(app.setup_dialog)
        assert app.setup_dialog.isVisible()
    finally:
        if app.setup_dialog is not None:
            app.setup_dialog.confirm_quit = lambda: True
            app.setup_dialog.close()
        app.shutdown()
