"""The ruling body a description stands for: "the junta", "the military junta", "Niger's junta", "the junta in
Mali", «المجلس العسكري», «المجلس العسكري الحاكم في النيجر», «الطغمة العسكرية»: the body the knowledge base says
rules the state on the article's date (organizations' `rules`, dated)."""

from __future__ import annotations

from explorer.extract.armies import _verb_at
from explorer.extract.context import Context, Ment
from explorer.extract.coreference import salient


def find_ruling_bodies(ctx: Context) -> None:
    """The state named with the description (before or after it), else the ruling body the article named last,
    else the one ruled state the article has named most so far; none when two fit as well. Runs before the titles:
    in "the junta leader, General X" the body is the title's (X holds a role in it) and no party itself."""
    nouns = ctx.lex.w("ruling_body_nouns")
    if not nouns or not ctx.kb.rulers_by_state:
        return
    for i in ctx.where(nouns, lasts=True):
        if ctx.covered[i] or not ctx.toks[i].is_word or ctx.toks[i].forms[-1] not in nouns:
            continue
        span = _span_ar(ctx, i) if ctx.lang == "ar" else _span_en(ctx, i)
        if span is None:
            continue
        start, end, state = span
        body = _body(ctx, start, state)
        if body is None:
            continue
        ctx.register(body)
        if state is not None:
            state.possessive = True  # "Niger's junta": Niger describes the body, and is named all the same
        s_, e_ = ctx.orig(start, end)
        titled = ctx.lang != "ar" and end < len(ctx.toks) and ctx.lex.titles.match_at(ctx.toks, end) is not None
        ctx.add(Ment(s_, e_, start, end, body, "organization", "coref", ctx.text[s_:e_], in_np=titled))
    ctx.ments.sort_by_start()


def _rulers(ctx: Context, state: str) -> list[str]:
    return ctx.kb.rulers(state, ctx.on, ctx.year)


def _body(ctx: Context, start: int, state: Ment | None) -> str | None:
    if state is not None:
        ruling = _rulers(ctx, state.entity)
        return ruling[0] if len(ruling) == 1 else None
    before = [m for m in ctx.ments.ending_within(0, start) if m.kind in ("state", "organization")]
    named = [
        m
        for m in before
        if m.kind == "organization"
        and ctx.kb.get(m.entity) is not None
        and m.entity in {b for st in ctx.kb.get(m.entity).record.get("rules") or () for b in _rulers(ctx, st["of"])}
    ]
    if named:
        m = salient(ctx, named)
        return m.entity if m is not None else None
    ruled = [m for m in before if m.kind == "state" and len(_rulers(ctx, m.entity)) == 1]
    m = salient(ctx, ruled)
    return _rulers(ctx, m.entity)[0] if m is not None else None


def _span_en(ctx: Context, i: int) -> tuple[int, int, Ment | None] | None:
    """ "the (military|ruling) junta", "Niger's junta", "the Nigerien junta", "the junta in Niger"."""
    toks, mods = ctx.toks, ctx.lex.w("ruling_body_modifiers")
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    titled = nxt is not None and ctx.lex.titles.match_at(toks, i + 1) is not None
    if (
        nxt is not None
        and not titled
        and (
            nxt.text in ("-", "'s", "'")
            or (nxt.is_word and nxt.text not in ctx.lex.w("army_followers") and not _verb_at(ctx, i + 1))
        )
    ):
        return None  # "junta-backed", "the junta government": a word about something else ("the junta leader":
        # the body of the leader's title)
    k = i
    while k > 0 and i - k < 2 and toks[k - 1].text.lower() in mods and not ctx.covered[k - 1]:
        k -= 1
    state = next((m for m in ctx.ments.ending(k) if m.kind == "state"), None)
    if state is None and k > 1 and toks[k - 1].text in ("'s", "'"):
        state = next((m for m in ctx.ments.ending(k - 1) if m.kind == "state"), None)
    start = k if state is None else state.ts
    if start == 0 or toks[start - 1].text.lower() != "the":
        if state is None or toks[k - 1].text not in ("'s", "'"):
            return None  # "a junta", "juntas" in general: not one body
    elif state is None:
        start -= 1
    if state is None and i + 2 < len(toks) and toks[i + 1].text in ("in", "of"):
        state = ctx.starting_at(i + 2, ("state",))
        if state is not None:
            return start, i + 1, state
    return start, i + 1, state


def _span_ar(ctx: Context, i: int) -> tuple[int, int, Ment | None] | None:
    """«المجلس العسكري» (with «الحاكم»), «الطغمة العسكرية», then «في النيجر» or a demonym («النيجري»)."""
    toks = ctx.toks
    if not toks[i].text.startswith(("ال", "وال", "بال", "لل", "فال")):
        return None
    if any(_title_ending(ctx, k, i) for k in (i - 2, i - 1)) or (i > 0 and toks[i - 1].text == "باسم"):
        return None  # «رئيس المجلس العسكري», «المتحدث باسم المجلس العسكري»: a person of the body, not the body
    end = i + 1
    military = ctx.lex.w("ruling_body_adjectives")
    if end < len(toks) and toks[end].text in military:
        end += 1
    elif toks[i].forms[-1] == "مجلس":
        return None  # «المجلس» alone: any council
    if end < len(toks) and toks[end].text in ctx.lex.w("ruling_body_modifiers") and not ctx.covered[end]:
        end += 1
    state = next((m for m in ctx.ments.starting(end) if m.kind == "state" and m.role == "demonym"), None)
    if state is None and end + 1 < len(toks) and toks[end].text == "في":
        state = ctx.starting_at(end + 1, ("state",))
    if any(not ctx.free(k, k + 1) for k in range(i, end)):
        return None
    return i, end, state


def _title_ending(ctx: Context, k: int, i: int) -> bool:
    """A title phrase from token k that ends at token i or takes it in («رئيس المجلس»)."""
    hit = ctx.lex.titles.match_at(ctx.toks, k) if k >= 0 else None
    return hit is not None and hit[1] >= i


def find_regional_authorities(ctx: Context) -> None:
    """ "the rebel authorities in Tigray", "Gaza's authorities", "the region's de facto authorities", «سلطات
    ناغورنو كاراباخ», «السلطات في قطاع غزة»: the body the knowledge base says rules that region on the date (a
    place in organizations' `rules`); the region stays named, as whose authorities they are."""
    nouns = ctx.lex.w("authority_nouns")
    if not nouns:
        return
    added = False
    for i in ctx.where(nouns, forms=ctx.lang == "ar"):
        if ctx.covered[i] or not ctx.toks[i].is_word:
            continue
        span = _authority_ar(ctx, i) if ctx.lang == "ar" else _authority_en(ctx, i)
        if span is None:
            continue
        start, end, place = span
        ruling = _rulers(ctx, place.entity)
        if len(ruling) != 1:
            continue
        place.possessive = True
        ctx.register(ruling[0])
        s_, e_ = ctx.orig(start, end)
        ctx.add(Ment(s_, e_, start, end, ruling[0], ctx.kb.entities[ruling[0]].kind, "coref", ctx.text[s_:e_]))
        added = True
    if added:
        ctx.ments.sort_by_start()


def _ruled_place(ctx: Context, m: Ment | None) -> Ment | None:
    return m if m is not None and m.kind == "place" and ctx.kb.rulers_by_state.get(m.entity) else None


def _authority_en(ctx: Context, i: int) -> tuple[int, int, Ment] | None:
    """ "(the) [rebel|de facto|separatist] authorities in Tigray", "Tigray's authorities", "the Gaza
    authorities", "the region's de facto authorities" (the region the article names most that a body rules)."""
    toks, n, mods = ctx.toks, len(ctx.toks), ctx.lex.w("authority_modifiers")
    k = i
    while k > 0 and i - k < 3 and toks[k - 1].text.lower() in mods and not ctx.covered[k - 1]:
        k -= 1
    poss = k > 1 and toks[k - 1].text in ("'s", "'")
    before = next((m for m in ctx.ments.ending(k - poss) if m.kind == "place"), None) if k > poss else None
    if poss and before is None and ctx.texts[k - 2].lower() in ctx.lex.w("region_words"):
        places = [m for m in ctx.ments.ending_within(0, k) if _ruled_place(ctx, m)]
        before = salient(ctx, places)  # "the region's": the ruled region named most
        return (k, i + 1, before) if before is not None else None
    if _ruled_place(ctx, before):
        return k, i + 1, before  # (the region keeps its own mention, as whose authorities they are)
    after = ctx.starting_at(i + 2, ("place",)) if i + 2 < n and ctx.texts[i + 1] in ("in", "of") else None
    if _ruled_place(ctx, after) and k > 0 and ctx.texts[k - 1].lower() == "the":
        return k, i + 1, after
    return None


def _authority_ar(ctx: Context, i: int) -> tuple[int, int, Ment] | None:
    """«سلطات ناغورنو كاراباخ», «سلطات الأمر الواقع في غزة», «السلطات في قطاع غزة»."""
    toks, n = ctx.toks, len(ctx.toks)
    k = i + 1
    while k < n and toks[k].text in ctx.lex.w("authority_modifiers") and not ctx.covered[k]:
        k += 1  # «الأمر الواقع»
    definite = toks[i].text.startswith(("ال", "وال", "بال", "لل", "فال"))
    at = k + (k < n and toks[k].text == "في")
    if definite and at == k:
        return None  # «السلطات الليبية»: a state's authorities
    place = _ruled_place(ctx, ctx.starting_at(at, ("place",)) if at < n else None)
    return (i, k, place) if place is not None else None
