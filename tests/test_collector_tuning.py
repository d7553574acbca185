"""`papershelf serve`, `sync` and `import` tune Python's cyclic collector once loaded
(cli/common.py `tune_collector`): a sync batch's tens of thousands of live, acyclic objects
were scanned again and again for nothing, and so were an import's batches (issue 18)."""

from __future__ import annotations

import gc

from click.testing import CliRunner

from helpers import DUMPS
from papershelf.cli import cli
from papershelf.cli.common import COLLECTOR_THRESHOLDS, tune_collector


def test_tuning_freezes_what_is_loaded_and_collects_less_often():
    before = gc.get_threshold()
    # Another test may have run a command in this process already: start from Python's own.
    gc.unfreeze()
    gc.set_threshold(700, 10, 10)
    loaded = len(gc.get_objects())
    try:
        tune_collector()
        assert gc.get_threshold() == COLLECTOR_THRESHOLDS
        assert COLLECTOR_THRESHOLDS[0] > 700
        # What was alive is out of the collector's scans (gc.get_objects lists only those it
        # scans); new objects are still scanned and collected.
        assert gc.get_freeze_count() >= loaded // 2
        assert len(gc.get_objects()) < loaded // 2
        cycle = []
        cycle.append(cycle)
        del cycle
        assert gc.collect() >= 1
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)


def test_an_import_tunes_the_collector_before_its_reader_forks(tmp_path):
    before = gc.get_threshold()
    gc.unfreeze()
    gc.set_threshold(700, 10, 10)
    try:
        result = CliRunner().invoke(cli, ["import", "--db", str(tmp_path / "library.db"),
                                          "--captured-at", "2025-11-22",
                                          str(DUMPS / "000_286d48ef37147b1c.txt")])
        assert result.exit_code == 0, result.output
        assert "papers new" in result.stdout
        assert gc.get_threshold() == COLLECTOR_THRESHOLDS
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)
