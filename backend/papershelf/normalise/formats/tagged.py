"""What the line-tagged export formats share (PubMed's MEDLINE, Web of Science's plain text,
EndNote's Refer): each module reads its own lines into records of (tag, value) pairs in file
order; these turn such records into the values by tag and the importer's items."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from ...records import ImportedRecord, RecordProblem

# A record as read: its first line, then its (tag, value) pairs in order.
TaggedRecord = tuple[int, list[tuple[str, str]]]


def values_by_tag(fields: list[tuple[str, str]]) -> dict[str, list[str]]:
    values: dict[str, list[str]] = {}
    for tag, value in fields:
        values.setdefault(tag, []).append(value)
    return values


def records_and_problems(
    items: Iterable[TaggedRecord | RecordProblem],
    record_of: Callable[[list[tuple[str, str]], int], ImportedRecord | RecordProblem],
) -> Iterator[ImportedRecord | RecordProblem]:
    """Each record made into the importer's record (or why it cannot be one); each line that
    was no line of the format, its problem, in file order."""
    for item in items:
        yield item if isinstance(item, RecordProblem) else record_of(item[1], item[0])


def joined_values(fields: list[tuple[str, list[str]]], separator: str) -> list[tuple[str, str]]:
    """Each value's lines, as read, joined once (a value over 200,000 lines stays linear)."""
    return [(tag, separator.join(lines)) for tag, lines in fields]
