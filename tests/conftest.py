"""Shared fixtures: isolated settings home, SQLite and real PostgreSQL databases, a demo database."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

PG_ADMIN_URL = os.environ.get("ORDERDESK_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")
DEMO_AS_OF = dt.date(2026, 11, 20)  # a Friday: fixed, so demo facts are repeatable


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path, monkeypatch):
    """Settings and the default data folder live in the test's own folder."""
    home = tmp_path / "home"
    monkeypatch.setenv("ORDERDESK_HOME", str(home))
    monkeypatch.delenv("ORDERDESK_DB", raising=False)
    monkeypatch.delenv("ORDERDESK_PASSWORD", raising=False)
    yield home
    from orderdesk_gui.db.models import db_proxy

    if db_proxy.obj is not None and not db_proxy.is_closed():
        db_proxy.close()


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    return "sqlite:///" + (tmp_path / "orderdesk.db").as_posix()


def _pg_parts():
    from orderdesk_gui.db.connection import parse_url

    return parse_url(PG_ADMIN_URL)


def _pg_admin():
    import psycopg2

    target = _pg_parts()
    conn = psycopg2.connect(
        dbname=target.dbname,
        host=target.host,
        port=target.port,
        user=target.user or None,
        password=target.password or None,
        connect_timeout=5,
    )
    conn.autocommit = True
    return conn


@pytest.fixture
def pg_url():
    """A fresh, empty database on the real PostgreSQL server, dropped afterwards."""
    try:
        admin = _pg_admin()
    except Exception as exc:  # the suite must not pass silently without PostgreSQL
        if os.environ.get("ORDERDESK_SKIP_PG"):
            pytest.skip(f"PostgreSQL not reachable: {exc}")
        pytest.fail(
            f"PostgreSQL at {PG_ADMIN_URL} does not answer ({exc}); start it, or set "
            "ORDERDESK_SKIP_PG=1 to skip the shared-database tests."
        )
    name = f"orderdesk_t_{uuid.uuid4().hex[:12]}"
    with admin.cursor() as cur:
        cur.execute(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0")
    target = _pg_parts()
    user = f"{target.user}@" if target.user else ""
    try:
        yield f"postgresql://{user}{target.host}:{target.port}/{name}"
    finally:
        from orderdesk_gui.db.models import db_proxy

        if db_proxy.obj is not None and not db_proxy.is_closed():
            db_proxy.close()
        with admin.cursor() as cur:
            cur.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


@pytest.fixture(params=["sqlite", "postgres"])
def any_url(request, tmp_path):
    """Each test using it runs on SQLite and on the real PostgreSQL."""
    if request.param == "sqlite":
        return "sqlite:///" + (tmp_path / "any.db").as_posix()
    return request.getfixturevalue("pg_url")


@pytest.fixture
def db(sqlite_url):
    from orderdesk_gui.db.connection import open_database

    database = open_database(sqlite_url)
    yield database
    database.close()


DEMO_SIZE = dict(clients=300, products=400, months=13, seed=7)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    """One small demo database per test session; tests get copies."""
    from orderdesk_gui.db.models import db_proxy
    from orderdesk_gui.services.demo import DemoOptions, build_demo_database

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    build_demo_database("sqlite:///" + path.as_posix(), DemoOptions(as_of=DEMO_AS_OF, **DEMO_SIZE))
    if db_proxy.obj is not None and not db_proxy.is_closed():
        db_proxy.close()
    return path


@pytest.fixture
def demo_url(demo_template, tmp_path) -> str:
    target = tmp_path / "demo.db"
    shutil.copyfile(demo_template, target)
    return "sqlite:///" + target.as_posix()


@pytest.fixture
def demo_db(demo_url):
    from orderdesk_gui.db.connection import open_database

    database = open_database(demo_url)
    yield database
    database.close()


def red_client():
    """An active demo client with more than 10,000 unpaid past its due date (the gate stops it)."""
    from orderdesk_gui.db import models as m

    row = (
        m.Receivable.select(m.Receivable.client)
        .join(m.Client)
        .where(
            (m.Receivable.paid == False)  # noqa: E712
            & (m.Receivable.due_date < DEMO_AS_OF)
            & (m.Receivable.amount - m.Receivable.paid_amount > 10000)
            & (m.Client.status == "active")
        )
        .first()
    )
    return m.Client.get_by_id(row.client_id)
