"""Agreements named by a common noun («الهدنة», "the deal"): the named agreement they refer to, or a
discovered one."""

from __future__ import annotations

import bisect
from collections import Counter

from explorer.extract.context import Context, Ment, stable_id
from explorer.text.tokens import Token


def find_generic_agreements(ctx: Context) -> None:
    """«الهدنة», "the ceasefire", "the deal": the named agreement of the document if there is one,
    else one discovered agreement per document and family."""
    named = sorted((m for m in ctx.ments if m.kind == "agreement"), key=lambda m: m.ts)
    fams: dict[int, str | None] = {}
    states = [m.entity for m in ctx.ments if m.kind == "state"]
    top_state = Counter(states).most_common(1)[0][0] if states else None
    nouns = _merge_adjacent(ctx.lex.agreement_nouns.find_all(ctx.toks), ctx.toks)
    for ts, te in nouns:
        if not ctx.free(ts, te):
            continue
        if _heads_named(ctx, te, None):
            continue  # «اتفاق الرياض» is matched whole by the gazetteer; "the Stockholm agreement" likewise
        words = " ".join(t.text for t in ctx.toks[ts:te])
        family = _family(words)
        if family is None:
            continue
        near = _nearest_agreement(ctx, named, family, ts, fams)
        if near is not None:
            eid = near.entity
        else:
            label = {
                "ceasefire": "Ceasefire",
                "memorandum": "Memorandum",
                "agreement": "Agreement",
                "declaration": "Declaration",
                "plan": "Plan",
                "proposal": "Proposal",
                "resolution": "Draft resolution",
            }[family]
            state = ctx.kb.get(top_state) if top_state else None
            when = ctx.on.strftime("%Y-%m") if ctx.on else (str(ctx.year) if ctx.year else "")
            name = f"{label} ({', '.join(x for x in (state.name if state else '', when) if x) or ctx.doc_id[:8]})"
            label_ar = _FAMILY_AR[family]
            where_ar = state.name_ar if state and state.name_ar else ""
            name_ar = f"{label_ar} ({'، '.join(x for x in (where_ar, when) if x) or ctx.doc_id[:8]})"
            eid = stable_id("agreement", name)
            ctx.entities.add(eid, name, "agreement", name_ar, [], known=False)
        ts = _extend_left(ctx, ts)
        s, e = ctx.orig(ts, te)
        new = ctx.add(Ment(s, e, ts, te, eid, "agreement", "generic", ctx.text[s:e]))
        bisect.insort_right(named, new, key=lambda m: m.ts)
    ctx.ments.sort_by_start()


def _compatible(ctx: Context, family: str, m: Ment, fams: dict[int, str | None]) -> bool:
    """A discovered agreement by its noun, a known one by its type; a numbered resolution is a resolution."""
    if id(m) not in fams:
        fams[id(m)] = "resolution" if m.role == "resolution" else _family_of_mention(ctx, m)
    fam = fams[id(m)]
    if family == "resolution" or fam == "resolution":
        return family == fam  # "the draft resolution" ... "the resolution"
    # "the proposal" that is approved becomes "the deal"
    return family == "agreement" or fam in (family, None) or {family, fam} <= {"agreement", "proposal"}


def _nearest_agreement(ctx: Context, named: list[Ment], family: str, ts: int, fams: dict) -> Ment | None:
    """The nearest compatible agreement mention, looking outward from `ts` (at most 5,000 tokens away)."""
    k = bisect.bisect_left(named, ts, key=lambda m: m.ts)
    left, right = k - 1, k
    while left >= 0 or right < len(named):
        dl = ts - named[left].ts if left >= 0 else 10**9
        dr = named[right].ts - ts if right < len(named) else 10**9
        if min(dl, dr) > 5000:
            return None
        if dl <= dr:
            if _compatible(ctx, family, named[left], fams):
                return named[left]
            left -= 1
        else:
            if _compatible(ctx, family, named[right], fams):
                return named[right]
            right += 1
    return None


_FAMILY_AR = {
    "ceasefire": "وقف إطلاق النار",
    "memorandum": "مذكرة تفاهم",
    "agreement": "اتفاق",
    "declaration": "إعلان",
    "plan": "خطة",
    "proposal": "مقترح",
    "resolution": "مشروع قرار",
}


def _merge_adjacent(found: list[tuple[int, int, object]], toks: list[Token]) -> list[tuple[int, int]]:
    """ "ceasefire agreement", "truce deal", "agreement on a framework": one mention."""
    out: list[list[int]] = []
    for ts, te, _p in found:
        if out:
            between = [t.text for t in toks[out[-1][1] : ts]]
            if not between or between in (["on", "a"], ["on", "the"], ["for", "a"], ["on"]):
                out[-1][1] = te
                continue
        out.append([ts, te])
    return [(a, b) for a, b in out]


def _family_of_mention(ctx: Context, m: Ment) -> str | None:
    if m.role == "generic" or ctx.kb.get(m.entity) is None:
        return _family(" ".join(t.text for t in ctx.toks[m.ts : m.te]))
    return _family_of_known(ctx, m.entity)


_EN_AGREEMENT_MODIFIERS = {
    "permanent",
    "nationwide",
    "unilateral",
    "humanitarian",
    "proposed",
    "indirect",
    "comprehensive",
    "historic",
    "new",
    "temporary",
    "partial",
    "full",
    "lasting",
    "fragile",
    "landmark",
    "interim",
    "final",
    "bilateral",
    "this",
    "that",
    "maritime",
    "border",
    "peace",
    "nuclear",
    "political",
    "military",
    "security",
    "hostage",
    "ceasefire",
    "demarcation",
    "prisoner",
    "trade",
    "framework",
    "broad",
    "tentative",
    "initial",
}


def _extend_left(ctx: Context, ts: int) -> int:
    """Take in the modifiers before an English agreement noun: "this truce", "two-month truce"."""
    if ctx.lang == "ar":
        return ts
    k = ts
    while k > 0 and ts - k < 4:
        w = ctx.toks[k - 1].text
        if not ctx.free(k - 1, k):
            break
        if w in _EN_AGREEMENT_MODIFIERS or w.endswith("wide"):
            k -= 1
            continue
        if w == "-" and k >= 2 and ctx.toks[k].text in ("day", "week", "month", "year"):
            k -= 2  # "two-month"
            continue
        break
    return k


def _heads_named(ctx: Context, te: int, next_noun_ts: int | None) -> bool:
    """True when the noun is directly followed by another agreement noun or a named agreement."""
    k = te
    while k < len(ctx.toks) and ctx.toks[k].text in ('"', "(", "-", ":"):
        k += 1
    if next_noun_ts is not None and next_noun_ts == k:
        return True
    return any(m.kind == "agreement" for m in ctx.ments.starting(k))


_FAMILIES = [
    (
        "ceasefire",
        (
            "هدنه",
            "اطلاق النار",
            "الاعمال القتاليه",
            "الاعمال العداييه",
            "تهديه",
            "truce",
            "ceasefire",
            "cease-fire",
            "cessation",
            "pause",
            "de-escalation",
        ),
    ),
    ("memorandum", ("مذكره", "memorandum", "protocol", "بروتوكول")),
    ("declaration", ("اعلان", "البيان الختامي", "declaration", "communique")),
    ("plan", ("خطه", "خارطه", "خريطه", "مبادره", "roadmap", "road map", "plan", "initiative")),
    ("agreement", ("اتفاق", "صفقه", "agreement", "accord", "deal", "framework")),
    ("resolution", ("مشروع", "draft", "resolution")),
    ("proposal", ("مقترح", "اقتراح", "جدول", "proposal")),
]


def _family(words: str) -> str | None:
    for fam, keys in _FAMILIES:
        if any(k in words for k in keys):
            return fam
    return None


def _family_of_known(ctx: Context, eid: str) -> str | None:
    e = ctx.kb.get(eid)
    if not e:
        return "agreement"
    t = (e.record.get("type") or "").lower()
    return {
        "ceasefire": "ceasefire",
        "truce": "ceasefire",
        "memorandum": "memorandum",
        "declaration": "declaration",
        "communique": "declaration",
        "plan": "plan",
    }.get(t, "agreement" if t in ("agreement", "treaty") else None)
