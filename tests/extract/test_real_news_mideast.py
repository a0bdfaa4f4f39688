"""Shapes met in real Middle East news (Gaza, Lebanon, Iran, the Gulf) that the rules had not been written on;
every sentence here is written for these tests, news style, across several conflicts."""

from explorer.extract.pipeline import extract_text
from tests.extract.shapes import check_relations


def _rels(text: str, lang: str = "ar", date: str = "2024-01-10"):
    return extract_text(text, lang=lang, date_=date).relations


def _people(text: str, lang: str = "ar", date: str = "2024-01-10") -> set[str]:
    return {e.name for e in extract_text(text, lang=lang, date_=date).entities if e.kind == "person"}


def test_a_title_between_commas_after_a_name_is_that_names_not_the_next_names():
    text = "وأجرى سامح شكري، وزير الخارجية المصري، ورمطان لعمامرة، وزير الخارجية الجزائري، مباحثات حول ليبيا أمس."
    check_relations(
        _rels(text),
        [
            ("person:sameh-shoukry", "holds_role_in", "state:egy"),
            ("person:ramtane-lamamra", "holds_role_in", "state:dza"),
        ],
        [("person:ramtane-lamamra", "holds_role_in", "state:egy")],
    )


def test_what_follows_a_title_in_apposition_is_no_name():
    for text, holder, body in (
        (
            "استقبل عبد الفتاح البرهان، رئيس مجلس السيادة السوداني، تم خلاله بحث الأوضاع في الخرطوم.",
            "person:abdel-fattah-al-burhan",
            "org:sovereignty-council",
        ),
        (
            "التقى عبد الله بوحبيب، وزير الخارجية اللبناني، جرت خلاله مناقشة الوضع في الجنوب.",
            "person:abdallah-bou-habib",
            "state:lbn",
        ),
    ):
        check_relations(_rels(text), [(holder, "holds_role_in", body)], [("person:x-*", "*", "*")])
        assert len(_people(text)) == 1


def test_a_stance_noun_after_a_title_opens_no_name():
    for text in (
        "وجدد وزير الخارجية اليمني موقف بلاده الداعم للهدنة الأممية.",
        "وأكد وزير الخارجية الليبي دعم بلاده للحوار.",
    ):
        assert not any(r.source.startswith("person:x-") for r in _rels(text)), text
        assert not [p for p in _people(text) if "بلاده" in p], text
