"""People's names as pages write them, made into display names: given name first, nothing else.

Pages decorate names: ACS writes dc.Creator "Rachida Ghailane,†" and "Jean Paul Malrieu,*,‡ and",
bylines carry affiliation numbers and footnote symbols, zero-width spaces ride along, some are set
in capitals. None of that belongs in a name, and only a true "Family, Given" is turned around.
"""

from __future__ import annotations

import re
import unicodedata

from ..identity import clean_text
from ..records import MAX_AUTHOR_LENGTH
from .dates import dates_in_text
from .hugo_maps import name_in_a_hugo_map
from .mastheads import a_newspapers_name

_NAME_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}
# Footnote and affiliation marks, and characters that never show. A caret marks a lead contact as ✉ marks
# correspondence (a Manubot manuscript in a Cell Press layout, round 201: 'Jo Lynne Rokita^' in its list and
# citation_author, '^Lead Contact: …' below): no name holds one.
# One word whose digits stand between its letters: a handle's spelling, no name and its marks.
_DIGITS_INSIDE_A_WORD = re.compile(r"[^\W\d_]+\d+[^\W\d_][^\W_]*")
_MARKS = re.compile(r"[*†‡§¶‖∥#⊥◊⁎✉^\u200b\u200c\u200d\u2060\ufeff]|\d+")
# An element's tags written into a name as text: a Manubot manuscript writes its Authors list's markup of a
# footnote mark into the citation_author tag (Sage Bionetworks' green paper, round 221: 'Sage Bionetworks
# Team <sup> &dagger; </sup>'), the mark dropped with the marks, the tags left. No name holds a tag; a
# bracket opening none ('Ann < Lee') is left as written. A name is at most MAX_AUTHOR_LENGTH characters when
# this runs, so the class after the tag's name is read over a short text.
_MARKUP = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
# Template syntax a page's generator should have filled in: $name, ${name}, {{name}}, <%= name %>. A
# template holds no other brace or percent sign: looking past them from every "{{" to the end was quadratic.
# A programming language's literal a template wrote where the name was missing (Seeker, 2017: JSON-LD
# author "False"): no name.
_LITERALS = {"false", "true", "none", "null", "undefined", "nan"}
_TEMPLATE = re.compile(r"\$\{?[A-Za-z_][\w.]*|\{\{[^{}]*\}\}|<%[^%]*%>")
# PubMed's "Family INITIALS" ("Remus DM", "de Vos P"): a family name with lower-case letters, then
# one to three capitals with no full stops.
_INITIALS_ONLY = re.compile(r"[A-Z]{1,3}")
_RUN_OF_INITIALS = re.compile(r"[A-Z]{2,3}")
_HYPHENATED_INITIALS = re.compile(r"\b([A-Z])-([A-Z])\b")
DEGREES = {
    "md", "phd", "dphil", "mba", "mph", "msc", "bsc", "ma", "ba", "ms", "bs", "rn", "mbbs", "mbchb",
    "frcs", "frcp", "facs", "dds", "dmd", "pharmd", "mpharm", "do", "dvm", "mres",
    # A public-health journal's bylines (the CDC's Preventing Chronic Disease, 2024): "MSPH", "BSN",
    # "CPHQ" (a quality certification), "AS" (an associate degree: "Melanie Carver, AS").
    "msph", "bsn", "cphq", "as",
}
# "… and for the DELTA group", "on behalf of the SAVIOR-C investigators": who the authors speak for.
_GROUP_NOTE = re.compile(r"(?:for|on behalf of)\s+(?:the\s+)?\S", re.IGNORECASE)
_EDGE_AND = re.compile(r"^(?:and|&)\s+|\s+(?:and|&)$", re.IGNORECASE)
# A military rank before a given and a family name (Air University Review's byline, 1984: "Major Owen E.
# Jensen"; its notes' "Lieutenant Colonel J.D. Hittle"): the person's office, no part of the name.
_RANK = re.compile(
    r"\A(?:(?:Brigadier|Major|Lieutenant|Vice|Rear)\s+)?(?:General|Colonel|Major|Captain|Lieutenant|Commander"
    r"|Admiral|Sergeant)\s+(?=\S+\s+\S)")
# An academic honorific before a given and a family name (the Australian COVID-19 Modelling Initiative's
# author line, 2021: "Professor Michael Plank, Dr Rachelle Binny"; "A/Prof", "Associate Professor", "Prof.
# Dr."): the person's title, no part of the name a record keeps. Only before two words or more: "Dr Who"
# stays whole. German academia writes more before a name (a Manubot thesis from TU Dresden, 2020: "M.Sc.
# Dmytro Pukhkaiev", "Dr.-Ing. Sebastian Götz", "Prof. Dr. rer. nat habil. Uwe Assmann"): a degree ("M.Sc.",
# "B.Sc.", "Dipl.-Ing."), the engineering doctorate's "-Ing.", and after "Dr." the doctorate's field and the
# habilitation, in lower case ("rer. nat.", "med.", "habil."), titles all. "M.A." is left: it is as often
# two initials.
HONORIFIC = re.compile(
    r"\A(?:(?:(?:Associate|Assistant|Adjunct|Emeritus)\s+Professor|A/Prof\.?|Assoc\.?\s+Prof\.?|Professor|Prof\.?"
    r"|Dr\.?(?:-Ing\.)?(?:\s+(?:rer|nat|med|phil|habil)\b\.?)*|[BM]\.\s?(?:Sc|Eng)\.|Dipl\.-[A-Z][a-z]{1,5}\.)\s+)+"
    r"(?=\S+\s+\S)")
# "et al." closing a byline cut short ("Alice Smith, Bob Jones et al"): "and others", in no one's name.
_ET_AL = re.compile(r"[\s,;]*\bet\.?\s*al\b\.?$", re.IGNORECASE)
# "and" may run into the next name where the page broke the line after it ("M. Ali Haider and\n<a>Jean-
# Philippe Ansermet</a>" read "Haider andJean-Philippe", AIP): an "and" before a capital parts names too.
# A vertical bar parts them in a catalogue's row of links ("Kashyap Popat | Subhabrata Mukherjee":
# aclanthology.info, 2018); no name holds one.
_LIST_SEPARATORS = re.compile(r"\s*(?:;|,|\||(?i:\band\b)|(?<=\s)and(?=[A-Z])|&)\s*")


# A name written in Chinese characters: two to four of them (方齡), as bylines give a person's name.
HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
# A site role's word in those characters ('administrator', 'blogger', 'anonymous', 'original' …) is no one's
# name, though a byline's place may hold it.
_HAN_ROLES = frozenset(("管理员", "博主", "站长", "小编", "编辑", "作者", "匿名", "佚名", "本站",
                        "原创", "转载"))


def a_han_name(name: str) -> bool:
    """Whether a text is a person's name as a byline writes it in Chinese characters: two to four, no space
    (a Hux Blog port's 'Posted by' line, 2020; each span of a lab's authors line, Beta Lab's, round 215; a
    bilingual Wowchemy site's authors line naming its owner so, Chenfei Ye's, round 223), no site role's
    word."""
    return HAN_NAME.fullmatch(name) is not None and name not in _HAN_ROLES


# The label "Author:" or "Authors:" (作者：, 著者：, 저자:) before a byline's names, as a sidebar or a byline
# element sets it (bylines._labelled_byline), and as a schema.org author's element may hold it before the
# name (html_meta's people: the Mediumish theme's h5 itemprop="author" 'Author: Mikhail Shilkov', round 192).
# In Chinese, Japanese and Korean, with the full-width colon they write (Wanfang Data: "作者："), or a bar of
# any width (Guangming Online's signature, 2017: "作者︱春春").
AUTHORS_LABEL = re.compile(r"(?:authors?|author\(s\)|作者|著者|저자)\s*[:\uff1a|\uff5c\ufe31\u4e28]",
                           re.IGNORECASE)


def display_name(value: str | None, *, initials_as_written: bool = False) -> str | None:
    """A display name, given name first: "Vaswani, Ashish" -> "Ashish Vaswani",
    "Jean Paul Malrieu,*,‡ and" -> "Jean Paul Malrieu", "SARAH THOMSON" -> "Sarah Thomson".
    A template the publisher left unfilled ("$author.firstName $author.lastName") is no name.
    With `initials_as_written`, a name closing with its initials is not turned as a Vancouver list's is
    (display_names says when)."""
    # A value longer than a name the library keeps is none (the readers below are not all linear in it).
    if value and (len(value) > MAX_AUTHOR_LENGTH or _TEMPLATE.search(value)):
        return None
    # A Hugo theme's author entry printed as raw data, 'map[Mitch Downey url:…]': the name before its keys.
    value = (value and name_in_a_hugo_map(value)) or value
    if value and _DIGITS_INSIDE_A_WORD.fullmatch(value.strip()):
        # One word whose digits stand between its letters ('g0dam', a Hexo Cactus post's schema.org Person,
        # round 261) is a handle spelt with a digit for a letter, kept as written: affiliation marks close a
        # name, they do not split one word ('G Dam').
        return value.strip()
    text = clean_text(_ET_AL.sub("", clean_text(_MARKS.sub(" ", _MARKUP.sub(" ", value or ""))) or ""))
    if not text or text.casefold() in _LITERALS:
        return None
    text = clean_text(_EDGE_AND.sub("", _without_affiliation(_without_bracketed_note(_without_mailbox(
        _without_advisor(text))))).strip(" ,;"))
    text = _RANK.sub("", text, count=1) if text and "," not in text else text
    text = HONORIFIC.sub("", text, count=1) if text and "," not in text else text
    if text and " " in text and not any(char.islower() for char in text):
        text = _with_mc(text.title())  # a byline set in capitals; the name is not
    elif text and " " in text and not any(char.isupper() for char in text):
        text = _capitalised(text)  # "pascal muam mah" (Acadlore): typed in lower case throughout
    elif text and (family := _family_in_capitals(text)) is not None:
        text = family  # "Hitoshi KIYA" (J-STAGE): the family name set in capitals, Japanese style
    # A byline set in capitals writes its honorific so too ("DR SARAH CUNNINGHAM-BURLEY", Edinburgh's Edit):
    # read once the capitals are turned, it is left out as any honorific is.
    text = HONORIFIC.sub("", text, count=1) if text and "," not in text else text
    if text and text.count("\u060c") == 1 and "," not in text:
        # "دیماتیو ، ام.رابین", "ابن اثیر، علی بن محمد": family name first before the Arabic comma a
        # Persian or Arabic catalogue writes, as a Latin one writes its comma.
        family, _, given = text.partition("\u060c")
        text = f"{family.strip()}, {given.strip()}" if family.strip() and given.strip() else text
    if text and "," not in text and not initials_as_written and (turned := _vancouver(text)):
        return turned  # PubMed's "Remus DM" is DM Remus
    if not text or "," not in text:
        return text
    parts = [part.strip() for part in text.split(",")]
    # "Sayo Hamatani, PhD", "Yasuhiro Sato, MD, PhD" (JAMA Network): degrees after a whole name, no given
    # name; after a family name alone they are its initials ("Smith, M.A.", "Smith, MD": a repository's).
    while (len(parts) > 2 or (len(parts) == 2 and " " in parts[0])) and _written_as_a_degree(parts[-1]):
        parts.pop()
    if len(parts) == 1:
        return parts[0]
    if len(parts) == 2 and " " in parts[0] and a_newspapers_name(parts[1]):
        return parts[0]  # a writer's whole name and the newspaper the story came from ("…, Florida Today")
    if len(parts) == 2 and " " in parts[0] and a_post(parts[1]):
        # …or the writer's title, a desk's word last (the Alligator, 2017: "Robert Lewis, Contributing
        # Writer" in span[itemprop=author] and meta author): no given names after a family name.
        return parts[0]
    if len(parts) == 2 and " " in parts[0] and AFFILIATION_WORD.search(parts[0]):
        # An institution and its place, no family and given names to turn about (Massey News, 2012: author
        # and DC.creator "Massey University, New Zealand"): an organisation names no person.
        return None
    if len(parts) == 2 and parts[0] in _ORGANISATIONS:
        return f"{parts[0]} {parts[1]}"  # an agency and its centre ("NASA, Goddard"), in the order written
    if len(parts) == 2 and " " in parts[0] and parts[1].lower() in _NAME_SUFFIXES:
        # A whole name and its generational suffix after a comma (a Manubot manuscript's author list and
        # citation_author, 2021: "Timothy J. Triche, Jr."): the suffix is part of the name, written without
        # the comma, as "King, Martin Luther, Jr." is turned. After a family name alone ("Smith, Jr.") no
        # given name shows where the suffix goes: it stays as written below.
        return f"{parts[0]} {parts[1]}"
    if len(parts) == 2 and parts[1] and parts[1].lower() not in _NAME_SUFFIXES:
        given, _, last = parts[1].rpartition(" ")
        # "Author, Test Jr." (EndNote): the suffix written after the given name ends the whole name.
        turned = (f"{given} {parts[0]} {last}" if given and last.lower() in _NAME_SUFFIXES
                  else f"{parts[1]} {parts[0]}")
        # "ROUSSIAKIS, Socrates J." (Geodiversitas): the family name alone in capitals before its comma.
        return (parts[0].isupper() and _family_in_capitals(turned)) or turned
    if len(parts) == 3 and parts[1] and parts[2].lower() in _NAME_SUFFIXES:
        return f"{parts[1]} {parts[0]} {parts[2]}"
    return text


def _without_advisor(text: str) -> str:
    """The name without the thesis's advisor a site writes after it in the same author entry (Elena
    Álvarez-Mellado's Academic 3.3.0 page of her MS thesis, round 250, after its final held-out figure:
    'Elena Álvarez-Mellado. Advisor: Constantine Lignos'): an advisor, labelled so, is no author."""
    found = _ADVISOR_NOTE.search(text)
    return text[:found.start()] if found and found.start() > 0 else text


# A sentence's stop or a comma, then a label naming the advisor(s) or supervisor(s) and a colon.
_ADVISOR_NOTE = re.compile(r"[.,;]\s*(?:thesis\s+|co-?)?(?:advis[eo]rs?|supervisors?)\s*:", re.IGNORECASE)


def _without_mailbox(text: str) -> str:
    """The name without the e-mail address a newspaper's template writes after it past a bar (MassLive's
    meta article_author and JSON-LD author, 2017: "Phil Demers | pdemers@masslive.com"): a mailbox is no
    part of a name. A bar before anything else is left as it is (names_in_byline parts names at bars)."""
    name, bar, rest = text.rpartition("|")
    return name.strip() if bar and name.strip() and _MAILBOX.fullmatch(rest.strip()) else text


# An e-mail address alone: a local part, "@", and a host with a dot in it; no spaces.
_MAILBOX = re.compile(r"[^\s@|]+@[^\s@|]+\.[^\s@|]+")


def _without_bracketed_note(text: str) -> str:
    """The name without the institution a repository writes after it in brackets ("Carvalho Júnior,
    Ilton Jardim de [UNESP]": DSpace, UNESP's repository), which names no part of the person."""
    at = text.rfind("[")
    return text[:at] if at > 0 and text.endswith("]") and "]" not in text[at:-1] else text


def _without_affiliation(text: str) -> str:
    """The name without the institution written after it in parentheses (the ISMIR program sites'
    "Jorge Calvo-Zaragoza (University of Alicante)", "Vinoo Alluri (IIIT - Hyderabad)"): a note of two
    words or more after a name of two words or more. A single word in parentheses is the person's own
    (a former name, "Jane Doe (Smith)"), and so is a nickname inside the name ("Robert (Bob) Smith").
    A whole name and "at" an institution ("Ada Round at MIT") is the person at it: no name holds "at"."""
    name, at, place = text.partition(" at ")
    if at and len(name.split()) >= 2 and place[:1].isupper():
        return name
    if not text.endswith(")"):
        return text
    at = text.rfind("(")
    name, note = text[:at].strip(), text[at + 1 : -1]
    # A social handle after the name (GeoEnergy Math's WordPress byline, 2017: "Paul Pukite (@whut)") is
    # the person's account, never part of a name, one word as it is.
    if at > 0 and name and _HANDLE.fullmatch(note.strip()):
        return name
    if at <= 0 or ")" in note or len(name.split()) < 2 or len(_NOTE_WORDS.findall(note)) < 2:
        return text
    # A group's short name after it ("… Working Group (IICS WG)", NIST's NISTIR 8200) is the group's own.
    if is_group(name) and note.isupper():
        return text
    return name


_NOTE_WORDS = re.compile(r"\w+")
_HANDLE = re.compile(r"@\w+")


# Particles that stay in lower case inside a name and begin its family name: "betty van aken"
# is Betty van Aken, "van der Ploeg, Atze" is written family first, and the family name of
# Ludwig van Beethoven in CSL is "van Beethoven" (publish/csl.py).
NAME_PARTICLES = frozenset({"van", "von", "de", "der", "den", "du", "da", "di", "del", "della", "la",
                            "le", "dos", "das", "do", "ter", "ten", "bin", "binti", "al"})


def _capitalised(text: str) -> str:
    words = text.split()
    return " ".join(
        word if index and word in NAME_PARTICLES
        else "-".join(part[:1].upper() + part[1:] for part in word.split("-"))
        for index, word in enumerate(words)
    )


def is_group(name: str) -> bool:
    """Whether a name is a group's, not a person's: a consortium, a study group, trial investigators."""
    return _GROUP_WORD.search(name) is not None


# The words that name a group of authors ("HOPE Project Consortium", "SAVIOR-C Investigators").
_GROUP_WORD = re.compile(
    r"\b(?:Consortium|Group|Collaboration|Collaborative|Investigators|Network|Committee|Trialists)\b"
)


# The acronyms of research agencies and organisations that author reports in their own name, which a
# family name set in capitals looks like ("NASA, Goddard" is NASA's Goddard centre, "BRAUN, Andreas" a
# person): kept as written, never turned about nor put in normal case.
_ORGANISATIONS = frozenset({
    "NASA", "NOAA", "USGS", "NIST", "NIH", "NSF", "EPA", "CERN", "ESA", "ESO", "JAXA", "CSIRO", "CNRS",
    "INRIA", "OECD", "UNESCO", "UNICEF", "IPCC", "IAEA", "IEEE", "NATO",
})


# One initial or a hyphenated pair, each with its full stop ("J.", "J.-P.").
_INITIAL = re.compile(r"[^\W\d_]\.(?:-[^\W\d_]\.)?")


def _family_in_capitals(text: str) -> str | None:
    """A name whose family name alone, first or last, is set in capitals ("Hitoshi KIYA", "KIYA
    Hitoshi"), in normal case; two or three capitals are initials ("Fernando EM Fonseca"). A group's
    name keeps its acronym ("HOPE Project Consortium")."""
    words = text.split()
    if not 2 <= len(words) <= 4 or is_group(text):
        return None
    shouting = [index for index, word in enumerate(words)
                if len(word) >= 4 and word.isalpha() and word.isupper()]
    if len(shouting) != 1 or shouting[0] not in (0, len(words) - 1) or words[shouting[0]] in _ORGANISATIONS:
        return None
    others = [word for index, word in enumerate(words) if index != shouting[0]]
    # An initial with its full stop ("Socrates J. ROUSSIAKIS") is no family name; the given name is.
    if not any(char.islower() for char in "".join(others)) or not all(
            word[:1].isupper() and (any(char.islower() for char in word) or _INITIAL.fullmatch(word))
            for word in others):
        return None
    index = shouting[0]
    return " ".join(_with_mc(word.capitalize()) if at == index else word for at, word in enumerate(words))


# A family name's "Mc" and the letter after it, in a name set in capitals read in normal case ("MCCARTHY"
# read "Mccarthy"): such names write that letter as a capital (McCarthy, McDonald). "Mac" is left alone: as
# many names write it without one (Macdonald, Mackenzie, Machado).
_MC = re.compile(r"\bMc([a-z])")


def _with_mc(text: str) -> str:
    """A name read in normal case from capitals, with the capital after a family name's "Mc" (AFP
    Faktencheck's 'Bill  MCCARTHY', 2026)."""
    return _MC.sub(lambda match: "Mc" + match.group(1).upper(), text)


def _vancouver(text: str) -> str | None:
    # The last name of a Vancouver list keeps the full stop that closes the list ("Lechward K,
    # Skladanowski AC."): no initial's own, as a run of capitals writes none. One capital's stop may be
    # its own ("Di S.", a given name and an initial).
    tokens = text.split()
    if tokens and tokens[-1].endswith(".") and _RUN_OF_INITIALS.fullmatch(tokens[-1][:-1]):
        tokens[-1] = tokens[-1][:-1]
    if not 2 <= len(tokens) <= 5 or not _INITIALS_ONLY.fullmatch(tokens[-1]):
        return None
    if not all(any(char.islower() for char in token) for token in tokens[:-1]):
        return None
    if not any(char.isupper() for char in tokens[-2]):
        return None  # a family name right before the initials ("van der Berg JA"), no word of a sentence
    return f"{tokens[-1]} {' '.join(tokens[:-1])}"


def display_names(values: list[str]) -> list[str]:
    """The list's display names. A list whose other names are whole names written given name first, none
    closing with initials ("Prashant Pandey", "Aayush Kumar Tyagi", "Sameer Amberkar"), is no Vancouver
    list: its one name closing with capitals ("Prathosh AP", a given name and the initials South Indian
    names write for the family's, round 250) is written so, not turned as PubMed's "Remus DM" is."""
    return [name for name in _initials_kept(values, [display_name(value) for value in values]) if name]


def _initials_kept(values: list[str], names: list[str | None]) -> list[str | None]:
    """The display names of a list's `values`, their initials kept last where the list is no Vancouver
    list (display_names)."""
    turned = [index for index, value in enumerate(values)
              if names[index] and names[index] != display_name(value, initials_as_written=True)]
    whole = [name for index, name in enumerate(names) if name and index not in turned and " " in name]
    if len(turned) == 1 and len(whole) >= 2 and len(whole) == len([name for name in names if name]) - 1:
        names = [*names]
        names[turned[0]] = display_name(values[turned[0]], initials_as_written=True)
    return names


# A value that is initials alone once its marks are gone: "J. H", "T. H1", "L.M.".
_INITIALS_ALONE = re.compile(r"(?:[A-Z]\.?[\s-]*){1,4}")
# A family name alone: one word with a letter in lower case ("Halanych", "Bemrich-Stolz", "O'Neil").
_FAMILY_ALONE = re.compile(r"[A-Z\u00c0-\u024f][\w'\u2019-]*[a-z\u00df-\u024f][\w'\u2019-]*")


def rejoined_at_commas(values: list[str]) -> list[str]:
    """Author tags that are one byline cut at its commas ("Halanych", " J. H2", " Howard", "T. H1":
    Ommega Online) rejoined: a family name alone followed by initials alone is one person,
    "Halanych, J. H2"."""
    joined: list[str] = []
    cleaned = [clean_text(_MARKS.sub(" ", value or "")) or "" for value in values]
    index = 0
    while index < len(values):
        here = cleaned[index]
        following = cleaned[index + 1] if index + 1 < len(values) else ""
        if _FAMILY_ALONE.fullmatch(here) and _INITIALS_ALONE.fullmatch(following):
            joined.append(f"{here}, {following}")
            index += 2
            continue
        joined.append(values[index])
        index += 1
    return joined


# Initials alone between a list's commas ("Leyen, U. and Schmidt, K."): the given names of a list written
# family name first.
_INITIALS_BETWEEN_COMMAS = re.compile(r"(?:[A-Z]\.?[\s-]?){1,3}")


# Words of an affiliation, never of a person's name: a project page sets one out as it sets its names
# (a linked "Google Research<sup>1</sup>" in a table cell), a labelled author's value writes it after them.
AFFILIATION_WORD = re.compile(
    r"\b(?:Universit\w*|Institut\w*|Research|Laborator\w*|Labs?|College|School|Cent(?:er|re)|Academy|Inc"
    r"|Corporation|Robots|Robotics|Department|Foundation)\b"
)


def people_before_their_affiliation(text: str) -> str:
    """A labelled value of people cut where their affiliation starts ("Ana Moreno, Trace R&D Center,
    University of Wisconsin-Madison": a person, then where she works), so that its words are not split
    into people at its commas and ampersands; as it is when it opens with an affiliation. A unit in
    brackets after a name ("Wei Li (Example Research Institute)") is that person's, and ends no list."""
    parts = _BRACKETED.sub(lambda found: "_" * len(found[0]), text).split(",")
    cut = next((at for at, part in enumerate(parts) if AFFILIATION_WORD.search(part)), 0)
    return text[:sum(len(part) + 1 for part in parts[:cut]) - 1] if cut else text


# A bracketed stretch, blanked out (its length kept) where its words must not count.
_BRACKETED = re.compile(r"\([^()]*\)")


# The longest a day written out runs ("Wednesday, 30 September 2021" and a little more).
_LONGEST_DAY = 40


def _before_a_closing_day(text: str) -> str:
    """`text` less a whole day (day, month and year) that ends it after other words; only its tail is
    read, a day being short, so that a long byline costs no more."""
    text = text.rstrip()
    start = max(0, len(text) - _LONGEST_DAY)
    days = dates_in_text(text[start:])
    if days and (last := days[-1])[0] + start > 0 and last[1] + start == len(text) and last[2] \
            and len(last[2]) == len("2021-10-08"):
        return text[:last[0] + start]
    return text


def names_in_byline(text: str | None) -> list[str]:
    """The people of one byline string, "A. Smith, B. Jones and C. Brown" (given names first);
    degrees set after a name ("Vlad V. Simianu, MD, MPH") and roles written in lower case ("Krishnan
    Bhaskaran, lecturer in statistical epidemiology": the BMJ) are not people."""
    # A Chinese byline parts its people by full-width semicolons ("税玉民 (…,昆明,650204)； 黄素华 (…)；").
    text = _in_full_where_given(text or "").replace("\uff1b", ";")
    # The names end before "at" and the hour the piece was posted (Boing Boing, 2012: "Seth Roberts at 1:12
    # pm Thursday, Aug 9").
    text = _AT_THE_HOUR.split(text, 1)[0]
    # …and before the day written after them, a byline's lines run together (bookdown bs4_book's welcome:
    # 'Matt Jaquiery' <br> '8 October 2021', round 225): its month's name is no part of a name.
    text = _before_a_closing_day(text)
    cleaned = clean_text(_ET_AL.sub("", clean_text(_MARKS.sub(" ", text)) or "")) or ""
    if _given_before_particle(cleaned):
        return [name] if (name := display_name(cleaned)) else []
    if any(_INITIALS_BETWEEN_COMMAS.fullmatch(part.strip()) for part in cleaned.split(",")) \
            and (paired := names_family_first(cleaned)):
        # "Smith, J. and Jones, K.": initials alone between commas are the given names of a list
        # written family name first, not people.
        return paired
    # A unit in brackets after a person ("Li, Wei (Institute of Physics)") is no part of the name.
    people = [one for part in cleaned.split(";") if (one := " ".join(_BRACKETED.sub(" ", part).split()))]
    parts = [part for part in cleaned.split(";") if part.strip()]
    if ((len(parts) > 1 or cleaned.rstrip().endswith(";")) and all(_BRACKETED.search(part) for part in parts)
            and all(people)):
        # Each person followed by a unit in brackets, a semicolon after each (Wanfang Med Online): the
        # brackets' commas part no people.
        return [name for person in people if (name := display_name(person))]
    if people and all(_family_first(person) for person in people):
        # "Staib, Matthias ; Castegnetti, Giuseppe" (Zenodo): each part one person, family name first.
        return [name for person in people if (name := display_name(person))]
    if (bibtexed := _bibtex_and_list(cleaned)):
        return bibtexed
    names: list[str] = []
    named: list[str] = []
    for part in _past_positions(_LIST_SEPARATORS.split(cleaned)):
        if names and part.strip().casefold() in _NAME_SUFFIXES:
            # A generational suffix after a comma ("Timothy J. Triche, Jr.": a Manubot manuscript's author
            # list, 2021) ends the name before it, as display_name writes it; it is no person of its own.
            names[-1] = f"{names[-1]} {part.strip()}"
            named[-1] = f"{named[-1]}, {part.strip()}"
        elif (not _as_a_degree(part) and not _GROUP_NOTE.match(part) and not _is_role(part)
              and (name := display_name(part))):
            names.append(name)
            named.append(part)
    # A byline of whole names given name first keeps the initials one name closes with (round 250).
    return [name for name in _initials_kept(named, [*names]) if name]


# An academic post written after a person's name, a rank and the field it is held in ("Assistant Professor of
# Computer Science", "Senior Lecturer in Statistics"): the person's position, written with capitals as a name
# is, but no one's name (an honorific before a name, "Professor Ada Round", is no position: no 'of' or 'in').
_POSITION = re.compile(
    r"(?:(?:Associate|Assistant|Adjunct|Emeritus|Visiting|Distinguished|Full|Senior|Principal)\s+)?"
    r"(?:Professor|Lecturer|Reader|Research\s+Fellow|Research\s+Scientist)\s+(?:of|in)\s+[A-Z]")


def _past_positions(parts: list[str]) -> list[str]:
    """A byline's parts less a person's academic post and the affiliation right after it ('Dylan Cashman,
    Assistant Professor of Computer Science, Brandeis University', JoVI's Idyll byline, 2025: one person,
    where the post's rank read as an honorific left 'of Computer Science' and the university two more
    people). Each part is looked at once."""
    kept: list[str] = []
    placing = False
    for part in parts:
        if _POSITION.match(part.strip()):
            placing = True
        elif not (placing and AFFILIATION_WORD.search(part)):
            placing = False
            kept.append(part)
    return kept


# "at" and an hour after a byline's names: when the piece was posted, not where its writer works.
_AT_THE_HOUR = re.compile(r"\s+at\s+\d{1,2}:\d\d\b")


# One person of a byline written short and then in full ("Bose, J (Bose, Jeff) [1]", "Sinnott, LT (Sinnott,
# Loraine T.) [4]": Web of Science), the address numbers after it. No part holds the others' delimiters
# and spaces are taken in one place only, so a part is matched in one pass, however it fails.
_SHORT_THEN_FULL = re.compile(
    r"([^,;()\[\]]+),([^,;()\[\]]+)\(([^,;()\[\]]+),([^,;()\[\]]+)\)(?:\s*(?:,\s*)?\[\s*\d+\s*\])*\s*"
)


def _in_full_where_given(text: str) -> str:
    """A byline whose people are each written short and then in full in brackets, with the full forms:
    the short one's family name the same, its given names the initials of the full one's."""
    if "(" not in text:
        return text
    parts = text.split(";")
    changed = False
    for index, part in enumerate(parts):
        found = _SHORT_THEN_FULL.fullmatch(part.strip())
        if found is None:
            continue
        family, initials, full_family, given = (group.strip() for group in found.groups())
        if family.casefold() == full_family.casefold() and _initials_of(given) == initials.replace(".", ""):
            parts[index] = f"{full_family}, {given}"
            changed = True
    return "; ".join(part.strip() for part in parts) if changed else text


def _initials_of(given: str) -> str:
    """"Loraine T." -> "LT", "Jean-Paul" -> "JP": the capitals that open each given name and its parts."""
    return "".join(word[:1] for word in re.split(r"[\s.\-]+", given) if word[:1].isupper())


def _given_before_particle(text: str) -> bool:
    """One name written family name first whose given names end with the particle that opens the
    family name in reading order ("Carvalho Júnior, Ilton Jardim de": Ilton Jardim de Carvalho
    Júnior, UNESP's repository): "de" ends no name, so the comma parts no two people."""
    family, comma, given = text.partition(",")
    words = given.split()
    # "al" is a particle ("Mohammed al …") but "et al" closes a list of people: "Alice Smith, Bob
    # Jones et al" is two people and more, not one named "Bob Jones et al Alice Smith".
    return bool(comma and family.strip() and len(words) >= 2 and words[-1] in NAME_PARTICLES
                and words[-2:] != ["et", "al"]
                and not any(mark in given for mark in ",;&") and " and " not in f" {given} ")


# "Staib, Matthias", "van der Ploeg, Atze", "Paulus, Philipp C.": one family name (after its
# particles), a comma, and up to three given names or initials. A family name written first opens with
# its particle capitalised as often as not ("De Luisa, Andraž": ReScience C's Author(s) row; "Van Dijk,
# Jan"), so a particle is matched so too; one in capitals throughout is initials ("DI Kelley, SP
# Harrison" is two people).
_OPENING_PARTICLES = sorted(NAME_PARTICLES | {particle.capitalize() for particle in NAME_PARTICLES})
_FAMILY_FIRST = re.compile(
    rf"(?:(?:{'|'.join(_OPENING_PARTICLES)})\s+)*"
    r"[^\s,]+,\s*[A-Z\u00c0-\u024f][^\s,]*(?:\s+[^\s,]+){0,2}"
)


def _family_first(part: str) -> bool:
    given = part.partition(",")[2].split()
    # A part in capitals throughout ("NGUYEN, DO", a byline set so) has its given name in capitals too.
    degree = _as_a_degree(given[0] if given else "") and not part.isupper()
    if part.split(maxsplit=1)[0] in _CAPITALISED_PARTICLES and len(given) > 1:
        # A capitalised particle may be a given name ("Di Wang, Li Zhang": two people): a family name
        # after one is read as written first only before a single given name ("De Luisa, Andraž").
        return False
    return _FAMILY_FIRST.fullmatch(part) is not None and not degree


_CAPITALISED_PARTICLES = frozenset(particle.capitalize() for particle in NAME_PARTICLES)


def _bibtex_and_list(text: str) -> list[str]:
    """The people of a list written as BibTeX writes its author field, each family name first and the
    people parted by ' and ' alone ('Seshagiri, Vishwanath and Huye, Darby and Sambasivan, Raja R.': the
    Journal of Systems Research's jekyll-scholar Author(s) row, 2022), where the commas part each family
    name from its given ones, no people. Two people at least, each one comma; nothing for any other list."""
    parts = [part.strip() for part in text.split(" and ")]
    if len(parts) < 2 or not all(part.count(",") == 1 and _family_first(part) for part in parts):
        return []
    return [name for part in parts if (name := display_name(part))]


def _is_role(part: str) -> bool:
    """A part in lower case throughout: a role, not a name (scripts without case are names)."""
    part = part.strip()
    return part[:1].islower() and not any(char.isupper() for char in part)


def covers(byline: list[str], names: list[str]) -> bool:
    """Whether a longer byline holds every one of `names` (a meta list of the corresponding
    author alone): the byline is the paper's list."""
    return len(byline) > len(names) > 0 and all(
        any(_same_or_longer(name, person) or _same_or_longer(person, name) for person in byline)
        for name in names
    )


def _is_degree(part: str) -> bool:
    return part.replace(".", "").strip().casefold() in DEGREES


def _as_a_degree(part: str) -> bool:
    """A degree between a byline's commas: one of two letters in its capitals ("MA", "AS", "M.A."), as
    "Ma", "As", "Do" and "Ba" are given and family names too (Chinese, Vietnamese)."""
    bare = part.replace(".", "").strip()
    return _is_degree(bare) and (len(bare) > 2 or bare.isupper())


def _written_as_a_degree(part: str) -> bool:
    """A degree as a byline writes one after a name, with its capitals ("PhD", "MD", "M.P.H."): a
    given name that spells like one is written as a name is ("Ba", "Ma")."""
    return _is_degree(part) and part != part.capitalize()


_INITIALS = re.compile(r"(?:[A-Z]\.[\s-]*)+")
_CITATION_SEPARATORS = re.compile(r",\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+")


def names_in_citation(text: str | None) -> list[str]:
    """The authors of a formatted reference's name list, "Moghaddam, M., A.R. Silva, D. Clewley, and
    A.G. Boyer": the first author is written family name first, the others given name first."""
    people: list[str] = []
    for part in _CITATION_SEPARATORS.split(clean_text(text) or ""):
        part = part.strip()
        if not part:
            continue
        previous = people[-1] if people else ""
        surname_alone = previous and " " not in previous and not _INITIALS.fullmatch(previous)
        if surname_alone and _INITIALS.fullmatch(part):
            people[-1] = f"{part} {previous}"  # "Moghaddam, M." was one name
        else:
            people.append(part)
    return display_names(people)


def names_family_first(text: str | None) -> list[str]:
    """The authors of a name list written family name first throughout, the family and given names
    parted by the same commas as the people are, the last person after "and" ("Zhao, Jin, Wang, Qian,
    …, Liao, Xiaofei and Jin, Hai": EPrints' citation): read in pairs when the last person holds one
    comma, the parts pair up and each family name is one word. Nothing for any other list."""
    head, _, last = (clean_text(text) or "").rpartition(" and ")
    if not head or last.count(",") != 1:
        return []
    parts = [part.strip() for part in f"{head},{last}".split(",")]
    if len(parts) % 2 or not all(parts):
        return []
    families, givens = parts[0::2], parts[1::2]
    if not all(_family_name(family) for family in families):
        return []
    return display_names([f"{given} {family}" for family, given in zip(families, givens, strict=True)])


def _family_name(text: str) -> bool:
    """Whether the text is one family name: one word, after its particles ("Von Der Leyen", "van Dijk")."""
    *particles, family = text.split() or [""]
    return all(word.casefold() in NAME_PARTICLES for word in particles) and bool(
        _FAMILY_ALONE.fullmatch(family))


def fullest_names(lists: list[list[str]]) -> list[str] | None:
    """The first list, each name replaced by a longer spelling of it from another list of the
    same people: citation_author "Thomas H. Pendergast" where the byline and DC.Contributor say
    "Thomas H. Pendergast IV", dc.creator "Dominique Presicce" for "Dominique S. Presicce"."""
    lists = [names for names in lists if names]
    if not lists:
        return None
    chosen = list(lists[0])
    for other in lists[1:]:
        if len(other) != len(chosen):
            continue
        fuller: list[str] = []
        for mine, theirs in zip(chosen, other, strict=True):
            if (longer := _fuller_of(mine, theirs)) is None:
                break
            fuller.append(longer)
        else:
            chosen = fuller
    return chosen


def _fuller_of(mine: str, theirs: str) -> str | None:
    """`theirs` when it spells the person of `mine` with as much or more, `mine` when it has more;
    None for two people. Each name is split into its words once: every source of a page is
    weighed so."""
    if mine == theirs:
        return theirs
    my_words, their_words = _tokens(mine), _tokens(theirs)
    if _spelt_within(my_words, their_words):
        return theirs
    return mine if _spelt_within(their_words, my_words) else None


def same_person(one: str, other: str) -> bool:
    """Whether two spellings name the same person, one of them with more of the name."""
    return _same_or_longer(one, other) or _same_or_longer(other, one)


def _same_or_longer(short: str, long: str) -> bool:
    """Whether `long` spells the same person as `short` with more of the name: each part of `short`
    in order, an initial standing for a given name it begins ("Maguy S El Hajj" and the byline's
    "Maguy Saffouh El Hajj")."""
    return _spelt_within(_tokens(short), _tokens(long))


def _spelt_within(wanted: list[str], words: list[str]) -> bool:
    found = iter(words)
    return all(any(_spells(token, part) for part in found) for token in wanted)


def _spells(token: str, part: str) -> bool:
    return token == part or (len(token) == 1 and token.isalpha() and part[:1] == token)


# A person's name as a heading lists it: two to four capitalised words or initials ("Zhou Zhao").
NAME_PART = re.compile(r"[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){1,3}")


# A word of a name: a letter of any script first, then an initial's stop, an apostrophe or a hyphen.
_NAME_WORD = re.compile(r"[^\W\d_][\w.'\u2019-]*")
# How many words a person's name as a byline writes it holds at most, its particles among them.
_MOST_NAME_WORDS = 6


def capitalised_name(text: str, most_words: int = 5) -> bool:
    """Whether a text is two to `most_words` words, each opening with a capital (in any script: "В. И.
    Богачев"), as a writer's name stands in a link's title, a citation's people or a story's byline; no
    particles, unlike a_persons_name."""
    words = text.split()
    return 2 <= len(words) <= most_words and all(word[:1].isupper() for word in words)


def a_persons_name(text: str) -> bool:
    """Whether a text reads as one person's name as a byline writes it: two to six words, each capitalised
    but a particle ("Ludwig van Beethoven"). A sentence read as a byline ("The authors thank the
    reviewers", "Barry M. Leiner is with CNRI") has words in lower case."""
    words = text.split()
    capitalised = _capitalised_words(words)
    return 2 <= len(words) <= _MOST_NAME_WORDS and len(capitalised) >= 2 and all(
        word in capitalised or word in NAME_PARTICLES for word in words)


def _capitalised_words(words: list[str]) -> list[str]:
    return [word for word in words if _NAME_WORD.fullmatch(word) and word[0].isupper()]


# The words that join a group's name ("Working Group on Standards and Technology"); a sentence has others.
_GROUP_JOINING_WORDS = frozenset({"of", "and", "for", "on", "the", "&"})
_MOST_GROUP_WORDS = 16


def a_groups_name(text: str) -> bool:
    """Whether a text reads as a group's name as a byline writes it: a group's word (`is_group`) among
    words each capitalised but those that join a name, its short name in brackets after it or not
    ("Interagency International Cybersecurity Standardization Working Group (IICS WG)"). A sentence
    has words of its own in lower case."""
    words = [word.strip("()") for word in text.split()]
    capitalised = _capitalised_words(words)
    return is_group(text) and 2 <= len(words) <= _MOST_GROUP_WORDS and words[0] in capitalised \
        and all(word in capitalised or word in _GROUP_JOINING_WORDS for word in words)


def folded(word: str) -> str:
    """A word as an address or a mailbox may spell it: no case, no accents, letters and digits only."""
    return "".join(char for char in without_accents(word.casefold()) if char.isalnum())


def without_accents(text: str) -> str:
    """The text with its letters' accents taken off ("Żaba" -> "Zaba")."""
    return "".join(char for char in unicodedata.normalize("NFKD", text) if not unicodedata.combining(char))


def _tokens(name: str) -> list[str]:
    # "A.R. Silva" is A, R, Silva: run-together initials are initials all the same, and so are
    # PubMed's capitals "Fernando EM Fonseca" (Fernando Elias Martins Fonseca), and hyphenated ones
    # ("J-B Bwanika", MEDLINE's "JB"). MEDLINE spells letters without their accents ("Zaba" for the
    # byline's "Żaba"): a name's words are compared without them.
    tokens: list[str] = []
    name = without_accents(name)
    name = _HYPHENATED_INITIALS.sub(r"\1\2", name)
    for token in name.replace(".", ". ").split():
        token = token.strip(".")
        if 2 <= len(token) <= 3 and token.isalpha() and token.isupper():
            tokens += token.casefold()
        elif token:
            tokens.append(token.casefold())
    return tokens


# A reporter's desk or title after the names of a story's byline ("By Ann Lee, Science Correspondent",
# "By Ann Lee and Bob Stone, Staff Writers", "By Ann Lee, BBC News"): the last word says it is no person. A
# network's unit is its desk ("By CARRIE GANN (@carrie_gann) , ABC News Medical Unit": ABC News, 2012).
_DESK_WORDS = frozenset({
    "correspondent", "correspondents", "reporter", "reporters", "editor", "editors", "writer", "writers",
    "columnist", "contributor", "contributors", "journalist", "journalists", "staff", "producer", "news",
    "desk", "newsroom", "unit",
})


# The words a journal's staff is named by where a person's name belongs ("Managing Editors", "The Editors",
# "Editorial Staff"): a JSON-LD author of a law review's page (Columbia Law Review) that is no person.
_STAFF_WORDS = _DESK_WORDS | {
    "the", "managing", "editorial", "web", "senior", "executive", "associate", "board", "team", "office",
}


def a_staff_role(name: str) -> bool:
    """Whether a name is a role of the publisher's staff, every word a desk's or a title's, not a person's."""
    words = name.casefold().split()
    return bool(words) and words[-1] in _DESK_WORDS and all(word in _STAFF_WORDS for word in words)


# How many words a desk or title runs to ("Senior Health and Science Correspondent").
_POST_WORDS = 6


def a_post(text: str) -> bool:
    """Whether a line is a reporter's desk or title and nothing more, each comma's part ending in a desk's
    word ("Science reporter, BBC News"; "Health correspondents")."""
    parts = [part.split() for part in text.split(",")]
    return all(0 < len(words) <= _POST_WORDS and words[-1].casefold() in _DESK_WORDS for words in parts)


def without_desks(names: list[str]) -> list[str]:
    """The names of a line of byline without the desk or title written after the last person
    ("By Ann Lee | Editor", "By Ann Lee, Science Correspondent"), and the newspaper's name after them
    ("By Salynn Boyles, Contributing Writer, MedPage Today")."""
    while len(names) > 1 and (names[-1].split()[-1].casefold() in _DESK_WORDS
                              or a_newspapers_name(names[-1])):
        names = names[:-1]
    return names


# The word a byline opens with in French, Portuguese and Spanish, German and Italian, as "By" in English
# ("Par Marie Curie et Pierre Dupont", "Por Ana Souza e João Silva", "Von Hans Weber und Eva Roth", "Di
# Marco Rossi"), and the word each writes for "and" between people. Only before a name of two words or
# more: "Di" is a given name as well ("Di Wang, Li Zhang"). "Von" and "Di" open family names too: not
# before a particle ("Von Der Leyen U") or a family name's initials ("Di Maio L, Rossi A").
OTHER_BY = {"Par": "et", "Por": "e|y", "Von": "und", "Di": "e"}
_PARTICLE = r"(?:Der|Den|Dem|Zu|Van|De|La|Le|Lo|Del|Della|Dalla)\b"
_INITIALS_LAST = r"[A-Z]{1,2}\.?(?:\s*[,;]|\s*$|\s+(?:and|und|et|e|y)\b)"
_OTHER_BY = re.compile(rf"^({'|'.join(OTHER_BY)})\s+(?!{_PARTICLE})"
                       rf"(?=[A-Z\u00c0-\u00de][^\s,;]*\s+(?!{_INITIALS_LAST})[A-Z\u00c0-\u00de])")
_OTHER_AND = {opener: re.compile(rf"\s+(?:{words})\s+(?=[A-Z\u00c0-\u00de])")
              for opener, words in OTHER_BY.items()}


def after_other_by(line: str) -> tuple[str, bool]:
    """A line of byline opened by another language's "By", less the word and with its "and" written as
    English's, and True; else the line as it is, and False."""
    opener = _OTHER_BY.match(line)
    if opener is None:
        return line, False
    return _OTHER_AND[opener.group(1)].sub(" and ", line[opener.end():]), True
