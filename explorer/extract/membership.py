"""Membership sentences that name a body and who sits in it without a membership verb the other patterns know:
a body described in an aside ("Operation Prosperity Guardian, a coalition including the US and Britain",
«عملية حارس الازدهار، وهي تحالف يضم بريطانيا»), a state that holds a body's chair ("Angola took over the
chairmanship of the AU", «تتولى سيراليون الرئاسة الدورية للإيكواس»), and seats or representatives on a body
("the LNA and the GNU each have five seats on the commission", "X, who represents Marib on the council").

Each pattern looks its words up once per document (ctx.where) and does nothing in a sentence without them."""

from __future__ import annotations

import bisect

from explorer.extract.context import Context, Ment
from explorer.extract.engine import Sentence
from explorer.extract.syntax import actor, affiliate_after, coordinated_after, group_with_left
from explorer.text.normalize import normalize

_BODIES = ("organization", "armed_group")
_MEMBERS = ("state", "organization", "armed_group")


def membership_sentences(ctx: Context, sent: Sentence, ments: list[Ment], emit) -> None:
    """The patterns below, each at the words that open it: the document's positions of those words are looked
    up once (most sentences have none, and cost one bisection)."""
    hits = ctx.memo.get("membership")
    if hits is None:
        hits = ctx.memo["membership"] = _hits(ctx)
    at, fns = hits
    for n in range(bisect.bisect_left(at, sent.ts), bisect.bisect_left(at, sent.te)):
        fns[n](ctx, sent, ments, at[n], emit)


def _hits(ctx: Context) -> tuple[list[int], list]:
    ar = ctx.lang == "ar"
    found = [
        (i, fn)
        for words, fn in (
            (ctx.lex.w("group_descriptors"), described_members),
            (ctx.lex.w("chairmanship_nouns"), chairmanship),
            (ctx.lex.w("seat_words"), seats_on),
            (ctx.lex.w("remaining_words"), remaining_members),
            (ctx.lex.w("founding_words"), founding_charter),
            (ctx.lex.w("affiliated_words"), affiliated_to),
            (ctx.lex.w("contingent_nouns"), national_contingent),
            (ctx.lex.w("backbone_words"), backbone),
            (ctx.lex.w("return_words"), returned_to),
            (ctx.lex.w("wing_nouns"), wing_of),
            (ctx.lex.w("take_part_words"), takes_part_in),
            (ctx.lex.w("member_capacity_words"), as_member),
            (ctx.lex.w("including_words"), listed_parts),
        )
        if words
        for i in ctx.where(words, lasts=ar)
    ]
    found.sort(key=lambda x: x[0])
    return [i for i, _ in found], [fn for _, fn in found]


def _body_at(ments: list[Ment], k: int) -> Ment | None:
    return next((m for m in ments if m.np_start == k and m.kind in _BODIES), None)


def _skip(ctx: Context, k: int, end: int, words: frozenset[str], most: int = 3) -> int:
    """Past up to `most` of the words from token k."""
    j = k
    while j < end and j - k < most and (ctx.texts[j] in words or ctx.lasts[j] in words):
        j += 1
    return j


def described_members(ctx: Context, sent: Sentence, ments: list[Ment], i: int, emit) -> None:
    """ "The AES, a confederation of Mali, Burkina Faso and Niger", "Operation Prosperity Guardian, a coalition
    including the US and Britain", «عملية حارس الازدهار، وهي تحالف يضم بريطانيا والبحرين»: a body, an aside
    that calls it a group of members, and the members listed after that noun."""
    toks, texts = ctx.toks, ctx.texts
    k = _skip(ctx, i + 1, sent.te, ctx.lex.w("descriptor_openers"))
    if k == i + 1:
        return  # a noun with no list after it says nothing
    a = _skip_back(ctx, i - 1, sent.ts, ctx.lex.w("descriptor_modifiers"))  # "a loose alliance", "a regional bloc"
    if not (a - 2 >= sent.ts and texts[a] in ctx.lex.w("aside_openers") and toks[a - 1].text in (",", "،")):
        return  # "Kenya, a member of …" is the member patterns'
    body = next((m for m in ments if m.te == a - 1 and m.kind in _BODIES), None)
    if body is None:
        return
    if toks[i + 1].text == "of":
        # "an alliance of Darfur armed groups including the JEM", "an umbrella of Iran-backed militias including
        # Kataib Hezbollah": the members follow "including", not the plural noun before it
        incl, plural = ctx.lex.w("including_words"), ctx.lex.any_of("collective_group_nouns", "participle_heads")
        x = next((x for x in range(k, min(sent.te, k + 7)) if texts[x] in incl), -1)
        k = x + 1 if x > k and (texts[x - 1] in plural or not any(m.np_start in (k, k + 1) for m in ments)) else k
    for m in coordinated_after(ctx, ments, _past_people(ctx, k, sent.te), sent.te):
        if m.kind in _MEMBERS and m.entity != body.entity:
            emit(m, body, "member_of", 0.65, toks[i].text, "described-members")


def _past_people(ctx: Context, k: int, end: int) -> int:
    """ "the foreign ministers of", "officers from", «ضباط من»: people named by the states or bodies they come from."""
    j = k + (k < end and ctx.texts[k] in ("the", "a"))
    for n in (1, 2):  # "officials of", "foreign ministers of"
        p = j + n - 1
        if p + 1 < end and ctx.lasts[p] in ctx.lex.any_of("member_people", "member_people_of"):
            return p + 1 + (ctx.texts[p + 1] in ctx.lex.w("people_of"))
    return k


def chairmanship(ctx: Context, sent: Sentence, ments: list[Ment], i: int, emit) -> None:
    """ "Angola took over the chairmanship of the African Union", "Sierra Leone holds the rotating chairmanship of
    ECOWAS", «تتولى فرنسا وروسيا والولايات المتحدة الرئاسة المشتركة لمجموعة مينسك», "the group met under the
    chairmanship of Jordan": a state or body that holds a body's chair belongs to it (a person holds a role)."""
    texts = ctx.texts
    k = _skip(ctx, i + 1, sent.te, ctx.lex.w("chair_qualifiers"))
    k += k < sent.te and texts[k] in ("of", "the")
    k += k < sent.te and texts[k] == "the"
    if texts[i - 2 : i] == ["under", "the"] and texts[i + 1 : i + 2] == ["of"]:
        chair = next((m for m in ments if m.np_start == k and m.kind in _MEMBERS), None)
        body = next((m for m in reversed(ments) if sent.ts <= m.ts and m.te <= i - 2 and m.kind in _BODIES), None)
        if chair is not None and body is not None and chair.entity != body.entity:
            emit(chair, body, "member_of", 0.65, ctx.toks[i].text, "chairmanship")
        return
    body = _body_at(ments, k)
    for m in _chair_holders(ctx, sent, ments, i) if body is not None else ():
        if m.kind in _MEMBERS and m.entity != body.entity:
            emit(m, body, "member_of", 0.65, ctx.toks[i].text, "chairmanship")


def _chair_holders(ctx: Context, sent: Sentence, ments: list[Ment], i: int) -> list[Ment]:
    """Who holds the chair named at token i: the subject of the taking verb before it ("Angola took over the …",
    «تسلمت أنغولا رئاسة …»: in Arabic the subject comes between the verb and the noun)."""
    j = _skip_back(ctx, i - 1, sent.ts, ctx.lex.w("chair_qualifiers"))
    if j > sent.ts and ctx.toks[j].text in (",", "،"):
        return _apposed_chair(ctx, ments, i, j)
    take = ctx.lex.w("chair_take_verbs")
    if ctx.lang == "ar":
        last = next((m for m in ments if m.te == j + 1 and actor(m)), None)
        grp = group_with_left(ctx, ments, last) if last is not None else []
        v = grp[0].np_start - 1 if grp else -1
        return grp if v >= sent.ts and (ctx.texts[v] in take or ctx.lasts[v] in take) else []
    v = _skip_back(ctx, j, sent.ts, ctx.lex.w("chair_take_verbs"))
    if v == j:
        return []
    v = _skip_back(ctx, v, sent.ts, ctx.lex.w("chair_adverbs"))
    if v - 1 > sent.ts and ctx.texts[v] in ctx.lex.w("relative_who") and ctx.texts[v - 1] == ",":
        v -= 2  # "France, which holds the rotating presidency of the EU"
    last = next((m for m in ments if m.te == v + 1 and actor(m)), None)
    return group_with_left(ctx, ments, last) if last is not None else []


def _apposed_chair(ctx: Context, ments: list[Ment], i: int, comma: int) -> list[Ment]:
    """ "Senegal, the current chair of the African Union", «السنغال، الرئيس الحالي للاتحاد الأفريقي»: a state right
    before the comma of an aside that calls it the chair (Arabic: a definite noun, «رئيس مجلس السيادة» after a
    comma is a person's title)."""
    if ctx.lang == "ar" and not ctx.texts[i].startswith("ال"):
        return []
    state = next((m for m in ments if m.te == comma and m.kind == "state" and m.role != "demonym" and actor(m)), None)
    return [state] if state is not None else []


def _skip_back(ctx: Context, k: int, start: int, words: frozenset[str], most: int = 3) -> int:
    j = k
    while j >= start and k - j < most and (ctx.texts[j] in words or ctx.lasts[j] in words):
        j -= 1
    return j


def seats_on(ctx: Context, sent: Sentence, ments: list[Ment], i: int, emit) -> None:
    """ "The LNA and the GNU each have five seats on the commission", "delegates from Russia and Ukraine sit on the
    centre", "X, who represents Marib on the council", «ويمثل سلطان العرادة محافظة مأرب في مجلس القيادة»: who
    sits on a body, or represents someone on it, belongs to it."""
    on = ctx.lex.w("seat_prepositions")
    k = next((x for x in range(i + 1, min(sent.te - 1, i + 8)) if ctx.texts[x] in on), -1)
    body = _body_at(ments, k + 1 + (ctx.texts[k + 1] == "the")) if k > 0 else None
    for m in _seat_holders(ctx, sent, ments, i, k) if body is not None else ():
        if (m.kind in _MEMBERS or m.kind == "person") and m.entity != body.entity:
            emit(m, body, "member_of", 0.65, ctx.toks[i].text, "seats-on")


def _seat_holders(ctx: Context, sent: Sentence, ments: list[Ment], i: int, k: int) -> list[Ment]:
    """The subject of a seat word: «يمثل X …» (Arabic, right after the verb), "X, who represents …", "A and B each
    have five seats …", "delegates from A and B sit …"."""
    if ctx.lang == "ar" and ctx.lasts[i] not in ctx.lex.w("seat_nouns"):
        first = next((m for m in ments if m.np_start == i + 1 and actor(m) and m.te < k), None)
        return [first] if first is not None else []
    j = _skip_back(ctx, i - 1, sent.ts, ctx.lex.w("seat_fillers"), most=6)  # «عودة سوريا إلى مقعدها»
    j -= j >= sent.ts and ctx.texts[j] in ctx.lex.w("relative_who")
    j -= j >= sent.ts and ctx.toks[j].text in (",", "،")
    last = next((m for m in ments if m.te == j + 1 and actor(m)), None)
    if last is None or not ctx.lex.w("seat_losses").isdisjoint(ctx.lasts[max(sent.ts, last.ts - 3) : i]):
        return []  # "Syria lost its seat in the League", «تعليق مقعد سوريا»: no longer a member
    return group_with_left(ctx, ments, last)


def remaining_members(ctx: Context, sent: Sentence, ments: list[Ment], i: int, emit) -> None:
    """ "The US and Russia are two of the five permanent Security Council members. The others are Britain, China
    and France.": a sentence that opens with the remaining members lists more members of the body named with a
    member noun in the sentence before."""
    texts = ctx.texts
    if i != sent.ts + 1 or texts[sent.ts] != "the":
        return
    k = _skip(ctx, i + 1, sent.te, ctx.lex.w("member_nouns"), most=1)
    if not (k < sent.te and texts[k] in ctx.lex.w("member_copulas")):
        return
    nouns = ctx.lex.w("member_nouns")
    n = next((x for x in range(sent.ts - 1, max(-1, sent.ts - 40), -1) if texts[x] in nouns), -1)
    near = (m for m in ctx.ments if n >= 0 and (n - 3 <= m.te <= n or n < m.ts <= n + 3) and m.kind in _BODIES)
    body = next(near, None)
    for m in coordinated_after(ctx, ments, k + 1, sent.te) if body is not None else ():
        if m.kind in _MEMBERS and m.entity != body.entity:
            emit(m, body, "member_of", 0.6, ctx.toks[i].text, "remaining-members")


MEMBERSHIP_PATTERNS = [membership_sentences]


def founding_charter(ctx: Context, sent: Sentence, ments: list[Ment], i: int, emit) -> None:
    """ "Mali, Burkina Faso and Niger signed a charter establishing the Alliance of Sahel States", «وقّعت مالي
    وبوركينا فاسو والنيجر ميثاقاً يؤسس «تحالف دول الساحل»»: a charter or agreement that founds a body (the founding
    word right after the agreement's noun, the body right after it) makes those who signed it, the list named
    before the noun, its members."""
    if i < sent.ts + 2 or not (ctx.lex.w("founding_heads") & {ctx.lasts[i - 1], ctx.texts[i - 1]}):
        return
    j = i + 1 + (i + 1 < sent.te and ctx.texts[i + 1] in ("the", '"'))
    j += j < sent.te and ctx.texts[j] == '"'
    body = next((m for m in ments if m.ts in (j, i + 1) and m.kind in _BODIES), None)
    last = next((m for m in reversed(ments) if m.te <= i - 1 and m.kind in _MEMBERS and actor(m)), None)
    if body is None or last is None:
        return
    for m in group_with_left(ctx, ments, last):
        if m.entity != body.entity:
            emit(m, body, "member_of", 0.65, ctx.toks[i].text, "founding-charter")


def national_contingent(ctx: Context, sent: Sentence, ments: list[Ment], i: int, emit) -> None:
    """ "Ugandan and Burundian soldiers of the AU mission", "Kenyan troops serving with AMISOM", «القوات الإثيوبية
    في بعثة الاتحاد الأفريقي», «جنود أوغنديين وبورونديين ضمن القوة»: a force noun with nationality adjectives, then
    a link word and a mission or force (`contingent_bodies` in its name): each state sends a contingent to it.
    Also the mission those contingents make up ("AMISOM, made up of Ugandan troops")."""
    states = _contingent_states(ctx, sent, i)
    if not states:
        return
    k = max(i + 1, states[-1].te) if ctx.lang == "ar" else i + 1
    n = next((n for n in (2, 1) if " ".join(ctx.texts[k : k + n]) in ctx.lex.w("contingent_links")), 0)
    body = None
    if n:
        k += n + (k + n < sent.te and ctx.texts[k + n] == "the")
        body = next((m for m in ments if m.np_start == k and m.kind in _BODIES and _mission(ctx, m)), None)
    body = body or _composed_of_contingents(ctx, sent, states[0].ts if ctx.lang != "ar" else i)
    for m in states if body is not None else ():
        emit(m, body, "member_of", 0.65, ctx.toks[i].text, "national-contingent")


def _composed_of_contingents(ctx: Context, sent: Sentence, j: int) -> Ment | None:
    """ "AMISOM, made up mainly of Ugandan and Burundian troops", «القوات الأفريقية، التي تتشكل أساساً من جنود
    أوغنديين»: the mission or force that the national contingents starting at token j make up, named right before
    the composition words or referred to there by a force noun alone (the one mission the article named before)."""
    texts, lasts, words = ctx.texts, ctx.lasts, ctx.lex.w("contingent_composition")
    k = j - 1
    if k <= sent.ts or texts[k] not in ctx.lex.w("people_of"):
        return None
    k -= 1
    while k > sent.ts and (texts[k] in ctx.lex.w("composition_adverbs") or lasts[k] in words or texts[k] in words):
        k -= 1  # "made up mainly of", «تتشكل أساساً من», "which is composed of"
    if k == j - 2:
        return None  # (no composition word: "troops of X")
    while k > sent.ts and (texts[k] in (",", "،") or texts[k] in ctx.lex.w("relative_who")):
        k -= 1
    named = next((m for m in ctx.ments.ending(k + 1) if m.kind in _BODIES and _mission(ctx, m)), None)
    heads = ctx.lex.w("contingent_heads")
    if named is not None or lasts[k] not in heads and lasts[k - 1] not in heads:
        return named  # «القوات الأفريقية», "the force": a force noun, with at most one adjective after it
    before = [m for m in ctx.ments.ending_within(k - 400, k - 1) if m.kind in _BODIES and _mission(ctx, m)]
    return before[-1] if before and len({m.entity for m in before}) == 1 else None


def _contingent_states(ctx: Context, sent: Sentence, i: int) -> list[Ment]:
    """The states whose nationality adjectives qualify the force noun at token i, in order: before it in English
    ("Ugandan and Burundian soldiers"), after it in Arabic («جنود أوغنديين وبورونديين»)."""

    def demonym(ms: list[Ment]) -> Ment | None:
        return next((m for m in ms if m.kind == "state" and m.role == "demonym"), None)

    out: list[Ment] = []
    if ctx.lang == "ar":
        m = demonym(ctx.ments.starting(i + 1))
        while m is not None and m.te <= sent.te and len(out) < 6:
            out.append(m)
            m = demonym(ctx.ments.starting(m.te))
            if m is not None and not ctx.texts[m.ts].startswith("و"):
                break
        return out
    m = demonym(ctx.ments.ending(i))
    while m is not None and m.ts >= sent.ts and len(out) < 6:
        out.insert(0, m)
        k = m.ts - 1
        if k < sent.ts or not (ctx.texts[k] in ctx.lex.w("and") or ctx.texts[k] == ","):
            break
        m = demonym(ctx.ments.ending(k))
    return out


def _mission(ctx: Context, m: Ment) -> bool:
    """A body named as a mission or force (the knowledge base's names, or the words of the mention)."""
    info = ctx.entities.info.get(m.entity) or {}
    names = (info.get("name") or "", info.get("name_ar") or "", m.text)
    words = ctx.lex.w("contingent_bodies")  # (normalized, as the lexicon's words are)
    return any(not words.isdisjoint(normalize(name).text.split()) for name in names)


def affiliated_to(ctx: Context, sent: Sentence, ments: list[Ment], i: int, emit) -> None:
    """«لجنة شؤون الأسرى التابعة للحوثيين», «اللجنة الاقتصادية لأفريقيا التابعة للأمم المتحدة», "the prisoners'
    committee affiliated with the Houthis": a body named right before the word (its comma aside) belongs to the
    body right after it (the word and its preposition, «عن», "with" on its first token)."""
    k = i - (i > sent.ts and ctx.texts[i - 1] in (",", "،"))
    part = next((m for m in ments if m.te == k and m.kind in _BODIES), None)
    body = affiliate_after(ctx, i) if part is not None else None
    if body is not None and body.kind in _BODIES and body.te <= sent.te and part.entity != body.entity:
        emit(part, body, "member_of", 0.65, ctx.toks[i].text, "affiliated-to")


def backbone(ctx: Context, sent: Sentence, ments: list[Ment], i: int, emit) -> None:
    """ "The SDF, whose backbone is the YPG", "the YPG forms the backbone of the SDF", "the SDF, dominated by the
    YPG", «قوات سوريا الديمقراطية، التي تشكل وحدات حماية الشعب عمودها الفقري», «وتشكل الوحدات العمود الفقري
    لقوات سوريا الديمقراطية»: the group that makes up a body's core is one of its members."""
    part, body = _backbone_after(ctx, sent, ments, i) if ctx.lang != "ar" else _backbone_ar(ctx, sent, ments, i)
    if part is not None and body is not None and part.entity != body.entity and part.kind in _MEMBERS:
        emit(part, body, "member_of", 0.65, ctx.toks[i].text, "backbone")


def _backbone_after(ctx: Context, sent: Sentence, ments: list[Ment], i: int) -> tuple[Ment | None, Ment | None]:
    """English: "Y, whose backbone is X", "Y, dominated by X" (the part after the word, the body before the
    aside's comma), or "X forms the backbone of Y", "X, the backbone of Y" (the part before, the body after)."""
    texts = ctx.texts
    if i + 1 < sent.te and texts[i + 1] in ctx.lex.w("backbone_links"):  # "whose backbone is", "dominated by"
        part = _named_from(ctx, ments, i + 2, sent.te)
        k = i - 1 - (texts[i - 1] in ctx.lex.w("backbone_owners"))  # (past "whose")
        k = next((x for x in range(k, max(sent.ts, k - 4), -1) if texts[x] == ","), -1)
        return part, next((m for m in ments if m.te == k and m.kind in _BODIES), None)
    if not (i + 2 < sent.te and texts[i + 1] == "of" and texts[i - 1] == "the"):
        return None, None
    body = _named_from(ctx, ments, i + 2, sent.te)
    body = body if body is not None and body.kind in _BODIES else None
    k = _skip_back(ctx, i - 2, sent.ts, ctx.lex.w("backbone_verbs"), most=2)
    k -= k >= sent.ts and texts[k] == ","
    return next((m for m in ments if m.te == k + 1 and actor(m)), None), body


def _backbone_ar(ctx: Context, sent: Sentence, ments: list[Ment], i: int) -> tuple[Ment | None, Ment | None]:
    """Arabic: «Y، التي تشكل X عمودها الفقري» (the part before the word, after the verb; the body before the
    aside's comma) or «(تشكل) X العمود الفقري لـY» (the part before the word, the body after its adjective)."""
    texts = ctx.texts
    part = next((m for m in ments if m.te == i and actor(m)), None)
    if part is None:
        return None, None
    if texts[i].startswith("ال"):  # «العمود الفقري لقوات سوريا الديمقراطية»
        k = _skip(ctx, i + 1, sent.te, ctx.lex.w("backbone_adjectives"), most=1)
        return part, next((m for m in ments if m.np_start == k and m.kind in _BODIES), None)
    k = part.np_start - 1
    if k <= sent.ts or ctx.lasts[k] not in ctx.lex.w("backbone_verbs"):
        return None, None
    k -= 1
    k -= k > sent.ts and texts[k] in ctx.lex.w("relative_who")
    if not (k > sent.ts and texts[k] in (",", "،")):
        return None, None
    return part, next((m for m in ments if m.te == k and m.kind in _BODIES), None)


def _named_from(ctx: Context, ments: list[Ment], k: int, end: int) -> Ment | None:
    """The name that a noun phrase starting at token k ends with, past at most two words ("the Kurdish YPG")."""
    m = next((m for m in ments if k <= m.ts <= k + 2 and m.te <= end), None)
    return m if m is not None and not m.possessive and all(t.is_word for t in ctx.toks[k : m.ts]) else None


def returned_to(ctx: Context, sent: Sentence, ments: list[Ment], i: int, emit) -> None:
    """ "Syria returned to the Arab League", "Syria's return to the Arab League", «عادت سوريا إلى جامعة الدول
    العربية», «عودة سوريا إلى الجامعة العربية»: a state back in a body is one of its members. The body comes right
    after the preposition and ends its phrase ("returned to the UN-led talks" returns to talks)."""
    texts = ctx.texts
    if ctx.lang == "ar":
        who = next((m for m in ments if m.np_start == i + 1 and m.kind == "state"), None)
        k = who.te if who is not None else -1
    else:
        k = i - 1 - (i - 1 > sent.ts and texts[i - 1] in ctx.lex.w("perfect_auxiliaries"))
        k -= k > sent.ts and texts[k] in ("'s", "'")
        who = next((m for m in ments if m.te == k + 1 and m.kind == "state" and actor(m)), None)
        k = i + 1
    if who is None or not (k + 1 < sent.te and texts[k] in ctx.lex.w("return_prepositions")):
        return
    body = _named_from(ctx, ments, k + 1, sent.te)
    end = body.te if body is not None else sent.te
    if body is None or body.kind != "organization" or end < sent.te and _continues(ctx, end):
        return
    emit(who, body, "member_of", 0.65, ctx.toks[i].text, "returned-to")


def _continues(ctx: Context, k: int) -> bool:
    """The word at token k goes on with the noun phrase before it ("the UN-led talks"), unless it is one of the
    words that start what follows a phrase ("after", "on", «بعد», «منذ»)."""
    tok = ctx.toks[k]
    return tok.text in ("-", "\u2013") or tok.is_word and tok.text not in ctx.lex.w("return_enders")



def wing_of(ctx: Context, sent: Sentence, ments: list[Ment], i: int, emit) -> None:
    """ "the Qassam Brigades, the armed wing of Hamas", "Hamas's armed wing, the Qassam Brigades", «كتائب القسام،
    الجناح العسكري لحركة حماس», «الجناح العسكري لحركة حماس، كتائب القسام»: a body in apposition with a wing or
    arm (`wing_nouns`, up to two adjectives after it in Arabic, before it in English) of another is part of it."""
    texts, ar = ctx.texts, ctx.lang == "ar"
    skip = ctx.lex.w("wing_adjectives")
    e = _skip(ctx, i + 1, sent.te, skip, most=2) if ar else i + 1  # past «العسكري»
    s = i if ar else _skip_back(ctx, i - 1, sent.ts, skip, most=2) + 1  # past "armed"
    owner = None
    if ar and e < sent.te and ctx.toks[e].text[:1] == "ل":
        owner = next((m for m in ments if m.ts == e and m.kind in _BODIES), None)
    elif not ar and e + 1 < sent.te and texts[e] == "of":
        owner = _named_from(ctx, ments, e + 1, sent.te)
    elif not ar and s - 1 > sent.ts and texts[s - 1] in ("'s", "'"):
        owner = next((m for m in ments if m.te == s - 1 and m.kind in _BODIES), None)  # "Hamas's armed wing"
        s = owner.np_start if owner is not None else s
    if owner is None or owner.kind not in _BODIES:
        return
    end = owner.te if owner.te > i else e
    s -= (not ar) and s - 1 >= sent.ts and texts[s - 1] == "the"
    part = None
    if s - 1 > sent.ts and texts[s - 1] in (",", "،"):  # "X, the armed wing of Y"
        part = next((m for m in ments if m.te == s - 1 and m.kind in _BODIES), None)
    if part is None and end + 1 < sent.te and texts[end] in (",", "،"):  # "the armed wing of Y, X"
        part = _named_from(ctx, ments, end + 1, sent.te)
    if part is not None and part.kind in _BODIES and part.entity != owner.entity:
        emit(part, owner, "member_of", 0.65, ctx.toks[i].text, "wing-of")


def takes_part_in(ctx: Context, sent: Sentence, ments: list[Ment], i: int, emit) -> None:
    """ "Egypt, Jordan, Morocco and Sudan take part in the coalition", "Uganda and Burundi contribute troops to
    AMISOM", «تشارك مصر والأردن في التحالف العسكري» («مشاركتها في التحالف» is patterns.joined's): who takes
    part in a body (`take_part_words`, then up to three words and `take_part_links` right before its name; troops,
    `contributed_nouns`, between a `contribute_words` verb and the link) is one of its members; not in an event of
    it ("took part in the Arab League summit": `hosted_events` after it) nor in what it owns ("the AU's fund")."""
    texts, te = ctx.texts, sent.te
    link = next((k for k in range(i + 1, min(te, i + 5)) if texts[k] in ctx.lex.w("take_part_links")), -1)
    troops = ctx.lex.w("contributed_nouns")
    if link < 0 or (texts[i] in ctx.lex.w("contribute_words") and troops.isdisjoint(texts[i + 1 : link])):
        return  # ("contributed $2 billion to UNRWA": money, no contingent)
    k = link + 1 + (link + 1 < te and texts[link + 1] == "the")
    body = next((m for m in ments if m.np_start == k and m.kind in _BODIES and not m.possessive), None)
    if body is None or (body.te < te and texts[body.te] in ctx.lex.w("hosted_events")):
        return
    for m in _takers(ctx, sent, ments, i):
        if m.kind in _MEMBERS and m.entity != body.entity:
            emit(m, body, "member_of", 0.65, ctx.toks[i].text, "takes-part-in")


def _takers(ctx: Context, sent: Sentence, ments: list[Ment], i: int) -> list[Ment]:
    """Who takes part at token i: the sides listed right before it (past auxiliaries: "will take part"), or in
    Arabic those right after the verb («تشارك مصر والأردن في …»)."""
    if ctx.lang == "ar":
        first = next((m for m in ments if m.np_start == i + 1 and actor(m)), None)
        if first is not None:
            return [m for m in coordinated_after(ctx, ments, i + 1, sent.te) if actor(m)]
    k = _skip_back(ctx, i - 1, sent.ts, ctx.lex.any_of("auxiliaries", "take_part_aux"), most=3)
    last = next((m for m in ments if m.te == k + 1 and actor(m)), None)
    return [m for m in group_with_left(ctx, ments, last) if actor(m)] if last is not None else []


def as_member(ctx: Context, sent: Sentence, ments: list[Ment], i: int, emit) -> None:
    """ "As a permanent member of the Security Council, Russia vetoed …", "Russia, as a permanent member of the
    Council, vetoed …", «بصفتها عضوا دائما في مجلس الأمن، استخدمت روسيا …»: who acts in the capacity of a member
    (`member_capacity_words`, an article, a `member_nouns` word within three words, "of"/«في» and the body) belongs to
    it: the side right before the aside's comma, else the first one just after the comma that closes it."""
    texts, te = ctx.texts, sent.te
    k = i + 1 + (i + 1 < te and texts[i + 1] in ("a", "an", "the"))
    m = next((x for x in range(k, min(te, k + 3)) if texts[x] in ctx.lex.w("member_nouns")), -1)
    preps = ctx.lex.w("member_prepositions")  # («عضوا دائما في»: past a qualifier)
    p = next((x for x in range(m + 1, min(te, m + 3)) if texts[x] in preps), -1) if m >= 0 else -1
    if p < 0 or not all(t.is_word for t in ctx.toks[m + 1 : p]):
        return
    body = next((b for b in ments if b.np_start in (p + 1, p + 2) and b.kind in _BODIES), None)
    if body is None:
        return
    who = None
    if i - 1 > sent.ts and texts[i - 1] in (",", "،"):  # "Russia, as a permanent member of …"
        who = next((x for x in ments if x.te == i - 1 and actor(x) and x.kind != "person"), None)
    elif body.te < te and texts[body.te] in (",", "،"):  # "As a member of ECOWAS, Senegal backed …"
        who = next((x for x in ments if body.te < x.np_start <= body.te + 2 and actor(x) and x.kind != "person"), None)
    if who is not None and who.kind in _MEMBERS and who.entity != body.entity:
        emit(who, body, "member_of", 0.65, ctx.toks[i].text, "as-member")


def listed_parts(ctx: Context, sent: Sentence, ments: list[Ment], i: int, emit) -> None:
    """ "factions of the Islamic Resistance in Iraq, including Kataib Hezbollah and Nujaba", «فصائل المقاومة
    الإسلامية في العراق، ومنها كتائب حزب الله»: a plural noun of groups (`collective_group_nouns`) owned by a body,
    then a comma and a word of inclusion: the names listed after it are parts of that body."""
    k = i - 1 - (ctx.texts[i - 1] in ("ومن", "من"))  # («، ومن بينها»)
    if k <= sent.ts or ctx.toks[k].text not in (",", "،"):
        return
    body = next((m for m in ments if m.te == k and m.kind in _BODIES), None)
    if body is None:
        return
    groups = ctx.lex.w("collective_group_nouns")
    j = body.np_start - 1 if groups.isdisjoint(ctx.toks[body.np_start].forms) else body.np_start  # («فصائل المقاومة …»:
    j -= j > sent.ts and ctx.texts[j] == "the"  # the noun inside the body's own name)
    j -= j > sent.ts and ctx.texts[j] == "of"
    if j < sent.ts or groups.isdisjoint(ctx.toks[j].forms):
        return
    for m in coordinated_after(ctx, ments, i + 1, sent.te):
        if m.kind in _MEMBERS and m.entity != body.entity:
            emit(m, body, "member_of", 0.65, ctx.toks[i].text, "listed-parts")
