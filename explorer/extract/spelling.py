"""Arabic spellings of one foreign or local name: «دبرصيون جبرميكائيل» and «دبرصيون جبرمكائيل», «غيتاتشو رضا» and
«جيتاتشو رضا», «ميخايلو بودولياك» and «ميخائيلو بودولياك». Arabic press transliterates names its own way, with or
without long vowels, with ص or تس, غ, ق, ج or ك for a hard g. A name found in the text that the gazetteer did
not know is the knowledge-base person whose name has the same consonant skeleton and shares one whole word with
it, when exactly one has (the shared word keeps «محمد علي» from being «محمود علوي»), and whose given name is the
same when this one is a given name the knowledge base knows (Hussein is not Hassan)."""

from __future__ import annotations

import unicodedata

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


# English press spellings of one Arabic, Persian or African name: "Minni Minawi" and "Minni Minnawi", "Moammar
# Qaddafi" and "Muammar Gaddafi", "Abdul Wahid el-Nour" and "Abdel Wahid al-Nur", "Ismail Haniya" and "Ismail
# Haniyeh". A name is reduced to its consonants and its vowel slots: the letters transliterations trade are folded
# (q/g/k/c, kh/gh, dh/th, ph/f, z/s), doubles collapsed, every run of vowels is one slot (so "Mahmoud" and
# "Mohammed" stay apart), a final "h" after a vowel goes, and so do "al-"/"el-" and the "-el"/"-ul" of Abdel/Abdul.
_EN_DIGRAPHS = (("kh", "k"), ("gh", "k"), ("dh", "d"), ("th", "t"), ("ph", "f"), ("sh", "s"), ("ch", "s"))
_EN_LETTERS = str.maketrans({"q": "k", "g": "k", "c": "k", "z": "s", "j": "k", "x": "ks", "w": "u", "y": "i"})
_EN_VOWELS = frozenset("aeiou")
_EN_ARTICLES = frozenset({"al", "el", "ul"})
_EN_MIN = 5  # consonants in all; fewer are shared by too many names
_EN_INDEX: dict[int, tuple[object, dict[str, tuple[str, frozenset[str], frozenset[str]]]]] = {}


def en_skeleton(name: str) -> str:
    """The folded consonants and vowel slots of an English-spelled name (see above), articles left out."""
    out: list[str] = []
    for word in unicodedata.normalize("NFKD", name.lower()).replace("-", " ").split():
        word = "".join(filter(str.isalpha, word))
        if not word or word in _EN_ARTICLES:
            continue
        if word[:5] in ("abdel", "abdul", "abdal"):
            word = "abd" + word[5:]  # "Abdelaziz" and "Abdul Aziz"
        for a, b in _EN_DIGRAPHS:
            word = word.replace(a, b)
        word = word.translate(_EN_LETTERS)
        if len(word) > 2 and word[-1] == "h" and word[-2] in _EN_VOWELS:
            word = word[:-1]
        for ch in word:
            ch = "V" if ch in _EN_VOWELS else ch
            if not out or ch != out[-1]:
                out.append(ch)
    return "".join(out)


def known_en_spelling(kb, name: str) -> str | None:
    """The knowledge-base person one of whose English names has this name's skeleton, if exactly one has, the
    skeleton is long enough to tell names apart (five consonants, or four and a word spelled alike: "Minni
    Minawi"), and the given names open on the same vowel (Hussein is not Hassan, though both are h-s-n;
    Mohammed is Muhammad: o and u, e and i are one vowel here)."""
    words = name.lower().split()
    key = en_skeleton(name) if len(words) >= 2 else ""
    hit = _en_index(kb).get(key)
    if hit is None or _first_vowel(words[0]) not in hit[2]:
        return None
    consonants = sum(c != "V" for c in key)
    return hit[0] if consonants >= _EN_MIN or (consonants >= 4 and not hit[1].isdisjoint(words)) else None


def _first_vowel(word: str) -> str:
    v = next((c for c in unicodedata.normalize("NFKD", word.lower()) if c in _EN_VOWELS), "")
    return {"o": "u", "e": "i"}.get(v, v)


def _en_index(kb) -> dict[str, tuple[str, frozenset[str], frozenset[str]]]:
    """Skeleton → (person, the words of his names, the first vowels of his given names), for skeletons of one
    person only (built once per knowledge base)."""
    got = _EN_INDEX.get(id(kb))
    if got is None or got[0] is not kb:
        owners: dict[str, set[str]] = {}
        words_of: dict[str, set[str]] = {}
        vowels: dict[str, set[str]] = {}
        for e in kb.entities.values():
            if e.kind != "person":
                continue
            for name in (e.name, *(e.aliases or ())):
                words = name.lower().split() if name else []
                if len(words) >= 2:
                    owners.setdefault(en_skeleton(name), set()).add(e.id)
                    words_of.setdefault(e.id, set()).update(words)
                    vowels.setdefault(e.id, set()).add(_first_vowel(words[0]))
        _EN_INDEX.clear()
        got = _EN_INDEX[id(kb)] = (
            kb,
            {
                k: (p, frozenset(words_of[p]), frozenset(vowels[p]))
                for k, v in owners.items()
                if len(v) == 1 and (p := next(iter(v)))
            },
        )
    return got[1]
