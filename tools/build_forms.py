"""Compile forms/*.ui to orderdesk_gui/ui/forms/ui_*.py with pyside6-uic, and .ts to .qm.

Run after editing a form or a translation: ``python tools/build_forms.py``.
The compiled files are committed; tests/test_forms.py checks they are current.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "forms"
OUT = ROOT / "orderdesk_gui" / "ui" / "forms"
I18N = ROOT / "resources" / "i18n"


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    return found


def compiled_name(ui: Path) -> Path:
    return OUT / f"ui_{ui.stem}.py"


def compile_form(ui: Path) -> str:
    """The uic output for one form, without its version banner."""
    result = subprocess.run(
        [_tool("pyside6-uic"), "-g", "python", str(ui)],
        check=True,
        capture_output=True,
        text=True,
    )
    return strip_banner(result.stdout)


def strip_banner(text: str) -> str:
    lines = [ln for ln in text.splitlines() if not ln.startswith("## ")]
    return "\n".join(lines).strip() + "\n"


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    init = OUT / "__init__.py"
    if not init.exists():
        init.write_text('"""Compiled Qt Designer forms (generated from forms/*.ui)."""\n')
    for ui in sorted(FORMS.glob("*.ui")):
        compiled_name(ui).write_text(
            '"""Generated from forms/%s by tools/build_forms.py; do not edit."""\n' % ui.name
            + compile_form(ui),
            encoding="utf-8",
        )
        print("compiled", ui.name)
    for ts in sorted(I18N.glob("*.ts")):
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
        )
        print("released", ts.name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
