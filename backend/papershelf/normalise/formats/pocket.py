"""Pocket's CSV export (`title,url,time_added,tags,status`, tags joined by `|`): saved arXiv,
DOI and scholarly links become papers, with their tags and read state."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import UTC, datetime

from ...records import ImportedRecord, RecordProblem
from .common import NotTheFormat, clean_tags
from .saved_links import link_paper

HEADER = ("title", "url", "time_added", "tags", "status")


def is_pocket_header(line: str) -> bool:
    names = [name.strip().lower() for name in line.lstrip("\ufeff").split(",")]
    return "url" in names and "time_added" in names


def _observed(value: str | None) -> str | None:
    try:
        seconds = int((value or "").strip())
    except ValueError:
        return None
    if seconds <= 0:
        return None
    return datetime.fromtimestamp(seconds, tz=UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_pocket(text: str) -> Iterator[ImportedRecord | RecordProblem | None]:
    """One record per saved paper; None for a saved link that is not a paper (counted, not
    an error). Lines are the CSV's own (a quoted title may hold a line break)."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff"), newline=""))
    if not reader.fieldnames or "url" not in [f.strip().lower() for f in reader.fieldnames]:
        raise NotTheFormat("no `url` column in its header")
    for row in reader:
        line = reader.line_num
        row = {(k or "").strip().lower(): (v or "") for k, v in row.items() if isinstance(v, str)}
        if not row.get("url", "").strip():
            yield RecordProblem(line, "saved item has no url")
            continue
        paper = link_paper(row["url"], row.get("title"))
        if paper is None:
            yield None
            continue
        status = row.get("status", "").strip().lower()
        yield ImportedRecord(
            paper=paper, line=line, tags=clean_tags(row.get("tags", "").split("|")),
            status="read" if status == "archive" else "unread" if status == "unread" else None,
            observed=_observed(row.get("time_added")),
        )
