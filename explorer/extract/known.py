"""Knowledge-base names in the text (the gazetteer), and capitals that stand for their state."""

from __future__ import annotations

from bisect import bisect_right

from explorer.extract import gazetteer
from explorer.extract.context import ACTOR_KINDS, Context, Ment, stable_id
from explorer.extract.organizations import _part_names
from explorer.kb import norm_alias, parse_kb_date
from explorer.text.tokens import strip_article


def find_gazetteer(ctx: Context) -> None:
    outer = -1  # end of the last agreement name: parties inside it are part of its phrase
    starts, entities, text = ctx.tok_starts, ctx.kb.entities, ctx.text
    known, add = ctx.entities.info, ctx.add  # (the calls ctx.register and ctx.add make, without one per name)
    for h in gazetteer.find(ctx.norm, text, ctx.kb):
        ts = max(0, bisect_right(starts, h.nstart) - 1)  # ctx.token_at, without a call per name
        te = max(0, bisect_right(starts, h.nend - 1) - 1) + 1
        s = h.surfaces[0]
        eid = s.entity_id
        e = entities[eid]
        if e.kind == "agreement" and _not_yet_signed(ctx, e):
            _place_inside(ctx, e, ts, te)  # («اتفاق الدوحة» in 2009: its place is still Doha)
            continue  # "a six-point peace plan" in 2008 is not Annan's plan of 2012
        if eid not in known:
            ctx.register(eid)
        media = bool(e.record.get("media"))
        add(Ment(h.start, h.end, ts, te, eid, e.kind, s.role, text[h.start : h.end], ts < outer, media=media))
        if e.kind == "agreement":
            outer = max(outer, te)
    _patronymics(ctx)
    _diacritic_homographs(ctx)
    _national_homonyms(ctx)
    _ethnic_demonyms(ctx)
    _phrase_homonyms(ctx)
    _regions_of_aliases(ctx)
    _short_state_names(ctx)
    _group_adjectives_ar(ctx)
    resolve_capitals(ctx)
    _local_aliases(ctx)
    _other_states_bodies(ctx)


def _other_states_bodies(ctx: Context) -> None:
    """ "Pakistani Foreign Office", "Kenya's Foreign Office": a state's body known by a name that names no state
    ("Foreign Office" is Britain's) right after another state's demonym or "'s" is that other state's body, not
    the known one (English; the name is left to be found as a body of its own)."""
    if ctx.lang == "ar":
        return
    generic = ctx.lex.any_of("portfolio_words", "ministry_nouns", "office_nouns")  # ("Foreign Office", no name)
    parts = _part_names(ctx)
    for m in [m for m in ctx.ments if m.kind == "organization" and m.ts > 0]:
        own = ctx.kb.get(m.entity)
        state = own.record.get("state") if own is not None else None
        other = _state_before(ctx, m)
        words = {w.lower() for w in ctx.texts[m.ts : m.te]} - {"of", "the", "and", "for"}
        if not (state and other is not None and other.entity != state and words <= generic):
            continue
        theirs = {eid for eid, st in parts.get(tuple(ctx.texts[m.ts : m.te]), ()) if st == other.entity}
        if len(theirs) == 1:  # ("Pakistan's Foreign Office", a name the knowledge base knows it by)
            m.entity = next(iter(theirs))
            ctx.register(m.entity)
        else:
            ctx.unname(m)


def _states_of(rec: dict) -> list[str]:
    """The states a known place, body, person or agreement belongs to: its state, a person's nationality and
    offices, an agreement's parties."""
    out = [rec.get("state"), rec.get("nationality"), *(rec.get("parties") or ())]
    return [str(s) for s in out if s] + [str(r.get("of")) for r in rec.get("roles") or () if r.get("of")]


def _local_aliases(ctx: Context) -> None:
    """«المعارضة المسلحة», «الفصائل المعارضة»: a body's `local_aliases` name it only in an article that names its
    `home` state (or a place of it); elsewhere (an article on Chad or Sudan) the words are that conflict's own
    camp, a body of its own named by them."""
    local = [m for m in ctx.ments if m.role == "local"]
    if not local:
        return
    named = {m.entity for m in ctx.ments if m.role != "local"}
    their_states = {s for e in map(ctx.kb.get, named) if e is not None for s in _states_of(e.record)}
    for m in local:
        home = ctx.kb.get(m.entity).record.get("home")
        homes = {home} if isinstance(home, str) else set(home or ())  # (Palestine's factions: Israel or Palestine)
        if not homes or not homes.isdisjoint(named) or not homes.isdisjoint(their_states):
            m.role = "name"
            continue
        if m.te < len(ctx.toks) and ctx.texts[m.te][:1] == "ل":
            m.role = "name"  # «الجبهة الشعبية للإنقاذ»: a complement after it (organizations._unshorten_ar)
            continue
        if _bare_ministry_words(ctx, m):
            if _state_before(ctx, m) is not None:
                m.role = "name"  # "Pakistani Foreign Office": that state's, found by _other_states_bodies
            else:  # "the Foreign Office" of an article on Pakistan: the ministry of the state it is about
                ctx.ments.remove(m)  # (armies.find_foreign_ministries)
                ctx.covered[m.ts : m.te] = b"\x00" * (m.te - m.ts)
            continue
        eid = stable_id(m.kind, " ".join(ctx.texts[m.ts : m.te]))
        ctx.entities.add(eid, m.text, m.kind, m.text if ctx.lang == "ar" else None, [], known=False)
        m.entity, m.role = eid, "discovered"
    ctx.ments.reindex()


def _state_before(ctx: Context, m: Ment) -> Ment | None:
    """The state named right before a mention, by its demonym or with "'s" ("Pakistani Foreign Office",
    "Kenya's Foreign Office")."""
    k = m.ts - (m.ts > 0 and ctx.texts[m.ts - 1] in ("'s", "'"))
    return next((x for x in ctx.ments.ending(k) if x.kind == "state"), None)


def _bare_ministry_words(ctx: Context, m: Ment) -> bool:
    """A portfolio word and a ministry noun only ("Foreign Office"): a ministry that names no state."""
    words = ctx.texts[m.ts : m.te]
    return len(words) == 2 and words[0] in ctx.lex.w("bare_ministry_words") and words[1] in ctx.lex.w(
        "bare_ministry_nouns")


def _patronymics(ctx: Context) -> None:
    """ "Sheikh Tamim bin Hamad bin Khalifa Al Thani", «محمد بن زايد بن سلطان آل نهيان»: a known name that starts
    inside another person's name, or right after its «بن»/"bin" (`patronymic_words`), is his father's or
    grandfather's name in his lineage, not a second man: the first name takes the whole span."""
    bins = ctx.lex.w("patronymic_words")
    people = [m for m in ctx.ments if m.kind == "person"]
    changed = False
    for a, b in zip(people, people[1:], strict=False):
        joined = b.ts < a.te or (b.ts == a.te + 1 and ctx.texts[a.te] in bins)
        if not joined or b.ts <= a.ts or a.entity == b.entity or b.te <= a.te:
            continue
        ctx.ments.remove(b)
        a.te, a.end = b.te, b.end
        a.text = ctx.text[a.start : a.end]
        ctx.covered[a.ts : a.te] = b"\x01" * (a.te - a.ts)
        changed = True
    if changed:
        ctx.ments.reindex()


def _place_inside(ctx: Context, e, ts: int, te: int) -> None:
    """The place of a known agreement whose name was not yet its name («اتفاق الدوحة» in an article of 2009 is not
    the deal of 2020): the word of the name that names the place where it was signed is still that place, so the
    noun can go to an agreement signed there before (agreements._last_at_place)."""
    place = ctx.kb.get(e.record.get("place") or "")
    if place is None:
        return
    names = {norm_alias(n) for n in place.all_names}
    names |= {strip_article(n) for n in names} | {n.lower() for n in place.all_names}
    role = "capital" if place.id in ctx.kb.capital_of else "name"
    for k in range(ts, te):  # ("the Doha agreement", «اتفاق الدوحة»)
        t = ctx.toks[k]
        if ctx.free(k, k + 1) and not names.isdisjoint(t.forms):
            s_, e_ = ctx.orig(k, k + 1)
            ctx.register(place.id)
            ctx.add(Ment(s_, e_, k, k + 1, place.id, "place", role, ctx.text[s_:e_]))
            return


def _not_yet_signed(ctx: Context, e) -> bool:
    """A known agreement the knowledge base dates more than a year after the article: a name that was not yet
    its name (a generic alias such as "six-point plan" meets an older plan of the same shape)."""
    if ctx.on is None or not e.record.get("date"):
        return False
    if "_date" not in e.record:
        e.record["_date"] = parse_kb_date(e.record["date"])
    signed = e.record["_date"]
    return signed is not None and (signed - ctx.on).days > 365


# Names that normalization makes one word, told apart by the diacritics the writer kept: «عمّان» is Amman
# (the shadda), «عُمان» is Oman (the damma). Without diacritics the gazetteer's reading stands.
_HOMOGRAPHS = {"\u0651": ("place:capital-jor", "place", "capital"), "\u064f": ("state:omn", "state", "name")}


def _diacritic_homographs(ctx: Context) -> None:
    changed = False
    for m in ctx.ments:
        if m.entity not in ("state:omn", "place:capital-jor"):
            continue
        mark = next((c for c in _HOMOGRAPHS if c in ctx.text[m.start : m.end]), None)
        if mark is None or _HOMOGRAPHS[mark][0] == m.entity or _HOMOGRAPHS[mark][0] not in ctx.kb.entities:
            continue
        m.entity, m.kind, m.role = _HOMOGRAPHS[mark]
        ctx.register(m.entity)
        changed = True
    if changed:
        ctx.ments.reindex()


def _regions_of_aliases(ctx: Context) -> None:
    """ "South America", "Latin America": a state's short alias after a compass word (`region_prefixes`) names a
    region, not the state ("South Africa", "North Korea" are names of their own, found whole)."""
    prefixes = ctx.lex.w("region_prefixes")
    if not prefixes:
        return
    for m in [m for m in ctx.ments if m.kind == "state" and m.role == "name" and m.ts > 0]:
        if ctx.toks[m.ts - 1].text in prefixes and ctx.capitalized(m.ts - 1):
            e = ctx.kb.get(m.entity)
            if e is not None and m.text != e.name:
                ctx.unname(m)


def _phrase_homonyms(ctx: Context) -> None:
    """A body whose name is also a plain phrase (`phrase_homonym_bodies`: «روسيا اليوم», RT, is "Russia today")
    is the body only where the text marks it as a name, in quotes or after a media noun (`media_heads`);
    elsewhere the first word is its state («أعلنت روسيا اليوم الثلاثاء»: Russia announced, today)."""
    bodies = ctx.lex.w("phrase_homonym_bodies")
    changed = False
    for m in [m for m in ctx.ments if m.entity in bodies and m.te - m.ts > 1]:
        before = ctx.text[max(0, m.start - 2) : m.start]
        heads = ctx.lex.media_heads
        if any(q in before for q in '"«“') or ctx.texts[m.ts] in heads or (m.ts > 0 and ctx.texts[m.ts - 1] in heads):
            continue  # («قناة روسيا اليوم»: the alias with its media noun)
        state = ctx.kb.entities[m.entity].record.get("state")
        if not state:
            continue
        s_, e_ = ctx.orig(m.ts, m.ts + 1)
        m.entity, m.kind, m.role, m.te, m.end = state, "state", "name", m.ts + 1, e_
        m.text, m.media = ctx.text[s_:e_], False
        ctx.register(state)
        changed = True
    if changed:
        ctx.ments.reindex()


def _national_homonyms(ctx: Context) -> None:
    """ "the national security council", «مجلس الأمن القومي»: a state's own council, not the UN's, whose name
    the gazetteer found inside it (the bodies in `national_homonym_bodies`, the words in `national_words`)."""
    bodies, words = ctx.lex.w("national_homonym_bodies"), ctx.lex.w("national_words")
    texts, n = ctx.texts, len(ctx.texts)
    for m in [m for m in ctx.ments if m.entity in bodies]:
        k = m.te if ctx.lang == "ar" else m.ts - 1
        if not 0 <= k < n or texts[k] not in words:
            continue
        if ctx.lang == "ar" or ctx.text[ctx.orig(k, k + 1)[0]].islower():  # ("National Security Council": a name
            ctx.unname(m)  # the organizations step finds with its state)


def _ethnic_demonyms(ctx: Context) -> None:
    """ "ethnic Armenian authorities", "ethnic Albanians": a demonym after `ethnic_words` names a people, not the state
    (the Karabakh Armenians' authorities are not Armenia's government)."""
    words = ctx.lex.w("ethnic_words")
    for m in [m for m in ctx.ments if m.kind == "state" and m.role == "demonym" and m.ts > 0] if words else ():
        if ctx.texts[m.ts - 1] in words:
            ctx.unname(m)


_SHORT: dict[int, tuple[dict[str, str], dict[str, frozenset[str]]]] = {}


def _short_names(kb) -> tuple[dict[str, str], dict[str, frozenset[str]]]:
    """The states' one-word short names ("Congo") by normalized word, and the words that rule each state out
    (built once per knowledge base)."""
    if id(kb) not in _SHORT:
        from explorer.text.normalize import normalize

        names: dict[str, str] = {}
        unless: dict[str, frozenset[str]] = {}
        for e in kb.entities.values():
            if e.kind == "state" and e.record.get("short_names"):
                for n in e.record["short_names"]:
                    names[normalize(n).text.strip()] = e.id
                unless[e.id] = frozenset(normalize(w).text.strip() for w in e.record.get("short_names_unless") or ())
        _SHORT.clear()
        _SHORT[id(kb)] = (names, unless)
    return _SHORT[id(kb)]


def _short_state_names(ctx: Context) -> None:
    """ "Congo and Rwanda signed …", «الكونغو»: a state's short name, unless the article points to the other
    state it could name."""
    names, unless = _short_names(ctx.kb)
    found = ctx.where(names.keys(), forms=ctx.lang == "ar") if names else []
    added = False
    for k in found:
        t = ctx.toks[k]
        eid = names.get(t.text) or next((names[f] for f in t.forms if f in names), None)
        if eid is None or ctx.covered[k] or ctx.where(unless.get(eid, frozenset()), forms=True):
            continue
        s, e = ctx.orig(k, k + 1)
        ctx.register(eid)
        ctx.add(Ment(s, e, k, k + 1, eid, "state", "name", ctx.text[s:e]))
        added = True
    if added:
        ctx.ments.sort_by_start()


_ADJECTIVES: dict[int, dict[str, str]] = {}


def _masculine_adjectives(kb) -> dict[str, str]:
    """The masculine nisba of every body whose one-word Arabic alias is its feminine one («الحوثية» → «الحوثي»), by
    normalized word (built once per knowledge base)."""
    if id(kb) not in _ADJECTIVES:
        from explorer.text.normalize import normalize

        out: dict[str, str] = {}
        for e in kb.entities.values():
            if e.kind in ("organization", "armed_group"):
                for a in e.record.get("aliases_ar") or ():
                    if " " not in a and a.startswith("ال") and a.endswith("ية"):
                        out.setdefault(normalize(a[:-1]).text.strip(), e.id)
        _ADJECTIVES.clear()
        _ADJECTIVES[id(kb)] = out
    return _ADJECTIVES[id(kb)]


def _group_adjectives_ar(ctx: Context) -> None:
    """«الوفد الحوثي», «القيادي الحوثي», «القصف الحوثي»: a body's masculine nisba (no alias of its own, since alone
    it is a surname: «عبد الملك الحوثي») right after one of the definite `group_adjective_heads` names the body."""
    if ctx.lang != "ar":
        return
    forms = _masculine_adjectives(ctx.kb)
    _adjectives_after(ctx, forms, ctx.lex.w("group_adjective_heads"))
    _homograph_demonyms_ar(ctx)


def _homograph_demonyms_ar(ctx: Context) -> None:
    """«وزارة الخارجية المالية», «الجيش المالي», «نظيره المالي»: the nisba of a state whose name is also a common
    adjective (`homograph_demonym_states`: «مالي» is "financial" too, «المالية» finance) names the state after
    one of `homograph_demonym_heads` only; elsewhere («الدعم المالي») the article form names nothing."""
    forms: dict[str, str] = {}
    for eid in ctx.lex.w("homograph_demonym_states"):
        e = ctx.kb.get(eid)
        if e is not None and e.name_ar:
            forms.update(dict.fromkeys((f"ال{e.name_ar}", f"ال{e.name_ar}ه"), eid))
    if not forms:
        return
    for m in [m for m in ctx.ments if m.te == m.ts + 1 and ctx.texts[m.ts] in forms and m.kind == "state"]:
        ctx.unname(m)  # (the gazetteer reads «المالي» as the name with its article)
    _adjectives_after(ctx, forms, ctx.lex.w("homograph_demonym_heads"))


def _adjectives_after(ctx: Context, forms: dict[str, str], heads) -> None:
    """Mentions of `forms` (normalized word → entity) right after a definite word whose bare form is in `heads`."""
    added = False
    for k in ctx.where(forms.keys()) if forms and heads else ():
        prev = ctx.toks[k - 1] if k else None
        if prev is None or ctx.covered[k] or ctx.covered[k - 1] or not prev.is_word or "ال" not in prev.text[:4]:
            continue
        if prev.forms[-1] not in heads:
            continue
        eid = forms[ctx.toks[k].text]
        s, e = ctx.orig(k, k + 1)
        ctx.register(eid)
        kind = ctx.kb.entities[eid].kind
        ctx.add(Ment(s, e, k, k + 1, eid, kind, "demonym" if kind == "state" else "name", ctx.text[s:e]))
        added = True
    if added:
        ctx.ments.sort_by_start()


def resolve_capitals(ctx: Context) -> None:
    """A capital is the state when it acts («أعلنت موسكو», "Washington and Moscow agreed", "Moscow's
    position", "Washington, Cairo and Riyadh have pushed for …") and a place otherwise («زيارته لموسكو»,
    "talks in Geneva", "visited Cairo, Riyadh and Doha", a dateline). A list of capitals and states is decided
    as one: where its first name stands and what its names do."""
    changed = False
    for group in _capital_lists(ctx):
        if not _group_acts(ctx, group):
            continue
        for m in group:
            state = ctx.kb.capital_of.get(m.entity) if m.role == "capital" else None
            if state is not None:
                m.entity, m.kind = _capital_actor(ctx, m.entity, state)
                ctx.register(m.entity)
                changed = True
    if changed:
        ctx.ments.reindex()  # capitals that act became their states


def _capital_actor(ctx: Context, capital: str, state: str) -> tuple[str, str]:
    """Who a capital that acts stands for: its state, or the one the knowledge base says held it on the article's
    date (`capital_held_by`: in 2023 "Sanaa's negotiators" are the Houthis)."""
    on = ctx.on.isoformat() if ctx.on else None
    for holder, start, end in ctx.kb.capital_holders.get(capital, ()):
        if on is not None and start <= on and (end is None or on <= end):
            return holder, ctx.kb.entities[holder].kind
    return state, "state"


def _capital_lists(ctx: Context) -> list[list[Ment]]:
    """Runs of capitals and states joined by "and", commas or «و», each with at least one capital."""
    toks, out = ctx.toks, []
    cands = [m for m in ctx.ments if m.kind == "state" or m.role == "capital"]
    if not any(m.role == "capital" for m in cands):
        return out
    cur: list[Ment] = []
    for m in cands:
        if cur and _joined(ctx, cur[-1], m, toks):
            cur.append(m)
            continue
        if any(x.role == "capital" for x in cur):
            out.append(cur)
        cur = [m]
    if any(x.role == "capital" for x in cur):
        out.append(cur)
    return out


def _joined(ctx: Context, a: Ment, b: Ment, toks) -> bool:
    if b.ts - a.te > 2:
        return False
    between = [t.text for t in toks[a.te : b.ts]]
    if ctx.lang == "ar" and not between and toks[b.ts].text.startswith("و"):
        return True
    return between in (["and"], ["و"], [","], ["،"], [",", "and"])


def _group_acts(ctx: Context, group: list[Ment]) -> bool:
    toks, lex = ctx.toks, ctx.lex
    first = group[0]
    prev = toks[first.ts - 1] if first.ts > 0 else None
    nxt = toks[first.te] if first.te < len(toks) else None
    located = prev is not None and (
        prev.text in lex.location_prepositions or any(f in lex.location_prepositions for f in prev.forms[:1])
    )
    located = located and not (nxt is not None and nxt.text in ("'s", "'"))  # "linked to Washington's support"
    located = located and not (ctx.lang == "ar" and _passive_agent(ctx, first, prev))  # «المدعومة من طهران»
    clitic = toks[first.ts].text[:1] in "بل" and first.text[:1] != toks[first.ts].text[:1]  # («بكين»: no «بـ»)
    if ctx.lang == "ar" and clitic and len(toks[first.ts].forms) > 1:
        located = True  # بموسكو، لموسكو
    sides = prev is not None and prev.text in lex.w("between") and (len(group) > 1 or _side_after(ctx, first))
    if sides:
        located = False  # "talks between Washington and Tehran", "between Washington and the Taliban": two sides
    dateline = first.ts == 0 and (
        first.text.isupper()
        or (nxt is not None and nxt.text in ("(", "-", ",", ":", '"'))
        or ctx.text[first.end : first.end + 3].strip().startswith(("ـ", "-", "–", "—"))  # «بكين ــ»: tatweel
    )
    dateline = dateline and not _relative_after(ctx, first)  # "Washington, which backs …, said": no dateline
    dateline = dateline and not _and_listed(ctx, group)  # "Amman, Moscow and Washington agreed": a list
    if located or dateline or (prev is not None and prev.text in ("العاصمه",)) or _place_object(ctx, first):
        return False
    if len(group) > 1 or sides:
        return True  # "Washington and Moscow", «موسكو وأنقرة», "Russia and Ankara"
    return _acts(ctx, first, prev, nxt)


def _and_listed(ctx: Context, group: list[Ment]) -> bool:
    """The group's names are a list closed by "and" ("Amman, Moscow and Washington"), not a dateline's city and
    country ("GENEVA, Switzerland")."""
    return any(m.ts > 0 and ctx.texts[m.ts - 1] in ctx.lex.w("and") for m in group[1:])


_SIDE_KINDS = frozenset({"armed_group", "organization", "person"})


def _side_after(ctx: Context, m: Ment) -> bool:
    """An actor of another kind joined right after the capital ("between Washington and the Taliban", «بين واشنطن
    وحركة طالبان»): the capital is the other side, not a place. (The mentions are not indexed yet: a scan, only
    for a capital after 'between'.)"""
    for k in range(m.te, min(len(ctx.toks), m.te + 3)):
        between = [t.text for t in ctx.toks[m.te : k] if t.text != "the"]
        glued = ctx.lang == "ar" and not between and ctx.toks[k].text.startswith("و")
        if (glued or between == ["and"]) and any(x.ts == k and x.kind in _SIDE_KINDS for x in ctx.ments):
            return True
    return False


def _place_object(ctx: Context, m: Ment) -> bool:
    """ "visited Cairo, Riyadh and Doha", «زار حميدتي كمبالا»: the object of a verb of travel is where (in Arabic
    past the subject right after the verb)."""
    k, at = m.ts - 1, m.ts
    subj = ctx.ending_at(m.ts) if ctx.lang == "ar" else None
    if subj is not None and subj.kind == "person" and subj.ts > 0:
        k, at = subj.ts - 1, subj.ts
    if k < 0 or not ctx.toks[k].is_word:
        return False
    for j in range(k, max(k - 3, -1), -1):
        hit = ctx.lex.triggers.match_at(ctx.toks, j)
        if hit and hit[1] == at:
            return hit[0].label == "visits"
    return _visited_including(ctx, at)


def _visited_including(ctx: Context, at: int) -> bool:
    """ "toured several African capitals, including Kampala …", «زار عواصم أفريقية عدة بينها كمبالا …»: places
    after `including_words` that close the object of a verb of travel a few words before."""
    k = at - 1 - (at > 1 and ctx.texts[at - 1] in (",", "،"))
    if k < 0 or ctx.texts[k] not in ctx.lex.w("including_words"):
        return False
    for j in range(k - 1, max(k - 6, -1), -1):
        hit = ctx.lex.triggers.match_at(ctx.toks, j)
        subj = ctx.starting_at(hit[1], ("person",)) if hit and ctx.lang == "ar" else None  # «زار حميدتي عواصم …»
        if hit and hit[0].label == "visits" and ctx.free(subj.te if subj else hit[1], k):
            return True
    return False


def _acts(ctx: Context, m: Ment, prev, nxt) -> bool:
    """ "Moscow's position", "Moscow said", «أعلنت موسكو»: the capital is the subject or owner."""
    toks, lex = ctx.toks, ctx.lex
    if _place_predicate(ctx, m.te):
        return False  # "Tripoli was calm", «طرابلس هادئة»: the city
    acting = nxt is not None and nxt.text in ("'s", "'")
    at = m.te
    if ctx.lang != "ar" and nxt is not None and nxt.text in lex.w("subject_adverbs") and at + 1 < len(toks):
        at += 1  # "Tehran again refused …": the verb after the adverb
        nxt = toks[at]
    if nxt is not None and nxt.is_word:
        hit = lex.triggers.match_at(toks, at)
        if hit and not hit[0].nominal:
            acting = True
        if ctx.lang != "ar" and nxt.text in ("has", "have", "is", "was", "will", "would", "had", "says", "said"):
            acting = True
        if ctx.lang != "ar" and nxt.text in lex.w("acting_verbs"):
            acting = True  # "Washington imposed sanctions on …": a verb whose noun is the relation
        if ctx.lang != "ar" and len(nxt.text) > 4 and nxt.text.islower() and nxt.text.endswith("ed"):
            acting = True  # "Last year Riyadh restored ties with Tehran", "Rabat normalised relations": its verb
    acting = acting or _relative_after(ctx, m) or _reported_subject(ctx, m, prev) or _compound_agent(ctx, m)
    acting = acting or _passive_agent(ctx, m, prev) or _government_of(ctx, prev, nxt)
    if ctx.lang != "ar" and prev is not None and prev.text in lex.w("with"):
        acting = True  # "refused contact with Washington": a partner is the state
    acting = acting or _ties_with(ctx, m, prev)
    if ctx.lang == "ar" and prev is not None and prev.is_word:
        hit = lex.triggers.match_at(toks, m.ts - 1)
        if hit and not hit[0].nominal and hit[1] == m.ts or prev.text in lex.w("acting_verbs"):
            acting = True  # «أعلنت موسكو», «وفرضت واشنطن عقوبات على …»
        acting = acting or _clause_verb_before(ctx, m.ts - 1)
    return acting or _stance_object(ctx, m)


def _ties_with(ctx: Context, m: Ment, prev) -> bool:
    """Arabic «تطبيع العلاقات مع أنقرة», «جولة المفاوضات المقبلة مع موسكو», «رفض التفاوض إلا مع القاهرة»: a capital
    after «مع» whose noun is ties, a dispute or talks (`with_topic_nouns`, `result_talks_nouns`, up to two words
    between) or a verb of negotiating is the state across them («يعمل مع موسكو», «يتعاون مع أنقرة» stay places)."""
    if ctx.lang != "ar" or prev is None or prev.text not in ctx.lex.w("with"):
        return False
    nouns = ctx.lex.any_of("with_topic_nouns", "result_talks_nouns")
    for k in range(m.ts - 2, max(-1, m.ts - 5), -1):
        tok = ctx.toks[k]
        if not tok.is_word:
            return False
        if tok.text in nouns or not nouns.isdisjoint(tok.forms):
            return True
        hit = ctx.lex.triggers.match_at(ctx.toks, k)
        if hit and hit[0].label == "negotiates_with":
            return True
    return False


def _government_of(ctx: Context, prev, nxt) -> bool:
    """«حكومة أديس أبابا», "the Kinshasa government": a capital that names a government (`capital_government_nouns`
    right before it in Arabic, right after it in English) is the state that government is."""
    words = ctx.lex.w("capital_government_nouns")
    tok = prev if ctx.lang == "ar" else nxt
    return tok is not None and tok.text in words


def _passive_agent(ctx: Context, m: Ment, prev) -> bool:
    """ "the Syrian regime, which is backed by Moscow", "a truce brokered by Ankara": a capital after "by" and a
    participle of backing or brokering (`backed_participles`, `broker_participles`) is the state that does it.
    Arabic: «الميليشيات المدعومة من طهران», «مدعومة من قبل موسكو»: a capital after «من» (or «من قبل») and a
    participle of backing (`adjective_participles`)."""
    k = m.ts
    if ctx.lang == "ar" and prev is not None and k >= 2:
        j = k - 2 if prev.text == "من" else k - 3 if prev.text == "قبل" and ctx.texts[k - 2] == "من" else -1
        return j >= 0 and not ctx.lex.w("adjective_participles").isdisjoint(ctx.toks[j].forms)
    if ctx.lang == "ar" or prev is None or prev.text != "by" or k < 2:
        return False
    return ctx.texts[k - 2] in ctx.lex.any_of("backed_participles", "broker_participles")


def _compound_agent(ctx: Context, m: Ment) -> bool:
    """ "the Tehran-backed Houthis", "Moscow-backed separatists", "a Moscow-brokered truce": a capital before a
    participle of backing or brokering (`backed_participles`, `broker_participles`) is the state that backs or
    brokers ("a Moscow-based analyst" stays the city)."""
    k = m.te
    if ctx.lang == "ar" or k + 1 >= len(ctx.toks) or ctx.texts[k] != "-":
        return False
    return ctx.texts[k + 1] in ctx.lex.any_of("backed_participles", "broker_participles")


def _reported_subject(ctx: Context, m: Ment, prev) -> bool:
    """ "Blinken said Washington remained committed", "said that Moscow remained open", «قال إن واشنطن ما زالت
    ملتزمة», «أكد أن الدوحة مستمرة»: a capital right after a complementizer, or right after a verb of saying,
    opens the reported clause as its subject (a place would follow a preposition: "said in Moscow")."""
    if prev is None or not prev.is_word:
        return False
    if prev.text in ctx.lex.complementizers:
        return True
    if ctx.lang == "ar":
        return False
    hit = ctx.lex.triggers.match_at(ctx.toks, m.ts - 1)
    return bool(hit) and hit[1] == m.ts and not hit[0].nominal and hit[0].label == "states"


def _place_predicate(ctx: Context, k: int) -> bool:
    """ "Tripoli was calm", "said Kyiv was hit overnight", «قال إن طرابلس هادئة», «أن الخرطوم شهدت اشتباكات»:
    what the clause says of the capital is said of the city (`place_predicates`, past a copula)."""
    words, toks = ctx.lex.w("place_predicates"), ctx.toks
    if k < len(toks) and toks[k].text in words:
        return True
    if k + 1 >= len(toks) or toks[k].text not in ctx.lex.any_of("be_forms", "place_copulas"):
        return False
    return toks[k + 1].text in words or toks[k + 1].text in ctx.lex.w("place_participles")


def _clause_verb_before(ctx: Context, k: int) -> bool:
    """«وبموجب الاتفاق، تخفض واشنطن عدد قواتها», «وردّت طهران»: a verb opening its clause right before a capital,
    feminine as a city's verb is (a «ت» before its root, or after it in the past), has the capital as subject."""
    if k < 0 or not (k == 0 or ctx.toks[k - 1].text in (",", "،", "؛", ".") or ctx.toks[k - 1].is_word is False):
        return False
    tok = ctx.toks[k]
    if not tok.is_word or ctx.covered[k] or tok.text.startswith("ال"):
        return False
    return any(len(f) >= 4 and (f.startswith("ت") or f.endswith("ت")) for f in tok.forms)


def _relative_after(ctx: Context, m: Ment) -> bool:
    """ "Washington, which backs Baghdad, said …": a relative clause whose verb is a relation makes the capital
    an actor (English; Arabic relatives follow the state's noun, not a capital)."""
    toks, k = ctx.toks, m.te
    if ctx.lang == "ar" or k + 2 >= len(toks) or toks[k].text != ",":
        return False
    if toks[k + 1].text not in ctx.lex.w("relative_who"):
        return False
    j = k + 2
    while j + 1 < len(toks) and toks[j].text in ctx.lex.w("auxiliaries"):
        j += 1  # "Washington, which has backed Baghdad"
    hit = ctx.lex.triggers.match_at(toks, j)  # ("which supports": a noun-or-verb word in its verb form)
    return bool(hit) and (not hit[0].nominal or toks[j].text.endswith(("s", "ed")))


_STANCE_OBJECT_TYPES = frozenset({"opposes", "supports"})  # "condemned Moscow", "backs both Baghdad and …"


def _stance_verb_before_ar(ctx: Context, subj: Ment) -> bool:
    """«واتهم المتحدث باسم الجيش أحمد المسماري أنقرة», «واتهمت الخارجية الروسية واشنطن»: the verb opening the
    clause, past the subject and the title or body words before it (no punctuation, a few words), is a verb of
    stance: the capital right after the subject is its object, the state. (Titles and bodies are not found yet
    when capitals are decided: the words are walked over, not read.)"""
    toks = ctx.toks
    for k in range(subj.ts - 1, max(subj.ts - 8, -1), -1):
        if not toks[k].is_word:
            return False
        hit = ctx.lex.triggers.match_at(toks, k)
        if hit and not hit[0].nominal:
            return hit[0].label in _STANCE_OBJECT_TYPES and (hit[1] == subj.ts or k == 0 or not toks[k - 1].is_word
                                                               or toks[k].text.startswith(("و", "ف")))
    return False


def _stance_object(ctx: Context, m: Ment) -> bool:
    """ "Tehran accused Washington of …", "Ankara condemned Moscow": the object of a stance verb is the state
    too (not of a verb of place: "visited Moscow", "struck Kyiv", "left Vienna" stay the city)."""
    toks = ctx.toks
    if ctx.lang == "ar":  # «واتهمت طهران واشنطن»: verb, subject, object
        subj = ctx.ending_at(m.ts)
        if subj is None or subj.kind not in ACTOR_KINDS or subj.ts == 0 or not toks[subj.ts - 1].is_word:
            return False
        if not ctx.lex.w("blame_verbs").isdisjoint(toks[subj.ts - 1].forms):
            return True  # «وحمّلت كييف موسكو مسؤولية …»: held the other state responsible
        return _stance_verb_before_ar(ctx, subj)
    link = m.ts >= 2 and toks[m.ts - 1].text in ctx.lex.w("stance_noun_links")  # "a boycott of Damascus"
    for k in range(m.ts - 1 - link, max(m.ts - 4 - link, -1), -1):
        if not toks[k].is_word:
            return False
        hit = ctx.lex.triggers.match_at(toks, k)
        if link and hit and hit[1] == m.ts - 1:
            return hit[0].label == "opposes"  # "its boycott of Damascus", "criticism of Moscow": the state opposed
        if hit and hit[1] == m.ts - (toks[m.ts - 1].text in ctx.lex.w("both_words")):  # ("backs both Baghdad")
            praised = toks[k].text in ctx.lex.w("praise_verbs")  # "congratulated Baku on its gains"
            left = toks[k].text in ctx.lex.w("withdraw_verbs")  # "The delegations left Vienna": a place left
            return not hit[0].nominal and not left and (hit[0].label in _STANCE_OBJECT_TYPES or praised)
    return False
