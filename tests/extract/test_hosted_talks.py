"""The hosts or mediators of talks a statement mentions frame them; they are not what the statement is about."""

from tests.extract.shapes import named_relations


def test_hosts_of_talks_in_a_reported_clause_are_no_topic():
    text = (
        "The Philippine negotiator told reporters that the talks, hosted by Norway and the Netherlands, would go on "
        "next month."
    )
    rels = named_relations(text, "en", "2016-08-27")
    assert not [r for r in rels if r[1] == "states" and r[2] in ("Norway", "Netherlands")], rels


def test_arabic_talks_hosted_by_a_state_in_a_relative_clause():
    text = "وقال وزير الخارجية الإثيوبي إن المفاوضات التي تستضيفها جنوب أفريقيا ستستأنف الأسبوع المقبل."
    rels = named_relations(text, "ar", "2022-10-24")
    assert not [r for r in rels if r[1] == "states" and r[2] == "South Africa"], rels
