"""A made document on its way out: the Built value with its pages counted, painted on a printer page
by page, written to a file atomically, turned into fax pages."""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from orderdesk_gui.services import printed

DOC_LANGS = ("ru", "kk", "en")
# The most a page is rasterised at for the printer or the preview. The print preview keeps every
# page it was given, so a page is drawn as an 8-bit grey image (documents are black and grey): at
# 200 dpi an A4 page is 1654 x 2339 pixels, about 4 MB (at 300 dpi in 32-bit colour it was 35 MB,
# and a 17-page price list took the preview to 680 MB). It is drawn as a pixmap that keeps that
# format: the preview turns a drawn QImage into a pixmap of the screen's 32-bit format.
PRINT_DPI = 200


def safe_name(text: str) -> str:
    return "".join("_" if ch in '<>:"/\\|?*' else ch for ch in text).strip() or "document"


def write_atomically(path: str, data: bytes) -> None:
    """Write a file through a temporary file beside it, so a failure never leaves half a PDF."""
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=".orderdesk-", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def paint_pdf(printer: QPrinter, pdf: bytes) -> int:
    """Paint the PDF on the printer page by page (one page image in memory at a time), each page
    an 8-bit grey image of at most PRINT_DPI, scaled to the paper and centred; returns the pages
    painted."""
    from orderdesk_gui.ui.pdf_render import open_document, page_image

    painter = QPainter()
    if not painter.begin(printer):
        return 0
    dpi = min(printer.resolution(), PRINT_DPI)
    painted = 0
    try:
        with open_document(pdf) as doc:
            for i in range(doc.pageCount()):
                if i:
                    printer.newPage()
                image = page_image(doc, i, dpi)
                area = QRectF(painter.viewport())
                size = QSizeF(image.size()).scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                left = area.x() + (area.width() - size.width()) / 2
                pixmap = QPixmap.fromImage(image, Qt.ImageConversionFlag.NoFormatConversion)
                del image
                painter.drawPixmap(
                    QRectF(left, area.y(), size.width(), size.height()), pixmap, QRectF(pixmap.rect())
                )
                painted += 1
    finally:
        painter.end()
    return painted


@dataclass(frozen=True)
class Built:
    """A document made on the worker, ready to preview, save or send."""

    pdf: bytes
    kind: str
    title: str  # file name stem and e-mail subject
    order_id: int | None = None
    client_id: int | None = None
    pages: int = 0
    email: str = ""  # the client's e-mail, to prefill


def page_count(pdf: bytes) -> int:
    from orderdesk_gui.ui.pdf_render import page_count

    return page_count(pdf)


def built(doc: printed.Rendered, title: str = "") -> Built:
    """A document rendered by the service, with its pages counted (on the worker)."""
    return Built(
        doc.pdf, doc.kind, title or doc.title, doc.order_id, doc.client_id, page_count(doc.pdf), doc.email
    )


@dataclass(frozen=True)
class FaxPages:
    """A document made into fax pages: the TIFF that is sent, and its pages decoded for the preview."""

    pdf: bytes
    tiff: bytes
    images: tuple[QImage, ...]
    xdpi: int = 204
    ydpi: int = 196

    @property
    def width_px(self) -> int:
        return self.images[0].width() if self.images else 0

    @property
    def height_px(self) -> int:
        return self.images[0].height() if self.images else 0


def fax_preview(pdf: bytes, encoding: str = "") -> FaxPages:
    """The fax TIFF of a PDF (as ``fax_pages`` makes it for sending) with its pages read back from
    that TIFF, for the preview (on the worker: QImage is not a widget)."""
    from orderdesk_gui.ui.pdf_render import FAX_XDPI, FAX_YDPI, fax_page_images

    tiff, _pages = fax_pages(pdf, encoding)
    return FaxPages(pdf, tiff, tuple(fax_page_images(tiff)), FAX_XDPI, FAX_YDPI)


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize ``widget`` to ``width`` x ``height``, never more than the available geometry of the
    screen it is on (a 1000 px high window on a 768 px screen had its buttons off the bottom)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        widget.resize(width, height)
        return
    room = screen.availableGeometry().size()
    # the window frame (title bar, borders) is outside the size set here: leave room for it
    frame = widget.frameGeometry().size() - widget.geometry().size() if widget.isVisible() else QSize(0, 0)
    margin = QSize(max(frame.width(), 16), max(frame.height(), 40))
    fitted = QSize(min(width, room.width() - margin.width()), min(height, room.height() - margin.height()))
    widget.resize(fitted.expandedTo(QSize(200, 200)).boundedTo(room))


def fax_pages(pdf: bytes, encoding: str = "") -> tuple[bytes, int]:
    """The fax TIFF of a PDF (``fax.encoding``: Group 3 2D when empty) and its pages (handed to the
    dispatch service)."""
    from orderdesk_gui.ui.pdf_render import fax_encoding, fax_tiff

    return fax_tiff(pdf, encoding=fax_encoding(encoding)), page_count(pdf)


# --- dialogs ------------------------------------------------------------------------------------
