"""Sentence patterns that need no trigger verb: titles ("Russian Foreign Minister Lavrov"), possessive
leaders ("Haftar's LNA"), chairs («برئاسة …»), agreements between parties, membership lists and joining."""

from __future__ import annotations

import bisect
import re

from explorer import ontology
from explorer.extract.affiliations import AFFILIATION_PATTERNS
from explorer.extract.agreements import unreached
from explorer.extract.allies import allied_to
from explorer.extract.coalitions import led_against
from explorer.extract.context import ACTOR_KINDS, Context, Ment, TitleNP
from explorer.extract.coreference import LEADER_OFFICES
from explorer.extract.engine import Sentence, cued, mentioning
from explorer.extract.giving import gave_goods
from explorer.extract.lexicon import first_words
from explorer.extract.listings import listed_on
from explorer.extract.membership import MEMBERSHIP_PATTERNS
from explorer.extract.proposers import proposal_by
from explorer.extract.signers import agreement_signers
from explorer.extract.stays import stayed_for
from explorer.extract.syntax import (
    actor,
    aside,
    between_pair,
    coordinated_after,
    definite,
    group_with,
    group_with_left,
    listed_before,
    part_of_before,
    past_place,
    verb_ending_at,
)
from explorer.text.normalize import norm_key

_CO = frozenset({"co"})  # "co-chaired by"
_OF = frozenset({"of"})
_GOVERNMENT_OFFICES = frozenset({"prime_minister", "deputy_prime_minister", "foreign_minister", "minister"})
_MINISTER_OFFICES = _GOVERNMENT_OFFICES | {"deputy_foreign_minister", "defence_minister"}
_ENVOY_OFFICES = frozenset({"ambassador", "un_ambassador"})  # «مندوب حركة حماس»: a movement's representative
_COMMAND_OFFICES = frozenset({"commander", "chief_of_staff", "leader", "head"})
# a leader's title with no owner is any of these offices the knowledge base gives him
_LEADER_OFFICES = (*LEADER_OFFICES, "leader", "commander")  # ("their leaders": a group's too)


def roles(ctx: Context, possessive: list[tuple[Ment, Ment]], titles: list[TitleNP], emit) -> None:
    """Every title + name holds a role in the state or body its title names."""
    for person, body in possessive:
        emit(person, body, "holds_role_in", 0.75, "'s", "possessive-leader")
    for t in titles:
        if t.person is not None and not t.of:
            _kb_office(ctx, t, emit)
            _ruled_region_office(ctx, t, emit)
        owners = [x for x in t.of if not sent_to(ctx, t, x)]
        if t.person is None or not owners:
            continue
        of = _army_of(ctx, t, owners[0])
        if of.kind in ("state", "organization", "armed_group"):
            member = t.office in ontology.member_offices() and of.kind != "state" and not _head_title(ctx, t)
            member = member and not _special(ctx, t)  # «ممثلة الأمم المتحدة الخاصة»: the special representative
            # "Hamas Prime Minister X": a government office named by a movement makes him one of its members
            member = member or (t.office in _GOVERNMENT_OFFICES | _ENVOY_OFFICES and of.kind == "armed_group")
            member = member or (of.kind == "state" and _government_voice(ctx, t))
            rtype = "member_of" if member else "holds_role_in"
            trig = " ".join(ctx.texts[t.ts : t.te])
            emit(t.person, of, rtype, ontology.base_confidence("holds_role_in"), trig, "title-apposition")
            for x in _co_owners(ctx, owners) if of is owners[0] else ():  # "the UN and Arab League envoy X"
                emit(t.person, x, rtype, ontology.base_confidence("holds_role_in"), trig, "title-apposition")
            # ("the head of the Taliban's political office": a head of an organ whose parent the title names
            # apart holds a role in the parent too)
            up = _named_parent(ctx, t, of) if member else _ministry_state(ctx, t, of) or _named_parent(ctx, t, of, 0)
            if up is not None:  # «عضو المكتب السياسي لحركة حماس»: a member of Hamas too
                emit(t.person, up, rtype, ontology.base_confidence("holds_role_in") - 0.1, trig, "title-parent")
            if t.office == "negotiator" and of.kind != "state":
                # "Hamas negotiator X": one of its members, in an office of it; "the Houthis' chief negotiator X":
                # heads its negotiators, one of its members
                other = "member_of" if rtype == "holds_role_in" else "holds_role_in"
                emit(t.person, of, other, ontology.base_confidence("holds_role_in") - 0.1, trig, "title-apposition")


def _government_voice(ctx: Context, t: TitleNP) -> bool:
    """ "Congo government spokesman X", «الناطق باسم الحكومة الأردنية X»: a spokesperson of the government speaks
    for the state as one of its members, not as its head (a ministry's spokesperson is the ministry's)."""
    words = ctx.lex.w("government_words")
    return t.office == "spokesperson" and any(not words.isdisjoint(ctx.forms[k]) for k in range(max(0, t.ts - 1), t.te))


def _co_owners(ctx: Context, owners: list[Ment]) -> list[Ment]:
    """The bodies joined to the first owner by "and" or a hyphen ("the UN and Arab League special envoy", "the
    U.N.-Arab League's envoy", «المبعوث المشترك للأمم المتحدة والجامعة العربية»: Arabic glues «و» to the second
    body's first word): they own the title with it."""
    out, prev = [], owners[0]
    for x in owners[1:]:
        if x.kind != "organization" or prev.kind != "organization" or x.entity == prev.entity:
            break
        glued = ctx.lang == "ar" and prev.te == x.ts and ctx.texts[x.ts][:1] == "و" and len(ctx.toks[x.ts].forms) > 1
        if not glued and (not set(ctx.texts[prev.te : x.ts]) <= {"and", "-", "the", "و"} or prev.te >= x.ts):
            break
        out.append(x)
        prev = x
    return out


def _army_of(ctx: Context, t: TitleNP, owner: Ment) -> Ment:
    """ "the Libyan army's commander X", «قائد الجيش الليبي، خليفة حفتر»: a title over a state's army names the
    armed force the knowledge base has him command (the LNA, the Sudanese Armed Forces), not the state."""
    if owner.kind != "state" or t.person is None:
        return owner
    words = ctx.lex.w("armed_forces_nouns")
    if not any(not words.isdisjoint(tok.forms) for tok in ctx.toks[min(t.ts, owner.te) : t.te]):
        return owner
    for r in ctx.kb.roles_of(t.person.entity, ctx.on):
        e = ctx.kb.get(r.of) if r.of and r.office in _COMMAND_OFFICES else None
        if e is not None and e.kind in ("organization", "armed_group") and e.record.get("state") == owner.entity:
            return next(iter(ctx.ments.of_entity(r.of)), None) or _on_words_of(ctx, owner, r.of, e.kind)
    return owner


def _named_parent(ctx: Context, t: TitleNP, body: Ment, inside: int = 1) -> Ment | None:
    """The body a member's title names belongs to, when the title names it too («عضو المكتب السياسي لحركة
    حماس», «… لحركة المقاومة الإسلامية «حماس»», "a member of the Fatah Central Committee"): a member of the
    organ is one of the movement."""
    e = ctx.kb.get(body.entity) if body.kind == "organization" else None
    parent = e.record.get("parent") if e is not None else None
    pe = ctx.kb.get(parent) if parent else None
    if pe is None or pe.kind not in ("organization", "armed_group"):
        return None
    named = next((m for m in ctx.ments.ending_within(t.ts, t.te) if m.entity == parent and m.ts >= t.ts), None)
    if named is None and not (inside and _names_inside(pe, body.text)):
        return None  # (`inside` 0: only a mention of its own)
    return named or _on_words_of(ctx, body, parent, pe.kind)


def _ministry_state(ctx: Context, t: TitleNP, body: Ment) -> Ment | None:
    """«وزير الدولة بوزارة الخارجية القطرية», "the minister of state at Qatar's foreign ministry": a minister
    in a state's ministry holds a role in that state too."""
    e = ctx.kb.get(body.entity) if body.kind == "organization" and t.office in _MINISTER_OFFICES else None
    state = e.record.get("state") if e is not None and "ministry" in e.name.lower() else None
    return _on_words_of(ctx, body, state, "state") if state else None


def _state_army(ctx: Context, t: TitleNP, state: Ment) -> Ment:
    """ "army chief General X", «قائد الجيش العماد X»: a command title over the army word (`armed_forces_nouns`),
    naming no state, held by the state's army commander is held in the state's army when the knowledge base has one
    (its mention in the document, else one on the title's army word); the state otherwise."""
    from explorer.extract.armies import armies

    army = armies(ctx.kb).get(state.entity)
    words = ctx.lex.w("armed_forces_nouns")
    end = min(len(ctx.toks), t.te + (ctx.lang == "ar"))  # («قائد الجيش»: the army right after the title's noun)
    k = next((k for k in range(t.ts, end) if not words.isdisjoint(ctx.toks[k].forms)), None)
    if army is None or k is None:
        return state
    named = next(iter(ctx.ments.of_entity(army)), None)
    return named if named is not None else _title_words_mention(ctx, k, k + 1, army, "organization")


def _title_words_mention(ctx: Context, ts: int, te: int, eid: str, kind: str) -> Ment:
    """A mention of `eid` on a title's words [ts, te) (the army in "army chief", the house in «رئيس مجلس النواب»):
    listed with the document's entities, inside the title's phrase."""
    s_, e_ = ctx.orig(ts, te)
    ctx.register(eid)
    m = Ment(s_, e_, ts, te, eid, kind, "coref", ctx.text[s_:e_], in_np=True)
    ctx.ments.append(m)
    ctx.ments.sort_by_start()
    return m


def _on_words_of(ctx: Context, body: Ment, eid: str, kind: str) -> Ment:
    """A mention of `eid` on a body's words (its own mention there when there is one)."""
    same = next((m for m in ctx.ments.starting(body.ts) if m.entity == eid), None)
    if same is None:
        ctx.register(eid)
        same = Ment(body.start, body.end, body.ts, body.te, eid, kind, "coref", body.text, in_np=True)
        ctx.ments.append(same)  # (listed with the document's entities; its words are the owner's, covered)
        ctx.ments.sort_by_start()
    return same


def sent_to(ctx: Context, t: TitleNP, x: Ment) -> bool:
    """«مبعوثه الخاص إلى اليمن», "the UN envoy to Syria": where an envoy or ambassador is sent is not who he
    works for; «مستشاره لشؤون اليمن»: the affairs an office deals with are not its owner either."""
    if x.np_start <= t.ts:
        return _envoy_to_before(ctx, t, x)
    prev = ctx.texts[x.np_start - 1]
    if prev in ctx.lex.w("affairs_of"):
        return True
    sent = prev in ctx.lex.w("sent_to") or (ctx.toks[x.np_start].forms[0][:1] == "ل" and x.kind == "state")
    # «منسق … في البيت الأبيض»: a body after «في» is where he works
    sent = sent and not (prev in ctx.lex.w("inside_words") and x.kind != "state")
    return sent and t.office in ("envoy", "ambassador", "un_ambassador")


def _envoy_to_before(ctx: Context, t: TitleNP, x: Ment) -> bool:
    """ "Saudi Arabia's minister of state and Yemen envoy Adel al-Jubeir": a state before an envoy's title is
    where he is sent when the knowledge base has him serve another state on the date and not that one."""
    if t.office != "envoy" or x.kind != "state" or t.person is None or ctx.lang == "ar":
        return False
    states = {r.of for r in ctx.kb.roles_of(t.person.entity, ctx.on) if r.of and r.of.startswith("state:")}
    return bool(states) and x.entity not in states


def _special(ctx: Context, t: TitleNP) -> bool:
    """«ممثل الأمين العام الخاص», «ممثلة الأمم المتحدة الخاصة لليبيا»: a representative called special, even
    after the body he represents, is the body's envoy (he holds a role in it), not one of its members."""
    words = ctx.lex.w("special_words")
    return t.office == "official" and bool(words) and not words.isdisjoint(ctx.texts[t.ts : t.te])


def _head_title(ctx: Context, t: TitleNP) -> bool:
    """ "chief negotiator", «رئيس وفد»: the title names the head of the delegation, who holds a role."""
    return t.office == "negotiator" and ctx.texts[t.ts] in ctx.lex.w("head_words")


def _kb_office(ctx: Context, t: TitleNP, emit) -> None:
    """ "Secretary of State Mike Pompeo", «نائب رئيس الوزراء سالم …»: a title that names no state is the office
    the knowledge base gives that person on the article's date, held in the state named in the document."""
    if ctx.on is None or t.person is None:
        return
    offices = _LEADER_OFFICES if t.office == "leader" else (t.office,)  # ("their leaders, A and B": the states')
    for r in ctx.kb.roles_of(t.person.entity, ctx.on):
        body = next(iter(ctx.ments.of_entity(r.of)), None) if r.of and r.office in offices else None
        if body is None and r.of and r.office in offices and not r.of.startswith("state:"):
            body = _body_in_title(ctx, t, r.of)  # «رئيس مجلس النواب عقيلة صالح»: the house he speaks for
        if body is not None and body.kind == "state" and r.office in _COMMAND_OFFICES:
            body = _state_army(ctx, t, body)  # ("army chief General Michel Suleiman": Lebanon's army, not Lebanon)
        if body is not None:  # ("their military spokesman, Yahya Saree": a spokesman is one of the body's members)
            member = t.office in ontology.member_offices() and body.kind != "state" and not _head_title(ctx, t)
            rtype = "member_of" if member and not _special(ctx, t) else "holds_role_in"
            trig = " ".join(ctx.texts[t.ts : t.te])
            emit(t.person, body, rtype, ontology.base_confidence("holds_role_in") - 0.1, trig, "kb-office")
            return


def _body_in_title(ctx: Context, t: TitleNP, eid: str) -> Ment | None:
    """A title that names its body by two or more words of the body's names but not its state («رئيس مجلس النواب»,
    "Chairman of the Presidential Council"), held by a person the knowledge base gives that office in that body
    on the date: a mention of the body on those words (the title's words cannot tell which house; its holder can)."""
    ent = ctx.kb.get(eid)
    if ent is None or ent.kind == "state":
        return None
    words = {w for n in ent.all_names for w in norm_key(n).split() if len(w) > 2} - _TITLE_BODY_STOPS
    toks = ctx.toks
    found = ctx.ending_at(t.ts) if ctx.lang != "ar" else None
    if found is not None and found.entity.startswith("org:x-") and set(ctx.texts[found.ts : found.te]) <= words:
        found.entity, found.kind = eid, ent.kind  # "Presidential Council head X": the discovered body is his
        ctx.ments.reindex()  # (only this mention: relations drawn from earlier sentences keep theirs)
        ctx.register(eid)
        return found
    ks = [k for k in range(t.ts + 1, t.te) if (toks[k].text in words or not words.isdisjoint(toks[k].forms))]
    if not ks and ctx.lang != "ar":  # "Presidential Council head Mohamed al-Menfi": the body's words before
        k = t.ts
        while k > 0 and t.ts - k < 4 and ctx.texts[k - 1] in words and not ctx.covered[k - 1]:
            k -= 1
        ks = list(range(k, t.ts))
    if len(ks) < 2 or ks[-1] - ks[0] != len(ks) - 1:
        return None
    return _title_words_mention(ctx, ks[0], ks[-1] + 1, eid, ent.kind)


_TITLE_BODY_STOPS = frozenset({"the", "and", "for"})


def _ruled_region_office(ctx: Context, t: TitleNP, emit) -> None:
    """ "Samvel Shahramanyan, the president of Nagorno-Karabakh", "Nagorno-Karabakh's president X": a title over
    a region that a body rules on the date (organizations' `rules`: the self-declared republic, a regional
    government) is held in that body, when the knowledge base has its holder serve the body then."""
    if ctx.on is None or t.person is None:
        return
    served = {r.of for r in ctx.kb.roles_of(t.person.entity, ctx.on) if r.of}
    k = t.ts
    while k > 0 and ctx.texts[k - 1] in ctx.lex.w("title_modifiers"):
        k -= 1  # "Tigray's interim president X"
    for m in ctx.ments.ending_within(k - 3, t.te) if served else ():
        inside = t.ts < m.ts and m.te <= t.te
        before = m.te == k or (m.te == k - 1 and ctx.texts[m.te] in ("'s", "'"))
        if m.kind != "place" or not (inside or before):
            continue
        body = next((b for b in ctx.kb.rulers(m.entity, ctx.on) if b in served), None)
        e = ctx.kb.get(body) if body else None
        if body is not None and e is not None:
            trig = " ".join(ctx.texts[t.ts : t.te])
            emit(t.person, _on_words_of(ctx, m, body, e.kind), "holds_role_in", 0.8, trig, "ruled-region-office")
            return


@cued(lambda ctx: [(ctx.lex.w("chair_words"), False), (_CO, False), (ctx.lex.w("member_by"), ctx.lang == "ar")])
def chaired_by(ctx: Context, sent: Sentence, ments: list[Ment], emit) -> None:
    """«المجموعة الدولية لدعم سوريا برئاسة الولايات المتحدة وروسيا» / "co-chaired by X and Y"."""
    toks, chair, by_members = ctx.toks, ctx.lex.w("chair_words"), ctx.lex.w("member_by")
    texts = ctx.texts[sent.ts : sent.te]
    if chair.isdisjoint(texts) and "co" not in texts and not _any_in(ctx, sent, by_members):
        return  # (most sentences: one check in C instead of a loop over their words)
    for i in range(sent.ts, sent.te):
        w = toks[i].text
        by = i + 1 < sent.te and toks[i + 1].text == "by"
        co = w == "co" and i + 2 < sent.te and toks[i + 2].text == "chaired"
        if not ((w in chair or w in by_members) and (ctx.lang == "ar" or by) or co):
            continue
        if any(m.ts < i < m.te for m in ments):
            continue  # «والتحالف بقيادة السعودية»: the word is inside the name it belongs to, which leads nothing
        near = (m for m in reversed(ments) if i - 3 <= m.te <= i and m.kind in ("organization", "armed_group"))
        body = _head_body(ctx, ments, next(near, None), i)
        if body is not None and _unnamed_body_between(ctx, body.te, i):
            body = None  # «ويضم التحالف كذلك الحركة الشعبية بقيادة X»: X leads the movement, which is not named
        if body is not None and _host_title_body(ctx, ments, body, i):
            body = None  # «استقبل رئيس مجلس السيادة البرهان وفدا برئاسة X»: the body is in the host's title
        if body is None:
            if w not in by_members:
                _won_chair(ctx, ments, i, emit)
                _government_head(ctx, ments, i + 1 + (ctx.lang != "ar"), emit)
                _delegation_head(ctx, ments, i, sent.te, emit)
            continue
        # «برئاسة مشتركة من بريطانيا وألمانيا»: the chair's qualifiers before the names
        listed = coordinated_after(ctx, ments, _past_qualifiers(ctx, i + (3 if co else 1), sent.te), sent.te)
        k = _participation(ctx, listed[-1].te, sent.te) if listed else -1
        if k > 0:  # «برئاسة الولايات المتحدة وبمشاركة فرنسا», "chaired by the US and including France"
            listed += coordinated_after(ctx, ments, k, sent.te)
        for m in listed:  # "the RSF led by Dagalo": a person who leads a body holds a role in it; so does the
            # head of its delegation ("a delegation of the SRF headed by X", as the dev conventions have it)
            if m.kind in ("state", "organization", "person"):
                leads = m.kind == "person" and w in chair  # «الجيش الوطني الليبي بقيادة حفتر»
                leads = leads and not part_of_before(ctx, body)  # "a faction of the Umma Party led by X": a member
                rtype = "holds_role_in" if leads else "member_of"
                emit(m, body, rtype, 0.8, w, "chaired-by")


def _unnamed_body_between(ctx: Context, te: int, i: int) -> bool:
    """Arabic: a free head noun of a body («الحركة», «قوات», «جبهة») between the body named before and the chair
    word: the chair word follows another body, one the text names without the knowledge base knowing it."""
    if ctx.lang != "ar":
        return False
    heads = ctx.lex.organization_heads
    return any(not ctx.covered[k] and not heads.isdisjoint(ctx.toks[k].forms) for k in range(te, i))


def _host_title_body(ctx: Context, ments: list[Ment], body: Ment, i: int) -> bool:
    """A body, then a person, then a delegation noun right before the chair word: the body is in that person's
    title, and the delegation he received or met is someone else's."""
    p = next((m for m in ments if m.kind == "person" and body.te <= m.ts < i), None)
    nouns = ctx.lex.w("delegation_nouns")
    return p is not None and any(ctx.texts[k] in nouns for k in range(p.te, i))


def _head_body(ctx: Context, ments: list[Ment], body: Ment | None, i: int) -> Ment | None:
    """ "JNIM, the al-Qaeda affiliate led by X": a body that modifies the noun before "led" is not what X leads;
    the body that noun stands in apposition to is."""
    if body is None or ctx.lang == "ar" or body.te >= i or not ctx.toks[body.te].is_word or ctx.covered[body.te]:
        return body
    a = body.np_start
    while a > 0 and body.np_start - a < 3 and ctx.toks[a - 1].is_word and not ctx.covered[a - 1]:
        a -= 1  # "the former al-Qaeda affiliate"
    if a < 1 or ctx.texts[a - 1] != ",":
        return body  # "the RSF paramilitary led by X": the noun only describes the body
    head = next((m for m in ments if m.te == a - 1 and m.kind in ("organization", "armed_group")), None)
    return head or body


def _delegation_head(ctx: Context, ments: list[Ment], i: int, te: int, emit) -> None:
    """ "Russia's delegation is headed by X", "the Syrian delegation, led by X" (English): the person who heads a
    state's delegation holds a role in that state."""
    if ctx.lang == "ar" or i + 2 >= te:
        return
    state = next((m for m in reversed(ments) if i - 5 <= m.te < i and m.kind == "state"), None)
    between = ctx.texts[state.te : i] if state is not None else []
    nouns = ctx.lex.any_of("delegation_nouns", "team_nouns")  # ("the government team is led by X")
    if state is None or nouns.isdisjoint(between) or not set(between) <= _DELEGATION_GLUE | nouns:
        return
    stop = next((k for k in range(i + 1, min(te, i + 14)) if ctx.texts[k] in (",", ";", ".", "and")), min(te, i + 14))
    head = next((m for m in ments if i < m.ts < stop and m.kind == "person"), None)
    if head is not None:  # (past his title: "headed by Special Envoy for the Syrian Settlement X")
        emit(head, state, "holds_role_in", 0.8, ctx.texts[i], "delegation-headed-by")


_DELEGATION_GLUE = frozenset({"'s", "'", "delegation", "delegations", "negotiating", "government", "is", "was", ","})


def _government_head(ctx: Context, ments: list[Ment], k: int, emit) -> None:
    """«الحكومة الفلسطينية برئاسة رامي الحمد الله», "the Palestinian government headed by X": the person who
    heads a state's government holds a role in that state."""
    gov, chair = ctx.lex.w("government_nouns"), ctx.toks[k - 1].text
    state = next((m for m in reversed(ments) if k - 4 <= m.te < k and m.kind == "state"), None)
    if state is None or gov.isdisjoint(ctx.texts[min(state.np_start, state.ts) : state.te]):
        return
    person = next((m for m in ments if m.np_start == k and m.kind == "person"), None)
    if person is not None:
        emit(person, state, "holds_role_in", 0.8, chair, "government-chaired-by")


def _any_in(ctx: Context, sent: Sentence, words: frozenset[str]) -> bool:
    """Whether one of the words (or, Arabic, a last form) is in the sentence: the document's positions of each
    word list are looked up once."""
    at = ctx.memo.get(words) if words else []
    if at is None:
        at = ctx.memo[words] = ctx.where(words, lasts=ctx.lang == "ar")
    return bool(at) and bisect.bisect_left(at, sent.ts) < bisect.bisect_left(at, sent.te)


def _past_qualifiers(ctx: Context, k: int, end: int) -> int:
    words = ctx.lex.w("chair_qualifiers")
    while k < end and ctx.lang == "ar" and ctx.texts[k] in words:
        k += 1
    return _past_title_aside(ctx, k, end)


def _past_title_aside(ctx: Context, k: int, end: int) -> int:
    """ "headed by their chief justice, Abdul Hakim Haqqani", "led by its deputy leader, X": an owner's pronoun
    (`owner_pronouns`) and a lowercase title up to a comma before the name; the name starts after it
    (English)."""
    o = k + (k < end and ctx.texts[k] == "by")  # (the chair word's "by")
    if ctx.lang == "ar" or o >= end or ctx.texts[o] not in ctx.lex.w("owner_pronouns"):
        return k
    for j in range(o + 1, min(end - 1, o + 6)):
        t = ctx.toks[j]
        if t.text == ",":
            return j + 1 if j > o + 1 else k
        if not (t.is_word and t.text.islower()) or ctx.covered[j]:
            return k
    return k


def _participation(ctx: Context, k: int, end: int) -> int:
    """After a chair: «وبمشاركة», "and including", "with the participation of": where the next members start
    (-1 when no such words are at token k)."""
    words, toks = ctx.lex.w("participation_words"), ctx.toks
    j = k
    while j < end and j - k < 5 and (toks[j].text in words or toks[j].forms[-1] in words):
        j += 1
    return j if j > k else -1


def _won_chair(ctx: Context, ments: list[Ment], i: int, emit) -> None:
    """«فاز المنفي برئاسة المجلس الرئاسي، بعضوية كل من A وB»: the person before «برئاسة» heads the body after
    it; those listed after «بعضوية كل من» are its members."""
    toks, k = ctx.toks, i
    if k > 0 and toks[k - 1].text == ")":  # «المنفي (من إقليم برقة) برئاسة …»: an aside after the name
        k = next((x for x in range(k - 2, max(-1, k - 10), -1) if toks[x].text == "("), k)
    person = next((m for m in reversed(ments) if k - 2 <= m.te <= k and m.kind == "person"), None)
    body = next((m for m in ments if m.np_start == i + 1 and m.kind in ("organization", "armed_group")), None)
    if person is None or body is None:
        return
    emit(person, body, "holds_role_in", 0.8, toks[i].text, "won-chair")
    nouns = ctx.lex.w("membership_nouns")
    k = next((x for x in range(body.te, min(body.te + 3, len(toks))) if toks[x].forms[-1] in nouns), -1)
    if k >= 0 and k + 3 < len(toks):  # «…، بعضوية كل من …»
        if " ".join(t.text for t in toks[k + 1 : k + 3]) in ctx.lex.w("each_of"):
            for m in _member_list(ctx, ments, k + 3):
                emit(m, body, "member_of", 0.75, toks[k].text, "won-chair")


@cued(lambda ctx: [(ctx.lex.w("predicate_titles"), False)])
def predicate_titles(ctx: Context, sent: Sentence, ments: list[Ment], emit) -> None:
    """«أصبح عبد الحميد دبيبة رئيساً لحكومة الوحدة الوطنية», «انتُخب … رئيساً للمجلس»: a person named before
    an office in the accusative holds it in the body after it."""
    toks, words = ctx.toks, ctx.lex.w("predicate_titles")
    if words.isdisjoint(ctx.texts[sent.ts + 1 : sent.te - 1]):
        return
    for i in range(sent.ts + 1, sent.te - 1):
        if toks[i].text not in words:
            continue
        # («انتُخب محمد بازوم رئيساً للنيجر»: the state he heads)
        body = next((m for m in ments if m.np_start == i + 1 and m.kind in ACTOR_KINDS and m.kind != "person"), None)
        k = i
        if toks[k - 1].text == ")":  # «دبيبة (من إقليم طرابلس) رئيساً …»
            k = next((x for x in range(k - 2, max(sent.ts - 1, k - 10), -1) if toks[x].text == "("), k)
        person = next((m for m in reversed(ments) if k - 1 <= m.te <= k and m.kind == "person"), None)
        if body is not None and person is not None:
            emit(person, body, "holds_role_in", 0.8, toks[i].text, "predicate-title")


def adviser_to(ctx: Context, sent: Sentence, ments: list[Ment], emit) -> None:
    """ "X, an adviser to President Y", «X، مستشار الرئيس Y», «X مستشار الرئيس الأوكراني Y», "X, spokesman for
    Prime Minister Y": an aide named before a title with its holder holds a role in the state where that holder
    holds his office (the title's state, else the knowledge base's)."""
    pairs = _aide_titles(ctx, sent)
    words = ctx.lex.w("subordinate_words")
    if not words.isdisjoint(ctx.texts[sent.ts + 2 : sent.te - 1]):
        pairs = pairs + _advisers(ctx, sent, ments, words)
    for aide, boss, i in pairs:
        if boss.person is None:  # «يوسف عزت مستشار قائد قوات الدعم السريع»: the unnamed boss's body
            body = boss.of[0]
            rtype = "holds_role_in" if body.kind == "state" else "member_of"
            if not _serves_elsewhere(ctx, aide, body):
                emit(aide, body, rtype, 0.7, ctx.texts[i], "adviser-to")
            continue
        if aide.entity == boss.person.entity:
            continue
        state = _office_state(ctx, boss)
        if state is not None and not _serves_elsewhere(ctx, aide, state):
            emit(aide, state, "holds_role_in", 0.7, ctx.texts[i], "adviser-to")


_Aide = tuple[Ment, TitleNP, int]  # the aide, his boss's title, the token of the aide's word


def _advisers(ctx: Context, sent: Sentence, ments: list[Ment], words: frozenset[str]) -> list[_Aide]:
    """The aides named before an adviser's word and the titled bosses after it (Arabic sets the apposition off
    without a comma too: «وقال ميخايلو بودولياك مستشار الرئيس الأوكراني فولوديمير زيلينسكي»)."""
    out: list[_Aide] = []
    skip = ctx.lex.any_of("articles", "title_modifiers")
    for i in range(sent.ts + 2, sent.te - 1):
        if ctx.texts[i] not in words:
            continue
        j = i + 1 + (ctx.lang != "ar" and ctx.texts[i + 1] == "to")
        j += ctx.texts[j] == "the"
        boss = next((t for t in ctx.titles if t.ts == j and _boss_title(ctx, t)), None)
        k = i
        while k > sent.ts and ctx.texts[k - 1] in skip:
            k -= 1  # "an adviser", "a senior aide"
        comma = ctx.texts[k - 1] in (",", "،")
        aide = next((m for m in ments if m.te == k - comma and m.kind == "person"), None)
        if boss is not None and aide is not None and (comma or (ctx.lang == "ar" and not _object_verb(ctx, aide))):
            out.append((aide, boss, i))
    return out


def _object_verb(ctx: Context, m: Ment) -> bool:
    """«واستقبل البرهان مستشار …»: a verb that takes an object right before the name (not a reporting verb): the
    title after the name is the verb's object, no apposition."""
    verb = verb_ending_at(ctx, min(m.ts, m.np_start if m.np_start >= 0 else m.ts))
    return verb is not None and verb[0].label != "states"


def _boss_title(ctx: Context, t: TitleNP) -> bool:
    """A title that introduces its holder's name, or (Arabic) names only its owner («مستشار قائد قوات الدعم
    السريع»: the commander of the RSF, unnamed)."""
    if t.person is not None:
        return t.person.ts >= t.te
    return ctx.lang == "ar" and bool(t.of) and t.of[0].kind in ("state", "organization", "armed_group")


def _aide_titles(ctx: Context, sent: Sentence) -> list[_Aide]:
    """ "Mohammed Siala, spokesman for Prime Minister Fayez al-Sarraj", "X, envoy of President Y": a person's own
    title of an aide's office (`aide_offices`) with no owner, right before another title and its holder."""
    pairs = ctx.memo.get("aide-titles")
    if pairs is None:
        pairs = ctx.memo["aide-titles"] = []
        offices, starts = ctx.lex.w("aide_offices"), {t.ts: t for t in ctx.titles if t.person is not None}
        for t in ctx.titles:
            if t.person is None or t.of or t.office not in offices or t.te >= len(ctx.toks):
                continue
            if t.person.ts >= t.te:  # «بيسكوف المتحدث باسم الرئيس فلاديمير بوتين»: the name after is the boss's
                pair = _boss_inside(ctx, t)
                pairs += [pair] if pair is not None else []
                continue
            boss = starts.get(t.te + (ctx.texts[t.te] == "the"))
            if boss is not None and boss.person is not None and boss.person.ts >= boss.te:
                pairs.append((t.person, boss, t.ts))
    return [p for p in pairs if sent.ts <= p[2] < sent.te]


def _boss_inside(ctx: Context, t: TitleNP) -> _Aide | None:
    """«دميتري بيسكوف المتحدث باسم الرئيس فلاديمير بوتين»: an aide's title read as one with the name after it,
    which ends in another office's title (the boss's, whose holder that name is) after an aide's name."""
    k = t.ts - (t.ts > 0 and ctx.texts[t.ts - 1] in (",", "،"))
    aide = next((m for m in ctx.ments.ending(k) if m.kind == "person"), None)
    if aide is None:
        return None
    for b in range(t.ts + 1, t.te):
        hit = ctx.lex.titles.match_at(ctx.toks, b)
        if hit is not None and hit[1] == t.te and hit[0].label not in ctx.lex.w("aide_offices"):
            return aide, TitleNP(b, t.te, hit[0].label, [], t.person), t.ts
    return None


def _serves_elsewhere(ctx: Context, aide: Ment, state: Ment) -> bool:
    """An aide the knowledge base has in an office of another state (or, for a body, of anything else) on the date
    («استقبل بوتين مستشار الرئيس الأوكراني»: the president received the adviser, he is none)."""
    roles = ctx.kb.roles_of(aide.entity, ctx.on)
    if state.kind != "state":
        return any(r.of and r.of != state.entity for r in roles) and all(r.of != state.entity for r in roles)
    return any(r.of and r.of.startswith("state:") and r.of != state.entity for r in roles)


_SIDE_KINDS = ("state", "organization", "armed_group")


@cued(lambda ctx: [(ctx.lex.w("behalf_partners") if ctx.lang != "ar" else frozenset(), False)])
def signed_on_behalf(ctx: Context, sent: Sentence, ments: list[Ment], emit) -> None:
    """ "Sidi Brahim Ould Sidati signed the agreement on behalf of the CMA", "X signed on behalf of Ethiopia"
    (English; Arabic «ووقع عن الجانب …» is on-behalf): a person who signs for a state holds a role in it; for a
    body, when the knowledge base has him hold one there on the date, else he is one of its members."""
    for i in range(sent.ts + 3, sent.te - 2):
        if ctx.texts[i] not in ctx.lex.w("behalf_partners") or ctx.texts[i - 1] != "on" or ctx.texts[i + 1] != "of":
            continue
        k = i + 2 + (ctx.texts[i + 2] == "the")
        side = next((m for m in ments if m.np_start in (i + 2, k) and m.kind in _SIDE_KINDS), None)
        signer = _signer_before(ctx, sent, ments, i - 1) if side is not None else None
        if signer is None or len(group_with_left(ctx, ments, signer)) > 1 or len(group_with(ctx, ments, side)) > 1:
            continue  # ("A and B signed on behalf of X and Y": each for his own side)
        offices = {r.office for r in ctx.kb.roles_of(signer.entity, ctx.on) if r.of == side.entity}
        role = side.kind == "state" or not offices <= ontology.member_offices()
        emit(signer, side, "holds_role_in" if role else "member_of", 0.7, ctx.texts[i], "signed-on-behalf")


def _signer_before(ctx: Context, sent: Sentence, ments: list[Ment], end: int) -> Ment | None:
    """The person who opens the clause of a signing verb before token `end`, with only agreements and places
    named between them."""
    hits = ctx.trigger_hits[1]
    signed = False
    by = next((m for m in ments if m.te == end and m.kind == "person" and ctx.texts[m.np_start - 1] == "by"), None)
    if by is not None:  # "the declaration was signed by X on behalf of …"
        return by if any(hits.get(x) and hits[x][0].label == "agrees_with" for x in range(sent.ts, by.ts)) else None
    for m in reversed([m for m in ments if m.te <= end]):
        signed = signed or any(
            hits.get(x) is not None and hits[x][0].label == "agrees_with" for x in range(m.te, end)
        )
        if m.kind == "person":
            return m if signed else None
        if m.kind not in ("agreement", "place"):
            return None
    return None


def _office_state(ctx: Context, t: TitleNP) -> Ment | None:
    """The state a title's holder holds its office in: the title's own, else the knowledge base's (named here)."""
    if t.of:
        return t.of[0] if t.of[0].kind == "state" else None
    for r in ctx.kb.roles_of(t.person.entity, ctx.on):
        m = next(iter(ctx.ments.of_entity(r.of)), None) if r.of and r.office == t.office else None
        if m is not None and m.kind == "state":
            return m
    return None


def _member_list(ctx: Context, ments: list[Ment], k: int) -> list[Ment]:
    """People listed from token k, «A (…)، وB (…)»: asides in brackets do not end the list."""
    out: list[Ment] = []
    toks = ctx.toks
    while k < len(toks):
        m = next((x for x in ments if x.np_start == k and x.kind == "person"), None)
        if m is None:
            return out
        out.append(m)
        k = m.te
        if k < len(toks) and toks[k].text == "(":
            while k < len(toks) and toks[k].text != ")" and k - m.te < 8:
                k += 1
            k += 1
        if k < len(toks) and toks[k].text in (",", "،"):
            k += 1  # «…، وموسى الكوني»: the next name, "and" glued to it
    return out


def _and_counterpart(ctx: Context, ments: list[Ment], grp: list[Ment], end: int) -> list[Ment]:
    """«بين ممثل فتح عزام الأحمد، ونظيره الحمساوي، صالح العاروري»: "and his counterpart" adds the one named."""
    if len(grp) != 1 or grp[0].kind != "person":
        return grp
    toks, k = ctx.toks, grp[0].te
    if k < end and toks[k].text in (",", "،"):
        k += 1
    if not (k < end and any(f in ctx.lex.counterpart for f in toks[k].forms)):
        return grp
    other = next((m for m in ments if k < m.np_start <= k + 4 and m.kind == "person"), None)
    return grp + [other] if other is not None and other.entity != grp[0].entity else grp


def _signed_between(ctx: Context, sent: Sentence, m: Ment) -> bool:
    """«بحثا تطبيق الاتفاق الموقع بين A وB», "urged respect for the accord signed between A and B": a signed
    participle (`signed_participles`) right after the agreement, then 'between': A and B signed it, whatever the
    call or the talks about it."""
    k, between = m.te, ctx.lex.w("between")
    return k + 1 < sent.te and ctx.lasts[k] in ctx.lex.w("signed_participles") and ctx.texts[k + 1] in between


def _asked_or_discussed(ctx: Context, sent: Sentence, m: Ment) -> bool:
    """ "The EU called for a ceasefire between the army and the RSF", «بحث المبعوث مع المسؤولين وقف إطلاق النار
    بين لبنان وإسرائيل»: the agreement is the object of a call or a discussion (`call_verbs`, `topic_verbs`, the
    nearest verb within eight words before it), not one the two sides reached."""
    words, hits = ctx.lex.any_of("call_verbs", "topic_verbs"), ctx.trigger_hits[1]
    for x in range(m.ts - 1, max(sent.ts, m.ts - 8) - 1, -1):
        if not words.isdisjoint(ctx.toks[x].forms):
            return True
        if hits.get(x) is not None and hits[x][0].label == "agrees_with":
            return False  # «اتفق الطرفان على وقف إطلاق النار بين …»: reached
    return False


@mentioning("agreement")
def agreement_between(ctx: Context, sent: Sentence, ments: list[Ment], emit) -> None:
    """ "an agreement between A and B" / «اتفاق الرياض بين الحكومة اليمنية والمجلس الانتقالي»: both are parties."""
    toks, sought = ctx.toks, ctx.lex.w("sought_words")
    for m in ments:
        if m.kind != "agreement":
            continue
        grp, trig = _agreement_parties(ctx, sent, ments, m)
        if len(grp) < 2:
            grp, trig = _owner_with(ctx, sent, ments, m)
        if len(grp) < 2:
            continue
        if any(f in sought for t in toks[max(sent.ts, m.ts - 3) : m.ts] for f in t.forms):
            continue  # «جهود وساطة للتهدئة ووقف إطلاق النار بين …», "efforts for a truce between …": not reached
        if unreached(ctx, sent.ts, m) or not _signed_between(ctx, sent, m) and _asked_or_discussed(ctx, sent, m):
            continue  # "working on a peace treaty between A and B", "no final deal between A and B"
        for a in grp:
            if a.kind in ACTOR_KINDS:
                emit(a, m, "agrees_with", 0.75, trig, "agreement-between")


@cued(lambda ctx: [(ctx.lex.w("result_verbs"), ctx.lang == "ar")])
def talks_yielded(ctx: Context, sent: Sentence, ments: list[Ment], emit) -> None:
    """ "the mediation between A and B resulted in a truce", «أسفرت المفاوضات بين A وB عن التوصل إلى اتفاق»:
    the two sides of talks (`result_talks_nouns`) that yield an agreement named soon after the verb of result
    (`result_verbs`) are its parties."""
    toks, results, talks = ctx.toks, ctx.lex.w("result_verbs"), ctx.lex.w("result_talks_nouns")
    for k in range(sent.ts, sent.te):
        if results.isdisjoint(toks[k].forms):
            continue
        agr = next((m for m in ments if m.kind == "agreement" and k < m.ts <= k + 16), None)  # («أسفرت X بين A وB»)
        if agr is None or unreached(ctx, sent.ts, agr):
            continue
        for t in range(max(sent.ts, k - 20), agr.ts):
            if talks.isdisjoint(toks[t].forms):
                continue  # (the pair may follow the co-mediators: «الوساطة المشتركة مع مصر وقطر، بين A وB»)
            b = next((b for b in range(t + 1, agr.ts) if toks[b].text in ctx.lex.w("between")), agr.ts)
            pair = between_pair(ctx, ments, b, agr.ts)
            if pair is not None:
                for a in pair:
                    emit(a, agr, "agrees_with", 0.65, toks[k].text, "talks-yielded")
                break


def _owner_with(ctx: Context, sent: Sentence, ments: list[Ment], m: Ment) -> tuple[list[Ment], str]:
    """ "A's truce with B", "A announced a truce with B", «أعلن A هدنة مع B»: the agreement's owner (its possessor,
    or the subject of a verb declaring it, `declare_verbs`) and the partner after 'with' are its two sides."""
    texts, k = ctx.texts, _past_duration(ctx, past_place(ctx, m.te, sent.te - 1), sent.te - 1)
    genitive = _genitive_owner(ctx, ments, m, k, sent.te)  # «اتفاق الحكومة مع الجبهة الثورية»
    k = genitive.te if genitive is not None else k
    if not (k + 1 < sent.te and texts[k] in ctx.lex.w("with")):
        return [], ""
    if genitive is not None:
        sides = [genitive, *(x for x in coordinated_after(ctx, ments, k + 1, sent.te) if actor(x))]
        e = ctx.kb.get(m.entity)
        parties = set(e.record.get("parties") or ()) if e is not None else set()
        if parties and any(x.entity not in parties for x in sides if x.kind != "person"):
            return [], ""  # «اتفاق السودان مع إثيوبيا» is not the Juba agreement the article named before
        return (sides if len(sides) > 1 else []), texts[k]
    partners = [x for x in coordinated_after(ctx, ments, k + 1, sent.te) if actor(x)]
    b = m.np_start - 1
    b -= b > sent.ts and texts[b] in ("'s", "'")
    owner = next((x for x in ments if x.te == b + 1 and x.possessive and actor(x)), None)
    owners = [owner] if owner is not None else []
    declare = ctx.lex.w("declare_verbs")
    if not owners:
        owners = _declarers(ctx, sent, ments, _agreeing_noun_before(ctx, ments, m) or m, declare)
    return (owners + partners if owners and partners else []), texts[k]


def _agreeing_noun_before(ctx: Context, ments: list[Ment], m: Ment) -> Ment | None:
    """«أعلن A الاتفاق على هدنة مع B»: the agreeing noun right before the terms' preposition (`terms_prepositions`)
    that opens the agreement m; what A declares is that noun, m its terms (Arabic), else None."""
    k = m.np_start - 1
    if ctx.lang != "ar" or k < 1 or ctx.texts[k] not in ctx.lex.w("terms_prepositions"):
        return None
    return next((x for x in ments if x.te == k and x.kind == "agreement" and x.role == "generic"), None)


def _past_duration(ctx: Context, k: int, end: int) -> int:
    """The token after a duration phrase at k ("a truce for 72 hours with B", «هدنة لمدة 72 ساعة مع B»: a
    `duration_openers` word, then at most three words, the last a `duration_words` word), else k."""
    if not (k < end and ctx.texts[k] in ctx.lex.w("duration_openers")):
        return k
    words = ctx.lex.w("duration_words")
    return next((j + 1 for j in range(k + 1, min(end, k + 4)) if not words.isdisjoint(ctx.toks[j].forms)), k)


def _genitive_owner(ctx: Context, ments: list[Ment], m: Ment, k: int, end: int) -> Ment | None:
    """The actor in construct right after a bare Arabic agreement noun («اتفاق الحكومة مع …»: the government's
    agreement), not one inside its name; None in English or when the noun has a name of its own."""
    if ctx.lang != "ar" or m.role != "generic" or m.te - m.ts > 1:
        return None
    return next((x for x in ments if x.np_start == k and actor(x) and not x.in_np and x.te < end), None)


def _declarers(ctx: Context, sent: Sentence, ments: list[Ment], m: Ment, declare: frozenset[str]) -> list[Ment]:
    """The subject of a verb that declares the agreement a few words before it (its modifiers, «مساء السبت», in
    between): "A announced a week-long truce", «أعلن A مساء السبت هدنة»."""
    toks, lo = ctx.toks, max(sent.ts, m.np_start - 5)
    gap = range(lo, m.np_start)
    if ctx.lang != "ar":  # ("Sudan's army announced a 72-hour truce": only what stands after the verb matters)
        v = next((x for x in reversed(gap) if ctx.texts[x] in declare), lo)
        gap = range(v, m.np_start)
    if any(not (toks[x].is_word or toks[x].text == "-" or toks[x].text.isdigit()) for x in gap if x > lo):
        aside = _actor_before_aside(ctx, sent, ments, m.np_start) if ctx.lang == "ar" else None
        grp = group_with_left(ctx, ments, aside) if aside is not None else []
        return grp if grp and toks[grp[0].np_start - 1].forms[-1] in declare else []
    if ctx.lang != "ar":
        verb = next((x for x in reversed(gap) if ctx.texts[x] in declare), None)
        last = next((x for x in ments if verb is not None and x.te == verb and actor(x) and not x.possessive), None)
        return group_with_left(ctx, ments, last) if last is not None else []
    last = next((x for x in reversed(ments) if x.te in gap or x.te == m.np_start), None)
    grp = group_with_left(ctx, ments, last) if last is not None and actor(last) and last.te > lo else []
    ok = grp and grp[0].np_start > sent.ts and toks[grp[0].np_start - 1].forms[-1] in declare
    return grp if ok else []


def _actor_before_aside(ctx: Context, sent: Sentence, ments: list[Ment], k: int) -> Ment | None:
    """The actor right before an aside of time or place between two commas that ends at token k («أصدر A وB، في
    اليوم نفسه، إعلاناً مشتركاً مع C»: words only inside, no other actor), else None."""
    if k - 1 <= sent.ts or ctx.texts[k - 1] not in (",", "،"):
        return None
    c = next((x for x in range(k - 2, max(sent.ts, k - 8), -1) if ctx.texts[x] in (",", "،")), None)
    if c is None or not all(t.is_word for t in ctx.toks[c + 1 : k - 1]):
        return None
    if any(c < x.ts < k and actor(x) for x in ments):
        return None
    return next((x for x in ments if x.te == c and actor(x)), None)


def _agreement_parties(ctx: Context, sent: Sentence, ments: list[Ment], m: Ment) -> tuple[list[Ment], str]:
    """The parties an agreement mention names, and the word that names them: "between A and B" after it (or
    "signed between", «الموقع بين», «المبرم بين»), "reached after talks between A and B", or inside its name
    ("… between A and B", "the A-B deal")."""
    toks, between, k = ctx.toks, ctx.lex.w("between"), m.te
    k += k < sent.te and toks[k].text in (",", "،")  # "The deal, reached after talks between …"
    k = past_place(ctx, k, sent.te - 1)  # "a truce in Gaza between A and B", «اتفاق لوقف إطلاق النار في غزة بين …»
    k = _past_terms(ctx, sent, ments, k)  # «تم الاتفاق على فتح الحدود بين السعودية وقطر»
    k = _past_kind(ctx, sent, ments, k)  # «اتفاق سلام بين …», «مذكرة تفاهم أمني بين …»
    k = _past_relative_passive(ctx, sent, k)  # «الاتفاق الذي تم توقيعه بين …»
    while k + 2 < sent.te and k - m.te < 3 and ctx.texts[k] in ctx.lex.w("passive_auxiliaries"):
        k += 1  # "a ceasefire was reached between A and B"
    signed = k + 1 < sent.te and ctx.lasts[k] in ctx.lex.w("signed_participles")
    if signed and toks[k + 1].text in between:
        k += 1  # "the agreement signed between A and B", «الاتفاق الموقع بين A وB», «المبرم بين»
    if k < sent.te and toks[k].text in between:
        return _and_counterpart(ctx, ments, coordinated_after(ctx, ments, k + 1, sent.te), sent.te), toks[k].text
    if signed and len(grp := _between_later(ctx, sent, ments, k + 1)) >= 2:
        return grp, toks[k].text  # "signed in Doha in February between A and B"
    if signed and (pair := between_pair(ctx, ments, k + 1, sent.te)) is not None:
        return list(pair), toks[k].text  # "the accord, concluded after talks between A and B"
    k = next((x for x in range(m.ts, m.te) if toks[x].text in between), m.te)
    if k == m.te and _proposed_by_names(ctx, m):
        return [], m.text  # "the Egyptian-Qatari proposal": its proposers, not parties to an agreement
    grp = [x for x in ments if (k < x.ts or x.role == "named-party") and m.ts <= x.ts < m.te and x is not m]
    return (grp or _named_pair(ctx, sent, ments, m)), toks[k].text if k < m.te else m.text


def _past_relative_passive(ctx: Context, sent: Sentence, k: int) -> int:
    """«الاتفاق الذي تم توقيعه بين A وB», «… الذي تم التوصل إليه بين …»: a relative clause in the passive whose
    verbal noun signs or reaches the agreement (an `agrees_with` trigger after «تم», `passive_light_verbs`) goes on
    to its parties; where «بين» stands then, else k (Arabic)."""
    if ctx.lang != "ar" or k + 3 >= sent.te or ctx.texts[k] not in ctx.lex.w("relative_pronouns"):
        return k
    hit = ctx.trigger_hits[1].get(k + 2)
    if ctx.texts[k + 1] not in ctx.lex.w("passive_light_verbs") or hit is None or hit[0].label != "agrees_with":
        return k
    j = hit[1] + (hit[1] < sent.te and ctx.texts[hit[1]] in ctx.lex.w("resumptive_links"))
    return j if j < sent.te and ctx.texts[j] in ctx.lex.w("between") else k


def _between_later(ctx: Context, sent: Sentence, ments: list[Ment], k: int) -> list[Ment]:
    """The parties listed after a 'between' a few words past a signing participle: "signed in Doha in February
    between A and B", "reached after seven hours of talks in Geneva between A, B, C and D" (the talks that led to
    it were between its parties). Only places, times and the talks' words stand between: no stop or comma, no
    clause break or relative pronoun, no actor."""
    between, stops = ctx.lex.w("between"), ctx.lex.any_of("clause_breaks", "relative_pronouns", "agent_prepositions")
    for j in range(k, min(sent.te, k + 12)):
        t = ctx.texts[j]
        if t in between:
            grp = [a for a in coordinated_after(ctx, ments, j + 1, sent.te) if actor(a)]
            return _and_counterpart(ctx, ments, grp, sent.te)
        if not ctx.toks[j].is_word or t in stops or any(m.ts == j and actor(m) for m in ments):
            return []
    return []


def _proposed_by_names(ctx: Context, m: Ment) -> bool:
    """A plan or proposal whose name holds actors ("the Egyptian-Qatari proposal", «المبادرة المصرية القطرية»)
    names who put it forward; nobody has agreed to it yet ("the Egyptian-Qatari ceasefire proposal" too)."""
    from explorer.extract.agreements import proposed_noun

    return proposed_noun(ctx, m)


def _past_terms(ctx: Context, sent: Sentence, ments: list[Ment], k: int) -> int:
    """The 'between' after what was agreed ("an agreement on reopening the border between A and B", «الاتفاق على
    فتح الحدود بين A وB»: a few words naming nobody), else k."""
    if not (k < sent.te and ctx.texts[k] in ctx.lex.w("terms_prepositions")):
        return k
    between, starts = ctx.lex.w("between"), {m.ts for m in ments}
    for j in range(k + 1, min(sent.te, k + 6)):
        if ctx.texts[j] in between:
            return j
        if j in starts or ctx.texts[j] in (",", "،", "."):
            break
    return k


def _past_kind(ctx: Context, sent: Sentence, ments: list[Ment], k: int) -> int:
    """The 'between' after the words that say what kind an Arabic indefinite agreement is («اتفاق سلام بين A وB»,
    «اتفاقية تعاون أمني بين …», «اتفاق استئناف العلاقات بين …»: at most two words, the first with no article,
    naming nobody, no preposition), else k."""
    if ctx.lang != "ar":
        return k
    between, stops, starts = ctx.lex.w("between"), ctx.lex.w("prepositions"), {m.ts for m in ments}
    for j in range(k, min(sent.te, k + 3)):
        if ctx.texts[j] in between:
            return j if j > k else k
        t = ctx.toks[j]
        if not t.is_word or (j == k and t.text.startswith("ال")) or t.text in stops or j in starts:
            break
    return k


def _named_pair(ctx: Context, sent: Sentence, ments: list[Ment], m: Ment) -> list[Ment]:
    """A common noun whose pair of parties is named with it: "the Israel-Hamas truce" (the two joined by a dash
    before it), «هدنة إسرائيل وحماس» (the two coordinated right after it)."""
    if m.role != "generic":
        return []
    if ctx.lang == "ar":
        if definite(ctx, ctx.toks[m.te - 1]):
            return []  # «وتستثني الهدنة تنظيم داعش وجبهة النصرة»: a noun with the article heads no genitive
        first = next((x for x in ments if x.np_start == m.te and actor(x)), None)
        grp = group_with(ctx, ments, first) if first is not None else []
        return grp if len(grp) == 2 else []
    b = next((x for x in ctx.ments.ending(m.ts) if _acting(x)), None)  # (the first name modifies the second)
    if b is None or b.ts < sent.ts + 2 or ctx.texts[b.ts - 1] not in ("-", "–"):
        return []
    a = next((x for x in ctx.ments.ending(b.ts - 1) if _acting(x)), None)
    return [a, b] if a is not None and a.entity != b.entity else []


def _membership_cues(ctx: Context) -> frozenset[str]:
    return ctx.lex.any_of(
        "member_nouns",
        "join_verbs",
        "join_to_verbs",
        "joined_nouns",
        "include_verbs",
        "compose_verbs",
        "chair_verbs",
        "plural_chair_verbs",
        "member_state_plurals",
        "member_role_nouns",
    )


@cued(lambda ctx: [(_membership_cues(ctx), True)])
def members(ctx: Context, sent: Sentence, ments: list[Ment], emit) -> None:
    """ "X and Y are (permanent) members of Z" / «X، عضو Z» / «وهي عضو في حلف شمال الأطلسي»."""
    toks, nouns = ctx.toks, ctx.lex.w("member_nouns")
    cues = _membership_cues(ctx)
    if cues.isdisjoint(ctx.texts[sent.ts : sent.te]) and cues.isdisjoint(ctx.lasts[sent.ts : sent.te]):
        return  # no membership word in the sentence
    texts, times = ctx.texts, ctx.lex.w("time_adverbs")
    at = ctx.where(cues, lasts=True)  # (the words that are one of them, by text or last form: the document's index)
    for i in at[bisect.bisect_left(at, sent.ts) : bisect.bisect_left(at, sent.te)]:
        w = texts[i]
        if w in times:
            continue  # («الأحد» is Sunday, never «أحد», "one of")
        if _role_noun(ctx, sent, ments, i, emit) or _membership_verb(ctx, sent, ments, i, emit):
            continue
        if _leaders_wing(ctx, ments, i, emit):
            continue
        if w not in nouns and (toks[i].forms[-1] not in nouns or w.startswith("و")):
            continue  # («وممثل الاتحاد، محمد»: "and the representative of …" names the next person)
        if w in ctx.lex.w("part_nouns") and not (i + 1 < sent.te and toks[i + 1].text in ctx.lex.w("part_of")):
            continue  # "part of the alliance", «جزءا من التحالف»; not "took part in"
        body = None if _titled(ctx, i) else _member_body(ctx, sent, ments, i)  # (a titled person's title)
        if body is not None and _including(ctx, sent, ments, body, emit):
            continue  # "members of X, including A and B", «الدول الأعضاء في X، ومنها A وB»
        left = [m for m in ments if body is not None and m.te <= min(i, body.ts) and actor(m) and m is not body]
        if body is not None and i - 1 <= body.te <= i and _members_after(ctx, sent, ments, body, i, emit):
            continue  # "ECOWAS member states Nigeria and Senegal", "the NATO member Turkey"
        if not left:
            _members_named_after(ctx, sent, ments, body, i, emit)
            continue
        grp = group_with_left(ctx, ments, left[-1])
        near = body.te <= i and i - body.te <= 2  # ("the five permanent Security Council members")
        if i > sent.ts and toks[i - 1].forms[-1] in ctx.lex.w("pronoun_subjects"):
            # «انضمت تركيا إلى …، وهي عضو في حلف شمال الأطلسي»: the sentence's subject
            first = next((m for m in ments if actor(m) and m.te <= i and m is not body), None)
            grp = [first] if first is not None else grp
        elif not _linked(ctx, grp[-1].te, body.np_start if near else i, 7 if near else 5):
            continue  # "X, member of Y" / «X عضو Y», "X, a NATO member": the member is named right before (not
            # "Zelensky urged NATO members to …")
        if _verb_object_member(ctx, grp[0], i):
            continue
        for a in grp:
            emit(a, body, "member_of", 0.7, w, "member-list")


def _leaders_wing(ctx: Context, ments: list[Ment], i: int, emit) -> bool:
    """«حركة جيش تحرير السودان، جناح أركو مناوي», «الحركة الشعبية جناح مالك عقار»: a wing named by a person is the
    faction he leads (the group right before), not a member of the next body in the list."""
    if ctx.texts[i] not in ctx.lex.w("faction_nouns"):
        return False
    if i + 1 >= len(ctx.toks) or ctx.texts[i + 1].startswith("ال") or not ctx.toks[i + 1].is_word:
        return False  # «الجناح العسكري لحركة حماس»: a wing of a body
    leader = next((m for m in ments if m.ts == i + 1), None)
    if leader is not None and leader.kind != "person":
        return False  # «جناح حماس العسكري»
    if leader is None:
        return True  # «جناح أركو مناوي» with a name the knowledge base lacks: still no membership
    k = i - (i > 0 and ctx.texts[i - 1] in (",", "،"))
    group = next((m for m in ments if m.te == k and m.kind in ("armed_group", "organization")), None)
    if group is not None:
        emit(leader, group, "holds_role_in", 0.7, ctx.texts[i], "leaders-wing")
    return True


def _verb_object_member(ctx: Context, first: Ment, i: int) -> bool:
    """«اعتقلت الشرطة التركية عضواً في حزب العمال»: an accusative member noun right after a verb's subject is the
    verb's object, someone else (after a verb of becoming, `become_verbs`, it is the subject's membership: «أصبحت
    فنلندا عضواً في الناتو»)."""
    if ctx.lang != "ar" or not ctx.texts[i].endswith("ا") or first.ts == 0 or ctx.texts[i - 1] in (",", "،"):
        return False
    verb = ctx.toks[first.ts - 1]
    return verb.is_word and ctx.lex.w("become_verbs").isdisjoint(verb.forms)


def _titled(ctx: Context, i: int) -> bool:
    """ "the AU's High Representative, X": the noun is part of a title that names its person; a member's title is
    the membership pattern's own business, unless its person is named right after it («أبلغ X عضو الكونغرس
    الأميركي السيناتور Y»: Y's title, the verb's object, not a second title of the subject X)."""
    heads = ontology.member_offices()
    return any(
        t.ts <= i < t.te
        and t.person is not None
        and (t.office not in heads or _special(ctx, t) or t.te <= t.person.ts <= t.te + 1)
        for t in ctx.titles
    )


def _role_noun(ctx: Context, sent: Sentence, ments: list[Ment], i: int, emit) -> bool:
    """ "the Minsk Group co-chairs France, Russia and the US", "NATO allies Poland and Lithuania": a body, a noun
    for its members, then the members."""
    toks = ctx.toks
    co = ctx.texts[i] == "chairs" and ctx.texts[i - 2 : i] == ["co", "-"]
    if ctx.texts[i] not in ctx.lex.w("member_role_nouns") and not co:
        return False
    end = i - 2 if co else i  # (or the body's name ends with the noun: "Minsk Group co-chairs")
    body = next((m for m in ments if m.te in (end, i + 1) and m.ts < end and m.kind == "organization"), None)
    if body is not None and (i + 1 >= sent.te or toks[i + 1].text not in ctx.lex.w("part_of")):
        _members_after(ctx, sent, ments, body, i, emit)
    return body is not None or _apposed_role(ctx, sent, ments, i, emit)


def _apposed_role(ctx: Context, sent: Sentence, ments: list[Ment], i: int, emit) -> bool:
    """ "Russia, Iran and Turkey, the guarantors of the Astana process, …", «روسيا وإيران وتركيا، الدول الضامنة
    لمسار أستانة»: a list, a comma, then the members' noun and the body: each listed actor is a member."""
    toks, k = ctx.toks, i - 1
    while k > sent.ts and (toks[k].text in ("the", "its") or toks[k].text in ctx.lex.w("collective_heads")):
        k -= 1  # "the guarantors", «الدول الضامنة»
    if k <= sent.ts or toks[k].text not in (",", "،"):
        return False
    j = i + 1 + (i + 1 < sent.te and toks[i + 1].text == "of")
    body = next((m for m in ments if j - 1 <= m.np_start <= j + 1 and m.kind == "organization"), None)
    listed = _states_listed_before(ctx, ments, k)
    if body is None or not listed:
        return False
    for m in listed:
        emit(m, body, "member_of", 0.7, ctx.texts[i], "apposed-role")
    return True


def _states_listed_before(ctx: Context, ments: list[Ment], k: int) -> list[Ment]:
    """The states of a list ending at token k ("Russia, Iran and Turkey", «روسيا وإيران وتركيا»), inside a title or
    not ("the foreign ministers of Russia, Iran and Turkey")."""
    out, toks = [], ctx.toks
    while True:
        m = next((x for x in ments if x.te == k and x.kind == "state"), None)
        if m is None:
            return out[::-1]
        out.append(m)
        k = m.ts
        glued = ctx.lang == "ar" and toks[k].text.startswith("و")  # «وتركيا»
        if not glued and k > 0 and (toks[k - 1].text in (",", "،") or toks[k - 1].text in ctx.lex.w("and")):
            k -= 1
        elif not glued:
            return out[::-1]


def _members_named_after(ctx: Context, sent: Sentence, ments: list[Ment], body: Ment | None, i: int, emit) -> None:
    """ "Among the members of the Quintet are A, B and C", «ومن بين أعضاء مجلس السلام A وB»: no member before the
    noun, the list after the body (English: after a copula)."""
    if body is None or body.ts <= i:
        return
    k = body.te + (body.te < sent.te and ctx.texts[body.te] in ctx.lex.w("member_copulas"))
    if k == body.te and (ctx.lang != "ar" or ctx.texts[i] not in ctx.lex.w("member_plurals")):
        return
    if k < sent.te and ctx.lang == "ar" and ctx.texts[k].startswith("و"):
        return  # «أعضاء مجلس النواب والمؤتمر الوطني»: the members of two bodies, not a list of members
    for m in coordinated_after(ctx, ments, k, sent.te):
        if m.kind in ("state", "organization", "armed_group", "person") and m.entity != body.entity:
            emit(m, body, "member_of", 0.65, ctx.toks[i].text, "member-list")


def _membership_verb(ctx: Context, sent: Sentence, ments: list[Ment], i: int, emit) -> bool:
    """Joining, including, composing and chairing verbs, and «دول X، ومنها …»: each has its own pattern."""
    toks, w = ctx.toks, ctx.toks[i].text
    last = toks[i].forms[-1]
    to = i + 1 < sent.te and ctx.texts[i + 1] in ctx.lex.w("return_prepositions")  # "elected to the Council"
    to = to and any(m.np_start in (i + 2, i + 3) and m.kind in ("organization", "armed_group") for m in ments)
    if w in ctx.lex.w("join_verbs") or last in ctx.lex.w("join_verbs") or to and w in ctx.lex.w("join_to_verbs"):
        joined(ctx, ments, i, emit)
    elif w in ctx.lex.w("joined_nouns"):
        joined(ctx, ments, i, emit, inside_only=True)
    elif last in ctx.lex.w("include_verbs"):
        _includes(ctx, sent, ments, i, emit)
    elif last in ctx.lex.w("compose_verbs"):
        _compose(ctx, sent, ments, i, emit)
    elif w in ctx.lex.w("chair_verbs") or last in ctx.lex.w("chair_verbs") or _plural_chair(ctx, ments, i):
        _chairs(ctx, sent, ments, i, emit)
    elif w in ctx.lex.w("member_state_plurals"):
        body = _member_body(ctx, sent, ments, i)
        if body is not None:
            _including(ctx, sent, ments, body, emit)  # «دول مجموعة السبع، ومنها اليابان وكندا»
    else:
        return False
    return True


def _members_after(ctx: Context, sent: Sentence, ments: list[Ment], body: Ment, i: int, emit) -> bool:
    """ "ECOWAS member states Nigeria and Senegal", "the NATO member Turkey": the body names its member noun, the
    members follow it at once."""
    if ctx.lang == "ar":
        return False
    k = i + 1
    if k < sent.te and ctx.toks[k].text in ctx.lex.w("member_state_nouns"):
        k += 1
    if k + 1 < sent.te and ctx.toks[k].text == "," and ctx.toks[k + 1].text in ctx.lex.w("such_as"):
        k += 1  # "the AU's member states, including Egypt and Nigeria"
    if " ".join(t.text for t in ctx.toks[k : k + 2]) in ctx.lex.w("such_as"):
        k += 2  # "member states such as Nigeria and Senegal"
    elif k < sent.te and ctx.toks[k].text in ctx.lex.w("such_as"):
        k += 1  # "member states including …", "… like …"
    first = next((m for m in ments if m.np_start == k and m.kind in ("state", "organization")), None)
    if first is None:
        return False
    listed = [m for m in coordinated_after(ctx, ments, k, sent.te) if m.kind in ("state", "organization")]
    for m in listed:
        if m.entity != body.entity:
            emit(m, body, "member_of", 0.7, ctx.toks[i].text, "member-list")
    return bool(listed)


def _chairs(ctx: Context, sent: Sentence, ments: list[Ment], i: int, emit) -> None:
    """ "Egypt, which chairs the Arab League", «وتترأس الجزائر الدورة الحالية للجامعة العربية»: who chairs a
    body belongs to it (a state or body); a person who heads it ("Hemedti, who heads the RSF") holds a role."""
    kinds = ("state", "organization", "armed_group")
    after = [m for m in ments if m.ts > i and m.kind in ("organization", "armed_group") and m.np_start - i <= 5]
    # «يقود تحالفاً ضد الحوثيين», "leads a coalition against X", "leads a force fighting Boko Haram" (`chair_breaks`):
    # whom it fights; «تقود وساطة بين الحوثيين والسعودية», "leads mediation efforts between Hamas and Israel": the
    # sides of what it leads
    against = ctx.lex.any_of("vote_against", "between", "chair_breaks")
    after = [m for m in after if against.isdisjoint(ctx.texts[i + 1 : m.np_start])]
    body = after[0] if after else _delegation_of(ctx, sent, ments, i)
    if body is None:
        return
    organ = ctx.lex.any_of("body_nouns", "body_qualifiers")
    typed = ctx.lex.w("typed_body_nouns")  # ("the Taqaddum coalition": the noun says what the body is)
    if ctx.lang != "ar" and body.te < sent.te and ctx.texts[body.te] in organ - typed and ctx.texts[body.te] != "group":
        return  # "chair the Arab League contact group", "the ECOWAS committee": an organ the name does not name
    who = None  # «وتترأس الجزائر …»: Arabic puts the subject after the verb ("who chairs Afghanistan's council": no)
    if ctx.lang == "ar":
        k = i + 1 + (i + 1 < sent.te and ctx.toks[i + 1].text in ctx.lex.person_cues)  # «يرأس الجنرال X»: a rank
        vso = [
            m for m in ments if m.np_start in (i + 1, k) and (m.kind in kinds or m.kind == "person") and m is not body
        ]
        who = vso[0] if vso else None
    if who is None:
        k = i - 1 - 2 * (ctx.texts[i - 2 : i] == ["co", "-"])  # "France and Russia co-chair the group"
        if k > sent.ts and ctx.toks[k].text in ctx.lex.w("chair_adverbs"):
            k -= 1  # "Senegal currently chairs ECOWAS"
        if k > sent.ts and ctx.toks[k].text in ctx.lex.w("perfect_auxiliaries"):
            k -= 1  # "Saudi Arabia has led a coalition …"
        if k > sent.ts and ctx.toks[k].text in ctx.lex.w("relative_who"):
            k -= 1
            k = _past_apposition(ctx, sent, ments, k)  # "X, a member of parliament who heads …": X
        if k > sent.ts and ctx.toks[k].text in (",", "،"):
            k -= 1
        who = next((m for m in ments if m.te == k + 1 and (m.kind in kinds or m.kind == "person") and actor(m)), None)
    if who is not None and who.entity != body.entity and (body.kind != "state" or who.kind == "person"):
        rtype = "holds_role_in" if who.kind == "person" else "member_of"
        for m in _co_chairs(ctx, ments, who, i):
            if m.entity != body.entity:
                emit(m, body, rtype, 0.65, ctx.toks[i].text, "chairs")
        if who.kind == "person" and _leader_chairs(ctx, who, body):
            emit(who, body, "member_of", 0.6, ctx.toks[i].text, "chairs")  # for his state, one of its members


def _leader_chairs(ctx: Context, who: Ment, body: Ment) -> bool:
    """ "Burundian President X, who chairs the East African Community": a state's leader holds the chair of a body
    of states for his state, one of its members."""
    if body.kind != "organization":
        return False
    leaders = ("president", "king", "emir", "prime_minister", "head_of_state")
    if any(t.person is who and t.office in leaders for t in ctx.titles):
        return True
    return any(r.office in leaders and (r.of or "").startswith("state:") for r in ctx.kb.roles_of(who.entity, ctx.on))


def _past_apposition(ctx: Context, sent: Sentence, ments: list[Ment], k: int) -> int:
    """ "Ahmad Kuzbari, a member of parliament who heads …", "X, a former minister who leads …" (English): a
    relative after a common noun phrase set off by a comma right after a person's name is about that person;
    the token of that comma (k itself when there is no such apposition)."""
    if ctx.lang == "ar" or ctx.covered[k] or not ctx.toks[k].is_word:
        return k
    j = k
    while j > sent.ts and k - j < 6 and ctx.toks[j].is_word and not ctx.covered[j]:
        j -= 1
    if ctx.texts[j] != "," or ctx.texts[j + 1] not in ctx.lex.w("appositive_articles"):
        return k
    person = next((m for m in ments if m.te == j and m.kind == "person"), None)
    return j if person is not None else k


def _delegation_of(ctx: Context, sent: Sentence, ments: list[Ment], i: int) -> Ment | None:
    """ "who heads the Yemeni government delegation", «الذي يترأس وفد الحكومة اليمنية», "who leads Ukraine's
    negotiating team": the state whose delegation (or team) the verb's object is."""
    st = next((m for m in ments if m.kind == "state" and i < m.ts and m.np_start - i <= 4), None)
    if st is None:
        return None
    nouns = ctx.lex.any_of("delegation_nouns", "team_nouns")
    return st if any(not nouns.isdisjoint(t.forms) for t in ctx.toks[i + 1 : min(sent.te, st.te + 3)]) else None


def _plural_chair(ctx: Context, ments: list[Ment], i: int) -> bool:
    """ "France, Russia and the US co-chair the group", "Egypt and Qatar chair the mechanism": the plural verb
    (not the noun "AU chair X") after "co-" or a list of two or more actors."""
    if ctx.texts[i] not in ctx.lex.w("plural_chair_verbs"):
        return False
    if ctx.texts[i - 2 : i] == ["co", "-"]:
        return True
    last = next((m for m in ments if m.te == i and actor(m)), None)
    return last is not None and len(group_with_left(ctx, ments, last)) > 1


def _co_chairs(ctx: Context, ments: list[Ment], who: Ment, i: int) -> list[Ment]:
    """Who chairs with `who`: the list the plural verb follows ("France, Russia and the US co-chair …"), or the
    list after an Arabic verb that opens its clause («وتترأس فرنسا وروسيا والولايات المتحدة مجموعة مينسك»)."""
    if who.kind == "person":
        return [who]
    if who.ts > i:
        return [m for m in group_with(ctx, ments, who) if m.kind in ("state", "organization")]
    return group_with_left(ctx, ments, who) if ctx.texts[i] in ctx.lex.w("plural_chair_verbs") else [who]


def _compose(ctx: Context, sent: Sentence, ments: list[Ment], i: int, emit) -> None:
    """ "Qatar, Egypt and the US, which make up the mediation group", «السعودية والإمارات، اللتان تشكلان …»:
    the names before the relative pronoun are the members of the body after the verb."""
    toks, k = ctx.toks, i - 1
    if ctx.lang == "ar" and _founders_after(ctx, sent, ments, i, emit):
        return
    if toks[i].text in ctx.lex.w("known_as"):
        pass  # "France, Germany and Britain, known as the E3": the names before the comma
    elif k > sent.ts and toks[k].text in ctx.lex.w("relative_who"):
        k -= 1
    else:  # "Mali, Burkina Faso and Niger formed the AES": several coordinated founders right before the verb
        last = next((m for m in ments if m.te == i and actor(m)), None)
        if last is None or len(group_with_left(ctx, ments, last)) < 2:
            return
    if k >= sent.ts and toks[k].text in (",", "،"):
        k -= 1
    last = next((m for m in ments if m.te == k + 1 and actor(m)), None)
    j = i + 1 if i + 1 < sent.te and toks[i + 1].text in ctx.lex.w("compose_particles") else i
    body = next((m for m in ments if j < m.np_start <= j + 3 and m.kind in ("organization", "armed_group")), None)
    if last is None or body is None or _backbone_of(ctx, body):
        return
    grp = group_with_left(ctx, ments, last)
    if toks[i].text in ctx.lex.w("known_as") and len(grp) < 2:
        return  # "Tahrir al-Sham, known as HTS": another name, not members
    for m in grp:
        if m.kind in ("state", "organization", "armed_group") and m.entity != body.entity:
            emit(m, body, "member_of", 0.65, toks[i].text, "member-list")


def _backbone_of(ctx: Context, body: Ment) -> bool:
    """«قوات سوريا الديمقراطية، التي تشكل الوحدات عمودها الفقري»: what the verb makes up is the core of the body
    before it, the other way round (membership.backbone)."""
    words = ctx.lex.w("backbone_words")
    return body.te < len(ctx.toks) and (ctx.texts[body.te] in words or ctx.lasts[body.te] in words)


def _founders_after(ctx: Context, sent: Sentence, ments: list[Ment], i: int, emit) -> bool:
    """«وشكّلت مالي وبوركينا فاسو والنيجر تحالف دول الساحل»: verb first, the founders, then the body they form."""
    first = next((m for m in ments if m.np_start == i + 1 and m.kind in ("state", "organization", "armed_group")), None)
    grp = group_with(ctx, ments, first) if first is not None else []
    end = grp[-1].te if grp else -1
    body = next((m for m in ments if end <= m.np_start <= end + 1 and m.kind in ("organization", "armed_group")), None)
    if body is None or body in grp:
        return False
    for m in grp:
        if m.kind in ("state", "organization", "armed_group") and m.entity != body.entity:
            emit(m, body, "member_of", 0.65, ctx.toks[i].text, "member-list")
    return True


def _including(ctx: Context, sent: Sentence, ments: list[Ment], body: Ment, emit) -> bool:
    """After "members of X": "including A, B and C" / «ومنها A وB»: the list is of members."""
    k = body.te
    while k < sent.te and k - body.te < 2 and not ctx.toks[k].is_word:
        k += 1
    if not (k < sent.te and any(f in ctx.lex.w("including_words") for f in ctx.toks[k].forms)):
        return False
    listed = [m for m in coordinated_after(ctx, ments, k + 1, sent.te) if m.kind in ("state", "organization")]
    for m in listed:
        emit(m, body, "member_of", 0.7, ctx.toks[k].text, "member-list")
    return bool(listed)


_MEMBER_KINDS = ("state", "organization", "armed_group")


def _includes(ctx: Context, sent: Sentence, ments: list[Ment], i: int, emit) -> None:
    """ "the GCC, which includes A, B and C", «ويضم مجلس التعاون A وB»: the body before (or, Arabic, right
    after) the verb has the listed members."""
    bodies, toks = ("organization", "armed_group"), ctx.toks
    particle = i + 1 < sent.te and toks[i + 1].text in ctx.lex.w("include_particles")
    if toks[i].text in ctx.lex.w("relative_include_verbs") and not (
        particle or i > sent.ts and toks[i - 1].text in ctx.lex.w("relative_pronouns")
    ):
        return  # "groups", "brings": include verbs only in "which groups A and B", "brings together A and B"
    body = next((m for m in reversed(ments) if i - 3 <= m.te <= i and m.kind in bodies), None)
    if body is not None and not set(ctx.texts[body.te : i]) <= ctx.lex.w("include_links"):
        return  # "the UN plan includes …", "the Arab League meeting includes …": the body names what includes
    body = _named_for(ctx, sent, ments, body) if body is not None else _before_aside(ctx, sent, ments, i)
    start = i + 1 + particle
    if body is None and ctx.lang == "ar" and _opens_clause(ctx, sent, i):
        body = next((m for m in ments if m.np_start == i + 1 and m.kind in bodies), None)
        start = body.te if body is not None else start
        if " ".join(t.text for t in ctx.toks[start : start + 2]) in ctx.lex.any_of("each_of", "include_fillers"):
            start += 2  # «يضم التحالف كلا من A وB», «تضم اللجنة في عضويتها A وB»
    if body is None:
        return
    if start < sent.te and ctx.toks[start].text == "(":  # «تضم الهيئة الحكومية للتنمية (إيغاد) A وB»
        start = next((k + 1 for k in range(start + 1, min(sent.te, start + 6)) if ctx.toks[k].text == ")"), start)
    start = _past_member_people(ctx, start, sent.te)  # "includes representatives of A and B"
    for m in coordinated_after(ctx, ments, start, sent.te):  # ("the council includes X and Y": its members)
        if (m.kind in _MEMBER_KINDS or m.kind == "person" and body.kind == "organization") and m.entity != body.entity:
            emit(m, body, "member_of", 0.65, ctx.toks[i].text, "member-list")


def _opens_clause(ctx: Context, sent: Sentence, i: int) -> bool:
    """An Arabic verb that opens its clause («ويضم مجلس القيادة A وB», «، وتضم …»), so the body after it is its
    subject; not a verb joined to a relative clause («محور المقاومة الذي تقوده إيران ويضم حزب الله وحماس»)."""
    return i == sent.ts or not ctx.toks[i - 1].is_word or ctx.texts[i - 1] in ctx.lex.complementizers


def _named_for(ctx: Context, sent: Sentence, ments: list[Ment], body: Ment) -> Ment:
    """ "The Congo River Alliance, a political-military coalition that includes the M23", «جيش الفتح، وهو تحالف
    فصائل إسلامية يضم …»: a body the knowledge base does not know, named by the words of an aside, stands for the
    known body right before the aside's comma."""
    if (ctx.entities.info.get(body.entity) or {}).get("known", True):
        return body
    comma = next((k for k in range(body.ts - 1, max(sent.ts, body.ts - 5), -1) if ctx.texts[k] in (",", "،")), -1)
    named = next((m for m in ments if m.te == comma and m.kind in ("organization", "armed_group")), None)
    return named if named is not None and (ctx.entities.info.get(named.entity) or {}).get("known") else body


def _before_aside(ctx: Context, sent: Sentence, ments: list[Ment], i: int) -> Ment | None:
    """ "The Coordination Framework, an umbrella of Shiite parties, includes …": the body before an aside that
    opens with an article after a comma and closes with a comma right before the verb."""
    toks = ctx.toks  # (or "…, an opposition alliance that includes …": no comma before the relative pronoun)
    if not (i - 1 > sent.ts and (toks[i - 1].text in (",", "،") or toks[i - 1].text in ctx.lex.w("relative_pronouns"))):
        return None
    k = next((x for x in range(i - 2, max(sent.ts, i - 12), -1) if toks[x].text in (",", "،")), -1)
    if k < 0 or not (k + 1 < i and toks[k + 1].text in ctx.lex.w("articles")):
        return None
    return next((m for m in ments if m.te == k and m.kind in ("organization", "armed_group")), None)


def _past_member_people(ctx: Context, k: int, end: int) -> int:
    """ "officials of", "representatives from", «ممثلين عن»: people named by the bodies they come from."""
    toks = ctx.toks
    if k < end and toks[k].text in ("the", "a"):
        k += 1
    if k < end and toks[k].text in ctx.lex.w("member_people_of"):
        # «ممثلي الحكومة والمعارضة»: the noun carries its "of"; «ضباط من الجيش»: or is followed by it
        return k + 1 + (k + 1 < end and toks[k + 1].text in ctx.lex.w("people_of"))
    for n in (0, 1):  # "officials of", "foreign ministers of"
        if k + n + 1 < end and toks[k + n].text in ctx.lex.w("member_people"):
            return k + n + 1 + (toks[k + n + 1].text in ctx.lex.w("people_of"))
    return k


def _linked(ctx: Context, start: int, i: int, most: int = 5) -> bool:
    """Only a comma, a copula or a qualifier between a member and «عضو»/"member": "X and Y are permanent members",
    "Egypt is one of the founding members", «مصر إحدى الدول الأعضاء»."""
    links = ctx.lex.w("member_links")
    return i - start <= most and all(not t.is_word or t.text in links or t.text.isdigit() for t in ctx.toks[start:i])


def _member_body(ctx: Context, sent: Sentence, ments: list[Ment], i: int) -> Ment | None:
    toks = ctx.toks
    k = i + 1
    if k < sent.te and toks[k].text in ("of", "in"):
        k += 1
    while k < sent.te and toks[k].text == "the":
        k += 1
    body = next((m for m in ments if k <= m.ts <= k + 3 and m.kind in ("organization", "armed_group")), None)
    if body is None and ctx.lang != "ar":  # "permanent Security Council members"
        body = next((m for m in ments if i - 2 <= m.te <= i and m.kind == "organization"), None)
    return body


def joined(ctx: Context, ments: list[Ment], i: int, emit, inside_only: bool = False) -> None:
    """«انضمت تركيا إلى التحالف الدولي», "Sweden joined NATO": membership from the joining verb (not "applied to
    join", "a bid for accession", «بطلب للانضمام»: not a member yet)."""
    intent, toks = ctx.lex.w("join_intent"), ctx.toks
    if i > 0 and toks[i - 1].text in intent or ctx.lang == "ar" and toks[i].text.startswith("ل"):
        return
    after = [m for m in ments if m.ts > i and actor(m)]
    before = [m for m in ments if m.te <= i and actor(m)]
    gap = i - before[-1].te if before else 99
    v = i - (i > 0 and ctx.texts[i - 1] in ctx.lex.w("modal_words"))  # ("…, will join")
    if before and (span := aside(ctx, ments, v, ments[0].ts)) is not None:
        # "Kenyan troops, who entered Somalia to pursue al-Shabaab fighters, will join the AU force": not al-Shabaab
        before = [m for m in before if not span[0] < m.ts < span[1]]
        gap = i - before[-1].te - (span[1] - span[0] + 1) if before else 99
    if ctx.lang == "ar" and after and after[0].np_start - i <= 1 and after[0].kind != "organization":
        who = [m for m in coordinated_after(ctx, ments, after[0].np_start, len(ctx.toks)) if m.kind != "organization"]
        who = who or [after[0]]  # «انضمت مصر وإثيوبيا إلى بريكس»: every coordinated subject joins
        rest = [m for m in after if m not in who]
    elif before and gap <= 3:
        who, rest = group_with_left(ctx, ments, before[-1]), after
    else:
        return
    bodies = ("organization", "armed_group")
    body = None if inside_only else next((m for m in rest if m.kind in bodies and m.ts - i <= 6), None)
    if inside_only and i + 2 < len(ctx.toks) and ctx.texts[i + 1] in ctx.lex.w("inside_words"):
        k = i + 2 + (ctx.texts[i + 2] == "the")  # "their participation in the coalition", «مشاركتها في التحالف»
        body = next((m for m in ments if m.np_start in (i + 2, k) and m.kind in bodies), None)
    if body is not None and not _names_an_agreement(ments, body) and not _joined_as_guest(ctx, body):
        for a in who:
            if a.entity != body.entity:
                emit(a, body, "member_of", 0.65, ctx.toks[i].text, "joined")


def _joined_as_guest(ctx: Context, body: Ment) -> bool:
    """ "joined the AES's joint force talks as an observer", «انضمت بصفة مراقب»: what the body owns (its talks, its
    force) is joined, or a seat as an observer is taken; neither makes a member."""
    after = ctx.texts[body.te : body.te + 8]
    return body.possessive or not ctx.lex.w("observer_words").isdisjoint(after)


def _names_an_agreement(ments: list[Ment], body: Ment) -> bool:
    """ "joined the African Union peace plan", «انضمت قطر إلى مبادرة الاتحاد الأفريقي»: a body that names the
    agreement joined (inside its mention, right before its noun or in construct after it) is not the body joined."""
    return any(
        a.kind == "agreement" and (a.ts <= body.ts < body.te <= a.te or a.ts == body.te or a.te == body.np_start)
        for a in ments
    )


def parent_bodies(ctx: Context, sent: Sentence, ments: list[Ment], emit) -> None:
    """ "the UN's Libya mission", «بعثة الأمم المتحدة للدعم في ليبيا»: a body whose name names the body it
    belongs to (its knowledge-base parent) is a member of it, when that parent is in the document too."""
    for m in ments:
        if m.role == "named-member":  # «التحالف بقيادة السعودية», "the Saudi-led coalition"
            body = next((b for b in ments if b.ts <= m.ts and m.te <= b.te and b.kind != "state"), None)
            if body is not None:
                emit(m, body, "member_of", 0.7, m.text, "named-member")
            continue
        e = ctx.kb.get(m.entity) if m.kind == "organization" else None
        parent = e.record.get("parent") if e is not None and _mission(ctx, e) else None
        pm = next(iter(ctx.ments.of_entity(parent)), None) if parent else None
        if pm is not None and _names_inside(ctx.kb.get(parent), m.text):
            emit(m, pm, "member_of", 0.7, m.text, "parent-body")


def _mission(ctx: Context, e) -> bool:
    """A mission of its parent ("the UN's Libya mission", «بعثة الاتحاد الأفريقي»), by the words of its names
    (lexicon mission_name_words): one of the parent's members, where its organs, agencies and forces (the Security
    Council, UNHCR, UNIFIL, a peace and security department) are no members in the sense the news gives."""
    got = _MISSIONS.get(e.id)
    if got is None:
        from explorer.kb import norm_alias

        names = " ".join(norm_alias(n) for n in (e.name, e.record.get("name_ar") or "")).split()
        got = _MISSIONS[e.id] = not ctx.lex.w("mission_name_words").isdisjoint(names)
    return got


_MISSIONS: dict[str, bool] = {}  # body id → named a mission (the knowledge base's names, decided once)


_POSSESSIVE = re.compile(r"['’]s\b")


_PARENT_KEYS: dict[str, tuple[str, ...]] = {}


_INSIDE: dict[tuple[str, str], bool] = {}  # (parent id, a body's name as written) → whether it names the parent


def _names_inside(parent, text: str) -> bool:
    """Whether a body's name as written names its parent ("the UN's Libya mission"): the same few names recur
    in every article, so each (parent, name) pair is normalized and decided once per process."""
    got = _INSIDE.get((parent.id, text))
    if got is None:
        got = _names_parent(parent, text)
        if len(_INSIDE) < 100_000:
            _INSIDE[parent.id, text] = got
    return got


def _names_parent(parent, text: str) -> bool:
    from explorer.kb import norm_alias

    keys = _PARENT_KEYS.get(parent.id)
    if keys is None:  # each parent's names, normalized once
        names = parent.all_names + [str(a) for a in parent.record.get("aliases_cs") or []]
        keys = _PARENT_KEYS[parent.id] = tuple(f" {k} " for k in map(norm_alias, names) if len(k) >= 2)
    words = " " + _POSSESSIVE.sub(" s", norm_alias(text)) + " "  # "the UN's mission"
    bare = " ".join(_unglued(w) for w in words.split())  # «اللجنة المركزية لحركة فتح»: «حركة فتح»
    return any(k in words or k in f" {bare} " for k in keys)


def _unglued(w: str) -> str:
    """An Arabic word without a glued «ل»/«ب» (and the article's «ال» merged into «لل»)."""
    if w.startswith("لل") and len(w) > 4:
        return "ال" + w[2:]
    return w[1:] if w[:1] in ("ل", "ب") and len(w) > 3 and "\u0600" <= w[1:2] <= "\u06ff" else w


@cued(lambda ctx: [(ctx.lex.w("backed_participles"), False)])
def backed_compound(ctx: Context, sent: Sentence, ments: list[Ment], emit) -> None:
    """ "Iran-backed Houthi rebels", "the Russian-backed forces of Khalifa Haftar": the first backs the next actor."""
    toks, words = ctx.toks, ctx.lex.w("backed_participles")
    if words.isdisjoint(ctx.texts[sent.ts : sent.te]):
        return
    for m in ments:
        k = m.te
        if not (_acting(m) and k + 1 < sent.te and toks[k].text == "-" and toks[k + 1].text in words):
            continue
        doc = _agreement_over(ments, k + 1)
        if doc is not None:  # "a US-backed resolution", "the Qatari-sponsored truce between A and B": the document
            for b in _compound_backers(ctx, ments, m):  # ("a Norway and Ireland-sponsored text": both)
                emit(b, doc, "supports", 0.55, toks[k + 1].text, "backed-compound")
            continue
        if ctx.lex.agreement_nouns.match_at(toks, k + 2):
            continue  # "a Qatari-sponsored plan between A and B": a document nobody resolved, not A
        # ("Hezbollah, the Iran-backed Lebanese group": the group is Lebanese, it is not Lebanon)
        near = (x for x in ments if k + 2 <= x.ts <= k + 5 and _acting(x) and x.entity != m.entity)
        backed = _named_by_backer(ments, m, k)
        backed = backed or next((x for x in near if not _demonym_of_group(ctx, x, sent.te)), None)
        if backed is not None and backed.ts > m.ts:
            backed = _backed_document(ctx, ments, backed, sent.te)
        if backed is not None and (backed.ts <= m.ts or _same_phrase(ctx, k + 2, backed)):
            emit(m, backed, "supports", 0.55, toks[k + 1].text, "backed-compound")
        elif (named := _described_as_backed(ctx, ments, m, k, sent)) is not None:
            emit(m, named, "supports", 0.55, toks[k + 1].text, "backed-description")
        elif (ref := _backed_referent(ctx, m, k, sent)) is not None:
            emit(m, ref, "supports", 0.5, toks[k + 1].text, "backed-referent")


def _backed_referent(ctx: Context, m: Ment, k: int, sent: Sentence) -> Ment | None:
    """ "Hezbollah fired rockets … . The Iran-backed group said …", "a rocket attack by the Iran-backed group": a
    definite backed noun for an armed group (`backed_referent_nouns`, right after the participle) with no name of
    its own stands for the last armed group named before it (within `backed_referent_window` tokens)."""
    if m.ts - 1 < 0 or ctx.texts[m.ts - 1] not in ctx.lex.w("referent_articles"):
        return None
    if k + 2 >= sent.te or ctx.texts[k + 2] not in ctx.lex.w("backed_referent_nouns"):
        return None
    if any(x.ts == k + 2 for x in ctx.ments.starting(k + 2)):
        return None  # (a name of its own there)
    w = int(ctx.lex.cx("backed-referent", "window", 80))
    before = [x for x in ctx.ments.ending_within(m.ts - w, m.ts - 1) if x.kind == "armed_group" and _acting(x)]
    ref = before[-1] if before else None
    return ref if ref is not None and ref.entity != m.entity else None


def _group_heads(ctx: Context) -> frozenset[str]:
    return ctx.lex.any_of("apposed_heads", "generic_group_nouns", "owner_group_nouns", "force_nouns")


def _demonym_of_group(ctx: Context, m: Ment, te: int) -> bool:
    """A state's demonym right before a group's common noun ("the Iran-backed Lebanese group", "Iraqi militias"):
    it says where the group is from; the group is not the state (its army and government are: "Syrian forces")."""
    if m.role != "demonym" or m.kind != "state" or m.te >= te:
        return False
    return ctx.texts[m.te] in _group_heads(ctx) and ctx.texts[m.te] not in ctx.lex.any_of("troop_nouns", "army_nouns")


def _described_as_backed(ctx: Context, ments: list[Ment], m: Ment, k: int, sent: Sentence) -> Ment | None:
    """ "the Houthis, an Iranian-backed militant group, …", "the Polisario Front is an Algerian-backed movement":
    a backed common noun (no name of its own in its phrase) that describes the actor before a comma or a copula
    ("is", "was"): that actor is the one backed. Returns it, or None."""
    toks, heads = ctx.toks, _group_heads(ctx)
    end = min(sent.te, k + 6)
    noun = next((x for x in range(k + 2, end) if ctx.texts[x] in heads), -1)
    if noun < 0 or any(k < x.ts <= noun and _acting(x) and not _demonym_of_group(ctx, x, sent.te) for x in ments):
        return None
    if any(not toks[x].is_word for x in range(k + 2, noun)):
        return None
    p = m.ts - (m.ts - 1 >= sent.ts and ctx.texts[m.ts - 1] in ctx.lex.w("described_articles"))
    if p - 2 < sent.ts:
        return None
    link = ctx.texts[p - 1]
    if link != "," and link not in ctx.lex.w("copulas"):
        return None  # (a comma or a copula: "X, an Iran-backed group", "X is a US-backed alliance")
    if link != "," and p - 3 >= sent.ts and ctx.texts[p - 2] in ctx.lex.w("relative_who") and ctx.texts[p - 3] == ",":
        p -= 2  # "Hamas, which is an Iran-backed group"
    return next((x for x in ments if x.te == p - 1 and _acting(x) and x.entity != m.entity), None)


def _compound_backers(ctx: Context, ments: list[Ment], m: Ment) -> list[Ment]:
    """ "the US and Albanian-sponsored resolution": the actors listed with "and" (or a comma) right before the
    compound's own name back the document too (inside the document's mention, no list the syntax reads)."""
    def ending(k: int) -> Ment | None:
        return next((x for x in ments if x.te == k and _acting(x) and x.entity != m.entity), None)

    return [*listed_before(ctx, m.ts, ending), m]


def _backed_document(ctx: Context, ments: list[Ment], body: Ment, te: int) -> Ment | None:
    """ "a US-backed UN Security Council resolution", "a French-sponsored African Union plan": a body's name that
    only qualifies the agreement noun right after it; the backer backs the document (its mention there), or no one
    here when the document is not resolved."""
    k = body.te
    if k >= te:
        return body
    doc = _agreement_over(ments, k)
    if doc is not None:
        return doc
    return None if ctx.lex.agreement_nouns.match_at(ctx.toks, k) else body


def _agreement_over(ments: list[Ment], k: int) -> Ment | None:
    """The agreement whose mention holds token k ("a US-backed resolution": the backer's compound inside it)."""
    return next((x for x in ments if x.kind == "agreement" and x.ts <= k < x.te), None)


def _named_by_backer(ments: list[Ment], m: Ment, k: int) -> Ment | None:
    """ "Iran-backed militias": an armed group named by what it is whose name holds its backer (generic_groups)."""
    named = (x for x in ments if x.role == "discovered" and x.kind == "armed_group" and x.ts <= m.ts and x.te > k + 1)
    return next(named, None)


def _same_phrase(ctx: Context, lo: int, backed: Ment) -> bool:
    """No verb, comma or "and" between the compound and the name after it: in "the Russian-backed separatists
    shelled Ukrainian troops" the backed are the separatists (unnamed), not whom they shelled; "the Iran-backed
    forces of X" names them, and so does an apposition ("the Iran-backed militia, Kataib Hezbollah, …")."""
    toks, hi = ctx.toks, backed.ts
    if hi - 1 > lo and toks[hi - 1].text == "," and (backed.te >= len(toks) or toks[backed.te].text == ","):
        hi -= 1
    for k in range(lo, hi):
        if not toks[k].is_word or toks[k].text in ctx.lex.w("and") or ctx.lex.triggers.match_at(toks, k):
            return False
    return True


def _acting(m: Ment) -> bool:
    return m.kind in ACTOR_KINDS and not m.located


_DASHES = frozenset("\u2014\u2013-")


@mentioning("organization")
def listed_members(ctx: Context, sent: Sentence, ments: list[Ment], emit) -> None:
    """ "the Quartet (the US, the EU, the UN and Russia)", "the troika: the US, Britain and Norway": a body
    followed by a bracket or a colon and a list of two or more states or bodies has them as members."""
    opens, apposed = ctx.lex.w("list_openers"), ctx.lex.w("appositive_openers")
    texts = ctx.texts[sent.ts : sent.te]
    sentence = ctx.text[sent.start : sent.end]
    dashes = "-" in sentence or "\u2013" in sentence or "\u2014" in sentence  # (_DASHES: searched in C)
    heads = ctx.lex.w("collective_heads")
    if opens.isdisjoint(texts) and apposed.isdisjoint(texts) and not dashes and heads.isdisjoint(texts):
        return
    toks = ctx.toks
    for m in ments:
        if m.kind != "organization" or m.te >= sent.te:
            continue
        # "The Quartet - the UN, the EU, the US and Russia -": a dash (no token of its own) opens the list too
        dash = bool(dashes) and bool(_DASHES.intersection(ctx.text[m.end : ctx.orig(m.te, m.te + 1)[0]]))
        # «الدول الضامنة لمسار أستانا روسيا وتركيا وإيران»: a body named as a group of states, its list right after
        dash = dash or (_collective(ctx, m) and any(x.np_start == m.te and x.kind == "state" for x in ments))
        if ctx.texts[m.te] not in opens and ctx.texts[m.te] not in apposed and not dash:
            continue
        first = m.te if dash else m.te + 1
        listed = [x for x in coordinated_after(ctx, ments, first, sent.te) if x.kind in ("state", "organization")]
        if not dash and toks[m.te].text in apposed:
            named = ctx.lang == "ar" or _collective(ctx, m) or _of_members(ctx, m)
            listed = _apposition(ctx, listed, sent) if named else []
        if len(listed) >= 2 and listed[0].np_start - first <= 1:
            for x in listed:
                emit(x, m, "member_of", 0.65, toks[m.te].text, "member-list")


def _apposition(ctx: Context, listed: list[Ment], sent: Sentence) -> list[Ment]:
    """After a comma (`appositive_openers`) a list of members is an apposition: «الترويكا الأوروبية، فرنسا
    وألمانيا وبريطانيا، …». Its first name has no «و», its last one has, and a comma closes it; names with «و»
    right after the comma are more subjects («رحب الاتحاد الأوروبي، ومصر وقطر، …»)."""
    toks = ctx.toks
    if not listed or _conjoined(ctx, listed[0]):
        return []
    for n, x in enumerate(listed):
        if x.te < sent.te and toks[x.te].text in (",", "،"):
            if _conjoined(ctx, x):
                return listed[: n + 1] if n else []
            if ctx.lang == "ar":
                return []
            # English "France, Russia and the United States,": commas inside the list, "and" before its last
    return []


def _conjoined(ctx: Context, m: Ment) -> bool:
    """«وفرنسا», "and (the) United States": the name is joined to the one before it."""
    toks, k = ctx.toks, m.np_start
    if ctx.lang == "ar":
        return toks[k].text.startswith("و")
    while k > 0 and toks[k - 1].text == "the":
        k -= 1
    return k > 0 and toks[k - 1].text in ctx.lex.w("and")


def _of_members(ctx: Context, body: Ment) -> bool:
    """ "the five permanent members of the Security Council, the US, Russia, China, Britain and France,": a body
    named after a plural member noun and "of" is followed by those members in an English apposition."""
    k = body.ts - 1
    k -= k > 0 and ctx.texts[k] == "the"
    return k > 0 and ctx.texts[k] == "of" and ctx.texts[k - 1] in ctx.lex.w("member_plurals")


def _collective(ctx: Context, body: Ment) -> bool:
    """Only a body whose name says it is a group ("the Minsk Group", "the Astana guarantors", «الدول الضامنة
    …») is followed by its members in an English apposition ("NATO, Russia and Ukraine," are three actors)
    or right after its name."""
    if ctx.lang == "ar":  # «الدول الضامنة لمسار أستانا», «دول الترويكا»: the name opens with its noun
        return ctx.texts[body.ts] in ctx.lex.w("collective_heads")
    return ctx.toks[body.te - 1].text.lower() in ctx.lex.w("collective_heads")


@cued(
    lambda ctx: [
        (first_words(ctx.lex.w("composition_openers")), False),
        (ctx.lex.w("composition_verbs"), ctx.lang == "ar"),
    ]
)
def composed_of(ctx: Context, sent: Sentence, ments: list[Ment], emit) -> None:
    """ "the 5+5 commission, made up of officers of the LNA and the GNU", "the Joint Coordination Centre, with
    Russian, Ukrainian, Turkish and UN officials", «لجنة مكونة من ممثلي الحكومة والمعارضة»: a body and the
    states or bodies its members come from. After "with" the list must end with a noun for people."""
    words, toks, verbs = ctx.lex.w("composition_openers"), ctx.toks, ctx.lex.w("composition_verbs")
    if first_words(words).isdisjoint(ctx.texts[sent.ts : sent.te]) and not _any_in(ctx, sent, verbs):
        return
    for i in range(sent.ts, sent.te - 1):
        n = next((n for n in (3, 2, 1) if " ".join(ctx.texts[i : i + n]) in words), 0)
        if not n and ctx.lasts[i] in verbs:  # «وتتألف مجموعة الاتصال الثلاثية من …»: the body between
            body = next((m for m in ments if m.np_start == i + 1 and m.kind in ("organization", "armed_group")), None)
            k = _past_adjectives(ctx, body.te, sent.te) if body is not None else sent.te  # «المجلس الرئاسي الجديد من»
            if body is not None and k < sent.te and ctx.texts[k] in ctx.lex.w("people_of"):
                _composed(ctx, sent, ments, body, k + 1, i, emit)
            continue
        if not n or i == sent.ts:
            continue
        j = i - 1 if toks[i - 1].text in (",", "،") else i
        j -= j - 1 > sent.ts and ctx.texts[j - 1] in ctx.lex.w("member_copulas_of")  # "the council is made up of"
        body = next((m for m in ments if m.te == j and m.kind in ("organization", "armed_group")), None)
        if body is None:
            continue
        _composed(ctx, sent, ments, body, i + n, i, emit)


def _past_adjectives(ctx: Context, k: int, end: int) -> int:
    """Past at most two definite Arabic words no name covers («الجديد», «الانتقالي») from token k."""
    j = k
    while j < end and j - k < 2 and ctx.texts[j].startswith("ال") and not ctx.covered[j]:
        j += 1
    return j


def _composed(ctx: Context, sent: Sentence, ments: list[Ment], body: Ment, k: int, i: int, emit) -> None:
    """The states or bodies listed from token k are members of the body (after "with", only a list that ends
    with a noun for people: "the centre, with Russian and UN officials")."""
    start = _past_member_people(ctx, k, sent.te)
    listed = coordinated_after(ctx, ments, start, sent.te)
    # ("the council is made up of A, B and C": people too, not after "with" or "formed by")
    people = body.kind == "organization" and ctx.texts[i] not in ctx.lex.any_of("people_openers", "founder_openers")
    kinds = (*_MEMBER_KINDS, "person") if people else _MEMBER_KINDS
    listed = [m for m in listed if m.kind in kinds and m.entity != body.entity]
    with_people = start > k or _people_after(ctx, listed[-1], sent) if listed else False  # "with troops from A and B"
    if not listed or ctx.toks[i].text in ctx.lex.w("people_openers") and not with_people:
        return
    if len(listed) < 2 and ctx.toks[i].text in ctx.lex.w("founder_openers"):
        return  # ("a panel set up by the AU": who set it up, not its member)
    for m in listed:
        emit(m, body, "member_of", 0.65, ctx.toks[i].text, "composed-of")


def _owns(ctx: Context, m: Ment, i: int) -> bool:
    """The body names the delegation noun at token i: right before it ("the Hamas delegation") or as its possessor
    ("the Taliban's delegation")."""
    return m.te == i or m.te == i - 1 and ctx.texts[i - 1] in ("'s", "'")


def _past_place(ctx: Context, ments: list[Ment], k: int, end: int) -> int:
    """Past a place phrase at token k ("in Doha", «في الدوحة»)."""
    if k + 1 >= end or ctx.texts[k] not in ctx.lex.location_prepositions:
        return k
    place = next((m for m in ments if m.ts == k + 1 and m.kind == "place"), None)
    return place.te if place is not None else k


@cued(lambda ctx: [(ctx.lex.w("delegation_nouns"), False)])
def delegation_members(ctx: Context, sent: Sentence, ments: list[Ment], emit) -> None:
    """ "a delegation from Hamas including Khalil al-Hayya", «وفد من حركة حماس يضم خليل الحية»: the people a
    body's delegation includes are its members."""
    nouns, toks = ctx.lex.w("delegation_nouns"), ctx.toks
    if nouns.isdisjoint(ctx.texts[sent.ts : sent.te]):
        return
    bodies = ("organization", "armed_group")
    for i in range(sent.ts, sent.te - 2):
        if ctx.texts[i] not in nouns:
            continue
        k = i + 1 + (ctx.texts[i + 1] in ctx.lex.w("people_of"))  # "a delegation from", «وفد من»
        body = next((m for m in ments if m.np_start in (k, k + 1) and m.kind in bodies), None)
        # "the Hamas delegation", "the Taliban's delegation"
        body = body or next((m for m in ments if i - 2 <= m.te <= i and m.kind in bodies and _owns(ctx, m, i)), None)
        if body is None:
            continue
        j = _past_place(ctx, ments, max(body.te, i + 1), sent.te)  # "the Taliban's delegation in Doha includes"
        vso = ctx.lang == "ar" and i > sent.ts and ctx.texts[i - 1] in ctx.lex.w("delegation_including")
        j += j < sent.te and toks[j].text in (",", "،")
        j += j < sent.te and ctx.texts[j] in ctx.lex.w("relative_who")  # "which included", «الذي يضم»
        if not vso and not (j < sent.te and ctx.texts[j] in ctx.lex.w("delegation_including")):
            continue  # («ويضم وفد طالبان في الدوحة A وB»: the verb before the delegation, its members after)
        for m in coordinated_after(ctx, ments, j + (not vso), sent.te):
            if m.kind == "person":
                emit(m, body, "member_of", 0.65, toks[i].text, "delegation")


@cued(lambda ctx: [(ctx.lex.w("blame_verbs"), True)])
def blamed(ctx: Context, sent: Sentence, ments: list[Ment], emit) -> None:
    """«حمّلت الحكومة اليمنية الحوثيين مسؤولية انهيار الهدنة»: who holds another responsible opposes it (the
    trigger «حمل مسؤولية» with its object in between)."""
    verbs, nouns, toks = ctx.lex.w("blame_verbs"), ctx.lex.w("blame_nouns"), ctx.toks
    if not verbs or verbs.isdisjoint(ctx.lasts[sent.ts : sent.te]) and verbs.isdisjoint(ctx.texts[sent.ts : sent.te]):
        return
    for i in range(sent.ts, sent.te - 2):
        if verbs.isdisjoint(toks[i].forms):
            continue
        end = min(sent.te, _blame_window_ar(ctx, ments, i) if ctx.lang == "ar" else i + 10)
        k = next((x for x in range(i + 2, end) if not nouns.isdisjoint(toks[x].forms)), -1)
        if k < 0:
            continue
        if ctx.lang == "ar":
            src, obj = _blame_parties_ar(ctx, sent, ments, i, k)
        else:
            src = next((m for m in ments if i - 2 <= m.te <= i and actor(m)), None)
            at = i + 1 + (i + 1 < sent.te and ctx.texts[i + 1] == "the")  # the object right after the verb
            obj = next((m for m in ments if m.np_start == at and m.te <= k and actor(m)), None) if src else None
        if src is None or obj is None:
            continue
        for s_ in (m for m in ments if m.ts == src.ts and m.te == src.te and actor(m)):  # «وحمّل الوزيران X»: both
            if obj.entity != s_.entity:
                emit(s_, obj, "opposes", 0.6, toks[i].text, "blamed")


def _blame_parties_ar(ctx: Context, sent: Sentence, ments: list[Ment], i: int, k: int) -> tuple:
    """Who holds whom responsible in «حمّل … مسؤولية» (the verb at i, the noun at k): two actors between them are
    the subject and the object («حمّلت الحكومة الحوثيين المسؤولية»); one alone is the object, its subject before
    the verb («أن القوات العراقية تحمّل التحالف المسؤولية») or, after «و», the subject of the sentence's first
    verb («وندد المجلس بالهجوم، وحمّل قائد القوات المسؤولية»). «قوات» before a body's name opens it."""
    forces = ctx.lex.w("force_nouns")

    def starting(at: int) -> Ment | None:
        at += at < k and ctx.texts[at] in forces and not ctx.covered[at]
        return next((m for m in ments if m.np_start == at and m.te <= k and actor(m)), None)

    first = starting(i + 1)
    if first is None:
        return None, None
    second = starting(first.te)
    if second is None and first.kind == "person" and ctx.texts[first.te] in (",", "،"):
        second = starting(first.te + 1)  # «حمّل وزير الخارجية الأردني أيمن الصفدي، إسرائيل المسؤولية»
    if second is not None:
        return first, second
    before = next((m for m in ments if i - 2 <= m.te <= i and actor(m)), None)
    joined = ctx.toks[i].text[:1] == "و" and ctx.texts[i] not in ctx.lex.w("blame_verbs")
    if before is not None and joined and ctx.texts[before.te] in (",", "،"):
        before = None  # «أدانت سوريا اغتيال X، وحمّلت إسرائيل …»: the name before the comma ends the clause before
    if before is None and joined:
        opened = _opening_frame_end(ctx, sent)
        starts = (sent.ts + 1, opened + 1)
        before = next((m for m in ments if m.np_start in starts and m.te < i and actor(m)), None)
    return before, first


def _opening_frame_end(ctx: Context, sent: Sentence) -> int:
    """The token after a short opening frame closed by a comma («وفي دمشق، أدانت سوريا …»: the verb), else the
    sentence's first token."""
    c = next((x for x in range(sent.ts + 1, min(sent.te, sent.ts + 5)) if ctx.texts[x] in (",", "،")), -1)
    return c + 1 if c > 0 else sent.ts


def _blame_window_ar(ctx: Context, ments: list[Ment], i: int) -> int:
    """Where «المسؤولية» may stand after «حمّل» at i: ten tokens on, or past a person named with a long title right
    after the verb («حمّل نائب رئيس الوزراء ووزير الخارجية الأردني أيمن الصفدي، إسرائيل المسؤولية»)."""
    person = next((m for m in ments if m.np_start == i + 1 and m.kind == "person"), None)
    return max(i + 10, person.te + 5) if person is not None else i + 10


@cued(lambda ctx: [(ctx.lex.w("cut_verbs"), False)])
def cut_ties(ctx: Context, sent: Sentence, ments: list[Ment], emit) -> None:
    """«قطعت النيجر علاقاتها الدبلوماسية مع أوكرانيا»: the verb, its subject, the ties, then «مع» the other state
    (the trigger «قطع علاقات» needs its words side by side)."""
    verbs, toks = ctx.lex.w("cut_verbs"), ctx.toks
    if not verbs or verbs.isdisjoint(ctx.texts[sent.ts : sent.te]):
        return
    ties, withs = ctx.lex.w("ties_nouns"), ctx.lex.w("with")
    for i in range(sent.ts, sent.te - 3):
        if ctx.texts[i] not in verbs:
            continue
        src = next((m for m in ments if m.np_start == i + 1 and actor(m)), None)
        k = next((x for x in range(i + 1, min(sent.te, i + 8)) if ctx.texts[x] in ties), -1)
        w = next((x for x in range(k + 1, min(sent.te, k + 4)) if ctx.texts[x] in withs), -1) if k > 0 else -1
        obj = next((m for m in ments if m.np_start == w + 1 and actor(m)), None) if w > 0 else None
        if src is None or obj is None or src.te > k:
            continue
        for one in group_with(ctx, ments, src):  # «قطعت السعودية والإمارات والبحرين ومصر علاقاتها مع قطر»
            if one.te <= k and one.entity != obj.entity:
                emit(one, obj, "opposes", 0.6, toks[i].text, "cut-ties")


@cued(lambda ctx: [(ctx.lex.w("stand_verbs"), False)])
def stood_with(ctx: Context, sent: Sentence, ments: list[Ment], emit) -> None:
    """«وقفت تركيا إلى جانب أذربيجان», «تقف روسيا مع مالي», «وقفت الصين ضد القرار»: standing by a side backs it,
    standing against it opposes it; the subject stands between the verb and its words (`stand_with`,
    `stand_against`), so the trigger «وقف إلى جانب» does not see them side by side."""
    verbs, toks = ctx.lex.w("stand_verbs"), ctx.toks
    sides = ((ctx.lex.w("stand_with"), "supports"), (ctx.lex.w("stand_against"), "opposes"))
    for i in range(sent.ts, sent.te - 3):
        if ctx.texts[i] not in verbs:
            continue
        src = next((m for m in ments if m.np_start == i + 1 and actor(m)), None)
        if src is None:
            continue
        group = group_with(ctx, ments, src)  # («إلى جانب» also lists: the group is cut where the side is named)
        for n_subj, last in enumerate(group, 1):
            side = _stood_side(ctx, ments, last.te, sides)
            if side is None:
                continue
            rtype, obj = side
            for one in group[:n_subj]:
                for other in group_with(ctx, ments, obj):
                    if one.entity != other.entity:
                        emit(one, other, rtype, 0.6, toks[i].text, "stood-with")
            break


def _stood_side(ctx: Context, ments: list[Ment], k: int, sides) -> tuple[str, Ment] | None:
    """The stance and the side named right after a stand verb's subject (at token k): «إلى جانب X», «ضد X»."""
    for n in (1, 2):
        rtype = next((t for words, t in sides if " ".join(ctx.texts[k : k + n]) in words), None)
        obj = next((m for m in ments if m.np_start == k + n and (m.kind in ACTOR_KINDS or m.kind == "agreement")), None)
        if rtype is not None and obj is not None:
            return rtype, obj
    return None


@cued(lambda ctx: [(ctx.lex.w("war_nouns"), False)])
def war_pairs(ctx: Context, sent: Sentence, ments: list[Ment], emit) -> None:
    """ "the Israel-Hamas war", «الحرب الروسية الأوكرانية», «حرب الجيش مع الدعم السريع», "the war in Tigray between
    the government and the TPLF": the two sides a war noun (`war_nouns`) names, joined by a hyphen before it, as two
    adjectives or an agent and «مع» after it, or after "between" a few words on, fight each other."""
    nouns = ctx.lex.w("war_nouns")
    if nouns.isdisjoint(ctx.texts[sent.ts : sent.te]):
        return
    for i in range(sent.ts, sent.te):
        pair = _war_sides(ctx, ments, i, sent.te) if ctx.texts[i] in nouns else None
        if pair is not None:
            emit(pair[0], pair[1], "fights", 0.6, ctx.toks[i].text, "war-pair")


def _war_sides(ctx: Context, ments: list[Ment], i: int, te: int) -> tuple[Ment, Ment] | None:
    sides, toks = ("state", "armed_group", "organization"), ctx.toks
    b = next((m for m in ments if m.te == i and m.kind in sides and not m.located), None)
    a = next((m for m in ments if b is not None and m.te == b.ts - 1 and m.kind in sides), None)
    if a is not None and toks[b.ts - 1].text == "-":  # "the Israel-Hamas war"
        return a, b
    if ctx.lang == "ar":
        a = next((m for m in ments if m.ts == i + 1 and m.kind in sides), None)
        nxt = a.te if a is not None and a.te < te else -1
        if a is not None and a.role == "demonym":  # «الحرب الروسية الأوكرانية»
            b = next((m for m in ments if m.ts == a.te and m.role == "demonym"), None)
        else:  # «حرب الجيش مع الدعم السريع»
            b = next((m for m in ments if nxt > 0 and ctx.texts[nxt] in ctx.lex.w("with") and m.np_start == nxt + 1
                      and m.kind in sides), None)  # fmt: skip
        if a is not None and b is not None:
            return a, b
    return between_pair(ctx, ments, i + 1, te)  # "the war in Tigray between X and Y"


def _people_after(ctx: Context, m: Ment, sent: Sentence) -> bool:
    return m.te < sent.te and ctx.toks[m.te].text in ctx.lex.w("member_people")


@cued(lambda ctx: [] if ctx.lang == "ar" else [(_OF, False)])
def body_of_list(ctx: Context, sent: Sentence, ments: list[Ment], emit) -> None:
    """ "The Troika of the United States, Britain and Norway", "the Quartet of the US, Russia, the EU and the UN":
    a body followed by "of" and a list of two or more states or bodies is made of them (English)."""
    if ctx.lang == "ar" or "of" not in ctx.texts[sent.ts : sent.te]:
        return
    for body in ments:
        k = body.te
        if body.kind not in ("organization", "armed_group") or body.in_np or k + 2 >= sent.te or ctx.texts[k] != "of":
            continue
        listed = [m for m in coordinated_after(ctx, ments, k + 1, sent.te) if m.kind in ("state", "organization")]
        if len(listed) >= 2:
            for m in listed:
                emit(m, body, "member_of", 0.65, "of", "body-of-list")


def loyalists(ctx: Context, sent: Sentence, ments: list[Ment], emit) -> None:
    """Forces loyal to a former ruler (armies._loyalists) back him."""
    for group, person in ctx.loyalists:
        if sent.ts <= group.ts < sent.te:
            emit(group, person, "supports", 0.7, "loyal to", "loyalists")


SENTENCE_PATTERNS = [
    *MEMBERSHIP_PATTERNS,
    *AFFILIATION_PATTERNS,
    composed_of,
    cut_ties,
    blamed,
    stood_with,
    delegation_members,
    chaired_by,
    agreement_between,
    proposal_by,
    stayed_for,
    talks_yielded,
    agreement_signers,
    members,
    listed_members,
    parent_bodies,
    backed_compound,
    gave_goods,
    allied_to,
    predicate_titles,
    adviser_to,
    signed_on_behalf,
    war_pairs,
    led_against,
    body_of_list,
    loyalists,
    listed_on,
]
