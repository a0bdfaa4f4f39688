"""Shapes met in real Arabic news about conflicts other than Syria (Yemen, Libya, Sudan, Somalia, Western Sahara,
Iraq, Lebanon, Gaza, Ukraine; the sentences here are written for these tests, in news style): a singular
participle after a coordinated pair («بين المغرب وجبهة البوليساريو المدعومة من الجزائر») backs only the pair's
last member; a participle backed with a national arm («مدعوماً بالطيران المصري») names the arm's state as the
backer (not the participle's subject as a supporter of that state); a late or deposed holder («الرئيس العراقي
الراحل صدام حسين») is the one named after the title, not the holder in office; whoever announces that two sides
reached an agreement («أعلن X توصل A وB إلى اتفاق», with the announcer before or after the verb) states it, and
A and B agree to it, not X; a call to lift a measure («طالب برفع حظر السلاح», "called for lifting the arms
embargo") is against it; a title whose body's short name stands in brackets before the name («رئيس المكتب
السياسي لحركة المقاومة الإسلامية (حماس) إسماعيل هنية») still introduces that name; «وعن» opens no person's name;
names after «بحضور» attend and are not talked with, and a commitment to a state's sovereignty («التزام A وB
بسيادة السودان») agrees with no one.

Each case is one line: the sentence, its date and the names it is about, separated by « | » (a backslash at a
line's end goes on to the next line)."""

from explorer.extract.pipeline import extract_text
from tests.extract.shapes import named_relations


def _cases(block: str) -> list[list[str]]:
    return [[part.strip() for part in line.split(" | ")] for line in block.strip().splitlines()]


def _rels(text: str, date: str) -> set[tuple[str, str, str]]:
    return set(named_relations(text, "ar", date))


# sentence | date | backer | the pair's last member (backed) | its first member (not backed)
BACKED_LAST = """
يدور الصراع منذ عام 2014 بين الحكومة اليمنية وجماعة الحوثي المدعومة من إيران. | 2022-05-01 | Iran | Houthis | Yemen
اندلع القتال بين الجيش السوداني وقوات الدعم السريع المدعومة من الإمارات. | 2023-06-01 | United Arab Emirates | \
Rapid Support Forces | Sudanese Armed Forces
تجددت المواجهات بين قوات حكومة الوحدة الوطنية وقوات حفتر المدعومة من روسيا. | 2022-09-01 | Russia | \
Libyan National Army | Government of National Unity
وشاركت القوات الحكومية الصومالية وحركة الشباب المدعومة من تنظيم القاعدة في معارك عنيفة. | 2022-09-01 | \
al-Qaeda | al-Shabaab | Somalia
"""


def test_a_singular_participle_after_a_pair_backs_its_last_member():
    for text, date, backer, backed, first in _cases(BACKED_LAST):
        rels = _rels(text, date)
        assert (backer, "supports", backed) in rels, text
        assert (backer, "supports", first) not in rels, text


# sentence | date | the arm's state (backer) | backed
ARMS = """
وتقدم الجيش السوداني مدعوما بالطيران المصري نحو أم درمان. | 2024-10-01 | Egypt | Sudanese Armed Forces
وتقدمت قوات حكومة الوفاق مدعومة بالطائرات المسيرة التركية نحو سرت. | 2020-06-01 | Turkey | Government of National Accord
وتقدم الجيش السوري مدعوما بالطيران الروسي نحو إدلب. | 2019-05-01 | Russia | Syrian Arab Army
"""


def test_a_participle_backed_with_a_national_arm():
    for text, date, backer, backed in _cases(ARMS):
        rels = _rels(text, date)
        assert (backer, "supports", backed) in rels, text
        assert (backed, "supports", backer) not in rels, text


# sentence | date | the holder named | his state
LATE = """
وأطاح الغزو الأمريكي بالرئيس العراقي الراحل صدام حسين عام 2003. | 2008-11-17 | Saddam Hussein | Iraq
وكان الرئيس اليمني الراحل علي عبدالله صالح قد تحالف مع الحوثيين. | 2019-11-17 | Ali Abdullah Saleh | Yemen
وقال الرئيس الفلسطيني الراحل ياسر عرفات إن السلام خيار استراتيجي. | 2010-11-17 | Yasser Arafat | Palestine
ونقلت الصحيفة عن الرئيس السوداني المخلوع عمر البشير قوله إنه بريء. | 2021-11-17 | Omar al-Bashir | Sudan
"""


def test_a_late_or_deposed_holder_named_after_his_title():
    for text, date, person, state in _cases(LATE):
        rels = _rels(text, date)
        assert (person, "holds_role_in", state) in rels, text
        assert {s for s, r, _ in rels if r == "holds_role_in"} == {person}, text


def test_a_late_holder_without_a_name_is_nobody_in_particular():
    rels = _rels("وكان الرئيس العراقي الراحل قد غزا الكويت عام 1990.", "2008-11-17")
    assert not {r for r in rels if r[1] == "holds_role_in"}


# sentence | date | announcer | the two sides that reached it
ANNOUNCED = """
وأعلن وزير الخارجية القطري توصل إسرائيل وحركة حماس إلى اتفاق لوقف إطلاق النار في غزة. | 2025-01-15 | \
Mohammed bin Abdulrahman Al Thani | Israel | Hamas
أعلن الرئيس الأمريكي دونالد ترامب توصل أرمينيا وأذربيجان إلى اتفاق سلام. | 2025-08-08 | \
Donald Trump | Armenia | Azerbaijan
وكان الوسيط الأمريكي آموس هوكشتاين أعلن توصل لبنان وإسرائيل إلى اتفاق لترسيم الحدود البحرية. | 2022-10-12 | \
Amos Hochstein | Lebanon | Israel
وأعلنت الخارجية السعودية توصل الجيش السوداني وقوات الدعم السريع إلى اتفاق لوقف إطلاق النار. | 2023-05-21 | \
Saudi Foreign Ministry | Sudanese Armed Forces | Rapid Support Forces
"""


def test_an_announcer_of_an_agreement_between_two_sides_is_no_party_to_it():
    for text, date, announcer, side_a, side_b in _cases(ANNOUNCED):
        rels = _rels(text, date)
        signers = {s for s, r, _ in rels if r == "agrees_with"}
        assert {side_a, side_b} <= signers, text
        assert announcer not in signers, text
        assert any(s == announcer and r == "states" for s, r, _ in rels), text


# sentence | date | who calls | the measure to lift
LIFTED = """
وطالب الرئيس الصومالي حسن شيخ محمود مجلس الأمن برفع حظر السلاح المفروض على الصومال. | 2022-09-18 | \
Hassan Sheikh Mohamud | arms embargo
ودعت الحكومة السودانية إلى رفع حظر الأسلحة المفروض على دارفور. | 2022-09-18 | Sudan | arms embargo
"""


def test_the_state_a_measure_is_imposed_on_is_no_caller():
    text = "وطالب برفع حظر السلاح المفروض على الصومال."
    rels = _rels(text, "2022-09-18")
    assert not any(s == "Somalia" and r in ("supports", "opposes") for s, r, _ in rels), rels


def test_a_call_to_lift_a_measure_opposes_it():
    for text, date, caller, measure in _cases(LIFTED):
        rels = _rels(text, date)
        assert any(s == caller and r == "opposes" and measure in t.lower() for s, r, t in rels), text
        assert not any(s == caller and r == "supports" for s, r, _ in rels), text
    text = "Libya's Presidential Council urged the Security Council to lift the arms embargo imposed in 2011."
    rels = named_relations(text, "en", "2022-09-18")
    assert any(r == "opposes" and "arms embargo" in t.lower() for _, r, t in rels), rels
    assert not any(r == "supports" for _, r, _ in rels), rels


# sentence | date | holder | body | the agreement he signed
BRACKETED = """
ووقع رئيس المكتب السياسي لحركة المقاومة الإسلامية (حماس) إسماعيل هنية على إعلان الجزائر. | 2022-10-13 | \
Ismail Haniyeh | Hamas political bureau | Algiers Declaration
وقال الأمين العام لحركة الجهاد الإسلامي (الجهاد) زياد النخالة إن الحركة ترفض المقترح. | 2023-10-03 | \
Ziyad al-Nakhalah | Palestinian Islamic Jihad | -
وصرح قائد الجيش الوطني الليبي (الكرامة) خليفة حفتر بأن قواته ستلتزم بالهدنة. | 2020-10-03 | \
Khalifa Haftar | Libyan National Army | -
"""


def test_a_short_name_in_brackets_between_a_title_and_its_holder():
    for text, date, person, body, agreement in _cases(BRACKETED):
        rels = _rels(text, date)
        assert (person, "holds_role_in", body) in rels, text
        assert agreement == "-" or (person, "agrees_with", agreement) in rels, text


def test_a_glued_preposition_opens_no_name():
    text = (
        "وبعيد توقيع المبادرة، قام ممثلون عن حزب المؤتمر الشعبي العام الحاكم في اليمن وعن المعارضة بالتوقيع على "
        "الآلية التنفيذية."
    )
    x = extract_text(text, lang="ar", date_="2011-11-24")
    assert not [e.name for e in x.entities if e.kind == "person"]


# sentence | date | subject | an attendee it neither talks with nor meets
ATTENDED = """
وأعلن رئيس الوزراء القطري الشيخ حمد بن جاسم بنود الاتفاق خلال جلسة الحوار اللبناني بحضور الأمين العام للجامعة \
العربية عمرو موسى. | 2008-05-21 | Hamad bin Jassim Al Thani | Amr Moussa
وبحث المبعوث الأممي غروندبرغ مع الوفد الحكومي خطة التهدئة بحضور وزير الخارجية العماني بدر البوسعيدي. | 2022-07-12 | \
Hans Grundberg | Badr Albusaidi
"""


def test_names_after_in_the_presence_of_are_no_partners():
    for text, date, subject, attendee in _cases(ATTENDED):
        rels = _rels(text, date)
        pairs = {(s, t) for s, r, t in rels if r in ("negotiates_with", "meets")}
        assert (subject, attendee) not in pairs and (attendee, subject) not in pairs, text


def test_a_commitment_to_a_states_sovereignty_agrees_with_no_one():
    for text, date in (
        ("ويتضمن الإعلان التزام الجيش السوداني وقوات الدعم السريع بسيادة السودان ووحدته.", "2023-05-12"),
        ("وجددت الحكومة الليبية والجيش الوطني الليبي التزامهما بوحدة ليبيا.", "2020-10-23"),
    ):
        assert not {r for r in _rels(text, date) if r[1] == "agrees_with"}, text


def test_a_wing_named_by_its_leader_is_no_membership():
    text = (
        "ومن المجموعات الموقعة على الاتفاق، حركة جيش تحرير السودان، جناح أركو مناوي، وحركة العدل والمساواة، "
        "والحركة الشعبية جناح مالك عقار."
    )
    rels = _rels(text, "2020-10-03")
    assert not {r for r in rels if r[1] == "member_of"}, rels
    text = "ووقعت الحركة الشعبية لتحرير السودان - شمال جناح مالك عقار على الاتفاق."
    assert ("Malik Agar", "holds_role_in", "Sudan People's Liberation Movement–North") in _rels(text, "2020-10-03")
    text = "وقالت كتائب القسام، الجناح العسكري لحركة حماس، إنها قصفت تل أبيب."
    assert ("Izz ad-Din al-Qassam Brigades", "member_of", "Hamas") in _rels(text, "2021-05-12")


# sentence | date | subject | relation | object
TIME_SET_OFF = """
التقى، أمس الأربعاء 30 ديسمبر الجاري، وزير الخارجية الروسي سيرغي لافروف مع وزير الخارجية الليبي محمد سيالة. | \
2020-12-31 | Sergei Lavrov | meets | Mohamed Taha Siala
استقبل، اليوم الاثنين، الرئيس المصري عبد الفتاح السيسي رئيس مجلس السيادة السوداني عبد الفتاح البرهان. | \
2023-07-12 | Abdel Fattah el-Sisi | meets | Abdel Fattah al-Burhan
وقعت، مساء الخميس، الحكومة اليمنية والمجلس الانتقالي الجنوبي على اتفاق الرياض. | 2019-11-05 | \
Southern Transitional Council | agrees_with | Riyadh Agreement
بحث، اليوم، وزير الخارجية التركي هاكان فيدان مع نظيره الأوكراني سبل وقف الحرب. | 2025-07-12 | \
Hakan Fidan | negotiates_with | Andrii Sybiha
"""


def test_a_time_set_off_by_commas_between_the_verb_and_its_subject():
    for text, date, subject, relation, obj in _cases(TIME_SET_OFF):
        assert (subject, relation, obj) in _rels(text, date), text


# sentence | date | the relative verb's subject (after it) | a name before the antecedent (not the subject)
RESUMED = """
وناقش الطرفان المبادرات الأممية والهدنة التي رفضت جماعة الحوثي تمديدها. | 2022-10-29 | Houthis | United Nations
وأشاد الوزير بالجهود الأمريكية والمبادرة التي رفضت حركة حماس بنودها. | 2024-10-29 | Hamas | United States
وبحث الجانبان المبادرات الأممية والهدنة التي رفضت المليشيات الحوثية الموافقة على تمديدها. | 2022-10-29 | \
Houthis | United Nations
وتناول اللقاء الدعم الأوروبي والاتفاق الذي رفضت قوات الدعم السريع تنفيذه. | 2024-10-29 | \
Rapid Support Forces | European Union
"""


def test_a_relative_verb_whose_subject_follows_and_a_pronoun_resumes_the_agreement():
    for text, date, subject, before in _cases(RESUMED):
        opposers = {s for s, r, _ in _rels(text, date) if r == "opposes"}
        assert subject in opposers and before not in opposers, text


# sentence | date | backer | backed | a wrong edge the participle used to give (source | type | target)
ADVERB = """
وتقاتل قوات الدعم السريع المدعومة إماراتيا الجيش السوداني في الفاشر. | 2024-11-05 | United Arab Emirates | \
Rapid Support Forces | Rapid Support Forces | supports | Sudanese Armed Forces
وأعلنت حكومة الوفاق المدعومة تركياً سيطرتها على قاعدة الوطية. | 2020-05-18 | Turkey | Government of National Accord | \
Government of National Accord | supports | Turkey
"""


def test_a_demonym_adverb_after_a_passive_participle_is_the_backer():
    for text, date, backer, backed, *wrong in _cases(ADVERB):
        rels = _rels(text, date)
        assert (backer, "supports", backed) in rels, text
        assert tuple(wrong) not in rels, text
    text = "وقعت الحكومة اليمنية والمجلس الانتقالي الجنوبي، المدعوم إماراتيا، على اتفاق الرياض."
    assert not {r for r in _rels(text, "2019-11-05") if r[1] == "supports" and r[2] == "Riyadh Agreement"}


# sentence | date | who acts in the coordinated clause | relation | target | the preposition's object (not the actor)
COORDINATED = """
وألقى الرئيس الصومالي حسن شيخ محمود كلمة أمام الجمعية العامة، وطالب بتنفيذ القرار 2719. | 2024-09-18 | \
Hassan Sheikh Mohamud | supports | UN Security Council Resolution 2719 | UN General Assembly
وألقى الرئيس الصومالي كلمة أمام الجمعية العامة، وطالب برفع حظر السلاح المفروض على بلاده. | 2022-09-18 | \
Hassan Sheikh Mohamud | opposes | arms embargo | UN General Assembly
وشارك وزير الخارجية المصري سامح شكري في اجتماع مجلس الأمن، ودعا إلى وقف إطلاق النار في غزة. | 2023-11-18 | \
Sameh Shoukry | supports | - | UN Security Council
"""


def test_a_verb_coordinated_after_a_prepositional_phrase_keeps_the_sentences_subject():
    for text, date, actor_, relation, target, governed in _cases(COORDINATED):
        rels = _rels(text, date)
        assert any(
            s == actor_ and r == relation and (target == "-" or target.lower() in t.lower()) for s, r, t in rels
        ), text
        assert not any(s == governed and r == relation for s, r, _ in rels), text


# sentence | date | who arrives | where
ARRIVED = """
وصل إلى الرياض أمس الرئيس اليمني علي عبدالله صالح للتوقيع على المبادرة الخليجية. | 2011-11-23 | \
Ali Abdullah Saleh | Riyadh
وصل إلى الخرطوم اليوم المبعوث الأمريكي توم بيرييلو في زيارة تستغرق يومين. | 2024-08-20 | Tom Perriello | Khartoum
ووصل إلى بيروت مساء الثلاثاء الموفد الأمريكي آموس هوكشتاين. | 2024-11-19 | Amos Hochstein | Beirut
"""


def test_a_destination_fronted_before_the_one_who_arrives():
    for text, date, who, where in _cases(ARRIVED):
        assert (who, "visits", where) in _rels(text, date), text


# sentence | date | agreement | the two sides whose representatives signed
DELEGATES_EACH = """
ووقع ممثلو كل من الجيش السوداني وقوات الدعم السريع على إعلان جدة. | 2023-05-12 | \
Jeddah Declaration of Commitment to Protect the Civilians of Sudan | Sudanese Armed Forces | Rapid Support Forces
ووقع ممثلو كل من الحكومة الإثيوبية وجبهة تحرير تيغراي اتفاق بريتوريا. | 2022-11-02 | Pretoria Agreement | \
Ethiopia | Tigray People's Liberation Front
"""


def test_representatives_of_each_of_two_sides_sign_for_them():
    for text, date, agreement, side_a, side_b in _cases(DELEGATES_EACH):
        rels = _rels(text, date)
        assert (side_a, "agrees_with", agreement) in rels and (side_b, "agrees_with", agreement) in rels, text
