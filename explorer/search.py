"""Bilingual search over actors and agreements, tolerant of spelling variants.

One box finds an actor or an agreement by its English or Arabic name or any alias: كيري, Kerry and
Kery all find John Kerry; لافروف and لافروف with or without hamza, diacritics or tatweel are one key.

Names are folded with `norm_key` (alef forms, ى/ي, ة/ه, diacritics, case) and a few search-only
folds (the Arabic article, "al-", hyphens, a lone hamza). A query matches an entry when every query
word matches a word of the entry exactly, as a prefix (so results come while typing), or within a
small edit distance that grows with the word's length.

>>> import pandas as pd
>>> ents = pd.DataFrame([{"id": "p:kerry", "name": "John Kerry", "name_ar": "جون كيري", "kind": "person",
...                       "aliases": ["Kerry"], "mentions": 3}])
>>> idx = SearchIndex.from_frame(ents)
>>> [h.id for h in idx.search("Kery")], [h.id for h in idx.search("كيرى")]
(['p:kerry'], ['p:kerry'])
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

import numpy as np
import pandas as pd

from explorer.text.normalize import norm_key

#: Kinds searched by default: every actor and every agreement (places are not actors).
SEARCH_KINDS = ("person", "state", "organization", "armed_group", "agreement")

_STOP = {"al", "el", "the", "of"}
#: The article with the clitics that join it: و ف ب ك before «ال», and ل, whose contraction («للأسد», «وللأمم»)
#: norm_key writes back as لال.
_ARTICLE = re.compile(r"^(?:ولال|فلال|لال|وال|فال|بال|كال|ال)(?=[\u0621-\u064A]{2})")


@dataclass(frozen=True)
class Hit:
    """One search result: the entity, how well it matched, and the name or alias that matched."""

    id: str
    name: str
    name_ar: str | None
    kind: str
    score: float
    matched: str
    mentions: int = 0


def search_tokens(text: str) -> list[str]:
    """Words of `text` folded for search.

    >>> search_tokens("Bashar al-Assad"), search_tokens("الأسد")
    (['bashar', 'assad'], ['اسد'])
    """
    key = norm_key(text).replace("-", " ").replace("ـ", " ").replace("ء", "").replace(".", "")
    out = []
    for tok in key.split():
        tok = _ARTICLE.sub("", tok)
        if tok and tok not in _STOP:
            out.append(tok)
    return out


def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance of `a` and `b`, or `limit + 1` as soon as it must exceed `limit`.

    >>> edit_distance("kery", "kerry", 2), edit_distance("abc", "xyz", 1)
    (1, 2)
    """
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    if a == b:
        return 0
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        best = i
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            best = min(best, cur[j])
        if best > limit:
            return limit + 1
        prev = cur
    return prev[-1]


def _distances(query: str, words: np.ndarray) -> np.ndarray:
    """Levenshtein distances between `query` and every prefix of each word at once: row r, column j is the
    distance between `query` and the first j letters of `words[r]` (a matrix of code points, 0-padded).

    One dynamic-programming row per query letter over all words together; a row's insertions are a
    running minimum, so no loop runs over the words or their letters.
    """
    n, width = words.shape
    cols = np.arange(width + 1)
    prev = np.broadcast_to(cols, (n, width + 1))
    for i, ch in enumerate(query, 1):
        best = np.empty((n, width + 1), dtype=np.int64)
        best[:, 0] = i
        best[:, 1:] = np.minimum(prev[:, 1:] + 1, prev[:, :-1] + (words != ord(ch)))  # deletion, substitution
        prev = np.minimum.accumulate(best - cols, axis=1) + cols  # insertions: best[j'] + (j - j'), j' <= j
    return prev


def allowed_edits(token: str) -> int:
    """Typos tolerated in a query word: none up to 3 letters, one up to 6, two beyond."""
    n = len(token)
    return 0 if n <= 3 else 1 if n <= 6 else 2


class SearchIndex:
    """An index of names and aliases; build it once per store version, query it on every keystroke."""

    def __init__(self, records: Iterable[dict]) -> None:
        self._entities: list[dict] = []
        self._surfaces: list[list[tuple[str, list[str]]]] = []  # per entity: (surface, tokens)
        self._vocab: dict[str, set[int]] = defaultdict(set)
        for rec in records:
            i = len(self._entities)
            self._entities.append(rec)
            surfaces = []
            seen: set[str] = set()
            for s in [rec.get("name"), rec.get("name_ar"), *rec.get("aliases", ())]:
                if not isinstance(s, str) or not s.strip():
                    continue
                toks = search_tokens(s)
                key = " ".join(toks)
                if not toks or key in seen:
                    continue
                seen.add(key)
                surfaces.append((s, toks))
                for t in toks:
                    self._vocab[t].add(i)
            self._surfaces.append(surfaces)

    @classmethod
    def from_frame(cls, entities: pd.DataFrame, *, kinds: Iterable[str] = SEARCH_KINDS, kb=None) -> SearchIndex:
        """Index the rows of `Store.entities_frame()` of the given kinds, with extra aliases from `kb`."""
        kinds = set(kinds)
        rows = entities[entities["kind"].isin(kinds)] if kinds else entities
        records = []
        for rec in rows.to_dict("records"):
            aliases = list(rec.get("aliases") or [])
            aliases += kb_aliases(kb, rec["id"])
            records.append(
                {
                    "id": rec["id"],
                    "name": rec.get("name") or rec["id"],
                    "name_ar": rec.get("name_ar") if isinstance(rec.get("name_ar"), str) else None,
                    "kind": rec.get("kind") or "",
                    "aliases": aliases,
                    "mentions": int(rec.get("mentions") or 0),
                }
            )
        return cls(records)

    def __len__(self) -> int:
        return len(self._entities)

    def _token_matches(self, qt: str, last: bool) -> dict[str, float]:
        """Vocabulary words matching the query word `qt`, with a similarity in (0, 1]: the word itself; a
        word within `allowed_edits` typos; and for the word being typed (`last`), a word it begins, or
        (from four letters) whose beginning is one typo away.

        Distances to every candidate word are computed at once (`_distances`, numpy), so a query costs a
        few milliseconds however large the vocabulary (tens of thousands of names at a million relations).
        """
        found: dict[str, float] = {}
        if qt in self._vocab:
            found[qt] = 1.0
        words, codes, lengths = self._arrays
        m, k = len(qt), allowed_edits(qt)
        near = (lengths >= m - k) & (lengths <= m + k)
        longer = lengths > m if last and m >= 2 else np.zeros(len(words), dtype=bool)
        idx = np.flatnonzero(near | longer)
        if not len(idx):
            return found
        block = codes[idx, : m + k]
        if block.shape[1] < m + k:  # a query longer than every word: pad the words
            block = np.pad(block, ((0, 0), (0, m + k - block.shape[1])))
        dist = _distances(qt, block)
        whole = dist[np.arange(len(idx)), np.minimum(lengths[idx], m + k)]  # distance to the whole word
        start = dist[:, m]  # distance to the word's first m letters
        for j in np.flatnonzero(near[idx] & (whole <= k)).tolist():
            t = words[idx[j]]
            if t not in found:
                found[t] = 0.85 * (1 - int(whole[j]) / max(m, len(t)))
        for j in np.flatnonzero(longer[idx] & (start <= 1)).tolist():
            t = words[idx[j]]
            if start[j] == 0:  # a prefix
                found[t] = max(found.get(t, 0.0), 0.6 + 0.3 * m / len(t))
            elif m >= 4 and t not in found:
                found[t] = 0.55
        return found

    @cached_property
    def _arrays(self) -> tuple[list[str], np.ndarray, np.ndarray]:
        """The vocabulary as a list, a matrix of code points (0-padded) and the word lengths."""
        words = list(self._vocab)
        width = max((len(w) for w in words), default=0) + 3
        codes = np.zeros((len(words), width), dtype=np.int32)
        for i, w in enumerate(words):
            codes[i, : len(w)] = [ord(c) for c in w]
        return words, codes, np.array([len(w) for w in words], dtype=np.int64)

    def search(self, query: str, *, limit: int = 10, kinds: Iterable[str] | None = None) -> list[Hit]:
        """Entities matching `query`, best first (score, then mentions, then name)."""
        qtoks = search_tokens(query or "")
        if not qtoks:
            return []
        per_token = [self._token_matches(qt, last=(i == len(qtoks) - 1)) for i, qt in enumerate(qtoks)]
        candidates: set[int] | None = None
        for matches in per_token:
            ids = set().union(*(self._vocab[t] for t in matches)) if matches else set()
            candidates = ids if candidates is None else candidates & ids
            if not candidates:
                return []
        kinds = set(kinds) if kinds else None
        hits = []
        for i in candidates:
            rec = self._entities[i]
            if kinds and rec["kind"] not in kinds:
                continue
            best, matched = 0.0, ""
            for surface, toks in self._surfaces[i]:
                sims = [max((m.get(t, 0.0) for t in toks), default=0.0) for m in per_token]
                if min(sims) == 0.0:
                    continue
                score = sum(sims) / len(sims)
                score *= 0.9 + 0.1 * min(1.0, len(qtoks) / len(toks))  # a fuller match ranks higher
                if score > best:
                    best, matched = score, surface
            if best > 0:
                hits.append(
                    Hit(rec["id"], rec["name"], rec["name_ar"], rec["kind"], round(best, 4), matched, rec["mentions"])
                )
        hits.sort(key=lambda h: (-h.score, -h.mentions, h.name))
        return hits[:limit]


def kb_aliases(kb, entity_id: str) -> list[str]:
    """Every name and alias the knowledge base (`explorer.kb.KnowledgeBase`) holds for an entity; for a state,
    its capital's names too: news says "Moscow" and «موسكو» for Russia, and the extractor reads them so."""
    ent = kb.get(entity_id) if kb is not None else None
    names = list(ent.all_names) if ent is not None else []
    capital = getattr(kb, "state_capital", {}).get(entity_id) if ent is not None else None
    city = kb.get(capital) if capital else None
    return names + (list(city.all_names) if city is not None else [])
