"""The report and brief commands: files for a coach, an agency or the owner's records."""

from __future__ import annotations

import argparse
import os
from datetime import date, timedelta
from pathlib import Path

from smallsteps_desktop.app import Services, warn
from smallsteps_desktop.core.errors import Refused
from smallsteps_desktop.core.report_model import Period
from smallsteps_desktop.core.report_views import preset_period
from smallsteps_desktop.export.labels import Labels
from smallsteps_desktop.export.writer import render, report_language, save
from smallsteps_desktop.settings import load_settings


def _day(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise Refused(f"{option} {text!r} is not a date; write it like 2026-03-31.") from None


def _period(services: Services, args: argparse.Namespace) -> Period:
    """Default this week; only --from: up to today; only --to: from that week's Monday."""
    start, end = _day(args.start, "--from"), _day(args.end, "--to")
    today = services.reports.today()
    if start is None and end is None:
        return preset_period("this-week", today)
    if end is None:
        return Period(start, max(start, today))
    if start is None:
        return Period(end - timedelta(days=end.weekday()), end)
    return Period(start, end)


def report(services: Services, args: argparse.Namespace) -> int:
    period = _period(services, args)
    settings = load_settings(services.paths.settings_file, warn)
    labels = Labels(args.lang or report_language(settings.language))
    result = services.reports.report(period, settings.daily_quota_steps)
    out = Path(args.out)
    qt_app = _qt_application() if args.format == "pdf" else None
    save(out, render(result, args.format, labels, redact=args.redact))
    del qt_app  # only now: the PDF is laid out by Qt
    hidden = " with titles and notes hidden" if args.redact else ""
    print(f"Wrote the report for {period.start} to {period.end} to {out}{hidden}.")
    return 0


def brief(services: Services, args: argparse.Namespace) -> int:
    from smallsteps_desktop.export.brief_md import render_brief

    step, handoff = services.reports.brief(args.id)
    settings = load_settings(services.paths.settings_file, warn)
    labels = Labels(args.lang or report_language(settings.language))
    out = Path(args.out)
    save(out, render_brief(step, handoff, labels))
    print(f"Wrote the brief for #{step.id} to {out}.")
    return 0


def _qt_application():
    """Qt lays out and prints the PDF: it needs an application object, but no screen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(["smallsteps"])
