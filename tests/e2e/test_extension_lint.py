"""The extension passes Mozilla's `web-ext lint`, and scripts/package-extension
builds one zip per browser (no browser needed for these)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
EXT_DIR = ROOT / "extension"
WEB_EXT = EXT_DIR / "node_modules" / ".bin" / "web-ext"
# Firefox ignores background.service_worker; Chromium needs it. Expected, and the
# packaged Firefox zip drops the key (checked below).
EXPECTED_WARNINGS = {"BACKGROUND_SERVICE_WORKER_IGNORED"}


def lint(source: Path) -> dict:
    assert WEB_EXT.exists(), "web-ext is missing: cd extension && npm ci"
    assert shutil.which("node"), "node is missing"
    out = subprocess.run(
        [str(WEB_EXT), "lint", "--source-dir", str(source), "--output", "json", "--no-config-discovery",
         "--ignore-files", "package.json", "package-lock.json", "tests/**"],  # tests: node's, not shipped
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    return json.loads(out.stdout)


def test_web_ext_lint_is_clean():
    report = lint(EXT_DIR)
    assert report["errors"] == [], report["errors"]
    assert report["notices"] == [], report["notices"]
    assert {w["code"] for w in report["warnings"]} <= EXPECTED_WARNINGS, report["warnings"]


def test_package_extension_builds_a_zip_per_browser(tmp_path):
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "package-extension"), "--out", str(tmp_path)],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    version = json.loads((EXT_DIR / "manifest.json").read_text())["version"]
    chromium = zipfile.ZipFile(tmp_path / f"papershelf-{version}-chromium.zip")
    firefox = zipfile.ZipFile(tmp_path / f"papershelf-{version}-firefox.zip")
    for zf in (chromium, firefox):
        names = set(zf.namelist())
        assert {"manifest.json", "background.js", "popup.html", "options.html"} <= names
        assert not any(n.startswith(("node_modules/", "package", "tests/")) for n in names), names
    assert json.loads(chromium.read("manifest.json"))["background"] == {
        "service_worker": "background.js", "type": "module"}  # fmt: skip
    assert json.loads(firefox.read("manifest.json"))["background"] == {
        "scripts": ["background.js"], "type": "module"}  # fmt: skip
    firefox.extractall(tmp_path / "firefox")
    report = lint(tmp_path / "firefox")
    assert (report["errors"], report["warnings"]) == ([], [])
