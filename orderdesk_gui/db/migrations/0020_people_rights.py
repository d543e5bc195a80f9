"""People and rights in the window (issue 16 part 1). A user may be made to choose a new password at the
next sign-in (after an administrator's reset); failed sign-ins are counted in a window of minutes and
lock the account for a while (``auth.LOCK_*``). The rights of each role are ``domain.roles.PERMISSIONS``
unless an administrator changed a cell: ``role_permission`` keeps only the cells that differ (granted or
taken), so a right added in a later version starts at its default everywhere."""

from peewee import *


def up(migrator, db):
    stamp = "TIMESTAMP" if isinstance(db, PostgresqlDatabase) else "DATETIME"
    false = "FALSE" if isinstance(db, PostgresqlDatabase) else "0"
    db.execute_sql(f'ALTER TABLE "user" ADD COLUMN "must_change_password" BOOLEAN NOT NULL DEFAULT {false}')
    db.execute_sql('ALTER TABLE "user" ADD COLUMN "failed_sign_ins" INTEGER NOT NULL DEFAULT 0')
    db.execute_sql(f'ALTER TABLE "user" ADD COLUMN "first_failed_at" {stamp}')
    db.execute_sql(f'ALTER TABLE "user" ADD COLUMN "locked_until" {stamp}')
    db.execute_sql(
        'CREATE TABLE "role_permission" ('
        '"role" VARCHAR(16) NOT NULL, '
        '"permission" VARCHAR(32) NOT NULL, '
        '"granted" BOOLEAN NOT NULL, '
        'PRIMARY KEY ("role", "permission"))'
    )


def down(migrator, db):
    db.execute_sql('DROP TABLE IF EXISTS "role_permission"')
    for column in ("must_change_password", "failed_sign_ins", "first_failed_at", "locked_until"):
        db.execute_sql(f'ALTER TABLE "user" DROP COLUMN "{column}"')
