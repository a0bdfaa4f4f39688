"""The mission a description stands for: "UN peacekeepers", "the U.N. mission", "African Union troops",
«قوات حفظ السلام الأممية», «البعثة الأممية»: the body the knowledge base says its owner (the UN, the African Union)
had deployed on the article's date in the state the phrase names ("… in Mali", «… في مالي») or, else, in the
one state the article names most that has such a mission (organizations' `deployed`, dated). "Attacks on UN
peacekeepers" in an article on Mali are attacks on MINUSMA, not on the United Nations."""

from __future__ import annotations

from collections import Counter

from explorer.extract.context import Context, Ment
from explorer.text.tokens import tokenize


def find_missions(ctx: Context) -> None:
    """Each phrase of `un_mission_phrases` / `au_mission_phrases` not already inside a name becomes a mention of
    the mission; the owner's own mention inside it ("UN") stays, as part of the phrase (`in_np`)."""
    if not ctx.kb.missions_by_state:
        return
    found = False
    owners = ((ctx.lex.w("un_mission_phrases"), "org:un"), (ctx.lex.w("au_mission_phrases"), "org:african-union"))
    for words, owner in owners:
        phrases = _phrases(words)
        if not phrases:
            continue
        for i in ctx.where({p[0] for p in phrases}, forms=True):
            end = _match(ctx, i, phrases)
            if end is None or any(m.ts < i or m.te > end for k in range(i, end) for m in ctx.ments.starting(k)):
                continue  # (a longer name the gazetteer found, "the UN mission in Mali", is already that mission)
            mission = _mission(ctx, owner, end)
            if mission is None:
                continue
            for m in (m for k in range(i, end) for m in ctx.ments.starting(k)):
                m.in_np = True  # "UN" in "UN peacekeepers": the owner names the mission, it acts in none
            ctx.register(mission)
            s, e = ctx.orig(i, end)
            ctx.add(Ment(s, e, i, end, mission, "organization", "coref", ctx.text[s:e]))
            found = True
    if found:
        ctx.ments.sort_by_start()


_PHRASES: dict[frozenset[str], list[list[str]]] = {}


def _phrases(words: frozenset[str]) -> list[list[str]]:
    """The lexicon's phrases as tokens ("U.N. peacekeepers": u . n . peacekeepers), once per word list."""
    got = _PHRASES.get(words)
    if got is None:
        got = _PHRASES[words] = [[t.text for t in tokenize(p)] for p in words]
    return got


def _match(ctx: Context, i: int, phrases: list[list[str]]) -> int | None:
    """The end of the longest phrase that starts at token i (its first word may carry «و»: «والبعثة الأممية»)."""
    best = None
    for words in phrases:
        first = ctx.texts[i] == words[0] or words[0] in ctx.forms[i]
        if first and ctx.texts[i + 1 : i + len(words)] == words[1:] and (best is None or i + len(words) > best):
            best = i + len(words)
    return best


def _mission(ctx: Context, owner: str, end: int) -> str | None:
    """The owner's one mission in the state named right after the phrase, else in the state the article names
    most among those where it has one; none when two fit as well."""
    def of_owner(state: str) -> list[str]:
        return [x for x in ctx.kb.missions(state, ctx.on, ctx.year) if ctx.kb.entities[x].record.get("parent") == owner]

    if end + 1 < len(ctx.toks) and ctx.texts[end] in ctx.lex.w("inside_words"):
        named = ctx.starting_at(end + 1, ("state",))
        if named is not None:
            here = of_owner(named.entity)
            return here[0] if len(here) == 1 else None
    counts = Counter(_state_of(ctx, m) for m in ctx.ments)
    counts.pop(None, None)
    ranked = [(n, st) for st, n in counts.items() if len(of_owner(st)) == 1]
    ranked.sort(reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0][0] == ranked[1][0]):
        return None
    return of_owner(ranked[0][1])[0]


def _state_of(ctx: Context, m: Ment) -> str | None:
    """The state a mention names: itself, or the state of a capital ("Bamako") or of a place the base places."""
    if m.kind == "state":
        return m.entity
    if m.kind != "place":
        return None
    e = ctx.kb.get(m.entity)
    return ctx.kb.capital_of.get(m.entity) or (e.record.get("state") if e is not None else None)
