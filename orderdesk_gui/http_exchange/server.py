"""Serving the exchange application with waitress: in the foreground for ``orderdesk exchange serve``,
or in a thread (tests, benchmarks) with a way to stop it."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

from waitress import wasyncore
from waitress.server import create_server

from orderdesk_gui.http_exchange.app import ExchangeApp

log = logging.getLogger(__name__)

# waitress reads a whole request before the application sees it: the application refuses a body over
# file_limit with 1C's "failure" itself, and this cap only stops a body no exchange could ever send.
HARD_BODY_CAP = 2**30


def make_server(app: ExchangeApp, host: str = "127.0.0.1", port: int = 8087, threads: int = 4):
    cap = max(HARD_BODY_CAP, app.options.limits.file_limit * 2)
    return create_server(
        app,
        host=host,
        port=port,
        threads=threads,
        max_request_body_size=cap,
        channel_timeout=300,
        ident="OrderDesk exchange",
        clear_untrusted_proxy_headers=True,
    )


def serve(app: ExchangeApp, host: str = "127.0.0.1", port: int = 8087) -> None:
    """Serve until interrupted (Ctrl+C)."""
    server = make_server(app, host, port)
    log.warning("1C exchange endpoint on http://%s:%s/ (upload folder %s)", host, port, app.options.folder)
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()


@dataclass
class Running:
    """A server running in a thread: its URL, and ``stop()``."""

    server: object
    thread: threading.Thread
    url: str

    def stop(self) -> None:
        """Stop from any thread: the server's own loop closes its sockets (closing them under its
        select() from here would break it), finishes the calls in hand, and returns."""
        server = self.server

        def shut() -> None:
            server.task_dispatcher.shutdown()
            wasyncore.close_all(server._map)

        server.trigger.pull_trigger(shut)
        self.thread.join(10)


def start_in_thread(app: ExchangeApp, host: str = "127.0.0.1", port: int = 0) -> Running:
    """Start serving on ``port`` (0: a free one) in a daemon thread."""
    server = make_server(app, host, port)
    thread = threading.Thread(target=server.run, name="1c-exchange-server", daemon=True)
    thread.start()
    return Running(server, thread, f"http://{host}:{server.effective_port}/exchange")
