"""Agreements named by a common noun («الهدنة», "the deal"): the named agreement they refer to, or a
discovered one."""

from __future__ import annotations

import bisect
from calendar import monthrange
from collections import Counter
from datetime import date
from functools import cache, lru_cache
from operator import itemgetter

import yaml

from explorer.extract.context import Context, Ment, kb_memo, stable_id
from explorer.extract.lexicon import LEXICON_DIR, first_words
from explorer.extract.syntax import listed_before, past_place
from explorer.ingest.dates import _AR_MONTHS as _AR_MONTHS_ALL
from explorer.kb import norm_alias, parse_kb_date
from explorer.text.normalize import normalize
from explorer.text.tokens import Token, strip_article


def find_generic_agreements(ctx: Context) -> None:
    """«الهدنة», "the ceasefire", "the deal": the named agreement of the document if there is one,
    else one discovered agreement per document and family."""
    relink_by_year(ctx)
    relink_by_place(ctx)
    named = sorted((m for m in ctx.ments if m.kind == "agreement"), key=lambda m: m.ts)
    fams: dict[int, str | None] = {}
    older: set[str] = set()  # agreements named by an older year ("the 1991 ceasefire")
    states = [m.entity for m in ctx.ments if m.kind == "state"]
    top_state = Counter(states).most_common(1)[0][0] if states else None
    drafts = (ctx.lex.w("draft_words"), ctx.lex.w("agreement_modifiers"))
    apart = ctx.lex.w("announced_markers")
    nouns = _merge_adjacent(ctx.lex.agreement_nouns.find_all(ctx.toks, ctx.by_text), ctx.toks, ctx.free, drafts, apart)
    for ts, te in nouns:
        if not ctx.free(ts, te) or not _plural_signed(ctx, ts, te) or _not_an_accord(ctx, te):
            continue
        if _heads_named(ctx, te, None) or _purpose_of_proposal(ctx, named, ts):
            continue  # «اتفاق الرياض» is matched whole by the gazetteer, "the Stockholm agreement" likewise;
            # «المقترح المصري القطري لوقف إطلاق النار»: what the proposal is for, not another agreement
        lead = _extend_left(ctx, ts)  # ("no final agreement": past the noun's modifiers)
        if lead > 0 and not ctx.lex.w("hypothetical_determiners").isdisjoint(ctx.toks[lead - 1].forms):
            continue  # «أي اتفاق نهائي», "any deal", "no agreement": no agreement in particular
        if _hypothetical(ctx, ts, te) or _verb_use(ctx, ts, te):
            continue  # "a future agreement", «اتفاق مستقبلي»: none reached; "would not deal with": a verb
        if _reference_frame(ctx, ts, te):
            continue  # "within the framework of the Sochi agreement": a phrase invoking the agreement after it
        words = " ".join(t.text for t in ctx.toks[ts:te])
        family = _family(words)
        if family is None or family == "text" and _text_of(ctx, te):
            continue  # ("the text of a peace treaty": the treaty is the agreement, named right after)
        if _anaphoric(ctx, ts, te):
            _add_anaphor(ctx, named, family, (ts, te), fams)  # "the vote", «النص»: only what was named before
            continue
        adopted = not ctx.lex.w("adopted_resolution_nouns").isdisjoint(ctx.toks[ts].forms)
        if adopted and _add_adopted(ctx, named, (ts, te), fams):
            continue  # «تبنى المجلس قراراً …»: the resolution named next (or none: a decree, another's decision)
        apposed = _apposed_named(ctx, named, ts)
        if apposed is not None:
            _link(ctx, named, (ts, te), apposed.entity)  # "the Jeddah Declaration, a key agreement aimed at …"
            continue
        near = _referent(ctx, named, (older, fams), family, (ts, te))
        if near is not None and family in ("plan", "proposal") and _owned_elsewhere(ctx, ts, te, near):
            near = None  # "the Egyptian initiative", «مبادرة الجامعة العربية» after the Jeddah truce: another one
        if _no_accord_here(ctx, family, ts, te, near, words):
            continue  # "the text" with nothing named before it, «بعد ساعات من الإعلان» ("the announcement")
        eid, year = _node_for(ctx, family, (ts, te), near, (older, fams), top_state)
        if eid is None:
            continue  # a bare "the agreement" in an undated article with no place: nothing to resolve it to
        eid, ts, te = _mention_of(ctx, family, eid, (ts, te), top_state)
        ctx.register(eid)
        s, e = ctx.orig(ts, te)
        new = ctx.add(Ment(s, e, ts, te, eid, "agreement", "generic", ctx.text[s:e]))
        bisect.insort_right(named, new, key=lambda m: m.ts)
        if year is not None:
            older.add(eid)
    relink_to_discovered(ctx)
    relink_by_sides(ctx)
    ctx.ments.sort_by_start()


def _referent(
    ctx: Context, named: list[Ment], seen: tuple[set[str], dict], family: str, span: tuple[int, int]
) -> Ment | None:
    """The agreement mention a noun refers to: one named alike, else its antecedent; not one named after it and
    signed after the article when the noun is signed that day ("signed a power-sharing deal on Wednesday … the
    constitutional document will be signed within days")."""
    (ts, te), (older, fams) = span, seen
    alike = _named_alike(ctx, named, ts, te) if family in ("agreement", "text") else None
    near = alike or _antecedent(ctx, named, older, family, ts, fams)
    return None if near is not None and _signed_before_named(ctx, near, ts, te) else near


def _signed_before_named(ctx: Context, near: Ment, ts: int, te: int) -> bool:
    """A noun that is signed or agreed, before the knowledge-base agreement named after it in the article is signed
    (its date after the article's): not that agreement, a step before it."""
    e = ctx.kb.get(near.entity) if near.ts > ts and ctx.on is not None else None
    signed = _kb_date(e) if e is not None else None
    if signed is None or ctx.on is None or signed <= ctx.on:
        return False
    return _signed(ctx, ts, te) or _agreed_to(ctx, ts)


def _node_for(
    ctx: Context, family: str, span: tuple[int, int], near: Ment | None, seen: tuple[set[str], dict], top: str | None
) -> tuple[str | None, int | None]:
    """The agreement a noun names (and the older year or month that dates it, 0 for an older one undated), given
    the one named before it (`near`), the agreements named by an older date and the families of the mentions
    (`seen`)."""
    (ts, te), (older, fams) = span, seen
    # «إعلان قبولها» is "announcing its acceptance": in Arabic only these nouns introduce an agreement bare
    indefinite = _indefinite(ctx, ts, te) and (ctx.lang != "ar" or family in ("agreement", "ceasefire", "memorandum"))
    bare = indefinite or family in ("plan", "proposal") and _indefinite(ctx, ts, te)  # («قدمت كينيا خطة»)
    if near is not None and _placed_apart(ctx, near, span):  # "the Luanda ceasefire" after the Washington deal
        eid = _found_at(ctx, family, ts, te) or _known_at_place(ctx, family, ts, te)
        eid = eid or _last_at_place(ctx, family, ts, te)
        return eid or _discovered(ctx, family, ts, te, top), None
    if near is not None and bare and _not_the_last(ctx, near, older, family, span, fams):
        near = None
    eid, year = _resolve_noun(ctx, family, span, near, indefinite, top)
    if year is None and _time_after(ctx, ts, te):  # "months after an Angolan-brokered ceasefire": an earlier
        return _discovered(ctx, family, ts, te, top), 0  # one, neither the one named before nor the week's
    if eid is not None and family == "declaration" and _issued_elsewhere(ctx, eid, ts, te):
        eid = _discovered(ctx, family, ts, te, top)  # «مخرجات قمة برلين» beside «إعلان القاهرة»
    return eid, year


def _placed_apart(ctx: Context, near: Ment, span: tuple[int, int]) -> bool:
    """ "the Luanda ceasefire" after the peace deal signed in Washington: a noun its place names is not the known
    agreement named before it when that one was signed at another place and the noun's place is in no state the
    agreement binds or is about ("the Gaza truce" is still the truce signed in Doha on Gaza)."""
    place = naming_place(ctx, *span, after=False)
    e = ctx.kb.get(near.entity)
    if place is not None and e is None:
        return _discovered_apart(ctx, near.entity, place.entity, span[0])
    if place is None or e is None or e.record.get("place") in (None, place.entity):
        return False
    at = ctx.kb.get(place.entity)
    state = at.record.get("state") if at is not None else None
    signed = ctx.kb.get(e.record["place"])
    return state is not None and state not in _parties_of(e) and (signed is None or signed.record.get("state") != state)


def _discovered_apart(ctx: Context, eid: str, place: str, ts: int) -> bool:
    """ "the Addis Ababa ceasefire", «اتفاق أديس أبابا» after a truce the article reported signed in Jeddah: a noun
    named by a place where agreements are signed (a capital, or a venue of the knowledge base's agreements) is not
    an agreement discovered before it whose sentences name other places, never this one, and nothing of the place's
    state ("the Darfur truce", "the Gaza truce" may still be the truce signed in Jeddah, in Doha)."""
    at = ctx.kb.get(place)
    state = at.record.get("state") if at is not None else None
    if not place.startswith("place:capital-") and place not in _by_place(ctx.kb):
        return False  # (a place agreements are signed at, not "the Gaza truce", "the Idlib ceasefire")
    named = _told_with(ctx, eid, ts)
    if state is None or place in named or not any(x[:6] == "place:" for x in named):
        return False
    return state not in _with_their_states(ctx, named)


def _owned_elsewhere(ctx: Context, ts: int, te: int, near: Ment) -> bool:
    """A plan, initiative or proposal with an owner of its own ("the Egyptian initiative", "Kenya's plan", "the IGAD
    roadmap", «المبادرة المصرية», «مبادرة الجامعة العربية») is not the agreement named before it when that owner is
    none of its parties or brokers (the knowledge base's, or the actors of the sentences that named it)."""
    owner = _owner(ctx, ts, te)
    if owner is None:
        return False
    e = ctx.kb.get(near.entity)
    if e is not None:
        return owner.entity not in _with_their_states(ctx, _parties_of(e) | set(e.record.get("mediators") or ()))
    return owner.entity not in _with_their_states(ctx, _told_with(ctx, near.entity, ts))


def _owner(ctx: Context, ts: int, te: int) -> Ment | None:
    """Whose a plan noun is: the actor right before it in English ("the Egyptian initiative", "Kenya's plan"), the
    body or state right after it in Arabic («مبادرة الجامعة العربية», «المبادرة المصرية»)."""
    if ctx.lang == "ar":
        return next((m for m in ctx.ments.starting(te) if m.kind in _ACTORS and m.kind != "person"), None)
    k = ts - (ts > 1 and ctx.texts[ts - 1] in ("'s", "’s"))
    return next((m for m in ctx.ments.ending(k) if m.kind in _ACTORS), None)


def _told_with(ctx: Context, eid: str, ts: int) -> set[str]:
    """What the sentences before token ts that name agreement `eid` and no other agreement name besides it."""
    named: set[str] = set()
    for m in ctx.ments.by_entity.get(eid, ()):
        a, b = _sentence_bounds(ctx, m.ts, m.te)
        here = [x for x in ctx.ments.ending_within(a, b) if x.ts >= a]
        if m.ts < ts and all(x.entity == eid for x in here if x.kind == "agreement"):  # (not a sentence of two)
            named.update(x.entity for x in here if x.kind != "agreement")
    return named


def _found_at(ctx: Context, family: str, ts: int, te: int) -> str | None:
    """The last agreement discovered before token ts, of a fitting kind, in a sentence naming the place that names
    the noun ("a ceasefire brokered in Addis Ababa in January … the Addis Ababa ceasefire")."""
    place = naming_place(ctx, ts, te, after=False)
    if place is None:
        return None
    for m in reversed([m for m in ctx.ments.ending_within(-1, ts) if m.kind == "agreement"]):
        if ctx.kb.get(m.entity) is None and _sentence_names(ctx, m, place.entity):
            if _families_fit(family, family_of_mention(ctx, m)):
                return m.entity
    return None


def _not_the_last(ctx: Context, near: Ment, older: set[str], family: str, span: tuple[int, int], fams: dict) -> bool:
    """An indefinite noun that introduces another agreement than `near`, the one named before it: "a budget
    agreement" in 2020 is not the framework agreement of 2008; "signed a new power-sharing deal", «اتفاقا جديدا»
    after a truce is not that truce; "presented a three-stage plan" after a ceasefire is not that ceasefire."""
    if _old(ctx, near.entity) or near.entity in older or _another(ctx, *span) or _set_apart(ctx, span[0]):
        return True
    return family in ("plan", "proposal") and fams.get(id(near)) != family


def _set_apart(ctx: Context, ts: int) -> bool:
    """The noun's sentence opens by saying it reports something else (`separate_markers`: "Separately, the two
    sides signed a prisoner exchange deal", «وفي سياق منفصل، وقع الطرفان اتفاقا …»)."""
    a = _sentence_bounds(ctx, ts, ts + 1)[0]
    words = ctx.lex.w("separate_markers")
    return any(" ".join(ctx.texts[a : a + k]).lower() in words for k in range(1, min(5, ts - a + 1)))


def _time_after(ctx: Context, ts: int, te: int) -> bool:
    """ "months after an Angolan-brokered ceasefire", «بعد عامين من انهيار هدنة»: an indefinite noun dated by a
    span of weeks or more (`long_duration_words`) before the event the article reports is an earlier agreement
    than the one named before it ("two years after the truce" may be the article's own; «بعد يوم من إعلان اتفاق»
    is the one announced the day before)."""
    texts, k = ctx.texts, _with_compounds(ctx, _extend_left(ctx, ts))
    if ctx.lang == "ar":  # «بعد أشهر من [توقيع|انهيار] …»
        if not _indefinite(ctx, ts, te):
            return False
        events = ctx.lex.any_of("signing_nouns", "lapse_nouns")
        k -= k > 0 and not events.isdisjoint(ctx.toks[k - 1].forms)  # («من توقيع …», «من انهيار …»)
        return (
            k >= 3
            and texts[k - 1] == "من"
            and ctx.lasts[k - 2] in ctx.lex.w("long_duration_words")
            and (texts[k - 3] in ("بعد", "وبعد") or k >= 4 and texts[k - 4] in ("بعد", "وبعد"))
        )
    return (
        k >= 3
        and texts[k - 1] in ("a", "an")
        and texts[k - 2] in ("after", "since")
        and (texts[k - 3] in ctx.lex.w("long_duration_words"))
    )


def _another(ctx: Context, ts: int, te: int) -> bool:
    """An indefinite noun that says it is another agreement (`another_agreement_modifiers`: "a new deal", "a
    separate accord", «اتفاقا جديدا»): the word before the English noun's modifiers, right after the Arabic noun."""
    words = ctx.lex.w("another_agreement_modifiers")
    if ctx.lang == "ar":
        return te < len(ctx.toks) and not words.isdisjoint(ctx.toks[te].forms)
    return any(t.text in words for t in ctx.toks[max(0, _noun_phrase_start(ctx, ts) - 1) : ts])  # ("a separate …")


def _apposed_named(ctx: Context, named: list[Ment], ts: int) -> Ment | None:
    """ "the Jeddah Declaration, a key agreement aimed at …", "the Pretoria Agreement, the deal that ended …": an
    English agreement noun opened by an article right after the comma that ends a named agreement describes that
    agreement (an aside), it names no other one; up to three lowercase words between the article and the noun."""
    if ctx.lang == "ar":
        return None
    texts, k = ctx.texts, _extend_left(ctx, ts) - 1
    while k > 0 and ts - k <= 4 and texts[k] not in ctx.lex.w("apposition_openers") and texts[k].islower():
        k -= 1
    if k < 1 or texts[k] not in ctx.lex.w("apposition_openers") or texts[k - 1] != ",":
        return None
    return next((m for m in named if m.te == k - 1 and m.text[:1].isupper()), None)  # (a name, not "the deal")


def _anaphoric(ctx: Context, ts: int, te: int) -> bool:
    """The phrase is one referring noun (`anaphoric_agreement_nouns`) alone, with at most the English article:
    "the vote", «بالتصويت», not «مذكرة تفاهم»."""
    ts += ctx.lang != "ar" and te - ts == 2 and ctx.texts[ts] == "the"
    return te - ts == 1 and not ctx.lex.w("anaphoric_agreement_nouns").isdisjoint(ctx.toks[ts].forms)


def _add_anaphor(ctx: Context, named: list[Ment], family: str, span: tuple[int, int], fams: dict) -> None:
    """ "the vote", "the arrangement", "the principles", «النص», «التصويت» (`_anaphoric`) name an
    agreement only as the one the article named before them: never a new one, never one named later, and none
    when two different compatible ones were named close together (which one is meant is then not for recency
    to say), nor when a complement follows ("the vote of confidence", «التصويت على الدستور»)."""
    ts, te = span
    if te < len(ctx.toks) and ctx.toks[te].text in ctx.lex.w("anaphor_complements"):
        return
    k = bisect.bisect_left(named, ts, key=lambda m: m.ts)
    before = [m for m in reversed(named[max(0, k - 40) : k]) if m.te <= ts and ts - m.te <= 400]
    fit = [m for m in before if _compatible(ctx, family, m, fams)]
    if not fit:
        return
    near = fit[0]
    rival = next((m for m in fit if m.entity != near.entity), None)
    if rival is not None and near.ts - rival.te <= 30:
        return
    _link(ctx, named, (te - 1, te), near.entity)  # (without "the": a welcome's object starts after the article)


def _link(ctx: Context, named: list[Ment], span: tuple[int, int], eid: str) -> None:
    """A mention of agreement `eid` on the span, kept in `named` in reading order."""
    ctx.register(eid)
    s, e = ctx.orig(*span)
    new = ctx.add(Ment(s, e, span[0], span[1], eid, "agreement", "generic", ctx.text[s:e]))
    bisect.insort_right(named, new, key=lambda m: m.ts)


def _add_adopted(ctx: Context, named: list[Ment], span: tuple[int, int], fams: dict) -> bool:
    """«تبنى مجلس الأمن بالإجماع قراراً يجيز …»: an indefinite «قرار» that a body adopts (an `adoption_verbs` verb
    among the twelve words before it, an organization after the verb) is the resolution the article names next,
    within 80 words («ونص القرار 2165 …»), when it names no other resolution; "a decision" of anyone else is no
    agreement. Returns whether the noun is settled: linked, or no body's resolution; a body's resolution the article
    never names and the knowledge base lacks goes on to discovery like "adopted a resolution" in English."""
    ts, te = span
    v = _adoption_verb(ctx, ts, 16)
    if v is None or ts - v > 12 and not _aside_between(ctx, v, ts):
        return True  # (an aside between the verb and its object may hold the meeting's time and place)
    res = [m for m in named if _compatible(ctx, "resolution", m, fams) and fams[id(m)] == "resolution"]
    after = [m for m in res if ts < m.ts <= te + 80]
    by_body = any(m.kind == "organization" and m.ts > v for m in ctx.ments.ending_within(v, ts))
    if not by_body:
        after = []  # (a body adopts it between the verb and the noun: «أصدر الرئيس قراراً» is a decree)
    if after and all(m.entity == after[0].entity for m in res):
        _link(ctx, named, span, after[0].entity)
        return True
    if res:
        return True
    if (known := known_fit(ctx, "resolution", span, span)) is not None:
        _link(ctx, named, span, known)  # («بعد تبني وزراء الخارجية العرب قرارا بعودة سوريا»: the body's resolution
        # of that day that the knowledge base holds, its body, place and subject named, none named by its number)
        return True
    return not by_body


def _adoption_verb(ctx: Context, ts: int, reach: int) -> int | None:
    """The nearest verb of adopting (`adoption_verbs`) among the `reach` words before token ts."""
    verbs, toks = ctx.lex.w("adoption_verbs"), ctx.toks
    return next((k for k in range(ts - 1, max(-1, ts - reach - 1), -1) if not verbs.isdisjoint(toks[k].forms)), None)


def _aside_between(ctx: Context, v: int, ts: int) -> bool:
    """The words between a verb and its object close with an aside set off by commas («بعد تبني الوزراء، في اجتماع
    طارئ عقد اليوم في القاهرة، قرارا»): the object is still the verb's."""
    return ctx.texts[ts - 1] in (",", "،") and any(ctx.texts[k] in (",", "،") for k in range(v + 1, ts - 1))


def _resolve_noun(
    ctx: Context, family: str, span: tuple[int, int], near: Ment | None, indefinite: bool, top_state: str | None
) -> tuple[str | None, int | None]:
    """The agreement a noun names, and the older year that names it: the one found before it (`near`) unless its
    own context (a place, a month, a year, the knowledge base) fits another; an indefinite noun that is signed by
    others than the parties of the one named before is another ("Separately, the IAEA signed a roadmap with
    Iran" in an article on the nuclear deal: `_signed_apart`)."""
    ts, te = span
    apart: set[str] = set()
    signed = indefinite and _signed(ctx, ts, te)
    if near is not None and signed and _signed_apart(ctx, ts, te, near.entity, near.text):
        apart.add(near.entity)
        near = None
    local = (known_fit(ctx, family, span, span) if indefinite else None) or _known_at_place(
        ctx, family, ts, te, exact=indefinite and ctx.on is None
    )
    dated, year = _dated(ctx, family, ts, te, top_state)
    if dated is not None:
        near, local = None, dated
    if local is not None and signed and _signed_apart(ctx, ts, te, local):
        apart.add(local)
        local = None
    if local is not None:  # «وقّعت مع الكونغو في واشنطن اتفاق سلام»: a new mention fits its own context
        near = None
    eid = _resolved(ctx, family, span, near.entity if near is not None else local, top_state)
    if eid in apart:  # (the same one again by the article's date, or discovered by its place and month)
        eid = _by_signers(ctx, family, ts, te) or eid
    return eid, year


def _resolved(ctx: Context, family: str, span: tuple[int, int], found: str | None, top_state: str | None) -> str | None:
    """The agreement a noun names: the one found before it or in its context, else a known one that fits, else
    one named by its parties or discovered; none for "a security pact" where only a ceasefire would fit."""
    ts, te = span
    eid = found or known_fit(ctx, family, span=span)
    if eid is not None and family_of_known(ctx.kb, eid) == "ceasefire" and _topical(ctx, ts, te):
        if _indefinite(ctx, ts, te):  # "a security pact with Armenia" in an article on a ceasefire is not that
            return None  # ceasefire, and too vague to be a node of its own
        eid = None
    eid = eid or _by_parties(ctx, family, ts, te) or _last_at_place(ctx, family, ts, te)
    eid = eid or _continued(ctx, family, ts, te)
    agreed = _agreed_to(ctx, ts) or _agreed_by(ctx, te) is not None
    if agreed and _proposer(ctx, family, ts, te) is not None:
        agreed = False  # "agreed on the plan put forward by Qatar": its proposer names it ("Qatari plan")
    if eid is None and family in _LABEL and (_signed(ctx, ts, te) or agreed) and not _clause_place(ctx, ts, te):
        eid = _by_signers(ctx, family, ts, te)  # "Iraq and Turkey signed a security pact", "the truce agreed by
        # Armenia and Azerbaijan": named by its two signers, not by the article's state; a place that names it
        # comes first, as in _discovered ("signed a truce in Jeddah": the Jeddah truce, in either language)
    return eid or _discovered(ctx, family, ts, te, top_state)


def _clause_place(ctx: Context, ts: int, te: int) -> bool:
    """A place names the noun ("a truce in Jeddah", «إعلان جدة») or, in Arabic, is where its clause happens before
    it («وقعت الحكومة وحركة إم 23 في الدوحة يوم الاثنين اتفاقا»)."""
    if naming_place(ctx, ts, te) is not None:
        return True
    if ctx.lang != "ar":
        return False
    for k in range(ts - 1, max(-1, ts - 13), -1):
        if ctx.texts[k] in (".", "،", ",", "؛", ":"):
            return False
        if any(m.kind == "place" and _located(ctx, m) for m in ctx.ments.starting(k)):
            return True
    return False


def _signed(ctx: Context, ts: int, te: int) -> bool:
    """The noun is what a signing verb right before it signs ("signed a military cooperation protocol", «وقعت مصر
    والصومال في أغسطس بروتوكول …»)."""
    return _signed_text(ctx, _noun_phrase_start(ctx, ts), te, "")


def _signed_apart(ctx: Context, ts: int, te: int, eid: str, text: str | None = None) -> bool:
    """An indefinite noun that is signed ("the IAEA signed a roadmap with Iran", «ووقعت مصر والصومال بروتوكول تعاون
    عسكري») is another agreement than `eid` when its signers are not that one's parties (one party and an actor
    who is not, or none: `_party_fit`), or, for one the article discovered (mentioned as `text`), when it says a
    topic of its own that the earlier mention does not («مذكرة التفاهم» is no military cooperation protocol)."""
    e = ctx.kb.get(eid)
    if e is not None and e.record.get("parties"):
        named, direct = _sentence_actors(ctx, ts, te)
        return bool(direct) and _party_fit(e, named, direct, set())[0] == 0
    if e is not None or text is None or not _topical(ctx, ts, te):
        return False
    return not _content_words(ctx, ts, te) & set(norm_alias(text).split())


def _by_signers(ctx: Context, family: str, ts: int, te: int) -> str | None:
    """A new agreement named by the two actors that sign it in its clause ("Egypt-Somalia memorandum (August
    2024)"): the actors before the Arabic noun (verb, subject, noun), or the English subject and "with X"."""
    lo = max(0, ts - 8) if ctx.lang == "ar" else max(0, _extend_left(ctx, ts) - 8)
    hi = ts if ctx.lang == "ar" else min(len(ctx.toks), te + 3)
    if not _signed_text(ctx, ts, ts, "") and not _agreed_to(ctx, ts):  # "Kenya welcomed the deal signed by
        by = _agreed_by(ctx, te)  # Ethiopia and the TPLF": the agents of the participle or the relative clause
        if by is None:  # after the noun ("hailed the agreement signed in Washington": none; the place names it)
            return None
        lo, hi = by, min(len(ctx.toks), by + 8)
    comp = [k for k in range(lo, hi) if ctx.texts[k] in ctx.lex.complementizers]
    lo = comp[-1] + 1 if comp else lo  # «ذكرت قناة الحدث السعودية أن الطرفين وقعا اتفاق …»: not the one reporting
    seen: list[Ment] = []
    for m in ctx.ments.ending_within(lo, hi):
        if (
            m.ts >= lo
            and m.kind in ("state", "armed_group", "organization")
            and not m.media  # "DOHA (Reuters) - Rival leaders signed a deal": the agency reports it
            and m.entity not in ctx.entities.generic  # («الحركات المسلحة»: a group named by what it is names no deal)
            and all(x.entity != m.entity for x in seen)
        ):
            seen.append(m)
    if len(seen) != 2 or ctx.on is None:
        return None
    return _named_by_sides(ctx, family, seen, ctx.on)


def _named_by_sides(ctx: Context, family: str, seen: list[Ment], on) -> str:
    """A new agreement named by its two sides, kind and month, alike in both languages ("Egypt-Somalia
    memorandum (August 2024)", «مذكرة تفاهم بين مصر والصومال (أغسطس 2024)»): one node across documents and
    languages, whichever side the text names first ("between Hamas and Israel", «بين إسرائيل وحماس»)."""
    seen = sorted(seen, key=lambda m: _name_of(ctx, m))
    names = [_name_of(ctx, m) for m in seen]
    when = f"{on.strftime('%B')} {on.year}"
    name = f"{names[0]}-{names[1]} {_LABEL[family]} ({when})"
    ar = [getattr(ctx.kb.get(m.entity), "name_ar", None) or m.text for m in seen]  # (not "بين Iraq وTurkey")
    name_ar = f"{_FAMILY_AR[family]} بين {ar[0]} و{ar[1]} ({_MONTHS_AR[on.month - 1]} {on.year})"
    eid = stable_id("agreement", name)
    ctx.entities.add(eid, name, "agreement", name_ar, [], known=False)
    _discovered_months(ctx).setdefault(eid, date(on.year, on.month, 1))
    return eid


def _agreed_to(ctx: Context, ts: int) -> bool:
    """The noun is what a verb of agreeing (`party_verbs`) before it agrees: "Russia and Turkey agreed a truce",
    "agreed to a ceasefire", "agreed on a deal", «اتفقت روسيا وتركيا على هدنة»."""
    texts, verbs, k = ctx.texts, ctx.lex.w("party_verbs"), _noun_phrase_start(ctx, ts)
    if ctx.lang == "ar":
        toks = ctx.toks[max(0, k - 9) : k - 1]
        return k > 0 and texts[k - 1] in ("على", "علي") and any(not verbs.isdisjoint(t.forms) for t in toks)
    k -= k > 0 and texts[k - 1] in ("a", "an", "the")
    k -= k > 0 and texts[k - 1] in ("to", "on")
    return k > 0 and texts[k - 1] in verbs


def _agreed_by(ctx: Context, te: int) -> int | None:
    """Where the parties named after an agreement noun start: the agents of a verb of signing or agreeing
    (`party_verbs`) right after it, "the truce agreed by Armenia and Azerbaijan", "the deal signed on Monday by
    …", or the subjects of the Arabic relative clause «الهدنة التي اتفقت عليها أرمينيا وأذربيجان», «الاتفاق الذي
    وقعته إثيوبيا و…» (not who brokered or sponsored it)."""
    texts, verbs, n = ctx.texts, ctx.lex.w("party_verbs"), len(ctx.toks)
    k = _extend_right(ctx, te) if ctx.lang == "ar" else te + (te < n and texts[te] == ",")
    if ctx.lang != "ar":
        rel = k < n and texts[k] in ctx.lex.w("relative_pronouns")
        k += rel
        while k < n - 1 and texts[k] in ctx.lex.w("passive_auxiliaries"):
            k += 1  # "the deal was signed by …", "the memorandum, which was signed by …"
        by = next((j for j in range(k + 1, min(n, k + 4)) if texts[j] == "by"), None)
        if k < n and texts[k] in verbs and by is not None:
            return by + 1
        verb = next((j for j in range(k, min(n, k + 10)) if texts[j] in verbs), None)
        return k if rel and verb is not None and verb > k else None  # "the agreement that Congo and Rwanda signed"
    if k >= n or texts[k] not in ctx.lex.w("relative_pronouns") or k + 1 >= n:
        return None
    w = texts[k + 1]  # («وقعته», «وقعتاه», «أبرمتها»: the verb with the agreement as its object pronoun)
    return k + 2 if any(w.endswith(p) and w[: len(w) - len(p)] in verbs for p in ("", "ه", "ها")) else None


def _topical(ctx: Context, ts: int, te: int) -> bool:
    """The agreement noun says what it is about ("a security pact", "the oil deal", «اتفاقية التعاون الأمني»,
    `topical_modifiers` right before it in English, right after it in Arabic): no ceasefire."""
    words = ctx.lex.w("topical_modifiers")
    if ctx.lang == "ar":
        return any(t.forms[-1] in words for t in ctx.toks[te : te + 2])
    return ts > 0 and ctx.texts[ts - 1] in words


def _text_of(ctx: Context, te: int) -> bool:
    """ "the text of a peace treaty", "the document of the agreement": an agreement noun follows "of"."""
    k = te + (te < len(ctx.toks) and ctx.toks[te].text == "of")
    k += k < len(ctx.toks) and ctx.toks[k].text in ("a", "an", "the")
    return k > te and k < len(ctx.toks) and bool(ctx.lex.agreement_nouns.match_at(ctx.toks, k))


def _known_at_place(ctx: Context, family: str, ts: int, te: int, exact: bool = False) -> str | None:
    """«اتفاق جوبا», "the Juba agreement", "a peace accord … in Doha": a noun named by a place (right after it in
    Arabic, right before it in English, or a place phrase right after it) is the one knowledge-base agreement of
    its family signed there (within 30 days after or 60 days before the article, when it is dated); of several,
    the one whose parties the sentence names best. An agreement none of whose parties the sentence names, when it
    names actors, is another one ("Kenya and Somalia signed a deal in Nairobi" is not the charter signed there).
    With `exact` (a new agreement in an undated text), only one of the noun's own family: "a prisoner-exchange
    deal in Cairo" is no ceasefire signed there."""
    place = naming_place(ctx, ts, te, after=exact or _indefinite(ctx, ts, te))
    if place is None:
        return None
    fits = [e for e in _by_place(ctx.kb).get(place.entity, ()) if _families_fit(family, family_of_known(ctx.kb, e.id))]
    if ctx.on is not None:
        fits = [e for e in fits if -30 <= (ctx.on - _kb_date(e)).days <= 60]
    if exact:
        fits = [e for e in fits if family_of_known(ctx.kb, e.id) == family]
    if not fits:
        return None
    words = _content_words(ctx, ts, te)
    if words:  # "a prisoner-exchange deal in Cairo" is none whose names lack both words
        fits = [e for e in fits if words & _name_words(ctx.kb, e)]
    named, direct = _sentence_actors(ctx, ts, te)
    if len(fits) == 1 and naming_place(ctx, ts, te, after=False) is place:
        if named and not _parties_of(fits[0]) & named and _sides_of_another(ctx, fits[0], place):
            return None  # «اتفاق الدوحة» said by Lebanon's speaker in 2009: Lebanon's of 2008, not a Darfur deal
        return fits[0].id  # «اتفاق جوبا», "the Juba agreement": the name says which, whoever the sentence names
    if named and len(fits) > 1 or direct:
        spelled = _content_words(ctx, ts, te, every=True)
        scored = [(_party_fit(x, named, direct, spelled), x) for x in fits]
        best = max((sc for sc, _ in scored), default=None)
        fits = [x for sc, x in scored if sc == best and sc[0] > 0]
    return fits[0].id if len(fits) == 1 else None


def _continued(ctx: Context, family: str, ts: int, te: int) -> str | None:
    """ "agreed to renew an existing truce", "extend the truce", «تمديد الهدنة», "violated the ceasefire": an
    agreement already in force, the last of its family signed within a year before the article whose parties or
    subject include a state the article names (the Yemen truce of April 2022 in an August article), not a new one
    of the article's month. A word of `continuation_words` within three words before the noun says so."""
    if ctx.on is None or family in ("resolution", "text"):
        return None
    words, lead = ctx.lex.w("continuation_words"), _with_compounds(ctx, _extend_left(ctx, ts))  # ("extend the
    if not any(f in words for t in ctx.toks[max(0, lead - 3) : ts] for f in t.forms):  # UN-brokered truce")
        return None
    states = {m.entity for m in ctx.ments if m.kind == "state"}
    day = ctx.on.toordinal()
    fits = [
        e
        for e in _signed_in(ctx.kb, day - 365, day - 1)
        if _families_fit(family, family_of_known(ctx.kb, e.id)) and states & (_about_states(e) or _parties_of(e))
    ]  # (a truce some state the article names brokered, the war it ended not named, is another war's truce)
    # "the Yemeni government and the Houthis agreed to extend the truce": theirs, not a truce in Sudan that a
    # mediator the article names elsewhere (Saudi Arabia) was party to
    named, direct = _sentence_actors(ctx, ts, te)
    own = [e for e in fits if named & _parties_of(e)]
    if not own and direct:
        return None
    return max(own or fits, key=_kb_date).id if fits else None


def _last_at_place(ctx: Context, family: str, ts: int, te: int) -> str | None:
    """For a definite noun its place names ("the Minsk agreement" in 2016, «اتفاق جوبا» two years on) that
    nothing of the article's weeks fits: the last agreement of its family signed there before the article; the
    name refers back to it. (A new one the article reports is of its weeks; an indefinite noun is a new one.)"""
    if ctx.on is None or _indefinite(ctx, ts, te):
        return None
    place = naming_place(ctx, ts, te, after=False)
    if place is None:
        return None
    fits = [
        e
        for e in _by_place(ctx.kb).get(place.entity, ())
        if _families_fit(family, family_of_known(ctx.kb, e.id)) and _kb_date(e) < ctx.on
    ]
    own = _named_sides_fit(ctx, family, place, fits)
    if not own and (_others_named(ctx, place, ts, te) or _none_named(ctx, place, fits)):
        return None  # "Sudan's neighbours adopted the Cairo Initiative": not Egypt's older maritime deal
    pool = own or fits
    word = place.text.lower()  # «اتفاق مينسك» in 2022: the last whose names hold "Minsk" (Minsk II), not a later
    pool = [e for e in pool if word in _name_words(ctx.kb, e)] or pool  # plan signed there under a name of its own
    return max(pool, key=_kb_date).id if pool else None


def _none_named(ctx: Context, place: Ment, fits: list) -> bool:
    """No party of any agreement signed at the place, nor a state it is about, is named in the document but the
    place's own state: "the Khartoum Agreement" in an article on the Central African war is not South Sudan's."""
    rec = ctx.kb.get(place.entity)
    host = rec.record.get("state") or rec.record.get("in") if rec is not None else None
    named = _named_with_states(ctx) - {host}
    return bool(fits) and not any(_parties_of(e) & named for e in fits)


def _others_named(ctx: Context, place: Ment, ts: int, te: int) -> bool:
    """Whether the sentence names a state, group or body other than the place's own state: an agreement named by
    the place none of whose parties it names is not the one signed there before."""
    rec = ctx.kb.get(place.entity)
    host = rec.record.get("state") or rec.record.get("in") if rec is not None else None
    return bool(_sentence_actors(ctx, ts, te)[1] - {host, place.entity})


def _named_sides_fit(ctx: Context, family: str, place: Ment, fits: list) -> list:
    """Of the agreements signed at the place, and those named after it though signed elsewhere ("the Algiers
    Accord" of Mali, signed in Bamako), the ones whose parties or subject the document names (the place's own
    state aside): "Mali's junta ended the Algiers Accord" is Mali's, not the Palestinian factions' declaration."""
    rec = ctx.kb.get(place.entity)
    host = rec.record.get("state") or rec.record.get("in") if rec is not None else None
    named = _named_with_states(ctx) - {host}
    word = place.text.lower()
    more = [
        e
        for e in _kb_agreements(ctx.kb)
        if e not in fits and word in _name_words(ctx.kb, e) and _kb_date(e) is not None
        and (_kb_date(e) - ctx.on).days <= 30  # (initialled the day before its formal signing: still the one)
    ]
    return [
        e
        for e in fits + [e for e in more if _families_fit(family, family_of_known(ctx.kb, e.id))]
        if _parties_of(e) & named
    ]


def _party_fit(e, named: set[str], direct: set[str], words: set[str]) -> tuple[int, int, int]:
    """How well an agreement's parties fit the actors a sentence names: how many it names (none when it names
    one party and leaves out an actor the sentence names: "Pakistan and Afghanistan signed a declaration in
    Kabul" is not the US-Afghan one), how many of the noun's words its names hold, fewer parties left unnamed."""
    parties = set(e.record.get("parties") or ())
    hits = len(parties & named)
    if hits == 1 and direct - parties:
        hits = 0
    return hits, len(words & _name_words(None, e)), -len(parties - named)


_GENERIC = {
    "a", "an", "the", "this", "that", "new", "final", "peace", "comprehensive", "historic", "permanent", "deal",
    "agreement", "agreements", "accord", "accords", "day", "week", "month", "year", "point", "landmark", "full",
    "initial", "broad", "tentative", "proposed", "اتفاق", "اتفاقا", "اتفاقيه", "صفقه", "سلام", "جديد", "نهايي",
    "تاريخي", "شامل", "دايم", "مده", "يوم", "ايام", "اسبوع", "شهر", "two", "three", "four", "five", "six", "seven",
    "ten",
    "immediate", "short", "long", "term", "عاجل", "فوري", "اثنين", "ثلاثه", "اربعه", "خمسه", "سته", "سبعه", "ثمانيه",
    "عشره", "ساعه", "ساعات", "اسابيع", "اشهر", "تفاهم", "understanding", "hostilities", "of", "on", "for", "to", "and",
    "in", "joint", "مشترك", "لل", "بين", "وقف", "لوقف",
}  # fmt: skip


def _content_words(ctx: Context, ts: int, te: int, every: bool = False, purpose: bool = True) -> set[str]:
    """What an agreement noun says it is about beyond its kind: "prisoner-exchange deal" → prisoner, exchange;
    «صفقة لتبادل الأسرى» → تبادل, اسري (a month, a length or 'peace' say nothing of which one); with `every`,
    all its words ("Washington Peace Agreement"); without `purpose`, not the Arabic «ل» phrase after the noun,
    which may only say what it is for («اتفاق لإنهاء الأزمة»)."""
    if ctx.lang == "ar":
        k = _extend_right(ctx, te)
        if purpose and k < len(ctx.toks) and ctx.texts[k].startswith("ل") and ctx.lasts[k] != ctx.texts[k]:
            k = min(len(ctx.toks), k + 2)  # «لتبادل الأسرى», «لوقف إطلاق النار»
        span = ctx.lasts[ts:k]
    else:
        k = _extend_left(ctx, ts)
        j = k
        while (
            j > 0
            and ts - j < 5
            and ctx.free(j - 1, j)
            and (ctx.texts[j - 1] == "-" or ctx.toks[j - 1].is_word and ctx.texts[j - 1] not in ("a", "an", "the"))
        ):
            j -= 1  # "a prisoner-exchange deal", "the border demarcation agreement"
        if j > 0 and ctx.texts[j - 1] in ("a", "an", "the"):
            k = j  # (only up to its determiner: "signed separate agreements" says nothing of which)
        span = [w.lower() for w in ctx.texts[k:te]]
    if every:
        return {w for w in span if w.isalpha()}
    return {w for w in span if w.isalpha() and w not in _GENERIC and w not in _family_words() and w not in _MONTHS_EN}


@cache
def _family_words() -> frozenset[str]:
    """Every word of the family keys ("cessation", «وقف», «اعمال»), bare and without its article."""
    from explorer.text.tokens import strip_article

    words = {w for _f, keys in _families() for k in keys for w in k.split()}
    return frozenset(words | {strip_article(w) for w in words})


_NAME_WORDS: dict[str, set[str]] = {}


def _name_words(kb, e) -> set[str]:
    """The words of an agreement's names in both languages, normalized and, in Arabic, also without their clitics
    (the name «اتفاق … لتطبيع العلاقات» holds the topic «تطبيع» of "an agreement to normalise"; cached per
    agreement)."""
    out = _NAME_WORDS.get(e.id)
    if out is None:
        from explorer.kb import norm_alias
        from explorer.text.tokens import arabic_forms, strip_article

        out = set()
        for n in [e.name, e.name_ar or "", *e.aliases, *e.aliases_ar]:
            out.update(strip_article(w) for w in norm_alias(n).replace("-", " ").split())
        for n in [e.name_ar or "", *e.aliases_ar]:
            out.update(strip_article(f) for w in norm_alias(n).split() for f in arabic_forms(w))
        out.update(w.lower() for n in [e.name, *e.aliases] for w in n.replace("-", " ").split())
        _NAME_WORDS[e.id] = out
    return out


def naming_place(ctx: Context, ts: int, te: int, after: bool = True) -> Ment | None:
    """The place that names an agreement noun: "the Mogadishu declaration", «إعلان مقديشو», or (with `after`)
    the place phrase right after the noun in its clause ("a ceasefire … in Goma", «اتفاق سلام … في جوبا»,
    «بجوبا»; not "a ceasefire after talks in Doha")."""
    if ctx.lang == "ar":
        k = _extend_right(ctx, te)
        place = next((m for m in ctx.ments.starting(k) if m.kind == "place"), None)
        if place is not None:
            nxt = ctx.texts[place.te] if place.te < len(ctx.toks) else ""
            return None if nxt in ("عن", "أن", "ان", "أنه") else place  # «إعلان واشنطن عن …» is an announcement
    else:
        k = _extend_left(ctx, ts)
        for _ in range(2):  # "the Washington Joint Declaration", "the Doha Peace Agreement"
            if k > 0 and ctx.free(k - 1, k) and ctx.toks[k - 1].is_word and ctx.text[ctx.orig(k - 1, k)[0]].isupper():
                k -= 1
        place = next((m for m in ctx.ments.ending(k) if m.kind == "place"), None)
        place = place or next((m for m in ctx.ments.ending(_extend_left(ctx, ts)) if m.kind == "place"), None)
        place = place or next((m for m in ctx.ments.ending(ts) if m.kind == "place"), None)
        if place is not None:
            return place
    if not after:
        return None
    texts, ins, stops = ctx.texts, ctx.lex.w("location_words"), ctx.lex.w("time_prepositions")
    for k in range(te, min(len(texts), te + 7)):
        if texts[k] in (".", ",", "،", "؛", ";", ":", "?", "؟") or texts[k] in stops:
            break
        m = next((m for m in ctx.ments.starting(k) if m.kind == "place"), None)
        if m is None:
            continue
        if texts[k - 1] in ins or (texts[k - 1] == "the" and texts[k - 2] in ins) or _located(ctx, m):
            return m
    return None


def _sentence_actors(ctx: Context, ts: int, te: int) -> tuple[set[str], set[str]]:
    """The states, groups, bodies and people named in the sentence of tokens ts..te with the state of each, and
    the states, groups and bodies among them."""
    a, b = _sentence_bounds(ctx, ts, te)
    out: set[str] = set()
    direct: set[str] = set()
    for m in ctx.ments.ending_within(a, b):
        if m.ts >= a and m.kind in ("state", "armed_group", "organization", "person") and not _as_sponsor(ctx, m, a):
            out.add(m.entity)
            if m.kind != "person":
                direct.add(m.entity)
            e = ctx.kb.get(m.entity)
            if e is not None:
                out.update(x for x in (e.record.get("state"), e.record.get("nationality")) if x)
    return out, direct


def _as_sponsor(ctx: Context, m: Ment, a: int) -> bool:
    """The name follows a word of sponsorship or mediation, past other names listed with it («برعاية سعودية
    أمريكية», "brokered by Qatar and Egypt"): a sponsor of the agreement, not one of its parties."""
    k, joins = m.np_start - 1, ("and", "و", ",", "،", "by", "the")
    while k >= a and (ctx.texts[k] in joins or ctx.ments.by_te.get(k + 1)):
        k = min([k - 1] + [x.np_start - 1 for x in ctx.ments.by_te.get(k + 1, ())])
    words = ctx.lex.any_of("sponsor_words", "mediation_words", "sponsor_nouns")
    return k >= a and not words.isdisjoint(ctx.toks[k].forms)


def _signed_text(ctx: Context, ts: int, te: int, words: str) -> bool:
    """ "the text" is whatever agreement was named; "the document", "the statement", «الوثيقة», «البيان» only
    what is signed or agreed ("signed the document", «وقّع … البيان», "the statement, signed by …"), not a report."""
    if "text" in words:
        return True
    verbs = ctx.lex.any_of("signing_verbs", "signer_participles")
    lo = max(0, _extend_left(ctx, ts) - (12 if ctx.lang == "ar" else 2))  # ("signed an identical document"; «وقّعت
    # مالي وبوركينا فاسو والنيجر، اليوم السبت في باماكو، ميثاقاً»: the verb before its subjects and an aside)
    if "statement" in words or "البيان" in words:  # (a word most often of a statement made: right by the verb)
        lo = max(0, ts - (1 if ctx.lang == "ar" else 2))
        te += te < len(ctx.toks) and ctx.texts[te] in (",", "،")
    aux = ctx.lex.w("passive_auxiliaries")
    while te < len(ctx.toks) - 1 and ctx.texts[te] in aux:
        te += 1  # "the document was signed by …"
    return (
        any(w in verbs for w in ctx.texts[lo:ts])
        or any(w in verbs for w in ctx.lasts[lo:ts])
        or (te < len(ctx.toks) and ctx.texts[te] in verbs)
    )


def _hypothetical(ctx: Context, ts: int, te: int) -> bool:
    """ "a future agreement", "a possible deal", «اتفاق مستقبلي», «اتفاق محتمل»: an adjective
    (`hypothetical_modifiers`) right before the English noun or right after the Arabic one."""
    words = ctx.lex.w("hypothetical_modifiers")
    k = te if ctx.lang == "ar" else ts - 1
    if 0 <= k < len(ctx.toks) and not words.isdisjoint(ctx.toks[k].forms):
        return True
    if ts > 0 and not ctx.lex.w("hypothetical_determiners").isdisjoint(ctx.toks[ts - 1].forms):
        return True  # "will not accept any peace deal", «لن تقبل بأي اتفاق سلام»: no agreement in particular
    return _sought(ctx, ts, te) or _lacked(ctx, ts)


def _lacked(ctx: Context, ts: int) -> bool:
    """ "the talks ended without agreement", "without a deal", «انتهت دون اتفاق»: the noun after a word of absence
    (`absence_words`, past an article) names no agreement."""
    k = ts - 1
    if k > 0 and ctx.texts[k] in ctx.lex.w("articles"):
        k -= 1
    return k >= 0 and not ctx.lex.w("absence_words").isdisjoint(ctx.toks[k].forms)


def unreached(ctx: Context, lo: int, m: Ment) -> bool:
    """An agreement the sentence names as not reached (yet): "a potential peace treaty", "no final deal", "working
    on a peace treaty between A and B", "the potential signing of a treaty", «العمل على معاهدة سلام», "a treaty
    sought by Baku", «اتفاق سلام تسعى إليه واشنطن». Its sides do not agree with it there."""
    ts = _extend_left(ctx, m.ts)
    if ts > lo and not ctx.lex.w("hypothetical_determiners").isdisjoint(ctx.toks[ts - 1].forms):
        return True  # "no final deal", «أي اتفاق»
    if _hypothetical(ctx, ts, m.te) or _unreached_after(ctx, m.te):
        return True
    return _indefinite(ctx, ts, m.te) and _cue_before(ctx, lo, ts)


def _unreached_after(ctx: Context, te: int) -> bool:
    """ "a treaty sought by Baku", «اتفاق تسعى إليه واشنطن», «الاتفاق المرتقب»: a word after the mention
    (`unreached_after`) says it is still wanted."""
    return te < len(ctx.toks) and not ctx.lex.w("unreached_after").isdisjoint(ctx.toks[te].forms)


def _cue_before(ctx: Context, lo: int, ts: int) -> bool:
    """ "working on a …", "negotiations on a …", "the potential signing of a …", «إمكانية توقيع …», «العمل على …»:
    a word of working towards or weighing (`unreached_cues`, or a hypothetical modifier) before
    the indefinite mention, with only prepositions, articles, signing nouns and the words for its parts
    (`unreached_links`: "talks on the provisions of a border treaty") between, at most seven words before."""
    cues = ctx.lex.w("unreached_cues") | ctx.lex.w("hypothetical_modifiers")
    links = ctx.lex.w("unreached_links") | ctx.lex.w("signing_nouns")
    k = ts - 1
    while k >= lo and ts - k <= 7:
        forms = ctx.toks[k].forms
        if not cues.isdisjoint(forms):
            return True
        if links.isdisjoint(forms):
            return False
        k -= 1
    return False


def _verb_use(ctx: Context, ts: int, te: int) -> bool:
    """ "would not deal with the results", "to plan attacks": an English noun that is a verb too (`noun_verbs`) right
    after a modal, "not" or "to" (`verb_markers`) is the verb."""
    return (
        ctx.lang != "ar"
        and te - ts == 1
        and ts > 0
        and ctx.texts[ts] in ctx.lex.w("noun_verbs")
        and ctx.texts[ts - 1] in ctx.lex.w("verb_markers")
    )


def _sought(ctx: Context, ts: int, te: int) -> bool:
    """ "were close to a deal", "pushed for a truce", «سعياً نحو اتفاق»: an indefinite noun after a word of
    striving (`unrealized_cues`, the two words before its article) names no agreement reached yet."""
    if not _indefinite(ctx, ts, te):
        return False
    k = _extend_left(ctx, ts) - (ctx.lang != "ar")  # (past the English "a")
    cues = ctx.lex.w("unrealized_cues")
    return k >= 1 and (ctx.texts[k - 1] in cues or (k >= 2 and f"{ctx.texts[k - 2]} {ctx.texts[k - 1]}" in cues))


def _reference_frame(ctx: Context, ts: int, te: int) -> bool:
    """ "within the framework of", "in the framework of": the noun opens a phrase (`frame_openers` before "the")."""
    texts = ctx.texts
    return (
        ts >= 2
        and te < len(texts)
        and texts[te] == "of"
        and texts[ts - 1] == "the"
        and (texts[ts - 2] in ctx.lex.w("frame_openers"))
    )


def relink_by_place(ctx: Context) -> None:
    """«اتفاق سوتشي» in an article of October 2019 is the memorandum signed in Sochi that week, not the one of
    2018 the short name was given to: a short name of an agreement signed over a year before the article goes
    to the one agreement of the same place and family signed within a week of it."""
    if ctx.on is None:
        return
    moved = False
    for m in ctx.ments:
        e = ctx.kb.get(m.entity) if m.kind == "agreement" and m.te - m.ts <= 3 else None
        if e is None or not e.record.get("place") or not _old(ctx, m.entity) or _year_named(ctx, m) is not None:
            continue  # ("the Doha agreement the Taliban signed in 2020": the year says which)
        if not _names_its_place(ctx, m, e.record["place"]):
            continue  # "the GCC Initiative" is no Riyadh agreement by name: it stays the one of 2011
        fam = family_of_known(ctx.kb, e.id)
        fresh = [
            x.id
            for x in _by_place(ctx.kb).get(e.record["place"], ())
            if abs((ctx.on - _kb_date(x)).days) <= 7
            and _families_fit(fam or "agreement", family_of_known(ctx.kb, x.id))
            and _sides_named(ctx, x)
        ]  # (not the Pakistan-Afghanistan truce of Doha that week in an article on Congo and the M23)
        if len(fresh) == 1 and not any(t.text.isdigit() for t in ctx.toks[m.ts : m.te]):
            m.entity, moved = fresh[0], True
            ctx.register(fresh[0])
    if moved:  # (an index rebuilt for nothing was half the step's time)
        ctx.ments.reindex()


def relink_by_sides(ctx: Context) -> None:
    """«اتفاق الدوحة» in an article on Chad in 2022 is Chad's Doha accord, not the US–Taliban deal the short name was
    given to: a place's short name of an older agreement none of whose sides the document names, still pointing to
    it once the article's own agreements were found (relink_to_discovered), goes to `_named_at_place`'s."""
    if ctx.on is None:
        return
    moved = False
    for m in ctx.ments:
        e = ctx.kb.get(m.entity) if m.kind == "agreement" and m.te - m.ts <= 3 else None
        if e is None or not e.record.get("place") or not _old(ctx, m.entity) or _year_named(ctx, m) is not None:
            continue
        if not _names_its_place(ctx, m, e.record["place"]) or _sides_named(ctx, e):
            continue
        if any(t.text.isdigit() for t in ctx.toks[m.ts : m.te]):
            continue
        fresh = _named_at_place(ctx, e, family_of_known(ctx.kb, e.id))
        if fresh:
            m.entity, moved = fresh[0], True
            ctx.register(fresh[0])
    if moved:
        ctx.ments.reindex()


def _named_at_place(ctx: Context, e, fam: str | None) -> list[str]:
    """The agreement a place's short name stands for when the document names none of the sides of the one the
    name was given to: of the others signed at that place (by the article's date, or within the month after:
    initialled first), of the same family, whose sides the document names, the last signed; [] when none."""
    on = ctx.on
    others = [
        x
        for x in _by_place(ctx.kb).get(e.record["place"], ())
        if x.id != e.id
        and _kb_date(x) is not None
        and (_kb_date(x) - on).days <= 30
        and _families_fit(fam or "agreement", family_of_known(ctx.kb, x.id))
        and _parties_of(x)
        and _sides_named(ctx, x)
    ]
    return [max(others, key=_kb_date).id] if others else []


def relink_to_discovered(ctx: Context) -> None:
    """ "the Doha agreement", «اتفاق الدوحة» in an article on a ceasefire Congo and the M23 signed in Doha: a name of
    a place and a kind only, that the knowledge base gives an agreement signed there over a year before, is the one
    agreement the article discovered in a sentence naming that place, unless the article names a party or subject
    of the older one that the sentences of the new one do not name ("Yemen's government said the Riyadh agreement
    was still in force" beside a Sudanese truce signed in Riyadh)."""
    if ctx.on is None:
        return
    found = [m for m in ctx.ments if m.kind == "agreement" and ctx.kb.get(m.entity) is None]
    moved: dict[str, str] = {}
    for m in ctx.ments:
        e = ctx.kb.get(m.entity) if m.kind == "agreement" and m.te - m.ts <= 3 and found else None
        if e is None or e.id in moved or not e.record.get("place") or not _old(ctx, e.id) or _year_named(ctx, m):
            continue  # ("the Algiers Agreement of 2000")
        place = e.record["place"]
        if not _names_its_place(ctx, m, place) or not _place_and_kind(ctx, m, place):
            continue  # ("the Garowe Principles")
        fam = _family(" ".join(ctx.lasts[m.ts : m.te])) or family_of_known(ctx.kb, e.id) or "agreement"
        at = {x.entity for x in found if _sentence_names(ctx, x, place)}
        at = {eid for eid in at if any(_families_fit(fam, family_of_mention(ctx, x)) for x in found if x.entity == eid)}
        if len(at) != 1:
            continue
        eid = at.pop()  # (Riyadh names Saudi Arabia, Sochi Russia: not as parties)
        if any(_another(ctx, x.ts, x.te) or _said_new(ctx, x) for x in found if x.entity == eid):
            continue  # "signed a new deal in Riyadh … the Riyadh agreement": the new one is set against the old
        named = _parties_of(e) & _with_their_states(ctx, _named_but(ctx, place))
        if not named - _with_their_states(ctx, _told_with(ctx, eid, len(ctx.toks))):
            moved[e.id] = eid
    for m in ctx.ments:
        if m.kind == "agreement" and m.entity in moved:
            m.entity = moved[m.entity]
            ctx.register(m.entity)
    if moved:
        ctx.ments.reindex()


def _said_new(ctx: Context, m: Ment) -> bool:
    """The mention says its agreement is another one ("a new power-sharing deal": `another_agreement_modifiers`)."""
    return not ctx.lex.w("another_agreement_modifiers").isdisjoint(ctx.texts[m.ts : m.te])


def _place_and_kind(ctx: Context, m: Ment, place: str) -> bool:
    """The mention is made of the place's words and agreement nouns only ("the Doha agreement", «اتفاق الدوحة»)."""
    words = _place_words(ctx.kb, place) or frozenset()
    for k in range(m.ts, m.te):
        if ctx.lasts[k] in words or ctx.texts[k].lower() in words or ctx.texts[k].lower() == "the":
            continue
        if _family(ctx.lasts[k].lower()) in (None, "text"):
            return False
    return True


def _named_but(ctx: Context, place: str) -> set[str]:
    """What the document names but the place and agreements."""
    return {m.entity for m in ctx.ments if m.entity != place and m.kind != "agreement"}


def _sentence_names(ctx: Context, m: Ment, place: str) -> bool:
    """The sentence of mention `m` names the place, but within an agreement's name ("the Doha agreement")."""
    a, b = _sentence_bounds(ctx, m.ts, m.te)
    names = [x for x in ctx.ments.ending_within(a, b) if x.ts >= a]
    named = [(x.ts, x.te) for x in names if x.kind == "agreement"]
    return any(x.entity == place and not any(s <= x.ts and x.te <= e for s, e in named) for x in names)


def _sides_named(ctx: Context, e) -> bool:
    """The document names a party or subject of known agreement `e` other than the state it was signed in (Qatar
    brokers many a Doha agreement), or `e` lists none."""
    at = ctx.kb.get(e.record.get("place") or "")
    sides = _parties_of(e) - {at.record.get("state") if at is not None else None}
    return not sides or bool(sides & _named_with_states(ctx))


def _issued_elsewhere(ctx: Context, eid: str, ts: int, te: int) -> bool:
    """A declaration named by its city («إعلان القاهرة», «مخرجات قمة برلين», "the Berlin declaration") is not a
    known agreement issued in another city, whatever was named just before."""
    place = naming_place(ctx, ts, te, after=False)
    e = ctx.kb.get(eid) if place is not None else None
    where = e.record.get("place") if e is not None else None
    return where is not None and where != place.entity


def _names_its_place(ctx: Context, m: Ment, place: str) -> bool:
    """The agreement's mention holds the name of the place it was signed at («اتفاق سوتشي», "the Sochi deal")."""
    words = _place_words(ctx.kb, place)
    if words is None:
        return False
    return any(ctx.lasts[k] in words or ctx.texts[k].lower() in words for k in range(m.ts, m.te))


def _place_words(kb, place: str) -> frozenset[str] | None:
    """The words of a place's names and aliases, normalized and without the article (None: the base does not
    know the place), once per knowledge base and place: normalizing them at every mention was a hundredth of
    extracting an article that names an old agreement."""
    memo = kb_memo(kb, "place-words")
    if place not in memo:
        p = kb.get(place)
        words: set[str] | None = None
        if p is not None:
            words = set()
            for n in [p.name, p.name_ar or "", *p.aliases, *p.aliases_ar]:
                words.update(strip_article(w) for w in norm_alias(n).split())
        memo[place] = frozenset(words) if words is not None else None
    return memo[place]


def relink_by_year(ctx: Context) -> None:
    """ "the 2019 Sochi memorandum", «اتفاق سوتشي لعام 2019»: a short name with a year is the agreement of that
    place and kind signed that year, when the name was given to one of another year."""
    changed = False
    for m in ctx.ments:
        e = ctx.kb.get(m.entity) if m.kind == "agreement" else None
        if e is None or not e.record.get("place") or _kb_date(e) is None:
            continue
        year = _year_named(ctx, m)
        if year is None or year == _kb_date(e).year:
            continue
        fam = _family(" ".join(ctx.lasts[m.ts : m.te])) or family_of_known(ctx.kb, e.id) or "agreement"
        same = [x for x in _by_place(ctx.kb).get(e.record["place"], ()) if _kb_date(x).year == year]
        fit = [x for x in same if _families_fit(fam, family_of_known(ctx.kb, x.id))]
        exact = [x for x in fit if family_of_known(ctx.kb, x.id) == fam]
        pick = fit if len(fit) == 1 else exact
        if len(pick) == 1:
            m.entity = pick[0].id
            ctx.register(m.entity)
            changed = True
    if changed:
        ctx.ments.reindex()


def _year_named(ctx: Context, m: Ment) -> int | None:
    """The year written just before the name ("the 2015 Minsk accords", "the October 2019 …") or just after
    it ("… of 2019", «… لعام 2019»)."""
    toks, linkers = ctx.toks, ctx.lex.w("year_linkers")
    spots = [m.ts - 1]
    k = m.te
    while k < len(toks) and k < m.te + 2 and toks[k].text in linkers:
        k += 1
    spots.append(k)
    if (clause := _signing_clause_year(ctx, m.te)) is not None:
        spots.append(clause)  # ("the Doha agreement that the Taliban signed with the United States in 2020")
    return next((y for k in spots if k not in range(m.ts, m.te) and (y := _year_at(ctx, k)) is not None), None)


def _day_at(ctx: Context, k: int) -> bool:
    """Token k is a day of a month (one or two digits)."""
    text = ctx.toks[k].text if 0 <= k < len(ctx.toks) else ""
    return text.isdigit() and len(text) <= 2 and 1 <= int(text) <= 31


def _year_at(ctx: Context, k: int) -> int | None:
    """The year token k is, if it is one (four digits, 1945–2100)."""
    text = ctx.toks[k].text if 0 <= k < len(ctx.toks) else ""
    return int(text) if len(text) == 4 and text.isdigit() and 1945 <= int(text) <= 2100 else None


_BY_PLACE: dict[int, dict[str, list]] = {}


def _by_place(kb) -> dict[str, list]:
    """The knowledge base's dated agreements by the place they were signed (cached per knowledge base)."""
    if id(kb) not in _BY_PLACE:
        out: dict[str, list] = {}
        for e in _kb_agreements(kb):
            if e.record.get("place"):
                out.setdefault(e.record["place"], []).append(e)
        _BY_PLACE.clear()
        _BY_PLACE[id(kb)] = out
    return _BY_PLACE[id(kb)]


_LABEL = {
    "ceasefire": "ceasefire",
    "memorandum": "memorandum",
    "agreement": "agreement",
    "treaty": "treaty",
    "declaration": "declaration",
    "plan": "plan",
    "proposal": "proposal",
    "resolution": "draft resolution",
    "embargo": "arms embargo",
}
_MONTHS_AR = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
]


def _discovered(
    ctx: Context, family: str, ts: int, te: int, top_state: str | None, on=None, year: int | None = None
) -> str | None:
    """A new agreement named by place, kind and month ("Idlib ceasefire (March 2020)", «وقف إطلاق النار في إدلب
    (مارس 2020)»): the same agreement in two documents gets the same id and is one node; one named by nothing
    but its kind and month is one node per document."""
    if family not in _LABEL:
        return None  # ("the text", a statement: what was named before, or nothing to discover)
    labels = _labels(ctx, family, ts, te)
    by = _proposer(ctx, family, ts, te)
    if by is not None and (year or on or ctx.on):  # "the Kenyan proposal": its proposer names it
        return _proposed(ctx, labels, by, None if year else (on or ctx.on), year)
    proper = _proper_name(ctx, ts, te)
    if proper is not None:
        return _named_properly(ctx, proper)
    named_at = naming_place(ctx, ts, te)
    if family == "agreement" and named_at is None and _unqualified(ctx, ts, te):
        return None
    where = (ctx.kb.get(named_at.entity) if named_at else None) or _place_near(ctx, ts, te, document=False)
    pair = _between(ctx, te) if where is None and (on or ctx.on) and not year else None
    if pair is not None:  # "a ceasefire between Israel and Hamas" that Qatar brokered: its sides name it
        return _named_by_sides(ctx, family, list(pair), on or ctx.on)
    where = where or _place_near(ctx, ts, te)
    if where is None and top_state and _acts_on(ctx, top_state, ts, te):
        top_state = None  # "Sudan rejected the plan": who acts on it does not name it
    where = where or (ctx.kb.get(top_state) if top_state else None)
    if where is not None and where.kind == "place" and where.record.get("in") and ctx.kb.get(where.record["in"]):
        where = where if where.record.get("type") in ("city", "region", "province", "governorate") else where
    bare = te - ts == 1 and _extend_left(ctx, ts) == ts and named_at is None
    on = None if year else (on or ctx.on)
    if on is None and year is None and (bare or where is None):
        return None
    when = f"{on.strftime('%B')} {on.year}" if on else str(year or ctx.year or "")
    when_ar = f"{_MONTHS_AR[on.month - 1]} {on.year}" if on else when
    place = where.name if where else ""
    label, label_ar = labels
    name = f"{place} {label}".strip()
    name = (name[:1].upper() + name[1:]) + (f" ({when})" if when else "")
    place_ar = (where.name_ar or "") if where else ""
    name_ar = f"{label_ar} {place_ar}".strip() + (f" ({when_ar})" if when_ar else "")
    # (with no place, nothing says two documents' "Ceasefire (June 2023)" are one: one node per document)
    eid = stable_id("agreement", name if where is not None else f"{name} {ctx.doc_id}")
    ctx.entities.add(eid, name, "agreement", name_ar, [], known=False)
    if on is not None:
        _discovered_months(ctx).setdefault(eid, date(on.year, on.month, 1))
    return eid


def _proper_name(ctx: Context, ts: int, te: int) -> str | None:
    """ "the Ohrid Agreement", "the Kars Treaty", "the Lomé Peace Accord": an English agreement noun written with a
    capital after capitalized words that name nothing the article knows (no place, actor or date, no generic
    modifier such as "Final" or "Joint") is the agreement's proper name, as written; without this it was named
    after the article's top state ("Kosovo treaty") or by its month alone ("Agreement (May 2023)")."""
    if ctx.lang != "en" or not ctx.capitalized(te - 1):
        return None
    generic = ctx.lex.any_of("agreement_modifiers", "agreement_nouns")
    k = ts
    while k > 0 and ts - k < 3 and ctx.toks[k - 1].is_word and ctx.capitalized(k - 1) and ctx.free(k - 1, k):
        k -= 1
    words = ctx.texts[k:ts]
    if not words or any(w in generic or w in _MONTHS_EN or w in ("the", "a", "an") for w in words):
        return None
    a, b = ctx.orig(k, te)
    return ctx.text[a:b]


def _named_properly(ctx: Context, name: str) -> str:
    """The node of an agreement known by its proper name: one per name across documents, whatever its month."""
    eid = stable_id("agreement", name)
    ctx.entities.add(eid, name, "agreement", "", [], known=False)
    return eid


def _unqualified(ctx: Context, ts: int, te: int) -> bool:
    """ "Blinken said Washington remained committed to a deal.", «تعمل من أجل التوصل إلى اتفاق.»: an indefinite
    bare noun of agreement that ends its phrase (no modifier, complement, party or place of its own) and that no
    one signs names no agreement: no node (it was named after whichever state the article names most)."""
    if not _indefinite(ctx, ts, te) or te - ts != 1 or _extend_left(ctx, ts) != ts or _signed(ctx, ts, te):
        return False
    if te < len(ctx.toks) and ctx.toks[te].is_word:
        return False
    lo = max(0, ts - (6 if ctx.lang == "ar" else 3))  # «توصلت إسرائيل وحماس إلى اتفاق», "agreed on a deal"
    reached = ctx.lex.w("reached_verbs")  # (the word as written, or past «و»/«ف»: «التوصل» is no verb of it)
    return not any(w in reached or w[:1] in ("و", "ف") and w[1:] in reached for w in ctx.texts[lo:ts])


def _acts_on(ctx: Context, state: str, ts: int, te: int) -> bool:
    """The document's top state is named in the noun's sentence (not by a demonym) and that sentence neither
    signs the agreement nor names its sides ("Sudan rejected the plan", "Congo, which accuses Rwanda …, rejected
    the plan", "Hamas said Israel bore responsibility for the collapse of the truce"): the state acts on the
    agreement and does not name it. «الموقعة بين العراق وتركيا», «التي وقعتها إثيوبيا» keep it."""
    a, b = _sentence_bounds(ctx, ts, te)
    named = {m.entity for m in ctx.ments.ending_within(a, b) if m.ts >= a and m.role != "demonym"}
    if state not in named:
        return False  # («المشاورات اليمنية», «تعز اليمنية» only say what the sentence is about)
    cues = ctx.lex.w("signing_verbs") | ctx.lex.w("signatory_nouns") | ctx.lex.w("sealing_verbs")
    cues = cues | {"between", "بين"}
    if not all(cues.isdisjoint(t.forms) for t in ctx.toks[a:b]):
        return False
    # "Qatar and the US announced a truce", «أعلنت قطر والولايات المتحدة عن هدنة»: one of two joint actors that
    # do not sign it is no name of it (they may have mediated it, or both be its sides)
    return _joined(ctx, state, a, b) or not _declares_it(ctx, a, b, ts)


def _joined(ctx: Context, state: str, a: int, b: int) -> bool:
    """The state is named in the sentence a..b joined by "and" («و») to another state or body right after it."""
    ments = [m for m in ctx.ments.ending_within(a, b) if m.ts >= a and m.kind in ("state", "organization")]
    and_ = ctx.lex.w("and")
    for m in ments:
        if m.entity != state or m.role == "demonym":
            continue
        for o in ments:
            if o.entity == state or not 0 <= o.ts - m.te <= 2:
                continue
            gap = ctx.texts[m.te : o.ts]
            if any(w in and_ for w in gap) or (not gap and ctx.lang == "ar" and ctx.texts[o.ts].startswith("و")):
                return True
    return False


def _declares_it(ctx: Context, a: int, b: int, ts: int) -> bool:
    """A verb of declaring in the sentence a..b that declares the agreement ("Ethiopia declared a truce"), not one
    whose object is a clause before the noun ("Egypt and Qatar announced that talks on the truce stalled", «أعلنت
    مصر وقطر أن المفاوضات بشأن الهدنة تعثرت»: the speakers neither made nor name it)."""
    that = ctx.lex.complementizers
    return any(
        not ctx.lex.w("declare_verbs").isdisjoint(ctx.toks[k].forms)
        and not (k < ts and any(w in that for w in ctx.texts[k + 1 : ts]))
        for k in range(a, b)
    )


def _sentence_bounds(ctx: Context, ts: int, te: int) -> tuple[int, int]:
    """The tokens of the sentence around ts..te (at most 60 either side)."""
    texts, ends = ctx.texts, (".", "!", "?", "؟")
    a = ts
    while a > 0 and ts - a < 60 and texts[a - 1] not in ends:
        a -= 1
    b = te
    while b < len(texts) and b - te < 60 and texts[b] not in ends:
        b += 1
    return a, b


_PROPOSED = ("plan", "proposal", "resolution")
_PROPOSERS = ("state", "organization", "armed_group", "person")


def _proposer(ctx: Context, family: str, ts: int, te: int) -> list[Ment] | None:
    """Who put a proposal, plan or draft forward, as the text says: "the Kenyan proposal", «المقترح الكيني»,
    «المبادرة المصرية», "the UN envoy's plan", «خطة ترامب», "a plan put forward by Egypt", «مقترح قدمته مصر».
    Never the one that merely acts on it ("Sudan rejected the proposal")."""
    if family not in _PROPOSED:
        return None
    adopter = _adopter(ctx, family, ts, te)
    if adopter is not None:
        return [adopter]
    if ctx.lang == "ar":
        k = _extend_right(ctx, te)
        dems = _demonyms_at(ctx, k, 1)
        if dems:
            return dems
        by = next((m for m in ctx.ments.starting(k) if m.kind in _PROPOSERS and not m.located), None)
        if by is not None and _bare(ctx, by, k):  # «خطة ترامب», «مقترح مصر» (not «بمصر», «ولبنان»)
            return [by]
    else:
        k = _extend_left(ctx, ts)
        dems = _demonyms_at(ctx, k, -1)
        if dems:
            return dems
        body = next((m for m in ctx.ments.ending(k) if m.kind == "organization"), None)
        if body is not None and body.ts > 0 and ctx.texts[body.ts - 1] in ctx.lex.w("title_determiners"):
            return [body]  # "the IGAD roadmap", "the AU plan"
        if k >= 2 and ctx.texts[k - 1] in ("'s", "’s", "'"):  # "Egypt's plan", "the UN envoy's plan"
            for j in range(k - 1, max(0, k - 4), -1):
                by = next((m for m in ctx.ments.ending(j) if m.kind in _PROPOSERS), None)
                if by is not None:
                    return [by]
    return _proposed_by(ctx, te)


def _adopter(ctx: Context, family: str, ts: int, te: int) -> Ment | None:
    """The body that adopts a resolution names it: "the AU Peace and Security Council adopted a resolution",
    «تبنى مجلس الأمن بالإجماع قرارا» (an `adoption_verbs` verb among the eight words before the noun, the body
    after the verb); a draft is named by its sponsors, not by the council that votes on it."""
    if family != "resolution" or _names_draft(ctx, ts, te):
        return None
    v = _adoption_verb(ctx, ts, 8)
    if v is None:
        return None
    if ctx.lang == "ar":
        return next((m for m in ctx.ments.ending_within(v, ts) if m.kind == "organization" and m.ts > v), None)
    return next((m for m in ctx.ments.ending_within(max(0, v - 8), v) if m.kind == "organization"), None)


def _bare(ctx: Context, m: Ment, k: int) -> bool:
    """The Arabic token k that starts mention m carries no clitic: it is the first word of one of the entity's
    Arabic names («بريطانيا», «لبنان»), or has no shorter form."""
    e = ctx.kb.get(m.entity)
    names = [e.name_ar or "", *(e.record.get("aliases_ar") or [])] if e is not None else []
    return len(ctx.toks[k].forms) == 1 or any(normalize(n).text.split()[:1] == [ctx.texts[k]] for n in names)


def _demonyms_at(ctx: Context, k: int, step: int) -> list[Ment]:
    """The demonyms that stand right by the noun, before it (`step` -1) or after it (1): "the Egyptian-Qatari
    plan", «المقترح المصري القطري»."""
    out: list[Ment] = []
    while 0 <= k <= len(ctx.toks) and len(out) < 3:
        at = ctx.ments.ending(k) if step < 0 else ctx.ments.starting(k)
        m = next((m for m in at if m.role == "demonym" and m.kind in _PROPOSERS), None)
        if m is None:
            break
        out.append(m)
        k = m.ts if step < 0 else m.te
        if step < 0 and k > 0 and ctx.texts[k - 1] in ("-", "and"):
            k -= 1
        elif step > 0 and k < len(ctx.toks) and ctx.texts[k] in ("-", "و"):
            k += 1
    return out[::step]


def _proposed_by(ctx: Context, te: int) -> list[Ment] | None:
    """ "a plan put forward by Egypt", "the proposal submitted by France", «مقترح قدمته مصر», «المبادرة التي
    طرحتها قطر»: the proposer named after a verb of proposing (`proposing_verbs`) right after the noun."""
    k, texts = _extend_right(ctx, te), ctx.texts
    if ctx.lang == "ar":
        k += texts[k] in ("الذي", "التي", "الذى") if k < len(texts) else 0
        if k < len(texts) and texts[k] in ctx.lex.w("proposing_verbs"):
            k += 1 + (k + 1 < len(texts) and texts[k + 1] in ("به", "بها"))
            by = next((m for m in ctx.ments.starting(k) if m.kind in _PROPOSERS), None)
            return [by] if by is not None else None
        return None
    k += k + 1 < len(texts) and texts[k] in ("that", "which") and texts[k + 1] in ("was", "had", "has")
    k += k < len(texts) and texts[k] in ("was", "being")
    for j in range(k, min(len(texts), k + 3)):
        if texts[j] == "by" and " ".join(texts[k:j]) in ctx.lex.w("proposing_verbs"):
            j += 1 + (j + 1 < len(texts) and texts[j + 1] == "the")
            by = next((m for m in ctx.ments.starting(j) if m.kind in _PROPOSERS), None)
            return [by] if by is not None else None
    return None


def _demonym_ar(ctx: Context, m: Ment) -> bool:
    e = ctx.kb.get(m.entity)
    return e is not None and bool(e.record.get("demonym_ar"))


def _proposed(ctx: Context, labels: tuple[str, str], by: list[Ment], on, year: int | None) -> str:
    """A proposal named by its proposers, kind and month: "Kenyan proposal (June 2023)", «المقترح الكيني (يونيو
    2023)», "United Nations plan (June 2023)"; a resolution by the body that adopted it."""
    when = f"{on.strftime('%B')} {on.year}" if on else str(year or ctx.year or "")
    when_ar = f"{_MONTHS_AR[on.month - 1]} {on.year}" if on else when
    en, ar = [], []
    for m in by:
        e = ctx.kb.get(m.entity)
        dem = (e.record.get("demonyms") or [None])[0] if e is not None else None
        dem_ar = e.record.get("demonym_ar") if e is not None else None
        en.append(dem or _name_of(ctx, m) + ("'s" if m.kind == "person" else ""))  # "Donald Trump's plan"
        ar.append(f"ال{dem_ar}" if dem_ar else ((e.name_ar if e is not None else None) or m.text))
    label, label_ar = labels
    name = f"{'-'.join(en)} {label} ({when})"
    if all(_demonym_ar(ctx, m) for m in by):
        fem = "ة" if label_ar.endswith("ة") else ""  # «الخطة المصرية», «المقترح الكيني», «مشروع القرار الفرنسي»
        head, _, rest = label_ar.rpartition(" ")
        name_ar = f"{head} ال{rest}".strip() + " " + " ".join(a + fem for a in ar)
    else:
        name_ar = f"{label_ar} {' و'.join(ar)}"  # «خطة الأمم المتحدة»
    name_ar += f" ({when_ar})" if when_ar else ""
    eid = stable_id("agreement", name)
    ctx.entities.add(eid, name, "agreement", name_ar, [], known=False)
    return eid


def _labels(ctx: Context, family: str, ts: int, te: int) -> tuple[str, str]:
    """The kind word of a discovered agreement's name: a resolution a body adopted ("adopted a resolution", «تبنى
    المجلس قرارا») is a resolution; any other is a draft put to a vote."""
    if family == "resolution" and _adopter(ctx, family, ts, te) is not None:
        return "resolution", "قرار"
    return _LABEL[family], _FAMILY_AR[family]


def _by_parties(ctx: Context, family: str, ts: int, te: int) -> str | None:
    """ "a ceasefire between Israel and Hezbollah" in an undated text: the one knowledge-base agreement of the
    family whose parties (or their states) are both sides, else a new one named by its sides ("Israel-Hezbollah
    ceasefire"). A dated text has its own ways (known_fit, names by place and month)."""
    if ctx.on is not None or family in ("text", "resolution", "proposal") or _placed(ctx, ts, te):
        return None  # (a place names it first: "a ceasefire in Gaza between …" is the Gaza ceasefire)
    pair = _between(ctx, te)
    if pair is None:
        return None
    sides = [{m.entity, *_states_of(ctx, m.entity)} for m in pair]
    fits = [
        e
        for e in _kb_agreements(ctx.kb)
        if family_of_known(ctx.kb, e.id) == family and all(set(e.record.get("parties") or ()) & x for x in sides)
    ]
    names = [_name_of(ctx, m) for m in pair]
    heads = {_LABEL[family], ctx.texts[te - 1].lower()}
    aliased = {
        _agreement_aliases(ctx.kb).get(norm_alias(f"{a}-{b} {h}")) for a, b in (names, names[::-1]) for h in heads
    }
    aliased.discard(None)
    if len(aliased) == 1:  # "a ceasefire between Israel and Hezbollah": the one the knowledge base calls so
        return aliased.pop()
    if len(fits) == 1:
        return fits[0].id
    name = f"{names[0]}-{names[1]} {_LABEL[family]}"
    name_ar = f"{_FAMILY_AR[family]} بين {pair[0].text} و{pair[1].text}"
    eid = stable_id("agreement", name)
    ctx.entities.add(eid, name, "agreement", name_ar, [], known=False)
    return eid


_ALIASES: dict[int, dict[str, str]] = {}


def _agreement_aliases(kb) -> dict[str, str]:
    """The knowledge base's agreements by their normalized names and aliases (cached per knowledge base)."""
    if id(kb) not in _ALIASES:
        out: dict[str, str] = {}
        for e in _kb_agreements(kb):
            for n in (e.name, *e.aliases):
                out.setdefault(norm_alias(n), e.id)
        _ALIASES.clear()
        _ALIASES[id(kb)] = out
    return _ALIASES[id(kb)]


def _placed(ctx: Context, ts: int, te: int) -> bool:
    """A place names the noun or stands right by it (as `_place_near` looks for one)."""
    near = (m for k in range(max(0, ts - 3), min(len(ctx.toks), te + 4)) for m in ctx.ments.starting(k))
    return naming_place(ctx, ts, te) is not None or any(m.kind == "place" and not m.in_np for m in near)


def _between(ctx: Context, te: int) -> tuple[Ment, Ment] | None:
    """The two sides named right after an agreement noun: "between A and B", «بين A وB» (past a place phrase)."""
    from explorer.extract.syntax import between_pair

    k = past_place(ctx, _extend_right(ctx, te), len(ctx.toks))
    pair = between_pair(ctx, ctx.ments.ending_within(k, k + 24), k, min(len(ctx.toks), k + 24))
    return pair if pair is not None and pair[0].entity != pair[1].entity else None


def _sides(ctx: Context, ts: int, te: int) -> list[tuple[str, set[str]]] | None:
    """Each side the noun names, with its states ("Hezbollah" counts as Lebanon where the base says so)."""
    pair = _between(ctx, te)
    return [(m.entity, {m.entity, *_states_of(ctx, m.entity)}) for m in pair] if pair is not None else None


def _name_of(ctx: Context, m: Ment) -> str:
    e = ctx.kb.get(m.entity)
    return e.name if e is not None else ctx.entities.info.get(m.entity, {}).get("name") or m.text


def _states_of(ctx: Context, eid: str) -> set[str]:
    e = ctx.kb.get(eid)
    return {x for x in (e.record.get("state"), e.record.get("nationality")) if x} if e is not None else set()


def _place_near(ctx: Context, ts: int, te: int, document: bool = True):
    """The place or state an agreement noun is about or signed in: "Gaza ceasefire", «الهدنة في غزة» (with
    `document`, else the state the document most often names as a place)."""
    best = None
    for k in range(max(0, ts - 3), min(len(ctx.toks), te + 4)):
        for m in ctx.ments.starting(k):
            where = m.kind == "place" or (m.kind == "state" and _located(ctx, m))  # not "the Russian plan"
            if where and not m.in_np and (best is None or (m.kind == "place" and best.kind != "place")):
                best = m
    if best is None and not document:
        return None
    if best is None:  # the state the document is about: the one most often a place or a topic
        about = Counter(m.entity for m in ctx.ments if m.kind == "state" and _located(ctx, m))
        eid = about.most_common(1)[0][0] if about else None
        return ctx.kb.get(eid) if eid else None
    return ctx.kb.get(best.entity)


def _indefinite(ctx: Context, ts: int, te: int) -> bool:
    """ "an agreement", «اتفاق سلام»: a mention that introduces an agreement rather than refers back to one."""
    if ctx.lang == "ar":
        texts, forms = ctx.texts, ctx.forms[ts]  # (lists by position: a token's fields are slow to read)
        definite = forms[-1].startswith("ال") or "ال" + forms[-1] in forms
        return (
            not definite
            and not texts[ts].startswith(("ال", "بال", "لل", "وال", "لال", "ولال", "فال", "وبال", "كال"))
            and not (te < len(texts) and (texts[te].startswith("ال") or ctx.ments.starting(te)))
        )
    k = _noun_phrase_start(ctx, ts)
    while k > 0 and ts - k < 5 and ctx.toks[k - 1].text not in ("a", "an", "the"):
        s, _ = ctx.orig(k - 1, k)
        if ctx.toks[k - 1].text != "-" and not (ctx.toks[k - 1].is_word and ctx.text[s : s + 1].islower()):
            break
        k -= 1  # "a budget agreement", "a new border deal", "a seven-day truce"
    return k > 0 and ctx.toks[k - 1].text in ("a", "an")


def _old(ctx: Context, eid: str) -> bool:
    """A known agreement signed more than a year before the article."""
    e = ctx.kb.get(eid)
    signed = _kb_date(e) if e is not None else None
    return ctx.on is not None and signed is not None and (ctx.on - signed).days > 365


def _located(ctx: Context, m: Ment) -> bool:
    """ "in Libya", «في ليبيا», «بليبيا»: the state as a place (modifier marks are not set yet at this step)."""
    k = m.np_start - 1
    if k >= 1 and ctx.toks[k].text == "the":
        k -= 1
    if k >= 0 and ctx.toks[k].text in ctx.lex.w("location_words"):
        return True
    first = ctx.toks[m.ts]
    return ctx.lang == "ar" and first.text[:1] == "ب" and len(first.forms) > 1 and m.text[:1] == "ب"


def known_fit(
    ctx: Context, family: str, around: tuple[int, int] | None = None, span: tuple[int, int] | None = None
) -> str | None:
    """A knowledge-base agreement that fits the noun by kind, date (signed up to 30 days after or 60 days before
    the article), parties and place named in the document (or, with `around`, within 20 tokens of the noun):
    «الاتفاق» in an article about the Sochi memorandum is it. The noun at `span` that names its sides ("an
    agreement between Sudan and South Sudan") is one whose parties hold both."""
    if ctx.on is None:
        return None
    sides = _sides(ctx, *span) if span is not None else None
    owner = _demonym_owner(ctx, *span) if span is not None else None
    topic = _new_topic(ctx, *span) if span is not None else set()
    draft = span is not None and _names_draft(ctx, *span)
    in_doc = _named_with_states(ctx)
    subject = _about_state(ctx, span[1]) if span is not None else None
    named = in_doc if around is None else {m.entity for m in ctx.ments.ending_within(around[0] - 20, around[1] + 20)}
    best, best_score, tie, fresh = None, 0, False, []
    day = ctx.on.toordinal()  # (signed up to 60 days before the article or 30 after it)
    for e in _signed_in(ctx.kb, day - 60, day + 30):
        if not _kind_fits(ctx, family, e) or _signed_no_proposal(ctx, family, e):
            continue
        parties = set(e.record.get("parties") or [])
        if sides and not _sides_fit(e, sides):
            continue  # «اتفاق بين السودان وجنوب السودان» is not Sudan's agreement with Israel
        if e.record.get("type") == "draft_resolution" and not draft:
            continue  # "accepted a ceasefire", "adopted a resolution" name no draft put to the vote that month
        if topic and not topic & _name_words(ctx.kb, e):
            continue  # "Turkey and Ukraine signed a defence cooperation agreement" is not the grain deal of that month
        about = set(e.record.get("about") or [])
        if _about_other(ctx, e, subject) or (draft and _adopted_another_day(ctx, e)):
            continue  # "a joint statement on Syria" is not that month's grain deal on Ukraine
        if owner is not None and owner not in parties | about:
            continue  # "the Jordanian plan" is no Russian-Turkish memorandum, however well it fits the date
        score = 2 * len(parties & named) + (e.record.get("place") in named) + len(about & named)
        if parties and not parties & named or _one_side_of_two(parties, named, in_doc):
            continue
        if about and not about & in_doc or _later_elsewhere(ctx, e, about, in_doc):
            continue  # the Berlin conclusions on Libya are not "the agreement" of an article that never names Libya
        if score > best_score:
            best, best_score, tie, fresh = e.id, score, False, []
        elif score == best_score:
            tie = True
        if score == best_score and _fresh(ctx, e.id):
            fresh.append(e.id)
    if tie and len(fresh) == 1:  # of two that fit as well, the one signed that week is the article's
        best, tie = fresh[0], False
    return best if best_score >= 3 and not tie else None


def _later_elsewhere(ctx: Context, e, about: set[str], in_doc: set[str]) -> bool:
    """A deal about two states signed after the article appeared is its agreement only if the article names both:
    «بالاتفاق» in a Lebanese article of September 2025 is not the Gaza ceasefire of the next month."""
    signed = _kb_date(e)
    return ctx.on is not None and signed is not None and signed > ctx.on and len(about) == 2 and not about <= in_doc


def _sides_fit(e, sides: list[tuple[str, set[str]]]) -> bool:
    """The sides a noun names ("between Sudan and South Sudan") are the agreement's parties: every state side is
    one; a group side may be unlisted (or listed in what it is about), unless the agreement is about a state no side
    holds ("the agreement between Hamas and Israel" is not Israel's maritime deal with Lebanon)."""
    parties = set(e.record.get("parties") or ())
    if not all(parties & x for eid, x in sides if eid.startswith("state:")):
        return False
    held = set().union(*(x for _, x in sides))
    named = parties | set(e.record.get("about") or ())  # (a group the truce is about: "between Israel and Hezbollah")
    about = {s for s in e.record.get("about") or () if s.startswith("state:")}
    return all(named & x for _, x in sides) or not about - held


def _signed_no_proposal(ctx: Context, family: str, e) -> bool:
    """ "Iran rejected the proposal" in May 2023 is not the Saudi-Iranian agreement Iran signed in March: a
    proposal is what comes before a deal, so it names no known agreement already signed when the article
    appeared (one signed after it, "the proposal" that became the deal, still fits)."""
    if family != "proposal" or family_of_known(ctx.kb, e.id) in ("proposal", "plan"):
        return False
    signed = _kb_date(e)
    return ctx.on is not None and signed is not None and signed < ctx.on


def _one_side_of_two(parties: set[str], named: set[str], in_doc: set[str]) -> bool:
    """A deal of two parties of which the text names one: "Iran and Saudi Arabia released a joint communique" is
    not Iran's statement with the IAEA of that month. An article on a two-party deal names both, or the leader of
    one ("Santos and Londoño signed the peace agreement": `_named_with_states` holds the body a named man leads)."""
    return len(parties) == 2 and len(parties & named) == 1 and len(parties & in_doc) == 1


def _names_draft(ctx: Context, ts: int, te: int) -> bool:
    """The noun says it is a draft ("the US draft resolution", "the draft", «مشروع القرار»: `draft_words` in it or
    among the three words before it)."""
    words = ctx.lex.w("draft_words")
    return any(not words.isdisjoint(t.forms) for t in ctx.toks[max(0, ts - 3) : te])


def _new_topic(ctx: Context, ts: int, te: int) -> set[str]:
    """What an indefinite noun, which introduces an agreement, says it is about (`topical_modifiers`,
    `agreement_topics`: "a defence cooperation agreement", "a local truce", "a power-sharing deal", «اتفاق لتقاسم
    السلطة»): a known agreement whose names hold none of these words is another one. None for a definite noun,
    which may refer back by any word."""
    if not _indefinite(ctx, ts, te):
        return set()
    topics = ctx.lex.any_of("topical_modifiers", "agreement_topics")
    after = [t.forms[-1] for t in ctx.toks[te : te + 2]] if ctx.lang == "ar" else []  # («هدنة محلية», «اتفاق تنسيق»)
    words = {w.removesuffix("ا") if w not in topics else w for w in [*_content_words(ctx, ts, te), *after]}
    return words & topics  # («اتفاقاً أمنياً»: the adjective without its tanween)


def _about_state(ctx: Context, te: int) -> str | None:
    """The state a noun says it is about, right after it: "a joint statement on Syria", «بيان حول ليبيا»
    (`agreement_about`, then the state or a place of it)."""
    k = te + (te < len(ctx.toks) and ctx.texts[te] in ctx.lex.w("agreement_about"))
    if k == te or k >= len(ctx.toks):
        return None
    k += ctx.texts[k] == "the"
    m = ctx.starting_at(k, ("state", "place"))
    if m is None:
        return None
    if m.kind == "state":
        return m.entity
    e = ctx.kb.get(m.entity)
    return e.record.get("state") if e is not None else None


def _about_other(ctx: Context, e, subject: str | None) -> bool:
    """Whether the known agreement e is about another state than the one the noun is "on" (_about_state): that
    state is none of e's parties, subjects or place."""
    if subject is None:
        return False
    return subject not in _parties_of(e) | _place_states(ctx, e)


def _adopted_another_day(ctx: Context, e) -> bool:
    """A draft is an adopted resolution only on the day of its vote: "a draft resolution drafted by Russia" that
    the Council rejected in April 2018 is not resolution 2401 of February, nor the one vetoed on 25 February
    2022 resolution 2623 of the 27th."""
    signed = _kb_date(e) if e.record.get("type") == "resolution" else None
    return signed is not None and ctx.on is not None and abs((ctx.on - signed).days) > 0


def _place_states(ctx: Context, e) -> set[str]:
    """The state of a known agreement's place (Istanbul: Turkey)."""
    place = ctx.kb.get(e.record.get("place")) if e.record.get("place") else None
    return {place.record["state"]} if place is not None and place.record.get("state") else set()


def _kind_fits(ctx: Context, family: str, e) -> bool:
    """Whether a noun of `family` may name the known agreement e by its kind (known_fit then scores the rest)."""
    if _families_fit(family, family_of_known(ctx.kb, e.id)):
        return True
    return _ceasefire_accord(ctx.kb, family, e) or _ceasefire_that_day(ctx, family, e)


def _ceasefire_that_day(ctx: Context, family: str, e) -> bool:
    """ "The leaders reached a ceasefire deal" in an article of the day (or the next) a known agreement was signed:
    the ceasefire is that agreement's (Minsk II, the Karabakh statement of November 2020), whatever the knowledge
    base calls it; its parties and place must still fit (known_fit scores them)."""
    signed = _kb_date(e) if family == "ceasefire" and family_of_known(ctx.kb, e.id) == "agreement" else None
    return signed is not None and ctx.on is not None and 0 <= (ctx.on - signed).days <= 1


def _ceasefire_accord(kb, family: str, e) -> bool:
    """ "a cessation of hostilities agreement", «اتفاق لوقف الأعمال العدائية» may be an accord the knowledge base
    files as an agreement whose own names say cessation of hostilities (the Pretoria agreement of 2022)."""
    if family != "ceasefire" or family_of_known(kb, e.id) != "agreement":
        return False
    memo = kb_memo(kb, "ceasefire-named")  # (once per knowledge base and agreement, not at every noun of every article)
    named = memo.get(e.id)
    if named is None:
        named = memo[e.id] = any(_family(norm_alias(n)) == "ceasefire" for n in (e.name, *e.aliases, *e.aliases_ar))
    return named


def _demonym_owner(ctx: Context, ts: int, te: int) -> str | None:
    """The state a demonym right by the noun names as its owner: "the Jordanian plan", «الخطة الأردنية» (not "the
    US-brokered deal": a hyphen compound names a broker)."""
    dems = _demonyms_at(ctx, te, 1)[:1] if ctx.lang == "ar" else _demonyms_at(ctx, ts, -1)[-1:]
    m = dems[0] if dems else None
    hyphen = m is not None and m.te < len(ctx.toks) and ctx.toks[m.te].text == "-"
    return m.entity if m is not None and m.kind == "state" and not hyphen else None


def _named_with_states(ctx: Context) -> set[str]:
    """What the document names, with the state of each place, body and person it names (Idlib, the Syrian army
    and Damascus all name Syria): what an agreement's parties and `about` are checked against. Once per
    document: the agreement mentions added while nouns are resolved name no party, place or state."""
    out = ctx.memo.get("named_with_states")
    if out is None:
        out = ctx.memo["named_with_states"] = _with_their_states(ctx, {m.entity for m in ctx.ments})
    return out  # type: ignore[return-value]


def _with_their_states(ctx: Context, named: set[str]) -> set[str]:
    """The entities, with the state of each place, body and person among them."""
    out = set(named)
    for eid in named:
        e = ctx.kb.get(eid)
        if e is not None:
            out.update(x for x in (e.record.get("state"), e.record.get("nationality")) if x)
        if eid[:7] == "person:":  # "signed by Khalilzad and Baradar": the Taliban's deputy leader names them
            out.update(r.of for r in ctx.kb.roles_of(eid, ctx.on) if r.of)
    return out


_KB_AGREEMENTS: dict[int, list] = {}


def _kb_agreements(kb) -> list:
    """The knowledge base's agreements with a parsed signing date (cached per knowledge base)."""
    if id(kb) not in _KB_AGREEMENTS:
        out = []
        for e in kb.entities.values():
            if e.kind == "agreement" and _kb_date(e) is not None:
                out.append(e)
        _KB_AGREEMENTS.clear()
        _KB_AGREEMENTS[id(kb)] = out
    return _KB_AGREEMENTS[id(kb)]


_BY_DATE: dict[int, tuple[object, list[int], list[tuple[int, object]]]] = {}


def _signed_in(kb, first: int, last: int) -> list:
    """The knowledge base's agreements signed from day `first` to day `last` (ordinals, both included), in the
    order of _kb_agreements: found by bisection in a list sorted by signing date (made once per knowledge base),
    where a scan of all of them was most of resolving a common agreement noun by its date."""
    got = _BY_DATE.get(id(kb))
    if got is None or got[0] is not kb:  # (the knowledge base kept: an id is only unique while it lives)
        ranked = sorted(enumerate(_kb_agreements(kb)), key=lambda x: _kb_date(x[1]))
        _BY_DATE.clear()
        got = _BY_DATE[id(kb)] = (kb, [_kb_date(e).toordinal() for _, e in ranked], ranked)
    _, days, ranked = got
    window = ranked[bisect.bisect_left(days, first) : bisect.bisect_right(days, last)]
    return [e for _, e in sorted(window, key=_FIRST)]


_FIRST = itemgetter(0)


def _signed_in_month(kb, when: date) -> list:
    """The knowledge base's agreements signed in the month of `when`, as _signed_in gives them."""
    first = date(when.year, when.month, 1)
    return _signed_in(kb, first.toordinal(), first.toordinal() + monthrange(when.year, when.month)[1] - 1)


def _kb_date(e):
    if "_date" not in e.record:
        e.record["_date"] = parse_kb_date(e.record.get("date")) if e.record.get("date") else None
    return e.record["_date"]


def _compatible(ctx: Context, family: str, m: Ment, fams: dict[int, str | None]) -> bool:
    """A discovered agreement by its noun, a known one by its type; a numbered resolution is a resolution."""
    if id(m) not in fams:
        fams[id(m)] = "resolution" if m.role == "resolution" else family_of_mention(ctx, m)
    if family == "ceasefire" and fams[id(m)] == "agreement" and _fresh(ctx, m.entity):
        return True  # "a cessation of hostilities" in the article on the peace agreement signed that week is it
    if family == "proposal" and any(_family(w) == family for w in ctx.lasts[m.ts : m.te]):
        return True  # "the proposal" after "a proposal for a ceasefire", «مقترح لوقف إطلاق النار»: that proposal
    return _families_fit(family, fams[id(m)])


def _days_since_signed(ctx: Context, eid: str) -> int | None:
    """Days from a known agreement's signing to the article (negative: signed after it), if both are dated."""
    e = ctx.kb.get(eid)
    signed = _kb_date(e) if e is not None else None
    return (ctx.on - signed).days if ctx.on is not None and signed is not None else None


def _fresh(ctx: Context, eid: str) -> bool:
    """A known agreement signed within a week of the article."""
    days = _days_since_signed(ctx, eid)
    return days is not None and abs(days) <= 7


def _families_fit(family: str, fam: str | None) -> bool:
    """A noun of one family may name an agreement of another: "the proposal" that is approved becomes "the
    deal", "the plan" announced for a cessation of hostilities is it; a resolution is only ever a resolution."""
    if family == "text":
        return True  # "the text": whatever agreement, resolution or draft was named
    if family in ("resolution", "embargo") or fam in ("resolution", "embargo"):
        return family == fam  # "the draft resolution" ... "the resolution"; an arms embargo is only itself
    return family in ("agreement", "plan") or fam in (family, None) or {family, fam} <= {"agreement", "proposal"}


def _antecedent(ctx: Context, named: list[Ment], older: set[str], family: str, ts: int, fams: dict) -> Ment | None:
    """The agreement a bare noun stands for: the nearest compatible mention, one named by an older year ("the
    1991 ceasefire") only when the document names no other ("the truce" is the one the article reports)."""
    near = _nearest_agreement(ctx, named, family, ts, fams)
    if near is not None and near.ts < ts and _pointed(ctx, ts):
        return near  # «هذا الاتفاق», "this agreement": the one just named, however old
    if near is not None and (near.entity in older or _signed_before(ctx, near.entity)):
        recent = [m for m in named if m.entity not in older and not _signed_before(ctx, m.entity)]
        newer = _nearest_agreement(ctx, recent, family, ts, fams)
        near = near if newer is None or _parties_here(ctx, ts, near.entity, newer.entity) else newer
    elif near is not None and _days_since_signed(ctx, near.entity) and not _fresh(ctx, near.entity):
        # «… بعد أقل من عشرة أيام على توقيعه في بكين اتفاق …»: an agreement of the week before, named in passing,
        # is not "the agreement" of an article that reports one signed that day
        today = [m for m in named if m.ts < ts and _fresh(ctx, m.entity)]
        near = _nearest_agreement(ctx, today, family, ts, fams) or near
    if near is not None and family == "agreement" and (fams.get(id(near)) == "declaration" or _plural(ctx, near)):
        # "the agreement" after "a joint declaration" issued beside it, or after «أربع مذكرات تفاهم» signed
        # beside it, is the one agreement the article names
        single = [m for m in named if not _plural(ctx, m)]
        deals = [m for m in single if fams.get(id(m), family_of_mention(ctx, m)) != "declaration"]
        found = (_nearest_agreement(ctx, group, family, ts, fams) for group in (deals, single))
        near = next((x for x in found if x is not None), near)
    if near is not None and family == "agreement" and near.ts < ts and fams.get(id(near)) not in ("agreement", None):
        near = _salient(ctx, named, near, ts, fams)
    return _same_kind(ctx, named, older, family, ts, near, fams)


def _named_alike(ctx: Context, named: list[Ment], ts: int, te: int) -> Ment | None:
    """ "the charter" after "the Liptako-Gourma Charter" and a later treaty, "the framework deal" after "the
    Framework Agreement on the Bangsamoro" in an article on the comprehensive one: a noun of no kind of its own
    ("the truce", "the memorandum" are `_same_kind`'s) with words of its own
    beyond its kind and determiner (not `unnaming_agreement_words`) is the one agreement named in the 400 words
    before it whose mentions in the article hold all those words (not only its names in the knowledge base: "a
    'declaration of peace'" is not the Abraham Accords for an alias "Abraham Accords Declaration")."""
    own = _alike_words(ctx, " ".join(ctx.texts[ts:te])) - _alias_keys(ctx.lex.w("unnaming_agreement_words"))
    if not own or any(w.isdigit() for w in own) or _indefinite(ctx, ts, te):
        return None  # ("a declaration of peace" introduces one)
    k = bisect.bisect_left(named, ts, key=lambda m: m.ts)
    found: dict[str, Ment] = {}
    for m in reversed(named[max(0, k - 40) : k]):
        if m.te > ts or ts - m.te > 400 or m.entity in found:
            continue
        names: set[str] = set()
        for x in ctx.ments.by_entity.get(m.entity, ()):
            if x.ts < ts:
                names |= _alike_words(ctx, x.text)
        if own <= names:
            found[m.entity] = m
    return next(iter(found.values())) if len(found) == 1 else None


@lru_cache(maxsize=8)
def _alias_keys(words: frozenset[str]) -> frozenset[str]:
    """A vocabulary's words as alias keys (`norm_alias`), once per lexicon rather than once per article."""
    return frozenset(norm_alias(w) for w in words)


def _alike_words(ctx: Context, text: str) -> frozenset[str]:
    """The words of a name as _named_alike compares them (normalized, dashes as spaces, no article), kept per
    document and text: the same mentions were normalized again at each noun."""
    memo = ctx.memo.get("agreement-name-words")
    if not isinstance(memo, dict):
        memo = ctx.memo["agreement-name-words"] = {}
    got = memo.get(text)
    if got is None:
        got = memo[text] = frozenset(strip_article(w) for w in norm_alias(text.replace("-", " ")).split())
    return got


def _parties_here(ctx: Context, ts: int, older: str, newer: str) -> bool:
    """The noun's sentence names parties of the older agreement and none of the newer one ("the Congolese and
    Rwandan ministers signed the deal" after the Washington agreement, in an article on another of that month), or
    names one of the older one's parties that is no party of the newer one: it is the older one."""
    a, b = _sentence_bounds(ctx, ts, ts)
    here = _with_their_states(
        ctx, {m.entity for m in ctx.ments.ending_within(a, b) if m.ts >= a and m.kind != "agreement"}
    )
    old, new = ctx.kb.get(older), ctx.kb.get(newer)
    if old is None or new is None:
        return False
    if _parties_of(old) - _parties_of(new) & {m.entity for m in ctx.ments.ending_within(a, b) if m.ts >= a}:
        return True  # "the Tuareg movements, which signed the accord": a party of the older one only, by name
    return bool(_parties_of(old) & here) and not _parties_of(new) & here


def _same_kind(
    ctx: Context, named: list[Ment], older: set[str], family: str, ts: int, near: Ment | None, fams: dict
) -> Ment | None:
    """ "the roadmap" after "a roadmap for elections" and then "a ceasefire agreement", "the truce" after a truce
    and then a deal: a noun of a kind of its own (not "the agreement", "the text") is the last agreement named
    by that kind within 400 words before it, of the article's own (not one of an older date), rather than the
    nearest of another kind."""
    if near is None or family in ("agreement", "text") or fams.get(id(near)) == family:
        return near
    k = bisect.bisect_left(named, ts, key=lambda m: m.ts)
    for m in reversed(named[max(0, k - 40) : k]):
        if ts - m.te > 400:
            break
        if m.te <= ts and m.entity not in older and _compatible(ctx, family, m, fams) and fams[id(m)] == family:
            return m
    return near


def _salient(ctx: Context, named: list[Ment], near: Ment, ts: int, fams: dict) -> Ment:
    """ "the agreement", «رحّب بالاتفاق» right after a truce or a memorandum named in passing («محادثات حول هدنة
    قصيرة», «بموجب مذكرة تفاهم أمنية» of an older pact) is the agreement the article has named most often before
    it (at least twice, and more often than that one), not the passing one of another kind."""
    counts = Counter(m.entity for m in named if m.te <= ts and _compatible(ctx, "agreement", m, fams))
    (top, n), near_n = (counts.most_common(1) or [(near.entity, 0)])[0], counts[near.entity]
    if top == near.entity or n < 2 or n <= near_n:
        return near
    return next(m for m in reversed(named) if m.entity == top and m.te <= ts)


def _plural(ctx: Context, m: Ment) -> bool:
    """An agreement mention made of a plural noun ("three memoranda", «مذكرات تفاهم»)."""
    return not ctx.lex.w("plural_agreement_nouns").isdisjoint(t.text for t in ctx.toks[m.ts : m.te])


def _signed_before(ctx: Context, eid: str) -> bool:
    """A known agreement signed more than 45 days before the article: background to the one it reports."""
    days = _days_since_signed(ctx, eid)
    return days is not None and days > 45


def _nearest_agreement(ctx: Context, named: list[Ment], family: str, ts: int, fams: dict) -> Ment | None:
    """The nearest compatible agreement mention, looking outward from `ts` (at most 5,000 tokens away)."""
    k = bisect.bisect_left(named, ts, key=lambda m: m.ts)
    left, right = k - 1, k
    while left >= 0 or right < len(named):
        dl = ts - named[left].ts if left >= 0 else 10**9
        dr = named[right].ts - ts if right < len(named) else 10**9
        if min(dl, dr) > 5000:
            return None
        if dl <= dr:
            if _compatible(ctx, family, named[left], fams):
                return named[left]
            left -= 1
        else:
            if _compatible(ctx, family, named[right], fams):
                return named[right]
            right += 1
    return None


_FAMILY_AR = {
    "ceasefire": "وقف إطلاق النار",
    "memorandum": "مذكرة تفاهم",
    "agreement": "اتفاق",
    "treaty": "معاهدة",
    "declaration": "إعلان",
    "plan": "خطة",
    "proposal": "مقترح",
    "resolution": "مشروع قرار",
    "embargo": "حظر توريد الأسلحة",
}


def _merge_adjacent(
    found: list[tuple[int, int, object]],
    toks: list[Token],
    free=None,
    drafts: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
    apart: frozenset[str] = frozenset(),
) -> list[tuple[int, int]]:
    """ "ceasefire agreement", "truce deal", "agreement on a framework": one mention; not across a name
    («المقترح المصري القطري لوقف إطلاق النار»: the proposal is named apart from the states that made it). A
    draft (`drafts`: its words and the modifiers it may take) before a modified noun is that noun's draft: "a
    draft peace agreement"."""
    out: list[list[int]] = []
    for ts, te, _p in found:
        if out and ts - out[-1][1] <= 2:  # (every merge below has at most two words between)
            between = [t.text for t in toks[out[-1][1] : ts]]
            if between and between[0] in apart:  # «الإعلان عن التوصل لاتفاق»: announcing the agreement after it
                out.append([ts, te])
                continue
            drafted = toks[out[-1][1] - 1].text in drafts[0] and all(w in drafts[1] for w in between)
            if (
                not between
                or drafted
                or between in (["on", "a"], ["on", "the"], ["for", "a"], ["on"])
                or _purpose_of(toks, between, ts)
                and (free is None or free(out[-1][1], ts))
            ):
                out[-1][1] = te
                continue
        out.append([ts, te])
    return [(a, b) for a, b in out]


def _purpose_of_proposal(ctx: Context, named: list[Ment], ts: int) -> bool:
    """The Arabic «ل» noun at ts says what a plan or proposal named just before it is for, past the adjectives
    of its proposers («المقترح المصري القطري لوقف إطلاق النار», «المبادرة الأمريكية الجديدة لوقف الحرب»): one
    agreement, as "the Egyptian-Qatari proposal for a ceasefire" is (`_merge_adjacent` keeps their names apart)."""
    if ctx.lang != "ar":
        return False
    k = bisect.bisect_left(named, ts, key=lambda m: m.ts)
    m = named[k - 1] if k > 0 else None
    if m is None or not 0 < ts - m.te <= 2 or _family(" ".join(ctx.lasts[m.ts : m.te])) not in ("plan", "proposal"):
        return False
    return _purpose_of(ctx.toks, ctx.texts[m.te : ts], ts)


def _purpose_of(toks: list[Token], between: list[str], ts: int) -> bool:
    """«اتفاقا تاريخيا لوقف إطلاق النار»: an Arabic noun, its adjectives (one or two words, no comma) and the
    «ل» of what it is for are one agreement."""
    return (
        0 < len(between) <= 2
        and toks[ts].text.startswith("ل")
        and len(toks[ts].forms) > 1
        and all(w.isalpha() and not w.startswith(("و", "ل", "في")) for w in between)
    )


def proposed_noun(ctx: Context, m: Ment) -> bool:
    """A plan or a proposal: by the family of its words ("the Egyptian-Qatari proposal", «المبادرة المصرية
    القطرية»), or for a common noun by any one of them ("the Egyptian-Qatari ceasefire proposal", "a plan for a
    ceasefire", «مبادرة لوقف إطلاق النار»): those named with it put it forward, nobody has agreed to it yet."""
    proposed = ("plan", "proposal")
    if _family(" ".join(ctx.texts[m.ts : m.te])) in proposed:
        return True
    return m.role == "generic" and any(_family(w) in proposed for w in ctx.lasts[m.ts : m.te])


def family_of_mention(ctx: Context, m: Ment) -> str | None:
    if m.role == "generic" or ctx.kb.get(m.entity) is None:
        return _family(" ".join(t.text for t in ctx.toks[m.ts : m.te]))
    return family_of_known(ctx.kb, m.entity)


_AR_MONTH_OF = {normalize(n).text: m for n, m in _AR_MONTHS_ALL.items()}
_MONTHS_EN = {m: n for n, m in enumerate(("january", "february", "march", "april", "may", "june", "july", "august",
                                           "september", "october", "november", "december"), 1)}  # fmt: skip


def _month_named(ctx: Context, ts: int):
    """The month an English agreement noun is dated by: "the November ceasefire" (the last November on or
    before the article), "the March 2020 truce"."""
    if ctx.lang == "ar":
        return None
    toks, k = ctx.toks, ts - 1
    while k > 0 and toks[k].text in ctx.lex.w("agreement_modifiers") and ctx.free(k, k + 1):
        k -= 1
    year = None
    if k > 0 and _year_at(ctx, k) is not None:
        year, k = _year_at(ctx, k), k - 1
    elif k > 0 and toks[k].text.isdigit() and len(toks[k].text) <= 2 and toks[k - 1].text in _MONTHS_EN:
        k -= 1  # "the September 17 agreement": the day of a month
    month = _MONTHS_EN.get(toks[k].text) if k >= 0 and ctx.free(k, k + 1) else None
    if month is None or not (k > 0 and toks[k - 1].text in ("the", "a", "last", "this")):
        return None  # ("may" alone is a verb: a month is named after an article)
    if year is None and ctx.on is not None:
        year = ctx.on.year if month <= ctx.on.month else ctx.on.year - 1
    return date(year, month, 1) if year and 1945 <= year <= 2100 else None


def _month_next_ar(ctx: Context, te: int):
    """The month an Arabic agreement noun is dated by, named right after it («هدنة يناير», «اتفاق مارس 2020»): the
    last such month on or before the article, or that of the year named."""
    if te >= len(ctx.toks) or not ctx.free(te, te + 1):
        return None
    if ctx.texts[te].isdigit() and len(ctx.texts[te]) <= 2 and te + 1 < len(ctx.toks):
        te += 1  # «اتفاق 11 مايو»: the day first
    month = _AR_MONTH_OF.get(ctx.texts[te])
    if month is None and te + 1 < len(ctx.toks):  # «إعلان 27 تشرين الثاني 2024»: a month in two words
        month = _AR_MONTH_OF.get(ctx.texts[te] + " " + ctx.texts[te + 1])
        te += month is not None
    if month is None:
        return None
    year = _year_at(ctx, te + 1) if te + 1 < len(ctx.toks) else None
    if year is None and ctx.on is not None:
        year = ctx.on.year if month <= ctx.on.month else ctx.on.year - 1
    return date(year, month, 1) if year and 1945 <= year <= 2100 else None


def _month_after(ctx: Context, te: int):
    """The earlier month an English agreement noun is dated by a few words after it, with no name between ("the
    declaration the two sides signed in April", "a truce agreed in March 2024", "the ceasefire agreed on December
    29"): the last such month strictly
    before the article's."""
    if ctx.on is None:
        return None
    if ctx.lang == "ar":
        return _month_after_ar(ctx, te)
    toks, end = ctx.toks, min(te + 9, len(ctx.toks) - 1)
    for x in range(te, end):
        if _other_noun(ctx, x) or toks[x].text in (".", ";", "!", "?"):
            return None  # "the permanent ceasefire replaces a truce agreed in January": that truce's month;
            # ("agreed to a truce on Thursday. On March 12, …": the next sentence's date is not the truce's)
        m = x + 2 if toks[x].text == "on" and _day_at(ctx, x + 1) else x + 1  # ("on 2 November 2022")
        month = _MONTHS_EN.get(toks[m].text) if toks[x].text in ("in", "on", "of") and m < len(toks) else None
        # ("on December 29", "the ceasefire of November 2020")
        if month and _free_but_places(ctx, te, x + 1):
            y = m + 1
            if _day_at(ctx, y):  # "on November 2, 2022": past the day and its comma
                y += 2 if y + 1 < len(toks) and toks[y + 1].text == "," else 1
            year = _year_at(ctx, y) if y < len(toks) else None
            year = year or (ctx.on.year if month <= ctx.on.month else ctx.on.year - 1)  # (this month's: no
            when = date(year, month, 1)  # background, "signed in July" in a July article is the one reported)
            return when if when < date(ctx.on.year, ctx.on.month, 1) and 1945 <= year else None
    return None


def _last_month_after(ctx: Context, te: int):
    """«تفاهمات السلام التي توصلت إليها مع X في أديس أبابا الشهر الماضي», "the truce the two sides reached last
    month": a relative clause or participle right after the noun, dated by 'last month' (`last_month_words`) within
    it; the month before the article's."""
    te = _extend_right(ctx, te)  # («تفاهمات السلام التي …»: past the noun's complement)
    if ctx.on is None or te >= len(ctx.toks):
        return None
    opener = ctx.toks[te]
    if opener.text not in ctx.lex.w("relative_pronouns") and ctx.lex.w("signed_participles").isdisjoint(opener.forms):
        return None
    words, texts = ctx.lex.w("last_month_words"), ctx.texts
    for x in range(te + 1, min(te + 14, len(ctx.toks) - 1)):
        if texts[x] in (".", "،", ",", "؛", ";") or any(m.kind == "agreement" for m in ctx.ments.starting(x)):
            return None
        if f"{texts[x]} {texts[x + 1]}" in words:
            return date(ctx.on.year - (ctx.on.month == 1), (ctx.on.month - 2) % 12 + 1, 1)
    return None


def _month_after_ar(ctx: Context, te: int):
    """«وقّعتا اتفاقاً لوقف إطلاق النار برعاية روسية في نوفمبر 2020», «الاتفاق الموقع عليه من الطرفين في 20
    أيار/مايو الماضي»: an earlier month after «في» within the noun's phrase (no stop, no other agreement, no
    actor but a demonym, a collective or one after a preposition), the last such month before the article's."""
    toks, texts, end = ctx.toks, ctx.texts, min(te + 12, len(ctx.toks) - 1)
    free = ctx.lex.any_of("prepositions", "with", "between")
    for x in range(te, end):
        if texts[x] in (".", "،", ",", "؛", ";") or not _phrase_goes_on(ctx, x, free) or _other_noun(ctx, x):
            return None  # («ويحل الاتفاق محل هدنة أعلنت في يناير»: the truce's month, not the agreement's)
        if texts[x] != "في":
            continue
        k = x + 1 + texts[x + 1].isdigit()
        month = _AR_MONTH_OF.get(texts[k]) if k < len(toks) else None
        if month is None and k + 1 < len(toks):
            month = _AR_MONTH_OF.get(f"{texts[k]} {texts[k + 1]}")
        if month is None:
            continue
        year = next((_year_at(ctx, y) for y in range(k + 1, min(k + 5, len(toks))) if _year_at(ctx, y)), None)
        year = year or (ctx.on.year if month <= ctx.on.month else ctx.on.year - 1)
        when = date(year, month, 1)
        return when if when < date(ctx.on.year, ctx.on.month, 1) and 1945 <= year else None
    return None


def _other_noun(ctx: Context, x: int) -> bool:
    """Another agreement noun starts at token x (one the discovery has not reached yet: a date after it is its own)."""
    return ctx.lex.agreement_nouns.match_at(ctx.toks, x) is not None


def _phrase_goes_on(ctx: Context, x: int, preps: frozenset[str]) -> bool:
    """No other agreement and no actor starts at token x, but a demonym, a collective or one after a preposition
    («برعاية روسية», «من الطرفين», «مع الحركة»)."""
    for m in ctx.ments.starting(x):
        if m.kind == "agreement":
            return False
        if m.kind != "place" and m.role not in ("demonym", "coref") and not m.in_np and ctx.texts[x - 1] not in preps:
            return False
    return True


def _free_but_places(ctx: Context, ts: int, te: int) -> bool:
    """No name between tokens ts and te but a place's ("a ceasefire the rivals agreed in Khartoum in June") or
    its brokers' after "by" ("a ceasefire brokered by the African Union in Addis Ababa in January")."""
    by = next((k for k in range(ts, te) if ctx.texts[k] == "by"), te)
    return all(m.kind == "place" or m.ts > by for m in ctx.ments.ending_within(ts, te) if m.ts >= ts)


def _dated(ctx: Context, family: str, ts: int, te: int, top_state: str | None) -> tuple[str | None, int | None]:
    """The agreement a noun's own date names, and the older year if that is what names it. "The November
    ceasefire", "the March 2020 truce": the one of that month. "The 1991 ceasefire": that year's, and "the
    ceasefire" after it is still the one the article reports, if it reports one (the caller's choice)."""
    month = _month_named(ctx, ts) if ctx.lang != "ar" else _month_next_ar(ctx, te)
    if month is not None:  # (of an earlier month than the article's: background, as by an older year)
        known = _named_that_month(ctx, family, month, (ts, te)) or _known_in_month(ctx, family, month)
        known = known or (_known_on_day(ctx, month, te) if ctx.lang == "ar" else None)
        known = known or _discovered(ctx, family, ts, te, top_state, month)
        return known, month.year if ctx.on is not None and month < date(ctx.on.year, ctx.on.month, 1) else None
    month = (_month_after(ctx, te) or _last_month_after(ctx, te)) if family in _LABEL else None
    if month is not None:  # "a declaration the two sides signed in April": an earlier one, background
        known = _known_in_month(ctx, family, month, te) or _known_in_month_at(ctx, family, month, te)
        return known or _discovered(ctx, family, ts, te, top_state, month), month.year
    month, year = _fronted_date(ctx, ts, te) if family in _LABEL else (None, None)
    if month is not None:  # "On October 10, the two countries reached a ceasefire agreement": that day's
        known = _known_in_month(ctx, family, month, te)
        return known or _discovered(ctx, family, ts, te, top_state, month), month.year
    year = year or _older_year(ctx, ts, te) or _war_ended_year(ctx, ts, te)
    if year is not None:  # ("the Russian-brokered ceasefire of November 2020 … the 2020 ceasefire")
        known = _named_that_month(ctx, family, date(year, 1, 1), (ts, te), whole_year=True)
        known = known or _known_at_place_in_year(ctx, family, year, ts, te) or _known_in_year(ctx, family, year)
        return known or _discovered(ctx, family, ts, te, top_state, year=year), year
    return None, None


def _war_ended_year(ctx: Context, ts: int, te: int) -> int | None:
    """The older year of the war an indefinite agreement noun ended ("fought a war in 2020 that ended with a
    Moscow-brokered truce", «خاض البلدان حربا عام 2020 انتهت باتفاق لوقف إطلاق النار»): a verb of ending
    (`war_end_verbs`) right before the noun, the year earlier in its sentence with no other agreement noun
    between; the truce is that year's, not the one the article reports."""
    if ctx.on is None or not _indefinite(ctx, ts, te):
        return None
    texts, ends = ctx.texts, ctx.lex.w("war_end_verbs")
    k = _noun_phrase_start(ctx, ts)
    if ctx.lang == "ar":
        if not (texts[ts].startswith("ب") and k > 0 and texts[k - 1] in ends):
            return None
    else:
        k -= k > 0 and texts[k - 1] in ("a", "an")
        if not (k > 1 and texts[k - 1] in ("with", "in") and texts[k - 2] in ends):
            return None
        k -= 1
    a = _sentence_bounds(ctx, ts, te)[0]
    for x in range(k - 1, max(a, k - 16) - 1, -1):
        if _other_noun(ctx, x):
            return None
        year = _year_at(ctx, x)
        if year is not None:
            return year if year < ctx.on.year else None
    return None


def _fronted_date(ctx: Context, ts: int, te: int) -> tuple[date | None, int | None]:
    """The earlier date a sentence opens with, when an indefinite agreement noun is the first one of that sentence
    ("On October 10, the two countries reached a ceasefire agreement", "In 1994, the two sides reached an
    agreement", «وفي 27 حزيران الماضي، وقع الطرفان اتفاقا»): the month (before the article's) or the older year
    the noun is dated by; a definite noun ("In March, the truce collapsed") is the one named before."""
    if ctx.on is None or not _indefinite(ctx, ts, te):
        return None, None
    if not (_signed(ctx, ts, te) or _agreed_to(ctx, ts) or _agreed_by(ctx, te) is not None):
        return None, None  # ("In August, the two leaders issued calls for a ceasefire": none made then)
    texts, a = ctx.texts, _sentence_bounds(ctx, ts, te)[0]
    k = a + (texts[a] in ctx.lex.w("and"))
    if k >= ts or texts[k] not in ctx.lex.w("fronted_date_prepositions"):
        return None, None
    k += 1 + _day_at(ctx, k + 1)  # ("On 10 October")
    if ctx.lang == "ar" and k < ts and texts[k] in ctx.lex.w("year_linkers"):
        k += 1  # «وفي عام 1994»
    month = (_AR_MONTH_OF if ctx.lang == "ar" else _MONTHS_EN).get(texts[k]) if k < ts else None
    j = k + 1 + (month is not None and _day_at(ctx, k + 1))  # ("On October 10, 2020")
    year = _year_at(ctx, j + (j < ts and texts[j] == ",")) if month else _year_at(ctx, k)
    if any(_other_noun(ctx, x) for x in range(k, _extend_left(ctx, ts))):
        return None, None  # (the date is another agreement's: "In 2019, a truce was signed; a new deal …")
    if month is None:
        return None, year if year is not None and year < ctx.on.year else None
    year = year or (ctx.on.year if month <= ctx.on.month else ctx.on.year - 1)
    when = date(year, month, 1)
    return (when, None) if when < date(ctx.on.year, ctx.on.month, 1) and 1945 <= year else (None, None)


def _known_on_day(ctx: Context, month: date, te: int) -> str | None:
    """«إعلان 27 تشرين الثاني 2024»: a noun dated to the day names the one known agreement signed that day (or the
    day before: announced, then in force) whose parties the document names, whatever its kind (the declaration of
    that day is the ceasefire declared)."""
    day = ctx.texts[te] if te < len(ctx.toks) else ""
    if not (day.isdigit() and len(day) <= 2 and 1 <= int(day) <= monthrange(month.year, month.month)[1]):
        return None
    on, named = date(month.year, month.month, int(day)), _named_with_states(ctx)
    fit = [
        e
        for e in _signed_in_month(ctx.kb, month)
        if abs((_kb_date(e) - on).days) <= 1
        and family_of_known(ctx.kb, e.id) not in ("resolution", "embargo", "proposal", "plan")
        and len(set(e.record.get("parties") or ()) & named) >= 2
    ]
    return fit[0].id if len(fit) == 1 else None


def _named_that_month(
    ctx: Context, family: str, month: date, span: tuple[int, int], whole_year: bool = False
) -> str | None:
    """ "signed a power-sharing deal in Mogadishu on May 3 … welcomed the May 3 agreement", "the November 2
    agreement" after the Pretoria agreement, «وقعت … في 11 مايو اتفاقا … اتفاق 11 مايو»: a noun its month (and day)
    names is the one agreement of a fitting kind the article named before it with that date (a known one signed
    then, or a discovered one dated by that month or whose sentences name it, and no other day of it); with
    `whole_year`, the one named with a date of that year ("the 2020 ceasefire")."""
    ts, te = span
    near = ctx.toks[te : te + 1] if ctx.lang == "ar" else ctx.toks[max(0, ts - 3) : ts]  # «اتفاق 11 مايو»
    day = next((int(t.text) for t in near if t.text.isdigit() and len(t.text) <= 2), None)
    if whole_year:
        return _named_that_year(ctx, family, month.year, ts)
    dates = _discovered_months(ctx)
    fit: set[str] = set()
    for m in ctx.ments:
        if m.kind != "agreement" or m.te > ts or m.entity in fit:
            continue
        e = ctx.kb.get(m.entity)
        signed = _kb_date(e) if e is not None else dates.get(m.entity)
        same = signed is not None and (signed.year, signed.month) == (month.year, month.month)
        if e is not None:
            dated = same and (day is None or signed.day == day)
        else:  # ("signed a deal on May 3 … replaced the May 1 agreement")
            days = _days_named(ctx, m.entity, ts, month.month)
            dated = (same or days is not None) and (day is None or not days or day in days)
        if dated and _families_fit(family, family_of_mention(ctx, m)):
            fit.add(m.entity)
    return next(iter(fit)) if len(fit) == 1 else None


def _named_that_year(ctx: Context, family: str, year: int, ts: int) -> str | None:
    """The one agreement of a fitting kind named before token ts that is dated to the year (known, or discovered
    for a month of it)."""
    dates = _discovered_months(ctx)
    fit = set()
    for m in ctx.ments:
        if m.kind == "agreement" and m.te <= ts:
            e = ctx.kb.get(m.entity)
            signed = _kb_date(e) if e is not None else dates.get(m.entity)
            if signed is not None and signed.year == year and _families_fit(family, family_of_mention(ctx, m)):
                fit.add(m.entity)
    return next(iter(fit)) if len(fit) == 1 else None


def _days_named(ctx: Context, eid: str, ts: int, month: int) -> set[int] | None:
    """The days of the month that the sentences naming agreement `eid` before the sentence of token `ts` date
    something by ("signed on May 3", «في 3 مايو»); None when they never name the month."""
    here = _sentence_bounds(ctx, ts, ts + 1)
    spans = {_sentence_bounds(ctx, x.ts, x.te) for x in ctx.ments.by_entity.get(eid, ()) if x.te <= ts} - {here}
    texts, names = ctx.texts, _AR_MONTH_OF if ctx.lang == "ar" else _MONTHS_EN
    at = [(k, a, b) for a, b in spans for k in range(a, b) if names.get(texts[k]) == month]
    if not at:
        return None
    days = [texts[d] for k, a, b in at for d in (k - 1, k + 1) if a <= d < b]
    return {int(d) for d in days if d.isdigit() and len(d) <= 2}


def _discovered_months(ctx: Context) -> dict[str, date]:
    """The month each agreement discovered in the document is dated by (its first day)."""
    out = ctx.memo.get("discovered-months")
    if out is None:
        out = ctx.memo["discovered-months"] = {}
    return out  # type: ignore[return-value]


def _older_year(ctx: Context, ts: int, te: int) -> int | None:
    """The year an agreement noun is dated by when it is not the article's own: "the 1991 ceasefire", "a 2001
    security pact", «اتفاقية التعاون الأمني الموقعة عام 2001» (the year within a few words after, no name
    between). A year named for a month ("the March 2020 truce") is `_month_named`'s."""
    toks, k, spots = ctx.toks, ts - 1, []
    if ctx.lang != "ar":
        while k > 0 and toks[k].text in ctx.lex.w("agreement_modifiers") and ctx.free(k, k + 1):
            k -= 1
        spots = [k]  # "the 1991 ceasefire"
    else:
        spots = [te]  # «هدنة 2023»
    linkers = ctx.lex.w("year_linkers")  # «الموقعة عام 2001», "the communique it had signed in 2012"
    end = min(te + (10 if ctx.lang == "ar" else 5), len(toks) - 1)  # «الاتفاقية العامة للتعاون في مجالات
    for x in range(te, end):  # الاقتصاد والتجارة الموقعة عام 1998»: an Arabic noun's complement comes first
        if toks[x].text in (",", "،", ".", ";", "؛"):
            break
        if toks[x].text in linkers and ctx.free(te, x + 1) and _year_at(ctx, x + 1) is not None:
            spots.append(x + 1)  # (not «للتعاون في مجالات …»: a linker with no year after it links none)
            break
    if len(spots) == 1 and (clause := _signing_clause_year(ctx, te)) is not None:
        spots.append(clause)
    now = ctx.on.year if ctx.on else ctx.year or 0
    return next((y for k in spots if (y := _year_at(ctx, k)) is not None and y < now), None)


def _signing_clause_year(ctx: Context, te: int) -> int | None:
    """Where the year of the clause that signs the noun right after it is: "the Doha agreement that the Taliban
    signed with the United States in 2020", "its own accord with the government in 1996", «اتفاقية خط الأنابيب
    الموقعة مع العراق عام 1973». Its signers may stand between (not another agreement); the clause is a relative
    clause or participle with a verb of signing (`party_verbs`, `signed_participles`), or an English "with"."""
    texts, n, linkers = ctx.texts, len(ctx.toks), ctx.lex.w("year_linkers")
    k = _extend_right(ctx, te) if ctx.lang == "ar" else te + (te < n and texts[te] == ",")
    if k >= n:
        return None
    if ctx.lang == "ar":
        verbs, signed = ctx.lex.w("party_verbs"), ctx.lex.w("signed_participles")
        while k < min(n - 1, te + 3) and ctx.free(k, k + 1) and ctx.toks[k].is_word and signed.isdisjoint(
            ctx.toks[k].forms
        ) and texts[k] not in ctx.lex.w("relative_pronouns"):
            k += 1  # («اتفاقية النقل الموقعة …»: a complement the lexicon does not list)
        rel = texts[k] in ctx.lex.w("relative_pronouns") and k + 1 < n
        w = texts[k + 1] if rel else ""
        signs = any(w.endswith(p) and w[: len(w) - len(p)] in verbs for p in ("ه", "ها")) if rel else False
        signs = signs or not signed.isdisjoint(ctx.toks[k].forms)
    else:
        signs = texts[k] == "with"
        k += texts[k] in ctx.lex.w("relative_pronouns")
    for x in range(k, min(n - 1, k + 12)):
        if texts[x] in (",", "،", ".", ";", "؛", ":") or any(m.kind == "agreement" for m in ctx.ments.starting(x)):
            return None
        signs = signs or texts[x] in ctx.lex.w("party_verbs")
        if signs and texts[x] in linkers and _year_at(ctx, x + 1) is not None:
            return x + 1
    return None


def _sides_of_another(ctx: Context, e, place: Ment) -> bool:
    """Another agreement signed at the place before `e` has a party the sentence's actors include: the noun may be
    that one (`_last_at_place` chooses)."""
    named, _ = _sentence_actors(ctx, place.ts, place.te)
    return any(
        x.id != e.id and _kb_date(x) is not None and _kb_date(x) < ctx.on and _parties_of(x) & named
        for x in _by_place(ctx.kb).get(place.entity, ())
    ) if ctx.on is not None else False


def _known_at_place_in_year(ctx: Context, family: str, year: int, ts: int, te: int) -> str | None:
    """ "the Algiers Agreement of 2000", «اتفاق الجزائر عام 2000», "the ceasefire agreement signed in Geneva in
    2020": the one knowledge-base agreement of the family signed that year at the place that names the noun (or
    that a place phrase right after it names), whoever the document names."""
    place = naming_place(ctx, ts, te, after=False) or naming_place(ctx, ts, te)
    if place is None:
        return None
    fit = [
        e
        for e in _by_place(ctx.kb).get(place.entity, ())
        if _kb_date(e) and _kb_date(e).year == year and _families_fit(family, family_of_known(ctx.kb, e.id))
    ]
    if len(fit) > 1:  # (the cessation of hostilities of June 2000 fits "agreement" too; the agreement is exact)
        fit = [e for e in fit if family_of_known(ctx.kb, e.id) == family]
    return fit[0].id if len(fit) == 1 else None


def _known_in_year(ctx: Context, family: str, year: int) -> str | None:
    """The agreement of that year: the one the document already named ("the SFA … the agreement signed in
    2008"), else the one agreement of this kind the knowledge base dates to that year with two of its parties
    among the document's states (one, when it names one), if exactly one ("the 1994 memorandum" in an article on
    Ukraine and Russia)."""
    here = {m.entity for m in ctx.ments if m.kind == "agreement"}  # "the SFA … The agreement signed in 2008"
    mentioned = [e for e in map(ctx.kb.get, here) if e is not None and _kb_date(e) and _kb_date(e).year == year]
    if len(mentioned) == 1:
        return mentioned[0].id
    named = {m.entity for m in ctx.ments if m.kind == "state"}
    fit = [
        e
        for e in _signed_in(ctx.kb, date(year, 1, 1).toordinal(), date(year, 12, 31).toordinal())
        if _families_fit(family, family_of_known(ctx.kb, e.id))
        and len(named & set(e.record.get("parties") or ())) >= min(2, len(named))
    ]
    exact = [e for e in fit if family_of_known(ctx.kb, e.id) == family]  # "the deal signed in 2015" with Iran:
    pick = fit if len(fit) == 1 else exact  # the nuclear agreement, not the same year's framework or roadmap,
    # nor Minsk II when the document names Iran and the six powers; but a kind that fits with more of its
    # parties named comes first ("In 1994, Armenia and Azerbaijan reached an agreement": the Bishkek ceasefire,
    # not that year's Gaza-Jericho agreement whose Russia and United States the article also names)
    return (_most_parties_named(fit, named) if len(fit) > 1 else None) or _most_parties_named(pick, named)


def _most_parties_named(cands: list, named: set[str]) -> str | None:
    """The one candidate with more of its parties among the named states than any other, if there is one."""
    scored = sorted(((len(named & set(e.record.get("parties") or ())), e.id) for e in cands), reverse=True)
    if not scored or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return scored[0][1]


def _known_in_month(ctx: Context, family: str, when, te: int | None = None) -> str | None:
    """The knowledge base's agreement of the family signed in that month (among several, the one whose parties
    the document names); with the noun's end `te`, not one signed elsewhere than a place named with the month
    ("the deal the two sides reached in March in Switzerland" is no agreement signed in Beijing that month)."""
    where = _places_after(ctx, te) if te is not None else set()
    where |= {st for x in where if (p := ctx.kb.get(x)) is not None and (st := p.record.get("state"))}
    # ("signed in Stockholm": the Stockholm Agreement, which the knowledge base places at Rimbo, in Sweden)
    fit = [
        e
        for e in _signed_in_month(ctx.kb, when)
        if _families_fit(family, family_of_known(ctx.kb, e.id))
        and not (where and _signed_at(ctx, e) and not _signed_at(ctx, e) & where)
    ]
    named = {m.entity for m in ctx.ments}
    if len(fit) > 1:
        fit = [e for e in fit if set(e.record.get("parties") or ()) & named]
        if len(fit) > 1 and where:
            fit = _named_after_place(ctx, fit, where) or fit  # "in Stockholm": the Stockholm Agreement, not its parts
    elif fit and _parties_of(fit[0]) and not _parties_of(fit[0]) & _with_place_states(ctx, named):
        return None  # the one agreement of that month is no one's the document names (Syria's, in Colombia's)
    return fit[0].id if len(fit) == 1 else None


def _named_after_place(ctx: Context, fit: list, where: set[str]) -> list:
    """The agreements among `fit` whose name (in either script) holds the name of one of the places `where`."""
    places = [p for x in where if (p := ctx.kb.get(x)) is not None and p.kind == "place"]
    words = {w for p in places for w in (p.name, p.record.get("name_ar")) if w}
    return [e for e in fit if any(w in n for w in words for n in (e.name, e.record.get("name_ar") or ""))]


def _about_states(e) -> set[str]:
    """The states a known agreement is about (the war it ends: Israel and Palestine for a Gaza truce the United
    States guaranteed), none if the knowledge base does not say."""
    return {s for s in e.record.get("about") or () if s.startswith("state:")}


def _parties_of(e) -> set[str]:
    """A known agreement's parties and the states it is about."""
    return set(e.record.get("parties") or ()) | set(e.record.get("about") or ())


def _with_place_states(ctx: Context, named: set[str]) -> set[str]:
    """The entities named, with the state of each (a place's, "Aden and Sanaa": Yemen; a group's or a person's,
    "Hezbollah", "Nabih Berri": Lebanon)."""
    return named | {s for x in named for s in _states_of(ctx, x)}


def _places_after(ctx: Context, te: int) -> set[str]:
    """The places and states named between an agreement noun and the month that dates it or right after that
    month ("agreed in Khartoum in June", "reached in March in Switzerland"; not "signed in August 2015 collapsed
    when fighting erupted in Juba"), up to a comma."""
    out: set[str] = set()
    k, end = te, min(te + 14, len(ctx.toks))
    while k < end and ctx.texts[k] not in (",", "،", ".", ";", "؛"):
        if ctx.texts[k] in _MONTHS_EN:
            end = min(end, k + 4)
        out.update(m.entity for m in ctx.ments.starting(k) if m.kind in ("place", "state"))
        k += 1
    return out


def _signed_at(ctx: Context, e) -> set[str]:
    """Where a knowledge-base agreement was signed: its place and that place's state."""
    place = e.record.get("place")
    p = ctx.kb.get(place) if place else None
    return {place, p.record.get("state")} - {None} if p is not None else ({place} if place else set())


def _known_in_month_at(ctx: Context, family: str, when, te: int) -> str | None:
    """ "a permanent ceasefire the rivals agreed in Khartoum in June": the one agreement of that month signed at
    the place named between the noun and the month, whatever its kind (the Khartoum Declaration declared that
    ceasefire); never a resolution."""
    places = {m.entity for m in ctx.ments.ending_within(te, te + 9) if m.ts >= te and m.kind == "place"}
    fit = [
        e
        for e in _signed_in_month(ctx.kb, when)
        if e.record.get("place") in places and family_of_known(ctx.kb, e.id) != "resolution" and family != "resolution"
    ]
    return fit[0].id if len(fit) == 1 else None


def _extend_left(ctx: Context, ts: int) -> int:
    """Take in the modifiers before an English agreement noun: "this truce", "two-month truce", "a new
    power-sharing deal", "the September 17 agreement"."""
    if ctx.lang == "ar":
        return ts
    k = ts
    while k > 0 and ts - k < 4:
        width = _modifier_width(ctx, k)
        if width == 0 or not ctx.free(k - width, k):
            break
        k -= width
    return k


def _noun_phrase_start(ctx: Context, ts: int) -> int:
    """Where an English agreement noun's phrase starts after its determiner: its modifiers and a hyphenated compound
    before them ("a Moscow-brokered truce", "a new U.S.-mediated deal"), so that the article, the verb that signs or
    agrees it and the word that sets it apart are read before the compound, as before a bare noun."""
    return _with_compounds(ctx, _extend_left(ctx, ts))


def _modifier_width(ctx: Context, k: int) -> int:
    """How many tokens the English modifier that ends right before token k takes (0: none there)."""
    toks, w = ctx.toks, ctx.toks[k - 1].text
    after_article = k >= 2 and toks[k - 2].text in ("the", "a", "last", "this")
    if w in ctx.lex.w("agreement_modifiers") or w.endswith("wide") or w in _MONTHS_EN and after_article:
        return 1
    if len(w) == 4 and w.isdigit() and (k >= 2 and toks[k - 2].text in _MONTHS_EN or w[:2] in ("19", "20")):
        return 1  # "the March 2020 truce", "the 2020 ceasefire"
    if w == "-" and k >= 2 and k < len(toks) and toks[k].text in ("day", "week", "month", "year"):
        return 2  # "two-month"
    if k >= 3 and toks[k - 2].text == "-" and f"{toks[k - 3].text}-{w}" in ctx.lex.w("agreement_modifiers"):
        return 3  # "a power-sharing deal", "a de-escalation agreement" (three tokens)
    if w.isdigit() and len(w) <= 2 and k >= 3 and toks[k - 2].text in _MONTHS_EN:
        return 2 if toks[k - 3].text in ("the", "a", "last", "this") else 0  # "the September 17 agreement"
    return 0


def _with_naming_place(ctx: Context, ts: int) -> int:
    """ "the Algiers accord", "the Juba agreement": the English mention takes in the place that names it, as the
    agreement is written (the place keeps its own mention too: it may be where the agreement was signed)."""
    if ctx.lang == "ar" or ts == 0:
        return ts
    named = (m for m in ctx.ments.ending(ts) if m.kind in ("place", "state") and m.role in ("name", "capital"))
    place = next(named, None)
    if place is None or not ctx.capitalized(place.ts) or place.ts == 0:
        return ts
    determiners = ctx.lex.any_of("articles", "demonstratives")
    return place.ts if ctx.texts[place.ts - 1].lower() in determiners else ts  # (not "the Saudi-US initiative")


def _mention_of(ctx: Context, family: str, eid: str, noun: tuple[int, int], top: str | None) -> tuple[str, int, int]:
    """The span of a resolved agreement noun's mention, as the agreement is written, and the agreement it names:
    a title of its own of another kind than the agreement it was resolved to is another one ("its African
    Initiative for Peace and Reconciliation" after the peace agreement it led to; `_own_title`)."""
    head, te = noun
    ts = _with_compounds(ctx, _with_nouns(ctx, _extend_left(ctx, head)))
    ts = _with_naming_place(ctx, _with_demonstrative(ctx, ts))
    end = _mention_end(ctx, te, ts)
    ts2, end2 = _titled(ctx, ts, end, head)
    if (ts2, end2) != (ts, end) and _own_title(ctx, family, eid):
        eid = _discovered(ctx, family, head, te, top) or eid
    elif ctx.kb.get(eid) is None and ctx.capitalized(head):
        eid = _titled_known(ctx, ts2, end2) or eid
    return eid, ts2, end2


def _titled_known(ctx: Context, ts: int, te: int) -> str | None:
    """ "the Revitalized Agreement", "the Constitutional Document" in an article long after their signing: a
    definite title with a word of its own, all of whose words the names of a knowledge-base agreement hold,
    signed before the article, whose parties or subject the document names, is the latest such one, not a new
    agreement of the article's month (unless it is signed there and the known one is older than two months)."""
    if ctx.on is None or ts == 0 or ctx.texts[ts - 1] != "the":
        return None
    skip = ctx.lex.w("title_complement_words") | ctx.lex.w("title_joins") | {"the", "a", "an"}
    words = {ctx.texts[k] for k in range(ts, te) if ctx.toks[k].is_word and ctx.texts[k] not in skip}
    own = {w for w in words if w not in ctx.lex.w("agreement_modifiers") and _family(w) is None}
    if len(words) < 2 or not own:
        return None  # "the Framework Agreement", "the Political Agreement": words many agreements share
    # (a place in the title names no party: "the Khartoum Agreement" of another state's war is not Sudan's)
    inside = {m.entity for m in ctx.ments if ts <= m.ts < te}
    named = _with_their_states(ctx, {m.entity for m in ctx.ments if m.entity not in inside})
    signed = _signed(ctx, ts, te)
    fits = [
        e
        for e in _kb_agreements(ctx.kb)
        if _kb_date(e) <= ctx.on
        and words <= _name_words(ctx.kb, e)
        and _parties_of(e) & named
        and not (signed and (ctx.on - _kb_date(e)).days > 60)
    ]
    return max(fits, key=_kb_date).id if fits else None


def _own_title(ctx: Context, family: str, eid: str) -> bool:
    """Whether a titled noun of a kind that names itself (a plan, a declaration, a memorandum: not "Agreement",
    "Accord", whose kinds news mixes) names another agreement than `eid`, of another kind."""
    if family in ("agreement", "text", "proposal") or ctx.kb.get(eid) is None:
        return False  # (a discovered one was named by this kind already)
    return family_of_known(ctx.kb, eid) != family


def _titled(ctx: Context, ts: int, te: int, head: int) -> tuple[int, int]:
    """ "the Constitutional Declaration", "its African Initiative for Peace and Reconciliation", "the Political
    Accord for Peace": an English agreement noun written with a capital is a title, and its mention takes in the
    capitalized words before it (after a determiner, `title_determiners`) and the capitalized complements after it
    ("for Peace and Reconciliation", "on Electoral Arrangements"; `title_complement_words`), as the agreement is
    written. Only the mention's span: the words that resolved the noun stay as they were."""
    if ctx.lang == "ar":
        return ts, te
    toks, k, titled = ctx.toks, ts, ctx.capitalized(head)
    while titled and k > 0 and ts - k < 3 and ctx.capitalized(k - 1) and toks[k - 1].is_word and ctx.free(k - 1, k):
        k -= 1
    # (a body before it stays out: "rejected the AU Initiative" would read as rejecting the AU)
    place = next((m for m in ctx.ments.ending(k) if m.kind in ("place", "state") and ctx.capitalized(m.ts)), None)
    k = place.ts if titled and place is not None and place.ts > 0 else k  # "its Sahel Initiative": the place too
    if k < ts and (k == 0 or toks[k - 1].text not in ctx.lex.w("title_determiners")):
        k = ts  # "Sudan's Sovereign Council Declaration", a capital at the sentence start: no title in view
    return k, _titled_right(ctx, te) if titled else te


def _titled_right(ctx: Context, te: int) -> int:
    """Where a title's capitalized complements end: "of|for|on" (`title_complement_words`), an optional article,
    then capitalized free words joined by "and" or hyphens."""
    toks, n, k = ctx.toks, len(ctx.toks), te
    joins, dates = ctx.lex.w("title_joins"), ctx.lex.w("calendar_words")
    while k < n and toks[k].text in ctx.lex.w("title_complement_words"):
        j = k + 1 + (k + 1 < n and toks[k + 1].text in ("a", "the"))
        if j < n and toks[j].text in dates:
            break  # "signed the Political Declaration on Sunday": a date, no title
        end = j
        while end < n and ctx.free(end, end + 1):
            if ctx.capitalized(end) and toks[end].is_word:
                end += 1
            elif toks[end].text in joins and end > j and end + 1 < n and ctx.capitalized(end + 1):
                end += 1
            else:
                break
        if end == j:
            break
        k = end
    return k


def _with_nouns(ctx: Context, ts: int) -> int:
    """ "the grain corridor deal", "a long-awaited prisoner swap deal": the English words between an article or
    possessive and the noun are its modifiers, whatever they are, and part of its mention as the agreement is
    written (the lexicon's `agreement_modifiers` are the ones that also resolve it). Only the mention's span."""
    if ctx.lang == "ar":
        return ts
    toks, k = ctx.toks, ts
    determiners = ctx.lex.any_of("articles", "demonstratives", "possessive_determiners")
    while (
        k > 0
        and ts - k < 4
        and ctx.texts[k - 1] not in determiners
        and (toks[k - 1].text == "-" or _modifier_word(ctx, k - 1))
    ):
        k -= 1
    if k == ts or k == 0 or ctx.texts[k - 1] not in determiners or toks[k].text == "-" or not ctx.free(k, ts):
        return ts
    return k


def _modifier_word(ctx: Context, k: int) -> bool:
    """Whether token k is a lowercase English word that may modify a noun: no name, preposition, conjunction or
    word of a relation ("the parties reach agreement": a verb)."""
    w = ctx.texts[k]
    if not w.isalpha() or ctx.capitalized(k) or ctx.lex.triggers.starts_phrase(w):
        return False
    return w not in ctx.lex.any_of("object_prepositions", "time_prepositions", "modifier_stops")


def _with_compounds(ctx: Context, ts: int) -> int:
    """ "a two-month truce", "the 55-point communique", "a U.S.-brokered deal", "a Moscow-brokered truce": an English
    hyphenated compound before the noun (a number and a unit, `span_units`; a name and a participle of brokering,
    `broker_participles`) is part of its mention, as the agreement is written. Only the mention's span: the words
    that resolve the noun stay as they were."""
    if ctx.lang == "ar":
        return ts
    toks = ctx.toks
    for _ in range(2):
        if ts < 3 or toks[ts - 2].text != "-":
            break
        w = toks[ts - 1].text
        if w in ctx.lex.w("span_units") and ctx.free(ts - 3, ts - 1) and toks[ts - 3].is_word:
            ts -= 3
        elif w in ctx.lex.w("broker_participles"):
            by = next((m for m in ctx.ments.ending(ts - 2) if m.kind in _ACTORS or m.kind == "place"), None)
            if by is None:
                break
            ts = _listed_backers_start(ctx, by.ts)
        else:
            break
        ts -= ts > 0 and toks[ts - 1].text in ctx.lex.w("agreement_modifiers") and ctx.free(ts - 1, ts)
    return ts


def _listed_backers_start(ctx: Context, ts: int) -> int:
    """ "the US and Albanian-sponsored resolution": the names listed with "and" or a comma right before the
    compound's own name are in the mention too (English)."""
    listed = listed_before(ctx, ts, lambda k: next((m for m in ctx.ments.ending(k) if m.kind in _ACTORS), None))
    return listed[0].ts if listed else ts


def _no_draft_word(ctx: Context, words: str) -> bool:
    """No word of the phrase says it is a draft (`draft_words`: «مشروع القرار», «مسودة القرار»)."""
    return ctx.lex.w("draft_words").isdisjoint(words.split())


def _no_accord_here(ctx: Context, family: str, ts: int, te: int, near, words: str) -> bool:
    """ "The text" is the agreement or resolution just named, never one of its own; a bare «الإعلان» is also "the
    announcement": a declaration only as one named before, as what is signed right there («ووقعت الأطراف
    الإعلان») or with its place."""
    if family == "text":  # (with nothing named before, what is signed is the known agreement of the day)
        if not _signed_text(ctx, ts, te, words) and not (near is not None and _referred(ctx, ts, words)):
            return True
        return near is None and ("text" in words or known_fit(ctx, family, (ts, te)) is None)
    if family == "resolution" and ctx.lang == "ar" and "القرار" in words and _no_draft_word(ctx, words):
        return not _resolution_back(ctx, ts, te, near)
    if family == "resolution" and words == "resolution":
        return _settlement(ctx, ts, te, near)
    if ctx.lang != "ar" or family != "declaration" or te - ts != 1:
        return False
    construct = not ctx.toks[ts].text.lstrip("وفبلك").startswith("ال")  # («ووقّع الإعلان X»: X signed it)
    if construct and ts > 0 and ctx.texts[ts - 1] in ctx.lex.w("passive_light_verbs"):
        return True  # «ولم يتم إعلان تفاصيله»: "its details were not announced"
    if construct and any(
        m.kind == "person" and te in (m.ts, m.np_start) for k in range(te, te + 6) for m in ctx.ments.starting(k)
    ):
        return True  # «غداة إعلان قائد الجيش عبد الفتاح البرهان رفضه …»: a person's announcing, no declaration
    if near is not None:
        return False
    if not ctx.toks[ts].text.lstrip("وفبلك").startswith("ال"):
        return _announced_by(ctx, te)  # «إعلان مبادئ»: an indefinite declaration with its complement is one
    return not _signed_text(ctx, ts, te, words) and naming_place(ctx, ts, te) is None


def _settlement(ctx: Context, ts: int, te: int, near) -> bool:
    """English "resolution" in its sense of a settlement: "a peaceful resolution of the conflict", "discussions on
    resolution of problematic issues", "a political resolution to the crisis", "Washington pressed for a
    resolution". It is a body's text after a resolution named before, as "the resolution", or with an
    organization in its sentence ("the Council adopted a resolution") or a word of its vote (`resolution_cues`:
    "Russia vetoed a resolution"), unless a complement after "of"/"to" says what is resolved."""
    texts = ctx.texts
    if ts > 0 and texts[ts - 1] in ctx.lex.w("settlement_modifiers"):
        return True  # "a peaceful resolution", "a negotiated resolution"
    if te < len(texts) and texts[te] in ("of", "to"):
        ahead = [m for k in range(te + 1, min(len(texts), te + 4)) for m in ctx.ments.starting(k)]
        return not any(m.kind == "organization" for m in ahead)  # "resolution of the Security Council"
    if near is not None or (ts > 0 and texts[ts - 1] == "the"):
        return False  # "the resolution": the one named before, or a text the reader is taken to know
    a, b = _sentence_bounds(ctx, ts, te)
    if not ctx.lex.w("resolution_cues").isdisjoint(ctx.texts[a:b]):
        return False  # "Russia vetoed a resolution on Syria"
    return not any(m.kind == "organization" for k in range(a, b) for m in ctx.ments.starting(k))


def _referred(ctx: Context, ts: int, words: str) -> bool:
    """A "text" noun that stands for the agreement named before: what is said of it (`_said_of`), or, for "the
    document", «الوثيقة», «الميثاق» (not a statement, most often a statement made), the object of a relation's
    trigger ending right before it ("put their signatures to the document"), past the article, a preposition
    standing apart («تحفظت على الوثيقة») or the Arabic subject after its verb («وأيدت مصر الوثيقة»)."""
    if _said_of(ctx, ts):
        return True
    if "statement" in words or "البيان" in words:
        return False
    k = _extend_left(ctx, ts)
    k -= k > 0 and ctx.texts[k - 1] in ctx.lex.w("agreement_object_prepositions")
    subject = ctx.lang == "ar" and next((m for m in ctx.ments.ending(k) if m.kind in _ACTORS), None)
    k = subject.ts if subject else k  # «وأيدت مصر الوثيقة»: the verb before its subject
    hits = ctx.trigger_hits[1]
    return any(hits.get(i, (None, -1))[1] == k for i in range(max(0, k - 5), k))


def _said_of(ctx: Context, ts: int) -> bool:
    """ "said the document turns a page", «قال إن الوثيقة تطوي صفحة»: a definite "text" noun that opens what is
    said (right after a complementizer) is the agreement named before, whatever it is said to do."""
    k = _extend_left(ctx, ts) - 1
    k -= k >= 0 and ctx.texts[k] == "the"
    definite = ctx.toks[ts].text.lstrip("وفبلك").startswith("ال") or ctx.texts[ts - 1] == "the"
    return k >= 0 and ctx.texts[k] in ctx.lex.complementizers and definite


_ACTORS = ("state", "person", "organization", "armed_group")


def _announced_by(ctx: Context, te: int) -> bool:
    """«إعلان السعودية وإيران استئناف العلاقات», «إعلان واشنطن عن …»: the noun's complement is who announces
    (two actors, or one followed by what is announced: `announcement_links`), so it is an act, not a declaration
    («إعلان الرياض» alone stays the Riyadh Declaration)."""
    first = ctx.starting_at(te, _ACTORS)
    if first is None or first.te >= len(ctx.toks):
        return False
    nxt = ctx.toks[first.te]
    if nxt.text in ctx.lex.w("announcement_links") or _own_stance_after(ctx, first.te):
        return True
    second = ctx.starting_at(first.te, _ACTORS)
    return nxt.text.startswith("و") and second is not None


def _own_stance_after(ctx: Context, k: int) -> bool:
    """«إعلان مجلس الأمن تأييده للخطة», «إعلان الاتحاد الأفريقي التابع لـ… استعداده»: after the announcing actor
    (and the body it belongs to, `affiliated_words`) comes what it announces, a noun carrying its own pronoun
    (`pronoun_suffixes`, written without «ة»), so the noun is the act of announcing, not a declaration."""
    if k < len(ctx.toks) and ctx.texts[k] in ctx.lex.w("affiliated_words"):
        owner = ctx.starting_at(k + 1, _ACTORS)
        k = owner.te if owner is not None else k
    if k >= len(ctx.toks) or ctx.covered[k] or ctx.texts[k][:1] == "و" or ctx.texts[k].startswith("ال"):
        return False
    s, e = ctx.orig(k, k + 1)
    word = ctx.texts[k]
    if ctx.text[s:e].endswith(("ة", "ى")):
        return False
    return any(word.endswith(x) and len(word) - len(x) >= 3 for x in ctx.lex.w("pronoun_suffixes"))


def _resolution_back(ctx: Context, ts: int, te: int, near) -> bool:
    """A bare «القرار» ("the decision", "the resolution") is the resolution named shortly before it (within
    60 tokens, 120 when that one was a bare «القرار» too: the article goes on calling it so), and only bare:
    «القرار الأميركي», «القرار 2254», «قرار ترامب» are not. Farther on it is still that resolution when it is the
    only one the article has named and no other decision noun stands between (`_sole_resolution`): paragraphs
    on the vote and its sponsors do not make «رحبت … بالقرار» a decision of someone else's."""
    if near is None or not 0 < ts - near.te or family_of_mention(ctx, near) != "resolution":
        return False
    if te < len(ctx.toks) and (ctx.texts[te].startswith("ال") or ctx.toks[te].text[:1].isdigit()):
        return False
    return ts - near.te <= (120 if near.role == "generic" else 60) or _sole_resolution(ctx, near, ts)


def _sole_resolution(ctx: Context, near: Ment, ts: int) -> bool:
    """`near` is the one resolution named before `ts` (within 400 tokens), and no singular decision noun
    (`decision_nouns`: «قرار», «قراره») outside an agreement mention comes between them."""
    if ts - near.te > 400:
        return False
    before = ctx.ments.ending_within(-1, ts)
    if any(m.kind == "agreement" and m.entity != near.entity and m.role == "resolution" for m in before):
        return False  # (two resolutions named: which one «القرار» is, is not for recency alone to say)
    inside = {k for m in before if m.kind == "agreement" and m.te > near.te for k in range(m.ts, m.te)}
    words = ctx.lex.w("decision_nouns")
    return not any(k not in inside and not words.isdisjoint(ctx.toks[k].forms) for k in range(near.te, ts))


def _not_an_accord(ctx: Context, te: int) -> bool:
    """ "a declaration of war", "the declaration of independence", «إعلان الحرب», «إعلان حالة الطوارئ»: the
    noun's complement (`non_accord_complements`) makes it an act, not an agreement."""
    after = " ".join(ctx.texts[te : te + 3])
    if te < len(ctx.toks) and ctx.texts[te] in ctx.lex.w("announced_markers"):
        if ctx.texts[te - 1] in ctx.lex.w("announcing_nouns"):
            return True  # «الإعلان عن التوصل لاتفاق»: the announcement of something else
    complements = ctx.lex.w("non_accord_complements")
    if te < len(ctx.texts) and ctx.texts[te] not in first_words(complements):
        return False  # (most nouns: the word after them opens no complement, one look-up)
    return any(after == c or after.startswith(c + " ") for c in complements)


def _plural_signed(ctx: Context, ts: int, te: int) -> bool:
    """ "signed separate deals", «وقّعتا اتفاقيتين»: a plural agreement noun is an agreement only as what is
    signed (the agreements of one accord signed apart), or as what a signed participle and 'between' follow
    («اتفاقيات التعاون الموقعة بين البلدين», "the accords signed between A and B"); "agreements signed by the PLO"
    is no one agreement."""
    resolutions = not ctx.lex.w("resolution_plurals").isdisjoint(ctx.toks[te - 1].forms)
    if resolutions:  # «قرارات الأمم المتحدة», «لقرارات مجلس الأمن»: a body's resolutions together; no other
        return _issuer_after(ctx, te) is not None  # («بقرارات الحكومة» are its decisions)
    if ctx.lex.w("plural_agreement_nouns").isdisjoint(t.text for t in ctx.toks[ts:te]):
        return True  # («مذكرات تفاهم»: the plural noun opens the phrase)
    signed = ctx.lex.w("signed_participles")  # («اتفاقيات السلام الموقعة بين البلدين»: signed by the two)
    at = next((k for k in range(te, min(len(ctx.toks) - 1, te + 3)) if ctx.lasts[k] in signed), None)
    if at is not None and all(ctx.toks[k].is_word for k in range(te, at)):
        return ctx.texts[at + 1] in ctx.lex.w("between")
    verbs, mods = ctx.lex.w("signing_verbs"), ctx.lex.w("plural_agreement_modifiers")
    k = ts
    while k > 0 and ts - k < 2 and ctx.toks[k - 1].text in mods:
        k -= 1
    if ctx.lang == "ar":  # «وقّعت روسيا وأوكرانيا اتفاقيتين»: the verb comes before its subject
        return any(f in verbs for t in ctx.toks[max(0, k - 8) : k] for f in t.forms)
    return k > 0 and any(f in verbs for f in ctx.toks[k - 1].forms)


def _pointed(ctx: Context, ts: int) -> bool:
    """A singular demonstrative right before the noun, outside a quotation: «هذا الاتفاق», «بهذه الاتفاقية», "this
    agreement"."""
    if ts < 1:
        return False
    if ctx.lang != "ar":
        pointed = ctx.texts[ts - 1].lower() == "this"
    else:
        pointed = ctx.texts[ts - 1].endswith(("هذا", "هذه")) and ctx.free(ts - 1, ts)
    if not pointed:
        return False  # (most nouns: the quotation is not looked for)
    a = _sentence_bounds(ctx, ts, ts + 1)[0]
    return not ctx.texts[a:ts].count('"') % 2  # '"This agreement shall end the war," Kiir said': his own deal


def _with_demonstrative(ctx: Context, ts: int) -> int:
    """«بهذا الاتفاق», «لهذه الهدنة»: an Arabic demonstrative (with its clitics) before the noun is part of the
    mention, so what the verb before takes (welcomed, rejected, violated) is the agreement itself."""
    dem = ctx.lex.w("demonstratives")
    before = ctx.lang == "ar" and ts > 0 and ctx.free(ts - 1, ts)
    return ts - 1 if before and not dem.isdisjoint(ctx.toks[ts - 1].forms) else ts


def _extend_right(ctx: Context, te: int) -> int:
    """Take in the complement that names what an agreement is about, as the text names it: «اتفاق المصالحة»,
    «اتفاقية التعاون الأمني», «اتفاقية خط الأنابيب», «مذكرة تفاهم أمنية» (`agreement_complements`, up to three
    words), "declaration of principles", "memorandum of understanding" (`agreement_of_complements`)."""
    toks, k = ctx.toks, te
    if ctx.lang != "ar":
        of = k + 1 < len(toks) and toks[k].text == "of" and ctx.free(k, k + 2)
        return k + 2 if of and toks[k + 1].text in ctx.lex.w("agreement_of_complements") else k
    words = ctx.lex.w("agreement_complements")
    definite = te > 0 and toks[te - 1].text.lstrip("وفبلك").startswith("ال")
    accusative = te > 0 and not definite and toks[te - 1].text.endswith("ا")  # «اتفاقا», «قرارا»
    k += _topic_link(ctx, te, words)  # («اتفاقا حول تقاسم السلطة»: the preposition that opens its topic)
    linked = k > te
    while k < len(toks) and k - te < 3 and ctx.free(k, k + 1) and _complement_word(toks[k], words, accusative):
        article = toks[k].text.startswith(("ال", "لال"))  # («الاتفاقية العامة للتعاون»: "for cooperation")
        if not (definite or linked) and toks[k].text[:1] == "ل" and not article:
            k, linked = k + 1, True  # («اتفاقا نهائيا لتقاسم السلطة», «اتفاق لتبادل الأسرى»: "for" its topic)
            continue
        if len(toks[k].forms) > 1 and not article:
            break  # «وتعاون», «بالنفط»: a clitic starts another phrase
        if definite and not article:
            break  # «الاتفاق تاريخي»: after a definite noun an indefinite word is what is said of it
        k += 1
    return k


def _complement_word(tok: Token, words: frozenset[str], accusative: bool) -> bool:
    """A word of an Arabic agreement's complement (`agreement_complements`); after an indefinite accusative noun
    its adjective takes the accusative ending too: «اتفاقا أمنيا», «اتفاقا تاريخيا», «اتفاقا نهائيا»."""
    w = tok.forms[-1]
    return w in words or accusative and w.endswith("ا") and w[:-1] in words


def _topic_link(ctx: Context, te: int, words: frozenset[str]) -> int:
    """1 when an indefinite Arabic agreement noun is followed by a preposition of its topic (`agreement_topic_links`:
    «حول», «بشأن») and a word of its complement («اتفاقا حول تقاسم السلطة»), else 0."""
    toks = ctx.toks
    if te + 1 >= len(toks) or toks[te - 1].text.lstrip("وفبلك").startswith("ال"):
        return 0
    link = toks[te].text in ctx.lex.w("agreement_topic_links") and ctx.free(te, te + 2)
    return int(link and toks[te + 1].forms[-1] in words and len(toks[te + 1].forms) == 1)


def _mention_end(ctx: Context, te: int, ts: int) -> int:
    """Where an agreement's mention ends: its complement (`_extend_right`) and, in Arabic, the city that names it
    and its sponsor, as annotators write the span; these last words only make the span, they resolve nothing."""
    if ctx.lang != "ar":
        return _with_purpose(ctx, _extend_right(ctx, te), ts)
    k = te if ctx.toks[te - 1].text.lstrip("وفبلك").startswith("ال") else _with_place(ctx, te)
    return _with_sponsor(ctx, _with_proposer(ctx, _extend_right(ctx, k)))


def _with_purpose(ctx: Context, k: int, ts: int) -> int:
    """ "an agreement to cease hostilities", "an accord to stop fighting": the purpose infinitive right after a bare
    English agreement noun (`agreement_purpose_heads`, no modifier: the noun alone names nothing in particular; a
    lower-case verb after "to") and up to two more words of its object, as annotators write the span; a word of
    `agreement_purpose_stops`, a name or punctuation ends it. It only makes the span."""
    texts, n = ctx.texts, len(ctx.toks)
    stops = ctx.lex.w("agreement_purpose_stops")
    if k + 1 >= n or texts[k] != "to" or k - ts != 1 or texts[ts] not in ctx.lex.w("agreement_purpose_heads"):
        return k
    if not _purpose_word(ctx, k + 1, stops):
        return k
    end = k + 2
    while end < min(n, k + 5) and _purpose_word(ctx, end, stops):
        end += 1
    return end


def _purpose_word(ctx: Context, k: int, stops: frozenset[str]) -> bool:
    tok = ctx.toks[k]
    return tok.text.isalpha() and tok.text not in stops and not ctx.capitalized(k) and ctx.free(k, k + 1)


def _with_proposer(ctx: Context, k: int) -> int:
    """«مبادرة الاتحاد الأفريقي», «خارطة طريق إيغاد», «خطة ترامب»: the body or person right after an Arabic plan
    or proposal noun in the construct state (no clitic) put it forward and is part of its mention."""
    if k < 2 or k >= len(ctx.toks) or _family(f"{ctx.toks[k - 2].text} {ctx.toks[k - 1].text}") not in _PROPOSED[:2]:
        return k
    if ctx.toks[k - 1].text.lstrip("وفبلك").startswith("ال"):
        return k  # «المبادرة الاتحاد»: a definite noun is in no construct
    by = next((m for m in ctx.ments.starting(k) if m.kind in ("organization", "person") and not m.located), None)
    return by.te if by is not None and _bare(ctx, by, k) else k


def _with_place(ctx: Context, te: int) -> int:
    """«إعلان القاهرة», «اتفاق جوبا للسلام»: a city right after a noun in the construct state names the agreement
    and is part of its mention (it stays a mention of its own); two places joined by «و» are its sides."""
    m = ctx.starting_at(te, ("place",)) or _issuer_after(ctx, te)
    if m is None or ctx.toks[m.ts].text[:1] == "و" and m.text[:1] != "و":
        return te  # («… ووارسو»: "and Warsaw"; «اتفاق واشنطن»: the city's own first letter)
    paired = m.te < len(ctx.toks) and ctx.toks[m.te].text[:1] == "و" and ctx.starting_at(m.te) is not None
    return te if paired else m.te


def _issuer_after(ctx: Context, te: int) -> Ment | None:
    """The body whose resolutions a plural resolution noun names («قرارات الأمم المتحدة», «قرارات مجلس الأمن»:
    `resolution_plurals` right before an organization)."""
    plural = te > 0 and not ctx.lex.w("resolution_plurals").isdisjoint(ctx.toks[te - 1].forms)
    return ctx.starting_at(te, ("organization",)) if plural else None


def _with_sponsor(ctx: Context, k: int) -> int:
    """«اتفاق سلام برعاية أمريكية», «هدنة بوساطة مصرية وقطرية», «برعاية أممية»: the sponsors' adjectives
    (`sponsor_nouns` with «ب», then the indefinite nisba of a state or a body, a second one after «و») are part of
    the agreement's mention as news writes it; each sponsor stays a mention of its own, so it is still the sponsor
    of what the sentence says."""
    toks = ctx.toks
    if k + 1 >= len(toks) or toks[k].text[:1] != "ب" or toks[k].forms[-1] not in ctx.lex.w("sponsor_nouns"):
        return k
    if not ctx.free(k, k + 1) or not _sponsor_nisba(ctx, k + 1):
        return k
    return k + 3 if _sponsor_nisba(ctx, k + 2) and toks[k + 2].text[:1] == "و" else k + 2


def _sponsor_nisba(ctx: Context, i: int) -> bool:
    """Token i is a one-word indefinite nisba naming a state or a body («أمريكية», «قطرية», «وقطرية», «أممية»)."""
    by = ctx.starting_at(i, ("state", "organization")) if i < len(ctx.toks) else None
    adj = ctx.toks[i].text.removeprefix("و") if by is not None else ""
    return by is not None and by.te == i + 1 and adj.endswith("يه") and not adj.startswith("ال")


def _heads_named(ctx: Context, te: int, next_noun_ts: int | None) -> bool:
    """True when the noun is directly followed by another agreement noun or a named agreement."""
    k = te
    while k < len(ctx.toks) and ctx.toks[k].text in ('"', "(", "-", ":"):
        k += 1
    if next_noun_ts is not None and next_noun_ts == k:
        return True
    return any(m.kind == "agreement" for m in ctx.ments.starting(k))


@cache
def _families() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The nouns of each family, in the order they are tried (lexicon/agreement_families.yaml; read on first use)."""
    data = yaml.safe_load((LEXICON_DIR / "agreement_families.yaml").read_text(encoding="utf-8"))
    return tuple((fam, tuple(words)) for fam, words in data["families"].items())


@cache
def _family(words: str) -> str | None:
    """The family a noun phrase's words name (cached: the same few nouns recur in every article)."""
    words = words.replace("cease - fire", "cease-fire")  # (the hyphenated noun is three tokens)
    for fam, keys in _families():
        if any(k in words for k in keys):
            return fam
    return None


def family_of_known(kb, eid: str) -> str | None:
    """The family of a knowledge-base agreement, from its type."""
    e = kb.get(eid)
    if not e:
        return "agreement"
    t = (e.record.get("type") or "").lower()
    return {
        "ceasefire": "ceasefire",
        "truce": "ceasefire",
        "memorandum": "memorandum",
        "declaration": "declaration",
        "communique": "declaration",
        "plan": "plan",
        "resolution": "resolution",
        "draft_resolution": "resolution",  # (a draft is only ever named as a resolution or a draft: no ceasefire)
        "treaty": "treaty",
    }.get(t, "agreement" if t == "agreement" else None)


def find_named_parties(ctx: Context) -> None:
    """ "the Israel-Iran ceasefire", «اتفاق إثيوبيا وأرض الصومال», "the EU-Turkey deal": an agreement's name that
    names two or more of its knowledge-base parties names them as parties; each is kept inside the name (not an
    actor of the sentence), for agreement_between to relate."""
    for m in [m for m in ctx.ments if m.kind == "agreement" and m.te - m.ts >= 3]:
        e = ctx.kb.get(m.entity)
        keys = _party_keys(ctx, e) if e is not None else {}
        if not keys:
            continue
        found = _coordinated(ctx, _names_in(ctx.lasts[m.ts : m.te], keys, m.ts))
        for pid, ts, te in found:
            party = ctx.kb.get(pid)
            s_, e_ = ctx.orig(ts, te)
            ctx.register(pid)
            ctx.ments.append(Ment(s_, e_, ts, te, pid, party.kind, "named-party", ctx.text[s_:e_], in_np=True))
    ctx.ments.sort_by_start()


def _names_in(words: list[str], keys: dict, offset: int) -> list[tuple[str, int, int]]:
    """The parties named in the words («وأرض الصومال»: clitics and article stripped), longest first, left to
    right, no two overlapping ("South Sudan" is not also "Sudan")."""
    out, a = [], 0
    while a < len(words):
        b = next((b for b in range(min(len(words), a + 5), a, -1) if tuple(words[a:b]) in keys), None)
        if b is None:
            a += 1
            continue
        out.append((keys[tuple(words[a:b])], offset + a, offset + b))
        a = b
    return out


def _coordinated(ctx: Context, found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Names joined by a dash or «و» ("the Israel-Iran ceasefire", «اتفاق إثيوبيا وأرض الصومال»): two sides of
    the agreement. "the UN roadmap for Yemen" names its author and its subject, no pair; nor does "the
    Declaration on Ethiopia and Somalia", whose names say what it is about, not who signed it."""
    out: dict[str, tuple[str, int, int]] = {}
    for (p1, _s1, e1), (p2, s2, e2) in zip(found, found[1:], strict=False):
        gap = ctx.texts[e1:s2]
        glued = not gap and ctx.lang == "ar" and ctx.texts[s2][:1] == "و"
        if p1 != p2 and (glued or gap and all(w in ("-", "–", "/") for w in gap)):
            out.setdefault(p1, (p1, _s1, e1))
            out.setdefault(p2, (p2, s2, e2))
    return list(out.values())


_PARTY_KEYS: dict[str, dict[tuple[str, ...], str]] = {}


def _party_keys(ctx: Context, e) -> dict[tuple[str, ...], str]:
    """An agreement's parties' names (and demonyms) as normalized word tuples (cached per agreement)."""
    keys = _PARTY_KEYS.get(e.id)
    if keys is None:
        from explorer.kb import norm_alias
        from explorer.text.tokens import strip_article

        keys = {}
        for pid in e.record.get("parties") or ():
            p = ctx.kb.get(pid)
            names = [p.name, p.name_ar or "", *p.aliases, *p.aliases_ar, *(p.record.get("demonyms") or [])] if p else []
            for n in names:
                key = tuple(strip_article(w) for w in norm_alias(n).split())
                if n and len(n) > 1 and key:  # ("EU-Turkey deal")
                    keys.setdefault(key, pid)
        _PARTY_KEYS[e.id] = keys
    return keys
