"""This desk's sign-in record (``services.desk_sessions``): opened at sign-in, renewed every half minute
on the worker while the window runs, closed at sign-out and when the program ends. A killed desk stops
renewing; the heads' board counts it gone after the lapse."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from orderdesk_gui.domain.entities import UserInfo
from orderdesk_gui.ui.worker import DbWorker

BEAT_S = 30  # services.desk_sessions.BEAT_S (not imported here: the window starts before the services load)

log = logging.getLogger(__name__)


class DeskSession(QObject):
    def __init__(self, worker: DbWorker, desk: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker, self.desk = worker, desk
        self.user: UserInfo | None = None
        self.session_id: int | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(BEAT_S * 1000)
        self.timer.timeout.connect(self._beat)

    def begin(self, user: UserInfo) -> None:
        from orderdesk_gui.services import desk_sessions

        self.user, self.session_id = user, None
        self.worker.submit(lambda: desk_sessions.begin(user, self.desk), self._begun, self._missed)
        self.timer.start()

    def _begun(self, session_id: int) -> None:
        self.session_id = session_id

    def _missed(self, error: BaseException) -> None:  # the board misses this desk; the desk works on
        log.warning("desk session not recorded: %s", type(error).__name__)

    def _beat(self) -> None:
        from orderdesk_gui.services import desk_sessions

        user, session_id = self.user, self.session_id
        if user is None:
            return
        if session_id is None:  # the server was away at sign-in: recorded now
            self.worker.submit(lambda: desk_sessions.begin(user, self.desk), self._begun, self._missed)
            return
        self.worker.submit(lambda: desk_sessions.beat(user, session_id), None, self._missed)

    def end(self, sign_out: bool) -> None:
        """The session ends (on the worker, after the jobs before it); ``sign_out``: and the user's
        sign-in with it, once the record is written."""
        from orderdesk_gui.services import desk_sessions

        self.timer.stop()
        user, session_id = self.user, self.session_id
        self.user = self.session_id = None
        if user is None:
            return

        if sign_out:
            job = lambda: desk_sessions.sign_out(user, session_id)  # noqa: E731
        elif session_id is not None:
            job = lambda: desk_sessions.end(user, session_id)  # noqa: E731
        else:
            return
        self.worker.submit(job, None, self._missed)
