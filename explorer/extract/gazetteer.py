"""Knowledge-base gazetteer: every alias of every entity found in one Aho-Corasick pass.

A plain word boundary would lose وموسكو and لموسكو, so the left edge accepts Arabic proclitics
(و ف ب ل ك and the article) and the right edge must end the word.
"""

from __future__ import annotations

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


def _is_letter(ch: str) -> bool:
    return ch.isalnum() or ch in _AR_LETTER


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
        auto.add_word(key, (len(key), tuple(ranked), has_cs, key.isascii()))
    auto.make_automaton()
    kb._automaton = auto  # type: ignore[attr-defined]
    return auto


def find(norm: Normalized, text: str, kb: KnowledgeBase) -> list[Hit]:
    """Non-overlapping hits, longest first, with clitic-aware boundaries."""
    n = norm.text
    offsets = norm.offsets
    hits: list[Hit] = []
    n_len = len(n)
    new = tuple.__new__
    for end_idx, (length, surfaces, has_cs, ascii_key) in automaton(kb).iter(n):
        s, e = end_idx - length + 1, end_idx + 1
        if e < n_len:
            ch = n[e]
            if ch.isalnum() or ch in _AR_LETTER:
                continue  # the key ends inside a word
        if s > 0:
            ch = n[s - 1]
            if ch.isalnum() or ch in _AR_LETTER:
                t = s - 1
                while t > 0 and _is_letter(n[t - 1]):
                    t -= 1
                if n[t:s] not in _LEFT_CLITICS or n[s] not in _AR_LETTER:
                    continue
        o_start, o_end = offsets[s], offsets[e - 1] + 1  # norm.span(s, e): keys are never empty
        cs = surfaces
        if has_cs:
            cs = tuple(x for x in surfaces if x.case_sensitive is None or text[o_start:o_end] == x.case_sensitive)
            if not cs:
                continue
        if ascii_key and any(x.case_sensitive is None for x in cs) and _needs_case(surfaces, text[o_start:o_end]):
            continue
        hits.append(new(Hit, (s, e, o_start, o_end, cs)))
    hits.sort(key=lambda h: (h[0] - h[1], h[0]))  # longest first, then leftmost
    taken: list[Hit] = []
    used = bytearray(len(n) + 1)
    for h in hits:
        if used.find(1, h[0], h[1]) >= 0:
            continue
        used[h[0] : h[1]] = b"\x01" * (h[1] - h[0])
        taken.append(h)
    taken += _parties_inside(n, taken, hits)
    taken.sort(key=lambda h: h[0])
    return taken


_BETWEEN = (" بين ", " between ")


def _parties_inside(n: str, taken: list[Hit], hits: list[Hit]) -> list[Hit]:
    """«اتفاق الرياض بين الحكومة اليمنية والمجلس الانتقالي», "the … Agreement between the DRC and Rwanda": an
    agreement's long name holds its parties; they are found inside it too (nested hits)."""
    out: list[Hit] = []
    for h in taken:
        if not any(s.entity_id.startswith("agr:") for s in h.surfaces):
            continue
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
