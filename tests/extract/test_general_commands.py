"""A force named by its general command («القيادة العامة للجيش الوطني الليبي», "the LNA General Command") is
that force: a party of an agreement signed "between" it and another (issue 9, every party of an agreement).
Sentences written for these tests."""

from explorer.extract.pipeline import extract_text


def test_an_agreement_between_a_government_and_a_forces_general_command_has_both_parties() -> None:
    text = "أعلن المجلس الرئاسي الليبي توقيع اتفاق بين حكومة الوحدة الوطنية والقيادة العامة للجيش الوطني الليبي."
    ex = extract_text(text, lang="ar", date_="2025-03-07")
    parties = {r.source for r in ex.relations if r.type == "agrees_with" and r.method.endswith("agreement-between")}
    assert parties == {"org:gnu", "group:lna"}


def test_the_general_command_in_english() -> None:
    ex = extract_text("The LNA General Command rejected the proposal.", lang="en", date_="2025-03-07")
    assert "group:lna" in {e.id for e in ex.entities}
