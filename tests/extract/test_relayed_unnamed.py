"""«نقلت الوكالة عن مصدر في … قوله إن …»: the words are an unnamed source's, not the relaying agency's."""

from tests.extract.shapes import named_relations


def test_an_agency_relaying_an_unnamed_source_does_not_speak():
    text = "ونقلت وكالة الأنباء الألمانية عن مصدر في الحكومة الليبية قوله إن قوات حفتر خرقت الهدنة قرب سرت."
    rels = named_relations(text, "ar", "2020-11-04")
    assert not [r for r in rels if r[1] == "states"], rels


def test_an_unknown_relayer_of_unnamed_sources_does_not_speak_either():
    text = "ونقلت إذاعة دبنقا عن مصادر في الجيش السوداني أن قوات الدعم السريع انسحبت من مدينة سنجة."
    rels = named_relations(text, "ar", "2024-07-02")
    assert not [r for r in rels if r[1] == "states"], rels


def test_a_named_source_relayed_by_an_agency_still_speaks():
    text = "ونقلت وكالة الأنباء الفرنسية عن وزيرة الخارجية الليبية نجلاء المنقوش قولها إن مجلس النواب يعرقل الانتخابات."
    rels = named_relations(text, "ar", "2021-12-10")
    assert [r for r in rels if r[1] == "states" and r[0] == "Najla Mangoush"], rels
    assert not [r for r in rels if r[0] == "Agence France-Presse"], rels
