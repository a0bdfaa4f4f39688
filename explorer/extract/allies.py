"""An ally backs whom it is the ally of (Arabic): «مصر، الحليف الوثيق للجيش السوداني، …», «روسيا، حليفة دمشق، …»,
«وتعد إيران الحليف الأبرز لجماعة الحوثي». The ally is the name the ally noun stands in apposition to (right before
its comma) or the subject of a verb of counting as (`ally_copulas`); whom it backs follows the noun («ل», or the
name right after an indefinite «حليف»), past an adjective or two (`ally_adjectives`)."""

from __future__ import annotations

from explorer.extract.context import Context, Ment
from explorer.extract.engine import Sentence, cued
from explorer.extract.syntax import actor


@cued(lambda ctx: [(ctx.lex.w("ally_nouns"), False)])
def allied_to(ctx: Context, sent: Sentence, ments: list[Ment], emit) -> None:
    """Each ally noun of the sentence with its ally before it and whom it backs after it."""
    nouns = ctx.lex.w("ally_nouns")
    for i in range(sent.ts + 1, sent.te - 1):
        if ctx.texts[i] not in nouns:
            continue
        backed = _backed(ctx, ments, i, sent)
        ally = _ally(ctx, ments, i, sent) if backed is not None else None
        if ally is not None and ally.entity != backed.entity:
            emit(ally, backed, "supports", 0.6, ctx.toks[i].text, "allied-to")


def _backed(ctx: Context, ments: list[Ment], i: int, sent: Sentence) -> Ment | None:
    k = i + 1
    while k < sent.te and ctx.texts[k] in ctx.lex.w("ally_adjectives"):
        k += 1
    if k >= sent.te:
        return None
    glued = ctx.texts[k][:1] == "ل" and len(ctx.toks[k].forms) > 1  # «للجيش», «لجماعة الحوثي»
    if not glued and (k > i + 1 or ctx.texts[i].startswith("ال")):
        return None  # (the construct «حليف دمشق» has the backed right after an indefinite noun)
    return next((m for m in ments if m.np_start == k and actor(m)), None)


def _ally(ctx: Context, ments: list[Ment], i: int, sent: Sentence) -> Ment | None:
    k = i - 1
    if ctx.texts[k] in (",", "،"):
        return next((m for m in ments if m.te == k and actor(m)), None)
    before = next((m for m in ments if m.te == i and actor(m)), None)
    if before is None or before.np_start - 1 < sent.ts:
        return None
    return before if ctx.texts[before.np_start - 1] in ctx.lex.w("ally_copulas") else None
