"""The snapshot's evidence rows: the direct way for a view's items gives exactly what the general way gives."""

from __future__ import annotations

import math

import pytest

from explorer.render.snapshot import _any_evidence_row, _evidence_row

FULL = {"doc_id": "d1", "doc_title": "Talks in Geneva", "doc_source": "AFP", "doc_url": "https://x.example/a",
        "doc_date": "2016-02-12T00:00:00", "type": "meets", "sentence": "Kerry met Lavrov.", "date": "2016-02-12",
        "confidence": 0.8, "lang": "en", "trigger": "met", "method": "subject-verb", "review": None}


@pytest.mark.parametrize("item", [
    FULL,
    {k: v for k, v in FULL.items() if k not in ("doc_url", "doc_date", "review")},  # a frame without those columns
    {**FULL, "doc_id": None, "doc_title": None, "doc_source": None, "doc_url": None, "doc_date": None},  # no document
    {**FULL, "confidence": 1},  # an integer confidence
    {**FULL, "confidence": math.nan},
    {**FULL, "date": None, "review": "confirmed"},
    {"type": "phones", "sentence": "وأجرى لافروف اتصالاً هاتفياً بكيري.", "confidence": 0.7},
    {**FULL, "doc_title": 12},  # not a string
])
def test_direct_and_general_evidence_rows_agree(item):
    docs_a: dict = {}
    docs_b: dict = {}
    a, b = _evidence_row(item, docs_a), _any_evidence_row(item, docs_b)
    assert repr(a) == repr(b) and docs_a == docs_b  # repr: nan equals itself
