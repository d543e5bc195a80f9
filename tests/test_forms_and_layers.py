"""Designer forms compiled and current, translations complete, layers kept apart (no Qt below ui/)."""

from __future__ import annotations

import ast
import importlib
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "orderdesk_gui"
sys.path.insert(0, str(ROOT / "tools"))
import build_forms  # noqa: E402

FORMS = sorted((ROOT / "forms").glob("*.ui"))


@pytest.mark.parametrize("ui", FORMS, ids=lambda p: p.name)
def test_compiled_form_is_current(ui):
    if shutil.which("pyside6-uic") is None and not Path(sys.executable).with_name("pyside6-uic").exists():
        pytest.skip("pyside6-uic not installed")
    committed = build_forms.compiled_name(ui).read_text(encoding="utf-8")
    body = committed.split("\n", 1)[1]  # after our docstring line
    assert build_forms.strip_banner(body) == build_forms.compile_form(ui), (
        f"{ui.name} changed: run python tools/build_forms.py"
    )


@pytest.mark.parametrize("ui", FORMS, ids=lambda p: p.name)
def test_every_form_sets_up(qtbot, ui):
    from PySide6.QtWidgets import QDialog, QMainWindow, QWidget

    module = importlib.import_module(f"orderdesk_gui.ui.forms.ui_{ui.stem}")
    cls_name = ET.parse(ui).getroot().find("class").text
    base = ET.parse(ui).getroot().find("widget").get("class")
    widget = {"QMainWindow": QMainWindow, "QDialog": QDialog}.get(base, QWidget)()
    qtbot.addWidget(widget)
    getattr(module, f"Ui_{cls_name}")().setupUi(widget)


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_translations_complete_and_released(lang):
    ts = ROOT / "resources" / "i18n" / f"orderdesk_{lang}.ts"
    qm = ts.with_suffix(".qm")
    assert qm.exists() and qm.stat().st_size > 1000
    unfinished = [
        m.find("source").text
        for m in ET.parse(ts).iter("message")
        if m.find("translation").get("type") == "unfinished" or not m.find("translation").text
    ]
    assert unfinished == []
    assert qm.stat().st_mtime >= ts.stat().st_mtime - 1, "run python tools/build_forms.py"


def test_translation_loads_for_cyrillic_and_kazakh(qapp):
    from PySide6.QtCore import QCoreApplication, QTranslator

    for lang, expected in (
        ("ru", "Неверное имя пользователя или пароль."),
        ("kk", "Пайдаланушы аты немесе құпиясөз қате."),
    ):
        translator = QTranslator()
        assert translator.load(str(ROOT / "resources" / "i18n" / f"orderdesk_{lang}.qm"))
        QCoreApplication.installTranslator(translator)
        try:
            got = QCoreApplication.translate("LoginDialog", "Wrong user name or password.")
        finally:
            QCoreApplication.removeTranslator(translator)
        assert got == expected


def _modules(*folders: str):
    for folder in folders:
        yield from sorted((PACKAGE / folder).rglob("*.py"))


@pytest.mark.parametrize(
    "path",
    list(_modules("domain", "services", "printing", "db", "demo")),
    ids=lambda p: str(p.relative_to(PACKAGE)),
)
def test_no_qt_below_the_ui(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        assert not any(n.split(".")[0] in ("PySide6", "shiboken6") for n in names), path
        if "domain" in path.parts:
            assert not any(n.split(".")[0] in ("peewee", "playhouse") for n in names), path


def test_every_module_starts_with_a_docstring():
    missing = []
    for path in PACKAGE.rglob("*.py"):
        if "forms" in path.parts and path.parent.name == "forms" and path.name.startswith("ui_"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        if ast.get_docstring(tree) is None:
            missing.append(str(path.relative_to(ROOT)))
    assert missing == []


def test_main_window_only_lays_out_and_wires():
    lines = (PACKAGE / "ui" / "main_window.py").read_text(encoding="utf-8").count("\n")
    assert lines < 300
    text = (PACKAGE / "ui" / "main_window.py").read_text(encoding="utf-8")
    assert ".select(" not in text and "execute_sql" not in text


def test_no_machine_paths_in_the_repository():
    try:
        listed = subprocess.run(
            ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.splitlines()
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout")
    home = str(Path.home())
    for name in listed:
        path = ROOT / name
        if path.suffix in (".py", ".md", ".toml", ".ui", ".ts", ".cfg", "") and path.is_file():
            text = path.read_text(encoding="utf-8", errors="ignore")
            assert str(ROOT) not in text, name
            if home not in ("/", ""):
                assert home + "/" not in text, name


def test_translatable_strings_are_visible_to_lupdate():
    """lupdate reads self.tr(), QCoreApplication.translate() and QT_TRANSLATE_NOOP(), not a module's own
    ``tr()`` helper: a literal passed to such a helper would never reach the translators."""
    hidden = []
    for path in sorted((PACKAGE / "ui").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "tr"
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                hidden.append(f"{path.name}:{node.lineno}: {node.args[0].value!r}")
    assert hidden == []


def test_states_are_compared_by_name_not_by_literal():
    """``order.status == "draft"`` scatters a stored word across layers; ``OrderStatus.DRAFT`` names it
    (domain/states.py). Migrations and the demo generator write the stored words themselves."""
    import ast

    root = Path(__file__).resolve().parent.parent / "orderdesk_gui"
    found = []
    for path in root.rglob("*.py"):
        rel = path.relative_to(root).as_posix()
        if rel.startswith(("db/migrations/", "demo/", "domain/states.py", "ui/forms/")):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Compare):
                continue
            left = node.left
            named = (isinstance(left, ast.Attribute) and left.attr == "status") or (
                isinstance(left, ast.Name) and left.id == "status"
            )
            literal = any(isinstance(c, ast.Constant) and isinstance(c.value, str) for c in node.comparators)
            if named and literal:
                found.append(f"{rel}:{node.lineno}")
    assert found == []


def _service_calls_in_ui_jobs() -> list[str]:
    """Jobs the windows hand to the worker (``worker.submit(job)``, ``submit_slow``, the guarded
    ``submit(worker, owner, job)``, ``ops.run(owner, job)``) that call more than one service function:
    each such job is an operator action split over several transactions."""
    import ast

    root = Path(__file__).resolve().parent.parent / "orderdesk_gui" / "ui"
    found = []
    for path in sorted(root.rglob("*.py")):
        if "forms" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        services = {
            alias.asname or alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("orderdesk_gui.services")
            for alias in node.names
        }
        local_functions: dict[str, list[ast.FunctionDef]] = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef):
                local_functions.setdefault(node.name, []).append(node)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in ("submit", "submit_slow"):
                job = (
                    node.args[2]
                    if isinstance(func, ast.Name) and len(node.args) > 2
                    else (node.args or [None])[0]
                )
            elif name == "run" and isinstance(func, ast.Attribute) and len(node.args) >= 2:
                job = node.args[1]
            else:
                continue
            if isinstance(job, ast.Lambda):
                bodies = [job]
            elif isinstance(job, ast.Name):
                bodies = local_functions.get(job.id, [])
            else:
                bodies = []
            for body in bodies:
                calls = [
                    f"{c.func.value.id}.{c.func.attr}"
                    for c in ast.walk(body)
                    if isinstance(c, ast.Call)
                    and isinstance(c.func, ast.Attribute)
                    and isinstance(c.func.value, ast.Name)
                    and c.func.value.id in services
                ]
                if len(calls) > 1:
                    found.append(f"{path.name}:{node.lineno} {calls}")
    return found


def test_each_window_job_is_one_service_call():
    assert _service_calls_in_ui_jobs() == []
