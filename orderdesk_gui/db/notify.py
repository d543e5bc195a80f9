"""Live updates between desks on one PostgreSQL (issue "a whole office"): a committed change is announced
with ``NOTIFY`` (sent inside the change's transaction, so it is delivered at commit and never for a change
rolled back), and each desk listens on one connection of its own, outside the query worker.

The payload is small JSON: what changed (the ``Changes`` flags) and which process sent it (a desk already
knows its own changes). SQLite has no NOTIFY: there the local change hub is the only source (one desk).
"""

from __future__ import annotations

import json
import logging
import os
import select
import time
import uuid
from dataclasses import fields

from peewee import PostgresqlDatabase

from orderdesk_gui.db import models as m
from orderdesk_gui.domain.changes import Changes

log = logging.getLogger(__name__)

CHANNEL = "orderdesk_changes"
SENDER = f"{os.getpid()}-{uuid.uuid4().hex[:8]}"  # this process: its own notifications are not news

# what each audited action changed, for the other desks' panels
ACTION_CHANGES: dict[str, Changes] = {
    "call_opened": Changes(calls=True, clients=True),
    "call_closed": Changes(calls=True, callbacks=True, tasks=True, clients=True),
    "call_consulted": Changes(calls=True),
    "call_transferred": Changes(calls=True),
    "callback_added": Changes(callbacks=True),
    "callback_cancelled": Changes(callbacks=True),
    "callback_updated": Changes(callbacks=True),
    "callbacks_imported": Changes(callbacks=True),
    "client_created": Changes(clients=True),
    "client_updated": Changes(clients=True),
    "manager_assigned": Changes(clients=True),
    "complaint_registered": Changes(complaints=True),
    "complaint_resolved": Changes(complaints=True),
    "complaint_taken": Changes(complaints=True),
    "order_accepted": Changes(orders=True, clients=True, calls=True),
    "order_cancelled": Changes(orders=True),
    "order_invoiced": Changes(orders=True, clients=True),
    "debt_override": Changes(orders=True),
    "draft_taken_over": Changes(drafts=True),
    "draft_released": Changes(drafts=True),
    "presence_changed": Changes(presence=True, callbacks=True, tasks=True, clients=True),
    "desk_signed_in": Changes(presence=True),
    "desk_signed_out": Changes(presence=True),
    "exchange_imported": Changes(clients=True, orders=True),
    "orders_exported": Changes(orders=True),
    "order_statuses_imported": Changes(clients=True, orders=True),
    "task_created": Changes(tasks=True),
    "task_closed": Changes(tasks=True),
    "promotion_saved": Changes(orders=True),  # prices and suggestions of open orders
    "settings_changed": Changes(settings=True),  # the office-wide settings: every desk reads them again
}


def _is_postgres() -> bool:
    return isinstance(m.db_proxy.obj, PostgresqlDatabase)


def announce(action: str) -> None:
    """Inside the transaction of an audited change: tell the other desks what it touched (PostgreSQL
    delivers it at commit; a rollback drops it). Nothing on SQLite."""
    changes = ACTION_CHANGES.get(action)
    if changes is None or not _is_postgres():
        return
    flags = [f.name for f in fields(changes) if getattr(changes, f.name)]
    payload = json.dumps({"from": SENDER, "changes": flags})
    m.db_proxy.execute_sql("SELECT pg_notify(%s, %s)", (CHANNEL, payload))


def changes_of(payload: str) -> Changes | None:
    """The changes a notification announces, None for this process's own or an unreadable one."""
    try:
        data = json.loads(payload)
        if data.get("from") == SENDER:
            return None
        names = {f.name for f in fields(Changes)}
        return Changes(**{name: True for name in data.get("changes", []) if name in names})
    except (ValueError, TypeError, AttributeError):
        return None


class Listener:
    """One desk's listening connection (its own, autocommit, never the query worker's). ``wait`` blocks
    up to ``timeout`` seconds and returns the changes other desks announced; a lost connection is opened
    again on the next wait."""

    def __init__(self, connect_kwargs: dict) -> None:
        self.connect_kwargs = connect_kwargs
        self.connection = None
        self.up = True  # the last wait reached the server

    def _open(self):
        import psycopg2

        connection = psycopg2.connect(**self.connect_kwargs)
        connection.autocommit = True
        with connection.cursor() as cursor:
            cursor.execute(f"LISTEN {CHANNEL}")
        self.connection = connection
        return connection

    def wait(self, timeout: float) -> list[Changes]:
        import psycopg2

        try:
            connection = self.connection or self._open()
            if not connection.notifies:
                ready, _w, _x = select.select([connection], [], [], timeout)
                if ready:
                    connection.poll()
            found = []
            while connection.notifies:
                changes = changes_of(connection.notifies.pop(0).payload)
                if changes:
                    found.append(changes)
            self.up = True
            return found
        except (psycopg2.Error, OSError, ValueError) as exc:
            if self.up:
                log.info("live updates paused: %s", type(exc).__name__)
            self.up = False
            self.close()
            time.sleep(timeout)  # a server that refuses at once is asked again after a pause, not in a spin
            return []

    def close(self) -> None:
        if self.connection is not None:
            try:
                self.connection.close()
            except Exception:  # noqa: BLE001 - closing a dead connection
                pass
            self.connection = None


def listener_for(database) -> Listener | None:
    """A listener on the same server and database as ``database`` (PostgreSQL), else None."""
    if not isinstance(database, PostgresqlDatabase):
        return None
    params = dict(database.connect_params)
    params["dbname"] = database.database
    params["application_name"] = "OrderDesk live"
    return Listener(params)
