"""Putting someone on a sanctions or terrorism list opposes him: "the council added two commanders to its sanctions
list", «وأدرجت واشنطن الجماعة على قائمة الإرهاب», «صوّت المجلس على إدراج اسم X في قائمة العقوبات» (the dev
conventions: sanctions and designations are `opposes`)."""

from __future__ import annotations

from explorer.extract.context import ACTOR_KINDS, Context, Ment
from explorer.extract.engine import Sentence, cued


@cued(lambda ctx: [(ctx.lex.w("listing_words"), True)])
def listed_on(ctx: Context, sent: Sentence, ments: list[Ment], emit) -> None:
    """A verb or noun of listing (`listing_words`) and, within the clause after it, a list of sanctions or
    terrorists (`sanction_list_words` next to a `list_nouns` word): the actors between them are listed, by the
    subject of the clause (in Arabic the actor right after a listing verb, else the first actor of the sentence
    before the word; in English the first actor of the sentence before the verb)."""
    words = ctx.lex.w("listing_words")
    for i in range(sent.ts, sent.te):
        if not _has(ctx, i, words):
            continue
        end = _list_phrase(ctx, i + 1, min(sent.te, i + 30))
        if end < 0:
            continue
        between = [
            m for m in ments
            if i < m.ts and m.te <= end and m.kind in ACTOR_KINDS and not m.in_np and not _owner_of_before(ctx, m)
        ]
        subject, listed = _lister(ctx, sent, ments, i, between)
        for m in listed if subject is not None else ():
            if m.entity != subject.entity:
                emit(subject, m, "opposes", 0.6, ctx.texts[i], "listed-on")


def _owner_of_before(ctx: Context, m: Ment) -> bool:
    """A name that only says whose the people before it are: a demonym ("two Houthi commanders"), after "of", or
    in Arabic behind a glued «بـ»/«لـ» («القياديين الميدانيين بجماعة الحوثي»)."""
    if m.role == "demonym" or (m.ts > 0 and ctx.texts[m.ts - 1] == "of"):
        return True
    first = ctx.toks[m.ts].text
    return ctx.lang == "ar" and first[:1] in ("ب", "ل") and first[:1] != m.text[:1]


def _list_phrase(ctx: Context, lo: int, hi: int) -> int:
    """Where a list of sanctions or terrorists opens between lo and hi («قائمة العقوبات», "its sanctions list",
    "the blacklist"), before a full stop; -1 when none."""
    lists, kinds = ctx.lex.w("list_nouns"), ctx.lex.w("sanction_list_words")
    for k in range(lo, hi):
        if ctx.texts[k] in (".", ";", "؛"):
            return -1
        if _has(ctx, k, lists) and any(_has(ctx, x, kinds) for x in range(k - 1, min(k + 3, len(ctx.toks)))):
            return k - (ctx.texts[k - 1] in kinds)
    return -1


def _has(ctx: Context, k: int, words: frozenset[str]) -> bool:
    """Token k is one of the words, as written or in one of its forms («السوداء» and «سوداء»)."""
    return ctx.texts[k] in words or not words.isdisjoint(ctx.toks[k].forms)


def _lister(
    ctx: Context, sent: Sentence, ments: list[Ment], i: int, between: list[Ment]
) -> tuple[Ment | None, list[Ment]]:
    """Who lists, and who is listed: in Arabic the actor right after a listing verb (not its verbal noun, «إدراج»),
    which is then no object; else the first actor of the sentence before the word."""
    verb = ctx.lex.w("listing_nouns").isdisjoint(ctx.toks[i].forms)
    if ctx.lang == "ar" and verb and between and between[0].np_start <= i + 1:
        return between[0], between[1:]
    first = next((m for m in ments if sent.ts <= m.ts and m.te <= i and m.kind in ACTOR_KINDS and not m.in_np), None)
    return first, between
