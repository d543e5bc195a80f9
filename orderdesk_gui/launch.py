"""The ``orderdesk`` command's entry point, kept light for the screen pop.

A phone system runs ``orderdesk call NUMBER`` for every ringing call: when OrderDesk is running, the
number is handed over its local channel and the process ends, before the command line's parser, the
clock, the database or Qt are imported (about 70 ms of the process's life on an office PC). Anything
else goes to ``cli.main``.
"""

from __future__ import annotations

import sys

EXIT_OK = 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) == 2 and argv[0] == "call" and not argv[1].startswith("-"):
        from orderdesk_gui.ui.single_instance import send

        if send({"cmd": "call", "number": argv[1]}) is not None:
            return EXIT_OK
    from orderdesk_gui.cli import main as cli_main

    return cli_main(argv)
