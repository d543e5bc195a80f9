"""The running program's end of the single-instance channel: QLocalServer emitting messages."""

from __future__ import annotations

import logging
import os
import socket
import struct

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from orderdesk_gui.ui.single_instance import MAX_LINE, decode, send, server_address

log = logging.getLogger(__name__)

_OK = b'{"ok": true}\n'
_BAD = b'{"ok": false, "error": "bad message"}\n'
_TOO_LONG = b'{"ok": false, "error": "too long"}\n'


def peer_uid(descriptor: int) -> int | None:
    """The user id of the process at the other end of a Unix socket (Linux's SO_PEERCRED); None
    where the system does not say (macOS, Windows), which leaves the private folder as the guard."""
    if not hasattr(socket, "SO_PEERCRED") or descriptor < 0:
        return None
    with socket.fromfd(descriptor, socket.AF_UNIX, socket.SOCK_STREAM) as peer:  # a dup: Qt keeps its own
        credentials = peer.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
    _pid, uid, _gid = struct.unpack("3i", credentials)
    return uid


def _from_this_user(sock: QLocalSocket) -> bool:
    try:
        uid = peer_uid(int(sock.socketDescriptor()))
    except OSError:
        return False
    return uid is None or uid == os.geteuid()


class InstanceServer(QObject):
    message = Signal(dict)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        # Only this user may connect: on POSIX the socket file is made for the owner alone (inside
        # a private folder besides, single_instance.channel_dir); on Windows, where the pipe's name
        # is in a namespace every user shares, this option's access list on the pipe is the guard.
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Start listening; False only when another OrderDesk already answers. Without a private
        folder or a socket the program runs on without the channel (a warning is logged)."""
        address = server_address(create=True)
        if address is None:
            return True
        if self._server.listen(address):
            return True
        if send({"cmd": "ping"}, timeout=1.0) is not None:
            return False
        QLocalServer.removeServer(address)  # a stale socket of a killed process
        if not self._server.listen(address):
            log.warning("single-instance channel unavailable: %s", self._server.errorString())
        return True

    def is_listening(self) -> bool:
        return self._server.isListening()

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            sock = self._server.nextPendingConnection()
            if not _from_this_user(sock):
                log.warning("single-instance channel: dropped a connection from another user")
                sock.abort()
                sock.deleteLater()
                continue
            self._buffers[sock] = b""
            sock.readyRead.connect(lambda s=sock: self._read(s))
            sock.disconnected.connect(lambda s=sock: self._forget(s))

    def _forget(self, sock: QLocalSocket) -> None:
        self._buffers.pop(sock, None)
        sock.deleteLater()

    def _read(self, sock: QLocalSocket) -> None:
        """Each complete line is one message; a partial line waits for the rest, up to MAX_LINE
        bytes: a longer one is refused and the connection closed."""
        if sock not in self._buffers:
            return  # refused already
        buffer = self._buffers[sock] + bytes(sock.readAll().data())
        *lines, rest = buffer.split(b"\n")
        for raw in lines:
            if len(raw) > MAX_LINE:
                self._refuse(sock)
                return
            self._answer(sock, raw)
        if len(rest) > MAX_LINE:
            self._refuse(sock)
            return
        if sock in self._buffers:  # not gone while a message was handled
            self._buffers[sock] = rest

    def _answer(self, sock: QLocalSocket, raw: bytes) -> None:
        if not raw.strip():
            return
        message = decode(raw)
        sock.write(_BAD if message is None else _OK)
        sock.flush()
        if message is not None and message.get("cmd") != "ping":
            self.message.emit(message)

    def _refuse(self, sock: QLocalSocket) -> None:
        self._buffers.pop(sock, None)
        sock.write(_TOO_LONG)
        sock.flush()
        sock.disconnectFromServer()
