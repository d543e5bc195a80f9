"""One OrderDesk per user and machine: a local socket carries screen pops to the running window.

The phone system runs ``orderdesk call <number>``; that process only sends one
JSON line to the running program (a Unix socket on Linux and macOS, a named
pipe on Windows) and exits, so two windows never both answer a call.

The socket lives in a folder only this user can enter (``channel_dir``): a
socket at a known path in the shared temporary folder could be bound first by
another user, who would then be told every caller's number. On Windows the pipe
keeps its name; QLocalServer's ``UserAccessOption`` gives it an access list that
lets only this user connect (instance_server.py).
"""

from __future__ import annotations

import json
import logging
import os
import re
import socket
import stat
import sys
import zlib
from pathlib import Path

log = logging.getLogger(__name__)

# A socket path must fit sockaddr_un.sun_path: 108 bytes on Linux, 104 on macOS and the BSDs,
# its closing NUL included.
MAX_SOCKET_PATH = 100
# What the reader holds for one message, and how deep a message may nest (encode writes depth 1).
MAX_LINE = 64 * 1024
MAX_DEPTH = 8


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


def channel_dir() -> Path:
    """The folder of this user's socket (POSIX): ``$XDG_RUNTIME_DIR/orderdesk``, else ``run`` in
    the data folder; ``orderdesk-<uid>`` in the temporary folder ($TMPDIR, else /tmp) when the
    socket's path would be too long there. Server and client reach the same answer from the
    environment alone."""
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if os.path.isabs(runtime):
        folder = Path(runtime) / "orderdesk"
    else:
        from orderdesk_gui import config

        folder = config.data_dir() / "run"
    if _fits(folder):
        return folder
    temps = [temp for temp in (os.environ.get("TMPDIR"), "/tmp") if temp]
    per_uid = [Path(temp) / f"orderdesk-{os.geteuid()}" for temp in temps]
    return next((folder for folder in per_uid if _fits(folder)), per_uid[-1])


def _fits(folder: Path) -> bool:
    return len(os.fsencode(folder / (server_name() + ".sock"))) <= MAX_SOCKET_PATH


def private_dir(folder: Path, *, create: bool) -> bool:
    """True when ``folder`` is a real folder of this user that nobody else may enter (made with
    mode 0700 when ``create``). A folder someone else owns or can open is refused, never used."""
    if create:
        try:
            folder.mkdir(mode=0o700, parents=True)
        except FileExistsError:
            pass
        except OSError as exc:
            log.warning("single-instance channel off: cannot make %s: %s", folder, exc)
            return False
    try:
        info = os.lstat(folder)  # a symlink is refused, not followed
    except OSError:
        return False
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.geteuid() or info.st_mode & 0o077:
        if create:
            log.warning(
                "single-instance channel off: %s is not a private folder of this user (owner %s, mode %o)",
                folder,
                info.st_uid,
                stat.S_IMODE(info.st_mode),
            )
        return False
    return True


def server_address(*, create: bool = False) -> str | None:
    """What QLocalServer listens on: a pipe name on Windows; on POSIX the socket's path in this
    user's private folder (made when ``create``), None when that folder is missing or not private."""
    if sys.platform == "win32":
        return server_name()
    folder = channel_dir()
    if not private_dir(folder, create=create):
        return None
    return str(folder / (server_name() + ".sock"))


def _own_socket(path: str) -> bool:
    """The socket file is there and this user's: a client never talks to a socket someone else made."""
    try:
        info = os.lstat(path)
    except OSError:
        return False
    return stat.S_ISSOCK(info.st_mode) and info.st_uid == os.geteuid()


def encode(message: dict[str, str]) -> bytes:
    """One JSON line (UTF-8, values as text): the whole message the running window reads."""
    return (json.dumps({str(k): str(v) for k, v in message.items()}, ensure_ascii=False) + "\n").encode()


_JSON_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')


def _nesting(text: str) -> int:
    """How deep the brackets of a JSON text go, strings aside: measured before parsing, so a deep
    text is refused without the parser recursing into it."""
    depth = deepest = 0
    for bracket in re.findall(r"[\[\]{}]", _JSON_STRING.sub('""', text)):
        depth += 1 if bracket in "[{" else -1
        deepest = max(deepest, depth)
    return deepest


def decode(line: bytes) -> dict[str, str] | None:
    """A message as ``encode`` writes it (a JSON object of texts); None for anything else."""
    try:
        text = line.decode()
        if _nesting(text) > MAX_DEPTH:
            return None
        message = json.loads(text)
    except (ValueError, RecursionError):
        return None
    if not isinstance(message, dict) or not all(isinstance(v, str) for v in message.values()):
        return None
    return message


def send(message: dict, timeout: float = 2.0) -> bytes | None:
    """Deliver a message to the running OrderDesk; its reply line, or None when none is running."""
    data = encode(message)
    if sys.platform == "win32":
        return _send_pipe(data, timeout)
    address = server_address()
    if address is None or not _own_socket(address):
        return None
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(timeout)
            sock.connect(address)
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
    sock.connectToServer(server_name())
    if not sock.waitForConnected(int(timeout * 1000)):
        return None
    sock.write(data)
    sock.waitForBytesWritten(int(timeout * 1000))
    sock.waitForReadyRead(int(timeout * 1000))
    reply = bytes(sock.readAll().data())
    sock.disconnectFromServer()
    return reply
