"""1C's "exchange with a web site" against the real server (waitress on a free port, in a thread) with a
real HTTP client playing 1C's calls, on both databases; hostile input answered with ``failure``."""

from __future__ import annotations

import io
import random
import threading
import time
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path
from types import SimpleNamespace

import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orderdesk_gui.db import models as m
from orderdesk_gui.db.connection import open_database
from orderdesk_gui.http_exchange import app as exchange_app
from orderdesk_gui.http_exchange import server
from orderdesk_gui.http_exchange.uploads import Limits, UploadError, safe_name
from tests.exchange_helpers import PASSWORD, seed, status_document

KB = 1024
LIMITS = Limits(
    file_limit=64 * KB, max_upload=2 * 2**20, max_unpacked=8 * 2**20, max_entries=20, max_ratio=200
)


class FakeImporter:
    """Stands in for services.importing.import_files (the lead's): records what it was given."""

    def __init__(self, delay: float = 0.0, status: str = "applied") -> None:
        self.calls: list[tuple[Path, bytes, str]] = []
        self.delay = delay
        self.status = status

    def __call__(self, paths, user, *, apply, source):
        assert apply is True and source == "http"
        time.sleep(self.delay)
        path = Path(paths[0])
        self.calls.append((path, path.read_bytes(), user.login))
        rejects = []
        if self.status == "refused":
            rejects = [SimpleNamespace(line=12, code="exchange.bad_number", params={"value": "abc"})]
        return [
            SimpleNamespace(
                file_name=path.name, status=self.status, rejects=rejects, reject_count=len(rejects)
            )
        ]


class Endpoint:
    def __init__(self, url: str, folder: Path, importer: FakeImporter, data) -> None:
        self.url, self.folder, self.importer, self.data = url, folder, importer, data
        self.cookie: dict[str, str] = {}

    def call(
        self, kind: str, mode: str, *, body: bytes | None = None, auth=None, **params
    ) -> requests.Response:
        query = {"type": kind, "mode": mode, **params}
        if auth is not None:  # 1C sends its Basic credentials in UTF-8 (a Cyrillic password works)
            auth = tuple(part.encode("utf-8") for part in auth)
        if body is None:
            return requests.get(self.url, params=query, cookies=self.cookie, auth=auth, timeout=60)
        return requests.post(self.url, params=query, data=body, cookies=self.cookie, auth=auth, timeout=120)

    def checkauth(
        self, kind: str = "catalog", login: str = "exchange", password: str = PASSWORD
    ) -> list[str]:
        reply = self.call(kind, "checkauth", auth=(login, password))
        lines = reply.text.split("\n")
        if lines[0] == "success":  # as 1C does: the cookie from the body, sent back by itself
            self.cookie = {lines[1]: lines[2]}
        return lines


@pytest.fixture
def endpoint(any_url, tmp_path):
    database = open_database(any_url)
    data = seed(orders=5, lines=3)
    importer = FakeImporter()
    options = exchange_app.Options(folder=tmp_path / "exchange", limits=LIMITS, import_wait_s=5.0)
    running = server.start_in_thread(exchange_app.ExchangeApp(options, importer))
    try:
        yield Endpoint(running.url, options.folder, importer, data)
    finally:
        running.stop()
        database.close()


def _zip(files: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as book:
        for name, content in files.items():
            book.writestr(name, content)
    return out.getvalue()


CATALOGUE = (
    "<?xml version='1.0' encoding='UTF-8'?><КоммерческаяИнформация ВерсияСхемы='2.08'>"
    + "<Каталог/>" * 30_000
    + "</КоммерческаяИнформация>"
).encode()
PICTURE = random.Random(1).randbytes(150_000)  # does not pack: the zip goes in several pieces
OFFERS = "<КоммерческаяИнформация><ПакетПредложений/></КоммерческаяИнформация>".encode()


def _untouched(data) -> tuple:
    return (
        m.Order.select().where(m.Order.exported_at.is_null(False)).count(),
        m.Order.select().where(m.Order.invoiced_at.is_null(False)).count(),
        m.Product.select().count(),
        m.Client.select().count(),
    )


def test_1c_plays_its_whole_exchange(endpoint):
    # the catalogue: sign in, init, a zip in pieces of file_limit, then import each file
    lines = endpoint.checkauth("catalog")
    assert lines[0] == "success" and lines[1] == exchange_app.COOKIE and lines[3] == f"sessid={lines[2]}"
    init = endpoint.call("catalog", "init", version="2.08")
    assert init.text.split("\n") == ["zip=yes", f"file_limit={LIMITS.file_limit}"]
    package = _zip({"import0_1.xml": CATALOGUE, "offers0_1.xml": OFFERS, "import_files/ab/pic.jpg": PICTURE})
    assert len(package) > LIMITS.file_limit  # really in several pieces
    for start in range(0, len(package), LIMITS.file_limit):
        piece = package[start : start + LIMITS.file_limit]
        reply = endpoint.call("catalog", "file", body=piece, filename="v8_catalog.zip")
        assert reply.text == "success", reply.text
    for name, content in (("import0_1.xml", CATALOGUE), ("offers0_1.xml", OFFERS)):
        reply = endpoint.call("catalog", "import", filename=name)
        assert reply.text == "success", reply.text
        path, seen, login = endpoint.importer.calls[-1]
        assert (path.name, seen, login) == (name, content, "exchange")
    assert (endpoint.folder / "catalog" / "import_files" / "ab" / "pic.jpg").is_file()
    # the orders: query (windows-1251 by default), success, then the statuses back
    assert endpoint.checkauth("sale")[0] == "success"
    assert endpoint.call("sale", "init").text.startswith("zip=")
    reply = endpoint.call("sale", "query")
    assert reply.status_code == 200 and "windows-1251" in reply.headers["Content-Type"]
    root = ET.fromstring(reply.content)
    numbers = sorted(d.findtext("Номер") for d in root)
    assert numbers == sorted(o.number for o in endpoint.data.orders)
    assert m.Order.select().where(m.Order.exported_at.is_null(False)).count() == 0  # not before 1C confirms
    assert endpoint.call("sale", "success").text == "success"
    assert m.Order.select().where(m.Order.exported_at.is_null(False)).count() == 5
    first = endpoint.data.orders[0]
    answer = status_document(
        [
            {
                "ident": first.uuid,
                "number": first.number,
                "requisites": {"Номер по 1С": "ЦБ-1", "Дата оплаты по 1С": "2026-11-21"},
            }
        ],
        "windows-1251",
    )
    assert endpoint.call("sale", "file", body=answer, filename="documents___1.xml").text == "success"
    assert m.Order.get_by_id(first.id).invoiced_at is not None
    empty = ET.fromstring(endpoint.call("sale", "query").content)
    assert list(empty) == []  # nothing new to send
    runs = [(r.direction, r.status) for r in m.ExchangeRun.select().order_by(m.ExchangeRun.id)]
    assert runs == [("export", "applied"), ("import", "applied")]


def test_a_query_without_success_sends_the_same_orders_again(endpoint):
    endpoint.checkauth("sale")
    first = ET.fromstring(endpoint.call("sale", "query").content)
    second = ET.fromstring(endpoint.call("sale", "query").content)
    assert sorted(d.findtext("Ид") for d in first) == sorted(d.findtext("Ид") for d in second)
    assert len(second) == 5


def test_wrong_passwords_and_strangers_get_failure_and_change_nothing(endpoint):
    before = _untouched(endpoint.data)
    assert endpoint.checkauth("catalog", "exchange", "wrong")[:2] == ["failure", "wrong login or password"]
    assert endpoint.checkauth("catalog", "nobody", PASSWORD)[0] == "failure"
    operator = endpoint.checkauth("sale", "operator", PASSWORD)
    assert operator[0] == "failure" and "may not exchange" in operator[1]
    bare = endpoint.call("sale", "checkauth")
    assert bare.status_code == 401 and bare.text.startswith("failure\n")
    endpoint.cookie = {exchange_app.COOKIE: "forged"}
    for mode in ("query", "success", "init"):
        reply = endpoint.call("sale", mode)
        assert reply.text.startswith("failure\n") and "checkauth" in reply.text
    reply = endpoint.call("catalog", "file", body=b"<x/>", filename="import.xml")
    assert reply.text.startswith("failure\n")
    assert not (endpoint.folder / "catalog" / "import.xml").exists()
    assert _untouched(endpoint.data) == before
    assert m.ExchangeRun.select().count() == 0
    assert m.AuditEvent.select().where(m.AuditEvent.action == "sign_in_failed").count() == 2


def test_basic_auth_on_every_call_works_too(endpoint):
    reply = endpoint.call("sale", "query", auth=("exchange", PASSWORD))
    assert reply.status_code == 200 and len(ET.fromstring(reply.content)) == 5


def test_a_zip_bomb_is_refused(endpoint):
    endpoint.checkauth()
    endpoint.call("catalog", "init")
    bomb = _zip({"import0_1.xml": b"\0" * (6 * 2**20)})  # 6 MB of zeros in a few kilobytes
    assert len(bomb) < LIMITS.file_limit
    assert endpoint.call("catalog", "file", body=bomb, filename="import.zip").text == "success"
    reply = endpoint.call("catalog", "import", filename="import0_1.xml")
    assert reply.text.split("\n")[0] == "failure" and "zip bomb" in reply.text
    assert endpoint.importer.calls == []
    assert list((endpoint.folder / "catalog").iterdir()) == []  # the zip and anything unpacked: gone
    run = m.ExchangeRun.get()
    assert (run.status, run.message) == ("refused", "upload.zip_bomb")
    # too many files, and a file that is no zip at all
    many = _zip({f"f{n}.xml": b"<x/>" for n in range(LIMITS.max_entries + 1)})
    endpoint.call("catalog", "file", body=many, filename="many.zip")
    assert "more than 20 files" in endpoint.call("catalog", "import", filename="import0_1.xml").text
    endpoint.call("catalog", "file", body=b"PK\x03\x04 not really", filename="broken.zip")
    assert "not a readable zip" in endpoint.call("catalog", "import", filename="import0_1.xml").text


@pytest.mark.parametrize(
    "name",
    [
        "../../evil.xml",
        "/etc/evil.xml",
        "..\\..\\evil.xml",
        "C:\\evil.xml",
        "a/../../evil.xml",
        "",
        "x\0.xml",
    ],
)
def test_a_file_name_never_leads_out_of_the_upload_folder(endpoint, name):
    endpoint.checkauth()
    reply = endpoint.call("catalog", "file", body=b"<x/>", filename=name)
    assert reply.text.startswith("failure\n") and "name" in reply.text
    root = endpoint.folder.parent
    assert [p for p in root.rglob("evil.xml")] == []
    assert not Path("/etc/evil.xml").exists()
    assert endpoint.call("catalog", "import", filename=name).text.startswith("failure\n")


def test_uploads_over_the_limits_are_refused(endpoint):
    endpoint.checkauth()
    big = endpoint.call(
        "catalog", "file", body=b"x" * (100 * 2**20), filename="import0_1.xml"
    )  # 100 MB at once
    assert big.text.startswith("failure\n") and "file_limit" in big.text
    assert not (endpoint.folder / "catalog" / "import0_1.xml").exists()
    piece = b"y" * LIMITS.file_limit
    replies = [endpoint.call("catalog", "file", body=piece, filename="offers0_1.xml").text for _ in range(40)]
    refused = next(i for i, text in enumerate(replies) if text.startswith("failure"))
    assert refused == LIMITS.max_upload // LIMITS.file_limit and "larger than 2 MB" in replies[refused]
    assert not (endpoint.folder / "catalog" / "offers0_1.xml").exists() or replies[-1] == "success"
    assert endpoint.importer.calls == []


def test_a_long_import_answers_progress_until_it_is_done(any_url, tmp_path):
    database = open_database(any_url)
    seed(orders=1, lines=1)
    slow = FakeImporter(delay=1.5)
    options = exchange_app.Options(folder=tmp_path / "exchange", limits=LIMITS, import_wait_s=0.2)
    running = server.start_in_thread(exchange_app.ExchangeApp(options, slow))
    try:
        end = Endpoint(running.url, options.folder, slow, None)
        end.checkauth()
        end.call("catalog", "init")
        end.call("catalog", "file", body=OFFERS, filename="offers0_1.xml")
        answers = [end.call("catalog", "import", filename="offers0_1.xml").text]
        while answers[-1] == "progress" and len(answers) < 100:
            time.sleep(0.1)
            answers.append(end.call("catalog", "import", filename="offers0_1.xml").text)
        assert answers[0] == "progress" and answers[-1] == "success" and len(slow.calls) == 1
    finally:
        running.stop()
        database.close()


def test_a_refused_import_says_why(endpoint):
    endpoint.importer.status = "refused"
    endpoint.checkauth()
    endpoint.call("catalog", "file", body=OFFERS, filename="offers0_1.xml")
    reply = endpoint.call("catalog", "import", filename="offers0_1.xml").text.split("\n")
    assert reply[0] == "failure" and "exchange.bad_number" in reply[1] and "line 12" in reply[1]
    missing = endpoint.call("catalog", "import", filename="import9.xml").text
    assert missing == "failure\nno file import9.xml was uploaded"


def test_an_unreadable_status_answer_is_a_failure(endpoint):
    endpoint.checkauth("sale")
    reply = endpoint.call("sale", "file", body=b"<<<not xml", filename="documents.xml")
    assert reply.text.startswith("failure\nthe order statuses cannot be read")
    assert m.ExchangeRun.get().status == "refused"


def test_safe_names():
    assert str(safe_name("import_files/ab/x.jpg")) == "import_files/ab/x.jpg"
    assert str(safe_name("import0_1.xml")) == "import0_1.xml"
    for bad in ("..", "a/..", "/x", "\\\\server\\share\\x", "C:x", "x.xml.", "con<x>"):
        with pytest.raises(UploadError):
            safe_name(bad)


# --- any parameters and bodies: an answer of 1C's kinds, never a traceback, never a file outside -----

_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)


@pytest.fixture
def wsgi(any_url, tmp_path):
    from werkzeug.test import Client

    database = open_database(any_url)
    seed(orders=2, lines=1)
    options = exchange_app.Options(folder=tmp_path / "x" / "exchange", limits=LIMITS, import_wait_s=1.0)
    client = Client(exchange_app.ExchangeApp(options, FakeImporter()))
    lines = client.get(
        "/", query_string={"type": "sale", "mode": "checkauth"}, auth=("exchange", PASSWORD)
    ).text.split("\n")
    client.set_cookie(lines[1], lines[2])
    yield client, tmp_path / "x"
    database.close()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    kind=st.sampled_from(["catalog", "sale", "", "get_catalog"]) | _text,
    mode=st.sampled_from(["checkauth", "init", "file", "import", "query", "success", "complete"]) | _text,
    filename=st.sampled_from(["import0_1.xml", "offers0_1.xml", "../x.xml", "a/b.zip"]) | _text,
    body=st.binary(max_size=2048) | st.sampled_from([b"PK\x03\x04", status_document([{"number": "X"}])]),
    post=st.booleans(),
)
def test_any_call_gets_an_answer_1c_understands(wsgi, kind, mode, filename, body, post):
    client, root = wsgi
    query = {"type": kind, "mode": mode, "filename": filename}
    reply = client.post("/", query_string=query, data=body) if post else client.get("/", query_string=query)
    assert reply.status_code in (200, 401)
    first = reply.data.split(b"\n", 1)[0]
    assert first in (b"success", b"failure", b"progress", b"zip=yes") or first.startswith(b"<?xml"), (
        reply.data[:200]
    )
    assert b"Traceback" not in reply.data
    outside = [p for p in root.rglob("*") if p.is_file() and "exchange" not in p.relative_to(root).parts[:1]]
    assert outside == []


def test_threads_of_the_server_share_nothing_but_the_database(endpoint):
    endpoint.checkauth("sale")
    results = []

    def ask():
        results.append(endpoint.call("sale", "query").status_code)

    threads = [threading.Thread(target=ask) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [200] * 6
    assert m.ExchangeRun.select().where(m.ExchangeRun.status == "sent").count() == 1


def test_1c_pushes_its_catalogue_through_the_real_importer(any_url, tmp_path):
    from tests.test_importing import IMPORT_XML, OFFERS_XML

    database = open_database(any_url)
    seed(orders=1, lines=1)
    options = exchange_app.Options(folder=tmp_path / "exchange", limits=LIMITS, import_wait_s=30.0)
    running = server.start_in_thread(exchange_app.ExchangeApp(options))
    try:
        end = Endpoint(running.url, options.folder, None, None)
        assert end.checkauth()[0] == "success"
        end.call("catalog", "init")
        offers = OFFERS_XML.format(price="2 450,00", changes="false", more="")
        package = _zip({"import0_1.xml": IMPORT_XML.encode(), "offers0_1.xml": offers.encode()})
        assert end.call("catalog", "file", body=package, filename="import.zip").text == "success"
        assert end.call("catalog", "import", filename="import0_1.xml").text == "success"
        assert end.call("catalog", "import", filename="offers0_1.xml").text == "success"
        cheese = m.Product.get(m.Product.external_id == "bd72d8f9-55bc-11d9-848a-00112f43529a")
        assert cheese.code == "CH-45"
        runs = m.ExchangeRun.select().where(
            (m.ExchangeRun.direction == "import") & (m.ExchangeRun.source == "http")
        )
        assert sorted(r.file_name for r in runs) == ["import0_1.xml", "offers0_1.xml"]
        # a broken file: 1C hears why, the catalogue stays as it was
        products = m.Product.select().count()
        end.call("catalog", "file", body=b"<\xd0\x9a\xd0\xbe\xd0\xbc", filename="import1_1.xml")
        reply = end.call("catalog", "import", filename="import1_1.xml").text.split("\n")
        assert reply[0] == "failure" and "import1_1.xml refused" in reply[1]
        assert m.Product.select().count() == products
    finally:
        running.stop()
        database.close()


def test_a_zip_whose_headers_lie_about_the_size_is_refused(endpoint):
    honest = _zip({"import0_1.xml": b"<x/>" + b" " * (3 * 2**20)})
    lying = bytearray(honest)
    local = lying.find(b"PK\x03\x04")
    central = lying.find(b"PK\x01\x02")
    lying[local + 22 : local + 26] = (1000).to_bytes(4, "little")  # "1,000 bytes unpacked"
    lying[central + 24 : central + 28] = (1000).to_bytes(4, "little")
    endpoint.checkauth()
    endpoint.call("catalog", "file", body=bytes(lying), filename="import.zip")
    reply = endpoint.call("catalog", "import", filename="import0_1.xml").text
    assert reply.startswith("failure\n") and ("zip bomb" in reply or "not a readable zip" in reply)
    assert endpoint.importer.calls == [] and list((endpoint.folder / "catalog").iterdir()) == []
