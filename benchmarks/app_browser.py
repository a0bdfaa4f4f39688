"""A filter change in the dashboard, in a real browser, until the graph is drawn again, on the sample corpus.

    python benchmarks/app_browser.py                  # 12 changes, sample corpus (16 articles)
    python benchmarks/app_browser.py --changes 20 --db /tmp/my.db

`streamlit run explorer/app.py` on localhost, driven by Debian's headless chromium (playwright). Each
change clicks a control a researcher uses (the "Most nodes shown" and "Minimum relations per link" steppers,
the "Year" picker), every one giving a view not seen before, so the caches miss. Timed from the click
until the graph iframe has drawn a URL not seen before (`html[data-state=ready]`, and in the dashboard's
live page the view drawn is the one in the URL's fragment): the whole round trip (websocket, rerun,
snapshot data, iframe navigation or fragment change, vis-network drawing at the corpus's stored
positions). Each change is also split into steps on the browser's clock, from the pointer going down: the
rerun's websocket messages (first, largest: the graph, last), the iframe's navigation start (a new
document: first view, language) or fragment change, and the snapshot's own marks (data read, network
built, drawn); their medians are printed at the end. Target (issue 11): median under 700 ms. The last
line is `RESULT median_ms=… p90_ms=… changes=…`.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.app.test_browser import DRAWN, graph_frame, settle, streamlit_server  # noqa: E402
from tests.browser import OfflinePage, chromium_available, offline_browser  # noqa: E402

#: In the dashboard page only (not the graph iframes): when each websocket message arrives and its size, and
#: when the pointer went down, on the browser's clock (epoch ms), so a change can be split into phases.
WATCH = """
if (location.protocol.startsWith("http")) {
  window.__dg = { msgs: [], click: null };
  const Native = window.WebSocket;
  window.WebSocket = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener("message", (ev) => {
        const d = ev.data;
        window.__dg.msgs.push([performance.timeOrigin + performance.now(), d.byteLength || d.size || d.length || 0]);
      });
    }
  };
  document.addEventListener("pointerdown", (ev) => {
    window.__dg.click = performance.timeOrigin + ev.timeStamp;
  }, true);
}
"""
#: In the new graph iframe: its navigation start and the snapshot's marks (explorer/render/snapshot.js).
FRAME_TIMES = """() => {
  const m = (n) => { const e = performance.getEntriesByName(n); return e.length ? e[e.length - 1].startTime : null; };
  return { vis: typeof vis !== "undefined", origin: performance.timeOrigin, hash: m("dg-hash"),
           start: m("dg-start"), data: m("dg-data"), network: m("dg-network"),
           ready: window.diplographReadyAt ?? null };
}"""
PHASES = ("first message", "largest message", "last message", "iframe navigation", "vis-network run",
          "fragment changed", "data read", "network built", "drawn")


def drawn_frames(page) -> dict:
    """Each graph iframe's URL -> (frame, whether its graph is drawn)."""
    out = {}
    for f in page.frames:
        if f.url.startswith("data:text/html"):
            try:
                out[f.url] = (f, f.evaluate(DRAWN))
            except Exception:  # a frame going away
                out[f.url] = (f, False)
    return out


def timed(page, action, timeout_s: float = 60):
    """Seconds from `action()` until a graph iframe not seen before is drawn, and that iframe."""
    before = set(drawn_frames(page))
    t0 = time.perf_counter()
    action()
    deadline = t0 + timeout_s
    while time.perf_counter() < deadline:
        for url, (frame, ready) in drawn_frames(page).items():
            if ready and url not in before:
                return time.perf_counter() - t0, frame
        page.wait_for_timeout(5)
    raise TimeoutError("the graph was not drawn again")


def phases(page, frame) -> dict[str, float | None]:
    """When each step of the last change ended, in ms after the pointer went down (browser clock): the
    websocket messages of the rerun (first, largest: the graph, last), the iframe's navigation start (a
    new document) or its fragment's change (the live page), and the snapshot's own marks."""
    seen = page.evaluate("() => window.__dg")
    f = frame.evaluate(FRAME_TIMES)
    click, msgs = seen["click"], [m for m in seen["msgs"] if m[0] >= (seen["click"] or 0)]
    if not f["vis"]:
        raise RuntimeError("vis-network did not load in the graph iframe: the graph was not drawn")
    if click is None or not msgs:
        return {}
    at = lambda rel: None if rel is None else f["origin"] + rel - click  # noqa: E731
    out = {"first message": msgs[0][0] - click, "largest message": max(msgs, key=lambda m: m[1])[0] - click,
           "last message": msgs[-1][0] - click, "iframe navigation": f["origin"] - click,
           "vis-network run": at(f["start"]), "fragment changed": at(f["hash"]), "data read": at(f["data"]),
           "network built": at(f["network"]), "drawn": at(f["ready"])}
    out = {k: v for k, v in out.items() if v is not None and v >= 0}  # not a step of an earlier change
    out["bytes"] = sum(m[1] for m in msgs)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--changes", type=int, default=12)
    ap.add_argument("--db", type=Path, help="a store to use (default: a new one, seeded with the samples)")
    args = ap.parse_args(argv)
    if not chromium_available():
        print("Debian chromium (/usr/bin/chromium) or playwright is missing: nothing to measure", file=sys.stderr)
        return 1
    tmp = Path(tempfile.mkdtemp(prefix="diplograph-app-browser-"))
    db = args.db or tmp / "samples.db"
    times = []
    with offline_browser() as browser, streamlit_server(db, tmp / "streamlit.log") as url:
        op = OfflinePage(browser, viewport=(1440, 1100))
        page = op.page
        page.add_init_script(WATCH)
        page.set_default_timeout(120_000)
        page.goto(url + "/?lang=en")
        page.get_by_label("Search actors and agreements").wait_for()
        graph_frame(page, timeout=120)
        settle(page)
        side = page.locator("section[data-testid=stSidebar]")
        steppers = {
            "nodes+": side.locator("[data-testid=stNumberInput]").filter(has_text="Most nodes shown")
            .get_by_test_id("stNumberInputStepUp"),
            "weight+": side.locator("[data-testid=stNumberInput]").filter(has_text="Minimum relations per link")
            .get_by_test_id("stNumberInputStepUp"),
        }
        plan = ["nodes+", "nodes+", "weight+", "nodes+", "weight+", "nodes+"] * (args.changes // 6 + 1)
        split = []
        for i, step in enumerate(plan[: args.changes]):
            page.evaluate("() => { window.__dg.msgs = []; window.__dg.click = null; }")
            s, frame = timed(page, steppers[step].click)
            times.append(s)
            split.append(phases(page, frame))
            steps = ", ".join(f"{k} {v:.0f}" for k, v in split[-1].items() if k in PHASES and v is not None)
            print(f"change {i + 1:2d} ({step}): {s * 1000:.0f} ms  [{steps}; "
                  f"{split[-1].get('bytes', 0) / 1e6:.2f} MB received]", flush=True)
            settle(page)
        op.close()
    print("\nmedian ms after the pointer went down, per step:")
    for k in (*PHASES, "bytes"):
        vals = [d[k] for d in split if d.get(k) is not None]
        if vals:
            print(f"  {k:18s} {statistics.median(vals):10.0f}")
    ms = sorted(t * 1000 for t in times)
    median, p90 = statistics.median(ms), ms[min(len(ms) - 1, int(0.9 * len(ms)))]
    print(f"\nfilter change to redrawn graph: median {median:.0f} ms, p90 {p90:.0f} ms over {len(ms)} changes")
    print(f"RESULT median_ms={median:.0f} p90_ms={p90:.0f} changes={len(ms)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
