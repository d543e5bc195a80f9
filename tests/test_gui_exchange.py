"""The exchange windows, driven by keyboard on the real main window: the import window (preview, then
apply only on its own key, progress, cancel) and the exchange log (newest first, filters, the rejected
rows of the chosen run), with the rights of each role."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from orderdesk_gui import clock
from orderdesk_gui.db import models as m
from orderdesk_gui.domain.changes import Changes
from tests.gui_helpers import press, shot, type_text
from tests.test_importing import IMPORT_XML, MILK_OFFER, OFFERS_XML

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def keys(widget, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, key, modifiers)


def log_run(file_name, status="applied", minutes_ago=0, user=None, **kw) -> m.ExchangeRun:
    started = clock.now_utc() - dt.timedelta(minutes=minutes_ago)
    return m.ExchangeRun.create(
        direction=kw.pop("direction", "import"),
        kind=kw.pop("kind", "commerceml"),
        source=kw.pop("source", "window"),
        file_name=file_name,
        digest="0" * 64,
        user=user,
        started_at=started,
        finished_at=started + dt.timedelta(seconds=3),
        status=status,
        counts=json.dumps(kw.pop("counts", {})),
        rejects=json.dumps(kw.pop("rejects", [])),
        reject_count=kw.pop("reject_count", 0),
        **kw,
    )


def active(qtbot, dialog) -> None:
    """The dialog is the active window (the offscreen platform may need telling), as on a desk."""
    dialog.activateWindow()
    qtbot.wait_until(lambda: QApplication.activeWindow() is dialog, timeout=5000)


def dialog_of(window, cls):
    found = [w for w in window.findChildren(cls) if w.isVisible()]
    return found[-1] if found else None


# -- the exchange log ----------------------------------------------------------------------------------
def test_the_log_lists_every_run_newest_first_with_its_rejects(qtbot, open_desk):
    from orderdesk_gui.ui.exchange_log_dialog import ExchangeLogDialog

    window = open_desk("head").window  # a head of sales reads the log, does not import
    window.resize(1366, 768)
    assert window.exchange.actionLog.isVisible() and not window.exchange.actionImport.isVisible()
    finance = m.User.get(m.User.login == "finance")
    log_run(
        "import0_1.xml",
        counts={"clients": {"new": 12, "changed": 3, "unchanged": 40}, "receivables": {"changed": 2000}},
        rejects=[
            [17, "exchange.bad_number", {"field": "amount", "value": "12,3,4"}],
            [0, "exchange.unknown_client", {"client": "X"}],
            [21, "exchange.bad_phone", {"value": "123"}],
        ],
        reject_count=2,
        message="1 conflicts",
        minutes_ago=30,
        user=finance,
    )
    log_run("offers0_1.xml", status="refused", minutes_ago=10, source="folder")
    log_run("orders.xml", direction="export", minutes_ago=5, source="command", counts={"orders": {"new": 4}})
    log_run("old.xml", minutes_ago=60 * 24 * 30)  # a month ago: outside the week shown

    keys(window, Qt.Key.Key_M, CTRL_SHIFT)
    qtbot.wait_until(lambda: dialog_of(window, ExchangeLogDialog) is not None, timeout=5000)
    log = dialog_of(window, ExchangeLogDialog)
    active(qtbot, log)
    qtbot.wait_until(lambda: log.model.rowCount() == 3, timeout=10000)
    rows = log.model.rows()
    assert [r.file_name for r in rows] == ["orders.xml", "offers0_1.xml", "import0_1.xml"]
    text = lambda row, col: log.model.index(row, col).data()  # noqa: E731
    assert text(0, 1) == "export" and text(0, 4) == "command line" and text(1, 6) == "refused"
    assert text(2, 7) == "clients: 12 new, 3 changed; receivables: 2,000 changed"
    assert text(2, 5) == finance.full_name and text(2, 8) == "2"
    local = clock.to_local(rows[2].started_at)
    assert text(2, 0) == local.strftime("%d.%m.%Y %H:%M")

    assert QApplication.focusWidget() is log.view
    keys(log.view, Qt.Key.Key_Down)
    keys(log.view, Qt.Key.Key_Down)  # the import with its rejected rows
    qtbot.wait_until(lambda: log.lines_model.rowCount() == 3, timeout=5000)
    lines = [[log.lines_model.index(i, c).data() for c in range(3)] for i in range(3)]
    assert lines[0][:2] == ["17", "rejected"] and "12,3,4" in lines[0][2] and "12,3,4" != lines[0][2]
    assert lines[1][:2] == ["file", "rejected"] and lines[2][:2] == ["21", "conflict: left as entered"]
    assert log.counts_model.rowCount() == 2 and log.counts_model.index(0, 1).data() == "12"
    assert log.counts_model.index(0, 3).data() == "·"
    detail = log.detail_label.text()
    assert "import0_1.xml" in detail and "Conflicts, the desk's data kept: 1" in detail
    assert "1 conflicts" not in detail
    shot(log, "en_exchange_log")

    keys(log.status_combo, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # Alt+S: the status filter
    assert QApplication.focusWidget() is log.status_combo
    log.status_combo.setCurrentIndex(log.status_combo.findData("refused"))
    qtbot.wait_until(lambda: log.model.rowCount() == 1, timeout=5000)
    assert log.model.rows()[0].file_name == "offers0_1.xml"
    log.status_combo.setCurrentIndex(0)
    log.direction_combo.setCurrentIndex(log.direction_combo.findData("export"))
    qtbot.wait_until(lambda: [r.file_name for r in log.model.rows()] == ["orders.xml"], timeout=5000)
    log.direction_combo.setCurrentIndex(0)
    log.start_edit.setDate(log.start_edit.date().addDays(-40))
    qtbot.wait_until(lambda: log.model.rowCount() == 4, timeout=5000)

    log_run("new.xml", minutes_ago=0)  # another desk's import: announced changes reload the log
    window.hub.announce(Changes(clients=True))
    qtbot.wait_until(lambda: log.model.rowCount() == 5, timeout=5000)
    keys(log, Qt.Key.Key_Escape)
    qtbot.wait_until(lambda: not log.isVisible(), timeout=5000)


def test_an_operator_neither_sees_nor_reads_the_exchange(qtbot, open_desk):
    from orderdesk_gui.services import auth, exchange_log

    window = open_desk("operator").window
    assert not window.exchange.menu.menuAction().isVisible()
    assert not window.exchange.actionLog.isVisible() and not window.exchange.actionImport.isVisible()
    with pytest.raises(auth.PermissionDenied):
        exchange_log.runs(window.user, clock.today(), clock.today())


@pytest.mark.parametrize("lang", ["ru", "kk"], indirect=True)
def test_the_log_in_russian_and_kazakh_fits_the_screen(qtbot, open_desk, lang):

    window = open_desk("admin").window
    window.resize(1366, 768)
    log_run(
        "import0_1.xml",
        counts={"clients": {"new": 12, "changed": 3}, "receivables": {"changed": 2000}},
        rejects=[[17, "auth.not_allowed", {"user": "X", "permission": "exchange_data"}]],
        reject_count=1,
    )
    window.exchange.open_log()
    log = window.exchange.log_dialog
    qtbot.wait_until(lambda: log.model.rowCount() == 1, timeout=10000)
    assert log.width() <= 1366 and log.height() <= 768
    summary = log.model.index(0, 7).data()
    assert "2\u00a0000" in summary and "12" in summary and "clients" not in summary
    shot(log, f"{lang}_exchange_log")
    log.close()


# -- the import window (the real importer, on a copy of the demo database) ------------------------------
def files(tmp_path, **texts) -> list:
    out = []
    for name, text in texts.items():
        path = tmp_path / name.replace("_xml", ".xml").replace("_csv", ".csv")
        path.write_bytes(text.encode("utf-8"))
        out.append(path)
    return out


def catalogue(tmp_path) -> list:
    return files(
        tmp_path,
        import0_1_xml=IMPORT_XML,
        offers0_1_xml=OFFERS_XML.format(changes="false", price="2450,00", more=MILK_OFFER),
    )


def open_import(qtbot, window):
    from orderdesk_gui.ui.import_dialog import ImportDialog

    keys(window, Qt.Key.Key_A, CTRL_SHIFT)
    qtbot.wait_until(lambda: dialog_of(window, ImportDialog) is not None, timeout=5000)
    dialog = dialog_of(window, ImportDialog)
    active(qtbot, dialog)
    return dialog


def test_import_previews_then_applies_only_on_its_own_key(qtbot, open_desk, tmp_path):
    window = open_desk("finance").window
    window.resize(1366, 768)
    paths = catalogue(tmp_path)
    products = m.Product.select().count()
    dialog = open_import(qtbot, window)
    assert QApplication.focusWidget() is dialog.files_edit
    type_text(dialog.files_edit, str(paths[1]))  # offers first: the importer reads import.xml first anyway
    press(dialog.files_edit, Qt.Key.Key_Return)  # a new line in the list, not a preview
    type_text(dialog.files_edit, f'"{paths[0]}"')
    assert dialog.paths() == [paths[1], paths[0]]
    with qtbot.wait_signal(dialog.finished_work, timeout=20000) as done:
        keys(dialog, Qt.Key.Key_F5)
    assert done.args == ["preview"], dialog.message_label.text()
    assert m.Product.select().count() == products  # a preview writes nothing
    assert m.ExchangeRun.select().count() == 0
    tree = dialog.tree
    assert [tree.topLevelItem(i).text(0) for i in range(2)] == [
        "import0_1.xml (CommerceML)",
        "offers0_1.xml (CommerceML)",
    ]
    first = tree.topLevelItem(0)
    assert first.text(1) == "preview"
    rows = {
        first.child(i).text(0): [first.child(i).text(c) for c in range(2, 6)]
        for i in range(first.childCount())
    }
    assert rows["products"] == ["2", "·", "·", "·"] and "groups" in rows, rows
    assert dialog.apply_button.isEnabled() and "nothing is written" in dialog.message_label.text()
    shot(dialog, "en_import_preview")

    press(tree, Qt.Key.Key_Return)  # Enter never applies
    press(dialog, Qt.Key.Key_Return)
    qtbot.wait(200)
    assert m.Product.select().count() == products and not dialog.running
    with qtbot.wait_signal(window.hub.changed, timeout=20000) as announced:
        keys(tree, Qt.Key.Key_Return, CTRL_SHIFT)
    assert announced.args[0].orders  # the products and prices: the order grid's lists reload
    assert m.Product.select().count() == products + 2
    assert m.Product.get(m.Product.external_id == "bd72d8f9-55bc-11d9-848a-00112f43529a").name.startswith(
        "Сыр"
    )
    assert tree.topLevelItem(0).text(1) == "applied" and not dialog.apply_button.isEnabled()
    assert "Applied: import0_1.xml, offers0_1.xml." in dialog.message_label.text()
    runs = list(m.ExchangeRun.select().order_by(m.ExchangeRun.id))
    assert [(r.file_name, r.status, r.source) for r in runs] == [
        ("import0_1.xml", "applied", "window"),
        ("offers0_1.xml", "applied", "window"),
    ]
    keys(tree, Qt.Key.Key_Return, CTRL_SHIFT)  # never twice
    qtbot.wait(200)
    assert m.ExchangeRun.select().count() == 2
    press(dialog, Qt.Key.Key_Return)  # nor does Enter look at the same files again over what was applied
    qtbot.wait(200)
    assert tree.topLevelItem(0).text(1) == "applied" and not dialog.running

    keys(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # the link to the log
    qtbot.wait_until(lambda: window.exchange.log_dialog is not None, timeout=5000)
    log = window.exchange.log_dialog
    qtbot.wait_until(lambda: log.current() is not None, timeout=5000)
    assert log.current().id == runs[0].id and log.current().status == "applied"
    assert log.model.rowCount() == 2 and log.current().user_name == window.user.full_name
    assert "products: 2 new" in words_of(log, runs[0].id)
    log.close()
    keys(dialog, Qt.Key.Key_Escape)
    qtbot.wait_until(lambda: not dialog.isVisible(), timeout=5000)


def words_of(log, run_id) -> str:
    row = next(i for i, r in enumerate(log.model.rows()) if r.id == run_id)
    return log.model.index(row, 7).data()


@pytest.mark.parametrize("lang", ["en", "ru", "kk"], indirect=True)
def test_a_refused_file_shows_each_bad_line_and_cannot_be_applied(qtbot, open_desk, tmp_path, lang):
    from orderdesk_gui.ui.exchange_words import reason

    window = open_desk("admin").window
    window.resize(1366, 768)
    client = m.Client.select().where(m.Client.status == "active").order_by(m.Client.id).first()
    bad = (
        "Документ;Дата;Клиент;Сумма;Оплачено;Срок оплаты\n"
        f"РН-1;01.11.2026;{client.code};100;0;15.11.2026\n"
        f"РН-2;31.02.2026;{client.code};1e400;0;15.11.2026\n"
        "РН-3;01.11.2026;нет-такого;100;0;15.11.2026\n"
    )
    paths = files(tmp_path, receivables_csv=bad)
    dialog = open_import(qtbot, window)
    dialog.set_paths(paths)
    with qtbot.wait_signal(dialog.finished_work, timeout=20000):
        keys(dialog, Qt.Key.Key_F5)
    lines = dialog.lines_model
    assert [lines.index(i, 1).data() for i in range(lines.rowCount())] == ["3", "4"]
    unknown = lines.index(1, 3).data()
    assert unknown == reason("exchange.unknown_client", {"client": "нет-такого"}) and "нет-такого" in unknown
    assert not dialog.apply_button.isEnabled()
    assert dialog.width() <= 1366 and dialog.height() <= 768
    if lang == "en":
        assert "Refused, would not be applied: receivables.csv." in dialog.message_label.text()
        assert dialog.tree.topLevelItem(0).text(1) == "refused"
    shot(dialog, f"{lang}_import_refused")
    keys(dialog.tree, Qt.Key.Key_Return, CTRL_SHIFT)
    qtbot.wait(200)
    assert m.Receivable.select().where(m.Receivable.document_no == "РН-1").count() == 0
    dialog.close()


def test_debts_brought_in_by_the_window_refresh_the_card_on_screen(qtbot, open_desk, tmp_path):
    window = open_desk("finance").window
    window.resize(1366, 768)
    client = m.Client.select().where(m.Client.status == "active").order_by(m.Client.id).first()
    old = (clock.now_utc() - dt.timedelta(days=3)).replace(tzinfo=dt.UTC).isoformat()
    m.AppSetting.update(value=old).where(m.AppSetting.key == "exchange.debts_as_of").execute()
    window.caller.open_client(client.id)
    label = window.card.ui.debtsAsOfLabel
    qtbot.wait_until(lambda: window.card.card is not None and label.property("stale") is True, timeout=10000)
    assert "more than 24 hours old" in label.text()
    owed = window.card.view.debt.total
    due = (clock.today() + dt.timedelta(days=20)).strftime("%d.%m.%Y")
    paths = files(
        tmp_path,
        receivables_csv="Документ;Дата;Клиент;Сумма;Оплачено;Срок оплаты\n"
        f"РН-777;{clock.today():%d.%m.%Y};{client.code};12345,50;0;{due}\n",
    )
    dialog = open_import(qtbot, window)
    dialog.set_paths(paths)
    with qtbot.wait_signal(dialog.finished_work, timeout=20000):
        keys(dialog, Qt.Key.Key_F5)
    with qtbot.wait_signal(dialog.finished_work, timeout=20000) as done:
        keys(dialog.tree, Qt.Key.Key_Return, CTRL_SHIFT)
    assert done.args == ["applied"], dialog.message_label.text()
    qtbot.wait_until(lambda: label.property("stale") is False, timeout=10000)
    now = clock.to_local(clock.now_utc())
    assert label.text().startswith("Debts as of ") and label.text().endswith(" today")
    assert label.text()[len("Debts as of ") :][:5] <= now.strftime("%H:%M")
    assert window.card.view.debt.total == owed + Decimal("12345.50")
    dialog.close()


def big_catalogue(tmp_path, products: int) -> Path:
    goods = "".join(
        f"<Товар><Ид>big-{i}</Ид><Артикул>B{i}</Артикул><Наименование>Товар {i}</Наименование>"
        f'<БазоваяЕдиница Код="796">шт</БазоваяЕдиница></Товар>'
        for i in range(products)
    )
    text = (
        '<?xml version="1.0" encoding="UTF-8"?><КоммерческаяИнформация ВерсияСхемы="2.08">'
        '<Каталог СодержитТолькоИзменения="true"><Ид>cat-big</Ид><Наименование>Каталог</Наименование>'
        f"<Товары>{goods}</Товары></Каталог></КоммерческаяИнформация>"
    )
    path = tmp_path / "import_big.xml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_long_preview_shows_progress_keeps_the_window_alive_and_can_be_cancelled(
    qtbot, open_desk, tmp_path
):
    window = open_desk("admin").window
    dialog = open_import(qtbot, window)
    dialog.set_paths([big_catalogue(tmp_path, 60000)])
    seen = []
    dialog.bar.valueChanged.connect(seen.append)

    def first_step(_stage, _share) -> None:
        if not dialog.progress.cancelled:
            assert dialog.bar.isVisible() and dialog.cancel_button.isVisible()
            assert not dialog.apply_button.isEnabled() and not dialog.preview_button.isEnabled()
            keys(dialog, Qt.Key.Key_Escape)  # cancels the preview; the window stays

    with qtbot.wait_signal(dialog.finished_work, timeout=60000) as done:
        keys(dialog, Qt.Key.Key_F5)
        dialog.progress.moved.connect(first_step)
    assert done.args == ["cancelled"] and dialog.isVisible()
    assert "cancelled" in dialog.message_label.text() and not dialog.apply_button.isEnabled()
    assert not dialog.bar.isVisible() and dialog.preview_button.isEnabled()

    dialog.set_paths([big_catalogue(tmp_path, 12000)])  # to the end this time: the bar follows it
    with qtbot.wait_signal(dialog.finished_work, timeout=60000) as done:
        keys(dialog, Qt.Key.Key_F5)
    assert done.args == ["preview"] and 1000 in seen and max(seen[:-1] or [0]) > 0
    item = dialog.tree.topLevelItem(0)
    assert [item.child(0).text(0), item.child(0).text(2)] == ["products", "12,000"]
    assert m.Product.select().where(m.Product.external_id == "big-1").count() == 0
    dialog.close()


def test_the_import_window_refuses_missing_files_and_the_service_refuses_a_head(qtbot, open_desk, tmp_path):
    from orderdesk_gui.services import auth, importing

    window = open_desk("admin").window
    window.exchange.open_import()
    dialog = window.exchange.import_dialog
    active(qtbot, dialog)
    press(dialog, Qt.Key.Key_F5)
    assert "at least one file" in dialog.message_label.text()
    dialog.set_paths([tmp_path / "nope.xml"])
    press(dialog, Qt.Key.Key_F5)
    assert "No such file" in dialog.message_label.text() and not dialog.running
    dialog.close()
    head = open_desk("head").window
    assert not head.exchange.actionImport.isVisible()
    with pytest.raises(auth.PermissionDenied):
        importing.import_files(catalogue(tmp_path), head.user, apply=False)


DATA = Path(__file__).resolve().parent / "data" / "exchange"


def test_accountings_sample_files_in_one_go(qtbot, open_desk):
    """The lead's sample files (tests/data/exchange): 1C's catalogue and offers, a clients table whose
    addresses the desk already has (conflicts), and a receivables file with bad rows (refused whole)."""
    from orderdesk_gui.ui.exchange_log_dialog import ExchangeLogDialog

    window = open_desk("finance").window
    window.resize(1366, 768)
    names = [
        "bad_receivables.csv",
        "clients_utf8_bom_semicolon.csv",
        "cml208_offers.xml",
        "cml208_import.xml",
    ]
    receivables = m.Receivable.select().count()
    dialog = open_import(qtbot, window)
    for name in names:
        type_text(dialog.files_edit, str(DATA / name))
        press(dialog.files_edit, Qt.Key.Key_Return)
    with qtbot.wait_signal(dialog.finished_work, timeout=30000) as done:
        keys(dialog, Qt.Key.Key_F5)
    assert done.args == ["preview"], dialog.message_label.text()
    tree = dialog.tree
    files = {
        tree.topLevelItem(i).text(0).split(" (")[0]: tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
    }
    assert list(files)[:2] == [
        "cml208_import.xml",
        "cml208_offers.xml",
    ]  # the catalogue first, as 1C sends it
    assert (
        files["bad_receivables.csv"].text(1) == "refused" and files["cml208_import.xml"].text(1) == "preview"
    )
    products = next(
        files["cml208_import.xml"].child(i)
        for i in range(files["cml208_import.xml"].childCount())
        if files["cml208_import.xml"].child(i).text(0) == "products"
    )
    assert products.text(2) == "7"
    lines = [dialog.lines_model.row_at(i) for i in range(dialog.lines_model.rowCount())]
    refused = [(x[1], x[3]) for x in lines if x[0] == "bad_receivables.csv" and not x[2]]
    assert (5, "exchange.unknown_client") in refused and len(refused) == 6
    kept = [dialog.lines_model.index(i, 2).data() for i, x in enumerate(lines) if x[0].startswith("clients")]
    assert kept and set(kept) == {"conflict: left as entered"}
    assert "Refused, would not be applied: bad_receivables.csv." in dialog.message_label.text()
    shot(dialog, "en_import_samples")

    with qtbot.wait_signal(dialog.finished_work, timeout=30000) as done:
        keys(dialog.tree, Qt.Key.Key_Return, CTRL_SHIFT)
    assert done.args == ["applied"]
    statuses = {r.file_name: r.status for r in dialog.results}
    assert statuses == {
        "cml208_import.xml": "applied",
        "cml208_offers.xml": "applied",
        "clients_utf8_bom_semicolon.csv": "applied",
        "bad_receivables.csv": "refused",
    }
    assert "Not applied, nothing written from: bad_receivables.csv." in dialog.message_label.text()
    assert m.Receivable.select().count() == receivables  # the refused file wrote nothing

    keys(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.wait_until(lambda: isinstance(window.exchange.log_dialog, ExchangeLogDialog), timeout=5000)
    log = window.exchange.log_dialog
    qtbot.wait_until(lambda: log.model.rowCount() == 4, timeout=5000)
    active(qtbot, log)
    clients = next(i for i, r in enumerate(log.model.rows()) if r.file_name.startswith("clients"))
    log.view.selectRow(clients)
    assert {log.lines_model.index(i, 1).data() for i in range(log.lines_model.rowCount())} == {
        "conflict: left as entered"
    }
    assert "Conflicts, the desk's data kept" in log.detail_label.text()
    bad = next(i for i, r in enumerate(log.model.rows()) if r.file_name == "bad_receivables.csv")
    assert log.model.index(bad, 6).data() == "refused" and log.model.index(bad, 8).data() == "6"
    log.close()
    dialog.close()
