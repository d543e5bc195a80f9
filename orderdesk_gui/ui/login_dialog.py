"""Sign-in dialog: user name and password checked by the auth service on the worker thread."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from orderdesk_gui.domain.entities import UserInfo
from orderdesk_gui.services import auth
from orderdesk_gui.ui import messages
from orderdesk_gui.ui.forms.ui_login_dialog import Ui_LoginDialog
from orderdesk_gui.ui.worker import DbWorker


class LoginDialog(QDialog):
    def __init__(
        self, worker: DbWorker, database_label: str, login: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self._worker = worker
        self.user: UserInfo | None = None
        self.ui.databaseLabel.setText(database_label)
        self.ui.messageLabel.setStyleSheet("color: #b00020; font-weight: bold;")
        self.ui.messageLabel.hide()
        font = self.ui.titleLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.ui.titleLabel.setFont(font)
        self.ui.buttons.accepted.connect(self._try_sign_in)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self.ui.loginEdit.setText(login)
        (self.ui.passwordEdit if login else self.ui.loginEdit).setFocus()

    def show_message(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setVisible(bool(text))

    def _try_sign_in(self) -> None:
        login = self.ui.loginEdit.text().strip()
        password = self.ui.passwordEdit.text()
        if not login or not password:
            self.show_message(self.tr("Enter your user name and password."))
            return
        self._set_busy(True)
        self._worker.submit(lambda: auth.authenticate(login, password), self._signed_in, self._refused)

    def _set_busy(self, busy: bool) -> None:
        self.ui.buttons.setEnabled(not busy)
        self.ui.loginEdit.setEnabled(not busy)
        self.ui.passwordEdit.setEnabled(not busy)
        if busy:
            self.show_message("")

    def _signed_in(self, user: UserInfo) -> None:
        if user.must_change_password:  # after a reset: the desk opens once they chose their own
            self._ask_new_password(user)
            return
        self.user = user
        self.accept()

    def _ask_new_password(self, user: UserInfo, message: str = "") -> None:
        from orderdesk_gui.ui.people_window import PasswordDialog

        self.password_dialog = dialog = PasswordDialog(
            self.tr(
                "Your password was reset by an administrator: choose your own (8 characters or more, "
                "not your user name, not only digits) and type it twice."
            ),
            self,
        )
        dialog.show_message(message)

        def chosen() -> None:
            password = dialog.password()
            self._worker.submit(
                lambda: auth.change_own_password(user, password),
                self._signed_in,
                lambda error: self._ask_new_password(user, messages.text(error)),
            )

        dialog.accepted.connect(chosen)
        dialog.rejected.connect(lambda: (auth.sign_out(user), self._set_busy(False)))
        dialog.open()

    def _refused(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, auth.AuthError) and error.code == "auth.locked":
            self.show_message(messages.text(error))
        elif isinstance(error, auth.AuthError):
            self.show_message(self.tr("Wrong user name or password."))
        else:
            self.show_message(self.tr("Cannot sign in: %s") % error)
        self.ui.passwordEdit.clear()
        self.ui.passwordEdit.setFocus()
