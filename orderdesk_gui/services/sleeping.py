"""The sleeping-client worklist (D16): active clients overdue by their own rhythm plus a margin,
the most value lost first, and the outbound call to one of them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

from peewee import JOIN

from orderdesk_gui.db import models as m
from orderdesk_gui.db.followups import to_datetime
from orderdesk_gui.domain import sleeping as rules
from orderdesk_gui.domain.entities import UserInfo
from orderdesk_gui.domain.journal import SleepingClient
from orderdesk_gui.domain.states import ClientStatus
from orderdesk_gui.services.auth import actor
from orderdesk_gui.services.calls import open_outbound_call
from orderdesk_gui.services.rhythm import Progress, money_of, to_date

DEFAULT_POLICY = rules.SleepingPolicy()


def sleeping_worklist(
    today: dt.date, policy: rules.SleepingPolicy = DEFAULT_POLICY, progress: Progress | None = None
) -> list[SleepingClient]:
    """Active clients overdue by their own rhythm plus the margin, the most value lost first.

    Reads the kept rhythm (``ClientRhythm``) in one query; call ``rebuild_rhythms``
    first when ``rhythm_needs_rebuild()`` says so.
    """
    R, C = m.ClientRhythm, m.Client
    Manager = m.User.alias("mg")
    latest = today - dt.timedelta(days=policy.min_days)
    query = (
        R.select(
            R.client,
            C.code,
            C.name,
            C.city,
            m.ClientType.name,
            Manager.full_name,
            R.last_order_on,
            R.usual_interval_days,
            R.avg_order_amount,
        )
        .join(C, on=(R.client == C.id))
        .join(m.ClientType, on=(C.client_type == m.ClientType.id))
        .switch(C)
        .join(Manager, JOIN.LEFT_OUTER, on=(C.manager == Manager.id))
        .where(
            (C.status == ClientStatus.ACTIVE)
            & R.usual_interval_days.is_null(False)
            & (R.orders >= policy.min_orders)
            & (R.last_order_on < latest)
        )
    )
    rows = m.db_proxy.execute(query).fetchall()
    if progress is not None:
        progress(0.5)
    called: dict[int, tuple[dt.datetime, str]] = {}
    calls = m.Call.select(m.Call.client, m.Call.started_at, m.Call.outcome).where(
        (m.Call.source == "sleeping") & m.Call.client.is_null(False)
    )
    for cid, started, outcome in m.db_proxy.execute(calls).fetchall():
        started = to_datetime(started)
        if cid not in called or called[cid][0] < started:
            called[cid] = (started, outcome or "")
    out = []
    step = max(1, len(rows) // 10)
    for i, (cid, code, name, city, type_name, manager, last, interval, avg_units) in enumerate(rows):
        last = to_date(last)
        over = rules.overdue_days(last, interval, today, policy)
        if over is None:
            continue
        last_call = called.get(cid)
        out.append(
            SleepingClient(
                client_id=cid,
                code=code,
                name=name,
                city=city or "",
                type_name=type_name,
                manager_name=manager or "",
                last_order_on=last,
                usual_interval_days=interval,
                days_overdue=over,
                value_lost=rules.value_lost(money_of(avg_units), interval, last, today),
                last_called_at=last_call[0] if last_call else None,
                last_outcome=last_call[1] if last_call else "",
            )
        )
        if progress is not None and i % step == 0:
            progress(0.5 + 0.45 * i / max(1, len(rows)))
    out.sort(key=lambda s: (-s.value_lost, -s.days_overdue, s.client_id))
    if progress is not None:
        progress(1.0)
    return out


def fresh_worklist(today: dt.date, policy: rules.SleepingPolicy, progress: Progress | None = None):
    """The worklist, rebuilding every client's rhythm first when a database has none yet (one
    upgraded from before rhythms were kept); progress runs 0..1 over both steps."""
    from orderdesk_gui.services import rhythm

    def part(offset: float, scale: float) -> Progress | None:
        return None if progress is None else (lambda share: progress(offset + share * scale))

    if rhythm.rhythm_needs_rebuild():
        rhythm.rebuild_rhythms(part(0.0, 0.5))
        return sleeping_worklist(today, policy, part(0.5, 0.5))
    return sleeping_worklist(today, policy, progress)


def start_sleeping_call(user: UserInfo, client_id: int) -> int:
    """Call a sleeping client from the worklist: an outbound call with source "sleeping"."""
    actor(user)  # signed in: a made-up UserInfo is refused
    return open_outbound_call(user, "", client_id, "sleeping")


def policy_from(settings) -> rules.SleepingPolicy:
    """The sleeping-client policy from the settings (``sleeping.*``); bad values give the defaults."""
    from orderdesk_gui import config

    try:
        return rules.SleepingPolicy(
            margin=Decimal(str(settings.get(config.SLEEPING_MARGIN))),
            min_days=int(settings.get(config.SLEEPING_MIN_DAYS)),
            min_orders=int(settings.get(config.SLEEPING_MIN_ORDERS)),
            reactivation_days=int(settings.get(config.REACTIVATION_DAYS)),
        )
    except (TypeError, ValueError, InvalidOperation):
        return rules.SleepingPolicy()
