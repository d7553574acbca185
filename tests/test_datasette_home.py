"""Datasette's whole configuration lives in datasette/: metadata, templates and every
plugin (the sign-in one too), loaded one way, and found the same way from a checkout and
from an installed wheel (issue 10: plugins lived in two places, one registered by hand,
and the folder was found by trying three paths)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from papershelf.publish.datasette_app import build_datasette, datasette_dir

ROOT = Path(__file__).resolve().parents[1]


def test_the_package_finds_the_repositorys_datasette_folder():
    assert datasette_dir().resolve() == ROOT / "datasette"
    assert (datasette_dir() / "metadata.yml").is_file()


def test_every_plugin_is_a_file_of_the_plugins_folder_and_nothing_else_is_registered(library,
                                                                                       tmp_path):
    files = {path.stem for path in (ROOT / "datasette" / "plugins").glob("*.py")}
    assert "papershelf_signin" in files
    ds = build_datasette(tmp_path / "library.db", require_token=True)
    ours = {plugin["name"].removesuffix(".py") for plugin in ds._plugins()
            if plugin["name"].startswith("papershelf")}
    assert ours == files
    assert ds.plugin_config("papershelf-signin") == {"library": str(tmp_path / "library.db")}
    assert build_datasette(tmp_path / "library.db").plugin_config("papershelf-signin") is None


def test_a_wheel_carries_the_same_folder(tmp_path):
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                            "-q", "-w", str(tmp_path), str(ROOT)], capture_output=True, text=True,
                           timeout=300)
    assert built.returncode == 0, built.stderr[-2000:]
    [wheel] = tmp_path.glob("papershelf-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {f"papershelf/datasette_config/{path.relative_to(ROOT / 'datasette').as_posix()}"
                for path in (ROOT / "datasette").rglob("*")
                if path.is_file() and "__pycache__" not in path.parts}
    assert expected <= names, sorted(expected - names)
