"""The summaries' counts read as English: "1 file", never "1 files"."""

from click.testing import CliRunner

from papershelf.cli import cli
from papershelf.wording import counted


def test_one_thing_is_singular_and_others_plural_grouped_by_thousands():
    assert [counted(n, "file") for n in (0, 1, 2, 1204)] == ["0 files", "1 file", "2 files", "1,204 files"]
    assert counted(3, "entry") == "3 entries"


def test_importing_one_record_of_one_file_says_so_in_the_singular(tmp_path):
    bib = tmp_path / "one.bib"
    bib.write_text("@article{a, title = {Only One}, year = 2020}\n@article{b, title = {Broken\n",
                   encoding="utf-8")
    result = CliRunner().invoke(cli, ["import", "--db", str(tmp_path / "library.db"), str(bib)])
    assert result.exit_code == 0, result.output
    assert ("1 file, 1 record read, 1 paper new, 0 papers updated, 1 broken record skipped, "
            "0 files already imported, 0 files refused") in result.stdout
