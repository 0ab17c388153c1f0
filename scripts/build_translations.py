#!/usr/bin/env python3
"""Extract the UI's translatable text into the .ts files and build the .qm files.

Usage:
    scripts/build_translations.py            update the .ts files, then build the .qm files
    scripts/build_translations.py --check    change nothing; exit 1 if a translation is
                                             missing or a built file is out of date

After adding or changing user-facing text in smallsteps_desktop/ui/, run this
script, translate the messages it lists (edit resources/translations/*.ts, or
open them with pyside6-linguist), and run it again. Commit the .ts and the
.qm files: the .qm files ship inside the package.

pyside6-lupdate finds self.tr(...) and QCoreApplication.translate("Context", "...")
calls by itself. It cannot see through a module-level wrapper such as

    def _tr(text: str) -> str:
        return QCoreApplication.translate("Desktop", text)

so this script finds such wrappers and their calls with ast and hands them to
lupdate as plain translate() calls with the wrapper's context.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE_DIR = ROOT / "smallsteps_desktop" / "ui"
TS_DIR = ROOT / "resources" / "translations"
QM_DIR = ROOT / "smallsteps_desktop" / "translations"
LANGUAGES = ("de",)  # English is the source language and needs no file
TRANSLATE_FUNCTIONS = {"QCoreApplication.translate", "QGuiApplication.translate",
                       "QApplication.translate"}
# -locations none: line numbers would change the .ts on every edit of a ui file.
LUPDATE_OPTIONS = ["-no-obsolete", "-locations", "none", "-source-language", "en"]
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n")


def ts_path(language: str) -> Path:
    return TS_DIR / f"smallsteps_{language}.ts"


def qm_path(language: str) -> Path:
    return QM_DIR / f"smallsteps_{language}.qm"


def rel(path: Path) -> str:
    try:
        return path.relative_to(ROOT).as_posix()
    except ValueError:
        return str(path)


# --- the tools ------------------------------------------------------------------------

def find_tool(name: str) -> str:
    """A PySide6 tool next to this Python (the venv's bin), on PATH, or in the repo's .venv."""
    bin_dir = Path(sys.executable).parent  # not resolved: a venv's python is a symlink
    for candidate in (bin_dir / name, bin_dir / f"{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(name) or shutil.which(name, path=str(ROOT / ".venv" / "bin"))
    if found is None:
        raise SystemExit(f"{name} not found next to {sys.executable} or on PATH; "
                         "install PySide6 (pip install -e .) or run this script with the "
                         "venv's python.")
    return found


def run_tool(name: str, *args: str) -> str:
    result = subprocess.run([find_tool(name), *args], capture_output=True, text=True,
                            check=False)
    output = (result.stdout + result.stderr).strip()
    if result.returncode != 0:
        raise SystemExit(f"{name} failed (exit code {result.returncode}):\n{output}")
    return output


# --- the sources ----------------------------------------------------------------------

def source_files() -> list[Path]:
    return sorted(p for p in SOURCE_DIR.rglob("*.py") if "__pycache__" not in p.parts)


def _dotted(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_dotted(node.value)}.{node.attr}"
    return ""


def _is_str(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _wrapper_context(function: ast.FunctionDef) -> str | None:
    """The context of `def f(text): return QCoreApplication.translate("Ctx", text)`."""
    body = [s for s in function.body if not (isinstance(s, ast.Expr) and _is_str(s.value))]
    if not function.args.args or len(body) != 1 or not isinstance(body[0], ast.Return):
        return None
    call = body[0].value
    if not (isinstance(call, ast.Call) and _dotted(call.func) in TRANSLATE_FUNCTIONS
            and len(call.args) == 2 and _is_str(call.args[0])):
        return None
    text = call.args[1]
    if isinstance(text, ast.Name) and text.id == function.args.args[0].arg:
        return call.args[0].value
    return None


def wrapped_calls(path: Path) -> list[tuple[str, str]]:
    """(context, text) for each call of a module-level translate wrapper in one file."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    wrappers = {node.name: context for node in tree.body
                if isinstance(node, ast.FunctionDef)
                and (context := _wrapper_context(node)) is not None}
    calls = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                and node.func.id in wrappers:
            if node.args and _is_str(node.args[0]):
                calls.append((wrappers[node.func.id], node.args[0].value))
            else:
                print(f"warning: {rel(path)}:{node.lineno}: {node.func.id}() without a "
                      "literal text cannot be translated", file=sys.stderr)
    return calls


def write_wrapper_calls(folder: Path) -> Path:
    """A Python file that spells every wrapper call as a translate() lupdate can read."""
    lines = ["from PySide6.QtCore import QCoreApplication", ""]
    for path in source_files():
        for context, text in wrapped_calls(path):
            lines.append(f"QCoreApplication.translate({json.dumps(context, ensure_ascii=False)}, "
                         f"{json.dumps(text, ensure_ascii=False)})  # {rel(path)}")
    shim = folder / "wrapped_tr_calls.py"
    shim.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return shim


def lupdate(language: str, ts_file: Path, work: Path) -> str:
    shim = write_wrapper_calls(work)
    return run_tool("pyside6-lupdate", *map(str, source_files()), str(shim), "-ts", str(ts_file),
                    *LUPDATE_OPTIONS, "-target-language", language)


def lrelease(ts_file: Path, qm_file: Path) -> None:
    run_tool("pyside6-lrelease", "-silent", str(ts_file), "-qm", str(qm_file))


# --- reading a .ts file ----------------------------------------------------------------

@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    translations: tuple[str, ...]  # one, or one per plural form
    kind: str  # the translation's type attribute: "", "unfinished", "vanished", "obsolete"

    @property
    def key(self) -> tuple[str, str, str]:
        return self.context, self.source, self.comment

    def __str__(self) -> str:
        return f"{self.context}: {self.source!r}" + (f" ({self.comment})" if self.comment else "")


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = translation.findall("numerusform") if translation is not None else []
            texts = tuple(f.text or "" for f in forms) if forms else (
                (translation.text or "",) if translation is not None else ("",))
            messages.append(Message(
                context=name, source=message.findtext("source") or "",
                comment=message.findtext("comment") or "",
                numerus=message.get("numerus") == "yes", translations=texts,
                kind=translation.get("type", "") if translation is not None else "unfinished"))
    return messages


def _mnemonics(text: str) -> int:
    return len(re.findall(r"&[^&\s]", text.replace("&&", "")))


def _edges(text: str) -> tuple[str, str]:
    return text[:len(text) - len(text.lstrip())], text[len(text.rstrip()):]


def problems(message: Message) -> list[str]:
    """What is wrong with one message's translation; empty when it is ready to ship."""
    if message.kind in ("vanished", "obsolete"):
        return ["no longer in the sources"]
    if message.kind == "unfinished" or not all(t.strip() for t in message.translations):
        return ["not translated yet" if not any(message.translations) else "unfinished"]
    found = []
    wanted = sorted(PLACEHOLDER.findall(message.source))
    for text in message.translations:
        if sorted(PLACEHOLDER.findall(text)) != wanted and not (
                message.numerus and sorted(PLACEHOLDER.findall(text) + ["%n"]) == wanted):
            found.append(f"placeholders differ: {text!r}")
        if (_mnemonics(text) > 0) != (_mnemonics(message.source) > 0) or _mnemonics(text) > 1:
            found.append(f"the & mnemonic does not match the source: {text!r}")
        if _edges(text) != _edges(message.source):  # e.g. a spin box suffix " min"
            found.append(f"leading or trailing spaces differ from the source: {text!r}")
    return found


# --- build and check ----------------------------------------------------------------

def build() -> int:
    QM_DIR.mkdir(parents=True, exist_ok=True)
    TS_DIR.mkdir(parents=True, exist_ok=True)
    todo = 0
    for language in LANGUAGES:
        ts_file, qm_file = ts_path(language), qm_path(language)
        with tempfile.TemporaryDirectory() as work:
            print(lupdate(language, ts_file, Path(work)))
        lrelease(ts_file, qm_file)
        messages = read_ts(ts_file)
        open_items = [(m, p) for m in messages for p in problems(m)]
        print(f"{rel(ts_file)}: {len(messages)} messages, {len(open_items)} to do; "
              f"built {rel(qm_file)}")
        for message, problem in open_items:
            print(f"  {problem}: {message}")
        todo += len(open_items)
    if todo:
        print(f"\n{todo} translation(s) to do: fill in the <translation> elements (and remove "
              'type="unfinished"), or use pyside6-linguist; then run this script again.')
    return 0


def check() -> int:
    """Report what a build would change or what is untranslated; change nothing."""
    found: list[str] = []
    for language in LANGUAGES:
        ts_file, qm_file = ts_path(language), qm_path(language)
        if not ts_file.is_file():
            found.append(f"{rel(ts_file)}: missing")
            continue
        committed = read_ts(ts_file)
        with tempfile.TemporaryDirectory() as work_dir:
            work = Path(work_dir)
            fresh_ts = work / ts_file.name
            shutil.copyfile(ts_file, fresh_ts)
            lupdate(language, fresh_ts, work)
            fresh = read_ts(fresh_ts)
            fresh_qm = work / qm_file.name
            lrelease(ts_file, fresh_qm)
            qm_stale = not qm_file.is_file() or qm_file.read_bytes() != fresh_qm.read_bytes()
        known = {m.key for m in committed}
        current = {m.key for m in fresh}
        found += [f"{rel(ts_file)}: not extracted yet: {m}" for m in fresh if m.key not in known]
        found += [f"{rel(ts_file)}: no longer in the sources: {m}"
                  for m in committed if m.key not in current]
        found += [f"{rel(ts_file)}: {p}: {m}" for m in committed if m.key in current
                  for p in problems(m)]
        if qm_stale:
            found.append(f"{rel(qm_file)}: out of date with {rel(ts_file)}")
    if found:
        print("Translations are not complete or not built:", *found, sep="\n  ")
        print("Run scripts/build_translations.py, translate what it lists, run it again.")
        return 1
    print("Translations complete and built.")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 if anything is untranslated or out of date")
    args = parser.parse_args(argv)
    return check() if args.check else build()


if __name__ == "__main__":
    sys.exit(main())
