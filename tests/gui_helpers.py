"""Helpers for GUI tests: type any text (Cyrillic, Kazakh) as key events, as an operator would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget


def type_text(widget: QWidget, text: str) -> None:
    """``QTest.keyClicks`` aborts on non-ASCII in this Qt; send key events carrying the text."""
    for ch in text:
        if ch.isascii():
            QTest.keyClicks(widget, ch)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                widget,
                Qt.Key.Key_unknown,
                ch,
                Qt.KeyboardModifier.NoModifier,
            )


def press(widget: QWidget, key: Qt.Key) -> None:
    QTest.keyClick(widget, key)


def shot(widget: QWidget, name: str) -> None:
    """Save a picture of ``widget`` as ``NAME.png`` in ``$ORDERDESK_SHOTS`` when a person asked for
    screenshots to look at (``ORDERDESK_SHOTS=shots pytest ...``); otherwise nothing."""
    import os
    from pathlib import Path

    folder = os.environ.get("ORDERDESK_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        assert widget.grab().save(str(Path(folder) / f"{name}.png"))
