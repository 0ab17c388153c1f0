"""One app per data folder, checked without Qt: hand the launch over, or hold the lock."""

from __future__ import annotations

import fcntl
import os
import socket
import stat
import time
import warnings
from pathlib import Path

from smallsteps_desktop.paths import APP_NAME

MESSAGE = b"activate\n"
_TIMEOUT_S = 0.3
_ATTEMPTS = 3
# A later launch waits this long for the lock. The app holds it from its check until it
# listens, which is just after its first paint; a loaded machine may take seconds.
_LOCK_WAIT_S = 20.0


def default_socket_path(instance_name: str) -> Path:
    """``$XDG_RUNTIME_DIR/<name>``, else ``<name>`` in a 0700 platformdirs runtime folder."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime:
        return Path(runtime) / instance_name
    import platformdirs  # deferred, as in paths.py

    with warnings.catch_warnings():  # it warns that XDG_RUNTIME_DIR is unset; we know
        warnings.simplefilter("ignore")
        folder = platformdirs.user_runtime_path(APP_NAME, ensure_exists=True)
    folder.mkdir(mode=0o700, exist_ok=True)
    info = folder.lstat()
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
        raise PermissionError(f"{folder} is not a folder owned by this user")
    folder.chmod(0o700)  # mkdir's mode does not touch a folder that already existed
    return folder / instance_name


class InstanceGate:
    """Finds out whether this data folder's app already runs, before any window is built.

    Qt's listen() with socket options binds in a temporary folder and renames the socket
    into place, which silently replaces a live server's socket instead of failing. So
    "is anyone there? if not, listen" runs under an flock beside the socket: two launches
    take turns and exactly one ends up listening. The check is a plain Unix socket (what
    QLocalSocket uses on Linux), so the tray app loads QtNetwork only after its first
    paint; it keeps the lock until then, and a launch meanwhile waits for it.
    """

    def __init__(self, socket_path: Path) -> None:
        self.socket_path = Path(socket_path)
        self._lock: int | None = None

    def enter(self) -> bool:
        """True: no instance runs, and this one holds the lock until release() (listen
        first). False: one runs and was asked to come to the front; exit with status 0.

        Raises OSError when it can neither reach nor become the instance (e.g. no such folder).
        """
        self._lock = _exclusive(self.socket_path.with_name(self.socket_path.name + ".lock"))
        try:
            handed_over = _hand_over(self.socket_path)
        except BaseException:
            self.release()
            raise
        if handed_over:
            self.release()
        return not handed_over

    def release(self) -> None:
        """Let the next launch check; call once listening (or when giving up)."""
        if self._lock is not None:
            os.close(self._lock)  # releases the flock
            self._lock = None


def _exclusive(lock_path: Path) -> int:
    """An fd holding an flock on lock_path; the kernel drops it when closed or on exit."""
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
    try:
        deadline = time.monotonic() + _LOCK_WAIT_S
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return fd
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise TimeoutError(f"another launch still holds {lock_path}") from None
                time.sleep(0.005)
    except BaseException:
        os.close(fd)
        raise


def _hand_over(path: Path) -> bool:
    """Send MESSAGE to an instance listening at path: True if one took it.

    A socket file nobody listens on (its owner died) is removed, so listen() can bind.
    """
    error: OSError | None = None
    for _ in range(_ATTEMPTS):
        client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            client.settimeout(_TIMEOUT_S)
            try:
                client.connect(str(path))
            except FileNotFoundError:
                return False
            except ConnectionRefusedError:
                path.unlink(missing_ok=True)  # stale: its owner died
                return False
            except (TimeoutError, BlockingIOError) as busy:  # someone may be there: ask again
                error = busy
                continue
            # A Unix socket keeps what was sent for the reader after this end closes.
            client.sendall(MESSAGE)
            return True
        finally:
            client.close()
    raise OSError(f"cannot reach the running instance at {path}: {error}")
