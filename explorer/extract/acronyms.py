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
        if ctx.lang != "ar":
            _written_out_in_brackets(ctx, k)
        if k + 2 >= n or toks[k + 2].text != ")":
            continue
        if ctx.lang == "ar":
            _long_form_of_known(ctx, k)
            _arabic_short(ctx, k, short)
        else:
            _english_short(ctx, k, short)
    if ctx.lang != "ar":
        _letters_of_named_body(ctx)
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


def _english_short(ctx: Context, k: int, short: dict[str, Ment]) -> None:
    """ "the Movement for Justice and Equality (MJE)": capital letters in brackets right after a body's name are
    its short name (unless the knowledge base's reading of them is that body, or a longer name they spell)."""
    toks = ctx.toks
    body = next((m for m in ctx.ments.ending(k) if m.kind in _KINDS), None)
    if body is None or toks[k + 1].text in short:
        return
    if _known_letters(ctx, k + 1, body) or _letters_of_longer_name(ctx, k + 1, body):
        return
    if ctx.covered[k + 1] and not _redefined(ctx, k + 1, body):
        return
    s_, e_ = ctx.orig(k + 1, k + 2)
    letters = ctx.text[s_:e_]
    if 2 <= len(letters) <= 8 and letters.isupper() and letters.replace("-", "").isalnum():
        short[toks[k + 1].text] = body


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


def _initials(ctx: Context, ts: int, te: int) -> str:
    """The capital letters that start the words of tokens [ts, te), the small words between them left out
    (`acronym_skip_words`: "Somali National Army" SNA, "Ethiopian National Defense Forces" ENDF); empty when a
    word is neither capitalized nor such a small word."""
    skip, out = ctx.lex.w("acronym_skip_words"), []
    for x in range(ts, te):
        word = ctx.text[slice(*ctx.orig(x, x + 1))]
        if word.lower() in skip:
            continue
        if not word[:1].isupper():
            return ""
        out.append(word[0])
    return "".join(out)


def _letters_of_longer_name(ctx: Context, k: int, body: Ment) -> bool:
    """ "the Ethiopian National Defense Forces (ENDF)": letters in brackets that the knowledge base knows as a
    body, right after another body's name the gazetteer found inside a longer name ("National Defense Forces",
    Syria's), whose words with the one or two before them start with those letters: the longer name is the
    letters' body, written out (English)."""
    got = [m for m in ctx.ments.starting(k) if m.te == k + 1 and m.kind in _KINDS]
    if len(got) != 1 or got[0].entity == body.entity or not ctx.texts[k].isalpha():
        return False
    letters = ctx.text[slice(*ctx.orig(k, k + 1))]
    if _initials(ctx, body.ts, body.te) == letters:
        return False  # ("the Somali National Army (SNA)": the name itself, _redefined's)
    for start in (body.ts - 1, body.ts - 2):
        if start < 0 or ctx.texts[start].lower() in ctx.lex.w("acronym_skip_words"):
            continue
        if _initials(ctx, start, body.te) != letters:
            continue
        inner = [m for m in ctx.ments if start <= m.ts and m.te <= body.te]
        if any(m is not body and m.kind != "state" for m in inner):
            return False
        for m in inner:
            ctx.ments.remove(m)
        s_, e_ = ctx.orig(start, body.te)
        ctx.add(Ment(s_, e_, start, body.te, got[0].entity, got[0].kind, "name", ctx.text[s_:e_]))
        ctx.ments.sort_by_start()
        return True
    return False


def _written_out_in_brackets(ctx: Context, k: int) -> None:
    """ "ATMIS (AU Transition Mission in Somalia)": a name found in the text, in brackets right after a known
    body's, in the known body's words (two thirds of its long words, `_same_words`) is that body written out
    another way; its mentions go to the known one (English)."""
    known = next((m for m in ctx.ments.ending(k) if m.kind in _KINDS), None)
    if known is None or not (ctx.entities.info.get(known.entity) or {}).get("known"):
        return
    inside = next((m for m in ctx.ments.starting(k + 1) if m.kind in _KINDS), None)
    info = ctx.entities.info.get(inside.entity) if inside is not None else None
    if inside is None or info is None or info["known"] or inside.te >= len(ctx.toks):
        return
    if ctx.toks[inside.te].text != ")" or inside.te - inside.ts < 3:
        return
    long, e = inside.text.lower(), ctx.kb.entities[known.entity]
    if any(_same_words(long, n.lower()) for n in (e.name, *e.aliases)):
        for m in list(ctx.ments.of_entity(inside.entity)):
            m.entity, m.kind, m.role = known.entity, known.kind, "name"
        ctx.ments.reindex()


def _letters_of_named_body(ctx: Context) -> None:
    """ "the Somali National Army … SNA's chief": letters the knowledge base reads as one body (Syria's SNA),
    when the article names that body nowhere else but names another whose words start with the same letters,
    are that other body's (English)."""
    named: dict[str, str] = {}  # letters -> the body the article names in full
    for m in ctx.ments:
        if m.kind in _KINDS and m.te - m.ts >= 2 and m.role in ("name", "discovered"):
            letters = _initials(ctx, m.ts, m.te)
            if len(letters) >= 2:
                named.setdefault(letters, m.entity)
    if not named:
        return
    changed = False
    for m in ctx.ments:
        if m.kind not in _KINDS or m.te - m.ts != 1 or not m.text.isupper() or m.text not in named:
            continue
        other = named[m.text]
        if other == m.entity or any(x.te - x.ts > 1 for x in ctx.ments.of_entity(m.entity)):
            continue
        ctx.register(other)
        m.entity, m.kind = other, (ctx.entities.info.get(other) or {}).get("kind", m.kind)
        changed = True
    if changed:
        ctx.ments.reindex()


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
    return _spells(ctx.texts[k], ctx.text[s_:e_].lower()) or _not_yet(ctx, got[0].entity)


def _not_yet(ctx: Context, eid: str) -> bool:
    """The knowledge base's body was set up after the article's day (every dated rule of it starts later): "the
    National Committee for the Salvation of the People (CNSP)" in August 2020 is Mali's junta, not Niger's of 2023."""
    e = ctx.kb.get(eid)
    rules = (e.record.get("rules") or ()) if e is not None else ()
    starts = [str(r.get("start") or "") for r in rules]
    return ctx.on is not None and bool(starts) and all(st > ctx.on.isoformat() for st in starts)


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
