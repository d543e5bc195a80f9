"""Entry point for ``python -m orderdesk_gui`` (the same as the ``orderdesk`` command)."""

import sys

from orderdesk_gui.launch import main

if __name__ == "__main__":
    sys.exit(main())
