"""Coded messages: every code raised anywhere has its text in English, Russian and Kazakh, with the same
placeholders, and the UI shows it in the operator's language with local number and money formats."""

from __future__ import annotations

import ast
import builtins
import datetime as dt
import re
import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path

import pytest

from orderdesk_gui.errors import CODE, CodedError, Money

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "orderdesk_gui"
I18N = ROOT / "resources" / "i18n"
# Callables whose first argument is a message code: error classes and coded notes.
CODED_CALLEE = re.compile(r"(Error|Denied|Closed|Stale\w*|Note|Notice|Problem|Coded\w*)$")
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def _callee(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    return getattr(func, "id", "")


def code_uses() -> dict[str, list[tuple[str, int, set[str] | None]]]:
    """Every code given to an error or a note outside ui/: code -> [(file, line, keyword names)]."""
    uses: dict[str, list[tuple[str, int, set[str] | None]]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if "ui" in path.relative_to(PACKAGE).parts[:1]:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and node.args and CODED_CALLEE.search(_callee(node))):
                continue
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str) and CODE.match(first.value):
                names = None if any(k.arg is None for k in node.keywords) else {k.arg for k in node.keywords}
                uses.setdefault(first.value, []).append((path.name, node.lineno, names))
    return uses


def translations(lang: str) -> dict[str, tuple[str, bool]]:
    """source -> (translation, finished) in the Messages context of ``lang``'s .ts file."""
    found = {}
    root = ET.parse(I18N / f"orderdesk_{lang}.ts").getroot()
    for context in root.iter("context"):
        if context.findtext("name") != "Messages":
            continue
        for message in context.iter("message"):
            tr = message.find("translation")
            finished = tr is not None and tr.get("type") not in ("unfinished", "vanished", "obsolete")
            found[message.findtext("source")] = ((tr.text or "") if tr is not None else "", finished)
    return found


def test_every_code_raised_has_a_text():
    from orderdesk_gui.ui import messages

    missing = {code: places for code, places in code_uses().items() if code not in messages.TABLE}
    assert missing == {}


def test_texts_name_only_the_values_the_raise_gives():
    from orderdesk_gui.ui import messages

    wrong = []
    for code, places in code_uses().items():
        wanted = set(PLACEHOLDER.findall(messages.TABLE.get(code, "")))
        for name, line, given in places:
            if given is not None and not wanted <= given:
                wrong.append(f"{name}:{line} {code} lacks {sorted(wanted - given)}")
    assert wrong == []


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_every_text_is_translated_with_the_same_placeholders(lang):
    from orderdesk_gui.ui import messages

    done = translations(lang)
    problems = []
    for code, source in messages.TABLE.items():
        translated, finished = done.get(source, ("", False))
        if not finished or not translated.strip():
            problems.append(f"{code}: not translated")
        elif sorted(PLACEHOLDER.findall(translated)) != sorted(PLACEHOLDER.findall(source)):
            problems.append(f"{code}: placeholders differ: {translated!r}")
    assert problems == []


def test_the_table_holds_only_codes():
    from orderdesk_gui.ui import messages

    assert all(CODE.match(code) for code in messages.TABLE), [c for c in messages.TABLE if not CODE.match(c)]
    assert not any("(D" in source for source in messages.TABLE.values())  # no internal references


def test_values_in_the_users_formats(qapp):
    from orderdesk_gui.ui import messages

    assert messages.format_value(Money("25559"), "ru") == "25\u00a0559,00\u00a0₸"
    assert messages.format_value(Money("25559"), "en") == "25,559.00\u00a0₸"
    assert messages.format_value(Decimal("25.2"), "kk") == "25,2"
    assert messages.format_value(Decimal("25.2"), "en") == "25.2"
    assert messages.format_value(dt.date(2026, 11, 20), "ru") == "20.11.2026"
    assert messages.format_value(Decimal("1e10000000"), "ru")  # never a traceback


def test_an_unknown_code_and_an_old_sentence_still_say_something(qapp):
    from orderdesk_gui.ui import messages

    assert messages.text(CodedError("An older English sentence.")) == "An older English sentence."
    assert "nothing.such_code" in messages.text(CodedError("nothing.such_code"))
    assert messages.text(OSError(13, "Permission denied")).endswith("Permission denied")
    assert messages.text(RuntimeError("boom")) != ""


def test_a_coded_error_survives_pickling():
    import pickle

    from orderdesk_gui.services.debt_gate import OrderError

    error = pickle.loads(pickle.dumps(OrderError("order.example", amount=Money("5"))))
    assert isinstance(error, OrderError) and error.code == "order.example" and error.params == {"amount": 5}


def test_no_sentence_is_raised_to_a_user_any_more():
    """Below ui/, an error a user may see is raised with a code, never an English sentence or f-string."""
    sentences = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "ui" in path.relative_to(PACKAGE).parts[:1]:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args):
                continue
            name, first = _callee(node.exc), node.exc.args[0]
            if not CODED_CALLEE.search(name) or hasattr(builtins, name):
                continue  # ValueError & co. are a programmer's errors, never shown to an operator
            if isinstance(first, ast.JoinedStr) or (
                isinstance(first, ast.Constant)
                and isinstance(first.value, str)
                and not CODE.match(first.value)
            ):
                sentences.append(f"{path.name}:{node.lineno} {name}")
    assert sentences == []


def test_a_lost_database_connection_says_nothing_was_saved(qapp):
    import peewee

    from orderdesk_gui.ui import messages

    for error in (
        peewee.InterfaceError("connection already closed"),
        peewee.OperationalError("server closed the connection unexpectedly"),
        peewee.OperationalError("terminating connection due to administrator command"),
    ):
        said = messages.text(error)
        assert "was not saved" in said and str(error) not in said  # not the driver's words
    assert "was not saved" not in messages.text(peewee.OperationalError("no such table: user"))
