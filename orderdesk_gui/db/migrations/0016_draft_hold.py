"""One draft at one desk (issue 15): ``draft_hold`` says which desk is editing a draft order, as a lease its
desk renews while the order is open. Another desk opening the draft sees it read-only with the holder's
name and desk, and may take it over only explicitly. A lease in a table, not a PostgreSQL advisory lock:
it runs out by itself when a desk is killed, it is not lost when a desk's connection drops for a moment
(an advisory lock goes with its session), it carries the holder's name for the other desk, and it works
the same on SQLite.
"""

from peewee import *


def up(migrator, db):
    stamp = "TIMESTAMP" if isinstance(db, PostgresqlDatabase) else "DATETIME"
    db.execute_sql(
        'CREATE TABLE "draft_hold" ('
        '"order_id" INTEGER NOT NULL PRIMARY KEY REFERENCES "order" ("id") ON DELETE CASCADE, '
        '"user_id" INTEGER NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE, '
        '"desk" VARCHAR(64) NOT NULL, '
        '"token" VARCHAR(32) NOT NULL, '
        f'"since" {stamp} NOT NULL, '
        f'"until" {stamp} NOT NULL)'
    )
    db.execute_sql('CREATE INDEX "draft_hold_user_id" ON "draft_hold" ("user_id")')


def down(migrator, db):
    db.execute_sql('DROP TABLE IF EXISTS "draft_hold"')
