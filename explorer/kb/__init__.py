"""The curated knowledge base: actors, agreements and places from the YAML files beside this module.

Loading turns every name, alias, demonym and capital into normalized surface forms for the gazetteer,
and indexes dated roles so that "the Russian foreign minister" can be resolved to a person.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

import yaml

from explorer.errors import ExplorerError
from explorer.text.normalize import normalize

KB_DIR = Path(__file__).parent
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: 10x faster on 1 MB of YAML
_ORG_HEADS = {"جبهه", "تنظيم", "حركه", "جماعه", "هييه", "حزب", "ميليشيا", "كتايب", "لواء", "جيش"}
_SWAP_HEADS = ("حركه", "جماعه", "تنظيم", "ميليشيا", "ميليشيات", "مليشيا", "مليشيات", "مجموعه")  # normalized
_SPELLINGS = {
    a: b
    for x, y in (("defence", "defense"), ("organisation", "organization"), ("mobilisation", "mobilization"),
                 ("centre", "center"), ("labour", "labor"), ("programme", "program"))
    for a, b in ((x, y), (y, x))
}
_EN_GROUP_HEADS = {"organization", "organisation", "network", "movement", "group", "militia"}
_ARTICLE = re.compile(r"(?<![\w'])(al|el|ul|an|ad|ar|as|ash|at|ath|adh|az)-([a-z]+)")
_COMMON_NAME_WORD = 10  # a word in the English names of this many entities or more says little alone
_EN_GROUP_NOUNS = ("group", "movement", "militia", "fighters", "militants", "rebels", "militiamen", "gunmen")
_MEMBER_HEADS = ("عناصر", "مسلحو", "مسلحي", "مقاتلو", "مقاتلي")  # normalized; nouns of a group's members
_BARE_PORTFOLIOS = {"الخارجيه", "الداخليه"}  # a ministry named without «وزارة» (not «الدفاع»: «قوات الدفاع الصومالية»)
_DUAL_HEADS = {"تنظيم", "حركه", "جماعه", "جبهه", "حزب", "مجلس", "قرار"}
SECTION_KIND = {"states": "state", "people": "person", "agreements": "agreement", "places": "place"}


@dataclass
class KBEntity:
    id: str
    kind: str
    name: str
    name_ar: str | None
    aliases: list[str]
    aliases_ar: list[str]
    record: dict = field(repr=False, default_factory=dict)

    @property
    def all_names(self) -> list[str]:
        return [self.name] + ([self.name_ar] if self.name_ar else []) + self.aliases + self.aliases_ar


@dataclass(frozen=True)
class Surface:
    """One way an entity is written. `role` says how it refers: name, demonym, capital or short."""

    key: str  # normalized
    entity_id: str
    role: str
    case_sensitive: str | None = None  # the exact original spelling when case matters (IS, AP)


@dataclass(frozen=True)
class Role:
    person: str
    office: str
    of: str | None
    to: str | None
    start: date | None
    end: date | None

    def active(self, on: date | None) -> bool:
        if on is None:
            return self.end is None
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


def parse_kb_date(value, *, end: bool = False) -> date | None:
    """YYYY, YYYY-MM or YYYY-MM-DD; an end date without day means the end of that period."""
    if value in (None, "", "null"):
        return None
    if isinstance(value, date):
        return value
    v = str(value)
    if re.fullmatch(r"\d{4}", v):
        return date(int(v), 12, 31) if end else date(int(v), 1, 1)
    if re.fullmatch(r"\d{4}-\d{2}", v):
        y, m = int(v[:4]), int(v[5:])
        if end:
            nxt = date(y + (m == 12), m % 12 + 1, 1)
            return date.fromordinal(nxt.toordinal() - 1)
        return date(y, m, 1)
    return date.fromisoformat(v)


def norm_alias(text: str) -> str:
    """The key an alias is matched under: the text normalization, white space folded."""
    return " ".join(normalize(text).text.split())


_AR_DEMONYM_SUFFIXES = ("", "ه", "ون", "ين", "ان", "تان", "تين", "يون", "يين")


def arabic_demonym_forms(base: str) -> list[str]:
    """روسي → روسي، روسية، روسيون، روسيين، روسيان، روسيتان ... each also with the article; and روسيا."""
    b = norm_alias(base)
    forms = []
    for suf in _AR_DEMONYM_SUFFIXES:
        if suf in ("يون", "يين"):
            continue
        w = b + suf
        forms += [w, "ال" + w]
    return forms + [b + "ا"]  # «المدعوم إماراتياً», «دعماً إيرانياً»: the accusative, as an adverb (no article)


def english_demonym_forms(dem: str) -> list[str]:
    out = [dem]
    if dem[-1:].isalpha() and not dem.endswith(("s", "ese", "sh", "ch", "i")) and dem[:1].isupper():
        out.append(dem + "s")
    if dem.endswith("i"):  # Iraqi → Iraqis
        out.append(dem + "s")
    return out


class KnowledgeBase:
    """Entities by id, their surface forms, and dated roles."""

    def __init__(self, records: dict[str, list[dict]]):
        self.entities: dict[str, KBEntity] = {}
        # get(entity_id): the entity or None. The dictionary's own look-up rather than a method: extraction asks
        # it 200 to 400 times per article, and a method was a Python call around each.
        self.get: Callable[[str], KBEntity | None] = self.entities.get
        self.surfaces: list[Surface] = []
        self.roles: list[Role] = []
        self.capital_of: dict[str, str] = {}  # place id of a capital -> state id
        self.state_capital: dict[str, str] = {}
        self.capital_holders: dict[str, list[tuple[str, str, str | None]]] = {}  # capital -> (actor, start, end)
        for section, items in records.items():
            for rec in items or []:
                self._add(section, rec)
        self._articleless()
        self._state_nisbas()
        self._english_variants()
        self._jointless_agreements()
        self._yan_spellings()
        self._final_alef_places()
        self._hard_g()
        self.roles_by_key: dict[tuple[str, str | None], list[Role]] = {}
        for r in self.roles:
            self.roles_by_key.setdefault((r.office, r.of), []).append(r)
        self.quoted_short: dict[str, str] = {}  # «النصرة» → جبهة النصرة: the name without its head noun
        counts: dict[str, set[str]] = {}
        for sf in self.surfaces:
            head, _, rest = sf.key.partition(" ")
            if rest and head in _ORG_HEADS and self.entities[sf.entity_id].kind in ("organization", "armed_group"):
                counts.setdefault(rest, set()).add(sf.entity_id)
        self.quoted_short = {k: next(iter(v)) for k, v in counts.items() if len(v) == 1}
        self._swapped_heads()
        self.rulers_by_state: dict[str, list[str]] = {}
        self.missions_by_state: dict[str, list[str]] = {}  # peacekeeping and political missions, by host state
        for ent in self.entities.values():
            for r in ent.record.get("rules") or ():
                self.rulers_by_state.setdefault(r["of"], []).append(ent.id)
            for r in ent.record.get("deployed") or ():
                self.missions_by_state.setdefault(r["in"], []).append(ent.id)
        self.roles_by_person: dict[str, list[Role]] = {}
        for r in self.roles:
            self.roles_by_person.setdefault(r.person, []).append(r)

    def _yan_spellings(self) -> None:
        """Armenian family names in "-yan" as news also spells them, "-ian" ("Nikol Pashinian", "Ararat Mirzoian",
        "Serzh Sarkisian"), and the other way round: a person's English name or alias whose last word ends in one
        gets the other, unless that spelling already names something."""
        taken = {sf.key for sf in self.surfaces}
        for ent in self.entities.values():
            if ent.kind != "person":
                continue
            for name in [ent.name, *ent.aliases]:
                key = norm_alias(name)
                if not name.isascii() or not key.endswith(("yan", "ian")) or len(key.rsplit(" ", 1)[-1]) < 6:
                    continue
                other = key[:-3] + ("ian" if key.endswith("yan") else "yan")
                self._add_variant(other, ent.id, "name", taken)

    def _final_alef_places(self) -> None:
        """Arabic spellings of foreign city names end in «ة» or «ا» as the writer pleases («أسمرة»/«أسمرا», «بيدوا»/
        «بيدوة», «أستانا»/«أستانة»): a one-word Arabic name of a place outside the Arab states, of five letters or
        more, gets the other ending, unless that spelling already names something. (An Arab town keeps its one
        spelling: «حوارة» written «حوارا» would be "a dialogue".)"""
        taken = {sf.key for sf in self.surfaces}
        for ent in self.entities.values():
            state = self.entities.get(ent.record.get("state") or self.capital_of.get(ent.id) or "")
            if ent.kind != "place" or state is None or "arab" in (state.record.get("regions") or ()):
                continue
            for name in (ent.name_ar, *(ent.record.get("aliases_ar") or ())):
                key = norm_alias(name or "")
                if " " in (name or " ") or len(key) < 5 or key.startswith("ال") or key[-1] not in "ها":
                    continue
                self._add_variant(key[:-1] + ("ا" if key[-1] == "ه" else "ه"), ent.id, "name", taken)

    def _add_variant(self, key: str, entity_id: str, role: str, taken: set[str]) -> None:
        """A written variant of a known name, unless its key already names something (`taken`, kept up to date)."""
        if key not in taken:
            self.surfaces.append(Surface(key, entity_id, role))
            taken.add(key)

    def _articleless(self) -> None:
        """«الإيغاد» is also written «إيغاد»: a one-word Arabic name of a body, with its article, is matched
        without it too, unless that bare word names something else."""
        taken = {sf.key for sf in self.surfaces}
        for sf in list(self.surfaces):
            bare = sf.key[2:]
            if not (sf.key.startswith("ال") and " " not in sf.key and len(bare) >= 4 and re_arabic(bare)):
                continue
            if self.entities[sf.entity_id].kind in ("organization", "armed_group"):
                self._add_variant(bare, sf.entity_id, sf.role, taken)

    def _swapped_heads(self) -> None:
        """«حركة النجباء» is also «جماعة النجباء», «ميليشيا النجباء», «تنظيم النجباء»: an armed group or body whose
        Arabic name opens with a head noun news swaps (`_SWAP_HEADS`) is matched under the others too, when the rest
        of the name is its own (`quoted_short`) and the new form names nothing else; with three words or more the
        rest alone is its name as well («الدولة الإسلامية في الصومال»). An armed group's is also matched after a
        noun of its members (`_MEMBER_HEADS`: «عناصر الحوثي», «مسلحي الشباب»), unless the rest is one word common in
        Arabic names («الدولة», «القاعدة»: «عناصر الدولة» may be the state's). «مجموعة» and one word is a group of
        people («مجموعة الشباب المتطوعين»), not that body."""
        taken = {sf.key for sf in self.surfaces}
        words: dict[str, set[str]] = {}  # word, article aside -> the entities whose Arabic names have it
        for sf in self.surfaces:
            if re_arabic(sf.key[:1]):
                for w in sf.key.split():
                    words.setdefault(w.removeprefix("ال"), set()).add(sf.entity_id)
        for sf in list(self.surfaces):
            head, _, rest = sf.key.partition(" ")
            if head not in _SWAP_HEADS or self.quoted_short.get(rest) != sf.entity_id:
                continue
            heads = _SWAP_HEADS if " " in rest else tuple(h for h in _SWAP_HEADS if h != "مجموعه")
            if self.entities[sf.entity_id].kind == "armed_group":
                common = " " not in rest and len(words.get(rest.removeprefix("ال"), ())) >= _COMMON_NAME_WORD
                heads += () if common else _MEMBER_HEADS
            for key in [f"{h} {rest}" for h in heads] + ([rest] if len(rest.split()) >= 3 else []):
                self._add_variant(key, sf.entity_id, sf.role, taken)

    def _english_variants(self) -> None:
        """The English names of bodies and armed groups as news also writes them, unless the variant names something
        else: the other spelling ("Defense" and "Defence", "Organization" and "Organisation"); without a leading
        "al-" when two words or more remain ("Quds Brigades"); an armed group's name without its last head noun
        (`_EN_GROUP_HEADS`: "Badr Organization", "Haqqani network") before a noun of fighters (`_EN_GROUP_NOUNS`:
        "Badr fighters", "the Haqqani group"), when that short name is no name of its own ("Hezbollah") nor the end
        of another name ("Kataib Hezbollah fighters" stay Kataib Hezbollah's)."""
        taken = {sf.key for sf in self.surfaces}
        seen: dict[str, int] = {}  # word -> in how many entities' English names
        for ent in self.entities.values():
            for w in {w for n in (ent.name, *ent.aliases) if n.isascii() for w in n.lower().split()}:
                seen[w] = seen.get(w, 0) + 1
        common = {w for w, k in seen.items() if k >= _COMMON_NAME_WORD}
        found: dict[str, set[str]] = {}  # variant -> the entities it would name
        for ent in list(self.entities.values()):
            if ent.kind not in ("organization", "armed_group"):
                continue
            for name in [ent.name, *ent.aliases]:
                if not name.isascii():
                    continue
                armed = ent.kind == "armed_group" and name[:1].isupper()
                for key in _english_name_variants(norm_alias(name), common if armed else None):
                    found.setdefault(key, set()).add(ent.id)
        self._owned_names(found)
        stems = {k.rsplit(" ", 1)[0] for k in found if k.endswith(_EN_GROUP_NOUNS)}
        inner: dict[str, set[str]] = {}  # stem -> the bodies whose longer names end with it
        lasts = {st.rsplit(" ", 1)[-1] for st in stems}
        for sf in self.surfaces:
            if sf.key.rsplit(" ", 1)[-1] not in lasts:
                continue
            words = sf.key.split()
            for i in range(1, len(words)):
                tail = " ".join(words[i:])
                if tail in stems and self.entities[sf.entity_id].kind in ("organization", "armed_group"):
                    inner.setdefault(tail, set()).add(sf.entity_id)
        for key, ids in found.items():
            stem = key.rsplit(" ", 1)[0]
            if len(ids) != 1:
                continue
            if stem in stems and (stem in taken or not inner.get(stem, set()) <= ids):
                continue
            self._add_variant(key, next(iter(ids)), "name", taken)

    def _jointless_agreements(self) -> None:
        """An English agreement name with "Joint" is also written without it ("the Declaration of Peace and
        Friendship", "the Astana Statement of January 2017"), when four words or more remain and the variant names
        nothing else."""
        taken = {sf.key for sf in self.surfaces}
        found: dict[str, set[str]] = {}
        for ent in self.entities.values():
            if ent.kind != "agreement":
                continue
            for key in [norm_alias(n) for n in (ent.name, *ent.aliases) if n.isascii()]:
                words = key.split()
                rest = [w for w in words if w != "joint"]
                if len(rest) < len(words) and len(rest) >= 4:
                    found.setdefault(" ".join(rest), set()).add(ent.id)
        for key, ids in found.items():
            if len(ids) == 1:
                self._add_variant(key, next(iter(ids)), "name", taken)

    def _owned_names(self, found: dict[str, set[str]]) -> None:
        """ "Islamic State's West Africa Province", "Hamas's Executive Force", "the IRGC's Quds Force": a body's
        English name that opens with another body's name, and goes on with two capitalised words or more, is also
        written with that name in the possessive (the variants go into `found`)."""
        owners: dict[str, set[str]] = {}
        for sf in self.surfaces:
            if self.entities[sf.entity_id].kind in ("organization", "armed_group"):
                owners.setdefault(sf.key, set()).add(sf.entity_id)
        for ent in self.entities.values():
            if ent.kind not in ("organization", "armed_group"):
                continue
            for words in [n.split() for n in (ent.name, *ent.aliases) if n.isascii()]:
                for i in range(1, len(words) - 1):
                    own = owners.get(norm_alias(" ".join(words[:i])), set())
                    if len(own) == 1 and ent.id not in own and words[i][:1].isupper():
                        found.setdefault(f"{norm_alias(' '.join(words[:i]))}'s {norm_alias(' '.join(words[i:]))}",
                                         set()).add(ent.id)

    def _hard_g(self) -> None:
        """«فاغنر» is «فاجنر» in the Egyptian press, «تيغراي» «تيجراي», «الكونغو» «الكونجو»: the Arabic names of a body
        whose English name has a "g" are also matched with «ج» for each «غ», unless the variant names something
        else or is a common word the record lists in `not_names_ar` («إيجاد», "finding", is not «إيغاد»)."""
        taken = {sf.key for sf in self.surfaces}
        for sf in list(self.surfaces):
            ent = self.entities[sf.entity_id]
            if "غ" not in sf.key or ent.kind not in ("organization", "armed_group") or "g" not in ent.name.lower():
                continue
            key = sf.key.replace("غ", "ج")
            if key not in {norm_alias(w) for w in ent.record.get("not_names_ar") or ()}:
                self._add_variant(key, sf.entity_id, sf.role, taken)

    def _state_nisbas(self) -> None:
        """«وزارة الخارجية الأرمينية» is also written «وزارة الخارجية الأرمنية», and «الخارجية الأرمينية» without
        «وزارة»: the Arabic name of a state's body that ends in the state's nisba is matched with each of the state's
        nisba spellings (`demonym_ar`, `demonyms_ar`), and a foreign or interior ministry's without «وزارة» too,
        unless the variant names something else."""
        taken = {sf.key for sf in self.surfaces}
        bases: dict[str, list[str]] = {}
        for ent in self.entities.values():
            if ent.kind == "state":
                forms = [ent.record.get("demonym_ar"), *(ent.record.get("demonyms_ar") or ())]
                bases[ent.id] = [norm_alias(str(f)) for f in forms if f]
        for ent in list(self.entities.values()):
            own = bases.get(ent.record.get("state") or "") if ent.kind == "organization" else None
            if not own:
                continue
            for name in [ent.name_ar, *ent.aliases_ar]:
                for key in _nisba_variants(norm_alias(name) if name else "", own):
                    self._add_variant(key, ent.id, "name", taken)

    def _add_capital_holders(self, pid: str, rec: dict) -> None:
        """Who held the capital when the state's government did not (`capital_held_by`: Sanaa, the Houthis)."""
        for h in rec.get("capital_held_by") or []:
            end = h.get("end")
            self.capital_holders.setdefault(pid, []).append((str(h["by"]), str(h["start"]), str(end) if end else None))

    def _add(self, section: str, rec: dict) -> None:
        kind = SECTION_KIND.get(section) or rec.get("kind") or "organization"
        ent = KBEntity(
            id=rec["id"],
            kind=kind,
            name=rec["name"],
            name_ar=rec.get("name_ar"),
            aliases=[str(a) for a in rec.get("aliases") or []],
            aliases_ar=[str(a) for a in rec.get("aliases_ar") or []],
            record=rec,
        )
        if ent.id in self.entities:
            raise ExplorerError(f"knowledge base: duplicate id {ent.id!r}")
        self.entities[ent.id] = ent
        self._add_names(ent, rec)
        if kind == "state":
            for d in rec.get("demonyms") or []:
                for f in english_demonym_forms(str(d)):
                    self._surface(f, ent.id, "demonym")
            if rec.get("demonym_ar"):
                for f in arabic_demonym_forms(rec["demonym_ar"]):
                    self.surfaces.append(Surface(f, ent.id, "demonym"))
            for d in rec.get("demonyms_ar") or []:  # other spellings, inflected like the first («الأرمينية»)
                for f in arabic_demonym_forms(d):
                    self.surfaces.append(Surface(f, ent.id, "demonym"))
            cap = rec.get("capital")
            if cap:
                pid = "place:capital-" + ent.id.split(":", 1)[1]
                self.capital_of[pid] = ent.id
                self.state_capital[ent.id] = pid
                self._add_capital_holders(pid, rec)
                cap_ar = rec.get("capital_ar")
                cap_ar_list = cap_ar if isinstance(cap_ar, list) else [cap_ar] if cap_ar else []
                cap_list = [str(c) for c in cap] if isinstance(cap, list) else [str(cap)]  # [Kyiv, Kiev]
                self.entities[pid] = KBEntity(
                    pid,
                    "place",
                    cap_list[0],
                    cap_ar_list[0] if cap_ar_list else None,
                    cap_list[1:],
                    cap_ar_list[1:],
                    {"state": ent.id, "type": "city"},
                )
                for n in cap_list + cap_ar_list:
                    self._surface(n, pid, "capital")
        if kind == "person":
            for r in rec.get("roles") or []:
                self.roles.append(
                    Role(
                        ent.id,
                        r.get("office", ""),
                        r.get("of"),
                        r.get("to"),
                        parse_kb_date(r.get("start")),
                        parse_kb_date(r.get("end"), end=True),
                    )
                )

    def _add_names(self, ent: KBEntity, rec: dict) -> None:
        for n in ent.all_names:
            self._surface(n, ent.id, "name")
        for a in (*(rec.get("local_aliases") or ()), *(rec.get("local_aliases_ar") or ())):
            self._surface(str(a), ent.id, "local")  # a name only where the article names its home state
        for a in rec.get("aliases_cs") or []:
            self.surfaces.append(Surface(norm_alias(a), ent.id, "name", case_sensitive=str(a)))

    def _surface(self, text: str, entity_id: str, role: str) -> None:
        key = norm_alias(text)
        if len(key) < 2:
            return
        bare = text.replace(".", "").replace(" ", "")
        if text.isascii() and bare.isupper() and len(bare) <= 4:  # US, IS, AP: an acronym, never "us" or "is"
            self.surfaces.append(Surface(key, entity_id, role, case_sensitive=text))
            return
        self.surfaces.append(Surface(key, entity_id, role))
        if "-" in key:  # al-Assad / al Assad
            self.surfaces.append(Surface(key.replace("-", " "), entity_id, role))
        first, _, code = key.rpartition(" ")
        if first and any(c.isdigit() for c in code) and code.replace("+", "").isalnum() and not code.isdigit():
            self.surfaces.append(Surface(f"{first} ({code})", entity_id, role))  # «اللجنة العسكرية المشتركة (5+5)»
        lam = key[3:] if key.startswith("الل") else key[1:] if key[:1] == "ل" else ""
        if len(lam) >= 2 and re_arabic(key):  # «للبنان», «للجنة الدولية»: a ل-initial name after the
            self.surfaces.append(Surface("لال" + lam, entity_id, role))  # preposition, as normalization writes it
        if " " in key and re_arabic(key) and min(map(len, key.split())) >= 2:  # aggregator run-ons: الأممالمتحدة
            # (not an abbreviation spelled letter by letter: «أ ش أ» run on is the «اشا» of «باشا»)
            self.surfaces.append(Surface(key.replace(" ", ""), entity_id, role))
            head, _, rest = key.partition(" ")
            if head in _DUAL_HEADS:  # «تنظيمي القاعدة وداعش»: the dual construct of تنظيم
                dual = head[:-1] + "ت" if head.endswith("ه") else head
                self.surfaces.append(Surface(f"{dual}ي {rest}", entity_id, role))

    # -- queries -----------------------------------------------------------------------------------
    def holders(self, office: str, of: str | None, on: date | None) -> list[str]:
        """People holding `office` of `of` on the date (current holders when undated)."""
        return [r.person for r in self.roles_by_key.get((office, of), []) if r.active(on)]

    def holders_in_year(self, office: str, of: str | None, year: int) -> list[str]:
        """People who held `office` of `of` at some time in `year` (for documents dated only by year)."""
        lo, hi = date(year, 1, 1), date(year, 12, 31)
        return list(
            dict.fromkeys(
                r.person
                for r in self.roles_by_key.get((office, of), [])
                if (r.start is None or r.start <= hi) and (r.end is None or r.end >= lo)
            )
        )

    def rulers(self, state: str, on: date | None, year: int | None = None) -> list[str]:
        """The bodies (`rules` in organizations) ruling the state on the date, or in the year when there is no
        date: the junta an article on the state means by "the junta", «المجلس العسكري»."""
        return self._dated_bodies(self.rulers_by_state, "rules", "of", state, on, year)

    def missions(self, state: str, on: date | None, year: int | None = None) -> list[str]:
        """The missions (`deployed` in organizations) in the state on the date, or in the year: the body an
        article on Mali means by "UN peacekeepers", «البعثة الأممية»."""
        return self._dated_bodies(self.missions_by_state, "deployed", "in", state, on, year)

    def _dated_bodies(
        self, index: dict[str, list[str]], field: str, key: str, state: str, on: date | None, year: int | None
    ) -> list[str]:
        out = []
        for org in index.get(state, ()):
            for r in self.entities[org].record.get(field) or ():
                start, end = parse_kb_date(r.get("start")), parse_kb_date(r.get("end"), end=True)
                if r.get(key) != state:
                    continue
                if on is not None and (start is None or start <= on) and (end is None or on <= end):
                    out.append(org)
                elif (
                    on is None
                    and year is not None
                    and (start is None or start.year <= year)
                    and (end is None or year <= end.year)
                ):
                    out.append(org)
        return out

    def roles_of(self, person: str, on: date | None = None) -> list[Role]:
        rs = self.roles_by_person.get(person, [])
        return [r for r in rs if on is None or r.active(on)]


def _english_name_variants(key: str, common: set[str] | None) -> list[str]:
    """Other spellings of the normalized English name `key` (KnowledgeBase._english_variants); `common`: for an
    armed group's name, the words too common in names to tell a group by alone ("Islamic Resistance" fighters
    may be anyone's), else None."""
    words = key.split()
    out = [" ".join(_SPELLINGS.get(w, w) for w in words)]
    if _ARTICLE.search(key):  # "Ansar al-Din", "Ansar ad-Din", "Ansar el-Din"; "Jaish al-Adl", "Jaish ul-Adl"
        out += [_ARTICLE.sub(lambda m, a=a: _article(a, m.group(2)), key) for a in ("al", "el", "ul", "")]
    if words[0] in ("al", "al-") or key.startswith("al-"):
        rest = key.split(" ", 1)[1] if words[0] in ("al", "al-") else key[3:]
        out += [rest] if len(rest.split()) >= 2 else []
    if "s's " in key:  # "Hamas's political bureau" is also written "Hamas' political bureau"
        out.append(key.replace("s's ", "s' "))
    stem = words[:-1]
    if common is not None and stem and words[-1] in _EN_GROUP_HEADS and not set(stem) <= common:
        if not any(c.isdigit() for c in key):
            out += [f"{' '.join(stem)} {noun}" for noun in _EN_GROUP_NOUNS if noun != words[-1]]
    return [v for v in out if v != key]


def _article(form: str, word: str) -> str:
    """The Arabic article before `word` in one English transliteration: "al-", "el-", "ul-", or with "" the
    article as said before a sun letter ("ash-Sham", "ad-Din", "an-Nusra")."""
    if form:
        return f"{form}-{word}"
    sun = next((d for d in ("sh", "th", "dh") if word.startswith(d)), word[0] if word[0] in "tdrzsnl" else "l")
    return f"a{sun}-{word}"


def _nisba_variants(key: str, bases: list[str]) -> list[str]:
    """The normalized name `key` ending in one of the nisbas (`bases`, normalized) with the article, written with
    each of them, and without a ministry's head noun (KnowledgeBase._state_nisbas)."""
    words = key.split()
    last = words[-1] if len(words) >= 2 else ""
    base = next((b for b in bases if last in ("ال" + b, "ال" + b + "ه")), None)
    if base is None:
        return []
    fem = last.endswith("ه") and not base.endswith("ه")
    out = [" ".join(words[:-1] + ["ال" + b + ("ه" if fem else "")]) for b in bases]
    if words[0] == "وزاره" and len(words) == 3 and words[1] in _BARE_PORTFOLIOS:
        out += [" ".join(v.split()[1:]) for v in out]  # «الخارجية الأرمنية»: the ministry, without «وزارة»
    return out


def re_arabic(s: str) -> bool:
    return any("\u0600" <= c <= "\u06ff" for c in s)


def load_records(directory: Path = KB_DIR) -> dict[str, list[dict]]:
    """Every section of every YAML file in `directory`, merged; errors name the file."""
    merged: dict[str, list[dict]] = {}
    for path in sorted(directory.glob("*.yaml")):
        try:
            data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader) or {}
        except yaml.YAMLError as e:
            raise ExplorerError(f"{path}: not valid YAML ({e})") from None
        for section, items in data.items():
            merged.setdefault(section, []).extend(items or [])
    return merged


@lru_cache(maxsize=4)
def load_kb(directory: str | None = None) -> KnowledgeBase:
    """The knowledge base (cached: loaded once per process)."""
    return KnowledgeBase(load_records(Path(directory) if directory else KB_DIR))
