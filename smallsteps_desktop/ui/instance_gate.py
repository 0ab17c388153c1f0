"""One app per data folder, checked without Qt: hold the folder's lock, or hand the launch over."""

from __future__ import annotations

import fcntl
import os
import stat
import time
import warnings
from pathlib import Path

from smallsteps_desktop.paths import APP_NAME

MESSAGE = b"activate\n"
_CONNECT_TIMEOUT_S = 0.3
_RETRY_S = 0.01
# A later launch waits this long for the running app to listen. It listens just after its
# first paint; a loaded machine may take seconds.
_HAND_OVER_WAIT_S = 20.0


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

    The app holds an flock beside its socket for as long as it runs; the kernel drops it
    when the process ends, crashed or not. So the first launch learns that it is alone
    from the lock alone, without a socket or QtNetwork before its first paint, and knows
    that a socket file left there is stale. A later launch finds the lock taken and hands
    over through the socket, waiting until the app listens. Two launches at once: the
    kernel gives the lock to exactly one.
    """

    def __init__(self, socket_path: Path) -> None:
        self.socket_path = Path(socket_path)
        self._lock: int | None = None

    def enter(self) -> bool:
        """True: no instance runs; this one holds the lock until release(), and should
        listen. False: one runs and was asked to come to the front; exit with status 0.

        Raises OSError when it can neither reach nor become the instance (e.g. no such
        folder, or the running app neither listens nor ends within 20 s).
        """
        deadline = time.monotonic() + _HAND_OVER_WAIT_S
        while True:
            if self._take_lock():
                self.socket_path.unlink(missing_ok=True)  # its owner, if any, died
                return True
            # Taken: the app runs, or is starting, or is ending; ask it, else try again.
            problem = _hand_over(self.socket_path)
            if problem is None:
                return False
            if time.monotonic() > deadline:
                raise OSError(f"the running instance does not answer at {self.socket_path}: "
                              f"{problem}")
            time.sleep(_RETRY_S)

    def _take_lock(self) -> bool:
        fd = os.open(self.socket_path.with_name(self.socket_path.name + ".lock"),
                     os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return False
        except BaseException:
            os.close(fd)
            raise
        self._lock = fd
        return True

    def release(self) -> None:
        """Let the next launch become the instance; call when the app ends."""
        if self._lock is not None:
            os.close(self._lock)  # releases the flock
            self._lock = None


def _hand_over(path: Path) -> OSError | None:
    """Send MESSAGE to an instance listening at path: None if it took it, else the reason."""
    import socket  # only a later launch needs it

    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        client.settimeout(_CONNECT_TIMEOUT_S)
        try:
            client.connect(str(path))
        except (FileNotFoundError, ConnectionRefusedError, TimeoutError,
                BlockingIOError) as error:  # not listening yet (or any more), or busy
            return error
        # A Unix socket keeps what was sent for the reader after this end closes.
        client.sendall(MESSAGE)
        return None
