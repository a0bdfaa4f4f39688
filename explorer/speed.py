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
