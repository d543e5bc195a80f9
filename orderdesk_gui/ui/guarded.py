"""Work for the query worker on behalf of a window that may close before the answer comes back."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject


def submit(
    worker,
    owner: QObject,
    job: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
) -> int:
    """``worker.submit`` whose callbacks are dropped when ``owner`` is gone by the time the result comes
    back (a window closed or signed out while its query ran)."""

    def alive(fn):
        if fn is None:
            return None
        return lambda value: fn(value) if shiboken6.isValid(owner) else None

    return worker.submit(job, alive(on_done), alive(on_error))
