"""Management's special items for some clients only (D7, D23): a promotion may name the client type and the
region it is for (NULL / '' = every client), so the suggestions offer a HoReCa item to cafés and a regional
novelty in its region. Accounting's special items table brings them (issue 13).
"""

from peewee import *


def up(migrator, db):
    db.execute_sql(
        'ALTER TABLE "promotion" ADD COLUMN "client_type_id" INTEGER '
        'REFERENCES "client_type" ("id") ON DELETE SET NULL'
    )
    db.execute_sql('CREATE INDEX "promotion_client_type_id" ON "promotion" ("client_type_id")')
    db.execute_sql('ALTER TABLE "promotion" ADD COLUMN "region" VARCHAR(100) NOT NULL DEFAULT \'\'')


def down(migrator, db):
    migrator.migrate(
        migrator.drop_index("promotion", "promotion_client_type_id"),
        migrator.drop_column("promotion", "client_type_id"),
        migrator.drop_column("promotion", "region"),
    )
