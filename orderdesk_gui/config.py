"""Typed application settings: declared once with defaults, read from a JSON file, saved atomically.

Resolution of the database URL: ``--db`` option, then the ``ORDERDESK_DB``
environment variable, then the saved setting, then the embedded default (a
SQLite file in the user's data folder). ``ORDERDESK_HOME`` moves both the
settings file and the data folder (used by tests and portable installs).

Passwords do not stay in the file: one found in ``mail.smtp_password`` or in a PostgreSQL
``database.url`` when the settings are read or saved is moved into the system's credential store
(``orderdesk_gui/secrets.py``), and read back from there by whoever needs it (the mail settings,
the database connection). Where there is no store it stays in the file, as before.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar
from urllib.parse import unquote, urlsplit, urlunsplit

from orderdesk_gui import secrets

log = logging.getLogger(__name__)

T = TypeVar("T")

ENV_DB = "ORDERDESK_DB"
ENV_HOME = "ORDERDESK_HOME"


@dataclass(frozen=True)
class Option(Generic[T]):
    """One setting: its key, type and default (compare picard/options.py)."""

    key: str
    default: T
    type: type
    title: str = ""

    def coerce(self, value: Any) -> T:
        if value is None:
            return self.default
        if self.type is bool:
            if isinstance(value, str):
                return value.strip().lower() in ("1", "true", "yes", "on")  # type: ignore[return-value]
            return bool(value)  # type: ignore[return-value]
        try:
            return self.type(value)
        except (TypeError, ValueError):
            log.warning("setting %s has a bad value; using the default", self.key)
            return self.default


OPTIONS: dict[str, Option[Any]] = {}


def _opt(key: str, default: T, title: str = "") -> Option[T]:
    option = Option(key, default, type(default), title)
    OPTIONS[key] = option
    return option


# Database and branch
DATABASE_URL = _opt("database.url", "", "Database URL (empty: embedded SQLite in the data folder)")
LAST_DATABASE = _opt(
    "database.last_url", "", "The database opened last (used when database.url and --db are not given)"
)
BRANCH_PREFIX = _opt("branch.prefix", "B1", "Prefix of readable order numbers")
# The clock (orderdesk_gui/clock.py)
OFFICE_TIMEZONE = _opt(
    "office.timezone", "", "Office time zone, e.g. Asia/Almaty (empty: the machine's zone)"
)
CLOCK_AS_OF = _opt("clock.as_of", "", "Open on this day, YYYY-MM-DD, for training and demos (empty: today)")
# User interface
UI_LANGUAGE = _opt("ui.language", "", "Interface language: en, ru, kk (empty: system)")
UI_GEOMETRY = _opt("ui.geometry", "", "Main window geometry (saved on exit)")
UI_STATE = _opt("ui.state", "", "Main window dock state (saved on exit)")
UI_SPLITTER = _opt("ui.splitter", "", "Main window splitter sizes (saved on exit)")
UI_LAST_LOGIN = _opt("ui.last_login", "", "Last user name signed in on this machine")
DESK_NAME = _opt("desk.name", "", "This desk's name as colleagues see it (empty: the computer's name)")
# Order taking rules
MIN_SUGGESTIONS = _opt("orders.min_suggestions", 3, "Suggestions to offer before an order completes")
MAX_LINE_QUANTITY = _opt("orders.max_line_quantity", 10000, "Largest quantity accepted on one line")
WORK_WEEKENDS = _opt("orders.work_weekends", False, "Deliver on Saturdays and Sundays")
HOLIDAYS = _opt("orders.holidays", "", "No-delivery dates, comma separated YYYY-MM-DD")
DEBT_TOLERANCE = _opt("debt.tolerance", "1.00", "Unpaid remainder below which a document never blocks")
DEBT_AMBER_DAYS = _opt("debt.amber_days", 3, "Due within this many days turns the indicator amber")
DEBT_NO_CREDIT = _opt(
    "debt.no_credit_payment_forms", "cash,card", "Payment forms that create no receivable, comma separated"
)
DEBT_AMBER_RATIO = _opt("debt.amber_ratio", "0.9", "Share of the credit limit that turns it amber")
# Exchange with accounting (issue 13)
DEBTS_STALE_HOURS = _opt(
    "exchange.debts_stale_hours", 24, "Debts brought in longer ago than this many hours are shown as old"
)
# Callbacks, sleeping clients and the journal (D1, D14, D16)
CALLBACK_MAX_ATTEMPTS = _opt("callbacks.max_attempts", 3, "Failed attempts before the head gets a callback")
CALLBACK_RETRY_MINUTES = _opt("callbacks.retry_minutes", 30, "Minutes before a failed callback is due again")
CALLBACK_DROP_FOLDER = _opt("callbacks.drop_folder", "", "Folder of callback CSV files (empty: none)")
EXCHANGE_DROP_FOLDER = _opt(
    "exchange.drop_folder",
    "",
    "Folder where accounting leaves its files for 'orderdesk import --watch' (empty: none)",
)
CALLBACK_CHECK_SECONDS = _opt("callbacks.check_seconds", 20, "How often the queue looks for due callbacks")
SLEEPING_MARGIN = _opt("sleeping.margin", "0.5", "Overdue by this share of the usual interval: sleeping")
SLEEPING_MIN_DAYS = _opt("sleeping.min_days", 14, "Never sleeping before this many days without an order")
SLEEPING_MIN_ORDERS = _opt("sleeping.min_orders", 3, "Orders needed before a client has a usual interval")
REACTIVATION_DAYS = _opt("sleeping.reactivation_days", 14, "Days after a call in which an order reactivates")
# Company (documents)
COMPANY_NAME = _opt("company.name", "ТОО «Азық-Түлік Дистрибуция»", "Company name on documents")
COMPANY_ADDRESS = _opt("company.address", "г. Алматы, ул. Толе би, 101", "Company address")
COMPANY_PHONE = _opt("company.phone", "+7 727 300 00 00", "Company phone")
COMPANY_FAX = _opt("company.fax", "+7 727 300 00 01", "Company fax")
COMPANY_TAX_ID = _opt("company.tax_id", "990140000123", "Company BIN")
COMPANY_EMAIL = _opt("company.email", "orders@example.kz", "Company e-mail on documents")
COMPANY_BANK = _opt("company.bank", "", "Company's bank on documents")
COMPANY_ACCOUNT = _opt("company.account", "", "Company's bank account (IIK, IBAN) on documents")
COMPANY_BIK = _opt("company.bik", "", "Company's bank identification code (BIC) on documents")
COMPANY_LOGO = _opt("company.logo", "", "Logo image on documents (file name in resources/ or a path)")
DOCUMENT_TERMS = _opt(
    "documents.terms",
    "Цены указаны в тенге с учётом НДС. Товар принимается по количеству и качеству при получении.",
    "Terms text printed under the order confirmation",
)
DOCUMENT_LANGUAGE = _opt(
    "documents.language", "", "Language of every document: ru, kk or en (empty: the operator's interface)"
)
# Printing, fax and mail
PRINTER_NAME = _opt("printing.printer", "", "Default printer (empty: system default)")
PAPER_SIZE = _opt("printing.paper", "A4", "Paper size: A4 or Letter")
FAX_COMMAND = _opt("fax.command", "", "Fax command line; {file} and {number} are replaced")
FAX_GATEWAY = _opt("fax.gateway_email", "", "E-mail-to-fax gateway address, {number} replaced")
FAX_ENCODING = _opt(
    "fax.encoding", "group3-2d", "Fax TIFF encoding: group3-2d (TIFF Class F), group3-1d or group4"
)
SMTP_HOST = _opt("mail.smtp_host", "", "SMTP server host")
SMTP_PORT = _opt("mail.smtp_port", 587, "SMTP server port")
SMTP_TLS = _opt("mail.smtp_tls", True, "Use STARTTLS")
SMTP_USER = _opt("mail.smtp_user", "", "SMTP login")
SMTP_PASSWORD = _opt("mail.smtp_password", "", "SMTP password (or $ORDERDESK_SMTP_PASSWORD); never logged")
SMTP_TIMEOUT = _opt("mail.timeout_s", 20, "Seconds to wait for the SMTP server")
MAIL_FROM = _opt("mail.from", "", "Sender address")
# Exchange with accounting (1C): exported order files and 1C's "exchange with a web site" endpoint
EXCHANGE_CURRENCY = _opt("exchange.currency", "KZT", "Currency code written on exported orders")
EXCHANGE_EXPORT_FOLDER = _opt(
    "exchange.export_folder", "", "Folder of exported order files (empty: 'exports' in the data folder)"
)
EXCHANGE_FILE_ENCODING = _opt(
    "exchange.file_encoding", "utf-8", "Encoding of exported order files: utf-8 or windows-1251"
)
EXCHANGE_ENCODING = _opt(
    "exchange.encoding", "windows-1251", "Encoding of the orders 1C takes over HTTP (type=sale&mode=query)"
)
EXCHANGE_HOST = _opt("exchange.host", "127.0.0.1", "Address the 1C exchange endpoint listens on")
EXCHANGE_PORT = _opt("exchange.port", 8087, "Port of the 1C exchange endpoint")
EXCHANGE_FOLDER = _opt(
    "exchange.upload_folder", "", "Folder of 1C's uploads (empty: 'exchange' in the data folder)"
)
EXCHANGE_FILE_LIMIT = _opt(
    "exchange.file_limit", 8 * 2**20, "Largest piece 1C sends in one request, bytes (its file_limit)"
)
EXCHANGE_MAX_UPLOAD_MB = _opt("exchange.max_upload_mb", 64, "Largest file 1C may upload, all pieces, MB")
EXCHANGE_MAX_UNPACKED_MB = _opt(
    "exchange.max_unpacked_mb", 1024, "Largest total size of the files unpacked from 1C's zip, MB"
)
EXCHANGE_MAX_ZIP_ENTRIES = _opt("exchange.max_zip_entries", 5000, "Most files in one zip from 1C")
EXCHANGE_MAX_ZIP_RATIO = _opt(
    "exchange.max_zip_ratio", 200, "Largest unpacked/packed size ratio of a zip entry (a zip bomb's mark)"
)
EXCHANGE_IMPORT_WAIT_S = _opt(
    "exchange.import_wait_s", 20, "Seconds an import call waits before answering 'progress' (1C asks again)"
)
EXCHANGE_SESSION_MINUTES = _opt("exchange.session_minutes", 60, "Minutes a 1C exchange session stays valid")

# Settings every desk on one database shares (issue 16 part 5): kept in the database (``app_setting``,
# changed in the Settings dialog by an administrator, audited), read when the database opens and again
# when another desk changes them. Everything else belongs to this desk and stays in its settings.json:
# its database, language, window, name, time zone (read before the database opens: it sets the clock),
# printer and paper, fax command (a program on this machine), the
# exchange endpoint and folders (the machine that runs them) and how often it polls. The SMTP password is
# neither: it stays in each desk's credential store (``secrets.py``).
OFFICE_KEYS: frozenset[str] = frozenset(
    {
        BRANCH_PREFIX.key,
        MIN_SUGGESTIONS.key,
        MAX_LINE_QUANTITY.key,
        WORK_WEEKENDS.key,
        HOLIDAYS.key,
        DEBT_TOLERANCE.key,
        DEBT_AMBER_DAYS.key,
        DEBT_NO_CREDIT.key,
        DEBT_AMBER_RATIO.key,
        DEBTS_STALE_HOURS.key,
        CALLBACK_MAX_ATTEMPTS.key,
        CALLBACK_RETRY_MINUTES.key,
        SLEEPING_MARGIN.key,
        SLEEPING_MIN_DAYS.key,
        SLEEPING_MIN_ORDERS.key,
        REACTIVATION_DAYS.key,
        COMPANY_NAME.key,
        COMPANY_ADDRESS.key,
        COMPANY_PHONE.key,
        COMPANY_FAX.key,
        COMPANY_TAX_ID.key,
        COMPANY_EMAIL.key,
        COMPANY_BANK.key,
        COMPANY_ACCOUNT.key,
        COMPANY_BIK.key,
        COMPANY_LOGO.key,
        DOCUMENT_TERMS.key,
        DOCUMENT_LANGUAGE.key,
        FAX_GATEWAY.key,
        FAX_ENCODING.key,
        SMTP_HOST.key,
        SMTP_PORT.key,
        SMTP_TLS.key,
        SMTP_USER.key,
        SMTP_TIMEOUT.key,
        MAIL_FROM.key,
    }
)


def is_office(option: Option[Any]) -> bool:
    """True for a setting every desk on the database shares (kept there), False for this desk's own."""
    return option.key in OFFICE_KEYS


def home_dir() -> Path | None:
    value = os.environ.get(ENV_HOME)
    return Path(value) if value else None


def config_dir() -> Path:
    home = home_dir()
    if home is not None:
        return home
    from platformdirs import user_config_path

    return user_config_path("OrderDesk", appauthor=False, roaming=True)


def data_dir() -> Path:
    home = home_dir()
    if home is not None:
        return home / "data"
    from platformdirs import user_data_path

    return user_data_path("OrderDesk", appauthor=False, roaming=False)


def default_database_url() -> str:
    return "sqlite:///" + (data_dir() / "orderdesk.db").as_posix()


def demo_database_url() -> str:
    return "sqlite:///" + (data_dir() / "demo.db").as_posix()


class Settings:
    """The saved settings of this machine, typed through ``OPTIONS``."""

    FILE_NAME = "settings.json"

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or (config_dir() / self.FILE_NAME)
        self._values: dict[str, Any] = {}
        self._office: dict[str, Any] = {}
        self.load()

    def use_office(self, values: dict[str, str]) -> None:
        """The settings every desk on the open database shares (its ``app_setting`` rows, such as the
        company's requisites written by ``orderdesk setup``): an office-wide setting (``OFFICE_KEYS``)
        found there wins over this machine's file, which keeps only what was never taken over; never
        written to the file."""
        self._office = {k: v for k, v in values.items() if k in OPTIONS}

    def file_values(self) -> dict[str, Any]:
        """This machine's file as read (office-wide settings in it are taken over by the database once)."""
        return dict(self._values)

    def office_value(self, option: Option[T]) -> T:
        """The database's value of an office-wide setting (the default when it has none)."""
        return option.coerce(self._office.get(option.key))

    def in_file(self, option: Option[Any]) -> bool:
        return option.key in self._values

    def reset(self, option: Option[Any]) -> None:
        """Back to the default in this machine's file (the setting is removed from it)."""
        self._values.pop(option.key, None)

    def load(self) -> None:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raw = {}
        except (OSError, ValueError) as exc:
            log.warning("settings file %s unreadable (%s); using defaults", self.path, exc)
            raw = {}
        self._values = {k: v for k, v in raw.items() if k in OPTIONS} if isinstance(raw, dict) else {}
        if self._store_secrets():
            try:
                self.save()  # the password leaves the file now, not at the next save
            except OSError as exc:
                log.warning("settings file %s not rewritten without its password (%s)", self.path, exc)

    def _store_secrets(self) -> bool:
        """Move a password held in the values into the credential store; True when one moved."""
        moved = False
        password = self._values.get(SMTP_PASSWORD.key)
        if password:
            key = secrets.smtp_key(self.get(SMTP_USER).strip(), self.get(SMTP_HOST).strip())
            if secrets.set_secret(key, str(password)):
                del self._values[SMTP_PASSWORD.key]
                moved = True
        url = self._values.get(DATABASE_URL.key)
        taken = _take_database_password(url) if isinstance(url, str) else None
        if taken is not None and secrets.set_secret(taken[1], taken[2]):
            self._values[DATABASE_URL.key] = taken[0]
            moved = True
        return moved

    def get(self, option: Option[T]) -> T:
        if option.key in OFFICE_KEYS and option.key in self._office:
            return option.coerce(self._office[option.key])
        return option.coerce(self._values.get(option.key, self._office.get(option.key)))

    def set(self, option: Option[T], value: T) -> None:
        self._values[option.key] = option.coerce(value)

    def save(self) -> None:
        """Write atomically: a temporary file beside the target, then rename (readable by the user only)."""
        self._store_secrets()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".settings-", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(self._values, fh, ensure_ascii=False, indent=2, sort_keys=True)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def _take_database_password(url: str) -> tuple[str, str, str] | None:
    """(the URL without its password, the store's key, the password) of a PostgreSQL URL that
    holds one; None for any other URL (a malformed one is refused when connecting)."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port or 5432
    except ValueError:
        return None
    if parts.scheme.lower() not in ("postgresql", "postgres", "postgresql+psycopg2"):
        return None
    if not parts.password or not parts.hostname or "@" in parts.path + parts.query + parts.fragment:
        return None
    userinfo, _, host_port = parts.netloc.rpartition("@")
    user = userinfo.partition(":")[0]
    key = secrets.database_key(unquote(user), parts.hostname, port, unquote(parts.path.lstrip("/")))
    return urlunsplit(parts._replace(netloc=f"{user}@{host_port}")), key, unquote(parts.password)


def resolve_database_url(cli_value: str | None, settings: Settings) -> str:
    """``--db``, then ``ORDERDESK_DB``, then the saved setting, then the database opened last (so the
    phone system's ``orderdesk call`` opens the desk's database, the demo's too), then the default."""
    last = settings.get(LAST_DATABASE)
    if last.startswith("sqlite:///") and not Path(last[len("sqlite:///") :]).is_file():
        last = ""  # a file since moved or deleted: not a reason to open an empty one there
    for candidate in (cli_value, os.environ.get(ENV_DB), settings.get(DATABASE_URL), last):
        if candidate and candidate.strip():
            return candidate.strip()
    return default_database_url()


def debt_rules(settings: Settings):
    """The debt gate's thresholds from the settings (bad values fall back to the defaults)."""
    from decimal import Decimal, InvalidOperation

    from orderdesk_gui.domain.debt import DebtRules

    default = DebtRules()
    try:
        tolerance = Decimal(settings.get(DEBT_TOLERANCE))
        ratio = Decimal(settings.get(DEBT_AMBER_RATIO))
    except InvalidOperation:
        return default
    if tolerance < 0 or not 0 < ratio <= 1:
        return default
    forms = tuple(f.strip() for f in str(settings.get(DEBT_NO_CREDIT)).split(",") if f.strip())
    stale_hours = settings.get(DEBTS_STALE_HOURS)
    return DebtRules(
        tolerance=tolerance,
        amber_days=max(0, settings.get(DEBT_AMBER_DAYS)),
        amber_ratio=ratio,
        no_credit_forms=forms,
        stale_hours=stale_hours if stale_hours > 0 else default.stale_hours,
    )


def holidays(settings: Settings) -> set:
    """The configured no-delivery dates; unreadable entries are skipped."""
    import datetime as dt

    out = set()
    for part in settings.get(HOLIDAYS).split(","):
        try:
            out.add(dt.date.fromisoformat(part.strip()))
        except ValueError:
            continue
    return out


def desk_name(settings: Settings) -> str:
    """What other desks call this one: the ``desk.name`` setting, else the computer's name."""
    import socket

    return (settings.get(DESK_NAME).strip() or socket.gethostname() or "?")[:64]
