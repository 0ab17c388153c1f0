"""Command-line start-up benchmark: Small Steps with 20,000 steps against Watson.

Usage (from the repository root, with the project's virtualenv)::

    .venv/bin/python bench/cli_startup.py [--steps 20000] [--runs 20]

One run does everything:

1. builds a temporary data folder holding ``--steps`` steps (about one chore
   per ten steps, nine steps each, a few thousand finished timeboxes, stuck
   notes, briefs, learnings, the event log, a settings.json and one running
   timebox), in one transaction through the app's own repository API;
2. times each command as a fresh process, with one method and in interleaved
   order: every round runs every command once, so a noisy neighbour slows all
   of them alike. hyperfine (``-N``, ``--output=pipe``) measures each run when
   it is installed; otherwise a ``time.perf_counter`` loop around
   ``subprocess.run`` does, reading the output through a pipe just the same;
3. prints a table (median and mean, ratios to ``python -c pass`` and to
   ``watson status``) and a verdict per Small Steps command against the
   target "at most as slow as ``watson status``".

Watson comes from the ``bench`` extra (``pip install -e '.[bench]'``); if its
``watson`` script is missing the benchmark installs ``td-watson`` into the
running interpreter's environment with pip. Watson keeps its files in a
temporary ``WATSON_DIR``, so a real Watson log is never touched.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

WATSON_REQUIREMENT = "td-watson>=2.1"
BASELINE = "python -c pass"
REFERENCE = "watson status"
AREAS = ("Social media", "Newsletter", "Website", "Local press", "Reviews", "Events", None)
CHORES = ("Post on Instagram", "Write the newsletter", "Update the opening hours",
          "Ask customers for reviews", "Call the local paper", "Refresh the shop window",
          "Plan the summer sale", "Fix the Google profile", "Print new flyers",
          "Answer old emails")
STEP_VERBS = ("Draft", "Find", "Photograph", "Ask about", "List", "Check", "Send",
              "Sketch", "Pick", "Schedule")
STEP_NOUNS = ("the text", "two photos", "the price", "the address list", "a headline",
              "the date", "the logo file", "three ideas", "the budget", "a template")


# -- the data ------------------------------------------------------------------


@dataclass
class DataStats:
    steps: int = 0
    chores: int = 0
    sessions: dict[str, int] = field(default_factory=dict)
    statuses: dict[str, int] = field(default_factory=dict)
    events: int = 0
    seconds: float = 0.0


def build_data(data_dir: Path, total_steps: int, seed: int = 20_000) -> DataStats:
    """Fill ``data_dir`` with a realistic history of ``total_steps`` steps.

    One call of the StepService per step would be an fsync'd transaction each,
    and ``done`` re-reads every step to find the next one, so the history is
    written in a single transaction through the repository the services use,
    with back-dated timestamps. The running timebox at the end is started
    through ``services.steps.start()``, the real use case.
    """
    from smallsteps_desktop.app import open_services
    from smallsteps_desktop.core.models import Decision, Outcome, StepStatus, StuckReason
    from smallsteps_desktop.core.records import Brief, Learning, NewStep, StuckNote
    from smallsteps_desktop.paths import resolve_paths
    from smallsteps_desktop.settings import Settings, save_settings

    began = time.perf_counter()
    rng = random.Random(seed)
    paths = resolve_paths(data_dir)
    # The app's own writer: every default key, as a user's saved settings look.
    save_settings(paths.settings_file, Settings(timebox_minutes=5))
    services = open_services(paths)
    now = datetime.now(timezone.utc)
    history_start = now - timedelta(days=730)
    chores = max(1, min(total_steps, round(total_steps / 10)))
    per_chore, extra = divmod(total_steps - chores, chores)

    def session(repo, step_id, started, outcome, minutes=5):
        worked = float(rng.randint(60, minutes * 60 + 120))
        opened = repo.add_session(step_id, started, minutes * 60)
        ended = started + timedelta(seconds=worked)
        repo.save_session(opened._replace(ended_at=ended, outcome=outcome, actual_seconds=worked))
        repo.log(started, "started", step_id, {})
        repo.log(ended, str(outcome.value), step_id, {})
        return ended

    try:
        with services.store.write() as repo:
            for number in range(chores):
                created = history_start + timedelta(minutes=number * 730 * 24 * 60 / chores)
                area = rng.choice(AREAS)
                title = f"{CHORES[number % len(CHORES)]} ({number + 1})"
                chore_id = repo.add_step(NewStep(title, None, StepStatus.INBOX, area,
                                                 rng.randint(1, 5), 5, created))
                repo.log(created, "added", chore_id, {"parent_id": None})
                # Old chores are more often finished: every step done (or dropped).
                finished = rng.random() < 0.25 * (1 - number / chores)
                children = per_chore + (1 if number < extra else 0)
                closed: list[datetime | None] = []  # when each closed step closed
                for index in range(children):
                    at = created + timedelta(minutes=index + 1)
                    title = f"{rng.choice(STEP_VERBS)} {rng.choice(STEP_NOUNS)}"
                    step_id = repo.add_step(NewStep(title, chore_id, StepStatus.NEXT, area,
                                                    None, 5, at))
                    repo.log(at, "added", step_id, {"parent_id": chore_id})
                    worked_at = min(at + timedelta(hours=rng.uniform(1, 24 * 60)),
                                    now - timedelta(hours=1))
                    step = repo.step(step_id)
                    fate = pick_fate(rng, finished)
                    if fate == "done":  # in a timebox, sometimes after an interruption
                        if rng.random() < 0.15:
                            session(repo, step_id, worked_at - timedelta(hours=2),
                                    Outcome.INTERRUPTED)
                        ended = session(repo, step_id, worked_at, Outcome.DONE)
                        repo.save_step(step._replace(status=StepStatus.DONE, done_at=ended,
                                               updated_at=ended))
                        if rng.random() < 0.4:
                            repo.set_learning(Learning(step_id, "Two new customers asked.", ended))
                        closed.append(ended)
                    elif fate in ("stuck", "delegated"):  # skipped: what's stuck?
                        ended = session(repo, step_id, worked_at, Outcome.SKIPPED)
                        reason = rng.choice(list(StuckReason))
                        repo.add_stuck_note(StuckNote(step_id, reason, "No photo yet.", ended))
                        if fate == "delegated":
                            repo.save_step(step._replace(status=StepStatus.DELEGATED,
                                                   decision=Decision.OUTSOURCE, updated_at=ended))
                            repo.set_brief(Brief(step_id, "Anna", step.title, "When it is online",
                                                 date(2026, 6, 30), ended))
                            closed.append(None)
                        else:
                            repo.save_step(step._replace(status=StepStatus.STUCK,
                                                   updated_at=ended))
                    elif fate == "dropped":
                        repo.save_step(step._replace(status=StepStatus.DROPPED,
                                               updated_at=worked_at))
                        closed.append(worked_at)
                    # otherwise the step stays open ("next") and so does its chore
                if children and len(closed) == children and all(closed):
                    chore = repo.step(chore_id)
                    last = max(closed)
                    repo.save_step(chore._replace(status=StepStatus.DONE, done_at=last,
                                           updated_at=last))
                    repo.log(last, "done", chore_id, {"because": "all smaller steps done"})
        # The real use case: the next step becomes current with a running timebox.
        services.steps.start()
        conn = services.store.connection
        stats = DataStats(
            steps=conn.execute("SELECT count(*) FROM steps").fetchone()[0],
            chores=conn.execute("SELECT count(*) FROM steps WHERE parent_id IS NULL").fetchone()[0],
            sessions=dict(conn.execute("SELECT coalesce(outcome, 'running'), count(*)"
                                       " FROM sessions GROUP BY 1").fetchall()),
            statuses=dict(conn.execute("SELECT status, count(*) FROM steps GROUP BY 1").fetchall()),
            events=conn.execute("SELECT count(*) FROM events").fetchone()[0],
        )
    finally:
        services.close()
    stats.seconds = time.perf_counter() - began
    return stats


def pick_fate(rng: random.Random, finished: bool) -> str:
    """What became of one step: done, stuck, delegated, dropped or (still) open."""
    if finished:
        return "done" if rng.random() < 0.95 else "dropped"
    roll = rng.random()
    for fate, below in (("done", 0.08), ("stuck", 0.13), ("delegated", 0.15), ("dropped", 0.17)):
        if roll < below:
            return fate
    return "open"


# -- the commands --------------------------------------------------------------


@dataclass
class Command:
    name: str
    argv: list[str]
    ours: bool = False
    times: list[float] = field(default_factory=list)  # seconds, one per measured round

    @property
    def median_ms(self) -> float:
        return statistics.median(self.times) * 1000

    @property
    def mean_ms(self) -> float:
        return statistics.fmean(self.times) * 1000


def find_script(name: str) -> str | None:
    """A console script of the running interpreter's environment, else one on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    return shutil.which(name)


def ensure_watson() -> str | None:
    watson = find_script("watson")
    if watson:
        return watson
    print(f"watson not found: installing {WATSON_REQUIREMENT} with pip ...", flush=True)
    result = subprocess.run([sys.executable, "-m", "pip", "install", "-q", WATSON_REQUIREMENT])
    if result.returncode != 0:
        print("Could not install Watson; its rows are left out.", file=sys.stderr)
        return None
    return find_script("watson")


def build_commands(data_dir: Path, watson: str | None) -> list[Command]:
    smallsteps = find_script("smallsteps")
    if smallsteps is None:
        sys.exit("The smallsteps command is not installed: pip install -e . first.")
    ours = [smallsteps, "--data-dir", str(data_dir)]
    commands = [
        Command(BASELINE, [sys.executable, "-c", "pass"]),
        Command('smallsteps add "Bench step"', [*ours, "add", "Bench step"], ours=True),
        Command("smallsteps list --json", [*ours, "list", "--json"], ours=True),
        Command("smallsteps current --json", [*ours, "current", "--json"], ours=True),
    ]
    if watson:
        # In this order each round: status sees no running project (its quickest
        # case, so the stricter target), start finds none, stop finds one.
        commands += [
            Command(REFERENCE, [watson, "status"]),
            Command("watson start X", [watson, "start", "X"]),
            Command("watson stop", [watson, "stop"]),
        ]
    return commands


def user_environment(scratch: Path) -> tuple[dict[str, str], list[str]]:
    """The environment a user's shell gives the commands, the same for all of them.

    Interpreter switches that a developer or CI shell may export
    (PYTHONUNBUFFERED turns ``list --json`` into a million ``write`` calls,
    PYTHONDONTWRITEBYTECODE recompiles every module of an editable install on
    each start) are not passed on. Bytecode is cached under the scratch folder
    (PYTHONPYCACHEPREFIX), so the source tree gets no ``__pycache__`` and the
    warm-up rounds fill the cache for every command alike.
    """
    keep = {"PYTHONPATH", "PYTHONHOME"}
    dropped = [name for name in os.environ
               if name.startswith("PYTHON") and name not in keep
               or name == "SMALLSTEPS_HOME"]
    env = {name: value for name, value in os.environ.items() if name not in dropped}
    env["PYTHONPYCACHEPREFIX"] = str(scratch / "pycache")
    return env, dropped


def preflight(commands: list[Command], env: dict[str, str], expected_steps: int) -> None:
    """Run each command once and check that it works on this data."""
    for command in commands:
        result = subprocess.run(command.argv, env=env, capture_output=True, text=True)
        if result.returncode != 0:
            sys.exit(f"{command.name} failed ({result.returncode}): {result.stderr.strip()}")
        if command.name.startswith("smallsteps add"):
            expected_steps += 1
        if command.name == "smallsteps list --json":
            listed = len(json.loads(result.stdout))
            if listed != expected_steps:
                sys.exit(f"list --json printed {listed} steps, expected {expected_steps}")
        if command.name == "smallsteps current --json":
            if json.loads(result.stdout)["timer"]["state"] != "running":
                sys.exit("current --json shows no running timebox")


def round_with_hyperfine(hyperfine: str, commands: list[Command], env: dict[str, str],
                         export: Path) -> list[float]:
    argv = [hyperfine, "-N", "--runs", "1", "--style", "none", "--output", "pipe",
            "--export-json", str(export)]
    for command in commands:
        argv += ["--command-name", command.name]
    argv += [shlex.join(command.argv) for command in commands]
    result = subprocess.run(argv, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"hyperfine failed: {result.stderr.strip()}")
    results = json.loads(export.read_text())["results"]
    return [entry["times"][0] for entry in results]


def round_with_python(commands: list[Command], env: dict[str, str]) -> list[float]:
    times = []
    for command in commands:
        began = time.perf_counter()
        result = subprocess.run(command.argv, env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - began)
        if result.returncode != 0:
            sys.exit(f"{command.name} failed with exit code {result.returncode}")
    return times


def measure(commands: list[Command], env: dict[str, str], runs: int, warmup: int,
            hyperfine: str | None, scratch: Path) -> None:
    export = scratch / "round.json"
    for number in range(warmup + runs):
        if hyperfine:
            times = round_with_hyperfine(hyperfine, commands, env, export)
        else:
            times = round_with_python(commands, env)
        if number >= warmup:
            for command, seconds in zip(commands, times):
                command.times.append(seconds)
        print(f"\rround {number + 1}/{warmup + runs}"
              f"{' (warm-up)' if number < warmup else ''}   ", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)


# -- the report ----------------------------------------------------------------


def table(commands: list[Command]) -> str:
    by_name = {command.name: command for command in commands}
    base = by_name[BASELINE].median_ms
    reference = by_name[REFERENCE].median_ms if REFERENCE in by_name else None
    lines = [
        "| command | median ms | mean ms | min–max ms | × `python -c pass` | × `watson status` |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for command in commands:
        ratio = f"{command.median_ms / reference:.2f}" if reference else "n/a"
        lines.append(
            f"| `{command.name}` | {command.median_ms:.1f} | {command.mean_ms:.1f} | "
            f"{min(command.times) * 1000:.0f}–{max(command.times) * 1000:.0f} | "
            f"{command.median_ms / base:.2f} | {ratio} |")
    return "\n".join(lines)


def verdicts(commands: list[Command]) -> list[str]:
    by_name = {command.name: command for command in commands}
    reference = by_name.get(REFERENCE)
    lines = []
    for command in (c for c in commands if c.ours):
        if reference is None:
            lines.append(f"- `{command.name}`: no verdict (Watson missing)")
            continue
        ratio = command.median_ms / reference.median_ms
        paired = sorted(a / b for a, b in zip(command.times, reference.times))
        low, high = paired[len(paired) // 4], paired[(3 * len(paired)) // 4]
        verdict = "PASS" if ratio <= 1.0 else "MISS"
        lines.append(
            f"- {verdict} `{command.name}`: {command.median_ms:.1f} ms vs "
            f"{reference.median_ms:.1f} ms, {ratio:.2f}× `watson status` "
            f"(per-round ratio, middle half: {low:.2f}–{high:.2f})")
    return lines


def machine_note(hyperfine: str | None) -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    if hyperfine:
        version = subprocess.run([hyperfine, "--version"], capture_output=True, text=True)
        method = f"{version.stdout.strip()} (-N --output=pipe, one run per command per round)"
    else:
        method = "time.perf_counter around subprocess.run (hyperfine not found)"
    return (f"{platform.system()} {platform.release()}, {os.cpu_count()} cores ({cpu}), "
            f"Python {platform.python_version()}; timing: {method}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--steps", type=int, default=20_000, help="steps in the data folder")
    parser.add_argument("--runs", type=int, default=20, help="measured rounds")
    parser.add_argument("--warmup", type=int, default=3, help="unmeasured rounds first")
    parser.add_argument("--no-hyperfine", action="store_true",
                        help="time with the Python loop even if hyperfine is installed")
    parser.add_argument("--keep", action="store_true",
                        help="keep the temporary folders (their path is printed)")
    parser.add_argument("--export", metavar="FILE", help="also write all times as JSON")
    args = parser.parse_args(argv)
    if args.steps < 1 or args.runs < 1 or args.warmup < 0:
        parser.error("--steps and --runs must be at least 1, --warmup at least 0")

    try:
        import smallsteps_desktop  # noqa: F401
    except ImportError:
        sys.exit("Run this with the project's Python (pip install -e '.[bench]' first), "
                 "e.g. .venv/bin/python bench/cli_startup.py")

    scratch = Path(tempfile.mkdtemp(prefix="smallsteps-bench-"))
    data_dir, watson_dir = scratch / "data", scratch / "watson"
    watson_dir.mkdir()
    try:
        hyperfine = None if args.no_hyperfine else shutil.which("hyperfine")
        watson = ensure_watson()
        print(f"Building {args.steps:,} steps in {data_dir} ...", flush=True)
        stats = build_data(data_dir, args.steps)
        size = sum(f.stat().st_size for f in data_dir.rglob("*") if f.is_file())
        print(f"  {stats.steps:,} steps ({stats.chores:,} chores), statuses {stats.statuses}, "
              f"sessions {stats.sessions}, {stats.events:,} events, {size / 1e6:.1f} MB, "
              f"built in {stats.seconds:.1f} s")

        env, dropped = user_environment(scratch)
        env["WATSON_DIR"] = str(watson_dir)
        if dropped:
            print(f"  not passed on to the commands: {', '.join(sorted(dropped))}")
        commands = build_commands(data_dir, watson)
        preflight(commands, env, stats.steps)
        print(f"Timing {len(commands)} commands: {args.warmup} warm-up + {args.runs} measured "
              "rounds, each round runs every command once in turn", flush=True)
        measure(commands, env, args.runs, args.warmup, hyperfine, scratch)

        print()
        print(f"{datetime.now().astimezone():%Y-%m-%d %H:%M %Z}; {machine_note(hyperfine)}")
        print(f"Data: {stats.steps:,} steps at the start (`add` adds one per round).")
        print()
        print(table(commands))
        print()
        print("Target: each Small Steps command at most as slow as `watson status` (median).")
        print("\n".join(verdicts(commands)))
        if args.export:
            Path(args.export).write_text(json.dumps({
                "steps": stats.steps, "runs": args.runs, "warmup": args.warmup,
                "machine": machine_note(hyperfine),
                "results": [{"command": c.name, "argv": c.argv, "times": c.times}
                            for c in commands],
            }, indent=2))
    finally:
        if args.keep:
            print(f"Kept {scratch}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
