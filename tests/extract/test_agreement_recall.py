"""Issue 9: agreements that news names by a common noun and that were lost to another one named before: each
case written here as new sentences of our own. A target ending in * matches any id with that prefix."""

import pytest

from explorer.extract.pipeline import extract_text
from tests.extract.shapes import check_relations

WASHINGTON = "agr:washington-armenia-azerbaijan-2025"

# (name, lang, date, text, relations that must be found, relations that must not be)
CASES = [
    (
        "'Separately, the IAEA signed a roadmap with Iran': signers who are not the parties of the deal named before "
        "sign another agreement (here the known roadmap of that day)",
        "en",
        "2015-07-14",
        "Iran and the six powers concluded the Joint Comprehensive Plan of Action in Vienna on Tuesday. In a "
        "separate step, the International Atomic Energy Agency signed a roadmap with Iran on clearing up past "
        "questions.",
        [
            ("org:iaea", "agrees_with", "agr:iaea-iran-roadmap-2015"),
            ("state:irn", "agrees_with", "agr:iaea-iran-roadmap-2015"),
        ],
        [("org:iaea", "agrees_with", "agr:jcpoa")],
    ),
    (
        "'Ethiopia signed a border protocol with Kenya' after the Sudan-South Sudan accord: an agreement of its own, "
        "named by its two signers",
        "en",
        "2012-09-28",
        "Sudan and South Sudan signed the Sudan-South Sudan Cooperation Agreement in Addis Ababa on Thursday. "
        "Separately, Ethiopia signed a border protocol with Kenya.",
        [("state:eth", "agrees_with", "agr:x-*"), ("state:ken", "agrees_with", "agr:x-*")],
        [("state:eth", "agrees_with", "agr:sudan-south-sudan-cooperation-2012")],
    ),
    (
        "«ووقعت مصر وإريتريا … بروتوكول تعاون أمني» after «مذكرة التفاهم»: a protocol on a topic of its own, signed "
        "by others, is not the memorandum the article discovered before",
        "ar",
        "2024-11-20",
        "ويعود الخلاف بين البلدين إلى مذكرة التفاهم التي وقعتها إثيوبيا مطلع العام. ووقعت مصر وإريتريا الشهر الماضي "
        "بروتوكول تعاون أمني يتيح تبادل المعلومات.",
        [("state:egy", "agrees_with", "agr:x-*"), ("state:eri", "agrees_with", "agr:x-*")],
        [],
    ),
    (
        "«ووقع الرئيسان في القاهرة بروتوكول تعاون عسكري»: the Egypt-Somalia protocol of August 2024 is known",
        "ar",
        "2024-08-15",
        "ووقع الرئيس المصري عبد الفتاح السيسي ونظيره الصومالي حسن شيخ محمود في القاهرة أمس بروتوكول تعاون عسكري.",
        [
            ("person:abdel-fattah-el-sisi", "agrees_with", "agr:egypt-somalia-military-protocol-2024"),
            ("person:hassan-sheikh-mohamud", "agrees_with", "agr:egypt-somalia-military-protocol-2024"),
        ],
        [],
    ),
    (
        "'A and B issued a joint declaration': issuing an agreement (a sealing verb, not a trigger) is agreeing to it",
        "en",
        "2020-03-01",
        "In Baghdad, French Foreign Minister Jean-Yves Le Drian and Iraqi President Barham Salih issued a joint "
        "declaration on the same day.",
        [
            ("person:jean-yves-le-drian", "agrees_with", "agr:*"),
            ("person:barham-salih", "agrees_with", "agr:*"),
        ],
        [],
    ),
    (
        "'X said he had agreed to end the war': a pronoun subject of its own clause agrees to the terms of the "
        "agreement of the day",
        "en",
        "2020-11-10",
        "Russia brokered a ceasefire between Armenia and Azerbaijan on Tuesday. Nikol Pashinyan said he had agreed "
        "to end the war because the city would otherwise have fallen.",
        [("person:nikol-pashinyan", "agrees_with", "agr:karabakh-trilateral-statement-2020")],
        [],
    ),
    (
        "'A and B also agreed to reopen embassies' after an old pact is recalled: the terms are those of the "
        "agreement of the day, past the nearer old one",
        "en",
        "2023-03-10",
        "Saudi Arabia and Iran restored ties under the Beijing agreement on Friday. Officials cited the 2001 "
        "Saudi-Iranian security agreement as a model. Saudi Arabia and Iran also agreed to reopen embassies within "
        "two months.",
        [
            ("state:sau", "agrees_with", "agr:saudi-iran-beijing-2023"),
            ("state:irn", "agrees_with", "agr:saudi-iran-beijing-2023"),
        ],
        [],
    ),
    (
        "«ووقع الوثيقة عن الجانب الأرميني …، وعن الجانب الأذربيجاني …» with nothing named before: what is signed is "
        "the known agreement of the day, and each signs for his side",
        "ar",
        "2025-08-08",
        "التقى زعيما أرمينيا وأذربيجان في البيت الأبيض يوم الجمعة. ووقع الوثيقة عن الجانب الأرميني رئيس الوزراء "
        "نيكول باشينيان، وعن الجانب الأذربيجاني الرئيس إلهام علييف.",
        [
            ("person:nikol-pashinyan", "agrees_with", WASHINGTON),
            ("state:aze", "agrees_with", WASHINGTON),
        ],
        [],
    ),
    (
        "'The document was signed by A for Armenia and by B for Azerbaijan': a passive signing makes the document "
        "the agreement of the day; the side each signed for is a party, and the signer after 'and by' signed too",
        "en",
        "2025-08-08",
        "The leaders of Armenia and Azerbaijan met at the White House on Friday. The document was signed by Nikol "
        "Pashinyan for Armenia and by Ilham Aliyev for Azerbaijan.",
        [(x, "agrees_with", WASHINGTON) for x in ("person:nikol-pashinyan", "state:arm", "person:ilham-aliyev")]
        + [("state:aze", "agrees_with", WASHINGTON)],
        [],
    ),
    (
        "«X، الذي وقّع الاتفاقية عن الجانب المصري، …»: with no signatory after the side, the antecedent of the "
        "relative verb signed",
        "ar",
        "2021-03-02",
        "ووقعت مصر والأردن اتفاقية تجارية الثلاثاء. وقال وزير الخارجية المصري سامح شكري، الذي وقع الاتفاقية عن "
        "الجانب المصري، إنها ستعزز التجارة.",
        [("person:sameh-shoukry", "agrees_with", "agr:x-*")],
        [],
    ),
    (
        "'signed by A on behalf of Armenia and B on behalf of Azerbaijan': without 'by', the next signer is one who "
        "signed for a side of his own",
        "en",
        "2025-08-08",
        "The leaders of Armenia and Azerbaijan met at the White House on Friday. The accord was signed by Nikol "
        "Pashinyan on behalf of Armenia and Ilham Aliyev on behalf of Azerbaijan, and the European Union welcomed "
        "it.",
        [("person:ilham-aliyev", "agrees_with", WASHINGTON), ("state:aze", "agrees_with", WASHINGTON)],
        [("org:eu", "agrees_with", WASHINGTON)],
    ),
    (
        "«موافقتها على المقترح المصري القطري لوقف إطلاق النار»: the proposal named apart from the states that made "
        "it is still an agreement (no merge with its purpose across their names)",
        "ar",
        "2024-05-07",
        "وأعلنت حركة حماس موافقتها على المقترح المصري القطري لوقف إطلاق النار.",
        [("group:hamas", "agrees_with", "agr:x-*")],
        [],
    ),
    (
        "«توصلت روسيا وتركيا إلى تفاهمات جديدة»: understandings reached are an agreement (here the Moscow "
        "protocol of that week)",
        "ar",
        "2020-03-05",
        "وتوصلت روسيا وتركيا إلى تفاهمات جديدة بشأن إدلب خلال قمة موسكو.",
        [("state:rus", "agrees_with", "agr:*"), ("state:tur", "agrees_with", "agr:*")],
        [],
    ),
    (
        "'reached new understandings': an agreement in English too",
        "en",
        "2020-03-05",
        "Russia and Turkey reached new understandings on Idlib at the Moscow summit.",
        [("state:rus", "agrees_with", "agr:*"), ("state:tur", "agrees_with", "agr:*")],
        [],
    ),
    (
        "«الهدنة الإنسانية بين إسرائيل وحماس»: the adjective is part of the mention, so the sides after it are its "
        "parties",
        "ar",
        "2023-11-24",
        "ودخلت الهدنة الإنسانية بين إسرائيل وحماس حيز التنفيذ صباح الجمعة.",
        [("state:isr", "agrees_with", "agr:*"), ("group:hamas", "agrees_with", "agr:*")],
        [],
    ),
    (
        "«الهدنة الدائمة بين …»: a feminine adjective as its masculine one",
        "ar",
        "2023-11-24",
        "ودخلت الهدنة الدائمة بين إسرائيل وحماس حيز التنفيذ صباح الجمعة.",
        [("state:isr", "agrees_with", "agr:*"), ("group:hamas", "agrees_with", "agr:*")],
        [],
    ),
]


@pytest.mark.parametrize("name,lang,date,text,wanted,unwanted", CASES, ids=[c[0][:60] for c in CASES])
def test_agreement_recall(name, lang, date, text, wanted, unwanted):
    ex = extract_text(text, lang=lang, date_=date)
    check_relations(ex.relations, wanted, unwanted)


def test_the_two_protocols_are_two_nodes():
    """The memorandum discovered first and the protocol signed by others in the same month are two agreements."""
    ex = extract_text(CASES[2][3], lang="ar", date_=CASES[2][2])
    agreements = [e for e in ex.to_json()["entities"] if e["kind"] == "agreement"]
    assert len(agreements) == 2, agreements


def test_a_year_after_the_arabic_complement_dates_the_agreement():
    """«الاتفاقية العامة للتعاون في مجالات التجارة والاستثمار الموقعة عام 1998»: the year comes after the noun's
    complement and names the old agreement, not the one the article reports."""
    ex = extract_text(
        "واتفقت السعودية وإيران على تفعيل الاتفاقية العامة للتعاون في مجالات التجارة والاستثمار الموقعة عام 1998.",
        lang="ar",
        date_="2023-03-10",
    )
    assert "agr:saudi-iran-general-cooperation-1998" in {e.id for e in ex.entities}


def test_a_conditional_ceasefire_is_named_with_its_modifier():
    """ "a conditional ceasefire", "a joint declaration": the modifier is part of the agreement's mention."""
    text = "The army announced a conditional ceasefire in Darfur on Thursday."
    ex = extract_text(text, lang="en", date_="2019-08-02")
    texts = [m["text"] for e in ex.to_json()["entities"] if e["kind"] == "agreement" for m in e["mentions"]]
    assert texts == ["conditional ceasefire"], texts


@pytest.mark.parametrize(
    "text,date,eid",
    [
        (
            "Salva Kiir and Riek Machar signed a final peace deal in Addis Ababa on Wednesday. It builds on a "
            "permanent ceasefire the rivals agreed in Khartoum in June.",
            "2018-09-12",
            "agr:khartoum-declaration-ssd-2018",
        ),
        (
            "The army and the Rapid Support Forces resumed talks on Saturday. The new round follows up on a truce "
            "the two sides agreed in Jeddah in May.",
            "2023-07-15",
            "agr:jeddah-ceasefire-2023",
        ),
        (
            "Prisoners were flown between Aden and Sanaa on Friday under an exchange deal the two sides reached in "
            "March in Switzerland.",
            "2023-04-14",
            "agr:yemen-detainee-exchange-2023",
        ),
    ],
)
def test_a_place_and_a_month_after_the_noun_date_an_earlier_agreement(text, date, eid):
    """ "a ceasefire the rivals agreed in Khartoum in June": a place between the noun and its month is no name
    that breaks the phrase; the month's agreement signed at that place is the one meant, even of another kind
    (the Khartoum Declaration declared that ceasefire); not one signed elsewhere than the place named with the
    month (the Beijing agreement of March 2023 was not reached in Switzerland)."""
    ex = extract_text(text, lang="en", date_=date)
    ids = {e.id for e in ex.entities if e.kind == "agreement"}
    assert eid in ids, ids


def test_the_two_movements_are_no_pair_of_states():
    """«وأكدت الحركتان خلال اجتماعهما …» after «ورحبت السعودية والأردن بالاجتماع»: the two movements are the two
    movements named before, not the last pair of states."""
    ex = extract_text(
        "اجتمع وفدا حركة فتح وحركة حماس في القاهرة. ورحبت السعودية والأردن بالاجتماع. وأكدت الحركتان خلال "
        "اجتماعهما التزامهما بالمصالحة.",
        lang="ar",
        date_="2017-10-12",
    )
    check_relations(ex.relations, [], [("state:sau", "meets", "state:jor")])


@pytest.mark.parametrize(
    "lang,text,date,eid",
    [
        ("en", "The talks are based on the GCC Initiative.", "2022-04-02", "agr:gcc-initiative-2011"),
        ("ar", "وقال بوتين إن اتفاق سوتشي يلزم تركيا بإخراج المسلحين.", "2019-10-23", "agr:sochi-ne-syria-2019"),
        ("ar", "وأكد الوزير التزام حكومته بمخرجات مؤتمر الحوار الوطني.", "2022-04-02", "agr:yemen-ndc-2014"),
    ],
)
def test_an_old_agreement_by_name_goes_to_a_fresh_one_only_by_its_place(lang, text, date, eid):
    """«اتفاق سوتشي» in October 2019 is the memorandum signed in Sochi that week; "the GCC Initiative", whose name
    holds no place, stays the one of 2011 though another agreement was signed in Riyadh that week."""
    ex = extract_text(text, lang=lang, date_=date)
    assert eid in {e.id for e in ex.entities}, [e.id for e in ex.entities]
