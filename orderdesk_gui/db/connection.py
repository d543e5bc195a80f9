"""Opening the database from one URL: SQLite (embedded) or PostgreSQL (shared), with clear errors."""

from __future__ import annotations

import logging
import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

from peewee import Database, InterfaceError, OperationalError, PostgresqlDatabase, SqliteDatabase
from peewee import DatabaseError as PeeweeDatabaseError
from playhouse.shortcuts import ReconnectMixin

from orderdesk_gui import secrets
from orderdesk_gui.db.models import db_proxy
from orderdesk_gui.errors import CodedError

log = logging.getLogger(__name__)

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": "full",  # an accepted order survives a power cut
    "foreign_keys": 1,
    "cache_size": -32000,  # 32 MB page cache
    "temp_store": "memory",
}
BUSY_TIMEOUT_S = 10
PG_CONNECT_TIMEOUT_S = 5


class DatabaseConfigError(CodedError):
    """The database URL or the database behind it cannot be used: a ``database.*`` code (never a password)."""


class ReconnectingPostgresqlDatabase(ReconnectMixin, PostgresqlDatabase):
    """Reconnects once when the server dropped the connection outside a transaction.

    Inside a transaction the error reaches the caller instead: its ``atomic()``
    block is rolled back by the server, so nothing is half-written, and the
    service reports the failure.
    """

    reconnect_errors = (
        (OperationalError, "server closed the connection"),
        (OperationalError, "terminating connection"),
        (OperationalError, "connection already closed"),
        (OperationalError, "could not receive data"),
        (InterfaceError, "connection already closed"),
    )


def connection_lost(error: BaseException) -> bool:
    """Whether ``error`` is the database connection going away under an operation (a server restart,
    the network, the backend terminated): the transaction was rolled back, so nothing of it was saved
    and it can be done again once the server answers."""
    if isinstance(error, InterfaceError):
        return True
    words = str(error).lower()
    return isinstance(error, OperationalError) and any(
        w in words
        for w in (
            "connection",
            "server closed",
            "terminating",
            "could not receive",
            "could not send",
            "ssl syscall",
            "no route to host",
        )
    )


def discard_lost_connection() -> None:
    """Forget this thread's connection after ``connection_lost``: the next query opens a new one (the
    reconnecting database only does that by itself outside a transaction)."""
    database = db_proxy.obj
    if database is None:
        return
    try:
        database.close()
    except Exception:  # noqa: BLE001 - a dead connection, or a transaction left on the stack
        database._state.reset()


@dataclass(frozen=True)
class DatabaseUrl:
    scheme: str  # "sqlite" or "postgresql"
    path: str = ""  # sqlite file, or ":memory:"
    host: str = ""
    port: int = 5432
    user: str = ""
    password: str = field(default="", repr=False)
    dbname: str = ""

    @property
    def is_sqlite(self) -> bool:
        return self.scheme == "sqlite"

    def display(self) -> str:
        """The URL without its password, for the status bar and logs."""
        if self.is_sqlite:
            return f"sqlite:///{self.path}"
        user = f"{self.user}@" if self.user else ""
        return f"postgresql://{user}{self.host}:{self.port}/{self.dbname}"


def parse_url(url: str) -> DatabaseUrl:
    """Parse a database URL; raise ``DatabaseConfigError`` with a readable reason."""
    text = (url or "").strip()
    if "://" not in text:
        raise DatabaseConfigError("database.url_malformed", url=redact(text))
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        raise DatabaseConfigError("database.url_malformed", url=redact(text)) from None
    scheme = parts.scheme.lower()
    if scheme == "sqlite":
        # As in SQLAlchemy and peewee: sqlite:///relative.db, sqlite:////absolute.db,
        # sqlite:///C:/folder/file.db on Windows, sqlite:///:memory:.
        if not text.lower().startswith("sqlite:///"):
            raise DatabaseConfigError("database.sqlite_url_malformed", url=redact(text))
        path = unquote(text[len("sqlite:///") :].split("?", 1)[0])
        if not path or path.endswith("/"):
            raise DatabaseConfigError("database.sqlite_url_no_file", url=text)
        return DatabaseUrl("sqlite", path=path)
    if scheme in ("postgresql", "postgres", "postgresql+psycopg2"):
        dbname = unquote(parts.path.lstrip("/"))
        if "@" in parts.path + parts.query + parts.fragment:
            # "@" after the host: a password holding "/", "?" or "#" not written as %2F, %3F, %23
            raise DatabaseConfigError("database.url_malformed", url=redact(text))
        if not parts.hostname or not dbname:
            raise DatabaseConfigError("database.postgresql_url_incomplete", url=redact(text))
        return DatabaseUrl(
            "postgresql",
            host=parts.hostname,
            port=port or 5432,
            user=unquote(parts.username or ""),
            password=unquote(parts.password or ""),
            dbname=dbname,
        )
    raise DatabaseConfigError("database.unsupported_type", type=scheme, url=redact(text))


# scheme://user:password@ - the password runs to the last "@" of the text, so one typed with
# "@", "/", ":" or "[" in it (not %-encoded) is hidden whole, whether the URL parses or not.
_USERINFO = re.compile(r"(?P<head>[A-Za-z][A-Za-z0-9+.\-]*://[^:/]*):.*@", re.DOTALL)


def redact(text: str) -> str:
    """Hide the password of any URL in ``text`` so it never reaches a log or a message.

    Works on any text, parsable or not, and never raises; it may hide more than the password
    (everything up to the last "@"), never less.
    """
    return _USERINFO.sub(r"\g<head>:***@", text)


def _sqlite_database(target: DatabaseUrl) -> SqliteDatabase:
    if target.path != ":memory:":
        path = Path(target.path).expanduser()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseConfigError(
                "database.folder_not_created", path=str(path), problem=exc.strerror or str(exc)
            ) from None
        if path.exists() and path.is_dir():
            raise DatabaseConfigError("database.path_is_folder", path=str(path))
        db_path = str(path)
    else:
        db_path = ":memory:"
    database = SqliteDatabase(
        db_path,
        pragmas=SQLITE_PRAGMAS,
        timeout=BUSY_TIMEOUT_S,
        lock_type="IMMEDIATE",  # writers take the lock at BEGIN: no deadlocked upgrades
        check_same_thread=False,
    )
    try:
        database.connect(reuse_if_open=True)
        # Prove it is writable now, not at the first order.
        database.execute_sql("PRAGMA user_version")
        with database.atomic():
            database.execute_sql("CREATE TABLE IF NOT EXISTS _orderdesk_probe (x INTEGER)")
            database.execute_sql("DROP TABLE _orderdesk_probe")
    except (PeeweeDatabaseError, sqlite3.Error) as exc:
        database.close()
        raise DatabaseConfigError("database.sqlite_unwritable", path=db_path, problem=str(exc)) from None
    return database


def _postgres_database(target: DatabaseUrl) -> PostgresqlDatabase:
    # The password: the URL's, else the credential store's (settings.json's URL keeps none), else
    # none given at all, so that libpq reads $PGPASSWORD or the .pgpass file ($PGPASSFILE).
    password = target.password or secrets.get_secret(
        secrets.database_key(target.user, target.host, target.port, target.dbname)
    )
    options = {"password": password} if password else {}
    database = ReconnectingPostgresqlDatabase(
        target.dbname,
        host=target.host,
        port=target.port,
        user=target.user or None,
        connect_timeout=PG_CONNECT_TIMEOUT_S,
        application_name="OrderDesk",
        **options,
    )
    try:
        database.connect(reuse_if_open=True)
    except Exception as exc:  # psycopg2.OperationalError and friends
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        if password:
            first = first.replace(password, "***")
        raise DatabaseConfigError(
            "database.postgresql_unreachable",
            server=f"{target.host}:{target.port}",
            database=target.dbname,
            problem=first,
        ) from None
    return database


def connect(url: str) -> Database:
    """Open the database named by ``url`` and bind the models' proxy to it."""
    target = parse_url(url)
    database = _sqlite_database(target) if target.is_sqlite else _postgres_database(target)
    db_proxy.initialize(database)
    log.info("database opened: %s", target.display())
    return database


def open_database(url: str, *, upgrade: bool = True) -> Database:
    """Connect, then bring the schema up to date (or refuse a newer one)."""
    from orderdesk_gui.db import schema

    database = connect(url)
    try:
        if upgrade:
            schema.upgrade(database)
        else:
            schema.check(database)
    except Exception:
        database.close()
        raise
    return database
