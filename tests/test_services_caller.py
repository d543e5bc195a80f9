"""Services of the first seconds of a call: caller view, debt gate with override, transfers, clients."""

from __future__ import annotations

from decimal import Decimal

import pytest
from peewee import fn

from orderdesk_gui import clock
from orderdesk_gui.db import models as m
from orderdesk_gui.db import queries
from orderdesk_gui.domain.debt import DebtLevel, DebtRules
from orderdesk_gui.services import auth, caller, calls, clients, debt_gate
from tests.conftest import red_client

pytestmark = pytest.mark.dated  # runs on the demo's day and 52 weeks later (tests/conftest.py)

RULES = DebtRules()


def user(login):
    return auth.authenticate(login, "demo")


def green_client() -> m.Client:
    for client in m.Client.select().where(m.Client.status == "active").order_by(m.Client.id):
        if debt_gate.gate(client.id, clock.today(), RULES).level is DebtLevel.GREEN:
            return client
    raise AssertionError("no green client in the demo")


def test_caller_view_of_a_red_client(demo_db):
    client = red_client()
    view = caller.load_caller(client.id, "order", clock.today(), RULES)
    assert view.debt.level is DebtLevel.RED and view.debt.overdue > 0
    assert view.debt_proposal is not None and view.debt_proposal.target is not None
    assert view.calls is not None and view.card.id == client.id


def test_green_client_gets_a_draft_order(demo_db):
    op = user("operator")
    client = green_client()
    call_id = calls.open_call(op, "+7 701 000 00 01", client.id)
    order_id = debt_gate.start_order(op, client.id, clock.today(), RULES, call_id=call_id)
    order = m.Order.get_by_id(order_id)
    assert order.status == "draft" and order.call_id == call_id and order.debt_override_by is None


def test_red_client_is_stopped_and_nothing_written(demo_db):
    op = user("operator")
    client = red_client()
    before = m.Order.select().count()
    with pytest.raises(debt_gate.DebtGateClosed) as info:
        debt_gate.start_order(op, client.id, clock.today(), RULES)
    assert info.value.code == "order.debt_gate_closed" and info.value.status.overdue_documents
    assert info.value.params["overdue"] == info.value.status.overdue > 0
    first = debt_gate.describe_block(info.value.status)[0]
    assert first.code == "order.debt_overdue_document"
    assert first.params["number"] == info.value.status.overdue_documents[0].number
    assert m.Order.select().count() == before


def test_operator_cannot_override_even_with_a_reason(demo_db):
    op = user("operator")
    client = red_client()
    with pytest.raises(auth.PermissionDenied):
        debt_gate.start_order(op, client.id, clock.today(), RULES, override_reason="Клиент обещал оплатить")
    assert not m.AuditEvent.select().where(m.AuditEvent.action == "debt_override").exists()


def test_finance_approves_an_override_with_a_reason_and_it_is_audited(demo_db):
    op = user("operator")
    finance = user("finance")
    client = red_client()
    with pytest.raises(debt_gate.OrderError) as info:
        debt_gate.start_order(
            op,
            client.id,
            clock.today(),
            RULES,
            override_reason=" ",
            approval=auth.Approval("finance", "demo"),
        )
    assert info.value.code == "order.override_reason_missing"
    order_id = debt_gate.start_order(
        op,
        client.id,
        clock.today(),
        RULES,
        override_reason="Оплата поступит сегодня, п/п 123",
        approval=auth.Approval("finance", "demo"),
        approved_amount="150 000",
    )
    order = m.Order.get_by_id(order_id)
    assert order.debt_override_amount == Decimal("150000.00")
    assert order.debt_override_by_id == finance.id
    assert "п/п 123" in order.debt_override_reason
    event = m.AuditEvent.get(m.AuditEvent.action == "debt_override")
    assert event.user_id == finance.id and event.entity_id == str(order_id)
    assert "operator" in event.details and "150000" in event.details


def test_head_of_sales_overrides_at_the_desk(demo_db):
    head = user("head")
    order_id = debt_gate.start_order(
        head,
        red_client().id,
        clock.today(),
        RULES,
        override_reason="Решение руководителя продаж",
        approved_amount="80000,50",
    )
    assert m.Order.get_by_id(order_id).debt_override_by_id == head.id


def test_blocked_client_gets_no_order(demo_db):
    blocked = m.Client.get(m.Client.status == "blocked")
    with pytest.raises(debt_gate.OrderError) as info:
        debt_gate.start_order(user("head"), blocked.id, clock.today(), RULES, override_reason="xxxxxx")
    assert info.value.code == "order.client_blocked"


def test_transfer_and_consult_are_written_on_the_call(demo_db):
    op = user("operator")
    head = m.User.get(m.User.login == "head")
    call_id = calls.open_call(op, "87011234567", None)
    assert m.Call.get_by_id(call_id).phone == "+77011234567"
    calls.consult(op, call_id, head.id, "необычная скидка")
    calls.transfer(op, call_id, head.id, "Ключевой клиент (D4)")
    call = m.Call.get_by_id(call_id)
    assert call.consulted_id == head.id and "необычная скидка" in call.notes
    assert call.transferred_to_id == head.id and call.outcome == "transferred"
    assert call.transfer_reason == "Ключевой клиент (D4)" and call.ended_at is not None


def test_key_account_with_unavailable_manager_is_routed_on(demo_db):
    kam_absent = m.User.get(m.User.login == "kam2")  # absent, kam3 substitutes
    client = m.Client.select().join(m.ClientType).where(m.ClientType.code == "key_account").first()
    m.Client.update(manager=kam_absent).where(m.Client.id == client.id).execute()
    view = caller.load_caller(client.id, "order", clock.today(), RULES)
    assert view.proposal.action == "transfer"
    assert view.proposal.target.name == m.User.get(m.User.login == "kam3").full_name
    kam_away = m.User.get(m.User.login == "kam1")  # away, no substitute
    m.Client.update(manager=kam_away).where(m.Client.id == client.id).execute()
    view = caller.load_caller(client.id, "order", clock.today(), RULES)
    assert view.proposal.target.id not in (kam_away.id,)
    assert view.proposal.tried[0].person is None


def test_new_client_from_an_unknown_number(demo_db):
    op = user("operator")
    client_id = clients.create_potential(op, "ТОО «Жаңа Әлем»", "8 (702) 555-44-33")
    client = m.Client.get_by_id(client_id)
    assert client.status == "potential" and client.code == f"C{client_id:06d}"
    assert [h.id for h in queries.search_clients("+7 702 555 44 33")] == [client_id]
    assert [h.id for h in queries.search_clients("жаңа әлем")] == [client_id]
    with pytest.raises(clients.ClientError) as info:
        clients.create_potential(op, "Другой", "87025554433")
    assert info.value.code == "client.phone_taken"
    assert info.value.params == {"phone": "+77025554433", "client": "ТОО «Жаңа Әлем»"}


@pytest.mark.parametrize(
    "name, phone, tax, code",
    [
        ("", "87011112233", "", "client.name_empty"),
        ("x" * 301, "87011112233", "", "client.name_too_long"),
        ("ТОО", "12", "", "phone.digits"),
        ("ТОО", "87011112233", "12345", "taxid.digits"),
        ("ТОО", "87011112233", "990140000124", "taxid.check_digit"),
    ],
)
def test_bad_new_client_data_is_refused_and_nothing_saved(demo_db, name, phone, tax, code):
    before = m.Client.select().count()
    with pytest.raises(clients.ClientError) as info:
        clients.create_potential(user("operator"), name, phone, tax_id=tax)
    assert info.value.code == code
    assert m.Client.select().count() == before


def test_duplicate_tax_id_refused(demo_db):
    existing = m.Client.select().where(m.Client.tax_id.is_null(False)).first()
    with pytest.raises(clients.ClientError) as info:
        clients.create_potential(user("operator"), "Дубль", "87019998877", tax_id=existing.tax_id)
    assert info.value.code == "client.tax_id_taken" and info.value.params["code"] == existing.code


def test_edit_client_with_contacts_and_stale_version(demo_db):
    op = user("head")  # the limit changes too: credit terms are the heads' and finance's
    client = green_client()
    edit = clients.ClientEdit(
        name="ТОО «Береке Плюс»",
        client_type="retail",
        tax_id="",
        status="active",
        city="Алматы",
        delivery_address="ул. Абая, 10",
        credit_limit="750 000,50",
        payment_delay_days=14,
        contacts=[
            clients.ContactEdit("Айгүл Омарова", "Закупщик", ["8 701 222 33 44"], can_receive_goods=True)
        ],
    )
    version = clients.update_client(op, client.id, edit, client.version)
    saved = m.Client.get_by_id(client.id)
    assert saved.name == "ТОО «Береке Плюс»" and saved.credit_limit == Decimal("750000.50")
    assert [p.e164 for p in saved.phones] == ["+77012223344"]
    assert saved.contacts.get().can_receive_goods
    with pytest.raises(clients.StaleEdit):
        clients.update_client(op, client.id, edit, client.version)  # the old version
    assert clients.update_client(op, client.id, edit, version) == version + 1


def test_edit_refuses_bad_values_and_keeps_the_card(demo_db):
    op = user("operator")
    client = green_client()
    bad = clients.ClientEdit(name="X", client_type="retail", credit_limit="много")
    with pytest.raises(clients.ClientError) as info:
        clients.update_client(op, client.id, bad, client.version)
    assert info.value.code == "client.credit_limit_not_amount"
    assert m.Client.get_by_id(client.id).name == client.name


def test_only_heads_assign_managers(demo_db):
    client = green_client()
    manager = m.User.get(m.User.login == "manager1")
    with pytest.raises(auth.PermissionDenied):
        clients.assign_manager(user("operator"), client.id, manager.id)
    clients.assign_manager(user("head"), client.id, manager.id)
    assert m.Client.get_by_id(client.id).manager_id == manager.id
    assert m.AuditEvent.select().where(m.AuditEvent.action == "manager_assigned").count() == 1


def test_saving_a_card_with_a_manager_is_one_transaction(demo_db):
    head = user("head")
    client = green_client()
    before = (client.name, client.manager_id, client.version)
    edit = clients.ClientEdit(name="ТОО «Новое имя»", client_type=client.client_type.code, status="active")
    gone = m.User.select(fn.MAX(m.User.id)).scalar() + 100
    with pytest.raises(clients.ClientError) as info:
        clients.save_client(head, client.id, edit, client.version, gone)
    assert info.value.code == "client.manager_gone"
    again = m.Client.get_by_id(client.id)
    assert (again.name, again.manager_id, again.version) == before  # the edit went back with the manager
    with pytest.raises(auth.PermissionDenied):  # an operator may edit the card, not give it a manager
        clients.save_client(user("operator"), client.id, edit, client.version, None)
    assert m.Client.get_by_id(client.id).name == before[0]
    manager = m.User.get(m.User.login == "manager1")
    assert clients.save_client(head, client.id, edit, client.version, manager.id) == client.id
    saved = m.Client.get_by_id(client.id)
    assert (saved.name, saved.manager_id) == ("ТОО «Новое имя»", manager.id)
    assert clients.save_client(user("operator"), client.id, edit, saved.version) == client.id  # manager kept
    assert m.Client.get_by_id(client.id).manager_id == manager.id


def test_every_service_acting_for_someone_refuses_a_made_up_actor(demo_db):
    """As nobody (a UserInfo built by the caller with an administrator's role) nothing is written."""
    from orderdesk_gui.domain.entities import UserInfo
    from orderdesk_gui.services import callbacks, complaints, desk, ordering, reports, tasks

    admin_row = m.User.get(m.User.role == "admin")
    nobody = UserInfo(admin_row.id, admin_row.login, admin_row.full_name, "admin")
    client = green_client()
    today = clock.today()
    before = {t: t.select().count() for t in (m.Call, m.Order, m.AuditEvent, m.Complaint, m.CallbackRequest)}
    attempts = [
        lambda: calls.open_call(nobody, "", client.id),
        lambda: desk.answer_client(nobody, client.id, "order", today, RULES),
        lambda: debt_gate.start_order(nobody, client.id, today, RULES),
        lambda: ordering.cancel(nobody, 1, "no reason at all"),
        lambda: clients.save_client(nobody, client.id, clients.ClientEdit(name="X", client_type="retail"), 1),
        lambda: complaints.department_items(nobody),
        lambda: callbacks.queue(nobody, clock.now_utc(), True),
        lambda: tasks.tasks(nobody),
        lambda: reports.shift_report(nobody, today, today),
    ]
    for attempt in attempts:
        with pytest.raises(auth.PermissionDenied) as info:
            attempt()
        assert info.value.code == "auth.not_signed_in"
    after = {t: t.select().count() for t in before}
    assert after == before


def test_an_override_is_approved_with_the_approvers_password_in_the_service(demo_db):
    op = user("operator")
    client = red_client()
    with pytest.raises(auth.AuthError):  # finance's login without finance's password
        debt_gate.start_order(
            op, client.id, clock.today(), RULES, None, "Обещал оплатить", auth.Approval("finance", "x")
        )
    with pytest.raises(auth.PermissionDenied):  # an operator cannot approve, even with a password
        debt_gate.start_order(op, client.id, clock.today(), RULES, None, "Обещал оплатить", None)
    order_id = debt_gate.start_order(
        op,
        client.id,
        clock.today(),
        RULES,
        None,
        "Обещал оплатить",
        auth.Approval("finance", "demo"),
        "50000",
    )
    order = m.Order.get_by_id(order_id)
    assert order.debt_override_by.login == "finance"
    event = m.AuditEvent.get(m.AuditEvent.action == "debt_override")
    assert event.user.login == "finance" and "demo" not in event.details


def test_credit_terms_are_finances_and_every_change_is_audited_with_old_and_new(demo_db):
    import json

    client = red_client()
    op, finance = user("operator"), user("finance")
    before = m.Client.get_by_id(client.id)
    ctype = before.client_type.code

    def edit(**changes):
        fields = dict(name=before.name, client_type=ctype, tax_id=before.tax_id or "", status=before.status,
                      city=before.city, region=before.region, delivery_address=before.delivery_address,
                      shipping_details=before.shipping_details, notes=before.notes,
                      credit_limit=str(before.credit_limit),
                      payment_delay_days=before.payment_delay_days)  # fmt: skip
        fields.update(changes)
        return clients.ClientEdit(**fields)

    for change in (dict(credit_limit="2000000"), dict(payment_delay_days=90), dict(status="active")):
        if change.get("status") == before.status:
            m.Client.update(status="blocked").where(m.Client.id == client.id).execute()
        version = m.Client.get_by_id(client.id).version
        with pytest.raises(auth.PermissionDenied) as info:
            clients.update_client(op, client.id, edit(**change), version)
        assert info.value.code == "client.credit_terms_not_allowed"
    m.Client.update(status=before.status).where(m.Client.id == client.id).execute()
    assert m.Client.get_by_id(client.id).credit_limit == before.credit_limit
    assert debt_gate.gate(client.id, clock.today(), RULES).blocks_orders  # still red
    # the operator keeps the card's other fields, the same terms typed back included
    version = clients.update_client(op, client.id, edit(city="Қонаев"), m.Client.get_by_id(client.id).version)
    event = (
        m.AuditEvent.select()
        .where(m.AuditEvent.action == "client_updated")
        .order_by(m.AuditEvent.id.desc())
        .get()
    )
    assert json.loads(event.details)["changes"] == {"city": [before.city or None, "Қонаев"]}
    clients.update_client(finance, client.id, edit(city="Қонаев", credit_limit="2 000 000,00"), version)
    event = (
        m.AuditEvent.select()
        .where(m.AuditEvent.action == "client_updated")
        .order_by(m.AuditEvent.id.desc())
        .get()
    )
    assert json.loads(event.details)["changes"] == {"credit_limit": [str(before.credit_limit), "2000000.00"]}
    assert event.user.login == "finance"


def test_a_new_client_is_created_with_the_person_on_the_phone(demo_db):
    from orderdesk_gui.services import clients

    op = user("operator")
    person = clients.ContactEdit("Ержан Сейітов", "Директор", ["+7 701 555 44 33"])
    with pytest.raises(clients.ClientError) as twice:  # the client's own number given to the contact too
        clients.create_potential(op, "ТОО «Жаңа»", "+7 701 555 44 33", contacts=[person])
    assert twice.value.code == "client.phone_twice"
    assert not m.Client.select().where(m.Client.name == "ТОО «Жаңа»").exists()
    client_id = clients.create_potential(op, "ТОО «Жаңа»", "+7 702 555 44 33", contacts=[person])
    [contact] = list(m.Contact.select().where(m.Contact.client == client_id))
    assert (contact.name, contact.role, contact.is_primary) == ("Ержан Сейітов", "Директор", True)
    assert m.Phone.get(m.Phone.e164 == "+77015554433").contact_id == contact.id
    event = m.AuditEvent.get(
        (m.AuditEvent.action == "client_created") & (m.AuditEvent.entity_id == str(client_id))
    )
    assert "Ержан Сейітов" in event.details
