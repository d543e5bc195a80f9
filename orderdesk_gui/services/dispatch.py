"""Sending documents by e-mail (SMTP) and fax (a fax command or an e-mail-to-fax gateway), and the record
of what was printed or sent to whom (``DocumentDispatch``): "sent" only once the other side accepted it.

No Qt. Passwords never reach a log line, an exception text or a record.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import re
import shlex
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from peewee import JOIN

from orderdesk_gui import clock, config, secrets
from orderdesk_gui.db import models as m
from orderdesk_gui.domain.entities import UserInfo
from orderdesk_gui.domain.phones import try_e164
from orderdesk_gui.domain.states import DispatchStatus
from orderdesk_gui.errors import CodedError
from orderdesk_gui.services.auth import actor

if TYPE_CHECKING:  # the mail and process modules load on first use, not at start-up
    import smtplib
    from email.message import EmailMessage

log = logging.getLogger(__name__)

ENV_SMTP_PASSWORD = "ORDERDESK_SMTP_PASSWORD"
KINDS = ("confirmation", "fax_sheet", "price_list", "reference", "daily_report")
CHANNELS = ("email", "fax_command", "fax_gateway", "fax", "print", "pdf")  # fax: no way to send was set up
FAX_COMMAND_TIMEOUT_S = 120
MAX_ATTACHMENTS_BYTES = 20 * 1024 * 1024
_ADDRESS = re.compile(r"^[^@\s<>()\[\],;:\"]+@[^@\s<>()\[\],;:\"]+\.[^@\s<>()\[\],;:\"]{2,}$")

Attachment = tuple[str, bytes, str]  # file name, content, MIME type


class DispatchError(CodedError, ValueError):
    """A document could not be sent: a ``dispatch.*`` code and what the server said (never a password)."""


def stored_error(exc: DispatchError) -> str:
    """How a failure is kept in DocumentDispatch.error: its code and parameters as JSON."""
    return json.dumps({"code": exc.code, "params": exc.params}, ensure_ascii=False, default=str)


def error_of(stored: str) -> DispatchError | None:
    """The failure kept by ``stored_error`` (None: a server's own reply, or a text from before codes)."""
    try:
        data = json.loads(stored)
        return DispatchError(data["code"], **data["params"])
    except (ValueError, TypeError, KeyError):
        return None


@dataclass(frozen=True)
class MailSettings:
    host: str
    port: int = 587
    tls: bool = True  # STARTTLS (port 465 always speaks TLS from the first byte)
    user: str = ""
    password: str = field(default="", repr=False)
    sender: str = ""
    timeout: float = 20.0

    @property
    def configured(self) -> bool:
        return bool(self.host.strip())


def mail_settings_from(settings: config.Settings) -> MailSettings:
    """The SMTP settings; the password from ``$ORDERDESK_SMTP_PASSWORD``, else the settings (where
    there is no credential store), else the credential store."""
    user = settings.get(config.SMTP_USER).strip()
    host = settings.get(config.SMTP_HOST).strip()
    sender = settings.get(config.MAIL_FROM).strip() or settings.get(config.COMPANY_EMAIL).strip()
    password = os.environ.get(ENV_SMTP_PASSWORD) or settings.get(config.SMTP_PASSWORD)
    if not password and user:
        password = secrets.get_secret(secrets.smtp_key(user, host)) or ""
    return MailSettings(
        host=host,
        port=int(settings.get(config.SMTP_PORT)),
        tls=bool(settings.get(config.SMTP_TLS)),
        user=user,
        password=password,
        sender=sender or (user if "@" in user else ""),
        timeout=float(max(1, settings.get(config.SMTP_TIMEOUT))),
    )


@dataclass(frozen=True)
class DispatchRow:
    """One line of an order's "what was sent to whom"."""

    id: int
    at: dt.datetime  # UTC
    user_name: str
    kind: str
    channel: str
    recipient: str
    status: str  # sent / failed
    error: str
    pages: int


# --- the record -------------------------------------------------------------------------------


def _record(
    user: UserInfo | None,
    kind: str,
    channel: str,
    recipient: str,
    status: str,
    *,
    order_id: int | None,
    client_id: int | None,
    pages: int = 0,
    error: str = "",
) -> int:
    if client_id is None and order_id is not None:
        client_id = m.Order.select(m.Order.client).where(m.Order.id == order_id).scalar()
    with m.db_proxy.atomic():
        row = m.DocumentDispatch.create(
            user=user.id if user else None,
            order=order_id,
            client=client_id,
            kind=kind[:32],
            channel=channel[:16],
            recipient=recipient[:200],
            status=status,
            error=error[:2000],
            pages=max(0, int(pages or 0)),
        )
    return row.id


def record_print(
    user: UserInfo,
    kind: str,
    *,
    order_id: int | None = None,
    client_id: int | None = None,
    pages: int = 0,
    channel: str = "print",
    recipient: str = "",
) -> int:
    """Note that a document was printed (``recipient`` = the printer) or saved as PDF (the file)."""
    actor(user)  # signed in: a made-up UserInfo is refused
    if channel not in ("print", "pdf"):
        raise DispatchError("dispatch.unknown_channel", channel=channel)
    return _record(
        user,
        kind,
        channel,
        recipient,
        DispatchStatus.SENT,
        order_id=order_id,
        client_id=client_id,
        pages=pages,
    )


def history(order_id: int) -> list[DispatchRow]:
    """What was printed, saved or sent for this order, newest first."""
    D = m.DocumentDispatch
    query = (
        D.select(D.id, D.at, m.User.full_name, D.kind, D.channel, D.recipient, D.status, D.error, D.pages)
        .join(m.User, JOIN.LEFT_OUTER, on=(D.user == m.User.id))
        .where(D.order == order_id)
        .order_by(D.at.desc(), D.id.desc())
        .tuples()
    )
    return [
        DispatchRow(id_, at, name or "", kind, channel, recipient, status, error, pages)
        for id_, at, name, kind, channel, recipient, status, error, pages in query
    ]


# --- e-mail ---------------------------------------------------------------------------------------


def order_history(order_id: int) -> tuple[str, list[DispatchRow]]:
    """What was printed, saved, e-mailed or faxed for an order: its number and the records."""
    from orderdesk_gui.services import documents

    return documents.order_contacts(order_id).number, history(order_id)


def parse_addresses(text: str) -> list[str]:
    """The addresses in ``a@x.kz, Name <b@y.kz>; c@z.kz``; DispatchError naming any that is not one."""
    from email.utils import parseaddr

    pieces = [p.strip() for p in (text or "").replace(";", ",").split(",") if p.strip()]
    if not pieces:
        raise DispatchError("dispatch.no_address")
    out: list[str] = []
    bad: list[str] = []
    for piece in pieces:
        _name, address = parseaddr(piece)
        if _ADDRESS.match(address or ""):
            if address.lower() not in {a.lower() for a in out}:
                out.append(address)
        else:
            bad.append(piece)
    if bad:
        raise DispatchError("dispatch.bad_address", addresses=bad)
    return out


def _message(
    mail: MailSettings, to: list[str], subject: str, body: str, attachments: Sequence[Attachment]
) -> EmailMessage:
    from email.message import EmailMessage
    from email.utils import format_datetime, make_msgid

    msg = EmailMessage()
    msg["From"] = mail.sender
    msg["To"] = ", ".join(to)
    msg["Subject"] = (subject or "").strip()
    msg["Date"] = format_datetime(clock.now_local())
    domain = mail.sender.rpartition("@")[2] or None
    msg["Message-ID"] = make_msgid(domain=domain)
    msg.set_content(body or "")
    total = 0
    for filename, data, mimetype in attachments:
        total += len(data)
        maintype, _, subtype = (mimetype or "application/octet-stream").partition("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype or "octet-stream", filename=filename)
    if total > MAX_ATTACHMENTS_BYTES:
        raise DispatchError(
            "dispatch.attachments_too_big",
            size=total // (1024 * 1024),
            most=MAX_ATTACHMENTS_BYTES // (1024 * 1024),
        )
    return msg


def _reply(exc: smtplib.SMTPResponseException) -> str:
    text = (
        exc.smtp_error.decode("utf-8", "replace")
        if isinstance(exc.smtp_error, bytes)
        else str(exc.smtp_error)
    )
    return f"{exc.smtp_code} {text}".strip()


def _login(client: smtplib.SMTP, mail: MailSettings) -> None:
    """Log in; smtplib encodes the user and password as ASCII, so other letters cannot be sent."""
    try:
        client.login(mail.user, mail.password)
    except UnicodeEncodeError:
        if not mail.user.isascii():
            raise DispatchError("dispatch.login_not_latin", user=mail.user) from None
        raise DispatchError("dispatch.password_not_latin") from None


def _close(client: smtplib.SMTP, *, polite: bool) -> None:
    """End the session: QUIT after a delivered message (its errors no longer matter, the server
    already took the message), else just drop the connection."""
    import smtplib

    try:
        if polite:
            client.quit()
    except (OSError, smtplib.SMTPException):
        pass
    finally:
        client.close()


def _deliver(mail: MailSettings, msg: EmailMessage, to: list[str]) -> dict[str, str]:
    """Hand the message to the server; returns the recipients it refused ({} when all accepted).
    Raises DispatchError with a clear text for every way it can fail."""
    import smtplib
    import socket
    import ssl

    where = f"{mail.host}:{mail.port}"
    seconds = Decimal(str(mail.timeout))

    try:
        if mail.port == 465:
            client: smtplib.SMTP = smtplib.SMTP_SSL(
                mail.host, mail.port, timeout=mail.timeout, context=ssl.create_default_context()
            )
        else:
            client = smtplib.SMTP(mail.host, mail.port, timeout=mail.timeout)
    except TimeoutError:
        raise DispatchError("dispatch.smtp_slow", server=where, seconds=seconds) from None
    except smtplib.SMTPServerDisconnected as exc:
        if "timed out" in str(exc):
            raise DispatchError("dispatch.smtp_slow", server=where, seconds=seconds) from None
        raise DispatchError("dispatch.smtp_closed_at_once", server=where) from None
    except socket.gaierror:
        raise DispatchError("dispatch.smtp_unknown_host", host=mail.host) from None
    except (ConnectionError, OSError, smtplib.SMTPException) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc) or type(exc).__name__
        raise DispatchError("dispatch.smtp_unreachable", server=where, reply=reason) from None
    accepted = False
    try:
        client.ehlo()
        if mail.tls and mail.port != 465:
            if not client.has_extn("starttls"):
                raise DispatchError("dispatch.smtp_no_starttls", server=where)
            client.starttls(context=ssl.create_default_context())
            client.ehlo()
        if mail.user:
            _login(client, mail)
        refused = client.send_message(msg, from_addr=mail.sender, to_addrs=to)
        accepted = True
    except DispatchError:
        raise
    except smtplib.SMTPAuthenticationError as exc:
        raise DispatchError("dispatch.smtp_login_refused", user=mail.user, reply=_reply(exc)) from None
    except smtplib.SMTPNotSupportedError:
        raise DispatchError("dispatch.smtp_no_login", server=where) from None
    except smtplib.SMTPRecipientsRefused as exc:
        detail = "; ".join(
            f"{addr}: {code} {resp.decode('utf-8', 'replace') if isinstance(resp, bytes) else resp}"
            for addr, (code, resp) in exc.recipients.items()
        )
        raise DispatchError("dispatch.smtp_recipient_refused", reply=detail) from None
    except smtplib.SMTPSenderRefused as exc:
        raise DispatchError("dispatch.smtp_sender_refused", sender=mail.sender, reply=_reply(exc)) from None
    except smtplib.SMTPResponseException as exc:
        raise DispatchError("dispatch.smtp_refused", reply=_reply(exc)) from None
    except smtplib.SMTPServerDisconnected:
        raise DispatchError("dispatch.smtp_closed", server=where) from None
    except ssl.SSLError as exc:
        raise DispatchError("dispatch.smtp_tls_failed", server=where, reply=str(exc.reason or exc)) from None
    except TimeoutError:
        raise DispatchError("dispatch.smtp_stopped", server=where, seconds=seconds) from None
    except (OSError, smtplib.SMTPException) as exc:
        raise DispatchError("dispatch.smtp_failed", server=where, reply=str(exc)) from None
    finally:
        _close(client, polite=accepted)
    return {
        addr: f"{code} {resp.decode('utf-8', 'replace') if isinstance(resp, bytes) else resp}"
        for addr, (code, resp) in (refused or {}).items()
    }


def _check_mail(mail: MailSettings | None) -> MailSettings:
    if mail is None or not mail.configured:
        raise DispatchError("dispatch.no_mail_server")
    if not _ADDRESS.match(mail.sender or ""):
        raise DispatchError("dispatch.bad_sender")
    return mail


def _mail(
    user: UserInfo,
    mail: MailSettings | None,
    to: str,
    subject: str,
    body: str,
    attachments: Sequence[Attachment],
    *,
    kind: str,
    channel: str,
    order_id: int | None,
    client_id: int | None,
    pages: int,
    label: str = "",
) -> int:
    addresses = parse_addresses(to)  # a typing mistake: told, not recorded
    recipient = label or ", ".join(addresses)
    try:
        mail = _check_mail(mail)
    except DispatchError as exc:  # no mail server set up: it did not go, and the history says why
        log.warning("%s by %s to %s not sent: %s", kind, channel, recipient, exc)
        _record(
            user, kind, channel, recipient, DispatchStatus.FAILED,
            order_id=order_id, client_id=client_id, pages=pages, error=stored_error(exc),
        )  # fmt: skip
        raise
    msg = _message(mail, addresses, subject, body, attachments)
    try:
        refused = _deliver(mail, msg, addresses)
    except DispatchError as exc:
        log.warning("%s by %s to %s failed: %s", kind, channel, recipient, exc)
        _record(
            user, kind, channel, recipient, DispatchStatus.FAILED,
            order_id=order_id, client_id=client_id, pages=pages, error=stored_error(exc),
        )  # fmt: skip
        raise
    accepted = [a for a in addresses if a not in refused]
    sent_label = label or ", ".join(accepted)
    dispatch_id = _record(
        user,
        kind,
        channel,
        sent_label,
        DispatchStatus.SENT,
        order_id=order_id,
        client_id=client_id,
        pages=pages,
    )
    log.info("%s sent by %s to %s", kind, channel, sent_label)
    if refused:
        detail = "; ".join(f"{a}: {why}" for a, why in refused.items())
        _record(
            user, kind, channel, ", ".join(refused), DispatchStatus.FAILED,
            order_id=order_id, client_id=client_id, pages=pages, error=detail,
        )  # fmt: skip
        raise DispatchError("dispatch.partly_refused", sent=accepted, refused=list(refused), reply=detail)
    return dispatch_id


def send_email(
    user: UserInfo,
    mail: MailSettings | None,
    to: str,
    subject: str,
    body: str,
    attachments: Sequence[Attachment],
    *,
    kind: str,
    order_id: int | None = None,
    client_id: int | None = None,
    pages: int = 0,
) -> int:
    """Send a message with attachments through the SMTP server; returns the DocumentDispatch id.

    Addresses are checked first (nothing is recorded for a typing mistake); a server that cannot
    be reached, times out, refuses the login, the sender or the recipient raises ``DispatchError``
    and leaves a "failed" record with the reason; "sent" is written only after the server took it.
    """
    actor(user)  # signed in: a made-up UserInfo is refused
    if kind not in KINDS:
        raise DispatchError("dispatch.unknown_kind", kind=kind)
    return _mail(
        user, mail, to, subject, body, attachments,
        kind=kind, channel="email", order_id=order_id, client_id=client_id, pages=pages,
    )  # fmt: skip


# --- fax -------------------------------------------------------------------------------------------


def fax_digits(number: str) -> str:
    """The digits to dial: the E.164 form without '+' (``+7 727 300-00-01`` -> ``77273000001``).
    Only a complete, valid number is dialled: a local number without its city code is refused."""
    text = (number or "").strip()
    if not text:
        raise DispatchError("dispatch.no_fax_number")
    e164 = try_e164(text)
    if e164 is None:
        raise DispatchError("dispatch.not_a_fax_number", number=text)
    import phonenumbers

    if not phonenumbers.is_valid_number(phonenumbers.parse(e164)):
        raise DispatchError("dispatch.fax_number_incomplete", number=text)
    return e164.lstrip("+")


def _command_args(template: str, path: str, digits: str) -> list[str]:
    try:
        parts = shlex.split(template, posix=os.name != "nt")
    except ValueError as exc:
        raise DispatchError("dispatch.fax_command_unreadable", problem=str(exc)) from None
    if not parts:
        raise DispatchError("dispatch.fax_command_empty")
    if not any("{file}" in p for p in parts):
        raise DispatchError("dispatch.fax_command_no_file", token="{file}")
    if not any("{number}" in p for p in parts):
        raise DispatchError("dispatch.fax_command_no_number", token="{number}")
    return [p.replace("{file}", path).replace("{number}", digits) for p in parts]


def _tail(data: bytes | str | None, limit: int = 400) -> str:
    if not data:
        return ""
    text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
    text = text.strip()
    return text if len(text) <= limit else "…" + text[-limit:]


def _run_command(template: str, tiff: bytes, digits: str, timeout: float) -> None:
    import subprocess

    fd, name = tempfile.mkstemp(prefix="orderdesk-fax-", suffix=".tif")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(tiff)
        args = _command_args(template, name, digits)
        try:
            done = subprocess.run(args, capture_output=True, timeout=timeout, check=False, shell=False)
        except FileNotFoundError:
            raise DispatchError("dispatch.fax_command_not_found", command=args[0]) from None
        except PermissionError:
            raise DispatchError("dispatch.fax_command_not_allowed", command=args[0]) from None
        except subprocess.TimeoutExpired:
            raise DispatchError("dispatch.fax_command_slow", seconds=Decimal(str(timeout))) from None
        except OSError as exc:
            raise DispatchError("dispatch.fax_command_no_start", problem=exc.strerror or str(exc)) from None
        if done.returncode != 0:
            detail = _tail(done.stderr) or _tail(done.stdout) or "—"
            raise DispatchError("dispatch.fax_command_failed", exit_code=done.returncode, output=detail)
    finally:
        Path(name).unlink(missing_ok=True)


def send_fax(
    user: UserInfo,
    tiff: bytes,
    number: str,
    *,
    command: str = "",
    gateway: str = "",
    mail: MailSettings | None = None,
    kind: str = "fax_sheet",
    order_id: int | None = None,
    client_id: int | None = None,
    pages: int = 0,
    timeout: float = FAX_COMMAND_TIMEOUT_S,
    subject: str = "",
) -> int:
    """Send a fax TIFF: through ``command`` (``{file}`` and ``{number}`` replaced, run without a
    shell) when set, else e-mailed to ``gateway`` (``{number}`` replaced by the digits). Returns
    the DocumentDispatch id; failures raise ``DispatchError`` and are recorded as "failed"."""
    actor(user)  # signed in: a made-up UserInfo is refused
    if kind not in KINDS:
        raise DispatchError("dispatch.unknown_kind", kind=kind)
    if not tiff:
        raise DispatchError("dispatch.fax_no_pages")
    digits = fax_digits(number)
    command, gateway = (command or "").strip(), (gateway or "").strip()
    if command:
        try:
            _run_command(command, tiff, digits, timeout)
        except DispatchError as exc:
            log.warning("fax to %s by command failed: %s", digits, exc)
            _record(
                user, kind, "fax_command", digits, DispatchStatus.FAILED,
                order_id=order_id, client_id=client_id, pages=pages, error=stored_error(exc),
            )  # fmt: skip
            raise
        log.info("fax %s sent to %s by command", kind, digits)
        return _record(
            user,
            kind,
            "fax_command",
            digits,
            DispatchStatus.SENT,
            order_id=order_id,
            client_id=client_id,
            pages=pages,
        )
    if gateway and "{number}" in gateway:
        address = gateway.replace("{number}", digits)
        return _mail(
            user,
            mail,
            address,
            subject or digits,
            "",
            [(f"fax-{digits}.tif", tiff, "image/tiff")],
            kind=kind,
            channel="fax_gateway",
            order_id=order_id,
            client_id=client_id,
            pages=pages,
            label=f"{digits} ({address})",
        )
    # no way to send it: the fax did not go, and the order's history says so and why
    if gateway:
        exc, channel = DispatchError("dispatch.fax_gateway_no_number", token="{number}"), "fax_gateway"
    else:
        exc, channel = DispatchError("dispatch.no_fax_way"), "fax"
    log.warning("fax to %s not sent: %s", digits, exc)
    _record(
        user, kind, channel, digits, DispatchStatus.FAILED,
        order_id=order_id, client_id=client_id, pages=pages, error=stored_error(exc),
    )  # fmt: skip
    raise exc


def fax_document(
    user: UserInfo,
    make: Callable[[], bytes],
    rasterize: Callable[[bytes], tuple[bytes, int]],
    number: str,
    *,
    kind: str,
    order_id: int | None = None,
    client_id: int | None = None,
    **how,
) -> int:
    """Fax a document in one call: ``make`` renders its PDF, ``rasterize`` (the window's PDF engine)
    turns it into a Group 4 TIFF and its page count, ``send_fax`` sends and records it."""
    actor(user)  # signed in: a made-up UserInfo is refused
    fax_digits(number)  # a wrong number is refused before anything is rendered
    tiff, pages = rasterize(make())
    return send_fax(user, tiff, number, kind=kind, order_id=order_id, client_id=client_id, pages=pages, **how)
