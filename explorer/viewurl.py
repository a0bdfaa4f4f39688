"""The view as URL query parameters, and back: a copied URL opens the same view.

    ?actor=person:john-kerry&actor=state:rus&hops=2&from=2016-01-01&to=2016-12-31
    &kind=person&kind=state&type=meets&w=2&undated=0&a=2016-01-01..2016-06-30&b=2016-07-01..2016-12-31
    &reviewed=confirmed&conf=0.6&lang=ar&colour=community&focus=person:john-kerry&tab=compare

Only what differs from the default view is written. Reading is forgiving: a value that cannot be
used (an unknown relation type, a date that does not parse) is dropped with a warning, and the rest
of the URL still applies.

>>> state = ViewState(ViewSpec(actors=("p:kerry",), hops=2), lang="ar")
>>> params = to_params(state)
>>> params
{'actor': ['p:kerry'], 'hops': '2', 'lang': 'ar'}
>>> from_params(params)[0] == state
True
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from explorer import ontology
from explorer.errors import ExplorerError
from explorer.graph.compare import Period
from explorer.graph.spec import REVIEWED, ViewSpec, parse_date
from explorer.graph.timeline import FREQS

LANGS = ("ar", "en")
COLOURS = ("kind", "community", "change")
#: ViewSpec field -> its query parameter (tests check that every field has one and that it round-trips).
SPEC_KEYS = {"actors": "actor", "hops": "hops", "start": "from", "end": "to", "kinds": "kind", "types": "type",
             "min_weight": "w", "include_undated": "undated", "max_nodes": "max", "reviewed": "reviewed",
             "min_confidence": "conf"}
TABS = ("graph", "profile", "timeline", "compare", "agreements", "metrics", "upload", "document")  # in page order


@dataclass(frozen=True)
class ViewState:
    """Everything a URL holds: the view (a ViewSpec) and how the dashboard shows it."""

    spec: ViewSpec = field(default_factory=ViewSpec)
    compare: tuple[Period, Period] | None = None
    lang: str | None = None  # None: the corpus's majority language
    colour: str = "kind"
    focus: str | None = None  # the actor or agreement whose profile is shown
    tab: str | None = None
    freq: str = "month"
    reviewer: str | None = None  # the name review decisions are recorded under
    doc: str | None = None  # the document shown in the Document tab


def to_params(state: ViewState, *, default: ViewState = ViewState()) -> dict[str, str | list[str]]:
    """Query parameters for `state` (what differs from `default`); lists are repeated parameters."""
    s, d = state.spec, default.spec
    p: dict[str, str | list[str]] = {}
    if s.actors:
        p["actor"] = list(s.actors)
    if s.hops != d.hops:
        p["hops"] = str(s.hops)
    if s.start:
        p["from"] = s.start.isoformat()
    if s.end:
        p["to"] = s.end.isoformat()
    if s.kinds:
        p["kind"] = list(s.kinds)
    if s.types:
        p["type"] = list(s.types)
    if s.min_weight != d.min_weight:
        p["w"] = str(s.min_weight)
    if not s.include_undated:
        p["undated"] = "0"
    if s.max_nodes != d.max_nodes:
        p["max"] = str(s.max_nodes)
    if s.reviewed != d.reviewed:
        p["reviewed"] = s.reviewed
    if s.min_confidence != d.min_confidence:
        p["conf"] = f"{s.min_confidence:g}"
    if state.compare:
        p["a"], p["b"] = state.compare[0].to_param(), state.compare[1].to_param()
    if state.lang and state.lang != default.lang:
        p["lang"] = state.lang
    if state.colour != default.colour:
        p["colour"] = state.colour
    if state.focus:
        p["focus"] = state.focus
    if state.tab and state.tab != default.tab:
        p["tab"] = state.tab
    if state.freq != default.freq:
        p["freq"] = state.freq
    if state.reviewer:
        p["reviewer"] = state.reviewer
    if state.doc:
        p["doc"] = state.doc
    return p


def from_params(
    params: Mapping[str, str | list[str]], *, default: ViewState = ViewState()
) -> tuple[ViewState, list[str]]:
    """The state a URL describes (`default` for what it leaves out), and a warning per dropped value."""
    warnings: list[str] = []

    def many(key: str) -> list[str]:
        v = params.get(key)
        if v is None:
            return []
        return [x for x in ([v] if isinstance(v, str) else list(v)) if x != ""]

    def one(key: str) -> str | None:
        v = many(key)
        return v[-1] if v else None

    def integer(key: str, lo: int, hi: int, default: int) -> int:
        v = one(key)
        if v is None:
            return default
        try:
            n = int(v)
        except ValueError:
            n = None
        if n is None or not lo <= n <= hi:
            warnings.append(f"{key}={v!r} ignored: use a whole number from {lo} to {hi}")
            return default
        return n

    def fraction(key: str, default: float) -> float:
        v = one(key)
        if v is None:
            return default
        try:
            x = float(v)
        except ValueError:
            x = -1.0
        if not 0.0 <= x <= 1.0:
            warnings.append(f"{key}={v!r} ignored: use a number from 0 to 1")
            return default
        return x

    def day(key: str):
        v = one(key)
        try:
            return parse_date(v, what=key)
        except ExplorerError as e:
            warnings.append(f"{e}; ignored")
            return None

    def choice(key: str, options: tuple[str, ...], default):
        v = one(key)
        if v is None:
            return default
        if v not in options:
            warnings.append(f"{key}={v!r} ignored: use one of {', '.join(options)}")
            return default
        return v

    kinds = [k for k in many("kind") if _known(k, ontology.kinds(), "kind", warnings)]
    types = [t for t in many("type") if _known(t, ontology.relation_types(), "type", warnings)]
    start, end = day("from"), day("to")
    if start and end and start > end:
        warnings.append(f"from={start} is after to={end}; both ignored")
        start = end = None
    d = default.spec
    spec = ViewSpec(
        actors=tuple(dict.fromkeys(many("actor"))),
        hops=integer("hops", 0, 3, d.hops),
        start=start,
        end=end,
        kinds=tuple(dict.fromkeys(kinds)),
        types=tuple(dict.fromkeys(types)),
        min_weight=integer("w", 1, 10_000, d.min_weight),
        include_undated=one("undated") not in ("0", "false", "no"),
        max_nodes=integer("max", 1, 100_000, d.max_nodes),
        reviewed=choice("reviewed", REVIEWED, d.reviewed),
        min_confidence=fraction("conf", d.min_confidence),
    )
    compare = None
    if one("a") or one("b"):
        try:
            compare = (Period.parse(one("a") or ""), Period.parse(one("b") or ""))
        except ExplorerError as e:
            warnings.append(f"{e}; period comparison ignored")
    state = ViewState(
        spec=spec,
        compare=compare,
        lang=choice("lang", LANGS, default.lang),
        colour=choice("colour", COLOURS, default.colour),
        focus=one("focus"),
        tab=choice("tab", TABS, default.tab),
        freq=choice("freq", FREQS, default.freq),
        reviewer=(one("reviewer") or "").strip()[:80] or None,
        doc=one("doc"),
    )
    return state, warnings


def _known(value: str, known: list[str], what: str, warnings: list[str]) -> bool:
    if value in known:
        return True
    warnings.append(f"{what}={value!r} ignored: known values are {', '.join(known)}")
    return False
