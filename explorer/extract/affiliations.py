"""Affiliation without a title: "Yasir Arman of the SPLM-N told the conference …", "Hassan Aboud of Ahrar al-Sham":
a person named with "of" and the body he belongs to. The text states that he belongs to it (member_of); when the
knowledge base gives him the body's leading office on the article's date, he holds a role in it."""

from __future__ import annotations

from explorer.extract.context import Context, Ment
from explorer.extract.engine import Sentence

_BODIES = ("organization", "armed_group")
_LEADING = frozenset({"head", "leader", "president", "commander", "secretary_general", "chief_of_staff"})


def person_of_body(ctx: Context, sent: Sentence, ments: list[Ment], emit) -> None:
    """English "X of (the) BODY" right after a name that no title introduced ("Prime Minister X of the GNU" is
    the title's), not after "of" itself ("the killing of X of Hamas" still names his group)."""
    if ctx.lang == "ar":
        return
    toks, n = ctx.toks, len(ctx.toks)
    for m in ments:
        k = m.te
        if m.kind != "person" or m.np_start < m.ts or k + 1 >= min(n, sent.te) or toks[k].text != "of":
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


def led_by_relative(ctx: Context, sent: Sentence, ments: list[Ment], emit) -> None:
    """Arabic «قوات الدعم السريع التي يقودها محمد حمدان دقلو», «حزب المؤتمر الذي يتزعمه الرئيس السابق»: a body,
    a relative pronoun, a verb of leading with the body's pronoun, and the person who leads it."""
    verbs = ctx.lex.w("leading_verbs")
    if not verbs or verbs.isdisjoint(ctx.texts[sent.ts : sent.te]):
        return
    for i in range(sent.ts + 2, sent.te - 1):
        if ctx.texts[i] not in verbs or ctx.texts[i - 1] not in ctx.lex.w("relative_who"):
            continue
        body = next((m for m in ments if m.te == i - 1 and m.kind in _BODIES), None)
        person = next((m for m in ments if m.np_start == i + 1 and m.kind == "person"), None)
        if body is not None and person is not None:
            emit(person, body, "holds_role_in", 0.75, ctx.texts[i], "led-by-relative")


AFFILIATION_PATTERNS = [person_of_body, led_by_relative]
