"""Render the welcome wizard's pages and the starter library offscreen for review."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ANNOYANCES = [("We never post anything on Instagram", 4),
              ("Nobody finds us on Google when they search for a carpenter nearby", 5),
              ("I never ask customers for reviews", 3)]


def render(out_dir: Path) -> list[Path]:
    """Fill the welcome like a user would, save one picture per page, then the library dialog."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication, QWidget

    from smallsteps_desktop.starter import load_library
    from smallsteps_desktop.ui.starter_dialog import StarterDialog
    from smallsteps_desktop.ui.welcome import WelcomeWizard

    app = QApplication.instance() or QApplication([sys.argv[0], "-style", "Fusion"])
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    library = load_library("en")
    out_dir.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []

    def shot(widget: QWidget, name: str) -> None:
        app.processEvents()
        path = out_dir / f"{name}.png"
        if not widget.grab().save(str(path)):
            raise SystemExit(f"could not save {path}")
        saved.append(path)

    wizard = WelcomeWizard(library)
    wizard.show()
    page = wizard.annoyances_page
    for row, (text, rating) in enumerate(ANNOYANCES):
        page.edits[row].setText(text)
        page.ratings[row].setValue(rating)
    page.edits[0].setFocus()
    shot(wizard, "welcome-1-annoyances")
    wizard.next()
    wizard.step_page.example_buttons[2].click()
    shot(wizard, "welcome-2-first-step")
    wizard.close()
    dialog = StarterDialog(library)
    dialog.show()
    dialog.browser.select("google-business-profile")
    shot(dialog, "starter-library")
    dialog.close()
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path, nargs="?", default=ROOT / "docs" / "screenshots",
                        help="folder for the PNG files (default: docs/screenshots)")
    parser.add_argument("--out", type=Path, help="the same as folder, as in render_wizard.py")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    for path in render(args.out or args.folder):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
