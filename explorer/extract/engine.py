"""The relation engine: for each sentence, the sentence patterns, then every trigger word run through the
registered constructions in order (explorer/extract/constructions.py).

A construction is a small function `(ctx, site, emit) -> Outcome` that recognizes one way news writes a
relation ("X and Y agreed", «وقّع الاتفاقَ عن الجانب الحكومي …», "talks between X and Y"). Its words,
windows and confidence offset come from the lexicon (`constructions:` in explorer/lexicon/{ar,en}.yaml): a
construction runs only for languages whose lexicon lists it. Each relation records the construction that
produced it in `method`, so "why is this edge here?" has an answer.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from enum import Enum
from functools import cache
from itertools import islice
from operator import attrgetter

from explorer import ontology
from explorer.extract.context import ACTOR_KINDS, Context, Ment, TitleNP
from explorer.extract.lexicon import Phrase, first_words
from explorer.extract.syntax import actor, coordinated_after, future
from explorer.records import Relation


@dataclass
class Sentence:
    start: int  # original offsets
    end: int
    ts: int  # token span
    te: int


class Outcome(Enum):
    PASS = 0  # the construction does not apply here; try the next one in the phase
    FOUND = 1  # the construction fixed what its phase decides (the subject, the frame); go to the next phase
    DONE = 2  # the trigger is handled (relations emitted, or none to emit)


@dataclass(slots=True)
class Trigger:
    i: int  # first token of the trigger phrase
    j: int  # token after it
    rtype: str
    text: str
    phrase: Phrase


@dataclass(slots=True, init=False)
class Site:
    """One trigger in its sentence, and what the constructions decided about it so far. Its __init__ is written
    out: the generated one tested each defaulted field against its marker and called `list` six times per trigger."""

    sent: Sentence
    ments: list[Ment]
    trig: Trigger
    n_trig: int
    found: list[Trigger]
    state: SentenceState
    view: SentenceMentions
    # the trigger's, copied once: constructions read them hundreds of times per article (passed by the engine:
    # a __post_init__ was a second call per trigger)
    rtype: str
    i: int
    j: int
    nominal: bool | None = None  # noun or verb: the gate decides (None before it)
    before: list[Ment] = field(default_factory=list)
    after: list[Ment] = field(default_factory=list)
    conf: float = 0.0
    src: list[Ment] = field(default_factory=list)
    vso: bool = False
    method: str = ""
    carried: list[Ment] = field(default_factory=list)
    prior_subjects: list[Ment] = field(default_factory=list)
    first_after: Ment | None = None
    near_before: Ment | None = None
    gap: int = 99
    gap_before: int = 99
    cands: list[Ment] = field(default_factory=list)
    start_after: int = 0
    groups: dict[tuple[int, bool, int, int], tuple[Ment, list[Ment]]] = field(default_factory=dict)
    # (the coordinated groups ending with a mention that this trigger's constructions asked for: see
    # constructions._left_group)

    def __init__(
        self,
        sent: Sentence,
        ments: list[Ment],
        trig: Trigger,
        n_trig: int,
        found: list[Trigger],
        state: SentenceState,
        view: SentenceMentions,
        rtype: str,
        i: int,
        j: int,
    ) -> None:
        self.sent, self.ments, self.trig, self.n_trig, self.found = sent, ments, trig, n_trig, found
        self.state, self.view, self.rtype, self.i, self.j = state, view, rtype, i, j
        self.nominal, self.conf, self.vso, self.method = None, 0.0, False, ""
        self.before, self.after, self.src, self.carried, self.prior_subjects, self.cands = [], [], [], [], [], []
        self.first_after, self.near_before, self.gap, self.gap_before, self.start_after = None, None, 99, 99, 0
        self.groups = {}


@dataclass(slots=True)
class SentenceMentions:
    """A sentence's mentions as every trigger of it asks for them: the actors that may be a subject, the
    mentions after a token, the first actor after it. Built once per sentence; filtering the whole list for
    each trigger was a fifth of `gate`. The look-ups by position bisect when the list is in reading order (as
    the discovery steps leave it) and filter it otherwise."""

    ments: list[Ment]
    subjects: list[Ment]  # actors, neither possessive nor a topic, in list order
    leads: list[Ment]  # actors that are not a topic, in list order
    starts: list[int] | None  # each mention's first token when the list is in reading order, else None
    lead_starts: list[int]
    subject_ends: list[int] | None  # each subject's token after it, when those are in order, else None

    @classmethod
    def of(cls, ments: list[Ment]) -> SentenceMentions:
        starts = [m.ts for m in ments]
        leads = [m for m in ments if actor(m) and not m.topic]
        subjects = [m for m in leads if not m.possessive]
        ordered = starts == sorted(starts)
        ends = [m.te for m in subjects]
        in_order = ends == sorted(ends)
        lead_starts = [m.ts for m in leads]
        return cls(ments, subjects, leads, starts if ordered else None, lead_starts, ends if in_order else None)

    def subjects_before(self, i: int) -> list[Ment]:
        """The subjects that end by token i, in list order: a slice when their ends are in order."""
        if self.subject_ends is None:
            return [m for m in self.subjects if m.te <= i]
        return self.subjects[: bisect.bisect_right(self.subject_ends, i)]

    def after(self, j: int) -> list[Ment]:
        """The mentions starting at token j or later, in list order."""
        if self.starts is None:
            return [m for m in self.ments if m.ts >= j]
        return self.ments[bisect.bisect_left(self.starts, j) :]

    def starting_within(self, lo: int, hi: int) -> list[Ment]:
        """The mentions starting at token lo to hi - 1, in list order: a slice of the list when it is in reading
        order and has not grown since this table was made (a construction may add a name it discovered)."""
        if self.starts is None or len(self.starts) != len(self.ments):
            return [m for m in self.ments if lo <= m.ts < hi]
        return self.ments[bisect.bisect_left(self.starts, lo) : bisect.bisect_left(self.starts, hi)]

    def first_lead(self, j: int) -> Ment | None:
        """The first mention, in list order, starting at token j or later that is an actor and not a topic."""
        if self.starts is None:
            return next((m for m in self.leads if m.ts >= j), None)
        k = bisect.bisect_left(self.lead_starts, j)
        return self.leads[k] if k < len(self.leads) else None


@dataclass
class SentenceState:
    subjects_here: list[Ment] = field(default_factory=list)
    last_subject: list[Ment] = field(default_factory=list)
    speakers: list[Ment] = field(default_factory=list)  # who the sentence's main statement verb has speak
    last_speakers: list[Ment] = field(default_factory=list)  # the speakers of the sentence before
    first_subjects: list[Ment] = field(default_factory=list)  # the subject of the sentence's first clause
    opener: Ment | None = None  # the name that opened the sentence before ("De Mistura suspended …. He said …")
    verb_subjects: list[Ment] = field(default_factory=list)  # the subject of the last main-clause verb (not noun)
    verb_at: int = -1  # that verb's token
    main_subjects: list[Ment] = field(default_factory=list)  # the same outside clauses opened by "who"
    main_at: int = -1
    attackers: list[Ment] = field(default_factory=list)  # who fought in the last sentence that told of fighting
    visitors: list[Ment] = field(default_factory=list)  # the people who arrived in the last sentence of a visit
    accusers: list[tuple[Ment, str]] = field(default_factory=list)  # who accused whom (an entity) in earlier sentences
    # ("Iran condemned the strikes": the strikes reported before)


Construction = Callable[[Context, Site, Callable], Outcome]
PHASES = ("prepare", "subject", "frame", "candidates", "target")
ALWAYS = {"prepare", "candidates"}  # steps every language runs; the others run when the lexicon lists them
REGISTRY: dict[str, list[tuple[str, Construction]]] = {p: [] for p in PHASES}


@dataclass(frozen=True, slots=True)
class Registration:
    """What `construction` registered of a construction (kept beside it, not as attributes of the function:
    the optional compiled build's functions take none)."""

    order: int
    construction_name: str
    rtypes: frozenset[str] | None
    langs: frozenset[str] | None
    needs: str | None
    trigger_words: str | None
    trigger_test: Callable[[Context, object], object] | None
    before: str | None
    after: str | None
    nominal: bool | None


REGISTRATION: dict[Callable, Registration] = {}  # construction → its registration
CUES: dict[Callable, Callable] = {}  # sentence pattern → its cues (`cued`)
KINDS: dict[Callable, frozenset[str]] = {}  # sentence pattern → the mention kinds it acts on (`mentioning`)


def construction(
    name: str,
    phase: str,
    rtypes: Iterable[str] | None = None,
    *,
    langs: Iterable[str] | None = None,
    needs: str | None = None,
    trigger_words: str | None = None,
    trigger_test: Callable[[Context, object], object] | None = None,
    before: str | None = None,
    after: str | None = None,
    nominal: bool | None = None,
) -> Callable[[Construction], Construction]:
    """Register a construction under `name` in `phase`; registration order is the order they are tried.
    `rtypes`: the relation types it can act on, when its first check is the trigger's type (it keeps that
    check): the engine does not call it for a trigger of another type, a call that would only return PASS. The
    type is the one the trigger has when the construction's turn comes (a prepare construction may change it:
    "struck a deal" / "struck targets"). `langs`, `needs`, `trigger_words`: likewise when its first check is the
    document's language, looks the trigger up in a vocabulary of the lexicon (named; a lexicon without it leaves
    the construction out), or asks that one of the trigger word's forms be in one. `trigger_test`: a test of the
    trigger's token `(ctx, tok)` that its first check makes (a token's answer follows from its text). `before`,
    `after`: a vocabulary the token right before the trigger (`before`) or right after it (`after`: the first word
    of one of its phrases) must be in for its first check to pass. The engine knows each word's answers once per
    lexicon. `nominal`: it acts only on noun triggers (True) or only on verbs (False), as the gate decided."""

    def deco(fn: Construction) -> Construction:
        REGISTRATION[fn] = Registration(
            order=len(REGISTRY[phase]),
            construction_name=name,
            rtypes=frozenset(rtypes) if rtypes is not None else None,
            langs=frozenset(langs) if langs is not None else None,
            needs=needs,
            trigger_words=trigger_words,
            trigger_test=trigger_test,
            before=before,
            after=after,
            nominal=nominal,
        )
        REGISTRY[phase].append((name, fn))
        return fn

    return deco


_ENABLED: dict[tuple[int, str], list[list[Construction]]] = {}


def _enabled(ctx: Context) -> list[list[Construction]]:
    """Per phase, the constructions this language's lexicon enables (computed once per lexicon)."""
    key = (id(ctx.lex), ctx.lang)
    if key not in _ENABLED:
        _ENABLED[key] = [
            [
                fn
                for name, fn in REGISTRY[p]
                if (p in ALWAYS or name in ctx.lex.constructions)
                and ((langs := REGISTRATION[fn].langs) is None or ctx.lang in langs)
                and ((needs := REGISTRATION[fn].needs) is None or ctx.lex.w(needs))
            ]
            for p in PHASES
        ]
    return _ENABLED[key]


_NOTHING: frozenset = frozenset()
_TS = attrgetter("ts")  # a mention's or a title's first token
_KIND = attrgetter("kind")


_NO_FNS: list[Construction] = []  # (never added to)


def run_trigger(ctx: Context, site: Site, emit, phases: list[list[Construction]] | None = None) -> None:
    """The phases in order; within a phase the first construction that applies decides. Each phase holds only
    the constructions whose registration fits the trigger (its words, its type, its part of speech once the gate
    has decided it); when a construction changes the type or the part of speech, the rest of its phase is
    chosen again."""
    passed, done, found = Outcome.PASS, Outcome.DONE, Outcome.FOUND
    phases = phases or _enabled(ctx)
    rtype, i, j, texts = site.rtype, site.i, site.j, ctx.texts
    nominal: bool | None = None  # (the part of speech is the gate's to decide)
    around = (texts[i - 1] if i > 0 else None, texts[i], texts[j] if j < len(texts) else None)
    lists = _lists(ctx, phases, rtype, nominal, i, j, around)
    for p in range(len(lists)):
        fns = lists[p]
        while fns:
            for fn in fns:
                out = fn(ctx, site, emit)
                if out is passed and site.rtype is rtype and site.nominal is nominal:
                    continue  # (most calls: nothing decided or changed, on to the next construction)
                if out is done:
                    return
                if site.rtype is not rtype or site.nominal is not nominal:
                    rtype, nominal = site.rtype, site.nominal
                    lists = _lists(ctx, phases, rtype, nominal, i, j, around)
                    fns = _NO_FNS if out is found else _rest(lists[p], fn)
                    break
                if out is found:
                    fns = _NO_FNS
                    break
            else:
                fns = _NO_FNS


def _rest(fns: list[Construction], fn: Construction) -> list[Construction]:
    """The constructions of a phase registered after `fn`."""
    if fn in fns:
        return fns[fns.index(fn) + 1 :]
    order = REGISTRATION[fn].order
    return [g for g in fns if REGISTRATION[g].order > order]


_LISTS: dict[tuple, tuple[list, list[list[Construction]]]] = {}


def _lists(
    ctx: Context,
    phases: list[list[Construction]],
    rtype: str,
    nominal: bool | None,
    i: int,
    j: int,
    around: tuple[str | None, str, str | None],
) -> list[list[Construction]]:
    """_for_trigger for the trigger from token i to j, kept per type, part of speech and the texts of the trigger's
    token and of the tokens before and after it (`around`: all that the registrations look at)."""
    texts = ctx.texts
    key = (id(phases), rtype, nominal, around)
    got = _LISTS.get(key)
    if got is None or got[0] is not phases:  # (the phases object kept: an id is only unique while it lives)
        words = (
            _met(ctx, "trigger", i),
            _met(ctx, "before", i - 1) if i > 0 else _NOTHING,
            _met(ctx, "after", j) if j < len(texts) else _NOTHING,
        )
        if len(_LISTS) > 100_000:
            _LISTS.clear()
        got = _LISTS[key] = (phases, _for_trigger(phases, rtype, nominal, words))
    return got[1]


_MET: dict[tuple, frozenset] = {}


def _met(ctx: Context, where: str, k: int) -> frozenset:
    """What token k meets of the registrations' word conditions, for a token `where` ("trigger", "before" or
    "after") the trigger: the `trigger_words` vocabularies one of its forms is in and the `trigger_test`s it
    passes, the `before` vocabularies its text is in, or the `after` vocabularies one of whose phrases it opens. A
    token's forms follow from its text, so the answer is kept per lexicon, language and text."""
    key = (id(ctx.lex), ctx.lang, where, ctx.toks[k].text)
    got = _MET.get(key)
    if got is None:
        got = frozenset(_meets(ctx, where, ctx.toks[k]))
        if len(_MET) < 200_000:
            _MET[key] = got
    return got


def _meets(ctx: Context, where: str, tok) -> Iterable:
    w = ctx.lex.w
    for fn in {fn for p in REGISTRY.values() for _, fn in p}:
        reg = REGISTRATION[fn]
        words, test, before, after = reg.trigger_words, reg.trigger_test, reg.before, reg.after
        if where == "trigger":
            if words and not w(words).isdisjoint(tok.forms):
                yield words
            if test is not None and test(ctx, tok):
                yield test
        elif where == "before" and before and tok.text in w(before):
            yield before
        elif where == "after" and after and tok.text in first_words(w(after)):
            yield after


_FOR_TYPE: dict[tuple, tuple[list, list[list[Construction]]]] = {}


def _for_trigger(
    phases: list[list[Construction]], rtype: str, nominal: bool | None, words: tuple[frozenset, ...]
) -> list[list[Construction]]:
    """The phases less the constructions for another relation type, the other part of speech (`nominal`, None
    while not known) or words this trigger does not meet (`words`: what it, the token before and the one after
    meet; see _met), once per type, part of speech and words met."""
    key = (id(phases), rtype, nominal, words)
    got = _FOR_TYPE.get(key)
    if got is None or got[0] is not phases:  # (the phases object kept: an id is only unique while it lives)
        kept = [[fn for fn in p if _may_apply(fn, rtype, nominal, words)] for p in phases]
        if len(_FOR_TYPE) > 100_000:
            _FOR_TYPE.clear()
        got = _FOR_TYPE[key] = (phases, kept)
    return got[1]


def _may_apply(fn: Construction, rtype: str, nominal: bool | None, words: tuple[frozenset, ...]) -> bool:
    """What a construction's registration says of a trigger of this type and part of speech (None: not known
    yet) whose words meet these conditions."""
    met, prev, nxt = words
    reg = REGISTRATION[fn]
    rtypes, noun = reg.rtypes, reg.nominal
    return (
        (rtypes is None or rtype in rtypes)
        and (reg.trigger_words is None or reg.trigger_words in met)
        and (reg.trigger_test is None or reg.trigger_test in met)
        and (reg.before is None or reg.before in prev)
        and (reg.after is None or reg.after in nxt)
        and (nominal is None or noun is None or noun == nominal)
    )


def cued(cues: Callable[[Context], Iterable[tuple[AbstractSet[str], bool]]]) -> Callable:
    """Register what a sentence pattern's first check looks for: word lists, each with whether a token's last
    form counts (as `Context.where(lasts=…)` reads it), one of whose words some token of the sentence must be.
    The engine calls the pattern only for the sentences that hold one (their positions looked up once per
    document), not for every sentence to find none."""

    def deco(fn):
        CUES[fn] = cues
        return fn

    return deco


def mentioning(*kinds: str) -> Callable:
    """Register that a sentence pattern acts only on a mention of one of these kinds (its loop skips every other
    mention): the engine does not call it for a sentence that holds none."""

    def deco(fn):
        KINDS[fn] = frozenset(kinds)
        return fn

    return deco


def _of_kinds(fns: list, ments: list[Ment], kept: dict[tuple[int, tuple], list]) -> list:
    """The patterns of `fns` for a sentence with these mentions: one registered with kinds (`mentioning`) only when
    a mention has one of them. The kinds are read here, after `roles` (it may give a discovered body its own
    kind); a list without the patterns left out is kept per list and patterns left out (`kept`: one document's)."""
    kinds = set(map(_KIND, ments))
    off = tuple([fn for fn, need in KINDS.items() if need.isdisjoint(kinds)])
    if not off:
        return fns
    key = (id(fns), off)
    got = kept.get(key)
    if got is None:
        got = kept[key] = [fn for fn in fns if fn not in off]
    return got


def _sentence_patterns(ctx: Context, sentences: list[Sentence], patterns: list) -> list[list]:
    """Per sentence, the patterns to call in order: those without cues, and those whose cues it holds."""
    starts = [s.ts for s in sentences]
    held: list[set[int]] = [set() for _ in sentences]
    always: set[int] = set()
    for n, pattern in enumerate(patterns):
        cues = CUES.get(pattern)
        if cues is None:
            always.add(n)
        for words, lasts in cues(ctx) if cues is not None else ():
            for k in ctx.where(words, lasts=lasts) if words else ():
                si = bisect.bisect_right(starts, k) - 1
                if si >= 0 and k < sentences[si].te:
                    held[si].add(n)
    lists: dict[frozenset[int], list] = {}  # (one list per set of cues held: most sentences hold none)
    for h in held:
        key = frozenset(h)
        if key not in lists:
            lists[key] = [patterns[n] for n in sorted(always | h)]  # (in registration order)
    return [lists[frozenset(h)] for h in held]


def extract_relations(ctx: Context, sentences: list[Sentence], date: str | None) -> list[Relation]:
    """Typed relations of a document, each with its sentence, confidence and construction."""
    from explorer.extract import constructions, objects, patterns  # noqa: F401  (registers the constructions)

    out: dict[tuple, Relation] = {}
    symmetric = _symmetric()
    state = SentenceState()
    by_sentence = _by_sentence(sentences, ctx.ments, _TS)
    poss_by = _by_sentence(sentences, ctx.possessive_roles, lambda pr: pr[0].ts)
    titles_by = _by_sentence(sentences, ctx.titles, _TS)
    own, owned = _own_bodies(ctx), _state_bodies(ctx)
    proxies = _office_proxies(ctx), _plural_title_states(ctx), _named_mediators(ctx), _unreached_agreements(ctx)
    phases = _enabled(ctx)
    sentence_patterns = _sentence_patterns(ctx, sentences, patterns.SENTENCE_PATTERNS)
    kept: dict[tuple[int, tuple], list] = {}  # (the lists of `sentence_patterns` live as long: ids hold)
    for si, (sent, ments) in enumerate(zip(sentences, by_sentence, strict=True)):
        emit = _emitter(out, symmetric, ctx.text[sent.start : sent.end], sent, date, own, owned, proxies)
        before = len(out)
        patterns.roles(ctx, poss_by[si], titles_by[si], emit)
        for pattern in _of_kinds(sentence_patterns[si], ments, kept):
            pattern(ctx, sent, ments, emit)
        state.subjects_here, state.speakers, state.first_subjects = [], [], []
        found = find_triggers(ctx, sent)
        view = SentenceMentions.of(ments) if found else None
        struck: list[tuple[Ment, bool]] = []  # who the sentence's attack words have as subject, and if a noun
        accusing: set[str] = set()  # who the sentence's accusation words have as subject
        other: dict[str, set[str]] = {}  # who the sentence's other words have as subject, by type
        for n, trig in enumerate(found):
            if trig.rtype == "member_of":
                continue  # membership words have their own sentence patterns (they stay in `found` for the others)
            site = Site(sent, ments, trig, n, found, state, view, trig.rtype, trig.i, trig.j)
            run_trigger(ctx, site, emit, phases)
            if site.rtype == "fights":
                if _struck(ctx, site, n):
                    struck += ((m, bool(site.nominal)) for m in site.src)
            else:
                other.setdefault(site.rtype, set()).update([m.entity for m in site.src])
            if site.rtype == "opposes" and not ctx.lex.w("accusation_words").isdisjoint(ctx.toks[site.i].forms):
                accusing.update(m.entity for m in site.src)
        if state.subjects_here:
            state.last_subject, state.last_speakers = state.speakers or state.subjects_here, state.speakers
        elif lead := next((m for m in ments if m.np_start <= sent.ts + 1 and _leads(m)), None):
            state.last_subject, state.last_speakers = [lead], []  # "Kagame spoke in Kigali. He said …"
        state.opener = next((m for m in ments if m.np_start <= sent.ts + 1), None)
        new = list(islice(reversed(out.values()), len(out) - before))  # (the sentence's own: no copy of the whole)
        state.attackers = _attackers(ments, new, struck, other) or state.attackers  # (the last reported)
        state.visitors = _sources(ments, new, "visits", "person") or state.visitors  # («وكان في استقباله …»)
        if accusing:
            state.accusers = _accusations(ments, new, accusing) + state.accusers
    return list(out.values())


def _sources(ments: list[Ment], new: Iterable[Relation], rtype: str, kind: str = "") -> list[Ment]:
    """The sources (of one kind, when given) of the sentence's relations of a type, as its first mentions: who
    fought ("condemned the strikes" in the next sentence), who arrived («وكان في استقباله …»)."""
    sources = {r.source for r in new if r.type == rtype}
    if not sources:
        return []  # (most sentences: none of that type)
    out: dict[str, Ment] = {}
    for m in ments:
        if m.entity in sources and (not kind or m.kind == kind):
            out.setdefault(m.entity, m)
    return list(out.values())


def _accusations(ments: list[Ment], new: list[Relation], accusing: set[str]) -> list[tuple[Ment, str]]:
    """Who accused whom in this sentence (its opposes relations from the subjects of accusation words), each
    accuser as its first mention: "Y rejected the accusations" in a later sentence opposes the one who accused Y."""
    first: dict[str, Ment] = {}
    for m in ments:
        first.setdefault(m.entity, m)
    return [
        (first[r.source], r.target)
        for r in new
        if r.type == "opposes" and r.source in accusing and r.source in first
    ]


def _attackers(
    ments: list[Ment], new: list[Relation], struck: list[tuple[Ment, bool]], other: dict[str, set[str]]
) -> list[Ment]:
    """Who attacked in this sentence, for "X condemned the strikes" in a later one: the sources of its fights
    relations, but not of a fight between two ("clashes between A and B", "the Israel-Iran conflict": no one
    side struck); with none, the subjects of its attack words whose target is a place ("The Houthis struck an
    oil terminal", «شنت قوات الدعم السريع هجوما على مدينة بورتسودان»; an attack noun only when it opens the
    sentence's words: "The US strikes on Fordow drew praise", not "said the strikes answered Houthi attacks"), but
    not a subject of another of its words ("Egypt condemned the attack", "Duque broke off talks after a bomb
    attack"), except a speaker's of a verb ("Moscow said it had struck military targets"); with none of those
    either, both sides of the fight."""
    one_sided = [r for r in new if r.type == "fights" and r.method not in _PAIR_METHODS]
    found = _sources(ments, one_sided, "fights")
    if found:
        return found
    out: dict[str, Ment] = {}
    for m, noun in struck:
        if m.kind in ACTOR_KINDS and not any(m.entity in v for k, v in other.items() if noun or k != "states"):
            out.setdefault(m.entity, m)
    return list(out.values()) or _sources(ments, new, "fights")  # (a fight between two only: both sides)


def _struck(ctx: Context, site: Site, n: int) -> bool:
    """An attack word that reports a strike made: a verb not in the passive, not in the future and not after a
    modal word ("said the group would keep targeting ships", «ستستهدف»), or a noun that is the sentence's first
    trigger ("said the strikes were a response to Houthi attacks": a cause named, not the attack reported)."""
    if site.nominal:
        return n == 0
    lo, texts = max(site.sent.ts, site.i - 3), ctx.texts
    if site.i > site.sent.ts and texts[site.i - 1] in ctx.lex.w("passive_be"):
        return False  # "said five of its fighters were killed": the subject was hit
    return not future(ctx, site.i, site.sent.ts) and ctx.lex.w("modal_words").isdisjoint(texts[lo : site.i])


_PAIR_METHODS = frozenset(("war-pair", "between", "mutual"))


def _side(tgt: Ment, rtype: str, method: str) -> bool:
    """A man named as one side of a fight between two ("fighting between troops loyal to Kiir and Machar's
    forces", «معارك بين الحوثيين والمقاتلين الموالين للرئيس هادي»): his forces fight, and he stands for them;
    not "the two sides" read as the two leaders named before («القتال بين الطرفين» after Burhan and Dagalo)."""
    return rtype == "fights" and tgt.kind == "person" and tgt.role != "coref" and method in _PAIR_METHODS


def _leads(m: Ment) -> bool:
    """An actor that opens a sentence with no relation as its subject, passed on to the next one ("Russia's
    ambassador X spoke …": X, not Russia)."""
    return m.kind in ACTOR_KINDS and not (m.in_np or m.possessive)


@cache
def _symmetric() -> frozenset[str]:
    return frozenset(ontology.symmetric_types())


_ROLE_TYPES = ("holds_role_in", "member_of", "states")  # a minister may speak about his own country
_HOSTILE = ("opposes", "fights")


def _own_bodies(ctx: Context) -> dict[str, set[str]]:
    """Each person's own states and bodies (titles in the document, roles in the knowledge base on its date)."""
    from explorer.extract.patterns import sent_to  # (registered with the constructions, as in _relations)

    own: dict[str, set[str]] = {}
    for t in ctx.titles:  # ("the UN envoy for Syria" arriving in Syria visits it: where he is sent is not his own)
        if t.person is not None:
            own.setdefault(t.person.entity, set()).update(x.entity for x in t.of if not sent_to(ctx, t, x))
    seen: set[str] = set()
    for m in ctx.ments:  # and the knowledge base's, also for "Prime Minister Abiy Ahmed" (a title naming no state)
        if m.kind == "person" and m.entity not in seen:
            seen.add(m.entity)
            own.setdefault(m.entity, set()).update(r.of for r in ctx.kb.roles_of(m.entity, ctx.on) if r.of)
    return own


@cache
def _targets(rtype: str) -> frozenset[str]:
    """What a relation of this type may point to (ontology.yaml: a place for a visit, or where support lands; not
    "Israel fights South Lebanon" from «غارات … على جنوب لبنان»: where strikes fall is no side), one set per type."""
    return ontology.where_kinds(rtype)


def _state_bodies(ctx: Context) -> set[tuple[str, str]]:
    """(state, body) for each ministry, army or government of the document that the knowledge base gives a state."""
    out: set[tuple[str, str]] = set()
    for m in ctx.ments:
        e = ctx.kb.entities.get(m.entity) if m.kind == "organization" else None
        if e is not None and e.record.get("state"):
            out.add((e.record["state"], m.entity))
    return out


def _office_proxies(ctx: Context) -> dict[tuple[int, str], Ment]:
    """The state each holder found for "the leaders of A, B and C" («قادة فرنسا وألمانيا») stands in for: that
    state's own mention (what signs or agrees is the state its leader speaks for)."""
    states = {(m.ts, m.te): m for m in ctx.ments if m.kind == "state"}
    return {
        (m.ts, m.entity): states[(m.ts, m.te)]
        for m in ctx.ments
        if m.kind == "person" and m.role == "coref" and m.office and (m.ts, m.te) in states
    }


def _named_mediators(ctx: Context) -> set[tuple[int, str]]:
    """The actors a mediator noun introduces ("Mediators Egypt, Qatar and the United States", «الوسطاء مصر
    وقطر»; `mediator_nouns`): what they announce or reach, they broker; they are no side of it."""
    words = ctx.lex.w("mediator_nouns")
    at = ctx.where(words, forms=True) if words else []
    out: set[tuple[int, str]] = set()
    for k in at:
        k1 = k + 1 + (k + 1 < len(ctx.toks) and ctx.texts[k + 1] in (",", "،"))
        out.update((m.ts, m.entity) for m in coordinated_after(ctx, ctx.ments, k1, min(len(ctx.toks), k1 + 12)))
    return out


def _unreached_agreements(ctx: Context) -> set[tuple[int, str]]:
    """The agreement mentions that name an agreement not reached there ("negotiations on a permanent ceasefire",
    "the potential signing of a peace treaty", agreements.unreached): no one agrees with those mentions."""
    from explorer.extract.agreements import unreached

    return {(m.ts, m.entity) for m in ctx.ments if m.kind == "agreement" and unreached(ctx, max(0, m.ts - 8), m)}


def _plural_title_states(ctx: Context) -> dict[tuple[int, str], Ment]:
    """The state of each holder of a plural title, "the foreign ministers of A and B": when the ministers sign
    or agree, so do the states the title names (each holder's own one), besides the ministers themselves."""
    spans: dict[tuple[int, int], int] = {}
    for t in ctx.titles:
        if t.person is not None and t.person.role == "title":
            spans[(t.person.ts, t.person.te)] = spans.get((t.person.ts, t.person.te), 0) + 1
    return {
        (t.person.ts, t.person.entity): t.of[0]
        for t in ctx.titles
        if t.person is not None
        and spans.get((t.person.ts, t.person.te), 0) >= 2
        and len(t.of) == 1
        and t.of[0].kind == "state"
    }


_ROUNDED: dict[float, float] = {}  # a confidence → as a relation records it (capped at 0.99, three digits)


def _emitter(
    out: dict,
    symmetric: AbstractSet[str],
    text: str,
    sent: Sentence,
    date: str | None,
    own: dict,
    owned: set,
    proxies: tuple,
):
    leaders, holders, mediators, unreached = proxies

    def emit(src: Ment, tgt: Ment, rtype: str, conf: float, trigger: str = "", method: str = "") -> None:
        if rtype == "agrees_with" and (src.ts, src.entity) in mediators:
            return  # «أعلن الوسطاء مصر وقطر التوصل إلى اتفاق»: the mediators announce the deal, not sign it
        if rtype in ("agrees_with", "references") and (tgt.ts, tgt.entity) in unreached:
            return  # "agreed to start negotiations on a permanent ceasefire": that ceasefire is not agreed; "seeking
            # a pact under which Russia would pull back": none to act under yet
        if rtype == "agrees_with" and (src.ts, src.entity) in leaders:
            src = leaders[(src.ts, src.entity)]  # "the leaders of Russia, Ukraine, Germany and France agreed"
        elif rtype == "agrees_with" and (src.ts, src.entity) in holders and tgt.kind == "agreement":
            emit(holders[(src.ts, src.entity)], tgt, rtype, conf, trigger, method)  # "the foreign ministers of A and B"
        if src.entity == tgt.entity:
            return
        mine = tgt.entity in own.get(src.entity, ()) or src.entity in own.get(tgt.entity, ())
        if mine and rtype not in _ROLE_TYPES:
            return  # a minister does not meet, back or oppose his own state
        if rtype in _HOSTILE and ((src.entity, tgt.entity) in owned or (tgt.entity, src.entity) in owned):
            return  # «انتقدت مصر في بيان لوزارة الخارجية المصرية»: a state does not oppose or fight its own ministry
        if src.kind not in ontology.source_kinds(rtype):
            return
        if tgt.kind not in _targets(rtype) and not _side(tgt, rtype, method):
            return
        a, b = src.entity, tgt.entity
        if rtype in symmetric and (a, b, rtype) not in out and (b, a, rtype) in out:
            return
        key = (a, b, rtype)
        rounded = _ROUNDED.get(conf)  # (round with digits writes the number out: a microsecond per relation)
        if rounded is None:
            rounded = round(min(conf, 0.99), 3)
            if len(_ROUNDED) < 10_000:
                _ROUNDED[conf] = rounded
        conf = rounded
        if key not in out or out[key].confidence < conf:  # (a Relation is made only when it is kept)
            out[key] = Relation(a, b, rtype, text, sent.start, sent.end, date, conf, method, trigger)

    return emit


def find_triggers(ctx: Context, sent: Sentence) -> list[Trigger]:
    """Trigger phrases of the sentence, left to right, not inside a mention."""
    texts, found, covered = ctx.texts, [], ctx.covered
    starts, hits = ctx.trigger_hits
    titled, times = ctx.title_tokens, ctx.lex.w("non_triggers") & ctx.lex.w("time_adverbs")
    epithets, bound = ctx.lex.w("epithet_verbs"), ctx.lex.w("bound_speech_verbs")  # (their first checks, here)
    i = sent.ts
    for k in starts[bisect.bisect_left(starts, sent.ts) : bisect.bisect_left(starts, sent.te)]:
        if k < i or covered[k] or titled[k] or texts[k] in times or (texts[k] in epithets and _epithet(ctx, k)):
            continue  # (a time that is never a trigger, «الجمعة» "Friday", does not part a verb from its object)
        phrase, j = hits[k]
        if bound and not bound.isdisjoint(ctx.toks[k].forms) and _unbound(ctx, k, sent.te):
            continue  # «وعبرت القوات الحدود»: crossed, not «عبّرت عن» expressed
        if not (ctx.lang != "ar" and k > 0 and texts[k - 1] == "-"):
            # (not "US-brokered", "Saudi-led": a participle modifying a noun, not a clause's verb)
            found.append(Trigger(k, j, phrase.label, " ".join(texts[k:j]), phrase))
        i = j
    return found


def _unbound(ctx: Context, k: int, te: int) -> bool:
    """A verb that says something only with its preposition («عبّر عن قلقه» expressed; «عبرت القوات الحدود» crossed,
    «عبر الوسطاء» through): `bound_speech_verbs` need a `bound_speech_prepositions` word within ten tokens."""
    bound = ctx.lex.w("bound_speech_verbs")
    if not bound or bound.isdisjoint(ctx.toks[k].forms):
        return False
    return ctx.lex.w("bound_speech_prepositions").isdisjoint(ctx.texts[k + 1 : min(te, k + 11)])


def _epithet(ctx: Context, k: int) -> bool:
    """ "condemned what it called Israeli aggression", «نددت بما وصفته بالعدوان»: a naming verb after "what it"
    («ما») only frames the object of the verb before it; it is no act of its own (`epithet_verbs`, `epithet_leads`)."""
    if ctx.texts[k] not in ctx.lex.w("epithet_verbs"):
        return False
    back = k - (1 if ctx.lang == "ar" else 2)
    return back >= 0 and not ctx.lex.w("epithet_leads").isdisjoint(ctx.toks[back].forms)


def _by_sentence(sentences: list[Sentence], items: list, pos) -> list[list]:
    """Items bucketed by the sentence their token position `pos(item)` falls in, order kept."""
    starts = [s.ts for s in sentences]
    out: list[list] = [[] for _ in sentences]
    for x, at in zip(items, map(pos, items), strict=True):
        k = bisect.bisect_right(starts, at) - 1
        if k >= 0 and at < sentences[k].te:
            out[k].append(x)
    return out


__all__ = ["Sentence", "Site", "Outcome", "construction", "extract_relations", "TitleNP"]
