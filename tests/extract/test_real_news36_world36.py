"""Shapes met in real news on Yemen, Gaza, the South Caucasus, the Black Sea and Afghanistan (session 36; the
sentences here are written for these tests, in news style, across several conflicts): «قال X إن Y التقى كل من
A وB», where Y before the verb is its subject and the list after «كل من» its object; and an Arabic object list
whose first name carries its title between commas («A، وزير الخارجية العماني، وB»), which goes on past it."""

import pytest

from explorer.extract.pipeline import extract_text
from tests.extract.shapes import named_relations

GRUNDBERG, BUSAIDI, FAISAL = "Hans Grundberg", "Badr Albusaidi", "Faisal bin Farhan"

CASES = [
    (  # each-of after a subject that opens the reported clause: the list is the object
        "وأوضح بيان للأمم المتحدة أن المبعوث الأممي إلى اليمن هانس غروندبرغ، التقى كلا من وزير الخارجية العماني "
        "بدر البوسعيدي ووزير الخارجية السعودي فيصل بن فرحان في الرياض.",
        "2023-03-01",
        [(GRUNDBERG, "meets", BUSAIDI), (GRUNDBERG, "meets", FAISAL)],
        [(BUSAIDI, "meets", FAISAL)],
    ),
    (
        "وذكرت الوكالة أن وزير الخارجية الأمريكي أنتوني بلينكن التقى كلا من وزير الخارجية الأرميني أرارات "
        "ميرزويان ووزير الخارجية الأذربيجاني جيهون بيراموف في واشنطن.",
        "2023-06-27",
        [("Antony Blinken", "meets", "Ararat Mirzoyan"), ("Antony Blinken", "meets", "Jeyhun Bayramov")],
        [("Ararat Mirzoyan", "meets", "Jeyhun Bayramov")],
    ),
    (  # an object list past the first name's title between commas
        "والتقى المبعوث الأممي هانس غروندبرغ في الرياض بدر البوسعيدي، وزير الخارجية العماني، وفيصل بن فرحان، "
        "وزير الخارجية السعودي، لبحث تمديد الهدنة.",
        "2023-03-01",
        [(GRUNDBERG, "meets", BUSAIDI), (GRUNDBERG, "meets", FAISAL)],
        [],
    ),
    (
        "استقبل الرئيس الأذربيجاني إلهام علييف، أمس، أنتوني بلينكن، وزير الخارجية الأمريكي، ووزير الخارجية "
        "التركي هاكان فيدان في باكو.",
        "2023-10-01",
        [("Ilham Aliyev", "meets", "Antony Blinken"), ("Ilham Aliyev", "meets", "Hakan Fidan")],
        [],
    ),
    (
        "استقبل رئيس مجلس السيادة السوداني عبد الفتاح البرهان في بورتسودان سامح شكري، وزير الخارجية المصري، "
        "وفيصل بن فرحان، وزير الخارجية السعودي، وبحث معهما مبادرة جدة.",
        "2023-06-01",
        [("Abdel Fattah al-Burhan", "meets", "Sameh Shoukry"), ("Abdel Fattah al-Burhan", "meets", FAISAL)],
        [],
    ),
]


@pytest.mark.parametrize(("text", "date", "wanted", "unwanted"), CASES)
def test_arabic_object_lists(text, date, wanted, unwanted):
    rels = named_relations(text, "ar", date)
    assert set(wanted) <= rels, rels
    assert not set(unwanted) & rels, rels


def test_each_of_right_after_the_verb_is_still_its_subject():
    text = "ووقّع الاتفاق كل من وزير الخارجية الروسي سيرغي لافروف ووزير الخارجية التركي مولود جاويش أوغلو."
    signers = {s for s, t, _ in named_relations(text, "ar", "2019-10-22") if t == "agrees_with"}
    assert {"Sergei Lavrov", "Mevlüt Çavuşoğlu"} <= signers


DISCUSSED = [  # an agreement whose parts are only discussed is not reached: its sides do not agree with it
    (
        "In Almaty, Mirzoyan and Bayramov held talks on the provisions of a peace treaty between Armenia and "
        "Azerbaijan and agreed to meet again next month.",
        ("Ararat Mirzoyan", "Armenia"),
    ),
    (
        "Russian and Ukrainian negotiators met in Istanbul on Tuesday for talks on the various aspects of a "
        "prisoner exchange agreement between Russia and Ukraine.",
        ("Russia", "Ukraine"),
    ),
    (
        "Saudi and Omani officials discussed the details of a permanent ceasefire agreement between Saudi Arabia "
        "and the Houthis during their visit to Sanaa.",
        ("Saudi Arabia", "Houthis"),
    ),
]


@pytest.mark.parametrize(("text", "sides"), DISCUSSED)
def test_the_parts_of_an_agreement_discussed_are_no_agreement_reached(text, sides):
    ex = extract_text(text, lang="en", date_="2023-05-01")
    names = {e.id: e.name for e in ex.entities}
    agreements = {e.id for e in ex.entities if e.kind == "agreement"}
    signers = {names[r.source] for r in ex.relations if r.type == "agrees_with" and r.target in agreements}
    assert not signers & set(sides), signers


def test_an_agreement_signed_still_has_its_sides():
    text = "Saudi Arabia and the Houthis signed a permanent ceasefire agreement in Riyadh on Tuesday."
    signers = {s for s, t, _ in named_relations(text, "en", "2023-05-01") if t == "agrees_with"}
    assert {"Saudi Arabia", "Houthis"} <= signers


HOSTED = [  # a hosting participle after the meeting's place or noun: its agent received the clause's sides
    (
        "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev held talks in Munich hosted "
        "by German Chancellor Olaf Scholz.",
        "2024-02-17",
        "Olaf Scholz",
        ("Nikol Pashinyan", "Ilham Aliyev"),
    ),
    (
        "Army chief Abdel Fattah al-Burhan and RSF commander Mohamed Hamdan Dagalo met in Jeddah on Saturday, where "
        "both were hosted by Saudi Foreign Minister Faisal bin Farhan.",
        "2023-05-06",
        FAISAL,
        ("Abdel Fattah al-Burhan", "Mohamed Hamdan Dagalo"),
    ),
    (
        "Russia and Ukraine held a new round of talks in Istanbul hosted by Turkish President Recep Tayyip Erdogan, "
        "who urged both sides to agree a ceasefire.",
        "2022-03-29",
        "Recep Tayyip Erdoğan",
        ("Russia", "Ukraine"),
    ),
]


@pytest.mark.parametrize(("text", "date", "host", "guests"), HOSTED)
def test_the_host_of_talks_meets_their_sides_and_negotiates_with_none(text, date, host, guests):
    rels = named_relations(text, "en", date)
    assert {(host, "meets", g) for g in guests} <= rels, rels
    assert not {(host, "negotiates_with", g) for g in guests} & rels, rels


TIME_FIRST = [  # a time right after the Arabic verb, a comma after it or none, then the subject
    (
        "وصل مساء الخميس، الشيخ محمد بن عبد الرحمن آل ثاني، رئيس مجلس الوزراء القطري، إلى القاهرة لبحث صفقة "
        "تبادل الأسرى.",
        "2024-02-01",
        ("Mohammed bin Abdulrahman Al Thani", "visits", "Cairo"),
    ),
    (
        "التقى اليوم الأحد، الرئيس المصري عبد الفتاح السيسي، رئيس مجلس السيادة السوداني عبد الفتاح البرهان في "
        "القاهرة، وبحثا سبل وقف الحرب.",
        "2023-08-27",
        ("Abdel Fattah el-Sisi", "meets", "Abdel Fattah al-Burhan"),
    ),
    (
        "وصل اليوم الإثنين، المبعوث الأممي إلى اليمن هانس غروندبرغ، إلى صنعاء لعقد مشاورات حول تجديد الهدنة.",
        "2023-01-16",
        (GRUNDBERG, "visits", "Sanaa"),
    ),
    (
        "وصل أمس الأحد، رئيس الوزراء الإثيوبي آبي أحمد، إلى أسمرة في زيارة تستغرق يومين.",
        "2018-07-15",
        ("Abiy Ahmed", "visits", "Asmara"),
    ),
]


TITLE_ASIDE = [  # a person's title between commas, a place phrase inside it, before the noun of the act
    (
        "بدأ عبد الله باتيلي، المبعوث الأممي إلى ليبيا، أمس الأحد، زيارة إلى بنغازي يلتقي خلالها المشير خليفة "
        "حفتر.",
        "2023-06-01",
        ("Abdoulaye Bathily", "visits", "Benghazi"),
    ),
    (
        "عقد هانس غروندبرغ، المبعوث الأممي إلى اليمن، مباحثات مع محمد عبد السلام في مسقط حول تجديد الهدنة.",
        "2023-02-10",
        (GRUNDBERG, "negotiates_with", "Mohammed Abdulsalam"),
    ),
    (
        "أجرى زلماي خليل زاد، المبعوث الأمريكي إلى أفغانستان، محادثات مع وفد حركة طالبان في الدوحة استمرت "
        "ستة أيام.",
        "2019-03-12",
        ("Zalmay Khalilzad", "negotiates_with", "Taliban"),
    ),
]


@pytest.mark.parametrize(("text", "date", "wanted"), TIME_FIRST + TITLE_ASIDE)
def test_a_time_or_a_title_between_the_subject_and_the_verb_or_noun(text, date, wanted):
    rels = named_relations(text, "ar", date)
    assert wanted in rels, rels


SANAA = "Riyadh and Sanaa agreed to a prisoner exchange deal, officials said."
HELD = [  # a capital that acts is whoever held it on the article's date (the knowledge base's capital_held_by)
    (SANAA, "en", "2020-05-01", "Houthis"),
    (SANAA, "en", "2013-05-01", "Yemen"),
    ("رحبت صنعاء بالمبادرة العمانية لتمديد الهدنة، وطالبت برفع الحصار عن الموانئ.", "ar", "2023-09-15", "Houthis"),
    ("Saudi Arabia and Oman resumed talks with Sanaa on a permanent ceasefire.", "en", "2023-09-15", "Houthis"),
]


@pytest.mark.parametrize(("text", "lang", "date", "side"), HELD)
def test_a_capital_that_acts_is_whoever_held_it_then(text, lang, date, side):
    actors = {name for s, _, o in named_relations(text, lang, date) for name in (s, o)}
    assert side in actors and not ({"Houthis", "Yemen"} - {side}) & actors, actors


UNREACHED = [  # an agreement sought or not reached: no one acts under it, nobody is party to it
    ("وتتواصل جهود الوسطاء في سعي لإبرام اتفاق تنسحب إسرائيل بموجبه من محور فيلادلفيا.", "2024-06-01", "Israel"),
    (
        "وأكد المبعوث أنه لم يتم التوصل إلى اتفاق بين الحكومة السودانية وقوات الدعم السريع حتى الآن رغم جولات "
        "التفاوض في جدة.",
        "2023-07-01",
        "Rapid Support Forces",
    ),
    (
        "وأكد الكرملين أنه لم يتم التوصل إلى اتفاق بين روسيا وأوكرانيا بشأن تبادل جديد للأسرى.",
        "2024-03-01",
        "Ukraine",
    ),
]


@pytest.mark.parametrize(("text", "date", "side"), UNREACHED)
def test_a_sought_or_unreached_agreement_has_no_parties(text, date, side):
    ex = extract_text(text, lang="ar", date_=date)
    names = {e.id: e.name for e in ex.entities}
    agreements = {e.id for e in ex.entities if e.kind == "agreement"}
    parties = {names[r.source] for r in ex.relations if r.target in agreements and r.type != "states"}
    assert side not in parties, parties


YIELDED = [  # the two sides of talks that yield an agreement are its parties
    ("Emirati mediation between Russia and Ukraine resulted in a new prisoner exchange deal, the ministry said.", "en"),
    ("وأسفرت المفاوضات بين الجيش السوداني وقوات الدعم السريع في جدة عن التوصل إلى اتفاق لوقف إطلاق النار.", "ar"),
    ("وأفضت المحادثات بين الحكومة اليمنية والحوثيين في ستوكهولم إلى اتفاق بشأن الحديدة.", "ar"),
    ("Weeks of talks between Israel and Hamas in Doha yielded a six-week ceasefire agreement on Wednesday.", "en"),
    (
        "أعلنت مصر نجاح جهود الوساطة المشتركة مع قطر والولايات المتحدة، بين إسرائيل وحركة حماس، التي أسفرت عن "
        "التوصل إلى اتفاق لوقف إطلاق النار في غزة.",
        "ar",
    ),
]


@pytest.mark.parametrize(("text", "lang"), YIELDED)
def test_the_sides_of_talks_that_yield_an_agreement_are_its_parties(text, lang):
    ex = extract_text(text, lang=lang, date_="2023-12-01")
    agreements = {e.id for e in ex.entities if e.kind == "agreement"}
    parties = {r.source for r in ex.relations if r.type == "agrees_with" and r.target in agreements}
    assert len(parties) == 2, ex.relations
