"""Text search for clients and products: SQLite FTS5 (unicode61) or PostgreSQL pg_trgm.

``search_text`` holds the normalised text (lower case, ё folded to е, see
``domain.text``); SQLite's own LIKE folds ASCII only, so case and ё/е are
folded before the text reaches the database on both engines.
"""

import logging

from peewee import PostgresqlDatabase, SqliteDatabase

log = logging.getLogger(__name__)

TABLES = ("client", "product")


def _sqlite_up(db):
    for table in TABLES:
        fts = f"{table}_fts"
        db.execute_sql(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {fts} USING fts5("
            f"search_text, content='{table}', content_rowid='id', "
            "tokenize='unicode61 remove_diacritics 0', prefix='1 2 3')"
        )
        db.execute_sql(
            f"CREATE TRIGGER IF NOT EXISTS {table}_fts_ai AFTER INSERT ON {table} BEGIN "
            f"INSERT INTO {fts}(rowid, search_text) VALUES (new.id, new.search_text); END"
        )
        db.execute_sql(
            f"CREATE TRIGGER IF NOT EXISTS {table}_fts_ad AFTER DELETE ON {table} BEGIN "
            f"INSERT INTO {fts}({fts}, rowid, search_text) "
            f"VALUES ('delete', old.id, old.search_text); END"
        )
        db.execute_sql(
            f"CREATE TRIGGER IF NOT EXISTS {table}_fts_au AFTER UPDATE OF search_text ON {table} "
            f"BEGIN INSERT INTO {fts}({fts}, rowid, search_text) "
            f"VALUES ('delete', old.id, old.search_text); "
            f"INSERT INTO {fts}(rowid, search_text) VALUES (new.id, new.search_text); END"
        )
        db.execute_sql(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")


def _postgres_up(db):
    try:
        with db.atomic():
            db.execute_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except Exception as exc:  # no privilege: search still works, only slower
        log.warning("pg_trgm is not available (%s); name search will scan", exc)
        return
    for table in TABLES:
        db.execute_sql(
            f'CREATE INDEX IF NOT EXISTS {table}_search_trgm ON "{table}" '
            "USING gin (search_text gin_trgm_ops)"
        )


def up(migrator, db):
    if isinstance(db, SqliteDatabase):
        _sqlite_up(db)
    elif isinstance(db, PostgresqlDatabase):
        _postgres_up(db)


def down(migrator, db):
    if isinstance(db, SqliteDatabase):
        for table in TABLES:
            for suffix in ("ai", "ad", "au"):
                db.execute_sql(f"DROP TRIGGER IF EXISTS {table}_fts_{suffix}")
            db.execute_sql(f"DROP TABLE IF EXISTS {table}_fts")
    elif isinstance(db, PostgresqlDatabase):
        for table in TABLES:
            db.execute_sql(f"DROP INDEX IF EXISTS {table}_search_trgm")
