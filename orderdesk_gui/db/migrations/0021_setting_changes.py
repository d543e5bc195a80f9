"""Office-wide settings in the database (issue 16 part 5): ``app_setting`` (the company's requisites
since 0001) keeps every setting the desks share, and now says who changed each one last and when. The
full history, old and new values, is in the audit log (``settings_changed``)."""

from peewee import *


def up(migrator, db):
    stamp = "TIMESTAMP" if isinstance(db, PostgresqlDatabase) else "DATETIME"
    # a user id without a foreign key: users are never deleted (deactivated), and SQLite cannot drop a
    # column a foreign key names
    db.execute_sql('ALTER TABLE "app_setting" ADD COLUMN "changed_by_id" INTEGER')
    db.execute_sql(f'ALTER TABLE "app_setting" ADD COLUMN "changed_at" {stamp}')


def down(migrator, db):
    db.execute_sql('ALTER TABLE "app_setting" DROP COLUMN "changed_by_id"')
    db.execute_sql('ALTER TABLE "app_setting" DROP COLUMN "changed_at"')
