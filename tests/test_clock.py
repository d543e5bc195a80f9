"""The one clock: nothing else reads the system's date, time zones convert in one place, --as-of works."""

from __future__ import annotations

import ast
import datetime as dt
import subprocess
import sys
import zoneinfo
from pathlib import Path

import pytest

from orderdesk_gui import clock, config
from orderdesk_gui.clock import Clock, ClockError

PACKAGE = Path(__file__).resolve().parent.parent / "orderdesk_gui"
ALMATY = zoneinfo.ZoneInfo("Asia/Almaty")
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")

# Calls that read the system's clock or the machine's zone. Only clock.py may make them.
FORBIDDEN_CALLS = {
    ("date", "today"),
    ("datetime", "today"),
    ("datetime", "now"),
    ("datetime", "utcnow"),
    ("datetime", "fromtimestamp"),
    ("datetime", "utcfromtimestamp"),
    ("time", "time"),
    ("time", "time_ns"),
    ("time", "localtime"),
    ("time", "gmtime"),
    ("time", "ctime"),
    ("time", "strftime"),
    ("QDate", "currentDate"),
    ("QDateTime", "currentDateTime"),
    ("QDateTime", "currentDateTimeUtc"),
    ("QDateTime", "currentSecsSinceEpoch"),
    ("QDateTime", "currentMSecsSinceEpoch"),
    ("QTime", "currentTime"),
}


def _offences(tree: ast.AST) -> list[str]:
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Attribute):
            owner = func.value
            owner_name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
            if (owner_name, func.attr) in FORBIDDEN_CALLS:
                found.append(f"{owner_name}.{func.attr}() at line {node.lineno}")
            # .astimezone() without a zone converts to the machine's zone, not the office's
            if func.attr == "astimezone" and not node.args and not node.keywords:
                found.append(f".astimezone() without a zone at line {node.lineno}")
            if func.attr == "formatdate" and any(k.arg == "localtime" for k in node.keywords):
                found.append(f"formatdate(localtime=...) at line {node.lineno}")
        elif isinstance(func, ast.Name) and func.id == "formatdate":
            if any(k.arg == "localtime" for k in node.keywords) or not node.args:
                found.append(f"formatdate() at line {node.lineno}")
    return found


def _modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name != "clock.py" and "forms" not in path.relative_to(PACKAGE).parts[:2]:
            yield path


@pytest.mark.parametrize("path", list(_modules()), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_business_date_comes_from_anywhere_but_the_clock(path):
    assert _offences(ast.parse(path.read_text(encoding="utf-8"))) == [], path


def test_the_scan_finds_every_way_of_asking_the_system():
    sample = """
import datetime as dt, time
from datetime import date, datetime
a = dt.date.today(); b = datetime.now(); c = time.time(); d = x.astimezone()
e = QDate.currentDate(); f = dt.datetime.utcnow(); g = formatdate(localtime=True)
ok = x.astimezone(tz); ok2 = time.monotonic(); ok3 = clock.today()
"""
    found = _offences(ast.parse(sample))
    assert len(found) == 7, found


def test_domain_stays_pure_it_is_handed_today():
    for path in (PACKAGE / "domain").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
                assert not any(n.startswith("orderdesk_gui.clock") for n in names), path
            if isinstance(node, ast.Import):
                assert not any(a.name.startswith("orderdesk_gui.clock") for a in node.names), path


def test_the_time_zone_conversions_live_in_the_clock():
    """UTC to local and back is written once: nowhere else replaces tzinfo with UTC to convert."""
    offenders = []
    for path in _modules():
        text = path.read_text(encoding="utf-8")
        for needle in (
            "replace(tzinfo=dt.UTC).astimezone",
            "replace(tzinfo=UTC).astimezone",
            "LOCAL_UTC_OFFSET",
        ):
            if needle in text:
                offenders.append(f"{path.name}: {needle}")
    assert offenders == []


# -- the clock itself ---------------------------------------------------------------------------


@pytest.mark.dated
def test_tests_run_on_the_demo_day_in_almaty(demo_day):
    assert clock.today() == demo_day
    assert clock.tz() == ALMATY
    now = clock.now_local()
    assert now.tzinfo == ALMATY and dt.time(10, 0) <= now.time() < dt.time(11, 0)
    assert clock.now_utc().tzinfo is None
    assert clock.now_utc() - now.astimezone(dt.UTC).replace(tzinfo=None) < dt.timedelta(minutes=5)


def test_a_started_clock_runs_on_and_can_be_moved():
    start = dt.datetime(2026, 11, 20, 23, 59, 59, tzinfo=ALMATY)
    c = Clock(ALMATY, start=start)
    first = c.now()
    assert first >= start and c.today() == dt.date(2026, 11, 20)
    assert c.now() >= first  # it runs on
    c.advance(dt.timedelta(seconds=2))
    assert c.today() == dt.date(2026, 11, 21)  # past midnight in Almaty
    c.move_to(dt.datetime(2027, 1, 1, 8, 0))  # a naive time is the office's wall clock
    assert c.now_local().replace(tzinfo=None, microsecond=0) == dt.datetime(2027, 1, 1, 8, 0)
    assert c.moved and not Clock(ALMATY).moved


def test_conversions_use_the_office_zone_with_summer_time():
    berlin = Clock(BERLIN)
    # 29 March 2026: summer time starts in Berlin. Local midnight to midnight is 23 hours.
    start, end = berlin.day_bounds(dt.date(2026, 3, 29))
    assert start == dt.datetime(2026, 3, 28, 23, 0) and end == dt.datetime(2026, 3, 29, 22, 0)
    assert berlin.to_local(dt.datetime(2026, 3, 29, 8, 0)).hour == 10  # CEST
    assert berlin.to_local(dt.datetime(2026, 3, 28, 8, 0)).hour == 9  # CET
    assert berlin.to_utc(dt.datetime(2026, 7, 1, 12, 0)) == dt.datetime(2026, 7, 1, 10, 0)
    aware = dt.datetime(2026, 7, 1, 12, 0, tzinfo=ALMATY)
    assert berlin.to_utc(aware) == dt.datetime(2026, 7, 1, 7, 0)  # aware moments keep their zone
    almaty = Clock(ALMATY)
    assert almaty.day_bounds(dt.date(2026, 11, 18), dt.date(2026, 11, 20)) == (
        dt.datetime(2026, 11, 17, 19, 0),
        dt.datetime(2026, 11, 20, 19, 0),
    )


def test_configure_reads_the_option_the_environment_and_the_setting(monkeypatch):
    previous = clock.current()
    try:
        monkeypatch.delenv(clock.ENV_AS_OF, raising=False)
        monkeypatch.delenv(clock.ENV_TIMEZONE, raising=False)
        c = clock.configure("2025-02-03", "Europe/Berlin")
        assert clock.current() is c and c.today() == dt.date(2025, 2, 3) and c.tz == BERLIN
        c = clock.configure(None, "Asia/Almaty", saved_as_of="2025-05-06T09:30")
        assert c.now_local().replace(second=0, microsecond=0, tzinfo=None) == dt.datetime(2025, 5, 6, 9, 30)
        monkeypatch.setenv(clock.ENV_AS_OF, "2024-12-31")
        monkeypatch.setenv(clock.ENV_TIMEZONE, "Asia/Almaty")
        assert clock.configure(None, "Europe/Berlin", saved_as_of="2025-05-06").today() == dt.date(
            2024, 12, 31
        )
        assert clock.current().tz == ALMATY  # the environment wins over the setting
        assert clock.configure("2030-01-02").today() == dt.date(2030, 1, 2)  # the option wins over both
        monkeypatch.delenv(clock.ENV_AS_OF)
        monkeypatch.delenv(clock.ENV_TIMEZONE)
        assert not clock.configure().moved  # nothing given: the system's time
        with pytest.raises(ClockError, match="clock.unreadable_day"):
            clock.configure("20.11.2026")
        with pytest.raises(ClockError, match="clock.unknown_zone"):
            clock.configure(None, "Mars/Olympus")
    finally:
        clock.use(previous)


def test_the_machine_zone_is_a_named_zone():
    z = clock.machine_zone()
    assert z is None or isinstance(z, dt.tzinfo)
    assert isinstance(Clock(z).now_local().tzinfo, dt.tzinfo)


def test_the_command_line_runs_on_the_day_it_is_given(tmp_path, monkeypatch):
    """``orderdesk --as-of`` moves the whole program, the demo it builds included; a bad day is a message."""
    monkeypatch.delenv(clock.ENV_AS_OF)
    url = "sqlite:///" + (tmp_path / "d.db").as_posix()
    out = subprocess.run(
        [sys.executable, "-m", "orderdesk_gui", "--as-of", "2025-06-13", "demo", "--db", url]
        + ["--clients", "30", "--products", "40", "--months", "2"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    from orderdesk_gui.db import connection
    from orderdesk_gui.db import models as m

    database = connection.open_database(url)
    try:
        last_order = m.Order.select().order_by(m.Order.created_at.desc()).first()
        assert clock.to_local(last_order.created_at).date() <= dt.date(2025, 6, 13)
        assert clock.to_local(last_order.created_at).date() >= dt.date(2025, 6, 1)
    finally:
        database.close()
    bad = subprocess.run(
        [sys.executable, "-m", "orderdesk_gui", "--as-of", "13.06.2025", "migrate", "--status", "--db", url],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert bad.returncode == 1 and "YYYY-MM-DD" in bad.stderr and "Traceback" not in bad.stderr


def test_the_settings_name_the_day_and_the_zone():
    assert config.OPTIONS["clock.as_of"].default == ""
    assert config.OPTIONS["office.timezone"].default == ""
