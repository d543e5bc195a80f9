"""The exchange log: every import and export with accounting, its file, counts, rejects and who ran it
(issue 13), for administrators, heads of sales and finance."""

from __future__ import annotations

import datetime as dt

from orderdesk_gui import clock
from orderdesk_gui.db import queries
from orderdesk_gui.db.queries import ExchangeLine, ExchangeRunRow
from orderdesk_gui.domain.entities import UserInfo
from orderdesk_gui.domain.roles import Permission
from orderdesk_gui.domain.states import ExchangeStatus
from orderdesk_gui.services import auth

__all__ = ["ExchangeLine", "ExchangeRunRow", "runs", "may_read"]

DIRECTIONS = ("import", "export")
STATUSES = tuple(s.value for s in ExchangeStatus)


def may_read(user: UserInfo) -> auth.Actor:
    """The reader, when they may read the log: those who run the exchange (admin, finance) and those
    who read reports (heads of sales); ``PermissionDenied`` for anyone else."""
    try:
        return auth.require(user, Permission.EXCHANGE_DATA)
    except auth.PermissionDenied:
        return auth.require(user, Permission.VIEW_REPORTS)


def runs(
    user: UserInfo, first: dt.date, last: dt.date, direction: str = "", status: str = "", limit: int = 1000
) -> list[ExchangeRunRow]:
    """The imports and exports started on the local days ``first`` to ``last``, newest first."""
    may_read(user)
    if last < first:
        first, last = last, first
    start, end = clock.day_bounds(first, last)
    return queries.exchange_runs(start, end, direction, status, limit)
