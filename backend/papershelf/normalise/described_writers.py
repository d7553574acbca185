"""A post's writers listed as the whole of its description meta: valeo.ai's al-folio post (round 239, stop
78), no visible byline and an empty author meta, its description (og and twitter alike) 'Hedi Ben younes*,
Éloi Zablocki*, Matthieu Cord and Patrick Pérez' (equal-contribution stars), the site's way of naming each
post's writers.

Only where nothing else names a writer, and only a description that is wholly a list of two names or more,
each part between commas and 'and' a person's name (the corpus's name test; a family name's later word may be
written in lower case after two capitalised words, 'Ben younes'), with its marks dropped; every description
meta the page has the same, two of them at least (a site's lone description meta may be its tagline, 'Biology
News Articles & Current Events, Updated Daily'). A sentence naming people, a list of topics or one name alone
is no list of writers.
"""

from __future__ import annotations

import re

from .html_meta import Page
from .names import a_persons_name, is_group

_DESCRIPTIONS = ("description", "og:description", "twitter:description")
# The parts of a list of people: commas, a last 'and' or '&' (after a comma or not).
_SEPARATORS = re.compile(r"\s*,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+")
# Marks set after a name: equal contribution, a footnote.
_MARKS = "*\u2020\u2021\u00a7\u00b6"
_FEWEST = 2
_FEWEST_METAS = 2
_LONGEST = 400


def writers_the_description_lists(page: Page) -> list[str] | None:
    """The people the page's description meta wholly lists, where every description meta says the same;
    None otherwise."""
    given = [values for name in _DESCRIPTIONS if (values := page.every(name))]
    found = {value for values in given for value in values}
    # The post's own line, written for sharing as well (og or twitter): a site's one description meta alone
    # may be its tagline ('Biology News Articles & Current Events, Updated Daily').
    if len(found) != 1 or len(given) < _FEWEST_METAS:
        return None
    text = found.pop()
    if len(text) > _LONGEST:
        return None
    parts = [part.strip().rstrip(_MARKS).strip() for part in _SEPARATORS.split(text)]
    if len(parts) < _FEWEST or not all(_a_name(part) for part in parts):
        return None
    return parts


def _a_name(part: str) -> bool:
    if is_group(part) or not part:
        return False
    if a_persons_name(part):
        return True
    # 'Hedi Ben younes': a family name's later word in lower case, after two capitalised words.
    words = part.split()
    capitalised = " ".join([*words[:-1], words[-1].capitalize()])
    return (len(words) >= 3 and words[-1].isalpha() and words[-1].islower() and a_persons_name(capitalised)
            and all(word[:1].isupper() for word in words[:2]))
