"""Parties to agreements in shapes read from wire news of several conflicts (session 38, lane `agree`). Sentences
written for these tests."""

from tests.extract.shapes import named_relations


def _parties(got, agreement_word=""):
    return {s for s, t, o in got if t == "agrees_with" and agreement_word in o}


def test_partner_after_with_and_the_kind_of_body_it_is():
    # «مع حركة X», «مع تحالف X»: the name leaves the body's kind word out of its phrase; the partner still signs
    text = "وقعت الحكومة الكونغولية في الدوحة السبت اتفاقا جديدا مع حركة إم23 بعد أشهر من القتال."
    got = named_relations(text, "ar", "2025-11-15")
    assert "March 23 Movement" in _parties(got), got
    text = "ووقعت الحكومة الانتقالية السودانية أمس مع تحالف الجبهة الثورية، اتفاق جوبا للسلام بحضور وسطاء."
    got = named_relations(text, "ar", "2020-10-03")
    assert {"Sudan", "Sudan Revolutionary Front"} <= _parties(got), got


def test_both_sides_are_not_the_brokers_named_before_or_after():
    # the brokers of a truce are named as such once; "both sides" later is the warring pair, never the brokers
    text = ("The Libyan National Army and the Government of National Accord fought for a week around the port. A "
            "pause brokered by Qatar and Turkey collapsed on Monday. Haftar's forces said Tripoli had broken the "
            "Misrata accord, which both sides signed in March. Doha and Ankara said both parties had failed to keep "
            "their commitments under the accord.")
    got = named_relations(text, "en", "2024-05-01")
    assert not {"Qatar", "Turkey"} & _parties(got), got  # (the brokers' statement may invoke it: references)


def test_the_speakers_of_a_statement_on_the_sides_obligations_are_not_bound_by_the_agreement():
    text = ("وكانت الهدنة التي رعتها مصر وقطر قد انهارت الأسبوع الماضي. وقالت القاهرة والدوحة في بيان مشترك إن "
            "الطرفين لم يلتزما بتعهداتهما بموجب اتفاق شرم الشيخ.")
    got = named_relations(text, "ar", "2024-05-01")
    assert not {"Egypt", "Qatar"} & _parties(got), got


def test_arriving_at_a_deal_is_reaching_it_and_arriving_at_a_city_a_visit():
    text = "ووصلت أرمينيا وأذربيجان إلى اتفاق سلام نهائي برعاية أميركية في واشنطن."
    got = named_relations(text, "ar", "2025-08-08")
    assert {"Armenia", "Azerbaijan"} <= _parties(got), got
    text = "ووصل رئيس الوزراء الأرميني نيكول باشينيان إلى واشنطن صباح الجمعة."
    got = named_relations(text, "ar", "2025-08-08")
    assert not _parties(got), got
    assert ("Nikol Pashinyan", "visits", "Washington") in got, got


def test_a_signatory_named_before_on_behalf_of_signs_for_the_side_after():
    text = ("وقعت الحكومة المالية والحركات المسلحة في الشمال اتفاق الجزائر للسلام في باماكو. ووقع عبد الكريم "
            "ولد سيدي نيابة عن الحركة العربية الأزوادية، كما وقع سليمان أغ محمد نيابة عن تنسيقية حركات أزواد.")
    got = named_relations(text, "ar", "2015-06-20")
    parties = _parties(got)
    assert {"عبد الكريم ولد سيدي", "سليمان أغ محمد", "Coordination of Azawad Movements"} <= parties, got
    assert ("سليمان أغ محمد", "member_of", "Coordination of Azawad Movements") in got, got
    assert not any(s == "عبد الكريم ولد سيدي" and o == "Coordination of Azawad Movements" for s, _, o in got), got


def test_a_fronted_under_phrase_whose_agreement_has_its_brokers_or_place_before_the_comma():
    text = "Under the Pretoria agreement mediated by the African Union, the TPLF began handing over heavy weapons."
    got = named_relations(text, "en", "2023-01-11")
    assert ("Tigray People's Liberation Front", "references", "Pretoria Agreement") in got, got
    text = "وبموجب اتفاق الدوحة الذي رعته قطر والولايات المتحدة، التزمت الحكومة الكونغولية بإطلاق سراح معتقلين."
    got = named_relations(text, "ar", "2025-08-01")
    assert any(s == "DR Congo" and t == "references" for s, t, _ in got), got


def _agreements(text, lang, date):
    from explorer.extract import extract
    from explorer.ingest.document import make_document
    from explorer.kb import load_kb

    ex = extract(make_document(text, lang=lang, date=date), load_kb())
    return {e.name for e in ex.entities if e.kind == "agreement"}


def test_the_sponsors_of_a_truce_named_beside_it_are_not_its_parties():
    # a violated truce «برعاية سعودية أمريكية» in a Sudan article is Sudan's, not a truce elsewhere the US is party to
    text = "واتهم الجيش السوداني قوات الدعم السريع بخرق الهدنة المعلنة برعاية سعودية أمريكية في الخرطوم."
    names = _agreements(text, "ar", "2023-12-20")
    assert "Gaza Humanitarian Pause of November 2023" not in names, names


def test_the_government_of_a_titled_leader_is_the_state_that_signs():
    text = "The government of Prime Minister Abiy Ahmed signed the Pretoria agreement with the TPLF on Wednesday."
    got = named_relations(text, "en", "2022-11-02")
    assert "Ethiopia" in _parties(got) and "Abiy Ahmed" not in _parties(got), got


def test_a_body_whose_aside_names_its_commander_stays_the_subject_of_a_longer_verb_chain():
    text = ("The SPLM-IO, led by Riek Machar, rejected the accusation and said it remained committed to the "
            "revitalised agreement.")
    got = named_relations(text, "en", "2019-05-03")
    assert "Riek Machar" not in _parties(got), got


def test_the_two_that_welcomed_a_deal_are_not_the_pair_a_dual_verb_stands_for():
    text = ("وقعت الحكومة الليبية والجيش الوطني الليبي اتفاقا لوقف إطلاق النار في جنيف. ورحبت مصر وتركيا بالاتفاق. "
            "وبموجب الاتفاق، يتعين على الطرفين سحب المرتزقة خلال ثلاثة أشهر، كما اتفقا على فتح الطريق الساحلي.")
    got = named_relations(text, "ar", "2020-10-23")
    assert not any({s, o} == {"Egypt", "Turkey"} for s, _, o in got), got
