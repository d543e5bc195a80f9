"""PDF pages as images with QtPdf: page count, preview/print images, and the fax TIFF (TIFF Class F).

QtPdf renders onto a transparent image; every page is painted over white
first, or a 1-bit conversion turns the whole page black. Needs a
QGuiApplication: one is created (once) when none exists. ``open_document`` and
``render_page`` let a printer loop paint one page at a time.
"""

from __future__ import annotations

import io
import logging
import math
import struct
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QBuffer, QByteArray, QEventLoop, QIODevice, QSize, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions

FAX_WIDTH_PX = 1728  # a fax line: 215 mm at 8.04 dots/mm
FAX_XDPI, FAX_YDPI = 204, 196  # fine resolution
FAX_THRESHOLD = 160  # grey levels below this become black: keeps anti-aliased strokes solid
# fax.encoding -> (Pillow's compression, T4Options): Group 3 2D (MR, TIFF Class F's usual), Group 3 1D
# (MH, what every fax machine reads), Group 4 (MMR)
FAX_ENCODINGS: dict[str, tuple[str, int | None]] = {
    "group3-2d": ("group3", 1),
    "group3-1d": ("group3", 0),
    "group4": ("group4", None),
}
FAX_DEFAULT_ENCODING = "group3-2d"
_ENCODING_ALIASES = {"g3": "group3-2d", "group3": "group3-2d", "g3-2d": "group3-2d", "mr": "group3-2d",
                     "g3-1d": "group3-1d", "mh": "group3-1d", "g4": "group4", "mmr": "group4"}  # fmt: skip
# TIFF tags and values
_NEW_SUBFILE_TYPE, _PHOTOMETRIC, _FILL_ORDER, _ROWS_PER_STRIP = 254, 262, 266, 278
_T4_OPTIONS, _PAGE_NUMBER, _SOFTWARE = 292, 297, 305
_SHORT, _MIN_IS_WHITE = 3, 0
log = logging.getLogger(__name__)
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
    """A grey page as a 1-bit image with the ink as 1 bits (a fax's black), white as 0."""
    from PIL import Image

    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = gray.width(), gray.height(), gray.bytesPerLine()
    pixels = bytes(gray.constBits())[: stride * height]
    page = Image.frombuffer("L", (width, height), pixels, "raw", "L", stride, 1)
    table = [255 if level < FAX_THRESHOLD else 0 for level in range(256)]
    return page.point(table, "1")


def fax_page_size(points_w: float, points_h: float, xdpi: int = FAX_XDPI, ydpi: int = FAX_YDPI) -> QSize:
    """The page drawn at the fax resolution, no wider than a fax line, and never a row longer than
    the paper: rows are rounded down (an A4 page is 2291 rows at 196 dpi, 296.9 mm; 2292 rows are
    297.02 mm, which a fax server takes for a page longer than A4 and scales)."""
    width = points_w * xdpi / 72
    scale = min(1.0, FAX_WIDTH_PX / width)  # Letter is a little wider than a fax line
    return QSize(min(FAX_WIDTH_PX, round(width * scale)), max(1, math.floor(points_h * ydpi / 72 * scale)))


def fax_frames(pdf: bytes, xdpi: int = FAX_XDPI, ydpi: int = FAX_YDPI) -> list:  # -> list[PIL.Image.Image]
    """Every page as a 1-bit image 1728 px wide at xdpi x ydpi, ink as 1 bits, centred on the line."""
    from PIL import Image

    frames = []
    with open_document(pdf) as doc:
        for page in range(doc.pageCount()):
            points = doc.pagePointSize(page)
            size = fax_page_size(points.width(), points.height(), xdpi, ydpi)
            bitonal = _to_bitonal(render_page(doc, page, size, grayscale=True))
            frame = Image.new("1", (FAX_WIDTH_PX, size.height()), 0)
            frame.paste(bitonal, ((FAX_WIDTH_PX - size.width()) // 2, 0))
            frames.append(frame)
    return frames


def fax_encoding(name: str | None) -> str:
    """A known fax encoding (``group3-2d``, ``group3-1d``, ``group4``); the default for anything else."""
    value = (name or "").strip().lower().replace("_", "-").replace(" ", "")
    value = _ENCODING_ALIASES.get(value, value)
    if value not in FAX_ENCODINGS:
        if value:
            log.warning(
                "fax encoding %r is not one of %s; using %s",
                name,
                ", ".join(FAX_ENCODINGS),
                FAX_DEFAULT_ENCODING,
            )
        return FAX_DEFAULT_ENCODING
    return value


def fax_tiff(
    pdf: bytes, xdpi: int = FAX_XDPI, ydpi: int = FAX_YDPI, *, encoding: str = FAX_DEFAULT_ENCODING
) -> bytes:
    """All pages as one TIFF Class F file a fax server sends as it is: 1 bit, min-is-white, one
    strip per page, 1728 px wide at xdpi x ydpi, CCITT Group 3 (2D or 1D) or Group 4.

    HylaFAX's ``tiffcheck`` answers OK for it (``-2`` for Group 3 2D, no option for Group 3 1D,
    ``-3`` for Group 4); anything else it has the server reformat, resize or reimage first."""
    return encode_fax(fax_frames(pdf, xdpi, ydpi), xdpi, ydpi, encoding=encoding)


def encode_fax(
    frames: list, xdpi: int = FAX_XDPI, ydpi: int = FAX_YDPI, *, encoding: str = FAX_DEFAULT_ENCODING
) -> bytes:
    """1-bit pages (ink as 1 bits) as a multi-page TIFF Class F file (see ``fax_tiff``)."""
    from PIL import TiffImagePlugin

    if not frames:
        raise ValueError("A fax needs at least one page.")
    compression, t4options = FAX_ENCODINGS[fax_encoding(encoding)]
    info = TiffImagePlugin.ImageFileDirectory_v2()
    info[_NEW_SUBFILE_TYPE] = 2  # a page of a multi-page document
    info[_FILL_ORDER] = 1  # most significant bit first
    info[_ROWS_PER_STRIP] = max(frame.height for frame in frames)  # one strip a page
    info[_SOFTWARE] = "OrderDesk"
    info[_PAGE_NUMBER] = (0, len(frames))
    if t4options is not None:
        info[_T4_OPTIONS] = t4options
    out = io.BytesIO()
    # Written as Pillow writes a 1-bit image, min-is-black, with the ink already as 1 bits: the CCITT
    # data is then exactly what a min-is-white page holds, and the tags are set right afterwards.
    # (Asked for min-is-white, Pillow inverts every page pixel by pixel in Python: half a second a page.)
    frames[0].save(
        out,
        format="TIFF",
        save_all=True,
        append_images=frames[1:],
        compression=compression,
        dpi=(xdpi, ydpi),
        tiffinfo=info,
    )
    return _set_page_tags(out.getvalue())


def _set_page_tags(data: bytes) -> bytes:
    """Every page's PhotometricInterpretation set to min-is-white (0) and its PageNumber to (its
    index, the page count): both are SHORT values kept inside their directory entries."""
    buf = bytearray(data)
    order = {b"II": "<", b"MM": ">"}[bytes(buf[:2])]
    offsets: list[int] = []
    (ifd,) = struct.unpack_from(order + "I", buf, 4)
    while ifd and ifd not in offsets and len(offsets) < 10_000:
        offsets.append(ifd)
        (count,) = struct.unpack_from(order + "H", buf, ifd)
        ifd = struct.unpack_from(order + "I", buf, ifd + 2 + 12 * count)[0]
    for page, ifd in enumerate(offsets):
        (count,) = struct.unpack_from(order + "H", buf, ifd)
        for entry in range(ifd + 2, ifd + 2 + 12 * count, 12):
            tag, kind, n = struct.unpack_from(order + "HHI", buf, entry)
            if kind != _SHORT:
                continue
            if tag == _PHOTOMETRIC and n == 1:
                struct.pack_into(order + "HH", buf, entry + 8, _MIN_IS_WHITE, 0)
            elif tag == _PAGE_NUMBER and n == 2:
                struct.pack_into(order + "HH", buf, entry + 8, page, len(offsets))
    return bytes(buf)


def fax_page_images(tiff: bytes) -> list[QImage]:
    """The pages of a fax TIFF as they will be sent, as grey images drawn at the fax's own pixels
    (shown stretched by xdpi/ydpi, the fax's pixels being a little taller than wide)."""
    from PIL import Image

    images = []
    with Image.open(io.BytesIO(tiff)) as fax:
        for number in range(getattr(fax, "n_frames", 1)):
            fax.seek(number)
            page = fax.convert("L")
            data = page.tobytes()
            image = QImage(data, page.width, page.height, page.width, QImage.Format.Format_Grayscale8)
            images.append(image.copy())  # the QImage owns its pixels once ``data`` is gone
    return images
