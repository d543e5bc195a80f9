"""The window's helpers that are not about a call: the F1 list, About, and its remembered layout."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QHeaderView,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableWidgetItem,
)

from orderdesk_gui import __version__, config

# Keys of the areas themselves (not window actions), in the order of a call; worded in the list.
ORDER = QT_TRANSLATE_NOOP("ShortcutsDialog", "Order")
EVERYWHERE = QT_TRANSLATE_NOOP("ShortcutsDialog", "Everywhere")
AREA_KEYS = (
    (ORDER, "Enter, Tab", QT_TRANSLATE_NOOP(
        "ShortcutsDialog", "in Product: pick the highlighted product; in Qty: add the line")),
    (ORDER, "↓, Esc", QT_TRANSLATE_NOOP(
        "ShortcutsDialog", "from an empty Product into the lines; from the lines back to Product")),
    (ORDER, "F2", QT_TRANSLATE_NOOP("ShortcutsDialog", "change the quantity of the current line")),
    (ORDER, "Del", QT_TRANSLATE_NOOP("ShortcutsDialog", "remove the current line (Ctrl+Z brings it back)")),
    (EVERYWHERE, "Tab, Shift+Tab", QT_TRANSLATE_NOOP(
        "ShortcutsDialog", "next / previous area: search, card, Product, lines, offers")),
)  # fmt: skip


def _area_words(text: str) -> str:
    return QCoreApplication.translate("ShortcutsDialog", text)


class ShortcutsDialog(QDialog):
    """F1: every key of the window, grouped as the menus are (the order of a call), the keys of the
    areas themselves too; type to filter. Never taller than the screen."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        from orderdesk_gui.ui.forms.ui_shortcuts_dialog import Ui_ShortcutsDialog

        self.ui = Ui_ShortcutsDialog()
        self.ui.setupUi(self)
        self.rows = self._rows(window)
        table = self.ui.table
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 6)
        self.ui.filterEdit.textChanged.connect(self._show)
        self.ui.buttons.rejected.connect(self.reject)
        self._show("")
        room = (window.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        self.resize(min(self.width(), room.width() - 40), min(self.height(), int(room.height() * 0.8)))

    @staticmethod
    def _rows(window: QMainWindow) -> list[tuple[str, str, str]]:
        rows: list[tuple[str, str, str]] = []
        seen: set[int] = set()
        for menu_action in window.menuBar().actions():
            menu = menu_action.menu()
            if menu is None:
                continue
            group = menu_action.text().replace("&", "")
            for action in menu.actions():
                if action.shortcut().toString() and action.isVisible():
                    seen.add(id(action))
                    rows.append(
                        (
                            group,
                            action.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
                            action.text().replace("&", ""),
                        )
                    )
        for action in window.findChildren(QAction):  # actions of the panels, outside the menus
            if id(action) not in seen and action.shortcut().toString() and action.isVisible():
                rows.append(
                    (
                        "",
                        action.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
                        action.text().replace("&", ""),
                    )
                )
        rows += [(_area_words(group), keys, _area_words(text)) for group, keys, text in AREA_KEYS]
        return rows

    def _show(self, text: str) -> None:
        words = text.casefold().split()
        shown = [r for r in self.rows if all(w in " ".join(r).casefold() for w in words)]
        table = self.ui.table
        table.setRowCount(len(shown))
        for i, (group, keys, what) in enumerate(shown):
            key_item = QTableWidgetItem(keys)
            font = key_item.font()
            font.setBold(True)
            key_item.setFont(font)
            table.setItem(i, 0, key_item)
            table.setItem(i, 1, QTableWidgetItem(f"{what}  ({group})" if group else what))


def show_shortcuts(window: QMainWindow) -> None:
    window.shortcuts_dialog = ShortcutsDialog(window)
    window.shortcuts_dialog.open()


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
        docks = self.window.findChildren(QDockWidget)
        if docks and not self.settings.get(config.UI_STATE):  # first start: the journal a third of the height
            self.window.resizeDocks(docks, [height // 3] * len(docks), Qt.Orientation.Vertical)
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
