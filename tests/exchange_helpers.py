"""Accepted orders made directly in the database for the exchange tests (both databases), and 1C's
answers about them."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from types import SimpleNamespace

from orderdesk_gui import clock
from orderdesk_gui.db import models as m
from orderdesk_gui.services import auth

PASSWORD = "секрет-1С"


def seed(orders: int = 5, lines: int = 3, *, kazakh: bool = True) -> SimpleNamespace:
    """Users (admin, finance, operator, 1C's exchange account), two clients (one known to accounting,
    one not), products and ``orders`` accepted orders of ``lines`` lines, plus a draft and a cancelled
    order that never travel."""
    ctype = m.ClientType.create(code="shop", name="Магазин")
    column = m.PriceColumn.create(code="base", name="Базовая", is_base=True)
    group = m.ProductGroup.create(code="g1", name="Бакалея")
    users = {
        role: m.User.create(
            login=role, full_name=role.title(), role=role, password_hash=auth._hasher.hash(PASSWORD)
        )
        for role in ("admin", "finance", "operator", "exchange")
    }
    known = m.Client.create(
        code="C001",
        name="ТОО «Әсем Дала»" if kazakh else "ТОО «Степь»",
        client_type=ctype,
        price_column=column,
        credit_limit=Decimal("1000000"),
        tax_id="123456789012",
        legal_address="Алматы, Абая 1",
        external_id="1c-client-0001",
    )
    local = m.Client.create(
        code="C002",
        name="ИП Петров & сын <опт>",
        client_type=ctype,
        price_column=column,
        credit_limit=Decimal(0),
    )
    products = [
        m.Product.create(
            code=f"P{n:03d}",
            name=f"Мука высший сорт {n} кг" if n % 2 else f"Қант {n}",
            group=group,
            unit="шт",
            vat_rate=12 if n % 3 else 0,
            external_id=f"1c-product-{n:04d}" if n % 2 else None,
        )
        for n in range(1, max(lines, 3) + 1)
    ]
    made = []
    now = clock.now_utc()
    for n in range(orders):
        made.append(
            accepted_order(
                known if n % 2 == 0 else local,
                users["operator"],
                products[:lines],
                n + 1,
                now - dt.timedelta(hours=n),
            )
        )
    draft = m.Order.create(
        client=known, operator=users["operator"], status="draft", total_amount=0, total_discount=0
    )
    cancelled = accepted_order(known, users["operator"], products[:1], 999, now)
    cancelled.status = "cancelled"
    cancelled.save()
    return SimpleNamespace(
        users=users,
        signed={role: auth._signed_in(_info(row)) for role, row in users.items()},
        known=known,
        local=local,
        products=products,
        orders=made,
        draft=draft,
        cancelled=cancelled,
        ctype=ctype,
        column=column,
    )


def _info(row):
    from orderdesk_gui.db.queries import user_info

    return user_info(row)


def accepted_order(client, operator, products, n: int, when: dt.datetime) -> m.Order:
    total = Decimal(0)
    order = m.Order.create(
        number=f"T1-2026-{n:06d}",
        client=client,
        operator=operator,
        status="accepted",
        created_at=when,
        accepted_at=when,
        delivery_date=clock.today() + dt.timedelta(days=1),
        payment_form="bank_transfer",
        comment="Позвонить за час; ә & <b>",
        total_amount=0,
        total_discount=0,
        line_count=len(products),
    )
    for no, product in enumerate(products, 1):
        qty = Decimal(no) + Decimal("0.5")
        price = Decimal("1234.50") + no
        amount = (qty * price).quantize(Decimal("0.01"))
        total += amount
        m.OrderLine.create(
            order=order,
            line_no=no,
            product=product,
            quantity=qty,
            base_price=price,
            unit_price=price,
            amount=amount,
        )
    order.total_amount = total
    order.save()
    return order


def status_document(entries: list[dict], encoding: str = "utf-8") -> bytes:
    """1C's answer: one Документ per entry (keys: ident, number, operation, requisites, basis)."""
    parts = [f'<?xml version="1.0" encoding="{encoding}"?>\n<КоммерческаяИнформация ВерсияСхемы="2.08">']
    for entry in entries:
        reqs = "".join(
            f"<ЗначениеРеквизита><Наименование>{k}</Наименование><Значение>{v}</Значение></ЗначениеРеквизита>"
            for k, v in entry.get("requisites", {}).items()
        )
        basis = f"<Основание>{entry['basis']}</Основание>" if entry.get("basis") else ""
        parts.append(
            "<Документ>"
            f"<Ид>{entry.get('ident', uuid.uuid4())}</Ид><Номер>{entry.get('number', '')}</Номер>"
            f"<Дата>2026-11-20</Дата><ХозОперация>{entry.get('operation', 'Заказ товара')}</ХозОперация>"
            f"{basis}<ЗначенияРеквизитов>{reqs}</ЗначенияРеквизитов></Документ>"
        )
    parts.append("</КоммерческаяИнформация>")
    return "".join(parts).encode(encoding)
