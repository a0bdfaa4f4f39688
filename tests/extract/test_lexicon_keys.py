"""Every key of the lexicons is read by some code: a word list nobody loads is a rule that silently does
nothing. Top-level keys must be read by the loader, `words:` keys by a construction (`lex.w("key")`),
and construction parameters by the construction that owns them."""

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
CODE = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "explorer" / "extract").glob("*.py"))
LOADER = (ROOT / "explorer" / "extract" / "lexicon.py").read_text(encoding="utf-8")


def _lexicon(lang: str) -> dict:
    return yaml.safe_load((ROOT / "explorer" / "lexicon" / f"{lang}.yaml").read_text(encoding="utf-8"))


def test_top_level_keys_are_loaded():
    for lang in ("ar", "en"):
        for key in _lexicon(lang):
            assert re.search(rf'data(\.get\(|\[)"{key}"', LOADER), f"{lang}.yaml: {key!r} is never loaded"
        for key in _lexicon(lang).get("role_nouns") or {}:
            assert f'.get("{key}")' in LOADER, f"{lang}.yaml: role_nouns.{key} is never loaded"


ANY_OF = " ".join(re.findall(r"any_of\(([^)]*)\)", CODE))  # the lists joined once per lexicon by `any_of`


def test_word_lists_are_used_by_constructions():
    for lang in ("ar", "en"):
        for key in _lexicon(lang)["words"]:
            assert f'w("{key}")' in CODE or f'"{key}"' in ANY_OF, f"{lang}.yaml: words.{key} is never used"


def test_construction_parameters_are_read():
    for lang in ("ar", "en"):
        for name, params in _lexicon(lang)["constructions"].items():
            for key in params or {}:
                if key == "confidence":
                    assert f'"{name}"' in CODE, f"{lang}.yaml: {name} is not a construction"
                    continue
                assert re.search(rf'"{name}",\s*"{key}"', CODE) or f'"{key}"' in CODE, (
                    f"{lang}.yaml: constructions.{name}.{key} is never read"
                )


class _StrictLoader(yaml.SafeLoader):
    """A loader that refuses a mapping with the same key twice (YAML keeps the last one without a word)."""


def _no_duplicates(loader: _StrictLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    seen: set = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        assert key not in seen, f"line {key_node.start_mark.line + 1}: key {key!r} appears twice"
        seen.add(key)
    return loader.construct_mapping(node, deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _no_duplicates)


def test_no_data_file_gives_a_key_twice():
    """A second `aside_openers:` in en.yaml once replaced the first without a word, and three membership rules
    stopped working: every data file is read with a loader that refuses a repeated key."""
    files = sorted((ROOT / "explorer").rglob("*.yaml"))
    assert len(files) > 10
    for f in files:
        try:
            yaml.load(f.read_text(encoding="utf-8"), Loader=_StrictLoader)  # noqa: S506 (a SafeLoader subclass)
        except AssertionError as e:
            raise AssertionError(f"{f.relative_to(ROOT)}: {e}") from None


# Feminine present forms left out on purpose: the form is also a common noun («تنفيذ» implementation,
# «تقرير» report, «تصفية», «تجدد القتال», «تقاطع», «توقع» expectation, «تحمل المسؤولية» bearing it), which would
# fire as a verb.
_NOT_FEMININE = {"تنفي*", "تقر*", "تصف*", "تجدد*", "تقاطع*", "توقع*", "تحمل مسؤولية", "تحمل المسؤولية"}


def test_arabic_verbs_have_their_feminine_present():
    """A state or a body is grammatically feminine in Arabic («تدعم مصر», «تقاتل القوات»): a present-tense trigger
    listed in the masculine (يـ) has its feminine (تـ) beside it, unless that form is also a noun."""
    for rtype, words in _lexicon("ar")["triggers"].items():
        listed = set(words)
        for w in words:
            if w.startswith("ي") and len(w) > 3 and "ت" + w[1:] not in _NOT_FEMININE:
                assert "ت" + w[1:] in listed, f"ar.yaml triggers.{rtype}: {w} without {'ت' + w[1:]}"


def test_phrase_markers_stand_only_at_the_ends():
    """'~' (a noun use) opens a phrase and '*' (a prefix) ends it; one inside a phrase becomes a word of its own,
    and the phrase never matches ("~phone ~talks" lost every "phone talks" to negotiates_with)."""
    def strings(x):
        if isinstance(x, dict):
            for v in x.values():
                yield from strings(v)
        elif isinstance(x, list):
            for v in x:
                yield from strings(v)
        elif isinstance(x, str):
            yield x

    for lang in ("ar", "en"):
        bad = [s for s in strings(_lexicon(lang)) if "~" in s[1:] or "*" in s[:-1]]
        assert not bad, f"{lang}.yaml: markers inside phrases: {bad[:5]}"
