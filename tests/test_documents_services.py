"""Document data from the demo database, and sending: e-mail to a real local SMTP server, fax by command
and by gateway, and the record of what was sent (never "sent" when it was not)."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import io
import re
import socket
import sys
import textwrap
import threading
from decimal import Decimal

import pytest

from orderdesk_gui import clock, config
from orderdesk_gui.db import catalog
from orderdesk_gui.db import models as m
from orderdesk_gui.domain import ordering as order_rules
from orderdesk_gui.domain.journal import ShiftFigures, ShiftReport
from orderdesk_gui.printing import DocumentError
from orderdesk_gui.services import auth, calls, debt_gate, dispatch, documents, ordering
from orderdesk_gui.services.dispatch import DispatchError, MailSettings
from tests.test_services_ordering import RULES, add, completion, green_client, offers_for, priced_products

pytestmark = pytest.mark.dated  # runs on the demo's day and 52 weeks later (tests/conftest.py)

PDF = b"%PDF-1.4\n% a stand-in document\n%%EOF\n"


# --- a real SMTP server (aiosmtpd) ---------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Inbox:
    """aiosmtpd handler keeping what arrived; refuses recipients listed in ``refuse``."""

    def __init__(self, refuse: tuple[str, ...] = ()) -> None:
        self.messages: list[tuple[str, list[str], bytes]] = []
        self.refuse = refuse

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        if address in self.refuse or "*" in self.refuse:
            return "550 5.1.1 Mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        return "250 Message accepted for delivery"


@pytest.fixture
def smtp():
    """Start a local SMTP server; yields a factory ``(refuse=(), login=None, inbox=None)`` returning
    ``(inbox, MailSettings)``."""
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult

    started = []

    def start(refuse=(), login: tuple[str, str] | None = None, inbox: Inbox | None = None):
        inbox = inbox if inbox is not None else Inbox(refuse)
        kwargs = {}
        if login is not None:

            def authenticator(server, session, envelope, mechanism, auth_data):
                ok = auth_data.login.decode() == login[0] and auth_data.password.decode() == login[1]
                return AuthResult(success=ok, handled=False)

            kwargs = dict(authenticator=authenticator, auth_require_tls=False)
        port = free_port()
        controller = Controller(inbox, hostname="127.0.0.1", port=port, **kwargs)
        controller.start()
        started.append(controller)
        mail = MailSettings(
            host="127.0.0.1",
            port=port,
            tls=False,
            user="",
            password="",
            sender="orders@example.kz",
            timeout=5,
        )
        return inbox, mail

    yield start
    for controller in started:
        controller.stop()


# --- data -------------------------------------------------------------------------------------


@pytest.fixture
def op(demo_db):
    return auth.authenticate("operator", "demo")


def completed_order(op) -> tuple[int, m.Client]:
    """An order taken through the services: lines, three offers, completion (receiver chosen)."""
    client = green_client()
    call_id = calls.open_call(op, "", client.id)
    order_id = debt_gate.start_order(op, client.id, clock.today(), RULES, call_id=call_id)
    view = ordering.open_draft(order_id, clock.today())
    for pid in priced_products(6, view.price_column_id):
        add(view, pid, "3")
    offers = offers_for(view, accepted=1, declined=2)
    version = ordering.save_draft(order_id, view.lines, offers, view.version)
    ordering.complete(
        op,
        order_id,
        completion(client),
        today=clock.today(),
        rules=RULES,
        min_offers=3,
        prefix="B1",
        expected_version=version,
    )
    return order_id, client


def client_without_fax() -> m.Client:
    for client in m.Client.select().where(m.Client.status == "active").order_by(m.Client.id):
        has_contact_fax = (
            m.Contact.select().where((m.Contact.client == client.id) & (m.Contact.fax != "")).exists()
        )
        has_fax_phone = (
            m.Phone.select().where((m.Phone.client == client.id) & (m.Phone.kind == "fax")).exists()
        )
        if (
            not has_contact_fax
            and not has_fax_phone
            and client.orders.where(m.Order.status.in_(("accepted", "delivered"))).exists()
        ):
            return client
    raise AssertionError("every demo client has a fax")


def accepted_order_of(client: m.Client) -> m.Order:
    return (
        client.orders.where(m.Order.status.in_(("accepted", "delivered")))
        .order_by(m.Order.created_at.desc())
        .first()
    )


def dispatches(order_id=None) -> list[m.DocumentDispatch]:
    query = m.DocumentDispatch.select().order_by(m.DocumentDispatch.id)
    if order_id is not None:
        query = query.where(m.DocumentDispatch.order == order_id)
    return list(query)


# --- order confirmation data ---------------------------------------------------------------------


def test_order_doc_of_an_order_just_taken(op):
    order_id, client = completed_order(op)
    doc = documents.order_doc(order_id, lang="ru")
    order = m.Order.get_by_id(order_id)
    lines = list(order.lines.order_by(m.OrderLine.line_no))
    assert doc.number == order.number and doc.number.startswith(f"B1-{clock.today().year}-")
    assert doc.client.name == client.name and doc.client.code == client.code
    assert doc.client.tax_id == (client.tax_id or "")
    assert [ln.no for ln in doc.lines] == list(range(1, len(lines) + 1))
    assert [ln.code for ln in doc.lines] == [ln.product.code for ln in lines]
    assert [ln.amount for ln in doc.lines] == [ln.amount for ln in lines]
    assert doc.total == order.total_amount == sum((ln.amount for ln in lines), Decimal(0))
    # VAT included, per rate, summed exactly line by line as order entry does
    expected: dict[int, Decimal] = {}
    for ln in lines:
        rate = ln.product.vat_rate
        expected[rate] = expected.get(rate, Decimal(0)) + order_rules.money(ln.amount * rate / (100 + rate))
    assert dict(doc.vat_by_rate) == {r: v for r, v in expected.items() if r}
    as_entered = [
        order_rules.Line(
            0, "", "", "", Decimal(1), ln.quantity, ln.base_price, ln.unit_price, vat_rate=ln.product.vat_rate
        )
        for ln in lines
    ]
    assert sum(v for _r, v in doc.vat_by_rate) == order_rules.totals(as_entered).vat
    for doc_line, ln in zip(doc.lines, lines, strict=True):
        assert doc_line.price == ln.unit_price and doc_line.quantity == ln.quantity
        if ln.unit_price < ln.base_price:
            assert (
                doc_line.discount_pct
                == order_rules.PriceQuote(ln.base_price, ln.unit_price, "x").discount_pct
                > 0
            )
        else:
            assert doc_line.discount_pct == 0
    assert doc.weight_kg == sum((ln.quantity * ln.product.weight_kg for ln in lines), Decimal(0))
    receiver = m.Contact.get_by_id(order.receiver_id)
    assert doc.receiver == receiver.name
    assert doc.payment_form and doc.payment_form != "bank_transfer"  # in words
    assert doc.delivery_date == completion(client).delivery_date
    assert doc.operator_name == op.full_name
    assert catalog.last_order_id(client.id) == order_id  # what Ctrl+P prints when no order was just taken


def test_only_accepted_orders_with_lines_have_documents(op):
    client = green_client()
    draft_id = debt_gate.start_order(op, client.id, clock.today(), RULES)
    with pytest.raises(DocumentError, match=r"^document\.order_draft$"):
        documents.order_doc(draft_id)
    with pytest.raises(DocumentError, match=r"^document\.order_draft$"):
        documents.fax_cover(
            draft_id, op, documents.company_from(config.Settings()), to_fax="+7 727 111 22 33"
        )
    empty = accepted_order_of(client)
    m.OrderLine.delete().where(m.OrderLine.order == empty.id).execute()
    with pytest.raises(DocumentError, match=r"^document\.order_no_lines \(number="):
        documents.order_doc(empty.id)
    with pytest.raises(DocumentError, match=r"^document\.order_gone$"):
        documents.order_doc(10**9)


def test_fax_cover_takes_the_clients_fax_or_asks_for_one(op):
    company = documents.company_from(config.Settings())
    client = client_without_fax()
    order = accepted_order_of(client)
    with pytest.raises(DocumentError, match=r"^document\.no_fax_number$"):
        documents.fax_cover(order.id, op, company)
    now = dt.datetime(2026, 11, 20, 14, 5)
    cover = documents.fax_cover(
        order.id, op, company, "Просим подтвердить", to_fax="+7 727 250 11 22", now=now
    )
    assert cover.to_fax == "+7 727 250 11 22" and cover.to_name == client.name
    assert cover.from_name == op.full_name and cover.from_fax == company.fax and cover.sent_at == now
    assert cover.message == "Просим подтвердить"
    contact = m.Contact.select().where(m.Contact.client == client.id).first()
    m.Contact.update(fax="8 (727) 250-33-44").where(m.Contact.id == contact.id).execute()
    cover = documents.fax_cover(order.id, op, company)
    assert cover.to_fax == "8 (727) 250-33-44" and cover.to_contact == contact.name
    assert documents.order_contacts(order.id).fax == "8 (727) 250-33-44"


def test_company_comes_from_the_settings():
    settings = config.Settings()
    settings.set(config.COMPANY_NAME, "ТОО «Қазақ Өнім»")
    settings.set(config.COMPANY_LOGO, "no-such-logo.png")
    company = documents.company_from(settings)
    assert company.name == "ТОО «Қазақ Өнім»" and company.fax == config.COMPANY_FAX.default
    assert company.logo_path == "" and company.terms == config.DOCUMENT_TERMS.default


# --- price list and reference ------------------------------------------------------------------------


def test_price_list_uses_the_clients_column_and_better_promotions(op):
    client = green_client()
    doc = documents.price_list_doc(client.id, today=clock.today())
    assert doc.client is not None and doc.client.code == client.code
    assert doc.price_column == client.price_column.name
    rows = [r for g in doc.groups for r in g.rows]
    assert len(rows) > 50
    by_code = {p.code: p.id for p in m.Product.select(m.Product.code, m.Product.id)}
    facts = catalog.facts([by_code[r.code] for r in rows], client.price_column_id, clock.today())
    promoted = 0
    for row in rows:
        fact = facts[by_code[row.code]]
        assert row.price == catalog.price_of(fact)  # exactly what order entry charges today
        if row.base_price is not None:
            promoted += 1
            assert row.base_price == fact.column_price > row.price
    only_promo = documents.price_list_doc(client.id, only_promotions=True, today=clock.today())
    promo_rows = [r for g in only_promo.groups for r in g.rows]
    assert promo_rows and len(promo_rows) < len(rows)
    assert promoted == sum(1 for r in promo_rows if r.base_price is not None) > 0
    assert only_promo.note
    group = m.ProductGroup.select().join(m.Product).distinct().order_by(m.ProductGroup.id).first()
    one_group = documents.price_list_doc(client.id, group_ids=[group.id], today=clock.today())
    in_group = {p.code for p in m.Product.select().where(m.Product.group == group.id)}
    assert {r.code for g in one_group.groups for r in g.rows} <= in_group
    new = documents.price_list_doc(
        price_column_code=client.price_column.code, only_new=True, today=clock.today()
    )
    assert all("новинка" in r.note for g in new.groups for r in g.rows)
    with pytest.raises(DocumentError, match=r"^document\.no_such_price_column \(column=NOPE\)"):
        documents.price_list_doc(price_column_code="NOPE", today=clock.today())


def test_every_product_of_an_active_promotion_has_a_note_special_price_or_not(op):
    client = green_client()
    plain, priced = priced_products(2, client.price_column_id)
    ends = clock.today() + dt.timedelta(days=9)
    week = m.Promotion.create(name="Неделя молочки", kind="special", starts=clock.today(), ends=ends)
    m.PromotionItem.create(promotion=week, product=plain, special_price=None)  # no special price
    fact = catalog.facts([priced], client.price_column_id, clock.today())[priced]
    cheaper = (catalog.price_of(fact) * Decimal("0.5")).quantize(Decimal("0.01"))
    sale_ends = clock.today() + dt.timedelta(days=3)
    sale = m.Promotion.create(name="Распродажа", kind="price", starts=clock.today(), ends=sale_ends)
    m.PromotionItem.create(promotion=sale, product=priced, special_price=cheaper)
    m.PromotionItem.create(promotion=week, product=priced, special_price=None)
    doc = documents.price_list_doc(client.id, only_promotions=True, today=clock.today())
    rows = {r.code: r for g in doc.groups for r in g.rows}
    assert rows and all("акция «" in r.note for r in rows.values())
    plain_row = rows[m.Product.get_by_id(plain).code]
    assert plain_row.base_price is None  # it keeps the column price...
    assert f"акция «Неделя молочки» до {ends:%d.%m}" in plain_row.note  # ...but says it is in the promotion
    priced_row = rows[m.Product.get_by_id(priced).code]
    assert priced_row.price == cheaper and priced_row.base_price is not None
    # the note names the promotion that gave the price, not the other one
    assert f"акция «Распродажа» до {sale_ends:%d.%m}" in priced_row.note
    assert "Неделя" not in priced_row.note
    en = documents.price_list_doc(client.id, only_promotions=True, today=clock.today(), lang="en")
    en_rows = {r.code: r for g in en.groups for r in g.rows}
    assert f"promotion “Неделя молочки” until {ends:%d.%m}" in en_rows[plain_row.code].note
    kk = documents.price_list_doc(client.id, only_promotions=True, today=clock.today(), lang="kk")
    kk_rows = {r.code: r for g in kk.groups for r in g.rows}
    assert f"«Неделя молочки» акциясы {ends:%d.%m} дейін" in kk_rows[plain_row.code].note


def test_reference_sheet_lists_certificates_and_pack_sizes(demo_db):
    products = list(m.Product.select().where(m.Product.active == True).order_by(m.Product.id).limit(5))  # noqa: E712
    doc = documents.reference_doc([p.id for p in products], today=clock.today())
    assert sorted(r.code for r in doc.rows) == sorted(p.code for p in products)
    row = next(r for r in doc.rows if r.code == products[0].code)
    assert row.pack_size == products[0].pack_size and row.certificate_ref == products[0].certificate_ref
    assert row.shelf_life_days == products[0].shelf_life_days
    with pytest.raises(DocumentError):
        documents.reference_doc([10**9], today=clock.today())


def test_daily_report_doc_has_summary_tables_and_chart():
    figures = ShiftFigures(
        calls_in=40,
        calls_out=10,
        by_outcome={"order_taken": 25, "info_given": 15, "no_answer": 10},
        orders_taken=25,
        orders_sum=Decimal("1234567.50"),
        avg_call_s=125.4,
        transfers_by_reason={"debt": 2},
    )
    report = ShiftReport(
        start=clock.today(),
        end=clock.today(),
        operator_name="",
        total=figures,
        per_operator=(("Айгүл Омарова", figures),),
        calls_by_hour=((9, 12), (10, 20), (14, 18)),
    )
    doc = documents.daily_report_doc(report, "ru")
    assert doc.period == clock.today().strftime("%d.%m.%Y") and doc.operator_name == ""
    summary = dict(doc.summary)
    assert summary["Входящие звонки"] == "40" and summary["Средняя длительность звонка"] == "2:05"
    assert "1 234 567" in summary["Сумма заказов"].replace("\xa0", " ").replace("\u202f", " ")
    titles = [t[0] for t in doc.tables]
    assert titles[:2] == ["Звонки по результату", "По операторам"]
    outcome_rows = {r.label: r.values for r in doc.tables[0][2]}
    assert outcome_rows["Принят заказ"] == ("25", "50\u00a0%")  # the language's number, % kept with it
    assert doc.tables[1][2][0].label == "Айгүл Омарова"
    assert dict(doc.chart)["10"] == 20 and dict(doc.chart)["12"] == 0 and sum(v for _l, v in doc.chart) == 50
    kk = documents.daily_report_doc(report, "kk")
    assert kk.title == "Қоңыраулар мен тапсырыстар есебі"


# --- e-mail --------------------------------------------------------------------------------------


def test_email_arrives_with_the_pdf_and_is_recorded_sent(op, smtp):
    order = accepted_order_of(green_client())
    inbox, mail = smtp()
    dispatch_id = dispatch.send_email(
        op,
        mail,
        "Айгүл <buyer@example.kz>",
        f"Заказ {order.number}",
        "Подтверждение заказа во вложении.",
        [(f"Заказ {order.number}.pdf", PDF, "application/pdf")],
        kind="confirmation",
        order_id=order.id,
        pages=1,
    )
    assert len(inbox.messages) == 1
    sender, rcpts, content = inbox.messages[0]
    assert sender == "orders@example.kz" and rcpts == ["buyer@example.kz"]
    msg = email.message_from_bytes(content, policy=email.policy.default)
    assert msg["Subject"] == f"Заказ {order.number}"
    parts = list(msg.iter_attachments())
    assert len(parts) == 1 and parts[0].get_content_type() == "application/pdf"
    assert parts[0].get_filename() == f"Заказ {order.number}.pdf" and parts[0].get_content() == PDF
    row = m.DocumentDispatch.get_by_id(dispatch_id)
    assert (row.status, row.channel, row.kind, row.recipient) == (
        "sent",
        "email",
        "confirmation",
        "buyer@example.kz",
    )
    assert row.order_id == order.id and row.client_id == order.client_id and row.user_id == op.id
    history = dispatch.history(order.id)
    assert [(h.status, h.recipient, h.user_name) for h in history] == [
        ("sent", "buyer@example.kz", op.full_name)
    ]


def test_refused_recipient_is_recorded_failed_never_sent(op, smtp):
    order = accepted_order_of(green_client())
    inbox, mail = smtp(refuse=("*",))
    with pytest.raises(
        DispatchError, match=r"^dispatch\.smtp_recipient_refused \(reply=nobody@example\.kz: 550"
    ):
        dispatch.send_email(
            op, mail, "nobody@example.kz", "s", "b", [("a.pdf", PDF, "application/pdf")],
            kind="confirmation", order_id=order.id,
        )  # fmt: skip
    assert inbox.messages == []
    rows = dispatches(order.id)
    assert [(r.status, r.recipient) for r in rows] == [("failed", "nobody@example.kz")]
    assert "550" in rows[0].error
    failure = dispatch.error_of(rows[0].error)  # kept as a code and parameters, worded when shown
    assert failure.code == "dispatch.smtp_recipient_refused" and "550" in failure.params["reply"]


def test_one_refused_recipient_of_two_is_told_and_recorded_apart(op, smtp):
    order = accepted_order_of(green_client())
    inbox, mail = smtp(refuse=("bad@example.kz",))
    with pytest.raises(
        DispatchError, match=r"^dispatch\.partly_refused \(sent=\['good@example\.kz'\], refused=\['bad@"
    ):
        dispatch.send_email(
            op, mail, "good@example.kz; bad@example.kz", "s", "b", [], kind="confirmation", order_id=order.id
        )
    assert [m_[1] for m_ in inbox.messages] == [["good@example.kz"]]
    assert [(r.status, r.recipient) for r in dispatches(order.id)] == [
        ("sent", "good@example.kz"),
        ("failed", "bad@example.kz"),
    ]


def test_unreachable_server_and_bad_addresses(op, demo_db):
    order = accepted_order_of(green_client())
    mail = MailSettings(host="127.0.0.1", port=free_port(), tls=False, sender="orders@example.kz", timeout=3)
    with pytest.raises(DispatchError, match=r"^dispatch\.smtp_unreachable "):
        dispatch.send_email(op, mail, "a@example.kz", "s", "b", [], kind="confirmation", order_id=order.id)
    assert [(r.status, r.channel) for r in dispatches(order.id)] == [("failed", "email")]
    # typing mistakes: a message, nothing recorded
    for to in ("", "not-an-address", "a@example.kz, b@"):
        with pytest.raises(DispatchError):
            dispatch.send_email(op, mail, to, "s", "b", [], kind="confirmation", order_id=order.id)
    assert len(dispatches(order.id)) == 1
    # no mail server set up: it did not go, and the history says why
    with pytest.raises(DispatchError, match=r"^dispatch\.no_mail_server$"):
        dispatch.send_email(
            op, MailSettings(host=""), "a@example.kz", "s", "b", [], kind="confirmation", order_id=order.id
        )
    assert [(r.status, r.channel, r.recipient) for r in dispatches(order.id)][-1] == (
        "failed",
        "email",
        "a@example.kz",
    )


def test_a_server_that_never_answers_times_out(op, demo_db):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    held = []
    accepter = threading.Thread(target=lambda: held.append(listener.accept()), daemon=True)
    accepter.start()
    try:
        mail = MailSettings(
            host="127.0.0.1", port=listener.getsockname()[1], tls=False, sender="o@example.kz", timeout=1
        )
        with pytest.raises(
            DispatchError, match=r"^dispatch\.(smtp_slow|smtp_stopped) \(server=.*, seconds=1\)"
        ):
            dispatch.send_email(op, mail, "a@example.kz", "s", "b", [], kind="price_list")
    finally:
        accepter.join(5)
        for conn, _addr in held:
            conn.close()
        listener.close()
    assert [(r.status, r.kind) for r in dispatches()] == [("failed", "price_list")]


def test_login_refused_says_so_without_the_password(op, smtp):
    inbox, mail = smtp(login=("desk", "s3cret-pw"))
    good = MailSettings(**{**mail.__dict__, "user": "desk", "password": "s3cret-pw"})
    dispatch.send_email(op, good, "a@example.kz", "s", "b", [], kind="reference")
    assert len(inbox.messages) == 1
    bad = MailSettings(**{**mail.__dict__, "user": "desk", "password": "wrong-pw"})
    with pytest.raises(DispatchError, match=r"^dispatch\.smtp_login_refused \(user=desk, ") as caught:
        dispatch.send_email(op, bad, "a@example.kz", "s", "b", [], kind="reference")
    assert "wrong-pw" not in str(caught.value) and "wrong-pw" not in repr(bad)
    assert [r.status for r in dispatches()] == ["sent", "failed"]
    assert all("pw" not in r.error for r in dispatches())


def test_a_password_the_login_cannot_carry_is_told_and_recorded_failed(op, smtp):
    """smtplib encodes the login as ASCII: a Cyrillic password (a wrong keyboard layout) must not
    escape as a raw UnicodeEncodeError with nothing recorded."""
    order = accepted_order_of(green_client())
    inbox, mail = smtp(login=("desk", "пароль-секрет"))
    cyrillic = MailSettings(**{**mail.__dict__, "user": "desk", "password": "пароль-секрет"})
    with pytest.raises(DispatchError, match=r"^dispatch\.password_not_latin$") as caught:
        dispatch.send_email(
            op, cyrillic, "a@example.kz", "s", "b", [], kind="confirmation", order_id=order.id
        )
    assert "пароль" not in str(caught.value) and "ascii" not in str(caught.value)
    assert caught.value.__cause__ is None and caught.value.__suppress_context__
    rows = dispatches(order.id)
    assert [(r.status, r.recipient) for r in rows] == [("failed", "a@example.kz")]
    assert (
        dispatch.error_of(rows[0].error).code == "dispatch.password_not_latin"
        and "пароль" not in rows[0].error
    )
    assert inbox.messages == []
    latin_user = MailSettings(**{**mail.__dict__, "user": "касса", "password": "x"})
    with pytest.raises(DispatchError, match=r"^dispatch\.login_not_latin \(user=касса\)"):
        dispatch.send_email(op, latin_user, "a@example.kz", "s", "b", [], kind="confirmation")


class QuitFails(Inbox):
    """Takes the message, then answers QUIT with an error."""

    async def handle_QUIT(self, server, session, envelope):  # noqa: N802
        return "554 5.3.0 Closing failed"


def test_a_failed_quit_after_the_message_was_accepted_still_counts_as_sent(op, smtp):
    order = accepted_order_of(green_client())
    inbox, mail = smtp(inbox=QuitFails())
    dispatch_id = dispatch.send_email(
        op, mail, "a@example.kz", "s", "b", [("a.pdf", PDF, "application/pdf")],
        kind="confirmation", order_id=order.id,
    )  # fmt: skip
    assert len(inbox.messages) == 1
    assert [(r.id, r.status) for r in dispatches(order.id)] == [(dispatch_id, "sent")]


def test_mail_settings_from_settings_and_environment(monkeypatch):
    settings = config.Settings()
    settings.set(config.SMTP_HOST, "smtp.example.kz")
    settings.set(config.SMTP_USER, "desk@example.kz")
    settings.set(config.SMTP_PASSWORD, "saved")
    mail = dispatch.mail_settings_from(settings)
    assert (mail.host, mail.port, mail.tls, mail.password) == ("smtp.example.kz", 587, True, "saved")
    assert mail.sender == config.COMPANY_EMAIL.default
    monkeypatch.setenv("ORDERDESK_SMTP_PASSWORD", "from-env")
    assert dispatch.mail_settings_from(settings).password == "from-env"
    assert "from-env" not in repr(dispatch.mail_settings_from(settings))


# --- fax -------------------------------------------------------------------------------------------


def fax_script(tmp_path, exit_code: int = 0):
    """A stand-in fax command: copies the TIFF and writes the number it was given."""
    script = tmp_path / "fake_sendfax.py"
    script.write_text(
        textwrap.dedent(
            f"""
            import shutil, sys
            number, path, out = sys.argv[1], sys.argv[2], sys.argv[3]
            if {exit_code}:
                sys.stderr.write("sendfax: modem busy on ttyS0\\n")
                sys.exit({exit_code})
            shutil.copyfile(path, out + ".tif")
            open(out + ".number", "w").write(number)
            """
        )
    )
    out = tmp_path / "sent"
    command = f'"{sys.executable}" "{script}" -n{{number}} "{{file}}" "{out}"'
    return command, out


def a_tiff(pages: int = 2) -> bytes:
    from PIL import Image

    images = [Image.new("1", (1728, 400), 1) for _ in range(pages)]
    buf = io.BytesIO()
    images[0].save(buf, format="TIFF", compression="group4", dpi=(204, 196), save_all=True,
                   append_images=images[1:])  # fmt: skip
    return buf.getvalue()


def test_fax_by_command_gets_the_number_and_the_tiff(op, tmp_path, demo_db):
    from PIL import Image

    order = accepted_order_of(green_client())
    command, out = fax_script(tmp_path)
    tiff = a_tiff(3)
    dispatch_id = dispatch.send_fax(
        op, tiff, "+7 (727) 250-11-22", command=command, order_id=order.id, pages=3
    )
    assert out.with_suffix(".number").read_text() == "-n77272501122"
    sent = Image.open(out.with_suffix(".tif"))
    assert sent.n_frames == 3 and sent.mode == "1" and sent.info["compression"] == "group4"
    row = m.DocumentDispatch.get_by_id(dispatch_id)
    assert (row.status, row.channel, row.recipient, row.pages) == ("sent", "fax_command", "77272501122", 3)
    assert not list(tmp_path.glob("orderdesk-fax-*"))  # the temporary file is gone


def test_a_document_is_rendered_rasterised_and_faxed_in_one_call(op, tmp_path, demo_db):
    from orderdesk_gui.printing.data import Company
    from orderdesk_gui.services import printed

    order = accepted_order_of(green_client())
    command, out = fax_script(tmp_path)
    made, seen = [], []

    def make() -> bytes:
        made.append(1)
        return printed.order_fax_sheet(
            order.id,
            op,
            Company("ТОО Тест", "Алматы", "+77272000000", "+77272000001", "123456789012"),
            "Проверьте",
            "+77272501122",
            "A4",
            "ru",
        )

    def rasterize(pdf: bytes) -> tuple[bytes, int]:
        seen.append(pdf[:5])
        return a_tiff(2), 2

    with pytest.raises(DispatchError, match=r"^dispatch\.no_fax_number"):
        dispatch.fax_document(op, make, rasterize, " ", kind="fax_sheet", order_id=order.id, command=command)
    assert made == [] and seen == []  # nothing rendered for a missing number
    dispatch_id = dispatch.fax_document(
        op, make, rasterize, "+7 727 250 11 22", kind="fax_sheet", order_id=order.id, command=command
    )
    assert seen == [b"%PDF-"] and out.with_suffix(".number").read_text() == "-n77272501122"
    row = m.DocumentDispatch.get_by_id(dispatch_id)
    assert (row.kind, row.order_id, row.pages, row.status) == ("fax_sheet", order.id, 2, "sent")


def test_failing_fax_command_is_recorded_with_its_error(op, tmp_path, demo_db):
    order = accepted_order_of(green_client())
    command, _out = fax_script(tmp_path, exit_code=3)
    with pytest.raises(
        DispatchError, match=r"^dispatch\.fax_command_failed \(exit_code=3, output=.*modem busy"
    ):
        dispatch.send_fax(op, a_tiff(), "87272501122", command=command, order_id=order.id)
    rows = dispatches(order.id)
    assert [(r.status, r.channel) for r in rows] == [("failed", "fax_command")] and "modem busy" in rows[
        0
    ].error
    with pytest.raises(DispatchError, match=r"^dispatch\.fax_command_not_found \(command=no-such-sendfax\)"):
        dispatch.send_fax(
            op, a_tiff(), "87272501122", command="no-such-sendfax {number} {file}", order_id=order.id
        )
    with pytest.raises(DispatchError, match=r"^dispatch\.fax_command_no_file "):
        dispatch.send_fax(op, a_tiff(), "87272501122", command="sendfax {number}", order_id=order.id)
    assert [r.status for r in dispatches(order.id)] == ["failed", "failed", "failed"]


def test_fax_by_gateway_email(op, smtp):
    order = accepted_order_of(green_client())
    inbox, mail = smtp()
    tiff = a_tiff(2)
    dispatch.send_fax(
        op, tiff, "8 727 250 11 22", gateway="{number}@fax.example.kz", mail=mail, order_id=order.id
    )
    ((_sender, rcpts, content),) = inbox.messages
    assert rcpts == ["77272501122@fax.example.kz"]
    part = next(email.message_from_bytes(content, policy=email.policy.default).iter_attachments())
    assert part.get_content_type() == "image/tiff" and part.get_content() == tiff
    row = dispatches(order.id)[0]
    assert (row.status, row.channel) == ("sent", "fax_gateway") and "77272501122" in row.recipient


def test_fax_needs_a_number_and_a_way_to_send(op, demo_db):
    with pytest.raises(DispatchError, match=r"^dispatch\.no_fax_number$"):
        dispatch.send_fax(op, a_tiff(), "  ", command="x {number} {file}")
    with pytest.raises(DispatchError, match=r"^dispatch\.not_a_fax_number \(number=12\)"):
        dispatch.send_fax(op, a_tiff(), "12", command="x {number} {file}")
    # a local number without its city code is possible but not a complete number: never dialled
    for local in ("3000001", "250-11-22", "+7 727 111 22 33"):
        with pytest.raises(DispatchError, match=r"^dispatch\.fax_number_incomplete "):
            dispatch.send_fax(op, a_tiff(), local, command="x {number} {file}")
    assert dispatch.fax_digits("8 (727) 300-00-01") == "77273000001"
    assert dispatch.fax_digits("+7 701 123 45 67") == "77011234567"
    assert dispatches() == []


def test_a_fax_with_no_way_to_send_it_is_in_the_history_as_failed(op, demo_db):
    """No fax command and no gateway (or a gateway without {number}, or without a mail server): the
    fax did not go, and the order's history (Ctrl+Shift+H) says so and why."""
    order = accepted_order_of(green_client())
    with pytest.raises(DispatchError, match=r"^dispatch\.no_fax_way$"):
        dispatch.send_fax(op, a_tiff(), "8 727 250 11 22", order_id=order.id, pages=2)
    with pytest.raises(DispatchError, match=r"^dispatch\.fax_gateway_no_number "):
        dispatch.send_fax(op, a_tiff(), "87272501122", gateway="fax@example.kz", order_id=order.id)
    with pytest.raises(DispatchError, match=r"^dispatch\.no_mail_server$"):
        dispatch.send_fax(op, a_tiff(), "87272501122", gateway="{number}@fax.example.kz", order_id=order.id)
    rows = dispatch.history(order.id)
    assert [(r.kind, r.channel, r.status, r.recipient, r.pages) for r in reversed(rows)] == [
        ("fax_sheet", "fax", "failed", "77272501122", 2),
        ("fax_sheet", "fax_gateway", "failed", "77272501122", 0),
        ("fax_sheet", "fax_gateway", "failed", "77272501122 (77272501122@fax.example.kz)", 0),
    ]
    assert [dispatch.error_of(r.error).code for r in reversed(rows)] == [
        "dispatch.no_fax_way",
        "dispatch.fax_gateway_no_number",
        "dispatch.no_mail_server",
    ]


def test_prints_and_saved_files_are_recorded(op):
    order = accepted_order_of(green_client())
    dispatch.record_print(op, "confirmation", order_id=order.id, pages=2, recipient="HP LaserJet")
    dispatch.record_print(op, "confirmation", order_id=order.id, pages=2, channel="pdf", recipient="z.pdf")
    assert [(h.channel, h.recipient) for h in dispatch.history(order.id)] == [
        ("pdf", "z.pdf"),
        ("print", "HP LaserJet"),
    ]
    with pytest.raises(DispatchError):
        dispatch.record_print(op, "confirmation", order_id=order.id, channel="email")


# --- with the real renderers ----------------------------------------------------------------------


def pdf_text(pdf: bytes) -> str:
    from pypdf import PdfReader

    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_confirmation_pdf_of_a_demo_order_in_russian_and_kazakh(op):
    from orderdesk_gui.printing import confirmation

    order_id, client = completed_order(op)
    company = documents.company_from(config.Settings())
    for lang in ("ru", "kk"):
        doc = documents.order_doc(order_id, lang)
        text = pdf_text(confirmation.render(doc, company, paper="A4", lang=lang))
        assert doc.number in text and client.code in text
        assert doc.payment_form in text  # the payment form in words of that language
    assert (
        documents.order_doc(order_id, "kk").payment_form != documents.order_doc(order_id, "ru").payment_form
    )


def foreign_labels(lang: str) -> set[str]:
    """The printed texts of the other two languages that this language does not share (5 letters
    or more, no placeholders), folded: none may appear on a document in ``lang``."""
    from orderdesk_gui.printing import labels

    mine = labels.LANGS.index(lang)
    found = set()
    for texts in labels.TEXTS.values():
        for other in texts:
            if "{" not in other and len(other) >= 5 and other.casefold() not in texts[mine].casefold():
                found.add(other.casefold())
    return found


@pytest.mark.parametrize(
    ("operator_default", "lang", "documents_printed", "terms_word", "money_sample"),
    [
        ("Invoice, waybill", "ru", "Счёт-фактура, накладная", "Цены указаны", "1 234,50"),
        ("Счёт-фактура, накладная", "en", "Invoice, waybill", "Prices are in tenge", "1,234.50"),
        ("Invoice, waybill", "kk", "Шот-фактура, жүкқұжат", "Бағалар теңгемен", "1 234,50"),
    ],
    ids=["english-operator-russian-document", "russian-operator-english-document", "kazakh-document"],
)
def test_a_document_is_in_one_language_whoever_took_the_order(
    op, operator_default, lang, documents_printed, terms_word, money_sample
):
    """The order was completed by an operator whose completion dialog filled the documents in their
    own language; the confirmation and the fax sheet are printed in the document's language, every
    heading, default, money amount and the default terms in that one language."""
    from orderdesk_gui.printing import labels
    from orderdesk_gui.services import printed

    order_id, _client = completed_order(op)
    # (the shipping details are typed text, in whatever language their writer used: left out here)
    m.Order.update(documents=operator_default, shipping_details="").where(m.Order.id == order_id).execute()
    company = documents.company_from(config.Settings(), lang)
    assert terms_word in company.terms
    confirmation = printed.confirmation(order_id, company, "A4", lang).pdf
    fax = printed.order_fax_sheet(order_id, op, company, "", "+7 727 250 11 22", "A4", lang)
    order = documents.order_doc(order_id, lang)
    total = labels.money(order.total, lang).replace("\u00a0", " ")
    assert labels.amount(Decimal("1234.5"), lang).replace("\u00a0", " ") == money_sample
    foreign = foreign_labels(lang)
    for pdf in (confirmation, fax):
        text = " ".join(re.sub(r"\S+@\S+", " ", pdf_text(pdf)).replace("\u00a0", " ").split())
        assert documents_printed in text and total in text
        assert labels.text("confirmation", lang) in text and labels.text("page_of", lang, page=1, total=1)[:3]
        mixed = sorted(word for word in foreign if word in text.casefold())
        assert mixed == [], mixed
        assert ("№" in text) == (lang != "en")  # "No." in English
    assert terms_word in " ".join(pdf_text(confirmation).split())


def test_a_client_with_its_own_language_gets_its_documents_in_it(op):
    """A Kazakh-speaking client's confirmation and fax come out in Kazakh for an English-speaking desk;
    a client without a language gets the desk's."""
    from orderdesk_gui.printing import labels
    from orderdesk_gui.services import printed

    order_id, client = completed_order(op)
    m.Order.update(documents="Invoice, waybill", shipping_details="").where(m.Order.id == order_id).execute()
    company = documents.company_from(config.Settings(), "en")
    from orderdesk_gui.services import clients

    def set_language(language):
        card = m.Client.get_by_id(client.id)
        edit = clients.client_form(client.id).edit
        edit.language = language
        return clients.update_client(op, client.id, edit, card.version)

    with pytest.raises(clients.ClientError) as bad:
        set_language("de")
    assert bad.value.code == "client.language_unknown"
    set_language("kk")  # the card's language, audited with old and new like any card change
    event = (
        m.AuditEvent.select()
        .where(m.AuditEvent.action == "client_updated")
        .order_by(m.AuditEvent.id.desc())
        .get()
    )
    assert '"language"' in event.details and '"kk"' in event.details
    for pdf in (
        printed.confirmation(order_id, company, "A4", "en").pdf,
        printed.order_fax_sheet(order_id, op, company, "", "+7 727 250 11 22", "A4", "en"),
    ):
        text = " ".join(pdf_text(pdf).split())
        assert labels.text("confirmation", "kk") in text and "Шот-фактура, жүкқұжат" in text
    set_language("")
    text = " ".join(pdf_text(printed.confirmation(order_id, company, "A4", "en").pdf).split())
    assert labels.text("confirmation", "en") in text


def test_fax_sheet_pipeline_to_a_fax_command(op, tmp_path, qapp):
    """Order -> fax PDF (cover + order) -> TIFF Class F (1 bit, Group 3 2D) -> the command gets every page."""
    from PIL import Image

    from orderdesk_gui.printing import fax
    from orderdesk_gui.ui.pdf_render import fax_tiff, page_count

    order_id, _client = completed_order(op)
    company = documents.company_from(config.Settings())
    cover = documents.fax_cover(order_id, op, company, "Просим подтвердить", to_fax="+7 727 250 11 22")
    pdf = fax.render(documents.order_doc(order_id), company, cover, paper="A4", lang="ru")
    pages = page_count(pdf)
    command, out = fax_script(tmp_path)
    dispatch.send_fax(op, fax_tiff(pdf), cover.to_fax, command=command, order_id=order_id, pages=pages)
    sent = Image.open(out.with_suffix(".tif"))
    assert sent.n_frames == pages >= 2 and sent.mode == "1" and sent.info["compression"] == "group3"
    assert sent.tag_v2[262] == 0 and sent.tag_v2[292] == 1  # min-is-white, 2D coded
    assert tuple(round(v) for v in sent.info["dpi"]) == (204, 196)
    assert [(h.channel, h.pages) for h in dispatch.history(order_id)] == [("fax_command", pages)]


def test_price_list_reference_and_daily_report_render(op):
    from orderdesk_gui.printing import daily_report, price_list, reference
    from orderdesk_gui.services import reports

    company = documents.company_from(config.Settings())
    client = green_client()
    doc = documents.price_list_doc(client.id, only_promotions=True, today=clock.today())
    text = pdf_text(price_list.render(doc, company, paper="A4", lang="ru", fax=True))
    assert doc.groups[0].rows[0].code in text and client.code in text
    products = [p.id for p in m.Product.select().where(m.Product.certificate_ref != "").limit(3)]
    ref = documents.reference_doc(products, today=clock.today())
    assert ref.rows[0].certificate_ref in pdf_text(reference.render(ref, company, paper="Letter", lang="kk"))
    head = auth.authenticate("head", "demo")
    report = reports.shift_report(head, clock.today(), clock.today())
    daily = documents.daily_report_doc(report, "ru")
    assert dict(daily.summary)["Входящие звонки"] == str(report.total.calls_in) and daily.chart
    text = pdf_text(daily_report.render(daily, company, paper="A4", lang="ru"))
    assert daily.title in text and clock.today().strftime("%d.%m.%Y") in text
