"""Markdown export: one file per paper, YAML front matter, the abstract and the paper's notes."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import yaml

from ..store.notes import target_from_column
from ..store.queries import PAPER_COLUMNS
from .bibtex import citation_keys
from .text_fragment import fragment_link

# Every field of a stored paper but the long texts, which are the file's body.
_FRONT_MATTER = ("id", *(name for name in PAPER_COLUMNS if name not in ("id", "abstract", "summary")))


def render(paper: dict, key: str, notes: list[dict]) -> str:
    meta = {"citekey": key}
    meta.update({k: paper.get(k) for k in _FRONT_MATTER if paper.get(k) not in (None, [], "")})
    # safe_dump quotes whatever YAML would misread (titles with ": ", "yes", dates as text).
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1000)
    parts = [f"---\n{front}---\n", f"# {paper.get('title') or paper['id']}\n"]
    if paper.get("abstract"):
        parts.append(f"{paper['abstract']}\n")
    if paper.get("summary"):
        parts.append(f"## Summary\n\n{paper['summary']}\n")
    if notes:
        parts.append("## Notes\n")
        for note in notes:
            quote = "".join(f"> {line}\n" for line in (note.get("quote") or "").splitlines())
            kind = note.get("kind") or "note"
            heading = f"### {note['created_at'][:10]} ({note['id']})" + (f" {kind}" if kind != "note" else "")
            # A quoted note links back to its passage on the page (a text fragment).
            link = fragment_link(target_from_column(note.get("target")))
            if link:
                quote += f"\n[On the page]({link})\n"
            parts.append(f"{heading}\n\n{quote}\n{note['body']}\n")
    return "\n".join(parts)


def file_name(key: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]", "_", key) + ".md"


def write_markdown(papers: Iterable[dict], notes: dict[str, list[dict]], folder: Path) -> int:
    """Write one `<citekey>.md` per paper into `folder`; answers how many were written."""
    papers = list(papers)
    keys = citation_keys(papers)
    folder.mkdir(parents=True, exist_ok=True)
    for paper in papers:
        key = keys[paper["id"]]
        text = render(paper, key, notes.get(paper["id"], []))
        (folder / file_name(key)).write_text(text, encoding="utf-8")
    return len(papers)
