"""Exchange with accounting (1C and files): what came from accounting is known by accounting's own
identifier, a client or product accounting no longer lists is deactivated (never deleted), receivables
may name the OrderDesk order they invoice, accepted orders remember their export, and every import and
export is logged.

- ``external_id`` on client, contact, product, product group, price column and promotion: 1C's ``Ид``
  (a GUID, sometimes ``GUID#GUID``) or a file's code column; unique where it is set (NULL for what the
  desk or the demo made);
- ``client.active`` (accounting still lists it), ``phone.imported`` (accounting's phones are replaced by
  the next import, the desk's never);
- ``receivable.order_id``: the OrderDesk order this document invoices (its number or UUID in the file);
- ``order.exported_at`` and ``order.export_run_id``: each accepted order goes to accounting once;
- ``exchange_run``: the exchange log.

Columns with a default are added with one ``ALTER TABLE ... NOT NULL DEFAULT`` (0011): SQLite adds them
in place, and the search triggers on client and phone stay.
"""

from peewee import *


def up(migrator, db):
    pg = isinstance(db, PostgresqlDatabase)
    true, false = ("TRUE", "FALSE") if pg else ("1", "0")
    for table in ("client", "contact", "product", "product_group", "price_column", "promotion"):
        db.execute_sql(f'ALTER TABLE "{table}" ADD COLUMN "external_id" VARCHAR(80)')
        unique = "" if table == "contact" else "UNIQUE "
        db.execute_sql(f'CREATE {unique}INDEX "{table}_external_id" ON "{table}" ("external_id")')
    db.execute_sql(f'ALTER TABLE "client" ADD COLUMN "active" BOOLEAN NOT NULL DEFAULT {true}')
    db.execute_sql(f'ALTER TABLE "phone" ADD COLUMN "imported" BOOLEAN NOT NULL DEFAULT {false}')
    serial = "SERIAL" if pg else "INTEGER"
    stamp = "TIMESTAMP" if pg else "DATETIME"
    db.execute_sql(
        'CREATE TABLE "exchange_run" ('
        f'"id" {serial} NOT NULL PRIMARY KEY, '
        '"direction" VARCHAR(8) NOT NULL, '
        '"kind" VARCHAR(32) NOT NULL, '
        '"source" VARCHAR(16) NOT NULL, '
        '"file_name" VARCHAR(300) NOT NULL, '
        '"digest" VARCHAR(64) NOT NULL, '
        '"user_id" INTEGER REFERENCES "user" ("id") ON DELETE SET NULL, '
        f'"started_at" {stamp} NOT NULL, '
        f'"finished_at" {stamp}, '
        '"status" VARCHAR(16) NOT NULL, '
        '"counts" TEXT NOT NULL, '
        '"rejects" TEXT NOT NULL, '
        '"reject_count" INTEGER NOT NULL, '
        '"message" TEXT NOT NULL)'
    )
    db.execute_sql('CREATE INDEX "exchange_run_started_at" ON "exchange_run" ("started_at")')
    db.execute_sql('CREATE INDEX "exchange_run_digest" ON "exchange_run" ("digest")')
    db.execute_sql('CREATE INDEX "exchange_run_user_id" ON "exchange_run" ("user_id")')
    db.execute_sql(
        'ALTER TABLE "receivable" ADD COLUMN "order_id" INTEGER REFERENCES "order" ("id") ON DELETE SET NULL'
    )
    db.execute_sql('CREATE INDEX "receivable_order_id" ON "receivable" ("order_id")')
    db.execute_sql('ALTER TABLE "order" ADD COLUMN "exported_at" ' + stamp)
    db.execute_sql('ALTER TABLE "order" ADD COLUMN "export_run_id" INTEGER REFERENCES "exchange_run" ("id")')
    db.execute_sql('CREATE INDEX "order_export_run_id" ON "order" ("export_run_id")')
    db.execute_sql('CREATE INDEX "order_exported_at_status" ON "order" ("exported_at", "status")')


def down(migrator, db):
    db.execute_sql('DROP INDEX IF EXISTS "order_exported_at_status"')
    db.execute_sql('DROP INDEX IF EXISTS "order_export_run_id"')
    migrator.migrate(
        migrator.drop_column("order", "export_run_id"),
        migrator.drop_column("order", "exported_at"),
        migrator.drop_index("receivable", "receivable_order_id"),
        migrator.drop_column("receivable", "order_id"),
        migrator.drop_column("phone", "imported"),
        migrator.drop_column("client", "active"),
    )
    db.execute_sql('DROP TABLE "exchange_run"')
    for table in ("client", "contact", "product", "product_group", "price_column", "promotion"):
        db.execute_sql(f'DROP INDEX IF EXISTS "{table}_external_id"')
        migrator.migrate(migrator.drop_column(table, "external_id"))
