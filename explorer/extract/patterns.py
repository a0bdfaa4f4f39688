"""Sentence patterns that need no trigger verb: titles ("Russian Foreign Minister Lavrov"), possessive
leaders ("Haftar's LNA"), chairs («برئاسة …»), agreements between parties, membership lists and joining."""

from __future__ import annotations

from explorer import ontology
from explorer.extract.context import ACTOR_KINDS, Context, Ment, TitleNP
from explorer.extract.engine import Sentence
from explorer.extract.syntax import actor, coordinated_after, group_with_left


def roles(ctx: Context, possessive: list[tuple[Ment, Ment]], titles: list[TitleNP], emit) -> None:
    """Every title + name holds a role in the state or body its title names."""
    for person, body in possessive:
        emit(person, body, "holds_role_in", 0.75, "'s", "possessive-leader")
    for t in titles:
        if t.person is None or not t.of:
            continue
        of = t.of[0]
        if of.kind in ("state", "organization", "armed_group"):
            member = t.office in ontology.member_offices() and of.kind != "state"
            rtype = "member_of" if member else "holds_role_in"
            trig = " ".join(x.text for x in ctx.toks[t.ts : t.te])
            emit(t.person, of, rtype, ontology.base_confidence("holds_role_in"), trig, "title-apposition")


def chaired_by(ctx: Context, sent: Sentence, ments: list[Ment], emit) -> None:
    """«المجموعة الدولية لدعم سوريا برئاسة الولايات المتحدة وروسيا» / "co-chaired by X and Y"."""
    toks, chair = ctx.toks, ctx.lex.w("chair_words")
    for i in range(sent.ts, sent.te):
        w = toks[i].text
        by = i + 1 < sent.te and toks[i + 1].text == "by"
        co = w == "co" and i + 2 < sent.te and toks[i + 2].text == "chaired"
        if not (w in chair and (ctx.lang == "ar" or by) or co):
            continue
        near = (m for m in reversed(ments) if i - 3 <= m.te <= i and m.kind in ("organization", "armed_group"))
        body = next(near, None)
        if body is None:
            continue
        for m in coordinated_after(ctx, ments, i + (3 if co else 1), sent.te):
            if m.kind in ("state", "organization", "person"):
                emit(m, body, "member_of", 0.8, w, "chaired-by")


def agreement_between(ctx: Context, sent: Sentence, ments: list[Ment], emit) -> None:
    """ "an agreement between A and B" / «اتفاق الرياض بين الحكومة اليمنية والمجلس الانتقالي»: both are parties."""
    toks, between = ctx.toks, ctx.lex.w("between")
    for m in ments:
        k = m.te
        if m.kind != "agreement":
            continue
        if k < sent.te and toks[k].text in between:
            grp = coordinated_after(ctx, ments, k + 1, sent.te)
        else:  # the parties inside the agreement's long name
            k = next((x for x in range(m.ts, m.te) if toks[x].text in between), m.te)
            grp = [x for x in ments if k < x.ts < m.te and x is not m]
        if len(grp) >= 2:
            for a in grp:
                if a.kind in ACTOR_KINDS:
                    emit(a, m, "agrees_with", 0.75, toks[k].text, "agreement-between")


def members(ctx: Context, sent: Sentence, ments: list[Ment], emit) -> None:
    """ "X and Y are (permanent) members of Z" / «X، عضو Z» / «وهي عضو في حلف شمال الأطلسي»."""
    toks, nouns, joins = ctx.toks, ctx.lex.w("member_nouns"), ctx.lex.w("join_verbs")
    for i in range(sent.ts, sent.te):
        w = toks[i].text
        if w in joins or toks[i].forms[-1] in joins:
            joined(ctx, ments, i, emit)
            continue
        if w not in nouns:
            continue
        body = _member_body(ctx, sent, ments, i)
        left = [m for m in ments if body is not None and m.te <= min(i, body.ts) and actor(m) and m is not body]
        if not left:
            continue
        grp = group_with_left(ctx, ments, left[-1])
        if i > sent.ts and toks[i - 1].forms[-1] in ctx.lex.w("pronoun_subjects"):
            # «انضمت تركيا إلى …، وهي عضو في حلف شمال الأطلسي»: the sentence's subject
            first = next((m for m in ments if actor(m) and m.te <= i and m is not body), None)
            grp = [first] if first is not None else grp
        elif not (body.te <= i and i - body.te <= 2) and not _linked(ctx, grp[-1].te, i):
            continue  # "X, member of Y" / «X عضو Y»: the member is named right before
        for a in grp:
            emit(a, body, "member_of", 0.7, w, "member-list")


def _linked(ctx: Context, start: int, i: int) -> bool:
    """Only a comma, a copula or a qualifier between a member and «عضو»/"member": "X and Y are permanent members"."""
    links = ctx.lex.w("member_links")
    return i - start <= 3 and all(not t.is_word or t.text in links for t in ctx.toks[start:i])


def _member_body(ctx: Context, sent: Sentence, ments: list[Ment], i: int) -> Ment | None:
    toks = ctx.toks
    k = i + 1
    if k < sent.te and toks[k].text in ("of", "in"):
        k += 1
    while k < sent.te and toks[k].text == "the":
        k += 1
    body = next((m for m in ments if k <= m.ts <= k + 3 and m.kind in ("organization", "armed_group")), None)
    if body is None and ctx.lang != "ar":  # "permanent Security Council members"
        body = next((m for m in ments if i - 2 <= m.te <= i and m.kind == "organization"), None)
    return body


def joined(ctx: Context, ments: list[Ment], i: int, emit) -> None:
    """«انضمت تركيا إلى التحالف الدولي», "Sweden joined NATO": membership from the joining verb."""
    after = [m for m in ments if m.ts > i and actor(m)]
    before = [m for m in ments if m.te <= i and actor(m)]
    if ctx.lang == "ar" and after and after[0].np_start - i <= 1 and after[0].kind != "organization":
        who, rest = [after[0]], after[1:]
    elif before and i - before[-1].te <= 3:
        who, rest = group_with_left(ctx, ments, before[-1]), after
    else:
        return
    body = next((m for m in rest if m.kind in ("organization", "armed_group") and m.ts - i <= 6), None)
    if body is not None:
        for a in who:
            if a.entity != body.entity:
                emit(a, body, "member_of", 0.65, ctx.toks[i].text, "joined")


SENTENCE_PATTERNS = [chaired_by, agreement_between, members]
