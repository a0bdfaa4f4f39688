"""Parties of agreements (session 42, lane `agree`). Sentences written for these tests."""

from tests.extract.shapes import named_relations


def _agreed(got):
    return {(s, o) for s, t, o in got if t == "agrees_with"}


def test_a_sentence_opened_by_an_earlier_month_dates_its_agreement():
    # "On March 12, the two sides had reached a ceasefire agreement": March's, not the week's truce; the truce of
    # the sentence before is not dated by the next sentence's opening month either
    text = ("DAKAR, May 10 (wire) - Senegal's government and the MFDC rebels agreed to a truce on Thursday. "
            "On March 12, Senegal and the MFDC had signed a peace deal that collapsed within days.")
    got = _agreed(named_relations(text, "en", "2024-05-10"))
    assert ("Senegal", "Ceasefire (May 2024)") in got and ("Senegal", "Senegal agreement (March 2024)") in got, got


def test_a_sentence_opened_by_an_older_year_dates_its_agreement_ar():
    text = ("اتفقت حكومة جنوب السودان والحركة الشعبية في المعارضة الخميس على هدنة جديدة. "
            "وفي عام 2015 وقعت جوبا والحركة اتفاقا للسلام انهار بعد عام.")
    got = _agreed(named_relations(text, "ar", "2024-05-10"))
    assert ("South Sudan", "Agreement on the Resolution of the Conflict in South Sudan") in got, got


def test_an_older_year_names_the_known_agreement_with_most_of_its_parties_named():
    # "In 1994, the two sides reached an agreement": the year's agreement whose parties the article names most
    text = ("YEREVAN, Oct 5 (wire) - Armenia and Azerbaijan agreed on Monday to a humanitarian truce brokered by "
            "Russia and the United States. In 1994, Armenia and Azerbaijan reached an agreement on a ceasefire "
            "that held for two decades.")
    got = _agreed(named_relations(text, "en", "2020-10-05"))
    assert ("Armenia", "Bishkek Protocol") in got, got



def test_an_understanding_reached_is_an_agreement_not_the_treaty_named_before():
    # "the understanding between A and B was reached": the truce they agreed, not the older treaty named before it
    text = ("ADDIS ABABA, May 10 (wire) - Ethiopia and Eritrea agreed to a ceasefire on Saturday. Ethiopia said the "
            "2000 Algiers Agreement would stay in force. Notably, the understanding between Ethiopia and Eritrea was "
            "reached after Eritrean officials called Addis Ababa.")
    got = _agreed(named_relations(text, "en", "2025-05-10"))
    assert not any("Algiers" in o for s, o in got), got
    assert ("Ethiopia", "Eritrea-Ethiopia ceasefire (May 2025)") in got, got


def test_a_quoted_name_after_its_region_word_signs_with_the_subject_ar():
    # «وقعت X اتفاقا مع ولاية "Y"»: Y, quoted after the word for its region, is the other party
    text = 'وقعت الحكومة الصومالية الاثنين اتفاقا أمنيا مع ولاية "جوبالاند" في مدينة كيسمايو.'
    got = _agreed(named_relations(text, "ar", "2024-01-08"))
    assert any(s == "Jubaland" for s, o in got) and any(s == "Somalia" for s, o in got), got



def test_a_capitalised_agreement_title_is_no_person():
    # "the leaders in the Arusha Peace Accord": two capitalised words ending in an agreement noun name no person
    from explorer.extract.pipeline import extract_text

    text = "Mediator Julius Nyerere said the conditions were agreed by the leaders in the Arusha Peace Accord."
    ex = extract_text(text, lang="en", date_="2000-08-30")
    assert not [e.name for e in ex.entities if e.kind == "person" and "Accord" in e.name], ex.entities
