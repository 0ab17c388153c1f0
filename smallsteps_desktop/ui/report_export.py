"""Rendering and saving a report on a worker thread, so the window never freezes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from smallsteps_desktop.core.errors import SmallStepsError
from smallsteps_desktop.core.report_model import ProgressReport
from smallsteps_desktop.export.labels import Labels
from smallsteps_desktop.export.writer import render, save


class ExportJob(QObject):
    """One export; its signals arrive on the thread that created it (the window's)."""

    sig_saved = Signal(str)  # the file's path
    sig_failed = Signal(str)  # a message for the user

    def __init__(self, report: ProgressReport, fmt: str, labels: Labels, path: Path,
                 parent: QObject | None = None, *, redact: bool = False) -> None:
        super().__init__(parent)
        self._task = _Task(self, report, fmt, labels, path, redact)

    def start(self, pool: QThreadPool | None = None) -> None:
        (pool or QThreadPool.globalInstance()).start(self._task)


class _Task(QRunnable):
    def __init__(self, job: ExportJob, report: ProgressReport, fmt: str, labels: Labels,
                 path: Path, redact: bool) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the job keeps it; Python owns its lifetime
        self._job, self._report, self._fmt = job, report, fmt
        self._labels, self._path, self._redact = labels, path, redact

    def run(self) -> None:
        try:
            save(self._path, render(self._report, self._fmt, self._labels,
                                    redact=self._redact))
        except SmallStepsError as error:
            self._job.sig_failed.emit(str(error))
        except Exception as error:  # noqa: BLE001 - a worker must report, never die silently
            self._job.sig_failed.emit(f"{type(error).__name__}: {error}")
        else:
            self._job.sig_saved.emit(str(self._path))
