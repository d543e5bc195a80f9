"""Documents: confirmation, fax sheet, price list, reference sheet, daily report as PDF, and the fax TIFF."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
import shutil
import subprocess
import sys
from decimal import Decimal

import pypdf
import pytest
from PIL import Image

from orderdesk_gui import printing
from orderdesk_gui.printing import DocumentError, labels
from orderdesk_gui.printing.data import (
    ClientParty,
    Company,
    DailyReportDoc,
    DocLine,
    FaxCover,
    OrderDoc,
    PriceGroup,
    PriceListDoc,
    PriceRow,
    ReferenceDoc,
    ReferenceRow,
    ReportRow,
)

KAZAKH = "әғқңөұүһі"
CLIENT_NAME = "ЖШС «Шаһар Әсем Ғалам Қоңыр Өнім Ұлы Үй Һәм Ірі» ₸"  # upper and lower Kazakh letters
MM = 72 / 25.4

COMPANY = Company(
    "ТОО «Азық-Түлік Көтерме»",
    "050000, Алматы қ., Сүйінбай даңғылы, 89",
    "+7 727 250-10-10",
    "+7 727 250-10-11",
    "123456789012",
    "orders@example.kz",
    terms="Товар принимается по количеству и качеству при получении.",
)
CLIENT = ClientParty(
    "K-00421",
    CLIENT_NAME,
    "860101300123",
    "Шымкент қ., Тәуке хан даңғылы, 15",
    "Шымкент, Қабанбай батыр көшесі 12",
    "+7 701 123 45 67",
    "Өмірзақ Ғалымұлы",
    "client@example.kz",
    "+7 7252 53-00-01",
)
NAMES = ("Сүт «Әйгерім» 3,2% 1 л", "Қант ақ 1 кг", "Ұн «Ақ бидай» 50 кг", "Шұжық «Һәм» піскен ₸-акция")


def make_order(count: int, *, name_of=None, number: str = "B1-2026-000123") -> OrderDoc:
    lines = []
    for i in range(1, count + 1):
        qty, price = Decimal(i % 5 + 1), Decimal("1234.50") + i
        discount = Decimal(5) if i % 4 == 0 else Decimal(0)
        name = name_of(i) if name_of else NAMES[i % len(NAMES)]
        lines.append(DocLine(i, f"P{i:05d}", name, "кор", qty, price, discount, qty * price, 12, qty * 2))
    total = sum((line.amount for line in lines), Decimal(0))
    return OrderDoc(
        number,
        dt.date(2026, 11, 20),
        CLIENT,
        tuple(lines),
        total,
        Decimal("150.25"),
        ((0, Decimal("0")), (12, (total * 12 / 112).quantize(Decimal("0.01")))),
        sum((line.weight_kg for line in lines), Decimal(0)),
        delivery_date=dt.date(2026, 11, 23),
        receiver="Өмірзақ Ғалымұлы",
        payment_form="bank_transfer",
        operator_name="Айгүл Омарова",
    )


def make_cover(fax: str = "+7 7252 53-00-01") -> FaxCover:
    return FaxCover(
        CLIENT_NAME,
        "Өмірзақ Ғалымұлы",
        fax,
        "Айгүл Омарова",
        COMPANY.name,
        COMPANY.fax,
        COMPANY.phone,
        dt.datetime(2026, 11, 20, 14, 35),
        "Тапсырысыңызды растаймыз, прошу проверить.",
    )


def reader(pdf: bytes) -> pypdf.PdfReader:
    assert pdf.startswith(b"%PDF-")
    return pypdf.PdfReader(io.BytesIO(pdf), strict=True)


def page_texts(pdf: bytes) -> list[str]:
    return [norm(page.extract_text()) for page in reader(pdf).pages]


def norm(value: str) -> str:
    """Text extraction and Babel both use no-break spaces; compare with plain ones, single-spaced."""
    return re.sub(r"\s+", " ", value.replace("\u00a0", " "))


def body_text(pdf: bytes) -> str:
    """The text of every page without the footer ("page X of Y"), so a text split across pages reads on."""
    parts: list[str] = []

    def visit(text, cm, tm, _font, _size):
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]  # on the page
        if y > 18 * MM - 1:  # above the bottom margin, where the footer is
            parts.append(text)

    for page in reader(pdf).pages:
        page.extract_text(visitor_text=visit)
    return norm("".join(parts))


def fonts_of(pdf: bytes) -> set[str]:
    return {
        str(font["/BaseFont"]).split("+")[-1]
        for page in reader(pdf).pages
        for font in page["/Resources"]["/Font"].values()
    }


def drawing_ops(pdf: bytes) -> list[tuple[bytes, list]]:
    doc = reader(pdf)
    ops = []
    for page in doc.pages:
        ops += [
            (op, operands)
            for operands, op in pypdf.generic.ContentStream(page.get_contents(), doc).operations
        ]
    return ops


def assert_fax_legible(pdf: bytes) -> None:
    """Black and white only, no type under 11 pt, no rule under 1.5 pt."""
    ops = drawing_ops(pdf)
    sizes = [float(operands[1]) for op, operands in ops if op == b"Tf"]
    widths = [float(operands[0]) for op, operands in ops if op == b"w"]
    colours = [
        tuple(float(x) for x in operands)
        for op, operands in ops
        if op in (b"rg", b"RG", b"g", b"G", b"k", b"K")
    ]
    assert sizes and min(sizes) >= 11
    assert widths and min(widths) >= 1.5
    assert all(len(set(c)) == 1 and c[0] in (0.0, 1.0) for c in colours), set(colours)


# --- import cost and formatting -------------------------------------------------------------------------


def test_importing_printing_loads_neither_reportlab_nor_babel():
    code = (
        "import sys, orderdesk_gui.printing as p, orderdesk_gui.printing.confirmation, "
        "orderdesk_gui.printing.fax; print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('reportlab', 'babel', 'PIL', 'PySide6')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_money_quantities_dates_and_payment_forms_per_language():
    assert norm(labels.money(Decimal("12345.675"), "ru")) == "12 345,68 ₸"
    assert norm(labels.money(Decimal("12345.67"), "kk")) == "12 345,67 ₸"
    assert labels.money(Decimal("12345.67"), "en") == "12,345.67\u00a0₸"
    assert norm(labels.money(Decimal("-5"), "ru", "RUB")) == "-5,00 ₽"
    assert labels.quantity(Decimal("2.500"), "ru") == "2,5" and labels.quantity(Decimal("12"), "kk") == "12"
    assert norm(labels.weight(Decimal("1234.5"), "ru")) == "1 234,5 кг"
    assert labels.date(dt.date(2026, 3, 7)) == "07.03.2026"
    assert labels.date_time(dt.datetime(2026, 3, 7, 9, 5)) == "07.03.2026 09:05"
    assert labels.payment_form("on_account", "ru") == "В счёт лимита (отсрочка)"
    assert labels.payment_form("cash", "kk") == "Қолма-қол ақша"
    assert labels.payment_form("card", "en") == "Card"
    assert labels.payment_form("по договорённости", "ru") == "по договорённости"
    assert labels.text("page_of", "kk_KZ", page=1, total=3) == "Бет 1 / 3"
    with pytest.raises(DocumentError) as err:
        labels.norm_lang("de")
    assert err.value.code == "document.language" and err.value.params["language"] == "de"


def test_every_text_exists_in_all_three_languages():
    for key, texts in labels.TEXTS.items():
        assert len(texts) == 3 and all(t.strip() for t in texts), key
        fields = [set(re.findall(r"{(\w+)}", t)) for t in texts]
        assert fields[0] == fields[1] == fields[2], key


# --- order confirmation ---------------------------------------------------------------------------------


def test_confirmation_text_kazakh_letters_and_totals():
    order = make_order(12)
    pdf = printing.render_confirmation(order, COMPANY)
    text = " ".join(page_texts(pdf))
    for expected in (
        "Подтверждение заказа",
        "B1-2026-000123",
        "20.11.2026",
        CLIENT_NAME,
        "K-00421",
        "860101300123",
        "23.11.2026",
        "Безналичный расчёт",
        "Өмірзақ Ғалымұлы",
        norm(labels.money(order.total, "ru")),
        "в т. ч. НДС 12%: " + norm(labels.money(order.vat_by_rate[1][1], "ru")),
        norm(labels.weight(order.weight_kg, "ru")),
        "Позиций: 12",
        "Сумма скидки: 150,25 ₸",
        "Товар принимается",
        "подпись / Ф. И. О.",
        NAMES[3],
    ):
        assert expected in text, expected
    assert all(letter in text for letter in KAZAKH), [c for c in KAZAKH if c not in text]
    assert fonts_of(pdf) == {
        "DejaVuSans",
        "DejaVuSans-Bold",
        "DejaVuSansCondensed",
        "DejaVuSansCondensed-Bold",
    }
    assert reader(pdf).metadata.title == "Подтверждение заказа № B1-2026-000123"


def test_120_line_order_repeats_the_header_and_numbers_every_page():
    order = make_order(120)
    pdf = printing.render_confirmation(order, COMPANY)
    texts = page_texts(pdf)
    assert len(texts) == 3  # 37 lines under the header blocks, 53 on a full page, 30 with totals
    codes_seen = []
    for number, text in enumerate(texts, 1):
        assert f"Страница {number} из {len(texts)}" in text
        codes = re.findall(r"P\d{5}", text)
        if codes:
            assert "Наименование" in text and "Кол-во" in text and "Сумма, ₸" in text, number
        codes_seen += codes
    assert codes_seen == [f"P{i:05d}" for i in range(1, 121)]  # every line once, in order
    assert [len(re.findall(r"P\d{5}", text)) for text in texts] == [37, 53, 30]
    assert "Позиций: 120" in " ".join(texts)
    assert "Заказ принял" in texts[-1]


def test_kazakh_and_english_confirmation():
    order = make_order(3)
    kk = " ".join(page_texts(printing.render_confirmation(order, COMPANY, lang="kk")))
    assert "Тапсырысты растау" in kk and "Бет 1 / 1" in kk and "Банктік аударым" in kk
    assert "Барлығы: " + norm(labels.money(order.total, "kk")) in kk
    en = " ".join(page_texts(printing.render_confirmation(order, COMPANY, lang="en")))
    assert "Order confirmation" in en and "Page 1 of 1" in en
    assert "Total: " + labels.money(order.total, "en").replace("\u00a0", " ") in en


def test_letter_and_a4_paper():
    order = make_order(5)
    a4 = reader(printing.render_confirmation(order, COMPANY)).pages[0].mediabox
    letter = reader(printing.render_confirmation(order, COMPANY, paper="Letter")).pages[0].mediabox
    assert (round(float(a4.width)), round(float(a4.height))) == (595, 842)
    assert (round(float(letter.width)), round(float(letter.height))) == (612, 792)
    with pytest.raises(DocumentError) as err:
        printing.render_confirmation(order, COMPANY, paper="A5")
    assert err.value.code == "document.paper" and err.value.params == {"paper": "A5"}


def test_order_without_lines_is_refused_with_a_message():
    empty = make_order(0)
    with pytest.raises(DocumentError) as err:
        printing.render_confirmation(empty, COMPANY)
    assert err.value.code == "document.no_lines" and err.value.params == {}
    with pytest.raises(DocumentError) as err:
        printing.render_fax_sheet(empty, COMPANY, make_cover(), lang="en")
    assert err.value.code == "document.no_lines"


def _right_margin_is_blank(pdf: bytes, qapp) -> None:
    """Nothing is painted right of the text frame (the 15 mm margin, less 2 pt for half a 2.5 pt rule)."""
    from orderdesk_gui.ui import pdf_render

    dpi = 72  # one pixel a point
    for image in pdf_render.page_images(pdf, dpi):
        first = int(image.width() - 15 * MM + 2.5)
        for x in range(first, image.width()):
            for y in range(image.height()):
                assert image.pixelColor(x, y).lightness() > 250, (x, y)


@pytest.mark.parametrize("fax", [False, True], ids=["office", "fax"])
def test_absurdly_long_product_name_wraps_inside_its_cell(qapp, fax):
    long_name = "Ұлттық " + "өнім-" * 60 + " " + "Ж" * 250 + " соңы"
    order = make_order(4, name_of=lambda i: long_name if i == 2 else NAMES[i % len(NAMES)])
    if fax:
        pdf = printing.render_fax_sheet(order, COMPANY, make_cover())
    else:
        pdf = printing.render_confirmation(order, COMPANY)
    squeezed = re.sub(r"\s", "", "".join(page_texts(pdf)))
    assert re.sub(r"\s", "", long_name) in squeezed
    _right_margin_is_blank(pdf, qapp)


LONG_SHIPPING = " ".join(
    f"{i}. Грузополучатель: ТОО «Әсем Қоңыр», БИН 123456789012, г. Шымкент, ул. Тауке хана, 12, склад №3."
    for i in range(1, 22)
)[:2000]


@pytest.mark.parametrize("fax", [False, True], ids=["office", "fax"])
def test_long_shipping_details_address_and_comment_print_full_width_and_split(fax):
    """2,000 characters of shipping details in the half-width delivery block could not split and
    made the confirmation unprintable; long free texts now go full width below and split."""
    import dataclasses

    assert len(LONG_SHIPPING) == 2000
    order = dataclasses.replace(
        make_order(30),
        shipping_details=LONG_SHIPPING,
        delivery_address="Шымкент, Тәуке хан даңғылы, 15, " * 12,
        comment="Звонить за час до приезда. " * 60,
    )
    if fax:
        pdf = printing.render_fax_sheet(order, COMPANY, make_cover())
    else:
        pdf = printing.render_confirmation(order, COMPANY)
    squeezed = re.sub(r"\s", "", body_text(pdf))
    for value in (LONG_SHIPPING, order.delivery_address, order.comment):
        assert re.sub(r"\s", "", value) in squeezed
    assert "P00030" in squeezed and "Итого" in squeezed
    if fax:
        assert_fax_legible(pdf)
    else:  # short delivery fields stay in the right-hand block, the long ones are below
        short = dataclasses.replace(order, shipping_details="Самовывоз", comment="")
        assert "Самовывоз" in " ".join(page_texts(printing.render_confirmation(short, COMPANY)))


@pytest.mark.parametrize("fax", [False, True], ids=["office", "fax"])
def test_totals_never_start_a_page_alone(fax):
    """Whatever the number of lines, the page with the totals also has the last lines (up to 3)."""
    for count in range(3, 50):
        order = make_order(count)
        pdf = (
            printing.render_fax_sheet(order, COMPANY, make_cover())
            if fax
            else printing.render_confirmation(order, COMPANY)
        )
        texts = page_texts(pdf)
        page = next(t for t in texts if "Итого:" in t)
        codes = {f"P{i:05d}" for i in range(count - 2, count + 1)}
        assert all(code in page for code in codes), (count, texts.index(page), len(texts))


@pytest.mark.parametrize(
    ("fax", "counts"),
    [(False, (1, 24, 25, 28, 31, 77, 80)), (True, (1, 7, 8, 10, 12, 45, 49))],
    ids=["office", "fax"],
)
def test_signature_lines_never_stand_alone_on_the_last_page(fax, counts):
    """The last page holds the signature lines with the totals and the last lines of the order: with
    25-31 lines (confirmation) or 8-12 lines (fax sheet) the signatures used to go over alone."""
    for count in counts:
        order = make_order(count)
        pdf = (
            printing.render_fax_sheet(order, COMPANY, make_cover())
            if fax
            else printing.render_confirmation(order, COMPANY)
        )
        last = page_texts(pdf)[-1]
        assert "Заказ принял" in last and "Заказ подтверждаю (клиент)" in last, count
        assert "Итого:" in last and f"P{count:05d}" in last, (count, last[:200])


def test_long_terms_keep_the_signatures_with_their_last_paragraph():
    """Terms too long to go with the totals follow them; the signatures stay with their end."""
    terms = "\n\n".join(
        f"Пункт {i}. " + "Товар принимается по количеству и качеству. " * 12 for i in range(8)
    )
    pdf = printing.render_confirmation(make_order(20), dataclasses.replace(COMPANY, terms=terms))
    last = page_texts(pdf)[-1]
    assert "Заказ принял" in last and "Пункт 7." in last


def test_line_table_columns_fill_the_frame_exactly():
    from orderdesk_gui.printing import confirmation, layout

    for paper in ("A4", "Letter"):
        width = layout.frame_width(paper)
        for fax in (False, True):
            table = confirmation.lines_table(make_order(30), layout.look(fax), "ru", width)
            assert sum(table._colWidths) == pytest.approx(width)
            assert min(table._colWidths) > 10


def test_a_name_longer_than_a_page_still_prints():
    giant = "Очень длинное наименование " * 800  # taller than a page in its cell: the row splits
    pdf = printing.render_confirmation(make_order(2, name_of=lambda i: giant if i == 1 else "Қант"), COMPANY)
    assert len(reader(pdf).pages) >= 3


def test_logo_printed_when_present_and_skipped_when_missing(tmp_path):
    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 40), (200, 30, 30)).save(logo)
    with_logo = printing.render_confirmation(
        make_order(2), Company(**{**COMPANY.__dict__, "logo_path": str(logo)})
    )
    images = [name for page in reader(with_logo).pages for name in page["/Resources"].get("/XObject", {})]
    assert images
    missing = printing.render_confirmation(
        make_order(2), Company(**{**COMPANY.__dict__, "logo_path": str(tmp_path / "none.png")})
    )
    assert "ТОО «Азық-Түлік Көтерме»" in page_texts(missing)[0]


# --- fax sheet and TIFF ---------------------------------------------------------------------------------


def _page_total_on_cover(pdf: bytes) -> tuple[str, str]:
    """The label 'pages (incl. this one)' and the number printed on its line of the cover."""
    parts: list[tuple[str, float, float]] = []

    def visit(text, cm, tm, font_dict, font_size):
        if text.strip():
            parts.append((text.strip(), tm[4] + cm[4], tm[5] + cm[5]))

    reader(pdf).pages[0].extract_text(visitor_text=visit)
    label = next(p for p in parts if p[0].startswith("Страниц"))
    same_line = [p for p in parts if abs(p[2] - label[2]) < 8 and p[1] > label[1] and p[0].isdigit()]
    return label[0], same_line[0][0]


def test_fax_sheet_cover_counts_itself_and_the_order_follows():
    order = make_order(26)
    pdf = printing.render_fax_sheet(order, COMPANY, make_cover())
    texts = page_texts(pdf)
    assert len(texts) == 3
    cover = texts[0]
    for expected in (
        "ФАКС",
        CLIENT_NAME,
        "+7 7252 53-00-01",
        "Айгүл Омарова",
        "+7 727 250-10-11",
        "20.11.2026 14:35",
    ):
        assert expected in cover, expected
    assert _page_total_on_cover(pdf)[1] == "3"
    assert "Страница 1 из 3" in cover and "Страница 3 из 3" in texts[2]
    body = " ".join(texts[1:])
    assert "№ B1-2026-000123" in body and "Итого: " + norm(labels.money(order.total, "ru")) in body
    assert_fax_legible(pdf)


def test_fax_sheet_needs_the_recipients_fax_number():
    for number in ("", "  ", "нет"):
        with pytest.raises(DocumentError) as err:
            printing.render_fax_sheet(make_order(3), COMPANY, make_cover(number))
        assert err.value.code == "document.no_fax_number"


A4_ROWS = 2291  # 297 mm at 196 dpi rounded down: 2292 rows are 297.02 mm, longer than A4
ENCODINGS = {  # fax.encoding -> (Pillow's compression, T4Options, tiffcheck's option for it)
    "group3-2d": ("group3", 1, "-2"),
    "group3-1d": ("group3", 0, None),
    "group4": ("group4", None, "-3"),
}


def assert_fax_class_f(tiff: bytes, encoding: str, pages: int, size=(1728, A4_ROWS)) -> None:
    """What a fax server wants to find in the file (TIFF Class F), read back with Pillow."""
    compression, t4options, _option = ENCODINGS[encoding]
    image = Image.open(io.BytesIO(tiff))
    assert image.format == "TIFF" and image.n_frames == pages
    for frame in range(pages):
        image.seek(frame)
        tags = image.tag_v2
        assert image.mode == "1" and image.info["compression"] == compression
        assert tags[259] == {"group3": 3, "group4": 4}[compression]
        assert tags[262] == 0  # PhotometricInterpretation: min-is-white
        assert tags[278] == image.size[1] and len(tags[273]) == 1  # one strip a page
        assert tags.get(292) == t4options  # T4Options: bit 0 = 2D coding (Group 3 only)
        assert tags[266] == 1 and tags[296] == 2 and tags[254] == 2 and tags[305] == "OrderDesk"
        assert tags[297] == (frame, pages)  # PageNumber
        assert tuple(round(v) for v in image.info["dpi"]) == (204, 196)
        assert image.size == size and image.size[1] * 25.4 / 196 <= 297
        width, height = image.size
        black = image.histogram()[0] / (width * height)
        assert 0.005 < black < 0.25  # text on white: neither a blank nor an inverted page
        assert image.getpixel((2, 2)) == 255  # the margin reads white


@pytest.mark.parametrize("encoding", list(ENCODINGS))
def test_fax_tiff_is_tiff_class_f_at_fax_resolution(qapp, encoding):
    """1 bit, min-is-white, one strip a page, 1728 x 2291 at 204 x 196 dpi, Group 3 (2D/1D) or 4."""
    from orderdesk_gui.ui import pdf_render

    pdf = printing.render_fax_sheet(make_order(26), COMPANY, make_cover())
    tiff = pdf_render.fax_tiff(pdf, encoding=encoding)
    assert_fax_class_f(tiff, encoding, pdf_render.page_count(pdf))
    assert pdf_render.fax_tiff(pdf) == pdf_render.fax_tiff(pdf, encoding="group3-2d")  # the default
    assert pdf_render.fax_encoding("nonsense") == pdf_render.fax_encoding("") == "group3-2d"
    assert pdf_render.fax_encoding("G4") == "group4" and pdf_render.fax_encoding("MH") == "group3-1d"


def test_fax_tiff_of_letter_paper_fits_the_fax_line(qapp):
    from orderdesk_gui.ui import pdf_render

    pdf = printing.render_fax_sheet(make_order(3), COMPANY, make_cover(), paper="Letter")
    image = Image.open(io.BytesIO(pdf_render.fax_tiff(pdf)))
    assert image.size[0] == 1728 and image.n_frames == 2
    assert image.size[1] * 25.4 / 196 <= 279.4  # the page scaled to the line, never longer


TIFFCHECK = shutil.which("tiffcheck")


@pytest.mark.skipif(TIFFCHECK is None, reason="HylaFAX's tiffcheck is not installed (hylafax-server)")
@pytest.mark.parametrize("encoding", list(ENCODINGS))
@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_hylafax_tiffcheck_sends_the_fax_tiff_as_it_is(qapp, tmp_path, encoding, paper):
    """HylaFAX's own check answers OK: nothing to reformat, resize or reimage before sending
    (``tiffcheck`` with no option asks for Group 3 1D, ``-2`` for Group 3 2D, ``-3`` for Group 4)."""
    from orderdesk_gui.ui import pdf_render

    pdf = printing.render_fax_sheet(make_order(26), COMPANY, make_cover(), paper=paper)
    path = tmp_path / "fax.tif"
    path.write_bytes(pdf_render.fax_tiff(pdf, encoding=encoding))
    option = ENCODINGS[encoding][2]
    args = [TIFFCHECK, *([option] if option else []), "-r", "196", "-w", "1728", "-l", "297", str(path)]
    done = subprocess.run(args, capture_output=True, text=True, timeout=60, check=False)
    assert done.stdout.splitlines()[:1] == ["OK"], done.stdout + done.stderr


def test_page_images_are_white_pages_at_the_asked_resolution(qapp):
    from orderdesk_gui.ui import pdf_render

    pdf = printing.render_confirmation(make_order(3), COMPANY)
    images = pdf_render.page_images(pdf, 50)
    assert len(images) == pdf_render.page_count(pdf) == 1
    assert (images[0].width(), images[0].height()) == (round(595.28 * 50 / 72), round(841.89 * 50 / 72))
    assert images[0].pixelColor(2, 2).name() == "#ffffff"
    with pytest.raises(ValueError):
        pdf_render.page_count(b"not a pdf")
    with pytest.raises(ValueError):
        pdf_render.fax_tiff(b"%PDF-1.4 broken")


# --- price list and reference sheet ---------------------------------------------------------------------


def make_price_list() -> PriceListDoc:
    dairy = PriceGroup(
        "Сүт өнімдері",
        (
            PriceRow(
                "P00001",
                "Сүт «Әйгерім» 3,2% 1 л",
                "шт",
                Decimal(12),
                Decimal("456.70"),
                Decimal("520"),
                "акция",
            ),
            PriceRow("P00002", "Қаймақ 20% 400 г", "шт", Decimal("6.5"), Decimal("890"), None, "жаңа"),
        ),
    )
    empty = PriceGroup("Бос топ", ())
    grocery = PriceGroup(
        "Бакалея",
        tuple(PriceRow(f"G{i:05d}", f"Ұн «Һ{i}»", "қап", Decimal(1), Decimal(9000 + i)) for i in range(80)),
    )
    return PriceListDoc(
        "Прайс-лист", dt.date(2026, 11, 20), "Опт-2", CLIENT, (dairy, empty, grocery), note="акции"
    )


@pytest.mark.parametrize("fax", [False, True], ids=["office", "fax"])
def test_price_list_groups_promotions_and_repeated_header(fax):
    pdf = printing.render_price_list(make_price_list(), COMPANY, fax=fax)
    texts = page_texts(pdf)
    assert len(texts) >= 2
    joined = " ".join(texts)
    for expected in (
        "Прайс-лист",
        "на 20.11.2026",
        "Опт-2",
        CLIENT_NAME,
        "Сүт өнімдері",
        "Бакалея",
        "456,70",
        "520,00",
    ):
        assert expected in joined, expected
    assert "Бос топ" not in joined
    assert "Товаров: 82" in joined
    for number, text in enumerate(texts, 1):
        assert "Наименование" in text and f"Страница {number} из {len(texts)}" in text
    if fax:
        assert_fax_legible(pdf)


@pytest.mark.parametrize("fax", [False, True], ids=["office", "fax"])
@pytest.mark.parametrize("lang", ["ru", "en"])
def test_bold_promotion_prices_never_wrap_inside_the_number(fax, lang):
    """The promotion price is drawn bold: its column is measured in bold, so "1 386,00" stays whole."""
    rows = tuple(
        PriceRow(
            f"P{i:05d}",
            f"Сүт «Әйгерім» {i}",
            "шт",
            Decimal(12),
            Decimal("1386") + i * 1111,  # 1 386,00 ... 9 163,00: 4-digit bold prices
            Decimal("1500") + i * 1111,
            f"акция «Неделя молочки» до 0{i % 9 + 1}.12",
        )
        for i in range(8)
    )
    doc = PriceListDoc("Прайс-лист", dt.date(2026, 11, 20), "Опт-2", CLIENT, (PriceGroup("Сүт", rows),))
    pdf = printing.render_price_list(doc, COMPANY, fax=fax, lang=lang)
    lines = [norm(line) for page in reader(pdf).pages for line in page.extract_text().splitlines()]
    for row in rows:
        price = norm(labels.amount(row.price, lang))
        assert any(price in line for line in lines), (price, lines)
        assert not any(line.strip().endswith(price[:-1]) for line in lines), price


def test_money_columns_are_as_wide_as_their_widest_bold_number():
    from orderdesk_gui.printing import fonts, layout

    lk = layout.look(fax=False)
    cols = [layout.Col("Наименование", flex=1), layout.Col("Цена, ₸", "RIGHT", cap=0.16)]
    rows = [["Сүт", layout.Markup("<b>1\u00a0386,00</b>")], ["Қант", "999,00"]]
    widths = layout.column_widths(cols, rows, lk, 400)
    bold = layout.stringWidth("1\u00a0386,00", fonts.NARROW_BOLD, lk.table)
    assert widths[1] >= bold + 2 * lk.pad
    # a row drawn bold (a totals row) is measured in bold too
    plain = [["Итого", "1\u00a0386,00"]]
    assert layout.column_widths(cols, plain, lk, 400, bold_rows=(0,))[1] >= bold + 2 * lk.pad
    # squeezed by many fixed columns, a money column still keeps its widest number
    many = [layout.Col(f"Колонка {i}", cap=0.3) for i in range(6)] + cols
    wide_rows = [["x" * 40] * 6 + r for r in rows]
    assert layout.column_widths(many, wide_rows, lk, 400)[-1] >= bold + 2 * lk.pad


def test_empty_price_list_and_reference_are_refused():
    with pytest.raises(DocumentError) as err:
        printing.render_price_list(
            PriceListDoc("Прайс-лист", dt.date(2026, 11, 20), "Опт-2", None, (PriceGroup("Бос", ()),)),
            COMPANY,
        )
    assert err.value.code == "document.empty"
    with pytest.raises(DocumentError) as err:
        printing.render_reference(ReferenceDoc("Справка", dt.date(2026, 11, 20), ()), COMPANY)
    assert err.value.code == "document.empty"


@pytest.mark.parametrize("fax", [False, True], ids=["office", "fax"])
def test_reference_sheet_certificates_shelf_life_and_barcodes(fax):
    rows = tuple(
        ReferenceRow(
            f"P{i:05d}",
            NAMES[i % len(NAMES)],
            "кор",
            Decimal(12),
            f"ЕАЭС N RU Д-KZ.РА01.В.{i:05d}/23" if i % 3 else "",
            180 if i % 2 else None,
            Decimal("6.35"),
            f"48700123{i:05d}",
        )
        for i in range(30)
    )
    doc = ReferenceDoc("Справочный лист", dt.date(2026, 11, 20), rows, CLIENT)
    pdf = printing.render_reference(doc, COMPANY, lang="kk", fax=fax)
    joined = re.sub(r"\s", "", " ".join(page_texts(pdf)))
    for expected in (
        "Справочныйлист",
        "ЕАЭСNRUД-KZ.РА01.В.00001/23",
        "4870012300029",
        "180тәул.",
        "6,35",
        "Сақтаумерзімі",
    ):
        assert expected in joined, expected
    if fax:
        assert_fax_legible(pdf)


# --- daily report ---------------------------------------------------------------------------------------


def test_daily_report_figures_chart_and_tables():
    doc = DailyReportDoc(
        "Отчёт за день",
        "20.11.2026",
        "Айгүл Омарова",
        (("Звонков всего", "214"), ("Принято заказов", "87"), ("Сумма заказов", "12 345 678,00 ₸")),
        (
            (
                "По операторам",
                ("Оператор", "Звонки", "Заказы"),
                (ReportRow("Әлия Сәрсенова", ("31", "11")), ReportRow("Нұрлан Қасымов", ("32", "12"))),
            ),
            ("Пустая таблица", ("Оператор", "Звонки"), ()),
        ),
        "Звонки по часам",
        tuple(
            (f"{h:02d}", v)
            for h, v in zip(range(8, 20), [5, 18, 27, 31, 22, 12, 19, 25, 21, 17, 11, 6], strict=True)
        ),
        dt.datetime(2026, 11, 20, 18, 5),
        ("Данные журнала звонков.",),
    )
    pdf = printing.render_daily_report(doc, COMPANY)
    text = " ".join(page_texts(pdf))
    for expected in (
        "Отчёт за день",
        "20.11.2026 18:05",
        "Айгүл Омарова",
        "Звонков всего",
        "12 345 678,00 ₸",
        "Звонки по часам",
        "Әлия Сәрсенова",
        "Нет данных",
        "Данные журнала звонков.",
    ):
        assert expected in text, expected
    assert all(f"{h:02d}" in text for h in range(8, 20))  # the chart's hour labels, in the document font
    assert fonts_of(pdf) <= {
        "DejaVuSans",
        "DejaVuSans-Bold",
        "DejaVuSansCondensed",
        "DejaVuSansCondensed-Bold",
    }
    bars = [op for op, operands in drawing_ops(pdf) if op == b"re"]
    assert len(bars) >= 12


def test_daily_report_without_chart_data_says_so():
    doc = DailyReportDoc("Отчёт", "20.11.2026", "", (("Звонков", "0"),), (), "Звонки по часам", ())
    text = " ".join(page_texts(printing.render_daily_report(doc, COMPANY, lang="kk")))
    assert "Деректер жоқ" in text and "Бүкіл бөлім" in text


def test_markup_characters_print_as_typed_and_overlong_fields_get_a_message():
    import dataclasses

    odd = dataclasses.replace(CLIENT, name='ТОО <b>«Ромашка»</b> & Co "Ақ"')
    text = " ".join(
        page_texts(printing.render_confirmation(dataclasses.replace(make_order(2), client=odd), COMPANY))
    )
    assert 'ТОО <b>«Ромашка»</b> & Co "Ақ"' in text
    # a huge address no longer fits beside the delivery block: every field goes full width and splits
    huge = dataclasses.replace(CLIENT, legal_address="Очень длинный адрес " * 1500)
    pdf = printing.render_confirmation(dataclasses.replace(make_order(2), client=huge), COMPANY)
    assert "Очень длинный адрес " * 3 in " ".join(page_texts(pdf)) and len(reader(pdf).pages) > 5
    # a receiver's name under the signature line cannot split: a message, not a crash
    with pytest.raises(DocumentError) as err:
        printing.render_confirmation(
            dataclasses.replace(make_order(2), receiver="Очень длинное имя " * 1500), COMPANY
        )
    assert err.value.code == "document.too_long"


def test_an_emoji_typed_in_a_name_or_a_comment_prints_as_nothing_not_as_a_box():
    """The document fonts have no emoji: they are left out of what is printed (DejaVu draws the rest,
    Kazakh letters, the tenge and the number sign included), and the spaces around them close up."""
    import dataclasses

    from orderdesk_gui.printing import fonts

    assert fonts.printable("ТОО «Арман» 🙂 спасибо 🍎 ₸ Қазақ №5\nвторая строка 👍") == (
        "ТОО «Арман» спасибо ₸ Қазақ №5\nвторая строка"
    )
    order = make_order(3, name_of=lambda i: f"Яблоки 🍎 сорт {i}")
    order = dataclasses.replace(order, comment="Позвонить за час 📞 до доставки")
    assert "🍎" not in order.lines[0].name and order.lines[0].name == "Яблоки сорт 1"
    pdf = printing.render_confirmation(order, COMPANY)
    text = " ".join(page_texts(pdf))
    assert "Яблоки сорт 1" in norm(text) and "за час до доставки" in norm(text)
    assert not any(ord(ch) > 0xFFFF or 0x2600 <= ord(ch) < 0x2800 for ch in text)
