"""A promotion item may give a discount off the client's own price, in percent, instead of a special price
(issue 16 part 4: promotions and special items defined in the window by the head of sales). Stored as an
integer of hundredths of a percent, as money is stored in tiyn."""

from peewee import *


def up(migrator, db):
    db.execute_sql('ALTER TABLE "promotion_item" ADD COLUMN "discount_percent" BIGINT')
    # two heads editing one promotion: the second save is refused, not overwritten
    db.execute_sql('ALTER TABLE "promotion" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 0')


def down(migrator, db):
    db.execute_sql('ALTER TABLE "promotion_item" DROP COLUMN "discount_percent"')
    db.execute_sql('ALTER TABLE "promotion" DROP COLUMN "version"')
