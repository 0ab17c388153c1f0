"""Opening the app without the command line's parser: only where the parser would agree."""

from __future__ import annotations

import sys

import pytest

from smallsteps_desktop import gui_launch
from smallsteps_desktop.cli import build_parser
from smallsteps_desktop.gui_launch import open_app, opens_app_only

APP_ONLY = [[], ["--data-dir", "/tmp/d"], ["--data-dir=/tmp/d"], ["--data-dir", "my data"],
            ["--data-dir", "~/d"]]
FOR_THE_PARSER = [
    ["list"], ["--paths"], ["--help"], ["--version"], ["--data-dir"], ["--data-dir", ""],
    ["--data-dir="], ["--data-dir", "-x"], ["--data", "/tmp/d"], ["--data-dir", "/a", "list"],
    ["--data-dir", "/a", "--data-dir", "/b"], ["--paths", "--data-dir", "/a"], ["-h"],
    ["--data-dir", "/a", "--paths"], ["current", "--data-dir", "/a"],
]


@pytest.mark.parametrize("args", APP_ONLY)
def test_plain_launches_skip_the_parser_and_mean_the_same(args: list[str]) -> None:
    app_only, data_dir = opens_app_only(args)
    assert app_only
    parsed = build_parser().parse_args(args)
    assert (parsed.command, parsed.paths, parsed.data_dir) == (None, False, data_dir)


@pytest.mark.parametrize("args", FOR_THE_PARSER)
def test_everything_else_goes_to_the_parser(args: list[str]) -> None:
    assert opens_app_only(args) == (False, None)


def test_a_refusal_is_reported_like_the_command_line_does(monkeypatch, capsys) -> None:
    from smallsteps_desktop.core.errors import SmallStepsError

    def refuse(paths, argv):
        raise SmallStepsError("Cannot use the data file /x.")

    import smallsteps_desktop.app

    monkeypatch.setattr(smallsteps_desktop.app, "run_gui", refuse)
    monkeypatch.setattr(sys, "argv", ["smallsteps"])
    assert open_app("/tmp/d") == gui_launch.EXIT_REFUSED == 1
    assert capsys.readouterr().err == "smallsteps: Cannot use the data file /x.\n"


def test_the_smallsteps_command_opens_the_app_without_its_parser(monkeypatch) -> None:
    # The menu entry runs `smallsteps` (cli.main), as does `python -m smallsteps_desktop`.
    from smallsteps_desktop import cli

    opened = []
    monkeypatch.setattr(gui_launch, "open_app", lambda data_dir: opened.append(data_dir) or 7)
    monkeypatch.setattr(cli, "build_parser", lambda: pytest.fail("the parser was built"))
    assert cli.main(["--data-dir", "/tmp/d"]) == 7
    assert cli.main([]) == 7
    assert opened == ["/tmp/d", None]


@pytest.mark.parametrize("outcome", ["returns", "refused", "raises"])
def test_no_garbage_collection_while_starting_and_always_after(monkeypatch, outcome) -> None:
    import gc

    import smallsteps_desktop.app
    from smallsteps_desktop.core.errors import SmallStepsError

    seen = []

    def run_gui(paths, argv):
        seen.append(gc.isenabled())
        if outcome == "refused":
            raise SmallStepsError("Cannot use the data file /x.")
        if outcome == "raises":
            raise RuntimeError("a bug")
        return 0

    monkeypatch.setattr(smallsteps_desktop.app, "run_gui", run_gui)
    assert gc.isenabled()
    if outcome == "raises":
        with pytest.raises(RuntimeError):
            open_app("/tmp/d")
    else:
        open_app("/tmp/d")
    assert seen == [False] and gc.isenabled()


def test_a_launch_the_parser_reads_opens_the_app_the_same_way(monkeypatch) -> None:
    from smallsteps_desktop import cli

    opened = []
    monkeypatch.setattr(gui_launch, "open_app", lambda data_dir: opened.append(data_dir) or 7)
    assert cli.main(["--data", "/tmp/d"]) == 7  # an abbreviation: the parser's to read
    assert opened == ["/tmp/d"]
