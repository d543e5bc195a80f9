"""The ``orderdesk`` command's entry point, kept light for the screen pop.

A phone system runs ``orderdesk call NUMBER`` for every ringing call: when OrderDesk is running, the
number is handed over its local channel and the process ends, before the command line's parser, the
clock, the database or Qt are imported (about 70 ms of the process's life on an office PC). Anything
else goes to ``cli.main``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

EXIT_OK = 0
PORTABLE_MARKER = "portable.txt"


def portable_home() -> Path | None:
    """The program's folder when a ``portable.txt`` lies beside the (frozen) executable: settings and
    data then stay there (``ORDERDESK_HOME``), for a bundle carried on a stick or unpacked anywhere."""
    folder = Path(sys.executable if getattr(sys, "frozen", False) else sys.argv[0]).resolve().parent
    return folder if (folder / PORTABLE_MARKER).is_file() else None


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    home = portable_home()
    if home is not None and not os.environ.get("ORDERDESK_HOME"):
        os.environ["ORDERDESK_HOME"] = str(home / "data")
    if len(argv) == 2 and argv[0] == "selftest":  # hidden: the bundle's smoke test (tools/build_bundle.py)
        from orderdesk_gui.ui.selftest import run

        return run(argv[1])
    if len(argv) == 2 and argv[0] == "selftest-startup":  # hidden: benchmarks/bundle_probe.py
        from orderdesk_gui.ui.selftest import startup

        return startup(argv[1])
    if len(argv) == 2 and argv[0] == "call" and not argv[1].startswith("-"):
        from orderdesk_gui.ui.single_instance import send

        if send({"cmd": "call", "number": argv[1]}) is not None:
            return EXIT_OK
    from orderdesk_gui.cli import main as cli_main

    return cli_main(argv)
