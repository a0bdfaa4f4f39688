"""The ingest pipeline: read → skip what is stored → extract in parallel → store in batches.

The main process reads (cheap: decoding, trafilatura, dates), asks the store which documents it
already holds and sends only the new ones to the workers, in chunks. Workers load the extractor and
knowledge base once (pool initializer) and run the pure function `extract(doc, kb)`. Results come
back in order and the main process writes them, one transaction per batch. So:

- a kill at any moment loses at most the batch being written, which SQLite rolls back whole; the
  next run skips what is stored and redoes the rest: nothing lost, nothing twice;
- re-running on the same folder reads but does not extract again, which is fast;
- the dashboard reads while an ingest writes (SQLite WAL: one writer, many readers);
- failures are counted, not hoarded: the report keeps at most `FAILURES_PER_FILE` lines per file (and
  `FAILURES_KEPT` in all), passes each kept one to `on_failure` as it happens, and counts the rest, so
  millions of bad lines cost a counter, not gigabytes;
- a document the store refuses (a value it cannot encode, a constraint) fails alone: the batch is
  written again one document at a time.

The same pure function runs on a Dask cluster (`engine="dask"`); results come back through the same
store path, or go to partitioned Parquet (`to_parquet`) that `load_parquet` loads later.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import re
import sqlite3
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from explorer.errors import ExplorerError
from explorer.extract import blocks
from explorer.ingest import parquet, worker
from explorer.ingest.dates import redate_from_path
from explorer.ingest.progress import Progress
from explorer.ingest.readers import MAX_BYTES, Failure, FieldMap, FileDone, iter_items, plan
from explorer.records import Document, Extraction
from explorer.untrusted import terminal_text

__all__ = [
    "ENGINES", "IngestReport", "Progress", "ingest_documents", "ingest_paths", "load_parquet",
]

Extractor = Callable[[Document], Extraction]
ENGINES = ("local", "dask")
log = logging.getLogger("explorer.ingest")
BLOCKS_PER_CHUNK = 4  # blocks of a very long article per task: small tasks keep both workers busy to the end
PARALLEL_MIN = 48  # fewer new documents than this are extracted in-process: a pool costs more than it saves
PROGRESS_EVERY = 0.25  # seconds between progress callbacks
FAILURES_PER_FILE = 20  # failure lines reported per file; the rest of that file's failures are counted
FAILURES_KEPT = 2000  # failure lines kept in a report in all


@dataclass
class IngestReport:
    """What an ingest did. `ok` is False when anything failed; `to_text()` is what the CLI prints.

    `failed` holds the reported failures (at most FAILURES_PER_FILE per file, FAILURES_KEPT in all);
    `failures` counts every one, and `more` how many of each file's were counted but not listed.
    """

    ingested: int = 0
    duplicates: int = 0
    failed: list[Failure] = field(default_factory=list)
    seconds: float = 0.0
    undated: int = 0  # ingested documents with no date found
    partial: int = 0  # ingested documents dated only to a month or a year
    failures: int = 0
    more: Counter = field(default_factory=Counter)
    per_file: Counter = field(default_factory=Counter, repr=False)
    on_failure: Callable[[Failure], None] | None = field(default=None, repr=False, compare=False)

    def fail(self, f: Failure) -> None:
        """Count a failure; report it (to `on_failure`, and in `failed` while there is room) unless its file
        has had its share of line failures. A failure of a whole file (no line) is always reported."""
        self.failures += 1
        self.per_file[f.path] += 1
        if f.line is not None and self.per_file[f.path] > FAILURES_PER_FILE:
            self.more[f.path] += 1
            return
        if len(self.failed) < FAILURES_KEPT:
            self.failed.append(f)
        elif self.on_failure is None:
            self.more[f.path] += 1
        if self.on_failure is not None:
            self.on_failure(f)

    @property
    def failure_count(self) -> int:
        return max(self.failures, len(self.failed))

    @property
    def ok(self) -> bool:
        return not self.failed and not self.failures

    @property
    def rate(self) -> float:
        return (self.ingested + self.duplicates) / self.seconds if self.seconds > 0 else 0.0

    def to_text(self, *, listed: bool = True) -> str:
        """One line per listed failure (file:line: reason; left out when `listed` is False because they
        were printed as they came), one line per file with unlisted failures, then a summary line."""
        lines = [f"FAILED {f}" for f in self.failed] if listed else []
        lines += [f"FAILED {terminal_text(path)}: {n:,} more failures not listed" for path, n in self.more.items()]
        undated = f" ({self.undated} undated)" if self.undated else ""
        lines.append(
            f"ingested {self.ingested}{undated}, duplicates {self.duplicates}, failed {self.failure_count}"
            f" in {self.seconds:.1f} s ({self.rate:.0f} articles/s)"
        )
        if self.undated or self.partial:
            lines.append(self.dating_hint())
        return "\n".join(lines)

    def dating_hint(self) -> str:
        """How many documents lack a day, and the three ways to give them one."""
        parts = [f"{self.undated} undated"] if self.undated else []
        parts += [f"{self.partial} dated only to the month or year"] if self.partial else []
        return (
            f"dates: {', '.join(parts)}; date them with a `date:` line in front matter (or a date field), "
            "`--date-from-path '(?P<year>\\d{4})/(?P<month>\\d\\d)/'` for dated folders, "
            "or `python -m explorer review date DOC_ID YYYY-MM-DD`"
        )


def _store_fault(e: Exception) -> bool:
    """A fault of the store itself (locked, full, read-only, damaged): no document is to blame, the run stops."""
    if isinstance(e, (sqlite3.OperationalError, ExplorerError, OSError)) or type(e) is sqlite3.DatabaseError:
        return True
    return type(e).__name__ in ("OperationalError", "InterfaceError")  # the same faults from a PostgreSQL driver


# -- public API --------------------------------------------------------------------------------------


def ingest_paths(
    paths: list[Path],
    store,
    *,
    extractor: Extractor | None = None,
    workers: int | None = None,
    batch_size: int = 200,
    fields: FieldMap | None = None,
    max_bytes: int = MAX_BYTES,
    progress: Callable[[Progress], None] | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    to_parquet: Path | None = None,
    date_from_path: re.Pattern[str] | None = None,
    on_failure: Callable[[Failure], None] | None = None,
) -> IngestReport:
    """Ingest files, archives and folders into `store` (or into Parquet under `to_parquet`).

    `extractor` defaults to the real one (explorer.extract.pipeline.extract with the knowledge base);
    `workers` defaults to the number of cores (1 extracts in this process). Bad input never raises:
    it is listed in the report's `failed` (and given to `on_failure` as it happens). The store's own
    file, if it lies in a folder being read, is not read.
    """
    paths = [Path(p) for p in paths]
    files_total, bytes_total = plan(paths) if progress else (0, 0)
    own = [store.path] if getattr(store, "path", None) else []
    items = iter_items(paths, fields=fields, max_bytes=max_bytes, skip=own)
    if date_from_path is not None:
        items = redate_from_path(items, date_from_path)
    return _Run(
        store, extractor=extractor, workers=workers, batch_size=batch_size, progress=progress, engine=engine,
        scheduler=scheduler, to_parquet=to_parquet, files_total=files_total, bytes_total=bytes_total,
        on_failure=on_failure,
    ).run(items)


def ingest_documents(
    docs: Iterable[Document | Failure],
    store,
    *,
    extractor: Extractor | None = None,
    workers: int | None = None,
    batch_size: int = 200,
    progress: Callable[[Progress], None] | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    to_parquet: Path | None = None,
    total: int | None = None,
    on_failure: Callable[[Failure], None] | None = None,
) -> IngestReport:
    """Ingest documents given by the caller (the app's uploads: chain `read_bytes` of each file).

    Failures in `docs` (from read_bytes) go straight to the report. `docs` may be a generator: it is
    read as the ingest goes, so an upload of millions of bad lines is never held as a list. `total`,
    when known, lets the progress callback show a share done and an ETA; it is counted for you when
    `docs` is a list.
    """
    if total is None and isinstance(docs, (list, tuple)):
        total = sum(1 for d in docs if isinstance(d, Document))
    return _Run(
        store, extractor=extractor, workers=workers, batch_size=batch_size, progress=progress, engine=engine,
        scheduler=scheduler, to_parquet=to_parquet, total=total, on_failure=on_failure,
    ).run(docs)


def load_parquet(
    dir: Path, store, *, batch_size: int = 200, progress: Callable[[Progress], None] | None = None
) -> IngestReport:
    """Load the Parquet written by `ingest_paths(..., to_parquet=dir)` into `store`.

    Documents already stored are skipped, so loading twice (or after a crash) adds nothing twice.
    """
    start = time.monotonic()
    report = IngestReport()
    parts = parquet.part_files(Path(dir))
    if not Path(dir).is_dir():
        report.fail(Failure(str(dir), None, "no such folder"))
    elif not parts:
        report.fail(Failure(str(dir), None, "no .parquet files in this folder"))
    sizes = {p: p.stat().st_size for p in parts}
    done_bytes = 0
    batch: list[Extraction] = []

    def flush() -> None:
        added, dup = store.add(batch)
        report.ingested += added
        report.duplicates += dup
        report.undated += sum(1 for ex in batch if not ex.document.date) if added == len(batch) else 0
        batch.clear()

    for i, part in enumerate(parts, 1):
        try:
            exs = list(parquet.read_part(part))
        except Exception as e:  # noqa: BLE001 - pyarrow raises many types for a damaged file
            report.fail(Failure(str(part), None, f"cannot read Parquet: {e}"))
            exs = []
        for ex in exs:
            batch.append(ex)
            if len(batch) >= batch_size:
                flush()
        done_bytes += sizes[part]
        if progress:
            progress(_progress(report, i, len(parts), done_bytes, sum(sizes.values()), start, read=None))
    if batch:
        flush()
    report.seconds = time.monotonic() - start
    if progress:
        progress(_progress(report, len(parts), len(parts), done_bytes, done_bytes, start, read=None, done=True))
    return report


def _progress(report, files_done, files_total, bytes_done, bytes_total, start, *, read, done=False, total=None):
    processed = report.ingested + report.duplicates
    return Progress(
        files_done=files_done, files_total=files_total, bytes_done=bytes_done, bytes_total=bytes_total,
        read=processed if read is None else read, ingested=report.ingested, duplicates=report.duplicates,
        failed=report.failure_count, elapsed=time.monotonic() - start, done=done, total=total,
    )


# -- executors: where extraction runs ----------------------------------------------------------------


class _Inline:
    """Extraction in this process (one worker, or too few documents to be worth a pool)."""

    broken: tuple = ()
    ever_started = True

    def __init__(self, extractor: Extractor | None) -> None:
        self.fn = extractor if extractor is not None else worker.default_extractor()

    def submit(self, docs: list[Document]) -> Future:
        f: Future = Future()
        f.set_result([worker.safe_extract(self.fn, d) for d in docs])
        return f

    def close(self, cancel: bool = False) -> None:
        pass


class _Pool:
    """A process pool; workers load the extractor once (initializer) and get chunks of documents."""

    broken = (BrokenProcessPool,)

    def __init__(self, extractor: Extractor | None, workers: int) -> None:
        # forkserver: safe from a threaded caller (the app) and quick to start more workers.
        methods = multiprocessing.get_all_start_methods()
        ctx = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
        if extractor is None and "forkserver" in methods:
            # The forkserver loads the knowledge base once and its workers share it (copy-on-write pages):
            # the pool's memory is one knowledge base plus each worker's own work, not one per worker.
            # (Takes effect when this process starts its forkserver, at its first pool.)
            ctx.set_forkserver_preload(["__main__", "explorer.ingest.preload"])  # (__main__: the default)
        self.ready = ctx.Value("i", 0)  # workers that got through the initializer
        self.ex = ProcessPoolExecutor(
            workers, mp_context=ctx, initializer=worker.init_pool_worker,
            initargs=(extractor, os.getpid(), self.ready),
        )

    @property
    def ever_started(self) -> bool:
        """False when no worker got as far as loading the extractor: the pool cannot work here at all."""
        return self.ready.value > 0

    def submit(self, docs: list[Document]) -> Future:
        return self.ex.submit(worker.run_chunk, docs)

    def close(self, cancel: bool = False) -> None:
        self.ex.shutdown(wait=not cancel, cancel_futures=cancel)


class _Split:
    """A very long article extracted block by block in the pool: blocks come back in any order and are
    merged in block order (the same result as `blocks.extract_in_blocks` in one process)."""

    def __init__(self, doc: Document) -> None:
        self.merge = blocks.Merge(doc)
        self.starts: list[int] = []
        self.count: int | None = None  # known once every block is sent
        self.waiting: dict[int, Extraction] = {}
        self.next = self.done = 0
        self.failure: Failure | None = None

    def add(self, n: int, r: Extraction | Failure) -> bool:
        """Block n's result; True when the article is complete."""
        self.done += 1
        if isinstance(r, Failure):
            self.failure = self.failure or r
        elif self.failure is None:
            self.waiting[n] = r
            while self.next in self.waiting:
                self.merge.add(self.waiting.pop(self.next), self.starts[self.next])
                self.next += 1
        else:
            self.waiting.clear()
        return self.done == self.count

    def result(self) -> Extraction | Failure:
        return self.failure or self.merge.result()


class _Dask:
    """A Dask distributed client: the given scheduler, or a LocalCluster started for this ingest."""

    def __init__(self, extractor: Extractor | None, workers: int, scheduler: str | None) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise ExplorerError("engine 'dask' needs dask[distributed]: pip install 'dask[distributed]'") from None
        self.extractor = extractor
        self.cluster = None
        try:
            if scheduler and scheduler.endswith(".json") and Path(scheduler).exists():
                self.client = Client(scheduler_file=scheduler, timeout="30s")
            elif scheduler:
                self.client = Client(scheduler, timeout="30s")
            else:
                self.cluster = LocalCluster(
                    n_workers=workers, threads_per_worker=1, processes=workers > 1, dashboard_address=None,
                    silence_logs=logging.WARNING,
                )
                self.client = Client(self.cluster)
        except OSError as e:
            raise ExplorerError(f"cannot reach the Dask scheduler {scheduler}: {e}") from None
        self.broken = (Exception,)
        self.ever_started = True

    def submit(self, docs: list[Document]):
        return self.client.submit(worker.dask_chunk, docs, self.extractor, pure=False)

    def close(self, cancel: bool = False) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


# -- the pipeline ------------------------------------------------------------------------------------


class _Run:
    def __init__(
        self,
        store,
        *,
        extractor: Extractor | None,
        workers: int | None,
        batch_size: int,
        progress: Callable[[Progress], None] | None,
        engine: str,
        scheduler: str | None,
        to_parquet: Path | None,
        files_total: int = 0,
        bytes_total: int = 0,
        total: int | None = None,
        on_failure: Callable[[Failure], None] | None = None,
    ) -> None:
        if engine not in ENGINES:
            raise ExplorerError(f"No engine '{engine}'. Known engines: {', '.join(ENGINES)}")
        if batch_size < 1:
            raise ExplorerError(f"batch_size must be at least 1, not {batch_size}")
        if workers is not None and workers < 0:
            raise ExplorerError(f"workers must be 0 or more, not {workers}")
        if store is None and to_parquet is None:
            raise ExplorerError("nowhere to write: give a store or to_parquet")
        if extractor is None:
            worker.check_default_extractor()
        self.store = store
        self.extractor = extractor
        self.workers = workers if workers else (os.cpu_count() or 1)
        if workers == 0:
            self.workers = 1
        self.batch_size = batch_size
        self.chunk = max(1, min(32, batch_size // (2 * self.workers) or 1))
        self.max_inflight = 4 * self.workers
        self.engine = engine
        self.scheduler = scheduler
        self.to_parquet = Path(to_parquet) if to_parquet else None
        self.progress = progress
        self.files_total, self.bytes_total, self.total = files_total, bytes_total, total
        self.files_done = self.bytes_done = self.read = 0
        self.report = IngestReport(on_failure=on_failure)
        self.seen: set[str] = set()
        self.pending: list[Document] = []
        self.inflight: deque[tuple[object, list[Document]]] = deque()
        self.out: list[Extraction] = []
        self.pieces: dict[int, tuple[_Split, int]] = {}  # id(block document) → its article's split, block number
        self.executor = None
        self.start = 0.0
        self.last_progress = float("-inf")

    def run(self, items: Iterable[Document | Failure | FileDone]) -> IngestReport:
        self.start = time.monotonic()
        completed = False
        try:
            for item in items:
                if isinstance(item, FileDone):
                    self.files_done += 1
                    self.bytes_done += item.nbytes
                    self._tick()
                elif isinstance(item, Failure):
                    self.report.fail(item)
                elif isinstance(item, Document):
                    self.read += 1
                    if item.id in self.seen:
                        self.report.duplicates += 1  # the same article twice in this run
                        continue
                    self.seen.add(item.id)
                    self.pending.append(item)
                    if len(self.pending) >= self.batch_size:
                        self._dispatch(final=False)
                else:
                    raise TypeError(f"ingest got {type(item).__name__}; expected Document or Failure")
            self._dispatch(final=True)
            while self.inflight:
                self._collect()
            self._write()
            completed = True
        finally:
            if self.executor is not None:
                self.executor.close(cancel=not completed)
        self.report.seconds = time.monotonic() - self.start
        self._tick(done=True)
        return self.report

    # Documents read → known ones skipped → new ones sent to the executor in chunks.
    def _dispatch(self, *, final: bool) -> None:
        if not self.pending:
            return
        docs, self.pending = self.pending, []
        known = self.store.known_ids(d.id for d in docs) if self.store is not None else set()
        self.report.duplicates += len(known)
        new = [d for d in docs if d.id not in known]
        if not new:
            self._tick()
            return
        if self.executor is None:
            units = sum(len(d.text) // blocks.BLOCK_CHARS + 1 for d in new)  # a very long article is many blocks
            self.executor = self._make_executor(small=final and units < PARALLEL_MIN)
        if isinstance(self.executor, _Pool):  # the blocks of a very long article go to every worker
            whole = [d for d in new if len(d.text) <= blocks.BLOCK_CHARS]
            for d in new:
                if len(d.text) > blocks.BLOCK_CHARS:
                    self._submit_blocks(d)
            new = whole
        for i in range(0, len(new), self.chunk):
            self._submit(new[i : i + self.chunk])
            while len(self.inflight) > self.max_inflight:
                self._collect()

    def _submit_blocks(self, doc: Document) -> None:
        """Send a very long article's blocks (explorer.extract.blocks) to the pool a few at a time; `_settle`
        puts their extractions back together in block order."""
        split = _Split(doc)
        chunk: list[Document] = []
        for n, (start, block) in enumerate(blocks.block_documents(doc)):
            split.starts.append(start)
            self.pieces[id(block)] = (split, n)
            chunk.append(block)
            if len(chunk) == BLOCKS_PER_CHUNK:
                self._submit(chunk)
                chunk = []
                while len(self.inflight) > self.max_inflight:
                    self._collect()
        if chunk:
            self._submit(chunk)
        split.count = len(split.starts)
        if split.done == split.count:  # every block came back already (or there was none)
            self._settle_whole(split.result())

    def _submit(self, chunk: list[Document]) -> None:
        try:
            fut = self.executor.submit(chunk)
        except BrokenProcessPool as e:
            if self.executor.ever_started:  # a worker died since the last result
                self._lost(chunk, e)
                return
            # The pool could not even start (e.g. a __main__ that cannot be re-imported): go on in-process.
            self._fall_back_inline(e)
            fut = self.executor.submit(chunk)
        self.inflight.append((fut, chunk))

    def _fall_back_inline(self, error: BaseException) -> None:
        log.warning("process pool could not start (%s); extracting in this process", error)
        self.executor.close(cancel=True)
        self.executor = _Inline(self.extractor)
        rest = [c for _, c in self.inflight]
        self.inflight.clear()
        for c in rest:
            self.inflight.append((self.executor.submit(c), c))

    def _make_executor(self, *, small: bool):
        if self.engine == "dask":
            return _Dask(self.extractor, self.workers, self.scheduler)
        if self.workers <= 1 or small:
            return _Inline(self.extractor)
        return _Pool(self.extractor, self.workers)

    def _collect(self) -> None:
        fut, chunk = self.inflight.popleft()
        try:
            results = fut.result()
        except self.executor.broken as e:
            if isinstance(e, BrokenProcessPool) and not self.executor.ever_started:
                self.inflight.appendleft((fut, chunk))
                self._fall_back_inline(e)
                return
            self._lost(chunk, e)
            return
        self._take(results, chunk)

    def _take(self, results: list, chunk: list[Document]) -> None:
        for r, doc in zip(results, chunk, strict=True):
            self._settle(doc, worker.fatten(r, doc))
        if len(self.out) >= self.batch_size:
            self._write()

    def _settle(self, doc: Document, r: Extraction | Failure) -> None:
        """A document's extraction (or failure) is in; a block's goes to its article, complete once all are."""
        piece = self.pieces.pop(id(doc), None)
        if piece is not None:
            split, n = piece
            if not split.add(n, r):
                return
            r = split.result()
        self._settle_whole(r)

    def _settle_whole(self, r: Extraction | Failure) -> None:
        if isinstance(r, Failure):
            self.report.fail(r)
        else:
            self.out.append(r)

    def _lost(self, chunk: list[Document], error: BaseException) -> None:
        """A worker died (killed, out of memory, a crash in C code) or a Dask task failed.

        Dask: only that task's documents fail. A process pool is broken as a whole and every chunk in
        flight fails with it, so the suspects are extracted again one by one in a fresh pool: the
        innocent ones are stored, the one that kills its worker is reported, and the run goes on.
        """
        if not isinstance(self.executor, _Pool):
            reason = f"extraction task failed ({type(error).__name__}: {error}); run the ingest again to retry"
            for d in chunk:
                self._settle(d, Failure(d.path or d.id[:16], None, reason))
            return
        suspects = chunk + [d for _, c in self.inflight for d in c]
        self.inflight.clear()
        log.warning("a worker process died (%s); extracting %d documents one by one", error, len(suspects))
        self.executor.close(cancel=True)
        self.executor = _Pool(self.extractor, self.workers)
        for doc in suspects:
            try:
                results = self.executor.submit([doc]).result()
            except BrokenProcessPool as e:
                reason = f"worker process died while extracting this document ({e})"
                self._settle(doc, Failure(doc.path or doc.id[:16], None, reason))
                self.executor.close(cancel=True)
                self.executor = _Pool(self.extractor, self.workers)
                continue
            self._take(results, [doc])

    def _write(self) -> None:
        if not self.out:
            return
        batch, self.out = self.out, []
        if self.to_parquet is not None:
            added, dup = parquet.write_parts(self.to_parquet, batch), 0
        else:
            added, dup, batch = self._store(batch)
        self.report.ingested += added
        self.report.duplicates += dup
        if added == len(batch):
            self.report.undated += sum(1 for ex in batch if not ex.document.date)
            self.report.partial += sum(1 for ex in batch if ex.document.date and ex.document.date_precision
                                       in ("month", "year"))
        self._tick()

    def _store(self, batch: list[Extraction]) -> tuple[int, int, list[Extraction]]:
        """Write a batch; if the store refuses it for something in a document (not for the store itself:
        locked, full, damaged), write the documents one by one so that only the faulty one fails."""
        try:
            added, dup = self.store.add(batch)
            return added, dup, batch
        except Exception as e:  # noqa: BLE001 - narrowed below, document by document
            if _store_fault(e):
                raise
            if len(batch) == 1:
                self._refused(batch[0], e)
                return 0, 0, []
        added = dup = 0
        kept = []
        for ex in batch:
            try:
                a, d = self.store.add([ex])
            except Exception as e:  # noqa: BLE001 - this document alone fails; the rest are stored
                if _store_fault(e):
                    raise
                self._refused(ex, e)
                continue
            added, dup = added + a, dup + d
            kept.append(ex)
        return added, dup, kept

    def _refused(self, ex: Extraction, e: Exception) -> None:
        d = ex.document
        self.report.fail(Failure(d.path or d.id[:16], None, f"cannot store: {type(e).__name__}: {e}"))

    def _tick(self, *, done: bool = False) -> None:
        if self.progress is None:
            return
        now = time.monotonic()
        if not done and now - self.last_progress < PROGRESS_EVERY:
            return
        self.last_progress = now
        self.progress(
            _progress(
                self.report, self.files_done, self.files_total, self.bytes_done, self.bytes_total, self.start,
                read=self.read, done=done, total=self.total,
            )
        )

