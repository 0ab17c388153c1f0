"""DESIGN.md's layering and module hygiene, checked on the source with ast."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = "smallsteps_desktop"
PACKAGE_DIR = Path(__file__).resolve().parents[2] / PACKAGE
MAX_LINES = 300

_UPPER = [f"{PACKAGE}.{name}" for name in ("storage", "ui", "app", "cli")]
_QT_EXPORTS = {"export/report_pdf.py", "export/pdf_pages.py", "export/report_preview.py"}
# (rule applies to this relative path?, forbidden import prefixes, reason)
IMPORT_RULES = [
    (lambda rel: rel.startswith("core/"), ["PySide6", "sqlite3", *_UPPER],
     "core/ is pure Python: no Qt, no SQL, no upper layers"),
    (lambda rel: rel.startswith("storage/"), ["PySide6", *_UPPER[1:]],
     "storage/ must not import Qt, ui, app or cli"),
    (lambda rel: not rel.startswith("ui/") and rel != "app.py", ["PySide6.QtWidgets"],
     "only ui/ and app.py may import PySide6.QtWidgets"),
    (lambda rel: rel.startswith("export/"), ["sqlite3", *_UPPER],
     "export/ renders core's report: no SQL, no storage, ui, app or cli"),
    (lambda rel: rel.startswith("export/") and rel not in _QT_EXPORTS, ["PySide6"],
     "only the PDF and the preview need Qt; every other format must work without it"),
]
WALL_CLOCK = {
    "datetime.datetime.now", "datetime.datetime.utcnow", "datetime.datetime.today",
    "datetime.date.today", "time.time", "time.time_ns",
    # Spelled without an import we can resolve (e.g. a name from elsewhere).
    "datetime.now", "datetime.utcnow", "date.today",
}


_DYNAMIC_IMPORTS = {"importlib.import_module", "__import__"}


def _module_name(rel: str) -> str:
    parts = [PACKAGE, *rel.removesuffix(".py").split("/")]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(rel: str, tree: ast.Module) -> list[tuple[int, str]]:
    """(line, absolute module name) for every import, relative ones resolved."""
    package = _module_name(rel)
    if not rel.endswith("__init__.py"):
        package = package.rpartition(".")[0]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            found.append((node.lineno, base))
            # "from pkg import sub" may import a submodule: count pkg.sub too.
            found += [(node.lineno, f"{base}.{alias.name}") for alias in node.names]
        elif (isinstance(node, ast.Call) and _dotted(node.func) in _DYNAMIC_IMPORTS
              and node.args and isinstance(node.args[0], ast.Constant)):
            found.append((node.lineno, str(node.args[0].value)))
    return found


def _dotted(node: ast.AST) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        base = _dotted(node.value)
        return f"{base}.{node.attr}" if base else None
    return None


def _bindings(tree: ast.Module) -> dict[str, str]:
    """Local name -> what it was imported as, e.g. {"dt": "datetime.datetime"}."""
    names = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname:
                    names[alias.asname] = alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            for alias in node.names:
                names[alias.asname or alias.name] = f"{node.module}.{alias.name}"
    return names


def wall_clock_uses(tree: ast.Module) -> list[tuple[int, str]]:
    """(line, name) for every use, called or not, of a wall-clock reader."""
    names = _bindings(tree)
    found = []
    for node in ast.walk(tree):
        dotted = _dotted(node) if isinstance(node, (ast.Name, ast.Attribute)) else None
        if dotted:
            head, _, rest = dotted.partition(".")
            full = ".".join(filter(None, [names.get(head, head), rest]))
            if full in WALL_CLOCK:
                found.append((node.lineno, full))
    return found


def layering_violations(rel: str, source: str) -> list[str]:
    """Layering problems in one module; rel is its path inside the package."""
    tree = ast.parse(source)
    problems = []
    for applies, forbidden, reason in IMPORT_RULES:
        if not applies(rel):
            continue
        reported = set()  # one report per import statement and rule
        for line, module in imported_modules(rel, tree):
            if line in reported:
                continue
            if any(module == bad or module.startswith(bad + ".") for bad in forbidden):
                reported.add(line)
                problems.append(f"{rel}:{line}: imports {module} ({reason})")
    if rel.startswith("core/") and rel != "core/clock.py":
        problems += [f"{rel}:{line}: uses {name} (core gets time from a Clock)"
                     for line, name in wall_clock_uses(tree)]
    return problems


def hygiene_violations(rel: str, source: str) -> list[str]:
    """One-line module docstring and at most MAX_LINES lines."""
    problems = []
    body = ast.parse(source).body
    first = body[0] if body else None
    is_string = isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant)
    doc = first.value.value if is_string else None
    if not isinstance(doc, str) or not doc.split("\n", 1)[0].strip():
        problems.append(f"{rel}: needs a module docstring whose first line says what it is")
    lines = len(source.splitlines())
    if lines > MAX_LINES:
        problems.append(f"{rel}: {lines} lines, more than {MAX_LINES}; split it")
    return problems


def package_modules() -> dict[str, str]:
    return {path.relative_to(PACKAGE_DIR).as_posix(): path.read_text(encoding="utf-8")
            for path in sorted(PACKAGE_DIR.rglob("*.py"))}


# --- the real package ---------------------------------------------------------

def test_package_is_found():
    assert "__init__.py" in package_modules(), f"no package at {PACKAGE_DIR}"


def test_package_follows_layering():
    problems = [p for rel, src in package_modules().items() for p in layering_violations(rel, src)]
    assert not problems, "\n".join(problems)


def test_modules_are_documented_and_small():
    problems = [p for rel, src in package_modules().items() for p in hygiene_violations(rel, src)]
    assert not problems, "\n".join(problems)


# --- the checks themselves catch what they should ----------------------------

@pytest.mark.parametrize("rel, source", [
    ("core/flow.py", "import PySide6.QtCore\n"),
    ("core/flow.py", "from PySide6 import QtGui\n"),
    ("core/flow.py", "import sqlite3 as db\n"),
    ("core/flow.py", "from smallsteps_desktop.storage.database import open_db\n"),
    ("core/flow.py", "from ..storage import database\n"),
    ("core/flow.py", "from .. import ui\n"),
    ("core/flow.py", "from smallsteps_desktop import cli\n"),
    ("core/__init__.py", "from ..app import build\n"),
    ("core/flow.py", "import importlib\nimportlib.import_module('PySide6.QtGui')\n"),
    ("storage/database.py", "from PySide6.QtCore import QObject\n"),
    ("storage/database.py", "from smallsteps_desktop.ui import tray\n"),
    ("cli.py", "from PySide6.QtWidgets import QApplication\n"),
    ("export/pdf.py", "from PySide6 import QtWidgets\n"),
    ("export/report_csv.py", "from PySide6.QtCore import QLocale\n"),
    ("export/report_json.py", "from smallsteps_desktop.storage import repositories\n"),
    ("core/flow.py", "from datetime import datetime\nstamp = datetime.now()\n"),
    ("core/flow.py", "import datetime as dt\nstamp = dt.datetime.utcnow()\n"),
    ("core/flow.py", "from datetime import date\ntoday = date.today()\n"),
    ("core/flow.py", "import time\nstarted = time.time()\n"),
    ("core/flow.py", "from time import time as now\nstarted = now()\n"),
    ("core/models.py", "from datetime import datetime\nfactory = datetime.now\n"),
])
def test_layering_check_catches(rel, source):
    assert layering_violations(rel, source)


@pytest.mark.parametrize("rel, source", [
    ("core/clock.py", "from datetime import datetime, timezone\nnow = datetime.now(timezone.utc)\n"),
    ("core/flow.py", "from datetime import datetime as dt, timedelta\nend = dt(2024, 1, 1) + timedelta(1)\n"),
    ("core/flow.py", "from .models import Step\nfrom smallsteps_desktop.core import clock\n"),
    ("core/flow.py", "def now(clock):\n    return clock.now()\n"),
    ("storage/database.py", "import sqlite3\nfrom smallsteps_desktop.core.models import Step\n"),
    ("ui/tray.py", "from PySide6.QtWidgets import QSystemTrayIcon\n"),
    ("app.py", "from PySide6.QtWidgets import QApplication\n"),
    ("ui/bridge.py", "from PySide6.QtCore import QTimer\n"),
    ("export/report_pdf.py", "from PySide6.QtGui import QPdfWriter\n"),
])
def test_layering_check_allows(rel, source):
    assert layering_violations(rel, source) == []


@pytest.mark.parametrize("source", [
    "",
    "import os\n",
    '"""\nDocstring that starts on its second line."""\n',
    "x = 1\n'''not a docstring'''\n",
    '"""Fine."""\n' + "x = 1\n" * MAX_LINES,
])
def test_hygiene_check_catches(source):
    assert hygiene_violations("core/bad.py", source)


def test_hygiene_check_allows_a_short_documented_module():
    assert hygiene_violations("core/ok.py", '"""Does one thing."""\n\nx = 1\n') == []
