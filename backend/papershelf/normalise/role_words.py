"""The labels of people who are not a work's authors, in one place: a thesis's advisors, supervisors,
promoters, examiners and jury, a volume's editors, a paper's reviewers, in the languages theses are
written in. Data, matched as a whole label (the label's element holds nothing else), case-insensitively:
a name that is one of these words ("Tutor") is no label where it stands as a person."""

from __future__ import annotations

import re

# Each word as the label writes it, singular and plural; a word "co-" or "co" may open is marked so.
_ROLES_BY_LANGUAGE = {
    "en": ("advisor", "adviser", "supervisor", "promoter", "promotor", "mentor", "editor", "reviewer",
           "referee", "director", "tutor"),
    # Dutch: the promotor and copromotor, the promotoren.
    "nl": ("promotor", "promotoren"),
    "de": ("betreuer", "betreuerin", "betreuerinnen", "gutachter", "gutachterin", "gutachterinnen",
           "erstgutachter", "erstgutachterin", "zweitgutachter", "zweitgutachterin", "doktorvater",
           "doktormutter", "referent", "referentin", "referenten", "korreferent", "korreferentin"),
    "fr": ("directeur de thèse", "directrice de thèse", "directeurs de thèse", "directrices de thèse",
           "rapporteur", "rapporteurs", "rapporteuse", "rapporteuses", "jury", "membres du jury"),
    "es": ("director", "directora", "directores", "directoras", "tutor", "tutora", "tutores", "tutoras"),
    "pt": ("orientador", "orientadora", "orientadores", "orientadoras", "banca", "banca examinadora"),
    "it": ("relatore", "relatori", "relatrice", "correlatore", "correlatori", "correlatrice", "tutor"),
    "sv": ("handledare", "biträdande handledare", "opponent", "opponenter"),
    "no": ("veileder", "veiledere", "biveileder"),
    "da": ("vejleder", "vejledere", "medvejleder"),
    "fi": ("ohjaaja", "ohjaajat", "työn ohjaaja"),
}
# Words a "co" opens as a role of its own (co-supervisor, copromotor, coorientador, co-director): the
# plural "s" of English's words is read by the pattern.
_CO_ROLES = ("advisor", "adviser", "supervisor", "promoter", "promotor", "promotoren", "mentor", "editor",
             "director", "directora", "tutor", "orientador", "orientadora", "relatore", "rapporteur")
# A board that examines: English's examination board, doctoral committee, jury and their members.
_BOARDS = r"(?:(?:examination|doctoral|thesis|reading|exam)\s+)?(?:board|committee|jury)(?:\s+members?)?"


def _words(words: set[str]) -> str:
    # Longest first, each word's spaces any run of white space.
    longest_first = sorted(words, key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, word.split())) for word in longest_first)


_ALL = {word for words in _ROLES_BY_LANGUAGE.values() for word in words}
OTHER_ROLE = re.compile(
    rf"(?:co-?)?(?:{_words(set(_CO_ROLES))})s?|(?:{_words(_ALL)})s?|{_BOARDS}",
    re.IGNORECASE,
)
