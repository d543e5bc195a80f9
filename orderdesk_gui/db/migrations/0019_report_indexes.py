"""The desk reports (issue 16 part 7) over a year of a 20-operator desk, on the 100k database.

Each order keeps its offers' outcome as its last save left them (offered, accepted, and the sum of the
lines the accepted offers put in), so a report reads orders only, never their tens of millions of lines;
the orders of a period and the calls of a period are read from covering indexes (index-only), in the
order the report groups them. Finished task items, complaints and audit events of one kind get period
indexes too. Orders taken before this version get their offers' figures once, here: one pass over the
offers and over the lines marked as taken from an offer.
"""

from peewee import *

INDEXES = (
    (
        "order_report_cover",
        "order",
        '"accepted_at", "operator_id", "status", "total_amount", "offers_made", "offers_accepted", "offers_added"',
    ),
    (
        "call_report_cover",
        "call",
        '"started_at", "operator_id", "direction", "outcome", "source", "ended_at"',
    ),
    ("outbound_task_item_done_at", "outbound_task_item", '"done_at"'),
    ("complaint_created_at", "complaint", '"created_at"'),
    ("audit_event_action_at", "audit_event", '"action", "at"'),
)


def up(migrator, db):
    pg = isinstance(db, PostgresqlDatabase)
    for column, kind in (
        ("offers_made", "INTEGER"),
        ("offers_accepted", "INTEGER"),
        ("offers_added", "BIGINT"),
    ):
        db.execute_sql(f'ALTER TABLE "order" ADD COLUMN "{column}" {kind} NOT NULL DEFAULT 0')
    # both engines take UPDATE ... FROM (SQLite since 3.33)
    db.execute_sql(
        'UPDATE "order" SET "offers_made" = s.n, "offers_accepted" = s.a FROM ('
        "SELECT order_id, COUNT(*) AS n, SUM(CASE WHEN outcome = 'accepted' THEN 1 ELSE 0 END) AS a "
        'FROM "suggestion_offer" GROUP BY order_id) AS s WHERE s.order_id = "order".id'
    )
    db.execute_sql(
        'UPDATE "order" SET "offers_added" = l.t FROM ('
        "SELECT order_id, SUM(amount) AS t FROM \"order_line\" WHERE source = 'suggested' GROUP BY order_id"
        ') AS l WHERE l.order_id = "order".id'
    )
    for name, table, columns in INDEXES:
        db.execute_sql(f'CREATE INDEX IF NOT EXISTS "{name}" ON "{table}" ({columns})')
    if pg:
        for _name, table, _columns in INDEXES:
            db.execute_sql(f'ANALYZE "{table}"')


def down(migrator, db):
    for name, _table, _columns in INDEXES:
        db.execute_sql(f'DROP INDEX IF EXISTS "{name}"')
    for column in ("offers_made", "offers_accepted", "offers_added"):
        db.execute_sql(f'ALTER TABLE "order" DROP COLUMN "{column}"')
