"""The GUI tier runs Qt on the offscreen platform with the test home in place."""

import os


def test_qapp_uses_offscreen_platform(qapp):
    assert qapp.platformName() == "offscreen"


def test_runtime_dir_is_private():
    mode = os.stat(os.environ["XDG_RUNTIME_DIR"]).st_mode & 0o777
    assert mode == 0o700
