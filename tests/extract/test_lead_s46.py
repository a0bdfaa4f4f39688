"""The lead's constructions of session 46. Sentences written for these tests."""

from explorer.extract.pipeline import extract_text
from tests.extract.shapes import named_relations as _rels


def test_an_agreement_known_by_a_proper_name_is_named_by_it():
    """ "the Songwe Agreement", "the Kars Treaty": an unknown capitalized name before a capitalized agreement noun is
    the agreement's name; it used to be named after the article's first state or by its month alone."""
    text = ("Officials in Lilongwe and Dodoma met on Monday. Malawi and Tanzania endorsed the Songwe Agreement on "
            "Saturday, the AU said. Armenia ratified the Kars Treaty later.")
    rels = _rels(text, "en", "2023-03-20")
    assert ("Malawi", "agrees_with", "Songwe Agreement") in rels, rels
    assert ("Tanzania", "agrees_with", "Songwe Agreement") in rels, rels
    assert ("Armenia", "agrees_with", "Kars Treaty") in rels, rels


def test_a_generic_capitalized_modifier_is_no_proper_name():
    """ "the Final Agreement", "the Joint Declaration": capitals of emphasis, not a name; such agreements are still
    named by place or month."""
    x = extract_text("Chad and the rebels signed the Final Agreement in N'Djamena on Monday.", lang="en",
                     date_="2022-08-09")
    names = {e.name for e in x.entities if e.kind == "agreement"}
    assert names and "Final Agreement" not in names, names


def test_the_sides_of_between_stay_in_its_sentence():
    """ «… اتفاقا بين البلدين.» then «وقع … A … B»: the next sentence's signers are not the two sides "between"
    names; and a topic word the knowledge base's Arabic name holds behind a clitic («لتطبيع») still fits it. The
    signed agreement is one node, the knowledge base's."""
    text = ("وقعت كوسوفو وصربيا اليوم في بروكسل اتفاقا لتطبيع العلاقات بين البلدين. ووقع الاتفاق عن الجانب الكوسوفي "
            "رئيس الوزراء هاشم تاجي فيما وقعه عن الجانب الصربي نظيره إيفيتسا داتشيتش. وأشاد الاتحاد الأوروبي بالاتفاق.")
    x = extract_text(text, lang="ar", date_="2013-04-19")
    agreements = {e.name for e in x.entities if e.kind == "agreement"}
    assert agreements == {"Brussels Agreement between Serbia and Kosovo"}, agreements
    assert not [e.name for e in x.entities if "فيما" in e.name], [e.name for e in x.entities]


def test_an_abbreviation_does_not_end_the_sentence_of_between():
    text = ("The statement came after talks in Vienna between U.S. Secretary of State John Kerry and Iranian Foreign "
            "Minister Mohammad Javad Zarif.")
    rels = _rels(text, "en", "2015-07-10")
    assert ("John Kerry", "negotiates_with", "Mohammad Javad Zarif") in rels or (
        "Mohammad Javad Zarif", "negotiates_with", "John Kerry") in rels, rels
