"""This desk's hold on the draft it has open (``services.draft_holds``): renewed every ``RENEW_S`` on the
worker; a take-over by another desk, heard live (PostgreSQL) or at the next renewal or save, turns the
order read-only here, and the operator is told who took it."""

from __future__ import annotations

import logging
import uuid

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from orderdesk_gui.domain.changes import Changes
from orderdesk_gui.domain.entities import UserInfo
from orderdesk_gui.services import draft_holds
from orderdesk_gui.services.draft_holds import Holder, HoldKey
from orderdesk_gui.ui.hub import Hub
from orderdesk_gui.ui.worker import DbWorker

log = logging.getLogger(__name__)


class HoldKeeper(QObject):
    taken = Signal(object)  # Holder: another desk took the open draft over (read-only here now)
    freed = Signal()  # the desk that held the draft shown read-only here closed it

    def __init__(self, worker: DbWorker, hub: Hub, user: UserInfo, desk: str, parent: QObject) -> None:
        super().__init__(parent)
        self.worker, self.user, self.desk = worker, user, desk
        self.order_id: int | None = None
        self.key: HoldKey | None = None
        self.holder: Holder | None = None  # another desk holding the open draft: read-only here
        self._asking = False
        self.timer = QTimer(self)
        self.timer.setInterval(draft_holds.RENEW_S * 1000)
        self.timer.timeout.connect(self.renew)
        worker.destroyed.connect(self.timer.stop)  # the window is closing: nothing to renew with
        hub.changed.connect(self._heard)

    @property
    def read_only(self) -> bool:
        return self.holder is not None

    def key_for(self, order_id: int) -> HoldKey:
        """The key to open ``order_id`` with: the same one when it is open here already (taking over a
        draft shown read-only), a new one for another order."""
        if self.order_id is not None and self.order_id != order_id:
            self.closed(release=True)  # another order replaces the one held here: its hold ends now
        if self.order_id != order_id or self.key is None:
            self.order_id = order_id
            self.key = HoldKey(self.user.id, uuid.uuid4().hex, self.desk)
        return self.key

    def opened(self, order_id: int, holder: Holder | None) -> None:
        self.order_id, self.holder = order_id, holder
        self.timer.start()

    def closed(self, release: bool) -> None:
        """The draft left the screen; ``release``: it is still a draft, so its hold ends now."""
        order_id, key, mine = self.order_id, self.key, self.holder is None
        self.timer.stop()
        self.order_id, self.key, self.holder = None, None, None
        if release and mine and order_id is not None and key is not None:
            user = self.user
            self.worker.submit(lambda: draft_holds.release(user, order_id, key), lambda _r: None, self._quiet)

    def lost(self, holder: Holder) -> None:
        """A save or renewal found the draft held by another desk."""
        if self.holder is None and self.order_id is not None:
            self.holder = holder
            self.taken.emit(holder)

    def renew(self) -> None:
        if self.order_id is None or self.key is None or self._asking or not shiboken6.isValid(self.worker):
            return
        self._asking = True
        order_id, key, user = self.order_id, self.key, self.user
        if self.holder is None:
            self.worker.submit(lambda: draft_holds.renew(user, order_id, key), self._renewed, self._failed)
        else:
            self.worker.submit(lambda: draft_holds.holder_of(order_id, key), self._checked, self._failed)

    def _renewed(self, holder: Holder | None) -> None:
        self._asking = False
        if holder is not None:
            self.lost(holder)

    def _checked(self, holder: Holder | None) -> None:
        self._asking = False
        if self.holder is not None and holder is None:
            self.freed.emit()
        elif holder is not None:
            self.holder = holder

    def _failed(self, error: BaseException) -> None:
        self._asking = False
        self._quiet(error)

    @staticmethod
    def _quiet(error: BaseException) -> None:
        # a lost connection or a draft completed meanwhile: the next renewal or save says it in words
        log.info("draft hold not renewed now: %s", type(error).__name__)

    def _heard(self, changes: Changes) -> None:
        if changes.drafts and self.order_id is not None:
            self.renew()
