"""Domain rules of the first seconds of a call: debt status and gate, routing with presence."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from orderdesk_gui.domain.debt import DebtLevel, DebtRules, Document, debt_status
from orderdesk_gui.domain.routing import (
    DEFAULT_RULES,
    TAKE_HERE,
    TRANSFER,
    CallContext,
    Person,
    Rule,
    debt_transfer,
    propose,
)

TODAY = dt.date(2026, 11, 20)


def doc(n, amount, due_in, paid_amount="0", paid=False):
    return Document(
        f"D{n}",
        TODAY - dt.timedelta(days=30),
        D(amount),
        D(paid_amount),
        TODAY + dt.timedelta(days=due_in),
        paid,
    )


def test_no_documents_is_green_with_full_headroom():
    st = debt_status([], D("100000"), TODAY)
    assert st.level is DebtLevel.GREEN and st.total == 0 and st.headroom == D("100000")


def test_overdue_unpaid_document_is_red_with_days():
    st = debt_status([doc(1, "5000", -12), doc(2, "1000", 10)], D("100000"), TODAY)
    assert st.level is DebtLevel.RED and st.blocks_orders
    assert st.overdue == D("5000") and st.oldest_overdue_days == 12
    assert [d.number for d in st.overdue_documents] == ["D1"]
    assert st.total == D("6000")


def test_paid_document_never_counts():
    st = debt_status(
        [doc(1, "5000", -40, paid_amount="5000", paid=True), doc(2, "5000", -40, paid=True)], D("100"), TODAY
    )
    assert st.level is DebtLevel.GREEN and st.total == 0


def test_partial_payment_counts_what_is_left():
    st = debt_status([doc(1, "5000", -3, paid_amount="4000")], D("100000"), TODAY)
    assert st.overdue == D("1000") and st.level is DebtLevel.RED


def test_rounding_remainder_below_tolerance_does_not_block():
    st = debt_status(
        [doc(1, "5000.00", -30, paid_amount="4999.40")], D("100000"), TODAY, DebtRules(tolerance=D("1.00"))
    )
    assert st.level is DebtLevel.GREEN and st.overdue == 0
    strict = debt_status(
        [doc(1, "5000.00", -30, paid_amount="4999.40")], D("100000"), TODAY, DebtRules(tolerance=D("0.00"))
    )
    assert strict.level is DebtLevel.RED


def test_over_limit_is_red_and_says_by_how_much():
    st = debt_status([doc(1, "120000", 10)], D("100000"), TODAY)
    assert st.level is DebtLevel.RED and st.over_limit_by == D("20000") and st.overdue == 0
    assert st.headroom == D("-20000")


def test_this_order_counts_against_the_limit():
    docs = [doc(1, "80000", 10)]
    assert debt_status(docs, D("100000"), TODAY, order_amount=D("19000")).level is DebtLevel.AMBER
    st = debt_status(docs, D("100000"), TODAY, order_amount=D("25000"))
    assert st.level is DebtLevel.RED and st.over_limit_by == D("5000")


@pytest.mark.parametrize(
    "amount, due_in, level",
    [
        ("89999", 20, DebtLevel.GREEN),  # below 90 % of the limit
        ("90000", 20, DebtLevel.AMBER),  # at 90 %
        ("1000", 3, DebtLevel.AMBER),  # due within 3 days
        ("1000", 0, DebtLevel.AMBER),  # due today: not yet overdue
        ("1000", 4, DebtLevel.GREEN),
        ("1000", -1, DebtLevel.RED),  # due yesterday
    ],
)
def test_amber_thresholds(amount, due_in, level):
    assert debt_status([doc(1, amount, due_in)], D("100000"), TODAY).level is level


def test_cash_client_with_no_limit_and_unpaid_goods_is_red():
    assert debt_status([doc(1, "500", 5)], D("0"), TODAY).level is DebtLevel.RED


# --- routing ---------------------------------------------------------------------


def people(presence=None):
    presence = presence or {}
    base = [
        Person(1, "Ким А.", "manager", "key_accounts", is_key_account_manager=True),
        Person(2, "Әлиев Б.", "manager", "key_accounts", is_key_account_manager=True),
        Person(3, "Омарова В.", "manager", "key_accounts", is_key_account_manager=True),
        Person(10, "Head Wholesale", "sales_head", "wholesale", head_of="wholesale"),
        Person(11, "Head Sales", "sales_head", "sales", head_of="sales"),
        Person(12, "Finance Head", "finance", "finance", head_of="finance"),
        Person(20, "Manager Retail", "manager", "wholesale", substitute_id=21),
        Person(21, "Sub Retail", "manager", "wholesale"),
    ]
    out = []
    for p in base:
        if p.id in presence:
            state, until = presence[p.id]
            p = Person(**{**p.__dict__, "presence": state, "absent_until": until})
        out.append(p)
    return out


def ctx(client_type="retail", purpose="order", new=False, manager=20):
    return CallContext(client_type, purpose, new, manager, TODAY)


def test_ordinary_client_order_taken_here():
    p = propose(ctx(), DEFAULT_RULES, people())
    assert p.action == TAKE_HERE and p.reason == "routing.ordinary_client"


def test_key_account_goes_to_their_manager():
    p = propose(ctx("key_account", manager=1), DEFAULT_RULES, people())
    assert p.action == TRANSFER and p.target.id == 1


def test_key_account_with_absent_manager_goes_to_another_kam():
    p = propose(
        ctx("key_account", manager=1), DEFAULT_RULES, people({1: ("absent", TODAY + dt.timedelta(days=3))})
    )
    assert p.target.id == 2  # the next available key-account manager
    assert [s.step for s in p.tried] == ["client_manager", "key_account_manager"]


def test_absence_ends_after_its_date():
    p = propose(
        ctx("key_account", manager=1), DEFAULT_RULES, people({1: ("absent", TODAY - dt.timedelta(days=1))})
    )
    assert p.target.id == 1


def test_no_kam_available_goes_to_head_of_wholesale():
    away = {i: ("away", None) for i in (1, 2, 3)}
    p = propose(ctx("key_account", manager=1), DEFAULT_RULES, people(away))
    assert p.target.id == 10
    assert [s.step for s in p.tried] == ["client_manager", "key_account_manager", "head:wholesale"]


def test_nobody_available():
    away = {i: ("away", None) for i in (1, 2, 3, 10)}
    p = propose(ctx("key_account", manager=1), DEFAULT_RULES, people(away))
    assert p.action == TRANSFER and p.target is None and p.nobody_available


def test_substitute_takes_over():
    p = propose(
        ctx(purpose="complaint", manager=20),
        DEFAULT_RULES,
        people({20: ("absent", TODAY + dt.timedelta(days=9))}),
    )
    assert p.target.id == 21 and "substitute" in p.tried[0].note


def test_other_purpose_without_manager_goes_to_head_of_sales():
    p = propose(ctx(purpose="other", manager=None), DEFAULT_RULES, people())
    assert p.target.id == 11 and p.reason == "routing.not_an_order"


def test_new_client_taken_here_and_passed_for_a_manager():
    p = propose(ctx(new=True, manager=None), DEFAULT_RULES, people())
    assert p.action == TAKE_HERE and p.assign_to.id == 10


def test_red_debt_goes_to_manager_or_finance():
    assert debt_transfer(ctx(manager=20), people()).target.id == 20
    gone = {20: ("away", None), 21: ("away", None)}
    assert debt_transfer(ctx(manager=20), people(gone)).target.id == 12


def test_rules_are_data_and_priority_orders_them():
    rules = (Rule(1, TRANSFER, client_type="retail", chain=("head:sales",), reason="custom"), *DEFAULT_RULES)
    p = propose(ctx(), rules, people())
    assert p.target.id == 11 and p.reason == "custom"


def test_seeded_rules_are_the_companys_rules(db):
    from orderdesk_gui.db import queries

    assert tuple(queries.routing_rules()) == DEFAULT_RULES


def test_routing_rules_round_trip_through_the_command_line(db, tmp_path, capsys):
    import json

    from orderdesk_gui.cli import main
    from orderdesk_gui.db import models as m
    from orderdesk_gui.services import routing

    for code in ("regional", "key_account"):
        m.ClientType.create(code=code, name=code)
    for code in ("regional", "wholesale", "sales"):  # the schema has them (migration 0008)
        assert m.Department.get_or_none(code=code)
    url = "sqlite:///" + db.database
    assert main(["routing", "show", "--db", url]) == 0
    rules = json.loads(capsys.readouterr().out)
    assert len(rules) == len(DEFAULT_RULES)
    rules.insert(
        0,
        {
            "priority": 5,
            "action": "transfer",
            "client_type": "regional",
            "purpose": "order",
            "chain": "head:regional",
            "reason": "Регионы ведёт региональный отдел",
        },
    )
    path = tmp_path / "rules.json"
    path.write_text(json.dumps(rules, ensure_ascii=False), encoding="utf-8")
    assert main(["routing", "load", str(path), "--db", url]) == 0
    assert routing.export_rules()[0]["chain"] == "head:regional"
    # a bad file changes nothing and says what is wrong
    rules[0]["chain"] = "head:nowhere"
    path.write_text(json.dumps(rules), encoding="utf-8")
    assert main(["routing", "load", str(path), "--db", url]) == 1
    err = capsys.readouterr().err
    assert "Rule 1: unknown step “head:nowhere”" in err and "Traceback" not in err
    path.write_bytes("[{]".encode("cp1251"))
    assert main(["routing", "load", str(path), "--db", url]) == 1
    assert "not valid JSON" in capsys.readouterr().err
    assert routing.export_rules()[0]["chain"] == "head:regional"


def test_only_admins_edit_routing(db):
    from orderdesk_gui.domain.entities import UserInfo
    from orderdesk_gui.services import auth, routing

    with pytest.raises(auth.PermissionDenied):
        routing.replace_rules(routing.export_rules(), by=UserInfo(1, "op", "Op", "operator"))


def test_exposure_counts_accepted_orders_not_yet_invoiced():
    """Limit 100, nothing owed: one order of 90 after another must not all pass."""
    first = debt_status([], D("100"), TODAY, order_amount=D("90"))
    assert first.level is not DebtLevel.RED and first.exposure == D("90")
    second = debt_status([], D("100"), TODAY, order_amount=D("90"), uninvoiced=D("90"))
    assert second.level is DebtLevel.RED and second.over_limit_by == D("80")
    assert second.exposure == D("180") and second.uninvoiced == D("90") and second.headroom == D("-80")


def test_the_tolerance_forgives_a_remainder_but_never_an_order_past_the_limit():
    owed_to_the_limit = [doc(1, "100.00", 10)]
    assert debt_status(owed_to_the_limit, D("100"), TODAY, order_amount=D("1.00")).level is DebtLevel.RED
    remainder = [doc(1, "5000.00", 10, paid_amount="4999.40"), doc(2, "99.50", 10)]
    st = debt_status(remainder, D("100"), TODAY, order_amount=D("0.50"))
    assert st.exposure == D("100.00") and st.level is not DebtLevel.RED  # the 0.60 is forgiven


def test_orders_paid_at_once_make_no_receivable():
    rules = DebtRules()
    assert not rules.on_credit("cash") and not rules.on_credit("card") and rules.on_credit("on_account")
    assert DebtRules(no_credit_forms=("cash",)).on_credit("card")
