"""Part of a phone number finds the caller ("2117336", "775 211"): on PostgreSQL a trigram index on the
numbers answers ``LIKE '%digits%'`` (the pg_trgm extension, shipped with PostgreSQL; where it cannot be
created, the search still works, by a scan). SQLite scans its short numbers (about 30 ms for 280,000)."""

from peewee import *


def up(migrator, db):
    if not isinstance(db, PostgresqlDatabase):
        return
    try:
        with db.atomic():  # a savepoint: a refused extension leaves the upgrade going
            db.execute_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except Exception:  # noqa: BLE001 - no right to create it: the search scans instead
        return
    db.execute_sql(
        'CREATE INDEX IF NOT EXISTS "phone_search_trgm" ON "phone" USING gin ("e164" gin_trgm_ops)'
    )


def down(migrator, db):
    if isinstance(db, PostgresqlDatabase):
        db.execute_sql('DROP INDEX IF EXISTS "phone_search_trgm"')
