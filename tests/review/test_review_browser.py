"""Reviewing in a real browser (Debian's headless chromium on `streamlit run`): reject an edge, reload
and see it gone from the graph and the evidence, then bring it back with "show rejected"."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from playwright.sync_api import expect

from explorer.review import log
from explorer.store import open_store
from tests.app.test_browser import DRAWN, frame_until, graph_frame, settle, streamlit_server, wait_url
from tests.browser import OfflinePage, chromium_available, evidence_on_failure

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not chromium_available(), reason="Debian's /usr/bin/chromium or playwright is missing"),
]
SENTENCE = "Turkey condemned the Syrian government"


def graph_ids(page, timeout: float = 60) -> set[str]:
    """The actors the graph iframe shows once it has drawn the view its URL names (the dashboard's graph is
    a live page: a filter change sends the new view in the URL's fragment to the same document)."""
    frame = graph_frame(page, timeout=timeout)
    frame_until(frame, DRAWN, int(timeout * 1000))
    return set(frame.evaluate("() => window.diplograph.nodes.filter(n => !n.extra).map(n => n.id)"))


def eventually(check, page, timeout: float = 30) -> None:
    """`check()` holds within `timeout` seconds (a rerun may still be on its way to the iframe)."""
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "the graph never showed what was expected"
        page.wait_for_timeout(250)


def test_reject_reload_gone_then_show_rejected(browser, db, tmp_path):
    op = OfflinePage(browser, viewport=(1400, 1400))
    page = op.page
    page.set_default_timeout(60_000)
    try:
        with streamlit_server(db, tmp_path / "streamlit.log") as url, \
                evidence_on_failure(page, tmp_path / "failure", tmp_path / "streamlit.log"):
            page.goto(url + "/?reviewer=tester&lang=en")
            page.get_by_text("Review these relations").first.wait_for()
            eventually(lambda: "state:tur" in graph_ids(page), page)
            expect(page.locator("table").first).to_contain_text(SENTENCE)

            pick = page.get_by_label("Select relations for a bulk action")
            pick.click()
            pick.fill("Turkey")
            page.get_by_role("option", name="Turkey → Syria").first.click()
            page.keyboard.press("Escape")
            page.get_by_label("Note").fill("a condemnation, not opposition between the two")
            page.get_by_role("button", name="Reject selected").click()
            page.get_by_text("1 decision saved as tester").wait_for()
            settle(page)
            with open_store(db, readonly=True) as store:
                [d] = log.read_log(store)
            assert (d.action, d.reviewer) == ("reject", "tester")
            assert d.note == "a condemnation, not opposition between the two"

            page.reload()
            page.get_by_text("Review these relations").first.wait_for()
            settle(page)
            eventually(lambda: "state:tur" not in graph_ids(page), page)
            expect(page.locator("table").first).not_to_contain_text(SENTENCE)

            page.get_by_role("combobox", name="Review state").click()
            page.get_by_role("option", name="Show rejected too").click()
            wait_url(page, "reviewed=all")
            settle(page)
            eventually(lambda: "state:tur" in graph_ids(page), page)
            expect(page.locator("table").first).to_contain_text(SENTENCE)
            shots = Path(os.environ["DIPLOGRAPH_SCREENSHOTS"]) if os.environ.get("DIPLOGRAPH_SCREENSHOTS") else None
            if shots:
                page.get_by_role("button", name="Reject selected").scroll_into_view_if_needed()
                page.wait_for_timeout(1500)
                page.screenshot(path=shots / "review.png")

            # from the evidence to the article: full text, mentions marked, the rejected sentence struck
            page.get_by_role("button", name="Open a document").first.click()
            page.get_by_role("button", name="Lavrov and Kerry meet in Geneva").first.click()
            wait_url(page, "tab=document")
            settle(page)
            text = page.locator(".doc-text").first
            expect(text).to_contain_text("Later in the day Lavrov telephoned")
            assert text.locator("mark.mention").count() >= 6
            expect(text.locator(".rel.r").first).to_contain_text("Turkey")
            if shots:
                page.wait_for_timeout(1000)
                page.screenshot(path=shots / "document.png", full_page=True)
        assert op.blocked == [], op.blocked
    finally:
        op.close()
