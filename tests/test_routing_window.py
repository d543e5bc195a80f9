"""The Routing window's services (issue 16 part 3): departments' heads and the routing rules edited by
administrators and whoever may edit the routing (an operator is refused, by test), the rules validated by
the very code ``orderdesk routing load`` uses (the same bad rules refused the same way both ways), saved all
at once and audited with old and new; a preview of where a client's call goes, equal to the desk's own
proposal, by the saved rules or the ones being edited. On SQLite and PostgreSQL."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orderdesk_gui import clock
from orderdesk_gui.db import connection
from orderdesk_gui.db import models as m
from orderdesk_gui.demo import DemoOptions, build_demo_database
from orderdesk_gui.domain.debt import DebtRules
from orderdesk_gui.domain.routing import TRANSFER
from orderdesk_gui.domain.text import storable
from orderdesk_gui.services import auth, caller, routing
from orderdesk_gui.services.auth import PermissionDenied
from orderdesk_gui.services.routing import RoutingError
from tests.conftest import DEMO_AS_OF


@pytest.fixture
def office(any_url):
    build_demo_database(any_url, DemoOptions(clients=40, products=30, months=2, seed=4, as_of=DEMO_AS_OF))
    connection.open_database(any_url)
    people = {login: auth.authenticate(login, "demo") for login in ("operator", "head", "admin")}
    people["url"] = any_url
    return people


def uid(login: str) -> int:
    return m.User.get(m.User.login == login).id


def audits(action: str) -> list[dict]:
    rows = m.AuditEvent.select().where(m.AuditEvent.action == action).order_by(m.AuditEvent.id)
    return [json.loads(r.details) for r in rows]


def test_an_operator_and_a_head_of_sales_are_refused_every_service(office):
    rules = routing.export_rules()
    client = m.Client.select().first()
    for login in ("operator", "head"):
        user = office[login]
        for job in (
            lambda user=user: routing.setup(user),
            lambda user=user: routing.set_head(user, "sales", uid("operator")),
            lambda user=user: routing.check_rules(user, rules),
            lambda user=user: routing.save_rules(user, rules),
            lambda user=user: routing.find_clients(user, "a"),
            lambda user=user: routing.preview(user, client.id, "order", clock.today(), DebtRules()),
        ):
            with pytest.raises(PermissionDenied):
                job()
    assert routing.export_rules() == rules
    assert m.User.get(m.User.login == "head").head_of.code == "sales"
    assert audits("routing_rules_replaced") == [] and audits("department_head_changed") == []


BAD_RULE_SETS = [
    [],
    [{"priority": "x", "action": "transfer", "chain": "finance"}],
    [{"priority": 1, "action": "jump"}],
    [{"priority": 1, "action": "transfer"}],
    [{"priority": 1, "action": "transfer", "chain": "head:nowhere"}],
    [{"priority": 1, "action": "take_here", "client_type": "martian"}],
    [{"priority": 1, "action": "take_here", "purpose": "gossip"}],
    [{"priority": 1, "action": "take_here", "reason": "x" * 301}],
    [{"priority": 1, "action": "take_here"}, {"priority": 1, "action": "take_here"}],
    [{"priority": 1, "action": "take_here", "colour": "red"}],
]


@pytest.mark.parametrize("bad", BAD_RULE_SETS, ids=range(len(BAD_RULE_SETS)))
def test_the_form_refuses_what_routing_load_refuses_with_the_same_words(office, bad, tmp_path, capsys):
    from orderdesk_gui.cli import main
    from orderdesk_gui.ui import messages

    admin, before = office["admin"], routing.export_rules()
    with pytest.raises(RoutingError) as checked:
        routing.check_rules(admin, bad)
    with pytest.raises(RoutingError) as saved:
        routing.save_rules(admin, bad)
    assert (checked.value.code, checked.value.params) == (saved.value.code, saved.value.params)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bad), encoding="utf-8")
    assert main(["routing", "load", str(path), "--db", office["url"]]) == 1
    assert messages.english(saved.value) in capsys.readouterr().err
    connection.open_database(office["url"])
    assert routing.export_rules() == before and audits("routing_rules_replaced") == []


def test_saving_replaces_every_rule_at_once_audited_old_and_new(office):
    admin = office["admin"]
    before = routing.setup(admin).rules
    edited = [dict(r) for r in before]
    edited[0], edited[1] = (
        dict(edited[1], priority=edited[0]["priority"]),
        dict(edited[0], priority=edited[1]["priority"]),
    )
    edited.append({"priority": 99, "action": "transfer", "chain": "head:regional, finance", "reason": " R "})
    saved = routing.save_rules(admin, edited)
    assert saved.count == len(before) + 1 and saved.changes.clients
    assert saved.rules[-1]["chain"] == "head:regional,finance" and saved.rules[-1]["reason"] == "R"
    assert routing.export_rules() == saved.rules
    (entry,) = audits("routing_rules_replaced")
    assert entry["old"] == before and entry["new"] == saved.rules and entry["count"] == len(saved.rules)


def test_one_head_per_department_chosen_among_active_users_audited(office):
    admin = office["admin"]
    sales_head, operator = uid("head"), uid("operator2")
    result = routing.set_head(admin, "sales", operator)
    sales = next(d for d in result.departments if d.code == "sales")
    assert sales.head_id == operator and m.User.get_by_id(sales_head).head_of is None
    assert m.User.select().where(m.User.head_of == m.Department.get(code="sales").id).count() == 1
    (entry,) = audits("department_head_changed")
    assert entry["old"]["id"] == sales_head and entry["new"]["id"] == operator
    with pytest.raises(RoutingError) as other:  # the wholesale head heads wholesale already
        routing.set_head(admin, "sales", uid("wholesale"))
    assert other.value.code == "routing.heads_another"
    m.User.update(active=False).where(m.User.id == sales_head).execute()
    with pytest.raises(RoutingError) as gone:
        routing.set_head(admin, "sales", sales_head)
    assert gone.value.code == "routing.no_such_person"
    with pytest.raises(RoutingError) as nowhere:
        routing.set_head(admin, "\x00" * 5000, operator)
    assert nowhere.value.code == "routing.no_such_department"
    routing.set_head(admin, "sales", None)
    assert next(d for d in routing.setup(admin).departments if d.code == "sales").head_id is None
    assert len(audits("department_head_changed")) == 2
    routing.set_head(admin, "sales", None)  # nothing changed: nothing audited
    assert len(audits("department_head_changed")) == 2


def test_the_preview_is_the_desks_proposal_for_several_clients(office):
    admin, today, rules = office["admin"], clock.today(), DebtRules()
    clients = list(m.Client.select().order_by(m.Client.id).limit(12))
    seen = set()
    for client in clients:
        for purpose in ("order", "complaint", "info"):
            desk = caller.load_caller(client.id, purpose, today, rules)
            shown = routing.preview(admin, client.id, purpose, today, rules)
            assert shown.proposal == desk.action, (client.name, purpose)
            assert shown.debt_red == desk.debt.blocks_orders
            seen.add((shown.proposal.action, shown.debt_route))
            edited = routing.preview(admin, client.id, purpose, today, rules, rules=routing.export_rules())
            assert edited.proposal == desk.action
    assert len(seen) >= 2  # both taken here and transferred were met


def test_an_absent_manager_and_rules_being_edited_before_saving(office):
    admin, today = office["admin"], clock.today()
    client = (
        m.Client.select()
        .join(m.ClientType)
        .where((m.ClientType.code == "key_account") & m.Client.manager.is_null(False))
        .first()
    )
    manager = m.User.get_by_id(client.manager_id)
    m.User.update(presence="available", substitute=None).where(m.User.id == manager.id).execute()
    clear = routing.preview(admin, client.id, "order", today, DebtRules(), debt=routing.DEBT_NONE)
    assert clear.proposal.target.id == manager.id and clear.rule.priority == 10
    away = routing.preview(
        admin, client.id, "order", today, DebtRules(), debt=routing.DEBT_NONE, absent_id=manager.id
    )
    assert away.proposal.action == TRANSFER and away.proposal.target.id != manager.id
    assert away.proposal.tried[0].unavailable.id == manager.id and away.absent_name == manager.full_name
    # the same as the desk's once the manager really is absent
    m.User.update(presence="absent", absent_until=None).where(m.User.id == manager.id).execute()
    desk = caller.load_caller(client.id, "order", today, DebtRules())
    if not desk.debt.blocks_orders:
        assert desk.action == away.proposal
    # red debt sends an order to the manager or finance first, whatever the rules
    red = routing.preview(admin, client.id, "order", today, DebtRules(), debt=routing.DEBT_RED)
    assert red.debt_route and red.rule is None and red.proposal.reason == "routing.debt"
    # rules being edited: key accounts' orders to the head of sales, nothing saved
    before = routing.export_rules()
    edited = [dict(r) for r in before]
    edited[0]["chain"] = "head:sales"
    shown = routing.preview(admin, client.id, "order", today, DebtRules(), debt="none", rules=edited)
    assert shown.proposal.target.id == uid("head") and routing.export_rules() == before
    edited[0]["chain"] = "head:nowhere"
    with pytest.raises(RoutingError) as bad:
        routing.preview(admin, client.id, "order", today, DebtRules(), rules=edited)
    assert bad.value.code == "routing.unknown_step"
    for wrong in (dict(purpose="gossip"), dict(debt="pink"), dict(absent_id=10**9)):
        args = dict(purpose="order", debt="none", absent_id=None) | wrong
        with pytest.raises(RoutingError):
            routing.preview(
                admin, client.id, args["purpose"], today, DebtRules(), args["debt"], args["absent_id"]
            )
    with pytest.raises(RoutingError):
        routing.preview(admin, 10**9, "order", today, DebtRules())
    assert routing.find_clients(admin, client.name[:6])[0][0] in {
        c.id for c in m.Client.select().where(m.Client.name.startswith(client.name[:6]))
    }
    assert routing.find_clients(admin, "\x00" * 100_000) == []


TEXT = st.one_of(
    st.text(max_size=50),
    st.text(alphabet=st.sampled_from("\x00a\u0301ә\U0001f600 ,"), max_size=400),
    st.just("x" * 100_000),
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(reason=TEXT, chain=TEXT, client_type=TEXT, purpose=TEXT)
def test_typed_fields_are_refused_with_a_code_or_stored_as_typed(office, reason, chain, client_type, purpose):
    admin = office["admin"]
    before = routing.export_rules()
    rule = dict(
        priority=1, action="transfer", chain=chain, reason=reason, client_type=client_type, purpose=purpose
    )
    try:
        saved = routing.save_rules(admin, [rule] + before[1:])
    except RoutingError as exc:
        assert exc.code.startswith("routing.")
        assert routing.export_rules() == before
        return
    assert saved.rules[0]["reason"] == storable(reason).strip()
    routing.save_rules(admin, before)


# --- the window, from the keyboard ----------------------------------------------------------------------


def _keys(widget, key, modifiers=None):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    QTest.keyClick(widget, key, modifiers or Qt.KeyboardModifier.NoModifier)


def _choose(combo, data):
    from PySide6.QtCore import Qt

    combo.setFocus()
    _keys(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == data:
            return
        _keys(combo, Qt.Key.Key_Down)
    assert combo.currentData() == data


@pytest.mark.parametrize("lang", ["en", "ru", "kk"], indirect=True)
def test_the_routing_window_from_the_keyboard(qtbot, open_desk, lang):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QMessageBox

    from tests.gui_helpers import shot, type_text

    alt, ctrl = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier
    app = open_desk("admin")
    window = app.window
    _keys(window, Qt.Key.Key_T, ctrl | alt)
    actions = window.board_actions.routing
    qtbot.wait_until(lambda: actions.routing is not None, timeout=5000)
    shown = actions.routing
    shown.resize(1366, 740)
    qtbot.wait_until(lambda: shown.setup is not None and shown.isEnabled(), timeout=10000)
    ui = shown.ui
    saved_before = routing.export_rules()
    assert shown.rules == saved_before and not shown.dirty
    shot(shown, f"routing_rules_{lang}")
    # a new rule: regional clients' orders to the regional head, then finance; a wrong step first
    ui.rulesView.setFocus()
    _keys(ui.rulesView, Qt.Key.Key_Insert)
    qtbot.wait_until(lambda: shown.rule_dialog is not None and shown.rule_dialog.isVisible())
    form = shown.rule_dialog
    fui = form.ui
    qtbot.wait_until(lambda: QApplication.focusWidget() in (fui.prioritySpin, fui.prioritySpin.lineEdit()))
    type_text(fui.prioritySpin, "5")
    _choose(fui.typeCombo, "regional")
    _choose(fui.purposeCombo, "order")
    _choose(fui.actionCombo, "transfer")
    _keys(fui.actionCombo, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is fui.chainEdit
    type_text(fui.chainEdit, "head:nowhere")
    _keys(fui.chainEdit, Qt.Key.Key_Tab)
    _keys(fui.assignEdit, Qt.Key.Key_Tab)
    type_text(fui.reasonEdit, "Регион")
    shot(form, f"routing_rule_{lang}")
    _keys(fui.reasonEdit, Qt.Key.Key_Return)
    qtbot.wait_until(lambda: bool(fui.messageLabel.text()), timeout=5000)
    assert "head:nowhere" in fui.messageLabel.text() and form.isVisible()
    shot(form, f"routing_rule_refused_{lang}")
    assert routing.export_rules() == saved_before
    assert "head:nowhere" in fui.chainWordsLabel.text()  # read back, marked unknown
    # the picker: the steps matching what is typed after the last comma, taken with Down and Enter
    fui.chainEdit.setFocus()
    fui.chainEdit.selectAll()
    type_text(fui.chainEdit, "regio")
    picker = form.completers[0]
    qtbot.wait_until(picker.popup().isVisible)
    assert picker.completionCount() == 1
    shot(picker.popup(), f"routing_rule_picker_{lang}")
    _keys(picker.popup(), Qt.Key.Key_Down)
    _keys(picker.popup(), Qt.Key.Key_Return)
    assert fui.chainEdit.text() == "head:regional" and form.isVisible()
    type_text(fui.chainEdit, ", fin")
    qtbot.wait_until(picker.popup().isVisible)
    _keys(picker.popup(), Qt.Key.Key_Down)
    _keys(picker.popup(), Qt.Key.Key_Return)
    assert fui.chainEdit.text() == "head:regional, finance"
    words = [shown.step_words("head:regional"), shown.step_words("finance")]
    assert fui.chainWordsLabel.text() == " → ".join(words) and "head:" not in words[0]
    shot(form, f"routing_rule_picked_{lang}")
    _keys(fui.chainEdit, Qt.Key.Key_Return)
    qtbot.wait_until(lambda: not form.isVisible(), timeout=5000)
    assert shown.rules[0]["priority"] == 5 and shown.rules[0]["chain"] == "head:regional,finance"
    assert shown.dirty and routing.export_rules() == saved_before  # nothing saved yet
    # move it below the next rule, then save with Ctrl+S
    assert ui.rulesView.currentIndex().row() == 0
    _keys(ui.rulesView, Qt.Key.Key_Down, ctrl)
    assert shown.rules[1]["chain"] == "head:regional,finance"
    _keys(shown, Qt.Key.Key_S, ctrl)
    qtbot.wait_until(lambda: not shown.dirty, timeout=5000)
    stored = routing.export_rules()
    assert stored[1]["chain"] == "head:regional,finance" and stored[1]["reason"] == "Регион"
    assert stored[1]["client_type"] == "regional" and len(stored) == len(saved_before) + 1
    assert m.AuditEvent.select().where(m.AuditEvent.action == "routing_rules_replaced").count() == 1
    # departments: the head of sales becomes operator2, by the keys
    _keys(shown, Qt.Key.Key_2, alt)
    assert ui.tabs.currentWidget() is ui.departmentsTab
    ui.departmentsView.setFocus()
    sales = next(i for i, d in enumerate(shown.departments_model.rows()) if d.code == "sales")
    _keys(ui.departmentsView, Qt.Key.Key_Home)
    for _ in range(sales):
        _keys(ui.departmentsView, Qt.Key.Key_Down)
    _keys(ui.departmentsView, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is ui.headCombo
    _choose(ui.headCombo, uid("operator2"))
    _keys(ui.headCombo, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is ui.setHeadButton
    _keys(ui.setHeadButton, Qt.Key.Key_Space)
    qtbot.wait_until(lambda: m.User.get_by_id(uid("operator2")).head_of_id is not None, timeout=5000)
    assert m.User.get_by_id(uid("operator2")).head_of.code == "sales"
    assert m.User.get(m.User.login == "head").head_of_id is None
    shot(shown, f"routing_departments_{lang}")
    # the preview of a key-account client's order, their manager absent
    _keys(shown, Qt.Key.Key_3, alt)
    client = (
        m.Client.select()
        .join(m.ClientType)
        .where((m.ClientType.code == "key_account") & m.Client.manager.is_null(False))
        .first()
    )
    ui.findEdit.setFocus()
    type_text(ui.findEdit, client.code)
    _keys(ui.findEdit, Qt.Key.Key_Return)
    qtbot.wait_until(lambda: ui.clientCombo.count() > 0, timeout=5000)
    _keys(ui.findEdit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is ui.clientCombo
    _choose(ui.clientCombo, client.id)
    _choose(ui.purposeCombo, "order")
    _choose(ui.debtCombo, routing.DEBT_NONE)
    _choose(ui.absentCombo, client.manager_id)
    _keys(ui.absentCombo, Qt.Key.Key_Tab)
    _keys(ui.whichCombo, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is ui.previewButton
    _keys(ui.previewButton, Qt.Key.Key_Space)
    qtbot.wait_until(lambda: bool(ui.resultLabel.text()), timeout=5000)
    expected = routing.preview(
        auth.authenticate("admin", "demo"),
        client.id,
        "order",
        clock.today(),
        DebtRules(),
        routing.DEBT_NONE,
        client.manager_id,
    )
    assert expected.proposal.target is not None and expected.proposal.target.name in ui.resultLabel.text()
    assert m.User.get_by_id(client.manager_id).full_name in ui.resultLabel.text()
    shot(shown, f"routing_preview_{lang}")
    assert shown.width() <= 1366
    # Esc with a change not saved asks; Cancel keeps the window, Discard closes it and saves nothing
    _keys(shown, Qt.Key.Key_1, alt)
    ui.rulesView.setFocus()
    _keys(ui.rulesView, Qt.Key.Key_Delete)
    assert shown.dirty
    _keys(shown, Qt.Key.Key_Escape)
    qtbot.wait_until(lambda: shown.confirm is not None and shown.confirm.isVisible())
    _keys(shown.confirm, Qt.Key.Key_Escape)
    qtbot.wait_until(lambda: not shown.confirm.isVisible())
    assert shown.isVisible()
    _keys(shown, Qt.Key.Key_Escape)
    qtbot.wait_until(lambda: shown.confirm.isVisible())
    shown.confirm.button(QMessageBox.StandardButton.Discard).setFocus()
    _keys(shown.confirm.button(QMessageBox.StandardButton.Discard), Qt.Key.Key_Space)
    qtbot.wait_until(lambda: not shown.isVisible(), timeout=5000)
    assert routing.export_rules() == stored


def test_an_operator_has_no_routing_key(qtbot, window):
    from PySide6.QtCore import Qt

    assert not window.board_actions.routing.action.isVisible()
    _keys(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert window.board_actions.routing.routing is None
