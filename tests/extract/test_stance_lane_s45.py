"""Stance lane, session 45 (supports, opposes, fights on real news). Sentences written for these tests."""

from tests.extract.shapes import named_relations as _rels


def test_who_a_fighting_word_after_help_takes_is_fought_not_helped():
    """ "sent soldiers to help defeat X", «للمساعدة في هزيمة X»: X is the one fought; the one helped is the name
    between the help word and the fighting word ("help Nigeria push back X")."""
    defeat = _rels("Chad flew two battalions to Maiduguri last week to help defeat Boko Haram.", "en", "2015-02-03")
    assert ("Chad", "supports", "Boko Haram") not in defeat, defeat
    asked = _rels("The advisers came at Kabul's request to help crush the Taliban in Helmand.", "en", "2010-06-01")
    assert not [r for r in asked if r[1] == "supports" and r[2] == "Taliban"], asked
    ar = _rels("وأرسلت إثيوبيا ثلاثة آلاف جندي إلى الصومال للمساعدة في هزيمة حركة الشباب.", "ar", "2012-01-05")
    assert not [r for r in ar if r[1] == "supports" and r[2] == "al-Shabaab"], ar
    helped = _rels("Chad flew two battalions to Maiduguri to help Nigeria fight Boko Haram.", "en", "2015-02-03")
    assert ("Chad", "supports", "Nigeria") in helped, helped


def test_the_subject_before_kana_qad_after_a_complementizer_is_the_verbs():
    """«أن X كان قد + verb»: X does it; the actor of the sentence before is not carried to the verb."""
    text = ("واستقبل الرئيس النيجيري وفدا من تشاد. وأوضح البيان أن الجيش التشادي كان قد شن غارات على مواقع بوكو حرام "
            "قرب البحيرة.")
    rels = _rels(text, "ar", "2015-03-02")
    assert not [r for r in rels if r[1] == "fights" and r[0] == "Goodluck Jonathan"], rels
    assert [r for r in rels if r[1] == "fights" and r[2] == "Boko Haram"], rels
    quit_ = _rels("وتحدث الوزير عن المفاوضات. ويذكر أن كوريا الشمالية كانت قد انسحبت من المعاهدة عام 2003.", "ar",
                  "2010-05-01")
    assert not [r for r in quit_ if r[1] == "opposes" and r[0] != "North Korea"], quit_
