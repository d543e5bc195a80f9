"""The import window (administrators, finance): accounting's files (import.xml and offers.xml together,
a debt statement...) are previewed first, nothing written: new / changed / deactivated / unchanged per
file and kind of record, the rejected rows with their line and reason, and the conflicts; then applied,
each file all or nothing, only on an explicit key.

Keys: Alt+F the file list (one path a line; Ctrl+O or Alt+B browses), F5 or Alt+P previews (Enter
outside the list does too: a preview writes nothing), Ctrl+Shift+Enter or Alt+A applies what was
previewed (never Enter), Esc cancels a preview under way or closes, Alt+L opens the exchange log.
The work runs on the database worker; the progress bar follows it and the window stays responsive.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QCloseEvent, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orderdesk_gui.domain.changes import NOTHING
from orderdesk_gui.domain.entities import UserInfo
from orderdesk_gui.domain.states import ExchangeStatus
from orderdesk_gui.ui import exchange_words as words
from orderdesk_gui.ui import formatting as fmt
from orderdesk_gui.ui import messages
from orderdesk_gui.ui.models import Column, RowsModel
from orderdesk_gui.ui.operations import Operations
from orderdesk_gui.ui.views import setup_readonly

PROGRESS_EVERY_S = 0.05  # the worker reports at most this often (a queue of thousands would lag)
RED, GREEN, AMBER = "#b00020", "#1b5e20", "#8a5a00"


class Cancelled(BaseException):  # noqa: N818 - not an Exception: no "except Exception" in an importer keeps it
    """The operator cancelled a preview: raised from the progress callback on the worker, it rolls the
    file's transaction back like any error and ends the run."""


class Progress(QObject):
    """The importer's progress callback, called on the worker thread; the signal carries it to the bar
    (a queued connection: the worker never touches a widget). ``cancel()`` makes the next call raise."""

    moved = Signal(str, float)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cancelled = False
        self._last = 0.0

    def __call__(self, stage: str, share: float) -> None:
        if self.cancelled:
            raise Cancelled()
        now = time.monotonic()
        if now - self._last >= PROGRESS_EVERY_S or share >= 1.0:
            self._last = now
            self.moved.emit(str(stage), float(share))

    def cancel(self) -> None:
        self.cancelled = True


def line_rows(results: Sequence) -> list[tuple[str, int, bool, str, dict]]:
    """(file, line, conflict, code, params) of every rejected row, then every conflict."""
    rows = [(r.file_name, x.line, False, x.code, dict(x.params)) for r in results for x in r.rejects]
    # the refused rows first (they stop a file), then what the import would leave as the desk entered it
    return rows + [(r.file_name, x.line, True, x.code, dict(x.params)) for r in results for x in r.conflicts]


def parse_paths(text: str) -> list[Path]:
    """The files typed or chosen: one a line, quotes and blanks around them dropped."""
    out = []
    for line in text.splitlines():
        name = line.strip().strip('"').strip("'").strip()
        if name:
            out.append(Path(name).expanduser())
    return out


class ImportDialog(QDialog):
    log_requested = Signal(object)  # the exchange run to show (or None)
    finished_work = Signal(str)  # "preview" / "applied" / "cancelled" / "failed": for tests and the log

    def __init__(self, ops: Operations, user: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.user = ops, user
        self.results: list = []
        self.previewed: tuple[Path, ...] = ()  # the files the shown preview was made of
        self.shown: tuple[Path, ...] = ()  # the files whose results are on screen (a preview or an apply)
        self.running: str = ""  # "preview" / "apply" while the worker has it
        self.progress: Progress | None = None
        self.file_dialog: QFileDialog | None = None
        self.setObjectName("ImportDialog")
        self.setWindowTitle(self.tr("Import from accounting"))

        self.files_edit = QPlainTextEdit(self)
        self.files_edit.setObjectName("filesEdit")
        self.files_edit.setTabChangesFocus(True)
        self.files_edit.setPlaceholderText(
            self.tr("One file a line: import.xml and offers.xml from 1C, a debt statement (.xlsx, .csv)…")
        )
        self.files_edit.setFixedHeight(self.files_edit.fontMetrics().lineSpacing() * 4 + 12)
        files_label = QLabel(self.tr("&Files to import:"), self)
        files_label.setBuddy(self.files_edit)
        self.browse_button = QPushButton(self.tr("&Browse… (Ctrl+O)"), self)
        self.browse_button.setObjectName("browseButton")
        self.preview_button = QPushButton(self.tr("&Preview (F5)"), self)
        self.preview_button.setObjectName("previewButton")
        self.cancel_button = QPushButton(self.tr("Cancel the preview (Esc)"), self)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.hide()
        self.bar = QProgressBar(self)
        self.bar.setObjectName("progressBar")
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.bar.hide()
        self.stage_label = QLabel(self)
        self.stage_label.setObjectName("stageLabel")

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("resultsTree")
        self.tree.setHeaderLabels(
            [
                self.tr("File / records"),
                self.tr("Status"),
                self.tr("New"),
                self.tr("Changed"),
                self.tr("Deactivated"),
                self.tr("Unchanged"),
                self.tr("Rejected"),
            ]
        )
        self.tree.setRootIsDecorated(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        results_label = QLabel(self.tr("&Counts by file and kind:"), self)
        results_label.setBuddy(self.tree)

        self.lines_model: RowsModel[tuple] = RowsModel(
            [
                Column(QT_TRANSLATE_NOOP("Models", "File"), lambda r: r[0], tooltip=lambda r: r[0]),
                Column(
                    QT_TRANSLATE_NOOP("Models", "Line"), lambda r: words.line_text(r[1]), align_right=True
                ),
                Column(
                    QT_TRANSLATE_NOOP("Models", "What"),
                    lambda r: words.word(words.LINE_KINDS, "conflict" if r[2] else "rejected"),
                ),
                Column(
                    QT_TRANSLATE_NOOP("Models", "Reason"),
                    lambda r: words.reason(r[3], r[4]),
                    tooltip=lambda r: words.reason(r[3], r[4]),
                ),
            ],
            self,
        )
        self.lines_view = QTableView(self)
        self.lines_view.setObjectName("linesView")
        self.lines_view.setModel(self.lines_model)
        setup_readonly(self.lines_view, stretch_column=3)
        lines_label = QLabel(self.tr("&Rejected rows and conflicts:"), self)
        lines_label.setBuddy(self.lines_view)

        self.message_label = QLabel(self)
        self.message_label.setObjectName("messageLabel")
        self.message_label.setWordWrap(True)
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.message_label.setMinimumHeight(self.message_label.fontMetrics().lineSpacing() * 3)
        self.apply_button = QPushButton(self.tr("&Apply to the database (Ctrl+Shift+Enter)"), self)
        self.apply_button.setObjectName("applyButton")
        self.apply_button.setEnabled(False)
        self.log_button = QPushButton(self.tr("Exchange &log"), self)
        self.log_button.setObjectName("logButton")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        for button in (
            self.browse_button,
            self.apply_button,
            self.log_button,
            self.cancel_button,
            self.close_button,
        ):
            button.setAutoDefault(False)  # Enter never applies: only the preview may be the default
        self.preview_button.setDefault(True)

        top = QHBoxLayout()
        top.addWidget(self.files_edit, 1)
        side = QVBoxLayout()
        side.addWidget(self.browse_button)
        side.addWidget(self.preview_button)
        side.addStretch(1)
        top.addLayout(side)
        run = QHBoxLayout()
        run.addWidget(self.bar, 1)
        run.addWidget(self.stage_label, 1)
        run.addWidget(self.cancel_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.apply_button)
        bottom.addWidget(self.log_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(files_label)
        layout.addLayout(top)
        layout.addLayout(run)
        layout.addWidget(results_label)
        layout.addWidget(self.tree, 3)
        layout.addWidget(lines_label)
        layout.addWidget(self.lines_view, 2)
        layout.addWidget(self.message_label)
        layout.addLayout(bottom)

        self.browse_button.clicked.connect(self.browse)
        self.preview_button.clicked.connect(self.preview)
        self.apply_button.clicked.connect(self.apply)
        self.cancel_button.clicked.connect(self.cancel)
        self.log_button.clicked.connect(self._open_log)
        self.files_edit.textChanged.connect(self._files_changed)
        QShortcut(QKeySequence("F5"), self, activated=self.preview)
        QShortcut(QKeySequence("Ctrl+O"), self, activated=self.browse)
        for keys in ("Ctrl+Shift+Return", "Ctrl+Shift+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.apply)
        room = self.screen().availableGeometry() if self.screen() else None
        width, height = 1100, 660
        if room is not None:
            width, height = min(width, room.width() - 40), min(height, room.height() - 60)
        self.resize(width, height)
        self.files_edit.setFocus()
        self._say(self.tr("Choose the files, then Preview (F5): nothing is written until you apply."))

    # -- the files -------------------------------------------------------------------------
    def paths(self) -> list[Path]:
        return parse_paths(self.files_edit.toPlainText())

    def set_paths(self, paths: Sequence[Path | str]) -> None:
        self.files_edit.setPlainText("\n".join(str(p) for p in paths))

    def browse(self) -> None:
        if self.running:
            return
        dialog = QFileDialog(self, self.tr("Files from accounting"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilters(
            [self.tr("Accounting files (*.xml *.csv *.xlsx *.txt)"), self.tr("All files (*)")]
        )
        first = next(iter(self.paths()), None)
        if first is not None and first.parent.is_dir():
            dialog.setDirectory(str(first.parent))
        dialog.filesSelected.connect(self._chosen)
        self.file_dialog = dialog
        dialog.open()

    def _chosen(self, names: list[str]) -> None:
        have = [str(p) for p in self.paths()]
        self.set_paths(have + [n for n in names if n not in have])
        self.preview_button.setFocus()

    def _files_changed(self) -> None:
        if self.previewed and tuple(self.paths()) != self.previewed and not self.running:
            self.apply_button.setEnabled(False)  # what is applied is what was previewed, nothing else
            self._say(self.tr("The files changed: preview them again (F5) before applying."))

    # -- preview and apply --------------------------------------------------------------------
    def preview(self) -> None:
        self._run(apply=False)

    def apply(self) -> None:
        if not self.apply_button.isEnabled() or self.running:
            return
        self._run(apply=True)

    def _run(self, apply: bool) -> None:
        if self.running:
            return
        paths = self.paths()
        if not paths:
            self._say(self.tr("Write or choose at least one file (Ctrl+O)."), RED)
            self.files_edit.setFocus()
            return
        missing = [str(p) for p in paths if not p.is_file()]
        if missing:
            self._say(self.tr("No such file: %1").replace("%1", ", ".join(missing)), RED)
            self.files_edit.setFocus()
            return
        if apply and tuple(paths) != self.previewed:
            self._say(self.tr("The files changed: preview them again (F5) before applying."), RED)
            return
        self.running = "apply" if apply else "preview"
        self.progress = Progress(self)
        self.progress.moved.connect(self._moved)
        self._busy(True)
        self._say(
            self.tr("Applying: each file is written whole or not at all…")
            if apply
            else self.tr("Reading the files; nothing is written…")
        )
        user, progress = self.user, self.progress

        def job():
            from orderdesk_gui.services import importing

            return importing.import_files(paths, user, apply=apply, source="window", progress=progress)

        self.ops.run(self, job, lambda results: self._done(paths, apply, results), self._failed)

    def _busy(self, busy: bool) -> None:
        self.bar.setVisible(busy)
        self.bar.setValue(0)
        self.stage_label.setText("")
        self.cancel_button.setVisible(busy and self.running == "preview")
        for widget in (self.preview_button, self.browse_button, self.files_edit, self.apply_button):
            widget.setEnabled(not busy)
        self.close_button.setEnabled(not (busy and self.running == "apply"))

    def _moved(self, stage: str, share: float) -> None:
        if self.running:
            self.bar.setValue(int(max(0.0, min(1.0, share)) * 1000))
            self.stage_label.setText(f"{words.word(words.STAGES, stage)} · {round(share * 100)} %")

    def cancel(self) -> None:
        if self.running == "preview" and self.progress is not None:
            self.progress.cancel()
            self.cancel_button.setEnabled(False)
            self._say(self.tr("Cancelling…"))

    def _done(self, paths: list[Path], applied: bool, results: list) -> None:
        self.running = ""
        self._busy(False)
        self.results = list(results)
        self.shown = tuple(paths)
        self._show_results(self.results)
        changes = NOTHING
        for result in self.results:
            changes = changes | (getattr(result, "changes", None) or NOTHING)
        if applied:
            self.previewed = ()
            self.apply_button.setEnabled(False)
            if changes:
                self.ops.hub.announce(changes)  # the card's debts and freshness, the lists reload
            self._say_applied()
            self.log_button.setFocus()
            self.finished_work.emit("applied")
        else:
            self.previewed = tuple(paths)
            to_apply = [r for r in self.results if r.status == ExchangeStatus.PREVIEW]
            self.apply_button.setEnabled(bool(to_apply))
            self._say_previewed(to_apply)
            self.tree.setFocus()
            self.finished_work.emit("preview")

    def _failed(self, error: BaseException) -> None:
        was = self.running
        self.running = ""
        self._busy(False)
        if isinstance(error, Cancelled):
            self._say(self.tr("Preview cancelled: nothing was written."), AMBER)
            self.apply_button.setEnabled(False)
            self.finished_work.emit("cancelled")
            return
        self.apply_button.setEnabled(False)
        text = messages.text(error)
        if was == "apply":
            text = self.tr("Not applied: %1").replace("%1", text)
        self._say(text, RED)
        self.finished_work.emit("failed")

    # -- what it found ------------------------------------------------------------------------
    def _show_results(self, results: Sequence) -> None:
        self.tree.clear()
        for result in results:
            top = QTreeWidgetItem(
                [
                    f"{result.file_name} ({words.word(words.FILE_KINDS, result.kind)})",
                    words.word(words.STATUSES, result.status),
                    "",
                    "",
                    "",
                    "",
                    fmt.count(result.reject_count) if result.reject_count else "",
                ]
            )
            top.setToolTip(0, result.file_name)
            if result.status == ExchangeStatus.REFUSED:  # a refused file in red, with words: "refused"
                for column in (0, 1, 6):
                    top.setForeground(column, QBrush(QColor(RED)))
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for name, *numbers in words.count_rows(result.counts):
                child = QTreeWidgetItem([name, "", *(fmt.count(n) if n else "·" for n in numbers), ""])
                for column in range(2, 6):
                    child.setTextAlignment(
                        column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                top.addChild(child)
            top.setTextAlignment(6, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        if self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self.lines_model.set_rows(line_rows(results))

    def _say_previewed(self, to_apply: list) -> None:
        refused = [r.file_name for r in self.results if r.status == ExchangeStatus.REFUSED]
        same = [r.file_name for r in self.results if r.status == ExchangeStatus.UNCHANGED]
        parts = []
        if to_apply:
            parts.append(
                self.tr("Preview: nothing is written yet. Ctrl+Shift+Enter applies %1.").replace(
                    "%1", ", ".join(r.file_name for r in to_apply)
                )
            )
        if refused:
            parts.append(self.tr("Refused, would not be applied: %1.").replace("%1", ", ".join(refused)))
        if same:
            parts.append(self.tr("Already imported, nothing to apply: %1.").replace("%1", ", ".join(same)))
        self._say(" ".join(parts) or self.tr("Nothing to apply."), AMBER if refused or not to_apply else None)

    def _say_applied(self) -> None:
        done = [r.file_name for r in self.results if r.status == ExchangeStatus.APPLIED]
        refused = [
            r.file_name
            for r in self.results
            if r.status not in (ExchangeStatus.APPLIED, ExchangeStatus.UNCHANGED)
        ]
        parts = []
        if done:
            parts.append(self.tr("Applied: %1.").replace("%1", ", ".join(done)))
        if refused:
            parts.append(self.tr("Not applied, nothing written from: %1.").replace("%1", ", ".join(refused)))
        parts.append(self.tr("Every run is in the exchange log (Alt+L)."))
        self._say(" ".join(parts), GREEN if done and not refused else AMBER)

    def _say(self, text: str, colour: str | None = None) -> None:
        self.message_label.setStyleSheet(f"color: {colour}; font-weight: bold;" if colour else "")
        self.message_label.setText(text)

    def _open_log(self) -> None:
        run = next((r.run_id for r in self.results if getattr(r, "run_id", None)), None)
        self.log_requested.emit(run)

    # -- closing ------------------------------------------------------------------------------
    def reject(self) -> None:
        """Esc: a preview under way is cancelled (the window stays); an apply is never cut off."""
        if self.running == "preview":
            self.cancel()
            return
        if self.running == "apply":
            self._say(self.tr("Applying: wait until it ends (each file is all or nothing)."), AMBER)
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running == "apply":
            event.ignore()
            return
        if self.running == "preview" and self.progress is not None:
            self.progress.cancel()  # nothing of a preview is kept; the answer is dropped with the window
        super().closeEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            if not self.running and tuple(self.paths()) != self.shown:
                self.preview()  # Enter previews files not looked at yet (nothing written); it never applies
            return
        super().keyPressEvent(event)
