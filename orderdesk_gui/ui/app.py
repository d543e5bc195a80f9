"""Application start-up: Qt application, translations, database on the worker, sign-in, main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, Qt, QTimer, QTranslator, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from orderdesk_gui import __version__, clock, config, resources
from orderdesk_gui.domain.entities import UserInfo
from orderdesk_gui.ui import formatting as fmt
from orderdesk_gui.ui import messages
from orderdesk_gui.ui.desk_session import DeskSession
from orderdesk_gui.ui.hub import Hub
from orderdesk_gui.ui.worker import DbWorker

log = logging.getLogger(__name__)
LANGUAGES = ("en", "ru", "kk")


def install_translators(app: QApplication, language: str | None) -> str:
    """Load OrderDesk's and Qt's own translations; returns the language in use."""
    lang = (language or QLocale.system().name().split("_")[0]).lower()
    if lang not in LANGUAGES:
        lang = "en"
    if lang == "en":
        return lang
    ours = QTranslator(app)
    if ours.load(str(resources.path("i18n", f"orderdesk_{lang}.qm"))):
        app.installTranslator(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
    QLocale.setDefault(QLocale(lang))
    return lang


def _close_database() -> None:
    from orderdesk_gui.db.models import db_proxy

    if db_proxy.obj is not None and not db_proxy.is_closed():
        db_proxy.close()


def _ping() -> bool:
    from orderdesk_gui.db.models import db_proxy

    db_proxy.execute_sql("SELECT 1")
    return True


class OrderDeskApp(QObject):
    """Runs one session of the program: opens the database, signs in, shows the window."""

    opened = Signal()
    failed = Signal(str)
    window_shown = Signal()
    demo_progress = Signal(str, float)

    def __init__(
        self,
        settings: config.Settings,
        url: str,
        *,
        login_hint: str = "",
        build_demo: bool = False,
        interactive: bool = True,
        single_instance: bool = False,
        pending_call: str | None = None,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.url = url
        self.live = None  # LiveUpdates on a shared PostgreSQL
        self.login_hint = login_hint or settings.get(config.UI_LAST_LOGIN)
        self.build_demo = build_demo
        self.interactive = interactive
        self.hub = Hub(self)
        self.hub.changed.connect(self._office_changed)  # office-wide settings changed: read them again
        self.worker = DbWorker(self)
        self.desk_session = DeskSession(self.worker, config.desk_name(self.settings), self)
        self.window = None
        self.login_dialog = None
        self.setup_dialog = None  # the first-run window, on a database no one can sign in to yet
        self.user: UserInfo | None = None
        self.database_label = url
        self.error: str | None = None
        self.has_users = True
        self.pending_call = pending_call
        self.instance = None
        if single_instance:
            from orderdesk_gui.ui.instance_server import InstanceServer

            self.instance = InstanceServer(self)
            self.instance.message.connect(self._message)

    def listen(self) -> bool:
        """Take the single-instance channel; False when another OrderDesk holds it."""
        return self.instance is None or self.instance.listen()

    def _message(self, message: dict) -> None:
        """A screen pop or a raise request from ``orderdesk call`` / a second start; a new callback
        request from ``orderdesk callback add`` (the queue refreshes, the window is not raised)."""
        if message.get("cmd") == "callbacks":
            if self.window is not None:
                self.window.callbacks.panel.refresh()
            return
        front = self.window or self.login_dialog or self.setup_dialog
        if front is not None:
            front.show()
            front.raise_()
            front.activateWindow()
        if message.get("cmd") == "call" and message.get("number"):
            if self.window is not None:
                self.window.caller.screen_pop(str(message["number"]))
            else:
                self.pending_call = str(message["number"])  # popped after sign-in

    # -- opening -------------------------------------------------------------------
    def start(self) -> None:
        from orderdesk_gui.db.connection import parse_url

        try:
            self.database_label = parse_url(self.url).display()
        except Exception as exc:  # DatabaseConfigError: shown as a message
            self._fail(messages.text(exc))
            return
        if self.build_demo and not Path(parse_url(self.url).path).exists():
            self._build_demo()
            return
        self.worker.submit(self._open, self._opened, lambda e: self._fail(messages.text(e)))

    def _open(self) -> tuple[bool, dict[str, str]]:
        """Open and upgrade the database; whether anyone can sign in to it yet, and the settings every
        desk on it shares (taking over once the office-wide ones this desk's settings.json holds)."""
        from orderdesk_gui.db.connection import open_database
        from orderdesk_gui.services import settings as office
        from orderdesk_gui.services import setup

        open_database(self.url)
        return not setup.needs_setup(), office.open_office(self.settings.file_values())

    def _build_demo(self) -> None:

        from orderdesk_gui.demo import DemoOptions, build_demo_database

        dialog = QProgressDialog(self.tr("Building the demo database…"), "", 0, 100)
        dialog.setCancelButton(None)
        dialog.setWindowTitle("OrderDesk")
        dialog.setMinimumDuration(0)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.demo_progress.connect(lambda _stage, share: dialog.setValue(int(share * 100)))
        options = DemoOptions(as_of=clock.today(), branch_prefix=self.settings.get(config.BRANCH_PREFIX))

        def build() -> tuple[bool, dict[str, str]]:
            build_demo_database(self.url, options, progress=self.demo_progress.emit)
            return self._open()

        def done(result: tuple[bool, dict[str, str]]) -> None:
            dialog.close()
            self._opened(result)

        def failed(error: BaseException) -> None:
            dialog.close()
            self._fail(messages.text(error))

        self.worker.submit(build, done, failed)

    def _fail(self, message: str) -> None:
        self.error = message
        log.error("cannot open the database: %s", message)
        if self.interactive:
            QMessageBox.critical(None, "OrderDesk", message)
        self.failed.emit(message)

    def _opened(self, opened: tuple[bool, dict[str, str]]) -> None:
        has_users, office = opened
        self.settings.use_office(office)
        self._remember_database()
        if self.live is None:  # other desks' changes, heard on a connection of this desk's own
            from orderdesk_gui.db.models import db_proxy
            from orderdesk_gui.ui.live import start_for

            self.live = start_for(db_proxy.obj, self.hub)
        self.worker.submit(fmt.prepare)  # number formats loaded while the sign-in dialog waits
        self.has_users = has_users
        self.opened.emit()
        if self.interactive:
            self.show_login() if has_users else self.show_setup()

    def _office_changed(self, changes) -> None:
        """Another desk (or this one) changed the office-wide settings: read them again."""
        if changes.settings:
            from orderdesk_gui.services.settings import office_values

            self.worker.submit(office_values, self.settings.use_office)

    def show_setup(self) -> None:
        """The first-run window instead of sign-in; once the company is set up, sign-in with its
        administrator; quitting it quits OrderDesk."""
        from orderdesk_gui.ui.setup_dialog import SetupDialog

        self.setup_dialog = SetupDialog(self.worker, self.database_label)
        self.setup_dialog.accepted.connect(self._set_up)
        self.setup_dialog.rejected.connect(self._login_cancelled)
        self.setup_dialog.show()

    def _set_up(self) -> None:
        done = self.setup_dialog.created
        self.settings.use_office(done.settings)
        self.has_users, self.login_hint = True, done.login
        self.show_login()
        self.login_dialog.ui.messageLabel.setStyleSheet("font-weight: bold;")  # news, not an error
        self.login_dialog.show_message(
            self.tr("The company is set up. Sign in as %1 with the password just chosen.").replace(
                "%1", done.login
            )
        )

    def _remember_database(self) -> None:
        """The database just opened is the one a later start without --db opens (a URL that carries a
        password is not written: its password belongs in the credential store)."""
        from orderdesk_gui.db.connection import DatabaseConfigError, parse_url

        try:
            if parse_url(self.url).password:
                return
        except DatabaseConfigError:  # it opened; an odd spelling is simply not remembered
            return
        if self.settings.get(config.LAST_DATABASE) != self.url:
            self.settings.set(config.LAST_DATABASE, self.url)
            try:
                self.settings.save()
            except OSError:
                pass  # an unwritable settings folder must not stop the desk

    # -- signing in -----------------------------------------------------------------
    def show_login(self) -> None:
        from orderdesk_gui.ui.login_dialog import LoginDialog

        self.login_dialog = LoginDialog(self.worker, self.database_label, self.login_hint)
        self.login_dialog.accepted.connect(lambda: self.signed_in(self.login_dialog.user))
        self.login_dialog.rejected.connect(self._login_cancelled)
        if not self.has_users:
            self.login_dialog.show_message(
                self.tr(
                    "This database has no users yet. Create the first administrator on this computer "
                    "with: orderdesk user add NAME --role admin"
                )
            )
        self.login_dialog.show()

    def _login_cancelled(self) -> None:
        if self.window is None:
            QApplication.instance().quit()

    def sign_in(self, login: str, password: str) -> None:
        """Sign in without the dialog (benchmarks, tests of the window)."""
        from orderdesk_gui.services import auth

        self.worker.submit(
            lambda: auth.authenticate(login, password), self.signed_in, lambda e: self._fail(messages.text(e))
        )

    def signed_in(self, user: UserInfo) -> None:
        from orderdesk_gui.ui.main_window import MainWindow

        self.user = user
        self.settings.set(config.UI_LAST_LOGIN, user.login)
        self.window = MainWindow(self.worker, self.hub, self.settings, user, self.database_label, ping=_ping)
        self.window.sign_out_requested.connect(self.sign_out)
        self.desk_session.begin(user)
        self.window.show()
        self.window_shown.emit()
        if self.pending_call:
            number, self.pending_call = self.pending_call, None
            self.window.caller.screen_pop(number)

    def sign_out(self) -> None:
        if self.window is not None:
            window, self.window = self.window, None
            window.caller.forced = True  # settled before sign-out was asked; nothing to ask here
            window.close()
            self._delete_when_idle(window)
        self.login_hint = self.user.login if self.user else ""
        # the services refuse this session from now on (after the desk's sign-in record is closed)
        self.desk_session.end(sign_out=True)
        self.user = None
        self.show_login()

    def _delete_when_idle(self, window) -> None:
        """Delete a closed window once the worker has answered its last jobs (their callbacks touch it)."""
        if self.worker.pending:
            QTimer.singleShot(50, lambda: self._delete_when_idle(window))
        else:
            window.deleteLater()

    def shutdown(self) -> None:
        if self.live is not None:
            self.live.stop()
            self.live = None
        if self.instance is not None:
            self.instance.close()
        if self.window is not None:
            self.window.caller.forced = True  # an open call stays open; F12 finds it after the next start
            self.window.close()
        self.desk_session.end(sign_out=False)
        self.worker.shutdown(close=_close_database)


def run_gui(args, settings: config.Settings, pending_call: str | None = None) -> int:
    from orderdesk_gui.ui.single_instance import send

    if send({"cmd": "call", "number": pending_call} if pending_call else {"cmd": "raise"}) is not None:
        print("OrderDesk is already running: brought its window forward.")
        return 0
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("OrderDesk")
    app.setOrganizationName("OrderDesk")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resources.path("icons", "orderdesk-256.png"))))
    install_translators(app, getattr(args, "lang", None) or settings.get(config.UI_LANGUAGE))
    demo = getattr(args, "demo", False)
    if demo:
        url = args.db or config.demo_database_url()
    else:
        url = config.resolve_database_url(args.db, settings)
    login = getattr(args, "user", None) or ("operator" if demo else "")
    session = OrderDeskApp(
        settings, url, login_hint=login, build_demo=demo, single_instance=True, pending_call=pending_call
    )
    if not session.listen():
        print("OrderDesk is already running.")
        return 0
    session.failed.connect(lambda _m: app.exit(1))
    session.start()
    code = app.exec()
    session.shutdown()
    return code
