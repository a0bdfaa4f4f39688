"""The dashboard in a real browser: `streamlit run` on localhost, driven by Debian's headless chromium.

One walk through the page: the graph canvas is drawn, a search centres the view, the date range moves,
two periods are compared, the snapshot downloads and draws offline. Nothing may be fetched from
outside localhost. Skipped when /usr/bin/chromium (or playwright) is missing.

With DIPLOGRAPH_SCREENSHOTS=<folder> set, `test_screenshots` also saves a PNG of every tab, on a store
seeded with the bundled sample corpus (docs/screenshots/ holds the ones in the README).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import unquote

import pytest
from playwright.sync_api import expect

from tests.app.handmade import ROOT
from tests.browser import OfflinePage, chromium_available, evidence_on_failure

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not chromium_available(), reason="Debian's /usr/bin/chromium or playwright is missing"),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def streamlit_server(db: Path, log: Path):
    """`streamlit run explorer/app.py` on a free localhost port; yields its URL; stops it afterwards."""
    port = free_port()
    env = dict(os.environ, DIPLOGRAPH_DB=str(db), PYTHONPATH=str(ROOT))
    cmd = [sys.executable, "-m", "streamlit", "run", "explorer/app.py", "--server.headless", "true",
           "--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false"]
    with open(log, "wb") as out:
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("streamlit did not start:\n" + log.read_text(errors="replace"))
            time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


#: A graph iframe has drawn what its URL says: its page is drawn ("ready") and, in the dashboard's live page,
#: the view drawn is the one in the URL's fragment (not the one before it).
DRAWN = "() => document.documentElement.dataset.state === 'ready' && window.diplographDrawn === location.hash"


def frame_until(frame, predicate: str, timeout_ms: int = 30_000) -> None:
    """Wait until the JavaScript function `predicate` is true in the graph's frame. Not `frame.wait_for_function`:
    its polling turns a predicate given as text into code with eval, which the graph page's Content Security
    Policy forbids (it failed now and then); `evaluate` is not subject to the page's policy."""
    deadline = time.monotonic() + timeout_ms / 1000
    while True:
        try:
            if frame.evaluate(predicate):
                return
        except Exception:  # noqa: BLE001  (the document is being replaced: ask again)
            if time.monotonic() > deadline:
                raise
        if time.monotonic() > deadline:
            raise AssertionError(f"never true in the graph's frame: {predicate}")
        frame.page.wait_for_timeout(100)


def graph_frame(page, timeout: float = 30):
    """The iframe holding the snapshot (a data: URL, so it has its own opaque origin)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for f in page.frames:
            if f.url.startswith("data:text/html") and f.query_selector("#graph"):
                return f
        page.wait_for_timeout(200)
    raise AssertionError("no graph iframe")


def canvas_drawn(frame, timeout_ms: int = 30_000) -> int:
    """Wait until the vis-network canvas has coloured pixels; return how many."""
    frame.wait_for_selector("#graph canvas", timeout=timeout_ms)
    deadline = time.monotonic() + timeout_ms / 1000
    count = 0
    while time.monotonic() < deadline:
        count = frame.evaluate(
            """() => { const c = document.querySelector('#graph canvas');
                       const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;
                       for (let i = 0; i < d.length; i += 4) {
                         if (d[i + 3] > 0 && (d[i] < 200 || d[i + 2] < 200)) n++; }
                       return n; }"""
        )
        if count > 200:
            return count
        time.sleep(0.25)
    return count


def wait_url(page, text: str, timeout: float = 30) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if text in unquote(page.url):
            return unquote(page.url)
        page.wait_for_timeout(100)
    raise AssertionError(f"{text!r} never appeared in the URL {unquote(page.url)}")


def open_tab(page, name: str) -> None:
    page.get_by_role("tab", name=name).click()
    page.wait_for_function(
        "name => [...document.querySelectorAll('[role=tab]')].some(t => t.textContent.includes(name)"
        " && t.getAttribute('aria-selected') === 'true')", arg=name)


def settle(page) -> None:
    """Wait until Streamlit has finished the rerun (no running indicator)."""
    page.wait_for_timeout(300)
    page.wait_for_function("() => !document.querySelector('[data-testid=stStatusWidget]')", timeout=30_000)


def assert_isolated(frame, url: str) -> None:
    """The graph runs in an opaque origin of its own: it cannot reach the dashboard's page, cookies or storage;
    vis-network, fetched from this server by URL, runs inside it, not in the dashboard."""
    assert frame.url.startswith("data:text/html")
    assert frame.evaluate("() => self.origin") == "null"
    reach = """() => { const out = [];
        for (const f of [() => parent.document.title, () => top.location.href, () => document.cookie,
                         () => localStorage.length]) {
          try { f(); out.push('reached'); } catch (e) { out.push('blocked'); } }
        return out; }"""
    assert frame.evaluate(reach) == ["blocked"] * 4
    assert frame.evaluate("() => typeof vis.Network") == "function"
    assert frame.evaluate("() => [...document.scripts].map(s => s.src).filter(Boolean)") == [
        f"{url}/component/explorer.ui.data.vis_network/vis-network.min.js"]


def test_search_dates_compare_download(browser, app_env, tmp_path):
    op = OfflinePage(browser, viewport=(1400, 1000))
    page = op.page
    page.set_default_timeout(30_000)
    try:
        with streamlit_server(app_env, tmp_path / "streamlit.log") as url, \
                evidence_on_failure(page, tmp_path / "failure", tmp_path / "streamlit.log"):
            page.goto(url + "/?lang=en")
            page.get_by_label("Search actors and agreements").wait_for()
            frame = graph_frame(page)
            assert canvas_drawn(frame) > 200
            assert_isolated(frame, url)

            # search-first: a misspelt name finds the actor; choosing it centres the view
            box = page.get_by_label("Search actors and agreements")
            box.fill("Kery")
            box.press("Enter")
            page.get_by_role("button", name="John Kerry").first.click()
            wait_url(page, "actor=person:john-kerry")
            settle(page)
            assert canvas_drawn(graph_frame(page)) > 200
            # the same graph document drew the new view (only its URL's fragment changed), header included
            frame_until(frame, "() => document.documentElement.dataset.state === 'ready'"
                        " && window.diplographDrawn === location.hash"
                        " && document.querySelector('.filters').textContent.includes('John Kerry')")
            assert graph_frame(page) is frame

            # drag the start of the date range a third of the way (2015-12-18 .. 2017-01-10)
            track = page.locator("[data-testid=stSlider]").filter(has_text="Dates")
            start = track.get_by_role("slider").first
            box, bar = start.bounding_box(), track.bounding_box()
            y = box["y"] + box["height"] / 2
            page.mouse.move(box["x"] + box["width"] / 2, y)
            page.mouse.down()
            page.mouse.move(box["x"] + bar["width"] / 3, y, steps=8)
            page.mouse.up()
            moved = wait_url(page, "from=2016-")
            settle(page)
            expect(page.locator("table.dg")).not_to_contain_text("Munich")  # 2016-02-12: now outside the range

            # compare two periods: the default halves of the corpus
            open_tab(page, "Compare")
            page.get_by_text("Largest changes").wait_for()
            assert page.get_by_text("appeared").first.is_visible()
            compared = wait_url(page, "a=")
            assert "b=" in compared and "tab=compare" in compared
            page.locator("[data-testid=stVegaLiteChart]").first.wait_for()

            # download the snapshot of the view and open it offline
            open_tab(page, "Graph")
            settle(page)
            with page.expect_download() as dl:
                page.get_by_role("button", name="Download this view (HTML snapshot)").click()
            saved = tmp_path / "snapshot.html"
            dl.value.save_as(saved)
            html = saved.read_text(encoding="utf-8")
            assert "diplograph-data" in html and "person:john-kerry" in html
            assert "from" in moved and '"start":"2016-' in html.replace(" ", "")
            snap = OfflinePage(browser)
            try:
                snap.open_file(saved)
                assert canvas_drawn(snap.page.main_frame) > 200
                assert snap.blocked == [] and snap.errors == []
            finally:
                snap.close()
        assert op.blocked == [], op.blocked
        assert not [e for e in op.errors if "ResizeObserver" not in e], op.errors
    finally:
        op.close()


@pytest.mark.skipif(not os.environ.get("DIPLOGRAPH_SCREENSHOTS"), reason="set DIPLOGRAPH_SCREENSHOTS=<folder>")
def test_screenshots(browser, tmp_path):
    """A PNG of every tab on the sample corpus (first start seeds the store), for the README."""
    out = Path(os.environ["DIPLOGRAPH_SCREENSHOTS"])
    out.mkdir(parents=True, exist_ok=True)
    db = tmp_path / "samples.db"
    op = OfflinePage(browser, viewport=(1440, 1100))
    page = op.page
    page.set_default_timeout(120_000)
    try:
        with streamlit_server(db, tmp_path / "streamlit.log") as url, \
                evidence_on_failure(page, tmp_path / "failure", tmp_path / "streamlit.log"):
            page.goto(url + "/?actor=person:john-kerry&hops=2&lang=en")
            page.get_by_label("Search actors and agreements").wait_for()
            canvas_drawn(graph_frame(page, timeout=120))
            page.wait_for_timeout(1500)
            page.screenshot(path=out / "dashboard.png", full_page=True)  # the one the README shows
            for tab in ("Profile", "Timeline", "Compare", "Agreements", "Metrics", "Upload"):
                open_tab(page, tab)
                settle(page)
                if tab == "Upload":
                    note = tmp_path / "note.txt"
                    note.write_text("التقى وزير الخارجية الأميركي جون كيري نظيره الروسي سيرغي لافروف في جنيف.\n",
                                    encoding="utf-8")
                    bad = tmp_path / "broken.json"
                    bad.write_text("{not json", encoding="utf-8")
                    page.locator("input[type=file]").set_input_files([note, bad])
                    page.get_by_role("button", name="Ingest").click()
                    page.get_by_text("ingested from 2 files").wait_for()
                page.wait_for_timeout(1500)
                page.screenshot(path=out / f"{tab.lower()}.png", full_page=True)
            page.goto(url + "/?actor=person:sergei-lavrov&lang=en")
            canvas_drawn(graph_frame(page, timeout=120))
            page.wait_for_timeout(1500)
            page.screenshot(path=out / "graph-english.png", full_page=True)
        assert op.blocked == [], op.blocked
    finally:
        op.close()
        shutil.rmtree(tmp_path, ignore_errors=True)
