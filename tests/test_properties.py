"""Property-based drills (hypothesis) over the services that take typed or file input, on SQLite and on
the real PostgreSQL: whatever is typed or pasted (NUL characters, lone surrogates, the last code point,
huge numbers, NaN, giant fields), the answer is the result or a coded refusal the window can word,
never another exception, and a refusal leaves the data as it was.

``HYPOTHESIS_PROFILE=deep`` runs 1,000 examples per input instead of the suite's quick share.
"""

from __future__ import annotations

import os
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orderdesk_gui.db import catalog, queries
from orderdesk_gui.db import models as m
from orderdesk_gui.domain import ordering as order_rules
from orderdesk_gui.errors import CodedError
from orderdesk_gui.services import callback_requests, calls, clients, complaints
from tests.test_services_followups import base  # noqa: F401  (the small database, both engines)

settings.register_profile("suite", max_examples=40, deadline=None)
settings.register_profile("deep", max_examples=1000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "suite"))
DRILL = settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

NASTY = st.one_of(
    st.text(),  # any code point, surrogate halves included
    st.text(alphabet=st.sampled_from("\x00\U0010ffff\ud800 0123456789,.-eE+NaInfs№«»ӘҚ")),
    st.sampled_from(
        [
            "\x00",
            "1e10000000",
            "1e100000",
            "1e3",
            "NaN",
            "sNaN",
            "-Infinity",
            "9" * 5000,
            "\U0010ffff",
            "\ud800",
            "А" * 5000,
            " ",
            "+7 701 123 45 67\x00",
        ]
    ),  # fmt: skip
)


def refused_or_done(action):
    """Run ``action``: a result, or a CodedError; anything else fails the drill."""
    try:
        return action()
    except CodedError:
        return None


@given(text=NASTY)
@settings(deadline=None)
def test_a_typed_quantity_is_a_quantity_or_a_clear_refusal(text):
    for unit in ("шт", "кг"):
        try:
            q = order_rules.parse_quantity(text, unit, Decimal(6), "round_up", Decimal(10000))
        except order_rules.QuantityError as exc:
            assert all(len(str(v)) <= 40 for v in exc.params.values())  # never a 100,001-digit message
        else:
            assert Decimal(0) < q.value <= Decimal(10000)


@DRILL
@given(text=NASTY)
def test_searches_take_anything(base, text):  # noqa: F811
    assert isinstance(queries.search_clients(text), list)
    assert isinstance(catalog.search_products(text), list)
    assert isinstance(queries.clients_by_phone(text), list)
    assert isinstance(queries.clients_by_phone_part(text), list)
    from orderdesk_gui import clock
    from orderdesk_gui.domain.debt import DebtRules
    from orderdesk_gui.services import caller

    assert isinstance(caller.find_clients(text, clock.today(), DebtRules()), list)


@DRILL
@given(phone=NASTY, name=NASTY, note=NASTY)
def test_calls_and_callbacks_take_anything(base, phone, name, note):  # noqa: F811
    before = m.CallbackRequest.select().count()
    filed = refused_or_done(lambda: callback_requests.add_callback(phone, name, note=note, user=base.op))
    if filed is None:
        assert m.CallbackRequest.select().count() == before
    else:
        assert "\x00" not in m.CallbackRequest.get_by_id(filed).note
    call_id = refused_or_done(lambda: calls.open_call(base.op, phone, base.c1.id))
    if call_id is not None:
        refused_or_done(lambda: calls.close_call(base.op, call_id, "info_given", notes=note))


@DRILL
@given(name=NASTY, phone=NASTY, limit=NASTY, city=NASTY)
def test_client_cards_take_anything(base, name, phone, limit, city):  # noqa: F811
    refused_or_done(lambda: clients.create_potential(base.op, name, phone, "retail", city=city))
    card = m.Client.get_by_id(base.c2.id)
    edit = clients.ClientEdit(name=name, client_type="retail", city=city, credit_limit=limit)
    saved = refused_or_done(lambda: clients.update_client(base.head, card.id, edit, card.version))
    again = m.Client.get_by_id(card.id)
    if saved is None:
        assert (again.name, again.city, again.credit_limit, again.version) == (
            card.name, card.city, card.credit_limit, card.version
        )  # fmt: skip
    else:
        assert again.credit_limit <= Decimal("1e12") and "\x00" not in again.name


@DRILL
@given(text=NASTY)
def test_complaints_take_anything(base, text):  # noqa: F811
    refused_or_done(lambda: complaints.register(base.op, "complaint", "quality", text, client_id=base.c1.id))


@DRILL
@given(text=NASTY)
def test_an_approved_amount_takes_anything(base, text):  # noqa: F811
    import datetime as dt

    from orderdesk_gui import clock
    from orderdesk_gui.domain.debt import DebtRules
    from orderdesk_gui.services import debt_gate

    today = clock.today()
    if not m.Receivable.select().where(m.Receivable.document_no == "RED-1").exists():
        m.Receivable.create(
            client=base.c1.id,
            document_no="RED-1",
            doc_date=today - dt.timedelta(days=90),
            amount=Decimal("5000"),
            due_date=today - dt.timedelta(days=60),
        )  # overdue: the gate is red and only an override starts an order
    before = m.Order.select().count()
    order_id = refused_or_done(
        lambda: debt_gate.start_order(
            base.head, base.c1.id, today, DebtRules(), override_reason="Обещал оплатить", approved_amount=text
        )
    )
    if order_id is None:
        assert m.Order.select().count() == before
    else:
        approved = m.Order.get_by_id(order_id).debt_override_amount
        assert Decimal(0) < approved <= Decimal("1e12")


@DRILL
@given(text=NASTY)
def test_finances_list_of_orders_not_invoiced_takes_any_filter(base, text):  # noqa: F811
    from orderdesk_gui.services import ordering
    from tests.conftest import signed_in

    row = m.User.get_or_none(m.User.login == "fin") or m.User.create(
        login="fin", full_name="Fin", role="finance"
    )
    assert refused_or_done(lambda: ordering.uninvoiced_orders(signed_in(row), text)) is not None


@DRILL
@given(text=NASTY)
def test_a_consultation_note_takes_anything(base, text):  # noqa: F811
    call_id = calls.open_call(base.op, "+77011112233", base.c1.id)
    refused_or_done(lambda: calls.consult(base.op, call_id, base.head.id, text))
    notes = m.Call.get_by_id(call_id).notes
    assert "\x00" not in notes and len(notes) < 1000


@pytest.mark.parametrize("value", ["NaN", "sNaN", "1e3", "-5", "1 000 000,555", "1e10000000"])
def test_a_credit_limit_that_is_not_an_amount_is_refused(base, value):  # noqa: F811
    card = m.Client.get_by_id(base.c2.id)
    edit = clients.ClientEdit(name=card.name, client_type="retail", credit_limit=value)
    with pytest.raises(clients.ClientError) as info:
        clients.update_client(base.head, card.id, edit, card.version)
    assert info.value.code == "client.credit_limit_not_amount"


def test_a_csv_with_a_giant_field_or_in_utf16_is_named_not_a_traceback(base, tmp_path):  # noqa: F811
    import datetime as dt

    from orderdesk_gui.services import callbacks

    now = dt.datetime(2026, 11, 20, 5, 0)
    giant = ("phone;name\n+77011112233;" + "я" * 200_000 + "\n").encode("utf-8")
    rows, errors = callbacks.parse_csv(giant, now)
    assert rows == [] and [e.code for _line, e in errors] == ["callback.csv_bad_field"]
    utf16 = "phone;name\n+77011112233;Арман\n".encode("utf-16")
    rows, errors = callbacks.parse_csv(utf16, now)
    assert rows == [] and [e.code for _line, e in errors] == ["callback.csv_utf16"]


@pytest.mark.parametrize("field", ["client_type", "purpose", "chain", "reason", "action"])
def test_routing_rules_with_a_list_where_a_text_belongs_are_refused(base, field):  # noqa: F811
    from orderdesk_gui.services import routing

    rules = routing.export_rules() or [{"priority": 1, "action": "take_here"}]
    rules[0] = {**rules[0], field: ["retail", "key"]}
    with pytest.raises(routing.RoutingError) as info:
        routing.validate(rules)
    assert info.value.code == "routing.not_text" and info.value.params["field"] == field


@DRILL
@given(
    start=st.integers(min_value=0, max_value=7),
    length=st.integers(min_value=4, max_value=11),
    seps=st.lists(st.sampled_from(["", "", " ", "-", "(", ")", " - "]), min_size=11, max_size=11),
    trunk=st.booleans(),
)
def test_any_four_or_more_digits_of_a_number_find_its_client(base, start, length, seps, trunk):  # noqa: F811
    """Any run of four or more digits of a stored number, written with any phone punctuation (or from
    the start with the trunk 8 for +7), finds its client: through the trigram index on both databases."""
    digits = "77012223344"  # base.c2's number, +7 701 222 33 44
    part = digits[start : start + length]
    if len(part) < 4:
        return
    if trunk and length > 4:  # "8 701 222..." as a Kazakh number is dialled (8 and at least four more)
        part = "8" + digits[1:length]
    written = "".join(ch + sep for ch, sep in zip(part, seps, strict=False))
    assert base.c2.id in {h.id for h in queries.search_clients(written)}, written
