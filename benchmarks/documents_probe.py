"""Document figures: ``confirmation_pdf_ms`` (100-line order) and ``fax_tiff_s`` (3-page fax sheet as TIFF).

Importable (``confirmation_pdf_ms()``, ``fax_tiff_s()``) or run as a script,
which prints ``name: value`` lines. Fonts are registered once by the warm-up
run, as in a running program; each figure is the median of ten runs.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import sys
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from orderdesk_gui.printing.data import ClientParty, Company, DocLine, FaxCover, OrderDoc  # noqa: E402

RUNS = 10
_NAMES = (
    "Сүт «Әйгерім» 3,2% 1 л",
    "Қант ақ 1 кг",
    "Ұн жоғары сорт «Ақ бидай» 50 кг",
    "Масло подсолнечное «Күнбағыс» рафинированное дезодорированное 5 л",
    "Йогурт персиковый 2,5% 125 г",
    "Шұжық «Ет өнімдері» піскен, вакуумная упаковка",
)
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
    "ИП Құрманғазиева Ә. «Ұлттық өнім»",
    "860101300123",
    "Шымкент қ., Тәуке хан даңғылы, 15",
    "Шымкент, Қабанбай батыр көшесі 12",
    "+7 701 123 45 67",
    "Өмірзақ Ғалымұлы",
    "client@example.kz",
    "+7 7252 53-00-01",
)


def sample_order(lines: int) -> OrderDoc:
    """An order of ``lines`` lines with Kazakh names, discounts on some lines and two VAT rates."""
    rows = []
    for i in range(1, lines + 1):
        qty, price = Decimal(i % 9 + 1), Decimal("1234.50") + i
        discount = Decimal(5) if i % 4 == 0 else Decimal(0)
        rows.append(
            DocLine(
                i, f"P{i:05d}", _NAMES[i % len(_NAMES)], "кор", qty, price, discount, qty * price, 12, qty * 2
            )
        )
    total = sum((r.amount for r in rows), Decimal(0))
    vat = (total * 12 / 112).quantize(Decimal("0.01"))
    return OrderDoc(
        "B1-2026-000123",
        dt.date(2026, 11, 20),
        CLIENT,
        tuple(rows),
        total,
        Decimal("0"),
        ((12, vat),),
        sum((r.weight_kg for r in rows), Decimal(0)),
        delivery_date=dt.date(2026, 11, 23),
        receiver="Өмірзақ Ғалымұлы",
        payment_form="bank_transfer",
        operator_name="Айгүл Омарова",
    )


def _median(fn, runs: int = RUNS) -> float:
    fn()  # warm-up: fonts, Babel locale data, Qt
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def confirmation_pdf_ms() -> float:
    """Median milliseconds to render the confirmation PDF of a 100-line order."""
    from orderdesk_gui.printing import confirmation

    order = sample_order(100)
    return _median(lambda: confirmation.render(order, COMPANY)) * 1000


def fax_tiff_s() -> float:
    """Median seconds from order data to the Group 4 TIFF of a 3-page fax sheet (cover + 2 order pages)."""
    from orderdesk_gui.printing import fax
    from orderdesk_gui.ui import pdf_render

    order = sample_order(26)
    sent_at = dt.datetime(2026, 11, 20, 14, 35)
    cover = FaxCover(
        CLIENT.name,
        CLIENT.contact_name,
        CLIENT.fax,
        "Айгүл Омарова",
        COMPANY.name,
        COMPANY.fax,
        COMPANY.phone,
        sent_at,
        "Тапсырысыңызды растаймыз.",
    )
    pages = pdf_render.page_count(fax.render(order, COMPANY, cover))
    if pages != 3:
        raise RuntimeError(f"the fax sheet probe expected 3 pages, got {pages}")
    return _median(lambda: pdf_render.fax_tiff(fax.render(order, COMPANY, cover)))


def main() -> int:
    print(f"confirmation_pdf_ms: {confirmation_pdf_ms():.1f}", flush=True)
    print(f"fax_tiff_s: {fax_tiff_s():.3f}", flush=True)
    return 0


if __name__ == "__main__":
    from orderdesk_gui import clock

    clock.configure()  # the day and zone benchmarks/run.py set ($ORDERDESK_AS_OF, $ORDERDESK_TIMEZONE)
    sys.exit(main())
