"""Documents rendered from plain data (reportlab, imported lazily); no Qt, no database.

``import orderdesk_gui.printing`` costs nothing: reportlab and Babel load on the
first document. Each renderer returns the PDF as ``bytes``::

    from orderdesk_gui import printing
    pdf = printing.render_confirmation(order, company, paper="A4", lang="ru")

or per module: ``printing.confirmation.render(...)``, ``printing.fax.render(...)``,
``printing.price_list.render(...)``, ``printing.reference.render(...)``,
``printing.daily_report.render(...)``. Bad data raises :class:`DocumentError`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from orderdesk_gui.errors import CodedError

if TYPE_CHECKING:  # pragma: no cover
    from . import confirmation, daily_report, fax, price_list, reference  # noqa: F401


class DocumentError(CodedError, ValueError):
    """A document cannot be made from this data: ``code`` names the problem (``document.no_lines``,
    ``document.no_fax_number``, ``document.paper``, ``document.language``, ``document.empty``,
    ``document.too_long``, ...), ``params`` its values; ``orderdesk_gui/ui/messages`` words it."""


_RENDERERS = {
    "render_confirmation": "confirmation",
    "render_fax_sheet": "fax",
    "render_price_list": "price_list",
    "render_reference": "reference",
    "render_daily_report": "daily_report",
}
_MODULES = frozenset({"confirmation", "fax", "price_list", "reference", "daily_report", "labels", "fonts"})

__all__ = ["DocumentError", *_RENDERERS]


def __getattr__(name: str) -> Any:
    if name in _RENDERERS:
        return importlib.import_module(f"{__name__}.{_RENDERERS[name]}").render
    if name in _MODULES:
        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
