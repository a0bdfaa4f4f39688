"""What a mention does in its phrase: a government («الحكومة اليمنية»), a modifier ("Saudi-led"), a
place («في سوريا»), a topic («الوضع السوري»)."""

from __future__ import annotations

import re
from collections import Counter
from operator import itemgetter

from explorer.extract.context import Context, Ment, _nset, kb_memo, stable_id
from explorer.text.normalize import normalize

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
        "الطايرات",
        "المقاتلات",
        "المدفعيه",
        "البحريه",
        "المسيرات",
        "الرييس",
        "الوزير",
        "government",
        "forces",
        "troops",
        "army",
        "jets",
        "warplanes",
        "aircraft",
        "drones",
        "artillery",
        "navy",
        "side",
        "delegation",
        "officials",
        "ministers",
        "diplomats",
        "authorities",
        "military",
        "president",
        "leader",
        "team",
        "negotiators",
    }
)


# («الاحتلال الإسرائيلي»: "the occupation" with the state's adjective is how Arabic news names that state acting)
_GOVERNMENT_FORMS = frozenset({"حكومه", "نظام", "سلطات", "احتلال"})
_GOVERNMENT = _nset(
    {"حكومه", "الحكومه", "government", "regime", "authorities", "النظام", "السلطات", "نظام", "الاحتلال", "احتلال"}
)


def _past_qualifiers_ar(ctx: Context, k: int) -> int:
    """Back past at most two uncovered `government_qualifiers` ending at k («الحكومة الانتقالية السودانية»): the
    token before them (k itself when none)."""
    quals, stop = ctx.lex.w("government_qualifiers"), k - 2
    while k > stop and k > 0 and ctx.texts[k] in quals and not ctx.covered[k]:
        k -= 1
    return k


def governments(ctx: Context) -> None:
    """«الحكومة اليمنية», "the Syrian government": the state acting (the evaluation set's convention too).
    A bare «الحكومة الشرعية», "the regime" is the government of the document's main state (named at least
    twice), or of the only state named before it."""
    toks = ctx.toks
    envoys = ctx.lex.w("envoy_nouns")  # «المبعوث الأمريكي», «السفيرة الأمريكية»: the state that sent a guest
    states = [m.entity for m in ctx.ments if m.kind == "state" and not _sent_by(ctx, m, envoys)]
    top = _main_state(ctx, states)
    if top:
        named_twice = states.count(top) >= 2
        spans = [(ts, te) for ts, te, _p in ctx.lex.regime.find_all(toks, ctx.by_text)] + _government_adjectives(ctx)
        for ts, te in spans:
            if ctx.lang == "ar" and not toks[ts].text.startswith(("ال", "وال", "بال", "لل", "فال", "كال")):
                continue  # «رئيس حكومة تصريف الأعمال»: «حكومة» without the article is not "the government"
            state = top if named_twice else _only_state_before(ctx, ts)
            if state and ctx.free(ts, te) and not (te < len(toks) and ctx.starting_at(te, ("state",))):
                s_, e_ = ctx.orig(ts, te)  # (the main state, or the only one named before)
                ctx.add(Ment(s_, e_, ts, te, state, "state", "coref", ctx.text[s_:e_]))
        ctx.ments.sort_by_start()
    for m in ctx.ments:
        if m.kind == "state" and ctx.lang != "ar" and m.role in ("name", "capital"):
            _possessive_government(ctx, m)  # "Sudan's government", "Libya's UN-backed government"
            continue
        if m.kind != "state" or m.role not in ("demonym",):
            continue
        k = _past_qualifiers_ar(ctx, m.ts - 1) if ctx.lang == "ar" else -1
        admin = k >= 0 and not ctx.lex.w("administration_nouns").isdisjoint(toks[k].forms)  # «الإدارة الأمريكية»
        if k >= 0 and (toks[k].text in _GOVERNMENT or toks[k].forms[-1] in _GOVERNMENT_FORMS or admin):
            m.np_start = k
            m.start = ctx.orig(k, k + 1)[0]
            m.text = ctx.text[m.start : m.end]
        elif ctx.lang != "ar":
            k, quals = m.te, ctx.lex.w("government_qualifiers")
            while k < len(toks) and k - m.te < 2 and toks[k].text in quals and not ctx.covered[k]:
                k += 1  # "the Ethiopian federal government"
            if k < len(toks) and toks[k].text in _GOVERNMENT:
                m.end = ctx.orig(k, k + 1)[1]
                for c in range(m.te, k + 1):
                    ctx.covered[c] = 1
                m.te = k + 1
                m.text = ctx.text[m.start : m.end]
        if m.np_start < m.ts or m.te > m.ts + 1:
            _in_exile(ctx, m)
    ctx.ments.reindex()  # spans grew in place


_QUOTES = frozenset({'"', "«", "»", "“", "”"})


def quoted_body_adjective(ctx: Context, m: Ment) -> bool:
    """A demonym right after the closing quotation mark of a body's or group's quoted name («"حركة الشباب"
    الصومالية»): the name's adjective (Arabic)."""
    k = m.ts - 1
    if ctx.lang != "ar" or m.role != "demonym" or k < 1 or ctx.texts[k] not in _QUOTES:
        return False
    named = [x for x in ctx.ments.ending(k) if x.kind in ("armed_group", "organization")]
    return any(x.ts >= 1 and ctx.texts[x.ts - 1] in _QUOTES for x in named)


def _sent_by(ctx: Context, m: Ment, envoys: frozenset[str]) -> bool:
    """A demonym right after an envoy's or ambassador's noun: the state that sent him, not the one the article is
    about (the US named three times through its envoy in Beirut does not make «الحكومة» the US's)."""
    if m.role != "demonym" or m.ts == 0:
        return False
    tok = ctx.toks[m.ts - 1]
    return tok.text in envoys or not envoys.isdisjoint(tok.forms)


def _in_exile(ctx: Context, m: Ment) -> None:
    """ "the Afghan government in exile", «الحكومة الأفغانية في المنفى»: a government the state's rulers do not
    hold is a body of its own ("Afghanistan government in exile", discovered), not the state ("the Taliban refused
    to recognise the Afghan government in exile" opposes no Afghanistan)."""
    phrase = ctx.lex.w("exile_phrases")
    k = m.te
    hit = next((p for p in phrase if ctx.texts[k : k + len(p.split())] == p.split()), None)
    state = ctx.kb.get(m.entity)
    if hit is None or state is None:
        return
    te = k + len(hit.split())
    name = f"{state.name} government in exile"
    name_ar = f"حكومة {state.name_ar} في المنفى" if state.name_ar else None
    eid = stable_id("organization", name)
    ctx.entities.add(eid, name, "organization", name_ar, [], known=False)
    m.entity, m.kind, m.role, m.te = eid, "organization", "discovered", te
    m.end = ctx.orig(te - 1, te)[1]
    m.text = ctx.text[m.start : m.end]
    for c in range(k, te):
        ctx.covered[c] = 1


def _government_adjectives(ctx: Context) -> list[tuple[int, int]]:
    """«الوفد الحكومي», «القوات الحكومية»: the adjective "governmental" after a delegation or a force
    (`government_adjective_heads`) names the government's state, as «الحكومة» does (Arabic)."""
    adjectives, heads = ctx.lex.w("government_adjectives"), ctx.lex.w("government_adjective_heads")
    if ctx.lang != "ar" or not adjectives:
        return []
    return [(k, k + 1) for k in ctx.where(adjectives, lasts=True)
            if k > 0 and ctx.lasts[k] in adjectives and ctx.lasts[k - 1] in heads]


def _only_state_before(ctx: Context, ts: int) -> str | None:
    """The one state named before token ts, if only one is (looked for only when the main state is not named
    twice: a pass over the document's mentions per «الحكومة»)."""
    before = {m.entity for m in ctx.ments if m.kind == "state" and m.te <= ts}
    return next(iter(before)) if len(before) == 1 else None


def _main_state(ctx: Context, states: list[str]) -> str | None:
    """The state the article is about: its mentions plus the distinct places named in it (Aleppo, Deir al-Zor:
    Syria), so that a war reported through its towns outweighs the foreign powers named more often by name,
    and a venue (Geneva, named five times) counts once."""
    if not states:
        return None
    weight = Counter(states)
    places = {m.entity for m in ctx.ments if m.kind == "place" and m.role != "capital"}
    for place in places:  # each town once: a venue named again and again is still one place
        rec = ctx.kb.get(place)
        where = rec.record.get("state") if rec is not None else None
        if where in weight:
            weight[where] += 1
    top = max(weight.values())
    tied = [s for s, n in weight.items() if n == top]
    if len(tied) == 1:
        return tied[0]
    # a tie: the state things happen in («السلام في اليمن», "fighting in Sudan") before one that only acts
    where = Counter(m.entity for m in ctx.ments if m.kind == "state" and _in_where(ctx, m))
    return max(tied, key=lambda s: where[s])  # (the first named of those as often where, as before)


def _in_where(ctx: Context, m: Ment) -> bool:
    """ "in Yemen", «في اليمن»: the state named after a location word (the `located` flag is set later)."""
    k = m.np_start - 1
    return k >= 0 and ctx.toks[k].text in ctx.lex.w("location_words")


def _possessive_government(ctx: Context, m: Ment) -> None:
    """ "Sudan's government", "Yemen's internationally recognised government", "Libya's UN-backed government":
    the state acting, one mention to the noun (a possessive alone is never a subject)."""
    toks, k = ctx.toks, m.te
    if k >= len(toks) or toks[k].text not in ("'s", "'"):
        return
    k += 1
    quals, backed = ctx.lex.w("government_qualifiers"), ctx.lex.w("backed_participles")
    while k < len(toks) and k - m.te <= 5 and not _acting_noun(ctx, k):
        t = toks[k].text
        if t in quals or t in backed or t == "-":
            k += 1
            continue
        x = ctx.starting_at(k)
        if x is None or x.te >= len(toks) or toks[x.te].text != "-":
            return  # "Sudan's army chief", "Libya's oil": not its government
        k = x.te  # "UN-backed": the backer stays a name of its own
    if k >= len(toks) or not _acting_noun(ctx, k):
        return
    if any(x.kind == "organization" for x in ctx.ments.starting(k)):
        return  # "Libya's UN-recognised Government of National Accord": the word starts a body's own name
    m.end = ctx.orig(k, k + 1)[1]
    for c in range(m.te, k + 1):
        ctx.covered[c] = 1
    m.te = k + 1
    m.text = ctx.text[m.start : m.end]


def _acting_noun(ctx: Context, k: int) -> bool:
    """A noun after a state's "'s" that acts as the state: its government, or its delegation right before a
    speech verb ("Egypt's delegation said …": the delegation speaks for its state, as "the Egyptian delegation")."""
    texts = ctx.texts
    if texts[k] in _GOVERNMENT or texts[k] in ctx.lex.w("acting_plural_nouns"):
        return True  # ("Thailand and Cambodia's leaders agreed": the states act through their leaders)
    said = k + 1 < len(texts) and texts[k + 1] in ctx.lex.w("speaker_verbs")
    return said and texts[k] in ctx.lex.w("delegation_nouns")


def _possessive(ctx: Context, m: Ment) -> bool:
    """English: "Libya's" before a noun, and a title's holder whose mention took the "'s" in ("the Turkish
    president's chief adviser met …": the adviser is the subject, not the president)."""
    if ctx.texts[m.te] in ("'s", "'"):
        return True
    return m.role == "title" and ctx.texts[m.te - 1] in ("'s", "'")


def mark_modifiers(ctx: Context) -> None:
    """ "U.S.-brokered", "Saudi-led": the actor modifies a noun and is not a subject or object itself.
    "Libya's factions": a possessive can be an object ("reacted to Russia's decision"), never a subject."""
    toks, texts = ctx.toks, ctx.texts  # (`texts`: a token's text by position, not its slower field)
    for m in ctx.ments:
        if m.te < len(toks) and texts[m.te] == "-" and m.kind != "agreement" and _glued_dash(ctx, m):
            m.in_np = True  # "Saudi-led", «الأمريكية-الروسية»; not «وحماس -ظهر الخميس-»
        if ctx.lang != "ar" and m.te < len(toks) and _possessive(ctx, m):
            m.possessive = True
        before = texts[m.np_start - 1] if m.np_start > 0 else None  # the word before the phrase
        if before == "the" and m.np_start > 1:
            before = texts[m.np_start - 2]  # "at the council", "in the Gulf"
        if m.ts == 0 and m.kind in ("state", "place") and _dateline(ctx, m):
            m.located = True  # a dateline: «عمّان ــ», "BEIRUT (AP) —"
        owner = m.possessive and m.kind != "place"  # "in protest at Algeria's support for …": the owner of what follows
        if (
            not owner
            and m.kind != "person"
            and before is not None
            and before in ("at", "في", "in")
            and m.kind != "agreement"
        ):
            m.located = True  # "at the council", «في مجلس الأمن»
        if m.kind in ("state", "place") and m.role in ("name", "capital") and not owner:
            if before is not None and before in ("في", "in", "at", "inside", "داخل", "بمدينه", "مدينه"):
                m.located = True
            elif ctx.lang == "ar" and toks[m.ts].text[:1] == "ب" and len(toks[m.ts].forms) > 1 and m.text[:1] == "ب":
                m.located = _ba_clitic(ctx, m)  # بالسويد، بفيينا (not باكستان، بريطانيا)
            elif _after_direction(ctx, m):
                m.located = True
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
            ) or quoted_body_adjective(ctx, m):  # («شنت «حركة الشباب» الصومالية هجوما»: the quoted name's)
                m.topic = True  # a demonym after a definite noun is its adjective: «الوضع السوري»
        elif _en_adjective(ctx, m):
            m.topic = True
    _located_lists(ctx)
    _sponsors(ctx)


def _after_direction(ctx: Context, m: Ment) -> bool:
    """ "in northern Syria", «في شمال سوريا», «في شمال شرق سوريا», «بريف إدلب»: one or two direction words
    (`direction_words`) between "in" and a state or place leave it where something happens, as "in Syria" does
    (strikes "in northern Iraq" do not fight Iraq)."""
    toks, dirs = ctx.toks, ctx.lex.w("direction_words")
    k, n = m.np_start - 1, 0
    while k >= 0 and n < 2 and toks[k].text in dirs:
        k, n = k - 1, n + 1
    if n < 2 and k >= 0 and ctx.lang == "ar" and toks[k].text[:1] == "ب" and not dirs.isdisjoint(toks[k].forms[1:]):
        return True  # «بشمال سوريا»: the preposition glued to the direction
    return n > 0 and k >= 0 and toks[k].text in ("في", "in", "inside", "داخل")


_DATELINE = re.compile(r"\s*[ـ—–(,:]|\s+-")  # not "Iran-backed"


def _dateline(ctx: Context, m: Ment) -> bool:
    """The first name of the text followed by a dateline's dash, bracket or colon (asked only of a name that
    opens the text: the pattern per mention was a tenth of marking modifiers)."""
    dateline = _DATELINE.match(ctx.text[m.end : m.end + 3])
    comma = ctx.text[m.end : m.end + 1] == ","  # "Russia, Iran and Turkey agreed" opens a sentence
    return bool(dateline) and (m.text.isupper() or not comma)


def _sponsors(ctx: Context) -> None:
    """«برعاية سعودية أمريكية», «بوساطة قطرية»: the demonyms after a word of sponsorship or mediation say who
    sponsored, and are no party to what is signed (the conventions make a sponsor's 'supports' optional)."""
    if ctx.lang != "ar":
        _sponsors_en(ctx)
    words = ctx.lex.w("sponsor_words")
    if not words:
        return
    texts, end = ctx.texts, -1
    for m in ctx.ments:
        after = m.ts > 0 and texts[m.ts - 1] in words
        if m.role == "demonym" and not m.in_np and (after or m.ts == end):
            m.topic = True
            end = m.te  # «برعاية سعودية أمريكية», «بجهود قطرية ومصرية»: the next one too


def _sponsors_en(ctx: Context) -> None:
    """ "under Saudi and US mediation", "under Qatari auspices": the demonyms before a noun of mediation or
    sponsorship say who mediated, and are no side of the talks (`sponsor_nouns`)."""
    nouns = ctx.lex.w("sponsor_nouns")
    chain: list[Ment] = []
    for m in ctx.ments:
        if m.kind != "state" or m.in_np:
            continue
        if chain and (ctx.texts[chain[-1].te] not in ("and", ",") or m.ts != chain[-1].te + 1):
            chain = []  # (not the next name of a list "Saudi and US …")
        chain.append(m)
        if m.te < len(ctx.toks) and ctx.texts[m.te] in nouns:
            for x in chain:
                x.topic = True
            chain = []


def _ba_clitic(ctx: Context, m: Ment) -> bool:
    """«بالسويد», «بفيينا»: the «ب» before a place is a preposition, unless the name begins with it itself
    («باكستان», «بريطانيا», «بوركينا فاسو»): one of its Arabic names starts with the whole token."""
    firsts = _first_words_ar(ctx.kb, m.entity, m.role == "capital")
    return firsts is None or ctx.toks[m.ts].text not in firsts


def _first_words_ar(kb, eid: str, capital: bool) -> frozenset[str] | None:
    """The first words of an entity's Arabic names, normalized (with a capital's: `capital`; None: the base does
    not know it), once per knowledge base and entity, not normalized again at each «ب» before a place."""
    memo, key = kb_memo(kb, "arabic-first-words"), (eid, capital)
    if key not in memo:
        ent = kb.entities.get(eid)
        firsts: frozenset[str] | None = None
        if ent is not None:
            names = [ent.name_ar, *ent.aliases_ar]  # (the entity's own, not its record's: capitals keep none there)
            if capital:  # «بغداد» acting as Iraq: the capital's names, not the state's
                caps = (kb.entities.get(p) for p in _capitals(kb).get(eid, ()))
                names += [n for c in caps if c is not None for n in (c.name_ar, *c.aliases_ar)]
            firsts = frozenset(w[0] for w in (normalize(n).text.split() for n in names if n) if w)
        memo[key] = firsts
    return memo[key]


_CAPITALS: dict[int, dict[str, list[str]]] = {}
_COUNT = itemgetter(1)


def _capitals(kb) -> dict[str, list[str]]:
    """Each state's capitals (the knowledge base's `capital_of` turned round, once per knowledge base)."""
    if id(kb) not in _CAPITALS:
        out: dict[str, list[str]] = {}
        for place, state in kb.capital_of.items():
            out.setdefault(state, []).append(place)
        _CAPITALS.clear()
        _CAPITALS[id(kb)] = out
    return _CAPITALS[id(kb)]


def _glued_dash(ctx: Context, m: Ment) -> bool:
    return ctx.text[m.end : m.end + 1] in "-‐‑" and not ctx.text[m.end + 1 : m.end + 2].isspace()


def _en_adjective(ctx: Context, m: Ment) -> bool:
    """ "Syrian refugees", "Russian decision": an English demonym before a lowercase noun is its adjective;
    "the Ethiopian government" is the state itself."""
    toks = ctx.toks
    if toks[m.te - 1].text in _GOVERNMENT or m.te >= len(toks):
        return False
    if not (toks[m.te].is_word and toks[m.te].text.isalpha()):
        return False
    s_, _ = ctx.orig(m.te, m.te + 1)
    return ctx.text[s_ : s_ + 1].islower() and toks[m.te].text not in _PARTY_NOUNS


def _located_lists(ctx: Context) -> None:
    """ "in Saudi Arabia and Jordan", «في السعودية والأردن»: a place coordinated with a place is one too."""
    toks, prev = ctx.toks, None
    for m in ctx.ments:
        if prev is not None and prev.located and m.kind in ("state", "place") and m.ts >= prev.te:
            between = [t.text for t in toks[prev.te : m.ts]]
            glued = ctx.lang == "ar" and not between and toks[m.ts].text.startswith("و") and len(toks[m.ts].forms) > 1
            if glued or between in (["and"], ["و"], [","], ["،"]):
                m.located = True
        if prev is not None and m.kind == "state" and prev.kind == "place" and _country_of_town(ctx, prev, m):
            m.located = True
        prev = m


def _country_of_town(ctx: Context, town: Ment, m: Ment) -> bool:
    """ "in a phone interview from Nairobi, Kenya", "by telephone from Goma, Congo": a state right after a comma
    that follows a town of its own (the knowledge base's state of the place) only says where the town is."""
    if [t.text for t in ctx.toks[town.te : m.ts]] not in ([","], ["،"]) or town.entity not in ctx.kb.entities:
        return False
    return ctx.kb.entities[town.entity].record.get("state") == m.entity


def mark_capital_np(ctx: Context) -> None:
    """«العاصمة اليونانية أثينا», «فيينا النمساوية», "the Libyan city of Sirte": the demonym belongs to
    the place's noun phrase; a demonym adverb after a passive participle («المدعومة إماراتياً») to the phrase the
    participle describes."""
    toks = ctx.toks
    place_end = {m.te for m in ctx.ments if m.kind == "place"}
    nouns = ("عاصمه", "مدينه", "بلده", "منطقه", "محافظه", "ميناء")
    for m in ctx.ments:
        if m.role != "demonym" or m.ts == 0:
            continue
        # «مدينة بيال السويسرية»: a town the knowledge base does not know, between its noun and the demonym
        town = m.ts >= 2 and toks[m.ts - 2].forms[-1] in nouns and toks[m.ts - 1].is_word and not ctx.covered[m.ts - 1]
        backed = not ctx.lex.w("adjective_participles").isdisjoint(toks[m.ts - 1].forms)  # «المدعوم إماراتياً»
        if toks[m.ts - 1].forms[-1] == "عاصمه" and not town and ctx.starting_at(m.te, ("place",)) is None:
            m.np_start, m.start = m.ts - 1, ctx.orig(m.ts - 1, m.ts)[0]  # «وصل إلى العاصمة العمانية»: the capital
            m.text = ctx.text[m.start : m.end]  # unnamed stands for its state, as "the Omani capital" does
            continue
        if toks[m.ts - 1].forms[-1] in nouns or m.ts in place_end or town or backed:
            m.in_np = True


def mark_process_capitals(ctx: Context) -> None:
    """ "the Luanda and Nairobi processes", «مسار أستانة», «منبر جدة»: a capital that names a process, a format or a
    round of talks is where it meets, not its state acting (the United States 'backed' Angola and Kenya)."""
    nouns, texts = ctx.lex.w("process_nouns"), ctx.texts
    if nouns.isdisjoint(texts):
        return
    caps = [m for m in ctx.ments if m.role == "capital"]
    for m in caps:
        if ctx.lang == "ar":
            named = m.ts > 0 and texts[m.ts - 1] in nouns  # «مسار أستانة»
        else:
            k = m.te
            while k + 1 < len(texts) and texts[k] in ("and", ",") and any(c.ts == k + 1 for c in caps):
                k = next(c.te for c in caps if c.ts == k + 1)  # "the Luanda and Nairobi processes"
            named = k < len(texts) and texts[k] in nouns
        if named:
            m.located = True


def mark_descriptor_owners(ctx: Context) -> None:
    """«مجلس سوريا الديمقراطية، الذراع السياسية لقوات سوريا الديمقراطية، أعلن …», "the SDC, the political arm
    of the SDF, said": a name described in apposition as another body's arm, wing or proxy (`descriptor_nouns`,
    up to two adjectives after the noun) is the subject; the body it belongs to only describes it and does not
    act in the clause."""
    nouns = ctx.lex.w("descriptor_nouns")
    if not nouns:
        return
    toks, ends = ctx.toks, {m.te for m in ctx.ments if m.kind in ("organization", "armed_group", "state")}
    for m in ctx.ments:
        if m.in_np or m.kind not in ("organization", "armed_group", "state") or m.np_start < 2:
            continue
        if ctx.lang == "ar" and not (toks[m.ts].text[:1] == "ل" and len(toks[m.ts].forms) > 1):
            continue  # «لقوات …»: the noun's genitive is written with «ل»
        if ctx.lang != "ar" and toks[m.np_start - 1].text != "of":
            continue
        k = m.np_start - (1 if ctx.lang == "ar" else 2)
        while k > 0 and k >= m.np_start - 4 and nouns.isdisjoint(toks[k].forms) and _adjective_word(ctx, k):
            k -= 1
        if k <= 0 or nouns.isdisjoint(toks[k].forms):
            continue
        lo = k - 2
        while ctx.lang != "ar" and k > lo and ctx.texts[k - 1] != "the" and _adjective_word(ctx, k - 1):
            k -= 1  # "the armed wing of Hamas", "the political arm of the SDF"
        k -= ctx.texts[k - 1] == "the"
        comma = ctx.texts[k - 1] in (",", "،")
        if (comma or ctx.lang == "ar") and k - comma in ends:
            m.in_np = True  # (English sets the apposition off with commas: "X, the armed wing of Y,")


def _adjective_word(ctx: Context, k: int) -> bool:
    """A word between the descriptor noun and its owner that names no one: «السياسية», «الأبرز», "political"."""
    tok = ctx.toks[k]
    if not tok.is_word or ctx.ments.starting(k) or ctx.ments.ending(k + 1):
        return False
    return tok.text.startswith("ال") if ctx.lang == "ar" else tok.text.isalpha()
