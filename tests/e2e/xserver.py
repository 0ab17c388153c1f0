"""Helpers for e2e tests: a private Xvfb, a trayer tray host and screenshots."""

from __future__ import annotations

import ctypes
import os
import select
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

# Debian's ImageMagick; /usr/local/bin/convert on some machines is not the real one.
IMPORT = "/usr/bin/import"
SCREEN = "1280x800x24"
MISSING_HINT = "missing; run: bash scripts/system-deps.sh test"


def require(tool: str) -> str:
    """Return the path of an executable or raise with the install hint."""
    path = shutil.which(tool)
    if path is None:
        raise RuntimeError(f"{tool} {MISSING_HINT}")
    return path


def wait_for(check: Callable[[], bool], what: str, timeout: float = 10.0) -> None:
    """Poll check() until it is true; raise TimeoutError naming what we waited for."""
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out after {timeout}s waiting for {what}")
        time.sleep(0.05)


def _stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@contextmanager
def start_xvfb(log_path: Path) -> Iterator[str]:
    """Run Xvfb on a display number it picks itself; yield the DISPLAY string."""
    read_fd, write_fd = os.pipe()
    # -noreset: otherwise Xvfb resets when its last client leaves, and a client that
    # connects during the reset (e.g. trayer) is dropped with "cannot open display".
    cmd = [require("Xvfb"), "-displayfd", str(write_fd), "-screen", "0", SCREEN,
           "-nolisten", "tcp", "-noreset"]
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(cmd, pass_fds=(write_fd,), stdout=log, stderr=log)
    os.close(write_fd)
    try:
        # Xvfb writes the display number once it accepts connections.
        number = b""
        deadline = time.monotonic() + 15
        while not number.endswith(b"\n"):
            ready, _, _ = select.select([read_fd], [], [], max(0.0, deadline - time.monotonic()))
            chunk = os.read(read_fd, 16) if ready else b""
            if not chunk:
                raise RuntimeError(f"Xvfb did not start in 15s:\n{log_path.read_text()}")
            number += chunk
        yield f":{number.decode().strip()}"
    finally:
        os.close(read_fd)
        _stop(proc)


def tray_owner(display: str) -> int:
    """Window id owning the _NET_SYSTEM_TRAY_S0 selection, 0 when there is no tray."""
    x11 = ctypes.CDLL("libX11.so.6")
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XInternAtom.restype = ctypes.c_ulong
    x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    x11.XGetSelectionOwner.restype = ctypes.c_ulong
    x11.XGetSelectionOwner.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    dpy = x11.XOpenDisplay(display.encode())
    if not dpy:
        raise RuntimeError(f"cannot open X display {display}")
    try:
        return x11.XGetSelectionOwner(dpy, x11.XInternAtom(dpy, b"_NET_SYSTEM_TRAY_S0", 0))
    finally:
        x11.XCloseDisplay(dpy)


def release_held_keys(display: str) -> list[int]:
    """Release every key the X server holds down; the keycodes that were held.

    xdotool exits on BadWindow when the window it types into goes away mid-keystroke
    (a killed app), leaving e.g. Ctrl and Space pressed. Their autorepeat would then
    type into the apps of later tests on the same Xvfb.
    """
    x11 = ctypes.CDLL("libX11.so.6")
    xtst = ctypes.CDLL("libXtst.so.6")
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XQueryKeymap.argtypes = [ctypes.c_void_p, ctypes.c_char * 32]
    x11.XFlush.argtypes = x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    xtst.XTestFakeKeyEvent.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_int,
                                       ctypes.c_ulong]
    dpy = x11.XOpenDisplay(display.encode())
    if not dpy:
        raise RuntimeError(f"cannot open X display {display}")
    try:
        keymap = (ctypes.c_char * 32)()
        x11.XQueryKeymap(dpy, keymap)
        held = [index * 8 + bit for index, byte in enumerate(bytes(keymap))
                for bit in range(8) if byte & (1 << bit)]
        for keycode in held:
            xtst.XTestFakeKeyEvent(dpy, keycode, 0, 0)
        x11.XFlush(dpy)
        return held
    finally:
        x11.XCloseDisplay(dpy)


def _has_window(display: str, wm_class: str) -> bool:
    cmd = [require("xdotool"), "search", "--class", wm_class]
    env = {**os.environ, "DISPLAY": display}
    return subprocess.run(cmd, env=env, capture_output=True).returncode == 0


@contextmanager
def start_trayer(display: str, log_path: Path) -> Iterator[subprocess.Popen]:
    """Run Debian's trayer as the system tray on display; yield its process."""
    cmd = [require("trayer"), "--edge", "top", "--align", "right", "--widthtype", "request",
           "--height", "24", "--transparent", "false", "--tint", "0xdddddd"]
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(cmd, env={**os.environ, "DISPLAY": display},
                                stdout=log, stderr=log)

    def window_shown() -> bool:
        if proc.poll() is not None:
            raise RuntimeError(f"trayer exited with {proc.returncode}:\n{log_path.read_text()}")
        return _has_window(display, "trayer")

    try:
        wait_for(window_shown, "trayer window")
        # The window appears before trayer claims the tray selection; wait for that too.
        wait_for(lambda: tray_owner(display) != 0, "trayer to own _NET_SYSTEM_TRAY_S0")
        yield proc
    finally:
        _stop(proc)


def screenshot(display: str, path: Path) -> Path:
    """Save a PNG of the whole screen of display to path and return path."""
    if not os.access(IMPORT, os.X_OK):
        raise RuntimeError(f"{IMPORT} (imagemagick) {MISSING_HINT}")
    path.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([IMPORT, "-display", display, "-window", "root", str(path)],
                   check=True, capture_output=True)
    return path
