"""Build OrderDesk's one-folder bundle (packaging/orderdesk.spec) and smoke-test it.

    python tools/build_bundle.py                 build dist/orderdesk and the tarball
    python tools/build_bundle.py --check         ... then run the bundle's selftest offscreen
    python tools/build_bundle.py --check --if-changed --no-pack   (CI) skip when the inputs are unchanged

--if-changed compares a hash of every bundle input with the one stored after the last successful check
(in the user's cache folder, outside the repository). Needs the ``bundle`` extra (pyinstaller).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
import bundle_inputs  # noqa: E402

DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
BUNDLE = DIST / "orderdesk"
EXE = BUNDLE / ("orderdesk.exe" if sys.platform == "win32" else "orderdesk")


def inputs_hash() -> str:
    h = hashlib.sha256()
    h.update(sys.version.encode())
    for path in bundle_inputs.input_files():
        h.update(path.relative_to(ROOT).as_posix().encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def stamp_file() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("orderdesk")) / "bundle-check.sha256"


def build() -> None:
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN"]
    cmd += ["--distpath", str(DIST), "--workpath", str(WORK), str(ROOT / "packaging" / "orderdesk.spec")]
    subprocess.run(cmd, check=True, cwd=ROOT)


def size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def check() -> None:
    out = subprocess.run([str(EXE), "--version"], capture_output=True, text=True, timeout=60)
    print(out.stdout.strip() or out.stderr.strip())
    if out.returncode != 0:
        raise SystemExit("bundle --version failed")
    with tempfile.TemporaryDirectory(prefix="orderdesk-check-") as tmp:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ORDERDESK_HOME=str(Path(tmp) / "home"))
        env.pop("ORDERDESK_DB", None)
        proc = subprocess.run(
            [str(EXE), "selftest", str(Path(tmp) / "work")],
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )
        print(proc.stdout, end="")
        # Qt names a plugin or library it cannot load on stderr; any such line fails the check
        bad = [
            line
            for line in proc.stderr.splitlines()
            if "Could not" in line or "not found" in line.lower() or "Traceback" in line
        ]
        if proc.returncode != 0 or bad:
            print(proc.stderr, file=sys.stderr)
            raise SystemExit("bundle selftest failed")


def pack() -> Path:
    from orderdesk_gui import __version__

    shutil.copy2(ROOT / "packaging" / "linux" / "orderdesk.desktop", BUNDLE / "orderdesk.desktop")
    shutil.copy2(ROOT / "resources" / "icons" / "orderdesk-256.png", BUNDLE / "orderdesk.png")
    target = DIST / f"orderdesk-{__version__}-linux-x86_64.tar.gz"
    with tarfile.open(target, "w:gz") as tar:
        tar.add(BUNDLE, arcname=f"orderdesk-{__version__}")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--check", action="store_true", help="run the bundle's smoke test after building")
    parser.add_argument("--if-changed", action="store_true", help="skip when the inputs match the last check")
    parser.add_argument("--no-pack", action="store_true", help="do not make the tarball")
    args = parser.parse_args(argv)
    missing = bundle_inputs.missing()
    if missing:
        raise SystemExit(f"bundle inputs missing: {', '.join(missing)}")
    digest = inputs_hash()
    stamp = stamp_file()
    if args.if_changed and stamp.is_file() and stamp.read_text().strip() == digest:
        print("bundle inputs unchanged since the last successful check: skipped")
        return 0
    build()
    print(f"bundle: {BUNDLE} ({size_mb(BUNDLE):.1f} MB)")
    if args.check:
        check()
        stamp.parent.mkdir(parents=True, exist_ok=True)
        stamp.write_text(digest)
    if not args.no_pack and sys.platform != "win32":
        print(f"tarball: {pack()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
