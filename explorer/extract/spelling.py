"""Arabic spellings of one foreign or local name: «دبرصيون جبرميكائيل» and «دبرصيون جبرمكائيل», «غيتاتشو رضا» and
«جيتاتشو رضا», «ميخايلو بودولياك» and «ميخائيلو بودولياك». Arabic press transliterates names its own way, with or
without long vowels, with ص or تس, غ, ق, ج or ك for a hard g. A name found in the text that the gazetteer did
not know is the knowledge-base person whose name has the same consonant skeleton and shares one whole word with
it, when exactly one has (the shared word keeps «محمد علي» from being «محمود علوي»), and whose given name is the
same when this one is a given name the knowledge base knows (Hussein is not Hassan)."""

from __future__ import annotations

from explorer.text.normalize import normalize

_LETTERS = str.maketrans({"ط": "ت", "ص": "س", "ث": "س", "ذ": "ز", "ظ": "ز", "ض": "د", "غ": "ك", "ق": "ك", "ج": "ك"})
_DROPPED = frozenset("اويءئؤ")  # long vowels and hamza seats, which transliterations add or leave out
_MIN = 6  # shorter skeletons ("محمد علي") are shared by too many names to tell them apart
_INDEX: dict[int, tuple[object, dict[str, tuple[str, frozenset[str], frozenset[str]]]]] = {}


def skeleton(normalized: str) -> str:
    """The consonants of an already normalized Arabic name, variant letters folded, doubles collapsed, every
    word's first letter kept (an initial «ا» or «و» is a sound of the name)."""
    out: list[str] = []
    for word in normalized.split():
        for k, ch in enumerate(word.translate(_LETTERS)):
            if (k and ch in _DROPPED) or not ch.isalpha() or (out and out[-1] == ch):
                continue
            out.append(ch)
    return "".join(out)


def known_spelling(kb, normalized_name: str, given: frozenset[str]) -> str | None:
    """The knowledge-base person whose Arabic name or alias has this name's skeleton and one of its words, if
    exactly one has. `given`: the given names the knowledge base knows, normalized."""
    words = normalized_name.split()
    key = skeleton(normalized_name) if len(words) >= 2 else ""
    hit = _index(kb).get(key) if len(key) >= _MIN else None
    if hit is None or hit[1].isdisjoint(words):
        return None
    return hit[0] if words[0] in hit[2] or words[0] not in given else None


def _index(kb) -> dict[str, tuple[str, frozenset[str], frozenset[str]]]:
    """Skeleton → (person, the words of his Arabic names, their first words), for skeletons of one person only
    (built once per knowledge base)."""
    got = _INDEX.get(id(kb))
    if got is None or got[0] is not kb:  # (the knowledge base kept: an id is only unique while it lives)
        owners: dict[str, set[str]] = {}
        words_of: dict[str, set[str]] = {}
        firsts: dict[str, set[str]] = {}
        for e in kb.entities.values():
            if e.kind != "person":
                continue
            for name in (e.name_ar, *(e.record.get("aliases_ar") or ())):
                words = normalize(name).text.split() if name else []
                if len(words) >= 2:
                    owners.setdefault(skeleton(" ".join(words)), set()).add(e.id)
                    words_of.setdefault(e.id, set()).update(words)
                    firsts.setdefault(e.id, set()).add(words[0])
        _INDEX.clear()
        got = _INDEX[id(kb)] = (
            kb,
            {
                k: (p, frozenset(words_of[p]), frozenset(firsts[p]))
                for k, v in owners.items()
                if len(v) == 1 and len(k) >= _MIN and (p := next(iter(v)))
            },
        )
    return got[1]
