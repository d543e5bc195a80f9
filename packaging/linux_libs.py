"""Linux: shared libraries the bundle takes from the system, and the pruning of orphaned ones.

PyInstaller collects the dependencies of every binary before packaging/bundle_inputs.keep() drops the
plugins OrderDesk does not use, so the libraries only those plugins needed (GTK, Pango, Cairo, GIO... of
the GTK3 theme) stay behind. prune() keeps what something still loads: starting from the roots (Python
extension modules, Qt plugins, libpython, anything that is not a plain library), it follows the ELF
NEEDED entries (binutils' objdump) and drops the plain libraries no one reaches.

SYSTEM_LIBS are left to the system, like libc, libGL and the xcb libraries already: libcups (Qt's print
support plugin; with it GnuTLS, p11-kit, Avahi, Kerberos... about 8 MB) is on every Linux desktop that
prints, and libdbus-1 (with libsystemd, libgcrypt) is in README's list of the system's libraries.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

SYSTEM_LIBS = ["libcups.so.2", "libdbus-1.so.3"]

PLAIN_LIB = re.compile(r"^lib.*\.so(\.\d+)*$")


def is_root(dest: str) -> bool:
    dest = dest.replace("\\", "/")
    name = Path(dest).name
    if "/plugins/" in dest or name.startswith("libpython"):
        return True
    return not PLAIN_LIB.match(name)


def needed(path: str) -> list[str]:
    out = subprocess.run(["objdump", "-p", path], capture_output=True, text=True).stdout
    return [line.split()[1] for line in out.splitlines() if line.strip().startswith("NEEDED")]


def prune(binaries: list[tuple[str, str, str]]) -> tuple[list[tuple[str, str, str]], list[str]]:
    """(the entries still loaded, the destinations dropped) for PyInstaller's (dest, src, kind) list."""
    entries = [e for e in binaries if Path(e[0]).name not in SYSTEM_LIBS]
    by_name = {Path(dest).name: (dest, src, kind) for dest, src, kind in entries}
    seen: set[str] = set()
    todo = [e for e in entries if is_root(e[0])]
    while todo:
        dest, src, _ = todo.pop()
        if dest in seen:
            continue
        seen.add(dest)
        for lib in needed(src):
            if lib in by_name and by_name[lib][0] not in seen:
                todo.append(by_name[lib])
    kept = [e for e in entries if e[0] in seen or e[2] != "BINARY"]
    dropped = sorted(e[0] for e in binaries if e not in kept)
    return kept, dropped
