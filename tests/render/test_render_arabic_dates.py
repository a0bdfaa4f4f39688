"""Dates in an Arabic snapshot's evidence panel read as dates: 2016-07-15, never 15-07-2016.

After an Arabic word, digits joined by hyphens take the Arabic number order, so a date written straight into
the panel's Arabic text came out reversed (the link's date range and each evidence item's date)."""

from __future__ import annotations

import pytest

from explorer.render.snapshot import to_html

pytestmark = pytest.mark.browser

#: For each date element of the open panel: is the year drawn left of the day, as written? (the whole range
#: of a link's sub-line: its first date's year left of that date's day)
YEAR_LEFT_OF_DAY = """(sel) => [...document.querySelectorAll(sel)].flatMap(e => {
    const walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT); const out = [];
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      const m = /(\\d{4})-\\d\\d-(\\d\\d)/.exec(t.data); if (!m) continue;
      const r = document.createRange();
      r.setStart(t, m.index); r.setEnd(t, m.index + 4); const year = r.getBoundingClientRect();
      r.setStart(t, m.index + 8); r.setEnd(t, m.index + 10); const day = r.getBoundingClientRect();
      out.push([m[0], year.left < day.left]); }
    return out; })"""


def kerry_to_lavrov(offline_page, sample_view, corpus):
    """The Arabic snapshot of the sample view, its panel open on the link from Kerry to Lavrov."""
    page = offline_page.open_html(to_html(sample_view, title="عرض", corpus=corpus, lang="ar"), name="ar.html")
    page.wait_for_selector("html[data-state=ready]", timeout=20_000)
    i = page.evaluate("""() => window.diplograph.edges.findIndex(e =>
        window.diplograph.nodes[e.source].id === 'kerry' && window.diplograph.nodes[e.target].id === 'lavrov')""")
    page.evaluate("(i) => window.diplograph.showEdge(i)", i)
    return page


def test_dates_in_the_arabic_panel_read_year_first(offline_page, sample_view, corpus):
    page = kerry_to_lavrov(offline_page, sample_view, corpus)
    items = page.evaluate(YEAR_LEFT_OF_DAY, "#panel .cite .date")
    assert {d for d, _ in items} == {"2016-07-10", "2016-07-15"}
    assert all(ok for _, ok in items), items
    ranges = page.evaluate(YEAR_LEFT_OF_DAY, "#panel .sub")
    assert ranges and all(ok for _, ok in ranges), ranges
    assert offline_page.errors == []


def test_the_arabic_panel_arrow_points_from_source_to_target(offline_page, sample_view, corpus):
    """«جون كيري → سيرغي لافروف» in a right-to-left heading drew the arrow pointing back at Kerry."""
    page = kerry_to_lavrov(offline_page, sample_view, corpus)
    where = page.evaluate("""() => { const h = document.querySelector('#panel .edge h3');
        const [s, t] = h.querySelectorAll('span'); return {text: h.textContent,
        source: s.getBoundingClientRect().left, target: t.getBoundingClientRect().left}; }""")
    assert where["text"] == "جون كيري ← سيرغي لافروف"
    assert where["source"] > where["target"]  # the source on the right, the arrow pointing left at the target
