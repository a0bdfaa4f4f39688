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


_FORMS: dict[str, tuple[str, ...]] = {}


def tokenize(norm: str) -> list[Token]:
    toks = []
    cache = _FORMS
    for m in _TOKEN.finditer(norm):
        w = m.group(0)
        forms = cache.get(w)
        if forms is None:
            if "\u0621" <= w[0] <= "\u06d3":
                forms = tuple(dict.fromkeys(strip_article(f) for f in arabic_forms(w)))
            else:
                forms = (w,)
            if len(cache) < 500_000:
                cache[w] = forms
        toks.append(Token(w, m.start(), m.end(), forms, w[0].isalnum()))
    return toks
