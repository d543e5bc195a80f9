"""A client's documents in the client's language: confirmations, faxes, price lists and reference
sheets for this client print in it ('' = the office's documents.language, else the operator's).

One ``ALTER TABLE ... ADD COLUMN ... NOT NULL DEFAULT ''`` on both databases: the column has a default in
the database too (writers of the columns they know, bulk loads and imports, need not name it), and
SQLite adds it in place (peewee's add-column-then-not-null would rebuild the client table and drop its
search triggers).
"""

from peewee import *


def up(migrator, db):
    db.execute_sql('ALTER TABLE "client" ADD COLUMN "language" VARCHAR(2) NOT NULL DEFAULT \'\'')


def down(migrator, db):
    migrator.migrate(migrator.drop_column("client", "language"))
