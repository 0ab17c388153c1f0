"""Crash harness: SIGKILL the command line and the tray app at random moments; lose nothing.

Usage (from the repository root)::

    .venv/bin/python bench/crash_harness.py [--kills 200] [--seed N]

A scripted workload runs against one data folder while the tray app runs on it
(offscreen): steps are added, timeboxes started, paused, resumed, finished and
skipped with smaller steps, each as a ``smallsteps`` command. At random moments
either a command is killed with SIGKILL a few milliseconds after it started,
or the tray app is. After every kill:

- ``PRAGMA integrity_check`` is ``ok``;
- every action whose command had exited 0 is in the data (titles by id);
- the timer is in the state of the last finished action, or of the killed one
  if it got to commit (never anything else);
- after the tray app is killed and started again, it reaches its ready line and
  shows the same timebox (same session, same state).

Prints the counts and exits 1 on the first broken promise (with what broke).
Results are recorded in docs/reliability.md.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


class Broken(AssertionError):
    """A promise of the data layer did not hold."""


class Harness:
    def __init__(self, home: Path, rng: random.Random) -> None:
        self.home, self.rng = home, rng
        self.env = {**os.environ, "SMALLSTEPS_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
        self.titles: dict[int, str] = {}
        self.app: subprocess.Popen | None = None
        self.counts = dict.fromkeys(("commands", "command kills", "kills after a commit",
                                     "app kills", "checks"), 0)

    # -- processes -----------------------------------------------------------------------

    def _command(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "smallsteps_desktop", *args]

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        self.counts["commands"] += 1
        return subprocess.run(self._command(*args), env=self.env, capture_output=True,
                              text=True, timeout=60, cwd=ROOT)

    def current(self) -> tuple[int | None, str, float]:
        """(current step, timer state, planned seconds) as the command line reports it."""
        done = self.run("current", "--json")
        if done.returncode != 0:
            raise Broken(f"current --json failed after a kill: {done.stderr}")
        view = json.loads(done.stdout)
        step = view["step"]["id"] if view["step"] else None
        state = view["timer"]["state"]
        # A running timebox may run out while the harness works: the same timebox.
        return step, "running" if state == "expired" else state, view["timer"]["planned_seconds"]

    def start_app(self) -> None:
        self.app = subprocess.Popen(self._command(), env=self.env, stderr=subprocess.PIPE,
                                    text=True, cwd=ROOT)
        deadline, seen = time.monotonic() + 60, ""
        while "ready tray=" not in seen and time.monotonic() < deadline:
            line = self.app.stderr.readline()
            if not line:
                break
            seen += line
        if "ready tray=" not in seen:
            raise Broken(f"the tray app did not start after a kill:\n{seen}")
        os.set_blocking(self.app.stderr.fileno(), False)  # never block on its later output

    def kill_app(self) -> None:
        self.app.send_signal(signal.SIGKILL)
        self.app.wait(timeout=20)
        self.counts["app kills"] += 1

    # -- the workload -----------------------------------------------------------------------

    def next_action(self, state: str) -> tuple[str, ...]:
        if state == "idle" or not self.titles:
            if self.rng.random() < 0.5 or not self.titles:
                return ("add", f"Step {len(self.titles) + 1}: post a photo")
            return ("start",)
        return self.rng.choice({
            "running": [("pause",), ("done", "--learning", "It went well"),
                        ("skip", "--stuck", "Too big", "--reason", "too-big", "--split",
                         "A smaller part", "--split", "The rest", "--decide", "self")],
            "paused": [("resume",), ("done",)],
        }[state])

    def act(self, args: tuple[str, ...]) -> None:
        done = self.run(*args)
        if done.returncode == 0 and args[0] == "add":
            self.titles[int(done.stdout)] = args[1]
        elif done.returncode not in (0, 1):
            raise Broken(f"{args} failed unexpectedly: {done.stderr}")

    def act_and_kill(self, args: tuple[str, ...]) -> None:
        """Start the command, kill it a few milliseconds in; it may or may not have committed."""
        process = subprocess.Popen(self._command(*args), env=self.env, cwd=ROOT,
                                   stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        time.sleep(self.rng.uniform(0.0, 0.25))  # start-up takes about 0.1-0.2 s
        process.send_signal(signal.SIGKILL)
        out, _ = process.communicate(timeout=20)
        self.counts["commands"] += 1
        self.counts["command kills"] += 1
        if process.returncode == 0 and args[0] == "add":  # it finished before the kill
            self.titles[int(out)] = args[1]

    # -- the promises -----------------------------------------------------------------------

    def check(self, allowed: set[tuple[int | None | object, str]]) -> tuple[int | None, str]:
        """The promises after a kill; allowed: timer states, ANY standing for a new step."""
        self.counts["checks"] += 1
        with closing(sqlite3.connect(self.home / "smallsteps.sqlite3", timeout=30)) as conn:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
            if result != "ok":
                raise Broken(f"integrity_check: {result}")
            stored = dict(conn.execute("SELECT id, title FROM steps"))
        lost = {i: t for i, t in self.titles.items() if stored.get(i) != t}
        if lost:
            raise Broken(f"committed steps lost or changed: {lost}")
        step, state, _ = self.current()
        if (step, state) not in allowed and (ANY, state) not in allowed:
            raise Broken(f"timer is {(step, state)}, expected one of {allowed}")
        return step, state


ANY = object()  # a step the action makes current whose id the harness cannot know


def effect(before: tuple[int | None, str], args: tuple[str, ...]) -> tuple[object, str]:
    """The timer after ``args`` completes, starting from ``before``."""
    step, state = before
    return {
        "add": (step, state),
        "start": (step if step is not None else ANY, "running"),
        "pause": (step, "paused"),
        "resume": (step, "running"),
        "done": (None, "idle"),
        "skip": (ANY, "idle"),  # the first smaller step becomes current
    }[args[0]]


def run_harness(kills: int, seed: int, home: Path) -> dict[str, int]:
    rng = random.Random(seed)
    harness = Harness(home, rng)
    harness.act(("add", "The first step"))
    harness.start_app()
    try:
        state = harness.check({(None, "idle")})
        while harness.counts["command kills"] + harness.counts["app kills"] < kills:
            for _ in range(rng.randint(0, 3)):  # some actions run to the end
                harness.act(harness.next_action(state[1]))
                state = harness.current()[:2]
            if rng.random() < 0.15:
                before = harness.current()
                harness.kill_app()
                harness.start_app()
                if harness.current() != before:  # the same timebox, restored
                    raise Broken(f"after the app restarted: {harness.current()} != {before}")
                state = harness.check({before[:2]})
            else:
                args = harness.next_action(state[1])
                harness.act_and_kill(args)
                before, state = state, harness.check({state, effect(state, args)})
                harness.counts["kills after a commit"] += state != before
    finally:
        if harness.app and harness.app.poll() is None:
            harness.app.send_signal(signal.SIGTERM)
            harness.app.wait(timeout=20)
    return harness.counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    args = parser.parse_args(argv)
    began = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="smallsteps-crash-") as folder:
        try:
            counts = run_harness(args.kills, args.seed, Path(folder) / "home")
        except Broken as broken:
            print(f"BROKEN (seed {args.seed}): {broken}", file=sys.stderr)
            return 1
    summary = ", ".join(f"{name}: {count}" for name, count in counts.items())
    print(f"OK (seed {args.seed}, {time.monotonic() - began:.0f} s): {summary}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
