"""Shapes met in real news on Syria, Iraq and Iran (session 36; the sentences here are written for these tests, in
news style, across several conflicts): «مسودة قرار» is a draft resolution as «مشروع قرار» is; a harm noun after
"responsible for" / «المسؤول عن» has the unnamed culprit for its doer; "vetoed the council's resolution" opposes
the resolution, not the council; "Eleven members of the council voted for it" is not the council voting; "the UN
nuclear agency" is the IAEA."""

from tests.extract.shapes import named_relations


def _has(text: str, lang: str, date: str, want: tuple[str, str, str]) -> bool:
    return want in named_relations(text, lang, date)


def _typed(text: str, lang: str, date: str, rtype: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in named_relations(text, lang, date) if r == rtype}


def _council_absent(cases: list[str], rtype: str, side: int) -> None:
    """No relation of the type has the council on that side (0 source, 1 target) in any case."""
    for text in cases:
        got = _typed(text, "en", "2019-03-01", rtype)
        assert not any(pair[side] == "UN Security Council" for pair in got), (text, got)


def test_a_draft_named_by_musawwada_is_a_draft_resolution():
    cases = [
        ("استخدمت روسيا، الخميس، حق النقض ضد مسودة قرار أعدتها الولايات المتحدة بشأن اليمن في مجلس الأمن الدولي، "
         "بعد مشاورات استمرت أسبوعين.", "2019-03-01", "Russia", "United States"),
        ("وصوتت الصين ضد مسودة القرار التي قدمتها بريطانيا بشأن ميانمار، فيما امتنعت الهند عن التصويت.",
         "2021-02-04", "China", "United Kingdom"),
        ("رفضت روسيا مسودة قرار أعدتها فرنسا لتمديد مهمة البعثة الأممية في مالي لعام آخر، وفق دبلوماسيين.",
         "2023-06-20", "Russia", "France"),
    ]  # fmt: skip
    for text, date, opposer, drafter in cases:
        rels = named_relations(text, "ar", date)
        opposed = {t for s, r, t in rels if s == opposer and r == "opposes"}
        backed = {t for s, r, t in rels if s == drafter and r == "supports"}
        assert opposed and opposed == backed, (text, rels)  # one draft: opposed by one, drafted by the other
        assert all("draft" in t.lower() or "resolution" in t.lower() for t in opposed), (text, rels)


def test_a_harm_after_responsible_for_has_no_named_doer():
    cases = [
        ("ar", "مسودة قرار أعدتها بريطانيا لتجديد تفويض تحقيق دولي يسعى لتحديد المسؤول عن هجمات بالسودان.",
         "2019-03-01", ("United Kingdom", "fights", "Sudan")),
        ("ar", "وقدمت فرنسا مشروع قرار لإنشاء آلية تحدد المسؤولين عن الهجمات على المدنيين في ليبيا، بحسب دبلوماسيين.",
         "2020-02-01", ("France", "fights", "Libya")),
        ("ar", "لتعطل مسودة قرار أعدتها أمريكا لتجديد تفويض تحقيق دولي يسعى لتحديد المسؤول عن هجمات كيماوية بسوريا.",
         "2017-11-17", ("United States", "fights", "Syria")),
    ]  # fmt: skip
    for lang, text, date, bad in cases:
        assert not _has(text, lang, date, bad), (text, named_relations(text, lang, date))


def test_vetoing_a_bodys_resolution_opposes_the_resolution():
    cases = [
        "Russia on Tuesday vetoed the Security Council's draft resolution on Yemen, the tenth such veto since 2011.",
        "China vetoed the UN Security Council's resolution on Myanmar on Thursday, diplomats said.",
        "Moscow on Friday vetoed the Security Council's draft resolution on Mali, ending the mission's mandate.",
    ]
    _council_absent(cases, "opposes", 1)
    got = _typed(cases[0], "en", "2019-03-01", "opposes")
    assert any(s == "Russia" and "resolution" in t.lower() for s, t in got), got


def test_counted_members_of_a_council_are_not_the_council():
    cases = [
        "Eleven members of the Security Council voted in favour of the draft resolution on Syria, but Russia "
        "vetoed it.",
        "Thirteen members of the 15-member Security Council voted for the resolution on South Sudan, while China "
        "and Russia abstained.",
        "Nine members of the UN Security Council voted for the resolution on Libya's arms embargo on Friday.",
        "Twelve members of the council voted for the text on Sudan, and Russia and China abstained.",
    ]
    _council_absent(cases, "agrees_with", 0)
    whole = "The Security Council voted for the resolution on Libya on Friday."
    assert any(s == "UN Security Council" for s, _ in _typed(whole, "en", "2019-03-01", "agrees_with"))


def test_the_un_nuclear_agency_is_the_iaea():
    cases = [
        ("en", "The UN nuclear agency is expected to verify Tehran's compliance with its obligations under the "
         "nuclear deal, a diplomat said.", "2016-01-15"),
        ("en", "The U.N. atomic agency said on Monday that Iran had begun enriching uranium at Fordow.", "2019-11-11"),
        ("ar", "قال مدير الوكالة الأممية للطاقة الذرية إن إيران لم تسمح للمفتشين بدخول موقع فوردو.", "2022-03-01"),
    ]  # fmt: skip
    for lang, text, date in cases:
        rels = named_relations(text, lang, date)
        names = {x for s, _, t in rels for x in (s, t)}
        assert "International Atomic Energy Agency" in names and "United Nations" not in names, (text, rels)
