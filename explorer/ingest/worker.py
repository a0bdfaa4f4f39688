"""What runs in a worker process (or on a Dask worker): the pure extraction of a chunk of documents.

Kept small on purpose: a worker imports this module, the extractor and the knowledge base, and
nothing of the reading side (trafilatura, feedparser, pandas).
"""

from __future__ import annotations

import functools
import gc
import os
import signal
import threading
import time
from collections.abc import Callable

from explorer.errors import ExplorerError
from explorer.records import Document, Extraction

Extractor = Callable[[Document], Extraction]

_extract: Extractor | None = None
_dask_cache: dict = {}
_dask_lock = threading.Lock()


def default_extractor() -> Extractor:
    """The real extractor with the knowledge base loaded (once per process: load_kb is cached)."""
    try:
        from explorer.extract.pipeline import extract
        from explorer.kb import load_kb
    except ImportError as e:
        raise ExplorerError(
            f"the extractor is not available ({e}); pass extractor=... or install the full package"
        ) from None
    return functools.partial(extract, kb=load_kb())


def warm() -> None:
    """Load what every extraction needs (knowledge base, gazetteer automaton, both lexicons, the
    constructions) and freeze it out of the garbage collector's sight. Run by the forkserver before it forks
    the pool's workers (explorer/ingest/preload.py), so they share one copy of these pages instead of each
    loading its own (about 100 MB a worker): a frozen object is never written by a collection, so its
    pages stay shared after fork."""
    from explorer.extract import constructions, objects, patterns  # noqa: F401  (registers the constructions)
    from explorer.extract.gazetteer import automaton
    from explorer.extract.lexicon import load_lexicon
    from explorer.kb import load_kb

    automaton(load_kb())
    load_lexicon("ar")
    load_lexicon("en")
    gc.collect()
    gc.freeze()


def check_default_extractor() -> None:
    """Fail early, in the calling process, with a clear message when the extractor cannot be imported."""
    try:
        import explorer.extract.pipeline  # noqa: F401
        import explorer.kb  # noqa: F401
    except ImportError as e:
        raise ExplorerError(
            f"the extractor is not available ({e}); pass extractor=... or install the full package"
        ) from None


def safe_extract(fn: Extractor, doc: Document):
    """An Extraction, or a Failure saying why this one document could not be extracted (very long texts are
    extracted in bounded blocks: explorer.extract.blocks)."""
    from explorer.extract.blocks import extract_in_blocks
    from explorer.ingest.readers import Failure

    try:
        ex = extract_in_blocks(fn, doc)
    except Exception as e:  # noqa: BLE001 - one bad article must not stop a run; it is reported
        return Failure(doc.path or doc.id[:16], None, f"extraction failed: {type(e).__name__}: {e}")
    if not isinstance(ex, Extraction):
        return Failure(doc.path or doc.id[:16], None, f"extractor returned {type(ex).__name__}, not an Extraction")
    return ex


# -- process pool --------------------------------------------------------------------------------------


def init_pool_worker(extractor: Extractor | None, main_pid: int, ready=None) -> None:
    """ProcessPoolExecutor initializer: load the extractor and knowledge base once for this worker.

    `ready` (a shared counter) is incremented once the extractor is loaded, so the ingest can tell a
    pool that cannot start at all from a worker that died later.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's to handle
    _watch_parent(main_pid)
    global _extract
    _extract = extractor if extractor is not None else default_extractor()
    gc.freeze()  # what is loaded now lives as long as the worker: no collection needs to walk it again
    if ready is not None:
        with ready.get_lock():
            ready.value += 1


def run_chunk(docs: list[Document]) -> list:
    assert _extract is not None, "init_pool_worker did not run"
    return [slim(safe_extract(_extract, d), d) for d in docs]


def slim(result, doc: Document):
    """What goes back to the ingesting process: it holds the document already, so not its text again
    (unpickling the documents was a third of the main process's cost per article)."""
    if isinstance(result, Extraction) and result.document is doc:
        return (result.entities, result.relations)
    return result


def fatten(result, doc: Document):
    """The inverse of `slim`, in the ingesting process."""
    if isinstance(result, tuple):
        return Extraction(doc, *result)
    return result


def _watch_parent(main_pid: int) -> None:
    """Exit when the ingesting process is gone (kill -9 leaves pool workers orphaned otherwise)."""
    ppid = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(0.5)
            if os.getppid() != ppid or not _alive(main_pid):
                os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


# -- Dask --------------------------------------------------------------------------------------------


def dask_chunk(docs: list[Document], extractor: Extractor | None) -> list:
    """The Dask task: same pure function; the default extractor is built once per worker process."""
    fn = extractor
    if fn is None:
        with _dask_lock:
            fn = _dask_cache.get("default")
            if fn is None:
                fn = _dask_cache["default"] = default_extractor()
    return [slim(safe_extract(fn, d), d) for d in docs]
