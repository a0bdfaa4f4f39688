"""Stance constructions of the session 2026-12-07 (second stance lane), each probed with a sentence of our own."""

import pytest

from explorer.extract.pipeline import extract_text
from tests.extract.shapes import check_relations

FINDS = [
    # «حمّل … المسؤولية» with one actor before the noun: that actor is the one held responsible; the subject
    # stands before the verb, or, after «و», is the subject of the sentence's first verb
    (
        "ar",
        "واستنكرت الحكومة الليبية القصف، وحمّلت قوات الدعم السريع المسؤولية عن سقوط الضحايا.",
        ("state:lby", "opposes", "group:rsf"),
    ),
    (
        "ar",
        "وقال البيان إن الحكومة الصومالية تحمّل حركة الشباب مسؤولية التفجير.",
        ("state:som", "opposes", "group:al-shabaab"),
    ),
    (
        "ar",
        "وأكد أن الحكومة الأفغانية تحمّل قوات حلف شمال الأطلسي مسؤولية مقتل المدنيين.",
        ("state:afg", "opposes", "org:nato"),
    ),

    # "X, an <adjective>-backed <group noun>", "X is a US-backed alliance": the backed noun describes the name before
    # the comma or the copula; "a paramilitary force backed by Y" is that name's description, no body of its own
    (
        "en",
        "The Houthis, an Iranian-backed rebel movement, seized Sanaa in 2014.",
        ("state:irn", "supports", "group:houthis"),
    ),
    (
        "en",
        "The Syrian Democratic Forces is a US-backed alliance led by Kurdish fighters.",
        ("state:usa", "supports", "group:sdf"),
    ),
    (
        "en",
        "The RSF, a paramilitary force backed by the United Arab Emirates, shelled El Fasher.",
        ("state:are", "supports", "group:rsf"),
    ),
    # "the EU's new sanctions on Russia": the owner of a stance noun is its agent past "new", "fresh" …
    ("en", "Slovakia criticized the EU's new sanctions on Russia.", ("org:eu", "opposes", "state:rus")),
    # "X's military carried out / launched / mounted <attack> on Y": the army noun before a light verb of acting
    (
        "en",
        "Myanmar's military carried out airstrikes on the Arakan Army in Rakhine state.",
        ("org:tatmadaw", "fights", "group:arakan-army"),
    ),
    # «الهجمات التي تشنها X على Y»: the relative verb's pronoun is the attack, the one attacked follows «على»
    (
        "ar",
        "واستنكرت طهران الغارات الجوية التي تشنها القوات الأمريكية على مواقع الحوثيين في اليمن.",
        ("state:usa", "fights", "group:houthis"),
    ),
    # "condemned Wednesday's strikes": the day's strikes are the attack the sentence before reported
    (
        "en",
        "Azerbaijani troops shelled Armenian border villages on Tuesday. Yerevan condemned Tuesday's shelling.",
        ("state:arm", "opposes", "state:aze"),
    ),
    # «قال X إن قواته …»: the speaker's own forces (its pronoun on the force noun) act for it
    (
        "ar",
        "وقال الجيش الأوكراني في بيان إن قواته قصفت مواقع روسية قرب خاركيف.",
        ("org:afu", "fights", "state:rus"),
    ),
]

KEEPS_OUT = [
    # a denial verb with an -ing verb after it denies the support further on in its phrase
    ("en", "Qatar has repeatedly denied providing financial support to al-Shabaab.", ("state:qat", "supports", "*")),
    ("en", "Belarus denies sending troops to help Russia in the war.", ("state:blr", "supports", "*")),
    ("en", "Slovakia criticized the EU's new sanctions on Russia.", ("state:svk", "opposes", "state:rus")),
    # «، الأحد،» between the verb and the attack it judges: the judging state did not attack
    ("ar", "اعتبرت باكستان، الأحد، الهجوم الصاروخي الإيراني انتهاكا لسيادتها.", ("state:pak", "fights", "*")),
    # a state's demonym between the backed participle and a group noun says where the group is from
    (
        "en",
        "Hezbollah, the Iran-backed Lebanese group, fired rockets at northern Israel.",
        ("state:irn", "supports", "state:lbn"),
    ),
    # the one held responsible is not the subject
    (
        "ar",
        "واستنكرت الحكومة الليبية القصف، وحمّلت قوات الدعم السريع المسؤولية عن سقوط الضحايا.",
        ("group:rsf", "opposes", "*"),
    ),
    # a condemned attack after «بأشد العبارات» or «بشدة» is still the verb's object: the condemner neither made it
    # nor opposes whom it hit («العمليات … ضد Y»)
    ("ar", "أدانت مصر بأشد العبارات الغارات الجوية على ليبيا.", ("state:egy", "fights", "*")),
    ("ar", "استنكرت الكويت بشدة العمليات العسكرية المتواصلة ضد اليمن.", ("state:kwt", "opposes", "state:yem")),
    ("ar", "أدانت الجزائر بأشد العبارات الغارات والعمليات الموسعة ضد سوريا.", ("state:dza", "*", "state:syr")),
    ("ar", "أدانت الكويت، بأشد العبارات الغارات الجوية على سوريا.", ("state:kwt", "fights", "*")),
]


@pytest.mark.parametrize(
    "lang,text,shape,found",
    [(*r, True) for r in FINDS] + [(*r, False) for r in KEEPS_OUT],
    ids=[f"find-{n}" for n in range(len(FINDS))] + [f"out-{n}" for n in range(len(KEEPS_OUT))],
)
def test_stance_lane_s40(lang, text, shape, found):
    rels = extract_text(text, lang=lang, date_="2024-05-10").relations
    check_relations(rels, [shape] if found else [], [] if found else [shape])
