"""The installed Qt binding keeps Python's reference counts: PySide6 6.12.0 did not, and aborted on exit."""

from __future__ import annotations

import sys

import pytest


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None, True and False are immortal from Python 3.12")
def test_void_calls_and_signals_keep_the_count_of_none_and_bools(qapp):
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QListWidget

    class Emitter(QObject):
        changed = Signal(bool)

    widget, emitter = QListWidget(), Emitter()
    seen: list[bool] = []
    emitter.changed.connect(seen.append)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(200):
        widget.update()
        emitter.changed.emit(True)
    seen.clear()
    # A leak of one reference per call would show as -200; allow the interpreter's own noise.
    assert abs(sys.getrefcount(None) - none_before) < 20, "this PySide6 loses references to None"
    assert abs(sys.getrefcount(True) - true_before) < 20, "this PySide6 loses references to True"
