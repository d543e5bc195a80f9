"""Packaging (issue 17): the bundle's inputs exist, the code stays Windows-safe, portable mode, --version.

The bundle itself is built and smoke-tested by ``tools/build_bundle.py --check`` (CI), not here (slow).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
import bundle_inputs  # noqa: E402

from orderdesk_gui import __version__, launch  # noqa: E402


def test_bundle_inputs_exist():
    assert bundle_inputs.missing() == []
    dirs = dict(bundle_inputs.DATA_DIRS)
    assert "orderdesk_gui/db/migrations" in dirs  # the first try's "no such table: user"
    migrations = sorted((ROOT / "orderdesk_gui/db/migrations").glob("0*.py"))
    assert migrations and migrations[0].name == "0001_initial.py"
    assert (ROOT / "resources/fonts/DejaVuSans.ttf").is_file()
    for lang in ("ru", "kk"):
        assert (ROOT / f"resources/i18n/orderdesk_{lang}.qm").is_file()
        assert f"qtbase_{lang}.qm" in bundle_inputs.QT_TRANSLATIONS
    assert (ROOT / "resources/icons/orderdesk.ico").is_file()
    assert any((ROOT / "orderdesk_gui/demo/data").glob("*.json"))


def test_spec_names_the_inputs():
    spec = (ROOT / "packaging/orderdesk.spec").read_text(encoding="utf-8")
    assert "bundle_inputs" in spec and "COLLECT(" in spec
    assert "PySide6.QtQml" in bundle_inputs.EXCLUDES and "PySide6.QtWebEngineCore" in bundle_inputs.EXCLUDES
    assert "offscreen" in bundle_inputs.QT_PLUGINS["platforms"]


def test_keep_trims_locales_and_qt():
    assert bundle_inputs.keep("babel/locale-data/ru.dat")
    assert not bundle_inputs.keep("babel/locale-data/de.dat")
    assert bundle_inputs.keep("PySide6/Qt/translations/qtbase_kk.qm")
    assert not bundle_inputs.keep("PySide6/Qt/translations/qtbase_de.qm")
    assert not bundle_inputs.keep("PySide6/Qt/lib/libQt6Quick.so.6")
    assert bundle_inputs.keep("PySide6/Qt/lib/libQt6Pdf.so.6")


POSIX_ONLY = [
    (r"\bos\.fork\b", "os.fork"),
    (r"\bos\.getuid\b|\bos\.geteuid\b|\bos\.getgid\b", "os.getuid"),
    (r"\bos\.setsid\b|\bos\.killpg\b|\bos\.getpgid\b", "process groups"),
    (r"\bsignal\.SIG(KILL|HUP|USR1|USR2|CHLD)\b", "POSIX signals"),
    (r"[\"']/tmp\b", "hard-coded /tmp"),
    (r"[\"']/(usr|etc|var|home|dev/null)\b", "hard-coded POSIX path"),
    (
        r"^\s*import (fcntl|pwd|grp|termios|resource)\b|^\s*from (fcntl|pwd|grp|termios) import",
        "POSIX module",
    ),
    (r"shell=True", "shell=True"),
    (r"[\"'](ls|cp|rm|mv|cat|which|sh|bash|kill|chmod)\b[ \"']", "POSIX command"),
]


def posix_calls(text: str) -> list[str]:
    found = []
    for number, line in enumerate(text.splitlines(), 1):
        if line.lstrip().startswith("#"):
            continue
        for pattern, what in POSIX_ONLY:
            if re.search(pattern, line):
                found.append(f"{number}: {what}: {line.strip()}")
    return found


def test_posix_check_finds_posix_calls():
    sample = 'pid = os.fork()\nuid = os.getuid()\nopen("/tmp/x")\nsubprocess.run("ls -l", shell=True)\n'
    assert {hit.split(":")[0] for hit in posix_calls(sample)} == {"1", "2", "3", "4"}
    assert posix_calls("path = Path(tempfile.gettempdir())\n") == []


# Files with POSIX-only lines inside a branch Windows never takes: (the guard the file must keep, why)
GUARDED = {
    "orderdesk_gui/ui/single_instance.py": (
        'sys.platform == "win32"',
        "the socket folder: Windows uses a named pipe",
    ),
    "orderdesk_gui/ui/instance_server.py": ("SO_PEERCRED", "peer_uid is None on Windows: geteuid never runs"),
}


def test_package_and_tools_have_no_posix_only_calls():
    files = [*sorted((ROOT / "orderdesk_gui").rglob("*.py")), *sorted((ROOT / "tools").glob("*.py"))]
    files += sorted((ROOT / "packaging").rglob("*.py"))
    offenders = []
    for path in files:
        if "forms" in path.parts:
            continue
        rel = path.relative_to(ROOT).as_posix()
        text = path.read_text(encoding="utf-8")
        if rel in GUARDED:
            assert GUARDED[rel][0] in text, f"{rel} lost its POSIX guard"
            continue
        offenders += [
            f"{path.relative_to(ROOT)}:{hit}" for hit in posix_calls(path.read_text(encoding="utf-8"))
        ]
    assert offenders == []


def test_portable_mode(tmp_path, monkeypatch):
    exe = tmp_path / "orderdesk"
    exe.write_text("")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    assert launch.portable_home() is None
    (tmp_path / launch.PORTABLE_MARKER).write_text("")
    assert launch.portable_home() == tmp_path.resolve()
    monkeypatch.delenv("ORDERDESK_HOME", raising=False)
    with pytest.raises(SystemExit):
        launch.main(["--version"])
    import os

    assert os.environ["ORDERDESK_HOME"] == str(tmp_path.resolve() / "data")


def test_version():
    out = subprocess.run(
        [sys.executable, "-m", "orderdesk_gui", "--version"], capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0
    assert out.stdout.strip() == f"OrderDesk {__version__}"


def test_keep_trims_the_size_cuts():
    """Issue 17's size goal: what bundle_inputs.keep() leaves out (213 -> 148 MB, README Packaging)."""
    assert not bundle_inputs.keep("orderdesk_gui/resources/i18n/orderdesk_kk.ts")
    assert bundle_inputs.keep("orderdesk_gui/resources/i18n/orderdesk_kk.qm")
    assert not bundle_inputs.keep("reportlab/fonts/_a______.pfb")
    assert not bundle_inputs.keep("reportlab/fonts/DarkGarden.sfd")
    assert bundle_inputs.keep("reportlab/fonts/Vera.ttf")
    assert not bundle_inputs.keep("PySide6/Qt/plugins/imageformats/libqwebp.so")
    assert bundle_inputs.keep("PySide6/Qt/plugins/imageformats/libqjpeg.so")
    assert bundle_inputs.keep("PySide6\\plugins\\imageformats\\qico.dll")  # Windows' layout
    assert not bundle_inputs.keep("PySide6/Qt/plugins/platformthemes/libqgtk3.so")
    assert not bundle_inputs.keep("PIL/_avif.cpython-311-x86_64-linux-gnu.so")
    assert bundle_inputs.keep("PIL/_imaging.cpython-311-x86_64-linux-gnu.so")
    # the desk report's charts: QtCharts must not be excluded again
    assert "PySide6.QtCharts" not in bundle_inputs.EXCLUDES
    assert "phonenumbers.geodata" in bundle_inputs.EXCLUDES and "phonenumbers" not in bundle_inputs.EXCLUDES


def test_icu_trim_keeps_root_en_ru_kk_and_the_package_round_trips():
    import icu_trim

    for name in ("icudt73l/coll/ru.res", "icudt73l/kk_KZ.res", "icudt73l/root.res", "icudt73l/pool.res"):
        assert icu_trim.keep_item(name), name
    for name in ("coll/ucadata.icu", "likelySubtags.res", "supplementalData.res", "zoneinfo64.res"):
        assert icu_trim.keep_item(name), name
    for name in ("icudt73l/coll/zh.res", "de_.res", "brkitr/cjdict.dict", "translit/root.res", "gb18030.cnv"):
        assert not icu_trim.keep_item(name), name
    assert icu_trim.keep_item("ibm-5347_P100-1998.cnv")  # windows-1251
    header = bytes([0x20, 0, 0xDA, 0x27]) + bytes(8) + b"CmnD" + bytes(16)
    items = [("icudt73l/a.res", b"x" * 5), ("icudt73l/b.res", b"yy"), ("icudt73l/coll/c.res", b"z" * 33)]
    blob = icu_trim.write_package(header, items)
    assert icu_trim.read_package(blob)[0] == header
    got = icu_trim.read_package(blob)[1]
    assert [name for name, _ in got] == [name for name, _ in items]
    for (_, data), (_, original) in zip(got, items, strict=True):
        assert data[: len(original)] == original  # items may carry the next one's alignment padding


def test_linux_libs_roots():
    import linux_libs

    assert linux_libs.is_root("PySide6/QtCore.abi3.so")
    assert linux_libs.is_root("PySide6/Qt/plugins/platforms/libqxcb.so")
    assert linux_libs.is_root("libpython3.11.so.1.0")
    assert linux_libs.is_root("lxml/etree.cpython-311-x86_64-linux-gnu.so")
    assert not linux_libs.is_root("libgio-2.0.so.0")
    assert not linux_libs.is_root("PySide6/Qt/lib/libQt6Core.so.6")
    assert "libcups.so.2" in linux_libs.SYSTEM_LIBS
