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
_new = tuple.__new__  # a Token without NamedTuple's Python-level __new__ (a third of tokenizing)


def tokenize(norm: str) -> list[Token]:
    toks: list[Token] = []
    append = toks.append
    cache = _WORDS
    for m in _TOKEN.finditer(norm):
        w = m.group(0)
        info = cache.get(w)
        if info is None:
            if "\u0621" <= w[0] <= "\u06d3":
                forms = tuple(dict.fromkeys(strip_article(f) for f in arabic_forms(w)))
            else:
                forms = (w,)
            info = (forms, w[0].isalnum())
            if len(cache) < 500_000 and not w.isdigit():  # (numbers: a long text's would fill the cache)
                cache[w] = info
        s, e = m.span()
        append(_new(Token, (w, s, e, info[0], info[1])))
    return toks
