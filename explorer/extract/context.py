"""What every extraction step shares about one document: text, tokens, lexicon, knowledge base, and the
mentions found so far, indexed by token position so that each look-up is constant time and extraction
stays linear in the length of the article (a 20 MB article costs per MB what a 10 KB one does)."""

from __future__ import annotations

import bisect
import hashlib
import re
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from datetime import date
from itertools import chain, repeat
from operator import attrgetter, itemgetter

from explorer.extract.lexicon import Lexicon, Phrase
from explorer.kb import KnowledgeBase
from explorer.text.normalize import Normalized, normalize
from explorer.text.tokens import Token

try:  # (read by the optional compiled build, explorer/compiled.py; a no-op in pure Python)
    from mypy_extensions import mypyc_attr
except ImportError:
    from explorer.compiled import mypyc_attr  # type: ignore[assignment]

ACTOR_KINDS = {"person", "state", "organization", "armed_group"}


def _nset(words) -> set[str]:
    """Word lists are written naturally (إلى، على، التي) and matched in normalized form."""
    return {" ".join(normalize(w).text.split()) for w in words}


@dataclass(eq=False, slots=True, init=False)
class Ment:
    start: int  # original offsets
    end: int
    ts: int  # token span [ts, te)
    te: int
    entity: str
    kind: str
    role: str  # name | demonym | capital | short | title | coref | generic | discovered | resolution
    text: str
    in_np: bool = False  # a state or body inside a person's title ("Russian" in "Russian Foreign Minister")
    office: str | None = None
    np_start: int = -1  # first token of the person's whole noun phrase, title included
    possessive: bool = False  # "Libya's factions": modifies a noun, so never the subject
    topic: bool = False  # «الوضع السوري», "Syrian refugees": what is talked about, not a party
    located: bool = False  # «في سوريا», «بالسويد», "in Geneva": where something happens
    media: bool = False  # a news outlet: it reports, it is not a party

    def __init__(
        self,
        start: int,
        end: int,
        ts: int,
        te: int,
        entity: str,
        kind: str,
        role: str,
        text: str,
        in_np: bool = False,
        office: str | None = None,
        np_start: int = -1,
        possessive: bool = False,
        topic: bool = False,
        located: bool = False,
        media: bool = False,
    ) -> None:
        """Written out: the generated one called a __post_init__ for np_start, a second call per mention."""
        self.start, self.end, self.ts, self.te, self.entity, self.kind = start, end, ts, te, entity, kind
        self.role, self.text, self.in_np, self.office, self.possessive = role, text, in_np, office, possessive
        self.topic, self.located, self.media = topic, located, media
        self.np_start = ts if np_start < 0 else np_start


_BY_TS = attrgetter("ts")
_TEXT, _START, _FORMS = itemgetter(0), itemgetter(1), itemgetter(3)  # Token.text, Token.start, Token.forms
_LAST = itemgetter(-1)  # a tuple's last


@mypyc_attr(native_class=False)  # (a compiled class cannot extend list)
class MentionList(list):
    """The document's mentions in reading order, with dictionaries from start token, end token and entity
    to mentions, kept up to date on every change. Steps that move a mention's span or entity in place
    call `reindex()`."""

    def __init__(self, items: Iterable[Ment] = ()):
        super().__init__(items)
        self.reindex()

    def reindex(self) -> None:
        self.by_ts: dict[int, list[Ment]] = {}
        self.by_te: dict[int, list[Ment]] = {}
        self.by_entity: dict[str, list[Ment]] = {}
        self._index(self)
        self.ordered = False  # (spans may have moved: the next sort_by_start sorts)

    def _index(self, ments: Iterable[Ment]) -> None:
        """Add mentions to the three dictionaries (one loop for a whole reindex, which discovery steps ask
        for several times per article, rather than a call per mention)."""
        by_ts, by_te, by_entity = self.by_ts, self.by_te, self.by_entity
        for m in ments:
            bucket = by_ts.get(m.ts)
            if bucket is None:
                by_ts[m.ts] = [m]
            else:
                bucket.append(m)
            bucket = by_te.get(m.te)
            if bucket is None:
                by_te[m.te] = [m]
            else:
                bucket.append(m)
            bucket = by_entity.get(m.entity)
            if bucket is None:
                by_entity[m.entity] = [m]
            else:
                bucket.append(m)

    def append(self, m: Ment) -> None:  # type: ignore[override]
        if self.ordered and self and m.ts < self[-1].ts:
            self.ordered = False
        list.append(self, m)  # (not super(): a super object per mention)
        bucket = self.by_ts.get(m.ts)  # (_index written out for one mention: a call and a loop less per mention)
        if bucket is None:
            self.by_ts[m.ts] = [m]
        else:
            bucket.append(m)
        bucket = self.by_te.get(m.te)
        if bucket is None:
            self.by_te[m.te] = [m]
        else:
            bucket.append(m)
        bucket = self.by_entity.get(m.entity)
        if bucket is None:
            self.by_entity[m.entity] = [m]
        else:
            bucket.append(m)

    def sort(self, *args, **kwargs) -> None:  # type: ignore[override]
        list.sort(self, *args, **kwargs)
        self.ordered = False  # (by some other key)

    def remove(self, m: Ment) -> None:  # type: ignore[override]
        super().remove(m)
        for d, k in ((self.by_ts, m.ts), (self.by_te, m.te), (self.by_entity, m.entity)):
            bucket = d.get(k, [])
            if m in bucket:
                bucket.remove(m)

    def sort_by_start(self) -> None:
        """Reading order (stable). Most steps add no mention, or add them in order, so the list remembers
        whether it is still in order (`ordered`, kept by `append`) and is then left as it is: sorting an ordered
        list changes nothing, and the sorts were a hundredth of extracting."""
        if not self.ordered:
            list.sort(self, key=_BY_TS)
            self.ordered = True

    def starting(self, ts: int) -> list[Ment]:
        return self.by_ts.get(ts, [])

    def ending(self, te: int) -> list[Ment]:
        return self.by_te.get(te, [])

    def of_entity(self, eid: str) -> list[Ment]:
        return self.by_entity.get(eid, [])

    def ending_within(self, lo: int, hi: int) -> list[Ment]:
        """Mentions ending in (lo, hi], in reading order: a bounded window instead of a scan from the start."""
        by_te, lo = self.by_te, max(lo + 1, 0)
        if hi - lo < len(by_te):  # the window's ends, most of them ending no mention, looked up in C
            out = list(chain.from_iterable(map(by_te.get, range(lo, hi + 1), repeat(()))))
        else:  # a window longer than the list of ends (back to the text's start): the ends in it, in order
            ends = sorted(by_te)  # (in C; then the window's part of them by bisection)
            ends = ends[bisect.bisect_left(ends, lo) : bisect.bisect_right(ends, hi)]
            out = list(chain.from_iterable(map(by_te.__getitem__, ends)))
        out.sort(key=_BY_TS)
        return out


@dataclass(eq=False)
class TitleNP:
    """A title phrase attached to a person: office, of which state or body, the person's mention."""

    ts: int
    te: int
    office: str
    of: list[Ment]
    person: Ment | None


@dataclass
class DocEntities:
    """Entities met in one document: id → (name, name_ar, kind, aliases, known)."""

    info: dict[str, dict] = field(default_factory=dict)
    # groups named only by what they are ("Islamist insurgents", «الفصائل الكردية»): entities only in a relation
    generic: set[str] = field(default_factory=set)

    def add(self, eid: str, name: str, kind: str, name_ar: str | None = None, aliases=(), known: bool = True):
        if eid not in self.info:
            self.info[eid] = {"name": name, "name_ar": name_ar, "kind": kind, "aliases": list(aliases), "known": known}


@mypyc_attr(native_class=False)  # (a descriptor that sets the instance's attribute)
class lazy:
    """`functools.cached_property` without its look-up of the instance's `__dict__`: that look-up turns the
    instance's attributes into a dictionary for good, and every later `ctx.toks`, `ctx.lex`, `ctx.lang` (tens of
    thousands per article) then costs a dictionary look-up instead of an indexed read. The value computed on
    first use is set as an ordinary attribute, which hides this descriptor from then on."""

    def __init__(self, fn):
        self.fn, self.__doc__ = fn, fn.__doc__

    def __set_name__(self, owner, name: str) -> None:
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        value = self.fn(obj)
        setattr(obj, self.name, value)
        return value


@mypyc_attr(native_class=False)  # (its `lazy` attributes are set on first use)
class Context:
    """All that mention finding and relation extraction share about one document."""

    def __init__(
        self,
        text: str,
        norm: Normalized,
        toks: list[Token],
        lex: Lexicon,
        kb: KnowledgeBase,
        lang: str,
        on: date | None,
        doc_id: str,
    ):
        self.text, self.norm, self.toks, self.lex, self.kb = text, norm, toks, lex, kb
        self.lang, self.on, self.doc_id = lang, on, doc_id
        self.year: int | None = on.year if on else None
        self.tok_starts = list(map(_START, toks))  # (in C)
        self._ments = MentionList()
        self.titles: list[TitleNP] = []
        self.entities = DocEntities()
        self.covered = bytearray(len(toks) + 1)
        self.possessive_roles: list[tuple[Ment, Ment]] = []
        self.led_forces: list[tuple[Ment, Ment]] = []  # (person, the forces he commands): armies.find_led_forces
        self.loyalists: list[tuple[Ment, Ment]] = []  # (forces loyal to a former leader, the leader): armies
        self.memo: dict[str, object] = {}  # tables the relation phase builds once per document (see objects.py)

    @lazy
    def texts(self) -> list[str]:
        """Each token's text, for whole-sentence word checks in C (`words.isdisjoint(ctx.texts[ts:te])`)."""
        return list(map(_TEXT, self.toks))

    @lazy
    def forms(self) -> list[tuple[str, ...]]:
        """Each token's forms, as `texts`."""
        return list(map(_FORMS, self.toks))

    @lazy
    def lasts(self) -> list[str]:
        """Each token's last form (Arabic: without its clitics and article), as `texts`."""
        return list(map(_LAST, self.forms))

    @lazy
    def _positions(self) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
        """Token positions by text and by any of its forms (a token's forms follow from its text, so each
        distinct text is expanded once). A form's list is its text's own list until a second text shares the
        form (then a new list): most forms belong to one text, and a list per form was half the cost."""
        by_text: dict[str, list[int]] = {}
        for i, w in enumerate(self.texts):
            at = by_text.get(w)
            if at is None:
                by_text[w] = [i]
            else:
                at.append(i)
        by_form: dict[str, list[int]] = {}
        forms = self.forms  # (a list read by index: a token's `.forms` is a named-tuple field, read the slow way)
        for at in by_text.values():
            for f in forms[at[0]]:
                got = by_form.get(f)
                by_form[f] = at if got is None else got + at  # (never extended in place: lists are shared)
        return by_text, by_form

    @lazy
    def by_text(self) -> dict[str, list[int]]:
        """Token positions by token text (PhraseMatcher.find_all looks its words up there)."""
        return self._positions[0]

    @lazy
    def title_tokens(self) -> bytearray:
        """The tokens of the titles that introduce a name ("Houthi negotiator Mohammed Abdulsalam"): a title's noun
        ("negotiator", "mediator") names an office and triggers no relation. Read by the relation engine, once
        every step has found its titles."""
        out = bytearray(len(self.toks))
        for t in self.titles:
            if t.person is not None and t.te <= t.person.ts:
                out[t.ts : t.te] = b"\x01" * (t.te - t.ts)
        return out

    @lazy
    def trigger_hits(self) -> tuple[list[int], dict[int, tuple[Phrase, int]]]:
        """Where trigger phrases start, in order, and each one's (phrase, end): found once per document from
        the index of words instead of sentence by sentence over every token."""
        hits = self.lex.triggers.matches(self.toks, self.by_text)
        if self.lex.triggers.readings:
            self._read_conjugated(hits)
        return sorted(hits), hits

    def _read_conjugated(self, hits: dict[int, tuple[Phrase, int]]) -> None:
        """A trigger the matcher read through a conjugation prefix («سيدعم», «أدعو») gets that reading («يدعم»,
        «يدعو») as its token's last form, so the constructions' word lists and stems («يدعو» a call verb,
        «ستدعمه» a stem and its object pronoun) know the verb; the token indexes built before are kept in step."""
        readings, toks, known = self.lex.triggers.readings, self.toks, self.__dict__
        for k in hits:
            reading = readings.get(toks[k].text)
            if reading is None or reading.form in toks[k].forms:
                continue
            tok = toks[k] = toks[k]._replace(forms=(*toks[k].forms, reading.form))
            if "forms" in known:
                self.forms[k] = tok.forms
            if "lasts" in known:
                self.lasts[k] = reading.form
            if "_positions" in known:
                by_form = self._positions[1]
                by_form[reading.form] = [*by_form.get(reading.form, ()), k]  # (a new list: lists are shared)

    def where(self, words: AbstractSet[str], *, forms: bool = False, lasts: bool = False) -> list[int]:
        """Positions, in order, of the tokens whose text is in `words` (with `forms`: or one of its forms; with
        `lasts`: or its last form). Steps that act on a few words look them up in the document's index of
        positions instead of looping over every token; they still check each position they are given."""
        by_text, by_form = self._positions
        out: list[int] = []
        for index in (by_text, by_form) if forms else (by_text,):
            for w in _common(index, words):
                out += index[w]
        if lasts and not forms:  # a token's last form is one of its forms: those of its forms that are its last
            last = self.lasts
            for w in _common(by_form, words):
                out += [k for k in by_form[w] if last[k] == w]
        elif not forms:
            out.sort()  # (texts' positions only: each token once, as no two texts share one)
            return out
        return sorted(set(out))

    def _set_ments(self, items: Iterable[Ment]) -> None:
        self._ments = MentionList(items)

    ments: MentionList  # (a property, set right after the class)

    def token_at(self, nchar: int) -> int:
        return max(0, bisect.bisect_right(self.tok_starts, nchar) - 1)

    def orig(self, ts: int, te: int) -> tuple[int, int]:
        return self.norm.span(self.toks[ts].start, self.toks[te - 1].end)

    def capitalized(self, k: int) -> bool:
        """Token k starts with a capital in the original text (normalization lowercases English)."""
        return self.capitals[k]

    @lazy
    def capitals(self) -> list[bool]:
        """Whether each token starts with a capital in the original text, found in one pass on first use: English
        steps ask it of most tokens (about 600 times per article), and each answer was two calls to map the
        token back to the original text."""
        text, offsets = self.text, self.norm.offsets
        return [text[offsets[s]].isupper() for s in self.tok_starts]

    def add(self, m: Ment) -> Ment:
        self._ments.append(m)  # (not the property: a call per mention)
        self.covered[m.ts : m.te] = b"\x01" * (m.te - m.ts)
        return m

    def unname(self, m: Ment) -> int:
        """Removes a mention and frees its words (what `add` covered); returns where it started."""
        self._ments.remove(m)
        self.covered[m.ts : m.te] = bytes(m.te - m.ts)
        return m.ts

    def free(self, ts: int, te: int) -> bool:
        if te == ts + 1:
            return not self.covered[ts]
        return not any(self.covered[ts:te])

    def ending_at(self, te: int) -> Ment | None:
        """The first mention (in reading order) whose span ends at token `te`."""
        found = self._ments.ending(te)  # (not the property: a call per look-up)
        return min(found, key=_BY_TS) if found else None  # (the key read in C, not by a lambda per mention)

    def starting_at(self, ts: int, kinds: Iterable[str] | None = None) -> Ment | None:
        for m in self._ments.starting(ts):
            if kinds is None or m.kind in kinds:
                return m
        return None

    def register(self, eid: str) -> None:
        if eid in self.entities.info:
            return
        e = self.kb.get(eid)
        if e:
            self.entities.add(eid, e.name, e.kind, e.name_ar, e.aliases + e.aliases_ar)


# the document's mentions; setting a list makes a MentionList of it. The getter is `attrgetter`, called in C
# without a Python frame: steps and constructions read `ctx.ments` hundreds of times per article. (Set after the
# class: the compiled build does not let a class body name its own methods.)
setattr(Context, "ments", property(attrgetter("_ments"), Context._set_ments))  # noqa: B010


def _common(index: dict[str, list[int]], words: AbstractSet[str]) -> Iterable[str]:
    """The words that are keys of the index, found by running over the smaller of the two in C (`where` sorts
    what it collects, so their order does not matter)."""
    if len(words) <= len(index):
        return filter(index.__contains__, words)
    return filter(words.__contains__, index)


_KB_MEMOS: dict[str, tuple[object, dict]] = {}


def kb_memo(kb, name: str) -> dict:
    """The memo `name` of look-ups that follow from the knowledge base alone, kept across documents and emptied
    when another base is used (its object compared, as an id is only unique while the base lives)."""
    got = _KB_MEMOS.get(name)
    if got is None or got[0] is not kb:
        got = _KB_MEMOS[name] = (kb, {})
    return got[1]


def stable_id(kind: str, name: str) -> str:
    """Discovered actors get an id from their normalized name: the same name, the same id, in every run."""
    prefix = {"person": "person", "organization": "org", "armed_group": "group", "agreement": "agr"}.get(kind, kind)
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    if not slug or not slug.isascii():
        slug = hashlib.sha1(name.encode("utf-8")).hexdigest()[:10]
    return f"{prefix}:x-{slug[:60]}"
