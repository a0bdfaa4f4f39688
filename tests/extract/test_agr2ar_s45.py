"""Arabic agreements on real news (session 45, lane `agr2ar`). Sentences written for these tests."""

from tests.extract.shapes import named_relations


def _agreeing(text: str, date: str = "2016-05-01") -> set[str]:
    return {s for s, t, _ in named_relations(text, "ar", date) if t == "agrees_with"}


def test_representatives_of_the_sides_before_their_names_ar():
    # «اتفق ممثلون عن A وB على …», «وقعت وفود تمثل A وB …»: the representatives (two words, a noun and «عن» or
    # "representing") stand between the verb and the sides they act for; the sides agree
    for text in (
        "اتفق ممثلون عن الحكومة الصومالية وحركة الشباب على هدنة لمدة شهر.",
        "ووقعت وفود تمثل الحكومة الكولومبية والقوات المسلحة الثورية الكولومبية اتفاق السلام في هافانا.",
    ):
        got = _agreeing(text)
        assert len(got) >= 2, (text, got)


def test_armed_movements_named_by_what_they_are_sign_ar():
    # «الحركات المسلحة», «الجماعات المتمردة»: definite movements or groups with an adjective saying they fight
    # are an armed group of their own (generic_groups), so the side that signs beside a government is not lost
    for text in (
        "ووقعت الحكومة الكولومبية والحركات المسلحة مساء الأحد اتفاقا مبدئيا للسلام في هافانا.",
        "وقالت مصادر إن الجماعات المتمردة وقعت على اتفاق السلام مع الحكومة المالية اليوم.",
    ):
        got = named_relations(text, "ar", "2019-05-01")
        assert any(t == "agrees_with" and s.startswith(("الحركات", "الجماعات")) for s, t, _ in got), (text, got)


def test_a_sponsor_or_proposer_after_the_agreement_does_not_sign_ar():
    # «ووقع الاتفاق برعاية مصر», «اقتراح من الاتحاد الأفريقي»: the actor after a sponsoring word or «من» right after
    # the agreement sponsored or proposed it; he is not the verb's subject
    for text in (
        "ووقع الاتفاق برعاية مصر في القاهرة أمس.",
        "ووقع الاتفاق بوساطة من قطر في الدوحة أمس.",
        "وقال المبعوث إن الجيش الإثيوبي وافق على اقتراح من الاتحاد الأفريقي بتمديد الهدنة.",
    ):
        got = _agreeing(text, "2022-05-01")
        assert not got & {"Egypt", "Qatar", "African Union"}, (text, got)


def test_a_proposal_to_extend_a_truce_is_agreement_to_the_truce_ar():
    # «وافقتا على اقتراح من X بتمديد الهدنة»: the sides agree to the truce the proposal extends
    got = named_relations(
        "وأعلن الوسيط أن الحكومة الإثيوبية وجبهة تحرير شعب تيغراي وافقتا على اقتراح من الاتحاد الأفريقي "
        "بتمديد الهدنة شهرا آخر.",
        "ar",
        "2022-05-01",
    )
    targets = {o for s, t, o in got if t == "agrees_with" and s == "Ethiopia"}
    assert targets and not any("proposal" in o.lower() for o in targets), got
