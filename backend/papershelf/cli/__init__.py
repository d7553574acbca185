"""The `papershelf` command line. Commands are thin: the work lives in the modules they call.

Each command module lists its `COMMANDS` and imports only `common` and the parts it
drives; this group adds them, as Datasette hands its `publish` group to plugins.
Nothing imports this package but the console script and `python -m papershelf`.
"""

from __future__ import annotations

from pathlib import Path

import click

from . import backup, discover, exports, imports, papers, renormalise, serve, status, sync, tokens, trash
from .common import fail, unforeseen_failure

COMMAND_MODULES = (imports, renormalise, serve, status, tokens, trash, sync, exports, backup, discover,
                   papers)


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


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="papershelf")
@click.option("--db", "db_path", type=click.Path(path_type=Path),
              help="The library file, for the command that follows (as its own --db).")
def cli(db_path: Path | None) -> None:
    """papershelf: your research-paper library in one SQLite file."""


for module in COMMAND_MODULES:
    for command in module.COMMANDS:
        cli.add_command(command)
