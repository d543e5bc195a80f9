"""How fresh the debts are, in words: "Debts as of 08:15 today", amber when older than the setting, and
"never brought in" on a database no receivables import has reached (the card and the debt gate)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from orderdesk_gui import clock
from orderdesk_gui.domain.debt import Freshness
from orderdesk_gui.ui import formatting as fmt

AMBER_STYLE = (
    "QLabel { background: #fff8e1; color: #8a5a00; border: 1px solid #8a5a00; border-radius: 3px;"
    " padding: 2px 4px; font-weight: bold; }"
)
FRESH_STYLE = "QLabel { color: palette(placeholder-text); }"


class FreshnessWords(QObject):
    """The sentences (a QObject for ``tr``: the hours take their plural form in each language)."""

    def as_of(self, as_of_utc: dt.datetime) -> str:
        """ "Debts as of 08:15 today" / "as of yesterday 17:40" / "as of 2 Dec 16:05", in local time."""
        local = clock.to_local(as_of_utc)
        today = clock.now_local().date()
        time = local.strftime("%H:%M")
        if local.date() == today:
            return self.tr("Debts as of %1 today").replace("%1", time)
        if local.date() == today - dt.timedelta(days=1):
            return self.tr("Debts as of yesterday %1").replace("%1", time)
        day = fmt.day_month(local.date(), year=local.year != today.year)
        return self.tr("Debts as of %1").replace("%1", f"{day} {time}")

    def words(self, fresh: Freshness) -> str:
        if fresh.as_of is None:
            return "⚠ " + self.tr(
                "Debts never brought in from accounting: check with finance before refusing or passing"
            )
        text = self.as_of(fresh.as_of)
        if not fresh.stale:
            return text
        old = self.tr(
            "%1: more than %n hours old — check with finance before refusing or passing",
            "",
            fresh.stale_hours,
        )
        return "⚠ " + old.replace("%1", text)


def as_of_words(as_of_utc: dt.datetime) -> str:
    return FreshnessWords().as_of(as_of_utc)


def words(fresh: Freshness) -> str:
    """The whole sentence for the card and the gate."""
    return FreshnessWords().words(fresh)


def show(label: QLabel, fresh: Freshness | None) -> None:
    """``fresh`` on ``label``: quiet when fresh, amber and in words when old or never; hidden when not
    known (no client on screen)."""
    label.setVisible(fresh is not None)
    if fresh is None:
        label.clear()
        return
    label.setText(words(fresh))
    label.setStyleSheet(AMBER_STYLE if fresh.stale else FRESH_STYLE)
    label.setProperty("stale", fresh.stale)
