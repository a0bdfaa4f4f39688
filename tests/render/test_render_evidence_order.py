"""A link's evidence in a snapshot's panel: in date order, undated items after the dated ones."""

from __future__ import annotations

from explorer.graph.build import aggregate, build_view
from explorer.graph.spec import ViewSpec
from tests.render.conftest import AR, frames

RELATIONS = [
    ("kerry", "lavrov", "meets", None, "Kerry and Lavrov met again, an undated note says.", "d9", "Undated note",
     "AP", "en", 0.7),
    ("kerry", "lavrov", "meets", "2016-07-15", "Kerry met Lavrov in Moscow on Friday.", "d2", "Kerry in Moscow",
     "Reuters", "en", 0.8),
    ("kerry", "lavrov", "phones", "2016-07-10", AR, "d1", "كيري ولافروف", "الحياة", "ar", 0.9),
]  # fmt: skip


def test_undated_evidence_comes_after_the_dated():
    """The panel listed a link's undated items first (an empty date sorted before every date), while its
    heading gives the link's dates and the dashboard's table puts undated relations last."""
    rels, ents = frames(relations=RELATIONS)
    e = aggregate(build_view(rels, ents, ViewSpec()))["kerry"]["lavrov"]
    assert [ev["date"] for ev in e["evidence"]] == ["2016-07-10", "2016-07-15", None]
