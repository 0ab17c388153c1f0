"""GUI tier setup: force Qt's offscreen platform before anything imports Qt."""

import os

# At import time, before anything imports Qt or pytest-qt's qapp fixture builds the QApplication.
if not os.environ.get("QT_QPA_PLATFORM"):  # unset or empty
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
