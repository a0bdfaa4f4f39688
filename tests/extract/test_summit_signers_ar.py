"""Issue 9, read from real Arabic news on the Gulf summit of 2021: «وقّع قادة دول مجلس التعاون، بالإضافة إلى
مصر، على البيان»: the leaders of a body's states sign for the body, and those an aside of addition names sign
too; a word of time ends a name discovered after a title («استقبل أمير قطر بعناق فور نزوله»: no man called
"with an embrace upon his landing"). Sentences written for these tests (news style)."""

from __future__ import annotations

import pytest

from explorer.extract.pipeline import extract_text


def _read(text: str, on: str):
    ex = extract_text(text, lang="ar", date_=on)
    names = {e.id: e.name for e in ex.entities}
    return {(names[r.source], r.type, names[r.target]) for r in ex.relations}, ex


@pytest.mark.parametrize(
    ("text", "on", "signers"),
    [
        ("ووقع قادة دول مجلس التعاون الخليجي على بيان العلا.", "2021-01-05", {"Gulf Cooperation Council"}),
        ("ووقّع قادة دول مجلس التعاون الخليجي، بالإضافة إلى مصر، على بيان العلا.", "2021-01-05",
         {"Gulf Cooperation Council", "Egypt"}),
        ("ووقع وزراء خارجية دول الاتحاد الأفريقي على إعلان أديس أبابا.", "2023-02-18", {"African Union"}),
    ],
)
def test_leaders_of_a_bodys_states_sign_for_it(text, on, signers):
    rels, _ = _read(text, on)
    assert {s for s, r, _ in rels if r == "agrees_with"} == signers


def test_a_word_of_time_ends_a_name_after_a_title():
    rels, ex = _read("وقالت القناة إن ولي العهد السعودي استقبل أمير قطر بعناق فور نزوله من الطائرة.", "2021-01-05")
    assert not any("فور" in e.name for e in ex.entities)
    assert ("Mohammed bin Salman", "meets", "Tamim bin Hamad Al Thani") in rels
