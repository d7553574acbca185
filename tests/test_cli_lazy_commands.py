"""The command line imports a command's module only when that command runs (cli.COMMAND_MODULES)."""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from papershelf.cli import COMMAND_MODULES, cli

CLI_PACKAGE = Path(importlib.import_module("papershelf.cli").__file__).parent


def test_each_command_is_named_for_the_module_whose_commands_list_it():
    modules = {path.stem for path in CLI_PACKAGE.glob("*.py")} - {"__init__", "common"}
    assert set(COMMAND_MODULES.values()) == modules
    for module_name in modules:
        module = importlib.import_module(f"papershelf.cli.{module_name}")
        listed = {command.name for command in module.COMMANDS}
        assert listed == {name for name, module in COMMAND_MODULES.items() if module == module_name}


def test_help_lists_every_command_and_an_unknown_one_is_refused_by_name():
    shown = CliRunner().invoke(cli, ["--help"]).output
    assert all(f"  {name} " in shown for name in COMMAND_MODULES)
    result = CliRunner().invoke(cli, ["bogus"])
    assert result.exit_code == 2 and "No such command 'bogus'" in result.output


@pytest.mark.parametrize("command", ["token", "show", "mark"])
def test_a_command_that_reads_no_page_starts_without_the_normalisers_or_the_web_api(command):
    # Every command's start paid for importing them all (0.8 s of CPU against 0.3 s), and the test suite
    # starts a few hundred commands. The commands that name papers (show, mark, note, remove) find them by
    # paper_names, not the importer; mark cleans tags by tags.py, not the capture.
    probe = ("import sys\nfrom papershelf.cli import cli\n"
             f"cli.main([{command!r}, '--help'], standalone_mode=False)\n"
             "print(sorted({m.split('.')[1] for m in sys.modules if m.startswith('papershelf.')}))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60,
                          check=True)
    loaded = done.stdout.splitlines()[-1]
    assert "'cli'" in loaded and "'store'" in loaded
    assert not {"'normalise'", "'api'", "'importer'", "'capture'"} & set(loaded.strip("[]").split(", "))
