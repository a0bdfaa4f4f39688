"""Issue 9: membership, fighting, opposing and statements as news writes them in any conflict, not only the
ones the constructions were first read on. Each sentence is written for the test (news style, invented or
paraphrased facts), in English and Arabic. A target ending in * matches any id with that prefix."""

import pytest

from explorer.extract.pipeline import extract_text
from tests.extract.shapes import fits

FINDS = [
    ("en", "Turkey voiced its opposition to the Russian plan for Idlib.", ("state:tur", "opposes", "*")),
    # … while the relative clause still says who backs whom, and a condemned act's agent is condemned
    ("ar", "وهاجمت جماعة الحوثي التي تدعمها إيران سفينة في البحر الأحمر.", ("state:irn", "supports", "group:houthis")),
    ("ar", "وأدان الاتحاد الأفريقي الهجوم الذي شنته قوات الدعم السريع على مخيم للنازحين.",
     ("org:african-union", "opposes", "group:rsf")),
    # a body "which includes" armed groups and bodies, not only states; an aside between the body and the verb
    (
        "en",
        "The Tasis alliance, which includes the SPLM-N, named a prime minister.",
        ("group:splm-n", "member_of", "org:tasis"),
    ),
    (
        "en",
        "The Coordination Framework, a bloc of Shiite parties, includes Asaib Ahl al-Haq.",
        ("group:asaib-ahl-al-haq", "member_of", "org:coordination-framework"),
    ),
    (
        "ar",
        "ويضم الإطار التنسيقي عصائب أهل الحق.",
        ("group:asaib-ahl-al-haq", "member_of", "org:coordination-framework"),
    ),
    # "part of", «جزء من», «المنضوية في», «أحد فصائل»
    ("en", "The SPLM-N, part of the Tasis alliance, shelled Kadugli.", ("group:splm-n", "member_of", "org:tasis")),
    ("ar", "وقال إن حركة 23 مارس جزء من تحالف نهر الكونغو.", ("group:m23", "member_of", "group:afc-congo")),
    (
        "ar",
        "وأعلنت كتائب سيد الشهداء المنضوية في المقاومة الإسلامية في العراق مسؤوليتها عن الهجوم.",
        ("group:kataib-sayyid-al-shuhada", "member_of", "group:islamic-resistance-iraq"),
    ),
    # "member states such as A and B"
    ("en", "IGAD member states such as Kenya and Djibouti called for a truce.", ("state:dji", "member_of", "org:igad")),
    # the members of a group in apposition, English commas inside the list
    (
        "en",
        "The Astana guarantors, Turkey, Russia and Iran, issued a joint statement.",
        ("state:irn", "member_of", "org:astana-format"),
    ),
    # a body made up of officials of the states or bodies it brings together
    (
        "en",
        "The Joint Coordination Centre, with Turkish, Russian and UN officials, cleared three ships.",
        ("org:un", "member_of", "org:jcc-black-sea"),
    ),
    (
        "en",
        "The 5+5 Joint Military Commission, composed of officers of the LNA and the Government of National Unity,"
        " met in Tunis.",
        ("group:lna", "member_of", "org:jmc-5-5"),
    ),
    (
        "ar",
        "واجتمعت اللجنة العسكرية المشتركة 5+5 المكونة من ممثلي الجيش الوطني الليبي والمجلس الرئاسي الليبي.",
        ("group:lna", "member_of", "org:jmc-5-5"),
    ),
    # the condemned attack's complement is the attacker
    ("ar", "وأدانت مصر هجوم إسرائيل على لبنان.", ("state:isr", "fights", "state:lbn")),
    ("en", "Jordan condemned the Israeli strike on Lebanon.", ("state:jor", "opposes", "state:isr")),
    # sanctions on the people of a body ("commanders in the RSF", «قادة في حماس») oppose the body
    ("ar", "وفرضت بريطانيا عقوبات على قياديين في حركة حماس.", ("state:gbr", "opposes", "group:hamas")),
    ("en", "The EU sanctioned two commanders in the Wagner Group.", ("org:eu", "opposes", "group:wagner")),
    # a capital that imposes or launches something is its state
    ("en", "Washington imposed sanctions on Iran's drone makers.", ("state:usa", "opposes", "state:irn")),
    ("ar", "وفرضت واشنطن عقوبات على إيران بسبب برنامجها النووي.", ("state:usa", "opposes", "state:irn")),
    # a body named as a group of states, its states listed right after the name; they are the ones who act
    (
        "ar",
        "وعقدت الدول الضامنة لمسار أستانا تركيا وروسيا وإيران اجتماعا في جنيف.",
        ("state:tur", "member_of", "org:astana-format"),
    ),
    ("ar", "واجتمعت الدول الضامنة لمسار أستانا تركيا وروسيا وإيران في جنيف.", ("state:tur", "meets", "state:irn")),
    (
        "en",
        "The Astana guarantors Turkey, Russia and Iran met in Geneva.",
        ("state:irn", "member_of", "org:astana-format"),
    ),
    # the people a body's delegation includes are its members
    (
        "en",
        "A delegation from the Houthis including Mohammed Abdulsalam flew to Riyadh.",
        ("person:mohammed-abdulsalam", "member_of", "group:houthis"),
    ),
    (
        "ar",
        "ووصل وفد الحوثيين الذي يضم محمد عبد السلام إلى الرياض.",
        ("person:mohammed-abdulsalam", "member_of", "group:houthis"),
    ),
    # holding another responsible opposes it, with the object between the verb and the noun
    ("ar", "وحمّل الجيش السوداني قوات الدعم السريع مسؤولية مقتل المدنيين.", ("org:saf", "opposes", "group:rsf")),
    (
        "en",
        "Kenya held al-Shabaab responsible for the attack on the base.",
        ("state:ken", "opposes", "group:al-shabaab"),
    ),
    # cutting ties opposes the other state
    ("en", "Burkina Faso severed diplomatic ties with Ukraine.", ("state:bfa", "opposes", "state:ukr")),
    ("ar", "وقطعت بوركينا فاسو علاقاتها مع أوكرانيا.", ("state:bfa", "opposes", "state:ukr")),
    # several founders of a body, and a list "known as" a group
    ("en", "Niger, Mali and Burkina Faso founded the Alliance of Sahel States.", ("state:ner", "member_of", "org:aes")),
    (
        "en",
        "Britain, France and Germany, known as the E3, wrote to the Security Council.",
        ("state:deu", "member_of", "org:e3"),
    ),
    ("ar", "وأعلنت النيجر ومالي وبوركينا فاسو تأسيس تحالف دول الساحل.", ("state:ner", "member_of", "org:aes")),
    # a counteroffensive against an armed group is fighting it
    ("en", "The Ethiopian army launched a counteroffensive against the TPLF.", ("org:endf", "fights", "group:tplf")),
    # two subjects that fight each other: "clashed", "have been at war", «اشتبك A وB»
    ("en", "Sudan and South Sudan clashed over Heglig in 2012.", ("state:sdn", "fights", "state:ssd")),
    ("en", "Ethiopia and Eritrea fought a border war from 1998 to 2000.", ("state:eth", "fights", "state:eri")),
    ("ar", "واشتبك الجيش المالي وجماعة نصرة الإسلام والمسلمين قرب تمبكتو.", ("org:fama", "fights", "group:jnim")),
]

KEEPS_OUT = [
    # a camp's name before an actor or its people labels them: "the opposition X" takes no stance
    ("en", "Fifty members were named by the opposition Syrian Negotiation Commission and fifty by the government.",
     ("*", "opposes", "*")),
    ("en", "Turkey hosted opposition leaders and the UN envoy in Ankara.", ("*", "opposes", "*")),
    # the name after a relative pronoun and its verb belongs to that clause, not to the verb outside it
    ("en", "Washington backed the rebels who fought the Islamic State in Raqqa.", ("state:usa", "*", "group:isis")),
    ("ar", "وهاجمت جماعة الحوثي التي تدعمها إيران سفينة في البحر الأحمر.", ("group:houthis", "*", "state:irn")),
    # «الفصائل التي تدعمها»: the verb's object is its pronoun (the factions), not the name after the clause
    ("ar", "ودعا لافروف واشنطن إلى الضغط على الفصائل التي تدعمها للابتعاد عن «النصرة» في حلب.",
     ("*", "supports", "group:nusra")),
    # "X's statement on Y was welcomed by Z": what Z welcomes is the statement, Z meets no one
    ("en", "Hamas's statement on Israel was welcomed by Qatar.", ("*", "meets", "*")),
    # "X's announcement … was rejected by Y": Y rejects it, the announcement is not about Y
    ("en", "The M23's announcement of a new administration was rejected by the African Union.", ("*", "states", "*")),
    # "X's prime minister said A and B …": A is what is said, not who says it
    (
        "en",
        "In Cairo, Egypt's foreign minister said Hamas and Israel had agreed to talk.",
        ("group:hamas", "states", "*"),
    ),
    # "close to a deal", «اقتربتا من اتفاق»: not reached
    ("en", "Diplomats said Hamas and Israel were close to a deal.", ("*", "agrees_with", "*")),
    ("ar", "وقال دبلوماسيون إن أرمينيا وأذربيجان اقتربتا من توقيع معاهدة سلام.", ("*", "agrees_with", "*")),
    # welcoming a truce between two sides is no meeting with them
    ("en", "Jordan welcomed the ceasefire between Israel and Hezbollah.", ("state:jor", "meets", "*")),
    ("ar", "واجتمعت الدول الضامنة لمسار أستانا تركيا وروسيا وإيران في جنيف.", ("org:astana-format", "meets", "*")),
    # whoever condemns an attack did not make it; the attacker is named after the stance verb
    ("en", "Jordan condemned the Israeli strike on Beirut.", ("state:jor", "fights", "*")),
    ("en", "Turkey condemned the attack by the PKK on Iraq.", ("group:pkk", "fights", "state:tur")),
    ("ar", "وأدانت الإمارات هجوم الحوثيين على ميناء عدن.", ("state:are", "fights", "*")),
    ("ar", "واستنكر الأردن القصف الذي استهدف مواقع الجيش اللبناني.", ("state:jor", "fights", "*")),
    # a relative clause about the subject holds no object of the subject's verb
    ("ar", "وأعلن تحالف السودان التأسيسي، الذي يضم قوات الدعم السريع، تشكيل حكومة.", ("*", "states", "group:rsf")),
    # allies who fight side by side do not fight each other
    ("en", "Russia and Iran fought in Syria for years.", ("*", "fights", "*")),
    ("en", "Wagner fighters fought alongside the Malian army near Kidal.", ("*", "fights", "org:fama")),
    # a list of actors after a body that is not a group: three actors, not members
    ("en", "NATO, Russia and Ukraine, the three parties, met in Geneva.", ("*", "member_of", "org:nato")),
    # "with" and a list that names no people: acting together, not membership
    ("en", "The RSF, with Chad and the UAE, rejected the plan.", ("*", "member_of", "group:rsf")),
    # "took part in" is not "part of"
    ("en", "The M23 took part in the talks of the Congo River Alliance.", ("group:m23", "member_of", "*")),
]


@pytest.mark.parametrize("lang,text,want", FINDS, ids=[f"{c[0]}-{n}" for n, c in enumerate(FINDS)])
def test_construction_finds_its_relation(lang, text, want):
    rels = extract_text(text, lang=lang, date_="2024-05-10").relations
    assert any(fits(r, want) for r in rels), [(r.source, r.type, r.target, r.method) for r in rels]


@pytest.mark.parametrize("lang,text,unwanted", KEEPS_OUT, ids=[f"{c[0]}-{n}" for n, c in enumerate(KEEPS_OUT)])
def test_construction_keeps_a_wrong_relation_out(lang, text, unwanted):
    rels = extract_text(text, lang=lang, date_="2024-05-10").relations
    assert not [(r.source, r.type, r.target, r.method) for r in rels if fits(r, unwanted)]
