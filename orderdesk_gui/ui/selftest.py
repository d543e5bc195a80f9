"""``orderdesk selftest FOLDER`` (hidden): the bundle's smoke test, run inside the frozen program.

Offscreen, on a fresh folder: build a small demo database (migrations and demo data files present),
sign the demo operator in, check the Qt platform, print support and QtPdf plugins and the ru/kk
translations (OrderDesk's and Qt's own), draw a PDF with the DejaVu fonts, render it with QtPdf into a
fax TIFF. Prints one ``ok``/``FAIL`` line per step; exit code 1 on any failure.
"""

from __future__ import annotations

import io
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

    def sign_in():
        from orderdesk_gui.demo.generator import DEMO_PASSWORD
        from orderdesk_gui.services import auth

        return auth.authenticate("operator", DEMO_PASSWORD).login

    def pdf():
        from reportlab.pdfgen import canvas

        from orderdesk_gui.printing import fonts

        fonts.register()
        out = io.BytesIO()
        c = canvas.Canvas(out)
        c.setFont(fonts.REGULAR, 14)
        c.drawString(72, 720, "Подтверждение заказа — Тапсырысты растау: әғқңөұүһі")
        c.save()
        (root / "confirmation.pdf").write_bytes(out.getvalue())
        return f"{len(out.getvalue())} bytes"

    def fax():
        from orderdesk_gui.ui.pdf_render import fax_tiff

        data = fax_tiff((root / "confirmation.pdf").read_bytes())
        (root / "confirmation.tif").write_bytes(data)
        return f"{len(data)} bytes"

    step("qt plugins", plugins)
    step("translations", translations)
    if step("demo database", demo):
        step("sign in", sign_in)
    if step("pdf with fonts", pdf):
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
