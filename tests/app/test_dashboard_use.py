"""The dashboard as a researcher reads it, in a real browser: what the page shows in Arabic and in English.

One server per test module (starting Streamlit costs seconds on CI's two cores); each test opens its own page.
Skipped when /usr/bin/chromium (or playwright) is missing.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.app.test_browser import settle, streamlit_server
from tests.browser import OfflinePage, chromium_available, evidence_on_failure

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not chromium_available(), reason="Debian's /usr/bin/chromium or playwright is missing"),
]


@pytest.fixture(scope="module")
def server(store_file, tmp_path_factory):
    """The dashboard on a private copy of the hand-made store; yields (URL, server log)."""
    import shutil

    folder = tmp_path_factory.mktemp("dash")
    db = folder / "view.db"
    shutil.copy(store_file, db)
    log = folder / "streamlit.log"
    with streamlit_server(db, log) as url:
        yield url, log


def open_page(browser, server, query: str, tmp_path):
    url, log = server
    op = OfflinePage(browser, viewport=(1300, 900))
    op.page.set_default_timeout(30_000)
    op.page.goto(f"{url}/?{query}")
    op.page.locator("[data-testid=stSidebar] input[type=text]").first.wait_for()
    settle(op.page)
    return op, evidence_on_failure(op.page, tmp_path / "failure", log)


def test_arabic_page_reads_right_to_left_and_every_picker_says_what_it_holds(browser, server, tmp_path):
    """In Arabic the header that counts the corpus starts with a number («9 وثائق …»): in a left-to-right
    paragraph that number and the view's counts came out in the wrong order. The year picker, holding the
    whole corpus (no year), said "Choose an option" (in English) instead of «المدوّنة كلها»."""
    op, failing = open_page(browser, server, "lang=ar", tmp_path)
    page = op.page
    try:
        with failing:
            header = page.locator("[data-testid=stMain] [data-testid=stCaptionContainer]").first
            expect(header).to_have_css("direction", "rtl")
            label = page.locator("[data-testid=stSidebar] [data-testid=stWidgetLabel]").filter(has_text="السنة")
            expect(label.first).to_have_css("direction", "rtl")
            year = page.get_by_role("combobox", name="السنة")
            expect(year).to_have_attribute("placeholder", "المدوّنة كلها")
            expect(year).to_have_value("")
        assert op.errors == [] or all("ResizeObserver" in e for e in op.errors), op.errors
    finally:
        op.close()


def test_english_page_stays_left_to_right(browser, server, tmp_path):
    op, failing = open_page(browser, server, "lang=en", tmp_path)
    page = op.page
    try:
        with failing:
            expect(page.get_by_role("combobox", name="Year")).to_have_attribute("placeholder", "whole corpus")
            header = page.locator("[data-testid=stMain] [data-testid=stCaptionContainer]").first
            expect(header).to_have_css("direction", "ltr")
    finally:
        op.close()
