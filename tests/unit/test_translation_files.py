"""The German translation is complete, its .qm is built, and the build script checks both."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "build_translations.py"
TS = ROOT / "resources" / "translations" / "smallsteps_de.ts"
QM = ROOT / "smallsteps_desktop" / "translations" / "smallsteps_de.qm"


def run_script(*args: str) -> subprocess.CompletedProcess[str]:
    # The PySide6 tools live next to this Python (the venv's bin), which may not be on PATH.
    env = {**os.environ, "PATH": os.pathsep.join([str(Path(sys.executable).parent),
                                                  os.environ.get("PATH", "")])}
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=300, check=False)


@pytest.fixture(scope="module")
def script() -> ModuleType:
    """scripts/build_translations.py as a module, to test its parts."""
    spec = importlib.util.spec_from_file_location("build_translations", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        del sys.modules[spec.name]


def test_every_message_is_translated_and_the_qm_is_built():
    before = TS.read_bytes(), QM.read_bytes()
    result = run_script("--check")
    assert result.returncode == 0, (
        "Run scripts/build_translations.py, translate what it lists, and run it again.\n"
        + result.stdout + result.stderr)
    assert (TS.read_bytes(), QM.read_bytes()) == before, "--check must not change files"


def test_the_translation_covers_every_screen(script):
    contexts = {message.context for message in script.read_ts(TS)}
    assert {"AppActions", "Desktop", "FocusWindow", "ReasonPage", "SplitPage", "DecisionPage",
            "StuckWizard", "TimesUpPrompt", "Tray", "TrayArt"} <= contexts


# --- what the script finds ------------------------------------------------------

def message(script, source: str, *translations: str, kind: str = "", numerus: bool = False):
    return script.Message("Ctx", source, "", numerus, translations, kind)


@pytest.mark.parametrize("source, translation, kind, expected", [
    ("Start", "Starten", "", []),
    ("Time is up: {title}", "Die Zeit ist um: {title}", "", []),
    ("&Add", "&Hinzufügen", "", []),
    ("Tom && Jerry", "Tom && Jerry", "", []),
    ("Start", "", "unfinished", ["not translated yet"]),
    ("Start", "Starten", "unfinished", ["unfinished"]),
    ("Start", "   ", "", ["unfinished"]),
    ("Start", "Starten", "vanished", ["no longer in the sources"]),
    ("Time is up: {title}", "Die Zeit ist um: {titel}", "", ["placeholders differ"]),
    ("Time is up: {title}", "Die Zeit ist um", "", ["placeholders differ"]),
    ("&Add", "Hinzufügen", "", ["the & mnemonic does not match"]),
    ("Add", "&Hinzufügen", "", ["the & mnemonic does not match"]),
    ("&Add", "&Hin&zufügen", "", ["the & mnemonic does not match"]),
    (" min", "Min.", "", ["leading or trailing spaces differ"]),
])
def test_problems_in_one_message(script, source, translation, kind, expected):
    found = script.problems(message(script, source, translation, kind=kind))
    assert len(found) == len(expected)
    assert all(f.startswith(e) for f, e in zip(found, expected)), found


def test_plural_forms_all_need_text_and_may_spell_out_one(script):
    source = "{title} — %n min left"
    assert script.problems(message(script, source, "{title} – noch eine Minute",
                                   "{title} – noch %n Min.", numerus=True)) == []
    assert script.problems(message(script, source, "{title} – noch %n Min.", "",
                                   numerus=True)) == ["unfinished"]


def test_calls_of_a_translate_wrapper_are_found(script, tmp_path):
    source = tmp_path / "dialog.py"
    source.write_text(
        "from PySide6.QtCore import QCoreApplication\n\n"
        "def _tr(text: str) -> str:\n"
        '    """Translated in the Dialog context."""\n'
        '    return QCoreApplication.translate("Dialog", text)\n\n'
        "def other(text):\n"
        "    return text.upper()\n\n"
        "class Dialog:\n"
        "    def show(self):\n"
        '        return _tr("Hello"), _tr("Split " "over lines"), other("not this")\n',
        encoding="utf-8")
    assert script.wrapped_calls(source) == [("Dialog", "Hello"), ("Dialog", "Split over lines")]


@pytest.fixture
def copy_of_project(script, tmp_path, monkeypatch) -> Path:
    """The script pointed at a copy of the ui sources and translation files."""
    root = tmp_path / "project"
    shutil.copytree(script.SOURCE_DIR, root / "ui", ignore=shutil.ignore_patterns("__pycache__"))
    (root / "ts").mkdir()
    (root / "qm").mkdir()
    shutil.copy(TS, root / "ts" / TS.name)
    shutil.copy(QM, root / "qm" / QM.name)
    for name, path in (("ROOT", root), ("SOURCE_DIR", root / "ui"), ("TS_DIR", root / "ts"),
                       ("QM_DIR", root / "qm")):
        monkeypatch.setattr(script, name, path)
    return root


def test_check_finds_new_text_and_the_build_lists_it_to_translate(script, copy_of_project,
                                                                   capsys):
    ts, qm = copy_of_project / "ts" / TS.name, copy_of_project / "qm" / QM.name
    assert script.check() == 0
    (copy_of_project / "ui" / "new_dialog.py").write_text(
        '"""A new dialog."""\n\n\nclass NewDialog:\n    def show(self):\n'
        '        return self.tr("Brand new text")\n', encoding="utf-8")
    before = ts.read_bytes(), qm.read_bytes()
    capsys.readouterr()
    assert script.check() == 1
    assert "not extracted yet: NewDialog: 'Brand new text'" in capsys.readouterr().out
    assert (ts.read_bytes(), qm.read_bytes()) == before

    assert script.build() == 0
    assert "not translated yet: NewDialog: 'Brand new text'" in capsys.readouterr().out
    new = [m for m in script.read_ts(ts) if m.context == "NewDialog"]
    assert [(m.source, m.kind) for m in new] == [("Brand new text", "unfinished")]
    assert script.check() == 1  # extracted now, but not translated yet
    assert "not translated yet: NewDialog" in capsys.readouterr().out


def test_check_finds_a_stale_qm(script, copy_of_project, capsys):
    (copy_of_project / "qm" / QM.name).write_bytes(b"stale")
    assert script.check() == 1
    assert "out of date" in capsys.readouterr().out
