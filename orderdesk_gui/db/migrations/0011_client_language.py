"""A client's documents in the client's language: confirmations, faxes, price lists and reference
sheets for this client print in it ('' = the office's documents.language, else the operator's)."""

from peewee import *


def up(migrator, db):
    # a default in the database too: writers of the columns they know (bulk loads, imports) need not name it
    language = CharField(max_length=2, default="", constraints=[SQL("DEFAULT ''")])
    migrator.migrate(migrator.add_column("client", "language", language))


def down(migrator, db):
    migrator.migrate(migrator.drop_column("client", "language"))
