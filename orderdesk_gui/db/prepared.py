"""Statements whose SQL text is built once: peewee builds a query's SQL in Python on every execution,
about 1 ms for a join like the catalogue's, which every typed line asks (issue 15: 20 desks on one
server; SQL generation was half of a desk's own CPU per order). ``Prepared(build)`` runs ``build(*args)``
(a peewee query) the first time on a database, learns where each argument lands among the parameters,
and from then on only puts the new values in those places, reading the rows through the first query's
own converters (money, quantities, booleans as the model stores them).

Arguments are ints or dates, passed to the driver as they are; a statement whose parameters do not show
each argument where it was learned (a converter changed it, its count depends on the values), or a call
with another type of value than the one it learned with, is simply built every time, as before: never a
wrong statement.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from typing import Any, NamedTuple

from orderdesk_gui.db import models as m


def _other(value):
    """A different value of the same kind, to see where an argument lands."""
    if isinstance(value, bool) or not isinstance(value, (int, dt.date)):
        raise TypeError(f"Prepared takes ints and dates, not {type(value).__name__}")
    if isinstance(value, dt.datetime):
        raise TypeError("Prepared takes dates, not datetimes")
    return value + (dt.timedelta(days=1) if isinstance(value, dt.date) else 1)


class _Learned(NamedTuple):
    query: Any  # the first query built: its cursor wrapper converts the rows
    sql: str
    params: tuple  # as the first query had them; a slot's place takes the argument's new value
    slots: tuple[int | None, ...]  # for each parameter, the argument it is (None: a constant)
    types: tuple[type, ...]  # the arguments' types it was learned with


class Prepared:
    def __init__(self, build: Callable[..., Any]) -> None:
        self.build = build
        self._learned: dict[type, _Learned | None] = {}  # the kind of database -> learned, None: build
        self._lock = threading.Lock()

    def _learn(self, args: tuple) -> _Learned | None:
        query = self.build(*args)
        sql, params = query.sql()
        slots: list[int | None] = [None] * len(params)
        for k, value in enumerate(args):
            moved = list(args)
            moved[k] = _other(value)
            sql_k, params_k = self.build(*moved).sql()
            if sql_k != sql or len(params_k) != len(params):
                return None  # the text depends on the values: build every time
            for i, (a, b) in enumerate(zip(params, params_k, strict=True)):
                if a != b:
                    if slots[i] is not None or a != value or b != moved[k]:
                        return None  # converted, or shared with another argument
                    slots[i] = k
        if {k for k in slots if k is not None} != set(range(len(args))):
            return None  # an argument that lands nowhere: not worth the risk
        return _Learned(query, sql, tuple(params), tuple(slots), tuple(type(a) for a in args))

    def rows(self, *args) -> list:
        """The rows of ``build(*args)``, as its own ``.tuples()`` / ``.dicts()`` would give them."""
        database = m.db_proxy.obj
        key = type(database)  # the SQL text is the dialect's; rows convert by the models' fields
        learned = self._learned.get(key, False)
        if learned is False:
            with self._lock:
                learned = self._learned.get(key, False)
                if learned is False:
                    learned = self._learned[key] = self._learn(args)
        if learned is None or tuple(type(a) for a in args) != learned.types:
            return list(self.build(*args))  # not learned, or another kind of value (a bool, a datetime)
        values = [args[k] if k is not None else p for p, k in zip(learned.params, learned.slots, strict=True)]
        cursor = database.execute_sql(learned.sql, values)
        return list(learned.query._get_cursor_wrapper(cursor))
