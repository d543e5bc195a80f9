"""Where shipped resources live: inside the installed package, or ``resources/`` of a source tree."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def root() -> Path:
    for candidate in (_PACKAGE / "resources", _PACKAGE.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("OrderDesk resources folder not found; reinstall the program.")


def path(*parts: str) -> Path:
    return root().joinpath(*parts)
