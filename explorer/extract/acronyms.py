"""Short names a text introduces itself: "the Movement for Justice and Equality (MJE) … the MJE said": the
letters in brackets after a body's name stand for it wherever they come back (known bodies and bodies found in
the text alike). The text's own definition wins over the knowledge base's reading of the same letters: "the
Somali National Army (SNA)" makes SNA that army in this document, not the Syrian one the letters name
elsewhere."""

from __future__ import annotations

from explorer.extract.context import Context, Ment

_KINDS = ("organization", "armed_group")


def find_acronyms(ctx: Context) -> None:
    toks, n = ctx.toks, len(ctx.toks)
    short: dict[str, Ment] = {}  # the acronym's token text -> the body's mention it was introduced after
    for k in ctx.where({"("}):
        if k + 2 >= n or toks[k + 2].text != ")":
            continue
        if ctx.lang == "ar":
            _long_form_of_known(ctx, k)
            _arabic_short(ctx, k, short)
            continue
        body = next((m for m in ctx.ments.ending(k) if m.kind in _KINDS), None)
        if body is None or toks[k + 1].text in short:
            continue
        if _known_letters(ctx, k + 1, body):
            continue
        if ctx.covered[k + 1] and not _redefined(ctx, k + 1, body):
            continue
        s_, e_ = ctx.orig(k + 1, k + 2)
        letters = ctx.text[s_:e_]
        if 2 <= len(letters) <= 8 and letters.isupper() and letters.replace("-", "").isalnum():
            short[toks[k + 1].text] = body
    if not short:
        return
    for k in ctx.where(short.keys()):
        body = short[toks[k].text]
        if k < body.te or (ctx.covered[k] and not _redefined(ctx, k, body)):
            continue
        s_, e_ = ctx.orig(k, k + 1)
        if ctx.lang == "ar" and not _arabic_reuse(ctx, k):
            continue
        if ctx.lang != "ar" and not ctx.text[s_:e_].isupper():
            continue  # the same letters as an ordinary word
        for m in [m for m in ctx.ments.starting(k) if m.te == k + 1]:
            ctx.ments.remove(m)
        ctx.register(body.entity)
        m = Ment(s_, e_, k, k + 1, body.entity, body.kind, "short", ctx.text[s_:e_])
        ctx.add(m)
        if ctx.lang != "ar":
            _title_owner(ctx, m)
    ctx.ments.sort_by_start()


def _title_owner(ctx: Context, m: Ment) -> None:
    """ "the AA deputy commander-in-chief, Dr. X": the letters right before a title that introduces a name own
    that title (the titles step ran before the text's own letters were known, and found no owner)."""
    for t in ctx.titles:
        if t.ts == m.te and t.person is not None and not t.of:
            m.in_np = True
            t.of.append(m)


def _known_letters(ctx: Context, k: int, body: Ment) -> bool:
    """ "the Popular Front for the Renaissance of Central Africa (FPRC)": a body found in the text whose letters
    in brackets name a body the knowledge base knows, and spell the text's name, is that body under another
    wording; its mentions go to the known one."""
    from explorer.extract.organizations import _spells

    info = ctx.entities.info.get(body.entity) or {}
    if body.role != "discovered" or info.get("known", True):
        return False
    got = [m for m in ctx.ments.starting(k) if m.te == k + 1 and m.kind in _KINDS]
    if len(got) != 1 or not (ctx.entities.info.get(got[0].entity) or {}).get("known"):
        return False
    s_, e_ = ctx.orig(body.ts, body.te)
    long, known = ctx.text[s_:e_].lower(), ctx.kb.entities[got[0].entity]
    if not _spells(ctx.texts[k], long) and not any(_same_words(long, n.lower()) for n in (known.name, *known.aliases)):
        return False  # ("the Group to Support Islam and Muslims (JNIM)": the English alias, in other words)
    for m in list(ctx.ments.of_entity(body.entity)):
        m.entity, m.kind, m.role = got[0].entity, got[0].kind, "name"
    ctx.ments.reindex()
    return True


def _same_words(a: str, b: str) -> bool:
    """Two names of one body in other words or another language's letters ("… Renaissance of Central Africa",
    FPRC for the French name): two thirds of the first's long words start as words of the second do."""
    stems = {w[:5] for w in b.replace("-", " ").split() if len(w) > 3}
    words = [w[:5] for w in a.replace("-", " ").split() if len(w) > 3]
    return len(words) >= 2 and 3 * sum(w in stems for w in words) >= 2 * len(words)


def _redefined(ctx: Context, k: int, body: Ment) -> bool:
    """Token k is letters the knowledge base read as another body, and they spell the name of the body the text
    gave them to ("Somali National Army (SNA)")."""
    from explorer.extract.organizations import _spells

    got = [m for m in ctx.ments.starting(k) if m.te == k + 1]
    if len(got) != 1 or got[0].kind not in _KINDS or got[0].entity == body.entity:
        return False
    s_, e_ = ctx.orig(body.ts, body.te)
    return _spells(ctx.texts[k], ctx.text[s_:e_].lower())


def _arabic_short(ctx: Context, k: int, short: dict[str, Ment]) -> None:
    """«"تنسيقية القوى المدنية الديمقراطية" (تقدم)», «قوات سوريا الديمقراطية (قسد)»: one Arabic word in brackets
    right after a body's name (or its closing quote) is its short name."""
    toks = ctx.toks
    end = k - (k > 0 and toks[k - 1].text == '"')
    body = next((m for m in ctx.ments.ending(end) if m.kind in _KINDS), None)
    word = toks[k + 1]
    if body is not None and word.is_word and not ctx.covered[k + 1] and word.text not in short and len(word.text) >= 3:
        if not word.text.isascii():
            short[word.text] = body


def _long_form_of_known(ctx: Context, k: int) -> None:
    """«حركة المقاومة الفلسطينية الإسلامية (حماس)»: a body's head noun and the words after it, then a known
    body's short name in brackets, are that body written out in words the knowledge base does not list (a
    state's demonym among them names no state here)."""
    toks = ctx.toks
    known = next((m for m in ctx.ments.starting(k + 1) if m.te == k + 2 and m.kind in _KINDS), None)
    if known is None or not (ctx.entities.info.get(known.entity) or {}).get("known"):
        return
    head = next((h for h in range(k - 1, max(-1, k - 7), -1) if toks[h].forms[-1] in ctx.lex.organization_heads
                 or toks[h].text in ctx.lex.organization_heads), None)
    if head is None or head == k - 1:
        return
    inner = [m for m in ctx.ments if head <= m.ts and m.te <= k]
    if any(not (m.kind == "state" and m.role == "demonym") for m in inner):
        return  # (another name inside: not one body's words)
    if any(ctx.covered[x] and not any(m.ts <= x < m.te for m in inner) for x in range(head, k)):
        return
    for m in inner:
        ctx.ments.remove(m)
    s_, e_ = ctx.orig(head, k)
    for x in range(head, k):
        ctx.covered[x] = 1
    ctx.add(Ment(s_, e_, head, k, known.entity, known.kind, "name", ctx.text[s_:e_]))
    ctx.ments.sort_by_start()


def _arabic_reuse(ctx: Context, k: int) -> bool:
    """An Arabic short name used again: in quotes, or a word that cannot be a verb of the present (which starts
    with ت, ي, ن or أ: «تقدم» is also "advanced")."""
    quoted = k > 0 and ctx.toks[k - 1].text in ('"', "(")
    return quoted or not ctx.texts[k].startswith(("ت", "ي", "ن", "ا"))
