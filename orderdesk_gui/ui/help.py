"""The window's helpers that are not about a call: the F1 list, About, and its remembered layout."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox, QSplitter

from orderdesk_gui import __version__, config


def show_shortcuts(window: QMainWindow) -> None:
    rows = []
    for action in window.findChildren(QAction):
        if action.shortcut().toString():
            rows.append(f"{action.shortcut().toString()}\t{action.text().replace('&', '')}")
    title = QCoreApplication.translate("MainWindow", "Keyboard shortcuts")
    QMessageBox.information(window, title, "\n".join(sorted(rows)))


def show_about(window: QMainWindow) -> None:
    text = QCoreApplication.translate(
        "MainWindow", "OrderDesk %s\nThe telephone order desk of a wholesale food distributor."
    )
    QMessageBox.about(window, QCoreApplication.translate("MainWindow", "About OrderDesk"), text % __version__)


class LayoutMemory:
    """The main window's size, docks and splitter, kept in the settings between sessions."""

    def __init__(self, settings: config.Settings, window: QMainWindow, splitter: QSplitter) -> None:
        self.settings, self.window, self.splitter = settings, window, splitter

    def restore(self) -> None:
        s = self.settings
        geometry, state, splitter = (
            s.get(config.UI_GEOMETRY),
            s.get(config.UI_STATE),
            s.get(config.UI_SPLITTER),
        )
        if geometry:
            self.window.restoreGeometry(QByteArray.fromBase64(geometry.encode()))
        if state:
            self.window.restoreState(QByteArray.fromBase64(state.encode()))
        if splitter:
            self.splitter.restoreState(QByteArray.fromBase64(splitter.encode()))
        self.fit_screen()

    def fit_screen(self) -> None:
        """Never larger than the screen it opens on (a 1366x768 laptop after a 1920x1080 monitor): the
        status bar and the last lines stay on screen; the first start fills the screen."""
        screen = self.window.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        room = screen.availableGeometry()
        frame = self.window.frameGeometry().size() - self.window.geometry().size()
        width = min(self.window.width(), room.width() - frame.width())
        height = min(self.window.height(), room.height() - frame.height())
        if not self.settings.get(config.UI_GEOMETRY):
            width, height = room.width() - frame.width(), room.height() - frame.height()
        self.window.resize(width, height)
        top_left = self.window.pos()
        x = min(max(top_left.x(), room.left()), room.right() - width)
        y = min(max(top_left.y(), room.top()), room.bottom() - height)
        self.window.move(x, y)

    def save(self) -> None:
        s = self.settings
        s.set(config.UI_GEOMETRY, bytes(self.window.saveGeometry().toBase64()).decode())
        s.set(config.UI_STATE, bytes(self.window.saveState().toBase64()).decode())
        s.set(config.UI_SPLITTER, bytes(self.splitter.saveState().toBase64()).decode())
        try:
            s.save()
        except OSError:
            pass  # an unwritable settings folder must not stop the program closing
