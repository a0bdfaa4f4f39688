"""Light coreference: "both countries", «الطرفان», "the rebels", «المجلس» after its full name."""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from explorer.extract.context import ACTOR_KINDS, Context, Ment, TitleNP, _nset, kb_memo
from explorer.extract.modifiers import _first_words_ar
from explorer.extract.syntax import clause_break_at, closed_item, forms_memo, list_next, past_own_title, speech_verb_at
from explorer.text.normalize import normalize
from explorer.text.tokens import tokenize


def find_own_country(ctx: Context) -> None:
    """«قال الوزير ... إن بلاده تدعم», "his country will": the state of the last person with a title."""
    words = ctx.lex.w("own_country")
    if not words:
        return
    holder = {id(t.person): t.of[0].entity for t in ctx.titles if t.person and t.of and t.of[0].kind == "state"}
    firsts = {w.split()[0] for w in words}
    for i in ctx.where(firsts):
        t = ctx.toks[i]
        if t.text not in firsts:
            continue
        pair = f"{t.text} {ctx.toks[i + 1].text}" if i + 1 < len(ctx.toks) else ""
        n = 1 if t.text in words else (2 if pair in words else 0)
        if not n or not ctx.free(i, i + n):
            continue
        speaker = _speaker_before(ctx, i)
        state = speaker and (holder.get(id(speaker)) or _own_state(ctx, speaker.entity))
        if state is None:
            continue
        s, e = ctx.orig(i, i + n)
        ctx.register(state)
        ctx.add(Ment(s, e, i, i + n, state, "state", "coref", ctx.text[s:e]))
        ctx.memo.setdefault("own-country", set()).add(i)
    ctx.ments.sort_by_start()


def _speaker_before(ctx: Context, i: int) -> Ment | None:
    """Whose «بلاده» / "his country" it is: the first person its sentence names before it (the subject: «قال X
    لنظيره Y إن بلاده»: X's), else the first person of the last sentence before that names one («استقبل X
    الوزير Y … . وقال إن بلاده»: the subject goes on)."""
    people = [m for m in ctx.ments.ending_within(i - 60, i) if m.kind == "person" and m.te <= i]
    if not people:
        return None
    start = sentence_start(ctx, i)
    breaks = [k for k in range(start, i) if clause_break_at(ctx, k)]  # «وصف X …، فيما أكد Y أن بلاده»: Y's
    start = breaks[-1] if breaks and any(p.ts >= breaks[-1] for p in people) else start
    here = [p for p in people if p.ts >= start]
    if here:
        return here[0]
    s0 = sentence_start(ctx, people[-1].ts)
    return next(p for p in people if p.ts >= s0)


def _own_state(ctx: Context, person: str, only: bool = False) -> str | None:
    """The one state a person serves by the knowledge base on the date (his offices; not his nationality: a UN
    envoy's «بلاده» is not where he was born); with `only`, none when he also holds an office in an armed group
    or another body (Burhan leads the army and Dagalo the RSF: two sides of one state's war)."""
    roles = [r for r in ctx.kb.roles_of(person, ctx.on) if ctx.on or r.end is None]  # (undated: offices held now)
    if only and any(r.of and not r.of.startswith("state:") for r in roles):
        return None
    states = {r.of for r in roles if r.of and r.of.startswith("state:")}
    return next(iter(states)) if len(states) == 1 else None


_DEFINITE_AR = ("ال", "وال", "بال", "لل", "فال", "كال", "ولل", "وبال")


_PERSON_PAIR_WORDS = (
    "زعيم", "رييس", "وزير", "رجل", "قايد", "جنرال", "leader", "president", "minister", "men", "diplomat", "general",
    "commander",
)


def find_collectives(ctx: Context) -> None:
    """ "both countries", «الطرفان»: the last two actors coordinated before ("Lebanon and Israel")."""
    for ts, te, _p in ctx.lex.collectives.find_all(ctx.toks, ctx.by_text):
        if not ctx.free(ts, te) or (ctx.lang == "ar" and not ctx.toks[ts].text.startswith(_DEFINITE_AR)):
            continue  # «طرفين متعارضين»: two sides, not the two named before
        if te - ts == 1 and ctx.lang != "ar" and not _lone_both(ctx, ts):
            continue
        if ctx.lang != "ar" and ctx.texts[ts:te] == ["the", "two"] and not _bare_two(ctx, te):
            continue  # ("the two" with no noun: only before a verb)
        if ts and not ctx.lex.w("collective_blockers").isdisjoint(ctx.toks[ts - 1].forms):
            continue  # «حل الدولتين»: the two-state solution
        words = " ".join(t.text for t in ctx.toks[ts:te])
        kinds = None
        if any(w in words for w in _PERSON_PAIR_WORDS):
            kinds = {"person"}  # "the two leaders": people, not their offices
        elif any(w in words for w in ("بلد", "دول", "جار", "countries", "governments", "nations", "neighbo", "حكوم")):
            kinds = {"state"}
        elif any(w in words for w in ("حركت", "فصيل", "groups", "movements", "factions")):
            kinds = {"armed_group", "organization"}  # «الحركتان», «الفصيلان», "the two groups": no states
        pair = _named_after(ctx, te) or _apposed_pair(ctx, te, kinds) or _named_sides(ctx, ts, kinds)
        pair = pair or (_speakers_states(ctx, ts) if kinds == {"state"} else None) or _pair_before(ctx, ts, kinds)
        if not pair and kinds == {"state"}:
            pair = _states_of_pair(ctx, ts)  # "Kenya's X and his Somali counterpart Y … both countries"
        if pair and _quoted_about_others(ctx, ts, pair):
            continue  # '"The two parties have agreed …," Obasanjo said': the one quoted is not a side
        if pair and _one_state(ctx, pair):
            continue  # "Blinken … his deputy Molly Phee": two officials of one state are not two sides
        if not pair and kinds is None and ts < 80 and ctx.lang != "ar":
            pair = _first_pair_after(ctx, te)  # "The warring parties agreed …" in the lead: named later
        if not pair:
            continue  # (no guess at the article's own pair: on the unread sets it was wrong 7 times in 7)
        _stand_for(ctx, ts, te, pair)
    _between_them(ctx)
    _named_plurals(ctx)
    ctx.ments.sort_by_start()


def _speakers_states(ctx: Context, ts: int) -> list[Ment] | None:
    """ "Biden and Macron said the two countries would …", «قال بايدن وماكرون إن البلدين سيعملان …»: the states of
    the two people of the same sentence whose words report the collective (a verb of saying before it, after the
    pair or, Arabic, before it), not the last two states coordinated before."""
    people = _last_pair(ctx, ts, {"person"})
    start = sentence_start(ctx, ts)
    if not people or people[0].ts < start:
        return None
    said = any(speech_verb_at(ctx, k) for k in range(people[1].te, ts))
    if not (said or ctx.lang == "ar" and any(speech_verb_at(ctx, k) for k in range(start, people[0].ts))):
        return None
    states = _states_of_pair(ctx, ts)
    if states:
        ctx.memo.setdefault("speakers-states", {})[start] = {m.entity for m in people + states}
    return states


def _states_of_pair(ctx: Context, ts: int) -> list[Ment] | None:
    """ "Azerbaijani Foreign Minister X and his Armenian counterpart Y … the territorial integrity of both
    countries": with no two states coordinated within reach, the states the titles of the last two people
    coordinated name (one each, two different ones)."""
    people = _last_pair(ctx, ts, {"person"})
    if not people:
        return None
    states = []
    for p in people:
        st = next((x for t in ctx.titles if t.person is p for x in t.of if x.kind == "state"), None)
        if st is None:
            return None
        states.append(st)
    return states if states[0].entity != states[1].entity else None


def _between_them(ctx: Context) -> None:
    """«جاء ذلك خلال اتصال هاتفي بينهما», «لقاء جمع بينهما»: "between the two of them" (`between_pronouns`) right
    after a meeting, call or talks noun stands for the last two actors named before, as «بين الجانبين» does (not
    after «الموقعة»: the parties of an accord signed between them may be the states of the two named)."""
    words = ctx.lex.w("between_pronouns")
    for ts in ctx.where(words) if words else ():
        if not ctx.free(ts, ts + 1) or not _after_encounter(ctx, ts):
            continue
        pair = _pair_before(ctx, ts, None)
        if pair and not _one_state(ctx, pair):
            _stand_for(ctx, ts, ts + 1, pair)


def _after_encounter(ctx: Context, ts: int) -> bool:
    """A meeting, call or talks noun among the three words before ts."""
    for k in range(max(0, ts - 3), ts):
        hit = ctx.lex.triggers.match_at(ctx.toks, k)
        if hit and hit[0].nominal and hit[0].label in ("meets", "phones", "negotiates_with"):
            return True
    return False


def _quoted_about_others(ctx: Context, ts: int, pair: list[Ment]) -> bool:
    """A collective inside a quotation («"اتفق الطرفان …"», '"The two parties have agreed …"') speaks of sides other
    than those who speak: a pair one of whose members is a speaker (a speech verb right before it, «أعلنت
    السعودية», "said Obasanjo", or right after it past a comma, "Obasanjo, said") is no pair of sides."""
    start = sentence_start(ctx, ts)
    if ctx.texts[start:ts].count('"') % 2 == 0:
        return False
    return any(_speaks(ctx, m) for m in pair)


def _speaks(ctx: Context, m: Ment) -> bool:
    """A speech verb (a `states` trigger, not a noun) right before the mention's phrase, or right after it (past a
    comma)."""
    k = m.te + (m.te < len(ctx.toks) and ctx.texts[m.te] in (",", "،"))
    return speech_verb_at(ctx, m.np_start - 1) or speech_verb_at(ctx, k)


def _named_plurals(ctx: Context) -> None:
    """«التقت الوفود الإيرانية والسعودية», «الوفود الروسية والتركية والإيرانية»: a plural of sides (`named_plurals`)
    stands for the sides its adjectives name right after it, and only then (alone it may be any number)."""
    words = ctx.lex.w("named_plurals")
    for ts in ctx.where(words, forms=True) if words else ():
        if ctx.covered[ts] or not ctx.toks[ts].text.startswith(_DEFINITE_AR):
            continue
        sides = _named_after(ctx, ts + 1)
        if not sides:
            continue
        _stand_for(ctx, ts, ts + 1, sides)


def _stand_for(ctx: Context, ts: int, te: int, sides: list[Ment]) -> None:
    """The words ts..te become a mention of each side they stand for (sorted by the caller)."""
    s, e = ctx.orig(ts, te)
    for m in sides:
        ctx.ments.append(Ment(s, e, ts, te, m.entity, m.kind, "coref", ctx.text[s:e]))
    ctx.covered[ts:te] = b"\x01" * (te - ts)


def _pair_before(ctx: Context, ts: int, kinds: set[str] | None) -> list[Ment] | None:
    """The last two actors coordinated before, else the two the sentence named; not two that its own clause
    already names before the collective («ودعا الوزيران الطرفين …»: the sides are others than the ministers)."""
    pair = _last_pair(ctx, ts, kinds)
    clause = _clause_pair(ctx, ts, kinds) if pair is None or kinds == {"person"} else None
    if clause and (pair is None or min(m.ts for m in clause) > max(m.te for m in pair)):
        pair = clause  # "A and B … . X met Y … . The two leaders": the two people named last, not a pair from before
    if pair and (_mediators(ctx, pair[0]) or _hosts_of(ctx, pair, ts) or _mediating_pair(ctx, pair[0], pair[1])):
        return None
    if pair:
        start = sentence_start(ctx, ts)
        here = {m.entity for m in ctx.ments.ending_within(start - 1, ts) if m.ts >= start}
        if any(m.ts >= start and m.role == "coref" and m.ts - start <= 1 for m in pair):
            return None  # (another collective of the sentence, its subject: "the ministers urged the two sides")
        # (one after its verb, "urged both sides … and met the two delegations": the same two)
        if all(m.entity in here for m in pair) and not all(m.ts >= start for m in pair):
            return None
        if all(m.ts >= start for m in pair) and _others_than_opening_pair(ctx, pair, start, ts):
            return None
    return pair


def _others_than_opening_pair(ctx: Context, pair: list[Ment], start: int, ts: int) -> bool:
    """A pair the sentence opens with (its subject) is not the collective after "by" ("A and B condemned
    violations of the truce by both sides": the sides act, A and B judge) nor one inside a relative clause on the
    pair ("A and B, which hosted talks between the warring parties, …"). Not a pair that is the verb's object:
    «حثت X الجيش والدعم السريع على … الاتفاق الموقع عليه من الطرفين»."""
    opening = {x.entity for k in (start, start + 1) for x in ctx.ments.starting(k)}
    if pair[0].entity not in opening:
        return False
    if ctx.texts[ts - 1] in ctx.lex.w("collective_agent_words"):
        return True
    rel = next((x for x in range(pair[-1].te, ts) if ctx.texts[x] in ctx.lex.w("relative_who")), -1)
    return rel > 0 and ctx.texts[rel - 1] == "," and "," not in ctx.texts[rel:ts]


def _apposed_pair(ctx: Context, te: int, kinds: set[str] | None = None) -> list[Ment] | None:
    """ "the two sides, Israel and Hamas,", «الطرفين، الجيش وقوات الدعم السريع»: the two named right after it, of
    the collective's kind ("the presidents of both countries, A and B": the countries are not A and B)."""
    if te >= len(ctx.toks) or ctx.texts[te] not in (",", "،"):
        return None
    a = next((m for m in ctx.ments.starting(te + 1) if m.kind in ACTOR_KINDS), None)
    if a is None and te + 2 < len(ctx.toks) and ctx.texts[te + 1] == "the":
        a = next((m for m in ctx.ments.starting(te + 2) if m.kind in ACTOR_KINDS), None)
    if a is None:
        return None
    b = next((m for m in ctx.ments.ending_within(a.te, a.te + 6) if m.ts >= a.te and m.kind in ACTOR_KINDS), None)
    if b is None or kinds is not None and not {a.kind, b.kind} <= kinds:
        return None
    return [a, b] if b.entity != a.entity and _coordinated(ctx, a, b) else None


def _named_after(ctx: Context, te: int) -> list[Ment] | None:
    """«بين الجانبين الفلسطيني والإسرائيلي», «الطرفين السوداني والجنوب سوداني»: the two sides the adjectives right
    after the collective name, not two named before."""
    if ctx.lang != "ar":
        return None
    first = next((m for m in ctx.ments.starting(te) if m.role == "demonym"), None)
    if first is None or first.te >= len(ctx.toks):
        return None
    sides = [first]
    while len(sides) < 3 and sides[-1].te < len(ctx.toks):  # («الوفود الروسية والتركية والإيرانية»: three)
        nxt = next((m for m in ctx.ments.starting(sides[-1].te) if m.role == "demonym"), None)
        if nxt is None or nxt.entity in {m.entity for m in sides} or not ctx.texts[nxt.ts].startswith("و"):
            break
        sides.append(nxt)
    if len(sides) < 2:
        return None
    for m in sides:
        m.in_np = True
    return sides


def _lone_both(ctx: Context, ts: int) -> bool:
    """ "Both stressed the importance of …": "both" alone opens its sentence and a verb follows it, not a
    name, "of" or "the" ("Both Russia and Turkey", "both of them", "both the army and …")."""
    start = ts == 0 or ctx.toks[ts - 1].text in (".", "!", "?", "\n")
    nxt = ts + 1 < len(ctx.toks) and ctx.toks[ts + 1]
    return bool(start and nxt and nxt.is_word and nxt.text not in ("of", "the", "sides", "parties", "countries"))
    # (the two-word collectives come first: a lone "both" only where none matched)


def _bare_two(ctx: Context, te: int) -> bool:
    """ "the two agreed to boost ties", "the two also discussed …": "the two" with no noun after it, a verb (a
    trigger or an auxiliary, past an adverb) right after it."""
    k = te + (te < len(ctx.toks) and ctx.texts[te] in ctx.lex.w("verb_adverbs"))
    if k >= len(ctx.toks) or not ctx.toks[k].is_word or ctx.capitalized(k):
        return False
    hit = ctx.lex.triggers.match_at(ctx.toks, k)
    return bool(hit and not hit[0].nominal) or ctx.texts[k] in ctx.lex.w("auxiliaries")


def _clause_pair(ctx: Context, before: int, kinds: set[str] | None) -> list[Ment] | None:
    """«التقى أفورقي بآبي أحمد، وبحث الجانبان …»: with no coordinated pair, the two actors the sentence named
    before the collective, when it named exactly two."""
    ends = (".", "!", "?", "؟")
    k = before - 1
    while k > 0 and ctx.toks[k].text not in ends:
        k -= 1
    pair = _two_named(ctx, k, before, kinds)
    if pair is None and k > 0 and not _two_named(ctx, k, before, None, strict=False):
        j = k - 1  # «بحث لافروف مع نظيره ظريف … . وأكد الوزيران»: the two the sentence before named
        while j > 0 and ctx.toks[j].text not in ends:
            j -= 1
        pair = _two_named(ctx, j, k, kinds) or (None if kinds else _two_named(ctx, j, k, {"person"}))
    return pair


def _describes_body(ctx: Context, prev: list[Ment], m: Ment) -> bool:
    """«قناة "الحدث" السعودية», "the Egyptian-run outlet": a state right after a body (past a closing quote only)
    is its adjective, no second side."""
    if m.kind != "state":
        return False
    k = m.ts
    while k > 0 and ctx.texts[k - 1] in ('"', "»", ")"):
        k -= 1
    return any(x.te == k and x.kind == "organization" for x in prev)


def _route_pair(ctx: Context, a: Ment) -> bool:
    """«استئناف الرحلات بين صنعاء والأردن», "flights between Sanaa and Amman": a pair after "between" that a noun of
    a route (`route_nouns`, among the five words before it) joins names two places, not two sides."""
    k = a.np_start - 1
    if k < 1 or ctx.texts[k] not in ctx.lex.w("between"):
        return False
    routes = ctx.lex.w("route_nouns")
    return any(not routes.isdisjoint(ctx.forms[x]) for x in range(max(0, k - 5), k))


def _two_named(ctx: Context, start: int, end: int, kinds: set[str] | None, strict: bool = True):
    """The two actors (of the kinds) named between two token positions, when exactly two; not strict: any."""
    prev = [m for m in ctx.ments.ending_within(start, end) if m.kind in (kinds or ACTOR_KINDS) and not m.in_np]
    prev = [m for m in prev if not _describes_body(ctx, prev, m) and not m.media]  # (an outlet is no side)
    first = {}
    for m in prev:
        first.setdefault(m.entity, m)
    if not strict:
        return list(first.values()) or None
    return list(first.values()) if len(first) == 2 else None


def _last_pair(ctx: Context, before: int, kinds: set[str] | None = None) -> list[Ment] | None:
    # "the two men", "the two leaders": a pair of people stays the article's pair for paragraphs
    reach = _PERSON_PAIR_REACH if kinds == {"person"} else 60
    window = ctx.ments.ending_within(before - reach - 40, before)
    # («سعوديون وسودانيون», "Saudis and Sudanese": nationals named by a demonym are no sides)
    prev = [m for m in window if m.kind in (kinds or ACTOR_KINDS) and not m.in_np and not _nationals(m)]
    delegations = ctx.lex.w("delegation_nouns")
    spoken = ctx.memo.get("speakers-states")
    skip = spoken.get(sentence_start(ctx, before), set()) if spoken else set()
    for k in range(len(prev) - 1, 0, -1):
        a, b = prev[k - 1], prev[k]
        if a.entity == b.entity or before - b.te >= reach:
            continue  # (the pair's cheap conditions first: most pairs of the window fail them)
        if skip and {a.entity, b.entity} <= skip:
            continue  # ("Biden and Macron said the two countries would work with both sides": two others)
        if a.role == b.role == "coref" and (a.ts, a.te) == (b.ts, b.te):
            return [a, b]  # «من الطرفين … وكان الطرفان قد توصلا»: the sides an earlier collective stood for
        if _relative_agents(ctx, a) or _mediators(ctx, a) or _route_pair(ctx, a) or _mediating_pair(ctx, a, b):
            continue  # «المحادثات التي ترعاها السعودية والولايات المتحدة»: the sponsors of the talks are no sides
        start = past_owner(ctx, b.np_start)  # "Congo's A and Rwanda's B": B's owner is part of its phrase
        cut = past_own_title(ctx, a, start)  # "A of Iran and B": past the first one's own title
        between = [t for t in ctx.texts[cut:start] if t not in ("the", '"')]  # "A and the B", «و«B»»
        if ctx.lang == "ar" and len(between) == 1 and between[0][:1] == "و" and between[0] in delegations:
            between = ["و"]  # «وفد الحكومة ووفد الجبهة»: the second delegation is the second side
        glued = ctx.lang == "ar" and not between and _waw_glued(ctx, b)
        if glued or between in (["and"], ["و"], ["،"], [","]):
            return [a, b]
        if between == [",", "and"] and closed_item(ctx, a):
            return [a, b]  # "Syria's interim president, Ahmed al-Sharaa, and Mazloum Abdi"
    return None


_PERSON_PAIR_REACH = 200


def _named_sides(ctx: Context, ts: int, kinds: set[str] | None) -> list[Ment] | None:
    """«وقّع عن الجانب السعودي X وعن الجانب الإيراني Y … واتفق الجانبان», "for the Iranian side": the last two
    states the text named as a side (a demonym after «الجانب», before "side") within 150 tokens are the two sides,
    before any pair of people named on their behalf."""
    if kinds is not None and "state" not in kinds:
        return None
    nouns = ctx.lex.w("side_nouns")
    found: dict[str, Ment] = {}
    for m in reversed(ctx.ments.ending_within(ts - 150, ts)):
        if m.kind != "state" or m.te > ts:
            continue
        k = m.ts - 1 if ctx.lang == "ar" else m.te
        if 0 <= k < len(ctx.toks) and ctx.texts[k] in nouns and m.entity not in found:
            found[m.entity] = m
            if len(found) == 2:
                return list(reversed(found.values()))
    return None


def _one_state(ctx: Context, pair: list[Ment]) -> bool:
    """Two people who serve the same state (by their titles, else the knowledge base on the date)."""
    if any(m.kind != "person" for m in pair):
        return False
    holder = {id(t.person): t.of[0].entity for t in ctx.titles if t.person and t.of and t.of[0].kind == "state"}
    states = [holder.get(id(m)) or _own_state(ctx, m.entity, only=True) for m in pair]
    return states[0] is not None and states[0] == states[1]


def _waw_glued(ctx: Context, b: Ment) -> bool:
    """«وبن شبات», «ووزير الخارجية X»: the «و» that opens the phrase of a pair's second name is the conjunction,
    unless it opens the name itself («وانغ يي»: Wang Yi, named by its whole first word) or a title («وزير»)."""
    tok = ctx.toks[b.np_start]
    if not tok.text.startswith("و") or ctx.lex.titles.starts_phrase(tok.text):
        return False  # («وزير الخارجية»: the «و» of the title word itself)
    if b.np_start < b.ts or tok.text.startswith("وو"):
        return True
    firsts = _first_words_ar(ctx.kb, b.entity, False)  # (normalized once per knowledge base, not per pair)
    return firsts is None or tok.text not in firsts


def past_owner(ctx: Context, k: int) -> int:
    """Where a name's phrase starts when an English possessive owner stands before it ("Rwanda's B"), else k."""
    if ctx.lang == "ar" or k < 2 or ctx.texts[k - 1] not in ("'s", "'"):
        return k
    owner = next(iter(ctx.ments.ending(k - 1)), None)
    return owner.np_start if owner is not None else k


def _relative_agents(ctx: Context, a: Ment) -> bool:
    """The pair's first name is the subject of a relative verb right before it («التي ترعاها X وY», "which X and
    Y sponsor"): the actors of a clause about something else."""
    k = a.np_start - 2
    return k >= 0 and ctx.texts[k] in ctx.lex.w("relative_pronouns") and ctx.toks[k + 1].is_word


def _bystanders(ctx: Context, a: Ment) -> bool:
    """A bystander phrase (lexicon bystander_words) ends right before the pair's first: "in the presence of A and
    B", "with the participation of A and B"."""
    k = a.np_start
    before = " ".join(ctx.texts[max(0, k - 4) : k])
    return any(before == p or before.endswith(" " + p) for p in ctx.lex.w("bystander_words"))


def _mediators(ctx: Context, a: Ment) -> bool:
    """A word of mediation or sponsorship stands just before the pair («وساطة قادها المبعوث X والمبعوث Y», «قاد
    الوساطة إلى جانب X وY», "talks mediated by X and Y"), or a bystander phrase ends right before it ("in the
    presence of A and B", «بحضور A وB», «نحو الأردن ومصر»; lexicon bystander_words): the pair mediated, witnessed
    or accompanied another's act, the sides are others."""
    k = a.np_start
    words = ctx.lex.any_of("sponsor_words", "mediation_words", "sponsor_nouns")
    if any(not words.isdisjoint(ctx.toks[x].forms) for x in range(max(0, k - 4), k)):
        return True
    return _bystanders(ctx, a)


def _mediating_pair(ctx: Context, a: Ment, b: Ment) -> bool:
    """Both of the pair are named somewhere in the document as mediators or sponsors (the first of a list after a
    word of mediation, "a truce brokered by Saudi Arabia and the United States", or one listed after it): a later
    "Riyadh and Washington said both parties …" speaks of the sides, it is not them."""
    named = ctx.memo.get("mediator-entities")
    if not isinstance(named, set):
        named = set()
        ments = [m for m in ctx.ments if m.kind in ACTOR_KINDS and not m.in_np]
        listed = False
        stems = tuple(ctx.lex.any_of("host_stems", "mediation_stems"))
        welcome = ctx.lex.w("welcome_verbs")
        for x, y in zip(ments, ments[1:], strict=False):
            joined = _coordinated(ctx, x, y)  # (once per pair; the cheap tests first)
            if (
                _mediating_word_before(ctx, x)  # («الهدنة التي رعتها السعودية وأمريكا»)
                or _relative_agents(ctx, x) and any(f.startswith(stems) for f in ctx.toks[x.np_start - 1].forms)
                or joined and _welcomers(ctx, x, y, welcome)  # («ورحبت السعودية والإمارات بالاتفاق»: third parties)
            ):
                named.add(x.entity)
                listed = True
            if listed and joined:
                named.add(y.entity)
            else:
                listed = False
        ctx.memo["mediator-entities"] = named
    return a.entity in named and b.entity in named


def _welcomers(ctx: Context, x: Ment, y: Ment, welcome: frozenset[str]) -> bool:
    """x and y are the subjects of a verb of welcoming: right before x (Arabic, verb first) or right after y, or
    after an aside between commas that follows y ("Egypt and the UAE, which back Haftar, welcomed the deal")."""
    before, after, n = x.np_start - 1, y.te, len(ctx.toks)
    if after < n and ctx.texts[after] in (",", "،"):
        close = next((k for k in range(after + 1, min(n, after + 12)) if ctx.texts[k] in (",", "،", ".")), None)
        after = close + 1 if close is not None and ctx.texts[close] != "." else after
    return (before >= 0 and not welcome.isdisjoint(ctx.toks[before].forms)) or (
        after < n and not welcome.isdisjoint(ctx.toks[after].forms)
    )


def _mediating_word_before(ctx: Context, a: Ment) -> bool:
    """A word of mediation or sponsorship right before the name, past "by", "of" or "the" ("brokered by X", "under
    the auspices of X", «بوساطة X»; not "Mediators said the army …")."""
    k = a.np_start - 1
    while k >= 0 and a.np_start - k <= 3 and ctx.texts[k] in ("by", "of", "the"):
        k -= 1
    words = ctx.lex.any_of("sponsor_words", "mediation_words", "sponsor_nouns")
    return k >= 0 and not words.isdisjoint(ctx.toks[k].forms)


def _hosts_of(ctx: Context, pair: list[Ment], ts: int) -> bool:
    """ "thanked Iraq and Oman for hosting talks between the two sides", «شكر العراق وعُمان على استضافة جولات الحوار
    بين الجانبين»: "for" and a word of hosting or mediation between the pair and the collective (a few words on):
    the pair hosted or mediated what the sides did."""
    lo = max(m.te for m in pair)
    if not 0 < ts - lo <= 8:
        return False
    stems, toks = tuple(ctx.lex.any_of("host_stems", "mediation_stems")), ctx.toks
    for k in range(lo + 1, ts):
        thanked_for = toks[k - 1].text in ctx.lex.w("thanked_for") or toks[k].text[:1] == "ل" and ctx.lang == "ar"
        if thanked_for and any(f.startswith(stems) for f in toks[k].forms):
            return True  # ("accepted Turkish mediation between the two sides": the pair are the sides)
    return False


def _nationals(m: Ment) -> bool:
    """«سعوديون», "Saudis": a demonym heading its own phrase names people of a state, not the state as a side
    ("the Yemeni government", «الحكومة اليمنية», a demonym mention of two words, is the state)."""
    return m.role == "demonym" and m.np_start == m.ts and m.te - m.ts == 1


def _first_pair_after(ctx: Context, te: int) -> list[Ment] | None:
    """The first two actors coordinated after token te, within 150 tokens ("… the Saudi-led coalition and the
    Houthis"): whom a collective opening an article stands for."""
    after = [m for m in ctx.ments.ending_within(te, te + 150) if m.kind in ACTOR_KINDS and not m.in_np]
    for a, b in zip(after, after[1:], strict=False):
        if a.entity != b.entity and not (_nationals(a) or _nationals(b)) and _coordinated(ctx, a, b, commas=False):
            if _mediating_pair(ctx, a, b):
                continue  # "a truce brokered by Qatar and Egypt … Doha and Cairo said": the brokers are no sides
            return None if _bystanders(ctx, a) else [a, b]  # ("with the participation of A and B": no sides)
    return None


def _org_head(ctx: Context, head: str) -> bool:
    heads = ctx.lex.organization_heads
    return head in heads or ("ال" + head) in heads or head.capitalize() in heads


def _head_form(ctx: Context, k: int) -> str:
    """The longest of token k's forms that is an organization's head noun, else its last form (once per word)."""
    known, forms = forms_memo(ctx, "org-head"), ctx.forms[k]
    head = known.get(forms)
    if head is None:
        head = max((f for f in forms if _org_head(ctx, f)), key=len, default=forms[-1])
        if len(known) < 100_000:
            known[forms] = head
    return str(head)


def find_org_short_forms(ctx: Context) -> None:
    """«المجلس» after «المجلس الانتقالي الجنوبي», «الحركة» after «حركة حماس», "the council" after "the
    Security Council", "the movement" after "the Justice and Equality Movement": the head noun alone refers back
    to the last organization named before it with that head. Run before the titles (the knowledge base's bodies)
    and again once bodies are discovered (pipeline: discovered-short-forms)."""
    heads = _named_heads(ctx)
    if not heads:
        return
    toks = ctx.toks
    for i in ctx.where(heads.keys(), lasts=True):  # (the key is a token's last form, or its text)
        t = toks[i]
        if not (not ctx.covered[i]) or not t.is_word:
            continue
        if ctx.lang == "ar":
            if not t.text.startswith(("ال", "وال", "بال", "لال", "فال")):
                continue
            key = t.forms[-1]
        else:
            key = t.text
            if i == 0 or not _the_short_form(ctx, i, heads.get(key)):
                continue
        named = heads.get(key)
        if named is None or (
            i + 1 < len(toks)
            and toks[i + 1].is_word
            and ctx.lang == "ar"
            and toks[i + 1].text.startswith("ال")
            and not ctx.free(i + 1, i + 2)
            and not any(m.kind == "person" for m in ctx.ments.starting(i + 1))  # «للحركة الملا X»: a name after it
        ):
            continue
        at = bisect.bisect_left(named, (i + 1,)) - 1  # the last one named before (ending at i or before)
        if at < 0:
            continue
        _, eid, kind = named[at]
        if ctx.lang == "ar" and not _own_adjective(ctx, i + 1, eid):
            continue  # «"الجيش الوطني"» after «الجيش السوري الحر»: another army
        s_, e_ = ctx.orig(i, i + 1)
        ctx.add(Ment(s_, e_, i, i + 1, eid, kind, "short", ctx.text[s_:e_]))
    ctx.ments.sort_by_start()


def _the_short_form(ctx: Context, i: int, named: list[tuple[int, str, str]] | None) -> bool:
    """ "the council", "the Western-backed coalition", and "the transitional council" after "the Southern
    Transitional Council": "the" before the head, past words that describe the body or are words of the name of
    the last one named with that head."""
    toks = ctx.toks
    if _names_on(ctx, i):
        return False
    if toks[_past_body_modifiers(ctx, i - 1)].text == "the":
        return True
    at = bisect.bisect_left(named or [], (i + 1,)) - 1
    if at < 0:
        return False
    info = ctx.entities.info.get(named[at][1]) or {}
    own = {w.lower() for n in (info.get("name") or "", *info.get("aliases", ())) for w in n.split()}
    k = i - 1
    while (
        k > 0
        and i - k <= 2
        and toks[k].is_word
        and not ctx.covered[k]
        and toks[k].text.islower()
        and toks[k].text in own
    ):
        k -= 1
    return k < i - 1 and toks[k].text == "the"


def _names_on(ctx: Context, i: int) -> bool:
    """A capitalised head followed by a link and a capitalised word starts another body's name ("the Union for
    Peace in Central Africa" after "the African Union"), it does not refer back."""
    def upper(x: int) -> bool:
        return ctx.text[ctx.orig(x, x + 1)[0]].isupper()

    k = i + 1
    if not (k + 1 < len(ctx.toks) and ctx.texts[k] in ("of", "for", "on") and upper(i)):
        return False
    k += 1 + (ctx.texts[k + 1] == "the" and k + 2 < len(ctx.toks))
    return upper(k)


def _past_body_modifiers(ctx: Context, k: int) -> int:
    """ "the Western-backed coalition", "the main opposition coalition": back from token k over the words that
    describe a body named before without naming another."""
    mods = ctx.lex.w("short_form_modifiers")
    for _ in range(4):
        if k > 0 and ctx.texts[k] in mods:
            k -= 1
        elif k > 1 and ctx.texts[k] == "-" and ctx.texts[k + 1] in mods:
            k -= 2  # "Western-backed": the word before the hyphen with it
        else:
            break
    return k


def _own_adjective(ctx: Context, k: int, eid: str) -> bool:
    """No free adjective at token k, or one that the organization's own name has («المجلس الانتقالي» after «المجلس
    الانتقالي الجنوبي»)."""
    t = ctx.toks[k] if k < len(ctx.toks) else None
    if (
        t is None
        or not t.is_word
        or ctx.covered[k]
        or not t.text.startswith("ال")
        or not t.forms[-1].endswith(("ي", "يه"))
    ):
        return True
    info = ctx.entities.info.get(eid) or {}
    names = " ".join(x for x in (info.get("name_ar"), info.get("name"), *info.get("aliases", ())) if x)
    return t.text in normalize(names).text.split()


def _named_heads(ctx: Context) -> dict[str, list[tuple[int, str, str]]]:
    """Each head noun of the organizations named in the document, with where each was named (end token), its
    entity and kind, in reading order: the first noun of an Arabic name, the last head noun of an English one."""
    heads: dict[str, list[tuple[int, str, str]]] = {}
    toks, lex = ctx.toks, ctx.lex
    for m in ctx.ments:
        if m.kind not in ("organization", "armed_group") or m.media:
            continue
        if ctx.lang == "ar":  # («لجنة»: لجنة, not the جنة of a clitic's reading)
            head = _head_form(ctx, m.ts)
            if not _org_head(ctx, head) and m.ts >= 2 and toks[m.ts - 1].text == '"':
                head = toks[m.ts - 2].forms[-1]  # «حركة «إم 23»»: the head noun stands before the quoted name
            elif m.te - m.ts < 2:
                continue
        elif m.te - m.ts < 2:
            continue
        else:
            head = next(
                (toks[k].text for k in range(m.te - 1, m.ts - 1, -1) if toks[k].text in lex.organization_heads),
                toks[m.te - 1].text,
            )
        if _org_head(ctx, head):
            heads.setdefault(head, []).append((m.te, m.entity, m.kind))
    for named in heads.values():
        named.sort()
    return heads


_GROUP_NOUNS = _nset(
    {
        "المتمردين",
        "المتمردون",
        "الانقلابيين",
        "الانقلابيون",
        "المسلحين",
        "المسلحون",
        "الميليشيا",
        "الحركه",
        "الجماعه",
        "الانفصاليين",
        "الانفصاليون",
        "paramilitaries",
        "separatists",
        "jihadists",
        "rebels",
        "insurgents",
        "militants",
        "militia",
        "militiamen",
        "group",
        "movement",
        "force",
        "forces",
        "paramilitary",
        "guerrillas",
    }
)
_DESCRIBED_ONLY = frozenset(("force", "forces"))  # "the paramilitary forces", never "the forces" alone (an army's too)


def find_group_references(ctx: Context) -> None:
    """ "the Yemeni insurgents", «الانقلابيين», "the Palestinian group", "the movement": the armed group named
    in the last sentences, else the one the article is about."""
    groups = [m.entity for m in ctx.ments if m.kind == "armed_group"]
    if not groups:
        return
    top = Counter(groups).most_common(1)[0][0]
    toks = ctx.toks
    for i in ctx.where(_GROUP_NOUNS, lasts=True):
        t = toks[i]
        if ctx.covered[i] or not t.is_word:
            continue
        if t.text not in _GROUP_NOUNS and (len(t.forms) < 2 or t.forms[-1] not in _GROUP_NOUNS):
            continue
        described = i
        if ctx.lang != "ar":
            described = _described_group(ctx, i)
            prev = toks[described - 1].text if described > 0 else ""
            if prev not in ("the",) and not any(m.role == "demonym" for m in ctx.ments.ending(described)):
                continue  # "the rebels", "the Yemeni insurgents", not "rebels" in general
            if not _group_word(ctx, i, described):
                continue
        cands = [m for m in ctx.ments.ending_within(i - 150, i - 1) if m.kind == "armed_group"]
        near = _subject_first(ctx, cands, i)
        if near is not None and _listed_with_another(ctx, near, cands):
            continue  # "Hamas and Hezbollah fired … The group said": either of the two
        group = near.entity if near is not None else top  # "Hamas … The Houthis fired … The group said": the Houthis
        if ctx.lang == "ar" and _another_named_body(ctx, i + 1, group):
            continue  # «الحركة الشعبية بقيادة …», «الحركة الإسلامية» after the RSF: another movement, not this one
        if _hostile_to_own(ctx, group, described, i):
            continue  # "Hezbollah fought alongside the army against the rebels": others than Hezbollah
        if not any(m.te <= i for m in ctx.ments.of_entity(group)):
            continue  # only back to a group already named
        start = described
        for m in ctx.ments.ending(described):
            if m.role == "demonym":
                m.in_np = True  # "Yemeni" in "the Yemeni insurgents" describes the group
                start = m.ts
        s_, e_ = ctx.orig(start, i + 1)
        ctx.ments.append(Ment(s_, e_, start, i + 1, group, "armed_group", "coref", ctx.text[s_:e_]))
        ctx.covered[i] = 1
    ctx.ments.sort_by_start()


def _another_named_body(ctx: Context, k: int, group: str) -> bool:
    """Arabic: a definite relative adjective right after the group noun («الحركة الشعبية», «الجبهة الثورية») that
    only names («شعبية», «ثورية»), not one that describes an armed group (`body_adjectives`: «المسلحة»,
    «المتمردة») nor one made from the group's own name («الحركة الحوثية» after the Houthis): the noun and it
    name another body, not the group named before."""
    toks = ctx.toks
    t = toks[k] if k < len(toks) else None
    if t is None or not t.is_word or ctx.covered[k] or ctx.ments.starting(k) or not t.text.startswith("ال"):
        return False
    stem = t.forms[-1].removeprefix("ال")
    if not stem.endswith(("ي", "يه")) or len(stem) < 4 or stem in ctx.lex.w("body_adjectives"):
        return False
    root = stem.removesuffix("ه").removesuffix("ي")
    info = ctx.entities.info.get(group) or {}
    names = " ".join(x for x in (info.get("name_ar"), *info.get("aliases", ())) if x)
    own = {w.removeprefix("ال") for w in normalize(names).text.split()}
    return not any(w.startswith(root) for w in own if len(root) >= 3)


def _hostile_to_own(ctx: Context, group: str, described: int, i: int) -> bool:
    """The group noun is what its sentence acts against ("… fought alongside the army against the rebels"): a
    group named earlier in the same sentence is not the one it fights."""
    k = described - 1 if described > 0 and ctx.texts[described - 1] == "the" else described
    if k <= 0 or ctx.texts[k - 1] not in ctx.lex.w("against"):
        return False
    start = sentence_start(ctx, i)
    return any(m.entity == group and m.ts >= start for m in ctx.ments.ending_within(start, k))


def _listed_with_another(ctx: Context, m: Ment, cands: list[Ment]) -> bool:
    """Another group listed right after m ("Hamas and Hezbollah", «حماس وحزب الله»): a singular noun for "the
    group" may be either."""
    return any(c.entity != m.entity and c.ts >= m.te and _coordinated(ctx, m, c) for c in cands)


def _group_word(ctx: Context, i: int, described: int) -> bool:
    """ "the paramilitary forces" and "the rebel force" name an armed group (a word of `group_modifiers` before the
    noun: "the Russian forces" are an army); "the paramilitary" stands alone ("The paramilitary said …"), not before
    a noun or a name of its own ("the paramilitary group", "the paramilitary Rapid Support Forces")."""
    word = ctx.toks[i].text
    if word in _DESCRIBED_ONLY:
        return ctx.texts[described].lower() in ctx.lex.w("group_modifiers")
    if word == "paramilitary" and i + 1 < len(ctx.toks):
        nxt = ctx.toks[i + 1]
        return not (nxt.is_word and (ctx.covered[i + 1] or nxt.text in _GROUP_NOUNS or ctx.capitalized(i + 1)))
    return True


def _described_group(ctx: Context, i: int) -> int:
    """English: "the rebel group", "the Tigrayan rebels", "the Islamist militants": up to two words that say
    what kind of armed group it is (`group_modifiers`; before a plural noun, a capitalized adjective too)
    between "the" and the noun; where they start (i itself when there are none)."""
    toks, k, mods = ctx.toks, i, ctx.lex.w("group_modifiers")
    plural = toks[i].text.endswith("s")
    participles, n = ctx.lex.w("compound_participles"), 0
    while k > 0 and n < 2 and toks[k - 1].is_word:
        w = toks[k - 1].text
        if k > 2 and w in participles and toks[k - 2].text == "-" and toks[k - 3].text != "the":
            k -= 3  # "the Iran-backed group", "the Kurdish-led militia"
        elif ctx.covered[k - 1] or not (
            w in mods or (plural and w != "the" and ctx.text[ctx.orig(k - 1, k)[0]].isupper())
        ):
            break
        else:
            k -= 1
        n += 1
    return k


def _subject_first(ctx: Context, cands: list[Ment], i: int) -> Ment | None:
    """The last of the candidates (in reading order) that opens its sentence, its subject ("Hezbollah told … .
    Previously, it said … with its ally Hamas … . The group's deputy leader …": Hezbollah), else the last one
    of the last 80 tokens."""
    openers = [m for m in cands if m.np_start - sentence_start(ctx, m.ts) <= 1]
    near = [m for m in cands if i - m.te <= 80]
    return openers[-1] if openers else near[-1] if near else None


LEADER_OFFICES = ("president", "prime_minister", "king", "emir", "head_of_state")


def find_plural_roles(ctx: Context) -> None:
    """ "the leaders of France, Germany and the UK", «قادة فرنسا وألمانيا», «نظرائهما الألماني والفرنسي»,
    "his French and German counterparts": one person per state, the holder of the office on the date."""
    leaders, counterparts = ctx.lex.w("leader_nouns"), ctx.lex.w("plural_counterparts")
    if not (leaders or counterparts):
        return
    both = leaders | counterparts
    for i in ctx.where(both, forms=True):
        t = ctx.toks[i]
        if t.text not in both and both.isdisjoint(t.forms):
            continue
        words = {t.text, *t.forms}
        if words & leaders:
            k = _past_leader_tail(ctx, i + 1, t.text)
            k += ctx.lang != "ar" and 0 <= k < len(ctx.toks) and ctx.toks[k].text == "of"
            states = _state_list_after(ctx, k) if k > 0 else []
            offices: tuple[str, ...] = LEADER_OFFICES
        elif words & counterparts:
            states = _state_list_after(ctx, i + 1) if ctx.lang == "ar" else _state_list_before(ctx, i)
            offices = (_counterparts_office(ctx, i),)
        else:
            continue
        if len(states) < 2:
            continue
        for st in states:
            person = _holder(ctx, st.entity, offices)
            if person is None:
                continue
            ctx.register(person)
            st.in_np = True
            m = Ment(st.start, st.end, st.ts, st.te, person, "person", "coref", st.text, office=offices[0])
            ctx.ments.append(m)
            if words & counterparts and not words & leaders:  # ("his Kenyan and Djibouti counterparts": each
                ctx.titles.append(TitleNP(st.ts, st.te, offices[0], [st], m))  # holds his office in his state)
    ctx.ments.sort_by_start()


def _counterparts_office(ctx: Context, i: int) -> str:
    """The office "his French and German counterparts" share with him: the nearest person before with an office
    in the text, else the senior office the knowledge base gives the last person named ("Ruto met his Ugandan and
    Tanzanian counterparts": presidents), else a foreign minister's."""
    before = [m for m in ctx.ments.ending_within(i - 200, i) if m.kind == "person"]
    office = next((m.office for m in reversed(before) if m.office), None)
    if office is None and before:
        office = senior_office(ctx, before[-1].entity, (*LEADER_OFFICES, "foreign_minister", "defence_minister"))
    return "foreign_minister" if office in (None, "minister") else office


def senior_office(ctx: Context, person: str, order: Sequence[str]) -> str | None:
    """The first office of `order` the knowledge base gives the person on the document's date (None undated)."""
    held = {r.office for r in ctx.kb.roles_of(person, ctx.on)} if ctx.on is not None else set()
    return next((o for o in order if o in held), None)


def _past_leader_tail(ctx: Context, k: int, noun: str) -> int:
    """ "the heads of state of Angola and Rwanda": past the words that finish a leader noun (`leader_tails`); a
    noun that needs them (`tailed_leader_nouns`, "heads") and has none leads nobody here (-1)."""
    for tail in ctx.lex.w("leader_tails"):
        words = tail.split()
        if ctx.texts[k : k + len(words)] == words:
            return k + len(words)
    return -1 if noun in ctx.lex.w("tailed_leader_nouns") else k


def _state_list_after(ctx: Context, k: int) -> list[Ment]:
    out: list[Ment] = []
    toks = ctx.toks
    while k < len(toks):
        if toks[k].text == "the":
            k += 1
        m = ctx.starting_at(k, ("state",))
        if m is None:
            break
        out.append(m)
        k = list_next(ctx, m.te)
        if k < 0:
            break
    return out


def _state_list_before(ctx: Context, i: int) -> list[Ment]:
    """ "his French and German counterparts": the states that end right before the noun, read backwards."""
    out: list[Ment] = []
    k = i
    while k > 0:
        m = next((x for x in ctx.ments.ending(k) if x.kind == "state"), None)
        if m is None:
            break
        out.insert(0, m)
        k = m.ts
        if k > 0 and (ctx.toks[k - 1].text in (",", "،") or ctx.toks[k - 1].text in ctx.lex.w("and")):
            k -= 1
        else:
            break
    return out


def _holder(ctx: Context, state: str, offices: tuple[str, ...]) -> str | None:
    """The person holding one of `offices` of the state: one named in the document, else the knowledge
    base's single holder on the date."""
    named = {
        m.entity
        for m in ctx.ments
        if m.kind == "person"
        and any(r.office in offices and r.of == state for r in ctx.kb.roles_of(m.entity, ctx.on) if ctx.on)
    }
    named |= {t.person.entity for t in ctx.titles if t.person and t.office in offices and state in _of(t)}
    if len(named) == 1:
        return next(iter(named))
    if named or not ctx.on:
        return None
    held = {p for o in offices for p in ctx.kb.holders(o, state, ctx.on)}
    return next(iter(held)) if len(held) == 1 else None


def _of(t) -> set[str]:
    return {x.entity for x in t.of}


def find_body_references(ctx: Context) -> None:
    """ "the guarantors", «الرباعية», «الوسطاء» alone: the body named earlier with that word in or next to its
    name ("the Astana format guarantors", «اللجنة الرباعية الدولية», «الدول الضامنة لمسار أستانا»)."""
    nouns = ctx.lex.w("referring_body_nouns")
    if not nouns:
        return
    toks = ctx.toks
    for i in ctx.where(nouns, lasts=True):
        t = toks[i]
        key = t.forms[-1] if ctx.lang == "ar" else t.text
        definite = t.text.startswith(("ال", "وال", "بال", "لل")) if ctx.lang == "ar" else toks[i - 1].text == "the"
        if key not in nouns or ctx.covered[i] or not definite:
            continue
        body = next(
            (
                m
                for m in reversed(ctx.ments.ending_within(i - 300, i - 1))
                if m.kind in ("organization", "armed_group")
                and m.te < i - 1
                and any(key in (x.text, x.forms[-1]) for x in toks[max(0, m.ts - 2) : m.te + 1])
            ),
            None,
        )
        if body is not None:
            s_, e_ = ctx.orig(i, i + 1)
            ctx.add(Ment(s_, e_, i, i + 1, body.entity, body.kind, "coref", ctx.text[s_:e_]))
    ctx.ments.sort_by_start()


def find_state_descriptions(ctx: Context) -> None:
    """ "the kingdom", «المملكة», "the Islamic Republic", «السلطنة»: the nearest state named before whose own name
    says so (Saudi Arabia is the Kingdom of Saudi Arabia, Iran the Islamic Republic of Iran); "the bloc", "the
    alliance", «التكتل»: the organization named in the last sentences."""
    words = ctx.lex.any_of("state_descriptions", "body_descriptions")
    if not words:
        return
    toks = ctx.toks
    for i in ctx.where(words, lasts=True):
        key = toks[i].forms[-1] if ctx.lang == "ar" else toks[i].text
        if key not in words or ctx.covered[i] or not _definite_description(ctx, i):
            continue
        if (
            ctx.lang != "ar"
            and i + 1 < len(toks)
            and toks[i + 1].text == "of"
            and key in ctx.lex.w("body_descriptions")
            and ctx.texts[max(0, i - 2)] not in ctx.lex.w("accusation_words")
        ):
            continue  # "the body of a hostage", "the organization of the talks" (not "accused the bloc of …")
        described = _described(ctx, i, key)
        if described is None:
            continue
        names, start, end = _name_words(ctx, described.entity), i, i + 1
        while start > 0 and toks[start - 1].is_word and toks[start - 1].forms[-1] in names:
            start -= 1  # "the Islamic Republic"
        while end < len(toks) and toks[end].is_word and not ctx.covered[end] and toks[end].forms[-1] in names:
            if toks[end].text in ("of", "the", "and"):
                break  # ("accused the bloc of …": the Economic Community of West African States' "of" is not it)
            end += 1  # «الجمهورية الإسلامية»
        s_, e_ = ctx.orig(start, end)
        ctx.add(Ment(s_, e_, start, end, described.entity, described.kind, "coref", ctx.text[s_:e_]))
        if described.kind == "state":  # ("the Islamic Republic would carry on …": a state named as by its name,
            ctx.memo.setdefault("state-descriptions", set()).add(start)  # what a statement may be about)
    ctx.ments.sort_by_start()


def _described(ctx: Context, i: int, key: str) -> Ment | None:
    """The mention a description word at token i stands for: a state whose names hold the word, else (for a
    `body_descriptions` word) the organization named last."""
    before = ctx.ments.ending_within(i - 400, i - 1)
    words = _qualified(ctx, i, key)
    state = salient(ctx, [m for m in before if m.kind == "state" and words <= _name_words(ctx, m.entity)])
    if state is None and key not in ctx.lex.w("body_descriptions"):
        state = salient(ctx, [x for m in before if (x := _as_its_state(ctx, m)) and key in _name_words(ctx, x.entity)])
        if state is not None:
            ctx.register(state.entity)  # (it may have no mention of its own: «الخارجية السعودية» holds its adjective)
    if state is not None or key not in ctx.lex.w("body_descriptions"):
        return state
    kinds = _body_kinds(ctx, i, key)
    if ctx.lang != "ar":
        head = _apposed_body(ctx, i, kinds)
        if head is not None or any(_led_by_another(ctx, j) for j in ctx.where({key}) if j <= i):
            return head  # ("the US-led coalition … the envoy to the coalition": that coalition again)
    start = _clause_object_start(ctx, i)  # ("Niger's junta accused the bloc", «واتهمت الجماعة التحالف»: not the
    start = i + 1 if _reported_subject(ctx, i) else start  # ("NATO's chief said the alliance would …": NATO)
    accuser = {m.entity for m in ctx.ments.ending_within(start, i) if m.ts >= start}  # group, here or named before)
    before = [m for m in before if m.entity not in accuser]
    named = [m for m in before if key in _name_words(ctx, m.entity) and _body_fits(ctx, m, kinds, titled=True)]
    if named:  # "NATO … the IOM said … Finland joined the alliance": the North Atlantic Alliance, named so
        return named[-1]
    body = next((m for m in reversed(before) if m.te >= i - 120 and _body_fits(ctx, m, kinds)), None)
    if body is not None and ctx.lang != "ar" and i > 0 and ctx.texts[i - 1] in ctx.lex.w("world_body_words"):
        return _whole_un(ctx, body)
    return body


def _qualified(ctx: Context, i: int, key: str) -> frozenset[str]:
    """The description word with the capitalised words between the article and it ("the Islamic Republic": Iran,
    whose name holds both, not Iraq, the Republic of Iraq, named last); Arabic: the word alone."""
    k = i - 1
    while ctx.lang != "ar" and k > 0 and ctx.texts[k] != "the" and ctx.capitalized(k):
        k -= 1
    if k == i - 1 or ctx.texts[k] != "the":
        return frozenset((key,))
    return frozenset([key] + [t.forms[-1] for t in ctx.toks[k + 1 : i]])


def _reported_subject(ctx: Context, i: int) -> bool:
    """English: the description opens the clause a verb of saying reports ("said the alliance, which …", "said that
    the bloc …"): its own subject, which may be the speaker's body, not a verb's object."""
    k = i - 1 if i > 0 and ctx.texts[i - 1] == "the" else i
    k -= k > 0 and ctx.texts[k - 1] in ctx.lex.complementizers
    return ctx.lang != "ar" and k > 0 and speech_verb_at(ctx, k - 1)


def _as_its_state(ctx: Context, m: Ment) -> Ment | None:
    """A state's own body (its ministry, army, presidency: the knowledge base's `state`) read as that state, for
    «قالت الخارجية السعودية إن المملكة …»: the kingdom is the ministry's."""
    e = ctx.kb.get(m.entity) if m.kind == "organization" else None
    state = e.record.get("state") if e is not None else None
    return replace(m, entity=state, kind="state") if state else None


def _whole_un(ctx: Context, body: Ment) -> Ment | None:
    """ "the world body": the United Nations itself, when the body named last is the UN, or one of its organs
    ("the UN Security Council") and the article has named the UN before; none after another body."""
    e = ctx.kb.get(body.entity)
    if body.entity == "org:un":
        return body
    if (
        e is None
        or e.record.get("parent") != "org:un"
        or not any(m.te <= body.te for m in ctx.ments.of_entity("org:un"))
    ):
        return None
    return replace(body, entity="org:un")


def _clause_object_start(ctx: Context, i: int) -> int:
    """Where the sentence of a description at token i starts when the description is not its clause's subject
    ("X accused the bloc of …": another than X), else past i (any body named before may be meant)."""
    start = sentence_start(ctx, i)
    k = i - 1 if i > 0 and ctx.texts[i - 1] == "the" else i
    opens = k <= start or ctx.texts[k - 1] in (",", "and", "but", "،", "و")
    if ctx.lang == "ar":  # (the object after its verb's subject: «واتهمت الجماعة التحالف»)
        opens = k <= start or not ctx.ments.ending(k)
    return i + 1 if opens else start


def _apposed_body(ctx: Context, i: int, kinds: tuple[str, ...]) -> Ment | None:
    """ "The Forces for Freedom and Change, the civilian coalition that signed …": a description set between
    commas right after a body's name is that body's (English; the name the subject of its clause or not)."""
    k = _past_body_modifiers(ctx, i - 1)
    while k > 0 and ctx.texts[k] != "the" and i - k < 4 and ctx.toks[k].is_word and not ctx.covered[k]:
        k -= 1  # ("the civilian coalition": an adjective of its own)
    if k < 2 or ctx.texts[k] != "the" or ctx.texts[k - 1] != ",":
        return None
    return next((m for m in ctx.ments.ending(k - 1) if m.kind in kinds and not m.media), None)


def _led_by_another(ctx: Context, i: int) -> bool:
    """ "the US-led coalition", "the Russian-led alliance": a description led by a state is a body of its own
    that the text has not named (the knowledge base's names it by are found before), not the body named last,
    nor the armed group it fights (English; "the Kurdish-led alliance" after the SDF stays the SDF)."""
    if i < 3 or ctx.texts[i - 2] != "-" or ctx.texts[i - 1] not in ctx.lex.w("leading_participles"):
        return False
    return any(m.kind == "state" for m in ctx.ments.ending(i - 2))


def _body_kinds(ctx: Context, i: int, key: str) -> tuple[str, ...]:
    """ "the rebel alliance", "the militant coalition": an armed group; "the alliance", "the coalition": an
    organization or an armed group (`armed_body_descriptions`); "the bloc", "the regional body": an organization."""
    toks = ctx.toks
    if ctx.lang != "ar" and i > 0 and toks[i - 1].text.lower() in ctx.lex.w("group_modifiers"):
        return ("armed_group",)
    if key in ctx.lex.w("armed_body_descriptions"):
        return ("organization", "armed_group")
    return ("organization",)


def _body_fits(ctx: Context, m: Ment, kinds: tuple[str, ...], titled: bool = False) -> bool:
    """Of the kind, and no state's own body (an army, a ministry, state media, a junta or government that rules
    it: never "the bloc"); not inside a title ("NATO Secretary General X") unless `titled` (the body's own name
    holds the word)."""
    if m.kind not in kinds or m.media or (m.in_np and not titled and not _title_owner(ctx, m)):
        return False
    e = ctx.kb.get(m.entity)
    return e is None or not (e.record.get("state") or e.record.get("rules"))


def _title_owner(ctx: Context, m: Ment) -> bool:
    """ "ECOWAS leaders", "NATO Secretary General X", «الأمين العام للجامعة العربية»: the body a title names."""
    return any(x is m for t in ctx.titles for x in t.of)


def _definite_description(ctx: Context, i: int) -> bool:
    """«المملكة» with its article; "the kingdom", "the Islamic Republic" (one word of the name between). Not a
    place phrase («في محافظة العلا بالمملكة», "in the kingdom"): there the state is where, not who."""
    toks = ctx.toks
    if ctx.lang == "ar":
        return toks[i].text.startswith(("ال", "وال", "لل", "فال")) and toks[i - 1].text not in ("في", "داخل")
    k = _past_body_modifiers(ctx, i - 1)  # "the 55-member bloc"
    if toks[k].text != "the":
        k = i - 1 if i > 0 and toks[i - 1].text == "the" else i - 2
    if k < 0 or toks[k].text != "the":
        return False
    body = toks[i].text in ctx.lex.w("body_descriptions")  # no place: "accession to the alliance", "in the bloc"
    return body or k == 0 or toks[k - 1].text not in ("in", "inside", "across", "to")


def _name_words(ctx: Context, entity: str) -> frozenset[str]:
    """The words of a state's names and aliases as the tokenizer gives their last forms («المملكة» → «مملكه»), once
    per knowledge base and entity (kept per document, they were normalized again in every article)."""
    memo = kb_memo(ctx.kb, "state-name-words")
    if entity not in memo:
        e = ctx.kb.get(entity)
        if e is None:
            return frozenset()  # (a name the document discovered has none in the base)
        memo[entity] = frozenset(t.forms[-1] for n in e.all_names for t in tokenize(normalize(n).text) if t.is_word)
    return memo[entity]


_ENDS = (".", "!", "?", "؟")
_END_MARKS = frozenset(_ENDS)


def sentence_start(ctx: Context, i: int) -> int:
    """The first token of the sentence holding token i (by the sentence-final marks before it): the mark before
    it found by bisection in the document's marks (their positions found once per document; a scan back word by
    word went through the whole sentence at each call)."""
    if i <= 0:
        return i
    ends = ctx.memo.get("sentence-ends")
    if not isinstance(ends, list):
        ends = ctx.memo["sentence-ends"] = ctx.where(_END_MARKS)
    k = bisect.bisect_left(ends, i)
    return ends[k - 1] + 1 if k else 0


def quotation(ctx: Context, i: int) -> tuple[int, int] | None:
    """The quotation token i stands in: the marks that open and close it (normalization writes every quotation
    mark as '"'), paired in order within i's paragraph and `quote_reach` tokens of it; none outside one."""
    reach = int(ctx.lex.cx("quotation", "reach", 150))
    marks = ctx.memo.get("quote-marks")
    if not isinstance(marks, list):
        marks = ctx.memo["quote-marks"] = sorted(ctx.where(frozenset({'"'})))
    lo, hi = bisect.bisect_left(marks, i - reach), bisect.bisect_right(marks, i + reach)
    at = ctx.orig(i, i + 1)[0]
    near = []  # the marks of i's paragraph (no line break between the mark and i)
    for k in marks[lo:hi]:
        s = ctx.orig(k, k + 1)[0]
        if "\n" not in ctx.text[min(s, at) : max(s, at)]:
            near.append(k)
    before = [k for k in near if k < i]
    after = [k for k in near if k > i]
    if len(before) % 2 == 0 or not after:
        return None
    return before[-1], after[0]


def quotation_speakers(ctx: Context, span: tuple[int, int]) -> list[Ment]:
    """The people who speak a quotation: named within a few words after its closing mark next to a verb of saying
    ('"…," Bou Habib said', '"…," said the minister'), else before its opening mark, a verb of saying or a colon
    between («وتابع البرهان: "…"», 'X said: "…"')."""
    a, b = span
    w = int(ctx.lex.cx("quotation", "speaker_window", 6))
    said = any(speech_verb_at(ctx, k) for k in range(b + 1, min(len(ctx.toks), b + w + 2)))
    after = [m for m in ctx.ments.ending_within(b, b + w) if m.kind == "person" and m.ts > b]
    if said and after:
        return after
    opens = a > 0 and (ctx.texts[a - 1] == ":" or speech_verb_at(ctx, a - 1))
    before = [m for m in ctx.ments.ending_within(a - w - 1, a) if m.kind == "person"]
    return before if opens and any(speech_verb_at(ctx, k) for k in range(max(0, a - w - 2), a)) else []


def speaks_quotation(ctx: Context, i: int, m: Ment) -> bool:
    """The person m speaks the quotation token i stands in: a third person in it ("He agreed", «يقاتل») is someone
    else (a speaker says "I" or "we" of himself)."""
    span = quotation(ctx, i)
    return span is not None and any(p.entity == m.entity for p in quotation_speakers(ctx, span))


def _spoken_after(ctx: Context, ts: int) -> tuple[int, int] | None:
    """The quotation a role noun at ts speaks, closing right before it ('"…," the president said', «"…"، قال
    الرئيس»)."""
    k, skip = ts - 1, ctx.lex.w("title_modifiers")
    while k > 0 and (ctx.texts[k] in ("the", ",", "،") or ctx.texts[k] in skip or speech_verb_at(ctx, k)):
        k -= 1  # («"…"، قال الرئيس»: the verb between)
    return quotation(ctx, k - 1) if k > 0 and ctx.texts[k] == '"' else None


def antecedent(ctx: Context, ts: int, fit: list[Ment], window: int = 150) -> Ment | None:
    """The mention a role noun at token ts stands for, among the candidates that fit it (in reading order): the
    nearest one named in a sentence before (in its own sentence the role noun is someone else: "Safadi met the
    minister"), within `window` tokens; none when a second one of the same sentence fits too ("Safadi met
    Abdelatty. The minister said …": either may be meant). Not one named inside the quotation the role noun
    speaks ('"… with President Erdogan. Not with us," the president said': someone else than Erdogan)."""
    start = sentence_start(ctx, ts)
    fit = [p for p in fit if p.te < start and ts - p.te <= window]
    if fit and (span := _spoken_after(ctx, ts)) is not None:
        fit = [p for p in fit if not span[0] < p.ts < span[1]]
    if not fit:
        return None
    near = fit[-1]
    s0 = sentence_start(ctx, near.ts)
    return None if any(p.entity != near.entity and p.ts >= s0 for p in fit) else near


def salient(ctx: Context, fit: list[Ment]) -> Ment | None:
    """Among the mentions that fit a description (in reading order), the nearest; when another one of its
    sentence fits too ("… Jordan, Morocco and Sudan … the kingdom"), the one the article has named most so far
    ("Saudi Arabia … the kingdom"), none when that is a tie."""
    if not fit:
        return None
    near = fit[-1]
    s0 = sentence_start(ctx, near.ts)
    if all(m.entity == near.entity for m in fit if m.ts >= s0):
        return near
    counts = Counter(m.entity for m in fit)
    (top, n), *rest = counts.most_common(2) + [("", 0)]
    return next(m for m in reversed(fit) if m.entity == top) if n > rest[0][1] else None


_DIPLOMATS = {"foreign_minister", "deputy_foreign_minister", "envoy", "ambassador", "un_ambassador",
              "high_representative", "secretary_general", "defence_minister"}  # fmt: skip
_MILITARY = {"commander", "chief_of_staff", "defence_minister"}
_OFFICIALS = _DIPLOMATS | {"minister", "prime_minister", "deputy_prime_minister"}


def find_role_nouns(ctx: Context) -> None:
    """ "the diplomat", "the Turkish diplomat", "the UN official", «المسؤول الأممي», «المشير»: a definite noun for a
    person that is no title of the lexicon is the nearest person named before whose office fits the noun and
    whose state or body (role, title or nationality) is the one its adjective names; none when two fit."""
    people = [m for m in ctx.ments if m.kind == "person"]
    if not people:
        return
    families = ((ctx.lex.w("diplomat_nouns"), _DIPLOMATS), (ctx.lex.w("military_nouns"), _MILITARY))
    for nouns, offices in (*families, (ctx.lex.w("official_nouns"), None)):  # (None: any, when the owner is named)
        for i in ctx.where(nouns, lasts=True) if nouns else ():
            if ctx.covered[i] or ctx.lasts[i] not in nouns and ctx.texts[i] not in nouns:
                continue
            if any(t.ts <= i < t.te - 1 for t in ctx.titles):
                continue  # "the secretary general of the Arab League X": a longer title, its holder named with it
            owner = _noun_owner(ctx, i)
            if (owner is None and offices is None) or not _definite_noun(ctx, i, owner):
                continue
            fit = [p for p in people if p.te <= i and _fits(ctx, p, offices, owner)]
            p = antecedent(ctx, i, fit)
            if p is None:
                continue
            if owner is not None:
                owner.in_np = True  # "Turkish" in "the Turkish diplomat" describes the person
            ts, te = (i, owner.te) if owner is not None and owner.ts > i else (i, i + 1)
            s, e = ctx.orig(ts, te)
            ctx.add(Ment(s, e, ts, te, p.entity, "person", "coref", ctx.text[s:e], office=p.office))
    ctx.ments.sort_by_start()


def find_guests(ctx: Context) -> None:
    """«قال بوتين في مؤتمر صحفي مشترك مع ضيفه», "told reporters with his guest", «استقبل X الضيف الإيراني», "the
    Iranian visitor": the guest is the last person named before the sentence who is not named in it before the
    noun (the host is), of the state an adjective next to the noun names; of two in that sentence, the one who
    opens it ("Sarkozy, …, flew to Tbilisi from Moscow, where he and Medvedev had agreed … . Speaking with his
    guest, Saakashvili …": Sarkozy)."""
    nouns, bare = ctx.lex.w("guest_nouns"), ctx.lex.w("definite_guest_nouns")
    if not nouns and not bare:
        return
    people = [m for m in ctx.ments if m.kind == "person"]
    for i in ctx.where(nouns | bare, forms=ctx.lang == "ar"):
        words = ctx.toks[i].forms if ctx.lang == "ar" else (ctx.texts[i],)
        if ctx.covered[i] or (nouns | bare).isdisjoint(words):
            continue
        if i + 1 < len(ctx.toks) and ctx.texts[i + 1] in ctx.lex.w("guest_compounds"):
            continue  # "their host country", "his host government": a place or a body, no person
        owner, his = None, ctx.lang == "ar" or (i > 0 and ctx.texts[i - 1] in ("his", "her", "their"))
        if nouns.isdisjoint(words) or not his:
            owner = _noun_owner(ctx, i)
            if bare.isdisjoint(words) or not _definite_noun(ctx, i, owner) or (owner and owner.kind != "state"):
                continue  # (not "his guest": "the guest", "the Iranian guest", «الضيف الإيراني»)
        start = sentence_start(ctx, i)
        hosts = {p.entity for p in people if start <= p.ts < i}
        fit = [p for p in people if p.te <= start and p.entity not in hosts]
        fit = [p for p in fit if owner is None or _fits(ctx, p, None, owner)]
        guest = antecedent(ctx, i, fit) or _opener_of_last(ctx, i, fit)
        if guest is None:
            continue
        if owner is not None:
            owner.in_np = True  # "Iranian" in "the Iranian guest" describes the guest
        ts, te = (i, owner.te) if owner is not None and owner.ts > i else ((owner.ts if owner else i), i + 1)
        s, e = ctx.orig(ts, te)
        ctx.add(Ment(s, e, ts, te, guest.entity, "person", "coref", ctx.text[s:e], office=guest.office))
    ctx.ments.sort_by_start()


def _opener_of_last(ctx: Context, i: int, fit: list[Ment]) -> Ment | None:
    """Of the candidates the sentence before the noun's names (two or more), the one that opens it: its subject."""
    start = sentence_start(ctx, i)
    last = [p for p in fit if p.te < start and start - p.te <= 150]
    if not last:
        return None
    s0 = sentence_start(ctx, last[-1].ts)
    return next((p for p in last if p.ts >= s0 and p.np_start - s0 <= 1), None)


_OWNERS = ("state", "organization", "armed_group")


def _noun_owner(ctx: Context, i: int) -> Ment | None:
    """The state or body an adjective next to the noun names: before it in English, after it in Arabic (with the
    article, as an adjective agrees with its definite noun: «المسؤول الأممي»; «الجنرال قوات الدعم السريع» is the
    general and then his verb's object)."""
    if ctx.lang == "ar":
        if i + 1 >= len(ctx.toks) or not ctx.texts[i + 1].startswith("ال"):
            return None
        return next((m for m in ctx.ments.starting(i + 1) if m.kind in _OWNERS), None)
    return next((m for m in ctx.ments.ending(i) if m.kind in _OWNERS), None)


def _definite_noun(ctx: Context, i: int, owner: Ment | None) -> bool:
    if ctx.lang == "ar":  # («مؤتمر صحفي للمسؤول القطري»: with a preposition's clitic too)
        return ctx.texts[i].endswith("ال" + ctx.lasts[i])
    k = (owner.ts if owner is not None else i) - 1
    while k > 0 and ctx.texts[k] in ctx.lex.w("title_modifiers"):
        k -= 1  # "the top Russian diplomat"
    return k >= 0 and ctx.texts[k] == "the"


def _fits(ctx: Context, p: Ment, offices: set[str] | None, owner: Ment | None) -> bool:
    roles = ctx.kb.roles_of(p.entity, ctx.on)
    if offices is not None and p.office not in offices and not any(r.office in offices for r in roles):
        return False
    if owner is None:
        return True
    e = ctx.kb.get(p.entity)
    nationality = e.record.get("nationality") if e is not None else None
    return owner.entity == nationality or any(r.of == owner.entity for r in roles)


def find_numbered_collectives(ctx: Context) -> None:
    """ "the three countries", «الدول الثلاث», "the four sides", «الحركات الثلاث»: the last list of that many
    actors of the kind the noun says, named in the sentences before (each member a mention of the phrase)."""
    counts = {3: ctx.lex.w("collective_three"), 4: ctx.lex.w("collective_four"), 5: ctx.lex.w("collective_five")}
    numbers = {w: n for n, ws in counts.items() for w in ws}
    if not numbers:
        return
    kinds_of = (
        (ctx.lex.w("collective_state_nouns"), {"state"}),
        (ctx.lex.w("collective_group_nouns"), {"armed_group", "organization"}),
        (ctx.lex.w("collective_person_nouns"), {"person"}),
        (ctx.lex.w("collective_side_nouns"), ACTOR_KINDS),
    )
    for i in ctx.where(set(numbers), lasts=True):
        # English "the three countries": number, then noun; Arabic «الدول الثلاث»: noun, then number
        k = i + 1 if ctx.lang != "ar" else i - 1
        if not 0 <= k < len(ctx.toks) or ctx.covered[k] or not _numbered_definite(ctx, i, k):
            continue
        noun = ctx.lasts[k] if ctx.lang == "ar" else ctx.texts[k]
        kinds = next((ks for words, ks in kinds_of if noun in words), None)
        n = numbers.get(ctx.lasts[i], numbers.get(ctx.texts[i]))
        if n is None:
            continue
        if kinds is None:
            members, k = _bare_numbered(ctx, i, n), i  # "The four emerged after 16 hours, all agreeing …"
        else:
            members = _last_list(ctx, min(i, k), kinds, n, window=_NUMBERED_WINDOW)
        if members is None:
            continue
        ts, te = min(i, k), max(i, k) + 1
        s, e = ctx.orig(ts, te)
        for m in members:
            ctx.ments.append(Ment(s, e, ts, te, m.entity, m.kind, "coref", ctx.text[s:e]))
        ctx.covered[ts:te] = b"\x01" * (te - ts)
    ctx.ments.sort_by_start()


def _bare_numbered(ctx: Context, i: int, n: int) -> list[Ment] | None:
    """English "The four" opening its sentence with no noun after it ("The four emerged after 16 hours, all
    agreeing to a ceasefire"): the last list of exactly that many people named before, else of states."""
    if ctx.lang == "ar" or i < 1 or sentence_start(ctx, i) != i - 1 or i + 1 >= len(ctx.toks):
        return None
    if not ctx.toks[i + 1].is_word or ctx.capitalized(i + 1):
        return None  # "The Four Seasons"
    for kinds in ({"person"}, {"state"}):
        members = _last_list(ctx, i, kinds, n, window=_NUMBERED_WINDOW)
        if members is not None:
            return members
    return None


# "the three sides" may look back past a paragraph to the list of exactly three that opened the article
_NUMBERED_WINDOW = 200


def _numbered_definite(ctx: Context, i: int, k: int) -> bool:
    if ctx.lang == "ar":
        return ctx.texts[i].startswith("ال") and ctx.texts[k].startswith(("ال", "وال"))
    return i > 0 and ctx.texts[i - 1] in ("the", "all")


def _last_list(
    ctx: Context, before: int, kinds: set[str], n: int | None, window: int = 120, opening: bool = False
) -> list[Ment] | None:
    """The nearest list of exactly n (None: two or more) distinct actors of the kinds ("Egypt, Jordan and Saudi
    Arabia", «مصر والأردن والسعودية») ending before token `before`, in the sentences before it; `opening`: only a
    list that opens its sentence (after at most a verb: «تتوسط مصر وقطر …»)."""
    start = sentence_start(ctx, before)
    prev = [m for m in ctx.ments.ending_within(before - window, start) if m.kind in kinds and not m.possessive]
    chain: list[Ment] = []
    best = None
    for m in [*prev, None]:
        if m is not None and chain and m.ts < chain[-1].te:
            continue  # (a mention inside the last one)
        if m is not None and chain and _coordinated(ctx, chain[-1], m) and m.entity not in {c.entity for c in chain}:
            chain.append(m)
            continue
        if (len(chain) == n or (n is None and len(chain) >= 2)) and (
            not opening or chain[0].np_start - sentence_start(ctx, chain[0].ts) <= 1
        ):
            best = chain
        chain = [m] if m is not None else []
    return best


def _coordinated(ctx: Context, a: Ment, b: Ment, commas: bool = True) -> bool:
    """b follows a in a list: only a comma (unless `commas` is off), "and" or Arabic «و» (alone or glued to b)
    between them."""
    words = ctx.texts[a.te : b.np_start]
    if len(words) > 2 and len(words) - words.count("the") - words.count('"') > 2:
        return False  # (more than two words between: none of the shapes below; counted in C, most pairs are apart)
    between = [t for t in words if t not in ("the", '"')]
    glued = ctx.lang == "ar" and not between and _waw_glued(ctx, b)
    if ctx.lang == "ar" and len(between) == 1 and between[0][:1] == "و" and _org_head(ctx, between[0][1:]):
        return True  # «الحزب الديمقراطي الكردستاني وحزب «كومله»»: the second name's own head noun with the «و»
    return glued or between in (["and"], ["و"]) or commas and between in (["،"], [","], [",", "and"])


def _region_words(ctx: Context) -> dict[str, str]:
    """Lexicon word → the knowledge base's region of states (`regions` in states.yaml)."""
    names = ("gulf", "horn", "africa", "arab", "sahel", "caucasus", "central_asia", "jewish")
    lists = (
        ctx.lex.w("region_gulf"), ctx.lex.w("region_horn"), ctx.lex.w("region_africa"), ctx.lex.w("region_arab"),
        ctx.lex.w("region_sahel"), ctx.lex.w("region_caucasus"), ctx.lex.w("region_central_asia"),
        ctx.lex.w("region_jewish"),
    )  # fmt: skip
    return {w: name for name, ws in zip(names, lists, strict=True) for w in ws}


def find_region_descriptions(ctx: Context) -> None:
    """ "the Gulf state", "the Horn of Africa nation", "the Jewish state", «الدولة الخليجية», «البلد الأفريقي»,
    «الدولة العبرية»: a state described by where it is (the knowledge base's `regions`) is the
    nearest state named in a sentence before that is there; none when two of one sentence are."""
    heads = ctx.lex.w("state_nouns")
    states = [m for m in ctx.ments if m.kind == "state"]
    if not heads or not states:
        return
    regions = _region_words(ctx)
    for i in ctx.where(heads, lasts=True):
        if ctx.covered[i] or (ctx.lasts[i] if ctx.lang == "ar" else ctx.texts[i]) not in heads:
            continue
        span = _region_span(ctx, i, regions)
        if span is None:
            continue
        ts, te, region = span
        fit = [m for m in states if m.te <= ts and (region is None or region in _regions(ctx, m.entity))]
        if ctx.texts[i] in ctx.lex.w("state_descriptions") or ctx.lasts[i] in ctx.lex.w("state_descriptions"):
            fit = [m for m in fit if ctx.lasts[i] in _name_words(ctx, m.entity)]  # "the Gulf kingdom"
        m = salient(ctx, [m for m in fit if m.te < sentence_start(ctx, ts) and ts - m.te <= 150])
        if m is not None:
            s, e = ctx.orig(ts, te)
            ctx.add(Ment(s, e, ts, te, m.entity, "state", "coref", ctx.text[s:e]))
    ctx.ments.sort_by_start()


def _region_span(ctx: Context, i: int, regions: dict[str, str]) -> tuple[int, int, str | None] | None:
    """The description's tokens and region: English "the [words] HEAD" (a region word among up to four words),
    not "the country's"; Arabic «الHEAD الREGION» (a region adjective required)."""
    toks, texts = ctx.toks, ctx.texts
    if ctx.lang == "ar":
        k = i + 1
        if not (texts[i].startswith(("ال", "وال")) and k < len(toks) and texts[k].startswith("ال")):
            return None
        region = regions.get(ctx.lasts[k])
        return (i, k + 1, region) if region is not None and not ctx.covered[k] else None
    if i + 1 < len(toks) and texts[i + 1] in ("'s", "'"):
        return None  # "the country's war": whose, not who
    k, region = i - 1, None
    while k >= max(0, i - 5) and texts[k] != "the":
        place = any(m.kind == "place" and m.ts <= k for m in ctx.ments.ending_within(k, k + 6))
        if texts[k] in _ENDS or (ctx.covered[k] and not place):  # ("the Horn of Africa nation": a place in it)
            return None
        region = region or regions.get(texts[k])
        k -= 1
    if k < 0 or texts[k] != "the" or (k > 0 and texts[k - 1] in ("in", "inside", "across", "to", "of", "from")):
        return None  # "in the country": where, not who
    if region is None:
        return None  # "the country", "the war-torn country": nothing of where (often the article's own state,
    return k + 1, i + 1, region  # which a state named since may not be: "Sudan's army … Egypt sent aid … The country")


def _regions(ctx: Context, entity: str) -> list[str]:
    e = ctx.kb.get(entity)
    return (e.record.get("regions") or []) if e is not None else []


def find_plural_collectives(ctx: Context) -> None:
    """ "the diplomats", "the ministers", «الدبلوماسيون»: the nearest list of two or more people named in the
    sentences before; "the mediators", "the guarantors", «الوسطاء» (when no body is named with that word): the
    list of actors that opened a sentence before ("Egypt, Qatar and the United States have mediated between
    Israel and Hamas …": the mediators, not the sides)."""
    people, agents = ctx.lex.w("plural_person_nouns"), ctx.lex.w("plural_agent_nouns")
    for i in ctx.where(people | agents, lasts=True) if people or agents else ():
        word = ctx.lasts[i] if ctx.lang == "ar" else ctx.texts[i]
        if ctx.covered[i] or word not in people | agents or not _plural_definite(ctx, i):
            continue
        if word in people:  # ("A met B. The ministers …": the two people the sentence before named)
            members = _last_list(ctx, i, {"person"}, None) or _clause_pair(ctx, i, {"person"})
            if members and not all(_fits(ctx, m, _OFFICIALS, None) for m in members):
                continue  # (each of them a minister or a diplomat, by a title here or the knowledge base)
        else:
            members = _last_list(ctx, i, ACTOR_KINDS, None, opening=True)
        if members is None:
            continue
        s, e = ctx.orig(i, i + 1)
        for m in members:
            ctx.ments.append(Ment(s, e, i, i + 1, m.entity, m.kind, "coref", ctx.text[s:e]))
        ctx.covered[i] = 1
    ctx.ments.sort_by_start()
    find_demonstrative_groups(ctx)


def find_demonstrative_groups(ctx: Context) -> None:
    """«هذه الجماعات», «تلك الفصائل», "these groups", "those militias": the last list of two or more armed groups or
    bodies named in the sentences before (the demonstrative points back; «الجماعات» alone may be any)."""
    pointers, nouns = ctx.lex.w("plural_demonstratives"), ctx.lex.w("collective_group_nouns")
    for i in ctx.where(pointers) if pointers and nouns else ():
        k = i + 1
        if k >= len(ctx.toks) or ctx.covered[k] or (ctx.lasts[k] if ctx.lang == "ar" else ctx.texts[k]) not in nouns:
            continue
        if ctx.lang == "ar" and not ctx.texts[k].startswith("ال"):
            continue  # («هذه جماعات …»: "these are groups …", a predicate)
        members = _last_list(ctx, i, {"armed_group", "organization"}, None, window=_NUMBERED_WINDOW)
        if members is None:
            continue
        s, e = ctx.orig(i, k + 1)
        for m in members:
            ctx.ments.append(Ment(s, e, i, k + 1, m.entity, m.kind, "coref", ctx.text[s:e]))
        ctx.covered[i : k + 1] = b"\x01" * (k + 1 - i)
    ctx.ments.sort_by_start()


def _plural_definite(ctx: Context, i: int) -> bool:
    if ctx.lang == "ar":
        return ctx.texts[i].startswith(("ال", "وال"))
    nxt = ctx.texts[i + 1] if i + 1 < len(ctx.texts) else ""
    return i > 0 and ctx.texts[i - 1] == "the" and nxt not in ("of", "from", "in")  # not "the ministers of X"


def find_the_latter(ctx: Context) -> None:
    """ "the latter said", «وأكد الأخير», «وقالت الأخيرة»: the actor named last before it (in its sentence or the
    one before); Arabic masculine «الأخير» a person, feminine «الأخيرة» a state or body. Not the adjective
    («الأسبوع الأخير», «في الآونة الأخيرة»: right after a definite noun)."""
    words = ctx.lex.w("latter_words")
    for i in ctx.where(words, lasts=True) if words else ():
        word = ctx.lasts[i] if ctx.lang == "ar" else ctx.texts[i]
        if ctx.covered[i] or word not in words or i == 0:
            continue
        prev = ctx.texts[i - 1]
        if ctx.lang == "ar":
            if not ctx.texts[i].endswith("ال" + word) or "ال" in prev or not ctx.toks[i - 1].is_word:
                continue  # (after a definite noun or a number it is an adjective)
            if len(prev) > 4 and prev.endswith(tuple(ctx.lex.w("possessive_suffixes"))):
                continue  # «زيارته الأخيرة»: "his last visit", a noun made definite by its pronoun
            kinds = {"person"} if word in ctx.lex.w("latter_person") else {"state", "organization", "armed_group"}
        else:
            if prev != "the":
                continue
            kinds = ACTOR_KINDS
        start = sentence_start(ctx, sentence_start(ctx, i) - 1)  # (this sentence and the one before)
        near = [m for m in ctx.ments.ending_within(start - 1, i - 1) if m.kind in kinds and not m.in_np]
        if not near or near[-1].te > i:
            continue
        m = near[-1]
        s, e = ctx.orig(i, i + 1)
        ctx.add(Ment(s, e, i, i + 1, m.entity, m.kind, "coref", ctx.text[s:e], office=m.office))
    ctx.ments.sort_by_start()
