"""Schema version and upgrades through peewee's migration runner (``playhouse.migrations``).

The version of a database is the number of the newest migration applied to it.
Opening an older database applies the missing migrations in one transaction
each; opening a database written by a newer OrderDesk is refused with a clear
message rather than risking its data.
"""

from __future__ import annotations

import logging
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from peewee import Database, PostgresqlDatabase
from playhouse.migrations import Runner

from orderdesk_gui.errors import CodedError

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
HISTORY_TABLE = "schema_migration"
_PG_LOCK_KEY = 0x0D0E5C  # advisory lock: one desk upgrades a shared database at a time


class SchemaError(CodedError):
    """The database schema cannot be used by this program: a ``schema.*`` code and the versions."""


@dataclass(frozen=True)
class SchemaStatus:
    current: int  # newest migration applied (0: empty database)
    latest: int  # newest migration this program knows
    unknown: tuple[str, ...]  # applied migrations this program does not know
    missing: tuple[str, ...] = ()  # known ones below ``current`` never applied (numbers merged out of order)

    @property
    def too_new(self) -> bool:
        return bool(self.unknown) or self.current > self.latest

    @property
    def up_to_date(self) -> bool:
        return self.current == self.latest and not self.unknown and not self.missing


def runner(database: Database) -> Runner:
    return Runner(database, str(MIGRATIONS_DIR), table_name=HISTORY_TABLE)


def status(database: Database) -> SchemaStatus:
    rows = runner(database).status()
    known = [m for m in rows if m.path is not None]
    applied = [m for m in rows if m.applied]
    unknown = tuple(m.name for m in applied if m.path is None)
    current = max((m.idx for m in applied), default=0)  # rows of gone files carry their number too
    latest = max((m.idx for m in known), default=0)
    missing = tuple(m.name for m in known if not m.applied and m.idx < current)
    return SchemaStatus(current, latest, unknown, missing)


def _refuse_newer(st: SchemaStatus) -> None:
    if st.too_new:
        raise SchemaError("schema.too_new", version=st.current, latest=st.latest)


def check(database: Database) -> SchemaStatus:
    """Refuse a newer schema; report an older one without changing it."""
    st = status(database)
    _refuse_newer(st)
    return st


@contextmanager
def _upgrade_lock(database: Database):
    if isinstance(database, PostgresqlDatabase):
        database.execute_sql("SELECT pg_advisory_lock(%s)", (_PG_LOCK_KEY,))
        try:
            yield
        finally:
            database.execute_sql("SELECT pg_advisory_unlock(%s)", (_PG_LOCK_KEY,))
    else:
        yield


def upgrade(database: Database, target: int | None = None) -> list[str]:
    """Apply pending migrations (up to ``target``); return the names applied."""
    with _upgrade_lock(database):
        st = check(database)
        if st.up_to_date and target is None:
            return []
        run = runner(database)
        name = None
        if target is not None:
            names = [m.name for m in run.migrations() if m.idx == target]
            if not names:
                raise SchemaError("schema.no_such_version", version=target)
            name = names[0]
        applied = run.up(name)
        for item in applied:
            log.info("schema upgraded: %s", item)
        return applied
