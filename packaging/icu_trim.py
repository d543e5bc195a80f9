"""A smaller ICU data library for the Linux bundle (read by packaging/orderdesk.spec).

PySide6's Linux wheel builds Qt with ICU and ships ``libicudata.so.NN``: 32 MB of locale data for every
language, every legacy converter, the CJK/Thai word-break dictionaries, transliteration and character
names. Qt reads ICU data only for collation (QCollator, locale-aware sorting), case mapping by locale and
the converters QStringConverter does not have built in; QLocale's formats are Qt's own CLDR tables and the
time zones come from the system's tzdata. OrderDesk speaks en, ru and kk, so the library is rebuilt with:
every non-locale item (plurals, likely subtags, supplemental data, normalization, UCA collation data,
time zones) and the locale items of root/en/ru/kk only; the CJK/SE-Asian dictionaries, transliteration,
character names, stringprep profiles and the converters but the Cyrillic/Western ones are left out. An
item ICU does not find falls back to root, as for any locale ICU does not know.

The package format is ICU's "common data" (a header, a table of contents of sorted names with offsets,
then the items, 16-byte aligned); the new library exports the same ``icudtNN_dat`` symbol and soname,
made with binutils' ``as`` and ``ld`` (binutils is needed by PyInstaller's strip on Linux already).
Windows' PySide6 wheels ship no ICU (Qt uses the system's), so nothing is done there.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from pathlib import Path

KEEP_LOCALES = {
    "root",
    "en",
    "en_001",
    "en_150",
    "en_GB",
    "en_US",
    "en_US_POSIX",
    "ru",
    "ru_RU",
    "ru_KZ",
    "kk",
    "kk_KZ",
}
# converters for the texts an office here may meet: windows-1251/1252, KOI8-R/U, CP866, ISO-8859-5
KEEP_CONVERTERS = {
    "ibm-5347_P100-1998",
    "ibm-5348_P100-1997",
    "ibm-1251_P100-1995",
    "ibm-1252_P100-2000",
    "ibm-878_P100-1996",
    "ibm-1168_P100-2002",
    "ibm-866_P100-1995",
    "ibm-915_P100-1995",
}
DROP_TREES = {"translit"}
DROP_SUFFIXES = {".dict", ".spp", ".cfu"}
DROP_NAMES = {"unames.icu"}
LOCALE = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]*)*$")


def keep_item(name: str) -> bool:
    """Whether the package item (``icudt73l/coll/ru.res``, prefix stripped or not) stays."""
    parts = name.split("/")
    if re.fullmatch(r"icudt\d+[lbe]", parts[0]):
        parts = parts[1:]
    leaf = parts[-1]
    stem, _, suffix = leaf.rpartition(".")
    suffix = "." + suffix
    if parts[0] in DROP_TREES or suffix in DROP_SUFFIXES or leaf in DROP_NAMES:
        return False
    if suffix == ".cnv":
        return stem in KEEP_CONVERTERS
    if suffix == ".res" and LOCALE.match(stem) and stem not in ("pool",):
        return stem in KEEP_LOCALES
    return True


def read_package(blob: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    header_size = struct.unpack_from("<H", blob, 0)[0]
    if blob[2:4] != b"\xda\x27" or blob[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package")
    toc = header_size
    count = struct.unpack_from("<I", blob, toc)[0]
    entries = [struct.unpack_from("<II", blob, toc + 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_off, data_off) in enumerate(entries):
        end = entries[i + 1][1] if i + 1 < count else len(blob) - toc
        name = blob[toc + name_off : blob.index(b"\0", toc + name_off)].decode("ascii")
        items.append((name, blob[toc + data_off : toc + end]))
    return blob[:header_size], items


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    count = len(items)
    names = b""
    name_offsets = []
    base = 4 + 8 * count
    for name, _ in items:
        name_offsets.append(base + len(names))
        names += name.encode("ascii") + b"\0"
    data_start = base + len(names)
    data_start += -(len(header) + data_start) % 16
    body = bytearray()
    data_offsets = []
    for _, data in items:
        body += b"\0" * (-(len(header) + data_start + len(body)) % 16)
        data_offsets.append(data_start + len(body))
        body += data
    toc = bytearray(struct.pack("<I", count))
    for name_off, data_off in zip(name_offsets, data_offsets, strict=True):
        toc += struct.pack("<II", name_off, data_off)
    toc += names
    toc += b"\0" * (data_start - len(toc))
    return bytes(header) + bytes(toc) + bytes(body)


def data_symbol(library: Path) -> tuple[str, int, int]:
    """(symbol, file offset, size) of the ``icudtNN_dat`` package inside the library."""
    syms = subprocess.run(["objdump", "-T", str(library)], capture_output=True, text=True, check=True).stdout
    for line in syms.splitlines():
        fields = line.split()
        if fields and re.fullmatch(r"icudt\d+_dat", fields[-1]) and ".rodata" in line:
            vaddr, size, symbol = int(fields[0], 16), int(fields[-2], 16), fields[-1]
            break
    else:
        raise ValueError(f"no icudtNN_dat in {library}")
    heads = subprocess.run(["objdump", "-h", str(library)], capture_output=True, text=True, check=True).stdout
    for line in heads.splitlines():
        fields = line.split()
        if len(fields) >= 6 and fields[1] == ".rodata":
            sec_vma, sec_off = int(fields[3], 16), int(fields[5], 16)
            return symbol, vaddr - sec_vma + sec_off, size
    raise ValueError(f"no .rodata in {library}")


def trim(library: Path, out_dir: Path) -> Path:
    """Write the trimmed library (same file name and soname) into out_dir and return its path."""
    symbol, offset, size = data_symbol(library)
    blob = library.read_bytes()[offset : offset + size]
    header, items = read_package(blob)
    kept = [(name, data) for name, data in items if keep_item(name)]
    out_dir.mkdir(parents=True, exist_ok=True)
    dat = out_dir / f"{symbol[:-4]}l.dat"
    dat.write_bytes(write_package(header, kept))
    asm = out_dir / "icudata.s"
    asm.write_text(
        "\t.section .rodata\n\t.balign 16\n"
        f"\t.globl {symbol}\n\t.type {symbol}, @object\n{symbol}:\n"
        f'\t.incbin "{dat.name}"\n\t.size {symbol}, .-{symbol}\n'
        '\t.section .note.GNU-stack,"",@progbits\n'
    )
    obj = out_dir / "icudata.o"
    target = out_dir / library.name
    subprocess.run(["as", "-o", obj.name, asm.name], cwd=out_dir, check=True)
    link = ["ld", "-shared", "-soname", library.name, "-o", target.name, obj.name]
    subprocess.run(link, cwd=out_dir, check=True)
    new_mb = target.stat().st_size / 1e6
    print(f"icu_trim: {library.name} {len(items)} -> {len(kept)} items, {size / 1e6:.1f} -> {new_mb:.1f} MB")
    return target


def available() -> bool:
    return all(shutil.which(tool) for tool in ("as", "ld", "objdump"))
