"""A state's government named by the leader at its head: "the Trump administration", "the Assad regime", "the
Netanyahu government", "Assad's government", "the government of Nouri al-Maliki", «حكومة هادي», «إدارة بايدن»,
«نظام الأسد». The phrase is the state the leader heads on the article's date (the dev conventions: «حكومة هادي» is
Yemen, as "the government of X" is X), not the man: "Washington's talks with the Assad regime" are talks with
Syria, and "the Biden administration welcomed the truce" is the United States' welcome. The leader's name stays
inside the phrase as his own mention."""

from __future__ import annotations

from explorer.extract.context import Context, Ment
from explorer.extract.coreference import LEADER_OFFICES


def find_leader_governments(ctx: Context) -> None:
    nouns = ctx.lex.w("leader_government_nouns")
    if not nouns:
        return
    added = False
    for m in [m for m in ctx.ments if m.kind == "person" and not m.in_np]:
        span = _span_ar(ctx, m, nouns) if ctx.lang == "ar" else _span_en(ctx, m, nouns)
        state = _headed_state(ctx, m.entity) if span is not None else None
        if span is None or state is None:
            continue
        ts, te = span
        s_, e_ = ctx.orig(ts, te)
        if ctx.lang == "ar":
            k = _clitics(ctx.toks[ts].text, nouns)
            s_ += k if ctx.text[s_ : s_ + k] == ctx.toks[ts].text[:k] else 0
        ctx.register(state)
        m.in_np = True
        ctx.add(Ment(s_, e_, ts, te, state, "state", "coref", ctx.text[s_:e_]))
        added = True
    if added:
        ctx.ments.sort_by_start()


def _span_ar(ctx: Context, m: Ment, nouns: frozenset[str]) -> tuple[int, int] | None:
    """«حكومة هادي», «لإدارة بايدن», «ونظام الأسد»: the noun without the article right before the name."""
    k = m.ts - 1
    if k < 0 or ctx.covered[k] or nouns.isdisjoint(ctx.toks[k].forms) or "ال" in ctx.toks[k].text[:4]:
        return None
    return (k, m.te)


def _clitics(token: str, nouns: frozenset[str]) -> int:
    """The conjunction and preposition before the noun («ولحكومة» → «حكومة»), which the name leaves out."""
    return next((k for k in range(len(token)) if token[k:] in nouns), 0)


def _span_en(ctx: Context, m: Ment, nouns: frozenset[str]) -> tuple[int, int] | None:
    """ "the Trump administration", "Assad's regime", "the government of Nouri al-Maliki"."""
    texts, n = ctx.texts, len(ctx.texts)
    k = m.te + (m.te < n and texts[m.te] in ("'s", "'"))
    if k < n and texts[k] in nouns and not ctx.covered[k]:
        return (m.ts, k + 1)
    if m.ts >= 2 and texts[m.ts - 1] == "of" and texts[m.ts - 2] in nouns and not ctx.covered[m.ts - 2]:
        return (m.ts - 2, m.te)
    s = m.np_start  # "the government of President Hadi": past the title before the name
    if s < m.ts and s >= 2 and texts[s - 1] == "of" and texts[s - 2] in nouns and not ctx.covered[s - 2]:
        return (s - 2, m.te)
    return None


def _headed_state(ctx: Context, person: str) -> str | None:
    """The one state he leads (a leader's office, as for "the leaders of A and B") on the article's date, else the
    one he ever led."""
    offices = LEADER_OFFICES
    for on in (ctx.on, None) if ctx.on is not None else (None,):
        states = {r.of for r in ctx.kb.roles_of(person, on) if r.office in offices and r.of and r.of[:6] == "state:"}
        if states:
            return states.pop() if len(states) == 1 else None
    return None
