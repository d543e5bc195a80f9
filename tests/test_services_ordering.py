"""Order entry services on a demo database: lines, prices, drafts, offers, completion, numbers."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from orderdesk_gui import clock
from orderdesk_gui.db import catalog
from orderdesk_gui.db import models as m
from orderdesk_gui.domain import ordering as order_rules
from orderdesk_gui.domain.debt import DebtLevel, DebtRules
from orderdesk_gui.errors import Money
from orderdesk_gui.services import auth, calls, debt_gate, ordering

pytestmark = pytest.mark.dated  # runs on the demo's day and 52 weeks later (tests/conftest.py)

RULES = DebtRules()
MAX = Decimal(10000)


def next_monday() -> dt.date:
    """The first Monday after the clock's today (a delivery day)."""
    today = clock.today()
    return today + dt.timedelta(days=7 - today.weekday())


def green_client(min_headroom=Decimal(2_000_000), skip=frozenset()):
    for client in m.Client.select().where(m.Client.status == "active").order_by(m.Client.id):
        if client.id in skip:
            continue
        st = debt_gate.gate(client.id, clock.today(), RULES)
        if st.level is DebtLevel.GREEN and st.headroom > min_headroom and client.contacts.count():
            return client
    raise AssertionError("no roomy green client")


@pytest.fixture
def draft(demo_db):
    op = auth.authenticate("operator", "demo")
    client = green_client()
    call_id = calls.open_call(op, "", client.id)
    order_id = debt_gate.start_order(op, client.id, clock.today(), RULES, call_id=call_id)
    return op, client, ordering.open_draft(order_id, clock.today())


def priced_products(n, column_id):
    ids = [p.id for p in m.Product.select(m.Product.id).where(m.Product.active == True).limit(n * 3)]  # noqa: E712
    facts = catalog.facts(ids, column_id, clock.today())
    return [pid for pid in ids if catalog.price_of(facts[pid]) is not None][:n]


def add(view, pid, qty="1", source="asked"):
    line = ordering.make_line(view, pid, qty, source, clock.today(), MAX)
    view.lines, _ = order_rules.merge(view.lines, line, MAX)
    return line


def offers_for(view, accepted=1, declined=2):
    found = ordering.suggestions(view, {ln.product_id for ln in view.lines}, clock.today())
    assert len(found) >= accepted + declined
    picks = found[: accepted + declined]
    for s in picks[:accepted]:
        add(view, s.suggestion.product_id, "1", "suggested")
    return [
        order_rules.Offer(s.suggestion.product_id, s.suggestion.reason, "accepted") for s in picks[:accepted]
    ] + [
        order_rules.Offer(s.suggestion.product_id, s.suggestion.reason, "declined", "price")
        for s in picks[accepted:]
    ]


def completion(client):
    contact = client.contacts.order_by(m.Contact.id).first()
    shipping = client.shipping_details if client.client_type.code == "regional" else ""
    return order_rules.Completion(
        next_monday(), contact.id, True, "bank_transfer", "Накладная", shipping_details=shipping
    )


def complete(op, order_id, client, version, hold=None):
    """Complete a draft on the usual terms (three offers, the client's first contact, B1 numbering);
    ``hold``: the desk's hold on it."""
    return ordering.complete(
        op,
        order_id,
        completion(client),
        today=clock.today(),
        rules=RULES,
        min_offers=3,
        prefix="B1",
        expected_version=version,
        hold=hold,
    )


def test_prices_come_from_the_clients_column_or_a_better_promotion(draft):
    _op, client, view = draft
    for pid in priced_products(8, view.price_column_id):
        line = add(view, pid)
        column = m.Price.get(
            (m.Price.product == pid) & (m.Price.price_column == client.price_column_id)
        ).price
        assert line.unit_price <= column
        if line.unit_price < column:
            assert line.source == "promotion" and line.promotion_id is not None
        else:
            assert line.unit_price == column


def test_pack_rounding_and_merging_through_the_service(draft):
    _op, _client, view = draft
    product = (
        m.Product.select().where((m.Product.pack_size > 1) & (m.Product.pack_rule == "round_up")).first()
    )
    facts = catalog.facts([product.id], view.price_column_id, clock.today())[product.id]
    assert catalog.price_of(facts) is not None
    line = ordering.make_line(view, product.id, "1", "asked", clock.today(), MAX)
    assert line.quantity == product.pack_size and line.note.code == "order.rounded_up"
    assert line.note.params == {"packs": 1, "pack": product.pack_size.normalize()}
    with pytest.raises(order_rules.QuantityError) as info:
        ordering.make_line(view, product.id, "много", "asked", clock.today(), MAX)
    assert info.value.code == "order.quantity_not_a_number" and info.value.params == {"text": "много"}


def test_draft_saves_and_reopens_complete(draft):
    _op, _client, view = draft
    for pid in priced_products(5, view.price_column_id):
        add(view, pid, "2")
    version = ordering.save_draft(view.order_id, view.lines, [], view.version)
    again = ordering.open_draft(view.order_id, clock.today())
    assert [(ln.product_id, ln.quantity) for ln in again.lines] == [
        (ln.product_id, ln.quantity) for ln in view.lines
    ]
    assert again.version == version
    order = m.Order.get_by_id(view.order_id)
    assert order.total_amount == order_rules.totals(view.lines).amount and order.line_count == 5
    # the same save again on the old version is a retry after a lost answer: found done
    assert ordering.save_draft(view.order_id, view.lines, [], view.version) == version
    with pytest.raises(ordering.StaleOrder):  # other lines on the old version: changed elsewhere
        ordering.save_draft(view.order_id, view.lines[:-1], [], view.version)


def test_a_save_writes_only_what_changed_and_the_draft_always_matches_the_screen(draft):
    """Forty edits as a desk makes them (a line typed, a quantity changed, a line removed, an offer
    answered), each saved: the stored draft always equals the screen's, and the lines before the first
    change keep their rows (a save rewrites from the first changed line on, not the whole order)."""
    import random

    _op, _client, view = draft
    rnd = random.Random(2026)
    pool = priced_products(12, view.price_column_id)
    version, offers, kinds = view.version, [], set()
    for step in range(40):
        before = {r.line_no: r.id for r in m.OrderLine.select().where(m.OrderLine.order == view.order_id)}
        kind = rnd.choice(["add", "add", "add", "quantity", "remove", "offer"]) if view.lines else "add"
        old = list(view.lines)
        if kind == "add":  # a new line at the end, or more of a product already in the order
            add(view, rnd.choice(pool), str(rnd.randint(1, 5)))
        elif kind == "quantity":
            i = rnd.randrange(len(view.lines))
            qty = str(rnd.randint(6, 9))
            view.lines[i] = ordering.make_line(
                view, view.lines[i].product_id, qty, "asked", clock.today(), MAX
            )
        elif kind == "remove":
            del view.lines[rnd.randrange(len(view.lines))]
        else:
            answered = order_rules.Offer(rnd.choice(pool), "usual", "declined", "price")
            offers = offers[:-1] if offers and rnd.random() < 0.3 else [*offers, answered]
        first = next(
            (i for i, (a, b) in enumerate(zip(old, view.lines, strict=False)) if a != b),
            min(len(old), len(view.lines)),
        )
        kinds.add((kind, first < len(old)))
        version = ordering.save_draft(view.order_id, view.lines, offers, version)
        stored = ordering.open_draft(view.order_id, clock.today())
        assert [(ln.product_id, ln.quantity, ln.unit_price) for ln in stored.lines] == [
            (ln.product_id, ln.quantity, ln.unit_price) for ln in view.lines
        ], step
        assert stored.offers == offers and stored.version == version
        after = {r.line_no: r.id for r in m.OrderLine.select().where(m.OrderLine.order == view.order_id)}
        assert all(after[n] == before[n] for n in range(1, first + 1)), (step, kind)
        if first < len(old) and m.db_proxy.obj.__class__.__name__.startswith("Postgres"):
            assert after.get(first + 1) != before[first + 1]  # rewritten (SQLite may give a freed id again)
    assert {("add", True), ("add", False), ("quantity", True), ("remove", True)} <= kinds
    order = m.Order.get_by_id(view.order_id)
    assert order.line_count == len(view.lines) and order.total_amount == order_rules.totals(view.lines).amount
    # the desk reports read the offers' figures from the order, as its last save left them
    added = sum((ln.amount for ln in view.lines if ln.source == "suggested"), Decimal(0))
    assert (order.offers_made, order.offers_accepted, order.offers_added) == (
        len(offers), sum(1 for x in offers if x.outcome == "accepted"), added
    )  # fmt: skip


def test_completion_refused_with_two_offers_then_accepted_with_three(draft):
    op, client, view = draft
    for pid in priced_products(5, view.price_column_id):
        add(view, pid, "2")
    offers = offers_for(view, accepted=1, declined=1)
    version = ordering.save_draft(view.order_id, view.lines, offers, view.version)
    with pytest.raises(debt_gate.OrderError) as info:
        complete(op, view.order_id, client, version)
    assert info.value.code == "order.offers_too_few" and info.value.params == {"minimum": 3, "done": 2}
    assert m.Order.get_by_id(view.order_id).status == "draft"
    offers = offers + offers_for(view, accepted=0, declined=1)
    version = ordering.save_draft(view.order_id, view.lines, offers, version)
    before = m.OrderNumberCounter.get(m.OrderNumberCounter.year == clock.today().year).last
    number = ordering.complete(
        op,
        view.order_id,
        completion(client),
        today=clock.today(),
        rules=RULES,
        min_offers=3,
        prefix="B1",
        expected_version=version,
    )
    assert number == f"B1-{clock.today().year}-{before + 1:06d}"
    order = m.Order.get_by_id(view.order_id)
    assert order.status == "accepted" and order.number == number and order.delivery_date == next_monday()
    assert order.receiver_confirmed and order.payment_form == "bank_transfer"
    assert m.FulfilmentItem.get(m.FulfilmentItem.order == order.id).status == "new"
    assert m.Call.get_by_id(order.call_id).outcome == "order_taken"
    stored = {
        (x.outcome, x.decline_reason)
        for x in m.SuggestionOffer.select().where(m.SuggestionOffer.order == order.id)
    }
    assert stored == {("accepted", ""), ("declined", "price")}
    assert any(q[0] == number for q in ordering.fulfilment_queue())


def test_a_completion_whose_answer_was_lost_gives_the_same_number_when_tried_again(draft):
    """The completion committed and the connection dropped before its answer: the desk's retry on the
    version it still has finds the order accepted by this operator and gets the same number; nothing is
    numbered, audited or queued twice. Another user's retry on that version is refused."""
    op, client, view = draft
    for pid in priced_products(3, view.price_column_id):
        add(view, pid, "2")
    version = ordering.save_draft(view.order_id, view.lines, offers_for(view), view.version)
    number = complete(op, view.order_id, client, version)
    counter = m.OrderNumberCounter.get(m.OrderNumberCounter.year == clock.today().year).last
    assert complete(op, view.order_id, client, version) == number
    assert m.OrderNumberCounter.get(m.OrderNumberCounter.year == clock.today().year).last == counter
    assert m.FulfilmentItem.select().where(m.FulfilmentItem.order == view.order_id).count() == 1
    accepted = m.AuditEvent.select().where(
        (m.AuditEvent.action == "order_accepted") & (m.AuditEvent.entity_id == str(view.order_id))
    )
    assert accepted.count() == 1
    head = auth.authenticate("head", "demo")
    with pytest.raises(debt_gate.OrderError) as info:
        complete(head, view.order_id, client, version)
    assert info.value.code == "order.not_draft"
    with pytest.raises(debt_gate.OrderError):  # an older version is no retry of this completion
        complete(op, view.order_id, client, version - 1)


def test_completion_checks_terms(draft):
    op, client, view = draft
    add(view, priced_products(1, view.price_column_id)[0])
    version = ordering.save_draft(view.order_id, view.lines, offers_for(view, 1, 2), view.version)
    past = order_rules.Completion(clock.today() - dt.timedelta(days=3), None, False, "cash")
    with pytest.raises(debt_gate.OrderError) as info:
        ordering.complete(
            op,
            view.order_id,
            past,
            today=clock.today(),
            rules=RULES,
            min_offers=3,
            prefix="B1",
            expected_version=version,
        )
    problems = info.value.params["problems"]  # all of them; the first is the error itself
    assert info.value.code == problems[0].code and len(problems) >= 2
    [past] = [p for p in problems if p.code == "order.delivery_in_past"]
    assert past.params == {"day": clock.today() - dt.timedelta(days=3)}
    assert "order.receiver_missing" in [p.code for p in problems] or client.client_type.code == "regional"


def test_going_over_the_limit_closes_the_gate_at_completion(draft):
    op, client, view = draft
    m.Client.update(credit_limit=Decimal("1000")).where(m.Client.id == client.id).execute()
    m.Receivable.update(paid=True).where(m.Receivable.client == client.id).execute()
    pid = priced_products(1, view.price_column_id)[0]
    add(view, pid, "500")
    version = ordering.save_draft(view.order_id, view.lines, offers_for(view, 0, 3), view.version)
    with pytest.raises(debt_gate.DebtGateClosed) as info:
        complete(op, view.order_id, client, version)
    assert info.value.status.over_limit_by > 0 and info.value.code == "order.debt_gate_closed"
    [over] = debt_gate.describe_block(info.value.status)
    assert over.code == "order.debt_over_limit" and over.params["limit"] == Decimal("1000")
    assert isinstance(over.params["over"], Money) and over.params["over"] == info.value.status.over_limit_by
    assert m.Order.get_by_id(view.order_id).status == "draft"


def test_an_override_covers_what_was_approved_and_a_larger_order_asks_again(draft):
    op, client, _ = draft
    # the client goes red (over its limit); finance approves an order up to a sum at the desk
    m.Client.update(credit_limit=Decimal("1000")).where(m.Client.id == client.id).execute()
    m.Receivable.update(paid=True).where(m.Receivable.client == client.id).execute()
    m.Order.update(status="cancelled").where(
        (m.Order.client == client.id) & (m.Order.status == "draft")
    ).execute()
    m.Receivable.create(
        client=client.id,
        document_no="РН-OVER-1",
        doc_date=clock.today() - dt.timedelta(days=60),
        amount=Decimal("1500"),
        due_date=clock.today() - dt.timedelta(days=30),
    )  # 1,500 owed on a limit of 1,000, and overdue: red
    order_id = debt_gate.start_order(
        op,
        client.id,
        clock.today(),
        RULES,
        override_reason="Оплата завтра, гарантия руководителя",
        approval=auth.Approval("finance", "demo"),
        approved_amount="2 000",
    )
    view = ordering.open_draft(order_id, clock.today())
    assert view.overridden and view.approved_amount == Decimal("2000.00")
    pid = priced_products(1, view.price_column_id)[0]
    add(view, pid, "500")  # far past 2,000
    offers = offers_for(view, 0, 3)
    version = ordering.save_draft(view.order_id, view.lines, offers, view.version)
    total = m.Order.get_by_id(order_id).total_amount
    assert total > Decimal("2000")

    with pytest.raises(debt_gate.OverrideExceeded) as info:
        complete(op, order_id, client, version)
    assert info.value.code == "order.override_exceeded"
    assert info.value.approved == Decimal("2000.00") and info.value.total == total
    assert m.Order.get_by_id(order_id).status == "draft"

    def again_(version, amount, approval=None, reason="Клиент просит"):
        return debt_gate.approve_again(op, order_id, version, clock.today(), RULES, reason, amount, approval)

    finance = auth.Approval("finance", "demo")
    # the operator cannot approve it again on their own authority, nor with a wrong password
    with pytest.raises(auth.PermissionDenied):
        again_(version, str(total))
    with pytest.raises(auth.AuthError):
        again_(version, str(total), auth.Approval("finance", "x"))
    with pytest.raises(debt_gate.OrderError) as bad:
        again_(version, "NaN", finance)
    assert bad.value.code == "order.override_amount_not_amount"
    # an approval for less than the order does not let it through either
    again = again_(version, "3000", finance)
    with pytest.raises(debt_gate.OverrideExceeded):
        complete(op, order_id, client, again.version)
    with pytest.raises(ordering.StaleOrder):  # a second approval on the old version is refused
        again_(version, str(total), finance)
    again = again_(again.version, str(total), finance, "Всё заказанное")
    assert again.amount == total and again.approver
    number = complete(op, order_id, client, again.version)
    assert m.Order.get(m.Order.number == number).status == "accepted"
    events = list(
        m.AuditEvent.select()
        .where((m.AuditEvent.action == "debt_override") & (m.AuditEvent.entity_id == str(order_id)))
        .order_by(m.AuditEvent.id)
    )
    assert len(events) == 3  # the first approval and the two again, each with old and new amount
    finance = m.User.get(m.User.login == "finance")
    assert all(e.user_id == finance.id for e in events)
    last = json.loads(events[-1].details)
    assert last["approved_amount"] == {"old": "3000.00", "new": str(total)}


def test_an_override_recorded_without_an_amount_asks_again(draft):
    op, client, view = draft
    m.Client.update(credit_limit=Decimal("1000")).where(m.Client.id == client.id).execute()
    m.Receivable.update(paid=True).where(m.Receivable.client == client.id).execute()
    m.Receivable.create(
        client=client.id,
        document_no="РН-OVER-2",
        doc_date=clock.today() - dt.timedelta(days=60),
        amount=Decimal("1500"),
        due_date=clock.today() - dt.timedelta(days=30),
    )
    head = m.User.get(m.User.login == "head")
    # a draft overridden by an older version: approver and reason, no amount
    m.Order.update(debt_override_by=head.id, debt_override_reason="раньше").where(
        m.Order.id == view.order_id
    ).execute()
    pid = priced_products(1, view.price_column_id)[0]
    add(view, pid, "500")
    version = ordering.save_draft(view.order_id, view.lines, offers_for(view, 0, 3), view.version)
    with pytest.raises(debt_gate.OverrideExceeded) as info:
        complete(op, view.order_id, client, version)
    assert info.value.code == "order.override_without_amount"


def test_cancel_needs_a_reason_and_drafts_are_listed(draft):
    op, client, view = draft
    assert [d.order_id for d in ordering.drafts_of(client.id)] == [view.order_id]
    with pytest.raises(debt_gate.OrderError) as info:
        ordering.cancel(op, view.order_id, "")
    assert info.value.code == "order.cancel_reason_missing"
    ordering.cancel(op, view.order_id, "Клиент передумал")
    assert m.Order.get_by_id(view.order_id).status == "cancelled"
    assert ordering.drafts_of(client.id) == []


def test_repeat_the_last_order_and_the_usual_basket(draft):
    _op, client, view = draft
    lines = ordering.repeat_lines(view, clock.today())
    last = catalog.last_order_id(client.id)
    assert {ln.product_id for ln in lines} <= {pid for pid, *_ in catalog.order_lines(last)}
    assert lines and all(ln.source == "repeat" for ln in lines)
    basket = ordering.usual_basket(view, clock.today())
    assert {ln.product_id for ln in basket} == {u.product_id for u in view.usual} - {
        pid
        for pid in {u.product_id for u in view.usual}
        if catalog.price_of(catalog.facts([pid], view.price_column_id, clock.today())[pid]) is None
    }


def test_suggestions_exclude_the_order_and_say_why(draft):
    _op, _client, view = draft
    found = ordering.suggestions(view, set(), clock.today())
    assert len(found) >= 4
    assert {s.suggestion.reason for s in found} & {"usual", "promo", "special", "new", "traditional"}
    first = found[0].suggestion.product_id
    again = ordering.suggestions(view, {first}, clock.today())
    assert first not in {s.suggestion.product_id for s in again}
    usual = [s for s in found if s.suggestion.reason == "usual"]
    assert all(s.suggestion.last_bought and s.suggestion.times >= 3 for s in usual)


def test_product_search_by_code_barcode_and_cyrillic_name(demo_db):
    product = m.Product.select().where(m.Product.active == True).first()  # noqa: E712
    assert catalog.search_products(product.code.lower())[0].id == product.id
    assert catalog.search_products(product.barcode)[0].id == product.id
    word = next(w for w in product.search_text.split() if len(w) >= 4 and not w.isascii())
    hits = catalog.search_products(word[:4].upper(), limit=300)
    assert product.id in {h.id for h in hits}
    preferred = catalog.search_products(word[:4], prefer=frozenset({product.id}))
    assert preferred[0].id == product.id and preferred[0].usual


def test_completion_ranks_usual_products_in_the_given_order(demo_db):
    ids = [
        p.id
        for p in m.Product.select(m.Product.id)
        .where(m.Product.active == True)
        .order_by(m.Product.id.desc())
        .limit(3)
    ]  # noqa: E712
    hits = catalog.search_products("P", tuple(ids))
    assert [h.id for h in hits[:3]] == ids and all(h.usual for h in hits[:3])


def test_only_a_head_of_sales_sets_a_price_by_hand_and_it_is_audited(draft):
    op, client, view = draft
    line = add(view, priced_products(1, view.price_column_id)[0], "2")
    with pytest.raises(auth.PermissionDenied):
        ordering.manual_price(op, view.order_id, line, "100", "Договорились с руководителем")
    head = auth.authenticate("head", "demo")
    with pytest.raises(debt_gate.OrderError) as info:
        ordering.manual_price(head, view.order_id, line, "100", "")
    assert info.value.code == "order.manual_price_reason_missing"
    for bad, code in (
        ("0", "order.price_not_positive"),
        ("-5", "order.price_not_positive"),
        ("abc", "order.price_not_a_number"),
        (str(line.base_price * 11), "order.price_too_high"),
    ):
        with pytest.raises(debt_gate.OrderError) as info:
            ordering.manual_price(head, view.order_id, line, bad, "Причина указана")
        assert info.value.code == code
    new = ordering.manual_price(head, view.order_id, line, "99,50", "Компенсация за недовес")
    assert new.unit_price == Decimal("99.50") and new.manual_reason == "Компенсация за недовес"
    ordering.save_draft(view.order_id, [new], [], view.version)
    stored = m.OrderLine.get(m.OrderLine.order == view.order_id)
    assert stored.unit_price == Decimal("99.50") and stored.manual_price_reason == "Компенсация за недовес"
    assert (
        ordering.open_draft(view.order_id, clock.today()).lines[0].manual_reason == "Компенсация за недовес"
    )
    event = m.AuditEvent.get(m.AuditEvent.action == "manual_price")
    assert event.user_id == head.id and "недовес" in event.details


def test_a_draft_resumed_on_a_later_call_is_credited_to_that_call(draft):
    """The first call ended without the order (no answer on a call back); the client rings again, F4
    resumes the draft, and the order taken belongs to the second call; the first keeps its outcome."""
    op, client, view = draft
    first_call = m.Order.get_by_id(view.order_id).call_id
    for pid in priced_products(3, view.price_column_id):
        add(view, pid, "2")
    offers = offers_for(view, accepted=1, declined=2)
    version = ordering.save_draft(view.order_id, view.lines, offers, view.version)
    calls.close_call(op, first_call, "no_answer")
    second_call = calls.open_call(op, "", client.id)
    assert debt_gate.start_order(op, client.id, clock.today(), RULES, call_id=second_call) == view.order_id
    assert m.Order.get_by_id(view.order_id).call_id == second_call
    number = ordering.complete(
        op,
        view.order_id,
        completion(client),
        today=clock.today(),
        rules=RULES,
        min_offers=3,
        prefix="B1",
        expected_version=version,
    )
    assert (m.Call.get_by_id(second_call).outcome, m.Call.get_by_id(second_call).outcome_detail) == (
        "order_taken",
        number,
    )
    assert m.Call.get_by_id(first_call).outcome == "no_answer"


def test_accepted_orders_not_yet_invoiced_count_until_finance_marks_them(draft):
    """One order just under the limit is accepted; a second as large is stopped at completion while
    the first waits for its invoice, and passes paid in cash (no receivable); once finance marks the
    first invoiced it stops counting (its receivable will)."""
    import dataclasses

    op, client, view = draft
    for pid in priced_products(4, view.price_column_id):
        add(view, pid, "3")
    offers = offers_for(view)
    version = ordering.save_draft(view.order_id, view.lines, offers, view.version)
    amount = m.Order.get_by_id(view.order_id).total_amount
    owed = debt_gate.gate(client.id, clock.today(), RULES).exposure
    m.Client.update(credit_limit=owed + amount * Decimal("1.5")).where(m.Client.id == client.id).execute()
    on_account = dataclasses.replace(completion(client), payment_form="on_account")
    terms = dict(today=clock.today(), rules=RULES, min_offers=3, prefix="B1")
    first = ordering.complete(op, view.order_id, on_account, expected_version=version, **terms)
    gate = debt_gate.gate(client.id, clock.today(), RULES)
    assert gate.uninvoiced == amount and gate.exposure == owed + amount
    second_id = debt_gate.start_order(op, client.id, clock.today(), RULES)
    second = ordering.open_draft(second_id, clock.today())
    version = ordering.save_draft(second_id, list(view.lines), offers, second.version)
    with pytest.raises(debt_gate.DebtGateClosed) as info:
        ordering.complete(op, second_id, on_account, expected_version=version, **terms)
    assert info.value.status.uninvoiced == amount
    cash = dataclasses.replace(on_account, payment_form="cash")
    assert ordering.complete(op, second_id, cash, expected_version=version, **terms)
    with pytest.raises(auth.PermissionDenied):
        ordering.mark_invoiced(op, first)
    finance = auth.authenticate("finance", "demo")
    ordering.mark_invoiced(finance, first)
    with pytest.raises(ordering.OrderError) as info:
        ordering.mark_invoiced(finance, first)
    assert info.value.code == "order.invoiced_already"
    assert debt_gate.gate(client.id, clock.today(), RULES).uninvoiced == 0
    event = m.AuditEvent.get(m.AuditEvent.action == "order_invoiced")
    assert event.entity_id == str(m.Order.get(m.Order.number == first).id) and event.user_id == finance.id


def test_finance_lists_orders_not_invoiced_and_finds_them_by_number_or_client(demo_db):
    finance = auth.authenticate("finance", "demo")
    op = auth.authenticate("operator", "demo")
    placed = list(m.Order.select().where(m.Order.status == "accepted").order_by(m.Order.id.desc()).limit(3))
    m.Order.update(invoiced_at=None).where(m.Order.id.in_([o.id for o in placed])).execute()
    with pytest.raises(auth.PermissionDenied):
        ordering.uninvoiced_orders(op)
    rows = ordering.uninvoiced_orders(finance)
    assert {o.number for o in placed} <= {r.number for r in rows}
    assert all(r.accepted_at for r in rows) and rows == sorted(
        rows, key=lambda r: (r.accepted_at, r.order_id)
    )
    first = placed[0]
    [by_number] = ordering.uninvoiced_orders(finance, first.number)
    assert by_number.order_id == first.id and by_number.total == first.total_amount
    word = first.client.name.split()[-1].strip('«»"')
    assert first.id in {r.order_id for r in ordering.uninvoiced_orders(finance, word.lower())}
    ordering.mark_invoiced(finance, first.number)
    assert ordering.uninvoiced_orders(finance, first.number) == []
    assert ordering.uninvoiced_orders(finance, "\x00\ud800") is not None  # typed junk finds nothing, no error
