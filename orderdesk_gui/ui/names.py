"""People's names as narrow places show them."""

from __future__ import annotations


def short_name(full_name: str) -> str:
    """Shortens "Алексеева Виктория Константиновна" to "Алексеева В. К." for narrow column headings."""
    parts = full_name.split()
    if len(parts) < 2:
        return full_name
    return parts[0] + " " + " ".join(p[0] + "." for p in parts[1:3])
