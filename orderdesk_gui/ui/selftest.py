"""``orderdesk selftest FOLDER`` (hidden): the bundle's smoke test, run inside the frozen program.

Offscreen, on a fresh folder: build a small demo database (migrations and demo data files present),
sign the demo operator in, check the Qt platform, print support and QtPdf plugins and the ru/kk
translations (OrderDesk's and Qt's own), draw a PDF with the DejaVu fonts, render it with QtPdf into a
fax TIFF. Prints one ``ok``/``FAIL`` line per step; exit code 1 on any failure.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def run(folder: str) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    root = Path(folder)
    root.mkdir(parents=True, exist_ok=True)
    failures: list[str] = []

    def step(name, fn):
        try:
            detail = fn()
        except Exception as exc:  # noqa: BLE001 - every failure is reported, then the exit code says it
            failures.append(name)
            print(f"FAIL {name}: {type(exc).__name__}: {exc}", flush=True)
            return None
        print(f"ok   {name}{': ' + str(detail) if detail else ''}", flush=True)
        return detail

    from PySide6.QtCore import QLibraryInfo, QTranslator
    from PySide6.QtWidgets import QApplication

    from orderdesk_gui import clock, resources

    app = QApplication.instance() or QApplication(sys.argv[:1])

    def plugins():
        base = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
        wanted = {"platforms": ["offscreen"], "printsupport": [""]}
        if sys.platform != "win32":
            wanted["platforms"].append("xcb")
        missing = [
            f"{folder}/{name}"
            for folder, names in wanted.items()
            for name in names
            if not any(name in p.name for p in (base / folder).glob("*"))
        ]
        if missing:
            raise FileNotFoundError(f"Qt plugins missing under {base}: {', '.join(missing)}")
        return app.platformName()

    def translations():
        for lang in ("ru", "kk"):
            ours = QTranslator(app)
            if not ours.load(str(resources.path("i18n", f"orderdesk_{lang}.qm"))):
                raise FileNotFoundError(f"orderdesk_{lang}.qm")
        qt = QTranslator(app)
        if not qt.load("qtbase_ru", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            raise FileNotFoundError("qtbase_ru.qm")
        return "ru, kk"

    def demo():
        from orderdesk_gui.db.connection import open_database
        from orderdesk_gui.demo import DemoOptions, build_demo_database

        url = f"sqlite:///{(root / 'demo.sqlite').as_posix()}"
        build_demo_database(url, DemoOptions(clients=40, products=60, months=2, as_of=clock.today()))
        open_database(url)
        return url

    state: dict = {}

    def sign_in():
        from orderdesk_gui.demo.generator import DEMO_PASSWORD
        from orderdesk_gui.services import auth

        state["user"] = auth.authenticate("operator", DEMO_PASSWORD)
        return state["user"].login

    def screen_pop():
        """A caller's number as a phone system passes it: the card with its debt, as the window shows."""
        from orderdesk_gui.db import models as m
        from orderdesk_gui.domain.debt import DebtRules
        from orderdesk_gui.domain.states import ClientStatus
        from orderdesk_gui.services import caller

        phone = m.Phone.select().join(m.Client).where(m.Client.status == ClientStatus.ACTIVE).first()
        digits = phone.e164[2:]
        hits = caller.find_clients("8" + digits, clock.today(), DebtRules())
        view = caller.load_caller(hits[0].id, "order", clock.today(), DebtRules())
        state["client"] = view.card
        return f"8{digits} -> {view.card.name}"

    def take_order():
        """An order with three declined offers, completed as at the desk (the debt gate included)."""
        import datetime as dt
        from decimal import Decimal

        from orderdesk_gui.db import catalog
        from orderdesk_gui.db import models as m
        from orderdesk_gui.domain import ordering as rules
        from orderdesk_gui.domain.debt import DebtRules
        from orderdesk_gui.services import debt_gate, ordering

        user, client_id, today = state["user"], state["client"].id, clock.today()
        m.Receivable.update(paid=True).where(m.Receivable.client == client_id).execute()  # a clean gate
        m.Client.update(credit_limit=Decimal("1e9")).where(m.Client.id == client_id).execute()
        order_id = debt_gate.start_order(user, client_id, today, DebtRules())
        view = ordering.open_draft(order_id, today)
        ids = [p.id for p in m.Product.select(m.Product.id).where(m.Product.active == True).limit(60)]  # noqa: E712
        facts = catalog.facts(ids, view.price_column_id, today)
        lines = []
        for pid in [i for i in ids if catalog.price_of(facts[i]) is not None][:5]:
            line = ordering.make_line(
                view, pid, f"{max(facts[pid].pack_size, 1):f}", "asked", today, Decimal(999)
            )
            lines, _ = rules.merge(lines, line, Decimal(999))
        offers = [rules.Offer(pid, "usual", "declined", "price") for pid in ids[-3:]]
        version = ordering.save_draft(order_id, lines, offers, view.version)
        contact = m.Contact.select().where(m.Contact.client == client_id).first()
        regional = m.Client.get_by_id(client_id).client_type.code == "regional"
        done = rules.Completion(
            rules.next_delivery_day(today + dt.timedelta(days=1), []),
            contact.id if contact else None,
            contact is not None,
            "bank_transfer",
            shipping_details="самовывоз" if regional else "",
        )
        number = ordering.complete(
            user, order_id, done, today=today, rules=DebtRules(), min_offers=3, prefix="B1",
            expected_version=version,
        )  # fmt: skip
        state["order"] = order_id
        return f"{number}, {len(lines)} lines"

    def pdf():
        """The order's confirmation as printed, in Kazakh (the letters the fonts must have)."""
        from orderdesk_gui import config
        from orderdesk_gui.printing import confirmation
        from orderdesk_gui.services import documents

        doc = documents.order_doc(state["order"], "kk")
        data = confirmation.render(doc, documents.company_from(config.Settings(), "kk"), lang="kk")
        (root / "confirmation.pdf").write_bytes(data)
        return f"{len(data)} bytes"

    def fax():
        from orderdesk_gui.ui.pdf_render import fax_tiff

        data = fax_tiff((root / "confirmation.pdf").read_bytes())
        (root / "confirmation.tif").write_bytes(data)
        return f"{len(data)} bytes"

    def collation():
        # Qt's ICU in the bundle keeps root/en/ru/kk data only (packaging/icu_trim.py)
        from PySide6.QtCore import QCollator, QLocale

        got = {}
        for lang, words, expected in (
            ("ru_RU", ["ж", "ё", "Я", "е", "а"], ["а", "е", "ё", "ж", "Я"]),
            ("kk_KZ", ["ү", "ә", "б", "а"], ["а", "ә", "б", "ү"]),
        ):
            collator = QCollator(QLocale(lang))
            got[lang] = sorted(words, key=collator.sortKey)
            if got[lang] != expected:
                raise ValueError(f"{lang} sorts {got[lang]}")
        return ", ".join(lang for lang in got)

    def libraries():
        # the parts the bundle trims around (packaging/bundle_inputs.py, linux_libs.py) still load
        import io

        import openpyxl
        import phonenumbers
        import psycopg2.extensions
        from lxml import etree

        import orderdesk_gui.ui.desk_report_window  # noqa: F401 - QtCharts and its OpenGL libraries

        etree.fromstring(b"<a><b/></a>")
        openpyxl.Workbook().save(io.BytesIO())
        phonenumbers.parse("+77012345678")
        loaded = [f"libpq {psycopg2.extensions.libpq_version()}"]
        if sys.platform.startswith("linux"):
            import secretstorage  # noqa: F401 - keyring's Secret Service backend (cryptography)

            loaded.append("secretstorage")
        return ", ".join(loaded)

    step("qt plugins", plugins)
    step("translations", translations)
    step("collation", collation)
    step("libraries", libraries)
    if (
        step("demo database", demo)
        and step("sign in", sign_in)
        and step("screen pop", screen_pop)
        and step("take an order", take_order)
        and step("confirmation pdf", pdf)
    ):
        step("fax tiff", fax)
    print("selftest: " + ("FAILED " + ", ".join(failures) if failures else "passed"), flush=True)
    return 1 if failures else 0


def startup(url: str) -> int:
    """``orderdesk selftest-startup URL`` (hidden): sign the demo operator in offscreen, print ``READY``
    when the main window is shown with its journal painted, quit (benchmarks/bundle_probe.py times it)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from orderdesk_gui import clock, config
    from orderdesk_gui.demo.generator import DEMO_PASSWORD
    from orderdesk_gui.ui.app import OrderDeskApp

    clock.configure()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    session = OrderDeskApp(config.Settings(), url, interactive=False)
    failed: list[str] = []

    def shown() -> None:
        journal = session.window.journal

        def painted() -> None:
            journal.model.modelReset.disconnect(painted)
            session.window.repaint()
            app.processEvents()
            print("READY", flush=True)
            app.quit()

        journal.model.modelReset.connect(painted)

    session.opened.connect(lambda: session.sign_in("operator", DEMO_PASSWORD))
    session.window_shown.connect(shown)
    session.failed.connect(lambda msg: (failed.append(msg), app.quit()))
    session.start()
    app.exec()
    session.shutdown()
    if failed:
        print(f"FAIL {failed[0]}", flush=True)
    return 1 if failed else 0
