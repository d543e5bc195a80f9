"""PDF pages as images with QtPdf: page count, preview/print images, and the 1-bit Group 4 fax TIFF.

QtPdf renders onto a transparent image; every page is painted over white
first, or a 1-bit conversion turns the whole page black. Needs a
QGuiApplication: one is created (once) when none exists. ``open_document`` and
``render_page`` let a printer loop paint one page at a time.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QBuffer, QByteArray, QEventLoop, QIODevice, QSize, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions

FAX_WIDTH_PX = 1728  # a fax line: 215 mm at 8.04 dots/mm
FAX_THRESHOLD = 160  # grey levels below this become black: keeps anti-aliased strokes solid
_app: QGuiApplication | None = None


def _ensure_app() -> None:
    global _app
    if QGuiApplication.instance() is None:
        _app = QGuiApplication([])


@contextmanager
def open_document(pdf: bytes) -> Iterator[QPdfDocument]:
    """The PDF loaded from memory; the buffer is kept alive while the document is used."""
    if not pdf or not bytes(pdf[:5]) == b"%PDF-":
        raise ValueError("Not a PDF document.")
    _ensure_app()
    data = QByteArray(bytes(pdf))
    buffer = QBuffer()
    buffer.setData(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument(None)
    try:
        doc.load(buffer)
        if doc.status() == QPdfDocument.Status.Loading:
            loop = QEventLoop()
            doc.statusChanged.connect(lambda _s: loop.quit())
            QTimer.singleShot(10_000, loop.quit)
            if doc.status() == QPdfDocument.Status.Loading:
                loop.exec()
        if doc.status() != QPdfDocument.Status.Ready or doc.pageCount() < 1:
            raise ValueError(f"The PDF document cannot be read ({doc.error().name}).")
        yield doc
    finally:
        doc.close()
        buffer.close()


def render_page(doc: QPdfDocument, page: int, size: QSize, *, grayscale: bool = False) -> QImage:
    """One page stretched to ``size`` pixels, painted over white (RGB32)."""
    options = QPdfDocumentRenderOptions()
    if grayscale:
        options.setRenderFlags(QPdfDocumentRenderOptions.RenderFlag.Grayscale)
    rendered = doc.render(page, size, options)
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return image


def page_image(doc: QPdfDocument, page: int, dpi: float) -> QImage:
    """One page at ``dpi`` as an 8-bit grey image (a quarter of the memory of RGB32), for printing."""
    points = doc.pagePointSize(page)
    size = QSize(max(1, round(points.width() * dpi / 72)), max(1, round(points.height() * dpi / 72)))
    return render_page(doc, page, size, grayscale=True).convertToFormat(QImage.Format.Format_Grayscale8)


def page_count(pdf: bytes) -> int:
    """Number of pages of ``pdf``; ValueError when it is not a readable PDF."""
    with open_document(pdf) as doc:
        return doc.pageCount()


def page_images(pdf: bytes, dpi: float) -> list[QImage]:
    """Every page as an RGB32 image at ``dpi`` (white background), for preview and printing."""
    with open_document(pdf) as doc:
        images = []
        for page in range(doc.pageCount()):
            points = doc.pagePointSize(page)
            size = QSize(max(1, round(points.width() * dpi / 72)), max(1, round(points.height() * dpi / 72)))
            images.append(render_page(doc, page, size))
        return images


def _to_bitonal(image: QImage):  # -> PIL.Image.Image
    from PIL import Image

    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = gray.width(), gray.height(), gray.bytesPerLine()
    pixels = bytes(gray.constBits())[: stride * height]
    page = Image.frombuffer("L", (width, height), pixels, "raw", "L", stride, 1)
    table = [0 if level < FAX_THRESHOLD else 255 for level in range(256)]
    return page.point(table, "1")


def fax_tiff(pdf: bytes, xdpi: int = 204, ydpi: int = 196) -> bytes:
    """All pages as one multi-page TIFF for fax servers: 1 bit, CCITT Group 4, 1728 px wide, xdpi x ydpi."""
    from PIL import Image

    frames = []
    with open_document(pdf) as doc:
        for page in range(doc.pageCount()):
            points = doc.pagePointSize(page)
            width = points.width() * xdpi / 72
            height = points.height() * ydpi / 72
            scale = min(1.0, FAX_WIDTH_PX / width)  # Letter is a little wider than a fax line
            size = QSize(round(width * scale), round(height * scale))
            bitonal = _to_bitonal(render_page(doc, page, size, grayscale=True))
            frame = Image.new("1", (FAX_WIDTH_PX, size.height()), 1)
            frame.paste(bitonal, ((FAX_WIDTH_PX - size.width()) // 2, 0))
            frames.append(frame)
    out = io.BytesIO()
    frames[0].save(
        out,
        format="TIFF",
        save_all=True,
        append_images=frames[1:],
        compression="group4",
        dpi=(xdpi, ydpi),
    )
    return out.getvalue()
