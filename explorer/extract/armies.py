"""A state's army named without its state: "the army", "the military", "its armed forces", «الجيش», "Israel's
army", "the army of neighbouring Eritrea". The army is the knowledge base's army of the state the phrase
names, else of the last army the document named, else of the state the article is about (the state it
names most often). A state's parliament ("the parliament", «البرلمان») is found the same way."""

from __future__ import annotations

import re
from collections import Counter

from explorer.extract.context import Context, Ment, stable_id
from explorer.extract.coreference import _ENDS, sentence_start

_ARMY_NAME = re.compile(r"\b(army|armed forces|defen[cs]e forces?)\b", re.IGNORECASE)
_PARLIAMENT_NAME = re.compile(r"\bparliament\b", re.IGNORECASE)
_PRESIDENCY_NAME = re.compile(
    r"\b(presidency|presidential (administration|office)|royal (court|cabinet))\b", re.IGNORECASE)
_ROYAL_NAME = re.compile(r"\broyal (court|cabinet)\b", re.IGNORECASE)
_MINISTRY = re.compile(r"\bministry\b", re.IGNORECASE)
_ARTICLE_PREFIX = re.compile(r"^(al|el|ad|as|ash|at|az)-")  # "al-Assad" → "Assad loyalists"
_AR_PARTICLES = frozenset({"الي", "الا", "الذي", "التي", "الذين"})  # «إلى», «إلا» as normalization writes them
_BODIES: dict[tuple[int, str], dict[str, str]] = {}


def armies(kb) -> dict[str, str]:
    """Each state's army in the knowledge base: a body of the state called an army, armed forces or
    defence force (built once per knowledge base)."""
    return _state_bodies(kb, _ARMY_NAME)


def legislatures(kb) -> dict[str, str]:
    """Each state's parliament in the knowledge base: a body of the state news calls its parliament ("Iraqi
    parliament", "Armenia's parliament")."""
    return _state_bodies(kb, _PARLIAMENT_NAME)


def presidencies(kb) -> dict[str, str]:
    """The knowledge base's office of each state's head (a presidency, a presidential administration, a royal
    court), by state."""
    return _state_bodies(kb, _PRESIDENCY_NAME)


def _state_bodies(kb, name: re.Pattern) -> dict[str, str]:
    key = (id(kb), name.pattern)
    if key not in _BODIES:
        out: dict[str, str] = {}
        for e in kb.entities.values():
            state = e.record.get("state")
            if e.kind != "organization" or not state or state in out:
                continue
            names = (e.name, *(e.record.get("aliases") or ()))
            if any(name.search(n) for n in names) and not any(_MINISTRY.search(n) for n in names):
                out[state] = e.id  # (not "French Armed Forces Ministry": a ministry is not the army itself)
        for k in [k for k in _BODIES if k[0] != id(kb)]:
            del _BODIES[k]
        _BODIES[key] = out
    return _BODIES[key]


def find_armies(ctx: Context) -> None:
    by_state = armies(ctx.kb)
    if not by_state:
        return
    _demonym_troops(ctx, by_state)
    _troops_as_state(ctx, by_state)
    _bare_bodies(ctx, by_state, ctx.lex.w("army_nouns"))


def _troops_as_state(ctx: Context, by_state: dict[str, str]) -> None:
    """ "Russian forces", "Turkish troops", "the Israeli military": a demonym and a lower-case troop noun
    (`demonym_troop_nouns`) name the state acting, not its army, as the dev conventions annotate them (the army
    is an organization where the text names it: "the Sudanese army", "Sudan's Armed Forces"). The knowledge
    base lists some of these phrases as the army's aliases; their mentions go to the state, the phrase staying
    one mention (English; Arabic «القوات التركية» is read as the state already)."""
    if ctx.lang == "ar":
        return
    toks, nouns = ctx.toks, ctx.lex.w("demonym_troop_nouns")
    army_state = {v: k for k, v in by_state.items()}
    changed = False
    for m in ctx.ments:
        state = army_state.get(m.entity)
        if state is None or m.te - m.ts != 2 or toks[m.te - 1].text not in nouns:
            continue
        if not ctx.text[ctx.orig(m.te - 1, m.te)[0]].islower():
            continue  # ("the Lebanese Armed Forces", "the Somali National Army": the army's own name)
        ctx.register(state)
        m.entity, m.kind, m.role = state, "state", "coref"
        changed = True
    if changed:
        ctx.ments.reindex()


_MINISTRIES: dict[tuple[int, str], dict[str, str]] = {}
_MINISTRY_KINDS = {"org:mfa-": "foreign", "org:mod-": "defence"}


def state_ministries(kb, prefix: str) -> dict[str, str]:
    """Each state's ministry of a kind in the knowledge base by its id's prefix (`org:mfa-<iso3>` foreign,
    `org:mod-<iso3>` defence)."""
    got = _MINISTRIES.get((id(kb), prefix))
    if got is None:  # (or a `ministry: foreign|defence` field, for an id made before the prefixes were)
        kind = _MINISTRY_KINDS.get(prefix)
        got = {e.record["state"]: e.id for e in kb.entities.values() if e.record.get("state") and (
               e.id.startswith(prefix) or (kind is not None and e.record.get("ministry") == kind))}
        for k in [k for k in _MINISTRIES if k[0] != id(kb)]:
            del _MINISTRIES[k]
        _MINISTRIES[(id(kb), prefix)] = got
    return got


def find_foreign_ministries(ctx: Context) -> None:
    """ "The foreign ministry said", «وقالت وزارة الخارجية», «أعلنت الخارجية», "the defence ministry",
    «وزارة الدفاع»: a foreign or defence ministry no state is named with is the one of the state the article is
    about (`article_state`, with the people it names), when the knowledge base has it."""
    kinds = ((ctx.lex.w("bare_ministry_words"), "org:mfa-", True), (ctx.lex.w("bare_defence_words"), "org:mod-", False))
    for words, prefix, alone in kinds:
        by_state = state_ministries(ctx.kb, prefix)
        spans = [span for i in ctx.where(words, lasts=ctx.lang == "ar") if (
            span := _bare_ministry(ctx, i, alone)) is not None]
        state = article_state(ctx, by_state, people=True) if spans else None
        for ts, te in spans:
            own = _announcer_before(ctx, ts, by_state)
            eid = by_state[own] if own else _ministry_named_before(ctx, ts, words, prefix)
            eid = eid or (by_state[state] if state else None)
            if eid is None:
                continue
            ctx.register(eid)
            s_, e_ = ctx.orig(ts, te)
            ctx.add(Ment(s_, e_, ts, te, eid, "organization", "coref", ctx.text[s_:e_]))
        ctx.ments.sort_by_start()


def _ministry_named_before(ctx: Context, ts: int, words: frozenset[str], prefix: str) -> str | None:
    """«قالت وزارة الخارجية الإيطالية … وأضافت الخارجية»: a bare ministry after one the article named with its
    state is that one, known (`org:mfa-…`) or discovered, whichever state the article names most."""
    for m in reversed(ctx.ments.ending_within(0, ts)):
        if m.kind != "organization" or m.te > ts:
            continue
        if m.entity.startswith(prefix) or (m.role == "discovered" and not words.isdisjoint(ctx.texts[m.ts : m.te])):
            return m.entity
    return None


def _announcer_before(ctx: Context, ts: int, by_state: dict[str, str]) -> str | None:
    """«أعلنت قطر نجاح الوساطة … . وقالت وزارة الخارجية في بيان …», "Qatar announced … . The foreign ministry
    said …": a bare ministry opening the sentence right after one a state opens (as its verb's subject) is that
    state's, whichever state the article names most."""
    start = sentence_start(ctx, ts)
    if ts - start > 2 or start == 0 or any(m.kind == "state" for m in ctx.ments.ending_within(start - 1, ts)):
        return None
    prev = sentence_start(ctx, start - 1)
    first = next((m for m in ctx.ments.ending_within(prev - 1, prev + 3) if m.ts <= prev + 1), None)
    if first is None or first.kind != "state" or first.role == "coref" or first.entity not in by_state:
        return None
    joined = first.te < len(ctx.toks) and (ctx.texts[first.te] in ctx.lex.w("and") or ctx.texts[first.te] in (",", "،"))
    near = ctx.ments.ending_within(first.te, first.te + 3)
    others = [m for m in near if m.kind == "state" and m.entity != first.entity]
    if joined and others:
        return None  # "Egypt and Ethiopia held talks …": two subjects, neither ministry's alone ("Pakistan summoned
        # the Afghan envoy": one subject, the demonym is its object's)
    return first.entity


def _fought_in(ctx: Context, i: int, by_state: dict[str, str]) -> str | None:
    """The army of the one state whose places the sentence of token i names ("battles between the army and the
    RSF in Omdurman": Sudan's), else None."""
    ts, te = sentence_start(ctx, i), i
    while te < len(ctx.texts) and ctx.texts[te] not in _ENDS:
        te += 1
    states = set()
    for m in ctx.ments.ending_within(ts, te):
        e = ctx.kb.get(m.entity) if m.kind == "place" and m.ts >= ts else None
        if e is not None and e.record.get("state") in by_state:
            states.add(e.record["state"])
    return by_state[states.pop()] if len(states) == 1 else None


def _bare_ministry(ctx: Context, i: int, alone: bool) -> tuple[int, int] | None:
    """The span of a ministry named without its state at token i (the portfolio word): "the foreign ministry",
    «وزارة الخارجية», and with `alone` «الخارجية» right after a verb or «من», «عن»; no state or demonym after
    it."""
    toks, n = ctx.toks, len(ctx.toks)
    if ctx.covered[i]:
        return None
    if ctx.lang != "ar":
        nouns = ctx.lex.w("bare_ministry_nouns")  # "the foreign ministry", "the Foreign Office"
        if not (i > 0 and i + 1 < n and ctx.texts[i - 1] == "the" and ctx.texts[i + 1] in nouns):
            return None
        return (i, i + 2) if ctx.free(i + 1, i + 2) and not ctx.ments.starting(i + 2) else None
    if not toks[i].text.startswith("ال") or (i + 1 < n and ctx.ments.starting(i + 1)):
        return None  # («الخارجية المصرية»: the state's own, named by the step for it)
    if i > 0 and not ctx.covered[i - 1] and not ctx.lex.w("ministry_nouns").isdisjoint(toks[i - 1].forms):
        return i - 1, i + 1
    after = alone and i > 0 and (_verb_at(ctx, i - 1) or ctx.texts[i - 1] in ctx.lex.w("ministry_source_words"))
    return (i, i + 1) if after else None  # «أعلنت الخارجية», «في بيان من الخارجية»; not «وزير الخارجية»


def find_parliaments(ctx: Context) -> None:
    """ "The parliament approved the deal", "Armenia's parliament", «صادق البرلمان»: a state's parliament named
    without its state, found as an army is (_bare_army)."""
    by_state = legislatures(ctx.kb)
    if by_state:
        _bare_bodies(ctx, by_state, ctx.lex.w("parliament_nouns"), people=True)


def find_presidencies(ctx: Context) -> None:
    """ "The presidency said", "Azerbaijan's presidential administration", "the royal court", «بيان للديوان
    الملكي»: the office of a state's head named without its name is the knowledge base's presidency or royal
    court of the state the phrase or the article names, found as a parliament is. The two-word forms are a head
    noun (`presidency_heads`) with its modifier (`presidency_modifiers`: before it in English, after it in
    Arabic)."""
    by_state = _state_bodies(ctx.kb, _PRESIDENCY_NAME)
    if not by_state:
        return
    lex, texts = ctx.lex, ctx.texts
    after = lex.w("presidency_not_followers")  # "took over the presidency of the AU": a chair, not an office
    found = [(i, i) for i in ctx.where(lex.w("presidency_nouns"), lasts=ctx.lang == "ar")
             if i + 1 >= len(texts) or texts[i + 1] not in after]
    mods = lex.w("presidency_modifiers")
    for i in ctx.where(lex.w("presidency_heads"), lasts=ctx.lang == "ar"):
        if ctx.lang == "ar" and i + 1 < len(texts) and texts[i + 1] in mods and (
                "ال" + ctx.lasts[i]) in texts[i]:
            found.append((i, i + 1))
        elif ctx.lang != "ar" and i > 0 and texts[i - 1] in mods:
            found.append((i, i - 1))
    royal = _state_bodies(ctx.kb, _ROYAL_NAME)  # "the royal court": a king's court, never a president's office
    courts = [(i, o) for i, o in found if o != i and ctx.texts[o] in mods and _royal_word(ctx.texts[o])]
    offices = {k: v for k, v in by_state.items() if v not in royal.values()}
    _bare_bodies(ctx, offices, (), people=True, found=[f for f in found if f not in courts])
    _bare_bodies(ctx, royal, (), people=True, found=courts)


def _royal_word(word: str) -> bool:
    """The modifier of a royal court ("royal", «الملكي»), not a president's ("presidential")."""
    return word == "royal" or word.endswith("ملكي")


def _bare_bodies(ctx: Context, by_state: dict[str, str], nouns, people: bool = False,
                 found: list[tuple[int, int]] | None = None) -> None:
    """Each of `nouns` (or each (noun, other end of its phrase) in `found`) that names a state's body alone."""
    found = found if found is not None else [(i, i) for i in ctx.where(nouns, lasts=ctx.lang == "ar")]
    if not found:
        return
    army_ids = set(by_state.values())
    context = article_state(ctx, by_state, people)
    added = False
    for i, other in found:
        span = _bare_army(ctx, i) if other == i else _two_word_body(ctx, i, other)
        if span is None:
            continue
        ts, te, owner = span
        if owner is not None:
            eid = by_state.get(owner.entity)
        else:
            here = None if people else _fought_in(ctx, ts, by_state)
            eid = _last_army(ctx, ts, army_ids) or here or (by_state.get(context) if context else None)
        if eid is None:
            continue
        if owner is not None and owner.te <= ts:  # "Israel's army": one name, the army's
            ctx.ments.remove(owner)
            ts = owner.ts
        elif owner is not None:  # "the army of Eritrea": Eritrea stays named, inside the army's phrase
            owner.in_np = owner.possessive = True
        ctx.register(eid)
        s_, e_ = ctx.orig(ts, te)
        ctx.add(Ment(s_, e_, ts, te, eid, "organization", "coref", ctx.text[s_:e_]))
        added = True
    if added:
        ctx.ments.sort_by_start()


def article_state(ctx: Context, by_state: dict[str, str], people: bool = False) -> str | None:
    """The state the article is about among those with a body in `by_state`: the one it names most; with
    `people`, also by the nationality of the people it names, and none between two named as often (a
    parliament's or a ministry's state is not guessed); without, as an army's state (`_war_counts`)."""
    if not people:
        top = _war_counts(ctx, by_state).most_common(1)
        return top[0][0] if top else None
    counts = Counter(m.entity for m in ctx.ments if m.kind == "state" and m.entity in by_state)
    for m in ctx.ments:  # a parliament's state is also the one the people named belong to (Pashinyan: Armenia)
        e = ctx.kb.get(m.entity) if m.kind == "person" else None
        if e is not None and e.record.get("nationality") in by_state:
            counts[e.record["nationality"]] += 1
    top = counts.most_common(2)
    return top[0][0] if top and not (len(top) == 2 and top[0][1] == top[1][1]) else None


def _war_counts(ctx: Context, by_state: dict[str, str]) -> Counter[str]:
    """Where a bare "the army" fights: each state named counts two (a demonym one: "the Egyptian foreign
    minister" says whose minister, not where the war is), and so does each place named in it past the dateline
    ("fighting in Khartoum": Sudan) and each mention of its army ("Sudan's army chief", later)."""
    owner = {v: k for k, v in by_state.items()}
    counts: Counter[str] = Counter()
    for m in ctx.ments:
        if m.kind == "state" and m.entity in by_state:
            counts[m.entity] += 1 if m.role == "demonym" else 2
        elif m.kind == "place" and m.ts > 0:
            e = ctx.kb.get(m.entity)
            state = e.record.get("state") if e is not None else None
            if state in by_state:
                counts[state] += 2
        elif m.entity in owner:
            counts[owner[m.entity]] += 2
    return counts


def _bare_army(ctx: Context, i: int) -> tuple[int, int, Ment | None] | None:
    """The army noun's span and the state mention that owns it ("Israel's army", "the army of Eritrea"), or
    None when the word is not a bare reference to an army ("the military council", «جيش الاحتلال»)."""
    toks, lex = ctx.toks, ctx.lex
    te = i + 1
    if ctx.covered[i] or (ctx.lang != "ar" and te < len(toks) and ctx.lex.titles.match_at(toks, i)):
        return None  # inside a name; "army chief": a title
    if ctx.lang == "ar":
        t = toks[i]
        if "ال" + t.forms[-1] not in t.text:
            return None  # «جيش الاحتلال»: a construct, the army of what follows
        nxt_ar = toks[te].text if te < len(toks) and toks[te].is_word else ""
        if nxt_ar.startswith("ال") and nxt_ar not in _AR_PARTICLES and not _verb_at(ctx, te):
            return None  # «الجيش الوطني», «الجيش الحر»: an army of its own name (not «الجيش إلى», «التي»)
        return i, te, None
    nxt = toks[te] if te < len(toks) else None
    if nxt is not None and nxt.text == "-":
        return None  # "army-backed", "military-led": a modifier of the noun after it
    if nxt is not None and nxt.is_word and nxt.text not in lex.w("army_followers") and not _verb_at(ctx, te):
        return None  # "the military council", "the army base"
    prev = toks[i - 1] if i > 0 else None
    if prev is not None and prev.text in ("'s", "'"):
        owner = ctx.ending_at(i - 1)
        return (i, te, owner) if owner is not None and owner.kind == "state" else None
    if prev is None or prev.text not in lex.w("army_determiners"):
        return None
    if nxt is not None and nxt.text in lex.w("army_of"):
        k = te + 1
        if k < len(toks) and toks[k].is_word and ctx.free(k, k + 1) and toks[k].text.islower():
            k += 1  # "the army of neighbouring Eritrea"
        owner = ctx.starting_at(k, ("state",))
        if owner is not None:
            return i, te, owner
        k += k < len(toks) and ctx.texts[k] == "the"
        if ctx.capitalized(i) and k < len(toks) and ctx.capitalized(k):
            return None  # "the Army of the Southern Mountains": a group's own name, not a state's army
    return i, te, None


def _two_word_body(ctx: Context, i: int, other: int) -> tuple[int, int, Ment | None] | None:
    """ "presidential administration" (modifier before the noun at i), «الديوان الملكي» (after it): the span and
    its owner as `_bare_army` finds them for the phrase, or None when a name covers it or names the phrase."""
    ts, te = min(i, other), max(i, other) + 1
    if not ctx.free(ts, te):
        return None
    if ctx.lang == "ar":
        return None if ctx.ments.starting(te) else (ts, te, None)  # «الديوان الملكي السعودي»: named
    prev = ctx.toks[ts - 1] if ts > 0 else None
    if prev is not None and prev.text in ("'s", "'"):
        owner = ctx.ending_at(ts - 1)
        return (ts, te, owner) if owner is not None and owner.kind == "state" else None
    if prev is None or prev.text not in ctx.lex.w("army_determiners"):
        return None
    return ts, te, None


def _verb_at(ctx: Context, k: int) -> bool:
    """A verb's trigger at k ("Ethiopia's army attacked …": "attacked" is also the noun's phrase, `attack_verbs`)."""
    hit = ctx.lex.triggers.match_at(ctx.toks, k)
    return bool(hit) and (not hit[0].nominal or ctx.texts[k] in ctx.lex.w("attack_verbs"))


def _last_army(ctx: Context, before: int, army_ids: set[str]) -> str | None:
    """The army the document named last before token `before`."""
    best = None
    for eid in army_ids & ctx.entities.info.keys():
        for m in ctx.ments.of_entity(eid):
            if m.te <= before and (best is None or m.te > best.te):
                best = m
    return best.entity if best is not None else None


def _demonym_troops(ctx: Context, by_state: dict[str, str]) -> None:
    """ "Israeli troops", "Iraqi forces", "Ethiopian federal forces", "Russia's forces": one mention of the state
    (see _troops_as_state), when the knowledge base knows its army (English; a state without one keeps acting as
    itself, from its demonym)."""
    if ctx.lang == "ar":
        return
    toks, nouns, quals = ctx.toks, ctx.lex.w("troop_nouns"), ctx.lex.w("government_qualifiers")
    changed = False
    for m in list(ctx.ments):
        owner = m.te < len(toks) and toks[m.te].text in ("'s", "'")
        if not (m.role == "demonym" or owner) or m.kind != "state" or m.in_np or m.entity not in by_state:
            continue
        k = m.te + owner
        while k < len(toks) and k - m.te < 2 and toks[k].text in quals and not ctx.covered[k]:
            k += 1
        end = k + 1
        if not owner and _shared_troops(ctx, m, by_state):
            end = m.te  # "Armenian and Azerbaijani forces": the noun after the second demonym is both armies'
        elif k >= len(toks) or toks[k].text not in nouns or ctx.covered[k]:
            continue
        s_, e_ = ctx.orig(m.ts, end)
        ctx.ments.remove(m)
        ctx.add(Ment(s_, e_, m.ts, end, m.entity, "state", "coref", ctx.text[s_:e_]))
        changed = True
    if changed:
        ctx.ments.sort_by_start()


def _shared_troops(ctx: Context, m: Ment, by_state: dict[str, str]) -> bool:
    """ "Armenian and Azerbaijani forces", "Russian and Ukrainian troops": a demonym, "and", and a second demonym
    right before a troop noun (`troop_nouns`): the noun is both states' (each army the knowledge base knows)."""
    toks, k = ctx.toks, m.te
    if m.te - m.ts != 1 or k + 2 >= len(toks) or toks[k].text not in ctx.lex.w("and"):
        return False
    nouns = ctx.lex.w("troop_nouns")
    for n in ctx.ments.starting(k + 1):
        if n.entity in by_state.values() and n.entity != by_state[m.entity] and toks[n.te - 1].text in nouns:
            return True  # ("Azerbaijani forces" already named as the army)
        if n.role == "demonym" and n.kind == "state" and n.te - n.ts == 1 and n.entity in by_state:
            return n.entity != m.entity and n.te < len(toks) and toks[n.te].text in nouns
    return False


_COMMAND = frozenset({"commander", "leader", "head", "chief_of_staff"})


def find_led_forces(ctx: Context) -> None:
    """ "forces loyal to Khalifa Haftar", "the forces of X", "X's forces", «قوات خليفة حفتر», «القوات الموالية
    لحفتر»: the armed group the knowledge base has that person command. The forces' words become a mention of
    the group (what a verb acts on), the person stays himself and holds a role in it (`ctx.led_forces`)."""
    forces, loyal = ctx.lex.w("loyal_forces"), ctx.lex.w("loyal_words")
    texts, n, added = ctx.texts, len(ctx.texts), False
    titled = {id(t.person): t.ts for t in ctx.titles if t.person is not None}
    for m in [m for m in ctx.ments if m.kind == "person"]:
        span = _forces_before(texts, m.ts, forces, loyal) or _forces_after(texts, m.te, n, forces)
        if span is None and id(m) in titled:  # "gunmen loyal to ousted president X": his title between
            words = ctx.lasts if ctx.lang == "ar" else texts  # «والقوات الموالية للرئيس …»
            span = _forces_before(words, _past_former(ctx, titled[id(m)]), forces, loyal)
            if span is not None and span[1] - span[0] < 2:
                span = None  # "Taliban fighters ousted President X": no loyal words, the fighters oust him
            if span is not None and ctx.free(*span) and _commanded_group(ctx, m.entity) is None:
                added = _loyalists(ctx, m, span) or added
            continue
        if span is None or not ctx.free(*span):
            continue
        group = _commanded_group(ctx, m.entity)
        if group is None:
            continue
        s, e = ctx.orig(*span)
        ctx.register(group)
        ctx.led_forces.append((m, ctx.add(Ment(s, e, span[0], span[1], group, "armed_group", "coref", ctx.text[s:e]))))
        added = True
    added = _bodies_forces(ctx, forces, loyal) or added
    if added:
        ctx.ments.sort_by_start()


def _loyalists(ctx: Context, m: Ment, span: tuple[int, int]) -> bool:
    """ "gunmen loyal to ousted president Bashar al-Assad", «القوات الموالية للرئيس اليمني السابق علي عبد الله
    صالح»: forces loyal to a man who no longer holds the state office he held are an armed group of their own
    (his loyalists, who back him), not the state he led nor himself. A sitting leader's ("troops loyal to Salva
    Kiir") stay him."""
    if not _former_ruler(ctx, m.entity):
        return False
    person = ctx.kb.get(m.entity)
    last = person.name.split()[-1] if person is not None else ""
    last = _ARTICLE_PREFIX.sub("", last)
    if not last:
        return False
    name = f"{last[0].upper()}{last[1:]} loyalists"
    eid = stable_id("armed_group", name)
    ctx.entities.add(eid, name, "armed_group", None, [], known=False)
    s, e = ctx.orig(*span)
    ctx.loyalists.append((ctx.add(Ment(s, e, span[0], span[1], eid, "armed_group", "coref", ctx.text[s:e])), m))
    m.in_np = True  # (the loyalists act, not he: "fighters loyal to ousted leader X clashed with …")
    return True


def _past_former(ctx: Context, k: int) -> int:
    """The start of a title with the words that say its holder lost it before it ("ousted", "former")."""
    while k > 0 and ctx.texts[k - 1] in ctx.lex.w("former_ruler_words"):
        k -= 1
    return k


def _former_ruler(ctx: Context, person: str) -> bool:
    """He held an office of a state that ended before the article's date, and holds none now."""
    roles = ctx.kb.roles_of(person)
    now = {r.of for r in ctx.kb.roles_of(person, ctx.on)}
    states = [r for r in roles if r.of and r.of.startswith("state:")]
    return bool(states) and not any(r.of in now for r in states)


def _bodies_forces(ctx: Context, forces: frozenset[str], loyal: frozenset[str]) -> bool:
    """«القوات الموالية لحكومة الوفاق», "forces loyal to the Presidential Council": forces named by the body or
    state they serve are that side; their words become a mention of it (what a verb acts on)."""
    added = False
    for m in [m for m in ctx.ments if m.kind in ("organization", "armed_group", "state")]:
        span = _forces_before(ctx.texts, m.ts, forces, loyal)
        if span is None or span[1] - span[0] < 2 or not ctx.free(*span):
            continue  # (loyal words between: «قوات حكومة الوفاق» is a name of its own, found or not)
        s, e = ctx.orig(*span)
        ctx.add(Ment(s, e, span[0], span[1], m.entity, m.kind, "coref", ctx.text[s:e]))
        m.in_np = True
        added = True
    return added


def _forces_before(texts: list[str], ts: int, forces, loyal) -> tuple[int, int] | None:
    near = [w[1:] if w[:1] == "و" else w for w in texts[max(0, ts - 3) : ts]]  # («ومسلحي حفتر»: past «و»)
    if forces.isdisjoint(near):
        return None  # (most names: no forces noun in the three words before, one check in C)
    for k in (ts - 1, ts - 2, ts - 3):  # «قوات X», "forces of X", «القوات الموالية لـX», "forces loyal to X"
        if k < 0 or texts[k] not in forces and not (texts[k][:1] == "و" and texts[k][1:] in forces):
            continue
        between = " ".join(texts[k + 1 : ts])
        if between in ("", "of", "of the") or between in loyal:
            return (k, ts)
    return None


def _forces_after(texts: list[str], te: int, n: int, forces) -> tuple[int, int] | None:
    """ "Haftar's forces": the possessive and the noun after the name."""
    if te + 1 < n and texts[te] in ("'s", "'") and texts[te + 1] in forces:
        return (te, te + 2)
    return None


def _commanded_group(ctx: Context, person: str) -> str | None:
    """The armed group he commands. (Not the army of a state he heads: "troops loyal to Salva Kiir" are his side
    in news, and annotators name him, not the army.)"""
    for r in ctx.kb.roles_of(person, ctx.on):
        e = ctx.kb.get(r.of) if r.of and r.office in _COMMAND else None
        if e is not None and e.kind == "armed_group":
            return e.id
    return None
