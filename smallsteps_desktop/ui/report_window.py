"""The report window: pick a period, see the report, save it in any format."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from smallsteps_desktop.core.errors import Refused
from smallsteps_desktop.core.report_model import Period, ProgressReport
from smallsteps_desktop.core.report_views import ReportQueries, preset_period
from smallsteps_desktop.export.labels import Labels
from smallsteps_desktop.export.report_preview import report_document
from smallsteps_desktop.export.writer import SUFFIXES
from smallsteps_desktop.ui.report_export import ExportJob

CUSTOM = "custom"


class ReportWindow(QWidget):
    """Shows the report of the chosen period; exports run on a worker thread."""

    # An export finished: the path of the saved file.
    sig_saved = Signal(str)

    def __init__(self, reports: ReportQueries, daily_quota: Callable[[], int], language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._reports = reports
        self._daily_quota = daily_quota
        self._labels = Labels(language)
        self.report: ProgressReport | None = None
        self.job: ExportJob | None = None
        self.saved_path: Path | None = None
        self._folder = Path(QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
        self.setWindowTitle(self.tr("Progress report – Small Steps"))
        self.resize(780, 760)
        layout = QVBoxLayout(self)
        layout.addLayout(self._period_row())
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("Report preview"))
        layout.addWidget(self.preview, 1)
        layout.addLayout(self._export_row())
        layout.addLayout(self._status_row())
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.choose_preset("this-week")

    # -- building -----------------------------------------------------------------

    def _period_row(self) -> QHBoxLayout:
        self.preset = QComboBox()
        for name, text in (("today", self.tr("Today")), ("this-week", self.tr("This week")),
                           ("last-week", self.tr("Last week")),
                           ("this-month", self.tr("This month")),
                           ("last-month", self.tr("Last month")),
                           (CUSTOM, self.tr("Custom period"))):
            self.preset.addItem(text, name)
        self.preset.currentIndexChanged.connect(self._on_preset)
        self.start_edit, self.end_edit = QDateEdit(), QDateEdit()
        for edit, name in ((self.start_edit, self.tr("First day")),
                           (self.end_edit, self.tr("Last day"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy" if self._labels.language == "de" else "d MMM yyyy")
            edit.setAccessibleName(name)
            edit.dateChanged.connect(self._on_dates_edited)
        label = QLabel(self.tr("&Period:"))
        label.setBuddy(self.preset)
        row = QHBoxLayout()
        for widget in (label, self.preset, QLabel(self.tr("from")), self.start_edit,
                       QLabel(self.tr("to")), self.end_edit):
            row.addWidget(widget)
        row.addStretch(1)
        return row

    def _export_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Save as:")))
        self.buttons: dict[str, QPushButton] = {}
        for fmt, text, tip in (
                ("pdf", self.tr("&PDF"), self.tr("A4 pages to print or send")),
                ("html", self.tr("&HTML"), self.tr("One page for any web browser")),
                ("md", self.tr("&Markdown"), self.tr("Plain text with tables")),
                ("csv", self.tr("&CSV"), self.tr("Every timebox as a row, for a spreadsheet")),
                ("json", self.tr("&JSON"), self.tr("All numbers, for other programs"))):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.clicked.connect(lambda _=False, f=fmt: self._ask_and_export(f))
            self.buttons[fmt] = button
            row.addWidget(button)
        row.addStretch(1)
        self.redact_check = QCheckBox(self.tr("&Anonymise for sharing"))
        self.redact_check.setToolTip(self.tr(
            "Titles become area and length, notes are hidden: for a coach or an adviser"))
        self.redact_check.toggled.connect(self.refresh)
        row.addWidget(self.redact_check)
        return row

    def _status_row(self) -> QHBoxLayout:
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: rendering has no countable steps
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.status = QLabel()
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("&Open file"))
        self.open_button.clicked.connect(self.open_saved)
        self.open_button.hide()
        row = QHBoxLayout()
        for widget in (self.progress, self.status):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.open_button)
        return row

    # -- the period -----------------------------------------------------------------

    def choose_preset(self, name: str) -> None:
        self.preset.setCurrentIndex(self.preset.findData(name))
        self._on_preset()

    def _on_preset(self) -> None:
        name = self.preset.currentData()
        if name != CUSTOM:
            period = preset_period(name, self._reports.today())
            for edit, day in ((self.start_edit, period.start), (self.end_edit, period.end)):
                edit.blockSignals(True)
                edit.setDate(QDate(day))
                edit.blockSignals(False)
        self.refresh()

    def _on_dates_edited(self) -> None:
        if self.preset.currentData() != CUSTOM:
            self.preset.blockSignals(True)
            self.preset.setCurrentIndex(self.preset.findData(CUSTOM))
            self.preset.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        """Rebuild the report and its preview for the dates shown."""
        try:
            period = Period(self.start_edit.date().toPython(), self.end_edit.date().toPython())
        except Refused as error:
            self._show_problem(str(error))
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # two years take a moment
        try:
            self.report = self._reports.report(period, self._daily_quota())
            document = report_document(self.report, self._labels,
                                       redact=self.redact_check.isChecked())
        finally:
            QApplication.restoreOverrideCursor()
        # A child of the preview: Qt deletes it when the next report replaces it.
        document.setParent(self.preview)
        self.preview.setDocument(document)
        self._set_buttons_enabled(True)
        self.status.setText("")

    def _show_problem(self, message: str) -> None:
        self.report = None
        self.preview.clear()
        self._set_buttons_enabled(False)
        self.status.setText(message)

    # -- saving ----------------------------------------------------------------------

    def _ask_and_export(self, fmt: str) -> None:
        path = self.ask_path(fmt)
        if path is not None:
            self.export_to(fmt, path)

    def default_path(self, fmt: str) -> Path:
        period = self.report.period
        name = self.tr("progress-report")
        if self.redact_check.isChecked():
            name += "-" + self.tr("anonymised")
        return self._folder / f"{name}-{period.start}-{period.end}{SUFFIXES[fmt]}"

    def ask_path(self, fmt: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the report"), str(self.default_path(fmt)),
            f"{fmt.upper()} (*{SUFFIXES[fmt]})")
        return Path(chosen) if chosen else None

    def export_to(self, fmt: str, path: Path) -> ExportJob:
        """Save the shown report; the window stays usable while it is written."""
        self._folder = path.parent
        self.job = ExportJob(self.report, fmt, self._labels, path, self,
                             redact=self.redact_check.isChecked())
        self.job.sig_saved.connect(self._on_saved)
        self.job.sig_failed.connect(self._on_failed)
        self._set_buttons_enabled(False)
        self.open_button.hide()
        self.progress.show()
        self.status.setText(self.tr("Saving {name}…").format(name=path.name))
        self.job.start()
        return self.job

    def _on_saved(self, path: str) -> None:
        self._finish(self.tr("Saved to {path}").format(path=path))
        self.saved_path = Path(path)
        self.open_button.show()
        self.open_button.setFocus()
        self.sig_saved.emit(path)

    def _on_failed(self, message: str) -> None:
        self._finish(self.tr("Not saved: {reason}").format(reason=message))

    def _finish(self, text: str) -> None:
        self.progress.hide()
        self.status.setText(text)
        self._set_buttons_enabled(self.report is not None)

    def open_saved(self) -> None:
        if self.saved_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved_path)))

    def _set_buttons_enabled(self, enabled: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(enabled)
