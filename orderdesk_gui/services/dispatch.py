"""Sending documents by e-mail (SMTP) and fax (a fax command or an e-mail-to-fax gateway), and the record
of what was printed or sent to whom (``DocumentDispatch``): "sent" only once the other side accepted it.

No Qt. Passwords never reach a log line, an exception text or a record.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import shlex
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from peewee import JOIN

from orderdesk_gui import clock, config
from orderdesk_gui.db import models as m
from orderdesk_gui.domain.entities import UserInfo
from orderdesk_gui.domain.phones import try_e164
from orderdesk_gui.errors import CodedError

if TYPE_CHECKING:  # the mail and process modules load on first use, not at start-up
    import smtplib
    from email.message import EmailMessage

log = logging.getLogger(__name__)

ENV_SMTP_PASSWORD = "ORDERDESK_SMTP_PASSWORD"
KINDS = ("confirmation", "fax_sheet", "price_list", "reference", "daily_report")
CHANNELS = ("email", "fax_command", "fax_gateway", "print", "pdf")
FAX_COMMAND_TIMEOUT_S = 120
MAX_ATTACHMENTS_BYTES = 20 * 1024 * 1024
_ADDRESS = re.compile(r"^[^@\s<>()\[\],;:\"]+@[^@\s<>()\[\],;:\"]+\.[^@\s<>()\[\],;:\"]{2,}$")

Attachment = tuple[str, bytes, str]  # file name, content, MIME type


class DispatchError(CodedError, ValueError):
    """A document could not be sent; the text says why, for the operator (never a password)."""


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
    """The SMTP settings; ``$ORDERDESK_SMTP_PASSWORD`` overrides the saved password."""
    user = settings.get(config.SMTP_USER).strip()
    sender = settings.get(config.MAIL_FROM).strip() or settings.get(config.COMPANY_EMAIL).strip()
    return MailSettings(
        host=settings.get(config.SMTP_HOST).strip(),
        port=int(settings.get(config.SMTP_PORT)),
        tls=bool(settings.get(config.SMTP_TLS)),
        user=user,
        password=os.environ.get(ENV_SMTP_PASSWORD) or settings.get(config.SMTP_PASSWORD),
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
    if channel not in ("print", "pdf"):
        raise DispatchError(f"Unknown channel {channel!r} for a printed document.")
    return _record(
        user, kind, channel, recipient, "sent", order_id=order_id, client_id=client_id, pages=pages
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


def parse_addresses(text: str) -> list[str]:
    """The addresses in ``a@x.kz, Name <b@y.kz>; c@z.kz``; DispatchError naming any that is not one."""
    from email.utils import parseaddr

    pieces = [p.strip() for p in (text or "").replace(";", ",").split(",") if p.strip()]
    if not pieces:
        raise DispatchError("Type the recipient's e-mail address.")
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
        raise DispatchError("Not an e-mail address: " + ", ".join(repr(b) for b in bad) + ".")
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
            f"The attachments are {total // (1024 * 1024)} MB; most mail servers refuse more than "
            f"{MAX_ATTACHMENTS_BYTES // (1024 * 1024)} MB."
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
            raise DispatchError(
                f"The SMTP user name {mail.user!r} contains characters the server login cannot carry; "
                "use the Latin user name of the mailbox (mail.smtp_user)."
            ) from None
        raise DispatchError(
            "The SMTP password contains characters the server login cannot carry; only Latin letters, "
            "digits and punctuation can be sent: check the keyboard layout or change the mailbox "
            "password (mail.smtp_password)."
        ) from None


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
    slow = f"The mail server {where} did not answer within {mail.timeout:g} s."
    try:
        if mail.port == 465:
            client: smtplib.SMTP = smtplib.SMTP_SSL(
                mail.host, mail.port, timeout=mail.timeout, context=ssl.create_default_context()
            )
        else:
            client = smtplib.SMTP(mail.host, mail.port, timeout=mail.timeout)
    except TimeoutError:
        raise DispatchError(slow) from None
    except smtplib.SMTPServerDisconnected as exc:
        if "timed out" in str(exc):
            raise DispatchError(slow) from None
        raise DispatchError(f"The mail server {where} closed the connection at once.") from None
    except socket.gaierror:
        raise DispatchError(f"The mail server name {mail.host!r} is unknown: check mail.smtp_host.") from None
    except (ConnectionError, OSError, smtplib.SMTPException) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc) or type(exc).__name__
        raise DispatchError(f"The mail server {where} cannot be reached ({reason}).") from None
    accepted = False
    try:
        client.ehlo()
        if mail.tls and mail.port != 465:
            if not client.has_extn("starttls"):
                raise DispatchError(
                    f"The mail server {where} does not offer STARTTLS; turn mail.smtp_tls off only if "
                    "the server is on a trusted network."
                )
            client.starttls(context=ssl.create_default_context())
            client.ehlo()
        if mail.user:
            _login(client, mail)
        refused = client.send_message(msg, from_addr=mail.sender, to_addrs=to)
        accepted = True
    except DispatchError:
        raise
    except smtplib.SMTPAuthenticationError as exc:
        raise DispatchError(
            f"The mail server refused the login {mail.user!r} ({_reply(exc)}): check the user and password."
        ) from None
    except smtplib.SMTPNotSupportedError:
        raise DispatchError(f"The mail server {where} does not support logging in here.") from None
    except smtplib.SMTPRecipientsRefused as exc:
        detail = "; ".join(
            f"{addr}: {code} {resp.decode('utf-8', 'replace') if isinstance(resp, bytes) else resp}"
            for addr, (code, resp) in exc.recipients.items()
        )
        raise DispatchError(f"The mail server refused the recipient ({detail}).") from None
    except smtplib.SMTPSenderRefused as exc:
        raise DispatchError(
            f"The mail server refused the sender address {mail.sender!r} ({_reply(exc)}): check mail.from."
        ) from None
    except smtplib.SMTPResponseException as exc:
        raise DispatchError(f"The mail server refused the message ({_reply(exc)}).") from None
    except smtplib.SMTPServerDisconnected:
        raise DispatchError(
            f"The mail server {where} closed the connection before the message was sent."
        ) from None
    except ssl.SSLError as exc:
        raise DispatchError(f"A secure connection to {where} failed ({exc.reason or exc}).") from None
    except TimeoutError:
        raise DispatchError(f"The mail server {where} stopped answering (over {mail.timeout:g} s).") from None
    except (OSError, smtplib.SMTPException) as exc:
        raise DispatchError(f"Sending through {where} failed ({exc}).") from None
    finally:
        _close(client, polite=accepted)
    return {
        addr: f"{code} {resp.decode('utf-8', 'replace') if isinstance(resp, bytes) else resp}"
        for addr, (code, resp) in (refused or {}).items()
    }


def _check_mail(mail: MailSettings | None) -> MailSettings:
    if mail is None or not mail.configured:
        raise DispatchError(
            "No mail server is set: fill in the SMTP server in the settings (mail.smtp_host)."
        )
    if not _ADDRESS.match(mail.sender or ""):
        raise DispatchError("The sender address (mail.from) is not set or not an e-mail address.")
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
    mail = _check_mail(mail)
    addresses = parse_addresses(to)
    msg = _message(mail, addresses, subject, body, attachments)
    recipient = label or ", ".join(addresses)
    try:
        refused = _deliver(mail, msg, addresses)
    except DispatchError as exc:
        log.warning("%s by %s to %s failed: %s", kind, channel, recipient, exc)
        _record(
            user, kind, channel, recipient, "failed",
            order_id=order_id, client_id=client_id, pages=pages, error=str(exc),
        )  # fmt: skip
        raise
    accepted = [a for a in addresses if a not in refused]
    sent_label = label or ", ".join(accepted)
    dispatch_id = _record(
        user, kind, channel, sent_label, "sent", order_id=order_id, client_id=client_id, pages=pages
    )
    log.info("%s sent by %s to %s", kind, channel, sent_label)
    if refused:
        detail = "; ".join(f"{a}: {why}" for a, why in refused.items())
        _record(
            user, kind, channel, ", ".join(refused), "failed",
            order_id=order_id, client_id=client_id, pages=pages, error=detail,
        )  # fmt: skip
        raise DispatchError(
            f"Sent to {', '.join(accepted)}, but the mail server refused {', '.join(refused)} ({detail})."
        )
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
    if kind not in KINDS:
        raise DispatchError(f"Unknown document kind {kind!r}.")
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
        raise DispatchError("Type the fax number.")
    e164 = try_e164(text)
    if e164 is None:
        raise DispatchError(f"{text!r} is not a fax number.")
    import phonenumbers

    if not phonenumbers.is_valid_number(phonenumbers.parse(e164)):
        raise DispatchError(
            f"{text!r} is not a complete fax number: type it with the city or operator code, "
            "e.g. 8 727 250 11 22 or +7 727 250 11 22."
        )
    return e164.lstrip("+")


def _command_args(template: str, path: str, digits: str) -> list[str]:
    try:
        parts = shlex.split(template, posix=os.name != "nt")
    except ValueError as exc:
        raise DispatchError(f"The fax command setting cannot be read ({exc}): check fax.command.") from None
    if not parts:
        raise DispatchError("The fax command is empty: check fax.command.")
    if not any("{file}" in p for p in parts):
        raise DispatchError(
            "The fax command must contain {file} where the TIFF file goes: check fax.command."
        )
    if not any("{number}" in p for p in parts):
        raise DispatchError(
            "The fax command must contain {number} where the fax number goes: check fax.command."
        )
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
            raise DispatchError(f"The fax command {args[0]!r} was not found: check fax.command.") from None
        except PermissionError:
            raise DispatchError(
                f"The fax command {args[0]!r} may not be run here: check fax.command."
            ) from None
        except subprocess.TimeoutExpired:
            raise DispatchError(f"The fax command did not finish within {timeout:g} s.") from None
        except OSError as exc:
            raise DispatchError(f"The fax command could not start ({exc.strerror or exc}).") from None
        if done.returncode != 0:
            detail = _tail(done.stderr) or _tail(done.stdout) or "no message"
            raise DispatchError(f"The fax command failed (exit code {done.returncode}): {detail}")
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
    if kind not in KINDS:
        raise DispatchError(f"Unknown document kind {kind!r}.")
    if not tiff:
        raise DispatchError("The fax has no pages.")
    digits = fax_digits(number)
    command, gateway = (command or "").strip(), (gateway or "").strip()
    if command:
        try:
            _run_command(command, tiff, digits, timeout)
        except DispatchError as exc:
            log.warning("fax to %s by command failed: %s", digits, exc)
            _record(
                user, kind, "fax_command", digits, "failed",
                order_id=order_id, client_id=client_id, pages=pages, error=str(exc),
            )  # fmt: skip
            raise
        log.info("fax %s sent to %s by command", kind, digits)
        return _record(
            user, kind, "fax_command", digits, "sent", order_id=order_id, client_id=client_id, pages=pages
        )
    if gateway:
        if "{number}" not in gateway:
            raise DispatchError("The fax gateway address must contain {number}: check fax.gateway_email.")
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
    raise DispatchError(
        "No way to send a fax is set: fill in the fax command (fax.command) or the e-mail-to-fax "
        "gateway (fax.gateway_email) in the settings."
    )
