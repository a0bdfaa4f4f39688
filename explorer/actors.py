"""Turn what a user typed (an id, or a name in either script) into one actor id, or say what matched."""

from __future__ import annotations

import pandas as pd

from explorer.errors import ExplorerError


def resolve_actor(entities: pd.DataFrame, query: str) -> str:
    """An exact id wins; otherwise the best search hit, unless the query is ambiguous or unknown."""
    if query in set(entities["id"]):
        return query
    from explorer.search import SearchIndex

    hits = SearchIndex.from_frame(entities, kinds=()).search(query, limit=5)
    if not hits:
        raise ExplorerError(f"no actor or agreement matches {query!r}; try its English or Arabic name, or an id")
    if len(hits) > 1 and hits[1].score >= hits[0].score and hits[1].id != hits[0].id:
        options = ", ".join(f"{h.name} ({h.id})" for h in hits[:5])
        raise ExplorerError(f"{query!r} is ambiguous: {options}; pass the id")
    return hits[0].id
