"""A post's meta line that labels its day: 'Date:' as the element's own text, the day in an inline element
inside it (Hexo's Chic theme, Mr.Duck's notes, 2021: <span class="post-time">Date: <a href="#">October 2,
2021&nbsp;&nbsp;13:17:00</a></span> in div.post-meta under the h1). The label's own text holds no value, so a
reader of 'Label: value' in one text passes it; the element's words, each run of spaces and new lines one
space, are the line 'Date: October 2, 2021 13:17:00', and its day is the record's where the words after the
label are a day and nothing else, or a day and its time of day. The template's indentation runs the raw text
past a line's characters; the words, not the raw text, are measured. A paragraph that holds 'Date:' and more
words than a line's is no such line (an event's details, a changelog), and reads nothing.
"""

from __future__ import annotations

from typing import Any

from ..identity import clean_text
from .dates import whole_date
from .day_lines import day_and_time_alone
from .news_releases import words_of_a_line

# The label alone, as the element's own text: 'Date:' (a colon closing it, spaced or not).
_LABEL = "date"


def day_of_a_date_label_line(node: Any) -> str | None:
    """The day of an element whose own text is the label 'Date:' alone and whose words are a line's, the day
    (and its time) after the label; None otherwise."""
    own = (clean_text(node.text(deep=False)) or "").casefold()
    label, colon, rest = own.partition(":")
    if not colon or rest.strip() or label.strip() != _LABEL:
        return None
    words = words_of_a_line(node)
    if words is None:
        return None
    _, _, value = words.partition(":")
    value = value.strip()
    return whole_date(value) or day_and_time_alone(value) if value else None
