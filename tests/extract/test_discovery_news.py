"""People and bodies the knowledge base does not know, found from the shape of the sentence that names them, with
a clean span (benchmarks/discovery.py measures the same shapes at scale). Each sentence is written for the test,
news style, with invented names across several conflicts."""

import pytest

from explorer.extract import extract_text


def _mentions(lang: str, text: str, kinds: tuple[str, ...]) -> set[str]:
    ex = extract_text(text, lang=lang, date_="2024-03-05")
    return {m.text for e in ex.entities if e.kind in kinds for m in e.mentions}


def _people(lang: str, text: str) -> set[str]:
    return _mentions(lang, text, ("person",))


@pytest.mark.parametrize(
    "text, person",
    [
        # a title, the common noun of a body named before, and the name after the comma
        ("The spokesman for the movement, Adoum Mahamat Zene, denied the claim.", "Adoum Mahamat Zene"),
        ("The leader of the group, Gebremedhin Tekle Hailu, said the talks would resume.", "Gebremedhin Tekle Hailu"),
        # a hyphenated given name before the comma of an apposition
        ("Jean-Claude Mulamba Ilunga, a commander of the rebel forces, denied the killings in Ituri.",
         "Jean-Claude Mulamba Ilunga"),
        # "led by" and a name of no given name the knowledge base knows, ending its clause
        ("A delegation led by Tsegaye Abera Mulu arrived in Nairobi on Monday.", "Tsegaye Abera Mulu"),
        ("The talks, led by Artyom Vardanyan, resumed in Tbilisi.", "Artyom Vardanyan"),
        # a one-word name of a known person that is only the start of someone else's longer name
        ("Mubarak Ismail Omer said the fighters had withdrawn from Nyala.", "Mubarak Ismail Omer"),
    ],
)
def test_english_people(text, person):
    assert person in _people("en", text)


@pytest.mark.parametrize(
    "text, wrong",
    [
        ("Biden Administration officials met Saudi envoys in Riyadh on Tuesday.", "Biden Administration"),
        ('The corridor will be called the "Trump Route for International Peace" under the deal.', "Trump Route"),
        ("The Assad Regime rejected the proposal on Sunday.", "Assad Regime"),
    ],
)
def test_english_known_surname_before_other_words_stays_known(text, wrong):
    assert wrong not in _people("en", text)


def test_english_surname_keeps_its_particle():
    text = "The delegation was led by Faisal Hamid al-Zubaidi. Later al-Zubaidi said the talks in Basra had failed."
    assert {"Faisal Hamid al-Zubaidi", "al-Zubaidi"} <= _people("en", text)


@pytest.mark.parametrize(
    "text, person",
    [
        # a title and the common noun of the body the text named before, then the name
        ("وقال المتحدث باسم الحركة سليمان آدم عبكر إن القوات انسحبت من نيالا.", "سليمان آدم عبكر"),
        ("وأكد القيادي في الجبهة هاشم أبكر إدريس أن الوفد سيصل إلى جوبا.", "هاشم أبكر إدريس"),
        ("وقال عضو المكتب السياسي للحزب ماجد سعيد الحمادي إن الحزب يرفض الاتفاق.", "ماجد سعيد الحمادي"),
        ("وأعلن القائد الميداني في الحركة عبد الرحيم أبكر أن قواته دخلت المدينة.", "عبد الرحيم أبكر"),
        # a member of parliament
        ("وأكد النائب في البرلمان الصومالي عبدي حرسي فارح أن الجلسة تأجلت.", "عبدي حرسي فارح"),
        # a compound given name («الدين», «الله») does not end the name
        ("وقال الناطق باسم الجماعة نور الدين عمر بشير إن الهدنة صامدة.", "نور الدين عمر بشير"),
        # a last name opening with «و» before a preposition or a complementizer
        ("وقال المتحدث باسم الحركة عبد الله حسين وردي إن المقاتلين انسحبوا.", "عبد الله حسين وردي"),
        # a name opening the sentence, or after the verb's subject, before the comma of an apposition
        ("سالم عمر الدباغ، رئيس المجلس المحلي في تلعفر، قال إن الوضع صعب.", "سالم عمر الدباغ"),
        ("واعتقلت قوات الأمن ماهر حسن الطويل، أحد قادة الاحتجاجات، في البصرة.", "ماهر حسن الطويل"),
        # names of no given name the knowledge base knows, before the comma of an apposition
        ("تسفاي هايلو برهانو، رئيس المجلس المحلي في مقلي، قال إن الطريق مغلق.", "تسفاي هايلو برهانو"),
        ("واعتقلت الشرطة بوبكر سيسوكو تراوري، أحد قادة المعارضة، في باماكو.", "بوبكر سيسوكو تراوري"),
        # «ولد» is a particle inside a name, also after a definite word; «كال» opens a word inside a name
        ("وقال اللواء أحمد ولد داداه إن الجيش استعاد السيطرة.", "أحمد ولد داداه"),
        ("وقال المتحدث باسم الحزب محمد المختار ولد أحمد إن الحزب يقاطع الانتخابات.", "محمد المختار ولد أحمد"),
        ("والتقى العقيد جان كلود كالومبا وفدا من البعثة الأممية.", "جان كلود كالومبا"),
        # «علي» spelled with «ي» inside a name is Ali (the text writes the preposition «على» with «ى»)
        ("وقال المتحدث باسم الحركة صالح علي دوكا إن المقاتلين انسحبوا إلى الشمال.", "صالح علي دوكا"),
        # a name after a verb of relation, closed by a preposition
        ("ووصل يوسف إبراهيم شريف إلى نيروبي على رأس وفد الحركة.", "يوسف إبراهيم شريف"),
        ("واستقبل إسماعيل حامد كوكو في الفاشر وفدا من الأمم المتحدة.", "إسماعيل حامد كوكو"),
    ],
)
def test_arabic_people(text, person):
    assert person in _people("ar", text)


@pytest.mark.parametrize(
    "text, wrong",
    [
        ("ودعا صالح الحكومة إلى وقف القصف.", "صالح الحكومة"),
        ("أكد محمد علي وقال إن المحادثات مستمرة.", "محمد علي وقال"),
        ("التقى كريم حداد وسامي في عمان.", "كريم حداد وسامي"),
        ("وأكد محمد علي ضرورة وقف إطلاق النار إلى حين.", "محمد علي ضرورة"),
        ("والتقى المبعوث الأممي علي هامش القمة بوزير الخارجية.", "علي هامش"),
        ("وقال أهالي بلدة كفرنبل، أحد قادة المعارضة، إن القصف مستمر.", "أهالي بلدة كفرنبل"),
    ],
)
def test_arabic_no_false_names(text, wrong):
    assert wrong not in _people("ar", text)


@pytest.mark.parametrize(
    "text, body",
    [
        # a head, one noun of what the body does or gathers, and one word of a name of its own
        ("وقالت جبهة تحرير كاسامانس إنها لن تشارك في المحادثات.", "جبهة تحرير كاسامانس"),
        ("وسيطر مقاتلو جيش إنقاذ بورانا على البلدة.", "جيش إنقاذ بورانا"),
        ("والتقى المبعوث وفدا من مجلس أعيان هيران في مقديشو.", "مجلس أعيان هيران"),
        # a head, a city or region, and the body's adjective
        ("وأعلن جيش إدلب الحر انسحابه من المواقع.", "جيش إدلب الحر"),
        ("واتهمت قوات كردفان الثورية الجيش بقصف القرى.", "قوات كردفان الثورية"),
        ("وقالت جبهة مقاومة كابو ديلغادو إنها هاجمت القافلة.", "جبهة مقاومة كابو ديلغادو"),
        # a body named after a fallen fighter; a name noun opening with «و» of its own
        ("وأعلن لواء الشهيد أبو علي مسؤوليته عن الهجوم.", "لواء الشهيد أبو علي"),
        ("وقالت كتيبة الشهيد حمزة إنها صدت الهجوم على البلدة.", "كتيبة الشهيد حمزة"),
        ("وقال حزب وحدة برقة إنه يرفض تأجيل الانتخابات.", "حزب وحدة برقة"),
        # an indefinite head and its purpose, a noun in construct with a state
        ("وقالت حركة من أجل وحدة أفريقيا الوسطى إنها ترفض نتائج الانتخابات.", "حركة من أجل وحدة أفريقيا الوسطى"),
        # «ألوية», whose letters open like the article, is a head of its own
        ("وقالت ألوية العمالقة الجنوبية إنها استعادت المديرية.", "ألوية العمالقة الجنوبية"),
        # «جمعية» heads a name; a complement with «لـ» keeps the noun joined by «و»
        ("وطالبت جمعية مزارعي الجزيرة بتعويض المتضررين.", "جمعية مزارعي الجزيرة"),
        ("وقال الحزب الوطني للعدالة والتنمية إنه يرفض التأجيل.", "الحزب الوطني للعدالة والتنمية"),
    ],
)
def test_arabic_bodies(text, body):
    assert body in _mentions("ar", text, ("organization", "armed_group"))


def test_arabic_title_after_a_body_is_no_part_of_its_name():
    text = "والتقى أعضاء في لجنة حكماء هيران المبعوث الأممي في مقديشو."
    assert "لجنة حكماء هيران المبعوث" not in _mentions("ar", text, ("organization", "armed_group"))


@pytest.mark.parametrize(
    "text, body",
    [
        # "for", a demonym and the rest of the name
        ("The Union for Chadian Renewal said it would boycott the vote in N'Djamena.", "Union for Chadian Renewal"),
        ("Talks with the Movement for Malian Unity resumed in Algiers.", "Movement for Malian Unity"),
        # a plural of people with its possessive inside the name
        ("The Higher Committee for Detainees' Affairs said 40 men were freed.",
         "Higher Committee for Detainees' Affairs"),
    ],
)
def test_english_bodies(text, body):
    assert body in _mentions("en", text, ("organization", "armed_group"))
