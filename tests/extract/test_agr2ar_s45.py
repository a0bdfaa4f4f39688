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
