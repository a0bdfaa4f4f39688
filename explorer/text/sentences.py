"""Sentence splitting for news text in Arabic and English, as spans of the original text.

A regex splitter on . ! ? ؟ and line breaks, with an abbreviation list, beats general tools on Arabic
news (pysbd over-splits at ، and :). Very long sentences are cut at ؛ / ; so that a relation never
spans a whole paragraph.
"""

from __future__ import annotations

import re

_ABBREV = {
    "u.s",
    "u.n",
    "u.k",
    "e.u",
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "gen",
    "lt",
    "col",
    "maj",
    "sgt",
    "capt",
    "amb",
    "brig",
    "adm",
    "sen",
    "rep",
    "gov",
    "pres",
    "prof",
    "jr",
    "sr",
    "no",
    "vs",
    "etc",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "inc",
    "ltd",
    "co",
    "corp",
    "rev",
    "mt",
    "ft",
    "a",
    "b",
    "c",
    "d",
    "e",
    "f",
    "g",
    "h",
    "i",
    "j",
    "k",
    "l",
    "m",
    "n",
    "o",
    "p",
    "q",
    "r",
    "s",
    "t",
    "u",
    "v",
    "w",
    "x",
    "y",
    "z",
    "د",
    "م",
    "ق",
    "ه",
    "أ",
    "ص",
    "ب",
    "ت",
}
_ATTRIBUTION = re.compile(r"\s*(?:[A-Z][\w'.-]*\s){0,4}?(?:said|says|added|told|stated|wrote|insisted|noted)\b")
_LAST_WORD = re.compile(r"([\w.]+)$")
# Ends: a run of . ! ? ؟ with the closing quotes and brackets after it, a paragraph break, a line break.
# One branch per opening character, so that the regex engine skips to the next of them (a run written
# `[.!?؟]+` first made it try the pattern at every character of the text).
_CLOSE = "[.!?؟]*[\"'»”)\\]]*"
_END = re.compile("|".join(f"{re.escape(c)}{_CLOSE}" for c in ".!?؟") + r"|\n\s*\n|\n")
_MAX_LEN = 600


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Spans (start, end) of the sentences of `text`, stripped of surrounding whitespace."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(text):
        end = m.end()
        tok = m.group(0)
        if tok[0] == ".":
            word = _LAST_WORD.search(text, max(start, m.start() - 24), m.start())
            w = word.group(1).lower() if word else ""
            if w.rstrip(".") in _ABBREV or w.replace(".", "") in {"us", "un", "uk", "eu"}:
                continue
            if w.rstrip(".") in ("a.m", "p.m") and text[end : end + 2][-1:].islower():
                continue  # "at 9:45 p.m. local time in Sudan, the U.S. said" (not "at 6 p.m. The army …")
            nxt = text[end : end + 1]
            if nxt.isdigit() and m.start() > 0 and text[m.start() - 1].isdigit():
                continue  # 1.5 million
            if nxt and nxt.isalpha() and nxt.islower() and nxt.isascii():
                continue  # e.g. "p.m. yesterday" or an abbreviation we do not know
        if tok[-1:] in "\"'»”" and _ATTRIBUTION.match(text, end):
            continue  # '"… all our rights." Aoun said.': the attribution belongs to the quote
        _add(text, start, end, spans)
        start = end
    _add(text, start, len(text), spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return
    if end - start <= _MAX_LEN:
        spans.append((start, end))
        return
    # Cut an overlong sentence at semicolons, then at commas followed by a connective, then hard.
    cut = start
    for m in re.finditer(r"[;؛]|،\s*(?=و)", text[start:end]):
        pos = start + m.end()
        if pos - cut >= 200:
            spans.append((cut, pos))
            cut = pos
            while cut < end and text[cut].isspace():
                cut += 1
    while end - cut > 2 * _MAX_LEN:
        sp = text.rfind(" ", cut, cut + _MAX_LEN)
        sp = sp if sp > cut else cut + _MAX_LEN
        spans.append((cut, sp))
        cut = sp + 1
    if end > cut:
        spans.append((cut, end))
