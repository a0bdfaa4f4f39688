"""Organizations and news outlets the knowledge base does not know, from the nouns that head their names."""

from __future__ import annotations

import hashlib
import re
import weakref

from explorer.extract.context import Context, Ment, stable_id
from explorer.extract.names import _AR_STOP, _MASDAR, _discover_ar_name, _free_capital, _is_ar_word


def find_media(ctx: Context) -> None:
    """News outlets the knowledge base does not know: «قناة X», «وكالة X», «لـ"X"» after a reporting verb."""
    toks = ctx.toks
    heads = ctx.lex.media_heads
    for i in ctx.where(heads, lasts=True) if ctx.lang == "ar" else ():
        t = toks[i]
        if not (not ctx.covered[i]) or not t.is_word or ctx.lang != "ar":
            continue
        if t.forms[-1] not in heads and t.text not in heads:
            continue
        if _definite(t) and t.text not in heads:
            continue  # «الاتفاق الموقع بتاريخ …»: the signed one, a participle; an outlet's head is in construct
        k = i + 1
        if k < len(toks) and toks[k].text in ('"',):
            k += 1
            if _quoted_outlet(ctx, i, k):
                continue
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
        name_end = _ending_place(ctx, name_end)  # «شبكة تضامن نساء كابول»: "of Kabul" ends the name
        if k > i + 1 and name_end < len(toks) and toks[name_end].text == '"':
            name_end += 1  # «وكالة "سبأ"»: to the closing quote
        s_, e_ = ctx.orig(i, name_end)
        name = ctx.text[s_:e_]
        eid = stable_id("organization", " ".join(x.text for x in toks[i:name_end]))
        ctx.entities.add(eid, name, "organization", name, [], known=False)
        ctx.add(Ment(s_, e_, i, name_end, eid, "organization", "discovered", name, media=True))
    ctx.ments.sort_by_start()


def _ending_place(ctx: Context, k: int) -> int:
    """A city or state right after a bare noun of a body's name («… نساء كابول», «إذاعة صوت بغداد»: the genitive
    that ends it) belongs to the name: where the name ends then (the place's mention is taken in), else k."""
    place = next((m for m in ctx.ments.starting(k) if m.kind in ("place", "state") and m.role in _PLACE_ROLES), None)
    if place is None or ctx.texts[k - 1].startswith("ال") or place.np_start != k:
        return k
    ctx.unname(place)
    return place.te


def _quoted_outlet(ctx: Context, i: int, k: int) -> bool:
    """«وذكرت قناة "السومرية نيوز"»: the outlet's name in quotes, however it starts (with «ال» too), is one mention
    with its head noun, the verb's subject (a body the quotes were read as before takes the head in)."""
    toks = ctx.toks
    close = next((x for x in range(k + 1, min(len(toks), k + 5)) if toks[x].text == '"'), None)
    if close is None or not all(t.is_word for t in toks[k:close]):
        return False
    inside = [m for m in ctx.ments if k <= m.ts and m.te <= close + 1]
    if any(m.kind not in ("organization", "place", "state") for m in inside):
        return False
    own = next((m for m in inside if m.kind == "organization"), None)
    end = close + 1
    after = ctx.starting_at(end, ("state",))
    if after is not None and after.role == "demonym":
        inside.append(after)  # «قناة "السومرية نيوز" العراقية»: the outlet's country, part of its description
        end = after.te
    for m in inside:
        ctx.unname(m)
    s_, e_ = ctx.orig(k, close)  # (the mention is what the quotes hold, as the outlet is named)
    name = ctx.text[s_:e_]
    eid = own.entity if own is not None else stable_id("organization", " ".join(x.text for x in toks[k:close]))
    if own is None:
        ctx.entities.add(eid, name, "organization", name, [], known=False)
    ctx.add(Ment(s_, e_, k, close, eid, "organization", "discovered", name, media=True))
    ctx.covered[i] = ctx.covered[k - 1] = ctx.covered[close] = 1  # (the head, the quotes and the country are its own)
    for x in range(close + 1, end):
        ctx.covered[x] = 1
    return True


def find_organizations(ctx: Context) -> None:
    """Organizations the knowledge base does not know, from the noun that heads their name:
    «هيئة التفاوض», «لجنة التحقيق الدولية», "Joint Military Commission", "Popular Mobilization Forces"."""
    toks = ctx.toks
    heads, armed = ctx.lex.organization_heads, ctx.lex.armed_heads
    by_prefix: dict[tuple[str, ...], Ment] = {}  # every leading run of words of a known organization's name
    for m in ctx.ments:
        if m.kind in ("organization", "armed_group"):
            words = tuple(ctx.texts[m.ts : m.te])
            for k in range(1, len(words) + 1):
                by_prefix.setdefault(words[:k], m)
    ar = ctx.lang == "ar"
    if ar:
        _unshorten_ar(ctx)
    done = 0
    for i in _starts(ctx, heads):
        t = toks[i]
        if i < done or not t.is_word or ctx.covered[i]:
            continue
        span = _org_span_ar(ctx, i, heads) or _short_known_ar(ctx, i) if ar else _org_span_en(ctx, i, heads)
        if span is None:
            continue
        ts, te, head = span
        done = te
        s_, e_ = ctx.orig(ts, te)
        if ar:
            s_ = _after_clitic(ctx, ts, s_)
        name = ctx.text[s_:e_].strip('"«» ')
        longer = by_prefix.get(tuple(x.text for x in toks[ts:te]))
        if longer is not None:  # «مجلس النواب» after «مجلس النواب الليبي»
            ctx.add(Ment(s_, e_, ts, te, longer.entity, longer.kind, "short", ctx.text[s_:e_]))
            continue
        known = _known_by_part(ctx, ts, te)
        if known is not None:  # "the Transitional Council" in an article about Yemen
            _absorb(ctx, ts, te)
            ctx.register(known)
            ctx.add(Ment(s_, e_, ts, te, known, ctx.kb.entities[known].kind, "short", ctx.text[s_:e_]))
            continue
        variant = _kb_variant_ar(ctx, ts, te) if ar else _kb_variant(ctx, ts, te)
        if variant is not None:  # "the Union for Peace in Central Africa": the known Union for Peace in the CAR
            _absorb(ctx, ts, te)
            ctx.register(variant)
            ctx.add(Ment(s_, e_, ts, te, variant, ctx.kb.entities[variant].kind, "name", ctx.text[s_:e_]))
            continue
        key = " ".join(x.forms[-1] if ar else x.text for x in toks[ts:te])
        kind = "armed_group" if head in armed or _self_defence(ctx, ts, te) else "organization"
        eid = stable_id(kind, key)
        branch, army = _state_branch(ctx, ts, te)
        if branch and army is None:  # "Turkish Air Force": the state acts
            continue
        _absorb(ctx, ts, te)
        if army is not None:  # "Ukrainian Armed Forces": the state's army the knowledge base knows
            eid, kind = army, "organization"
            ctx.register(eid)
        else:
            ctx.entities.add(eid, name, kind, name if ar else None, [], known=False)
        media = head in ctx.lex.media_heads  # «قناة "المملكة"»: an outlet reports, it is no party
        new = ctx.add(Ment(s_, e_, ts, te, eid, kind, "discovered", ctx.text[s_:e_], media=media))
        words = tuple(x.text for x in toks[ts:te])
        for k in range(1, len(words) + 1):
            by_prefix.setdefault(words[:k], new)
    ctx.ments.sort_by_start()


def _self_defence(ctx: Context, ts: int, te: int) -> bool:
    """ "the Dan Na Ambassagou Self-Defence Group", «مجموعة الدفاع الذاتي …»: a body named for its own defence
    (`armed_name_phrases`) is armed, whatever its head noun."""
    words = " ".join(x for x in ctx.texts[ts:te] if x != "-")  # ("self-defence": the hyphen a token of its own)
    return any(" ".join(p.replace("-", " ").split()) in words for p in ctx.lex.w("armed_name_phrases"))


def _unshorten_ar(ctx: Context) -> None:
    """«الجبهة الشعبية للإنقاذ»: a known body's short name («الجبهة الشعبية», the PFLP) with a «لـ» complement
    right after it that none of the body's own names goes on with names another body; its words are left to
    discovery."""
    from explorer.kb import norm_alias

    for m in [m for m in ctx.ments if m.kind in ("organization", "armed_group") and m.role == "name"]:
        if m.te >= len(ctx.toks) or not ctx.texts[m.te].startswith("ل") or m.te - m.ts != 2:
            continue
        if ctx.texts[m.ts] not in ctx.lex.organization_heads or not _adjective_form(ctx, m.ts + 1):
            continue  # (a head noun and its adjective only: «والأمم المتحدة لتصدير الحبوب» is the UN's purpose)
        if any(x.kind in ("place", "state") for x in ctx.ments.starting(m.te)):
            continue  # «مبعوث الاتحاد الأفريقي للقرن الأفريقي»: the region the body's office is for
        end = _lam_complement(ctx, m.te)
        e = ctx.kb.get(m.entity)
        if end is None or e is None:
            continue
        s_, e_ = ctx.orig(m.ts, end)
        longer = norm_alias(ctx.text[s_:e_])
        if any(norm_alias(n).startswith(longer[: len(longer) - 2]) for n in e.all_names if n != m.text):
            continue  # («الجبهة الشعبية لتحرير …»: its own name)
        ctx.ments.remove(m)
        ctx.covered[m.ts : m.te] = b"\x00" * (m.te - m.ts)


def _adjective_form(ctx: Context, k: int) -> bool:
    """A definite nisba at token k («الشعبية», «الوطني»), covered or not."""
    f = ctx.toks[k].forms[-1]
    return ctx.texts[k].startswith("ال") and f.endswith(("ي", "يه")) and len(f) > 3


_VARIANTS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # knowledge base -> (names, stem index)


def _stems(name: str) -> frozenset[str]:
    """A name's words longer than three letters, by their first five: "Central African" and "Central Africa"
    read alike."""
    return frozenset(w[:5] for w in name.lower().replace("-", " ").replace("'s", "").split() if len(w) > 3)


def _variant_index(ctx: Context) -> tuple[list[tuple[frozenset[str], str, str]], dict[str, set[int]]]:
    """The knowledge base's English names of bodies as stems, with their last word and body, and the names
    each stem is in (built once per knowledge base)."""
    got = _VARIANTS.get(ctx.kb)
    if got is None:
        names: list[tuple[frozenset[str], str, str]] = []
        index: dict[str, set[int]] = {}
        for e in ctx.kb.entities.values():
            if e.kind in ("organization", "armed_group"):
                for n in (e.name, *e.aliases):
                    stems = _stems(n.split("(")[0])
                    if len(stems) >= 4:
                        for st in stems:
                            index.setdefault(st, set()).add(len(names))
                        names.append((stems, n.split("(")[0].split()[-1].lower(), e.id))
        got = _VARIANTS[ctx.kb] = (names, index)
    return got


_REPUBLIC = frozenset({"repub"})


def _kb_variant(ctx: Context, ts: int, te: int) -> str | None:
    """The known body whose name the words from ts to te write another way: four long words at least, the same
    ones (by stem, in any order) as the known name's, "Republic" aside, and the same head ("Patriotic Movement
    for Central Africa" for the Central African Patriotic Movement, "… of Central Africa" for "… of the Central
    African Republic"; not the Sudan Liberation Movement for the Sudan People's one); one such body only."""
    s_, e_ = ctx.orig(ts, te)
    stems = _stems(ctx.text[s_:e_])
    if len(stems) < 4:
        return None  # ("Ceasefire Monitoring Mechanism": words of a kind of body, which many bodies are)
    names, index = _variant_index(ctx)
    hits = set.intersection(*(index.get(st, set()) for st in stems))
    heads = {w.lower() for w in ctx.texts[ts:te] if w in ctx.lex.organization_heads or w.capitalize() in
             ctx.lex.organization_heads}
    found = {names[n][2] for n in hits if names[n][0] - stems <= _REPUBLIC and names[n][1] in heads}
    if len(found) != 1:
        return None
    eid = found.pop()
    state = ctx.kb.entities[eid].record.get("state")
    if state and not any(m.entity == state for m in ctx.ments):
        return None  # "the Independent National Electoral Commission" in Kinshasa is not Nigeria's: a state's body
    return eid  # is its written-another-way variant only in an article that names that state


_AR_VARIANTS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # knowledge base -> names without articles


def _no_article(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


def _kb_variant_ar(ctx: Context, ts: int, te: int) -> str | None:
    """The known body whose Arabic name the words from ts to te write with or without the article on a word
    («تنسيقية حركات الأزواد» for «تنسيقية حركات أزواد», «جيش تحرير الأورومو»): the same words in the same
    order, articles aside; one such body only, and a state's body only in an article that names the state."""
    index = _AR_VARIANTS.get(ctx.kb)
    if index is None:
        from explorer.text.normalize import normalize
        from explorer.text.tokens import tokenize

        index = {}
        for e in ctx.kb.entities.values():
            if e.kind in ("organization", "armed_group"):
                for name in (e.name_ar, *e.aliases_ar):
                    words = tuple(_no_article(t.text) for t in tokenize(normalize(name or "").text) if t.is_word)
                    if len(words) >= 2:
                        index.setdefault((len(words), words[0]), []).append((words, e.id))
        _AR_VARIANTS[ctx.kb] = index
    keys = [{_no_article(f) for f in (t.text, *t.forms)} for t in ctx.toks[ts:te]]
    found = {
        eid
        for head in keys[0]
        for words, eid in index.get((te - ts, head), ())
        if all(w in k for w, k in zip(words, keys, strict=True))
    }
    if len(found) != 1:
        return None
    eid = found.pop()
    state = ctx.kb.entities[eid].record.get("state")
    return None if state and not any(m.entity == state for m in ctx.ments) else eid


def _starts(ctx: Context, heads: frozenset[str]):
    """Where a name may start, in order: an Arabic name at its head noun (a clitic before it aside), an English
    one up to ten words before its head (looked up in the document's index of words, not token by token)."""
    if ctx.lang == "ar":
        yield from ctx.where(heads, forms=True)
        return
    last = -1
    for h in ctx.where(heads | ctx.lex.w("of_heads")):
        yield from range(max(last + 1, h - 10), h + 1)
        last = h


_PARTS: dict[tuple[int, str], dict[tuple[str, ...], set[tuple[str, str]]]] = {}


def _part_names(ctx: Context) -> dict[tuple[str, ...], set[tuple[str, str]]]:
    """The knowledge base's bodies of a state by the part of their names a text may use alone: the last words
    of an English name ending or starting with a head noun ("Transitional Council" of the Southern Transitional
    Council, "House of Representatives" of the Libyan one),
    the first words of an Arabic name starting with one («المجلس الانتقالي» of «المجلس الانتقالي الجنوبي»);
    each with (body, its state). Built once per knowledge base and language."""
    key = (id(ctx.kb), ctx.lang)
    got = _PARTS.get(key)
    if got is not None:
        return got
    from explorer.text.normalize import normalize
    from explorer.text.tokens import tokenize

    got = {}
    ar, heads = ctx.lang == "ar", ctx.lex.organization_heads | ctx.lex.w("known_part_heads")
    of_heads = ctx.lex.w("of_heads")
    for e in ctx.kb.entities.values():
        state = e.record.get("state")
        if e.kind not in ("organization", "armed_group") or not state:
            continue
        for name in [e.name_ar or "", *e.aliases_ar] if ar else [e.name, *e.aliases]:
            toks = [t for t in tokenize(normalize(name).text) if t.is_word]
            for k in range(2, len(toks)):
                part = toks[:k] if ar else toks[-k:]
                anchors = (part[0],) if ar else (part[-1], part[0])  # "… Transitional Council", "House of …"
                if any(not (heads | of_heads).isdisjoint(t.forms) for t in anchors):
                    got.setdefault(tuple(t.text for t in part), set()).add((e.id, state))
    if any(k[0] != key[0] for k in _PARTS):
        _PARTS.clear()  # (another knowledge base: an id may be reused once the old one is gone)
    _PARTS[key] = got
    return got


def _known_by_part(ctx: Context, ts: int, te: int) -> str | None:
    """The knowledge base's body a name found in the text is part of, when that body's state is the one the
    document names most among the candidates' states (`_state_counts`: "the National Army" in an article about
    Libya, "the Political Council" beside the Houthis); not the body of a group named right before it ("the
    Taliban Foreign Ministry")."""
    if any(m.kind in ("organization", "armed_group") for m in ctx.ments.ending(ts)):
        return None
    parts = _part_names(ctx)
    words = [*ctx.texts[ts:te]]
    if ctx.lang == "ar":
        t = ctx.toks[ts]
        head = max((f for f in t.forms if f in ctx.lex.organization_heads), key=len, default=t.forms[-1])
        words[0] = ("ال" + head) if _definite(t, head) and not head.startswith("ال") else head
    found = parts.get(tuple(words))
    named = _state_before(ctx, ts)
    if found and named is not None:  # "Ukraine's Security Service": Ukraine's, not the Russian one of that name
        found = {(eid, state) for eid, state in found if state == named}
    if not found:
        return None
    counts = _state_counts(ctx)
    ranked = sorted(((counts.get(state, 0), eid) for eid, state in found), reverse=True)
    if ranked[0][0] == 0 or (len(ranked) > 1 and ranked[1][0] == ranked[0][0] and ranked[1][1] != ranked[0][1]):
        return None
    return ranked[0][1]


def find_known_parts(ctx: Context) -> None:
    """«حكومة الوحدة الوطنية» in an article about Libya, «لحكومة الوحدة الوطنية»: a head too generic to open a
    name the text would be found by (`known_part_heads`: «حكومة» is the state's government alone), with two or
    three definite words after it, names the body the knowledge base knows in the document's state under a
    longer name that starts with these words; nothing is discovered from these heads."""
    heads, toks = ctx.lex.w("known_part_heads"), ctx.toks
    added = False
    for i in ctx.where(heads, forms=True) if heads and ctx.lang == "ar" else ():
        for te in range(min(len(toks), i + 4), i + 2, -1):  # (two words, «حكومة الوحدة», name too little)
            if ctx.free(i, te) and all(toks[k].text.startswith("ال") for k in range(i + 1, te)):
                known = _known_by_part(ctx, i, te)
                if known is not None:
                    s_, e_ = ctx.orig(i, te)
                    s_ = _after_clitic(ctx, i, s_)
                    ctx.register(known)
                    ctx.add(Ment(s_, e_, i, te, known, ctx.kb.entities[known].kind, "short", ctx.text[s_:e_]))
                    added = True
                    break
    if added:
        ctx.ments.sort_by_start()


def _state_before(ctx: Context, ts: int) -> str | None:
    """English: the state named right before token ts, by its demonym or its "'s" ("the Sudanese", "Ukraine's")."""
    if ctx.lang == "ar" or ts == 0:
        return None
    k = ts - (ctx.texts[ts - 1] in ("'s", "'"))
    return next((m.entity for m in ctx.ments.ending(k) if m.kind == "state"), None)


def _state_counts(ctx: Context) -> dict[str, int]:
    """How often the document names each state: by name or demonym, by its capital, by a body of that state."""
    counts: dict[str, int] = {}
    for m in ctx.ments:
        state = m.entity if m.kind == "state" else ctx.kb.capital_of.get(m.entity)
        if state is None and m.kind in ("organization", "armed_group"):
            e = ctx.kb.get(m.entity)
            state = e.record.get("state") if e is not None else None
        if state:
            counts[state] = counts.get(state, 0) + 1
    return counts


def _short_known_ar(ctx: Context, i: int) -> tuple[int, int, str] | None:
    """Two words too generic to be a name found here («المجلس الانتقالي», «الجيش الوطني») that start the name
    of a body the knowledge base knows in the state the document is about."""
    toks = ctx.toks
    if i + 2 > len(toks) or not ctx.free(i, i + 2) or not toks[i + 1].text.startswith("ال"):
        return None
    if not ctx.lex.w("not_name_heads").isdisjoint(toks[i].forms) or any(
        m.kind == "state" for m in ctx.ments.starting(i + 2)
    ):
        return None  # «وزارة الخارجية الجزائرية»: a state's own body, named with its demonym
    return (i, i + 2, toks[i].forms[-1]) if _known_by_part(ctx, i, i + 2) else None


def _absorb(ctx: Context, ts: int, te: int) -> None:
    """Removes the states, places and bodies named inside a body's name found around them ("Sudan" in "Sudan
    Liberation Movement")."""
    lo = ts - (ts > 0 and ctx.texts[ts - 1] == "the")  # "the Sudan" named before "Liberation Movement"
    for m in [m for m in ctx.ments.ending_within(ts, te) if m.ts >= lo and m.kind in _INNER_KINDS]:
        ctx.ments.remove(m)


def _state_branch(ctx: Context, ts: int, te: int) -> tuple[bool, str | None]:
    """ "Ukrainian Armed Forces", "Turkish Air Force", "Somali Police Force": a state and only words of its own
    forces name a branch of that state, no body of its own: (True, the state's army the knowledge base knows,
    for army words only), else (False, None)."""
    first = next((m for m in ctx.ments.starting(ts) if m.kind == "state"), None)
    if first is None or ctx.lang == "ar":
        return False, None
    rest = set(ctx.texts[first.te : te])
    army = ctx.lex.w("army_name_words")
    if not rest or not rest <= army | ctx.lex.w("state_branch_words"):
        return False, None
    if rest <= army:
        from explorer.extract.armies import armies

        return True, armies(ctx.kb).get(first.entity)
    return True, None


def _org_span_ar(ctx: Context, i: int, heads: frozenset[str]) -> tuple[int, int, str] | None:
    """An Arabic body's name from its head noun (a clitic before it aside: «لحركة», «والمجلس»): a construct head
    and its genitive chain (`_construct_name`: «حركة تحرير السودان», «قوات الحشد الشعبي») or a definite head
    and its adjectives (`_definite_name`: «المجلس الانتقالي الجنوبي», «الجبهة الوطنية للتحرير»)."""
    t = ctx.toks[i]
    head = max((f for f in (t.text, *t.forms) if f in heads), key=len, default=None)  # «ولجنة»: لجنة, not جنة
    if head is None or head in ctx.lex.w("not_name_heads"):
        return None
    own = _root_alif_lam(ctx, i)
    if head.startswith("ال") and head[2:] in heads and not own:
        head = head[2:]  # («ألوية», normalized «الويه», is a head of its own, not «ويه» with the article)
    elif own and "ال" + head in heads and t.text.endswith("ال" + head):
        head = "ال" + head  # («وألوية»: its forms lose the letters with the clitic)
    if head in ctx.lex.w("descriptor_heads") and i + 1 < len(ctx.toks) and not heads.isdisjoint(ctx.toks[i + 1].forms):
        return None  # «مليشيا جيش المهدي», «تنظيم حركة كوش»: the name starts at the second head
    quoted = _quoted_after(ctx, i, heads)
    if quoted is not None:
        return quoted[0], quoted[1], head
    te = _definite_name(ctx, i, head) if _definite(t, head) else _construct_name(ctx, i, head)
    if te is not None and i > 0 and ctx.toks[i - 1].text == '"':  # «"غرفة عمليات الفتح المبين"»: to the quote
        close = next((k for k in range(te, min(te + 3, len(ctx.toks))) if ctx.toks[k].text == '"'), None)
        if close is not None and all(_name_word(ctx, k) for k in range(te, close)):
            te = close
    return None if te is None else (i, te, head)


def _root_alif_lam(ctx: Context, i: int) -> bool:
    """The word at token i is written with «أل»/«إل»/«آل» («ألوية», «لألوية», «الألوية»): the article is written
    with a bare alif, so these letters are the word's own and normalization («الويه») only makes them look like
    the article. (A definite «الألوية» is still definite: `_definite` sees the article before the head.)"""
    s, e = ctx.orig(i, i + 1)
    return _ROOT_ALIF_LAM.search(ctx.text[s:e]) is not None


_ROOT_ALIF_LAM = re.compile("[\u0623\u0625\u0622]\u0644")


def _quoted_after(ctx: Context, i: int, heads: frozenset[str]) -> tuple[int, int] | None:
    """«تنظيم "ولاية سيناء"», «جماعة "أنصار الإسلام"»: a head noun and a name in quotes right after it; the body is
    named by the quoted words (a quoted name with a head of its own is found by that head)."""
    toks, n = ctx.toks, len(ctx.toks)
    if i + 2 >= n or toks[i + 1].text != '"' or not heads.isdisjoint(toks[i + 2].forms):
        return None
    close = next((k for k in range(i + 2, min(n, i + 8)) if toks[k].text == '"'), None)
    if close is None or close == i + 2 or not all(toks[k].is_word or toks[k].text == "-" for k in range(i + 2, close)):
        return None
    inner = [m for m in ctx.ments.ending_within(i + 1, close) if m.ts >= i + 2]
    if any(m.kind not in ("state", "place") for m in inner) or sum(m.te - m.ts for m in inner) != sum(
        ctx.covered[i + 2 : close]
    ):
        return None  # (a state or place may be part of the name: «"درع السودان"», «"ولاية سيناء"»)
    return i + 2, close


def _after_clitic(ctx: Context, i: int, start: int) -> int:
    """Where a name starts in the original text when its first word carries a clitic: «لحركة» names «حركة»,
    «والمجلس» names «المجلس»."""
    t = ctx.toks[i]
    f = max((f for f in t.forms if f in ctx.lex.organization_heads), key=len, default=None)
    if f is None or t.text == f or not t.text.endswith(f):
        return start  # (not a head: «"ولاية سيناء"» keeps its «و»)
    clitic = len(t.text) - len(f) - (2 if t.text[: len(t.text) - len(f)].endswith("ال") else 0)
    if clitic <= 0 or t.text.startswith("لال"):
        return start  # («للجنة» is written with one lam: no clean place to cut)
    return ctx.norm.span(t.start + clitic, t.end)[0]


def _definite(t, f: str | None = None) -> bool:
    """«الجبهة», «والمجلس», «لالتحرير» (normalized «للتحرير»): the token carries the article (before the form f)."""
    f = f or t.forms[-1]
    return t.text != f and t.text.endswith(f) and t.text[: len(t.text) - len(f)].endswith("ال")


def _name_word(ctx: Context, k: int) -> bool:
    """A free word that may stand inside a body's name: not a particle, verb, number or word of time."""
    t = ctx.toks[k]
    return (
        t.is_word
        and not ctx.covered[k]
        and t.text not in _AR_STOP
        and t.forms[-1] not in _AR_STOP
        and not t.text[:1].isdigit()
        and t.text not in ctx.lex.w("number_words")
        and not ctx.lex.triggers.match_at(ctx.toks, k)
    )


_PLACE_ROLES = frozenset({"name", "capital"})


def _name_noun(ctx: Context, k: int) -> bool:
    """A definite noun inside a name: a name word, or a word that elsewhere triggers a relation or stops a
    person's name, when an adjective follows it («لجنة الحوار الوطني»: the dialogue is the committee's, no talks
    are held); not a word of time (`time_nouns_ar`: «العام الماضي»)."""
    if _name_word(ctx, k):
        return True
    t = ctx.toks[k]
    if not t.is_word or ctx.covered[k] or not t.text.startswith("ال") or t.text in ctx.lex.w("time_nouns_ar"):
        return False
    return k + 1 < len(ctx.toks) and _adjective(ctx, k + 1)


def _adjective(ctx: Context, k: int) -> bool:
    """A definite adjective after a name's noun: a nisba («الوطني», «الشعبية») or one of `name_adjectives`
    («الأعلى», «الحر», «المشتركة»); not one of `not_name_adjectives` («الحالي», «المعنية»). A definite noun after
    the name («المدينة» in «هاجمت قوات النظام المدينة») is none."""
    t = ctx.toks[k]
    if not (_name_word(ctx, k) and t.text.startswith("ال")) or t.forms[-1] in ctx.lex.w("not_name_adjectives"):
        return False
    f = t.forms[-1]
    nisba = f.endswith(("ي", "يه", "يين", "يون")) and len(f) > 3  # «الوطني», «الدوليين»
    return nisba or f in ctx.lex.w("name_adjectives")


def _construct_name(ctx: Context, i: int, head: str) -> int | None:
    """Where the name a construct head starts ends: up to two construct nouns («تحرير», «حرس الحدود»), then a
    definite noun or a state or place («السودان»), definite nouns joined by «و» («العدل والمساواة») and adjectives
    («الشعبي»), and a demonym after the name («جيش التحرير الوطني الكولومبي», «حزب البعث العراقي»). Three words at
    least before the demonym, two after a head of `short_name_heads` («كتائب القسام»), inside quotes or after a
    word that says what the body is («مليشيا جيش المهدي»)."""
    toks, n = ctx.toks, len(ctx.toks)
    k = i + 1
    if head in ctx.lex.w("activity_heads") and k < n and toks[k].forms[-1] in ctx.lex.w("activity_nouns"):
        return None  # «حركة نزوح السكان», «حركة الملاحة البحرية»: the movement of people or ships
    martyr = _martyr_name_end(ctx, k) or _complement(ctx, k)
    if martyr:
        return martyr  # «لواء الشهيد أبو عمر», «كتيبة الشهيد حمزة»: a body named after a fallen fighter; «حركة من
        # أجل وحدة أفريقيا الوسطى»: a head and its purpose
    while k < n and k - i <= 2 and _name_word(ctx, k) and _bare_noun(ctx, k):
        k += 1
    place = next((m for m in ctx.ments.starting(k) if m.kind in ("state", "place") and m.role in _PLACE_ROLES), None)
    proper = _named_by_proper_word(ctx, i, k)
    if place is not None and k > i + 1:
        k = place.te  # «حركة تحرير السودان», «لواء ثوار طرابلس»: the chain ends at the state or city it names
    elif place is not None and place.kind == "place" and place.te < n and _adjective(ctx, place.te):
        k = place.te + 1  # «جيش إدلب الحر», «قوات كردفان الثورية»: a city or region and the body's adjective
        while k < n and k - i <= 4 and _adjective(ctx, k):
            k += 1
    elif proper:
        k = proper
    elif k < n and _name_noun(ctx, k) and toks[k].text.startswith("ال") and not ctx.lex.titles.match_at(toks, k):
        k += 1  # (not «… المبعوث الأممي»: a title after the name is the verb's object)
        while k < n and k - i <= 5 and (_adjective(ctx, k) or _conjoined(ctx, k)):
            k += 1
        k = _complement(ctx, k, about=True) or k  # «هيئة الدفاع عن المعتقلين»
    elif _proper_word(ctx, i + 1, head):  # «جيش أراكان», «ميليشيا بدر»: a head and a name of its own
        k = i + 2
        while k + 1 < n and toks[k].text in ("بن", "ابن") and toks[k + 1].is_word and not ctx.covered[k + 1]:
            k += 2  # «كتائب زيد بن علي»
        return k
    else:
        return None
    opening = i > 0 and toks[i - 1].text == '"' and not _closes(ctx, i - 1)
    quoted = opening or (i > 0 and not ctx.lex.w("descriptor_heads").isdisjoint(toks[i - 1].forms))
    if k - i < (2 if quoted or head in ctx.lex.w("short_name_heads") else 3):
        return None  # «مجلس الوزراء», «مجلس النواب»: too generic to be a name on their own
    if _inner_name(ctx, i, k):
        return None  # «مجلس إدارة المفوضية العليا للانتخابات»: the board of a body the name names
    demonym = next((m for m in ctx.ments.starting(k) if m.kind == "state" and m.role == "demonym"), None)
    return demonym.te if demonym is not None else k


def _foreign_name_word(ctx: Context, k: int) -> bool:
    """A word of a name of its own after a construct noun: no article, «و», nisba, feminine ending, pronoun, verbal
    noun, common complement or word of direction («مجلس إدارة شركة», «لجنة متابعة تنفيذ», «جيش تحرير شعبي»)."""
    t, lex = ctx.toks[k], ctx.lex
    if not _name_word(ctx, k) or t.text.startswith(("ال", "و", "بال", "لل")) or _MASDAR.match(t.text):
        return False
    common = lex.any_of("body_adjectives", "generic_complements")
    if t.text.endswith(("ي", "ه", "ات", "ها", "هم", "هما")) or t.text in common:
        return False
    return t.text not in lex.w("direction_nouns") and len(t.text) >= 3


def _martyr_name_end(ctx: Context, k: int) -> int:
    """«لواء الشهيد أبو عمر», «كتيبة الشهيد حمزة»: after a head, a word of `martyr_words` and the name of the one
    the body is named after (a person's name, or one name word). Where the name ends, else 0."""
    toks, n = ctx.toks, len(ctx.toks)
    if k + 1 >= n or toks[k].text not in ctx.lex.w("martyr_words") or ctx.covered[k + 1]:
        return 0
    span = _discover_ar_name(ctx, k + 1)
    end = span[1] if span is not None else k + 1
    while end > k + 2 and ctx.text[ctx.orig(end - 1, end)[1] - 1] == "\u0647":
        end -= 1  # («لواء الشهيد أبو عمر مسؤوليته»: a noun with its pronoun after the name is the verb's object)
    if end > k + 2:
        return end
    return k + 2 if _is_ar_word(toks[k + 1]) and _name_word(ctx, k + 1) and not _definite(toks[k + 1]) else 0


def _named_by_proper_word(ctx: Context, i: int, k: int) -> int:
    """«جبهة تحرير كيفو», «جيش إنقاذ أوغادين», «مجلس أعيان جلمدغ»: a head, one noun of `construct_name_nouns` (what
    the body does or who it gathers) and one word of a name the knowledge base does not know (no article, «و»,
    nisba, feminine ending, pronoun, verbal noun or common complement), with the body's adjectives after it. Where
    the name ends, else 0."""
    toks, n = ctx.toks, len(ctx.toks)
    if k != i + 3 or toks[i + 1].forms[-1] not in ctx.lex.w("construct_name_nouns"):
        return 0
    if not _foreign_name_word(ctx, i + 2):
        return 0
    if k < n and _foreign_name_word(ctx, k) and not (k + 1 < n and _name_word(ctx, k + 1)):
        k += 1  # «جبهة مقاومة كابو ديلغادو»: a name of two words, the last one of its clause
    while k < n and k - i <= 5 and _adjective(ctx, k):
        k += 1
    return k


def _closes(ctx: Context, q: int) -> bool:
    """The quote at token q closes a quoted name opened a few words before it («تحالف "فيف أنسانم" مركز الشرطة»:
    what follows is no quoted name)."""
    return any(ctx.toks[k].text == '"' for k in range(max(0, q - 6), q))


def _inner_name(ctx: Context, i: int, te: int) -> bool:
    """A body's name starts inside the construct name from token i to te: the construct names a part of that
    body (its board, its presidency, its forces), and the body is the one to find."""
    heads = ctx.lex.organization_heads
    for k in range(i + 1, te):
        if not heads.isdisjoint(ctx.toks[k].forms) and (_org_span_ar(ctx, k, heads) or _short_known_ar(ctx, k)):
            return True
    return False


def _proper_word(ctx: Context, k: int, head: str) -> bool:
    """One word without the article after a head of `proper_name_heads`, ending a name: not an adjective (a nisba
    «سياسي», «إرهابية», or one of `body_adjectives`), not a common complement («حركة تمرد», «جيش احتلال»), not a
    plural («مسلحين»)."""
    return head in ctx.lex.w("proper_name_heads") and _own_name_word(ctx, k)


def _own_name_word(ctx: Context, k: int) -> bool:
    """A word of a name of its own (`_proper_word`), whatever the head before it."""
    if k >= len(ctx.toks) or not _name_word(ctx, k):
        return False
    t = ctx.toks[k]
    if t.text.startswith(("ال", "و", "ي")) or t.text != t.forms[-1] or len(t.text) < 3:
        return False  # (a definite word or one with a clitic is no such name)
    nisba = t.text.endswith(("ي", "يه", "يين", "يون", "ون", "ين", "ها", "هم", "هما", "نا", "ات"))  # (or a pronoun)
    if nisba or t.text in ctx.lex.w("body_adjectives") or t.text in ctx.lex.w("generic_complements"):
        return False
    return t.text not in ctx.lex.w("direction_nouns")  # («جبهة شمال حلب»: the front north of Aleppo)


def _bare_noun(ctx: Context, k: int) -> bool:
    """A noun in construct inside a name: no article, no clitic, no adjective of `body_adjectives` («مسلحة»), no
    word of direction («جبهة شمال حلب» is the front north of Aleppo)."""
    t = ctx.toks[k].text
    if t.startswith(("ال", "وال", "بال", "لال", "و", "ي")) and t not in ctx.lex.w("waw_name_nouns") or len(t) <= 2:
        return False  # («تحالف يضم بريطانيا»: a verb; «حزب وحدة فزان»: `waw_name_nouns` open with «و» of their own)
    return t not in ctx.lex.w("body_adjectives") and t not in ctx.lex.w("direction_nouns")


def _conjoined(ctx: Context, k: int) -> bool:
    """«والمساواة» after «العدل»: a definite noun joined to the one before, inside the name."""
    t = ctx.toks[k]
    return _name_word(ctx, k) and t.text.startswith("وال") and _definite(t)


def _definite_name(ctx: Context, i: int, head: str) -> int | None:
    """Where the name a definite head starts ends: two adjectives («المجلس الانتقالي الجنوبي»), or one and a
    complement with «لـ» («الجبهة الوطنية للتحرير», «المجلس الوطني لحماية الوطن»), or one inside quotes. A
    demonym ends it before (explorer/extract/organizations.py find_national_bodies names those)."""
    toks, n = ctx.toks, len(ctx.toks)
    if head in ctx.lex.w("plural_heads"):
        return None  # «المنظمات الإنسانية الدولية»: bodies of a kind, not one
    k = i + 1
    while k < n and k - i <= 3 and _adjective(ctx, k) and toks[k].text.startswith("ال"):
        k += 1
    purpose = _complement(ctx, k)
    if purpose is not None:  # «التحالف من أجل التغيير», «الحركة الوطنية من أجل الديمقراطية»
        return purpose
    adjectives = k - i - 1
    if adjectives >= 1 and k < n and _name_word(ctx, k) and toks[k].text.startswith("ل"):
        lam = _lam_complement(ctx, k)
        if lam is not None:
            return lam
    quoted = i > 0 and toks[i - 1].text == '"' and k < n and toks[k].text == '"'
    return k if adjectives >= 2 or (adjectives and quoted) else None


def _complement(ctx: Context, k: int, about: bool = False) -> int | None:
    """Where a complement at token k ending a name ends: «من أجل» and a definite noun («من أجل التغيير», «من أجل
    تحرير الصحراء»), or «عن» after a noun of `about_complement_nouns` («الدفاع عن المعتقلين»); nouns joined by «و»
    and adjectives after it go with it."""
    toks, n = ctx.toks, len(ctx.toks)
    if k + 1 < n and toks[k].text == "من" and toks[k + 1].text in ctx.lex.w("purpose_particles"):
        k += 2
    elif about and k + 1 < n and toks[k].text == "عن" and toks[k - 1].text in ctx.lex.w("about_complement_nouns"):
        k += 1
    else:
        return None
    construct = k < n and _name_word(ctx, k) and _bare_noun(ctx, k) and k + 1 < n
    if construct and (_definite(toks[k + 1]) or ctx.starting_at(k + 1, ("state", "place")) is not None):
        k += 1  # «من أجل تحرير الصحراء», «من أجل وحدة أفريقيا الوسطى»: a noun in construct, then the definite one
    if not (k < n and _name_word(ctx, k) and toks[k].text.startswith("ال")):
        place = next((m for m in ctx.ments.starting(k) if m.kind in ("state", "place")), None)
        return place.te if place is not None else None
    k += 1
    while k < n and (_adjective(ctx, k) or _conjoined(ctx, k)):
        k += 1
    return k


def _lam_complement(ctx: Context, k: int) -> int | None:
    """«للتحرير», «للشغل», «لحماية الوطن», «لطلبة إريتريا»: a complement with «لـ» ending a name: a definite noun,
    or a noun in construct and a definite noun or a state after it."""
    toks, n = ctx.toks, len(ctx.toks)
    t = toks[k]
    if t.text.startswith("لال") and _definite(t):
        if not ctx.lex.organization_heads.isdisjoint(t.forms):
            return None  # «المكتب السياسي للحركة», «الكتلة البرلمانية للحزب»: an organ of a body named before
        return _past_adjectives_ar(ctx, k + 1)
    if t.text[1:] != t.forms[-1] or k + 1 >= n:
        return None
    place = next((m for m in ctx.ments.starting(k + 1) if m.kind in ("state", "place")), None)
    if place is not None:
        return place.te
    if _name_word(ctx, k + 1) and _definite(toks[k + 1]) and toks[k + 1].text.startswith("ال"):
        return _past_adjectives_ar(ctx, k + 2)
    return None


def _past_adjectives_ar(ctx: Context, k: int) -> int:
    """«المجلس الأعلى للأمن القومي», «اللجنة العليا للانتخابات الوطنية»: the adjectives of the complement's noun
    belong to the name too (up to two; a demonym is a state's mention, covered, and stays out)."""
    end = min(len(ctx.toks), k + 2)
    while k < end and (_adjective(ctx, k) or _conjoined(ctx, k)):
        k += 1  # («للعدالة والتنمية»: a noun joined by «و» too)
    return k


def _org_span_en(ctx: Context, i: int, heads: frozenset[str]) -> tuple[int, int, str] | None:
    """An English body's name around its head noun: capitalised words before the head ("Kachin Independence Army"),
    linking words and capitalised words after it ("Group for the Support of Islam and Muslims"), a state, place or
    body named inside it after "of", "on" or "in" ("Patriotic Union of Kurdistan", "Mission in Colombia") and
    one named right before it ("Armenian Revolutionary Federation", "UN Panel of Experts"); the mentions it takes
    in are removed (`_absorb`). A capitalised word right after the head that is no link ends the name: "Army
    Chief of Staff X" names no army."""
    run = _capital_run(ctx, i)
    titles = ctx.lex.titles
    if run is None or any((hit := titles.match_at(ctx.toks, b)) and hit[1] > i for b in range(max(0, i - 3), i)):
        return None  # ("Staff" inside "Chief of Staff")
    k, words = run
    j = max((n for n in range(len(words)) if _head_at(ctx, words, n, heads)), default=-1)
    if j < 0:
        return None
    words = _name_tail(ctx, words, j)
    words = _after_title(ctx, words, j)
    while words and words[0][1] in ctx.lex.w("name_fillers"):
        words.pop(0)
    words = _past_opening_noun(ctx, words, heads)
    j = max((n for n in range(len(words)) if _head_at(ctx, words, n, heads)), default=-1)
    if j < 0 or sum(w not in ctx.lex.w("name_fillers") for _, w in words) < 2:
        return None
    ts = words[0][0]
    first = _prefix(ctx, ts)
    if first is not None:
        first = _paired_prefix(ctx, first)  # "DRC-Rwanda Joint Permanent Commission": both states
        ts = first.ts + (ctx.texts[first.ts] == "the")  # "the Sudan Liberation Movement"
    te = words[-1][0] + 1
    return ts, max(te, next((m.te for m in ctx.ments.starting(words[-1][0])), te)), words[j][1]


def _past_opening_noun(ctx: Context, words: list[tuple[int, str]], heads: frozenset[str]) -> list[tuple[int, str]]:
    """The words of a name after a noun that opens its sentence with "of" ("Officials of the Northern Alliance",
    "Fighters of the Shield Brigade"): capitalised only there, the noun is who belongs to the body, not its head."""
    if not words:
        return words  # (a title took every capitalised word: "Chief of Army Staff General X")
    k = words[0][0]
    opens = k == 0 or ctx.texts[k - 1] in _SENTENCE_ENDS
    if not opens or len(words) < 4 or words[1][1] != "of" or _head_at(ctx, words, 0, heads):
        return words
    return words[3:] if words[2][1] == "the" else words[2:]


def _head_at(ctx: Context, words: list[tuple[int, str]], n: int, heads: frozenset[str]) -> bool:
    """The n-th word heads a name: a head noun, and one of `of_heads` only before "of" ("House of
    Representatives", not "Guest House")."""
    w = words[n][1]
    if w in ctx.lex.w("of_heads"):
        return n + 1 < len(words) and words[n + 1][1] == "of"
    return w in heads


def _capital_run(ctx: Context, i: int) -> tuple[int, list[tuple[int, str]]] | None:
    """From token i: (end, [(position, lowercased word)]) of capitalised words, the links between them and the
    state, place or body names after a link (one entry at the name's first token)."""
    toks, n, texts = ctx.toks, len(ctx.toks), ctx.texts
    if i > 1 and texts[i - 1] in ("'s", "'") and not ctx.covered[i - 2]:
        return None  # ("Defence Force" inside "People's Defence Force"; not after "Somalia's")
    words: list[tuple[int, str]] = []
    k = i
    while k < n and (toks[k].is_word or texts[k] in ("'s", "'", "-")):
        if toks[k].is_word and not ctx.covered[k] and ctx.capitalized(k):
            words.append((k, texts[k]))
            k += 1
            continue
        if words and ctx.covered[k] and (words[-1][1] in _INNER_LINKS or _demonym_after_for(ctx, k, words)):
            inner = next((m for m in ctx.ments.starting(k) if m.kind in _INNER_KINDS), None)
            if inner is None or any(ctx.covered[x] and x not in range(inner.ts, inner.te) for x in range(k, inner.te)):
                break
            words.append((k, texts[k]))
            k = inner.te
            continue
        if words and texts[k] == "-" and k + 1 < n and toks[k + 1].is_word and not ctx.covered[k + 1]:
            if texts[k + 1] in ctx.lex.w("compound_participles"):
                words.clear()  # "Merera Gudina-led Oromo Federalist Congress": the name starts after
            else:
                words += [(k, "-"), (k + 1, texts[k + 1])]  # "Cease-fire", "Movement-North"
            k += 2
            continue
        article = _article_word(ctx, k) if words else 0
        if article:  # "Jaish al-Adl", "Jaish Khalid ibn al-Walid"
            words += [(x, texts[x]) for x in range(k, article)]
            k = article
            continue
        if words and texts[k] in ("'s", "'") and words[-1][1] in ctx.lex.w("possessive_name_words"):
            if k + 1 < n and not ctx.covered[k + 1] and ctx.capitalized(k + 1):  # "Sudan People's Liberation …"
                words.append((k, texts[k]))
                k += 1
                continue
        if words and not ctx.covered[k] and texts[k] in _LINKS and k + 1 < n:
            article = texts[k + 1] == "the" and texts[k] in _INNER_LINKS | {"for"} or texts[k : k + 2] == ["for", "a"]
            nxt = k + 2 if article else k + 1  # "Alliance of Patriots for a Free Congo"
            if nxt < n and (ctx.covered[nxt] or ctx.capitalized(nxt)) and toks[nxt].is_word:
                if texts[nxt].lower() in ctx.lex.w("calendar_words"):
                    break  # ("the General Staff of the Armed Forces on Wednesday": a day, no part of the name)
                words.append((k, texts[k]))
                if nxt == k + 2:
                    words.append((k + 1, texts[k + 1]))
                k = nxt
                continue
        break
    return (k, words) if words else None


def _demonym_after_for(ctx: Context, k: int, words: list[tuple[int, str]]) -> bool:
    """ "Union for Congolese Renewal", "Movement for Malian Unity": "for", a demonym and a capitalized word of the
    name after it."""
    if words[-1][1] != "for" or k + 1 >= len(ctx.toks):
        return False
    demonym = next((m for m in ctx.ments.starting(k) if m.role == "demonym"), None)
    return demonym is not None and demonym.te < len(ctx.toks) and _free_capital(ctx, demonym.te)


def _after_title(ctx: Context, words: list[tuple[int, str]], j: int) -> list[tuple[int, str]]:
    """The words of a name after a title that stands before its head ("Chief of Staff of the Army General X":
    the title's body is no name of the title's words)."""
    start = 0
    for n, (k, _) in enumerate(words[:j]):
        hit = ctx.lex.titles.match_at(ctx.toks, k)
        if hit is not None:
            start = next((m for m in range(n, len(words)) if words[m][0] >= hit[1]), len(words))
    if start:  # "Chief of Staff of the Army": the body is what the title's last "of" names
        links = [m for m in range(start, j) if words[m][1] in ("of", "for")]
        start = links[-1] + 1 if links else start
    return words[start:]


def _article_word(ctx: Context, k: int) -> int:
    """The end of a transliterated Arabic word with its article at token k ("al-Adl", "ash-Sham", "wal-Muslimin")
    or of a name particle and the capitalised word after it ("ibn Walid"), else 0."""
    texts, n = ctx.texts, len(ctx.texts)
    if texts[k] not in ctx.lex.w("name_articles") or ctx.covered[k]:
        return 0
    if k + 2 < n and texts[k + 1] == "-" and not ctx.covered[k + 2] and ctx.capitalized(k + 2):
        return k + 3
    if texts[k] in ctx.lex.w("name_particles") and k + 1 < n and not ctx.covered[k + 1]:
        return k + 1 + (_article_word(ctx, k + 1) - k - 1 if _article_word(ctx, k + 1) else ctx.capitalized(k + 1))
    return 0


def _name_tail(ctx: Context, words: list[tuple[int, str]], j: int) -> list[tuple[int, str]]:
    """The words of a name up to where its head's complements end: after the head only a link may follow ("of",
    "for", "on"), "in" only before a state or region a body is sent to ("Mission in South Sudan", not a city), and a
    trailing link or article is no part of the name. A transliterated Arabic head comes first and the rest of the
    run is its name ("Jaish al-Adl", "Liwa Zainebiyoun")."""
    located = ctx.lex.w("located_heads")
    out = words[: j + 1]
    if words[j][1] in ctx.lex.w("head_first_heads"):
        out = words
    elif j + 1 < len(words) and words[j + 1][1] in _LINKS:
        out = words
        for n in range(j + 1, len(words)):
            if words[n][1] == "in" and not (
                any(w in located for _, w in words[:n]) and _sent_to(ctx, words[min(n + 1, len(words) - 1)][0])
            ):
                out = words[:n]
                break
    while out and out[-1][1] in _LINKS | {"the", "a"}:
        out.pop()
    return out


def _sent_to(ctx: Context, k: int) -> bool:
    """Whether the mention at token k is where a body is sent ("Mission in South Sudan", "Panel in Darfur"): a
    state or a region, not a city, which is only where a body sits ("the Electoral Commission in Kinshasa")."""
    if not ctx.covered[k]:
        return False
    m = ctx.starting_at(k)
    if m is None or m.kind != "place":
        return True
    e = ctx.kb.entities.get(m.entity)
    return e is None or e.record.get("type") != "city"


def _prefix(ctx: Context, ts: int):
    """A state, place or body named right before a body's name and part of it ("Russian Volunteer Corps",
    "UN Panel of Experts on Libya"), not one with "'s" ("Egypt's") nor one that is itself inside a longer name."""
    for m in ctx.ments.ending(ts):
        if m.kind in _INNER_KINDS and not m.possessive and not m.in_np and m.te - m.ts <= 3:
            if ctx.capitalized(m.te - 1):
                return m
    return None


def _paired_prefix(ctx: Context, m):
    """ "the DRC-Rwanda Joint Permanent Commission", "the Ethiopia-Eritrea Boundary Commission": a state or place
    before the prefix, joined to it by a hyphen, names the body with it (a body of the two); else the prefix."""
    k = m.ts - 1
    if k < 1 or ctx.texts[k] != "-" or m.kind == "organization":
        return m
    other = next((x for x in ctx.ments.ending(k) if x.kind in ("state", "place") and not x.possessive), None)
    return other if other is not None and ctx.capitalized(k - 1) else m


_LINKS = frozenset({"of", "for", "and", "on", "in", "to"})
_SENTENCE_ENDS = frozenset({".", "!", "?", '"', "\n"})
_INNER_LINKS = frozenset({"of", "on", "in"})
_INNER_KINDS = frozenset({"state", "place", "organization"})


_QUOTE = frozenset({'"'})


def find_quoted_short_names(ctx: Context) -> None:
    """«النصرة», «الدعم السريع»: an organization named in quotes without its head noun (جبهة، قوات …)."""
    toks = ctx.toks
    n = len(toks)
    for i in ctx.where(_QUOTE):
        t = toks[i]
        if t.text != '"' or i + 1 >= n:
            continue
        inside = ctx.texts[i + 1 : min(n, i + 6)]  # (the closing quote looked for in C)
        close = i + 1 + inside.index('"') if '"' in inside else None
        if close is None or close == i + 1 or not ctx.free(i + 1, close):
            continue
        key = " ".join(x.text for x in toks[i + 1 : close])
        eid = ctx.kb.quoted_short.get(key)
        if eid is None or key in ctx.lex.w("quoted_common_words"):
            continue  # («الشرق»: a newspaper's name or "the East", not «جبهة الشرق»)
        s_, e_ = ctx.orig(i + 1, close)
        ctx.register(eid)
        ctx.add(Ment(s_, e_, i + 1, close, eid, ctx.kb.entities[eid].kind, "short", ctx.text[s_:e_]))
    ctx.ments.sort_by_start()


def find_listed_bodies(ctx: Context) -> None:
    """A body the text names only by its noun and then lists who is in it: «لجنة برئاسة الولايات المتحدة»,
    «لجنة اتصال وزارية تضم الأردن ومصر», "a monitoring committee chaired by the US", "a contact group
    comprising Egypt and Qatar". It is an organization of this document only (its id carries the document's),
    found only when a chair or a member follows, so the membership patterns have a body to link to."""
    nouns, openers = ctx.lex.w("body_nouns"), ctx.lex.w("body_openers")
    if not nouns:
        return
    toks, n = ctx.toks, len(ctx.toks)
    backed = ctx.lex.w("backed_participles")  # "a paramilitary group backed by the UAE": the group is backed, its
    # backer is no member
    for i in ctx.where(nouns, lasts=ctx.lang == "ar"):
        t = toks[i]
        if ctx.covered[i] or not t.is_word or not (t.text in nouns or (ctx.lang == "ar" and t.forms[-1] in nouns)):
            continue
        if ctx.lang == "ar" and t.forms[-1].startswith("ال") or _apposed(ctx, i):
            continue  # «اللجنة»: a body named before, not a new one
        end = i + 1
        while end < n and end - i <= 3 and toks[end].is_word and not ctx.covered[end] and toks[end].text not in openers:
            if toks[end].text in backed:
                break
            end += 1
        k = end + 1 if end < n and toks[end].text in (",", "،") else end  # "the contact group, which includes"
        if not (end - i <= 3 and _opens_list(ctx, k, openers)):
            continue
        ts = i
        while (
            ctx.lang != "ar" and ts > 0 and toks[ts - 1].is_word and toks[ts - 1].text in ctx.lex.w("body_qualifiers")
        ):
            ts -= 1  # "a joint monitoring committee"
        s_, e_ = ctx.orig(ts, end)
        name = ctx.text[s_:e_] if ctx.lang == "ar" else ctx.text[s_:e_][:1].upper() + ctx.text[s_ + 1 : e_]
        key = f"{' '.join(x.forms[-1] for x in toks[ts:end])} {ctx.doc_id}"
        eid = f"org:x-body-{hashlib.sha1(key.encode('utf-8')).hexdigest()[:12]}"
        ctx.entities.add(eid, name, "organization", name if ctx.lang == "ar" else None, [], known=False)
        ctx.add(Ment(s_, e_, ts, end, eid, "organization", "discovered", name))
    ctx.ments.sort_by_start()


def find_named_processes(ctx: Context) -> None:
    """ "the Berlin process", "the Nairobi processes", «مسار برلين», «صيغة جدة»: a diplomatic track named by the
    place of its talks is a body, as the knowledge base has the Astana format (`track_nouns`, before the place
    in Arabic, after it in English)."""
    ar, spans = ctx.lang == "ar", []
    for k in ctx.where(ctx.lex.w("track_nouns")):
        if ctx.covered[k]:
            continue
        if ar:
            after = ctx.ments.starting(k + 1)
            place = next((m for m in after if m.kind in ("place", "state") and m.role != "demonym"), None)
            if place is not None:
                spans.append((k, place.te, place))
            continue
        place = next((m for m in ctx.ments.ending(k) if m.kind in ("place", "state") and not m.possessive), None)
        if place is not None and ctx.capitalized(place.ts) and ctx.texts[place.ts - 1] not in ("and", ","):
            # (not "the Luanda and Nairobi processes": the places where the talks meet)
            spans.append((place.ts, k + 1, place))
    for ts, te, place in spans:
        ctx.ments.remove(place)
        s_, e_ = ctx.orig(ts, te)
        name = ctx.text[s_:e_]
        eid = stable_id("organization", " ".join(x.forms[-1] for x in ctx.toks[ts:te]))
        ctx.entities.add(eid, name, "organization", name if ar else None, [], known=False)
        ctx.add(Ment(s_, e_, ts, te, eid, "organization", "discovered", name))
    if spans:
        ctx.ments.sort_by_start()


def find_described_bodies(ctx: Context) -> None:
    """ "a joint military committee", "a follow-up committee", "the boundary commission": a body the text names
    only by its noun and the words that say what it does (`body_qualifiers`, at least one), after an article;
    an organization of this document only, as find_listed_bodies makes them."""
    nouns, qualifiers = ctx.lex.w("described_body_nouns"), ctx.lex.w("body_qualifiers")
    if ctx.lang == "ar" or not nouns:
        return
    toks, added = ctx.toks, False
    for i in ctx.where(nouns):
        ts = i
        while ts > 0 and not ctx.covered[ts - 1]:
            if ctx.texts[ts - 1] in qualifiers:
                ts -= 1
            elif ts > 2 and ctx.texts[ts - 2] == "-" and "".join(ctx.texts[ts - 3 : ts]) in qualifiers:
                ts -= 3  # "follow-up"
            else:
                break
        if ts == i or ctx.covered[i] or ts == 0 or ctx.texts[ts - 1] not in ("a", "an", "the"):
            continue
        s_, e_ = ctx.orig(ts, i + 1)
        name = ctx.text[s_:e_][:1].upper() + ctx.text[s_ + 1 : e_]
        key = f"{' '.join(x.forms[-1] for x in toks[ts : i + 1])} {ctx.doc_id}"
        eid = f"org:x-body-{hashlib.sha1(key.encode('utf-8')).hexdigest()[:12]}"
        ctx.entities.add(eid, name, "organization", None, [], known=False)
        ctx.add(Ment(s_, e_, ts, i + 1, eid, "organization", "discovered", ctx.text[s_:e_]))
        added = True
    if added:
        ctx.ments.sort_by_start()


def find_typed_names(ctx: Context) -> None:
    """ "Greece's opposition New Democracy party", "the Los Choneros gang", "the Ahlu Sunna Wal Jamaa militia":
    capitalised words no step named, right before a lowercase noun that says what they name (`typed_body_nouns`,
    `typed_armed_nouns`), and after a lowercase word or "'s" (not at a sentence's start), are a body's name; one
    word only before `typed_one_word`, and not first or last one of the words that say what a body is
    (`typed_not_names`)."""
    if ctx.lang == "ar":
        return
    orgs, armed = ctx.lex.w("typed_body_nouns"), ctx.lex.w("typed_armed_nouns")
    one, nots = ctx.lex.w("typed_one_word"), ctx.lex.w("typed_not_names")
    added = False
    for i in ctx.where(orgs | armed):
        span = _typed_span(ctx, i, one, nots)
        if span is None:
            continue
        ts = span
        kind = "armed_group" if ctx.texts[i] in armed else "organization"
        s_, e_ = ctx.orig(ts, i)
        name = ctx.text[s_:e_]
        eid = stable_id(kind, " ".join(ctx.texts[ts:i]))
        ctx.entities.add(eid, name, kind, None, [f"{name} {ctx.texts[i]}"], known=False)  # (and "… party")
        ctx.add(Ment(s_, e_, ts, i, eid, kind, "discovered", name))
        added = True
    if added:
        ctx.ments.sort_by_start()


def find_known_as_bodies(ctx: Context) -> None:
    """ "a gang known as 103 Zombie", "clan militias known as Macawisley", «قوات مسلحة معروفة باسم "ماكاويسلي"»:
    a noun that says what armed group or body it is (`known_as_nouns`), up to two words that describe it, "known
    as" (`known_as_words` with «باسم»/«ب» in Arabic) and a name no step found (capitalised words, a number opening
    them, or quoted words in Arabic): a group of its own, named by those words. The mention runs from the noun,
    where the verb's object starts ("support militias known as X")."""
    nouns, known = ctx.lex.w("known_as_nouns"), ctx.lex.w("known_as_words")
    if not nouns or not known:
        return
    added = False
    for i in ctx.where(known, forms=ctx.lang == "ar"):
        head = _known_as_head(ctx, i, nouns)
        name = _known_as_name(ctx, i) if head is not None else None
        if head is None or name is None:
            continue
        ts, te = name
        armed = ctx.lex.w("known_as_armed")
        armed_head = ctx.texts[head] in armed or not armed.isdisjoint(ctx.toks[head].forms)
        kind = "armed_group" if armed_head else "organization"
        s_, e_ = ctx.orig(ts, te)
        label = ctx.text[s_:e_]
        eid = stable_id(kind, " ".join(ctx.texts[ts:te]))
        ctx.entities.add(eid, label, kind, label if ctx.lang == "ar" else None, [], known=False)
        s0 = ctx.orig(head, head + 1)[0]
        close = te + (ctx.lang == "ar")  # (the closing quote)
        e0 = ctx.orig(ts, close)[1]
        ctx.add(Ment(s0, e0, head, close, eid, kind, "discovered", ctx.text[s0:e0]))
        added = True
    if added:
        ctx.ments.sort_by_start()


def _known_as_head(ctx: Context, i: int, nouns: frozenset[str]) -> int | None:
    """The free noun of `known_as_nouns` right before "known as", past up to two words that describe it."""
    for k in range(i - 1, max(-1, i - 4), -1):
        t = ctx.toks[k]
        if ctx.covered[k] or not t.is_word:
            return None
        if not nouns.isdisjoint(t.forms) or t.text in nouns:
            return k
    return None


def _known_as_name(ctx: Context, i: int) -> tuple[int, int] | None:
    """The words after "known as" (English: "the", then capitalised words, a number may open them) or after
    «باسم»/«ب» (Arabic: quoted words); none when a step already named them."""
    toks, n = ctx.toks, len(ctx.toks)
    k = i + 1
    if ctx.lang == "ar":
        k += k < n and toks[k].text in ("باسم", "ب", "بـ")
        if k + 1 >= n or toks[k].text != '"':
            return None
        close = next((x for x in range(k + 1, min(n, k + 6)) if toks[x].text == '"'), None)
        if close is None or close == k + 1 or any(ctx.covered[x] or not toks[x].is_word for x in range(k + 1, close)):
            return None
        return k + 1, close
    if k >= n or toks[k].text != "as":
        return None
    k += 1
    k += k < n and toks[k].text == "the"
    start = k
    if k < n and toks[k].text.isdigit():
        k += 1
    while k < n and k - start < 4 and toks[k].is_word and not ctx.covered[k] and ctx.capitalized(k):
        k += 1
    if k == start or (k == start + 1 and toks[start].text.isdigit()) or any(ctx.covered[start:k]):
        return None
    return start, k


def _typed_span(ctx: Context, i: int, one: frozenset[str], nots: frozenset[str]) -> int | None:
    """Where the capitalised name before the lowercase noun at token i starts, if it is one (find_typed_names)."""
    if ctx.covered[i] or ctx.capitalized(i) or i < 2:
        return None
    ts, toks, texts = i, ctx.toks, ctx.texts
    while ts > 0 and i - ts < 5 and toks[ts - 1].is_word and not ctx.covered[ts - 1] and ctx.capitalized(ts - 1):
        if texts[ts - 1] in ("the", "a", "an"):
            break
        ts -= 1
    words = texts[ts:i]
    if not words or (len(words) == 1 and texts[i] not in one) or words[-1] in nots or words[0] in nots:
        return None
    before = texts[ts - 1] if ts > 0 else "."
    if before in _SENTENCE_ENDS or not (
        before in ("'s", "'", "the", "a", "an") or toks[ts - 1].is_word and not ctx.capitalized(ts - 1)
    ):
        return None
    if any(ctx.lex.titles.match_at(ctx.toks, k) for k in range(ts, i)):
        return None  # ("the President party": a title)
    return ts


_OWNED: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # knowledge base -> its index (no id reused)


def _owned_index(ctx: Context) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """The knowledge base's bodies by the body or state they belong to (`parent`, `state`), each English name
    as lowercase words (built once per knowledge base)."""
    got = _OWNED.get(ctx.kb)
    if got is None:
        got = {}
        for e in ctx.kb.entities.values():
            owner = e.record.get("parent") or e.record.get("state")
            if e.kind in ("organization", "armed_group") and owner:
                for n in (e.name, *e.aliases):
                    got.setdefault(owner, []).append((tuple(n.lower().replace("'s", " ").split()), e.id))
        _OWNED[ctx.kb] = got
    return got


def find_owned_bodies(ctx: Context) -> None:
    """ "the Taliban's political office", "their political office" (after the Taliban), "the OSCE monitoring
    mission", "the monitoring mission of the OSCE": lowercase words and a head of `part_body_heads` with the
    body or state they belong to before them (with or without "'s", or a possessive pronoun for the body named
    last) or after "of" name the one body of that owner in the knowledge base whose name has those words."""
    if ctx.lang == "ar":
        return
    heads = ctx.lex.w("part_body_heads")
    added = False
    for i in ctx.where(heads):
        if ctx.covered[i] or ctx.capitalized(i):
            continue
        ts = i
        while ts > 0 and i - ts < 2 and ctx.toks[ts - 1].is_word and not ctx.covered[ts - 1] and not ctx.capitalized(
            ts - 1
        ) and ctx.texts[ts - 1] not in ("the", "its", "their", "a", "an", "and", "of"):
            ts -= 1
        owner = _owner_of(ctx, ts, i)
        if ts == i or owner is None:
            continue
        words = tuple(ctx.texts[ts : i + 1])
        found = {eid for name, eid in _owned_index(ctx).get(owner.entity, ()) if _contains(name, words)}
        if len(found) != 1:
            continue
        eid = found.pop()
        if owner.te <= ts:  # "the OSCE monitoring mission": the OSCE stays named, inside the mission's phrase
            owner.in_np = owner.possessive = True
        ctx.register(eid)
        s_, e_ = ctx.orig(ts, i + 1)
        ctx.add(Ment(s_, e_, ts, i + 1, eid, ctx.kb.entities[eid].kind, "short", ctx.text[s_:e_]))
        added = True
    if added:
        ctx.ments.sort_by_start()


def _owner_of(ctx: Context, ts: int, te: int) -> Ment | None:
    """The body or state owning the words from ts to te (find_owned_bodies): named right before them, with or
    without "'s"; a possessive pronoun's body named last, within 40 words; or one named after "of (the)"."""
    k = ts - 1
    if k >= 0 and ctx.texts[k] in ("'s", "'"):
        k -= 1
    before = next((m for m in ctx.ments.ending(k + 1) if m.kind in _OWNER_KINDS), None)
    if before is not None:
        return before
    if ts > 0 and ctx.texts[ts - 1] in ctx.lex.w("owner_pronouns"):
        last = [m for m in ctx.ments.ending_within(max(0, ts - 40), ts) if m.kind in ("organization", "armed_group")]
        return max(last, key=lambda m: m.te) if last else None
    k = te + 1
    if k + 1 < len(ctx.toks) and ctx.texts[k] == "of":
        k += 1 + (ctx.texts[k + 1] == "the")
        return next((m for m in ctx.ments.starting(k) if m.kind in _OWNER_KINDS), None)
    return None


_OWNER_KINDS = frozenset({"organization", "armed_group", "state"})


def _contains(name: tuple[str, ...], words: tuple[str, ...]) -> bool:
    n = len(words)
    return any(name[k : k + n] == words for k in range(len(name) - n + 1))


def _apposed(ctx: Context, i: int) -> bool:
    """ "Operation Prosperity Guardian, a coalition including …", «…، وهي تحالف يضم …»: the noun describes the body
    named before the comma (explorer/extract/membership.py lists its members), it is not another body."""
    a = i - 1
    if not (a >= 2 and ctx.texts[a] in ctx.lex.w("aside_openers") and ctx.toks[a - 1].text in (",", "،")):
        return False
    return any(m.kind in ("organization", "armed_group") for m in ctx.ments.ending(a - 1))


def _opens_list(ctx: Context, k: int, openers: frozenset[str]) -> bool:
    """At token k: a chair or membership word («برئاسة», «تضم», "chaired by", "comprising"), then an actor."""
    toks = ctx.toks
    m = 0
    while k + m < len(toks) and m < 3 and (toks[k + m].text in openers or toks[k + m].forms[-1] in openers):
        m += 1
    if m == 0:
        return False
    k += m
    if k < len(toks) and toks[k].text in ("the", '"'):
        k += 1
    return any(x.kind in ("state", "organization", "armed_group", "person") for x in ctx.ments.starting(k))


_MEMBER_KEYS: dict[str, tuple[tuple[tuple[str, tuple[str, ...]], ...], dict[tuple[str, ...], int]]] = {}


def _member_keys(ctx: Context, e) -> tuple[tuple[tuple[str, tuple[str, ...]], ...], dict[tuple[str, ...], int]]:
    """A body's member states' names as word tuples, in order, and each name's first place in that order."""
    cached = _MEMBER_KEYS.get(e.id)
    if cached is None:
        from explorer.kb import norm_alias

        found = []
        for sid in e.record["members"]:
            s = ctx.kb.get(sid)
            if s is not None and s.kind == "state":
                names = [s.name, s.name_ar or "", *s.aliases, *s.aliases_ar, *(s.record.get("demonyms") or [])]
                found += [(sid, tuple(norm_alias(n).split())) for n in names if n and len(n) > 2]
        order: dict[tuple[str, ...], int] = {}
        for k, (_sid, key) in enumerate(found):
            order.setdefault(key, k)
        cached = _MEMBER_KEYS[e.id] = (tuple(found), order)
    return cached


def find_named_members(ctx: Context) -> None:
    """«التحالف بقيادة السعودية», "the Saudi-led coalition", "the US-led coalition": a body whose name names one
    of its members (the knowledge base's `members`) names that state too; it is kept as an entity of the
    document inside the body's name, for the membership the name states."""
    for m in list(ctx.ments):
        e = ctx.kb.get(m.entity) if m.kind in ("organization", "armed_group") and m.te - m.ts >= 2 else None
        if e is None or not e.record.get("members"):
            continue
        keys, order = _member_keys(ctx, e)
        words = tuple(ctx.texts[m.ts : m.te])
        # the first key (in the members' order) found in the name, not the whole name: every run of the name's
        # words looked up once (a body may list 190 members with ten names each)
        first: dict[tuple[str, ...], int] = {(): 0}  # (an empty key is found at the start, as the scan found it)
        for a in range(len(words)):
            for b in range(a + 1, len(words) + 1):
                first.setdefault(words[a:b], a)
        first.pop(words, None)
        hits = [order[w] for w in first if w in order]
        if not hits:
            continue
        sid, key = keys[min(hits)]
        at = first[key]
        ts, te = m.ts + at, m.ts + at + len(key)
        s_, e_ = ctx.orig(ts, te)
        ctx.register(sid)
        ctx.ments.append(Ment(s_, e_, ts, te, sid, "state", "named-member", ctx.text[s_:e_], in_np=True))
    ctx.ments.sort_by_start()


def find_national_bodies(ctx: Context) -> None:
    """«المجلس الوزاري الأمني الإسرائيلي», «المجلس العسكري الانتقالي السوداني»: a definite head noun, its
    adjectives and a demonym name a body of that state that the knowledge base does not know (armed heads
    such as «القوات الجوية التركية» stay the state acting)."""
    if ctx.lang != "ar":
        _national_ministries_en(ctx)
        _national_versions_en(ctx)
        return
    _named_foreign_ministry_ar(ctx)
    _state_ministries_ar(ctx)
    _nisba_ministries_ar(ctx)
    _government_ministries_ar(ctx)
    toks, heads, armed = ctx.toks, ctx.lex.organization_heads, ctx.lex.armed_heads
    for m in list(ctx.ments):
        if m.role != "demonym" or m.kind != "state" or m.ts < 2 or m.in_np:
            continue
        k = m.ts - 1
        while k > m.ts - 4 and toks[k].is_word and not ctx.covered[k] and toks[k].text.startswith("ال"):
            if toks[k].text in heads:
                break
            k -= 1
        known = _international_before(ctx, k + 1) if ctx.covered[k] and k < m.ts - 1 else None
        if known is not None:  # «مجلس الأمن القومي التركي»: no UN Security Council
            k = ctx.unname(known)
        head, te = toks[k], _national_purpose(ctx, m.te)
        if (k == m.ts - 1 and te == m.te) or head.text not in heads or head.text in armed or ctx.covered[k]:
            continue  # «المجلس الإسرائيلي»: no adjective, too generic; «القوات الجوية التركية»: the state acts
        if k > 0 and ctx.lex.titles.match_at(toks, k - 1):
            continue  # «رئيس المجلس العسكري السوداني»: the title's body, named by the title step
        if m.start < ctx.orig(m.ts, m.te)[0]:
            continue  # «وهددت الحركة الحكومة الصومالية»: the state's government (its mention) is the verb's object
        s_, e_ = ctx.orig(k, te)
        name = ctx.text[s_:e_]
        key = " ".join(t.forms[-1] for t in toks[k:te])
        eid = stable_id("organization", key)
        ctx.entities.add(eid, name, "organization", name, [], known=False)
        m.in_np = True
        ctx.add(Ment(s_, e_, k, te, eid, "organization", "discovered", name))
    ctx.ments.sort_by_start()


def _national_purpose(ctx: Context, k: int) -> int:
    """«المفوضية الكينية لحقوق الإنسان», «اللجنة الصومالية المستقلة للانتخابات», «الهيئة العليا الليبية
    للانتخابات»: after a body's demonym, up to two definite adjectives and a complement with «لـ» (what the body
    is for) still belong to its name; where the name ends (k itself when no complement follows)."""
    toks, n, e = ctx.toks, len(ctx.toks), k
    while e < n and e - k < 2 and _adjective(ctx, e) and toks[e].text.startswith("ال"):
        e += 1
    if e < n and _name_word(ctx, e) and toks[e].text.startswith("ل"):
        lam = _lam_complement(ctx, e)
        return lam if lam is not None else k
    return k


def _international_before(ctx: Context, te: int) -> Ment | None:
    """The mention ending at token te of a body the knowledge base gives no state, by a short name starting
    with a head noun («مجلس الأمن», "Security Council"): with a state's words around it, part of the name of
    that state's own body."""
    for m in ctx.ments.ending(te):
        e = ctx.kb.get(m.entity) if m.kind == "organization" and m.te - m.ts <= 3 else None
        if e is not None and not e.record.get("state") and not e.record.get("members"):
            first = ctx.toks[m.ts if ctx.lang == "ar" else m.te - 1]
            if not ctx.lex.organization_heads.isdisjoint({first.text, *first.forms}):
                return m
    return None


def _national_versions_en(ctx: Context) -> None:
    """ "Turkey's National Security Council", "the Iraqi National Security Council", "the Sudanese Defence and
    Security Council", "the Tigray Regional Security Council", "Armenia's Security Council": capitalised words
    between a state (or a region) and a body the knowledge base gives no state ("Security Council"), or the
    state's "'s" right before it, name that state's own body; the knowledge base's own one where it has it
    ("Russia's Security Council"), not the state's seat at the UN ("Russia's Security Council veto")."""
    for m in [m for m in ctx.ments if m.kind == "organization" and m.ts > 0]:
        if _international_before(ctx, m.te) is not m or not ctx.toks[m.ts].text[:1].isalpha():
            continue
        found = _national_span(ctx, m)
        if found is None:
            continue
        ts, state, own = found
        te = m.te
        ctx.unname(m)
        s_, e_ = ctx.orig(ts, te)
        name = ctx.text[s_:e_]
        eid = stable_id("organization", f"{state.split(':')[-1]} {' '.join(ctx.texts[ts:te])}")
        label = f"{name} ({ctx.kb.entities[state].name})" if own and state in ctx.kb.entities else name
        ctx.entities.add(eid, label, "organization", None, [], known=False)
        ctx.add(Ment(s_, e_, ts, te, eid, "organization", "discovered", name))
    ctx.ments.sort_by_start()


def _national_span(ctx: Context, m: Ment) -> tuple[int, str, bool] | None:
    """Where the state's own body named around the mention m starts, the state (or region), and whether the
    state owns it by "'s" alone (_national_versions_en)."""
    k = _capitalised_before(ctx, m.ts)
    if ctx.texts[k] in ctx.lex.w("name_fillers"):
        return None
    own = k == m.ts and ctx.texts[k - 1] in ("'s", "'")
    own = own or (k == m.ts and any(x.role == "demonym" for x in ctx.ments.ending(k)))  # "the Armenian Security
    before = k - (ctx.texts[k - 1] in ("'s", "'"))  # Council": its own, as "Armenia's Security Council" is
    kinds = ("state",) if own else ("state", "place")  # ("the Tigray Regional Security Council")
    state = next((x.entity for x in ctx.ments.ending(before) if x.kind in kinds), None)
    if state is None or (k == m.ts and not own):
        return None
    if own and (ctx.texts[m.te] if m.te < len(ctx.texts) else "") in ctx.lex.w("international_organ_followers"):
        return None  # "Russia's Security Council envoy": the state's seat at the UN's council
    if own and _owned_by(ctx, m, state):  # "Russia's Security Council": the one the knowledge base has
        return None
    place = next((x for x in ctx.ments.ending(k) if x.kind == "place" and not x.possessive), None)
    if place is not None and not own:  # "the Tigray Regional Security Council": the region's own
        place.in_np = True
        k = place.ts
    return k, state, own


def _capitalised_before(ctx: Context, ts: int) -> int:
    """Where up to two free capitalised words before token ts start, "and" between two of them included
    ("Defence and Security Council")."""
    k = ts
    while k > ts - 4 and k > 0:
        if ctx.free(k - 1, k) and ctx.capitalized(k - 1):
            k -= 1
        elif k > 1 and ctx.texts[k - 1] == "and" and ctx.free(k - 2, k - 1) and ctx.capitalized(k - 2):
            k -= 2
        else:
            break
    return k


def _owned_by(ctx: Context, m: Ment, state: str) -> bool:
    """ "Russia's Security Council": the state's own body of that name in the knowledge base takes the mention."""
    words = tuple(ctx.texts[m.ts : m.te])
    found = {eid for name, eid in _owned_index(ctx).get(state, ()) if _contains(name, words)}
    if len(found) != 1:
        return False
    m.entity = found.pop()
    ctx.register(m.entity)
    ctx.ments.reindex()
    return True


def _national_ministries_en(ctx: Context) -> None:
    """ "the Kuwaiti foreign ministry said", "Pakistan foreign ministry spokesman X", "Qatar's Ministry of Foreign
    Affairs": a state, a portfolio (`ministry_portfolios`) and "ministry" name that state's ministry, a body of
    its own, where the knowledge base has no name for it."""
    toks = ctx.toks
    for i in ctx.where(ctx.lex.w("ministry_nouns")):
        span = _ministry_span(ctx, i)
        if span is None:
            continue
        k, te, portfolio = span
        k -= toks[k - 1].text in ("'s", "'")
        st = next((m for m in ctx.ments.ending(k) if m.kind == "state"), None)
        if st is None and (owner := _pronoun_owner(ctx, k)) is not None:
            _owned_ministry(ctx, owner, k - 1, te, portfolio)
            continue
        if st is None:
            _spokesman_ministry(ctx, k, te, portfolio)
            continue
        s_, e_ = ctx.orig(st.ts, te)
        name, code = ctx.text[s_:e_], st.entity.split(":")[-1]
        eid = _state_ministry(ctx, code, portfolio, name)  # ("Egypt's Ministry of Foreign Affairs": the known one)
        st.in_np = True
        ctx.add(Ment(s_, e_, st.ts, te, eid, "organization", "discovered", name))
    ctx.ments.sort_by_start()


def _pronoun_owner(ctx: Context, k: int) -> Ment | None:
    """ "Russia criticised the deal. Its foreign ministry said …": "Its" (`ministry_owner_pronouns`) opening a
    sentence, right before a ministry that names no state, is the state that opens the sentence before; none when
    another actor opens it, or when "its" stands inside its sentence ("said its ministry …" may be anyone's)."""
    from explorer.extract.coreference import sentence_start

    if k < 1 or ctx.texts[k - 1] not in ctx.lex.w("ministry_owner_pronouns"):
        return None
    s = sentence_start(ctx, k - 1)
    if s != k - 1 or s < 2:
        return None
    s = sentence_start(ctx, s - 1)  # (the sentence before, its end mark included)
    opener = next((m for m in ctx.ments if s <= m.np_start <= s + 1), None)
    return opener if opener is not None and opener.kind == "state" else None


def _owned_ministry(ctx: Context, st: Ment, k: int, te: int, portfolio: str) -> None:
    """The ministry "its" (token k) stands for: the state's own, from the knowledge base or discovered."""
    code = st.entity.split(":")[-1]
    s_, e_ = ctx.orig(k, te)
    name = f"{ctx.entities.info.get(st.entity, {}).get('name') or code}'s {portfolio} ministry"
    eid = _state_ministry(ctx, code, portfolio, name)
    ctx.add(Ment(s_, e_, k, te, eid, "organization", "coref", ctx.text[s_:e_]))


def _spokesman_ministry(ctx: Context, k: int, te: int, portfolio: str) -> None:
    """ "Iran condemned the strikes, foreign ministry spokesman X said": a foreign ministry that names no state,
    before a title and its holder, is the ministry of the holder's state (_holders_ministry)."""
    hit = ctx.lex.titles.match_at(ctx.toks, te) if te < len(ctx.toks) and portfolio == "foreign" else None
    if hit:
        _holders_ministry(ctx, k, te, hit[1])


def _state_ministries_ar(ctx: Context) -> None:
    """«وزارة خارجية السودان», «وزارة الدفاع في جنوب السودان»: a ministry, its portfolio (`ministry_portfolios`) and
    the state it belongs to, named after it, are that state's ministry (the knowledge base's foreign ministry of the
    state when it has one)."""
    toks, n, portfolios = ctx.toks, len(ctx.toks), ctx.lex.w("ministry_portfolios")
    for k in ctx.where(ctx.lex.w("ministry_nouns"), forms=True):
        if k + 2 >= n or not ctx.free(k, k + 2) or toks[k + 1].forms[-1] not in portfolios:
            continue
        at = k + 2 if toks[k + 1].text == toks[k + 1].forms[-1] else k + 3  # «خارجية السودان», «الخارجية في السودان»
        if at == k + 3 and ctx.texts[k + 2] not in ctx.lex.w("seat_prepositions"):
            continue
        state = next((m for m in ctx.ments.starting(at) if m.kind == "state" and m.role == "name"), None)
        if state is None:
            continue
        _add_state_ministry(ctx, k, state, toks[k + 1].forms[-1])
    ctx.ments.sort_by_start()


def _government_ministries_ar(ctx: Context) -> None:
    """«وزارة الخارجية بحكومة الوحدة الوطنية», «وزارة الخارجية والتعاون الدولي بحكومة …»: a ministry, its
    portfolio (a second one joined by «و» and its adjective may follow) and «بـ» glued to a government the
    knowledge base gives a state: that state's ministry, named up to the government's end."""
    toks, n, portfolios = ctx.toks, len(ctx.toks), ctx.lex.w("ministry_portfolios")
    for k in ctx.where(ctx.lex.w("ministry_nouns"), forms=True):
        if k + 2 >= n or not ctx.free(k, k + 2):
            continue
        portfolio = next((f for f in toks[k + 1].forms if f in portfolios and ctx.texts[k + 1] == "ال" + f), None)
        j = k + 2
        if j + 2 < n and ctx.texts[j].startswith("وال") and ctx.texts[j + 1].startswith("ال") and ctx.free(j, j + 2):
            j += 2  # «والتعاون الدولي»: the second portfolio of the same ministry
        gov = next((m for m in ctx.ments.starting(j) if m.kind == "organization"), None)
        if portfolio is None or gov is None or not ctx.texts[j].startswith("ب"):
            continue
        rec = ctx.kb.get(gov.entity)
        state = rec.record.get("state") if rec is not None else None
        if not state or ctx.lex.w("government_nouns").isdisjoint(toks[j].forms):
            continue
        _add_state_ministry(ctx, k, gov, portfolio, state.split(":")[-1])
    ctx.ments.sort_by_start()


def _add_state_ministry(ctx: Context, ts: int, state: Ment, portfolio: str, code: str = "") -> None:
    """The ministry named from token ts to the state's mention that ends it: the knowledge base's ministry of the
    state and portfolio when it has one, else one of the state's own."""
    code = code or state.entity.split(":")[-1]
    s_, e_ = ctx.orig(ts, state.te)
    s_ = _after_clitic(ctx, ts, s_)
    name = ctx.text[s_:e_]
    eid = _state_ministry(ctx, code, portfolio, name)
    state.in_np = True
    ctx.add(Ment(s_, e_, ts, state.te, eid, "organization", "discovered", name))


def _nisba_ministries_ar(ctx: Context) -> None:
    """«وزارة الخارجية السودانية», and «الخارجية السودانية», «الدفاع الروسية» alone after a verb, «من», «عن» or
    «باسم» (`nisba_ministry_words`): a ministry, its portfolio and a state's feminine nisba are that state's
    ministry, the knowledge base's when it has one, else one of the state's own, named as «وزارة خارجية السودان»
    is (_state_ministries_ar); not «السياسة الخارجية السودانية», a policy."""
    from explorer.extract.armies import _verb_at

    toks, n, portfolios = ctx.toks, len(ctx.toks), ctx.lex.w("ministry_portfolios")
    bare, before = ctx.lex.w("nisba_ministry_words"), ctx.lex.w("ministry_source_words") | ctx.lex.w(
        "spokesman_prepositions"
    )
    for k in ctx.where(portfolios, forms=True):  # (the few tokens that hold a portfolio, not every token)
        if not 1 <= k < n - 1:
            continue
        portfolio = next((f for f in toks[k].forms if f in portfolios and ctx.texts[k].endswith("ال" + f)), None)
        dem = next((m for m in ctx.ments.starting(k + 1) if m.kind == "state" and m.role == "demonym"), None)
        if portfolio is None or dem is None or dem.te != k + 2 or not ctx.texts[k + 1].endswith("ه"):
            continue
        ts = k - 1 if not ctx.lex.w("ministry_nouns").isdisjoint(toks[k - 1].forms) else k
        if ts == k and not (toks[k].text in bare and (_verb_at(ctx, k - 1) or ctx.texts[k - 1] in before)):
            continue
        if not any(ctx.covered[ts : k + 1]):
            _add_state_ministry(ctx, ts, dem, portfolio)
    ctx.ments.sort_by_start()


def _ministry_id(code: str, portfolio: str) -> str:
    """The id of a state's ministry the knowledge base lacks, from the state's code and the portfolio (one id a
    portfolio: the slug of stable_id would keep the code alone)."""
    return f"org:x-{code}-{hashlib.sha1(portfolio.encode('utf-8')).hexdigest()[:8]}"


def _portfolio_label(ctx: Context, portfolio: str) -> str | None:
    """A portfolio word's name in a ministry's English name ("Foreign", "Defence" …)."""
    w = ctx.lex.w
    labels = ((w("foreign_portfolios"), "Foreign"), (w("defence_portfolios"), "Defence"),
              (w("interior_portfolios"), "Interior"), (w("information_portfolios"), "Information"),
              (w("justice_portfolios"), "Justice"), (w("finance_portfolios"), "Finance"))
    return next((label for words, label in labels if portfolio in words), None)


def _state_ministry(ctx: Context, code: str, portfolio: str, surface: str) -> str:
    """A state's ministry by its portfolio: the knowledge base's, else one named as the knowledge base names
    ministries ("Sudanese Foreign Ministry" for "Sudan's foreign ministry" and «وزارة الخارجية السودانية» alike, one
    node in both languages); the words the text used when the portfolio has no label."""
    eid = _kb_ministry(ctx, code, portfolio)
    if eid:
        ctx.register(eid)
        return eid
    label = _portfolio_label(ctx, portfolio)
    state = ctx.kb.get(f"state:{code}")
    if label is None or state is None:
        eid = _ministry_id(code, portfolio)
        ctx.entities.add(eid, surface, "organization", surface, [], known=False)
        return eid
    demonym = next(iter(state.record.get("demonyms") or ()), None) or f"{state.name}'s"
    eid = f"org:x-{code}-{label.lower()}-ministry"
    ctx.entities.add(eid, f"{demonym} {label} Ministry", "organization", surface if ctx.lang == "ar" else None,
                     [surface], known=False)
    return eid


def _kb_ministry(ctx: Context, code: str, portfolio: str) -> str:
    """The knowledge base's foreign (`org:mfa-<iso3>`, or a `ministry: foreign` field) or defence (`org:mod-<iso3>`)
    ministry of the state, by the portfolio word (`foreign_portfolios`, `defence_portfolios`); "" when it has none."""
    from explorer.extract.armies import state_ministries

    kind = "mfa" if portfolio in ctx.lex.w("foreign_portfolios") else ""
    kind = kind or ("mod" if portfolio in ctx.lex.w("defence_portfolios") else "")
    return state_ministries(ctx.kb, f"org:{kind}-").get(f"state:{code}", "") if kind else ""


def _named_foreign_ministry_ar(ctx: Context) -> None:
    """«المتحدث باسم وزارة الخارجية ناصر كنعاني»: «وزارة الخارجية» with no state, after a spokesman's «باسم» and
    right before a name, is the ministry of that person's state (_holders_ministry); not inside «وزير الخارجية»."""
    for phrase in sorted(ctx.lex.w("foreign_ministry_names"), key=len, reverse=True):
        words = phrase.split()
        for k in ctx.where(frozenset(words[:1])):
            te = k + len(words)
            spokesman = k > 0 and ctx.texts[k - 1] in ctx.lex.w("spokesman_prepositions")
            if spokesman and ctx.texts[k:te] == words and not any(ctx.covered[k:te]):
                _holders_ministry(ctx, k, te, te)


def _holders_ministry(ctx: Context, k: int, te: int, at: int) -> None:
    """The foreign ministry named by tokens k…te is the one of the state the knowledge base gives the person
    named at token `at` (when it knows that ministry)."""
    person = next((m for m in ctx.ments.starting(at) if m.kind == "person"), None)
    e = ctx.kb.get(person.entity) if person is not None else None
    state = e.record.get("nationality") if e is not None else None
    eid = f"org:mfa-{state.split(':')[-1]}" if state else ""
    if ctx.kb.get(eid) is None:
        return
    ctx.register(eid)
    s_, e_ = ctx.orig(k, te)
    ctx.add(Ment(s_, e_, k, te, eid, "organization", "discovered", ctx.text[s_:e_]))


def _ministry_span(ctx: Context, i: int) -> tuple[int, int, str] | None:
    """Where the state before the ministry ends, where the ministry's name ends, its portfolio: "foreign
    ministry", "Ministry of Foreign Affairs"."""
    texts, portfolios = ctx.texts, ctx.lex.w("ministry_portfolios")
    if i < 2 or ctx.covered[i]:
        return None
    if texts[i - 1] in portfolios and not ctx.covered[i - 1]:
        return i - 1, i + 1, texts[i - 1]
    if i + 2 < len(texts) and texts[i + 1] == "of" and texts[i + 2] in portfolios and not ctx.covered[i + 2]:
        te = i + 3 + (i + 3 < len(texts) and texts[i + 3] == "affairs")
        return i, te, texts[i + 2]
    return None


def find_spelled_out_bodies(ctx: Context) -> None:
    """ "the Cooperative for the Development of Congo (CODECO)": capitalised words whose initials the letters in
    brackets after them spell out (Schwartz and Hearst's short-form match: each letter in order, the first at a
    word's start) name a body even without a head noun, when nothing named them yet. English only: Arabic
    writes Latin letters after a name that is already Arabic («هيئة تحرير الشام (HTS)»)."""
    if ctx.lang == "ar":
        return
    toks, n = ctx.toks, len(ctx.toks)
    armed = ctx.lex.armed_heads
    added = False
    for k in ctx.where({"("}):
        if (
            k < 3
            or k + 2 >= n
            or toks[k + 2].text != ")"
            or any(m.kind not in ("state", "place") for m in ctx.ments.ending(k))
        ):
            continue  # (a body's own short name is acronyms.py's)
        s_, e_ = ctx.orig(k + 1, k + 2)
        short = ctx.text[s_:e_]
        if not (2 <= len(short) <= 8 and short.isupper() and short.isalpha()):
            continue
        ts = _long_form(ctx, k, short)
        if ts is None:
            continue
        words = ctx.texts[ts:k]
        kind = "armed_group" if any(w in armed for w in words) else "organization"
        s_, e_ = ctx.orig(ts, k)
        name = ctx.text[s_:e_]
        eid = stable_id(kind, " ".join(words))
        _absorb(ctx, ts, k)
        ctx.entities.add(eid, name, kind, None, [], known=False)
        ctx.add(Ment(s_, e_, ts, k, eid, kind, "discovered", name))
        added = True
    if added:
        ctx.ments.sort_by_start()


def _long_form(ctx: Context, k: int, short: str) -> int | None:
    """Where the words before token k that `short` spells out start, if they are a run of capitalised words and
    links (`_capital_run`) that ends at k."""
    fillers = ctx.lex.w("name_fillers")
    for ts in range(max(0, k - len(short) - 5), k - 1):
        if ctx.covered[ts] or ctx.texts[ts] in fillers or not ctx.capitalized(ts):
            continue
        s_, _ = ctx.orig(ts, k)
        if not _spells(short.lower(), ctx.text[s_ : ctx.orig(k - 1, k)[1]].lower()):
            continue
        run = _capital_run(ctx, ts)
        if run is not None and run[0] == k and len(run[1]) >= 2:
            return ts
        return None
    return None


def _spells(short: str, long: str) -> bool:
    """Schwartz and Hearst (2003): the short form's letters are found in the long form from right to left, in
    order, the first one at the start of a word, and the long form starts with that word."""
    s, at = len(short) - 1, len(long) - 1
    while s >= 0:
        c = short[s]
        while at >= 0 and (long[at] != c or (s == 0 and at > 0 and long[at - 1].isalnum())):
            at -= 1
        if at < 0:
            return False
        at -= 1
        s -= 1
    return at < 0 or not long[: at + 1].strip()


def find_armed_bodies(ctx: Context) -> None:
    """A body found in the text that the words next to it call armed is an armed group, whatever its head noun:
    "the rebel Sudan Liberation Movement", "Three Brotherhood Alliance fighters", «مقاتلي حركة …», «الحركة …
    المسلحة» (`armed_before`, `armed_after`: within two words of its name)."""
    before, after = ctx.lex.w("armed_before"), ctx.lex.w("armed_after")
    texts, lasts, n = ctx.texts, ctx.lasts, len(ctx.texts)
    armed: set[str] = set()
    for m in ctx.ments:
        info = ctx.entities.info.get(m.entity)
        if m.role != "discovered" or m.kind != "organization" or info is None or info["known"] or m.media:
            continue
        near = [*range(max(0, m.ts - 3), m.ts), *range(m.te, min(n, m.te + 2))]  # "fighters of the X"
        if any((texts[k] in before or lasts[k] in before) if k < m.ts else (texts[k] in after or lasts[k] in after)
               for k in near):
            armed.add(m.entity)
    for eid in armed:
        ctx.entities.info[eid]["kind"] = "armed_group"
        for m in ctx.ments.of_entity(eid):
            m.kind = "armed_group"


def arm_fighters(ctx: Context, relations) -> None:
    """A body found in the text that fights someone in it is an armed group ("the Alliance for Change attacked
    army posts"): the kind of its entity, once the relations are drawn."""
    for r in relations:
        info = ctx.entities.info.get(r.source) if r.type == "fights" else None
        if info is not None and not info["known"] and info["kind"] == "organization" and r.source.startswith("org:x-"):
            info["kind"] = "armed_group"


_SURFACES: dict[int, dict[str, str]] = {}


def _surface_index(ctx: Context) -> dict[str, str]:
    """The knowledge base's names by their matching key, to one body each (built once per knowledge base)."""
    got = _SURFACES.get(id(ctx.kb))
    if got is None:
        got = {}
        for sf in ctx.kb.surfaces:
            e = ctx.kb.get(sf.entity_id)
            if e is not None and e.kind in ("organization", "armed_group"):
                got.setdefault(sf.key, sf.entity_id)
        _SURFACES.clear()
        _SURFACES[id(ctx.kb)] = got
    return got


def find_led_bodies(ctx: Context) -> None:
    """ "the Saudi-led international coalition", «التحالف العسكري بقيادة السعودية»: a body the knowledge base names
    "<state>-led <noun>" or «<noun> بقيادة <state>», written with adjectives between (up to two); the state stays
    named inside it (find_named_members)."""
    index = _surface_index(ctx)
    spans = _led_spans_ar(ctx, index) if ctx.lang == "ar" else _led_spans_en(ctx, index)
    for ts, te, eid in spans:
        _absorb(ctx, ts, te)
        s_, e_ = ctx.orig(ts, te)
        ctx.register(eid)
        ctx.add(Ment(s_, e_, ts, te, eid, ctx.kb.entities[eid].kind, "name", ctx.text[s_:e_]))
    if spans:
        ctx.ments.sort_by_start()


def _led_spans_en(ctx: Context, index: dict[str, str]) -> list[tuple[int, int, str]]:
    """ "the Saudi-led (international) coalition", and the same body as news also calls it: "the Saudi-led
    campaign/alliance/intervention" (`led_body_nouns`: the knowledge base names "<state>-led coalition")."""
    texts, n, out = ctx.texts, len(ctx.texts), []
    nouns = ctx.lex.w("led_body_nouns")
    for k in ctx.where({"led"}):
        owner = next((m for m in ctx.ments.ending(k - 1) if m.kind == "state"), None) if k > 1 else None
        if owner is None or texts[k - 1] != "-":
            continue
        lead = " ".join(texts[owner.ts : owner.te]) + "-led"
        for e in range(k + 1, min(n, k + 4)):  # the noun right after, or one or two words between: "international"
            eid = index.get(f"{lead} {texts[e]}") or (index.get(f"{lead} coalition") if texts[e] in nouns else None)
            if eid is not None and ctx.free(k + 1, e + 1):
                out.append((owner.ts, e + 1, eid))
                break
    return out + _led_by_verb_en(ctx, index)


def _led_by_verb_en(ctx: Context, index: dict[str, str]) -> list[tuple[int, int, str]]:
    """ "Saudi Arabia has led a coalition of Arab countries …", "Washington leads a coalition that …": the
    coalition the verb's state leads is the body the knowledge base names "<state>-led coalition" or
    "coalition led by <state>"."""
    texts, out, verbs = ctx.texts, [], ctx.lex.w("lead_verbs")
    for k in ctx.where({"coalition"}):
        if k < 3 or texts[k - 1] not in ("a", "the") or texts[k - 2] not in verbs or not ctx.free(k, k + 1):
            continue
        end = k - 2 if texts[k - 3] not in ctx.lex.w("perfect_auxiliaries") else k - 3  # (the subject's end)
        owner = next((m for m in ctx.ments.ending(end) if m.kind == "state"), None)
        name = " ".join(texts[owner.ts : owner.te]) if owner else ""
        eid = (index.get(f"{name}-led coalition") or index.get(f"coalition led by {name}")) if owner else None
        if eid is not None:
            out.append((k, k + 1, eid))
    return out


def _led_spans_ar(ctx: Context, index: dict[str, str]) -> list[tuple[int, int, str]]:
    """«التحالف بقيادة السعودية», and the indefinite body a verb says a state leads: «طائرات تحالف دولي تقوده
    الولايات المتحدة», «التحالف الذي تقوده السعودية» (the knowledge base names it «<noun> [<adjective>] بقيادة
    <state>»)."""
    toks, out, rel = ctx.toks, [], ctx.lex.w("relative_pronouns")
    for k in ctx.where(ctx.lex.w("led_by_state")):
        state = next((m for m in ctx.ments.starting(k + 1) if m.kind == "state"), None)
        if state is None or k < 2:
            continue
        tail = " ".join(("بقياده", *ctx.texts[k + 1 : state.te]))
        end = k - 1 if ctx.texts[k - 1] in rel else k
        for ts in range(end - 1, max(-1, end - 4), -1):  # the noun, up to two adjectives after it
            if not ctx.free(ts, end) or (k == end and ctx.texts[k] != "بقياده" and _definite(toks[ts])):
                continue  # («قاد الجيش تحالف … يقوده»: a definite noun and a verb after it is a clause)
            eid = next((index[f"{p} {tail}"] for p in _led_heads(ctx, ts, end) if f"{p} {tail}" in index), None)
            if eid is not None:
                out.append((ts, state.te, eid))
                break
    return out + _leading_state_ar(ctx)


def _led_heads(ctx: Context, ts: int, te: int, *, whole: bool = False) -> list[str]:
    """The definite keys a led body's noun from ts (and its adjectives up to te) may stand for: «تحالفا دوليا» is
    «التحالف» (unless whole) and «التحالف الدولي»."""
    words = [[f"ال{f}" for f in _bare(ctx.toks[k])] for k in range(ts, te)]
    out = [] if whole and len(words) > 1 else list(words[0])
    if len(words) > 1:
        out += [" ".join((n, *(w[-1] for w in words[1:]))) for n in words[0]]
    return out


def _bare(t) -> tuple[str, ...]:
    """A noun's article-free form, and without the accusative's alif («تحالفا» is «تحالف»)."""
    f = t.forms[-1]
    return (f, f[:-1]) if f.endswith("ا") and len(f) > 3 else (f,)


def _leading_state_ar(ctx: Context) -> list[tuple[int, int, str]]:
    """«تقود الولايات المتحدة تحالفا دوليا ضد …», «يقود السعوديون تحالفا عسكريا»: the body a state leads, named
    after the verb and the state, is the body the knowledge base names «<noun> [<adjective>] بقيادة <state>»."""
    from explorer.kb import norm_alias

    index, out, n = _surface_index(ctx), [], len(ctx.toks)
    for k in ctx.where(ctx.lex.w("lead_verbs"), forms=True):
        state = next((m for m in ctx.ments.starting(k + 1) if m.kind == "state"), None)
        e = ctx.kb.get(state.entity) if state is not None and state.te < n else None
        if e is None or not ctx.free(state.te, state.te + 1) or _definite(ctx.toks[state.te]):
            continue
        names = [x for x in e.all_names if not x.isascii()]
        for te in range(min(n, state.te + 3), state.te, -1):  # the noun and up to two adjectives
            keys = [norm_alias(f"{p} بقيادة {x}") for p in _led_heads(ctx, state.te, te, whole=True) for x in names]
            eid = next((index[key] for key in keys if key in index), None)
            if eid is not None and ctx.free(state.te, te):
                out.append((state.te, te, eid))
                break
    return out


_ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$")


def find_numbered_units(ctx: Context) -> None:
    """ "the 444th Brigade", "the 4th Armoured Division", «اللواء السابع», «اللواء 444», «الكتيبة 166»: a unit
    named by its number is an armed group, or a state's army unit when the state is named right before it
    (`unit_heads` after an ordinal, past one `unit_qualifiers` word, in English; the head then an ordinal word,
    `ordinal_words`, or a number in Arabic: «اللواء» before a name is a rank, before an ordinal a brigade)."""
    heads, spans = ctx.lex.w("unit_heads"), []
    if not heads:
        return
    toks, n, ar = ctx.toks, len(ctx.toks), ctx.lang == "ar"
    for i in ctx.where(heads, lasts=ar):
        if ar:
            ok = i + 1 < n and (ctx.texts[i + 1] in ctx.lex.w("ordinal_words") or ctx.texts[i + 1].isdigit())
            ts, te = i, i + 2
        else:
            ts = i - 1 - (i >= 2 and ctx.texts[i - 1] in ctx.lex.w("unit_qualifiers"))
            ok = ts >= 0 and bool(_ORDINAL.match(ctx.texts[ts])) and ctx.capitalized(i)
            te = i + 1
        if ok and ctx.free(ts, te):
            spans.append((ts, te))
    for ts, te in spans:
        s_, e_ = ctx.orig(ts, te)
        name = ctx.text[s_:e_]
        k = ts - (ts > 0 and ctx.texts[ts - 1] in ("'s", "'"))  # "Ukraine's 47th Brigade", "the US 82nd Division":
        kind = "organization" if any(m.kind == "state" for m in ctx.ments.ending(k)) else "armed_group"  # an army's
        eid = stable_id(kind, " ".join(x.forms[-1] for x in toks[ts:te]))
        ctx.entities.add(eid, name, kind, name if ar else None, [], known=False)
        ctx.add(Ment(s_, e_, ts, te, eid, kind, "discovered", name))
    if spans:
        ctx.ments.sort_by_start()
