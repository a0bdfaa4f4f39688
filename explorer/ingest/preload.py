"""Imported by the multiprocessing forkserver before it forks extraction workers (see `_Pool` in
explorer/ingest/run.py): it loads the knowledge base and the lexicons once, so every worker forked from it
starts with them loaded and shares their memory pages instead of holding a copy of its own.

Any failure here is left for the workers to meet and report: a worker that finds nothing loaded loads
the knowledge base itself, as it did before.
"""

from __future__ import annotations

try:
    from explorer.ingest.worker import warm

    warm()
except Exception:  # noqa: BLE001, S110 - the workers load (and report) on their own
    pass
