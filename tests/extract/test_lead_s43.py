"""The lead's constructions of session 43: an adverb between a passive participle and "by" leaves the agent after
"by" (and the speaker of the sentence is not the one who acts); a trailing ", X's ministry said" or ", the X-led
coalition said" names the speaker, not one more agent of the list before it. Sentences written for these tests."""

import pytest

from tests.extract.shapes import named_relations

PASSIVE_ADVERBS = [
    ("Kenyan President William Ruto said the truce had been violated repeatedly by Russia.",
     ("Russia", "opposes"), "William Ruto"),
    ("Mediators said the Doha plan was rejected outright by Hamas on Tuesday.", ("Hamas", "opposes"), None),
    ("The Pretoria agreement was signed formally by Ethiopia and the TPLF in November 2022.",
     ("Ethiopia", "agrees_with"), None),
]


@pytest.mark.parametrize(("text", "want", "speaker"), PASSIVE_ADVERBS)
def test_the_agent_after_adverb_and_by_acts(text, want, speaker):
    rels = named_relations(text, "en", "2023-06-03")
    assert any(r[0] == want[0] and r[1] == want[1] for r in rels), rels
    if speaker:  # the speaker is no subject of the passive in the reported clause
        assert not any(r[0] == speaker and r[1] == want[1] for r in rels), rels


TRAILING_SPEAKERS = [
    ("The proposal was rejected by the Houthis, Turkey's foreign ministry said on Monday.", "Houthis"),
    ("The new ceasefire was rejected by the Houthis, the Saudi-led coalition said.", "Houthis"),
    ("The draft was backed by France and Britain, Russia's envoy at the United Nations said.", "France"),
]


@pytest.mark.parametrize(("text", "agent"), TRAILING_SPEAKERS)
def test_a_trailing_speaker_is_not_one_more_agent(text, agent):
    rels = named_relations(text, "en", "2023-06-03")
    stance = {r[0] for r in rels if r[1] in ("opposes", "supports")}
    assert agent in stance, rels
    assert stance <= {agent, "Britain", "United Kingdom"}, rels


CAPITAL_OBJECTS_AR = [
    ("واتهم المتحدث باسم الجيش الوطني الليبي أحمد المسماري أنقرة بإرسال مقاتلين أجانب إلى غرب البلاد.",
     ("Ahmed al-Mismari", "opposes", "Turkey")),
    ("وانتقد الرئيس الإيراني حسن روحاني واشنطن بسبب العقوبات الجديدة.", ("Hassan Rouhani", "opposes", "United States")),
    ("واتهمت الخارجية الروسية واشنطن بعرقلة المحادثات حول أوكرانيا.",
     ("Russian Foreign Ministry", "opposes", "United States")),
]


@pytest.mark.parametrize(("text", "want"), CAPITAL_OBJECTS_AR)
def test_a_capital_after_a_titled_subject_of_a_stance_verb_is_its_state(text, want):
    assert want in named_relations(text, "ar", "2020-10-24")


def test_a_capital_whose_name_starts_with_waw_is_not_listed_with_the_subject():
    """«واشنطن» begins with the letter that is also the Arabic "and": the name is not a second subject."""
    rels = named_relations("واتهمت روسيا واشنطن بتأجيج الحرب في أوكرانيا.", "ar", "2022-04-02")
    assert ("Russia", "opposes", "United States") in rels


def test_a_capital_after_a_verb_of_travel_stays_a_place():
    rels = named_relations("وزار وزير الخارجية الروسي سيرغي لافروف أنقرة أمس.", "ar", "2020-10-24")
    assert not any(r[1] == "opposes" for r in rels)
    assert ("Sergei Lavrov", "visits", "Turkey") not in rels
