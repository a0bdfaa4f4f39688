"""An English agreement noun's mention takes in the purpose infinitive right after it, as annotators write the span:
"an agreement to halt fighting", "an accord to free detainees". Sentences written for these tests."""

from explorer.extract.pipeline import extract_text


def _agreement_mentions(text: str, date: str = "2012-03-04") -> set[str]:
    x = extract_text(text, lang="en", date_=date)
    return {m.text for e in x.entities if e.kind == "agreement" for m in e.mentions}


def test_purpose_infinitive_is_part_of_the_mention() -> None:
    found = _agreement_mentions(
        "Last month the government of Chad and the rebels of the Union of Forces for Democracy signed an agreement "
        "to halt fighting while talks went on in Tripoli."
    )
    assert "agreement to halt fighting" in found


def test_purpose_stops_before_a_preposition_and_after_a_modified_noun() -> None:
    found = _agreement_mentions(
        "The Sudanese army and the rebels reached an accord to free detainees from both camps on Sunday. "
        "Both sides had signed a new agreement to end the war last year."
    )
    assert "accord to free detainees" in found
    assert not any(m.startswith("new agreement to") for m in found)
