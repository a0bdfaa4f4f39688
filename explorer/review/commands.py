"""`python -m explorer review ACTION`: options turned into calls of explorer.review.api, results printed."""

from __future__ import annotations

import getpass
import json
import os
import sys

from explorer.errors import ExplorerError
from explorer.review import api, log


def reviewer_name(args) -> str:
    name = getattr(args, "reviewer", None) or os.environ.get("DIPLOGRAPH_REVIEWER")
    if not name:
        try:
            name = getpass.getuser()
        except (KeyError, OSError):
            name = "anonymous"
    return name


def run(args) -> int:
    from explorer.store import open_store

    readonly = args.action in ("list", "export", "sentences")
    with open_store(args.db or None, readonly=readonly) as store:
        if args.action == "list":
            return _list(store, args)
        if args.action == "export":
            return _export(store, args)
        if args.action == "sentences":
            doc = store.document(api.find_document(store, args.doc))
            for s, e in api.sentences(doc.text):
                print(f"{s}\t{e}\t{' '.join(doc.text[s:e].split())}")
            return 0
        if args.action == "import":
            report = log.import_log(store, args.log, check=lambda ds: api.check_targets(store, ds))
            print(report.to_text())
            return 0
        done = _decide(store, args, reviewer_name(args))
    for d in done:
        print(f"{d.action} {d.target}" + (f" {json.dumps(d.value, ensure_ascii=False)}" if d.value else ""))
    return 0


def _entity(store, query: str | None) -> str | None:
    if query is None:
        return None
    from explorer.actors import resolve_actor

    return resolve_actor(api.reviewed(store).entities, query)


def _decide(store, args, who: str) -> list:
    a, note = args.action, args.note
    if a in ("confirm", "reject", "unreview"):
        return api.verdict(store, args.ids, a, reviewer=who, note=note)
    if a == "type":
        return api.set_type(store, args.id, args.type, reviewer=who, note=note)
    if a == "ends":
        if not (args.reverse or args.source or args.target):
            raise ExplorerError("review ends: give --reverse, --source or --target")
        return api.set_ends(store, args.id, source=_entity(store, args.source), target=_entity(store, args.target),
                            reverse=args.reverse, reviewer=who, note=note)
    if a == "add":
        return api.add_relation(store, api.find_document(store, args.doc), args.start, args.end,
                                _entity(store, args.source), _entity(store, args.target), args.type, reviewer=who,
                                note=note)
    if a == "merge":
        return api.entity_decision(store, "merge", _entity(store, args.entity), {"into": _entity(store, args.into)},
                                   reviewer=who, note=note)
    if a == "split":
        return api.entity_decision(store, "split", args.entity, reviewer=who, note=note)
    if a == "rename":
        value = {k: v for k, v in (("name", args.name), ("name_ar", args.name_ar)) if v}
        return api.entity_decision(store, "rename", _entity(store, args.entity), value, reviewer=who, note=note)
    if a == "alias":
        return api.entity_decision(store, "alias", _entity(store, args.entity), {"alias": args.alias}, reviewer=who,
                                   note=note)
    if a == "kind":
        return api.entity_decision(store, "set_kind", _entity(store, args.entity), {"kind": args.kind}, reviewer=who,
                                   note=note)
    if a == "date":
        value = {"date": args.date} | ({"precision": args.precision} if args.precision else {})
        return api.document_decision(store, "set_date", args.doc, value, reviewer=who, note=note)
    if a in ("title", "outlet"):
        return api.document_decision(store, f"set_{a}", args.doc, {a: getattr(args, a)}, reviewer=who, note=note)
    if a in ("exclude", "include"):
        return api.document_decision(store, a, args.doc, reviewer=who, note=note)
    raise ExplorerError(f"unknown review action {a!r}")


def _list(store, args) -> int:
    corpus = api.reviewed(store)
    rows = api.relation_list(corpus, state=args.state)
    if args.format == "json":
        for rec in rows.to_dict("records"):
            rec = {k: (None if isinstance(v, float) and v != v else v) for k, v in rec.items()}
            out = {"id": rec.pop("rid"), "source": rec.pop("source"), "target": rec.pop("target"),
                   "type": rec.pop("type"), "state": rec.pop("review"), "confidence": rec.pop("confidence"), **rec}
            print(json.dumps(out, ensure_ascii=False))
    else:
        for r in rows.itertuples():
            date = r.date if isinstance(r.date, str) else "undated"
            print(f"{r.rid}  {r.review:<10}  {r.confidence:.2f}  {r.source} —{r.type}→ {r.target}  [{date}]")
    if corpus.orphans:
        print(f"{len(corpus.orphans)} decisions no longer find their target (run `explorer reextract` to list them)",
              file=sys.stderr)
    return 0


def _export(store, args) -> int:
    lines = list(log.export_lines(store))
    text = "".join(line + "\n" for line in lines)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
        print(f"{args.out}: {len(lines)} decisions", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0
