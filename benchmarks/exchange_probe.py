"""Figures of the exchange with accounting (issue 13, parts 4 and 5), group ``exchange`` of run.py.

- ``export_orders_s``: one day of 2,000 accepted orders with 30,000 lines written to CommerceML and
  marked exported (``services.exporting.export_orders``). The orders are made for the figure and
  removed afterwards, so a reused data set stays as generated.
- ``exchange_cycle_s``: 1C's whole HTTP cycle against the real endpoint (waitress on a free port, a
  real HTTP client): checkauth, init, a 20 MB ``import0_1.xml`` (the office's catalogue as 1C would
  send it) uploaded in ``file_limit`` pieces, import (polling ``progress``), then the sale side:
  checkauth, init, query of one day's orders, success. On SQLite it runs on a copy of the data set.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
import time
import uuid
from decimal import Decimal
from pathlib import Path

ORDERS, LINES_PER_ORDER = 2000, 15
UPLOAD_MB = 20
PASSWORD = "bench-exchange"


def _make_orders(day: dt.date) -> list[int]:
    from peewee import fn

    from orderdesk_gui import clock
    from orderdesk_gui.db import models as m

    clients = [c for (c,) in m.Client.select(m.Client.id).where(m.Client.active == True).limit(500).tuples()]  # noqa: E712
    products = [p for (p,) in m.Product.select(m.Product.id).limit(3000).tuples()]
    operator = m.User.select(fn.MIN(m.User.id)).scalar()
    start, _end = clock.day_bounds(day)
    ids = []
    with m.db_proxy.atomic():
        for n in range(ORDERS):
            when = start + dt.timedelta(hours=9, seconds=n * 15)
            lines = []
            total = Decimal(0)
            for no in range(1, LINES_PER_ORDER + 1):
                qty = Decimal(no % 7 + 1)
                price = Decimal("1250.50") + no
                amount = qty * price
                total += amount
                lines.append((no, products[(n * LINES_PER_ORDER + no) % len(products)], qty, price, amount))
            order = m.Order.create(
                uuid=uuid.uuid4(),
                number=f"BX-{day.year}-{n + 1:06d}",
                client=clients[n % len(clients)],
                operator=operator,
                status="accepted",
                created_at=when,
                accepted_at=when,
                delivery_date=day + dt.timedelta(days=1),
                payment_form="bank_transfer",
                comment="бенчмарк",
                total_amount=total,
                total_discount=0,
                line_count=LINES_PER_ORDER,
            )
            m.OrderLine.insert_many(
                [
                    dict(
                        order=order.id,
                        line_no=no,
                        product=pid,
                        quantity=qty,
                        base_price=price,
                        unit_price=price,
                        amount=amount,
                    )
                    for no, pid, qty, price, amount in lines
                ]
            ).execute()
            ids.append(order.id)
    return ids


def _remove_orders(ids: list[int], run_id: int | None) -> None:
    from orderdesk_gui.db import models as m

    with m.db_proxy.atomic():
        for start in range(0, len(ids), 500):
            part = ids[start : start + 500]
            m.OrderLine.delete().where(m.OrderLine.order.in_(part)).execute()
            m.Order.delete().where(m.Order.id.in_(part)).execute()
        if run_id is not None:
            m.AuditEvent.delete().where(
                (m.AuditEvent.entity == "exchange_run") & (m.AuditEvent.entity_id == str(run_id))
            ).execute()
            m.ExchangeRun.delete().where(m.ExchangeRun.id == run_id).execute()


def export_orders_s(url: str) -> float:
    from orderdesk_gui import clock
    from orderdesk_gui.db import connection
    from orderdesk_gui.services import auth, exporting

    database = connection.open_database(url)
    folder = Path(tempfile.mkdtemp(prefix="orderdesk-export-"))
    ids: list[int] = []
    run_id = None
    try:
        ids = _make_orders(clock.today())
        started = time.perf_counter()
        result = exporting.export_orders(
            auth.command_line(), folder, "commerceml", "windows-1251", order_ids=ids
        )
        took = time.perf_counter() - started
        run_id = result.run_id
        assert (result.orders, result.lines) == (ORDERS, ORDERS * LINES_PER_ORDER), result
        size = result.path.stat().st_size / 2**20
        print(
            f"# export: {result.orders} orders, {result.lines} lines, {size:.1f} MB of CommerceML", flush=True
        )
        return took
    finally:
        _remove_orders(ids, run_id)
        shutil.rmtree(folder, ignore_errors=True)
        database.close()


def _catalogue(path: Path, target_bytes: int) -> int:
    """The office's catalogue as 1C sends it (every product, its Ид, article, unit, VAT), each product's
    description long enough that the file weighs ``target_bytes``."""
    from orderdesk_gui.db import models as m
    from orderdesk_gui.exchange.cml_orders import esc

    rows = list(m.Product.select(m.Product.code, m.Product.name, m.Product.unit, m.Product.vat_rate).tuples())
    text = "Описание товара для сайта: состав, условия хранения, срок годности. "
    per_char = len(text.encode()) / len(text)
    pad = int(max(0, target_bytes // max(1, len(rows)) - 480) / per_char)  # chars beside the elements
    filler = (text * (pad // len(text) + 1))[:pad]
    with open(path, "w", encoding="utf-8") as out:
        out.write(
            '<?xml version="1.0" encoding="UTF-8"?>\n<КоммерческаяИнформация ВерсияСхемы="2.08" '
            'ДатаФормирования="2026-11-20T08:00:00">\n<Каталог СодержитТолькоИзменения="true"><Ид>bench</Ид>'
            "<Наименование>Основной каталог товаров</Наименование><Товары>\n"
        )
        for code, name, unit, vat in rows:
            out.write(
                f"<Товар><Ид>bench-{esc(code)}</Ид><Артикул>{esc(code)}</Артикул>"
                f"<Наименование>{esc(name)}</Наименование>"
                f'<БазоваяЕдиница Код="796 " НаименованиеПолное="{esc(unit)}">{esc(unit)}</БазоваяЕдиница>'
                f"<Описание>{filler}</Описание>"
                "<СтавкиНалогов><СтавкаНалога><Наименование>НДС</Наименование>"
                f"<Ставка>{vat}</Ставка></СтавкаНалога></СтавкиНалогов></Товар>\n"
            )
        out.write("</Товары></Каталог>\n</КоммерческаяИнформация>\n")
    return len(rows)


def exchange_cycle_s(url: str) -> float:
    import requests

    from orderdesk_gui import clock
    from orderdesk_gui.db import connection
    from orderdesk_gui.db import models as m
    from orderdesk_gui.http_exchange import app as exchange_app
    from orderdesk_gui.http_exchange import server
    from orderdesk_gui.services import auth

    work = Path(tempfile.mkdtemp(prefix="orderdesk-exchange-"))
    if url.startswith("sqlite:///"):
        source = Path(url[len("sqlite:///") :])
        copy = work / "office.db"
        shutil.copyfile(source, copy)
        url = "sqlite:///" + copy.as_posix()
    database = connection.open_database(url)
    running = None
    try:
        # 1C's account, and one day's orders left to send (older ones count as taken already)
        if not m.User.select().where(m.User.login == "bench1c").exists():
            auth.create_user("bench1c", "1C", "exchange", PASSWORD, by=auth.command_line())
        start, _end = clock.day_bounds(clock.today() - dt.timedelta(days=1))
        m.Order.update(exported_at=clock.now_utc()).where(
            m.Order.exported_at.is_null() & (m.Order.accepted_at < start)
        ).execute()
        upload = work / "import0_1.xml"
        products = _catalogue(upload, UPLOAD_MB * 2**20)
        body = upload.read_bytes()
        options = exchange_app.Options(folder=work / "exchange", import_wait_s=20.0)
        running = server.start_in_thread(exchange_app.ExchangeApp(options))
        database.close()
        session = requests.Session()
        credentials = (b"bench1c", PASSWORD.encode())

        def call(kind: str, mode: str, data: bytes | None = None, **params) -> requests.Response:
            query = {"type": kind, "mode": mode, **params}
            if data is None:
                return session.get(running.url, params=query, timeout=600)
            return session.post(running.url, params=query, data=data, timeout=600)

        started = time.perf_counter()
        lines = session.get(
            running.url, params={"type": "catalog", "mode": "checkauth"}, auth=credentials, timeout=60
        ).text.split("\n")
        assert lines[0] == "success", lines
        limit = int(call("catalog", "init").text.split("file_limit=")[1])
        for offset in range(0, len(body), limit):
            reply = call("catalog", "file", body[offset : offset + limit], filename="import0_1.xml").text
            assert reply == "success", reply
        polls = 0
        while (reply := call("catalog", "import", filename="import0_1.xml").text) == "progress":
            polls += 1
        assert reply == "success", reply
        imported = time.perf_counter() - started
        assert session.get(
            running.url, params={"type": "sale", "mode": "checkauth"}, auth=credentials, timeout=60
        ).text.startswith("success")
        call("sale", "init")
        document = call("sale", "query").content
        sent = document.count("<Документ>".encode("cp1251"))
        assert call("sale", "success").text == "success"
        took = time.perf_counter() - started
        print(
            f"# exchange cycle: {len(body) / 2**20:.1f} MB catalogue of {products} products in "
            f"{-(-len(body) // limit)} pieces, imported in {imported:.1f} s ({polls} progress answers); "
            f"{sent} orders taken by the sale query",
            flush=True,
        )
        return took
    finally:
        if running is not None:
            running.stop()
        if not database.is_closed():
            database.close()
        shutil.rmtree(work, ignore_errors=True)
