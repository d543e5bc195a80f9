"""Entry point for ``python -m orderdesk_gui``."""

import sys

from orderdesk_gui.cli import main

if __name__ == "__main__":
    sys.exit(main())
