"""Command line of issue 5: filing a callback (the web site's hook), importing a CSV, listing the queue,
rebuilding the clients' rhythm; bad input gives a message and exit code 1, never a traceback."""

from __future__ import annotations

from orderdesk_gui.cli import main
from orderdesk_gui.db import models as m
from orderdesk_gui.db.connection import open_database


def test_callback_add_prints_the_id_and_files_the_request(sqlite_url, capsys):
    assert (
        main(
            [
                "callback",
                "add",
                "8 701 555 11 22",
                "--name",
                "Айгүл",
                "--when",
                "14:00-16:00",
                "--note",
                "с сайта",
                "--source",
                "web",
                "--db",
                sqlite_url,
            ]
        )
        == 0
    )
    out, err = capsys.readouterr()
    new_id = int(out.strip())
    database = open_database(sqlite_url)
    row = m.CallbackRequest.get_by_id(new_id)
    assert (row.e164, row.name, row.source, row.note) == ("+77015551122", "Айгүл", "web", "с сайта")
    assert row.window_end - row.window_start == __import__("datetime").timedelta(hours=2)
    database.close()
    assert main(["callback", "list", "--db", sqlite_url]) == 0
    assert "+77015551122" in capsys.readouterr().out


def test_callback_add_refuses_a_bad_phone_or_time_with_a_message(sqlite_url, capsys):
    assert main(["callback", "add", "12", "--db", sqlite_url]) == 1
    err = capsys.readouterr().err
    assert "not a phone number" in err and "Traceback" not in err
    assert main(["callback", "add", "+77015551122", "--when", "16:00-14:00", "--db", sqlite_url]) == 1
    assert "ends before" in capsys.readouterr().err
    database = open_database(sqlite_url)
    assert m.CallbackRequest.select().count() == 0
    database.close()


def test_callback_import_all_or_nothing(sqlite_url, tmp_path, capsys):
    bad = tmp_path / "bad.csv"
    bad.write_text("phone;name\n+77015551122;A\nxx;B\n", encoding="utf-8")
    assert main(["callback", "import", str(bad), "--db", sqlite_url]) == 1
    assert "line 3" in capsys.readouterr().out
    good = tmp_path / "good.csv"
    good.write_bytes("Телефон;Имя\n+77015551122;Арман\n87015551133;Сауле\n".encode("cp1251"))
    assert main(["callback", "import", str(good), "--db", sqlite_url]) == 0
    assert "Imported: 2" in capsys.readouterr().out


def test_rhythm_rebuild(demo_url, capsys):
    assert main(["rhythm", "rebuild", "--db", demo_url]) == 0
    assert "rhythm of" in capsys.readouterr().out
    database = open_database(demo_url)
    assert m.ClientRhythm.select().count() > 100
    database.close()


def test_callback_add_refuses_a_time_out_of_range_or_too_far_ahead(sqlite_url, capsys):
    for args, message in [
        (["--from", "0001-01-01T00:00+05:00"], "out of range"),
        (["--from", "9999-12-31T23:59-05:00"], "out of range"),
        (["--from", "+9999d"], "more than 366 days ahead"),
        (["--when", "01.01.2099 10:00-12:00"], "more than 366 days ahead"),
        (["--from", "14:00", "--to", "1a:00"], "Cannot read the time"),
    ]:
        assert main(["callback", "add", "+77015551122", *args, "--db", sqlite_url]) == 1, args
        err = capsys.readouterr().err
        assert message in err and "Traceback" not in err, (args, err)
    assert main(["callback", "add", "+77015551122", "--from", "+30d", "--db", sqlite_url]) == 0
    capsys.readouterr()
    database = open_database(sqlite_url)
    assert m.CallbackRequest.select().count() == 1
    database.close()
