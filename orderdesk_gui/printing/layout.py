"""Shared page template, styles and table builders of every document (reportlab; imported per document).

Two looks: the ordinary office print and the fax-legible one (black on white,
no fills, rules of at least 1.5 pt, type of at least 11 pt). Tables size their
columns to the frame: fixed columns take their natural width up to a cap, the
flexible (name) column takes the rest, and any text wider than its cell wraps
in a Paragraph, so nothing ever runs past the right margin.
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, unescape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import LayoutError

from . import DocumentError, fonts, labels
from .data import Company

log = logging.getLogger(__name__)

PAPERS = {"a4": A4, "letter": LETTER}
MARGIN_X = 15 * mm
MARGIN_TOP = 14 * mm
MARGIN_BOTTOM = 18 * mm  # the footer (page X of Y) lives in it
BLACK = colors.black
WHITE = colors.white


def page_size(paper: str, lang: str = labels.DEFAULT_LANG) -> tuple[float, float]:
    """Points of ``"A4"`` or ``"Letter"`` (any case); DocumentError for anything else."""
    size = PAPERS.get((paper or "A4").strip().lower())
    if size is None:
        raise DocumentError("document.paper", paper=str(paper))
    return size


def frame_width(paper: str, lang: str = labels.DEFAULT_LANG) -> float:
    """Width of the text frame between the side margins, in points."""
    return page_size(paper, lang)[0] - 2 * MARGIN_X


@dataclass(frozen=True)
class Look:
    """Sizes, rules and fills of one style of document, with its paragraph styles."""

    fax: bool
    body: float
    table: float
    small: float
    title: float
    big: float
    rule: float
    heavy_rule: float
    pad: float
    header_fill: Any
    group_fill: Any
    styles: dict[str, ParagraphStyle] = field(default_factory=dict, compare=False, repr=False)

    def __getitem__(self, name: str) -> ParagraphStyle:
        return self.styles[name]


def _styles(look: Look) -> dict[str, ParagraphStyle]:
    def style(name: str, size: float, font: str = fonts.REGULAR, align: int = TA_LEFT, **kw: Any) -> None:
        out[name] = ParagraphStyle(
            name,
            fontName=font,
            fontSize=size,
            leading=round(size * 1.22, 2),
            alignment=align,
            textColor=BLACK,
            splitLongWords=1,
            strikeWidth=look.rule if look.fax else "",  # a struck price stays visible after a fax
            **kw,
        )

    out: dict[str, ParagraphStyle] = {}
    style("body", look.body)
    style("bold", look.body, fonts.BOLD)
    style("small", look.small)
    style("title", look.title, fonts.BOLD, spaceAfter=2)
    style("big", look.big, fonts.BOLD)
    style("company", look.title * 0.9, fonts.BOLD)
    style("label", look.body, fonts.BOLD)
    style("heading", look.body * 1.15, fonts.BOLD, spaceBefore=6, spaceAfter=3)
    for suffix, align in (("", TA_LEFT), ("_r", TA_RIGHT), ("_c", TA_CENTER)):
        style("cell" + suffix, look.table, fonts.NARROW, align)
        style("head" + suffix, look.table, fonts.NARROW_BOLD, align)
    return out


@lru_cache(maxsize=2)
def look(fax: bool = False) -> Look:
    """The office look (``fax=False``) or the fax-legible one."""
    fonts.register()
    if fax:
        base = Look(True, 12, 11, 11, 20, 24, 1.5, 2.5, 4, None, None)
    else:
        base = Look(
            False,
            9,
            8,
            7.5,
            14,
            14,
            0.5,
            1.0,
            3,
            colors.Color(0.87, 0.87, 0.87),
            colors.Color(0.94, 0.94, 0.94),
        )
    base.styles.update(_styles(base))
    return base


def table_style(lk: Look, commands: Iterable[tuple] = ()) -> TableStyle:
    """A TableStyle whose plain-string cells (even empty ones) use the document font, then ``commands``."""
    return TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), fonts.NARROW),
            ("FONTSIZE", (0, 0), (-1, -1), lk.table),
            ("LEADING", (0, 0), (-1, -1), lk["cell"].leading),
            *commands,
        ]
    )


def para(value: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of plain text: markup characters escaped, line breaks kept."""
    return Paragraph(escape(value).replace("\n", "<br/>"), style)


class Markup(str):
    """A table cell already written in Paragraph markup (e.g. ``<strike>``); never escaped."""


@dataclass(frozen=True)
class Col:
    """One table column: heading, alignment, and how it takes width."""

    heading: str  # ", " is kept on one line with what follows ("Price, ₸")
    align: str = "LEFT"  # LEFT, RIGHT or CENTER
    flex: float = 0.0  # > 0: shares what the fixed columns leave (names)
    cap: float = 0.3  # a fixed column takes at most this share of the width; longer texts wrap


@dataclass(frozen=True)
class Span:
    """A row of one cell across the whole table (a group heading)."""

    text: str


_TAG = re.compile(r"<[^>]+>")


def _heading(text: str) -> str:
    return text.replace(", ", ",\u00a0")


def _plain(cell: str) -> str:
    return unescape(_TAG.sub("", cell)) if isinstance(cell, Markup) else cell


def _width(value: str, font: str, size: float) -> float:
    return max((stringWidth(line, font, size) for line in value.split("\n")), default=0.0)


_BOLD_TAG = re.compile(r"<(/?)(?:b|strong)\b[^>]*>", re.IGNORECASE)
_NUMBER = re.compile(r"^[-+−]?\d[\d\s\u00a0\u202f.,']*%?$")  # 1 386,00 · 1,386.00 · 12,5 · 5%


def _is_number(cell: str) -> bool:
    return bool(_NUMBER.match(_plain(cell).strip()))


def cell_width(cell: str, size: float, *, bold: bool = False) -> float:
    """Width of a table cell's widest line in the font it is drawn in: a bold row in bold, and
    the ``<b>`` parts of a Markup cell in bold (a price measured in the regular font and drawn
    bold would not fit its column and wrap in the middle of the number)."""
    if not isinstance(cell, Markup):
        return _width(cell, fonts.NARROW_BOLD if bold else fonts.NARROW, size)
    widest = 0.0
    depth = 1 if bold else 0
    for line in re.split(r"<br\s*/?>|\n", cell, flags=re.IGNORECASE):
        line_width, at = 0.0, 0
        for tag in list(_BOLD_TAG.finditer(line)) + [None]:
            end = tag.start() if tag is not None else len(line)
            piece = unescape(_TAG.sub("", line[at:end]))
            line_width += stringWidth(piece, fonts.NARROW_BOLD if depth else fonts.NARROW, size)
            if tag is not None:
                depth = max(0, depth - 1) if tag.group(1) else depth + 1
                at = tag.end()
        widest = max(widest, line_width)
    return widest


def column_widths(
    cols: Sequence[Col],
    rows: Sequence[Sequence[str]],
    lk: Look,
    width: float,
    *,
    bold_rows: Iterable[int] = (),
) -> list[float]:
    """Widths summing to ``width``: fixed columns at their natural width (capped), flex ones the rest.

    Cells are measured in the font they are drawn in (``bold_rows``: indexes of ``rows`` drawn
    bold). When the fixed columns leave the flexible ones less than a quarter of the width, they
    give up width down to their heading's longest word, but a column of numbers never below its
    widest number; only when even that does not fit do they shrink further (headings then wrap).
    """
    pad = 2 * lk.pad + 0.5
    bold = set(bold_rows)
    natural, least = [], []
    for i, col in enumerate(cols):
        head = max(stringWidth(w, fonts.NARROW_BOLD, lk.table) for w in _heading(col.heading).split(" "))
        body = numbers = 0.0
        for n, r in enumerate(rows):
            cell_w = cell_width(r[i], lk.table, bold=n in bold)
            body = max(body, cell_w)
            if _is_number(r[i]):
                numbers = max(numbers, cell_w)
        natural.append(max(head, body) + pad)
        least.append(max(head, numbers) + pad)
    fixed = [
        0.0 if c.flex else min(n, max(c.cap * width, m)) for c, n, m in zip(cols, natural, least, strict=True)
    ]
    flex_total = sum(c.flex for c in cols)
    if not flex_total:
        scale = width / sum(fixed)
        return [f * scale for f in fixed]
    room = width - 0.25 * width  # what the fixed columns may take
    if sum(fixed) > room:
        floors = [0.0 if c.flex else min(f, m) for c, f, m in zip(cols, fixed, least, strict=True)]
        spare = sum(fixed) - sum(floors)
        if sum(floors) <= room and spare > 0:
            keep = (room - sum(floors)) / spare
            fixed = [fl + (f - fl) * keep for f, fl in zip(fixed, floors, strict=True)]
        else:
            fixed = [f * room / sum(fixed) for f in fixed]
    rest = width - sum(fixed)
    return [f if not c.flex else rest * c.flex / flex_total for c, f in zip(cols, fixed, strict=True)]


def table(
    cols: Sequence[Col],
    rows: Sequence[Sequence[str] | Span],
    lk: Look,
    width: float,
    *,
    header: bool = True,
    bold_rows: Iterable[int] = (),
    extra: Iterable[tuple] = (),
    footer: Sequence[Flowable] = (),
    keep_with_footer: int = 3,
) -> Table:
    """A gridded table filling ``width``, header repeated on every page; wide texts wrap in their cells.

    ``footer`` (e.g. the totals) is drawn under the grid, right-aligned, in a last row across the
    table that never starts a page alone: the last ``keep_with_footer`` rows go with it, under the
    repeated header."""
    bold_rows = set(bold_rows)
    plain_rows: list[Sequence[str]] = []
    plain_bold: list[int] = []
    for n, r in enumerate(rows):
        if not isinstance(r, Span):
            if n in bold_rows:
                plain_bold.append(len(plain_rows))
            plain_rows.append(r)
    widths = column_widths(cols, plain_rows, lk, width, bold_rows=plain_bold)
    suffix = {"LEFT": "", "RIGHT": "_r", "CENTER": "_c"}
    data: list[list[Any]] = []
    commands: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), lk.pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), lk.pad),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5 if not lk.fax else 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5 if not lk.fax else 3.5),
        ("GRID", (0, 0), (-1, -1), lk.rule, BLACK),
    ]
    for i, col in enumerate(cols):
        commands.append(("ALIGN", (i, 0), (i, -1), col.align))
    if header:
        data.append([para(_heading(c.heading), lk["head" + suffix[c.align]]) for c in cols])
        commands.append(("LINEBELOW", (0, 0), (-1, 0), lk.heavy_rule, BLACK))
        if lk.header_fill is not None:
            commands.append(("BACKGROUND", (0, 0), (-1, 0), lk.header_fill))
    for row in rows:
        r = len(data)
        if isinstance(row, Span):
            data.append([para(row.text, lk["head"])] + [""] * (len(cols) - 1))
            commands.append(("SPAN", (0, r), (-1, r)))
            if lk.group_fill is not None:
                commands.append(("BACKGROUND", (0, r), (-1, r), lk.group_fill))
            else:
                commands.append(("LINEABOVE", (0, r), (-1, r), lk.heavy_rule, BLACK))
            continue
        cells: list[Any] = []
        bold = len(data) - (1 if header else 0) in bold_rows
        for i, (col, cell) in enumerate(zip(cols, row, strict=True)):
            room = widths[i] - 2 * lk.pad
            style = lk["cell" + suffix[col.align]]
            if _is_number(cell):
                # a number is never split: a plain string stays on its line, markup keeps its words
                cells.append(Paragraph(cell, _unbroken(style)) if isinstance(cell, Markup) else cell)
            elif isinstance(cell, Markup):
                cells.append(Paragraph(cell, style))
            elif "\n" in cell or cell_width(cell, lk.table, bold=bold) > room:
                cells.append(para(cell, style))
            else:
                cells.append(cell)
        data.append(cells)
    offset = 1 if header else 0
    for r in bold_rows:
        commands.append(("FONTNAME", (0, r + offset), (-1, r + offset), fonts.NARROW_BOLD))
    commands.extend(extra)
    if footer:
        r = len(data)
        data.append([list(footer)] + [""] * (len(cols) - 1))
        first = _kept_tail(data, widths, lk, offset, keep_with_footer)
        commands[commands.index(("GRID", (0, 0), (-1, -1), lk.rule, BLACK))] = (
            "GRID", (0, 0), (-1, r - 1), lk.rule, BLACK,
        )  # fmt: skip
        commands += [
            ("SPAN", (0, r), (-1, r)),
            ("ALIGN", (0, r), (-1, r), "RIGHT"),
            ("LEFTPADDING", (0, r), (-1, r), 0),
            ("RIGHTPADDING", (0, r), (-1, r), 0),
            ("TOPPADDING", (0, r), (-1, r), 2 * mm),
            ("BOTTOMPADDING", (0, r), (-1, r), 0),
            ("NOSPLIT", (0, first), (-1, r)),
        ]
    return Table(
        data,
        colWidths=widths,
        repeatRows=1 if header else 0,
        style=table_style(lk, commands),
        splitInRow=1,
        hAlign="LEFT",
    )


def page_height() -> float:
    """The height of the text frame on the shorter paper (Letter): what a block must fit in."""
    return min(h for _w, h in PAPERS.values()) - MARGIN_TOP - MARGIN_BOTTOM


def height_of(flowables: Sequence[Flowable], width: float) -> float:
    """How tall ``flowables`` stand one under the other in a frame ``width`` wide."""
    return sum(
        f.wrap(width, page_height() * 4)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in flowables
    )


def _kept_tail(data: list[list[Any]], widths: list[float], lk: Look, offset: int, keep: int) -> int:
    """The first row kept with the last (footer) row: up to ``keep`` rows before it, fewer when
    they and the footer would take more than half a page (a block that cannot split must fit)."""
    limit = (min(h for _w, h in PAPERS.values()) - MARGIN_TOP - MARGIN_BOTTOM) / 2
    last = len(data) - 1
    for n in range(min(keep, last - offset), 0, -1):
        probe = Table(data[last - n :], colWidths=widths, style=table_style(lk, [("SPAN", (0, n), (-1, n))]))
        if probe.wrap(sum(widths), limit * 4)[1] + n * 7 <= limit:  # + the cells' paddings
            return last - n
    return last


@lru_cache(maxsize=16)
def _unbroken(style: ParagraphStyle) -> ParagraphStyle:
    """``style`` that never splits a word (a number) across lines."""
    return ParagraphStyle(style.name + "_unbroken", parent=style, splitLongWords=0)


def fields(pairs: Sequence[tuple[str, str]], lk: Look, width: float, *, per_row: int = 2) -> Table | None:
    """Label / value pairs side by side (``per_row`` pairs a row); empty values left out; None if none."""
    pairs = [(k, v) for k, v in pairs if v and v.strip()]
    if not pairs:
        return None
    label_w = max(stringWidth(k, fonts.BOLD, lk.body) for k, _v in pairs) + 2 * lk.pad + 1
    label_w = min(label_w, 0.4 * width / per_row)
    value_w = width / per_row - label_w
    rows: list[list[Any]] = []
    for start in range(0, len(pairs), per_row):
        row: list[Any] = []
        for key, value in pairs[start : start + per_row]:
            row += [para(key, lk["label"]), para(value, lk["body"])]
        row += [""] * (2 * per_row - len(row))
        rows.append(row)
    return Table(
        rows,
        colWidths=[label_w, value_w] * per_row,
        hAlign="LEFT",
        splitInRow=1,
        style=table_style(
            lk,
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), lk.pad),
                ("RIGHTPADDING", (0, 0), (-1, -1), lk.pad),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ],
        ),
    )


def rule(lk: Look, width: float, *, heavy: bool = False) -> Flowable:
    """A horizontal line across ``width``."""
    from reportlab.platypus.flowables import HRFlowable

    return HRFlowable(
        width=width, thickness=lk.heavy_rule if heavy else lk.rule, color=BLACK, spaceBefore=3, spaceAfter=4
    )


def _logo(company: Company, lk: Look) -> Flowable | None:
    if lk.fax or not company.logo_path:
        return None  # a logo turns to grey noise on a fax
    path = Path(company.logo_path)
    if not path.is_file():
        log.warning("company logo %s not found; printing without it", path)
        return None
    try:
        from reportlab.lib.utils import ImageReader

        w, h = ImageReader(str(path)).getSize()
        height = 16 * mm
        return Image(str(path), width=height * w / h, height=height)
    except Exception as exc:  # a broken image must not stop the document
        log.warning("company logo %s unreadable (%s); printing without it", path, exc)
        return None


def company_header(company: Company, lk: Look, lang: str, width: float) -> list[Flowable]:
    """Company name, address, phones, tax id and e-mail (and the logo, office look only), then a rule."""
    t = labels.text
    contacts = " · ".join(
        f"{t(key, lang)}: {value}"
        for key, value in (("phone", company.phone), ("fax", company.fax), ("email", company.email))
        if value
    )
    lines = [para(company.name, lk["company"])]
    if company.address:
        lines.append(para(company.address, lk["body"]))
    if contacts:
        lines.append(para(contacts, lk["body"]))
    if company.tax_id:
        lines.append(para(f"{t('tax_id', lang)}: {company.tax_id}", lk["body"]))
    bank = [f"{t('account', lang)}: {company.account}" if company.account else "", company.bank]
    bank.append(f"{t('bik', lang)}: {company.bik}" if company.bik else "")
    if any(bank):
        lines.append(para(" · ".join(part for part in bank if part), lk["body"]))
    logo = _logo(company, lk)
    if logo is None:
        return [*lines, rule(lk, width, heavy=True)]
    logo_w = logo.drawWidth + 2 * lk.pad
    block = Table(
        [[logo, lines]],
        colWidths=[logo_w, width - logo_w],
        hAlign="LEFT",
        style=table_style(lk, [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0)]),
    )
    return [block, rule(lk, width, heavy=True)]


def signatures(items: Sequence[tuple[str, str]], lk: Look, lang: str, width: float) -> Table:
    """Signature lines side by side: caption above, a line, then 'signature / name' and the name."""
    caption = labels.text("signature", lang)
    gap = 10 * mm
    cell_w = (width - gap * (len(items) - 1)) / len(items)
    row1, row2, row3 = [], [], []
    for title, name in items:
        row1 += [para(title, lk["label"]), ""]
        row2 += ["", ""]
        row3 += [para(f"{caption}" + (f"  {name}" if name else ""), lk["small"]), ""]
    widths = []
    for _ in items:
        widths += [cell_w, gap]
    widths = widths[:-1]
    row1, row2, row3 = row1[:-1], row2[:-1], row3[:-1]
    commands = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]
    for i in range(0, len(widths), 2):
        commands.append(("LINEBELOW", (i, 1), (i, 1), lk.rule if not lk.fax else lk.heavy_rule, BLACK))
    return Table(
        [row1, row2, row3],
        colWidths=widths,
        rowHeights=[None, 10 * mm, None],
        hAlign="LEFT",
        style=table_style(lk, commands),
    )


class PageTotal(Flowable):
    """The document's page count, written where this flowable stands once all pages are known."""

    def __init__(self, style: ParagraphStyle) -> None:
        super().__init__()
        self.font = style.fontName
        self.size = style.fontSize

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return stringWidth("9999", self.font, self.size), self.size * 1.22

    def draw(self) -> None:
        x, y = self.canv.absolutePosition(0, self.size * 0.22)
        mark = getattr(self.canv, "mark_page_total", None)
        if mark is not None:
            mark(x, y, self.font, self.size)


def _numbered_canvas(footer: str, lang: str, lk: Look) -> type[Canvas]:
    size = lk.small

    class NumberedCanvas(Canvas):
        """Keeps every page until the end, then writes 'page X of Y' (and marked totals) on each."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = fonts.REGULAR  # the doc template passes None: Helvetica
            kwargs["initialFontSize"] = max(size, 11)
            kwargs["initialLeading"] = max(size, 11) * 1.2
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []
            self._totals: dict[int, list[tuple[float, float, str, float]]] = {}

        def mark_page_total(self, x: float, y: float, font: str, font_size: float) -> None:
            self._totals.setdefault(len(self._pages) + 1, []).append((x, y, font, font_size))

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                self._footer(number, total)
                for x, y, font, font_size in self._totals.get(number, ()):
                    self.setFont(font, font_size)
                    self.drawString(x, y, str(total))
                Canvas.showPage(self)
            Canvas.save(self)

        def _footer(self, number: int, total: int) -> None:
            width, _height = self._pagesize
            y = MARGIN_BOTTOM - 8 * mm
            self.saveState()
            self.setStrokeColor(BLACK)
            self.setFillColor(BLACK)
            self.setLineWidth(lk.rule)
            self.line(MARGIN_X, y + size + 2, width - MARGIN_X, y + size + 2)
            self.setFont(fonts.REGULAR, size)
            page_text = labels.text("page_of", lang, page=number, total=total)
            room = width - 2 * MARGIN_X - stringWidth(page_text, fonts.REGULAR, size) - 6 * mm
            left = footer
            while left and stringWidth(left, fonts.REGULAR, size) > room:
                left = left[:-2] + "…" if len(left) > 2 else ""
            self.drawString(MARGIN_X, y, left)
            self.drawRightString(width - MARGIN_X, y, page_text)
            self.restoreState()

    return NumberedCanvas


def build(
    story: list[Flowable],
    *,
    paper: str,
    lang: str,
    lk: Look,
    title: str,
    author: str,
    footer: str,
) -> bytes:
    """Lay ``story`` out on A4/Letter pages with the 'page X of Y' footer; the PDF as bytes."""
    size = page_size(paper, lang)
    out = io.BytesIO()
    doc = BaseDocTemplate(
        out,
        pagesize=size,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=author,
        creator="OrderDesk",
        lang={"ru": "ru-KZ", "kk": "kk-KZ"}.get(lang, "en"),
    )
    # no frame padding: the text frame is exactly the page less its margins (frame_width)
    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        size[0] - 2 * MARGIN_X,
        size[1] - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    try:
        doc.build(story, canvasmaker=_numbered_canvas(footer, lang, lk))
    except LayoutError as exc:
        raise DocumentError("document.too_long") from exc
    return out.getvalue()


def spacer(height_mm: float) -> Spacer:
    """Vertical space of ``height_mm`` millimetres."""
    return Spacer(1, height_mm * mm)
