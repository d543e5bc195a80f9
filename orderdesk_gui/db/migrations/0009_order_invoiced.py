"""Accepted orders accounting has not invoiced yet count against the client's credit limit: an order
keeps when it was invoiced (by accounting's documents, or marked by finance by hand until the exchange
brings them), and the exposure query reads accepted, not yet invoiced orders per client.

Orders accepted before this version are taken as invoiced (nothing tracked it; the accounting exchange
corrects it), so an upgrade does not turn every client red at once.
"""

from peewee import *


def up(migrator, db):
    migrator.migrate(
        migrator.add_column("order", "invoiced_at", DateTimeField(null=True)),
        migrator.add_index("order", ("client_id", "status", "invoiced_at"), False),
    )
    db.execute_sql(
        'UPDATE "order" SET "invoiced_at" = COALESCE("accepted_at", "created_at") '
        "WHERE \"status\" IN ('accepted', 'delivered')"
    )


def down(migrator, db):
    migrator.migrate(
        migrator.drop_index("order", "order_client_id_status_invoiced_at"),
        migrator.drop_column("order", "invoiced_at"),
    )
