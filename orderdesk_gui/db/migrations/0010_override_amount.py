"""An override of the debt gate covers what was approved: the order keeps the amount its approver
allowed, and completing an order grown past it asks for approval again.

Drafts overridden before this version carry no amount; completing one asks again (nothing recorded what
the approver saw).
"""

from peewee import *


def up(migrator, db):
    migrator.migrate(
        migrator.add_column("order", "debt_override_amount", BigIntegerField(null=True)),  # money in tiyn
    )


def down(migrator, db):
    migrator.migrate(migrator.drop_column("order", "debt_override_amount"))
