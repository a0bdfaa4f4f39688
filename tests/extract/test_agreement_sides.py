"""An agreement noun that names its sides ("the agreement between A and B") links to a known agreement only when
those sides are its parties (issue 9: agreements as first-class nodes that fit "by kind, place, parties and
date"). Sentences written for these tests."""

from explorer.extract.pipeline import extract_text


def _agreements(text: str, date: str) -> set[str]:
    return {e.id for e in extract_text(text, lang="en", date_=date).entities if e.kind == "agreement"}


def test_another_pairs_deal_of_that_month_is_not_it() -> None:
    """Israel's maritime deal with Lebanon was signed days before; a deal between Hamas and Israel is another."""
    text = (
        "Qatar on Saturday welcomed the agreement between Hamas and Israel to reopen the Erez crossing, saying it "
        "hoped the understanding would hold through the winter."
    )
    found = _agreements(text, "2022-11-05")
    assert "agr:israel-lebanon-maritime-2022" not in found
    assert len(found) == 1


def test_the_sides_deal_is_still_found() -> None:
    text = "Washington praised the maritime agreement between Lebanon and Israel, signed at Naqoura last week."
    assert "agr:israel-lebanon-maritime-2022" in _agreements(text, "2022-11-05")
    text = "Qatar welcomed the agreement between Hamas and Israel to pause the fighting and free hostages."
    assert "agr:gaza-pause-2023" in _agreements(text, "2023-11-25")
