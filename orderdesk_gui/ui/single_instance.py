"""One OrderDesk per user and machine: a local socket carries screen pops to the running window.

The phone system runs ``orderdesk call <number>``; that process only sends one
JSON line to the running program (a Unix socket on Linux and macOS, a named
pipe on Windows) and exits, so two windows never both answer a call.
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import sys
import tempfile

from orderdesk_gui.paths import config_dir


def server_name() -> str:
    """Unique per OS user and settings folder (a portable install or a test has its own)."""
    who = os.environ.get("USER") or os.environ.get("USERNAME") or os.environ.get("LOGNAME")
    if not who:
        import getpass

        try:
            who = getpass.getuser()
        except Exception:  # no user name in this environment
            who = "user"
    key = f"{who}|{config_dir()}".encode()
    return "orderdesk-" + hashlib.sha1(key).hexdigest()[:12]


def server_address() -> str:
    """What QLocalServer listens on: a short socket path on POSIX, a pipe name on Windows."""
    if sys.platform == "win32":
        return server_name()
    return os.path.join(tempfile.gettempdir(), server_name() + ".sock")


def send(message: dict, timeout: float = 2.0) -> dict | None:
    """Deliver a message to the running OrderDesk; its reply, or None when none is running."""
    data = (json.dumps(message, ensure_ascii=False) + "\n").encode()
    if sys.platform == "win32":
        return _send_pipe(data, timeout)
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(timeout)
            sock.connect(server_address())
            sock.sendall(data)
            reply = b""
            while not reply.endswith(b"\n"):
                chunk = sock.recv(4096)
                if not chunk:
                    break
                reply += chunk
    except OSError:
        return None
    try:
        return json.loads(reply.decode() or "{}")
    except ValueError:
        return {}


def _send_pipe(data: bytes, timeout: float) -> dict | None:
    from PySide6.QtNetwork import QLocalSocket

    sock = QLocalSocket()
    sock.connectToServer(server_address())
    if not sock.waitForConnected(int(timeout * 1000)):
        return None
    sock.write(data)
    sock.waitForBytesWritten(int(timeout * 1000))
    sock.waitForReadyRead(int(timeout * 1000))
    reply = bytes(sock.readAll().data())
    sock.disconnectFromServer()
    try:
        return json.loads(reply.decode() or "{}")
    except ValueError:
        return {}
