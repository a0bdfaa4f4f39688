"""How fast a snapshot is drawn and still in headless chromium, next to pyvis's default output.

    python benchmarks/render.py                      # 200, 1,000, 2,000 and 5,000 nodes, 60 s cap for pyvis
    python benchmarks/render.py --sizes 2000 --cap 20 --keep /tmp/snapshots

Synthetic views: random graphs with about 3 relations per node, each relation with its sentence (English or
Arabic), document title, source, date and confidence, as `build_view` gives them. The view's max_nodes is
set to its size so every node is drawn (the default cap, 1,500, would keep the largest views smaller).

Ours, "layout included": the time `to_html` takes in Python (aggregation, igraph layout, JSON) plus the time
from navigation start until the page is drawn with physics off (`html[data-state=ready]`), then checked still
(no node moves over 300 ms). pyvis: `Network(directed=True, cdn_resources="in_line")` with the same nodes
and links set directly (its `from_nx` is quadratic) and its default options (physics, dynamic smooth edges),
timed until vis fires `stabilizationIterationsDone` (when pyvis removes its loading bar and shows the
graph; physics still moves it afterwards), capped at `--cap` seconds. Network requests are blocked and
counted (pyvis's page asks a CDN for bootstrap).

Targets (issue 5): 2,000 nodes drawn and still under 2 s, 5,000 under 4 s; at least 20x faster than pyvis
at 1,000 nodes; snapshot under 3 MB at 2,000 nodes.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from explorer.graph.spec import ViewSpec  # noqa: E402
from explorer.graph.view import fold_multigraph  # noqa: E402
from explorer.render.snapshot import to_html  # noqa: E402
from tests.browser import OfflinePage, chromium_available, offline_browser  # noqa: E402

KINDS = ["person", "state", "organization", "armed_group", "agreement", "place"]
TYPES = ["meets", "phones", "visits", "negotiates_with", "agrees_with", "supports", "opposes", "fights", "states"]
EN = [
    "The foreign minister met his counterpart in the capital on {d} to discuss the ceasefire and humanitarian "
    "access to besieged areas, officials said.",
    "In a phone call on {d}, the two leaders agreed to continue coordination on the truce and on the political "
    "transition under resolution 2254.",
]
AR = [
    "التقى وزير الخارجية نظيره في العاصمة يوم {d} لبحث وقف إطلاق النار وإيصال المساعدات الإنسانية إلى المناطق "
    "المحاصرة، بحسب مسؤولين.",
    "وأكد الجانبان في اتصال هاتفي يوم {d} على مواصلة التنسيق بشأن الهدنة والانتقال السياسي وفق القرار 2254.",
]


def synthetic_view(n: int, *, seed: int = 7) -> nx.MultiDiGraph:
    """A random view with `n` nodes and about 3n relations, evidence included."""
    rnd = random.Random(seed)
    G = nx.MultiDiGraph()
    for i in range(n):
        G.add_node(f"a{i}", name=f"Actor {i}", name_ar=f"فاعل {i}" if i % 2 else None, kind=KINDS[i % len(KINDS)],
                   mentions=rnd.randint(1, 50))  # fmt: skip
    docs = max(n // 4, 1)
    for k in range(3 * n):
        u, v = rnd.sample(range(n), 2)
        d = f"20{rnd.randint(14, 19)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
        ar = rnd.random() < 0.5
        doc = rnd.randrange(docs)
        G.add_edge(
            f"a{u}", f"a{v}", key=k, id=k, type=rnd.choice(TYPES), date=d,
            sentence=rnd.choice(AR if ar else EN).format(d=d), doc_id=f"doc{doc}",
            doc_title=(f"تقرير رقم {doc}" if ar else f"Report number {doc} on the talks"),
            doc_source=rnd.choice(["Reuters", "AFP", "الحياة", "الشرق الأوسط"]), confidence=round(rnd.random(), 2),
            lang="ar" if ar else "en", trigger="met", sent_start=0, sent_end=100,
        )  # fmt: skip
    G.graph["spec"] = ViewSpec(max_nodes=n)
    return G


def pyvis_default_html(G: nx.MultiDiGraph) -> str:
    """pyvis's default page for the same view (directed, inline vis-network, default options)."""
    from pyvis.network import Network

    D = fold_multigraph(G)
    net = Network(height="700px", width="100%", directed=True, cdn_resources="in_line")
    net.nodes = [
        {"id": n, "label": a["name"], "title": a["name"], "shape": "dot", "size": 10} for n, a in D.nodes(data=True)
    ]
    net.edges = [
        {"from": u, "to": v, "title": ", ".join(a["types"]), "width": a["weight"], "arrows": "to"}
        for u, v, a in D.edges(data=True)
    ]
    net.node_ids = list(D.nodes)
    net.node_map = {n: x for n, x in zip(D.nodes, net.nodes, strict=True)}
    page = net.generate_html()
    hook = (
        '<script>network.once("stabilizationIterationsDone", function () '
        "{ window.__doneAt = performance.now(); });</script>"
    )
    return page.replace("</body>", hook + "</body>", 1)


def time_ours(browser, path: Path, timeout_s: float) -> tuple[float | None, bool, int]:
    page = OfflinePage(browser)
    try:
        page.open_file(path, wait_until="commit")
        try:
            page.page.wait_for_selector("html[data-state=ready]", state="attached", timeout=timeout_s * 1000)
        except Exception:
            return None, False, len(page.blocked)
        ready = page.page.evaluate("window.diplographReadyAt") / 1000
        still = page.page.evaluate(
            """() => new Promise(done => {
                 const net = window.diplograph.network; if (!net) return done(true);
                 const a = JSON.stringify(net.getPositions());
                 setTimeout(() => done(JSON.stringify(net.getPositions()) === a), 300); })"""
        )
        return ready, still, len(page.blocked)
    finally:
        page.close()


def time_pyvis(browser, path: Path, cap_s: float) -> tuple[float | None, int]:
    page = OfflinePage(browser)
    try:
        page.open_file(path, wait_until="commit")
        try:
            page.page.wait_for_function("window.__doneAt !== undefined", timeout=cap_s * 1000, polling=200)
        except Exception:
            return None, len(page.blocked)
        return page.page.evaluate("window.__doneAt") / 1000, len(page.blocked)
    finally:
        page.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[200, 1000, 2000, 5000])
    ap.add_argument("--cap", type=float, default=60.0, help="seconds to wait for pyvis (default 60)")
    ap.add_argument("--no-pyvis", action="store_true", help="time our snapshots only")
    ap.add_argument("--keep", type=Path, help="write the pages to this folder")
    args = ap.parse_args(argv)
    if not chromium_available():
        print("Debian chromium (/usr/bin/chromium) or playwright is missing: nothing to measure", file=sys.stderr)
        return 1
    folder = args.keep or Path(tempfile.mkdtemp(prefix="diplograph-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    rows = []
    with offline_browser() as browser:
        for n in args.sizes:
            G = synthetic_view(n)
            t0 = time.perf_counter()
            page = to_html(G, title=f"Benchmark, {n:,} nodes")
            py_s = time.perf_counter() - t0
            ours = folder / f"ours-{n}.html"
            ours.write_text(page, encoding="utf-8")
            drawn, still, ours_blocked = time_ours(browser, ours, max(args.cap, 30))
            theirs_s = theirs_size = theirs_blocked = None
            if not args.no_pyvis:
                theirs = folder / f"pyvis-{n}.html"
                theirs.write_text(pyvis_default_html(G), encoding="utf-8")
                theirs_size = theirs.stat().st_size
                theirs_s, theirs_blocked = time_pyvis(browser, theirs, args.cap)
            total = py_s + drawn if drawn is not None else None
            rows.append((n, G.number_of_edges(), fold_multigraph(G).number_of_edges(), py_s, drawn, total, still,
                         ours.stat().st_size, ours_blocked, theirs_s, theirs_size, theirs_blocked))  # fmt: skip
            if len(rows) == 1:
                print(_header())
            print(_row(rows[-1], args.cap), flush=True)
    print(f"\npages in {folder}")
    return 0


def _header() -> str:
    return (
        "| nodes | relations | links | ours: python | ours: browser | ours: total | still | pyvis default | "
        "speed-up | snapshot size | pyvis size | blocked requests (ours / pyvis) |\n"
        "| ---: | ---: | ---: | ---: | ---: | ---: | :---: | ---: | ---: | ---: | ---: | :---: |"
    )


def _row(r, cap: float) -> str:
    n, rels, links, py_s, drawn, total, still, size, ob, theirs_s, theirs_size, tb = r
    sec = lambda s: "—" if s is None else f"{s:.2f} s"  # noqa: E731
    mb = lambda b: "—" if b is None else f"{b / 1e6:.2f} MB"  # noqa: E731
    if theirs_size is None:
        pv, ratio = "not run", "—"
    elif theirs_s is None:
        pv = f"> {cap:.0f} s"
        ratio = f"> {cap / total:.0f}×" if total else "—"
    else:
        pv = f"{theirs_s:.2f} s"
        ratio = f"{theirs_s / total:.1f}×" if total else "—"
    return (
        f"| {n:,} | {rels:,} | {links:,} | {sec(py_s)} | {sec(drawn)} | {sec(total)} | {'yes' if still else 'no'} | "
        f"{pv} | {ratio} | {mb(size)} | {mb(theirs_size)} | {ob} / {'—' if tb is None else tb} |"
    )


if __name__ == "__main__":
    raise SystemExit(main())
