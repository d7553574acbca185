"""The emoji a page's heading decorates its title with: a project page's "Catastrophic (😔) Jailbreak of
Open-source LLMs …" or "LAMPS💡: A Novel Robot Generalization Framework …" (round 161), whose <title> and
BibTeX entry name the paper without them. An emoji is an ornament, no word of the title."""

from __future__ import annotations

import re

# Pictographs and the marks that join or dress them: the emoji blocks of the supplementary planes, the
# Miscellaneous Symbols and Dingbats, the stars and circles U+2B50-2B55, the emoji variation selector and
# the zero-width joiner. Letters, digits, punctuation, trademark signs and mathematical symbols are not.
_EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B50-\u2B55\uFE0F\u200D]+")
# Brackets an emoji stood alone in ("Catastrophic (😔) Jailbreak"), left empty once it goes.
_EMPTIED_BRACKETS = re.compile(r"\(\s*\)|\[\s*\]")


def without_emoji(title: str | None) -> str | None:
    """The title without its emoji, the brackets that held only them and the space they leave; a title
    of emoji alone is kept as it is."""
    if not title or _EMOJI.search(title) is None:
        return title
    plain = _EMPTIED_BRACKETS.sub(" ", _EMOJI.sub("", title))
    plain = " ".join(plain.split()).replace(" :", ":")
    return plain or title


def opens_with_an_emoji(text: str | None) -> bool:
    """Whether a line opens with an emoji, a pictograph dressing news or an award ('💥 Accepted to NeurIPS
    2023.', '🏆 Best Paper Award'): no line of people's names opens so."""
    stripped = (text or "").lstrip()
    return _EMOJI.match(stripped) is not None
