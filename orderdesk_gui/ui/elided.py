"""Labels that never widen their window: a long legal name (300 characters, with or without spaces)
is cut to the room there is, with the whole text in the tooltip; wrapped labels break inside a long
word too."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

ZWSP = "\u200b"


def breakable(text: str, every: int = 24) -> str:
    """``text`` with a zero-width space in every run of ``every`` characters without a space, so a
    word-wrapping label can break a 300-letter word instead of growing to its width."""
    out, run = [], 0
    for ch in text:
        run = 0 if ch.isspace() else run + 1
        out.append(ch)
        if run >= every:
            out.append(ZWSP)
            run = 0
    return "".join(out)


class ElidedLabel(QLabel):
    """Plain text in at most ``lines`` lines that takes the width it is given and no more: wrapped (inside
    a long word too), the last line cut with … when the text does not fit, the whole text in the
    tooltip."""

    def __init__(self, parent: QWidget | None = None, lines: int = 1) -> None:
        super().__init__(parent)
        self._full = ""
        self._lines = max(1, lines)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(self._lines > 1)
        self.setSizePolicy(policy)
        self.setMinimumWidth(1)

    def set_lines(self, lines: int) -> None:
        self._lines = max(1, lines)
        policy = self.sizePolicy()
        policy.setHeightForWidth(self._lines > 1)
        self.setSizePolicy(policy)
        self.updateGeometry()
        self.update()

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        self._full = text or ""
        super().setText(self._full)
        self.setToolTip(self._full)
        self.updateGeometry()

    def text(self) -> str:
        return self._full

    def _layout(self, width: int) -> tuple[list[str], bool]:
        """The lines shown at ``width`` and whether the text was cut."""
        metrics = self.fontMetrics()
        if self._lines == 1 or width <= 0:
            shown = metrics.elidedText(self._full, Qt.TextElideMode.ElideRight, max(width, 1))
            return [shown], shown != self._full
        layout = QTextLayout(self._full, self.font())
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.beginLayout()
        lines: list[str] = []
        cut = False
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            start, length = line.textStart(), line.textLength()
            if len(lines) == self._lines - 1:
                rest = self._full[start:]
                shown = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)
                cut = shown != rest
                lines.append(shown)
                break
            lines.append(self._full[start : start + length].rstrip())
        layout.endLayout()
        return lines or [""], cut

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        shown, _cut = self._layout(width)
        margins = self.contentsMargins()
        return len(shown) * self.fontMetrics().lineSpacing() + margins.top() + margins.bottom()

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return self._lines > 1

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(1, self.fontMetrics().lineSpacing())

    def sizeHint(self) -> QSize:  # noqa: N802
        width = min(self.fontMetrics().horizontalAdvance(self._full) + 2, 400)
        return QSize(width, self.heightForWidth(width) if self._lines > 1 else super().sizeHint().height())

    def is_cut(self) -> bool:
        return self._layout(self.contentsRect().width())[1]

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        rect = self.contentsRect()
        shown, _cut = self._layout(rect.width())
        step = self.fontMetrics().lineSpacing()
        align = int(self.alignment() & Qt.AlignmentFlag.AlignHorizontal_Mask) | int(Qt.AlignmentFlag.AlignTop)
        if self._lines == 1:
            align = int(self.alignment() & Qt.AlignmentFlag.AlignHorizontal_Mask) | int(
                Qt.AlignmentFlag.AlignVCenter
            )
        for i, text in enumerate(shown):
            line_rect = rect.adjusted(0, i * step, 0, 0) if self._lines > 1 else rect
            self.style().drawItemText(
                painter, line_rect, align, self.palette(), self.isEnabled(), text, self.foregroundRole()
            )


def never_wider(root: QWidget) -> None:
    """Every word-wrapping label under ``root`` takes the width it is given (its text wraps, breaking a
    long word too if it must), instead of asking for the width of its longest word."""
    for label in root.findChildren(QLabel):
        if label.wordWrap() and not isinstance(label, ElidedLabel):
            label.setMinimumWidth(1)
            policy = label.sizePolicy()
            policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
            label.setSizePolicy(policy)
