"""Each relation construction, on a sentence written for it: the relation appears and records the
construction in `method`. Blocking constructions keep a wrong relation out. "agreement" as the expected
target means any agreement node (discovered agreements are named by place, kind and month)."""

from pathlib import Path

import pytest
import yaml

from explorer.extract import constructions, objects, patterns  # noqa: F401  (registration)
from explorer.extract.engine import ALWAYS, REGISTRY
from explorer.extract.pipeline import extract_text

AR_STATE = "وزير الخارجية"

CASES = [
    (
        "own-forces",
        "ar",
        "وقال الجيش الكيني إن قواته قصفت مواقع لحركة الشباب في جنوب الصومال.",
        ("*", "fights", "group:al-shabaab"),
    ),
    (
        "joined-in",
        "en",
        "Morocco joined the UAE and Bahrain in signing the Abraham Accords.",
        ("state:are", "agrees_with", "agreement"),
    ),
    (
        "joined-in",
        "en",
        "France joined Britain in condemning the Russian strikes on Kyiv.",
        ("state:gbr", "opposes", "state:rus"),
    ),
    (
        "agreement-between",
        "ar",
        "وقال وزير الخارجية الكيني إن الاتفاق الذي تم توقيعه بين الحكومة الصومالية وحركة الشباب في نيروبي هش.",
        ("state:som", "agrees_with", "agreement"),
    ),
    (
        "agreement-between",
        "ar",
        "ورحب الاتحاد الأفريقي بالاتفاق الذي تم التوصل إليه بين الجيش السوداني وقوات الدعم السريع في جدة.",
        ("group:rsf", "agrees_with", "agreement"),
    ),
    (
        "subject-verb",
        "en",
        "Congolese President Felix Tshisekedi accused Rwanda of backing the M23 rebels, who seized Goma last week, "
        "and condemned Uganda for its silence.",
        ("person:felix-tshisekedi", "opposes", "state:uga"),
    ),
    (
        "subject-verb",
        "en",
        "Sudan's army chief Abdel Fattah al-Burhan condemned the Rapid Support Forces, which attacked the Sudanese "
        "army in El Fasher on Monday.",
        ("group:rsf", "fights", "org:saf"),
    ),
    (
        "subject-verb",
        "en",
        "US President Joe Biden urged Israel to protect civilians in Rafah and backed Egypt's mediation.",
        ("person:joe-biden", "supports", "state:egy"),
    ),
    (
        "received-goods",
        "en",
        "Ukraine received a first batch of F-16 jets from Denmark.",
        ("state:dnk", "supports", "state:ukr"),
    ),
    (
        "body-of-list",
        "en",
        "The Troika of the United States, Britain and Norway voiced doubts about the accord.",
        ("state:nor", "member_of", "*"),
    ),
    (
        "elided-agreement",
        "en",
        "Kiir and Machar signed the Revitalized Agreement. Thomas Cirillo refused to sign, saying it failed.",
        ("person:thomas-cirillo", "opposes", "agreement"),
    ),
    (
        "in-support-of",
        "en",
        "Iran sent drones to Russia in support of the Houthis.",
        ("state:irn", "supports", "group:houthis"),
    ),
    (
        "mutual",
        "ar",
        "وصل وفد سعودي إلى العاصمة اليمنية صنعاء. وقالت السعودية إن المحادثات مثمرة. وتتواصل الحرب في اليمن منذ "
        "سنوات، وتتبادل الحكومة والحوثيون الاتهامات بعرقلة الهدنة.",
        ("state:yem", "opposes", "group:houthis"),
    ),
    (
        "and-verb",
        "en",
        "Kenyan President William Ruto met Abiy Ahmed in Nairobi. He said Kenya would host the talks once Sudan and "
        "South Sudan reach a deal and praised the African Union.",
        ("person:william-ruto", "states", "org:african-union"),
    ),
    (
        "verb-subject-object",
        "ar",
        "استقبل صاحب السمو الشيخ محمد بن زايد آل نهيان معالي الدكتور بدر عبد العاطي في أبوظبي.",
        ("person:mohamed-bin-zayed-al-nahyan", "meets", "*"),
    ),
    (
        "genitive-agent",
        "ar",
        "وأكد الرئيس الكيني وليام روتو وقوف بلاده إلى جانب الصومال في حربها على الإرهاب.",
        ("state:ken", "supports", "state:som"),
    ),
    (
        "title-apposition",
        "en",
        "The envoys, Joaquim Chissano of Mozambique and Kgalema Motlanthe of South Africa, met Abiy Ahmed.",
        ("*", "holds_role_in", "state:zaf"),
    ),
    (
        "title-apposition",
        "en",
        "The mediators, former presidents Joaquim Chissano of Mozambique and Kgalema Motlanthe of South Africa, left.",
        ("*", "holds_role_in", "state:zaf"),
    ),
    (
        "told-in-call",
        "en",
        "Macron assured Zelensky in a phone call that France would keep its support.",
        ("person:emmanuel-macron", "phones", "person:volodymyr-zelensky"),
    ),
    (
        "passive-by",
        "en",
        "The draft resolution was presented by France and Britain on Monday.",
        ("state:fra", "supports", "agreement"),
    ),
    (
        "passive-by",
        "en",
        "The Libyan National Army, backed by Russia and the United Arab Emirates, advanced on Tripoli.",
        ("state:rus", "supports", "group:lna"),
    ),
    (
        "references-fronted",
        "en",
        "Under Resolution 2254, Russia will support a political transition.",
        ("state:rus", "references", "agr:unscr-2254"),
    ),
    (
        "reported-speech-inverted",
        "en",
        '"The truce is holding," said Hans Grundberg, the UN envoy for Yemen.',
        ("person:hans-grundberg", "states", "agreement"),
    ),
    (
        "possessive-agent",
        "en",
        "The summit opened despite Hamas's decision to reject the truce.",
        ("group:hamas", "opposes", "agreement"),
    ),
    (
        "called-to",
        "ar",
        "وطالبت قطر الولايات المتحدة بدعم السلطة الفلسطينية.",
        ("state:qat", "supports", "org:pa"),
    ),
    (
        "pronoun-subject",
        "en",
        "Antony Blinken arrived in Cairo on Monday. He later met Sameh Shoukry.",
        ("person:antony-blinken", "meets", "person:sameh-shoukry"),
    ),
    (
        "subject-verb",
        "en",
        "Iran and Saudi Arabia agreed to restore diplomatic relations.",
        ("state:irn", "agrees_with", "state:sau"),
    ),
    (
        "amma-fa",
        "ar",
        "ورحب أردوغان بالاتفاق. أما رئيس مجلس النواب الليبي عقيلة صالح فرحب بالاتفاق.",
        ("person:aguila-saleh", "supports", "agreement"),
    ),
    (
        "modifier-agent",
        "en",
        "The Rapid Support Forces led by Mohamed Hamdan Dagalo rejected the Jeddah declaration.",
        ("group:rsf", "opposes", "agreement"),
    ),
    (
        "carried-subject",
        "en",
        # ("Later the minister met …" is now coreference: "the minister" is the last-named minister)
        "Sergei Lavrov flew to Ankara on Monday.\nLater the official met Mevlut Cavusoglu.",
        ("person:sergei-lavrov", "meets", "person:mevlut-cavusoglu"),
    ),
    (
        "between",
        "en",
        "Talks between Iran and the United States resumed in Vienna.",
        ("state:irn", "negotiates_with", "state:usa"),
    ),
    (
        "nominal-group",
        "en",
        "A phone call joined Joe Biden and Abdel Fattah al-Sisi on Monday.",
        ("person:joe-biden", "phones", "person:abdel-fattah-el-sisi"),
    ),
    (
        "reported-speech",
        "en",
        "Antonio Guterres said the grain deal must be renewed.",
        ("person:antonio-guterres", "states", "agreement"),
    ),
    ("references", "en", "Egypt acted in line with Resolution 2254.", ("state:egy", "references", "agr:unscr-2254")),
    (
        "pronoun-agreement",
        "en",
        "Israel and Hamas reached a ceasefire on Monday. Egypt backed it.",
        ("state:egy", "supports", "agreement"),
    ),
    (
        "dual-subject",
        "en",
        "Joe Biden and Vladimir Putin met in Geneva.",
        ("person:joe-biden", "meets", "person:vladimir-putin"),
    ),
    (
        "call-to-agreement",
        "en",
        "France urged, in a long statement issued on Monday evening, Israel to respect the ceasefire.",
        ("state:fra", "supports", "agreement"),
    ),
    ("verb-object", "en", "Qatar opposes the new truce.", ("state:qat", "opposes", "agreement")),
    (
        "title-apposition",
        "en",
        "Russian Foreign Minister Sergei Lavrov arrived in Ankara.",
        ("person:sergei-lavrov", "holds_role_in", "state:rus"),
    ),
    (
        "possessive-leader",
        "en",
        "Khalifa Haftar's Libyan National Army advanced on Tripoli.",
        ("person:khalifa-haftar", "holds_role_in", "group:lna"),
    ),
    (
        "chaired-by",
        "en",
        "The International Syria Support Group, co-chaired by the United States and Russia, met.",
        ("state:rus", "member_of", "org:issg"),
    ),
    (
        "agreement-between",
        "en",
        "The Riyadh Agreement between the Yemeni government and the Southern Transitional Council was signed.",
        ("org:stc", "agrees_with", "agr:riyadh-agreement-2019"),
    ),
    (
        "member-list",
        "en",
        "France and Britain are permanent members of the Security Council.",
        ("state:gbr", "member_of", "org:unsc"),
    ),
    ("joined", "en", "Sweden joined NATO in 2024.", ("state:swe", "member_of", "org:nato")),
    (
        "speaker-participle",
        "ar",
        "وقال الأمين العام للأمم المتحدة أنطونيو غوتيريش إن الوضع صعب، مضيفاً أن الهدنة في اليمن صامدة.",
        ("person:antonio-guterres", "states", "agreement"),
    ),
    (
        "verb-object-subject",
        "ar",
        "ووقع الاتفاق أمس رئيس مجلس السيادة السوداني عبد الفتاح البرهان.",
        ("person:abdel-fattah-al-burhan", "agrees_with", "agreement"),
    ),
    (
        "fronted-destination",
        "ar",
        "ووصل إلى بغداد أمس وزير الخارجية الإيراني.",
        ("person:hossein-amir-abdollahian", "visits", "place:capital-irq"),
    ),
    (
        "coordinated-clause-subject",
        "ar",
        "وتحدث وزير الخارجية التركي أمام البرلمان الأوروبي، ودعا إلى تطبيق القرار 2254.",
        ("person:mevlut-cavusoglu", "supports", "agr:unscr-2254"),
    ),
    (
        "call-verb",
        "ar",
        "أكدت فرنسا أهمية الحوار، ودعت مجلس الأمن إلى تطبيق القرار 1701.",
        ("state:fra", "supports", "agr:unscr-1701"),
    ),
    (
        "accused-object",
        "ar",
        "ودانت الحكومة الليبية القصف، واتهمت قوات حفتر باستهداف المدنيين.",
        ("state:lby", "opposes", "*"),
    ),
    (
        "pronoun-actor",
        "ar",
        "وذكرت الحكومة الصومالية حركة الشباب في بيانها، واتهمتها بقتل مدنيين.",
        ("state:som", "opposes", "group:al-shabaab"),
    ),
    (
        "pronoun-agent",
        "ar",
        f"وصل {AR_STATE} الأمريكي أنتوني بلينكن إلى القاهرة. وتناولت محادثاته مع الرئيس عبد الفتاح السيسي الأزمة.",
        ("person:antony-blinken", "negotiates_with", "person:abdel-fattah-el-sisi"),
    ),
    (
        "with-carried",
        "ar",
        f"وصل {AR_STATE} الأمريكي أنتوني بلينكن إلى عمان. واستهل زيارته بلقاء مع الملك عبد الله الثاني.",
        ("person:antony-blinken", "meets", "person:abdullah-ii"),
    ),
    (
        "kind-adjective-support",
        "ar",
        "وتحدث التقرير عن دعم إيران العسكري لجماعة الحوثي.",  # (a front's place is backed by no one: ontology.yaml)
        ("state:irn", "supports", "group:houthis"),
    ),
    ("demonym-agent", "ar", "واستمرت الغارات الإسرائيلية على لبنان أمس.", ("state:isr", "fights", "state:lbn")),
    ("nominal-complement", "ar", "وأكدت تركيا مواصلة محاربة داعش.", ("state:tur", "fights", "group:isis")),
    (
        "verb-subject-object",
        "ar",
        f"التقى {AR_STATE} الروسي سيرغي لافروف نظيره التركي مولود جاويش أوغلو في موسكو.",
        ("person:sergei-lavrov", "meets", "person:mevlut-cavusoglu"),
    ),
    (
        "dropped-subject",
        "ar",
        f"وصل {AR_STATE} الروسي سيرغي لافروف إلى أنقرة. وأشار إلى دعم بلاده اتفاق سوتشي.",
        ("person:sergei-lavrov", "states", "agreement"),
    ),
    ("subject-verb", "ar", "السعودية وإيران اتفقتا على استئناف العلاقات.", ("state:sau", "agrees_with", "state:irn")),
    (
        "relative-clause",
        "ar",
        "ورحب الوزير بالاتفاق الذي وقعته إسرائيل وحماس.",
        ("group:hamas", "agrees_with", "agreement"),
    ),
    ("supported-by", "ar", "تقدمت قوات الحكومة السورية بدعم من روسيا وإيران.", ("state:irn", "supports", "state:syr")),
    (
        "between",
        "ar",
        "واستؤنفت المفاوضات بين إيران والولايات المتحدة في فيينا.",
        ("state:irn", "negotiates_with", "state:usa"),
    ),
    (
        "dropped-subject-meets",
        "ar",
        "وصل وزير الخارجية التركي هاكان فيدان إلى بغداد، حيث التقى رئيس الوزراء العراقي محمد شياع السوداني.",
        ("person:hakan-fidan", "meets", "person:mohammed-shia-al-sudani"),
    ),
    (
        "reported-speech",
        "ar",
        "وقال الأمين العام للأمم المتحدة أنطونيو غوتيريش إن اتفاق الرياض خطوة مهمة.",
        ("person:antonio-guterres", "states", "agr:riyadh-agreement-2019"),
    ),
    ("references", "ar", "وتعمل مصر وفقاً لقرار مجلس الأمن 2254.", ("state:egy", "references", "agr:unscr-2254")),
    ("verb-object", "ar", "وتدعم قطر الهدنة الجديدة.", ("state:qat", "supports", "agreement")),
    (
        "each-of",
        "ar",
        "وقعت الحكومة السودانية والجبهة الثورية اتفاق جوبا للسلام أمس. "
        "ووقعه كل من الرئيس التشادي إدريس ديبي ورئيس الوزراء المصري مصطفى مدبولي بصفتهما شاهدين.",
        ("person:mostafa-madbouly", "agrees_with", "agr:juba-peace-2020"),
    ),
    (
        "co-signatories",
        "en",
        "Eritrea signed the new accord with Ethiopia and the African Union in Riyadh.",
        ("org:african-union", "agrees_with", "agreement"),
    ),
    (
        "co-signatories",
        "ar",
        "وقعت إثيوبيا الاتفاق مع إريتريا والاتحاد الأفريقي في الرياض.",
        ("state:eri", "agrees_with", "agreement"),
    ),
    (
        "references-subject",
        "ar",
        "وقالت تركيا إن العملية تجري استناداً إلى اتفاق سوتشي.",
        ("state:tur", "references", "agr:sochi-idlib-memo-2018"),
    ),
    (
        "references-subject",
        "en",
        "Norway froze the assets of Houthi officials pursuant to resolution 2216.",
        ("state:nor", "references", "agr:unscr-2216"),
    ),
    (
        "act-of-by",
        "en",
        "The shelling of Fano positions by the Ethiopian army killed ten.",
        ("org:endf", "fights", "group:fano"),
    ),
    (
        "of-agent-to",
        "en",
        "The hostility of Algeria to Morocco grew after the summit.",
        ("state:dza", "opposes", "state:mar"),
    ),
    ("genitive-agent", "ar", "وتصاعدت اتهامات السودان للإمارات خلال الجلسة.", ("state:sdn", "opposes", "state:are")),
    ("pitted", "en", "The border war pitted Ethiopia against Eritrea.", ("state:eth", "fights", "state:eri")),
    (
        "alongside-against",
        "en",
        "Iran fought alongside the Syrian army against the Islamic State.",
        ("state:irn", "fights", "group:isis"),
    ),
    (
        "resumed-verb",
        "ar",
        "وانتقدت مصر في بيان أصدرته وزارة الخارجية المصرية مساء أمس الأحد – انتقدت إثيوبيا بسبب ملء السد.",
        ("state:egy", "opposes", "state:eth"),
    ),
    (
        "weapon-subject",
        "ar",
        "وقصفت طائرات حربية إسرائيلية مواقع حزب الله في الجنوب.",
        ("state:isr", "fights", "group:hezbollah"),
    ),
    ("withdrew-from", "en", "Mali withdrew from ECOWAS in January.", ("state:mli", "opposes", "org:ecowas")),
    (
        "captured-from",
        "ar",
        "واستعاد الجيش الصومالي بلدة في إقليم هيران من حركة الشباب.",
        ("org:somali-national-army", "fights", "group:al-shabaab"),
    ),
    ("struck-ground", "ar", "قصفت صواريخ روسية مستودع وقود في أوكرانيا.", ("state:rus", "fights", "state:ukr")),
    (
        "struck-ground",
        "en",
        "Ukrainian drones struck a fuel depot in Russia's Bryansk region overnight.",
        ("state:ukr", "fights", "state:rus"),
    ),
    (
        "subject-verb",
        "en",
        "Russia, Iran and Turkey agreed on the Astana memorandum on de-escalation zones.",
        ("state:rus", "agrees_with", "agr:astana-deescalation-memo-2017"),
    ),
    (
        "announced-terms",
        "en",
        "Russia and Ukraine announced the terms of the Black Sea Grain Initiative.",
        ("state:ukr", "agrees_with", "*"),
    ),
    ("announced-terms", "ar", "وأعلنت روسيا وتركيا تفاصيل مذكرة سوتشي بشأن إدلب.", ("state:tur", "agrees_with", "*")),
    (
        "purpose-agent",
        "en",
        "Kenya sent troops against al-Shabaab in an effort to restore the Somali government.",
        ("state:ken", "supports", "state:som"),
    ),
]

CASES += [
    (
        "agreed-terms",
        "en",
        "Talks in Jeddah produced the Jeddah Declaration this week. "
        "Sudan and Saudi Arabia agreed to set up a team to watch the roads.",
        ("state:sdn", "agrees_with", "agr:jeddah-declaration-2023"),
    ),
    (
        "agreed-terms",
        "ar",
        "وأثمرت محادثات جدة عن إعلان جدة هذا الأسبوع. واتفقت السعودية والسودان على تشكيل فريق لمراقبة الطرق.",
        ("state:sau", "agrees_with", "agr:jeddah-declaration-2023"),
    ),
    (
        "agreed-terms",
        "en",
        "Sudan, Saudi Arabia, the United States and the African Union agreed on Monday on steps to ease the crisis "
        "in Darfur. The Jeddah Declaration, reached after a week of talks, calls for safe passage for aid.",
        ("org:african-union", "agrees_with", "agr:jeddah-declaration-2023"),  # four parties, a place in the terms
    ),
]

CASES += [
    (
        "dual-subject",
        "ar",
        "واتفقت مصر والسودان على تسليم المعابر إلى قوات الحكومة الليبية خلال أسبوعين.",
        ("state:egy", "agrees_with", "state:sdn"),  # an actor among the terms: the pair still agreed
    ),
    (
        "dual-subject",
        "ar",
        "واتفقت إثيوبيا والصومال على بدء مفاوضات فنية بتيسير من تركيا قبل نهاية الشهر.",
        ("state:eth", "agrees_with", "state:som"),
    ),
]

CASES += [
    (
        "references-fronted",
        "ar",
        "وقّعت إثيوبيا وإريتريا اتفاق سلام في جدة أمس. وبموجب الاتفاق، تسحب أديس أبابا قواتها من المناطق الحدودية "
        "خلال ثلاثين يوماً، مقابل تعهد أسمرة بفتح المعابر.",
        ("state:eth", "references", "agreement"),  # a clause opening with its verb after the comma: no aside
    ),
]

CASES += [
    (
        "references-relative",
        "en",
        "Officials recalled the border accord signed in Algiers between Ethiopia and Eritrea, under which Ethiopia "
        "was to withdraw from the town of Badme.",
        ("state:eth", "references", "agreement"),
    ),
    (
        "references-relative",
        "ar",
        "ووقعت كينيا وأوغندا في مارس بروتوكول تعاون أمني أرسلت نيروبي بموجبه قوات إلى الحدود.",
        ("state:ken", "references", "agreement"),
    ),
]

CASES += [
    (
        "event-gathered",
        "en",
        "The meeting in Riyadh brought together Saudi Crown Prince Mohammed bin Salman and Ukrainian President "
        "Volodymyr Zelensky.",
        ("person:mohammed-bin-salman", "meets", "person:volodymyr-zelensky"),
    ),
]

CASES += [
    (
        "inverted-gerund",
        "en",
        "Also signing the Doha declaration on Saturday were Rwanda and the Democratic Republic of Congo.",
        ("state:rwa", "agrees_with", "agreement"),
    ),
]

CASES += [
    (
        "fronted-signing",
        "en",
        "Having signed the Washington declaration, Armenian Prime Minister Nikol Pashinyan flew home.",
        ("person:nikol-pashinyan", "agrees_with", "agreement"),
    ),
]

CASES += [
    (
        "call-after-object",
        "ar",
        "وهنأ الرئيس التركي رجب طيب أردوغان نظيره الإيراني مسعود بزشكيان في اتصال هاتفي بفوزه في الانتخابات.",
        ("person:recep-tayyip-erdogan", "phones", "person:masoud-pezeshkian"),
    ),
]

CASES += [
    (
        "gathered-him",
        "ar",
        "وقال المبعوث الأممي إلى اليمن هانس غروندبرغ، عقب اجتماع جمعه بوفد الحوثيين في مسقط، إن المحادثات كانت بناءة.",
        ("person:hans-grundberg", "meets", "group:houthis"),
    ),
]

CASES += [
    (
        "on-behalf",
        "ar",
        "ووقع الاتفاق عن الحكومة اليمنية وزير الخارجية أحمد عوض بن مبارك، وعن المجلس الانتقالي الجنوبي عيدروس الزبيدي.",
        ("person:aidarous-al-zubaidi", "agrees_with", "agreement"),
    ),
]

CASES += [
    (
        "signed-by",
        "ar",
        "وحثت السعودية القوات المسلحة السودانية وقوات الدعم السريع على الالتزام باتفاق جدة لوقف إطلاق النار "
        "الموقع عليه من الطرفين.",
        ("group:rsf", "agrees_with", "agreement"),
    ),
]

CASES += [
    (
        "quoted-we",
        "ar",
        'وقال وزير الخارجية الإيراني محمد جواد ظريف: "اليوم توصلنا بشجاعة إلى الاتفاق النووي".',
        ("person:mohammad-javad-zarif", "agrees_with", "agreement"),
    ),
]

# Issue 9: constructions that generalize beyond the development articles (sentences written for the tests).
CASES += [
    ("welcome-agreement", "en", "Jordan welcomed the ceasefire on Tuesday.", ("state:jor", "supports", "agreement")),
    (
        "welcome-agreement",
        "ar",
        "أعلنت الوساطة الهدنة مساء الأحد، فيما رحّبت بها جامعة الدول العربية.",
        ("org:arab-league", "supports", "agreement"),
    ),
    ("welcome-agreement", "ar", "ورحّبت الكويت بالاتفاق بين الطرفين.", ("state:kwt", "supports", "agreement")),
    (
        "time-clause-subject",
        "ar",
        "وكان وزير الخارجية المصري سامح شكري قد زار الخرطوم والتقى رئيس مجلس السيادة عبد الفتاح البرهان، الذي يقود "
        "الجيش، قبل أن يتوجه إلى أديس أبابا.",
        ("person:sameh-shoukry", "visits", "*"),
    ),
    (
        "summoned-envoy",
        "en",
        "Poland summoned the Russian ambassador Sergey Andreev on Monday over the drone incursion.",
        ("state:pol", "opposes", "state:rus"),
    ),
    (
        "references-fronted",
        "ar",
        "ووفقاً للهدنة، التي أعلنتها الأمم المتحدة الشهر الماضي، تنسحب القوات السودانية من المدينة، وتفتح مصر معبرها.",
        ("state:egy", "references", "agreement"),
    ),
    (
        "references-fronted",
        "ar",
        "وبموجب قرار مجلس الأمن 2216، تواصل السعودية دعم الحكومة.",
        ("state:sau", "references", "agr:unscr-2216"),
    ),
    (
        "call-to-agreement",
        "ar",
        "ودعت قطر في بيان الحكومة اليمنية والمجلس الانتقالي الجنوبي إلى العودة إلى ما اتفقا عليه في «اتفاق الرياض».",
        ("state:qat", "references", "agreement"),
    ),
    (
        "delegation-anaphor",
        "en",
        "An M23 delegation led by Bertrand Bisimwa arrived in Doha. The delegation then met Qatari officials.",
        ("person:bertrand-bisimwa", "meets", "*"),
    ),
    (
        "fronted-talks",
        "en",
        "After four days of negotiations in Nairobi, the Congolese government and the M23 rebels signed a truce.",
        ("state:cod", "negotiates_with", "*"),
    ),
    (
        "talks-of-subjects",
        "ar",
        "وتوصلت إثيوبيا والصومال إلى تفاهم لإنهاء الخلاف، في ختام محادثات استضافتها تركيا.",
        ("state:eth", "negotiates_with", "state:som"),
    ),
    (
        "speaker-participle",
        "ar",
        "وانتقدت الحكومة السودانية البيان، متهمةً قوات الدعم السريع بعرقلة المساعدات.",
        ("state:sdn", "opposes", "group:rsf"),
    ),
    (
        "reported-speech",
        "ar",
        "وأكد المبعوث الأممي إلى اليمن هانس غروندبرغ، أمام مجلس الأمن الدولي أمس، "
        "أن جماعة «أنصار الله» أفرجت عن الأسرى.",
        ("person:hans-grundberg", "states", "group:houthis"),
    ),
]

CASES += [
    (
        "demonym-before",
        "en",
        "An Iranian drone attack on Israel was intercepted over Jordan.",
        ("state:irn", "fights", "state:isr"),
    ),
]

CASES += [
    (
        "drew-stance",
        "en",
        "The Pretoria Agreement won the backing of the African Union.",
        ("org:african-union", "supports", "agr:pretoria-agreement-2022"),
    ),
    ("drew-stance", "ar", "قوبل إعلان جدة برفض واسع من قوات الدعم السريع.", ("group:rsf", "opposes", "agreement")),
    ("welcomed-by", "en", "Resolution 2728 was welcomed by Algeria.", ("state:dza", "supports", "agr:unscr-2728")),
    (
        "fought-alongside",
        "ar",
        "قاتلت مجموعة فاغنر إلى جانب القوات الروسية في أوكرانيا.",
        ("group:wagner", "supports", "org:russian-armed-forces"),
    ),
]

# Constructions whose job is to stop a wrong reading: (name, lang, text, relation that must not appear).
CASES += [
    (
        "participle-agent",
        "ar",
        "وفرضت واشنطن عقوبات جديدة على إيران الداعمة لجماعة الحوثي.",
        ("state:irn", "supports", "group:houthis"),
    ),
]

CASES += [
    (
        "verb-object",
        "en",
        "The African Union demanded an immediate ceasefire in Khartoum.",
        ("org:african-union", "supports", "agreement"),
    ),
]

BLOCKS = [
    ("joined-in", "en", "Qatar joined Egypt in welcoming the truce in Gaza.", ("state:qat", "agrees_with", "*")),
    (
        "pronoun-agent",
        "ar",
        "وقال وزير الخارجية الكيني موساليا مودافادي إن الاتفاق الذي تم توقيعه بين الحكومة الصومالية وحركة الشباب هش.",
        ("person:musalia-mudavadi", "agrees_with", "*"),
    ),
    (
        "subject-verb",
        "en",
        "Congolese President Felix Tshisekedi accused Rwanda of backing the M23 rebels, who seized Goma last week, "
        "and said the government would not negotiate with Uganda.",
        ("group:m23", "states", "*"),
    ),
    (
        "subject-verb",
        "en",
        "US President Joe Biden urged Israel to protect civilians in Rafah and backed Egypt's mediation.",
        ("state:isr", "supports", "*"),
    ),
    ("and-verb", "en", "Ruto thanked Uganda but did condemn Somalia for the raids.", ("state:uga", "opposes", "*")),
    ("and-verb", "en", "Ruto thanked Uganda but condemned Somalia for the raids.", ("state:uga", "opposes", "*")),
    ("negated", "en", "Ruto stopped short of condemning Uganda over the border raids.", ("*", "opposes", "state:uga")),
    ("negated", "en", "In his speech Ruto refrained from criticizing Uganda.", ("*", "opposes", "state:uga")),
    ("negated", "en", "Kenya's president avoided criticizing Uganda by name.", ("*", "opposes", "state:uga")),
    (
        "agreed-terms",
        "en",
        "The Security Council adopted a resolution on Libya in March. "
        "The Libyan government agreed to let convoys into two towns, the UN said.",
        ("state:lby", "agrees_with", "agreement"),
    ),
    (
        "pronoun-agreement",
        "en",
        "Aid groups keep citing a Security Council resolution passed last December. "
        "Sudan's government agreed on Tuesday, in principle, to open two crossings.",
        ("state:sdn", "agrees_with", "agreement"),
    ),
    (
        "culprit-harm",
        "ar",
        "وقدمت فرنسا مشروع قرار لإنشاء آلية تحدد المسؤولين عن الهجمات على المدنيين في ليبيا.",
        ("state:fra", "fights", "*"),
    ),
    (
        "accused-object",
        "ar",
        "ودانت الحكومة الليبية القصف، واتهمت قوات حفتر باستهداف المدنيين.",
        ("*", "opposes", "state:*"),
    ),
    ("urged-to-act", "en", "Biden pushed Netanyahu to accept the deal.", ("person:*", "agrees_with", "*")),
    (
        "urged-to-act-adverb",
        "en",
        "Biden pushed Netanyahu to quickly accept the deal.",
        ("person:*", "agrees_with", "*"),
    ),
    (
        "own-clause-subject",
        "en",
        "Kenya hosted the talks, and the two sides signed the deal in Nairobi.",
        ("state:ken", "agrees_with", "*"),
    ),
    (
        "threatened-fight",
        "en",
        "Israel threatened to launch a wide offensive against Hezbollah.",
        ("state:isr", "fights", "group:hezbollah"),
    ),
    (
        "appositive-charge",
        "en",
        "Pakistan blamed the Taliban for the attack, an accusation Kabul rejected.",
        ("group:taliban", "opposes", "state:afg"),
    ),
    (
        "unnamed-source",
        "en",
        "Sources close to the Houthis said the group would accept the UN roadmap.",
        ("group:houthis", "states", "*"),
    ),
    (
        "unnamed-source",
        "ar",
        "وقالت مصادر سودانية إن قوات الدعم السريع انسحبت من الخرطوم.",
        ("state:sdn", "states", "*"),
    ),
    ("declared-over", "en", "The Polisario declared the 1991 ceasefire over.", ("group:polisario", "states", "*")),
    ("called-it", "en", "Sudan signed the deal. Thabo Mbeki called it a turning point.", ("*", "phones", "*")),
    ("cancelled-encounter", "en", "Macron postponed his visit to Algeria.", ("*", "visits", "*")),
    ("cancelled-encounter", "en", "Erdogan called off a planned meeting with Sisi.", ("*", "opposes", "*")),
    ("cancelled-encounter", "ar", "وألغى الرئيس التونسي زيارته إلى الجزائر.", ("*", "visits", "*")),
    ("discussed-war", "en", "Turkey discussed the war with Armenia in Paris.", ("state:tur", "fights", "*")),
    ("discussed-war", "ar", "وبحثت فرنسا سبل إنهاء الحرب مع روسيا.", ("state:fra", "fights", "*")),
    ("hosted-talks", "en", "Oman and Iraq hosted rounds of talks last year.", ("state:omn", "negotiates_with", "*")),
    ("hosted-talks", "ar", "وشكرت مصر العراق وعمان لاستضافتهما جولات الحوار.", ("state:irq", "negotiates_with", "*")),
    ("but-it", "ar", "ونفت رواندا دعم حركة إم 23، لكنها وقعت اتفاق الدوحة.", ("group:m23", "agrees_with", "*")),
    ("modifier-agent", "ar", "وأعلنت القوات المدعومة من إيران رفضها للاتفاق.", ("state:irn", "opposes", "*")),
    ("modifier-agent", "en", "Forces backed by Turkey rejected the ceasefire.", ("state:tur", "opposes", "*")),
    ("stance-event", "en", "Kenya hailed the signing of the Pretoria agreement.", ("state:ken", "agrees_with", "*")),
    ("stance-event", "ar", "ورحبت الأردن بتوقيع اتفاق الدوحة.", ("state:jor", "agrees_with", "*")),
    ("ceased", "en", "Washington urged Kigali to stop supporting the M23 rebels.", ("*", "supports", "group:m23")),
    ("ceased", "ar", "ودعت قطر إلى وقف دعم قوات الدعم السريع.", ("state:qat", "supports", "*")),
    ("announced-terms", "en", "Qatar announced the terms of the Doha Agreement.", ("state:qat", "agrees_with", "*")),
    (
        "purpose-agent",
        "en",
        "Saudi Arabia launched air strikes against the Houthis in an effort to restore President Hadi.",
        ("group:houthis", "supports", "*"),
    ),
    ("retype", "en", "Brazil voted in favour of Resolution 2712 on Wednesday.", ("state:bra", "supports", "*")),
    ("retype", "ar", "صوتت الصين ضد مشروع القرار الأميركي حول وقف إطلاق النار في غزة.", ("state:chn", "supports", "*")),
    ("alleged", "en", "Uganda denied accusations that it arms the M23.", ("state:uga", "supports", "group:m23")),
    ("alleged", "ar", "ونفت أوغندا الاتهامات بتسليح حركة إم 23.", ("state:uga", "supports", "group:m23")),
    ("suspended-participation", "ar", "وعلق الاتحاد الأوروبي على قرار مجلس الأمن.", ("org:eu", "opposes", "*")),
    ("withdrew-from", "en", "Russian troops withdrew from Ukraine's Kherson region.", ("state:rus", "opposes", "*")),
    ("captured-from", "ar", "واستعادت سوريا مقعدها في جامعة الدول العربية.", ("state:syr", "fights", "*")),
    ("struck-ground", "en", "US drones struck a compound in Somalia used by al-Shabaab.", ("*", "fights", "state:som")),
    (
        "denied-clause",
        "en",
        "Moscow denied that Sergei Lavrov had met Hakan Fidan in Doha.",
        ("person:sergei-lavrov", "meets", "*"),
    ),
    ("retype", "en", "Israel warned Hezbollah against any escalation.", ("state:isr", "states", "group:hezbollah")),
    ("passive-without-agent", "en", "Uganda is accused of arming the M23 in Ituri.", ("state:uga", "opposes", "*")),
    (
        "signing-ceremony",
        "ar",
        "وناشد رئيس الوفد الليبي محمد شعيب، خلال حفل التوقيع، المجتمع الدولي دعم الحكومة.",
        ("*", "agrees_with", "*"),
    ),
    ("signing-ceremony", "en", "John Kerry spoke at the signing ceremony in Doha.", ("*", "agrees_with", "*")),
    (
        "witnessed-signing",
        "en",
        "Egypt and Qatar witnessed the signing of the Gaza Ceasefire of May 2021.",
        ("state:egy", "agrees_with", "*"),
    ),
    (
        "witnessed-signing",
        "ar",
        "دعا غوتيريش أرمينيا وأذربيجان إلى توقيع معاهدة السلام.",
        ("state:arm", "agrees_with", "*"),
    ),
    (
        "signing-ceremony",
        "ar",
        "ونوه هادي خلال مؤتمر صحافي بعد التوقيع، بمبعوث الأمم المتحدة جمال بنعمر.",
        ("*", "agrees_with", "*"),
    ),
    ("agreement-subject", "en", "Russia said the resolution supports Turkey.", ("*", "supports", "state:tur")),
    (
        "provided-by-agreement",
        "en",
        "Kenya and Somalia accepted a truce mediated by Qatar, which calls for the implementation of resolution 2036.",
        ("*", "supports", "agr:unscr-2036"),
    ),
    (
        "relative-talks",
        "en",
        "The talks that Qatar hosts will resume on Monday.",
        ("state:qat", "negotiates_with", "*"),
    ),
    ("relative-talks", "ar", "واستؤنفت المحادثات التي ترعاها قطر أمس.", ("state:qat", "negotiates_with", "*")),
    ("gate", "en", "Joe Biden did not meet Vladimir Putin.", ("person:joe-biden", "meets", "*")),
    (
        "passive-by",
        "en",
        "Iran and Saudi Arabia agreed to restore ties after talks hosted by China.",
        ("state:chn", "meets", "*"),
    ),
    (
        "supported-by",
        "ar",
        "ويسيطر الحوثيون على الميناء، فيما تنتشر حوله القوات الحكومية المدعومة من السعودية.",
        ("state:sau", "supports", "group:houthis"),
    ),
    (
        "call-verb",
        "ar",
        "وأكدت مصر دعمها للحكومة السودانية. وطالبت قطر بتطبيق الهدنة.",
        ("state:egy", "supports", "agreement"),
    ),
    (
        "references-fronted",
        "ar",
        "وكانت الأردن قد رحبت بالهدنة. وبناء على اقتراح قطري، استؤنفت المحادثات.",
        ("state:qat", "references", "*"),
    ),
    ("each-of", "ar", "وجاءت المصالحة في ظل دعم كل من السعودية والأردن.", ("*", "supports", "state:sau")),
    (
        "carried-subject",
        "en",
        "Russia vetoed the draft. Western allies blamed Syria.",
        ("state:rus", "opposes", "state:syr"),
    ),
    (
        "noun-by-agent",
        "en",
        "Erdogan spoke on Monday. The visit to Doha by Lavrov came a week later.",
        ("person:recep-tayyip-erdogan", "visits", "*"),
    ),
]


def _fits(rel, want, kinds) -> bool:
    src, rtype, tgt = want
    ok_tgt = tgt == "*" or rel.target == tgt or (tgt == "agreement" and kinds.get(rel.target) == "agreement")
    return (src == "*" or rel.source == src) and rel.type == rtype and ok_tgt


CASES += [
    ("pair-compound", "en", "Saudi-Houthi talks resumed in Riyadh.", ("state:sau", "negotiates_with", "group:houthis")),
    ("pair-compound", "ar", "عقدت القمة الروسية التركية في سوتشي.", ("state:rus", "meets", "state:tur")),
    (
        "delegates-of-pair",
        "en",
        "Armenian and Azerbaijani diplomats met in Washington.",
        ("state:arm", "meets", "state:aze"),
    ),
    (
        "purpose-meeting",
        "ar",
        "يزور بلينكن أنقرة للقاء أردوغان.",
        ("person:antony-blinken", "meets", "person:recep-tayyip-erdogan"),
    ),
    (
        "call-of-subjects",
        "en",
        "Ruto and Museveni discussed the Sudan crisis in a phone call.",
        ("person:william-ruto", "phones", "person:yoweri-museveni"),
    ),
    (
        "call-of-subjects",
        "ar",
        "بحث بوتين وأردوغان اتفاق الحبوب في اتصال هاتفي.",
        ("person:vladimir-putin", "phones", "person:recep-tayyip-erdogan"),
    ),
]
CASES += [
    (
        "suffix-relative",
        "ar",
        "وقالت الوزارة إن حركة حماس تدعمها إيران بالمال والسلاح.",
        ("state:irn", "supports", "group:hamas"),
    ),
    (
        "reception",
        "ar",
        "ووصل الرئيس الإيراني إبراهيم رئيسي إلى دمشق، وكان في استقباله لدى وصوله الرئيس السوري بشار الأسد.",
        ("person:bashar-al-assad", "meets", "person:ebrahim-raisi"),
    ),
    (
        "received-guest-visit",
        "ar",
        "استقبل الرئيس الصومالي حسن شيخ محمود، أمس، في القصر الرئاسي وزير الخارجية التركي هاكان فيدان خلال زيارته "
        "لمقديشو.",
        ("person:hakan-fidan", "visits", "place:capital-som"),
    ),
    (
        "praised-signers",
        "ar",
        "وهنأ الأمين العام للجامعة العربية جيبوتي وإريتريا على توقيع اتفاق تسوية النزاع الحدودي.",
        ("state:dji", "agrees_with", "agreement"),
    ),
]
CASES += [
    (
        "and-verb",
        "en",
        "Erdogan met Putin in Sochi and praised the grain deal.",
        ("person:recep-tayyip-erdogan", "states", "agreement"),
    ),
    (
        "and-verb",
        "en",
        "Ruto toured Uganda on Monday but criticized Somalia over the border raids.",
        ("person:william-ruto", "opposes", "state:som"),
    ),
    (
        "and-verb-noun",
        "en",
        "Kenya condemned al-Shabaab on Tuesday and offered support to Somalia's federal government.",
        ("state:ken", "supports", "state:som"),
    ),
    (
        "gerund-adjunct",
        "en",
        "Erdogan received Zelensky in Istanbul after holding a phone call with Putin.",
        ("person:recep-tayyip-erdogan", "phones", "person:vladimir-putin"),
    ),
    (
        "source-after",
        "en",
        "Al-Shabaab attacked a base near Baidoa, according to the African Union.",
        ("org:african-union", "states", "group:al-shabaab"),
    ),
    (
        "owner-backer",
        "en",
        "Chad, the Rapid Support Forces' main backer in the region, closed its border.",
        ("state:tcd", "supports", "group:rsf"),
    ),
    (
        "condemned-proxy",
        "en",
        "Israel and Bahrain signed the accord on Tuesday. Hamas condemned the move as a betrayal.",
        ("group:hamas", "opposes", "agreement"),
    ),
    (
        "condemned-attack",
        "en",
        "Israeli jets struck Hezbollah positions overnight. Turkey condemned the attacks on Tuesday.",
        ("state:tur", "opposes", "state:isr"),
    ),
    (
        "rejected-accusation",
        "en",
        "Chad accused Sudan of backing rebels near Abeche. Sudan rejected the accusations on Sunday.",
        ("state:sdn", "opposes", "state:tcd"),
    ),
    (
        "to-discuss",
        "en",
        "Blinken met Netanyahu in Jerusalem on Monday to discuss the hostage deal.",
        ("person:antony-blinken", "negotiates_with", "person:benjamin-netanyahu"),
    ),
    (
        "urged-to-stop",
        "ar",
        "وطالب مجلس الأمن الحوثيين بوقف هجماتهم على السفن التجارية.",
        ("org:unsc", "opposes", "group:houthis"),
    ),
    (
        "insisted-of",
        "en",
        "Baku insists that Armenia first remove the claim from its constitution.",
        ("state:aze", "opposes", "state:arm"),
    ),
    (
        "mutual",
        "en",
        "Sudan and South Sudan accused one another of backing rebel groups along the border.",
        ("state:ssd", "opposes", "state:sdn"),
    ),
    (
        "statement-owner",
        "ar",
        "وورد في بيان للاتحاد الأفريقي أن حركة الشباب هاجمت قاعدة قرب بيدوا.",
        ("org:african-union", "states", "group:al-shabaab"),
    ),
    (
        "statement-in-which",
        "ar",
        "وجاء ذلك في كلمة للاتحاد الأفريقي أمام مجلس الأمن، قال فيها إن حركة الشباب هاجمت قاعدة قرب بيدوا.",
        ("org:african-union", "states", "group:al-shabaab"),
    ),
    (
        "relative-clause-and",
        "ar",
        "وينص القرار 2231، الذي أعدته روسيا وتبناه مجلس الأمن بالإجماع، على رفع العقوبات تدريجياً.",
        ("org:unsc", "agrees_with", "agreement"),
    ),
    (
        "agreement-relative",
        "en",
        "The truce the Sudanese army and the Rapid Support Forces signed last week broke down within hours.",
        ("group:rsf", "agrees_with", "agreement"),
    ),
    (
        "relative-masdar",
        "ar",
        "واستثنت الهدنة حركة الشباب، التي تواصل الطائرات الأمريكية قصفها.",
        ("state:usa", "fights", "group:al-shabaab"),
    ),
    (
        "sided-against",
        "en",
        "Eritrea sided with Ethiopia against the Tigray People's Liberation Front in 2020.",
        ("state:eri", "opposes", "*"),
    ),
    (
        "attack-relative-agent",
        "ar",
        "ونددت البحرين بالغارات الإسرائيلية التي استهدفت مواقع لحركة حماس في غزة.",
        ("state:isr", "fights", "group:hamas"),
    ),
]


CASES += [
    (
        "verb-object",
        "en",
        "Somalia has been locked in a dispute with Kenya over their maritime border since 2014.",
        ("state:som", "opposes", "state:ken"),
    ),
    ("verb-object", "en", "Serbia is feuding with Kosovo over vehicle licence plates.", ("state:srb", "opposes", "*")),
    (
        "verb-object",
        "en",
        "Armenia and Azerbaijan managed to reach a ceasefire deal in Moscow.",
        ("state:arm", "agrees_with", "agreement"),
    ),
    (
        "subject-verb",
        "ar",
        "وذكرت الوزارة أن الوزير اليوناني جيورجوس جيرابيتريتيس التقى نظيره التركي هاكان فيدان في أثينا.",
        ("*", "meets", "person:hakan-fidan"),
    ),
    (
        "told-in-call",
        "en",
        "Kenyan President William Ruto discussed the Sudan war with Uganda's Yoweri Museveni in a phone call.",
        ("person:william-ruto", "phones", "person:yoweri-museveni"),
    ),
    (
        "call-after-object",
        "ar",
        "بحث الرئيس الكيني وليام روتو الوضع في السودان، مع نظيره الأوغندي يوويري موسيفيني، وذلك في اتصال هاتفي.",
        ("person:william-ruto", "phones", "person:yoweri-museveni"),
    ),
    (
        "supported-by",
        "ar",
        "وهاجمت حركة إم 23 المدعومة من قبل رواندا مواقع الجيش الكونغولي قرب غوما.",
        ("state:rwa", "supports", "group:m23"),
    ),
]
BLOCKS += [
    (
        "verb-object",
        "ar",
        "وأكد الرئيس الكيني على أهمية التوصل إلى اتفاق لوقف إطلاق النار في السودان.",
        ("*", "agrees_with", "*"),
    ),
    (
        "agreement-between",
        "ar",
        "وشددت الإمارات على ضرورة التوصل إلى اتفاق بين الجيش السوداني وقوات الدعم السريع.",
        ("group:rsf", "agrees_with", "*"),
    ),
    (
        "and-verb",
        "en",
        "Kenyan President William Ruto met Abiy Ahmed in Nairobi. He said Kenya would host the talks once Sudan and "
        "South Sudan reach a deal and praised the African Union.",
        ("state:sdn", "states", "org:african-union"),
    ),
    (
        "mutual",
        "ar",
        "وصل وفد سعودي إلى العاصمة اليمنية صنعاء. وقالت السعودية إن المحادثات مثمرة. وتتواصل الحرب في اليمن منذ "
        "سنوات، وتتبادل الحكومة والحوثيون الاتهامات بعرقلة الهدنة.",
        ("state:sau", "opposes", "group:houthis"),
    ),
    ("retype", "en", "Qatar offered to mediate between Rwanda and DR Congo.", ("state:rwa", "negotiates_with", "*")),
    ("retype", "ar", "وعرضت قطر التوسط بين رواندا والكونغو الديمقراطية.", ("state:qat", "negotiates_with", "*")),
    (
        "verb-object",
        "en",
        "Kenya and Ethiopia held talks in Nairobi to reach a truce in Tigray.",
        ("state:ken", "agrees_with", "*"),
    ),
    (
        "candidates",
        "ar",
        "وقصفت جماعة الحوثي المدعومة من قبل إيران مواقع القوات الحكومية اليمنية في مأرب.",
        ("group:houthis", "fights", "state:irn"),
    ),
    (
        "candidates",
        "en",
        "The Polisario Front, who joined Algeria in denouncing the raids, attacked Morocco on Sunday.",
        ("state:dza", "opposes", "state:mar"),
    ),
]


@pytest.mark.parametrize("name,lang,text,want", CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_construction_finds_its_relation(name, lang, text, want):
    ex = extract_text(text, lang=lang, date_="2023-05-10")
    kinds = {e.id: e.kind for e in ex.entities}
    hits = [r for r in ex.relations if _fits(r, want, kinds)]
    assert hits, [(r.source, r.type, r.target, r.method) for r in ex.relations]
    assert any(name in r.method.split("+") for r in hits), [r.method for r in hits]


@pytest.mark.parametrize("name,lang,text,unwanted", BLOCKS, ids=[f"{b[0]}-{b[1]}" for b in BLOCKS])
def test_construction_keeps_a_wrong_relation_out(name, lang, text, unwanted):
    ex = extract_text(text, lang=lang, date_="2023-05-10")
    kinds = {e.id: e.kind for e in ex.entities}
    assert not [(r.source, r.type, r.target) for r in ex.relations if _fits(r, unwanted, kinds)]


def test_every_registered_construction_has_a_fixture():
    tested = {c[0] for c in CASES} | {b[0] for b in BLOCKS} | {"candidates", "relative-object"}
    registered = {name for phase in REGISTRY.values() for name, _ in phase}
    assert registered - tested == set()


def test_lexicons_enable_only_registered_constructions():
    registered = {name for phase, items in REGISTRY.items() if phase not in ALWAYS for name, _ in items}
    root = Path(__file__).resolve().parents[2] / "explorer" / "lexicon"
    for lang in ("ar", "en"):
        listed = set(yaml.safe_load((root / f"{lang}.yaml").read_text(encoding="utf-8"))["constructions"])
        assert listed <= registered, (lang, listed - registered)


def test_relative_object_and_quoted_coordination():
    text = (
        "وقّعت حكومة جمهورية الكونغو الديمقراطية وحركة «إم 23» المتمردة إعلان مبادئ في الدوحة. "
        "وكانت الحركة، التي تتهمها كينشاسا والأمم المتحدة بالتصعيد، قد سيطرت على مدينة غوما."
    )
    rels = {(r.source, r.type, r.target, r.method) for r in extract_text(text, lang="ar", date_="2025-07-20").relations}
    assert any(s == "group:m23" and t == "agrees_with" for s, t, _, _ in rels), rels
    assert ("org:un", "opposes", "group:m23", "relative-object") in rels
    assert not [r for r in rels if r[0] == "group:m23" and r[1] == "opposes"]
