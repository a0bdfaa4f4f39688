"""The review log in the store: append-only, separate from extraction output.

Rows are only ever inserted (never updated or deleted), each in its own short transaction, so two
reviewers writing at once lose nothing and a re-extraction, which replaces the extraction tables,
never touches them. The log's version (row count and last row) keys every cache built on it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from explorer.errors import ExplorerError
from explorer.review.decisions import Decision, now, validate

# The table is created by the store's migration 0004_review_log (explorer/store/migrations/).


def _has_table(store) -> bool:
    return "review_log" in store.tables()


def read_log(store) -> list[Decision]:
    """Every decision in the order it was written."""
    if not _has_table(store):
        return []
    rows = store.query("SELECT at, reviewer, action, target, value, note FROM review_log ORDER BY seq")
    return [Decision(a, t, json.loads(v), r, at, n) for at, r, a, t, v, n in rows]


def log_version(store) -> tuple[int, int]:
    """(decisions, last row): changes with every decision written, by any process."""
    if not _has_table(store):
        return (0, 0)
    return tuple(store.query_one("SELECT count(*), coalesce(max(seq), 0) FROM review_log"))


def append(store, decisions: Iterable[Decision]) -> list[Decision]:
    """Write decisions in one transaction; each gets the current time unless it has one. Returns them."""
    stamped = []
    for d in decisions:
        validate(d)
        stamped.append(d if d.at else Decision(d.action, d.target, d.value, d.reviewer or "anonymous", now(), d.note))
    with store.transaction():
        store.executemany(
            "INSERT INTO review_log(uid, at, reviewer, action, target, value, note) VALUES (?,?,?,?,?,?,?)",
            [(d.uid, d.at, d.reviewer, d.action, d.target, json.dumps(d.value, ensure_ascii=False, sort_keys=True),
              d.note) for d in stamped],
        )
    return stamped


# -- sharing a log ---------------------------------------------------------------------------------------


def export_lines(store) -> Iterator[str]:
    """The log as JSON lines, oldest first: what `review import` reads."""
    for d in read_log(store):
        yield json.dumps(d.to_json(), ensure_ascii=False, sort_keys=True)


def parse_lines(lines: Iterable[str], *, name: str) -> list[Decision]:
    """Every decision of a JSON-lines log; the first malformed line stops with its file and line number."""
    out = []
    for i, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise ExplorerError(f"{name}:{i}: not a JSON line ({e.msg})") from None
        out.append(Decision.from_json(obj, where=f"{name}:{i}"))
    return out


@dataclass
class ImportReport:
    added: int = 0
    duplicates: int = 0
    conflicts: list[dict] = field(default_factory=list)

    def to_text(self) -> str:
        lines = [f"{self.added} decisions added, {self.duplicates} already in the log, "
                 f"{len(self.conflicts)} conflicts (both kept, the later wins)"]
        for c in self.conflicts:
            lines.append(f"  conflict on {c['slot']} {c['target']}: ours {c['ours']} ({c['ours_by']}, {c['ours_at']})"
                         f" vs theirs {c['theirs']} ({c['theirs_by']}, {c['theirs_at']}) -> {c['winner']} wins")
        return "\n".join(lines)


def _summary(d: Decision) -> str:
    return d.action if not d.value else f"{d.action} {json.dumps(d.value, ensure_ascii=False, sort_keys=True)}"


def import_log(store, path: str | Path, *, check=None) -> ImportReport:
    """Merge a colleague's exported log into this store.

    The same decision twice (same action, target and value) is kept once; decisions that disagree on the
    same slot are both kept, the later one wins, and the report lists them. The whole file is read and
    checked before anything is written: a bad line changes nothing. `check(decisions)` may raise to refuse
    decisions whose target this store does not hold.
    """
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise ExplorerError(f"{p}: cannot read the log ({e})") from None
    incoming = parse_lines(text.splitlines(), name=str(p))
    if check:
        check(incoming)
    existing = read_log(store)
    latest: dict[tuple, Decision] = {}
    for d in existing:
        if d.slot not in latest or d.at >= latest[d.slot].at:
            latest[d.slot] = d
    # Per slot, in time order, a run of decisions with the same effect is one decision: an incoming one
    # is new only when its run holds none of ours (and then only the first of its run is added).
    by_slot: dict[tuple, list[tuple[str, int, int, Decision]]] = {}
    for i, d in enumerate(existing):
        by_slot.setdefault(d.slot, []).append((d.at, 0, i, d))
    for i, d in enumerate(incoming):
        by_slot.setdefault(d.slot, []).append((d.at, 1, i, d))
    keep: set[int] = set()
    report = ImportReport()
    for items in by_slot.values():
        items.sort(key=lambda x: (x[0], x[1], x[2]))
        runs: list[list[tuple]] = []
        for item in items:
            if runs and runs[-1][-1][3].uid == item[3].uid:
                runs[-1].append(item)
            else:
                runs.append([item])
        for run in runs:
            theirs = [x for x in run if x[1] == 1]
            if theirs and all(x[1] == 1 for x in run):
                keep.add(theirs[0][2])
    new = []
    for i, d in enumerate(incoming):
        if i not in keep:
            report.duplicates += 1
            continue
        new.append(d)
        ours = latest.get(d.slot)
        if ours is not None and ours.uid != d.uid:
            report.conflicts.append({
                "slot": d.slot[0], "target": d.target + (f" {d.slot[2]}" if d.slot[2] else ""),
                "ours": _summary(ours), "ours_by": ours.reviewer, "ours_at": ours.at,
                "theirs": _summary(d), "theirs_by": d.reviewer, "theirs_at": d.at,
                "winner": "theirs" if d.at > ours.at else "ours",
            })
    if new:
        append(store, new)
    report.added = len(new)
    return report
