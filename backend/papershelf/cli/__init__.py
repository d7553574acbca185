"""The `papershelf` command line. Commands are thin: the work lives in the modules they call.

Each command module lists its `COMMANDS` and imports only `common` and the parts it
drives; this group finds a command's module by the command's name (`COMMAND_MODULES`) and imports it
only when that command runs, as click's lazily loaded groups do: `papershelf token …` never imports the
normalisers, the importer or the web API (a third of the CPU of every command's start). Nothing imports
this package but the console script and `python -m papershelf`.
"""

from __future__ import annotations

import importlib
from pathlib import Path

import click

from .common import fail, unforeseen_failure

# Each command's name -> the module (of this package) that defines it, in its COMMANDS;
# tests/test_cli_lazy_commands.py holds this to the modules' own lists.
COMMAND_MODULES = {
    "import": "imports", "add": "imports",
    "renormalise": "renormalise",
    "serve": "serve",
    "status": "status",
    "token": "tokens",
    "trash": "trash",
    "sync": "sync",
    "export": "exports", "publish": "exports",
    "backup": "backup", "restore": "backup",
    "recommend": "discover", "similar": "discover",
    "list": "papers", "show": "papers", "mark": "papers", "note": "papers", "remove": "papers",
}


class _Commands(click.Group):
    """The group whose commands' unforeseen failures are one line (common.unforeseen_failure):
    no traceback reaches the reader; what a command foresaw it says itself (common.fail)."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort, SystemExit, KeyboardInterrupt):
            raise
        except Exception as error:
            fail(unforeseen_failure(ctx.invoked_subcommand or "papershelf", error))

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMAND_MODULES)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        module_name = COMMAND_MODULES.get(cmd_name)
        if module_name is None:
            return None
        module = importlib.import_module(f"{__name__}.{module_name}")
        return next(command for command in module.COMMANDS if command.name == cmd_name)


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="papershelf")
@click.option("--db", "db_path", type=click.Path(path_type=Path),
              help="The library file, for the command that follows (as its own --db).")
def cli(db_path: Path | None) -> None:
    """papershelf: your research-paper library in one SQLite file."""
