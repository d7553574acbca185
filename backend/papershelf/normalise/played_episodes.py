"""An episode page of a podcast or a programme whose player marks up the episode in schema.org microdata, as
an AudioObject or a VideoObject (an episode, a clip), with the episode's day and its author (NDR Info's
Coronavirus-Update, 2020: og:title '(16) Coronavirus-Update: Brauchen Abkürzungen bei der Impfstoffzulassung',
no date meta, and under the host's introduction the player's <div itemscope
itemtype="http://schema.org/AudioObject">: its name 'Audio: (16) "Wir brauchen Abkürzungen bei der
Impfstoffzulassung"', its subline's <span itemprop="datePublished" content="2020-03-18T13:15:00.000+01:00">
and <span itemprop="author">Autor/in: Korinna Hennig</span>; then the transcript). The one episode the page
plays, named by the page's title (the words of its name, past a label such as 'Audio:', nearly all the
title's): its day dates the page, and its author, the host who conducts the conversation the page records,
is read as the page's, as the corpus reads a programme's presenter (presented_episodes); its description,
where the player shows it as a paragraph (NDR's summary under the subline, the page's preface being the host's
spoken introduction), is the page's summary, read as its abstract. A page that plays several, or one another
title names, is no record by them.
"""

from __future__ import annotations

import re
from typing import Any

from ..identity import clean_text
from .body import MIN_ABSTRACT, BodyRecord
from .dates import DAY_LENGTH, partial_date
from .html_meta import Page, block_text, short_text
from .microdata_items import of_type, own_properties
from .names import a_persons_name, is_group
from .places import PROSE, compact

# The schema.org types of a played episode, the last part of an itemtype ("http://schema.org/AudioObject").
_EPISODES = frozenset(("audioobject", "videoobject", "mediaobject", "episode", "podcastepisode",
                       "radioepisode", "tvepisode", "clip", "radioclip", "tvclip"))
# The properties read.
_PROPERTIES = ("name", "datepublished", "author", "description")
# A label before a value and its colon, one word ("Audio:", "Autor/in:", "Author:").
_LABEL = re.compile(r"[^\W\d_]+(?:/[^\W\d_]+)?:\s*")
# The words of a name or a title: letters and digits.
_WORD = re.compile(r"\w+")
# How many words the episode's name has at least, and what share of them the title has at least.
_NAME_WORDS = 3
_SHARE = 0.75
# How long a summary is at most (longer is a transcript's prose).
_LONGEST_SUMMARY = 3 * PROSE


def played_episode(page: Page, title: str | None) -> BodyRecord | None:
    """The record of an episode page whose one played episode, named by `title`, is dated to the day in its
    microdata (its author, a person, read as the page's); None where the page plays none or several, or
    the episode lacks its day or another title names it."""
    if not title:
        return None
    items = [node for node in page.tree.css("[itemscope][itemtype]") if of_type(node, _EPISODES)]
    if len(items) != 1:
        return None
    found = _properties(items[0])
    day = partial_date(found.get("datepublished"))
    if not day or len(day) != DAY_LENGTH or not _named_by(found.get("name"), title):
        return None
    author = _past_label(found.get("author") or "")
    authors = [author] if a_persons_name(author) and not is_group(author) else None
    return BodyRecord(title=title, authors=authors, shown=[day], abstract=_shown_summary(items[0], found),
                      known=True)


def _properties(item: Any) -> dict[str, str]:
    """The item's own name, day and author, each its first value (an attribute's content, or the element's
    text), not those of an item nested in it."""
    found: dict[str, str] = {}
    for node, properties in own_properties(item):
        names = [name for name in properties if name in _PROPERTIES and name not in found]
        if not names:
            continue
        attrs = node.attributes
        value = clean_text(attrs.get("content") or attrs.get("datetime")) or block_text(node)
        for name in names:
            if value:
                found[name] = value
    return found


def _shown_summary(item: Any, found: dict[str, str]) -> str | None:
    """The episode's description where the player shows it as a paragraph of its own; None otherwise."""
    summary = found.get("description")
    if not summary or not MIN_ABSTRACT <= len(summary) <= _LONGEST_SUMMARY:
        return None
    key = compact(summary)
    # Each paragraph read no further than the summary's length (a longer one is not it).
    for paragraph in item.css("p"):
        text = short_text(paragraph, 2 * len(summary))
        if text and compact(text) == key:
            return summary
    return None


def _named_by(name: str | None, title: str) -> bool:
    """Whether the episode's name, past its label, is the title's: nearly all its words are the title's."""
    words = [word.casefold() for word in _WORD.findall(_past_label(name or ""))]
    titled = {word.casefold() for word in _WORD.findall(title)}
    return len(words) >= _NAME_WORDS and sum(word in titled for word in words) >= _SHARE * len(words)


def _past_label(value: str) -> str:
    """The value past a one-word label and its colon ("Autor/in: Korinna Hennig": "Korinna Hennig")."""
    value = " ".join(value.split())
    label = _LABEL.match(value)
    return value[label.end():] if label else value
