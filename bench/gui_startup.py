"""Desktop benchmark: Small Steps' tray app against a bare PySide6 tray app, in one run.

Usage (from the repository root, with the project's virtualenv)::

    .venv/bin/python bench/gui_startup.py [--rounds 15] [--idle-seconds 60] [--expiry-rounds 5]

One run does everything, under its own Xvfb with Debian's ``trayer`` as the
system tray (``--offscreen`` uses ``QT_QPA_PLATFORM=offscreen`` instead, with
no tray and no idle or expiry phase):

1. builds a data folder of about 200 steps with one running timebox (the
   history generator of ``cli_startup.py``; the timebox is stretched to two
   hours so that it keeps running through the whole benchmark);
2. start-up and memory, interleaved over ``--rounds`` rounds (plus one
   warm-up round): (a) a bare PySide6 app (QApplication, a QWidget window, a
   QSystemTrayIcon with an icon, both shown, "ready" printed from
   ``QTimer.singleShot(0)``) and (b) ``python -m smallsteps_desktop --data-dir
   D``, which logs ``smallsteps: ready tray=True`` the same way. Measured:
   process start to the ready line, and VmHWM (peak RSS) from
   ``/proc/PID/status`` right after ready and 5 s later;
3. idle CPU: both apps run at once, their windows hidden by a left click on
   their tray icons (the bare app keeps a 1 Hz QTimer that does nothing),
   and their CPU time is read from ``/proc`` before and after
   ``--idle-seconds``: utime+stime from ``stat`` (10 ms ticks) and the
   nanosecond run time from ``schedstat``, summed over all threads;
4. timer expiry: a 1-minute timebox whose ``started_at`` is moved back so that
   its deadline is 3 s away, the app started, and the X server polled for the
   "time is up" window (the prompt or the tray balloon). The figure is the
   time from the stored deadline to that window being mapped: an upper bound
   for the timer itself, which also covers reading the data, building the
   prompt and mapping it.

It prints a Markdown table with a PASS/MISS verdict per target. Record the
results in ``docs/benchmarks.md``.
"""

from __future__ import annotations

import argparse
import ctypes
import os
import platform
import select
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cli_startup import build_data, user_environment  # the same data generator

READY_OURS = "smallsteps: ready"
READY_BARE = "ready"
BARE_NAME = "Bare Tray"
OUR_NAME = "Small Steps"
START_RATIO_TARGET = 1.3
RSS_EXTRA_TARGET_MIB = 25
IDLE_TARGET_PERCENT = 0.1
EXPIRY_TARGET_MS = 100
EXPIRY_LEAD_S = 3.0
TIMEBOX_SECONDS = 7200  # the benchmark's running timebox outlasts the benchmark

BARE = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QLabel, QSystemTrayIcon, QVBoxLayout, QWidget

app = QApplication(sys.argv)
app.setApplicationName("Bare Tray")
window = QWidget()
window.setWindowTitle("Bare Tray")
QVBoxLayout(window).addWidget(QLabel("A bare PySide6 window"))
window.resize(420, 260)
pixmap = QPixmap(22, 22)
pixmap.fill(QColor("#2ec4a0"))
tray = QSystemTrayIcon(QIcon(pixmap))


def toggle(reason):
    if reason == QSystemTrayIcon.ActivationReason.Trigger:
        window.setVisible(not window.isVisible())


tray.activated.connect(toggle)
tray.show()
window.show()
tick = QTimer()
tick.timeout.connect(lambda: None)  # the 1 Hz timer an app like this keeps
tick.start(1000)
QTimer.singleShot(0, lambda: print("ready", file=sys.stderr, flush=True))
sys.exit(app.exec())
"""


# -- X server and tray host --------------------------------------------------------------------


@contextmanager
def xvfb_with_trayer(scratch: Path) -> Iterator[str]:
    """A private Xvfb (-noreset) with trayer owning the system tray; yields DISPLAY."""
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp",
         "-noreset"], pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    trayer = None
    try:
        number = b""
        while not number.endswith(b"\n"):
            ready, _, _ = select.select([read_fd], [], [], 15)
            chunk = os.read(read_fd, 16) if ready else b""
            if not chunk:
                raise RuntimeError("Xvfb did not start in 15 s")
            number += chunk
        display = f":{number.decode().strip()}"
        with open(scratch / "trayer.log", "wb") as log:
            trayer = subprocess.Popen(
                ["trayer", "--edge", "top", "--align", "right", "--widthtype", "request",
                 "--height", "24", "--transparent", "false", "--tint", "0xdddddd"],
                env={**os.environ, "DISPLAY": display}, stdout=log, stderr=log)
        deadline = time.monotonic() + 15
        while not tray_owned(display):
            if trayer.poll() is not None or time.monotonic() > deadline:
                log = (scratch / "trayer.log").read_text()
                raise RuntimeError(f"trayer did not take the tray: {log}")
            time.sleep(0.05)
        yield display
    finally:
        os.close(read_fd)
        for proc in (trayer, xvfb):
            if proc is not None:
                proc.terminate()
                proc.wait(timeout=10)


def tray_owned(display: str) -> bool:
    """Whether some window owns _NET_SYSTEM_TRAY_S0, i.e. trayer has taken the tray."""
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
        return False
    try:
        return x11.XGetSelectionOwner(dpy, x11.XInternAtom(dpy, b"_NET_SYSTEM_TRAY_S0", 0)) != 0
    finally:
        x11.XCloseDisplay(dpy)


def x(display: str, *args: str) -> str:
    return subprocess.run(list(args), capture_output=True, text=True, check=False,
                          env={**os.environ, "DISPLAY": display}).stdout


def tray_icon(display: str, name: str) -> tuple[str, int, int] | None:
    """(window id, centre x, centre y) of the app's window that sits inside trayer's panel."""
    panels = [geometry(display, wid) for wid in
              x(display, "xdotool", "search", "--onlyvisible", "--class", "trayer").split()]
    for wid in visible_windows(display, name):
        box = geometry(display, wid)
        if box and any(panel and _inside(box, panel) for panel in panels):
            return wid, box[0] + box[2] // 2, box[1] + box[3] // 2
    return None


def geometry(display: str, wid: str) -> tuple[int, int, int, int] | None:
    out = x(display, "xdotool", "getwindowgeometry", "--shell", wid)
    values = dict(line.split("=", 1) for line in out.split() if "=" in line)
    try:
        return tuple(int(values[key]) for key in ("X", "Y", "WIDTH", "HEIGHT"))
    except KeyError:
        return None


def _inside(box: tuple[int, int, int, int], outer: tuple[int, int, int, int]) -> bool:
    return (outer[0] <= box[0] and box[0] + box[2] <= outer[0] + outer[2]
            and outer[1] <= box[1] and box[1] + box[3] <= outer[1] + outer[3])


def visible_windows(display: str, name: str) -> set[str]:
    return set(x(display, "xdotool", "search", "--onlyvisible", "--class", f"^{name}$").split())


def hide_by_tray_click(display: str, name: str) -> None:
    """Left-click the app's tray icon (it hides the window) and wait until no window is mapped."""
    deadline = time.monotonic() + 15
    while (icon := tray_icon(display, name)) is None:
        if time.monotonic() > deadline:
            raise RuntimeError(f"no tray icon for {name}")
        time.sleep(0.05)
    wid, cx, cy = icon
    x(display, "xdotool", "mousemove", "--sync", str(cx), str(cy), "click", "1")
    x(display, "xdotool", "mousemove", "--sync", "640", "700")
    while visible_windows(display, name) - {wid}:
        if time.monotonic() > deadline:
            raise RuntimeError(f"the window of {name} did not hide")
        time.sleep(0.05)


# -- processes ---------------------------------------------------------------------------------


class App:
    """One launch; a thread reads stderr and notes when the ready line arrived."""

    def __init__(self, argv: list[str], env: dict[str, str], marker: str) -> None:
        self.marker = marker
        self.ready_at: float | None = None
        self.ready_line = ""
        self.lines: list[str] = []
        self._ready = threading.Event()
        self.started = time.perf_counter()
        self.proc = subprocess.Popen(argv, env=env, stdin=subprocess.DEVNULL,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        with self.proc.stderr:
            for line in self.proc.stderr:
                now = time.perf_counter()
                self.lines.append(line.rstrip())
                if self.ready_at is None and line.startswith(self.marker):
                    self.ready_at, self.ready_line = now, line.strip()
                    self._ready.set()

    def wait_ready(self, timeout: float = 30) -> float:
        """Seconds from Popen to the ready line."""
        if not self._ready.wait(timeout):
            self.stop()
            raise RuntimeError(f"no ready line in {timeout} s: {self.lines}")
        return self.ready_at - self.started

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self._reader.join(timeout=5)


def status_kib(pid: int, key: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1])
    raise KeyError(key)


@dataclass
class CpuSample:
    ticks: int  # utime + stime, in clock ticks, over all threads
    run_ns: int  # schedstat run time over all threads
    switches: int  # voluntary + involuntary context switches over all threads
    at: float


def cpu_sample(pid: int) -> CpuSample:
    ticks = run_ns = switches = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            fields = (task / "stat").read_text().rsplit(")", 1)[1].split()
            ticks += int(fields[11]) + int(fields[12])  # utime, stime (fields 14, 15)
            run_ns += int((task / "schedstat").read_text().split()[0])
            for line in (task / "status").read_text().splitlines():
                if line.startswith(("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches")):
                    switches += int(line.split()[1])
        except (FileNotFoundError, ProcessLookupError):
            continue  # a thread that ended between listing and reading
    return CpuSample(ticks, run_ns, switches, time.monotonic())


# -- the phases --------------------------------------------------------------------------------


@dataclass
class Results:
    start_s: dict[str, list[float]] = field(default_factory=lambda: {"bare": [], "ours": []})
    hwm_ready: dict[str, list[int]] = field(default_factory=lambda: {"bare": [], "ours": []})
    hwm_later: dict[str, list[int]] = field(default_factory=lambda: {"bare": [], "ours": []})
    idle: dict[str, dict[str, float]] = field(default_factory=dict)
    idle_seconds: float = 0.0
    expiry_ms: list[float] = field(default_factory=list)
    poll_ms: list[float] = field(default_factory=list)
    tray: str = ""


def commands(data_dir: Path, bare_script: Path) -> dict[str, tuple[list[str], str]]:
    return {
        "bare": ([sys.executable, str(bare_script)], READY_BARE),
        "ours": ([sys.executable, "-m", "smallsteps_desktop", "--data-dir", str(data_dir)],
                 READY_OURS),
    }


def startup_rounds(cmds: dict, env: dict, rounds: int, later_s: float, results: Results) -> None:
    for number in range(-1, rounds):  # round -1 warms the bytecode and font caches
        order = ["bare", "ours"] if number % 2 == 0 else ["ours", "bare"]
        for name in order:
            argv, marker = cmds[name]
            app = App(argv, env, marker)
            seconds = app.wait_ready()
            hwm_ready = status_kib(app.proc.pid, "VmHWM")
            time.sleep(max(0.0, later_s - (time.perf_counter() - app.ready_at)))
            hwm_later = status_kib(app.proc.pid, "VmHWM")
            app.stop()
            if name == "ours":
                results.tray = app.ready_line
            if number >= 0:
                results.start_s[name].append(seconds)
                results.hwm_ready[name].append(hwm_ready)
                results.hwm_later[name].append(hwm_later)
        if number >= 0:
            bare, ours = results.start_s["bare"][-1], results.start_s["ours"][-1]
            print(f"  round {number + 1}/{rounds}: bare {bare * 1000:.0f} ms, "
                  f"ours {ours * 1000:.0f} ms", flush=True)


def idle_phase(cmds: dict, env: dict, display: str | None, seconds: float,
               results: Results) -> None:
    apps = {name: App(cmds[name][0], env, cmds[name][1]) for name in ("bare", "ours")}
    try:
        for app in apps.values():
            app.wait_ready()
        if display is not None:
            hide_by_tray_click(display, BARE_NAME)
            time.sleep(0.7)  # not a double click
            hide_by_tray_click(display, OUR_NAME)
        time.sleep(3)  # let start-up work (font caches, first paints) finish
        before = {name: cpu_sample(app.proc.pid) for name, app in apps.items()}
        time.sleep(seconds)
        after = {name: cpu_sample(app.proc.pid) for name, app in apps.items()}
        if display is not None:
            for name in (BARE_NAME, OUR_NAME):
                shown = visible_windows(display, name)
                icon = tray_icon(display, name)
                if icon is not None:
                    shown.discard(icon[0])
                if shown:
                    print(f"  warning: {name} mapped a window during the idle phase")
        tick = os.sysconf("SC_CLK_TCK")
        for name in apps:
            wall = after[name].at - before[name].at
            results.idle[name] = {
                "stat_percent": (after[name].ticks - before[name].ticks) / tick / wall * 100,
                "sched_percent": (after[name].run_ns - before[name].run_ns) / 1e9 / wall * 100,
                "wakeups": (after[name].switches - before[name].switches) / wall,
            }
        results.idle_seconds = seconds
    finally:
        for app in apps.values():
            app.stop()


def expiry_phase(scratch: Path, env: dict, display: str, rounds: int, results: Results) -> None:
    for number in range(rounds):
        data_dir = scratch / f"expiry-{number}"
        cli = [sys.executable, "-m", "smallsteps_desktop", "--data-dir", str(data_dir)]
        step = subprocess.run([*cli, "add", "Expiry probe", "--minutes", "1"], env=env,
                              capture_output=True, text=True, check=True).stdout.strip()
        subprocess.run([*cli, "start", step], env=env, capture_output=True, check=True)
        deadline = move_deadline(data_dir / "smallsteps.sqlite3", EXPIRY_LEAD_S)
        app = App(cli, env, READY_OURS)
        try:
            app.wait_ready()
            while tray_icon(display, OUR_NAME) is None:
                time.sleep(0.02)
            known = visible_windows(display, OUR_NAME)
            if time.time() > deadline - 0.5:
                print(f"  expiry round {number + 1}: the app was not up 0.5 s before the deadline")
                continue
            seen, polls = None, []
            while seen is None and time.time() < deadline + 5:
                polled = time.perf_counter()
                if visible_windows(display, OUR_NAME) - known:
                    seen = time.time()
                polls.append(time.perf_counter() - polled)
            if seen is None:
                print(f"  expiry round {number + 1}: no time-is-up window within 5 s")
                continue
            results.expiry_ms.append((seen - deadline) * 1000)
            results.poll_ms.append(statistics.median(polls) * 1000)
            print(f"  expiry round {number + 1}: window {results.expiry_ms[-1]:.0f} ms after the "
                  "deadline", flush=True)
        finally:
            app.stop()


def move_deadline(database: Path, lead_s: float) -> float:
    """Move the open session's start back so that its deadline is lead_s away; the deadline."""
    with closing(sqlite3.connect(database)) as conn, conn:
        sid, planned = conn.execute(
            "SELECT id, planned_seconds FROM sessions WHERE ended_at IS NULL").fetchone()
        deadline = datetime.now(UTC) + timedelta(seconds=lead_s)
        started = deadline - timedelta(seconds=planned)
        conn.execute("UPDATE sessions SET started_at = ? WHERE id = ?", (started.isoformat(), sid))
    return deadline.timestamp()


def stretch_timebox(database: Path) -> None:
    """The running timebox starts now and lasts TIMEBOX_SECONDS, so it outlasts the benchmark."""
    with closing(sqlite3.connect(database)) as conn, conn:
        conn.execute("UPDATE sessions SET started_at = ?, planned_seconds = ? "
                     "WHERE ended_at IS NULL",
                     (datetime.now(UTC).isoformat(), TIMEBOX_SECONDS))


# -- report ------------------------------------------------------------------------------------


def quartiles(values: list[float]) -> tuple[float, float]:
    if len(values) < 4:
        return min(values), max(values)
    q = statistics.quantiles(values, n=4)
    return q[0], q[2]


def verdict(ok: bool) -> str:
    return "PASS" if ok else "**MISS**"


def row(*cells: object) -> str:
    return "| " + " | ".join(str(cell) for cell in cells) + " |"


def ms_spread(values: list[float]) -> str:
    """Median milliseconds and the middle half, e.g. ``136 (120–146)``."""
    low, high = quartiles(values)
    return f"{statistics.median(values) * 1000:.0f} ({low * 1000:.0f}–{high * 1000:.0f})"


def report(results: Results, args: argparse.Namespace, note: str) -> str:
    med = statistics.median
    bare_s, ours_s = results.start_s["bare"], results.start_s["ours"]
    ratio = med(ours_s) / med(bare_s)
    low, high = quartiles([o / b for o, b in zip(ours_s, bare_s)])
    rows = [row("measure", "bare PySide6 tray app", "Small Steps", "ours vs bare", "target",
                "verdict"),
            "| --- | ---: | ---: | ---: | --- | --- |",
            row("start → ready, median ms (middle half)", ms_spread(bare_s), ms_spread(ours_s),
                f"{ratio:.2f}× (per round {low:.2f}–{high:.2f})", f"≤ {START_RATIO_TARGET}×",
                verdict(ratio <= START_RATIO_TARGET))]
    for label, data in (("at ready", results.hwm_ready),
                        (f"{args.later:g} s after ready", results.hwm_later)):
        bare, ours = med(data["bare"]) / 1024, med(data["ours"]) / 1024
        rows.append(row(f"peak RSS (VmHWM) {label}, median MiB", f"{bare:.1f}", f"{ours:.1f}",
                        f"+{ours - bare:.1f} MiB", f"≤ bare + {RSS_EXTRA_TARGET_MIB} MiB",
                        verdict(ours - bare <= RSS_EXTRA_TARGET_MIB)))
    if results.idle:
        bare, ours = results.idle["bare"], results.idle["ours"]
        for key, how in (("stat_percent", "utime+stime"), ("sched_percent", "schedstat")):
            rows.append(row(f"idle CPU over {results.idle_seconds:g} s, window hidden, "
                            f"% of one core ({how})", f"{bare[key]:.3f}", f"{ours[key]:.3f}",
                            f"{ours[key] - bare[key]:+.3f} points", f"≤ {IDLE_TARGET_PERCENT} %",
                            verdict(ours[key] <= IDLE_TARGET_PERCENT)))
        rows.append(row("idle wake-ups per second (context switches, all threads)",
                        f"{bare['wakeups']:.1f}", f"{ours['wakeups']:.1f}", "", "", ""))
    else:
        rows.append(row("idle CPU", "not measured (no X server)", "", "", "", ""))
    if results.expiry_ms:
        worst = max(results.expiry_ms)
        rows.append(row(f"timer expiry: deadline → time-is-up window mapped, median (max) ms, "
                        f"{len(results.expiry_ms)} runs", "–",
                        f"{med(results.expiry_ms):.0f} ({worst:.0f})", "",
                        f"≤ {EXPIRY_TARGET_MS} ms", verdict(worst <= EXPIRY_TARGET_MS)))
    else:
        rows.append(row("timer expiry", "–", "not measured", "", "", ""))
    lines = [f"{datetime.now().astimezone():%Y-%m-%d %H:%M %Z}; {note}",
             (f"Ready line of Small Steps: `{results.tray}`; {len(bare_s)} measured rounds "
              "(+1 warm-up), interleaved, order alternating."), "", *rows]
    if results.poll_ms:
        lines += ["", (f"Expiry poll resolution: one X query every {med(results.poll_ms):.1f} ms "
                       "(median); each figure is late by at most that much on top of the app.")]
    return "\n".join(lines)


def machine_note(platform_name: str) -> str:
    cpu = "unknown CPU"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    import PySide6

    return (f"{platform.system()} {platform.release()}, {os.cpu_count()} cores ({cpu}), "
            f"Python {platform.python_version()}, PySide6 {PySide6.__version__}, "
            f"Qt platform {platform_name}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=15, help="measured start-up rounds")
    parser.add_argument("--steps", type=int, default=200, help="steps in the data folder")
    parser.add_argument("--later", type=float, default=5.0,
                        help="seconds after ready for the second VmHWM reading")
    parser.add_argument("--idle-seconds", type=float, default=60.0)
    parser.add_argument("--expiry-rounds", type=int, default=5)
    parser.add_argument("--offscreen", action="store_true",
                        help="no Xvfb/trayer: QT_QPA_PLATFORM=offscreen, no idle or expiry phase")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args(argv)
    missing = [tool for tool in ("Xvfb", "trayer", "xdotool") if not shutil.which(tool)]
    if missing and not args.offscreen:
        print(f"missing {', '.join(missing)} (bash scripts/system-deps.sh test); using offscreen")
        args.offscreen = True

    scratch = Path(tempfile.mkdtemp(prefix="ss-gui-"))
    try:
        data_dir = scratch / "data"
        stats = build_data(data_dir, args.steps)
        stretch_timebox(data_dir / "smallsteps.sqlite3")
        print(f"Data: {stats.steps} steps ({stats.chores} chores), sessions {stats.sessions}")
        bare_script = scratch / "bare_tray.py"
        bare_script.write_text(BARE)
        env, _ = user_environment(scratch)
        runtime = scratch / "rt"
        runtime.mkdir(mode=0o700)
        env["XDG_RUNTIME_DIR"] = str(runtime)
        cmds = commands(data_dir, bare_script)
        results = Results()
        with (nullcontext_display() if args.offscreen else xvfb_with_trayer(scratch)) as display:
            if display is None:
                env["QT_QPA_PLATFORM"] = "offscreen"
            else:
                env["DISPLAY"], env["QT_QPA_PLATFORM"] = display, "xcb"
            print(f"Start-up and memory: {args.rounds} rounds (+1 warm-up)", flush=True)
            startup_rounds(cmds, env, args.rounds, args.later, results)
            if display is not None and args.idle_seconds > 0:
                print(f"Idle CPU: both apps for {args.idle_seconds:g} s, windows hidden",
                      flush=True)
                idle_phase(cmds, env, display, args.idle_seconds, results)
            if display is not None and args.expiry_rounds > 0:
                print(f"Timer expiry: {args.expiry_rounds} runs", flush=True)
                expiry_phase(scratch, env, display, args.expiry_rounds, results)
        note = machine_note("offscreen" if args.offscreen else "xcb (Xvfb + trayer)")
        print()
        print(report(results, args, note))
    finally:
        if args.keep:
            print(f"Kept {scratch}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)
    return 0


@contextmanager
def nullcontext_display() -> Iterator[None]:
    yield None


if __name__ == "__main__":
    sys.exit(main())
