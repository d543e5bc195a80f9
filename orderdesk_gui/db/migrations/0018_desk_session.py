"""Who is signed in where (issue 15's live board, issue 16's operator hours): one row per sign-in at a
desk, kept for ever. The desk renews ``seen_at`` every half minute while it runs; signing out writes
``signed_out_at``; a desk killed or cut off simply stops renewing, and after ``desk_sessions.LAPSE_S``
it counts as gone (its hours end at the last ``seen_at``). A row with a heartbeat rather than a session
advisory lock for the same reasons as ``draft_hold``: it survives a killed process and a dropped
connection alike, names the desk, and works the same on SQLite.
"""

from peewee import *


def up(migrator, db):
    stamp = "TIMESTAMP" if isinstance(db, PostgresqlDatabase) else "DATETIME"
    serial = "SERIAL" if isinstance(db, PostgresqlDatabase) else "INTEGER"
    db.execute_sql(
        'CREATE TABLE "desk_session" ('
        f'"id" {serial} NOT NULL PRIMARY KEY, '
        '"user_id" INTEGER NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE, '
        '"desk" VARCHAR(64) NOT NULL, '
        f'"signed_in_at" {stamp} NOT NULL, '
        f'"seen_at" {stamp} NOT NULL, '
        f'"signed_out_at" {stamp})'
    )
    db.execute_sql(
        'CREATE INDEX "desk_session_user_id_signed_in_at" ON "desk_session" ("user_id", "signed_in_at")'
    )
    db.execute_sql('CREATE INDEX "desk_session_seen_at" ON "desk_session" ("seen_at")')


def down(migrator, db):
    db.execute_sql('DROP TABLE IF EXISTS "desk_session"')
