"""The extension's unit tests (extension/tests/*.test.js) under node's own test runner.

Each test file is one pytest test, run with `node --test`; a failure shows node's
report. lib/client.js's tests talk to a real `papershelf serve` started here.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from helpers import create_token, running_server

EXT_DIR = Path(__file__).resolve().parents[1] / "extension"
TEST_FILES = sorted(p.name for p in (EXT_DIR / "tests").glob("*.test.js"))


@pytest.fixture(scope="module")
def unit_server(tmp_path_factory):
    db_path = tmp_path_factory.mktemp("extension-unit") / "library.db"
    with running_server(db_path, token=create_token(db_path, "extension-unit")) as server:
        yield server, create_token(db_path, "extension-unit-reader", ("read",))


def test_the_unit_tests_are_found():
    assert {"client.test.js", "messages.test.js", "queue.test.js", "settings.test.js"} <= set(TEST_FILES)


@pytest.mark.parametrize("name", TEST_FILES)
def test_extension_unit(name, request):
    node = shutil.which("node")
    assert node, "node is missing: apt-get install nodejs (20 or later)"
    env = {**os.environ, "NODE_NO_WARNINGS": "1"}
    if name == "client.test.js":
        server, read_token = request.getfixturevalue("unit_server")
        env |= {"PAPERSHELF_TEST_URL": server.base_url, "PAPERSHELF_TEST_TOKEN": server.token,
                "PAPERSHELF_TEST_READ_TOKEN": read_token}
    out = subprocess.run(
        [node, "--test", "--test-reporter=tap", f"tests/{name}"],
        cwd=EXT_DIR, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    report = out.stdout + out.stderr
    assert out.returncode == 0, f"node --test tests/{name} failed:\n{report}"
    counts = dict(re.findall(r"^# (\w+) (\d+)$", out.stdout, re.MULTILINE))
    assert int(counts.get("pass", 0)) > 0, report
    # A skipped or unfinished test is a missing test.
    assert [counts.get(k) for k in ("fail", "cancelled", "skipped", "todo")] == ["0"] * 4, report


def test_the_popups_fields_of_captured_and_typed_text_take_their_own_direction():
    # A Persian or Arabic title, author list, tag or note read left to right in the popup, its
    # punctuation at the wrong end (round 77's Noormags and Magiran pages): dir="auto" on each.
    from selectolax.lexbor import LexborHTMLParser

    popup = LexborHTMLParser((EXT_DIR / "popup.html").read_text(encoding="utf-8"))
    for name in ("detail", "keep-title", "not-found-list", "tags", "note", "title", "authors", "venue",
                 "similar-list"):
        assert popup.css_first(f"#{name}").attributes.get("dir") == "auto", name
