"""Knowledge-base gazetteer: every alias of every entity found in one Aho-Corasick pass.

A plain word boundary would lose وموسكو and لموسكو, so the left edge accepts Arabic proclitics
(و ف ب ل ك and the article) and the right edge must end the word.
"""

from __future__ import annotations

from operator import itemgetter
from typing import NamedTuple

import ahocorasick

from explorer.kb import KnowledgeBase, Surface
from explorer.text.normalize import Normalized

_AR_LETTER = set(chr(c) for c in range(0x0621, 0x064B)) | set(chr(c) for c in range(0x066E, 0x06D4))
_LEFT_CLITICS = {
    "و",
    "ف",
    "ب",
    "ل",
    "ك",
    "وب",
    "ول",
    "وك",
    "فب",
    "فل",
    "فك",
    "ال",
    "وال",
    "فال",
    "بال",
    "كال",
    "لال",
    "وبال",
    "ولال",
    "فلال",
    "فبال",
    "وكال",
    "لل",
    "ولل",
    "فلل",
}
_ROLE_RANK = {"name": 0, "demonym": 1, "capital": 2, "short": 3}


class Hit(NamedTuple):
    """A gazetteer match: normalized span, original span, and the surfaces that share the key."""

    nstart: int
    nend: int
    start: int
    end: int
    surfaces: tuple[Surface, ...]


_MARK_LETTER = "\u0670"  # (the one character of _AR_LETTER that is not alphanumeric: superscript alef, a mark)


def _is_letter(ch: str) -> bool:
    """`ch.isalnum() or ch in _AR_LETTER`, without hashing the character: every other character of _AR_LETTER is
    alphanumeric."""
    return ch.isalnum() or ch == _MARK_LETTER


def automaton(kb: KnowledgeBase) -> ahocorasick.Automaton:
    """Built once per knowledge base (0.05 s for ~20k aliases) and kept on it."""
    auto = getattr(kb, "_automaton", None)
    if auto is not None:
        return auto
    groups: dict[str, list[Surface]] = {}
    for s in kb.surfaces:
        groups.setdefault(s.key, []).append(s)
    auto = ahocorasick.Automaton()
    for key, surfaces in groups.items():
        uniq = {(s.entity_id, s.role, s.case_sensitive): s for s in surfaces}
        ranked = sorted(uniq.values(), key=lambda s: _ROLE_RANK.get(s.role, 9))
        has_cs = any(s.case_sensitive is not None for s in ranked)
        agr = any(s.entity_id.startswith("agr:") for s in ranked)  # an agreement's name may hold its parties
        auto.add_word(key, (len(key), tuple(ranked), has_cs, key.isascii(), agr))
    auto.make_automaton()
    kb._automaton = auto  # type: ignore[attr-defined]
    return auto


def find(norm: Normalized, text: str, kb: KnowledgeBase) -> list[Hit]:
    """Non-overlapping hits, longest first, with clitic-aware boundaries."""
    n = norm.text
    offsets = norm.offsets
    n_len = len(n)
    # hits by one number that sorts them longest first, then leftmost: -length * (n_len + 1) + start (no two hits
    # share a span: a span is one key); a list of numbers sorts far faster than one of (-length, start, hit) tuples
    found: dict[int, Hit] = {}
    agreements: set[int] = set()  # ids of the hits that name an agreement
    new, width, mark = tuple.__new__, n_len + 1, _MARK_LETTER
    for end_idx, (length, surfaces, has_cs, ascii_key, agr) in automaton(kb).iter(n):
        s, e = end_idx - length + 1, end_idx + 1
        if e < n_len:
            ch = n[e]
            if ch.isalnum() or ch == mark:  # (_is_letter written out: a call less per hit)
                continue  # the key ends inside a word
        if s > 0:
            ch = n[s - 1]
            if (ch.isalnum() or ch == mark) and not _after_clitic(n, s):
                continue
        o_start, o_end = offsets[s], offsets[e - 1] + 1  # norm.span(s, e): keys are never empty
        cs = surfaces
        if has_cs:
            cs = tuple(x for x in surfaces if x.case_sensitive is None or text[o_start:o_end] == x.case_sensitive)
            if not cs:
                continue
            agr = any(x.entity_id.startswith("agr:") for x in cs)
        # (a key with no case-sensitive surface keeps them all: none of them is case-sensitive, no need to look)
        if (
            ascii_key
            and (not has_cs or any(x.case_sensitive is None for x in cs))
            and _needs_case(surfaces, text[o_start:o_end])
        ):
            continue
        hit = found[s - length * width] = new(Hit, (s, e, o_start, o_end, cs))
        if agr:
            agreements.add(id(hit))
    hits = list(map(found.__getitem__, sorted(found)))
    taken: list[Hit] = []
    used = bytearray(len(n) + 1)
    for h in hits:
        if used.find(1, h[0], h[1]) >= 0:
            continue
        used[h[0] : h[1]] = b"\x01" * (h[1] - h[0])
        taken.append(h)
    if agreements:
        taken += _parties_inside(n, [h for h in taken if id(h) in agreements], hits)
    taken.sort(key=_START)
    return taken


_START = itemgetter(0)


def _after_clitic(n: str, s: int) -> bool:
    """A key starting inside a word (at `s`) counts only after Arabic proclitics («وموسكو», «لموسكو»); they
    are at most four letters, so the word's start is looked for no further back than that."""
    t, lo = s - 1, max(0, s - 5)
    while t > lo and _is_letter(n[t - 1]):
        t -= 1
    if t == lo and t > 0 and _is_letter(n[t - 1]):
        return False  # five letters or more before the key: no proclitic
    return n[t:s] in _LEFT_CLITICS and n[s] in _AR_LETTER


_BETWEEN = (" بين ", " between ")


def _parties_inside(n: str, taken: list[Hit], hits: list[Hit]) -> list[Hit]:
    """«اتفاق الرياض بين الحكومة اليمنية والمجلس الانتقالي», "the … Agreement between the DRC and Rwanda": an
    agreement's long name holds its parties; they are found inside it too (nested hits). `taken`: the
    agreements' names kept."""
    out: list[Hit] = []
    for h in taken:
        k = max(n.find(b, h.nstart, h.nend) for b in _BETWEEN)
        if k < 0:
            continue
        used = bytearray(h.nend - k)
        for x in hits:  # longest first
            if not (k < x.nstart < h.nend and x is not h) or any(used[x.nstart - k : x.nend - k]):
                continue  # (a party's name may run past the agreement's: «… والمجلس الانتقالي» الجنوبي)
            used[x.nstart - k : min(x.nend, h.nend) - k] = b"\x01" * (min(x.nend, h.nend) - x.nstart)
            out.append(x)
    return out


def _needs_case(surfaces: tuple[Surface, ...], original: str) -> bool:
    """An English proper name written all in lower case is an ordinary word (jordan, chad, turkey); a name of
    several words is still the name ("the minsk agreements", "the abraham accords")."""
    return original.isascii() and original.islower() and len(original) > 1 and " " not in original
