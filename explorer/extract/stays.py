"""Being somewhere for talks is a visit: "The IAEA chief was in Tehran on Saturday for talks", "Blinken is in Kyiv
on an unannounced visit" (the dev conventions: "travelled to / arrived in" → `visits`; merely being at a venue is
optional, so a purpose of the stay must follow)."""

from __future__ import annotations

from explorer.extract.context import Context, Ment
from explorer.extract.engine import Sentence, cued
from explorer.extract.syntax import group_with_left

_VISITED = ("place", "state")


@cued(lambda ctx: [(ctx.lex.w("stay_verbs"), False)])
def stayed_for(ctx: Context, sent: Sentence, ments: list[Ment], emit) -> None:
    """ "X was in P … for talks": a form of "be" (`stay_verbs`), "in", a place or state right after it, and a purpose
    of the stay (`stay_purposes`) within eight words; the subject is the actor (with those listed with it) that ends
    right before the verb (English)."""
    texts, verbs = ctx.texts, ctx.lex.w("stay_verbs")
    for i in range(sent.ts + 1, sent.te - 2):
        if texts[i] not in verbs or texts[i + 1] != "in":
            continue
        where = next((m for m in ments if m.ts in (i + 2, i + 3) and m.kind in _VISITED), None)
        who = next((m for m in ments if m.te == i and m.kind in ("person", "state", "organization")), None)
        if where is None or who is None or not _purpose_after(ctx, where.te, min(sent.te, where.te + 8)):
            continue
        for m in group_with_left(ctx, ments, who):
            emit(m, where, "visits", 0.6, f"{texts[i]} in", "stayed-for")


def _purpose_after(ctx: Context, lo: int, hi: int) -> bool:
    """A purpose of the stay ("for talks", "on a visit", `stay_purposes`) before the clause ends."""
    purposes = ctx.lex.w("stay_purposes")
    for k in range(lo, hi):
        if ctx.texts[k] in (";", "."):
            return False
        if ctx.texts[k] in purposes:
            return True
    return False
