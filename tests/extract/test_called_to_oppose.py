"""Who calls on another to act against a third holds that stance; the one called on has done nothing yet
("urged the EU to impose sanctions on Russia": the caller opposes Russia, the EU not yet)."""

from __future__ import annotations

import pytest

from explorer.extract.pipeline import extract_text

CASES = [
    ("en", "Lithuania urged NATO allies to impose tougher sanctions on Belarus.", ("Lithuania", "Belarus"), "NATO"),
    ("en", "Armenia called on the Security Council to condemn Azerbaijan over the blockade.",
     ("Armenia", "Azerbaijan"), "UN Security Council"),
    ("ar", "وطالبت الصومال الاتحاد الأفريقي بفرض عقوبات على حركة الشباب.", ("Somalia", "al-Shabaab"), "African Union"),
]


@pytest.mark.parametrize("lang,text,pair,called", CASES)
def test_caller_opposes_the_target_not_the_one_called_on(lang, text, pair, called, kb):
    ex = extract_text(text, lang=lang, date_="2023-05-01", kb=kb)
    names = {e.id: e.name for e in ex.entities}
    got = {(names[r.source], r.type, names[r.target]) for r in ex.relations}
    assert (pair[0], "opposes", pair[1]) in got
    assert not any(s.startswith(called) and r == "opposes" for s, r, _ in got)
