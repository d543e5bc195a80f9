"""Importing accounting's files (CommerceML from 1C, CSV and XLSX tables, 1C's debt statement): read into
plain records, matched to what the database has by accounting's identifiers, previewed, then applied in
one transaction per file, all or nothing.

Matching: a record is found by accounting's identifier (``external_id``: 1C's ``Ид``, or the code column
of a table); on the first import, a client with no identifier yet by its BIN/IIN (when one client has it)
or its code, a product by its code, a price column by its name or code. The same file twice changes
nothing. A full import (a CommerceML catalogue or contractor list without ``СодержитТолькоИзменения``, a
debt statement, a table imported with ``full``) deactivates the clients and products accounting no longer
lists and closes the receivables it no longer lists; it never deletes. What the desk owns is never
overwritten: notes, call history, contacts and phones added at the desk, a client's delivery address,
region, city and manager once set (a different value from accounting is listed as a conflict), its status
and language.

A file with any row that cannot be read or matched is refused whole, with every such row's line and
reason; the database stays as it was. Every applied or refused import is in the exchange log
(``exchange_run``); a preview writes nothing.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from peewee import PostgresqlDatabase

from orderdesk_gui import clock
from orderdesk_gui.db import models as m
from orderdesk_gui.db.bulk import CLIENT_COLUMNS, BulkWriter
from orderdesk_gui.db.queries import DEBTS_AS_OF, debts_as_of  # noqa: F401  (kept here for callers)
from orderdesk_gui.domain.changes import Changes
from orderdesk_gui.domain.entities import UserInfo
from orderdesk_gui.domain.phones import try_e164
from orderdesk_gui.domain.roles import Permission
from orderdesk_gui.domain.states import PLACED, ClientStatus, ExchangeStatus
from orderdesk_gui.domain.text import normalize, search_text
from orderdesk_gui.exchange import commerceml, tables
from orderdesk_gui.exchange import records as r
from orderdesk_gui.exchange.values import Refused
from orderdesk_gui.services.auth import Actor, audit, require
from orderdesk_gui.services.drop_folder import move_aside

log = logging.getLogger(__name__)

Progress = Callable[[str, float], None]
LONGEST_FILE = 2 << 30  # 2 GB: a bigger "export" is not one
_TABLES_OF = {
    "groups": ("product_group",),
    "price_columns": ("price_column",),
    "products": ("product",),
    "prices": ("price",),
    "stock": ("product",),
    "clients": ("client",),
    "phones": ("phone",),
    "contacts": ("contact", "phone"),
    "receivables": ("receivable",),
}
FEW = 20000  # a file with at most this many records of a kind reads only the rows they name
KEPT_REJECTS = 1000  # rows kept in the log and shown; the count is always whole
# the order files of one batch are imported in, by a word of their names: what others refer to first
_ORDER = (
    "import",
    "offers",
    "rests",
    "group",
    "product",
    "товар",
    "номенклат",
    "price",
    "цен",
    "client",
    "клиент",
    "контрагент",
    "contact",
    "контакт",
    "receiv",
    "долг",
    "задолж",
    "debt",
    "взаиморасч",
    "promo",
    "акци",
    "special",
)


@dataclass(frozen=True)
class Counts:
    new: int = 0
    changed: int = 0
    deactivated: int = 0
    unchanged: int = 0


@dataclass(frozen=True)
class Reject:
    line: int
    code: str
    params: dict


@dataclass
class ImportResult:
    file_name: str
    kind: str
    status: str  # ExchangeStatus
    counts: dict[str, Counts] = field(default_factory=dict)
    rejects: list[Reject] = field(default_factory=list)
    reject_count: int = 0
    conflicts: list[Reject] = field(default_factory=list)
    run_id: int | None = None
    changes: Changes = field(default_factory=Changes)

    @property
    def written(self) -> bool:
        """Whether this file changed the database (applied, not previewed, refused or unchanged)."""
        return self.status == ExchangeStatus.APPLIED


class FileRefused(Refused):
    """The import as a whole cannot go on (no such file, too big)."""


# -- the entry point -------------------------------------------------------------------------------------


def import_files(
    paths: Sequence[Path | str],
    user: UserInfo | None,
    *,
    apply: bool,
    source: str = "window",
    progress: Progress | None = None,
    full: bool | None = None,
    again: bool = False,
) -> list[ImportResult]:
    """Preview (``apply=False``: nothing written) or apply each file, ``import*.xml`` before ``offers*.xml``
    and tables in the order their records depend on each other; each file all or nothing in its own
    transaction. ``full``: a table lists everything of its kind (None: CommerceML says so itself, a debt
    statement always does, other tables list changes only). A file the same, byte for byte, as the last
    one of its name applied is not read again (nothing would change) unless ``again``."""
    who = require(user, Permission.EXCHANGE_DATA)
    files = sorted((Path(p) for p in paths), key=_rank)
    pending: dict[str, set[str]] = {}  # keys new in an earlier file of this batch (a preview applies none)
    early = _price_types_ahead(files)
    results = []
    for index, path in enumerate(files):

        def step(stage: str, share: float, index=index) -> None:
            if progress:
                progress(stage, (index + min(1.0, max(0.0, share))) / len(files))

        results.append(_one(path, who, apply, source, step, full, pending, early, again))
    return results


def _price_types_ahead(files: list[Path]) -> list[r.PriceColumn]:
    """The price types of the batch's offers files: a catalogue's contractors name their price column by
    its ``Ид``, and the catalogue is imported first."""
    found: list[r.PriceColumn] = []
    for path in files:
        if path.suffix.casefold() == ".xml" and _rank(path)[0] > 0:
            try:
                with path.open("rb") as stream:
                    found += commerceml.price_types(stream)
            except OSError:
                continue
    return found


def _rank(path: Path) -> tuple[int, str]:
    name = path.name.casefold()
    for rank, word in enumerate(_ORDER):
        if word in name:
            return rank, name
    return len(_ORDER), name


# -- one file --------------------------------------------------------------------------------------------


def _one(
    path, who: Actor, apply: bool, source: str, step, full, pending, early=(), again=False
) -> ImportResult:
    started = clock.now_utc()
    name = path.name[:300]
    try:
        size = path.stat().st_size
        if size > LONGEST_FILE:
            raise FileRefused("exchange.file_too_big", size_mb=size // (1 << 20), limit_mb=LONGEST_FILE >> 20)
        digest = _digest(path)
        done = None if again else _same_as_last(name, digest)
        if done is not None:
            result = ImportResult(name, done.kind, ExchangeStatus.UNCHANGED)
            result.conflicts = [
                Reject(0, "exchange.same_file", {"when": done.finished_at or done.started_at})
            ]
            if apply:
                with m.db_proxy.atomic():
                    result.run_id = _log(result, who, source, digest, started)
                    if _brought_debts(digest):  # the same debts, confirmed as of now
                        _debts_now(clock.now_utc())
            step("done", 1.0)
            return result
        step("read", 0.0)
        package = _read(path, size, lambda share: step("read", share * 0.5))
    except Refused as exc:
        line = int(exc.params.get("line", 0) or 0)
        params = {k: val for k, val in exc.params.items() if k != "line"}
        result = ImportResult(
            name, _kind_of(path), ExchangeStatus.REFUSED, rejects=[Reject(line, exc.code, params)]
        )
        result.reject_count = 1
        if apply:
            result.run_id = _log(result, who, source, "", started)
        return result
    except OSError as exc:
        raise FileRefused("exchange.cannot_read", file=name, reason=str(exc)[:200]) from None
    if (
        package.kind == "commerceml" and package.records.get("clients") and early
    ):  # the price columns the clients name, ahead of the offers
        known = {rec.key for rec in package.records.get("price_columns", [])}
        package.records.setdefault("price_columns", [])[:0] = [rec for rec in early if rec.key not in known]
    step("match", 0.5)
    with m.db_proxy.atomic() as transaction:
        plan = _Plan(package, full, pending, clock.now_utc())
        plan.match(lambda share: step("match", 0.5 + 0.2 * share))
        result = plan.result(name)
        if result.reject_count:
            result.status = ExchangeStatus.REFUSED
        elif not apply:
            result.status = ExchangeStatus.PREVIEW
        elif not plan.anything():
            result.status = ExchangeStatus.UNCHANGED
        if apply and result.status != ExchangeStatus.REFUSED:
            step("write", 0.7)
            plan.write(lambda share: step("write", 0.7 + 0.3 * share))
            result.status = ExchangeStatus.APPLIED if plan.anything() else ExchangeStatus.UNCHANGED
            result.changes = plan.changes()
            result.run_id = _log(result, who, source, digest, started)
            audit(who.id, "exchange_imported", "exchange_run", result.run_id, file=name, kind=package.kind)
            plan.audit_money(who.id, result.run_id)
        elif not apply:
            plan.remember(pending)
        if result.status == ExchangeStatus.REFUSED:
            transaction.rollback()
            if apply:
                result.run_id = _log(result, who, source, digest, started)
    if result.status == ExchangeStatus.APPLIED:
        plan.analyze()
    step("done", 1.0)
    return result


def _brought_debts(digest: str) -> bool:
    """Whether this very file brought receivables when it was read (a later skip of it logs no counts)."""
    run = m.ExchangeRun
    return run.select().where((run.digest == digest) & run.counts.contains('"receivables"')).exists()


def _debts_now(now: dt.datetime) -> None:
    """Receivables were brought in (or confirmed unchanged) at ``now`` (naive UTC): the desks' freshness."""
    stamp = now.replace(tzinfo=dt.UTC).isoformat()
    m.AppSetting.insert(key=DEBTS_AS_OF, value=stamp).on_conflict(
        conflict_target=[m.AppSetting.key], update={m.AppSetting.value: stamp}
    ).execute()


def _same_as_last(name: str, digest: str):
    """The last applied import of this file name when it was this very file (nothing of it to change)."""
    run = m.ExchangeRun
    last = (
        run.select()
        .where(
            (run.direction == "import")
            & (run.file_name == name)
            & run.status.in_([ExchangeStatus.APPLIED, ExchangeStatus.UNCHANGED])
        )
        .order_by(run.id.desc())
        .first()
    )
    return last if last is not None and last.digest == digest else None


def _kind_of(path: Path) -> str:
    suffix = path.suffix.casefold()
    return {".xml": "commerceml", ".xlsx": "xlsx", ".xlsm": "xlsx"}.get(suffix, "csv")


def _digest(path: Path) -> str:
    sha = hashlib.sha256()
    with path.open("rb") as stream:
        for chunk in iter(lambda: stream.read(1 << 20), b""):
            sha.update(chunk)
    return sha.hexdigest()


def _read(path: Path, size: int, share) -> r.Package:
    if path.suffix.casefold() == ".xml":
        with path.open("rb") as stream:
            return commerceml.read(stream, size, share)
    columns = tuple(
        name
        for row in m.PriceColumn.select(
            m.PriceColumn.name, m.PriceColumn.code, m.PriceColumn.external_id
        ).tuples()
        for name in row
        if name
    )
    return tables.read(path, path.name, columns, share)


def _log(result: ImportResult, who: Actor, source: str, digest: str, started: dt.datetime) -> int:
    rejects = [[x.line, x.code, x.params] for x in result.rejects[:KEPT_REJECTS]]
    rejects += [[x.line, x.code, x.params, True] for x in result.conflicts[:KEPT_REJECTS]]  # True: a conflict
    run = m.ExchangeRun.create(
        direction="import",
        kind=result.kind,
        source=source[:16],
        file_name=result.file_name,
        digest=digest,
        user=who.id,
        started_at=started,
        finished_at=clock.now_utc(),
        status=result.status,
        counts=json.dumps({k: c.__dict__ for k, c in result.counts.items()}, ensure_ascii=False),
        rejects=json.dumps(rejects, ensure_ascii=False, default=str),
        reject_count=result.reject_count,
        message="",
    )
    return run.id


# -- matching and writing ----------------------------------------------------------------------------------


def _units(amount: Decimal | None) -> int | None:
    return None if amount is None else int(amount * 100)


def _iso(value) -> str | None:
    if value is None:
        return None
    return value.isoformat() if hasattr(value, "isoformat") else str(value)[:10]


class _Sql:
    """Raw statements with ``%s`` marks on either database (many rows at once)."""

    def __init__(self) -> None:
        self.db = m.db_proxy.obj
        self.pg = isinstance(self.db, PostgresqlDatabase)

    def rows(self, sql: str, params: Sequence = ()) -> list[tuple]:
        return list(self.db.execute_sql(sql if self.pg else sql.replace("%s", "?"), params).fetchall())

    def chunked(self, sql: str, values: list, size: int = 500) -> list[tuple]:
        """``sql`` with ``{}`` standing for an ``IN`` list, run over ``values`` in chunks."""
        found: list[tuple] = []
        for start in range(0, len(values), size):
            chunk = values[start : start + size]
            found += self.rows(sql.format(", ".join(["%s"] * len(chunk))), chunk)
        return found

    def many(self, sql: str, rows: list[tuple]) -> None:
        if not rows:
            return
        cursor = self.db.cursor()
        if self.pg:
            from psycopg2.extras import execute_batch

            execute_batch(cursor, sql, rows, page_size=2000)
        else:
            cursor.executemany(sql.replace("%s", "?"), rows)


class _Tally:
    def __init__(self) -> None:
        self.new = self.changed = self.deactivated = self.unchanged = 0

    def counts(self) -> Counts:
        return Counts(self.new, self.changed, self.deactivated, self.unchanged)


class _Plan:
    """What one file changes: computed by ``match`` (reads only), written by ``write``."""

    def __init__(self, package: r.Package, full: bool | None, pending: dict[str, set[str]], now) -> None:
        self.package = package
        self.full = (not package.changes_only) if full is None else full
        self.pending = pending
        self.now = now
        self.today = clock.today()
        self.sql = _Sql()
        self.rejects: list[Reject] = [Reject(x.line, x.code, x.params) for x in package.rejects]
        self.reject_count = package.reject_count  # all of them; a 100 MB file of garbage keeps only a few
        self.conflicts: list[Reject] = []
        self.tally: dict[str, _Tally] = {}
        self.work: list[Callable[[], None]] = []  # the writes, in order
        self.money: list[tuple] = []  # (client id, code, old limit, new limit) for the audit
        self.debts_written = False

    def t(self, kind: str) -> _Tally:
        return self.tally.setdefault(kind, _Tally())

    def reject(self, line: int, code: str, **params) -> None:
        self.reject_count += 1
        if len(self.rejects) < KEPT_REJECTS * 10:
            self.rejects.append(Reject(line, code, params))

    def conflict(self, line: int, code: str, **params) -> None:
        if len(self.conflicts) < KEPT_REJECTS * 10:
            self.conflicts.append(Reject(line, code, params))

    def records(self, kind: str) -> list:
        return self.package.records.get(kind, [])

    def anything(self) -> bool:
        return any(t.new or t.changed or t.deactivated for t in self.tally.values())

    def result(self, name: str) -> ImportResult:
        rejects = sorted(self.rejects, key=lambda x: x.line)
        return ImportResult(
            name,
            self.package.kind,
            ExchangeStatus.PREVIEW,
            {kind: tally.counts() for kind, tally in self.tally.items()},
            rejects[:KEPT_REJECTS],
            self.reject_count,
            self.conflicts[:KEPT_REJECTS],
        )

    def changes(self) -> Changes:
        touched = {k for k, t in self.tally.items() if t.new or t.changed or t.deactivated}
        return Changes(
            clients=bool(touched & {"clients", "contacts", "phones", "receivables", "invoiced_orders"}),
            orders=bool(touched & {"invoiced_orders", "products", "prices", "promotions", "stock"}),
        )

    def remember(self, pending: dict[str, set[str]]) -> None:
        for kind in ("products", "clients", "price_columns", "groups"):
            pending.setdefault(kind, set()).update(rec.key for rec in self.records(kind))

    def match(self, step=None) -> None:
        stages = (
            self._groups,
            self._price_columns,
            self._products,
            self._prices,
            self._stock,
            self._clients,
            self._contacts,
            self._receivables,
            self._invoiced,
            self._promotions,
        )
        for number, stage in enumerate(stages):
            stage()
            if step:
                step((number + 1) / len(stages))

    def write(self, step=None) -> None:
        for number, job in enumerate(self.work):
            job()
            if step:
                step((number + 1) / len(self.work))
        if self.debts_written:
            _debts_now(self.now)

    def analyze(self) -> None:
        """After a big import on PostgreSQL, fresh statistics for the tables it filled: the planner reads
        an empty table's plans otherwise (an office server may run no autovacuum), and the desks' searches
        and the next import's reads go by index."""
        if not self.sql.pg:
            return
        written = {kind: t.new + t.changed + t.deactivated for kind, t in self.tally.items()}
        if sum(written.values()) < FEW:
            return
        tables = {
            "product_group",
            "price_column",
            "product",
            "price",
            "client",
            "contact",
            "phone",
            "receivable",
        }
        touched = {
            table
            for kind, count in written.items()
            if count
            for table in _TABLES_OF.get(kind, ())
            if table in tables
        }
        for table in sorted(touched):
            self.sql.db.execute_sql(f'ANALYZE "{table}"')

    def audit_money(self, user_id: int | None, run_id: int) -> None:
        """Each credit limit accounting changed, with its old and new value (money is audited)."""
        if not self.money:
            return
        writer = BulkWriter(
            m.db_proxy.obj, m.AuditEvent, ["at", "user", "action", "entity", "entity_id", "details"]
        )
        for client_id, code, old, new in self.money:
            details = json.dumps(
                {"field": "credit_limit", "client": code, "old": str(old), "new": str(new), "run": run_id},
                ensure_ascii=False,
            )
            writer.add((self.now, user_id, "client_credit_imported", "client", str(client_id), details))
        writer.flush()

    # -- groups and price columns ------------------------------------------------------------------------
    def _groups(self) -> None:
        recs = self.records("groups")
        rows = self.sql.rows('SELECT "id", "external_id", "name", "parent_id", "code" FROM "product_group"')
        by_key = {row[1]: row for row in rows if row[1]}
        by_name = {_name(row[2]): row for row in rows if not row[1]}
        codes = {row[4] for row in rows}
        self.group_ids: dict[str, int | None] = {row[1]: row[0] for row in rows if row[1]}
        self.group_by_name = {_name(row[2]): row[0] for row in rows}
        new, changed = [], []
        for rec in recs:
            row = by_key.get(rec.key) or by_name.get(_name(rec.name))
            if row is None:
                new.append((rec, _free_code("G", rec.key, codes)))
                self.group_ids[rec.key] = None
                self.t("groups").new += 1
                continue
            self.group_ids[rec.key] = row[0]
            parent = self.group_ids.get(rec.parent_key) if rec.parent_key else None
            if row[2] != rec.name or (rec.parent_key and parent and row[3] != parent) or row[1] is None:
                changed.append((rec, row[0]))
                self.t("groups").changed += 1
            else:
                self.t("groups").unchanged += 1

        def write() -> None:
            for rec, code in new:
                group = m.ProductGroup.create(code=code, name=rec.name[:200], external_id=rec.key)
                self.group_ids[rec.key] = group.id
            for rec, group_id in changed:
                m.ProductGroup.update(name=rec.name[:200], external_id=rec.key).where(
                    m.ProductGroup.id == group_id
                ).execute()
            for rec in recs:  # parents once every group has its id
                if rec.parent_key and self.group_ids.get(rec.parent_key):
                    m.ProductGroup.update(parent=self.group_ids[rec.parent_key]).where(
                        (m.ProductGroup.id == self.group_ids[rec.key])
                        & (
                            (m.ProductGroup.parent.is_null())
                            | (m.ProductGroup.parent != self.group_ids[rec.parent_key])
                        )
                    ).execute()

        if new or changed:
            self.work.append(write)

    def _price_columns(self) -> None:
        rows = self.sql.rows('SELECT "id", "external_id", "name", "code", "sort_order" FROM "price_column"')
        self.columns: dict[str, int | None] = {}
        for row in rows:  # a column by its key, its name or its code (tables name columns so)
            for word in (row[1], row[2], row[3]):
                if word:
                    self.columns.setdefault(_name(word), row[0])
        by_key = {row[1]: row for row in rows if row[1]}
        codes = {row[3] for row in rows}
        order = max((row[4] for row in rows), default=0)
        new, changed = [], []
        for rec in self.records("price_columns"):
            row = by_key.get(rec.key)
            if row is None:
                column_id = self.columns.get(_name(rec.name))
                row = next((x for x in rows if x[0] == column_id and not x[1]), None)
            if row is None:
                order += 1
                new.append((rec, _free_code("P", rec.key, codes), order))
                self.columns[_name(rec.key)] = None
                self.t("price_columns").new += 1
            elif row[1] != rec.key or row[2] != rec.name:
                changed.append((rec, row[0]))
                self.columns[_name(rec.key)] = row[0]
                self.t("price_columns").changed += 1
            else:
                self.columns[_name(rec.key)] = row[0]
                self.t("price_columns").unchanged += 1

        def write() -> None:
            for rec, code, sort_order in new:
                column = m.PriceColumn.create(
                    code=code, name=rec.name[:100], external_id=rec.key, sort_order=sort_order
                )
                self.columns[_name(rec.key)] = column.id
                self.columns.setdefault(_name(rec.name), column.id)
            for rec, column_id in changed:
                m.PriceColumn.update(name=rec.name[:100], external_id=rec.key).where(
                    m.PriceColumn.id == column_id
                ).execute()

        if new or changed:
            self.work.append(write)

    # -- products ------------------------------------------------------------------------------------------
    def _products(self) -> None:
        recs = self.records("products")
        rows = self.sql.rows(
            'SELECT "id", "external_id", "code", "name", "unit", "barcode", "vat_rate", "group_id", '
            '"pack_size", "weight_kg", "active" FROM "product"'
        )
        self.products: dict[str, int | None] = {row[1]: row[0] for row in rows if row[1]}
        self.product_codes: dict[str, int] = {_code(row[2]): row[0] for row in rows}
        if not recs:
            return
        by_key = {row[1]: row for row in rows if row[1]}
        by_code = {_code(row[2]): row for row in rows if not row[1]}
        codes = {row[2] for row in rows}
        listed: set[int] = set()
        inserts, updates = [], []
        seen: set[str] = set()
        for rec in recs:
            if rec.key in seen:
                self.reject(rec.line, "exchange.duplicate_id", id=rec.key)
                continue
            seen.add(rec.key)
            row = by_key.get(rec.key) or (by_code.get(_code(rec.code)) if rec.code else None)
            group_id = self._group_of(rec.group_key)
            if row is None:
                if rec.deleted:
                    continue
                code = rec.code if rec.code and rec.code not in codes else _free_code("", rec.key, codes)
                codes.add(code)
                inserts.append((rec, code))
                self.products[rec.key] = None
                self.t("products").new += 1
                continue
            listed.add(row[0])
            self.products[rec.key] = row[0]
            old = (row[1], row[3], row[4], row[5], row[6], row[7], _num(row[8]), _num(row[9]), bool(row[10]))
            new = (
                rec.key,
                rec.name if rec.name is not None else row[3],
                rec.unit if rec.unit is not None else row[4],
                rec.barcode if rec.barcode is not None else row[5],
                rec.vat_rate if rec.vat_rate is not None else row[6],
                group_id if isinstance(group_id, int) else row[7],
                _qty(rec.pack_size) if rec.pack_size is not None else _num(row[8]),
                _qty(rec.weight_kg) if rec.weight_kg is not None else _num(row[9]),
                not rec.deleted,
            )
            if rec.code and rec.code != row[2]:
                self.conflict(rec.line, "exchange.code_kept", kept=row[2], other=rec.code)
            if new != old or (group_id is None and rec.group_key and rec.group_key in self.group_ids):
                updates.append((rec, row, new))
                if new[8] != old[8] and not new[8]:
                    self.t("products").deactivated += 1
                else:
                    self.t("products").changed += 1
            else:
                self.t("products").unchanged += 1
        gone = []
        if self.full:
            gone = [row[0] for row in rows if row[1] and row[10] and row[0] not in listed]
            self.t("products").deactivated += len(gone)

        def write() -> None:
            writer = BulkWriter(
                m.db_proxy.obj,
                m.Product,
                [
                    "code",
                    "name",
                    "search_text",
                    "group",
                    "unit",
                    "pack_size",
                    "pack_rule",
                    "barcode",
                    "weight_kg",
                    "vat_rate",
                    "certificate_ref",
                    "active",
                    "stock",
                    "external_id",
                ],
            )
            for rec, code in inserts:
                name = rec.name or code
                group = self._group_of(rec.group_key)
                writer.add(
                    (
                        code,
                        name,
                        search_text(name, code, rec.barcode),
                        group if isinstance(group, int) else None,
                        rec.unit or "шт",
                        _qty(rec.pack_size or 1),
                        "round_up",
                        rec.barcode,
                        _qty(rec.weight_kg or 0),
                        12 if rec.vat_rate is None else rec.vat_rate,
                        "",
                        True,
                        0,
                        rec.key,
                    )
                )
            writer.flush()
            if inserts:
                for pid, key in self.sql.rows(
                    'SELECT "id", "external_id" FROM "product" WHERE "external_id" IS NOT NULL AND "id" > %s',
                    (max((row[0] for row in rows), default=0),),
                ):
                    self.products[key] = pid
            self.sql.many(
                'UPDATE "product" SET "external_id" = %s, "name" = %s, "search_text" = %s, "unit" = %s, '
                '"barcode" = %s, "vat_rate" = %s, "group_id" = %s, "pack_size" = %s, "weight_kg" = %s, '
                '"active" = %s WHERE "id" = %s',
                [
                    (
                        new[0],
                        new[1],
                        search_text(new[1], row[2], new[3]),
                        new[2],
                        new[3],
                        new[4],
                        _known(self._group_of(rec.group_key), new[5]),
                        new[6],
                        new[7],
                        new[8],
                        row[0],
                    )
                    for rec, row, new in updates
                ],
            )
            self.sql.many(
                'UPDATE "product" SET "active" = %s WHERE "id" = %s', [(False, pid) for pid in gone]
            )

        if inserts or updates or gone:
            self.work.append(write)

    def _group_of(self, key: str | None) -> int | None | str:
        """A product's group id (None: none given; the key itself while the group is new in this file)."""
        if not key:
            return None
        if key in self.group_ids:
            return self.group_ids[key] if self.group_ids[key] is not None else key
        found = self.group_by_name.get(_name(key))
        return found

    def _product_id(self, key: str) -> int | None | bool:
        """An existing product's id; True when new in this file or an earlier one of the batch; None:
        unknown."""
        if key in self.products:
            return self.products[key] if self.products[key] is not None else True
        found = self.product_codes.get(_code(key))
        if found is not None:
            return found
        return True if key in self.pending.get("products", ()) else None

    # -- prices and stock ----------------------------------------------------------------------------------
    def _column_id(self, key: str) -> int | None | bool:
        found = self.columns.get(_name(key), False)
        if found is None or (found is False and key in self.pending.get("price_columns", ())):
            return True
        return None if found is False else found

    def _prices(self) -> None:
        recs = self.records("prices")
        if not recs:
            return
        sql = 'SELECT "product_id", "price_column_id", "price" FROM "price"'
        if len(recs) <= FEW:  # a changes-only package: the prices of its products only
            ids = {self._product_id(rec.product_key) for rec in recs}
            found = self.sql.chunked(
                sql + ' WHERE "product_id" IN ({})',
                [i for i in ids if type(i) is int],  # True: new in this batch
            )
        else:
            found = self.sql.rows(sql)
        current = {(row[0], row[1]): row[2] for row in found}
        rows, changes, seen = [], [], set()
        for rec in recs:
            product = self._product_id(rec.product_key)
            column = self._column_id(rec.column_key)
            if product is None:  # 1C sends offers of products its catalogue export left out: listed, skipped
                self.conflict(rec.line, "exchange.price_of_unknown_product", product=rec.product_key)
                continue
            if column is None:
                self.reject(rec.line, "exchange.unknown_price_column", column=rec.column_key)
                continue
            pair = (rec.product_key, rec.column_key)
            if pair in seen:
                self.reject(rec.line, "exchange.duplicate_id", id=f"{rec.product_key} / {rec.column_key}")
                continue
            seen.add(pair)
            units = _units(rec.price)
            if product is True or column is True:
                rows.append(rec)
                self.t("prices").new += 1
                continue
            old = current.get((product, column))
            if old is None:
                rows.append(rec)
                self.t("prices").new += 1
            elif int(old) != units:
                changes.append((units, product, column))
                self.t("prices").changed += 1
            else:
                self.t("prices").unchanged += 1

        def write() -> None:
            writer = BulkWriter(m.db_proxy.obj, m.Price, ["product", "price_column", "price"])
            for rec in rows:
                writer.add(
                    (
                        self.products.get(rec.product_key) or self.product_codes.get(_code(rec.product_key)),
                        self.columns[_name(rec.column_key)],
                        _units(rec.price),
                    )
                )
            writer.flush()
            self.sql.many(
                'UPDATE "price" SET "price" = %s WHERE "product_id" = %s AND "price_column_id" = %s', changes
            )

        if rows or changes:
            self.work.append(write)

    def _stock(self) -> None:
        recs = self.records("stock")
        if not recs:
            return
        current = {row[0]: _num(row[1]) for row in self.sql.rows('SELECT "id", "stock" FROM "product"')}
        updates = []
        for rec in recs:
            product = self._product_id(rec.product_key)
            if product is None:
                self.conflict(rec.line, "exchange.price_of_unknown_product", product=rec.product_key)
                continue
            quantity = _qty(rec.quantity)
            if product is True or current.get(product) != quantity:
                updates.append((quantity, rec.product_key))
                self.t("stock").changed += 1
            else:
                self.t("stock").unchanged += 1

        def write() -> None:
            self.sql.many(
                'UPDATE "product" SET "stock" = %s WHERE "id" = %s',
                [(q, self.products.get(key) or self.product_codes.get(_code(key))) for q, key in updates],
            )

        if updates:
            self.work.append(write)

    # -- clients, contacts, phones -----------------------------------------------------------------------
    def _clients(self) -> None:
        recs = self.records("clients")
        if recs:
            rows = self.sql.rows(
                'SELECT "id", "external_id", "code", "name", "tax_id", "client_type_id", "price_column_id", '
                '"credit_limit", "payment_delay_days", "region", "city", "legal_address", '
                '"delivery_address", "manager_id", "active", "status" FROM "client"'
            )
        else:  # receivables or contacts only: what finds a client, and its payment delay
            rows = [
                (cid, ext, code, None, tax, None, None, None, delay)
                for cid, ext, code, tax, delay in self.sql.rows(
                    'SELECT "id", "external_id", "code", "tax_id", "payment_delay_days" FROM "client"'
                )
            ]
        self.clients: dict[str, int | None] = {row[1]: row[0] for row in rows if row[1]}
        self.client_codes = {_code(row[2]): row[0] for row in rows}
        self.client_delay = {row[0]: row[8] for row in rows}
        taxes: dict[str, list[int]] = {}
        for row in rows:
            if row[4]:
                taxes.setdefault(row[4], []).append(row[0])
        self.client_taxes = taxes
        self._client_names: dict[str, list[int]] | None = None  # made when a name is looked up
        if not recs:
            return
        by_key = {row[1]: row for row in rows if row[1]}
        by_id = {row[0]: row for row in rows}
        codes = {row[2] for row in rows}
        types = self._lookup('SELECT "id", "code", "name" FROM "client_type" ORDER BY "sort_order", "id"')
        default_type = types["__first__"]
        base = self.sql.rows(
            'SELECT "id" FROM "price_column" ORDER BY "is_base" DESC, "sort_order", "id" LIMIT 1'
        )
        default_column = base[0][0] if base else None
        managers = self._lookup('SELECT "id", "login", "full_name" FROM "user"')
        if default_type is None or default_column is None:
            self.reject(0, "exchange.no_client_types")
            return
        listed: set[int] = set()
        inserts, updates = [], []
        self.client_phones: list[tuple[r.Client, int | None]] = []
        self.file_taxes: dict[str, int] = {}
        for rec in recs:
            if rec.tax_id:
                self.file_taxes[rec.tax_id] = self.file_taxes.get(rec.tax_id, 0) + 1
        seen: set[str] = set()
        for rec in recs:
            if rec.key in seen:  # a table may name a client twice (CommerceML's reader refuses it already)
                self.reject(rec.line, "exchange.duplicate_id", id=rec.key)
                continue
            seen.add(rec.key)
            row = by_key.get(rec.key)
            if row is None:
                row = self._first_match(rec, taxes, by_id)
            type_id = types.get(_name(rec.client_type)) if rec.client_type else None
            if rec.client_type and type_id is None:
                self.reject(rec.line, "exchange.unknown_client_type", value=rec.client_type)
                continue
            column_id = self.columns.get(_name(rec.price_column)) if rec.price_column else None
            if rec.price_column and not column_id:
                self.reject(rec.line, "exchange.unknown_price_column", column=rec.price_column)
                continue
            manager_id = managers.get(_name(rec.manager)) if rec.manager else None
            if rec.manager and manager_id is None:
                self.conflict(rec.line, "exchange.unknown_manager", value=rec.manager)
            if row is None:
                if rec.deleted:
                    continue
                code = rec.code if rec.code and rec.code not in codes else _free_code("K", rec.key, codes)
                codes.add(code)
                inserts.append((rec, code, type_id or default_type, column_id or default_column, manager_id))
                self.clients[rec.key] = None
                self.client_phones.append((rec, None))
                self.t("clients").new += 1
                continue
            listed.add(row[0])
            self.clients[rec.key] = row[0]
            self.client_delay[row[0]] = (
                rec.payment_delay_days if rec.payment_delay_days is not None else row[8]
            )
            new = list(row)
            if row[1] and row[1] != rec.key:  # one company, two identifiers: the first one stays
                if _code(row[2]) != _code(rec.code or ""):  # not even its code: say so
                    self.conflict(rec.line, "exchange.client_known_by_other_id", client=row[3], id=row[1])
                self.clients[rec.key] = row[0]
            else:
                new[1] = rec.key
            if rec.name is not None:
                new[3] = rec.name or rec.official_name or row[3]
            if rec.tax_id is not None:
                new[4] = rec.tax_id
            if type_id:
                new[5] = type_id
            if column_id:
                new[6] = column_id
            if rec.credit_limit is not None:
                new[7] = _units(rec.credit_limit)
            if rec.payment_delay_days is not None:
                new[8] = rec.payment_delay_days
            if rec.legal_address is not None and rec.legal_address:
                new[11] = rec.legal_address
            for index, value, label in (
                (9, rec.region, "region"),
                (10, rec.city, "city"),
                (12, rec.delivery_address, "delivery_address"),
                (13, manager_id, "manager"),
            ):  # the desk's fields: filled when empty, a different value is a conflict
                if value in (None, ""):
                    continue
                if row[index] in (None, ""):
                    new[index] = value
                elif row[index] != value:
                    shown = rec.manager if label == "manager" else value
                    self.conflict(rec.line, f"exchange.desk_{label}_kept", client=row[3], value=shown)
            new[14] = not rec.deleted
            if int(new[7] or 0) != int(row[7] or 0):
                self.money.append((row[0], row[2], _money(row[7]), _money(new[7])))
            if tuple(new[1:15]) != tuple(row[1:15]) or bool(row[14]) != new[14]:
                updates.append(tuple(new))
                if bool(row[14]) and not new[14]:
                    self.t("clients").deactivated += 1
                else:
                    self.t("clients").changed += 1
            else:
                self.t("clients").unchanged += 1
            if rec.phones is not None:
                self.client_phones.append((rec, row[0]))
        gone = []
        if self.full and recs:
            gone = [row[0] for row in rows if row[1] and row[14] and row[0] not in listed]
            self.t("clients").deactivated += len(gone)

        def write() -> None:
            writer = BulkWriter(m.db_proxy.obj, m.Client, [*CLIENT_COLUMNS, "external_id", "active"])
            for rec, code, type_id, column_id, manager_id in inserts:  # rows made as written: less memory
                name = rec.name or rec.official_name or code
                writer.add(
                    (
                        str(_uuid()),
                        code,
                        name,
                        search_text(name, code, rec.tax_id, rec.city),
                        rec.tax_id,
                        type_id,
                        manager_id,
                        column_id,
                        _units(rec.credit_limit) or 0,
                        rec.payment_delay_days or 0,
                        rec.region or "",
                        rec.city or "",
                        rec.legal_address or "",
                        rec.delivery_address or rec.legal_address or "",
                        "",
                        "",
                        "",
                        ClientStatus.ACTIVE.value,
                        self.now,
                        self.now,
                        1,
                        rec.key,
                        True,
                    )
                )
            writer.flush()
            if inserts:
                top = max((row[0] for row in rows), default=0)
                for cid, key in self.sql.rows(
                    'SELECT "id", "external_id" FROM "client" WHERE "external_id" IS NOT NULL AND "id" > %s',
                    (top,),
                ):
                    self.clients[key] = cid
            self.sql.many(
                'UPDATE "client" SET "external_id" = %s, "name" = %s, "search_text" = %s, "tax_id" = %s, '
                '"client_type_id" = %s, "price_column_id" = %s, "credit_limit" = %s, '
                '"payment_delay_days" = %s, "region" = %s, "city" = %s, "legal_address" = %s, '
                '"delivery_address" = %s, "manager_id" = %s, '
                '"active" = %s, "status" = %s, "updated_at" = %s, "version" = "version" + 1 WHERE "id" = %s',
                [
                    (
                        new[1],
                        new[3],
                        search_text(new[3], new[2], new[4], new[10]),
                        new[4],
                        new[5],
                        new[6],
                        new[7],
                        new[8],
                        new[9],
                        new[10],
                        new[11],
                        new[12],
                        new[13],
                        new[14],
                        ClientStatus.ACTIVE
                        if new[15] == ClientStatus.POTENTIAL
                        else new[15],  # accounting's client buys
                        self.now,
                        new[0],
                    )
                    for new in updates
                ],
            )
            self.sql.many(
                'UPDATE "client" SET "active" = %s, "updated_at" = %s WHERE "id" = %s',
                [(False, self.now, cid) for cid in gone],
            )

        if inserts or updates or gone:
            self.work.append(write)
        self._phones_of_clients()  # written after the clients: new ones have their ids then

    def _lookup(self, sql: str) -> dict:
        found: dict = {"__first__": None}
        for row in self.sql.rows(sql):
            if found["__first__"] is None:
                found["__first__"] = row[0]
            for word in row[1:]:
                if word:
                    found.setdefault(_name(word), row[0])
        return found

    def _first_match(self, rec: r.Client, taxes, by_id):
        """A client this file names by an identifier the database does not know: the client with its code
        (accounting's code: a catalogue's contractor carries it beside its GUID, a table is keyed by it),
        else the one client with its BIN/IIN (when the file has that BIN once: branches may share one)."""
        if rec.code:
            cid = self.client_codes.get(_code(rec.code))
            if cid is not None:
                return by_id[cid]
        if rec.tax_id and self.file_taxes.get(rec.tax_id) == 1:
            ids = taxes.get(rec.tax_id, [])
            if len(ids) == 1:
                return by_id[ids[0]]
        return None

    def _phones_of_clients(self) -> None:
        """Accounting's phones of each client it lists phones for: replaced when they differ; the desk's
        stay."""
        if not self.client_phones:
            return
        current: dict[int, set[tuple[str, str]]] = {}
        desk: dict[int, set[str]] = {}
        sql = 'SELECT "client_id", "e164", "kind", "imported" FROM "phone" WHERE "contact_id" IS NULL'
        if len(self.client_phones) <= FEW:
            ids = [cid for _rec, cid in self.client_phones if cid is not None]
            found = self.sql.chunked(sql + ' AND "client_id" IN ({})', ids)
        else:
            found = self.sql.rows(sql)
        for cid, e164, kind, imported in found:
            (
                current.setdefault(cid, set()).add((e164, kind))
                if imported
                else desk.setdefault(cid, set()).add(e164)
            )
        replace: list[tuple[r.Client, int | None, list[tuple[str, str, str]] | None]] = []
        for rec, cid in self.client_phones:
            wanted = _wanted_phones(rec, desk.get(cid, ()) if cid is not None else ())
            for number in getattr(wanted, "bad", ()):
                self.conflict(rec.line, "exchange.bad_phone", value=number)
            have = current.get(cid, set()) if cid is not None else set()
            if {(w[1], w[2]) for w in wanted} != have:
                # a new client's phones are worked out again as they are written: 280,000 of them
                replace.append((rec, cid, wanted if cid is not None else None))
                if cid is None or not have:
                    self.t("phones").new += len(wanted)
                else:
                    self.t("phones").changed += len(wanted) or len(have)
            else:
                self.t("phones").unchanged += len(wanted)

        def write() -> None:
            ids = [cid for _rec, cid, _w in replace if cid is not None]
            self.sql.many(
                'DELETE FROM "phone" WHERE "client_id" = %s AND "contact_id" IS NULL AND "imported" = %s',
                [(cid, True) for cid in ids],
            )
            writer = BulkWriter(
                m.db_proxy.obj, m.Phone, ["client", "contact", "number", "e164", "kind", "imported"]
            )
            for rec, cid, wanted in replace:
                client_id = cid if cid is not None else self.clients[rec.key]
                for number, e164, kind in wanted if wanted is not None else _wanted_phones(rec, ()):
                    writer.add((client_id, None, number, e164, kind, True))
            writer.flush()

        if replace:
            self.work.append(write)

    def _client_id(self, key: str) -> int | None | bool:
        """A client by accounting's key, its code, its BIN/IIN (one client) or its name (one client)."""
        if key in self.clients:
            return self.clients[key] if self.clients[key] is not None else True
        found = self.client_codes.get(_code(key))
        if found is not None:
            return found
        if key.isdigit() and len(self.client_taxes.get(key, [])) == 1:
            return self.client_taxes[key][0]
        if key in self.pending.get("clients", ()):
            return True
        if self._client_names is None:
            self._client_names = {}
            for cid, name in self.sql.rows('SELECT "id", "name" FROM "client"'):
                self._client_names.setdefault(_name(name), []).append(cid)
        named = self._client_names.get(_name(key), [])
        return named[0] if len(named) == 1 else None

    def _contacts(self) -> None:
        recs = self.records("contacts")
        if not recs:
            return
        rows = self.sql.rows(
            'SELECT "id", "client_id", "external_id", "name", "role", "email", "fax" FROM "contact" '
            'WHERE "external_id" IS NOT NULL'
        )
        by_key = {(row[1], row[2]): row for row in rows}
        phones: dict[int, set[tuple[str, str]]] = {}
        for contact_id, e164, kind in self.sql.rows(
            'SELECT "contact_id", "e164", "kind" FROM "phone" '
            'WHERE "contact_id" IS NOT NULL AND "imported" = %s',
            (True,),
        ):
            phones.setdefault(contact_id, set()).add((e164, kind))
        inserts, updates, seen = [], [], set()
        for rec in recs:
            client = self._client_id(rec.client_key)
            if client is None:
                self.reject(rec.line, "exchange.unknown_client", client=rec.client_key)
                continue
            if (rec.client_key, rec.key) in seen:
                self.reject(rec.line, "exchange.duplicate_id", id=f"{rec.client_key} / {rec.name}")
                continue
            seen.add((rec.client_key, rec.key))
            wanted = _wanted_phones(rec)
            for number in wanted.bad:
                self.conflict(rec.line, "exchange.bad_phone", value=number)
            row = by_key.get((client, rec.key)) if client is not True else None
            if row is None:
                inserts.append(rec)  # its phones are worked out again as it is written
                self.t("contacts").new += 1
                continue
            new = (rec.name, rec.role or row[4] or "", rec.email or row[5] or "", rec.fax or row[6] or "")
            same_phones = {(w[1], w[2]) for w in wanted} == phones.get(row[0], set())
            if new != tuple(row[3:7]) or not same_phones:
                updates.append((row[0], new, None if same_phones else wanted))
                self.t("contacts").changed += 1
            else:
                self.t("contacts").unchanged += 1

        def write() -> None:
            top = self.sql.rows('SELECT MAX("id") FROM "contact"')[0][0] or 0
            writer = BulkWriter(
                m.db_proxy.obj,
                m.Contact,
                [
                    "client",
                    "name",
                    "role",
                    "email",
                    "fax",
                    "external_id",
                    "can_receive_goods",
                    "is_primary",
                    "notes",
                ],
            )
            owners = []
            for rec in inserts:
                client = self.clients.get(rec.client_key) or self._client_id(rec.client_key)
                owners.append(client)
                writer.add(
                    (
                        client,
                        rec.name[:200],
                        (rec.role or "")[:100],
                        (rec.email or "")[:200],
                        (rec.fax or "")[:32],
                        rec.key,
                        False,
                        False,
                        "",
                    )
                )
            writer.flush()
            made = {
                (client, key): cid
                for cid, client, key in self.sql.rows(
                    'SELECT "id", "client_id", "external_id" FROM "contact" WHERE "id" > %s', (top,)
                )
            }
            phones = BulkWriter(
                m.db_proxy.obj, m.Phone, ["client", "contact", "number", "e164", "kind", "imported"]
            )
            for rec, client in zip(inserts, owners, strict=True):
                contact = made.get((client, rec.key))
                for number, e164, kind in _wanted_phones(rec):
                    phones.add((client, contact, number, e164, kind, True))
            phones.flush()
            for contact_id, new, wanted in updates:
                m.Contact.update(
                    name=new[0][:200], role=new[1][:100], email=new[2][:200], fax=new[3][:32]
                ).where(m.Contact.id == contact_id).execute()
                if wanted is not None:
                    client = m.Contact.get_by_id(contact_id).client_id
                    m.Phone.delete().where(
                        (m.Phone.contact == contact_id) & (m.Phone.imported == True)
                    ).execute()  # noqa: E712
                    for number, e164, kind in wanted:
                        m.Phone.create(
                            client=client,
                            contact=contact_id,
                            number=number,
                            e164=e164,
                            kind=kind,
                            imported=True,
                        )

        if inserts or updates:
            self.work.append(write)

    # -- receivables and invoiced orders -------------------------------------------------------------------
    def _receivables(self) -> None:
        recs = self.records("receivables")
        if not recs:
            return
        self.debts_written = True
        day = self.package.as_of.date() if isinstance(self.package.as_of, dt.datetime) else self.package.as_of
        day = day or self.today
        sql = (
            'SELECT "id", "client_id", "document_no", "doc_date", "amount", "paid_amount", "due_date", '
            '"paid", "order_id" FROM "receivable"'
        )
        if not self.full and len(recs) <= FEW:  # changes only: the documents of the clients it names
            ids = {self._client_id(rec.client_key) for rec in recs}
            found = self.sql.chunked(
                sql + ' WHERE "client_id" IN ({})',
                [i for i in ids if type(i) is int],  # True: new in this batch
            )
        else:
            found = self.sql.rows(sql)
        current = {(row[1], row[2]): row for row in found}
        orders = self._orders_by_ref({rec.order_ref for rec in recs if rec.order_ref})
        inserts, updates, seen = [], [], set()
        self.invoice_orders: dict[int, dt.datetime] = getattr(self, "invoice_orders", {})
        for rec in recs:
            client = self._client_id(rec.client_key)
            if client is None and self.package.kind == "debt_statement" and rec.amount <= 0:
                self.conflict(rec.line, "exchange.statement_row_not_a_client", client=rec.client_key)
                continue  # an employee or a supplier in the statement, owing nothing
            if client is None:
                self.reject(rec.line, "exchange.unknown_client", client=rec.client_key)
                continue
            pair = (rec.client_key, rec.document)
            if pair in seen:
                self.reject(rec.line, "exchange.duplicate_id", id=f"{rec.client_key} / {rec.document}")
                continue
            seen.add(pair)
            doc_date = rec.doc_date or day
            delay = self.client_delay.get(client, 0) if client is not True else 0
            due = rec.due_date or doc_date + dt.timedelta(days=delay or 0)
            order_id = None
            if rec.order_ref:
                order_id = orders.get(rec.order_ref)
                if order_id is None:
                    self.conflict(rec.line, "exchange.unknown_order", order=rec.order_ref)
            values = (
                _iso(doc_date),
                _units(rec.amount),
                _units(rec.paid_amount),
                _iso(due),
                rec.paid_amount >= rec.amount,
                order_id,
            )
            row = current.pop((client, rec.document), None) if client is not True else None
            if order_id is not None:
                self.invoice_orders.setdefault(order_id, dt.datetime.combine(doc_date, dt.time(12)))
            if row is None:
                inserts.append((rec, values))
                self.t("receivables").new += 1
                continue
            old = (_iso(row[3]), int(row[4]), int(row[5]), _iso(row[6]), bool(row[7]), row[8])
            if order_id is None:
                values = values[:5] + (row[8],)
            if values != old:
                updates.append(values + (row[0],))
                self.t("receivables").changed += 1
            else:
                self.t("receivables").unchanged += 1
        closed = []
        if self.full:
            closed = [(row[4], True, row[0]) for row in current.values() if not row[7]]
            self.t("receivables").deactivated += len(closed)
        self._count_invoiced()

        def write() -> None:
            writer = BulkWriter(
                m.db_proxy.obj,
                m.Receivable,
                ["client", "document_no", "doc_date", "amount", "paid_amount", "due_date", "paid", "order"],
            )
            for rec, values in inserts:
                client = self.clients.get(rec.client_key) or self._client_id(rec.client_key)
                writer.add((client, rec.document) + values)
            writer.flush()
            self.sql.many(
                'UPDATE "receivable" SET "doc_date" = %s, "amount" = %s, "paid_amount" = %s, '
                '"due_date" = %s, "paid" = %s, "order_id" = %s WHERE "id" = %s',
                updates,
            )
            self.sql.many('UPDATE "receivable" SET "paid_amount" = %s, "paid" = %s WHERE "id" = %s', closed)

        if inserts or updates or closed:
            self.work.append(write)

    def _orders_by_ref(self, refs: set[str]) -> dict[str, int]:
        """OrderDesk orders by the number or UUID accounting's documents give (raw, in chunks: a full
        receivables file names tens of thousands)."""
        found: dict[str, int] = {}
        numbers = sorted(refs)
        for start in range(0, len(numbers), 500):
            chunk = numbers[start : start + 500]
            marks = ", ".join(["%s"] * len(chunk))
            for oid, number in self.sql.rows(
                f'SELECT "id", "number" FROM "order" WHERE "number" IN ({marks})', chunk
            ):
                found[number] = oid
        uuids = {str(u): ref for ref in refs if ref not in found and (u := _as_uuid(ref))}
        for oid, uid in (
            m.Order.select(m.Order.id, m.Order.uuid).where(m.Order.uuid.in_(list(uuids))).tuples()
            if uuids
            else []
        ):
            found[uuids[str(uid)]] = oid
        return found

    def _invoiced(self) -> None:
        recs = self.records("invoiced_orders")
        self.invoice_orders = getattr(self, "invoice_orders", {})
        if not recs:
            return
        orders = self._orders_by_ref({rec.order_ref for rec in recs})
        for rec in recs:
            oid = orders.get(rec.order_ref)
            if oid is None:
                self.conflict(rec.line, "exchange.unknown_order", order=rec.order_ref)
                continue
            self.invoice_orders.setdefault(oid, rec.when or dt.datetime.combine(self.today, dt.time(12)))
        self._count_invoiced()

    def _count_invoiced(self) -> None:
        if not self.invoice_orders or getattr(self, "_invoiced_counted", False):
            return
        self._invoiced_counted = True
        waiting = {
            row[0]
            for row in m.Order.select(m.Order.id)
            .where(
                m.Order.id.in_(list(self.invoice_orders))
                & m.Order.invoiced_at.is_null()
                & m.Order.status.in_(list(PLACED))
            )
            .tuples()
        }
        self.t("invoiced_orders").changed += len(waiting)
        self.t("invoiced_orders").unchanged += len(self.invoice_orders) - len(waiting)

        def write() -> None:
            for oid in waiting:
                when = clock.to_utc(self.invoice_orders[oid])  # accounting's day, office time
                m.Order.update(invoiced_at=when, updated_at=self.now).where(
                    (m.Order.id == oid) & m.Order.invoiced_at.is_null()
                ).execute()

        if waiting:
            self.work.append(write)

    # -- promotions ----------------------------------------------------------------------------------------
    def _promotions(self) -> None:
        """Promotions (one row per product; a note-only one has none) and management's special items (for a
        client type and/or region). A full special items list switches off the ones it no longer lists."""
        recs = self.records("promotions")
        if not recs:
            return
        P = m.Promotion
        existing = {
            row[0]: row
            for row in P.select(
                P.external_id, P.id, P.name, P.starts, P.ends, P.kind, P.client_type, P.region, P.active
            )
            .where(P.external_id.is_null(False))
            .tuples()
        }
        items = {
            (row[0], row[1]): row[2]
            for row in m.PromotionItem.select(
                m.PromotionItem.promotion, m.PromotionItem.product, m.PromotionItem.special_price
            ).tuples()
        }
        types = self._lookup('SELECT "id", "code", "name" FROM "client_type" ORDER BY "sort_order", "id"')
        plans, listed = [], set()
        for rec in recs:
            product = self._product_id(rec.product_key) if rec.product_key else False
            if product is None:
                self.reject(rec.line, "exchange.unknown_product", product=rec.product_key)
                continue
            type_id = types.get(_name(rec.client_type)) if rec.client_type else None
            if rec.client_type and type_id is None:
                self.reject(rec.line, "exchange.unknown_client_type", value=rec.client_type)
                continue
            row = existing.get(rec.key)
            wanted = (rec.name[:200], rec.starts, rec.ends, rec.kind, type_id, rec.region, True)
            if row is not None:
                listed.add(rec.key)
            if row is None:
                self.t("promotions").new += 1
            elif (row[2], _day(row[3]), _day(row[4]), row[5], row[6], row[7], bool(row[8])) != wanted or (
                product is True or (product and items.get((row[1], product), "missing") != rec.special_price)
            ):
                self.t("promotions").changed += 1
            else:
                self.t("promotions").unchanged += 1
                continue
            plans.append((rec, type_id))
        gone = []
        if self.full:
            gone = [
                row[1]
                for key, row in existing.items()
                if row[5] == "special" and row[8] and key not in listed
            ]
            self.t("promotions").deactivated += len(gone)

        def write() -> None:
            ids: dict[str, int] = {key: row[1] for key, row in existing.items()}
            for rec, type_id in plans:
                fields = dict(
                    name=rec.name[:200],
                    kind=rec.kind,
                    starts=rec.starts,
                    ends=rec.ends,
                    note=rec.note,
                    client_type=type_id,
                    region=rec.region[:100],
                    active=True,
                )
                if rec.key not in ids:
                    ids[rec.key] = P.create(external_id=rec.key[:80], **fields).id
                else:
                    P.update(**fields).where(P.id == ids[rec.key]).execute()
                if not rec.product_key:
                    continue
                product = self.products.get(rec.product_key) or self.product_codes.get(_code(rec.product_key))
                m.PromotionItem.insert(
                    promotion=ids[rec.key],
                    product=product,
                    special_price=rec.special_price,
                    note=rec.note[:300],
                ).on_conflict(
                    conflict_target=[m.PromotionItem.promotion, m.PromotionItem.product],
                    update={
                        m.PromotionItem.special_price: rec.special_price,
                        m.PromotionItem.note: rec.note[:300],
                    },
                ).execute()
            if gone:
                P.update(active=False).where(P.id.in_(gone)).execute()

        if plans or gone:
            self.work.append(write)


# -- small helpers ---------------------------------------------------------------------------------------


def _free_code(prefix: str, key: str, taken: set[str]) -> str:
    """A code for a record accounting gave only an identifier: from the identifier, unique."""
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:10].upper()
    code = (prefix + "-" if prefix else "1C-") + digest
    while code in taken:
        digest = hashlib.sha1((digest + key).encode("utf-8")).hexdigest()[:10].upper()
        code = (prefix + "-" if prefix else "1C-") + digest
    taken.add(code)
    return code


_EXTENSION = re.compile(r"(?i)\s*(доб|вн|ext|x)\b.*$|\s*(доб\.|вн\.).*$")


class _Phones(list):
    """(number as written, E.164, kind) of the phones a record lists, and the numbers that are none."""

    bad: tuple[str, ...] = ()


def _wanted_phones(rec, desk: set[str] | tuple = ()) -> _Phones:
    """A record's phones as they will be stored: each number once, none the desk has already."""
    wanted, bad = _Phones(), []
    for phone in rec.phones or []:
        e164 = _e164(phone.number)
        if e164 is None:
            bad.append(phone.number)
        elif e164 not in desk and all(e164 != w[1] for w in wanted):
            wanted.append((phone.number, e164, phone.kind))
    if bad:
        wanted.bad = tuple(bad)
    return wanted


def _e164(number: str) -> str | None:
    """A phone as accounting writes it, with an extension ("8(7172)55-66-77 доб. 123") left off: the
    number rings the switchboard."""
    return try_e164(_EXTENSION.sub("", number))


# Kazakh letters a Windows-1251 file could not hold, written as their Russian look-alikes ("Алем" for «Әлем»)
_LOOKALIKES = str.maketrans("әғқңөұүһі", "агкноуухи")


def _code(text: str | None) -> str:
    """A code as a match key: case and spaces do not count (codes are mostly plain ASCII: quick)."""
    if text and text.isascii():
        return " ".join(text.split()).lower()
    return normalize(text)


@functools.lru_cache(maxsize=4096)  # a few dozen types, columns and managers named 100,000 times
def _name(text: str | None) -> str:
    """A name as a match key: case, ё/е, punctuation, the minus sign (−, –, -) and Kazakh letters against
    their Russian look-alikes do not count, so the price column "Опт 2 (−5%)" is the one a Windows-1251
    file writes "Опт 2 (-5%)", and «Әлем» is "Алем"."""
    return tables.fold(text).translate(_LOOKALIKES)


def _day(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _known(group, fallback):
    return group if isinstance(group, int) else fallback


def _qty(value: Decimal) -> int:
    return int(Decimal(value) * 1000)


def _num(stored) -> int:
    return int(stored or 0)


def _money(units) -> Decimal:
    return (Decimal(int(units or 0)) / 100).quantize(Decimal("0.01"))


def _uuid():
    import uuid

    return uuid.uuid4()


def _as_uuid(text: str):
    import uuid

    try:
        return uuid.UUID(text.strip())
    except (ValueError, AttributeError):
        return None


# -- the drop folder -------------------------------------------------------------------------------------

DROP_SUFFIXES = (".xml", ".csv", ".xlsx", ".xlsm")


def scan_drop_folder(
    folder: str | Path, user: UserInfo | None, render: Callable[[Reject], str] = str, settle_s: float = 2.0
) -> list[ImportResult]:
    """Import the files accounting left in ``folder`` (one batch: ``import*.xml`` before ``offers*.xml``),
    then move each to ``done/`` or ``rejected/`` with a ``.report.txt`` beside it. Files changed in the last
    ``settle_s`` seconds are left for the next scan (still being written). ``render`` words a reject."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    wall = clock.wall_time()  # file times are the system's, whatever day the desk is on
    ready = []
    for path in sorted(folder.iterdir()):
        try:
            if (
                path.is_file()
                and path.suffix.casefold() in DROP_SUFFIXES
                and wall - path.stat().st_mtime >= settle_s
            ):
                ready.append(path)
        except OSError:
            continue
    if not ready:
        return []
    results = import_files(ready, user, apply=True, source="folder")
    by_name = {path.name[:300]: path for path in ready}
    for result in results:
        path = by_name.get(result.file_name)
        if path is None:
            continue
        target_dir = folder / ("rejected" if result.status == ExchangeStatus.REFUSED else "done")
        try:
            move_aside(path, target_dir, report_text(result, render))
        except OSError as exc:
            log.warning("exchange drop: cannot move %s: %s", path.name, exc)
    return results


def report_text(result: ImportResult, render: Callable[[Reject], str] = str) -> str:
    """The result of one file as plain lines (the command line, the drop folder's report files)."""
    lines = [f"{result.file_name} ({result.kind}): {result.status}"]
    for kind, counts in result.counts.items():
        lines.append(
            f"  {kind}: {counts.new} new, {counts.changed} changed, "
            f"{counts.deactivated} deactivated or closed, {counts.unchanged} unchanged"
        )
    if result.reject_count:
        lines.append(f"  {result.reject_count} rows refused (nothing was written):")
        lines += [f"    line {x.line}: {render(x)}" for x in result.rejects]
        if result.reject_count > len(result.rejects):
            lines.append(f"    ... and {result.reject_count - len(result.rejects)} more")
    if result.conflicts:
        lines.append(f"  {len(result.conflicts)} left as the desk has them:")
        lines += [f"    line {x.line}: {render(x)}" for x in result.conflicts]
    return "\n".join(lines) + "\n"
