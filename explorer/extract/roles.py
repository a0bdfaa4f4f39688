"""Titles without a name and counterparts («نظيره الروسي»): the person holding the office on the date."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from explorer import ontology
from explorer.extract.context import Context, Ment, TitleNP
from explorer.extract.coreference import _state_list_after, _state_list_before, antecedent, senior_office
from explorer.extract.names import _add_person, _discover_ar_name, _discover_en_name
from explorer.extract.syntax import list_next
from explorer.extract.titles import _SENIOR_OFFICES, _TITLE_SKIP_AR, _by_known_roles, _listed_people, _ment_ending_at


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
        if t.person is None and not t.of:
            k = bisect.bisect_left(starts, t.ts)
            _bare_title(ctx, t, people[max(0, k - 30) : k])
            continue
        if t.person is not None or _indefinite_title(ctx, t.ts, t.of) or _subordinate(ctx, t.ts) or _deputy(ctx, t):
            continue
        if _listed_member(ctx, t) or _taken_chair(ctx, t):
            continue
        if len(t.of) > 2 and all(x.kind == "state" for x in t.of):
            continue  # «وزراء خارجية الأردن والسعودية والعراق ومصر»: a gathering named by its states, who act
        if len(t.of) == 1 and _plural_title(ctx, t):
            continue  # "talks with Houthi leaders": several of the group, not the one leader the knowledge base knows
        if (
            len(t.of) > 1
            and all(x.kind == "state" for x in t.of)
            and t.office in ("president", "foreign_minister", "defence_minister", "prime_minister", "minister")
        ):
            # «الرئيسان التركي والروسي», "the Russian and Turkish foreign ministers": one person per state
            for x in t.of[1:]:
                ctx.titles.append(TitleNP(t.ts, t.te, t.office, [x], None))
            t.of = t.of[:1]
        state, office = t.of[0].entity, t.office
        k = bisect.bisect_left(starts, t.ts)
        met = _met_holder(ctx, people[max(0, k - 200) : k], held, office, state)
        if met is None and office == "minister" and _portfolio(ctx, t):
            continue  # «وزير الداخلية السوداني», "Sudan's interior minister": not the foreign or defence minister
        cands = [met] if met else _kb_holder(ctx, office, state, [x.entity for x in t.of[1:]])
        cands = cands or _co_body_holder(ctx, t)  # "the UN and Arab League special envoy"
        if _former(ctx, t):  # «الرئيس اليمني السابق», "the former Yemeni president": not the one in office
            cands = [] if _late(ctx, t) else _former_holder(ctx, office, state)
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


def _taken_chair(ctx: Context, t: TitleNP) -> bool:
    """ "Angola, which holds the rotating African Union chair", "took over the AU chair": a chair held or taken
    (`chair_take_verbs` before it, past the owner and `chair_qualifiers`) is a state's or body's turn at the head
    of the body, no person the knowledge base would name (English)."""
    if ctx.lang == "ar":
        return False
    k = min([t.ts] + [x.np_start for x in t.of]) - 1
    quals = ctx.lex.w("chair_qualifiers")
    while k > 0 and ctx.texts[k] in quals:
        k -= 1
    return k >= 0 and ctx.texts[k] in ctx.lex.w("chair_take_verbs")


def _listed_member(ctx: Context, t: TitleNP) -> bool:
    """«وضم الوفد فلاناً، وعضو المكتب السياسي للحركة …»: a member's title (one of many holders) that opens the next
    item of a list, after a comma and «و», names a new person, not one met before."""
    if ctx.lang != "ar" or t.office not in ontology.member_offices() or t.ts == 0:
        return False
    tok = ctx.toks[t.ts]
    return ctx.toks[t.ts - 1].text in (",", "،") and tok.text.startswith("و") and len(tok.forms) > 1


def _plural_title(ctx: Context, t: TitleNP) -> bool:
    """An English title in the plural ("leaders", "commanders") with one owner and no name: several people."""
    owner = t.of[0]
    words = [ctx.texts[k] for k in range(t.ts, t.te) if not owner.ts <= k < owner.te]
    return ctx.lang != "ar" and bool(words) and words[0] in ctx.lex.w("people_nouns")


def _indefinite_title(ctx: Context, ts: int, of: Sequence[Ment] = ()) -> bool:
    """ "a spokesman for the Taliban", "an official of the ministry", "A senior Hamas commander": one of several,
    not the office's holder (back over the title's modifiers and the names of its state or body before it)."""
    if ctx.lang == "ar":
        return False
    k, mods = ts - 1, ctx.lex.w("title_modifiers")
    while k > 0:
        owner = next((x for x in of if x.te == k + 1 and x.ts <= k), None)
        if owner is not None:
            k = owner.ts - 1
        elif ctx.toks[k].text.lower() in mods:
            k -= 1
        else:
            break
    return k >= 0 and ctx.toks[k].text.lower() in ctx.lex.w("articles")


_BARE = {  # a title with no name, state or body: the offices (here or in the knowledge base) of whom it can mean
    "minister": {"minister", "foreign_minister", "defence_minister", "deputy_foreign_minister"},
    "foreign_minister": {"foreign_minister"},
    "defence_minister": {"defence_minister"},
    "prime_minister": {"prime_minister"},
    "president": {"president", "head_of_state"},
    "king": {"king"},
    "emir": {"emir"},
    "crown_prince": {"crown_prince"},
    "envoy": {"envoy", "high_representative"},
    "secretary_general": {"secretary_general"},
    "commander": {"commander", "chief_of_staff"},
    "leader": {"leader", "commander"},
    "vice_president": {"vice_president"},
    "spokesperson": {"spokesperson"},
    "negotiator": {"negotiator"},
    "ambassador": {"ambassador", "un_ambassador"},
    "un_ambassador": {"un_ambassador"},
    "speaker": {"speaker"},
    "national_security_adviser": {"national_security_adviser"},
}


def _bare_title(ctx: Context, t: TitleNP, before: list[Ment]) -> None:
    """ "The minister said …", «وقال الوزير إن …», «المبعوث», "the army chief", "the country's interim president": a
    definite title with no state, body or name is the nearest person named in a sentence before who holds that
    office (by his title here or the knowledge base); none when two fit (coreference.antecedent)."""
    family = _BARE.get(t.office)
    if not family or not _definite_bare(ctx, t) or t.te - t.ts > 2 + (ctx.lang == "ar") or _subordinate(ctx, t.ts):
        return
    if _open_title_named_after(ctx, t):
        return
    p = antecedent(ctx, t.ts, [p for p in before if _holds(ctx, p, family)])
    if p is not None:
        s, e = ctx.orig(t.ts, t.te)
        t.person = ctx.add(Ment(s, e, t.ts, t.te, p.entity, "person", "coref", ctx.text[s:e], office=t.office))


def _holds(ctx: Context, p: Ment, family: set[str]) -> bool:
    """By the mention's office, any title the document gives the person, or the knowledge base on the date."""
    titled = ctx.memo.get("titled-offices")
    if titled is None:
        titled = ctx.memo["titled-offices"] = {}
        for t in ctx.titles:
            if t.person is not None:
                titled.setdefault(t.person.entity, set()).add(t.office)
    if p.office in family or not family.isdisjoint(titled.get(p.entity, ())):
        return True
    return any(r.office in family for r in ctx.kb.roles_of(p.entity, ctx.on))


def _definite_bare(ctx: Context, t: TitleNP) -> bool:
    """«الوزير», "the minister", "the interim president", "the country's president"."""
    if ctx.lang == "ar":  # («قائد الجيش»: made definite by the noun after it, when that names no one)
        nxt = t.te < len(ctx.toks) and ctx.texts[t.te].startswith("ال") and not ctx.covered[t.te]
        # «رئيس الجمهورية», «رئيس مجلس الوزراء»: a construct chain is as definite as its last noun
        chain = [w for w in ctx.texts[t.ts + 1 : t.te] if w not in ctx.lex.w("prepositions")]
        own = t.te - t.ts > 1 and bool(chain) and chain[-1].startswith("ال")
        return ctx.toks[t.ts].text.startswith(("ال", "وال")) or (t.te - t.ts == 1 and nxt) or own
    head = ctx.texts[t.ts]
    if head.endswith("s") and not head.endswith("ss"):
        return False  # "the presidents of both countries, A and B": several holders (titles.find_listed_holders)
    k = t.ts - 1
    while k > 0 and (ctx.texts[k] in ctx.lex.w("title_modifiers") or ctx.texts[k] in ("'s", "country", "nation")):
        k -= 1
    return k >= 0 and ctx.texts[k] == "the"


def _former(ctx: Context, t: TitleNP) -> bool:
    words = ctx.lex.w("former_words")
    return not words.isdisjoint(ctx.texts[max(0, t.ts - 3) : t.te + 1])


def _late(ctx: Context, t: TitleNP) -> bool:
    """«الرئيس العراقي الراحل» with no name: a late holder, not the last one whose term ended."""
    return not ctx.lex.w("late_words").isdisjoint(ctx.texts[t.ts : t.te + 1])


def _former_holder(ctx: Context, office: str, state: str) -> list[str]:
    """The holder whose term ended last before the document's date (none when undated or unclear)."""
    if ctx.on is None:
        return []
    offices = ("president", "head_of_state", "king", "emir") if office == "president" else (office,)
    ended = [r for o in offices for r in ctx.kb.roles_by_key.get((o, state), []) if r.end and r.end < ctx.on]
    last = max((r.end for r in ended), default=None)
    people = {r.person for r in ended if r.end == last}
    still = {p for o in offices for p in ctx.kb.holders(o, state, ctx.on)}
    return list(people) if len(people) == 1 and not people & still else []


def _subordinate(ctx: Context, ts: int) -> bool:
    """«مساعد أمين عام الأمم المتحدة», "an aide to the foreign minister": someone working for the office's
    holder, not the holder."""
    return ts > 0 and ctx.texts[ts - 1] in ctx.lex.w("subordinate_words")


def _deputy(ctx: Context, t) -> bool:
    """ "the Taliban's deputy leader": a deputy of an office the knowledge base names no holder of (the leader
    is someone else); offices named deputy in their own right («نائب الرئيس», "deputy prime minister") have one."""
    if t.office.startswith(("deputy", "vice")):
        return False
    return not ctx.lex.w("deputy_words").isdisjoint(ctx.texts[t.ts : t.te])


_LEADS = (
    "leader",
    "head",
    "president",
    "prime_minister",
    "head_of_state",
    "king",
    "emir",
    "commander",
    "secretary_general",
)
_FITS = {"leader": _LEADS, "head": _LEADS}  # "the Ukrainian leader", "the Hezbollah chief": whoever leads it


def _fits(office: str, owner: str) -> tuple[str, ...]:
    """The offices a title names: a body's president is whoever heads it (not a state's: its prime minister)."""
    if office == "president" and not owner.startswith("state:"):
        return _LEADS
    return _FITS.get(office, (office,))


def _met_holder(ctx: Context, before: list[Ment], held: dict, office: str, state: str) -> str | None:
    """A person met earlier in the document (nearest first) who holds the office for that state."""
    for p in reversed(before):
        roles = [(r.office, r.of) for r in ctx.kb.roles_of(p.entity, ctx.on)] + held.get(id(p), [])
        if any(
            o_of == state and (office in ("minister", "official") or o in _fits(office, state)) for o, o_of in roles
        ):
            return p.entity
    return None


_TITLE_GLUE = frozenset({"the", "'s", "'", "of", "and", "s"})


def _portfolio(ctx: Context, t: TitleNP) -> bool:
    """A minister's title names his portfolio: a word in it that is neither the title's own words, its owners',
    nor glue («وزير الداخلية السوداني»: «الداخلية»; "Sudan's interior minister": "interior")."""
    if ctx.lang != "ar" and t.ts > 0 and ctx.texts[t.ts - 1] in ctx.lex.w("portfolio_words"):
        return True  # ("the interior minister": the portfolio right before the title's span)
    owned = {k for x in t.of for k in range(x.ts, x.te)}
    for k in range(t.ts, t.te):
        hit = ctx.lex.titles.match_at(ctx.toks, k)
        if hit:
            owned.update(range(k, hit[1]))
    return any(k not in owned and ctx.toks[k].is_word and ctx.texts[k] not in _TITLE_GLUE for k in range(t.ts, t.te))


def _co_body_holder(ctx: Context, t: TitleNP) -> list[str]:
    """ "the UN and Arab League special envoy": the holder the knowledge base knows for the second body."""
    bodies = [x for x in t.of if x.kind == "organization"]
    if t.of[0].kind != "organization" or len(bodies) < 2:
        return []
    x = bodies[1]
    return _kb_holder(ctx, t.office, x.entity, [y.entity for y in t.of if y is not x])


def _kb_holder(ctx: Context, office: str, state: str, to: Sequence[str] = ()) -> list[str]:
    """The single holder of the office on the document's date (or in its year) by the knowledge base; for an
    envoy or ambassador named with where he is sent («المبعوث الأممي إلى اليمن»), the one sent there."""
    offices = ["foreign_minister", "defence_minister"] if office == "minister" else [office]
    if office == "president":  # («رئيس مفوضية الاتحاد الأفريقي», "the ICRC president": a body's president heads it)
        offices = ["president", "head_of_state", "king", "emir"] + ([] if state.startswith("state:") else ["head"])
    for o in offices:
        holders = ctx.kb.holders(o, state, ctx.on) if ctx.on else []
        if not ctx.on and ctx.year:
            holders = ctx.kb.holders_in_year(o, state, ctx.year)
        if len(holders) > 1 and to:
            sent = {r.person for r in ctx.kb.roles_by_key.get((o, state), []) if r.to in to}
            holders = [h for h in dict.fromkeys(holders) if h in sent]
        if len(holders) == 1 and not _posted_elsewhere(ctx, o, state, holders[0], to):
            return holders
    return []


def _posted_elsewhere(ctx: Context, office: str, state: str, person: str, to: Sequence[str]) -> bool:
    """ "the British ambassador to Libya", «السفيرة البريطانية لدى طرابلس»: a state has an ambassador in every
    capital, so the one ambassador the knowledge base knows (`posted_offices`) is meant only where the title
    sends him; posted elsewhere, or with no post named, he is not."""
    if office not in ctx.lex.w("posted_offices"):
        return False
    posts = {r.to for r in ctx.kb.roles_by_key.get((office, state), []) if r.person == person and r.to}
    named = {ctx.kb.capital_of.get(x, x) for x in to}  # («لدى واشنطن»: the capital names the state)
    return bool(posts) and posts.isdisjoint(named)


def _counterpart_office(ctx: Context, i: int) -> str:
    """The office of the last titled person before token i: his title here, or his senior office by the
    knowledge base; a title with no name ("the Turkish president met his Russian counterpart") counts too."""
    prev = [m for m in ctx.ments.ending_within(i - 400, i) if m.kind == "person"]
    titled = [t for t in ctx.titles if t.te <= i and t.person is None and t.of]
    if titled and (not prev or titled[-1].te > prev[-1].te):
        return "foreign_minister" if titled[-1].office == "minister" else titled[-1].office
    office = next((p.office for p in reversed(prev) if p.office), None)
    if prev and not prev[-1].office:
        office = senior_office(ctx, prev[-1].entity, _SENIOR_OFFICES) or office
    office = office or "foreign_minister"
    return "foreign_minister" if office == "minister" else office


def find_counterparts(ctx: Context) -> None:
    """«نظيره الروسي» / "his Russian counterpart": the same office as the last titled person, of that state."""
    toks, counterpart = ctx.toks, ctx.lex.counterpart
    for i in ctx.where(counterpart, forms=True):
        t = toks[i]
        if t.text not in counterpart and counterpart.isdisjoint(t.forms):
            continue
        if not (not ctx.covered[i]):
            continue
        j = i + 1
        if ctx.lang != "ar":  # "his Russian counterpart": the state comes before
            state_m = _ment_ending_at(ctx, i)
        else:  # «نظيره الروسي», «نظيره الحمساوي» (a movement's adjective: its counterpart in that movement)
            state_m = ctx.starting_at(j, ("state", "organization", "armed_group"))
        if state_m is None:
            _stateless_counterpart(ctx, i)
            continue
        after = state_m.te if ctx.lang == "ar" else i + 1
        while after < len(toks) and toks[after].text in _TITLE_SKIP_AR | {",", "،"}:
            after += 1
        named = ctx.starting_at(after, ("person",))
        if named is None and after < len(toks) and not ctx.covered[after]:
            # "his Moldovan counterpart Mihai Popsoi", «نظيره المولدوفي ميهاي بوبشوي»: a name the KB does not know
            span = _discover_ar_name(ctx, after) if ctx.lang == "ar" else _discover_en_name(ctx, after)
            if span:
                named = _add_person(ctx, span, None)
        office = _counterpart_office(ctx, i)
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


def _stateless_counterpart(ctx: Context, i: int) -> None:
    """«ونظيره جون كونج نيون», "his counterpart Sergei Lavrov": a name the knowledge base knows, right after a
    counterpart that names no state, holds the counterpart's office in the state the knowledge base gives it to
    him on the date, when the text names that state."""
    toks, after = ctx.toks, i + 1
    while after < len(toks) and toks[after].text in _TITLE_SKIP_AR | {",", "،"}:
        after += 1
    named = ctx.starting_at(after, ("person",)) if ctx.on is not None else None
    if named is None or ctx.kb.get(named.entity) is None:
        return
    office = _counterpart_office(ctx, i)
    states = {r.of for r in ctx.kb.roles_of(named.entity, ctx.on) if r.office == office and r.of}
    owners = [m for s in states if s.startswith("state:") and (m := next(iter(ctx.ments.of_entity(s)), None))]
    if len(owners) != 1:
        return
    named.office = named.office or office
    ctx.titles.append(TitleNP(i, i + 1, office, owners, named))


def find_named_counterparts(ctx: Context) -> None:
    """ "his Armenian and Azerbaijani counterparts, Zohrab Mnatsakanyan and Jeyhun Bayramov", «نظيريه الأرميني
    والأذربيجاني، A وB», «نظيريه الأرميني A والأذربيجاني B»: each name holds the office of the one who has
    counterparts, in his own state (without names, plural-roles takes the holders from the knowledge base)."""
    plural = ctx.lex.w("plural_counterparts")
    for i in ctx.where(plural, forms=True):
        if ctx.toks[i].text not in plural and plural.isdisjoint(ctx.toks[i].forms):
            continue
        pairs = _interleaved_counterparts(ctx, i + 1) if ctx.lang == "ar" else []
        if not pairs:
            states = _state_list_after(ctx, i + 1) if ctx.lang == "ar" else _state_list_before(ctx, i)
            k = states[-1].te if ctx.lang == "ar" and states else i + 1
            k += k < len(ctx.toks) and ctx.texts[k] in (",", "،")
            people = _listed_people(ctx, k) if len(states) >= 2 else []
            pairs = _by_known_roles(ctx, states, people) if len(people) == len(states) else []
        office = _counterpart_office(ctx, i)
        for st, person in pairs:
            st.in_np = True
            person.office = person.office or office
            person.np_start = min(person.np_start, i if st is pairs[0][0] else st.ts)  # a list goes on through them
            ctx.titles.append(TitleNP(min(i, st.ts), max(i + 1, st.te), office, [st], person))
    ctx.ments.sort_by_start()


def _interleaved_counterparts(ctx: Context, k: int) -> list[tuple[Ment, Ment]]:
    """«الأرميني زهراب مناتساكانيان والأذربيجاني جيهون بيراموف»: a demonym and its name, then the next pair."""
    pairs: list[tuple[Ment, Ment]] = []
    while 0 <= k < len(ctx.toks):
        st = ctx.starting_at(k, ("state",))
        if st is None or st.role != "demonym":
            break
        person = ctx.starting_at(st.te, ("person",))
        if person is None and st.te < len(ctx.toks) and not ctx.covered[st.te]:
            span = _discover_ar_name(ctx, st.te)
            person = _add_person(ctx, span, None) if span else None
        if person is None:
            break
        pairs.append((st, person))
        k = list_next(ctx, person.te)
    return pairs if len(pairs) >= 2 else []


def _open_title_named_after(ctx: Context, t: TitleNP) -> bool:
    """«وحذر الناطق باسم التحالف العسكري العميد أحمد عسيري …»: a title that ends open (`open_title_ends`: «باسم»)
    on a body the text names in words no step knows, then a person within a few words, none but words between:
    that person holds it, not the one who held the office in a sentence before."""
    toks = ctx.toks
    if t.te >= len(toks) or ctx.texts[t.te - 1] not in ctx.lex.w("open_title_ends"):
        return False
    for k in range(t.te, min(len(toks), t.te + 6)):
        if not toks[k].is_word:
            return False
        if any(m.kind == "person" and m.role != "coref" for m in ctx.ments.starting(k)):
            return True
    return False
