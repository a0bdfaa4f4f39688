"""Probe-found shapes of diplomacy in conflict news, written as new sentences of our own across conflicts (Ukraine's
grain deal, the Sahel's exit from ECOWAS and the G5, Yemen's Stockholm Agreement, the Iran deal, Saudi-Houthi and
Russia-Ukraine talks, Armenia-Azerbaijan, Gaza), both languages where the shape exists in both: leaving an agreement
or a body opposes it; a dash compound before a talks, meeting or call noun, or two demonyms after it in Arabic, names
its sides. A target ending in * matches any id with that prefix."""

import pytest

from explorer.extract.pipeline import extract_text
from tests.extract.shapes import fits

FINDS = [
    # leaving an agreement or a body, with or without "from"
    ("en", "Russia pulled out of the grain deal on Monday.", "2023-07-18", ("state:rus", "opposes", "agr:*")),
    ("en", "Mali quit the G5 Sahel force in 2022.", "2023-01-01", ("state:mli", "opposes", "org:g5-sahel")),
    ("en", "Niger exited the G5 Sahel in December.", "2024-01-10", ("state:ner", "opposes", "org:g5-sahel")),
    ("en", "Mali announced its exit from ECOWAS.", "2024-01-28", ("state:mli", "opposes", "org:ecowas")),
    (
        "en",
        "The Houthis abandoned the Stockholm Agreement, the government said.",
        "2019-05-01",
        ("group:houthis", "opposes", "agr:stockholm-agreement-2018"),
    ),
    ("en", "Mali's junta withdrew from the Algiers accord.", "2024-01-26", ("*", "opposes", "agr:*")),
    ("ar", "تنصل الحوثيون من اتفاق ستوكهولم.", "2019-05-01", ("group:houthis", "opposes", "agr:stockholm-*")),
    ("ar", "أعلنت مالي خروجها من مجموعة إيكواس.", "2024-01-28", ("state:mli", "opposes", "org:ecowas")),
    ("ar", "خرجت الولايات المتحدة من الاتفاق النووي مع إيران.", "2019-05-08", ("state:usa", "opposes", "agr:jcpoa")),
    ("en", "Germany defended Iran's nuclear deal on Monday.", "2018-05-14", ("state:deu", "supports", "agr:jcpoa")),
    ("ar", "ودافعت ألمانيا الاثنين عن اتفاق إيران النووي.", "2018-05-14", ("state:deu", "supports", "agr:jcpoa")),
    # a dash compound before the noun names the sides of the talks, meeting or call
    ("en", "Saudi-Houthi talks resumed in Riyadh.", "2023-09-15", ("state:sau", "negotiates_with", "group:houthis")),
    (
        "en",
        "The Russia-Ukraine talks resumed in Istanbul.",
        "2025-06-02",
        ("state:rus", "negotiates_with", "state:ukr"),
    ),
    ("en", "US-Iran indirect talks resumed in Muscat.", "2025-04-12", ("state:usa", "negotiates_with", "state:irn")),
    (
        "en",
        "The Putin-Erdogan meeting in Sochi lasted three hours.",
        "2023-09-04",
        ("person:vladimir-putin", "meets", "person:recep-tayyip-erdogan"),
    ),
    (
        "en",
        "The Aliyev-Pashinyan phone call focused on the peace treaty.",
        "2025-03-11",
        ("person:ilham-aliyev", "phones", "person:nikol-pashinyan"),
    ),
    ("en", "A Saudi-Iranian summit was held in Beijing.", "2023-03-10", ("state:sau", "meets", "state:irn")),
    ("en", "Israeli-Palestinian talks collapsed in 2014.", "2015-01-10", ("state:isr", "negotiates_with", "state:pse")),
    (
        "ar",
        "استؤنفت المفاوضات الروسية الأوكرانية في إسطنبول.",
        "2025-06-02",
        ("state:rus", "negotiates_with", "state:ukr"),
    ),
    ("ar", "عقدت القمة الروسية التركية في سوتشي.", "2023-09-04", ("state:rus", "meets", "state:tur")),
    (
        "ar",
        "وتناول الاتصال الهاتفي المصري القطري جهود التهدئة في غزة.",
        "2024-02-10",
        ("state:egy", "phones", "state:qat"),
    ),
    ("ar", "وجاء اللقاء الأرميني الأذربيجاني في براغ.", "2022-10-06", ("state:arm", "meets", "state:aze")),
]

FINDS += [
    # a call the verb was said in is between its two subjects, not with the name that ends its object
    (
        "en",
        "Ruto and Museveni discussed the Sudan crisis in a phone call.",
        "2023-07-10",
        ("person:william-ruto", "phones", "person:yoweri-museveni"),
    ),
    (
        "en",
        "Putin and Erdogan discussed the grain deal by phone.",
        "2023-07-10",
        ("person:vladimir-putin", "phones", "person:recep-tayyip-erdogan"),
    ),
    (
        "ar",
        "بحث بوتين وأردوغان اتفاق الحبوب في اتصال هاتفي.",
        "2023-07-10",
        ("person:vladimir-putin", "phones", "person:recep-tayyip-erdogan"),
    ),
    (
        "ar",
        "وبحث روتو وموسيفيني الأزمة السودانية في اتصال هاتفي.",
        "2023-07-10",
        ("person:william-ruto", "phones", "person:yoweri-museveni"),
    ),
    # readmission is membership; a delegation received is its body's
    (
        "en",
        "Syria was readmitted to the Arab League on Sunday.",
        "2023-05-08",
        ("state:syr", "member_of", "org:arab-league"),
    ),
    (
        "en",
        "Burhan received a delegation from the African Union in Port Sudan.",
        "2024-05-10",
        ("person:abdel-fattah-al-burhan", "meets", "org:african-union"),
    ),
    (
        "en",
        "Saudi Defence Minister Khalid bin Salman received a Houthi delegation in Riyadh.",
        "2023-09-20",
        ("person:khalid-bin-salman", "meets", "group:houthis"),
    ),
]

FINDS += [
    # signing "after N days of talks" that a third side hosted or sponsored: the talks are still the signers'
    (
        "en",
        "The United States and the Taliban signed the deal after 18 months of talks that Qatar hosted.",
        "2020-02-29",
        ("state:usa", "negotiates_with", "group:taliban"),
    ),
    (
        "en",
        "Armenia and Azerbaijan initialled the treaty after months of talks that the United States hosted.",
        "2025-08-09",
        ("state:arm", "negotiates_with", "state:aze"),
    ),
    (
        "ar",
        "ووقع الجيش السوداني وقوات الدعم السريع إعلان جدة بعد أسبوع من المحادثات التي استضافتها السعودية.",
        "2023-05-12",
        ("org:saf", "negotiates_with", "group:rsf"),
    ),
    (
        "ar",
        "ووقعت الولايات المتحدة وحركة طالبان الاتفاق بعد 18 شهراً من المفاوضات الشاقة.",
        "2020-02-29",
        ("state:usa", "negotiates_with", "group:taliban"),
    ),
    (
        "ar",
        "وقعت الحكومة الموزمبيقية وحركة رينامو اتفاق سلام بعد أشهر من المحادثات التي رعتها الأمم المتحدة.",
        "2019-08-07",
        ("state:moz", "negotiates_with", "group:renamo"),
    ),
]

FINDS += [
    # idioms of reaching a deal
    (
        "en",
        "Israel and Hamas hammered out a hostage deal in Doha.",
        "2025-01-15",
        ("group:hamas", "agrees_with", "agr:*"),
    ),
    (
        "en",
        "Mozambique's government and Renamo put pen to paper on a peace accord in Maputo.",
        "2019-08-07",
        ("group:renamo", "agrees_with", "agr:*"),
    ),
]

FINDS += [
    # leaving a body without a preposition ("left ECOWAS")
    (
        "en",
        "Mali, Niger and Burkina Faso left ECOWAS in January.",
        "2025-02-01",
        ("state:ner", "opposes", "org:ecowas"),
    ),
    (
        "en",
        "Mali and Niger said they were leaving ECOWAS with immediate effect.",
        "2024-01-28",
        ("state:mli", "opposes", "org:ecowas"),
    ),
    # a meeting as the purpose of a trip («للقاء») is the traveller's with whom it names
    (
        "ar",
        "وصل الرئيس الأوكراني فولوديمير زيلينسكي إلى إسطنبول للقاء الرئيس التركي رجب طيب أردوغان.",
        "2023-07-07",
        ("person:volodymyr-zelensky", "meets", "person:recep-tayyip-erdogan"),
    ),
    (
        "ar",
        "ووصل البرهان إلى جدة أمس للقاء ولي العهد السعودي الأمير محمد بن سلمان.",
        "2023-09-10",
        ("person:abdel-fattah-al-burhan", "meets", "person:mohammed-bin-salman"),
    ),
    (
        "ar",
        "توجه وزير الخارجية الأمريكي أنتوني بلينكن إلى القاهرة للقاء الرئيس عبد الفتاح السيسي.",
        "2024-02-06",
        ("person:antony-blinken", "meets", "person:abdel-fattah-el-sisi"),
    ),
]

FINDS += [
    # the people of two sides named by their adjectives act for them
    (
        "en",
        "Russian and Ukrainian delegations held direct talks in Istanbul.",
        "2025-05-16",
        ("state:rus", "negotiates_with", "state:ukr"),
    ),
    (
        "en",
        "The US and Ukrainian delegations held talks in Jeddah.",
        "2025-03-11",
        ("state:usa", "negotiates_with", "state:ukr"),
    ),
    ("en", "Armenian and Azerbaijani diplomats met in Washington.", "2025-08-08", ("state:arm", "meets", "state:aze")),
    (
        "en",
        "Sudanese army and RSF delegations resumed talks in Jeddah.",
        "2023-10-26",
        ("org:saf", "negotiates_with", "group:rsf"),
    ),
]

FINDS += [
    # talks that are a trip's purpose («لبحث … مع X») are the traveller's with X
    (
        "ar",
        "ووصل وفد روسي إلى أبوظبي لبحث تبادل الأسرى مع الجانب الأوكراني.",
        "2024-01-03",
        ("state:rus", "negotiates_with", "state:ukr"),
    ),
    (
        "ar",
        "ووصل غروندبرغ إلى مسقط لبحث الهدنة مع وفد الحوثيين.",
        "2023-04-20",
        ("person:hans-grundberg", "negotiates_with", "group:houthis"),
    ),
    (
        "ar",
        "وتوجه بلينكن إلى القاهرة لبحث الهدنة مع المسؤولين المصريين.",
        "2024-02-06",
        ("person:antony-blinken", "negotiates_with", "state:egy"),
    ),
]

KEEPS_OUT = [
    # leaving a place, a post or talks opposes no one
    ("en", "The RSF abandoned its positions in Omdurman.", "2024-03-12", ("*", "opposes", "*")),
    ("en", "The minister quit his post in protest.", "2024-03-12", ("*", "opposes", "*")),
    ("ar", "وخرجت قوات الأمم المتحدة من مالي.", "2023-12-31", ("*", "opposes", "*")),
    ("ar", "خرج آلاف المتظاهرين من المساجد في الخرطوم.", "2023-01-10", ("*", "opposes", "*")),
    # a broker or a leader of the talks before the dash is no side ("US-brokered", "UN-led")
    ("en", "The US-brokered talks resumed in Jeddah.", "2023-05-20", ("state:usa", "negotiates_with", "*")),
    ("en", "The UN-led talks on Libya resumed in Geneva.", "2020-10-20", ("org:un", "negotiates_with", "*")),
    # one demonym after the noun is the talks' owner, not a pair
    ("ar", "وقال إن المفاوضات النووية الإيرانية متعثرة.", "2021-06-10", ("*", "negotiates_with", "*")),
    # a call with a partner of its own is not between the verb's subjects
    (
        "en",
        "Sisi and Biden agreed on the truce during a call with Netanyahu.",
        "2023-07-10",
        ("person:abdel-fattah-el-sisi", "phones", "person:joe-biden"),
    ),
    ("en", "Sudan received support from Egypt.", "2024-05-10", ("*", "meets", "*")),
    # the host of the talks is no side of them
    (
        "en",
        "The United States and the Taliban signed the deal after 18 months of talks that Qatar hosted.",
        "2020-02-29",
        ("*", "negotiates_with", "state:qat"),
    ),
    ("ar", "وتتواصل المحادثات التي ترعاها السعودية بين الجيش والدعم السريع.", "2023-06-01", ("state:sau", "*", "*")),
    # leaving a summit, a place, or an agreement intact opposes no one
    ("en", "Burhan left the African Union summit early.", "2024-02-18", ("*", "opposes", "*")),
    ("en", "The deal left the Jeddah Declaration intact.", "2023-06-01", ("*", "opposes", "*")),
    ("en", "Blinken left Cairo for Doha on Tuesday.", "2024-02-06", ("*", "opposes", "*")),
    ("en", "The delegations left Vienna for consultations on Monday.", "2015-07-01", ("state:aut", "*", "*")),
    # a meeting refused is none
    ("ar", "وأكد البرهان رفضه للقاء حميدتي.", "2023-12-20", ("*", "meets", "*")),
    ("ar", "ووصل البرهان إلى جدة لبحث الأزمة مع بداية الهدنة.", "2023-09-10", ("*", "negotiates_with", "*")),
]


@pytest.mark.parametrize("lang,text,date,want", FINDS, ids=[f"{c[0]}-{n}" for n, c in enumerate(FINDS)])
def test_accord_shape_finds_its_relation(lang, text, date, want):
    ex = extract_text(text, lang=lang, date_=date)
    assert any(fits(r, want) for r in ex.relations), [(r.source, r.type, r.target, r.method) for r in ex.relations]


@pytest.mark.parametrize("lang,text,date,unwanted", KEEPS_OUT, ids=[f"{c[0]}-{n}" for n, c in enumerate(KEEPS_OUT)])
def test_accord_shape_keeps_a_wrong_relation_out(lang, text, date, unwanted):
    ex = extract_text(text, lang=lang, date_=date)
    assert not [(r.source, r.type, r.target) for r in ex.relations if fits(r, unwanted)]
