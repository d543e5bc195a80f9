"""The Documents menu in the real window: after an order is taken, save its confirmation as PDF, open the
print preview (Ctrl+P), e-mail it to a real local SMTP server and fax it through a stand-in command."""

from __future__ import annotations

import email
import email.policy
import io

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QFileDialog

from orderdesk_gui import config
from orderdesk_gui.db import models as m
from tests.conftest import DEMO_AS_OF
from tests.gui_helpers import shot
from tests.test_documents_services import Inbox, fax_script, smtp  # noqa: F401  (fixture)
from tests.test_gui_order import (
    add_line,
    find_client,
    priced,
    roomy_client,
    start_order,
    wait_saved,
)


def take_order(qtbot, win) -> tuple[int, str]:
    """Two lines, three offers answered, F10, receiver present, Enter: the order is accepted."""
    client = roomy_client()
    contact = (
        m.Contact.select().where(m.Contact.client == client.id).order_by(m.Contact.is_primary.desc()).first()
    )
    m.Contact.update(fax="").where(m.Contact.client == client.id).execute()
    m.Contact.update(email="zakup@dostyk.kz").where(m.Contact.id == contact.id).execute()
    m.Contact.update(email="").where((m.Contact.client == client.id) & (m.Contact.id != contact.id)).execute()
    find_client(qtbot, win, client)
    start_order(qtbot, win)
    for product in priced(client.price_column_id, 2):
        add_line(qtbot, win, product.code, product.id, "4")
    QTest.keyClick(win, Qt.Key.Key_Return, Qt.KeyboardModifier.AltModifier)
    qtbot.wait_until(lambda: win.orders.offers_done() == 1, timeout=10000)
    for key in (Qt.Key.Key_2, Qt.Key.Key_3):
        done = win.orders.offers_done()
        QTest.keyClick(win, key, Qt.KeyboardModifier.AltModifier)
        qtbot.wait_until(lambda d=done: win.orders.offers_done() == d + 1, timeout=10000)
    wait_saved(qtbot, win)
    order_id = win.orders.view.order_id
    QTest.keyClick(win, Qt.Key.Key_F10)
    dialog = win.completion_dialog
    qtbot.wait_until(dialog.isVisible, timeout=5000)
    QTest.keyClick(dialog.ui.presentCheck, Qt.Key.Key_Space)
    QTest.keyClick(dialog.ui.presentCheck, Qt.Key.Key_Return)
    qtbot.wait_until(lambda: dialog.number is not None, timeout=10000)
    qtbot.wait_until(lambda: not dialog.isVisible(), timeout=5000)
    win.activateWindow()
    qtbot.wait_until(win.isActiveWindow, timeout=5000)
    return order_id, dialog.number


def dispatch_rows(order_id: int) -> list[tuple[str, str, str]]:
    return [
        (r.channel, r.status, r.recipient)
        for r in m.DocumentDispatch.select()
        .where(m.DocumentDispatch.order == order_id)
        .order_by(m.DocumentDispatch.id)
    ]


def test_confirmation_saved_previewed_emailed_and_faxed(qtbot, window, smtp, tmp_path, monkeypatch):  # noqa: F811
    from pypdf import PdfReader

    controller = window.documents
    order_id, number = take_order(qtbot, window)
    assert controller.current_order == (order_id, number)

    # Save as PDF (Ctrl+Shift+S) into the file the dialog returns
    target = tmp_path / "confirmation.pdf"
    asked = []

    def save_dialog(parent, title, suggested, filters):
        asked.append(suggested)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    QTest.keyClick(
        window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.wait_until(target.exists, timeout=15000)
    assert number in asked[0] and asked[0].endswith(".pdf")
    reader = PdfReader(io.BytesIO(target.read_bytes()))
    pages = len(reader.pages)
    text = "".join(page.extract_text() for page in reader.pages)
    assert number in text and m.Order.get_by_id(order_id).client.name.split()[-1] in text
    qtbot.wait_until(lambda: dispatch_rows(order_id) == [("pdf", "sent", "confirmation.pdf")], timeout=10000)

    # Ctrl+P: the print preview gets every page of the confirmation
    seen = {}

    def fake_exec(dialog):
        preview = dialog.findChild(QPrintPreviewWidget)
        preview.updatePreview()
        seen["pages"] = preview.pageCount()
        seen["title"] = dialog.windowTitle()
        seen["size"], seen["screen"] = dialog.size(), dialog.screen().availableGeometry().size()
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_exec)
    QTest.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait_until(lambda: "pages" in seen, timeout=15000)
    assert seen["pages"] == pages and controller.painted_pages == pages
    assert number in seen["title"]
    # never taller or wider than the screen (it was 1000 px high: off a 768 px screen)
    assert seen["size"].height() <= seen["screen"].height() and seen["size"].width() <= seen["screen"].width()
    assert len(dispatch_rows(order_id)) == 1  # a preview closed without printing is not a print

    # Ctrl+Shift+E: the e-mail dialog, prefilled with the contact's address, sends to the local server
    inbox, mail = smtp()
    settings = window.settings
    settings.set(config.SMTP_HOST, mail.host)
    settings.set(config.SMTP_PORT, mail.port)
    settings.set(config.SMTP_TLS, False)
    settings.set(config.MAIL_FROM, "orders@example.kz")
    QTest.keyClick(
        window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.wait_until(lambda: controller.dialog is not None and controller.dialog.isVisible(), timeout=15000)
    dialog = controller.dialog
    assert dialog.toEdit.text() == "zakup@dostyk.kz" and number in dialog.subjectEdit.text()
    shot(dialog, "email_dialog")
    qtbot.mouseClick(dialog.sendButton, Qt.MouseButton.LeftButton)
    qtbot.wait_until(lambda: dialog.dispatch_id is not None, timeout=15000)
    ((_sender, rcpts, content),) = inbox.messages
    assert rcpts == ["zakup@dostyk.kz"]
    attachment = next(email.message_from_bytes(content, policy=email.policy.default).iter_attachments())
    assert attachment.get_content_type() == "application/pdf" and attachment.get_content().startswith(b"%PDF")
    assert number in attachment.get_filename()
    assert dispatch_rows(order_id)[-1] == ("email", "sent", "zakup@dostyk.kz")

    # Ctrl+Shift+G: no fax on file, the operator types one, looks at the pages (Alt+V) and sends them;
    # the stand-in command gets the very TIFF previewed (TIFF Class F, Group 3 2D)
    from PIL import Image

    command, out = fax_script(tmp_path)
    settings.set(config.FAX_COMMAND, command)
    qtbot.wait_until(lambda: not dialog.isVisible(), timeout=5000)
    window.activateWindow()  # what the window manager does when a dialog closes
    qtbot.wait_until(window.isActiveWindow, timeout=5000)
    QTest.keyClick(
        window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.wait_until(lambda: controller.dialog is not dialog and controller.dialog.isVisible(), timeout=15000)
    fax = controller.dialog
    assert fax.numberEdit.text() == ""
    fax.numberEdit.setText("+7 727 250 11 22")
    fax.messageEdit.setPlainText("Просим подтвердить получение заказа.")
    qtbot.wait_until(lambda: fax.pages is not None or bool(fax.messageLabel.text()), timeout=15000)
    assert fax.messageLabel.text() == ""
    assert fax.pages >= 2  # the cover and the order
    fax.numberEdit.setFocus()
    QTest.keyClick(fax, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    qtbot.wait_until(lambda: fax.preview_dialog is not None and fax.preview_dialog.isVisible(), timeout=20000)
    preview = fax.preview_dialog
    shot(preview, "fax_preview")
    assert len(preview.images) == len(preview.labels) == fax.pages
    assert {(i.width(), i.height()) for i in preview.images} == {(1728, 2291)}
    screen = preview.screen().availableGeometry().size()
    assert preview.height() <= screen.height() and preview.width() <= screen.width()
    QTest.keyClick(preview, Qt.Key.Key_Escape)
    qtbot.wait_until(lambda: not preview.isVisible(), timeout=5000)
    qtbot.mouseClick(fax.sendButton, Qt.MouseButton.LeftButton)
    qtbot.wait_until(lambda: fax.dispatch_id is not None, timeout=20000)
    assert out.with_suffix(".number").read_text() == "-n77272501122"
    assert out.with_suffix(".tif").read_bytes() == fax.previewed.tiff  # what was shown is what went
    tiff = Image.open(out.with_suffix(".tif"))
    assert tiff.n_frames == fax.pages and tiff.info["compression"] == "group3" and tiff.mode == "1"
    assert tiff.tag_v2[262] == 0 and tiff.tag_v2[292] == 1
    assert dispatch_rows(order_id)[-1] == ("fax_command", "sent", "77272501122")

    # no fax command and no gateway: the fax cannot go; the history (Ctrl+Shift+H) shows it failed, and why
    settings.set(config.FAX_COMMAND, "")
    window.activateWindow()
    qtbot.wait_until(window.isActiveWindow, timeout=5000)
    QTest.keyClick(
        window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.wait_until(lambda: controller.dialog is not fax and controller.dialog.isVisible(), timeout=15000)
    unsent = controller.dialog
    unsent.numberEdit.setText("+7 727 250 11 22")
    qtbot.mouseClick(unsent.sendButton, Qt.MouseButton.LeftButton)
    qtbot.wait_until(
        lambda: unsent.sendButton.isEnabled() and bool(unsent.messageLabel.text()), timeout=20000
    )
    assert unsent.dispatch_id is None
    assert dispatch_rows(order_id)[-1] == ("fax", "failed", "77272501122")
    unsent.reject()
    window.activateWindow()
    qtbot.wait_until(window.isActiveWindow, timeout=5000)
    QTest.keyClick(
        window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.wait_until(lambda: controller.dialog is not unsent and controller.dialog.isVisible(), timeout=15000)
    history = controller.dialog.model
    cells = [
        [history.data(history.index(r, c)) for c in range(history.columnCount())]
        for r in range(history.rowCount())
    ]
    failed = next(row for row in cells if row[4] == "FAILED")
    assert failed[2] == "fax" and failed[3] == "77272501122" and failed[6] == unsent.messageLabel.text()
    controller.dialog.reject()


def test_price_list_of_the_client_on_screen_saved_and_faxed(qtbot, window, tmp_path, monkeypatch):  # noqa: F811
    from pypdf import PdfReader

    controller = window.documents
    client = roomy_client()
    find_client(qtbot, window, client)
    QTest.keyClick(
        window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.wait_until(lambda: controller.dialog is not None and controller.dialog.isVisible(), timeout=10000)
    dialog = controller.dialog
    assert client.name in dialog.whoLabel.text()
    qtbot.wait_until(lambda: dialog.groupList.count() > 0, timeout=10000)
    dialog.promoCheck.setChecked(True)
    target = tmp_path / "prices.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(target), "")))
    qtbot.mouseClick(dialog.saveButton, Qt.MouseButton.LeftButton)
    qtbot.wait_until(target.exists, timeout=20000)
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(target.read_bytes())).pages)
    assert client.code in text
    qtbot.wait_until(
        lambda: m.DocumentDispatch.select().where(m.DocumentDispatch.kind == "price_list").count() == 1,
        timeout=10000,
    )

    from PIL import Image

    command, out = fax_script(tmp_path)
    window.settings.set(config.FAX_COMMAND, command)
    qtbot.mouseClick(dialog.faxButton, Qt.MouseButton.LeftButton)
    qtbot.wait_until(lambda: controller.dialog is not dialog and controller.dialog.isVisible(), timeout=10000)
    fax = controller.dialog
    assert not fax.messageEdit.isVisible()  # no cover page for a price list
    qtbot.wait_until(lambda: fax.pages is not None, timeout=20000)
    fax.numberEdit.setText("8 727 250 11 22")
    qtbot.mouseClick(fax.sendButton, Qt.MouseButton.LeftButton)
    qtbot.wait_until(lambda: fax.dispatch_id is not None or fax.sendButton.isEnabled(), timeout=20000)
    assert fax.dispatch_id is not None, fax.messageLabel.text()
    row = m.DocumentDispatch.get_by_id(fax.dispatch_id)
    assert (row.kind, row.channel, row.status, row.client_id) == (
        "price_list",
        "fax_command",
        "sent",
        client.id,
    )
    assert Image.open(out.with_suffix(".tif")).n_frames == fax.pages == row.pages


@pytest.fixture
def head_window(open_desk):
    return open_desk("head").window


def test_daily_report_pdf_for_the_head(qtbot, head_window, tmp_path, monkeypatch):
    from pypdf import PdfReader

    win, controller = head_window, head_window.documents
    win.settings.set(config.DOCUMENT_LANGUAGE, "ru")  # whatever the interface speaks
    assert controller.actions["daily_report"].isEnabled()
    QTest.keyClick(win, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.wait_until(lambda: controller.dialog is not None and controller.dialog.isVisible(), timeout=10000)
    dialog = controller.dialog
    dialog.dateEdit.setDate(QDate(DEMO_AS_OF.year, DEMO_AS_OF.month, DEMO_AS_OF.day))
    target = tmp_path / "report.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(target), "")))
    qtbot.mouseClick(dialog.saveButton, Qt.MouseButton.LeftButton)
    qtbot.wait_until(lambda: target.exists() or bool(dialog.messageLabel.text()), timeout=20000)
    assert dialog.messageLabel.text() == ""
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(target.read_bytes())).pages)
    assert DEMO_AS_OF.strftime("%d.%m.%Y") in text and "Отчёт о звонках и заказах" in text


def test_the_document_language_is_the_setting_else_the_operators(window, monkeypatch):  # noqa: F811
    """``documents.language`` when set, else the language the windows speak (not ``ui.language``,
    empty on most desks: with it empty, an English desk printed its documents in Russian)."""
    from orderdesk_gui.ui import messages
    from orderdesk_gui.ui.documents import document_language

    controller, settings = window.documents, window.settings
    settings.set(config.UI_LANGUAGE, "")
    monkeypatch.setattr(messages, "language", lambda: "en")
    assert controller.lang == "en"
    settings.set(config.DOCUMENT_LANGUAGE, "ru")
    assert controller.lang == "ru"
    monkeypatch.setattr(messages, "language", lambda: "kk")
    settings.set(config.DOCUMENT_LANGUAGE, "")
    assert document_language(settings) == "kk" and controller.company().terms.startswith("Бағалар")
    settings.set(config.DOCUMENT_LANGUAGE, "de")  # not one of ours: the interface's
    assert controller.lang == "kk"


def test_the_daily_report_is_not_for_operators(window):  # noqa: F811
    assert not window.documents.actions["daily_report"].isEnabled()


# --- painting PDF pages on a printer --------------------------------------------------------------


def _price_list_pdf(pages: int) -> bytes:
    import datetime as dt
    from decimal import Decimal

    from orderdesk_gui import printing
    from orderdesk_gui.printing.data import Company, PriceGroup, PriceListDoc, PriceRow

    rows = tuple(
        PriceRow(f"G{i:05d}", f"Ұн «Ақ бидай» {i}", "қап", Decimal(1), Decimal(9000 + i))
        for i in range(pages * 50)
    )
    doc = PriceListDoc("Прайс-лист", dt.date(2026, 11, 20), "Опт-2", None, (PriceGroup("Бакалея", rows),))
    return printing.render_price_list(doc, Company("ТОО «Тест»", "Алматы", "", "", "", ""))


def _rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * 4096 / 2**20


def test_paint_pdf_prints_every_page_as_grey_images_of_at_most_200_dpi(qapp, tmp_path):
    """Each page goes to the printer as an 8-bit grey image of at most 200 dpi, scaled to the paper
    and centred (a 300 dpi 32-bit page took 35 MB; a grey 200 dpi one about 4 MB)."""
    from pypdf import PdfReader
    from PySide6.QtGui import QImage, QPageSize
    from PySide6.QtPrintSupport import QPrinter

    from orderdesk_gui.ui import document_output as ui_documents
    from orderdesk_gui.ui.pdf_render import open_document, page_count, page_image

    pdf = _price_list_pdf(3)
    pages = page_count(pdf)
    assert pages >= 3
    with open_document(pdf) as doc:  # one byte a pixel
        image = page_image(doc, 0, ui_documents.PRINT_DPI)
        assert image.format() == QImage.Format.Format_Grayscale8 and image.sizeInBytes() < 4.2 * 2**20
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setFullPage(True)
    assert printer.resolution() > ui_documents.PRINT_DPI
    assert ui_documents.paint_pdf(printer, pdf) == pages
    printed = PdfReader(str(tmp_path / "printed.pdf"))
    assert len(printed.pages) == pages
    for page in printed.pages:
        images = list(page.images)
        assert len(images) == 1
        image = images[0].image
        assert image.width <= round(595.28 * 200 / 72) + 1 and image.height <= round(841.89 * 200 / 72) + 1
        assert image.width >= round(595.28 * 200 / 72) - 1  # and still the full 200 dpi
        assert image.convert("L").getextrema()[0] < 100  # there is dark text on it


def test_print_preview_keeps_about_4_mb_a_page(qapp):
    """QPrintPreviewDialog keeps every page: 12 pages must not take more than ~5 MB each."""
    import gc

    from PySide6.QtPrintSupport import QPrinter

    from orderdesk_gui.ui.document_output import paint_pdf

    pdf = _price_list_pdf(12)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)
    preview = QPrintPreviewWidget(printer)
    painted = []
    preview.paintRequested.connect(lambda target: painted.append(paint_pdf(target, pdf)))
    gc.collect()
    before = _rss_mb()
    preview.updatePreview()
    grown = _rss_mb() - before
    pages = preview.pageCount()
    assert painted == [pages] and pages >= 12
    assert grown / pages < 7, f"{grown:.0f} MB for {pages} pages"
    preview.deleteLater()
