"""The extractor: gazetteer → discovery → coreference → relations, every item with its evidence.

Registered steps run in order; `STEPS` names them with versions so that a stored extraction can say
which extractor made it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from explorer.extract import (
    acronyms,
    agreements,
    armies,
    coreference,
    generic_groups,
    governments,
    known,
    missions,
    modifiers,
    names,
    organizations,
    places,
    resolutions,
    roles,
    rulers,
    titles,
)
from explorer.extract.blocks import extract_in_blocks
from explorer.extract.context import Context
from explorer.extract.engine import Sentence, extract_relations
from explorer.extract.lexicon import load_lexicon
from explorer.ingest.dates import relative_date
from explorer.kb import KnowledgeBase, load_kb
from explorer.records import Document, Entity, Extraction, Relation
from explorer.records import Mention as RMention
from explorer.speed import no_gc
from explorer.text.normalize import normalize
from explorer.text.sentences import split_sentences
from explorer.text.tokens import tokenize

STEPS: dict[str, Callable[[Context], None]] = {
    "gazetteer.v1": known.find_gazetteer,
    "kb-spellings.v1": names.find_kb_spellings,
    "longer-names.v1": names.find_longer_names,
    "quoted-names.v1": organizations.find_quoted_short_names,
    "media.v1": organizations.find_media,
    "resolutions.v1": resolutions.find_resolutions,
    "councils.v1": resolutions.find_councils_in_resolutions,
    "regional-authorities.v1": rulers.find_regional_authorities,
    "governments.v1": modifiers.governments,
    "national-bodies.v1": organizations.find_national_bodies,
    "led-bodies.v1": organizations.find_led_bodies,
    "org-short-forms.v1": coreference.find_org_short_forms,
    "armies.v1": armies.find_armies,
    "parliaments.v1": armies.find_parliaments,
    "presidencies.v1": armies.find_presidencies,
    "foreign-ministries.v1": armies.find_foreign_ministries,
    "group-references.v1": coreference.find_group_references,
    "cued-names.v1": names.find_cued_names,
    "ruling-bodies.v1": rulers.find_ruling_bodies,
    "missions.v1": missions.find_missions,
    "known-parts.v1": organizations.find_known_parts,
    "titles.v1": titles.find_titles,
    "descriptor-owners.v1": modifiers.mark_descriptor_owners,
    "spelled-out-bodies.v1": organizations.find_spelled_out_bodies,
    "numbered-units.v1": organizations.find_numbered_units,
    "organizations.v1": organizations.find_organizations,
    "typed-names.v1": organizations.find_typed_names,
    "known-as.v1": organizations.find_known_as_bodies,
    "owned-bodies.v1": organizations.find_owned_bodies,
    "places.v1": places.find_places,
    "title-owners.v1": titles.find_late_owners,
    "stacked-titles.v1": titles.find_stacked_titles,
    "named-processes.v1": organizations.find_named_processes,
    "described-bodies.v1": organizations.find_described_bodies,
    "listed-bodies.v1": organizations.find_listed_bodies,
    "named-members.v1": organizations.find_named_members,
    "acronyms.v1": acronyms.find_acronyms,
    "armed-bodies.v1": organizations.find_armed_bodies,
    "generic-groups.v1": generic_groups.find_generic_groups,
    "discovered-short-forms.v1": coreference.find_org_short_forms,
    "counterparts.v1": roles.find_counterparts,
    "named-counterparts.v1": roles.find_named_counterparts,
    "plural-roles.v1": coreference.find_plural_roles,
    "roles.v1": roles.resolve_role_mentions,
    "role-nouns.v1": coreference.find_role_nouns,
    "guests.v1": coreference.find_guests,
    "speakers.v1": names.find_speakers,
    "surnames.v1": names.find_surnames,
    "led-forces.v1": armies.find_led_forces,
    "leader-governments.v1": governments.find_leader_governments,
    "agreements.v1": agreements.find_generic_agreements,
    "agreement-parties.v1": agreements.find_named_parties,
    "collectives.v1": coreference.find_collectives,
    "listed-holders.v1": titles.find_listed_holders,
    "numbered-collectives.v1": coreference.find_numbered_collectives,
    "own-country.v1": coreference.find_own_country,
    "body-references.v1": coreference.find_body_references,
    "plural-collectives.v1": coreference.find_plural_collectives,
    "the-latter.v1": coreference.find_the_latter,
    "state-descriptions.v1": coreference.find_state_descriptions,
    "region-descriptions.v1": coreference.find_region_descriptions,
    "courtesy-titles.v1": titles.find_courtesy_titles,
    "modifiers.v1": modifiers.mark_modifiers,
    "capital-np.v1": modifiers.mark_capital_np,
    "process-capitals.v1": modifiers.mark_process_capitals,
    "possessive-roles.v1": titles.find_possessive_roles,
}
VERSION = "+".join(STEPS) + "+relations.v1"


def _doc_date(doc: Document) -> date | None:
    """The day roles are resolved on; a year or month from a file name is not a day (see _year_hint)."""
    if not doc.date or doc.date_precision not in (None, "day"):
        return None
    try:
        return date.fromisoformat(doc.date[:10])
    except ValueError:
        return None


def extract(doc: Document, kb: KnowledgeBase | None = None) -> Extraction:
    """Entities and relations of one document. Pure: no I/O, safe on any Unicode input. A text longer
    than a block (a book, a dump saved as one line) is extracted block by block (explorer.extract.blocks),
    so time and memory stay linear in its length wherever it comes from: ingest, `extract`, `reextract`."""
    kb = kb or load_kb()
    return extract_in_blocks(lambda part: _extract_block(part, kb), doc)


@no_gc
def _extract_block(doc: Document, kb: KnowledgeBase) -> Extraction:
    """One block, with the cyclic collector paused: a block makes thousands of small objects (tokens,
    mentions, sites) and no cycle among them, so the two or three young-generation collections it set off
    (about 2 % of a 3,000-character article) found nothing to free."""
    lang = doc.lang if doc.lang in ("ar", "en") else "ar"
    text = doc.text
    norm = normalize(text)
    toks = tokenize(norm.text)
    ctx = Context(text, norm, toks, load_lexicon(lang), kb, lang, _doc_date(doc), doc.id)
    if ctx.year is None:
        ctx.year = _year_hint(doc)
    if toks:
        for step in STEPS.values():
            step(ctx)
    sentences = _sentences(ctx)
    relations = extract_relations(ctx, sentences, doc.date) if toks else []
    organizations.arm_fighters(ctx, relations)
    return Extraction(doc, _entities(ctx, relations), _event_dates(relations, doc))


def _event_dates(relations: list[Relation], doc: Document) -> list[Relation]:
    """A relation happened on the day its sentence's «أمس» / "on Friday" points to, not always on the
    publication day."""
    days: dict[str, str | None] = {}
    out = []
    for r in relations:
        if r.sentence not in days:
            days[r.sentence] = relative_date(r.sentence, doc.date, doc.date_precision)
        day = days[r.sentence]
        out.append(replace(r, date=day) if day and day != r.date else r)
    return out


def _year_hint(doc: Document) -> int | None:
    """A year in the date field or the file name (…-2018-…) narrows role look-ups for undated articles."""
    import re

    for s in (doc.date or "", doc.path or ""):
        m = re.search(r"(?<!\d)(19[5-9]\d|20[0-4]\d)(?!\d)", s.rsplit("/", 1)[-1])
        if m:
            return int(m.group(1))
    return None


def _sentences(ctx: Context) -> list[Sentence]:
    out = []
    offs = ctx.norm.offsets
    import bisect

    starts = list(map(offs.__getitem__, ctx.tok_starts))  # each token's start in the original text
    for s, e in split_sentences(ctx.text):
        ts = bisect.bisect_left(starts, s)
        te = bisect.bisect_left(starts, e)
        if te > ts:
            out.append(Sentence(s, e, ts, te))
    return out


def _entities(ctx: Context, relations: list[Relation]) -> list[Entity]:
    """The document's entities with their mentions, each span once (a resolution is found both as a name and
    as a numbered resolution over the same words). A group named only by what it is ("Islamist insurgents",
    «الفصائل الكردية») is one only when it takes part in a relation (as the dev conventions annotate it)."""
    by_id: dict[str, Entity] = {}
    seen: set[tuple[str, int, int]] = set()
    generic, infos = ctx.entities.generic, ctx.entities.info
    related = {x for r in relations for x in (r.source, r.target)} if generic else set()
    for m in ctx.ments:
        eid, start, end = m.entity, m.start, m.end  # (each read once: a mention's attributes, about 100 of them)
        info = infos.get(eid)
        key = (eid, start, end)
        if info is None or key in seen or (eid in generic and eid not in related):
            continue
        seen.add(key)
        ent = by_id.get(eid)
        if ent is None:
            ent = by_id[eid] = Entity(
                eid, info["name"], info["kind"], info["name_ar"], list(info["aliases"]), [], info["known"]
            )
        ent.mentions.append(RMention(m.text, start, end))
    return list(by_id.values())


def extract_text(text: str, *, lang: str | None = None, date_: str | None = None, kb: KnowledgeBase | None = None):
    """Convenience for tests and notebooks: extract from a bare string."""
    from explorer.ingest.document import make_document

    return extract(make_document(text, lang=lang, date=date_), kb)
