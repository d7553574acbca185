"""A post's first paragraph that its description repeats (whole or its opening), where the text goes on
under headings of its own sections, not in paragraphs of prose (ldihao's blog, 2020, Hugo's 'even' theme:
div.post-content opens with one paragraph, the description word for word, then h1 'General' over a list, h1
'Method' over a picture and lists, h2s, 'Experiment', '问题'): the paragraph opens the text, as a story's lead
opens its paragraphs (story_openings), and is no summary set apart. A paragraph with nothing after it in
its block, or only a heading or two (a summary over 'Links' and 'Code'), is not read so, nor one the block
does not open.
"""

from __future__ import annotations

from typing import Any

from .html_meta import next_element
from .places import HEADING_TAGS

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
