"""Issue 9: a discovered agreement is named by what the text says names it: a proposal by its proposer ("the
Kenyan proposal", «المقترح الكيني», "a plan put forward by Qatar"), never by the state that merely acts on it
("Ethiopia turned down the plan"). Sentences of our own."""

import pytest

from explorer.extract.pipeline import extract_text

# (lang, text, English name, Arabic name)
NAMED = [
    # a pact two actors sign is named by them, in both languages one node
    (
        "en",
        "Iraq and Turkey signed a security agreement on Monday.",
        "Iraq-Turkey agreement (June 2023)",
        "اتفاق بين العراق وتركيا (يونيو 2023)",
    ),
    (
        "ar",
        "ووقعت العراق وتركيا اتفاقية أمنية يوم الاثنين.",
        "Iraq-Turkey agreement (June 2023)",
        "اتفاق بين العراق وتركيا (يونيو 2023)",
    ),
    (
        "en",
        "Ethiopia turned down the Kenyan proposal for a summit.",
        "Kenyan proposal (June 2023)",
        "المقترح الكيني (يونيو 2023)",
    ),
    ("ar", "ورفضت إثيوبيا المقترح الكيني لعقد قمة.", "Kenyan proposal (June 2023)", "المقترح الكيني (يونيو 2023)"),
    (
        "en",
        "Uganda backed the UN envoy's plan on Tuesday.",
        "United Nations plan (June 2023)",
        "خطة الأمم المتحدة (يونيو 2023)",
    ),
    ("en", "Chad welcomed a plan put forward by Qatar.", "Qatari plan (June 2023)", "الخطة القطرية (يونيو 2023)"),
    ("ar", "ورحبت تشاد بالمبادرة القطرية.", "Qatari plan (June 2023)", "الخطة القطرية (يونيو 2023)"),
    ("ar", "ورفضت حماس المقترح الذي قدمته مصر.", "Egyptian proposal (June 2023)", "المقترح المصري (يونيو 2023)"),
    ("en", "Israel rejected the Egyptian-Qatari proposal.", "Egyptian-Qatari proposal (June 2023)", None),
    ("en", "Egypt's plan was rejected by Israel.", "Egyptian plan (June 2023)", None),
    (
        "en",
        "Sweden backed the draft resolution submitted by France.",
        "French draft resolution (June 2023)",
        "مشروع القرار الفرنسي (يونيو 2023)",
    ),
    (
        "en",
        "The army accepted the proposal that was drawn up by the African Union.",
        "African Union proposal (June 2023)",
        None,
    ),
    ("ar", "وأيدت فرنسا خطة بريطانيا.", "British plan (June 2023)", "الخطة البريطانية (يونيو 2023)"),
    # the state that acts on it does not name it; a state where the fighting is does
    ("en", "Congo, which accuses Rwanda of arming the rebels, turned down the plan.", "Plan (June 2023)", None),
    (
        "en",
        "In a statement, Hezbollah said Israel was to blame for the collapse of the truce.",
        "Ceasefire (June 2023)",
        None,
    ),
    ("en", "Fighting raged in Sudan on Monday. Kenya rejected the plan.", "Sudan plan (June 2023)", None),
    ("en", "Ethiopia signed the memorandum in January.", "Ethiopia memorandum (January 2023)", None),
]


@pytest.mark.parametrize(("lang", "text", "name", "name_ar"), NAMED)
def test_a_discovered_agreement_is_named_by_what_names_it(lang, text, name, name_ar):
    ex = extract_text(text, lang=lang, date_="2023-06-01")
    found = [(e["name"], e.get("name_ar")) for e in ex.to_json()["entities"] if e["kind"] == "agreement"]
    assert [n for n, _ in found] == [name], found
    if name_ar is not None:
        assert found[0][1] == name_ar, found


def test_the_proposal_named_again_is_the_same_node():
    text = "Ethiopia turned down the Kenyan proposal on Monday. Addis Ababa said the proposal ignored its concerns."
    ex = extract_text(text, lang="en", date_="2023-06-01")
    agreements = [e for e in ex.to_json()["entities"] if e["kind"] == "agreement"]
    assert [e["name"] for e in agreements] == ["Kenyan proposal (June 2023)"], agreements
    assert len(agreements[0]["mentions"]) == 2, agreements


def test_one_proposal_in_two_languages_is_one_id():
    en = extract_text("Ethiopia turned down the Kenyan proposal.", lang="en", date_="2023-06-01")
    ar = extract_text("ورفضت إثيوبيا المقترح الكيني.", lang="ar", date_="2023-06-02")
    ids = {e.id for ex in (en, ar) for e in ex.entities if e.id.startswith("agr:")}
    assert ids == {"agr:x-kenyan-proposal-june-2023"}, ids


def test_the_rejecting_state_has_no_agreement_of_its_name():
    ex = extract_text("Sudan rejected the proposal for talks.", lang="en", date_="2023-06-01")
    names = [e["name"] for e in ex.to_json()["entities"] if e["kind"] == "agreement"]
    assert not any(n.startswith("Sudan") for n in names), names
    assert any(r.source == "state:sdn" and r.type == "opposes" and r.target.startswith("agr:x-") for r in ex.relations)


def test_a_placeless_agreement_is_one_node_per_document_and_a_placed_one_one_per_corpus():
    """Two articles' "Ceasefire (June 2023)" named by nothing but kind and month are not known to be one
    agreement; two articles' "Gaza ceasefire" of one month are."""
    from explorer.extract import extract
    from explorer.ingest.document import make_document

    def agreement_ids(text: str, path: str) -> set[str]:
        doc = make_document(text, lang="en", date="2023-06-10", path=path)
        return {e.id for e in extract(doc).entities if e.kind == "agreement"}

    placeless = "In a statement, Hamas said Israel bore responsibility for the collapse of the truce."
    first, second = agreement_ids(placeless, "a.txt"), agreement_ids(placeless.replace("Hamas", "Jihad"), "b.txt")
    assert first and second and first.isdisjoint(second)
    placed = "Israel and Hamas agreed to a ceasefire in Gaza on Friday."
    assert agreement_ids(placed, "c.txt") == agreement_ids(placed + " Aid convoys moved in.", "d.txt")


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Israel rejected the Egyptian-Qatari proposal on Monday."),
        ("ar", "ورفضت إسرائيل المبادرة المصرية القطرية."),
    ],
)
def test_the_proposers_in_a_proposals_name_are_no_parties_to_it(lang, text):
    """ "the Egyptian-Qatari proposal": Egypt and Qatar put it forward; nobody has agreed to it."""
    rels = {(r.source, r.type) for r in extract_text(text, lang=lang, date_="2023-06-01").relations}
    assert ("state:isr", "opposes") in rels
    assert not {("state:egy", "agrees_with"), ("state:qat", "agrees_with")} & rels


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Mali's junta ended the Algiers accord in January.", "Algiers accord"),
        ("Hamas said it remained committed to the Cairo agreement.", "Cairo agreement"),
        ("The Juba agreement was signed in 2020.", "Juba agreement"),
    ],
)
def test_an_english_agreement_named_by_a_place_is_highlighted_with_it(text, surface):
    """The evidence shows the agreement as the text writes it ("the Algiers accord"), and the place keeps its own
    mention (it may be where the agreement was signed)."""
    ex = extract_text(text, lang="en", date_="2024-02-01").to_json()
    agreement = next(e for e in ex["entities"] if e["kind"] == "agreement")
    assert [m["text"] for m in agreement["mentions"]] == [surface]
    assert any(e["kind"] == "place" for e in ex["entities"])
