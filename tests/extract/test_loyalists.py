"""Forces loyal to a man who no longer holds the state office he held are an armed group of their own, his
loyalists, who back him and act in the clause (armies._loyalists); a sitting leader's forces stay him. A
participle before a title ("ousted president X") is no act of whoever is named before it. Sentences written
for these tests, on several conflicts."""

from tests.extract.shapes import named_relations


def test_forces_loyal_to_a_former_ruler_are_his_loyalists():
    rels = named_relations("Fighters loyal to ousted leader Muammar Gaddafi clashed with NTC forces in Bani Walid.",
                           "en", "2011-11-20")
    assert ("Gaddafi loyalists", "supports", "Muammar Gaddafi") in rels
    assert ("Gaddafi loyalists", "fights", "National Transitional Council") in rels
    assert ("Muammar Gaddafi", "fights", "National Transitional Council") not in rels
    rels = named_relations("Gunmen loyal to former President Laurent Gbagbo attacked a UN convoy in Abidjan.", "en",
                           "2011-05-01")
    assert ("Gbagbo loyalists", "supports", "Laurent Gbagbo") in rels
    rels = named_relations("Troops loyal to former president Omar al-Bashir were arrested in Khartoum.", "en",
                           "2019-06-01")
    assert ("Bashir loyalists", "supports", "Omar al-Bashir") in rels


def test_arabic_forces_loyal_to_a_former_president():
    text = "شنت طائرات التحالف غارات على مواقع الحوثيين، وعلى القوات الموالية للرئيس اليمني السابق علي عبد الله صالح."
    assert ("Saleh loyalists", "supports", "Ali Abdullah Saleh") in named_relations(text, "ar", "2015-03-26")


def test_a_sitting_leaders_troops_stay_him():
    rels = named_relations("Fighting broke out between troops loyal to Salva Kiir and fighters loyal to Riek Machar "
                           "in Juba.", "en", "2016-07-10")
    assert not any(name.endswith("loyalists") for src, _, tgt in rels for name in (src, tgt))


def test_ousted_before_a_title_is_no_act():
    rels = named_relations("Russia granted asylum to ousted president Bashar al-Assad in Moscow.", "en", "2025-03-10")
    assert ("Russia", "opposes", "Bashar al-Assad") not in rels
    rels = named_relations("Sudan's military ousted President Omar al-Bashir in April.", "en", "2019-05-01")
    assert ("Sudanese Armed Forces", "opposes", "Omar al-Bashir") in rels
