"""1C's "exchange with a web site" as a small WSGI application (werkzeug's Request and Response).

The protocol (1C always calls; every answer is plain text, its first line the verdict):

- ``?type=catalog|sale&mode=checkauth`` with HTTP Basic auth
  -> ``success\\n<cookie>\\n<value>\\nsessid=<value>``;
  later calls carry the cookie (or ``sessid``, or Basic auth again); without -> ``failure\\n<reason>``.
- ``mode=init`` -> ``zip=yes\\nfile_limit=<bytes>`` (a catalogue exchange starts with an empty folder).
- ``type=catalog&mode=file&filename=X`` (POST, a piece of the file; pieces are appended) -> ``success``.
- ``type=catalog&mode=import&filename=import0_1.xml`` -> ``success``, ``progress`` (still importing:
  1C asks again) or ``failure\\n<reason>``. Uploaded zips are unpacked first, within limits.
- ``type=sale&mode=query`` -> the orders as CommerceML (windows-1251 unless set otherwise);
  ``mode=success`` confirms them; ``mode=file`` (POST) brings 1C's statuses back -> ``success``.

Never a traceback to 1C: any error becomes ``failure`` with a reason (the details in the server's log).
"""

from __future__ import annotations

import dataclasses
import logging
import secrets
import threading
import time
from collections.abc import Callable
from pathlib import Path

from werkzeug.wrappers import Request, Response

from orderdesk_gui.db import models as m
from orderdesk_gui.domain.entities import UserInfo
from orderdesk_gui.domain.roles import Permission
from orderdesk_gui.errors import CodedError
from orderdesk_gui.exchange import cml_orders
from orderdesk_gui.http_exchange.uploads import MB, Limits, UploadError, UploadFolder
from orderdesk_gui.services import auth, exporting

log = logging.getLogger(__name__)

COOKIE = "orderdesk_exchange"
TYPES = ("catalog", "sale")

# 1C shows the reason to the person who runs the exchange: short English, the code's values filled in.
REASONS = {
    "auth.wrong_login": "wrong login or password",
    "auth.not_allowed": "this user may not exchange data with OrderDesk",
    "auth.not_signed_in": "not signed in: call mode=checkauth first",
    "upload.bad_name": "file name refused: {name}",
    "upload.piece_too_large": "a piece of {name} is larger than file_limit ({limit} bytes)",
    "upload.too_large": "file {name} is larger than {limit_mb} MB",
    "upload.zip_unreadable": "{name} is not a readable zip",
    "upload.zip_too_many_files": "{name} holds more than {limit} files",
    "upload.zip_bomb": "{name} unpacks to too much (a zip bomb?)",
    "upload.missing": "no file {name} was uploaded",
    "export.statuses_unreadable": "the order statuses cannot be read: {problem}",
    "export.unknown_encoding": "unknown encoding {encoding}",
}

Importer = Callable[..., list]


def _default_importer(paths, user, *, apply, source):
    from orderdesk_gui.services import importing  # the lead's importer (issue 13, parts 1-3)

    return importing.import_files(paths, user, apply=apply, source=source)


def reason(error: BaseException) -> str:
    """An error as 1C's operator reads it (English; a code without a text shows as code and values)."""
    if isinstance(error, CodedError):
        template = REASONS.get(error.code)
        if template is not None:
            try:
                return template.format(**error.params)
            except (KeyError, IndexError, ValueError):
                pass
        return str(error)
    return f"internal error ({type(error).__name__}): see the exchange server's log"


def _text(*lines: str, status: int = 200) -> Response:
    return Response("\n".join(lines), status=status, content_type="text/plain; charset=utf-8")


def failure(why: str, status: int = 200) -> Response:
    return _text("failure", " ".join(why.split())[:500], status=status)


@dataclasses.dataclass
class _Job:
    user_id: int
    thread: threading.Thread | None = None
    result: Response | None = None


@dataclasses.dataclass(frozen=True)
class Options:
    folder: Path
    limits: Limits = Limits()
    encoding: str = "windows-1251"  # of the orders 1C takes (mode=query)
    currency: str = "KZT"
    import_wait_s: float = 20.0
    session_s: float = 3600.0
    zip: bool = True


class ExchangeApp:
    """The WSGI application: ``ExchangeApp(options)(environ, start_response)``."""

    def __init__(self, options: Options, importer: Importer | None = None) -> None:
        self.options = options
        self.importer = importer or _default_importer
        self._sessions: dict[str, tuple[UserInfo, float]] = {}
        self._jobs: dict[str, _Job] = {}
        self._lock = threading.Lock()
        self.folders = {kind: UploadFolder(options.folder / kind, options.limits) for kind in TYPES}
        for folder in self.folders.values():
            folder.root.mkdir(parents=True, exist_ok=True)
        self._handlers = {
            ("*", "init"): self.init,
            ("*", "complete"): self.done,
            ("*", "deactivate"): self.done,
            ("catalog", "file"): self.catalog_file,
            ("catalog", "import"): self.catalog_import,
            ("sale", "query"): self.sale_query,
            ("sale", "success"): self.sale_success,
            ("sale", "file"): self.sale_file,
            ("sale", "import"): self.sale_import,
        }

    def __call__(self, environ, start_response):
        request = Request(environ)
        try:
            response = self.dispatch(request)
        except CodedError as exc:
            log.warning("exchange call refused: %s", exc)
            response = failure(reason(exc))
        except Exception as exc:  # noqa: BLE001 - 1C gets a reason, the log the traceback
            log.exception("exchange call failed: %s", request.full_path)
            response = failure(reason(exc), status=500)
        finally:
            _release_connection()
        return response(environ, start_response)

    # --- the calls -------------------------------------------------------------------------------

    def dispatch(self, request: Request) -> Response:
        kind = request.args.get("type", "")
        mode = request.args.get("mode", "")
        if kind not in TYPES:
            return failure(f"unknown type {kind[:40]!r}: catalog or sale")
        if mode == "checkauth":
            return self.checkauth(request)
        user = self.user_of(request)
        if user is None:
            return failure(REASONS["auth.not_signed_in"])
        handler = self._handlers.get((kind, mode)) or self._handlers.get(("*", mode))
        if handler is None:
            return failure(f"unknown mode {mode[:40]!r}")
        return handler(request, user)

    def checkauth(self, request: Request) -> Response:
        credentials = request.authorization
        if credentials is None or credentials.type != "basic":
            response = failure("HTTP Basic authorization required", status=401)
            response.headers["WWW-Authenticate"] = 'Basic realm="OrderDesk exchange"'
            return response
        user = self._sign_in(credentials.username or "", credentials.password or "")
        if isinstance(user, CodedError):
            return failure(reason(user))
        token = secrets.token_hex(16)
        with self._lock:
            now = time.monotonic()
            for key in [k for k, (_u, until) in self._sessions.items() if until < now]:
                del self._sessions[key]
            self._sessions[token] = (user, now + self.options.session_s)
        response = _text("success", COOKIE, token, f"sessid={token}")
        response.set_cookie(COOKIE, token, httponly=True, samesite="Strict")
        return response

    def _sign_in(self, login: str, password: str) -> UserInfo | CodedError:
        """The user signed in for the exchange, or why not (a wrong password, no right to exchange)."""
        try:
            user = auth.authenticate(login, password, purpose="exchange")
            auth.require(user, Permission.EXCHANGE_DATA)
        except (auth.AuthError, auth.PermissionDenied) as exc:
            log.warning("exchange sign-in refused for %r: %s", login[:64], exc.code)
            return exc
        return user

    def user_of(self, request: Request) -> UserInfo | None:
        """The session's user (cookie or ``sessid``), or one signing in with Basic auth on this call."""
        token = request.cookies.get(COOKIE) or request.args.get("sessid") or ""
        with self._lock:
            found = self._sessions.get(token)
        if found is not None and found[1] >= time.monotonic():
            return found[0]
        credentials = request.authorization
        if credentials is not None and credentials.type == "basic":
            user = self._sign_in(credentials.username or "", credentials.password or "")
            return None if isinstance(user, CodedError) else user
        return None

    def init(self, request: Request, user: UserInfo) -> Response:
        kind = request.args.get("type", "")
        if kind == "catalog":
            with self._lock:
                busy = any(job.thread is not None and job.thread.is_alive() for job in self._jobs.values())
                if not busy:
                    self._jobs.clear()
                    self.folders[kind].clear()
        zipped = "yes" if self.options.zip else "no"
        return _text(f"zip={zipped}", f"file_limit={self.options.limits.file_limit}")

    def done(self, request: Request, user: UserInfo) -> Response:
        return _text("success")

    def _upload(self, request: Request, user: UserInfo, kind: str, name: str) -> Path | Response:
        try:
            return self.folders[kind].append(name, request.stream, request.content_length)
        except UploadError as exc:
            self._log_refused(user, name, exc)
            return failure(reason(exc))

    def catalog_file(self, request: Request, user: UserInfo) -> Response:
        saved = self._upload(request, user, "catalog", request.args.get("filename", ""))
        return saved if isinstance(saved, Response) else _text("success")

    def catalog_import(self, request: Request, user: UserInfo) -> Response:
        name = request.args.get("filename", "")
        folder = self.folders["catalog"]
        with self._lock:
            job = self._jobs.get(name)
            if job is not None and job.thread.is_alive():
                return _text("progress")
            if job is not None:
                del self._jobs[name]
                return job.result or failure("the import ended without an answer")
            try:
                path = folder.path_of(name)
                folder.unpack_all()
            except UploadError as exc:
                self._log_refused(user, name, exc)
                return failure(reason(exc))
            if not path.is_file():
                return failure(reason(UploadError("upload.missing", name=name[:200])))
            job = _Job(user.id)
            job.thread = threading.Thread(
                target=self._run_import, args=(job, path, user), name=f"1c-import {name[:40]}", daemon=True
            )
            self._jobs[name] = job
            job.thread.start()
        job.thread.join(self.options.import_wait_s)
        with self._lock:
            if job.thread.is_alive():
                return _text("progress")
            self._jobs.pop(name, None)
        return job.result or failure("the import ended without an answer")

    def _run_import(self, job: _Job, path: Path, user: UserInfo) -> None:
        try:
            results = self.importer([path], user, apply=True, source="http")
            job.result = _import_reply(results)
        except Exception as exc:  # noqa: BLE001 - reported to 1C on its next call
            if not isinstance(exc, CodedError):
                log.exception("import of %s failed", path.name)
            job.result = failure(reason(exc))
        finally:
            _release_connection()

    def sale_query(self, request: Request, user: UserInfo) -> Response:
        encoding = self.options.encoding
        body, count = exporting.query_for_1c(user, encoding, self.options.currency)
        log.info("sale query: %d orders sent", count)
        charset = cml_orders.xml_encoding_name(encoding)
        return Response(body, content_type=f"application/xml; charset={charset}")

    def sale_success(self, request: Request, user: UserInfo) -> Response:
        result = exporting.confirm_sent(user)
        log.info("sale success: %d orders confirmed", result.orders)
        return _text("success")

    def sale_file(self, request: Request, user: UserInfo) -> Response:
        saved = self._upload(request, user, "sale", request.args.get("filename") or "orders.xml")
        if isinstance(saved, Response):
            return saved
        try:
            result = exporting.apply_statuses(user, saved, source="http")
        finally:
            saved.unlink(missing_ok=True)
        log.info(
            "sale file: %d documents, %d ours, %d invoiced, %d unknown",
            result.documents,
            result.matched,
            result.invoiced,
            len(result.unknown),
        )
        return _text("success")

    def sale_import(self, request: Request, user: UserInfo) -> Response:
        return _text("success")  # the statuses were applied when the file came

    def _log_refused(self, user: UserInfo, name: str, error: CodedError) -> None:
        log.warning("upload refused: %s", error)
        try:
            exporting.log_refused(user, name or "(no name)", error)
        except Exception:  # noqa: BLE001 - the refusal stands even when the log cannot be written
            log.exception("refusal not logged")


def _import_reply(results: list) -> Response:
    """The importer's results as 1C's answer: every file applied (or unchanged) -> success."""
    for result in results:
        if getattr(result, "status", "") not in ("applied", "unchanged"):
            rejects = list(getattr(result, "rejects", []) or [])
            if rejects:
                first = rejects[0]
                why = str(CodedError(first.code, **(first.params or {})))
                where = f" (line {first.line})" if getattr(first, "line", 0) else ""
                count = getattr(result, "reject_count", len(rejects))
                return failure(f"{result.file_name} refused: {why}{where}; {count} problem(s) in all")
            return failure(f"{getattr(result, 'file_name', '?')} refused ({getattr(result, 'status', '?')})")
    return _text("success")


def _release_connection() -> None:
    """A worker thread gives its database connection back when its call is answered."""
    try:
        if m.db_proxy.obj is not None and not m.db_proxy.is_closed():
            m.db_proxy.close()
    except Exception:  # noqa: BLE001 - closing never fails a call
        log.debug("connection not closed", exc_info=True)


def options_from_settings(settings, folder: Path | None = None) -> Options:
    """The endpoint's options from the machine's settings (``exchange.*``)."""
    from orderdesk_gui import config

    where = folder or Path(settings.get(config.EXCHANGE_FOLDER) or (config.data_dir() / "exchange"))
    limits = Limits(
        file_limit=max(64 * 1024, settings.get(config.EXCHANGE_FILE_LIMIT)),
        max_upload=max(1, settings.get(config.EXCHANGE_MAX_UPLOAD_MB)) * MB,
        max_unpacked=max(1, settings.get(config.EXCHANGE_MAX_UNPACKED_MB)) * MB,
        max_entries=max(1, settings.get(config.EXCHANGE_MAX_ZIP_ENTRIES)),
        max_ratio=max(2, settings.get(config.EXCHANGE_MAX_ZIP_RATIO)),
    )
    return Options(
        folder=where,
        limits=limits,
        encoding=settings.get(config.EXCHANGE_ENCODING),
        currency=settings.get(config.EXCHANGE_CURRENCY),
        import_wait_s=max(0, settings.get(config.EXCHANGE_IMPORT_WAIT_S)),
        session_s=max(1, settings.get(config.EXCHANGE_SESSION_MINUTES)) * 60.0,
    )
