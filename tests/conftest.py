"""Shared fixtures: the test clock, isolated settings home, SQLite and real PostgreSQL databases, demo data.

The clock. Every test runs on the program's clock (``orderdesk_gui.clock``) started at
``demo_day`` 10:00 in Almaty (UTC+5, so a UTC/local mix-up shows), never on the machine's date.
Child processes get the same day and zone through ``$ORDERDESK_AS_OF`` and ``$ORDERDESK_TIMEZONE``.
A test marked ``@pytest.mark.dated`` runs twice: on ``DEMO_AS_OF`` and 52 weeks later, with the
demo database built for that day, so a date written into a test or the program shows at once.
Such a test takes its dates from ``clock.today()`` or the ``demo_day`` fixture, never a constant.

The credential store. No test touches the machine's keyring: each test gets an empty in-memory
store (the ``credential_store`` fixture), and child processes get keyring's "fail" backend (no
store: passwords would stay in settings.json).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import uuid
import zoneinfo
from pathlib import Path

# Windows open offscreen on the common office screen, 1366x768 (Qt's offscreen platform alone is 800x800).
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    _screen = Path(__file__).with_name("offscreen_office_screen.json")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen}"
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"  # child processes: no store

import pytest  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402
from keyring.errors import PasswordDeleteError  # noqa: E402

PG_ADMIN_URL = os.environ.get("ORDERDESK_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")
DEMO_AS_OF = dt.date(2026, 11, 20)  # a Friday: fixed, so demo facts are repeatable
LATER_AS_OF = DEMO_AS_OF + dt.timedelta(weeks=52)  # the second run of dated tests (also a Friday)
TEST_ZONE_NAME = "Asia/Almaty"
TEST_ZONE = zoneinfo.ZoneInfo(TEST_ZONE_NAME)
TEST_TIME = dt.time(10, 0)  # the office's local time the test clock starts at


def pytest_generate_tests(metafunc):
    """``@pytest.mark.dated`` tests run on the demo's day and again 52 weeks later."""
    if metafunc.definition.get_closest_marker("dated") and "demo_day" in metafunc.fixturenames:
        metafunc.parametrize("demo_day", [DEMO_AS_OF, LATER_AS_OF], indirect=True, ids=["day", "year-later"])


@pytest.fixture
def demo_day(request) -> dt.date:
    """The day the test clock starts on (and the demo database is built for)."""
    return getattr(request, "param", DEMO_AS_OF)


def start_moment(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, TEST_TIME, tzinfo=TEST_ZONE)


@pytest.fixture(autouse=True)
def test_clock(demo_day, monkeypatch):
    """The program's clock for this test: ``demo_day`` 10:00 in Almaty, running on from there."""
    from orderdesk_gui import clock

    moment = start_moment(demo_day)
    testing = clock.Clock(TEST_ZONE, start=moment)
    previous = clock.use(testing)
    monkeypatch.setenv(clock.ENV_AS_OF, moment.replace(tzinfo=None).isoformat(timespec="minutes"))
    monkeypatch.setenv(clock.ENV_TIMEZONE, TEST_ZONE_NAME)
    yield testing
    clock.use(previous)


class MemoryKeyring(KeyringBackend):
    """A credential store in a dict, for the tests."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture(autouse=True)
def _default_rights():
    """Each test starts with the rights matrix of ``domain.roles.PERMISSIONS`` in this process (a test
    that stored changes leaves none behind for the next)."""
    from orderdesk_gui.domain import roles

    roles.use_changes({})
    yield
    roles.use_changes({})


@pytest.fixture(autouse=True)
def credential_store(monkeypatch) -> MemoryKeyring:
    """An empty in-memory credential store for this test (``keyring.set_keyring``)."""
    import keyring

    from orderdesk_gui import secrets

    store = MemoryKeyring()
    keyring.set_keyring(store)
    monkeypatch.setattr(secrets, "_warned", False)
    return store


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
def _demo_templates(tmp_path_factory):
    """Small demo databases, one per day asked for in this test session; tests get copies."""
    built: dict[dt.date, Path] = {}

    def template(day: dt.date) -> Path:
        if day not in built:
            from orderdesk_gui import clock
            from orderdesk_gui.db.models import db_proxy
            from orderdesk_gui.demo import DemoOptions, build_demo_database

            path = tmp_path_factory.mktemp("demo") / f"demo-{day.isoformat()}.db"
            moment = start_moment(day)
            previous = clock.use(clock.Clock(TEST_ZONE, start=moment))
            try:
                now = moment.astimezone(dt.UTC).replace(tzinfo=None)
                build_demo_database(
                    "sqlite:///" + path.as_posix(), DemoOptions(as_of=day, now=now, **DEMO_SIZE)
                )
            finally:
                clock.use(previous)
            if db_proxy.obj is not None and not db_proxy.is_closed():
                db_proxy.close()
            built[day] = path
        return built[day]

    return template


@pytest.fixture
def demo_template(_demo_templates, demo_day) -> Path:
    """The demo database built for the test's day (DEMO_SIZE, seed 7)."""
    return _demo_templates(demo_day)


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


def signed_in(row):
    """A user row as a signed-in actor without typing a password: a test shortcut for tests that
    make their own users (sign-in itself, with the password, is tested in tests/test_auth.py)."""
    from orderdesk_gui.db.queries import user_info
    from orderdesk_gui.services import auth

    return auth._signed_in(user_info(row))


def red_client():
    """An active demo client with more than 10,000 unpaid past its due date (the gate stops it)."""
    from orderdesk_gui import clock
    from orderdesk_gui.db import models as m

    row = (
        m.Receivable.select(m.Receivable.client)
        .join(m.Client)
        .where(
            (m.Receivable.paid == False)  # noqa: E712
            & (m.Receivable.due_date < clock.today())
            & (m.Receivable.amount - m.Receivable.paid_amount > 10000)
            & (m.Client.status == "active")
        )
        .first()
    )
    return m.Client.get_by_id(row.client_id)


@pytest.fixture
def open_desk(qtbot, demo_url):
    """Start OrderDesk on the demo database (or ``url``) and sign ``login`` in, as a desk starts.

    ``open_desk()`` is the operator's signed-in desk; ``login=None`` stops at the sign-in step;
    ``settings``, ``url``, ``listen`` (the screen-pop channel) and OrderDeskApp's own options
    (``single_instance``, ``pending_call``, ``interactive`` ...) pass through. Every desk opened
    is shut down after the test.
    """
    from orderdesk_gui import config
    from orderdesk_gui.ui.app import OrderDeskApp

    opened = []

    def open_(login: str | None = "operator", *, settings=None, url=None, listen=False, **options):
        options.setdefault("interactive", False)
        app = OrderDeskApp(
            settings if settings is not None else config.Settings(), url or demo_url, **options
        )
        opened.append(app)
        if listen:
            assert app.listen()
        with qtbot.wait_signal(app.opened, timeout=15000):
            app.start()
        if login is not None:
            with qtbot.wait_signal(app.window_shown, timeout=15000):
                app.sign_in(login, "demo")
            qtbot.addWidget(app.window)
        return app

    yield open_
    for app in reversed(opened):
        if app.login_dialog is not None:
            app.login_dialog.close()
        app.shutdown()


@pytest.fixture
def session(open_desk):
    """The operator signed in on a copy of the demo database."""
    return open_desk()


@pytest.fixture
def window(session):
    """The signed-in operator's main window."""
    return session.window


@pytest.fixture(params=["ru", "kk"])
def lang(request, qapp):
    """The interface in Russian or Kazakh (or a language asked for with ``indirect``) for one test, its
    translators removed afterwards."""
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

    from orderdesk_gui.ui.app import install_translators

    before_locale = QLocale()
    before = set(qapp.findChildren(QTranslator))
    assert install_translators(qapp, request.param) == request.param
    yield request.param
    for translator in set(qapp.findChildren(QTranslator)) - before:
        QCoreApplication.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(before_locale)
