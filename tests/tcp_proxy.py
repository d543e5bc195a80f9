"""A local TCP proxy the tests control, between a desk and the real PostgreSQL: ``cut()`` drops every
connection through it and refuses new ones (a cable pulled, a router restarted), ``restore()`` lets them
through again. The machine's shared server is never stopped."""

from __future__ import annotations

import socket
import threading


class TcpProxy:
    def __init__(self, target_host: str = "127.0.0.1", target_port: int = 5432) -> None:
        self.target = (target_host, target_port)
        self.port = 0
        self._lock = threading.Lock()
        self._pairs: list[tuple[socket.socket, socket.socket]] = []
        self._server: socket.socket | None = None
        self._closed = False
        self.cuts = 0
        self.restore()

    # -- control ------------------------------------------------------------------------------
    def restore(self) -> None:
        """Accept connections again (on the same port)."""
        with self._lock:
            if self._server is not None:
                return
            server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            server.bind(("127.0.0.1", self.port))
            server.listen(64)
            self.port = server.getsockname()[1]
            self._server = server
        threading.Thread(target=self._accept, args=(server,), daemon=True, name="proxy-accept").start()

    def cut(self) -> None:
        """Every connection through the proxy is dropped at once, and new ones are refused."""
        with self._lock:
            server, self._server = self._server, None
            pairs, self._pairs = self._pairs, []
            self.cuts += 1
        if server is not None:
            _close(server)
        for a, b in pairs:
            _close(a)
            _close(b)

    def close(self) -> None:
        self._closed = True
        self.cut()

    def url(self, database: str, user: str = "postgres") -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}"

    @property
    def connections(self) -> int:
        with self._lock:
            return len(self._pairs)

    # -- the pumps ----------------------------------------------------------------------------
    def _accept(self, server: socket.socket) -> None:
        while True:
            try:
                client, _addr = server.accept()
            except OSError:
                return  # cut: this listening socket is gone
            try:
                upstream = socket.create_connection(self.target, timeout=5)
                upstream.settimeout(None)
            except OSError:
                _close(client)
                continue
            with self._lock:
                if self._server is not server:  # cut while connecting
                    _close(client)
                    _close(upstream)
                    return
                self._pairs.append((client, upstream))
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True, name="proxy-pump").start()

    def _pump(self, source: socket.socket, sink: socket.socket) -> None:
        try:
            while True:
                data = source.recv(65536)
                if not data:
                    break
                sink.sendall(data)
        except OSError:
            pass
        finally:
            _close(source)
            _close(sink)
            with self._lock:
                self._pairs = [p for p in self._pairs if source not in p]


def _close(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    try:
        sock.close()
    except OSError:
        pass
