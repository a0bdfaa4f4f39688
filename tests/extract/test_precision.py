"""False relations from hedges, fears and prevention, in sentences of our own across conflicts (Syria, Sudan,
Somalia, the Horn of Africa, Iran, the South Caucasus, Lebanon): an act judged unlikely («من غير المرجح», «رجح
محللون أن») is not done; an attack feared or barred ("fears a Kurdish offensive", "will never allow an attack",
«لن تسمح بشن هجمات», «خشيته من هجوم») is not fought; whoever voices concern about an attack («أبدى قلقه من هجوم»)
is not its attacker, and "concern over an attack by X" is no passive whose agent is X; talks that "reached a
critical stage" or "a deadlock" reached no agreement; «وفي حال هاجمت» is a condition; a question asks and a
denied claim («نفت تقارير عن», "rejected accusations that") asserts nothing; "wants to sign", "seeks talks",
«تريد توقيع» are wished, not done; "prevented a meeting", "blocked talks" none held; «لم تعد», «لم يسبق»
and "will not take part in the talks with" negate; "the truce between Israel and Hamas was welcomed by Egypt"
meets no one. Near twins keep theirs."""

import pytest

from explorer.extract.pipeline import extract_text
from tests.extract.shapes import check_relations

FINDS = [
    ("en", "Turkey accepted the Sochi agreement.", ("state:tur", "agrees_with", "agr:*")),
    ("ar", "ووافقت تركيا على اتفاق سوتشي.", ("state:tur", "agrees_with", "agr:*")),
    ("en", "Azerbaijan launched an offensive against Armenia.", ("state:aze", "fights", "state:arm")),
    ("ar", "وشنت إسرائيل هجمات على إيران.", ("state:isr", "fights", "state:irn")),
    # concern about an attack: the attacker still fights its target, and the concerned party opposes the attacker
    ("en", "Qatar expressed concern about an attack by Israel on Lebanon.", ("state:isr", "fights", "state:lbn")),
    ("en", "Qatar expressed concern about an attack by Israel on Lebanon.", ("state:qat", "opposes", "state:isr")),
    ("ar", "وأعربت قطر عن قلقها من الهجمات الإسرائيلية على لبنان.", ("state:isr", "fights", "state:lbn")),
    # reaching an understanding is agreeing; meeting without a condition is meeting
    ("en", "Somalia and Ethiopia reached an understanding in Ankara.", ("state:som", "agrees_with", "state:eth")),
    ("ar", "والتقى بوتين وأردوغان في سوتشي.", ("person:*", "meets", "person:*")),
    # asserted acts and rejected proposals keep theirs
    ("en", "Russia is backing the Rapid Support Forces.", ("state:rus", "supports", "group:rsf")),
    ("ar", "وتدعم روسيا قوات الدعم السريع.", ("state:rus", "supports", "group:rsf")),
    ("en", "Hamas rejected the Israeli proposal.", ("group:hamas", "opposes", "agr:*")),
    # a wished stance is held; done acts are done
    ("en", "The US wants to support Ukraine for as long as it takes.", ("state:usa", "supports", "state:ukr")),
    ("en", "Ukraine held talks with Russia on a prisoner swap.", ("state:ukr", "negotiates_with", "state:rus")),
    ("ar", "ووقعت أرمينيا معاهدة سلام مع أذربيجان.", ("state:arm", "agrees_with", "agr:*")),
    ("ar", "وتدعم تركيا الجيش الوطني السوري.", ("state:tur", "supports", "*")),
    ("ar", "وتفاوضت إسرائيل مع حماس بشكل غير مباشر.", ("state:isr", "negotiates_with", "group:hamas")),
    ("en", "Sudan took part in the Geneva talks with the RSF.", ("state:sdn", "negotiates_with", "group:rsf")),
    ("en", "Russia did not take long to attack Ukraine.", ("state:rus", "fights", "state:ukr")),
    ("en", "Abiy Ahmed was received by Kenyan President William Ruto in Nairobi.", ("person:*", "meets", "person:*")),
    (
        "en",
        "Kigali denies the accusation and in turn accuses the Congolese army of backing the FDLR.",
        ("state:rwa", "opposes", "org:*"),
    ),
]

KEEPS_OUT = [
    # hedged: judged unlikely or likely by others, not done
    ("en", "Analysts said Turkey was unlikely to accept the Sochi agreement.", ("*", "agrees_with", "*")),
    ("ar", "ومن غير المرجح أن توافق تركيا على اتفاق سوتشي.", ("*", "agrees_with", "*")),
    ("ar", "ورجح محللون أن تقبل تركيا اتفاق سوتشي.", ("*", "agrees_with", "*")),
    # an attack feared or barred
    ("en", "Turkey fears a Kurdish offensive against Syria.", ("*", "fights", "*")),
    ("en", "Egypt will never allow an Ethiopian attack on Sudan.", ("*", "fights", "*")),
    ("en", "Egypt fears an Ethiopian attack on Sudan.", ("*", "fights", "*")),
    ("ar", "وقال أردوغان إن تركيا لن تسمح بشن هجمات على إيران من أراضيها.", ("*", "fights", "*")),
    ("ar", "وأعرب الاتحاد الأفريقي عن خشيته من هجوم حركة الشباب على مقديشو.", ("*", "fights", "*")),
    # who is concerned does not attack; "by X" after the concern's object is not the concern's agent
    ("ar", "وأبدى غوتيريش قلقه من هجوم قوات الدعم السريع على الفاشر.", ("person:*", "fights", "*")),
    ("en", "Qatar expressed concern about an attack by Israel on Lebanon.", ("state:isr", "opposes", "state:qat")),
    (
        "en",
        "Guterres expressed concern over an offensive by the Rapid Support Forces on El Fasher.",
        ("group:rsf", "opposes", "*"),
    ),
    # talks that reach a stage or a deadlock reach no agreement
    ("en", "Negotiations between Armenia and Azerbaijan have reached a deadlock.", ("*", "agrees_with", "*")),
    ("en", "The Doha talks between the Taliban and Washington reached their final phase.", ("*", "agrees_with", "*")),
    (
        "en",
        "Diplomats said the talks between Sudan and Ethiopia had reached a critical stage.",
        ("*", "agrees_with", "*"),
    ),
    # «في حال»: if, not done
    ("ar", "وفي حال هاجمت قوات فاغنر باماكو فإن الجزائر ستتدخل.", ("*", "*", "*")),
    ("ar", "وفي حال التقى بوتين وأردوغان فسيبحثان الأزمة السورية.", ("*", "meets", "*")),
    # asked, not said
    ("en", "Is Russia backing the Rapid Support Forces?", ("*", "supports", "*")),
    ("en", "Did Qatar negotiate with the Taliban in secret?", ("*", "negotiates_with", "*")),
    ("ar", "هل تدعم روسيا قوات الدعم السريع؟", ("*", "supports", "*")),
    # an act inside a denied claim; rejecting the claim opposes no one named in it
    ("en", "Egypt denied reports that Sisi had phoned Netanyahu.", ("*", "phones", "*")),
    ("en", "Ethiopia rejected claims that it was arming the TPLF.", ("*", "supports", "*")),
    ("en", "Rwanda rejected accusations that it supports the M23.", ("*", "opposes", "*")),
    ("en", "Rwanda rejected accusations that it supports the M23.", ("*", "supports", "*")),
    ("en", "The Taliban dismissed reports of talks with the TTP.", ("*", "negotiates_with", "*")),
    ("ar", "ورفضت إثيوبيا اتهامات بتسليح جبهة تحرير تيغراي.", ("*", "opposes", "*")),
    # wished or sought, not done
    ("en", "Armenia wants to sign a peace treaty with Azerbaijan.", ("*", "agrees_with", "*")),
    ("en", "Ukraine seeks talks with Russia on a prisoner swap.", ("*", "negotiates_with", "*")),
    ("en", "Israel wants to meet Saudi officials in Riyadh.", ("*", "meets", "*")),
    ("en", "Somalia sought talks with al-Shabaab last year.", ("*", "negotiates_with", "*")),
    ("en", "Turkey is seeking a meeting between Erdogan and Assad.", ("*", "meets", "*")),
    ("ar", "وتريد أرمينيا توقيع معاهدة سلام مع أذربيجان.", ("*", "agrees_with", "*")),
    ("ar", "وتسعى تركيا إلى عقد لقاء بين أردوغان والأسد.", ("*", "meets", "*")),
    # barred, no longer, never before
    ("en", "Qatar prevented a meeting between Hamas and Fatah officials.", ("*", "meets", "*")),
    ("en", "Russia blocked talks between Armenia and Azerbaijan.", ("*", "negotiates_with", "*")),
    ("ar", "ولم تعد تركيا تدعم الجيش الوطني السوري.", ("*", "supports", "*")),
    ("ar", "لم يعد حزب الله يقاتل إلى جانب الجيش السوري.", ("*", "supports", "*")),
    ("ar", "ولم يسبق لإسرائيل أن تفاوضت مباشرة مع حماس.", ("*", "negotiates_with", "*")),
    ("en", "Sudan will not take part in the Geneva talks with the RSF.", ("*", "negotiates_with", "*")),
    ("en", "Ethiopia will not participate in the talks with Egypt over the dam.", ("*", "negotiates_with", "*")),
    # what was welcomed is a truce or a move, not the party named inside it
    ("en", "The truce between Israel and Hamas was welcomed by Egypt.", ("*", "meets", "*")),
    ("en", "The move by Ethiopia was welcomed by Somaliland.", ("*", "meets", "*")),
]


@pytest.mark.parametrize(
    "lang,text,shape,found",
    [(*r, True) for r in FINDS] + [(*r, False) for r in KEEPS_OUT],
    ids=[f"find-{n}" for n in range(len(FINDS))] + [f"out-{n}" for n in range(len(KEEPS_OUT))],
)
def test_precision(lang, text, shape, found):
    rels = extract_text(text, lang=lang, date_="2023-05-01").relations
    check_relations(rels, [shape] if found else [], [] if found else [shape])
