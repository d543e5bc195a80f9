"""Text search over the normalised ``search_text`` columns: FTS5 on SQLite, pg_trgm on PostgreSQL."""

from __future__ import annotations

from functools import reduce
from operator import and_

from peewee import SQL, Database, PostgresqlDatabase

from orderdesk_gui.domain.text import tokens


def fts_query(text: str) -> str:
    """An FTS5 MATCH expression: every token as a quoted prefix, all required."""
    return " ".join('"' + t.replace('"', '""') + '"*' for t in tokens(text))


def _like_escape(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


CANDIDATES = 500  # matches considered for ranking; a longer fragment narrows them


def text_match(database: Database, model, text: str, cap: int = CANDIDATES):
    """A condition keeping rows of ``model`` whose search text has every word of ``text`` as the
    start of one of its words; at most ``cap`` candidates, so that a two-letter fragment over
    100,000 clients costs no more than a long one. None when the text has no searchable word."""
    words = tokens(text)
    if not words:
        return None
    if isinstance(database, PostgresqlDatabase):
        column = model.search_text  # the trigram index serves these LIKEs
        conditions = [
            (column % (_like_escape(w) + "%")) | (column % ("% " + _like_escape(w) + "%")) for w in words
        ]
        return model.id.in_(model.select(model.id).where(reduce(and_, conditions)).limit(cap))
    table = model._meta.table_name
    return model.id.in_(
        SQL(f"(SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH ? LIMIT ?)", [fts_query(text), cap])
    )
