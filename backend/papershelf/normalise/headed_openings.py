"""A post's first paragraph that its description repeats (whole or its opening), where the text goes on
under headings of its own sections, not in paragraphs of prose (ldihao's blog, 2020, Hugo's 'even' theme:
div.post-content opens with one paragraph, the description word for word, then h1 'General' over a list, h1
'Method' over a picture and lists, h2s, 'Experiment', '问题'): the paragraph opens the text, as a story's lead
opens its paragraphs (story_openings), and is no summary set apart. A paragraph with nothing after it in
its block, or only a heading or two (a summary over 'Links' and 'Code'), is not read so, nor one the block
does not open. So is a description that runs together, in whole sentences, the words of a text opening with a
heading or a few over a list, no paragraph before it, as Hugo's summary does (Never stop learning!'s post,
round 192: div.entry-content opens with h1 'Implementation and Performance of Munin', the reviewed paper's
title, h2 'buzzword' and a list of keywords; the description 'Implementation and Performance of Munin buzzword
multiple consistency protocols …' on past the list to a sentence's end): the text's opening, no summary.
So, too, where the headings stand over the text's first paragraph, not a list (J3RN's Blog, 2025, Hugo's Congo
theme: the post's text opens with h2 'Compiling Routines', the reviewed paper's title, h3 'Richard K. Ridgway,
1952' and a paragraph; the JSON-LD 'abstract' is Hugo's summary, those headings' words and the paragraph's run
together). A heading that labels a summary ('Abstract', 'Summary', 'TL;DR') sets the paragraph under it apart:
the words under it are read as that summary elsewhere, not as the text's opening.
"""

from __future__ import annotations

from typing import Any

from .html_meta import Page, block_text, next_element, past_blank_text
from .places import HEADING_TAGS, HEADINGS, compact, heading_nodes

# How many section headings after the paragraph make the text headed sections, and how many of the block's
# elements after it are read.
_SECTIONS = 3
_READ = 200


def opens_headed_sections(node: Any) -> bool:
    """Whether the paragraph is the first element of its block and at least a few section headings follow it
    there. Reads no further than a few hundred of the block's elements after it."""
    before = node.prev
    while before is not None and before.tag in ("-text", "-comment") and not (
            before.tag == "-text" and (before.text_content or "").strip()):
        before = before.prev
    if before is not None:
        return False
    after, headings, read = next_element(node), 0, 0
    while after is not None and read < _READ:
        if after.tag in HEADING_TAGS:
            headings += 1
            if headings >= _SECTIONS:
                return True
        after, read = next_element(after), read + 1
    return False


# How many headings may open the text over its list (the reviewed paper's title, then a section's).
_OPENING_HEADINGS = 3


def opens_with_headings_over_a_list(page: Page, key: str) -> bool:
    """Whether `key`, a description compacted, is the words of the text's opening run together, where the
    text's block opens with a heading or a few right over a list: the first heading whose words open the key
    is the one read, and no more than its few elements after it."""
    for heading in heading_nodes(page, HEADINGS):
        words = compact(block_text(heading) or "")
        if words and len(words) < len(key) and key.startswith(words):
            return _headings_over_a_list(heading, key)
    return False


def _headings_over_a_list(heading: Any, key: str) -> bool:
    if past_blank_text(heading.prev, "prev", comments=True) is not None:
        return False  # the heading does not open its block: a section's further down
    opening, node, labelled = "", heading, False
    for _ in range(_OPENING_HEADINGS):
        if node is None or node.tag not in HEADING_TAGS:
            break
        opening += compact(block_text(node) or "")
        labelled = labelled or _labels_a_summary(node)
        node = next_element(node)
    if node is None or node.tag not in ("ul", "ol", "p"):
        return False
    if node.tag == "p" and labelled:
        return False  # 'Abstract' over a paragraph: a summary set apart, read as one
    if len(key) <= len(opening) or not key.startswith(opening):
        return False
    listed = opening + compact(block_text(node) or "")
    # The description cut within the list (or the paragraph), or running on past it into the text after it.
    return listed.startswith(key) or key.startswith(listed)


# The words a heading labels a summary with, which sets the paragraph under it apart from the text.
_SUMMARY_LABELS = frozenset(("abstract", "summary", "tl;dr", "tldr", "overview"))


def _labels_a_summary(heading: Any) -> bool:
    """Whether the heading's words, its anchor mark and closing colon aside, label a summary."""
    words = " ".join((block_text(heading) or "").split()).strip(" #:¶").casefold()
    return words in _SUMMARY_LABELS
