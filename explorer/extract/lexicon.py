"""Lexicons (titles, triggers, cue words) loaded from explorer/lexicon/*.yaml and normalized once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import filterfalse
from typing import Any

import yaml

from explorer import PACKAGE_DIR
from explorer.text.normalize import normalize
from explorer.text.tokens import Token, strip_article, tokenize

LEXICON_DIR = PACKAGE_DIR / "lexicon"


@dataclass(frozen=True)
class Phrase:
    words: tuple[str, ...]
    prefix_last: bool  # the last word matches as a prefix (a trailing * in the lexicon)
    label: str  # relation type, office, …
    raw: str
    nominal: bool = False  # a noun trigger (a leading ~ in the lexicon)


@dataclass(frozen=True)
class Conjugations:
    """Verb prefixes the lexicon's entries do not list (the lexicon's `conjugations:`): a token that starts no
    phrase of its own is read as the present-tense entry they derive («سيدعم» → «يدعم», «وندين» → «يدين»), so
    conjugation is the matcher's, not every word list's. Only verb entries starting with a `present` prefix are
    read so, from the word or the word less one `proclitics` letter (a verb takes no article or preposition:
    «النصف» is no «يصف»), with a stem of `min_stem` letters at least («سيري», «باري» are no «يرى»); a first-person
    reading must end where its entry's stem does or with an object pronoun (`first_person_endings`): «واشنطن»
    is no «يشن…». After the future prefix the word is a verb, so a «تـ» form the lexicon leaves out for its noun
    look-alike («توقع» expectation, «تقاطع») is read as its «يـ» entry too (`future_siblings`)."""

    present: tuple[str, ...] = ()
    future: tuple[str, ...] = ()
    first_person: dict[str, str] = field(default_factory=dict)
    first_person_endings: frozenset[str] = frozenset()
    proclitics: tuple[str, ...] = ()
    min_stem: int = 4
    future_siblings: dict[str, str] = field(default_factory=dict)

    def readings(self, word: str) -> list[tuple[str, bool, bool]]:
        """The present-tense readings of a token's text: (reading, future, first person)."""
        out: list[tuple[str, bool, bool]] = []
        for form in (word, word[1:]) if word[:1] in self.proclitics else (word,):
            future = form[:1] in self.future and (form[1:2] in self.present or form[1:2] in self.first_person)
            if future:
                form = form[1:]
                if form[:1] in self.present and len(form) >= self.min_stem:
                    out.append((form, True, False))
                    if form[:1] in self.future_siblings:  # «ستوقع», «ستقاطع»: a verb, read as «يوقع», «يقاطع»
                        out.append((self.future_siblings[form[:1]] + form[1:], True, False))
            into = self.first_person.get(form[:1])
            if into is not None and len(form) >= self.min_stem:
                out.append((into + form[1:], future, True))
        return out


@dataclass(frozen=True)
class Reading:
    """A token read through a conjugation prefix: its present-tense form and what the prefix said."""

    form: str
    future: bool
    first_person: bool


class PhraseMatcher:
    """Finds lexicon phrases in a token list, clitic-aware, longest match first."""

    def __init__(
        self, phrases: list[Phrase], conjugations: Conjugations | None = None, inserts: frozenset[str] = frozenset()
    ):
        self.conjugations = conjugations
        self.inserts = inserts  # adverbs a phrase may hold after its first word ("stood firmly with")
        self.readings: dict[str, Reading] = {}  # token text → the conjugated reading its candidates come from
        self.by_first: dict[str, list[Phrase]] = {}
        self.prefix_first: dict[str, list[Phrase]] = {}
        for p in phrases:
            first = p.words[0]
            if len(p.words) == 1 and p.prefix_last:
                self.prefix_first.setdefault(first, []).append(p)
            else:
                self.by_first.setdefault(first, []).append(p)
        for lst in list(self.by_first.values()) + list(self.prefix_first.values()):
            lst.sort(key=lambda p: -len(p.words))
        # each phrase with the word the next token must have as a form, if any: most phrases that share a first
        # word ("رئيس …") are told apart by the second, so it is looked at before a call to _match_rest
        self.seconds: dict[str, list[tuple[Phrase, str | None]]] = {
            first: [(p, _second(p)) for p in lst] for first, lst in self.by_first.items()
        }
        # token text → its candidates (a token's forms follow from its text); an empty list: it starts nothing.
        # Keyed by the text, whose hash Python keeps, not by the forms tuple, hashed again at every look-up.
        self.by_text: dict[str, list] = {}
        self.starters: set[str] = set()  # the texts in by_text whose candidates are not empty
        # whether no phrase starts with a digit: then a number (not kept in by_text) starts nothing, and is not
        # looked at again in every document
        self.numbers_start_nothing = not any(c.isdigit() for w in (*self.by_first, *self.prefix_first) for c in w)

    def _candidates(self, tok: Token) -> list[tuple[list[tuple[Phrase, str | None]], Phrase | None]]:
        """Per form of a token: the phrases that start with it, and the single-word prefix phrase it fits."""
        cached = self.by_text.get(tok.text)
        if cached is not None:
            return cached
        forms = tok.forms
        out = []
        for form in forms:
            exact = self.seconds.get(form, [])
            pref = None
            for k in range(len(form), 1, -1):
                lst = self.prefix_first.get(form[:k])
                if lst:
                    pref = lst[0]
                    break
            out.append((exact, pref))
        if not any(exact or pref for exact, pref in out):
            out = self._conjugated(tok) if self.conjugations is not None else []
            # (most tokens start no phrase: an empty list lets callers skip them at once)
        if len(self.by_text) < 200_000 and not tok.text.isdigit():  # (numbers: a long text has too many)
            self.by_text[tok.text] = out
            if out:
                self.starters.add(tok.text)
        return out

    def _conjugated(self, tok: Token) -> list[tuple[list[tuple[Phrase, str | None]], Phrase | None]]:
        """The candidates of a token read through a conjugation prefix (see Conjugations), noted in `readings`:
        only verb phrases whose first word starts with a present-tense prefix."""
        conj = self.conjugations
        for reading, future, first in conj.readings(tok.text):
            exact = [(p, s) for p, s in self.seconds.get(reading, ()) if _present_verb(p, conj)]
            pref = None
            for k in range(len(reading), conj.min_stem - 1, -1):
                if first and reading[k:] not in conj.first_person_endings:
                    continue
                pref = next((p for p in self.prefix_first.get(reading[:k], ()) if _present_verb(p, conj)), None)
                if pref is not None:
                    break
            if exact or pref:
                self.readings[tok.text] = Reading(reading, future, first)
                return [(exact, pref)]
        return []

    def starts_phrase(self, word: str) -> bool:
        """Whether a phrase starts with the word (whole or as a stem)."""
        return word in self.by_first or word in self.prefix_first

    def match_at(self, toks: list[Token], i: int) -> tuple[Phrase, int] | None:
        """The longest phrase starting at token i, and the index after it. A form's phrases are sorted longest
        first, so the first that matches is the longest; a phrase of two words or more may hold one of `inserts`
        after its first ("stood firmly with", "stands squarely behind")."""
        cands = self.by_text.get(toks[i].text)
        if cands is None:
            cands = self._candidates(toks[i])
        if not cands:
            return None
        nxt = toks[i + 1].forms if i + 1 < len(toks) else ()
        for exact, pref in cands:
            for p, second in exact:
                if second is not None and second not in nxt:
                    continue
                j = self._match_rest(toks, i, p)
                if j:
                    return p, j
            if pref is not None:
                return pref, i + 1
        if i + 2 < len(toks) and toks[i + 1].text in self.inserts:  # (the lexicon's few adverbs: a set look-up)
            got = self.match_at([toks[i], *toks[i + 2 : i + 10]], 0)
            if got is not None and got[1] > 1:
                return got[0], i + got[1] + 1
        return None

    @staticmethod
    def _match_rest(toks: list[Token], i: int, p: Phrase) -> int | None:
        """The index after phrase `p` when its words after the first follow token i, else None."""
        words = p.words
        n = len(words)
        if i + n > len(toks):
            return None
        last = n - 1 if p.prefix_last else n  # (a prefix last word is checked apart)
        for k in range(1, last):
            if words[k] not in toks[i + k].forms:
                return None
        if last < n and last > 0:
            w = words[last]
            if not any(f.startswith(w) for f in toks[i + last].forms):
                return None
        return i + n

    def find_all(
        self, toks: list[Token], by_text: dict[str, list[int]] | None = None
    ) -> list[tuple[int, int, Phrase]]:
        """Non-overlapping (start token, end token, phrase), left to right. `by_text` is the document's token
        positions by text (`Context.by_text`): with it each distinct word is looked up once, not every token."""
        hits = self.matches(toks, by_text if by_text is not None else positions_by_text(toks))
        out: list[tuple[int, int, Phrase]] = []
        i = 0
        for k in sorted(hits):
            if k >= i:
                phrase, i = hits[k]
                out.append((k, i, phrase))
        return out

    def matches(self, toks: list[Token], by_text: dict[str, list[int]]) -> dict[int, tuple[Phrase, int]]:
        """Every word token where a phrase starts → (the longest phrase, the index after it), with the
        document's token positions by text: each distinct word is looked up once, not each token."""
        out: dict[int, tuple[Phrase, int]] = {}
        for k in self.starts(toks, by_text):
            hit = self.match_at(toks, k)
            if hit:
                out[k] = hit
        return out

    def starts(self, toks: list[Token], by_text: dict[str, list[int]]) -> list[int]:
        """Positions, in order, of the word tokens whose text may start a phrase, from the document's token
        positions by text. The texts met before are sorted out by set operations in C (most of a document's
        words start nothing); only texts never met are looked at, once each."""
        starting = self.starters.intersection(by_text)
        # (the document's words looked up in the set: `keys() & set` copied them into a set first; `keys() -
        # keys()` would walk the whole cache, which grows with every word a long ingest meets)
        numbers = self.numbers_start_nothing
        for text in filterfalse(self.by_text.__contains__, by_text):
            if numbers and text.isdigit():
                continue  # (every form of a number is the number: it starts no phrase here)
            if self._candidates(toks[by_text[text][0]]):
                starting.add(text)  # (a number is not kept in by_text: it is looked at every time)
        out = [k for text in starting if toks[by_text[text][0]].is_word for k in by_text[text]]
        out.sort()
        return out


def _present_verb(p: Phrase, conj: Conjugations) -> bool:
    """A verb entry in the present tense (a conjugated reading matches no other)."""
    return not p.nominal and p.words[0][:1] in conj.present


def _second(p: Phrase) -> str | None:
    """The word a phrase needs as one of the next token's forms (its second word, when that is matched whole)."""
    if len(p.words) < 2 or (len(p.words) == 2 and p.prefix_last):
        return None
    return p.words[1]


def positions_by_text(toks: list[Token]) -> dict[str, list[int]]:
    """Token positions by token text."""
    out: dict[str, list[int]] = {}
    for i, t in enumerate(toks):
        at = out.get(t.text)
        if at is None:
            out[t.text] = [i]
        else:
            at.append(i)
    return out


def _phrase(raw: str, label: str) -> Phrase:
    prefix = raw.endswith("*")
    nominal = raw.startswith("~")
    text = raw.rstrip("*").lstrip("~").strip()
    words = tuple(strip_article(t.text) for t in tokenize(normalize(text).text))
    return Phrase(words, prefix, label, raw, nominal)


@dataclass
class Lexicon:
    lang: str
    triggers: PhraseMatcher
    titles: PhraseMatcher
    negations: frozenset[str]
    complementizers: frozenset[str]
    location_prepositions: frozenset[str]
    person_cues: frozenset[str]
    organization_heads: frozenset[str]
    armed_heads: frozenset[str]
    agreement_nouns: PhraseMatcher
    counterpart: frozenset[str]
    media_heads: frozenset[str]
    regime: PhraseMatcher
    collectives: PhraseMatcher
    words: dict[str, frozenset[str]]  # construction vocabularies (call verbs, linkers, relative pronouns, …)
    constructions: dict[str, dict]  # per construction: windows and confidence offset
    _unions: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict, repr=False, compare=False)
    # w(key): a construction vocabulary; a language may leave one out (empty set). A dictionary's own look-up
    # rather than a method: the constructions ask for a vocabulary about 1,500 times per article.
    w: Callable[[str], frozenset[str]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.words = _Vocab(self.words)
        self.w = self.words.__getitem__

    def has(self, key: str) -> bool:
        """Whether the language's lexicon lists the vocabulary (`w` gives the empty set for one it leaves out)."""
        return key in self.words.listed

    def any_of(self, *keys: str) -> frozenset[str]:
        """The union of several construction vocabularies (built once per lexicon)."""
        u = self._unions.get(keys)
        if u is None:
            u = self._unions[keys] = frozenset().union(*(self.w(k) for k in keys))
        return u

    def cx(self, name: str, key: str, default: Any = 0.0) -> Any:
        """A construction's parameter (`window`, `confidence`, …) from the lexicon."""
        return (self.constructions.get(name) or {}).get(key, default)


_NONE: frozenset[str] = frozenset()


class _Vocab(dict):
    """Vocabularies by name; a name the language leaves out is the empty set, kept under the name once asked
    for (a call of __missing__ per look-up was about 180 calls per article). `listed`: the names the lexicon
    itself has."""

    def __init__(self, words: dict[str, frozenset[str]]):
        super().__init__(words)
        self.listed = frozenset(words)

    def __missing__(self, key: str) -> frozenset[str]:
        self[key] = _NONE
        return _NONE


@lru_cache(maxsize=256)
def first_words(phrases: frozenset[str]) -> frozenset[str]:
    """The first word of each phrase, built once per vocabulary: a stretch of tokens that holds none of them
    holds none of the phrases either (one check in C instead of a joined string per token)."""
    return frozenset(p.split()[0] for p in phrases if p.strip())


def _conjugations(data: dict) -> Conjugations:
    """The lexicon's `conjugations:` table, normalized as the text is."""

    def norm(x) -> str:
        return normalize(str(x)).text.strip()

    return Conjugations(
        present=tuple(map(norm, data.get("present") or ())),
        future=tuple(map(norm, data.get("future") or ())),
        first_person={norm(k): norm(v) for k, v in (data.get("first_person") or {}).items()},
        first_person_endings=frozenset(map(norm, data.get("first_person_endings") or ())),
        proclitics=tuple(map(norm, data.get("proclitics") or ())),
        min_stem=int(data.get("min_stem") or 4),
        future_siblings={norm(k): norm(v) for k, v in (data.get("future_siblings") or {}).items()},
    )


def _words(items) -> frozenset[str]:
    out = set()
    for x in items or []:
        for t in tokenize(normalize(str(x)).text):
            out.add(t.text)
            out.add(strip_article(t.text))
    return frozenset(out)


def _exact(items) -> frozenset[str]:
    """Words matched as whole normalized tokens (no article stripping): «الذي», "which"."""
    return frozenset(" ".join(normalize(str(x)).text.split()) for x in items or [])


# YAML without yes/no/on/off booleans: in a lexicon "on" and "no" are words. (Made with `type`: the compiled
# build cannot compile a subclass of PyYAML's loader, whose classes mix in one another.)
_WordLoader: type = type(
    "_WordLoader",
    (yaml.SafeLoader,),
    {
        "yaml_implicit_resolvers": {
            k: [r for r in v if r[0] != "tag:yaml.org,2002:bool"]
            for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
        }
    },
)


@lru_cache(maxsize=2)
def load_lexicon(lang: str) -> Lexicon:
    text = (LEXICON_DIR / f"{'ar' if lang == 'ar' else 'en'}.yaml").read_text(encoding="utf-8")
    data = yaml.load(text, Loader=_WordLoader)  # noqa: S506  (a safe loader without booleans)
    trig = [_phrase(str(w), t) for t, ws in data["triggers"].items() for w in ws]
    conj = data.get("conjugations")
    titles = [_phrase(str(w), o) for o, ws in data["titles"].items() for w in ws]
    return Lexicon(
        lang=lang,
        triggers=PhraseMatcher(trig, _conjugations(conj) if conj else None, _exact(data.get("phrase_inserts"))),
        titles=PhraseMatcher(titles),
        negations=_words(data.get("negations")),
        complementizers=_words(data.get("complementizers")),
        location_prepositions=_words(data.get("location_prepositions")),
        person_cues=_words(data.get("person_cues")) - {"."},  # ("Gen.": the abbreviation's dot is no cue)
        organization_heads=_words(data.get("organization_heads")),
        armed_heads=_words(data.get("armed_heads")),
        agreement_nouns=PhraseMatcher([_phrase(str(w), "agreement") for w in data.get("agreement_nouns") or []]),
        counterpart=_words((data.get("role_nouns") or {}).get("counterpart")),
        media_heads=_exact(data.get("media_heads")),
        regime=PhraseMatcher([_phrase(str(w), "regime") for w in data.get("regime") or []]),
        collectives=PhraseMatcher([_phrase(str(w), "collective") for w in data.get("collectives") or []]),
        words={k: _exact(v) for k, v in (data.get("words") or {}).items()},
        constructions=dict(data.get("constructions") or {}),
    )
