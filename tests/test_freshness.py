"""How fresh the debts are, in words, on the client card and in the debt gate: fresh, old (amber, in
words) and never brought in, in English, Russian and Kazakh, on a clock stopped at a known moment."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from orderdesk_gui import clock
from orderdesk_gui.db import models as m
from orderdesk_gui.domain.debt import Document, freshness
from tests.conftest import TEST_ZONE, red_client
from tests.gui_helpers import press, shot

NOW = dt.datetime(2026, 12, 4, 10, 0, tzinfo=TEST_ZONE)  # a Friday morning in Almaty


def utc(day: int, hour: int, minute: int) -> dt.datetime:
    """A local moment of December 2026 as the naive UTC the database stores."""
    return dt.datetime(2026, 12, day, hour, minute, tzinfo=TEST_ZONE).astimezone(dt.UTC).replace(tzinfo=None)


@pytest.fixture
def stopped():
    previous = clock.use(clock.Clock(TEST_ZONE, start=NOW))
    yield
    clock.use(previous)


def test_old_or_never_is_stale_fresh_is_not():
    now = utc(4, 10, 0)
    assert not freshness(utc(4, 8, 15), now, 24).stale
    assert not freshness(utc(3, 10, 1), now, 24).stale
    assert freshness(utc(3, 9, 59), now, 24).stale
    assert freshness(utc(4, 8, 15), now, 1).stale
    never = freshness(None, now, 24)
    assert never.stale and never.never


WORDS = {
    "en": {
        "today": "Debts as of 08:15 today",
        "yesterday": "Debts as of yesterday 17:40",
        "date": "Debts as of 2 Dec 16:05",
        "stale": "⚠ Debts as of 2 Dec 16:05: more than 24 hours old — check with finance before refusing or "
        "passing",
        "never": "⚠ Debts never brought in from accounting: check with finance before refusing or passing",
    },
    "ru": {
        "today": "Долги по состоянию на сегодня 08:15",
        "yesterday": "Долги по состоянию на вчера 17:40",
        "date": "Долги по состоянию на 2 дек. 16:05",
        "stale": "⚠ Долги по состоянию на 2 дек. 16:05: старше 24 часов — уточните в финансовом отделе, "
        "прежде чем отказать или пропустить",
        "never": "⚠ Долги из бухгалтерии ни разу не загружались: уточните в финансовом отделе, прежде чем "
        "отказать или пропустить",
    },
    "kk": {
        "today": "Қарыздар бүгін сағат 08:15 жағдайы бойынша",
        "yesterday": "Қарыздар кеше сағат 17:40 жағдайы бойынша",
        "date": "Қарыздар 2 жел. 16:05 жағдайы бойынша",
        "stale": "⚠ Қарыздар 2 жел. 16:05 жағдайы бойынша: 24 сағаттан ескі — бас тартпас немесе өткізбес "
        "бұрын қаржы бөлімінен нақтылаңыз",
        "never": "⚠ Қарыздар бухгалтериядан әлі бір рет те жүктелмеген: бас тартпас немесе өткізбес бұрын "
        "қаржы бөлімінен нақтылаңыз",
    },
}


@pytest.mark.parametrize("lang", ["en", "ru", "kk"], indirect=True)
def test_the_words_in_each_language(lang, stopped):
    from orderdesk_gui.ui import freshness as words

    now = clock.now_utc()
    said = WORDS[lang]
    assert words.words(freshness(utc(4, 8, 15), now, 24)) == said["today"]
    assert words.words(freshness(utc(3, 17, 40), now, 24)) == said["yesterday"]
    assert words.words(freshness(utc(2, 16, 5), now, 72)) == said["date"]
    assert words.words(freshness(utc(2, 16, 5), now, 24)) == said["stale"]
    assert words.words(freshness(None, now, 24)) == said["never"]
    last_year = words.words(freshness(dt.datetime(2025, 12, 30, 3, 0), now, 24))
    assert (
        "2025" in last_year and "08:00" in last_year
    )  # another year is named (Almaty: UTC+5 since March 2024)


@pytest.mark.parametrize("lang", ["en", "ru", "kk"], indirect=True)
def test_the_gate_says_how_old_the_debts_are(qtbot, lang, stopped):
    from orderdesk_gui.domain.debt import DebtRules, debt_status
    from orderdesk_gui.ui.gate_dialog import GateDialog

    status = debt_status(
        [Document("A-1", dt.date(2026, 10, 1), Decimal("50000"), Decimal(0), dt.date(2026, 11, 1))],
        Decimal("100000"),
        dt.date(2026, 12, 4),
        DebtRules(),
    )
    for fresh, stale in (
        (freshness(utc(4, 8, 15), clock.now_utc(), 24), False),
        (freshness(utc(2, 16, 5), clock.now_utc(), 24), True),
        (freshness(None, clock.now_utc(), 24), True),
    ):
        gate = GateDialog("finance", "ТОО «Арман»", status, lambda *a: None, debts_freshness=fresh)
        qtbot.addWidget(gate)
        gate.resize(600, 480)
        gate.show()
        label = gate.ui.debtsAsOfLabel
        assert label.isVisible() and label.property("stale") is stale
        assert ("8a5a00" in label.styleSheet()) is stale  # amber only when old
        shot(gate, f"{lang}_gate_freshness_{'stale' if stale else 'fresh'}")
        gate.close()


@pytest.mark.dated
def test_the_card_and_the_gate_follow_the_setting(qtbot, open_desk):
    """The demo's debts are as of its build (fresh); an import that brings them in again reloads the
    card; older than exchange.debts_stale_hours, the card and the gate say so in amber."""
    from orderdesk_gui import config
    from orderdesk_gui.domain.changes import Changes

    settings = config.Settings()
    settings.set(config.DEBTS_STALE_HOURS, 2)
    window = open_desk(settings=settings).window
    window.resize(1366, 768)
    client = red_client()
    window.caller.open_client(client.id)
    qtbot.wait_until(lambda: window.card.card is not None and window.card.card.id == client.id, timeout=10000)
    label = window.card.ui.debtsAsOfLabel
    local = clock.to_local(clock.now_utc()).strftime("%H:%M")
    assert label.text().startswith("Debts as of ") and label.text().endswith(" today"), label.text()
    assert label.property("stale") is False and label.text()[len("Debts as of ") :][:5] <= local

    three_hours_ago = (clock.now_utc() - dt.timedelta(hours=3)).replace(tzinfo=dt.UTC).isoformat()
    m.AppSetting.update(value=three_hours_ago).where(m.AppSetting.key == "exchange.debts_as_of").execute()
    window.hub.announce(Changes(clients=True))  # what an import announces
    qtbot.wait_until(lambda: label.property("stale") is True, timeout=10000)
    assert "more than 2 hours old" in label.text()

    m.AppSetting.delete().where(m.AppSetting.key == "exchange.debts_as_of").execute()
    window.hub.announce(Changes(clients=True))
    qtbot.wait_until(lambda: "never brought in" in label.text(), timeout=10000)
    shot(window, "en_card_debts_never")
    press(window, Qt.Key.Key_F4)
    qtbot.wait_until(lambda: window.gate_dialog is not None and window.gate_dialog.isVisible(), timeout=10000)
    gate_label = window.gate_dialog.ui.debtsAsOfLabel
    assert gate_label.isVisible() and "never brought in" in gate_label.text()
    shot(window.gate_dialog, "en_gate_debts_never")
    window.gate_dialog.reject()
