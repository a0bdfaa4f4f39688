"""Untrusted text is text: Markdown from a URL or the store never becomes a link or an image in the dashboard,
and file names never forge report lines or reach the terminal raw."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hostilekit import ROOT, article, cli

from explorer.ingest.document import make_document
from explorer.records import Entity, Extraction, Mention, Relation
from explorer.store import open_store
from explorer.untrusted import markdown_text, path_text, terminal_text

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

LINK = "**Session expired.** [Click here](http://e.com/login)"
IMAGE = "![px](http://e.com/a.png)"
EVIL = f"{IMAGE} Evil {LINK} \u202eRLO"
EVIL_AGREEMENT = f"Accord {IMAGE} [x](http://e.com)"


def _html(markdown: str) -> str:
    from markdown_it import MarkdownIt

    return MarkdownIt("gfm-like").render(markdown)


def _no_link_no_image(texts: list[str]) -> None:
    for t in texts:
        html = _html(t)
        assert "<a " not in html and "<img" not in html, (t, html)


@pytest.mark.parametrize("value", [LINK, IMAGE, EVIL, "<http://e.com>", "www.e.com/x", "a@e.com", ":red[x] $x$"])
def test_markdown_text_renders_as_the_same_text(value):
    html = _html(markdown_text(value))
    assert "<a " not in html and "<img" not in html
    assert "\u202e" not in markdown_text(value)


def test_terminal_text_and_path_text():
    assert terminal_text("a\nFAILED forged\x1b[2J\u202e") == "a\\nFAILED forged\\x1b[2J\\u202e"
    assert path_text("ok/name.txt") == "ok/name.txt"
    assert path_text(b"\xc8.txt".decode("utf-8", "surrogateescape")) == "\\xc8.txt"


@pytest.fixture
def hostile_store(tmp_path, monkeypatch):
    """A store whose actor and agreement names are Markdown payloads, behind DIPLOGRAPH_DB."""
    import streamlit as st

    text = "Evil met the envoy. Evil signed the accord."
    doc = make_document(text, title=LINK, date="2016-03-01", lang="en", source=IMAGE, path="evil.txt")
    ents = [Entity("person:evil", EVIL, "person", mentions=[Mention("Evil", 0, 4)]),
            Entity("person:envoy", "Envoy", "person"),
            Entity("agr:evil", EVIL_AGREEMENT, "agreement")]
    rels = [Relation("person:evil", "person:envoy", "meets", "Evil met the envoy.", 0, 19, "2016-03-01", 0.9),
            Relation("person:evil", "agr:evil", "agrees_with", "Evil signed the accord.", 20, 43, "2016-03-01", 0.9)]
    db = tmp_path / "evil.db"
    with open_store(db) as store:
        store.add([Extraction(doc, ents, rels)])
    monkeypatch.setenv("DIPLOGRAPH_DB", str(db))
    st.cache_data.clear()
    st.cache_resource.clear()
    return db


def _markdown_shown(at) -> list[str]:
    """Every string the page hands to Markdown: texts, banners, captions, button labels and help."""
    out = []
    for kind in ("markdown", "warning", "error", "info", "success", "caption", "title", "subheader", "header"):
        out += [str(e.value) for e in at.get(kind)]
    for b in at.get("button"):
        out += [b.label, b.proto.help or ""]
    return out


@pytest.mark.parametrize("params", [
    {"kind": LINK},
    {"kind": IMAGE, "type": IMAGE},
    {"actor": IMAGE},
    {"actor": "person:evil", "tab": "agreements", "focus": "agr:evil"},
])
def test_url_and_store_values_never_become_links_or_images(hostile_store, params):
    from tests.app.handmade import run_app

    at = run_app(params)
    shown = _markdown_shown(at)
    _no_link_no_image(shown)
    if "kind" in params or "actor" in params and params["actor"] == IMAGE:
        warnings = " ".join(w.value for w in at.warning).replace("\\", "")
        assert "e.com" in warnings  # the value is shown, as text
    if params.get("tab") == "agreements":
        assert any("Who refers to" in s for s in shown)


def test_search_buttons_show_actor_names_as_text(hostile_store):
    from tests.app.handmade import run_app

    at = run_app()
    at.sidebar.text_input(key="q").set_value("Evil").run()
    labels = [b.label for b in at.get("button") if b.key and b.key.startswith("hit_")]
    assert labels, "the search found the actor"
    _no_link_no_image(_markdown_shown(at))
    assert all("\u202e" not in x for x in labels)


def test_file_names_cannot_forge_report_lines(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ok.txt").write_text(article(1), encoding="utf-8")
    for name in ("bad\nFAILED forged.txt: nothing wrong", "red\x1b[31m.txt", "rlo\u202etxt.exe.txt"):
        (folder / name).write_bytes(b"\x00\x01\x02" * 10)
    r = cli("ingest", folder, "--db", tmp_path / "s.db", "--quiet", "--workers", "1")
    assert r.returncode == 1
    assert "\x1b" not in r.stdout and "\u202e" not in r.stdout
    lines = r.stdout.splitlines()
    assert len([ln for ln in lines if ln.startswith("FAILED")]) == 3  # no forged line
    assert any("bad\\nFAILED forged.txt" in ln for ln in lines)
    assert any("red\\x1b[31m.txt" in ln for ln in lines) and any("rlo\\u202etxt" in ln for ln in lines)


def test_report_lines_of_non_utf8_file_names_print(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    bad = folder / Path(b"\xff\xfe-broken.txt".decode("utf-8", "surrogateescape"))
    bad.write_bytes(b"")
    r = cli("ingest", folder, "--db", tmp_path / "s.db", "--quiet", "--workers", "1")
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert "\\xff\\xfe-broken.txt: empty file" in r.stdout
