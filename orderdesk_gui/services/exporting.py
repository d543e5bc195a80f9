"""Accepted orders out to accounting (issue 13, part 4), and what 1C says back about them (part 5).

- ``export_orders``: a file (CommerceML 2, CSV or XLSX) of the accepted orders not exported yet, or
  again of chosen orders or days. The file is written under a temporary name and renamed only once
  complete, inside the transaction that marks the orders (``exported_at``/``export_run``) and logs the
  run: a crash before leaves no file and no order marked; the next export writes them all.
- ``query_for_1c`` / ``confirm_sent``: 1C's acknowledged exchange over HTTP (``type=sale``). A query
  sends every accepted order not yet confirmed and remembers them under a run in state ``sent``; 1C's
  ``success`` marks exactly those exported. A query repeated without a success sends them again (and
  any new ones), so nothing is lost when an answer never reached 1C.
- ``apply_statuses``: 1C's documents about our orders (its number, posted, paid, shipped; an invoice
  or a shipment made from the order marks it invoiced).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from peewee import PostgresqlDatabase

from orderdesk_gui import clock
from orderdesk_gui.db import models as m
from orderdesk_gui.domain.changes import NOTHING, Changes
from orderdesk_gui.domain.entities import UserInfo
from orderdesk_gui.domain.roles import Permission
from orderdesk_gui.domain.states import PLACED, ExchangeStatus
from orderdesk_gui.errors import CodedError
from orderdesk_gui.exchange import cml_orders, cml_statuses, order_tables
from orderdesk_gui.exchange.cml_orders import LineDoc, OrderDoc, Party
from orderdesk_gui.services.auth import audit, require

FORMATS = {"commerceml": ".xml", "csv": ".csv", "xlsx": ".xlsx"}
SENT, APPLIED, SUPERSEDED, REFUSED = (
    ExchangeStatus.SENT,
    ExchangeStatus.APPLIED,
    ExchangeStatus.SUPERSEDED,
    ExchangeStatus.REFUSED,
)
_CHUNK = 500  # ids per IN (...) list


class ExportError(CodedError, ValueError):
    """An export refused before anything was written or marked (``export.*`` codes)."""


@dataclass(frozen=True)
class ExportResult:
    run_id: int | None  # its exchange_run row; None when there was nothing to export
    path: Path | None
    orders: int
    lines: int
    changes: Changes = NOTHING


@dataclass(frozen=True)
class StatusResult:
    run_id: int
    documents: int
    matched: int  # documents naming one of our orders
    invoiced: int  # orders marked invoiced by this answer
    exported: int  # orders 1C confirmed having that were not marked exported yet
    unknown: list[tuple[int, str, dict]] = field(default_factory=list)  # [index, code, params]
    changes: Changes = NOTHING


_LOCK_KEY = 0x4F44_4558  # "ODEX": one export or 1C query at a time on a shared PostgreSQL


def _one_at_a_time() -> None:
    """Inside a transaction: wait for any other export or 1C query to finish first (PostgreSQL's
    transaction-scoped advisory lock; SQLite's writers take the database lock at BEGIN already)."""
    if isinstance(m.db_proxy.obj, PostgresqlDatabase):
        m.db_proxy.execute_sql("SELECT pg_advisory_xact_lock(%s)", (_LOCK_KEY,))


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def _selected(
    again: bool, since: dt.date | None, until: dt.date | None, order_ids: Sequence[int] | None
) -> list[int]:
    order = m.Order
    where = order.status.in_(PLACED) & order.number.is_null(False)
    if not again:
        where &= order.exported_at.is_null()
    if since is not None or until is not None:
        first = since or dt.date(2000, 1, 1)
        start, end = clock.day_bounds(first, until or clock.today())
        where &= (order.accepted_at >= start) & (order.accepted_at < end)
    if order_ids is not None:
        wanted = sorted({int(i) for i in order_ids})
        found: list[int] = []
        for part in _chunks(wanted):
            found.extend(r for (r,) in order.select(order.id).where(where & order.id.in_(part)).tuples())
        ids = found
    else:
        ids = [r for (r,) in order.select(order.id).where(where).tuples()]
    return ids


def order_docs(ids: Sequence[int]) -> list[OrderDoc]:
    """The orders as CommerceML's records, oldest first (two queries per 500 orders)."""
    order, client, line, product = m.Order, m.Client, m.OrderLine, m.Product
    heads: list[tuple] = []
    lines: dict[int, list[LineDoc]] = {}
    for part in _chunks(list(ids)):
        heads.extend(
            order.select(
                order.id,
                order.uuid,
                order.number,
                order.accepted_at,
                order.created_at,
                order.status,
                order.delivery_date,
                order.payment_form,
                order.comment,
                order.delivery_address,
                order.total_amount,
                client.uuid,
                client.external_id,
                client.code,
                client.name,
                client.tax_id,
                client.legal_address,
            )
            .join(client)
            .where(order.id.in_(part))
            .tuples()
        )
        query = (
            line.select(
                line.order,
                line.quantity,
                line.unit_price,
                line.amount,
                product.code,
                product.external_id,
                product.name,
                product.unit,
                product.vat_rate,
            )
            .join(product)
            .where(line.order.in_(part))
            .order_by(line.order, line.line_no)
            .tuples()
        )
        for order_id, qty, price, amount, code, ext, name, unit, vat in query:
            lines.setdefault(order_id, []).append(
                LineDoc(ext or code, code, name, unit, qty, price, amount, int(vat or 0))
            )
    heads.sort(key=lambda h: (h[3] or h[4], h[0]))
    docs = []
    for (
        order_id,
        order_uuid,
        number,
        accepted_at,
        created_at,
        status,
        delivery_date,
        payment_form,
        comment,
        address,
        total,
        client_uuid,
        client_ext,
        client_code,
        client_name,
        tax_id,
        legal_address,
    ) in heads:
        docs.append(
            OrderDoc(
                ident=str(order_uuid),
                number=number,
                accepted=clock.to_local(accepted_at or created_at).replace(tzinfo=None),
                client=Party(
                    client_ext or str(client_uuid), client_name, tax_id or "", legal_address, client_code
                ),
                total=total,
                lines=tuple(lines.get(order_id, ())),
                delivery_date=delivery_date,
                payment_form=payment_form,
                status=status,
                comment=comment,
                delivery_address=address,
            )
        )
    return docs


def _check(fmt: str, encoding: str) -> str:
    if fmt not in FORMATS:
        raise ExportError("export.unknown_format", format=fmt, formats=", ".join(FORMATS))
    try:
        return cml_orders.check_encoding(encoding)
    except LookupError:
        raise ExportError("export.unknown_encoding", encoding=encoding) from None


def _write(path: Path, fmt: str, docs: list[OrderDoc], codec: str, currency: str) -> tuple[int, int]:
    if fmt == "xlsx":
        return order_tables.write_xlsx(path, docs)
    with open(path, "wb") as out:
        if fmt == "csv":
            counts = order_tables.write_csv(out, docs, encoding=codec)
        else:
            counts = cml_orders.write_orders(
                out, docs, generated=clock.now_local(), encoding=codec, currency=currency
            )
        out.flush()
        os.fsync(out.fileno())
    return counts


def _digest(path: Path) -> str:
    sha = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            sha.update(block)
    return sha.hexdigest()


def _target(folder: Path, fmt: str) -> Path:
    stamp = clock.now_local().strftime("%Y%m%d-%H%M%S")
    path = folder / f"orders-{stamp}{FORMATS[fmt]}"
    n = 1
    while path.exists() or path.with_name(path.name + ".tmp").exists():
        n += 1
        path = folder / f"orders-{stamp}-{n}{FORMATS[fmt]}"
    return path


def export_orders(
    user: UserInfo,
    folder: Path | str,
    fmt: str = "commerceml",
    encoding: str = "utf-8",
    *,
    again: bool = False,
    since: dt.date | None = None,
    until: dt.date | None = None,
    order_ids: Sequence[int] | None = None,
    source: str = "command",
    currency: str = "KZT",
) -> ExportResult:
    """Write the accepted orders not exported yet (or, ``again``, the chosen orders or days once more)
    to a new file in ``folder`` and mark them exported by this run. Nothing to export: no file, no run."""
    who = require(user, Permission.EXCHANGE_DATA)
    codec = _check(fmt, encoding)
    if again and order_ids is None and since is None and until is None:
        raise ExportError("export.again_needs_orders")
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        problem = exc.strerror or str(exc)
        raise ExportError("export.folder_unwritable", folder=str(folder), problem=problem) from None
    ids = _selected(again, since, until, order_ids)
    if not ids:
        return ExportResult(None, None, 0, 0)
    docs = order_docs(ids)
    final = _target(folder, fmt)
    temporary = final.with_name(final.name + ".tmp")
    started = clock.now_utc()
    try:
        try:
            orders, lines = _write(temporary, fmt, docs, codec, currency)
        except OSError as exc:
            raise ExportError(
                "export.folder_unwritable", folder=str(folder), problem=exc.strerror or str(exc)
            ) from None
        digest = _digest(temporary)
        with m.db_proxy.atomic():
            _one_at_a_time()
            now = clock.now_utc()
            run = m.ExchangeRun.create(
                direction="export",
                kind=fmt,
                source=source,
                file_name=final.name,
                digest=digest,
                user=who.id,
                started_at=started,
                finished_at=now,
                status=APPLIED,
                counts=json.dumps({"orders": {"new": orders}, "lines": {"new": lines}}),
                message="again" if again else "",
            )
            marked = 0
            for part in _chunks(ids):
                query = m.Order.update(exported_at=now, export_run=run.id).where(m.Order.id.in_(part))
                if not again:
                    query = query.where(m.Order.exported_at.is_null())
                marked += query.execute()
            if marked != len(ids):  # another export took some of them meanwhile: this file would repeat them
                raise ExportError("export.changed_meanwhile")
            audit(
                who.id, "orders_exported", "exchange_run", run.id, file=final.name, orders=orders, again=again
            )
            os.replace(temporary, final)  # the last step: a failure above leaves neither file nor marks
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return ExportResult(run.id, final, orders, lines, Changes(orders=True))


# --- 1C's "exchange with a web site": type=sale ---------------------------------------------------


def query_for_1c(user: UserInfo, encoding: str = "windows-1251", currency: str = "KZT") -> tuple[bytes, int]:
    """``mode=query``: the document of every accepted order 1C has not confirmed, in ``encoding``;
    remembered under a run in state ``sent`` (an earlier unconfirmed run is superseded). (document,
    orders)."""
    who = require(user, Permission.EXCHANGE_DATA)
    codec = _check("commerceml", encoding)
    with m.db_proxy.atomic():
        _one_at_a_time()
        ids = _selected(False, None, None, None)
        docs = order_docs(ids)
        out = io.BytesIO()
        orders, lines = cml_orders.write_orders(
            out, docs, generated=clock.now_local(), encoding=codec, currency=currency
        )
        body = out.getvalue()
        m.ExchangeRun.update(status=SUPERSEDED, finished_at=clock.now_utc()).where(
            (m.ExchangeRun.direction == "export") & (m.ExchangeRun.status == SENT)
        ).execute()
        if ids:
            now = clock.now_utc()
            run = m.ExchangeRun.create(
                direction="export",
                kind="commerceml",
                source="http",
                file_name="orders.xml",
                digest=hashlib.sha256(body).hexdigest(),
                user=who.id,
                started_at=now,
                status=SENT,
                counts=json.dumps({"orders": {"new": orders}, "lines": {"new": lines}}),
            )
            for part in _chunks(ids):
                m.Order.update(export_run=run.id).where(
                    m.Order.id.in_(part) & m.Order.exported_at.is_null()
                ).execute()
    return body, orders


def confirm_sent(user: UserInfo) -> ExportResult:
    """``mode=success``: 1C has the orders of the last query; they are exported now (idempotent: a
    second success finds nothing left to confirm)."""
    who = require(user, Permission.EXCHANGE_DATA)
    with m.db_proxy.atomic():
        _one_at_a_time()
        run = (
            m.ExchangeRun.select()
            .where((m.ExchangeRun.direction == "export") & (m.ExchangeRun.status == SENT))
            .order_by(m.ExchangeRun.id.desc())
            .first()
        )
        if run is None:
            return ExportResult(None, None, 0, 0)
        now = clock.now_utc()
        marked = (
            m.Order.update(exported_at=now)
            .where((m.Order.export_run == run.id) & m.Order.exported_at.is_null())
            .execute()
        )
        run.status, run.finished_at = APPLIED, now
        run.save(only=[m.ExchangeRun.status, m.ExchangeRun.finished_at])
        audit(
            who.id,
            "orders_exported",
            "exchange_run",
            run.id,
            file=run.file_name,
            orders=marked,
            source="http",
        )
    return ExportResult(run.id, None, marked, 0, Changes(orders=True) if marked else NOTHING)


def _find_order(doc: cml_statuses.StatusDoc) -> m.Order | None:
    for value in (doc.ident, *doc.basis, doc.number):
        value = (value or "").strip()
        if not value:
            continue
        found = m.Order.get_or_none(m.Order.number == value)
        if found is None and len(value) in (32, 36):
            try:
                found = m.Order.get_or_none(m.Order.uuid == uuid.UUID(value))
            except ValueError:
                found = None
        if found is not None:
            return found
    return None


def _refused_run(who_id: int | None, file_name: str, digest: str, source: str, error: CodedError) -> int:
    with m.db_proxy.atomic():
        now = clock.now_utc()
        run = m.ExchangeRun.create(
            direction="import",
            kind="commerceml",
            source=source,
            file_name=file_name[:300],
            digest=digest,
            user=who_id,
            started_at=now,
            finished_at=now,
            status=REFUSED,
            rejects=json.dumps([[0, error.code, error.params]], ensure_ascii=False, default=str),
            reject_count=1,
            message=error.code,
        )
    return run.id


def log_refused(user: UserInfo, file_name: str, error: CodedError, *, source: str = "http") -> int:
    """Log a file refused before any import read it (too large, a zip bomb, a bad name): the exchange
    log shows every refusal with its reason. The run's id."""
    who = require(user, Permission.EXCHANGE_DATA)
    return _refused_run(who.id, file_name, "", source, error)


def apply_statuses(user: UserInfo, path: Path | str, *, source: str = "http") -> StatusResult:
    """1C's answer about our orders (``type=sale&mode=file``), in one transaction: an order 1C names is
    exported (it has it); an invoice or a shipment made from it, or a shipment or payment date, marks it
    invoiced; 1C's number, state and dates go to the audit log. Documents naming no order of ours are
    listed, never an error."""
    who = require(user, Permission.EXCHANGE_DATA)
    path = Path(path)
    try:
        docs = cml_statuses.read_documents(path)
    except cml_statuses.StatusFileError as exc:
        _refused_run(who.id, path.name, _digest(path) if path.is_file() else "", source, exc)
        raise
    unknown: list[tuple[int, str, dict]] = []
    matched = invoiced = exported = 0
    with m.db_proxy.atomic():
        now = clock.now_utc()
        run = m.ExchangeRun.create(
            direction="import",
            kind="commerceml",
            source=source,
            file_name=path.name[:300],
            digest=_digest(path),
            user=who.id,
            started_at=now,
            status=APPLIED,
        )
        for doc in docs:
            order = _find_order(doc)
            if order is None:
                params = {"number": doc.number, "ident": doc.ident}
                unknown.append((doc.index, "export.unknown_order", params))
                continue
            matched += 1
            changes: dict = {}
            if order.exported_at is None and order.status in PLACED:
                changes.update(exported_at=now, export_run=order.export_run_id or run.id)
                exported += 1
            says_invoiced = doc.is_invoice or bool(doc.shipped) or bool(doc.paid)
            if says_invoiced and order.invoiced_at is None and order.status in PLACED:
                changes.update(invoiced_at=now)
                invoiced += 1
            if changes:
                changes["updated_at"] = now
                m.Order.update(**changes).where(m.Order.id == order.id).execute()
            audit(
                who.id,
                "order_status_from_accounting",
                "order",
                order.id,
                number=order.number,
                operation=doc.operation,
                number_1c=doc.number_1c or (doc.number if doc.number != order.number else ""),
                status=doc.requisites.get("Статус заказа", ""),
                posted=doc.flag("Проведен"),
                paid=doc.paid,
                shipped=doc.shipped,
                deleted=doc.deleted,
                invoiced="invoiced_at" in changes,
            )
        run.finished_at = clock.now_utc()
        run.counts = json.dumps(
            {
                "orders": {"changed": exported, "unchanged": matched - exported},
                "invoiced_orders": {"changed": invoiced},
            }
        )
        run.rejects = json.dumps([list(u) for u in unknown[:100]], ensure_ascii=False)
        run.reject_count = len(unknown)
        run.save()
        audit(
            who.id,
            "order_statuses_imported",
            "exchange_run",
            run.id,
            documents=len(docs),
            matched=matched,
            invoiced=invoiced,
            unknown=len(unknown),
        )
    changed = Changes(orders=True, clients=True) if invoiced or exported else NOTHING
    return StatusResult(run.id, len(docs), matched, invoiced, exported, unknown, changed)
