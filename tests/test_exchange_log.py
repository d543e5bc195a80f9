"""The exchange log and the debts' freshness as the services give them, on SQLite and PostgreSQL, after
real imports: who may read the log, its counts, rejects and conflicts, its filters; the card's "debts as
of" moves when receivables are brought in and only then."""

from __future__ import annotations

import datetime as dt

import pytest

from orderdesk_gui import clock
from orderdesk_gui.db import models as m
from orderdesk_gui.db.connection import open_database
from orderdesk_gui.domain.debt import DebtRules
from orderdesk_gui.services import auth, caller, exchange_log, importing
from tests.conftest import signed_in
from tests.test_importing import CONTRACTORS_XML, SECOND_CLIENT

RECEIVABLES = "Документ;Дата;Клиент;Сумма;Оплачено;Срок оплаты\n{rows}"


@pytest.fixture
def office(any_url):
    database = open_database(any_url)
    m.ClientType.create(code="retail", name="Розница", sort_order=1)
    m.PriceColumn.create(code="base", name="Базовая", is_base=True)
    people = {
        role: signed_in(m.User.create(login=role, full_name=f"Тест {role}", role=role))
        for role in ("finance", "sales_head", "operator", "admin")
    }
    yield people
    database.close()


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_log_lists_real_imports_with_counts_rejects_and_conflicts(office, tmp_path):
    finance = office["finance"]
    contractors = write(
        tmp_path,
        "contractors.xml",
        CONTRACTORS_XML.format(bin="990140000123", address="x", more=SECOND_CLIENT),
    )
    (first,) = importing.import_files([contractors], finance, apply=True)
    assert first.status == "applied"
    bad = write(
        tmp_path,
        "receivables.csv",
        RECEIVABLES.format(
            rows="РН-1;01.11.2026;c-0001;100;0;15.11.2026\nРН-2;01.11.2026;нет;5;0;15.11.2026\n"
        ),
    )
    (refused,) = importing.import_files([bad], finance, apply=True, source="command")
    assert refused.status == "refused"
    importing.import_files([contractors], finance, apply=False)  # a preview leaves no trace in the log

    today = clock.today()
    runs = exchange_log.runs(office["sales_head"], today, today)  # a head of sales reads it
    assert [(r.file_name, r.status, r.source) for r in runs] == [
        ("receivables.csv", "refused", "command"),
        ("contractors.xml", "applied", "window"),
    ]
    assert runs[1].user_name == "Тест finance" and runs[1].counts["clients"]["new"] == 2
    assert runs[0].reject_count == 1
    assert [(x.line, x.code, x.params) for x in runs[0].rejects] == [
        (3, "exchange.unknown_client", {"client": "нет"})
    ]
    assert runs[0].started_at <= runs[0].finished_at
    assert [r.file_name for r in exchange_log.runs(office["admin"], today, today, status="refused")] == [
        "receivables.csv"
    ]
    assert exchange_log.runs(office["finance"], today, today, direction="export") == []
    assert (
        exchange_log.runs(office["finance"], today - dt.timedelta(days=9), today - dt.timedelta(days=1)) == []
    )
    with pytest.raises(auth.PermissionDenied):
        exchange_log.runs(office["operator"], today, today)


def test_debts_are_as_of_the_last_receivables_brought_in(office, tmp_path):
    finance = office["finance"]
    rules = DebtRules(stale_hours=24)
    never = caller.debts_freshness(rules)
    assert never.never and never.stale
    contractors = write(
        tmp_path, "contractors.xml", CONTRACTORS_XML.format(bin="990140000123", address="x", more="")
    )
    importing.import_files([contractors], finance, apply=True)
    assert caller.debts_freshness(rules).never  # clients are not debts
    debts = write(
        tmp_path, "receivables.csv", RECEIVABLES.format(rows="РН-1;01.11.2026;c-0001;100;0;15.11.2026\n")
    )
    before = clock.now_utc()
    (result,) = importing.import_files([debts], finance, apply=True)
    assert result.status == "applied"
    fresh = caller.debts_freshness(rules)
    assert not fresh.stale and before - dt.timedelta(seconds=1) <= fresh.as_of <= clock.now_utc()
    client = m.Client.get(m.Client.external_id == "c-0001")
    view = caller.load_caller(client.id, "order", clock.today(), rules)
    assert view.debts_freshness == fresh
    clock.current().advance(dt.timedelta(hours=25))
    try:
        assert caller.debts_freshness(rules).stale
    finally:
        clock.current().advance(dt.timedelta(hours=-25))


def test_every_conflict_the_importer_lists_is_told_apart_in_the_log():
    """The log keeps refused rows and conflicts in one list: the window tells them apart by code."""
    import re
    from pathlib import Path

    from orderdesk_gui.ui.exchange_words import is_conflict

    source = (Path(importing.__file__)).read_text(encoding="utf-8")
    conflicts = set(re.findall(r'self\.conflict\(\s*[\w.]+,\s*f?"(exchange\.[\w{}]+)"', source))
    rejects = set(re.findall(r'self\.reject\(\s*[\w.]+,\s*f?"(exchange\.[\w{}]+)"', source))
    assert conflicts and rejects
    for code in conflicts:
        assert is_conflict(code.replace("{label}", "delivery_address")), code
    for code in rejects - conflicts:
        assert not is_conflict(code), code
