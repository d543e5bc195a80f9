"""Desk report summaries (issue 16 part 7): a year's report of the 100k office read 2.4 million orders and
650,000 calls on every opening (3.7 s on PostgreSQL, far more on SQLite). A settled office day (over, and
no call of it still open) cannot change any more: an accepted order keeps its operator, sum and offers,
a closed call its outcome and talk time, and no call or order is ever written into a past day. So its
calls and orders are summed once (``services/report_days``), by the office's UTC offset the days are cut
by, and a report reads the summaries of its settled days and the rows of the others.

Talk time is kept in whole milliseconds, each call's rounded once, so a sum is the same whichever days
it is added over. The tables are a cache: no foreign keys; dropping their rows only makes the next
report slower.
"""

from peewee import *

TABLES = ("report_day", "report_call_day", "report_call_hour", "report_order_day")


def up(migrator, db):
    pg = isinstance(db, PostgresqlDatabase)
    stamp = "TIMESTAMP" if pg else "DATETIME"
    db.execute_sql(
        'CREATE TABLE "report_day" ("utc_offset" INTEGER NOT NULL, "day" DATE NOT NULL, '
        f'"computed_at" {stamp} NOT NULL, PRIMARY KEY ("utc_offset", "day"))'
    )
    db.execute_sql(
        'CREATE TABLE "report_call_day" ("utc_offset" INTEGER NOT NULL, "day" DATE NOT NULL, '
        '"operator_id" INTEGER NOT NULL, "direction" VARCHAR(4) NOT NULL, "outcome" VARCHAR(32) NOT NULL, '
        '"source" VARCHAR(16) NOT NULL, "transfer_reason" VARCHAR(300), "calls" INTEGER NOT NULL, '
        '"talk_ms" BIGINT NOT NULL)'
    )
    db.execute_sql(
        'CREATE TABLE "report_call_hour" ("utc_offset" INTEGER NOT NULL, "day" DATE NOT NULL, '
        '"operator_id" INTEGER NOT NULL, "hour" INTEGER NOT NULL, "direction" VARCHAR(4) NOT NULL, '
        '"calls" INTEGER NOT NULL)'
    )
    db.execute_sql(
        'CREATE TABLE "report_order_day" ("utc_offset" INTEGER NOT NULL, "day" DATE NOT NULL, '
        '"operator_id" INTEGER NOT NULL, "orders" INTEGER NOT NULL, "amount" BIGINT NOT NULL, '
        '"offers_made" INTEGER NOT NULL, "offers_accepted" INTEGER NOT NULL, "offers_added" BIGINT NOT NULL)'
    )
    for table in TABLES[1:]:
        db.execute_sql(f'CREATE INDEX "{table}_utc_offset_day" ON "{table}" ("utc_offset", "day")')


def down(migrator, db):
    for table in TABLES:
        db.execute_sql(f'DROP TABLE IF EXISTS "{table}"')
