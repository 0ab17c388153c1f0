"""Changing the settings from the app: the dialog, saving at once, the login start."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from smallsteps_desktop.paths import AppPaths
from smallsteps_desktop.settings import Settings, SettingsFile
from smallsteps_desktop.ui.focus_window import FocusWindow
from smallsteps_desktop.ui.settings_dialog import SettingsDialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("Desktop", text)  # moved from desktop.py: same context


def edit_settings(settings: SettingsFile, paths: AppPaths, window: FocusWindow,
                  apply: Callable[[Settings], None]) -> None:
    """Edit the settings; saved at once and applied at once (the language too)."""
    dialog = SettingsDialog(settings.current, window)
    if not dialog.exec():
        return
    before, after = settings.current, dialog.result_settings()
    try:
        settings.save(after)
    except OSError as error:
        QMessageBox.warning(window, _tr("Settings not saved"), _tr(
            "The settings could not be saved to {path}: {reason}").format(
                path=settings.path, reason=error.strerror or error))
        return
    apply(after)
    if after.autostart != before.autostart:
        _set_autostart(after.autostart, paths, window)


def _set_autostart(enabled: bool, paths: AppPaths, window: FocusWindow) -> None:
    from smallsteps_desktop.autostart import launch_command, set_autostart

    try:
        set_autostart(enabled, launch_command(paths.data_dir if paths.chosen else None))
    except OSError as error:
        QMessageBox.warning(window, _tr("Start at login"), _tr(
            "Small Steps could not change the login start: {reason}").format(
                reason=error.strerror or error))
