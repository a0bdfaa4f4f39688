"""Title phrases («وزير الخارجية الروسي», "Syria's UN ambassador") and the person each introduces."""

from __future__ import annotations

from functools import lru_cache

from explorer.extract.context import Context, Ment, TitleNP, _nset, stable_id
from explorer.extract.coreference import _DEFINITE_AR, _ENDS, _name_words, sentence_start
from explorer.extract.lexicon import Phrase, first_words
from explorer.extract.names import _EN_NAME_PARTICLES, _add_person, _discover_ar_name, _discover_en_name, given_names
from explorer.extract.syntax import affiliate_after, group_with_left, list_next

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


_OPENING_QUOTES = frozenset({'"', "«", "“", "'"})

_TITLE_SKIP_AR = _nset(
    {
        "الجديد",
        "الجديده",
        "السابق",
        "سابقا",  # «نائب رئيس الوزراء السوري سابقا قدري جميل»
        "الاسبق",
        "الخاص",
        "الخاصه",
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
        "المخلوع",
        "الراحل",  # «الرئيس العراقي الراحل صدام حسين»
        "الراحله",
        "الانتقالي",
        "الانتقاليه",
        "الموقته",
        "الموقت",
        "المتقاعد",
        "البارز",  # «القيادي البارز في حركة حماس»
        "البارزه",
        "الرفيع",
        "الرفيعه",
        "الكبير",
        "المفاوض",  # «عضو وفد حماس المفاوض»
        "الاقليمي",  # «المدير الإقليمي للجنة الدولية للصليب الأحمر»
        "الاقليميه",
        "التنفيذي",  # «المدير التنفيذي لبرنامج الأغذية العالمي»
        "التنفيذيه",
        "تصريف",  # «رئيس حكومة تصريف الأعمال اللبنانية»
        "الاعمال",
        "خاص",
        "دايم",
        "مشترك",
        "المشترك",
        "اول",  # «الفريق أول», «اللواء الركن»: the second word of a rank
        "ركن",
    }
)


_TITLE_PREP_AR = _nset(
    {"في", "لدى", "الى", "باسم", "عن", "ل", "لشوون", "للشوون", "الشوون", "شوون", "المعني", "المكلف", "بشان", "بالشان"}
)


_TITLE_PREP_EN = {"of", "to", "for", "the", "'s", "in", "at"}


def find_titles(ctx: Context) -> None:
    """Title phrases: attach them to the person they introduce, or discover that person."""
    toks = ctx.toks
    _ministries_in_titles(ctx)
    ment_at = {m.ts: m for m in ctx.ments}
    for m in ctx.ments:
        ment_at.setdefault(m.np_start, m)
    nxt = 0  # the first token a title may start at (after the last title and its name)
    for i in _title_starts(ctx):
        if i < nxt or ctx.covered[i]:
            continue
        hit = _head_title_at(ctx, i) or _split_title_en(ctx, i)
        if not hit:
            continue
        phrase, e = hit
        office = phrase.label
        of = _owner_before(ctx, i, office) if ctx.lang != "ar" else []
        j = _title_end(ctx, e, of, ment_at, office)
        of = of or _demonyms_inside(ctx, i, e) or _split_owner(ctx, i, e, phrase)
        prev_person = _ment_ending_at(ctx, i) if i > 0 else None
        other = False
        if (
            ctx.lang == "ar"
            and not _glued_and(toks[i], phrase)
            and not _glued_prep(toks[i], phrase)
            and prev_person
            and prev_person.kind == "person"
            and not _second_definite_title(ctx, i, prev_person, of)
            and not _titles_next_name(ctx, j, ment_at)
            and not (other := _not_his_title(ctx, prev_person, of, office))
        ):
            person: Ment | None = prev_person  # «مايك بومبيو وزير الخارجية الأمريكي»: apposition, no comma
            for x in of:
                x.in_np = True
            ctx.titles.append(TitleNP(i, max(j, e), office, of, person))
            person.office = person.office or office
            nxt = max(e, j)
            continue
        if ctx.lang != "ar" and len(of) == 1 and of[0].te == j and toks[e - 1].text.endswith("s"):
            of = _listed(ctx, of[0], "state")  # "the foreign ministers of Egypt, Jordan and Saudi Arabia, …"
            j = of[-1].te
        person = _holder(ctx, i, j, e, office, ment_at)
        person = None if person is not None and _object_after_title(ctx, e, person, office, of) else person
        if person is not None:
            of = _paired_holders(ctx, (i, max(j, e)), office, of, person)
        elif ctx.lang != "ar" and len(of) == 1 and of[0].te <= i and toks[e - 1].text.endswith("s"):
            of = _states_before(ctx, of[0]) + of  # "the Egyptian and Sudanese foreign ministers held talks"
        second = (
            prev_person is not None and prev_person.kind == "person" and _second_definite_title(ctx, i, prev_person, of)
        )
        glued = ctx.lang == "ar" and (_glued_and(toks[i], phrase) or _glued_prep(toks[i], phrase))
        if person is None and not glued and not second and not (ctx.lang == "ar" and other):
            person = _apposition_person(ctx, i, of)  # «كونتي، ووزير ألمانيا …»: "and" opens the next name
        if person is None and not glued and ctx.lang == "ar" and prev_person is None:
            person = _name_before_title(ctx, i, office)
        ctx.titles.append(TitleNP(i, max(j, e), office, of, person))
        _served_title(ctx, phrase, e, j, of)
        if person is not None:
            for x in of:
                x.in_np = True
            person.office = person.office or office
            if person.ts > i:
                person.np_start = min(person.np_start, i, *(x.ts for x in of))
        nxt = max(e, j)
    _share_coordinated(ctx)
    _distribute_plurals(ctx)
    _of_state_holders(ctx)
    ctx.ments.sort_by_start()


def _not_his_title(ctx: Context, person: Ment, of: list[Ment], office: str | None = None) -> bool:
    """«التقى رئيس مجلس السيادة عبد الفتاح البرهان مبعوث الإيقاد»: a name that has its own title before it and
    whom the knowledge base gives no office in the next title's owner (on the article's date), after a verb that
    takes an object (not a reporting verb), is not described by that title; the title is the verb's object."""
    if ctx.on is None or not of or person.role != "name":
        return False
    k = min(person.ts, person.np_start if person.np_start >= 0 else person.ts) - 1
    while k > 1 and ctx.texts[k] in ctx.lex.w("rank_seconds") and ctx.texts[k - 1] in ctx.lex.w("name_cues"):
        k -= 1  # «الفريق أول»: a rank of two words
    ranked = not ctx.lex.w("military_ranks").isdisjoint(ctx.texts[max(0, k) : k + 2])  # (in his mention or before it)
    if k > 0 and ctx.texts[k] in ctx.lex.any_of("name_cues", "honorifics"):
        k -= 1  # «واستقبل الشيخ تميم بن حمد …»: a courtesy rank between the verb and the name
    verb = ctx.trigger_hits[1].get(k)
    if verb is None or verb[0].nominal or verb[0].label == "states":
        return False  # («وقال الرئيس السوداني عمر البشير رئيس حزب المؤتمر الوطني»: no object, an apposition)
    roles = ctx.kb.roles_of(person.entity, ctx.on)
    if not roles:
        return False
    ids = {x.entity for x in of if not (ranked and _sent_there(ctx, x, office))}
    if any(r.of in ids or r.to in ids for r in roles):
        return False
    if person.office is not None or (ranked and _foreign_states(ctx, roles, ids)):
        return True  # («استقبل الفريق أول عبد الفتاح البرهان المبعوث الأمريكي»: a ranked man's title is his own)
    # «والتقى الشيخ تميم ولي العهد السعودي»: no title of his own, and the title's holder that day is another man
    return office is not None and any(h != person.entity for x in of for h in ctx.kb.holders(office, x.entity, ctx.on))


def _foreign_states(ctx: Context, roles: list, ids: set[str]) -> bool:
    """Every owner is a state the man serves neither directly nor through one of its bodies (on the date)."""
    own = {r.of for r in roles if r.of}
    own |= {e.record.get("state") for r in roles if r.of and (e := ctx.kb.get(r.of)) is not None}
    return bool(ids) and all(x.startswith("state:") and x not in own for x in ids)


def _sent_there(ctx: Context, x: Ment, office: str | None) -> bool:
    """«المبعوث الأمريكي إلى السودان»: the state an envoy or ambassador is sent to is not his owner."""
    prev = ctx.texts[x.np_start - 1] if x.np_start > 0 else ""
    glued = x.kind == "state" and ctx.toks[x.np_start].forms[0][:1] == "ل"
    return office in ("envoy", "ambassador", "un_ambassador") and (prev in ctx.lex.w("sent_to") or glued)


def _served_title(ctx: Context, phrase, e: int, j: int, of: list[Ment]) -> None:
    """«المتحدث باسم الأمين العام للأمم المتحدة ستيفان دوجاريك», «المتحدث باسم الرئيس الروسي …»: the title the
    spokesman serves, inside his own, names its holder too (resolved by roles from the office and its owner)."""
    if ctx.lang != "ar" or not of or not phrase.words or phrase.words[-1] not in ctx.lex.w("serving_words"):
        return
    hit = ctx.lex.titles.match_at(ctx.toks, e)
    if hit and hit[1] <= j and all(x.ts >= hit[1] for x in of):
        ctx.titles.append(TitleNP(e, j, hit[0].label, list(of), None))


def _verb_use(ctx: Context, i: int, e: int) -> bool:
    """ "France and Russia co-chair the group", "Egypt and Qatar head the mechanism": a title word that is the plural
    verb before its object, not a title."""
    verb = ctx.texts[i] in ctx.lex.w("plural_chair_verbs")
    return verb and e == i + 1 and e < len(ctx.toks) and ctx.texts[e] == "the"


def _distribute_plurals(ctx: Context) -> None:
    """English plural titles that introduce a name: each name of the list gets its own state (_distribute)."""
    if ctx.lang == "ar":
        return
    for t in [t for t in ctx.titles if t.person is not None]:
        if any(ctx.texts[x].endswith("s") and ctx.texts[x] != "'s" for x in range(t.ts, min(t.te, t.ts + 3))):
            _distribute(ctx, t)


def _distribute(ctx: Context, t: TitleNP) -> None:
    """English plural titles over a list of names, each with its own state: "Foreign Ministers A (left) of
    Armenia and B of Azerbaijan", "the top diplomats, A of Mali, B of Burkina Faso and Niger's C"; and names
    before the title, "A and B, the leaders of Armenia and Azerbaijan": one state to each name, in order."""
    states = [x for x in t.of if x.kind == "state"]
    if t.person.te <= t.ts:  # the names come before the title
        people = _people_before(ctx, t.person)
        if len(states) >= 2 and len(people) == len(states):
            t.person, t.of = people[0], [states[0]]
            zipped = zip(states[1:], people[1:], strict=True)
            ctx.titles.extend(TitleNP(t.ts, t.te, t.office, [st], p) for st, p in zipped)
        return
    if states and not (len(states) == 1 and states[0].ts >= t.person.te):
        return  # "the foreign ministers of A and B, X and Y": paired when the title was read
    pairs: list[tuple[Ment, Ment]] = []
    m: Ment | None = t.person
    while m is not None and len(pairs) < 8:
        owner = _own_state(ctx, m)
        if owner is None:
            break
        pairs.append((owner, m))
        m = _next_listed_person(ctx, max(m.te, owner.te))
    if len(pairs) >= 2:
        t.of = [pairs[0][0]]
        ctx.titles.extend(TitleNP(t.ts, t.te, t.office, [st], p) for st, p in pairs[1:])
        for st, _p in pairs:
            st.in_np = True


def _of_state_holders(ctx: Context) -> None:
    """ "he, Manouchehr Mottaki of Iran and Celso Amorim of Brazil signed", "talks with Abiy Ahmed of Ethiopia": a
    named person and "of" and a state's name (not its demonym, not its possessive) is a role phrase that names the
    state he serves, title or not (English; a title before the name already owns it: "President X of Y")."""
    if ctx.lang == "ar":
        return
    texts, n = ctx.texts, len(ctx.toks)
    todo = [x for x in ctx.ments if x.kind == "person" and not x.in_np]
    while todo:
        m = todo.pop(0)
        k = m.te
        if k + 2 > n or texts[k] != "of":
            continue
        st = ctx.starting_at(k + 1, ("state",))
        if st is None or st.role not in ("name", "short") or st.te < n and texts[st.te] in ("'s", "'", "-"):
            continue
        nxt = _next_listed_person(ctx, st.te) if st.te < n and texts[st.te] in (",", "and") else None
        if nxt is not None and nxt.role == "discovered" and nxt not in todo:
            todo.insert(0, nxt)  # "A of Mozambique and Kgalema Motlanthe of South Africa": the list goes on
        own = [t for t in ctx.titles if t.person is m]
        if any(t.of for t in own):
            continue
        st.in_np = True
        if own:
            own[0].of.append(st)
            continue
        office = next((r.office for r in ctx.kb.roles_of(m.entity, ctx.on) if r.of == st.entity), "official")
        ctx.titles.append(TitleNP(k, st.te, office, [st], m))


def _own_state(ctx: Context, m: Ment) -> Ment | None:
    """The state right after a listed name ("A of Mali", "A (left) of Armenia") or right before it ("Niger's C")."""
    toks, k = ctx.toks, m.te
    if k < len(toks) and toks[k].text == "(":
        k = next((x + 1 for x in range(k + 1, min(len(toks), k + 5)) if toks[x].text == ")"), k)
    if k + 1 < len(toks) and toks[k].text == "of":
        return ctx.starting_at(k + 1, ("state",))
    if m.ts >= 2 and toks[m.ts - 1].text in ("'s", "'"):
        return next((x for x in ctx.ments.ending(m.ts - 1) if x.kind == "state"), None)
    return None


def _next_listed_person(ctx: Context, k: int) -> Ment | None:
    """After ", " or "and": the next name of the list, or a state's possessive and then the name."""
    toks = ctx.toks
    while k < len(toks) and toks[k].text in (",", "and"):
        k += 1
    st = ctx.starting_at(k, ("state",)) if k < len(toks) else None
    if st is not None and st.te < len(toks) and toks[st.te].text in ("'s", "'"):
        k = st.te + 1
    if k >= len(toks):
        return None
    m = ctx.starting_at(k, ("person",))
    if m is not None or st is not None or ctx.covered[k]:
        return m
    span = _discover_en_name(ctx, k)  # "A of Mozambique and Kgalema Motlanthe of South Africa": a name not known
    if span is None or span[1] - span[0] > 4 or span[1] + 1 >= len(toks) or toks[span[1]].text != "of":
        return None
    return _add_person(ctx, span, None) if ctx.starting_at(span[1] + 1, ("state",)) else None


def _people_before(ctx: Context, last: Ment) -> list[Ment]:
    """ "A and B, the leaders …": the people coordinated up to `last`, in order."""
    out, k = [last], last.ts
    while k >= 2 and ctx.toks[k - 1].text in ("and", ",") and len(out) < 8:
        m = next((x for x in ctx.ments.ending(k - 1) if x.kind == "person"), None)
        if m is None:
            break
        out.insert(0, m)
        k = m.ts
    return out


def _share_coordinated(ctx: Context) -> None:
    """Two titles joined by "and" / «و» with one name: «رئيس مجلس السيادة وقائد الجيش عبد الفتاح البرهان», «مني
    أركو مناوي حاكم إقليم دارفور ورئيس الحركة»: the name the one introduces is the other's holder too."""
    toks = ctx.toks
    for t1, t2 in zip(ctx.titles, ctx.titles[1:], strict=False):
        if t1.person is None and t2.person is None:
            continue
        joined = t2.ts == t1.te and (toks[t2.ts].text[:1] == "و" and len(toks[t2.ts].forms) > 1)
        joined = joined or (t2.ts == t1.te + 1 and toks[t1.te].text == "and")
        if not joined:
            continue
        chain = t1.person is not None and t2.person is not None and t1.person.te <= t1.ts < t2.te <= t2.person.ts
        if t1.person is None or chain:  # «هاجم X، رئيسَ مجلس السيادة وقائدَ الجيش عبد الفتاح البرهان»: the name after
            t1.person = t2.person
            t2.person.np_start = min(t2.person.np_start, t1.ts)
        elif t2.person is None:
            t2.person = t1.person
        else:
            continue
        for x in t1.of + t2.of:
            x.in_np = True


def _name_before_title(ctx: Context, i: int, office: str) -> Ment | None:
    """«وقال أبيبي فانتاهون، المتحدث باسم …»: after a speech verb that opens the clause, words the knowledge base
    does not know, ending right before the title (or its comma), are the name the title describes."""
    toks = ctx.toks
    end = i - 1 if i > 0 and toks[i - 1].text in (",", "،") else i
    for v in range(end - 2, max(-1, end - 6), -1):
        hit = ctx.lex.triggers.match_at(toks, v)
        if hit is None:
            continue
        opens = v == 0 or toks[v - 1].text in (".", "!", "؟", "\n") or not toks[v - 1].is_word
        if hit[0].label != "states" or hit[1] != v + 1 or not opens:
            return None
        k = v + 1  # «وقال الدكتور غازي حمد عضو …»: a courtesy title or rank before the name
        while k < end - 2 and (toks[k].text in ctx.lex.person_cues or toks[k].text in ctx.lex.w("honorifics")):
            k += 1
        unnamed = ctx.lex.w("unnamed_speakers").intersection(toks[k].forms)
        span = _discover_ar_name(ctx, k) if not (ctx.covered[k] or unnamed) else None
        return _add_person(ctx, span, office) if span is not None and span[1] == end else None
    return None


def find_late_owners(ctx: Context) -> None:
    """A body found after the titles inside a title that introduces a name ("the head of the Presidential
    Council, Mohamed al-Menfi") is part of the name's phrase, not the verb's object, and the title's owner when
    the knowledge base knows it."""
    bodies = ("organization", "armed_group")
    added = False
    for t in ctx.titles:
        if t.person is None and t.of and _capacity_holder(ctx, t):
            continue
        if t.person is None and all(_absorbed(ctx, x) for x in t.of):
            added |= _late_holder(ctx, t)  # ("the head of the Kenya National Commission …": its state inside it)
            continue
        if len(t.of) == 1 and _late_organ(ctx, t):
            continue
        if t.of or t.person is None:
            continue
        inside = [m for m in ctx.ments.ending_within(t.ts, t.te) if m.ts > t.ts and m.kind in bodies]
        if not inside and (ctx.texts[t.te - 1] in _TITLE_PREP_AR | _TITLE_PREP_EN or _construct_title_ar(ctx, t)):
            # «X، القيادي في جبهة …», «X، رئيس حركة تحرير …»: the body found after the titles is the title's owner
            inside = [m for m in ctx.ments.starting(t.te) if m.kind in bodies and m.role == "discovered"][:1]
        if not inside and _glued_of(ctx, t.te):  # «العبادي، الذي يشغل منصب القائد العام للقوات المسلحة»
            inside = [m for m in ctx.ments.starting(t.te) if m.kind in bodies][:1]
        before = None if inside or ctx.lang == "ar" else _body_before_title(ctx, t)
        for m in inside[-1:] or [before] * (before is not None):
            m.in_np = True
            # a body the knowledge base lacks: the holder's known roles say more, when it has any
            if ctx.kb.get(m.entity) is not None or not ctx.kb.roles_of(t.person.entity, ctx.on):
                t.of.append(m)
    if added:
        ctx.ments.sort_by_start()


def _construct_title_ar(ctx: Context, t: TitleNP) -> bool:
    """An Arabic title whose last word has no article («رئيس», «قائد», «عضو»): a noun in construct, whose genitive
    right after it is its owner."""
    if ctx.lang != "ar":
        return False
    w = ctx.toks[t.te - 1]
    return not any(w.text.endswith(f) and w.text[: len(w.text) - len(f)].endswith("ال") for f in w.forms)


def _late_organ(ctx: Context, t: TitleNP) -> bool:
    """ "the head of the Taliban's political office in Doha, Mullah X", "X, the head of the Taliban's political
    office": an organ found after the titles right after its parent's possessive that ends the title is the
    title's owner; a title with no name yet introduces the name after it (and the place where the organ sits)."""
    body = next((m for m in ctx.ments.starting(t.te) if m.kind in ("organization", "armed_group")), None)
    if ctx.lang == "ar" or body is None or not _qualifies_body(ctx, t.of[0], body):
        return False
    if t.person is None:
        k = body.te
        where = ctx.starting_at(k + 1, ("place", "state")) if k + 1 < len(ctx.toks) and ctx.texts[k] == "in" else None
        k = where.te if where is not None else k  # "… in Doha, Mullah X"
        ment_at = {m.ts: m for x in (k, k + 1) for m in ctx.ments.starting(x) if m.kind == "person"}
        person = _person_after(ctx, k, k, t.office, ment_at)
        if person is None or any(x.person is person for x in ctx.titles):
            return False
        t.person, t.te = person, k
        person.office = person.office or t.office
        person.np_start = min(person.np_start, t.ts)
    t.of, t.te = [body], max(t.te, body.te)
    body.in_np = True
    return True


def _glued_of(ctx: Context, k: int) -> bool:
    """«للقوات المسلحة» right after a title (Arabic): the genitive «ل» glued to the next word names its owner."""
    return ctx.lang == "ar" and k < len(ctx.toks) and ctx.texts[k][:1] == "ل" and len(ctx.toks[k].forms) > 1


def _capacity_holder(ctx: Context, t: TitleNP) -> bool:
    """ "hosted by President X as the African Union's mediator", "X, in his capacity as chairman of the EAC",
    «X، بصفته وسيط الاتحاد الأفريقي»: a title with an owner and no name after a word of capacity (lexicon
    capacity_words) is held by the person named right before that word (its comma between); English only for a
    body's title ("X spoke as the Russian minister arrived" names someone else)."""
    k = min([t.ts] + [x.np_start for x in t.of if x.ts < t.ts])
    k -= k > 0 and ctx.texts[k - 1] == "the"
    if k < 2 or ctx.texts[k - 1] not in ctx.lex.w("capacity_words"):
        return False
    if ctx.lang != "ar" and t.of[0].kind not in ("organization", "armed_group"):
        return False
    j = k - 1
    if ctx.lang != "ar" and ctx.texts[j - 1] == "capacity":  # ", in his capacity as"
        j = j - 3 if j >= 4 and ctx.texts[j - 3] == "in" else j
    j -= ctx.texts[j - 1] in (",", "،")
    person = ctx.ending_at(j)
    if person is None or person.kind != "person":
        return False
    t.person = person
    for x in t.of:
        x.in_np = True
    return True


def _body_before_title(ctx: Context, t: TitleNP) -> Ment | None:
    """ "National Planning Council chairman Ahmed Zubaidi": a body found after the titles, right before a title
    that introduces a name, is the title's owner (the titles step met only bodies it knew there)."""
    m = ctx.ending_at(t.ts)
    if m is None or m.kind not in ("organization", "armed_group") or ctx.kb.get(m.entity) is not None:
        return None
    return m if t.person is not None and t.person.ts >= t.te else None


def _absorbed(ctx: Context, m: Ment) -> bool:
    """A title's state or body that a body found after the titles took into its name (no longer a mention)."""
    return m not in ctx.ments.starting(m.ts)


def _late_holder(ctx: Context, t: TitleNP) -> bool:
    """«رئيس المجلس الأعلى للتخطيط الوطني أحمد الزبيدي»: a title whose body was found after the titles (its name
    unknown to the knowledge base, the title phrase ending inside it or right before it) introduces the name after
    that body (and its acronym in brackets); the body is the title's owner."""
    # (a known body too when the title phrase took its first word: «رئيس جهاز المخابرات العامة ماجد فرج»)
    body = next((m for m in ctx.ments.ending_within(t.te - 1, t.te + 12) if t.ts < m.ts <= t.te and m.te >= t.te
                 and m.kind in ("organization", "armed_group") and (m.role == "discovered" or m.ts < t.te)),
                None)  # fmt: skip
    if body is None:
        return False
    k, n = body.te, len(ctx.toks)
    if k + 2 < n and ctx.toks[k].text == "(":
        k = next((x + 1 for x in range(k + 1, min(k + 5, n)) if ctx.toks[x].text == ")"), k)
    affiliate = affiliate_after(ctx, k) if k < n else None
    k = affiliate.te if affiliate is not None else k  # «رئيس لجنة شؤون الأسرى التابعة للحوثيين X»
    ment_at = {m.ts: m for m in ctx.ments.starting(k) if m.kind == "person"}
    person = _person_after(ctx, k, k, t.office, ment_at)
    if person is None or any(x.person is person for x in ctx.titles):
        return False
    t.te, t.person, t.of = body.te, person, [body]
    body.in_np = True
    person.office = person.office or t.office
    person.np_start = min(person.np_start, t.ts)
    return True


def find_stacked_titles(ctx: Context) -> None:
    """«قائد الجيش رئيس مجلس السيادة الفريق أول عبد الفتاح البرهان», "the army chief and head of the Sovereignty
    Council, X": a title with no name of its own right before another title (or joined to it by "and") names the
    same person; a title over a bare army noun (no state named) is held in the force the knowledge base gives
    that person on the article's date."""
    titles = sorted(ctx.titles, key=lambda t: t.ts)
    army = ctx.lex.w("army_nouns")
    for a, b in reversed(list(zip(titles, titles[1:], strict=False))):  # (from the name back: «A B C X»)
        if a.person is None and b.person is not None and _listed_titles(ctx, a, b):
            if not a.of or not b.of or a.of[0].entity == b.of[0].entity or _serves(ctx, b.person, a.of[0]):
                a.person = b.person  # "Saudi state minister, cabinet member and national security adviser X"
        elif a.person is None and b.person is not None and _stacked(ctx, a, b, army):
            # (not «استقبل أمير قطر رئيس المكتب السياسي لحماس إسماعيل هنية»: a title with an owner of its own is
            # someone else, the verb's subject, unless the knowledge base has b's holder serve that owner:
            # «ولم يعلق قائد الجيش رئيس مجلس السيادة عبد الفتاح البرهان», "Sudan's army chief and Sovereign
            # Council head X")
            a.person = b.person if not a.of or _serves(ctx, b.person, a.of[0]) else None
    for t in titles:
        if t.person is None or t.of or ctx.on is None:
            continue
        k = next((x for x in range(t.ts, min(t.te + 1, len(ctx.toks))) if not army.isdisjoint(ctx.toks[x].forms)), None)
        if k is None or ctx.covered[k] or _army_modifier(ctx, k):
            continue
        force = next((r.of for r in ctx.kb.roles_of(t.person.entity, ctx.on) if r.office == "commander" and r.of
                      and not r.of.startswith("state:")), None)  # fmt: skip
        e = ctx.kb.get(force) if force else None
        if e is not None:
            s, end = ctx.orig(k, k + 1)
            t.of.append(ctx.add(Ment(s, end, k, k + 1, force, e.kind, "coref", ctx.text[s:end], in_np=True)))
            ctx.register(force)
    ctx.ments.sort_by_start()


def _army_modifier(ctx: Context, k: int) -> bool:
    """ "the deputy head of the military council", "the army committee": the army word names a body of its own."""
    return ctx.lang != "ar" and k + 1 < len(ctx.toks) and ctx.texts[k + 1] in ctx.lex.organization_heads


def _serves(ctx: Context, person: Ment, owner: Ment) -> bool:
    """Whether the knowledge base has the person hold an office in the owner on the article's date ("Qatar's
    emir and Hamas leader X": two people)."""
    return ctx.on is not None and any(r.of == owner.entity for r in ctx.kb.roles_of(person.entity, ctx.on))


def _listed_titles(ctx: Context, a: TitleNP, b: TitleNP) -> bool:
    """English titles listed before one name, no article between ("state minister, cabinet member and X"): one
    person's offices ("the foreign minister, the army chief and X" are others)."""
    between = ctx.texts[a.te : b.ts]  # (a word of the next title the title phrase leaves out: ", cabinet member")
    plain = len(between) <= 2 and all(w.isalpha() and w not in ("the", "a", "an", "his", "her") for w in between[1:])
    return ctx.lang != "ar" and b.person.ts >= b.te and between[:1] in ([","], ["and"]) and plain


def _stacked(ctx: Context, a: TitleNP, b: TitleNP, army: frozenset[str]) -> bool:
    """Title b follows title a directly, or after a's army noun («قائد الجيش»), or after "and" / «و»."""
    k = a.te
    if k < b.ts and not army.isdisjoint(ctx.toks[k].forms):
        k += 1
    if k < b.ts and ctx.texts[k] in ctx.lex.w("and"):
        k += 1
    # "Sudan's army chief and Sovereign Council head X": an English title after the owner it names
    return k == b.ts or (ctx.lang != "ar" and bool(b.of) and b.of[0].ts == k and b.of[0].te == b.ts)


def _title_starts(ctx: Context) -> list[int]:
    """Where a title may start, in order: the words that start a title phrase, found from the document's
    index of words instead of a call per token, and the words that are titles only before the body they head
    («سكرتير», «أمينة»: no title phrase on their own)."""
    found = ctx.lex.titles.starts(ctx.toks, ctx.by_text)
    body = ctx.lex.w("body_titles")
    return sorted(set(found).union(ctx.where(body))) if body else found


def _titles_next_name(ctx: Context, j: int, ment_at: dict) -> bool:
    """«استقبل السيسي الرئيسَ التركي أردوغان», «التقى لافروف رئيسَ المجلس الرئاسي الليبي، محمد المنفي»: a title
    between two names with a person named right after it (or after its comma) introduces that name, the verb's
    object, and is no apposition to the name before; Arabic marks neither reading (a construct title never
    takes «ال»), so the name after decides; a rank or honorific may stand before it («عضو الكونغرس الأميركي
    السيناتور X»: `name_cues`, `honorifics`)."""
    cues = ctx.lex.any_of("name_cues", "honorifics") if ctx.lang == "ar" else frozenset()
    adj = ment_at.get(j)
    if ctx.lang == "ar" and adj is not None and adj.role == "demonym":
        j = adj.te  # «قائد قوات الدعم السريع السودانية الفريق أول محمد حمدان دقلو»: the body's adjective first
    if j + 1 < len(ctx.toks) and j not in ment_at and ctx.texts[j] in cues:
        j += 1
        seconds = ctx.lex.w("rank_seconds")  # «الفريق أول ركن محمد حمدان دقلو»: a rank of two or three words
        while j + 1 < len(ctx.toks) and j not in ment_at and ctx.texts[j] in seconds:
            j += 1
    nxt = ment_at.get(j)
    if nxt is None and j < len(ctx.toks) and ctx.toks[j].text in (",", "،"):
        nxt = ment_at.get(j + 1)
    return nxt is not None and nxt.kind == "person"


def _glued_prep(tok, phrase) -> bool:
    """«التقى عبد السلام بالمبعوث الأممي»: a title after a glued preposition is the verb's object, not an
    apposition to the name before it."""
    return tok.text[:1] in ("ب", "ل", "ك") and len(tok.forms) > 1 and phrase.words[0] != tok.forms[0]


def _head_title_at(ctx: Context, i: int):
    """The title phrase at token i, unless another follows right after it: English compounds end in their head
    ("the Taliban's chief spokesman": the spokesman's title, "chief" qualifies it)."""
    hit = _title_at(ctx, i)
    e = hit[1] if hit else 0
    if hit and ctx.lang != "ar" and e < len(ctx.toks) and not ctx.covered[e] and _title_at(ctx, e):
        return None
    return None if hit and _verb_use(ctx, i, e) else hit


def _title_at(ctx: Context, i: int):
    """The title phrase at token i; «رئيس المجلس الانتقالي»: the title is «رئيس», the rest is a name."""
    hit = ctx.lex.titles.match_at(ctx.toks, i)
    if not hit:
        return _body_title(ctx, i)
    if _definite_dual(ctx, i, hit[0]) or _negotiating_adjective(ctx, i, hit[1]) or _represented_by(ctx, i, hit[1]):
        return None
    if ctx.free(i, hit[1]) or _demonyms_inside(ctx, i, hit[1]):
        return hit
    e = next(k for k in range(i, hit[1]) if ctx.covered[k])
    short = ctx.lex.titles.match_at(ctx.toks[i:e], 0) if e > i else None
    return (short[0], short[1] + i) if short else None


def _negotiating_adjective(ctx: Context, i: int, e: int) -> bool:
    """«رئيس وفدها المفاوض», «الفريق المفاوض»: «المفاوض» after a delegation or team noun is its adjective
    (negotiating), not a negotiator's title."""
    return ctx.lang == "ar" and e == i + 1 and i > 0 and ctx.texts[i - 1] in ctx.lex.w("negotiating_nouns")


def _represented_by(ctx: Context, i: int, e: int) -> bool:
    """«وشاركت مصر ممثلة بوزير خارجيتها X»: «ممثلة» with «ب» glued to the next word is the participle
    (represented by), not a representative's title; the title after «ب» is the man's own."""
    if ctx.lang != "ar" or e != i + 1 or e >= len(ctx.toks) or ctx.texts[i] not in ctx.lex.w("represented_words"):
        return False
    nxt = ctx.toks[e]
    return nxt.text.startswith("ب") and len(nxt.forms) > 1


def _split_title_en(ctx: Context, i: int):
    """ "Top US diplomat Antony Blinken", "the top Russian diplomat", "top EU diplomat X": a title phrase of two
    words with its state or body between them (`split_titles`, English): the phrase and where it ends."""
    m = ctx.starting_at(i + 1, ("state", "organization")) if ctx.lang != "ar" else None
    if m is None or m.te >= len(ctx.toks) or f"{ctx.texts[i]} {ctx.texts[m.te]}" not in ctx.lex.w("split_titles"):
        return None
    words = (ctx.texts[i], ctx.texts[m.te])
    phrase = next((p for p in ctx.lex.titles.by_first.get(words[0], ()) if p.words == words), None)
    return (phrase, m.te + 1) if phrase is not None else None


def _split_owner(ctx: Context, i: int, e: int, phrase) -> list[Ment]:
    """The state or body inside a split title ("top US diplomat")."""
    if ctx.lang == "ar" or len(phrase.words) != 2 or e - i < 3 or ctx.texts[e - 1] != phrase.words[-1]:
        return []
    m = ctx.starting_at(i + 1, ("state", "organization"))
    return [m] if m is not None and m.te == e - 1 else []


def _demonyms_inside(ctx: Context, i: int, e: int) -> list[Ment]:
    """The state demonyms that are all a title phrase's covered words hold («وزير الخارجية والهجرة وشؤون المصريين
    بالخارج»: the Egyptians abroad are part of the Egyptian minister's portfolio, and name his state); none if
    anything else is covered."""
    if not any(m.ts >= i and m.kind == "state" for m in ctx.ments.ending_within(i, e)):
        return []  # (most titles: no state inside; the window looked up, not every mention of the text)
    inner = [m for m in ctx.ments if i <= m.ts and m.te <= e and m.kind == "state" and m.role == "demonym"]
    held = {k for m in inner for k in range(m.ts, m.te)}
    return inner if inner and all(k in held for k in range(i, e) if ctx.covered[k]) else []


def _definite_dual(ctx: Context, i: int, phrase) -> bool:
    """«الداعم الرئيسي للحوثيين»: a one-word title in the dual construct («رئيسي البلدين», the two presidents)
    never takes the article; with it, and «لـ» after it, the word is an adjective ("the main backer of"), no
    head of the body named after (Arabic)."""
    word = phrase.words[0] if len(phrase.words) == 1 else ""
    if not (ctx.lang == "ar" and word.endswith("ي") and ctx.toks[i].text.endswith("ال" + word)):
        return False
    return i + 1 < len(ctx.toks) and ctx.toks[i + 1].text[:1] == "ل" and len(ctx.toks[i + 1].forms) > 1


def _ministries_in_titles(ctx: Context) -> None:
    """«وزيرة الخارجية الأميركية كوندوليزا رايس»: a state's ministry the gazetteer named over a minister's title's
    last word and the state's adjective is the title and that adjective: the ministry's mention becomes the
    state's (not «رئيس المخابرات المصرية», who heads the body itself)."""
    if ctx.lang != "ar":
        return
    for m in [x for x in ctx.ments if x.kind == "organization" and x.te - x.ts == 2 and x.ts > 0]:
        hit = ctx.lex.titles.match_at(ctx.toks, m.ts - 1)
        e = ctx.kb.get(m.entity)
        minister = hit is not None and hit[1] == m.ts + 1 and hit[0].label.endswith("minister")  # («رئيس المخابرات»)
        state = e.record.get("state") if e is not None and minister else None
        if state is None or ctx.covered[m.ts - 1] or not _nisba_adjective(ctx.texts[m.ts + 1]):
            continue  # (not «رئيس حكومة الوفاق»: a government's own name, no state's adjective)
        ctx.ments.remove(m)
        ctx.covered[m.ts] = 0
        ctx.register(state)
        s_, e_ = ctx.orig(m.ts + 1, m.te)
        ctx.ments.append(Ment(s_, e_, m.ts + 1, m.te, state, "state", "demonym", ctx.text[s_:e_]))
    ctx.ments.sort_by_start()


def _nisba_adjective(w: str) -> bool:
    """A definite adjective of relation («الأميركية», «الروسي»): the article and a final «ي» or «ية»."""
    return w.startswith("ال") and w.endswith(("ي", "يه", "ية"))


def _second_definite_title(ctx: Context, i: int, person: Ment, of: list[Ment]) -> bool:
    """«استقبل رئيس الوزراء محمد شياع السوداني الوزيرَ التركي»: after a name with its own title, a definite title
    («الوزير التركي») is the verb's object, another person, not an apposition («… المخلافي نائب رئيس الوزراء»);
    so is a title of another state («استقبل أمير قطر تميم وزيرَ الخارجية الإيراني»)."""
    titled = person.np_start < person.ts or any(t.person is person for t in ctx.titles[-3:])
    if not titled or ctx.toks[i].text.startswith("ال"):
        return titled
    own = {x.entity for t in ctx.titles[-3:] if t.person is person for x in t.of if x.kind == "state"}
    return bool(own) and any(x.kind == "state" and x.entity not in own for x in of)


def _body_title(ctx: Context, i: int):
    """«أمين المجلس الأعلى للأمن القومي علي شمخاني»: a word that is a title only before the body it heads
    («أمين» is also a first name)."""
    words = ctx.lex.w("body_titles")
    if not words or ctx.toks[i].text not in words:
        return None
    if not any(m.kind in ("organization", "armed_group") for m in ctx.ments.starting(i + 1)):
        return None
    return Phrase((ctx.toks[i].text,), False, "head", ctx.toks[i].text), i + 1


def _glued_and(tok, phrase) -> bool:
    """«ومسؤولة»: "and" + title; «وزير» is not."""
    glued = tok.text.startswith("و") and phrase.words[0] != tok.forms[0].removeprefix("ال")
    return glued and phrase.words[0] in tok.forms[1:]


def _owner_before(ctx: Context, i: int, office: str = "") -> list[Ment]:
    """English: the state or body before the title ("Russian Foreign Minister", "Syria's President"), also
    across a portfolio or a qualifier ("Ukrainian Infrastructure Minister", "the Taliban's top political leader")."""
    toks, of = ctx.toks, []
    k = _skip_portfolio(ctx, i) - 1
    paren = k
    if k >= 2 and toks[k].text == ")":  # "the African Union's (AU) High Representative"
        k = next((x - 1 for x in range(k - 1, max(0, k - 4), -1) if toks[x].text == "("), k)
    possessed = k >= 0 and toks[k].text in ("'s", "s", "'")
    if k >= 0 and toks[k].text in ("'s", "s") and k - 1 >= 0:
        k -= 1
    if k >= 0 and toks[k].text == "'":
        k -= 1
    m = _ment_ending_at(ctx, k + 1)
    if m and m.kind == "state" and not possessed and office in ctx.lex.w("topic_offices"):
        senders = _sender_before(ctx, m)  # "UN Syria envoy X", "the UN and Arab League special Syria envoy X"
        if senders:
            m.in_np = True  # (the country is where the envoy is sent: not his, and no actor here)
            return senders
    if m and m.kind in ("state", "organization", "armed_group"):
        of += [x for x in _hyphen_partners(ctx, m) if possessed]  # "the U.N.-Arab League's special envoy"
        if m.kind == "organization" and not possessed:  # "the UN and Arab League special envoy"
            of += [x for x in group_with_left(ctx, ctx.ments, m)[:-1] if x.kind == "organization"]
        of.append(m)
        of += [x for x in ctx.ments.ending(paren) if x.entity == m.entity and paren > k + 1]  # "(AU)" too
        # "Syria's UN ambassador": the state owns the office, the body is where it is held
        k2 = m.ts - 1
        while k2 >= 2 and m.kind == "organization" and ctx.texts[k2] in ctx.lex.w("deputy_words"):
            k2 -= 1  # "Russia's Deputy UN Ambassador X": the deputy's state too
        if m.kind == "organization" and k2 >= 1 and toks[k2].text in ("'s", "'"):
            owner = _ment_ending_at(ctx, k2)
            body = ctx.kb.get(m.entity)
            if owner and owner.kind == "state" and (body is None or body.record.get("state") != owner.entity):
                of.insert(0, owner)  # ("Sudan's Sovereign Council chairman X": the state's own body holds it)
        elif m.kind == "organization" and k2 >= 1 and toks[k2].text in ("its", "their"):
            owner = next(iter(_its_owner(ctx, k2 + 1)), None)  # "the Syrian delegation, headed by its UN ambassador X"
            if owner is not None and owner.kind == "state" and owner.entity != m.entity:
                if not any(t.text in (".", "!", "?") for t in toks[owner.te : k2]):  # (this sentence's state only)
                    s_, e_ = ctx.orig(k2, k2 + 1)  # (the pronoun stands for it: the state named before acts on)
                    of.insert(0, Ment(s_, e_, k2, k2 + 1, owner.entity, "state", "coref", ctx.text[s_:e_], in_np=True))
    start = paren + 1
    return of or _owner_of_possessor_title(ctx, start) or _its_owner(ctx, start) or _possessor_state(ctx, start)


def _sender_before(ctx: Context, topic: Ment) -> list[Ment]:
    """ "UN Syria envoy X", "Russia's Syria envoy X", "the UN and Arab League special Syria envoy X": a state or body
    right before the country an envoy's title names sends him (with those coordinated before it); empty if none."""
    k = topic.ts
    if k >= 2 and ctx.texts[k - 1] in ("'s", "'"):
        k -= 1
    qualifiers = ctx.lex.any_of("title_modifiers", "envoy_qualifiers")
    while k > 0 and not ctx.covered[k - 1] and ctx.texts[k - 1] in qualifiers:
        k -= 1  # ("the UN special Syria envoy")
    p = _ment_ending_at(ctx, k)
    if p is None or p.kind not in ("state", "organization") or p.entity == topic.entity:
        return []
    return [x for x in group_with_left(ctx, ctx.ments, p) if x.kind in ("state", "organization")]


def _hyphen_partners(ctx: Context, m: Ment) -> list[Ment]:
    """ "the U.N.-Arab League's envoy", "the UN-AU mediator": the body joined to the owner by a hyphen owns the
    title with it."""
    k = m.ts
    if k < 2 or ctx.texts[k - 1] != "-":
        return []
    p = _ment_ending_at(ctx, k - 1)
    return [p] if p is not None and p.kind in ("state", "organization") and p.entity != m.entity else []


_LEADING_OFFICES = ("president", "prime_minister", "king", "emir", "head_of_state", "crown_prince")


def _possessor_state(ctx: Context, start: int) -> list[Ment]:
    """ "Putin's special envoy for Afghanistan, X", "Zelenskiy's chief of staff X", "Trump dispatched his
    secretary of state, X": the aide of a state's leader holds a role in that state (his title here, else the
    knowledge base's office on the article's date)."""
    if ctx.lang == "ar" or start < 2:
        return []
    word = ctx.texts[start - 1]
    if word in ("'s", "'"):
        p = ctx.ending_at(start - 1)
    elif word in ("his", "her"):
        near = (m for m in reversed(ctx.ments.ending_within(max(0, start - 25), start - 1)) if m.kind == "person")
        p = next(near, None)
        if p is not None and any(t.text in (".", "!", "?") for t in ctx.toks[p.te : start]):
            p = None
    else:
        return []
    if p is None or p.kind != "person":
        return []
    own = next((x for t in ctx.titles if t.person is p for x in t.of if x.kind == "state"), None)
    if own is not None:
        return [own]
    roles = [r for r in ctx.kb.roles_of(p.entity, ctx.on) if r.office in _LEADING_OFFICES and r.of]
    states = {r.of for r in roles if r.of.startswith("state:")}
    if len(states) != 1:
        return []
    state = states.pop()
    m = next(iter(ctx.ments.of_entity(state)), None)
    if m is None:
        ctx.register(state)
        m = Ment(p.start, p.end, p.ts, p.te, state, "state", "coref", p.text, in_np=True)
        ctx.ments.append(m)  # (the state named through its leader: listed with the document's entities)
    return [m]


def _its_owner(ctx: Context, start: int) -> list[Ment]:
    """ "Hamas said its political chief X …", "the movement and its spokesman X", "The M23 rejected the plan. Its
    spokesman X said …": the state or body named last before "its" (this sentence or the one before) owns the
    title, unless a person was named after it ("their foreign ministers" of two leaders)."""
    if ctx.lang == "ar" or start == 0:
        return []
    if start >= 3 and ctx.texts[start - 1] in ("'s", "'") and ctx.texts[start - 3] == "the":
        return _described_owner(ctx, start - 2)
    if ctx.texts[start - 1] not in ctx.lex.w("owner_pronouns"):
        return []
    opener = _opening_subject_before(ctx, start - 1)
    if opener is not None:
        return [opener]
    for m in reversed(ctx.ments.ending_within(max(0, start - 40), start - 1)):
        if sum(t.text == "." for t in ctx.toks[m.te : start]) > 1:
            return []  # ("The M23 rejected the plan. Its spokesman X said": the sentence before, no further)
        if m.located:
            continue  # "met at the White House and watched their …": where they met owns nothing
        if m.kind == "person" and not m.in_np:
            return []  # "the two leaders … watched their foreign ministers": the people's, not a body's
        if m.kind in ("state", "organization", "armed_group") and not m.in_np:
            listed = m.np_start > 0 and ctx.texts[m.np_start - 1] in ("and", ",")
            return [] if listed and ctx.texts[start - 1] == "their" else [m]  # ("A and B said their …": whose?)
    return []


def _opening_subject_before(ctx: Context, k: int) -> Ment | None:
    """ "The Houthis, who control much of northern Yemen, vowed to retaliate. Their spokesman X said …": a
    possessive opening its sentence (at k) belongs to the state or body that opened the sentence before, its
    subject, rather than to a name inside that sentence's relative clause or object."""
    if k == 0 or ctx.texts[k - 1] not in _ENDS:
        return None
    prev = sentence_start(ctx, k - 1)
    first = next((m for m in ctx.ments.ending_within(prev, k - 1) if m.ts >= prev), None)
    if first is None or first.np_start > prev + 1 or first.kind not in ("state", "organization", "armed_group"):
        return None
    listed = first.te < k and ctx.texts[first.te] in ("and", ",") and ctx.ments.starting(first.te + 1)
    return None if listed or first.in_np or first.located else first


def _described_owner(ctx: Context, k: int) -> list[Ment]:
    """ "The M23 rejected the plan. The group's political leader, X, said …": "the group's", "the movement's",
    "the rebels'" before a title stand for the armed group or body named last (in this sentence or the two
    before), when the noun fits it (a group noun for an armed group, "the bloc", "the alliance" for a body, "the
    country", "the kingdom" for a state: "Saudi Arabia … the kingdom's foreign minister said")."""
    word = ctx.texts[k]
    kinds: tuple[str, ...] = ("armed_group",) if word in ctx.lex.w("owner_group_nouns") else ()
    armed = word in ctx.lex.w("armed_body_descriptions")
    body: tuple[str, ...] = ("organization", "armed_group") if armed else ("organization",)
    kinds = kinds or (body if word in ctx.lex.w("owner_body_nouns") else ())  # ("the coalition's leader": M23's AFC)
    kinds = kinds or (("state",) if word in ctx.lex.w("state_nouns") else ())  # "the country's foreign minister"
    if not kinds:
        return []
    named = word in ctx.lex.w("state_descriptions")  # "the kingdom's": a state whose own name says so
    near = (
        m
        for m in reversed(ctx.ments.ending_within(max(0, k - 80), k - 1))
        if m.kind in kinds
        and (m.kind != "state" or not _adjectival(ctx, m))  # ("met the Saudi delegation. The country's …")
        and (not named or word in _name_words(ctx, m.entity))
        and not _part_of_named(ctx, m, word)
    )
    return [m] if (m := next(near, None)) is not None else []


def _part_of_named(ctx: Context, m: Ment, word: str) -> bool:
    """ "the Estado Mayor Central, the largest faction of FARC dissidents, …. The faction's spokesman": the group
    after "NOUN of" is the whole the group named before is a part of; "the faction" is that part, not the whole."""
    k = m.np_start if m.np_start < m.ts else m.ts
    return k >= 2 and ctx.texts[k - 1] == "of" and ctx.texts[k - 2] == word


def _adjectival(ctx: Context, m: Ment) -> bool:
    """A state's name used as an adjective of people ("the Saudi delegation", "Iranian forces": `camp_heads`)."""
    return m.role == "demonym" or (m.te < len(ctx.toks) and ctx.texts[m.te] in ctx.lex.w("camp_heads"))


def _owner_of_possessor_title(ctx: Context, end: int) -> list[Ment]:
    """ "the UN Secretary-General's special envoy for Yemen, X": the envoy of a titled person works for the
    body that person's title names."""
    last = ctx.titles[-1] if ctx.titles else None
    if last is None or last.te != end or ctx.toks[end - 1].text not in ("'s", "'"):
        return []
    return [x for x in last.of if x.kind == "organization"][:1]


def _skip_portfolio(ctx: Context, i: int) -> int:
    """The start of an English title once up to two portfolio words ("Infrastructure", "Energy") or qualifiers
    ("top political") before it are taken in."""
    for d in (2, 3):  # "Al-Shabaab's military operations spokesman": lowercase words from the owner's "'s" on
        a = i - d
        if a >= 2 and ctx.toks[a - 1].text in ("'s", "'") and all(_lower_word(ctx, x) for x in range(a, i)):
            return a
    k, mods = i, ctx.lex.any_of("title_modifiers", "organ_nouns")  # "Houthi political bureau member"
    breaks = ctx.lex.w("title_breaks")
    while k > 0 and i - k < 3 and not ctx.covered[k - 1] and toks_word(ctx, k - 1) and ctx.texts[k - 1] not in breaks:
        s, _ = ctx.orig(k - 1, k)
        possessor = k >= 2 and ctx.toks[k - 2].text in ("'s", "'")  # ("Niger's ousted President X": a participle)
        owned = possessor or ctx.ending_at(k - 1) is not None
        if not (ctx.text[s : s + 1].isupper() or ctx.toks[k - 1].text in mods or owned) or (i - k == 2 and not owned):
            break  # (a lowercase word right after its owner qualifies the title: "the UN's humanitarian chief")
        hit = ctx.lex.titles.match_at(ctx.toks, k - 1)
        if hit and hit[1] > k:
            break  # "Prime Minister": the title itself
        verb = ctx.trigger_hits[1].get(k - 1) if ctx.texts[k - 1] not in mods else None  # ("delegation": a noun)
        if verb is not None and not verb[0].nominal and not ctx.text[s : s + 1].isupper() and not possessor:
            break  # "Seleka rebels ousted President X": a verb between the actor and the title qualifies nothing
        k -= 1  # (a title word right before is a qualifier: "the Taliban's chief spokesman")
    k = _past_compound(ctx, k) if k == i else k
    possessive = ("'s", "'", "its", "his", "her", "their")  # ("its political chief X": its owner is named before)
    if k < i and not (k > 0 and (ctx.ending_at(k) is not None or ctx.toks[k - 1].text in possessive)):
        return i  # a capitalized word with no owner before it may be a name: leave it
    return k


def _past_compound(ctx: Context, k: int) -> int:
    """ "the Taliban's Doha-based spokesman", "Hamas's Beirut-based official": a hyphenated qualifier right before
    an English title; where it starts (k itself when there is none)."""
    toks = ctx.toks
    if k >= 3 and toks[k - 2].text == "-" and toks[k - 1].is_word and not ctx.covered[k - 1]:
        first = ctx.ending_at(k - 2)
        start = first.ts if first is not None and first.kind in ("place", "state") else k - 3
        if start >= 1 and toks[start - 1].text in ("'s", "'"):
            return start
    return k


def _leaders_office_end(ctx: Context, j: int, of: list[Ment]) -> int:
    """English: "the head of Zelensky's office", "chief of Netanyahu's staff": "of", a person's possessive and one of
    `leader_office_nouns` after a title; the state that person leads owns the title (his title's state, else the
    knowledge base's office on the date: _possessor_state). Where the title goes on (0 when this is not there)."""
    texts, n = ctx.texts, len(ctx.toks)
    if ctx.lang == "ar" or texts[j] != "of":
        return 0
    k = j + 1 + (j + 1 < n and texts[j + 1] == "the")
    p = ctx.starting_at(k, ("person",)) if k < n else None
    offices = ctx.lex.w("leader_office_nouns")
    if p is None or p.te + 1 >= n or texts[p.te] not in ("'s", "'") or texts[p.te + 1] not in offices:
        return 0
    state = _possessor_state(ctx, p.te + 1)
    if not state:
        return 0
    p.in_np = True
    state[0].in_np = True
    of.extend(state)
    return p.te + 2


def _lower_word(ctx: Context, k: int) -> bool:
    return toks_word(ctx, k) and not ctx.covered[k] and not ctx.text[ctx.orig(k, k + 1)[0]].isupper()


def _gone_to(ctx: Context, j: int, of: list[Ment], office: str) -> bool:
    """«زيارة وزير خارجية قطر إلى السودان»: a state after «إلى» (`destination_prepositions`) past the owner of an
    office held at home is where its holder goes, not a second owner (envoys and ambassadors are sent to one)."""
    return bool(of) and office in _SEATED_OFFICES and ctx.texts[j - 1] in ctx.lex.w("destination_prepositions")


def toks_word(ctx: Context, k: int) -> bool:
    return ctx.toks[k].is_word and ctx.toks[k].text not in ("the", "a", "an", "and", "of")


def _title_end(ctx: Context, e: int, of: list[Ment], ment_at: dict, office: str = "") -> int:
    """Walk over the rest of the title: its states and bodies (appended to `of`), qualifiers, prepositions."""
    toks, texts, n = ctx.toks, ctx.texts, len(ctx.toks)
    j = e
    # ("… in Rimbo. The Swedish …": not its owner; «المتحدث باسم الحكومة باسم العوادي»: a second «باسم» is a name)
    while j < n and j - e < 9 and texts[j] not in _ENDS and not _second_serving_word(ctx, e, j):
        aside = _owner_aside_end(ctx, j, of) or _delegation_after_owner(ctx, j, of) or _so_called(ctx, j, ment_at)
        aside = aside or (_own_office_end(ctx, j) if j == e and not of else 0) or _and_the_owner(ctx, j, of, ment_at)
        aside = aside or (_leaders_office_end(ctx, j, of) if not of else 0) or _posted_capital_end(ctx, e, j, ment_at)
        if aside:
            j = aside
            continue
        m = ment_at.get(j)
        if m and m.kind in ("state", "organization") and _backer(ctx, m) and m.te + 2 < n and ctx.lang != "ar":
            j = m.te + 2  # "Libya's UN-backed Government of National Accord": on to the body it backs
            continue
        if m and m.kind in ("state", "organization", "armed_group") and m.role != "resolution" and not _backer(ctx, m):
            if of and _qualifies_body(ctx, of[-1], m):
                of[-1] = m  # "the chairman of the Sudan Sovereign Council", "head of Sudan's ruling council"
            elif (of and not _linked(ctx, j, e)) or (j == e and _closed_definite(ctx, e, m)) or (
                _gone_to(ctx, j, of, office)
            ):
                break  # «وزير الخارجية الإيراني الولايات المتحدة», «وهدد الوزير حزب الله»: the verb's object
            else:
                of.append(m)
            j = m.te
            continue
        k = _past_adjectives_en(ctx, j, e)
        if k > j:  # "a senior figure in the main Ahrar al-Sham rebel group"
            j = k
            continue
        if _title_filler(ctx, j, of) and not (m and m.kind in ("person", "place")):  # («للقرن الأفريقي»: a region)
            j += 1  # (not «… الليبية المشير خليفة حفتر»: the rank opens the name's mention)
            continue
        region = _office_region(ctx, j, of, ment_at) or _portfolio_after(ctx, j, e) or _international_envoy(ctx, j, of)
        region = region or _located_body_ar(ctx, j)
        if region:  # "High Representative for the Horn of Africa", «ومحافظ محافظة مأرب اللواء سلطان العرادة»,
            j = region  # "Minister of Information X"
            continue
        if ctx.lang == "ar" and j == e and ctx.lex.titles.match_at(toks, j):  # نائب وزير الخارجية
            j = ctx.lex.titles.match_at(toks, j)[1]
            continue
        body = (_unnamed_organ_of if ctx.lang != "ar" else _organ_of_ar)(ctx, j) if not of and j >= e else None
        body = body or (_regime_in(ctx, j) if not of and j > e else None)
        if body is not None:  # "head of the Presidential Council of the GNA": the body the organ belongs to
            of.append(body)
            j = body.te
            continue
        skip = _army_of_owner(ctx, j, of, ment_at) or (_unnamed_body_end(ctx, j) if j > e and not of else 0)
        if skip:  # «قائد الجيش الليبي، خليفة حفتر», "the head of the Presidential Council, Mohamed al-Menfi"
            j = skip
            continue
        if _inner_adjective_ar(ctx, j, of, ment_at):
            j += 1  # «الحاكم العسكري للنيجر», «قائد الجيش عبد الفتاح البرهان»
            continue
        if _owner_adjective_ar(ctx, j, of, ment_at.get(j + 1)) or _joint_body_en(ctx, j, of, ment_at):
            j += 1  # «المبعوث الأممي والعربي الأخضر الإبراهيمي», «جماعة أنصار الله الحوثية محمد عبد السلام»
            continue
        break
    return j


def _posted_capital_end(ctx: Context, e: int, j: int, ment_at: dict) -> int:
    """ "Russian ambassador to Kiev Mikhail Zurabov", "envoy in Damascus": a capital after "to" or "in" right after
    an office held in many capitals (`posted_offices`; English) is where he is posted, part of his title: the end
    of the capital's mention (0: none)."""
    texts, m = ctx.texts, ment_at.get(j)
    if m is None or m.role != "capital" or ctx.lang == "ar" or j < 2 or texts[j - 1] not in ("to", "in"):
        return 0
    posted = ctx.lex.w("posted_offices")
    return m.te if texts[j - 2] in posted or (j == e and j >= 3 and texts[j - 3] in posted) else 0


def _second_serving_word(ctx: Context, e: int, j: int) -> bool:
    """A title says whom its holder speaks for once: a second serving word («باسم») after the body the first one
    names, before a word that is no body, opens the holder's name (the given name Basim)."""
    serving = ctx.lex.w("serving_words")
    if ctx.lang != "ar" or j <= e or ctx.texts[j] not in serving or j + 1 >= len(ctx.toks):
        return False
    return any(ctx.texts[x] in serving for x in range(max(0, e - 3), j)) and ctx.starting_at(j + 1) is None


def _and_the_owner(ctx: Context, j: int, of: list[Ment], ment_at: dict) -> int:
    """ "presidents of Burundi and the Central African Republic": "and the" right after a state owner, with
    another state right after it, is a second owner (English; appended to `of`); where it ends, else 0."""
    if ctx.lang == "ar" or not of or of[-1].kind != "state" or of[-1].te != j:
        return 0
    nxt = ment_at.get(j + 2) if ctx.texts[j : j + 2] == ["and", "the"] else None
    if nxt is None or nxt.kind != "state":
        return 0
    of.append(nxt)
    return nxt.te


def _joint_body_en(ctx: Context, j: int, of: list[Ment], ment_at: dict) -> bool:
    """ "the joint envoy of the United Nations and the Arab League, Kofi Annan": "and" between two bodies of one
    title joins the second to the title (Arabic glues «و» to the body's name)."""
    nxt = ment_at.get(j + 1) or (ment_at.get(j + 2) if ctx.texts[j + 1 : j + 2] == ["the"] else None)
    return (
        ctx.lang != "ar"
        and ctx.texts[j] == "and"
        and bool(of)
        and of[-1].kind == "organization"
        and of[-1].te == j
        and nxt is not None
        and nxt.kind == "organization"
    )


def _so_called(ctx: Context, j: int, ment_at: dict) -> int:
    """«قائد ما يعرف بجيش الإسلام زهران علوش», «زعيم ما يسمى بتنظيم الدولة»: "what is known as" before the body
    (`so_called`, Arabic; the body's name may open with a quotation mark) is inside the title; where the body starts
    (0 when there is none)."""
    words = ctx.lex.w("so_called")
    if not words or (j < len(ctx.texts) and ctx.texts[j] not in first_words(words)):
        return 0  # (most words open none of the phrases: one look-up, no joined pairs and triples)
    for n in (3, 2):
        if " ".join(ctx.texts[j : j + n]) not in words:
            continue
        k = j + n + (j + n < len(ctx.texts) and ctx.texts[j + n] in _OPENING_QUOTES)  # «ما يسمى "الجيش الوطني"»
        m = ment_at.get(k)
        if m is not None and m.kind in ("organization", "armed_group"):
            return k
    return 0


def _owner_aside_end(ctx: Context, j: int, of: list[Ment]) -> int:
    """Where words after a title's owner that name no other owner end (0 when there are none): the owner's name
    in quotes («المكتب السياسي لحركة المقاومة الإسلامية «حماس»»), brackets and quotes («جماعة أنصار الله
    (الحوثيين)»), the body the owner belongs to («رئيس لجنة شؤون الأسرى التابعة للحوثيين X»)."""
    texts, n = ctx.texts, len(ctx.texts)
    starting = ctx.ments.starting(j)
    quoted = ctx.ments.starting(j + 1) if texts[j] == '"' and of and of[-1].te == j else []
    if quoted and quoted[0].kind in ("organization", "armed_group"):
        return quoted[0].te + (quoted[0].te < n and texts[quoted[0].te] == '"')
    if texts[j] in ("(", ")", '"') or (of and any(x.entity == of[-1].entity for x in starting)):
        return starting[0].te if starting else j + 1
    affiliate = affiliate_after(ctx, j) if of else None
    return affiliate.te if affiliate is not None else 0


def _delegation_after_owner(ctx: Context, j: int, of: list[Ment]) -> int:
    """English: "the head of the Houthi delegation, X", "the head of Ukraine's delegation", "a member of the Sudanese
    army's negotiating delegation": a delegation noun right after the title's owner (across "'s" and up to two
    `delegation_qualifiers`) is the owner's; the title goes on over it to the name (0 when there is none)."""
    if ctx.lang == "ar" or not of or of[-1].te != j:
        return 0
    toks, n, k = ctx.toks, len(ctx.toks), j
    qualifiers = ctx.lex.w("delegation_qualifiers")
    while k < n and k - j < 3 and not ctx.covered[k] and (toks[k].text in qualifiers or toks[k].text in ("'s", "'")):
        k += 1
    return k + 1 if k < n and not ctx.covered[k] and toks[k].text in ctx.lex.w("delegation_nouns") else 0


def _portfolio_after(ctx: Context, j: int, e: int) -> int:
    """ "Eritrea's Minister of Information Yemane Gebremeskel", "Minister of Defence and Veterans Affairs X", "AU
    Commissioner for Political Affairs X": an English portfolio after "of" or "for" (portfolio words, no name of
    their own) right before the person's name."""
    toks, n = ctx.toks, len(ctx.toks)
    if ctx.lang == "ar" or e + 1 >= n or toks[e].text not in ("of", "for"):
        return 0
    words, k = ctx.lex.w("portfolio_words"), e + 1
    k += toks[e].text == "for" and toks[k].text == "the"  # "Special Envoy for the Great Lakes X"
    if j not in (e, e + 1, k):
        return 0
    while k < n and k - e <= 5 and ctx.free(k, k + 1) and (toks[k].text in words or toks[k].text == "and"):
        k += 1
    return k if k > max(j, e + 1) and toks[k - 1].text != "and" else 0


def _owner_adjective_ar(ctx: Context, j: int, of: list[Ment], nxt: Ment | None) -> bool:
    """Arabic, before a person's name: a second owner's adjective («المبعوث الأممي والعربي الأخضر الإبراهيمي»), or
    a definite adjective right after the owner that qualifies it («جماعة أنصار الله الحوثية», «حركة حماس
    الفلسطينية»): the title goes on to the name."""
    if ctx.lang != "ar" or not of or nxt is None or nxt.kind != "person":
        return False
    w = ctx.toks[j].text
    if w.startswith("وال"):
        return True
    right_after = of[-1].te == j or (of[-1].te == j - 1 and ctx.texts[j - 1] == '"')  # «جماعة «أنصار الله» الحوثية»
    return right_after and not ctx.covered[j] and w.startswith("ال") and w.endswith(("ي", "يه")) and len(w) > 4


def _inner_adjective_ar(ctx: Context, j: int, of: list[Ment], ment_at: dict) -> bool:
    """Arabic, inside a title with no owner yet: a definite adjective the text does not name before the owner
    («الحاكم العسكري للنيجر»), or a bare army noun before the name («وقائد الجيش عبد الفتاح البرهان»)."""
    tok = ctx.toks[j]
    if ctx.lang != "ar" or of or ctx.covered[j] or j + 1 >= len(ctx.toks):
        return False
    nxt = ment_at.get(j + 1)
    if _army_word(ctx, j):  # («قائد الجيش الوطني المشير X», «القائد العام للقوات المسلحة المشير …»)
        adjective = nxt is None and j + 2 < len(ctx.toks) and not ctx.covered[j + 1]
        adjective = adjective and ctx.texts[j + 1].startswith("ال") and ctx.texts[j + 1][-1:] in ("ي", "ه")
        k = j + 1 + adjective  # (an adjective of the army, then the name, after a comma or not)
        nxt = ment_at.get(k + 1) if k + 1 < len(ctx.toks) and ctx.texts[k] == "،" else ment_at.get(k)
        return nxt is not None and nxt.kind == "person"
    if not tok.text.startswith("ال"):
        return False
    if tok.forms[-1] in ctx.lex.w("minister_portfolios") and not ctx.lex.w("portfolio_ministers").isdisjoint(
        ctx.toks[j - 1].forms
    ):  # «وزير الإعلام الإريتري يماني جبر مسقل», «وزير العدل السوداني …»: the portfolio, then the owner or the name
        if nxt is None and ctx.texts[j + 1].startswith("ال") and ctx.texts[j + 1].endswith(("ي", "يه")):
            return True  # «وزير البنى التحتية الأوكراني …»: the portfolio's own adjective comes first
        return nxt is not None and nxt.kind in ("person", "state", "organization", "armed_group")
    if tok.text in ctx.lex.w("agency_nouns"):  # «رئيس جهاز المخابرات الصومالي فهد ياسين»: the state's agency
        return nxt is not None and nxt.kind == "state"
    adjective = tok.text.endswith(("ي", "يه"))
    if adjective and nxt is not None and nxt.kind == "person" and ctx.texts[j - 1].startswith("ال"):
        return True  # «رئيس المجلس الرئاسي فايز السراج»: the adjective ends the body's name before the name
    return adjective and nxt is not None and nxt.kind in ("state", "organization", "armed_group")


def _army_word(ctx: Context, j: int) -> bool:
    """«الجيش», «للقوات», «المسلحة»: an army noun (with its article or «ل») or its adjective, inside a title."""
    tok, army = ctx.toks[j], ctx.lex.w("army_nouns") | ctx.lex.w("armed_forces_nouns")
    noun = not army.isdisjoint(tok.forms) and tok.text.startswith(("ال", "لل", "لال"))
    return noun or tok.text in ctx.lex.w("armed_adjectives")


def _office_region(ctx: Context, j: int, of: list[Ment], ment_at: dict) -> int:
    """The region an office covers, inside a title ("for the Horn of Africa", «مأرب», «محافظة مأرب»): where the
    title goes on after it, else 0. A place owns nothing."""
    m = ment_at.get(j)
    if m is None and ctx.lang != "ar" and j > 0 and ctx.toks[j - 1].text == "the":
        m = ment_at.get(j - 1)  # "for the Sahel": the place's mention holds its article, already walked over
    if m is not None and m.kind == "place" and (ctx.lang == "ar" or ctx.toks[j - 1].text in ("for", "in", "the", "of")):
        return m.te
    if ctx.lang == "ar" and not of and ctx.lasts[j] in ctx.lex.w("region_nouns"):
        nxt = ment_at.get(j + 1)
        return nxt.te if nxt is not None and nxt.kind == "place" else 0
    return 0


def _located_body_ar(ctx: Context, j: int) -> int:
    """«رئيس مجلس النواب المنعقد في طبرق عقيلة صالح», «قائد القوات المتمركزة في الفاشر …»: where the title's body
    sits (a participle of `located_participles`, «في» and a place or state) is inside the title; where it goes on
    after it, else 0."""
    if ctx.lang != "ar" or j + 2 >= len(ctx.toks) or ctx.texts[j] not in ctx.lex.w("located_participles"):
        return 0
    if ctx.texts[j + 1] != "في":
        return 0
    where = ctx.starting_at(j + 2, ("place", "state"))
    return where.te if where is not None else 0


def _international_envoy(ctx: Context, j: int, of: list[Ment]) -> int:
    """«المبعوث الدولي إلى سوريا», «الوسيط الدولي»: an envoy Arabic news calls international is the UN's; its
    adjective is the owner's mention (where the title goes on after it, else 0)."""
    if ctx.lang != "ar" or of or j == 0 or ctx.covered[j] or ctx.texts[j] not in ctx.lex.w("international_adjectives"):
        return 0
    if ctx.texts[j - 1] not in ctx.lex.w("international_envoys") or ctx.kb.get("org:un") is None:
        return 0
    s, e = ctx.orig(j, j + 1)
    of.append(ctx.add(Ment(s, e, j, j + 1, "org:un", "organization", "coref", ctx.text[s:e], in_np=True)))
    ctx.register("org:un")
    return j + 1


def _army_of_owner(ctx: Context, j: int, of: list[Ment], ment_at: dict) -> int:
    """The army noun of a state named by its demonym, inside a title: «قائد الجيش الليبي» (the noun before the
    demonym), "the commander of the Libyan army" (after it). Where the title goes on, else 0."""
    army = ctx.lex.w("army_nouns") | (ctx.lex.w("armed_forces_nouns") if ctx.lang == "ar" else frozenset())
    if army.isdisjoint(ctx.toks[j].forms):
        return 0
    if ctx.lang == "ar":  # «للقوات المسلحة الليبية»: an adjective may stand between the noun and the demonym
        k = j + 1 + (j + 2 < len(ctx.toks) and ctx.texts[j + 1] in ctx.lex.w("armed_adjectives"))
        owner = ment_at.get(k)
        return k if owner is not None and owner.kind == "state" and owner.role == "demonym" else 0
    return j + 1 if of and of[-1].te == j and of[-1].kind == "state" else 0


def _unnamed_body_end(ctx: Context, j: int) -> int:
    """English: capitalized words the text does not name yet, ending in a body's head noun ("Presidential
    Council", "Joint Military Commission"), after "head of the": where they end, else 0. (Bodies are found
    after titles; the title must still reach the name after its comma.)"""
    toks, k, heads = ctx.toks, j, ctx.lex.organization_heads
    if ctx.lang == "ar":
        return 0
    while k < len(toks) and k - j < 5 and toks[k].is_word and not ctx.covered[k]:
        if not ctx.text[ctx.orig(k, k + 1)[0]].isupper():
            break
        k += 1
    return k if k > j and toks[k - 1].text in heads else 0


def _own_office_end(ctx: Context, j: int) -> int:
    """English: "deputy leader and head of their political office in Doha, X", "head of its office in Gaza, X": after
    "head of", an owner pronoun, up to three words ending in a body's head noun the text does not name, and its
    place; the title goes on to the name after the comma (0: none)."""
    toks, n = ctx.toks, len(ctx.toks)
    j += j < n and toks[j].text == "of"
    if ctx.lang == "ar" or j >= n or toks[j].text not in ctx.lex.w("owner_pronouns"):
        return 0
    k, heads = j + 1, ctx.lex.organization_heads
    while k < n and k - j <= 3 and toks[k].is_word and not ctx.covered[k] and toks[k].text not in heads:
        k += 1
    if not (k < n and toks[k].text in heads and not ctx.covered[k]):
        return 0
    k += 1
    if k + 1 < n and toks[k].text in ("in", "at") and (place := ctx.starting_at(k + 1, ("place", "state"))):
        k = place.te
    return k if k < n and toks[k].text == "," else 0


def _unnamed_organ_of(ctx: Context, j: int) -> Ment | None:
    """Capitalized words the text does not name ("Presidential Council") then "of (the)" and a body."""
    toks, k = ctx.toks, j
    while k < len(toks) and k - j < 4 and toks[k].is_word and not ctx.covered[k]:
        if not ctx.text[ctx.orig(k, k + 1)[0]].isupper():
            break
        k += 1
    if k == j or k + 1 >= len(toks) or toks[k].text != "of":
        return None
    k += 1 + (toks[k + 1].text == "the")
    return ctx.starting_at(k, ("organization", "armed_group"))


def _regime_in(ctx: Context, j: int) -> Ment | None:
    """English: "the head of the military regime in Niger", "the leader of the junta in Mali": a government noun
    (with up to two lowercase words before it) in or of a state; the state owns the title."""
    toks, n, k, nouns = ctx.toks, len(ctx.toks), j, ctx.lex.w("regime_nouns")
    if ctx.lang == "ar":
        return None
    while k < n and k - j < 2 and toks[k].is_word and not ctx.covered[k] and toks[k].text not in nouns:
        k += 1
    if not (k + 1 < n and toks[k].text in nouns and toks[k + 1].text in ("in", "of")):
        return None
    k += 2 + (k + 2 < n and toks[k + 2].text == "the")
    return ctx.starting_at(k, ("state",)) if k < n else None


def _qualifies_body(ctx: Context, state: Ment, body: Ment) -> bool:
    """English: a state right before a body ("the Sudan Sovereign Council"), or its possessive with up to two
    lowercase words between ("Sudan's ruling Sovereign Council"), names where the body is; the body owns (as an
    organ owns after its parent's possessive, "the Taliban's political office")."""
    if ctx.lang == "ar" or body.kind == "state":
        return False
    if state.kind != "state":  # "the head of the Taliban's political office": an organ of the body before it
        e = ctx.kb.get(body.entity)
        parent = e.record.get("parent") if e is not None else None
        return parent == state.entity and ctx.texts[state.te : body.ts] in (["'s"], ["'"])
    k = state.te
    if k < body.ts and ctx.texts[k] in ("'s", "'"):
        k += 1
        x = ctx.starting_at(k)
        k = x.te + 2 if x is not None and _backer(ctx, x) else k  # "Libya's UN-backed Government of National …"
        while k < body.ts and body.ts - k <= 2 and ctx.toks[k].is_word and not ctx.covered[k]:
            k += 1
    return k == body.ts


def _backer(ctx: Context, m: Ment) -> bool:
    """ "the Turkish-backed coalition", "Libya's UN-recognised Government of National Accord": the state or body
    that backs (or recognises) the body the title names, not the title's owner."""
    words = ctx.lex.any_of("backed_participles", "recognised_participles")
    return ctx.texts[m.te : m.te + 1] == ["-"] and m.te + 1 < len(ctx.toks) and ctx.texts[m.te + 1] in words


def _past_adjectives_en(ctx: Context, j: int, e: int) -> int:
    """English, inside a title after "the"/"of"/"in": up to two lowercase words before the body or state they
    describe ("in the main Ahrar al-Sham rebel group", "of the powerful Wagner group"); where it starts, or j."""
    toks = ctx.toks
    if ctx.lang == "ar" or j <= e or toks[j - 1].text not in ("the", "of", "in", "for", "at", "'s"):
        return j
    hyphened = ctx.texts[j + 1 : j + 3]  # "the head of the Western-backed coalition"
    if hyphened[:1] == ["-"] and hyphened[1:] and hyphened[1] in ctx.lex.w("short_form_modifiers"):
        if ctx.starting_at(j + 3, ("organization", "armed_group")) is not None:
            return j + 3
    for k in (j + 1, j + 2):
        if k >= len(toks) or not all(toks[x].is_word and not ctx.covered[x] for x in range(j, k)):
            return j
        if any(ctx.text[ctx.orig(x, x + 1)[0]].isupper() for x in range(j, k)) or ctx.lex.titles.match_at(toks, j):
            return j
        if ctx.starting_at(k, ("state", "organization", "armed_group")) is not None:
            return k
    return j


def _organ_of_ar(ctx: Context, j: int) -> Ment | None:
    """«رئيس المكتب السياسي لحركة «حماس»», «قائد الجناح العسكري للحركة الشعبية», «المتحدث باسم جماعة "أنصار
    الله"»: definite words the text does not name (an organ of a body, up to three), «ل»/«في»/«ب», a body's head
    noun or quotes, then the body itself: the organ belongs to that body, which owns the title."""
    toks, n, k = ctx.toks, len(ctx.toks), j
    organ = j  # «عضو وفد حماس المفاوض», «عضو هيئة رئاسة المجلس الانتقالي»: one or two organ nouns
    while organ < n and organ - j < 2 and toks[organ].forms[-1] in ctx.lex.w("organ_nouns") and not ctx.covered[organ]:
        organ += 1
    body = ctx.starting_at(organ, ("organization", "armed_group")) if j < organ < n else None
    if body is not None:
        return body
    while k < n and k - j < 3 and not ctx.covered[k] and toks[k].text.startswith("ال") and toks[k].is_word:
        k += 1
    if k >= n:
        return None
    heads = ctx.lex.organization_heads
    if k > j or toks[k].text in ("في", "ل"):  # an organ, then the word that links it to its body
        glued = toks[k].text[:1] in ("ل", "ب") and len(toks[k].forms) > 1
        if not (glued or toks[k].text in ("في", "ل")):
            return None
        if glued and toks[k].forms[-1] not in heads:
            return ctx.starting_at(k, ("organization", "armed_group"))  # «لحماس», «للحركة الشعبية»
        k += toks[k].text in ("في", "ل")
    start = k
    while k < n and k - start < 3 and (toks[k].text == '"' or toks[k].forms[-1] in heads):
        if ctx.starting_at(k, ("organization", "armed_group")) is not None:
            break
        k += 1  # «لحركة "حماس"», «لـ«حماس»»
    if k == j or k >= n:
        return None
    body = ctx.starting_at(k, ("organization", "armed_group"))
    if body is None and k > start:  # «لحركة المقاومة الفلسطينية «حماس»»: what the movement is, then its name
        q = next((x for x in range(k, min(n - 1, k + 4)) if toks[x].text == '"'), -1)
        body = ctx.starting_at(q + 1, ("organization", "armed_group")) if q > 0 else None
    return body


def _closed_definite(ctx: Context, e: int, m: Ment) -> bool:
    """Arabic: a title that ends in a word with the article («الوزير», «الرئيس», «وزير الخارجية») takes no owner
    by a bare name right after it (a construct's head has no article: «وزير خارجية إيران»); only an adjective
    agrees with it («الوزير التركي», «المبعوث الأممي») or a preposition links one («الأمين العام للأمم المتحدة»,
    «وزير الدولة بوزارة الخارجية»). A name with neither there («حزب الله», «إسرائيل», «حماس») is the next word
    of the sentence, its verb's object: «وهدد الوزير حزب الله» is the minister named before."""
    if ctx.lang != "ar" or m.role == "demonym" or not ctx.texts[e - 1].startswith(_DEFINITE_AR):
        return False
    glued = ctx.texts[m.ts].startswith((*_DEFINITE_AR, "لال")) or m.start > ctx.orig(m.ts, m.te)[0]
    return not glued  # («للأمم المتحدة», «بوزارة الخارجية», «لحزب الله»: a preposition glued to the name links it)


# Offices held at home: a state after «إلى» past the owner is where the holder goes (envoys are sent to one)
_SEATED_OFFICES = frozenset(
    {"head_of_state", "president", "vice_president", "deputy_prime_minister", "king", "emir", "crown_prince"}
    | {"prime_minister", "foreign_minister", "deputy_foreign_minister", "defence_minister", "minister", "speaker"}
)
_ENVOYS = frozenset({"envoy", "minister", "foreign_minister", "defence_minister", "spokesperson", "ambassador"})


def _object_after_title(ctx: Context, e: int, person: Ment, office: str, of: list[Ment]) -> bool:
    """«والتقى المبعوث بنيامين نتنياهو»: a bare Arabic title with the article and a name right after it whom the
    knowledge base gives offices on the article's date, none of them this one (nor one holding it: "minister" in
    "foreign_minister"): the title is the envoy named before, the name his verb's object."""
    if of or ctx.on is None or office not in _ENVOYS or person.role != "name" or not _closed_definite(ctx, e, person):
        return False  # (not a rank or honorific: «وأخيه الأمير محمد بن سلمان ولي العهد», «عضو الوفد X»)
    roles = ctx.kb.roles_of(person.entity, ctx.on)
    return bool(roles) and not any(office in r.office or r.office in office for r in roles if r.office)


def _linked(ctx: Context, j: int, e: int) -> bool:
    toks = ctx.toks
    prev_link = toks[j - 1].text in _TITLE_PREP_AR | _TITLE_PREP_EN | {"و", "and", ","}
    prev_link = prev_link or (ctx.lang == "ar" and toks[j].text[:1] == "ل" and len(toks[j].forms) > 1)  # «للسودان»
    if j == e and ctx.lang != "ar":  # "UN envoy to Yemen X": a title phrase that ends in its preposition
        return toks[j - 1].text in _TITLE_PREP_EN
    return j > e and (prev_link or (toks[j].text.startswith("و") and len(toks[j].forms) > 1))


def _title_filler(ctx: Context, j: int, of: list[Ment]) -> bool:
    """Words inside a title that name no one: «الخاص», «لدى», "of the", «للشؤون …», the owner's noun before its
    quoted name («الأمين العام لحلف «الناتو» X»)."""
    w, tok = ctx.toks[j].text, ctx.toks[j]
    return (
        w in _TITLE_SKIP_AR
        or w in ctx.lex.w("title_fillers")
        or w in _TITLE_PREP_AR
        or (ctx.lang != "ar" and w in _TITLE_PREP_EN)
        or any(f in _TITLE_PREP_AR for f in tok.forms[:1])
        or w in ctx.lex.person_cues
        or (w == "." and j > 0 and ctx.toks[j - 1].text in ctx.lex.person_cues)  # "Maj." (a sentence's end is none)
        or bool(ctx.lang == "ar" and of and w.startswith(("لال", "لل")) and len(w) > 4)
        or bool(ctx.lang == "ar" and j > 0 and ctx.toks[j - 1].forms[-1] == "شوون")  # «للشؤون الخارجية»
        or bool(ctx.lang == "ar" and w.startswith("ل") and len(tok.forms) > 1 and ctx.texts[j + 1 : j + 2] == ['"'])
        or bool(ctx.lang == "ar" and j > 1 and ctx.toks[j - 2].forms[-1] == "شوون" and w.startswith("وال"))
        or _affairs_words_ar(ctx, j)
    )


def _affairs_words_ar(ctx: Context, j: int) -> bool:
    """«لشؤون الشرق الأوسط», «لشؤون القرن الأفريقي», «لشؤون أمن الطاقة»: the words of the portfolio after «شؤون»,
    up to three, inside the title before the name: definite words, the first of them also a noun in construct
    with the definite word after it."""
    toks, texts = ctx.toks, ctx.texts
    if ctx.lang != "ar" or ctx.covered[j] or j == 0:
        return False
    if not texts[j].startswith("ال"):  # «أمن» in «لشؤون أمن الطاقة»
        return toks[j - 1].forms[-1] == "شوون" and texts[j + 1 : j + 2] != [] and texts[j + 1].startswith("ال")
    for k in range(j - 1, max(j - 4, -1), -1):
        if toks[k].forms[-1] == "شوون":
            return True
        if ctx.covered[k] or not texts[k].startswith("ال") and not (k > 0 and toks[k - 1].forms[-1] == "شوون"):
            return False
    return False


def _holder(ctx: Context, i: int, j: int, e: int, office: str, ment_at: dict) -> Ment | None:
    """The person a title introduces (_introduced), except the one a title ending in "for" / «باسم»
    (`serving_words`) names right after it ("a spokesman for Annan", «المتحدث باسم أنان»): that is whom the
    holder serves; the holder is the name after the next comma ("The spokesman for Annan, Ahmad Fawzi, said"),
    else the name before, in apposition."""
    person = _introduced(ctx, i, j, e, office, ment_at)
    if person is None or person.ts != j or j == 0 or ctx.texts[j - 1] not in ctx.lex.w("serving_words"):
        return person
    k = person.te  # («المتحدث باسم أنان أحمد فوزي»: the holder's name may follow with no comma too)
    return _person_after(ctx, k, k, office, ment_at) if k < len(ctx.toks) else None


def _introduced(ctx: Context, i: int, j: int, e: int, office: str, ment_at: dict) -> Ment | None:
    """The person a title starting at token i introduces: the name after it, unless the title stands between
    commas right after a name ("Accompanied by Rustem Umerov, the security council chief, Yermak discussed …":
    Umerov's title; the name after the second comma opens the clause)."""
    if ctx.lang == "ar" and _apposed_ar(ctx, i, j, ment_at):
        return None  # (the name before takes the title: _apposition_person)
    person = _person_after(ctx, j, e, office, ment_at) or _stacked_title_holder(ctx, i, j, ment_at)
    if person is None or ctx.lang == "ar" or person.ts <= j or ctx.toks[j].text != ",":
        return person
    k = _skip_portfolio(ctx, i) - 1
    mods = ctx.lex.w("title_modifiers")
    while k >= 0:  # back over "the", "'s", "top" and the title's owner ("Azerbaijan's foreign minister")
        owner = ctx.ending_at(k + 1)
        if ctx.texts[k] in ("the", "a", "an", "'s", "'") or (ctx.texts[k] in mods and not ctx.covered[k]):
            k -= 1
        elif owner is not None and owner.kind != "person":
            k = owner.np_start - 1
        elif ctx.texts[k] == "and" and any(t.te == k for t in ctx.titles):
            k = _coordinated_title_comma(ctx, k)  # "X, Special Representative of the Secretary General and Head of
            break  # the mission, Y, …": the first of two titles joined by "and" opens after X's comma
        else:
            break
    before = ctx.ending_at(k) if k >= 1 and ctx.texts[k] == "," else None
    if before is not None and _titled_list_item(ctx, before, person):
        return person
    return before if before is not None and before.kind == "person" else person


def _titled_list_item(ctx: Context, before: Ment, person: Ment) -> bool:
    """In a list of titled people ("met with Coordinator A, the Humanitarian Coordinator B, the Minister of Defense
    in the GNA, C, and senior officials"), a title between commas after a name that has a title of its own, and
    before a name that the list goes on after (a comma or "and"), is the next name's: B is already named by his."""
    if not any(t.person is before and t.te <= before.te for t in ctx.titles):
        return False
    k = person.te
    return k < len(ctx.texts) and (ctx.texts[k] == "," or ctx.texts[k] in ctx.lex.w("and"))


def _coordinated_title_comma(ctx: Context, k: int) -> int:
    """The comma before a title that a second one joins with "and" at k (within a few words, no other comma or
    sentence end between); k itself when there is none."""
    texts = ctx.texts
    c = next((x for x in range(k - 1, max(0, k - 15), -1) if texts[x] in (",", ".", ";", ":")), -1)
    return c if c >= 1 and texts[c] == "," and any(t.ts == c + 1 for t in ctx.titles) else k


def _apposed_ar(ctx: Context, i: int, j: int, ment_at: dict) -> bool:
    """«عراقجي، وزير الخارجية الإيراني، وفيصل بن فرحان …», «فيصل بن فرحان، وزير خارجية السعودية، جرى خلاله …»: a
    title between commas right after a name is that name's apposition, unless a name follows the second comma
    without «و» (which would be the title's own holder, the verb's object); what follows is no name to discover."""
    toks, commas = ctx.toks, (",", "،")
    if i < 2 or j + 1 >= len(toks) or toks[i - 1].text not in commas or toks[j].text not in commas:
        return False
    before = ctx.ending_at(i - 1)
    if before is None or before.kind != "person":
        return False
    nxt, t = ment_at.get(j + 1), toks[j + 1]
    glued_and = t.text.startswith("و") and len(t.forms) > 1 and t.forms[1] == t.text[1:]
    return nxt is None or nxt.kind != "person" or glued_and


def _past_rank_adjective_ar(ctx: Context, k: int) -> int:
    """«قائد قوات الدعم السريع السودانية الفريق أول …»: past the body's adjective (a demonym) when a rank follows."""
    adj = next((x for x in ctx.ments.starting(k) if x.role == "demonym"), None) if ctx.lang == "ar" else None
    if adj is None or adj.te >= len(ctx.toks) or ctx.toks[adj.te].text not in ctx.lex.person_cues:
        return k
    adj.in_np = True
    return adj.te


def _stacked_title_holder(ctx: Context, i: int, k: int, ment_at: dict) -> Ment | None:
    """«رئيس مجلس السيادة السوداني قائد الجيش عبد الفتاح البرهان»: a construct title (from token i) and a second one
    right after it (at k: no comma, no «و»; Arabic), its owner, then a name the knowledge base gives two offices on
    the article's date, one of them in the first title's owner (or its state): both titles are that name's.
    Otherwise the first title is a verb's subject and the second its object's («واستقبل أمير قطر رئيس المكتب
    السياسي …»), as after a first title with the article («والتقى الرئيس التركي رئيسة وزراء إيطاليا …»)."""
    toks, n = ctx.toks, len(ctx.toks)
    if ctx.lang != "ar" or k >= n or toks[i].text.startswith(("ال", "وال")) or toks[k].text.startswith(("ال", "و")):
        return None
    second = ctx.lex.titles.match_at(toks, k)
    if not second:
        return None
    first_owners = {x.entity for x in ctx.ments.ending_within(i, k) if x.ts >= i}
    for x in list(first_owners):  # (the Sovereignty Council is Sudan's: its head heads the state)
        rec = e.record if (e := ctx.kb.get(x)) is not None else {}
        first_owners |= {rec[f] for f in ("state", "parent") if rec.get(f)}
    k = _title_end(ctx, second[1], [], ment_at)  # («قائد الجيش», «قائد قوات الدعم السريع»: its owner)
    m = ment_at.get(k)
    roles = ctx.kb.roles_of(m.entity, ctx.on) if m is not None and m.kind == "person" else []
    if len(roles) < 2 or first_owners and not first_owners & {r.of for r in roles}:
        return None  # («واستقبل أمير قطر رئيس المكتب السياسي لحركة حماس إسماعيل هنية»: the first is the subject,
        # Qatar none of his offices)
    return m


def _person_after(ctx: Context, j: int, e: int, office: str, ment_at: dict) -> Ment | None:
    """The person a title introduces: a known mention or a discovered name after it."""
    toks, n, lex = ctx.toks, len(ctx.toks), ctx.lex
    k = _past_rank_adjective_ar(ctx, _past_acronym(ctx, _past_place_ar(ctx, j, e)))
    if k < n and toks[k].text in (",", "،", ":"):
        k += 1
        k = _past_one_of(ctx, k)  # «عضو المكتب السياسي لحماس، وأحد أبرز قادة الحركة، محمود الزهار»
        second = lex.titles.match_at(toks, k) if ctx.lang == "ar" and k < n and not ctx.covered[k] else None
        if second and toks[k].text.startswith("ال"):
            k = second[1]  # «رئيس المخابرات المصرية، الوزير عباس كامل»: a second title of the same person
        elif ctx.lang != "ar":
            k = _second_title_en(ctx, k)  # "the AU's High Representative, former Nigerian President X"
    m = ment_at.get(k)
    m = m if m and m.kind == "person" else _after_brackets(ctx, k, ment_at)
    if m and m.kind == "person":
        return m  # «قائد الجيش، الفريق أول …»: the rank is inside the name's mention
    if ctx.lang == "ar" and k + 2 < n and toks[k + 1].text in lex.person_cues and not ctx.covered[k]:
        k += 1  # «المتحدث باسم قواته اللواء X»: the owner's word, then the rank and the name
    cue, honorifics, seconds = k, lex.w("honorifics"), lex.w("rank_seconds")
    while k < n and (
        toks[k].text in lex.person_cues
        or (toks[k].text == "." and k and toks[k - 1].text in lex.person_cues)  # ("Brig. Gen.", not a sentence's end)
        or toks[k].text in honorifics
        or (toks[k].text in seconds and k and (toks[k - 1].text in lex.person_cues or toks[k - 1].text in seconds))
    ):  # (the title took the rank, or its first words: «… الفريق أول» + «الركن»)
        k += 1  # «وزير الخارجية الدكتور محمد جواد ظريف»
        k += k < n and toks[k].text == "." and ctx.lang != "ar"  # "army spokesman Brig. Gen. X": abbreviated ranks
        while k < n and toks[k].text in lex.w("rank_seconds"):
            k += 1  # «الفريق أول», «اللواء الركن», «الفريق أول الركن»: a rank in two or three words
    while k > cue and k < n and ctx.lang == "ar":  # «الجنرال الدنماركي المتقاعد مايكل …»: the rank's adjectives
        demonym = next((x for x in ctx.ments.starting(k) if x.role == "demonym"), None)
        if demonym is None and toks[k].text not in _TITLE_SKIP_AR:
            break
        if demonym is not None:
            demonym.in_np = True
        k = demonym.te if demonym is not None else k + 1
    k = _past_bare_body(ctx, k)
    after_prep = k > e and toks[k - 1].text in _TITLE_PREP_AR | _TITLE_PREP_EN
    m = _unquoted(ctx, k, ment_at)
    if m and m.kind == "person":
        return m
    if ctx.lang == "ar" and (
        any(toks[x].text in (".", "!", "؟") for x in range(max(0, j - 1), k)) or (k < n and _long_quotation(ctx, k))
    ):  # «… بإشراف الأمين العام للأمم المتحدة. وتجنب الوزيران …»: the next sentence names no one here;
        return None  # «قال X، الناطق باسم حماس "تعاطينا بإيجابية مع …"»: words quoted after the title, no name
    if k < n and not ctx.covered[k] and not after_prep and (ctx.lang == "ar" or not lex.titles.match_at(toks, k)):
        span = _discover_ar_name(ctx, k) if ctx.lang == "ar" else _discover_en_name(ctx, k)
        if span:
            person = _add_person(ctx, span, office)
            ment_at[person.ts] = person
            return person
    return None


def _past_bare_body(ctx: Context, k: int) -> int:
    """«المتحدث باسم الحكومة سعد الحديثي», «المتحدث باسم الجيش نبيل عبد الله»: a body named by a bare noun
    (`spokesman_bodies`) after «باسم» (`serving_words`), then a given name the knowledge base knows: the name
    starts after the noun."""
    toks, n = ctx.toks, len(ctx.toks)
    if ctx.lang != "ar" or not 0 < k < n - 1 or ctx.covered[k]:
        return k
    if toks[k - 1].text in ctx.lex.w("serving_words") and toks[k].text in ctx.lex.w("spokesman_bodies"):
        return k + 1 if toks[k + 1].text in given_names(ctx) else k
    return _past_construct_body(ctx, k)


def _past_construct_body(ctx: Context, k: int) -> int:
    """«المتحدث الإعلامي لرئاسة الوزراء سعد الحديثي», «المتحدث باسم قيادة العمليات X»: a body named by a noun
    (`spokesman_construct_bodies`), after «باسم» or with «لـ» glued after a spokesman's title, and its definite
    genitive, then a given name the knowledge base knows: the name starts after the two words."""
    toks, n, tok = ctx.toks, len(ctx.toks), ctx.toks[k]
    glued = tok.text.startswith("ل") and len(tok.forms) > 1
    spokesman = any(toks[x].text in ctx.lex.w("spokesman_words") for x in range(max(0, k - 3), k))
    if k + 2 >= n or not (toks[k - 1].text in ctx.lex.w("serving_words") or (glued and spokesman)):
        return k
    noun = tok.forms[1] if glued else tok.text
    if noun not in ctx.lex.w("spokesman_construct_bodies") or not toks[k + 1].text.startswith("ال"):
        return k
    if ctx.covered[k + 1] or toks[k + 2].text not in given_names(ctx):
        return k
    return k + 2


def _long_quotation(ctx: Context, k: int) -> bool:
    """An opening quotation mark at k (or right before it) whose closing one is not within five words: a
    quotation, not a name in quotes («الفريق أول ركن "عبد الفتاح البرهان"»)."""
    toks = ctx.toks
    if toks[k].text not in _OPENING_QUOTES and k > 0:  # (the title's phrase may have taken the mark, when it opens
        k -= ctx.texts[max(0, k - 40) : k].count('"') % 2 == 1  # one: «حركة "الجهاد الإسلامي" داود» closes)
    if toks[k].text not in _OPENING_QUOTES:
        return False
    end = min(len(toks), k + 7)
    return not any(toks[x].text in ('"', "»", "”") for x in range(k + 1, end))


def _unquoted(ctx: Context, k: int, ment_at: dict) -> Ment | None:
    """The mention at token k, or (Arabic) the one right after an opening quote there: «الفريق أول ركن "عبد
    الفتاح البرهان"», a name in quotes after the title."""
    m = ment_at.get(k)
    if m is None and ctx.lang == "ar" and k + 1 < len(ctx.toks) and ctx.toks[k].text in _OPENING_QUOTES:
        m = ment_at.get(k + 1)
    return m


def _after_brackets(ctx: Context, k: int, ment_at: dict) -> Ment | None:
    """«رئيس المكتب السياسي لحركة المقاومة الإسلامية (حماس) إسماعيل هنية»: a known name right after the body's
    short name in brackets (with no comma between) is the title's holder."""
    toks, n = ctx.toks, len(ctx.toks)
    k -= 0 < k < n and toks[k - 1].text == "("  # (the owner's mention may end inside the brackets)
    if k >= n or toks[k].text != "(":
        return None
    close = next((x for x in range(k + 1, min(n, k + 5)) if toks[x].text == ")"), None)
    person = ment_at.get(close + 1) if close is not None else None
    if person is None or person.kind != "person":
        return None
    for x in range(k + 1, close):  # (the short name is the owner's, inside the title's phrase)
        if (short := ment_at.get(x)) is not None:
            short.in_np = True
    return person


def _past_acronym(ctx: Context, k: int) -> int:
    """ "the head of the UN mission in Mali (MINUSMA), X", «رئيس بعثة الأمم المتحدة (مينوسما)، X»: the body's short
    name in brackets stands between the title and the comma before the name; where the name may start."""
    toks, n = ctx.toks, len(ctx.toks)
    if k + 1 < n and toks[k].text == ")" and toks[k + 1].text in (",", "،"):
        return k + 1  # (the title took the short name in: "(UNMISS")
    if k >= n or toks[k].text != "(":
        return k
    close = next((x for x in range(k + 1, min(n, k + 5)) if toks[x].text == ")"), None)
    return close + 1 if close is not None and close + 1 < n and toks[close + 1].text in (",", "،") else k


def _past_place_ar(ctx: Context, j: int, e: int) -> int:
    """«قائد قوات الدعم السريع بالسودان محمد حمدان دقلو», «… في السودان، محمد حمدان دقلو»: where the body of a
    title is, «ب»/«في» and a state or place (or a region the office covers, `office_regions`), stands between the
    title and its name; where the name may start."""
    toks, n = ctx.toks, len(ctx.toks)
    if ctx.lang != "ar" or j <= e or j >= n:
        return j
    k = j + (toks[j].text == "في")
    where = ctx.starting_at(k, ("state", "place")) if k < n else None
    if where is None and "في" in (toks[j - 1].text, toks[j].text):
        regions = ctx.lex.w("office_regions")  # (the longest: «… في الشرق الأوسط وشمال أفريقيا X»)
        return next((k + w for w in range(5, 0, -1) if " ".join(ctx.texts[k : k + w]) in regions), j)
    if where is None or not (k > j or (toks[k].text[:1] == "ب" and len(toks[k].forms) > 1)):
        return j
    return where.te


def _past_one_of(ctx: Context, k: int) -> int:
    """After a title's comma, an aside that calls the person "one of" a group («وأحد أبرز قادة الحركة،», "and one
    of its founders,") is no name: where the next comma ends it (k itself when no such aside is there)."""
    toks, n = ctx.toks, len(ctx.toks)
    if k >= n or ctx.lex.w("one_of").isdisjoint(toks[k].forms):
        return k
    end = next((x for x in range(k + 1, min(n, k + 9)) if toks[x].text in (",", "،")), -1)
    return end + 1 if end > 0 else k


def _paired_holders(ctx: Context, span: tuple[int, int], office: str, of: list[Ment], person: Ment) -> list[Ment]:
    """The owners of a title that introduces a name. "The foreign ministers of Egypt, Jordan and Saudi Arabia,
    A, B and C", "the Russian and Turkish presidents, A and B": as many states as names, one to each in order;
    «الرئيسان التركي أردوغان والروسي بوتين»: a demonym and a name after the first name are the next holder;
    "Foreign Minister X of Azerbaijan": the owner after the name. Returns the first name's owners."""
    if not of and ctx.lang != "ar":
        return _owner_after_name(ctx, person)
    plural = any(ctx.texts[x].endswith("s") for x in range(span[0], min(span[1], span[0] + 3)))
    if ctx.lang != "ar" and len(of) == 1 and of[0].te <= span[0] and plural:
        of = _states_before(ctx, of[0]) + of  # "the Russian and Turkish presidents"
    states = [x for x in of if x.kind == "state"]
    people = _listed(ctx, person, "person") if len(states) >= 2 else []
    pairs = _by_known_roles(ctx, states, people) if len(states) == len(people) >= 2 else []
    k = person.te
    k += k + 1 < len(ctx.toks) and ctx.texts[k] in (",", "،") and ctx.toks[k + 1].text[:1] == "و"  # «أردوغان، والروسي»
    while ctx.lang == "ar" and not pairs and k < len(ctx.toks) and ctx.toks[k].text[:1] == "و":  # «… والروسي بوتين»
        st = ctx.starting_at(k, ("state",))
        nxt = ctx.starting_at(st.te, ("person",)) if st is not None and st.role == "demonym" else None
        if nxt is None:
            break
        pairs.append((st, nxt))
        k = nxt.te
    for st, p in pairs[1:] if len(states) >= 2 else pairs:
        st.in_np = True
        p.office = p.office or office
        ctx.titles.append(TitleNP(span[0], span[1], office, [st], p))
    return [pairs[0][0]] if pairs and len(states) >= 2 else of


def _by_known_roles(ctx: Context, states: list[Ment], people: list[Ment]) -> list[tuple[Ment, Ment]]:
    """Each listed state to its listed holder: by the knowledge base's roles on the date when they tell each
    person's state ("the presidents of both countries, Felix Tshisekedi and Paul Kagame", whatever order the two
    countries were named in), else in the order written ("of Egypt and Jordan, A and B")."""
    own = [{r.of for r in ctx.kb.roles_of(p.entity, ctx.on)} if ctx.on else set() for p in people]
    fit = [[st for st in states if st.entity in mine] for mine in own]
    if all(len(f) == 1 for f in fit) and len({f[0].entity for f in fit}) == len(states):
        return [(f[0], p) for f, p in zip(fit, people, strict=True)]  # (in the people's order: the first is his)
    return list(zip(states, people, strict=False))


def _states_before(ctx: Context, first: Ment) -> list[Ment]:
    """ "Russian and Turkish": the states coordinated right before the one next to an English title."""
    out: list[Ment] = []
    k = first.np_start
    while k >= 2 and ctx.toks[k - 1].text in ("and", ","):
        end = k - 1 - (ctx.toks[k - 2].text in ("'s", "'"))  # "Ukraine's and Russia's foreign ministers"
        m = next((x for x in ctx.ments.ending(end) if x.kind == "state"), None)
        if m is None:
            break
        out.insert(0, m)
        k = m.np_start
    return out


def _listed(ctx: Context, first: Ment, kind: str) -> list[Ment]:
    """Mentions of one kind coordinated from `first` on: "A, B and C" / «A وB وC»."""
    out, k, toks = [first], first.te, ctx.toks
    while k < len(toks) and len(out) < 8:
        if toks[k].text in (",", "،", "and"):
            k += 1
        nxt = ctx.starting_at(k, (kind,))
        if nxt is None or nxt in out:
            break
        out.append(nxt)
        k = nxt.te
    return out


def _owner_after_name(ctx: Context, person: Ment) -> list[Ment]:
    """ "Prime Minister X of the Government of National Unity": the state or body after "of" right after the
    name a title introduced."""
    k = person.te
    if k + 1 >= len(ctx.toks) or ctx.toks[k].text != "of":
        return []
    k += 1 + (ctx.toks[k + 1].text == "the")
    owner = ctx.starting_at(k, ("state", "organization", "armed_group"))
    if owner is not None and owner.te + 1 < len(ctx.toks) and ctx.toks[owner.te].text == "-":
        k = owner.te + 2  # "of the UN-recognised Government of National Accord": the UN qualifies the owner
        owner = ctx.starting_at(k, ("state", "organization", "armed_group"))
    return [owner] if owner is not None and owner.role != "resolution" else []


def _second_title_en(ctx: Context, k: int) -> int:
    """After an English title and a comma, a second title of the same person ("former Nigerian President"):
    where the name starts; k itself when no title stands there."""
    toks, n, k0 = ctx.toks, len(ctx.toks), k
    while k < n and toks[k].text in ctx.lex.w("title_modifiers"):
        k += 1
    owner = ctx.starting_at(k, ("state", "organization"))
    k = owner.te if owner is not None else k
    if owner is None and k + 1 < n and toks[k].is_word and ctx.text[ctx.orig(k, k + 1)[0]].islower():
        k += not ctx.lex.titles.match_at(toks, k)  # "junta chief X": a word for what he heads
    hit = ctx.lex.titles.match_at(toks, k) if k < n and not ctx.covered[k] else None
    return hit[1] if hit else k0


def _ment_ending_at(ctx: Context, te: int) -> Ment | None:
    return ctx.ending_at(te)


def _apposition_person(ctx: Context, title_ts: int, of: list[Ment]) -> Ment | None:
    """ "Gatilov, Russia's deputy foreign minister" / «غاتيلوف، نائب وزير الخارجية»."""
    k = title_ts - 1 if ctx.lang == "ar" else _skip_portfolio(ctx, title_ts) - 1
    if ctx.lang != "ar":
        mods = ctx.lex.w("title_modifiers")  # "X, a senior Hamas official", "X, another member of the delegation"
        arts = ctx.lex.any_of("articles", "apposition_determiners")
        while k >= 0 and (
            ctx.toks[k].text in ("the", "'s", "'", "s", ")")
            or ctx.toks[k].text in mods
            or ctx.toks[k].text in arts
            or any(m.te == k + 1 and m in of for m in of)
        ):
            if ctx.toks[k].text == ")":  # "X, the African Union's (AU) mediator": the body's short name in brackets
                k = _bracket_open(ctx, k) - 1
                continue
            owner = next((m for m in of if m.te == k + 1), None)
            k = owner.np_start - 1 if owner is not None else k - 1  # "X, the Russian foreign ministry spokeswoman"
        if k >= 2 and ctx.toks[k].text == "," and ctx.toks[k - 1].text.isdigit() and ctx.toks[k - 2].text == ",":
            k -= 2  # "Bertrand Bisimwa, 51, president of the M23": an age between the name and its title
    k = _past_role_relative(ctx, k)
    if k >= 0 and ctx.toks[k].text in (",", "،"):
        m = _ment_ending_at(ctx, k)
        if m and m.kind == "person":
            return m
        if ctx.lang != "ar" and m is None:
            return _name_before_comma(ctx, k)  # "Abdul Qahar Balkhi, a spokesman for …": a new name
        if m is None:
            return _ar_name_after_verb(ctx, k)
    if ctx.lang == "ar" and k >= 0:  # «عبدالملك المخلافي نائب رئيس الوزراء»: apposition without a comma
        m = _ment_ending_at(ctx, k + 1)
        if m and m.kind == "person":
            return m
    return None


def _bracket_open(ctx: Context, k: int) -> int:
    """The "(" of the short bracket closing at token k (up to three tokens inside); k itself when there is none."""
    return next((x for x in range(k - 1, max(-1, k - 5), -1) if ctx.toks[x].text == "("), k)


def _past_role_relative(ctx: Context, k: int) -> int:
    """ "Gallant, who serves as defence minister", «العبادي، الذي يشغل أيضاً منصب القائد العام …»: a relative
    clause that only says the name after the comma holds the title (`role_relatives`, ending at token k); the
    token before it (k itself when there is none)."""
    words = ctx.lex.w("role_relatives")
    for n in range(2, 6):
        if k - n >= 0 and " ".join(ctx.texts[k - n + 1 : k + 1]) in words:
            return k - n
    return k


def _ar_name_after_verb(ctx: Context, comma: int) -> Ment | None:
    """«وكتب دبرصيون جبرميكائيل، رئيس الجبهة …»: two to four name words between a verb and the comma of an Arabic
    apposition, a person the knowledge base may not know (the verb opens the clause; its subject is the name, when
    it starts with a given name the knowledge base knows: «مصادر دبلوماسية، الناطق …» is no one). The name may
    also open the sentence («خالد فارس، رئيس المجلس المحلي، قال …») or follow a mention or a definite noun, the
    verb's subject («واعتقلت قوات الأمن خالد فارس، أحد قادة المعارضة، …»). A first word the knowledge base knows
    as no given name will do there, if it is no unnamed speaker («مصادر») nor a region's noun («مدينة»)."""
    verbs, given = ctx.trigger_hits[1], given_names(ctx)
    for start in range(comma - 2, max(comma - 5, -1), -1):
        verb = verbs.get(start - 1)
        opens = (verb is not None and not verb[0].nominal) or _opens_name_ar(ctx, start)
        if not opens or not ctx.free(start, comma) or not (ctx.texts[start] in given or _may_open_name(ctx, start)):
            continue
        span = _discover_ar_name(ctx, start)
        if span == (start, comma):
            return _add_person(ctx, span, None)
    return None


def _may_open_name(ctx: Context, k: int) -> bool:
    forms = ctx.toks[k].forms
    return ctx.lex.any_of("unnamed_speakers", "region_nouns").isdisjoint(forms)


def _opens_name_ar(ctx: Context, start: int) -> bool:
    """A name may start at token `start`: the sentence starts there, or a mention or a definite noun ends right
    before it (not a word that may be the name's own first part)."""
    if start == 0 or ctx.texts[start - 1] in (".", "!", "؟", "\n", ":"):
        return True
    prev, toks = ctx.toks[start - 1], ctx.toks
    if toks[start].text in ("ولد", "بن", "ابن", "بنت") or any(m.kind == "person" for m in ctx.ments.ending(start)):
        return False  # («محمد الأمين ولد سيدي», «هايلي برهي ولدو»: the name goes on from the words before)
    return prev.is_word and (bool(ctx.covered[start - 1]) or prev.text.startswith(("ال", "وال")))


_NOT_NAMES = frozenset(
    "on in at the after before during last this earlier later meanwhile monday tuesday wednesday thursday friday "
    "saturday sunday january february march april may june july august september october november december".split()
)


def _name_before_comma(ctx: Context, comma: int) -> Ment | None:
    """The capitalized words right before the comma of an English apposition, when they open the sentence or
    follow a lowercase word: a person's name the knowledge base does not know."""
    toks, k = ctx.toks, comma
    while k > 0 and toks[k - 1].is_word and not ctx.covered[k - 1] and comma - k < 7:
        if k >= 3 and toks[k - 2].text == "-" and not ctx.covered[k - 3] and _capital_or_particle(ctx, k - 3):
            k -= 2  # "Nasr al-Din Abdel Bari", "Jean-Pierre Kalonji": the dash inside the name
            continue
        s, _ = ctx.orig(k - 1, k)
        if not (ctx.text[s : s + 1].isupper() or toks[k - 1].text in _EN_NAME_PARTICLES):  # "Humberto de la Calle"
            break
        k -= 1
    if comma - k < 2 or any(t.text in _NOT_NAMES for t in toks[k:comma]):
        return None
    span = _discover_en_name(ctx, k)
    return _add_person(ctx, span, None) if span is not None and span[1] == comma else None


def _capital_or_particle(ctx: Context, k: int) -> bool:
    return ctx.toks[k].is_word and (ctx.toks[k].text in _EN_NAME_PARTICLES or ctx.capitalized(k))


def find_possessive_roles(ctx: Context) -> list[tuple[Ment, Ment]]:
    """ "Fayez al-Sarraj's Government of National Accord", "the LNA of Khalifa Haftar", «قوات خليفة حفتر»: leader
    and body."""
    out = list(ctx.led_forces)
    if ctx.lang == "ar":
        ctx.possessive_roles = out
        return out
    toks = ctx.toks
    for m in ctx.ments:
        if m.kind != "person":
            continue
        if m.te + 1 < len(toks) and toks[m.te].text in ("'s", "'"):
            body = ctx.starting_at(m.te + 1, ("organization", "armed_group"))
            if body:
                out.append((m, body))
        if m.ts >= 2 and toks[m.ts - 1].text in ("'s", "'"):
            # "Iran's Mohammad Javad Zarif", "Congo's Therese Kayikwamba Wagner": the state or movement he speaks for
            owner = next((x for x in ctx.ments.ending(m.ts - 1) if x.kind in ("state", "armed_group")), None)
            if owner is not None and not any(t.person is m for t in ctx.titles):
                out.append((m, owner))
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


def find_courtesy_titles(ctx: Context) -> None:
    """«صاحب السمو الشيخ تميم», «معالي الدكتور أيمن الصفدي», «فخامة الرئيس»: a courtesy title (`courtesy_titles`)
    right before a person's phrase is part of it, so the verb before it still has him for its subject or object."""
    words = ctx.lex.w("courtesy_titles")
    if not words:
        return
    (longest, ends), cues = _phrase_ends(words), ctx.lex.any_of("name_cues", "honorifics")
    for m in ctx.ments:
        if m.kind != "person":
            continue
        k, courtesy = m.np_start, False
        while k > 0:
            if ctx.texts[k - 1] in cues:  # («الشيخ», «الدكتور» between the courtesy title and the name)
                k -= 1
                continue
            if ctx.texts[k - 1] not in ends:
                break  # (no courtesy title ends with the word before: none to join)
            n = next((n for n in range(min(longest, k), 0, -1) if " ".join(ctx.texts[k - n : k]) in words), 0)
            if not n:
                break
            k, courtesy = k - n, True
        if courtesy:
            m.np_start = min(m.np_start, k)


@lru_cache(maxsize=8)
def _phrase_ends(phrases: frozenset[str]) -> tuple[int, frozenset[str]]:
    """The most words a phrase of the vocabulary has, and the last word of each, once per lexicon: a word that
    ends none of them ends no phrase, and no joined stretch of words before it is looked up."""
    return max(len(w.split()) for w in phrases), frozenset(w.split()[-1] for w in phrases if w.split())


def find_listed_holders(ctx: Context) -> None:
    """A title over a collective, then a comma (Arabic: or none) and the names: «وزيرا خارجية البلدين، A وB»,
    "the presidents of both countries, A and B": each name holds the office in one of the states, in order; an
    English plural title with its owner's pronoun, "their foreign ministers, A and B": each holds the office the
    knowledge base gives him (patterns._kb_office)."""
    for t in list(ctx.titles):
        if t.of:
            continue
        at = t.te - (ctx.texts[t.te - 1] == "the")  # ("the foreign ministers of the two countries": its article)
        owners = [m for m in ctx.ments.starting(at) if m.role == "coref" and m.kind == "state"]
        k = owners[0].te if owners else t.te
        if not owners and not _pronoun_plural(ctx, t):
            continue
        if k >= len(ctx.toks) - 1 or (ctx.texts[k] not in (",", "،") and not (owners and ctx.lang == "ar")):
            continue  # («وزيرا خارجية البلدين غابي أشكنازي وعبدالله بن زايد»: Arabic needs no comma)
        people = _listed_people(ctx, k + (ctx.texts[k] in (",", "،")))
        if len(people) < 2 or (owners and len(people) != len(owners)) or t.person not in (None, people[0]):
            continue
        pairs: list[tuple[Ment | None, Ment]] = (
            _by_known_roles(ctx, owners, people) if owners else [(None, p) for p in people]  # type: ignore[assignment]
        )
        t.person = people[0]
        t.of = [pairs[0][0]] if owners else []
        ctx.titles.extend(TitleNP(t.ts, t.te, t.office, [st] if st else [], p) for st, p in pairs[1:])
        for x in owners:
            x.in_np = True


def _pronoun_plural(ctx: Context, t: TitleNP) -> bool:
    """ "their foreign ministers": an English plural title after a plural possessive pronoun."""
    return (
        ctx.lang != "ar"
        and t.ts > 0
        and ctx.texts[t.ts - 1] in ctx.lex.w("plural_possessives")
        and ctx.texts[t.te - 1].endswith("s")
    )


def _listed_people(ctx: Context, k: int) -> list[Ment]:
    """The people of a list starting at token k ("A and B", «A وB»), the names the knowledge base does not know
    discovered, up to the first that is not a name."""
    toks, out = ctx.toks, []
    while 0 <= k < len(toks) and len(out) < 6:
        m = next((x for x in ctx.ments.starting(k) if x.kind == "person" and x.role != "coref"), None)
        glued = ctx.lang == "ar" and bool(out) and toks[k].text.startswith("و") and len(toks[k].forms) > 1
        if m is None and not ctx.covered[k]:
            span = _discover_ar_name(ctx, k) if ctx.lang == "ar" else _discover_en_name(ctx, k)
            # («وعبد الله حمدوك»: given names before a known surname are that person's, not a new name)
            known = next((x for x in ctx.ments.starting(span[1]) if x.kind == "person"), None) if span else None
            m = known or (_add_listed_person(ctx, span, glued) if span and span[1] - span[0] <= 4 else None)
        if m is None:
            break
        out.append(m)
        k = list_next(ctx, m.te)  # (-1 where the list ends)
    return out


def _add_listed_person(ctx: Context, span: tuple[int, int], glued: bool) -> Ment:
    """A discovered name of a list; «وسالم حداد»: the conjunction glued to its first word is not part of it."""
    ts, te = span
    s, e = ctx.orig(ts, te)
    if not glued or ctx.text[s : s + 1] != "و":
        return _add_person(ctx, span, None)
    name = ctx.text[s + 1 : e].strip()
    eid = stable_id("person", " ".join(ctx.norm.text[ctx.toks[ts].start + 1 : ctx.toks[te - 1].end].split()))
    ctx.entities.add(eid, name, "person", name, [], known=False)
    return ctx.add(Ment(s + 1, e, ts, te, eid, "person", "discovered", name))
