"""Which agreement a later noun names (session 39, lane `agree`). Sentences written for these tests."""

from tests.extract.shapes import named_relations, parties


def _to(got, source):
    return {o for s, t, o in got if s == source and t in ("agrees_with", "references", "opposes")}


def test_a_year_in_the_signing_clause_after_the_noun_dates_an_older_agreement():
    # a place-named noun whose relative clause says it was signed years before is not the fresh deal of that place
    text = ("Chad's transitional authorities and dozens of rebel factions signed a peace deal in Doha on Monday. "
            "Qatari officials drew on their experience of the Doha agreement that the Taliban signed with Washington "
            "in 2020.")
    got = named_relations(text, "en", "2022-08-08")
    assert _to(got, "Taliban") == {"Doha Agreement"}, got
    text = ("The Philippine government and the Moro Islamic Liberation Front signed a comprehensive peace agreement on "
            "Thursday. The Moro National Liberation Front, which signed its own peace accord with the government in "
            "1996, was not at the ceremony.")
    got = named_relations(text, "en", "2014-03-27")
    assert "Comprehensive Agreement on the Bangsamoro" not in _to(got, "Moro National Liberation Front"), got
    text = ("وقعت الحكومة العراقية وحكومة إقليم كردستان اتفاقا مؤقتا لاستئناف تصدير النفط. وكانت هيئة تحكيم قد رأت "
            "أن تركيا خرقت اتفاقية النقل الموقعة مع العراق عام 1973.")
    got = named_relations(text, "ar", "2023-04-04")
    assert not any("Baghdad-Erbil" in o for o in _to(got, "Turkey")), got


def test_a_noun_with_a_word_of_an_earlier_name_is_that_agreement():
    # "the charter" after "the X Charter", though a newer treaty of the same states is the article's own
    text = ("Mali, Burkina Faso and Niger signed a treaty in Niamey on Saturday founding their confederation. "
            "The three juntas had signed the Liptako-Gourma Charter, a defence pact, ten months earlier. Goita said "
            "the armies would act under the charter against any aggression.")
    got = named_relations(text, "en", "2024-07-06")
    assert _to(got, "Assimi Goïta") == {"Liptako-Gourma Charter"}, got


def test_a_party_of_only_the_older_agreement_signed_that_one():
    # "the accord" that a movement which was party only to the older agreement signed
    text = ("Mali, Burkina Faso and Niger signed a treaty in Niamey on Saturday founding their confederation. Bamako "
            "ended the 2015 Algiers peace agreement in January. The Coordination of Azawad Movements, which signed "
            "the accord, said Bamako had broken it for years.")
    got = named_relations(text, "en", "2024-07-06")
    assert "Algiers Accord (Mali)" in _to(got, "Coordination of Azawad Movements"), got
    assert "Treaty of the Confederation of Sahel States" not in _to(got, "Coordination of Azawad Movements"), got


def test_a_pair_that_welcomed_the_deal_after_an_aside_is_not_both_parties():
    # "A and B, which back X, welcomed the deal": third parties; "both parties" later are the signers
    text = ("The Sudanese army and the Rapid Support Forces signed a truce in Jeddah on Saturday. Egypt and Eritrea, "
            "which back the army, welcomed the truce. Under the truce, both parties committed to open aid corridors.")
    got = named_relations(text, "en", "2023-05-20")
    assert not {s for s, t, o in got if s in ("Egypt", "Eritrea") and t in ("agrees_with", "references")}, got


def test_signers_listed_past_a_possessive_rank_a_counterpart_and_a_repeated_of():
    # the passive signing clause names each signer however its list is written
    text = ("The accord was signed in Bamako by Mali's Colonel Assimi Goita, Niger's General Abdourahamane Tiani and "
            "Burkina Faso's Captain Ibrahim Traore on Monday.")
    got = named_relations(text, "en", "2024-07-06")
    assert {"Assimi Goïta", "Abdourahamane Tchiani", "Ibrahim Traoré"} <= parties(got), got
    text = ("Iraq's federal government and the Kurdistan Regional Government signed a budget deal on Sunday. The deal "
            "between Baghdad and Erbil was signed by Prime Minister Mohammed Shia al-Sudani and his Kurdish "
            "counterpart Masrour Barzani.")
    got = named_relations(text, "en", "2023-06-11")
    assert {"Mohammed Shia al-Sudani", "Masrour Barzani"} <= parties(got), got
    text = ("The truce was signed by envoys of the Government of National Accord and of the eastern-based Libyan "
            "National Army.")
    got = named_relations(text, "en", "2020-10-23")
    assert {"Government of National Accord", "Libyan National Army"} <= parties(got), got


def test_a_signer_with_whom_another_signed_is_a_signer():
    text = ("The grain deal was first signed by Turkish Defence Minister Hulusi Akar with his Russian counterpart "
            "Sergei Shoigu and the UN chief Antonio Guterres.")
    got = named_relations(text, "en", "2022-07-22")
    assert {"Hulusi Akar", "Sergei Shoigu", "António Guterres"} <= parties(got), got
