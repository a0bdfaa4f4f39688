"""Stance lane, session 44 (issue 9). Arabic: a condemned or rejected act named with a relative clause whose verb
makes the act and carries the pronoun that stands for it («الاعتداء الذي شنّه الجيش», «العقوبات التي فرضتها
واشنطن», «المجزرة التي ارتكبتها المليشيا»): the name after the verb did the act, so the stance is about it.
Sentences written for these tests."""

import pytest

from tests.extract.shapes import named_relations


@pytest.mark.parametrize(
    "text, source, target",
    [
        (
            "أدان وزير الإعلام اليمني معمر الإرياني المجزرة التي ارتكبتها مليشيا الحوثي في مدينة تعز.",
            "معمر الإرياني",
            "Houthis",
        ),
        (
            "رفضت السلطة الفلسطينية الإجراءات التي اتخذتها إسرائيل في مدينة الخليل.",
            "Palestinian Authority",
            "Israel",
        ),
        (
            "نددت وزارة الخارجية الإيرانية بالعقوبات الجديدة التي فرضتها الولايات المتحدة على شركات الشحن.",
            "Iranian Foreign Ministry",
            "United States",
        ),
        (
            "أدانت وزارة الخارجية المصرية، مساء الأحد، الاعتداء الذي نفذته قوات الدعم السريع على مدينة الأبيض.",
            "Egyptian Foreign Ministry",
            "Rapid Support Forces",
        ),
        (
            "أدانت الخارجية الأردنية الاعتداء الذي شنّه الجيش الإسرائيلي على بلدة في جنوب لبنان.",
            "Jordanian Foreign Ministry",
            "Israel Defense Forces",
        ),
    ],
)
def test_condemned_act_of_a_relative_clause_ar(text, source, target) -> None:
    assert (source, "opposes", target) in named_relations(text, "ar", "2024-03-01")


def test_relative_clause_victim_is_not_opposed_ar() -> None:
    """A relative verb of hitting (no pronoun for the act) names what was hit: no stance about it."""
    rels = named_relations("أدانت مصر الغارة التي استهدفت قافلة للأمم المتحدة في غزة.", "ar", "2024-03-01")
    assert ("Egypt", "opposes", "United Nations") not in rels


@pytest.mark.parametrize(
    "text, lang, source, target",
    [
        (
            "Kenya accused Somalia on Monday of sheltering fighters near the border town of Mandera. "
            "Somalia rejected the accusations a day later.",
            "en",
            "Somalia",
            "Kenya",
        ),
        (
            "Ethiopia accused Eritrea of massing troops along their shared frontier. "
            "Eritrea rejected the allegations as baseless.",
            "en",
            "Eritrea",
            "Ethiopia",
        ),
        (
            "اتهمت الحكومة السودانية دولة الإمارات بتسليح قوات الدعم السريع. ورفضت الإمارات الاتهامات في بيان.",
            "ar",
            "United Arab Emirates",
            "Sudan",
        ),
    ],
)
def test_rejected_accusations_oppose_the_accuser(text, lang, source, target) -> None:
    assert (source, "opposes", target) in named_relations(text, lang, "2024-03-01")


def test_rejected_accusations_made_against_the_ministrys_state() -> None:
    """A state's ministry rejects the accusations made against the state."""
    text = "Niger accused France of plotting an intervention. The French foreign ministry rejected the accusations."
    assert ("French Foreign Ministry", "opposes", "Niger") in named_relations(text, "en", "2023-09-01")


def test_rejected_accusations_of_someone_else() -> None:
    """The accusations were not made against the one who rejects them: no accuser is opposed."""
    text = "Kenya accused Somalia of sheltering fighters. Uganda rejected the accusations."
    assert ("Uganda", "opposes", "Kenya") not in named_relations(text, "en", "2024-03-01")


@pytest.mark.parametrize(
    "text, lang, source, target",
    [
        (
            "Kenya welcomed the joint statement of Ethiopia and the TPLF on the Pretoria agreement.",
            "en",
            "Kenya",
            "Pretoria Agreement",
        ),
        (
            "رحبت قطر ببيان الحكومة الإثيوبية بشأن التزامها باتفاق بريتوريا للسلام.",
            "ar",
            "Qatar",
            "Pretoria Agreement",
        ),
    ],
)
def test_welcomed_statement_backs_the_agreement_it_names(text, lang, source, target) -> None:
    """A welcomed statement or announcement that names an agreement: the agreement is backed."""
    assert (source, "supports", target) in named_relations(text, lang, "2022-11-10")


def test_welcomed_announcement_of_a_withdrawal_backs_nothing() -> None:
    text = "Egypt welcomed the announcement by Russia of its withdrawal from the Black Sea Grain Initiative."
    assert ("Egypt", "supports", "Black Sea Grain Initiative") not in named_relations(text, "en", "2023-07-20")


def test_condemned_attack_before_a_second_clause() -> None:
    """ "rejected the strike and said the government …": a name in the next clause is not the attack's agent, so
    the attacker of the sentence before is opposed."""
    text = (
        "Iraq's foreign ministry condemned the American drone strike on a Kataib Hezbollah base near Qaim. "
        "Prime Minister Mohammed Shia al-Sudani rejected the strike and said the government would respond."
    )
    assert ("Mohammed Shia al-Sudani", "opposes", "United States") in named_relations(text, "en", "2024-02-04")


@pytest.mark.parametrize(
    "text, lang, source, relation, target",
    [
        ("Poland voiced outrage over the Belarusian incursion.", "en", "Poland", "opposes", "Belarus"),
        ("Qatar expressed anger at Israel's decision to seize the tax funds.", "en", "Qatar", "opposes", "Israel"),
        ("وأعربت الكويت عن استنكارها للقصف الروسي على مدينة خاركيف.", "ar", "Kuwait", "opposes", "Russia"),
        ("وأعرب البيان عن تضامن الجزائر الكامل والثابت مع تونس.", "ar", "Algeria", "supports", "Tunisia"),
    ],
)
def test_expressed_stance_nouns(text, lang, source, relation, target) -> None:
    """Outrage, anger and disapproval expressed over an act oppose its owner; solidarity «الكامل والثابت مع» backs."""
    assert (source, relation, target) in named_relations(text, lang, "2024-03-01")
