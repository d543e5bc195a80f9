"""The single-instance channel: what ``orderdesk call`` writes is what the running window reads."""

from __future__ import annotations

import json

import pytest
from PySide6.QtNetwork import QLocalSocket

from orderdesk_gui.ui import single_instance
from orderdesk_gui.ui.instance_server import InstanceServer


@pytest.fixture
def server(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("ORDERDESK_HOME", str(tmp_path))  # a channel of its own
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    srv = InstanceServer()
    assert srv.listen()
    yield srv
    srv.close()


def test_encode_is_one_json_line_whatever_the_text():
    text = 'Кафе "Жұлдыз"\\\n\t\x00 end'
    line = single_instance.encode({"cmd": "call", "number": text, "n": 7})
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    assert json.loads(line) == {"cmd": "call", "number": text, "n": "7"}


def test_two_messages_in_one_write_and_a_split_one_all_arrive(qtbot, server):
    got = []
    server.message.connect(got.append)
    sock = QLocalSocket()
    sock.connectToServer(single_instance.server_address())
    assert sock.waitForConnected(3000)
    first = single_instance.encode({"cmd": "call", "number": "+77011234567"})
    second = single_instance.encode({"cmd": "call", "number": "+77017654321"})
    third = single_instance.encode({"cmd": "call", "number": "+77020000000"})
    sock.write(first + second + b"not json\n" + third[:10])
    sock.flush()
    qtbot.wait_until(lambda: len(got) == 2, timeout=5000)
    sock.write(third[10:])
    sock.flush()
    qtbot.wait_until(lambda: len(got) == 3, timeout=5000)
    assert [g["number"] for g in got] == ["+77011234567", "+77017654321", "+77020000000"]
    replies = b""

    def read_replies() -> bool:
        nonlocal replies
        replies += bytes(sock.readAll().data())
        return replies.count(b"\n") >= 4

    qtbot.wait_until(read_replies, timeout=5000)
    assert replies.splitlines() == [
        b'{"ok": true}',
        b'{"ok": true}',
        b'{"ok": false, "error": "bad message"}',
        b'{"ok": true}',
    ]
    sock.disconnectFromServer()
