"""Python's cyclic garbage collector paused while a view is built and drawn.

Building a view and its snapshot allocates hundreds of thousands of small objects (rows, dicts, strings)
that live until the page is written; each allocation burst triggers collections that walk every tracked
object, the corpus's included, though nothing in these steps forms a cycle. Paused, the same work takes
about half the CPU time at 5,000 to 20,000 nodes (benchmarks/render.py). Memory is still freed by
reference counting; the collector resumes when the outermost paused call returns.

>>> import gc
>>> @no_gc
... def f():
...     return gc.isenabled()
>>> f(), gc.isenabled()
(False, True)
"""

from __future__ import annotations

import functools
import gc
import threading
from collections.abc import Callable
from typing import TypeVar

F = TypeVar("F", bound=Callable)

_LOCK = threading.Lock()
_DEPTH = 0  # paused calls running now, in every thread
_RESUME = False  # whether the collector was on when the first of them began


def no_gc(fn: F) -> F:
    """`fn` runs with the cyclic collector paused (re-entrant and thread-safe: it resumes, if it was on,
    when the last paused call in any thread returns)."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        global _DEPTH, _RESUME
        with _LOCK:
            if _DEPTH == 0:
                _RESUME = gc.isenabled()
                gc.disable()
            _DEPTH += 1
        try:
            return fn(*args, **kwargs)
        finally:
            with _LOCK:
                _DEPTH -= 1
                if _DEPTH == 0 and _RESUME:
                    gc.enable()

    return wrapper  # type: ignore[return-value]


_SETTLED: set[int] = set()  # ids of the things `settle` froze the heap after


def settle(owner=None, *, fresh: bool = False) -> None:
    """Move every object alive now out of the cyclic collector's sight (`gc.freeze`): the dashboard's
    corpus, knowledge base, modules and caches live as long as the server, and each full collection walked
    them all again (about 130 ms of CPU at 100,000 relations, once every few filter changes, under AppTest;
    benchmarks/app_rerun.py). What is garbage is collected first; frozen objects are still freed by reference
    counting when dropped, only a cycle among them waits for the next `fresh` settle.

    With `owner`, only the first call for that object freezes (the knowledge base, loaded in a thread).
    `fresh` (a new corpus was loaded: a new store version) first puts everything
    frozen back and collects it once, so what the replaced corpus held in cycles is freed, not kept."""
    with _LOCK:
        if owner is not None:
            if id(owner) in _SETTLED:
                return
            _SETTLED.add(id(owner))
    if fresh and gc.get_freeze_count():
        gc.unfreeze()
    gc.collect()  # what is garbage now is freed, not frozen (outside the lock: a finalizer may take it)
    gc.freeze()
