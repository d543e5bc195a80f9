"""Fast bulk inserts of storage-ready rows (demo data, imports) on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from peewee import Database, PostgresqlDatabase

from orderdesk_gui.db.models import BaseModel

# a client row as the demo generator and the accounting import write it, in this order
CLIENT_COLUMNS = (
    "uuid",
    "code",
    "name",
    "search_text",
    "tax_id",
    "client_type",
    "manager",
    "price_column",
    "credit_limit",
    "payment_delay_days",
    "region",
    "city",
    "legal_address",
    "delivery_address",
    "delivery_weekdays",
    "shipping_details",
    "notes",
    "status",
    "created_at",
    "updated_at",
    "version",
)


class BulkWriter:
    """Buffers rows for one table and writes them in large batches.

    Rows are tuples in the order of ``columns`` and already hold storage values
    (money as integer minor units, UUIDs as strings); no per-row conversion.
    """

    def __init__(
        self,
        database: Database,
        model: type[BaseModel],
        columns: Sequence[str],
        batch: int = 20000,
        after: Sequence[BulkWriter] = (),
    ) -> None:
        """``after``: writers of parent rows, flushed first so foreign keys hold."""
        self.database = database
        self.after = list(after)
        self.columns = list(columns)
        self.batch = batch
        self.rows: list[tuple] = []
        self.count = 0
        table = model._meta.table_name
        names = ", ".join(f'"{model._meta.fields[c].column_name}"' for c in self.columns)
        self._pg = isinstance(database, PostgresqlDatabase)
        if self._pg:
            self.sql = f'INSERT INTO "{table}" ({names}) VALUES %s'
        else:
            marks = ", ".join("?" for _ in self.columns)
            self.sql = f'INSERT INTO "{table}" ({names}) VALUES ({marks})'

    def add(self, row: tuple) -> None:
        self.rows.append(row)
        if len(self.rows) >= self.batch:
            self.flush()

    def extend(self, rows: Iterable[tuple]) -> None:
        for row in rows:
            self.add(row)

    def flush(self) -> None:
        for parent in self.after:
            parent.flush()
        if not self.rows:
            return
        cursor = self.database.cursor()
        if self._pg:
            from psycopg2.extras import execute_values

            execute_values(cursor, self.sql, self.rows, page_size=5000)
        else:
            cursor.executemany(self.sql, self.rows)
        self.count += len(self.rows)
        self.rows.clear()
