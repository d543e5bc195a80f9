"""The Unicode font family of every document (DejaVu Sans, shipped in resources/fonts), registered once."""

from __future__ import annotations

import re
import threading

from orderdesk_gui import resources

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
NARROW = "DejaVuSansCondensed"
NARROW_BOLD = "DejaVuSansCondensed-Bold"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    NARROW: "DejaVuSansCondensed.ttf",
    NARROW_BOLD: "DejaVuSansCondensed-Bold.ttf",
}
_lock = threading.Lock()
_done = False


def register() -> None:
    """Register the fonts and their families (so ``<b>`` works) with reportlab; later calls do nothing."""
    global _done
    if _done:
        return
    with _lock:
        if _done:
            return
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        for name, filename in _FILES.items():
            path = resources.path("fonts", filename)
            if not path.is_file():
                raise FileNotFoundError(
                    f"Font {filename} is missing from the resources; reinstall OrderDesk."
                )
            pdfmetrics.registerFont(TTFont(name, str(path)))
        for regular, bold in ((REGULAR, BOLD), (NARROW, NARROW_BOLD)):
            # no oblique faces are shipped: italic falls back to the upright ones
            addMapping(regular, 0, 0, regular)
            addMapping(regular, 1, 0, bold)
            addMapping(regular, 0, 1, regular)
            addMapping(regular, 1, 1, bold)
            addMapping(bold, 0, 0, bold)
            addMapping(bold, 1, 0, bold)
            addMapping(bold, 0, 1, bold)
            addMapping(bold, 1, 1, bold)
        _done = True


_drawable: frozenset[int] | None = None


def drawable() -> frozenset[int]:
    """The code points every document font draws (the fonts' shared cmap)."""
    global _drawable
    if _drawable is None:
        register()
        from reportlab.pdfbase import pdfmetrics

        faces = [set(pdfmetrics.getFont(name).face.charWidths) for name in _FILES]
        _drawable = frozenset(set.intersection(*faces))
    return _drawable


def printable(text: str) -> str:
    """``text`` without the characters the document fonts have no sign for (emoji and pictographs: a
    PDF would show them as empty boxes); line breaks and tabs stay, spaces left doubled are closed."""
    if text.isascii():
        return text
    known = drawable()
    kept = "".join(ch for ch in text if ord(ch) in known or ch in "\n\t")
    if len(kept) == len(text):
        return text
    return "\n".join(re.sub(" {2,}", " ", line).strip() for line in kept.split("\n"))
