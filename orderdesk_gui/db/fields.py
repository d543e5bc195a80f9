"""Exact decimal fields (money and quantities stored as scaled integers on every database) and text
fields that store the same thing on every database."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from peewee import BigIntegerField
from peewee import CharField as _CharField
from peewee import TextField as _TextField

from orderdesk_gui.domain.text import storable


class FixedDecimalField(BigIntegerField):
    """A Decimal with a fixed number of places, stored as an integer of the smallest unit.

    SQLite has no exact decimal type (NUMERIC becomes a float), so money is kept
    as an integer count of tiyn/kopecks; sums in SQL stay exact on both SQLite
    and PostgreSQL. Values are rounded half-up to ``places``.
    """

    def __init__(self, places: int = 2, *args, **kwargs) -> None:
        self.places = places
        self._scale = 10**places
        self._quantum = Decimal(1).scaleb(-places)
        super().__init__(*args, **kwargs)

    def to_units(self, value) -> int | None:
        if value is None:
            return None
        if not isinstance(value, Decimal):
            value = Decimal(str(value))
        return int((value * self._scale).to_integral_value(rounding=ROUND_HALF_UP))

    def db_value(self, value):
        if value is None or hasattr(value, "sql"):  # expressions pass through
            return value
        return self.to_units(value)

    def python_value(self, value):
        if value is None:
            return None
        return (Decimal(int(value)) / self._scale).quantize(self._quantum)

    def from_units(self, units) -> Decimal:
        """Convert a raw SQL aggregate (e.g. SUM of the column) back to Decimal."""
        return self.python_value(units or 0)


class MoneyField(FixedDecimalField):
    """Money in the local currency, two places."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("default", Decimal("0.00"))
        super().__init__(2, *args, **kwargs)


class QuantityField(FixedDecimalField):
    """A quantity of goods, three places (kilograms, litres, pieces)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(3, *args, **kwargs)


def _without_nul(value):
    """A text value as every database takes it (``domain.text.storable``); anything else as it is."""
    return storable(value) if isinstance(value, str) else value


class CharField(_CharField):
    """peewee's CharField without NUL characters."""

    def db_value(self, value):
        return super().db_value(_without_nul(value))


class TextField(_TextField):
    """peewee's TextField without NUL characters."""

    def db_value(self, value):
        return super().db_value(_without_nul(value))
