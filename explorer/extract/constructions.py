"""Relation constructions around a trigger word, tried in registration order within each phase
(see explorer/extract/engine.py). Windows and confidence offsets come from the lexicon's `constructions:`.

Subject phase: who acts. Frame phase: constructions that settle the whole relation from the trigger's
frame ("backed by", "talks between X and Y"). Target phase: what the subject acts on.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from itertools import chain
from typing import Any, cast

from explorer import ontology
from explorer.extract.affiliations import heads_own_body
from explorer.extract.agreements import family_of_mention
from explorer.extract.coalitions import led_against_pairs
from explorer.extract.context import ACTOR_KINDS, Context, Ment
from explorer.extract.coreference import _last_pair, past_owner, sentence_start, speaks_quotation
from explorer.extract.engine import Outcome, Site, construction
from explorer.extract.lexicon import first_words
from explorer.extract.modifiers import _ba_clitic
from explorer.extract.names import _add_person, _discover_ar_name
from explorer.extract.signers import for_side
from explorer.extract.syntax import (
    actor,
    after_agent_words,
    after_complement_clause,
    after_determiner,
    after_time_word,
    agreement_before,
    along_with,
    aside,
    aside_close,
    between_pair,
    bracketed_np_gloss,
    camp_label,
    clause_break_at,
    coordinated_after,
    definite,
    determined,
    dual_verb,
    former_title_at,
    gate_cues,
    genitive_signers,
    ground_owner,
    group_with,
    group_with_left,
    idiom,
    in_relative_clause,
    last_agreement,
    last_clause_break,
    lifted,
    lifted_before,
    linker,
    modal,
    negated,
    object_after_subject,
    object_pronoun_after,
    one_of,
    pairs,
    past_own_title,
    past_verb_aside,
    pronoun_suffix,
    quoted_name_start,
    refused_object,
    relative_antecedent,
    relative_subject,
    relative_without_actor,
    relayed_it,
    same_class,
    side_before,
    speech_verb_at,
    stance_noun,
    suffix_agrees,
    terms_verb_in,
    time_clause_verb,
    title_aside,
    verb_ending_at,
    verb_initial,
)

PASS, FOUND, DONE = Outcome.PASS, Outcome.FOUND, Outcome.DONE
_SYMMETRIC = ontology.symmetric_types()
_EVENTS = ("meets", "phones", "visits", "negotiates_with", "agrees_with", "supports", "opposes", "fights")
_ENCOUNTERS = frozenset({"meets", "negotiates_with", "phones", "visits"})  # who meets, talks, calls or travels


def _cx(ctx: Context, name: str, key: str = "confidence", default: Any = 0.0) -> Any:
    return ctx.lex.cx(name, key, default)


def _calling(ctx: Context, i: int) -> bool:
    return not ctx.lex.w("call_verbs").isdisjoint(ctx.toks[i].forms)


def condemned_event(ctx: Context, site: Site) -> int:
    """ "Egypt condemned the Israeli strike on Doha", «أدانت قطر هجوم الحوثيين على السفينة»: an attack named
    right after a stance verb is the object of that verb; whoever takes the stance did not attack. Returns the
    token after the stance verb (the attacker is named after it), or -1. So is support that a verb of opposing or
    welcoming takes as its object ("Russia condemned Western support for Ukraine", «وانتقدت الصين دعم واشنطن
    لتايبيه», "welcomed Saudi support for the truce"): it is someone else's, named after the verb or not at all."""
    if site.rtype not in ("fights", "supports") or not site.nominal or site.n_trig == 0:
        return -1
    prev = site.found[site.n_trig - 1]
    if site.rtype == "fights" and _second_condemned_act(ctx, site, prev):
        return site.i  # "condemned the Israeli strikes and the attacks on Lebanon": no attacker before this one
    stances = ("opposes", "supports", "states") if site.rtype == "fights" else ("opposes",)
    welcome = site.rtype == "supports" and not ctx.lex.w("welcome_verbs").isdisjoint(ctx.toks[prev.i].forms)
    if (prev.rtype not in stances and not welcome) or prev.phrase.nominal or site.i - prev.j > 16:
        return -1
    if not ctx.lex.w("own_act_verbs").isdisjoint(ctx.toks[prev.i].forms):
        return -1  # «أعلنت باكستان الحرب على …», "the army announced an offensive": its own act
    k = prev.j
    if ctx.lang == "ar":  # «أدانت قطر هجوم الحوثيين»: the stance verb's subject stands between
        k = next((m.te for m in site.ments if k in (m.ts, m.np_start) and m.te <= site.i), k)  # («الحكومة العراقية»)
    k = past_verb_aside(ctx, k, site.i + 1)  # («أدانت قطر، الثلاثاء، الغارات», "condemned, in a statement, the …")
    if k + 1 < site.i and ctx.texts[k] in (",", "،") and ctx.texts[k + 1] in ctx.lex.w("manner_adverbs"):
        k += 1  # («أدانت الجامعة، بأشد العبارات الغارات»: a comma before the manner phrase, none after it)
    k = _past_day_phrase(ctx, k, site.i)
    openers = ctx.lex.any_of("event_openers", "time_adverbs", "manner_adverbs")  # («أدانت إيران اليوم الإثنين
    # الغارات …», «أدانت الجامعة بأشد العبارات الغارات …»)
    if site.i - k > 3 or not all(ctx.texts[x] in openers or ctx.covered[x] for x in range(k, site.i)):
        return -1  # "condemned its attack" (the subject's own), "said that the attack …"
    if pronoun_suffix(ctx, ctx.toks[site.i], site.trig.phrase.words[0]):
        return -1  # «أدان هجومه»: his own attack
    return k


def _past_day_phrase(ctx: Context, k: int, end: int) -> int:
    """Past a day phrase at token k ("condemned on Monday attacks by …", "late on Friday"), wire style: the
    verb's object follows it. k when there is none before end."""
    x = k + (k < end and ctx.texts[k] in ctx.lex.w("time_adverbs"))
    days = ctx.lex.w("calendar_words")
    if x + 2 <= end and ctx.texts[x] in ctx.lex.w("day_prepositions") and ctx.texts[x + 1] in days:
        return x + 2
    return k


def _second_condemned_act(ctx: Context, site: Site, prev) -> bool:
    """An attack noun joined by "and" / «و» to an attack noun that a stance verb takes as its object ("condemned
    the Israeli strikes and the attacks on Lebanon", «أدانت مصر الغارات الإسرائيلية والهجمات على لبنان"): it is
    that verb's object too, not an act of the stance verb's subject."""
    stance, lo = prev, prev.j  # ("the Israeli strikes": a noun no trigger reads, between the verb and this one)
    if prev.rtype == "fights" and site.n_trig >= 2 and (prev.phrase.nominal or stance_noun(ctx, prev.i, "fights")):
        stance = site.found[site.n_trig - 2]
    if stance.rtype not in ("opposes", "supports", "states") or stance.phrase.nominal or site.i - stance.j > 8:
        return False
    between, ands, nouns = range(lo, site.i), ctx.lex.w("and"), ctx.lex.w("attack_nouns")
    joined = ctx.lang == "ar" and ctx.texts[site.i].startswith("و") or any(ctx.texts[k] in ands for k in between)
    acted = stance is not prev or any(ctx.texts[k] in nouns for k in between)
    light = ctx.lex.any_of("and", "event_openers", "attack_nouns")
    return joined and acted and all(ctx.covered[k] or ctx.texts[k] in light for k in between)


def _concern_floor(ctx: Context, site: Site) -> int:
    """ "Guterres voiced concern over an offensive by the RSF", «أبدى غوتيريش قلقه من هجوم قوات الدعم السريع»: an
    attack named a few words after a concern word (`concern_words`) is what the concerned party speaks of, not its
    own act. Returns the token after the concern word (the attacker is named after it), or -1."""
    if site.rtype != "fights" or not site.nominal:
        return -1
    words = ctx.lex.w("concern_words")
    lo = max(site.sent.ts, site.i - 4)
    return next((k + 1 for k in range(site.i - 1, lo - 1, -1) if ctx.texts[k] in words), -1)


def _attack_relative(ctx: Context, site: Site) -> int:
    """«القصف الذي استهدف مواقع الجيش», «الغارات العشوائية التي شنتها القوات الحكومية»: a fighting verb whose
    relative pronoun stands for an attack named right before it (or with up to two adjectives between); its
    subject is not named before the attack. Returns
    the verb's token (its subject, if any, follows it), or -1."""
    i = site.i
    if site.rtype != "fights" or site.nominal or site.n_trig == 0 or i - 1 <= site.sent.ts:
        return -1
    prev = site.found[site.n_trig - 1]
    if prev.rtype != "fights" or not i - 3 <= prev.j <= i - 1 or ctx.texts[i - 1] not in ctx.lex.w("relative_who"):
        return -1
    between = [m for m in site.ments if prev.j <= m.ts < i]
    if any(m.role != "demonym" or m.kind != "state" for m in between):
        return -1  # «الغارات على مواقع X التي …»: the relative may stand for X; only adjectives may stand between
    # «أدانت قطر الغارات الإسرائيلية التي استهدفت …»: the demonym after the attack names its agent, the relative
    # verb's subject (the condemner before it is not)
    return between[0].ts if between else i


def _modifies_group(ctx: Context, site: Site) -> bool:
    """ "the Taliban's negotiating team, Abdul Hakim Haqqani", "the government's negotiating delegation": a trigger
    word right before a noun for the people who do it (`trigger_modified_groups`) names that group, no event: an
    "-ing" word or one after an article or a possessive; a finite verb has the noun as its object ("struck positions
    of X")."""
    j = site.j
    if ctx.lang == "ar" or j >= site.sent.te or ctx.texts[j] not in ctx.lex.w("trigger_modified_groups"):
        return False
    before = ctx.texts[site.i - 1] if site.i > site.sent.ts else ""
    return ctx.texts[j - 1].endswith("ing") or before in ctx.lex.any_of("articles", "owner_pronouns") | {"'s", "'"}


def _determined_participle(ctx: Context, site: Site) -> bool:
    """ "the armed opposition", "an armed group", "Niger's ousted president", "positions of armed groups", "attacked
    armed groups": a one-word participle between an article, a possessive, a preposition (`participle_openers`) or
    a verb of relation and a lowercase noun describes the noun (English); no one arms, backs or ousts here."""
    i, j, toks = site.i, site.j, ctx.toks
    if ctx.lang == "ar" or j != i + 1 or i == site.sent.ts or j >= site.sent.te or not toks[i].text.endswith("ed"):
        return False
    articles = ctx.lex.any_of("articles", "owner_pronouns") | {"the", "'s", "'"}
    after_act = site.n_trig > 0 and site.found[site.n_trig - 1].j == i
    # "positions of armed groups", "attacked armed groups" (not "fighting pitted the Houthis": a verb, its object)
    # ("the Saudi-backed armed rebel group": a participle after a hyphenated one describes the same noun)
    compound = i >= 2 and toks[i - 2].text == "-" and toks[i - 1].text.endswith("ed")
    opens = toks[i - 1].text in ctx.lex.w("participle_openers") or after_act or compound
    opens = opens and toks[j].text not in articles
    if (toks[i - 1].text not in articles and not opens) or not toks[j].is_word or ctx.covered[j]:
        return False
    return ctx.text[ctx.orig(j, j + 1)[0]].islower() and toks[j].text not in ctx.lex.w("destination_words") | {"by"}


def _receiving(ctx: Context, site: Site) -> bool:
    """ "received backing from", "received a call from": the noun after "received" is the relation, not a visit
    ("received a delegation from the AU", "a Houthi delegation": a member noun, the visitors, is no relation)."""
    if ctx.texts[site.i] not in ctx.lex.w("receive_verbs"):
        return False
    return any(site.j <= f.i <= site.j + 2 and f.rtype != "member_of" for f in site.found)


# --- prepare ------------------------------------------------------------------------------------------
def _will_not_sign(ctx: Context, site: Site) -> bool:
    """ "Ivanov said he will not sign it", "would not sign the deal", «لن يوقع», "would never accept the deal", «لن
    نقبل بالاتفاق»: a signing or accepting verb (`acceptance_verbs`) under a future or
    conditional negation (`refusal_negations` right before it) refuses the agreement, as "refused to sign" does
    ("did not sign" only reports). Only an agreement named right after, or "it", is refused ("would not sign
    any document with Russia" opposes no one). The site becomes an opposes one."""
    if site.rtype != "agrees_with" or ctx.lex.any_of("signing_words", "acceptance_verbs").isdisjoint(
        ctx.toks[site.i].forms
    ):
        return False
    before = " ".join(ctx.texts[max(site.sent.ts, site.i - 2) : site.i])
    if not any(before.endswith(w) for w in ctx.lex.w("refusal_negations")):
        return False
    j = site.j + (site.j < site.sent.te and ctx.texts[site.j] in ctx.lex.w("terms_openers"))
    named = any(m.kind == "agreement" for m in site.view.starting_within(site.j, j + 2))
    if not (named or site.j < site.sent.te and ctx.texts[site.j] in ctx.lex.w("welcomed_pronouns")):
        return False
    site.rtype = "opposes"
    return True


@construction("gate", "prepare")
def gate(ctx: Context, site: Site, emit) -> Outcome:
    """Negated triggers ("did not meet"), idioms («على وقع»), look-alikes («الجمعة», Friday) and membership
    words (their own patterns) stop here; otherwise the actors before and after the trigger are collected."""
    site.nominal = _noun_use(ctx, site)
    if _stopped(ctx, site):
        return DONE
    _actors_around(ctx, site)
    return PASS


def _stopped(ctx: Context, site: Site) -> bool:
    """The trigger names no act of its clause: an event named ("ends four years of fighting"), an act not
    asserted, an adjective or noun use of a speech verb, "any support", or "in a statement"."""
    toks, i = ctx.toks, site.i
    if ctx.lang != "ar" and _gerund_of_time(ctx, i, site.sent.ts):
        if site.j >= site.sent.te or ctx.texts[site.j] not in ctx.lex.w("between"):
            return True  # "ends four years of fighting": an event named, not one the clause's subject does
        site.nominal = True  # "months of fighting between the army and the RSF": its sides follow
    if _no_act(ctx, site):
        return True  # "did not meet", «على وقع», "may meet"
    if site.rtype == "opposes" and _measure_lifted(ctx, site):
        return True  # "voted to lift sanctions on Eritrea", «رفع العقوبات المفروضة على …»: the measure ends
    if site.rtype == "states" and _definite_verb(ctx, site):
        return True  # «القوات التابعة لحفتر», «الذكرى»: a speech verb with the article is an adjective or a noun
    if i > site.sent.ts and not ctx.lex.w("hypothetical_determiners").isdisjoint(ctx.forms[i - 1]):
        return True  # "not providing any support", «لا تقدم أي دعم», "no backing": none in particular
    medium = i > site.sent.ts and ctx.texts[i - 1] in ctx.lex.w("medium_prepositions")
    medium = medium and not (i - 2 >= site.sent.ts and one_of(ctx, toks[i - 2], ctx.lex.w("came_in_verbs")))
    # "urged … in a statement", «في بيان»: how something was said, not a statement of its own («وجاء في بيان
    # للخارجية أن …»: the statement speaks)
    return site.rtype == "states" and bool(site.nominal) and medium


def _measure_lifted(ctx: Context, site: Site) -> bool:
    """A measure against someone named as lifted or repealed (`lifting_words` among the three words before the
    trigger): whoever lifts it does not act against its target."""
    return lifted_before(ctx, site.sent.ts, site.i, 3)


def _adverbial(ctx: Context, site: Site) -> bool:
    """ "Back then, Mali denounced the move": the trigger's word and the next make an adverb (`adverbial_phrases`)."""
    i = site.i
    return i + 1 < len(ctx.toks) and f"{ctx.texts[i]} {ctx.texts[i + 1]}".lower() in ctx.lex.w("adverbial_phrases")


def _left_group(ctx: Context, site: Site, m: Ment, asides: bool = True) -> list[Ment]:
    """syntax.group_with_left over the trigger's sentence, asked once per mention for the trigger: its subject
    constructions ask for the group ending with the same name two or three times (kept while the sentence's and
    the document's mentions are unchanged; a copy, for callers that edit it)."""
    key = (id(m), asides, len(site.ments), len(ctx.ments))
    got = site.groups.get(key)
    if got is None or got[0] is not m:
        got = site.groups[key] = (m, group_with_left(ctx, site.ments, m, asides))
    return list(got[1])


def _no_act(ctx: Context, site: Site) -> bool:
    """Negated, refused, modal, asked or denied, an idiom, a look-alike, a modifier of a noun or a group, a
    label: the trigger's words state no act of anyone here."""
    toks, i = ctx.toks, site.i
    cued = gate_cues(ctx, i, site.sent.ts)  # (most triggers: none, and the three checks that need one are skipped)
    cued = cued and not _will_not_sign(ctx, site)  # "he will not sign it": a refusal (retyped), not a negation
    if cued and negated(ctx, i, site.sent.ts):
        return True
    if (
        cued
        and (site.nominal or definite(ctx, toks[i]))
        and refused_object(ctx, i, site.sent.ts, site.rtype)
        and not _own_agent(ctx, site)
    ):
        return True
    first, then = _no_act_checks(ctx, site.rtype)
    for check in first:
        if check(ctx, site):
            return True
    if cued and modal(ctx, i, site.sent.ts, site.rtype):
        return True
    for check in then:
        if check(ctx, site):
            return True
    return False


def _idiom(ctx: Context, site: Site) -> bool:
    return idiom(ctx, site.i)


def _non_trigger(ctx: Context, site: Site) -> bool:
    return ctx.texts[site.i] in ctx.lex.w("non_triggers")


def _adverb_of_adjective(ctx: Context, site: Site) -> bool:
    """ "internationally recognised": an adverb of an adjective (`adjectival_adverbs`) right before the trigger."""
    return site.i > site.sent.ts and ctx.texts[site.i - 1] in ctx.lex.w("adjectival_adverbs")


def _relative_without_actor(ctx: Context, site: Site) -> bool:
    return relative_without_actor(ctx, site.ments, site.i, site.sent.ts)


def _held_power(ctx: Context, site: Site) -> bool:
    """ "Moscow's veto power as a permanent member of the Security Council": a right (`power_nouns`) held in a
    role ("as"), no act against the body named; "used its veto power to block X" still acts."""
    j = site.j
    return j + 1 < site.sent.te and ctx.texts[j] in ctx.lex.w("power_nouns") and ctx.texts[j + 1] == "as"


def _own_agent(ctx: Context, site: Site) -> bool:
    """«رفضت إيران دعم واشنطن لإسرائيل»: the refused noun names its own agent right after it and its target after
    «لـ»: Washington's support, which Iran rejects, not a support Iran refuses to give (Arabic)."""
    if ctx.lang != "ar" or site.rtype not in ("supports", "opposes", "fights"):
        return False
    agent = next((m for m in ctx.ments.starting(site.j) if actor(m)), None)
    k = agent.te if agent is not None else -1
    return 0 <= k < site.sent.te and ctx.texts[k][:1] == "ل" and any(actor(m) for m in ctx.ments.starting(k))


def _actors_around(ctx: Context, site: Site) -> None:
    """The actors before the trigger that may be its subject (not those of an event it condemns, of an aside or
    past a relative's antecedent), those after it, the nearest of each and their distances."""
    i, j = site.i, site.j
    site.before = site.view.subjects_before(i)
    if site.rtype in ("fights", "supports"):  # (the three look at these only: -1 for any other type)
        floor = max(condemned_event(ctx, site), _attack_relative(ctx, site), _concern_floor(ctx, site))
    else:
        floor = -1
    if floor > 0:
        site.before = [m for m in site.before if m.ts >= floor]  # "Qatar condemned the Houthi attack": not Qatar's
    rel, span = relative_subject(ctx, site.ments, i), None
    if rel is not None:
        site.before = [m for m in site.before if m.te <= rel[-1].te]  # "France, who reacted ...": the antecedent
    elif (span := aside(ctx, site.ments, i, site.sent.ts) or title_aside(ctx, i, site.sent.ts)) is not None:
        site.before = [m for m in site.before if not span[0] < m.ts < span[1]]  # "X, which fought Y, said"
    site.after = site.view.after(j)
    site.conf = ontology.base_confidence(site.rtype)
    site.near_before = site.before[-1] if site.before else None
    site.gap_before = i - site.near_before.te if site.near_before else 99
    if span is not None and site.near_before is not None and site.near_before.te <= span[0]:
        site.gap_before -= span[1] - span[0] + 1  # the aside does not count as distance: its head is the subject
    _first_after(ctx, site)


def _first_after(ctx: Context, site: Site) -> None:
    """The first actor after the trigger and its distance (a time set off by commas not counted), and the
    trigger's part of speech where a preposition or an object pronoun settles it."""
    toks, i, j = ctx.toks, site.i, site.j
    site.first_after = site.view.first_lead(j)
    site.gap = site.first_after.np_start - j if site.first_after else 99
    if site.first_after and site.gap >= 2 and not site.nominal and _time_set_off(ctx, j, site.first_after.np_start):
        site.gap = 0  # «التقى، أمس الأربعاء 30 ديسمبر، وزير الخارجية الروسي …»: the subject right after the time
    if ctx.lang == "ar" and i > site.sent.ts and ctx.texts[i - 1] in ctx.lex.any_of("prepositions", "cause_nouns"):
        site.nominal = True  # «عن توجه بومبيو إلى ألمانيا», «على خلفية دعمها»: after a preposition, a noun
    fa = site.first_after
    if site.gap == 0 and fa.kind == "agreement" and pronoun_suffix(ctx, toks[i], site.trig.phrase.words[0]):
        site.nominal = True  # «رفضهم وقف الأعمال القتالية»: "their rejection of"; a verb «رفضهم» takes no object


def _time_set_off(ctx: Context, j: int, k: int) -> bool:
    """An Arabic time set off by commas right after a verb, before the name at k («التقى، أمس الأربعاء 30 ديسمبر
    الجاري، لافروف …»): a time word (`time_adverbs`) first, then only words or numbers, up to eight tokens; or
    time words only, a comma after them or none («غادر مساء الأحد، رئيس الوزراء القطري، الدوحة»)."""
    texts, commas, times = ctx.texts, (",", "،"), ctx.lex.w("time_adverbs")
    if ctx.lang != "ar" or not (j < k <= j + 10):
        return False
    k -= k - 1 > j and texts[k - 1] in ctx.lex.any_of("name_cues", "honorifics")  # «، الشيخ تميم»: the name's own
    opened, closed = texts[j] in commas, texts[k - 1] in commas
    inside = texts[j + opened : k - closed]
    if not inside or inside[0] not in times:
        return False
    if opened and closed:
        return not any(w in commas or w in (".", ":") for w in inside)
    return not opened and all(w in times for w in inside)


def _noun_use(ctx: Context, site: Site) -> bool:
    """Whether the trigger is used as a noun: a noun of the lexicon (~), or a verb's word after a preposition
    («بدعم», «لمحاربة»), with the article («الدعم», «الرفض») or after a demonym ("the Israeli strikes", "Russian
    attacks")."""
    toks, i = ctx.toks, site.i
    if site.trig.phrase.nominal or stance_noun(ctx, i, site.rtype):
        return not _relative_clause_verb(ctx, site)
    if ctx.lang == "ar":
        if toks[i].text[:1] in "بل" and site.trig.phrase.words[0][:1] != toks[i].text[:1]:
            return True
        # «وأكدت دعمها للحوثيين», «جدد رفضه»: right after a verb, a word with a pronoun suffix is its object, a noun
        before = ctx.trigger_hits[1].get(i - 1) if i > site.sent.ts else None
        if before is not None and before[1] == i and not before[0].nominal:
            return True  # «وأكد دعم قطر للوساطة»: two verbs do not follow each other; the second word is a noun
        if _after_verb_subjects(ctx, site) and pronoun_suffix(ctx, toks[i], site.trig.phrase.words[0]):
            return True  # «وجددت روسيا والصين، في جلسة لمجلس الأمن، دعمهما للحكومة السورية»: the verb's object
        return object_after_subject(ctx, i, site.sent.ts)
    before = ctx.trigger_hits[1].get(i - 1) if i > site.sent.ts else None
    if before is not None and before[1] == i and not before[0].nominal and before[0].label in ("opposes", "supports"):
        return True  # "Jordan denounced strikes on Lebanon": right after a verb of stance, its object, a noun
    return after_determiner(ctx, i, site.sent.ts) or _after_demonym(ctx, i) or _described_gerund(ctx, i, site.sent.ts)


def _relative_clause_verb(ctx: Context, site: Site) -> bool:
    """ "Hezbollah, which Iran supports, …", "the army, which Egypt has supported": a noun-or-verb word ("supports",
    "supported") right after the name that follows a relative pronoun after a comma is that clause's verb
    (English)."""
    i, ts = site.i, site.sent.ts
    if ctx.lang == "ar" or not ctx.texts[i].endswith(("s", "ed")):
        return False
    k = i - 1
    while k > ts and ctx.texts[k] in ctx.lex.w("auxiliaries"):
        k -= 1
    m = next((m for m in ctx.ments.ending(k + 1) if actor(m)), None)
    if m is None:
        return False
    r = m.np_start - 1
    r -= r > ts and ctx.texts[r] == "the"
    return r - 1 >= ts and ctx.texts[r] in ctx.lex.w("relative_objects") and ctx.texts[r - 1] == ","


def _described_gerund(ctx: Context, i: int, ts: int) -> bool:
    """ "after fierce fighting in Khartoum between the army and the RSF", "amid renewed shelling": an -ing word
    right after an adjective of events (`event_adjectives`) is a noun, the name of what went on, not a verb of the
    clause's subject (English)."""
    return i > ts and ctx.texts[i].endswith("ing") and ctx.texts[i - 1] in ctx.lex.w("event_adjectives")


def _after_verb_subjects(ctx: Context, site: Site) -> bool:
    """The trigger follows the subjects of the clause's verb (Arabic, verb first), right after them or past an
    aside after them (syntax.past_verb_aside): it stands where the verb's object does."""
    st = site.state
    if not st.verb_subjects or not site.sent.ts <= st.verb_at < st.verb_subjects[0].ts:
        return False
    end = st.verb_subjects[-1].te
    return end == site.i or past_verb_aside(ctx, end, site.sent.te) == site.i


def _after_demonym(ctx: Context, i: int) -> bool:
    """The word right after a one-word demonym ("Israeli", not "the Yemeni government")."""
    d = ctx.ending_at(i)
    return d is not None and d.role == "demonym" and d.te - d.ts == 1


def _unasserted(ctx: Context, site: Site) -> bool:
    """An act the sentence does not assert: asked ("Is Russia backing the RSF?", «هل تدعم روسيا …؟»: a sentence
    that ends with a question mark, `question_marks`), or named in a claim its subject denies ("denied reports that
    Sisi had phoned Netanyahu", "rejected accusations that it supports the M23": a denying or refusing verb with a
    claim noun, `claim_nouns`, right after it, within eight words before the trigger). The rejection of a claim
    opposes no one named in it."""
    if site.rtype not in _EVENTS:
        return False
    ts, te, texts = site.sent.ts, site.sent.te, ctx.texts
    if not ctx.lex.w("question_marks").isdisjoint(texts[max(ts, te - 2) : te]):
        return True
    claims = ctx.lex.w("claim_nouns")
    if claims.isdisjoint(texts[max(ts, site.i - 8) : site.j + 2]):
        return False
    deny, toks = ctx.lex.w("claim_deniers"), ctx.toks
    for k in range(max(ts + 1, site.i - 8), min(te - 1, site.j + 2)):
        if texts[k] not in claims or not (
            one_of(ctx, toks[k - 1], deny) or k - 2 >= ts and one_of(ctx, toks[k - 2], deny)
        ):
            continue  # ("denied the reports that", «نفت الاتهامات بدعم», "rejected claims that")
        if _claim_opened(ctx, k + 1):
            return True  # ("rejected accusations by Kinshasa": the accuser is opposed; "denies the accusation and
            # accuses the army of …": a clause of its own)
    return False


def _claim_opened(ctx: Context, k: int) -> bool:
    """What a claim noun says opens at token k: "that", "of" (`claim_openers`), «بدعم» (`claim_opener_prefixes`)."""
    t = ctx.texts[k]
    return t in ctx.lex.w("claim_openers") or t.startswith(tuple(ctx.lex.w("claim_opener_prefixes")))


def _backed_event(ctx: Context, site: Site) -> bool:
    """ "Russia supports dialogue with Ukraine", "rejected talks with the junta", «أكدت مصر دعمها للحوار مع
    الحوثيين»: talks named as what a stance verb backs or rejects are not held by its subject; the talks keep the
    sides named after them ("backs talks between Kyiv and Moscow", «يدعم المفاوضات الجارية بين …»: an adjective
    or two may come first)."""
    if not site.nominal or site.rtype not in ("negotiates_with", "meets"):
        return False
    if _between_at(ctx, site.j, site.sent.te) >= 0:
        return False
    hits = ctx.trigger_hits[1]
    for k in range(site.i - 1, max(site.sent.ts, site.i - 3) - 1, -1):
        hit = hits.get(k)  # (a word inside a name is none: «طالبان» is no «طالب»)
        if hit is not None and not ctx.covered[k] and hit[0].label in ("supports", "opposes") and hit[1] <= site.i:
            return True
    return False


def _unheld_event(ctx: Context, site: Site) -> bool:
    """ "a potential meeting between Aliyev and Pashinyan", "said he is open to a face-to-face meeting with X",
    "the request of Somali officials for direct talks between A and B", "a proposal by X on Monday to resume
    negotiations with Y": a meeting or talks named as possible, asked for or offered are not held. A
    `hypothetical_modifiers` word among the two words before the noun, or a word of asking or offering
    (`unheld_event_cues`, one or two words) among the eight before it with no comma between: "stressed the need
    for a direct dialogue between A and B", «دعا إلى حوار بين A وB» ask for talks that are not held."""
    if not site.nominal or site.rtype not in ("meets", "negotiates_with", "phones", "visits"):
        return False
    texts, i, ts = ctx.texts, site.i, site.sent.ts
    if not ctx.lex.w("hypothetical_modifiers").isdisjoint(texts[max(ts, i - 2) : i]):
        return True
    cues = ctx.lex.w("unheld_event_cues")
    for k in range(i - 1, max(ts, i - 8) - 1, -1):
        if texts[k] in (",", ";", ":", "،") or ctx.toks[k].text in ('"', "“", "”"):
            return False
        if texts[k] in cues or k + 1 < i and f"{texts[k]} {texts[k + 1]}" in cues:
            return True
        if ctx.lang == "ar" and not cues.isdisjoint(ctx.toks[k].forms):
            return True  # «بضرورة», «على أهمية»: a glued preposition
        if ctx.lang == "ar" and texts[i - 1] in ctx.lex.w("call_prepositions") and _call_verb(ctx, k):
            return True  # «دعا الطرفين إلى مفاوضات مباشرة»: what is called for (not «دعا خلال لقائه X إلى …»)
    return False


def _call_verb(ctx: Context, k: int) -> bool:
    """A call verb (`call_verbs`, «دعا», «وطالبت») at token k."""
    return not ctx.lex.w("call_verbs").isdisjoint(ctx.toks[k].forms)


def _between_at(ctx: Context, j: int, te: int) -> int:
    """Where "between" stands right after an event noun, or after up to two words that are no name and no comma
    («المفاوضات الجارية بين», "the talks now under way between"); -1 if it does not."""
    btw = ctx.lex.w("between")
    for k in range(j, min(te, j + 3)):
        if ctx.texts[k] in btw:
            return k
        if ctx.texts[k] in (",", "،") or ctx.ments.starting(k):
            return -1
    return -1


def _gerund_of_time(ctx: Context, i: int, ts: int) -> bool:
    """ "after four years of fighting", "weeks of shelling": an -ing word after "of" and a span of time."""
    k = i - 1
    return (
        k - 1 >= ts
        and ctx.texts[i].endswith("ing")
        and ctx.texts[k] == "of"
        and ctx.texts[k - 1] in ctx.lex.w("time_spans")
    )


def _withdrawn(ctx: Context, site: Site) -> bool:
    """ "Chad withdrew its support for the army", «سحبت تشاد دعمها للجيش», «أوقفت دعمها»: support ended is none;
    between the verb and the support noun only a possessive, an article or a kind of support."""
    if site.rtype != "supports":
        return False
    verbs, lo = ctx.lex.w("withdrawal_verbs"), max(site.sent.ts, site.i - 4)
    j = site.i + len(site.trig.phrase.words)
    if ctx.lang != "ar" and j + 1 < site.sent.te and ctx.texts[j] == "to" and ctx.texts[j + 1] in verbs:
        return True  # "pledged to pull back support for the M23": what is pledged is an end of support
    if ctx.lang != "ar" and verbs.isdisjoint(ctx.texts[lo : site.i]):
        return False  # (most support words: one check in C)
    light = ctx.lex.any_of("possessive_determiners", "stance_modifiers", "withdrawal_particles")
    for k in range(site.i - 1, lo - 1, -1):  # ("pull back support for", "scaled down its support")
        if one_of(ctx, ctx.toks[k], verbs):
            return True
        if ctx.texts[k] not in light and not (ctx.lang == "ar" and ctx.covered[k]):
            return False  # (Arabic: «سحبت تشاد دعمها», the subject between)
    return False


def _definite_verb(ctx: Context, site: Site) -> bool:
    """An Arabic speech verb (not a noun of the lexicon, `~`) read with the article: «التابعة» matched «تابع*»."""
    word = site.trig.phrase.words[0]
    return (
        ctx.lang == "ar"
        and not site.trig.phrase.nominal
        and not word.startswith("ال")
        and definite(ctx, ctx.toks[site.i])
    )


def _transfer_not_relay(ctx: Context, site: Site) -> bool:
    """«ونقل صلاحيات الأسد إلى هيئة الحكم»: «نقل» relays words only with «عن» after it («نقلت الوكالة عن X»);
    otherwise it moves something."""
    if site.rtype != "states" or ctx.lang != "ar":
        return False
    if relayed_it(ctx, site.i):
        return True  # «في تصريح نقلته قناة العراقية», «وهو ما نقلته الوكالة»: the channel relays what another said
    if ctx.lex.w("relay_verbs").isdisjoint(ctx.toks[site.i].forms):
        return False
    return ctx.lex.w("relay_from").isdisjoint(ctx.texts[site.j : min(site.j + 6, site.sent.te)])


def _camp_label(ctx: Context, site: Site) -> bool:
    """ "opposition leaders", "resistance fighters": a camp's name, no stance (syntax.camp_label)."""
    return camp_label(ctx, site.i, site.j, site.sent.ts, site.sent.te)


def _round_of(ctx: Context, site: Site) -> bool:
    """«جولة المحادثات التي عقدت في فيينا», «جولة جديدة من المفاوضات»: «جولة» (a tour) before talks or fighting
    (`round_events`, within three words) is a round of them, not a visit; the talks' own trigger names the sides."""
    if site.rtype != "visits" or ctx.lex.w("round_nouns").isdisjoint(ctx.toks[site.i].forms):
        return False
    return any(not ctx.lex.w("round_events").isdisjoint(t.forms) for t in ctx.toks[site.j : site.j + 3])


_SiteCheck = Callable[[Context, Site], bool]
# _no_act's checks after the cued ones, in its order, each with what it needs to answer anything but False: the
# language it reads ("ar", or "-ar" for every other), the relation types, and a vocabulary of the lexicon it looks
# the trigger's words up in. The modal check (cued) stands between the two lists.
_NoActCheck = tuple[_SiteCheck, str | None, tuple[str, ...] | None, str | None]
_NO_ACT_FIRST: tuple[_NoActCheck, ...] = (
    (_idiom, "ar", None, "idiom_heads"),
    (_receiving, None, None, "receive_verbs"),
    (_non_trigger, None, None, "non_triggers"),
    (_adverbial, None, None, "adverbial_phrases"),
    (_held_power, None, None, "power_nouns"),
    (_adverb_of_adjective, None, None, "adjectival_adverbs"),
    (_determined_participle, "-ar", None, None),
    (_modifies_group, "-ar", None, "trigger_modified_groups"),
    (_relative_without_actor, "-ar", None, None),
)
_NO_ACT_THEN: tuple[_NoActCheck, ...] = (
    (_round_of, None, ("visits",), "round_nouns"),
    (_camp_label, None, None, "group_nouns"),
    (_transfer_not_relay, "ar", ("states",), None),
    (_backed_event, None, ("negotiates_with", "meets"), None),
    (_unheld_event, None, ("meets", "negotiates_with", "phones", "visits"), None),
    (_unasserted, None, _EVENTS, None),
)
_NO_ACT: dict[tuple[int, str, str], tuple[object, list[_SiteCheck], list[_SiteCheck]]] = {}


def _no_act_checks(ctx: Context, rtype: str) -> tuple[list[_SiteCheck], list[_SiteCheck]]:
    """_no_act's checks that can answer True for this language, its lexicon and a trigger of this type (each of
    the others returns False at its first test), chosen once per lexicon and type rather than called for
    every trigger to return False."""
    key = (id(ctx.lex), ctx.lang, rtype)
    got = _NO_ACT.get(key)
    if got is None or got[0] is not ctx.lex:  # (the lexicon kept: an id is only unique while it lives)

        def keep(table: tuple[_NoActCheck, ...]) -> list[_SiteCheck]:
            return [
                check
                for check, lang, rtypes, needs in table
                if (lang is None or lang == ctx.lang or (lang == "-ar" and ctx.lang != "ar"))
                and (rtypes is None or rtype in rtypes)
                and (needs is None or ctx.lex.w(needs))
            ]

        got = _NO_ACT[key] = (ctx.lex, keep(_NO_ACT_FIRST), keep(_NO_ACT_THEN))
    return got[1], got[2]


_EVENT_TYPES = frozenset(("agrees_with", "meets", "negotiates_with", "phones", "visits"))
_STANCE_TYPES = frozenset(("supports", "opposes", "states"))


def _welcomed_guest(ctx: Context, site: Site) -> bool:
    """ "was welcomed at the airport by President X": a passive welcome of a person is a reception."""
    if ctx.lang == "ar" or site.i == 0 or ctx.texts[site.i - 1] not in ctx.lex.any_of("auxiliaries", "verb_adverbs"):
        return False
    j = _by_after_place(ctx, site.j, site.sent.te)
    return j < site.sent.te and ctx.texts[j] == "by"


def _owner_of_act(ctx: Context, m: Ment | None) -> bool:
    """A possessive name whose noun is no person ("the AU's decision", not "Syria's Assad")."""
    if m is None or not m.possessive:
        return False
    k = m.te + (m.te < len(ctx.toks) and ctx.texts[m.te] in ("'s", "'"))
    return not any(x.kind == "person" for x in ctx.ments.starting(k))


@construction("stance-event", "prepare", rtypes=("agrees_with", "meets", "negotiates_with", "phones", "visits"))
def stance_event(ctx: Context, site: Site, emit) -> Outcome:
    """ "France welcomed the signing of the accord", «رحّبت مصر بتوقيع الاتفاق», "condemned the meeting between
    Putin and Kim": an event noun that is the object of a stance verb is not an act of the stance's subject. Its
    parties are its own complements ("by A and B", "between A and B"); the stance itself is read at the verb
    (welcome-agreement reads past the event noun to the agreement)."""
    owned = _owner_of_act(ctx, site.first_after)  # "welcomed the AU's decision to …" (not "Syria's Assad")
    if (
        site.rtype == "meets"
        and (site.gap > 1 or owned)
        and not ctx.lex.w("welcome_verbs").isdisjoint(ctx.toks[site.i].forms)
        and not _welcomed_guest(ctx, site)
    ):
        site.rtype = "states"  # "welcomed the conclusion of talks between …": a welcome said, nobody received
        return PASS
    if site.rtype not in _EVENT_TYPES or not _stance_object(ctx, site):
        return PASS
    toks, te = ctx.toks, site.sent.te
    if site.rtype != "agrees_with":
        pair = between_pair(ctx, site.ments, site.j, te)
        if pair is not None:
            emit(pair[0], pair[1], site.rtype, site.conf + _cx(ctx, "between"), site.trig.text, "stance-event")
        return DONE
    genitive_signers(ctx, site, emit, "stance-event")  # «رحّبت مصر بتوقيع A على الاتفاق»: A signed it
    agr = next((m for m in site.after if m.kind == "agreement" and m.ts - site.j <= 3 and not m.in_np), None)
    if agr is None:
        return DONE
    k = agr.te
    if k < te and toks[k].text == "by" and ctx.lang != "ar":  # (not "from the White House": where it was said)
        for a in (m for m in coordinated_after(ctx, site.ments, k + 1, te) if actor(m)):
            emit(a, agr, "agrees_with", site.conf, site.trig.text, "stance-event")  # "… of the deal by A and B"
    return DONE


def _stance_object(ctx: Context, site: Site) -> bool:
    """The trigger is the object of the verb trigger right before it: only an article, or (Arabic, verb first) the
    verb's subject, between them, and in Arabic the verb's preposition «بـ» glued to the noun («رحّبت مصر بتوقيع»)."""
    if site.n_trig == 0:
        return False
    prev = site.found[site.n_trig - 1]
    # a welcome (also a word of meeting) or a mediation ("Egypt mediated the talks") over the event noun
    other = not ctx.lex.any_of("welcome_verbs", "mediation_words").isdisjoint(ctx.toks[prev.i].forms)
    if not (prev.rtype in _STANCE_TYPES or other) or prev.phrase.nominal:
        return False
    if ctx.lang != "ar":  # ("welcomed the Jeddah Declaration signed by A and B": a participle after the agreement
        if any(m.kind == "agreement" for m in ctx.ments.ending(site.i)):  # names its signers, no event welcomed)
            return False
        return all(ctx.covered[k] or ctx.texts[k] in ("the", "a", "an") for k in range(prev.j, site.i))
    # Arabic, verb first: the subject's phrase (names, titles, «الأمير») in between, no clause of its own
    if site.i - prev.j > 12 or any(not ctx.toks[k].is_word for k in range(prev.j, site.i)):
        return False
    return ctx.toks[site.i].text[:1] == "ب" and len(ctx.toks[site.i].forms) > 1


@construction("ceased", "prepare", rtypes=("supports", "fights"))
def ceased(ctx: Context, site: Site, emit) -> Outcome:
    """ "urged Rwanda to stop supporting M23", «وقف دعمها», "cease all attacks on" (`cessation_words` within three
    words), "Chad withdrew its support for the army", «سحبت تشاد دعمها» (`withdrawal_verbs`, see _withdrawn):
    backing or fighting that someone stops, or is asked to stop, is not backing or fighting."""
    if site.rtype not in ("supports", "fights"):
        return PASS
    words = ctx.lex.w("cessation_words")
    if not words.isdisjoint(chain.from_iterable(ctx.forms[max(site.sent.ts, site.i - 3) : site.i])):
        return DONE  # (the forms of the three words before, one check in C)
    return DONE if _withdrawn(ctx, site) else PASS


@construction("declared-over", "prepare", rtypes=("states",))
def declared_over(ctx: Context, site: Site, emit) -> Outcome:
    """ "declared the truce over", "would regard the deal as null and void", «أعلنت انتهاء العمل بالاتفاق»,
    «اعتبرتها باطلة»: a statement that ends an agreement opposes it (`void_words` right after the agreement,
    or `ending_nouns` right before it)."""
    agr = next((m for m in site.after if m.kind == "agreement" and m.np_start - site.j <= 6), None)
    if agr is None:
        return PASS
    before = ctx.texts[max(site.j, agr.np_start - 3) : agr.np_start]
    after = " ".join(ctx.texts[agr.te : min(agr.te + 4, site.sent.te)])
    ends = not ctx.lex.w("ending_nouns").isdisjoint(before)
    void = any(after.startswith(w) or after.startswith("as " + w) for w in ctx.lex.w("void_words"))
    if not (ends or void):
        return PASS
    site.rtype = "opposes"
    return PASS


@construction("called-it", "prepare", rtypes=("phones",), langs=("en",), trigger_words="naming_verbs")
def called_it(ctx: Context, site: Site, emit) -> Outcome:
    """ "called it a historic step", "called the accord 'a sign of hope'", "called Putin a killer": calling an
    agreement, an actor (or "it", the one last named) something is a statement about it, not a phone call
    (`naming_verbs`; what follows the object is a noun phrase or a quotation, not "on"/"for"/"to")."""
    j, te = site.j, site.sent.te
    if j >= te or ctx.texts[site.i] not in ctx.lex.w("naming_verbs"):
        return PASS
    if ctx.texts[j] in ctx.lex.w("articles"):
        return DONE  # "which Kibaki called a new beginning for Sudan", "called a summit on Libya": no one is phoned
    if ctx.texts[j] in ctx.lex.w("welcomed_pronouns"):
        end = j + 1
    else:
        obj = next((m for m in site.after if m.np_start - j <= 1), None)
        if obj is None:
            return PASS
        listed = group_with(ctx, site.ments, obj)
        if _insulted(ctx, site, obj, listed[-1].te):
            site.rtype, site.conf = "opposes", ontology.base_confidence("opposes")
            return PASS  # "called Trump and Macron criminals": an insult opposes whom it names
        end = listed[-1].te if len(listed) > 1 and _named_after_list(ctx, listed[-1].te) else obj.te
        if not (obj.kind == "agreement" or end > obj.te or _named_as(ctx, obj, site.after)):
            return PASS
    if end >= te or ctx.texts[end] in ctx.lex.w("naming_breaks"):
        return PASS
    site.rtype, site.conf = "states", ontology.base_confidence("states")
    return PASS


def _insulted(ctx: Context, site: Site, obj: Ment, end: int) -> bool:
    """ "called Trump, May and Macron criminals", "called Putin a killer": the actors named (up to token `end`),
    then an insult (`insult_nouns`, after an article or not)."""
    if not actor(obj):
        return False
    end += end < site.sent.te and ctx.texts[end] in ctx.lex.w("articles")
    return end < site.sent.te and ctx.texts[end] in ctx.lex.w("insult_nouns")


def _named_as(ctx: Context, m: Ment, after: list[Ment]) -> bool:
    """ "called Putin a killer", "called Russia's annexation illegal", 'called Kim "rocket man"': an actor
    called something (an article or a quotation after the name, or a thing of his), not an actor phoned
    ("called Egyptian President Sisi": the name goes on; "called Qatar's emir", "called Kenya's president
    William Ruto": the possessive's head is a person, the one phoned)."""
    if m.possessive:
        return not any(x.kind == "person" and m.te <= x.ts <= m.te + 2 for x in after)
    return m.te < len(ctx.toks) and ctx.texts[m.te] in ("a", "an", "the", '"')


def _named_after_list(ctx: Context, k: int) -> bool:
    """ "called Trump, May and Macron criminals": a bare lowercase word after a list of names says what they were
    called ("called Kerry and Lavrov late on Friday", "… separately": a call)."""
    if k >= len(ctx.toks) or not ctx.toks[k].is_word or ctx.covered[k]:
        return False
    s, _ = ctx.orig(k, k + 1)
    lower = ctx.text[s : s + 1].islower()
    return lower and ctx.texts[k] not in ctx.lex.w("naming_breaks") and ctx.texts[k] not in ctx.lex.w("call_adverbs")


@construction("denied-clause", "prepare", rtypes=_EVENTS, needs="denial_verbs")
def denied_clause(ctx: Context, site: Site, emit) -> Outcome:
    """ "Tehran denied that Araghchi had met Witkoff": an event in a denied clause did not happen."""
    if site.rtype not in _EVENTS:
        return PASS
    toks, denials, that = ctx.toks, ctx.lex.w("denial_verbs"), ctx.lex.complementizers
    lo = max(site.sent.ts, site.i - 13)  # ("denied that the authorities had opened a process of talks with X")
    if denials.isdisjoint(ctx.texts[lo : site.i]):
        return PASS  # (most triggers: one check in C)
    for k in range(site.i - 1, lo, -1):
        if toks[k].text in that and toks[k - 1].text in denials:
            return DONE
        if toks[k].text in (",", ";", ":"):
            return PASS
    return PASS


@construction("alleged", "prepare", rtypes=("supports", "fights"))
def alleged(ctx: Context, site: Site, emit) -> Outcome:
    """ "Rwanda denied accusations that it backs the M23", «اتهامات الكونغو لرواندا بدعم حركة إم 23»: backing or
    fighting that someone is accused of is an allegation, not a fact (the accusation has its own trigger)."""
    if site.rtype not in ("supports", "fights"):
        return PASS
    words, toks = ctx.lex.w("accusation_words"), ctx.toks
    lo = max(site.sent.ts, site.i - 7)
    if _warned_against(ctx, site, lo):
        return DONE  # "warned Iran against arming the Houthis": what one is warned against is not done
    if words.isdisjoint(ctx.texts[lo : site.i]) and words.isdisjoint(ctx.lasts[lo : site.i]):
        return PASS  # (most triggers: no accusation word before them, one check in C)
    k = next((x for x in range(site.i - 1, lo - 1, -1) if not words.isdisjoint(toks[x].forms)), -1)
    if k < 0:
        return PASS
    if ctx.lang == "ar":  # «بدعم», «بقصف»: the accused act, in a «ب» phrase («بتقديم مساعدات»: its giving verb's)
        giving = ctx.lex.any_of("giving_verbs", "giving_nouns")
        at = site.i - (site.i - 1 > k and not giving.isdisjoint(toks[site.i - 1].forms))
        return DONE if toks[at].text[:1] == "ب" and site.trig.phrase.words[0][:1] != "ب" else PASS
    if k + 1 < site.i and toks[k + 1].text in ctx.lex.complementizers:
        return DONE
    of = next((x for x in range(site.i - 1, max(k, site.i - 3), -1) if toks[x].text == "of"), -1)
    return DONE if of > k and all(t.is_word and t.text.endswith("ly") for t in toks[of + 1 : site.i]) else PASS
    # ("accuse Rwanda of militarily backing the M23": the act one is accused of, past an adverb)


def _warned_against(ctx: Context, site: Site, lo: int) -> bool:
    """The trigger right after "against" / «من» with a warning verb (`warn_verbs`) before it in the clause."""
    k = site.i - 1
    if k <= lo or ctx.texts[k] not in ctx.lex.w("against"):
        return False
    warn = ctx.lex.w("warn_verbs")
    return any(not warn.isdisjoint(t.forms) for t in ctx.toks[lo:k])


@construction("drew-stance", "prepare", rtypes=("opposes", "supports", "states"), needs="reception_verbs")
def drew_stance(ctx: Context, site: Site, emit) -> Outcome:
    """ "The memorandum drew condemnation from Somalia", "the deal won the backing of the AU", «قوبل الاتفاق برفض
    واسع من الحكومة الصومالية», «حظي الاتفاق بدعم الاتحاد الأفريقي»: a stance noun that the clause's subject
    receives (`reception_verbs`) is held by the actors after "from"/«من» (or the noun's own genitive), toward that
    subject: the agreement it names, or the actor whose act it is ("the Israeli decision", "Russia's invasion").
    The subject holds no stance of its own. A welcome received («لقي الاتفاق ترحيباً من …») backs an agreement."""
    welcomes = ctx.lex.w("welcome_verbs")
    welcome = site.rtype == "states" and (
        site.trig.phrase.words[0] in welcomes or not welcomes.isdisjoint(ctx.toks[site.i].forms)
    )
    if site.rtype not in ("opposes", "supports") and not welcome:
        return PASS
    v = _reception_verb(ctx, site)
    if v < 0:
        return PASS
    tgt = _received_by(ctx, site, v)
    if welcome and (tgt is None or tgt.kind != "agreement"):
        return PASS
    rtype = "supports" if welcome else site.rtype
    for a in _reception_agents(ctx, site) if tgt is not None else []:
        if a.entity != tgt.entity:
            emit(a, tgt, rtype, site.conf + _cx(ctx, "drew-stance"), site.trig.text, "drew-stance")
    return DONE


@construction("welcomed-by", "prepare", langs=("en",), trigger_words="welcome_verbs")
def welcomed_by(ctx: Context, site: Site, emit) -> Outcome:
    """ "The agreement was welcomed by Egypt and Qatar", "Resolution 2728, which was hailed by Algeria": an
    agreement welcomed in the passive is backed by the agents after "by" (the active "Egypt welcomed the deal" is
    welcome-agreement's)."""
    k, te = site.i - 1, site.sent.te
    while k > site.sent.ts and ctx.texts[k] in ctx.lex.any_of("passive_be", "auxiliaries", "verb_adverbs"):
        k -= 1
    if ctx.lex.w("passive_be").isdisjoint(ctx.texts[k + 1 : site.i]):
        return PASS
    if ctx.texts[k] in ctx.lex.any_of("relative_pronouns", "relative_who") and k > site.sent.ts:
        k -= 1 + (ctx.texts[k - 1] == ",")  # "Resolution 2728, which was hailed by"
    agr = next((m for m in ctx.ments.ending(k + 1) if m.kind == "agreement" and not m.in_np), None)
    by = _by_after_place(ctx, site.j, te)
    if agr is None or not (by < te and ctx.texts[by] == "by"):
        return PASS
    for a in coordinated_after(ctx, site.ments, by + 1, te):
        if actor(a):
            emit(a, agr, "supports", site.conf + _cx(ctx, "welcomed-by"), site.trig.text, "welcomed-by")
    return DONE


def _reception_verb(ctx: Context, site: Site) -> int:
    """The reception verb's token before the stance noun: "drew (sharp) criticism", "was met with strong
    opposition", "won the full backing"; in Arabic the verb may open the clause before its subject («قوبل
    الاتفاق برفض»). Between them only light words (English: up to two uncovered lowercase words), else -1."""
    toks, verbs, lo = ctx.toks, ctx.lex.w("reception_verbs"), site.sent.ts
    reach = 8 if ctx.lang == "ar" else 3
    first = max(lo, site.i - 1 - reach)
    if verbs.isdisjoint(chain.from_iterable(ctx.forms[first : site.i])) and first_words(verbs).isdisjoint(
        ctx.texts[max(lo, first - 1) : site.i - 1]
    ):
        return -1  # (most stance nouns: no reception verb before them, by a form or a two-word phrase; checks in C)
    for k in range(site.i - 1, first - 1, -1):
        if k > lo and f"{ctx.texts[k - 1]} {ctx.texts[k]}" in verbs:
            return k - 1
        if not verbs.isdisjoint(ctx.forms[k]):
            return -1 if _verb_subject_noun(ctx, site, k) else k
        if not toks[k].is_word or ctx.texts[k] in ctx.lex.w("and"):
            return -1
        if ctx.lang != "ar" and (ctx.covered[k] or not ctx.text[toks[k].start : toks[k].start + 1].islower()):
            return -1
    return -1


def _verb_subject_noun(ctx: Context, site: Site, k: int) -> bool:
    """«وأثار دعم روسيا لحفتر قلق واشنطن»: an Arabic verb that opens its clause, right before the stance noun
    (no «ب» glued to it, as in «قوبل برفض»), has that noun as its subject: the noun is not received."""
    if ctx.lang != "ar" or k != site.i - 1 or ctx.toks[site.i].text[:1] == "ب":
        return False
    return k == site.sent.ts or not ctx.toks[k - 1].is_word


def _reception_agents(ctx: Context, site: Site) -> list[Ment]:
    """Who holds the received stance: the actors after "from"/"by"/«من» (a word or two of degree between: «برفض
    واسع من», "criticism from"), after "of" when the noun has its article ("the backing of"), or in Arabic
    the noun's own genitive («بدعم الاتحاد الأفريقي»)."""
    toks, j, te = ctx.toks, site.j, site.sent.te
    agents, of = ctx.lex.w("agent_prepositions"), ctx.lex.w("part_of")
    k = next((x for x in range(j, min(te, j + 3)) if toks[x].text in agents), -1)
    if k < 0 and j < te and toks[j].text in of and ctx.lang != "ar" and ctx.texts[site.i - 1] == "the":
        k = j
    if k >= 0 and any(ctx.covered[x] for x in range(j, k)):
        return []
    start = k + 1 if k >= 0 else j if ctx.lang == "ar" and any(m.np_start == j for m in site.after) else -1
    if start < 0:
        return []
    return [m for m in coordinated_after(ctx, site.ments, start, te) if actor(m) and not m.located]


def _received_by(ctx: Context, site: Site, v: int) -> Ment | None:
    """What receives the stance: the agreement the clause's subject names, else the actor that opens it (its
    owner or its demonym: "the Israeli decision", "Russia's invasion of Ukraine", «القرار الإسرائيلي»). The subject
    stands before the verb, or in Arabic between the verb and the noun."""
    lo = last_clause_break(ctx, site.sent.ts, v)
    subject = [m for m in site.ments if v < m.ts and m.te <= site.i and not m.in_np] if ctx.lang == "ar" else []
    start = v + 1 if subject else lo
    subject = subject or [m for m in site.ments if lo <= m.ts and m.te <= v and not m.in_np]
    first = next((m for m in subject if actor(m)), None)
    if _participle_after_clause(ctx, v) and first is not None and first.np_start - start <= 2 and not first.located:
        return first  # "Russia vetoed the resolution, drawing a rebuke from France": Russia's act is rebuked
    agr = next((m for m in subject if m.kind == "agreement"), None)
    if agr is not None:
        return agr
    if first is None or first.np_start - start > 2 or first.located:
        return None
    return first


def _participle_after_clause(ctx: Context, v: int) -> bool:
    """ ", drawing …", ", prompting …": a participle after a comma whose subject is the clause before it (English)."""
    return ctx.lang != "ar" and v > 0 and ctx.texts[v - 1] == "," and ctx.texts[v].endswith("ing")


@construction("appositive-charge", "prepare", rtypes=("opposes",), langs=("en",), trigger_words="accusation_words")
def appositive_charge(ctx: Context, site: Site, emit) -> Outcome:
    """ "Pakistan blamed the Taliban for the attack, an accusation Kabul rejected": an accusation noun that opens
    a phrase in apposition (a comma, then "a"/"an") names the charge just made, whose stance the verb before it
    holds; the name after it rejects it, it does not accuse."""
    k = site.i - 1
    arts = ctx.lex.w("appositive_articles")
    return DONE if k > site.sent.ts and ctx.texts[k] in arts and ctx.texts[k - 1] == "," else PASS


@construction("fought-alongside", "prepare", rtypes=("fights",), langs=("ar",), nominal=False)
def fought_alongside(ctx: Context, site: Site, emit) -> Outcome:
    """«قاتلت مجموعة فاغنر إلى جانب القوات الروسية (ضد …)»: a fighting verb whose subject, right after it, is
    followed by «إلى جانب» (`along_with`) fights beside the ones named after it: it backs them, and both fight
    whoever «ضد» names after them (the verb-first order of "fought alongside", a phrase of its own when the
    subject comes first)."""
    fa = site.first_after
    if site.nominal or fa is None or site.gap > 0:
        return PASS
    k = fa.te
    along = next((w for w in ctx.lex.w("along_with") if " ".join(ctx.texts[k : k + len(w.split())]) == w), None)
    if along is None:
        return PASS
    subject = [m for m in group_with(ctx, site.ments, fa) if m.te <= k]  # (the list stops at «إلى جانب»)
    allies = [m for m in coordinated_after(ctx, site.ments, k + len(along.split()), site.sent.te) if actor(m)]
    if not allies:
        return PASS
    e = allies[-1].te
    enemies = coordinated_after(ctx, site.ments, e + 1, site.sent.te) if e < site.sent.te else []
    enemies = enemies if ctx.texts[e] in ctx.lex.w("stand_against") else []
    for a in subject:
        for b in allies:
            emit(a, b, "supports", ontology.base_confidence("supports"), site.trig.text, "fought-alongside")
        for b in enemies if actor(a) else []:
            emit(a, b, "fights", site.conf, site.trig.text, "fought-alongside")
    for a in allies:
        for b in enemies:
            emit(a, b, "fights", site.conf, site.trig.text, "fought-alongside")
    return DONE


@construction("threatened-fight", "prepare", rtypes=("fights",), needs="threat_verbs")
def threatened_fight(ctx: Context, site: Site, emit) -> Outcome:
    """ "Israel threatened to launch a wide offensive against Hezbollah", "Turkey has threatened a new operation
    against the SDF": a fight that a threat verb (`threat_verbs`, a few words before in the same clause) only
    threatens has not happened; the threat opposes whom it would hit."""
    threats = ctx.lex.w("threat_verbs")
    for k in range(site.i - 1, max(site.sent.ts, site.i - 6) - 1, -1):
        if not threats.isdisjoint(ctx.toks[k].forms):
            site.rtype = "opposes"
            return PASS
        if ctx.texts[k] in (",", "،", ";") or ctx.covered[k]:
            return PASS
    return PASS


@construction("suspended-participation", "prepare", rtypes=("opposes",))
def suspended_participation(ctx: Context, site: Site, emit) -> Outcome:
    """«علقت روسيا مشاركتها في مبادرة الحبوب»: suspending (`suspend_verbs`) opposes only one's participation or
    membership (`participation_nouns` within five words); «علق على …» is a comment."""
    if site.rtype != "opposes" or site.trig.phrase.words[0] not in ctx.lex.w("suspend_verbs"):
        return PASS
    stems = tuple(ctx.lex.w("participation_nouns"))
    near = ctx.toks[site.j : min(site.sent.te, site.j + 5)]
    return PASS if any(f.startswith(stems) for t in near for f in t.forms) else DONE


@construction("urged-to-act", "prepare", rtypes=_EVENTS, langs=("en",), before="infinitive_markers")
def urged_to_act(ctx: Context, site: Site, emit) -> Outcome:
    """ "Washington was pressing Israel to accept the proposal", "Biden pushed Netanyahu to sign the deal", "Qatar
    encouraged both sides to resume talks": the one pressed (`object_control_verbs`, a few words before "to") has
    not done it yet (the callers' own verbs, "urged", "called on", back what they call for: called-to)."""
    if site.i < 2 or ctx.texts[site.i - 1] not in ctx.lex.w("infinitive_markers"):  # (the registration's check)
        return PASS
    return _pressed_to(ctx, site, site.i - 1)


@construction("urged-to-act-adverb", "prepare", rtypes=_EVENTS, langs=("en",), before="infinitive_adverbs")
def urged_to_act_adverb(ctx: Context, site: Site, emit) -> Outcome:
    """ "pushing Yerevan and Baku to quickly sign a peace agreement": the same with an adverb between "to" and the
    verb (`infinitive_adverbs`)."""
    if site.i < 3 or ctx.texts[site.i - 1] not in ctx.lex.w("infinitive_adverbs"):  # (the registration's check)
        return PASS
    return _pressed_to(ctx, site, site.i - 2) if ctx.texts[site.i - 2] in ctx.lex.w("infinitive_markers") else PASS


def _pressed_to(ctx: Context, site: Site, to: int) -> Outcome:
    """DONE when a verb of pressing (`object_control_verbs`) stands a few words before the "to" at token `to`, with
    only the one pressed (names, party words) between."""
    verbs, k = ctx.lex.w("object_control_verbs"), to - 1
    lo = max(site.sent.ts, site.i - 9)
    while k >= lo and ctx.texts[k] not in verbs:
        if not (ctx.covered[k] or ctx.texts[k] in ctx.lex.w("party_words")):
            return PASS  # a word of another clause: "agreed to sign", "Hamas said it wanted to accept"
        k -= 1
    return DONE if k >= lo and k < to - 1 else PASS


@construction("passive-without-agent", "prepare", langs=("en",))
def passive_without_agent(ctx: Context, site: Site, emit) -> Outcome:
    """ "Rwanda is accused of backing the M23", "the plan was rejected": the name before a passive stance verb
    is what the stance is about, and with no "by …" after it no one is named who takes it; what someone is
    accused of is an allegation, no relation of its own (English)."""
    toks, i = ctx.toks, site.i
    if ctx.lang == "ar" or i <= site.sent.ts:
        return PASS
    if toks[i - 1].text == "of" and not ctx.lex.w("accusation_words").isdisjoint(
        ctx.texts[max(site.sent.ts, i - 6) : i]
    ):
        return DONE  # "accused Kigali of backing the M23": an allegation, not a fact of backing
    if site.rtype not in ("opposes", "supports") or site.nominal:
        return PASS
    word = toks[i].text
    if site.j - i > 1 or not word.endswith("ed") or toks[i - 1].text not in ctx.lex.w("passive_be"):
        return PASS  # ("are allied with", "is committed to": a phrase of the subject's own stance)
    after = ctx.texts[site.j : min(site.sent.te, site.j + 6)]
    own = bool(after) and after[0] in ctx.lex.w("stance_complements")  # "is opposed to": the subject's stance
    return DONE if ctx.lex.w("agent_prepositions").isdisjoint(after) and not own else PASS


@construction("hosted-talks", "prepare", rtypes=("negotiates_with", "meets"), nominal=True)
def hosted_talks(ctx: Context, site: Site, emit) -> Outcome:
    """ "Iraq and Oman hosted rounds of talks between the two", «لاستضافتهما جولات الحوار»: talks named as what
    someone hosts are not the hosts' talks; their parties come only from the talks' own "between" (a summit hosted
    "with" others is the host's own, with them)."""
    if not site.nominal:
        return PASS
    k, skip = site.i - 1, ctx.lex.w("round_words")  # "rounds of", «جولات»
    while k > site.sent.ts and site.i - k <= 3 and ctx.texts[k] in skip:
        k -= 1
    if k < site.sent.ts or not _hosting_word(ctx, k):
        return PASS
    sides = site.j < site.sent.te and ctx.texts[site.j] in ctx.lex.w("between")
    if sides or _between_past_place(ctx, site, site.j) > site.j:
        site.before, site.near_before, site.gap_before = [], None, 99
        return PASS  # "hosted talks between Russia and Ukraine", "… in Cairo between …": the talks' sides
    if site.j < site.sent.te and ctx.texts[site.j] in ctx.lex.w("with"):
        return PASS  # "hosted a one-day summit with the Ugandan president": the host takes part, with them
    return DONE


@construction("cancelled-encounter", "prepare", rtypes=("meets", "visits", "negotiates_with", "phones", "opposes"))
def cancelled_encounter(ctx: Context, site: Site, emit) -> Outcome:
    """ "Netanyahu cancelled a visit to Washington", "postponed his talks with X", «ألغى زيارته إلى واشنطن»: a
    meeting, visit or call that is called off (`cancel_verbs` a few words before the noun) did not happen; "called
    off a planned meeting with X" opposes no X either (`contact_nouns` right after the cancelling verb)."""
    verbs = ctx.lex.w("cancel_verbs")
    if not verbs:
        return PASS
    words = site.trig.phrase.words
    called_off = words[-1] == "off" and words[0] in ctx.lex.w("call_off_verbs")
    if site.rtype == "opposes":
        if site.nominal or not called_off and verbs.isdisjoint(ctx.toks[site.i].forms):
            return PASS
        after = ctx.toks[site.j : min(site.sent.te, site.j + 4)]
        nouns = ctx.lex.any_of("contact_nouns", "visit_nouns")
        return DONE if any(not nouns.isdisjoint(t.forms) for t in after) else PASS
    if not site.nominal:
        return PASS
    for k in range(site.i - 1, max(site.sent.ts, site.i - 4) - 1, -1):
        t = ctx.toks[k]
        if not t.is_word:
            return PASS
        if not verbs.isdisjoint(t.forms) or one_of(ctx, t, verbs):
            if k > site.sent.ts and ctx.texts[k - 1] == "-":
                return PASS  # "the long-delayed talks opened": a compound adjective of their history, no verb
            return DONE  # («وألغى»: its «ال» is no article, so the forms miss the verb)
        if t.text == "off" and k > site.sent.ts and ctx.texts[k - 1] in ctx.lex.w("call_off_verbs"):
            return DONE  # "called off a planned visit" (not "set off on a visit")
    return PASS


@construction("discussed-war", "prepare", rtypes=("fights",), nominal=True)
def discussed_war(ctx: Context, site: Site, emit) -> Outcome:
    """ "Erdogan discussed the war with Russia", «بحث الجانبان سبل إنهاء الحرب مع روسيا»: a war or attack named
    as what is discussed (a `topic_verbs` verb a few words before the noun, no punctuation between) is a topic,
    not a fight of those who discuss it."""
    if not site.nominal:
        return PASS
    verbs = ctx.lex.w("topic_verbs")
    for k in range(site.i - 1, max(site.sent.ts, site.i - 6) - 1, -1):
        if not ctx.toks[k].is_word:
            return PASS
        if not verbs.isdisjoint(ctx.toks[k].forms):
            return DONE
    return PASS


def _retype_word(ctx: Context, tok) -> str | None:
    """The word of the trigger's token that `retype` acts on («وتتوسط», «وحذرت»: without «و»/«ف»), else None."""
    word = tok.text
    if ctx.lang == "ar" and word[:1] in ("و", "ف") and word[1:] in _retype_words(ctx):
        word = word[1:]  # «وتتوسط», «وحذرت»
    return word if word in _retype_words(ctx) else None


@construction("retype", "prepare", trigger_test=_retype_word)
def retype(ctx: Context, site: Site, emit) -> Outcome:
    """ "warned Hezbollah against joining" opposes it (a warning that … is a statement); "struck Houthi targets"
    fights them (a deal is struck too); "voted for resolution 2254" approves it (_vote)."""
    word = _retype_word(ctx, ctx.toks[site.i])
    if word is None:
        return PASS
    if word in ctx.lex.w("vote_verbs"):
        return _vote(ctx, site)
    fa, w = site.first_after, _cx(ctx, "retype", "window", 2)
    warn = ctx.lex.w("warn_verbs")
    if word in ctx.lex.w("against") and _against_handled(ctx, site, emit):
        return DONE
    if word in ctx.lex.w("host_verbs") and not ctx.lex.w("hosted_events").isdisjoint(ctx.texts[site.j : site.j + 3]):
        return DONE  # "Turkey hosted talks between Russia and Ukraine": the talks' own trigger names the sides
    if word in ctx.lex.w("mediation_words") and site.j < site.sent.te:
        return _mediated(ctx, site, emit)
    if word in ctx.lex.w("reach_verbs"):
        if _arrives_at_agreement(ctx, site):
            site.rtype = "agrees_with"  # «وصلت إسرائيل ولبنان إلى اتفاق»: they reached the deal, went nowhere
        return PASS
    if word in ctx.lex.w("intercept_verbs") and _weapon_after(ctx, site):
        site.rtype = "fights"  # «اعترضت الدفاعات السعودية صواريخ حوثية»: weapons stopped, no objection
    elif word in ctx.lex.w("attack_verbs"):
        site.rtype = _attack_type(ctx, site)
    elif site.j == site.i + 1 and (word in ctx.lex.w("strike_verbs") or word in ctx.lex.w("expel_verbs")):
        # ("hit out at", "pushed back": a phrase of its own)
        return _struck(ctx, site) if word in ctx.lex.w("strike_verbs") else _expelled(ctx, site, word)
    elif word in warn and ctx.lang == "ar":
        if _warned_object(ctx, site):
            site.rtype = "opposes"
    elif word in warn and fa is not None and site.gap <= w and fa.te < site.sent.te:
        if ctx.toks[fa.te].text in ctx.lex.w("against") or _threat_follows(ctx, site, fa.te):
            site.rtype = "opposes"
    return PASS


def _threat_follows(ctx: Context, site: Site, k: int) -> bool:
    """ "warned Russia of severe consequences", "warned Israel that any attack would meet a crushing response",
    «حذرت إيران إسرائيل من أن أي هجوم سيقابل برد ساحق»: the one warned "of" or "that" (or «من أن») is threatened
    (`warning_threats` within twelve words), so opposed; "warned Ukraine that an attack was imminent" is advice."""
    if k >= site.sent.te or not (ctx.texts[k] in ("of", "that") or ctx.texts[k] in ctx.lex.w("against")):
        return False
    threats = ctx.lex.w("warning_threats")
    return any(not threats.isdisjoint(t.forms) for t in ctx.toks[k + 1 : min(site.sent.te, k + 13)])


def _source_word(ctx: Context, tok) -> bool:
    """The trigger's first word opens a source phrase ("according", «وبحسب»): source-after's first check, asked
    of the word (most triggers open none, and the engine then leaves the construction out)."""
    return tok.text.lower() in first_words(ctx.lex.w("source_phrases"))


@construction("source-after", "prepare", needs="source_phrases", trigger_test=_source_word)
def source_after(ctx: Context, site: Site, emit) -> Outcome:
    """ "…, according to a UN panel", "according to the United Nations, the RSF …", «وبحسب بيان صادر عن الرئاسة
    الصومالية، فإن …»: the source named right after the phrase speaks (never an actor before it); the statement is
    about the agreement, else the first state or group, of the rest of the sentence, not the source's own state
    ("according to the Doha agreement" stays a reference)."""
    if site.trig.text.lower() not in ctx.lex.w("source_phrases"):
        return PASS
    src = _named_source(ctx, site)
    if src is not None and src.kind == "state" and _media_of(ctx, src, site.sent.te):
        return DONE  # "according to US media": the outlets, unnamed, are the source
    if src is None:
        return DONE if _only_attribution(ctx, site) else PASS
    if site.i > site.sent.ts and ctx.texts[site.i - 1] in (",", "،") and _spoken_before(site):
        return DONE  # «وأكد لهما، وفق بيان للديوان الملكي، أن …»: the King speaks; the statement reports him
    own = {r.of for r in ctx.kb.roles_of(src.entity, ctx.on)} if src.kind == "person" else set()
    if src.entity in ctx.kb.entities:
        own.add(ctx.kb.entities[src.entity].record.get("state"))
    rest = [m for m in ctx.ments.ending_within(site.sent.ts, site.sent.te) if m.ts < site.i or m.ts >= src.te]
    rest = [m for m in rest if site.sent.ts <= m.ts and m.entity not in own and not (m.in_np or m.topic)]
    tgt = next((m for m in rest if m.kind == "agreement"), None) or next(
        (m for m in rest if m.kind in ("state", "armed_group") and m.entity != src.entity), None
    )
    if tgt is not None:
        emit(src, tgt, "states", ontology.base_confidence("states"), site.trig.text, "source-after")
    return DONE


def _named_source(ctx: Context, site: Site) -> Ment | None:
    """The actor a source phrase names, right after it or past a statement noun ("according to a statement from
    the army"); none for an agreement, a place, a demonym ("according to Egyptian media", «بحسب مصادر سودانية»:
    the people it describes are not named) or «ما» and a verb after it («حسب ما أعلن العراق»: the verb speaks)."""
    if site.j < site.sent.te and ctx.texts[site.j] in ctx.lex.w("attribution_relatives"):
        return None
    k = _past_statement(ctx, site.j, site.sent.te)
    after = [m for m in site.after if m.np_start - site.j <= 3 or k > site.j and k - 1 <= m.np_start <= k + 1]
    after.sort(key=lambda m: (m.np_start, m.kind != "person"))  # «بحسب المبعوث الأممي هانس غروندبرغ», "the UN
    # envoy for Yemen, Hans Grundberg": the titled person, whose phrase opens there, not the body his title names
    if not after or after[0].kind in ("agreement", "place") or not actor(after[0]):
        return None
    return None if after[0].role == "demonym" and not _government_phrase(ctx, after[0]) else after[0]


def _government_phrase(ctx: Context, m: Ment) -> bool:
    """ "the Egyptian government", «الحكومة السودانية»: a demonym with a government noun (`government_nouns`) in its
    phrase names the state's government, who can speak (unlike "Egyptian media")."""
    nouns = ctx.lex.w("government_nouns")
    return any(not nouns.isdisjoint(t.forms) for t in ctx.toks[m.np_start : m.te])


def _media_of(ctx: Context, m: Ment, te: int) -> bool:
    """ "US and global news agencies", "US media reports": a state name that only describes the outlets
    (`source_media_nouns` within four lowercase words after it) is not the source."""
    for k in range(m.te, min(te, m.te + 5)):
        if ctx.texts[k] in ctx.lex.w("source_media_nouns"):
            return True
        s, _ = ctx.orig(k, k + 1)
        if not ctx.toks[k].is_word or ctx.covered[k] or not ctx.text[s : s + 1].islower():
            return False
    return False


def _only_attribution(ctx: Context, site: Site) -> bool:
    """An attribution word (`attribution_words`, «بحسب») that names no source ends there («بحسب مصادر، …»); before
    an agreement («بحسب الاتفاق») it is a reference."""
    if site.trig.text not in ctx.lex.w("attribution_words"):
        return False
    k = _past_statement(ctx, site.j, site.sent.te)
    return not any(m.kind == "agreement" and m.ts <= k + 1 for m in site.after[:1])


def _spoken_before(site: Site) -> bool:
    """A statement verb (not noun) before the trigger in its sentence."""
    return any(f.rtype == "states" and not f.phrase.nominal for f in site.found[: site.n_trig])


def _past_statement(ctx: Context, k: int, end: int) -> int:
    """ "according to a statement issued by the army", «بحسب بيان صادر عن الرئاسة»: past a statement noun
    (`statement_nouns`, after an article) and the words that lead to its author (`statement_agent_words`); k itself
    when no statement noun opens the phrase."""
    nouns, agents = ctx.lex.w("statement_nouns"), ctx.lex.w("statement_agent_words")
    x = k + (k < end and ctx.texts[k] in ("a", "an", "the"))
    if x >= end or ctx.texts[x] not in nouns or ctx.covered[x]:
        return k
    x += 1
    while x < end and x - k < 5 and ctx.texts[x] in agents:
        x += 1
    return x


def _vote(ctx: Context, site: Site) -> Outcome:
    """ "France voted in favour of resolution 2254", «صوتت روسيا لصالح القرار», «صوتت الصين ضد مشروع القرار»:
    a vote against opposes; a vote for approves what is voted on, a resolution as much as a cabinet's own deal
    (the trigger's own type, agrees_with: "approved" in the conventions). A vote with neither word says nothing."""
    after = ctx.texts[site.i + 1 : min(site.sent.te, site.i + 8)]  # (the Arabic subject stands in between)
    if not ctx.lex.w("vote_against").isdisjoint(after):
        site.rtype = "opposes"
        return PASS
    if ctx.lex.w("vote_for").isdisjoint(after) and site.trig.phrase.words[-1] not in ctx.lex.w("vote_for"):
        return DONE
    return PASS


def _against_which(ctx: Context, site: Site, emit) -> bool:
    """ "the Nusra Front, against which Russian and US aircraft will keep striking", "the ELN, against whom the army
    continues operations": the relative clause's subject acts on the antecedent (the names before the comma, not
    the agent of a "by" phrase); it fights when the clause says so (a `fights` trigger or `fight_hint_words`),
    else it opposes. Never the antecedent against the subject."""
    toks, j, te = ctx.toks, site.j, site.sent.te
    if ctx.lang == "ar" or j >= te or ctx.texts[j] not in ctx.lex.w("oblique_relatives"):
        return False
    agents = coordinated_after(ctx, site.ments, j + 1, te)
    end = next((k for k in range(j + 1, te) if toks[k].text in (",", ";")), te)
    agents = [a for a in agents if actor(a) and a.te <= end]
    by = ctx.lex.w("agent_prepositions")

    def by_agent(m: Ment) -> bool:
        k = m.np_start - 1 - (m.np_start > 0 and ctx.texts[m.np_start - 1] == "the")
        return k >= 0 and ctx.texts[k] in by

    before = [m for m in site.ments if m.te <= site.i and actor(m) and not (m.in_np or m.possessive or by_agent(m))]
    if not agents or not before:
        return True  # (no named side: the clause says nothing of the antecedent's own stance)
    fights = any(f.rtype == "fights" and j < f.i < end for f in site.found[site.n_trig + 1 :])
    fights = fights or not ctx.lex.w("fight_hint_words").isdisjoint(ctx.texts[j + 1 : end])
    rtype = "fights" if fights else "opposes"
    _act_on_antecedent(ctx, site, emit, agents, before[-1], rtype, "against-which")
    return True


def _act_on_antecedent(ctx: Context, site: Site, emit, agents: list[Ment], last: Ment, rtype: str, how: str) -> None:
    """The agents of a relative clause act on its antecedent (`last` and the names listed with it): "against which"
    (`_against_which`), «اللذين تواصل الطائرات … قصفهما» (`relative_masdar`)."""
    kinds = ontology.target_kinds(rtype)
    for t in _left_group(ctx, site, last):
        for a in agents:
            if t.kind in kinds and a.entity != t.entity:
                emit(a, t, rtype, site.conf, site.trig.text, how)


def _against_handled(ctx: Context, site: Site, emit) -> bool:
    """ "against" that another relation owns: "warned the US against sending troops" (the warning), "airstrikes
    against al-Shabaab", "pitted X against Y" (the fight's object), "two groups, against which Russian planes
    keep striking" (_against_which), "leads a coalition against the Islamic State" (coalitions.led_against)."""
    warn = ctx.lex.w("warn_verbs")
    if any(t.text in warn for t in ctx.toks[max(site.sent.ts, site.i - 4) : site.i]) or _after_fight(ctx, site):
        return True
    return _against_which(ctx, site, emit) or bool(led_against_pairs(ctx, site.ments, site.i, site.sent))


def _after_fight(ctx: Context, site: Site) -> bool:
    """ "against" right after a fight (`fights` trigger, "fought alongside X", "pitted X"), with no name of an
    agreement between: it introduces who is fought."""
    prev = site.found[site.n_trig - 1] if site.n_trig else None
    if prev is None or site.i - prev.j > 8:
        return False
    ally = prev.rtype == "supports" and not ctx.lex.w("along_with").isdisjoint(ctx.texts[prev.i : prev.j])
    return prev.rtype == "fights" or ally


def _attack_type(ctx: Context, site: Site) -> str:
    """«هاجمت الجماعة قاعدة للجيش» fights (an attack on a base), «هاجم البيان» is words; "attacked the UN report
    as biased" opposes (words: `said_nouns`), "attacked an army convoy" fights."""
    if ctx.lang == "ar":  # («هاجمت مسيرات أوكرانية …»: a weapon attacks, words do not)
        weapon = site.j < site.sent.te and not ctx.lex.w("weapon_nouns").isdisjoint(ctx.toks[site.j].forms)
        return "fights" if weapon or _attacked_place(ctx, site) else site.rtype
    words = ctx.lex.w("said_nouns")
    return "opposes" if not words.isdisjoint(ctx.texts[site.j : min(site.sent.te, site.j + 6)]) else site.rtype


def _weapon_after(ctx: Context, site: Site) -> bool:
    """A weapon noun (`weapon_nouns`) among the few words after the verb, past its subject: what is intercepted."""
    weapons = ctx.lex.w("weapon_nouns")
    return any(not weapons.isdisjoint(t.forms) for t in ctx.toks[site.j : min(site.sent.te, site.j + 5)])


def _struck(ctx: Context, site: Site) -> Outcome:
    """ "Israel struck Houthi targets", "struck Russian refineries", "Turkish drones hit PKK targets", "struck a
    power plant in western Ukraine": a side or a state's ground right after the verb is fought (a deal is struck
    too). "hit" (a `fights` trigger) says nothing without one, or with "with" after it ("hit Iran with
    sanctions")."""
    te = site.sent.te
    if _struck_target(ctx, site) or ground_owner(ctx, site.j, te):
        hit = site.rtype == "fights"
        fa = site.first_after
        if hit and fa is not None and fa.te < te and ctx.texts[fa.te] in ctx.lex.w("with"):
            return DONE
        site.rtype = "fights"
        return PASS
    return DONE if site.rtype == "fights" else PASS


def _expelled(ctx: Context, site: Site, word: str) -> Outcome:
    """ "Iraqi forces expelled Islamic State fighters from Mosul", "drove al-Shabaab out of Mogadishu", «طردت القوات
    العراقية مقاتلي داعش من تلعفر»: fighters driven from ground are fought. The object (English: the first side
    within a few words of the verb; Arabic: the second when the subject comes first) is fighters: a noun of
    fighters (`fighter_nouns`) in or next to its name, or an armed group (not its `member_people`: "expelled Hamas
    leaders") that forces (`force_nouns`: "troops", "the army") expel. "Qatar expelled Hamas", "expelled the French
    ambassador", "Mali expelled French troops" stay a stance. A verb that also moves other things ("drove",
    "pushed": `expel_needs_out`) needs "out"/"from" (`expel_out`) right after the object, and takes any forces."""
    te, texts, w = site.sent.te, ctx.texts, ctx.lex.w
    near = [m for m in site.view.starting_within(site.j, min(te, site.j + 6)) if actor(m) and not m.located]
    near = [m for m in near if m.ts < site.j + 3] if ctx.lang != "ar" else near[1:2] or near[:1]
    obj = near[0] if near else None
    if obj is None:
        return DONE if site.rtype == "fights" else PASS
    around = set(texts[max(0, obj.np_start - 1) : min(len(texts), obj.te + 1)])
    armed = obj.kind == "armed_group" and (obj.te >= te or texts[obj.te] not in w("member_people"))
    if word in w("expel_needs_out"):
        fought = (armed or not w("force_nouns").isdisjoint(around) or not w("fighter_nouns").isdisjoint(around)) and (
            not w("expel_out").isdisjoint(texts[obj.te : min(te, obj.te + 3)])
        )
    else:
        agents = texts[site.j : obj.np_start] if ctx.lang == "ar" else texts[max(site.sent.ts, site.i - 4) : site.i]
        fought = not w("fighter_nouns").isdisjoint(around) or (armed and not w("force_nouns").isdisjoint(agents))
    if not fought:
        return DONE if site.rtype == "fights" else PASS
    site.rtype = "fights"
    return PASS


def _struck_target(ctx: Context, site: Site) -> bool:
    """ "struck Houthi targets", "struck Russian oil refineries": a side named right after "struck" and no
    agreement ("struck a deal with Russia")."""
    j = past_verb_aside(ctx, site.j, site.sent.te)  # "struck, late on Tuesday, Hezbollah positions"
    k = j + (j < site.sent.te and ctx.texts[j] in ("the", "a", "an"))
    if k >= site.sent.te:
        return False
    if ctx.lex.agreement_nouns.match_at(ctx.toks, k) or any(m.kind == "agreement" for m in ctx.ments.starting(k)):
        return False
    fa = site.first_after
    if (fa is not None and fa.np_start - j <= 1) or any(m.kind in ACTOR_KINDS for m in ctx.ments.starting(k)):
        return True
    # "struck more than a dozen Houthi targets": a count before the side, no agreement noun in it
    return (
        fa is not None
        and fa.kind in ACTOR_KINDS
        and fa.np_start - k <= 5
        and all(ctx.toks[x].text.islower() or ctx.toks[x].text.isdigit() for x in range(k, fa.np_start))
        and not any(ctx.lex.agreement_nouns.match_at(ctx.toks, x) for x in range(k, fa.np_start))
    )


def _attacked_place(ctx: Context, site: Site) -> bool:
    """«هاجمت الجماعة قاعدة للجيش», «هاجم مقاتلون مواقع الحركة»: the actor attacked is named after a base, a
    position or a convoy of its (`attacked_nouns`), so the attack is fighting, not criticism."""
    nouns, toks = ctx.lex.w("attacked_nouns"), ctx.toks
    # (three: the subject and its leader may come first, «هاجمت قوات موالية لحفتر مواقع لحكومة الوفاق»)
    for m in [m for m in site.after if actor(m)][:3]:
        before = toks[max(site.j, m.np_start - 2) : m.np_start]
        if any(t.text in nouns or not nouns.isdisjoint(t.forms) for t in before):
            return True
    return False


def _warned_object(ctx: Context, site: Site) -> bool:
    """«حذرت الولايات المتحدة حزب الله من الانخراط»: the object named right before «من» is warned, so opposed;
    after a verb-first warning the first name is its subject («حذر غوتيريش من أن …» is a statement)."""
    toks, against = ctx.toks, ctx.lex.w("against")
    after = [m for m in site.after if actor(m)][:2]
    for n, m in enumerate(after):
        if m.te + 1 < site.sent.te and toks[m.te].text in against:
            if toks[m.te + 1].text in ctx.lex.complementizers and not _threat_follows(ctx, site, m.te):
                return False
            return n == 1 and after[0].te == m.np_start or n == 0 and site.gap == 0 and site.gap_before <= 1
    return False


_RETYPE_WORDS: dict[int, frozenset[str]] = {}


def _retype_words(ctx: Context) -> frozenset[str]:
    """The words `retype` looks at, one set per lexicon (built once)."""
    key = id(ctx.lex)
    if key not in _RETYPE_WORDS:
        names: tuple[str, ...] = (
            "against",
            "strike_verbs",
            "warn_verbs",
            "mediation_words",
            "host_verbs",
            "attack_verbs",
            "vote_verbs",
        )
        names = (*names, "intercept_verbs", "expel_verbs", "reach_verbs")
        _RETYPE_WORDS[key] = frozenset().union(*(ctx.lex.w(n) for n in names))
    return _RETYPE_WORDS[key]


def _arrives_at_agreement(ctx: Context, site: Site) -> bool:
    """«وصلت إسرائيل ولبنان إلى اتفاق», «وصل الطرفان إلى هدنة»: a `reach_links` preposition after the verb (past
    its subjects, within ten words, no comma or clause break between) opens an agreement's mention or noun."""
    links = ctx.lex.w("reach_links")
    for k in range(site.j, min(site.sent.te - 1, site.j + 10)):
        if ctx.texts[k] in (",", "،") or clause_break_at(ctx, k):
            return False
        if ctx.texts[k] in links:
            n = k + 1
            return bool(ctx.lex.agreement_nouns.match_at(ctx.toks, n)) or any(
                m.kind == "agreement" and m.ts == n for m in site.after
            )
    return False


def _mediated(ctx: Context, site: Site, emit) -> Outcome:
    """ "Egypt and Qatar mediated between Israel and Hamas": the two sides negotiate, not the mediators;
    "talks mediated by Saudi Arabia", "met under the mediation of Angola's president": the mediator does not
    negotiate with the sides (`mediator_prepositions` introduce him as `agent_prepositions` do)."""
    nxt = ctx.toks[site.j].text
    btw = ctx.lex.w("between")
    reach = 10 if ctx.lang == "ar" else 4  # («تتوسط مصر وقطر والولايات المتحدة بين …»: the mediators come first)
    at = next((k for k in range(site.j, min(site.sent.te, site.j + reach)) if ctx.toks[k].text in btw), -1)
    if at >= 0:  # "brokered a deal between"
        tried = ctx.lex.any_of("purpose_words", "attempt_verbs")
        if any(not tried.isdisjoint(t.forms) for t in ctx.toks[max(site.sent.ts, site.i - 3) : site.i]):
            return DONE  # "to try to mediate between A and B", «في محاولة للتوسط بين»: no talks held yet
        pair = between_pair(ctx, site.ments, min(at, site.j + 3), site.sent.te)
        if pair is not None:
            emit(pair[0], pair[1], "negotiates_with", site.conf, site.trig.text, "mediated-between")
        return DONE
    if any(m.kind == "agreement" and m.ts - site.j <= 5 for m in site.after[:3]):
        return DONE  # "Egypt brokered the Israel-Hamas ceasefire": the broker is no side of the deal's parties
    if nxt in ctx.lex.w("purpose_words") and site.j + 1 < site.sent.te:
        nxt = ctx.toks[site.j + 1].text  # "the mediation efforts of Oman": the efforts' owner mediates
    return DONE if nxt in ctx.lex.any_of("agent_prepositions", "mediator_prepositions") else PASS


# --- subject ------------------------------------------------------------------------------------------
def _first_person(ctx: Context, tok) -> bool:
    """A verb the matcher read through a first-person prefix («ندعم», «أؤكد»), or one that may end in a "we"
    suffix («توصلنا», «رفضنا»)."""
    reading = ctx.lex.triggers.readings.get(tok.text)
    return reading.first_person if reading is not None else tok.text.endswith(tuple(ctx.lex.w("we_suffixes")))


def _we_suffix(ctx: Context, site: Site) -> bool:
    """«توصلنا», «رفضنا»: a past verb with the "we" suffix after its entry's stem. On a present-tense stem
    («يدعمنا», «تدعمنا»: one with a «يـ» entry beside it) the suffix is the object, "supports us"."""
    stem, we = site.trig.phrase.words[0], ctx.lex.w("we_suffixes")
    if stem[:1] == "ي" or (stem[:1] == "ت" and ctx.lex.triggers.starts_phrase("ي" + stem[1:])):
        return False
    if any(f.startswith(stem) and f[len(stem) :] in we for f in ctx.toks[site.i].forms):
        return True
    # «التقينا»: an entry that lists the "we" form whole, its stem an entry of its own («التقي»)
    starts = ctx.lex.triggers.starts_phrase
    return any(stem.endswith(x) and starts(stem[: -len(x)]) for x in we if len(stem) > len(x) + 2)


@construction("quoted-we", "subject", nominal=False, trigger_test=_first_person)
def quoted_we(ctx: Context, site: Site, emit) -> Outcome:
    """«وقال ظريف: "… توصلنا إلى الاتفاق"», «وقال الوزير: "ندعم منبر جدة"»: "we" or "I" in a quotation is the
    one quoted (the sentence's speaker, or with quotation marks its subject before them). A first-person verb has
    its subject in itself: never the name after it (its object, as in "we rejected X") nor the subject carried
    from before; with no one quoted it has none the text names."""
    reading = ctx.lex.triggers.readings.get(ctx.texts[site.i])
    if not (reading.first_person if reading is not None else _we_suffix(ctx, site)):
        return PASS
    speaker = site.state.speakers  # «وأوضح غوتيريش … توصلنا إلى اتفاق»: words reported without quotation marks
    if not speaker and site.state.subjects_here:  # «استقبل X Y وقال: "ندعم …"»
        here = site.state.subjects_here
        quoted = any(t.text in ('"', "«", ":", "“") for t in ctx.toks[here[-1].te : site.i])
        speaker = here if quoted else []
    speaker = speaker or _speaker_after_quote(ctx, site) or _quote_goes_on(ctx, site)
    return _subject(site, list(speaker), "quoted-we") if speaker else DONE


def _quote_goes_on(ctx: Context, site: Site) -> list[Ment]:
    """«وقال X: "المحادثات كانت صعبة. ونرفض …"»: a sentence with no quotation mark before the verb and an odd
    number after it, the last closing the quotation the sentence before opened: the speaker of the sentence before."""
    texts, ts, te = ctx.texts, site.sent.ts, site.sent.te
    if not site.state.last_speakers or '"' in texts[ts : site.i]:
        return []
    return list(site.state.last_speakers) if texts[site.j : te].count('"') % 2 else []  # («ندعم "منبر جدة"»: a name)


def _speaker_after_quote(ctx: Context, site: Site) -> list[Ment]:
    """«"ندين الهجوم"، قال زيلينسكي», '"We condemn the attack," Zelensky said': a quotation that closes after the
    verb, then the one who speaks: after a speech verb within two tokens («قال زيلينسكي», "said Zelensky"), or
    right before one ("Zelensky said"); the person named with a title, as reported-speech-inverted reads him."""
    texts, te = ctx.texts, site.sent.te
    if '"' not in texts[site.sent.ts : site.i]:  # (normalization writes every quotation mark as '"')
        return []
    k = next((k for k in range(site.j, te) if texts[k] == '"'), te)
    verb = next((f for f in site.found[site.n_trig + 1 :] if k < f.i and f.rtype == "states"), None)
    if verb is None or verb.phrase.nominal:
        return []
    if verb.i <= k + 2:  # «"…"، قال X», '"…," said X'
        fa = site.view.first_lead(verb.j)
        if fa is None or fa.np_start - verb.j > 2:
            return []
    else:  # '"…," X said'
        fa = next((m for m in site.ments if k < m.np_start <= k + 2 and actor(m)), None)
        if fa is None or not any(m.te == verb.i and actor(m) for m in site.ments if m.ts >= fa.ts):
            return []
        fa = next(m for m in reversed(site.ments) if m.te == verb.i and actor(m))
    w = _cx(ctx, "reported-speech-inverted", "person_window", 8)
    person = next((m for m in site.view.after(fa.ts) if m.kind == "person" and actor(m) and m.ts - fa.te <= w), None)
    return [person if fa.kind != "person" and person is not None and (fa.possessive or fa.in_np) else fa]


def _passive_object(ctx: Context, site: Site, tgt: Ment) -> Ment | None:
    """What a passive participle with "by" acts on: the name before it (or the subject of the clause before
    "and was welcomed by"), None when the participle describes a noun of its own or a name inside one."""
    k = site.i - 1
    skip = ctx.lex.any_of("auxiliaries", "verb_adverbs", "time_adverbs", "manner_adverbs")  # ("were warmly received")
    days = ctx.lex.w("calendar_words")
    while k >= tgt.te and (ctx.toks[k].text in skip or (ctx.texts[k] in days and ctx.texts[k - 1] == "on")):
        k -= 1 + (ctx.texts[k] in days)  # ("X on Sunday received a delegation led by Y": a time between)
    k -= 3 * (site.rtype in _SYMMETRIC and _companions_end(ctx, k, tgt.te))
    if site.rtype in _SYMMETRIC and k > tgt.te and ctx.texts[k] in ctx.lex.w("and") and site.state.subjects_here:
        tgt = site.state.subjects_here[0]  # "Abiy arrived in Asmara and was welcomed by Isaias": Abiy was
    elif (
        k >= tgt.te
        and ctx.toks[k].is_word
        and (site.rtype in _SYMMETRIC or _noun_of_its_own(ctx, k, tgt.te) or _participle_head(ctx, k))
    ):  # ("the truce excludes groups designated as terrorist by the UN": the groups are, not the truce)
        return None  # "after talks hosted by China", "supplying drones to Russia, despite evidence presented by
        # Ukraine": the participle describes a noun of its own ("talks", "evidence"), not the name before it
    if k == site.i - 1 and _reduced_participle(ctx, site, tgt):
        return None  # "Ukrainian forces fought militias backed by Russia": a verb between, whose object is backed
    if k == site.i - 1 and _operation_after_preposition(ctx, k, tgt):
        here = [m for m in site.state.subjects_here if actor(m) and m.te <= tgt.ts]
        return here[0] if here else None  # "the army drove the rebels out in an offensive backed by X": the
        # clause's subject fought it, not the name before
    if site.rtype in _SYMMETRIC and _named_inside(ctx, site, tgt):
        return None  # "Hamas's statement on Israel was welcomed by Qatar": what is welcomed is the statement
    return tgt


def _companions_end(ctx: Context, k: int, lo: int) -> bool:
    """ "X and his delegation were received by Y", "X and the accompanying delegation": the guest's companions
    (`and` + `companion_determiners` + `delegation_nouns`) end at k; the guest is the name before them."""
    return (
        k - 2 >= lo
        and ctx.texts[k] in ctx.lex.w("delegation_nouns")
        and ctx.texts[k - 1] in ctx.lex.w("companion_determiners")
        and ctx.texts[k - 2] in ctx.lex.w("and")
    )


@construction("passive-by", "subject")
def passive_by(ctx: Context, site: Site, emit) -> Outcome:
    """ "the resolution was presented by the US, UK and France": agents after "by", the object before."""
    j, rtype = site.j, site.rtype
    if ctx.lang == "ar":
        return _passive_agent_ar(ctx, site, emit)
    active = rtype not in _SYMMETRIC and any(actor(m) for m in ctx.ments.ending(site.i))  # (a subject right before)
    j = _by_after_place(ctx, _by_after_adverbs(ctx, j, site.sent.te), site.sent.te, active)  # ("met a delegation
    # led by X" still meets X)
    if not (j < site.sent.te and ctx.toks[j].text == "by"):
        return PASS
    agents = _aside_agents(ctx, site, coordinated_after(ctx, site.ments, j + 1, _aside_end(ctx, site)))
    agents = _owners_envoys(ctx, site, agents)
    # ("X travelled to Ankara, where he was received by Y": the pronoun stands for the clause's subject)
    guests = (_hosted_guests(ctx, site) or _received_pronoun(ctx, site) or _the_delegation(ctx, site)) if agents else []
    for a in agents:
        for g in guests:
            emit(a, g, rtype, site.conf + _cx(ctx, "passive-by"), site.trig.text, "passive-by")
    if guests:
        return DONE
    if rtype == "states":  # "the proposal announced by the coalition": the speaker follows "by", or is unnamed
        return _passive_statement(ctx, site, agents, emit)
    if site.i == site.sent.ts and agents and _fronted_passive(ctx, site, agents, emit):
        return DONE
    kinds = ontology.target_kinds(rtype)
    floor = condemned_event(ctx, site)
    floor = max(floor, last_clause_break(ctx, site.sent.ts, site.i))  # ", as an offensive backed by …"
    objs = [m for m in site.ments if floor <= m.ts and m.te <= site.i and m.kind in kinds and not m.in_np]
    if (span := aside(ctx, site.ments, site.i, site.sent.ts)) is not None:
        objs = [m for m in objs if not span[0] < m.ts < span[1]]  # "Wagner, whose men are in Mali, was accused by"
    objs = _past_relative_speaker(ctx, objs)
    if not (agents and objs):
        return PASS
    tgt = next((m for m in reversed(objs) if m.kind == "agreement"), objs[-1])
    if rtype == "agrees_with" and tgt.kind != "agreement":
        return DONE  # "agreements signed by the PLO": what is signed is an agreement, not the actor before
    acted_on = _passive_object(ctx, site, tgt)
    if acted_on is None:
        return DONE
    tgt = _passive_target(ctx, site, objs, acted_on)
    tgts = group_with(ctx, site.ments, tgt) if rtype in _SYMMETRIC else [tgt]  # "A and B were received by X"
    for a in agents:
        for t in tgts if len(tgts) <= 3 else [tgt]:
            emit(a, t, rtype, site.conf + _cx(ctx, "passive-by"), site.trig.text, "passive-by")
    return DONE


def _received_pronoun(ctx: Context, site: Site) -> list[Ment]:
    """ "X arrived in Ankara, where he was received by Y", "…, and he was welcomed by Y": a personal pronoun right
    before the passive's auxiliary stands for the person the sentence's verb before has as subject (meetings,
    talks and calls only); none when that verb had no single person as subject."""
    k = site.i - 1
    while k > site.sent.ts and ctx.texts[k] in ctx.lex.w("auxiliaries"):
        k -= 1
    subj = site.state.verb_subjects
    if site.rtype not in _SYMMETRIC or k == site.i - 1 or ctx.texts[k] not in ("he", "she"):
        return []
    return list(subj) if len(subj) == 1 and subj[0].kind == "person" and subj[0].te <= k else []


def _past_relative_speaker(ctx: Context, objs: list[Ment]) -> list[Ment]:
    """ "The M23, who Kinshasa says are backed by Rwanda": the name between a relative pronoun and a verb of saying
    says it; what is acted on is the relative's antecedent, before the comma (English)."""
    if ctx.lang == "ar" or not objs:
        return objs
    m, k = objs[-1], objs[-1].np_start - 1
    if k < 1 or ctx.texts[k] not in ctx.lex.w("relative_who") or ctx.texts[m.te] not in ctx.lex.w("speaker_verbs"):
        return objs
    if ctx.texts[k - 1] == ",":
        k -= 1
    return [x for x in objs if x.te <= k]


def _named_inside(ctx: Context, site: Site, tgt: Ment) -> bool:
    """The name before a passive is inside the phrase of what was received, not its head: after a topic
    preposition ("Hamas's statement on Israel") or an agent's or parties' one (`inner_prepositions`: "the move by
    Ethiopia", "the truce between Israel and Hamas"), counting from the first of the names joined with it."""
    k = min(m.np_start for m in group_with(ctx, site.ments, tgt)) - 1
    while k > site.sent.ts and ctx.texts[k] in ctx.lex.w("and"):  # ("between Israel and Hamas": back to "between")
        k = next((m.np_start - 1 for m in site.ments if m.te == k), -1)
    return k >= 0 and ctx.texts[k] in ctx.lex.any_of("topic_prepositions", "inner_prepositions")


def _passive_target(ctx: Context, site: Site, objs: list[Ment], tgt: Ment) -> Ment:
    """ "X has been fighting Y since April, backed by Z": an appositive participle after a phrase that is no name
    describes the subject ("accused the RSF, backed by the UAE, of …" describes the RSF); "Israel's strike on
    Qatar was condemned by …": the strike's owner, Israel."""
    if tgt.kind == "agreement":
        return tgt
    if site.i > 0 and ctx.toks[site.i - 1].text == ",":
        if tgt.te == site.i - 1:
            return tgt
        return next((m for m in objs if actor(m) and not m.possessive), tgt)
    if site.rtype in ("opposes", "supports"):
        return _event_owner(ctx, site, objs) or tgt
    return tgt


def _operation_after_preposition(ctx: Context, k: int, tgt: Ment) -> bool:
    """The participle follows a military operation named in a phrase of its own after the name ("took two
    towns from the rebels during an offensive backed by"): what is backed is that operation (English)."""
    if ctx.lang == "ar" or ctx.lex.w("attack_nouns").isdisjoint(ctx.toks[k].forms) or k - tgt.te > 8:
        return False
    return not ctx.lex.w("operation_prepositions").isdisjoint(ctx.texts[tgt.te : k])


def _reduced_participle(ctx: Context, site: Site, tgt: Ment) -> bool:
    """The trigger is a participle right after a noun ("militias backed by Russia", not "accusations by the DR
    Congo") and a verb stands between the name before and it: the participle is the verb's object's."""
    word = ctx.texts[site.i]
    if site.nominal or not (word.endswith("ed") or word in ctx.lex.w("irregular_participles")):
        return False
    return any(f.i < site.i and f.j > tgt.te and not _noun_use_at(ctx, f) for f in site.found)


def _noun_use_at(ctx: Context, f) -> bool:
    """A trigger found in the sentence used as a noun (its lexicon entry, or the article on it)."""
    return f.phrase.nominal or stance_noun(ctx, f.i, f.rtype) or ctx.lang != "ar" and _after_demonym(ctx, f.i)


def _participle_head(ctx: Context, k: int) -> bool:
    """ "groups designated as terrorist by the UN": a plural noun (`participle_heads`) the participle describes; not
    "the Nusra Front and other groups designated …", where the name listed with them is described too."""
    return ctx.texts[k] in ctx.lex.w("participle_heads") and not (k > 0 and ctx.texts[k - 1] == "other")


def _noun_of_its_own(ctx: Context, k: int, te: int) -> bool:
    """Between the name ending at te and the participle's word k, a comma that no relative pronoun follows: "to
    Russia, despite evidence presented by" (not "the resolution, which was drafted by"; the name's own phrase,
    "Fano positions near Bahir Dar were shelled by", "the RSF's announcement … was rejected by", keeps it)."""
    rel = ctx.lex.any_of("relative_pronouns", "relative_who")
    between = ctx.texts[te : k + 1]
    if 3 <= len(between) <= 4 and between[0] == "," and between[1] in ctx.lex.w("appositive_articles"):
        if between[-1] in ctx.lex.w("apposed_heads"):
            return False  # "HTS, a group designated as a terrorist organization by X": the name's own description
    return any(w == "," and (x + 1 == len(between) or between[x + 1] not in rel) for x, w in enumerate(between))


def _owners_envoys(ctx: Context, site: Site, agents: list[Ment]) -> list[Ment]:
    """ "signed by the two countries' foreign ministers, A and B": the owner names whose officials acted; the
    people named right after their office are the agents (the owner alone when none is named)."""
    if not agents or not agents[0].possessive:
        return agents
    k, te = agents[0].te + 1, site.sent.te  # (past "'s" / "'")
    for _ in range(3):  # the office: "foreign ministers", "defence chiefs", "envoys"
        if k >= te or not ctx.toks[k].is_word or ctx.capitalized(k):
            break
        k += 1
    if not (k + 1 < te and ctx.texts[k] == ","):
        return agents
    named = coordinated_after(ctx, site.ments, k + 1, te)
    return named if named and all(m.kind == "person" for m in named) else agents


def _aside_agents(ctx: Context, site: Site, agents: list[Ment]) -> list[Ment]:
    """ "the war between the Houthis, backed by Iran, and Saudi Arabia": in an aside the comma before "and" closes
    it; the name after is the sentence's, not a second agent."""
    if not agents or site.i == 0 or ctx.texts[site.i - 1] != ",":
        return agents
    first = agents[0]
    closes = first.te + 1 < len(ctx.toks) and ctx.texts[first.te] == "," and ctx.texts[first.te + 1] in ctx.lex.w("and")
    return [first] if closes else agents


def _hosted_guests(ctx: Context, site: Site) -> list[Ment]:
    """ "A and B held talks in Munich hosted by X", "A and B gathered in Jeddah, where both were hosted by X":
    a hosting participle (`host_verbs`) after the meeting's place or its noun (`hosted_events`), or after "where
    they were" (`hosted_links`): its agent received the sides a verb of meeting (`gathering_verbs`) had as subjects."""
    if site.rtype != "meets" or ctx.texts[site.i] not in ctx.lex.w("host_verbs"):
        return []
    k = site.i - 1
    while k > site.sent.ts and ctx.texts[k] in ctx.lex.w("hosted_links"):
        k -= 1
    place = any(m.kind == "place" for m in ctx.ments.ending(k + 1))
    if not (place or ctx.texts[k] in ctx.lex.w("hosted_events") or k < site.i - 1):
        return []
    guests = [m for m in site.state.subjects_here if actor(m) and m.te <= k]
    if not 2 <= len(guests) <= 4 or ctx.lex.w("gathering_verbs").isdisjoint(ctx.texts[guests[-1].te : k]):
        return []  # ("Iran and Saudi Arabia agreed to restore ties after talks hosted by China": they agreed)
    return guests


def _by_after_adverbs(ctx: Context, j: int, te: int) -> int:
    """ "the truce was violated repeatedly by both sides", "was rejected outright by Kyiv": one or two adverbs
    (`verb_adverbs`, `manner_adverbs`) between the participle and "by" leave the agent after "by"."""
    words = ctx.lex.any_of("verb_adverbs", "manner_adverbs")
    k = j
    while k < min(te, j + 2) and ctx.texts[k] in words:
        k += 1
    return k if k > j and k < te and ctx.toks[k].text == "by" else j


def _by_after_place(ctx: Context, j: int, te: int, active: bool = False) -> int:
    """ "was welcomed at the airport by X", "were received in Cairo by X", "designated as terrorists by X": a short
    place phrase or complement (`complement_markers`) between the participle and "by" leaves X the agent
    (`passive-by` window)."""
    marker = j < te and ctx.texts[j] in ctx.lex.w("complement_markers")
    marker = marker and ctx.texts[j - 1] not in ctx.lex.w("topic_prepositions")  # "concern over an attack by X": X's
    marker = marker and not active  # "The EU condemned a strike by X": an active verb, "by" names the strike's agent
    if not (j < te and (ctx.toks[j].text in ctx.lex.location_prepositions or marker)):
        return j
    for k in range(j + 1, min(te, j + 1 + _cx(ctx, "passive-by", "window", 4))):
        if ctx.toks[k].text == "by":
            return k
        if ctx.texts[k] in ctx.lex.w("host_verbs"):
            break  # "held talks in Munich hosted by X": X hosts the talks, he is no side of them
        if not ctx.toks[k].is_word or any(m.kind == "agreement" for m in ctx.ments.starting(k)):
            break  # "agreed to a deal brokered by X": the deal's own participle, not this verb's agent
    return j


def _fronted_passive(ctx: Context, site: Site, agents: list[Ment], emit) -> bool:
    """ "Signed by Russia and Turkey, the Sochi memorandum …", "Rejected by the opposition, the plan …": a
    participle that opens the sentence describes the agreement named right after the comma."""
    k = next((k for k in range(site.j, site.sent.te) if ctx.texts[k] == ","), site.sent.te)
    agents = [a for a in agents if a.te <= k]  # (what follows the comma is described, not an agent)
    if site.rtype not in ("agrees_with", "supports", "opposes") or not agents:
        return False
    arm = ctx.toks[agents[-1].te : k]  # "Backed by Russian air power, …": the arm the agent backs with
    if len(arm) > 2 or arm and (site.rtype != "supports" or not all(t.is_word for t in arm)):
        return False
    kinds = ("agreement",) if site.rtype == "agrees_with" else (*ontology.target_kinds(site.rtype),)
    agr = next((m for m in site.ments if m.kind in kinds and k < m.ts <= k + 2 and not m.in_np), None)
    for a in agents if agr is not None else []:
        emit(a, agr, site.rtype, site.conf + _cx(ctx, "passive-by"), site.trig.text, "passive-by")
    return agr is not None


@construction("of-agent-to", "subject", rtypes=("opposes", "supports", "agrees_with"))
def of_agent_to(ctx: Context, site: Site, emit) -> Outcome:
    """ "the hostility of Hamas to Israel", "the support of Iran for the Houthis": a stance noun, "of" who holds the
    stance, then "to"/"for"/"towards"/"against" whom it is held ("criticism of Ethiopia" alone: Ethiopia is the
    object, left to the other constructions)."""
    j, te = site.j, site.sent.te
    if ctx.lang == "ar" or not site.nominal or site.rtype not in ("opposes", "supports", "agrees_with"):
        return PASS
    if not (j + 1 < te and ctx.texts[j] in ctx.lex.w("part_of")):
        return PASS
    agent = next((m for m in site.after if actor(m) and m.np_start - j <= 2), None)
    if agent is None:
        return PASS
    grp = group_with(ctx, site.ments, agent)
    k = grp[-1].te
    if not (k < te and ctx.texts[k] in ctx.lex.w("stance_prepositions")):
        return PASS
    for b in coordinated_after(ctx, site.ments, k + 1, te):
        if site.rtype == "agrees_with" and b.kind != "agreement":
            continue  # "the commitment of Armenia and Azerbaijan to the declaration": only an agreement
        for a in grp:
            emit(a, b, site.rtype, site.conf, site.trig.text, "of-agent-to")
    return DONE


@construction("act-of-by", "subject", rtypes=("fights",))
def act_of_by(ctx: Context, site: Site, emit) -> Outcome:
    """ "the shelling of Congolese army positions by M23", "the bombing of Houthi bases by the coalition": a fight
    noun, "of" what is hit, then "by" who hits it."""
    toks, j, te = ctx.toks, site.j, site.sent.te
    if site.rtype != "fights" or not (j < te and ctx.texts[j] in ctx.lex.w("part_of")):
        return PASS
    tgt = next((m for m in site.after if m.kind in ACTOR_KINDS and m.np_start - j <= 3 and not m.located), None)
    k = tgt.te if tgt is not None else te
    by = next((x for x in range(k, min(te, k + 4)) if ctx.texts[x] in ctx.lex.w("agent_prepositions")), -1)
    if by < 0 or any(toks[x].text in (",", ";") for x in range(k, by)):
        return PASS
    for a in coordinated_after(ctx, site.ments, by + 1, te):
        emit(a, tgt, "fights", site.conf, site.trig.text, "act-of-by")
    return DONE


def _passive_agent_ar(ctx: Context, site: Site, emit) -> Outcome:
    """«تم توقيع اتفاق بريتوريا من قبل إثيوبيا وجبهة تيغراي», «تعرضت مواقع الجيش لهجوم من قبل الجماعة»: the
    agents follow «من قبل» (`passive_agent_markers`); what the act is done to stands between (an agreement, an
    actor) or, failing that, before the trigger."""
    te, rtype = site.sent.te, site.rtype
    if rtype == "states" or site.j >= te or not ctx.lex.w("passive_agent_markers"):
        return PASS
    markers = ctx.lex.w("passive_agent_markers")
    hi = min(te - 1, site.j + 8)
    firsts, texts = first_words(markers), ctx.texts
    if firsts.isdisjoint(texts[site.j : hi]):
        return PASS  # (most triggers: no marker's first word follows; one check in C)
    k = next((k for k in range(site.j, hi) if texts[k] in firsts and f"{texts[k]} {texts[k + 1]}" in markers), -1)
    if k < 0 or any(site.i < f.i < k for f in site.found):
        return PASS  # («أدانت قطر الغارات على المدنيين من قبل إسرائيل»: «من قبل» is the nearer act's agent)
    agents = [m for m in coordinated_after(ctx, site.ments, k + 2, te) if actor(m)]
    kinds = ontology.target_kinds(rtype)
    between = [m for m in site.ments if site.j <= m.np_start and m.te <= k and m.kind in kinds and not m.in_np]
    if rtype == "fights" and between and between[0].ts == site.j and between[0].role == "demonym":
        return DONE  # «أدين الهجوم الحوثي من قبل الجامعة»: the attack's adjective is its agent; «من قبل» condemns
    if rtype == "fights" and _group_adjective(ctx, site) is not None:
        return DONE
    before = [m for m in site.ments if m.te <= site.i and m.kind in kinds and actor(m) and not _stance_taker(site, m)]
    objs = between or before[-1:]
    if rtype == "agrees_with":
        objs = [m for m in objs if m.kind == "agreement"]
    if not (agents and objs):
        return PASS
    for a in agents:
        emit(a, objs[0], rtype, site.conf + _cx(ctx, "passive-by"), site.trig.text, "passive-by")
    return DONE


def _stance_taker(site: Site, m: Ment) -> bool:
    """`m` takes a stance on the act (the subject of the verb of opposing, backing or saying before it: «أدانت قطر،
    الثلاثاء، الغارات على المدنيين من قبل إسرائيل»): nobody does the act to it."""
    prev = site.found[site.n_trig - 1] if site.n_trig else None
    if prev is None or prev.rtype not in ("opposes", "supports", "states") or prev.phrase.nominal:
        return False
    return m.ts < prev.i or m in site.state.verb_subjects


def _event_owner(ctx: Context, site: Site, objs: list[Ment]) -> Ment | None:
    """The possessive that opens the clause's subject ("Israel's strike on Qatar", "the RSF's announcement"):
    what is condemned or backed is its owner's act."""
    first = objs[0]
    if not (first.possessive and actor(first) and ctx.lang != "ar"):
        return None
    k = first.np_start - 1
    opened = first.np_start == site.sent.ts or ctx.toks[k].text in ("the", ",", "and") or k == site.sent.ts
    return first if opened else None


def _passive_statement(ctx: Context, site: Site, agents: list[Ment], emit) -> Outcome:
    said = [m for m in site.ments if m.te <= site.i and m.kind == "agreement" and not m.in_np and site.i - m.te <= 3]
    for a in agents if said else []:
        emit(a, said[-1], "states", site.conf + _cx(ctx, "passive-by"), site.trig.text, "passive-by")
    return DONE


@construction("event-gathered", "subject", rtypes=_SYMMETRIC, nominal=True)
def event_gathered(ctx: Context, site: Site, emit) -> Outcome:
    """ "The meeting in Riyadh brought together MBS and Zelensky", "The talks, hosted by Qatar, brought together the
    Taliban and the United States", «وجمع الاجتماع في الرياض ولي العهد السعودي والرئيس الأوكراني»: a meeting or
    talks noun is the subject of a verb of bringing together (`gather_verbs`; in Arabic the verb comes first),
    whose objects are the ones who met or talked."""
    k = _gather_end(ctx, site)
    if k < 0:
        return PASS
    if ctx.lang == "ar":  # past a place after the noun («في الرياض»)
        k = next((m.te for m in site.after if m.kind == "place" and m.np_start - k <= 1), k)
    gathered = _gathered_from(ctx, site, k)
    for a, b in pairs(gathered):
        emit(a, b, site.rtype, site.conf, site.trig.text, "event-gathered")
    return DONE if gathered else PASS


def _gather_end(ctx: Context, site: Site) -> int:
    """Where the names after a verb of bringing together start: after the noun (Arabic, the verb right before it),
    or after the verb that follows the noun past a place or an aside (English, within ten words, no stop); -1."""
    texts, words = ctx.texts, ctx.lex.w("gather_verbs")
    if ctx.lang == "ar":
        before = site.i > site.sent.ts and not words.isdisjoint(ctx.toks[site.i - 1].forms)
        return site.j if before else -1
    for k in range(site.j, min(site.sent.te - 1, site.j + 10)):
        if texts[k] in (".", ";", ":"):
            return -1
        phrase = next((w for w in words if " ".join(texts[k : k + len(w.split())]) == w), None)
        if phrase is not None:
            k += len(phrase.split())
            return k + (k < site.sent.te and texts[k] == "the")
    return -1


@construction("inverted-gerund", "subject", langs=("en",))
def inverted_gerund(ctx: Context, site: Site, emit) -> Outcome:
    """ "Signing the agreement in Doha were the United States and the Taliban", "Also rejecting the proposal were
    Hamas and Islamic Jihad", "Backing the army are Egypt and Turkey": a gerund that opens the sentence (after
    `inverted_openers` only), its object, then "were"/"are" (`inverted_copulas`) and the doers after it."""
    i, ts, te, texts = site.i, site.sent.ts, site.sent.te, ctx.texts
    openers = ctx.lex.w("inverted_openers")
    if not texts[site.j - 1].endswith("ing") or not all(t.lower() in openers for t in texts[ts:i]):
        return PASS
    copulas = ctx.lex.w("inverted_copulas")
    k = next((x for x in range(site.j, min(te, site.j + 12)) if texts[x] in copulas or texts[x] in (",", ";")), -1)
    if k < 0 or texts[k] not in copulas:
        return PASS
    doers = [m for m in coordinated_after(ctx, site.ments, k + 1, te) if actor(m)]
    objs = [m for m in site.view.starting_within(site.j, k) if m.kind in ontology.target_kinds(site.rtype)]
    objs = sorted((m for m in objs if not m.in_np), key=lambda m: m.kind != "agreement")  # "the Egyptian proposal"
    if not doers or not objs:
        return PASS
    for o in [m for m in group_with(ctx, site.ments, objs[0]) if m.te <= k]:
        for d in doers:
            emit(d, o, site.rtype, site.conf, site.trig.text, "inverted-gerund")
    return DONE


@construction("fronted-signing", "subject", rtypes=("agrees_with",), langs=("en",))
def fronted_signing(ctx: Context, site: Site, emit) -> Outcome:
    """ "After signing the deal, Aliyev told reporters …", "Having signed the accord, the two leaders …": a
    gerund clause that opens the sentence on an agreement (`gerund_openers` before it) has the subject of the
    main clause, named right after its comma."""
    i, ts, texts = site.i, site.sent.ts, ctx.texts
    if i - ts not in (1, 2) or not all(t in ctx.lex.w("gerund_openers") for t in texts[ts:i]):
        return PASS
    agr = next((m for m in site.after if m.kind == "agreement" and m.ts - site.j <= 3), None)
    agr = agr if agr is not None and all(t.is_word for t in ctx.toks[site.j : agr.ts]) else None
    comma = next((k for k in range(agr.te, min(site.sent.te, agr.te + 12)) if texts[k] == ","), None) if agr else None
    if comma is None:
        return PASS
    k = comma + 1 + (comma + 1 < site.sent.te and texts[comma + 1] == "the")
    first = next((m for m in site.ments if m.np_start == k and actor(m) and not m.possessive), None)
    return _subject(site, group_with(ctx, site.ments, first), "fronted-signing") if first is not None else PASS


@construction("signing-ceremony", "subject", rtypes=("agrees_with",))
def signing_ceremony(ctx: Context, site: Site, emit) -> Outcome:
    """«خلال حفل التوقيع», "at the signing ceremony": who attends a ceremony is not thereby a party; nor is the
    subject of «… بعد التوقيع، …», where the signing only dates what the subject does."""
    if site.rtype != "agrees_with":
        return PASS
    i, words = site.i, ctx.lex.w("ceremony_nouns")
    before = i > site.sent.ts and not words.isdisjoint(ctx.toks[i - 1].forms)
    after = site.j < site.sent.te and ctx.toks[site.j].text in words  # "the signing ceremony"
    k = i - 1 if i > site.sent.ts and ctx.toks[i - 1].text != "the" else i - 2
    dated = site.nominal and site.gap > 0 and k >= site.sent.ts and ctx.toks[k].text in ctx.lex.w("time_prepositions")
    return DONE if before or after or dated else PASS


@construction("signed-by", "subject", rtypes=("agrees_with",))
def signed_by(ctx: Context, site: Site, emit) -> Outcome:
    """«اتفاق وقف إطلاق النار الموقع عليه من الطرفين»: the signed agreement comes before the participle, the
    signatories after «من»."""
    toks, i, j, te = ctx.toks, site.i, site.j, site.sent.te
    if site.rtype != "agrees_with" or toks[i].forms[-1] not in ctx.lex.w("signed_participles"):
        return PASS
    if not (j < te and (toks[j].text in ctx.lex.w("agent_prepositions") or _support_of(ctx, site, j))):
        return PASS
    w = _cx(ctx, "signed-by", "window", 15)
    agr = next((m for m in reversed(site.ments) if m.kind == "agreement" and m.te <= i and i - m.te <= w), None)
    agents = coordinated_after(ctx, site.ments, j + 1, te)
    if agr is None or not agents:
        return PASS
    spans = {(a.ts, a.te) for a in agents}  # «من الطرفين»: a collective is two mentions on one span
    for a in dict.fromkeys(agents + [m for m in site.ments if (m.ts, m.te) in spans and actor(m)]):
        emit(a, agr, "agrees_with", site.conf, site.trig.text, "signed-by")
    return DONE


@construction("references-fronted", "subject", rtypes=("references",))
def references_fronted(ctx: Context, site: Site, emit) -> Outcome:
    """ "Under the JCPOA, Iran will ...", «وبموجب الاتفاق، المستند إلى القرار 1701، تنسحب القوات الإسرائيلية …
    وينتشر الجيش اللبناني»: the actor comes after the agreement, its aside and the comma; each clause after it
    that opens with its own verb and subject invokes the agreement too."""
    i, j, toks = site.i, site.j, ctx.toks
    if site.rtype == "references" and (ctx.texts[i] in ctx.lex.w("relative_references") or _under_which(ctx, site)):
        return _references_relative(ctx, site, emit)
    if site.rtype != "references" or not (i == site.sent.ts or toks[i - 1].text in (",", ";", "،", "؛")):
        return PASS
    if ctx.lang != "ar" and site.trig.text.lower() in ctx.lex.w("source_phrases"):
        return DONE  # "According to the draft agreement, the army is to …": the text is the reporter's source
    w = int(_cx(ctx, "references-fronted", "window", 3))
    agr = next((m for m in site.after if m.kind == "agreement" and m.ts - j <= w), None)
    end = agr.te if agr is not None else _its_terms(ctx, site)  # "Under its terms, …": the agreement last named
    if agr is None and end:
        agr = last_agreement(ctx, site.i, int(_cx(ctx, "references-fronted", "its_window", 40)))
    if agr is None:
        return DONE
    # the agreement's complement runs to the comma («بموجب الاتفاق الموقع في الدوحة، …», "Under the deal brokered by
    # Egypt and Qatar, …": names of its brokers or place inside it, when a comma closes it)
    lim = min(site.sent.te, agr.te + int(_cx(ctx, "references-fronted", "complement", 8)))
    stop = end
    while stop < lim and ctx.toks[stop].text not in (",", "،") and not ctx.covered[stop]:
        stop += 1
    comma = next((x for x in range(end, lim) if ctx.toks[x].text in (",", "،")), None)
    end = comma if stop < lim and ctx.toks[stop].text not in (",", "،") and comma is not None else stop
    k = _past_aside(ctx, site, end)
    if k == end and i > site.sent.ts and end >= site.sent.te - 1:
        return PASS  # "Israel began withdrawing on Monday, in accordance with Resolution 1701.": it closes the clause
    if k == end:
        return DONE  # no comma: «بناء على اقتراح كويتي»: the name after the agreement qualifies it
    who = next((m for m in site.after if m.ts >= k and actor(m) and m.np_start - k <= w), None)
    if who is None:
        return DONE
    same = [m for m in site.after if (m.ts, m.te) == (who.ts, who.te) and actor(m)]  # "the two countries": both
    bound = not ctx.lex.w("binding_references").isdisjoint(ctx.toks[i].forms)  # "under", not "according to"
    bound = bound and family_of_mention(ctx, agr) != "resolution"
    group = list(dict.fromkeys(group_with(ctx, site.ments, who) + same + _clause_subjects(ctx, site, who.te)))
    last = max(m.te for m in group)
    terms = bound and (terms_verb_in(ctx, k, who.np_start) or terms_verb_in(ctx, last, last + 3))
    for m in group:  # ("Under the plan, both sides agreed to withdraw": parties taking on its terms invoke nothing)
        if not terms:
            emit(m, agr, "references", site.conf, site.trig.text, "references-fronted")
        if m.kind in ("state", "armed_group") and bound:
            c = site.conf + _cx(ctx, "references-fronted", "party_confidence", -0.1)  # "Under the deal, Iran will
            emit(m, agr, "agrees_with", c, site.trig.text, "references-fronted")  # …": a side bound by its terms
    return DONE


def _under_which(ctx: Context, site: Site) -> bool:
    """ "the agreement …, under which U.S. forces are to leave": a binding word before a relative pronoun."""
    return (
        site.j < site.sent.te
        and ctx.texts[site.j] in ctx.lex.w("relative_pronouns")
        and not ctx.lex.w("binding_references").isdisjoint(ctx.toks[site.i].forms)
    )


def _references_relative(ctx: Context, site: Site, emit) -> Outcome:
    """ "the agreement signed in Doha, under which U.S. forces are to leave", «بروتوكول تعاون أرسلت القاهرة
    بموجبه أسلحة»: the relative clause's subject (a state or an armed group) acts under the agreement the clause
    hangs on, the last one its sentence named before it."""
    i, te = site.i, site.sent.te
    agr = next((m for m in reversed(site.ments) if m.kind == "agreement" and m.te <= i), None)
    if agr is None:
        return DONE
    kinds = ("state", "armed_group")
    if ctx.lang == "ar":  # «أرسلت القاهرة بموجبه»: the subject right before it, else right after («بموجبها تنسحب X»)
        who = next((m for m in site.ments if m.te == i and m.kind in kinds), None)
        who = who or next((m for m in site.after if m.kind in kinds and m.np_start - site.j <= 2), None)
    else:  # "under which U.S. forces are to leave": the first name after "which"
        who = next((m for m in site.after if m.kind in kinds and m.np_start - site.j <= 3 and m.te < te), None)
    if who is None:
        return DONE
    bound = family_of_mention(ctx, agr) != "resolution"
    group = group_with(ctx, site.ments, who)
    if bound and terms_verb_in(ctx, group[-1].te, group[-1].te + 3):
        for m in group:  # "the accord, under which Kyiv and Moscow pledged to …": parties to it, taking on its terms
            emit(m, agr, "agrees_with", site.conf, site.trig.text, "references-relative")
        return DONE
    emit(who, agr, "references", site.conf, site.trig.text, "references-relative")
    return DONE


def _its_terms(ctx: Context, site: Site) -> int:
    """The token after "its terms" / "the terms" / «بنوده» right after the trigger, else 0."""
    for phrase in ctx.lex.w("agreement_back_words"):
        words = phrase.split()
        if ctx.texts[site.j : site.j + len(words)] == words:
            return site.j + len(words)
    return 0


def _past_aside(ctx: Context, site: Site, k: int) -> int:
    """After a name and a comma, an aside about it («الاتفاق، المستند إلى القرار 1701، …») runs to the next comma."""
    toks, te, commas = ctx.toks, site.sent.te, (",", "،")
    if not (k < te and toks[k].text in commas):
        return k
    if any(actor(m) for m in ctx.ments.starting(k + 1)):
        return k + 1
    if ctx.lang == "ar" and k + 2 < te and _verb_then_actor(ctx, k + 1):
        return k + 1  # «وبموجب الاتفاق، تخفض واشنطن عدد قواتها»: a clause opening with its verb, no aside
    end = next((x for x in range(k + 1, min(te, k + 14)) if toks[x].text in commas), None)
    return end + 1 if end is not None else k + 1


def _verb_then_actor(ctx: Context, k: int) -> bool:
    """An Arabic word with no article and no name at token k, an actor right after it: a verb and its subject."""
    t = ctx.toks[k]
    verb_like = t.is_word and not ctx.covered[k] and not t.text.startswith(("ال", "وال", "بال", "لل"))
    return verb_like and any(actor(m) for m in ctx.ments.starting(k + 1))


def _clause_subjects(ctx: Context, site: Site, k: int) -> list[Ment]:
    """«…، وينتشر الجيش اللبناني …»: the subjects of the clauses after token k that open with "and" + a verb."""
    toks, out = ctx.toks, []
    if ctx.lang != "ar":
        return _clause_subjects_en(ctx, site, k)
    for x in range(k, site.sent.te - 2):
        if toks[x].text in (",", "،") and toks[x + 1].text.startswith("و") and not ctx.covered[x + 1]:
            m = next((m for y in (x + 2, x + 3) for m in ctx.ments.starting(y) if actor(m)), None)
            if m is not None and m.np_start <= x + 3:
                out.append(m)
    return out


def _clause_subjects_en(ctx: Context, site: Site, k: int) -> list[Ment]:
    """ "Under the deal, Athens will lift …, while Skopje will amend …": the subject of a clause after token k that
    opens with ", while" / ", and" and goes on with a commitment ("will", "is to")."""
    toks, out, joiners = ctx.toks, [], ctx.lex.w("clause_joiners")
    for x in range(k, site.sent.te - 3):
        if toks[x].text != "," or toks[x + 1].text not in joiners:
            continue
        m = next((m for y in (x + 2, x + 3) for m in ctx.ments.starting(y) if actor(m)), None)
        committed = m is not None and m.te < site.sent.te and toks[m.te].text in ctx.lex.w("commitments")
        if committed and m.np_start <= x + 3:
            out.append(m)
    return out


@construction("provided-by-agreement", "subject", rtypes=("supports", "references", "opposes"))
def provided_by_agreement(ctx: Context, site: Site, emit) -> Outcome:
    """ "a truce brokered by the US and France, which calls for the implementation of resolution 1701": what an
    agreement provides for is no actor's call or reference (`_provided_by_agreement`)."""
    return DONE if _provided_by_agreement(ctx, site) else PASS


@construction("agreement-subject", "subject")
def agreement_subject(ctx: Context, site: Site, emit) -> Outcome:
    """ "The resolution endorses ...": the subject is the agreement, not an actor."""
    aside = site.i > site.sent.ts and ctx.texts[site.i - 1] in (",", "،")  # "X, which brokered the truce, urged"
    joined = ctx.texts[site.i - 1] in ctx.lex.w("verb_coordinators")  # "X kept the truce and met …": X's verb
    ends: tuple[int, ...] = (site.i, site.i - 1 - joined)  # (not "X denied that Y broke the accord, and accused Z":
    ends = ends[:1] if joined and ctx.texts[site.i - 2] in (",", "،") else ends  # a comma before "and" ends its clause)
    agr = any(m.kind == "agreement" and m.te in ends for m in site.ments) and not aside
    # "The memorandum Ethiopia signed with Somaliland": a name between the agreement and the verb is its subject
    reduced = site.rtype == "agrees_with" and any(actor(m) and m.ts == site.i - 1 for m in ctx.ments.ending(site.i))
    agr = agr and not reduced
    agr = agr and site.trig.text not in ctx.lex.w("by_phone")  # "discussed the grain deal by phone": an adverb
    if agr and site.rtype == "references" and site.state.subjects_here:
        return PASS  # "X agreed to a truce under the Jeddah Declaration": X, who acts on the truce, invokes it
    return DONE if agr and site.rtype != "states" else PASS


def _provided_by_agreement(ctx: Context, site: Site) -> bool:
    """ "a truce brokered by the US and France, which calls for the implementation of resolution 1701", "The deal
    provides for elections in line with resolution 2259", «وينص الاتفاق على الانسحاب تنفيذا للقرار 1701»: what an
    agreement provides for or calls for (`provision_verbs`, the trigger or a few words before it) is its own
    term; neither its brokers nor its parties call for or invoke anything there."""
    verbs, texts, lo = ctx.lex.w("provision_verbs"), ctx.texts, max(site.sent.ts, site.i - 12)
    if verbs.isdisjoint(chain.from_iterable(ctx.forms[lo : site.i + 1])):
        return False  # (most triggers: no such verb within reach, one check in C)
    v = None
    for k in range(site.i, lo - 1, -1):
        if not verbs.isdisjoint(ctx.forms[k]):
            v = k
            break
        if texts[k] in (",", "،", ";", "؛"):
            return False  # (another clause: "…, and Israel said it would act under resolution 1701")
    if v is None:
        return False
    if ctx.lang == "ar" and _terms_of(ctx, ctx.ments.starting(v + 1)):
        return True  # «وينص الاتفاق على …», «ويدعو القرار إلى …»: the verb's subject right after it
    b = v - 1
    while b > site.sent.ts and texts[b] in ctx.lex.w("predicate_skips"):
        b -= 1  # "a draft that would have demanded …"
    before = texts[b] if b >= site.sent.ts else ""
    if before in ctx.lex.w("provision_relatives") and "would" in texts[b:v] and "have" in texts[b:v]:
        return True  # "vetoed a draft that would have demanded a truce": the terms of a text that failed
    if before in (",", "،"):  # "The deal, which was brokered by Washington, requires …": the subject before the aside
        opener = next((k for k in range(v - 2, max(site.sent.ts, v - 16), -1) if texts[k] in (",", "،")), None)
        return opener is not None and _terms_of(ctx, ctx.ments.ending(opener))
    if before in ctx.lex.w("provision_relatives"):
        return _relative_agreement(ctx, site, b)
    return _terms_of(ctx, ctx.ments.ending(v))  # "The agreement calls for …"


def _terms_of(ctx: Context, found) -> bool:
    """Whether one of the mentions is an agreement whose terms are its own: a resolution's demands are the
    adopting body's ("the Council adopted Resolution 2722, which demands that the Houthis halt …")."""
    return any(m.kind == "agreement" and family_of_mention(ctx, m) != "resolution" for m in found)


def _relative_agreement(ctx: Context, site: Site, k: int) -> bool:
    """Whether the antecedent of the relative word at `k` is an agreement: the one named before it, past a comma
    and its brokers' phrase ("a ceasefire brokered by the United States and France, which …")."""
    passable = ctx.lex.w("broker_participles") | {",", "،", "by", "and", "the", "و"}
    j = k
    while j > max(site.sent.ts, k - 12):
        found = ctx.ments.ending(j)
        if any(m.kind == "agreement" for m in found):
            return _terms_of(ctx, found)
        actor_end = next((m for m in found if actor(m)), None)
        if actor_end is not None:
            j = actor_end.ts
        elif ctx.texts[j - 1] in passable:
            j -= 1
        else:
            return False
    return False


@construction("unnamed-source", "subject", rtypes=("states",), nominal=False, needs="source_nouns")
def unnamed_source(ctx: Context, site: Site, emit) -> Outcome:
    """ "Sources close to Hamas said …", "Libyan sources said …", «وقالت مصادر ليبية إن …», «وقال مصدر في الجيش
    السوداني إن …»: the words are an unnamed source's (`source_nouns`); the body or state that qualifies it does
    not speak. English: the noun in the subject before the verb (back to a comma); Arabic: right after the verb."""
    nouns = ctx.lex.w("source_nouns")
    if ctx.lang == "ar":
        return DONE if site.j < site.sent.te and not nouns.isdisjoint(ctx.toks[site.j].forms) else PASS
    k = site.i - 1
    while k >= max(site.sent.ts, site.i - 6) and ctx.texts[k] not in (",", ";", ":", '"'):
        if ctx.texts[k].lower() in nouns and not ctx.covered[k]:
            return DONE
        k -= 1
    return PASS


@construction("culprit-harm", "subject", rtypes=("fights", "opposes"), nominal=True, needs="culprit_predicates")
def culprit_harm(ctx: Context, site: Site, emit) -> Outcome:
    """ "an inquiry to identify those responsible for attacks in Sudan", «تحقيق يسعى لتحديد المسؤول عن هجمات
    بسوريا»: a harm noun right after a culprit predicate (`culprit_predicates`) has the unnamed culprit for its
    doer, not the clause's subject (who drafted the inquiry's mandate)."""
    preds = ctx.lex.w("culprit_predicates")
    starts = range(max(site.sent.ts, site.i - 4), site.i)
    return DONE if any(" ".join(ctx.texts[k : site.i]) in preds for k in starts) else PASS


@construction("reported-speech-inverted", "subject", rtypes=("states",))
def reported_speech_inverted(ctx: Context, site: Site, emit) -> Outcome:
    """'"...," announced the UN envoy, Hans Grundberg': the speaker follows the verb."""
    if site.rtype != "states":
        return PASS
    fa = site.first_after
    quoted = '"' in ctx.texts[site.sent.ts : site.i]  # (normalization writes every quotation mark as '"')
    w = _cx(ctx, "reported-speech-inverted", "window", 2)
    # "Qatar's prime minister said Hamas and Israel …": a subject the verb follows is no speaker after it
    opens = site.i == site.sent.ts or not ctx.toks[site.i - 1].is_word
    if site.j < site.sent.te and ctx.texts[site.j] in ctx.lex.complementizers:
        return PASS  # "…, the group's minister, warned that America …": what follows "that" is what is said
    if site.rtype == "states" and fa is not None and fa.np_start - site.j <= w and (site.near_before is None or quoted):
        if not (opens or site.nominal):  # ("a statement from the Taliban": a noun's speaker follows it)
            return PASS
        if site.nominal and any(f.i in (fa.te, _group_end(ctx, site, fa)) and f.rtype != "states" for f in site.found):
            return PASS  # "In a statement, the ministry accused the RSF …", "…, A and B criticized …": the verb says it
        if site.nominal and _speakers_verb(ctx, site, fa):
            return DONE  # "In a joint statement, Saudi Arabia and the United States said …": the verb's subjects
        # "announced the AU's High Representative, Olusegun Obasanjo": the speaker is the person, not the body
        w2 = _cx(ctx, "reported-speech-inverted", "person_window", 8)
        person = next((m for m in site.after if m.kind == "person" and actor(m) and m.ts - fa.te <= w2), None)
        speaker = person if fa.kind != "person" and person is not None and (fa.possessive or fa.in_np) else fa
        return _subject(site, [speaker], "reported-speech-inverted")
    return PASS


def _group_end(ctx: Context, site: Site, fa: Ment) -> int:
    """Where the list the name fa opens ends ("A and B"): its last member's end."""
    group = group_with(ctx, site.ments, fa)
    return group[-1].te if group else fa.te


def _speakers_verb(ctx: Context, site: Site, fa: Ment) -> bool:
    """A statement verb (not a noun) right after the names that follow a framing statement noun ("In a joint
    statement, A and B said"): the names are that verb's subjects, none of them the noun's target."""
    group = group_with(ctx, site.ments, fa)
    end = group[-1].te if group else fa.te
    return any(f.i == end and f.rtype == "states" and not f.phrase.nominal for f in site.found)


def _past_stance_modifiers(ctx: Context, k: int, lo: int, words: frozenset[str]) -> int:
    """Back from token k past the modifiers of a stance noun: words of `words` and (English) hyphenated lowercase
    compounds ("long-standing", "full-throated", "much-needed"); where the phrase before them ends."""
    texts = ctx.texts
    while k > lo:
        if texts[k] in words:
            k -= 1
        elif k - 2 > lo and texts[k - 1] == "-" and _lower_words(texts[k - 2], texts[k]):
            k -= 3  # (the compound's two words and its hyphen)
        else:
            break
    return k


def _lower_words(a: str, b: str) -> bool:
    """Two lowercase words (the halves of a hyphenated adjective, not of a name: "long-standing")."""
    return a.isalpha() and b.isalpha() and a.islower() and b.islower()


@construction("owner-backer", "subject", rtypes=("supports",))
def owner_backer(ctx: Context, site: Site, emit) -> Outcome:
    """ "Egypt, the Sudanese army's main backer, …", "Iran, one of Assad's biggest backers, …", "Russia's closest
    ally, Iran, …": the owner of a backer noun is the one backed; the backer is the name in apposition (before
    the owner's comma or after the noun's)."""
    toks, i = ctx.toks, site.i
    if ctx.lang == "ar" or ctx.texts[i] not in ctx.lex.w("backer_nouns"):
        return PASS
    k = _past_stance_modifiers(ctx, i - 1, site.sent.ts + 1, ctx.lex.any_of("stance_modifiers", "rank_words"))
    if toks[k].text in ("'s", "'"):
        owner = next((m for m in site.ments if m.possessive and actor(m) and m.te == k), None)
    else:  # "Hezbollah ally Nabih Berri", "Berri, a Hezbollah ally,": the owner's name as the noun's adjunct
        owner = next((m for m in site.ments if actor(m) and not m.possessive and m.te == k + 1 == i), None)
    if owner is None:
        return PASS
    start = owner.np_start - (owner.np_start - 1 > site.sent.ts and ctx.texts[owner.np_start - 1] in ("the", "a", "an"))
    if start - 3 > site.sent.ts and ctx.texts[start - 2 : start] == ["one", "of"]:
        start -= 2  # "Iran, one of Assad's biggest backers,"
    backer = None
    if start - 1 > site.sent.ts and toks[start - 1].text == ",":
        backer = next((m for m in site.ments if m.te == start - 1 and actor(m)), None)
    if backer is None and site.j < site.sent.te:  # "Russia's closest ally, Iran", "Washington's ally Israel"
        at = site.j + (toks[site.j].text == ",")
        at += at < site.sent.te and toks[at].text == "the"  # "Israel's closest ally, the United States"
        backer = next((m for m in site.ments if m.np_start == at and actor(m)), None)
    backer = backer or _copula_subject(ctx, site, start)  # "Russia remains Syria's closest ally"
    if backer is not None:
        emit(backer, owner, "supports", site.conf, site.trig.text, "owner-backer")
    return DONE


def _copula_subject(ctx: Context, site: Site, start: int) -> Ment | None:
    """ "Russia remains Syria's closest ally", "Iran has long been the Houthis' main backer": the subject of a
    copula (`copulas`, with auxiliaries and adverbs) right before the owner's phrase is the backer."""
    k, copula = start - 1, False
    while k > site.sent.ts and ctx.texts[k] in ctx.lex.any_of("copulas", "auxiliaries", "verb_adverbs"):
        copula = copula or ctx.texts[k] in ctx.lex.w("copulas")
        k -= 1
    if not copula:
        return None
    return next((m for m in ctx.ments.ending(k + 1) if actor(m) and not m.possessive), None)


@construction("possessive-agent", "subject")
def possessive_agent(ctx: Context, site: Site, emit) -> Outcome:
    """ "despite Trump's decision to withdraw from it", "Iran's refusal to sign": the possessive is the agent."""
    toks, i = ctx.toks, site.i
    k = _past_stance_modifiers(ctx, i - 1, site.sent.ts + 1, ctx.lex.w("stance_modifiers"))
    # ("Iran's military backing of Russia", "Egypt's continued support for the army", "Russia's long-standing …")
    if site.rtype == "states" and k > site.sent.ts + 1 and toks[k].text in ctx.lex.w("speaker_office_nouns"):
        k -= toks[k - 1].text in ("'s", "'")  # "Netanyahu's office said …": his office speaks for him
    if k > site.sent.ts and toks[k].text in ("'s", "'"):  # "Turkey's condemnation of Israel"
        owner = next((m for m in site.ments if m.possessive and actor(m) and m.te == k), None)
        return _subject(site, [owner], "possessive-agent") if owner is not None else PASS
    if k <= site.sent.ts or toks[k].text != "to":
        return PASS
    owner = next((m for m in site.ments if m.possessive and actor(m) and 1 <= k - m.te <= 3), None)
    if owner is None or not all(t.is_word for t in toks[owner.te + 1 : k]):
        return PASS
    return _subject(site, [owner], "possessive-agent")


@construction("statement-owner", "subject", rtypes=("states",), nominal=True)
def statement_owner(ctx: Context, site: Site, emit) -> Outcome:
    """«وجاء في بيان لوزارة الخارجية القطرية أن …», «وورد في بيان للجيش»: the owner right after the statement
    noun speaks (the gate let this «في بيان» through: `came_in_verbs` before it)."""
    i, fa = site.i, site.first_after
    if not site.nominal or i - 2 < site.sent.ts or fa is None:
        return PASS
    if not one_of(ctx, ctx.toks[i - 2], ctx.lex.w("came_in_verbs")):
        return PASS
    if site.gap == 0 and ctx.texts[fa.np_start][:1] == "ل" or _issued_by(ctx, site.j, fa):
        return _subject(site, [fa], "statement-owner")
    return PASS


@construction("statement-in-which", "subject", langs=("ar",), nominal=False, after="statement_resumptives")
def statement_in_which(ctx: Context, site: Site, emit) -> Outcome:
    """«جاء ذلك في كلمة لوزير الخارجية … أمام مجلس الأمن، قال فيها إن …», «خلال مؤتمر صحفي للمبعوث …، أشار فيه
    إلى …»: a verb with "in it" (`statement_resumptives`) after a statement noun of its sentence
    (`statement_event_nouns`) has the noun's owner as its subject (right after the noun, behind «لـ» or the
    words that issue it), not the audience or venue named between, nor the speaker of the sentence before."""
    if site.j >= site.sent.te or ctx.texts[site.j] not in ctx.lex.w("statement_resumptives"):
        return PASS
    nouns = ctx.lex.w("statement_event_nouns")
    k = next((k for k in range(site.i - 1, site.sent.ts - 1, -1) if not nouns.isdisjoint(ctx.toks[k].forms)), None)
    if k is None:
        return PASS
    skip = ctx.lex.any_of("statement_agent_words", "statement_noun_modifiers")
    p = k + 1
    while p < site.i and ctx.texts[p] in skip:
        p += 1
    owner = next((m for m in site.ments if m.np_start == p and m.te <= site.i and actor(m) and not m.in_np), None)
    return _subject(site, [owner], "statement-in-which") if owner is not None else PASS


def _issued_by(ctx: Context, j: int, fa: Ment) -> bool:
    """«في البيان الختامي، الذي أصدرته وزارة الخارجية»: only words that lead to a statement's author
    (`statement_agent_words`, a comma before a relative) from j up to the name, at most five."""
    words = ctx.lex.w("statement_agent_words")
    between = ctx.texts[j : fa.np_start]
    return 0 < len(between) <= 5 and between[-1] in words and all(w in words or w in (",", "،") for w in between)


@construction("noun-by-agent", "subject", rtypes=("visits", "meets", "fights"))
def noun_by_agent(ctx: Context, site: Site, emit) -> Outcome:
    """ "The visit to Aden by Grundberg", "the attack on El Fasher by the RSF": a noun's agent follows its
    object and "by" (a subject carried from the sentence before is not the one who acts)."""
    if not site.nominal or ctx.lang == "ar" or site.rtype not in ("visits", "meets", "fights") or site.src:
        return PASS
    if site.rtype == "meets" and _attended_by(ctx, site):
        agents = [a for a in coordinated_after(ctx, site.ments, site.j + 2, site.sent.te) if actor(a)]
        return _subject(site, agents, "noun-by-agent") if len(agents) > 1 else PASS
    if site.i == 0 or ctx.texts[site.i - 1] not in ("the", "a", "an") or ctx.texts[site.j] not in ("to", "on"):
        return PASS  # "the visit to", "an attack on": a noun with its object, not a participle
    w = int(_cx(ctx, "noun-by-agent", "window", 6))
    k = next((k for k in range(site.j + 1, min(site.sent.te, site.j + w)) if ctx.texts[k] == "by"), None)
    if k is None or not all(t.is_word for t in ctx.toks[site.j : k]):
        return PASS
    agents = [a for a in coordinated_after(ctx, site.ments, k + 1, site.sent.te) if actor(a)]
    return _subject(site, agents, "noun-by-agent") if agents else PASS


def _attended_by(ctx: Context, site: Site) -> bool:
    """ "a meeting attended by Macron and Scholz": the noun's participants follow it (`attendance_words`, "by"),
    whoever is named before it (the speaker who announces it) is none of them."""
    j = site.j
    return j + 1 < site.sent.te and ctx.texts[j] in ctx.lex.w("attendance_words") and ctx.texts[j + 1] == "by"


@construction("called-to", "subject", rtypes=("supports", "references", "opposes"))
def called_to(ctx: Context, site: Site, emit) -> Outcome:
    """«طالبت قطر الولايات المتحدة بدعم السلطة», "Qatar urged the US to back the PA", "Kyiv urged the EU to impose
    sanctions on Russia": the one who calls for the support or the pressure is on record as holding that stance
    (the one called on has done nothing yet)."""
    if site.rtype not in ("supports", "references", "opposes") or not site.state.subjects_here:
        return PASS
    call = _call_before(ctx, site)
    if call is None:
        return PASS
    if site.rtype == "opposes" and not ctx.lex.w("subordinators").isdisjoint(ctx.texts[call.j : site.i]):
        return PASS  # "called for restraint after soldiers overthrew X": the clause's own subject acts
    if site.i > site.sent.ts and ctx.texts[site.i - 1] in ctx.lex.w("relative_who"):
        return PASS  # «دعا واشنطن إلى الضغط على الفصائل التي تدعمها»: the factions Washington backs, not the call
    if _agent_in_construct(ctx, site):
        return PASS  # «دعا إلى دعم فرنسا للجيش اللبناني»: France backs the army (genitive-agent), not the caller France
    callers = [m for m in site.state.subjects_here if not _called_on(ctx, call, m) and not _of_before_and(ctx, call, m)]
    return _subject(site, callers, "called-to") if callers else DONE


def _of_before_and(ctx: Context, call, m: Ment) -> bool:
    """ "The resolution reaffirmed the sovereignty of Mali and called on the parties to …": a name after "of" that
    ends right before the "and" of the call verb closes the first verb's object; it does not call (English)."""
    if ctx.lang == "ar" or m.np_start < 1 or ctx.texts[m.np_start - 1] != "of":
        return False
    between = ctx.texts[m.te : call.i]
    if not between or between[-1] not in ctx.lex.w("and") or len(between) > 7:
        return False  # (past a short phrase that names no one: "of Ukraine within its recognised borders and")
    if any(ctx.ments.starting(k) for k in range(m.te, call.i)):
        return False
    verbs = ctx.lex.any_of("auxiliaries", "copulas", "relative_who")
    return not any(w in verbs or not ctx.toks[k].is_word and w != "," for k, w in enumerate(between[:-1], m.te))


def _agent_in_construct(ctx: Context, site: Site) -> bool:
    """Arabic: an indefinite support noun right before an actor and, after it, a «ل» object («دعم فرنسا للجيش»,
    «دعم الولايات المتحدة للجهود»): the actor is the noun's agent, not what the caller backs."""
    if ctx.lang != "ar" or site.gap != 0 or not actor(site.first_after) or definite(ctx, ctx.toks[site.i]):
        return False
    if ctx.lex.w("support_nouns").isdisjoint(ctx.toks[site.i].forms):
        return False
    k = group_with(ctx, site.ments, site.first_after)[-1].te
    return k < site.sent.te and ctx.texts[k][:1] == "ل" and ctx.toks[k].is_word and len(ctx.texts[k]) > 2


def _call_before(ctx: Context, site: Site):
    """The call verb a few words before the trigger (`call_verbs`, within the called-to window) whose complement
    the trigger is: none when another verb stands between them (it has its own subject)."""
    w = _cx(ctx, "called-to", "window", 8)
    calls = [f for f in site.found[: site.n_trig] if site.i - f.j <= w and _calling(ctx, f.i)]
    if not calls or any(calls[-1].j <= f.i < site.i and not f.phrase.nominal for f in site.found):
        return None
    return calls[-1]


def _called_on(ctx: Context, call, m: Ment) -> bool:
    """The one called on, after the call verb: any actor after it in English ("the envoy called on the warring
    parties to …"), one not right after it in Arabic, whose subject comes first («دعا المبعوث أطراف النزاع إلى …»:
    the envoy, named by a title only, calls; the parties are called on)."""
    return m.ts >= call.j and (ctx.lang != "ar" or m.np_start > call.j)


@construction("references-subject", "subject", rtypes=("references",))
def references_subject(ctx: Context, site: Site, emit) -> Outcome:
    """ "The US imposed sanctions on Houthi leaders pursuant to resolution 2140", «مدد مجلس الأمن العقوبات على
    اليمن طبقا للقرار 2140», "Qatar urged the sides to return to the Jeddah Declaration": who invokes an agreement
    is the subject of the clause or the one whose statement or call it is, not the nearest name (an object); a
    sentence that names no actor before the phrase invokes nothing ("The talks were based on resolution 2216")."""
    if site.rtype != "references" or _accused_before(ctx, site):
        return PASS  # "accused Hezbollah of violating resolution 1701": the accused is the one meant
    if _holds_to_its_own(ctx, site):
        return DONE  # «تمسكها بشروطها لإحياء الهدنة», «تمسكه بسلاحه رغم القرار 1701»: what it holds to is its own
    quoted = site.gap == 1 and not ctx.toks[site.j].is_word  # «إذا خرق "حزب الله" الاتفاق»
    if (site.gap == 0 or quoted or (site.gap == 1 and not site.nominal)) and actor(site.first_after):
        return PASS  # «خرق الحوثيين للهدنة», «إذا خرق حزب الله الاتفاق»: the noun's or the verb's own agent
    w = 1 if site.trig.text in ctx.lex.w("tight_references") else _cx(ctx, "references", "window", 8)
    if not any(m.kind == "agreement" and m.ts - site.j <= w for m in site.after) and not _basis_of(ctx, site):
        return DONE  # («احترام كافة المبادرات»: no agreement named, nothing invoked)
    if said := _relative_speaker(ctx, site):
        return _subject(site, said, "references-subject")  # «رايس، التي قالت إن على القوات الانسحاب وفقا للاتفاق»
    here = [m for m in site.state.subjects_here if m.ts >= site.sent.ts and not _prepositional(ctx, m)]
    # (the sentence's own subjects, none a preposition's object: «تضم ممثلين عن الحكومة والمعارضة، وفق القرار 2254»)
    call = _call_before(ctx, site)
    if call is not None and here and all(_called_on(ctx, call, m) for m in here):
        return DONE  # "The envoy urged Israel and Hamas to respect the ceasefire": they are called on, invoke nothing
    if here:
        return _subject(site, here, "references-subject")
    first = _clause_subject(ctx, site)
    if first is not None and call is not None and _called_on(ctx, call, first):
        return DONE
    if first is None:
        speaker = _pronoun_opening(ctx, site)  # "He said he wanted talks on the basis of resolution 2254"
        return _subject(site, speaker, "references-subject") if speaker else DONE
    return _subject(site, [m for m in group_with(ctx, site.ments, first) if m.te <= site.i], "references-subject")


def _relative_speaker(ctx: Context, site: Site) -> list[Ment]:
    """The nearest verb of saying before the phrase opens a relative clause on an actor named right before it
    («… كوندوليزا رايس، التي قالت إن على القوات الروسية الانسحاب وفقا للاتفاق», "Rice, who said …"): the one
    who says it invokes the agreement, not the subject of the sentence around the clause."""
    texts, who = ctx.texts, ctx.lex.w("relative_who")
    for k in range(site.i - 1, site.sent.ts + 1, -1):
        if not speech_verb_at(ctx, k):
            continue
        if texts[k - 1] not in who:
            return []
        c = k - 1 - (texts[k - 2] in (",", "،"))
        head = next((m for m in site.before if m.te == c and actor(m)), None)
        return [head] if head is not None else []
    return []


def _holds_to_its_own(ctx: Context, site: Site) -> bool:
    """Arabic: a verb of holding to (`holding_verbs`, «تمسك») whose «ب» object carries a possessive pronoun and is
    no agreement («بشروطها», «بسلاحه»): the subject holds to its own terms or arms, and invokes no agreement named
    after them."""
    if ctx.lang != "ar" or site.j >= site.sent.te or ctx.lex.w("holding_verbs").isdisjoint(ctx.toks[site.i].forms):
        return False
    tok = ctx.toks[site.j]
    if not tok.text.startswith("ب") or tok.text.startswith("بال") or ctx.covered[site.j]:
        return False
    return any(tok.text.endswith(x) and len(tok.text) - len(x) >= 4 for x in ctx.lex.w("pronoun_suffixes"))


def _pronoun_opening(ctx: Context, site: Site) -> list[Ment]:
    """A sentence opened by "he", "she", "they" (or the subject carried in Arabic, which drops it): the subject
    of the sentence before; "he"/"she" one person of it."""
    carried = site.state.last_subject
    opening = ctx.texts[site.sent.ts : site.sent.ts + 2]
    if ctx.lex.w("subject_pronouns").isdisjoint(opening):
        return []
    if ctx.lex.w("singular_pronouns").isdisjoint(opening):
        return list(carried or [])
    opener = site.state.opener  # "De Mistura suspended the talks … . He said …"
    person = next((m for m in carried or [] if m.kind == "person"), None)
    person = person or (opener if opener is not None and opener.kind == "person" else None)
    return [person] if person is not None else []


def _basis_of(ctx: Context, site: Site) -> bool:
    """ "the Taif Agreement remained the basis for any reform": a basis phrase (`basis_words`) whose agreement is
    named before it."""
    if ctx.lex.w("basis_words").isdisjoint((ctx.texts[site.i], *ctx.toks[site.i].forms)):
        return False
    return agreement_before(ctx, site.ments, site.i, site.sent.ts) is not None


def _clause_subject(ctx: Context, site: Site) -> Ment | None:
    """The first actor of the trigger's clause that no preposition introduces (its subject, not an object)."""
    toks, start = ctx.toks, site.sent.ts
    for k in range(site.i - 1, site.sent.ts, -1):  # "…; the Houthis withdrew", «…، وانسحبت القوات …»
        nxt = toks[k + 1]
        opens = nxt.text in ctx.lex.w("and") or (ctx.lang == "ar" and nxt.text.startswith("و"))
        if toks[k].text in (";", "؛") or (toks[k].text in (",", "،") and opens and not ctx.covered[k + 1]):
            start = k + 1
            break
    return next((m for m in site.before if m.ts >= start and not _prepositional(ctx, m)), None)


def _prepositional(ctx: Context, m: Ment) -> bool:
    """ "sanctions on Houthi leaders", «على اليمن», «للجيش الإثيوبي»: a name a preposition introduces."""
    k = m.np_start - 1
    if k >= 0 and ctx.texts[k] == "the":
        k -= 1
    clitic = ctx.lang == "ar" and ctx.texts[m.ts][:1] in "بل" and m.np_start == m.ts and _ba_clitic(ctx, m)
    return clitic or (k >= 0 and ctx.texts[k] in ctx.lex.w("object_prepositions"))


def _accused_before(ctx: Context, site: Site) -> bool:
    """An accusation word shortly before the trigger: what follows is alleged of the one accused."""
    words = ctx.lex.w("accusation_words")
    return any(not words.isdisjoint(t.forms) for t in ctx.toks[max(site.sent.ts, site.i - 6) : site.i])


@construction("purpose-agent", "subject", rtypes=("supports",), langs=("en",), trigger_words="purpose_nouns")
def purpose_agent(ctx: Context, site: Site, emit) -> Outcome:
    """ "Saudi Arabia has led air strikes against the Houthis in an effort to restore President Hadi": a purpose
    adjunct ("in an effort / a bid to restore") is the act of the actor that opens the sentence, never of the
    name just before it (the object of "against"); with no actor opening the sentence, no one."""
    k = site.i
    if ctx.texts[k] not in ctx.lex.w("purpose_nouns"):
        return PASS
    if not (k - 2 >= site.sent.ts and ctx.texts[k - 2] in ctx.lex.w("purpose_openers")):
        return PASS
    first = next((m for m in site.view.subjects if m.np_start == site.sent.ts and actor(m)), None)
    if first is None:
        return DONE
    return _subject(site, group_with(ctx, site.ments, first), "purpose-agent")


@construction("pronoun-subject", "subject")
def pronoun_subject(ctx: Context, site: Site, emit) -> Outcome:
    """ "during which they also met": a pronoun before the verb stands for the last subject."""
    w = int(_cx(ctx, "pronoun-subject", "window", 3))
    near = ctx.toks[max(site.sent.ts, site.i - w) : site.i]
    carried = site.state.subjects_here or site.state.last_subject
    it = site.i > site.sent.ts and ctx.toks[site.i - 1].text in ctx.lex.w("body_pronouns")
    if it and site.rtype == "states" and site.i - 3 >= site.sent.ts and '"' in ctx.texts[site.i - 3 : site.i - 1]:
        carried = site.state.last_subject  # '"Burundi must stay out of the fighting," it said': not the quote's own
    if carried and (it and (site.rtype != "states" or _body_said(ctx, site)) or _its_delegation(ctx, site)):
        # ("It says the council …": often a text, not a speaker; "Its delegation said …": the body's own delegation
        # speaks for it)
        bodies = [m for m in carried if m.kind != "person"]  # "Russia vetoed the draft. It accused …"
        if bodies:
            return _subject(site, bodies[:1], "pronoun-subject", _cx(ctx, "pronoun-subject"))
    lo = max(site.sent.ts, site.i - w)
    pron = [k for k in range(lo, site.i) if ctx.texts[k] in ctx.lex.w("subject_pronouns")]
    first = [k for k in range(lo, site.i) if ctx.texts[k] in ctx.lex.w("first_person_pronouns")]  # ("I" too)
    we = first and first[-1] >= max(pron, default=-1)
    if we and (speaker := _speaker_after_quote(ctx, site) or _quote_goes_on(ctx, site)):
        return _subject(site, speaker, "quoted-we")  # '"We condemn the attack," Zelensky said': not the last subject
    if pron and site.near_before is not None and site.near_before.ts > pron[-1]:
        return PASS  # "he said Moscow stood by …": the name after the pronoun is this verb's subject
    if pron and (speakers := _trailing_attribution(ctx, site, pron[-1])):
        return _subject(site, speakers, "pronoun-subject", _cx(ctx, "pronoun-subject"))
    if pron and pron[-1] == site.i - 1 > site.sent.ts + 1 and ctx.texts[site.i - 2] in (",", '"') and ctx.lang != "ar":
        carried = site.state.last_subject  # "The Houthis had not accepted the plan, he said": not the clause's own
        # ('"Turkey attacked our positions," he said': nor the quotation's)
    if pron and carried:
        if any(t.text in ctx.lex.w("singular_pronouns") for t in near):
            # "he expressed support": one of the people named before, the first (the clause's subject); none when
            # the subject before named no person ("The official told … mediation by the US. He said …": not the US)
            person = next((m for m in carried if m.kind == "person"), None)
            if person is None or speaks_quotation(ctx, site.i, person):
                return DONE  # '"He agreed. …," Bou Habib said': not the one who speaks
            carried = [person]
        elif len(carried) == 1 and carried[0].kind == "person":  # "they": not the one person named before
            carried = _plural_object(site, carried[0], pron[-1])
            if not carried:
                return PASS
        return _subject(site, list(carried), "pronoun-subject", _cx(ctx, "pronoun-subject"))
    return PASS


@construction("own-forces", "subject", langs=("ar",), nominal=False, before="owned_force_nouns")
def own_forces(ctx: Context, site: Site, emit) -> Outcome:
    """«وقال الجيش الإسرائيلي إن قواته استهدفت مواقع لحماس», «أعلنت الوزارة أن طائراتها قصفت …»: forces named with
    the speaker's pronoun (`owned_force_nouns`) right before the verb, after «إن»/«أن», act for the body that
    speaks (a person speaking for it names no forces of his own: none then)."""
    k = site.i - 1
    if k - 1 < site.sent.ts or ctx.texts[k] not in ctx.lex.w("owned_force_nouns"):
        return PASS
    if ctx.texts[k - 1] not in ctx.lex.complementizers:
        return PASS
    src = [m for m in (site.state.speakers or site.state.subjects_here) if actor(m) and m.kind != "person"]
    return _subject(site, src[:1], "own-forces") if src else PASS


def _body_said(ctx: Context, site: Site) -> bool:
    """ "The council met on Saturday. In a statement, it said …", '"…," it added': "it" right before a statement
    verb in the past tense stands for the body that was the subject before; a text speaks in the present ("It says
    the council will …", "it reads", `document_verbs`) and is no speaker."""
    return ctx.texts[site.i] not in ctx.lex.w("document_verbs")


def _its_delegation(ctx: Context, site: Site) -> bool:
    """ "Its delegation said …" opening an English sentence: the owner pronoun and a delegation noun right before
    the verb; the delegation of the body that was the subject before speaks for it."""
    k = site.i - 2
    if ctx.lang == "ar" or k != site.sent.ts or ctx.texts[k] not in ctx.lex.w("owner_pronouns"):
        return False
    return ctx.texts[k + 1] in ctx.lex.w("delegation_nouns")


def _trailing_attribution(ctx: Context, site: Site, pron: int) -> list[Ment]:
    """ "… U.S. officials said. After talks in Jeddah, the army and the RSF signed a declaration …, they said.": a
    speech verb after a comma and a pronoun that ends its sentence goes on with the speakers of the sentence
    before, not with the clause it reports (English)."""
    if ctx.lang == "ar" or site.rtype != "states" or not site.state.last_speakers:
        return []
    if pron != site.i - 1 or pron - 1 < site.sent.ts or ctx.texts[pron - 1] != ",":
        return []
    end = site.j + (site.j < site.sent.te and ctx.texts[site.j] in ctx.lex.w("verb_adverbs"))
    return list(site.state.last_speakers) if end >= site.sent.te or ctx.texts[end] in (".", "!") else []


def _plural_object(site: Site, person: Ment, pron: int) -> list[Ment]:
    """ "Trump hosted the leaders of Armenia and Azerbaijan, where they signed …": "they" are the two or more
    actors the sentence named after the one person before the pronoun, if it named them."""
    objs = [m for m in site.before if person.te <= m.ts < pron and actor(m) and not m.in_np]
    return objs if len({m.entity for m in objs}) >= 2 else []


@construction("relative-object", "subject", nominal=False)
def relative_object(ctx: Context, site: Site, emit) -> Outcome:
    """«الحركة، التي تتهمها كينشاسا والأمم المتحدة …»: the relative verb carries the antecedent as its object
    pronoun and names its own subject after it, so the antecedent is the target, not the agent."""
    if site.nominal:
        return PASS
    toks, i = ctx.toks, site.i
    k = i - 1
    if ctx.lang != "ar":
        return _relative_object_en(ctx, site, emit)
    if k < 0:
        return PASS
    stem, suffixes = site.trig.phrase.words[0], ctx.lex.any_of("pronoun_suffixes", "verb_object_suffixes")
    if not any(f.startswith(stem) and f[len(stem) :] in suffixes for f in toks[i].forms):
        return PASS
    if toks[k].text in (",", "،") or _what_clause(ctx, k):
        return _clause_object(ctx, site, emit, k)
    if toks[k].text not in ctx.lex.w("relative_who"):
        return PASS
    fa = site.first_after
    k2 = k - 1 if k >= 1 and toks[k - 1].text in (",", "،") else k
    antecedent = next((m for m in site.ments if m.te == k2 and actor(m)), None)
    if fa is None or antecedent is None or site.gap > 1:
        return PASS
    for s_ in group_with(ctx, site.ments, fa):
        emit(s_, antecedent, site.rtype, site.conf, site.trig.text, "relative-object")
    return DONE


@construction("attack-relative-agent", "subject", rtypes=("fights",), nominal=False, langs=("ar",))
def attack_relative_agent(ctx: Context, site: Site, emit) -> Outcome:
    """«أدانت قطر الغارات الإسرائيلية التي استهدفت مواقع لحزب الله», «الضربات التركية التي طالت …»: the relative
    verb after an attack noun and its demonym acts for that attack; the demonym's state is its subject (not the
    condemner before the noun, nor the name after the verb, its object). A verb carrying a pronoun («شنتها») has
    its own subject after it (relative-object)."""
    k = _attack_relative(ctx, site)
    if k < 0 or k == site.i or pronoun_suffix(ctx, ctx.toks[site.i], site.trig.phrase.words[0]):
        return PASS
    agent = next((m for m in site.ments if m.ts == k and m.role == "demonym"), None)
    if agent is None:
        return PASS
    return _subject(site, [agent], "attack-relative-agent")


def _what_clause(ctx: Context, k: int) -> bool:
    """«، وهو ما رفضته …», «، الأمر الذي أدانته …»: a relative that stands for the whole clause before
    (`clause_relatives`, or `relative_who` after one of `clause_nouns`)."""
    if ctx.texts[k] in ctx.lex.w("clause_relatives"):
        return True
    return k > 0 and ctx.texts[k] in ctx.lex.w("relative_who") and ctx.texts[k - 1] in ctx.lex.w("clause_nouns")


def _clause_object(ctx: Context, site: Site, emit, k: int) -> Outcome:
    """«وتشنّ القوات التركية غارات على مواقع الحزب، تدينها الحكومة العراقية», «تلوّح «إيكواس» بالتدخل، وهو ما
    رفضته باماكو»: a stance verb after a comma or «ما» with an object pronoun and its own subject is about the
    clause before: its subject (the first actor of the sentence when no relation found one) is the target."""
    fa, before = site.first_after, site.state.subjects_here
    if not before and ctx.texts[k] not in (",", "،"):
        lead = next((m for m in site.before if m.ts >= site.sent.ts and actor(m) and not m.in_np), None)
        lead = None if lead is None or lead.possessive else lead
        before = group_with(ctx, site.ments, lead) if lead is not None else []
    if site.rtype not in ("opposes", "supports") or fa is None or site.gap > 0 or not before:
        return PASS
    agr = next((m for m in reversed(site.view.starting_within(site.sent.ts, k)) if m.kind == "agreement"), None)
    if agr is not None and suffix_agrees(ctx, site.i, site.trig.phrase.words[0], agr):
        return PASS  # «رحّبت عُمان بخارطة الطريق، وأيّدها المبعوث»: the pronoun is the agreement (pronoun-agreement)
    head = ctx.toks[fa.np_start]  # («للحكومة السورية»: the name's phrase opens with the clitic, the state after)
    if head.text[:1] in ctx.lex.w("object_clitics") and len(head.forms) > 1 and _ba_clitic(ctx, fa):
        return PASS  # «، دعمها للجنة الدستورية»: "its support for the committee", a noun; no subject after it
    for s_ in group_with(ctx, site.ments, fa):
        for t in before:
            emit(s_, t, site.rtype, site.conf - 0.05, site.trig.text, "relative-object")
    return DONE


def _relative_object_en(ctx: Context, site: Site, emit) -> Outcome:
    """ "the Sudanese army, which Egypt backs, …", "the RSF, whom the UAE is accused of arming": the name
    between the relative pronoun and the verb is the agent, the antecedent before the comma its object."""
    toks, k = ctx.toks, site.i - 1
    while k > site.sent.ts and toks[k].text in ctx.lex.w("auxiliaries"):
        k -= 1  # "which Egypt has backed"
    if not site.before or site.before[-1].te != k + 1:
        return PASS
    agent = site.before[-1]
    r = agent.np_start - 1
    r -= r > site.sent.ts and ctx.texts[r] == "the"  # "the RSF, which the UAE backs"
    if r <= site.sent.ts or toks[r].text not in ctx.lex.w("relative_objects") or toks[r - 1].text != ",":
        return PASS
    antecedent = next((m for m in site.ments if m.te == r - 1 and (actor(m) or m.kind == "agreement")), None)
    if antecedent is None:
        return PASS
    k = site.j + (site.j < site.sent.te and ctx.texts[site.j] == "the")
    if any(actor(m) and m.np_start == k for m in site.after):
        return PASS  # "the M23, which Congo accuses Kigali of arming": the verb has an object of its own
    first = _left_group(ctx, site, antecedent)[0].np_start
    if antecedent.kind != "agreement" and first > 0 and ctx.texts[first - 1] in ctx.lex.w("topic_prepositions"):
        return DONE  # "wording on the status of Abkhazia, which his government wanted removed": the wording is meant
    agents = _left_group(ctx, site, agent)
    if antecedent.kind == "agreement" and site.j < site.sent.te and ctx.texts[site.j] in ctx.lex.w("with"):
        agents += coordinated_after(ctx, site.ments, site.j + 1, site.sent.te)  # "which Russia signed with Turkey"
    for s_ in agents:
        emit(s_, antecedent, site.rtype, site.conf, site.trig.text, "relative-object")
    return DONE


@construction("each-of", "subject", after="each_of")
def each_of(ctx: Context, site: Site, emit) -> Outcome:
    """«وقّعها كل من A وB», «بدعم كل من السعودية والأردن»: the list after «كل من» is who does it."""
    j = site.j
    if " ".join(ctx.texts[j : min(j + 2, site.sent.te)]) not in ctx.lex.w("each_of"):
        return PASS
    first = next((m for m in site.after if actor(m) and m.np_start - j <= 3), None)
    if first is None or _clause_subject_before(ctx, site):
        return PASS
    site.vso = True
    return _subject(site, _list_from(ctx, site, first), "each-of")


def _clause_subject_before(ctx: Context, site: Site) -> bool:
    """«قال المكتب إن غروندبرغ، التقى كل من A وB»: a name that opens the clause right before the verb (after
    «أن»/«إن» or at the sentence's start, a comma between allowed) is its subject; the list after is its object."""
    k = site.i - (site.i - 1 > site.sent.ts and ctx.texts[site.i - 1] in (",", "،"))
    subj = next((m for m in site.before if m.te == k and actor(m)), None)
    if subj is None:
        return False
    lead = subj.np_start - 1
    return lead < site.sent.ts or ctx.toks[lead].text in ctx.lex.w("each_of_complementizers")


@construction("speaker-participle", "subject", trigger_words="speaker_participles")
def speaker_participle(ctx: Context, site: Site, emit) -> Outcome:
    """«وقال الوزير إن …، مضيفاً أن …», «مؤكداً»: the participle's subject is the sentence's speaker."""
    if ctx.lex.w("speaker_participles").isdisjoint(ctx.toks[site.i].forms):
        return PASS
    if not site.state.subjects_here:
        return DONE  # no speaker in this sentence: not the nearest name before the participle
    # «طالب الجربا وفدَ الحكومة بالتوقيع …، مؤكداً أن …»: the speaker, else the subject of the first verb
    speaker = site.state.speakers or site.state.first_subjects
    return _subject(site, list(speaker), "speaker-participle") if speaker else DONE


def _list_from(ctx: Context, site: Site, first: Ment) -> list[Ment]:
    """A long list of parties: coordinated groups chained by «و», «،» and «علاوة على»/"as well as"."""
    out = group_with(ctx, site.ments, first)
    while True:
        k = out[-1].te
        while k < site.sent.te and not any(m.np_start == k or m.ts == k for m in site.ments) and k - out[-1].te < 4:
            if ctx.toks[k].text in (".", "؛", ";"):
                return out
            k += 1
        nxt = next((m for m in site.ments if (m.np_start == k or m.ts == k) and actor(m)), None)
        if nxt is None or nxt in out or k - out[-1].te >= 4:
            return out
        out += [m for m in group_with(ctx, site.ments, nxt) if m not in out]


@construction("on-behalf", "subject", rtypes=("agrees_with",))
def on_behalf(ctx: Context, site: Site, emit) -> Outcome:
    """«ووقّع الاتفاق عن الحكومة X، وعن المجلس Y», «كما وقّع عنها …»: each signatory
    and the side it signs for are parties; the signatory holds a role in a state, is a member of a body."""
    if site.rtype != "agrees_with" or site.nominal:
        return PASS
    j = site.j
    obj = next((m for m in site.after if m.np_start == j and m.kind == "agreement"), None)
    k = obj.te if obj is not None else j
    if _behalf_len(ctx, k) == 0 and _behalf_len(ctx, _past_aside(ctx, site, k)):
        k = _past_aside(ctx, site, k)  # «ووقّع الاتفاق، في مراسم مغلقة، عن …»
    if _behalf_len(ctx, k) == 0:
        return _signer_first(ctx, site, emit, k)
    agr = obj or _agreement_near(ctx, site)
    if agr is None:
        return PASS
    found: list[Ment] = []
    rel = relative_subject(ctx, site.ments, site.i) or []  # «شكري، الذي وقّع الاتفاقية عن الجانب المصري»
    proxy = ctx.texts[k] in ctx.lex.w("behalf_partners") or ctx.lasts[k] in ctx.lex.w("behalf_partners")
    nb = site.near_before
    if not rel and proxy and nb is not None and nb.kind == "person" and nb.te == site.i:
        rel = [nb]  # «وأسامة سعيد وقّع إنابة عن مؤتمر البجا»: the name before the verb signs for the side after
        return _proxy_segment(ctx, site, emit, agr, k, rel)
    while k < site.sent.te and (n := _behalf_len(ctx, k)):
        if k > site.j + 1 and ctx.texts[k] in ctx.lex.w("behalf_partners"):
            break  # «…، كما وقّع X نيابة عن …»: a name before «نيابة عن» signs for the side after (_signer_first)
        k, signed = _behalf_segment(ctx, site, emit, agr, k + n, [] if found else rel)
        found += signed
        stop, delegates = min(k + 2, site.sent.te), ctx.lex.w("delegate_nouns")
        while k < stop and (ctx.toks[k].text in (",", "،") or any(f in delegates for f in ctx.toks[k].forms)):
            k += 1  # «…، وعن المجلس …», «… وممثلون عن الجبهة»: the next side
        k = _past_nickname(ctx, site, k, signed)
    site.state.subjects_here = found
    return DONE


def _signer_first(ctx: Context, site: Site, emit, j: int) -> Outcome:
    """«ووقّع محمد داود نيابة عن حركة تحرير كوش», «ووقّع X إنابة عن مؤتمر البجا»: the verb's subject right after it
    (a name the knowledge base may not know), then «نيابة عن» / «إنابة عن» / «باسم» and the side: he signs the
    agreement last named for that side."""
    if ctx.lang != "ar" or j >= site.sent.te:
        return PASS
    person = next((m for m in site.after if m.np_start == j and m.kind == "person"), None)
    if person is None and not ctx.covered[j]:
        span = _discover_ar_name(ctx, j)
        if span is None or span[1] >= site.sent.te or _behalf_len(ctx, span[1]) == 0:
            return PASS
        person = _add_person(ctx, span, None)
        site.ments.append(person)
    if person is None:
        return PASS
    k = past_own_title(ctx, person, site.sent.te)
    proxy = k < site.sent.te and ctx.lasts[k] in ctx.lex.w("behalf_partners")
    if not proxy or _behalf_len(ctx, k) == 0:
        return PASS
    agr = _agreement_near(ctx, site) or last_agreement(ctx, site.i, int(_cx(ctx, "on-behalf", "proxy_window", 150)))
    if agr is None:  # (the signing a paragraph before: he signs «نيابة عن» a side, the same agreement)
        return PASS
    return _proxy_segment(ctx, site, emit, agr, k, [person])


def _proxy_segment(ctx: Context, site: Site, emit, agr: Ment, k: int, signers: list[Ment]) -> Outcome:
    """The signatories named before «نيابة عن» at k and the side named after it: both are parties; the signatory
    is a member of the side (holds a role in a state or in the body he heads)."""
    n = _behalf_len(ctx, k)
    side = next((m for m in site.ments if k + n <= m.ts and m.np_start <= k + n + 1 and actor(m)), None)
    c, trig = site.conf, site.trig.text
    for p in signers:
        emit(p, agr, "agrees_with", c, trig, "on-behalf")
        if side is not None:
            role = side.kind == "state" or heads_own_body(ctx, p, site.sent.te)
            emit(p, side, "holds_role_in" if role else "member_of", c - 0.1, trig, "on-behalf")
    if side is not None:
        emit(side, agr, "agrees_with", c, trig, "on-behalf")
    site.state.subjects_here = list(signers)
    return DONE


def _past_nickname(ctx: Context, site: Site, k: int, signed: list[Ment]) -> int:
    """Past a signatory's quoted nickname or aside up to the next side's «وعن» («… محمد حمدان دقلو «حميدتي»، وعن
    …»: only quotation marks, brackets, words and the signatory's own names between), else k."""
    if _behalf_len(ctx, k) or not signed:
        return k
    own = {m.entity for m in signed}
    for x in range(k, min(site.sent.te, k + 8)):
        if _behalf_len(ctx, x):
            return x
        other = any(m.ts == x and actor(m) and m.entity not in own for m in site.ments)
        if other or ctx.texts[x] in (".", "؛", ";", ":"):
            return k
    return k


def _behalf_len(ctx: Context, k: int) -> int:
    """Tokens of «عن»/«وعن»/«نيابة عن» at k (0 when none)."""
    for phrase in ctx.lex.w("behalf_words"):
        words = phrase.split()
        if ctx.texts[k : k + len(words)] == words:
            return len(words)
    return 0


def _agreement_near(ctx: Context, site: Site) -> Ment | None:
    """The agreement a signing verb without an object signs: «وقّعه», «كما وقّع …» — the one last named, else
    the next one in the sentence («وقّع … على الاتفاق»)."""
    before = last_agreement(ctx, site.i, int(_cx(ctx, "on-behalf", "window", 80)))
    return before or next((m for m in site.after if m.kind == "agreement"), None)


def _behalf_segment(
    ctx: Context, site: Site, emit, agr: Ment, k: int, rel: list[Ment] | None = None
) -> tuple[int, list[Ment]]:
    """One «عن SIDE SIGNATORY» segment from token k: emits, returns where it ends and who signed (with no
    signatory after the side, the antecedent `rel` of a relative verb: «X، الذي وقّع … عن الجانب المصري»)."""
    te, c, trig = site.sent.te, site.conf, site.trig.text
    side = next((m for m in site.ments if k <= m.ts and m.np_start <= k + 1 and actor(m)), None)
    start = side.te if side is not None else k
    w = _cx(ctx, "on-behalf", "signatory_window", 10)
    te = next((x for x in range(start, te) if _behalf_len(ctx, x)), te)  # the next side's «وعن» ends this one
    breaks = ctx.lex.w("clause_breaks")  # «…، فيما رفض الحزب …»: a new clause, whose names signed for no side
    te = next((x for x in range(start + 1, te) if ctx.texts[x] in breaks and ctx.texts[x - 1] in (",", "،")), te)
    own = side.entity if side is not None else None
    near = [m for m in site.ments if start <= m.ts < te and m.ts - start <= w and actor(m) and m.entity != own]
    people = [m for m in near if m.kind == "person"]
    first = people[0] if people else next((m for m in near if m.ts - start <= 5), None)
    if first is None:
        first = _unknown_signatory(ctx, site, start)
    signed = group_with(ctx, site.ments, first) if first is not None else list(rel or [])
    along = next((x for x in range(start, te) if ctx.texts[x] in (",", "،") and along_with(ctx, x)), te)
    signed = [p for p in signed if p.ts < along] or signed  # («…، إلى جانب X»: X signs beside him, for no side)
    for p in signed:
        emit(p, agr, "agrees_with", c, trig, "on-behalf")
        if side is not None and p.kind == "person":
            role = side.kind == "state" or heads_own_body(ctx, p, site.sent.te)  # «X، نائب قائدها»: a role in it
            emit(p, side, "holds_role_in" if role else "member_of", c - 0.1, trig, "on-behalf")
    if side is not None:
        emit(side, agr, "agrees_with", c, trig, "on-behalf")
    end = signed[-1].te if signed else start
    for body in _signed_along(ctx, site, end, te):  # «…، إلى جانب الحركة الشعبية، وحزب الأمة»
        emit(body, agr, "agrees_with", c, trig, "on-behalf")
    return end, signed or ([side] if side is not None else [])


def _signed_along(ctx: Context, site: Site, k: int, te: int) -> list[Ment]:
    """The bodies listed after a signatory and his aside by «إلى جانب» / "along with" (before the next side's
    «وعن», within `along_window` tokens), or the person named after his title there: they signed beside him."""
    w = int(_cx(ctx, "on-behalf", "along_window", 16))
    for x in range(k, min(te, k + w)):
        if ctx.texts[x] in (".", ";", "؛", ":"):
            return []
        start = along_with(ctx, x) if ctx.texts[x] in (",", "،") else 0
        first = next((m for m in ctx.ments.starting(start) if actor(m) and m.kind != "person"), None) if start else None
        if first is not None:
            return [m for m in group_with(ctx, site.ments, first) if actor(m)]
        if start:  # «…، إلى جانب مدير مكتب لجنة … في الحزب الشيوعي الصيني وانغ يي»: a person after his title
            after = (m for m in site.ments if start <= m.np_start and m.ts - start <= w and m.kind == "person")
            person = next(after, None)
            return group_with(ctx, site.ments, person) if person is not None else []
    return []


def _unknown_signatory(ctx: Context, site: Site, k: int) -> Ment | None:
    """«وعن المجلس الانتقالي ناصر الخبجي عضو هيئة رئاسته»: a name the knowledge base does not know, right after
    the side, followed by his title or the end of the clause."""
    span = _discover_ar_name(ctx, k) if k < site.sent.te and not ctx.covered[k] else None
    if span is None or span[1] >= site.sent.te:
        return None
    nxt = ctx.toks[span[1]]
    titled = ctx.lex.titles.match_at(ctx.toks, span[1]) or nxt.text in ctx.lex.w("member_nouns")
    if nxt.is_word and not titled:
        return None
    person = _add_person(ctx, span, None)
    site.ments.append(person)
    return person


@construction("verb-object-subject", "subject")
def verb_object_subject(ctx: Context, site: Site, emit) -> Outcome:
    """«ووقع الاتفاق عن الجانب الحكومي نائب رئيس الوزراء سالم ...»: verb, agreement, then its signatory."""
    fa, j = site.first_after, site.j
    if site.nominal or site.rtype not in ("agrees_with", "opposes", "supports") or fa is None:
        _carry(ctx, site)  # (most triggers: their object is not looked for)
        return PASS
    obj = next((m for m in site.after if m.np_start - j <= 1), None)
    if (
        obj is None
        or obj.kind != "agreement"
        or fa.np_start - obj.te > _cx(ctx, "verb-object-subject", "window", 6)
        or not (site.gap_before > 3 or (verb_initial(ctx, site.i, site.sent.ts) and site.gap_before > 0))
        or lifted(ctx, j, obj)  # «وطالب برفع حظر السلاح المفروض على الصومال»: the name after is not the caller
        or _sponsor_after(ctx, obj.te, fa.np_start)
    ):
        _carry(ctx, site)
        return PASS
    src = group_with(ctx, site.ments, fa)
    for s_ in src:
        emit(s_, obj, site.rtype, site.conf, site.trig.text, "verb-object-subject")
    if not in_relative_clause(ctx, site.i, site.sent.ts):  # «القرار، الذي صاغته واشنطن …، كما يطالب»
        site.state.subjects_here = src
    return DONE


def _sponsor_after(ctx: Context, lo: int, hi: int) -> bool:
    """Between the agreement and the actor after it, a word of sponsoring or mediating («ووقع الاتفاق برعاية مصر»,
    «بوساطة من قطر», `sponsor_words`) or «من» right after the agreement («وافق على اقتراح من إيغاد»,
    `object_source_words`): the actor proposed or sponsored it; he is not the verb's subject."""
    if hi == lo + 1 and ctx.texts[lo] in ctx.lex.w("object_source_words"):  # (not «ووقع المذكرة كل من X»)
        return True
    sponsors = ctx.lex.w("sponsor_words")
    return any(ctx.texts[k] in sponsors for k in range(lo, hi))


def _carry(ctx: Context, site: Site) -> None:
    """Arabic drops the subject after the first clause: the subject carried from before, or the pair a dual
    verb needs («القوات المسلحة وقوات الدعم السريع ... ما اتفقا عليه»)."""
    carried = site.state.subjects_here or site.state.last_subject
    if site.rtype == "states" and site.state.speakers:
        carried = site.state.speakers  # «قال X إن الجزائر تدعم …، وأضاف أن …»: X goes on, not Algeria
    vi = verb_initial(ctx, site.i, site.sent.ts)
    site.prior_subjects = [m for m in carried if m.kind == "person"] if vi else []
    if dual_verb(ctx.toks[site.i]) and site.gap > 1:
        nb = site.near_before
        pair = _left_group(ctx, site, nb) if nb is not None and site.gap_before <= 12 else []
        if len(pair) != 2:
            pair = _met_pair(ctx, site, carried) or _last_pair(ctx, site.i) or []
        if len(pair) == 2:
            carried = pair
    elif len(carried) == 1 and site.j < site.sent.te and ctx.texts[site.j] in ctx.lex.w("with_pronouns"):
        carried = _met_pair(ctx, site, carried) or _met_before(ctx, site, carried) or carried  # «…، وبحث معه»
    site.carried = list(carried)


def _met_before(ctx: Context, site: Site, carried: list[Ment]) -> list[Ment]:
    """«استقبل عون المبعوث الأميركي هوكستين في بيروت. وبحث معه …»: «معه» right after the verb that opens the next
    sentence is the one the subject met in the sentence before (a meeting verb there, and one other actor named
    after the subject); else []."""
    s = carried[0]
    if site.i > site.sent.ts + 1 or not site.sent.ts or s.ts >= site.sent.ts:
        return []
    start = sentence_start(ctx, site.sent.ts - 1)
    if s.ts < start:
        return []
    starts, hits = ctx.trigger_hits
    kinds = ctx.lex.w("met_pair_types")
    window = starts[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, s.ts)]
    if not any(hits[k][0].label in kinds for k in window):
        return []  # (the meeting verb before its subject: «استقبل X Y», «التقى X Y»)
    after = ctx.ments.ending_within(s.te, site.sent.ts)
    others = {m.entity: m for m in after if m.ts >= s.te and actor(m) and not m.in_np and m.entity != s.entity}
    return [s, *others.values()] if len(others) == 1 else []


def _met_pair(ctx: Context, site: Site, carried: list[Ment]) -> list[Ment]:
    """«استقبل السوداني الوزير التركي، وبحثا …»: after a meeting verb of the sentence (`met_pair_types`), a dual
    verb (or «وبحث معه») with no subject of its own has the one who met and the actor he met, named last before
    it (the object a coreference found, so not in the verb's subject list)."""
    nb = site.near_before
    if len(carried) != 1 or nb is None or not actor(nb) or nb.in_np or nb.entity == carried[0].entity:
        return []
    if nb.ts < carried[0].te or nb.ts < site.sent.ts or site.gap_before > 3:
        return []
    kinds, s = ctx.lex.w("met_pair_types"), carried[0]
    met = any(f.rtype in kinds and not f.phrase.nominal and f.i < nb.ts and not s.ts <= f.i < s.te for f in site.found)
    partner = s.ts >= site.sent.ts and ctx.texts[nb.np_start - 1] in ctx.lex.w("with")  # «ناقشها مع X خلال لقائهما»
    met = met or partner
    return [carried[0], nb] if met else []


@construction("fronted-destination", "subject", rtypes=("visits",), langs=("ar",), nominal=False)
def fronted_destination(ctx: Context, site: Site, emit) -> Outcome:
    """«وصل إلى الرياض أمس الرئيس اليمني علي عبدالله صالح», «ووصل إلى بيروت مساء الثلاثاء الموفد الأمريكي X»: a
    verb of arriving that opens its clause, then where (right after its preposition), an optional time, then
    the subject: the subject visits the place."""
    j, preps = site.j, ctx.lex.location_prepositions
    if site.trig.phrase.words[-1] not in preps:
        j += j < site.sent.te and ctx.texts[j] in ("إلى", "الى", "الي")  # «وصل» + «إلى»
    if j == site.j and site.trig.phrase.words[-1] not in preps or not verb_initial(ctx, site.i, site.sent.ts):
        return PASS
    where = next((m for m in ctx.ments.starting(j) if m.kind in ("place", "state")), None)
    if where is None:
        return PASS
    k, times = where.te, ctx.lex.w("time_adverbs")
    while k < site.sent.te and k - where.te < 4 and ctx.texts[k] in times:
        k += 1
    who = next((m for m in site.after if m.np_start == k and actor(m) and m.kind != "agreement"), None)
    if who is None:
        return PASS
    for m in group_with(ctx, site.ments, who):
        emit(m, where, "visits", site.conf + _cx(ctx, "fronted-destination"), site.trig.text, "fronted-destination")
    return DONE


def _after_preposition(ctx: Context, m: Ment) -> bool:
    """A name that a preposition governs, right after it or after one noun («أمام الجمعية العامة», «في اجتماع
    مجلس الأمن», «مع ممثلي الاتحاد الأوروبي»; `governing_prepositions`)."""
    preps, k = ctx.lex.w("governing_prepositions"), m.np_start - 1
    if k < 0:
        return False
    if ctx.texts[k] in preps:
        return True
    return k >= 1 and ctx.texts[k - 1] in preps and ctx.toks[k].is_word and not ctx.covered[k]


@construction("coordinated-clause-subject", "subject", langs=("ar",), nominal=False)
def coordinated_clause_subject(ctx: Context, site: Site, emit) -> Outcome:
    """«وألقى الرئيس الصومالي كلمة أمام الجمعية العامة، وطالب بـ…», «وشارك الوزير في اجتماع مجلس الأمن، ودعا إلى
    …»: a verb glued to «و» after a comma, with no name right after it, goes on with the subject of the verb that
    opens the sentence; the name right before it is a preposition's object, not a subject."""
    i, ts, nb = site.i, site.sent.ts, site.near_before
    if i < ts + 3 or ctx.texts[i - 1] not in (",", "،") or ctx.toks[i].text[:1] != "و" or nb is None:
        return PASS
    if (site.gap == 0 and actor(site.first_after)) or not _after_preposition(ctx, nb):
        return PASS
    first = next((m for m in site.before if actor(m) and m.kind != "agreement"), None)
    if first is None or first is nb or first.np_start - ts > 2 or _after_preposition(ctx, first):
        return PASS  # (the sentence opens with its verb, then the subject)
    return _subject(site, group_with(ctx, site.ments, first), "coordinated-clause-subject")


@construction("call-verb", "subject", trigger_words="call_verbs")
def call_verb(ctx: Context, site: Site, emit) -> Outcome:
    """«ودعت مجلس الأمن إلى ...»: the one who called is the subject before, not the one called on."""
    if _calling(ctx, site.i) and ctx.toks[site.i].text[:1] in ("و", "ف") and site.carried:
        if site.i == site.sent.ts and site.gap == 0 and not site.state.subjects_here:
            return PASS  # «وطالبت قطر بتطبيق الاتفاق.»: a sentence that opens with the verb names its subject
        if verb_initial(ctx, site.i, site.sent.ts):
            return _subject(site, site.carried, "call-verb")
    return PASS


@construction("accused-object", "subject", langs=("ar",), trigger_words="accusation_words", nominal=False)
def accused_object(ctx: Context, site: Site, emit) -> Outcome:
    """«ودانت الحكومة الصومالية الهجوم، واتهمت حركة الشباب بقتل مدنيين»: an accusation verb needs the accused as
    its object, so one actor right after it and then the charge («بـ…») is the accused; the subject is dropped
    and carried from before (two actors before the charge, «واتهمت إسرائيل حماس بخرق …», name their own)."""
    verb = ctx.texts[site.i]
    if verb[:1] not in ("و", "ف") or verb[1:] not in ctx.lex.w("accusation_words") or not site.carried:
        return PASS  # («واتهمها»: the accused is the verb's own pronoun)
    fa = site.first_after
    if fa is None or site.gap != 0 or not actor(fa) or not verb_initial(ctx, site.i, site.sent.ts):
        return PASS
    accused = group_with(ctx, site.ments, fa)
    k = max(m.te for m in accused)
    if k >= site.sent.te or not ctx.texts[k].startswith("ب") or not ctx.toks[k].is_word or ctx.ments.starting(k):
        return PASS
    carried = [m for m in site.carried if m.entity not in {a.entity for a in accused}]
    return _subject(site, carried, "accused-object", _cx(ctx, "dropped-subject")) if carried else PASS


@construction("participle-agent", "subject", trigger_words="agent_participles")
def participle_agent(ctx: Context, site: Site, emit) -> Outcome:
    """«إيران الداعمة لحزب الله», «روسيا الداعمة للنظام»: a definite active participle (`agent_participles`)
    right after a name describes it; that name backs what follows, not the sentence's subject."""
    if ctx.lasts[site.i] not in ctx.lex.w("agent_participles") or not definite(ctx, ctx.toks[site.i]):
        return PASS
    nb = site.near_before
    comma = nb is not None and nb.te == site.i - 1 and ctx.texts[site.i - 1] in (",", "،")
    if nb is None or not (nb.te == site.i or comma):
        return DONE  # «الدول الداعمة للاتفاق»: the one described is not named
    site.vso = False  # («إيران، الداعمة للحوثيين،»: an apposition between commas describes the name too)
    return _subject(site, [nb], "participle-agent")


@construction("suffix-relative", "subject", langs=("ar",), nominal=False)
def suffix_relative(ctx: Context, site: Site, emit) -> Outcome:
    """«فصائل سورية تدعمها تركيا», «ميليشيات تدعمها الإمارات», «لجنة تدعمها الأمم المتحدة»: after an indefinite
    noun Arabic drops the relative pronoun; the verb's attached pronoun is its object (the noun before) and the
    name right after the verb is its subject. The name before is the object only when it is the noun itself (an
    actor, not an adjective such as «سورية»); a noun no name stands for gives nothing."""
    tok, first = ctx.toks[site.i], site.first_after
    if first is None or first.np_start != site.j or not actor(first) or site.i <= site.sent.ts:
        return PASS
    lead = ctx.toks[first.np_start]
    if lead.text[:1] in ("ل", "ب") and len(lead.forms) > 1:
        return PASS  # «أكدت مصر دعمها للجيش السوداني»: a noun and its object, no subject after a verb
    if tok.text[:1] in ("و", "ف") and len(tok.forms) > 1 or not ctx.toks[site.i - 1].is_word:
        return PASS  # «والتقاه السيسي»: a new clause, whose pronoun is the sentence's subject
    if not pronoun_suffix(ctx, tok, site.trig.phrase.words[0]) or ctx.texts[site.i - 1] in ctx.lex.complementizers:
        return PASS
    obj = site.near_before if site.near_before is not None and site.near_before.te == site.i else None
    if obj is not None and (obj.role == "demonym" or obj.topic or _noun_adjective(ctx, obj)):
        obj = None
    src = group_with(ctx, site.ments, first)
    for s_ in src if obj is not None else ():
        if s_.entity != obj.entity:
            emit(s_, obj, site.rtype, site.conf + _cx(ctx, "suffix-relative"), site.trig.text, "suffix-relative")
    return DONE


def _noun_adjective(ctx: Context, m: Ment) -> bool:
    """«فصائل سورية», «لجنة سورية»: a state's name that follows an indefinite noun is its adjective ("Syrian")."""
    k = m.np_start - 1
    if m.kind != "state" or k < 0 or not ctx.toks[k].is_word or ctx.ments.ending(k + 1):
        return False
    w = ctx.texts[k]
    return not w.startswith("ال") and w not in ctx.lex.complementizers and w not in ctx.lex.w("prepositions")


@construction(
    "reception", "subject", rtypes=("meets",), langs=("ar",), trigger_words="reception_nouns", before="reception_frames"
)
def reception(ctx: Context, site: Site, emit) -> Outcome:
    """«وكان في استقباله لدى وصوله إلى المطار الرئيس بشار الأسد», «وكان وزير الخارجية فيصل المقداد في استقبال
    نظيره الإماراتي», «وكان في استقبال الرئيس لدى وصوله X»: "was there to receive him/Y" names the host before «في»
    or after the guest and an arrival aside («لدى وصوله إلى …»); the guest is the attached pronoun's person (the
    subject carried from before) or the person named right after the noun. People only: «في استقبال اللاجئين»
    receives no one who meets."""
    tok = ctx.toks[site.i]
    if ctx.lex.w("reception_nouns").isdisjoint(tok.forms) or ctx.texts[site.i - 1] not in ctx.lex.w("reception_frames"):
        return PASS
    if pronoun_suffix(ctx, tok, site.trig.phrase.words[0]):  # (who arrived in the sentence of his visit)
        guests, k = (site.state.visitors or [m for m in site.carried if m.kind == "person"])[:1], site.j
    else:
        first = site.first_after
        if first is None or first.kind != "person" or first.np_start > site.j + 2:
            return PASS
        guests, k = [first], first.te
    nb, k0 = site.near_before, site.i - 1
    while k0 > site.sent.ts and ctx.texts[k0 - 1] in ctx.lex.w("was_words"):
        k0 -= 1  # «وكان المقداد كان في استقبال …»
    hosts = _left_group(ctx, site, nb) if nb is not None and nb.te == k0 else []
    if not hosts:
        k = _past_reception_venue(ctx, site, _past_arrival(ctx, site, k))
        host = next((m for m in site.after if m.np_start >= k and actor(m)), None)
        hosts = [host] if host is not None and host.np_start - k <= 2 else _titled_hosts(ctx, site, k)[:1]
        hosts += _titled_hosts(ctx, site, hosts[0].te, "و") if hosts else []
    hosts = [h for h in hosts if h.kind == "person" and all(h.entity != g.entity for g in guests)]
    if not (guests and hosts):
        return PASS
    for h in hosts:
        for g in guests:
            emit(h, g, "meets", site.conf + _cx(ctx, "reception"), site.trig.text, "reception")
    return DONE


def _past_reception_venue(ctx: Context, site: Site, k: int) -> int:
    """Past «بمطار جوبا الدولي»، «في القصر الرئاسي» (`reception_venues`, then the venue's name, places and
    adjectives, up to a title, a name that is not a place or a comma, and the comma): where the host's name or
    title starts; k when no venue is named there."""
    toks, end = ctx.toks, min(site.sent.te, k + 7)
    if k >= end or ctx.lex.w("reception_venues").isdisjoint(toks[k].forms):
        return k
    k0, k = k, k + 1
    while k < end and toks[k].is_word and not ctx.lex.titles.match_at(toks, k):
        at = next((m for m in site.after if k in (m.np_start, m.ts)), None)
        if at is not None and at.kind != "place":
            break
        k = at.te if at is not None else k + 1
    if k < site.sent.te and toks[k].text in (",", "،"):
        return k + 1
    return k if k < end and (not toks[k].is_word or ctx.lex.titles.match_at(toks, k) or ctx.covered[k]) else k0


def _titled_hosts(ctx: Context, site: Site, k: int, joined: str = "") -> list[Ment]:
    """«وكان في استقباله … مستشار الرئيس توت قلواك ووزير الخارجية مييك دينق»: the people a title starting at k
    introduces (after «و» when `joined`), and those of the titles joined to it by «و» right after each name."""
    hosts: list[Ment] = []
    while k < site.sent.te and ctx.texts[k].startswith(joined):
        t = next((t for t in ctx.titles if t.ts == k and t.person is not None and t.person.ts >= t.te), None)
        if t is None or t.person is None or t.person.ts - t.te > 1:
            break
        hosts.append(t.person)
        k, joined = t.person.te, "و"
    return hosts


def _past_arrival(ctx: Context, site: Site, k: int) -> int:
    """Past «لدى وصوله إلى مطار دمشق الدولي», «فور وصولها» (`arrival_openers` + `arrival_nouns`, then the places
    and prepositions of where he arrived): where the clause goes on; k when no arrival aside starts there."""
    toks, end = ctx.toks, site.sent.te
    if not (k + 1 < end and toks[k].text in ctx.lex.w("arrival_openers")):
        return k
    if ctx.lex.w("arrival_nouns").isdisjoint(toks[k + 1].forms):
        return k
    k, stop = k + 2, min(end, k + 12)
    where = ctx.lex.w("location_prepositions")
    while k < stop:
        at = next((m for m in site.after if k in (m.np_start, m.ts)), None)
        if at is not None and at.kind != "place" and toks[k - 1].text not in where:
            break  # the first name that is not where he arrived
        k = at.te if at is not None else k + 1
    return k


@construction("received-guest-visit", "subject", rtypes=("visits",), langs=("ar",), nominal=True)
def received_guest_visit(ctx: Context, site: Site, emit) -> Outcome:
    """«استقبل الرئيس X اليوم بمكتبه Y خلال زيارته لجوبا»: the visit whose pronoun follows the object of a verb
    of hosting (`host_verbs`) earlier in the sentence is the guest's (the first person named after the host),
    not the host's."""
    tok = ctx.toks[site.i]
    his = tok.text.endswith(tuple(ctx.lex.w("his_suffixes")))
    if not site.nominal or not (his or pronoun_suffix(ctx, tok, site.trig.phrase.words[0])):
        return PASS
    hosting = ctx.lex.w("guest_host_verbs")
    earlier = [f for f in site.found[: site.n_trig] if f.i >= site.sent.ts]
    verb = next((f for f in reversed(earlier) if not hosting.isdisjoint(ctx.toks[f.i].forms)), None)
    hosts = site.state.subjects_here
    if verb is None or not hosts:
        return PASS
    guests = [
        m
        for m in site.ments
        if verb.j <= m.ts and m.te <= site.i and m.kind == "person" and all(m.entity != h.entity for h in hosts)
    ]
    if not guests:
        return PASS
    return _subject(site, guests[:1], "received-guest-visit", _cx(ctx, "pronoun-agent"))


@construction("praised-signers", "subject", rtypes=("agrees_with",), langs=("ar",), nominal=True)
def praised_signers(ctx: Context, site: Site, emit) -> Outcome:
    """«هنأ الأمين العام A وB على توقيع الاتفاق», «أشاد المبعوث بالطرفين على التوصل إلى اتفاق»: the actors a verb of
    praise (`praise_verbs`) names right before «على» and a noun of signing or reaching signed or reached it; the one
    who praises did not. Not the owner of another noun («أشاد بجهود قطر على …»: Qatar's efforts). Arabic; English
    "congratulated A and B on signing" has its subject already."""
    k = site.i - 1
    if k <= site.sent.ts or ctx.texts[k] not in ("على", "علي"):
        return PASS
    last = next((m for m in site.ments if m.te == k and actor(m)), None)
    if last is None:
        return PASS
    group = [m for m in group_with_left(ctx, site.ments, last) if actor(m)]
    start, praise = min(m.np_start for m in group), ctx.lex.w("praise_verbs")
    if ctx.texts[start - 1][:1] in "بل" and not ctx.ments.ending(start):
        return PASS  # («أشاد بجهود قطر على توقيع الاتفاق»: the owner of the efforts)
    if not any(not praise.isdisjoint(ctx.toks[x].forms) for x in range(max(site.sent.ts, start - 10), start)):
        return PASS
    return _subject(site, group, "praised-signers")


@construction("pronoun-agent", "subject", nominal=True)
def pronoun_agent(ctx: Context, site: Site, emit) -> Outcome:
    """«ولقائه الرئيس بوتين», «زيارته لموسكو»: the attached pronoun is the agent."""
    if not site.nominal or ctx.texts[site.i - 1] in ctx.lex.w("passive_light_verbs"):
        return PASS  # «الاتفاق الذي تم توقيعه بين A وB»: "which was signed", the pronoun is what was signed
    tok, possessed = ctx.toks[site.i], ctx.lex.w("possessed_agreements")  # «اتفاقهما على …»: 'their agreeing on'
    if pronoun_suffix(ctx, tok, site.trig.phrase.words[0]) or not possessed.isdisjoint(tok.forms):
        nb = site.near_before  # «واصل الطيران الإسرائيلي غاراته»: "its raids" after the verb's own subject
        own = [nb] if nb is not None and nb.te == site.i and nb.ts > site.sent.ts and actor(nb) else []
        if own and nb in site.state.subjects_here:  # «وأعلنت حركتا حماس والجهاد رفضهما»: all the verb's subjects
            own = list(site.state.subjects_here)
        agent = own or _cause_owner(ctx, site) or site.carried or _his_agent(ctx, site) or _their_agent(ctx, site)
        if agent and not _one_man_for_them(ctx, site, agent):
            return _subject(site, agent, "pronoun-agent", _cx(ctx, "pronoun-agent"))
    pronoun = site.j < site.sent.te and ctx.toks[site.j].text in ctx.lex.w("possessive_pronouns")
    if site.carried and pronoun:  # «في أول زيارة له إلى العراق»: "a visit of his"
        return _subject(site, site.carried, "pronoun-agent", _cx(ctx, "pronoun-agent"))
    return PASS


def _cause_owner(ctx: Context, site: Site) -> list[Ment]:
    """«وانتقدت واشنطن إيران بسبب دعمها للحوثيين», «أدان المجلس رواندا على خلفية دعمها هجوماً لـ…»: the pronoun
    of a noun after a preposition of cause (`prepositions`, «على خلفية»: `cause_nouns`) right after the verb's
    object stands for that object, the one blamed, not the verb's subject (Arabic)."""
    i, ts = site.i, site.sent.ts
    if ctx.lang != "ar" or i - 2 < ts:
        return []
    k = i - 1
    if ctx.texts[k] in ctx.lex.w("cause_nouns"):
        k -= ctx.texts[k - 1] in ctx.lex.w("prepositions")
    elif ctx.texts[k] not in ctx.lex.w("prepositions"):
        return []
    obj = next((m for m in reversed(site.before) if m.te <= k and m.ts > ts), None)
    if obj is None or not actor(obj) or k - obj.te > 10 or any(ctx.ments.starting(x) for x in range(obj.te, k)):
        return []  # («أدان المجلس رواندا، أمس الجمعة، للمرة الأولى على خلفية دعمها»: a time between)
    if any(m.entity == obj.entity for m in site.state.subjects_here):
        return []
    verb = verb_ending_at(ctx, obj.np_start, ts)
    if verb is None:  # (the verb, its subject, then the object: «انتقدت واشنطن إيران»)
        subj = site.state.subjects_here
        verb = verb_ending_at(ctx, subj[0].np_start, ts) if subj and subj[-1].te == obj.np_start else None
    return [obj] if verb is not None and verb[0].label in ("opposes", "fights") else []


def _one_man_for_them(ctx: Context, site: Site, agent: list[Ment]) -> bool:
    """«شكر الرئيس قادة المنطقة على دعمهم للجيش»: "their support" (`their_suffixes`) is never one man's."""
    return (
        len(agent) == 1
        and agent[0].kind == "person"
        and ctx.toks[site.i].text.endswith(tuple(ctx.lex.w("their_suffixes")))
    )


def _their_agent(ctx: Context, site: Site) -> list[Ment]:
    """«أعلن الجيش وقوات الدعم السريع، في بيان مشترك صدر عن الوساطة السعودية الأميركية، موافقتهما على هدنة»:
    "their approval" (`their_suffixes`) after a verb with two or more subjects is theirs, not the nearest name's."""
    if not ctx.toks[site.i].text.endswith(tuple(ctx.lex.w("their_suffixes"))):
        return []
    subjects = site.state.subjects_here
    return list(subjects) if len(subjects) >= 2 and all(m.te <= site.i for m in subjects) else []


def _his_agent(ctx: Context, site: Site) -> list[Ment]:
    """«غادر غوتيريش ليبيا بعد لقائه حفتر»: "his meeting" after a verb that is no trigger (nothing carried):
    the first person the sentence names before it, for a masculine pronoun (`his_suffixes`)."""
    if not ctx.toks[site.i].text.endswith(tuple(ctx.lex.w("his_suffixes"))):
        return []
    return [m for m in site.before if m.kind == "person" and not m.in_np and m.ts >= site.sent.ts][:1]


@construction("kind-adjective-support", "subject", rtypes=("supports", "fights"), nominal=True)
def kind_adjective_support(ctx: Context, site: Site, emit) -> Outcome:
    """«دعم موسكو الجوي على جبهة شمال حلب»: "Moscow's air support" — Moscow gives it, where it lands."""
    fa = site.first_after
    if not (site.nominal and site.rtype in ("supports", "fights") and site.gap == 0 and fa.kind == "state"):
        return PASS
    if not (fa.te < site.sent.te and ctx.toks[fa.te].text in ctx.lex.w("kind_adjectives")):
        return PASS
    k, w = fa.te + 1, _cx(ctx, "kind-adjective-support", "window", 6)
    kinds = ("place", "state", "armed_group", "organization")
    where = next((m for m in site.ments if k <= m.ts <= k + w and m.kind in kinds), None)
    if where is not None and where.entity != fa.entity:
        c = site.conf + _cx(ctx, "kind-adjective-support")
        emit(fa, where, site.rtype, c, site.trig.text, "kind-adjective-support")
    site.state.subjects_here = [fa]
    return DONE


@construction("delegates-of-pair", "subject", rtypes=_SYMMETRIC, langs=("en",))
def delegates_of_pair(ctx: Context, site: Site, emit) -> Outcome:
    """ "Russian and Ukrainian delegations held direct talks", "Armenian and Azerbaijani diplomats met", "the US
    and Ukrainian delegations": the people of two or three sides named by their adjectives (`signer_delegates`
    right before the verb) act for those sides."""
    k, held = site.i - 1, ctx.lex.w("talks_holding")
    while site.nominal and k > site.i - 4 and ctx.texts[k] in held:
        k -= 1  # "delegations held direct talks", "resumed a round of talks"
    if k <= site.sent.ts or ctx.texts[k] not in ctx.lex.w("signer_delegates"):
        return PASS
    last = next((m for m in ctx.ments.ending(k) if m.kind in ACTOR_KINDS and not m.located), None)
    grp = _left_group(ctx, site, last) if last is not None else []
    if not 2 <= len(grp) <= 3 or len({m.entity for m in grp}) < len(grp):
        return PASS
    return _subject(site, grp, "delegates-of-pair")


@construction(
    "purpose-meeting",
    "subject",
    rtypes=("meets", "negotiates_with"),
    langs=("ar",),
    needs="purpose_meetings",
    nominal=True,
)
def purpose_meeting(ctx: Context, site: Site, emit) -> Outcome:
    """«وصل زيلينسكي إلى إسطنبول للقاء الرئيس التركي», «توجه بلينكن إلى القاهرة للقاء السيسي»: a meeting noun of
    purpose («لـ», `purpose_meetings`) after a verb of travel is the traveller's, and whom it names right after is
    met (not its agent, as after a bare «لقاء»); «وصل وفد روسي إلى أبوظبي لبحث تبادل الأسرى مع الجانب الأوكراني»:
    talks of purpose are the traveller's with whom «مع» names past their object."""
    grp, fa = site.state.subjects_here, site.first_after
    travel = any(f.rtype == "visits" and f.i < site.i for f in site.found)
    if site.rtype == "negotiates_with":
        return _purpose_talks(ctx, site, emit) if travel and 1 <= len(grp) <= 3 else PASS
    if ctx.toks[site.i].text not in ctx.lex.w("purpose_meetings"):
        return PASS
    if not (travel and 1 <= len(grp) <= 3 and fa is not None and site.gap == 0 and actor(fa) and fa not in grp):
        return DONE  # «أكد رفضه للقاء حميدتي», «الاستعداد للقاء مع …»: a meeting refused or planned, no trip's purpose
    for a in grp:
        if a.entity != fa.entity:
            emit(a, fa, "meets", site.conf + _cx(ctx, "purpose-meeting"), site.trig.text, "purpose-meeting")
    return DONE


def _purpose_talks(ctx: Context, site: Site, emit) -> Outcome:
    """«لبحث تبادل الأسرى مع الجانب الأوكراني» after a verb of travel: the partner after «مع», within six words."""
    tok = ctx.toks[site.i]
    if not (tok.text.startswith("ل") and len(tok.forms) > 1):
        return PASS
    withs = ctx.lex.w("with")
    k = next((x for x in range(site.j, min(site.sent.te, site.j + 6)) if ctx.texts[x] in withs), -1)
    # («مع وفد الحوثيين», «مع المسؤولين المصريين»: past one word for the side's people)
    near = [m for x in range(k + 1, min(site.sent.te, k + 3)) for m in ctx.ments.starting(x)] if k >= 0 else []
    partner = next((m for m in near if actor(m)), None)
    if partner is None:
        return PASS
    for a in site.state.subjects_here:
        if a.entity != partner.entity:
            c = site.conf + _cx(ctx, "purpose-meeting")
            emit(a, partner, "negotiates_with", c, site.trig.text, "purpose-meeting")
    return DONE


@construction("call-of-subjects", "subject", rtypes=("phones",), nominal=True)
def call_of_subjects(ctx: Context, site: Site, emit) -> Outcome:
    """ "Ruto and Museveni discussed the Sudan crisis in a phone call", «بحث بوتين وأردوغان اتفاق الحبوب في اتصال
    هاتفي»: a call the clause's verb was said in, with no partner of its own after it, is between the verb's two
    or three subjects (not the name that ends its object)."""
    grp, toks = site.state.subjects_here, ctx.toks
    k = site.i - 1
    k -= k > site.sent.ts and toks[k].text in ctx.lex.w("articles")  # "in a phone call"
    if not (2 <= len(grp) <= 3) or k <= site.sent.ts or toks[k].text not in ctx.lex.w("call_openers"):
        return PASS
    withs = ctx.lex.w("with_words")
    if site.trig.phrase.words[-1] in withs or site.j < site.sent.te and toks[site.j].text in withs:
        return PASS  # "in a phone call with Macron": the partner follows
    for a, b in pairs(grp):
        emit(a, b, "phones", site.conf + _cx(ctx, "call-of-subjects"), site.trig.text, "call-of-subjects")
    return DONE


@construction("pair-compound", "subject", rtypes=("meets", "phones", "negotiates_with"), nominal=True)
def pair_compound(ctx: Context, site: Site, emit) -> Outcome:
    """ "the Saudi-Houthi talks", "US-Iran indirect talks", "the Putin-Erdogan meeting", «المفاوضات الروسية
    الأوكرانية», «القمة الروسية التركية»: the names joined by a dash before the noun, or the demonyms right after
    it (Arabic), are the sides of the talks, meeting or call."""
    grp = _compound_sides(ctx, site)
    if len(grp) < 2 or len({m.entity for m in grp}) < len(grp):
        return PASS
    c = site.conf + _cx(ctx, "pair-compound")
    for a, b in pairs(grp):
        emit(a, b, site.rtype, c, site.trig.text, "pair-compound")
        if site.rtype == "negotiates_with" and a.kind == b.kind == "person":
            emit(a, b, "meets", c - 0.05, site.trig.text, "pair-compound")  # "the Putin-Erdogan talks"
    site.state.subjects_here = grp
    return DONE


def _compound_sides(ctx: Context, site: Site) -> list[Ment]:
    """The actors a dash compound before the trigger names (past up to two lower-case words: "indirect", "peace"),
    or, in Arabic, the two or three demonyms right after it; [] when there is none."""
    toks = ctx.toks
    if ctx.lang == "ar":
        found: list[Ment] = []
        k = site.j
        while len(found) < 3 and (m := next((x for x in ctx.ments.starting(k) if x.role == "demonym"), None)):
            found, k = [*found, m], m.te
        return found
    k = site.i
    lo = max(site.i - 2, site.sent.ts)  # (not before the sentence: "negotiat…" opening a text)
    while k > lo and toks[k - 1].is_word and not ctx.capitalized(k - 1) and toks[k - 1].text != "the":
        k -= 1
    out: list[Ment] = []
    while (m := next((x for x in ctx.ments.ending(k) if _sides_kind(x) and x.ts >= site.sent.ts), None)) is not None:
        out.insert(0, m)
        if m.ts < 1 or toks[m.ts - 1].text not in ("-", "–"):
            break
        k = m.ts - 1
    return out


def _sides_kind(m: Ment) -> bool:
    """An actor, even one the compound's first name modifies ("Saudi" in "Saudi-Houthi talks")."""
    return m.kind in ACTOR_KINDS and not m.located and not m.media


@construction("demonym-agent", "subject", rtypes=("fights", "supports", "opposes"), nominal=True)
def demonym_agent(ctx: Context, site: Site, emit) -> Outcome:
    """«الغارات الإسرائيلية على جنوب لبنان», «الدعم الروسي»: the adjective names who does it."""
    toks, j, te = ctx.toks, site.j, site.sent.te
    if not (site.nominal and site.rtype in ("fights", "supports", "opposes") and j < te):
        return PASS
    agent = next((m for m in site.ments if m.ts == j and m.role == "demonym" and m.kind == "state"), None)
    agent = agent or _group_adjective(ctx, site)
    if agent is None:
        return PASS
    k = agent.te
    to_prep = k < te and (
        toks[k].text in ctx.lex.w("target_prepositions") or (toks[k].text[:1] == "ل" and len(toks[k].forms) > 1)
    )
    if to_prep and any(f.i == k for f in site.found):  # «بدعم إماراتي لقتال الحوثيين»: «ل» + the noun of an act
        return _backed_for_purpose(ctx, site, agent, emit)  # is the support's purpose: its object is fought
    if to_prep:
        kinds = ontology.target_kinds(site.rtype) | {"place"}
        w = _cx(ctx, "demonym-agent", "window", 3)
        target = next((m for m in site.ments if k <= m.np_start <= k + w and m is not agent and m.kind in kinds), None)
        if target is not None:
            emit(agent, target, site.rtype, site.conf + _cx(ctx, "demonym-agent"), site.trig.text, "demonym-agent")
    elif (start := _adverbial_support(ctx, site)) >= 0:  # «وصدت حكومة الوفاق، بدعم تركي، هجوم …»: the subject
        for backed in _adverbial_subject(ctx, site, [agent], start)[1]:
            emit(agent, backed, "supports", site.conf + _cx(ctx, "demonym-agent"), site.trig.text, "demonym-agent")
    return DONE


def _backed_for_purpose(ctx: Context, site: Site, agent: Ment, emit) -> Outcome:
    """«وتقدمت قوات العمالقة، بدعم إماراتي لقتال الحوثيين، …»: support given for a purpose backs the actor named
    right before the support phrase (past its comma), when one is; whom the purpose fights is not backed."""
    k = site.i - (site.i > site.sent.ts and ctx.texts[site.i - 1] in (",", "،"))
    backed = next((m for m in site.before if m.te == k and actor(m) and m is not agent), None)
    if backed is not None:
        emit(agent, backed, "supports", site.conf + _cx(ctx, "demonym-agent"), site.trig.text, "demonym-agent")
    return DONE


def _group_adjective(ctx: Context, site: Site) -> Ment | None:
    """«الهجمات الحوثية», «الغارات الحوثية»: a group's one-word nisba with the article right after a definite noun
    agrees with it as an adjective, like a demonym: the group does what the noun names (Arabic)."""
    j = site.j
    if ctx.lang != "ar" or not definite(ctx, ctx.toks[site.i]) or not definite(ctx, ctx.toks[j]):
        return None
    return next((m for m in ctx.ments.starting(j) if m.te == j + 1 and m.kind in ("armed_group", "organization")), None)


@construction("demonym-before", "subject", rtypes=("fights", "supports", "opposes"))
def demonym_before(ctx: Context, site: Site, emit) -> Outcome:
    """ "a Turkish drone strike on PKK fighters", "Iranian support for the Houthis": the adjective before the
    noun names who does it."""
    if site.rtype not in ("fights", "supports", "opposes") or ctx.toks[site.i].text in ctx.lex.w("group_nouns"):
        return PASS  # "the Syrian opposition": a camp, not a stance
    w = _cx(ctx, "demonym-before", "window", 2)
    near = ctx.ments.ending_within(site.i - int(w) - 1, site.i)
    agents = [m for m in near if m.role == "demonym" and m.kind == "state" and m.ts >= site.sent.ts]
    agent = max(agents, key=lambda m: m.te) if agents else None  # the nearest: "Iranian and Russian support"
    if agent is None or agent.in_np or not all(t.is_word for t in ctx.toks[agent.te : site.i]):  # (in_np: "the
        # Ukrainian leader accused": the leader named by the title acts, his state describes him)
        return PASS
    if not ctx.lex.any_of("group_nouns", "camp_nouns").isdisjoint(ctx.texts[agent.te : site.i]):
        return DONE  # "The Syrian opposition rejected …", "Syrian rebels attacked": the camp acts, not the state
    if not ctx.lex.w("and").isdisjoint(ctx.texts[agent.te : site.i]):
        return PASS  # "denied blocking Ukrainian ports and blamed Kyiv": a second verb, not the ports' act
    if any(agent.te <= f.i < site.i for f in site.found[: site.n_trig]):
        return PASS  # "The Qatari government condemned attacks on …": the demonym's noun is the verb's subject
    group = [m for m in _left_group(ctx, site, agent) if m.kind == "state"]  # "U.S. and British jets"
    return _subject(site, group, "demonym-before")


@construction("genitive-agent", "subject", rtypes=("opposes", "supports", "fights"), langs=("ar",))
def genitive_agent(ctx: Context, site: Site, emit) -> Outcome:
    """«اتهامات الكونغو الديمقراطية لرواندا», «إدانة الأردن للحوثيين», «هجمات الحوثيين على إسرائيل»: a stance or
    fighting noun in construct with its agent, the target after «ل» or a preposition (`target_prepositions`)."""
    if ctx.lang != "ar" or site.rtype not in ("opposes", "supports", "fights") or site.gap != 0:
        return PASS
    noun = not ctx.lex.w("support_nouns").isdisjoint(ctx.toks[site.i].forms)  # «دعم إيران العسكري لروسيا»
    if not (site.nominal or noun) or definite(ctx, ctx.toks[site.i]) or not actor(site.first_after):
        return PASS
    at = _beside(ctx, site, _past_stance_adjectives(ctx, site, site.first_after.te)) if site.rtype == "supports" else 0
    if at:  # «وقوف بلاده إلى جانب أذربيجان», «تضامن مصر مع السودان»: who stands by whom
        tgt = next((m for m in site.ments if m.np_start == at and actor(m)), None)
        if tgt is not None:
            emit(site.first_after, tgt, site.rtype, site.conf, site.trig.text, "genitive-agent")
            return DONE
    grp = group_with(ctx, site.ments, site.first_after)
    k = grp[-1].te
    k = _past_stance_adjectives(ctx, site, k)  # «دعم إيران العسكري لروسيا», «دعم مصر الكامل للسودان»
    if k >= site.sent.te or (not site.nominal and ctx.texts[k][:1] != "ل"):
        return PASS
    kinds = ontology.target_kinds(site.rtype)
    lam = ctx.texts[k][:1] == "ل"  # «لرواندا», «للحوثيين»
    tgt = next((m for m in ctx.ments.starting(k) if m.kind in kinds and lam and _ba_clitic(ctx, m)), None)
    if tgt is None and lam:  # «دعم بلاده للحكومة الصومالية»: the government's
        tgt = next((m for m in site.after if m.np_start == k and m.ts == k + 1 and m.kind in kinds), None)  # state
    if tgt is None and lam and site.rtype == "supports":  # «دعم مصر لوحدة السودان», «لأمن واستقرار اليمن»:
        n = _past_integrity(ctx, k, site.sent.te)  # support for a state's unity or security backs the state
        tgt = next((m for m in site.after if m.np_start == n and m.kind in kinds), None) if n > k else None
    if tgt is None and lam and site.rtype != "fights":  # «رفض بلاده للوجود العسكري الأميركي»: the owner of the act
        tgt = _act_owner(ctx, site, k)
    fight_with = site.rtype == "fights" and ctx.texts[k] in ctx.lex.w("with")  # «حرب الجيش مع الدعم السريع»
    if tgt is None and (ctx.texts[k] in ctx.lex.w("target_prepositions") or fight_with):
        tgt = next((m for m in site.ments if k < m.np_start <= k + 3 and m.kind in kinds and not m.located), None)
    if tgt is None:
        return PASS
    if _call_addressee(ctx, site, tgt):
        return DONE  # «دعوة مجلس الأمن للسلطات السورية إلى تطبيق الخطة»: whom a call is made to is not backed
    for a in grp:
        emit(a, tgt, site.rtype, site.conf, site.trig.text, "genitive-agent")
    return DONE


def _beside(ctx: Context, site: Site, k: int) -> int:
    """«وقوف بلاده إلى جانب X», «تضامن مصر مع السودان»: after a noun of standing by (`beside_nouns`), «إلى جانب» or
    «مع» (`beside_words`) introduces whom it backs; where that name starts, else 0."""
    if ctx.lex.w("beside_nouns").isdisjoint(ctx.toks[site.i].forms):
        return 0
    for w in ctx.lex.w("beside_words"):
        n = len(w.split())
        if " ".join(ctx.texts[k : k + n]) == w and k + n < site.sent.te:
            return k + n
    return 0


def _act_owner(ctx: Context, site: Site, k: int) -> Ment | None:
    """An act or presence noun with «لـ» (`owned_act_nouns`: «للوجود», «للتدخل») and, within three words after it,
    the demonym of the state whose act it is («للوجود العسكري الأميركي», «للتدخل التركي»): what the stance is for
    or against."""
    if ctx.lex.w("owned_act_nouns").isdisjoint(ctx.toks[k].forms):
        return None
    return next((m for m in site.after if k < m.ts <= k + 3 and m.kind == "state" and m.role == "demonym"), None)


def _call_addressee(ctx: Context, site: Site, tgt: Ment) -> bool:
    """A call noun (`call_verbs`: «دعوة», «مطالبة») whose «ل» name is followed by «إلى» and what is called for:
    the name is the call's addressee («دعوة الاتحاد الأفريقي للجيش والدعم السريع إلى وقف القتال»)."""
    if ctx.lex.w("call_verbs").isdisjoint(ctx.toks[site.i].forms):
        return False
    k = group_with(ctx, site.ments, tgt)[-1].te
    return k < site.sent.te and ctx.texts[k] == "الي"  # («إلى», normalized)


def _past_integrity(ctx: Context, k: int, end: int) -> int:
    """The token after «لوحدة», «لأمن واستقرار», «لسيادة ووحدة أراضي» (`integrity_nouns`, each with its «ل» or
    «و»): where the state they belong to is named; k itself when the word at k is none of them."""
    nouns = ctx.lex.w("integrity_nouns")
    while k < end and not nouns.isdisjoint(ctx.toks[k].forms):
        k += 1
    return k


@construction("in-support-of", "subject", rtypes=("supports",))
def in_support_of(ctx: Context, site: Site, emit) -> Outcome:
    """ "Hezbollah fired rockets at Israel in support of Hamas", «… على إسرائيل دعماً لحماس»: support named as the
    purpose of the clause's act is its subject's, not the support of the name right before it (the target of
    that act). The subject opens the clause (after the last statement verb: "Russia said Iran acted …")."""
    if site.i <= site.sent.ts:
        return PASS
    marker = site.nominal and ctx.texts[site.i - 1] in ctx.lex.w("purpose_stance_openers")  # "in support of"
    lo = max([site.sent.ts] + [f.j for f in site.found[: site.n_trig] if f.rtype == "states"])
    purpose = ctx.lang == "ar" and ctx.texts[site.i] in ctx.lex.w("purpose_stance_nouns")
    purpose = purpose or ctx.lang == "ar" and _purpose_li(ctx, site, lo)
    if not marker and not purpose:
        return PASS  # «دعماً», «تضامناً»: the accusative of purpose (with «الدعم» it is another noun)
    first = next((m for m in site.before if m.np_start >= lo and not m.in_np and not m.possessive), None)
    if first is None or first is site.near_before and site.gap_before <= 1:
        return PASS  # "Iran's support": the owner right before is the agent anyway
    return _subject(site, group_with(ctx, site.ments, first), "in-support-of")


def _purpose_li(ctx: Context, site: Site, lo: int) -> bool:
    """«أرسلت تركيا قوات إلى ليبيا لدعم حكومة الوفاق»: «لـ» and a support noun (`purpose_support_nouns`) after a
    clause whose subject is named before it say what the clause's act is for; not in a clause of accusation,
    warning or negation («اتهمت X Y بإرسال مقاتلين لدعم Z», «حذرت من أي محاولة لدعم», «لن ترسل قوات لدعم»)."""
    tok = ctx.toks[site.i]
    if tok.text[:1] != "ل" or ctx.lex.w("purpose_support_nouns").isdisjoint(tok.forms) or site.i - lo < 2:
        return False
    stops, neg = ctx.lex.any_of("accusation_words", "warn_verbs"), ctx.lex.negations
    clause = ctx.toks[max(site.sent.ts, site.i - 10) : site.i]
    return not any(not stops.isdisjoint(t.forms) or t.text in neg for t in clause)


@construction("nominal-complement", "subject", rtypes=("fights", "opposes", "supports", "references"), nominal=True)
def nominal_complement(ctx: Context, site: Site, emit) -> Outcome:
    """«محاربة داعش», «دعم المعارضة»: the noun's complement is what is fought or backed; the agent is before."""
    if not (site.nominal and site.rtype in ("fights", "opposes", "supports", "references") and site.gap == 0):
        return PASS
    if not ctx.lex.w("agent_nouns").isdisjoint(ctx.toks[site.i].forms):
        return PASS  # «وقوف مصر مع السودان»: this noun's complement is who stands, not whom
    if condemned_event(ctx, site) >= 0 and actor(site.first_after):
        site.vso = True  # «أدانت قطر هجوم الحوثيين على السفينة»: a condemned attack's complement made it
        return _subject(site, [site.first_after], "nominal-complement")
    if _agent_then_object(ctx, site):
        return DONE  # «رفض موسكو للعقوبات الأمريكية»: Moscow's rejection; what it rejects is no actor here
    if _time_framed(ctx, site.i):
        return DONE  # «يعيش البلد أزمة منذ الإطاحة بالرئيس»: an act that dates the clause, whose subject did not do it
    nb = site.near_before
    if nb is not None and nb.role == "demonym" and any(f.j == nb.ts and f is not site.trig for f in site.found):
        # «صدت حكومة الوفاق، بدعم تركي، هجوم …»: the demonym describes another trigger's noun, not this one's agent
        nb = next((m for m in reversed(site.before) if m.te <= nb.ts - 1 and actor(m)), None)
    if nb is not None and after_agent_words(ctx, nb.np_start):
        return modifier_agent(ctx, site, emit)  # «الجيش بقيادة البرهان حرباً مع …»: the army he leads wages it
    if nb is not None and site.gap_before <= _cx(ctx, "nominal-complement", "window", 12):
        return _subject(site, _left_group(ctx, site, nb), "nominal-complement")
    if site.carried:
        return _subject(site, site.carried, "nominal-complement", _cx(ctx, "nominal-complement", "carried_confidence"))
    return FOUND  # the complement is right: no other subject construction applies


def _past_stance_adjectives(ctx: Context, site: Site, k: int) -> int:
    """Past the adjectives of kind or degree after a stance noun's agent («العسكري», «الكامل»): where its object
    starts (Arabic)."""
    words = ctx.lex.any_of("kind_adjectives", "intensity_adjectives")
    while k < site.sent.te - 1 and (ctx.texts[k] in words or (ctx.texts[k][:1] == "و" and ctx.texts[k][1:] in words)):
        k += 1  # («تضامن ليبيا الكامل والثابت مع قطر»: adjectives joined by «و»)
    return k


def _agent_then_object(ctx: Context, site: Site) -> bool:
    """Arabic: the name right after the noun is followed by «للـ» + a noun (the genitive-agent construction found
    no actor there), or by «أي» ("any"): that name is the noun's agent in construct («دعم قطر للجهود المصرية»), not its
    complement."""
    if ctx.lang != "ar" or not actor(site.first_after):
        return False
    k = group_with(ctx, site.ments, site.first_after)[-1].te
    k = _past_stance_adjectives(ctx, site, k)
    if k < site.sent.te and not ctx.lex.w("hypothetical_determiners").isdisjoint(ctx.toks[k].forms):
        return True  # «رفض مصر أي محاولات …»: "any" opens the object; the name before it is the agent
    return k < site.sent.te and ctx.texts[k].startswith("لال")  # («للـ», as the normalized text spells it)


@construction("resumed-verb", "subject", nominal=False)
def resumed_verb(ctx: Context, site: Site, emit) -> Outcome:
    """«وحثت السعودية في بيان من الخارجية – حثت الجيش والدعم السريع على …»: a verb repeated after a dash resumes the
    clause it opened; its subject is that clause's, the names after it are its objects."""
    i = site.i
    if site.nominal or i - 1 <= site.sent.ts:
        return PASS
    stem = site.trig.phrase.words[0]  # (the verb said before first: most triggers have none, and no dash is read)
    if not any(f.phrase.words[0] == stem and f.j < i - 1 for f in site.found[: site.n_trig]):
        return PASS
    gap = ctx.text[ctx.orig(i - 1, i)[1] : ctx.orig(i, i + 1)[0]]  # (a dash is no token of its own)
    if not any(d in gap for d in "-–—"):
        return PASS
    here = [m for m in site.state.subjects_here if m.ts >= site.sent.ts]
    return _subject(site, here, "resumed-verb") if here else PASS


@construction("weapon-subject", "subject", rtypes=("fights",))
def weapon_subject(ctx: Context, site: Site, emit) -> Outcome:
    """«استهدفت طائرات مسيرة تركية مقاتلي الحزب», «قصفت مدفعية روسية …», «هاجمت طائرات مسيرة حوثية …»: a fighting
    verb whose subject is a weapon (`weapon_nouns`) named by its state's or group's adjective; the owner acts."""
    if site.rtype != "fights" or site.nominal:
        return PASS
    weapons, k = ctx.lex.w("weapon_nouns"), site.j
    while k < site.sent.te and k - site.j < 3 and not weapons.isdisjoint(ctx.toks[k].forms):
        k += 1
    if site.j < k < site.sent.te - 1 and ctx.texts[k] in ctx.lex.w("belonging_words"):
        # «طائرات مسيرة تابعة للحوثيين»: the weapon's owner, named after «تابعة لـ»
        agent = next((m for m in ctx.ments.starting(k + 1) if actor(m)), None)
        site.vso = agent is not None
        return _subject(site, [agent], "weapon-subject") if agent is not None else PASS
    # («طائرات مسيرة حوثية»: a group's adjective is one of its names)
    owners = (m for m in ctx.ments.starting(k) if m.role == "demonym" and m.kind == "state" or m.kind == "armed_group")
    agent = next(owners, None)
    if k == site.j or agent is None:
        return PASS
    site.vso = True  # «مقاتلات أميركية وبريطانية»: every state named by its adjective on the weapon
    return _subject(site, group_with(ctx, site.ments, agent), "weapon-subject")


@construction("time-clause-subject", "subject", langs=("ar",), nominal=False, before="an_words")
def time_clause_subject(ctx: Context, site: Site, emit) -> Outcome:
    """«زار هوكستين بيروت والتقى بري، الذي تولّى التفاوض باسم الحزب، قبل أن ينتقل إلى إسرائيل»: a verb after
    «قبل أن» / «بعد أن» with no name right after it goes on with the subject of the sentence's first verb, not the
    name nearest before it."""
    if site.nominal or not time_clause_verb(ctx, site.i, site.sent.ts):
        return PASS
    fa, to_place = site.first_after, site.trig.phrase.words[-1] in ctx.lex.location_prepositions
    if fa is not None and fa.np_start == site.j and not to_place:
        return PASS  # «بعد أن علّق الاتحاد الأفريقي …»: its own subject
    src = site.state.first_subjects or site.state.subjects_here
    return _subject(site, list(src), "time-clause-subject") if src else PASS


def _name_after_not_subject(ctx: Context, site: Site, fa: Ment) -> bool:
    """The first name after the trigger is not its subject: the subject stood before «قد», the name opens a
    reported clause, is where one travels, a partner after «مع», an object after «بـ»/«لـ» or a pronoun agent,
    or the object of a verb whose subject was dropped."""
    if not site.nominal and _kana_subject(ctx, site):
        return True  # «وكانت مالي قد طالبت فرنسا …»: the subject stands before «قد», the name after is the object
    if any(t.text in ctx.lex.complementizers for t in ctx.toks[site.j : fa.np_start]):
        return True  # «وأضاف أن تركيا …»: a name after «أن» is the reported clause's subject, not the verb's
    if site.rtype == "visits" and site.trig.phrase.words[-1] in ctx.lex.location_prepositions:
        return True  # «ينتقل إلى إسرائيل», "travelled to Moscow": the name after the preposition is where, not who
    if fa.np_start > site.j and ctx.toks[fa.np_start - 1].text in ctx.lex.w("with"):
        return True  # «وبحث مع نظيره العراقي فؤاد حسين»: the name after «مع» is the partner, not the subject
    if _sponsor_before(ctx, site.j, fa.np_start):
        return True  # «وقعتا برعاية روسيا اتفاقا»: the sponsor after the verb signs nothing
    head = ctx.toks[fa.np_start]
    clitic = head.text[:1] in "بل" and len(head.forms) > 1 and head.forms[-1][:1] != head.text[:1]
    if ctx.lang == "ar" and site.nominal and clitic:
        return True  # «اتصالاً هاتفياً بالرئيس أردوغان»: a name after «ب»/«ل» is the object, not the agent
    if ctx.lang == "ar" and site.nominal and pronoun_suffix(ctx, ctx.toks[site.i], site.trig.phrase.words[0]):
        return True  # «لقائه عراقجي»: the pronoun is the agent, the name after the noun its partner
    if ctx.lang == "ar" and not site.nominal and site.gap == 1 and _owned_noun_object(ctx, site):
        return True  # «وأكدت دعمها للحوثيين»: the verb's object is "its support"; the subject was dropped
    return _supported_with(ctx, site, fa)


def _sponsor_before(ctx: Context, lo: int, k: int) -> bool:
    """A word of sponsoring or mediating (`sponsor_words`, then «من» or not) right before the name at k, after the
    verb at lo: «وقعتا برعاية روسيا اتفاقا», «توصلتا بوساطة من قطر إلى اتفاق»: the name sponsors the act, it is
    not the verb's subject."""
    k -= k - 1 > lo and ctx.texts[k - 1] in ctx.lex.w("object_source_words")
    return k > lo and ctx.texts[k - 1] in ctx.lex.w("sponsor_words")


def _supported_with(ctx: Context, site: Site, fa: Ment) -> bool:
    """Arabic: a support word right before a name that «بـ» follows («دعم الجيش الصومالي بالأسلحة», "support the
    army with weapons"), or one that is itself the object of a noun or verb before it («زيادة دعم الجيش في …»)
    with no «لـ» object after the name: the name is what is supported, not who supports."""
    if ctx.lang != "ar" or site.rtype != "supports" or site.gap != 0 or not actor(fa):
        return False
    if ctx.texts[site.i] not in ctx.lex.w("support_nouns") or _agent_in_construct(ctx, site):
        return False
    k = group_with(ctx, site.ments, fa)[-1].te
    if k < site.sent.te and ctx.toks[k].is_word and ctx.texts[k][:1] == "ب" and len(ctx.texts[k]) > 3:
        return True
    prev = site.i - 1
    return prev >= site.sent.ts and ctx.toks[prev].is_word and not verb_initial(ctx, site.i, site.sent.ts)


@construction(
    "gathered-him", "subject", rtypes=("meets",), needs="gathered_him_verbs", trigger_words="gathered_him_verbs"
)
def gathered_him(ctx: Context, site: Site, emit) -> Outcome:
    """«وقال أردوغان، في مؤتمر صحفي مشترك جمعه بالزعيمين، إن …»: the pronoun of a verb of bringing together is
    the one who speaks or acts in its sentence; he met those named after it with «بـ» (the target step finds
    them). Not when the sentence has no subject of its own before the verb."""
    k, verbs = site.j, ctx.lex.w("gathered_him_verbs")
    if k >= site.sent.te or not ctx.texts[k].startswith("ب") or ctx.texts[site.i] not in verbs:
        return PASS  # (the verb itself, not one of its forms: «جمعه», not «جمع»)
    here = [m for m in site.state.speakers or site.state.subjects_here if site.sent.ts <= m.ts < site.i]
    if len(here) != 1 or here[0].kind != "person":
        return PASS
    if any(f.rtype == "phones" and site.i - f.j <= 2 for f in site.found[: site.n_trig]):
        site.rtype = "phones"  # «خلال اتصال هاتفي جمعه بالرئيس …»: a call, not a meeting
    return _subject(site, here, "gathered-him")


@construction("verb-subject-object", "subject")
def verb_subject_object(ctx: Context, site: Site, emit) -> Outcome:
    """«التقى كيري لافروف», «أجرى الرئيس اتصالاً»: the subject follows the verb (or the noun's linker)."""
    fa = site.first_after
    if _relayed_unnamed(ctx, site):
        return DONE  # «ونقلت الوكالة عن مصدر في حزب الله قوله إن …»: an unnamed source speaks, not the agency
    relayed = _relayed_speaker(ctx, site)
    if relayed is not None:
        site.vso = True  # «ونقلت الوكالة عن محمود عباس قوله إن …»: the one quoted speaks, not the agency
        return _subject(site, [relayed], "verb-subject-object")
    link: bool | None = site.gap == 1 and fa is not None and linker(ctx, ctx.toks[site.j])
    two = " ".join(ctx.texts[site.j : site.j + 2])  # «زيارة قام بها X»: a linker in two words
    link = link or (site.gap == 2 and fa is not None and two in ctx.lex.w("linker_phrases"))
    link = link or (site.nominal and site.gap == 2 and fa is not None and _adjective_linker(ctx, site))
    link = link or (not site.nominal and fa is not None and site.j < _past_statement(ctx, site.j, fa.np_start + 1))
    link = link or (not site.nominal and fa is not None and _collective_lead(ctx, site, fa))
    if link and fa is not None and _published_by(ctx, site.j, fa.np_start):
        return DONE  # «وقال بيان نشرته وكالة الأنباء …»: the agency put the statement out, it is not its author
    if fa is not None and not site.nominal and _voice_of(ctx, site, fa):
        site.vso = True  # «قال المتحدث باسم حماس إن …»: an unnamed spokesman speaks for his body
        return _subject(site, [fa], "verb-subject-object")
    quoted = not site.nominal and _quoted_subject(ctx, site)  # «نددت حركة «حماس»»
    if fa is not None and (titled := _titled_person_after(ctx, site, fa)) is not None:
        site.vso = True  # «اجتمع قائد قوات شرق ليبيا خليفة حفتر … مع»: the person the title's phrase ends with
        return _subject(site, [titled], "verb-subject-object")
    if fa is None or not (site.gap <= (0 if site.nominal else 1) or link or quoted):
        return PASS
    if _name_after_not_subject(ctx, site, fa) or _pronoun_subject_before(ctx, site):
        return PASS
    if not site.nominal and _after_subject_aside(ctx, site):
        return PASS
    if site.nominal and not link and definite(ctx, ctx.toks[site.i]):
        return PASS  # «وحضر اللقاءَ رئيسُ مصر»: a noun with «ال» takes no agent after it; the name is another verb's
    clause_start = verb_initial(ctx, site.i, site.sent.ts) or _event_relative(ctx, site)
    clause_start = clause_start or _describes_agreement(ctx, site) or _speaker_after_relative(ctx, site)
    if not (site.gap_before > 3 or site.nominal or clause_start) or _complement_subject(ctx, site):
        return PASS
    if not site.nominal and site.state.subjects_here and _envoy_object(ctx, site):
        # «ودانت الخارجية الهجمات، واستدعت السفير الإيراني»: the envoy summoned or expelled is the object
        return _subject(site, list(site.state.subjects_here), "carried-subject")
    if not site.nominal and site.state.subjects_here and _masculine_verb_feminine_name(ctx, site, fa):
        # «…، واتهم طهران بتسليح الحوثيين»: a feminine name after a masculine verb is its object; the subject goes on
        return _subject(site, list(site.state.speakers or site.state.subjects_here), "carried-subject")
    site.vso = True
    subjects = group_with(ctx, site.ments, fa) + _delegation_head_after(ctx, site, fa)
    return _subject(site, subjects, "verb-subject-object")


def _collective_lead(ctx: Context, site: Site, fa: Ment) -> bool:
    """«ووقعت الدول الثلاث روسيا وتركيا وإيران على اتفاق», «الدول الثلاث الراعية للمحادثات "روسيا، تركيا وإيران"»: a
    plural noun of states (`collective_state_nouns`) right after the verb, then at most six words with the article
    (its number, its adjectives) or quote marks naming no actor, before the names it stands for: they are the
    verb's subject (Arabic); not a name after «لـ» or «بـ» (what those states sponsor or do)."""
    j, k = site.j, fa.np_start
    if ctx.lang != "ar" or not (j < k <= j + 7) or ctx.toks[j].forms[-1] not in ctx.lex.w("collective_state_nouns"):
        return False
    head = ctx.toks[k]
    if any(actor(m) for m in site.view.starting_within(j, k)) or head.text[:1] in "بل" and len(head.forms) > 1:
        return False  # («الدول الثلاث الراعية لمحادثات أستانا»: the talks after «لـ» are the sponsored, no subject)
    return all(ctx.texts[x][:2] == "ال" or ctx.texts[x] in ('"', "«") for x in range(j + 1, k))


def _published_by(ctx: Context, lo: int, hi: int) -> bool:
    """«بيان نشرته وكالة الأنباء», «بيان بثه التلفزيون الرسمي»: a verb of putting words out (`publish_verbs`) with
    an object pronoun (`pronoun_suffixes`) between a statement noun and the name after it: the name relays."""
    verbs, ends = ctx.lex.w("publish_verbs"), ctx.lex.w("pronoun_suffixes")
    for k in range(lo, hi):
        forms = ctx.toks[k].forms
        if any(f[: len(f) - len(e)] in verbs for f in forms for e in ends if f.endswith(e) and len(f) > len(e)):
            return True
    return False


def _delegation_head_after(ctx: Context, site: Site, fa: Ment) -> list[Ment]:
    """«التقى وفد من حركة حماس برئاسة X Y»: the person a delegation right after the verb is headed by meets (talks,
    travels) with its side; none for another verb or noun."""
    if site.rtype not in _ENCOUNTERS or ctx.texts[site.j] not in ctx.lex.w("delegation_nouns"):
        return []
    head = next((m for m in site.ments if fa.te < m.ts <= fa.te + 8 and m.kind == "person"), None)
    if head is None or not after_agent_words(ctx, head.np_start) or head.np_start - fa.te > 2:
        return []
    return [head]


def _after_subject_aside(ctx: Context, site: Site) -> bool:
    """«إن وفدا برئاسة X، رئيس مكتبها السياسي، التقى Y»: a verb with no «و» or «ف» right after a person's title set
    off by commas goes on the clause that person opened (his title is an aside); the name after it is its object."""
    tok = ctx.toks[site.i]
    coordinated = tok.text[:1] in ("و", "ف") and tok.text[1:] in tok.forms[1:]
    return not coordinated and title_aside(ctx, site.i, site.sent.ts) is not None


def _untitled_starts(ctx: Context) -> frozenset[int]:
    """Where the document's titles with no person of their own start, found once per document (the relation phase
    runs once every step has found its titles) instead of a pass over the titles per verb."""
    got = ctx.memo.get("untitled-title-starts")
    if got is None:
        got = ctx.memo["untitled-title-starts"] = frozenset(t.ts for t in ctx.titles if t.person is None)
    return got  # type: ignore[return-value]


def _titled_person_after(ctx: Context, site: Site, fa: Ment) -> Ment | None:
    """«اجتمع قائد قوات شرق ليبيا خليفة حفتر …»: a title with no person of its own right after the verb, whose phrase
    names a state or place («قوات شرق ليبيا») and then a person with no title of his own: that person is the
    verb's subject, not the state inside the title's phrase (Arabic, a verb, not a noun)."""
    if ctx.lang != "ar" or site.nominal or site.j not in _untitled_starts(ctx):
        return None
    if fa.kind == "person":
        return _person_after_long_title(ctx, site, fa)
    if fa.kind not in ("state", "place") or fa.np_start - site.j > 4:
        return None
    # («… شرق ليبيا الجنرال المتقاعد خليفة حفتر»: a rank of up to two words between, no title of its own)
    nxt = next((m for m in site.ments if m.ts >= fa.te), None)
    if nxt is None or nxt.kind != "person" or nxt.ts - fa.te > 2 or any(t.person is nxt for t in ctx.titles):
        return None
    return nxt


def _person_after_long_title(ctx: Context, site: Site, fa: Ment) -> Ment | None:
    """«استقبل قائد الإدارة الجديدة في سوريا أحمد الشرع وزيرَ …»: a title right after the verb whose phrase runs
    on (a body, an adjective, «في» and a state, up to six words, no comma) to a person with no title of his own:
    that person is the verb's subject, not its object."""
    words = ctx.toks[site.j : fa.np_start]
    if not 2 < len(words) <= 6 or any(not t.is_word for t in words) or any(t.person is fa for t in ctx.titles):
        return None
    return None if any(f.i > site.i and f.i < fa.np_start for f in site.found) else fa


def _pronoun_subject_before(ctx: Context, site: Site) -> bool:
    """«وقال حفتر، خلال اللقاء، إنه يدعم المجلس الرئاسي وحكومة الوحدة»: a verb right after a conjunction that carries
    its subject as a pronoun (`pronoun_conjunctions`) has that subject; the name after the verb is its object."""
    k = site.i - 1
    return not site.nominal and k >= site.sent.ts and ctx.texts[k] in ctx.lex.w("pronoun_conjunctions")


def _owned_noun_object(ctx: Context, site: Site) -> bool:
    """The one word between an Arabic verb and the name after it is a trigger noun with a pronoun suffix («وأكدت
    دعمها للحوثيين», «وجدد رفضه للاتفاق»): the verb's object, owned by its dropped subject; the name is the
    noun's."""
    f = next((f for f in site.found if f.i == site.j), None)
    return f is not None and pronoun_suffix(ctx, ctx.toks[f.i], f.phrase.words[0])


def _masculine_verb_feminine_name(ctx: Context, site: Site, fa: Ment) -> bool:
    """Arabic verbs agree with their subject: a state or city named without «ال» (إيران، أنقرة، واشنطن) takes a
    feminine verb («اتهمت طهران»), so after a masculine singular one («اتهم», «يتهم») it is the object and the
    subject is the one before (`masculine_places` lists the exceptions: لبنان)."""
    if ctx.lang != "ar" or fa.kind != "state" or fa.te - fa.np_start != 1:
        return False
    head = ctx.toks[fa.np_start]
    if definite(ctx, head) or not ctx.lex.w("masculine_places").isdisjoint(head.forms):
        return False
    verb = ctx.toks[site.i].forms[-1]  # (one starting with «ت» may be either: «تتهم», «تبادل»)
    for suffix in ("هما", "هم", "ها", "ه"):  # «وأيدته إيران»: «أيدت» and the object pronoun, a feminine verb
        if verb.endswith(suffix) and len(verb) - len(suffix) >= 3:
            verb = verb[: -len(suffix)]
            break
    if verb.startswith("ي"):
        return not verb.endswith(("ون", "ان"))
    return not verb.startswith("ت") and not verb.endswith(("ت", "ا"))


def _event_relative(ctx: Context, site: Site) -> bool:
    """«أدان الاتحاد الهجومَ الذي شنته قوات الدعم السريع»: a verb right after «الذي»/«التي» whose antecedent is
    an act, not an actor (or an agreement reached), starts its own clause; its subject follows it (Arabic)."""
    k = site.i - 1
    if ctx.lang != "ar" or k <= site.sent.ts or ctx.toks[k].text not in ctx.lex.w("relative_who"):
        return False
    k2 = k - 1 if ctx.toks[k - 1].text in (",", "،") else k
    if any(m.te == k2 and m.kind == "agreement" for m in site.ments):
        # «رحب بالاتفاق الذي توصلت إليه الحكومة والحركات»: those who reached it follow the verb; «المبادرة التي
        # قدمتها السعودية», «القرار الذي تقدمت به فرنسا»: a pronoun takes the agreement back as the object
        return site.rtype == "agrees_with" or _resumptive(ctx, site) or _resumed_after(ctx, site)
    if not any(m.te == k2 for m in site.ments):
        return True
    # «حركة إم 23، التي تتهم الكونغو كيغالي بتسليحها»: two names right after the verb are its subject and object
    fa = site.first_after
    return fa is not None and fa.np_start == site.j and any(actor(m) and m.np_start == fa.te for m in site.after)


def _resumed_after(ctx: Context, site: Site) -> bool:
    """«الهدنة التي رفضت جماعة الحوثي تمديدها»: an actor right after the verb, then within three words a noun whose
    pronoun takes the agreement back (`resumptive_suffixes`): the actor is the verb's subject."""
    fa = site.first_after
    if fa is None or site.gap > 1 or not actor(fa) or fa.kind == "agreement" or fa.te >= site.sent.te:
        return False
    k = group_with(ctx, site.ments, fa)[-1].te  # («رفضت المليشيات الحوثية الموافقة على تمديدها»: a few words on)
    for t in ctx.toks[k : min(site.sent.te, k + 3)]:
        if not t.is_word:
            return False
        if t.text.endswith(tuple(ctx.lex.w("resumptive_suffixes"))):
            return True
    return False


def _resumptive(ctx: Context, site: Site) -> bool:
    """The verb takes its antecedent back by a pronoun: suffixed («صاغته», «قدمتها») or after a preposition that
    ends the trigger phrase («تقدمت به»)."""
    words = site.trig.phrase.words
    if len(words) > 1 and words[-1] in ctx.lex.w("agreement_pronoun_objects"):
        return True
    return ctx.toks[site.i].text.endswith(tuple(ctx.lex.w("resumptive_suffixes")))


def _relayed_speaker(ctx: Context, site: Site) -> Ment | None:
    """«نقلت وكالة الأنباء عن X قوله إن …»: a relaying verb (`relay_verbs`), «عن», the one quoted, then «قوله»
    (`quote_nouns`) within a few words; «عن» is a `relay_prepositions` word."""
    toks, te = ctx.toks, site.sent.te
    if site.rtype != "states" or not one_of(ctx, toks[site.i], ctx.lex.w("relay_verbs")):
        return None
    for m in site.after:
        if m.np_start - site.j > 8 or m.te >= te:
            return None
        source = toks[m.np_start - 1].text in ctx.lex.w("relay_prepositions")
        if actor(m) and source and toks[m.te].text in ctx.lex.w("quote_nouns"):
            return m
    return None


def _relayed_unnamed(ctx: Context, site: Site) -> bool:
    """«نقلت الوكالة عن مصادر مطلعة أن …», «عن مصدر في الحركة قوله»: a relaying verb (`relay_verbs`) whose «عن»
    (`relay_prepositions`, within a few words) introduces an unnamed source (`source_nouns`): the words are the
    source's, not the agency's that relays them nor the body the source belongs to."""
    toks = ctx.toks
    if site.rtype != "states" or not one_of(ctx, toks[site.i], ctx.lex.w("relay_verbs")):
        return False
    end = min(site.j + 8, site.sent.te - 1)
    k = next((k for k in range(site.j, end) if ctx.texts[k] in ctx.lex.w("relay_prepositions")), -1)
    return k >= 0 and not ctx.lex.w("source_nouns").isdisjoint(toks[k + 1].forms)


_VOICE_OFFICES = ("spokesperson",)


def _voice_of(ctx: Context, site: Site, fa: Ment) -> bool:
    """The verb's subject is a title with no name, a spokesman of the body right after it (Arabic)."""
    if ctx.lang != "ar" or site.gap < 1:
        return False
    return any(t.ts == site.j and t.person is None and t.office in _VOICE_OFFICES and fa in t.of for t in ctx.titles)


@construction("but-it", "subject", before="pronoun_conjunctions")
def but_it(ctx: Context, site: Site, emit) -> Outcome:
    """«وتنفي رواندا دعم الحركة، لكنها وقّعت …», «إلا أنه أكد …»: a conjunction carrying the subject as a pronoun
    («لكنها», "but it") goes on with the subject of the clause before, not with the name nearest the verb."""
    k = site.i - 1
    if k < site.sent.ts or ctx.texts[k] not in ctx.lex.w("pronoun_conjunctions"):
        return PASS
    if site.j < site.sent.te and ctx.texts[site.j] in ctx.lex.w("construct_subjects"):
        return DONE  # «أنه وقع طرفا النزاع على …»: the verb names its own subject after it, not the speaker
    src = site.state.subjects_here
    if not src:  # «وتنفي رواندا دعم الحركة، لكنها …»: the clause before named its subject with no relation of its own
        first = next((m for m in site.ments if site.sent.ts <= m.ts < k and actor(m) and not m.in_np), None)
        src = group_with(ctx, site.ments, first) if first is not None and not first.possessive else []
    src = src or site.state.last_subject
    return _subject(site, list(src), "but-it") if src else DONE


def _fa_verb(ctx: Context, tok) -> bool:
    """A token that carries «فـ» glued to its word (Arabic)."""
    return ctx.lang == "ar" and tok.text[:1] == "ف" and len(tok.forms) >= 2


@construction("amma-fa", "subject", langs=("ar",), trigger_test=_fa_verb)
def amma_fa(ctx: Context, site: Site, emit) -> Outcome:
    """«أما رئيس مجلس النواب عقيلة صالح فرحّب بالاتفاق»: after «أما» the topic named first is the subject of the
    verb that carries «فـ», not the subject of the sentence before."""
    if not _fa_verb(ctx, ctx.toks[site.i]):
        return PASS
    at = next((k for k in range(site.sent.ts, site.i) if ctx.texts[k] in ctx.lex.w("topic_openers")), None)
    if at is None:
        return PASS
    topic = next((m for m in site.ments if at < m.np_start < site.i and actor(m) and not m.in_np), None)
    return _subject(site, group_with(ctx, site.ments, topic), "amma-fa") if topic is not None else DONE


def _stem_waw(ctx: Context, site: Site) -> bool:
    """«إن الطرفين وقعا الاتفاق»: the «و» of a verb whose stem opens with it (the trigger's word: «وقع», «وصل»,
    «وافق») is no "and"; such a verb opens its clause only at the sentence's start or after a break."""
    w, t, i = site.trig.phrase.words[0], ctx.toks[site.i].text, site.i
    if not (w[:1] == "و" and t.startswith(w)) or i == site.sent.ts:
        return False
    prev = ctx.toks[i - 1].text
    opens = prev in ("،", ",", "؛", ";", '"', "(", ":", "-", "–", "—") or prev in ctx.lex.w("clause_openers")
    return not opens and not time_clause_verb(ctx, i, site.sent.ts)


@construction("dropped-subject", "subject", nominal=False)
def dropped_subject(ctx: Context, site: Site, emit) -> Outcome:
    """«وأشار إلى ...»: a clause-initial verb with no subject of its own has the subject of the clause before."""
    if site.nominal or not site.carried:
        return PASS
    nxt_word = ctx.toks[site.j].text if site.gap == 1 else ""
    # «وبحث مع نظيره …», «وأضاف أن الحوثيين …»: the name after the word is not the verb's subject
    with_partner = nxt_word in ctx.lex.w("with") or nxt_word in ctx.lex.complementizers
    if site.gap <= 1 and not with_partner:
        return PASS
    if _quoted_subject(ctx, site):
        return PASS  # «كما نددت حركة «حماس» بالخطوة»: the movement named in quotes is the verb's own subject
    if not verb_initial(ctx, site.i, site.sent.ts) or _stem_waw(ctx, site):
        return PASS
    if (before_qad := _subject_before_qad(ctx, site)) is not None:
        return before_qad
    if _kana_subject(ctx, site):
        return PASS  # «وكان أنان، الأمين العام السابق …، قد زار دمشق»: the subject after «كان», an aside between
    nxt = ctx.toks[site.j] if site.j < site.sent.te else None
    function_word = nxt is not None and (nxt.text in ctx.lex.w("prepositions") or nxt.text in ctx.lex.complementizers)
    if nxt is not None and nxt.is_word and nxt.text.startswith("ال") and not ctx.covered[site.j] and not function_word:
        return PASS  # «وأضاف المصدر أن …»: the verb has a subject of its own, one the text does not name
    if (own := _noun_subject_after(ctx, site, nxt)) is not None:
        return own
    title = next((t for t in ctx.titles if t.ts == site.j), None) if nxt is not None else None
    if title is not None:  # «طالب رئيس «الائتلاف» أحمد الجربا …»: a title after the verb opens its own subject
        return _subject(site, [title.person], "title-subject") if title.person is not None else DONE
    here = max(m.te for m in site.carried) > site.sent.ts  # (a clause of the sentence before has ended)
    goes_on = site.state.speakers and not ctx.lex.w("continuation_verbs").isdisjoint(ctx.toks[site.i].forms)
    if here and not goes_on and after_complement_clause(ctx, site.carried, site.i):
        return PASS
    if not here and _agreement_opens(ctx, site):
        return DONE  # «ويفرض القرار حظراً …، كما يطالب بتطبيق …»: the resolution goes on, not the last actor
    if site.rtype == "states" and _unnamed_source(ctx, site) or _passive_signed(ctx, site, emit):
        return DONE  # «حسب وسائل إعلام مصرية، نقلت …»: the words are theirs, and they are not named
    if _quoted_other(ctx, site):
        return DONE
    if len(site.carried) > 1 and _singular_verb(ctx.toks[site.i]):
        _with_him(ctx, site, emit)  # «استقبل X الوزير Y، وبحث معه …»: the two of the sentence before
        return DONE  # «وأضاف أن …» after two speakers: one of them goes on, and the text does not say which
    return _subject(site, site.carried, "dropped-subject", _cx(ctx, "dropped-subject"))


def _quoted_other(ctx: Context, site: Site) -> bool:
    """A verb in a quotation whose subject is not the one carried from before: "you" or "we" in it («ووصلتم»,
    «توصلنا»), or a third person when the carried person speaks the quotation («وتابع X: "… يقف الشعب معنا ويقاتل
    …"»: not X)."""
    stem = site.trig.phrase.words[0]
    if any(f.startswith(stem) and f[len(stem) :] in ctx.lex.w("speaker_suffixes") for f in ctx.toks[site.i].forms):
        return True
    return any(m.kind == "person" and speaks_quotation(ctx, site.i, m) for m in site.carried)


def _passive_signed(ctx: Context, site: Site, emit) -> bool:
    """«ووُقّع «الاتفاق» بصيغته الأولى …، من جانب الحكومة»: a passive signing verb; its agents, named after the
    marker, sign (emitted here); True when the verb is read so."""
    by = _signed_by_later(ctx, site) if site.rtype == "agrees_with" else None
    if by is None:
        return False
    for a in by[1]:
        emit(a, by[0], "agrees_with", site.conf + _cx(ctx, "passive-by"), site.trig.text, "passive-by")
    return True


def _signed_by_later(ctx: Context, site: Site) -> tuple[Ment, list[Ment]] | None:
    """A clause-initial signing verb right before an agreement (a quote aside), and later in the sentence «من قبل»,
    «من جانب» (`passive_agent_markers`) with no actor between: the verb is passive («ووُقّع «اتفاق السلم» بصيغته
    المبدئية في آذار، … من جانب الحكومة المالية»), signed by those named after the marker, not by the subject of
    the sentence before. The agreement and its signers, or None."""
    toks, te, markers = ctx.toks, site.sent.te, ctx.lex.w("passive_agent_markers")
    j = site.j + (site.j < te and not toks[site.j].is_word)
    agr = next((m for m in site.ments if m.np_start == j and m.kind == "agreement"), None)
    if agr is None or not markers:
        return None
    firsts, texts = first_words(markers), ctx.texts
    for k in range(agr.te, te - 1):
        if texts[k] in firsts and f"{texts[k]} {texts[k + 1]}" in markers:
            if any(agr.te <= m.np_start < k and actor(m) for m in site.ments):
                return None
            by = [m for m in coordinated_after(ctx, site.ments, k + 2, te) if actor(m)]
            return (agr, by) if by else None
    return None


def _document_speaks(ctx: Context, site: Site) -> Outcome | None:
    """«وأضاف القرار أن …», «وأعرب القرار عن القلق …», «وقال بيان وزع على الصحفيين …»: a text right after a speech verb
    is its subject, no actor carried from before. A resolution the knowledge base knows speaks for the one body
    that adopted it (its `parties`), when the text names that body before; the words said follow the text, which
    is not what they are about. A statement (`statement_nouns`) with no author named after it has none. None when
    the word after the verb is no text."""
    if site.rtype != "states" or site.j >= site.sent.te:
        return None
    if ctx.texts[site.j] in ctx.lex.w("statement_nouns"):
        return DONE  # («وقال بيان صادر عن الرئاسة …» names its author: verb-subject-object reads it)
    doc = next((m for m in ctx.ments.starting(site.j) if m.kind == "agreement"), None)
    if doc is None or doc.te >= site.sent.te:
        return None
    nxt = ctx.texts[doc.te]
    if nxt not in ctx.lex.complementizers and nxt not in ctx.lex.w("text_subject_links"):
        return None  # («وانتقد القرار الذي …»: the text is what is spoken of)
    e = ctx.kb.get(doc.entity)
    parties = (e.record.get("parties") or []) if e is not None and e.record.get("type") == "resolution" else []
    body = None
    if len(parties) == 1:
        body = next((m for m in reversed(ctx.ments.by_entity.get(parties[0], [])) if m.te <= site.i), None)
    if body is None:
        return DONE
    site.j = doc.te  # (what is said opens after the text)
    return _subject(site, [body], "text-subject", _cx(ctx, "dropped-subject"))


def _agreement_opens(ctx: Context, site: Site) -> bool:
    """The sentence opens with a verb and an agreement as its subject, before the trigger («ويدعو القرار …»,
    «وينص الاتفاق …»): the text is the subject of the sentence's dropped-subject clauses."""
    if ctx.lang != "ar":
        return False
    return any(m.kind == "agreement" and m.np_start == site.sent.ts + 1 and m.te <= site.i for m in site.ments)


def _with_him(ctx: Context, site: Site, emit) -> None:
    """«استقبل السيسي الوزير الإيراني، وبحث معه العلاقات»: "he discussed with him" after two actors met, received
    or phoned: the two discuss (a symmetric relation, so who is "he" does not matter)."""
    if site.rtype not in _SYMMETRIC or len(site.carried) != 2 or site.j >= site.sent.te:
        return
    if ctx.texts[site.j] not in ctx.lex.w("with_pronouns"):
        return
    a, b = site.carried
    emit(a, b, site.rtype, site.conf + _cx(ctx, "dropped-subject"), site.trig.text, "dropped-subject-with-him")


def _singular_verb(tok) -> bool:
    """«أضاف», «وصفت», «يؤكد»: an Arabic past or present verb with no dual or plural ending takes one subject."""
    w = tok.forms[-1] if tok.forms else tok.text
    return not (dual_verb(tok) or w.endswith(("وا", "تا", "ون", "ان", "ين")))


def _quoted_subject(ctx: Context, site: Site) -> bool:
    """An actor right after the verb behind only a body's head noun and quotation marks («حركة «حماس»», "the
    group "Hamas""): the verb's subject, as if it stood right after it."""
    fa = site.first_after
    if fa is None or not actor(fa) or fa.np_start - site.j > 3:
        return False
    between = ctx.texts[site.j : fa.np_start]  # (normalization writes every quotation mark as '"')
    heads = ctx.lex.organization_heads
    return '"' in between and all(t == '"' or t in heads or "ال" + t in heads for t in between)


def _subject_before_nearest(ctx: Context, site: Site, nb: Ment) -> list[Ment]:
    """The clause's subject when it is not the name nearest before the verb: «وكان الجيش، مدعوماً بقوات درع
    السودان، قد استعاد …» (the one after «كان», not the aside's), "X said … and noted" (the speaker)."""
    head = None if site.nominal else _kana_head(ctx, site)
    if head is not None and head is not nb:
        return group_with(ctx, site.ments, head)
    return _speaker_goes_on(ctx, site, nb)


def _speaker_goes_on(ctx: Context, site: Site, nb: Ment) -> list[Ment]:
    """ "Gibbs said the United States had concerns and noted that Iran had failed …": a statement verb right after
    "and" or "but" (`speech_coordinators`) goes on with the speaker of the statement verb before it, not with the
    subject of what he reported; so after "He said …" with the person the pronoun stands for."""
    coordinator = ctx.texts[site.i - 1] in ctx.lex.w("speech_coordinators")  # ("… but warned that …")
    if ctx.lang == "ar" or site.nominal or not coordinator:
        return []
    if site.rtype != "states" and ctx.lex.w("speaker_acts").isdisjoint(ctx.toks[site.i].forms):
        return []  # ("Burhan said the army would fight on and accused the UAE of …": what a speaker does, his)
    said = next((f for f in reversed(site.found[: site.n_trig]) if f.rtype == "states" and not f.phrase.nominal), None)
    if said is None:
        return []
    he = said.i - 1 >= site.sent.ts and ctx.texts[said.i - 1].lower() in ctx.lex.w("singular_pronouns")
    speakers = [m for m in site.state.speakers if m.ts >= site.sent.ts or he]  # ("He said …": the one he stands for)
    if not speakers or nb.ts < said.j or any(m is nb for m in speakers):
        return []
    return speakers


def _subject_before_qad(ctx: Context, site: Site) -> Outcome | None:
    """A subject of its own before «قد»: PASS when it stands right before it («وكان الوسيط … هوكستين قد زار
    بيروت»: the subject constructions find it), the subject found when «كان قد» follows it after a complementizer
    (_subject_before_kana); None otherwise."""
    if site.gap_before == 1 and ctx.toks[site.i - 1].text in ctx.lex.w("auxiliaries"):
        return PASS
    own = _subject_before_kana(ctx, site)
    return _subject(site, own, "kana-subject") if own is not None else None


def _subject_before_kana(ctx: Context, site: Site) -> list[Ment] | None:
    """«وذكرت الوكالة أن الجيش الكيني كان قد شن هجمات …», «أن بريطانيا كانت قد علّقت مشاركتها في المحادثات»: the
    actors right after a complementizer (a demonym after the noun it qualifies) and right before «كان» + «قد»
    (`past_auxiliaries`, `auxiliaries`) are the verb's subject; the subject of the clause before is not carried
    past them (Arabic)."""
    i, ts = site.i, site.sent.ts
    if ctx.lang != "ar" or i - 3 < ts or ctx.texts[i - 1] not in ctx.lex.w("auxiliaries"):
        return None
    if ctx.texts[i - 2] not in ctx.lex.w("past_auxiliaries"):
        return None
    m = next((m for m in site.before if m.te == i - 2 and actor(m)), None)
    if m is None:
        return None
    group = _left_group(ctx, site, m)
    k = min(g.np_start for g in group) - 1
    k -= m.role == "demonym" and len(group) == 1 and k > ts and not ctx.covered[k]  # «أن الجيش التشادي كان قد»
    return group if k >= ts and ctx.texts[k] in ctx.lex.complementizers else None


def _kana_subject(ctx: Context, site: Site) -> bool:
    """«وكان X … قد + verb»: the verb's subject is the actor named right after «كان» that opens the sentence."""
    return _kana_head(ctx, site) is not None


def _kana_head(ctx: Context, site: Site) -> Ment | None:
    """The actor named right after the «كان» that opens the sentence, when the verb follows «قد», or is the first
    verb after it («وكان رئيس المجلس، X، استقبل أمس Y»: the pluperfect without «قد»)."""
    k = site.i - 1
    if ctx.lang != "ar" or k <= site.sent.ts:
        return None
    kana = ctx.lex.w("past_auxiliaries")
    start = next((x for x in range(site.sent.ts, min(site.sent.ts + 3, k)) if ctx.toks[x].text in kana), None)
    if start is None:
        return None
    if ctx.toks[k].text not in ctx.lex.w("auxiliaries") and any(start < f.i < site.i for f in site.found):
        return None
    return next((m for m in site.before if actor(m) and m.np_start == start + 1), None)


def _noun_subject_after(ctx: Context, site: Site, nxt) -> Outcome | None:
    """A noun right after the verb that is its own subject: a delegation («وتوجه وفد أمني مصري إلى غزة»: the actor
    that qualifies it sends it) or a noun in construct («وافق طرفا الصراع في إثيوبيا على …», `construct_subjects`:
    no name the clause before carries), or a text (_document_speaks); None for any other word."""
    if (text := _document_speaks(ctx, site)) is not None:
        return text
    if nxt is None or ctx.covered[site.j]:
        return None
    if nxt.text in ctx.lex.w("construct_subjects") and not any(t.ts == site.j for t in ctx.titles):
        return DONE
    return _delegation_subject(ctx, site) if nxt.text in ctx.lex.w("delegation_nouns") else None


def _delegation_subject(ctx: Context, site: Site) -> Outcome:
    """A delegation noun right after the verb is its subject: the actor that qualifies it within a few words
    («وفد أمني مصري», «وفد من حركة حماس») sends it; with none named, the subject is unnamed."""
    m = site.first_after
    if m is None or not actor(m) or m.np_start - site.j > _cx(ctx, "dropped-subject", "delegation_window", 3):
        return DONE
    return _subject(site, [m], "delegation-subject")


def _unnamed_source(ctx: Context, site: Site) -> bool:
    """An attribution word («حسب», «بحسب») before the verb with no actor named right after it («حسب وسائل إعلام
    مصرية»: the media are not named; «بحسب الخارجية المصرية» names the ministry)."""
    words = ctx.lex.w("attribution_words")
    k = next((x for x in range(site.sent.ts, site.i) if ctx.texts[x] in words), -1)
    return k >= 0 and not any(m.np_start == k + 1 and m.kind in ACTOR_KINDS for m in site.ments)


@construction("gerund-adjunct", "subject", langs=("en",))
def gerund_adjunct(ctx: Context, site: Site, emit) -> Outcome:
    """ "Blinken met Lavrov before holding talks with Cavusoglu", "Erdogan received Zelensky after holding a phone
    call with Putin", "… before meeting Sisi": an -ing adjunct after a time word (`gerund_adjunct_words`) has the
    subject of the clause it follows, never the object just named."""
    at = site.state.verb_at
    subjects = site.state.verb_subjects if site.sent.ts <= at < site.i else []
    if not subjects or site.rtype not in _EVENTS:
        return PASS
    k = site.i
    while k > site.sent.ts and site.i - k < 4 and not ctx.texts[k].endswith("ing"):
        k -= 1
    if not ctx.texts[k].endswith("ing") or k - 1 < site.sent.ts:
        return PASS
    if ctx.texts[k - 1] not in ctx.lex.w("gerund_adjunct_words") or any(ctx.covered[x] for x in range(k, site.i)):
        return PASS
    return _subject(site, subjects, "gerund-adjunct")


@construction("sided-against", "subject", langs=("en",))
def sided_against(ctx: Context, site: Site, emit) -> Outcome:
    """ "Russia sided with Armenia against Azerbaijan", "Turkey backed the GNA against Haftar's forces", "would
    stand with Turkey against threats from the LNA": 'against' right after the object of a verb of backing
    takes that verb's subject; the one backed is no subject of it."""
    if site.rtype != "opposes" or ctx.texts[site.i] not in ctx.lex.w("against"):
        return PASS
    nb = site.near_before
    if nb is None or nb.te != site.i or not actor(nb):
        return PASS
    prev = next((f for f in reversed(site.found[: site.n_trig]) if f.i >= site.sent.ts), None)
    if prev is None or prev.rtype != "supports" or prev.phrase.nominal or prev.j > nb.np_start:
        return PASS
    if any(ctx.ments.starting(x) for x in range(prev.j, nb.ts)):
        return PASS  # ("backed the army and the RSF against …": the object alone, right after the verb)
    if site.state.verb_at != prev.i or not site.state.verb_subjects:
        return PASS
    return _subject(site, list(site.state.verb_subjects), "sided-against")


@construction("joined-in", "subject", langs=("en",))
def joined_in(ctx: Context, site: Site, emit) -> Outcome:
    """ "Morocco joined the UAE and Bahrain in signing the accords", "France joined Britain in condemning the
    strikes": the act after "in", right past the object of a verb of joining (`joined_in_verbs`), is done by the joiner
    and the ones joined alike (the nearest name, the last of those joined, is not its only subject)."""
    if ctx.texts[site.i] in ctx.lex.w("joined_in_verbs") and _joined_in_act(ctx, site):
        return DONE  # ("Qatar joined Egypt in welcoming the truce": no truce joined; the act's own trigger reads it)
    nb, k = site.near_before, site.i - 1
    if nb is None or nb.te != k or k <= site.sent.ts or not actor(nb):
        return PASS
    if ctx.texts[k] not in ctx.lex.w("joined_in_links"):
        return PASS
    verbs = ctx.lex.w("joined_in_verbs")
    v = next((x for x in range(k - 1, max(site.sent.ts, k - 12), -1) if ctx.texts[x] in verbs), -1)
    joined = coordinated_after(ctx, site.ments, v + 1, k) if v > site.sent.ts else []
    if not joined or joined[-1] is not nb:
        return PASS
    joiners = side_before(ctx, site.ments, v, site.sent.ts)
    if not joiners:
        return PASS
    return _subject(site, [*_left_group(ctx, site, joiners[0]), *joined], "joined-in")


def _joined_in_act(ctx: Context, site: Site) -> bool:
    """ "joined Egypt in welcoming …": the names right after the verb of joining, then "in" and an "-ing" word."""
    grp = coordinated_after(ctx, site.ments, site.j, site.sent.te)
    k = grp[-1].te if grp else -1
    links = ctx.lex.w("joined_in_links")
    return 0 < k < site.sent.te - 1 and ctx.texts[k] in links and ctx.texts[k + 1].endswith("ing")


@construction("and-verb", "subject", langs=("en",), nominal=False)
def and_verb(ctx: Context, site: Site, emit) -> Outcome:
    """ "Officials met Burhan in Port Sudan and praised the declaration", "The leaders condemned the coup against
    Bazoum and praised the AU", "visited Kampala but criticized Somalia": a verb right after "and" or "but"
    (`verb_coordinators`) goes on with the subject of the verb before it; the name between the two is that verb's
    object, never the second verb's subject (none is named when the first verb's subject is a common noun)."""
    k = site.i - 1
    k -= k > site.sent.ts and ctx.texts[k] in ctx.lex.w("coordinated_verb_adverbs")  # "but did criticize"
    if k <= site.sent.ts or ctx.texts[k] not in ctx.lex.w("verb_coordinators"):
        return PASS
    nb = site.near_before
    prev = next((f for f in reversed(site.found[: site.n_trig]) if not f.phrase.nominal and f.i >= site.sent.ts), None)
    if prev is None and nb is not None and nb.te <= site.i - 1 and (own := _untriggered_verb_subject(ctx, site, nb)):
        return _subject(site, own, "and-verb")  # "Grundberg briefed the Security Council and urged …"
    if prev is None and nb is not None and (held := _noun_subjects(ctx, site, nb)):
        return _subject(site, held, "and-verb")  # "X held peace talks with Y in Doha but refused …": X goes on
    if site.rtype in _ENCOUNTERS and prev is not None and nb is not None and nb.te <= prev.i == site.state.verb_at:
        if nb in site.state.verb_subjects:  # "X arrived in Tripoli on Tuesday, his first visit in years, and held
            return _subject(site, site.state.verb_subjects, "and-verb")  # talks": only places after X's verb
    if nb is not None and prev is not None and _after_subordinate(ctx, site, nb, prev):
        return _subject(site, site.state.main_subjects, "and-verb")  # "… once A and B reach a deal and urged …"
    at = site.state.verb_at
    subjects = site.state.verb_subjects  # (named before the nearest name, which an aside holds: not its subject)
    if (
        nb is not None
        and site.sent.ts <= at
        and nb.te <= at < site.i
        and subjects
        and subjects[-1].te <= nb.ts
        and ctx.lex.any_of("relative_pronouns", "relative_who").isdisjoint(ctx.texts[subjects[-1].te : at])
    ):  # ("accused Rwanda, which backs the M23, and condemned …": the verb of a relative clause goes on no more)
        return _subject(site, site.state.verb_subjects, "and-verb")  # "The US, a backer of the AU, condemned the
        # killings and urged Eritrea …": no name between the two verbs; the first one's subject goes on
    if nb is None or prev is None or not prev.j <= nb.np_start or nb.te > site.i - 1:
        return PASS
    at = site.state.verb_at
    if site.sent.ts <= at < nb.ts and site.state.verb_subjects:
        return _subject(site, site.state.verb_subjects, "and-verb")
    return DONE if at < site.sent.ts else PASS


def _noun_subjects(ctx: Context, site: Site, nb: Ment) -> list[Ment]:
    """ "The Taliban have been holding peace talks with the US for a year but refuse to recognize …": with no verb
    trigger before "and"/"but", the subject of the sentence's noun trigger before it goes on when the name nearest
    the verb is that noun's object (after the noun, the subject before it), not the verb's subject."""
    noun = next((f for f in reversed(site.found[: site.n_trig]) if f.phrase.nominal and f.i >= site.sent.ts), None)
    held = site.state.subjects_here
    if noun is None or not held or nb.np_start < noun.j or nb.te > site.i - 1:
        return []
    return list(held) if all(site.sent.ts <= m.ts and m.te <= noun.i for m in held) else []


def _after_subordinate(ctx: Context, site: Site, nb: Ment, prev) -> bool:
    """The verb before "and" is a subordinate clause's, its subject right after a subordinator ("once", "until",
    `subordinators`) that follows the main clause's verb: the verb after "and" goes on with the main clause."""
    main = site.state.main_subjects
    if not main or not site.sent.ts <= site.state.main_at < nb.ts or not nb.te <= prev.i:
        return False
    k = nb.np_start - 1
    while k > site.state.main_at and (ctx.texts[k] == "the" or ctx.texts[k] == "and" or ctx.covered[k]):
        k -= 1  # ("once Hochstein and Netanyahu reach": past the names joined before it)
    return ctx.texts[k] in ctx.lex.w("subordinators")


def _untriggered_verb_subject(ctx: Context, site: Site, nb: Ment) -> list[Ment]:
    """ "UN envoy Hans Grundberg briefed the Security Council on Thursday and urged …": the name before "and" is the
    object of a past verb that is no trigger ("briefed", "addressed"); the verb after "and" shares that verb's
    subject, the name (and those joined with it) right before it."""
    v = nb.np_start - 1
    if v > site.sent.ts and (ctx.texts[v] == "the" or ctx.texts[v] in ctx.lex.w("articles")):
        v -= 1
    acting = ctx.lex.w("acting_verbs")  # ("Rwanda denies backing the M23 and accuses Kinshasa": present too)
    before = ctx.texts[v - 1] if v - 1 > site.sent.ts else ""
    if ctx.texts[v].endswith("ing") and (_past_verb(ctx, before) or before in acting):
        v -= 1  # "Rwanda denied backing the M23 and blamed Kinshasa": the past verb takes the -ing verb's phrase
    verb = ctx.texts[v] if v > site.sent.ts else ""
    if not (_past_verb(ctx, verb) or verb in acting) or not verb.islower():
        return []
    v -= ctx.texts[v - 1] in ctx.lex.w("subject_adverbs")  # ("Kigali flatly denied …")
    subj = next((m for m in site.view.subjects if m.te == v), None)
    return _left_group(ctx, site, subj) if subj is not None and actor(subj) else []


def _past_verb(ctx: Context, word: str) -> bool:
    """An English past verb: regular ("-ed") or one of `and_noun_verbs` ("gave", "sent")."""
    return word.endswith("ed") or word in ctx.lex.w("and_noun_verbs")


@construction("and-verb-noun", "subject", langs=("en",), nominal=True)
def and_verb_noun(ctx: Context, site: Site, emit) -> Outcome:
    """ "Kenya condemned al-Shabaab and offered support to Somalia", "… and reaffirmed its backing for the plan": a
    noun trigger that the verb after "and" takes goes on with the subject of the verb before "and"; the name between
    them is that verb's object, never the noun's subject."""
    nb = site.near_before
    if nb is None or not _after_and_verb(ctx, site, nb.te):
        return PASS
    subjects = _clause_verb_subjects(site, nb)
    return _subject(site, subjects, "and-verb-noun") if subjects else DONE


def _after_and_verb(ctx: Context, site: Site, start: int) -> bool:
    """ "and offered support", "and voiced its strong backing": "and", a past-tense verb, then at most two
    words that name nobody (a possessive, an adjective) before the noun trigger."""
    i, texts, adverbs = site.i, ctx.texts, ctx.lex.w("verb_adverbs")
    for a in range(i - 2, max(start, i - 5) - 1, -1):
        if texts[a] not in ctx.lex.w("and"):
            continue
        v = a + 2 if texts[a + 1] in adverbs else a + 1  # "and then offered"
        if v < i and _past_verb(ctx, texts[v]):
            return ctx.free(a, i) and all(t.isalpha() and t.islower() for t in texts[a + 1 : i])
        return False
    return False


@construction("own-clause-subject", "subject", langs=("en",), nominal=False)
def own_clause_subject(ctx: Context, site: Site, emit) -> Outcome:
    """ "After talks mediated by the African Union began, delegates from both sides signed an agreement", "Rubio
    said it was not easy to reach the agreement": a verb whose clause has a subject of its own that names nobody (a
    common noun phrase after the last comma, the expletive "it … easy to") has no subject among the names before."""
    nb = site.near_before
    if nb is None or site.i - nb.te > 14:
        return PASS
    if ctx.texts[site.j - 1] == "of" or (site.j < site.sent.te and ctx.texts[site.j] == "of"):
        return PASS  # "The UAE, a key backer of the RSF, …": an agent noun in an apposition, no verb of a clause
    if _expletive_infinitive(ctx, site.i, nb.te):
        return DONE
    c = max((k for k in range(nb.te, site.i) if ctx.texts[k] == ","), default=-1)
    if c >= 0 and ctx.texts[c + 1] in ctx.lex.w("and"):
        c += 1  # ", and the two sides signed": a clause of its own
    seg = range(c + 1, site.i)
    if c < 0 or len(seg) < 2 or ctx.texts[c + 1] in ctx.lex.w("clause_openers"):
        return PASS
    if any(f.i in seg and not f.phrase.nominal for f in site.found):
        return PASS  # ("X, welcomed the vote and accused …": the verb before shares the subject)
    if ctx.texts[site.i - 1] in ctx.lex.w("and") and ctx.texts[c + 1] not in ctx.lex.w("articles"):
        return PASS  # ("X, the FARC commander, apologised to the victims and said …": a verb phrase joined to it)
    if any(ctx.covered[k] or not ctx.toks[k].is_word for k in seg):
        return PASS
    verbal = ctx.lex.w("auxiliaries") | ctx.lex.w("copulas") | ctx.lex.w("modal_words")
    if any(ctx.texts[k] in verbal or ctx.texts[k].endswith("ly") for k in seg):
        return PASS  # ("…(CMA), had already accused": the verb's own words, no subject)
    s_, _ = ctx.orig(c + 1, c + 2)
    return DONE if ctx.text[s_ : s_ + 1].islower() else PASS


def _expletive_infinitive(ctx: Context, i: int, lo: int) -> bool:
    """ "it was not easy to reach", "it had been difficult to sign": "to" right before the verb, and an expletive
    "it" with a copula after it a few words before (`copulas`, `auxiliaries`, negations and one adjective between)."""
    if i < 3 or ctx.texts[i - 1] != "to":
        return False
    light = ctx.lex.w("copulas") | ctx.lex.w("auxiliaries") | ctx.lex.negations | {"be", "been", "not"}
    for k in range(i - 2, max(lo, i - 7) - 1, -1):
        if ctx.texts[k] == "it":
            return k + 1 < i - 2 and all(ctx.texts[x] in light for x in range(k + 1, i - 2))
        if ctx.covered[k]:
            return False
    return False


@construction("modifier-agent", "subject")
def modifier_agent(ctx: Context, site: Site, emit) -> Outcome:
    """ "The coalition led by Saudi Arabia announced …", «التحالف بقيادة السعودية أعلن …», «القوات المدعومة من
    إيران رفضت …»: the name after "led by" / «بقيادة» / «المدعومة من» modifies the noun before it; that noun, not
    the name, is the verb's subject (nobody named when it is a common noun)."""
    nb = site.near_before
    if nb is None or not after_agent_words(ctx, nb.np_start):
        return PASS
    skip = ctx.lex.w("time_adverbs")  # («الموالية لتنظيم «القاعدة» أول أمس الجمعة هجوما»: the time does not count)
    if sum(ctx.texts[k] not in skip and ctx.toks[k].is_word for k in range(nb.te, site.i)) > 3:
        return PASS
    if led := _led_delegation(ctx, site, nb):
        return _subject(site, led, "delegation-head")
    head = _modified_head(ctx, site, nb)
    return _subject(site, _left_group(ctx, site, head), "modifier-agent") if head is not None else DONE


def _led_delegation(ctx: Context, site: Site, nb: Ment) -> list[Ment]:
    """ "A Hamas delegation led by X met Y", «وفد من حماس برئاسة X التقى Y»: a delegation a person heads meets,
    talks or travels as he does; the person, and the side that sends the delegation (named within it), act. None
    when the modified noun is no delegation (`delegation_nouns`) or the verb is no encounter."""
    if site.rtype not in _ENCOUNTERS or nb.kind != "person":
        return []
    k = nb.np_start - 1 - (ctx.texts[nb.np_start - 1] not in ctx.lex.w("np_agent_words"))
    nouns = ctx.lex.w("delegation_nouns")
    for d in range(k - 1, max(site.sent.ts, k - 6) - 1, -1):
        if ctx.texts[d] in (",", "،") and d == k - 1:
            continue  # ("The Yemeni delegation, headed by X, held a meeting with Y": the participle in an aside)
        if not ctx.toks[d].is_word:
            return []
        if ctx.texts[d] in nouns:
            sender = [m for m in site.before if d - 2 <= m.ts and m.te <= k and actor(m) and m.kind != "person"]
            ctx.memo["led-delegation"] = led = [nb, *sender[:1]]
            return led
    return []


def _the_delegation(ctx: Context, site: Site) -> list[Ment]:
    """ "A Houthi delegation led by X arrived in Muscat. The delegation then held talks with Y", "… The
    delegation was received by Y": "the delegation" opening a sentence, with no name of its own before the verb
    (up to `delegation-anaphor` window words: adverbs, a light verb), is the one a person was said to lead before
    in the article: he and the side that sent it act (English; meetings, talks, calls and travels)."""
    led = cast("list[Ment] | None", ctx.memo.get("led-delegation"))
    ts = site.sent.ts
    if not led or site.rtype not in _ENCOUNTERS or ts + 2 > site.i or ctx.texts[ts] != "the":
        return []
    if ctx.texts[ts + 1] not in ctx.lex.w("delegation_nouns"):
        return []
    if site.i - ts - 2 > _cx(ctx, "delegation-anaphor", "window", 4):
        return []
    if any(ts <= m.ts < site.i for m in site.ments) or any(ts + 2 <= f.i < site.i for f in site.found[: site.n_trig]):
        return []  # (a name or a verb of its own before the trigger; "delegation" is a trigger of membership)
    return list(led)


@construction("delegation-anaphor", "subject", rtypes=tuple(_ENCOUNTERS))
def delegation_anaphor(ctx: Context, site: Site, emit) -> Outcome:
    """ "The delegation later held talks with Y": the delegation a person was said to lead (see _the_delegation)."""
    led = _the_delegation(ctx, site)
    return _subject(site, led, "delegation-anaphor") if led else PASS


def _modified_head(ctx: Context, site: Site, nb: Ment) -> Ment | None:
    """The named noun that the agent phrase of `nb` («بقيادة X», «المنبثقة عن X») modifies, if one is named."""
    start = quoted_name_start(ctx, nb.np_start)  # («الموالية لتنظيم «القاعدة»»)
    k = start - 1 - (ctx.texts[start - 1] not in ctx.lex.w("np_agent_words"))
    if k > site.sent.ts and ctx.texts[k - 1] in (",", "،"):
        k -= 1  # «القوات السودانية، المدعومة من مصر، شنت»: the modified noun before the aside's comma
    if site.rtype in ("fights", "supports", "opposes"):  # («حركة الشباب» الموالية): past its closing mark (for
        k -= k > site.sent.ts and ctx.texts[k - 1] in ('"', "»", "”")  # the types of stance and fighting only)
    return next((m for m in site.before if m.te == k and m.kind != "person"), None)


def _names_a_document(ctx: Context, site: Site, nb: Ment) -> bool:
    """The nearest name is inside an agreement's mention ("a UN Security Council resolution", "the AU peace plan"):
    it qualifies the document and does not act in a later clause of its own (English)."""
    if ctx.lang == "ar":
        return False
    return any(
        m.kind == "agreement" and (m.ts == nb.te or m.ts <= nb.ts and nb.te <= m.te and m.te - m.ts > nb.te - nb.ts)
        for m in site.ments
    )


def _not_its_subject(ctx: Context, site: Site, nb: Ment) -> bool:
    """The nearest actor before the trigger is not its subject: a noun trigger behind a preposition (someone
    else's talks), a clause of its own between, the object of the clause before a comma, a subject named after
    an Arabic verb, a reported clause a noun heads, the source an aside names, or a former title."""
    rtype = site.rtype
    preps = ctx.lex.w("prepositions")
    if site.nominal and rtype in ("agrees_with", "meets", "phones", "negotiates_with", "visits"):
        temporal = ctx.lex.w("temporal_prepositions")  # «أعلن أردوغان إثر محادثات مع بوتين»: his own talks
        occasion = ctx.lex.w("occasion_nouns")  # («في ختام زيارته»: at its end, a time too)
        span = title_aside(ctx, site.i, site.sent.ts)
        lo = span[1] if span is not None and span[0] == nb.te else nb.te  # («X، المبعوث الأممي إلى اليمن، مباحثات»)
        if any(
            t.text in preps and t.text not in temporal and not _round_partitive(ctx, k, site.i)
            and not (k + 2 == site.i and ctx.texts[k + 1] in occasion)
            for k, t in enumerate(ctx.toks[lo : site.i], lo)
        ):
            if not _took_part(ctx, nb.te, site.i):
                return True  # «دور مصر في التوصل إلى ...» is not Egypt's deal
    if (  # "its commitment to the sovereignty of Somalia, after the signing of a deal": not Somalia's
        (ctx.lang == "ar" and after_complement_clause(ctx, [nb], site.i))
        or _own_clause(ctx, nb.te, site.i)
        or _object_before_comma(ctx, nb, site)
    ):
        return True
    if ctx.lang == "ar" and not site.nominal and _break_then_named(ctx, site):
        return True  # «…، فيما قال المتحدث باسم الأمين العام ستيفان دوجاريك إن …»: the subject follows the verb
    if not ctx.lex.w("pronoun_clause_openers").isdisjoint(ctx.texts[nb.te : site.i]):
        return True  # «في الوقت الذي تلتزم فيه الحكومة بالخطة فإنه يواصل الحوار»: "he", not the government
    if site.nominal and _participle_agents(ctx, site, nb):
        return True  # "a truce brokered by Saudi Arabia and the United States, after talks in Jeddah": not theirs
    if site.nominal and _heads_reported_clause(ctx, site.i):
        return True  # «وقال مصدر بالنيجر لوكالة الأنباء إن هجوما على قاعدة …»: nobody before «إن» attacked
    if (
        (site.nominal and rtype == "states" and _attributed_noun(ctx, site.i))
        or (ctx.lang == "ar" and _attribution_source(ctx, nb, site.i))
        or _former_title(ctx, site)
        or _gerund_of_a_group(ctx, site)
    ):  # «وأكد لهما، وفق بيان للديوان الملكي، أن …»: the statement's author follows it; «وفق بيان للديوان
        return True  # الملكي، أن دعم المغرب …»: the source an aside names does not act in the clause
    return False


def _object_of_encounter(ctx: Context, site: Site, nb: Ment) -> list[Ment]:
    """ "X's meeting with A comes a day after a similar meeting with B", "X met A during his visit to B": the
    nearest name is the object of an earlier meeting, talk or visit of the sentence, not the subject of this noun
    (English); its subject is that earlier one's. Empty when the rule does not apply ("A's visit": the possessor's
    own) or the earlier one has no subject."""
    if ctx.lang == "ar" or not site.nominal or site.rtype not in _ENCOUNTERS or nb.possessive:
        return []
    partner = site.trig.phrase.words[-1] in ("with", "to") or ctx.texts[site.j : site.j + 1] in (["with"], ["to"])
    if not partner:
        return []  # ("negotiations between Kyiv and Moscow, which stalled after talks in Istanbul": theirs)
    prev = next(
        (f for f in reversed(site.found[: site.n_trig]) if f.i >= site.sent.ts and f.j <= nb.np_start < site.i), None
    )
    owned = prev is not None and prev.phrase.nominal and prev.phrase.words[-1] in ("with", "against")
    if prev is None or not (prev.rtype in _ENCOUNTERS or owned) or ctx.texts[nb.te] in ("'s", "'"):
        return []  # (owned: "discussed the war with Russia in a call with Macron": Russia is the war's)
    return [m for m in site.state.subjects_here if m.te <= prev.i]


def _participle_agents(ctx: Context, site: Site, nb: Ment) -> bool:
    """`nb` and the names listed with it follow a participle and its "by" ("a ceasefire brokered by Saudi Arabia and
    the United States, after talks in Jeddah"): they describe the noun before them and hold no later talks of the
    clause that name no other side (English)."""
    if ctx.lang == "ar" or any(actor(m) and not m.located for m in site.after):
        return False  # ("brokered by the US after talks with Israel": the US talked with Israel)
    k = _left_group(ctx, site, nb, True)[0].np_start
    return k >= 2 and ctx.texts[k - 1] == "by" and ctx.texts[k - 2].endswith("ed")


@construction("subject-verb", "subject")
def subject_verb(ctx: Context, site: Site, emit) -> Outcome:
    """ "Kerry and Lavrov agreed", «مصر والأردن ترفضان»: the nearest actors before the trigger."""
    nb, rtype = site.near_before, site.rtype
    if nb is None or _speaker_after_relative(ctx, site):
        return PASS
    if _passive_of_thing(ctx, site, nb) or _fighting_between(ctx, site) or _subject_of_its_own(ctx, site, nb):
        return DONE  # "Ruto said a truce had been reached between A and B": the truce was reached, not by Ruto
    if "," in ctx.texts[nb.te : site.i] and not ctx.lex.w("mediator_nouns").isdisjoint(ctx.toks[site.i].forms):
        return DONE  # "Israel and Hamas agreed to a ceasefire, mediators Qatar and the US said": no side talks to them
    if own := _subject_before_nearest(ctx, site, nb) or _object_of_encounter(ctx, site, nb):
        return _subject(site, own, "subject-verb")
    narrow = (
        site.nominal and rtype == "agrees_with" and "nominal_agreement_window" in ctx.lex.constructions["subject-verb"]
    )
    window = _cx(ctx, "subject-verb", "nominal_agreement_window" if narrow else "window", 12)
    if site.gap_before > window:
        return PASS
    if _not_its_subject(ctx, site, nb) or _not_the_speaker(ctx, site, nb) or _inserted_speaker(ctx, site, nb):
        return PASS
    if _unnamed_doer(ctx, site, nb):
        return DONE  # "Finland joined NATO after the invasion of Ukraine": NATO did not invade; nobody named did
    if _counted_members(ctx, nb) or _names_a_document(ctx, site, nb):
        return DONE  # "Eleven members of the council voted for the draft": a subset of the body, not the body;
        # "vetoed a Security Council resolution that condemned attacks against X": the text did
    if _reduced_relative_head(ctx, site):
        return DONE  # "The deal Israel signed with Hamas called for …": the deal calls for it, not Hamas
    if shared := _coordinated_verb(ctx, site, nb) or _carried_on(ctx, site, nb) or _opening_subject(ctx, site, nb):
        return _subject(site, shared, "subject-verb")
    if site.nominal and after_agent_words(ctx, nb.np_start) and (head := _modified_head(ctx, site, nb)) is not None:
        nb = head  # «بدأت الهيئة العليا المنبثقة عن المعارضة، اليوم، أول لقاء مع …»: the body the phrase describes
    nb = _before_aside(ctx, site, nb)
    nb = _past_closed_relative(ctx, site, nb) if nb is not None else None
    if nb is None or ((site.nominal or site.rtype == "agrees_with") and _sponsors_named(ctx, site, nb)):
        return DONE  # «وكانت القوات الحكومية، مدعومة بضربات من الولايات المتحدة، قد استعادت …»: unnamed; «… برعاية
        # الأمم المتحدة، وبإدانة التوغل»: the sponsors of the act before, this noun's agent unnamed
    nb = _before_destination(ctx, site, nb)
    if site.nominal and _appositive_noun(ctx, nb, site.i):
        return _subject(site, [nb], "subject-verb")  # "Turkey, …, and Egypt, an ally of Haftar": Egypt alone
    grp = _past_fronted(ctx, site, nb, _left_group(ctx, site, nb, relative_subject(ctx, site.ments, site.i) is None))
    if grp is None:
        return PASS  # "At a ceremony with Rubio, the two ministers signed": the fronted phrase's name is no subject
    return _subject(site, _listing_body(ctx, site, grp) or _pronoun_listed(ctx, site, grp), "subject-verb")


def _listing_body(ctx: Context, site: Site, grp: list[Ment]) -> list[Ment]:
    """ "The Contact Group of France, Germany and Italy, the main donors, has voiced doubts", "the Quartet of
    the US, Russia, the EU and the UN said": a list of two or more states or bodies after a body and "of" names
    what the body is made of (patterns.body_of_list); the body is the verb's subject, not its members (English)."""
    if ctx.lang == "ar" or len(grp) < 2 or any(m.kind not in ("state", "organization") for m in grp):
        return []
    k = min(m.np_start for m in grp) - 1
    k -= ctx.texts[k] == "the"  # ("of the United States, …")
    if k <= site.sent.ts or ctx.texts[k] != "of":
        return []
    body = next((m for m in site.ments if m.te == k and m.kind in ("organization", "armed_group")), None)
    return [body] if body is not None and not body.in_np else []


def _past_fronted(ctx: Context, site: Site, nb: Ment, grp: list[Ment]) -> list[Ment] | None:
    """The subject group without the names of a sentence-initial phrase ("In a call with Macron, Pezeshkian
    warned": not Macron); None when the clause after that phrase has an unnamed subject of its own."""
    k = _fronted_end(ctx, site.sent.ts, site.sent.te)
    if 0 <= k and nb.te <= k and _unnamed_after_fronted(ctx, k, site.i):
        return None
    if 0 <= k < nb.np_start and any(m.te <= k for m in grp):
        return [m for m in grp if m.np_start > k]
    return grp


def _quoted_before(ctx: Context, lo: int, i: int) -> bool:
    """ '"… the campaign by the Gulf Cooperation Council is based on lies," it said', '…," the statement added': a
    quotation closes (its mark next to a comma) between the name and the verb; the name is words of the quotation,
    and the verb's subject is what follows the mark."""
    texts = ctx.texts
    return any(
        texts[k] == '"' and (texts[k - 1] in (",", "،") or texts[k + 1] in (",", "،")) and _closing_quote(ctx, k)
        for k in range(max(lo, 1), i - 1)
    )


def _closing_quote(ctx: Context, k: int) -> bool:
    """The quotation mark at token k closes a quotation: a closing curly mark, or a straight one after an odd
    number of them since its paragraph began ('said, "…' opens one after a comma)."""
    pos = ctx.orig(k, k + 1)[0]
    ch = ctx.text[pos : pos + 1]
    if ch in ("”", "»", "“", "«"):
        return ch in ("”", "»")
    return ctx.text.count('"', ctx.text.rfind("\n", 0, pos) + 1, pos) % 2 == 1


def _inserted_speaker(ctx: Context, site: Site, nb: Ment) -> bool:
    """ "The trip, the palace announced on Monday, came after talks between A and B", "The offensive, Kyiv said,
    began at dawn": a name set off by a comma before it, a verb of saying right after it and a comma after that
    (within `inserted_reach` tokens, no "that" between) speaks the sentence around it; it is not the subject of a
    trigger after the second comma (English)."""
    if ctx.lang == "ar" or site.rtype == "states" or nb.te >= site.i:
        return False
    k = nb.np_start - (nb.np_start - 1 > site.sent.ts and ctx.texts[nb.np_start - 1] in ("the", "a"))
    if k - 1 <= site.sent.ts or ctx.texts[k - 1] != "," or not speech_verb_at(ctx, nb.te):
        return False
    reach = int(_cx(ctx, "subject-verb", "inserted_reach", 0))
    close = next((x for x in range(nb.te + 1, min(site.i, nb.te + 1 + reach)) if ctx.texts[x] == ","), -1)
    return close > 0 and ctx.lex.complementizers.isdisjoint(ctx.texts[nb.te : close])


def _not_the_speaker(ctx: Context, site: Site, nb: Ment) -> bool:
    """The statement verb's subject is a pronoun right after "what" or after a quotation that closes before it
    ("urged the African Union to reject what it said was Rwanda's support", '"… by the Gulf Cooperation Council …,"
    it said'), or words after the comma of a sentence-initial phrase (`fronted_openers`) that holds the name before
    it ("Concerning the African Union's proposal, the Ethiopian ambassador said …"): not the name before it."""
    if site.rtype != "states" or ctx.lang == "ar" or site.nominal:
        return False
    fronted = _fronted_end(ctx, site.sent.ts, site.sent.te)
    if not ctx.lex.w("statement_nouns").isdisjoint(ctx.texts[site.sent.ts : max(fronted, site.sent.ts)]):
        fronted = -1  # "In a joint statement issued by Biden and Macron, it was announced …": its authors speak
    if nb.te <= fronted < site.i - 1:
        return True  # "In a call with Macron, the Iranian president said …": the subject follows the phrase's comma
    if 0 <= fronted and "," in ctx.texts[nb.te : site.i]:  # ("Concerning a commission of the AU, the UN and the US
        if any(m.te <= fronted for m in _left_group(ctx, site, nb)):  # mediating, X said": the whole list)
            return True
    k, aux = site.i - 1, ctx.lex.w("auxiliaries")
    while k > nb.te and ctx.texts[k] in aux:
        k -= 1
    if not (k - 1 > nb.te and ctx.texts[k] in ctx.lex.any_of("subject_pronouns", "body_pronouns")):
        return False
    return ctx.texts[k - 1] in ctx.lex.w("what_words") or _quoted_before(ctx, k - 1, k + 1)


def _subject_of_its_own(ctx: Context, site: Site, nb: Ment) -> bool:
    """The verb's subject is no name before it: its own pronoun after «بما» or words after "where"; the
    document a relative clause holding the name is about («أكد الإعلان، الذي وُقّع خلال لقاء بين A وB،
    الالتزام»); the noun's own signer after it («بتوقيع القيادة على البروتوكول»)."""
    if _in_relative_on_thing(ctx, site, nb) or _noun_with_own_agent(ctx, site):
        return True
    return _agreed_what(ctx, site) or _own_clause_subject(ctx, site, nb)


def _own_clause_subject(ctx: Context, site: Site, nb: Ment) -> bool:
    """ "told Reuters in Qatar, where the feuding sides signed the accord": a relative adverb (`relative_adverbs`)
    between the name and the verb opens a clause whose subject, named by no actor, is words of its own."""
    adverbs = ctx.lex.w("relative_adverbs")
    r = next((x for x in range(nb.te, site.i) if ctx.texts[x] in adverbs), None)
    if r is None or site.i - r < 3:
        return False
    return not any(r < m.np_start < site.i and actor(m) for m in site.before)


def _agreed_what(ctx: Context, site: Site) -> bool:
    """«دعت أنقرة الطرفين إلى الالتزام بما اتفقا عليه»: "what they agreed", the verb's own pronoun its subject, no
    name before it (`agreed_what_relatives` right before a verb of agreeing)."""
    k = site.i - 1
    return site.rtype == "agrees_with" and k >= site.sent.ts and ctx.texts[k] in ctx.lex.w("agreed_what_relatives")


def _appositive_noun(ctx: Context, nb: Ment, i: int) -> bool:
    """A noun phrase set off after a name by a comma and an article (", an ally of Haftar", ", a key backer of the
    RSF"): it describes that name alone, not the names listed with it (English)."""
    k = nb.te
    if ctx.lang == "ar" or k + 1 >= i or ctx.texts[k] != ",":
        return False
    return ctx.texts[k + 1] in ctx.lex.w("appositive_articles") and i - k <= 4


def _fighting_between(ctx: Context, site: Site) -> bool:
    """ "held talks after fierce fighting in Khartoum between the army and the RSF": a noun of fighting whose sides
    follow it with "between" (past a place phrase) is the war of those sides (war-pair), none of the clause's
    subject (English)."""
    if ctx.lang == "ar" or not site.nominal or site.rtype != "fights":
        return False
    return not ctx.lex.w("between").isdisjoint(ctx.texts[site.j : min(site.sent.te, site.j + 5)])


def _passive_of_thing(ctx: Context, site: Site, nb: Ment) -> bool:
    """ "Lourenco announced that a ceasefire had been reached between Rwanda and Congo", "said a deal was agreed":
    a verb after a form of "be" (past auxiliaries and adverbs) is a passive whose subject is the phrase right
    before that chain; when that phrase is no actor, nobody before is its doer (English agreeing verbs; no agent
    "by" within a place phrase after it, which passive-by reads)."""
    i, texts = site.i, ctx.texts
    if ctx.lang == "ar" or site.nominal or site.rtype != "agrees_with":
        return False
    if not ctx.lex.w("agent_prepositions").isdisjoint(texts[site.j : min(site.sent.te, site.j + 5)]):
        return False
    k = i - 1
    while k > site.sent.ts and texts[k] in ctx.lex.w("passive_auxiliaries"):
        k -= 1
    return k + 1 < i and nb.te <= k and not ctx.lex.w("be_forms").isdisjoint(texts[k + 1 : i])


def _counted_members(ctx: Context, nb: Ment) -> bool:
    """ "Eleven members of the 15-member council", "12 members of the Security Council", "several members of the
    presidential council": a number or quantifier (`member_subset_counts`, or digits), a member noun
    (`member_plurals`) and "of" before the body: the subject is some of its members, not the body (English)."""
    k = nb.np_start - 1
    if k >= 3 and ctx.texts[k - 1 : k + 1] == ["-", "member"]:
        k -= 3  # ("the 15-member council")
    k -= k >= 0 and ctx.texts[k] == "the"
    if ctx.lang == "ar" or k < 2 or ctx.texts[k] != "of" or ctx.texts[k - 1] not in ctx.lex.w("member_plurals"):
        return False
    count = ctx.texts[k - 2].lower()
    return count.isdigit() or count in ctx.lex.w("member_subset_counts")


def _speaker_after_relative(ctx: Context, site: Site) -> bool:
    """«حركة إم 23، التي تقول كينشاسا إنها مدعومة من رواندا»: a speech verb after a relative pronoun, with a name
    right after it and then «إن»/«أن», has that name for its speaker; the antecedent is what is said (Arabic)."""
    fa = site.first_after
    if ctx.lang != "ar" or site.rtype != "states" or site.gap != 0 or not actor(fa) or fa.te >= site.sent.te:
        return False
    return ctx.texts[fa.te] in ctx.lex.complementizers and relative_subject(ctx, site.ments, site.i) is not None


def _object_before_comma(ctx: Context, nb: Ment, site: Site) -> bool:
    """ "the integrity of Somalia, after the signing of a deal", "talks in Doha with Qatar, after the signing"
    (English): the name before a noun trigger (or a gerund after an article) is a preposition's object
    (`object_prepositions`) and a comma parts it from the trigger's phrase: no subject of it. Arabic: a verb glued
    to «و» after the comma (_genitive_before_and_ar)."""
    i, k = site.i, nb.np_start - 1
    if ctx.lang == "ar":
        return _genitive_before_and_ar(ctx, nb, site)
    if k < 0 or not (site.nominal or ctx.texts[i - 1] in ("the", "a", "an")):
        return False
    if ctx.texts[k] not in ctx.lex.w("object_prepositions") or "," not in ctx.texts[nb.te : i]:
        return False
    return not _in_aside(ctx, site, k)


def _genitive_before_and_ar(ctx: Context, nb: Ment, site: Site) -> bool:
    """«وأشاد الوزير بجهود الرئيس الأمريكي دونالد ترامب لوقف الحرب، وأكد أن …»: a verb glued to «و» after a comma
    continues the clause before, whose subject it shares; the name before the comma inside a phrase after a glued
    preposition («بجهود …», «للرئيس …») is that clause's object, not this verb's subject (Arabic)."""
    toks, i = ctx.toks, site.i
    if site.nominal or i < 2 or not toks[i].text.startswith("و") or len(toks[i].forms) < 2:
        return False
    if ctx.texts[i - 1] not in (",", "،") or nb.te < i - 3:
        return False
    k = nb.np_start
    for j in (k - 1, k - 2, k):  # («بجهود الرئيس …», «للجهود الصادقة للرئيس …», «للرئيس …»)
        t = toks[j] if 0 <= j < len(toks) else None
        if t is not None and t.is_word and t.text[:1] in ("ب", "ل") and len(t.forms) > 1 and not ctx.covered[j]:
            return True
    return False


def _in_aside(ctx: Context, site: Site, k: int) -> bool:
    """ "Egypt, locked in a dispute with Ethiopia, has voiced support for …": the preposition at k is inside a
    participle aside right after a name; that name, not the object, may be the subject (`_before_aside`)."""
    for c in range(k - 1, max(site.sent.ts, k - 8), -1):
        if ctx.texts[c] == ",":
            return _object_participle_aside(ctx, site, c)
    return False


def _pronoun_listed(ctx: Context, site: Site, grp: list[Ment]) -> list[Ment]:
    """ "where he and Medvedev had agreed", "said after he, Mottaki of Iran and Amorim of Brazil signed": a
    singular pronoun that opens the coordinated subject is the person the sentence (or else the one before) is
    about: its first person subject, when there is exactly one to choose."""
    k = grp[0].np_start - 1 if grp else -1
    if k - 1 < site.sent.ts or not (ctx.texts[k] in ctx.lex.w("and") or ctx.texts[k] == ","):
        return grp
    if ctx.texts[k - 1] not in ctx.lex.w("singular_pronouns"):
        return grp
    people = [m for m in site.state.subjects_here if m.kind == "person"]
    if not people and not site.state.subjects_here:
        people = [m for m in site.state.last_subject if m.kind == "person"]
    if len({m.entity for m in people}) != 1 or any(m.entity == people[0].entity for m in grp):
        return grp
    return [people[0], *grp]


def _time_framed(ctx: Context, i: int) -> bool:
    """An event noun that only dates or explains the clause: "after the invasion of", "since the start of the
    war", «منذ الإطاحة بـ», «عقب الغارات», «جراء قصف» (a time or cause word, then in English one or two determiners;
    not "Russia's invasion", whose agent is named)."""
    if ctx.lang == "ar":  # (a noun in construct, «بعد إطاحة الرئيس», is the subject's own act: "after ousting")
        before = ctx.texts[i - 1] if i > 0 else ""
        dated = before in ctx.lex.w("time_prepositions") and ctx.texts[i].startswith("ال")
        return dated or before in ctx.lex.w("cause_prepositions")
    words = ctx.lex.any_of("time_prepositions", "cause_prepositions")
    k, dets = i - 1, ctx.lex.w("event_determiners")
    while k >= 0 and i - k <= 2 and ctx.texts[k] in dets:
        k -= 1
    return 0 <= k < i - 1 and ctx.texts[k] in words  # ("had since attacked": a verb)


def _attributed_noun(ctx: Context, i: int) -> bool:
    """A statement noun after "according to" («وفق بيان», «بحسب بيان», "according to a statement"): whoever is
    named before it is not its author."""
    k = i - 1
    while k >= 0 and ctx.texts[k] in ("a", "an", "the"):
        k -= 1
    if k < 0:
        return False
    if ctx.lang == "ar":
        return ctx.texts[k] in ctx.lex.w("attribution_heads")
    return k >= 1 and f"{ctx.texts[k - 1]} {ctx.texts[k]}" in ctx.lex.w("source_phrases")


def _former_title(ctx: Context, site: Site) -> bool:
    """ "asylum to ousted president Bashar al-Assad": a participle before a title says what became of the
    title's holder; nobody before it ousted him (syntax.former_title_at)."""
    return site.j == site.i + 1 and former_title_at(ctx, site.i, site.found[: site.n_trig])


def _gerund_of_a_group(ctx: Context, site: Site) -> bool:
    """ "posted a photo of the delegation meeting X", "reports of officials visiting Y": an -ing word right after a
    noun of people (`delegation_nouns`, `people_nouns`) has that noun as its subject; no name before it acts
    (English)."""
    i = site.i
    if ctx.lang == "ar" or i <= site.sent.ts or not ctx.texts[i].endswith("ing") or ctx.covered[i - 1]:
        return False
    if ctx.texts[i - 1] not in ctx.lex.any_of("delegation_nouns", "people_nouns"):
        return False
    return ctx.ending_at(i - 1) is None  # ("the Hamas delegation meeting X": Hamas's)


def _attribution_source(ctx: Context, nb: Ment, i: int) -> bool:
    """«وفق بيان للديوان الملكي، أن …», «بحسب الرئاسة، …»: the name is the source an aside attributes the
    clause to (an attribution word one or two words before it, a comma between it and the trigger)."""
    heads, k = ctx.lex.w("attribution_heads"), nb.np_start
    if not any(0 <= j < len(ctx.texts) and ctx.texts[j] in heads for j in (k - 1, k - 2)):
        return False
    return any(ctx.toks[j].text in (",", "،") for j in range(nb.te, i))


def _round_partitive(ctx: Context, k: int, i: int) -> bool:
    """«عقدت مصر والسودان جولة جديدة من المفاوضات»: «من» right before the talks noun, after a round noun
    (`round_nouns`) within three words, says which talks, not where the subject stands apart from them."""
    if k != i - 1:
        return False
    rounds = ctx.lex.w("round_nouns")
    return any(not rounds.isdisjoint(ctx.toks[x].forms) for x in range(max(0, k - 3), k))


def _took_part(ctx: Context, a: int, i: int) -> bool:
    """«شارك المقداد مطلع الشهر في اجتماع …», "took part in talks": a verb of taking part (`participation_verbs`)
    and then only the preposition right before the noun: the one named before takes part in the meeting."""
    verb = next((k for k in range(a, i) if not ctx.lex.w("participation_verbs").isdisjoint(ctx.toks[k].forms)), None)
    if verb is None or i - 1 <= verb or ctx.texts[i - 1] not in ctx.lex.w("participation_prepositions"):
        return False
    preps = ctx.lex.w("prepositions")
    return not any(ctx.texts[k] in preps for k in range(verb + 1, i - 1))


def _adjective_linker(ctx: Context, site: Site) -> bool:
    """«مشاورات مكثفة أجرتها رايس مع …»: one adjective (a word of no name, no preposition) between the noun and
    its linking verb."""
    j = site.j
    if j + 1 >= site.sent.te or ctx.covered[j] or not ctx.toks[j].is_word or ctx.texts[j] in ctx.lex.w("prepositions"):
        return False
    return linker(ctx, ctx.toks[j + 1]) and ctx.texts[j + 1] in ctx.lex.w("verb_linkers")


def _envoy_object(ctx: Context, site: Site) -> bool:
    """«وطردت السفير الإثيوبي», «واستدعت القائم بالأعمال الأميركي»: right after a verb of summoning or expelling
    (`envoy_object_verbs`) an envoy (`envoy_nouns`) is its object, never its subject."""
    if site.j >= site.sent.te or ctx.lex.w("envoy_object_verbs").isdisjoint(ctx.toks[site.i].forms):
        return False
    return not ctx.lex.w("envoy_nouns").isdisjoint(ctx.toks[site.j].forms)


def _heads_reported_clause(ctx: Context, i: int) -> bool:
    """A noun right after a bare «إن»/«أن» heads the reported clause as its subject (Arabic): the names before the
    complementizer (the speaker, the place he speaks from, the outlet he speaks to) are not its agent."""
    if ctx.lang != "ar" or i < 1:
        return False
    prev = ctx.toks[i - 1]
    return prev.text in ctx.lex.complementizers and not prev.forms[-1].endswith(("ه", "ها"))


def _complement_subject(ctx: Context, site: Site) -> bool:
    """«وذكرت الرئاسة أن الرئيس حسن شيخ محمود، استقبل …»: a verb right after a comma that closes the name opening a
    reported clause («أن», «بأن», `complementizers`) has that name as its subject, not the one after it."""
    nb = site.near_before
    if ctx.lang != "ar" or site.nominal or nb is None or site.gap_before != 1 or ctx.texts[site.i - 1] != "،":
        return False
    k = _left_group(ctx, site, nb)[0].np_start - 1
    return k >= site.sent.ts and ctx.toks[k].text in ctx.lex.complementizers


def _break_then_named(ctx: Context, site: Site) -> bool:
    """An Arabic verb right after a clause break («فيما», «بينما») with an actor or a title right after it:
    a new clause, whose subject follows its verb."""
    if site.i - 1 < site.sent.ts or ctx.texts[site.i - 1] not in ctx.lex.w("clause_breaks"):
        return False
    j = site.j
    return j < site.sent.te and (ctx.title_tokens[j] != 0 or any(actor(m) for m in ctx.ments.starting(j)))


def _unnamed_doer(ctx: Context, site: Site, nb: Ment) -> bool:
    """The trigger's doer is no one named: an event that only frames the time ("after the invasion of Ukraine"; in
    Arabic a word right after «منذ», «جراء» is a noun, or a verb whose subject follows it), or a reported clause
    with a subject of its own ("Steinmeier said the conflicting sides had agreed")."""
    framed = (site.nominal or ctx.lang == "ar") and _time_framed(ctx, site.i)
    if framed and site.rtype in ("fights", "opposes", "supports"):
        return True
    return _reported_own_subject(ctx, site, nb) or _subordinate_own_subject(ctx, site, nb)


def _subordinate_own_subject(ctx: Context, site: Site, nb: Ment) -> bool:
    """ "Tinubu threatened intervention after soldiers ousted Bazoum", "… when the gunmen killed the envoy": a verb
    whose clause a subordinating word (`subordinators`) opens after the name, with a noun phrase naming no one
    between them, has that phrase as its subject, not the name before (English)."""
    if ctx.lang == "ar" or site.nominal:
        return False
    subs, light = ctx.lex.w("subordinators"), ctx.lex.any_of("auxiliaries", "predicate_skips")
    for k in range(site.i - 1, max(nb.te, site.i - 6) - 1, -1):
        if ctx.texts[k].lower() in subs:
            words = ctx.texts[k + 1 : site.i]
            if not words or not ctx.free(k + 1, site.i) or not all(ctx.toks[x].is_word for x in range(k + 1, site.i)):
                return False
            if set(words) & (ctx.lex.any_of("subject_pronouns", "and") | {"it"}):
                return False  # "after he met", "after Russia and …": the name's own clause or a list
            return not all(w in light for w in words)
    return False


def _reported_own_subject(ctx: Context, site: Site, nb: Ment) -> bool:
    """A speech verb (a `states` trigger) stands between the name and the verb, and what follows it opens a noun
    phrase of its own ("said [that] the warring parties had signed", "said both sides accepted";
    `unnamed_subject_openers`): the reported verb's subject is that phrase, not the speaker."""
    openers = ctx.lex.w("unnamed_subject_openers")
    if not openers or site.nominal:
        return False
    speech = next((f for f in reversed(site.found) if f.rtype == "states" and nb.te <= f.i and f.j < site.i), None)
    if speech is None:
        return False
    k = speech.j + (ctx.texts[speech.j] in ctx.lex.complementizers)
    owner = next((m for m in ctx.ments.starting(k) if m.possessive), None)  # "says Yemen's warring parties agreed"
    start = owner.te + 1 if owner is not None else k
    if not (k < site.i <= k + 7 and (owner or ctx.texts[k].lower() in openers) and ctx.free(start, site.i)):
        return False
    # (one phrase and its auxiliaries: not "said the operation was legal and accused X", a second verb of his)
    between = enumerate(ctx.texts[start : site.i], start)
    return not any(w in ctx.lex.w("and") or not ctx.toks[x].is_word for x, w in between)


def _own_clause(ctx: Context, k: int, i: int) -> bool:
    """ "Syria endorsed the deal, while the opposition rejected it": after a comma and a clause break (`clause_breaks`)
    the verb has a subject of its own, unnamed or not, when a word other than an adverb or auxiliary stands
    between the break and the verb ("…, while also rejecting …" goes on with the subject before)."""
    breaks = ctx.lex.w("clause_breaks")
    if breaks.isdisjoint(ctx.texts[k:i]):
        return False
    at = next((x for x in range(i - 1, k, -1) if clause_break_at(ctx, x)), -1)
    carry = ctx.lex.w("carry_words")
    first = next((x for x in range(at + 1, i) if ctx.texts[x] not in carry), i)
    if ctx.lang != "ar" and first < i and ctx.texts[first].endswith("ing"):
        return False  # ", while reaffirming its support for …": a participle clause keeps the subject before
    return at > 0 and any(ctx.toks[x].is_word and ctx.texts[x] not in carry for x in range(at + 1, i))


def _before_aside(ctx: Context, site: Site, nb: Ment) -> Ment | None:
    """ "The Houthis, backed by Iran, attacked …", «الحوثيون، المدعومون من إيران، هاجموا», "Turkey, a member of
    NATO, objected", "the GCC, which includes Qatar and Oman, met": the names in the aside are not the subject;
    the subject is the name before the aside's opening comma."""
    toks, commas = ctx.toks, (",", "،")
    start = _left_group(ctx, site, nb)[0].np_start
    if bracketed_np_gloss(ctx, nb):  # "A and B, leader of the X (ACR), signed": the aside ends with X's short form
        start = min((m.np_start for m in ctx.ments.ending(nb.ts - 1) if m.in_np), default=start)
    bracketed = start >= 2 and toks[start - 1].text == "(" and ")" not in ctx.texts[start : site.i - 1]
    if toks[site.i - 1].text == ")" and bracketed:  # (not "A (ACR) and B (ACR) signed": each its own short form)
        head = next((m for m in site.before if m.te == start - 1), None)  # "The E3 (France, Britain and Germany) …"
        return head if head is not None else nb
    end = site.i - 1
    while ctx.lang == "ar" and end - 1 > start and toks[end].text in ctx.lex.w("auxiliaries"):
        end -= 1  # «، قد استعادت»
    close = _comma_after_name(ctx, nb.te, end)
    if toks[end].text not in commas and nb.te <= close < end and _verb_words(ctx, close + 1, end):
        end = close  # "The army, backed by Egypt, launched a new offensive against": the aside closes before the verb
        # ("Egypt, locked in a dispute with Ethiopia over the dam, has voiced": past a phrase with no name)
    if not (toks[end].text in commas and start >= 2):
        return nb
    if (person := _title_aside(ctx, site, start)) is not None:
        return person  # "Fayez al-Sarraj, head of the Presidential Council of the GNA, flew …"
    k = start - 1
    while k > site.sent.ts and toks[k].text not in commas:
        k -= 1
    head = next((m for m in site.before if m.te == k), None)
    if head is not None and head.entity == nb.entity and head.kind == "person" and nb.role == "coref":
        return head  # "Sergei Lavrov, his Russian counterpart, met": the aside is the name before it
    opener = k + 1 < start and toks[k].text in commas and toks[k + 1].text in ctx.lex.w("clause_aside_openers")
    participle = k + 1 < start and toks[k].text in commas
    participle = participle and (_participle_aside(ctx, k) or _object_participle_aside(ctx, site, k))
    if not (opener or participle) and toks[k].text in commas and (outer := _outer_participle(ctx, site, k)) >= 0:
        k, participle = outer, True  # "The agreement, signed by the two ministers, A and B, calls for …"
        head = next((m for m in site.before if m.te == k), None)
    if not (opener or participle) and not any(_opens_aside(ctx, t) for t in toks[max(site.sent.ts, start - 3) : start]):
        return nb  # (an opener: "Washington, while reaffirming its support for Somalia, said …")
    head = head if head is not None else _titled_before(ctx, site, k)
    return head if head is not None else None if participle else nb


def _noun_with_own_agent(ctx: Context, site: Site) -> bool:
    """Arabic: a signing noun followed by a noun that names no agreement (a quote aside) and, within
    four words, the preposition of what is signed (`signing_object_prepositions`): «مرهون بتوقيع «قيادة الحركة على
    البروتوكول»» — the noun after it is its own signer, the name before it is not."""
    if ctx.lang != "ar" or not site.nominal or site.rtype != "agrees_with":
        return False
    toks, te = ctx.toks, site.sent.te
    k = site.j + (site.j < te and not toks[site.j].is_word)
    on = ctx.lex.w("signing_object_prepositions")
    if k >= te or not toks[k].is_word or toks[k].text in on or toks[k].text in ctx.lex.w("prepositions"):
        return False
    if ctx.lex.agreement_nouns.match_at(toks, k):
        return False
    if any(m.np_start == k and m.kind == "agreement" for m in site.ments):
        return False
    return any(toks[x].text in on for x in range(k + 1, min(k + 5, te)))


def _in_relative_on_thing(ctx: Context, site: Site, nb: Ment) -> bool:
    """The nearest name is inside a relative clause set off by commas («، الذي …،», `relative_pronouns`) on a
    name that is no actor, and the trigger comes after the clause closes: «وأكد إعلان نيروبي، الذي وُقّع خلال
    لقاء بين A وB، الالتزام بـ…»: the document's own words, not the act of those who met."""
    toks, commas = ctx.toks, (",", "،")
    if not any(toks[k].text in commas for k in range(nb.te, site.i)):
        return False
    rel = ctx.lex.w("relative_pronouns")
    for r in range(nb.np_start - 1, site.sent.ts, -1):
        if toks[r].text in commas:
            return False
        if toks[r].text in rel and toks[r - 1].text in commas:
            head = ctx.ending_at(r - 1)
            return head is not None and not actor(head)
    return False


def _comma_after_name(ctx: Context, a: int, b: int) -> int:
    """The comma at a, or (English) the first one within five words after a with no name before it: where an
    aside ending with a name's phrase closes; -1 if none before b."""
    for k in range(a, min(b, a + 6 if ctx.lang != "ar" else a + 1)):
        if ctx.toks[k].text in (",", "،"):
            return k
        if k > a and ctx.ments.starting(k):
            return -1
    return -1


def _titled_before(ctx: Context, site: Site, k: int) -> Ment | None:
    """ "Kanyuka, the spokesman of the AFC, the coalition that includes M23, said": the aside after the comma at k
    follows a person's title (the body it names is no subject of its own): the person is."""
    title = next((t for t in ctx.titles if t.te == k and t.person is not None and t.person.te < t.ts), None)
    return title.person if title is not None and title.person in site.before else None


def _verb_words(ctx: Context, a: int, b: int) -> bool:
    """Tokens a..b (b included) are at most four words with no punctuation and no name: the verb (and its
    adverb or article) that the closed aside's subject governs, "launched a new", "then signed"."""
    words = all(t.text[:1].isalnum() for t in ctx.toks[a : b + 1])
    # ("denied the charge and said it remained": a longer chain whose own "it" stands for the aside's subject)
    longer = b - a < 8 and not ctx.lex.w("body_pronouns").isdisjoint(ctx.texts[a + 1 : b + 1])
    return (b - a < 4 or longer) and words and not any(ctx.ments.starting(k) for k in range(a, b + 1))


def _outer_participle(ctx: Context, site: Site, k: int) -> int:
    """The comma before the comma at k that opens a participle aside (", signed by the two ministers, A and B,"):
    the names after k are apposed to its agent; -1 when there is none within 12 tokens."""
    for c in range(k - 1, max(site.sent.ts, k - 12), -1):
        if ctx.toks[c].text in (",", "،"):
            return c if _participle_aside(ctx, c) else -1
    return -1


def _participle_aside(ctx: Context, c: int) -> bool:
    """The comma at c opens an aside with a passive participle: «، مدعومة بضربات …», ", backed by Iran," (English:
    a participle and its "by")."""
    toks = ctx.toks
    if ctx.lang == "ar":
        return c + 1 < len(toks) and _participle_opens(ctx, toks[c + 1])
    return c + 2 < len(toks) and toks[c + 1].text.endswith(("ed", "en")) and toks[c + 2].text == "by"


def _object_participle_aside(ctx: Context, site: Site, c: int) -> bool:
    """English: the comma at c, right after an actor's name, opens an aside with an -ed participle and a preposition
    of its object (`object_prepositions`): "Egypt, locked in a dispute with Ethiopia, has …", "Qatar, embroiled in
    a feud with …, said"."""
    if ctx.lang == "ar" or c + 2 >= len(ctx.toks) or not any(m.te == c and actor(m) for m in site.before):
        return False
    w = ctx.texts[c + 1]
    return len(w) > 4 and w.islower() and w.endswith("ed") and ctx.texts[c + 2] in ctx.lex.w("object_prepositions")


def _reduced_relative_head(ctx: Context, site: Site) -> bool:
    """English: "The deal Israel signed with Hamas called for a truce": the sentence opens with an agreement whose
    reduced relative (a name and its verb, no "that") runs up to this verb; the agreement is its subject."""
    if ctx.lang == "ar" or site.nominal:
        return False
    head = next((m for m in site.view.starting_within(site.sent.ts, site.sent.ts + 2) if m.kind == "agreement"), None)
    if head is None or head.te >= site.i or head.np_start > site.sent.ts + 1:
        return False
    doer = next((m for m in ctx.ments.starting(head.te) if actor(m)), None)
    inner = doer is not None and any(doer.te <= f.i < site.i for f in site.found if f.i != site.i)
    return inner and not any(t.text in (",", ";") or t.text in ctx.lex.w("and") for t in ctx.toks[head.te : site.i])


def _past_closed_relative(ctx: Context, site: Site, nb: Ment) -> Ment | None:
    """ "The SDF, whose backbone is the YPG, was the main partner in the fight against IS": a name inside a relative
    aside closed before the trigger (the verb right after it is `aside`'s) is not the subject; the antecedent
    before its opening comma is, or the owner of that noun ("Myanmar's junta, which Russia and China back,
    launched air strikes": Myanmar), or nobody named (English)."""
    toks = ctx.toks
    if ctx.lang == "ar":
        return nb
    lo = max(site.sent.ts, nb.np_start - 8)
    o = next((k for k in range(nb.np_start - 1, lo - 1, -1) if toks[k].text == ","), -1)
    if o < 0 or o + 1 >= nb.np_start or toks[o + 1].text not in ctx.lex.any_of("relative_who", "relative_asides"):
        return nb
    if not any(toks[k].text == "," for k in range(nb.te, site.i)):
        return nb
    head = next((m for m in site.before if m.te == o and actor(m)), None)
    return head or next((m for m in site.before if m.possessive and actor(m) and 0 < o - m.te <= 3), None)


def _participle_opens(ctx: Context, t) -> bool:
    """«، مدعومة بضربات جوية من الولايات المتحدة،»: an aside opened by a passive participle describes the noun before
    its comma (a common noun names nobody)."""
    return ctx.lang == "ar" and not ctx.lex.w("adjective_participles").isdisjoint(t.forms)


def _relative_object_antecedent(ctx: Context, site: Site, subject: list[Ment]) -> list[Ment]:
    """«الحركة، التي تتهمها كينشاسا بتلقي الدعم من رواندا»: the names after a relative verb that carries the
    antecedent as its object pronoun are that verb's subject; the one who receives is the antecedent."""
    toks, i = ctx.toks, site.i
    k = next(
        (x for x in range(i - 1, max(site.sent.ts, i - 12), -1) if toks[x].text in ctx.lex.w("relative_who")), None
    )
    if k is None or not subject or subject[-1].ts < k or k + 1 >= i:
        return subject
    suffixes = ctx.lex.w("pronoun_suffixes")
    if not any(f.endswith(tuple(suffixes)) for f in toks[k + 1].forms) or not toks[k + 1].is_word:
        return subject
    k2 = k - 1 if toks[k - 1].text in (",", "،") else k
    ante = next((m for m in site.ments if m.te == k2 and actor(m)), None)
    return [ante] if ante is not None else []


def _between(ctx: Context, m: Ment, i: int):
    """(index, token) pairs between the end of mention m and token i."""
    return [(k, ctx.toks[k]) for k in range(m.te, i)]


def _title_aside(ctx: Context, site: Site, start: int) -> Ment | None:
    """An aside that is a person's title: the comma before it follows his name, and the title opens the aside."""
    toks, commas = ctx.toks, (",", "،")
    k = next((x for x in range(start - 1, max(site.sent.ts, start - 12), -1) if toks[x].text in commas), -1)
    if k < 0:
        return None
    title = next((t for t in ctx.titles if k < t.ts <= k + 3 and t.person is not None and t.person.te == k), None)
    return title.person if title is not None and title.person in site.before else None


def _opens_aside(ctx: Context, t) -> bool:
    """A word that opens an aside about the subject: "backed by", "a member of", "which includes", «العضو في»."""
    lex = ctx.lex
    return t.text in lex.w("agent_prepositions") or any(
        f in lex.w("member_nouns") or f in lex.w("include_verbs") or f in lex.w("relative_who") for f in t.forms
    )


def _sponsors_named(ctx: Context, site: Site, nb: Ment) -> bool:
    """ "a call for dialogue under the auspices of the UN and the Arab League, and a condemnation of …", «برعاية
    الأمم المتحدة والجامعة العربية، وبإدانة …»: the actors a word of sponsorship or mediation introduces (up to four
    words before the first of them) sponsor what comes before; a noun after them is not theirs. Not past a verb of
    saying: "Mediators said A and B signed a truce" (the mediators speak; A and B sign)."""
    first = _left_group(ctx, site, nb, True)[0]
    words, k = ctx.lex.any_of("sponsor_words", "mediation_words", "sponsor_nouns", "host_agent_words"), first.np_start
    at = [x for x in range(max(site.sent.ts, k - 4), k) if not words.isdisjoint(ctx.toks[x].forms)]
    return bool(at) and not any(speech_verb_at(ctx, x) for x in range(at[-1] + 1, k))


def _before_destination(ctx: Context, site: Site, nb: Ment) -> Ment:
    """ "Turkey deployed troops to Libya to support the GNA": a name after "to"/"in" is where, not who; the
    subject is the actor before it."""
    dest = ctx.lex.w("destination_words")
    if not (dest and nb.np_start > site.sent.ts and ctx.toks[nb.np_start - 1].text in dest):
        return nb
    prev = [
        m
        for m in site.before
        if m.te < nb.np_start and (m.np_start == site.sent.ts or ctx.toks[m.np_start - 1].text not in dest)
    ]
    return prev[-1] if prev and site.i - prev[-1].te <= _cx(ctx, "subject-verb", "window", 12) else nb


def _object_then_and(ctx: Context, site: Site, nb: Ment) -> bool:
    """The name before "and VERB" (or ", and VERB") is the object of a verb before it, whose subject goes on: "The
    Kremlin said Russia had no plans to attack NATO, and accused Britain …" (the Kremlin accuses)."""
    k = site.i - 1
    if k <= site.sent.ts or ctx.toks[k].text not in ctx.lex.w("and") or not site.state.subjects_here:
        return False
    comma = ctx.toks[k - 1].text in (",", "،")
    # "Erdogan said Ankara would keep its troops there, and accused Damascus …": a speaker goes on after his clause
    spoken = comma and bool(site.state.speakers) and site.state.speakers == site.state.subjects_here
    if nb.te != k and not (nb.te == k - 1 and comma) and not spoken and not _adjunct_between(ctx, site, nb.te, k):
        return False
    verbs = [f for f in site.found[: site.n_trig] if not f.phrase.nominal and f.j <= nb.np_start]
    return bool(verbs) and all(m.te <= verbs[-1].i for m in site.state.subjects_here)


def _carried_on(ctx: Context, site: Site, nb: Ment) -> list[Ment]:
    """ "Obama called Netanyahu and commended …", "discussed the truce with Erdogan during a visit to Ankara": the
    name before is the object or partner of the clause's verb, whose subject goes on."""
    if _object_then_and(ctx, site, nb) or _partner_before_event(ctx, site, nb):
        return list(site.state.subjects_here)
    return _event_after_object(ctx, site, nb)


def _opening_subject(ctx: Context, site: Site, nb: Ment) -> list[Ment]:
    """ "Rwanda denied backing the M23 and said …", «وأغلقت تركيا مجالها الجوي أمام الطائرات الإسرائيلية، وقالت إن …»:
    a statement verb joined by "and" («و») to a first clause whose verb no trigger read speaks for that clause's
    subject, the actor that opens the sentence (in Arabic right after its opening verb), not a name in its object."""
    if site.rtype != "states" or site.nominal or site.i - 1 <= site.sent.ts or not _joined_verb(ctx, site):
        return []
    ts = site.sent.ts
    opener = next((m for m in site.view.subjects if m.ts >= ts), None)
    if opener is None or opener is nb or site.state.verb_at >= ts or opener.te > nb.np_start:
        return []  # (a trigger verb of the sentence has its own subject: _coordinated_verb)
    grp = group_with(ctx, site.ments, opener)
    if ctx.lang == "ar":
        lead = opener.np_start == ts + 1 and ctx.toks[ts].is_word and not ctx.covered[ts]  # «وأغلقت تركيا …»
    else:
        k = grp[-1].te  # "Turkey closed …", "The Houthis released …": a lower-case word (the verb) after the subject
        lead = opener.np_start <= ts + (ctx.texts[ts] in ("The", "the")) and k < site.i and ctx.toks[k].is_word
        lead = lead and ctx.texts[k].islower() and ctx.texts[k] not in ctx.lex.w("and")
    return grp if lead else []


def _joined_verb(ctx: Context, site: Site) -> bool:
    """The trigger is a verb joined by "and" (or ", but"): after the word, or in Arabic with «و»/«ف» on it («وأكدت»)."""
    if ctx.lang != "ar":  # ("met Netanyahu on Sunday and then flew", "…, then flew to Amman": a time adverb after it)
        k, then = site.i - 1, ctx.lex.w("sequence_adverbs")
        while k - 1 > site.sent.ts and ctx.texts[k] in then:
            k -= 1
        if ctx.texts[k] in ctx.lex.w("contrast_joiners") and (ctx.texts[k - 1] == "," or site.rtype == "states"):
            return True  # "said Baku was ready to sign, but accused Yerevan of …", "… but warned that …"
        if k == site.i - 1 and ctx.texts[k] == "," and ctx.texts[site.i].endswith("ing"):
            return True  # "said the group would not disarm while Israel …, rejecting a US plan": the speaker rejects
        return ctx.texts[k] in ctx.lex.w("and") or (k < site.i - 1 and ctx.texts[k] == ",")
    word, stem = ctx.texts[site.i], site.trig.phrase.words[0]
    return word[:1] in ("و", "ف") and stem[:1] != word[:1]


def _coordinated_verb(ctx: Context, site: Site, nb: Ment) -> list[Ment]:
    """ "Iran condemned the Israeli strikes on Yemen and backed the Houthis", «وأدانت إيران الضربات الإسرائيلية على
    اليمن وأكدت …»: a verb joined by "and" shares the subject of the clause's verb before it, however long that
    verb's object (the nearest name before, Israel or Yemen, is inside it)."""
    if site.nominal or site.i - 1 <= site.sent.ts or not _joined_verb(ctx, site):
        return []
    return _clause_verb_subjects(site, nb) or _past_who_clause(ctx, site, nb)


def _past_who_clause(ctx: Context, site: Site, nb: Ment) -> list[Ment]:
    """ "Tshisekedi accused Rwanda of backing the M23 rebels, who seized Goma last week, and said …": a verb after
    ", and" that closes a clause opened by "who" goes with the main clause's verb before that clause, not with the
    clause's own ("…, who met Hamas officials and said …": no comma, the clause goes on)."""
    st = site.state
    if ctx.texts[site.i - 2 : site.i] != [",", "and"] or not st.main_subjects or st.main_at >= st.verb_at:
        return []
    if not site.sent.ts <= st.main_at < nb.np_start or any(m.te > nb.np_start for m in st.main_subjects):
        return []
    return list(st.main_subjects) if not ctx.lex.w("relative_who").isdisjoint(ctx.texts[nb.te : st.verb_at]) else []


def _adjunct_between(ctx: Context, site: Site, a: int, k: int) -> bool:
    """ "phoned Aliyev on Tuesday and urged him …", "met Putin in Sochi and backed …": a short phrase of place or
    time (`and_adjunct_openers`, up to `adjunct_window` words, no trigger in it) between the object and "and"."""
    if ctx.lang == "ar" or a >= k or ctx.texts[a] not in ctx.lex.w("and_adjunct_openers"):
        return False
    if k - a > _cx(ctx, "subject-verb", "adjunct_window", 4) or any(a <= f.i < k for f in site.found):
        return False
    return not any(actor(m) for m in site.view.starting_within(a, k))


def _partner_before_event(ctx: Context, site: Site, nb: Ment) -> bool:
    """ "X discussed the truce with Erdogan during a visit to Ankara", «بحث مع أردوغان خلال زيارته …»: the name
    before an event noun after a time word is the partner of the clause's verb ("with"), not the one who visits;
    the clause's subject is."""
    if not site.nominal or not site.state.subjects_here or nb in site.state.subjects_here:
        return False
    if not after_time_word(ctx, site.i, nb.te):
        return False
    return nb.np_start > 0 and ctx.texts[nb.np_start - 1] in ctx.lex.w("with")


def _event_after_object(ctx: Context, site: Site, nb: Ment) -> list[Ment]:
    """ "Macron met Zelensky and Scholz in Paris before the summit with Biden": the names before an event noun after
    a time word are the clause verb's object; the event is the clause subject's."""
    if not site.nominal or nb in site.state.verb_subjects:
        return []
    subjects = _clause_verb_subjects(site, nb)
    if not subjects or _said_or_relative(ctx, site.state.verb_at, nb.te, site.i):
        return []
    return subjects if after_time_word(ctx, site.i, nb.te) else []


def _clause_verb_subjects(site: Site, nb: Ment) -> list[Ment]:
    """The subject of the sentence's last main-clause verb, when nb lies in that verb's object: after the verb and
    after its subject (before the verb in English, after it in Arabic)."""
    st = site.state
    if not st.verb_subjects or not site.sent.ts <= st.verb_at < nb.np_start:
        return []
    return list(st.verb_subjects) if all(site.sent.ts <= m.ts and m.te <= nb.np_start for m in st.verb_subjects) else []


def _said_or_relative(ctx: Context, verb_at: int, te: int, i: int) -> bool:
    """The verb before is a statement verb (what follows is reported: "said the agreement would revive talks"), or a
    comma or relative pronoun stands between the name and the event noun ("negotiations between Kyiv and Moscow,
    which stalled after talks in Istanbul")."""
    hit = ctx.trigger_hits[1].get(verb_at)
    if hit is not None and hit[0].label == "states":
        return True
    stops = {",", "،", *ctx.lex.any_of("relative_pronouns", "relative_who")}
    return not stops.isdisjoint(ctx.texts[te:i])


@construction("carried-subject", "subject")
def carried_subject(ctx: Context, site: Site, emit) -> Outcome:
    """An English clause with no subject of its own ("and later met …", "Later the minister met …"): the
    subject of the sentence before, with less confidence. "Western allies blamed …" has its own subject."""
    k, toks = site.i, ctx.toks
    while k > site.sent.ts and toks[k - 1].text not in (",", ";", ":", "and", "but"):
        k -= 1
    own_subject = any(t.text not in ctx.lex.w("carry_words") for t in toks[k : site.i])
    if own_subject or _participle(ctx, site, k) or _text_subject(ctx, site) or _joined_infinitive(ctx, site, k):
        return PASS
    if _unowned_fight(ctx, site, k):
        return DONE  # "The fighting erupted when …": the fight is the clause's subject, fought by nobody named yet
    main = _fronted_participle_subject(ctx, site, k)
    if main is not None:  # "Arriving in Caracas on Monday, Colombian President X met …": the main clause's subject
        return _subject(site, main, "fronted-participle", _cx(ctx, "carried-subject")) if main else PASS
    if site.state.last_subject and site.rtype not in ("states", "references"):
        return _subject(site, list(site.state.last_subject), "carried-subject", _cx(ctx, "carried-subject"))
    return PASS


def _fronted_participle_subject(ctx: Context, site: Site, k: int) -> list[Ment] | None:
    """ "Arriving in the Mexican capital, Rodriguez's delegation …", "Speaking in Kigali, X said …": a participle
    that opens the sentence takes the subject of the main clause after its comma (a person before the state his
    title names), not the one of the sentence before (English); empty when that subject is no actor named, None
    when the sentence does not open so."""
    if ctx.lang == "ar" or site.i != site.sent.ts or not ctx.texts[site.i].endswith("ing"):
        return None  # ("The meeting in Astana brought together …": a noun)
    if site.rtype not in ("visits", "meets", "phones", "negotiates_with"):
        return None  # ("According to Egyptian media, …": a source, no act of the subject)
    comma = next((x for x in range(site.j, site.sent.te) if ctx.texts[x] == ","), None)
    if comma is None or not ctx.lex.w("passive_be").isdisjoint(ctx.texts[site.j : comma]):
        return None  # ("Backing Ukraine is a priority for X, …": a gerund, the clause's subject)
    start = comma + 1 + (comma + 1 < site.sent.te and ctx.texts[comma + 1] in ("the", "a", "an"))
    if start < site.sent.te and ctx.toks[start].text.lower() in ctx.lex.w("subject_pronouns"):
        return None  # ("Arriving in Cairo, he met …": the one carried from before)
    opening = [m for m in site.ments if m.np_start == start and actor(m)]
    main = next((m for m in opening if m.kind == "person"), opening[0] if opening else None)
    return group_with(ctx, site.ments, main) if main is not None else []


def _joined_infinitive(ctx: Context, site: Site, k: int) -> bool:
    """ "a proposal to finalize and sign the treaty": a verb joined by "and" to an infinitive is one too; its
    subject is no clause's subject carried from the sentence before."""
    ts = site.sent.ts
    return k - 3 >= ts and ctx.texts[k - 1] in ctx.lex.w("and") and ctx.texts[k - 3] in ctx.lex.w("infinitive_markers")


def _unowned_fight(ctx: Context, site: Site, k: int) -> bool:
    """ "The fighting erupted when …", "The attack killed …": a fight with an article that opens its clause is that
    clause's subject; nobody from the sentence before fought it (unless a preposition right after names whom it is
    with: "The fighting with the army lasted days")."""
    if site.rtype != "fights" or k >= site.i or ctx.texts[site.i - 1] not in ("the", "a", "an"):
        return False
    words = ctx.lex.any_of("with", "against", "between", "target_prepositions")
    return not (site.j < site.sent.te and ctx.texts[site.j] in words)


def _text_subject(ctx: Context, site: Site) -> bool:
    """ "The text also affirms …, and calls for a ceasefire": a sentence whose subject is an agreement (its first
    words) goes on with that text as subject; no actor of the sentence before is carried into it."""
    ts = site.sent.ts
    starts = (ts, ts + 1) if ctx.texts[ts] == "the" else (ts,)
    return any(m.kind == "agreement" for k in starts for m in ctx.ments.starting(k))


def _participle(ctx: Context, site: Site, k: int) -> bool:
    """Not a clause of its own but a participle: after a comma ("The statement, signed by Putin, …", "The accord,
    called the Joint Plan of Action, …"), before "by" ("hosted by Lourenco"), or after a form of "be" ("has to be
    signed and ratified"): it has no subject to carry from the sentence before."""
    toks, i = ctx.toks, site.i
    if k > site.sent.ts and toks[k - 1].text in (",", ":"):
        return True
    if site.j < site.sent.te and toks[site.j].text in ctx.lex.w("agent_prepositions"):
        return True
    return not ctx.lex.w("be_forms").isdisjoint(ctx.texts[max(site.sent.ts, i - 4) : i])


def _subject(site: Site, src: list[Ment], method: str, offset: float = 0.0) -> Outcome:
    site.src, site.method = list(src), method
    site.conf += offset
    return FOUND


# --- frame --------------------------------------------------------------------------------------------
@construction(
    "relative-clause", "frame", rtypes=("agrees_with", "supports", "opposes", "references"), before="relative_pronouns"
)
def relative_clause(ctx: Context, site: Site, emit) -> Outcome:
    """«الاتفاق الذي تفاهم عليه الروسي والأميركي»: the relative clause's verb acts on its antecedent."""
    target = relative_antecedent(ctx, site.ments, site.i)
    if not site.src or target is None or site.rtype not in ("agrees_with", "supports", "opposes", "references"):
        return PASS
    partners: list[Ment] = []
    k = max(site.j, site.src[-1].te)  # «الذي وقعته الحكومة مع الجبهة الثورية»: who signed with the subject
    if site.rtype == "agrees_with" and k < site.sent.te and ctx.texts[k] in ctx.lex.w("with"):
        partners = [m for m in coordinated_after(ctx, site.ments, k + 1, site.sent.te) if actor(m)]
    for s_ in site.src + partners:
        emit(s_, target, site.rtype, site.conf, site.trig.text, "relative-clause")
    site.state.subjects_here = site.src
    return DONE


@construction("relative-masdar", "frame", rtypes=("fights", "opposes", "supports"), langs=("ar",))
def relative_masdar(ctx: Context, site: Site, emit) -> Outcome:
    """«داعش والنصرة، اللذين تواصل الطائرات الروسية والأمريكية قصفهما»: a noun of the relative clause that takes the
    antecedent back by its pronoun («قصفهما») has the clause's subject as agent and the antecedent as object (the
    Arabic "against which Russian and US aircraft keep striking")."""
    tok = ctx.toks[site.i]
    if not (site.src and pronoun_suffix(ctx, tok, site.trig.phrase.words[0])):
        return PASS
    rel, k = ctx.lex.w("relative_who"), site.src[0].np_start - 1
    while k > site.sent.ts and ctx.texts[k] not in rel and ctx.texts[k] not in (".", "،", ",") and site.i - k < 12:
        k -= 1
    if ctx.texts[k] not in rel:
        return PASS
    e = k - (k > site.sent.ts and ctx.texts[k - 1] in (",", "،"))
    last = next((m for m in site.ments if m.te == e and actor(m)), None)
    if last is None or any(m is last for m in site.src):
        return PASS
    _act_on_antecedent(ctx, site, emit, site.src, last, site.rtype, "relative-masdar")
    return DONE


def _and_verb(ctx: Context, tok) -> bool:
    return ctx.lang == "ar" and tok.text[:1] == "و" and len(tok.forms) > 1


@construction("relative-clause-and", "frame", rtypes=("agrees_with", "supports"), langs=("ar",), trigger_test=_and_verb)
def relative_clause_and(ctx: Context, site: Site, emit) -> Outcome:
    """«القرار، الذي صاغته واشنطن وتبنّاه مجلس الأمن»: a second verb of the relative clause, joined by «و» and
    with the antecedent as its object pronoun, acts on the antecedent like the first."""
    if not site.src or site.method != "verb-subject-object":
        return PASS
    tok = ctx.toks[site.i]
    if not (pronoun_suffix(ctx, tok, site.trig.phrase.words[0]) or tok.text.endswith(("ه", "ها", "هما", "هم"))):
        return PASS  # («وتبناه»: the object pronoun is the antecedent)
    rel, k = ctx.lex.w("relative_pronouns"), site.i - 1
    while k > site.sent.ts and ctx.texts[k] not in rel and ctx.texts[k] not in (".", "،", ",") and site.i - k < 12:
        k -= 1
    e = k - (k > site.sent.ts and ctx.texts[k - 1] in (",", "،"))  # «القرار 2231، الذي …»
    target = next((m for m in site.ments if m.te == e and m.kind == "agreement"), None) if ctx.texts[k] in rel else None
    if target is None:
        return PASS
    for s_ in site.src:
        emit(s_, target, site.rtype, site.conf, site.trig.text, "relative-clause-and")
    return DONE  # (the relative clause's subject does not go on: «…، كما يطالب بتنفيذ …» is the resolution's)


def _describes_agreement(ctx: Context, site: Site) -> bool:
    """«مشروع قرار أعدته روسيا», «مشروع قرار تقدمت به الولايات المتحدة»: an Arabic verb right after an indefinite
    agreement noun, its object a pronoun, opens a clause describing the noun (no relative pronoun needed): its
    subject follows it."""
    if ctx.lang != "ar" or site.nominal:
        return False
    agr = next((m for m in ctx.ments.ending(site.i) if m.kind == "agreement"), None)
    return agr is not None and not definite(ctx, ctx.toks[agr.ts]) and object_pronoun_after(ctx, site.i, site.j)


@construction("agreement-relative", "frame", rtypes=("agrees_with", "supports"), nominal=False)
def agreement_relative(ctx: Context, site: Site, emit) -> Outcome:
    """ "the ceasefire (that) A and B agreed last week", «اتفاق توصل إليه A وB», «اتفاقاً وقّعته A»: a relative
    clause with no pronoun before its verb (English, subject first) or after an Arabic indefinite antecedent;
    its verb has no object of its own, so what its subjects signed or agreed is the agreement before them."""
    if not site.src or site.method not in ("subject-verb", "verb-subject-object"):
        return PASS
    texts, rel = ctx.texts, ctx.lex.w("relative_pronouns")
    if ctx.lang == "ar":
        k = site.i  # the agreement right before the verb, the verb's object a pronoun («وقّعته», «توصل إليه»)
        back = texts[site.j] in ctx.lex.w("resumptive_objects") or object_pronoun_after(ctx, site.i, site.j)
        if not back or site.method != "verb-subject-object":
            return PASS
    else:
        k = min(m.np_start for m in site.src)
        k -= k > site.sent.ts and texts[k - 1] in ("the", "a")
        k -= k > site.sent.ts and texts[k - 1] in rel  # "the ceasefire that A and B agreed"
        if site.method != "subject-verb" or any(m.kind == "agreement" and m.np_start - site.j <= 2 for m in site.after):
            return PASS  # ("the deal A and B signed the accord …": an object of its own)
    agr = next((m for m in ctx.ments.ending(k) if m.kind == "agreement" and not m.in_np), None)
    if agr is None or ctx.lang == "ar" and definite(ctx, ctx.toks[agr.ts]):
        return PASS  # («الاتفاق الذي …» is relative-clause's)
    partners = _signed_with(ctx, site) if site.rtype == "agrees_with" else []
    for s_ in site.src + partners:  # (what they signed, agreed on, drafted or put forward: «مشروع قرار تقدمت به …»)
        emit(s_, agr, site.rtype, site.conf + _cx(ctx, "agreement-relative"), site.trig.text, "agreement-relative")
    return PASS if site.rtype == "agrees_with" and not partners else DONE


def _signed_with(ctx: Context, site: Site) -> list[Ment]:
    """ "the memorandum Ethiopia signed with Somaliland": the partners after "with" right after the verb (English)
    are parties to the agreement before the subject too."""
    if ctx.lang == "ar" or site.j >= site.sent.te or ctx.texts[site.j] not in ctx.lex.w("with"):
        return []
    return [m for m in coordinated_after(ctx, site.ments, site.j + 1, site.sent.te) if actor(m)]


def _aside_end(ctx: Context, site: Site) -> int:
    """The closing comma of an aside the trigger stands in ("The Houthis, who are backed by Iran, and Saudi Arabia
    …", «حزب الله، المدعوم من إيران، وحركة حماس»: Saudi Arabia and Hamas are listed with the head, no backers);
    the sentence's end when there is none."""
    o = next((k for k in range(site.i - 1, max(site.sent.ts, site.i - 6) - 1, -1) if ctx.texts[k] in (",", "،")), -1)
    c = aside_close(ctx, o, site.sent.te) if o >= 0 else -1
    return c if c > site.i else site.sent.te


def _backed_subject(ctx: Context, site: Site) -> list[Ment] | None:
    """Who is backed, fought or criticised: the actors right before the participle or noun (within `window`,
    after the last clause break); None when the participle describes a noun of its own between, or the verb's
    object is backed, not its subject."""
    toks, i = ctx.toks, site.i
    if _aid_handed_on(ctx, site):
        return None
    lo = last_clause_break(ctx, site.sent.ts, i)  # ", as an offensive backed by …": not a name before the break
    head = _participle_before(ctx, site, lo)  # «مدعومة بالحشد وقوات البيشمركة وبغطاء جوي من التحالف»
    window = _cx(ctx, "supported-by", "window", 10)
    subject = [m for m in site.before if m.te <= head and head - m.te <= window and m.ts >= lo]
    if (
        subject
        and definite(ctx, toks[i])
        and any(f in ctx.lex.w("adjective_participles") for f in toks[i].forms)
        and any(t.is_word and not ctx.covered[k] for k, t in _between(ctx, subject[-1], i))
    ):
        return None  # «القوات الحكومية المدعومة من التحالف»: the participle describes the noun right before it
    if subject and _object_backed(ctx, site, subject[-1], lo):
        return None  # «وقاتلت القوات الأوكرانية ميليشيات مدعومة من روسيا»: the verb's object is backed, not its subject
    return _relative_object_antecedent(ctx, site, subject)


def _aid_handed_on(ctx: Context, site: Site) -> bool:
    """«مشروع قرار قدمته النرويج بتمديد مساعدات من الأمم المتحدة»: a support noun that is the object of a noun of
    extending or delivering (`aid_transfer_nouns`) is aid passed on to others; the names before it get none."""
    k = site.i - 1
    return k >= site.sent.ts and not ctx.lex.w("aid_transfer_nouns").isdisjoint(ctx.toks[k].forms)


@construction("supported-by", "frame", rtypes=("supports", "fights", "opposes"))
def supported_by(ctx: Context, site: Site, emit) -> Outcome:
    """«بدعم من الطيران الروسي», "backed by Russia", "criticism from Egypt": the actor after «من»/"by"/"from"
    does it, to the subject."""
    if site.rtype not in ("supports", "fights", "opposes"):
        return PASS
    toks, i, j, te = ctx.toks, site.i, site.j, site.sent.te
    if not ctx.lex.w("call_verbs").isdisjoint(toks[i].forms):
        return PASS  # «تلقى البرهان دعوة من بلينكن», «دعوة من العاهل السعودي»: an invitation or a call, no backing
    if j + 1 < te and toks[j].text in ctx.lex.w("kind_adjectives"):
        j += 1  # «تتلقى دعماً عسكرياً من الإمارات»
    bi = _bi_participle(ctx, site, j)
    adverb = _adverb_backer(ctx, site, j) if bi < 0 else -1
    bi = max(bi, adverb)
    if not (j < te and (toks[j].text in ctx.lex.w("agent_prepositions") or _support_of(ctx, site, j) or bi >= 0)):
        return PASS
    if site.rtype == "opposes" and not (site.nominal or site.trig.phrase.nominal or ctx.lang != "ar"):
        return PASS  # «لانتقادات من مصر», "criticism from Egypt": Egypt criticises; a verb takes no «من» agent
    noun = not ctx.lex.w("support_nouns").isdisjoint(toks[i].forms)  # «دعماً من», «المدعومة من»
    if not (site.nominal or noun or ctx.lang != "ar"):
        return PASS
    first = bi if bi >= 0 else j + 1
    if bi < 0 and j + 1 < te and f"{toks[j].text} {toks[j + 1].text}" in ctx.lex.w("passive_agent_markers"):
        first += 1  # «المدعومة من قبل روسيا»
    agents = coordinated_after(ctx, site.ments, first, _aside_end(ctx, site))
    if adverb >= 0:  # (the adverb is inside the phrase the participle describes: modifiers.mark_capital_np)
        agents = [m for m in ctx.ments.starting(adverb) if m.kind == "state"][:1]
    adverbial = _adverbial_support(ctx, site)
    subject: list[Ment] | None
    if adverbial >= 0:
        agents, subject = _adverbial_subject(ctx, site, agents, adverbial)
    else:
        subject = _backed_subject(ctx, site)
    if subject is None:
        return DONE
    if agents and not subject and site.rtype == "fights":
        _attack_by_on(ctx, site, agents, emit)  # "an attack by al-Shabaab on an army base"
    if agents and subject:
        c = site.conf + _cx(ctx, "supported-by")
        singular = definite(ctx, toks[i]) and not ctx.lex.w("singular_participles").isdisjoint(toks[i].forms)
        backed = [subject[-1]] if singular or adverbial >= 0 else _left_group(ctx, site, subject[-1])
        for a in agents:
            for t in backed:  # («بين الحكومة اليمنية وجماعة الحوثي المدعومة من إيران»: the Houthis only)
                emit(a, t, site.rtype, c, site.trig.text, "supported-by")
    return DONE


def _adverbial_support(ctx: Context, site: Site) -> int:
    """ "with the support of Turkey", "with backing from Egypt", «بدعم من تركيا»: a support noun after "with" (or
    "thanks to") or a glued «ب» backs what the clause does, so its subject. Where the phrase starts, else -1."""
    i, toks = site.i, ctx.toks
    if site.rtype != "supports" or ctx.lex.w("support_nouns").isdisjoint(toks[i].forms):
        return -1
    if ctx.lang == "ar":
        return i if toks[i].text.removeprefix("و")[:1] == "ب" and toks[i].text not in ctx.lex.w("support_nouns") else -1
    lo = max(site.sent.ts, i - 3)
    return next((k for k in range(lo, i) if ctx.texts[k].lower() in ctx.lex.w("support_with_words")), -1)


def _adverbial_subject(ctx: Context, site: Site, agents: list[Ment], start: int) -> tuple[list[Ment], list[Ment]]:
    """Who a support phrase of the clause backs: its subject, the first actor of the clause before the phrase that
    no preposition introduces ("The army retook the town from al-Shabaab with the support of AU troops": the
    army, not al-Shabaab; «واستعاد الجيش الصومالي، بدعم من قوات الاتحاد الأفريقي، بلدة»), or when the phrase opens
    the sentence, the actor right after its closing comma ("With the support of Turkey, the GNA repelled …",
    «وبدعم من تركيا، صدت حكومة الوفاق …»); none when neither is named."""
    hi = start - (start > site.sent.ts and ctx.texts[start - 1] in (",", "،"))
    lo = last_clause_break(ctx, site.sent.ts, hi)
    lo = next((k + 1 for k in range(hi - 1, lo - 1, -1) if ctx.texts[k] in ctx.lex.complementizers), lo)
    # («أعلن الرئيس أن قوات الجيش بدعم من البعثة استعادت …»: the reported clause's subject, not the speaker)
    before = [m for m in site.ments if lo <= m.ts and m.te <= hi and actor(m) and not m.topic]
    subject = next((m for m in before if not (m.possessive or _prepositional(ctx, m))), None)
    if subject is not None:
        return agents, _condemned_act_agent(ctx, site, subject, lo, hi)
    if before or start - site.sent.ts > 2:
        return agents, []
    for n, a in enumerate(agents):  # ("With the support of Turkey, the GNA …": the list read on past the comma)
        if n and ctx.texts[a.np_start - 1 - (ctx.texts[a.np_start - 1] == "the")] in (",", "،"):
            return agents[:n], _after_fronted(ctx, site, agents[n - 1].te)
    return agents, _after_fronted(ctx, site, agents[-1].te) if agents else []


def _condemned_act_agent(ctx: Context, site: Site, subject: Ment, lo: int, hi: int) -> list[Ment]:
    """ "The council condemned the offensive of the M23 in North Kivu with the support of Rwandan troops",
    «يدين الهجوم وتقدم إم 23 بدعم من القوات الرواندية»: after a verb of condemning and an attack noun
    (`attack_nouns`), the support phrase backs the attack, so its agent (the last actor named after the noun, not
    behind a preposition of its target); the one who condemns is backed by no one."""
    attack = next((k for k in range(subject.te, hi) if not ctx.lex.w("attack_nouns").isdisjoint(ctx.toks[k].forms)), -1)
    if attack < 0 or not any(
        f.rtype == "opposes" and not f.phrase.nominal and lo <= f.i < attack for f in site.found
    ):  # («ونددت فرنسا بهجوم …»: the verb before its subject)
        return [subject]
    targets = ctx.lex.w("attack_prepositions")
    agents = [
        m for m in site.ments
        if attack < m.ts and m.te <= hi and actor(m) and ctx.texts[m.np_start - 1] not in targets
    ]  # fmt: skip
    return agents[-1:]


def _after_fronted(ctx: Context, site: Site, k: int) -> list[Ment]:
    """The actor that opens the clause after a fronted phrase whose last name ends at token k: right after the
    comma that closes it (a few words on: "of African Union troops,"), past "the" or, in Arabic, one verb."""
    te = site.sent.te
    close = next((x for x in range(k, min(te, k + 4)) if ctx.texts[x] in (",", "،")), -1)
    if close < 0 or any(ctx.ments.starting(x) for x in range(k, close)):
        return []
    first = next((m for m in site.ments if m.ts > close and actor(m)), None)
    if first is None or first.possessive or _prepositional(ctx, first):
        return []
    gap = ctx.texts[close + 1 : first.ts]
    if ctx.lang == "ar":
        ok = not gap or len(gap) == 1 and ctx.toks[close + 1].is_word and not ctx.covered[close + 1]
    else:
        ok = all(w.lower() == "the" for w in gap) and len(gap) <= 1
    return [first] if ok else []


def _object_backed(ctx: Context, site: Site, subject: Ment, lo: int) -> bool:
    """An Arabic participle after a word that no name covers, in a clause whose verb has the name before as its
    subject («وقاتلت القوات الأوكرانية ميليشيات مدعومة من روسيا»): the participle describes that word, the
    verb's object."""
    if ctx.lang != "ar" or ctx.lex.w("adjective_participles").isdisjoint(ctx.toks[site.i].forms):
        return False
    if not any(t.is_word and not ctx.covered[k] for k, t in _between(ctx, subject, site.i)):
        return False
    return any(lo <= f.i < subject.ts and f.i != site.i and not _noun_use_at(ctx, f) for f in site.found)


def _adverb_backer(ctx: Context, site: Site, j: int) -> int:
    """«المجلس الانتقالي المدعوم إماراتياً», «الانقلاب الحوثي المدعوم إيرانياً»: a passive participle with a
    demonym as its adverb right after it; the demonym's state is the backer (where it starts, else -1)."""
    if ctx.lang != "ar" or j >= site.sent.te or ctx.lex.w("adjective_participles").isdisjoint(ctx.toks[site.i].forms):
        return -1
    return j if any(m.kind == "state" and m.te == j + 1 for m in ctx.ments.starting(j)) else -1


def _bi_participle(ctx: Context, site: Site, j: int) -> int:
    """«مدعومة بفصائل الحشد», «مدعوماً بقوات الدعم السريع», «مدعومة بطائرات مسيّرة من تركيا»: a passive participle
    (`adjective_participles`) whose agents follow a glued «ب», or the «من» after what it is backed with (the «من»
    right after it is an agent preposition of its own). Where its agents start, else -1."""
    te, toks = site.sent.te, ctx.toks
    if ctx.lang != "ar" or j >= te or ctx.lex.w("adjective_participles").isdisjoint(toks[site.i].forms):
        return -1
    if not (toks[j].text[:1] == "ب" and len(toks[j].forms) > 1):
        return -1
    if any(m.ts == j or m.np_start == j for m in site.after):
        return j
    agent = ctx.lex.w("agent_prepositions")
    for k in range(j + 1, min(te - 1, j + 4)):
        if any(m.kind == "state" for m in ctx.ments.starting(k)):
            return k  # «مدعوماً بالطيران المصري»: the demonym of the arm it is backed with
        if ctx.ments.starting(k) or not toks[k].is_word:
            return -1
        if toks[k].text in agent:
            return k + 1
    return -1


def _participle_before(ctx: Context, site: Site, lo: int) -> int:
    """«مدعومة بالحشد الشعبي وبغطاء جوي من التحالف»: a support noun joined by «و» to the list of a passive
    participle before it in the same clause backs what the participle describes (the name before the
    participle), not the last name of the list; else the trigger itself."""
    i = site.i
    if ctx.lang != "ar" or ctx.toks[i].text[:1] != "و":
        return i
    parts = ctx.lex.w("adjective_participles")
    k = next((k for k in range(i - 1, lo - 1, -1) if not parts.isdisjoint(ctx.toks[k].forms)), -1)
    if k < 0 or not all(ctx.toks[x].is_word for x in range(k + 1, i)):
        return i
    return k


def _support_of(ctx: Context, site: Site, j: int) -> bool:
    """ "with the support of Turkey", "thanks to the backing of Russia": a support noun after "with the", its
    owner after "of" (English; «بدعم من» has its «من»)."""
    if site.rtype != "supports" or ctx.texts[j] != "of":
        return False
    lo = max(site.sent.ts, site.i - 4)
    return "the" in ctx.texts[lo : site.i] and not ctx.lex.w("support_with_words").isdisjoint(ctx.texts[lo : site.i])


def _attack_by_on(ctx: Context, site: Site, agents: list[Ment], emit) -> None:
    k = agents[-1].te
    if not (k < site.sent.te and ctx.toks[k].text in ctx.lex.w("target_prepositions")):
        return
    kinds = ontology.target_kinds("fights")
    tgt = next((m for m in site.ments if k < m.ts <= k + 3 and m.kind in kinds), None)
    if tgt is not None:
        for a in agents:
            emit(a, tgt, "fights", site.conf + _cx(ctx, "supported-by"), site.trig.text, "attack-by-on")


@construction("announced-terms", "frame", rtypes=("states",), trigger_words="declare_verbs")
def announced_terms(ctx: Context, site: Site, emit) -> Outcome:
    """ "The US and Russia announced the terms of the cessation of hostilities", «أعلنت واشنطن وموسكو بنود
    الهدنة»: a party (by the knowledge base) announcing the terms of its own agreement agrees with it; a mediator
    announcing them ("Qatar announced the terms of the truce") only speaks (the statement goes on: PASS)."""
    k, te = max(site.j, site.src[-1].te if site.src else 0), site.sent.te  # (past a subject after the verb)
    k += k < te and ctx.texts[k] in ctx.lex.w("terms_openers")
    if not site.src or k >= te or ctx.texts[k] not in ctx.lex.w("terms_nouns"):
        return PASS
    k += 1 + (k + 1 < te and ctx.texts[k + 1] in ctx.lex.w("part_of"))
    # the first name after: "the terms of the Nagorno-Karabakh ceasefire" (a place in its name), "of a nationwide
    # 'cessation of hostilities'" (a few words before it)
    agr = next((m for m in site.after if m.np_start >= k and m.kind != "place"), None)
    agr = agr if agr is not None and agr.kind == "agreement" and agr.ts - k <= 4 else None
    e = ctx.kb.get(agr.entity) if agr is not None else None
    parties = set(e.record.get("parties") or ()) if e is not None else set()
    for s_ in site.src:
        if s_.entity in parties:
            emit(s_, agr, "agrees_with", site.conf + _cx(ctx, "announced-terms"), site.trig.text, "announced-terms")
    return PASS


def _object_after_adjunct(ctx: Context, site: Site, k: int) -> bool:
    """An agreement named after a place or a day in the same clause, within eight words of token k («وقعت مصر
    والصومال في أغسطس بروتوكول …», «في الرياض اتفاقا جديدا», "signed on Saturday an accord"): the verb's object."""
    stops = (",", "،", ".", ";", "؛")
    end = next((x for x in range(k + 1, min(site.sent.te, k + 9)) if ctx.texts[x] in stops), min(site.sent.te, k + 9))
    return k < end and ctx.texts[k] not in stops and any(m.kind == "agreement" and k < m.ts < end for m in site.after)


@construction("elided-agreement", "frame", rtypes=("opposes", "agrees_with"))
def elided_agreement(ctx: Context, site: Site, emit) -> Outcome:
    """ "X refused to sign, saying …", «رفض التوقيع،», "Bashir and Museveni signed as guarantors": signing (or
    refusing to sign) with no object of its own is of the agreement named last before it (`window` tokens). A
    signing noun is no act of the clause's subject ("attended Friday's signing")."""
    if not site.src or (site.nominal or determined(ctx, site.i)) and site.rtype != "opposes":
        return PASS
    j = max([site.j] + [m.te for m in site.src if m.ts >= site.j])  # «ورفض سيريلو التوقيع»: past a subject after it
    if site.rtype == "opposes":  # "refused to sign", «رفض التوقيع»
        k = j + (j < site.sent.te and ctx.texts[j] == "to")
        if k >= site.sent.te or ctx.lex.w("signing_words").isdisjoint(ctx.toks[k].forms):
            return PASS
        k += 1
    elif ctx.lex.any_of("signing_verbs", "vote_verbs").isdisjoint(ctx.toks[site.i].forms):
        return PASS
    else:
        k = j  # ("Russia and China voted in favour after days of talks": the text just adopted)
    if k < site.sent.te and ctx.texts[k] not in ctx.lex.w("elided_object_ends"):
        return PASS  # "refused to sign the deal", «رفض التوقيع على الاتفاق»: the object is named
    if _object_after_adjunct(ctx, site, k):
        return PASS  # «وقعت الحكومة والمجلس في الرياض اتفاقا جديدا»: the object comes after the place
    window = int(_cx(ctx, "elided-agreement", "window", 80))
    vote = ctx.texts[site.i] in ctx.lex.w("vote_verbs")  # "voted in favour": of the resolution named before, not
    agr = (vote and _last_resolution(ctx, site.i, 4 * window)) or last_agreement(ctx, site.i, window)  # its road map
    if agr is None:
        return PASS
    rtype = site.rtype  # (a vote for a resolution approves it, as _vote says when it is named)
    for s_ in site.src:
        emit(s_, agr, rtype, site.conf + _cx(ctx, "elided-agreement"), site.trig.text, "elided-agreement")
    if rtype == "agrees_with" and ctx.lang != "ar":
        for s_ in _gapped_signers(ctx, site, k):
            emit(s_, agr, rtype, site.conf + _cx(ctx, "elided-agreement"), site.trig.text, "elided-agreement")
    return DONE


def _gapped_signers(ctx: Context, site: Site, k: int) -> list[Ment]:
    """ "A signed for Armenia and B for Azerbaijan", "A signed on behalf of X and B on behalf of Y": the side
    after each 'for' / 'on behalf of', and the signer the gapped clause after 'and' names before its own side."""
    out: list[Ment] = []
    te = site.sent.te
    for _ in range(4):
        n = for_side(ctx, k, te)
        side = next((m for m in site.ments if m.np_start in (k + n, k + n + 1) and actor(m)), None) if n else None
        if side is None or side.kind == "person":
            break
        out.append(side)
        k = side.te
        if not (k + 2 < te and ctx.texts[k] in ctx.lex.w("and")):
            break
        signer = next((m for m in site.ments if m.np_start == k + 1 and m.kind == "person"), None)
        if signer is None or not for_side(ctx, signer.te, te):
            break
        out.append(signer)
        k = signer.te
    return out


def _last_resolution(ctx: Context, i: int, window: int) -> Ment | None:
    """The resolution named last within `window` tokens before token i."""
    found = [m for m in ctx.ments.ending_within(i - window, i) if m.kind == "agreement"]
    return next((m for m in reversed(found) if family_of_mention(ctx, m) == "resolution"), None)


@construction("told-in-call", "frame", rtypes=("phones",))
def told_in_call(ctx: Context, site: Site, emit) -> Outcome:
    """ "King Abdullah told Guterres in a phone call that …", "assured Macron during a call", "discussed the
    crisis with Putin by phone": the call is between the clause's subject and the person the verb addressed (its
    object right before the call) or the one named after "with" (English; Arabic: call-after-object)."""
    if not site.before or site.j < site.sent.te and ctx.texts[site.j] in ctx.lex.w("with_words"):
        return PASS  # "a phone call with Macron": the partner follows
    k, skip = site.i - 1, ctx.lex.any_of("call_openers", "articles")
    while k > site.sent.ts and ctx.texts[k] in skip:
        k -= 1
    persons = [m for m in site.before if m.kind == "person" and not m.in_np and m.np_start >= site.sent.ts]
    if len(persons) < 2 or persons[-1].te != k + 1:
        return PASS
    caller, partner = persons[-2], persons[-1]
    between = ctx.texts[caller.te : past_owner(ctx, partner.np_start)]  # ("spoke to Iran's B": past the owner)
    told = len(between) == 1  # "told Guterres", "assured Macron"
    spoke_to = between[-2:-1] and between[-1] == "to" and between[-2] in ctx.lex.w("spoke_to_verbs")  # "spoke to B"
    opened = not ctx.lex.w("call_openers").isdisjoint(ctx.texts[k + 1 : site.i])  # "with B in a phone call"
    with_b = between[-1:] and between[-1] in ctx.lex.w("with") or spoke_to
    if not told and not (with_b and (_by_phone(ctx, site) or opened)):
        return PASS
    emit(caller, partner, "phones", site.conf, site.trig.text, "told-in-call")
    return DONE


def _by_phone(ctx: Context, site: Site) -> bool:
    """The trigger says how they spoke ("by phone", "over the phone"), not that a call was made."""
    return site.trig.text in ctx.lex.w("by_phone")


@construction("relative-talks", "frame", rtypes=_SYMMETRIC, after="relative_pronouns")
def relative_talks(ctx: Context, site: Site, emit) -> Outcome:
    """«المحادثات التي ترعاها السعودية», "talks that Qatar hosts": who sponsors the talks is not who holds them."""
    toks, j, te = ctx.toks, site.j, site.sent.te
    if not (site.nominal and site.rtype in _SYMMETRIC and j < te and toks[j].text in ctx.lex.w("relative_pronouns")):
        return PASS
    held = j + 1 < te and toks[j + 1].text in ctx.lex.w("held_verbs")  # «التي جرت», "that took place"
    if held:
        return PASS
    gathered = _gathered(ctx, site, j + 1)
    if gathered is not None:  # «اللقاء الذي جمع X مع Y»
        for a, b in pairs(gathered):
            emit(a, b, site.rtype, site.conf, site.trig.text, "relative-gathered")
        return DONE
    # "signed the deal after ten days of talks that Qatar hosted": the talks are still the signers'
    for a, b in pairs(_subjects_talks(ctx, site, own=True)):
        emit(a, b, site.rtype, site.conf + _cx(ctx, "talks-of-subjects"), site.trig.text, "relative-talks")
    return DONE


def _gathered(ctx: Context, site: Site, k: int) -> list[Ment] | None:
    """«اللقاء الذي جمع X مع Y», «القمة التي جمعت X وY», «… جمع بين X وY»: the relative clause's verb of bringing
    together (`gather_verbs`) names who met: two or three of one kind, the first right after the verb. None when
    the clause has no such verb; an empty list when its names are not such a pair."""
    toks, te = ctx.toks, site.sent.te
    if not (k < te and toks[k].text in ctx.lex.w("gather_verbs")):
        return None
    return _gathered_from(ctx, site, k + 1)


def _gathered_from(ctx: Context, site: Site, k: int) -> list[Ment]:
    """Who a verb of bringing together names from token k on: two or three of one kind (see _gathered)."""
    toks, te = ctx.toks, site.sent.te
    if k < te and toks[k].text in ctx.lex.w("between"):
        pair = between_pair(ctx, site.ments, k, te)
        return list(pair) if pair is not None else []
    first = next((m for m in site.ments if m.np_start == k and actor(m)), None)
    if first is None:
        return []
    grp = [a for a in group_with(ctx, site.ments, first) if actor(a)]
    e = grp[-1].te
    if len(grp) == 1 and e < te and toks[e].text in ctx.lex.w("with"):  # «جمع X مع Y»
        nxt = next((m for m in site.ments if m.np_start == e + 1 and actor(m) and same_class(m, first)), None)
        grp += [a for a in group_with(ctx, site.ments, nxt) if actor(a)] if nxt is not None else []
    return grp if 2 <= len(grp) <= 3 and all(same_class(a, first) for a in grp) else []


def _relations_between(ctx: Context, j: int, te: int) -> bool:
    """ "discussed relations between Iraq and Iran", «بحث العلاقات بين العراق وإيران»: the first "between" within
    a few words of the trigger follows a noun of relations (`between_topics`): the pair is what is discussed."""
    btw, topics = ctx.lex.w("between"), ctx.lex.w("between_topics")
    k = next((x for x in range(j, min(te, j + 5)) if ctx.texts[x] in btw), -1)
    return k > 0 and ctx.texts[k - 1] in topics


@construction("between", "frame", rtypes=_SYMMETRIC | {"fights"})
def between(ctx: Context, site: Site, emit) -> Outcome:
    """ "talks between X and Y", «المفاوضات التي جرت بين إيران والقوى الست»: the two sides."""
    j, te = site.j, site.sent.te
    if site.rtype not in _SYMMETRIC and site.rtype != "fights":  # "clashes between X and Y"
        return PASS
    btw = ctx.lex.w("between")
    if ctx.toks[j - 1].text in btw and j - 1 > site.i:
        j -= 1  # "the war between X and Y": the phrase ends with "between"
    at = j + 1 if j + 1 < te and ctx.toks[j].text not in btw and linker(ctx, ctx.toks[j]) else j  # «لقاءً جمع بين»
    sides_at = at < te and ctx.toks[at].text in btw or _between_at(ctx, j, te) >= 0
    if site.src and not (site.nominal and (sides_at or _between_past_place(ctx, site, j) > j)):
        return PASS
    if _relations_between(ctx, j, te):
        return PASS  # «جرى خلال اللقاء بحث العلاقات بين العراق وإيران»: the meeting's topic, not its sides
    j = _held_between(ctx, site, j)  # "Talks were held in Jeddah on Saturday between the army and the RSF"
    j = _between_past_place(ctx, site, j)  # "hosted talks in Brussels between X and Y"
    pair = between_pair(ctx, site.ments, j, te)
    if pair is None:
        # "Pedersen led talks between the government and the opposition": the talks are between others, even
        # when one side is not a known name; the subject is not a side
        return DONE if site.src and ctx.lang != "ar" else PASS
    if site.rtype != "fights" and _pending_after(ctx, pair[1].te, te):
        return DONE  # "a meeting between Trump and Kim, expected by early June": not (yet) held
    if site.rtype != "fights" and _possible_before(ctx, pair[0].ts, site.i):
        return DONE  # "discussed a potential meeting between Zelensky and Putin": not held
    c = site.conf + _cx(ctx, "between")
    for a, b in _between_sides(ctx, site, pair):
        emit(a, b, site.rtype, c, site.trig.text, "between")
        if site.rtype == "negotiates_with" and a.kind == b.kind == "person":
            emit(a, b, "meets", c - 0.05, site.trig.text, "between")  # "talks between Lavrov and Rubio"
    return DONE


def _possible_before(ctx: Context, k: int, i: int) -> bool:
    """ "preparations for a possible meeting between A and B": a `hypothetical_modifiers` word among the three
    words before the "between" that opens the sides starting at token k (after the trigger at i)."""
    k -= 1
    while k > i and ctx.texts[k] not in ctx.lex.w("between"):
        k -= 1
    return k > i and not ctx.lex.w("hypothetical_modifiers").isdisjoint(ctx.texts[max(i + 1, k - 3) : k])


def _held_between(ctx: Context, site: Site, j: int) -> int:
    """After "were held", "took place" (`held_verbs`) right after the noun, past a place and a time that name no
    actor (up to nine words, no comma) to its "between"; else j."""
    texts, te = ctx.texts, site.sent.te
    if not (site.nominal and j < te and texts[j] in ctx.lex.w("held_verbs")):
        return j
    btw = ctx.lex.w("between")
    k = next((x for x in range(j + 1, min(te, j + 10)) if texts[x] in btw or texts[x] in (",", "،", ".")), -1)
    if k < 0 or texts[k] not in btw or any(actor(m) for m in site.view.starting_within(j, k)):
        return j
    return k


def _hosting_word(ctx: Context, k: int) -> bool:
    """Token k is a word of hosting (a form that opens with one of `host_stems`: «استضاف», "hosted")."""
    stems = ctx.lex.w("host_stems")
    return any(f.startswith(st) for f in ctx.toks[k].forms for st in stems)


def _between_past_place(ctx: Context, site: Site, j: int) -> int:
    """ "hosted talks in Brussels between X and Y", «محادثات استضافها في العاصمة التركية بين X وY», «بعد استضافته
    محادثات في بروكسل بين …»: right after the event noun (or a relative verb of hosting, `host_stems`) the place
    where it is held (a location preposition, then a place or time and no side: nothing but located names or a
    capital's demonym, up to eight words, no comma) comes before the "between" of its sides. Where that "between"
    stands, else j."""
    texts, te, btw = ctx.texts, site.sent.te, ctx.lex.w("between")
    if not site.nominal:
        return j
    k = j + (j < te and _hosting_word(ctx, j))
    if not (k < te and texts[k] in ctx.lex.location_prepositions and texts[k] not in btw):
        return j
    b = next((x for x in range(k + 1, min(te, k + 9)) if texts[x] in btw or texts[x] in (",", "،", ".")), -1)
    if b < 0 or texts[b] not in btw:
        return j
    inside, where = site.view.starting_within(k, b), ctx.lex.location_prepositions
    side = any(actor(m) and not m.located and texts[m.ts - 1] not in where for m in inside)  # («العاصمة المصرية»)
    return b if inside and not side else j


def _pending_after(ctx: Context, k: int, te: int) -> bool:
    """ "a meeting between X and Y, expected by June", "talks between X and Y are scheduled for Monday": a modal
    word (`modal_words`) right after the sides, past a comma and a copula or auxiliary, says the event is to come."""
    skip = ctx.lex.w("auxiliaries") | ctx.lex.w("copulas")
    while k < te and (ctx.texts[k] in (",", "،") or ctx.texts[k] in skip):
        k += 1
    return k < te and ctx.texts[k] in ctx.lex.w("modal_words")


def _between_sides(ctx: Context, site: Site, pair: tuple[Ment, Ment]) -> list[tuple[Ment, Ment]]:
    """ "talks between Kerry, Lavrov, Ashton and Deshchytsia", "negotiations between Egypt, Ethiopia and Sudan",
    «المفاوضات بين مصر وإثيوبيا والسودان»: every two of a list of three or more of one class sat at the table; a
    pair otherwise. A list whose first member is not the first name after "between" ("between the army, backed by
    Egypt and the UAE, and the RSF") or that goes on to another side ("… on one side and D") is two sides."""
    if site.rtype == "fights":
        return [pair]
    first = next(
        (m for m in site.ments if m.ts >= site.j and actor(m) and same_class(m, pair[0]) and m.te <= pair[0].te), None
    )
    if first is None:
        return [pair]  # ("between the Russian and Ukrainian delegations": two demonyms, no list)
    group = group_with(ctx, site.ments, first)
    nxt = ctx.texts[group[-1].te] if group and group[-1].te < site.sent.te else ""
    if len(group) < 3 or pair[0] not in group or pair[1] not in group or nxt in ctx.lex.w("side_words"):
        return [pair]  # ("between A, B and C on one side and D on the other": two sides, not a list)
    if any(not same_class(m, group[0]) for m in group):
        return [pair]
    return [(a, b) for n, a in enumerate(group) for b in group[n + 1 :]]


@construction("pitted", "frame", rtypes=("fights",))
def pitted(ctx: Context, site: Site, emit) -> Outcome:
    """ "The fighting pitted the LNA against the GNA", "a war pitting Armenia against Azerbaijan": the names
    before and after "against" fight each other (the subject is the fighting, not a side)."""
    if site.rtype != "fights" or ctx.texts[site.i] not in ctx.lex.w("pit_verbs"):
        return PASS
    left, right = _sides_against(ctx, site)
    for b in right:
        for a in left:
            emit(a, b, "fights", site.conf, site.trig.text, "pitted")
    return DONE


def _sides_against(ctx: Context, site: Site) -> tuple[list[Ment], list[Ment]]:
    """The group named right after the trigger and the one after "against" that follows it (([], []) if none)."""
    fa = site.first_after
    if fa is None or site.gap > 1:
        return [], []
    left = group_with(ctx, site.ments, fa)
    k = left[-1].te
    if not (k < site.sent.te and ctx.texts[k] in ctx.lex.w("against")):
        return [], []
    return left, coordinated_after(ctx, site.ments, k + 1, site.sent.te)


@construction("alongside-against", "frame", rtypes=("supports",))
def alongside_against(ctx: Context, site: Site, emit) -> Outcome:
    """ "Wagner fought alongside the Malian army against JNIM": both fight JNIM; the subject backs the army."""
    words = " ".join(ctx.texts[site.i : site.j])  # («تقاتل إلى جانب»: the phrase in two words)
    if site.rtype != "supports" or not site.src or not any(w in words for w in ctx.lex.w("along_with")):
        return PASS
    allies, enemies = _sides_against(ctx, site)
    if not enemies:
        return PASS
    for a in site.src + allies:
        for b in enemies:
            emit(a, b, "fights", ontology.base_confidence("fights"), site.trig.text, "alongside-against")
    for s_ in site.src:
        for a in allies:
            emit(s_, a, "supports", site.conf, site.trig.text, "alongside-against")
    site.state.subjects_here = site.src
    return DONE


@construction("with-carried", "frame", rtypes=_SYMMETRIC | {"visits"}, nominal=True)
def with_carried(ctx: Context, site: Site, emit) -> Outcome:
    """«استهلها بلقاء مع الرئيس الروسي», "a meeting with X": the subject carried over meets X."""
    if not site.nominal or (site.rtype not in _SYMMETRIC and site.rtype != "visits"):
        return PASS
    j, te = site.j, site.sent.te
    if not site.src and site.rtype == "visits":  # "On a visit to Beijing, Lavrov met …"
        if site.i > site.sent.ts and ctx.texts[site.i - 1] in ctx.lex.w("visit_back_determiners"):
            return DONE  # «وعقب تلك الزيارة، وجهت السعودية دعوة …», "after that visit": the one told before
        site.src, site.method = _fronted_subject(ctx, site), "fronted-visit"
        return PASS
    if site.src or site.rtype not in _SYMMETRIC:
        return PASS
    if (j < te and ctx.toks[_past_venue(ctx, site)].text in ctx.lex.w("with")) or _object_suffix(ctx, site):
        fronted = _fronted_subject(ctx, site)
        site.src = fronted or list(site.state.subjects_here or site.state.last_subject)
        site.conf += 0.0 if fronted else _cx(ctx, "with-carried")
        site.method = "fronted-with" if fronted else "with-carried"
    return PASS


def _past_venue(ctx: Context, site: Site) -> int:
    """ "During a meeting in Ankara with X": the token after the venue ("in" and a place) that may sit between
    a meeting noun and "with"; else the token after the noun."""
    j = site.j
    if ctx.lang == "ar" or ctx.texts[j] not in ("in", "at") or j + 2 >= site.sent.te:
        return j
    venue = ctx.starting_at(j + 1 + (ctx.texts[j + 1] == "the"), ("place", "state"))
    return venue.te if venue is not None and venue.te < site.sent.te else j


def _object_suffix(ctx: Context, site: Site) -> bool:
    """«وعقب لقائه عباس عراقجي، قال …»: an Arabic noun with its agent as a pronoun suffix and the partner right
    after it, in a phrase fronted before the clause whose subject the pronoun stands for."""
    if ctx.lang != "ar" or site.gap != 0 or _fronted_end(ctx, site.sent.ts, site.sent.te) < site.j:
        return False
    return pronoun_suffix(ctx, ctx.toks[site.i], site.trig.phrase.words[0])


def _fronted_end(ctx: Context, ts: int, te: int) -> int:
    """The comma closing a sentence-initial phrase ("During a meeting with X, …", "In a call with X, …"), or -1."""
    if ctx.toks[ts].text not in ctx.lex.w("fronted_openers"):
        return -1
    return next((k for k in range(ts + 1, min(te, ts + 25)) if ctx.toks[k].text in (",", "،")), -1)


def _unnamed_after_fronted(ctx: Context, k: int, i: int) -> bool:
    """ "At a ceremony with Rubio in Washington, the two foreign ministers signed": right after the comma k that
    closes a fronted phrase, a phrase opened by an article or determiner (`noun_determiners`), no comma in it, runs
    to the verb at i: the clause's own subject, unnamed (the caller's nearest name lies in the fronted phrase)."""
    return k + 2 < i and ctx.texts[k + 1] in ctx.lex.w("noun_determiners") and "," not in ctx.texts[k + 1 : i]


def _fronted_subject(ctx: Context, site: Site) -> list[Ment]:
    """ "During a meeting with Haftar, Tetteh urged …": the subject of the clause after the fronted phrase."""
    if site.i - site.sent.ts > 3:
        return []
    k = _fronted_end(ctx, site.sent.ts, site.sent.te)
    if k < 0:
        return []
    first = next((m for m in site.ments if k < m.np_start <= k + 2 and actor(m) and not m.possessive), None)
    return group_with(ctx, site.ments, first) if first is not None else []


@construction(
    "call-after-object", "frame", rtypes=("phones", "meets"), langs=("ar",), nominal=True, before="call_openers"
)
def call_after_object(ctx: Context, site: Site, emit) -> Outcome:
    """«أبلغ ماكرون نظيره بايدن في اتصال هاتفي …», «أطلع شكري الصفدي خلال لقاء على …»: a call or meeting after
    «في»/«خلال» (`call_openers`) that follows a verb, its subject and its object is between the two (Arabic)."""
    if ctx.lang != "ar" or not site.nominal or site.i < 1:
        return PASS
    if ctx.toks[site.i - 1].text not in ctx.lex.w("call_openers"):
        return PASS
    named = [m for m in site.before if m.np_start >= site.sent.ts and actor(m) and not m.in_np and not m.located]
    named = [m for k, m in enumerate(named) if k + 1 == len(named) or named[k + 1].entity != m.entity]
    if len(named) != 2 or any(m.kind != "person" for m in named):
        return PASS  # «أكد شكري دعم مصر في اتصال هاتفي»: a state in the verb's object took no part in the call
    end = site.i - 1  # «… بوتين، في اتصال هاتفي»، «… مع نظيره السعودي فيصل بن فرحان، وذلك في اتصال هاتفي»
    gap = ctx.lex.w("call_gap_words")
    while end - 1 > site.sent.ts and (ctx.texts[end - 1] in (",", "،") or ctx.texts[end - 1] in gap):
        end -= 1
    if named[0].np_start != site.sent.ts + 1 or named[1].te != end:
        return PASS
    if site.src and site.src != named[1:]:  # (the object right before the call is no subject of it)
        return PASS
    if ctx.covered[site.sent.ts] or named[0].entity == named[1].entity:
        return PASS
    emit(named[0], named[1], site.rtype, site.conf, site.trig.text, "call-after-object")
    return DONE


def _measure_start(ctx: Context, k: int, ts: int) -> int:
    """ "after two days of talks", «في ختام جولة مفاوضات», «بعد أربعة أيام من مفاوضات»: the word before the
    measure of the talks (`talks_measures`, numbers) is the one that dates them."""
    measures, numbers = ctx.lex.w("talks_measures"), ctx.lex.w("number_words")
    stop = max(ts, k - 6)
    while k > stop and (ctx.toks[k].text.isdigit() or ctx.toks[k].text in measures or ctx.toks[k].text in numbers):
        k -= 1
    return k


@construction("talks-of-subjects", "frame", rtypes=("negotiates_with", "meets"))
def talks_of_subjects(ctx: Context, site: Site, emit) -> Outcome:
    """«توصلت السعودية وإيران إلى اتفاق، في ختام محادثات استضافتها الصين», "Iran and Saudi Arabia agreed … after
    talks hosted by China": talks named after the subjects' own verb, with no parties of their own, are theirs."""
    grp = _subjects_talks(ctx, site)
    for a, b in pairs(grp):
        emit(a, b, site.rtype, site.conf + _cx(ctx, "talks-of-subjects"), site.trig.text, "talks-of-subjects")
    return DONE if grp else PASS


@construction("fronted-talks", "frame", rtypes=("negotiates_with",), nominal=True)
def fronted_talks(ctx: Context, site: Site, emit) -> Outcome:
    """ "Following three days of negotiations in Nairobi, Kinshasa and the M23 signed a truce", «وعقب مشاورات
    استمرت يومين في الدوحة، وقّعت الحكومة والحركة اتفاقا»: talks with no parties of their own, named in a time
    phrase that opens the sentence (`concluded_talks_openers`), are those of the two or three actors who agree or
    sign right after its comma."""
    grp = [] if site.src else _fronted_talks_sides(ctx, site)
    for a, b in pairs(grp):
        emit(a, b, site.rtype, site.conf + _cx(ctx, "fronted-talks"), site.trig.text, "fronted-talks")
    return DONE if grp else PASS


def _fronted_talks_sides(ctx: Context, site: Site) -> list[Ment]:
    toks, texts, ts, te = ctx.toks, ctx.texts, site.sent.ts, site.sent.te
    k = _measure_start(ctx, site.i - 1, ts)
    ended = k > ts and any(f in ctx.lex.w("end_nouns") for f in toks[k].forms)  # «في ختام محادثات»
    if k - ended != ts or not (ended or not ctx.lex.w("concluded_talks_openers").isdisjoint(toks[k].forms)):
        return []
    c = next((x for x in range(site.j, min(te, site.j + 14)) if texts[x] in (",", "،")), te)
    if c >= te or not ctx.lex.w("between").isdisjoint(texts[site.j : c]):
        return []  # ("after talks between A and B")
    if any(site.j <= f.i < c for f in site.found):
        return []  # (a verb of its own before the comma)
    verb = next((f for f in site.found if c < f.i <= c + 16 and not f.phrase.nominal), None)
    if verb is None or verb.rtype != "agrees_with":
        return []
    if ctx.lang == "ar":  # (the verb right after the comma, its subjects after it)
        grp = coordinated_after(ctx, site.ments, verb.j, te) if verb.i == c + 1 else []
    else:  # (the subjects right after the comma, the verb right after them: "(RSF)" between)
        last = [m for m in site.ments if c < m.ts and m.te <= verb.i and actor(m) and not m.in_np][-1:]
        grp = group_with_left(ctx, site.ments, last[0]) if last and verb.i - last[0].te <= 4 else []
        grp = grp if grp and grp[0].ts - c <= 3 else []
    return grp if 2 <= len(grp) <= 3 and all(actor(m) for m in grp) else []


def _subjects_talks(ctx: Context, site: Site, own: bool = False) -> list[Ment]:
    """The clause's two or three subjects when the talks noun is named after their verb by a time phrase, with no
    parties of its own ("after ten days of talks", «في ختام محادثات»); else []. `own`: the subjects may already
    be the site's (English finds the clause's subject for the noun)."""
    grp, toks = site.state.subjects_here, ctx.toks
    if site.src and not (own and site.src == grp) or not site.nominal or site.rtype not in ("negotiates_with", "meets"):
        return []
    k = _measure_start(ctx, site.i - 1, site.sent.ts)
    if not (2 <= len(grp) <= 3) or k < site.sent.ts:
        return []
    words = ctx.lex.w("time_prepositions")
    if not (toks[k].text in words or any(f in ctx.lex.w("end_nouns") for f in toks[k].forms)):
        return []  # «في ختام محادثات», «بعد محادثات», "after talks", "at the end of talks"
    fa = site.first_after
    if fa is not None and site.gap <= 1 and toks[fa.np_start - 1].text in ctx.lex.any_of("with_words", "between"):
        return []  # "after talks with X": the partner is named
    return grp


def _mediators_after(ctx: Context, j: int, at: int) -> bool:
    """A word of mediation or an English agent's "by" between the noun and the names after it ("negotiators from
    Russia and Ukraine" are the sides)."""
    words = ctx.lex.any_of("mediation_words", "broker_participles")
    return any(t in words or t == "by" and ctx.lang != "ar" for t in ctx.texts[j:at])


@construction("nominal-group", "frame")
def nominal_group(ctx: Context, site: Site, emit) -> Outcome:
    """ "talks between X and Y" without "between", «اتصال هاتفي جمع كيري ولافروف»: the group that follows."""
    if site.src:
        return PASS
    if site.rtype in _SYMMETRIC:
        firsts = [m for m in site.after if actor(m)]
        toks = ctx.toks
        if firsts and definite(ctx, toks[site.i]) and firsts[0].role != "demonym" and not linker(ctx, toks[site.j]):
            firsts = []  # «حضر اللقاءَ رئيسُ مصر …»: the names after a definite noun are not its parties
        if firsts and firsts[0].topic:
            firsts = []  # "under Saudi and American auspices": the sponsors, no sides of the talks
        if firsts and _mediators_after(ctx, site.j, firsts[0].np_start):
            firsts = []  # "the talks, mediated by Saudi Arabia and the United States, …": the mediators
        if firsts and not ctx.lex.w("mediator_nouns").isdisjoint(ctx.toks[site.i].forms):
            firsts = []  # "mediators Qatar and the United States said": they mediate; they do not talk with each other
        if firsts and firsts[0].ts - site.j <= _cx(ctx, "nominal-group", "window", 3):
            grp = group_with(ctx, site.ments, firsts[0])
            if 2 <= len(grp) <= 3:
                for a, b in pairs(grp):
                    emit(a, b, site.rtype, site.conf + _cx(ctx, "nominal-group"), site.trig.text, "nominal-group")
                site.state.subjects_here = grp
    return DONE
