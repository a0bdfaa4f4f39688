"""Who leads a coalition against armed groups fights them: "Saudi Arabia has led a coalition of Arab countries in
air strikes against the Houthis", "the United States leads a coalition against the Islamic State", «يقود السعوديون
تحالفا عسكريا ضد جماعة الحوثي». The leader (the side before the lead verb; in Arabic also the one right after it)
and the coalition itself, when the knowledge base names it, fight the armed groups named after "against"."""

from __future__ import annotations

from explorer.extract.context import Context, Ment
from explorer.extract.engine import Sentence, cued, mentioning
from explorer.extract.syntax import actor, group_with, side_before

_PUNCT = (",", "،", ".", ";", ":")


@cued(lambda ctx: [(ctx.lex.w("against"), False)])
@mentioning("armed_group")  # (its targets: armed groups of the sentence)
def led_against(ctx: Context, sent: Sentence, ments: list[Ment], emit) -> None:
    """Each "against" (`against`) of the sentence that follows a led coalition (see led_against_pairs)."""
    words = ctx.lex.w("against")
    for i in range(sent.ts + 3, sent.te - 1):
        if ctx.texts[i] in words:
            for a, t in led_against_pairs(ctx, ments, i, sent):
                emit(a, t, "fights", 0.6, ctx.toks[i].text, "led-against")


def led_against_pairs(ctx: Context, ments: list[Ment], i: int, sent: Sentence) -> list[tuple[Ment, Ment]]:
    """The (fighter, armed group) pairs of "against" at token i: a coalition noun (`coalition_nouns`) up to eight
    words before it with no punctuation between, a lead verb (`lead_verbs`) up to five words before that, the
    leader (_leaders), and the armed groups named right after "against" (a list: "the Houthis and Saleh's
    forces"). Only armed groups: "a coalition of Arab states against Iran's influence" is a stance."""
    texts, ts = ctx.texts, sent.ts
    nouns = ctx.lex.w("coalition_nouns")
    back = range(i - 1, max(ts, i - 9) - 1, -1)
    c = next((k for k in back if texts[k] in _PUNCT or not nouns.isdisjoint(ctx.forms[k])), -1)
    if c < 0 or texts[c] in _PUNCT:
        return []
    v = next((k for k in range(c - 1, max(ts, c - 6) - 1, -1) if texts[k] in ctx.lex.w("lead_verbs")), -1)
    obj = next((m for m in ments if i < m.np_start <= i + 3 and actor(m)), None) if v >= 0 else None
    targets = [m for m in group_with(ctx, ments, obj) if m.kind == "armed_group"] if obj is not None else []
    leaders = _leaders(ctx, ments, v, c, sent) if targets else []
    if not leaders:
        return []
    bodies = [m for m in ments if m.ts <= c < m.te and m.kind == "organization" and m.role != "discovered"]
    return [(a, t) for a in [*leaders, *bodies] for t in targets if a.entity != t.entity]


def _leaders(ctx: Context, ments: list[Ment], v: int, c: int, sent: Sentence) -> list[Ment]:
    """Who leads at the lead verb v (coalition noun at c): the side right before it (past "has", an adverb) or, in
    Arabic, right after it («يقود السعوديون تحالفا»); not a person ("Kerry led a coalition" speaks for a state)."""
    before = [m for m in side_before(ctx, ments, v, sent.ts) if m.kind != "person"]
    after = [m for m in ments if v < m.ts < c and actor(m) and m.kind != "person"] if ctx.lang == "ar" else []
    return after[:1] or before[:1]
