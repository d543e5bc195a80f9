"""Callbacks (D1) in the real window: the queue fed by ``orderdesk callback add`` while it runs, the next
callback key, retries then the head of sales, the add dialog, the drop folder and the due count."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from orderdesk_gui import clock, config
from orderdesk_gui.db import models as m
from orderdesk_gui.domain import journal
from orderdesk_gui.services import callback_requests
from orderdesk_gui.ui.app import OrderDeskApp
from tests.gui_helpers import press, type_text

pytestmark = pytest.mark.dated  # runs on the demo's day and 52 weeks later (tests/conftest.py)


@pytest.fixture
def drop(tmp_path):
    folder = tmp_path / "drop"
    folder.mkdir()
    return folder


@pytest.fixture
def session(qtbot, open_desk, drop):
    settings = config.Settings()
    settings.set(config.CALLBACK_MAX_ATTEMPTS, 2)
    settings.set(config.CALLBACK_RETRY_MINUTES, 30)
    settings.set(config.CALLBACK_CHECK_SECONDS, 600)  # the test drives refreshes; the timer stays out
    settings.set(config.CALLBACK_DROP_FOLDER, str(drop))
    app = open_desk(settings=settings, listen=True, single_instance=True)
    qtbot.wait_until(lambda: app.window.callbacks.panel.loaded, timeout=10000)
    qtbot.wait_until(app.window.isActiveWindow, timeout=5000)
    return app


def queue_phones(window) -> list[str]:
    return [c.phone for c in window.callbacks.panel.model.rows()]


def clear_queue() -> None:
    m.CallbackRequest.update(status="done").where(
        m.CallbackRequest.status.in_(("open", "escalated"))
    ).execute()


def test_a_callback_from_the_command_line_shows_without_restart(qtbot, window, demo_url):
    clear_queue()
    window.callbacks.panel.refresh()
    qtbot.wait_until(lambda: window.callbacks.panel.model.rowCount() == 0, timeout=10000)
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "orderdesk_gui",
            "callback",
            "add",
            "8 (701) 555-12-34",
            "--name",
            "Әсел с сайта",
            "--when",
            "00:00-23:59",
            "--note",
            "Перезвонить по прайсу",
            "--source",
            "web",
            "--db",
            demo_url,
        ],
        env=dict(os.environ),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    new_id = int(proc.stdout.strip().split()[-1])
    qtbot.wait_until(lambda: "+77015551234" in queue_phones(window), timeout=10000)
    # (how fast: benchmarks/run.py, callback_visible_s; no timing thresholds in tests)
    item = next(c for c in window.callbacks.panel.model.rows() if c.phone == "+77015551234")
    assert item.id == new_id and item.source == "web" and item.name == "Әсел с сайта"
    model = window.callbacks.panel.model
    row = model.rows().index(item)
    assert model.index(row, 1).data() == "+7 701 555 12 34" or "555" in model.index(row, 1).data()
    assert model.index(row, 5).data() == "web site"
    assert model.index(row, 6).data() == "Перезвонить по прайсу"
    window_text = model.index(row, 3).data()
    assert window_text == "00:00–23:59", window_text  # local time, as typed
    assert model.index(row, 0).data().startswith("●")  # due: the window has begun
    assert model.data(model.index(row, 0), Qt.ItemDataRole.BackgroundRole) is not None
    assert window.callbacks.panel.status_label.text() == "☎ callbacks due: 1"


def _due_callback(client: m.Client) -> m.CallbackRequest:
    phone = m.Phone.select().where(m.Phone.client == client.id).first().e164
    start = clock.now_utc() - dt.timedelta(minutes=5)
    callback_id = callback_requests.add_callback(
        phone, "Менеджер по закупу", start, None, "Про акцию на молочку"
    )
    return m.CallbackRequest.get_by_id(callback_id)


def test_next_callback_key_no_answer_retries_then_goes_to_the_head(qtbot, window):
    clear_queue()
    client = m.Client.select().where(m.Client.status == "active").order_by(m.Client.id.desc()).first()
    request = _due_callback(client)
    panel = window.callbacks.panel
    panel.refresh()
    qtbot.wait_until(lambda: panel.due == 1, timeout=10000)
    assert panel.status_label.text() == "☎ callbacks due: 1"
    head = m.User.get(m.User.login == "head")
    for attempt, (key, outcome) in enumerate(
        ((Qt.Key.Key_5, journal.NO_ANSWER), (Qt.Key.Key_6, journal.BUSY)), start=1
    ):
        QTest.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
        qtbot.wait_until(lambda: window.caller.call_id is not None, timeout=10000)
        call = m.Call.get_by_id(window.caller.call_id)
        assert call.direction == "out" and call.source == "callback" and call.callback_id == request.id
        qtbot.wait_until(
            lambda: window.card.card is not None and window.card.card.id == client.id, timeout=10000
        )
        press(window, Qt.Key.Key_F12)
        qtbot.wait_until(lambda: window.caller.outcome_dialog is not None, timeout=10000)
        dialog = window.caller.outcome_dialog
        press(dialog.outcomeList, key)
        press(dialog.notesEdit, Qt.Key.Key_Return)
        qtbot.wait_until(lambda: window.caller.outcome_dialog is None, timeout=10000)
        assert m.Call.get_by_id(call.id).outcome == outcome
        request = m.CallbackRequest.get_by_id(request.id)
        assert request.attempts == attempt
        if attempt == 1:
            assert request.status == "open"
            assert request.next_attempt_at > clock.now_utc() + dt.timedelta(minutes=25)
            qtbot.wait_until(lambda: panel.due == 0, timeout=10000)
            row = next(i for i, c in enumerate(panel.model.rows()) if c.id == request.id)
            assert panel.model.index(row, 0).data().startswith("at ")
            assert panel.model.index(row, 4).data() == "1"
            assert panel.status_label.text() == "no callbacks due"
            QTest.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
            assert "next one at" in window.statusBar().currentMessage()
            # half an hour later it is due again
            m.CallbackRequest.update(next_attempt_at=clock.now_utc() - dt.timedelta(minutes=1)).where(
                m.CallbackRequest.id == request.id
            ).execute()
            panel.refresh()
            qtbot.wait_until(lambda: panel.due == 1, timeout=10000)
    assert request.status == "escalated" and request.escalated_to_id == head.id
    qtbot.wait_until(lambda: all(c.id != request.id for c in panel.model.rows()), timeout=10000)
    QTest.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().currentMessage() == "The callback queue is empty."
    rows = [r for r in window.journal.model.rows() if r.source == "callback"]
    assert {r.outcome for r in rows} >= {journal.NO_ANSWER, journal.BUSY}


def test_the_head_sees_escalated_callbacks_in_the_queue(qtbot, demo_url, demo_db):
    clear_queue()
    client = m.Client.select().where(m.Client.status == "active").first()
    request = _due_callback(client)
    head = m.User.get(m.User.login == "head")
    m.CallbackRequest.update(status="escalated", escalated_to=head, attempts=3).where(
        m.CallbackRequest.id == request.id
    ).execute()
    app = OrderDeskApp(config.Settings(), demo_url, interactive=False)
    try:
        with qtbot.wait_signal(app.opened, timeout=15000):
            app.start()
        with qtbot.wait_signal(app.window_shown, timeout=15000):
            app.sign_in("head", "demo")
        qtbot.addWidget(app.window)
        panel = app.window.callbacks.panel
        qtbot.wait_until(lambda: any(c.id == request.id for c in panel.model.rows()), timeout=10000)
        row = next(i for i, c in enumerate(panel.model.rows()) if c.id == request.id)
        assert panel.model.index(row, 0).data().startswith("▲ to the head")
        assert panel.next_due().id == request.id
    finally:
        app.shutdown()


def test_add_callback_dialog_checks_and_files_the_request(qtbot, window):
    clear_queue()
    QTest.keyClick(
        window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.wait_until(lambda: window.callbacks.add_dialog is not None, timeout=5000)
    dialog = window.callbacks.add_dialog
    qtbot.wait_until(dialog.isVisible, timeout=5000)
    before = m.CallbackRequest.select().count()
    dialog.phoneEdit.clear()
    QTest.keyClicks(dialog.phoneEdit, "12")
    QTest.keyClicks(dialog.windowEdit, "tomorrow 10:00-12:00")
    assert dialog.windowHint.text().startswith("→")
    press(dialog.windowEdit, Qt.Key.Key_Return)
    qtbot.wait_until(lambda: "not a phone number" in dialog.messageLabel.text(), timeout=10000)
    assert m.CallbackRequest.select().count() == before
    dialog.windowEdit.setText("at noon maybe")
    press(dialog.windowEdit, Qt.Key.Key_Return)
    assert "Cannot read" in dialog.messageLabel.text()
    dialog.windowEdit.setText("tomorrow 10:00-12:00")
    dialog.phoneEdit.clear()
    QTest.keyClicks(dialog.phoneEdit, "+7 701 555 00 11")
    type_text(dialog.nameEdit, "Жанар, магазин «Береке»")
    type_text(dialog.noteEdit, "Новый прайс")
    press(dialog.noteEdit, Qt.Key.Key_Return)
    panel = window.callbacks.panel
    qtbot.wait_until(lambda: "+77015550011" in queue_phones(window), timeout=10000)
    item = next(c for c in panel.model.rows() if c.phone == "+77015550011")
    assert item.source == "operator" and item.name == "Жанар, магазин «Береке»"
    row = panel.model.rows().index(item)
    tomorrow = (clock.now_local() + dt.timedelta(days=1)).strftime("%d.%m")
    assert panel.model.index(row, 3).data() == f"{tomorrow} 10:00–12:00"
    assert not panel.model.index(row, 0).data().startswith("●")


def test_drop_folder_rejects_a_bad_file_naming_its_rows_and_imports_a_good_one(qtbot, window, drop):
    clear_queue()
    past = time.time() - 60
    bad = drop / "site-bad.csv"
    bad.write_text(
        "phone;name;from;to;note\n+7 701 555 22 33;Ерлан;10:00;12:00;ok\nне номер;Игорь;10:00;12:00;\n",
        encoding="utf-8",
    )
    os.utime(bad, (past, past))
    before = m.CallbackRequest.select().count()
    window.callbacks.panel.refresh(scan=True)
    qtbot.wait_until(lambda: window.findChild(QMessageBox, "rejectedFileBox") is not None, timeout=10000)
    box = window.findChild(QMessageBox, "rejectedFileBox")
    assert "site-bad.csv" in box.text() and "line 3: “не номер” is not a phone number." in box.text()
    assert m.CallbackRequest.select().count() == before
    assert (drop / "rejected" / "site-bad.csv").exists()
    report = (drop / "rejected" / "site-bad.csv.report.txt").read_text(encoding="utf-8")
    assert "line 3: “не номер” is not a phone number." in report  # the file is written in English
    assert "callback." not in report  # worded, not codes
    box.close()
    good = drop / "site-good.csv"
    good.write_text("phone,name,from,to,note\n+7 701 555 44 55,Дина,00:00,23:59,из формы\n", encoding="utf-8")
    os.utime(good, (past, past))
    window.callbacks.panel.refresh(scan=True)
    qtbot.wait_until(lambda: "+77015554455" in queue_phones(window), timeout=10000)
    assert "site-good.csv" in window.statusBar().currentMessage() or window.callbacks.panel.due >= 1
    assert (drop / "done" / "site-good.csv").exists()


def test_a_callback_coming_due_is_announced(qtbot, window):
    clear_queue()
    assert window.callbacks.tray is None  # offscreen has no system tray: the status bar says it
    client = m.Client.select().where(m.Client.status == "active").first()
    _due_callback(client)
    panel = window.callbacks.panel
    with qtbot.wait_signal(panel.became_due, timeout=10000) as blocker:
        panel.refresh()
    assert len(blocker.args[0]) == 1
    assert "Callback due: Менеджер по закупу" in window.statusBar().currentMessage()
    # the same due item is announced once, not at every refresh
    with qtbot.assert_not_emitted(panel.became_due, wait=500):
        panel.refresh()


def test_a_callback_row_names_the_caller_once_when_it_is_the_client():
    from orderdesk_gui.ui.callbacks_panel import who_text

    assert who_text("ТОО Арман", "ТОО Арман") == "ТОО Арман"
    assert who_text("арман", "ТОО Арман") == "ТОО Арман"
    assert who_text("Айгүл", "ТОО Арман") == "Айгүл · ТОО Арман"
    assert who_text("", "ТОО Арман") == "ТОО Арман" and who_text("Айгүл", "") == "Айгүл"
