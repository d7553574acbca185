"""A post's footer that names its writer before its day, as Movable Type's templates close an entry: 'Posted
by NAME at DAY | Permalink', and in their Chinese localisation 'NAME 提交于 DAY | 固定链接' (云风的 BLOG,
2020: p.entry-footer '云风 提交于 February  5, 2020 11:36 AM | 固定链接'). footed_posts reads the footer's
opening line up to its first separator; this reads that line as a writer and a day. The day is the post's;
the writer counts only where the words read as a person's name (a desk's 'the round desk' names nobody).
"""

from __future__ import annotations

import re

from .datelines import day_of_the_line
from .dates import TIME_OF_DAY
from .names import a_persons_name

# 'Posted by NAME at DAY' (or 'on DAY'), and the Chinese 'NAME 提交于 DAY' ("submitted at") or 'NAME 发表于
# DAY' ("published at"). The line is at most a short line's length (footed_posts), so the lazy name is cheap.
_SIGNED = (
    re.compile(r"Posted\s+by\s+(?P<name>\S.*?)\s+(?:at|on)\s+(?P<day>\S.*)", re.IGNORECASE),
    re.compile(r"(?P<name>\S.*?)\s*(?:提交于|发表于)\s*(?P<day>\S.*)"),
)
# A name written in Chinese characters or kana, whole: two to six of them (as bylines.py reads one).
_UNSPACED_NAME = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,6}")
# A time of day after the date ('11:36 AM'), which the day readers do not take.
_TIME = re.compile(r"\s+" + TIME_OF_DAY + "$", re.IGNORECASE)


def writer_and_day(line: str) -> tuple[list[str], str] | None:
    """The writer (a list of one, or none) and the day such a footer line gives; None where the line is no
    writer's line or gives no day."""
    for signed in _SIGNED:
        match = signed.fullmatch(line.strip())
        if match is None:
            continue
        day = day_of_the_line(_TIME.sub("", match["day"].strip()))
        if day is None:
            return None
        name = " ".join(match["name"].split())
        return ([name] if a_persons_name(name) or _UNSPACED_NAME.fullmatch(name) else []), day
    return None
