"""Finding callers at 1366x768 in each language: four digits of a number list the clients with that
number and each one's debt level as a shape and a word; an unknown caller's number is on screen.

``ORDERDESK_SHOTS=shots pytest tests/test_gui_search_find.py`` saves the screens to look at.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from orderdesk_gui.db import models as m
from tests.conftest import red_client
from tests.gui_helpers import shot


def desk_at_1366(open_desk):
    window = open_desk().window
    window.resize(1366, 768)
    window.show()
    return window


@pytest.mark.parametrize("lang", ["en", "ru", "kk"], indirect=True)
def test_four_digits_list_the_callers_with_their_debt(qtbot, open_desk, lang):
    window = desk_at_1366(open_desk)
    client = red_client()
    number = m.Phone.get((m.Phone.client == client.id) & (m.Phone.kind == "mobile")).e164
    part = number[-4:]
    window.ui.searchEdit.setFocus()
    QTest.keyClicks(window.ui.searchEdit, part)
    model = window.search.model
    qtbot.wait_until(lambda: any(h.id == client.id for h in model.rows()), timeout=10000)
    assert window.card_stack.currentWidget() is window.search.view
    for row, hit in enumerate(model.rows()):
        assert part in hit.matched_phone.replace(" ", ""), hit
        assert hit.debt in ("green", "amber", "red")
        mark = model.index(row, 1).data()
        shape = {"green": "●", "amber": "▲", "red": "✖"}[hit.debt]
        assert mark.startswith(shape + " ") and len(mark) > 3, mark  # the shape and a word
    shot(window, f"search_four_digits_{lang}")


@pytest.mark.parametrize("lang", ["en", "ru", "kk"], indirect=True)
def test_an_unknown_callers_number_is_where_the_operator_looks(qtbot, open_desk, lang):
    from orderdesk_gui.ui.client_dialog import ClientDialog

    window = desk_at_1366(open_desk)
    window.caller.screen_pop("8 (702) 999-88-77")
    qtbot.wait_until(lambda: "702\u00a0999\u00a08877" in window.card.ui.nameLabel.text(), timeout=10000)
    assert window.card_stack.currentWidget() is window.card_scroll and window.card.ui.nameLabel.isVisible()
    assert "Ctrl+N" in window.card.ui.subtitleLabel.text()
    qtbot.wait(300)  # the card's header laid out again for the new text
    label = window.card.ui.nameLabel
    assert label.fontMetrics().horizontalAdvance("+7\u00a0702\u00a0999\u00a08877") < label.width()  # whole
    shot(window, f"unknown_caller_{lang}")
    window.activateWindow()
    qtbot.wait_until(window.isActiveWindow, timeout=5000)
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait_until(lambda: any(w.isVisible() for w in window.findChildren(ClientDialog)), timeout=10000)
    dialog = next(w for w in window.findChildren(ClientDialog) if w.isVisible())
    qtbot.wait_until(lambda: dialog.ui.buttons.isEnabled(), timeout=10000)
    assert dialog.ui.contactsTable.isVisible() and dialog.ui.contactsTable.rowCount() == 1
    shot(dialog, f"new_client_{lang}")
    dialog.reject()
