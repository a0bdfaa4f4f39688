"""Statements (`states`): who speaks and what the words are about, in sentences of our own across conflicts (Gaza,
Sudan, Ukraine, Tigray, Lebanon, Libya), both languages where the shape exists in both. The occasion named between
the verb and "that" («إن») is not what is said; a demonym on a noun of armed action, forces or weapons names the
state a statement is about; an unnamed source does not make the state or body that qualifies it a speaker; the
actor after "according to" («بحسب», «وفق»), past a statement noun, speaks. A target ending in * matches any id with
that prefix."""

import pytest

from explorer.extract.pipeline import extract_text
from tests.extract.shapes import fits

DATE = "2023-05-01"

FINDS = [
    # a demonym on a noun of strikes, forces or weapons in what is said: the state that acts
    (
        "ar",
        "وقالت وزارة الصحة الفلسطينية إن الغارات الإسرائيلية قتلت 40 شخصا في خان يونس.",
        ("*", "states", "state:isr"),
    ),
    (
        "ar",
        "وقال زيلينسكي إن الصواريخ الروسية أصابت منشآت للطاقة في خاركيف.",
        ("person:volodymyr-zelensky", "states", "state:rus"),
    ),
    ("en", "Abiy said Eritrean strikes had hit the town of Adigrat.", ("person:abiy-ahmed", "states", "state:eri")),
    (
        "en",
        "The Lebanese army said Israeli strikes had killed two soldiers near Naqoura.",
        ("org:lebanese-army", "states", "state:isr"),
    ),
]

FINDS += [
    # «بحسب», «وفق» and "according to" (past a statement noun) name who speaks; before an agreement, a reference
    (
        "ar",
        "وبحسب الجيش السوداني، فإن قوات الدعم السريع هاجمت مستشفى في الأبيض.",
        ("org:saf", "states", "group:rsf"),
    ),
    (
        "ar",
        "وبحسب بيان صادر عن وزارة الخارجية الأوكرانية، فإن روسيا انتهكت اتفاق الحبوب.",
        ("org:mfa-ukr", "states", "agr:black-sea-grain-initiative-2022"),
    ),
    ("ar", "ووفق بيان لحزب الله، فإن إسرائيل قصفت بلدة في جنوب لبنان.", ("group:hezbollah", "states", "state:isr")),
    (
        "en",
        "The M23 seized Rubaya, according to a statement issued by the Congolese army.",
        ("org:fardc", "states", "group:m23"),
    ),
    ("ar", "وتنسحب إثيوبيا من الحدود بحسب الاتفاق.", ("state:eth", "references", "agr:*")),
]

FINDS += [
    # "and said" after a first clause whose verb is no trigger: the sentence's opening subject speaks
    (
        "en",
        "Rwanda denied backing the M23 and said Congolese forces were working with the FDLR.",
        ("state:rwa", "states", "group:fdlr"),
    ),
    (
        "ar",
        "ونفت رواندا دعمها لحركة 23 مارس، وقالت إن الجيش الكونغولي يتعاون مع القوات الديمقراطية لتحرير رواندا.",
        ("state:rwa", "states", "group:fdlr"),
    ),
]

FINDS += [
    # the state an agreement, the subject of the words, acts on is spoken of beside it
    (
        "en",
        "Erdogan said the grain deal would help Ukraine export its wheat.",
        ("person:recep-tayyip-erdogan", "states", "state:ukr"),
    ),
    (
        "en",
        "Guterres said the truce would give Yemen a chance at peace.",
        ("person:antonio-guterres", "states", "state:yem"),
    ),
    (
        "ar",
        "وقال بايدن إن الاتفاق النووي سيمنع إيران من امتلاك سلاح نووي.",
        ("person:joe-biden", "states", "state:irn"),
    ),
]

NOT_FOUND = [
    # a name in the first clause's object does not speak for the "and said" after it
    (
        "ar",
        "وأغلقت تركيا مجالها الجوي أمام الطائرات الإسرائيلية، وقالت إن أنقرة لن تسمح بشن هجمات على إيران.",
        ("state:isr", "states", "*"),
    ),
    (
        "en",
        "Rwanda denied backing the M23 and said Congolese forces were working with the FDLR.",
        ("group:m23", "states", "*"),
    ),
    # whom the speaker met, named between the verb and "that" («إن»), is not what he spoke about
    (
        "en",
        "The Qatari prime minister said after meeting Hamas leaders in Doha that the talks were progressing.",
        ("*", "states", "group:hamas"),
    ),
    (
        "ar",
        "وقال رئيس الوزراء القطري بعد لقائه قادة حماس في الدوحة إن المحادثات تحرز تقدما.",
        ("*", "states", "group:hamas"),
    ),
    # an agreement the speaker invokes as the basis in the sentence of his statement is cited, not spoken of
    (
        "en",
        "Grundberg said the talks would proceed in line with resolution 2216 and the GCC initiative.",
        ("person:hans-grundberg", "states", "agr:gcc-initiative-2011"),
    ),
    (
        "ar",
        "وشدد الرئيس الفلسطيني على تمسكه بقرارات الشرعية الدولية ومبادرة السلام العربية.",
        ("person:mahmoud-abbas", "states", "agr:arab-peace-initiative-2002"),
    ),
    # the party named with "with" after an agreement says which agreement it is; it is not spoken of
    (
        "en",
        "The Houthis announced the release of 64 detainees under the deal with Saudi Arabia.",
        ("group:houthis", "states", "state:sau"),
    ),
    ("ar", "وأعلن الحوثيون الإفراج عن 64 محتجزا بموجب الاتفاق مع السعودية.", ("group:houthis", "states", "state:sau")),
    # an unnamed source speaks, not the movement or state that qualifies it
    (
        "en",
        "Sources close to Hamas said the movement had accepted the Egyptian proposal.",
        ("group:hamas", "states", "*"),
    ),
    ("ar", "وقالت مصادر ليبية إن قوات حفتر تقدمت نحو طرابلس.", ("state:lby", "states", "*")),
]


@pytest.mark.parametrize(("lang", "text", "want"), FINDS)
def test_statement_found(lang, text, want):
    rels = extract_text(text, lang=lang, date_=DATE).relations
    assert any(fits(r, want) for r in rels), [(r.source, r.type, r.target, r.method) for r in rels]


@pytest.mark.parametrize(("lang", "text", "bad"), NOT_FOUND)
def test_statement_not_found(lang, text, bad):
    rels = extract_text(text, lang=lang, date_=DATE).relations
    assert not [r for r in rels if fits(r, bad)], [(r.source, r.type, r.target, r.method) for r in rels]
