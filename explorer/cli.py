"""Command line: turns options into calls of the core, and errors into one line and an exit code."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from explorer import __version__
from explorer.errors import ExplorerError

COMMANDS = ("ingest", "extract", "export", "stats", "eval", "app", "import-snapshot", "review", "reextract", "migrate")


def _db(args) -> str | Path:
    """The store named by --db (a file or a postgresql:// URL), else $DIPLOGRAPH_DB or the default file."""
    from explorer.store import default_db_path, is_url

    if not args.db:
        return default_db_path()
    return args.db if is_url(args.db) else Path(args.db)


#: ViewSpec field -> the export option that sets it (tests check that every field has one).
VIEW_OPTIONS = {"actors": "--actor", "hops": "--hops", "start": "--start", "end": "--end", "kinds": "--kind",
                "types": "--type", "min_weight": "--min-weight", "include_undated": "--no-undated",
                "max_nodes": "--max-nodes", "reviewed": "--reviewed", "min_confidence": "--min-confidence"}


def _add_view_options(p: argparse.ArgumentParser) -> None:
    from explorer.graph.spec import ViewSpec

    p.add_argument(
        "--actor", action="append", default=[], help="centre the view on this actor (id or name); repeatable"
    )
    p.add_argument("--hops", type=int, default=1, help="ego network radius, 1-3 (default 1)")
    p.add_argument("--start", help="first date, YYYY-MM-DD")
    p.add_argument("--end", help="last date, YYYY-MM-DD")
    p.add_argument("--kind", action="append", default=[], help="node kind to keep; repeatable")
    p.add_argument("--type", action="append", default=[], help="relation type to keep; repeatable")
    p.add_argument("--min-weight", type=int, default=1, help="hide actor pairs with fewer relations")
    undated = p.add_mutually_exclusive_group()
    undated.add_argument("--undated", dest="undated", action="store_const", const=True, default=None,
                         help="keep relations from undated documents in a date range (left out by default once "
                              "--start/--end narrow the corpus's dates, as in the dashboard)")
    undated.add_argument("--no-undated", dest="undated", action="store_const", const=False,
                         help="leave out relations from undated documents")
    p.add_argument("--max-nodes", type=int, default=ViewSpec.max_nodes,
                   help=f"most nodes in the view: the centres, then the busiest (default {ViewSpec.max_nodes})")
    p.add_argument("--reviewed", default="not-rejected", help="review states shown: not-rejected (default), all, "
                   "confirmed (for publication), unreviewed, rejected")
    p.add_argument("--min-confidence", type=float, default=0.0, help="hide relations the extractor is less sure of")


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="explorer", description="Diplograph: who met, backed or fought whom, from news.")
    ap.add_argument("--version", action="version", version=f"diplograph {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)

    p = sub.add_parser("ingest", help="read articles (files, folders, zips) into the store")
    p.add_argument("paths", nargs="*", type=Path)
    p.add_argument("--db", help="store path (default graphs/diplograph.db or $DIPLOGRAPH_DB)")
    p.add_argument("--workers", type=int, default=None, help="extraction processes (default: one per core)")
    p.add_argument("--batch-size", type=int, default=200)
    p.add_argument("--max-mb", type=float, default=20.0, help="skip files larger than this")
    for f in ("text", "title", "date", "url", "source"):
        p.add_argument(f"--{f}-field", default=f, help=f"JSON/CSV field holding the {f}")
    p.add_argument("--engine", choices=("local", "dask"), default="local")
    p.add_argument("--scheduler", help="Dask scheduler address (default: a LocalCluster)")
    p.add_argument("--to-parquet", type=Path, help="write extractions as partitioned Parquet instead of the store")
    p.add_argument("--from-parquet", type=Path, help="load extractions written by --to-parquet into the store")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--date-from-path", metavar="REGEX",
                   help="date undated articles from their path: a regex with groups named year, month, day")

    p = sub.add_parser("extract", help="print the extraction of articles without storing it")
    p.add_argument("paths", nargs="+", type=Path)
    p.add_argument("--format", choices=("json", "text"), default="json")
    p.add_argument("--db", help="unused; accepted for symmetry")

    p = sub.add_parser("export", help="write a view as html, graphml, gexf, json, csv or events")
    p.add_argument("--format", default="html", choices=("html", "graphml", "gexf", "json", "csv", "events"))
    p.add_argument("--out", type=Path, help="output file (default: a name derived from the view, in graphs/)")
    p.add_argument("--out-dir", type=Path, default=Path("graphs"))
    p.add_argument("--overwrite", action="store_true", help="replace an existing file")
    p.add_argument("--lang", choices=("en", "ar"), default="en", help="label language")
    p.add_argument("--title", default="")
    p.add_argument("--db")
    _add_view_options(p)

    p = sub.add_parser("stats", help="count documents, actors and relations in the store")
    p.add_argument("--format", choices=("json", "text"), default="text")
    p.add_argument("--db")

    p = sub.add_parser("eval", help="score extraction against a gold file (precision, recall, F1)")
    p.add_argument("gold", type=Path)
    p.add_argument("--corpus", type=Path, help="folder of the gold articles (default: the gold file's folder)")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--misses", action="store_true", help="list missed and spurious items per article")
    p.add_argument("--save", type=Path, help="also write the predictions (extraction JSON) to this file")
    p.add_argument("--db")

    p = sub.add_parser("app", help="start the dashboard in the browser")
    p.add_argument("--db")
    p.add_argument("--port", type=int, default=8501)

    p = sub.add_parser("import-snapshot", help="load the data embedded in an HTML snapshot into a store")
    p.add_argument("snapshot", type=Path)
    p.add_argument("--db")
    _add_review_parser(sub)
    p = sub.add_parser("reextract", help="run the current extractor over stored documents, keeping review decisions")
    p.add_argument("--db")
    p.add_argument("--kb", type=Path, help="your knowledge file (default: <store>.kb.yaml next to the store)")
    p.add_argument("--format", choices=("text", "json"), default="text")

    p = sub.add_parser("migrate", help="copy a whole store into an empty one (SQLite to PostgreSQL and back)")
    p.add_argument("source", help="the store to copy: a SQLite file or a postgresql:// URL")
    p.add_argument("destination", help="an empty or new store: a SQLite file or a postgresql:// URL")
    return ap


def _add_review_parser(sub) -> None:
    """`review ACTION ...`: one sub-command per decision kind, plus list, export and import."""
    rv = sub.add_parser("review", help="confirm, reject and correct relations, actors and documents")
    acts = rv.add_subparsers(dest="action", required=True)

    def action(name: str, help: str) -> argparse.ArgumentParser:
        p = acts.add_parser(name, help=help)
        p.add_argument("--db")
        p.add_argument("--reviewer", help="your name in the log (default $DIPLOGRAPH_REVIEWER or your login)")
        p.add_argument("--note", default="", help="why (kept in the log)")
        return p

    p = action("list", "list relations with their stable id, review state and confidence")
    p.add_argument("--state", help="only relations in this state: unreviewed, confirmed or rejected")
    p.add_argument("--format", choices=("text", "json"), default="text")
    for name, help in (("confirm", "confirm relations"), ("reject", "reject relations"),
                       ("unreview", "take back a confirm or reject")):
        action(name, help).add_argument("ids", nargs="+", help="relation ids from `review list`")
    p = action("type", "change a relation's type")
    p.add_argument("id"), p.add_argument("type")
    p = action("ends", "reverse a relation or re-attach an end to another actor")
    p.add_argument("id")
    p.add_argument("--reverse", action="store_true")
    p.add_argument("--source", help="new source (id or name)")
    p.add_argument("--target", help="new target (id or name)")
    p = action("add", "add a relation by hand from a sentence of a stored document")
    p.add_argument("doc", help="document id (or a unique prefix of 8+ characters)")
    p.add_argument("start", type=int, help="sentence start offset")
    p.add_argument("end", type=int, help="sentence end offset")
    p.add_argument("source"), p.add_argument("type"), p.add_argument("target")
    action("sentences", "list a document's sentences with their offsets (for `review add`)").add_argument("doc")
    p = action("merge", "merge an actor or agreement into another")
    p.add_argument("entity"), p.add_argument("into")
    action("split", "undo a merge").add_argument("entity")
    p = action("rename", "rename an actor or agreement")
    p.add_argument("entity")
    p.add_argument("--name"), p.add_argument("--name-ar")
    p = action("alias", "add an alias to an actor or agreement")
    p.add_argument("entity"), p.add_argument("alias")
    p = action("kind", "set the kind of an actor")
    p.add_argument("entity"), p.add_argument("kind")
    p = action("date", "set a document's date: YYYY, YYYY-MM or YYYY-MM-DD")
    p.add_argument("doc"), p.add_argument("date")
    p.add_argument("--precision", choices=("day", "month", "year"))
    p = action("title", "set a document's title")
    p.add_argument("doc"), p.add_argument("title")
    p = action("outlet", "set a document's outlet")
    p.add_argument("doc"), p.add_argument("outlet")
    action("exclude", "leave a document out of every view").add_argument("doc")
    action("include", "take back an exclusion").add_argument("doc")
    p = action("export", "write the review log as JSON lines")
    p.add_argument("--out", type=Path, help="file to write (default: standard output)")
    p = action("import", "merge a colleague's exported log into this store")
    p.add_argument("log", type=Path)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return HANDLERS[args.command](args)
    except ExplorerError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `explorer stats | head`: the reader left, nothing to report
        sys.stderr.close()
        return 0


def cmd_ingest(args) -> int:
    from explorer.ingest.dates import compile_path_pattern
    from explorer.ingest.readers import FieldMap
    from explorer.ingest.run import ingest_paths, load_parquet
    from explorer.store import open_store

    if not args.max_mb > 0 or args.max_mb > 1e6:
        raise ExplorerError(f"--max-mb must be a size in MB above 0, not {args.max_mb:g}")

    def printed(f) -> None:  # each failure line as it happens; the report then adds only counts
        print(f"FAILED {f}", flush=True)

    with open_store(_db(args)) as store:
        if args.from_parquet:
            report = load_parquet(args.from_parquet, store)
        else:
            if not args.paths:
                raise ExplorerError("give at least one file or folder to ingest")
            progress = None
            if not args.quiet:
                from explorer.ingest.progress import stderr_progress

                progress = stderr_progress(sys.stderr)
            fields = FieldMap(
                text=args.text_field,
                title=args.title_field,
                date=args.date_field,
                url=args.url_field,
                source=args.source_field,
            )
            from explorer.review.knowledge import extractor_for

            report = ingest_paths(
                list(args.paths),
                store,
                extractor=extractor_for(_db(args)),  # with the researcher's knowledge file, when there is one
                workers=args.workers,
                batch_size=args.batch_size,
                fields=fields,
                max_bytes=int(args.max_mb * 1_000_000),
                progress=progress,
                engine=args.engine,
                scheduler=args.scheduler,
                to_parquet=args.to_parquet,
                date_from_path=compile_path_pattern(args.date_from_path) if args.date_from_path else None,
                on_failure=printed,
            )
            print(report.to_text(listed=False))
            return 0 if report.ok else 1
    print(report.to_text())
    return 0 if report.ok else 1


def cmd_extract(args) -> int:
    from explorer.extract import extract
    from explorer.ingest.readers import Failure, read_path
    from explorer.kb import load_kb

    kb = load_kb()
    docs, failed = [], []
    for path in args.paths:
        for item in read_path(path):
            if isinstance(item, Failure):
                failed.append(item)
                print(f"error: {item}", file=sys.stderr)  # escaped: a file name cannot forge or break the line
            else:
                docs.append(extract(item, kb).to_json())
    if args.format == "json":
        json.dump({"documents": docs}, sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        from explorer.ontology import load

        for d in docs:
            names = {e["id"]: e["name"] for e in d["entities"]}
            print(
                f"# {d['path']}  ({d['lang']}, {d['date'] or 'undated'}): {len(d['entities'])} entities, "
                f"{len(d['relations'])} relations"
            )
            for r in d["relations"]:
                label = load()["relations"][r["type"]]["label"]
                print(
                    f"  {names.get(r['source'], r['source'])} —{label}→ {names.get(r['target'], r['target'])}"
                    f"  [{r['confidence']:.2f}]"
                )
    return 1 if failed else 0


def _view_spec(args, entities, span=None):
    """The ViewSpec the export options describe (actors given by id or by name in either script). Without
    --undated or --no-undated, undated relations are kept unless --start/--end narrow the corpus's date
    `span` (`spec.undated_by_default`, the dashboard's rule)."""
    from explorer.actors import resolve_actor
    from explorer.graph.spec import ViewSpec, parse_date, undated_by_default

    start, end = parse_date(args.start, what="--start"), parse_date(args.end, what="--end")
    return ViewSpec(
        actors=tuple(resolve_actor(entities, a) for a in args.actor),
        hops=args.hops,
        start=start,
        end=end,
        kinds=tuple(args.kind),
        types=tuple(args.type),
        min_weight=args.min_weight,
        include_undated=undated_by_default(start, end, span) if args.undated is None else args.undated,
        max_nodes=args.max_nodes,
        reviewed=args.reviewed,
        min_confidence=args.min_confidence,
    )


def cmd_export(args) -> int:
    from explorer.graph.corpus import Corpus
    from explorer.graph.view import view
    from explorer.render.export import export_view
    from explorer.render.layout import stable_positions
    from explorer.store import open_store

    with open_store(_db(args), readonly=True) as store:
        store.check()  # a view of a damaged store would silently miss what it cannot read
    corpus = Corpus.load(_db(args))
    spec = _view_spec(args, corpus.entities, corpus.span)
    v = view(corpus, spec)
    positions = None
    if args.format == "html":  # the stable corpus layout, as in the dashboard (stored positions, none saved)
        from explorer.graph.view import corpus_links

        with open_store(_db(args), readonly=True) as store:
            positions = stable_positions(store, links=corpus_links(corpus), save=False)
    paths = export_view(
        v.graph,
        args.format,
        out=args.out,
        out_dir=args.out_dir,
        title=args.title,
        corpus=corpus.size,
        lang=args.lang,
        overwrite=args.overwrite,
        positions=positions,
    )
    for p in paths:
        print(p)
    return 0


def cmd_stats(args) -> int:
    from explorer.review import api, overlay
    from explorer.store import open_store

    with open_store(_db(args), readonly=True) as store:
        store.check()  # counts from a damaged store would mislead
        st = store.stats()
        corpus = api.reviewed(store)
    st["review"] = {s: int((corpus.relations["review"] == s).sum()) for s in ("unreviewed", "confirmed", "rejected")}
    st["review"]["decisions"], st["review"]["orphaned"] = corpus.decisions, len(corpus.orphans)
    st["precision_by_type"] = {
        r["type"]: {"precision": None if r["precision"] != r["precision"] else float(r["precision"]),
                    "confirmed": r["confirmed"], "rejected": r["rejected"]}
        for r in overlay.precision_by_type(corpus.relations).to_dict("records") if r["confirmed"] + r["rejected"]
    }
    if args.format == "json":
        print(json.dumps(st, ensure_ascii=False))
    else:
        for k, v in st.items():
            print(f"{k:>18}: {v}")
    return 0


def _check_gold(path: Path) -> None:
    """A gold file is a JSON list of articles, each with a file name, entities and relations: say so in one
    line when it is not, instead of failing deep inside the scorer."""
    try:
        gold = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise ExplorerError(f"{path}: cannot read the gold file ({getattr(e, 'strerror', None) or e})") from None
    shape = "a JSON list of articles with 'file', 'entities' and 'relations'"
    if not isinstance(gold, list) or not gold:
        raise ExplorerError(f"{path}: not a gold file: expected {shape}")
    for i, g in enumerate(gold):
        ok = isinstance(g, dict) and isinstance(g.get("file"), str)
        ok = ok and all(isinstance(g.get(k), list) and all(isinstance(x, dict) for x in g[k])
                        for k in ("entities", "relations"))
        if not ok:
            raise ExplorerError(f"{path}: not a gold file: article {i} is not an object with 'file', 'entities' "
                                f"and 'relations' (expected {shape})")


def cmd_eval(args) -> int:
    from explorer.evaluate import evaluate, format_report

    _check_gold(args.gold)
    result = evaluate(args.gold, args.corpus, save=args.save)
    if args.format == "json":
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        print(format_report(result, misses=args.misses))
    return 0


def cmd_app(args) -> int:
    """Run Streamlit as a child and stop it with us: SIGTERM or SIGHUP to this process reach it too."""
    import signal
    import subprocess

    from explorer.store import is_url

    env = dict(os.environ)
    if args.db:
        env["DIPLOGRAPH_DB"] = str(_db(args) if is_url(args.db) else Path(args.db).resolve())
    app = Path(__file__).with_name("app.py")
    cmd = [sys.executable, "-m", "streamlit", "run", str(app), "--server.port", str(args.port)]
    child = subprocess.Popen(cmd, env=env)

    def stop(signum, _frame) -> None:
        child.send_signal(signal.SIGTERM)
        try:
            child.wait(timeout=10)
        except subprocess.TimeoutExpired:
            child.kill()
        raise SystemExit(128 + signum)

    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, stop)
    try:
        return child.wait()
    except KeyboardInterrupt:  # Ctrl-C reaches the child too (same process group); wait for it to finish
        try:
            child.wait(timeout=10)
        except subprocess.TimeoutExpired:
            child.kill()
        raise


def cmd_import_snapshot(args) -> int:
    from explorer.render.snapshot_import import import_snapshot
    from explorer.store import open_store

    with open_store(_db(args)) as store:
        added, dup = import_snapshot(args.snapshot, store)
    print(f"{args.snapshot}: {added} documents added, {dup} already stored")
    return 0


def cmd_review(args) -> int:
    from explorer.review.commands import run

    return run(args)


def cmd_reextract(args) -> int:
    from explorer.review.reextract import reextract
    from explorer.store import open_store

    with open_store(_db(args)) as store:
        report = reextract(store, kb_file=args.kb, db_path=_db(args))
    print(json.dumps(report.to_json(), ensure_ascii=False, indent=1) if args.format == "json" else report.to_text())
    return 1 if report.failed else 0


def cmd_migrate(args) -> int:
    from explorer.store import is_url, open_store
    from explorer.store.copy import copy_store

    src, dst = ((a if is_url(a) else Path(a)) for a in (args.source, args.destination))
    with open_store(src, readonly=True) as source, open_store(dst) as destination:
        counts = copy_store(source, destination)
    print(f"{destination.target}: copied and counted " + ", ".join(f"{n} {t}" for t, n in counts.items()))
    return 0


HANDLERS = {
    "ingest": cmd_ingest,
    "extract": cmd_extract,
    "export": cmd_export,
    "stats": cmd_stats,
    "eval": cmd_eval,
    "app": cmd_app,
    "import-snapshot": cmd_import_snapshot,
    "review": cmd_review,
    "reextract": cmd_reextract,
    "migrate": cmd_migrate,
}
