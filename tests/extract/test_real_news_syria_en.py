"""Shapes met in English real news about Syria's conflict diplomacy (the sentences here are written for these
tests, in news style, across several conflicts): an envoy's title that names the country he is sent to between
his sender and the title ("UN Syria envoy X", "the UN and Arab League special Syria envoy X")."""

from tests.extract.shapes import named_relations


def _roles(text: str, date: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in named_relations(text, "en", date) if r in ("holds_role_in", "member_of")}


def test_the_country_between_sender_and_envoy_is_where_he_is_sent():
    cases = [
        ("UN Syria envoy Staffan de Mistura said the talks would resume in Geneva.", "2016-03-01",
         "Staffan de Mistura", "United Nations", "Syria"),
        ("UN Yemen envoy Hans Grundberg arrived in Aden on Sunday.", "2023-04-10",
         "Hans Grundberg", "United Nations", "Yemen"),
        ("US Sudan envoy Tom Perriello said the Jeddah talks had stalled.", "2024-05-02",
         "Tom Perriello", "United States", "Sudan"),
        ("UN Libya envoy Ghassan Salame briefed the Security Council on Wednesday.", "2019-05-22",
         "Ghassan Salamé", "United Nations", "Libya"),
        ("US Afghanistan envoy Zalmay Khalilzad held talks with Taliban negotiators in Doha.", "2019-08-05",
         "Zalmay Khalilzad", "United States", "Afghanistan"),
        ("Russia's Syria envoy Alexander Lavrentiev met President Bashar al-Assad in Damascus.", "2021-06-01",
         "Alexander Lavrentiev", "Russia", "Syria"),
    ]  # fmt: skip
    for text, date, person, sender, country in cases:
        got = _roles(text, date)
        assert (person, sender) in got, (text, got)
        assert (person, country) not in got, (text, got)


def test_coordinated_and_hyphenated_senders_of_an_envoy():
    text = "The UN and Arab League special Syria envoy Lakhdar Brahimi held separate meetings with both delegations."
    got = _roles(text, "2014-01-24")
    assert {("Lakhdar Brahimi", "United Nations"), ("Lakhdar Brahimi", "Arab League")} <= got
    assert ("Lakhdar Brahimi", "Syria") not in got
    text = "A spokeswoman for the U.N.-Arab League's special envoy to Syria, Lakhdar Brahimi, told reporters."
    assert {("Lakhdar Brahimi", "United Nations"), ("Lakhdar Brahimi", "Arab League")} <= _roles(text, "2013-12-17")
    text = "The UN and Arab League special Syria envoy Lakhdar Brahimi met reporters."
    rels = named_relations(text, "en", "2014-01-24")
    assert not {r for r in rels if r[0] == "United Nations" and r[2] == "Arab League"}, rels
