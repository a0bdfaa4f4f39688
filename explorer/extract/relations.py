"""Typed relations from trigger words and the order of the actors around them.

English is mostly subject-verb-object; Arabic news is mostly verb-subject-object, with the subject
often dropped after the first sentence («وأكد ...»), so the last subject carries over.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from explorer.extract.mentions import ACTOR_KINDS, Context, Ment, _last_pair, _nset
from explorer.records import Relation

SYMMETRIC = {"meets", "phones", "negotiates_with"}
_TARGET_KINDS = {
    "meets": ACTOR_KINDS,
    "phones": ACTOR_KINDS,
    "negotiates_with": ACTOR_KINDS,
    "visits": {"state", "place"},
    "agrees_with": {"agreement"} | ACTOR_KINDS,
    "supports": {"agreement"} | ACTOR_KINDS,
    "opposes": {"agreement"} | ACTOR_KINDS,
    "fights": {"armed_group", "state", "organization"},
    "references": {"agreement"},
    "member_of": {"organization", "armed_group"},
    "states": {"agreement", "state", "armed_group", "organization"},
}
_BASE_CONF = {
    "holds_role_in": 0.9,
    "meets": 0.8,
    "phones": 0.85,
    "visits": 0.75,
    "negotiates_with": 0.7,
    "agrees_with": 0.7,
    "supports": 0.6,
    "opposes": 0.65,
    "fights": 0.6,
    "references": 0.7,
    "member_of": 0.7,
    "states": 0.55,
}
_WITH_WORDS = _nset({"مع", "with", "and", "و", "بين", "between", "to", "الى", "إلى"})
_WITH_EN = {"with", "between", "and"}


@dataclass
class Sentence:
    start: int  # original offsets
    end: int
    ts: int  # token span
    te: int


def extract_relations(ctx: Context, sentences: list[Sentence], date: str | None) -> list[Relation]:
    out: dict[tuple, Relation] = {}
    last_subject: list[Ment] = []
    by_sentence: list[list[Ment]] = [[] for _ in sentences]
    si = 0
    for m in ctx.ments:
        while si < len(sentences) and m.ts >= sentences[si].te:
            si += 1
        if si < len(sentences) and m.ts >= sentences[si].ts:
            by_sentence[si].append(m)
    poss_by = _by_sentence(sentences, ctx.possessive_roles, lambda pr: pr[0].ts)
    titles_by = _by_sentence(sentences, ctx.titles, lambda t: t.ts)
    for si, (sent, ments) in enumerate(zip(sentences, by_sentence, strict=True)):
        text = ctx.text[sent.start : sent.end]

        def emit(
            src: Ment,
            tgt: Ment,
            rtype: str,
            conf: float,
            trigger: str = "",
            method: str = "trigger",
            text: str = text,
            sent: Sentence = sent,
        ):
            if src.entity == tgt.entity:
                return
            a, b = src.entity, tgt.entity
            if rtype in SYMMETRIC and (a, b, rtype) not in out and (b, a, rtype) in out:
                return
            key = (a, b, rtype)
            rel = Relation(a, b, rtype, text, sent.start, sent.end, date, round(min(conf, 0.99), 3), method, trigger)
            if key not in out or out[key].confidence < rel.confidence:
                out[key] = rel

        _roles(ctx, poss_by[si], titles_by[si], emit)
        _chaired_by(ctx, sent, ments, emit)
        _agreement_between(ctx, sent, ments, emit)
        _members(ctx, sent, ments, emit)
        subjects = _triggers(ctx, sent, ments, last_subject, emit)
        if subjects:
            last_subject = subjects
    return list(out.values())


def _by_sentence(sentences: list[Sentence], items: list, pos) -> list[list]:
    """Items bucketed by the sentence their token position `pos(item)` falls in, order kept."""
    starts = [s.ts for s in sentences]
    out: list[list] = [[] for _ in sentences]
    for x in items:
        k = bisect.bisect_right(starts, pos(x)) - 1
        if k >= 0 and pos(x) < sentences[k].te:
            out[k].append(x)
    return out


def _roles(ctx: Context, possessive: list, titles: list, emit) -> None:
    for person, body in possessive:
        emit(person, body, "holds_role_in", 0.75, "'s", method="pattern")
    for t in titles:
        if t.person is None or not t.of:
            continue
        of = t.of[0]
        if of.kind in ("state", "organization", "armed_group"):
            rtype = "holds_role_in"
            if t.office in ("member",):
                rtype = "member_of"
            emit(
                t.person,
                of,
                rtype,
                _BASE_CONF["holds_role_in"],
                " ".join(x.text for x in ctx.toks[t.ts : t.te]),
                method="title",
            )


def _chaired_by(ctx: Context, sent: Sentence, ments: list[Ment], emit) -> None:
    """«المجموعة الدولية لدعم سوريا برئاسة الولايات المتحدة وروسيا» / "co-chaired by X and Y"."""
    toks = ctx.toks
    for i in range(sent.ts, sent.te):
        w = toks[i].text
        hit = (
            w in ("برياسه", "بقياده")
            or w in ("chaired", "led")
            and i + 1 < sent.te
            and toks[i + 1].text == "by"
            or (w == "co" and i + 2 < sent.te and toks[i + 2].text == "chaired")
        )
        if not hit:
            continue
        body = next(
            (m for m in reversed(ments) if m.te <= i and m.te >= i - 3 and m.kind in ("organization", "armed_group")),
            None,
        )
        if body is None:
            continue
        for m in _coordinated_after(ctx, ments, i + (3 if w == "co" else 1), sent.te):
            if m.kind in ("state", "organization", "person"):
                emit(m, body, "member_of", 0.8, w, method="pattern")


def _agreement_between(ctx: Context, sent: Sentence, ments: list[Ment], emit) -> None:
    """ "an agreement between A and B" / «اتفاق الرياض بين الحكومة اليمنية والمجلس الانتقالي»: both are parties."""
    toks = ctx.toks
    for m in ments:
        if m.kind != "agreement":
            continue
        k = m.te
        if k < sent.te and toks[k].text in ("between", "بين"):
            grp = _coordinated_after(ctx, ments, k + 1, sent.te)
            if len(grp) >= 2:
                for a in grp:
                    if a.kind in ACTOR_KINDS:
                        emit(a, m, "agrees_with", 0.75, toks[k].text, method="pattern")


def _members(ctx: Context, sent: Sentence, ments: list[Ment], emit) -> None:
    """ "X and Y are (permanent) members of Z" / "Z members X, Y" / «عضو هيئة رئاسة المجلس»."""
    toks = ctx.toks
    for i in range(sent.ts, sent.te):
        w = toks[i].text
        if w not in _MEMBER_WORDS and toks[i].forms[-1] not in _MEMBER_WORDS:
            continue
        if toks[i].forms[-1] in _JOIN_WORDS or w in _JOIN_WORDS:
            _joined(ctx, sent, ments, i, emit)
            continue
        if w not in ("members", "member", "عضو", "اعضاء", "عضوا", "ممثل", "ممثلا", "representative"):
            continue
        body = None
        k = i + 1
        if k < sent.te and toks[k].text in ("of", "in"):
            k += 1
        while k < sent.te and toks[k].text == "the":
            k += 1
        body = next(
            (m for m in ments if m.ts >= k and m.ts <= k + 3 and m.kind in ("organization", "armed_group")), None
        )
        if body is None and ctx.lang != "ar":  # "permanent Security Council members"
            body = next((m for m in ments if m.te <= i and m.te >= i - 2 and m.kind == "organization"), None)
        if body is None:
            continue
        # who: the actor right before ("Y, member of"), or the coordinated group that is the subject
        left = [m for m in ments if m.te <= min(i, body.ts) and _actor(m) and m is not body]
        if not left:
            continue
        grp = _group_with_left(ctx, ments, left[-1])
        pronoun = i > sent.ts and toks[i - 1].forms[-1] in ("هي", "هو", "وهي", "وهو", "it", "which")
        if pronoun:  # «انضمت تركيا إلى …، وهي عضو في حلف شمال الأطلسي»: the sentence's subject
            first = next((m for m in ments if _actor(m) and m.te <= i and m is not body), None)
            grp = [first] if first is not None else grp
        elif i - grp[-1].te > 3 and not (body.te <= i and i - body.te <= 2):
            continue  # "X, member of Y" / «X عضو Y»: the member is named right before
        for a in grp:
            emit(a, body, "member_of", 0.7, w, method="pattern")


_MEMBER_WORDS = _nset(
    {
        "members",
        "member",
        "عضو",
        "اعضاء",
        "عضوا",
        "ممثل",
        "ممثلا",
        "representative",
        "انضم",
        "انضمت",
        "ينضم",
        "تنضم",
        "انضمام",
        "joined",
        "joins",
        "join",
        "joining",
    }
)
_JOIN_WORDS = _nset({"انضم", "انضمت", "ينضم", "تنضم", "انضمام", "joined", "joins", "join", "joining"})


def _joined(ctx: Context, sent: Sentence, ments: list[Ment], i: int, emit) -> None:
    """«انضمت تركيا إلى التحالف الدولي», "Sweden joined NATO": membership from the joining verb."""
    after = [m for m in ments if m.ts > i and _actor(m)]
    before = [m for m in ments if m.te <= i and _actor(m)]
    if ctx.lang == "ar" and after and after[0].np_start - i <= 1 and after[0].kind != "organization":
        who, rest = [after[0]], after[1:]
    elif before and i - before[-1].te <= 3:
        who, rest = _group_with_left(ctx, ments, before[-1]), after
    else:
        return
    body = next((m for m in rest if m.kind in ("organization", "armed_group") and m.ts - i <= 6), None)
    if body is not None:
        for a in who:
            if a.entity != body.entity:
                emit(a, body, "member_of", 0.65, ctx.toks[i].text, method="pattern")


def _coordinated_after(ctx: Context, ments: list[Ment], i: int, end: int) -> list[Ment]:
    """Actors in a coordinated list starting at token i: "X, Y and Z" / «X وY وZ»."""
    toks = ctx.toks
    if i < end and ctx.lang != "ar" and toks[i].text == "by":
        i += 1
    if i < end and toks[i].text == "the":
        i += 1
    out: list[Ment] = []
    while i < end:
        m = next((x for x in ments if (x.ts == i or x.np_start == i) and not x.in_np), None)
        if m is None:
            m = next((x for x in ments if x.ts <= i < x.te), None)
            if m is None or m.in_np:
                break
        out.append(m)
        i = m.te
        if i < end and toks[i].text in (",", "،", "and", "و"):
            i += 1
            if i < end and toks[i].text == "the":
                i += 1
            continue
        # Arabic «وروسيا»: the conjunction is glued to the next mention
        if i < end and any(x.ts == i for x in ments) and ctx.lang == "ar" and toks[i].text.startswith("و"):
            continue
        break
    return out


def _negated(ctx: Context, i: int, sent_ts: int) -> bool:
    toks = ctx.toks
    for k in range(max(sent_ts, i - 2), i):
        if toks[k].text in ctx.lex.negations:
            return True
        if ctx.lang != "ar" and toks[k].text.endswith("n't"):
            return True
    return False


def _actor(m: Ment) -> bool:
    return m.kind in ACTOR_KINDS and not m.in_np and not m.located and not m.media


def _group_with(ctx: Context, ments: list[Ment], m: Ment) -> list[Ment]:
    """m plus actors coordinated with it ("Kerry and Lavrov", «كيري ولافروف», «كيري ونظيره الروسي»)."""
    toks = ctx.toks
    group = [m]
    cur = m
    while True:
        k = cur.te
        if k < len(toks) and toks[k].text == '"':
            k += 1
        joined = k < len(toks) and toks[k].text in ("and", ",", "و", "،")
        if joined:
            k += 1
            while k < len(toks) and toks[k].text in ("the", '"'):
                k += 1
        nxt = None
        for x in ments:
            if x is cur or not _actor(x) or not _same_class(x, m):
                continue
            if x.ts == m.ts and x.te == m.te and x not in group:  # «الرئيسان التركي والروسي», "both countries"
                nxt = x
                break
            if joined and (x.ts == k or x.np_start == k):
                nxt = x
                break
            glued = (
                ctx.lang == "ar"
                and x.np_start == k
                and toks[x.np_start].text.startswith("و")
                and len(toks[x.np_start].forms) > 1
            )
            if not joined and glued:
                nxt = x
                break
        if nxt is None or nxt in group:
            return group
        group.append(nxt)
        cur = nxt


def _triggers(ctx: Context, sent: Sentence, ments: list[Ment], last_subject: list[Ment], emit) -> list[Ment]:
    toks, lex = ctx.toks, ctx.lex
    subjects_here: list[Ment] = []
    i = sent.ts
    found = []
    while i < sent.te:
        if not toks[i].is_word or not (not ctx.covered[i]):
            i += 1
            continue
        hit = lex.triggers.match_at(toks, i)
        if not hit:
            i += 1
            continue
        phrase, j = hit
        if ctx.lang != "ar" and i > 0 and toks[i - 1].text == "-":
            i = j
            continue  # "US-brokered", "Saudi-led": a participle modifying a noun, not a clause's verb
        found.append((i, j, phrase.label, " ".join(t.text for t in toks[i:j]), phrase))
        i = j
    for n_trig, (i, j, rtype, trig, phrase) in enumerate(found):
        nominal = phrase.nominal
        w0 = toks[i].text
        if ctx.lang == "ar" and w0[:1] in "بل" and phrase.words[0][:1] != w0[:1]:
            nominal = True  # «بدعم», «لمحاربة»: a preposition makes the trigger a noun
        if _negated(ctx, i, sent.ts) or _idiom(ctx, i) or rtype == "member_of":
            continue  # membership comes from its own patterns (_members, _chaired_by)
        before = [m for m in ments if m.te <= i and _actor(m) and not m.possessive and not m.topic]
        rel = _relative_subject(ctx, ments, i)
        if rel is not None and rtype not in ("member_of",):
            before = [m for m in before if m.te <= rel[-1].te]  # "France, who reacted ...": the antecedent acts
        after = [m for m in ments if m.ts >= j]
        if ctx.lang != "ar" and j < sent.te and toks[j].text == "by" and rtype not in ("states",):
            # passive: "the resolution was presented by the US, UK and France"
            agents = _coordinated_after(ctx, ments, j + 1, sent.te)
            objs = [m for m in ments if m.te <= i and m.kind in _TARGET_KINDS[rtype] and not m.in_np]
            if agents and objs:
                tgt = next((m for m in reversed(objs) if m.kind == "agreement"), objs[-1])
                for a in agents:
                    emit(a, tgt, rtype, _BASE_CONF[rtype] - 0.05, trig, "passive")
                continue
        kinds = _TARGET_KINDS[rtype]
        # clause limit: do not look back past an earlier statement verb's own subject region
        src: list[Ment] = []
        conf = _BASE_CONF[rtype]
        vso = False
        prior_subjects: list[Ment] = []
        if ctx.lang == "ar":
            if i > sent.ts and toks[i - 1].text in _PREPS_AR:
                nominal = True  # «عن توجه بومبيو إلى ألمانيا»: after a preposition the trigger is a noun
            first_after = next((m for m in after if _actor(m) and not m.topic), None)
            gap = first_after.np_start - j if first_after else 99
            near_before = before[-1] if before else None
            gap_before = i - near_before.te if near_before else 99
            obj_first = next((m for m in after if m.np_start - j <= 1), None)
            if (
                not nominal
                and obj_first is not None
                and obj_first.kind == "agreement"
                and rtype in ("agrees_with", "opposes", "supports")
                and first_after is not None
                and first_after.np_start - obj_first.te <= 6
                and (gap_before > 3 or _verb_initial(ctx, i, sent.ts))
            ):
                # «ووقع الاتفاق عن الجانب الحكومي نائب رئيس الوزراء سالم ...»: verb, object, subject
                src = _group_with(ctx, ments, first_after)
                for s_ in src:
                    emit(s_, obj_first, rtype, conf, trig)
                subjects_here = src
                continue
            carried = subjects_here or last_subject
            prior_subjects = [m for m in carried if m.kind == "person"] if _verb_initial(ctx, i, sent.ts) else []
            if _dual_verb(toks[i]) and gap > 1:
                pair = _group_with_left(ctx, ments, near_before) if near_before is not None and gap_before <= 12 else []
                if len(pair) != 2:
                    pair = _last_pair(ctx, i) or []
                if len(pair) == 2:
                    carried = pair  # «القوات المسلحة وقوات الدعم السريع ... ما اتفقا عليه», «لقد اتفقا»
            linker = gap == 1 and first_after is not None and _linker(ctx.toks[j])
            calling = any(f in _CALL_WORDS for f in toks[i].forms) and toks[i].text[:1] in ("و", "ف")
            if calling and carried and _verb_initial(ctx, i, sent.ts):
                src = list(carried)  # «ودعت مجلس الأمن إلى ...»: the one who called is the subject before
            elif nominal and _pronoun_suffix(ctx.toks[i], phrase.words[0]) and carried:
                # «ولقائه الرئيس بوتين», «زيارته لموسكو»: the attached pronoun is the agent
                src = list(carried)
                conf -= 0.1
            elif (
                nominal
                and rtype in ("supports", "fights")
                and gap == 0
                and first_after.kind == "state"
                and first_after.te < sent.te
                and toks[first_after.te].text in _KIND_ADJECTIVES
            ):
                # «دعم موسكو الجوي على جبهة شمال حلب»: "Moscow's air support" — Moscow gives it, where it lands
                k = first_after.te + 1
                where = next(
                    (
                        m
                        for m in ments
                        if k <= m.ts <= k + 6 and m.kind in ("place", "state", "armed_group", "organization")
                    ),
                    None,
                )
                if where is not None and where.entity != first_after.entity:
                    emit(first_after, where, rtype, conf - 0.1, trig, "pattern")
                subjects_here = [first_after]
                continue
            elif (
                nominal
                and rtype in ("fights", "supports", "opposes")
                and j < sent.te
                and any(m.ts == j and m.role == "demonym" and m.kind == "state" for m in ments)
            ):
                # «الغارات الإسرائيلية على جنوب لبنان», «الدعم الروسي»: the adjective names who does it
                agent = next(m for m in ments if m.ts == j and m.role == "demonym" and m.kind == "state")
                k = agent.te
                if (
                    k < sent.te
                    and toks[k].text in ("علي", "على", "ضد", "ل", "في")
                    or (k < sent.te and toks[k].text[:1] == "ل" and len(toks[k].forms) > 1)
                ):
                    target = next(
                        (
                            m
                            for m in ments
                            if k <= m.np_start <= k + 3
                            and m is not agent
                            and m.kind in _TARGET_KINDS[rtype] | {"place"}
                        ),
                        None,
                    )
                    if target is not None:
                        emit(agent, target, rtype, conf - 0.1, trig, "pattern")
                subjects_here = subjects_here or []
                continue
            elif nominal and rtype in ("fights", "opposes", "supports", "references") and gap == 0:
                # «محاربة داعش», «دعم المعارضة»: the noun's complement is what is fought or backed
                if near_before is not None and gap_before <= 12:
                    src = _group_with_left(ctx, ments, near_before)
                elif carried:
                    src = list(carried)
                    conf -= 0.15
            elif (
                first_after is not None
                and (gap <= (0 if nominal else 1) or linker)
                and (gap_before > 3 or nominal or _verb_initial(ctx, i, sent.ts))
            ):
                src = _group_with(ctx, ments, first_after)
                vso = True
            elif (
                carried
                and not nominal
                and _verb_initial(ctx, i, sent.ts)
                and gap > 1
                and not _after_complement_clause(ctx, carried, i)
            ):
                src = list(carried)  # «وأشار إلى ...»: the subject of the clause before
                conf -= 0.15
            elif (
                near_before is not None
                and gap_before <= (4 if nominal and rtype == "agrees_with" else 12)
                and not (
                    nominal
                    and rtype in ("agrees_with", "meets", "phones", "negotiates_with", "visits")
                    and any(t.text in _PREPS_AR for t in toks[near_before.te : i])
                )
                and not _after_complement_clause(ctx, [near_before], i)
            ):
                src = _group_with_left(ctx, ments, near_before)  # «دور مصر في التوصل إلى ...» is not Egypt's deal
            rel_target = _relative_antecedent(ctx, ments, i)
            if src and rel_target is not None and rtype in ("agrees_with", "supports", "opposes", "references"):
                for s_ in src:  # «الاتفاق الذي تفاهم عليه الروسي والأميركي»
                    emit(s_, rel_target, rtype, conf, trig)
                subjects_here = src
                continue
        else:
            near_before = before[-1] if before else None
            if rtype == "references" and (i == sent.ts or toks[i - 1].text in (",", ";")):
                # "Under the JCPOA, Iran will ...": the actor comes after the agreement and the comma
                agr = next((m for m in after if m.kind == "agreement" and m.ts - j <= 3), None)
                actor = next((m for m in after if agr and m.ts > agr.te and _actor(m) and m.ts - agr.te <= 3), None)
                if agr and actor:
                    emit(actor, agr, rtype, conf, trig)
                continue
            first_after = next((m for m in after if _actor(m) and not m.topic), None)
            quoted = any(t.text == '"' for t in toks[sent.ts : i])
            pronoun = any(t.text in ("they", "he", "she", "we") for t in toks[max(sent.ts, i - 3) : i])
            agr_subject = any(m.kind == "agreement" and m.te in (i, i - 1) for m in ments)
            if agr_subject and rtype != "states":
                continue  # "The resolution endorses ...": the subject is the agreement, not an actor
            if (
                rtype == "states"
                and first_after is not None
                and first_after.np_start - j <= 2
                and (near_before is None or quoted)
            ):
                src = [first_after]  # '"...," announced the UN envoy, Hans Grundberg'
            elif pronoun and (subjects_here or last_subject):
                src = list(subjects_here or last_subject)  # "during which they also met"
                conf -= 0.1
            elif near_before is not None and i - near_before.te <= 15:
                src = _group_with_left(ctx, ments, near_before)
            elif last_subject and rtype not in ("states", "references"):
                src = list(last_subject)
                conf -= 0.2
        if (
            rtype in ("supports", "fights")
            and j < sent.te
            and toks[j].text in ("من", "from", "by")
            and (nominal or ctx.lang != "ar")
        ):
            # «بدعم من الطيران الروسي», "backed by Russia": the actor after «من»/"by" does it, to the subject
            agents = _coordinated_after(ctx, ments, j + 1, sent.te)
            subject = [m for m in before if i - m.te <= 10]
            if agents and subject:
                for a in agents:
                    for t in _group_with_left(ctx, ments, subject[-1]):
                        emit(a, t, rtype, conf - 0.05, trig, "passive")
            continue
        if (
            nominal
            and rtype in SYMMETRIC
            and j < sent.te
            and toks[j].text in ("التي", "الذي", "that", "which")
            and not (j + 1 < sent.te and toks[j + 1].text in ("جرت", "عقدت", "took", "were", "was"))
        ):
            continue  # «المحادثات التي ترعاها السعودية»: who sponsors the talks is not who holds them
        if rtype in SYMMETRIC and (not src or (nominal and j < sent.te and toks[j].text in ("between", "بين"))):
            pair = _between_pair(ctx, ments, j, sent.te)
            if pair:
                emit(pair[0], pair[1], rtype, conf - 0.05, trig, "pattern")
                continue
        if not src and nominal and rtype in SYMMETRIC and j < sent.te and toks[j].text in ("مع", "with"):
            src = list(subjects_here or last_subject)  # «استهلها بلقاء مع الرئيس الروسي»
            conf -= 0.15
        if not src:
            # nominal "talks between X and Y", «اتصال هاتفي جمع كيري ولافروف»
            if rtype in SYMMETRIC:
                firsts = [m for m in after if _actor(m)]
                if firsts and firsts[0].ts - j <= 3:
                    grp = _group_with(ctx, ments, firsts[0])
                    if 2 <= len(grp) <= 3:
                        for a in range(len(grp)):
                            for b in range(a + 1, len(grp)):
                                emit(grp[a], grp[b], rtype, conf - 0.05, trig, "pattern")
                        subjects_here = grp
            continue
        subjects_here = src
        # the target: the first suitable mention after the trigger (after the subject for VSO)
        start_after = src[-1].te if vso else j
        limit = sent.te
        if rtype != "states":
            later = [
                f
                for f in found[n_trig + 1 :]
                if f[0] >= start_after and not f[4].nominal and f[2] not in ("member_of", "holds_role_in")
            ]
            if later:
                limit = later[0][0]
        cands = [
            m
            for m in ments
            if m.ts >= start_after
            and m.kind in kinds
            and m.ts < max(limit, start_after + 1)
            and not m.in_np
            and m not in src
            and not (rtype in SYMMETRIC and (m.topic or _after_location_prep(ctx, m)))
            and not (m.located and rtype != "visits")
        ]
        if rtype == "states":
            agreements = [m for m in cands if m.kind == "agreement" and m.ts - j <= (40 if ctx.lang == "ar" else 25)]
            if not agreements:  # '"This agreement ...," Aoun said': the statement comes first
                agreements = [m for m in ments if m.kind == "agreement" and m.te <= i and not m.in_np][-1:]
            targets = (
                agreements[:1]
                or [m for m in cands if m.kind in ("armed_group", "state") and m.ts - j <= 12 and not m.topic][:1]
            )
            for t in targets:
                for s in src:
                    emit(s, t, rtype, conf - 0.02 * max(0, t.ts - j - 5) / 5, trig)
            continue
        if rtype in ("agrees_with", "supports"):
            agreements = [m for m in cands if m.kind == "agreement"]
            if agreements and agreements[0].ts - start_after <= 12:
                cands = agreements[:1] + [m for m in cands if m is not agreements[0]]
        if rtype == "references":
            if subjects_here and src is not subjects_here and n_trig > 0:
                src = subjects_here  # the talks or statement of this sentence invoke the agreement
            cands = [m for m in cands if m.ts - j <= 8]
            if not cands:
                continue
            targets = _group_with(ctx, ments, cands[0]) + [c for c in cands[1:3] if c.kind == "agreement"]
            for t in dict.fromkeys(targets):
                for s in src:
                    emit(s, t, rtype, conf, trig)
            continue
        if rtype in ("agrees_with", "supports", "opposes") and (
            not cands or (j < sent.te and toks[j].text in ("it", "them") and ctx.lang != "ar")
        ):
            # "approved it", "before Lapid signed.", «وقّعه»: the agreement last named
            earlier = [m for m in ctx.ments.ending_within(i - 81, i) if m.kind == "agreement"]
            pron = ctx.lang != "ar" and j < sent.te and toks[j].text in ("it", "them")
            if earlier and (
                pron
                or rtype == "agrees_with"
                and (j >= sent.te or not toks[j].is_word or toks[j].text in ("on", "in", "at", "before"))
            ):
                for s_ in src:
                    emit(s_, earlier[-1], rtype, conf - 0.1, trig, "pronoun")
                continue
        if (
            not cands
            and vso
            and rtype in SYMMETRIC
            and ctx.lang == "ar"
            and prior_subjects
            and not any(p.entity == x.entity for p in prior_subjects for x in src)
            and len(src) <= 2
        ):
            # «وصل فيدان إلى بغداد حيث التقى رئيس الوزراء السوداني»: the dropped subject met the one named
            for a in prior_subjects:
                for b in src:
                    emit(a, b, rtype, conf - 0.15, trig, "pattern")
            continue
        if not cands:
            if rtype in SYMMETRIC or rtype == "agrees_with":
                if 2 <= len(src) <= 3:
                    for a in range(len(src)):
                        for b in range(a + 1, len(src)):
                            emit(src[a], src[b], rtype, conf - 0.05, trig, "pattern")
            continue
        tgt = cands[0]
        if rtype == "supports" and tgt.kind != "agreement" and any(f in _CALL_WORDS for f in toks[i].forms):
            # «دعت مجلس الأمن إلى تطبيق القرار 1701», "urged X to respect the truce": the agreement is backed
            agr = next((m for m in cands if m.kind == "agreement" and m.ts - tgt.te <= 8), None)
            if agr is not None:
                for s_ in src:
                    emit(s_, agr, rtype, conf - 0.05, trig)
            continue
        dist = tgt.ts - start_after
        if dist > 15:
            continue
        if rtype == "agrees_with" and tgt.kind != "agreement":
            introduced = tgt.np_start > 0 and toks[tgt.np_start - 1].text in ("with", "مع")
            if not introduced and tgt.np_start - start_after > 1:
                continue  # "agreed to set up a zone, Putin said": Putin is not a party to the agreement
        if rtype in SYMMETRIC or rtype == "visits":
            topic = any(m.kind == "agreement" and start_after <= m.ts < tgt.ts for m in ments)
            introduced = tgt.np_start > 0 and (
                toks[tgt.np_start - 1].text in _WITH_WORDS
                or toks[tgt.np_start].text.startswith(("ب", "ل"))
                and len(toks[tgt.np_start].forms) > 1
            )
            if topic or not (introduced or not nominal or tgt.np_start - start_after <= 2 or rtype == "visits"):
                if 2 <= len(src) <= 3 and rtype in SYMMETRIC:  # «بحثا وقفا لإطلاق النار»: the pair discussed it
                    for a in range(len(src)):
                        for b in range(a + 1, len(src)):
                            emit(src[a], src[b], rtype, conf - 0.05, trig, "pattern")
                continue
        tgts = _group_with(ctx, ments, tgt) if tgt.kind != "agreement" and rtype != "visits" else [tgt]
        if rtype in SYMMETRIC and len(src) + len(tgts) > 3:
            continue  # a list of participants is not a statement of who met whom
        if (len(src) * len(tgts) > 4 and tgt.kind != "agreement") or (rtype == "visits" and len(src) > 2):
            continue  # lists on both sides: who did what to whom is not stated
        c = conf - 0.02 * max(0, dist - 3)
        for s in src:
            for t in tgts:
                emit(s, t, rtype, c, trig)
    return subjects_here


def _group_with_left(ctx: Context, ments: list[Ment], m: Ment) -> list[Ment]:
    """The coordinated group that ends with m ("Kerry and Lavrov agreed")."""
    ordered = [x for x in ments if _actor(x) and x.te <= m.te]
    group = [m]
    idx = ordered.index(m) if m in ordered else -1
    while idx > 0:
        prev = ordered[idx - 1]
        if prev.ts == group[0].ts and prev.te == group[0].te:  # "both countries": one phrase, two actors
            group.insert(0, prev)
            idx -= 1
            continue
        between = [t.text for t in ctx.toks[prev.te : group[0].np_start]]
        glued = ctx.lang == "ar" and not between and ctx.toks[group[0].np_start].text.startswith("و")
        if glued or between in (["and"], [","], ["و"], ["،"], ["and", "the"]):
            if _same_class(prev, m):
                group.insert(0, prev)
                idx -= 1
                continue
        break
    return group


def _same_class(a: Ment, b: Ment) -> bool:
    """People coordinate with people; states, bodies and armed groups with each other."""
    return (a.kind == "person") == (b.kind == "person")


def _verb_initial(ctx: Context, i: int, sent_ts: int) -> bool:
    """The trigger starts its clause: «وأكد ...», «، وأشار ...», or the sentence's first word."""
    if i == sent_ts:
        return True
    prev = ctx.toks[i - 1].text
    if prev in (
        "،",
        ",",
        "؛",
        ";",
        '"',
        "(",
        ":",
        "لقد",
        "قد",
        "كما",
        "ثم",
        "حيث",
        "وقد",
        "فقد",
        "ما",
        "مما",
        "فيما",
        "بينما",
        "حين",
        "عندما",
        "اذ",
        "بعدما",
        "وفيما",
        "فيما",
    ):
        return True
    return ctx.toks[i].text[:1] in ("و", "ف") and ctx.toks[i].text not in ctx.toks[i].forms[1:]


_PREPS_AR = _nset(
    {
        "عن",
        "علي",
        "على",
        "الى",
        "إلى",
        "من",
        "في",
        "بعد",
        "قبل",
        "خلال",
        "اثر",
        "عقب",
        "لدي",
        "حول",
        "بشان",
        "منذ",
        "اثناء",
        "بسبب",
        "ازاء",
        "تجاه",
    }
)
_CALL_WORDS = _nset(
    {
        "دعا",
        "يدعو",
        "تدعو",
        "دعوه",
        "دعت",
        "حث",
        "يحث",
        "حثت",
        "تحث",
        "طالب",
        "يطالب",
        "طالبت",
        "ناشد",
        "urged",
        "urges",
        "urge",
        "called",
        "calls",
        "call",
        "calling",
    }
)
_KIND_ADJECTIVES = _nset({"الجوي", "العسكري", "السياسي", "الدبلوماسي", "المالي", "اللوجستي", "الناري", "البري"})
_PRONOUN_SUFFIXES = ("هما", "هم", "ها", "ه")
_LINKERS = _nset(
    {
        "جمع",
        "جمعت",
        "جمعه",
        "جمعها",
        "اجراها",
        "اجراه",
        "عقدها",
        "عقده",
        "اجرتها",
        "عقدتها",
        "بين",
        "وفد",
        "وفود",
        "ممثلو",
        "ممثلي",
        "اعضاء",
        "قاده",
        "زعماء",
        "مسوولو",
        "مسوولي",
    }
)


def _pronoun_suffix(tok, stem: str) -> bool:
    """A noun trigger with an attached possessive pronoun: لقائه, زيارته, محادثاتهما."""
    bases = {stem}
    if stem.endswith("ء"):
        bases.add(stem[:-1] + "ي")  # لقاء → لقائه (the hamza changes its seat)
    if stem.endswith("ه"):
        bases.add(stem[:-1] + "ت")  # زيارة → زيارته
    for f in tok.forms:
        for b in bases:
            if f.startswith(b) and f[len(b) :] in _PRONOUN_SUFFIXES:
                return True
    return False


def _linker(tok) -> bool:
    """The verb or preposition that joins a noun trigger to its agent: «محادثات أجراها ...», «اتصال جمع ...»."""
    return tok.text in _LINKERS or any(f in _LINKERS for f in tok.forms)


def _idiom(ctx: Context, i: int) -> bool:
    """«على وقع» ("to the sound of") is not «وقّع» ("signed")."""
    return ctx.lang == "ar" and ctx.toks[i].text == "وقع" and i > 0 and ctx.toks[i - 1].text in ("علي", "على")


def _relative_antecedent(ctx: Context, ments: list[Ment], i: int) -> Ment | None:
    """The agreement a relative clause is about: «الاتفاق الذي تفاهم عليه ...» → الاتفاق."""
    k = i - 1
    if k < 0 or ctx.toks[k].text not in ("الذي", "التي", "الذين", "which", "that"):
        return None
    return next((m for m in ments if m.te == k and m.kind == "agreement"), None)


def _after_location_prep(ctx: Context, m: Ment) -> bool:
    """ "in Syria", «في سوريا»: a place where something happens, not a party to it."""
    k = m.np_start - 1
    return k >= 0 and ctx.toks[k].text in ("في", "in", "at", "inside", "داخل")


def _between_pair(ctx: Context, ments: list[Ment], j: int, end: int) -> tuple[Ment, Ment] | None:
    """ "talks between representatives of X and Y", «المفاوضات التي جرت بين إيران والقوى الست»."""
    toks = ctx.toks
    k = j
    while k < min(end, j + 4) and toks[k].text not in ("between", "بين"):
        k += 1
    if k >= min(end, j + 4):
        return None
    actors = [m for m in ments if m.ts > k and _actor(m) and not m.possessive and not m.topic]
    if len(actors) < 2:
        return None
    and_at = next(
        (
            t
            for t in range(k + 1, min(end, k + 20))
            if toks[t].text in ("and", "و")
            or (ctx.lang == "ar" and toks[t].text.startswith("و") and len(toks[t].forms) > 1)
        ),
        None,
    )
    if and_at is None:
        return None
    left = [m for m in actors if m.te <= and_at + (0 if toks[and_at].text in ("and", "و") else 0) and m.ts < and_at]
    right = [m for m in actors if m.np_start >= and_at]
    if not left or not right:
        return None
    return left[-1], right[0]


def _dual_verb(tok) -> bool:
    """اتفقا، التقيا، ناقشا، وقعا: a past-tense verb with the dual ending has two subjects."""
    w = tok.forms[-1] if tok.forms else tok.text
    return len(w) >= 4 and w.endswith("ا") and not w.endswith(("اا", "يا")) and "\u0621" <= w[0] <= "\u064a"


def _after_complement_clause(ctx: Context, subjects: list[Ment], i: int) -> bool:
    """«أعلن غروندبرغ أن أطراف النزاع وافقت»: a new subject stands between «أن» and the verb."""
    last = max(m.te for m in subjects)
    if last > i:
        return False
    toks = ctx.toks
    comp = [k for k in range(last, i) if toks[k].text in ctx.lex.complementizers]
    return bool(comp) and any(toks[k].is_word for k in range(comp[-1] + 1, i))


def _relative_subject(ctx: Context, ments: list[Ment], i: int) -> list[Ment] | None:
    """«الجيش الوطني الذي يحارب», "the US, UK and France, who reacted": the antecedent of the relative."""
    toks = ctx.toks
    k = i - 1
    if k >= 0 and toks[k].text in ("قد", "has", "have", "had", "then"):
        k -= 1
    if k < 0 or toks[k].text not in ("الذي", "التي", "الذين", "who", "which"):
        return None
    k2 = k - 1 if k >= 1 and toks[k - 1].text == "," else k
    m = next((x for x in ments if x.te == k2 and _actor(x)), None)
    return _group_with_left(ctx, ments, m) if m is not None else None
