"""The bundle's entry point (the frozen ``orderdesk`` executable)."""

import sys

from orderdesk_gui.launch import main

if __name__ == "__main__":
    sys.exit(main())
