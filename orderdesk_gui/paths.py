"""Where OrderDesk keeps settings and data; tiny on purpose (the screen-pop command imports it)."""

from __future__ import annotations

import os
from pathlib import Path

ENV_HOME = "ORDERDESK_HOME"


def home_dir() -> Path | None:
    value = os.environ.get(ENV_HOME)
    return Path(value) if value else None


def config_dir() -> Path:
    home = home_dir()
    if home is not None:
        return home
    from platformdirs import user_config_path

    return user_config_path("OrderDesk", appauthor=False, roaming=True)


def data_dir() -> Path:
    home = home_dir()
    if home is not None:
        return home / "data"
    from platformdirs import user_data_path

    return user_data_path("OrderDesk", appauthor=False, roaming=False)
