"""The dashboard at 10k, 100k and 1M relations: first view, filter changes, search, memory.

    python benchmarks/app_rerun.py                          # 10,000, 100,000 and 1,000,000 relations
    python benchmarks/app_rerun.py --sizes 100000 --repeat 10
    python benchmarks/app_rerun.py --sizes 100000,1000000 --decisions 0.01   # also with a review log

For each size a store is made once and kept (/tmp/diplograph-bench-rel-<n>.db): synthetic rows written
straight into the store's tables in bulk (documents, entities, mentions, relations; 8 relations per
article, so 125,000 articles for a million relations; actors grow with the corpus, a few busy ones and a
long tail; Arabic and English; 2012-2020; 3 % undated). Real extraction would take hours at this size and
measures something else (benchmarks/ingest.py does that).

Each size runs in its own process, as a fresh server would: the dashboard script under AppTest
(streamlit.testing.v1, the whole script as a browser rerun runs it, minus the websocket). A first
start ever lays the corpus out (positions stored in the store) and caches the compact relation table
(graph/corpus.py `cached_table`); it is run and reported first, then the figures below are those of a
server restart (`--cold` skips that first start and measures whatever state the store and cache are in).

- first view: the first run of a (re)started server, which loads the corpus (the compact relation
  table, the entities, the knowledge base, the search index) and draws the default view;
- filter change: `--repeat` changes of each filter (types, dates, a busy centre actor, hops, minimum
  weight), each to a view not seen before, so every cache misses; the median over all of them;
- search: the sidebar's search (the corpus's index) over typed, misspelt and partial queries in both
  scripts, median per query;
- memory: the process's peak resident set (the app, its caches, AppTest);
- CPU: the process's CPU time of the first view and the median of the filter changes (every thread, AppTest
  included), steadier than wall time on a shared machine.

With `--decisions SHARE`, each size is measured twice: as built, and a copy of it with a review log
(/tmp/diplograph-bench-rel-<n>-reviewed.db): SHARE of the relations confirmed or rejected (7 in 10
confirmed), one in ten of those retyped, 50 merges and 100 document dates (`add_decisions`). A reviewed
corpus stays on the compact table (explorer/review/compact.py), so its figures should be the plain ones.

Targets (issue 13): at 1M, first view < 5 s, filter change < 400 ms median, search < 100 ms, RSS < 1.5 GB;
at 100k, first view < 1.5 s and filter change < 200 ms. The last line is `RESULT` for the largest size.
Run on an idle machine; the load average is printed with the figures.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

APP = str(ROOT / "explorer" / "app.py")
TYPES = ["meets", "phones", "visits", "negotiates_with", "agrees_with", "supports", "opposes", "fights",
         "references", "states"]
KINDS = [("person", 0.62), ("state", 0.1), ("organization", 0.15), ("armed_group", 0.07), ("agreement", 0.06)]
EN = ["ka", "ri", "lo", "mi", "sa", "de", "no", "va", "ha", "ta", "be", "ru", "zi", "fa", "go", "le"]
AR = ["كا", "ري", "لو", "مي", "سا", "دي", "نو", "فا", "ها", "تا", "بي", "رو", "زي", "غو", "لي", "قا"]
QUERIES = ["Karilo", "karil", "Kariloo", "ساديلو", "سادي", "Accord Mino", "اتفاق", "tabe ruzi", "Fago", "zzzzq"]


def synthetic_entities(rnd: random.Random, n: int) -> list[tuple[str, str, str, str]]:
    """(id, name, name_ar, kind): names from syllables in both scripts, so search has near misses."""
    out, seen = [], set()
    for kind, share in KINDS:
        for i in range(max(5, int(n * share))):
            while True:
                first = [rnd.randrange(len(EN)) for _ in range(rnd.choice((2, 3)))]
                last = [rnd.randrange(len(EN)) for _ in range(rnd.choice((2, 3)))]
                if (tuple(first), tuple(last)) not in seen:
                    seen.add((tuple(first), tuple(last)))
                    break
            name = "".join(EN[p] for p in first).title() + " " + "".join(EN[p] for p in last).title()
            name_ar = "".join(AR[p] for p in first) + " " + "".join(AR[p] for p in last)
            if kind == "agreement":
                name, name_ar = f"Accord {name}", f"اتفاق {name_ar}"
            out.append((f"{kind}:{i}", name, name_ar, kind))
    return out


def build_store(path: Path, relations: int, seed: int = 7) -> None:
    """A store of about `relations` relations (8 per article), written in bulk through the store's SQL."""
    from explorer.store import open_store

    rnd = random.Random(seed)
    articles = max(1, relations // 8)
    ents = synthetic_entities(rnd, 600 + articles // 4)
    weights = [1 / (i + 1) ** 0.9 for i in range(len(ents))]  # a few hubs, a long tail
    rnd.shuffle(weights)
    cum = list(_cumulative(weights))
    tmp = path.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    with open_store(tmp) as store:
        with store.transaction():
            store.executemany("INSERT INTO entities(id, name, name_ar, kind, known, aliases) VALUES (?,?,?,?,?,?)",
                              [(e, n, a, k, 1, json.dumps([n.split()[-1]])) for e, n, a, k in ents])
        for start in range(0, articles, 5000):
            docs, mentions, rels = [], [], []
            for k in range(start, min(articles, start + 5000)):
                lang = "ar" if rnd.random() < 0.6 else "en"
                day = date(2012, 1, 1) + timedelta(days=rnd.randrange(9 * 365))
                when = None if rnd.random() < 0.03 else day.isoformat()
                doc_id = hashlib.sha256(f"bench-{seed}-{k}".encode()).hexdigest()
                actors = sorted({_pick(rnd, cum) for _ in range(6)})
                text = f"Article {k}: " + ", ".join(ents[a][1] for a in actors) + "."
                docs.append((doc_id, f"bench/{k}.txt", f"Article {k}", "Synthetic desk", None, when,
                             "metadata" if when else "none", lang, text, "day" if when else None))
                mentions.extend((doc_id, ents[a][0], i, i + 1, ents[a][1]) for i, a in enumerate(actors))
                seen = set()
                for j in range(8):
                    a, b = rnd.sample(actors, 2) if len(actors) > 1 else (actors[0], (actors[0] + 1) % len(ents))
                    t = "references" if ents[b][3] == "agreement" and rnd.random() < 0.7 else rnd.choice(TYPES)
                    if (a, b, t, j) in seen:
                        continue
                    seen.add((a, b, t, j))
                    s = f"{ents[a][1]} and {ents[b][1]}: item {k}-{j}."
                    rels.append((doc_id, ents[a][0], ents[b][0], t, s, j * 100, j * 100 + len(s), when,
                                 round(rnd.uniform(0.5, 1), 2), "bench", ""))
            with store.transaction():
                store.executemany("INSERT INTO documents(id, path, title, source, url, date, date_source, lang, text,"
                                  " date_precision) VALUES (?,?,?,?,?,?,?,?,?,?)", docs)
                store.executemany('INSERT INTO mentions(doc_id, entity_id, start, "end", text) VALUES (?,?,?,?,?)',
                                  mentions)
                store.executemany("INSERT INTO relations(doc_id, source, target, type, sentence, sent_start,"
                                  " sent_end, date, confidence, method, trigger) VALUES (?,?,?,?,?,?,?,?,?,?,?)", rels)
    tmp.rename(path)


def add_decisions(path: Path, share: float, seed: int = 11) -> int:
    """A review log on the store at `path`: `share` of the relations confirmed or rejected, 1 in 10 of those
    retyped, 50 merges, 100 document dates; written through the review log (one transaction). Returns how
    many decisions."""
    from explorer.review import log
    from explorer.review.decisions import Decision, relation_key
    from explorer.store import open_store

    rnd = random.Random(seed)
    out: list[Decision] = []
    with open_store(path) as store:
        cols = ["doc_id", "sent_start", "sent_end", "source", "target", "type"]
        for rows in store.iter_rows("relations", cols, chunk=50_000):
            for d, a, b, src, tgt, typ in rows:
                if rnd.random() < share:
                    key = relation_key(d, a, b, src, tgt, typ)
                    out.append(Decision("confirm" if rnd.random() < 0.7 else "reject", key, {}, "bench"))
                    if rnd.random() < 0.1:
                        out.append(Decision("set_type", key, {"type": "supports" if typ != "supports" else "opposes"},
                                            "bench"))
        people = [r[0] for r in store.query("SELECT id FROM entities WHERE kind = 'person' ORDER BY id LIMIT 200")]
        out += [Decision("merge", a, {"into": b}, "bench") for a, b in zip(people[100:150], people[150:200],
                                                                               strict=True)]
        docs = [r[0] for r in store.query("SELECT id FROM documents ORDER BY id LIMIT 100")]
        out += [Decision("set_date", d, {"date": "2016-07", "precision": "month"}, "bench") for d in docs]
        log.append(store, out)
    return len(out)


def _cumulative(weights):
    total = 0.0
    for w in weights:
        total += w
        yield total


def _pick(rnd: random.Random, cum: list[float]) -> int:
    import bisect

    return min(bisect.bisect(cum, rnd.random() * cum[-1]), len(cum) - 1)


def measure(db: Path, repeat: int) -> dict:
    """Run the dashboard on `db` in this process; the figures of one size."""
    from datetime import timedelta

    from streamlit.testing.v1 import AppTest

    from explorer.review.log import log_version
    from explorer.store import open_store

    with open_store(db, readonly=True) as s:
        stats = s.stats()
        stats["decisions"] = log_version(s)[0]
        hub = s.query_one("SELECT source FROM relations GROUP BY source ORDER BY count(*) DESC LIMIT 1 OFFSET 5")[0]
    os.environ["DIPLOGRAPH_DB"] = str(db)
    at = AppTest.from_file(APP, default_timeout=900)
    t, cpu = time.perf_counter(), time.process_time()
    at.run()
    first, first_cpu = time.perf_counter() - t, time.process_time() - cpu
    _check(at)
    lo, hi = at.slider(key="dates").value
    types = [x for x in TYPES if x != "references"]
    changes = {
        "relation types": [lambda a, i=i: a.multiselect(key="types").set_value(types[i % 9: i % 9 + 1 + i // 9])
                           for i in range(repeat)],
        "date range": [lambda a, i=i: a.slider(key="dates").set_value((lo + timedelta(days=30 * (i + 1)), hi))
                       for i in range(repeat)],
    }
    timings: dict[str, list[float]] = {}
    for name, steps in changes.items():
        timings[name] = [_timed(at, c) for c in steps]
    at.multiselect(key="types").set_value([]).run()
    at.multiselect(key="actors").set_value([hub]).run()
    timings["busy actor: dates"] = [
        _timed(at, lambda a, i=i: a.slider(key="dates").set_value((lo + timedelta(days=40 * (i + 1)), hi)))
        for i in range(repeat)]
    timings["busy actor: hops 1-3"] = [
        _timed(at, lambda a, i=i: (a.slider(key="hops").set_value(1 + i % 3),
                                   a.slider(key="dates").set_value((lo, hi - timedelta(days=7 * (i + 1))))))
        for i in range(repeat)]
    timings["busy actor: minimum weight"] = [
        _timed(at, lambda a, i=i: (a.number_input(key="min_weight").set_value(1 + i % 4),
                                   a.slider(key="dates").set_value((lo + timedelta(days=3 * (i + 1)), hi))))
        for i in range(repeat)]
    search = _search_ms(db)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    cold = [x for v in timings.values() for x, _ in v]
    cpu_ms = [c for v in timings.values() for _, c in v]
    return {"relations": stats["relations"], "decisions": stats["decisions"], "articles": stats["documents"],
            "entities": stats["entities"],
            "first_s": round(first, 2), "rerun_median_ms": round(statistics.median(cold)),
            "rerun_p90_ms": round(statistics.quantiles(cold, n=10)[-1]) if len(cold) > 1 else round(cold[0]),
            "search_ms": round(search, 1), "rss_mb": round(rss), "first_cpu_s": round(first_cpu, 2),
            "rerun_cpu_median_ms": round(statistics.median(cpu_ms)),
            "per_filter_ms": {k: round(statistics.median([x for x, _ in v])) for k, v in timings.items()}}


def _search_ms(db: Path) -> float:
    """Median time of one search over the index the app built (the same cached corpus object)."""
    import warnings

    from explorer.ui import data

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = data.load_corpus(str(db), data.store_version(str(db)))
    index = corpus.index
    times = []
    for _ in range(3):
        for q in QUERIES:
            t = time.perf_counter()
            index.search(q, limit=8)
            times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def _timed(at, change) -> tuple[float, float]:
    """Wall and CPU milliseconds of one change and the run it causes."""
    t, cpu = time.perf_counter(), time.process_time()
    change(at)
    at.run()
    elapsed, used = time.perf_counter() - t, time.process_time() - cpu
    _check(at)
    return elapsed * 1000, used * 1000


def _check(at) -> None:
    if at.exception:
        raise SystemExit(f"the app failed: {at.exception[0].value}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,100000,1000000", help="relations per store, comma-separated")
    ap.add_argument("--repeat", type=int, default=8, help="changes per filter")
    ap.add_argument("--decisions", type=float, default=0.0, metavar="SHARE",
                    help="also measure a copy of each store with a review log (SHARE of relations reviewed)")
    ap.add_argument("--cold", action="store_true", help="measure the first start ever (no stored layout, no cache)")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)  # child process: measure one size, print JSON
    ap.add_argument("--start-only", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--reviewed", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one and args.start_only:
        print("JSON " + json.dumps({"first_ever_s": first_start(_db(args.one, args.reviewed))}), flush=True)
        return
    if args.one:
        print("JSON " + json.dumps(measure(_db(args.one, args.reviewed), args.repeat)), flush=True)
        return
    results = []
    runs = [(int(x), reviewed) for x in args.sizes.split(",") for reviewed in ((False, True) if args.decisions
                                                                                 else (False,))]
    for n, reviewed in runs:
        db = _db(n, reviewed)
        if not _db(n).exists():
            t = time.perf_counter()
            build_store(_db(n), n)
            print(f"built {_db(n)} in {time.perf_counter() - t:.0f} s", flush=True)
        if reviewed and not db.exists():
            import shutil

            t = time.perf_counter()
            shutil.copy(_db(n), db.with_suffix(".tmp"))
            made = add_decisions(db.with_suffix(".tmp"), args.decisions)
            db.with_suffix(".tmp").rename(db)
            print(f"built {db} ({made:,} decisions) in {time.perf_counter() - t:.0f} s", flush=True)
        flag = ("--reviewed",) if reviewed else ()
        ever = None
        if not args.cold:  # a first start lays the corpus out (stored) and caches its table: then a restart
            ever = _child(n, "--start-only", *flag)["first_ever_s"]
        r = _child(n, "--repeat", str(args.repeat), *flag)
        r["first_ever_s"] = ever
        r["reviewed"] = reviewed
        load = os.getloadavg()
        r["load"] = round(load[0], 1)
        results.append(r)
        if reviewed:
            print(f"  with review decisions ({r['decisions']:,} in the log):", flush=True)
        print(f"{r['relations']:>9,} relations {r['articles']:>8,} articles {r['entities']:>7,} entities | first view "
              f"{r['first_s']:6.2f} s | filter change median {r['rerun_median_ms']:5} ms (p90 {r['rerun_p90_ms']}) | "
              f"search {r['search_ms']:6.1f} ms | RSS {r['rss_mb']:5} MB | load {load[0]:.1f}", flush=True)
        print(f"    CPU time: first view {r['first_cpu_s']:.2f} s, filter change median {r['rerun_cpu_median_ms']} ms",
              flush=True)
        if ever is not None:
            print(f"    first start ever (corpus laid out and stored, relation table cached): {ever:.1f} s; the first "
                  "view above is a server restart", flush=True)
        print("    per filter (median ms): " + ", ".join(f"{k} {v}" for k, v in r["per_filter_ms"].items()), flush=True)
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} (1 min) at the end")
    last = [r for r in results if not r["reviewed"]][-1]
    line = (f"RESULT relations={last['relations']} first_s={last['first_s']} rerun_median_ms={last['rerun_median_ms']} "
            f"search_ms={last['search_ms']} rss_mb={last['rss_mb']} first_cpu_s={last['first_cpu_s']} "
            f"rerun_cpu_median_ms={last['rerun_cpu_median_ms']}")
    rev = [r for r in results if r["reviewed"] and r["relations"] == last["relations"]]
    if rev:
        r = rev[-1]
        line += (f" reviewed_decisions={r['decisions']} reviewed_first_s={r['first_s']} "
                 f"reviewed_rerun_median_ms={r['rerun_median_ms']} reviewed_rss_mb={r['rss_mb']} "
                 f"reviewed_first_cpu_s={r['first_cpu_s']} reviewed_rerun_cpu_median_ms={r['rerun_cpu_median_ms']}")
    print(line)


def first_start(db: Path) -> float:
    """The first run of the dashboard on `db` in this process (seconds)."""
    from streamlit.testing.v1 import AppTest

    os.environ["DIPLOGRAPH_DB"] = str(db)
    at = AppTest.from_file(APP, default_timeout=1800)
    t = time.perf_counter()
    at.run()
    _check(at)
    return round(time.perf_counter() - t, 1)


def _child(n: int, *args: str) -> dict:
    out = subprocess.run([sys.executable, __file__, "--one", str(n), *args], capture_output=True, text=True)
    line = next((x for x in out.stdout.splitlines() if x.startswith("JSON ")), None)
    if line is None:
        raise SystemExit(f"the {n:,} run failed:\n{out.stdout[-2000:]}\n{out.stderr[-4000:]}")
    return json.loads(line[5:])


def _db(n: int, reviewed: bool = False) -> Path:
    return Path(os.environ.get("TMPDIR", "/tmp")) / f"diplograph-bench-rel-{n}{'-reviewed' if reviewed else ''}.db"


if __name__ == "__main__":
    main()
