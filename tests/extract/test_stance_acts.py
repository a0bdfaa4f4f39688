"""Stance toward an actor's act and the acts of war themselves, in sentences of our own across conflicts (Gaza,
Sudan, Ukraine, Lebanon, Yemen, the South Caucasus, Tigray): a stance noun after «أعرب عن» whose object is an
attack with its agent right after it («عن إدانتها للهجوم الإسرائيلي», «لهجوم قوات الدعم السريع») opposes that agent;
an invasion («الغزو الروسي لأوكرانيا», «غزت روسيا أوكرانيا») and rockets fired toward someone («صواريخ باتجاه
إسرائيل») fight them; "Armenian and Azerbaijani forces" are both states' armies; «لدعم» after a clause
(«أرسلت تركيا قوات إلى ليبيا لدعم حكومة الوفاق») says whom its subject backs."""

import pytest

from explorer.extract.pipeline import extract_text
from tests.extract.shapes import check_relations

FINDS = [
    ("ar", "أعربت تركيا عن إدانتها للهجوم الإسرائيلي على غزة.", ("state:tur", "opposes", "state:isr")),
    ("ar", "أعربت السعودية عن إدانتها لهجوم قوات الدعم السريع على الفاشر.", ("state:sau", "opposes", "group:rsf")),
    (
        "ar",
        "أعرب الاتحاد الأفريقي عن إدانته للقصف الروسي لمدينة أوديسا.",
        ("org:african-union", "opposes", "state:rus"),
    ),
    ("ar", "أدى الغزو الروسي لأوكرانيا إلى أزمة غذائية عالمية.", ("state:rus", "fights", "state:ukr")),
    ("ar", "وغزت روسيا أوكرانيا في فبراير 2022.", ("state:rus", "fights", "state:ukr")),
    ("ar", "أطلق حزب الله صواريخ باتجاه إسرائيل.", ("group:hezbollah", "fights", "state:isr")),
    ("ar", "أطلق الحوثيون صواريخ باليستية باتجاه السعودية.", ("group:houthis", "fights", "state:sau")),
    (
        "en",
        "Clashes between Armenian and Azerbaijani forces killed dozens.",
        ("state:arm", "fights", "state:aze"),
    ),
    (
        "en",
        "Fighting between Russian and Ukrainian troops continued near Bakhmut.",
        ("state:rus", "fights", "state:ukr"),
    ),
    ("en", "Ethiopian and Eritrean forces fought the TPLF in Tigray.", ("state:eth", "fights", "group:tplf")),
    # «لدعم» after a clause: what its act is for; «تعمل على دعم», «تسعى إلى دعم»: the subject works for it
    ("ar", "وأرسلت تركيا قوات إلى ليبيا لدعم حكومة الوفاق.", ("state:tur", "supports", "org:gna")),
    ("ar", "ونشرت رواندا قوات في الكونغو لدعم حركة إم23 بحسب خبراء أمميين.", ("state:rwa", "supports", "group:m23")),
    ("ar", "وتعمل مصر على دعم الجيش السوداني.", ("state:egy", "supports", "org:saf")),
    ("ar", "وتسعى قطر إلى دعم الحكومة اللبنانية.", ("state:qat", "supports", "state:lbn")),
    # a group's nisba after a definite attack noun is its agent, like a demonym
    ("ar", "وأدانت مصر الهجمات الحوثية على إسرائيل.", ("group:houthis", "fights", "state:isr")),
    # a backer by copula or apposition; «الرئيسي» with the article is "main", no head of the body after it
    ("en", "Russia remains Syria's closest ally.", ("state:rus", "supports", "state:syr")),
    ("en", "Iran has long been the Houthis' main backer.", ("state:irn", "supports", "group:houthis")),
    ("en", "Israel's closest ally, the United States, vetoed the resolution.", ("state:usa", "supports", "state:isr")),
    ("ar", "وتعد إيران الداعم الرئيسي لجماعة الحوثي.", ("state:irn", "supports", "group:houthis")),
    # «قاتل X إلى جانب Y (ضد Z)»: the verb first, its subject, then whom it fights beside
    (
        "ar",
        "قاتلت مجموعة فاغنر إلى جانب القوات الروسية في أوكرانيا.",
        ("group:wagner", "supports", "org:russian-armed-forces"),
    ),
    (
        "ar",
        "وقاتل مرتزقة فاغنر إلى جانب الجيش المالي ضد جماعة نصرة الإسلام والمسلمين.",
        ("org:fama", "fights", "group:jnim"),
    ),
    # "raided" is a verb ("~raid*" is the noun): its object is what is fought
    (
        "en",
        "Israeli forces raided the Jenin refugee camp, killing several Hamas fighters.",
        ("state:isr", "fights", "group:hamas"),
    ),
    # a threatened act of war: whom it would hit is opposed; recognition backs
    ("ar", "وهددت إسرائيل بشن هجوم واسع على حزب الله.", ("state:isr", "opposes", "group:hezbollah")),
    ("ar", "وهددت تركيا بشن عملية عسكرية ضد قوات سوريا الديمقراطية.", ("state:tur", "opposes", "group:sdf")),
    ("ar", "واعترفت الولايات المتحدة بسيادة المغرب على الصحراء الغربية.", ("state:usa", "supports", "state:mar")),
    ("ar", "اعترف المغرب بإسرائيل عام 2020.", ("state:mar", "supports", "state:isr")),
    (
        "en",
        "Israel threatened to launch a wide offensive against Hezbollah.",
        ("state:isr", "opposes", "group:hezbollah"),
    ),
    # two condemned attacks joined by "and", each with its agent
    ("en", "Egypt condemned the Israeli strikes and the Houthi attacks.", ("state:egy", "opposes", "group:houthis")),
    ("ar", "أدانت مصر الغارات الإسرائيلية والهجمات الحوثية.", ("state:egy", "opposes", "group:houthis")),
    # vowing to destroy; a future or conditional refusal to accept an agreement named after it
    ("en", "Israel has vowed to destroy Hamas.", ("state:isr", "opposes", "group:hamas")),
    (
        "en",
        "Somalia's president said his government would never accept the memorandum between Ethiopia and Somaliland.",
        ("state:som", "opposes", "agr:*"),
    ),
    ("en", "Hamas said it would not accept the Israeli proposal.", ("group:hamas", "opposes", "agr:*")),
    (
        "ar",
        "وقال الرئيس الصومالي إن بلاده لن تقبل بالاتفاق بين إثيوبيا وأرض الصومال.",
        ("state:som", "opposes", "agr:*"),
    ),
]

KEEPS_OUT = [
    # the victim of a condemned attack is not opposed; a ceasefire's «إطلاق النار» is no fighting
    ("ar", "أعربت الجامعة العربية عن إدانتها للهجوم على إسرائيل.", ("org:arab-league", "opposes", "state:isr")),
    ("ar", "أعربت تركيا عن إدانتها للهجوم الإسرائيلي على غزة.", ("state:tur", "opposes", "place:*")),
    ("ar", "دعت مصر إلى وقف إطلاق النار في غزة.", ("*", "fights", "*")),
    ("ar", "أطلق الرئيس مبادرة جديدة باتجاه السلام مع أرمينيا.", ("*", "fights", "*")),
    # the destination is not who is backed; a warning against support is none
    ("ar", "وأرسلت تركيا قوات إلى ليبيا لدعم حكومة الوفاق.", ("state:lby", "supports", "*")),
    ("ar", "وحذرت إيران من أي محاولة لدعم إسرائيل.", ("state:irn", "supports", "*")),
    ("en", "Israel said it would accept the proposal.", ("*", "opposes", "*")),
    ("ar", "أدانت مصر الغارات الإسرائيلية والهجمات الحوثية.", ("state:egy", "fights", "*")),
    ("ar", "وتعد إيران الداعم الرئيسي لجماعة الحوثي.", ("*", "*", "person:*")),
    # suspended aid is no support; the victim of a condemned attack is not opposed; admitting is no recognition
    ("ar", "وقررت الولايات المتحدة تعليق المساعدات العسكرية لإثيوبيا.", ("state:usa", "supports", "*")),
    ("ar", "ودانت مصر الهجوم على إسرائيل.", ("state:egy", "opposes", "state:isr")),
    ("ar", "واعترف الحوثيون بمسؤوليتهم عن الهجوم على السفينة.", ("group:houthis", "supports", "*")),
    ("en", "Israel threatened to launch a wide offensive against Hezbollah.", ("state:isr", "fights", "*")),
    ("en", "Germany froze its aid to the Palestinian Authority.", ("state:deu", "supports", "*")),
    ("en", "Qatar condemned the Israeli strikes and the attacks on Lebanon.", ("state:qat", "fights", "*")),
    ("ar", "أدانت مصر الغارات الإسرائيلية والهجمات على لبنان.", ("state:egy", "fights", "*")),
    ("ar", "أدين الهجوم الحوثي من قبل الجامعة العربية.", ("org:arab-league", "fights", "*")),
    # a people named after what it suffers is not opposed
    ("en", "Egypt condemned the killing of two Palestinians by Israeli forces.", ("state:egy", "opposes", "state:pse")),
    ("en", "Jordan condemned the deaths of dozens of Palestinians in Gaza.", ("state:jor", "opposes", "state:pse")),
    ("en", "The attack was the Houthis' main reply.", ("*", "supports", "*")),
    # a charge in apposition: the name in it rejects the charge, it is not attacked or accused
    ("en", "Pakistan blamed the Taliban for the attack, a charge Kabul rejected.", ("*", "*", "state:afg")),
    ("en", "Pakistan blamed the Taliban for the attack, an accusation Kabul rejected.", ("*", "*", "state:afg")),
    # officials of two states are no armies
    ("en", "Israeli and Egyptian officials met in Cairo.", ("org:*", "*", "*")),
]


@pytest.mark.parametrize(
    "lang,text,shape,found",
    [(*r, True) for r in FINDS] + [(*r, False) for r in KEEPS_OUT],
    ids=[f"find-{n}" for n in range(len(FINDS))] + [f"out-{n}" for n in range(len(KEEPS_OUT))],
)
def test_stance_acts(lang, text, shape, found):
    rels = extract_text(text, lang=lang, date_="2024-05-10").relations
    check_relations(rels, [shape] if found else [], [] if found else [shape])
