"""A heading that is a meta title title-cased by the site's theme (the ERSO group's Hugo theme, 2022: og:title
"New paper: Affinity and anonymity benefitting early career teachers in the r/teachers subreddit", the h1
"New Paper: Affinity and Anonymity Benefitting … in the R/Teachers Subreddit", Hugo's `title` function
capitalising every word's first letter but the small words): the meta writes the title as its writer did.
Asked by `scholarly._as_the_heading_shows`, which otherwise takes the heading's spelling of a meta title
(a heading's small capitals, "Sulfur(VI)", for the meta's "Sulfur( vi )").
"""

from __future__ import annotations

# How many words a theme must have capitalised for the heading to read as its title-casing: one word in
# capitals may be the writer's own correction of a name.
_CAPITALISED_WORDS = 2


def title_cased_by_the_theme(heading: str, meta_title: str, tab: str) -> bool:
    """Whether the heading differs from the meta title only by first letters of words capitalised (after a
    space, a slash, a hyphen or the start), two at least: no letter within a word changed, none lowered;
    and the <title> (`tab`) writes the meta's spelling. A <title> written as the heading is (Newsweek,
    2019: the h1 and <title> "Cannabis Use Disorder is Rising …", og:title lowered to "Cannabis use
    disorder is rising …") says the heading's capitals are the writer's and the meta's lowering a tool's."""
    if len(heading) != len(meta_title) or heading == meta_title or meta_title not in " ".join(tab.split()):
        return False
    raised = 0
    for place, (shown, written) in enumerate(zip(heading, meta_title, strict=True)):
        if shown == written:
            continue
        opens_a_word = place == 0 or not meta_title[place - 1].isalnum()
        if not (opens_a_word and written.islower() and shown == written.upper()):
            return False
        raised += 1
    return raised >= _CAPITALISED_WORDS
