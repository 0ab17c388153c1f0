"""Saves the quota and the open briefs as a calendar file the owner imports."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from smallsteps_desktop.core.errors import SmallStepsError
from smallsteps_desktop.settings import Settings

FILE_NAME = "small-steps.ics"


def _tr(text: str) -> str:
    return QCoreApplication.translate("CalendarExport", text)


def export_calendar(services, settings: Settings, parent: QWidget | None,  # noqa: ANN001
                    language: str) -> Path | None:
    """Ask where, write the file, say what is in it; None if cancelled or refused."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    chosen, _ = QFileDialog.getSaveFileName(
        parent, _tr("Put the quota in your calendar"), str(Path(folder) / FILE_NAME),
        _tr("Calendar files (*.ics)"))
    if not chosen:
        return None
    out = Path(chosen if chosen.lower().endswith(".ics") else chosen + ".ics")
    from smallsteps_desktop.calendar_file import write_calendar  # loads icalendar: on demand

    try:
        plan = write_calendar(services, settings, out, language=language)
    except SmallStepsError as error:
        QMessageBox.warning(parent, _tr("Calendar file not saved"), str(error))
        return None
    QMessageBox.information(parent, _tr("Calendar file saved"), _tr(
        "Saved {path}\n\nRepeating time blocks: {blocks} · To-dos for open briefs: {todos}"
        "\n\nOpen the file with your calendar (Thunderbird, Apple Calendar, or Google "
        "Calendar: Settings → Import) to add them.").format(path=out, blocks=len(plan.blocks), todos=len(plan.todos)))
    return out
