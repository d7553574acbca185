"""A news item of a Chinese site's CMS without meta: its heading (an h1-h6, or an element classed as the
title), and in the heading's block a publication line, a label and a colon (full width or not) before the
day ("发布日期: 2012-06-24", the CMSE site's news, 2012; "时间：2019-09-24 17:08", 科普中国's 辟谣
platform, 2019), and the text's prose. A dated item of the site, read as its record without authors, as a
news release dated under its heading is (news_releases). The line may stand above the text or beside it, in
the article's aside.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Any

from .body import BodyRecord
from .dates import DAY_LENGTH, dates_in_text
from .html_meta import Page, block_text, short_text
from .names import HAN_NAME
from .places import HEADING_TAGS, PROSE, above_references, compact

# The labels of a publication line: published (on), the day, the time; its colon full width or not. Not an
# update's ("更新时间") or a meeting's day ("会议时间"): the label opens the text.
_LABEL = re.compile(r"\s*(?:发布日期|发布时间|发表日期|发表时间|日期|时间"
                    # …and in Traditional characters, as Taiwan and Hong Kong write them (Business Next,
                    # 2012: "發表日期：2012-05-16").
                    r"|發布日期|發布時間|發表日期|發表時間|時間)\s*[:：]")
# A writer's label and the name after it, beside the publication line (Business Next, 2012: span.Author
# '數位時代網站｜撰文者：許凱玲編譯', the site's name first): "撰文者" (writer), "作者" (author), "記者"
# (reporter).
_WRITER = re.compile(r"(?:撰文者|作者|記者|记者)\s*[:：]\s*(\S+)")
# What may follow the name: the writer's part in it, compiled and translated (編譯), reported (報導),
# put together (整理), in either script.
_ROLE = re.compile(r"(?:編譯|编译|報導|报道|整理|綜合|综合)+$")
# How many nodes of the publication line's holder and its parent are read for the writer's line.
_WRITER_NODES = 40
# How much of the label's holder is read: a publication line, not a block of text.
_LINE = 80
# How long a heading's raw text runs at most: past it an element is a block, not a heading (and not laid out:
# in a nest of title-classed blocks each holds the rest of the nest).
_LONGEST_HEADING = 200
# How many elements up from the label the heading's block is looked for (the CMSE site's div.pubDate in
# div.info in the block; 科普中国's span in the aside, in a row, in the article).
_UP = 4


def labelled_item(page: Page, title: str | None) -> BodyRecord | None:
    """The record of a news item whose heading's block holds a labelled publication line and prose; None where
    the page lacks any of them, or where a meta title names another heading."""
    key = ("labelled item", title)
    if key not in page.worked_out:
        page.worked_out[key] = _read_item(page, title)
    return page.worked_out[key]


def _read_item(page: Page, title: str | None) -> BodyRecord | None:
    heading: Any = None
    for node in above_references(page):
        if node.tag in HEADING_TAGS or _classed_as_a_title(node):
            if page.raw_length(node) <= _LONGEST_HEADING and block_text(node):
                heading = node  # the last heading above the line is the item's
            continue
        if node.tag != "-text" or heading is None or not _LABEL.match(node.text_content or ""):
            continue
        # The first labelled line after a heading decides: the item's, or no item's.
        holder = node.parent
        found = dates_in_text(short_text(holder, _LINE) or "") if holder is not None else []
        day = next((iso for _, _, iso in found if iso and len(iso) == DAY_LENGTH), None)
        block = heading.parent
        if day is None or block is None or not _inside(holder, block):
            return None
        text = block_text(heading) or ""
        if title and compact(title) != compact(text):
            return None
        if not any(len(block_text(p) or "") >= PROSE for p in block.css("p")):
            return None
        return BodyRecord(title=text, authors=_writer_beside(holder), shown=[day], known=True)
    return None


def _writer_beside(holder: Any) -> list[str]:
    """The writer a labelled line beside the publication line names (in its holder's parent), where the name
    after the label is a person's; [] where no line names one. A few nodes read at most."""
    around = holder.parent if holder.parent is not None else holder
    for node in islice(around.traverse(include_text=True), _WRITER_NODES):
        if node.tag != "-text" or (found := _WRITER.search(node.text_content or "")) is None:
            continue
        name = _ROLE.sub("", found.group(1))
        return [name] if HAN_NAME.fullmatch(name) else []
    return []


def _classed_as_a_title(node: Any) -> bool:
    return node.tag != "-text" and any("title" in word for word in (node.attributes.get("class") or "")
                                       .casefold().split())


def _inside(node: Any, block: Any) -> bool:
    """Whether the node is the block or sits within a few elements of it."""
    for _ in range(_UP + 1):
        if node is None:
            return False
        if node.mem_id == block.mem_id:
            return True
        node = node.parent
    return False
