"""Who gives arms, aid or money backs whom it gives them to: "Iran has provided the Houthis with drones and
ballistic missiles", "Russia has provided arms to the Sudanese army", "Washington has given Israel $14 billion in
military aid". The giver is the side right before the giving verb (`giving_verbs`, past "has" or an adverb); what
is given must be arms, aid or money (`given_goods`): "provided details to the press", "sent refugees to Greece" back
no one."""

from __future__ import annotations

from explorer.extract.context import Context, Ment
from explorer.extract.engine import Sentence, cued
from explorer.extract.syntax import actor, group_with, side_before

_REACH = 6  # words from the verb to the goods, and from the goods to "to"


@cued(lambda ctx: [(ctx.lex.w("giving_verbs"), False)])
def gave_goods(ctx: Context, sent: Sentence, ments: list[Ment], emit) -> None:
    """Each giving verb of the sentence with a giver before it and a receiver after it (see _receiver)."""
    if ctx.lang == "ar":
        return  # (Arabic: the giving verbs are triggers of their own, objects._goods_given)
    verbs = ctx.lex.w("giving_verbs")
    for i in range(sent.ts + 1, sent.te - 2):
        if ctx.texts[i] not in verbs:
            continue
        receiver = _receiver(ctx, ments, i, sent)
        givers = _givers(ctx, ments, i, sent) if receiver is not None else []
        for g in givers:
            if g.entity != receiver.entity:
                emit(g, receiver, "supports", 0.6, ctx.toks[i].text, "gave-goods")


def _receiver(ctx: Context, ments: list[Ment], i: int, sent: Sentence) -> Ment | None:
    """Whom the verb at i gives to: the actor right after it when goods follow it ("provided the Houthis with
    drones", "given Israel $14 billion in military aid"), or the one after "to" past the goods ("provided arms to
    the Sudanese army")."""
    te, goods = sent.te, ctx.lex.w("given_goods")
    k = i + 1 + (ctx.texts[i + 1] == "the")
    first = next((m for m in ments if m.ts == k and actor(m) and not m.possessive), None)
    end = first.te if first is not None else i + 1
    at = next((x for x in range(end, min(te, end + _REACH)) if not goods.isdisjoint(ctx.toks[x].forms)), -1)
    if at < 0 or any(not ctx.toks[x].is_word for x in range(end, at)):
        return None
    if first is not None:
        return first
    to = next((x for x in range(at + 1, min(te - 1, at + _REACH)) if ctx.texts[x] == "to"), -1)
    if to < 0 or any(not ctx.toks[x].is_word for x in range(at, to)):
        return None
    k = to + 1 + (ctx.texts[to + 1] == "the")
    return next((m for m in ments if m.np_start in (to + 1, k) and actor(m) and not m.possessive), None)


def _givers(ctx: Context, ments: list[Ment], i: int, sent: Sentence) -> list[Ment]:
    """The side right before the verb at i (past "has", "have", an adverb) and those listed with it."""
    before = next((m for m in side_before(ctx, ments, i, sent.ts) if not m.possessive), None)
    return [m for m in group_with(ctx, ments, before) if actor(m)] if before is not None else []
