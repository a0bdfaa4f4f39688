"""Arabic: a known man's family name after a given name that is not his, right after a title or a rank, is
someone else whom the knowledge base does not know («السفيرة البريطانية كارين جونسون» is not Boris Johnson); a
rank between a member's title and its name leaves the title to that name, not to the verb's subject; a name
after a title does not take in a preposition («أمام») or "and" with a verbal noun. Sentences written for these
tests."""

from explorer.extract.pipeline import extract_text


def _ex(text: str):
    return extract_text(text, lang="ar", date_="2024-03-07")


def _rels(text: str) -> set[tuple[str, str, str]]:
    return {(r.source, r.type, r.target) for r in _ex(text).relations}


def _names(text: str) -> dict[str, str]:
    return {e.name: e.id for e in _ex(text).entities}


def test_another_given_name_before_a_known_family_name_is_someone_else() -> None:
    names = _names("استقبل وزير الخارجية الأردني أيمن الصفدي السفيرة البريطانية كارين جونسون في عمان.")
    assert "Boris Johnson" not in names
    assert "كارين جونسون" in names


def test_the_family_name_alone_later_is_the_same_unknown_man() -> None:
    names = _names("ووصل السيناتور مارك لحود إلى بيروت، وقال السيناتور لحود إن واشنطن تدعم الجيش.")
    assert "Émile Lahoud" not in names
    assert "مارك لحود" in names


def test_a_spelling_of_his_own_given_name_keeps_the_known_man() -> None:
    assert "Joe Biden" in _names("وقال الرئيس الأمريكي جوزيف بايدن إن بلاده تدعم الهدنة.")


def test_a_rank_after_a_member_title_leaves_the_title_to_the_name_after_it() -> None:
    ex = _ex("أبلغ الرئيس الفلسطيني محمود عباس عضو الكونغرس الأميركي السيناتور جون كيرك أن السلطة تدعم الوساطة.")
    people = {e.id for e in ex.entities if e.name == "جون كيرك"}
    rels = {(r.source, r.type, r.target) for r in ex.relations}
    assert not any(s == "person:mahmoud-abbas" and t == "member_of" for s, t, _ in rels)
    assert any(s in people and t == "member_of" for s, t, _ in rels)


def test_a_preposition_after_a_title_and_a_family_name_is_no_part_of_a_name() -> None:
    names = _names("وشدد الرئيس عون أمام الوفد الفرنسي على أهمية تنفيذ القرار 1701.")
    assert not any("أمام" in n for n in names)


def test_and_with_a_verbal_noun_after_a_title_opens_no_name() -> None:
    names = _names("وثمن الرئيس الصومالي جهود وزير الخارجية المصري وجمهورية مصر العربية وتأكيد الثقة في الوساطة.")
    assert not any(n.startswith("وتأكيد") for n in names)


def test_a_call_received_by_one_leader_from_another_is_a_phone_call() -> None:
    text = (
        "وأشار إلى أن الحديث جرى خلال اتصال هاتفي تلقاه رئيس الوزراء العراقي محمد شياع السوداني من الرئيس "
        "التركي رجب طيب أردوغان."
    )
    pair = {"person:mohammed-shia-al-sudani", "person:recep-tayyip-erdogan"}
    assert any(t == "phones" and {s, o} == pair for s, t, o in _rels(text))
