"""ViewSpec: the filters of a view, as a plain value that the app, the CLI and snapshots share."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from datetime import date

from explorer import ontology
from explorer.errors import ExplorerError

REVIEWED = ("not-rejected", "all", "confirmed", "unreviewed", "rejected")  # review states a view shows


@dataclass(frozen=True)
class ViewSpec:
    """What a researcher chose to look at. Empty tuples mean "all"."""

    actors: tuple[str, ...] = ()
    hops: int = 1
    start: date | None = None
    end: date | None = None
    kinds: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    min_weight: int = 1
    include_undated: bool = True
    max_nodes: int = 1500
    reviewed: str = "not-rejected"  # rejected relations hidden; "confirmed" for publication; "all" shows them
    min_confidence: float = 0.0

    def __post_init__(self) -> None:
        if not 0 <= self.hops <= 3:
            raise ExplorerError(f"hops must be between 0 and 3, not {self.hops}")
        if self.min_weight < 1:
            raise ExplorerError(f"min_weight must be at least 1, not {self.min_weight}")
        if self.start and self.end and self.start > self.end:
            raise ExplorerError(f"start date {self.start} is after end date {self.end}")
        if self.reviewed not in REVIEWED:
            raise ExplorerError(f"no review filter {self.reviewed!r}; use one of {', '.join(REVIEWED)}")
        if not 0.0 <= self.min_confidence <= 1.0:
            raise ExplorerError(f"min_confidence must be between 0 and 1, not {self.min_confidence}")
        for k in self.kinds:
            ontology.check_kind(k)
        for t in self.types:
            ontology.check_relation_type(t)

    def with_(self, **changes) -> ViewSpec:
        return replace(self, **changes)

    def describe(self) -> dict:
        """Human-readable filters, for snapshot headers and file names."""
        d = asdict(self)
        d["start"] = self.start.isoformat() if self.start else None
        d["end"] = self.end.isoformat() if self.end else None
        d["actors"] = list(self.actors)
        d["kinds"] = list(self.kinds) or ["all"]
        d["types"] = list(self.types) or ["all"]
        return d


@dataclass
class CorpusSize:
    """Size of the corpus a view was drawn from, for snapshot headers (`graph.corpus.Corpus.size`)."""

    documents: int = 0
    actors: int = 0
    relations: int = 0
    extra: dict = field(default_factory=dict)


def undated_by_default(start: date | None, end: date | None, span: tuple[date, date] | None) -> bool:
    """Whether a view keeps undated relations when nobody said: yes, unless its dates narrow the corpus's
    `span` (undated relations belong to no date range; over the whole corpus they stay). The dashboard's
    date range and the CLI's --start/--end follow this one rule; the toggle and --undated/--no-undated
    overrule it.

    >>> span = (date(2015, 1, 1), date(2017, 12, 31))
    >>> undated_by_default(None, None, span), undated_by_default(date(2016, 1, 1), None, span)
    (True, False)
    >>> undated_by_default(date(2015, 1, 1), date(2017, 12, 31), span)  # the whole corpus
    True
    """
    if not (start or end):
        return True
    if span is None:  # nothing dated: a date range narrows it to nothing
        return False
    lo, hi = span
    return not ((start is not None and start > lo) or (end is not None and end < hi))


def parse_date(value: str | None, *, what: str = "date") -> date | None:
    """Parse YYYY, YYYY-MM or YYYY-MM-DD (start of period); a clear error otherwise."""
    if value in (None, ""):
        return None
    v = str(value).strip()
    try:
        if len(v) == 4:
            return date(int(v), 1, 1)
        if len(v) == 7:
            return date(int(v[:4]), int(v[5:7]), 1)
        return date.fromisoformat(v[:10])
    except ValueError:
        raise ExplorerError(f"{what} {value!r} is not a date; use YYYY-MM-DD") from None
