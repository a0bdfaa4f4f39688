"""The ontology as data: node kinds and relation types from ontology.yaml."""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path

import yaml

from explorer.errors import ExplorerError

_PATH = Path(__file__).with_name("ontology.yaml")


@lru_cache(maxsize=1)
def load() -> dict:
    return yaml.safe_load(_PATH.read_text(encoding="utf-8"))


def kinds() -> list[str]:
    return list(load()["kinds"])


def relation_types() -> list[str]:
    return list(load()["relations"])


def symmetric_types() -> set[str]:
    return {k for k, v in load()["relations"].items() if v.get("symmetric")}


_ACTOR = ("person", "state", "organization", "armed_group")


def _expand(kinds: list[str]) -> frozenset[str]:
    return frozenset(k for x in kinds for k in (_ACTOR if x == "actor" else (x,)))


@cache
def target_kinds(rtype: str) -> frozenset[str]:
    """The node kinds a relation of this type may point to (ontology.yaml, relation_rules)."""
    return _expand(load()["relation_rules"][rtype]["targets"])


@cache
def where_kinds(rtype: str) -> frozenset[str]:
    """Kinds a construction may still name as a relation's target though no construction looks for them there
    (ontology.yaml `where`: "Moscow's air support on the northern Aleppo front", the seed's worked example)."""
    return target_kinds(rtype) | _expand(load()["relation_rules"][rtype].get("where") or [])


@cache
def source_kinds(rtype: str) -> frozenset[str]:
    """The node kinds a relation of this type may start from."""
    return _expand(load()["relation_rules"][rtype]["sources"])


@cache
def member_offices() -> frozenset[str]:
    """Offices that make a person a member of the body their title names (a spokesperson, an official), where
    other offices (a minister, a commander) hold a role in it."""
    return frozenset(load()["relation_rules"]["member_of"].get("offices") or [])


@cache
def base_confidence(rtype: str) -> float:
    """A relation type's starting confidence (asked once per trigger: kept, not read from the YAML again)."""
    return float(load()["relation_rules"][rtype]["confidence"])


def kind_colour(kind: str) -> str:
    return load()["kinds"].get(kind, {}).get("colour", "#999999")


def relation_colour(rtype: str) -> str:
    return load()["relations"].get(rtype, {}).get("colour", "#999999")


def relation_dashed(rtype: str) -> bool:
    """Whether links of `rtype` are drawn dashed (to tell apart two types that share a colour)."""
    return bool(load()["relations"].get(rtype, {}).get("dash"))


def palette() -> list[str]:
    """The colour-blind-safe palette for groups without a fixed colour (communities, chart series)."""
    return list(load()["palette"])


def change_colours() -> dict[str, str]:
    """Colour of each kind of change of a link between two periods."""
    return dict(load()["changes"])


def plover(rtype: str) -> str | None:
    return load()["relations"][rtype].get("plover")


def check_relation_type(name: str) -> str:
    """Return `name` if it is a relation type, else raise an error listing the known ones."""
    if name not in load()["relations"]:
        raise ExplorerError(f"No relation type {name!r}. Known types: {', '.join(relation_types())}")
    return name


def check_kind(name: str) -> str:
    if name not in load()["kinds"]:
        raise ExplorerError(f"No node kind {name!r}. Known kinds: {', '.join(kinds())}")
    return name
