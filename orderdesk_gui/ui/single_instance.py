"""One OrderDesk per user and machine: a local socket carries screen pops to the running window.

The phone system runs ``orderdesk call <number>``; that process only sends one
JSON line to the running program (a Unix socket on Linux and macOS, a named
pipe on Windows) and exits, so two windows never both answer a call.
"""

from __future__ import annotations

import json
import os
import socket
import sys
import zlib


def _key() -> str:
    who = os.environ.get("USER") or os.environ.get("USERNAME") or os.environ.get("LOGNAME")
    if not who:
        import getpass

        try:
            who = getpass.getuser()
        except Exception:  # no user name in this environment
            who = "user"
    return f"{who}|{os.environ.get('ORDERDESK_HOME', '')}"


def server_name() -> str:
    """Unique per OS user and ``ORDERDESK_HOME`` (a portable install or a test has its own)."""
    data = _key().encode()
    return f"orderdesk-{zlib.crc32(data):08x}{zlib.adler32(data) & 0xFFFF:04x}"


def server_address() -> str:
    """What QLocalServer listens on: a short socket path on POSIX, a pipe name on Windows."""
    if sys.platform == "win32":
        return server_name()
    # QLocalServer takes this path as given; TMPDIR as Qt's QDir::tempPath() reads it.
    return os.path.join(os.environ.get("TMPDIR") or "/tmp", server_name() + ".sock")


def encode(message: dict[str, str]) -> bytes:
    """One JSON line (UTF-8, values as text): the whole message the running window reads."""
    return (json.dumps({str(k): str(v) for k, v in message.items()}, ensure_ascii=False) + "\n").encode()


def send(message: dict, timeout: float = 2.0) -> bytes | None:
    """Deliver a message to the running OrderDesk; its reply line, or None when none is running."""
    data = encode(message)
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
    return reply


def _send_pipe(data: bytes, timeout: float) -> bytes | None:
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
    return reply
