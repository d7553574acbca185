"""The meta a page template ships with, left unfilled on a page built from it: the Academic Project Page
Template's head names its paper 'SOCIAL MEDIA TITLE TAG', its description 'DESCRIPTION META TAG', its
address 'URL OF THE WEBSITE' (Prescient Design's Walk-Jump Sampling page, round 161). Such a tag names
nothing, as if the page had none."""

from __future__ import annotations

# The template's placeholders, as it ships them (casefolded, spaces collapsed).
_PLACEHOLDERS = frozenset({
    "social media title tag",
    "social media description tag tag",
    "social media description tag",
    "description meta tag",
    "twitter banner title meta tag",
    "twitter banner description meta tag",
    "keywords should be placed here",
    "url of the website",
})


def is_template_placeholder(content: str) -> bool:
    """Whether a meta tag's content is a template's placeholder left in."""
    return " ".join(content.split()).casefold() in _PLACEHOLDERS
