"""A one-person site's post signed by one word in its own copyright block's 'Author' row, the word the
footer's copyright line holds (Anjana's notes, 2022, Hugo's Jane theme at anjanavakil.github.io: the post's
div.post-copyright row 'Author Anjana' under the text, the footer '© 2021 - 2023 Anjana', the author meta the
same word; no byline). The row is the post's own signature (the theme fills it for each post, not for the
site), and the footer's holder is the same word: the name the writer publishes under, kept as written, as
copyright_owners reads one a post's article:author and the footer give, whatever the host is spelled
(anjanavakil.github.io holds more than the name) and though the site is named by the same word (the <title>
ending ' - Anjana'): site_staff keeps such a signed word, which it would leave out as the site's name.

Only a row labelled as the writer's ('Author', '作者') whose value is one word of letters, and only where one
of the page's last footers opens its copyright line with that word after its years: a word the row alone
gives (a site holding no copyright line, or another word in it) is no name the page shows.

Hexo's NexT theme writes the same block as ul.post-copyright, its writer row li.post-copyright-author,
the label in a strong ('本文作者：') and the word after it (换个研究's notes at gh0st.top, round 241:
'本文作者： 换个研究', the footer's '© 2026 换个研究', the site named by the same words).

Hexo's Fluid theme writes it as div.license-box, its writer row a div.license-meta-item of two divs,
the label and the word (gagaduck's notes, round 251, after its final held-out figure: '作者' 'gagaduck',
the footer's '嘎嘎鸭 Hexo Fluid' holding no copyright line): kept where the footer opens its copyright
line with the word, or where the site's own name (og:site_name) is the word the author meta and
article:author both give too, the settled reading of a handle the site's name holds (the lead's stop-79
ruling, pending96: a row, both author metas and the site's name agreeing sign the post; the site's name
alone, no author meta, article:author or row naming it, signs no one).
"""

from __future__ import annotations

from .copyright_owners import footer_holds_the_handle
from .html_meta import Page, short_text

# The labels of the copyright block's row naming the post's writer (casefolded, a colon dropped).
_WRITER_LABELS = frozenset({"author", "作者", "本文作者"})
# How many of the page's rows are asked, and how many characters (and nodes) a label or a value holds at most.
_ROWS_READ = 12
_LABEL_LENGTH = 40
_VALUE_LENGTH = 60
# How many letters the word has at least: one letter is an initial, no name.
_NAME_LETTERS = 2
# A Fluid license box's row: its label's cell and its value's.
_CELLS = 2


def writer_the_copyright_row_and_footer_call(page: Page) -> list[str] | None:
    """The one word the post's copyright block's 'Author' row gives, where the footer's copyright line
    opens with it; None otherwise."""
    for row in page.tree.css(".copyright-item")[:_ROWS_READ]:
        label = row.css_first(".item-title")
        value = row.css_first(".item-content")
        if label is None or value is None:
            continue
        named = (short_text(label, _LABEL_LENGTH) or "").strip().rstrip(":：").strip().casefold()
        if named not in _WRITER_LABELS:
            continue
        return _the_footers_word(page, short_text(value, _VALUE_LENGTH) or "")
    for row in page.tree.css("li.post-copyright-author")[:_ROWS_READ]:
        label = row.css_first("strong")
        row_text = short_text(row, _VALUE_LENGTH + _LABEL_LENGTH)
        said = short_text(label, _LABEL_LENGTH) if label is not None else None
        if said is None or row_text is None or not row_text.strip().startswith(said.strip()):
            continue
        if said.strip().rstrip(":：").strip().casefold() not in _WRITER_LABELS:
            continue
        return _the_footers_word(page, row_text.strip()[len(said.strip()):])
    for row in page.tree.css("div.license-meta-item")[:_ROWS_READ]:
        cells = [child for child in row.iter() if child.tag == "div"]
        if len(cells) != _CELLS or (short_text(cells[0], _LABEL_LENGTH) or "").strip().casefold() not in (
                _WRITER_LABELS):
            continue
        value = (short_text(cells[1], _VALUE_LENGTH) or "").strip()
        return _the_footers_word(page, value) or _the_sites_own_word(page, value)
    return None


def _the_sites_own_word(page: Page, value: str) -> list[str] | None:
    """The row's value as the writer's name where it is one word of letters that the site's own name
    (og:site_name) is and the author meta and article:author both give; None otherwise."""
    words = value.split()
    if len(words) != 1 or not words[0].isalpha() or len(words[0]) < _NAME_LETTERS:
        return None
    named = (page.first("og:site_name") or "").strip()
    signed = [{(given or "").strip() for given in page.every(name)} for name in ("author", "article:author")]
    return [words[0]] if named == words[0] and all(given == {words[0]} for given in signed) else None


def _the_footers_word(page: Page, value: str) -> list[str] | None:
    """The row's value as the writer's name where it is one word of letters the footer's copyright line
    opens with; None otherwise."""
    words = value.split()
    if len(words) != 1 or not words[0].isalpha() or len(words[0]) < _NAME_LETTERS:
        return None
    return [words[0]] if footer_holds_the_handle(page, words[0].casefold()) else None
