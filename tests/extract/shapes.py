"""The shape a relation test asks for: (source, type, target), where "*" matches anything and a pattern ending
in "*" matches any id with that prefix (a discovered body's id, `org:x-body-…`)."""

from explorer.extract.pipeline import extract_text
from explorer.ontology import symmetric_types


def fits(rel, want: tuple[str, str, str]) -> bool:
    """A symmetric type ("meets") fits either way round, as the scorer counts it."""

    def ok(pattern: str, value: str) -> bool:
        return pattern == "*" or value == pattern or (pattern.endswith("*") and value.startswith(pattern[:-1]))

    src, rtype, tgt = want
    if not ok(rtype, rel.type):
        return False
    if ok(src, rel.source) and ok(tgt, rel.target):
        return True
    return rel.type in symmetric_types() and ok(src, rel.target) and ok(tgt, rel.source)


def check_relations(rels, wanted, unwanted) -> None:
    """Every wanted shape is among the relations and no unwanted one is (the assertion shows what was found)."""
    got = [(r.source, r.type, r.target, r.method) for r in rels]
    for want in wanted:
        assert any(fits(r, want) for r in rels), (want, got)
    for bad in unwanted:
        assert not [r for r in rels if fits(r, bad)], (bad, got)


def named_relations(text: str, lang: str, date: str | None, kb=None) -> set[tuple[str, str, str]]:
    """The triples of a text with each entity's name instead of its id (a discovered one has a made-up id)."""
    ex = extract_text(text, lang=lang, date_=date, kb=kb)
    names = {e.id: e.name for e in ex.entities}
    return {(names.get(r.source, r.source), r.type, names.get(r.target, r.target)) for r in ex.relations}


def triples(text: str, lang: str, date: str | None = None) -> set[tuple[str, str, str]]:
    """The (source id, type, target id) triples extracted from a text."""
    return {(r.source, r.type, r.target) for r in extract_text(text, lang=lang, date_=date).relations}


def parties(rels) -> set[str]:
    """The names that agree with something among `named_relations` triples: an agreement's signers."""
    return {s for s, t, _ in rels if t == "agrees_with"}
