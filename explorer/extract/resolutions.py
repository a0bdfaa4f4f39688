"""Numbered UN resolutions, known or not, and the Security Council they name."""

from __future__ import annotations

import re
from collections.abc import Iterator

from explorer.extract.context import Context, Ment

_RES_AR = re.compile(
    r"(?<![\u0621-\u064A])(?:و|ف|ب|ل|وب|ول|لل|با|ال|بال|وال|لال)?(قرار|القرار|لقرار)"
    r"(?: (?:مجلس الامن|الامم المتحده|الاممي|الدولي|الامن))*"
    r"(?: الدولي)?(?: (?:رقم|المرقم))? ?\(?(\d{2,4})\b"
)


_RES_EN = re.compile(r"\bresolutions? (?:no\.? |number )?(\d{2,4})\b")
# Every match holds the word at most `back` characters after its start («وبالقرار»: 5; "resolution": 0).
_WORD = {"ar": (_RES_AR, "قرار", 5), "en": (_RES_EN, "resolution", 0)}


def _matches(text: str, lang: str) -> Iterator[re.Match[str]]:
    """What `pattern.finditer(text)` finds, tried only just before each «قرار» / "resolution": the pattern
    opens with optional clitics, so the regex engine would otherwise try it at every character (a
    fortieth of an article's extraction)."""
    pat, word, back = _WORD["ar" if lang == "ar" else "en"]
    done = 0  # end of the last match: matches do not overlap
    k = text.find(word)
    while k >= 0:
        for p in range(max(k - back, done), k + 1):
            m = pat.match(text, p)
            if m:
                yield m
                done = m.end()
                break
        k = text.find(word, max(k + 1, done))


def find_councils_in_resolutions(ctx: Context) -> None:
    """«قرار مجلس الأمن 2254», "Security Council resolution 2254" name the Security Council too: keep it as an
    entity of the document (in English the council's name stands before "resolution", outside its mention)."""
    if "org:unsc" not in ctx.kb.entities:
        return
    for m in list(ctx.ments):
        if m.kind != "agreement":
            continue
        ns, ne = ctx.toks[m.ts].start, ctx.toks[m.te - 1].end
        if ctx.lang != "ar" and m.entity.startswith("agr:unscr-") and m.ts >= 2 and not ctx.ments.ending(m.ts):
            ns = ctx.toks[m.ts - 2].start  # ("Security Council resolution 2254": the two words before it)
        for key in ("مجلس الامن", "security council"):
            k = ctx.norm.text.find(key, ns, ne)
            if k >= 0:
                ts, te = ctx.token_at(k), ctx.token_at(k + len(key) - 1) + 1
                s, e = ctx.norm.span(k, k + len(key))
                ctx.register("org:unsc")
                ctx.ments.append(Ment(s, e, ts, te, "org:unsc", "organization", "name", ctx.text[s:e], in_np=True))
    ctx.ments.sort_by_start()


def find_resolutions(ctx: Context) -> None:
    """Numbered UN resolutions, known or not: «القرار رقم 2401», "resolution 2401"."""
    for m in _matches(ctx.norm.text, ctx.lang):
        num = m.group(m.lastindex)
        ts, te = ctx.token_at(m.start()), ctx.token_at(m.end() - 1) + 1
        core = m.start(1) if ctx.lang == "ar" else m.start()
        if not ctx.free(ts, te):
            # A gazetteer hit inside («قرار مجلس الأمن» → the Council) stays an entity of the document,
            # but the resolution phrase is what relations see.
            for k in range(ts, te):
                for x in ctx.ments.starting(k):
                    if x.te <= te:
                        x.in_np = True
            for k in range(ts + 1, te + 40):  # a mention that starts before the phrase and runs into it goes
                for x in [x for x in ctx.ments.ending(k) if x.ts < ts and not x.in_np]:
                    ctx.ments.remove(x)
            ctx.covered[ts:te] = b"\x00" * (te - ts)
        eid = f"agr:unscr-{num}"
        known = ctx.kb.get(eid)
        if known:
            ctx.register(eid)
        else:
            ctx.entities.add(
                eid,
                f"UN Security Council Resolution {num}",
                "agreement",
                f"قرار مجلس الأمن {num}",
                [f"Resolution {num}", f"القرار {num}"],
                known=False,
            )
        s, e = ctx.norm.span(core, m.end())
        ctx.add(Ment(s, e, ts, te, eid, "agreement", "resolution", ctx.text[s:e]))
    ctx.ments.sort_by_start()
