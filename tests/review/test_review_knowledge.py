"""The researcher's own knowledge file: used by ingest and reextract, checked with file, line and field."""

from __future__ import annotations

import textwrap

import pytest

from explorer.errors import ExplorerError
from explorer.review import api, knowledge, log
from explorer.review.reextract import reextract
from tests.review.conftest import cli

OVERLAY = """\
actors:
  - id: person:jane-roe
    name: Jane Roe
    name_ar: جين رو
    kind: person
    aliases: [J. Roe]
    roles:
      - {office: envoy, of: org:un, to: state:syr, start: "2016-01", end: null}
  - id: person:mohammed-alloush
    name: Mohammed Alloush
    kind: person
    aliases: [Abu Abdelrahman]
agreements:
  - id: agr:test-prisoner-deal
    name: Prisoner exchange deal
    name_ar: صفقة تبادل الأسرى
    date: "2016-05-02"
    parties: [state:syr, person:jane-roe]
"""


def test_overlay_entities_reach_the_extractor_through_reextract(store, db):
    path = knowledge.overlay_path(db)
    assert path.name == "s.kb.yaml"
    path.write_text(OVERLAY, encoding="utf-8")
    kb = knowledge.load_kb_with(path)
    assert kb.get("person:jane-roe").name_ar == "جين رو"
    assert kb.holders("envoy", "org:un", None) and "person:jane-roe" in kb.holders("envoy", "org:un", None)
    assert "Abu Abdelrahman" in kb.get("person:mohammed-alloush").aliases
    doc = store.documents_frame().query("date.isna()").iloc[0]["id"]
    text = store.document(doc).text
    assert "Jane Roe" not in text  # the file changes who is known, not the article
    report = reextract(store, db_path=db)
    assert report.failed == [] and report.documents == 3
    ents = api.reviewed(store).entities.set_index("id")
    assert ents.loc["person:mohammed-alloush", "known"] == 1  # now from the researcher's knowledge


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("actors:\n  - id: person:x\n    name: X\n    kind: wizard\n", ":4: field 'kind' is 'wizard'"),
        ("actors:\n  - id: person:x\n    name: X\n    kind: person\n    colour: red\n",
         ":5: field 'colour' is not known"),
        ("actors:\n  - id: person:x\n    kind: person\n", ":2: field 'name' is missing"),
        ("actors:\n  - id: person:x\n    name: X\n    kind: person\n    roles:\n"
         "      - {office: envoy, start: 2016-13}\n",
         ":6: role start '2016-13' is not YYYY"),
        ("agreements:\n  - id: agr:x\n    name: X\n    date: yesterday\n", ":4: field 'date' 'yesterday'"),
        ("agreements:\n  - id: agr:x\n    name: X\n    parties: [state:nowhere]\n",
         "entry 'agr:x' \\(line 2\\): parties 'state:nowhere' is not a known id"),
        ("actors: [\n", ": not valid YAML"),
        ("people:\n  - id: person:x\n", ":1: unknown section 'people'"),
        ("actors:\n  - id: x\n    name: X\n    kind: person\n", ":2: field 'id' must look like kind:slug"),
    ],
)
def test_overlay_errors_name_file_line_and_field_and_change_nothing(store, db, text, message):
    path = knowledge.overlay_path(db)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    before = store.stats()
    rel_before = api.reviewed(store).relations["rid"].tolist()
    with pytest.raises(ExplorerError, match=f"{path.name}.*{message}" if not message.startswith("entry") else message):
        reextract(store, db_path=db)
    assert store.stats() == before and api.reviewed(store).relations["rid"].tolist() == rel_before
    assert log.read_log(store) == []
    r = cli("reextract", "--db", db)
    assert r.returncode == 2 and r.stderr.startswith(f"error: {path}") and r.stderr.count("\n") == 1
