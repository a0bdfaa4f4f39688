"""The snapshot's own search box takes Arabic names with their clitics, as the dashboard's search does."""

from __future__ import annotations

import pytest

from explorer.render.snapshot import to_html
from tests.render.test_render_explore import EDGES, view

pytestmark = pytest.mark.browser


def test_find_takes_the_article_contracted_with_li(offline_page):
    """«للأسد» ('for Assad'): ل + ال is written «لل», which the find box did not strip, so it found no one."""
    page = offline_page.open_html(to_html(view(EDGES), lang="ar"), name="snapshot.html")
    page.wait_for_selector("html[data-state=ready]", timeout=20_000)
    find = "(q) => { const i = window.diplograph.find(q); return i < 0 ? null : window.diplograph.nodes[i].id; }"
    assert page.evaluate(find, "للأسد") == "assad"
    assert page.evaluate(find, "وللأسد") == "assad"
    assert page.evaluate(find, "بالأسد") == "assad"
    assert page.evaluate(find, "لكيري") == "kerry"
