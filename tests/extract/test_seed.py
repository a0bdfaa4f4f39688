"""The seed article (../shared/seeds/, skipped when absent): what ONTOLOGY.md's worked example finds."""

import pytest

from explorer.extract import extract_text

EXPECTED_ENTITIES = [
    "John Kerry",
    "Vladimir Putin",
    "Sergei Lavrov",
    "Boris Johnson",
    "Gennady Gatilov",
    "Riyad Haddad",
    "United States",
    "Russia",
    "United Kingdom",
    "Syria",
    "High Negotiations Committee",
    "International Syria Support Group",
    "UN Security Council",
    "al-Qaeda",
    "Islamic State",
]


@pytest.fixture(scope="module")
def seed(seed_text):
    ex = extract_text(seed_text, lang="ar", date_="2016-07-16")
    names = {e.id: e.name for e in ex.entities}
    triples = {(names[r.source], r.type, names[r.target]) for r in ex.relations}
    return ex, names, triples


@pytest.mark.parametrize("name", EXPECTED_ENTITIES)
def test_seed_entities(seed, name):
    _, names, _ = seed
    assert name in names.values()


def test_seed_agreements(seed):
    ex, _, _ = seed
    agreements = {e.id: e for e in ex.entities if e.kind == "agreement"}
    assert "agr:unscr-2254" in agreements
    assert any(
        "Geneva" in e.name and "2012" in (e.name + " ".join(e.aliases)) or "Geneva Communiqu" in e.name
        for e in agreements.values()
    )
    truce = [e for e in agreements.values() if any("الهدنة" in m.text for m in e.mentions)]
    assert truce, "the truce (الهدنة) is an agreement"
    # «نظام وقف الأعمال القتالية» later in the article is the same truce
    assert any("وقف الأعمال القتالية" in m.text for m in truce[0].mentions)


@pytest.mark.parametrize(
    "triple",
    [
        ("John Kerry", "meets", "Vladimir Putin"),
        ("John Kerry", "phones", "Sergei Lavrov"),
        ("John Kerry", "meets", "Boris Johnson"),
        ("John Kerry", "holds_role_in", "United States"),
        ("Gennady Gatilov", "holds_role_in", "Russia"),
        ("Riyad Haddad", "holds_role_in", "Syria"),
        ("Gennady Gatilov", "negotiates_with", "Riyad Haddad"),
        ("United States", "member_of", "International Syria Support Group"),
        ("Russia", "member_of", "International Syria Support Group"),
        ("Russia", "fights", "Islamic State"),
        ("United States", "fights", "al-Qaeda"),
        ("Russia", "supports", "Aleppo"),  # «دعم موسكو الجوي على جبهة شمال حلب»
        ("John Kerry", "visits", "Moscow"),  # «زيارة ... جون كيري لموسكو»: Moscow as a place
    ],
)
def test_seed_relations(seed, triple):
    _, _, triples = seed
    assert triple in triples


def test_seed_agreement_relations(seed):
    ex, names, triples = seed
    truce_agrees = {s for s, t, o in triples if t == "agrees_with" and "Cessation" in o or "Ceasefire" in o}
    assert {"United States", "Russia"} <= truce_agrees
    refs = {o for s, t, o in triples if t == "references"}
    assert any("2254" in o for o in refs)
    assert any("Geneva" in o for o in refs)


def test_every_relation_carries_its_sentence(seed, seed_text):
    ex, _, _ = seed
    for r in ex.relations:
        assert seed_text[r.start : r.end] == r.sentence
        assert r.date == "2016-07-16"
        assert 0 < r.confidence < 1
    for e in ex.entities:
        for m in e.mentions:
            assert seed_text[m.start : m.end] == m.text
