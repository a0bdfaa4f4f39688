"""Speed work that must not change what is found: the engine leaves source-after out for a trigger whose first
word opens no source phrase (its first check, asked once per word), yet still runs it after "according to"; a name
with no forces noun in the three words before it is no "forces of X" span; fights-only checks of the gate still
read "condemned the attack by X". Sentences written for these tests (news style, several conflicts)."""

from __future__ import annotations

import pytest

from explorer.extract.armies import _forces_before
from explorer.extract.constructions import _source_word
from explorer.extract.context import Context
from explorer.extract.lexicon import load_lexicon
from explorer.extract.pipeline import extract_text
from explorer.kb import load_kb
from explorer.text.normalize import normalize
from explorer.text.tokens import tokenize
from tests.extract.shapes import check_relations


def _ctx(text: str, lang: str) -> Context:
    norm = normalize(text)
    return Context(text, norm, tokenize(norm.text), load_lexicon(lang), load_kb(), lang, None, "t")


@pytest.mark.parametrize(
    ("text", "lang", "word", "opens"),
    [
        ("according to the UN", "en", 0, True),
        ("the army attacked", "en", 2, False),
        ("وبحسب بيان الرئاسة", "ar", 0, True),
        ("هاجمت القوات المدينة", "ar", 0, False),
    ],
)
def test_source_word_is_the_first_word_of_a_source_phrase(text, lang, word, opens):
    ctx = _ctx(text, lang)
    assert bool(_source_word(ctx, ctx.toks[word])) is opens


@pytest.mark.parametrize(
    ("text", "lang", "on", "wanted"),
    [
        ("According to the United Nations, the RSF attacked the army in El Fasher on Monday.", "en", "2024-05-13",
         [("org:un", "states", "group:rsf")]),
        ("According to the African Union, al-Shabaab attacked a base of the Somali army near Mogadishu.", "en",
         "2023-02-10", [("org:african-union", "states", "group:al-shabaab")]),
    ],
)
def test_source_after_still_reads_the_source(text, lang, on, wanted):
    check_relations(extract_text(text, lang=lang, date_=on).relations, wanted, [])


def test_forces_before_needs_a_forces_noun():
    forces, loyal = frozenset({"forces", "قوات"}), frozenset({"loyal to"})
    assert _forces_before(["the", "army", "of", "Haftar"], 3, forces, loyal) is None
    assert _forces_before(["forces", "of", "Haftar"], 2, forces, loyal) == (0, 2)
    assert _forces_before(["forces", "loyal", "to", "Haftar"], 3, forces, loyal) == (0, 3)
    assert _forces_before(["Haftar"], 0, forces, loyal) is None


@pytest.mark.parametrize(
    ("text", "lang", "on", "wanted", "unwanted"),
    [
        ("Egypt condemned the attack by the Houthis on the ship in the Red Sea.", "en", "2024-01-12",
         [("state:egy", "opposes", "*")], [("state:egy", "fights", "*")]),
        ("قصفت القوات الموالية لحكومة الوفاق مواقع قوات حفتر جنوب طرابلس.", "ar", "2019-07-16",
         [("org:gna", "fights", "group:lna")], []),
    ],
)
def test_fights_checks_of_the_gate(text, lang, on, wanted, unwanted):
    check_relations(extract_text(text, lang=lang, date_=on).relations, wanted, unwanted)


def test_gazetteer_letter_test_matches_the_letter_set():
    """The gazetteer's word-edge test reads `isalnum` and one mark instead of hashing each character into its set
    of Arabic letters: the two agree on every character of the Arabic blocks and of Latin-1."""
    from explorer.extract.gazetteer import _AR_LETTER, _is_letter

    for cp in [*range(0x0600, 0x0700), *range(0x20, 0x100)]:
        ch = chr(cp)
        assert _is_letter(ch) == (ch.isalnum() or ch in _AR_LETTER), hex(cp)


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        ("وقال وزير خارجية مصر إن القاهرة وموسكو تدعمان اتفاق الرياض", "ar", ["مصر", "القاهرة", "موسكو"]),
        ("Egypt and Russia backed the Riyadh Agreement, officials in Cairo said.", "en", ["Egypt", "Russia", "Cairo"]),
    ],
)
def test_gazetteer_hits_longest_first_then_in_order(text, lang, names):
    """Hits are chosen longest first, then leftmost (sorted by one number per hit), and come back in reading order;
    a name after a proclitic («وموسكو») is still found."""
    from explorer.extract.gazetteer import find

    norm = normalize(text)
    hits = find(norm, text, load_kb())
    assert [h.nstart for h in hits] == sorted(h.nstart for h in hits)
    found = [text[h.start : h.end] for h in hits]
    for name in names:
        assert any(name in f for f in found), (name, found)


def test_where_finds_texts_forms_and_last_forms():
    """`where` looks words up by text, by any form, or by last form (sets, frozensets and dictionary keys alike)."""
    ctx = _ctx("وقالت الحكومة إن الحكومة والمعارضة وقعتا الاتفاق", "ar")
    gov = [k for k, t in enumerate(ctx.texts) if t == "الحكومه"]
    assert ctx.where(frozenset({"الحكومه"})) == gov
    assert ctx.where({"الحكومه", "غير"}) == gov
    assert ctx.where({"حكومه": 1}.keys(), forms=True) == gov
    assert ctx.where(frozenset({"معارضه"}), forms=True) == [k for k, t in enumerate(ctx.texts) if t == "والمعارضه"]
    many = frozenset(f"w{i}" for i in range(2000)) | {"اتفاق"}
    assert ctx.where(many, lasts=True) == [len(ctx.texts) - 1]


def test_sentence_patterns_gated_by_mention_kinds():
    """A sentence pattern registered with mention kinds (`mentioning`) is left out of a sentence that holds no
    mention of one of them, and kept (in registration order) in one that does; patterns with no kinds stay."""
    from types import SimpleNamespace

    from explorer.extract.engine import KINDS, _of_kinds, mentioning

    def plain(*_):
        return None

    def pact(*_):
        return None

    gated = mentioning("agreement")(pact)
    try:
        fns, kept = [plain, gated], {}
        person, accord = SimpleNamespace(kind="person"), SimpleNamespace(kind="agreement")
        assert _of_kinds(fns, [person], kept) == [plain]
        assert _of_kinds(fns, [person, accord], kept) == fns
        assert _of_kinds(fns, [], kept) == [plain]
    finally:
        del KINDS[gated]


@pytest.mark.parametrize(
    ("text", "on", "wanted"),
    [
        ("The United States has led a coalition of Western countries in air strikes against the Houthis in Yemen.",
         "2023-06-10", [("state:usa", "fights", "group:houthis")]),
        ("The Arab Quartet (Saudi Arabia, Egypt, the UAE and Bahrain) cut ties with Qatar in 2017.", "2017-06-10",
         [("state:sau", "member_of", "*"), ("state:bhr", "member_of", "*")]),
        ("Yasir Arman of the SPLM-N told reporters in Juba that talks would resume.", "2023-06-10",
         [("*", "member_of", "*")]),
        ("The Jeddah agreement between the Sudanese army and the Rapid Support Forces collapsed within days.",
         "2023-06-10", [("group:rsf", "agrees_with", "*")]),
    ],
)
def test_kind_gated_patterns_still_read_their_sentences(text, on, wanted):
    """led-against (an armed group), member-list (a body), person-of-body (a person), agreement-between (an
    agreement): each still acts in a sentence that holds its kind of mention."""
    check_relations(extract_text(text, lang="en", date_=on).relations, wanted, [])


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        ("The peace agreement between Ethiopia and Eritrea was signed in Jeddah.",
         [("state:eth", "agrees_with", "*"), ("state:eri", "agrees_with", "*")], []),
        ("Qatar and Egypt stepped up efforts for a truce between Israel and Hamas on Monday.",
         [], [("state:isr", "agrees_with", "*"), ("group:hamas", "agrees_with", "*")]),
        ("Mediators are still working on a peace treaty between Armenia and Azerbaijan.",
         [], [("state:arm", "agrees_with", "*"), ("state:aze", "agrees_with", "*")]),
    ],
)
def test_agreement_between_reads_its_sides_then_its_checks(text, wanted, unwanted):
    """agreement-between looks for two sides first and asks whether the agreement was reached only when it found
    them: a reached agreement still has both parties; a sought truce or a deal not reached still has none."""
    check_relations(extract_text(text, lang="en", date_="2024-09-20").relations, wanted, unwanted)
