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


def _phones(rels, a: str, b: str) -> bool:
    return any(r.type == "phones" and {r.source, r.target} == {a, b} for r in rels)


def test_a_time_phrase_between_the_call_and_its_caller():
    for text, lang, a, b in (
        (
            "تلقى الرئيس السوري بشار الأسد اتصالا هاتفيا يوم الأربعاء من الرئيس الروسي فلاديمير بوتين.",
            "ar",
            "person:bashar-al-assad",
            "person:vladimir-putin",
        ),
        (
            "تلقى عبد الفتاح البرهان اتصالا هاتفيا مساء أمس من رئيس الوزراء الإثيوبي آبي أحمد.",
            "ar",
            "person:abdel-fattah-al-burhan",
            "person:abiy-ahmed",
        ),
        (
            "Lebanese Prime Minister Najib Mikati received a phone call late on Wednesday from French President "
            "Emmanuel Macron.",
            "en",
            "person:najib-mikati",
            "person:emmanuel-macron",
        ),
    ):
        assert _phones(_rels(text, lang), a, b), text


def test_the_dual_of_movement_names_fatah():
    for text, agr in (
        ("وقعت حركتا فتح وحماس، اليوم الثلاثاء، على إعلان بكين لإنهاء الانقسام.", "agr:beijing-declaration-2024"),
        ("ووقعت حركتا فتح وحماس في القاهرة على اتفاق المصالحة الفلسطينية.", "*"),
    ):
        check_relations(_rels(text, date="2024-07-23"), [("org:fatah", "agrees_with", agr)], [])
    check_relations(
        _rels("والتقى وفدا حركتي فتح وحماس في موسكو أمس."),
        [("org:fatah", "meets", "group:hamas")],
        [],
    )


def test_every_state_whose_leaders_signed_signed():
    text = "وقع قادة مصر وقطر وتركيا والولايات المتحدة وثيقة تتعلق باتفاق وقف إطلاق النار في غزة."
    rels = _rels(text, date="2025-10-13")
    for state in ("state:egy", "state:qat", "state:tur", "state:usa"):
        check_relations(rels, [(state, "agrees_with", "agr:*")], [])


def test_those_attending_talks_between_the_two_sides_are_no_sides():
    for text, lang, a, b, attending in (
        (
            "أعلن ترامب توصل إسرائيل وحماس إلى اتفاق، إثر مفاوضات غير مباشرة بين الطرفين في شرم الشيخ، "
            "بمشاركة تركيا ومصر وقطر.",
            "ar",
            "state:isr",
            "group:hamas",
            ("state:tur", "state:egy"),
        ),
        (
            "وقال الجيش السوداني وقوات الدعم السريع إن المفاوضات بين الطرفين في جدة بمشاركة السعودية "
            "والولايات المتحدة ستستأنف.",
            "ar",
            "org:saf",
            "group:rsf",
            ("state:sau", "state:usa"),
        ),
        (
            "Talks between the two sides in Doha, with the participation of Qatar and Egypt, ended on Friday.",
            "en",
            None,
            None,
            ("state:qat", "state:egy"),
        ),
    ):
        rels = _rels(text, lang, "2025-10-13")
        if a is not None:
            assert any(r.type == "negotiates_with" and {r.source, r.target} == {a, b} for r in rels), text
        x, y = attending
        assert not any(r.type == "negotiates_with" and {r.source, r.target} == {x, y} for r in rels), text


def test_the_names_hostile_outlets_give_israel_and_the_omani_ministers_surname():
    ex = extract_text(
        "ودان حزب الله اعتداءات الكيان الصهيوني على جنوب لبنان، فيما رحبت حماس بالوساطة المصرية.",
        lang="ar",
        date_="2024-03-01",
    )
    assert "state:isr" in {e.id for e in ex.entities}
    ex = extract_text("The indirect talks in Muscat were mediated by al-Busaidi.", lang="en", date_="2025-04-12")
    assert "person:badr-albusaidi" in {e.id for e in ex.entities}
