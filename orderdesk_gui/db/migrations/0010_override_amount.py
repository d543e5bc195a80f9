"""An override of the debt gate covers what was approved: the order keeps the amount its approver
allowed, and completing an order grown past it asks for approval again.

Drafts overridden before this version carry no amount; completing one asks again (nothing recorded what
the approver saw).

Finance's list of accepted orders not invoiced yet reads them by ``invoiced_at IS NULL`` through an index
(a whole office's years of accepted orders are all invoiced).
"""

from peewee import *


def up(migrator, db):
    migrator.migrate(
        migrator.add_column("order", "debt_override_amount", BigIntegerField(null=True)),  # money in tiyn
        migrator.add_index("order", ("invoiced_at", "status"), False),  # finance's list: not invoiced yet
    )


def down(migrator, db):
    migrator.migrate(
        migrator.drop_index("order", "order_invoiced_at_status"),
        migrator.drop_column("order", "debt_override_amount"),
    )
