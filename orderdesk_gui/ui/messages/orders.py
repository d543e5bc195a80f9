"""Error texts of the orders area (see orderdesk_gui/ui/messages/__init__.py): code -> English source."""

from __future__ import annotations

MESSAGES: dict[str, str] = {}
