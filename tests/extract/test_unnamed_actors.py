"""The actor a sentence does not name: a bare title («الوزير», «الرئيس», "the minister"), a group noun, a dropped
or pronoun subject stands for an actor named before, and the relation constructions use it. Sentences written
for these tests, news style, over several conflicts, with decoys where two candidates could fit."""

import pytest

from explorer.extract.pipeline import extract_text


def _rels(text: str, lang: str, date: str) -> set[tuple[str, str, str]]:
    return {(r.source, r.type, r.target) for r in extract_text(text, lang=lang, date_=date).relations}


# «وهدد الوزير حزب الله»: a title with the article takes no owner by a bare name after it (that would be «وزير
# حزب الله»); the name is the verb's object and the title the holder named in the sentence before.
_BARE_TITLES = [
    (
        "lebanon",
        "وصل وزير الدفاع الإسرائيلي يسرائيل كاتس إلى الحدود الشمالية أمس. وهدد الوزير حزب الله بالرد على أي هجوم.",
        "2024-12-01",
        ("person:israel-katz", "opposes", "group:hezbollah"),
    ),
    (
        "somalia",
        "استقبل الرئيس الصومالي حسن شيخ محمود وفداً من الاتحاد الأفريقي في مقديشو. وانتقد الرئيس إثيوبيا بسبب"
        " اتفاقها مع أرض الصومال.",
        "2024-01-10",
        ("person:hassan-sheikh-mohamud", "opposes", "state:eth"),
    ),
    (
        "iraq",
        "عقد رئيس الوزراء العراقي محمد شياع السوداني اجتماعاً مع قادة الأمن في بغداد. ودان رئيس الوزراء تركيا"
        " بسبب القصف في دهوك.",
        "2022-07-21",
        ("person:mohammed-shia-al-sudani", "opposes", "state:tur"),
    ),
    (
        "france-lebanon",
        "وصل وزير الخارجية الفرنسي جان نويل بارو إلى القاهرة. وانتقد الوزير لبنان بسبب تأخر الإصلاحات.",
        "2025-02-01",
        ("person:jean-noel-barrot", "opposes", "state:lbn"),
    ),
    (
        "iran-france",
        "وصل وزير الخارجية الإيراني عباس عراقجي إلى دمشق. وانتقد الوزير فرنسا بسبب موقفها.",
        "2024-11-20",
        ("person:abbas-araghchi", "opposes", "state:fra"),
    ),
    (
        "ethiopia",
        "وصل وزير الخارجية الإثيوبي ديميكي ميكونين إلى الخرطوم أمس. واتهم الوزير مصر بعرقلة المفاوضات حول سد النهضة.",
        "2021-06-01",
        ("person:demeke-mekonnen", "opposes", "state:egy"),
    ),
]

# «دان X الهجوم، وقال إن …»: Arabic drops the subject of «وقال» after the verb that opens the sentence with its
# subject after it; that subject is the speaker, and «وأضاف» in the next sentence goes on with him.
_OPENING_SUBJECTS = [
    (
        "tigray",
        "دان رئيس الوزراء الإثيوبي آبي أحمد الهجوم، وقال إن جبهة تحرير تيغراي تتحمل المسؤولية.",
        "2021-11-01",
        ("person:abiy-ahmed", "states", "group:tplf"),
    ),
    (
        "karabakh",
        "استقبل الرئيس الأذربيجاني إلهام علييف المبعوث الروسي في باكو، وأكد أن أرمينيا يجب أن تنسحب من الإقليم.",
        "2021-11-01",
        ("person:ilham-aliyev", "states", "state:arm"),
    ),
    (
        "libya",
        "وصل رئيس المجلس الرئاسي الليبي محمد المنفي إلى القاهرة، وقال إن مصر شريك أساسي في استقرار ليبيا.",
        "2022-11-24",
        ("person:mohamed-al-menfi", "states", "state:egy"),
    ),
    (
        "afghanistan",
        "وانتقد الرئيس الأفغاني أشرف غني الاتفاق، وقال إن حكومته لن تفرج عن خمسة آلاف سجين. وأضاف أن حركة"
        " طالبان يجب أن توقف العنف.",
        "2020-03-01",
        ("person:ashraf-ghani", "states", "group:taliban"),
    ),
]

# «وهددت الحركة الحكومة الصومالية»: the group noun is the subject and the government after it the verb's object,
# not one body «الحركة الحكومة الصومالية».
_GROUP_THEN_GOVERNMENT = [
    (
        "shabaab-kenya",
        "شنت حركة الشباب هجوماً على قاعدة عسكرية قرب مقديشو. واتهمت الحركة الحكومة الكينية بدعم الجيش الصومالي.",
        "2021-03-01",
        ("group:al-shabaab", "opposes", "state:ken"),
    ),
    (
        "shabaab-somalia",
        "أعلنت حركة الشباب مسؤوليتها عن الهجوم على القاعدة. وهددت الحركة الحكومة الصومالية بمزيد من الهجمات.",
        "2021-03-01",
        ("group:al-shabaab", "opposes", "state:som"),
    ),
]

# «في مؤتمر صحفي مشترك جمعه بنظيره»: «ـه» is the one who speaks in the sentence; he met (or, after a call noun,
# phoned) those named after «بـ».
_GATHERED = [
    (
        "gathered-syria",
        "وقال الرئيس الروسي فلاديمير بوتين، في مؤتمر صحفي مشترك جمعه بنظيره التركي رجب طيب أردوغان، إن البلدين"
        " اتفقا على وقف إطلاق النار في إدلب.",
        "2020-03-05",
        ("person:vladimir-putin", "meets", "person:recep-tayyip-erdogan"),
    ),
    (
        "gathered-palestine",
        "وأكد وزير الخارجية الأمريكي أنتوني بلينكن، خلال لقاء جمعه بالرئيس الفلسطيني محمود عباس في رام الله، أن"
        " واشنطن تدعم حل الدولتين.",
        "2023-01-31",
        ("person:antony-blinken", "meets", "person:mahmoud-abbas"),
    ),
    (
        "gathered-gaza-call",
        "وشدد الرئيس المصري عبد الفتاح السيسي، خلال اتصال هاتفي جمعه بالرئيس الأميركي جو بايدن، على ضرورة وقف"
        " إطلاق النار في غزة.",
        "2023-11-01",
        ("person:abdel-fattah-el-sisi", "phones", "person:joe-biden"),
    ),
]

_CASES = _BARE_TITLES + _OPENING_SUBJECTS + _GROUP_THEN_GOVERNMENT + _GATHERED

# "accused the bloc of …": the organization named before, also as a title's owner ("ECOWAS leaders", "NATO
# Secretary General X"), never the accuser named in the same sentence ("Niger's junta accused the bloc").
_BODY_NOUNS = [
    (
        "sahel",
        "ECOWAS leaders ordered the activation of a standby force on Thursday. Niger's junta accused the bloc of"
        " preparing an invasion.",
        "2023-08-10",
        ("org:cnsp-niger", "opposes", "org:ecowas"),
    ),
    (
        "ukraine",
        "NATO Secretary General Jens Stoltenberg met Ukrainian officials in Kyiv. Russia accused the alliance of"
        " provoking the war.",
        "2023-08-10",
        ("state:rus", "opposes", "org:nato"),
    ),
    (
        "sudan",
        "The Intergovernmental Authority on Development met in Djibouti. The RSF accused the organisation of bias.",
        "2023-06-10",
        ("group:rsf", "opposes", "org:igad"),
    ),
    (
        "syria",
        "The Arab League suspended Syria in 2011. Damascus accused the organisation of serving foreign agendas.",
        "2011-12-10",
        ("state:syr", "opposes", "org:arab-league"),
    ),
]


@pytest.mark.parametrize(("text", "date", "rel"), [c[1:] for c in _CASES], ids=[c[0] for c in _CASES])
def test_the_unnamed_actor_is_the_one_named_before(text, date, rel) -> None:
    assert rel in _rels(text, "ar", date)


@pytest.mark.parametrize(("text", "date", "rel"), [c[1:] for c in _BODY_NOUNS], ids=[c[0] for c in _BODY_NOUNS])
def test_the_body_noun_after_an_accusation_is_the_body_named_before(text, date, rel) -> None:
    rels = _rels(text, "en", date)
    assert rel in rels
    assert not any(s == o for s, _, o in rels)


def test_a_title_linked_to_its_body_by_a_preposition_keeps_it() -> None:
    """«وزير الدولة بوزارة الخارجية القطرية X»: a glued preposition links the ministry to the title."""
    text = "وقال وزير الدولة بوزارة الخارجية القطرية محمد بن عبد العزيز الخليفي إن المحادثات ستستأنف الأسبوع المقبل."
    assert ("person:mohammed-al-khulaifi", "holds_role_in", "state:qat") in _rels(text, "ar", "2025-07-19")


def test_an_aside_verb_after_its_subject_passes_on_no_speaker() -> None:
    """«وكان دبلوماسيون فرنسيون، رفضوا الكشف عن أسمائهم، أكدوا …»: the aside's verb does not open the sentence."""
    text = "وكان دبلوماسيون فرنسيون، رفضوا الكشف عن أسمائهم، أكدوا أمس توجيه دعوة، عن طريق قطر، إلى حركة طالبان."
    assert not any(t == "states" for _, t, _ in _rels(text, "ar", "2021-09-01"))


def test_a_group_accusing_the_coalition_is_not_the_coalition() -> None:
    """«واتهمت الجماعة التحالف»: «التحالف» after its verb's subject is another body than that group."""
    x = extract_text(
        "شنت جماعة الحوثي هجوماً بطائرات مسيرة على مأرب. واتهمت الجماعة التحالف بقصف المدنيين في صعدة.",
        lang="ar",
        date_="2021-03-01",
    )
    houthis = next(e for e in x.entities if e.id == "group:houthis")
    assert not any("التحالف" in m.text for m in houthis.mentions)


@pytest.mark.parametrize(
    ("text", "date", "holder", "met"),
    [
        (
            "وصل المبعوث الأميركي آموس هوكشتاين إلى تل أبيب. والتقى المبعوث بنيامين نتنياهو لبحث وقف إطلاق النار.",
            "2024-11-20",
            "person:amos-hochstein",
            "person:benjamin-netanyahu",
        ),
        (
            "وصل المبعوث الأممي إلى ليبيا عبد الله باتيلي إلى بنغازي أمس. والتقى المبعوث خليفة حفتر لبحث الانتخابات.",
            "2023-03-01",
            "person:abdoulaye-bathily",
            "person:khalifa-haftar",
        ),
        (
            "وصل وزير الخارجية المصري بدر عبد العاطي إلى بورتسودان أمس. والتقى الوزير عبد الفتاح البرهان لبحث الحرب.",
            "2024-10-01",
            "person:badr-abdelatty",
            "person:abdel-fattah-al-burhan",
        ),
    ],
    ids=["lebanon", "libya", "sudan"],
)
def test_a_bare_title_before_another_officials_name_is_the_holder_named_before(text, date, holder, met) -> None:
    """«والتقى المبعوث بنيامين نتنياهو»: the name after the bare title holds other offices that day, so it is the
    verb's object and the title the envoy named before (no "envoy Netanyahu")."""
    x = extract_text(text, lang="ar", date_=date)
    mentions = {m.text for e in x.entities if e.id == holder for m in e.mentions}
    assert mentions & {"المبعوث", "الوزير"}
    assert (holder, "meets", met) in {(r.source, r.type, r.target) for r in x.relations}


@pytest.mark.parametrize(
    ("text", "date", "rel"),
    [
        (
            "Iranian Foreign Ministry spokesman Ramin Mehmanparast said on Monday the deal was a victory for diplomacy."
            " He added that the Islamic Republic would carry on enriching uranium.",
            "2010-05-17",
            ("person:ramin-mehmanparast", "states", "state:irn"),
        ),
        (
            "Saudi Foreign Minister Faisal bin Farhan said on Friday the agreement was a step towards stability. He"
            " added that the kingdom would reopen its embassy.",
            "2023-03-12",
            ("person:faisal-bin-farhan", "states", "state:sau"),
        ),
        (
            "Omani Foreign Minister Badr Albusaidi said the talks had been constructive. He added that the sultanate"
            " would keep hosting both delegations.",
            "2025-04-12",
            ("person:badr-albusaidi", "states", "state:omn"),
        ),
    ],
    ids=["iran", "saudi", "oman"],
)
def test_a_state_description_is_what_a_statement_may_be_about(text, date, rel) -> None:
    """ "He added that the Islamic Republic would …": a state named by its description, like one named by its name,
    is what the statement is about (not a bare "the government", the speaker's side)."""
    assert rel in _rels(text, "en", date)
