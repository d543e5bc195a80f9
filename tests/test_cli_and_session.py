"""The command line, the first start with --demo, sign-out, and a dropped PostgreSQL connection."""

from __future__ import annotations

import subprocess
import sys

import pytest

from orderdesk_gui import config
from orderdesk_gui.cli import build_parser, main
from orderdesk_gui.db import connection
from orderdesk_gui.db import models as m


def test_help_explains_every_option_and_subcommand(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    text = capsys.readouterr().out
    for word in ("--db", "--demo", "--user", "--lang", "demo", "migrate", "user"):
        assert word in text
    for sub in ("demo", "migrate"):
        with pytest.raises(SystemExit):
            main([sub, "--help"])
        sub_text = capsys.readouterr().out
        assert "--db" in sub_text
    parser = build_parser()
    demo_help = parser._subparsers._group_actions[0].choices["demo"].format_help()
    for option in ("--clients", "--products", "--months", "--seed", "--as-of", "--replace"):
        assert option in demo_help


def test_python_dash_m_works():
    out = subprocess.run(
        [sys.executable, "-m", "orderdesk_gui", "--version"], capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0 and "OrderDesk" in out.stdout


def test_first_start_with_demo_builds_it_and_offers_sign_in(qtbot, _isolated_home):
    from orderdesk_gui.ui.app import OrderDeskApp

    url = config.demo_database_url()
    app = OrderDeskApp(config.Settings(), url, login_hint="operator", build_demo=True, interactive=False)
    with qtbot.wait_signal(app.opened, timeout=60000):
        app.start()
    try:
        assert (config.data_dir() / "demo.db").exists()
        assert not list(config.data_dir().glob("*.building*"))
        with qtbot.wait_signal(app.window_shown, timeout=15000):
            app.sign_in("operator", "demo")
        qtbot.addWidget(app.window)
        assert app.window.isVisible()
    finally:
        app.shutdown()


def test_sign_out_returns_to_the_sign_in_dialog(qtbot, demo_url):
    from orderdesk_gui.ui.app import OrderDeskApp

    app = OrderDeskApp(config.Settings(), demo_url, interactive=True)
    with qtbot.wait_signal(app.opened, timeout=15000):
        app.start()
    try:
        qtbot.addWidget(app.login_dialog)
        with qtbot.wait_signal(app.window_shown, timeout=15000):
            app.sign_in("finance", "demo")
        window = app.window
        window.ui.actionSignOut.trigger()
        assert app.window is None and app.user is None
        assert app.login_dialog.isVisible()
        assert app.login_dialog.ui.loginEdit.text() == "finance"
        app.login_dialog.close()
    finally:
        app.shutdown()


def test_dropped_postgresql_connection_is_reopened(pg_url):
    import psycopg2

    connection.open_database(pg_url)
    required = m.Department.select().count()  # the schema's own (migration 0008)
    m.Department.create(code="d1", name="Отдел")
    pid = m.db_proxy.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
    admin = psycopg2.connect(dbname="postgres", host="127.0.0.1", port=5432, user="postgres")
    admin.autocommit = True
    with admin.cursor() as cur:
        cur.execute("SELECT pg_terminate_backend(%s)", (pid,))
    admin.close()
    # the next query finds the connection gone, reconnects once, and succeeds
    assert m.Department.select().count() == required + 1
    new_pid = m.db_proxy.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
    assert new_pid != pid


def test_the_screen_pop_command_hands_the_number_over_without_loading_the_program():
    """``orderdesk call NUMBER`` runs for every ringing call: with OrderDesk running it only sends the
    number, before argparse, the clock, the database layer or Qt are imported."""
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from orderdesk_gui.ui import single_instance\n"
        "sent = []\n"
        "single_instance.send = lambda message: sent.append(message) or 1\n"
        "from orderdesk_gui import launch\n"
        "assert launch.main(['call', '+77011234567']) == 0\n"
        "assert sent == [{'cmd': 'call', 'number': '+77011234567'}], sent\n"
        "heavy = [m for m in ('PySide6', 'argparse', 'peewee', 'orderdesk_gui.cli', 'orderdesk_gui.clock')"
        " if m in sys.modules]\n"
        "print(heavy)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_a_start_without_a_database_named_opens_the_one_used_last(qtbot, open_desk, demo_url, monkeypatch):
    """The phone system's ``orderdesk call NUMBER`` when OrderDesk is not running starts it with no
    --db: it opens the database the desk used last (the demo's too), not an empty default one."""
    from orderdesk_gui import config

    monkeypatch.delenv(config.ENV_DB, raising=False)
    settings = config.Settings()
    assert config.resolve_database_url(None, settings) != demo_url
    open_desk(settings=settings)
    assert settings.get(config.LAST_DATABASE) == demo_url
    assert config.resolve_database_url(None, config.Settings()) == demo_url  # written to the file too
    assert config.resolve_database_url("sqlite:///other.db", settings) == "sqlite:///other.db"
