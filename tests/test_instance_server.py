"""The single-instance channel: what ``orderdesk call`` writes is what the running window reads."""

from __future__ import annotations

import json
import os
import shutil
import socket
import stat
import sys
import tempfile
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalSocket

from orderdesk_gui.ui import instance_server, single_instance
from orderdesk_gui.ui.instance_server import InstanceServer

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="Windows uses a named pipe")


@pytest.fixture
def channel(tmp_path, monkeypatch):
    """A channel of its own: ORDERDESK_HOME names it; its socket folder is in the test's data
    folder, or in a short temporary folder of the test's own when that path is too long."""
    monkeypatch.setenv("ORDERDESK_HOME", str(tmp_path))
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    temp = tempfile.mkdtemp(prefix="od")
    monkeypatch.setenv("TMPDIR", temp)
    yield tmp_path
    shutil.rmtree(temp)


@pytest.fixture
def server(qtbot, channel):
    srv = InstanceServer()
    assert srv.listen()
    assert srv.is_listening()
    yield srv
    srv.close()


def connect(qtbot) -> QLocalSocket:
    sock = QLocalSocket()
    sock.connectToServer(single_instance.server_address())
    assert sock.waitForConnected(3000)
    return sock


def reply_of(qtbot, sock: QLocalSocket) -> bytes:
    """What the server answered before it closed the connection."""
    answer = b""

    def closed() -> bool:
        nonlocal answer
        answer += bytes(sock.readAll().data())
        return sock.state() == QLocalSocket.LocalSocketState.UnconnectedState

    qtbot.wait_until(closed, timeout=5000)
    return answer + bytes(sock.readAll().data())


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


# -- where the channel lives -------------------------------------------------------


@posix_only
def test_the_socket_is_in_a_folder_only_we_may_enter(server):
    address = Path(single_instance.server_address())
    folder = single_instance.channel_dir()
    assert address.parent == folder
    info = os.lstat(folder)
    assert stat.S_IMODE(info.st_mode) == 0o700
    assert info.st_uid == os.geteuid()
    assert stat.S_ISSOCK(os.lstat(address).st_mode)


@posix_only
def test_the_runtime_folder_is_used_when_the_session_has_one(channel, monkeypatch):
    runtime = tempfile.mkdtemp(prefix="od")  # short, whatever the test's folder is called
    try:
        os.chmod(runtime, 0o700)
        monkeypatch.setenv("XDG_RUNTIME_DIR", runtime)
        srv = InstanceServer()
        assert srv.listen() and srv.is_listening()
        assert single_instance.channel_dir() == Path(runtime) / "orderdesk"
        assert Path(single_instance.server_address()).parent == Path(runtime) / "orderdesk"
        srv.close()
    finally:
        shutil.rmtree(runtime)


@posix_only
def test_a_path_too_long_for_a_socket_falls_back_to_a_folder_per_user_in_temp(channel, monkeypatch):
    temp = Path(os.environ["TMPDIR"])
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(channel / ("x" * 120)))
    assert single_instance.channel_dir() == temp / f"orderdesk-{os.geteuid()}"
    srv = InstanceServer()
    assert srv.listen() and srv.is_listening()
    assert Path(single_instance.server_address()).parent == temp / f"orderdesk-{os.geteuid()}"
    assert stat.S_IMODE(os.lstat(single_instance.channel_dir()).st_mode) == 0o700
    srv.close()
    monkeypatch.setenv("TMPDIR", str(channel / ("y" * 120)))  # too long as well: the system's own
    folder = single_instance.channel_dir()
    assert folder.name == f"orderdesk-{os.geteuid()}" and single_instance._fits(folder)


def refused(caplog) -> None:
    """The program runs on without the channel: listen() says no other OrderDesk answers."""
    srv = InstanceServer()
    assert srv.listen()
    assert not srv.is_listening()
    assert single_instance.server_address() is None
    assert single_instance.send({"cmd": "call", "number": "+77011234567"}) is None
    assert "not a private folder" in caplog.text
    srv.close()


@posix_only
def test_a_folder_others_may_open_is_refused(channel, caplog):
    folder = single_instance.channel_dir()
    folder.mkdir(parents=True)
    os.chmod(folder, 0o777)
    refused(caplog)
    assert stat.S_IMODE(os.lstat(folder).st_mode) == 0o777  # left as found, never used


@posix_only
def test_a_folder_of_another_user_is_refused(channel, caplog, monkeypatch):
    folder = single_instance.channel_dir()
    folder.mkdir(mode=0o700, parents=True)
    me = os.geteuid()
    monkeypatch.setattr(os, "geteuid", lambda: me + 1)  # the folder is now somebody else's
    refused(caplog)


@posix_only
def test_a_symlink_in_place_of_the_folder_is_refused(channel, caplog, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(mode=0o700)
    folder = single_instance.channel_dir()
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.symlink_to(elsewhere)
    refused(caplog)


@posix_only
@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root to hand a file over")
def test_the_client_does_not_talk_to_a_socket_someone_else_owns(server):
    address = single_instance.server_address()
    os.chown(address, os.geteuid() + 4242, -1)
    try:
        assert single_instance.send({"cmd": "call", "number": "+77011234567"}) is None
    finally:
        os.chown(address, os.geteuid(), -1)


# -- who may talk, and how much ------------------------------------------------------


@pytest.mark.skipif(not hasattr(socket, "SO_PEERCRED"), reason="the system does not name the peer")
def test_peer_uid_names_the_user_at_the_other_end():
    ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
    with ours, theirs:
        assert instance_server.peer_uid(ours.fileno()) == os.geteuid()
        theirs.sendall(b"still open\n")  # the descriptor itself was left alone
        assert ours.recv(100) == b"still open\n"


def test_a_connection_from_another_user_is_dropped_unheard(qtbot, server, monkeypatch):
    got = []
    server.message.connect(got.append)
    monkeypatch.setattr(instance_server, "peer_uid", lambda descriptor: os.geteuid() + 1)
    sock = connect(qtbot)
    sock.write(single_instance.encode({"cmd": "call", "number": "+77011234567"}))
    sock.flush()
    assert reply_of(qtbot, sock) == b""
    qtbot.wait(100)
    assert got == []


def test_a_line_too_long_is_refused_and_the_next_caller_is_heard(qtbot, server):
    got = []
    server.message.connect(got.append)
    sock = connect(qtbot)
    sock.write(b"x" * (single_instance.MAX_LINE + 1))  # no newline: the reader would wait for ever
    sock.flush()
    assert reply_of(qtbot, sock) == b'{"ok": false, "error": "too long"}\n'
    assert server._buffers == {}  # nothing of it is kept
    assert got == []
    again = connect(qtbot)
    again.write(single_instance.encode({"cmd": "call", "number": "+77011234567"}))
    again.flush()
    qtbot.wait_until(lambda: len(got) == 1, timeout=5000)
    assert got == [{"cmd": "call", "number": "+77011234567"}]
    again.disconnectFromServer()


def test_deep_or_odd_json_is_refused_without_a_recursion_error(qtbot, server):
    got = []
    server.message.connect(got.append)
    deep = b"[" * 30000 + b"]" * 30000
    nested = b'{"a": ' * 9 + b'"x"' + b"}" * 9
    sock = connect(qtbot)
    for line in (deep, nested, b'["call"]', b'{"cmd": "call", "number": 7}'):
        sock.write(line + b"\n")
    sock.write(single_instance.encode({"cmd": "call", "number": "+77011234567"}))
    sock.flush()
    qtbot.wait_until(lambda: len(got) == 1, timeout=5000)
    answer = b""

    def answered() -> bool:
        nonlocal answer
        answer += bytes(sock.readAll().data())
        return answer.count(b"\n") >= 5

    qtbot.wait_until(answered, timeout=5000)
    assert answer.splitlines() == [b'{"ok": false, "error": "bad message"}'] * 4 + [b'{"ok": true}']
    assert got == [{"cmd": "call", "number": "+77011234567"}]
    sock.disconnectFromServer()


def test_decode_takes_only_what_encode_writes():
    message = {"cmd": "call", "number": 'a "[{" \\ ]]'}
    assert single_instance.decode(single_instance.encode(message)) == message
    assert single_instance.decode(b"{" * 100000) is None
    assert single_instance.decode(b'{"a": ' * 8 + b'"x"' + b"}" * 8) is None  # nested: not texts
    assert single_instance.decode(b"\xff\xfe") is None
