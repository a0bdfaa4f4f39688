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


def test_word_lists_are_used_by_constructions():
    for lang in ("ar", "en"):
        for key in _lexicon(lang)["words"]:
            assert f'w("{key}")' in CODE, f"{lang}.yaml: words.{key} is never used"


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
