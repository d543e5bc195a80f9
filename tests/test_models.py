"""Every model round-trips on SQLite and on the real PostgreSQL; money and quantities stay exact."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

from peewee import fn

from orderdesk_gui.db import models as m
from orderdesk_gui.db.connection import open_database

NOW = dt.datetime(2026, 11, 20, 7, 30, 15)
TODAY = dt.date(2026, 11, 20)


def build_rows() -> dict[type, m.BaseModel]:
    """One row of every model, with values that differ from the defaults."""
    r: dict[type, m.BaseModel] = {}
    # a department of the company's own: the required ones (sales, ...) come with the schema (0008)
    dept = r[m.Department] = m.Department.create(code="quality", name="Отдел качества")
    head = m.User.create(
        login="head",
        full_name="Әлихан Қасымов",
        role="sales_head",
        password_hash="$argon2id$x",
        department=dept,
        head_of=dept,
    )
    r[m.User] = m.User.create(
        login="op1",
        full_name="Нұрлан Ерғалиұлы",
        role="operator",
        password_hash="$argon2id$y",
        department=dept,
        is_key_account_manager=True,
        presence="absent",
        absent_until=TODAY,
        substitute=head,
        extension="101",
        phone="+77011234567",
        email="op@example.kz",
        active=False,
        created_at=NOW,
    )
    group = r[m.ProductGroup] = m.ProductGroup.create(code="DAIRY", name="Сүт өнімдері", sort_order=3)
    product = r[m.Product] = m.Product.create(
        code="P1",
        name="Қымыз «Дала» 0,5 л",
        search_text="қымыз дала 0 5 л p1",
        group=group,
        unit="бут",
        pack_size=Decimal("12"),
        pack_rule="refuse",
        barcode="4870000000017",
        weight_kg=Decimal("0.535"),
        vat_rate=0,
        new_since=TODAY,
        certificate_ref="ЕАЭС KZ 1",
        shelf_life_days=5,
        active=False,
        stock=Decimal("1234.567"),
    )
    column = r[m.PriceColumn] = m.PriceColumn.create(code="OPT1", name="Опт 1", is_base=True, sort_order=2)
    r[m.Price] = m.Price.create(product=product, price_column=column, price=Decimal("12345678901.99"))
    promo = r[m.Promotion] = m.Promotion.create(
        name="3+1",
        kind="special",
        starts=TODAY,
        ends=TODAY + dt.timedelta(days=9),
        note="акция",
        active=False,
    )
    r[m.PromotionItem] = m.PromotionItem.create(
        promotion=promo, product=product, special_price=Decimal("0.01"), note="x"
    )
    ctype = r[m.ClientType] = m.ClientType.create(code="regional", name="Региональный", sort_order=4)
    r[m.ClientTypeProduct] = m.ClientTypeProduct.create(client_type=ctype, product=product, sort_order=1)
    client = r[m.Client] = m.Client.create(
        uuid=uuid.uuid4(),
        code="C1",
        name="ТОО «Жұлдыз-Ёлка»",
        search_text="тоо жұлдыз елка c1",
        tax_id="990140000123",
        client_type=ctype,
        manager=head,
        price_column=column,
        credit_limit=Decimal("1500000.50"),
        payment_delay_days=21,
        region="Жетысуская область",
        city="Талдыкорган",
        legal_address="ул. Абая, 1",
        delivery_address="ул. Абая, 2",
        delivery_weekdays="1,3",
        shipping_details="Перевозчик: «Жол Транс»",
        notes="звонить утром",
        status="blocked",
        created_at=NOW,
        updated_at=NOW,
        version=7,
        external_id="9f3c2b1e-0a41-11ef-8f1b-0050569c1a01",
        active=False,
    )
    contact = r[m.Contact] = m.Contact.create(
        client=client,
        name="Айгүл Омарова",
        role="Кладовщик",
        email="a@example.kz",
        fax="+77282000000",
        can_receive_goods=True,
        is_primary=True,
        notes="n",
        external_id="9f3c2b1e#контакт",
    )
    r[m.Phone] = m.Phone.create(
        client=client,
        contact=contact,
        number="8 (701) 123-45-67",
        e164="+77011234567",
        kind="mobile",
        imported=True,
    )
    r[m.Receivable] = m.Receivable.create(
        client=client,
        document_no="СФ-1",
        doc_date=TODAY,
        amount=Decimal("100.10"),
        paid_amount=Decimal("0.09"),
        due_date=TODAY,
        paid=True,
    )
    operator = r[m.User]
    r[m.CallbackRequest] = m.CallbackRequest.create(
        uuid=uuid.uuid4(),
        phone="8 701 123 45 67",
        e164="+77011234567",
        name="Иван",
        client=client,
        window_start=NOW,
        window_end=NOW,
        note="сайт",
        source="web",
        status="done",
        attempts=2,
        created_at=NOW,
        next_attempt_at=NOW,
        last_attempt_at=NOW,
        done_at=NOW,
        created_by=operator,
        escalated_to=head,
    )
    call = r[m.Call] = m.Call.create(
        uuid=uuid.uuid4(),
        direction="out",
        phone="+77011234567",
        client=client,
        operator=operator,
        started_at=NOW,
        ended_at=NOW + dt.timedelta(seconds=95),
        purpose="complaint",
        outcome="transferred",
        outcome_detail="d",
        transferred_to=head,
        transfer_reason="ключевой",
        consulted=head,
        notes="заметка",
        source="callback",
        callback=r[m.CallbackRequest],
    )
    order = r[m.Order] = m.Order.create(
        uuid=uuid.uuid4(),
        number="B1-2026-000001",
        client=client,
        operator=operator,
        call=call,
        status="accepted",
        created_at=NOW,
        updated_at=NOW,
        accepted_at=NOW,
        delivery_date=TODAY,
        delivery_address="склад",
        receiver=contact,
        receiver_confirmed=True,
        payment_form="cash",
        documents="накладная",
        pickup_date=TODAY,
        shipping_details="s",
        comment="c",
        cancel_reason="",
        total_amount=Decimal("999999999.99"),
        total_discount=Decimal("1.01"),
        total_weight=Decimal("12.345"),
        line_count=1,
        debt_override_by=head,
        debt_override_reason="оплата обещана",
        version=3,
    )
    r[m.OrderLine] = m.OrderLine.create(
        order=order,
        line_no=1,
        product=product,
        quantity=Decimal("2.5"),
        base_price=Decimal("10.00"),
        unit_price=Decimal("9.70"),
        amount=Decimal("24.25"),
        source="promotion",
        promotion=promo,
        manual_price_reason="r",
    )
    r[m.SuggestionOffer] = m.SuggestionOffer.create(
        order=order,
        product=product,
        reason="new",
        outcome="declined",
        decline_reason="price",
        offered_at=NOW,
    )
    task = r[m.OutboundTask] = m.OutboundTask.create(
        uuid=uuid.uuid4(),
        title="Обзвон",
        instruction="i",
        survey='[{"q": "?"}]',
        created_by=head,
        created_at=NOW,
        due_date=TODAY,
        status="closed",
        client_filter='{"region": "Алматы"}',
    )
    r[m.OutboundTaskItem] = m.OutboundTaskItem.create(
        task=task,
        client=client,
        status="done",
        outcome="refused",
        answers='{"a": 1}',
        refusal_reason="цена",
        call=call,
        operator=operator,
        attempts=2,
        done_at=NOW,
    )
    r[m.Complaint] = m.Complaint.create(
        uuid=uuid.uuid4(),
        kind="claim",
        category="Недовес",
        text="Не хватило 2 кг",
        client=client,
        call=call,
        order=order,
        department=dept,
        status="resolved",
        created_by=operator,
        created_at=NOW,
        taken_by=head,
        resolution="довезли",
        resolved_at=NOW,
        order_lines="1,3",
        taken_at=NOW,
    )
    r[m.ComplaintEvent] = m.ComplaintEvent.create(
        complaint=r[m.Complaint], at=NOW, user=head, status="resolved", note="довезли"
    )
    r[m.ClientRhythm] = m.ClientRhythm.create(
        client=client,
        orders=14,
        first_order_on=TODAY,
        last_order_on=TODAY,
        usual_interval_days=9,
        avg_order_amount=Decimal("123456.78"),
        updated_at=NOW,
    )
    r[m.DocumentDispatch] = m.DocumentDispatch.create(
        uuid=uuid.uuid4(),
        at=NOW,
        user=operator,
        order=order,
        client=client,
        kind="fax_sheet",
        channel="fax_gateway",
        recipient="77272000000@fax.example.kz",
        status="failed",
        error="550 отказ",
        pages=3,
    )
    run = r[m.ExchangeRun] = m.ExchangeRun.create(
        direction="export",
        kind="commerceml",
        source="http",
        file_name="orders___5f0c.xml",
        digest="ab" * 32,
        user=head,
        started_at=NOW,
        finished_at=NOW,
        status="applied",
        counts='{"orders": {"new": 1}}',
        rejects='[[3, "exchange.bad_number", {"value": "1e400"}]]',
        reject_count=1,
        message="Заказ товара",
    )
    order.exported_at = NOW
    order.export_run = run
    order.save()
    r[m.AuditEvent] = m.AuditEvent.create(
        at=NOW,
        user=head,
        action="debt_override",
        entity="order",
        entity_id="1",
        details='{"reason": "x"}',
    )
    r[m.AppSetting] = m.AppSetting.create(key="company.name", value="ТОО «Азық»")
    r[m.DraftHold] = m.DraftHold.create(
        order=order, user=head, desk="Стол-3 Әлия", token="ab" * 16, since=NOW, until=NOW
    )
    r[m.DeskSession] = m.DeskSession.create(
        user=head, desk="Стол-3 Әлия", signed_in_at=NOW, seen_at=NOW, signed_out_at=None
    )
    r[m.OrderNumberCounter] = m.OrderNumberCounter.create(prefix="B1", year=2026, last=41)
    r[m.FulfilmentItem] = m.FulfilmentItem.create(
        order=order, department=dept, status="taken", created_at=NOW, taken_by=head, taken_at=NOW
    )
    r[m.RoutingRule] = m.RoutingRule.create(
        priority=5,
        action="transfer",
        client_type="regional",
        purpose="info",
        client_is_new=False,
        chain="head:regional",
        assign_chain="head:wholesale",
        reason="региональный",
        active=False,
    )
    r[m.RolePermission] = m.RolePermission.create(role="operator", permission="view_reports", granted=True)
    r[m.ReportDay] = m.ReportDay.create(utc_offset=18000, day=TODAY, computed_at=NOW)
    r[m.ReportCallDay] = m.ReportCallDay.create(
        utc_offset=18000,
        day=TODAY,
        operator_id=operator.id,
        direction="in",
        outcome="transferred",
        source="callback",
        transfer_reason="Вопрос по оплате",
        calls=7,
        talk_ms=1_234_567_890_123,
    )
    r[m.ReportCallHour] = m.ReportCallHour.create(
        utc_offset=18000, day=TODAY, operator_id=operator.id, hour=23, direction="out", calls=3
    )
    r[m.ReportOrderDay] = m.ReportOrderDay.create(
        utc_offset=-3600,
        day=TODAY,
        operator_id=operator.id,
        orders=2,
        amount=12_345_678_901_234,
        offers_made=6,
        offers_accepted=2,
        offers_added=99_00,
    )
    return r


def test_every_model_round_trips(any_url):
    database = open_database(any_url)
    with database.atomic():
        rows = build_rows()
    assert set(rows) == set(m.ALL_MODELS), "a model is missing from the round-trip"
    for model, written in rows.items():
        if model._meta.primary_key is False:  # the report summaries: one row each here
            read = model.get()
        else:
            read = model.get_by_id(written._pk)
        expected = {k: v for k, v in written.__data__.items()}
        got = {k: read.__data__.get(k) for k in expected}
        for key, value in expected.items():
            if isinstance(value, uuid.UUID):
                assert uuid.UUID(str(got[key])) == value, (model.__name__, key)
            elif hasattr(value, "_pk"):
                assert got[key] == value._pk, (model.__name__, key)
            else:
                assert got[key] == value, (model.__name__, key, got[key], value)


def test_money_is_exact_decimal_and_sums_exactly(any_url):
    open_database(any_url)
    with m.db_proxy.atomic():
        rows = build_rows()
        client = rows[m.Client]
        for i in range(10):
            m.Receivable.create(
                client=client,
                document_no=f"D{i}",
                doc_date=TODAY,
                amount=Decimal("0.10"),
                paid_amount=Decimal("0"),
                due_date=TODAY,
            )
    amounts = [r.amount for r in m.Receivable.select().where(m.Receivable.document_no.startswith("D"))]
    assert all(isinstance(a, Decimal) for a in amounts)
    raw_sum = (
        m.Receivable.select(fn.SUM(m.Receivable.amount))
        .where(m.Receivable.document_no.startswith("D"))
        .scalar()
    )
    assert raw_sum == 100  # integer tiyn: exact on every engine
    assert m.Receivable.amount.from_units(raw_sum) == Decimal("1.00")


def test_money_rounds_half_up_to_tiyn(db):
    rows = build_rows()
    price = rows[m.Price]
    price.price = Decimal("10.005")
    price.save()
    assert m.Price.get_by_id(price.id).price == Decimal("10.01")
