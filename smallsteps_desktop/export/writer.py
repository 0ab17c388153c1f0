"""Writing a report or a brief to a file: all of it, or nothing and a clear error."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from smallsteps_desktop.core.errors import Refused
from smallsteps_desktop.core.report_model import ProgressReport
from smallsteps_desktop.export.labels import LANGUAGES, Labels
from smallsteps_desktop.files import write_atomically

FORMATS = ("html", "pdf", "md", "csv", "json")
SUFFIXES = {"html": ".html", "pdf": ".pdf", "md": ".md", "csv": ".csv", "json": ".json"}


def render(report: ProgressReport, fmt: str, labels: Labels, *, redact: bool = False) -> bytes:
    """The report in one format; PDF needs a running QGuiApplication.

    redact: for sharing with a coach, titles and notes replaced by area and length
    (export/redact.py), and the report says so.
    """
    if redact:
        from smallsteps_desktop.export.redact import redacted
        report = redacted(report, labels)
    if fmt == "json":
        from smallsteps_desktop.export.report_json import render_json
        return render_json(report, redacted=redact)
    if fmt == "csv":
        from smallsteps_desktop.export.report_csv import render_csv
        return render_csv(report, labels)
    if fmt == "md":
        from smallsteps_desktop.export.report_md import render_markdown
        return render_markdown(report, labels, redacted=redact)
    if fmt == "html":
        from smallsteps_desktop.export.report_html import render_html
        return render_html(report, labels, redacted=redact)
    if fmt == "pdf":
        from smallsteps_desktop.export.report_pdf import render_pdf
        return render_pdf(report, labels, redacted=redact)
    raise ValueError(f"unknown report format {fmt!r}; use one of {FORMATS}")


def save(path: Path, data: bytes) -> None:
    """Replace ``path`` in one step; on any failure no partial file is left behind."""
    if path.is_dir():
        raise Refused(f"Cannot write {path}: that is a folder. Give a file name.")
    if not path.parent.is_dir():
        raise Refused(f"Cannot write {path}: the folder {path.parent} does not exist.")
    try:
        write_atomically(path, data, shared=True)
    except OSError as error:
        raise Refused(f"Cannot write {path}: {error.strerror or error}.") from error


def system_language(environ: Mapping[str, str] = os.environ) -> str:
    """German if the session speaks German, else English (as the app decides for "system")."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG"):
        value = environ.get(name)
        if value:
            return "de" if value.lower().startswith("de") else "en"
    return "en"


def report_language(setting: str, environ: Mapping[str, str] = os.environ) -> str:
    return setting if setting in LANGUAGES else system_language(environ)
