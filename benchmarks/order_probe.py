"""Keystrokes of a scripted order in the real window (for benchmarks/run.py).

From a caller already on screen: F4, ten lines, three suggestions given outcomes, F10, Space
(receiver present) and Enter. Every key event sent is counted. The products are the client's usual
items, as a reorder is, two of each (one pack where sold in packs). The lines are typed by product code
(``code``: each code typed only until the product heads the completion list, then Enter, the quantity
and Enter) or in the order guide (``guide``: Ctrl+G, the arrows to the product's row, the quantity,
↓). Prints one JSON line.
"""

from __future__ import annotations

import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
PATH = "code"  # "code": each product by its code in Product; "guide": the same products in the order guide


def main() -> int:
    global PATH
    url, client_id = sys.argv[1], int(sys.argv[2])
    PATH = sys.argv[3] if len(sys.argv) > 3 else "code"
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from orderdesk_gui import config
    from orderdesk_gui.ui.app import OrderDeskApp

    app = QApplication(sys.argv[:1])
    session = OrderDeskApp(config.Settings(), url, interactive=False)
    count = {"keys": 0}
    result: dict = {}

    def key(widget, k, modifier=Qt.KeyboardModifier.NoModifier, text: str | None = None) -> None:
        count["keys"] += 1
        if text is not None:
            QTest.keyClicks(widget, text)
        else:
            QTest.keyClick(widget, k, modifier)

    def wait(predicate, ms: int = 20000) -> bool:
        import time

        end = time.monotonic() + ms / 1000
        while time.monotonic() < end:
            QCoreApplication.processEvents()
            if predicate():
                return True
            time.sleep(0.002)
        return False

    def script() -> None:
        try:
            run_script()
        except Exception as exc:  # report instead of hanging
            result["error"] = repr(exc)
        app.quit()

    def run_script() -> None:
        w = session.window
        w.caller.open_client(client_id)
        assert wait(lambda: w.card.card is not None)
        key(w, Qt.Key.Key_F4)
        assert wait(lambda: w.orders.active and w.suggestions.model.rowCount() >= 3)
        taken = {ln.product_id for ln in w.orders.lines}
        # the order: ten of the client's usual products, as each path presents them first
        from orderdesk_gui import clock
        from orderdesk_gui.services import guide as guide_service

        if PATH == "guide":  # the guide's first rows: its ranking (often and lately bought)
            ranked = guide_service.order_guide(w.user, client_id, clock.today()).items
            usual = [item for item in ranked if item.product_id not in taken]
        else:  # the products the completion list puts first: the most often bought this year
            by_times = sorted(w.orders.view.usual, key=lambda u: (-u.times, u.product_id))
            usual = [u for u in by_times if u.product_id not in taken]
        from orderdesk_gui.db import models as m

        codes = {
            p.id: p.code for p in m.Product.select().where(m.Product.id.in_([u.product_id for u in usual]))
        }
        panel = w.order_panel
        if PATH == "guide":
            lines = guide_lines(w, usual)
        else:
            lines = code_lines(w, panel, usual, codes)
        result["lines"] = lines
        finish(w)

    def guide_lines(w, usual) -> int:
        """The same ten usual products, from the order guide: Ctrl+G, ↓ to the quantities, then for each
        product the arrows to its row, its quantity (two, or one pack where it is sold in packs: the
        guide shows the pack) and ↓, which puts it in the order and moves on; Esc back."""
        from PySide6.QtWidgets import QApplication

        panel = w.order_panel
        key(w, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
        assert wait(lambda: panel.guide_dialog is not None and panel.guide_dialog.loaded)
        guide = panel.guide_dialog
        key(guide.ui.filterEdit, Qt.Key.Key_Down)
        view = guide.ui.guideView
        rows = {item.product_id: i for i, item in enumerate(guide.model.rows())}
        lines = 0
        for item in usual:
            if lines == 10:
                break
            row = rows.get(item.product_id)
            if row is None:
                continue  # not sold any more, or no price today: the guide leaves it out
            before = len(w.orders.lines)
            while view.currentIndex().row() != row:
                step = Qt.Key.Key_Down if view.currentIndex().row() < row else Qt.Key.Key_Up
                key(QApplication.focusWidget(), step)
            gi = guide.model.row_at(row)
            pack = gi.pack_size if gi.pack_size and gi.pack_size > 1 else None
            text = f"{pack.normalize():f}" if pack else "2"
            for ch in text:
                key(QApplication.focusWidget(), None, text=ch)
            key(QApplication.focusWidget(), Qt.Key.Key_Down)
            if wait(lambda n=before: len(w.orders.lines) == n + 1, 5000):
                lines += 1
        key(QApplication.focusWidget(), Qt.Key.Key_Escape)
        assert wait(lambda: not guide.isVisible())
        w.activateWindow()  # what the window manager does when a dialog closes
        assert wait(w.isActiveWindow)
        return lines

    def code_lines(w, panel, usual, codes) -> int:
        lines = 0
        for item in usual:
            if lines == 10:
                break
            code = codes[item.product_id]
            typed = ""
            for ch in code:
                typed += ch
                key(panel.ui.productEdit, None, text=ch)
                if not wait(lambda: panel.hits.rowCount() > 0 and panel._ticket and not w.worker.pending):
                    break
                top = panel.hits.row_at(0)
                if top is not None and top.id == item.product_id:
                    break
            result.setdefault("typed", []).append(typed)
            if panel.hits.row_at(0) is None or panel.hits.row_at(0).id != item.product_id:
                panel.ui.productEdit.clear()
                continue
            before = len(w.orders.lines)
            picked = panel.hits.row_at(0)
            key(panel.ui.productEdit, Qt.Key.Key_Return)
            key(panel.ui.qtyEdit, None, text="2")
            key(panel.ui.qtyEdit, Qt.Key.Key_Return)
            if not wait(lambda n=before: len(w.orders.lines) == n + 1, 5000):
                # refused (sold only in whole packs): the operator types one pack instead
                pack = picked.pack_size if picked else None
                pack_text = f"{(pack or 1).normalize():f}"
                key(panel.ui.qtyEdit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
                for ch in pack_text:
                    key(panel.ui.qtyEdit, None, text=ch)
                key(panel.ui.qtyEdit, Qt.Key.Key_Return)
            if wait(lambda n=before: len(w.orders.lines) == n + 1, 5000):
                lines += 1
            else:
                panel.ui.productEdit.clear()
        return lines

    def finish(w) -> None:
        assert wait(lambda: not w.worker.pending)
        key(w, Qt.Key.Key_Return, Qt.KeyboardModifier.AltModifier)
        assert wait(lambda: w.orders.offers_done() == 1)
        key(w, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
        key(w, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
        assert wait(lambda: w.orders.offers_done() == 3)
        key(w, Qt.Key.Key_F10)
        assert wait(
            lambda: getattr(w, "completion_dialog", None) is not None and w.completion_dialog.isVisible()
        )
        dialog = w.completion_dialog
        key(dialog.ui.presentCheck, Qt.Key.Key_Space)
        key(dialog.ui.presentCheck, Qt.Key.Key_Return)
        result["saved"] = wait(lambda: dialog.number is not None)
        result["message"] = dialog.ui.messageLabel.text()
        result["order_keystrokes"] = count["keys"]

    session.opened.connect(lambda: session.sign_in("operator", "demo"))
    session.window_shown.connect(script)
    session.failed.connect(lambda msg: (result.setdefault("error", msg), app.quit()))
    session.start()
    app.exec()
    session.shutdown()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    from orderdesk_gui import clock

    clock.configure()  # the day and zone benchmarks/run.py set ($ORDERDESK_AS_OF, $ORDERDESK_TIMEZONE)
    sys.exit(main())
