"""Render the settings dialog offscreen into docs/screenshots/settings.png for review."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def render(out: Path) -> Path:
    """Show the dialog with typical settings, as a user would open it, and save a picture."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from smallsteps_desktop.settings import Settings
    from smallsteps_desktop.ui.settings_dialog import SettingsDialog

    app = QApplication.instance() or QApplication([sys.argv[0], "-style", "Fusion"])
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    dialog = SettingsDialog(Settings(timebox_minutes=10, daily_quota_steps=3,
                                     weekly_quota_minutes=90, language="de"))
    dialog.show()
    app.processEvents()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not dialog.grab().save(str(out)):
        raise SystemExit(f"could not save {out}")
    dialog.close()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots" / "settings.png",
                        help="the PNG file (default: docs/screenshots/settings.png)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    print(render(args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
