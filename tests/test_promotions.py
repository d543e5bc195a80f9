"""Promotions and special items kept by the head of sales (issue 16 part 4): saved and read back, used by
pricing and suggestions at once, audited old and new, refused to an operator, imported ones left to
accounting, a second head's stale save refused, and any typed input a result or a coded refusal."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from orderdesk_gui.db import catalog
from orderdesk_gui.db import models as m
from orderdesk_gui.domain.promotions import ItemDraft, PromotionDraft, PromotionError
from orderdesk_gui.services import promotions
from orderdesk_gui.services.auth import PermissionDenied
from tests.test_properties import DRILL, NASTY, refused_or_done
from tests.test_services_followups import base  # noqa: F401  (the small database, both engines)

TODAY = dt.date(2026, 11, 20)


def _products(base):  # noqa: F811
    other = m.PriceColumn.create(code="opt", name="Опт")
    made = []
    for i, (price, their) in enumerate(((Decimal("1000"), Decimal("900")), (Decimal("500"), None))):
        p = m.Product.create(code=f"P{i}", name=f"Товар {i}", unit="шт", pack_size=1)
        m.Price.create(product=p.id, price_column=base.column.id, price=price)
        if their is not None:
            m.Price.create(product=p.id, price_column=other.id, price=their)
        made.append(p.id)
    return made, other.id


def _draft(pids, **kw):
    values = dict(
        id=None,
        name="Зимняя акция",
        kind="price",
        starts=TODAY,
        ends=TODAY + dt.timedelta(days=30),
        items=(ItemDraft(pids[0], discount="10"), ItemDraft(pids[1], special_price="450,50")),
    )
    values.update(kw)
    return PromotionDraft(**values)


def test_a_head_saves_a_promotion_and_prices_follow_at_once(base):  # noqa: F811
    pids, other = _products(base)
    saved = promotions.save(base.head, _draft(pids), TODAY)
    view = promotions.promotion(base.op, saved.id)  # an operator may read it
    assert [(i.code, i.special_price, i.discount_percent) for i in view.items] == [
        ("P0", None, Decimal("10.00")),
        ("P1", Decimal("450.50"), None),
    ]
    # the discount is off the client's own column: 900 less 10 % for "opt", 1000 less 10 % for the base
    facts = catalog.facts(pids, other, TODAY)
    assert catalog.price_of(facts[pids[0]]) == Decimal("810.00")
    assert catalog.price_of(facts[pids[1]]) is None  # no price in "opt" for P1: not sold there
    base_facts = catalog.facts(pids, base.column.id, TODAY)
    assert catalog.price_of(base_facts[pids[0]]) == Decimal("900.00")
    assert catalog.price_of(base_facts[pids[1]]) == Decimal("450.50")
    assert catalog.price_of(
        catalog.facts(pids, base.column.id, TODAY + dt.timedelta(days=31))[pids[0]]
    ) == Decimal("1000.00")  # over after its last day
    event = m.AuditEvent.get(m.AuditEvent.action == "promotion_saved")
    details = json.loads(event.details)
    assert (
        details["old"] is None and details["new"]["name"] == "Зимняя акция" and event.user_id == base.head.id
    )
    # changed: the audit keeps old and new; listed where it belongs
    again = promotions.save(
        base.head, _draft(pids, id=saved.id, version=saved.version, ends=TODAY + dt.timedelta(days=5)), TODAY
    )
    assert again.version == saved.version + 1
    last = json.loads(m.AuditEvent.select().order_by(m.AuditEvent.id.desc()).first().details)
    assert last["old"]["ends"] != last["new"]["ends"]
    assert [r.id for r in promotions.promotions(base.op, "current", TODAY, "зимняя")] == [saved.id]
    assert promotions.promotions(base.op, "past", TODAY) == []
    assert [r.id for r in promotions.promotions(base.op, "past", TODAY + dt.timedelta(days=6))] == [saved.id]


def test_special_items_reach_the_suggestions_for_their_audience_only(base):  # noqa: F811
    pids, _other = _products(base)
    draft = _draft(
        pids, kind="special", items=(ItemDraft(pids[1]),), client_type_id=base.key.id, region="Алматы"
    )
    promotions.save(base.head, draft, TODAY)
    assert catalog.promoted(TODAY, base.key.id, "Алматы")[0] == [pids[1]]
    assert catalog.promoted(TODAY, base.retail.id, "Алматы")[0] == []
    assert catalog.promoted(TODAY, base.key.id, "Астана")[0] == []


def test_rights_stale_saves_and_imported_promotions(base):  # noqa: F811
    pids, _other = _products(base)
    with pytest.raises(PermissionDenied):
        promotions.save(base.op, _draft(pids), TODAY)
    saved = promotions.save(base.head, _draft(pids), TODAY)
    promotions.save(base.head, _draft(pids, id=saved.id, version=saved.version, name="Другая"), TODAY)
    with pytest.raises(PromotionError) as stale:  # a second head's save from the version they read
        promotions.save(base.head, _draft(pids, id=saved.id, version=saved.version, name="Третья"), TODAY)
    assert stale.value.code == "promotion.changed_elsewhere"
    assert m.Promotion.get_by_id(saved.id).name == "Другая"
    imported = m.Promotion.create(name="Из 1С", starts=TODAY, ends=TODAY, external_id="1c-77")
    with pytest.raises(PromotionError) as info:
        promotions.save(base.head, _draft(pids, id=imported.id, version=0), TODAY)
    assert info.value.code == "promotion.from_accounting"
    assert {r.id: r.from_accounting for r in promotions.promotions(base.head, "all", TODAY)}[imported.id]


@pytest.mark.parametrize(
    "change, code",
    [
        (dict(name=" "), "promotion.name_missing"),
        (dict(kind="bogus"), "promotion.kind_unknown"),
        (dict(ends=TODAY - dt.timedelta(days=1)), "promotion.period_reversed"),
        (dict(ends=TODAY + dt.timedelta(days=800)), "promotion.period_too_long"),
        (dict(items=()), "promotion.no_items"),
        (dict(items=(ItemDraft(1, discount="100"),)), "promotion.discount_not_percent"),
        (dict(items=(ItemDraft(1, special_price="1", discount="5"),)), "promotion.price_and_discount"),
        (dict(items=(ItemDraft(1),)), "promotion.price_missing"),
        (dict(items=(ItemDraft(1, special_price="NaN"),)), "promotion.price_not_amount"),
        (dict(items=(ItemDraft(1, discount="5"), ItemDraft(1, discount="6"))), "promotion.product_twice"),
        (dict(items=(ItemDraft(999999, discount="5"),)), "promotion.product_gone"),
    ],
)
def test_a_bad_promotion_is_refused_in_words_and_nothing_is_kept(base, change, code):  # noqa: F811
    from orderdesk_gui.ui import messages

    pids, _other = _products(base)
    with pytest.raises(PromotionError) as info:
        promotions.save(base.head, _draft(pids, **change), TODAY)
    assert info.value.code == code and "{" not in messages.english(info.value)
    assert m.Promotion.select().count() == 0 and m.PromotionItem.select().count() == 0


@DRILL
@given(name=NASTY, price=NASTY, discount=NASTY, note=NASTY, text=NASTY)
def test_promotions_take_anything(base, name, price, discount, note, text):  # noqa: F811
    pid = m.Product.get_or_create(code="PX", defaults=dict(name="Х", unit="шт", pack_size=1))[0].id
    before = m.PromotionItem.select().count()
    draft = PromotionDraft(
        None,
        name,
        "price",
        TODAY,
        TODAY,
        note=note,
        items=(ItemDraft(pid, special_price=price, discount=discount),),
    )
    saved = refused_or_done(lambda: promotions.save(base.head, draft, TODAY))
    if saved is None:
        assert m.PromotionItem.select().count() == before
    else:
        item = m.PromotionItem.get(m.PromotionItem.promotion == saved.id)
        assert (item.special_price or Decimal(1)) > 0 and "\x00" not in m.Promotion.get_by_id(saved.id).name
    refused_or_done(lambda: promotions.promotions(base.op, "all", TODAY, text))
    refused_or_done(lambda: promotions.find_products(base.op, text))


@given(which=st.text(max_size=20))
@DRILL
def test_an_unknown_list_is_refused(base, which):  # noqa: F811
    if which not in promotions.WHICH:
        with pytest.raises(PromotionError):
            promotions.promotions(base.op, which, TODAY)


@pytest.mark.parametrize("lang", ["en", "ru", "kk"], indirect=True)
def test_the_promotions_window_from_the_keyboard(qtbot, open_desk, lang):
    """The head of sales opens the window (Ctrl+Alt+P), makes a promotion by keys: a name, a product found
    by its code with Enter and chosen with ↓ Enter, a discount typed in its cell, Ctrl+S; it is in the
    database, priced for order entry, and listed; a bad discount is refused in words and nothing kept."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from orderdesk_gui import clock
    from tests.gui_helpers import press, shot, type_text

    app = open_desk("head")
    window = app.window
    QTest.keyClick(
        window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )
    qtbot.wait_until(lambda: window.board_actions.promotions is not None, timeout=5000)
    shown = window.board_actions.promotions
    ui = shown.ui
    qtbot.wait_until(lambda: ui.typeCombo.count() > 1, timeout=10000)
    product = m.Product.select().where(m.Product.active == True).order_by(m.Product.id).first()  # noqa: E712
    before = m.Promotion.select().count()
    QTest.keyClick(shown, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert ui.nameEdit.hasFocus()
    type_text(ui.nameEdit, "Зимняя скидка")
    ui.productEdit.setFocus()
    type_text(ui.productEdit, product.code)
    press(ui.productEdit, Qt.Key.Key_Return)
    qtbot.wait_until(lambda: ui.hitsList.count() > 0, timeout=5000)
    press(ui.productEdit, Qt.Key.Key_Down)
    assert ui.hitsList.hasFocus()
    press(ui.hitsList, Qt.Key.Key_Return)
    assert ui.itemsTable.rowCount() == 1 and ui.itemsTable.currentColumn() == 2
    ui.itemsTable.setCurrentCell(0, 3)
    ui.itemsTable.item(0, 3).setText("150")  # a discount over 100 %: refused in words
    QTest.keyClick(shown, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait_until(lambda: "#b00020" in ui.statusLabel.styleSheet(), timeout=5000)
    assert m.Promotion.select().count() == before
    ui.itemsTable.item(0, 3).setText("12,5")
    with qtbot.wait_signal(shown.saved, timeout=10000):
        QTest.keyClick(shown, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    made = m.Promotion.select().order_by(m.Promotion.id.desc()).first()
    assert made.name == "Зимняя скидка" and made.version == 1
    item = m.PromotionItem.get(m.PromotionItem.promotion == made.id)
    assert item.product_id == product.id and item.discount_percent == Decimal("12.50")
    qtbot.wait_until(lambda: any(r.id == made.id for r in shown.list.rows()), timeout=5000)
    assert shown.width() <= 1366
    shot(shown, f"promotions_{lang}")
    facts = catalog.facts([product.id], m.PriceColumn.get(m.PriceColumn.is_base == True).id, clock.today())  # noqa: E712
    assert facts[product.id].promotions and facts[product.id].promotions[-1][0] == made.id
    QTest.keyClick(shown, Qt.Key.Key_Escape)
    qtbot.wait_until(lambda: not shown.isVisible())


def test_an_operator_has_no_promotions_key(qtbot, open_desk):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window = open_desk("operator").window
    assert not window.board_actions.promotions_action.isVisible()
    QTest.keyClick(
        window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )
    assert window.board_actions.promotions is None
