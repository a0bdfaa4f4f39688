"""Progress of an ingest: a plain value passed to a callback, and a printer for the terminal.

The ingest calls `progress(Progress(...))` a few times a second and once at the end (`done=True`).
The CLI passes `stderr_progress()`; the app passes its own callback (a Streamlit progress bar).

>>> p = Progress(files_done=5, files_total=10, bytes_done=50, bytes_total=100, read=40, ingested=38,
...              duplicates=2, failed=1, elapsed=2.0)
>>> format_progress(p)
'ingest  50% · 5/10 files · 40 articles (38 new, 2 duplicates, 1 failed) · 20 articles/s · ETA 0:02'
"""

from __future__ import annotations

import shutil
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TextIO


@dataclass(frozen=True)
class Progress:
    """Where an ingest stands. Totals are 0 when unknown (documents given in memory)."""

    files_done: int
    files_total: int
    bytes_done: int
    bytes_total: int
    read: int  # articles read so far, duplicates included
    ingested: int  # articles stored
    duplicates: int  # articles already stored (or seen twice in this run)
    failed: int  # files, lines or articles that failed
    elapsed: float  # seconds
    done: bool = False
    total: int | None = None  # articles expected, when the caller knows

    @property
    def processed(self) -> int:
        return self.ingested + self.duplicates

    @property
    def rate(self) -> float:
        """Articles per second, stored or skipped as duplicates."""
        return self.processed / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def fraction(self) -> float | None:
        """Share of the work done, 0..1, or None when the total is unknown."""
        if self.done:
            return 1.0
        if self.total:
            return min(1.0, self.processed / self.total)
        if self.bytes_total and self.bytes_done and self.read:
            # Articles expected, extrapolated from the bytes read so far; reading runs slightly ahead.
            expected = self.read * self.bytes_total / self.bytes_done
            return min(1.0, self.processed / expected) if expected else None
        if self.files_total:
            return min(1.0, self.files_done / self.files_total)
        return None

    @property
    def eta(self) -> float | None:
        """Seconds left, or None when unknown."""
        f = self.fraction
        if f is None or f <= 0 or self.elapsed <= 0:
            return 0.0 if self.done else None
        return self.elapsed * (1 - f) / f


def _clock(seconds: float) -> str:
    s = int(round(seconds))
    h, rest = divmod(s, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def format_progress(p: Progress) -> str:
    """One line: share done, files, articles, rate, ETA (or total time when done)."""
    parts = []
    f = p.fraction
    head = "ingest" + (f" {f * 100:3.0f}%" if f is not None else "")
    parts.append(head)
    if p.files_total:
        parts.append(f"{p.files_done}/{p.files_total} files")
    parts.append(f"{p.read} articles ({p.ingested} new, {p.duplicates} duplicates, {p.failed} failed)")
    parts.append(f"{p.rate:.0f} articles/s")
    if p.done:
        parts.append(f"done in {_clock(p.elapsed)}")
    elif p.eta is not None:
        parts.append(f"ETA {_clock(p.eta)}")
    return " · ".join(parts)


class ProgressPrinter:
    """A progress callback for the CLI: one updating line on a terminal, a line every 5 s otherwise.

    `ProgressPrinter(sys.stderr)` is what `python -m explorer ingest` passes as `progress`.
    """

    def __init__(self, stream: TextIO | None = None, *, interval: float | None = None) -> None:
        self.out = stream if stream is not None else sys.stderr
        try:
            self.tty = bool(self.out.isatty())
        except (AttributeError, ValueError):
            self.tty = False
        self.every = interval if interval is not None else (0.2 if self.tty else 5.0)
        # A terminal shows the line at once; a log gets its first line after one interval (short runs: one line).
        self._last = float("-inf") if self.tty else time.monotonic()
        self._width = 0

    def __call__(self, p: Progress) -> None:
        now = time.monotonic()
        if not p.done and now - self._last < self.every:
            return
        self._last = now
        line = format_progress(p)
        if self.tty:
            if not p.done:  # a wrapped line would defeat the carriage return
                line = line[: max(20, shutil.get_terminal_size((100, 20)).columns - 1)]
            pad = " " * max(0, self._width - len(line))
            self._width = len(line)
            self.out.write("\r" + line + pad + ("\n" if p.done else ""))
        else:
            self.out.write(line + "\n")
        self.out.flush()


def stderr_progress(stream: TextIO | None = None, *, interval: float | None = None) -> Callable[[Progress], None]:
    """The CLI's progress callback (a ProgressPrinter on stderr unless another stream is given)."""
    return ProgressPrinter(stream, interval=interval)
