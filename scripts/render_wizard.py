"""Render each page of the stuck wizard offscreen into docs/screenshots for review."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STEP = "Post one photo of the workshop on Instagram"


def render(out_dir: Path) -> list[Path]:
    """Fill the wizard like a user would and save one picture per page (two for the last)."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from smallsteps_desktop.core.models import Decision, StuckReason
    from smallsteps_desktop.ui.stuck_wizard import StuckWizard

    app = QApplication.instance() or QApplication([sys.argv[0], "-style", "Fusion"])
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    wizard = StuckWizard(STEP, today=date(2026, 3, 2))
    wizard.show()
    out_dir.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []

    def shot() -> None:
        app.processEvents()
        path = out_dir / f"stuck-wizard-{len(saved) + 1}.png"
        if not wizard.grab().save(str(path)):
            raise SystemExit(f"could not save {path}")
        saved.append(path)

    wizard.reason_page.buttons[StuckReason.MISSING].setChecked(True)
    wizard.reason_page.note_edit.setPlainText("a photo of the workshop")
    shot()
    wizard.next()
    wizard.split_page.validatePage()  # the suggestion becomes the first smaller step
    wizard.split_page.step_edit.setText("Take a photo of the workbench with my phone")
    wizard.split_page.validatePage()
    wizard.split_page.step_edit.setText("Ask Anna for photos from the open day")
    shot()
    wizard.next()
    shot()
    page = wizard.decision_page
    page.buttons[Decision.OUTSOURCE].setChecked(True)
    page.to_edit.setText("Anna from the print shop")
    page.done_when_edit.setText("3 photos of the workshop in our shared folder")
    page.due_check.setChecked(True)
    page.copy_brief()
    shot()
    wizard.close()
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots",
                        help="folder for the PNG files (default: docs/screenshots)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    for path in render(args.out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
