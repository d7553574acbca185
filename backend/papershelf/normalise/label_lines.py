"""Labels a journal sets under a paper's title that read as names: two capitalised words each, as a name is
("Research Article", "Open Access", "Energy Policy & Climate Change"). The byline readers that take a line of
capitalised words under the heading for its people (bylines.py, starred_bylines.py) leave them out."""

from __future__ import annotations

# The head nouns of the labels a page sets under a paper's title, two capitalised words each as a name
# is: the paper's kind ("Research Article", "Original Article", "Case Report", "Short Communication"),
# its access ("Open Access", "Free Access") and its standing ("Editor's Choice"). No person's family name is
# one of them.
_LABEL_NOUNS = frozenset({
    "article", "access", "report", "communication", "paper", "review", "letter", "editorial", "commentary",
    "perspective", "preprint", "abstract", "choice",
    # … and the head nouns of the fields of study a journal files the paper under ("Energy Policy & Climate
    # Change", "Public Health and Health Policy"): no family name either ("Law" is one, and left out).
    "policy", "change", "science", "sciences", "studies", "engineering", "management", "economics",
    "technology", "technologies", "medicine", "education", "physics", "chemistry", "biology", "ecology",
    "mathematics", "statistics", "psychology", "sociology", "humanities", "informatics", "linguistics",
    "systems", "environment", "sustainability", "development", "energy", "computing", "intelligence",
    "security", "politics", "philosophy", "history", "health",
})


def labels_among(names: list[str]) -> bool:
    """Whether a line read as names is a row of labels ("Open Access, Research Article"): one of its
    parts ends with a label's noun."""
    return any(name.split()[-1].casefold() in _LABEL_NOUNS for name in names if name.split())
