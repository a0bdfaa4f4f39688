"""Constructions reporters use that the written challenge sentences missed (English). Sentences written for
these tests, in news style; the names and events are not those of the articles that showed each problem."""

from explorer.extract.pipeline import extract_text


def _rels(text: str, date_: str = "2022-06-14") -> set[tuple[str, str, str]]:
    return {(r.source, r.type, r.target) for r in extract_text(text, lang="en", date_=date_).relations}


def test_an_envoy_to_a_country_named_before_the_name_works_for_the_body_before_the_title():
    rels = _rels("UN envoy to Yemen Hans Grundberg met Houthi negotiators in Muscat on Tuesday.")
    assert ("person:hans-grundberg", "holds_role_in", "org:un") in rels
    assert ("person:hans-grundberg", "holds_role_in", "state:yem") not in rels


def test_a_possessive_owner_before_a_qualified_title_and_a_comma():
    rels = _rels("The United Nations' new envoy to Yemen, Hans Grundberg, arrived in Aden on Monday for talks.")
    assert ("person:hans-grundberg", "holds_role_in", "org:un") in rels
    assert ("person:hans-grundberg", "holds_role_in", "state:yem") not in rels


def test_the_envoy_of_a_titled_person_works_for_that_persons_body():
    rels = _rels("The UN Secretary-General's special envoy for Yemen, Hans Grundberg, flew to Riyadh on Sunday.")
    assert ("person:hans-grundberg", "holds_role_in", "org:un") in rels
    assert ("person:hans-grundberg", "holds_role_in", "state:yem") not in rels
