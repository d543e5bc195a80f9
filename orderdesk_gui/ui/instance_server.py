"""The running program's end of the single-instance channel: QLocalServer emitting messages."""

from __future__ import annotations

import json
import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from orderdesk_gui.ui.single_instance import send, server_address

log = logging.getLogger(__name__)


class InstanceServer(QObject):
    message = Signal(dict)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Start listening; False when another OrderDesk already answers."""
        address = server_address()
        if self._server.listen(address):
            return True
        if send({"cmd": "ping"}, timeout=1.0) is not None:
            return False
        QLocalServer.removeServer(address)  # a stale socket of a killed process
        ok = self._server.listen(address)
        if not ok:
            log.warning("single-instance channel unavailable: %s", self._server.errorString())
        return ok

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            sock = self._server.nextPendingConnection()
            self._buffers[sock] = b""
            sock.readyRead.connect(lambda s=sock: self._read(s))
            sock.disconnected.connect(lambda s=sock: self._forget(s))

    def _forget(self, sock: QLocalSocket) -> None:
        self._buffers.pop(sock, None)
        sock.deleteLater()

    def _read(self, sock: QLocalSocket) -> None:
        """Each complete line is one message; a partial line waits for the rest."""
        buffer = self._buffers.get(sock, b"") + bytes(sock.readAll().data())
        *lines, self._buffers[sock] = buffer.split(b"\n")
        for raw in lines:
            if not raw.strip():
                continue
            try:
                message = json.loads(raw.decode())
            except ValueError:
                sock.write(b'{"ok": false, "error": "bad message"}\n')
                continue
            sock.write(b'{"ok": true}\n')
            sock.flush()
            if isinstance(message, dict) and message.get("cmd") != "ping":
                self.message.emit(message)
