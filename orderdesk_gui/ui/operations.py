"""The one way the UI runs an operator's action (compare Anki's ``aqt/operations``).

``ops.run(owner, job, success=..., failure=...)``: ``job`` (one service function) runs on the
database worker; when its window (``owner``) is gone by the time the answer comes, the answer is
dropped; an error becomes a message in the operator's language (``ui/messages``), shown by the
window's status bar unless the caller handles it; a result carrying ``changes`` (services return
``domain.changes.Changes``) is announced once on the hub's ``changed`` signal, and each panel
decides whether to reload.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject

from orderdesk_gui.domain.changes import Changes
from orderdesk_gui.ui import messages
from orderdesk_gui.ui.hub import Hub
from orderdesk_gui.ui.worker import DbWorker

Success = Callable[[Any], None]
Failure = Callable[[BaseException], None]


class Operations:
    """Runs operations for one signed-in window: its worker and its hub."""

    def __init__(self, worker: DbWorker, hub: Hub) -> None:
        self.worker, self.hub = worker, hub

    def run(
        self,
        owner: QObject,
        job: Callable[[], Any],
        success: Success | None = None,
        failure: Failure | None = None,
        changes: Changes | None = None,
    ) -> int:
        """Queue ``job``; ``success(result)`` / ``failure(error)`` run on the UI thread while ``owner``
        lives. ``changes`` is announced when the result does not say itself what changed."""

        def done(result: Any) -> None:
            if not shiboken6.isValid(owner):
                return
            changed = getattr(result, "changes", None)
            if not isinstance(changed, Changes):
                changed = changes
            if success is not None:
                success(result)
            if changed:
                self.hub.announce(changed)

        def failed(error: BaseException) -> None:
            if not shiboken6.isValid(owner):
                return
            if failure is not None:
                failure(error)
            else:
                self.hub.message.emit(messages.text(error))

        return self.worker.submit(job, done, failed)
