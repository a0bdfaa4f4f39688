"""Helpers for the hostile-input tests: the CLI in a child process (with its peak memory), store counts."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GOOD_EN = "MOSCOW, July {day}, 2016 - Lavrov met Kerry in Geneva to discuss the truce in Syria (report {n})."
GOOD_AR = "موسكو ــ {day} تموز 2016: التقى وزير الخارجية الروسي سيرغي لافروف نظيره الأميركي جون كيري في جنيف ({n})."

# The CLI as a user runs it, plus its own peak resident memory. VmHWM belongs to the program's own memory
# map; getrusage's ru_maxrss does not: Linux carries it across fork and exec, so a child forked from a
# large test process would report the test process's size.
_CHILD = (
    "import resource, sys\n"
    "from explorer.cli import main\n"
    "def peak_kb():\n"
    "    try:\n"
    "        for line in open('/proc/self/status'):\n"
    "            if line.startswith('VmHWM:'):\n"
    "                return int(line.split()[1])\n"
    "    except OSError:\n"
    "        pass\n"
    "    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
    "try:\n"
    "    rc = main(sys.argv[1:])\n"
    "finally:\n"
    "    sys.stdout.flush()\n"
    "    print('MAXRSS_KB', peak_kb(), file=sys.stderr)\n"
    "sys.exit(rc)\n"
)


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str
    peak_mb: float

    @property
    def failed_lines(self) -> list[str]:
        return [ln for ln in self.stdout.splitlines() if ln.startswith("FAILED ")]


def cli(*args, cwd: Path | None = None, timeout: int = 300, env: dict | None = None) -> Run:
    full_env = dict(os.environ, PYTHONPATH=str(ROOT), **(env or {}))
    r = subprocess.run(
        [sys.executable, "-c", _CHILD, *map(str, args)], capture_output=True, cwd=cwd or ROOT, env=full_env,
        timeout=timeout,
    )
    stderr = r.stderr.decode("utf-8", "replace")
    m = re.search(r"MAXRSS_KB (\d+)", stderr)
    return Run(r.returncode, r.stdout.decode("utf-8", "replace"), stderr, int(m.group(1)) / 1024 if m else 0.0)


def article(n: int, lang: str = "en") -> str:
    return (GOOD_AR if lang == "ar" else GOOD_EN).format(day=n % 28 + 1, n=n)


def counts(db: Path) -> dict:
    """Rows per table and SQLite's own integrity verdict."""
    con = sqlite3.connect(db)
    try:
        out = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
               for t in ("documents", "entities", "mentions", "relations")}
        out["integrity"] = con.execute("PRAGMA integrity_check").fetchone()[0]
        return out
    finally:
        con.close()


def paths(db: Path) -> list[str]:
    con = sqlite3.connect(db)
    try:
        return sorted(r[0] for r in con.execute("SELECT path FROM documents"))
    finally:
        con.close()


def ingest_twice(folder: Path, db: Path, *extra) -> tuple[Run, Run]:
    """Ingest, then again: the second run must add nothing and change nothing."""
    first = cli("ingest", folder, "--db", db, "--quiet", "--workers", "1", *extra)
    before = counts(db)
    second = cli("ingest", folder, "--db", db, "--quiet", "--workers", "1", *extra)
    after = counts(db)
    assert after == before and after["integrity"] == "ok"
    assert "ingested 0," in second.stdout, second.stdout
    return first, second
