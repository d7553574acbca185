"""Dublin Core tags qualified by a `scheme` attribute, filed under what they say.

DC-HTML's `scheme` names the value's encoding ("W3CDTF", "ISO8601", "DCTERMS.URI"): the element is
the same element. Some sites use it for a refinement instead. Google Patents writes the filing as
`<meta name="DC.date" scheme="dateSubmitted">` before the publication's bare DC.date, and the company
holding a patent as `<meta name="DC.contributor" scheme="assignee">` beside the inventors'
scheme="inventor". Read as the bare element, the filing dated the record and the company was an
author; filed under the refined name (as `DC.Date.dateSubmitted` is written elsewhere), neither is.
"""

from __future__ import annotations

# DCMI Terms' refinements of date: each a date of the work other than its publication, filed apart
# (dc.date.datesubmitted); "issued" is the publication, the bare element's reading, so it stays.
_DATE_REFINEMENTS = frozenset(("created", "valid", "available", "datesubmitted", "dateaccepted",
                               "datecopyrighted", "modified"))
_DATES = frozenset(("dc.date", "dcterms.date"))
# A person element's scheme naming a role (Google Patents: inventor, assignee): the parties to a patent
# who are not its authors are filed apart; any other scheme (an inventor, or a scheme nobody reads as a
# role, "ORCID") leaves the person where the element puts them.
_NOT_AUTHORS = frozenset(("assignee", "applicant", "owner", "examiner", "agent", "attorney"))
_PEOPLE = frozenset(("dc.creator", "dc.contributor", "dcterms.creator", "dcterms.contributor"))


def qualified_key(key: str, scheme: str | None) -> str:
    """The lower-cased meta name `key`, refined by its tag's `scheme` when that names a refinement
    or a role rather than an encoding."""
    if not scheme:
        return key
    scheme = scheme.strip().lower()
    if key in _DATES and scheme in _DATE_REFINEMENTS:
        return f"{key}.{scheme}"
    if key in _PEOPLE and scheme in _NOT_AUTHORS:
        return f"{key}.{scheme}"
    return key
