"""Who states what (session 40): a demonym on a state's decision, step, stance or reply is the state a statement
weighs, never the speaker's own state; an Arabic occasion phrase set off by commas between the speaker and «أن»
does not push what is said out of reach, nor does an adjective between a demonym and its noun of armed action; the
one told is no topic; «متحدث الجيش» is the spokesman named before, not his body."""

from tests.extract.shapes import named_relations


def _states(text: str, lang: str, date: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o in named_relations(text, lang, date) if t == "states"}


def test_a_demonym_on_a_decision_names_the_state_the_statement_weighs():
    text = "Kenyan President William Ruto said on Tuesday that the Ethiopian move threatened stability in the region."
    assert ("William Ruto", "Ethiopia") in _states(text, "en", "2024-01-09")


def test_an_arabic_demonym_on_a_step_names_the_state_the_statement_weighs():
    text = "قال وزير الخارجية المصري سامح شكري إن الخطوة الإثيوبية الأحادية تهدد الأمن المائي لدول المصب."
    assert ("Sameh Shoukry", "Ethiopia") in _states(text, "ar", "2023-09-12")


def test_the_speakers_own_stance_by_demonym_is_no_topic():
    text = "وقال وزير الخارجية المصري سامح شكري إن الموقف المصري ثابت ولم يتغير."
    assert ("Sameh Shoukry", "Egypt") not in _states(text, "ar", "2023-09-12")


def test_an_occasion_set_off_by_commas_leaves_the_state_named_after_an_in_reach():
    text = (
        "وأكد وزير الخارجية العراقي فؤاد حسين، خلال مؤتمر صحفي في بغداد مع نظيره الإيراني، أن العراق يرفض "
        "الضربات العسكرية التركية على قضاء سنجار."
    )
    assert ("Fuad Hussein", "Turkey") in _states(text, "ar", "2024-03-14")


def test_an_arabic_addressee_before_an_is_not_what_the_statement_is_about():
    text = "وأبلغ رئيس الوزراء العراقي محمد شياع السوداني الوفد الإيراني أن بغداد ترفض أي هجوم على إقليم كردستان."
    assert ("Mohammed Shia al-Sudani", "Iran") not in _states(text, "ar", "2024-01-20")



def test_a_spokesman_named_by_his_body_in_construct_is_the_spokesman_named_before():
    text = (
        "قال الناطق باسم الجيش الوطني الليبي أحمد المسماري إن قواته ملتزمة بالهدنة. "
        "وأضاف متحدث الجيش أن قوات حكومة الوفاق خرقت الهدنة جنوب طرابلس."
    )
    states = _states(text, "ar", "2020-01-14")
    assert not [s for s, _ in states if s == "Libyan National Army"]
