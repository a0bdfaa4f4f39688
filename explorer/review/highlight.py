"""A document's full text as HTML with every mention and every relation sentence marked.

Offsets are character offsets into the stored text (as read), so the marks sit exactly on what the
extractor read; every piece of text is escaped. Arabic documents are laid out right to left.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from explorer import ontology


def document_html(text: str, *, lang: str, mentions: Iterable[tuple[int, int, str, str]] = (),
                  sentences: Iterable[tuple[int, int, str, str]] = ()) -> str:
    """`mentions`: (start, end, kind, label); `sentences`: (start, end, review state, label of the relations).

    The text is cut at every boundary; each piece is wrapped in the marks that cover it, so overlapping
    marks never produce broken HTML.

    >>> document_html("Kerry met Lavrov.", lang="en", mentions=[(0, 5, "person", "John Kerry")],
    ...               sentences=[(0, 17, "unreviewed", "meets")])[:60]
    '<div class="doc-text" dir="ltr" lang="en"><span class="rel u'
    """
    n = len(text)
    ments = sorted((max(0, s), min(n, e), k, lab) for s, e, k, lab in mentions if 0 <= s < e)
    sents = sorted((max(0, s), min(n, e), st, lab) for s, e, st, lab in sentences if 0 <= s < e)
    kept, last = [], -1
    for m in ments:  # overlapping mentions: the first (and longest at a start) wins
        if m[0] >= last:
            kept.append(m)
            last = m[1]
    cuts = sorted({0, n, *(x for m in kept for x in m[:2]), *(x for s in sents for x in s[:2])})
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        piece = html.escape(text[a:b]).replace("\n", "<br>")
        m = next((m for m in kept if m[0] <= a and b <= m[1]), None)
        if m:
            colour = ontology.kind_colour(m[2])
            piece = (f'<mark class="mention" style="background:{colour}33;border-bottom:2px solid {colour}" '
                     f'title="{html.escape(m[3])}">{piece}</mark>')
        covering = [s for s in sents if s[0] <= a and b <= s[1]]
        if covering:
            state = _state(s[2] for s in covering)
            title = html.escape("; ".join(dict.fromkeys(s[3] for s in covering)))
            piece = f'<span class="rel {state[0]}" title="{title}">{piece}</span>'
        out.append(piece)
    direction = "rtl" if lang == "ar" else "ltr"
    return f'<div class="doc-text" dir="{direction}" lang="{html.escape(lang or "")}">{"".join(out)}</div>'


def _state(states: Iterable[str]) -> str:
    """One state for a sentence holding several relations: rejected only if all are, confirmed if any is."""
    s = set(states)
    if s == {"rejected"}:
        return "rejected"
    return "confirmed" if "confirmed" in s else "unreviewed"


STYLE = """<style>
.doc-text{font-size:1.05rem;line-height:2;white-space:normal;max-height:34rem;overflow:auto;padding:.5rem 1rem;
  border:1px solid #ddd;border-radius:6px}
.doc-text .rel{text-decoration:underline 2px;text-underline-offset:5px}
.doc-text .rel.u{text-decoration-color:#e0a000}.doc-text .rel.c{text-decoration-color:#2a9d40}
.doc-text .rel.r{text-decoration-color:#c0392b;text-decoration-style:dashed}
.doc-text mark.mention{color:inherit;border-radius:3px;padding:0 1px}
</style>"""
