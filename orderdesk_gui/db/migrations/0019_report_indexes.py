"""Indexes for the desk reports (issue 16 part 7): orders by the day they were accepted, finished task
items and complaints by day, and audit events of one kind over a period (calls stopped at the debt
gate, presence changes for operator hours). A year's report on a 20-operator desk reads only its rows.
"""

from peewee import *

INDEXES = (
    ("order_accepted_at", "order", '"accepted_at"'),
    ("outbound_task_item_done_at", "outbound_task_item", '"done_at"'),
    ("complaint_created_at", "complaint", '"created_at"'),
    ("audit_event_action_at", "audit_event", '"action", "at"'),
)


def up(migrator, db):
    for name, table, columns in INDEXES:
        db.execute_sql(f'CREATE INDEX IF NOT EXISTS "{name}" ON "{table}" ({columns})')
    if isinstance(db, PostgresqlDatabase):
        for _name, table, _columns in INDEXES:
            db.execute_sql(f'ANALYZE "{table}"')


def down(migrator, db):
    for name, _table, _columns in INDEXES:
        db.execute_sql(f'DROP INDEX IF EXISTS "{name}"')
