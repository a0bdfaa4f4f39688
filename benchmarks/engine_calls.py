"""How the relation engine spends an article: triggers, construction calls, and the most that skipping work
could save. Counts do not depend on the machine's load (unlike times on a shared machine), so they show
whether a change to the engine's registrations or its trigger loop did what it meant to.

    python benchmarks/extract.py           # the time per article
    python benchmarks/engine_calls.py [--rounds 5] [--runs 100]

On the 3,000-character Arabic article of benchmarks/extract.py it prints: triggers and construction calls per
article; the calls that returned PASS and changed nothing on the trigger's site or the sentence's state (the
calls an exact registration could skip without calling them); the triggers that emitted nothing and changed
nothing (the most a test that skips whole triggers could skip). Then two bounds, each measured by replaying
the article with that work left out (an oracle that knows the answers beforehand, so the output is the same):
the CPU time per article with every such call skipped, and with every such trigger skipped. No rule can skip
more than the oracle does, so these bound what such structural changes can gain. The last line is
`RESULT key=value …`.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# pure Python even beside a compiled build (explorer/compiled.py): compiled code calls run_trigger and the
# constructions directly, past the wrappers this script puts in their place
os.environ["DIPLOGRAPH_COMPILED"] = "0"



class Recorder:
    """Wraps every registered construction and the engine's trigger loop: in `record` mode it notes which calls
    changed nothing and which triggers had no effect; in `skip_calls` / `skip_triggers` mode it leaves those out."""

    def __init__(self, engine):
        self.engine, self.mode = engine, "plain"
        self.trigger = 0  # the trigger's number in the article
        self.calls = 0
        self.idle_calls: set[tuple[int, str]] = set()
        self.idle_triggers: set[int] = set()
        self.slots = [s for s in engine.Site.__slots__ if s not in ("ments", "found")]
        for phase in engine.REGISTRY.values():
            for k, (name, fn) in enumerate(phase):
                phase[k] = (name, self._wrap(name, fn))
        self._run_trigger = engine.run_trigger
        engine.run_trigger = self._trigger
        for cache in (engine._ENABLED, engine._LISTS, engine._FOR_TYPE):
            cache.clear()  # (they hold the unwrapped functions)

    def _state(self, ctx, site) -> tuple:
        """The site's fields, the sentence's state, the mentions, as values (lists copied): what a call may change."""
        values = (getattr(site, s) for s in self.slots)
        return (*(tuple(v) if isinstance(v, list) else v for v in values), *_effects(ctx, site.state))

    def _wrap(self, name: str, fn):
        passed = self.engine.Outcome.PASS

        def call(ctx, site, emit):
            key = (self.trigger, name)
            if self.mode == "skip_calls" and key in self.idle_calls:
                return passed
            if self.mode != "record":
                return fn(ctx, site, emit)
            self.calls += 1
            before = self._state(ctx, site)
            out = fn(ctx, site, emit)
            if out is passed and self._state(ctx, site) == before:
                self.idle_calls.add(key)
            return out

        self.engine.REGISTRATION[call] = self.engine.REGISTRATION[fn]
        return call

    def _trigger(self, ctx, site, emit, phases=None):
        self.trigger += 1
        if self.mode == "skip_triggers" and self.trigger in self.idle_triggers:
            return
        if self.mode != "record":
            return self._run_trigger(ctx, site, emit, phases)
        emitted: list[int] = []
        before = _effects(ctx, site.state)
        self._run_trigger(ctx, site, lambda *a, **k: emitted.append(1) or emit(*a, **k), phases)
        if not emitted and _effects(ctx, site.state) == before:
            self.idle_triggers.add(self.trigger)


def _effects(ctx, st) -> tuple:
    """What a trigger may leave for the ones after it: the sentence's subjects and speakers, the mentions."""
    return tuple(st.subjects_here), tuple(st.speakers), tuple(st.first_subjects), len(ctx.ments)


def _cpu_ms(run, rec: Recorder, mode: str, runs: int) -> float:
    rec.mode, times = mode, []
    for _ in range(runs):
        rec.trigger = 0
        c = time.process_time()
        run()
        times.append(time.process_time() - c)
    return statistics.median(times) * 1000


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--runs", type=int, default=100)
    args = ap.parse_args()

    from explorer.extract import constructions, engine, extract, objects, patterns  # noqa: F401  (registers them)
    from explorer.ingest.document import make_document
    from explorer.ingest.readers import read_path
    from explorer.kb import load_kb

    kb = load_kb()
    arabic = [d.text for d in read_path(ROOT / "explorer" / "samples") if getattr(d, "lang", "") == "ar"]
    doc = make_document("\n\n".join(arabic)[:3000], lang="ar", date="2016-07-16")
    rec = Recorder(engine)
    plain = extract(doc, kb).relations
    rec.mode, rec.trigger = "record", 0
    extract(doc, kb)
    triggers, calls = rec.trigger, rec.calls
    best = {m: [] for m in ("plain", "skip_calls", "skip_triggers")}
    for _ in range(args.rounds):  # (the three interleaved, so that the machine's other work falls on all of them)
        for mode in best:
            best[mode].append(_cpu_ms(lambda: extract(doc, kb), rec, mode, args.runs))
    same = all(_replay(rec, mode, doc, kb, extract) == plain for mode in best)
    ms = {m: min(v) for m, v in best.items()}
    print(f"article: {len(doc.text)} characters, {len(plain)} relations; output the same when skipping: {same}")
    print(f"triggers {triggers}, of which changed nothing: {len(rec.idle_triggers)}")
    print(f"construction calls {calls}, of which returned PASS and changed nothing: {len(rec.idle_calls)}")
    print(
        f"CPU ms per article: {ms['plain']:.2f}; every idle call skipped {ms['skip_calls']:.2f} "
        f"({100 * (1 - ms['skip_calls'] / ms['plain']):.1f} % less); every idle trigger skipped "
        f"{ms['skip_triggers']:.2f} ({100 * (1 - ms['skip_triggers'] / ms['plain']):.1f} % less); "
        f"load average {os.getloadavg()[0]:.2f}"
    )
    print(
        f"RESULT triggers={triggers} calls={calls} idle_calls={len(rec.idle_calls)} "
        f"idle_triggers={len(rec.idle_triggers)} cpu_ms={ms['plain']:.2f} cpu_ms_no_idle_calls={ms['skip_calls']:.2f} "
        f"cpu_ms_no_idle_triggers={ms['skip_triggers']:.2f} same={same} load1={os.getloadavg()[0]:.2f}"
    )


def _replay(rec: Recorder, mode: str, doc, kb, extract) -> list:
    rec.mode, rec.trigger = mode, 0
    return extract(doc, kb).relations


if __name__ == "__main__":
    main()
