"""Issue 9: constructions of unseen news that depend on the article's date, on who "the two sides" are or on
who the parties of an agreement are, each written here as new sentences of our own. A target ending in *
matches any id with that prefix."""

import pytest

from explorer.extract.pipeline import extract_text
from tests.extract.shapes import check_relations

WAGNER = "Congo's Therese Kayikwamba Wagner signed the accord on Friday. Kayikwamba Wagner said the deal must hold."
NATIONALS = (
    "بدأ تبادل الأسرى بين الحكومة اليمنية وجماعة الحوثي. وتشمل الصفقة الإفراج عن 900 محتجز، بينهم سعوديون "
    "وسودانيون. وكان الطرفان قد توصلا إلى الاتفاق في سويسرا."
)
BORDER_DEAL = "Sudan and South Sudan signed a border deal in Addis Ababa."
RESOLUTION_2046 = (
    "The Security Council adopted resolution 2046 on Wednesday. The text endorses a road map drawn up by the "
    "African Union and orders both armies to pull back from the border, halt air raids across it and stop "
    "backing rebels on the other side, and it threatens both governments with sanctions if they fail to "
    "comply within the deadlines it sets for the withdrawal and for a return to negotiations under African "
    "Union mediation. Russia and China, which have close ties with Khartoum, voted in favour after days of talks."
)

PLUPERFECT = (
    "وقال الرئيس اليمني رشاد العليمي إن الحكومة مستعدة للحوار. وكان المبعوث الأممي هانس غروندبرغ، الدبلوماسي "
    "السويدي، قد زار صنعاء الشهر الماضي، حيث التقى مهدي المشاط وعرض عليه الخطة التي أعدها بالتنسيق مع وزير "
    "الخارجية العماني بدر البوسعيدي."
)

# (name, lang, date, text, relations that must be found, relations that must not be)
CASES = [
    # who is a party to an agreement, in the ways news names the parties
    (
        "the foreign ministers of A and B signed: the ministers, and the states their plural title names",
        "en",
        "2022-06-27",
        "The foreign ministers of Egypt and Sudan signed a water agreement in Cairo on Friday.",
        [("state:egy", "agrees_with", "agr:*"), ("state:sdn", "agrees_with", "agr:*"), ("person:sameh*", "*", "agr:*")],
        [],
    ),
    (
        "«وقّع وزيرا خارجية A وB اتفاقاً»: the dual title names both states",
        "ar",
        "2022-06-27",
        "ووقّع وزيرا خارجية مصر والسودان أمس في القاهرة اتفاقاً لتقاسم مياه النهر.",
        [("state:egy", "agrees_with", "agr:*"), ("state:sdn", "agrees_with", "agr:*")],
        [],
    ),
    (
        "one titled minister who signs is a party himself, his state is not made one by the title",
        "en",
        "2022-06-27",
        "Egyptian Foreign Minister Sameh Shoukry signed a water agreement in Cairo on Friday.",
        [("person:sameh-shoukry", "agrees_with", "agr:*")],
        [("state:egy", "agrees_with", "*")],
    ),
    (
        "«اتفاق سلام بين A وB»: the words saying what kind of agreement stand between it and 'between'",
        "ar",
        "2019-11-05",
        "وجرى أمس توقيع اتفاق سلام بين الحكومة اليمنية والمجلس الانتقالي الجنوبي في العاصمة السعودية.",
        [("state:yem", "agrees_with", "agr:*"), ("org:stc", "agrees_with", "agr:*")],
        [],
    ),
    (
        "«اتفاقية تعاون أمني بين A وB»: two such words",
        "ar",
        "2019-11-05",
        "وأشار إلى اتفاقية تعاون أمني بين الحكومة اليمنية والمجلس الانتقالي الجنوبي وقعت قبل أسبوع.",
        [("state:yem", "agrees_with", "agr:*"), ("org:stc", "agrees_with", "agr:*")],
        [],
    ),
    (
        "«أعلنت A وB اتفاقهما على …»: 'their agreeing on' the terms of the agreement the article reports",
        "ar",
        "2023-03-10",
        "وأعلنت السعودية وإيران من بكين اتفاقهما على إعادة فتح السفارتين خلال شهرين. وجاء الاتفاق بعد مباحثات طويلة.",
        [("state:sau", "agrees_with", "agr:saudi-iran-beijing-2023"), ("state:irn", "agrees_with", "agr:*")],
        [],
    ),
    (
        "'the statement, signed by A and B': a statement that is signed is the agreement named before",
        "en",
        "2020-11-10",
        "Moscow said Russia, Armenia and Azerbaijan had reached a deal to halt the fighting. The statement, signed "
        "overnight by Russian President Vladimir Putin and Azerbaijani President Ilham Aliyev, took effect.",
        [("person:vladimir-putin", "agrees_with", "agr:karabakh*"), ("person:ilham-aliyev", "agrees_with", "agr:k*")],
        [],
    ),
    (
        "«ووقّع البيان عن الجانب A فلان»: the signed statement is the agreement named before; one said is not",
        "ar",
        "2023-03-10",
        "توصلت السعودية وإيران إلى اتفاق في بكين. ووقّع البيان عن الجانب الإيراني علي شمخاني. "
        "وقال البيان إن الطرفين سيعيدان فتح السفارتين.",
        [("person:ali-shamkhani", "agrees_with", "agr:saudi-iran-beijing-2023")],
        [("*", "states", "agr:*")],
    ),
    (
        "«شهدت X توقيع A وB على الاتفاق»: the host signs nothing, the signing noun's own agents signed",
        "ar",
        "2019-11-05",
        "واستضافت العاصمة السعودية أمس توقيع الحكومة اليمنية والمجلس الانتقالي الجنوبي على اتفاق الرياض.",
        [("state:yem", "agrees_with", "agr:riyadh-agreement-2019"), ("org:stc", "agrees_with", "agr:*")],
        [("state:sau", "agrees_with", "*")],
    ),
    (
        "«رحّبت X بتوقيع A على الاتفاق»: the welcomer backs it, A signed it",
        "ar",
        "2019-11-05",
        "ورحّبت الكويت بتوقيع المجلس الانتقالي الجنوبي على اتفاق الرياض.",
        [("org:stc", "agrees_with", "agr:riyadh-agreement-2019")],
        [("state:kwt", "agrees_with", "*")],
    ),
    (
        "«أعلنت X موافقتها على الاتفاق»: the noun with its pronoun before the ta of its ending",
        "ar",
        "2019-11-05",
        "وأعلنت الحكومة اليمنية مساء أمس موافقتها على اتفاق الرياض.",
        [("state:yem", "agrees_with", "agr:riyadh-agreement-2019")],
        [],
    ),
    (
        "«ووقّع الاتفاق، في مراسم …، عن A فلان، إلى جانب B، وC»: past the aside; the bodies along with him signed",
        "ar",
        "2019-11-05",
        "ووقّع الاتفاق، في مراسم رسمية، عن الحكومة اليمنية معين عبد الملك، إلى جانب المجلس الانتقالي الجنوبي، "
        "وحزب الإصلاح.",
        [("person:maeen-abdulmalik", "agrees_with", "agr:*"), ("org:stc", "*", "agr:*"), ("org:islah", "*", "agr:*")],
        [],
    ),
    (
        "«ووقّع الميثاق …»: a charter signed right there is the one named before",
        "ar",
        "2019-11-05",
        "وقّعت الحكومة اليمنية والمجلس الانتقالي الجنوبي اتفاق الرياض أمس. ووقّع الميثاق عن المجلس الانتقالي "
        "عيدروس الزبيدي.",
        [("person:aidarous-al-zubaidi", "agrees_with", "agr:riyadh-agreement-2019")],
        [],
    ),
    (
        "«وقّعت A في مطلع الشهر مع B مذكرة»: the partner after 'with', past a time phrase, signed too",
        "ar",
        "2024-01-05",
        "ووقّعت إثيوبيا في مطلع الشهر الجاري مع أرض الصومال مذكرة تفاهم تمنحها منفذاً على البحر.",
        [("state:eth", "agrees_with", "agr:*"), ("org:somaliland", "agrees_with", "agr:*")],
        [],
    ),
    (
        "«المذكرة التي وقّعتها A في مطلع الشهر مع B»: likewise in a relative clause",
        "ar",
        "2024-01-05",
        "واحتجت الصومال على المذكرة التي وقّعتها إثيوبيا في مطلع الشهر الجاري مع أرض الصومال.",
        [("org:somaliland", "agrees_with", "agr:*")],
        [],
    ),
    (
        "'signed X, with C as mediator': the mediator signs nothing",
        "en",
        "2019-11-05",
        "The Yemeni government and the Southern Transitional Council signed the Riyadh Agreement, with Kuwait as "
        "mediator.",
        [("state:yem", "agrees_with", "agr:riyadh-agreement-2019")],
        [("state:kwt", "agrees_with", "*")],
    ),
    (
        "'Under the deal, A will …' / «وبموجب الهدنة، تسحب A …»: a side bound by its terms is a party to it",
        "ar",
        "2024-11-27",
        "دخلت الهدنة حيز التنفيذ اليوم. وبموجب الهدنة، تسحب إسرائيل قواتها من جنوب لبنان خلال شهرين.",
        [("state:isr", "agrees_with", "agr:israel-lebanon-ceasefire-2024")],
        [],
    ),
    (
        "'Under the deal, A will …' in English",
        "en",
        "2024-11-27",
        "The ceasefire took effect on Wednesday. Under the deal, Israel will pull its troops out of southern Lebanon.",
        [("state:isr", "agrees_with", "agr:israel-lebanon-ceasefire-2024")],
        [],
    ),
    (
        "under a resolution, or according to a communique, a state is only referred to",
        "en",
        "2015-12-20",
        "The Security Council adopted resolution 2254 on Friday. Under the resolution, Syria will hold elections "
        "within 18 months. According to the text, Iran is to stay out.",
        [("state:syr", "references", "agr:unscr-2254")],
        [("state:syr", "agrees_with", "*"), ("state:irn", "agrees_with", "*")],
    ),
    (
        "«وقّع وفدا A وB، أمس في جنيف، اتفاقاً»: the delegations' bodies signed, past an aside of time and place",
        "ar",
        "2023-05-19",
        "ووقّع وفدا الجيش السوداني وقوات الدعم السريع، اليوم الجمعة في مدينة جدة، اتفاقاً لوقف إطلاق النار قصير الأمد.",
        [("org:saf", "agrees_with", "agr:*"), ("group:rsf", "agrees_with", "agr:*")],
        [],
    ),
    (
        "'the two sides' after 'the Yemeni government and the Houthis': a government named by its demonym is a side",
        "en",
        "2022-04-02",
        "Clashes went on between the Yemeni government and the Houthis. The UN envoy, Hans Grundberg, said the two "
        "sides had agreed to a two-month truce.",
        [("state:yem", "agrees_with", "agr:*"), ("group:houthis", "agrees_with", "agr:*")],
        [("person:hans-grundberg", "agrees_with", "*")],
    ),
    (
        "'A and B agreed to a deal brokered by C': 'by' is the deal's broker, the verb's subjects still agreed",
        "en",
        "2019-11-05",
        "The Yemeni government and the Southern Transitional Council agreed to a deal brokered by Kuwait and Oman.",
        [("state:yem", "agrees_with", "agr:*"), ("org:stc", "agrees_with", "agr:*")],
        [("state:kwt", "agrees_with", "*")],
    ),
    (
        "«وأكد فلان التزام A بالاتفاق»: «التزام» is no noun with the article, A its genitive agent",
        "ar",
        "2019-11-05",
        "وأكد وزير الخارجية اليمني في مؤتمر صحفي التزام الحكومة اليمنية باتفاق الرياض.",
        [("state:yem", "agrees_with", "agr:riyadh-agreement-2019")],
        [],
    ),
    (
        "«أعلن A التزامه الكامل ببنود الاتفاق»: his own commitment, not one he announces for others",
        "ar",
        "2019-11-05",
        "وأعلن المجلس الانتقالي الجنوبي مساء أمس التزامه الكامل ببنود اتفاق الرياض.",
        [("org:stc", "agrees_with", "agr:riyadh-agreement-2019")],
        [],
    ),
    (
        "«وقّعت A على الاتفاق إلى جانب B»: B signed beside A",
        "ar",
        "2019-11-05",
        "ووقّعت الحكومة اليمنية على اتفاق الرياض إلى جانب المجلس الانتقالي الجنوبي.",
        [("state:yem", "agrees_with", "agr:*"), ("org:stc", "agrees_with", "agr:riyadh-agreement-2019")],
        [],
    ),
    (
        "«اتفقت A وB في الرياض على …»: the terms past a place phrase, of the agreement named after",
        "ar",
        "2019-11-05",
        "واتفقت الحكومة اليمنية والمجلس الانتقالي الجنوبي في الرياض على تقاسم الحقائب. وقال مسؤول إن الاتفاق نهائي.",
        [("state:yem", "agrees_with", "agr:riyadh-agreement-2019"), ("org:stc", "agrees_with", "agr:*")],
        [],
    ),
    (
        "'the truce that A and B signed last week': the relative clause's verb acts on the agreement before it",
        "en",
        "2023-05-20",
        "The truce that the Sudanese army and the Rapid Support Forces signed last week broke down within hours.",
        [("org:saf", "agrees_with", "agr:*"), ("group:rsf", "agrees_with", "agr:*")],
        [],
    ),
    (
        "«هدنة توصل إليها A وB»: an Arabic indefinite antecedent, the verb's object a pronoun",
        "ar",
        "2023-05-20",
        "وانهارت هدنة توصل إليها الجيش السوداني وقوات الدعم السريع قبل أيام.",
        [("org:saf", "agrees_with", "agr:*"), ("group:rsf", "agrees_with", "agr:*")],
        [],
    ),
    (
        "'A announced a truce with B', «أعلن A هدنة مع B», 'A's truce with B': the owner and the partner are sides",
        "en",
        "2023-05-20",
        "The Sudanese army announced a week-long truce with the Rapid Support Forces. Chad's ceasefire with the "
        "Rapid Support Forces held.",
        [("org:saf", "agrees_with", "agr:*"), ("group:rsf", "agrees_with", "agr:*"), ("state:tcd", "*", "agr:*")],
        [],
    ),
    (
        "«أعلن A هدنة مع B»",
        "ar",
        "2023-05-20",
        "وأعلن الجيش السوداني مساء السبت هدنة مع قوات الدعم السريع لمدة أسبوع.",
        [("org:saf", "agrees_with", "agr:*"), ("group:rsf", "agrees_with", "agr:*")],
        [],
    ),
    (
        "'a truce was agreed between A and B': past the auxiliary to the participle and 'between'",
        "en",
        "2023-05-20",
        "A truce was finally agreed between the Sudanese army and the Rapid Support Forces on Saturday.",
        [("org:saf", "agrees_with", "agr:*"), ("group:rsf", "agrees_with", "agr:*")],
        [],
    ),
    (
        "'A wants a deal with B': no owner that declares or holds it, no sides",
        "en",
        "2023-05-20",
        "The Sudanese army wants a truce with the Rapid Support Forces before the rainy season.",
        [],
        [("group:rsf", "agrees_with", "*")],
    ),
    (
        "a bare «القرار» shortly after a resolution is that resolution; «القرار الأميركي» is a decision",
        "ar",
        "2015-07-22",
        "وتبنى مجلس الأمن بالإجماع القرار 2231 يوم الاثنين. وبعد يومين أقرت الحكومة الإيرانية القرار، فيما انتقدت "
        "إسرائيل القرار الأميركي بدعمه.",
        [("state:irn", "agrees_with", "agr:unscr-2231")],
        [("state:isr", "*", "agr:*")],
    ),
    (
        "«القرار، الذي صاغته A وتبناه B»: the second verb of the relative clause adopts the antecedent",
        "ar",
        "2015-07-22",
        "ويرفع القرار 2231، الذي صاغته الولايات المتحدة وتبناه مجلس الأمن بالإجماع، العقوبات تدريجياً.",
        [("org:unsc", "agrees_with", "agr:unscr-2231")],
        [("state:usa", "supports", "org:unsc")],
    ),
    (
        "«A وB، الطرفان الموقعان على X»: the signatories an apposition names",
        "ar",
        "2019-11-05",
        "واجتمعت في عدن الحكومة اليمنية والمجلس الانتقالي الجنوبي، الطرفان الموقعان على اتفاق الرياض، أمس.",
        [("state:yem", "agrees_with", "agr:riyadh-agreement-2019"), ("org:stc", "agrees_with", "agr:*")],
        [],
    ),
    (
        "'Signatories to X include A and B'",
        "en",
        "2019-11-05",
        "Signatories to the Riyadh Agreement include the Yemeni government and the Southern Transitional Council.",
        [("state:yem", "agrees_with", "agr:riyadh-agreement-2019"), ("org:stc", "agrees_with", "agr:*")],
        [],
    ),
    (
        "'A and B had extended the truce': renewing or extending an agreement is being party to it; support is not",
        "en",
        "2022-06-02",
        "The UN envoy said the Yemeni government and the Houthis had extended the truce by two months. Iran "
        "extended its support to the Houthis.",
        [("state:yem", "agrees_with", "agr:*"), ("group:houthis", "agrees_with", "agr:*")],
        [("state:irn", "agrees_with", "*")],
    ),
    (
        "'the statement said' is no agreement",
        "en",
        "2020-11-10",
        "Russia, Armenia and Azerbaijan reached a deal to halt the fighting. The statement said prisoners would be "
        "exchanged, Russian President Vladimir Putin told reporters.",
        [],
        [("person:vladimir-putin", "agrees_with", "*")],
    ),
    (
        "two words of a full name named before are the person, not the one-word alias of a group they end with",
        "en",
        "2025-06-27",
        WAGNER,
        [("person:*", "states", "agr:*")],
        [("group:wagner*", "*", "*")],
    ),
    (
        "of two known agreements that fit as well, the one signed that week is the one the article reports",
        "en",
        "2020-11-10",
        "MOSCOW, Nov 10 - Armenia, Azerbaijan and Russia signed a deal to end the fighting over Nagorno-Karabakh.",
        [("state:arm", "agrees_with", "agr:karabakh-trilateral-statement-2020")],
        [],
    ),
    (
        "an agreement dated by an earlier month after its noun is background: 'the deal' is still the article's",
        "en",
        "2025-06-27",
        "Congo and Rwanda signed a peace agreement in Washington on Friday. It builds on a declaration of "
        "principles the two sides signed in April. Olivier Nduhungirehe said the deal would hold.",
        [("person:olivier-nduhungirehe", "states", "agr:washington-drc-rwanda-2025")],
        [],
    ),
    (
        "«وكان X قد» + a past verb is 'had done', a pluperfect, not 'may'",
        "ar",
        "2023-04-14",
        "أعلنت الحكومة اليمنية وجماعة الحوثي اتفاقاً لتبادل الأسرى. وكان الطرفان قد توصلا إلى الاتفاق في سويسرا.",
        [("group:houthis", "agrees_with", "agr:*")],
        [],
    ),
    (
        "«وكانت X قد وقعت» is a pluperfect too",
        "ar",
        "2023-04-14",
        "وكانت الحكومة السودانية قد وقعت اتفاق سلام مع الحركة الشعبية في نيفاشا.",
        [("*", "agrees_with", "agr:*")],
        [],
    ),
    (
        "«قد» before a present verb is still 'may'",
        "ar",
        "2023-04-14",
        "وقال مسؤولون إن الطرفين قد يتوصلان إلى اتفاق الأسبوع المقبل.",
        [],
        [("*", "agrees_with", "*")],
    ),
    (
        "nationals named by demonyms are no pair 'the two sides' can stand for",
        "ar",
        "2023-04-14",
        NATIONALS,
        [("group:houthis", "agrees_with", "agr:*")],
        [("state:sdn", "agrees_with", "*")],
    ),
    *(
        (
            "a noun standing for the agreement just reached, or 'it', welcomed or hailed: backing the agreement",
            lang,
            "2012-09-27",
            text,
            [("state:ken", "supports", "agr:*")],
            [],
        )
        for lang, text in (
            ("en", f"{BORDER_DEAL} Kenya welcomed the outcome of the talks."),
            ("en", f"{BORDER_DEAL} Kenya hailed it as a step toward peace."),
            ("ar", "وقع السودان وجنوب السودان اتفاقاً حدودياً في أديس أبابا. ورحبت كينيا بالإعلان."),
        )
    ),
    (
        "welcoming the announcement of an actor is not welcoming the agreement",
        "en",
        "2012-09-27",
        f"{BORDER_DEAL} Kenya welcomed the announcement of Egypt.",
        [],
        [("state:ken", "supports", "agr:*")],
    ),
    (
        "a vote in favour approves the resolution named earlier, not the road map it endorses",
        "en",
        "2012-05-02",
        RESOLUTION_2046,
        [("state:rus", "agrees_with", "agr:unscr-2046"), ("state:chn", "agrees_with", "agr:unscr-2046")],
        [("state:rus", "supports", "*"), ("state:chn", "supports", "*")],
    ),
    *(
        ("a requested meeting is not held", "en", "2024-01-12", text, [], [("*", "meets", "*")])
        for text in (
            "Russia requested an emergency meeting of the Security Council.",
            "Britain requests a meeting with Iran.",
        )
    ),
    (
        "a capital standing for the speaker's own state is his side, not his topic",
        "en",
        "2022-07-22",
        "US Secretary of State Antony Blinken said Washington would hold Russia accountable.",
        [("person:antony-blinken", "states", "state:rus")],
        [("person:antony-blinken", "states", "state:usa")],
    ),
    (
        "a capital standing for the speaker's own state is his side (a discovered speaker)",
        "en",
        "2022-07-22",
        "Kenyan Foreign Minister Raychelle Omamo said Nairobi would keep its troops in Somalia.",
        [],
        [("person:*", "states", "state:ken")],
    ),
    (
        "the subject after «كان» holds across an aside before «قد»",
        "ar",
        "2023-05-10",
        PLUPERFECT,
        [("person:hans-grundberg", "visits", "place:capital-yem")],
        [("person:rashad-al-alimi", "visits", "*")],
    ),
    (
        "a name in a relative clause after the one met is not met",
        "ar",
        "2023-05-10",
        PLUPERFECT,
        [("person:hans-grundberg", "meets", "person:mahdi-al-mashat")],
        [("person:badr-albusaidi", "meets", "*"), ("*", "meets", "person:badr-albusaidi")],
    ),
    (
        "the leaders of listed states agreeing make the states parties",
        "en",
        "2021-06-27",
        "The leaders of Egypt, Jordan and Iraq agreed on Sunday on a plan to link their power grids.",
        [("state:egy", "agrees_with", "*"), ("state:jor", "agrees_with", "*"), ("state:irq", "agrees_with", "*")],
        [("person:*", "agrees_with", "*")],
    ),
    *(
        (
            "condemning what stands for the agreement opposes it; a quoted movement is the subject",
            lang,
            "2020-09-16",
            text,
            [("group:hamas", "opposes", "agr:*")],
            [("*", "*", "group:*"), ("state:*", "opposes", "*")],
        )
        for lang, text in (
            ("ar", "وقعت الإمارات وإسرائيل اتفاق سلام في واشنطن. كما نددت حركة «حماس» بالخطوة."),
            ("en", "The UAE and Israel signed a peace deal in Washington on Tuesday. Hamas condemned the move."),
        )
    ),
    (
        "'they' after one person and a plural object are the object",
        "en",
        "2025-08-08",
        "Trump hosted the leaders of Armenia and Azerbaijan in Washington, where they signed a joint declaration.",
        [("state:arm", "agrees_with", "*"), ("state:aze", "agrees_with", "*")],
        [("person:donald-trump", "agrees_with", "*")],
    ),
    (
        "a quoted movement after «و» and its head noun is the second party of a ceasefire between",
        "ar",
        "2022-08-07",
        "دخل وقف إطلاق النار بين إسرائيل وحركة «الجهاد الإسلامي» حيّز التنفيذ مساء الأحد بعد ثلاثة أيام من القتال.",
        [("state:isr", "agrees_with", "*"), ("group:*", "agrees_with", "*")],
        [],
    ),
    (
        "a commitment to it («التزامه بها») after a welcome makes the welcomer a party",
        "ar",
        "2023-05-21",
        "أعلنت الأمم المتحدة هدنة في السودان لمدة أسبوع. ورحّب الجيش السوداني بالهدنة وأكد التزامه بها.",
        [("org:saf", "agrees_with", "agr:*")],
        [],
    ),
    (
        "an approval of it by a body after the noun makes the body a party",
        "ar",
        "2024-11-27",
        "توصلت إسرائيل ولبنان إلى اتفاق لوقف إطلاق النار. "
        "وجاء الإعلان بعد ساعات من موافقة مجلس الوزراء الإسرائيلي عليه.",
        [("org:*", "agrees_with", "agr:*")],
        [],
    ),
    (
        "where an event was announced from is not its agent",
        "en",
        "2024-11-27",
        "Israel and Lebanon reached a ceasefire. Biden announced the signing of the agreement from the White House.",
        [],
        [("org:white-house", "*", "*")],
    ),
    (
        "the sponsors named in a relative clause are not the two sides",
        "ar",
        "2023-05-12",
        "وقّع الجيش السوداني وقوات الدعم السريع اتفاقاً في جدة، بعد المحادثات التي ترعاها السعودية والولايات "
        "المتحدة، في أول وثيقة يتفق عليها الطرفان منذ بدء الحرب.",
        [],
        [("state:sau", "agrees_with", "*"), ("state:usa", "agrees_with", "*")],
    ),
    (
        "attending the signing is not signing",
        "en",
        "2025-06-27",
        "Congo and Rwanda signed a peace agreement in Washington on Friday. "
        "Qatar's Minister of State Mohammed Al-Khulaifi attended Friday's signing.",
        [("state:rwa", "agrees_with", "*")],
        [("person:mohammed-al-khulaifi", "agrees_with", "*")],
    ),
    (
        "struck a count of a side's targets is an attack, no deal between the strikers",
        "en",
        "2024-09-22",
        "Israeli and American jets struck more than twenty Hezbollah positions in southern Lebanon on Sunday.",
        [("state:isr", "fights", "group:hezbollah")],
        [("*", "agrees_with", "*")],
    ),
    (
        "an actor's forces which fought fight; their ally is no enemy",
        "en",
        "2017-09-25",
        "Kurdish Peshmerga forces, which fought Islamic State alongside Iraqi troops, now hold the city of Kirkuk.",
        [("group:peshmerga", "fights", "group:isis")],
        [("*", "fights", "org:iraqi-army")],
    ),
    (
        "'the warring parties' in the lead, with no pair before, are the first two named together after",
        "en",
        "2022-04-01",
        "Sudan's long war may be nearing a pause. The warring parties agreed on Friday to a week-long ceasefire. "
        "Mediators said the Sudanese army and the Rapid Support Forces would meet again in Jeddah.",
        [("org:saf", "agrees_with", "agr:*"), ("group:rsf", "agrees_with", "agr:*")],
        [],
    ),
    (
        "a demonym before a noun and 'and' is not the second verb's subject",
        "en",
        "2022-10-12",
        "Ethiopia has denied shelling Eritrean towns and accused Asmara of arming the rebels.",
        [("state:eth", "opposes", "state:eri")],
        [("state:eri", "*", "*")],
    ),
    (
        "«من الطرفين … وكان الطرفان»: the later collective stands for the sides the earlier one stood for",
        "ar",
        "2022-12-10",
        "بدأت اللجنة الدولية للصليب الأحمر تنفيذ عملية لتبادل الأسرى بين الحكومة الإثيوبية وجبهة تحرير تيغراي. "
        "وتشمل العملية، التي تستمر أربعة أيام متتالية، الإفراج عن نحو 600 أسير من الطرفين، بينهم إريتريون "
        "وصوماليون قاتلوا إلى جانب القوات الحكومية، على أن تنقل الطائرات أيضا أسرى بين ميكيلي وأديس أبابا وبين "
        "بحر دار ومدينة غوندار الواقعة في شمال البلاد، وأن تتولى فرق طبية مرافقة المرضى والجرحى منهم حتى "
        "وصولهم إلى ذويهم في قراهم. وكان الطرفان قد توصلا إلى الاتفاق الشهر الماضي في نيروبي.",
        [("state:eth", "agrees_with", "agr:*"), ("group:tplf", "agrees_with", "agr:*")],
        [("state:eri", "agrees_with", "*"), ("state:som", "agrees_with", "*")],
    ),
    (
        "«وساطة قادها المبعوث X والمبعوث Y … وكان الطرفان»: the mediators are not the two sides",
        "ar",
        "2019-08-07",
        "وقّعت الحكومة الموزمبيقية وحركة رينامو اتفاق سلام في مابوتو. وجاء الاتفاق ثمرة وساطة قادها المبعوث "
        "السويسري ميرزاد جاكوب والمبعوث الأممي بيير بيكر. وكان الطرفان قد وقّعا على الاتفاق بالأحرف الأولى "
        "الشهر الماضي.",
        [("state:moz", "agrees_with", "agr:*")],
        [("person:*", "agrees_with", "agr:*")],
    ),
    (
        "«الأطراف الثلاثة» a long paragraph after the list of three that opened the article",
        "ar",
        "2023-06-15",
        "وقّعت كينيا وأوغندا وتنزانيا، اليوم الخميس في أروشا، اتفاقاً لإنشاء ممر تجاري مشترك يربط موانئ المحيط "
        "الهندي بمنطقة البحيرات العظمى. وقال وزير النقل الكيني في مؤتمر صحافي إن الممر سيخفض كلفة نقل البضائع "
        "بنحو الثلث، وإن العمل في المرحلة الأولى منه سيبدأ مطلع العام المقبل بتمويل من بنك التنمية الأفريقي "
        "وصناديق خليجية، على أن تستكمل الطرق والسكك الحديدية خلال خمس سنوات. وأضاف أن الحكومات ستشكل لجنة فنية "
        "لمتابعة التنفيذ وحل الخلافات التي قد تنشأ حول الرسوم الجمركية وإجراءات العبور على الحدود، مشيراً إلى "
        "أن دولاً أخرى في المنطقة أبدت رغبتها في الانضمام إلى المشروع في مرحلة لاحقة بعد استكمال الدراسات الفنية "
        "والمالية اللازمة. ويقول خبراء اقتصاديون إن المشروع قد يواجه صعوبات في التمويل بسبب ارتفاع الديون "
        "الخارجية للدول المعنية وتراجع قيمة عملاتها المحلية أمام الدولار خلال العامين الماضيين، لكنهم يرون أنه "
        "قد يفتح أسواقاً جديدة أمام المزارعين والتجار في المناطق الداخلية البعيدة عن الساحل. ووقّعت الأطراف "
        "الثلاثة كذلك مذكرة تفاهم في مجال الطاقة.",
        [("state:tza", "agrees_with", "agr:x-kenya-memorandum*")],
        [],
    ),
    (
        "«ووقّع الاتفاق عن A X، وعن B Y، إلى جانب TITLE Z»: Z signs beside them, a member of neither side",
        "ar",
        "2022-11-03",
        "وقّعت الحكومة الإثيوبية وجبهة تحرير تيغراي اتفاقاً لوقف الأعمال العدائية في بريتوريا. ووقّع الاتفاق عن "
        "الحكومة مستشار الأمن القومي رضوان حسين، وعن الجبهة المتحدث باسمها غيتاتشو رضا، إلى جانب الرئيس النيجيري "
        "الأسبق والممثل السامي للاتحاد الأفريقي في منطقة القرن الأفريقي أولوسيغون أوباسانجو.",
        [("person:olusegun-obasanjo", "agrees_with", "agr:*")],
        [("person:olusegun-obasanjo", "member_of", "group:tplf")],
    ),
    (
        "«الطرفان» after «A و«B»»: quotation marks around a name do not break the pair",
        "ar",
        "2023-06-15",
        "وقّع ممثلو الحكومة الكولومبية و«جيش التحرير الوطني»، مساء الخميس في هافانا، على «اتفاق وقف إطلاق النار "
        "الثنائي»، بعد أسابيع من المحادثات التي ترعاها كوبا والنرويج، في أول وثيقة يتفق عليها الطرفان منذ سنوات.",
        [("state:col", "agrees_with", "agr:*")],
        [("state:cub", "agrees_with", "*"), ("state:nor", "agrees_with", "*")],
    ),
    (
        "«ناقشها مع نظيره X خلال لقائهما»: the dual pronoun is the subject and the partner after «مع»",
        "ar",
        "2025-06-15",
        "وأعلن الجيش السوداني أنه سيواصل عملياته ضد «قوات الدعم السريع» و«الحركة الشعبية» في كردفان. وكان وزير "
        "الخارجية الروسي سيرغي لافروف قد بحث الأزمة في اتصال هاتفي مع نظيره الأميركي ماركو روبيو، كما ناقشها مع "
        "نظيره التركي هاكان فيدان خلال لقائهما في أنقرة.",
        [("person:sergei-lavrov", "meets", "person:hakan-fidan")],
        [("group:rsf", "meets", "*")],
    ),
]


@pytest.mark.parametrize("name,lang,day,text,wanted,unwanted", CASES, ids=[c[0] for c in CASES])
def test_news_construction(name, lang, day, text, wanted, unwanted):
    check_relations(extract_text(text, lang=lang, date_=day).relations, wanted, unwanted)


def test_the_text_of_a_treaty_is_the_treaty_not_the_agreement_named_before():
    text = (
        "Armenia and Azerbaijan signed a joint declaration at the White House on Friday. The two foreign ministers, "
        "Ararat Mirzoyan and Jeyhun Bayramov, initialled the text of a peace treaty the same day."
    )
    ex = extract_text(text, lang="en", date_="2025-08-08")
    names = {e["id"]: e["name"] for e in ex.to_json()["entities"]}
    mine = [r for r in ex.relations if r.source == "person:ararat-mirzoyan" and r.type == "agrees_with"]
    got = {names.get(r.target, r.target) for r in mine}
    assert got and all("treaty" in n.lower() for n in got), got


RESOLUTION_2216 = (
    "تبنى مجلس الأمن الدولي مساء الثلاثاء القرار 2216 بشأن اليمن. وقال السفير اليمني لدى الأمم المتحدة إن القرار "
    "يمثل انتصاراً للشرعية. وفي عدن، تواصلت المعارك العنيفة بين المسلحين الحوثيين والقوات الموالية للحكومة في "
    "أحياء المعلا وكريتر وخور مكسر، فيما شنت طائرات التحالف غارات على مواقع للمسلحين في صنعاء وتعز والحديدة، "
    "وقالت مصادر طبية إن عشرات المدنيين قتلوا وأصيب المئات خلال الأيام الثلاثة الماضية، وإن المستشفيات تعاني نقصاً "
    "حاداً في الأدوية والوقود. وناشدت منظمات الإغاثة الدولية جميع الأطراف السماح بدخول السفن المحملة بالمواد "
    "الغذائية إلى ميناء الحديدة، محذرة من أن ملايين اليمنيين باتوا على حافة المجاعة بعد أسابيع من القتال وانقطاع "
    "الطرق. ويفرض القرار، الذي أعده الأردن ودول الخليج وأقره مجلس الأمن بأغلبية 14 صوتاً، حظراً على توريد "
    "الأسلحة إلى الحوثيين، كما يطالب بتطبيق المبادرة الخليجية."
)


def test_a_bare_resolution_noun_goes_on_naming_the_resolution_and_it_is_the_subject():
    """«القرار» a paragraph after another bare «القرار» is still the resolution (its chain of bare mentions), and
    «كما يطالب» after «ويفرض القرار، الذي …» is the resolution's demand: no actor, not the relative clause's
    subject nor the last actor of the paragraph before, invokes the initiative."""
    ex = extract_text(RESOLUTION_2216, lang="ar", date_="2015-04-15")
    res = next(e for e in ex.to_json()["entities"] if e["id"] == "agr:unscr-2216")
    start = RESOLUTION_2216.index("ويفرض القرار") + len("ويفرض ")
    assert any(m["start"] == start for m in res["mentions"]), res["mentions"]
    assert not [r for r in ex.relations if r.target == "agr:gcc-initiative-2011"], ex.relations
