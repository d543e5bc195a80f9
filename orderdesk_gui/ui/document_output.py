"""A made document on its way out: the Built value with its pages counted, painted on a printer page
by page, written to a file atomically, turned into fax pages."""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtPrintSupport import QPrinter

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


def fax_pages(pdf: bytes) -> tuple[bytes, int]:
    """The fax TIFF of a PDF and its pages (handed to the dispatch service)."""
    from orderdesk_gui.ui.pdf_render import fax_tiff

    return fax_tiff(pdf), page_count(pdf)


# --- dialogs ------------------------------------------------------------------------------------
