"""Relation constructions that choose what the subject acts on (the target phase of the engine)."""

from __future__ import annotations

from typing import Any

from explorer import ontology
from explorer.extract.agreements import family_of_mention, proposed_noun
from explorer.extract.armies import presidencies
from explorer.extract.context import ACTOR_KINDS, Context, Ment, TitleNP
from explorer.extract.coreference import sentence_start
from explorer.extract.engine import Outcome, Site, Trigger, construction
from explorer.extract.modifiers import quoted_body_adjective
from explorer.extract.syntax import (
    OBJECT_SUFFIXES,
    actor,
    after_agent_words,
    after_determiner,
    after_location_prep,
    after_time_word,
    agreement_before,
    along_with,
    aside_close,
    bare_head,
    camp_label,
    clause_break_at,
    coordinated_after,
    definite,
    determined,
    former_title_at,
    ground_owner,
    group_with,
    group_with_left,
    in_relative_clause,
    last_agreement,
    last_clause_break,
    lifted,
    object_after_subject,
    opens_clause,
    pairs,
    past_place,
    past_verb_aside,
    pronoun_suffix,
    relayed_it,
    speech_verb_at,
    stance_noun,
    suffix_agrees,
    terms_verb_in,
    time_clause_verb,
    verb_follows,
)

PASS, FOUND, DONE = Outcome.PASS, Outcome.FOUND, Outcome.DONE
_SYMMETRIC = ontology.symmetric_types()
_PRAISED = ("person", "state", "organization", "armed_group")
_ENCOUNTER_TYPES = frozenset({"meets", "phones", "negotiates_with", "visits"})


def _cx(ctx: Context, name: str, key: str = "confidence", default: Any = 0.0) -> Any:
    return ctx.lex.cx(name, key, default)


@construction("candidates", "candidates")
def candidates(ctx: Context, site: Site, emit) -> Outcome:
    """Mentions after the trigger (after the subject when it follows the verb) up to the next clause's verb."""
    if not site.src:
        return DONE
    _pass_on_subjects(ctx, site)
    if site.vso and (members := _named_members(ctx, site)):
        site.src = site.state.subjects_here = members  # «اجتمعت الدول الضامنة روسيا وتركيا وإيران»: they act
    site.start_after = start = site.src[-1].te if site.vso else site.j
    if site.vso:
        site.start_after = start = _past_own_alias(ctx, site, start)
        start = _past_relative_aside(ctx, start, site.sent.te)
    else:
        site.start_after = start = past_verb_aside(ctx, start, site.sent.te)
    later = _later_triggers(ctx, site, start)
    limit = _window_end(ctx, site, start, later[0].i if later else site.sent.te)
    site.cands = [m for m in _objects_between(ctx, site, start, limit) if not _absolute_with(ctx, m)]
    if site.rtype in ("agrees_with", "supports"):  # an agreement close by is what is agreed to or backed
        agreements = [m for m in site.cands if m.kind == "agreement"]
        if agreements and agreements[0].ts - start <= 12 and not _li_object_first(ctx, site, start):
            site.cands = agreements[:1] + [m for m in site.cands if m is not agreements[0]]
    return PASS


def _past_own_alias(ctx: Context, site: Site, k: int) -> int:
    """«أدانت حركة المقاومة الإسلامية (حماس) …», «قوات سوريا الديمقراطية "قسد"»: the subject's short name in
    brackets or quotation marks right after it is the subject again, not the verb's object; past it."""
    te, marks = site.sent.te, ("(", '"', "'")
    if k + 2 >= te or ctx.texts[k] not in marks:
        return k
    own = {m.entity for m in site.src}
    alias = next((m for m in ctx.ments.starting(k + 1) if m.entity in own), None)
    if alias is None or alias.te >= te or ctx.texts[alias.te] not in (")", '"', "'"):
        return k
    return alias.te + 1


def _li_object_first(ctx: Context, site: Site, start: int) -> bool:
    """Arabic: an actor right after the trigger behind «لـ» («دعمها للأمم المتحدة في مساعيها، وإمكان مراقبة
    الهدنة») is the support's own object; an agreement named further on does not take its place."""
    if ctx.lang != "ar" or not site.cands or site.cands[0].kind == "agreement":
        return False
    first = site.cands[0]
    head = ctx.texts[first.np_start] if first.np_start < len(ctx.texts) else ""
    return first.np_start == start and head[:1] == "ل" and len(head) > 3 and ctx.toks[first.np_start].is_word


def _pass_on_subjects(ctx: Context, site: Site) -> None:
    """What the sentence state keeps of this trigger's subjects for the triggers and sentences after it."""
    if not (
        in_relative_clause(ctx, site.i, site.sent.ts)
        or time_clause_verb(ctx, site.i, site.sent.ts)
        or _subordinate_subject(ctx, site)
        or (site.nominal and _framed_noun(ctx, site))
    ):
        infinitive = not site.nominal and _infinitive(ctx, site.i)
        if not (infinitive and site.state.subjects_here):  # ("X met Y … to discuss …": X goes on, not Y)
            site.state.subjects_here = site.src  # (nor does a relative or time clause's subject: «بعد أن علّق X»)
        if not site.nominal and not infinitive:
            site.state.verb_subjects, site.state.verb_at = site.src, site.i
            if not _who_clause_verb(ctx, site.i, site.sent.ts):
                site.state.main_subjects, site.state.main_at = site.src, site.i
    if not site.nominal and all(f.phrase.nominal for f in site.found[: site.n_trig]):
        site.state.first_subjects = site.src  # the subject of the sentence's first verb
    speaks = site.rtype == "states" and not site.nominal and not _in_statement(site)
    if speaks and (site.method != "dropped-subject" or _goes_on(ctx, site)):
        site.state.speakers = site.src  # «قال X إن … . وأضاف …»: the next sentence goes on with X


def _subordinate_subject(ctx: Context, site: Site) -> bool:
    """ "… once Hochstein and Netanyahu reach an understanding and emphasized …": a subject right after a
    subordinator ("once", "until", "if", `subordinators`) is its clause's, not the sentence's; a verb after "and"
    goes on with the main clause's (English; Arabic: time_clause_verb)."""
    if not site.src or site.nominal:
        return False
    k = site.src[0].np_start - 1
    k -= k > site.sent.ts and ctx.texts[k] == "the"
    return k >= site.sent.ts and ctx.texts[k] in ctx.lex.w("subordinators")


def _infinitive(ctx: Context, i: int) -> bool:
    """ "urged Israel to protect civilians and backed …": a verb after "to" is no main-clause verb; a verb joined
    later in the past tense goes with "urged", not with it."""
    return i > 0 and ctx.texts[i - 1] in ctx.lex.w("infinitive_markers")


def _who_clause_verb(ctx: Context, i: int, ts: int) -> bool:
    """ "the M23 rebels, who seized Goma": the verb of a clause about a person or group (English), whose subject
    holds no later verb joined to the main clause after the clause's closing comma (constructions._past_who_clause)."""
    if ctx.lang == "ar":
        return False
    who, k = ctx.lex.w("relative_who"), i - 1
    while k > ts and i - k <= 4 and ctx.texts[k] not in who and ctx.texts[k] not in (",", ";"):
        k -= 1
    return k > ts and ctx.texts[k] in who


def _later_triggers(ctx: Context, site: Site, start: int) -> list[Trigger]:
    """The triggers after the object's start whose clause ends this trigger's window (the first one does)."""
    rtype, skip = site.rtype, ("member_of", "holds_role_in")
    later = [
        f
        for f in site.found[site.n_trig + 1 :]
        if f.i >= start
        and (not _noun_use(ctx, f, site.sent.ts) or after_time_word(ctx, f.i, start))  # "met X after talks with Y"
        and f.rtype not in skip
        and not camp_label(ctx, f.i, f.j, site.sent.ts, site.sent.te)  # "met opposition leader Raila Odinga"
        and not _describes_owned_body(ctx, f.i)  # "Libya's internationally recognized Government of …"
        and not (rtype == "states" and ctx.lang == "ar" and relayed_it(ctx, f.i))  # «في تصريحات نقلتها وكالة …»
        and not former_title_at(ctx, f.i, site.found[: site.n_trig + 1])  # "met Niger's ousted President X"
    ]
    if rtype in ("opposes", "supports") and ctx.lang == "ar":  # «أدان الهجوم الذي شنته قوات الدعم السريع»:
        rel = ctx.lex.w("relative_pronouns")  # the act's own agent is what is condemned, inside the window
        later = [f for f in later if not (f.i - 1 >= start and ctx.toks[f.i - 1].text in rel)]
    noun = site.nominal or site.method == "possessive-agent"  # "the RSF's announcement"
    if rtype == "states" and not (noun and _passive_after(ctx, site, later)):
        later = [f for f in later if f.rtype == "states"]  # a statement runs to the next statement verb
    if later and rtype == "opposes" and _refused_act(ctx, site, later[0]):
        later = later[1:]  # "refused to sign the deal": what is refused is the deal, the refusing verb's object
        later = later[1:] if later and later[0].rtype == "fights" and later[0].i - 1 <= site.start_after else later
    if rtype == "fights":  # "airstrikes against al-Shabaab": "against" introduces the object (retype drops it)
        later = [f for f in later if f.text not in ctx.lex.w("against")]
    return later


def _objects_between(ctx: Context, site: Site, start: int, limit: int) -> list[Ment]:
    """The mentions from start to limit the trigger may act on: of a kind its type takes, and none that the
    words around them make a place, a backer, a victim, an agent of something else or a side of another event."""
    rtype, kinds = site.rtype, ontology.target_kinds(site.rtype)
    sym = rtype in _SYMMETRIC
    # "lashed out at Sweden": the trigger's own preposition introduces its object, not a place
    at = site.j if site.trig.phrase.words[-1] in ctx.lex.w("location_words") else -1
    # "welcomed Israel's decision to withdraw": what is welcomed is the owner's act, no guest
    welcome = sym and not ctx.lex.w("welcome_verbs").isdisjoint(ctx.toks[site.i].forms)
    # «هددت إسرائيل بشن هجوم على حزب الله»: whom a threatened attack would hit is whom the threat opposes
    threat = rtype == "opposes" and not ctx.lex.w("threat_verbs").isdisjoint(ctx.toks[site.i].forms)
    # «استقبل X وفدا برئاسة Y»: the one who heads the delegation received is the verb's object
    head_met = rtype in _SYMMETRIC and start < len(ctx.toks) and ctx.texts[start] in ctx.lex.w("delegation_nouns")
    return [
        m
        for m in site.view.starting_within(start, max(limit, start + 1))
        if m.kind in kinds
        and (not m.in_np or (rtype == "fights" and (_held_by(ctx, m) or _titled_body(ctx, m))))
        and not m.media
        and m not in site.src
        and not (sym and (m.topic or after_location_prep(ctx, m) or welcome and _owner_of_act(ctx, m)))
        and not (sym and _by_participle(ctx, site, m))
        and not (rtype == "fights" and (_where(ctx, m) or _ally(ctx, m)))
        and not (rtype in ("opposes", "fights") and (_whose_value(ctx, m) or _backer_of_object(ctx, m, start)))
        and not _name_adjective(ctx, m)
        and not (rtype in _STANCE_FIGHT and _message_addressee(ctx, m))
        and not (rtype in ("opposes", "supports") and not threat and _attacked(ctx, m, start))
        and not (rtype in ("opposes", "supports") and _relative_victim(ctx, site, m, start))
        and not (rtype in ("fights", "opposes") and _conjunct_or_backer(ctx, site, m, start))
        and not (rtype in ("supports", "opposes") and _party_of_dialogue(ctx, rtype, m, start))
        and not (rtype in _STANCE_FIGHT and m.topic and (_matter_demonym(ctx, m) or quoted_body_adjective(ctx, m)))
        and not (rtype in ("supports", "opposes") and m.kind != "agreement" and _in_text_topic(ctx, start, m))
        and not (site.vso and m.np_start - start <= 2 and after_agent_words(ctx, m.np_start) and not head_met)
        and not (m.located and rtype != "visits" and not _object_despite_place(ctx, rtype, m, at))
        and not _relative_agent(ctx, site, m, start)
        and not _relative_clause_subject(ctx, site, m, start)
        and not _owner_of_person(ctx, m, rtype)
        and not (sym and m.np_start > start + 2 and in_relative_clause(ctx, m.np_start, start + 1))
    ]  # («التقى الأسد وعرض عليه المقترحات التي وضعها مع X»: X is in the relative clause, not the one met)
    # («رحب التحالف بقيادة الولايات المتحدة بالإعلان»: the name after «بقيادة» right after the subject modifies it)


def _owner_of_act(ctx: Context, m: Ment) -> bool:
    """ "welcomed Israel's decision", "welcomed Saudi support for the truce", «رحب بالدعم السعودي»: a possessive, or
    a demonym right before a word of relation, owns the act welcomed; it is no guest received."""
    if m.possessive:
        return True
    hit = ctx.trigger_hits[1].get(m.te)  # (a trigger word starts right after the name)
    return hit is not None and m.kind in ("state", "organization") and (m.role == "demonym" or hit[0].nominal)


def _by_participle(ctx: Context, site: Site, m: Ment) -> bool:
    """ "met the families of hostages held by Hamas", "fought militias backed by Iran", "signed the deal brokered
    by Qatar": the agent of a participle after the object is not met, fought or a party (English; "a delegation
    led by X" is X's: `led_by`)."""
    k = _word_before(ctx, m)
    if ctx.lang == "ar" or k - 1 <= site.i or ctx.texts[k] != "by":
        return False
    word = ctx.texts[k - 1]
    if word in ctx.lex.w("led_by") or ctx.covered[k - 1]:
        return False
    return word.endswith("ed") or word in ctx.lex.w("irregular_participles")


def _owner_of_person(ctx: Context, m: Ment, rtype: str) -> bool:
    """ "hosted Ukraine's Volodymyr Zelensky", "met Eritrea's Isaias Afwerki", "an arms embargo on Yemen's Houthi
    rebels": the state before the possessive only says whose the person or group is; it is the object. So does
    any owner of a person named after his title ("Putin's envoy Kirill Dmitriev")."""
    k = m.te
    if ctx.lang == "ar":  # «التقى ويتكوف مبعوث بوتين كيريل دميترييف»: the title's owner, then the one met
        meeting = rtype in ("meets", "phones", "negotiates_with") and m.ts > 0 and ctx.title_tokens[m.ts - 1]
        return bool(meeting) and any(p.kind == "person" for p in ctx.ments.starting(k))
    if m.possessive and m.kind == "person" and rtype in ("meets", "phones", "negotiates_with", "states"):
        if _envoy_after(ctx, m.te + (ctx.texts[m.te] in ("'s", "'"))):
            return True  # "met the UN Secretary-General's Special Envoy for Libya Ghassan Salame"
    if k + 1 >= len(ctx.toks) or ctx.texts[k] not in ("'s", "'"):
        return False
    if m.kind == "state" and any(x.kind in ("person", "armed_group") for x in ctx.ments.starting(k + 1)):
        return True
    if m.kind == "state" and _owned_body(ctx, k + 1):
        return True  # "backs Libya's internationally recognised Government of National Accord": the body is backed
    # "met Putin's envoy Kirill Dmitriev", "Hamas's political chief Ismail Haniyeh": a named person after the
    # owner's title for him (at most three words, none of them a name or a verb) is the one met, not the owner
    # ("assassinated Hezbollah's commander X" still fights Hezbollah)
    if rtype not in ("meets", "phones", "negotiates_with"):
        return False
    for x in range(k + 2, min(k + 5, len(ctx.toks))):
        if any(p.kind == "person" for p in ctx.ments.starting(x)):
            hits = ctx.trigger_hits[1]
            return all(ctx.toks[y].is_word and not ctx.covered[y] and y not in hits for y in range(k + 1, x))
    return False


def _owned_body(ctx: Context, k: int) -> bool:
    """A body or group named right after a state's "'s" (token k), past at most three plain words that describe it
    ("Libya's internationally recognised Government of National Accord", "Iraq's Kurdistan Regional Government")."""
    hits = ctx.trigger_hits[1]
    for x in range(k, min(k + 5, len(ctx.toks))):
        if any(p.kind in ("organization", "armed_group") and not p.possessive for p in ctx.ments.starting(x)):
            return True
        if ctx.texts[x] == "-" and x > k:
            continue  # ("internationally-recognised")
        if not ctx.toks[x].is_word or ctx.covered[x] or (x in hits and not ctx.texts[x].endswith(("ed", "ly"))):
            return False  # ("Israel's attack on Hamas": an act of the state's; "recognized" only describes)
    return False


def _describes_owned_body(ctx: Context, i: int) -> bool:
    """Token i is a word describing a body named after a state's "'s" ("Libya's internationally recognized
    Government of National Accord"): no trigger of a clause of its own."""
    near = ctx.texts[max(0, i - 4) : i]
    if "'s" not in near and "'" not in near:
        return False  # (no possessive in reach: Arabic never has one)
    for q in range(i - 1, max(0, i - 4) - 1, -1):
        if ctx.texts[q] in ("'s", "'"):
            owner = any(m.kind == "state" for m in ctx.ments.ending(q))
            return owner and _owned_body(ctx, q + 1)
    return False


def _envoy_after(ctx: Context, k: int) -> bool:
    """A named person within six words after a person's possessive title ("the Secretary-General's Special Envoy
    for Libya Ghassan Salame"): words of his title between, no trigger, no name but the title's own place."""
    hits = ctx.trigger_hits[1]
    for x in range(k, min(k + 7, len(ctx.toks))):
        if any(p.kind == "person" for p in ctx.ments.starting(x)):
            return True
        if (
            not ctx.toks[x].is_word
            or x in hits
            or (ctx.covered[x] and not any(p.in_np for p in ctx.ments.starting(x)) and not _inside_np(ctx, x))
        ):
            return False
    return False


def _inside_np(ctx: Context, x: int) -> bool:
    """Token x inside a mention that modifies a noun phrase ("for Libya" in an envoy's title)."""
    return any(p.in_np and p.ts <= x < p.te for p in ctx.ments.ending_within(max(0, x - 4), x + 4))


def _framed_noun(ctx: Context, site: Site) -> bool:
    """ "said in a joint statement that they …": a noun trigger after a preposition (`framing_prepositions`, past
    `event_determiners`) frames the verb before it; whoever it found as its agent is no subject the clause goes on
    with ("they" is still the ones who said)."""
    k, dets = site.i - 1, ctx.lex.w("event_determiners")
    while k > site.sent.ts and site.i - k <= 3 and ctx.texts[k] in dets:
        k -= 1
    return ctx.texts[k] in ctx.lex.w("framing_prepositions")


def _window_end(ctx: Context, site: Site, start: int, limit: int) -> int:
    """Where the object window from `start` ends: at `limit` (the next verb or the sentence's end), the comma that
    closes an English relative clause, or a clause break."""
    if ctx.lang != "ar" and _comma_relative(ctx, site):  # "France, which hosts a large diaspora, asked for a
        # meeting": the comma after it ends the relative clause (not one in a list: "which backs A, B and C")
        limit = next((k for k in range(start, limit) if ctx.texts[k] == "," and not _lists_on(ctx, k)), limit)
    if not ctx.lex.w("clause_breaks").isdisjoint(ctx.texts[start + 1 : limit]):  # (most windows hold none)
        limit = next((k for k in range(start + 1, limit) if clause_break_at(ctx, k)), limit)
    if ctx.lang != "ar" and site.rtype in _STANCE_FIGHT and "and" in ctx.texts[start + 1 : limit]:
        limit = next((k for k in range(start + 1, limit) if _and_new_clause(ctx, k)), limit)
    if site.nominal and site.rtype in _ENCOUNTER_TYPES and ":" in ctx.texts[start:limit]:
        limit = next((k for k in range(start, limit) if _quote_opens(ctx, k)), limit)  # «حول لقاءاته في مسقط:
        # "غادرت بغداد …"»: the quotation after the colon names no one the noun's meeting was with
    return min(limit, _relative_aside_end(ctx, site))


def _quote_opens(ctx: Context, k: int) -> bool:
    """A colon at k and a quotation mark right after it."""
    return ctx.texts[k] == ":" and k + 1 < len(ctx.toks) and ctx.texts[k + 1] in ('"', "«", "“")


def _and_new_clause(ctx: Context, k: int) -> bool:
    """ "Egypt condemned the raids and Jordan recalled its envoy": "and", a name and a past-tense verb (or an
    auxiliary) open a clause of their own; the name is its subject, not the first verb's object."""
    if ctx.texts[k] != "and":
        return False
    j = k + 1 + (k + 1 < len(ctx.toks) and ctx.texts[k + 1] == "the")
    m = next((m for m in ctx.ments.starting(j) if actor(m) and not m.possessive), None)
    if m is None or m.te >= len(ctx.toks):
        return False
    v = ctx.texts[m.te]
    if v in ctx.lex.w("auxiliaries") or v in ctx.lex.w("irregular_participles"):
        return True
    if k > 0 and ctx.texts[k - 1] == "," and m.te in ctx.trigger_hits[1] and v.islower():
        return True  # "…, and Azerbaijan retook the region": a verb of the lexicon opens the name's own clause
    return v.islower() and v.endswith("ed") and len(v) > 4 and ctx.toks[m.te].is_word


def _relative_aside_end(ctx: Context, site: Site) -> int:
    """The verb of a relative aside between listed names ends at its closing comma: «ودان الاتحاد الأفريقي، الذي علق
    عضوية السودان، والهيئة الحكومية للتنمية الهجوم», "The AU, which suspended Sudan, and IGAD condemned …": IGAD is
    the main verb's subject, not the relative's object (syntax.aside_close). The sentence's end when there is none."""
    k = site.i - 1
    while k > site.sent.ts and ctx.texts[k] in ctx.lex.w("auxiliaries"):
        k -= 1
    if k - 1 < site.sent.ts or ctx.texts[k] not in ctx.lex.w("relative_who"):
        return site.sent.te
    c = aside_close(ctx, k - 1, site.sent.te)
    return c if c >= 0 else site.sent.te


def _comma_relative(ctx: Context, site: Site) -> bool:
    """The trigger is the verb of an English relative clause set off by a comma right after its antecedent ("X,
    which hosts …,", "X, who met …,", "X, which Russia and China back,": past the clause's own subject)."""
    k = site.i - 1
    while k > site.sent.ts and ctx.texts[k] in ctx.lex.w("auxiliaries"):
        k -= 1
    if site.src and site.src[-1].te == k + 1:
        k = site.src[0].np_start - 1 - (ctx.texts[site.src[0].np_start - 1] == "the")
    rel = ctx.lex.any_of("relative_pronouns", "relative_who")
    if k - 1 >= site.sent.ts and ctx.texts[k] in rel and ctx.texts[k - 1] == ",":
        return True
    # deeper in the clause: "the Houthis, who joined Iran in condemning the strikes, attacked …"
    while k > site.sent.ts and site.i - k < 10 and ctx.texts[k] not in rel and ctx.texts[k] not in (",", ";"):
        k -= 1
    return k - 1 >= site.sent.ts and ctx.texts[k] in ctx.lex.w("relative_who") and ctx.texts[k - 1] == ","


def _lists_on(ctx: Context, k: int) -> bool:
    """A name follows the comma at k (or its "and"): a list goes on."""
    j = k + 1 + (k + 1 < len(ctx.toks) and ctx.texts[k + 1] in ("and", "the"))
    j += j < len(ctx.toks) and ctx.texts[j] == "the"
    return any(actor(m) for m in ctx.ments.starting(j))


def _refused_act(ctx: Context, site: Site, nxt) -> bool:
    """ "Eritrea refused to sign the Pretoria Agreement", "declined to endorse the plan": the refused act (a
    signing or backing verb right after the refusal, negated by it) is no clause of its own; its object is
    what the subject opposes."""
    if _threatened_act(ctx, site, nxt):
        return True
    if ctx.texts[site.i] not in ctx.lex.w("refusal_verbs") or nxt.rtype not in ("agrees_with", "supports"):
        return False
    return nxt.i - site.j <= 1


def _threatened_act(ctx: Context, site: Site, nxt) -> bool:
    """«هددت إسرائيل بشن هجوم على حزب الله», «توعد الحوثيون باستهداف السفن»: an act of war threatened
    (`threat_verbs`, the act glued to «ب» right after the subject) is no clause of its own; whom it would hit is
    what the threat opposes (Arabic; "threatened to attack X" is one English phrase)."""
    if nxt.rtype != "fights" or ctx.lex.w("threat_verbs").isdisjoint(ctx.toks[site.i].forms):
        return False
    k = site.start_after
    return k < site.sent.te and ctx.toks[k].text[:1] == "ب" and k <= nxt.i <= k + 1


def _in_statement(site: Site) -> bool:
    """The trigger stands inside what an earlier statement verb of its sentence reports."""
    return any(f.rtype == "states" and not f.phrase.nominal for f in site.found[: site.n_trig])


def _relative_victim(ctx: Context, site: Site, m: Ment, start: int) -> bool:
    """ "condemned the strike that hit a UN convoy", «أدانت الهجوم الذي استهدف مقر البعثة»: a fight verb right after
    the relative pronoun has the pronoun as subject, so the name after it is what was hit, not whom the stance is
    about («الهجوم الذي شنته قوات الدعم السريع»: an object pronoun on the verb, the name after it did it)."""
    rel = ctx.lex.any_of("relative_who", "relative_pronouns")
    for r in range(max(start, m.np_start - 6), m.np_start - 1):
        if ctx.texts[r] not in rel:
            continue
        f = next((f for f in site.found if f.i == r + 1 and f.rtype == "fights"), None)
        if f is None:
            return not ctx.lex.w("hit_verbs").isdisjoint(ctx.toks[r + 1].forms)
        stem, suffixes = f.phrase.words[0], ctx.lex.any_of("pronoun_suffixes", "verb_object_suffixes")
        return not any(x.startswith(stem) and x[len(stem) :] in suffixes for x in ctx.toks[f.i].forms)
    return False


def _list_start(ctx: Context, m: Ment, start: int) -> int:
    """Where the list that m closes begins: back from m past names, "and", «و», commas and "the" (not before
    `start`, at most 8 tokens)."""
    k = m.np_start - 1
    skip = (*ctx.lex.w("and"), ",", "،", "the")
    while k >= start and m.np_start - k < 8 and (ctx.covered[k] or ctx.texts[k] in skip):
        k -= 1
    return k + 1


def _conjunct_or_backer(ctx: Context, site: Site, m: Ment, start: int) -> bool:
    """ "backed by Russian air strikes and Iranian militias": a name joined by "and" right after a fight noun is
    its conjunct, not what it hits; "retook the town with the backing of Iran and Russia": the backers after a
    support noun and "of" are no object of a hostile verb."""
    k = _list_start(ctx, m, start)
    if site.nominal and k <= start + 1 and start < site.sent.te and ctx.texts[start] in ctx.lex.w("and"):
        return True
    return k - 2 >= start and ctx.texts[k - 1] == "of" and ctx.texts[k - 2] in ctx.lex.w("support_nouns")


def _party_of_dialogue(ctx: Context, rtype: str, m: Ment, start: int) -> bool:
    """ "backs negotiations with the Houthis", «تدعم الحوار مع أوكرانيا»: who the talks or ties are with
    (`dialogue_nouns`, then "with"; one adjective may stand between) is a party of what is backed, not the one
    backed (refusing talks with someone does oppose them: "rejected any talks with Saakashvili"). "Voiced concern
    over the fighting between the army and the RSF", "backs talks between Kyiv and Moscow": the sides named with
    "between" after a noun are that thing's sides, neither backed nor opposed."""
    if _between_sides(ctx, m, start):
        return True
    k = _list_start(ctx, m, start) - 1
    if k - 1 < start or ctx.covered[k - 1] or not ctx.toks[k - 1].is_word:
        return False
    if ctx.texts[k] in ctx.lex.w("between"):
        return True
    if rtype != "supports" or ctx.texts[k] not in ctx.lex.w("with"):
        return False
    nouns = ctx.lex.w("dialogue_nouns")
    return any(not nouns.isdisjoint(ctx.toks[x].forms) for x in range(max(start, k - 3), k))


def _between_sides(ctx: Context, m: Ment, start: int) -> bool:
    """m is a side named with "between" after a noun (within six words: "between the army and the RSF", an
    unnamed side included)."""
    between, texts = ctx.lex.w("between"), ctx.texts
    b = next((b for b in range(m.np_start - 1, max(start, m.np_start - 7), -1) if texts[b] in between), -1)
    if b - 1 < start or ctx.covered[b - 1] or not ctx.toks[b - 1].is_word:
        return False
    return b == m.np_start - 1 or not ctx.lex.w("and").isdisjoint(texts[b + 1 : m.np_start])


def _relative_clause_subject(ctx: Context, site: Site, m: Ment, start: int) -> bool:
    """ "areas they have seized, in a resolution that Russia declined to back", "the Douma attack, which Syria and
    Russia deny": the name right after the relative pronoun of a comma aside or of an agreement is that clause's
    subject, no object of the verb before (English: after a verb, "that" opens a reported clause instead); unless
    a stance verb's clause names who did the act it is about ("condemned the attack, which Hamas claimed")."""
    if ctx.lang == "ar" or site.rtype == "states" or m.np_start - 2 < start:
        return False
    k = _list_start(ctx, m, start) - 1  # "which Syria and Russia deny": past the names listed before it
    if k - 1 < start:
        return False
    aside = ctx.texts[k] in ctx.lex.w("relative_who") and ctx.texts[k - 1] == ","
    named = any(x.kind == "agreement" for x in ctx.ments.ending(k))
    deal = named or ctx.lex.agreement_nouns.match_at(ctx.toks, k - 1) is not None
    if not (aside or (deal and ctx.texts[k] in ctx.lex.w("relative_pronouns"))):
        return False
    stance = site.rtype in ("opposes", "supports")
    return not (stance and any(f.rtype == "fights" and k - 4 <= f.j <= k for f in site.found))


def _relative_agent(ctx: Context, site: Site, m: Ment, start: int) -> bool:
    """«هاجمت جماعة الحوثي التي تدعمها إيران سفينة», "backed the rebels who fought ISIS": the name right after a
    relative pronoun and its verb belongs to that clause, never the object of the verb outside it; unless the
    clause tells who did an act the verb takes a stance on («أدان الهجوم الذي شنته X»: X is condemned), or the
    verb is a statement (it is about whatever it names)."""
    k = _list_start(ctx, m, start) - 2  # («الجهود التي تبذلها مصر وقطر»: Qatar too, listed after Egypt)
    if site.rtype == "states" or not (k >= start and ctx.texts[k] in ctx.lex.w("relative_who")):
        return False  # what a statement is about may be named anywhere in it
    if not ctx.toks[k + 1].is_word:
        return False
    stance = site.rtype in ("opposes", "supports")
    if stance and _act_head(ctx, k, start) and _perpetrated_act(ctx, k + 1):
        return False  # «أدانت الاعتداء الذي شنّه الجيش», «نددت بالعقوبات التي فرضتها واشنطن»: the act's owner
    return not (stance and any(f.rtype == "fights" and k - 3 <= f.j <= k for f in site.found))


def _act_head(ctx: Context, k: int, start: int) -> bool:
    """One to three plain words (the act and its adjectives) stand between the relative pronoun at k and the
    verb's object start or a mark before them («الاعتداء الذي», «، اليوم السبت، الاعتداء الذي»)."""
    q, n = k - 1, 0
    while q >= start and n < 4 and ctx.toks[q].is_word and not ctx.covered[q]:
        q, n = q - 1, n + 1
    return 1 <= n <= 3 and (q < start or not ctx.toks[q].is_word)


def _perpetrated_act(ctx: Context, v: int) -> bool:
    """Arabic: the verb right after a relative pronoun makes the act named before it (`perpetration_verbs`: launch,
    commit, impose, carry out, take) and carries the pronoun that stands for it («شنّه», «فرضتها», «ارتكبوها»), so
    the name after it did the act: condemning or backing the act is about that name."""
    if ctx.lang != "ar":
        return False
    stems, suffixes = ctx.lex.w("perpetration_verbs"), ctx.lex.any_of("pronoun_suffixes", "verb_object_suffixes")
    for x in ctx.toks[v].forms:
        for n in (1, 2, 3):
            if len(x) - n >= 2 and x[-n:] in suffixes and x[:-n] in stems:
                return True
    return False


def _named_members(ctx: Context, site: Site) -> list[Ment]:
    """The states listed right after a subject named as a group of states («الدول الضامنة لمسار أستانا …»)."""
    body = site.src[-1] if len(site.src) == 1 else None
    if body is None or body.kind != "organization" or ctx.texts[body.ts] not in ctx.lex.w("collective_heads"):
        return []
    listed = [m for m in coordinated_after(ctx, site.ments, body.te, site.sent.te) if m.kind == "state"]
    return listed if len(listed) >= 2 and listed[0].np_start == body.te else []


def _passive_after(ctx: Context, site: Site, later: list) -> bool:
    """ "The RSF's announcement … was rejected by the Arab League": the statement noun is the subject of a passive
    verb; the one after "by" rejects it, it is not what the statement is about."""
    if not later:
        return False
    k, j = later[0].i, later[0].j
    by = j < site.sent.te and ctx.texts[j] in ctx.lex.w("agent_prepositions")
    return by and k > site.j and ctx.texts[k - 1] in ctx.lex.w("auxiliaries")


def _past_relative_aside(ctx: Context, k: int, end: int) -> int:
    """«أعلن التحالف، الذي يضم قوات الدعم السريع، تشكيل حكومة»: a relative clause between commas after the
    subject is about the subject; what the verb acts on comes after it."""
    toks, k0 = ctx.toks, k
    while k < end and toks[k].text == '"':  # («اتهمت «قوات الدعم السريع»، التي …»: past the closing mark)
        k += 1
    if not (k + 1 < end and toks[k].text in (",", "،") and toks[k + 1].text in ctx.lex.w("relative_who")):
        return k0
    return next((x + 1 for x in range(k + 2, min(end, k + 16)) if toks[x].text in (",", "،")), k0)


def _objects(ctx: Context, site: Site, tgt: Ment) -> list[Ment]:
    """The object and those listed with it; not an ally of a hostile verb's subject ("fought Islamic State
    alongside Iraqi troops": the troops fight with it)."""
    one_host = site.rtype in _SYMMETRIC and len(site.src) == 1 and tgt.kind == "person"
    if one_host and (listed := _colon_list(ctx, site, tgt)):
        return listed  # «التقى كلا على حدة: X …، وY …، وZ …»
    tgts = group_with(ctx, site.ments, tgt)
    end = _relative_aside_end(ctx, site)  # "X, which backs Israel, and Britain backed …": Britain is X's partner
    cut = next((n for n, t in enumerate(tgts) if n and (opens_clause(ctx, t) or t.ts > end)), None)
    if cut is not None:
        tgts = tgts[:cut]  # "backed the army and Turkey armed the RSF": Turkey is the next clause's subject
    if site.rtype in ("fights", "opposes"):
        tgts = [t for t in tgts if t is tgt or not _ally(ctx, t)]
    return tgts


def _agreements_listed(ctx: Context, site: Site, tgt: Ment) -> list[Ment]:
    """ "on the basis of resolution 2254 and the Geneva communique", «بالمبادرة الخليجية وآليتها التنفيذية ومخرجات
    الحوار الوطني وقرار مجلس الأمن 2216»: the agreements coordinated after the object, past a short conjunct that
    names none («وآليتها التنفيذية»), past the window of what the phrase invokes."""
    out, k, te, texts = [], tgt.te, site.sent.te, ctx.texts
    ands = ctx.lex.w("and")
    while k < te and len(out) < 5:
        k += texts[k] in (",", "،")
        joined = k < te and (texts[k] in ands or (ctx.lang == "ar" and texts[k][:1] == "و" and len(texts[k]) > 2))
        if not joined:
            break
        start = k + (texts[k] in ands)
        nxt = next((m for x in range(start, min(start + 2, te)) for m in ctx.ments.starting(x)), None)
        if nxt is not None and nxt.kind == "agreement" and nxt.np_start <= start + 1:
            out.append(nxt) if nxt.entity != tgt.entity and nxt not in out else None
            k = nxt.te
            continue
        if nxt is not None or not out and k == tgt.te:  # (an actor, or nothing listed yet: a clause goes on)
            break
        k = start + 1
        while k < te and k - start < 3 and texts[k] not in (",", "،") and not texts[k].startswith("و"):
            k += 1  # past a short conjunct that names nothing («وآليتها التنفيذية»)
    return out


def _ally(ctx: Context, m: Ment) -> bool:
    """ "fought alongside the Syrian army", «قاتلت إلى جانب الجيش»: a side one fights with, not against."""
    words, k = ctx.lex.any_of("along_with", "fought_for"), m.np_start
    if k > 0 and ctx.texts[k - 1] == "the":
        k -= 1
    return any(" ".join(ctx.texts[max(0, k - n) : k]) in words for n in (1, 2, 4))


@construction("withdrew-from", "target", rtypes=("opposes",))
def withdrew_from(ctx: Context, site: Site, emit) -> Outcome:
    """ "withdrew from the Iran nuclear deal", «انسحبت الولايات المتحدة من الاتفاق النووي»: leaving an agreement or
    a body opposes it; leaving a country or a town («انسحبت القوات من غزة», "withdrew from Ukraine") opposes no one."""
    if site.rtype != "opposes" or site.trig.phrase.words[0] not in ctx.lex.w("withdraw_verbs"):
        return PASS
    if _urged_act(ctx, site):
        return DONE  # "urged Ethiopia to withdraw from the deal": a call on Ethiopia (urged-to-stop), not its act
    froms = ctx.lex.w("agent_prepositions")
    last = site.trig.phrase.words[-1]  # "withdrew from the deal", «انسحب من الاتفاق», "pulled out of", "quit ECOWAS"
    at_once = last in froms or last in ctx.lex.w("left_at_once")
    site.cands = [
        m
        for m in site.cands
        if m.kind in ("agreement", "organization")
        and (ctx.texts[_left_edge(ctx, m) - 1] in froms or (at_once and _left_edge(ctx, m) - site.start_after <= 1))
        and (last not in ctx.lex.w("leave_verbs") or _body_left(ctx, site, m))
    ]
    site.method = _how(site, "withdrew-from")
    return PASS  # ("withdraw from it": the agreement last named, with no candidate left)


def _urged_act(ctx: Context, site: Site) -> bool:
    """The trigger is what someone was called on to do: a call verb, the actor called on, then "to" or «إلى» (or a
    glued «ب»: «طالبت إثيوبيا بالانسحاب من المذكرة») right before it."""
    k = site.i - (ctx.texts[site.i - 1] in ctx.lex.w("stop_leads")) if site.i > 0 else 0
    glued = ctx.lang == "ar" and k == site.i and ctx.texts[k][:1] == "ب"
    if not (k < site.i or glued):
        return False
    called = next((m for m in site.before if m.te == k and actor(m)), None)
    if called is None or called.np_start == 0:
        return False
    calls = ctx.lex.w("call_verbs")
    return any(
        not calls.isdisjoint(ctx.toks[x].forms) for x in range(max(site.sent.ts, called.np_start - 4), called.np_start)
    )


def _body_left(ctx: Context, site: Site, m: Ment) -> bool:
    """ "left ECOWAS in January", "leaving the AU with immediate effect": a body whose phrase ends with it ("left
    the AU summit", "left the deal intact" leave no body or agreement)."""
    k = m.te
    ends = ctx.lex.any_of("elided_object_ends", "left_body_ends")
    return m.kind == "organization" and (k >= site.sent.te or not ctx.toks[k].is_word or ctx.texts[k] in ends)


def _left_edge(ctx: Context, m: Ment) -> int:
    """Where the phrase naming m starts, past a place that names it ("the Algiers accord", whose mention is the
    noun alone) and a year before it ("the 2022 Black Sea Grain Initiative")."""
    k = next((x.np_start for x in ctx.ments.ending(m.np_start) if x.kind == "place"), m.np_start)
    while k > 1 and len(ctx.texts[k - 1]) == 4 and ctx.texts[k - 1].isdigit():
        k -= 1  # (then "the" before it, as before any name: "withdrew from the …")
    return k


@construction("captured-from", "target", rtypes=("fights",))
def captured_from(ctx: Context, site: Site, emit) -> Outcome:
    """«استعاد الجيش السوري مدينة خان شيخون من هيئة تحرير الشام»: a retaking verb (`capture_verbs`) fights only
    the side it takes the place from («من»); «استعادت سوريا مقعدها في الجامعة» fights no one."""
    if site.rtype != "fights" or site.trig.phrase.words[0] not in ctx.lex.w("capture_verbs"):
        return PASS
    site.cands = [m for m in site.cands if _introduced(ctx, m, ctx.lex.w("agent_prepositions"))]
    site.method = _how(site, "captured-from")
    return PASS if site.cands else DONE


@construction("struck-ground", "target", rtypes=("fights",), needs="struck_ground_nouns")
def struck_ground(ctx: Context, site: Site, emit) -> Outcome:
    """ "Ukrainian drones attacked an oil refinery in Russia's Krasnodar region", "Russian missiles struck a power
    plant in western Ukraine": the ground hit (`struck_ground_nouns`, no side named on it) is the state's that
    holds it, so the state is who is fought ("hit PKK targets in northern Iraq" fights the PKK, not Iraq)."""
    owner = ground_owner(ctx, site.start_after, site.sent.te)
    if owner is not None:
        site.cands = [owner, *(m for m in site.cands if m is not owner)]
        site.method = _how(site, "struck-ground")
    return PASS


@construction("welcome-agreement", "target", trigger_words="welcome_verbs")
def welcome_agreement(ctx: Context, site: Site, emit) -> Outcome:
    """ "Egypt welcomed the deal", «ورحّب الاتحاد الأفريقي بالإعلان», «رحّب به نظيره»: welcoming an agreement
    backs it; a statement about it only when words describe it after ("calling it a step", «معتبراً إياه»: the
    describing verb's own statement), as the conventions have it (welcoming a person is a meeting or a
    statement, left to the other constructions)."""
    if not any(f in ctx.lex.w("welcome_verbs") for f in ctx.toks[site.i].forms):
        return PASS
    toks, k, pron = ctx.toks, _past_statement_aside(ctx, site, site.start_after), ctx.lex.w("welcomed_pronouns")
    if k < site.sent.te and toks[k].text == "the":
        k += 1
    past = _past_event_noun(ctx, site, k)  # "welcomed the signing of the accord", «رحّب بتوقيع الاتفاق»
    agr = next((m for m in ctx.ments.starting(_past_owners(ctx, k, site.sent.te)) if m.kind == "agreement"), None)
    agr = agr if agr is not None and not agr.in_np else None
    if agr is None and past > k:  # (a place may name the agreement: "the signing of the Algiers accord")
        agr = next((m for m in site.after if m.kind == "agreement" and past <= m.ts <= past + 2 and not m.in_np), None)
    w = int(_cx(ctx, "welcome-agreement", "window", 80))
    if agr is None and past > k and (past >= site.sent.te or not ctx.toks[past].is_word):
        agr = last_agreement(ctx, site.i, w)  # "France welcomed the signing.": of the agreement last named
    if agr is None and any(x < site.sent.te and toks[x].text in pron for x in (site.j, site.start_after)):
        agr = last_agreement(ctx, site.i, w)  # "welcomed it", «رحّب به»: the agreement last named
    if agr is None and _proxy(ctx, site, k):
        agr = last_agreement(ctx, site.i, w)  # "welcomed the outcome of the talks", «رحّب بالإعلان»: the same
    if agr is None:
        agr = _announced_agreement(ctx, site, k)
    if agr is None:
        return PASS
    _each_source(ctx, site, emit, agr, "supports", "welcome-agreement")
    if _went_on_saying(ctx, site):
        _each_source(ctx, site, emit, agr, "states", "welcome-agreement")
    return DONE


def _announced_agreement(ctx: Context, site: Site, k: int) -> Ment | None:
    """ "welcomed Thursday's joint statement of India and Pakistan to observe the ceasefire", «رحّبت السعودية ببيان
    الحكومة السورية بشأن اتفاقها … على وقف إطلاق النار», «ترحيبه بإعلان الرئيس التوصل إلى اتفاق»: a statement or
    announcement (`announcement_nouns`, within three words) whose words name an agreement is welcomed for that
    agreement, which is backed; not when a hostile word comes between ("the announcement of its withdrawal from
    the deal")."""
    te, nouns = site.sent.te, ctx.lex.w("announcement_nouns")
    t = next((x for x in range(k, min(te, k + 4)) if not nouns.isdisjoint(ctx.toks[x].forms)), -1)
    if t < 0:
        return None
    window = int(_cx(ctx, "welcome-agreement", "announced_window", 16))
    agr = next((m for m in site.after if m.kind == "agreement" and t < m.ts <= t + window and not m.in_np), None)
    if agr is None:
        return None
    hostile = any(f.rtype in ("opposes", "fights") and t < f.i < agr.ts for f in site.found)
    breaks = any(ctx.texts[x] in (".", ";", "؛") for x in range(t, agr.ts))
    return None if hostile or breaks else agr


def _past_owners(ctx: Context, k: int, te: int) -> int:
    """Past the names that own or back what is welcomed, before its noun ("the UN resolution", "the Saudi-US
    initiative", "the African Union peace plan", "the AU-brokered deal"): welcoming it is no meeting with them.
    k itself when an agreement starts there, or no name does."""
    if any(m.kind == "agreement" for m in ctx.ments.starting(k)):
        return k
    start, links = k, ctx.lex.any_of("and", "compound_participles")
    while k < te and k - start < 5:
        owner = next((m for m in ctx.ments.starting(k) if m.kind in ACTOR_KINDS), None)
        if owner is not None:
            k = owner.te
        elif ctx.texts[k] == "-" or ctx.texts[k] in links:
            k += 1
        else:
            break
    return k


def _went_on_saying(ctx: Context, site: Site) -> bool:
    """ "X welcomed the vote, saying it sent a strong message", «رحّب بالقرار، وأكد في تصريحات أن …»: the one who
    welcomed goes on to speak of what he welcomed (a speech verb, `welcome_speech_links`, right after the comma
    or "and" that closes the welcomed object, with no subject of its own: «، وقال وزير الخارجية …» is someone
    else)."""
    te, texts, links, ands = site.sent.te, ctx.texts, ctx.lex.w("welcome_speech_links"), ctx.lex.w("and")
    stops = (",", "،", *ands)  # (an Arabic «وأكد» carries its «و»: the link itself stops the search)
    end = min(te - 1, site.j + 10)
    k = next((x for x in range(site.j, end) if texts[x] in stops or not links.isdisjoint(ctx.toks[x].forms)), te)
    k += k < te and texts[k] in (",", "،")
    k += k + 1 < te and texts[k] in ands  # ", and said", "and said"
    if k >= te - 1 or links.isdisjoint(ctx.toks[k].forms):
        return False
    own = any(actor(m) for m in ctx.ments.starting(k + 1)) or ctx.lex.titles.match_at(ctx.toks, k + 1)
    return not own


def _past_statement_aside(ctx: Context, site: Site, k: int) -> int:
    """«ورحّبت السعودية والولايات المتحدة، في بيان مشترك، بتوقيع الإعلان», "Egypt welcomed, in a statement, the
    deal": a short aside between commas that names no one (where or how it was said) stands between the verb and
    its object; the object starts after it (`aside_window` of welcome-agreement), else at k; so does an adverb of
    manner (`manner_adverbs`)."""
    commas, te = (",", "،"), site.sent.te
    while k < te and ctx.texts[k] in ctx.lex.w("manner_adverbs"):
        k += 1  # «رحبت روسيا بحذر بالإعلان», "welcomed warmly the deal": how it was said
    if k >= te or ctx.texts[k] not in commas:
        return k
    end = min(te, k + 1 + int(_cx(ctx, "welcome-agreement", "aside_window", 6)))
    close = next((x for x in range(k + 1, end) if ctx.texts[x] in commas), None)
    if close is None or close == k + 1 or any(actor(m) for m in site.view.starting_within(k + 1, close)):
        return k
    return close + 1


def _proxy(ctx: Context, site: Site, k: int) -> bool:
    """A noun standing for the agreement just reached ("the outcome", "the announcement", «بالإعلان»), ending its
    clause or followed only by what it came of ("of the summit"): no name of its own after it."""
    if k >= site.sent.te or ctx.texts[k] not in ctx.lex.w("agreement_proxies"):
        return False
    nxt = k + 1
    if nxt < site.sent.te and ctx.texts[nxt] in ctx.lex.w("event_links"):
        return not any((m.kind in _PRAISED or m.kind == "agreement") for m in ctx.ments.starting(nxt + 1))
    return nxt >= site.sent.te or not ctx.toks[nxt].is_word or ctx.texts[nxt] in ctx.lex.w("and")


def _past_event_noun(ctx: Context, site: Site, k: int) -> int:
    """The token after an agreement-event noun that starts at k and its linking word ("the signing of the",
    «بالتوصل إلى», «بتوقيع»), else k."""
    ev = next((f for f in site.found[site.n_trig + 1 :] if f.i == k and f.rtype == "agrees_with"), None)
    if ev is None:
        return k
    k = ev.j
    while k < site.sent.te and k - ev.j < 2 and ctx.texts[k] in ctx.lex.w("event_links"):
        k += 1
    return k


def _word_before(ctx: Context, m: Ment) -> int:
    """The token before a name's phrase, past an English "the" ("the attacks on the Houthis", "in the Gulf");
    -1 at the text's start."""
    k = m.np_start - 1
    return k - (k >= 0 and ctx.texts[k] == "the")


def _attacked(ctx: Context, m: Ment, start: int) -> bool:
    """ "condemned the attacks on Lebanon", «أدانت الغارات على لبنان»: who is attacked is not who is condemned;
    "backed the operation against the SDF": nor who is backed."""
    k, preps = _word_before(ctx, m), ctx.lex.w("attack_prepositions")
    for _ in range(5):  # past the name's modifiers: "against the Kurdish-led SDF"
        if k <= start or not preps.isdisjoint(ctx.toks[k].forms) or not ctx.toks[k].is_word and ctx.texts[k] != "-":
            break
        if ctx.texts[k] in ctx.lex.any_of("object_prepositions", "agent_prepositions"):
            return False  # "the strikes on civilians by Israel": Israel strikes
        k -= 1
    if k <= start or preps.isdisjoint(ctx.toks[k].forms):
        return False
    attacks = ctx.lex.w("attack_nouns")
    return any(not attacks.isdisjoint(ctx.toks[x].forms) for x in range(max(start, k - 3), k))


def _backer_of_object(ctx: Context, m: Ment, start: int) -> bool:
    """ "struck militias loyal to Iran", «ضربات ضد فصائل موالية لإيران»: the backer named after the object's
    noun ("loyal to", «موالية لـ», «المدعومة من») is not what is struck or opposed."""
    return m.np_start - 2 >= start and after_agent_words(ctx, m.np_start)


def _whose_value(ctx: Context, m: Ment) -> bool:
    """ "a violation of Yemen's sovereignty", "threatens the territorial integrity of Iraq", «تهدد وحدة السودان»:
    the owner of a sovereignty, unity or integrity is what a stance defends, never whom it opposes or fights;
    so is the victim of a harm ("rejects any displacement of Palestinians", «ترفض تهجير الفلسطينيين»)."""
    values, harms, toks = ctx.lex.w("protected_values"), ctx.lex.w("harm_nouns"), ctx.toks
    if m.kind == "agreement":
        return _breached(ctx, m)
    if ctx.lang == "ar":
        k = m.np_start - 1  # «وحدة السودان», «لسيادة لبنان»: the noun in construct right before the name
        if k >= 0 and m.role == "demonym" and not harms.isdisjoint(toks[k].forms):
            return True  # «تهجير الفلسطينيين»: the people harmed («قتل إسرائيل للمدنيين»: Israel does it)
        return k >= 0 and not values.isdisjoint(toks[k].forms)
    if m.possessive:  # "Yemen's sovereignty" ("Israel's killing of civilians": Israel kills)
        return m.te + 1 < len(toks) and toks[m.te + 1].text in values
    k = _word_before(ctx, m)  # "the sovereignty of Lebanon", "the displacement of Palestinians"
    return k >= 1 and ctx.texts[k] == "of" and (ctx.texts[k - 1] in values or ctx.texts[k - 1] in harms)


def _message_addressee(ctx: Context, m: Ment) -> bool:
    """ "rejected, in a letter to the Security Council, the accusations", «رفضت الإمارات في رسالة إلى مجلس الأمن
    الاتهامات»: whom a letter or statement is addressed to is not what the verb opposes or backs."""
    k = _word_before(ctx, m) if ctx.lang != "ar" else m.np_start - 1
    if k < 1 or ctx.lex.w("addressee_prepositions").isdisjoint(ctx.toks[k].forms):
        return False
    return not ctx.lex.w("message_nouns").isdisjoint(ctx.toks[k - 1].forms)


def _name_adjective(ctx: Context, m: Ment) -> bool:
    """«حركة الجهاد الإسلامي الفلسطينية», «حزب الله اللبناني»: an Arabic demonym right after the name of a group
    or body is that name's adjective (whose group it is), not the verb's object."""
    if ctx.lang != "ar" or m.role != "demonym" or m.kind != "state":
        return False
    return any(n.kind in ("armed_group", "organization") for n in ctx.ments.ending(m.ts))


def _breached(ctx: Context, m: Ment) -> bool:
    """ "condemned violations of the ceasefire", «أدانت خروقات الهدنة»: an agreement whose breach is condemned
    is not what is opposed (its breaker is, when named)."""
    breaches = ctx.lex.w("breach_nouns")
    if ctx.lang == "ar":
        k = m.np_start - 1  # («خرق اتفاق وقف إطلاق النار»: the noun in construct right before the agreement)
        return k >= 0 and not breaches.isdisjoint(ctx.toks[k].forms)
    k = _word_before(ctx, m)
    return k >= 1 and ctx.texts[k] == "of" and ctx.texts[k - 1] in breaches


def _held_by(ctx: Context, m: Ment) -> bool:
    """ "shelled Ukraine-held areas", "RSF-controlled towns": whose ground is hit is who is fought."""
    k = m.te
    return k + 1 < len(ctx.toks) and ctx.toks[k].text == "-" and ctx.toks[k + 1].text in ctx.lex.w("held_participles")


def _titled_body(ctx: Context, m: Ment) -> bool:
    """ "killed Hamas leader Ismail Haniyeh", «اغتالت إسرائيل رئيس المكتب السياسي لحركة حماس»: the body a killed
    person's title names is who is fought (a person is no side)."""
    if m.kind not in ("armed_group", "organization"):
        return False
    return any(t.person is not None and any(o is m for o in t.of) for t in ctx.titles)


def _object_despite_place(ctx: Context, rtype: str, m: Ment, at: int) -> bool:
    """A name after "at" that is the object: right after a trigger ending in the preposition ("lashed out at
    Sweden"), or what is fired at ("fired rockets at Israel")."""
    return (
        m.np_start <= at
        or (rtype == "fights" and _aimed_at(ctx, m))
        or _people_in(ctx, m)
        or (rtype == "states" and _topic_place(ctx, m))
    )


def _topic_demonym(ctx: Context, m: Ment) -> bool:
    """ "said there was no military solution to the Libyan crisis", «الأزمة السورية»: a demonym on the matter a
    statement weighs names what it is about (on "Syrian refugees" or «الوضع السوري»'s kin it stays a modifier)."""
    if m.role != "demonym" or m.kind != "state":
        return False
    k = m.ts - 1 if ctx.lang == "ar" else m.te
    return 0 <= k < len(ctx.toks) and not ctx.lex.w("topic_place_nouns").isdisjoint(ctx.toks[k].forms)


def _acting_demonym(ctx: Context, m: Ment) -> bool:
    """ "said Israeli strikes had killed 40 people", «إن الغارات الإسرائيلية قتلت …»: a demonym on a noun of armed
    action, forces or weapons (`attack_nouns`, `troop_nouns`, `weapon_nouns`; one adjective may stand between:
    «العمليات العسكرية التركية») names the state that acts, which a statement is about (on "Syrian refugees" or
    «الوضع السوري» it stays a modifier)."""
    if m.role != "demonym" or m.kind != "state":
        return False
    nouns = ctx.lex.any_of("attack_nouns", "troop_nouns", "weapon_nouns")
    return _demonym_on(ctx, m, nouns)


def _spoken_demonym(ctx: Context, m: Ment) -> bool:
    """A demonym a statement may be about: on the matter it weighs, an armed act or a state's decision."""
    return _topic_demonym(ctx, m) or _acting_demonym(ctx, m) or _deciding_demonym(ctx, m)


def _stacked_on(ctx: Context, m: Ment) -> Ment | None:
    """«على الحدود العراقية السورية», «المحادثات الأمريكية الإيرانية»: the adjective demonym right before a second
    one, which qualifies the same noun (a statement is about both or neither, as the first decides)."""
    if ctx.lang != "ar" or m.role != "demonym":
        return None
    return next((x for x in ctx.ments.ending(m.ts) if x.role == "demonym" and x.topic), None)


def _only_deciding(ctx: Context, m: Ment) -> bool:
    """A demonym a statement may be about only for the decision or stance it qualifies (_deciding_demonym)."""
    return m.topic and _deciding_demonym(ctx, m) and not (_topic_demonym(ctx, m) or _acting_demonym(ctx, m))


def _demonym_on(ctx: Context, m: Ment, nouns: frozenset[str]) -> bool:
    """A demonym right on one of `nouns` or one adjective past it (Arabic: the noun before, English: after)."""
    ks = (m.ts - 1, m.ts - 2) if ctx.lang == "ar" else (m.te, m.te + 1)
    return any(0 <= k < len(ctx.toks) and not nouns.isdisjoint(ctx.toks[k].forms) for k in ks)


def _deciding_demonym(ctx: Context, m: Ment) -> bool:
    """ "said the French decision would not serve peace", «إن الخطوة الفرنسية لا تخدم السلام», «الرد الإسرائيلي»: a
    demonym on a state's decision, step, stance or reply (`state_act_nouns`; one adjective may stand between) names
    the state whose act the statement weighs (on "Syrian refugees" or «الوضع السوري» it stays a modifier)."""
    if m.role != "demonym" or m.kind != "state":
        return False
    return _demonym_on(ctx, m, ctx.lex.w("state_act_nouns"))


_STANCE_FIGHT = ("supports", "opposes", "fights")


def _matter_demonym(ctx: Context, m: Ment) -> bool:
    """ "backs efforts to resolve the Syrian crisis", «تدعم حل الأزمة الليبية»: a demonym on a matter
    (`matter_nouns`; English: one adjective may stand between) names what it is about, never whom one backs,
    opposes or fights ("condemned the Israeli strikes" keeps Israel: a strike is an act)."""
    if m.role != "demonym" or m.kind != "state":
        return False
    nouns, toks = ctx.lex.w("matter_nouns"), ctx.toks
    ks = (m.ts - 1,) if ctx.lang == "ar" else (m.te, m.te + 1)
    return any(0 <= k < len(toks) and not nouns.isdisjoint(toks[k].forms) for k in ks)


def _in_text_topic(ctx: Context, start: int, m: Ment) -> bool:
    """ "objected to wording on the status of Abkhazia", "rejected language about the role of Russia", «اعترض على
    صياغة تتعلق بوضع أبخازيا»: a passage of a text (`text_nouns`) and then what it is about (`text_topic_words`)
    between the verb and the name: the passage is the object, the name only its topic."""
    nouns, topic = ctx.lex.w("text_nouns"), ctx.lex.w("text_topic_words")
    k = next((k for k in range(start, m.np_start) if not nouns.isdisjoint(ctx.toks[k].forms)), -1)
    return k >= 0 and any(not topic.isdisjoint(ctx.toks[x].forms) for x in range(k + 1, min(m.np_start, k + 3)))


def _topic_place(ctx: Context, m: Ment) -> bool:
    """ "said a political solution in Libya was within reach", «إن الوضع الإنساني في اليمن …»: a country named
    with "in" after the matter a statement weighs (a solution, the war, the situation) is what it is about,
    not where it was made. Only a country by its name: "the meeting in Moscow" is no statement on Russia."""
    if m.kind != "state" or m.role == "capital":
        return False
    k = _word_before(ctx, m)
    if k < 1 or ctx.texts[k] not in ctx.lex.w("location_words"):
        return False
    nouns = ctx.lex.w("topic_place_nouns")  # (one adjective may stand between: «الحل السياسي في …»)
    return ctx.texts[k - 1] in nouns or (k >= 2 and ctx.texts[k - 2] in nouns)


def _people_in(ctx: Context, m: Ment) -> bool:
    """«عقوبات على قادة في قوات الدعم السريع», "sanctions on commanders in the RSF": the people of a body are
    named with "in"; the body is the object, not a place."""
    k = _word_before(ctx, m)
    return k >= 1 and ctx.texts[k] in ctx.lex.w("location_words") and ctx.texts[k - 1] in ctx.lex.w("people_nouns")


def _aimed_at(ctx: Context, m: Ment) -> bool:
    """ "fired rockets at Israel": "at" after a weapon is the target, not the place."""
    k = m.np_start - 1
    return k >= 1 and ctx.toks[k].text in ctx.lex.w("aimed_prepositions") and ctx.toks[k - 1].is_word


def _where(ctx: Context, m: Ment) -> bool:
    """ "killed three in northern Iraq": where the fighting is, not who is fought."""
    k = m.np_start - 1
    if k >= 0 and ctx.toks[k].text in ctx.lex.w("direction_words"):
        k -= 1
    at = ctx.toks[k].text if k >= 0 else ""  # ("killed a commander in Hezbollah": the people of a body, `_people_in`)
    return at in ctx.lex.w("location_words") and at not in ctx.lex.w("aimed_prepositions") and not _people_in(ctx, m)


def _spoken_of(ctx: Context) -> frozenset[str]:
    """Kinds a statement is about when it names no agreement (the lexicon's `spoken_of_kinds`)."""
    return ctx.lex.w("spoken_of_kinds") or frozenset(("armed_group", "state"))


def _clause_subject(ctx: Context, m: Ment) -> bool:
    """A body of a kind a statement is about only as the subject of what is said (`clause_subject_kinds`): right
    after the 'that' («إن») that opens it («قال إن مجلس النواب يتحمل …», «أكد أن الجيش اللبناني سينتشر …»)."""
    k = m.np_start - 1
    return m.kind in ctx.lex.w("clause_subject_kinds") and k >= 0 and ctx.texts[k] in ctx.lex.complementizers


def _spoken_of_first(ctx: Context, site: Site, others: list[Ment]) -> list[Ment]:
    """The state or group a statement is about: the first named, but past the speaker's own state (or the group he
    leads, the one his title names) when another
    follows it in its clause ("Lavrov said Russia had no wish to send troops into Ukraine": about Ukraine);
    both when the other is in a clause after («أكد أن العراق يعاني شحاً في المياه، مطالباً تركيا …»)."""
    if len(others) > 1 and others[0].kind not in _spoken_of(ctx) and others[1].kind in _spoken_of(ctx):
        return others[:2] if _same_clause(ctx, others[0], others[1]) else others[:1]  # «إن الجيش السوري سيواصل …
    if len(others) < 2 or others[0].kind not in _SPEECH_TOPICS or len(site.src) != 1:  # ضد داعش»: the body and whom
        return others[:1]  # it acts on; («قال زعيم الحوثيين إن الجماعة ستواصل هجماتها على إسرائيل»: past his group too)
    sp = site.src[0]
    own = sp.kind == "person" and any(r.of == others[0].entity for r in ctx.kb.roles_of(sp.entity, ctx.on))
    if not (own or _own_body(ctx, site.src, others[0])):
        return others[:1]
    return others[1:2] if _same_clause(ctx, others[0], others[1]) else others[:2]


def _same_clause(ctx: Context, a: Ment, b: Ment) -> bool:
    """No comma or semicolon between the two names."""
    return all(ctx.texts[k] not in (",", "،", ";", "؛") for k in range(a.te, b.ts))


def _agreement_topics(
    ctx: Context, site: Site, agreements: list[Ment], quoted_first: bool, span: tuple[int, int], own: set[str | None]
) -> list[Ment]:
    """The agreement a statement names, and beside it a state or group said to keep or break it ("said the
    deal cut off Iran's paths": the deal; "said Moscow would honour the deal": the deal and Moscow)."""
    if not agreements or quoted_first:
        return agreements[:1]
    spoken = [m for m in site.cands if span[0] <= m.ts < span[1] and m.role != "coref"]
    return [agreements[0], *_beside_agreement(ctx, spoken, own)]


def _beside_agreement(ctx: Context, others: list[Ment], own: set[str | None]) -> list[Ment]:
    """A statement about an agreement is about a state or group it names too ("Obama said the deal cut off Iran's
    paths", «قال إن الاتفاق لن يعني شيئاً إذا لم تلتزم الحركة»), not the speaker's own, not one the agreement's
    name or its parties hold ("an agreement on a framework for Syria's weapons", "signed a deal with Russia")."""
    left = [m for m in others if m.kind in _SPEECH_TOPICS and m.entity not in own and _keeps_or_breaks(ctx, m)]
    return left[:1] or [m for m in others if m.kind in _SPEECH_TOPICS and m.entity not in own and _acted_on(ctx, m)][:1]


def _acted_on(ctx: Context, m: Ment) -> bool:
    """The state or group is the object of the verb whose subject is an agreement: "said the deal cut off Iran's
    paths to a bomb", "said the agreement would make Israel safer", «قال إن الاتفاق يحفظ سيادة العراق»: the agreement,
    then up to two words of `predicate_skips` ("would", «لن»), a verb (English: a lower-case word not in
    `predicate_stops`; Arabic: an imperfect verb, `imperfect_prefixes`) and the name a few words on, no comma."""
    agr = next((a for a in ctx.ments.ending_within(max(0, m.np_start - 8), m.np_start) if a.kind == "agreement"), None)
    if agr is None:
        return False
    k, skips = agr.te, ctx.lex.w("predicate_skips")
    while k < m.np_start and k - agr.te < 2 and ctx.texts[k] in skips:
        k += 1
    if k >= m.np_start or ctx.covered[k] or not ctx.toks[k].is_word or m.np_start - k > 4:
        return False
    if not {",", "،"}.isdisjoint(ctx.texts[agr.te : m.np_start]):
        return False
    if not ctx.lex.w("embedded_clause_words").isdisjoint(ctx.texts[k + 1 : m.np_start]):
        return False  # "set out how Russia must comply": the name is in a clause of its own
    word = ctx.texts[k]
    if ctx.lang == "ar":
        return word.startswith(tuple(ctx.lex.w("imperfect_prefixes")))
    return word.isalpha() and word.islower() and word not in ctx.lex.w("predicate_stops")


def _keeps_or_breaks(ctx: Context, m: Ment) -> bool:
    """The state or group is the subject of a verb of keeping or breaking an agreement (`keeping_verbs`):
    "Moscow would honour the deal", «إذا أخلّ حزب الله بالاتفاق», «أن تركيا خالفت الاتفاقية»."""
    words, toks = ctx.lex.w("keeping_verbs"), ctx.toks
    if ctx.lang == "ar":
        near = (m.np_start - 1, m.te, m.te + 1)  # «أخلّ حزب الله», «تركيا خالفت», «إسرائيل لن تلتزم»
        verbs = [k for k in near if 0 <= k < len(toks) and not words.isdisjoint(toks[k].forms)]
    else:
        verbs = [k for k in range(m.te, min(m.te + 4, len(toks))) if ctx.texts[k] in words]  # "would not honour"
    if not verbs:
        return False
    start = max(verbs[0] + 1, m.te)  # what it keeps: an agreement or its terms, right after ("how Syria must
    terms = tuple(ctx.lex.w("obligation_nouns"))  # comply." keeps nothing named)
    for k in range(start, min(start + 4, len(toks))):
        if any(x.kind == "agreement" for x in ctx.ments.starting(k)) or any(f.startswith(terms) for f in toks[k].forms):
            return True
    return False


def _praised_pronoun(ctx: Context, site: Site) -> list[Ment]:
    """ "spoke with Morsi and thanked him": a person pronoun right after a praise verb is the last person named
    before it (none when that is the one who speaks: "him" is someone else)."""
    j = site.start_after
    if j >= site.sent.te or ctx.texts[j] not in ctx.lex.w("person_pronouns"):
        return []
    before = [m for m in site.ments if m.te <= site.i and m.kind == "person"]
    return before[-1:] if before and before[-1].entity not in {m.entity for m in site.src} else []


def _speakers_own(ctx: Context, site: Site) -> set[str]:
    """The speakers, the states and bodies their roles are in and the states of the bodies that speak."""
    own = {s.entity for s in site.src} | {str(r.of) for s in site.src for r in ctx.kb.roles_of(s.entity, ctx.on)}
    return own | {str(e.record.get("state")) for s in site.src if (e := ctx.kb.get(s.entity)) is not None}


def _past_medium(ctx: Context, site: Site, own: set[str]) -> int:
    """Where the verb's object starts: after its subject, the speakers' own state or body (`own`, _speakers_own)
    and a medium of the words right after it («أشادت الوزارة في بيان بجهود …», "praised in a statement the efforts
    of …": `medium_prepositions`, `statement_nouns`)."""
    j, te = site.start_after, site.sent.te
    if ctx.lang == "ar" and j + 2 < te and ctx.texts[j].startswith("وال") and ctx.texts[j + 1].startswith("ال"):
        j += 2  # («وزارة الخارجية والتعاون الدولي»: the second portfolio of the ministry that speaks)
    j = next((m.te for m in ctx.ments.starting(j) if m.entity in own), j)  # («… بدولة قطر في بيان»: its own state)
    if j + 1 >= te or ctx.texts[j] not in ctx.lex.w("medium_prepositions"):
        return j
    k = j + 1 + (ctx.texts[j + 1] in ctx.lex.w("articles") and j + 2 < te)
    return k + 1 if ctx.texts[k] in ctx.lex.w("statement_nouns") else j


def _efforts_of(ctx: Context, lo: int, m: Ment) -> bool:
    """«أثنى على الجهود التي قامت بها مصر», «ثمنت الدور الذي أدته قطر»: the praised one is the subject of a relative
    clause on the praised noun, within six words of the verb's object (from token lo) and no comma between."""
    span = ctx.texts[lo : m.np_start]
    return 0 < len(span) <= 6 and not ctx.lex.w("relative_pronouns").isdisjoint(span) and all(
        t.is_word for t in ctx.toks[lo : m.np_start]
    )


def _praised_with_bi(ctx: Context, site: Site, m: Ment) -> bool:
    """The praised one after an adverbial: its phrase opens with the verb's preposition «بـ», within a window."""
    k = m.np_start
    return k - site.start_after <= 12 and ctx.toks[k].text[:1] == "ب" and len(ctx.toks[k].forms) > 1


def _goes_on(ctx: Context, site: Site) -> bool:
    """«قال X إن … . وأضاف أن …»: a verb of going on after a statement of the same speaker (in its sentence or
    the one before); «وتابع: "أكدت …"»: a statement verb in the quotation the speaker of its sentence opened."""
    spoke = {m.entity for m in site.state.speakers or site.state.last_speakers}
    forms = ctx.toks[site.i].forms
    go_on = not ctx.lex.w("continuation_verbs").isdisjoint(forms)
    before = all(m.ts < site.sent.ts for m in site.src)  # (the speaker carried from the sentence before)
    here = {m.entity for m in (*site.state.speakers, *_opening_verb_subjects(site)) if m.ts >= site.sent.ts}
    if site.src and not before and all(m.entity in here for m in site.src):
        return True  # «وأعلن الجبير بدء العملية، وقال إن …»: the speaker of a verb before in the same sentence
    go_on = go_on or (before and not ctx.lex.w("restating_verbs").isdisjoint(forms))
    quoted = bool(site.state.speakers) and not {'"', "“", "«", ":"}.isdisjoint(ctx.texts[site.sent.ts : site.i])
    opener, src = site.state.opener, site.src
    if not (go_on or site.state.last_speakers) and len(src) == 1 and src[0].kind == "person" and opener is not None:
        return src[0].entity == opener.entity  # «وصل X إلى … . وقال إن …»: a new statement of the one who opened
    return (go_on or quoted) and bool(spoke) and all(m.entity in spoke for m in site.src)  # the sentence before


def _opening_verb_subjects(site: Site) -> list[Ment]:
    """«وانتقد الرئيس الأفغاني أشرف غني الاتفاق، وقال إن …»: the subject after the verb that opens the sentence (a
    main clause, its subject after it) goes on as the subject Arabic drops in the clauses after it. Not a verb
    after its subject («وكان مسؤولون أمريكيون، رفضوا الكشف عن اسمهم، أكدوا …»: an aside's verb)."""
    first = next((f for f in site.found[: site.n_trig] if not f.phrase.nominal), None)
    subjects = site.state.first_subjects
    if first is None or not subjects or first.i - site.sent.ts > 3 or any(m.ts < first.i for m in subjects):
        return []
    return subjects


def _past_speaker_side(ctx: Context, site: Site, others: list[Ment]) -> list[Ment]:
    """ "Abdelatty said Egypt, Qatar and the United States would keep pressing Israel": a list that holds the
    speaker's own state is his side; the statement is about what comes after it."""
    if len(others) < 2 or len(site.src) != 1:
        return others
    side = group_with(ctx, site.ments, others[0])
    if len(side) < 2:
        return others
    sp = site.src[0]
    own = {r.of for r in ctx.kb.roles_of(sp.entity, ctx.on)} | {x.entity for x in _titled_of(ctx, sp)}
    if sp.kind == "organization" and sp.entity in ctx.kb.entities:  # "The White House said U.S. and British
        own.add(ctx.kb.entities[sp.entity].record.get("state"))  # strikes hit Houthi sites": a body's own state
    if own.isdisjoint(m.entity for m in side):
        return others
    rest = [m for m in others if m not in side]
    return rest or others


def _titled_of(ctx: Context, person: Ment) -> list[Ment]:
    """What the titles of the person's entity name, in order (a table per document, as _titled)."""
    table = ctx.memo.get("titled-of")
    if table is None:
        table = ctx.memo["titled-of"] = {}
        for t in ctx.titles:
            if t.person is not None:
                table.setdefault(t.person.entity, []).extend(t.of)  # type: ignore[union-attr]
    return table.get(person.entity, [])  # type: ignore[union-attr]


def _addressee(ctx: Context, site: Site, m: Ment) -> bool:
    """ "told the Security Council that …", "briefed Egypt that …": the one told, right after the verb."""
    if ctx.toks[site.i].text not in ctx.lex.w("tell_verbs") or m.np_start - site.start_after > 1:
        return False
    return m.te < site.sent.te and ctx.toks[m.te].text in ctx.lex.complementizers


def _venue(ctx: Context, m: Ment) -> bool:
    """English: a body named as where a statement was made ("from the White House", "at the Pentagon") or as the
    modifier of a noun after an indefinite article ("told a Pentagon briefing") is not what it is about."""
    if ctx.lang == "ar" or m.kind != "organization" or m.np_start < 1:
        return False
    k = _word_before(ctx, m)
    if k >= 0 and ctx.texts[k] in ctx.lex.w("venue_prepositions"):
        return True
    nxt = ctx.toks[m.te] if m.te < len(ctx.toks) else None
    return ctx.texts[m.np_start - 1] in ("a", "an") and nxt is not None and nxt.is_word and not ctx.covered[m.te]


def _own_body(ctx: Context, speakers: list[Ment], body: Ment) -> bool:
    """The body a speaker's title names ("Fatah official", "the UN envoy")."""
    ids = {m.entity for m in speakers}
    return any(t.person is not None and t.person.entity in ids and body.entity in {x.entity for x in t.of}
               for t in ctx.titles)  # fmt: skip


_SPEECH_TOPICS = ("state", "armed_group")


def _attributed(ctx: Context, site: Site) -> int:
    """«…، حسب ما أعلن العراق», «بحسب ما قالت الوزارة»: the verb after an attribution and «ما» follows what it
    reports; the attribution word's position, else -1."""
    i = site.i
    if i - 2 < site.sent.ts or ctx.texts[i - 1] not in ctx.lex.w("attribution_relatives"):
        return -1
    return i - 2 if ctx.texts[i - 2] in ctx.lex.w("attribution_heads") else -1


def _reports_a_clause(ctx: Context, site: Site, m: Ment) -> bool:
    """What comes before the speaker is a clause of its own, not the start of a list the speaker ends ("Turkey,
    the UK and Kenya said": no words of its own between the names)."""
    k = m.np_start - 1
    if k >= site.sent.ts and ctx.toks[k].text in ("«", "“", '"'):
        return True  # a quotation
    end = min((s.np_start for s in site.src if s.np_start >= m.te), default=site.i)  # (", he said": a pronoun's)
    light = ("and", "the", ",", "(", ")")
    return sum(1 for k in range(m.te, end) if not ctx.covered[k] and ctx.texts[k] not in light) >= 2


def _quoted_topic(ctx: Context, site: Site) -> list[Ment]:
    """The state or group the quotation (or the clause the speaker follows) opens with, not the speaker's own
    state: "Washington will keep backing Kyiv, Rubio said" is about Kyiv."""
    opening = [m for m in site.ments if m.kind in _SPEECH_TOPICS and m.te <= site.i and _opens_quote(ctx, site, m)]
    if not opening:
        return _after_we(ctx, site)
    if not _reports_a_clause(ctx, site, opening[0]):
        return []
    own = {r.of for s in site.src for r in ctx.kb.roles_of(s.entity, ctx.on)}
    own |= {x.entity for s in site.src for x in _titled_of(ctx, s)}
    if opening[0].entity not in own:
        return opening[:1]
    nxt = [m for m in site.ments if m.kind in _SPEECH_TOPICS and opening[0].te <= m.ts and m.te <= site.i]
    return [m for m in nxt if m.entity not in own and not m.in_np and m not in site.src][:1]


def _after_we(ctx: Context, site: Site) -> list[Ment]:
    """'"We will not negotiate with the RSF," Burhan said': a quotation that opens with the speaker's "we"
    (`first_person_pronouns`) is about the first state or group it names, not the speaker's own."""
    ts = site.sent.ts
    if ctx.lang == "ar" or ts + 1 >= site.i or ctx.toks[ts].text not in ('"', "“"):
        return []
    if ctx.texts[ts + 1] not in ctx.lex.w("first_person_pronouns"):
        return []
    close = next((k for k in range(ts + 2, site.i) if ctx.toks[k].text in ('"', "”")), -1)
    own = {r.of for s in site.src for r in ctx.kb.roles_of(s.entity, ctx.on)} | {s.entity for s in site.src}
    own |= {x.entity for s in site.src for x in _titled_of(ctx, s)}
    inside = [m for m in site.ments if ts < m.ts and m.te <= close and m.kind in _SPEECH_TOPICS]
    return [m for m in inside if m.entity not in own and not (m.in_np or m.topic) and m.role != "coref"][:1]


@construction("insisted-of", "target", rtypes=("states",), trigger_words="insist_verbs")
def insisted_of(ctx: Context, site: Site, emit) -> Outcome:
    """ "Baku insists that Armenia first remove …": insisting that another do something opposes it (_demanded_of);
    the statement itself is read on (reported-speech)."""
    if not site.src or site.j >= site.sent.te or ctx.texts[site.j] != "that":
        return PASS
    if ctx.lex.w("insist_verbs").isdisjoint(ctx.toks[site.i].forms):
        return PASS
    k = site.j + 1 + (site.j + 1 < site.sent.te and ctx.texts[site.j + 1] == "the")
    who = next((m for m in site.cands if m.np_start == k), None)
    if who is not None and actor(who) and _demanded_of(ctx, site, who):
        _each_source(ctx, site, emit, who, "opposes", "insisted-of")
    return PASS


@construction("reported-speech", "target", rtypes=("states",))
def reported_speech(ctx: Context, site: Site, emit) -> Outcome:
    """ "X said ...", «وأكد ...»: a statement is about the agreement it names, else a state or group named
    soon after; '"This agreement ...," Aoun said': the statement comes first."""
    if site.rtype != "states":
        return PASS
    if _voiced_stance(ctx, site):
        return DONE  # "expressed support for Morocco's move", «أعربت عن دعمها»: the stance says it all
    if (about := _relative_topic(ctx, site)) is not None:
        for s in site.src:
            emit(s, about, "states", site.conf, site.trig.text, _how(site, "reported-speech"))
        return DONE  # "the M23, who Kinshasa says are backed by Rwanda": what Kinshasa says is about the M23
    if _said_this(ctx, site):  # "…; the foreign minister stated this at a session of parliament": what was said
        for t in _said_this_topics(ctx, site):  # comes before, and the names after the verb are the occasion's
            for s in site.src:
                emit(s, t, "states", site.conf, site.trig.text, _how(site, "reported-speech"))
        return DONE
    _needed_to_stop(ctx, site, emit)  # «أكد ضرورة وقف التصعيد الإسرائيلي», "stressed the need to end …"
    _said_culprit(ctx, site, emit)  # "said the RSF was responsible for the attack"
    _described_as_wrong(ctx, site, emit)  # "described Israel's decision as a flagrant violation"
    j, w = _clause_start(ctx, site), _cx(ctx, "reported-speech", "window", 40)  # after the subject when it follows
    named = [m for m in site.cands if m.kind == "agreement" and not _invoked(ctx, site, m)]
    agreements, quoted, quoted_first = _said_agreements(ctx, site, named, j, w)
    cut = _next_clause_verb(ctx, site)  # «قال إن الجولة نجحت، واتهم طهران …»: the next verb's object is its own
    others, own = _not_the_speakers_side(ctx, site, _spoken_of_near(ctx, site, j, cut))
    if others and quoted_first and _contrasted(ctx, site):
        agreements = quoted = []  # «"…الاتفاق"، فيما قال X إن الجبهة …»: the quotation is another clause's
    targets = _agreement_topics(ctx, site, agreements, quoted_first, (j, cut), own)
    targets = targets or quoted or _spoken_of_first(ctx, site, others)
    if targets and not agreements and not quoted and len(targets) == 1:  # "warned that America and Britain will …":
        targets = [m for m in group_with(ctx, site.ments, targets[0]) if m in others]  # about both
    targets = targets or _far_agreement(ctx, site, named, j, w) or (_mid_quote(ctx, site) if quoted_first else [])
    targets = targets or _ceremony_agreement(ctx, site) or _participle_agreement(ctx, site) or _its_part(ctx, site, j)
    targets = targets or _each_other(ctx, site, j)  # (each speaker then speaks of the other: emit skips itself)
    _joint_declaration(ctx, site, targets, emit)
    if not ctx.lex.w("praise_verbs").isdisjoint(ctx.toks[site.i].forms):
        targets = _praised(ctx, site)
    if any(_only_indefinite(ctx, site, t) for t in targets):  # "wants talks with Tehran to reach a new agreement":
        kept = [t for t in targets if not _only_indefinite(ctx, site, t)] or _spoken_of_first(ctx, site, others)
        targets = kept or targets  # about Tehran ("said they supported a truce", naming nobody: the truce)
    how = _how(site, "reported-speech")
    for t in targets:
        for s in site.src:
            emit(s, t, "states", site.conf - 0.02 * max(0, t.ts - j - 5) / 5, site.trig.text, how)
    return DONE


def _only_indefinite(ctx: Context, site: Site, m: Ment) -> bool:
    """An agreement the knowledge base does not know, named only by a noun after "a" / "an" (`articles`, up to two
    words before it: "a new agreement", "a budget agreement"): one wished for or spoken of in general, no agreement
    a statement is about when it names a state or group. Not the verb's own object ("announced a ceasefire")."""
    if m.kind != "agreement" or ctx.kb.get(m.entity) is not None or 0 < m.ts - site.i <= 3:
        return False
    if ctx.lang == "ar":  # «التوصل إلى اتفاق نهائي», «تحقيق اتفاق مستقر»: no article in it nor on the word after it
        return all(_indefinite_ar(ctx, x) for x in ctx.ments.by_entity.get(m.entity, [m]))
    if not ctx.lex.w("articles"):
        return False
    for x in ctx.ments.by_entity.get(m.entity, [m]):
        before = ctx.texts[max(0, x.ts - 3) : x.ts]
        if ctx.lex.w("articles").isdisjoint(before) or not {"the", "'s", "its", "their"}.isdisjoint(before):
            return False
    return True


def _indefinite_ar(ctx: Context, x: Ment) -> bool:
    """An Arabic agreement noun with no article on any of its words (past a one-letter proclitic) and none on the
    word after it, which names nothing either («اتفاق جدة», «اتفاق الرياض» are definite by what they are of)."""
    words = [ctx.texts[k] for k in range(x.ts, min(x.te + 1, x.ts + 6)) if ctx.toks[k].is_word]
    if any(w.startswith("ال") or w[1:3] == "ال" or w.startswith("لل") for w in words):
        return False
    return not (x.te < len(ctx.toks) and ctx.ments.starting(x.te))


def _mid_quote(ctx: Context, site: Site) -> list[Ment]:
    """'"Our aim is to finish the talks with the ELN. We will not walk away," Cepeda said': a quotation before the
    verb that opens with no state or group (_quoted_topic) is about the first one it names further on by its name,
    past the speaker's own side, also when it opened a sentence or two before (within `quote_reach` tokens)."""
    after = site.start_after
    if not _quote_before(ctx, site) or after < site.sent.te and ctx.texts[after] in ctx.lex.complementizers:
        return []  # ('"…," he said, adding that …': what "adding" says follows it)
    close = next((k for k in range(site.i - 1, site.sent.ts - 1, -1) if ctx.texts[k] in ('"', "”", "»")), -1)
    lo = max(0, close - int(_cx(ctx, "reported-speech", "quote_reach", 0)))
    opening = next((k for k in range(close - 1, lo - 1, -1) if ctx.texts[k] in ('"', "“", "«")), -1)
    if close < 0 or opening < 0:
        return []
    own = {r.of for s in site.src for r in ctx.kb.roles_of(s.entity, ctx.on)} | {s.entity for s in site.src}
    own |= {x.entity for s in site.src for x in _titled_of(ctx, s)}
    inside = [
        m
        for m in ctx.ments
        if opening < m.ts and m.te <= close and m.kind in _SPEECH_TOPICS and m.entity not in own
        and m.role not in ("coref", "demonym") and not (m.topic or m.in_np or m.media)
        and not (m.located and not _topic_place(ctx, m))  # ('"… a step toward peace in Sudan," X said': Sudan)
    ]
    return inside[:1]


def _said_this(ctx: Context, site: Site) -> bool:
    """ "Mirzoyan stated this at a meeting of the council", "Kuleba said so on Monday": a word that points back
    (`said_this_words`) right after the verb, then the sentence's end or an occasion (not "said this week")."""
    j, te = site.j, site.sent.te
    if ctx.lang == "ar" or site.nominal or j >= te or ctx.texts[j] not in ctx.lex.w("said_this_words"):
        return False
    return j + 1 >= te or not ctx.toks[j + 1].is_word or ctx.texts[j + 1] in ctx.lex.w("statement_adjunct_openers")


def _said_this_topics(ctx: Context, site: Site) -> list[Ment]:
    """What "this" points back to: the clause before the speaker's semicolon or comma ("Baku's claims deepen the
    conflict; Foreign Minister X stated this"), or the sentence before when the speaker opens his own; the
    agreement it names, else the first state or group there that is not the speaker's own."""
    first = min(m.np_start for m in site.src)
    first -= first > site.sent.ts and ctx.texts[first - 1] == "the"
    if first > site.sent.ts + 1 and ctx.texts[first - 1] in (";", ",", ":"):
        lo, hi = site.sent.ts, first - 1
    elif first == site.sent.ts and first > 0:
        hi, lo = first, sentence_start(ctx, first - 1)
    else:
        return []
    own = {r.of for s in site.src for r in ctx.kb.roles_of(s.entity, ctx.on)} | {s.entity for s in site.src}
    kinds = _spoken_of(ctx)
    said = [
        m
        for m in ctx.ments
        if lo <= m.ts and m.te <= hi and m.entity not in own and not m.located and not m.media
        and (m.kind == "agreement" or m.kind in kinds and (m.in_np or not m.topic))
    ]
    return [m for m in said if m.kind == "agreement"][:1] or said[:1]


def _relative_topic(ctx: Context, site: Site) -> Ment | None:
    """The antecedent of a relative whose verb is the statement's ("the M23, who Kinshasa says are backed by
    Rwanda", «حركة إم 23، التي تقول كينشاسا إنها مدعومة من رواندا»): the statement is about it."""
    if ctx.lang == "ar":
        k = site.i - 1
        fa = site.first_after
        if fa is None or site.gap != 0 or fa.te >= site.sent.te or ctx.texts[fa.te] not in ctx.lex.complementizers:
            return None
    else:
        nb = site.near_before
        if nb is None or nb.te != site.i or site.j >= site.sent.te or ctx.texts[site.j] not in ctx.lex.w("auxiliaries"):
            return None
        k = nb.np_start - 1
    if k < 1 or ctx.texts[k] not in ctx.lex.w("relative_who"):
        return None
    k -= 1 if ctx.texts[k - 1] in (",", "،") else 0
    return next((m for m in site.ments if m.te == k and actor(m)), None)


def _said_agreements(
    ctx: Context, site: Site, named: list[Ment], j: int, w: float
) -> tuple[list[Ment], list[Ment], bool]:
    """The agreements a statement names within `w` tokens of its clause start j, or the one "it" stands for
    ("described it as …"), or, when the quotation comes first, the agreement it names and the state it opens
    with ('"Egypt is assuming its role," Clinton said'). Returns (agreements, quoted states, quotation first)."""
    agreements = [m for m in named if m.ts - j <= w]
    if not agreements and _described_it(ctx, site):
        it = last_agreement(ctx, site.i, int(_cx(ctx, "reported-speech", "it_window", 40)))  # "described it as …"
        agreements = [it] if it is not None else []
    quoted: list[Ment] = []
    quoted_first = not agreements and _after_quote(ctx, site)
    if quoted_first:  # '"This agreement ...," Aoun said'
        agreements = [m for m in site.ments if m.kind == "agreement" and m.te <= site.i and not m.in_np][-1:]
        quoted = _quoted_topic(ctx, site)
    return agreements, quoted, quoted_first


def _spoken_of_near(ctx: Context, site: Site, j: int, cut: int) -> list[Ment]:
    """The actors a statement may be about: named within 12 tokens of its clause start j (or of a second «وإن»
    of the same verb), before the next clause's verb at `cut`, and none of what only frames what is said."""
    again = _that_again(ctx, site, j)  # «قال إن …، وإن … مع الصومال»: a second clause of the same verb
    occasion = max(_adjunct_end(ctx, site), _colon_quote(ctx, site))  # "said after meeting Hamas leaders that …":
    # whom he met is not the topic; «وقال X، ممثل …، خلال مؤتمر صحفي في …: "…"»: what is said opens at the colon
    said = max(j, occasion)  # (and what is said is measured from its 'that')
    others = [
        m
        for m in site.cands
        if (m.kind in _spoken_of(ctx) or _clause_subject(ctx, m))
        and (m.ts - said <= 12 or 0 <= again <= m.ts <= again + 12)
        and (not (m.topic or _stacked_on(ctx, m)) or _spoken_demonym(ctx, _stacked_on(ctx, m) or m))
        and (m.role != "coref" or m.ts in ctx.memo.get("own-country", ()) or m.ts in _described_states(ctx))
    ]  # "the government will": the speaker's side, not what the statement is about; «إن بلاده ستتعاون»: his state
    # «رحبت السعودية باستئناف المحادثات بين …»: the sides of an event are not what the statement is about
    sides = [m for m in others if _introduced_near(ctx, m, ctx.lex.w("between"), j, m.np_start - j)]
    kept = _across_the_table(ctx, site, sides)
    others = [m for m in others if m not in sides or m in kept]
    others = [m for m in others if not _agreement_partner(ctx, m)]  # "under the deal with Saudi Arabia": its party
    others = _past_nationalities(ctx, site, others, j)
    others = [m for m in others if m.ts < cut]
    # «إعلان الرياض وطهران، الداعمة للحوثيين، استئناف …»: whom an apposition says the speaker backs is no topic
    others = [m for m in others if not (m.np_start > 0 and ctx.lasts[m.np_start - 1] in ctx.lex.w("agent_participles"))]
    # «وقال الحوثيون، المدعومون من إيران، إن …», "the Houthis, backed by Iran": who backs or leads a name is no topic
    others = [m for m in others if not after_agent_words(ctx, m.np_start)]
    others = [m for m in others if not _venue(ctx, m)]  # "announced it from the White House", "a Pentagon briefing"
    others = [m for m in others if not _hosted(ctx, site, m)]  # "the talks, hosted by Venezuela and Cuba, …"
    others = [m for m in others if m.ts >= occasion]
    if others and _addressee(ctx, site, others[0]):
        others = others[1:]  # "told the Security Council that the Houthis …": whom he told is not the topic
    if site.method == "dropped-subject" and not _goes_on(ctx, site):
        others = []  # «وأعلن أن …» with the subject of a sentence before: only an agreement it names is sure
    return _past_speaker_side(ctx, site, others)  # (but «وأضاف أن …» goes on with the same speaker)


def _across_the_table(ctx: Context, site: Site, sides: list[Ment]) -> list[Ment]:
    """ "Iran's spokesman said the talks between Iran and Saudi Arabia were friendly", «إن الحديث بين وفد فتح ووفد
    حماس إيجابي»: when the speaker's own side is one of the sides of the talks his statement names, it is about the
    others, across the table (a third party's words on talks between two others are about neither)."""
    if not sides or not site.src:
        return []
    own = {s.entity for s in site.src} | {r.of for s in site.src for r in ctx.kb.roles_of(s.entity, ctx.on)}
    own |= {x.entity for s in site.src for x in _titled_of(ctx, s)}
    own |= {ctx.kb.entities[e].record.get("state") for e in list(own) if e in ctx.kb.entities} - {None}
    btw = ctx.lex.w("between")
    k = next((k for k in range(sides[0].np_start - 1, site.sent.ts - 1, -1) if ctx.texts[k] in btw), -1)
    if k < 0 or own.isdisjoint(x.entity for x in ctx.ments if k < x.ts <= sides[-1].ts):
        return []  # («وفد فتح»: a delegation's body is no topic of its own, but it is a side)
    return [m for m in sides if m.entity not in own and actor(m)]


def _hosted(ctx: Context, site: Site, m: Ment) -> bool:
    """ "said the talks, hosted by Venezuela and Cuba, could resume only if the ELN …", «إن المفاوضات التي تستضيفها
    سلطنة عمان …»: who hosts, mediates or sponsors the talks a statement mentions (`host_agent_words` right before the
    name or the list it ends) frames them; the statement is about the sides it goes on to name."""
    words = ctx.lex.w("host_agent_words")
    if not words:
        return False
    k = min(x.np_start for x in group_with_left(ctx, site.ments, m))
    k -= k - 1 > site.sent.ts and ctx.texts[k - 1] == "the"
    return k - 1 > site.sent.ts and (ctx.texts[k - 1] in words or " ".join(ctx.texts[k - 2 : k]) in words)


def _past_nationalities(ctx: Context, site: Site, others: list[Ment], j: int) -> list[Ment]:
    """ "said the freed prisoners were nationals of the United States, Britain and Sweden", «يحملون جنسيات الولايات
    المتحدة والمملكة المتحدة»: the states a nationality noun (`nationality_nouns`) lists describe people, they are not
    what the statement is about."""
    nouns = ctx.lex.w("nationality_nouns")
    if not nouns or nouns.isdisjoint(ctx.texts[j : site.sent.te]):
        return others
    listed = {x.entity for m in others if _introduced_near(ctx, m, nouns, j, 3) for x in group_with(ctx, site.ments, m)}
    return [m for m in others if m.entity not in listed]


def _described_states(ctx: Context) -> set[int]:
    """Where a state description stands for its state ("the Islamic Republic", «المملكة»): named as by its name."""
    return ctx.memo.get("state-descriptions", set())


def _not_the_speakers_side(ctx: Context, site: Site, others: list[Ment]) -> tuple[list[Ment], set[str]]:
    """The topics less the speaker's own body, state and capital (a statement is not about whom it speaks for),
    and the speaker's own entities: the speakers, the bodies their titles name, the states of their roles."""
    # «قال مبعوث الاتحاد الأفريقي إن الاتحاد سيعيد النظر في تعليق عضوية السودان»: a body that is only the subject
    led = {r.of for s in site.src for r in ctx.kb.roles_of(s.entity, ctx.on)}  # his own side or the one he leads
    others = [m for m in others if not (_clause_subject(ctx, m) and (m.entity in led or _own_body(ctx, site.src, m)))]
    if others and others[0].kind == "organization" and _own_body(ctx, site.src, others[0]):
        others = []  # "a Fatah official said … on the Fatah side": his own body is not what he speaks about
    bodies = [*site.src, *(x for s in site.src if s.kind == "person" for x in _titled_of(ctx, s))]
    own = {ctx.kb.entities[s.entity].record.get("state") for s in bodies if s.entity in ctx.kb.entities}
    titled = {b.entity for b in bodies if b.kind == "state" and b not in site.src}
    mine = titled | led  # «قال وزير الخارجية المصري إن الموقف المصري ثابت»: his own state's stance is no topic
    others = [m for m in others if not (m.entity in mine and _only_deciding(ctx, m))]
    if ctx.lang == "ar":  # «قال المتحدث باسم الخارجية الأمريكية إن الولايات المتحدة …»: a ministry's own state
        others = [m for m in others if m.entity not in own]  # (and its spokesman's: the ministry's state)
    elif _head_office(ctx, site.src):  # "the presidential administration said … Azerbaijani officials": the people
        others = [m for m in others if not (m.entity in own and m.role == "demonym")]  # of its own side
    elif len(others) > 1 and others[0].entity in own and others[1].entity not in own:
        others = others[1:]  # "a State Department spokesman said the United States was concerned about Rwanda's …"
    titled |= led  # "Ukraine's foreign minister said Kyiv would …": his side (the sides of the speakers' roles);
    # "Guterres said the United Nations stood ready …": his own body too (a state by its name may be the topic)
    others = [m for m in others if not (m.entity in titled and (m.role == "capital" or m.kind == "organization"))]
    return others, titled | {b.entity for b in bodies}


def _head_office(ctx: Context, src: list[Ment]) -> bool:
    """The speakers are the office of a state's head (armies.presidencies: "the presidency", "the presidential
    administration"), which speaks for its state as a spokesman does."""
    offices = set(presidencies(ctx.kb).values())
    return bool(src) and all(s.entity in offices for s in src)


def _praised(ctx: Context, site: Site) -> list[Ment]:
    """«ونوّه هادي بالمبعوث جمال بنعمر», "praised the deal": whom or what the words are for, right after; all of
    a list that opens there ("praised the efforts of Egypt and Qatar", «أشاد بالجهود التي بذلتها مصر وقطر»)."""
    praised, own = (*_PRAISED, "agreement"), _speakers_own(ctx, site)
    lo = _past_medium(ctx, site, own)
    cands = [m for m in site.cands if m.entity not in own]  # («وزارة الخارجية … بدولة الإمارات»: its own state)
    targets = [m for m in cands if m.kind in praised and m.np_start - lo <= 4][:1]
    if not targets and ctx.lang == "ar":  # «ونوّه هادي خلال مؤتمر صحافي، بمبعوث الأمم المتحدة …»: the
        targets = [m for m in cands if m.kind in praised and _praised_with_bi(ctx, site, m)][:1]  # «بـ»
        targets = targets or [m for m in cands if m.kind in _PRAISED and _efforts_of(ctx, lo, m)][:1]
    if targets and targets[0].kind != "agreement":
        listed = [m for m in group_with(ctx, site.ments, targets[0]) if m.kind in _PRAISED and m in cands]
        targets = listed if targets[0] in listed else targets
    return targets or _praised_pronoun(ctx, site)  # "thanked him for his efforts": the one just named


def _joint_declaration(ctx: Context, site: Site, targets: list[Ment], emit) -> None:
    """ "The United States and Russia announced a nationwide cessation of hostilities", «أعلنت الحكومة الكولومبية
    وجيش التحرير الوطني هدنة»: two or more sides that together declare an agreement (the object of a
    `declare_verbs` verb, only its article and modifiers between) agree to it, beside stating it. Not one side
    alone ("announced a truce with B" is patterns.agreement_between's), nor sides that declare one between others
    or one they broker (a `between`, `broker_participles` or `sponsor_nouns` word after the verb)."""
    sides = [s for s in site.src if s.kind != "organization" or _national(ctx, s.entity)]  # (not the UN, the AU)
    if len(sides) < 2 or ctx.lex.w("declare_verbs").isdisjoint(ctx.toks[site.i].forms):
        return
    agr = next((m for m in targets if m.kind == "agreement"), None)
    lo = _past_signing_adjuncts(ctx, max(site.start_after, site.i + 1), site.sent.te)  # "declared on Friday a truce"
    if agr is None or not 0 <= agr.np_start - lo <= 2 or not all(t.is_word for t in ctx.toks[lo : agr.np_start]):
        return
    if not ctx.lex.complementizers.isdisjoint(ctx.texts[lo : agr.np_start]):
        return  # "it was announced that the ceasefire would begin": what is said, no object declared
    if proposed_noun(ctx, agr):
        return  # "Egypt and Qatar announced a new plan for a ceasefire": who put it forward, not who agreed to it
    cues = ctx.lex.any_of("between", "broker_participles", "sponsor_nouns", "plural_agent_nouns", "mediator_roles")
    if any(not cues.isdisjoint(t.forms) for t in ctx.toks[site.sent.ts : site.sent.te]):
        return  # "the mediators Egypt and Qatar announced a truce", "announced a truce between A and B"
    e = ctx.kb.get(agr.entity)
    parties = set(e.record.get("parties") or ()) if e is not None else set()
    if parties and any(s.entity not in parties and not _national(ctx, s.entity) & parties for s in sides):
        return  # "Egypt and Qatar announced the Gaza ceasefire": not its parties
    for s in sides:
        emit(s, agr, "agrees_with", site.conf, site.trig.text, _how(site, "joint-declaration"))


def _national(ctx: Context, eid: str) -> set[str]:
    """The state a body, group or person belongs to in the knowledge base (none for an international body)."""
    e = ctx.kb.get(eid)
    rec = e.record if e is not None else {}
    return {x for x in (rec.get("state"), rec.get("nationality")) if x}


def _far_agreement(ctx: Context, site: Site, named: list[Ment], j: int, near: float) -> list[Ment]:
    """ "Trump said the two presidents would come to Washington in the coming weeks to finalise the deal": a named
    speaker (not a subject carried from a sentence before) whose words name nothing else speaks of the agreement
    named further on in them (up to `agreement_window` tokens)."""
    if not site.method.startswith(("subject-verb", "verb-subject")):
        return []
    far = _cx(ctx, "reported-speech", "agreement_window", 0)
    return [m for m in named if near < m.ts - j <= far][:1]


def _each_other(ctx: Context, site: Site, j: int) -> list[Ment]:
    """ "The two sides affirmed respect for each other's sovereignty", «أكد الطرفان احترام سيادة كل منهما»: two
    speakers whose statement is reciprocal (`reciprocal_phrases`) each speak of the other."""
    if len(site.src) != 2 or site.src[0].entity == site.src[1].entity:
        return []
    end = min(site.sent.te - 1, j + int(_cx(ctx, "reported-speech", "window", 15)))
    phrases = ctx.lex.w("reciprocal_phrases")
    hit = any(f"{ctx.lasts[k]} {ctx.texts[k + 1]}" in phrases for k in range(j, end))
    return list(site.src) if hit else []


def _ceremony_agreement(ctx: Context, site: Site) -> list[Ment]:
    """'"Today there is a beacon," Guterres told the ceremony', "Speaking at the ceremony, X said …", «وقال X خلال
    حفل التوقيع إن …», «وقال X عقب التوقيع إن …»: words spoken at a signing or its ceremony that name nothing else
    are about the agreement signed there, the one last named (`ceremony_nouns`, `signing_nouns` a few words
    around the verb)."""
    tok = ctx.toks[site.i]
    if site.nominal or ctx.lang == "ar" and len(tok.forms) > 1 and tok.forms[0] == "ب":
        return []  # «توقيع إيران بوصفها دولة ضامنة»: "as", no words spoken
    words, lo = ctx.lex.any_of("ceremony_nouns", "signing_nouns"), site.i
    while lo > max(site.sent.ts, site.i - 6) and ctx.texts[lo - 1] not in ctx.lex.w("clause_breaks"):
        lo -= 1  # ("… بعد ساعات من التوقيع، فيما قال الجيش …": the signing is the clause before's)
    hi = min(site.sent.te, max(site.i, site.start_after) + 6)  # (past a subject after the verb: «قال X خلال حفل»)
    if all(ctx.lasts[k] not in words for k in range(lo, hi)):
        return []
    w = int(_cx(ctx, "reported-speech", "ceremony_window", 300))
    named = [m for m in ctx.ments.ending_within(site.i - w, site.i) if m.kind == "agreement"]
    # (what is signed at a ceremony is no plan or initiative named since: "… under its African Initiative")
    signed = [m for m in named if family_of_mention(ctx, m) not in ("plan", "proposal")]
    return (signed or named)[-1:]


def _participle_agreement(ctx: Context, site: Site) -> list[Ment]:
    """«رحّب X بالهدنة، مؤكداً أن …», «ووقّع X الاتفاق، مشيراً إلى أن …»: what a speaking participle
    (`speaker_participles`) adds that names nothing else is about the agreement its clause named before it."""
    if ctx.lex.w("speaker_participles").isdisjoint(ctx.toks[site.i].forms) and not _saying_it(ctx, site):
        return []
    return [m for m in site.ments if m.kind == "agreement" and site.sent.ts <= m.ts and m.te <= site.i and not m.in_np][
        -1:
    ]


def _saying_it(ctx: Context, site: Site) -> bool:
    """ "Hamas rejected the proposal, saying it did not guarantee …": a participle of saying (`saying_participles`)
    whose words open with "it" ("that it") speaks of the agreement that ends the clause before, at the comma
    ("after the truce collapsed, saying it was responding …": "it" is whoever acted)."""
    i, k = site.i, site.j + (site.j < site.sent.te and ctx.texts[site.j] in ctx.lex.complementizers)
    if ctx.texts[i] not in ctx.lex.w("saying_participles") or i < 2 or ctx.texts[i - 1] != ",":
        return False
    if not any(m.kind == "agreement" for m in ctx.ments.ending(i - 1)):
        return False
    return k < site.sent.te and ctx.texts[k] in ctx.lex.w("described_pronouns")


def _its_part(ctx: Context, site: Site, j: int) -> list[Ment]:
    """ "… said its implementation would be hard", «قال إن تنفيذه سيكون صعباً»: a part or act of an agreement
    (`agreement_part_nouns`) owned by "its"/"their" or by an Arabic pronoun suffix in what is said names the
    agreement last named before."""
    parts, owners = ctx.lex.w("agreement_part_nouns"), ctx.lex.w("owner_pronouns")
    end = min(site.sent.te, j + int(_cx(ctx, "reported-speech", "window", 15)))
    if ctx.lang == "ar":
        hit = _owned_part_ar(ctx, j, end, parts)
    else:
        hit = any(ctx.texts[k] in parts and k > j and ctx.texts[k - 1] in owners for k in range(j, end))
    agreement = last_agreement(ctx, site.i, int(_cx(ctx, "pronoun-agreement", "window", 80))) if hit else None
    return [agreement] if agreement is not None else []


_OWNED_PARTS: dict[int, dict[str, bool]] = {}


def _owned_part_ar(ctx: Context, lo: int, hi: int, parts: frozenset[str]) -> bool:
    """Whether a word from token lo to hi - 1 is an agreement part noun with a pronoun suffix («تنفيذه»,
    «بنودها») by one of its forms. A word's forms follow from its text, so each text's answer is kept per
    lexicon and the words are looked up in C (a slice per form per word was most of _its_part)."""
    known = _OWNED_PARTS.get(id(ctx.lex))
    if known is None:
        known = _OWNED_PARTS[id(ctx.lex)] = {}
    texts = ctx.texts[lo:hi]
    if not all(map(known.__contains__, texts)):
        for t in ctx.toks[lo:hi]:
            if t.text not in known:
                got = any(f[:-1] in parts and f.endswith("ه") or f[:-2] in parts and f.endswith("ها") for f in t.forms)
                if len(known) < 200_000:
                    known[t.text] = got
                elif got:
                    return True
    return any(map(known.get, texts))


def _that_again(ctx: Context, site: Site, j: int) -> int:
    """Where a second clause of what is said opens ("…, and that Somalia …",
    «…، وإن الصومال …»), else -1."""
    texts, words = ctx.texts, ctx.lex.w("second_complementizers")
    if words.isdisjoint(texts[j + 1 : site.sent.te]):
        return -1  # (most statements: one check in C, not a look-up per word)
    for k in range(j + 1, site.sent.te):
        if texts[k] in words and texts[k - 1] in (",", "،", "and"):
            return k
    return -1


def _clause_start(ctx: Context, site: Site) -> int:
    """Where what is said starts: right after the verb (after its subject when it follows), or at the 'that'
    («إن») that opens it past an addressee and adverbials ("told Guterres in a phone call on Monday that …",
    «قال في مؤتمر صحافي عقب التوقيع إن …»)."""
    j = site.start_after
    end = min(j + _cx(ctx, "reported-speech", "clause_reach", 0), site.sent.te)
    if ctx.lex.complementizers.isdisjoint(ctx.texts[j:end]):
        return j  # (no 'that' in reach: found in C, no walk)
    return next((k for k in range(j, end) if ctx.texts[k] in ctx.lex.complementizers), j)


def _adjunct_end(ctx: Context, site: Site) -> int:
    """ "said after meeting Hamas leaders in Doha that …", «قال بعد لقائه قادة حماس في الدوحة إن …»: a phrase of the
    occasion (`statement_adjunct_openers`) right after the verb (its subject when it follows) up to the 'that'
    («إن») that opens what is said; the 'that''s position (the names before it are the occasion's), else -1."""
    j = site.start_after  # «وأكد الوزير، خلال مؤتمر صحفي مع نظيره التركي، أن …»: past the subject's comma too
    j += j + 1 < site.sent.te and ctx.texts[j] in (",", "،") and _occasion_opener(ctx, j + 1)
    if j >= site.sent.te or not _occasion_opener(ctx, j):
        return -1
    end = min(j + int(_cx(ctx, "reported-speech", "adjunct_reach", 0)), site.sent.te)
    return next((k for k in range(j + 1, end) if ctx.texts[k] in ctx.lex.complementizers), -1)


def _occasion_opener(ctx: Context, k: int) -> bool:
    """An occasion phrase (`statement_adjunct_openers`) or a relative clause on the subject (`relative_who`, «أعلن
    رئيس الوزراء، الذي تسلم منصبه أمس، أن …»: where he arrived or what he took up frames the statement) opens at k."""
    return ctx.texts[k] in ctx.lex.w("statement_adjunct_openers") or ctx.texts[k] in ctx.lex.w("relative_who")


def _colon_quote(ctx: Context, site: Site) -> int:
    """«وقال أوباسانجو، ممثل رئيس الاتحاد الأفريقي، خلال مؤتمر صحفي في بريتوريا: "وافق طرفا الصراع في إثيوبيا …"»:
    a colon and an opening quotation mark after the verb's subject, its appositions and its occasion (within
    `colon_reach` tokens, no 'that' («إن») before it): what is said opens there, and is measured from there (the
    names before it are the speaker's and the occasion's); else -1."""
    j, te = site.start_after, site.sent.te
    end = min(j + int(_cx(ctx, "reported-speech", "colon_reach", 0)), te - 1)
    if ":" not in ctx.texts[j:end]:
        return -1  # (most statements: no colon in reach, looked for in C)
    for k in range(j, end):
        if ctx.texts[k] in ctx.lex.complementizers:
            return -1
        if ctx.texts[k] == ":" and ctx.texts[k + 1] in ('"', "«", "“"):
            return k + 1
    return -1


def _described_it(ctx: Context, site: Site) -> bool:
    """ "described it as", "called it a historic step", «معتبراً إياه خطوة», «واعتبرته صفحة جديدة»: "it" is the
    agreement last named (`describing_verbs` before `described_pronouns`, or `described_it_words` that carry
    the pronoun; "said it would" names no agreement)."""
    text, j = ctx.texts[site.i], site.j
    if ctx.lang == "ar":  # (a conjunction may lead the verb, no preposition: «بوصفها دولة ضامنة» is "as")
        words = {text, text[1:]} if text[:1] in ("و", "ف") else {text}
        glued = not ctx.lex.w("described_it_words").isdisjoint(words)
        apart = j < site.sent.te and ctx.texts[j] in ctx.lex.w("described_pronouns")
        return (glued or apart and not ctx.lex.w("describing_verbs").isdisjoint(words)) and _it_named(ctx, site)
    it = j < site.sent.te and ctx.texts[j] in ctx.lex.w("described_pronouns")
    phrase = site.trig.phrase.words  # ("calling it a step": the pronoun in the trigger phrase)
    it = it or len(phrase) == 2 and phrase[1] in ctx.lex.w("described_pronouns")
    return it and phrase[0] in ctx.lex.any_of("naming_verbs", "describing_verbs")


def _it_named(ctx: Context, site: Site) -> bool:
    """ "It" stands for an agreement its sentence named before it, by name or by a noun for it («رحّب
    بالاتفاق واعتبره», «رحّب بالخطوة، معتبراً إياها»); «رفضت الاعتراف الأميركي واعتبرته …» is not about one."""
    if any(m.kind == "agreement" and m.te <= site.i for m in site.ments):
        return True
    return not ctx.lex.w("agreement_proxies").isdisjoint(ctx.texts[site.sent.ts : site.i])


def _next_clause_verb(ctx: Context, site: Site) -> int:
    """Where a verb trigger after a comma starts the next clause of the sentence ("…, and accused Kigali",
    «…، واتهم أنقرة»), or the sentence's end."""
    for f in site.found[site.n_trig + 1 :]:
        k = f.i - (ctx.texts[f.i - 1] in ctx.lex.w("and"))
        glued_and = ctx.lang == "ar" and ctx.toks[f.i].text.startswith("و")
        if not f.phrase.nominal and (k < f.i or glued_and) and (ctx.texts[k - 1] in (",", "،") or _own_verb(ctx, f)):
            return f.i
    return site.sent.te


def _invoked(ctx: Context, site: Site, m: Ment) -> bool:
    """ "said the strikes were consistent with the U.N. Charter", «وفقاً للقرار», "guided by Security Council
    resolution 2254", «تمسك الحكومة بالمرجعيات الثلاث، وهي المبادرة الخليجية … ومخرجات مؤتمر الحوار»: an agreement
    invoked by a references phrase before it (up to `invoked_reach` words on, and those listed after it with no
    trigger between) is what the statement cites, not what it is about ("would honour the deal", `keeping_verbs`,
    is about it; "the communique remains the basis of any settlement": named before the phrase, it is)."""
    keeping = ctx.lex.w("keeping_verbs")
    reach = int(_cx(ctx, "reported-speech", "invoked_reach", 1))
    for f in site.found:
        if f.rtype != "references" or not 0 <= m.np_start - f.j <= 3 * reach:
            continue
        if not keeping.isdisjoint(ctx.toks[f.i].forms) or any(f.j <= g.i < m.np_start for g in site.found):
            continue  # (a trigger between: the agreement is its object)
        first = next((x for x in site.view.starting_within(f.j, m.np_start + 1) if x.kind == "agreement"), None)
        if first is not None and first.np_start - f.j <= reach:
            return True  # the one right after the phrase, and those listed after it ("… and the GCC initiative")
    return False


def _own_verb(ctx: Context, f: Trigger) -> bool:
    """ "… and accused the Polisario", «… واتهم طهران»: after "and" with no comma, a verb that is no noun's
    participle (`speech_clause_verbs`) opens the speaker's next clause."""
    return not ctx.lex.w("speech_clause_verbs").isdisjoint(ctx.toks[f.i].forms)


def _voiced_stance(ctx: Context, site: Site) -> bool:
    """The statement verb's object is a support or opposition noun ("expressed support for", "voiced its
    opposition to", «أعربت عن دعمها», «أعلنت رفضها»): the stance is the relation, not a statement beside it."""
    nxt = site.found[site.n_trig + 1] if site.n_trig + 1 < len(site.found) else None
    if nxt is None or nxt.rtype not in ("supports", "opposes") or not nxt.phrase.nominal and ctx.lang != "ar":
        return False
    light = ctx.lex.any_of("possessive_determiners", "stance_modifiers")
    return all(t in light for t in ctx.texts[max(site.j, site.start_after) : nxt.i])  # (after a VSO subject)


@construction("references", "target", rtypes=("references",))
def references(ctx: Context, site: Site, emit) -> Outcome:
    """ "under resolution 2254", «وفقاً للقرار 2254», «على أساس إعلان جنيف»: the agreement invoked."""
    if site.rtype != "references":
        return PASS
    if _mutual_accusation(ctx, site):
        return DONE  # «ويتبادل الطرفان الاتهامات بخرق وقف إطلاق النار», "accused each other of violating": no one
    proposals = ctx.lex.w("proposal_nouns")  # «بناء على اقتراح الأمير»: a proposal is no agreement one acts under
    cands = [
        m
        for m in site.cands
        if m.ts - site.j <= _cx(ctx, "references", "window", 8) and proposals.isdisjoint(ctx.toks[m.ts].forms)
    ]
    if not cands and site.method == "called-to" and (agr := _called_on_it(ctx, site)) is not None:
        cands = [agr]  # "called on both parties to implement it", «وطالب الطرفين بتنفيذه»
    if not cands and not ctx.lex.w("basis_words").isdisjoint((ctx.texts[site.i], *ctx.toks[site.i].forms)):
        cands = [m for m in [agreement_before(ctx, site.ments, site.i, site.sent.ts)] if m is not None]
    if not cands:  # ("X remained the basis for …": the agreement before the phrase)
        return DONE
    targets = group_with(ctx, site.ments, cands[0]) + [c for c in cands[1:3] if c.kind == "agreement"]
    if cands[0].kind == "agreement":  # «بالمبادرة الخليجية وآليتها التنفيذية ومخرجات الحوار وقرار مجلس الأمن»
        targets += _agreements_listed(ctx, site, cands[0])
    _emit_references(ctx, site, emit, list(dict.fromkeys(targets)))
    return DONE


def _mutual_accusation(ctx: Context, site: Site) -> bool:
    """An accusation and a word of reciprocity shortly before the trigger («تبادل الاتهامات», "accused each
    other", "traded accusations"): each side accuses the other, and no one invokes the agreement."""
    before = ctx.toks[max(site.sent.ts, site.i - 12) : site.i]
    accused, mutual = ctx.lex.w("accusation_words"), ctx.lex.w("reciprocal_words")
    return any(not accused.isdisjoint(t.forms) for t in before) and any(not mutual.isdisjoint(t.forms) for t in before)


def _emit_references(ctx: Context, site: Site, emit, targets: list[Ment]) -> None:
    """Each subject invokes each target, except a deal reached that week that it keeps ("abides by the deal signed
    on Saturday", `compliance_words`: it is bound by it, agrees_with, as "committed to" in the conventions) or that
    it calls on others to keep; calling on others to keep an agreement ("urged the parties to respect the truce",
    «دعت الطرفين إلى الالتزام بالهدنة») backs it too."""
    called = site.method == "called-to"
    keeps = site.trig.phrase.words[0] in ctx.lex.w("compliance_words")
    lo = min((s.np_start for s in site.src), default=site.i) - 2  # («وتعهدت X وY بموجب …»: the verb before them)
    for t in targets:
        fresh = (keeps or called and t.kind == "agreement") and _of_the_day(ctx, t.entity)
        bound = _bound_by(ctx, site, t)
        terms = bound and terms_verb_in(ctx, max(lo, site.sent.ts), site.i)  # "X and Y pledged … under the deal"
        for s in site.src:
            if not fresh and not terms:
                emit(s, t, "references", site.conf, site.trig.text, _how(site, "references"))
            if called and t.kind == "agreement":
                emit(s, t, "supports", site.conf, site.trig.text, _how(site, "references"))
            elif fresh and keeps and t.kind == "agreement":
                emit(s, t, "agrees_with", site.conf, site.trig.text, _how(site, "keeps"))
            if bound and s.kind in ("state", "armed_group") and not _reports_others(ctx, site, s):
                # («وتعهدت طالبان بموجب اتفاق الدوحة بـ…»: a side)
                c = site.conf + _cx(ctx, "references-fronted", "party_confidence", -0.1)  # bound by its terms
                emit(s, t, "agrees_with", c, site.trig.text, _how(site, "bound-by"))


def _reports_others(ctx: Context, site: Site, s: Ment) -> bool:
    """The source speaks of others bound by the agreement: after it and before the phrase, a complementizer or a
    verb of saying opens a clause with a subject of its own, another actor or a collective ("Riyadh and Washington
    said both parties had failed to meet their obligations under the deal", «وقالت الرياض وواشنطن إن الطرفين لم
    يفيا بالتزاماتهما بموجب الاتفاق»): the speakers invoke the deal, they are not bound by it."""
    for k in range(s.te, site.i - 1):
        if ctx.texts[k] not in ctx.lex.complementizers and not speech_verb_at(ctx, k):
            continue
        n = k + 1 + (ctx.texts[k + 1] == "the")
        if ctx.lex.collectives.match_at(ctx.toks, n):
            return True
        if any(m.np_start == n and actor(m) and m.entity != s.entity for m in site.ments):
            return True
    return False


def _bound_by(ctx: Context, site: Site, t: Ment) -> bool:
    """ "The Taliban pledged under the Doha Agreement to …", «وتعهدت طالبان بموجب اتفاق الدوحة»: the subject of
    a clause that acts under an agreement's terms (`binding_references`, not "according to") is a party to it, as
    after a fronted "Under the deal, …" (constructions.references_fronted); not a resolution, which binds all."""
    if t.kind != "agreement" or site.method == "called-to":
        return False
    return not ctx.lex.w("binding_references").isdisjoint(ctx.toks[site.i].forms) and (
        family_of_mention(ctx, t) != "resolution"
    )


def _called_on_it(ctx: Context, site: Site) -> Ment | None:
    """The act called for takes a pronoun for its object ("implement it", «بتنفيذه», «احترامه»: `pronoun_acts`):
    the agreement is the one last named before it."""
    it = site.j < site.sent.te and ctx.texts[site.j] in ctx.lex.w("object_pronouns")
    if not (it or ctx.lasts[site.i] in ctx.lex.w("pronoun_acts")):
        return None
    window = int(_cx(ctx, "pronoun-agreement", "window", 80))
    earlier = [m for m in ctx.ments.ending_within(site.i - window - 1, site.i) if m.kind == "agreement"]
    return earlier[-1] if earlier else None


def _nearer_antecedent(ctx: Context, site: Site, agr: Ment) -> bool:
    """ "a dispute over the release of 5,000 prisoners … after the assembly endorsed it": an English "it" whose
    sentence names no agreement but a thing of its own before it ("the release") refers to that thing, not to the
    agreement of a sentence before."""
    if ctx.lang == "ar" or agr.te > site.sent.ts:
        return False
    texts = ctx.texts
    return any(
        texts[k] == "the"
        and texts[k + 1].isalpha()
        and texts[k + 1].islower()
        and not ctx.covered[k + 1]
        and texts[k + 2] == "of"
        for k in range(site.sent.ts, site.i - 2)
    )


def _agreed_to_act(ctx: Context, site: Site) -> bool:
    """ "The army agreed on Sunday, in principle, to open the crossing": an English agreeing verb whose clause
    goes on, past a time or manner aside of a few words, to "to" and a bare word (not a determiner, pronoun,
    name or part of an agreement: `agreement_part_nouns`) agrees to do that act, not to the agreement named
    before."""
    if ctx.lang == "ar":
        return False
    texts, te = ctx.texts, site.sent.te
    stop = ctx.lex.w("agreement_part_nouns") | ctx.lex.w("object_pronouns") | ctx.lex.w("owner_pronouns")
    for k in range(site.start_after, min(te - 1, site.start_after + 8)):
        if texts[k] in (".", ";") or any(m.kind == "agreement" for m in ctx.ments.starting(k)):
            return False
        if texts[k] == "to":
            nxt = texts[k + 1]
            bare = nxt.isalpha() and nxt.islower() and nxt not in stop and nxt not in ("the", "a", "an", "this")
            return bare and not ctx.covered[k + 1]
    return False


@construction("pronoun-agreement", "target", rtypes=("agrees_with", "supports", "opposes"))
def pronoun_agreement(ctx: Context, site: Site, emit) -> Outcome:
    """ "approved it", "before Lapid signed.", «وقّعه»: the agreement last named."""
    toks, j, te, rtype = ctx.toks, site.j, site.sent.te, site.rtype
    if rtype not in ("agrees_with", "supports", "opposes"):
        return PASS
    pron = ctx.lang != "ar" and j < te and toks[j].text in ctx.lex.w("object_pronouns")
    signed = ctx.lang == "ar" and rtype == "agrees_with" and not site.nominal
    pron = pron or (signed and _object_suffix(ctx, site))  # «وقّعه», «وقّعها»: the agreement just named
    stance = ctx.lang == "ar" and rtype != "agrees_with" and not site.nominal and not site.cands
    stance = stance and _object_suffix(ctx, site)  # «رفضته», «أيدتها»: checked against the noun's gender below
    stance = stance and ctx.texts[site.i - 1] not in ctx.lex.w("relative_who")  # («التي يساندها»: the antecedent)
    pron = pron or stance
    it = ctx.lex.w("agreement_pronoun_objects")  # «التزامه بها», «موافقة المجلس عليه»: the agreement just named
    texts, after = ctx.texts, site.start_after
    strong, k = ctx.lex.w("intensity_adjectives") if ctx.lang == "ar" else frozenset(), j
    while k < te and texts[k] in strong:
        k += 1  # «التزامها الكامل بها»: how firm the commitment is, between it and its pronoun
    pron = pron or (k < te and texts[k] in it) or (after < te and texts[after] in it)
    k = site.start_after  # (after the subject when it follows the verb)
    if rtype != "agrees_with" and not site.cands and k < te:  # «نددت حماس بالخطوة», "condemned the move"
        while k < te and toks[k].text == '"':
            k += 1  # («حركة «حماس» بالخطوة»: normalization writes every quotation mark as '"')
        pron = pron or (k < te and _proxy(ctx, site, k + (toks[k].text in ("the", "a"))))
    if site.cands and not pron:
        return PASS
    bare = j >= te or not toks[j].is_word or toks[j].text in ctx.lex.w("after_agreement")
    end = max(m.te for m in site.src)
    backing = rtype == "supports" and site.vso and (end >= te or toks[end].text in (".", "؛"))
    bare = bare and not determined(ctx, site.i)  # ("attended Friday's signing.": no signing of the subject's)
    bare = bare and not _agreed_to_act(ctx, site)
    if not (pron or (rtype == "agrees_with" and bare) or backing):  # «… في ظل دعم كل من X وY.»
        return PASS
    w = int(_cx(ctx, "pronoun-agreement", "window", 80))
    earlier = [m for m in ctx.ments.ending_within(site.i - w - 1, site.i) if m.kind == "agreement"]
    if not earlier or (pron and _nearer_antecedent(ctx, site, earlier[-1])):
        return PASS
    if stance and not suffix_agrees(ctx, site.i, site.trig.phrase.words[0], earlier[-1]):
        return PASS
    _each_source(ctx, site, emit, earlier[-1], rtype, "pronoun-agreement")
    if rtype == "agrees_with" and pron and ctx.lang != "ar":  # "Putin signed it alongside Aliyev and Pashinyan"
        along = along_with(ctx, j + 1) if j + 1 < te else 0
        for m in coordinated_after(ctx, site.ments, along, te) if along else []:
            emit(m, earlier[-1], rtype, site.conf + _cx(ctx, "pronoun-agreement"), site.trig.text, "pronoun-agreement")
    return DONE


@construction("pronoun-actor", "target", rtypes=("opposes", "supports"), langs=("ar",), nominal=False)
def pronoun_actor(ctx: Context, site: Site, emit) -> Outcome:
    """«وتطالب طهران بنزع سلاح هذه الجماعات، وتتهمها بالارتباط بإسرائيل»: a stance verb whose object is its own
    pronoun («ـها», «ـهم»: a state, body or group; «ـه»: a person) acts on the last actor of that kind its sentence
    named before it that is not its subject (a name after it is in the charge, not the one accused)."""
    if not site.src or not _object_suffix(ctx, site):
        return PASS
    if any(m.ts == site.j and (actor(m) or m.kind == "agreement") for m in ctx.ments.starting(site.j)):
        return PASS  # («دعمها للاتفاق»: "its support for the deal", the object named right after)
    prev, who = ctx.texts[site.i - 1], ctx.lex.w("relative_who")
    if prev in who or (prev[:1] == "و" and prev[1:] in who):
        return PASS  # («والتي قاطعها الحوثيون»: the pronoun is the relative's antecedent, a thing)
    if site.gap > 0 and site.carried and all(m.ts > site.i for m in site.src):
        site.src = list(site.carried)  # («وتتهمها بالارتباط بإسرائيل»: a name in the charge is no subject)
    stem = site.trig.phrase.words[0]
    suffixes = {f[len(stem) :] for f in ctx.toks[site.i].forms if f.startswith(stem) and f != stem}
    person = not any(x.endswith(("ها", "هم", "هما")) for x in suffixes)
    own = {m.entity for m in site.src}
    before = [
        m for m in site.ments
        if site.sent.ts <= m.ts and m.te <= site.i and actor(m) and not m.in_np and m.entity not in own
        and (m.kind == "person") == person and m.role != "demonym"
    ]  # fmt: skip
    if not before:
        return PASS
    last = before[-1]
    for m in (m for m in before if (m.ts, m.te) == (last.ts, last.te)):  # («هذه الجماعات»: each group it stands for)
        _each_source(ctx, site, emit, m, site.rtype, "pronoun-actor")
    return DONE


@construction("dropped-subject-meets", "target", rtypes=_SYMMETRIC)
def dropped_subject_meets(ctx: Context, site: Site, emit) -> Outcome:
    """«وصل فيدان إلى بغداد حيث التقى رئيس الوزراء السوداني»: the dropped subject met the one named."""
    src, prior = site.src, site.prior_subjects
    if site.cands or not site.vso or site.rtype not in _SYMMETRIC or not prior or len(src) > 2:
        return PASS
    if any(p.entity == x.entity for p in prior for x in src):
        return PASS
    if len(src) == 2 and not _joined_by_and(ctx, src[0], src[1]):
        return PASS  # «استقبل القائد العام … خليفة حفتر وزير الدفاع الروسي …»: the verb's own subject, then its object
    for a in prior:
        for b in src:
            emit(
                a, b, site.rtype, site.conf + _cx(ctx, "dropped-subject-meets"), site.trig.text, "dropped-subject-meets"
            )
    site.state.subjects_here = list(prior)  # «حيث التقى أردوغان وبحث معه …»: the visitor goes on, not his host
    return DONE


def _joined_by_and(ctx: Context, a: Ment, b: Ment) -> bool:
    """Two names after a verb joined by «و» (a word of its own, or glued to the second's first word when that word
    is no title as written: «ووزير», «ونظيره», but not «وزير»): the objects of a verb whose subject was dropped,
    rather than its subject and then its object."""
    toks = ctx.toks
    k = b.np_start if a.te <= b.np_start <= b.ts else b.ts
    if any(toks[x].text in ("و", "and") for x in range(a.te, k)):
        return True
    w = toks[k].text
    if w[:1] != "و" or len(toks[k].forms) < 2 or w in ctx.lex.person_cues:
        return False
    title = ctx.lex.titles.match_at(toks, k)
    return title is None or title[0].words[0] != w


@construction("agreed-terms", "target", rtypes=("agrees_with",))
def agreed_terms(ctx: Context, site: Site, emit) -> Outcome:
    """ "Russia and Turkey agreed to run joint patrols", «اتفقت روسيا وتركيا على تسيير دوريات»: in an article
    on an agreement reached that week, the parties agreeing on its terms are parties to it. The pair itself
    is left to dual-subject."""
    if site.rtype != "agrees_with" or not 1 <= len(site.src) <= _cx(ctx, "agreed-terms", "parties", 3):
        return PASS  # ("Russia, Ukraine, the US and the EU agreed on first steps": four parties)
    if site.cands and (
        any(m.kind == "agreement" for m in site.cands) or _introduced(ctx, site.cands[0], ctx.lex.w("with"))
    ):
        return PASS  # the agreement itself, or whom they agreed with, follows: the verb's own object

    if site.nominal and site.method != "pronoun-agent":  # «أعلنتا اتفاقهما على …»: 'their agreeing on'
        return PASS
    if site.method not in ("subject-verb", "verb-subject-object", "each-of", "pronoun-agent", "pronoun-subject"):
        return PASS  # a subject carried from an earlier clause is too weak a party ("he had agreed to …" is not)
    j, te = site.start_after, site.sent.te  # after the subject when it follows the verb
    j = past_place(ctx, j, te - 1)  # «اتفقا في الرياض على …», "agreed in Doha on …"
    times, k0 = ctx.lex.w("time_adverbs"), j
    while j < te and j - k0 < 4 and (ctx.texts[j] in times or ctx.texts[j] in (",", "،")):
        j += 1  # «اتفقت الحكومة والحوثيون، اليوم الاثنين، على …»
    if not (j < te and ctx.toks[j].text in ctx.lex.w("terms_prepositions")):
        return PASS  # "agreed on/to …", «اتفقا على …»: the terms follow
    w = int(_cx(ctx, "agreed-terms", "window", 300))
    near = [m for m in ctx.ments.ending_within(site.i - w, site.i) if m.kind == "agreement"]
    near += [m for m in ctx.ments.ending_within(site.j, min(len(ctx.toks), site.j + w)) if m.kind == "agreement"]
    near = [m for m in near if _of_the_day(ctx, m.entity)]  # (not the 2001 pact the same article recalls)
    near = [m for m in near if family_of_mention(ctx, m) != "resolution"]  # (a resolution has voters, no parties)
    agr = min(near, key=lambda m: abs(m.ts - site.i), default=None)
    if agr is None or _sought_after(ctx, j, agr.ts):
        return PASS
    _each_source(ctx, site, emit, agr, "agrees_with", "agreed-terms")
    return PASS


def _sought_after(ctx: Context, j: int, at: int) -> bool:
    """ "agreed to continue consultations to help a ceasefire", "agreed to host talks to try to negotiate a
    truce": the agreement after a purpose verb (`purpose_verbs`) is what the agreed step seeks, not its terms."""
    purpose = ctx.lex.w("purpose_verbs")
    return any(ctx.texts[k] in purpose and ctx.texts[k - 1] == "to" for k in range(j + 1, at))


def _of_the_day(ctx: Context, eid: str) -> bool:
    """An agreement reached around the article's date: a known one signed within a week, or one discovered in it."""
    e = ctx.kb.get(eid)
    if e is None:
        return ctx.on is not None
    signed = e.record.get("_date") if "_date" in e.record else _signed(e)
    return ctx.on is not None and signed is not None and abs((ctx.on - signed).days) <= 7


def _signed(e):
    from explorer.extract.agreements import _kb_date

    return _kb_date(e)


@construction("condemned-proxy", "target", rtypes=("opposes",))
def condemned_proxy(ctx: Context, site: Site, emit) -> Outcome:
    """ "Hamas condemned the move", «نددت حركة حماس بالخطوة», "rejected the announcement": condemning or rejecting
    what stands for the agreement just reached (`agreement_proxies`) opposes that agreement, as welcoming it
    backs it (welcome-agreement)."""
    if site.rtype != "opposes" or site.nominal or not site.src:
        return PASS
    k = site.start_after
    while k < site.sent.te and ctx.texts[k] in ("the", '"'):  # («نددت حركة «حماس» بالخطوة»: past the mark)
        k += 1
    if k >= site.sent.te or ctx.texts[k] not in ctx.lex.w("agreement_proxies"):
        return PASS
    if any(ctx.ments.starting(x) for x in range(k + 1, min(k + 3, site.sent.te))):
        return PASS  # "condemned the move by Israel": a named act, not the agreement
    agr = last_agreement(ctx, site.i, int(_cx(ctx, "welcome-agreement", "window", 80)))
    if agr is None:
        return PASS
    _each_source(ctx, site, emit, agr, "opposes", "condemned-proxy")
    return DONE


@construction("condemned-attack", "target", rtypes=("opposes", "supports"))
def condemned_attack(ctx: Context, site: Site, emit) -> Outcome:
    """ "US warplanes struck Houthi targets. Iran condemned the strikes": condemning the attacks the sentence
    before reported, with no attacker named, opposes those who attacked (`attack_nouns`); backing them ("Canada
    backed the strikes", "provided support for the operation") backs those who attacked."""
    if not site.src or not site.state.attackers or site.nominal and site.rtype != "supports":
        return PASS
    k = _past_statement_aside(ctx, site, site.start_after)  # («ودانت مصر، في بيان، الهجمات»)
    k += site.nominal and k < site.sent.te and ctx.texts[k] in ctx.lex.w("stance_prepositions")  # "support for"
    while k < site.sent.te and ctx.texts[k] in ctx.lex.w("demonstratives"):  # "these strikes", «تلك الغارات»
        k += 1
    if k + 2 < site.sent.te and ctx.texts[k] in ctx.lex.w("calendar_words") and ctx.texts[k + 1] in ("'s", "’s"):
        k += 2  # "condemned Wednesday's airstrikes": the day's, no one's own
    if k >= site.sent.te or ctx.lex.w("attack_nouns").isdisjoint(ctx.toks[k].forms):
        return PASS
    if not (k > site.start_after or definite(ctx, ctx.toks[k])):
        return PASS  # (the attack named again: "the strikes", «الغارات»; not "strikes" in general)
    nxt = next((f.i for f in site.found[site.n_trig + 1 :] if f.i > k), site.sent.te)
    named = (m for x in range(site.start_after, min(k + 4, nxt)) for m in ctx.ments.starting(x))
    if any(actor(m) and not _attacked(ctx, m, site.start_after) for m in named):
        return PASS  # "condemned the Israeli strikes", "the attack by the RSF": the attacker is named here
    for a in site.state.attackers:
        if all(a.entity != s.entity for s in site.src):
            _each_source(ctx, site, emit, a, site.rtype, "condemned-attack")
    return DONE


@construction("rejected-accusation", "target", rtypes=("opposes",))
def rejected_accusation(ctx: Context, site: Site, emit) -> Outcome:
    """ "Kinshasa accused Kigali of arming the rebels. Rwanda rejected the accusations", «ورفضت أبوظبي
    الاتهامات»: rejecting the accusations (`accusation_nouns`) made against the subject in an earlier sentence,
    with no one named with them, opposes whoever made them."""
    if site.nominal or not site.src or not site.state.accusers:
        return PASS
    k = _past_statement_aside(ctx, site, site.start_after)
    while k < site.sent.te and (ctx.texts[k] in ("the", '"') or ctx.texts[k] in ctx.lex.w("demonstratives")):
        k += 1
    nouns, end = ctx.lex.w("accusation_nouns"), min(site.sent.te, k + 3)
    at = next((x for x in range(k, end) if not nouns.isdisjoint(ctx.toks[x].forms)), -1)
    if at < 0 or any(ctx.covered[x] or not ctx.toks[x].is_word for x in range(k, at)):
        return PASS  # ("rejected the call and accusations": one noun and "and" may come first)
    if any(ctx.ments.starting(x) for x in range(at + 1, min(at + 4, site.sent.te))):
        return PASS  # "rejected the accusations by Kinshasa": the accuser is named here
    accused = {x for s_ in site.src for x in _with_home_state(ctx, s_.entity)}
    done: set[str] = set()
    for accuser, target in site.state.accusers:
        hit = not accused.isdisjoint(_with_home_state(ctx, target))
        if hit and accuser.entity not in accused and accuser.entity not in done:
            done.add(accuser.entity)
            _each_source(ctx, site, emit, accuser, "opposes", "rejected-accusation")
    return DONE if done else PASS


def _with_home_state(ctx: Context, entity: str) -> set[str]:
    """An entity and, for a body of a state in the knowledge base (a ministry, an army), that state: the French
    foreign ministry rejects accusations made against France, Armenia those made against its army."""
    e = ctx.kb.get(entity)
    home = e.record.get("state") if e is not None and e.kind == "organization" else None
    return {entity, home} if isinstance(home, str) else {entity}


@construction("summoned-envoy", "target", rtypes=("opposes",), trigger_words="envoy_object_verbs")
def summoned_envoy(ctx: Context, site: Site, emit) -> Outcome:
    """ "summoned the Iranian ambassador Mohammad Kazem Al-e Sadeq", «واستدعت السفير الإيراني في بغداد محمد كاظم
    آل صادق»: summoning or expelling a named envoy opposes the state or body he represents, not the man."""
    if not site.src or ctx.lex.w("envoy_object_verbs").isdisjoint(ctx.toks[site.i].forms):
        return PASS
    k = site.start_after  # ("the Russian ambassador": the title starts after the demonym)
    title = next((t for t in ctx.titles if k <= t.ts <= k + 2 and t.person is not None and t.of), None)
    if title is None or not all(m.kind in _PRAISED for m in title.of):
        return PASS
    for m in title.of:
        _each_source(ctx, site, emit, m, "opposes", "summoned-envoy")
    return DONE


@construction("received-goods", "target", rtypes=("meets",), trigger_words="receive_verbs")
def received_goods(ctx: Context, site: Site, emit) -> Outcome:
    """ "Ukraine received F-16 jets from Denmark", «واستقبل السودان مساعدات إنسانية من مصر وقطر»: receiving aid,
    arms or money (`received_goods`) meets no one; whoever it comes from backs the receiver. Receiving freed
    captives or bodies (`received_people`) meets and backs no one."""
    if not site.src or ctx.lex.w("receive_verbs").isdisjoint(ctx.toks[site.i].forms):
        return PASS
    goods, end = ctx.lex.any_of("received_goods", "received_people"), min(site.sent.te, site.start_after + 6)
    k = next((x for x in range(site.start_after, end) if not goods.isdisjoint(ctx.toks[x].forms)), -1)
    if k < 0:
        return PASS
    if not ctx.lex.w("received_people").isdisjoint(ctx.toks[k].forms):
        return DONE  # "received 13 detainees released by Saudi Arabia": freed captives, no meeting, no backing
    froms = ctx.lex.w("agent_prepositions")
    at = next((x for x in range(k + 1, min(site.sent.te, k + 8)) if not froms.isdisjoint(ctx.toks[x].forms[:1])), -1)
    first = next((m for m in site.ments if at >= 0 and at <= m.np_start <= at + 1 and m.kind in _PRAISED), None)
    for giver in group_with(ctx, site.ments, first) if first is not None else []:
        for s_ in site.src:
            if giver.entity != s_.entity:
                emit(giver, s_, "supports", site.conf + _cx(ctx, "received-goods"), site.trig.text, "received-goods")
    return DONE


@construction("urged-to-stop", "target", rtypes=("supports",))
def urged_to_stop(ctx: Context, site: Site, emit) -> Outcome:
    """ "urged Rwanda to stop supporting the M23", "demanded that the Houthis halt their attacks", «طالب الحوثيين
    بوقف هجماتهم», «دعت إسرائيل إلى وقف هجومها»: calling on an actor to stop what it does opposes it
    (`stop_words` right after the one called on), and backs nobody."""
    if site.nominal or not site.src or ctx.lex.w("call_verbs").isdisjoint(ctx.toks[site.i].forms):
        return PASS
    k = site.start_after + (site.start_after < site.sent.te and ctx.texts[site.start_after] in ("on", "that"))
    departed = _departure_of(ctx, site, k) or _stopped_attackers(ctx, site, k)
    if departed:  # «طالب برحيل القوات الفرنسية», "called for an end to the Israeli offensive"
        for m in departed:
            _each_source(ctx, site, emit, m, "opposes", "urged-to-stop")
        return DONE
    who = next((m for m in site.cands if m.np_start <= k + 1), None)
    end = who.te if who is not None else k + 1
    if who is None and k < site.sent.te and ctx.texts[k] in ctx.lex.w("urged_pronouns"):
        who = _named_before(site, ctx.texts[k] != "them")  # "phoned Aliyev and urged him to stop"
    call = DONE if site.trig.phrase.words[-1] == "that" else PASS  # ("demanded that …": a call, no more)
    if call is DONE and who is not None and actor(who) and _demanded_of(ctx, site, who):
        _each_source(ctx, site, emit, who, "opposes", "urged-to-stop")
        return DONE
    if who is None or not actor(who):
        return call
    words, lead = ctx.lex.w("stop_words"), ctx.lex.w("stop_leads")  # ("to", "immediately", «إلى» before it)
    k = end
    while k < min(end + 2, site.sent.te) and ctx.texts[k] in lead:
        k += 1
    if k >= site.sent.te or words.isdisjoint(ctx.toks[k].forms):
        return call
    if who.role == "coref" and sum(m.ts == who.ts and m.te == who.te for m in site.cands) > 1:
        return DONE  # "urged both sides to stop fighting", «دعا الطرفين إلى وقف القتال»: a call for a truce
    _each_source(ctx, site, emit, who, "opposes", "urged-to-stop")
    undone = next((m for m in site.cands if k < m.ts <= k + 4 and m.kind == "agreement"), None)
    if undone is not None and ctx.free(k + 1, undone.ts):  # "urged Ethiopia to retract its deal with Somaliland"
        _each_source(ctx, site, emit, undone, "opposes", "urged-to-stop")
    return DONE


def _demanded_of(ctx: Context, site: Site, who: Ment) -> bool:
    """ "Iran demanded that the IAEA close its investigation", "Baku insists that Armenia first remove …": what one
    demands that another do (`demand_verbs` + "that", the other's verb bare or after "must"/"should",
    `demand_modals`) opposes it; keeping an agreement demanded ("that the parties respect the truce") backs that."""
    if ctx.lex.w("demand_verbs").isdisjoint(site.trig.phrase.words[:1]):
        return False
    k, te = who.te, site.sent.te
    while k < te and ctx.texts[k] in ctx.lex.w("call_adverbs") | ctx.lex.w("demand_adverbs"):
        k += 1
    k += k < te and ctx.texts[k] in ctx.lex.w("demand_modals")
    if k >= te or ctx.texts[k] in ctx.lex.w("keeping_verbs"):
        return False  # "demanded that the parties respect the truce": a call for the agreement
    w = ctx.texts[k]
    finite = ctx.lex.any_of("auxiliaries", "modal_words", "finite_verbs")
    third_person = w.endswith("s") and not w.endswith("ss")  # "that the Polisario represents …": a statement
    return w.isalpha() and w.islower() and w not in finite and not w.endswith(("ed", "ing")) and not third_person


def _named_before(site: Site, person: bool) -> Ment | None:
    """ "urged him to stop": the actor (a person for "him", "her") the sentence named last before the verb that is
    not its subject."""
    own = {m.entity for m in site.src}
    return next(
        (
            m
            for m in reversed(site.before)
            if m.ts >= site.sent.ts and actor(m) and m.entity not in own and (m.kind == "person") == person
        ),
        None,
    )


def _departure_of(ctx: Context, site: Site, k: int) -> list[Ment]:
    """«يطالب برحيل القوات الفرنسية والسفير الفرنسي»: the actors whose leaving is called for (`departure_nouns`
    right after the verb, the actors within a few words; English "demanded the withdrawal of" is a trigger)."""
    while k < site.sent.te and ctx.texts[k] in ctx.lex.w("call_adverbs"):
        k += 1  # «يطالب المجلس العسكري حالياً برحيل …»
    k += k < site.sent.te and (ctx.texts[k] == "the" or ctx.texts[k] in ctx.lex.w("stop_leads"))  # («دعا إلى رحيل …»)
    if k >= site.sent.te or ctx.lex.w("departure_nouns").isdisjoint(ctx.toks[k].forms):
        return []
    first = next((m for m in site.cands if m.ts > k and m.np_start - k <= 3), None)
    if first is None or not actor(first):
        return []
    return [m for m in group_with(ctx, site.ments, first) if actor(m)]


def _needed_to_stop(ctx: Context, site: Site, emit) -> None:
    """ "stressed the need to end the Israeli offensive", «أكد "ضرورة وقف التصعيد الإسرائيلي"»: a statement that
    opens with a need (`necessity_words`) to stop an actor's attacks opposes that actor."""
    k = site.start_after
    while k < site.sent.te and (ctx.texts[k] == '"' or ctx.texts[k] in ctx.lex.w("stop_fillers")):
        k += 1
    if k >= site.sent.te or ctx.texts[k] not in ctx.lex.w("necessity_words"):
        return
    for m in _stopped_attackers(ctx, site, k + 1):
        _each_source(ctx, site, emit, m, "opposes", "urged-to-stop")


def _said_culprit(ctx: Context, site: Site, emit) -> None:
    """ "the army said the RSF was responsible for the attack", "Baghdad said Turkey was behind the strike", «وقال
    الجيش إن قوات الدعم السريع تتحمل المسؤولية الكاملة عن الهجوم»: what is said opens with an actor, then (past a
    copula or adverb, `culprit_links`) a culprit predicate (`culprit_predicates`) whose object is a harm
    (`culprit_objects`, within four words), or a demand on it (`culprit_demands`: "Russia must be held accountable",
    "the RSF must stop attacking civilians"): the speaker opposes that actor (and still speaks of it)."""
    te, said, comps = site.sent.te, None, ctx.lex.complementizers
    that = next((k for k in range(site.start_after, min(te, site.start_after + 8)) if ctx.texts[k] in comps), te)
    for k in dict.fromkeys((site.start_after, _clause_start(ctx, site), that)):  # (after the verb, or past "that")
        k += k < te and ctx.texts[k] in comps
        k += k < te and ctx.texts[k] == "the"
        said = said or next((m for m in ctx.ments.starting(k) if actor(m) and not m.possessive), None)
    if said is None or any(s_.entity == said.entity for s_ in site.src):
        return
    at, links = said.te, ctx.lex.w("culprit_links")
    while at < te and ctx.texts[at] in links:
        at += 1
    preds, demands = ctx.lex.w("culprit_predicates"), ctx.lex.w("culprit_demands")
    n = next((n for n in (4, 3, 2, 1) if " ".join(ctx.texts[at : at + n]) in preds), 0)
    harms = ctx.lex.w("culprit_objects")
    harmed = n and any(not harms.isdisjoint(ctx.toks[x].forms) for x in range(at + n, min(te, at + n + 4)))
    if harmed or any(" ".join(ctx.texts[x : x + n]) in demands for x in (said.te, at) for n in (2, 3, 4, 5)):
        _each_source(ctx, site, emit, said, "opposes", "said-culprit")


def _described_as_wrong(ctx: Context, site: Site, emit) -> None:
    """ "described Israel's decision as a flagrant violation of international law", "called Ethiopia's deal with
    Somaliland a violation of its sovereignty": a describing verb (`describe_verbs`) whose object is an actor's act
    (the owner right after the verb) and whose description, within eight words, is a wrong (`wrong_descriptions`):
    the speaker opposes the owner (English)."""
    if ctx.lang == "ar" or ctx.texts[site.i] not in ctx.lex.w("describe_verbs") or site.j >= site.sent.te:
        return
    owner = next((m for m in ctx.ments.starting(site.j) if m.possessive and actor(m)), None)
    if owner is None or any(s_.entity == owner.entity for s_ in site.src):
        return
    wrongs, end = ctx.lex.w("wrong_descriptions"), min(site.sent.te, owner.te + 10)
    k = next((x for x in range(owner.te + 2, end) if ctx.texts[x] in ("as", "a", "an")), -1)
    if k > 0 and any(ctx.texts[x] in wrongs for x in range(k + 1, min(end, k + 4))):
        _each_source(ctx, site, emit, owner, "opposes", "said-culprit")


def _stopped_attackers(ctx: Context, site: Site, k: int) -> list[Ment]:
    """ "called for an end to the Israeli offensive", "demanded a halt to Russia's attacks", «طالبت بوقف العدوان
    الإسرائيلي»: the one whose attacks are to stop, named in the attack's phrase (not the one attacked)."""
    te, fill = site.sent.te, ctx.lex.w("stop_fillers")
    while k < te and ctx.texts[k] in fill:
        k += 1
    if k >= te or ctx.lex.w("stop_words").isdisjoint(ctx.toks[k].forms):
        return []
    attacks = ctx.lex.w("attack_nouns")
    at = next(
        (x for x in range(k + 1, min(k + 5, te)) if not attacks.isdisjoint((ctx.texts[x], *ctx.toks[x].forms))), -1
    )
    if at < 0:
        return []
    near = [m for x in range(k + 1, min(at + 3, te)) for m in ctx.ments.starting(x)]
    return [m for m in near if m.kind in _PRAISED[1:] and not _attacked(ctx, m, k + 1)]


@construction("mutual", "target", rtypes=("opposes",))
def mutual(ctx: Context, site: Site, emit) -> Outcome:
    """ "Armenia and Azerbaijan accused each other of breaking the truce", «تبادلت أرمينيا وأذربيجان الاتهامات»:
    each of two subjects opposes the other, whatever the accusation names."""
    if site.rtype != "opposes" or len(site.src) != 2 or not _mutual(ctx, site):
        return PASS
    a, b = site.src
    for x, y in ((a, b), (b, a)):
        emit(x, y, "opposes", site.conf + _cx(ctx, "mutual"), site.trig.text, _how(site, "mutual"))
    return DONE


@construction("to-discuss", "target", rtypes=("negotiates_with",), nominal=False, before="purpose_markers")
def to_discuss(ctx: Context, site: Site, emit) -> Outcome:
    """ "Obama phoned Netanyahu on Sunday to discuss the agreement": talks for which one phoned or met another
    are with that one (`purpose_markers` right before the verb; the call or meeting just before it)."""
    if site.i - 1 <= site.sent.ts or ctx.texts[site.i - 1] not in ctx.lex.w("purpose_markers"):
        return PASS
    prev = site.found[site.n_trig - 1] if site.n_trig > 0 else None
    if prev is None or prev.rtype not in ("phones", "meets") or prev.phrase.nominal:
        return PASS
    obj = next((m for m in site.ments if prev.j <= m.np_start < site.i and actor(m)), None)
    subj = [m for m in site.ments if m.te <= prev.i and actor(m)][-1:] or site.state.first_subjects[:1]  # ("He")
    if obj is None or not subj or subj[0].entity == obj.entity or not subj[0].kind == obj.kind == "person":
        return PASS  # (people who phone or meet; "representatives of A would meet B's officials to discuss" no)
    emit(subj[0], obj, "negotiates_with", site.conf + _cx(ctx, "to-discuss"), site.trig.text, _how(site, "to-discuss"))
    return DONE


@construction("dual-subject", "target")
def dual_subject(ctx: Context, site: Site, emit) -> Outcome:
    """ "Kerry and Lavrov met", «بحثا وقفاً لإطلاق النار»: no object, so the coordinated subjects relate (not
    mediators: "Egypt and Qatar, the mediators, said …" do not negotiate with each other)."""
    if site.cands:
        return PASS
    if not ctx.lex.w("mediation_words").isdisjoint(ctx.toks[site.i].forms):
        return DONE
    if site.rtype == "agrees_with" and (
        _agreement_object(ctx, site)
        or _bare_agreement_after(ctx, site)
        or pronoun_suffix(ctx, ctx.toks[site.i], site.trig.phrase.words[0])  # «توقيعه»: its signing
        or _after_time_word(ctx, site)  # "shook hands after the signing": an event named
        or _reached_stage(ctx, site)  # "the talks had reached a critical stage"
    ):
        return DONE
    if _unnamed_object(ctx, site):
        return DONE  # "travel with the presidents of A and B to meet both generals": they meet others, not each other
    if site.nominal and _in_relative_clause(ctx, site):
        return DONE  # "A and B discussed the declaration signed at the summit": the summit is the declaration's
    if _named_as_mediators(ctx, site):
        return DONE  # "mediators from the UAE, Saudi Arabia and Egypt tried to negotiate": not each other's sides
    if site.nominal and all(m.role == "coref" for m in site.src) and _after_time_word(ctx, site, past_of=True):
        return DONE  # "… of both countries ahead of the meeting": a meeting named as a time, not the pair's act
    if (site.rtype in _SYMMETRIC or site.rtype == "agrees_with") and 2 <= len(site.src) <= 3:
        _pairs(ctx, site, emit)
    elif site.rtype == "fights" and len(site.src) == 2 and _reciprocal(ctx, site):
        _pairs(ctx, site, emit)  # "Armenia and Azerbaijan clashed", «اشتبك الجيش وقوات الدعم السريع»
    return DONE


def _in_relative_clause(ctx: Context, site: Site) -> bool:
    """A relative pronoun after an agreement («إعلان النوايا الذي تم توقيعه بقمة …») or a signing participle after a
    noun ("the declaration signed at the … summit") between the coordinated subjects and the noun trigger: the
    noun belongs to that clause, it is not the subjects' own event."""
    lo = site.src[-1].te if site.src else site.i
    if lo >= site.i:
        return False
    rel, signed = ctx.lex.w("relative_pronouns"), ctx.lex.w("signer_participles")
    skip = ctx.lex.any_of("auxiliaries", "passive_be")
    for k in range(lo, site.i):
        if ctx.texts[k] in rel and _agreement_before(ctx, k):
            return True  # (not "negotiations between Kyiv and Moscow, which stalled after talks in Istanbul")
        if ctx.lang != "ar" and ctx.texts[k] in signed and k > lo and ctx.toks[k - 1].is_word:
            if ctx.texts[k - 1] not in skip and not any(m in site.src for m in ctx.ments.ending(k)):
                return True
    return False


def _named_as_mediators(ctx: Context, site: Site) -> bool:
    """The coordinated subjects follow a mediator noun and "from" / «من» («وسطاء من الإمارات والسعودية ومصر»,
    "mediators from Qatar, Egypt and the US"): the mediators' states, not sides of the talks."""
    if not site.src:
        return False
    k = site.src[0].np_start - 1
    if k < 1 or ctx.texts[k] not in ("from", "من"):
        return False
    return not (ctx.lex.any_of("mediation_words", "mediator_nouns")).isdisjoint(ctx.toks[k - 1].forms)


def _agreement_before(ctx: Context, k: int) -> bool:
    """An agreement's mention ends right before token k (or before the comma there; in Arabic one word of its
    genitive may follow it: «إعلان النوايا الذي»)."""
    k -= k > 0 and ctx.texts[k - 1] in (",", "،")
    ends = (k, k - 1) if ctx.lang == "ar" else (k,)
    return any(m.kind == "agreement" for e in ends for m in ctx.ments.ending(e))


def _unnamed_object(ctx: Context, site: Site) -> bool:
    """A verb trigger followed by an object that names no actor ("met both generals", "met their counterparts"):
    `object_determiners` right after it (English)."""
    j = site.j
    return not site.nominal and j < site.sent.te and ctx.texts[j] in ctx.lex.w("object_determiners")


def _attending(ctx: Context, site: Site) -> bool:
    """ "the US and Egypt were also involved in the talks", "Qatar and Turkey took part in the negotiations": a
    word of taking part (`attendance_words`) between the subjects and the talks noun; those who take part in talks
    are not said to negotiate with each other (they may be the mediators). So with a word of hosting or
    facilitating there (`host_stems`, `mediation_stems`): "Norway and Kenya facilitated the talks", "the role of
    Oman and Iraq in hosting the negotiations" name the hosts, not two sides."""
    if not site.src:
        return False
    between = ctx.toks[site.src[-1].te : site.i]
    words = ctx.lex.w("attendance_words") | ctx.lex.w("talks_halt_words")
    if not words.isdisjoint(t.text for t in between):
        return True  # ("the US and Saudi Arabia announced a suspension of the talks": the facilitators)
    stems = tuple(ctx.lex.any_of("host_stems", "mediation_stems"))
    return bool(stems) and any(f.startswith(stems) for t in between for f in t.forms)


def _exchanged(ctx: Context, site: Site) -> bool:
    """An exchange verb (`exchange_verbs`) among the six words before the trigger: «تبادلت أرمينيا وأذربيجان
    الاتهامات», «تبادل الطرفان القصف»: each subject does it to the other."""
    verbs = ctx.lex.w("exchange_verbs")
    return any(f in verbs for t in ctx.toks[max(site.sent.ts, site.i - 6) : site.i] for f in t.forms)


def _mutual(ctx: Context, site: Site) -> bool:
    """A stance held by each subject against the other: "each other" after the verb, or an exchange verb
    before the noun («تبادلت أرمينيا وأذربيجان الاتهامات»; `reciprocal_objects`, `exchange_verbs`)."""
    if " ".join(site.trig.phrase.words) in ctx.lex.w("reciprocal_stances"):
        return True  # "Morocco and Algeria have long been at odds"
    after = ctx.texts[site.j : min(site.sent.te, site.j + 2)]
    if " ".join(after) in ctx.lex.w("reciprocal_objects") or after[:1] and after[0] in ctx.lex.w("reciprocal_objects"):
        return True
    return _exchanged(ctx, site)


def _agreement_object(ctx: Context, site: Site) -> bool:
    """ "joined the Abraham Accords", "their commitment to the truce", «انضم إلى», «تعهد الجانبان بتنفيذ …»:
    triggers (`agreement_objects`) that make their subject a party only to an agreement named as their object;
    "Sweden joined NATO" is membership, "a commitment to Ukraine" no agreement, "Russia and China joined in"
    no agreement between the two."""
    return site.trig.phrase.words[0] in ctx.lex.w("agreement_objects")


def _goods_given(ctx: Context, site: Site, tgt: Ment) -> bool:
    """«قدمت إيران طائرات مسيرة لروسيا», «قدمت الولايات المتحدة مساعدات عسكرية لأوكرانيا»: a giving verb
    (`giving_verbs`) whose object is arms, aid or money (`received_goods`), then the one given to («ل», «إلى»):
    the receiver is backed, though the verb otherwise takes only a draft or a plan («قدمت مشروع قرار»)."""
    if ctx.lex.w("giving_verbs").isdisjoint(ctx.toks[site.i].forms):
        return False
    goods = ctx.lex.w("received_goods")
    if not any(not goods.isdisjoint(t.forms) for t in ctx.toks[site.start_after : tgt.np_start]):
        return False
    k = tgt.np_start
    given_to = ctx.texts[k][:1] == "ل" and len(ctx.toks[k].forms) > 1 or ctx.texts[k - 1] in ("إلى", "الى", "to")
    return k - site.start_after <= 6 and given_to


def _reached_stage(ctx: Context, site: Site) -> bool:
    """ "the talks between Sudan and Ethiopia had reached a critical stage", "reached a deadlock": a reaching verb
    (`reach_verbs`) whose object, within three words, is a stage of the talks (`stage_nouns`), not an agreement."""
    if site.trig.phrase.words[0] not in ctx.lex.w("reach_verbs"):
        return False
    return not ctx.lex.w("stage_nouns").isdisjoint(ctx.texts[site.j : min(site.j + 4, site.sent.te)])


def _after_time_word(ctx: Context, site: Site, past_of: bool = False) -> bool:
    """ "after the signing", «بعد التوقيع»: a signing named as a time is an event of the agreement named before,
    not an agreement between the sentence's subjects (`past_of`: also "ahead of the meeting")."""
    k = site.i - 1 - (site.i - 1 > site.sent.ts and ctx.texts[site.i - 1] == "the")
    if past_of and k > site.sent.ts and ctx.texts[k] == "of":
        k -= 1
    return k >= site.sent.ts and ctx.texts[k] in ctx.lex.w("time_prepositions")


def _bare_agreement_after(ctx: Context, site: Site) -> bool:
    """ "signed the accords", "accepted the deal", «وقعا الاتفاق»: the object is an agreement the document
    could not resolve; the signers are parties to it, not to an agreement with each other."""
    nouns, end = ctx.lex.agreement_nouns, min(site.j + 3, site.sent.te)
    return any(nouns.match_at(ctx.toks, k) for k in range(site.j, end))


def _reciprocal(ctx: Context, site: Site) -> bool:
    """A fight between the subjects themselves: "clashed", "have been at war", "fought each other", "fought a
    war", «اشتبكا», «تبادلا إطلاق النار»; not "fought in Syria" or "fought alongside the army" (allies)."""
    toks, words = ctx.toks, ctx.lex.w("reciprocal_fights")
    if site.trig.phrase.words[-1] in ctx.lex.w("against"):
        return False  # "a declaration of war against them": the war has an object, the subjects are one side
    k = site.src[0].np_start - 1 if site.src else -1
    if k >= 1 and ctx.texts[k] in ctx.lex.w("oblique_relatives") and ctx.texts[k - 1] in ctx.lex.w("against"):
        return False  # "the Wagner Group, against which French and Malian troops have fought": it is the one fought
    if any(f in words for f in toks[site.i].forms) or site.trig.text.lower() in words:
        return True
    if _exchanged(ctx, site):
        return True  # «تبادل الجيش وقوات الدعم السريع القصف»: the subjects between the exchange verb and the fire
    after = ctx.texts[site.j : min(site.sent.te, site.j + 6)]  # ("fought a six-week war")
    if after[:1] == ["for"] and not ctx.lex.w("duration_words").isdisjoint(after[1:4]):
        return True  # "the TPLF and the army fought for two years": a war between them, not for someone
    return not words.isdisjoint(after) or " ".join(after[:2]) in words


def _pairs(ctx: Context, site: Site, emit) -> None:
    if not ctx.lex.w("vote_verbs").isdisjoint(ctx.toks[site.i].forms):
        return  # «وصوتت روسيا والصين لصالح النص»: two who vote alike do not agree with each other
    if site.rtype == "negotiates_with" and _attending(ctx, site):
        return  # "the US and Egypt were also involved in the talks": no talks between the two
    face = site.rtype == "negotiates_with" and _in_person(ctx, site)
    for a, b in pairs(site.src):
        c = site.conf + _cx(ctx, "dual-subject")
        emit(a, b, site.rtype, c, site.trig.text, _how(site, "dual-subject"))
        if face and a.kind == b.kind == "person":  # "Aliyev and Pashinyan held talks": they met
            emit(a, b, "meets", c - 0.05, site.trig.text, _how(site, "talks-in-person"))


@construction("co-signatories", "target", rtypes=("agrees_with",))
def co_signatories(ctx: Context, site: Site, emit) -> Outcome:
    """ "signed the deal along with X", "an agreement with Russia and Azerbaijan", «وقّع الاتفاق مع …»: whoever
    signs with the subject is a party too. Leaves the subject's own relation to verb-object."""
    if site.rtype != "agrees_with" or _partner_first(ctx, site, emit):
        return PASS if site.rtype != "agrees_with" else DONE
    if site.cands[0].kind != "agreement":
        return PASS
    agr, toks, te = site.cands[0], ctx.toks, site.sent.te
    k, along, gap, window = agr.te, 0, 0, _cx(ctx, "co-signatories", "window", 3)
    while k < te and gap < window and toks[k].text not in ctx.lex.w("with"):
        if along := along_with(ctx, k):  # «وقّعت A على الاتفاق إلى جانب B», "along with B"
            break
        skip = _signing_adjunct(ctx, k, te)  # "signed the deal in Doha on Saturday (May 5) with …"
        gap, k = (gap, skip) if skip > k else (gap + 1, k + 1)
    if not along and (k >= te or toks[k].text not in ctx.lex.w("with")):
        return PASS
    if any(agr.te <= f.i < k for f in site.found):
        return PASS  # «تلتزم الحكومة بالخطة فإنه يواصل الحوار مع المعارضة»: "with" another act's partner
    others = [m for m in coordinated_after(ctx, site.ments, along or k + 1, te) if m not in site.src]
    others = others or ([] if along else _apposed_partners(ctx, k + 1, te))
    if others and (_as_mediator(ctx, max(m.te for m in others), te) or _absolute_with(ctx, others[0])):
        return PASS  # "signed the deal, with Qatar as mediator", ", with Trump hosting": they sign nothing
    for m in others:
        if m.kind in ontology.source_kinds("agrees_with"):
            emit(m, agr, "agrees_with", site.conf - 0.05, site.trig.text, _how(site, "co-signatories"))
    _signatory_bodies(ctx, site, emit, others, agr)
    return PASS


def _past_signing_adjuncts(ctx: Context, k: int, te: int) -> int:
    """Past the place and time phrases right at k ("declared on Friday a truce", "in Doha on Saturday"):
    the token after the last of them (up to three), else k."""
    for _ in range(3):
        nxt = _signing_adjunct(ctx, k, te)
        if nxt == k:
            break
        k = nxt
    return k


def _apposed_partners(ctx: Context, k: int, te: int) -> list[Ment]:
    """ "signed a peace deal with the rival faction, the X", "with its main rebel group, the X": after "with", a
    short description in lower-case words (up to five, no name) and a comma, the partner is named in apposition
    (English). Not a speaker after the comma ("signed a deal with the rebels, the army said")."""
    texts, x = ctx.texts, k
    while x < te and x - k < 5 and (texts[x] == "'s" or texts[x].isalpha() and not ctx.capitalized(x)):
        x += 1
    if ctx.lang == "ar" or x == k or x + 1 >= te or texts[x] != "," or any(ctx.ments.starting(y) for y in range(k, x)):
        return []
    named = coordinated_after(ctx, ctx.ments, x + 1, te)
    if not named or named[0].np_start > x + 2 or speech_verb_at(ctx, named[-1].te):
        return []
    return [m for m in named if actor(m)]


def _signing_adjunct(ctx: Context, k: int, te: int) -> int:
    """Past a place or a time of the signing right at k, which parts the agreement from "with" and its partner
    without counting in the window: a place after a location word ("in Doha"), a day after "on" ("on Saturday"),
    a date or day in parentheses ("(May 5)"); else k. English only: an Arabic time phrase counts as words."""
    texts = ctx.texts
    if ctx.lang == "ar" or k + 1 >= te:
        return k
    times = ctx.lex.any_of("time_adverbs", "calendar_words")
    if texts[k] in ctx.lex.w("location_words"):
        place = _signing_place(ctx, k + 1, te)
        return place.te if place is not None and place.te < te else k
    if texts[k] in ctx.lex.w("day_prepositions") and texts[k + 1] in times:
        return k + 2
    if texts[k] == "(":
        close = next((x for x in range(k + 1, min(te, k + 6)) if texts[x] == ")"), -1)
        inner = texts[k + 1 : close] if close > 0 else []
        dated = bool(inner) and all(t in times or t.isdigit() or t == "," for t in inner)
        return close + 1 if dated else k
    return k


def _signing_place(ctx: Context, k: int, te: int) -> Ment | None:
    """The place named right at k, or past a description of it ("the Qatari capital Doha", "the capital, Juba"):
    up to four words between, each an article, a comma, a lower-case word or a demonym."""
    for x in range(k, min(te, k + 5)):
        place = next((m for m in ctx.ments.starting(x) if m.kind == "place"), None)
        if place is not None:
            return place
        demonym = any(m.role == "demonym" for m in ctx.ments.starting(x))
        if not (demonym or ctx.texts[x] == "," or ctx.texts[x].isalpha() and not ctx.capitalized(x)):
            return None
    return None


def _as_mediator(ctx: Context, k: int, te: int) -> bool:
    """ "as mediator", «كوسيط», «بصفتها وسيطاً» right after a name (`mediator_roles`): its role in the signing."""
    roles = ctx.lex.w("mediator_roles")
    k += k < te and ctx.texts[k] in ("as", "بصفته", "بصفتها", "بصفتهما")
    return k < te and (ctx.texts[k] in roles or ctx.lasts[k] in roles)


def _partner_first(ctx: Context, site: Site, emit) -> bool:
    """«وقّعت مع الكونغو في واشنطن اتفاق سلام», «وقّعت إثيوبيا في مطلع يناير مع أرض الصومال مذكرة», "reached with
    Russia a deal": the partner after "with" (past a time phrase naming nobody) comes before the agreement; both
    sides are parties to it."""
    with_, k = ctx.lex.w("with"), site.start_after
    own = {m.entity for m in site.src}  # («وقعت الحكومة الانتقالية السودانية مع …»: the subject's own adjective)
    first = next((m for m in site.cands if m.kind != "agreement" and m.entity not in own), None)
    w = _cx(ctx, "co-signatories", "partner_window", 8)
    if first is None or not _introduced(ctx, first, with_) or first.np_start - k > w:
        return False
    if any(t in (",", "،", ".") or t in ctx.lex.w("clause_breaks") for t in ctx.texts[k : first.np_start]):
        return False
    partners = group_with(ctx, site.ments, first)
    agr = next((m for m in site.cands if m.kind == "agreement" and 0 <= m.ts - partners[-1].te <= w), None)
    if agr is None:
        return False
    for m in partners:
        emit(m, agr, "agrees_with", site.conf - 0.05, site.trig.text, _how(site, "co-signatories"))
    _each_source(ctx, site, emit, agr, "agrees_with", "co-signatories")
    return True


@construction("call-to-agreement", "target")
def call_to_agreement(ctx: Context, site: Site, emit) -> Outcome:
    """«دعت مجلس الأمن إلى تطبيق القرار 1701», "urged X to respect the truce": the agreement is backed."""
    tgt = site.cands[0]
    calling = not ctx.lex.w("call_verbs").isdisjoint(ctx.toks[site.i].forms)
    if site.rtype != "supports" or not calling:
        return PASS
    if tgt.kind == "agreement":  # «طالب بيدرسن بتنفيذ القرار 2254», "called for implementing resolution 2254"
        if not any(t.text in ctx.lex.w("implement_words") for t in ctx.toks[max(site.j, tgt.ts - 3) : tgt.ts]):
            return PASS
        _each_source(ctx, site, emit, tgt, "supports", "call-to-agreement")
        if not _of_the_day(ctx, tgt.entity):
            _each_source(ctx, site, emit, tgt, "references", "call-to-agreement")
        return DONE
    w = _cx(ctx, "call-to-agreement", "window", 8)
    agr = next((m for m in site.cands if m.kind == "agreement" and m.ts - tgt.te <= w), None)
    if agr is None:  # «حثت الطرفين على استئناف ما اتفقا عليه في "إعلان جدة"»: past the verb of the relative
        end = group_with(ctx, site.ments, tgt)[-1].te
        near = ctx.ments.ending_within(end, min(site.sent.te, end + int(w) + 2))
        agr = next((m for m in near if m.kind == "agreement" and not m.in_np and m.ts >= end), None)
    for a in [agr, *_called_also(ctx, site, agr)] if agr is not None else []:
        _each_source(ctx, site, emit, a, "supports", "call-to-agreement")
        if not _of_the_day(ctx, a.entity):  # calling on the parties to keep an earlier agreement invokes it
            _each_source(ctx, site, emit, a, "references", "call-to-agreement")
    return DONE


def _called_also(ctx: Context, site: Site, agr: Ment) -> list[Ment]:
    """«حثت الطرفين على استئناف ما اتفقا عليه في "إعلان جدة" …، وعلى اتفاق وقف إطلاق النار», "urged them to return
    to X and to Y": agreements after the first one that repeat the call's preposition with "and"."""
    out, toks = [], ctx.toks
    for m in ctx.ments.ending_within(agr.te + 1, min(site.sent.te, agr.te + 40)):
        k = m.np_start - 1
        if m.kind != "agreement" or m.in_np or k <= agr.te:
            continue
        preps = ctx.lex.w("call_prepositions")
        glued = ctx.lang == "ar" and toks[k].text[:1] == "و" and not preps.isdisjoint(toks[k].forms)
        if glued or (toks[k].text in preps and toks[k - 1].text in ctx.lex.w("and")):
            out.append(m)
    return out


def _each_source(ctx: Context, site: Site, emit, target, rtype: str, name: str) -> None:
    """Every subject of the site to `target`, with construction `name`'s confidence and method."""
    for s_ in site.src:
        emit(s_, target, rtype, site.conf + _cx(ctx, name), site.trig.text, _how(site, name))


def _welcomed_deal(ctx: Context, site: Site) -> bool:
    """ "Egypt welcomed the ceasefire between Israel and Hamas": welcoming an agreement is no meeting with its
    parties (welcome-agreement, before, backs a named one)."""
    if site.rtype != "meets" or ctx.texts[site.i] not in ctx.lex.w("welcome_verbs"):
        return False
    k = site.j + (site.j < site.sent.te and ctx.texts[site.j] in ("the", "a", "an"))
    return k < site.sent.te and (bool(ctx.lex.agreement_nouns.match_at(ctx.toks, k)) or _welcomed_owners(ctx, site, k))


def _welcomed_owners(ctx: Context, site: Site, k: int) -> bool:
    """ "welcomed the TPLF delegation's visit to Addis Ababa", "welcomed Hamas's decision": the first name after the
    verb owns what is welcomed ("'s" right after its phrase, no person named after it); no one is received."""
    m = next((x for x in site.cands if x.np_start == k), None)
    if m is None or m.kind == "person":
        return False
    e = m.te
    while e < site.sent.te and e - m.te < 2 and not ctx.texts[e].startswith(("'", "’")):
        e += 1  # ("the TPLF delegation's": a common noun of the owner's phrase)
    if e >= site.sent.te or ctx.texts[e] not in ("'s", "’s", "'", "’"):
        return False
    return not any(x.kind == "person" and e < x.ts <= e + 3 for x in site.cands)


def _object_in_suffix(ctx: Context, site: Site) -> bool:
    """«الفصائل التي تدعمها»: an Arabic verb of a relative clause whose object is its attached pronoun (the
    antecedent); a name after it belongs to what follows («… للابتعاد عن النصرة»), not to the verb."""
    if ctx.lang != "ar" or site.nominal or site.i <= site.sent.ts:
        return False
    if ctx.texts[site.i - 1] not in ctx.lex.w("relative_who"):
        return False
    if site.rtype == "fights" and _launched_attack(ctx, site):
        return False  # «الهجمات التي تشنها القوات التركية على مواقع الحزب»: the pronoun is the attack, the one
        # attacked follows «على»
    return pronoun_suffix(ctx, ctx.toks[site.i], site.trig.phrase.words[0])


def _launched_attack(ctx: Context, site: Site) -> bool:
    """An attack noun (`attack_nouns`) ends the antecedent of the relative pronoun before the verb, up to two
    adjectives between («الغارات الجوية العنيفة التي تشنها …»)."""
    attacks = ctx.lex.w("attack_nouns")
    lo = max(site.sent.ts, site.i - 4)
    return any(not attacks.isdisjoint(ctx.toks[k].forms) for k in range(lo, site.i - 1))


def _no_partner(ctx: Context, site: Site, tgt: Ment) -> bool:
    """Names right after «بحضور» (`presence_words`: "in the presence of") attend what the subject does and are not
    those it talks with («أعلن X بنود الاتفاق خلال جلسة الحوار بحضور Y وZ»); a state after an integrity noun
    («التزام A وB بسيادة السودان») is what they are committed to respect, no party they agree with."""
    k = tgt.np_start - 1
    if k < site.j:
        return False
    if site.rtype in ("negotiates_with", "meets") and ctx.texts[k] in ctx.lex.w("presence_words"):
        return True
    integrity = ctx.lex.w("integrity_nouns")
    return site.rtype == "agrees_with" and tgt.kind == "state" and not integrity.isdisjoint(ctx.toks[k].forms)


def _lifted(ctx: Context, site: Site, tgt: Ment, emit) -> bool:
    """A measure backed as something to lift or repeal (`lifting_words` a few words before it: «برفع حظر السلاح»,
    "the lifting of the arms embargo", "to lift the sanctions"): the call is against it (emitted here)."""
    if site.rtype != "supports" or tgt.kind != "agreement" or not lifted(ctx, site.j, tgt):
        return False
    _each_source(ctx, site, emit, tgt, "opposes", "verb-object")
    return True


@construction("verb-object", "target")
def verb_object(ctx: Context, site: Site, emit) -> Outcome:
    """The first suitable mention after the verb is its object; lists on both sides say nothing."""
    rtype, src = site.rtype, site.src
    if (
        _welcomed_deal(ctx, site)
        or _object_in_suffix(ctx, site)
        or _sponsored_talks(ctx, site)
        or _the_meeting_before(ctx, site)
    ):
        return DONE
    tgt = _discussed_with(ctx, site, emit) if rtype == "negotiates_with" else _head_of_object(ctx, site.cands)
    if tgt is not None and _subjects_ally(ctx, site, tgt):
        tgt = next((m for m in site.cands if m.ts >= tgt.te), None)
    if tgt is not None and _origin(ctx, site, tgt):  # "travelled from Warsaw to Kyiv": where he goes, after
        tgt = next((m for m in site.cands if m.ts >= tgt.te), None)
    if tgt is not None and rtype == "agrees_with":
        tgt = _proposal_to_extend(ctx, site, tgt)
    if tgt is None or _no_object(ctx, site, tgt, emit):
        return DONE
    dist = tgt.ts - site.start_after  # (of the first object: "on behalf of" may name another below)
    if rtype == "agrees_with" and tgt.kind != "agreement" and _agreed_with_no_party(ctx, site, tgt, emit):
        return DONE
    if rtype in _SYMMETRIC and (tgt := _past_behalf(ctx, site, tgt)) is None:
        return DONE
    if (rtype in _SYMMETRIC or rtype == "visits") and _no_partner_named(ctx, site, tgt, emit):
        return DONE
    tgts = _targets(ctx, site, tgt)
    if rtype in _SYMMETRIC and len(src) + len(tgts) > 3 and not (min(len(src), len(tgts)) == 1 and len(src) <= 4):
        return DONE  # a list of participants is not a statement of who met whom; one host and his guests is, and
        # so are the guests who met one host ("the ministers of Russia, Iran and Turkey met Pedersen")
    if (len(src) * len(tgts) > 4 and tgt.kind != "agreement") or (rtype == "visits" and len(src) > 2):
        return DONE  # lists on both sides: who did what to whom is not stated
    _emit_objects(ctx, site, emit, tgts, site.conf - 0.02 * max(0, dist - 3))
    if rtype == "agrees_with" and tgt.kind == "agreement":
        _signatory_bodies(ctx, site, emit, src, tgt)
    return DONE


def _proposal_to_extend(ctx: Context, site: Site, tgt: Ment) -> Ment:
    """«وافق على اقتراح من إيغاد بتمديد الهدنة أسبوعا»: a proposal (`proposal_nouns`) to extend or renew
    (`continuation_words`) an agreement named within 14 tokens after it: the sides agree to that agreement,
    not to a proposal of their own (Arabic)."""
    if ctx.lang != "ar" or tgt.kind != "agreement" or ctx.texts[tgt.te - 1] not in ctx.lex.w("proposal_nouns"):
        return tgt
    words, hi = ctx.lex.w("continuation_words"), min(site.sent.te, tgt.te + 14)
    for k in range(tgt.te, hi - 1):
        if ctx.texts[k] in (".", "،", ",", "؛"):
            break
        if ctx.texts[k] in words:
            nxt = next((m for m in site.cands if k < m.np_start <= k + 2 and m.kind == "agreement"), None)
            return nxt if nxt is not None else tgt
    return tgt


def _fought_over(ctx: Context, site: Site, tgt: Ment, emit) -> bool:
    """ "the army and the RSF are fighting for control of Sudan", «يتقاتلان للسيطرة على السودان»: a word of
    control (`prize_words`) between a fight verb and the name makes the name the prize, not the enemy; two
    subjects then fight each other."""
    if site.rtype != "fights" or site.nominal or tgt.np_start - site.start_after > 5:
        return False
    words = ctx.lex.w("prize_words")
    if not any(not words.isdisjoint(t.forms) for t in ctx.toks[site.start_after : tgt.np_start]):
        return False
    if len(site.src) == 2:
        _pairs(ctx, site, emit)
    return True


def _subjects_ally(ctx: Context, site: Site, m: Ment) -> bool:
    """«وأيدت روسيا الحليفة لسوريا القرار», "Russia, Syria's ally, backed the resolution": the name an ally noun
    (`ally_nouns`) right after the subject introduces describes the subject; the verb's object comes after it."""
    k = m.np_start - 1
    if k < 1 or ctx.texts[k] not in ctx.lex.w("ally_nouns"):
        return False
    return any(s.te in (k, k - 1) for s in site.src)


def _no_object(ctx: Context, site: Site, tgt: Ment, emit) -> bool:
    """The first mention is not the verb's object: too far, in the next clause, a victim, a far complement, a
    name beside the agreement acted on, a measure to lift (its opposition emitted here) or no partner."""
    if _unanchored_support_noun(ctx, site, tgt) or _member_role(ctx, site, tgt):
        return True
    dist = tgt.ts - site.start_after
    if dist > _cx(ctx, "verb-object", "window", 15) or _second_clause(ctx, site, tgt) or _patient(ctx, site, tgt):
        return True
    if _next_subject(ctx, site, tgt) or _inside_the_charge(ctx, site, tgt) or _attribution_after(ctx, site, tgt):
        return True
    if _noun_as_subject(ctx, site, tgt):
        return True
    return (
        _fought_over(ctx, site, tgt, emit)
        or _anothers_between(ctx, site, tgt)
        or _far_complement(ctx, site, tgt)
        or (tgt.kind != "agreement" and _agreement_object(ctx, site) and not _goods_given(ctx, site, tgt))
        or _lifted(ctx, site, tgt, emit)  # «طالب برفع حظر السلاح», "called for lifting the embargo": against it
        or _no_partner(ctx, site, tgt)
        or _helped_against(ctx, site, tgt)
    )


def _helped_against(ctx: Context, site: Site, tgt: Ment) -> bool:
    """ "sent troops to help defeat the militants", "drones to help counter the rebels", «للمساعدة في هزيمة الحركة»,
    «للمساعدة في القضاء على التنظيم»: a word of fighting or pushing back (`help_against_words`, or a fights or
    opposes trigger) after a verb or noun of helping (`help_words`), right before the name or one link word
    before it (`help_against_links`), makes the name the one fought, not the one helped. "help Kenya fight X"
    helps the name before it; "help combat terrorism in Mali" and "help end the fighting in Sudan" still help the
    place named after the fight's own object."""
    if site.rtype != "supports" or ctx.lex.w("help_words").isdisjoint(site.trig.phrase.words[:1]):
        return False
    k = tgt.np_start - 1
    if k > site.start_after and ctx.texts[k] in ctx.lex.w("help_against_links"):
        k -= 1
    if k < site.start_after:
        return False
    if not ctx.lex.w("help_against_words").isdisjoint(ctx.toks[k].forms):
        return True
    ends = (k + 1, tgt.np_start)  # («القضاء على»: a trigger may end with the link word)
    return any(f.rtype in ("fights", "opposes") and f.i >= site.start_after and f.j in ends for f in site.found)


def _origin(ctx: Context, site: Site, tgt: Ment) -> bool:
    """ "Blinken, who arrived by train from Poland", «وصل قادما من طهران»: the place a traveller comes from
    (`origin_words`, with «من» after the Arabic participle) is not where he goes."""
    k = tgt.np_start - 1 - (ctx.lang != "ar" and ctx.texts[tgt.np_start - 1] == "the")
    if site.rtype != "visits" or k <= site.j - 1:
        return False
    words = ctx.lex.w("origin_words")
    return ctx.texts[k] in words or (ctx.lang == "ar" and ctx.texts[k] == "من" and ctx.texts[k - 1] in words)


def _noun_as_subject(ctx: Context, site: Site, tgt: Ment) -> bool:
    """ "The visit also comes ahead of a NATO summit in Vilnius", "Griffiths' meeting comes a day after talks in
    Jeddah", "The meeting occurred as X …": a noun trigger that is the subject of a verb of sequence or occurrence
    (`noun_subject_verbs`) before the name, or of a copula and predicate (`noun_predicate_openers`) right after
    it; what follows that verb is no object of the noun (English)."""
    if not site.nominal or site.rtype not in ("meets", "visits", "negotiates_with", "phones"):
        return False
    verbs, texts = ctx.lex.w("noun_subject_verbs"), ctx.texts
    if any(texts[k] in verbs for k in range(site.j, min(tgt.np_start, site.j + 3))):
        return True
    # "The meeting occurred as X continued to refuse", "the goal of the meeting is to achieve a ceasefire in the
    # conflict with Thailand": a copula and its predicate (`noun_predicate_openers`) right after the noun
    j, k = site.j, site.j + 1
    k += k < tgt.np_start and ctx.toks[k].text in ('"', "“")  # 'is "to achieve …"'
    return k < tgt.np_start and f"{texts[j]} {texts[k]}" in ctx.lex.w("noun_predicate_openers")


def _attribution_after(ctx: Context, site: Site, tgt: Ment) -> bool:
    """ "agreed to a pause in fighting, Qatar said": a name after a comma with a speech verb right after it (a
    `states` trigger, not a noun) is who reports the clause, not the trigger's object (English; an agreeing verb's
    pair is _agreed_with_no_party's)."""
    if ctx.lang == "ar" or site.rtype == "agrees_with" or tgt.te >= site.sent.te:
        return False
    if "," not in ctx.texts[site.j : tgt.np_start]:
        return False
    return speech_verb_at(ctx, tgt.te)


def _anothers_between(ctx: Context, site: Site, tgt: Ment) -> bool:
    """ "were meeting in Munich with the aim of restarting the talks between the government and the opposition",
    "met to revive talks between Sudan and South Sudan": the name follows another trigger noun after the verb
    whose "between" phrase (`between` right after it) holds it; it is that noun's side, not this verb's object."""
    words = ctx.lex.w("between")
    return any(
        f is not site.trig and site.j <= f.i and f.j < tgt.np_start and ctx.texts[f.j] in words for f in site.found
    )


def _absolute_with(ctx: Context, tgt: Ment) -> bool:
    """ "met in Istanbul, with Hakan Fidan chairing the meeting", "talks in Caracas, with Venezuela and Cuba acting
    as guarantors", "…, with Qatar as mediator", "signed the deal, with X on hand to witness it", "with X present":
    after ", with", names and a participle, "as" or a word of presence (`absolute_predicates`) make a clause of
    their own; the names are not the verb's objects (English)."""
    texts = ctx.texts
    if ctx.lang == "ar":
        return False
    k = _list_edge(ctx, tgt.np_start - 1, -1)
    if k < 1 or texts[k] != "with" or texts[k - 1] != ",":
        return False  # (most candidates: no ", with" before them, and no list walked after them)
    e = _list_edge(ctx, tgt.te, 1)
    if e < len(texts) and (texts[e] == "as" or texts[e] in ctx.lex.w("absolute_predicates")):
        return True
    return e < len(texts) and texts[e].endswith("ing") and texts[e].isalpha() and texts[e].islower()


def _list_edge(ctx: Context, j: int, step: int) -> int:
    """The word just outside the list of names that j borders ("and", "," between them), walking by `step`."""
    texts, n = ctx.texts, len(ctx.texts)
    for _ in range(6):
        if not (0 <= j < n and texts[j] in ("and", ",")):
            return j
        if step < 0:
            m = next((x for x in ctx.ments.ending(j) if actor(x)), None)
            j = m.np_start - 1 if m is not None else j
        else:
            m = next((x for x in ctx.ments.starting(j + 1 + (texts[j + 1 : j + 2] == ["the"])) if actor(x)), None)
            j = m.te if m is not None else j
        if m is None:
            return j
    return j


def _inside_the_charge(ctx: Context, site: Site, tgt: Ment) -> bool:
    """ "The RSF accused the army of using Islamist militias": past "of"/"for" and a gerund, the names are the
    charge's; the one accused (here unnamed) stands before it (English)."""
    if ctx.lang == "ar" or ctx.lex.w("accusation_words").isdisjoint(ctx.toks[site.i].forms):
        return False
    texts = ctx.texts
    return any(
        texts[k] in ("of", "for") and texts[k + 1].endswith("ing") for k in range(site.start_after, tgt.np_start - 1)
    )


def _agreed_with_no_party(ctx: Context, site: Site, tgt: Ment, emit) -> bool:
    """ "agreed to set up a zone, Putin said": an actor after an agreeing verb not introduced by "with" is no
    party to the agreement (the pair of subjects agreed with each other, emitted here)."""
    party = _introduced(ctx, tgt, ctx.lex.w("with")) and not _contact_with(ctx, tgt)
    close = tgt.np_start - site.start_after <= 1 and ctx.texts[site.start_after] not in ctx.lex.complementizers
    party = party or close  # ("agreed with X"; "agreed X", right after the verb; not "agreed that X must …")
    if party and not (tgt.topic and tgt.role == "demonym"):  # «اتفقت السعودية وإيران برعاية صينية»: a sponsor
        return False
    own = "verb-subject-object" if ctx.lang == "ar" else "subject-verb"  # «واتفقت الحركتان على تمكين الحكومة»
    pair = 2 <= len(site.src) <= 3 and site.method == own
    if pair and not site.nominal and not _agreement_object(ctx, site):
        _pairs(ctx, site, emit)  # "Turkey and Russia agreed to set up a zone, Putin said": the two agreed
    return True  # Putin is not a party to the agreement


def _named_as_topic(ctx: Context, site: Site, tgt: Ment, partner: bool) -> bool:
    """The name after a meeting or call word is what it is about, not who takes part: after an agreement named
    first, after "between" when a pair discusses it, at a venue ("on the sidelines of"), or a talks topic."""
    start = site.start_after
    if not partner and any(m.kind == "agreement" and start <= m.ts < tgt.ts for m in site.ments):
        return True
    # «بحثا وقفاً لإطلاق النار بين إسرائيل وحماس»: a pair that discusses what is between others
    if len(site.src) >= 2 and _introduced_near(ctx, tgt, ctx.lex.w("between"), start):
        return True
    # "held talks on the sidelines of the ASEAN meeting": the body whose meeting hosts the talks is no party
    if _introduced_near(ctx, tgt, ctx.lex.w("venue_margins"), start, 3):
        return True
    return site.rtype in ("negotiates_with", "phones", "meets") and _talks_topic(ctx, tgt)  # "talks on Syria"


def _introduced_or_close(ctx: Context, site: Site, tgt: Ment, partner: bool) -> bool:
    """A noun trigger's partner: introduced by "with" or an Arabic «بـ»/«لـ», or within two words of it (a time
    set off by commas or a time phrase not counted: «اتصالا اليوم الأربعاء من X»)."""
    toks, start = ctx.toks, site.start_after
    if partner or (toks[tgt.np_start].text.startswith(("ب", "ل")) and len(toks[tgt.np_start].forms) > 1):
        return True
    k = tgt.np_start
    return k - start - _time_aside(ctx, start, k) <= 2 or _untimed_gap(ctx, start, k) <= 2


def _no_partner_named(ctx: Context, site: Site, tgt: Ment, emit) -> bool:
    """A meeting, call or visit whose next name is a topic ("talks on Syria", "a ceasefire between Israel and
    Hamas", "on the sidelines of the ASEAN meeting") or too far from a noun trigger to be its partner: no partner
    named (a pair of subjects met each other, emitted here)."""
    rtype, src = site.rtype, site.src
    partner = _introduced(ctx, tgt, ctx.lex.w("with_words")) or _with_their_envoys(ctx, tgt)
    held = not site.nominal or rtype == "visits" or _introduced_or_close(ctx, site, tgt, partner)
    if not _named_as_topic(ctx, site, tgt, partner) and held:
        return False
    if 2 <= len(src) <= 3 and rtype in _SYMMETRIC:  # «بحثا وقفا لإطلاق النار»: the pair discussed it
        _pairs(ctx, site, emit)
    return True


def _time_aside(ctx: Context, lo: int, hi: int) -> int:
    """«تلقى اتصالا هاتفيا، الأربعاء، من …»: the length of a time set off by commas (`time_adverbs`) right at lo,
    which stands between a noun and its complement without parting them; 0 when there is none."""
    times, k = ctx.lex.w("time_adverbs"), lo + 1
    if lo >= hi or ctx.texts[lo] not in (",", "،"):
        return 0
    while k < hi and ctx.texts[k] in times:
        k += 1
    return k + 1 - lo if lo + 1 < k < hi and ctx.texts[k] in (",", "،") else 0


def _the_meeting_before(ctx: Context, site: Site) -> bool:
    """«ونقل عراقجي خلال اللقاء تحيات الرئيس الإيراني إلى …», "during the meeting, he conveyed greetings from
    the president": the meeting a frame word (`frame_prepositions`) and the article point back to was named
    before; whoever the clause names after it did not meet (no "with" or "between" follows the noun)."""
    i = site.i
    if not site.nominal or site.rtype not in _SYMMETRIC or i < 1 or site.j >= site.sent.te:
        return False
    frame, k = ctx.lex.w("frame_prepositions"), i - 1
    definite = ctx.toks[i].text.startswith("ال") if ctx.lang == "ar" else ctx.texts[k] == "the"
    k -= ctx.lang != "ar" and definite
    return definite and k >= 0 and ctx.texts[k] in frame and ctx.texts[site.j] not in ctx.lex.w("with_words")


def _untimed_gap(ctx: Context, a: int, b: int) -> int:
    """The tokens from a to b, a time phrase between not counted (`time_adverbs`, `calendar_words`, a
    `day_prepositions` word before one): «اليوم الأربعاء», «مساء الثلاثاء», "late on Wednesday"."""
    times, texts = ctx.lex.any_of("time_adverbs", "calendar_words"), ctx.texts
    preps = ctx.lex.w("day_prepositions")
    return sum(1 for k in range(a, b) if texts[k] not in times and not (texts[k] in preps and texts[k + 1] in times))


def _apposed_object(ctx: Context, site: Site, tgt: Ment) -> bool:
    """A comma and an indefinite article (`appositive_articles`) between a noun trigger and the name: ", a charge
    Kabul rejected", ", an accusation the Kremlin denied" open a noun phrase in apposition to what was said before;
    the name in it belongs to that phrase, not to the noun before the comma (English)."""
    if not site.nominal:
        return False
    arts = ctx.lex.w("appositive_articles")
    return any(ctx.texts[k] == "," and ctx.texts[k + 1] in arts for k in range(site.start_after, tgt.np_start - 1))


def _noun_use(ctx: Context, f: Trigger, sent_ts: int) -> bool:
    """A noun trigger, or a verb's word right after a verb and its subject («رفضت إيران دعم واشنطن»: the object) or
    an article ("condemned the strikes on civilians by Israel")."""
    return _noun_trigger(ctx, f) or object_after_subject(ctx, f.i, sent_ts) or after_determiner(ctx, f.i, sent_ts)


def _noun_trigger(ctx: Context, f: Trigger) -> bool:
    """A noun trigger, or a verb's word with the article («أدانت القصف الروسي للمدن»: «القصف» is the bombing, the
    object, not a verb that opens the next clause)."""
    return f.phrase.nominal or stance_noun(ctx, f.i, f.rtype)


def _second_clause(ctx: Context, site: Site, tgt: Ment) -> bool:
    """ "condemned the coup and demanded the release of Bazoum", «أدان الانقلاب وطالب بالإفراج عن بازوم»: the
    name after "and" + a verb of the speaker's next clause (`speech_clause_verbs`, `next_clause_verbs`) is that
    verb's object, not this one's; so is a name after a comma and a participle of saying."""
    verbs = ctx.lex.any_of("speech_clause_verbs", "next_clause_verbs")
    toks, and_ = ctx.toks, ctx.lex.w("and")
    for k in range(site.start_after + 1, tgt.np_start):
        if ctx.lang == "ar":
            if toks[k].text.startswith("و") and not verbs.isdisjoint(toks[k].forms[1:]):
                return True
        elif toks[k - 1].text in and_ and toks[k].text in verbs:
            return True
        elif toks[k - 1].text == "," and toks[k].text in ctx.lex.w("consequence_participles"):
            return True  # "seized Goma, prompting the Security Council to demand …": the next act's actor
        elif toks[k - 1].text == "," and toks[k].text in ctx.lex.w("saying_participles"):
            return True  # "pressed for the mission to end, arguing that it failed to stop X": what is argued
    return False


def _next_subject(ctx: Context, site: Site, tgt: Ment) -> bool:
    """ "which Hamas welcomed and Israel rejected", "Hamas welcomed, and Israel rejected, the plan": a name right
    after the verb's "and" that a verb of its own follows is the next clause's subject, not this verb's object."""
    if ctx.lang == "ar":
        return False
    between, and_ = ctx.texts[site.j : tgt.np_start], ctx.lex.w("and")  # ("and", ", and", "and the")
    k = tgt.np_start - 1 - (tgt.np_start > site.j + 1 and ctx.texts[tgt.np_start - 1] == "the")  # (the word before)
    if k >= site.j and ctx.texts[k] in ctx.lex.w("clause_subordinators") and opens_clause(ctx, tgt):
        return True  # "called an emergency cabinet meeting after Addis Ababa signed …": Ethiopia was not met
    if k >= site.j and ctx.texts[k] in ctx.lex.w("clause_only_subordinators"):
        return True  # "threatened force against the junta unless Bazoum was reinstated": a condition's subject
    if not between or and_.isdisjoint(between):
        return False
    if set(between) <= {",", "the"} | and_:
        return opens_clause(ctx, tgt)
    if k < 1 or ctx.texts[k] not in and_ or ctx.texts[k - 1] != ",":  # "condemned the offensive, and France, …, called"
        return False
    return opens_clause(ctx, tgt) or _aside_then_verb(ctx, tgt)


def _aside_then_verb(ctx: Context, m: Ment) -> bool:
    """ "France, a long-time ally of Armenia, called for …": an aside set off by commas right after the name, then a
    verb of relation (past auxiliaries): the name is that verb's subject (English)."""
    n, o = len(ctx.toks), m.te
    if o >= n or ctx.texts[o] != ",":
        return False
    c = next((x for x in range(o + 1, min(n, o + 14)) if ctx.texts[x] in (",", ".", ";")), -1)
    if c < 0 or ctx.texts[c] != ",":
        return False
    return verb_follows(ctx, c + 1)


def _patient(ctx: Context, site: Site, tgt: Ment) -> bool:
    """«أدان استهداف المدنيين السودانيين», «ترفض أي تهجير قسري للفلسطينيين»: a people named by its demonym after a
    noun for those who suffer (`victim_nouns`) or after «لـ» at the end of an event noun phrase suffers what is
    condemned or rejected; it is not the one opposed or fought."""
    if site.rtype not in ("opposes", "fights"):
        return False
    if site.rtype == "opposes" and _attempted_on(ctx, site, tgt):
        return True
    if ctx.lang != "ar":  # (any actor: "condemned the detention of President Bazoum", "the arrest of X")
        return _suffered_en(ctx, site, tgt)
    k = tgt.np_start - 1
    if k >= site.start_after and not ctx.lex.w("victim_events").isdisjoint(ctx.toks[k].forms):
        nxt = ctx.toks[tgt.te] if tgt.te < site.sent.te else None  # «قتل إسرائيل للمدنيين»: the agent, its object
        if nxt is None or not (nxt.text.startswith("ل") and len(nxt.forms) > 1):  # after «لـ»
            return True  # «أدانت إيران اغتيال هنية»: any actor named right after the event he suffers
    if tgt.role != "demonym" or tgt.kind != "state":
        return False
    if tgt.np_start <= site.start_after:
        return False  # «رفضت الفلسطينيين …»: the people itself is the object
    tok = ctx.toks[tgt.ts]
    glued_to = tok.text.startswith("ل") and len(tok.forms) > 1  # («للفلسطينيين»)
    return glued_to or not ctx.lex.w("victim_nouns").isdisjoint(ctx.toks[tgt.ts - 1].forms)


def _attempted_on(ctx: Context, site: Site, tgt: Ment) -> bool:
    """ "condemned attempts to undermine the army", "rejected any plan to displace Palestinians", «أدانت محاولات
    تقويض الحكومة»: a noun of attempting (`attempt_nouns`) after the verb, then the act ("to" and a verb in English,
    a verbal noun in Arabic), then the name: the name would suffer the act; what is opposed is the attempt. A name
    right after the noun owns it ("rejected Israel's plans", «رفض مخططات الاحتلال») and is opposed; agreements are
    left alone ("rejected attempts to revive the deal")."""
    if tgt.kind == "agreement":
        return False
    nouns, toks = ctx.lex.w("attempt_nouns"), ctx.toks
    for k in range(site.start_after, tgt.np_start - 1):
        if nouns.isdisjoint(toks[k].forms) or any(m.ts <= k < m.te for m in site.ments):
            continue
        if ctx.lang != "ar":
            return ctx.texts[k + 1] == "to" and k + 2 < tgt.np_start
        return not any(k < m.ts < tgt.np_start for m in site.ments)
    return False


def _suffered_en(ctx: Context, site: Site, tgt: Ment) -> bool:
    """ "condemned the killing of two Palestinians by Israeli forces", "the deaths of several Egyptians", "condemned
    the illegal detention of President Bazoum", "the assassination of Hamas leader Haniyeh": a people named by its
    demonym, or any actor, after "of" and a noun of what people suffer (`victim_events`, a number or quantifier
    between) suffers what is condemned; it is not the one opposed or fought."""
    events, light = ctx.lex.w("victim_events"), ctx.lex.w("quantifiers")
    for k in range(tgt.np_start - 1, max(site.start_after, tgt.np_start - 5), -1):
        if ctx.texts[k] == "of" and ctx.texts[k - 1] in events:
            return True
        if not (ctx.toks[k].text[:1].isdigit() or ctx.texts[k] in light or ctx.texts[k] == "of"):
            return False
    return False


def _unanchored_support_noun(ctx: Context, site: Site, tgt: Ment) -> bool:
    """An Arabic support noun («دعم», «المساعدات», «تمويل», «بدعم») backs an actor only as its own agent says:
    the name right after it («وقوف المملكة مع اليمن», «دعم إيران للحوثيين»), the one it describes («إيران
    الداعمة للحوثيين»), its pronoun («أعربت الكويت عن دعمها للمغرب») or whoever calls for it («طالبت قطر
    بدعم السلطة»). A subject found before it or carried from an earlier clause is not that agent
    («اتهمت X Y بدعم Z», «وأعلن … المساعدات»). Counted with construction_precision.py: none of those it removes
    was right (9 wrong on the unread sets, 3 on the read ones)."""
    if ctx.lang != "ar" or site.rtype != "supports" or not site.nominal or tgt.kind == "agreement":
        return False
    if site.method.split("+")[0] in _SUPPORT_AGENTS:
        return False
    # «وتطالب مصر بدعم الجيش»: the one who calls for support backs; «وقدمت إيران الدعم لـ»: so does who provides it;
    # «تعهدت بولندا بتقديم مساعدات», «قررت ألمانيا تزويد أوكرانيا»: and who pledges or decides to give it
    agents = ctx.lex.w("call_verbs") | ctx.lex.w("giving_verbs") | ctx.lex.w("pledge_verbs")
    lo = max(site.sent.ts, site.i - 4)
    if any(not agents.isdisjoint(t.forms) for t in ctx.toks[lo : site.i]):
        return False
    return not _giver_before(ctx, site, lo)


def _giver_before(ctx: Context, site: Site, lo: int) -> bool:
    """«أعلنت الولايات المتحدة تقديم مساعدات», «أعلنت ألمانيا (عن) حزمة مساعدات»: a giving noun (`giving_nouns`)
    right after the subject of the verb before it."""
    nouns = ctx.lex.w("giving_nouns")
    for k in range(lo, site.i):
        if not nouns.isdisjoint(ctx.toks[k].forms):
            k -= k > lo and ctx.texts[k - 1] in ctx.lex.w("announcement_links")
            return any(m.te == k for m in site.src)
    return False


# («دعمها», «بدعم» urged, «لدعم» the purpose of the clause's act)
_SUPPORT_AGENTS = ("verb-subject-object", "participle-agent", "pronoun-agent", "called-to", "in-support-of")


def _member_role(ctx: Context, site: Site, tgt: Ment) -> bool:
    """ "Russia, Iran and Turkey, the guarantors of the Astana process": a member's role noun (`member_role_nouns`)
    before a body or process makes its subjects members of it (patterns, apposed-role), not backers; a state's own
    army or government body has allies, not members ("Egypt, a close ally of the Sudanese army": it backs it)."""
    if tgt.kind != "organization" or ctx.lex.w("member_role_nouns").isdisjoint(site.trig.phrase.words):
        return False
    e = ctx.kb.entities.get(tgt.entity)
    return e is None or not e.record.get("state")


def _head_of_object(ctx: Context, cands: list[Ment]) -> Ment | None:
    """ "rejected the IGAD initiative", "welcomed the Saudi-US proposal", "vetoed the Security Council's draft
    resolution": a name right before an agreement noun, or its owner ('s), modifies it (English); the agreement
    is the object, and an owner's agreement noun that names none leaves the verb without one."""
    first = cands[0]
    if ctx.lang == "ar" or first.kind == "agreement":
        return first
    doc = next((m for m in cands[1:4] if m.kind == "agreement" and m.ts <= first.ts < m.te), None)
    if doc is not None:
        return doc  # "vetoed a US and Albanian-sponsored resolution": the names are inside the document's mention
    k = first.te + (first.possessive and ctx.texts[first.te : first.te + 1] in (["'s"], ["'"]))
    nxt = cands[1] if len(cands) > 1 else None
    if nxt is not None and nxt.kind == "agreement" and nxt.ts == k:
        return nxt
    if k > first.te and k < len(ctx.toks) and ctx.lex.agreement_nouns.match_at(ctx.toks, k):
        return None  # "vetoed the council's resolution" (not named as an agreement here): the council is no object
    if k < len(ctx.toks) and ctx.texts[k] in ctx.lex.w("owned_texts"):
        return None  # "blocked a Security Council text", "rejected the mediators' draft": the text is the object
    return first


def _targets(ctx: Context, site: Site, tgt: Ment) -> list[Ment]:
    """The object and what is listed with it: places of a visit, stops of a tour, actors of other verbs."""
    if site.rtype == "visits" and _places_listed(ctx, site, tgt):
        return _place_list(ctx, site.ments, tgt)  # "visited Kampala, Addis Ababa and Nairobi"
    if tgt.kind == "agreement":
        return _agreements_coordinated(ctx, site, tgt) if site.rtype == "agrees_with" else [tgt]
    listed = site.rtype != "visits" or _tour(ctx, site)
    out = _objects(ctx, site, tgt) if listed else [tgt]
    other = _second_act_agent(ctx, site, tgt) if site.rtype in ("opposes", "supports") else None
    return out + [other] if other is not None and other.entity not in {m.entity for m in out} else out


def _second_act_agent(ctx: Context, site: Site, tgt: Ment) -> Ment | None:
    """ "condemned the Israeli strikes and the Houthi attacks", «أدانت الغارات الإسرائيلية والهجمات الحوثية»: the
    object is an attack's agent (its adjective before or after an attack noun, `attack_nouns`), and "and" joins a
    second attack with its own agent: that agent is condemned (or backed) too."""
    texts, te, nouns = ctx.texts, site.sent.te, ctx.lex.w("attack_nouns")
    if ctx.lang == "ar":  # «الغارات الإسرائيلية والهجمات الحوثية»
        k = tgt.te
        if not (tgt.ts - 1 >= site.start_after and texts[tgt.ts - 1] in nouns and k + 1 < te):
            return None
        second = texts[k][1:] if texts[k].startswith("و") else ""
        return next((m for m in ctx.ments.starting(k + 1) if actor(m)), None) if second in nouns else None
    k = tgt.te  # "the Israeli strikes and the Houthi attacks"
    if not (k + 2 < te and texts[k] in nouns and texts[k + 1] in ctx.lex.w("and")):
        return None
    k += 2 + (texts[k + 2] == "the")
    m = next((m for m in ctx.ments.starting(k) if actor(m)), None)
    return m if m is not None and m.te < te and texts[m.te] in nouns else None


def _agreements_coordinated(ctx: Context, site: Site, tgt: Ment) -> list[Ment]:
    """ "agreed to activate the security accord signed between them in 2001, and the general accord of 1998",
    «اتفق الجانبان على تفعيل اتفاقية التعاون الأمني الموقعة بينهما عام 2001، والاتفاقية العامة للتعاون»: an
    agreement joined to the object by "and" / «و», right after it or after the comma that closes its participle
    phrase (`signed_participles`), is agreed to as well."""
    out, texts, te = [tgt], ctx.texts, site.sent.te
    while len(out) < 4:
        k = out[-1].te
        if k < te and texts[k] not in (",", "،") and ctx.lasts[k] in ctx.lex.w("signed_participles"):
            k = next((x for x in range(k + 1, min(te, k + 10)) if texts[x] in (",", "،")), te)
        k += k < te and texts[k] in (",", "،")
        k += k < te and texts[k] in ctx.lex.w("and")
        k += k < te and texts[k] == "the"
        nxt = next((m for m in ctx.ments.starting(k) if m.kind == "agreement"), None)
        glued = k < te and (k > out[-1].te or texts[k].startswith("و"))
        if nxt is None or not glued or nxt.entity in {m.entity for m in out}:
            return out
        out.append(nxt)
    return out


def _places_listed(ctx: Context, site: Site, tgt: Ment) -> bool:
    """ "visited Kampala, Addis Ababa and Nairobi", «زار كمبالا وأديس أبابا ونيروبي», "a visit to Kampala and Juba":
    the object of a visit is a list of places only (a state or a person after "and" may be another clause's)."""
    return tgt.kind == "place" and len(_place_list(ctx, site.ments, tgt)) > 1


def _place_list(ctx: Context, ments: list[Ment], first: Ment) -> list[Ment]:
    """Places joined by commas, "and" or a glued «و» from `first` on (group_with joins actors only)."""
    out, texts, n = [first], ctx.texts, len(ctx.texts)
    while True:
        k = out[-1].te
        k += k < n and texts[k] in (",", "،")
        k += k < n and texts[k] in ctx.lex.w("and")
        nxt = next((x for x in ments if x.ts == k and x.kind == "place" and x not in out), None)
        if nxt is None or (k == out[-1].te and not texts[k].startswith("و")):
            return out
        out.append(nxt)


def _tour(ctx: Context, site: Site) -> bool | None:
    """«جولة في المنطقة تشمل السعودية وقطر»: a tour names every stop (`tour_verbs` before the list)."""
    return site.nominal and any(t.text in ctx.lex.w("tour_verbs") for t in ctx.toks[site.j : site.j + 6])


def _emit_objects(ctx: Context, site: Site, emit, tgts: list[Ment], c: float) -> None:
    """Every subject to every object; talks held face to face ("held talks with") between two people are a
    meeting too."""
    face = site.rtype == "negotiates_with" and _in_person(ctx, site)
    src = site.src + _companions(ctx, site, tgts) if site.rtype == "visits" else site.src
    for s in src:
        for t in tgts:
            emit(s, t, site.rtype, c, site.trig.text, _how(site, "verb-object"))
            if face and s.kind == t.kind == "person":
                emit(s, t, "meets", c - 0.05, site.trig.text, _how(site, "talks-in-person"))


def _companions(ctx: Context, site: Site, places: list[Ment]) -> list[Ment]:
    """ "travelled to Moscow with Merkel", "flew with Merkel to Moscow", «زار موسكو برفقة ميركل»: the people who
    came along visit too (`companion_words` right before them, next to the verb or the place)."""
    words = ctx.lex.w("companion_words")
    ends = {site.j, *(p.te for p in places)}
    out = []
    for m in site.after:
        k = m.np_start - 1
        if m.kind == "person" and k >= 0 and not words.isdisjoint(ctx.toks[k].forms) and k in ends:
            out.append(m)
    return [m for m in out if all(m.entity != s.entity for s in site.src)]


def _in_person(ctx: Context, site: Site) -> bool:
    """ "held talks with", "had talks with": talks held face to face."""
    k = site.i if ctx.toks[site.i].text in ctx.lex.w("in_person_talks") else site.i - 1
    if any(" ".join(ctx.texts[site.j : site.j + n]) in ctx.lex.w("by_phone") for n in (2, 3)):
        return False  # "held talks by phone", "held talks over the phone": not face to face
    return k >= site.sent.ts and ctx.toks[k].text in ctx.lex.w("in_person_talks")


def _signatory_bodies(ctx: Context, site: Site, emit, people: list[Ment], agr: Ment) -> None:
    """ "Hamas chief Khaled Meshaal signed the deal", «وقّعه قائد الجيش …»: the body a signatory's title names
    is a party too (a head of state signs for his state: that is his role, not a second party)."""
    by_person = _titled(ctx)
    for p in people:
        t = by_person.get(id(p)) if p.kind == "person" else None
        if t is not None and t.ts >= site.sent.ts and t.of[0].kind in ("organization", "armed_group"):
            c = site.conf + _cx(ctx, "verb-object", "body_confidence", -0.1)
            emit(t.of[0], agr, "agrees_with", c, site.trig.text, _how(site, "signatory-body"))


def _titled(ctx: Context) -> dict[int, TitleNP]:
    """Each titled person mention's title that names a body, built once per document (the titles are all
    found before the relation phase; this was rebuilt at every signing, the costliest call on a long text)."""
    table = ctx.memo.get("titled")
    if table is None:
        table = ctx.memo["titled"] = {id(t.person): t for t in ctx.titles if t.person is not None and t.of}
    return table  # type: ignore[return-value]


def _far_complement(ctx: Context, site: Site, tgt: Ment) -> bool:
    """A stance noun's object is its complement, close by and before any other trigger, and not in a phrase in
    apposition after it ("blamed the Taliban for the attack, a charge Kabul rejected": Kabul is not attacked)."""
    if not (site.nominal or site.trig.phrase.nominal) or site.rtype not in ("supports", "opposes", "fights"):
        return False
    if _apposed_object(ctx, site, tgt):
        return True
    mids = [f for f in site.found[site.n_trig + 1 :] if site.j <= f.i < tgt.np_start]
    near = mids and tgt.np_start - mids[-1].j <= 2
    if near and site.rtype == "supports" and all(f.rtype == "references" for f in mids):
        return False  # "support the full implementation of the Pretoria Agreement": backing the agreement
    if _relative_attacker(ctx, site, mids, tgt):
        return False
    integrity = ctx.lex.w("integrity_nouns") if site.rtype == "supports" else ()  # "support for the unity and
    # stability of Sudan": the state's own unity (a fight against terrorism "in Syria's unity" fights no one)
    if site.rtype == "fights" and _included_in_object(ctx, site, tgt):
        return False  # "attacked armed groups in Amhara, including Fano": the examples of what is fought
    times = ctx.lex.any_of("time_adverbs", "calendar_words")  # «الفيتو في مجلس الأمن أمس ضد»: a time aside
    words = [t.text.lower() for t in ctx.toks[site.start_after : tgt.np_start] if t.is_word]
    if sum(x not in integrity and x not in times for x in words) > 4:
        return True  # «الالتزام بحماية المدنيين … وعلى اتفاق» (quotation marks do not count: «"مكافحة الإرهاب" ضد»)
    if len(mids) == 1 and mids[0].rtype == "fights" and mids[0].i - site.j <= 1 and tgt.np_start == mids[0].j:
        return False  # «أعربت تركيا عن إدانتها للهجوم الإسرائيلي», «لهجوم الحوثيين»: the attack's agent right after it
    against = ctx.lex.w("against") if site.rtype == "fights" else ()  # ("airstrikes against X": one phrase)
    # «تعزيز قدراتنا على محاربة»: another trigger between the noun and the name takes it
    return any(site.j <= f.i < tgt.np_start and f.text not in against for f in site.found[site.n_trig + 1 :])


def _included_in_object(ctx: Context, site: Site, tgt: Ment) -> bool:
    """ "attacked rebel groups in Darfur, including the SLA and JEM", «هجمات على مقار أحزاب كردية قرب أربيل،
    بينها الحزب الديمقراطي …»: the name opens a list of examples (`including_words` after a comma) of the unnamed
    object right after the fight, with no name before it (an adjective of a state aside: "Iranian Kurdish
    parties"): it is what is fought."""
    k = tgt.np_start - 1 - (tgt.np_start - 1 > site.start_after and ctx.texts[tgt.np_start - 1] == "the")
    words = ctx.lex.w("including_words")
    if k - 1 <= site.start_after or not (ctx.texts[k] in words or ctx.lasts[k] in words):
        return False
    if ctx.texts[k - 1] not in (",", "،"):
        return False
    return not any(actor(m) and m.role != "demonym" for m in site.view.starting_within(site.start_after, k))


def _relative_attacker(ctx: Context, site: Site, mids: list, tgt: Ment) -> bool:
    """«أعرب عن إدانته للهجوم الذي شنته حركة الشباب», «عن إدانتها الشديدة للهجوم الإرهابي الذي نفذته الحركة»: an
    attack noun (a fights trigger) close after the stance noun, then (past an adjective or two) a relative pronoun
    and its verb, whose agent right after it did the attack and is condemned or backed (Arabic)."""
    if ctx.lang != "ar" or not mids or mids[0].rtype != "fights" or mids[0].i - site.j > 1:
        return False
    rel = tgt.np_start - 2
    if not (0 <= rel - mids[0].j <= 2 and ctx.texts[rel] in ctx.lex.w("relative_pronouns")):
        return False
    verb = ctx.texts[rel + 1]  # (its object pronoun: «شنته», «أطلقها»; not «الذي استهدف قوات …», the attacked)
    return all(f.i == rel + 1 or f is mids[0] for f in mids) and verb.endswith(("ه", "ها", "هم"))


def _discussed_with(ctx: Context, site: Site, emit) -> Ment | None:
    """ "discussed Syria with Lavrov", «ناقش سوريا مع لافروف»: a discussion verb's object is its topic; the
    partner comes with "with", or is coordinated with the subject («بحث بايدن والسيسي»)."""
    if ctx.lex.w("topic_verbs").isdisjoint(ctx.toks[site.i].forms):
        return site.cands[0]
    with_, k = ctx.lex.w("with"), site.start_after
    joined = k < site.sent.te and (ctx.toks[k].text in ctx.lex.w("and") or ctx.toks[k].text.startswith("و"))
    partner = next((m for m in site.cands if (_introduced(ctx, m, with_) and not _topics_with(ctx, m))
                    or (joined and m.np_start - k <= 2)), None)
    if partner is None and site.j < site.sent.te and ctx.texts[site.j] in ctx.lex.w("with_pronouns"):
        own = {x.entity for x in site.src}  # «التقى أردوغان وبحث معه …»: "with him", the one just named
        partner = next((m for m in reversed(site.before) if actor(m) and m.entity not in own), None)
        return partner if partner is not None and partner.ts >= site.sent.ts else None
    if partner is None and 2 <= len(site.src) <= 3:
        _pairs(ctx, site, emit)
    return partner


def _topics_with(ctx: Context, m: Ment) -> bool:
    """ "discussed the war with Russia", «بحث الجانبان سبل إنهاء الحرب مع روسيا», "relations with China": a topic
    noun that takes its own "with" (`with_topic_nouns`) right before it; a state or body there is the topic's
    (a person after it is still whom one talks with: "discussed the war with Putin")."""
    k = m.np_start - 2
    if m.kind == "person" or k < 0:
        return False
    return not ctx.lex.w("with_topic_nouns").isdisjoint(ctx.toks[k].forms)


def _object_suffix(ctx: Context, site: Site) -> bool:
    """An Arabic verb with an attached object pronoun: «وقّعه», «وقّعها», «رفضوه», and after the verb's own ending
    «وقّعته» (she signed it), «وقّعاه», «وقّعوها»."""
    tok, stem = ctx.toks[site.i], site.trig.phrase.words[0]
    return any(f.startswith(stem) and f[len(stem) :] in OBJECT_SUFFIXES and f != stem for f in tok.forms)


def _contrasted(ctx: Context, site: Site) -> bool:
    """A contrasting clause opens between the sentence's last closing quote and the verb ('…," while X said',
    «…»، فيما قال X): the quotation is the clause before's, not the one this speaker follows."""
    before = ctx.texts[site.sent.ts : site.i]  # (normalization writes every quotation mark as '"')
    if '"' not in before:
        return False
    q = site.sent.ts + max(k for k, t in enumerate(before) if t == '"')
    k = last_clause_break(ctx, q, site.i)
    return k > q and ctx.texts[k] in ctx.lex.w("contrast_breaks")


def _after_quote(ctx: Context, site: Site) -> bool:
    """The statement came first: the verb follows a quotation, or (English) "…, the minister announced"."""
    if _quote_before(ctx, site) or _attributed(ctx, site) > 0:
        return True
    if _pronoun_said_after(ctx, site):
        return True  # "The Houthis had not accepted the plan, he said."
    first = min(m.np_start for m in site.src)
    owner = next((m for m in ctx.ments.ending(first - 1) if m.possessive), None) if first > 1 else None
    if owner is not None and ctx.toks[first - 1].text in ("'s", "'"):
        first = owner.np_start  # "…, Egypt's foreign minister announced"
    if first > site.sent.ts and ctx.toks[first - 1].text == "the":
        first -= 1
    return ctx.lang != "ar" and first > site.sent.ts and ctx.toks[first - 1].text == "," and first < site.i


def _pronoun_said_after(ctx: Context, site: Site) -> bool:
    """English "…, he said": a subject pronoun (`subject_pronouns`) between a comma and the verb, what he said before
    them in the sentence."""
    k = site.i - 1
    if ctx.lang == "ar" or k - 1 <= site.sent.ts or ctx.texts[k - 1] != ",":
        return False
    return ctx.texts[k] in ctx.lex.w("subject_pronouns")


def _quote_before(ctx: Context, site: Site) -> bool:
    """A quotation closes right before the verb or its speaker ('"…," Aoun said', «"…"، قال X»); a name in
    quotation marks («الناتو», «جبهة تحرير شعب تيغراي») followed by a clause of its own is no quotation."""
    texts = ctx.texts[site.sent.ts : site.i]
    if texts.count('"') < 2:
        return '"' in texts  # (a quotation the sentence before opened; most sentences: no mark, counted in C)
    marks = [k for k, t in enumerate(texts) if t == '"']
    close = site.sent.ts + marks[-1]  # only the speaker, his title and punctuation between it and the verb
    light = ctx.lex.any_of("person_pronouns", "subject_pronouns", "title_modifiers")  # ('"…," he said', "former")
    return (
        all(
            not ctx.toks[k].is_word or ctx.covered[k] or ctx.title_tokens[k] or ctx.texts[k] in light
            for k in range(close + 1, site.i)
        )
        or ctx.lang != "ar"
        and site.i - close <= 4
    )  # ('"…," the king told Guterres')


def _how(site: Site, name: str) -> str:
    """The method of a relation: how its subject was found, then how its target was."""
    return f"{site.method}+{name}" if site.method else name


def _introduced(ctx: Context, m: Ment, words: frozenset[str]) -> bool:
    """A word of `words` right before m, or before «كل من» before it («مع كل من السيسي والملك …»), or before the
    kind of body the name leaves out («مع حركة إم23»)."""
    k = m.np_start
    if k >= 3 and f"{ctx.toks[k - 2].text} {ctx.toks[k - 1].text}" in ctx.lex.w("each_of"):
        k -= 2
    elif k >= 2 and bare_head(ctx, k - 1):
        k -= 1
    return k > 0 and ctx.toks[k - 1].text in words


def _sponsored_talks(ctx: Context, site: Site) -> bool:
    """ "Russia, Turkey and Iran, the sponsors of the peace talks on Syria", «الدول الراعية لمحادثات السلام»: talks
    named as what a sponsor, host or guarantor (`talks_sponsor_nouns`, at most four words before, no name
    between) stands behind say nothing of who talks with whom."""
    if site.rtype not in _SYMMETRIC or not site.nominal:
        return False
    words = ctx.lex.w("talks_sponsor_nouns")
    for k in range(site.i - 1, max(site.sent.ts, site.i - 5) - 1, -1):
        if ctx.ments.ending(k + 1):
            return False
        if not words.isdisjoint(ctx.toks[k].forms):
            return True
    return False


def _talks_topic(ctx: Context, tgt: Ment) -> bool:
    """ "the peace talks on Syria", «محادثات السلام حول سوريا», "talks about the Afghan issue": a name after a
    preposition of subject matter (`discussion_topic_prepositions`, past "the") is what is talked about, no party."""
    k = tgt.np_start - (tgt.np_start > 1 and ctx.texts[tgt.np_start - 1] == "the")
    return k > 0 and ctx.texts[k - 1] in ctx.lex.w("discussion_topic_prepositions")


def _colon_list(ctx: Context, site: Site, tgt: Ment) -> list[Ment]:
    """«التقى كلا على حدة: رئيس وفد الحكومة X نائب رئيس الوزراء، ورئيسا وفد … Y ممثل حزب …، وZ ممثل …»: after a
    colon right after the verb, the people listed, each with a long title, are all met (up to four)."""
    if not any(ctx.texts[x] == ":" for x in range(site.start_after, tgt.np_start)) or tgt.np_start - site.j > 8:
        return []
    people = [m for m in site.view.after(tgt.ts) if m.kind == "person" and not m.in_np and m.ts < site.sent.te]
    named = list({m.entity: m for m in people}.values())
    return named if 2 <= len(named) <= 4 else []


def _past_behalf(ctx: Context, site: Site, tgt: Ment) -> Ment | None:
    """«تولّى التفاوض باسم الحزب», "negotiated on behalf of Hamas": the one spoken for is no partner; the partner
    may follow «مع» («نيابة عن حزب الله مع المبعوث الأميركي»). The partner, or None."""
    if not _introduced_near(ctx, tgt, ctx.lex.w("behalf_partners"), site.start_after):
        return tgt
    return next((m for m in site.cands if m.ts >= tgt.te and _introduced(ctx, m, ctx.lex.w("with"))), None)


def _with_their_envoys(ctx: Context, m: Ment) -> bool:
    """«في اجتماع مع وزراء خارجية الأردن والسعودية», "a meeting with the foreign ministers of Jordan": 'with'
    before the office nouns that stand for the states named after them (`office_bridge_words`, up to 3)."""
    k, bridge = m.np_start - 1, ctx.lex.w("office_bridge_words")
    while k > 0 and m.np_start - k <= 3 and ctx.texts[k] in bridge:
        k -= 1
    return k < m.np_start - 1 and ctx.texts[k] in ctx.lex.w("with")


def _contact_with(ctx: Context, m: Ment) -> bool:
    """ "agreed to a truce during a call with Kiir", «خلال اتصال مع …»: the one they spoke with, after a call or
    meeting noun and 'with', is not who they agreed with."""
    k = m.np_start - 1
    return k >= 1 and ctx.lasts[k - 1] in ctx.lex.w("contact_nouns")


def _agreement_partner(ctx: Context, m: Ment) -> bool:
    """ "the deal with Saudi Arabia", «الاتفاق مع السعودية»: a name after "with" right after an agreement is its
    party, named to say which agreement it is, not what a statement is about."""
    k = m.np_start - 1
    if k >= 1 and ctx.texts[k] in ("the", "ال"):
        k -= 1
    if k < 1 or ctx.texts[k] not in ctx.lex.w("with"):
        return False
    return any(a.kind == "agreement" for a in ctx.ments.ending(k))


def _introduced_near(ctx: Context, m: Ment, words: frozenset[str], start: int, w: int = 2) -> bool:
    """A word of `words` stands within w tokens before m ("between the two sides", «بين ممثلي الجيش»)."""
    return not words.isdisjoint(ctx.texts[max(start, m.np_start - w) : m.np_start])


def _opens_quote(ctx: Context, site: Site, m: Ment) -> bool:
    """The mention is the first words of the sentence's quotation (after an opening mark, not a closing one)."""
    k = m.np_start - 1
    if m.topic or m.in_np or m.role == "coref" or m in site.src:
        return False
    if ctx.lang != "ar" and (k < site.sent.ts or (k == site.sent.ts and ctx.texts[k] == "the")):
        return True  # "The RSF must leave El Fasher, Kenya said": the clause the speaker follows opens with it
    if k < site.sent.ts:
        return False
    if ctx.lang != "ar" and k > site.sent.ts and ctx.texts[k] == "the":
        k -= 1  # '"The M23 must withdraw," Kenyatta said'
    return ctx.toks[k].text in ("«", "“") or (ctx.toks[k].text == '"' and k == site.sent.ts)
