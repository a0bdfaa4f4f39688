"""A statement whose words open after a colon and a quotation mark, past the speaker's appositions and occasion."""

from tests.extract.shapes import named_relations


def test_the_quotation_after_a_long_occasion_is_what_the_speaker_spoke_of():
    text = (
        "وقال رئيس الوزراء العراقي محمد شياع السوداني، خلال مؤتمر صحفي عقده في برلين مع المستشار الألماني أولاف "
        'شولتس عقب محادثاتهما: "القوات التركية تواصل قصف القرى الحدودية في شمال البلاد منذ أسابيع".'
    )
    rels = named_relations(text, "ar", "2023-01-13")
    states = {(s, o) for s, t, o in rels if t == "states"}
    assert ("Mohammed Shia al-Sudani", "Turkey") in states, rels
    assert ("Mohammed Shia al-Sudani", "Germany") not in states, rels


def test_english_colon_quote_after_the_occasion():
    text = (
        "Kenyan President William Ruto, speaking at a summit of the East African Community in Arusha alongside "
        'leaders from Uganda and Tanzania, said: "The M23 must withdraw from every town it has taken."'
    )
    rels = named_relations(text, "en", "2022-11-20")
    states = {(s, o) for s, t, o in rels if t == "states"}
    assert ("William Ruto", "March 23 Movement") in states, rels
    assert ("William Ruto", "Uganda") not in states, rels
