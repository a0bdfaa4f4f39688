"""Short aliases in context: a known man's surname alone is his, not when another given name stands right before it;
"America" after a compass word is a region. Sentences written for the test."""

from explorer.extract.pipeline import extract_text


def _people(text: str) -> dict[str, str]:
    ex = extract_text(text, lang="en", date_="2024-11-19")
    return {m.text: e.id for e in ex.entities if e.kind == "person" for m in e.mentions}


def test_another_given_name_before_a_known_surname_is_someone_else():
    found = _people("The talks were attended by US Ambassador to Lebanon Lisa Johnson and the foreign minister.")
    assert found.get("Lisa Johnson", "").startswith("person:") and found["Lisa Johnson"] != "person:boris-johnson"


def test_a_title_before_the_surname_keeps_the_known_man():
    found = _people("British Prime Minister Johnson met Emmanuel Macron in Paris. Johnson said talks went well.")
    assert found["Johnson"] == "person:boris-johnson"


def test_a_compass_word_before_a_state_alias_names_a_region():
    ex = extract_text("Brazil's president toured South America and Latin America.", lang="en", date_="2023-05-01")
    assert "state:usa" not in {e.id for e in ex.entities}
