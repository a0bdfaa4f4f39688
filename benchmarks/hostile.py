"""Hostile-input benchmark: `ingest` time and peak resident memory on inputs built to hurt (issue 10).

Each case is generated in a temporary folder and ingested by the CLI in a child process, which reports
its own peak resident memory (getrusage); the wall time is measured around it. Cases, at --scale 1:

- article:  one 19.5 MB article on a single line (news-style sentences about known actors), under the
            20 MB limit;
- zip:      6,000,000 malformed JSON lines in a zip (each line different, so no ratio limit stops them);
- mixed:    the same after one good record, so the file is read to its end (every line parsed, counted);
- gzip:     a gzip that would expand to 10 GB (a valid stream built from one repeated deflate block),
            one good record first so that it is the expansion limit that stops it;
- tiny:     20,000 tiny article files in one folder;
- upload:   the dashboard's upload path (read_bytes -> ingest_documents, as explorer/ui/upload_tab.py
            calls it) on a 50 MB upload of bad lines: peak memory, and resident memory after it.

Targets: every case under 500 MB resident and under 60 s, counting the extraction pool's processes. Each
line gives the ingesting process's own peak (getrusage) and the peak of the whole process tree (it, the
forkserver and the pool's workers, sampled every 0.2 s) two ways: PSS, where a page shared by several
processes (the knowledge base the workers share with the forkserver) is split between them, so the sum is
the memory the tree really holds; and RSS summed, where a shared page is counted once in every process
that maps it (an upper bound). `ok` asks for the main process's peak and the tree's PSS under 500 MB and
every case under 60 s. Prints one line per case, then `RESULT key=value ...`. Figures are noisy on a
shared machine: the load average is printed with them.

    python benchmarks/hostile.py                # full size (several minutes)
    python benchmarks/hostile.py --scale 0.05   # quick run
    python benchmarks/hostile.py --only article,gzip
"""

from __future__ import annotations

import argparse
import gzip
import os
import random
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIMIT_MB, LIMIT_S = 500, 60
CASES = ("article", "zip", "mixed", "gzip", "tiny", "upload")
GOOD = b'{"text": "GENEVA, March 3, 2016 - Sergei Lavrov met John Kerry in Geneva to discuss the ceasefire."}\n'

_CHILD_CLI = (
    "import resource, sys\n"
    "from explorer.cli import main\n"
    "rc = main(sys.argv[1:])\n"
    "sys.stdout.flush()\n"
    "print('PEAK_KB', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n"
    "sys.exit(rc)\n"
)

_CHILD_UPLOAD = (
    "import gc, resource, sys\n"
    "import psutil\n"
    "from explorer.ingest.readers import read_bytes\n"
    "from explorer.ingest.run import ingest_documents\n"
    "from explorer.store import open_store\n"
    "data = open(sys.argv[1], 'rb').read()\n"
    "with open_store(sys.argv[2]) as store:\n"
    "    report = ingest_documents(read_bytes('upload.jsonl', data), store)\n"
    "print('FAILED', report.failure_count, 'KEPT', len(report.failed))\n"
    "del data, report\n"
    "gc.collect()\n"
    "print('PEAK_KB', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n"
    "print('AFTER_KB', psutil.Process().memory_info().rss // 1024, file=sys.stderr)\n"
)

_PEOPLE = ["Sergei Lavrov", "John Kerry", "Staffan de Mistura", "Mohammad Javad Zarif", "Mevlut Cavusoglu",
           "Ban Ki-moon", "Antonio Guterres", "Bashar al-Assad", "Vladimir Putin", "Recep Tayyip Erdogan"]
_PLACES = ["Geneva", "Vienna", "Astana", "Moscow", "Ankara", "Damascus", "Riyadh", "Cairo", "Doha", "Beirut"]
_VERBS = ["met", "phoned", "held talks with", "criticised", "welcomed the proposal of", "visited"]


def sentence(rnd: random.Random, i: int) -> str:
    a, b = rnd.sample(_PEOPLE, 2)
    return (f"{a} {rnd.choice(_VERBS)} {b} in {rnd.choice(_PLACES)} on day {i} to discuss the ceasefire "
            f"and Resolution 2254.")


# -- generators -----------------------------------------------------------------------------------------


def make_article(folder: Path, mb: float) -> Path:
    rnd = random.Random(1)
    p = folder / "one-line.txt"
    target = int(mb * 1_000_000)
    with open(p, "w", encoding="utf-8") as f:
        f.write("GENEVA, March 3, 2016 - ")
        n = i = 0
        while n < target:
            s = sentence(rnd, i) + " "
            f.write(s)
            n += len(s)
            i += 1
    return p


def make_zip(folder: Path, lines: int, *, good_first: bool = False) -> Path:
    rnd = random.Random(2)
    p = folder / "bad-lines.zip"
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as z, z.open("lines.jsonl", "w") as f:
        if good_first:
            f.write(GOOD)
        buf = []
        for i in range(lines):
            buf.append(b'{"id": %d, "text": broken %d\n' % (i, rnd.randrange(1000)))
            if len(buf) == 100_000:
                f.write(b"".join(buf))
                buf.clear()
        f.write(b"".join(buf))
    return p


def make_gzip(folder: Path, gb: float) -> Path:
    """A gzip member expanding to `gb` GB of one repeated line, written without compressing it all: after
    a full flush a deflate block does not depend on what came before, so one block is written many times."""
    line = b'{"text": broken line, not JSON}\n'
    chunk = line * (1_048_576 // len(line))
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    repeats = max(1, int(gb * 1e9 / len(chunk)))
    p = folder / "bomb.jsonl.gz"
    with open(p, "wb") as f:
        f.write(b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff")
        first = comp.compress(GOOD) + comp.flush(zlib.Z_FULL_FLUSH)
        f.write(first)
        crc = zlib.crc32(GOOD)
        block = comp.compress(chunk) + comp.flush(zlib.Z_FULL_FLUSH)
        for _ in range(repeats):
            f.write(block)
            crc = zlib.crc32(chunk, crc)
        f.write(comp.flush(zlib.Z_FINISH))
        f.write(struct.pack("<II", crc, (len(GOOD) + len(chunk) * repeats) & 0xFFFFFFFF))
    with gzip.open(p) as g:  # a valid gzip: its first bytes read back
        assert g.read(len(GOOD) + len(line)) == GOOD + line
    return p


def make_tiny(folder: Path, n: int) -> Path:
    rnd = random.Random(3)
    d = folder / "tiny"
    d.mkdir()
    for i in range(n):
        (d / f"{i:06d}.txt").write_text(sentence(rnd, i), encoding="utf-8")
    return d


def make_upload(folder: Path, mb: float) -> Path:
    rnd = random.Random(4)
    p = folder / "upload.jsonl"
    target = int(mb * 1_000_000)
    with open(p, "wb") as f:
        n = i = 0
        while n < target:
            line = b'{"text": "unterminated %d %d\n' % (i, rnd.randrange(10**6))
            f.write(line)
            n += len(line)
            i += 1
    return p


# -- running --------------------------------------------------------------------------------------------


# the last child's peaks over it and its descendants (forkserver, pool workers): RSS summed, and PSS summed
TREE_PEAK = {"mb": float("nan"), "pss": float("nan")}


def _tree_sampler(pid: int, stop: threading.Event) -> None:
    """Every 0.2 s, the memory of the child and all its descendants (the extraction pool): resident sets
    summed (shared pages counted in each process) and proportional sets summed (shared pages split)."""
    try:
        import psutil
    except ImportError:
        return
    peak = peak_pss = 0
    while not stop.wait(0.2):
        try:
            procs = [psutil.Process(pid)]
            procs += procs[0].children(recursive=True)
        except psutil.Error:
            break
        total = pss = 0
        for q in procs:
            try:
                info = q.memory_full_info()  # (reads /proc/PID/smaps_rollup: the PSS)
            except psutil.Error:
                continue
            total += info.rss
            pss += getattr(info, "pss", info.rss)
        peak, peak_pss = max(peak, total), max(peak_pss, pss)
    TREE_PEAK["mb"] = peak / 1e6 if peak else float("nan")
    TREE_PEAK["pss"] = peak_pss / 1e6 if peak_pss else float("nan")


def run_child(code: str, *args, timeout: float) -> tuple[float, float, str, str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    start = time.monotonic()
    TREE_PEAK["mb"] = TREE_PEAK["pss"] = float("nan")
    p = subprocess.Popen([sys.executable, "-c", code, *map(str, args)], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    stop = threading.Event()
    sampler = threading.Thread(target=_tree_sampler, args=(p.pid, stop), daemon=True)
    sampler.start()
    try:
        out, err = p.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        p.kill()
        out, _ = p.communicate()
        return time.monotonic() - start, float("nan"), out or "", "timeout"
    finally:
        stop.set()
        sampler.join()
    seconds = time.monotonic() - start
    m = re.search(r"PEAK_KB (\d+)", err)
    return seconds, int(m.group(1)) / 1024 if m else float("nan"), out, err


def summary_line(stdout: str) -> str:
    lines = [ln for ln in stdout.splitlines() if ln.startswith("ingested ")]
    return lines[-1] if lines else stdout.strip().splitlines()[-1] if stdout.strip() else ""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="ingest time and memory on hostile inputs")
    ap.add_argument("--scale", type=float, default=1.0, help="size of every case relative to the issue's (1.0)")
    ap.add_argument("--only", default=",".join(CASES), help=f"comma-separated cases of {', '.join(CASES)}")
    ap.add_argument("--workers", type=int, default=None, help="extraction processes (default: one per core)")
    ap.add_argument("--timeout", type=float, default=900, help="seconds before a case is stopped")
    args = ap.parse_args(argv)
    only = [c for c in args.only.split(",") if c]
    unknown = set(only) - set(CASES)
    if unknown:
        ap.error(f"unknown case(s): {', '.join(sorted(unknown))}")
    s = args.scale
    workers = ["--workers", str(args.workers)] if args.workers else []
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}; cores {os.cpu_count()}; "
          f"scale {s:g}", flush=True)
    results: dict[str, float] = {}
    base = Path(tempfile.mkdtemp(prefix="diplograph-hostile-"))
    try:
        for case in only:
            folder = base / case
            folder.mkdir()
            if case == "article":
                what = f"{19.5 * s:g} MB single-line article"
                path = make_article(folder, 19.5 * s)
            elif case == "zip":
                what = f"{int(6_000_000 * s):,} malformed lines in a zip"
                path = make_zip(folder, int(6_000_000 * s))
            elif case == "mixed":
                what = f"one good record, then {int(6_000_000 * s):,} malformed lines in a zip"
                path = make_zip(folder, int(6_000_000 * s), good_first=True)
            elif case == "gzip":
                what = f"gzip expanding to {10 * s:g} GB"
                path = make_gzip(folder, 10 * s)
            elif case == "tiny":
                what = f"{int(20_000 * s):,} tiny files"
                path = make_tiny(folder, int(20_000 * s))
            else:
                what = f"{50 * s:g} MB upload of bad lines (the app's ingest_documents path)"
                path = make_upload(folder, 50 * s)
            size = sum(f.stat().st_size for f in ([path] if path.is_file() else path.iterdir()))
            if case == "upload":
                secs, peak, out, err = run_child(_CHILD_UPLOAD, path, folder / "s.db", timeout=args.timeout)
                m = re.search(r"AFTER_KB (\d+)", err)
                after = int(m.group(1)) / 1024 if m else float("nan")
                results["upload_after_mb"] = after
                detail = f"{out.strip()}; resident after: {after:.0f} MB"
            else:
                secs, peak, out, err = run_child(_CHILD_CLI, "ingest", path, "--db", folder / "s.db", "--quiet",
                                                 *workers, timeout=args.timeout)
                failed = [ln for ln in out.splitlines() if ln.startswith("FAILED") and "more failures" not in ln]
                detail = summary_line(out) + (f"; first failure: {failed[0][:140]}" if failed else "")
                if err == "timeout":
                    detail = f"stopped after {args.timeout:g} s"
            results[f"{case}_s"] = secs
            results[f"{case}_peak_mb"] = peak
            results[f"{case}_tree_pss_mb"] = TREE_PEAK["pss"]
            results[f"{case}_tree_rss_mb"] = TREE_PEAK["mb"]
            print(f"{case:8} {what}: {secs:6.1f} s, peak {peak:6.0f} MB; with its forkserver and workers "
                  f"{TREE_PEAK['pss']:6.0f} MB PSS ({TREE_PEAK['mb']:.0f} MB RSS summed) "
                  f"(input {size / 1e6:.1f} MB on disk) — {detail}", flush=True)
            shutil.rmtree(folder, ignore_errors=True)
    finally:
        shutil.rmtree(base, ignore_errors=True)
    load = os.getloadavg()
    peaks = [v for k, v in results.items() if k.endswith("_peak_mb") or k == "upload_after_mb"]
    trees = [v for k, v in results.items() if k.endswith("_tree_pss_mb") and v == v]  # (nan: no psutil)
    times = [v for k, v in results.items() if k.endswith("_s")]
    ok = all(p < LIMIT_MB for p in peaks + trees) and all(t < LIMIT_S for t in times)
    print(f"load average after: {' '.join(f'{x:.2f}' for x in load)}")
    fields = " ".join(f"{k}={v:.1f}" for k, v in results.items())
    print(f"RESULT scale={s:g} {fields} max_peak_mb={max(peaks, default=0):.0f} "
          f"max_tree_pss_mb={max(trees, default=0):.0f} max_s={max(times, default=0):.1f} "
          f"load1={load[0]:.2f} ok={ok}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
