"""Name search on PostgreSQL driven by an index from the first letters of any word (issue 15): a GIN index
over ``to_tsvector('simple', search_text)`` answers prefix queries (``'ба':* & 'ал':*``) without reading
every client. The ``LIKE 'x%' OR LIKE '% x%'`` it replaces was a sequential scan of all clients (the
trigram index was never chosen for it). ``search_text`` is already lower case with ё folded and words
split by spaces, so the 'simple' configuration only splits it again. SQLite keeps FTS5 (0002).
"""

from peewee import *

TABLES = ("client", "product")


def up(migrator, db):
    if not isinstance(db, PostgresqlDatabase):
        return
    for table in TABLES:
        db.execute_sql(
            f'CREATE INDEX IF NOT EXISTS {table}_search_words ON "{table}" '
            "USING gin (to_tsvector('simple', search_text))"
        )
        db.execute_sql(f'ANALYZE "{table}"')


def down(migrator, db):
    if isinstance(db, PostgresqlDatabase):
        for table in TABLES:
            db.execute_sql(f"DROP INDEX IF EXISTS {table}_search_words")
