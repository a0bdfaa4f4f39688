"""Armed groups news names by what they are, not by a name: "Gaza militants", "Tuareg rebels", "Islamist
militants", «الميليشيات المتشددة», «المرتزقة الأجانب», «مسلحون مجهولون». A group noun with at least one word that
says which (a place or a people, an ideology, "foreign") is an armed group of its own, named by that phrase, when
no named group stands in it ("Houthi rebels", «ميليشيات الحوثي» are the Houthis) and coreference did not already
make it the group named before ("the rebels" after "the M23")."""

from __future__ import annotations

from explorer.extract.context import Context, Ment, stable_id
from explorer.extract.syntax import definite

_NISBA = ("يه", "يين", "يون")


def find_generic_groups(ctx: Context) -> None:
    spans = _spans_ar(ctx) if ctx.lang == "ar" else _spans_en(ctx)
    for ts, te, s_, e_ in spans:
        name = ctx.text[s_:e_]
        eid = stable_id("armed_group", " ".join(ctx.texts[ts:te]))
        for m in ctx.ments.ending_within(ts, te):
            if m.ts >= ts and m.kind in ("state", "place"):
                m.in_np = True  # "Gaza" in "Gaza militants", «الفلسطينية» in «الفصائل الفلسطينية»: which group
        ctx.entities.add(eid, name, "armed_group", name if ctx.lang == "ar" else None, [], known=False)
        ctx.entities.generic.add(eid)
        ctx.add(Ment(s_, e_, ts, te, eid, "armed_group", "discovered", name))
    oppositions = _find_oppositions(ctx)
    if spans or oppositions:
        ctx.ments.sort_by_start()
    if _bare_oppositions(ctx):
        ctx.ments.sort_by_start()


def _bare_oppositions(ctx: Context) -> bool:
    """ "the Syrian opposition … talks between the government and the opposition", «المعارضة السورية … بين
    المعارضة والوفد الحكومي»: a bare definite opposition noun is the camp whose name holds that noun, named in
    the last 200 tokens (a group or body: "the Syrian opposition", «الهيئة العليا للمعارضة»); none without one."""
    found, nouns = False, ctx.lex.w("opposition_nouns")
    for i in ctx.where(nouns, forms=True):
        if ctx.covered[i] or not _bare_definite(ctx, i):
            continue
        near = [m for m in ctx.ments.ending_within(max(0, i - 200), i) if m.kind in ("armed_group", "organization")]
        named = [m for m in near if any(not nouns.isdisjoint(t.forms) for t in ctx.toks[m.ts : m.te])]
        if not named:
            continue
        ant = named[-1]
        s_, e_ = ctx.orig(i, i + 1)
        if ctx.lang == "ar":
            s_ += _clitic_length(ctx.toks[i].text, ctx.text[s_:e_])
        ctx.add(Ment(s_, e_, i, i + 1, ant.entity, ant.kind, "coref", ctx.text[s_:e_]))
        found = True
    return found


def _bare_definite(ctx: Context, i: int) -> bool:
    """The noun at i is definite and stands alone: "the opposition" (or "the opposition's"), «المعارضة» with its
    article, no demonym or name right after it."""
    if ctx.lang == "ar":
        nxt = ctx.ments.starting(i + 1) if i + 1 < len(ctx.toks) else []
        return definite(ctx, ctx.toks[i]) and not any(m.kind == "state" for m in nxt)
    return i > 0 and ctx.texts[i - 1] == "the" and not (i + 1 < len(ctx.toks) and ctx.covered[i + 1])


def _find_oppositions(ctx: Context) -> bool:
    """ "the Syrian opposition", «المعارضة السورية», «للمعارضة الفنزويلية»: a state's opposition is a camp of its
    own, not the state ("Washington backs the Syrian opposition" backs no Syria). One organization per state,
    named by its demonym; the demonym stays inside it. A named body ("the Syrian opposition coalition") was
    found before and keeps its words."""
    found = False
    for i in ctx.where(ctx.lex.w("opposition_nouns"), forms=True):
        d = _opposition_demonym(ctx, i)
        if d is None:
            continue
        ts, te = (i, d.te) if ctx.lang == "ar" else (d.ts, i + 1)
        s_, e_ = ctx.orig(ts, te)
        if ctx.lang == "ar":
            s_ += _clitic_length(ctx.toks[i].text, ctx.text[s_:e_])
        state = ctx.kb.get(d.entity)
        demonyms = (state.record.get("demonyms") or []) if state is not None else []
        eid = stable_id("organization", "opposition " + d.entity)
        name = f"{demonyms[0]} opposition" if demonyms else ctx.text[s_:e_]
        ctx.entities.add(eid, name, "organization", ctx.text[s_:e_] if ctx.lang == "ar" else None, [], known=False)
        d.in_np = True
        ctx.add(Ment(s_, e_, ts, te, eid, "organization", "discovered", ctx.text[s_:e_]))
        found = True
    return found


def _opposition_demonym(ctx: Context, i: int) -> Ment | None:
    """The state's demonym that makes the opposition noun at token i a state's opposition: right before it in
    English ("Syrian opposition"), right after it in Arabic («المعارضة السورية»); none when a named body holds
    either word."""
    if ctx.covered[i] or ctx.lex.w("opposition_nouns").isdisjoint(ctx.toks[i].forms):
        return None
    if ctx.lang == "ar":
        if not definite(ctx, ctx.toks[i]):
            return None  # «معارضة روسية للقرار»: Russia's opposing the draft, a stance
        near = ctx.ments.starting(i + 1) if i + 1 < len(ctx.toks) else []
    else:
        near = ctx.ments.ending(i)
    return next((m for m in near if m.kind == "state" and m.role == "demonym" and not m.in_np), None)


def _named_within(ctx: Context, ts: int, te: int) -> bool:
    """A named group or body among the words ("Houthi rebels", "Hamas militants"), or one whose name ends inside
    them ("Al-Shabaab militants", "the Allied Democratic Forces rebels"): the group is that one."""
    bodies = ("armed_group", "organization")
    return any(m.kind in bodies for k in range(ts, te) for m in ctx.ments.starting(k)) or any(
        m.kind in bodies and m.ts < ts for m in ctx.ments.ending_within(ts, te)
    )


def _spans_en(ctx: Context) -> list[tuple[int, int, int, int]]:
    """Up to two modifiers right before a plural group noun: a place or state ("Gaza", "Syrian"), a capitalised
    people ("Tuareg"), a word of `group_modifiers` or `generic_group_modifiers` ("Islamist", "foreign")."""
    texts, mods, out = ctx.texts, ctx.lex.w("group_modifiers") | ctx.lex.w("generic_group_modifiers"), []
    for i in ctx.where(ctx.lex.w("generic_group_nouns")):
        if ctx.covered[i] or (i + 2 < len(texts) and texts[i + 1] == "of" and ctx.covered[i + 2]):
            continue  # "militants of the Islamic State": that group
        k, n = i, 0
        while k > 0 and n < 2 and ctx.texts[k - 1] not in _MODIFIER_STOPS:
            n += 1
            if (backer := _backer(ctx, k)) is not None:
                k = backer.ts  # "Iran-backed militias", "Russian-backed separatists": named by who backs them
                continue
            w = texts[k - 1]
            place = any(m.kind in ("state", "place") for m in ctx.ments.ending(k))
            if not (place or w.lower() in mods or (ctx.toks[k - 1].is_word and _capitalised(ctx, k - 1))):
                break
            k = next((m.ts for m in ctx.ments.ending(k) if m.kind in ("state", "place")), k - 1)
        if k == i or _named_within(ctx, k, i) or texts[k].lower() in ("the", "a", "an"):
            continue
        s_, e_ = ctx.orig(k, i + 1)
        out.append((k, i + 1, s_, e_))
    return out


def _backer(ctx: Context, k: int) -> Ment | None:
    """The state or group before "-backed" (`backed_participles`) that ends right before token k."""
    if k < 3 or ctx.texts[k - 2] != "-" or ctx.texts[k - 1] not in ctx.lex.w("backed_participles"):
        return None
    return next((m for m in ctx.ments.ending(k - 2) if m.kind in ("state", "armed_group", "organization")), None)


_MODIFIER_STOPS = frozenset(("'s", "'", "the", "of", ",", "."))  # ("Hamas's militants": the modifiers end there)


def _capitalised(ctx: Context, k: int) -> bool:
    """A capitalised people or creed ("Tuareg", "Islamist"), at a sentence's start too, but no determiner or
    number there ("Some rebels", "Two militants")."""
    return ctx.capitalized(k) and ctx.texts[k].lower() not in ctx.lex.w("not_group_modifiers")


def _spans_ar(ctx: Context) -> list[tuple[int, int, int, int]]:
    """A group noun (a clitic before it aside) and one or two adjectives after it: a word of
    `generic_group_adjectives`, a demonym or a nisba («المتشددة», «الأجانب», «الفلسطينية»), none of them a named
    group («المتمردين الحوثيين» are the Houthis)."""
    nouns, adjs, out = ctx.lex.w("generic_group_nouns"), ctx.lex.w("generic_group_adjectives"), []
    movements, fighting = ctx.lex.w("movement_group_nouns"), ctx.lex.w("movement_group_adjectives")
    if any(m.kind == "armed_group" for m in ctx.ments):
        movements = frozenset()  # («الحركات المسلحة» after the text named its movements: those, not one more)
    n = len(ctx.toks)
    for i in ctx.where(nouns | movements, forms=True):
        if ctx.covered[i] or (nouns | movements).isdisjoint(ctx.toks[i].forms):
            continue
        te, own = i + 1, adjs if not nouns.isdisjoint(ctx.toks[i].forms) else fighting
        if own is fighting and (not definite(ctx, ctx.toks[i]) or _in_named_body(ctx, i)):
            continue  # «تحالف حركات مسلحة»: what a body is; «قادة الحركات المسلحة … في الجبهة الثورية»: its members
        while te < n and te - i <= 2 and _adjective(ctx, te, own, own is adjs):
            te += 1
        if te == i + 1 or _named_within(ctx, i + 1, te):
            continue
        s_, e_ = ctx.orig(i, te)
        s_ += _clitic_length(ctx.toks[i].text, ctx.text[s_:e_], nouns | movements)
        out.append((i, te, s_, e_))
    return out


def _in_named_body(ctx: Context, i: int) -> bool:
    """«في» and a named group or body right after it within 12 tokens after token i, in its sentence: the
    movements are in that body («الحركات المسلحة ومسارات الشرق في الجبهة الثورية»)."""
    for k in range(i + 1, min(len(ctx.toks) - 1, i + 13)):
        if ctx.texts[k] in (".", "؟", "!"):
            return False
        if ctx.texts[k] in ctx.lex.w("in_body_words") and any(
            m.kind in ("armed_group", "organization") and not m.media for m in ctx.ments.starting(k + 1)
        ):
            return True
    return False


def _adjective(ctx: Context, k: int, adjs: frozenset[str], open_: bool = True) -> bool:
    t = ctx.toks[k]
    if not t.is_word or t.text.startswith("و") and t.text[1:] not in adjs:
        return False  # «… والحكومة»: a new phrase
    if t.text in adjs or not adjs.isdisjoint(t.forms):
        return True
    if not open_:
        return False  # («الحركات المسلحة»: only the listed adjectives, no demonym or nisba)
    demonym = any(m.role == "demonym" for m in ctx.ments.starting(k))
    return demonym or (not ctx.covered[k] and t.text.startswith("ال") and t.forms[-1].endswith(_NISBA))


def _clitic_length(token: str, original: str, nouns: frozenset[str] = frozenset()) -> int:
    """The conjunction and preposition before the word, which the entity's name leaves out: «والميليشيات» and
    «بالميليشيات» are «الميليشيات»; «للمرتزقة» keeps its «ل» (the article's alif is not written); a listed noun
    that starts with the letter of one keeps it («فصائل»)."""
    k = 1 if token[:1] in ("و", "ف") and len(token) > 4 and token not in nouns else 0
    if token[k : k + 3] in ("بال", "كال"):
        k += 1
    return k if original[:k] == token[:k] else 0
