"""Tokens of normalized text, with clitic-stripped forms for Arabic."""

from __future__ import annotations

import re
from typing import NamedTuple

_TOKEN = re.compile(
    r"[\u0621-\u064A\u066E-\u06D3]+"  # Arabic word
    r"|[a-z0-9]+n't"  # didn't: the negation stays with its verb
    r"|[a-z0-9]+(?='s\b)|'s\b"  # Russia's → Russia + 's
    r"|[a-z0-9]+(?:'[a-z]+)?"  # Hay'at
    r"|[^\s\w]",
    re.UNICODE,
)
_PROCLITICS = (
    "وبال",
    "وكال",
    "فبال",
    "ولال",
    "فلال",
    "وال",
    "فال",
    "بال",
    "كال",
    "لال",
    "ال",
    "وب",
    "ول",
    "فب",
    "فل",
    "و",
    "ف",
    "ب",
    "ل",
)


class Token(NamedTuple):
    text: str  # normalized
    start: int  # offsets into the normalized text
    end: int
    forms: tuple[str, ...]  # the token and its clitic-stripped variants (Arabic), article-free
    is_word: bool = True


def arabic_forms(word: str) -> tuple[str, ...]:
    """وبالهيئة → (وبالهييه, هييه, ...): every reading with leading clitics and the article removed."""
    out = [word]
    for p in _PROCLITICS:
        if word.startswith(p) and len(word) - len(p) >= 3:
            out.append(word[len(p) :])
    return tuple(dict.fromkeys(out))


def strip_article(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 3 else word


_WORDS: dict[str, tuple[tuple[str, ...], bool]] = {}  # word → (forms, is_word)
_PIECES: dict[str, tuple[tuple[str, int, int, tuple[str, ...], bool], ...]] = {}  # → its tokens, as offsets in it
_WHOLE: dict[str, tuple[tuple[str, ...], bool]] = {}  # a piece that is one token → (forms, is_word)
_new = tuple.__new__  # a Token without NamedTuple's Python-level __new__ (a third of tokenizing)


def tokenize(norm: str) -> list[Token]:
    """The tokens of normalized text. No token spans a space and the pattern reads nothing beyond one, so the
    text is cut at spaces in C and each piece (a word, «سوريا،») is tokenized once per process: running the
    pattern over the whole text tried it at every space, half the time of tokenizing. Normalized text has no
    white space but " " (normalize writes every other as one), so the cut is at " " and each piece's place is
    counted, not searched for (a search per piece was a quarter of the time); should other white space be left
    in a piece, the pattern skips it as it skips a space."""
    toks: list[Token] = []
    append, pieces, whole = toks.append, _PIECES, _WHOLE
    s = 0
    for piece in norm.split(" "):
        info = whole.get(piece)
        if info is not None:  # (most pieces: a word that is the whole piece, without a loop over its tokens)
            e = s + len(piece)
            append(_new(Token, (piece, s, e) + info))
            s = e + 1
            continue
        if piece:
            for w, a, b, forms, is_word in pieces.get(piece) or _piece(piece):
                append(_new(Token, (w, s + a, s + b, forms, is_word)))
        s += len(piece) + 1
    return toks


def _piece(piece: str) -> tuple[tuple[str, int, int, tuple[str, ...], bool], ...]:
    """The tokens of a piece of text between spaces: (text, start, end, forms, is_word), kept in _PIECES (a piece
    that is one token: its forms and is_word, in _WHOLE)."""
    out = []
    for m in _TOKEN.finditer(piece):
        w = m.group(0)
        forms, is_word = _WORDS.get(w) or _word(w)
        out.append((w, m.start(), m.end(), forms, is_word))
    parts = tuple(out)
    if len(_PIECES) + len(_WHOLE) < 500_000 and not piece.isdigit():  # (numbers: a long text's would fill it)
        if len(parts) == 1 and parts[0][0] == piece:
            _WHOLE[piece] = parts[0][3:]
        else:
            _PIECES[piece] = parts
    return parts


def _word(w: str) -> tuple[tuple[str, ...], bool]:
    """A token's forms and whether it is a word, kept in _WORDS."""
    if "\u0621" <= w[0] <= "\u06d3":
        forms = tuple(dict.fromkeys(strip_article(f) for f in arabic_forms(w)))
    else:
        forms = (w,)
    info = (forms, w[0].isalnum())
    if len(_WORDS) < 500_000 and not w.isdigit():
        _WORDS[w] = info
    return info
