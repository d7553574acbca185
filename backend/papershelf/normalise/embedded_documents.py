"""A post whose text is a document it embeds: the block right after the post's own <header> shows a PDF in a
frame (an <iframe>, <embed> or <object> whose address is a .pdf file), the post's slides or paper to read in
place, and so no paragraphs of prose (Kijung Jeon's Hugo Stack post, 2023: header.article-header holding
h2.article-title '[Paper Review] Cyclic SGMCMC …', h3.article-subtitle and time.article-time--published 'Oct
22, 2023'; then section.article-content of h2 'Research presentation PPT', <iframe src="ppt.pdf#toolbar=0">
and a download link). The header dates the post as surely as over prose (header_times): the frame is its
text. A frame of a video or a page, or a PDF linked but not shown, is no text so.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from .html_meta import next_element

# The elements that show another document in place, and the attribute each names it by.
_FRAMES = "iframe[src], embed[src], object[data]"
# How many frames of the block are read at most.
_FRAMES_READ = 20


def embeds_a_document(header: Any) -> bool:
    """Whether the element right after the post's header holds a frame showing a PDF file. Reads only that
    element's frames."""
    block = next_element(header)
    if block is None or block.tag in ("header", "footer", "nav", "aside"):
        return False
    for frame in block.css(_FRAMES)[:_FRAMES_READ]:
        address = frame.attributes.get("src") or frame.attributes.get("data") or ""
        if urlsplit(address.strip()).path.casefold().endswith(".pdf"):
            return True
    return False
