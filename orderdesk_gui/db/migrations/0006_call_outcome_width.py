"""Call outcomes up to 32 characters: "callback_scheduled" does not fit the 16 of schema 0001.

SQLite does not enforce VARCHAR lengths, so only PostgreSQL needs the change
(and a table rebuild of a big SQLite journal is avoided).
"""

from peewee import *


def up(migrator, db):
    if isinstance(db, PostgresqlDatabase):
        migrator.migrate(migrator.alter_column_type("call", "outcome", CharField(max_length=32, default="")))


def down(migrator, db):
    if isinstance(db, PostgresqlDatabase):
        migrator.migrate(migrator.alter_column_type("call", "outcome", CharField(max_length=16, default="")))
