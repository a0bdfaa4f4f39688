"""Agreements coordinated as one object ("agreed to revive the Minsk agreements, and the Black Sea Grain
Initiative", «وقّعت … على اتفاق جوبا للسلام ووثيقة الدوحة», «اتفق الجانبان على تفعيل اتفاقية … الموقعة بينهما عام 2001،
والاتفاقية العامة …»): each is agreed to. Sentences written for these tests."""

from tests.extract.shapes import named_relations


def _agreed(text: str, lang: str, date: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o in named_relations(text, lang, date) if t == "agrees_with"}


def test_two_agreements_after_and():
    text = "Russia and Ukraine agreed to revive the Minsk agreements, and the Black Sea Grain Initiative."
    got = _agreed(text, "en", "2023-03-10")
    assert {("Russia", "Minsk II"), ("Ukraine", "Black Sea Grain Initiative")} <= got, got
    text = "ووقعت الحكومة السودانية والجبهة الثورية على اتفاق جوبا للسلام ووثيقة الدوحة لسلام دارفور."
    got = _agreed(text, "ar", "2020-10-05")
    assert ("Sudan Revolutionary Front", "Doha Document for Peace in Darfur") in got, got


def test_past_the_participle_of_the_first():
    text = (
        "واتفقت السعودية وإيران على تفعيل اتفاقية التعاون الأمني الموقعة بينهما عام 2001، والاتفاقية العامة "
        "للتعاون في مجالات الاقتصاد الموقعة عام 1998."
    )
    got = _agreed(text, "ar", "2023-03-10")
    assert {o for s, o in got if s == "Iran"} >= {
        "Saudi-Iran Security Cooperation Agreement of 2001",
        "Saudi-Iran General Cooperation Agreement of 1998",
    }, got


def test_a_clause_after_the_comma_is_not_listed():
    text = "Sudan signed the Juba Peace Agreement, and the Taliban signed the Doha Agreement."
    got = _agreed(text, "en", "2020-10-05")
    assert ("Sudan", "Doha Agreement") not in got, got
