"""Affiliation without a title: "Yasir Arman of the SPLM-N told the conference …", "Hassan Aboud of Ahrar al-Sham":
a person named with "of" and the body he belongs to. The text states that he belongs to it (member_of); when the
knowledge base gives him the body's leading office on the article's date, he holds a role in it."""

from __future__ import annotations

import bisect

from explorer.extract.context import Context, Ment
from explorer.extract.engine import Sentence, cued, mentioning
from explorer.extract.syntax import part_of_before

_BODIES = ("organization", "armed_group")
_LEADING = frozenset({"head", "leader", "president", "commander", "secretary_general", "chief_of_staff"})


@mentioning("person")
def person_of_body(ctx: Context, sent: Sentence, ments: list[Ment], emit) -> None:
    """English "X of (the) BODY" right after a name that no title introduced ("Prime Minister X of the GNU" is
    the title's), not after "of" itself ("the killing of X of Hamas" still names his group)."""
    toks, n = ctx.toks, len(ctx.toks)
    for m in ments:
        k = m.te
        if m.kind == "person" and k + 2 < min(n, sent.te) and toks[k].text == "(":
            _bracketed_body(ctx, ments, m, emit)  # "Yasir Arman (SPLM-N)", «صالح العاروري (حماس)»
        if ctx.lang == "ar" or m.kind != "person" or m.np_start < m.ts or k + 1 >= min(n, sent.te):
            continue
        if toks[k].text != "of":
            continue
        if any(t.person is m for t in ctx.titles):
            continue  # "Foreign Minister X of Azerbaijan": the title's own owner
        k += 1 + (toks[k + 1].text == "the")
        body = next((b for b in ments if b.ts == k and b.kind in _BODIES and b.role != "resolution"), None)
        if body is None:
            continue
        roles = ctx.kb.roles_of(m.entity, ctx.on)
        leads = any(r.of == body.entity and r.office in _LEADING for r in roles)
        emit(m, body, "holds_role_in" if leads else "member_of", 0.65, "of", "person-of-body")


def _bracketed_body(ctx: Context, ments: list[Ment], m: Ment, emit) -> None:
    """A name followed by a body alone in brackets, as lists of delegates name their sides: a member of it."""
    body = next((b for b in ments if b.ts == m.te + 1 and b.kind in _BODIES), None)
    if body is not None and body.te < len(ctx.toks) and ctx.toks[body.te].text == ")":
        emit(m, body, "member_of", 0.6, "(", "bracketed-body")


@cued(lambda ctx: [(ctx.lex.w("leading_verbs"), False)])
def led_by_relative(ctx: Context, sent: Sentence, ments: list[Ment], emit) -> None:
    """Arabic «قوات الدعم السريع التي يقودها محمد حمدان دقلو», «حزب المؤتمر الذي يتزعمه الرئيس السابق»: a body,
    a relative pronoun, a verb of leading with the body's pronoun, and the person who leads it."""
    verbs = ctx.lex.w("leading_verbs")
    if not verbs or verbs.isdisjoint(ctx.texts[sent.ts : sent.te]):
        return
    for i in range(sent.ts + 2, sent.te - 1):
        if ctx.texts[i] not in verbs:
            continue
        relative = ctx.texts[i - 1] in ctx.lex.w("relative_who")
        k = i - relative  # «قوات الدعم السريع»، التي …: a closing quote and a comma may stand before the pronoun
        while relative and k > sent.ts and ctx.texts[k - 1] in ('"', "،", ",", "»"):
            k -= 1
        body = next((m for m in ments if m.te == k and m.kind in _BODIES), None)
        person = next((m for m in ments if i + 1 <= m.np_start <= i + 3 and m.kind == "person"), None)
        part = body is not None and part_of_before(ctx, body)  # «وفصيل من حزب الأمة يقوده X»: leads a faction of it
        if body is not None and person is not None and (relative or part):  # (a rank: «الفريق أول محمد حمدان دقلو»)
            emit(person, body, "member_of" if part else "holds_role_in", 0.75, ctx.texts[i], "led-by-relative")


_SUFFIXES = ("هما", "هم", "ها", "ه")


def _unsuffixed(ctx: Context, k: int) -> str | None:
    """An Arabic word without its possessive pronoun («قائدها» → «قايد», «خارجيتها» → «خارجيه»); None when the
    word as written ends in no pronoun («رئيسة» is a noun, not «رئيس» + «ه»)."""
    w = ctx.texts[k]
    if w[:1] in ("و", "ف") and len(ctx.toks[k].forms) > 1:
        w = ctx.toks[k].forms[-1]  # «وقائدها»
    for suf in _SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            s, e = ctx.orig(k, k + 1)
            if ctx.text[s:e].endswith("ة") or ctx.text[s:e].endswith("ى"):
                return None
            stem = w[: -len(suf)]
            return stem[:-1] + "ه" if stem.endswith("ت") else stem
    return None


def pronoun_owner_titles(ctx: Context, sent: Sentence, ments: list[Ment], emit) -> None:
    """Arabic titles whose owner is a pronoun for the body or state named before: «وقالت قوات الدعم السريع إن
    قائدها محمد حمدان دقلو …», «حماس على لسان المتحدث باسمها X», «رئيس مكتبها السياسي X», «وزير خارجيتها X»."""
    if ctx.lang != "ar":
        return
    at = ctx.memo.get("pronoun-titles")
    if at is None:
        at = ctx.memo["pronoun-titles"] = _pronoun_title_positions(ctx)
    members = ctx.lex.w("pronoun_member_stems")
    for k in at[bisect.bisect_left(at, sent.ts + 1) : bisect.bisect_left(at, sent.te - 1)]:
        stem = _unsuffixed(ctx, k) if not ctx.covered[k] else None
        if stem is None:
            continue
        spokes = stem in ("باسم", "اسم") and ctx.texts[k - 1] in ctx.lex.w("spokesman_words")
        organ = stem in ctx.lex.w("pronoun_organ_stems") and ctx.lex.titles.match_at(ctx.toks, k - 1) is not None
        if not (stem in ctx.lex.w("pronoun_title_stems") or spokes or organ):
            continue
        j = k + 1
        while j < sent.te and j - k <= 2 and ctx.texts[j].startswith("ال") and not ctx.covered[j]:
            j += 1  # «رئيس مكتبها السياسي», «المتحدث باسمها الرسمي»
        person = next((m for m in ments if m.np_start <= j <= m.ts and m.ts - j <= 1 and m.kind == "person"), None)
        person = person or _named_before(ctx, ments, k)
        owner = _antecedent(ctx, ments, k - 1 if (spokes or organ) else k)
        owner = _subject_body(ctx, sent, ments, owner) if spokes else owner
        if person is None or owner is None:
            continue
        member = (spokes or stem in members or organ and ctx.lasts[k - 1] in members) and owner.kind != "state"
        emit(person, owner, "member_of" if member else "holds_role_in", 0.7, ctx.texts[k], "pronoun-owner")


def _subject_body(ctx: Context, sent: Sentence, ments: list[Ment], owner: Ment | None) -> Ment | None:
    """«ودانت حركة حماس مشاركة السلطة في الاجتماع، ووصفه المتحدث باسمها X»: a spokesman speaks for the body the
    sentence opens with (its verb and that body first), not for one the body's verb acts on after it."""
    if owner is None:
        return None
    first = next((m for m in ments if m.kind in ("organization", "armed_group", "state")), None)
    if first is None or first is owner or first.ts <= sent.ts:
        return owner
    heads = ctx.lex.organization_heads  # «ودانت حركة «حماس»»: the body's head noun and quotes before its name
    if not all(ctx.texts[x] == '"' or not heads.isdisjoint(ctx.toks[x].forms) for x in range(sent.ts + 1, first.ts)):
        return owner
    return first if ctx.trigger_hits[1].get(sent.ts) is not None or ctx.texts[sent.ts].startswith("و") else owner


def _named_before(ctx: Context, ments: list[Ment], k: int) -> Ment | None:
    """«عبد الرحيم دقلو، نائب قائدها»: the name right before the title (and its comma), when none follows it."""
    start = k - 1 if _title_word(ctx, k - 1) else k  # «نائب قائدها», «عضو مكتبها»
    start -= ctx.texts[start - 1] in (",", "،")
    return next((m for m in ments if m.te == start and m.kind == "person"), None)


def heads_own_body(ctx: Context, person: Ment, end: int) -> bool:
    """«X، نائب قائدها», «X، رئيس وفدها»: a leading title with the body's pronoun right after the name (its comma
    and one title word between): he holds a role in the body, more than being one of its members."""
    k = person.te + (person.te < end and ctx.texts[person.te] in (",", "،"))
    heads = ctx.lex.w("pronoun_title_stems") - ctx.lex.w("pronoun_member_stems")
    for j in range(k, min(k + 2, end)):
        if _unsuffixed(ctx, j) in heads and (j == k or _title_word(ctx, k)):
            return True
    return False


def _title_word(ctx: Context, k: int) -> bool:
    """A title, or a word that makes one of the next («نائب», «مساعد»), at token k."""
    return ctx.texts[k] in ctx.lex.w("deputy_words") or ctx.lex.titles.match_at(ctx.toks, k) is not None


_WORDS: dict[frozenset, dict[str, str]] = {}


def _pronoun_words(stems: frozenset[str]) -> dict[str, str]:
    """Every written form of the stems with a possessive pronoun (and «و»/«ف» before): word → stem, made once
    per stem list («قايدها», «وقايدها», «خارجيتها»)."""
    got = _WORDS.get(stems)
    if got is None:
        got = _WORDS[stems] = {}
        for stem in stems:
            base = stem[:-1] + "ت" if stem.endswith("ه") else stem
            for suf in _SUFFIXES:
                for pre in ("", "و", "ف"):
                    got[pre + base + suf] = stem
    return got


def _pronoun_title_positions(ctx: Context) -> list[int]:
    """The document's positions of words that may be a title with a pronoun: the written forms of the stems met
    in the document's word index (a set intersection), not a test of every word."""
    stems = ctx.lex.w("pronoun_title_stems") | ctx.lex.w("pronoun_organ_stems") | {"باسم", "اسم"}
    words = _pronoun_words(stems)
    out = [k for text in ctx.by_text.keys() & words.keys() for k in ctx.by_text[text]]
    out.sort()
    return out


def _antecedent(ctx: Context, ments: list[Ment], k: int) -> Ment | None:
    """The state or body named last before token k: in the sentence, else in the sentence before (40 tokens)."""
    kinds = ("state", "organization", "armed_group")
    here = [m for m in ments if m.te <= k and m.kind in kinds and not m.located]
    if here:
        return here[-1]
    before = [m for m in ctx.ments.ending_within(max(0, k - 40), k) if m.kind in kinds and not m.located]
    return before[-1] if before else None


AFFILIATION_PATTERNS = [person_of_body, led_by_relative, pronoun_owner_titles]
