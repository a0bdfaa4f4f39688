"""Demanding that someone leave opposes them (issue 9: support and opposition with their arguments): "demanded
the departure / expulsion / ouster / removal of X", as "the withdrawal of X" already did. Sentences written for
these tests."""

from explorer.extract.pipeline import extract_text


def _rels(text: str, date: str) -> set[tuple[str, str, str]]:
    return {(r.source, r.type, r.target) for r in extract_text(text, lang="en", date_=date).relations}


def test_demanding_the_departure_of_troops_opposes_their_state() -> None:
    text = (
        "Two weeks after the coup, the junta in Niger is demanding the departure of French troops stationed near "
        "Niamey, and has given Paris a month to comply."
    )
    assert ("org:cnsp-niger", "opposes", "state:fra") in _rels(text, "2023-08-20")


def test_calling_for_the_expulsion_of_a_mission_opposes_it() -> None:
    text = "Mali's junta on Friday demanded the expulsion of the UN mission, MINUSMA, accusing it of fuelling tensions."
    rels = _rels(text, "2023-06-16")
    assert any(t == "opposes" and o == "org:minusma" for _, t, o in rels)


def test_a_departure_of_no_actor_opposes_no_one() -> None:
    text = "Sudan's army called for the removal of checkpoints from the road to Port Sudan."
    assert not any(t == "opposes" for _, t, _ in _rels(text, "2023-08-20"))


def test_what_it_called_frames_the_object_of_the_verb_before() -> None:
    """"condemned what it called Israeli aggression", «نددت بما وصفته بالعدوان الإسرائيلي»: the naming verb is no
    statement of its own; the condemnation reaches the aggressor."""
    rels = _rels("Iran on Sunday condemned what it called Israeli aggression against Lebanon.", "2024-11-20")
    assert ("state:irn", "opposes", "state:isr") in rels
    text = "ونددت إيران، في بيان لوزارة خارجيتها، بما وصفته بالعدوان الإسرائيلي على لبنان."
    rels = {(r.source, r.type, r.target) for r in extract_text(text, lang="ar", date_="2024-11-20").relations}
    assert ("state:irn", "opposes", "state:isr") in rels
    assert ("state:irn", "states", "state:lbn") not in rels


def test_any_agreement_names_no_agreement_in_particular() -> None:
    """"would not accept any peace deal", «لن تقبل بأي اتفاق سلام»: no agreement node, so nobody opposes a known one
    (the Riyadh Black Sea arrangements were that week's)."""
    text = "Zelensky said Ukraine would not accept any peace deal that forced it to give up territory."
    x = extract_text(text, lang="en", date_="2025-03-20")
    assert not any(e.kind == "agreement" for e in x.entities)
    text = "وقال زيلينسكي إن بلاده لن تقبل بأي اتفاق سلام يفرض عليها التنازل عن أراضيها."
    x = extract_text(text, lang="ar", date_="2025-03-20")
    assert not any(e.kind == "agreement" for e in x.entities)
