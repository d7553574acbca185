"""A Korean story's byline: each writer's name, two to four Hangul syllables, then the reporter's title
after it, no "By" before it ('김철중 의학전문기자', '박시영 기자': Chosun Ilbo, 2009). The title (기자,
reporter; 의학전문기자, medical correspondent; 특파원, correspondent abroad; 논설위원, editorial writer …)
says the name before it is the writer's, as "By" does in English, and is no part of the name, as an
English byline's desk or title after a comma is not (names.without_desks)."""

from __future__ import annotations

import re

# The name and the title: a Korean name is written in two to four syllables without a space (family name
# first), the title after a space or none. Every compound of 기자 ends in it (선임기자, 사진기자, 전문기자,
# 의학전문기자, 객원기자), so a few Hangul syllables may come before it; the other titles are whole words.
_TITLED_WRITER = re.compile(
    r"([\uac00-\ud7a3]{2,4})\s*(?:[\uac00-\ud7a3]{0,6}기자|특파원|논설위원|편집위원|통신원|칼럼니스트)"
)


def titled_writer(text: str) -> str | None:
    """The writer's name a text holds whole with a Korean reporter's title after it ('박시영 기자':
    '박시영'); None for any other text (a sentence, an English byline)."""
    found = _TITLED_WRITER.fullmatch(text.strip())
    return found.group(1) if found else None
