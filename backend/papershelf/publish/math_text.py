"""TeX math in a title or abstract, shown as the text it prints: "SE$(n)$ Equivariant Networks"
as "SE(n) Equivariant Networks", "$\\ell_1$-norm" as "ℓ₁-norm", "$\\mathcal{O}(n^2)$" as "𝒪(n²)".

arXiv's titles and abstracts carry their math as TeX, and the library keeps it as written (a
BibTeX export wants it so); arXiv and Hugging Face show it typeset. The pages show what it
prints, in plain text: no script to load, the same in a feed reader. A span is math as pandoc
reads `$…$`: the opening `$` with a character right after it, the closing one with a character
right before it and no digit after it, so "$5 and $10" stays as written. Its content goes
through pylatexenc (the library's reader of BibTeX's TeX), after the super- and subscripts that
Unicode has letters for are written with them; a span it cannot read is shown as written.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

# `$$…$$`, `$…$` (pandoc's rule above; an escaped `\$` is a dollar sign) and `\(…\)`.
_MATH = re.compile(r"\$\$(?P<display>[^$]+?)\$\$"
                   r"|(?<![\\$])\$(?P<inline>[^\s$](?:[^$]*?[^\s$\\])?)\$(?!\$)"
                   r"|\\\((?P<paren>.+?)\\\)", re.DOTALL)
# Outside math, arXiv's abstracts escape what TeX would read otherwise: "90\%", "R\&D".
_ESCAPED = re.compile(r"\\([%&#_$])")
_SUPERSCRIPTS = {**dict(zip("0123456789+-−=()abcdefghijklmnoprstuvwxyzABDEGHIJKLMNOPRTUVW",
                            "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁⱽᵂ",
                            strict=True)),
                 r"\top": "ᵀ", r"\intercal": "ᵀ", r"\prime": "′", r"\ast": "*", "*": "*",
                 r"\dagger": "†", r"\circ": "°"}
_SUBSCRIPTS = dict(zip("0123456789+-−=()aehijklmnoprstuvx", "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ",
                       strict=True))
# `^2`, `^{-3}`, `_1`, `_{ij}`, `^\top`: a script Unicode writes raised or lowered.
_SCRIPT = re.compile(r"(?P<mark>[\^_])\s*(?:\{\s*(?P<group>[^{}\\]{1,12}|\\[A-Za-z]+)\s*\}"
                     r"|(?P<one>[0-9A-Za-z*]|\\[A-Za-z]+))")
_SCRIPT_COMMAND = re.compile(r"\\[A-Za-z]+")
MAX_SPAN = 400  # longer is a paragraph between two stray dollar signs, not a formula


def math_as_text(text: str) -> str:
    """`text` with each TeX math span as the text it prints (the module's docstring)."""
    if "$" not in text and "\\" not in text:
        return text
    return _spans_as_text(text)


@lru_cache(maxsize=4096)
def _spans_as_text(text: str) -> str:
    parts, end = [], 0
    for found in _MATH.finditer(text):
        parts += [_ESCAPED.sub(r"\1", text[end:found.start()]), _printed(found, text)]
        end = found.end()
    return "".join([*parts, _ESCAPED.sub(r"\1", text[end:])])


def _printed(found: re.Match, text: str) -> str:
    tex = found.group("display") or found.group("inline") or found.group("paren")
    after = text[found.end():found.end() + 1]
    # "$5$10" is money; "$\times$2" and "$\sim$50" are TeX before a number.
    if len(tex) > MAX_SPAN or (after.isdigit() and "\\" not in tex):
        return found.group(0)
    try:
        printed = _reader().latex_to_text(f"${_SCRIPT.sub(_script, tex)}$")
    except Exception:  # pylatexenc on TeX it cannot parse: as written is better than a guess
        return found.group(0)
    # A macro pylatexenc could not fill in prints its format ("%s/%s" for a broken \frac).
    if not printed.strip() or ("%s" in printed and "%s" not in tex):
        return found.group(0)
    return printed.strip()


def _script(found: re.Match) -> str:
    letters = _SUPERSCRIPTS if found.group("mark") == "^" else _SUBSCRIPTS
    script = found.group("group") if found.group("group") is not None else found.group("one")
    pieces = [script] if _SCRIPT_COMMAND.fullmatch(script) else list(script.strip())
    if pieces and all(piece in letters for piece in pieces):
        # In braces: a command before it (`\sum_i`) must end where its name does.
        return "{" + "".join(letters[piece] for piece in pieces) + "}"
    return found.group(0)


@lru_cache(maxsize=1)
def _reader():
    from pylatexenc.latex2text import LatexNodes2Text

    # A macro it cannot fill in is logged as a warning: shown as written here, never logged.
    logging.getLogger("pylatexenc").setLevel(logging.ERROR)
    return LatexNodes2Text(math_mode="text", strict_latex_spaces=True)
