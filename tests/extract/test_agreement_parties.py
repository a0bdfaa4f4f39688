"""Every party of an agreement, and who backs it: the triples a user sees for news sentences written for these
tests (issue 9). Each case states what must be extracted and, where a construction invites a wrong reading,
what must not be."""

from __future__ import annotations

import pytest

from explorer.extract.pipeline import extract_text


def _triples(text: str, lang: str, date: str | None = None) -> set[tuple[str, str, str]]:
    """The typed relations; a target "agreement" stands for whichever agreement node the noun became."""
    ex = extract_text(text, lang=lang, date_=date)
    kinds = {e.id: e.kind for e in ex.entities}
    out = {(r.source, r.type, r.target) for r in ex.relations}
    return out | {(r.source, r.type, "agreement") for r in ex.relations if kinds.get(r.target) == "agreement"}


CASES = [
    # both sides named before, then "both sides" / «الطرفان» as the subject of the signing
    (
        "en",
        "Russia and Turkey met in Sochi in September 2018. Both sides signed the Sochi memorandum on Idlib.",
        [
            ("state:rus", "agrees_with", "agr:sochi-idlib-memo-2018"),
            ("state:tur", "agrees_with", "agr:sochi-idlib-memo-2018"),
        ],
        [],
    ),
    # "A and the B": the article before the second name does not break the pair
    (
        "en",
        "The Yemeni government and the Houthis met in Stockholm. The two sides accepted the Hodeidah Agreement.",
        [
            ("state:yem", "agrees_with", "agr:hodeidah-agreement-2018"),
            ("group:houthis", "agrees_with", "agr:hodeidah-agreement-2018"),
        ],
        [],
    ),
    # commitment as a noun: the possessive or the subject is the party; no agreement, no party
    (
        "en",
        "Ukraine's commitment to the Black Sea grain deal never wavered.",
        [("state:ukr", "agrees_with", "agr:black-sea-grain-initiative-2022")],
        [],
    ),
    ("en", "France reaffirmed its commitment to Lebanon.", [], [("state:fra", "agrees_with", "state:lbn")]),
    (
        "en",
        "The commitment of Fatah and Hamas to the Beijing Declaration on Palestinian Unity remains untested.",
        [
            ("org:fatah", "agrees_with", "agr:beijing-declaration-2024"),
            ("group:hamas", "agrees_with", "agr:beijing-declaration-2024"),
        ],
        [],
    ),
    (
        "en",
        "The commitment of the United States to Israel is ironclad.",
        [],
        [("state:usa", "agrees_with", "state:isr")],
    ),
    # joining an agreement is agreeing to it; joining a body is membership, no agreement between the two
    (
        "en",
        "Bahrain joined the Abraham Accords in September 2020.",
        [("state:bhr", "agrees_with", "agr:abraham-accords-2020")],
        [],
    ),
    (
        "en",
        "Finland joined NATO in April 2023.",
        [("state:fin", "member_of", "org:nato")],
        [("state:fin", "agrees_with", "org:nato")],
    ),
    (
        "ar",
        "انضمت الإمارات إلى اتفاقات أبراهام في سبتمبر 2020.",
        [("state:are", "agrees_with", "agr:abraham-accords-2020")],
        [],
    ),
    # the parties named in the agreement's own name, joined by a dash or «و»
    (
        "en",
        "The US-Ukraine minerals deal set up a joint investment fund.",
        [
            ("state:usa", "agrees_with", "agr:us-ukraine-minerals-2025"),
            ("state:ukr", "agrees_with", "agr:us-ukraine-minerals-2025"),
        ],
        [],
    ),
    # a name that names its author and its subject is no pair of parties
    ("en", "The UN roadmap for Yemen stalled in 2024.", [], [("org:un", "agrees_with", "agr:un-roadmap-yemen-2023")]),
    # "the agreement signed between A and B", «الاتفاق الموقع بين A وB»
    (
        "en",
        "The Hodeidah Agreement signed between the Yemeni government and the Houthis set up a monitoring mission.",
        [
            ("state:yem", "agrees_with", "agr:hodeidah-agreement-2018"),
            ("group:houthis", "agrees_with", "agr:hodeidah-agreement-2018"),
        ],
        [],
    ),
    (
        "ar",
        "وينص اتفاق الرياض الموقع بين الحكومة اليمنية والمجلس الانتقالي الجنوبي على تشكيل حكومة جديدة.",
        [
            ("state:yem", "agrees_with", "agr:riyadh-agreement-2019"),
            ("org:stc", "agrees_with", "agr:riyadh-agreement-2019"),
        ],
        [],
    ),
    # refusing to sign opposes the agreement; the refused signing is no agreement
    (
        "en",
        "The SPLM-IO declined to sign the Khartoum Declaration on South Sudan.",
        [("group:splm-io", "opposes", "agr:khartoum-declaration-ssd-2018")],
        [("group:splm-io", "agrees_with", "agr:khartoum-declaration-ssd-2018")],
    ),
    # a vote for a resolution approves it (agrees_with, as a cabinet's vote for its deal), against it opposes it
    (
        "en",
        "Japan voted for Resolution 2728, and Russia voted against it.",
        [("state:jpn", "agrees_with", "agr:unscr-2728")],
        [("state:jpn", "supports", "agr:unscr-2728")],
    ),
    (
        "ar",
        "صوتت اليابان لصالح القرار 2728.",
        [("state:jpn", "agrees_with", "agr:unscr-2728")],
        [("state:jpn", "supports", "agr:unscr-2728")],
    ),
    (
        "en",
        "Ecuador and Malta voted in favour of Resolution 2719 on Gaza, while the United States abstained.",
        [("state:ecu", "agrees_with", "agr:unscr-2719"), ("state:mlt", "agrees_with", "agr:unscr-2719")],
        [("state:ecu", "supports", "agr:unscr-2719")],
    ),
    (
        "ar",
        "وصوتت الجزائر وموزمبيق لصالح القرار 2719 بشأن غزة.",
        [("state:dza", "agrees_with", "agr:unscr-2719"), ("state:moz", "agrees_with", "agr:unscr-2719")],
        [("state:moz", "supports", "agr:unscr-2719")],
    ),
    # parties announcing the terms of their own agreement agree with it; a mediator announcing them only speaks
    (
        "en",
        "Ethiopia and the TPLF announced the terms of the Pretoria Agreement.",
        [
            ("state:eth", "agrees_with", "agr:pretoria-agreement-2022"),
            ("group:tplf", "agrees_with", "agr:pretoria-agreement-2022"),
        ],
        [],
    ),
    (
        "en",
        "The Sudanese army and the RSF announced the details of the Jeddah Declaration on Friday.",
        [("group:rsf", "agrees_with", "agr:jeddah-declaration-2023")],
        [],
    ),
    (
        "ar",
        "وأعلنت الحكومة اليمنية والحوثيون بنود اتفاق ستوكهولم.",
        [
            ("state:yem", "agrees_with", "agr:stockholm-agreement-2018"),
            ("group:houthis", "agrees_with", "agr:stockholm-agreement-2018"),
        ],
        [],
    ),
    (
        "ar",
        "وأعلنت روسيا وتركيا تفاصيل مذكرة سوتشي بشأن إدلب.",
        [
            ("state:rus", "agrees_with", "agr:sochi-idlib-memo-2018"),
            ("state:tur", "agrees_with", "agr:sochi-idlib-memo-2018"),
        ],
        [],
    ),
    (
        "en",
        "Qatar announced the terms of the Doha Agreement on Saturday.",
        [("state:qat", "states", "agr:us-taliban-doha-2020")],
        [("state:qat", "agrees_with", "agr:us-taliban-doha-2020")],
    ),
    # who drafted or put forward a text backs it: the Arabic relative clause takes the text back by a pronoun
    (
        "ar",
        "ونص القرار 2719، الذي تقدمت به الجزائر وموزمبيق، على وقف إطلاق النار في غزة.",
        [("state:dza", "supports", "agr:unscr-2719"), ("state:moz", "supports", "agr:unscr-2719")],
        [],
    ),
    (
        "ar",
        "ورفض الحوثيون المبادرة التي قدمتها السعودية لإنهاء الحرب في اليمن.",
        [("state:sau", "supports", "agreement"), ("group:houthis", "opposes", "agreement")],
        [("group:houthis", "supports", "agreement")],
    ),
    (
        "ar",
        "ورحبت ليبيا بالخطة التي طرحها الاتحاد الأفريقي لوقف القتال.",
        [("org:african-union", "supports", "agreement")],
        [],
    ),
    (
        "ar",
        "وعارضت روسيا مشروع القرار الذي تقدمت به فرنسا بشأن مالي.",
        [("state:fra", "supports", "agreement"), ("state:rus", "opposes", "agreement")],
        [("state:rus", "supports", "agreement")],
    ),
    (
        "en",
        "Resolution 2085, put forward by France, authorises an African force in Mali.",
        [("state:fra", "supports", "agr:unscr-2085")],
        [],
    ),
    (
        "en",
        "Russia rejected the draft resolution put forward by the United States on Ukraine.",
        [("state:usa", "supports", "agreement"), ("state:rus", "opposes", "agreement")],
        [("state:rus", "supports", "agreement")],
    ),
    # urging the parties to respect an agreement backs it (and invokes it)
    (
        "en",
        "Kenya urged the parties to respect the Juba Peace Agreement.",
        [("state:ken", "supports", "agr:juba-peace-2020")],
        [],
    ),
    # tabling a draft, consolidating a truce: backing what is named; nothing when no agreement is named
    (
        "en",
        "Malta tabled Resolution 2712 on humanitarian pauses in Gaza.",
        [("state:mlt", "supports", "agr:unscr-2712")],
        [],
    ),
    ("en", "The army consolidated its grip on Omdurman.", [], [("org:saf", "supports", "place:omdurman")]),
    (
        "ar",
        "وقعت إسرائيل ولبنان على اتفاق وقف إطلاق النار في لبنان 2024. وتعمل فرنسا على تثبيت وقف إطلاق النار.",
        [("state:fra", "supports", "agr:israel-lebanon-ceasefire-2024")],
        [],
    ),
    # a participle that opens the sentence describes the agreement after the comma
    (
        "en",
        "Signed by Armenia and Azerbaijan, the Washington peace declaration reopened transport links.",
        [
            ("state:arm", "agrees_with", "agr:washington-armenia-azerbaijan-2025"),
            ("state:aze", "agrees_with", "agr:washington-armenia-azerbaijan-2025"),
        ],
        [],
    ),
    # "the deal, reached after talks between A and B"
    (
        "en",
        "The Hodeidah Agreement, reached after talks between the Yemeni government and the Houthis, "
        "covered three ports.",
        [
            ("state:yem", "agrees_with", "agr:hodeidah-agreement-2018"),
            ("group:houthis", "agrees_with", "agr:hodeidah-agreement-2018"),
        ],
        [],
    ),
    # «وفد A ووفد B … الطرفان»: the two delegations are the two sides
    (
        "ar",
        "اجتمع وفد الحكومة اليمنية ووفد جماعة الحوثي في ستوكهولم. ووقع الطرفان اتفاقية الحديدة.",
        [
            ("state:yem", "agrees_with", "agr:hodeidah-agreement-2018"),
            ("group:houthis", "agrees_with", "agr:hodeidah-agreement-2018"),
        ],
        [],
    ),
    # «X الداعمة لـ Y»: the name before the participle backs Y, not the sentence's subject
    (
        "ar",
        "وهاجمت إسرائيل مواقع في لبنان وحذرت إيران الداعمة لحزب الله.",
        [("state:irn", "supports", "group:hezbollah")],
        [("state:isr", "supports", "group:hezbollah")],
    ),
    # "called on both parties to implement it", «وطالب الطرفين بتنفيذه»: the agreement named before is backed
    (
        "en",
        "Sudan and South Sudan signed the Sudan-South Sudan Cooperation Agreement. Thabo Mbeki urged both "
        "governments to implement it without delay.",
        [("person:thabo-mbeki", "supports", "agr:sudan-south-sudan-cooperation-2012")],
        [],
    ),
    (
        "ar",
        "ووقعت الحكومة والمجلس الانتقالي الجنوبي اتفاق الرياض. ودعت الكويت الطرفين إلى تنفيذه بالكامل.",
        [("state:kwt", "supports", "agr:riyadh-agreement-2019")],
        [],
    ),
    # a common noun with its pair named: "the A-B truce", «هدنة A وB»; the broker is no party and no negotiator
    (
        "en",
        "Qatar brokered the Israel-Hamas truce on Friday.",
        [("state:isr", "agrees_with", "agreement"), ("group:hamas", "agrees_with", "agreement")],
        [("state:qat", "negotiates_with", "group:hamas"), ("state:qat", "agrees_with", "agreement")],
    ),
    (
        "ar",
        "انهارت هدنة الجيش السوداني وقوات الدعم السريع بعد يومين.",
        [("org:saf", "agrees_with", "agreement"), ("group:rsf", "agrees_with", "agreement")],
        [],
    ),
    # "the X, which A signed with B": both are parties; "inked" signs
    (
        "en",
        "The Hodeidah Agreement, which the Yemeni government signed with the Houthis, covers three ports.",
        [
            ("state:yem", "agrees_with", "agr:hodeidah-agreement-2018"),
            ("group:houthis", "agrees_with", "agr:hodeidah-agreement-2018"),
        ],
        [("state:yem", "agrees_with", "group:houthis")],
    ),
    (
        "en",
        "Sudan and South Sudan inked the Sudan-South Sudan Cooperation Agreement in Addis Ababa.",
        [("state:sdn", "agrees_with", "agr:sudan-south-sudan-cooperation-2012")],
        [],
    ),
    # a clause after ", while" has its own subject, named or not; "called off" is no phone call
    (
        "en",
        "Kenya backed the Pretoria Agreement, while the rebels rejected it.",
        [("state:ken", "supports", "agr:pretoria-agreement-2022")],
        [("state:ken", "opposes", "agr:pretoria-agreement-2022")],
    ),
    (
        "en",
        "After Sudan and South Sudan signed the deal, the strike was called off.",
        [],
        [("state:sdn", "phones", "state:ssd")],
    ),
    # «اتفاق X الذي وقعته A مع B», "the Juba agreement": a noun named by its place is the agreement signed there
    (
        "ar",
        "واتفاق ستوكهولم الذي وقعته الحكومة اليمنية مع جماعة الحوثي يشمل الحديدة.",
        [
            ("state:yem", "agrees_with", "agr:stockholm-agreement-2018"),
            ("group:houthis", "agrees_with", "agr:stockholm-agreement-2018"),
        ],
        [("state:yem", "agrees_with", "group:houthis")],
    ),
    # an aside with an agreement ends before the verb: its subject is the name before the aside
    (
        "en",
        "Kenya and Uganda, which hosted talks on the Pretoria Agreement, urged the parties to respect it.",
        [
            ("state:ken", "supports", "agr:pretoria-agreement-2022"),
            ("state:uga", "supports", "agr:pretoria-agreement-2022"),
        ],
        [],
    ),
    # "stressed the need to respect X", «شدد على ضرورة الالتزام بـX», «طالب بالتقيد بـX»: backing X;
    # «التقيد» is no meeting («التقى»)
    (
        "en",
        "Norway stressed the need to implement the Revitalized Agreement on the Resolution of the Conflict "
        "in South Sudan.",
        [("state:nor", "supports", "agr:r-arcss-2018")],
        [],
    ),
    ("en", "Norway stressed the need to respect Sudan's sovereignty.", [], [("state:nor", "supports", "state:sdn")]),
    (
        "ar",
        "وشددت النرويج على ضرورة الالتزام باتفاق السلام المنشط في جنوب السودان.",
        [("state:nor", "supports", "agr:r-arcss-2018")],
        [("state:nor", "agrees_with", "agr:r-arcss-2018")],
    ),
    (
        "ar",
        "وطالب الاتحاد الأفريقي بالتقيد باتفاق بريتوريا للسلام.",
        [("org:african-union", "supports", "agr:pretoria-agreement-2022")],
        [("org:african-union", "meets", "agr:pretoria-agreement-2022")],
    ),
    # "A and B agreed to …, C said": the two agreed with each other; the speaker is no party
    (
        "en",
        "Kenya and Uganda agreed to reopen the border crossing, William Ruto said.",
        [("state:ken", "agrees_with", "state:uga")],
        [("person:william-ruto", "agrees_with", "state:uga")],
    ),
    # not (yet) signed: "has yet to sign", "will sign", "is poised to sign"
    (
        "en",
        "Somalia has yet to sign the Ankara Declaration on Ethiopia and Somalia.",
        [],
        [("state:som", "agrees_with", "agr:ankara-declaration-2024")],
    ),
    (
        "en",
        "Ethiopia and Somalia are poised to sign the Ankara Declaration on Ethiopia and Somalia.",
        [],
        [("state:som", "agrees_with", "state:eth")],
    ),
    (
        "en",
        "Ethiopia will sign the Ankara Declaration on Thursday.",
        [],
        [("state:eth", "agrees_with", "agr:ankara-declaration-2024")],
    ),
    # a capital after 'between', joined to a group: the state is the other side, not a place
    (
        "en",
        "Kabul said the accord signed in Doha last year between Washington and the Taliban had failed to end "
        "the violence.",
        [("state:usa", "agrees_with", "agreement"), ("group:taliban", "agrees_with", "agreement")],
        [],
    ),
    # «اتفاق استئناف العلاقات بين A وB»: a noun in construct with a definite one says what was agreed
    (
        "ar",
        "ووقّع الوزيران في أسمرا اتفاق استئناف العلاقات بين جيبوتي وإريتريا.",
        [("state:dji", "agrees_with", "agreement"), ("state:eri", "agrees_with", "agreement")],
        [],
    ),
    # a list of the texts invoked, past the window of the phrase and a short conjunct that names none
    (
        "ar",
        "وجدد وزير الخارجية الليبي محمد سيالة تمسك حكومته بالمرجعيات الدولية، وهي الاتفاق السياسي الليبي ومخرجات "
        "مؤتمر برلين وقرار مجلس الأمن رقم 2510.",
        [("person:mohamed-taha-siala", "references", "agr:unscr-2510")],
        [],
    ),
    # "it" after a thing of its own sentence ("the withdrawal of …") is that thing, not the agreement named before
    (
        "en",
        "Ethiopia and Eritrea signed a peace deal in Jeddah in September. Talks on the border were delayed for weeks "
        "by a row over the withdrawal of Ethiopian troops from Badme, which Abiy Ahmed only ordered after "
        "Ethiopia's parliament endorsed it.",
        [("state:eth", "agrees_with", "agreement")],
        [("org:ethiopia-hopr", "agrees_with", "agreement")],
    ),
    # mutual accusations of violating a truce: no one invokes it
    (
        "ar",
        "وقّع الجيش السوداني وقوات الدعم السريع هدنة في جدة. ويتبادل الجيش السوداني وقوات الدعم السريع منذ أيام "
        "الاتهامات بخرق الهدنة في الفاشر.",
        [],
        [("org:saf", "references", "agreement"), ("group:rsf", "references", "agreement")],
    ),
    # modality: a hoped-for agreement is none
    (
        "en",
        "Sudan and South Sudan hope to reach a deal on Abyei soon.",
        [],
        [("state:sdn", "agrees_with", "state:ssd")],
    ),
]


@pytest.mark.parametrize("lang,text,wanted,unwanted", CASES, ids=[f"{c[0]}-{n}" for n, c in enumerate(CASES)])
def test_agreement_parties_and_backers(lang, text, wanted, unwanted):
    # a common noun ("the truce") becomes an agreement node only in a dated article
    dated = any(t[2] == "agreement" for t in wanted + unwanted)
    found = _triples(text, lang, "2023-06-15" if dated else None)
    assert set(wanted) <= found, sorted(found)
    assert not set(unwanted) & found, sorted(found)


def test_a_bare_agreement_noun_is_the_agreement_just_named():
    """«للاتفاق» (normalized with its article restored) after the declaration named in the article is that
    declaration, not another agreement of the same month and parties."""
    text = (
        "وقعت حكومة الكونغو الديمقراطية وحركة إم 23 في الدوحة إعلان مبادئ برعاية قطرية. ويلتزم الطرفان بموجب "
        "الإعلان بوقف دائم لإطلاق النار. ورحب الاتحاد الأفريقي بالإعلان، فيما أكدت رواندا دعمها للاتفاق."
    )
    found = _triples(text, "ar", date="2025-07-20")
    assert ("state:rwa", "supports", "agr:doha-drc-m23-2025") in found, sorted(found)
    assert ("state:rwa", "supports", "agr:washington-drc-rwanda-2025") not in found


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Kyiv and Moscow exchanged drafts of a future agreement on Tuesday."),
        ("en", "Washington said a possible deal would include prisoner releases."),
        ("ar", "وتبادلت كييف وموسكو مسودات اتفاق مستقبلي يوم الثلاثاء."),
        ("en", "The envoy called on the rebels to agree to a humanitarian truce before the rains."),
        ("en", "The prime minister said Baghdad would not deal with the outcome of the vote."),
        ("ar", "واستدعت الخارجية الصومالية سفير إثيوبيا لديها عبدي أحمد وسلّمته مذكرة احتجاج رسمية."),
    ],
)
def test_an_agreement_not_reached_is_no_node(lang, text):
    """ "a future agreement", «اتفاق مستقبلي»: in a dated article, still no agreement node and no party."""
    ex = extract_text(text, lang=lang, date_="2024-05-10")
    assert not [e for e in ex.entities if e.kind == "agreement"]


def test_an_agreement_noun_named_by_its_place():
    """«اتفاق جوبا», "the Juba agreement": in an article of that week, the agreement signed in Juba."""
    for lang, text in (
        ("ar", "ونص اتفاق جوبا على تقاسم السلطة مع الحركات المسلحة."),
        ("en", "The Juba agreement gives the armed movements seats in the cabinet."),
    ):
        ex = extract_text(text, lang=lang, date_="2020-10-05")
        assert "agr:juba-peace-2020" in {e.id for e in ex.entities}, [e.id for e in ex.entities]


@pytest.mark.parametrize(
    "lang,day,text,noun",
    [
        (
            "ar",
            "2019-08-17",
            "وقّعت الحكومة السودانية وقوى المعارضة اليوم السبت في الخرطوم على الوثيقة الدستورية للمرحلة الانتقالية. "
            "في المقابل، أبدت حركة تحرير السودان تحفظها على الوثيقة، وقالت إنها تجاهلت تفاهمات السلام التي توصلت "
            "إليها مع قوى المعارضة في جوبا الشهر الماضي.",
            "تفاهمات السلام",
        ),
        (
            "en",
            "2018-09-12",
            "Kiir and Machar signed a new peace deal in Addis Ababa on Wednesday. It replaces the truce that the two "
            "rivals reached in Khartoum last month, officials said.",
            "truce",
        ),
    ],
)
def test_an_agreement_reached_last_month_is_another_one(lang, day, text, noun):
    """«التفاهمات التي توصلت إليها … الشهر الماضي», "the truce that … reached … last month": a noun whose
    relative clause dates it to the month before the article is not the agreement the article reports."""
    ex = extract_text(text, lang=lang, date_=day)
    owner = [e for e in ex.to_json()["entities"] if any(m["text"] == noun for m in e["mentions"])]
    assert owner and len(owner[0]["mentions"]) == 1, owner


def test_an_arabic_agreement_dated_by_an_earlier_month_is_that_months_and_the_documents():
    """«الاتفاق الموقع عليه من الطرفين في 12 آذار/مارس الماضي»: the noun is dated by the month after it (not the
    agreement signed that day), and a known agreement of that month is it only if the document names one of its
    parties (not a Syrian agreement of March in an article on Colombia)."""
    text = (
        "وقّعت الحكومة الكولومبية وجيش التحرير الوطني أمس في هافانا اتفاقاً جديداً لوقف إطلاق النار. وحثت كوبا "
        "الطرفين على الالتزام بالاتفاق الموقع عليه من الطرفين في 12 آذار/مارس الماضي."
    )
    ex = extract_text(text, lang="ar", date_="2017-06-10")
    agreements = [e for e in ex.to_json()["entities"] if e["kind"] == "agreement"]
    earlier = [e for e in agreements if any(m["text"] == "بالاتفاق" for m in e["mentions"])]
    assert len(agreements) == 2 and earlier and earlier[0]["id"].startswith("agr:x-"), agreements
