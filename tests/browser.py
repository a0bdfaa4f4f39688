"""Headless Debian chromium for tests, offline: every request that is not file:, data:, blob:, about: or to
localhost is aborted and recorded.

Use the pytest fixtures (import them into a conftest.py: `from tests.browser import browser, offline_page`)
or the context manager in scripts:

    with offline_browser() as b:
        page = OfflinePage(b)
        page.open_html("<p>hi</p>")
        assert page.blocked == []

Tests that use them are skipped cleanly when /usr/bin/chromium is missing. Never run `playwright install`:
the browser is Debian's, driven through playwright's Python package.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

CHROMIUM = Path(os.environ.get("DIPLOGRAPH_CHROMIUM", "/usr/bin/chromium"))
LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
LOCAL_SCHEMES = {"file", "data", "blob", "about"}
LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1", "[::1]"}


def chromium_available() -> bool:
    if not CHROMIUM.is_file():
        return False
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return False
    return True


def is_local(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in LOCAL_SCHEMES or (parts.hostname or "") in LOCAL_HOSTS


_SHARED: dict = {}  # one playwright and one chromium per process: sync playwright cannot run twice at once


@contextlib.contextmanager
def offline_browser() -> Iterator:
    """A playwright Browser on Debian's chromium with the project's flags (pytest.skip if unavailable).

    Re-entrant: nested uses (two conftests' session fixtures, say) share one browser, closed by the last.
    """
    if not chromium_available():
        pytest.skip(f"{CHROMIUM} (or playwright) is not installed")
    if not _SHARED:
        from playwright.sync_api import sync_playwright

        manager = sync_playwright()
        pw = manager.__enter__()
        try:
            browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS, headless=True)
        except BaseException:
            manager.__exit__(None, None, None)
            raise
        _SHARED.update(manager=manager, browser=browser, users=0)
    _SHARED["users"] += 1
    try:
        yield _SHARED["browser"]
    finally:
        _SHARED["users"] -= 1
        if _SHARED["users"] == 0:
            shared = dict(_SHARED)
            _SHARED.clear()
            try:
                shared["browser"].close()
            finally:
                shared["manager"].__exit__(None, None, None)


class OfflinePage:
    """A fresh browser context and page with the network cut off and everything odd recorded.

    blocked: URLs of requests that were aborted (anything not local);
    requests: every URL the page asked for; dialogs: alert/confirm/prompt messages (then dismissed);
    console: (type, text) of console messages; errors: uncaught page errors.
    """

    def __init__(self, browser, *, viewport: tuple[int, int] = (1280, 900)) -> None:
        self.context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]})
        self.blocked: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.console: list[tuple[str, str]] = []
        self.errors: list[str] = []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", self._dialog)
        self.page.on("console", lambda m: self.console.append((m.type, m.text)))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self._files: list[Path] = []

    def _route(self, route) -> None:
        url = route.request.url
        if is_local(url):
            route.continue_()
        else:
            self.blocked.append(url)
            route.abort("internetdisconnected")

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        with contextlib.suppress(Exception):  # the page may be gone already
            dialog.dismiss()

    def open_html(self, html: str, *, name: str = "page.html", wait_until: str = "load"):
        """Write `html` to a temporary file and open it through file:// (the way a user opens a snapshot)."""
        fd, tmp = tempfile.mkstemp(suffix="-" + name)
        with os.fdopen(fd, "wb") as f:
            f.write(html.encode("utf-8"))
        self._files.append(Path(tmp))
        return self.open_file(Path(tmp), wait_until=wait_until)

    def open_file(self, path: Path, *, wait_until: str = "load"):
        self.page.goto(Path(path).resolve().as_uri(), wait_until=wait_until)
        return self.page

    def csp_violations(self) -> list[str]:
        return [text for _, text in self.console if "Content Security Policy" in text]

    def close(self) -> None:
        self.context.close()
        for f in self._files:
            f.unlink(missing_ok=True)


@pytest.fixture(scope="session")
def browser():
    """One chromium for the test session (skips when Debian's chromium is not installed)."""
    with offline_browser() as b:
        yield b


@pytest.fixture
def offline_page(browser) -> Iterator[OfflinePage]:
    """A fresh offline page per test; its `blocked` list must usually end up empty."""
    page = OfflinePage(browser)
    try:
        yield page
    finally:
        page.close()


@contextlib.contextmanager
def evidence_on_failure(page, folder: Path, log: Path | None = None) -> Iterator[None]:
    """When the block fails, keep what the user saw: a screenshot and the page's text in `folder`, and the
    end of the page's text and of the server log in the error, so a failure in CI can be read afterwards."""
    try:
        yield
    except Exception as err:
        folder.mkdir(parents=True, exist_ok=True)
        text = ""
        with contextlib.suppress(Exception):
            page.screenshot(path=folder / "failure.png", full_page=True)
        with contextlib.suppress(Exception):
            text = page.inner_text("body")
            (folder / "failure.txt").write_text(text, encoding="utf-8")
        tail = log.read_text(errors="replace")[-1500:] if log is not None and log.exists() else ""
        raise AssertionError(f"{err}\n--- page URL: {page.url}\n--- page text (end):\n{text[-2500:]}"
                             f"\n--- server log (end):\n{tail}\n--- screenshot: {folder / 'failure.png'}") from err
