"""Who is acted on and who acts, when other names stand between (issue 9), sentences written for these tests
across conflicts: a passive's patient is not a name inside a relative aside ("Wagner, whose fighters are in
Mali, was accused by …") nor the speaker of a reported relative ("the M23, who Kinshasa says are backed by
Rwanda"); a name after ", prompting" is the next act's, not the verb's object; a verb after "and" shares the
subject of a past verb that is no trigger ("Grundberg briefed the Council and urged …"); after an active verb
"by" names an event noun's agent ("condemned an attack by the RSF"), not the verb's."""

import pytest

from tests.extract.shapes import named_relations


def _rels(text: str, lang: str = "en") -> set[tuple[str, str, str]]:
    return named_relations(text, lang, "2025-02-10")


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        (
            "The Wagner group, whose fighters have been deployed in Mali since 2021, was accused by Human Rights "
            "Watch of killing civilians in the town of Moura.",
            ("Human Rights Watch", "opposes", "Wagner Group"),
            ("Human Rights Watch", "opposes", "Mali"),
        ),
        (
            "The M23 rebels, who Kinshasa says are backed by Rwanda, seized the eastern city of Goma in January.",
            ("Rwanda", "supports", "March 23 Movement"),
            ("Rwanda", "supports", "DR Congo"),
        ),
        (
            "The Houthis, who Washington says are armed by Iran, attacked another tanker in the Red Sea on Sunday.",
            ("Iran", "supports", "Houthis"),
            ("Iran", "supports", "United States"),
        ),
        (
            "UN envoy Hans Grundberg briefed the Security Council on Thursday and urged the warring parties to build "
            "on the April truce.",
            ("Hans Grundberg", "supports", "Ceasefire (April 2024)"),
            ("UN Security Council", "supports", "Ceasefire (April 2024)"),
        ),
        (
            "The Arab League condemned an attack by the RSF on the Zamzam camp for displaced people.",
            ("Arab League", "opposes", "Rapid Support Forces"),
            ("Rapid Support Forces", "opposes", "Arab League"),
        ),
        (
            "The European Union condemned a drone strike by Russia on Kyiv's power grid.",
            ("European Union", "opposes", "Russia"),
            ("Russia", "opposes", "European Union"),
        ),
        (
            "Hamas was designated as a terrorist group by the European Union in 2003.",
            ("European Union", "opposes", "Hamas"),
            ("Hamas", "opposes", "European Union"),
        ),
    ],
)
def test_the_right_name_is_acted_on(text, right, wrong):
    rels = _rels(text)
    assert right in rels
    assert wrong not in rels


@pytest.mark.parametrize(
    ("text", "bystander"),
    [
        (
            "The M23 rebels seized the eastern city of Goma in January, prompting the UN Security Council to demand "
            "their withdrawal.",
            "UN Security Council",
        ),
        (
            "The RSF besieged El Fasher for months, leading the United States to impose sanctions on its commanders.",
            "United States",
        ),
    ],
)
def test_the_actor_of_a_consequence_is_no_object(text, bystander):
    assert not any(r[2] == bystander and r[1] == "fights" for r in _rels(text))


@pytest.mark.parametrize(
    ("lang", "text", "right", "wrong"),
    [
        (
            "ar",
            "سيطرت حركة إم 23، التي تقول كينشاسا إنها مدعومة من رواندا، على مدينة غوما في يناير.",
            ("DR Congo", "states", "March 23 Movement"),
            ("March 23 Movement", "states", "DR Congo"),
        ),
        (
            "ar",
            "هاجمت جماعة الحوثي، التي تقول الولايات المتحدة إنها تتلقى السلاح من إيران، سفينة تجارية في البحر الأحمر.",
            ("United States", "states", "Houthis"),
            ("Houthis", "states", "United States"),
        ),
        (
            "en",
            "The Houthis, who Washington says are armed by Iran, attacked another tanker in the Red Sea on Sunday.",
            ("United States", "states", "Houthis"),
            ("United States", "states", "Iran"),
        ),
    ],
)
def test_a_relative_speakers_statement_is_about_the_antecedent(lang, text, right, wrong):
    """ "who Kinshasa says …", «التي تقول كينشاسا إنها …»: the name after the relative speaks, of the antecedent."""
    rels = _rels(text, lang)
    assert right in rels
    assert wrong not in rels


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        (
            "Russia vetoed the draft resolution on Gaza on Tuesday, drawing a sharp rebuke from France.",
            ("France", "opposes", "Russia"),
            None,
        ),
        (
            "The ECOWAS bloc threatened to use force against the coup leaders in Niamey unless President Mohamed "
            "Bazoum was reinstated.",
            None,
            ("Economic Community of West African States", "opposes", "Mohamed Bazoum"),
        ),
    ],
)
def test_a_rebuke_of_the_clause_and_a_condition_after_unless(text, right, wrong):
    """ ", drawing a rebuke from France": the clause's subject is rebuked, not its object; the name after "unless"
    opens a condition of its own and is not the threat's object."""
    rels = _rels(text)
    assert right is None or right in rels
    assert wrong is None or wrong not in rels


def test_a_name_inside_the_charge_is_not_the_one_accused():
    """ "accused the army of using Islamist militias": the militias are in the charge; the accused is the army."""
    rels = _rels("The RSF, led by Mohamed Hamdan Dagalo, accused the army of using Islamist militias in Omdurman.")
    assert not any(r[1] == "opposes" and "militia" in r[2].lower() for r in rels)
    assert ("DR Congo", "opposes", "Rwanda") in _rels(
        "Kinshasa accused Rwanda of backing the M23 rebels in North Kivu."
    )


def test_a_prepositions_object_invokes_no_resolution():
    """The bundled Sochi article: «… لجنة دستورية تضم ممثلين عن الحكومة والمعارضة، … وفق قرار مجلس الأمن رقم
    2254» names the government after «عن» (whom the committee includes); it does not invoke the resolution."""
    from pathlib import Path

    from explorer.extract import extract
    from explorer.ingest.document import make_document
    from explorer.kb import load_kb

    path = Path(__file__).resolve().parents[2] / "explorer" / "samples" / "10-ar-2018-sochi-congress.md"
    doc = make_document(path.read_text(encoding="utf-8"), path=str(path))
    rels = extract(doc, load_kb()).relations
    assert not [r for r in rels if r.type == "references" and r.target == "agr:unscr-2254"]


def test_a_name_in_an_absolute_with_clause_is_no_object():
    """ ", with X chairing the meeting": a clause of its own; X is neither met nor a co-signatory."""
    met = _rels(
        "Ukrainian and Russian delegations met in Istanbul for direct talks for the first time since 2022, with "
        "Turkish Foreign Minister Hakan Fidan chairing the meeting."
    )
    assert ("Ukraine", "meets", "Russia") in met
    assert not any("Hakan Fidan" in (r[0], r[2]) and r[1] == "meets" for r in met)
    signed = _rels("Azerbaijan and Armenia signed the agreement in Washington, with Donald Trump hosting the ceremony.")
    assert any(r[0] == "Azerbaijan" and r[1] == "agrees_with" for r in signed)
    assert not any(r[0] == "Donald Trump" and r[1] == "agrees_with" for r in signed)
