"""1C's uploads on disk: safe names, pieces appended within limits, zips unpacked only within limits.

Whatever 1C (or anyone who reaches the port) sends is hostile until checked: a name never leaves the
upload folder (no ``..``, no absolute path, no drive), a file never grows past ``max_upload``, one
request never brings more than ``file_limit``, and a zip is unpacked entry by entry, counting the bytes
actually written (a header may lie), refused when it holds too many files, unpacks to too much, or one
entry packs too tightly (a zip bomb). A refused file is deleted with what it had unpacked.
"""

from __future__ import annotations

import re
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from orderdesk_gui.errors import CodedError

MB = 2**20
_BLOCK = 256 * 1024
_BAD_CHARS = re.compile(r'[\x00-\x1f\x7f<>:"|?*]')
ZIP_MAGIC = b"PK\x03\x04"
RATIO_FLOOR = MB  # entries smaller than this unpack freely (tiny files pack tightly for honest reasons)


class UploadError(CodedError):
    """An upload or a zip refused (``upload.*`` codes): nothing of it is kept."""


@dataclass(frozen=True)
class Limits:
    file_limit: int = 8 * MB  # one request's body (1C splits a file into pieces of this size)
    max_upload: int = 64 * MB  # one file, all its pieces
    max_unpacked: int = 1024 * MB  # all the entries of one zip together
    max_entries: int = 5000
    max_ratio: int = 200  # unpacked / packed, per entry of at least RATIO_FLOOR


def _bad_part(part: str) -> bool:
    return (
        part in (".", "..") or len(part) > 200 or bool(_BAD_CHARS.search(part)) or part.endswith((" ", "."))
    )


def safe_name(name: str | None) -> PurePosixPath:
    """``name`` as a relative path inside the upload folder (1C sends ``import_files/ab/x.jpg`` for
    pictures); ``UploadError`` for anything that could point elsewhere."""
    text = (name or "").strip().replace("\\", "/")
    parts = [p for p in text.split("/") if p not in ("",)]
    if (
        not parts
        or text.startswith("/")
        or len(text) > 400
        or len(parts) > 8
        or any(_bad_part(p) for p in parts)
    ):
        raise UploadError("upload.bad_name", name=(name or "")[:200])
    return PurePosixPath(*parts)


class UploadFolder:
    """The folder one exchange type's uploads go to (``catalog`` or ``sale``)."""

    def __init__(self, root: Path, limits: Limits) -> None:
        self.root = Path(root)
        self.limits = limits

    def path_of(self, name: str | None) -> Path:
        relative = safe_name(name)
        path = self.root.joinpath(*relative.parts)
        root = self.root.resolve()
        if not path.resolve().is_relative_to(root):  # a link planted inside would lead out
            raise UploadError("upload.bad_name", name=str(name)[:200])
        return path

    def clear(self) -> None:
        """A new exchange starts (``mode=init``): yesterday's files go."""
        if self.root.exists():
            shutil.rmtree(self.root, ignore_errors=True)
        self.root.mkdir(parents=True, exist_ok=True)

    def append(self, name: str | None, body: BinaryIO, length: int | None) -> Path:
        """Append one piece of the file ``name`` from ``body`` (``length`` bytes when known)."""
        path = self.path_of(name)
        limit = self.limits.file_limit
        if length is not None and length > limit:
            raise UploadError("upload.piece_too_large", name=str(name)[:200], limit=limit)
        path.parent.mkdir(parents=True, exist_ok=True)
        already = path.stat().st_size if path.exists() else 0
        if already + (length or 0) > self.limits.max_upload:
            path.unlink(missing_ok=True)
            raise UploadError("upload.too_large", name=str(name)[:200], limit_mb=self.limits.max_upload // MB)
        got = 0
        try:
            with open(path, "ab") as out:
                while True:
                    block = body.read(_BLOCK if length is None else min(_BLOCK, length - got))
                    if not block:
                        break
                    got += len(block)
                    if got > limit or already + got > self.limits.max_upload:
                        raise UploadError(
                            "upload.too_large", name=str(name)[:200], limit_mb=self.limits.max_upload // MB
                        )
                    out.write(block)
                    if length is not None and got >= length:
                        break
        except BaseException:
            path.unlink(missing_ok=True)  # a refused or broken piece spoils the whole file
            raise
        return path

    def pending_zips(self) -> list[Path]:
        """Uploaded zips not unpacked yet (by name or by their first bytes: 1C names them freely)."""
        found = []
        for path in sorted(self.root.iterdir()) if self.root.is_dir() else ():
            if not path.is_file() or path.suffix.lower() in (".xml", ".xlsx", ".csv"):
                continue
            with open(path, "rb") as fh:
                if path.suffix.lower() == ".zip" or fh.read(4) == ZIP_MAGIC:
                    found.append(path)
        return found

    def unpack_all(self) -> list[Path]:
        """Unpack every pending zip (each then deleted); the files written."""
        written: list[Path] = []
        for archive in self.pending_zips():
            written.extend(self.unpack(archive))
        return written

    def unpack(self, archive: Path) -> list[Path]:
        limits = self.limits
        name = archive.name
        written: list[Path] = []
        try:
            try:
                book = zipfile.ZipFile(archive)
            except (zipfile.BadZipFile, OSError, ValueError):
                raise UploadError("upload.zip_unreadable", name=name) from None
            with book:
                entries = [e for e in book.infolist() if not e.is_dir()]
                if len(entries) > limits.max_entries:
                    raise UploadError("upload.zip_too_many_files", name=name, limit=limits.max_entries)
                if sum(e.file_size for e in entries) > limits.max_unpacked:
                    raise UploadError("upload.zip_bomb", name=name)
                for entry in entries:
                    if entry.file_size >= RATIO_FLOOR and entry.file_size > limits.max_ratio * max(
                        entry.compress_size, 1
                    ):
                        raise UploadError("upload.zip_bomb", name=name)
                total = 0
                for entry in entries:
                    target = self.path_of(entry.filename)
                    if target.resolve() == archive.resolve():
                        raise UploadError("upload.bad_name", name=entry.filename[:200])
                    target.parent.mkdir(parents=True, exist_ok=True)
                    written.append(target)
                    size = 0
                    try:
                        with book.open(entry) as src, open(target, "wb") as out:
                            while block := src.read(_BLOCK):
                                size += len(block)
                                total += len(block)
                                if size > entry.file_size or total > limits.max_unpacked:
                                    raise UploadError("upload.zip_bomb", name=name)  # the header lied
                                out.write(block)
                    except (
                        zipfile.BadZipFile,
                        OSError,
                        EOFError,
                        RuntimeError,
                        ValueError,
                        NotImplementedError,
                    ):
                        raise UploadError("upload.zip_unreadable", name=name) from None
        except BaseException:
            for path in written:
                path.unlink(missing_ok=True)
            raise
        finally:
            archive.unlink(missing_ok=True)
        return written
