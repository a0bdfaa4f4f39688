"""Knowledge-base names in the text (the gazetteer), and capitals that stand for their state."""

from __future__ import annotations

from bisect import bisect_right

from explorer.extract import gazetteer
from explorer.extract.context import Context, Ment


def find_gazetteer(ctx: Context) -> None:
    outer = -1  # end of the last agreement name: parties inside it are part of its phrase
    starts, entities = ctx.tok_starts, ctx.kb.entities
    for h in gazetteer.find(ctx.norm, ctx.text, ctx.kb):
        ts = max(0, bisect_right(starts, h.nstart) - 1)  # ctx.token_at, without a call per name
        te = max(0, bisect_right(starts, h.nend - 1) - 1) + 1
        s = h.surfaces[0]
        eid, role = s.entity_id, s.role
        e = entities[eid]
        ctx.register(eid)
        m = ctx.add(Ment(h.start, h.end, ts, te, eid, e.kind, role, ctx.text[h.start : h.end]))
        m.media = bool(e.record.get("media"))
        m.in_np = ts < outer
        if e.kind == "agreement":
            outer = max(outer, te)
    _diacritic_homographs(ctx)
    resolve_capitals(ctx)


# Names that normalization makes one word, told apart by the diacritics the writer kept: «عمّان» is Amman
# (the shadda), «عُمان» is Oman (the damma). Without diacritics the gazetteer's reading stands.
_HOMOGRAPHS = {"\u0651": ("place:capital-jor", "place", "capital"), "\u064f": ("state:omn", "state", "name")}


def _diacritic_homographs(ctx: Context) -> None:
    changed = False
    for m in ctx.ments:
        if m.entity not in ("state:omn", "place:capital-jor"):
            continue
        mark = next((c for c in _HOMOGRAPHS if c in ctx.text[m.start : m.end]), None)
        if mark is None or _HOMOGRAPHS[mark][0] == m.entity or _HOMOGRAPHS[mark][0] not in ctx.kb.entities:
            continue
        m.entity, m.kind, m.role = _HOMOGRAPHS[mark]
        ctx.register(m.entity)
        changed = True
    if changed:
        ctx.ments.reindex()


def resolve_capitals(ctx: Context) -> None:
    """A capital is the state when it acts («أعلنت موسكو», "Washington and Moscow agreed", "Moscow's
    position") and a place otherwise («زيارته لموسكو», "talks in Geneva", a dateline)."""
    toks, lex = ctx.toks, ctx.lex
    caps = [m for m in ctx.ments if m.role == "capital"]
    changed = False
    for m in caps:
        state = ctx.kb.capital_of.get(m.entity)
        if state is None:
            continue
        prev = toks[m.ts - 1] if m.ts > 0 else None
        nxt = toks[m.te] if m.te < len(toks) else None
        located = prev is not None and (
            prev.text in lex.location_prepositions or any(f in lex.location_prepositions for f in prev.forms[:1])
        )
        if ctx.lang == "ar" and toks[m.ts].text[:1] in "بل" and len(toks[m.ts].forms) > 1:
            located = True  # بموسكو، لموسكو
        dateline = m.ts == 0 and (m.text.isupper() or (nxt is not None and nxt.text in ("(", "-", ",", ":", '"')))
        if located or dateline or (prev is not None and prev.text in ("العاصمه",)):
            continue
        acting = _coordinated_with_state(ctx, m) or _acts(ctx, m, prev, nxt)
        if acting:
            m.entity, m.kind = state, "state"
            ctx.register(state)
            changed = True
    if changed:
        ctx.ments.reindex()  # capitals that act became their states


def _coordinated_with_state(ctx: Context, m: Ment) -> bool:
    """ "Washington and Moscow", «موسكو وأنقرة»: a capital next to a state or capital by "and"."""
    toks = ctx.toks
    near = [x for k in range(m.ts - 2, m.te + 3) for x in ctx.ments.ending(k)]
    for other in near:
        if other is m or other.kind not in ("state",) and other.role != "capital":
            continue
        if other.ts > m.te + 1 or other.te < m.ts - 1:
            continue  # only a neighbour can be coordinated with it
        between = [t.text for t in toks[min(m.te, other.te) : max(m.ts, other.ts)]]
        glued = ctx.lang == "ar" and other.ts == m.te and toks[other.ts].text.startswith("و")
        glued = glued or (ctx.lang == "ar" and m.ts == other.te and toks[m.ts].text.startswith("و"))
        if glued or between in (["and"], ["و"]):
            return True
    return False


def _acts(ctx: Context, m: Ment, prev, nxt) -> bool:
    """ "Moscow's position", "Moscow said", «أعلنت موسكو»: the capital is the subject or owner."""
    toks, lex = ctx.toks, ctx.lex
    acting = nxt is not None and nxt.text in ("'s", "'")
    if nxt is not None and nxt.is_word:
        hit = lex.triggers.match_at(toks, m.te)
        if hit and not hit[0].nominal:
            acting = True
        if ctx.lang != "ar" and nxt.text in ("has", "have", "is", "was", "will", "would", "had", "says", "said"):
            acting = True
    if ctx.lang == "ar" and prev is not None and prev.is_word:
        hit = lex.triggers.match_at(toks, m.ts - 1)
        if hit and not hit[0].nominal and hit[1] == m.ts:
            acting = True  # «أعلنت موسكو»
    return acting or _stance_object(ctx, m)


_STANCE_OBJECT_TYPES = frozenset({"opposes"})


def _stance_object(ctx: Context, m: Ment) -> bool:
    """ "Tehran accused Washington of …", "Ankara condemned Moscow": the object of a stance verb is the state
    too (not of a verb of place: "visited Moscow", "struck Kyiv" stay the city)."""
    if ctx.lang == "ar":
        return False
    toks = ctx.toks
    for k in range(m.ts - 1, max(m.ts - 4, -1), -1):
        if not toks[k].is_word:
            return False
        hit = ctx.lex.triggers.match_at(toks, k)
        if hit and hit[1] == m.ts:
            return not hit[0].nominal and hit[0].label in _STANCE_OBJECT_TYPES
    return False
