"""Listing many steps: only the data file is loaded, and a reader may stop early."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from e2e.cli_runner import command_env, json_of, run
from smallsteps_desktop.app import open_services
from smallsteps_desktop.paths import resolve_paths

STEPS = 1500  # several pipe buffers of output


@pytest.fixture(scope="module")
def big_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("listing") / "data"
    services = open_services(resolve_paths(home))
    try:
        services.board.add_chore("Write to every customer",
                                 [f"Write to customer {n} about the »Sommerfest«"
                                  for n in range(1, STEPS)], area="Newsletter")
    finally:
        services.close()
    return home


@pytest.mark.parametrize("json_flag", [True, False], ids=["json", "lines"])
def test_a_reader_that_stops_early_gets_no_traceback(big_home: Path, json_flag: bool) -> None:
    args = ["list", "--json"] if json_flag else ["list"]
    with subprocess.Popen(
            [sys.executable, "-m", "smallsteps_desktop", "--data-dir", str(big_home), *args],
            env=command_env(big_home), stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:
        assert process.stdout is not None and process.stderr is not None
        first = process.stdout.read(200)
        process.stdout.close()  # like `smallsteps list | head`
        errors = process.stderr.read().decode()
        assert process.wait(timeout=30) == 1
    assert first.startswith(b'[{"id":1,' if json_flag else b"     1  inbox")
    assert errors == ""


def test_the_whole_listing_arrives_intact(big_home: Path) -> None:
    steps = json_of("list", home=big_home)
    assert len(steps) == STEPS
    assert steps[0]["children"] == list(range(2, STEPS + 1))
    assert steps[-1]["title"] == f"Write to customer {STEPS - 1} about the »Sommerfest«"


def test_listing_loads_only_what_it_needs(big_home: Path) -> None:
    result = run("list", "--json", home=big_home, python_flags=("-X", "importtime"))
    assert result.returncode == 0, result.stderr
    modules = {line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines()
               if line.startswith("import time:")}
    assert "smallsteps_desktop.storage.step_json" in modules  # the log covers our code
    heavy = {"smallsteps_desktop.core.services", "smallsteps_desktop.core.board",
             "smallsteps_desktop.core.models", "smallsteps_desktop.storage.repositories",
             "smallsteps_desktop.settings", "dataclasses", "typing"}
    assert modules & heavy == set()
    assert json.loads(result.stdout)[0]["id"] == 1
