"""The mention index answers what a scan of the mention list would, after every kind of change."""

from explorer.extract.context import Ment, MentionList


def _m(ts: int, te: int, eid: str = "state:x", kind: str = "state") -> Ment:
    return Ment(ts * 10, te * 10, ts, te, eid, kind, "name", "x")


def _scan(ms, te):
    return [m for m in ms if m.te == te]


def test_index_follows_appends_removals_and_reassignment():
    ms = MentionList([_m(0, 2), _m(5, 6, "person:a", "person")])
    extra = _m(3, 5)
    ms.append(extra)
    ms.append(_m(1, 2, "org:y", "organization"))
    for te in range(8):
        assert ms.ending(te) == _scan(ms, te)
    assert [m.ts for m in ms.starting(3)] == [3]
    assert ms.of_entity("person:a")[0].ts == 5
    ms.remove(extra)
    assert ms.ending(5) == [] and ms.starting(3) == []
    ms.sort_by_start()
    assert [m.ts for m in ms] == [0, 1, 5]
    assert [m.ts for m in ms.ending_within(0, 6)] == [0, 1, 5]
    assert [m.ts for m in ms.ending_within(2, 6)] == [5]


def test_in_place_change_is_seen_after_reindex():
    ms = MentionList([_m(0, 2)])
    ms[0].te = 3
    ms.reindex()
    assert ms.ending(3) and not ms.ending(2)
