"""Errors a user may see carry a code and parameters, never a sentence meant for display.

``raise OrderError("order.delivery_in_past", day=completion.delivery_date)``: the code names
the problem, the parameters are plain values. ``orderdesk_gui/ui/messages`` words each code in
English, Russian and Kazakh, with numbers, money (``Money``) and dates in the user's locale;
the command line prints the English. A test fails when a code raised anywhere has no text in
all three languages, or its text names a parameter the raise does not give.

Codes are dotted lower-case names, ``area.problem`` (``order.quantity_not_a_number``). An
error still raised with an English sentence (older code) is shown as it is.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

CODE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")


class Money(Decimal):
    """A sum of money among an error's parameters: shown with the currency, in the user's locale."""

    __slots__ = ()


class CodedError(Exception):
    """An error with a code and parameters; ``str()`` is the code and values, for logs."""

    def __init__(self, code: str, /, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    @property
    def coded(self) -> bool:
        """True when ``code`` is a code (not an English sentence from older code)."""
        return bool(CODE.match(self.code))

    def __str__(self) -> str:
        if not self.params:
            return self.code
        values = ", ".join(f"{key}={value}" for key, value in self.params.items())
        return f"{self.code} ({values})"

    def __reduce__(self):  # pickles with its parameters (multiprocessing, copy)
        return (_rebuild, (type(self), self.code, self.params))


def _rebuild(cls, code: str, params: dict[str, Any]) -> CodedError:
    error = cls.__new__(cls)
    CodedError.__init__(error, code, **params)
    return error


class Notice(CodedError):
    """A coded remark that is not an error (a quantity rounded up to whole packs, a stock warning):
    returned, never raised, and worded by ``ui/messages`` like an error."""
