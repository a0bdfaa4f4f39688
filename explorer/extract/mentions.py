"""Mentions of a document: gazetteer hits, discovered actors, titles, and light coreference.

Everything here works on the normalized text and its tokens, and keeps original offsets so the
evidence can be highlighted in the text the researcher reads.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter

from explorer.extract import gazetteer
from explorer.extract.context import ACTOR_KINDS, Context, Ment, TitleNP, _nset, stable_id
from explorer.text.tokens import Token


# ---------------------------------------------------------------------------------------------------
def find_gazetteer(ctx: Context) -> None:
    for h in gazetteer.find(ctx.norm, ctx.text, ctx.kb):
        ts, te = ctx.token_at(h.nstart), ctx.token_at(h.nend - 1) + 1
        s = h.surfaces[0]
        eid, role = s.entity_id, s.role
        kind = ctx.kb.entities[eid].kind
        ctx.register(eid)
        m = ctx.add(Ment(h.start, h.end, ts, te, eid, kind, role, ctx.text[h.start : h.end]))
        m.media = bool(ctx.kb.entities[eid].record.get("media"))
    resolve_capitals(ctx)


def resolve_capitals(ctx: Context) -> None:
    """A capital is the state when it acts («أعلنت موسكو», "Washington and Moscow agreed", "Moscow's
    position") and a place otherwise («زيارته لموسكو», "talks in Geneva", a dateline)."""
    toks, lex = ctx.toks, ctx.lex
    caps = [m for m in ctx.ments if m.role == "capital"]
    for m in caps:
        state = ctx.kb.capital_of.get(m.entity)
        if state is None:
            continue
        prev = toks[m.ts - 1] if m.ts > 0 else None
        nxt = toks[m.te] if m.te < len(toks) else None
        located = prev is not None and (
            prev.text in lex.location_prepositions or any(f in lex.location_prepositions for f in prev.forms[:1])
        )
        if ctx.lang == "ar" and toks[m.ts].text[:1] in "بل" and len(toks[m.ts].forms) > 1:
            located = True  # بموسكو، لموسكو
        dateline = m.ts == 0 and (m.text.isupper() or (nxt is not None and nxt.text in ("(", "-", ",", ":", '"')))
        if located or dateline or (prev is not None and prev.text in ("العاصمه",)):
            continue
        acting = False
        near = [x for k in range(m.ts - 2, m.te + 3) for x in ctx.ments.ending(k)]
        for other in near:
            if other is m or other.kind not in ("state",) and other.role != "capital":
                continue
            if other.ts > m.te + 1 or other.te < m.ts - 1:
                continue  # only a neighbour can be coordinated with it
            between = [t.text for t in toks[min(m.te, other.te) : max(m.ts, other.ts)]]
            glued = ctx.lang == "ar" and other.ts == m.te and toks[other.ts].text.startswith("و")
            glued = glued or (ctx.lang == "ar" and m.ts == other.te and toks[m.ts].text.startswith("و"))
            if glued or between in (["and"], ["و"]):
                acting = True
                break
        if nxt is not None and nxt.text in ("'s", "'"):
            acting = True
        if nxt is not None and nxt.is_word:
            hit = lex.triggers.match_at(toks, m.te)
            if hit and not hit[0].nominal:
                acting = True
            if ctx.lang != "ar" and nxt.text in ("has", "have", "is", "was", "will", "would", "had", "says", "said"):
                acting = True
        if ctx.lang == "ar" and prev is not None and prev.is_word:
            hit = lex.triggers.match_at(toks, m.ts - 1)
            if hit and not hit[0].nominal and hit[1] == m.ts:
                acting = True  # «أعلنت موسكو»
        if acting:
            m.entity, m.kind = state, "state"
            ctx.register(state)
    ctx.ments.reindex()  # capitals that act became their states


_RES_AR = re.compile(
    r"(?<![\u0621-\u064A])(?:و|ف|ب|ل|وب|ول|لل|با|ال|بال|وال|لال)?(قرار|القرار|لقرار)"
    r"(?: (?:مجلس الامن|الامم المتحده|الاممي|الدولي|الامن))*"
    r"(?: الدولي)?(?: (?:رقم|المرقم))? ?\(?(\d{2,4})\b"
)
_RES_EN = re.compile(r"\bresolutions? (?:no\.? |number )?(\d{2,4})\b")


def find_councils_in_resolutions(ctx: Context) -> None:
    """«قرار مجلس الأمن 2254» names the Security Council too: keep it as an entity of the document."""
    if "org:unsc" not in ctx.kb.entities:
        return
    for m in list(ctx.ments):
        if m.kind != "agreement":
            continue
        ns, ne = ctx.toks[m.ts].start, ctx.toks[m.te - 1].end
        for key in ("مجلس الامن", "security council"):
            k = ctx.norm.text.find(key, ns, ne)
            if k >= 0:
                ts, te = ctx.token_at(k), ctx.token_at(k + len(key) - 1) + 1
                s, e = ctx.norm.span(k, k + len(key))
                ctx.register("org:unsc")
                ctx.ments.append(Ment(s, e, ts, te, "org:unsc", "organization", "name", ctx.text[s:e], in_np=True))
    ctx.ments.sort_by_start()


def find_resolutions(ctx: Context) -> None:
    """Numbered UN resolutions, known or not: «القرار رقم 2401», "resolution 2401"."""
    pat = _RES_AR if ctx.lang == "ar" else _RES_EN
    for m in pat.finditer(ctx.norm.text):
        num = m.group(m.lastindex)
        ts, te = ctx.token_at(m.start()), ctx.token_at(m.end() - 1) + 1
        core = m.start(1) if ctx.lang == "ar" else m.start()
        if not ctx.free(ts, te):
            # A gazetteer hit inside («قرار مجلس الأمن» → the Council) stays an entity of the document,
            # but the resolution phrase is what relations see.
            for k in range(ts, te):
                for x in ctx.ments.starting(k):
                    if x.te <= te:
                        x.in_np = True
            for k in range(ts + 1, te + 40):  # a mention that starts before the phrase and runs into it goes
                for x in [x for x in ctx.ments.ending(k) if x.ts < ts and not x.in_np]:
                    ctx.ments.remove(x)
            ctx.covered[ts:te] = b"\x00" * (te - ts)
        eid = f"agr:unscr-{num}"
        known = ctx.kb.get(eid)
        if known:
            ctx.register(eid)
        else:
            ctx.entities.add(
                eid,
                f"UN Security Council Resolution {num}",
                "agreement",
                f"قرار مجلس الأمن {num}",
                [f"Resolution {num}", f"القرار {num}"],
                known=False,
            )
        s, e = ctx.norm.span(core, m.end())
        ctx.add(Ment(s, e, ts, te, eid, "agreement", "resolution", ctx.text[s:e]))
    ctx.ments.sort_by_start()


# ---------------------------------------------------------------------------------------------------
_AR_STOP = _nset(
    set(
        """في على من الى إلى عن مع بين خلال بعد قبل عند لدى حول ضد منذ حتى ان أن إن الذي التي الذين هذا هذه ذلك تلك
هو هي هم هما كان كانت قد لقد ثم او أو كما لكن بل اي أي كل بعض غير سوى امس أمس اليوم غدا يوم عام عاما الماضي المقبل
وقال وقالت قال قالت واضاف وأضاف اضاف الجديد الجديده السابق الاسبق الخاص الدايم الحالي المنتخب الاول الثاني نفسه ايضا
أيضا حيث بينما عبر وفق نحو وذلك الي علي له لها لهم لهما به بها فيه فيها منه منها عنه عنها عليه عليها اليه
كلمه خطاب بيان المؤتمر الموتمر الاجتماع الملتقى الحوار الحل الازمه الوضع الملف القضيه العمليه المنطقه الحرب السلام
المفاوضات المحادثات الاتفاق الهدنه القمه الجلسه الزياره الاعمال تصريف""".split()
    )
)
_AR_NAME_PARTICLES = _nset({"بن", "ابن", "ابو", "بنت", "عبد", "ال", "ولد", "اب", "ابي", "عبدال"})
_EN_NAME_PARTICLES = {
    "al",
    "el",
    "bin",
    "ibn",
    "de",
    "van",
    "von",
    "der",
    "abu",
    "abdul",
    "abd",
    "ould",
    "di",
    "da",
    "la",
    "le",
}
_SENIOR_OFFICES = [
    "president",
    "king",
    "emir",
    "prime_minister",
    "foreign_minister",
    "defence_minister",
    "crown_prince",
    "head_of_state",
    "secretary_general",
    "envoy",
    "un_ambassador",
    "ambassador",
]
_TITLE_SKIP_AR = _nset(
    {
        "الجديد",
        "الجديده",
        "السابق",
        "الاسبق",
        "الخاص",
        "الدايم",
        "الحالي",
        "المنتخب",
        "المكلف",
        "العام",
        "الاول",
        "الفعلي",
        "المستقيل",
        "المقال",
        "المعزول",
        "الانتقالي",
    }
)
_TITLE_PREP_AR = _nset({"في", "لدى", "الى", "باسم", "عن", "ل", "لشوون", "للشوون", "المعني", "المكلف", "بشان"})
_TITLE_PREP_EN = {"of", "to", "for", "the", "'s", "in", "at"}


def _is_ar_word(tok: Token) -> bool:
    return "\u0621" <= tok.text[0] <= "\u06d3"


def _stopword(ctx: Context, i: int) -> bool:
    t = ctx.toks[i]
    if t.text in _AR_STOP or any(f in _AR_STOP for f in t.forms[1:2]):
        return True
    if t.text in ctx.lex.negations or t.text in ctx.lex.counterpart or any(f in ctx.lex.counterpart for f in t.forms):
        return True
    if ctx.lex.titles.match_at(ctx.toks, i) or ctx.lex.triggers.match_at(ctx.toks, i):
        return True
    return False


def _discover_ar_name(ctx: Context, j: int) -> tuple[int, int] | None:
    toks, n = ctx.toks, len(ctx.toks)
    k = j
    words: list[str] = []
    while k < n and len(words) < 5 and _is_ar_word(toks[k]) and (not ctx.covered[k]):
        w = toks[k].text
        if w.startswith("و") and words and w[1:] not in _AR_NAME_PARTICLES:
            break  # "and …" ends the name
        if any(f in _AR_STOP or f in ctx.lex.negations for f in toks[k].forms):
            break
        if _stopword(ctx, k) and w not in _AR_NAME_PARTICLES:
            break
        if w.startswith("ال") and len(words) == 0:
            break  # a name does not start with the article
        if w.startswith(("بال", "لال", "وال", "فال", "كال")) or w in ctx.lex.organization_heads:
            break  # a preposition with the article, or an organization's head noun, is not part of a name
        words.append(w)
        k += 1
        if w.startswith("ال") and words[-2:-1] and words[-2] not in _AR_NAME_PARTICLES:
            break  # family name with the article ends the name (بشار الأسد)
    while words and words[-1] in _AR_NAME_PARTICLES:
        words.pop()
        k -= 1
    if len(words) < 2:
        return None
    return j, k


def _discover_en_name(ctx: Context, j: int) -> tuple[int, int] | None:
    toks, n = ctx.toks, len(ctx.toks)
    k = j
    count = 0
    while k < n and (not ctx.covered[k]) and toks[k].is_word:
        s, _ = ctx.orig(k, k + 1)
        ch = ctx.text[s : s + 1]
        w = toks[k].text
        if ch.isupper() or (w in _EN_NAME_PARTICLES and count > 0) or (w in _EN_NAME_PARTICLES and k + 1 < n):
            if not ch.isupper() and k + 1 < n and toks[k + 1].text == "-":
                k += 2  # al-Assad
                continue
            k += 1
            count += 1
            if k < n and toks[k].text == "-" and k + 1 < n:
                k += 1  # Abdel-Fattah
            continue
        break
    if count < 2 or count > 5:
        return None
    return j, k


def _add_person(ctx: Context, span: tuple[int, int], office: str | None) -> Ment:
    ts, te = span
    s, e = ctx.orig(ts, te)
    name = ctx.text[s:e].strip()
    eid = stable_id("person", " ".join(ctx.norm.text[ctx.toks[ts].start : ctx.toks[te - 1].end].split()))
    ar = any("\u0600" <= c <= "\u06ff" for c in name)
    ctx.entities.add(eid, name, "person", name if ar else None, [], known=False)
    return ctx.add(Ment(s, e, ts, te, eid, "person", "discovered", name, office=office))


def find_titles(ctx: Context) -> None:
    """Title phrases: attach them to the person they introduce, or discover that person."""
    toks, lex, n = ctx.toks, ctx.lex, len(ctx.toks)
    ment_at = {m.ts: m for m in ctx.ments}
    for m in ctx.ments:
        ment_at.setdefault(m.np_start, m)
    i = 0
    while i < n:
        if not (not ctx.covered[i]) or not toks[i].is_word:
            i += 1
            continue
        hit = lex.titles.match_at(toks, i)
        if not hit:
            i += 1
            continue
        phrase, e = hit
        if not ctx.free(i, e):  # «رئيس المجلس الانتقالي»: the title is «رئيس», the rest is a name
            e = next(k for k in range(i, e) if not (not ctx.covered[k]))
            short = lex.titles.match_at(toks[i:e], 0) if e > i else None
            short = (short[0], short[1] + i) if short else None
            if not short:
                i += 1
                continue
            phrase, e = short
        office = phrase.label
        of: list[Ment] = []
        # English: the state or body before the title ("Russian Foreign Minister", "Syria's President").
        if ctx.lang != "ar":
            k = i - 1
            if k >= 0 and toks[k].text in ("'s", "s") and k - 1 >= 0:
                k -= 1
            if k >= 0 and toks[k].text == "'":
                k -= 1
            m = _ment_ending_at(ctx, k + 1)
            if m and m.kind in ("state", "organization", "armed_group"):
                of.append(m)
                # "Syria's UN ambassador": the state owns the office, the body is where it is held
                k2 = m.ts - 1
                if m.kind == "organization" and k2 >= 1 and toks[k2].text in ("'s", "'"):
                    owner = _ment_ending_at(ctx, k2)
                    if owner and owner.kind == "state":
                        of.insert(0, owner)
        j = e
        while j < n and j - e < 9:
            starting = ctx.ments.starting(j)
            if toks[j].text in ("(", ")") or (of and any(x.entity == of[-1].entity for x in starting)):
                j = starting[0].te if starting else j + 1
                continue  # «جماعة أنصار الله (الحوثيين)»
            m = ment_at.get(j)
            if m and m.kind in ("state", "organization", "armed_group") and m.role != "resolution":
                linked = j > e and (
                    toks[j - 1].text in _TITLE_PREP_AR | _TITLE_PREP_EN | {"و", "and", ","}
                    or toks[j].text.startswith("و")
                    and len(toks[j].forms) > 1
                )
                if of and not linked:
                    break  # «وزير الخارجية الإيراني الولايات المتحدة»: the second state is the verb's object
                of.append(m)
                j = m.te
                continue
            w = toks[j].text
            if (
                w in _TITLE_SKIP_AR
                or w in _TITLE_PREP_AR
                or (ctx.lang != "ar" and w in _TITLE_PREP_EN)
                or any(f in _TITLE_PREP_AR for f in toks[j].forms[:1])
                or w in lex.person_cues
                or (ctx.lang == "ar" and of and w.startswith(("لال", "لل")) and len(w) > 4)
            ):
                j += 1
                continue
            if ctx.lang == "ar" and lex.titles.match_at(toks, j) and j == e:  # نائب وزير الخارجية
                j = lex.titles.match_at(toks, j)[1]
                continue
            break
        glued_and = toks[i].text.startswith("و") and phrase.words[0] != toks[i].forms[0].removeprefix("ال")
        glued_and = glued_and and phrase.words[0] in toks[i].forms[1:]  # «ومسؤولة»: "and" + title; «وزير» is not
        prev_person = _ment_ending_at(ctx, i) if i > 0 else None
        if ctx.lang == "ar" and not glued_and and prev_person is not None and prev_person.kind == "person":
            person = prev_person  # «مايك بومبيو وزير الخارجية الأمريكي»: apposition, no comma
            for x in of:
                x.in_np = True
            ctx.titles.append(TitleNP(i, max(j, e), office, of, person))
            person.office = person.office or office
            i = max(e, j)
            continue
        k = j
        if k < n and toks[k].text in (",", "،", ":"):
            k += 1
        while k < n and (toks[k].text in lex.person_cues or toks[k].text in ("mr", "dr", "sheikh")):
            k += 1  # «وزير الخارجية الدكتور محمد جواد ظريف»
            if k < n and toks[k].text in ("اول", "ركن"):
                k += 1  # «الفريق أول», «اللواء الركن»: a rank in two words
        after_prep = k > e and toks[k - 1].text in _TITLE_PREP_AR | _TITLE_PREP_EN
        person = None
        m = ment_at.get(k)
        if m and m.kind == "person":
            person = m
        elif (not ctx.covered[k]) and k < n and not after_prep:
            span = _discover_ar_name(ctx, k) if ctx.lang == "ar" else _discover_en_name(ctx, k)
            if span:
                person = _add_person(ctx, span, office)
                ment_at[person.ts] = person
        if person is None:
            person = _apposition_person(ctx, i, of)
        for x in of:
            if person is not None:
                x.in_np = True
        ctx.titles.append(TitleNP(i, max(j, e), office, of, person))
        if person is not None:
            person.office = person.office or office
            if person.ts > i:
                person.np_start = min(person.np_start, i, *(x.ts for x in of))
        i = max(e, j)
    ctx.ments.sort_by_start()


def _ment_ending_at(ctx: Context, te: int) -> Ment | None:
    return ctx.ending_at(te)


def _apposition_person(ctx: Context, title_ts: int, of: list[Ment]) -> Ment | None:
    """ "Gatilov, Russia's deputy foreign minister" / «غاتيلوف، نائب وزير الخارجية»."""
    k = title_ts - 1
    if ctx.lang != "ar":
        while k >= 0 and (ctx.toks[k].text in ("the", "'s", "'", "s") or any(m.te == k + 1 and m in of for m in of)):
            k -= 1
    if k >= 0 and ctx.toks[k].text in (",", "،"):
        m = _ment_ending_at(ctx, k)
        if m and m.kind == "person":
            return m
    if ctx.lang == "ar" and k >= 0:  # «عبدالملك المخلافي نائب رئيس الوزراء»: apposition without a comma
        m = _ment_ending_at(ctx, k + 1)
        if m and m.kind == "person":
            return m
    return None


def resolve_role_mentions(ctx: Context) -> None:
    """Title phrases with no name ("the Russian foreign minister") become the person holding the role.

    Looks first at people already met in the document with that office, then at the knowledge base's
    holders on the document date.
    """
    people = sorted((m for m in ctx.ments if m.kind == "person"), key=lambda m: m.ts)
    starts = [m.ts for m in people]
    held: dict[int, list[tuple[str, str]]] = {}  # offices each person mention holds in this document
    for tt in ctx.titles:
        if tt.person is not None and tt.of:
            held.setdefault(id(tt.person), []).append((tt.office, tt.of[0].entity))
    n_i = 0
    while n_i < len(ctx.titles):
        t = ctx.titles[n_i]
        n_i += 1
        if t.person is not None or not t.of:
            continue
        if (
            len(t.of) > 1
            and all(x.kind == "state" for x in t.of)
            and t.office in ("president", "foreign_minister", "defence_minister", "prime_minister", "minister")
        ):
            # «الرئيسان التركي والروسي», "the Russian and Turkish foreign ministers": one person per state
            for x in t.of[1:]:
                ctx.titles.append(TitleNP(t.ts, t.te, t.office, [x], None))
            t.of = t.of[:1]
        state = t.of[0].entity
        office = t.office
        cands: list[str] = []
        k = bisect.bisect_left(starts, t.ts)
        for p in reversed(people[max(0, k - 200) : k]):  # the people met before, nearest first
            roles = [(r.office, r.of) for r in ctx.kb.roles_of(p.entity, ctx.on)]
            offices_in_doc = held.get(id(p), [])
            if any(o_of == state and (office in ("minister",) or o == office) for o, o_of in roles + offices_in_doc):
                cands.append(p.entity)
                break
        if not cands:
            offices = ["foreign_minister", "defence_minister"] if office == "minister" else [office]
            if office == "president":
                offices = ["president", "head_of_state", "king", "emir"]
            for o in offices:
                holders = ctx.kb.holders(o, state, ctx.on) if ctx.on else []
                if not ctx.on and ctx.year:
                    holders = ctx.kb.holders_in_year(o, state, ctx.year)
                if len(holders) == 1:
                    cands = holders
                    break
        if cands:
            s, e = ctx.orig(t.ts, t.te)
            ctx.register(cands[0])
            m = Ment(s, e, t.ts, t.te, cands[0], "person", "title", ctx.text[s:e], office=office)
            ctx.ments.append(m)  # shares its tokens with the state mentions inside it
            for x in t.of:
                x.in_np = True
            t.person = m
            k = bisect.bisect_left(starts, m.ts)
            starts.insert(k, m.ts)
            people.insert(k, m)
            held[id(m)] = [(t.office, t.of[0].entity)]
    ctx.ments.sort_by_start()


def find_counterparts(ctx: Context) -> None:
    """«نظيره الروسي» / "his Russian counterpart": the same office as the last titled person, of that state."""
    toks = ctx.toks
    for i, t in enumerate(toks):
        if not (t.text in ctx.lex.counterpart or any(f in ctx.lex.counterpart for f in t.forms)):
            continue
        if not (not ctx.covered[i]):
            continue
        j = i + 1
        if ctx.lang != "ar":  # "his Russian counterpart": the state comes before
            state_m = _ment_ending_at(ctx, i)
        else:
            state_m = ctx.starting_at(j, ("state",))
        if state_m is None:
            continue
        after = state_m.te if ctx.lang == "ar" else i + 1
        while after < len(toks) and toks[after].text in _TITLE_SKIP_AR | {",", "،"}:
            after += 1
        named = ctx.starting_at(after, ("person",))
        if named is None and ctx.lang == "ar":
            span = _discover_ar_name(ctx, after) if (not ctx.covered[after]) else None
            if span:
                named = _add_person(ctx, span, None)
        prev = [m for m in ctx.ments.ending_within(i - 400, i) if m.kind == "person"]
        office = next((p.office for p in reversed(prev) if p.office), None)
        if prev and not prev[-1].office:
            roles = ctx.kb.roles_of(prev[-1].entity, ctx.on) if ctx.on else []
            top = [r.office for r in roles if r.office in _SENIOR_OFFICES]
            if top:
                office = min(top, key=_SENIOR_OFFICES.index)
        office = office or "foreign_minister"
        if office == "minister":
            office = "foreign_minister"
        state_m.in_np = True
        if named is not None:
            named.office = named.office or office
            start = min(i, state_m.ts)
            if start > 0 and toks[start - 1].text in ("his", "her", "their", "its"):
                start -= 1  # "Erdogan and his Russian counterpart Vladimir Putin"
            named.np_start = min(named.np_start, start)
            ctx.titles.append(TitleNP(i, state_m.te, office, [state_m], named))
            continue
        holders = ctx.kb.holders(office, state_m.entity, ctx.on) if ctx.on else []
        if len(holders) == 1:
            s, e = ctx.orig(min(i, state_m.ts), max(i + 1, state_m.te))
            ctx.register(holders[0])
            m = ctx.add(
                Ment(
                    s,
                    e,
                    min(i, state_m.ts),
                    max(i + 1, state_m.te),
                    holders[0],
                    "person",
                    "coref",
                    ctx.text[s:e],
                    office=office,
                )
            )
            ctx.titles.append(TitleNP(m.ts, m.te, office, [state_m], m))
    ctx.ments.sort_by_start()


def find_surnames(ctx: Context) -> None:
    """After a full name, the surname alone refers to the same person (Gatilov, غاتيلوف)."""
    people = {}
    for m in ctx.ments:
        if m.kind == "person" and m.te - m.ts >= 2:
            last = ctx.toks[m.te - 1].text
            if len(last) >= 3 and last not in _AR_NAME_PARTICLES:
                people.setdefault(last, m.entity)
    if not people:
        return
    first_full = {}
    for m in ctx.ments:
        if m.kind == "person" and m.te - m.ts >= 2:
            first_full.setdefault(m.entity, m.te)
    # «السوداني» after «محمد شياع السوداني» is the prime minister, not a Sudanese: a one-word demonym
    # or capital mention after the full name gives way to the surname.
    gone = set()
    for m in ctx.ments:
        if m.te - m.ts == 1 and m.role in ("demonym", "capital") and not m.in_np:
            eid = people.get(ctx.toks[m.ts].text) or people.get(ctx.toks[m.ts].forms[-1])
            if eid and first_full.get(eid, 10**9) <= m.ts and not _adjective_position(ctx, m):
                gone.add(id(m))
                ctx.covered[m.ts] = 0
    if gone:
        ctx.ments = [m for m in ctx.ments if id(m) not in gone]
    for i, t in enumerate(ctx.toks):
        if ctx.covered[i]:
            continue
        for f in t.forms if ctx.lang == "ar" else (t.text,):
            for cand in (f, "ال" + f):
                if cand in people:
                    s, e = ctx.orig(i, i + 1)
                    if ctx.lang != "ar" and not ctx.text[s : s + 1].isupper():
                        continue
                    ctx.add(Ment(s, e, i, i + 1, people[cand], "person", "short", ctx.text[s:e]))
                    break
            else:
                continue
            break
    ctx.ments.sort_by_start()


def _adjective_position(ctx: Context, m: Ment) -> bool:
    """A demonym right after a definite noun is an adjective («الجيش السوداني»), not a surname."""
    if m.ts == 0:
        return False
    prev = ctx.toks[m.ts - 1]
    return prev.is_word and prev.text.startswith("ال") and not any(x.kind == "person" for x in ctx.ments.ending(m.ts))


def find_generic_agreements(ctx: Context) -> None:
    """«الهدنة», "the ceasefire", "the deal": the named agreement of the document if there is one,
    else one discovered agreement per document and family."""
    named = sorted((m for m in ctx.ments if m.kind == "agreement"), key=lambda m: m.ts)
    fams: dict[int, str | None] = {}
    states = [m.entity for m in ctx.ments if m.kind == "state"]
    top_state = Counter(states).most_common(1)[0][0] if states else None
    nouns = _merge_adjacent(ctx.lex.agreement_nouns.find_all(ctx.toks), ctx.toks)
    for ts, te in nouns:
        if not ctx.free(ts, te):
            continue
        if _heads_named(ctx, te, None):
            continue  # «اتفاق الرياض» is matched whole by the gazetteer; "the Stockholm agreement" likewise
        words = " ".join(t.text for t in ctx.toks[ts:te])
        family = _family(words)
        if family is None:
            continue
        near = _nearest_agreement(ctx, named, family, ts, fams)
        if near is not None:
            eid = near.entity
        else:
            label = {
                "ceasefire": "Ceasefire",
                "memorandum": "Memorandum",
                "agreement": "Agreement",
                "declaration": "Declaration",
                "plan": "Plan",
                "proposal": "Proposal",
                "resolution": "Draft resolution",
            }[family]
            state = ctx.kb.get(top_state) if top_state else None
            when = ctx.on.strftime("%Y-%m") if ctx.on else (str(ctx.year) if ctx.year else "")
            name = f"{label} ({', '.join(x for x in (state.name if state else '', when) if x) or ctx.doc_id[:8]})"
            label_ar = _FAMILY_AR[family]
            where_ar = state.name_ar if state and state.name_ar else ""
            name_ar = f"{label_ar} ({'، '.join(x for x in (where_ar, when) if x) or ctx.doc_id[:8]})"
            eid = stable_id("agreement", name)
            ctx.entities.add(eid, name, "agreement", name_ar, [], known=False)
        ts = _extend_left(ctx, ts)
        s, e = ctx.orig(ts, te)
        new = ctx.add(Ment(s, e, ts, te, eid, "agreement", "generic", ctx.text[s:e]))
        bisect.insort_right(named, new, key=lambda m: m.ts)
    ctx.ments.sort_by_start()


def _compatible(ctx: Context, family: str, m: Ment, fams: dict[int, str | None]) -> bool:
    """A discovered agreement by its noun, a known one by its type; a numbered resolution is a resolution."""
    if id(m) not in fams:
        fams[id(m)] = "resolution" if m.role == "resolution" else _family_of_mention(ctx, m)
    fam = fams[id(m)]
    if family == "resolution" or fam == "resolution":
        return family == fam  # "the draft resolution" ... "the resolution"
    # "the proposal" that is approved becomes "the deal"
    return family == "agreement" or fam in (family, None) or {family, fam} <= {"agreement", "proposal"}


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
    "declaration": "إعلان",
    "plan": "خطة",
    "proposal": "مقترح",
    "resolution": "مشروع قرار",
}


def _merge_adjacent(found: list[tuple[int, int, object]], toks: list[Token]) -> list[tuple[int, int]]:
    """ "ceasefire agreement", "truce deal", "agreement on a framework": one mention."""
    out: list[list[int]] = []
    for ts, te, _p in found:
        if out:
            between = [t.text for t in toks[out[-1][1] : ts]]
            if not between or between in (["on", "a"], ["on", "the"], ["for", "a"], ["on"]):
                out[-1][1] = te
                continue
        out.append([ts, te])
    return [(a, b) for a, b in out]


def _family_of_mention(ctx: Context, m: Ment) -> str | None:
    if m.role == "generic" or ctx.kb.get(m.entity) is None:
        return _family(" ".join(t.text for t in ctx.toks[m.ts : m.te]))
    return _family_of_known(ctx, m.entity)


_EN_AGREEMENT_MODIFIERS = {
    "permanent",
    "nationwide",
    "unilateral",
    "humanitarian",
    "proposed",
    "indirect",
    "comprehensive",
    "historic",
    "new",
    "temporary",
    "partial",
    "full",
    "lasting",
    "fragile",
    "landmark",
    "interim",
    "final",
    "bilateral",
    "this",
    "that",
    "maritime",
    "border",
    "peace",
    "nuclear",
    "political",
    "military",
    "security",
    "hostage",
    "ceasefire",
    "demarcation",
    "prisoner",
    "trade",
    "framework",
    "broad",
    "tentative",
    "initial",
}


def _extend_left(ctx: Context, ts: int) -> int:
    """Take in the modifiers before an English agreement noun: "this truce", "two-month truce"."""
    if ctx.lang == "ar":
        return ts
    k = ts
    while k > 0 and ts - k < 4:
        w = ctx.toks[k - 1].text
        if not ctx.free(k - 1, k):
            break
        if w in _EN_AGREEMENT_MODIFIERS or w.endswith("wide"):
            k -= 1
            continue
        if w == "-" and k >= 2 and ctx.toks[k].text in ("day", "week", "month", "year"):
            k -= 2  # "two-month"
            continue
        break
    return k


def _heads_named(ctx: Context, te: int, next_noun_ts: int | None) -> bool:
    """True when the noun is directly followed by another agreement noun or a named agreement."""
    k = te
    while k < len(ctx.toks) and ctx.toks[k].text in ('"', "(", "-", ":"):
        k += 1
    if next_noun_ts is not None and next_noun_ts == k:
        return True
    return any(m.kind == "agreement" for m in ctx.ments.starting(k))


_FAMILIES = [
    (
        "ceasefire",
        (
            "هدنه",
            "اطلاق النار",
            "الاعمال القتاليه",
            "الاعمال العداييه",
            "تهديه",
            "truce",
            "ceasefire",
            "cease-fire",
            "cessation",
            "pause",
            "de-escalation",
        ),
    ),
    ("memorandum", ("مذكره", "memorandum", "protocol", "بروتوكول")),
    ("declaration", ("اعلان", "البيان الختامي", "declaration", "communique")),
    ("plan", ("خطه", "خارطه", "خريطه", "مبادره", "roadmap", "road map", "plan", "initiative")),
    ("agreement", ("اتفاق", "صفقه", "agreement", "accord", "deal", "framework")),
    ("resolution", ("مشروع", "draft", "resolution")),
    ("proposal", ("مقترح", "اقتراح", "جدول", "proposal")),
]


def _family(words: str) -> str | None:
    for fam, keys in _FAMILIES:
        if any(k in words for k in keys):
            return fam
    return None


def _family_of_known(ctx: Context, eid: str) -> str | None:
    e = ctx.kb.get(eid)
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
    }.get(t, "agreement" if t in ("agreement", "treaty") else None)


def find_collectives(ctx: Context) -> None:
    """ "both countries", «الطرفان»: the last two actors coordinated before ("Lebanon and Israel")."""
    for ts, te, _p in ctx.lex.collectives.find_all(ctx.toks):
        if not ctx.free(ts, te):
            continue
        words = " ".join(t.text for t in ctx.toks[ts:te])
        kinds = None
        if any(w in words for w in ("زعيم", "رييس", "وزير", "leader", "president", "minister", "men")):
            kinds = {"person"}  # "the two leaders": people, not their offices
        elif any(w in words for w in ("بلد", "دول", "countries", "governments", "حكوم")):
            kinds = {"state"}
        pair = _last_pair(ctx, ts, kinds)
        if not pair:
            continue
        s, e = ctx.orig(ts, te)
        for m in pair:
            ctx.ments.append(Ment(s, e, ts, te, m.entity, m.kind, "coref", ctx.text[s:e]))
        ctx.covered[ts:te] = b"\x01" * (te - ts)
    ctx.ments.sort_by_start()


def _last_pair(ctx: Context, before: int, kinds: set[str] | None = None) -> list[Ment] | None:
    window = ctx.ments.ending_within(before - 100, before)
    prev = [m for m in window if m.kind in (kinds or ACTOR_KINDS) and not m.in_np]
    for k in range(len(prev) - 1, 0, -1):
        a, b = prev[k - 1], prev[k]
        between = [t.text for t in ctx.toks[a.te : b.np_start]]
        glued = ctx.lang == "ar" and not between and ctx.toks[b.np_start].text.startswith("و")
        if (glued or between in (["and"], ["و"], ["،"], [","])) and a.entity != b.entity and before - b.te < 60:
            return [a, b]
    return None


_PARTY_NOUNS = _nset(
    {
        "الفريقين",
        "الفريقان",
        "الجانب",
        "الجانبين",
        "الطرف",
        "الطرفين",
        "الوفد",
        "الوفدين",
        "الجيش",
        "القوات",
        "الحكومه",
        "النظام",
        "الطيران",
        "الرييس",
        "الوزير",
        "government",
        "forces",
        "troops",
        "army",
        "side",
        "delegation",
        "officials",
        "authorities",
        "military",
        "president",
        "leader",
        "team",
        "negotiators",
    }
)
_GOVERNMENT = _nset({"حكومه", "الحكومه", "government", "regime", "authorities", "النظام", "السلطات", "نظام"})


def governments(ctx: Context) -> None:
    """«الحكومة اليمنية», "the Syrian government": the state acting (the evaluation set's convention too).
    A bare «الحكومة الشرعية», "the regime" is the government of the document's main state."""
    toks = ctx.toks
    states = [m.entity for m in ctx.ments if m.kind == "state"]
    top = Counter(states).most_common(1)[0][0] if states else None
    if top and states.count(top) >= 2:
        for ts, te, _p in ctx.lex.regime.find_all(toks):
            if ctx.free(ts, te) and not (te < len(toks) and ctx.starting_at(te, ("state",))):
                s_, e_ = ctx.orig(ts, te)
                ctx.add(Ment(s_, e_, ts, te, top, "state", "coref", ctx.text[s_:e_]))
        ctx.ments.sort_by_start()
    for m in ctx.ments:
        if m.kind != "state" or m.role not in ("demonym",):
            continue
        if (
            ctx.lang == "ar"
            and m.ts > 0
            and (toks[m.ts - 1].text in _GOVERNMENT or toks[m.ts - 1].forms[-1] in {"حكومه", "نظام", "سلطات"})
        ):
            m.np_start = m.ts - 1
            m.start = ctx.orig(m.ts - 1, m.ts)[0]
            m.text = ctx.text[m.start : m.end]
        elif ctx.lang != "ar" and m.te < len(toks) and toks[m.te].text in _GOVERNMENT:
            m.end = ctx.orig(m.te, m.te + 1)[1]
            m.te += 1
            m.text = ctx.text[m.start : m.end]
            ctx.covered[m.te - 1] = 1
    ctx.ments.reindex()  # spans grew in place


def mark_modifiers(ctx: Context) -> None:
    """ "U.S.-brokered", "Saudi-led": the actor modifies a noun and is not a subject or object itself.
    "Libya's factions": a possessive can be an object ("reacted to Russia's decision"), never a subject."""
    toks = ctx.toks
    for m in ctx.ments:
        if m.te < len(toks) and toks[m.te].text == "-" and m.kind != "agreement":
            m.in_np = True
        if ctx.lang != "ar" and m.te < len(toks) and toks[m.te].text in ("'s", "'"):
            m.possessive = True
        prev = toks[m.np_start - 1] if m.np_start > 0 else None
        dateline = re.match(r"\s*[ـ\-—–(,:]", ctx.text[m.end : m.end + 3])
        if m.ts == 0 and m.kind in ("state", "place") and dateline:
            m.located = True  # a dateline: «عمّان ــ», "BEIRUT (AP) —"
        if m.kind != "person" and prev is not None and prev.text in ("at", "في", "in") and m.kind != "agreement":
            m.located = True  # "at the council", «في مجلس الأمن»
        if m.kind in ("state", "place") and m.role in ("name", "capital"):
            if prev is not None and prev.text in ("في", "in", "at", "inside", "داخل", "بمدينه", "مدينه"):
                m.located = True
            elif ctx.lang == "ar" and toks[m.ts].text[:1] == "ب" and len(toks[m.ts].forms) > 1 and m.text[:1] == "ب":
                m.located = True  # بالسويد، بفيينا
        if m.role != "demonym" or m.in_np or m.np_start < m.ts:
            continue
        if ctx.lang == "ar":
            prev = toks[m.ts - 1] if m.ts > 0 else None
            if (
                prev is not None
                and prev.is_word
                and prev.text.startswith(("ال", "وال", "بال", "لال"))
                and not ctx.ments.ending(m.ts)
                and not ctx.lex.titles.match_at(toks, m.ts - 1)
                and prev.text not in _GOVERNMENT
                and prev.text not in _PARTY_NOUNS
            ):
                m.topic = True  # a demonym after a definite noun is its adjective: «الوضع السوري»
        elif m.te < len(toks) and toks[m.te].is_word and toks[m.te].text.isalpha():
            s_, _ = ctx.orig(m.te, m.te + 1)
            if ctx.text[s_ : s_ + 1].islower() and toks[m.te].text not in _PARTY_NOUNS:
                m.topic = True  # "Syrian refugees", "Russian decision"


def find_org_short_forms(ctx: Context) -> None:
    """«المجلس» after «المجلس الانتقالي الجنوبي», «الحركة» after «حركة حماس», "the council" after "the
    Security Council": the head noun alone refers back to the organization."""
    heads: dict[str, str] = {}
    kinds: dict[str, str] = {}
    toks = ctx.toks
    for m in ctx.ments:
        if m.kind in ("organization", "armed_group") and m.te - m.ts >= 2:
            head = toks[m.ts].forms[-1] if ctx.lang == "ar" else toks[m.te - 1].text
            if (
                head in ctx.lex.organization_heads
                or ("ال" + head) in ctx.lex.organization_heads
                or head.capitalize() in ctx.lex.organization_heads
            ):
                heads[head] = m.entity
                kinds[head] = m.kind
    if not heads:
        return
    for i, t in enumerate(toks):
        if not (not ctx.covered[i]) or not t.is_word:
            continue
        if ctx.lang == "ar":
            if not t.text.startswith(("ال", "وال", "بال", "لال", "فال")):
                continue
            key = t.forms[-1]
        else:
            if i == 0 or toks[i - 1].text != "the":
                continue
            key = t.text
        eid = heads.get(key)
        if eid is None or (
            i + 1 < len(toks)
            and toks[i + 1].is_word
            and ctx.lang == "ar"
            and toks[i + 1].text.startswith("ال")
            and not ctx.free(i + 1, i + 2)
        ):
            continue
        earlier = [m for m in ctx.ments.of_entity(eid) if m.te <= i]
        if not earlier:
            continue
        s_, e_ = ctx.orig(i, i + 1)
        ctx.add(Ment(s_, e_, i, i + 1, eid, kinds[key], "short", ctx.text[s_:e_]))
    ctx.ments.sort_by_start()


def find_media(ctx: Context) -> None:
    """News outlets the knowledge base does not know: «قناة X», «وكالة X», «لـ"X"» after a reporting verb."""
    toks = ctx.toks
    heads = _MEDIA_HEADS_AR if ctx.lang == "ar" else _MEDIA_HEADS_EN
    for i, t in enumerate(toks):
        if not (not ctx.covered[i]) or not t.is_word or ctx.lang != "ar":
            continue
        if t.forms[-1] not in heads and t.text not in heads:
            continue
        k = i + 1
        if k < len(toks) and toks[k].text in ('"',):
            k += 1
        name_end = k
        while (
            name_end < len(toks)
            and name_end - k < 3
            and toks[name_end].is_word
            and (not ctx.covered[name_end])
            and toks[name_end].text not in _AR_STOP
            and not toks[name_end].text.startswith(("ال", "و"))
        ):
            name_end += 1
        if name_end == k:
            continue
        s_, e_ = ctx.orig(i, name_end)
        name = ctx.text[s_:e_]
        eid = stable_id("organization", " ".join(x.text for x in toks[i:name_end]))
        ctx.entities.add(eid, name, "organization", name, [], known=False)
        ctx.add(Ment(s_, e_, i, name_end, eid, "organization", "discovered", name, media=True))
    ctx.ments.sort_by_start()


_MEDIA_HEADS_AR = _nset({"قناه", "وكاله", "صحيفه", "موقع", "شبكه", "اذاعه", "جريده", "مجله"})
_MEDIA_HEADS_EN: set[str] = set()


def mark_capital_np(ctx: Context) -> None:
    """«العاصمة اليونانية أثينا», «فيينا النمساوية», "the Libyan city of Sirte": the demonym belongs to
    the place's noun phrase."""
    toks = ctx.toks
    place_end = {m.te for m in ctx.ments if m.kind == "place"}
    for m in ctx.ments:
        if m.role != "demonym" or m.ts == 0:
            continue
        if toks[m.ts - 1].forms[-1] in ("عاصمه", "مدينه", "بلده", "منطقه", "محافظه", "ميناء") or m.ts in place_end:
            m.in_np = True


def find_possessive_roles(ctx: Context) -> list[tuple[Ment, Ment]]:
    """ "Fayez al-Sarraj's Government of National Accord", "the LNA of Khalifa Haftar": leader and body."""
    out = []
    if ctx.lang == "ar":
        return out
    toks = ctx.toks
    for m in ctx.ments:
        if m.kind != "person":
            continue
        if m.te + 1 < len(toks) and toks[m.te].text in ("'s", "'"):
            body = ctx.starting_at(m.te + 1, ("organization", "armed_group"))
            if body:
                out.append((m, body))
        if m.ts >= 2 and toks[m.ts - 1].text == "of":
            body = next(
                (
                    x
                    for x in ctx.ments.ending(m.ts - 1) + ctx.ments.ending(m.ts - 4)
                    if x.te in (m.ts - 1, m.ts - 4)
                    and x.kind in ("organization", "armed_group")
                    and all(
                        t.text in ("(", ")") or not (not ctx.covered[k]) or t.is_word
                        for k, t in enumerate(toks[x.te : m.ts - 1], start=x.te)
                    )
                ),
                None,
            )
            if body:
                out.append((m, body))
    ctx.possessive_roles = out
    return out


def find_organizations(ctx: Context) -> None:
    """Organizations the knowledge base does not know, from the noun that heads their name:
    «هيئة التفاوض», «لجنة التحقيق الدولية», "Joint Military Commission", "Popular Mobilization Forces"."""
    toks, n = ctx.toks, len(ctx.toks)
    heads, armed = ctx.lex.organization_heads, ctx.lex.armed_heads
    by_prefix: dict[tuple[str, ...], Ment] = {}  # every leading run of words of a known organization's name
    for m in ctx.ments:
        if m.kind in ("organization", "armed_group"):
            words = tuple(x.text for x in toks[m.ts : m.te])
            for k in range(1, len(words) + 1):
                by_prefix.setdefault(words[:k], m)
    i = 0
    while i < n:
        t = toks[i]
        if not t.is_word or not (not ctx.covered[i]):
            i += 1
            continue
        span = _org_span_ar(ctx, i, heads) if ctx.lang == "ar" else _org_span_en(ctx, i, heads)
        if span is None:
            i += 1
            continue
        ts, te, head = span
        s_, e_ = ctx.orig(ts, te)
        name = ctx.text[s_:e_].strip('"«» ')
        longer = by_prefix.get(tuple(x.text for x in toks[ts:te]))
        if longer is not None:  # «مجلس النواب» after «مجلس النواب الليبي»
            ctx.add(Ment(s_, e_, ts, te, longer.entity, longer.kind, "short", ctx.text[s_:e_]))
            i = te
            continue
        kind = "armed_group" if head in armed else "organization"
        key = " ".join(x.forms[-1] if ctx.lang == "ar" else x.text for x in toks[ts:te])
        eid = stable_id(kind, key)
        ar = ctx.lang == "ar"
        ctx.entities.add(eid, name, kind, name if ar else None, [], known=False)
        new = ctx.add(Ment(s_, e_, ts, te, eid, kind, "discovered", ctx.text[s_:e_]))
        words = tuple(x.text for x in toks[ts:te])
        for k in range(1, len(words) + 1):
            by_prefix.setdefault(words[:k], new)
        i = te
    ctx.ments.sort_by_start()


def _org_span_ar(ctx: Context, i: int, heads: frozenset[str]) -> tuple[int, int, str] | None:
    toks, n = ctx.toks, len(ctx.toks)
    t = toks[i]
    if t.text.startswith("ال") or t.text not in heads or t.text in ("وزاره",):
        return None  # only the construct form («هيئة التفاوض»), which starts a proper name
    k = i + 1
    while (
        k < n
        and k - i <= 3
        and toks[k].is_word
        and (not ctx.covered[k])
        and toks[k].text.startswith("ال")
        and toks[k].text not in _AR_STOP
        and not ctx.lex.triggers.match_at(toks, k)
    ):
        k += 1
    quoted = i > 0 and toks[i - 1].text == '"'
    if k - i < (2 if quoted else 3):
        return None  # «مجلس الوزراء», «مجلس النواب»: too generic to be a name on their own
    return i, k, t.text


def _org_span_en(ctx: Context, i: int, heads: frozenset[str]) -> tuple[int, int, str] | None:
    toks, n = ctx.toks, len(ctx.toks)
    k = i
    words = []
    while k < n and toks[k].is_word and (not ctx.covered[k]):
        s_, _ = ctx.orig(k, k + 1)
        w = ctx.text[s_ : s_ + len(toks[k].text)]
        if w[:1].isupper() or (
            words
            and toks[k].text in ("of", "for", "and")
            and k + 1 < n
            and ctx.text[ctx.orig(k + 1, k + 2)[0]].isupper()
        ):
            words.append(w)
            k += 1
            continue
        break
    while words and words[-1].lower() in ("of", "for", "and"):
        words.pop()
        k -= 1
    if words and words[0].lower() == "the":
        words.pop(0)
        i += 1
    if len(words) < 2:
        return None
    head = next((w.lower() for w in (words[-1], words[0]) if w.lower() in heads), None)
    if head is None:
        return None
    if i > 0 and ctx.text[ctx.orig(i - 1, i)[0] : ctx.orig(i - 1, i)[1]] in (".",) and len(words) < 2:
        return None
    return i, k, head


def find_quoted_short_names(ctx: Context) -> None:
    """«النصرة», «الدعم السريع»: an organization named in quotes without its head noun (جبهة، قوات …)."""
    toks = ctx.toks
    n = len(toks)
    for i, t in enumerate(toks):
        if t.text != '"' or i + 1 >= n:
            continue
        close = next((k for k in range(i + 1, min(n, i + 6)) if toks[k].text == '"'), None)
        if close is None or close == i + 1 or not ctx.free(i + 1, close):
            continue
        key = " ".join(x.text for x in toks[i + 1 : close])
        eid = ctx.kb.quoted_short.get(key)
        if eid is None:
            continue
        s_, e_ = ctx.orig(i + 1, close)
        ctx.register(eid)
        ctx.add(Ment(s_, e_, i + 1, close, eid, ctx.kb.entities[eid].kind, "short", ctx.text[s_:e_]))
    ctx.ments.sort_by_start()


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
        "rebels",
        "insurgents",
        "militants",
        "militia",
        "militiamen",
        "group",
    }
)


def find_group_references(ctx: Context) -> None:
    """ "the Yemeni insurgents", «الانقلابيين», "the Palestinian group": the armed group the article is about."""
    groups = [m.entity for m in ctx.ments if m.kind == "armed_group"]
    if not groups:
        return
    top = Counter(groups).most_common(1)[0][0]
    toks = ctx.toks
    for i, t in enumerate(toks):
        if ctx.covered[i] or not t.is_word:
            continue
        if t.text not in _GROUP_NOUNS and (len(t.forms) < 2 or t.forms[-1] not in _GROUP_NOUNS):
            continue
        if ctx.lang != "ar":
            prev = toks[i - 1].text if i > 0 else ""
            if prev not in ("the",) and not any(m.role == "demonym" for m in ctx.ments.ending(i)):
                continue  # "the rebels", "the Yemeni insurgents", not "rebels" in general
        if not any(m.te <= i for m in ctx.ments.of_entity(top)):
            continue  # only back to a group already named
        start = i
        for m in ctx.ments.ending(i):
            if m.role == "demonym":
                m.in_np = True  # "Yemeni" in "the Yemeni insurgents" describes the group
                start = m.ts
        s_, e_ = ctx.orig(start, i + 1)
        ctx.ments.append(Ment(s_, e_, start, i + 1, top, "armed_group", "coref", ctx.text[s_:e_]))
        ctx.covered[i] = 1
    ctx.ments.sort_by_start()
