"""Who put a proposal forward backs it: "a truce proposal by the Qatari emir Sheikh Tamim", "the peace plan by
Kenya and Ethiopia" (the dev conventions: "presented / drafted a resolution" → `supports`). The
verbs of proposing ("put forward by", "drafted by") are the passive construction's; this is the noun's "by"."""

from __future__ import annotations

from explorer.extract.context import ACTOR_KINDS, Context, Ment
from explorer.extract.engine import Sentence, mentioning
from explorer.extract.syntax import group_with


@mentioning("agreement")
def proposal_by(ctx: Context, sent: Sentence, ments: list[Ment], emit) -> None:
    """An agreement mention ending in a noun of something proposed (`proposal_heads`: "proposal", "plan", "draft")
    followed by "by" (`proposer_links`) and the actors who made it, with no comma between (English)."""
    links = ctx.lex.w("proposer_links")
    if not links:
        return
    for m in ments:
        if m.kind != "agreement" or m.te >= sent.te or ctx.texts[m.te] not in links:
            continue
        if ctx.texts[m.te - 1].lower() not in ctx.lex.w("proposal_heads"):
            continue  # ("the agreement signed by …" is the passive's; "a ceasefire by" names no proposer)
        by = _first_actor(ctx, ments, m.te + 1, min(sent.te, m.te + 7))
        for a in group_with(ctx, ments, by) if by is not None else ():
            if a.kind in ACTOR_KINDS:
                emit(a, m, "supports", 0.6, ctx.texts[m.te], "proposal-by")


def _first_actor(ctx: Context, ments: list[Ment], lo: int, hi: int) -> Ment | None:
    """The actor named between lo and hi, before any comma: the person a title names ("by Kenyan President
    William Ruto": Ruto, not Kenya), else the first actor."""
    found: list[Ment] = []
    for k in range(lo, hi):
        if ctx.texts[k] in (",", ";", "."):
            break
        found += [x for x in ments if x.ts == k and x.kind in ACTOR_KINDS]
    return next((m for m in found if m.kind == "person"), found[0] if found else None)
