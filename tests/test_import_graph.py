"""The import graph of the package: no circles, and each layer imports only the layers below it.

Every import counts, also one inside a function (a lazy import is still a dependency); imports under
``if TYPE_CHECKING:`` do not (they never run). The layers, lowest first:

    the package, errors, clock, resources,    (the floor: no OrderDesk module but errors)
      secrets                                 (the credential store)
    domain                                    (pure rules: no database, no clock, no Qt)
    config                                    (typed settings; builds the rules' values from them)
    db, printing, exchange                    (storage; documents and accounting files from plain data)
    services                                  (one use case each)
    demo, http_exchange                       (tools using the services: demo data, 1C's HTTP endpoint)
    ui                                        (windows)
    cli, __main__                             (the entry points: the command line starts the window)
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "orderdesk_gui"

# layer of a module's first name below the package -> the layers it may import
LAYERS = {
    "errors": 0,
    "clock": 0,
    "resources": 0,
    "secrets": 0,
    "domain": 1,
    "config": 1.5,
    "db": 2,
    "printing": 2,
    "exchange": 2,  # accounting's files (CommerceML, CSV, XLSX) to and from plain records
    "services": 3,
    "demo": 3.5,
    "http_exchange": 3.5,  # 1C's "exchange with a web site" endpoint (a WSGI application using the services)
    "ui": 4,
    "cli": 5,
    "launch": 5.5,  # the command's entry: the screen pop's fast path, then cli
    "__main__": 6,
    "": 0,  # the package itself: its version
}
# allowed exceptions, each with its reason
FLOOR_MAY_IMPORT = {
    ("clock", "errors"),  # a bad day or zone raises a coded error
    ("resources", "errors"),
}


def _modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(ROOT).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def _type_checking_lines(tree: ast.AST) -> set[int]:
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If):
            test = node.test
            name = test.id if isinstance(test, ast.Name) else getattr(test, "attr", None)
            if name == "TYPE_CHECKING":
                for child in node.body:
                    for sub in ast.walk(child):
                        if hasattr(sub, "lineno"):
                            lines.add(sub.lineno)
    return lines


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    edges: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skip = _type_checking_lines(tree)
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(tree):
            if getattr(node, "lineno", None) in skip:
                continue
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                    source = ".".join(base + ([node.module] if node.module else []))
                else:
                    source = node.module or ""
                targets = [
                    f"{source}.{alias.name}" if f"{source}.{alias.name}" in modules else source
                    for alias in node.names
                ]
            for target in targets:
                if target in modules and target != name:
                    edges[name].add(target)
    return edges


def _circles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for start in sorted(edges):
        if start in index:
            continue
        work = [(start, iter(sorted(edges[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def _layer(module: str) -> tuple[str, int]:
    below = module.split(".")[1:]
    first = below[0] if below else ""
    return first, LAYERS[first]


def test_the_scan_finds_a_circle():
    assert _circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _circles({"a": {"b"}, "b": set()}) == []


def test_no_import_circles():
    assert _circles(_graph()) == []


def test_every_module_has_a_layer():
    unknown = {m for m in _modules() if (m.split(".")[1:] or [""])[0] not in LAYERS}
    assert unknown == set(), "add the new top-level module to LAYERS in this test"


@pytest.mark.parametrize("kind", ["upward", "floor"])
def test_layers_import_only_downward(kind):
    wrong = []
    for source, targets in _graph().items():
        first, level = _layer(source)
        for target in targets:
            target_first, target_level = _layer(target)
            if first == target_first:
                continue
            if kind == "upward" and target_level >= level and level > 0:
                wrong.append(f"{source} -> {target}")
            if kind == "floor" and level == 0 and (first, target_first) not in FLOOR_MAY_IMPORT:
                wrong.append(f"{source} -> {target}")
    assert wrong == []
