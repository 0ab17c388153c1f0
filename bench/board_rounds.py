"""The Qt half of bench/board.py: timed rounds on one data folder, and the results table."""

from __future__ import annotations

import platform
import random
import sqlite3
import statistics
from collections import defaultdict
from datetime import datetime, timezone
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTreeView

from smallsteps_desktop.app import open_services
from smallsteps_desktop.core.models import StepStatus
from smallsteps_desktop.paths import resolve_paths
from smallsteps_desktop.ui.board import Board

KEYSTROKES = ["p", "po", "pos", "post", ""]


def _time_ms(action) -> float:
    import time

    began = time.perf_counter()
    action()
    return (time.perf_counter() - began) * 1000


def _settle(widget) -> None:
    QApplication.processEvents()
    widget.repaint()  # paint now, so the figure includes drawing what is visible


def baseline_open(database: Path) -> float:
    """A plain Qt tree of the same rows: one SELECT, one model, one view, painted."""
    view = QTreeView()
    view.resize(1360, 800)

    def build() -> None:
        conn = sqlite3.connect(database)
        rows = conn.execute("SELECT id, parent_id, title FROM steps ORDER BY parent_id, position")
        model = QStandardItemModel(view)
        items: dict[int, QStandardItem] = {}
        root = model.invisibleRootItem()
        for step_id, parent_id, title in rows:
            items[step_id] = item = QStandardItem(title)
            (items.get(parent_id, root) if parent_id else root).appendRow(item)
        conn.close()
        view.setModel(model)
        view.expandAll()
        view.show()
        _settle(view)

    elapsed = _time_ms(build)
    view.close()
    view.deleteLater()
    return elapsed


def board_round(services, rng: random.Random, results: dict[str, list[float]]) -> None:
    board: Board | None = None

    def open_board() -> None:
        nonlocal board
        board = Board(services, lambda: services.board_queries.quota(3, 60))
        board.open()
        _settle(board.window)

    results["board open"].append(_time_ms(open_board))
    window = board.window
    for text in KEYSTROKES:
        results["filter keystroke"].append(
            _time_ms(lambda: (window.search_edit.setText(text), _settle(window))))
    movable = [i for i in board.controller.model.step_ids()
               if board.controller.model.item_of(i).step.status is StepStatus.NEXT]
    for step_id in rng.sample(movable, 5):
        results["move saved"].append(
            _time_ms(lambda: (board.move(step_id, StepStatus.STUCK), _settle(window))))
    window.close()
    window.deleteLater()
    board.deleteLater()
    QApplication.processEvents()


def run_rounds(data_dir: Path, rounds: int) -> dict[str, list[float]]:
    app = QApplication.instance() or QApplication(["bench", "-style", "Fusion"])
    services = open_services(resolve_paths(data_dir))
    rng = random.Random(11)
    results: dict[str, list[float]] = defaultdict(list)
    try:
        for number in range(rounds + 1):
            round_results: dict[str, list[float]] = defaultdict(list)
            round_results["baseline open"].append(baseline_open(services.paths.database))
            board_round(services, rng, round_results)
            if number:  # the first round warms caches and imports
                for key, values in round_results.items():
                    results[key].extend(values)
            summary = ", ".join(f"{k} {statistics.median(v):.0f} ms"
                                for k, v in round_results.items())
            print(f"  round {number}/{rounds}{' (warm-up)' if not number else ''}: {summary}")
    finally:
        services.close()
    del app
    return results


def table(results: dict[str, list[float]], targets: dict[str, float], args) -> str:
    baseline = statistics.median(results["baseline open"])
    lines = [
        f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC; {platform.platform(terse=True)}, "
        f"Python {platform.python_version()}, PySide6 {pyside_version}, offscreen; "
        f"{args.steps} steps, {args.sessions} sessions, {args.rounds} rounds (+1 warm-up).",
        "",
        "| measure | median ms | min–max ms | vs baseline open | target | verdict |",
        "| --- | ---: | ---: | ---: | --- | --- |",
    ]
    for key in ("baseline open", "board open", "filter keystroke", "move saved"):
        values = results[key]
        median = statistics.median(values)
        target = targets.get(key)
        verdict = "" if target is None else ("PASS" if median <= target else "**MISS**")
        lines.append(f"| {key} | {median:.1f} | {min(values):.1f}–{max(values):.1f} | "
                     f"{median / baseline:.2f}× | {f'≤ {target:.0f} ms' if target else ''} | "
                     f"{verdict} |")
    return "\n".join(lines)
