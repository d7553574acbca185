"""Omnivore's export (a zip of `metadata_<from>_to_<to>.json` pages of saved items, with
`highlights/<slug>.md` and `content/<slug>.html`): saved arXiv, DOI and scholarly links
become papers, with their labels as tags, their read state and their highlights as notes."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator

import msgspec

from ...identity import clean_text
from ...records import ImportedNote, ImportedRecord, RecordProblem
from .common import NotTheFormat, clean_tags, decode_json, text_or_none
from .saved_links import link_paper

METADATA = re.compile(r"(?:^|/)metadata_\d+_to_\d+\.json$")
_LINK = re.compile(r"\s*\[[^\]]*\]\(https?://[^)]*\)\s*$")  # the "[⤴️](…)" back to Omnivore


def highlights(markdown: str) -> list[tuple[str, str]]:
    """(quote, annotation) pairs of a highlights file: each highlight is a `> ` quote (a
    blank line ends it), its annotation the paragraphs after it up to the next quote."""
    found: list[tuple[list[str], list[str]]] = []
    ended = True  # the last quote was followed by a blank line or an annotation
    for line in markdown.splitlines():
        if line.startswith(">"):
            if ended or found[-1][1]:
                found.append(([], []))
            found[-1][0].append(line[1:].removeprefix(" "))
            ended = False
        elif not line.strip():
            ended = True
            if found and found[-1][1]:
                found[-1][1].append(line)
        elif found:
            found[-1][1].append(line)
            ended = True
    pairs = []
    for quote_lines, note_lines in found:
        quote = clean_text(_LINK.sub("", "\n".join(quote_lines)))
        if quote:
            pairs.append((quote, "\n".join(note_lines).strip()))
    return pairs


def _status(item: dict) -> str | None:
    state = (text_or_none(item.get("state")) or "").upper()
    progress = item.get("readingProgress")
    if state == "ARCHIVED" or (isinstance(progress, int | float) and progress >= 100):
        return "read"
    if isinstance(progress, int | float) and progress > 0:
        return "reading"
    return "unread" if state else None


def parse_omnivore(members: dict[str, str]) -> Iterator[ImportedRecord | RecordProblem | None]:
    """`members`: the zip's text files by name. None for a saved link that is not a paper."""
    pages = sorted((name for name in members if METADATA.search(name)),
                   key=lambda name: [int(n) for n in re.findall(r"\d+", name.rsplit("/", 1)[-1])])
    if not pages:
        raise NotTheFormat("no metadata_*.json in the archive")
    position = 0
    for name in pages:
        try:
            items = decode_json(members[name])
        except msgspec.DecodeError as error:
            raise NotTheFormat(f"{name} is not valid JSON ({error})") from None
        for item in items if isinstance(items, list) else []:
            position += 1
            if not isinstance(item, dict) or not text_or_none(item.get("url")):
                yield RecordProblem(position, f"{name}: item {position} has no url")
                continue
            paper = link_paper(item["url"], item.get("title"))
            if paper is None:
                yield None
                continue
            slug = text_or_none(item.get("slug")) or ""
            notes = [
                ImportedNote(key="omnivore:" + hashlib.sha256(
                    f"{item.get('id')}\n{quote}".encode()).hexdigest()[:24], body=body, quote=quote)
                for quote, body in highlights(members.get(f"highlights/{slug}.md", ""))
            ]
            labels = item.get("labels") if isinstance(item.get("labels"), list) else []
            yield ImportedRecord(
                paper=paper, line=position, key=text_or_none(item.get("id")),
                tags=clean_tags(label if isinstance(label, str) else (label or {}).get("name", "")
                                for label in labels),
                notes=notes, status=_status(item),
                observed=text_or_none(item.get("updatedAt")) or text_or_none(item.get("savedAt")),
            )
