"""Each client's ordering rhythm (D16): how often and how much they order, kept per client and
refreshed on every completed order, so the sleeping-client worklist is one query."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal

from peewee import PostgresqlDatabase, fn

from orderdesk_gui import clock
from orderdesk_gui.db import models as m
from orderdesk_gui.db.bulk import BulkWriter
from orderdesk_gui.domain import sleeping as rules
from orderdesk_gui.domain.states import NOT_PLACED

Progress = Callable[[float], None]


def to_date(value) -> dt.date | None:
    """A date as the driver returns it (a string on SQLite, a date or datetime on PostgreSQL)."""
    if value is None or isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    return dt.date.fromisoformat(str(value)[:10])


def money_of(units) -> Decimal:
    """Money from stored tiyn."""
    return (Decimal(int(units or 0)) / 100).quantize(Decimal("0.01"))


def _rhythm_row(client_id: int, days: list[dt.date], count: int, total_units: int, now: dt.datetime) -> tuple:
    interval = rules.usual_interval(days, min_orders=2) if len(days) >= 2 else None
    avg = int(round(total_units / count)) if count else 0
    return (client_id, count, days[0] if days else None, days[-1] if days else None, interval, avg, now)


RHYTHM_COLUMNS = (
    "client",
    "orders",
    "first_order_on",
    "last_order_on",
    "usual_interval_days",
    "avg_order_amount",
    "updated_at",
)


def rhythm_row(
    client_id: int, order_days: Sequence[dt.date], amounts_units: Sequence[int], now: dt.datetime
) -> tuple:
    """A storage-ready ``ClientRhythm`` row (money in tiyn) from a client's accepted orders;
    ``order_days`` one date per order. Used by the demo generator and the rebuild."""
    days = sorted(set(order_days))
    return _rhythm_row(client_id, days, len(amounts_units), sum(amounts_units), now)


def refresh_rhythm(client_id: int, accepting: tuple[dt.datetime, Decimal] | None = None) -> None:
    """Recompute one client's rhythm from their accepted orders (called on every completed order);
    ``accepting``: (created, total) of the order being accepted in this transaction, not written yet."""
    rows = list(
        m.Order.select(m.Order.created_at, m.Order.total_amount)
        .where((m.Order.client == client_id) & m.Order.status.not_in(NOT_PLACED))
        .tuples()
    )
    if accepting is not None:
        rows.append(accepting)
    days, amounts = [], []
    for created, total in rows:
        days.append(created.date())
        amounts.append(m.Order.total_amount.to_units(total))
    now = clock.now_utc()
    row = dict(zip(RHYTHM_COLUMNS, rhythm_row(client_id, days, amounts, now), strict=True))
    if not amounts:
        m.ClientRhythm.delete().where(m.ClientRhythm.client == client_id).execute()
        return
    values = dict(
        orders=row["orders"],
        first_order_on=row["first_order_on"],
        last_order_on=row["last_order_on"],
        usual_interval_days=row["usual_interval_days"],
        avg_order_amount=money_of(row["avg_order_amount"]),
        updated_at=now,
    )
    # one statement (an upsert), no savepoint: a round trip on a shared server, on every completed order
    m.ClientRhythm.insert(client=client_id, **values).on_conflict(
        conflict_target=[m.ClientRhythm.client], update=values
    ).execute()


def rhythm_needs_rebuild() -> bool:
    """True when there are accepted orders but no rhythm rows (a database upgraded to schema 0005)."""
    if m.ClientRhythm.select().exists():
        return False
    return m.Order.select().where(m.Order.status.not_in(NOT_PLACED)).exists()


def rebuild_rhythms(progress: Progress | None = None) -> int:
    """Recompute every client's rhythm in one ordered pass over the orders; returns the clients."""
    database = m.db_proxy.obj
    pg = isinstance(database, PostgresqlDatabase)
    day_expr = "CAST(created_at AS DATE)" if pg else "substr(created_at, 1, 10)"
    total = m.Order.select(fn.COUNT(m.Order.id)).scalar() or 1
    sql = (
        f'SELECT client_id, {day_expr}, total_amount FROM "order" '
        f"WHERE status NOT IN ('draft', 'cancelled') ORDER BY client_id, created_at"
    )
    now = clock.now_utc()
    count = 0
    with m.db_proxy.atomic():
        m.ClientRhythm.delete().execute()
        writer = BulkWriter(database, m.ClientRhythm, RHYTHM_COLUMNS, batch=10000)
        cursor = database.cursor()
        cursor.execute(sql)
        current, days, n, amount, seen = None, [], 0, 0, 0
        while True:
            chunk = cursor.fetchmany(50000)
            if not chunk:
                break
            for cid, day, units in chunk:
                if cid != current:
                    if current is not None:
                        writer.add(_rhythm_row(current, days, n, amount, now))
                        count += 1
                    current, days, n, amount = cid, [], 0, 0
                d = day if pg else dt.date.fromisoformat(day)
                if not days or days[-1] != d:
                    days.append(d)
                n += 1
                amount += units or 0
            seen += len(chunk)
            if progress is not None:
                progress(min(0.99, seen / total))
        if current is not None:
            writer.add(_rhythm_row(current, days, n, amount, now))
            count += 1
        writer.flush()
    if progress is not None:
        progress(1.0)
    return count
