"""Arabic: support that a verb of opposing takes as its object, with its own agent after it, is that agent's
(issue 9, arguments in the right order): «وانتقدت الصين دعم واشنطن لتايبيه» made China a backer of the United
States; «رفضت إيران دعم واشنطن لإسرائيل» is Washington's support, which Iran rejects, not a support Iran refuses
to give. The noun right after a verb of relation and its subject is that verb's object, not a second verb.
Sentences written for these tests."""

import pytest

from explorer.extract.pipeline import extract_text


def _rels(text: str) -> set[tuple[str, str, str]]:
    return {(r.source, r.type, r.target) for r in extract_text(text, lang="ar", date_="2024-03-07").relations}


@pytest.mark.parametrize(
    "text, critic, backer",
    [
        ("وانتقدت الصين دعم واشنطن لتايبيه.", "state:chn", "state:usa"),
        ("ورفضت إيران دعم واشنطن لإسرائيل.", "state:irn", "state:usa"),
        ("وانتقدت روسيا دعم باريس لكييف.", "state:rus", "state:fra"),
    ],
)
def test_the_critic_opposes_the_backer_and_does_not_back_him(text: str, critic: str, backer: str) -> None:
    rels = _rels(text)
    assert (critic, "opposes", backer) in rels
    assert (critic, "supports", backer) not in rels


def test_the_rejected_support_keeps_its_own_agent() -> None:
    assert ("state:usa", "supports", "state:isr") in _rels("ورفضت إيران دعم واشنطن لإسرائيل.")


def test_a_support_refused_without_an_agent_is_still_no_support() -> None:
    rels = _rels("ورفضت مصر دعم الحوثيين.")
    assert not any(t == "supports" for _, t, _ in rels)
