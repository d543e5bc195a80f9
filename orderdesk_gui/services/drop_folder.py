"""Files taken from a drop folder are moved aside with a report beside them (callback requests, accounting's
exchange files): ``done/`` or ``rejected/``, never over an earlier file of the same name."""

from __future__ import annotations

import shutil
from pathlib import Path

from orderdesk_gui import clock


def move_aside(path: Path, folder: Path, report: str) -> Path:
    """Move ``path`` into ``folder`` (made when missing), stamped when a file of its name is there already,
    and write ``report`` beside it as ``NAME.report.txt``. ``OSError`` when the file system says no."""
    folder.mkdir(exist_ok=True)
    target = folder / path.name
    if target.exists():
        stamp = clock.now_local().strftime("%Y%m%d-%H%M%S-%f")
        target = folder / f"{path.stem}.{stamp}{path.suffix}"
    shutil.move(str(path), str(target))
    target.with_name(target.name + ".report.txt").write_text(report, encoding="utf-8")
    return target
