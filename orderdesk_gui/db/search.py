"""Text search over the normalised ``search_text`` columns: FTS5 on SQLite, a GIN full-text index of word
prefixes on PostgreSQL."""

from __future__ import annotations

from peewee import SQL, Database, PostgresqlDatabase

from orderdesk_gui.domain.text import tokens


def fts_query(text: str) -> str:
    """An FTS5 MATCH expression: every token as a quoted prefix, all required."""
    return " ".join('"' + t.replace('"', '""') + '"*' for t in tokens(text))


def ts_query(text: str) -> str:
    """A PostgreSQL tsquery: every token as a quoted prefix, all required."""
    return " & ".join("'" + t.replace("'", "''").replace("\\", "\\\\") + "':*" for t in tokens(text))


CANDIDATES = 500  # matches considered for ranking; a longer fragment narrows them


def text_match(database: Database, model, text: str, cap: int = CANDIDATES):
    """A condition keeping rows of ``model`` whose search text has every word of ``text`` as the
    start of one of its words; at most ``cap`` candidates, so that a two-letter fragment over
    100,000 clients costs no more than a long one. None when the text has no searchable word."""
    words = tokens(text)
    if not words:
        return None
    if isinstance(database, PostgresqlDatabase):
        # the GIN index over to_tsvector('simple', search_text) (migration 0017) serves these prefixes;
        # the expression must stay exactly the index's
        matches = SQL("to_tsvector('simple', search_text) @@ to_tsquery('simple', %s)", [ts_query(text)])
        return model.id.in_(model.select(model.id).where(matches).limit(cap))
    table = model._meta.table_name
    return model.id.in_(
        SQL(f"(SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH ? LIMIT ?)", [fts_query(text), cap])
    )
