"""LaTeX as BibTeX fields hold it, read as the Unicode text LaTeX would print: accents, TeX's
ligatures, escaped specials, the text macros and logos titles use; math kept as written. Most
fields are read by _simple_tex, the rest by pylatexenc."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from ...identity import clean_text

# What `publish/bibtex.escape` writes for characters BibTeX treats specially, which
# pylatexenc alone would drop: held in private-use characters while the rest decodes.
_HELD = {r"\textbackslash{}": "\ue000", r"\textbraceleft{}": "\ue001",
         r"\textbraceright{}": "\ue002", r"\^{}": "\ue003", r"\~{}": "\ue004"}
_RELEASED = {"\ue000": "\\", "\ue001": "{", "\ue002": "}", "\ue003": "^", "\ue004": "~"}
_HELD_RE = re.compile("|".join(re.escape(k) for k in _HELD))

# What LaTeX prints for TeX's logos, a few symbols and line breaks (_PRINTED_AS), and for the text macros
# pylatexenc parses with their argument but has no text for (_KEEP_ARGUMENT): it printed nothing for them,
# and `\texttt{torch.nn}` lost its words.
_PRINTED_AS = {"TeX": "TeX", "LaTeX": "LaTeX", "LaTeXe": "LaTeX2ε", "BibTeX": "BibTeX", "XeTeX": "XeTeX",
               "XeLaTeX": "XeLaTeX", "LuaTeX": "LuaTeX", "LuaLaTeX": "LuaLaTeX", "pdfTeX": "pdfTeX",
               "pdfLaTeX": "pdfLaTeX", "AmS": "AMS", "AmSTeX": "AMS-TeX", "ConTeXt": "ConTeXt",
               "textless": "<", "textgreater": ">", "textbar": "|", "newline": " ", "linebreak": " "}
_KEEP_ARGUMENT = ("texttt", "textsf", "textup", "textnormal", "textmd", "mbox", "hbox", "fbox", "url")
# Macros the parser must know the arguments of: a link's text is its second, a sorting key
# (`\noopsort{a}`, defined in a file's @preamble to print nothing) prints nothing.
_ARGUMENTS = {"href": "{{", "noopsort": "{", "mbox": "{", "hbox": "{", "fbox": "{", "url": "{",
              "parencite": "*[[{", "textcite": "*[[{", "autocite": "*[[{", "footcite": "*[[{"}
_CITES = ("cite", "citep", "citet", "citealp", "citealt", "citeauthor", "citeyear", "citenum",
          "parencite", "textcite", "autocite", "footcite")
# Most fields hold only braces, TeX's dashes and quotes, accented letters and math: _simple_tex reads
# them as pylatexenc does, at a fraction of its cost (it parses character by character); any other
# command, a backquote alone (?` and !` are ¿ and ¡) or display math is left to pylatexenc.
_PLAIN_LIGATURES = (("---", "—"), ("--", "–"), ("``", "“"), ("''", "”"))
_ACCENTS = {'"': "\u0308", "'": "\u0301", "`": "\u0300", "^": "\u0302", "~": "\u0303", "=": "\u0304",
            ".": "\u0307", "u": "\u0306", "v": "\u030c", "H": "\u030b", "c": "\u0327", "k": "\u0328",
            "r": "\u030a", "d": "\u0323", "b": "\u0331"}
# \"u, \"{u} (in braces or not: {\"u}); a letter-named accent takes its letter in braces: \c{c}, \v{s}.
_ACCENTED = re.compile(r"""\\(?:(["'`^~=.])(?:([A-Za-z])|\{([A-Za-z])\})|([uvHckrdb])\{([A-Za-z])\})""")
_LETTERS = {"ss": "ß", "o": "ø", "O": "Ø", "aa": "å", "AA": "Å", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ",
            "l": "ł", "L": "Ł"}
# A letter's command ends at the first character that is no letter; TeX drops the spaces after it.
_LETTER = re.compile(r"\\(ss|aa|AA|ae|AE|oe|OE|o|O|l|L)(?![A-Za-z])(?:\{\}|[ \t]*)")
_ESCAPED = re.compile(r"\\([%&#_$])")
# Type styles print their argument (\emph{x}) or what follows them in their group ({\em x}) unchanged.
_STYLE_MACRO = re.compile(r"\\(?:emph|textit|textbf|textsc|textrm|textsf|texttt|textup|textsl|textmd"
                          r"|textnormal|mbox|hbox|text)\s*(?=\{)")
_STYLE_DECLARATION = re.compile(r"\\(?:em|bf|it|sc|tt|sf|rm|sl|itshape|bfseries|scshape|upshape)"
                                r"(?![A-Za-z])\s*")
# Mendeley and hand-kept files leave these unescaped, meaning themselves: to LaTeX % starts a
# comment (the rest of the line lost) and & is a table's column.
_UNESCAPED = re.compile(r"(?<!\\)[%&]")
_UNESCAPED_DOLLAR = re.compile(r"(?<!\\)\$")
# `\xspace` is a space unless punctuation follows; `{}` keeps the space after it as TeX's does.
_XSPACE = re.compile(r"\\xspace\b(?:\{\})?")


def _keys(node, *_args, **_kwargs) -> str:
    """A citation as its keys in brackets, `[smith2020]`: the reader wrote them, `<cit.>` says nothing."""
    argument = node.nodeargd.argnlist[-1] if node.nodeargd and node.nodeargd.argnlist else None
    keys = argument.latex_verbatim().strip("{}").strip() if argument is not None else ""
    return f"[{keys}]" if keys else ""


@cache
def _latex():
    from pylatexenc import latexwalker, macrospec
    from pylatexenc.latex2text import LatexNodes2Text, MacroTextSpec, get_default_latex_context_db

    texts = get_default_latex_context_db()
    texts.add_context_category("papershelf", prepend=True, macros=[
        *(MacroTextSpec(name, simplify_repl=shown) for name, shown in _PRINTED_AS.items()),
        *(MacroTextSpec(name, discard=False) for name in _KEEP_ARGUMENT),
        MacroTextSpec("href", simplify_repl="%(2)s"), MacroTextSpec("noopsort", simplify_repl=""),
        *(MacroTextSpec(name, simplify_repl=_keys) for name in _CITES),
    ])
    parsing = latexwalker.get_default_latex_context_db()
    parsing.add_context_category("papershelf", prepend=True, macros=[
        macrospec.MacroSpec(name, arguments) for name, arguments in _ARGUMENTS.items()])
    # Math stays as written ($H_2O$): the reader wrote it, and a title keeps meaning it.
    return LatexNodes2Text(latex_context=texts, math_mode="verbatim", strict_latex_spaces=True), parsing


def decode(value: str | None) -> str | None:
    """LaTeX text as Unicode: accents, escaped specials, ligatures and braces resolved."""
    if value is None:
        return None
    text = _HELD_RE.sub(lambda m: _HELD[m.group(0)], value)
    if len(_UNESCAPED_DOLLAR.findall(text)) % 2:  # one $ alone is a price, not math
        text = _UNESCAPED_DOLLAR.sub(r"\\$", text)
    simple = _simple_tex(text)
    if simple is not None:
        text = simple
    else:
        text = _UNESCAPED.sub(r"\\\g<0>", _XSPACE.sub("{}", text))
        try:
            to_text, parsing = _latex()
            text = to_text.latex_to_text(text, latex_context=parsing)
        except Exception:  # pylatexenc on hostile input: the text as written is better than none
            text = text.replace("{", "").replace("}", "")
    for held, char in _RELEASED.items():
        text = text.replace(held, char)
    return clean_text(text)


def _simple_tex(text: str) -> str | None:
    """The field as pylatexenc reads it, when it holds nothing but braces, ligatures, accented letters,
    escaped specials and inline math (kept as written); None when it holds more."""
    if "$$" in text:
        return None
    pieces = _UNESCAPED_DOLLAR.split(text)  # the math between two $ at the odd places
    if len(pieces) % 2 == 0:
        return None
    for at in range(0, len(pieces), 2):
        piece = pieces[at]
        if "\\" in piece:
            piece = _LETTER.sub(lambda m: _LETTERS[m[1]], _ACCENTED.sub(_accented, piece))
            piece = _ESCAPED.sub(r"\1", _STYLE_DECLARATION.sub("", _STYLE_MACRO.sub("", piece)))
        for ligature, char in _PLAIN_LIGATURES:
            piece = piece.replace(ligature, char)
        if "\\" in piece or "`" in piece:
            return None
        pieces[at] = piece.replace("{", "").replace("}", "").replace("~", " ")
    return "$".join(pieces)


def _accented(found: re.Match) -> str:
    mark, letter = (found[1], found[2] or found[3]) if found[1] else (found[4], found[5])
    return unicodedata.normalize("NFC", letter + _ACCENTS[mark])
