"""A title and the subtitle set apart beside its heading, joined as one title. A subtitle follows its title
after a colon ("Karst Recharge in Arizona: Opportunities, Challenges, and Recommendations"), but a title that
closes with its own question or exclamation mark has ended already, and its subtitle follows after a space, as
a citation writes it (a Quarto manuscript's title block, round 254: h1.title 'Acorda, Pedrinho, que hoje tem…
frações de compasso?', p.subtitle 'Uma proposta de atividade interdisciplinar a partir de matemática e
música'); a colon after it would be a mark the page never shows.
"""

from __future__ import annotations

# The marks that close a title as a colon would part it from its subtitle.
_CLOSING_MARKS = ("?", "!", "?\u201d", "!\u201d", "?'", "!'", '?"', '!"')


def with_subtitle(title: str, subtitle: str | None) -> str:
    """The title and its subtitle joined as one title: after a colon, or after a space where the title closes
    with a question or exclamation mark; the title alone without a subtitle."""
    if not subtitle:
        return title
    return f"{title} {subtitle}" if title.rstrip().endswith(_CLOSING_MARKS) else f"{title}: {subtitle}"
