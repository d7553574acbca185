"""A one-person site's post that names no writer but in the footer's copyright line, the holder a person's
whole name that the site's own host spells (std::bodun::blog, 2023, a minimal Hugo theme: no byline, no author
meta, the footer 'Copyright © 2026 <a href="https://www.bodunhu.com/">Bodun Hu</a> • RSS' at
www.bodunhu.com/blog/). The host named for the holder makes the site that person's, and so the post, as a
handle spelling a linked name does (host_handles) and as an author meta naming the holder does
(footer_holders). A company, a publisher or a group is no person's name (names.is_group); a theme's author
holds no host the page is served at, and a holder linked to another site is a credit, not the owner.

A one-person site whose owner writes under a handle alone (ldihao's blog, 2020, Hugo's 'even' theme at
ldihao.github.io: author meta 'ldihao', the post-copyright's 'Author ldihao', the footer '© 2019 - 2020
ldihao'): where the one author meta, the footer's copyright holder and the host's first label are the same one
word, the site names its owner so and nothing else, and the handle is the writer's name as the page gives it
(owner_the_meta_footer_and_host_call). A handle only the meta gives is no name the page shows, and a footer
holding another word (the site's name, a company's) or a host of another name leaves the handle unread.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from ..identity import clean_text
from .canonical_hosts import canonical_host
from .copyright_elements import holder_of_a_copyright_element
from .family_first_holders import given_name_first
from .family_first_hosts import family_first_spellings
from .footer_holders import copyright_holder, holder_words
from .footer_named_handles import footer_names_the_handle
from .host_handles import handle_spellings
from .html_meta import Page, short_text
from .initials_hosts import initials_of_a_middle_named
from .names import a_persons_name, display_name, is_group
from .site_name_handles import host_label_of_the_sites_name, sites_name_holds_the_handle

# How many footers are read (the page's last ones), and how many characters (and nodes) each holds at most.
_FOOTERS_READ = 3
_FOOTER_LENGTH = 600
# How long a link's words run at most where the holder's link is sought.
_NAME_LENGTH = 60
# Words naming a lab, a team, a company or a publisher, which names.is_group (a consortium's, a study group's
# words) leaves to other readers: such a holder is no one person ('Doe Lab', 'Acme Inc.').
NOT_ONE_PERSON = frozenset({
    "lab", "labs", "laboratory", "team", "inc", "llc", "ltd", "gmbh", "corp", "co", "company", "press",
    "media", "studio", "studios", "blog", "university", "institute", "foundation", "society", "project",
})
# A person's whole name has two to four words.
_NAME_WORDS = range(2, 5)
# The host's labels that are a service's, not a name: passed over to the name ('www.bodunhu.com').
_SERVICE_LABELS = frozenset({"www", "blog", "blogs", "web", "home", "m"})


def owner_the_footer_and_host_name(page: Page, url: str) -> list[str] | None:
    """The footer's copyright holder, a person's whole name that the host's first label past 'www' spells
    (given name and surname, or the given name's initial and the surname, casefolded), where the footer links
    that name to no other host; None otherwise. The site's name written as a host (og:site_name
    'sureshsarda.me' at s9a.me, a numeronym) spells it as the host does, and a copyright line in an element
    of its own is read where the footer's whole text gives none (copyright_elements)."""
    host = (urlsplit(url).hostname or "").casefold()
    handle = _host_label(url)
    spellers = {handle, host_label_of_the_sites_name(page)} - {""}
    if not spellers:
        return None
    # The site's own hosts: the one it is served at, and the one its canonical address names, the address its
    # build was made for (Liyan Tang's PaperMod blog, round 258, after its final held-out figure: served at
    # www.tangliyan.com, built for Liyan06.github.io, the footer's name linking there).
    own_hosts = {host.removeprefix("www."), canonical_host(page)} - {""}
    for footer in reversed(page.tree.css("footer")[-_FOOTERS_READ:]):
        # A bullet parts the line's items as a middle dot does ('Bodun Hu • RSS').
        line = (short_text(footer, _FOOTER_LENGTH) or "").replace("\u2022", "\u00b7")
        holder = (copyright_holder(line) or (_lower_cased_given_name(holder_words(line), handle) if handle
                                             else None)
                  or holder_of_a_copyright_element(footer))
        if holder is None:
            continue
        words = holder.casefold().split()
        if any(word.strip(".,") in NOT_ONE_PERSON for word in words):
            return None
        # A host of the holder's given name alone is the holder's too where the footer writes the holder
        # family name first ('Nakamura, Ryotaro' at ryotaro.dev, round 242: the lead's stop-78 reading): a
        # name so written is a person's, where a given name the host spells before another word ('Ann Site'
        # at ann.github.io, 'Round Rossant' linked to an about page) vouches for no one.
        given = {holder.split()[0].casefold()} if given_name_first(holder_words(line) or "") else set()
        if not spellers & (handle_spellings(holder) | given | initials_of_a_middle_named(holder)
                           | family_first_spellings(holder)):
            return None
        for link in footer.css("a[href]"):
            if " ".join((short_text(link, _NAME_LENGTH) or "").split()) != holder:
                continue
            target = (urlsplit(link.attributes.get("href") or "").hostname or host).casefold()
            if target.removeprefix("www.") not in own_hosts:
                return None  # the name linked to another site: a credit, not the site's owner
        return [display_name(holder) or holder]
    return None


def _lower_cased_given_name(name: str | None, handle: str) -> str | None:
    """The holder's name where its given name alone is written in lower case ('vivek Aithal', vivek Aithal's
    Hugo site, 2020: 'Copyright © 2024 vivek Aithal' at vivekaithal.co, no byline or author meta), the words
    a person's whole name once that name is capitalised, and the host's label spelling the whole name: the
    host vouches for the holder as the page's own person, as it does for a holder written in capitals. Kept
    as written; None otherwise."""
    words = (name or "").split()
    if len(words) not in _NAME_WORDS or not words[0].isalpha() or not words[0].islower():
        return None
    if not all(word[:1].isupper() for word in words[1:]):
        return None
    capitalised = " ".join([words[0].capitalize(), *words[1:]])
    if not a_persons_name(capitalised) or is_group(capitalised):
        return None
    if handle not in handle_spellings(capitalised):
        return None
    return " ".join(words)


# The copyright sign, the years and their ranges, then the holder's one word alone up to the footer's next
# item or its end. A theme that writes its own sign after the years, and a handle written with its at-sign as
# social sites write it, hold the same one word (getumen's Hugo blog, 2021: '© 2021 © @getumen').
_HANDLE_COPYRIGHT = re.compile(r"(?:©|\(c\))\s*(?:(?:19|20)\d\d\s*(?:[-\u2013~]\s*)?)*"
                               r"(?:(?:©|\(c\))\s*)?@?"
                               r"(?P<handle>[^\W\d_][\w-]*)\s*(?:$|[·|\u2022\n])", re.IGNORECASE)


def owner_the_meta_footer_and_host_call(page: Page, url: str) -> list[str] | None:
    """The one author meta's handle where it is one word that the host's first label past 'www' is,
    casefolded, and that the footer's copyright line holds alone after its years; None otherwise. Reads the
    page's last footers, each no further than a footer's length."""
    named = {clean_text(value) for value in page.every("author", "article:author")} - {None, ""}
    if len(named) != 1:
        return None
    handle = named.pop() or ""
    if len(handle.split()) != 1 or handle.casefold() != _host_label(url):
        return None
    for footer in reversed(page.tree.css("footer")[-_FOOTERS_READ:]):
        text = " ".join((short_text(footer, _FOOTER_LENGTH) or "").split())
        if (holder := _HANDLE_COPYRIGHT.search(text)) is not None:
            return [handle] if holder["handle"].casefold() == handle.casefold() else None
    return None


def owner_the_article_author_and_footer_call(page: Page) -> list[str] | None:
    """The post's one article:author meta where it is one word of letters that the footer's copyright line
    opens with after its years (OZ's notes on Machine Learning, 2021, Hexo's Yilia theme at
    ozhong.github.io/notes_on_ml.github.io: article:author 'OZ', the footer '© 2021 OZ', no byline): the post
    signs itself so and the site's holder is the same one word, the name the writer publishes under, however
    the host is spelled; None otherwise. A handle the meta alone gives, or another word in the footer, is no
    name the page shows (the author meta may be site-wide: only article:author, the post's own, is read)."""
    named = {clean_text(value) for value in page.every("article:author")} - {None, ""}
    # …or, where the site's name holds the handle, the post's og:article:author, the tag as some Hugo themes
    # write it (κeen's liquorice posts, round 224; site_name_handles.py).
    signed = {clean_text(value) for value in page.every("og:article:author")} - {None, ""}
    if len(named) != 1:
        return _the_handle_the_sites_name_holds(page, signed) if not named else None
    handle = named.pop() or ""
    if len(handle.split()) == 1 and not handle.isalpha() and _NUMERAL_HANDLE.fullmatch(handle):
        # …or a handle of digits, or digits and letters, that the copyright line holds as its one word (QxC's
        # Blog's Hexo NexT post, round 231: article:author '404', the microdata author's name '404', the
        # footer '© 2024 404 66k …'; the lead's stop-77 reading, stop 73's rule): never a year.
        return [handle] if footer_holds_the_handle(page, handle.casefold(), any_word=True) else None
    if len(handle.split()) != 1 or not handle.isalpha() or len(handle) < _HANDLE_LETTERS:
        return None
    if footer_holds_the_handle(page, handle.casefold()):
        return [handle]
    if footer_names_the_handle(page, handle.casefold()):
        # …or a footer naming it alone with no copyright sign, in another case ('Kangkang ♥ GitHub',
        # 康康博客's Hexo Fluid footer, round 231; the lead's stop-77 reading): footer_named_handles.py.
        return [handle]
    # …or the site's own name holds it as a whole word-run, a second holder (the lead's stop-76 reading:
    # 'κeenのHappy Hacκing Blog', its footer's copyright line naming no one).
    return _the_handle_the_sites_name_holds(page, {handle})


def _the_handle_the_sites_name_holds(page: Page, named: set[str | None]) -> list[str] | None:
    """The one handle named, one word of letters, where the site's name holds it as a whole word-run."""
    if len(named) != 1:
        return None
    handle = named.pop() or ""
    if len(handle.split()) != 1 or not handle.isalpha() or len(handle) < _HANDLE_LETTERS:
        return None
    return [handle] if sites_name_holds_the_handle(page, handle.casefold()) else None


# How many letters a handle has at least: one letter is an initial, no name.
_HANDLE_LETTERS = 2


# The copyright sign and the years, then the holder's first word, whatever follows it ('© 2023 mulkong
# Powered by Hexo', Hexo NexT's footer, its credit in a block of its own right after).
# The theme's second sign and the handle's at-sign are passed over as above ('© 2021 © @getumen').
# …and the word 'By' before the holder, as Hexo Butterfly's footer writes it ('© 2025 - 2026 By kjore',
# round 261, after its final held-out figure).
_SIGN_AND_YEARS = r"(?:©|\(c\))\s*(?:(?:19|20)\d\d\s*(?:[-\u2013~]\s*)?)*(?:(?:©|\(c\))\s*)?(?:by\s+)?@?"
_COPYRIGHT_OPENING = re.compile(_SIGN_AND_YEARS + r"(?P<handle>[^\W\d_][\w-]*)", re.IGNORECASE)
# The same line whose holder is any one word, digits too ('© 2024 404 66k …'), for a handle not of letters
# alone: the years are passed over first, so a line of a sign and years alone ('© 2024') holds its last year,
# which no handle is.
_COPYRIGHT_OPENING_ANY_WORD = re.compile(_SIGN_AND_YEARS + r"(?P<handle>[^\W_][\w-]*)", re.IGNORECASE)
# A handle not of letters alone: a word of two characters or more, digits among them, never a year.
_NUMERAL_HANDLE = re.compile(r"(?!(?:19|20)\d\d$)[^\W_][\w-]+")


def footer_holds_the_handle(page: Page, handle: str, any_word: bool = False) -> bool:
    """Whether the copyright line of one of the page's last footers opens with the one-word handle after its
    years ('© 2019 - 2020 ldihao', '© 2023 mulkong Powered by Hexo'), casefolded; with `any_word`, a holder
    of digits too ('© 2024 404'). Reads each footer no further than a footer's length."""
    return any(copyright_line_holds_the_handle(short_text(footer, _FOOTER_LENGTH) or "", handle, any_word)
               for footer in reversed(page.tree.css("footer")[-_FOOTERS_READ:]))


def copyright_line_holds_the_handle(text: str, handle: str, any_word: bool = False) -> bool:
    """Whether a copyright line ('© 2025 - 2025 Skywalker') opens with the one-word handle after its years,
    casefolded; with `any_word`, a holder of digits too."""
    opening = _COPYRIGHT_OPENING_ANY_WORD if any_word else _COPYRIGHT_OPENING
    holder = opening.search(" ".join(text.split()))
    return holder is not None and holder["handle"].casefold() == handle


def _host_label(url: str) -> str:
    """The host's first label past a service's ('www'), where it is ASCII letters alone; '' otherwise."""
    label = first_host_label(url)
    return label if label.isascii() and label.isalpha() else ""


def first_host_label(url: str) -> str:
    """The host's first label past a service's ('www.bodunhu.com' → 'bodunhu'), casefolded; '' for a host of
    fewer than two labels."""
    labels = (urlsplit(url).hostname or "").casefold().split(".")
    while len(labels) > 2 and labels[0] in _SERVICE_LABELS:
        labels = labels[1:]
    return labels[0] if len(labels) >= 2 else ""


def one_persons_whole_name(name: str) -> bool:
    """Whether the words are one person's whole name: two to four words, a person's name by names, and no
    group's, lab's, team's, company's or publisher's word among them."""
    words = name.split()
    return (len(words) in _NAME_WORDS and a_persons_name(name) and not is_group(name)
            and not any(word.strip(".,").casefold() in NOT_ONE_PERSON for word in words))
