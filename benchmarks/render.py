"""How fast a view is drawn and still in headless chromium, next to pyvis's default output, in one run.

    python benchmarks/render.py                        # 1,000, 5,000 and 20,000 nodes; pyvis capped at 120 s
    python benchmarks/render.py --sizes 1000 --cap 30 --keep /tmp/snapshots

Synthetic corpora: random graphs with about 3 relations per node, each relation with its sentence (English
or Arabic), document title, source, date and confidence, as the store gives them. The view shows every node
(max_nodes = its size).

Ours, "layout and Python included", as the dashboard does it on a corpus it has not seen: the corpus's
stable layout (`layout.stable_positions`, igraph Fruchterman-Reingold on the giant component, the rest
placed around it; the dashboard does this once per corpus and stores it), the view (`graph.view`, one
evidence item per link as the dashboard draws it), the page (`to_html` with those positions; a view with over
1,500 links has its links, nodes and names painted onto vis-network's canvas by the page's script, vis
keeping pan, zoom and clicks), then the time
from navigation start until the page is drawn with physics off (`html[data-state=ready]`), then checked
still (no node moves and the view neither pans nor zooms over 300 ms). pyvis:
`Network(directed=True, cdn_resources="in_line")` with the same
nodes and links set directly (its `from_nx` is quadratic) and its default options (physics, dynamic smooth
edges), timed until vis fires `stabilizationIterationsDone` (when pyvis removes its loading bar and shows
the graph; physics still moves it afterwards), capped at `--cap` seconds ("> cap" when it never did;
the speed-up is then at least cap / ours). pyvis is run up to `--pyvis-max` nodes. Network requests are
blocked and counted (pyvis's page asks a CDN for bootstrap).

Targets (issue 11): 5,000 nodes drawn and still in under 2 s, 20,000 in under 5 s, at least 100x faster
than pyvis defaults at 1,000 nodes. The last line is `RESULT total_s_1000=… total_s_5000=…
total_s_20000=… speedup_1000=…` (seconds; a speed-up written ">N" when pyvis hit the cap).
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

import pandas as pd  # noqa: E402

from explorer.graph.corpus import Corpus  # noqa: E402
from explorer.graph.spec import ViewSpec  # noqa: E402
from explorer.graph.view import fold_multigraph, view  # noqa: E402
from explorer.render.layout import stable_positions  # noqa: E402
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
                 const d = window.diplograph, net = d.network; if (!net) return done(true);
                 const now = () => JSON.stringify([d.positions(), net.getViewPosition(), net.getScale()]);
                 const a = now();
                 setTimeout(() => done(now() === a), 300); })"""
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


def synthetic_corpus(G: nx.MultiDiGraph) -> Corpus:
    """The synthetic view's relations and entities as the store's frames."""
    rel = pd.DataFrame([{"id": d["id"], "source": u, "target": v, **d} for u, v, d in G.edges(data=True)])
    ent = pd.DataFrame([{"id": n, "aliases": [], **a} for n, a in G.nodes(data=True)])
    return Corpus.from_frames(rel, ent)


def ours_page(corpus: Corpus, n: int) -> tuple[str, dict[str, float]]:
    """The dashboard's page for a view of all `n` nodes, and the seconds each Python step took."""
    t0 = time.perf_counter()
    pos = stable_positions(None, corpus.relations)
    t1 = time.perf_counter()
    v = view(corpus, ViewSpec(max_nodes=n), evidence_per_link=1)
    t2 = time.perf_counter()
    page = to_html(v.graph, title=f"Benchmark, {n:,} nodes", positions=pos)
    t3 = time.perf_counter()
    return page, {"layout": t1 - t0, "view": t2 - t1, "html": t3 - t2}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    ap.add_argument("--cap", type=float, default=120.0, help="seconds to wait for pyvis (default 120)")
    ap.add_argument("--pyvis-max", type=int, default=1000, help="run pyvis up to this many nodes (default 1000)")
    ap.add_argument("--no-pyvis", action="store_true", help="time our snapshots only")
    ap.add_argument("--keep", type=Path, help="write the pages to this folder")
    args = ap.parse_args(argv)
    if not chromium_available():
        print("Debian chromium (/usr/bin/chromium) or playwright is missing: nothing to measure", file=sys.stderr)
        return 1
    folder = args.keep or Path(tempfile.mkdtemp(prefix="diplograph-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    rows, result = [], {}
    with offline_browser() as browser:
        for n in args.sizes:
            G = synthetic_view(n)
            corpus = synthetic_corpus(G)
            page, steps = ours_page(corpus, n)
            py_s = sum(steps.values())
            ours = folder / f"ours-{n}.html"
            ours.write_text(page, encoding="utf-8")
            drawn, still, ours_blocked = time_ours(browser, ours, max(args.cap, 30))
            theirs_s = theirs_size = theirs_blocked = None
            if not args.no_pyvis and n <= args.pyvis_max:
                theirs = folder / f"pyvis-{n}.html"
                theirs.write_text(pyvis_default_html(G), encoding="utf-8")
                theirs_size = theirs.stat().st_size
                theirs_s, theirs_blocked = time_pyvis(browser, theirs, args.cap)
            total = py_s + drawn if drawn is not None else None
            rows.append((n, G.number_of_edges(), fold_multigraph(G).number_of_edges(), steps, drawn, total, still,
                         ours.stat().st_size, ours_blocked, theirs_s, theirs_size, theirs_blocked))  # fmt: skip
            if len(rows) == 1:
                print(_header())
            print(_row(rows[-1], args.cap), flush=True)
            result[f"total_s_{n}"] = "none" if total is None else f"{total:.2f}"
            if theirs_size is not None and total:
                ratio = (args.cap if theirs_s is None else theirs_s) / total
                result[f"speedup_{n}"] = f">{ratio:.0f}" if theirs_s is None else f"{ratio:.1f}"
    print(f"\npages in {folder}")
    print("RESULT " + " ".join(f"{k}={v}" for k, v in result.items()))
    return 0


def _header() -> str:
    return (
        "| nodes | relations | links | ours: layout / view / page | ours: browser | ours: total | still | "
        "pyvis default | speed-up | snapshot size | pyvis size | blocked requests (ours / pyvis) |\n"
        "| ---: | ---: | ---: | ---: | ---: | ---: | :---: | ---: | ---: | ---: | ---: | :---: |"
    )


def _row(r, cap: float) -> str:
    n, rels, links, steps, drawn, total, still, size, ob, theirs_s, theirs_size, tb = r
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
        f"| {n:,} | {rels:,} | {links:,} | {' / '.join(sec(steps[k]) for k in ('layout', 'view', 'html'))} | "
        f"{sec(drawn)} | {sec(total)} | {'yes' if still else 'no'} | "
        f"{pv} | {ratio} | {mb(size)} | {mb(theirs_size)} | {ob} / {'—' if tb is None else tb} |"
    )


if __name__ == "__main__":
    raise SystemExit(main())
