"""Places the knowledge base does not know, from the noun that says what they are: "the Azerbaijani city of
Ganja", "the railway hub of Debaltseve", "the Afar region", «مدينة كنجة», «بلدة أم روابة». The mention is the
name alone, as the knowledge base's places are named."""

from __future__ import annotations

from explorer.extract.context import Context, Ment, stable_id
from explorer.extract.organizations import _definite, _name_word


def find_places(ctx: Context) -> None:
    spans = _spans_ar(ctx) if ctx.lang == "ar" else _spans_en(ctx)
    for ts, te in spans:
        s_, e_ = ctx.orig(ts, te)
        name = ctx.text[s_:e_]
        eid = stable_id("place", " ".join(ctx.texts[ts:te]))
        ctx.entities.add(eid, name, "place", name if ctx.lang == "ar" else None, [], known=False)
        ctx.add(Ment(s_, e_, ts, te, eid, "place", "discovered", name))
    if spans:
        ctx.ments.sort_by_start()


def _spans_en(ctx: Context) -> list[tuple[int, int]]:
    """ "the border town of Renk" (a place noun, "of" and capitalised words), "the Afar region" ("the",
    capitalised words and a region noun)."""
    texts, n, out = ctx.texts, len(ctx.texts), []
    for k in ctx.where(ctx.lex.w("place_nouns")):
        if k + 2 < n and texts[k + 1] == "of" and not ctx.covered[k]:
            te = _capital_words(ctx, k + 2)
            if te > k + 2:
                out.append((k + 2, te))
    for k in ctx.where(ctx.lex.w("place_prepositions")):
        te = _capital_words(ctx, k + 1) if k + 1 < n else k + 1
        if te > k + 1 and _lone_place(ctx, k + 1, te):
            out.append((k + 1, te))
    for k in ctx.where(ctx.lex.w("region_nouns_after")):
        ts = k
        while ts > 0 and ts > k - 3 and not ctx.covered[ts - 1] and ctx.capitalized(ts - 1):
            ts -= 1
        if ts < k and ts > 0 and texts[ts - 1] == "the" and not ctx.covered[k] and not texts[k - 1].endswith(_ADJ):
            out.append((ts, k))  # (not "the Kurdish region", "the Northern region": an adjective)
    return out


_ADJ = ("ish", "ian", "ese", "ern", "ic")


def _lone_place(ctx: Context, ts: int, te: int) -> bool:
    """Capitalised words after "in", "near" … name a place when no name of a month, day, language or body
    (a head noun after them) is among them, and no word is an adjective."""
    texts, n = ctx.texts, len(ctx.texts)
    if any(w in ctx.lex.w("not_place_names") or w.endswith(_ADJ) for w in texts[ts:te]):
        return False
    body = te < n and not ctx.lex.organization_heads.isdisjoint({texts[te], *ctx.toks[te].forms})
    if body or te < n and texts[te] in ("'s", "'"):
        return False
    return te >= n or not ctx.capitalized(te)


def _capital_words(ctx: Context, k: int) -> int:
    """The end of up to three free capitalised words from token k ("Wad Madani", "Sharm el-Sheikh")."""
    texts, n, te = ctx.texts, len(ctx.texts), k
    while te < n and te - k < 3 and ctx.toks[te].is_word and not ctx.covered[te] and ctx.capitalized(te):
        te += 1
        if te + 1 < n and texts[te] == "-" and ctx.toks[te + 1].is_word and not ctx.covered[te + 1]:
            te += 2  # "el-Sheikh"
    return te


def _spans_ar(ctx: Context) -> list[tuple[int, int]]:
    """«مدينة كنجة», «بلدة أم روابة», «قرية الضعين»: a place noun (a clitic before it aside) and a word of its own
    (with the word after «أم», «ود», «رأس» …), or a definite word that is no adjective after a noun of a town."""
    heads, towns = ctx.lex.w("place_nouns"), ctx.lex.w("town_nouns")
    out = []
    for k in ctx.where(heads, forms=True):
        if ctx.covered[k] or k + 1 >= len(ctx.toks) or ctx.covered[k + 1] or not _place_word(ctx, k + 1):
            continue
        t, head = ctx.toks[k + 1], next(f for f in ctx.toks[k].forms if f in heads)
        if _definite(ctx.toks[k], head):
            continue  # «المنطقة»: the area named before, no name after it
        if t.text.startswith("ال") and (head not in towns or _adjectival(ctx, k + 1)):
            continue
        te = k + 2
        if t.text in ctx.lex.w("place_prefixes") and te < len(ctx.toks) and _place_word(ctx, te):
            te += 1  # «أم روابة», «رأس العين»
        out.append((k + 1, te))
    return out


def _place_word(ctx: Context, k: int) -> bool:
    t = ctx.toks[k]
    if t.text in ctx.lex.w("place_prefixes"):
        return _name_word(ctx, k)
    if not _name_word(ctx, k) or t.text.startswith("و") or len(t.text) < 3 or t.forms[-1].endswith("يه"):
        return False  # («مدينة عربية»: an adjective)
    w = ctx.lex.w
    lists = (w("body_adjectives"), w("generic_complements"), w("not_name_adjectives"), w("direction_nouns"))
    return not any(x in words for words in (*lists, w("not_place_words")) for x in (t.text, t.forms[-1]))


def _adjectival(ctx: Context, k: int) -> bool:
    """«المدينة الساحلية», «البلدة الحدودية»: a nisba or other adjective, no name."""
    f = ctx.toks[k].forms[-1]
    return f.endswith(("يه", "ي", "يين", "يون")) or f in ctx.lex.w("name_adjectives")
