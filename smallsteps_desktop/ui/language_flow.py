"""Switching the language while the app runs: the new translation, then every text anew."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smallsteps_desktop.ui.desktop import Desktop


def switch_language(desktop: Desktop, language: str) -> None:
    """Install the translation of a settings value ("system", "de", "en") and show it now.

    The window, the actions (so the tray menu) and the tray's tooltip are named again;
    the board and the report are built anew, and opened again if they were open. Dialogs
    are built when they open, so they follow by themselves.
    """
    desktop.translation.switch(language)
    desktop.window.relabel()
    desktop.actions.relabel()
    board_open = desktop.board is not None and desktop.board.window.isVisible()
    report_open = desktop.report_window is not None and desktop.report_window.isVisible()
    if desktop.board is not None:
        desktop.board.window.close()
        desktop.board.window.deleteLater()
        desktop.board.deleteLater()
    if desktop.report_window is not None:
        desktop.report_window.close()
        desktop.report_window.deleteLater()
    desktop.board = desktop.report_window = None
    desktop.bridge.refresh()  # the step's title, Start or Pause, the tray's tooltip, the quota
    if board_open:
        desktop.open_board()
    if report_open:
        desktop.open_report()
