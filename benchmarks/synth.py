"""Synthetic news corpus for benchmarks: Arabic and English diplomacy articles built from the KB.

Every article is made of facts from explorer/kb/*.yaml: the people hold the office they held on the
article's date (a foreign minister meets a foreign minister in office that day), cities and capitals
are real, agreements are cited only after their adoption. Sentences follow the shapes of wire copy
with real relation triggers («التقى وزير الخارجية الروسي سيرغي لافروف نظيره التركي …», "X met Y in
Z on Tuesday", phone calls, visits, support for a resolution). Datelines use every Arabic month
family (تموز/يوليو/يوليوز), Arabic-Indic digits, weekdays, Hijri dates; some articles are dated only
by their front matter, page metadata or file name, a few not at all. Dates span 2011–2024.

    python benchmarks/synth.py 5000 /tmp/corpus                  # write 5,000 articles
    python benchmarks/synth.py 5000 /tmp/corpus --store graphs/bench.db   # and ingest them

The texts are generated, not collected: nothing here is copied from any news source.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import html
import random
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import yaml

KB_DIR = Path(__file__).resolve().parent.parent / "explorer" / "kb"
START, END = dt.date(2011, 1, 1), dt.date(2024, 12, 31)
FORMATS = ("txt", "md", "html")

AR_MONTHS = {  # families: Egyptian/Gulf, Levantine, Maghrebi
    "eg": ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
           "ديسمبر"],
    "lev": ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
            "تشرين الثاني", "كانون الأول"],
    "mag": ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"],
}
HIJRI_MONTHS = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان",
                "شوال", "ذو القعدة", "ذو الحجة"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
AR_DAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

AR_SOURCES = ["وكالة المثال للأنباء", "صحيفة الخبر المثالية", "موقع الشرق المثالي", "إذاعة الأمثلة"]
EN_SOURCES = ["Example Wire", "The Sample Herald", "Placeholder News Agency", "Demo Daily"]

OFFICES = {  # office: (English title, Arabic title with the demonym after it)
    "foreign_minister": ("Foreign Minister", "وزير الخارجية"),
    "president": ("President", "الرئيس"),
    "prime_minister": ("Prime Minister", "رئيس الوزراء"),
    "defence_minister": ("Defence Minister", "وزير الدفاع"),
    "national_security_adviser": ("National Security Adviser", "مستشار الأمن القومي"),
    "envoy": ("envoy", "المبعوث"),
    "secretary_general": ("Secretary-General", "الأمين العام"),
    "un_ambassador": ("Ambassador to the UN", "المندوب"),
}
AR_IDAFA = {  # when a state has no nisba: «وزير خارجية بالاو»
    "foreign_minister": "وزير خارجية", "president": "رئيس", "prime_minister": "رئيس وزراء",
    "defence_minister": "وزير دفاع", "national_security_adviser": "مستشار الأمن القومي في",
}

TOPICS = [
    ("the situation in Syria", "الوضع في سوريا"), ("the war in Yemen", "الحرب في اليمن"),
    ("the crisis in Libya", "الأزمة في ليبيا"), ("Iran's nuclear programme", "البرنامج النووي الإيراني"),
    ("the humanitarian situation in Gaza", "الوضع الإنساني في غزة"), ("security in Iraq", "الأوضاع الأمنية في العراق"),
    ("the fight against terrorism", "مكافحة الإرهاب"), ("bilateral relations", "العلاقات الثنائية"),
    ("the return of refugees", "عودة اللاجئين"), ("the crisis in Sudan", "الأزمة في السودان"),
    ("the political process in Lebanon", "العملية السياسية في لبنان"), ("energy cooperation", "التعاون في مجال الطاقة"),
]
AR_FILLER = [
    "وتأتي هذه المباحثات في إطار جولة إقليمية تشمل عددا من عواصم المنطقة.",
    "وأشار البيان الختامي إلى أن الجانبين اتفقا على مواصلة التشاور في الأسابيع المقبلة.",
    "ولم يصدر أي تعليق رسمي فوري على نتائج الاجتماع من الأطراف الأخرى المعنية.",
    "ويرى مراقبون أن هذه الخطوة قد تمهد لجولة جديدة من المفاوضات خلال الأشهر المقبلة.",
    "وتناولت المحادثات أيضا ملفات التعاون الاقتصادي والتبادل التجاري بين البلدين.",
    "وشهدت الأسابيع الماضية تصاعدا في حدة التوتر على الأرض، وسط دعوات دولية متكررة إلى التهدئة.",
    "وأكد مصدر دبلوماسي أن اللقاء جرى في أجواء إيجابية وبناءة.",
    "ومن المقرر أن يعقد اجتماع آخر على مستوى الخبراء قبل نهاية الشهر الجاري.",
    "وتطالب منظمات إنسانية بفتح ممرات آمنة لإيصال المساعدات إلى المدنيين في المناطق المتضررة.",
    "وكانت جولات سابقة من المحادثات قد انتهت دون التوصل إلى نتائج ملموسة.",
]
EN_FILLER = [
    "The talks are part of a regional tour that includes several capitals.",
    "A joint statement said both sides agreed to keep consulting in the coming weeks.",
    "There was no immediate official comment on the outcome from the other parties concerned.",
    "Observers said the step could pave the way for a new round of negotiations in the coming months.",
    "The discussions also covered economic cooperation and bilateral trade.",
    "Tension on the ground has risen in recent weeks amid repeated international calls for calm.",
    "A diplomatic source described the meeting as positive and constructive.",
    "A further meeting at expert level is expected before the end of the month.",
    "Humanitarian organisations have called for safe corridors to deliver aid to civilians in affected areas.",
    "Earlier rounds of talks ended without tangible results.",
]
AR_QUOTES = [
    "لا بديل عن الحل السياسي للأزمة", "الحوار هو السبيل الوحيد لتجاوز الخلافات",
    "نحن ملتزمون بدعم جهود الأمم المتحدة", "الأولوية اليوم لوقف إطلاق النار وحماية المدنيين",
]
EN_QUOTES = [
    "there is no alternative to a political solution", "dialogue is the only way to overcome our differences",
    "we are committed to supporting the efforts of the United Nations",
    "the priority today is a ceasefire and the protection of civilians",
]


@dataclass
class Actor:
    id: str
    name: str
    name_ar: str
    short: str
    short_ar: str
    office: str
    of: str
    to: str | None


class KB:
    """The facts the generator needs, read straight from the YAML files (schema: explorer/kb/README.md)."""

    def __init__(self, kb_dir: Path = KB_DIR) -> None:
        recs: dict[str, list[dict]] = defaultdict(list)
        for path in sorted(kb_dir.glob("*.yaml")):
            loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
            for section, items in (yaml.load(path.read_text(encoding="utf-8"), Loader=loader) or {}).items():
                recs[section].extend(items or [])
        if not recs.get("people") or not recs.get("states"):
            raise SystemExit(f"{kb_dir}: no people or states in the knowledge base")
        self.states = {s["id"]: s for s in recs["states"]}
        self.orgs = {o["id"]: o for o in recs.get("organizations", [])}
        self.agreements = [a for a in recs.get("agreements", []) if a.get("name_ar") and _date(a.get("date"))]
        self.cities = [p for p in recs.get("places", []) if p.get("type") in ("city", "venue") and p.get("name_ar")]
        self.roles: list[tuple[dict, dict, dt.date, dt.date]] = []
        for p in recs["people"]:
            if not p.get("name_ar"):
                continue
            for r in p.get("roles") or []:
                if r.get("office") not in OFFICES or not r.get("of"):
                    continue
                if r["of"] not in self.states and r["of"] not in self.orgs:
                    continue
                start = _date(r.get("start")) or dt.date(1990, 1, 1)
                end = _date(r.get("end"), end=True) or dt.date(2100, 1, 1)
                if end >= START and start <= END:
                    self.roles.append((p, r, start, end))

    def actors_on(self, day: dt.date) -> list[Actor]:
        out = []
        for p, r, start, end in self.roles:
            if start <= day <= end:
                out.append(Actor(p["id"], p["name"], p["name_ar"], _short(p, "aliases", p["name"]),
                                 _short(p, "aliases_ar", p["name_ar"]), r["office"], r["of"], r.get("to")))
        return out


@functools.lru_cache(maxsize=2)
def _kb(kb_dir: Path) -> KB:
    return KB(kb_dir)


def _date(v, *, end: bool = False) -> dt.date | None:
    if v in (None, "", "null"):
        return None
    if isinstance(v, dt.date):
        return v
    s = str(v)
    try:
        if len(s) == 4:
            return dt.date(int(s), 12, 31) if end else dt.date(int(s), 1, 1)
        if len(s) == 7:
            y, m = int(s[:4]), int(s[5:])
            return dt.date(y, m, 28) if end else dt.date(y, m, 1)
        return dt.date.fromisoformat(s[:10])
    except ValueError:
        return None


def _short(p: dict, key: str, full: str) -> str:
    singles = [a for a in p.get(key) or [] if " " not in a.strip() and len(a) > 2]
    return singles[0] if singles else full


class Writer:
    def __init__(self, kb: KB, rng: random.Random) -> None:
        self.kb, self.rng = kb, rng

    # -- titles of actors --------------------------------------------------------------------------
    def title_en(self, a: Actor) -> str:
        en, _ = OFFICES[a.office]
        st = self.kb.states.get(a.of)
        if a.office == "envoy":
            to = self.kb.states.get(a.to or "", {}).get("name", "the region")
            who = "UN special" if a.of == "org:un" else (st or {}).get("demonyms", [""])[0] if st else ""
            return f"{who} envoy for {to}".strip()
        if st is None:
            return f"{self.kb.orgs[a.of]['name']} {en}"
        dem = (st.get("demonyms") or [None])[0]
        return f"{dem} {en}" if dem else f"{en} of {st['name']}"

    def title_ar(self, a: Actor) -> str:
        _, ar = OFFICES[a.office]
        st = self.kb.states.get(a.of)
        if a.office == "envoy":
            to = self.kb.states.get(a.to or "", {}).get("name_ar", "المنطقة")
            if a.of == "org:un":
                return f"المبعوث الأممي الخاص إلى {to}"
            dem = (st or {}).get("demonym_ar")
            return f"المبعوث ال{dem} الخاص إلى {to}" if dem else f"مبعوث {st['name_ar'] if st else ''} إلى {to}"
        if st is None:
            org = self.kb.orgs[a.of]["name_ar"]
            return f"{ar} {_li(org)}"
        if a.office == "un_ambassador":
            return f"مندوب {st['name_ar']} الدائم لدى الأمم المتحدة"
        dem = st.get("demonym_ar")
        return f"{ar} ال{dem}" if dem else f"{AR_IDAFA.get(a.office, ar)} {st['name_ar']}"

    def state_of(self, a: Actor) -> dict | None:
        return self.kb.states.get(a.of)

    def city(self, a: Actor, b: Actor) -> tuple[str, str]:
        r = self.rng.random()
        for actor in (a, b) if r < 0.7 else (b, a):
            st = self.state_of(actor)
            if st and st.get("capital") and st.get("capital_ar") and self.rng.random() < 0.75:
                return st["capital"], st["capital_ar"]
        c = self.rng.choice(self.kb.cities)
        return c["name"], c["name_ar"]

    # -- datelines -----------------------------------------------------------------------------------
    def dateline_ar(self, city_ar: str, day: dt.date) -> str:
        r = self.rng.random()
        fam = self.rng.choice(["eg", "eg", "lev", "lev", "mag"])
        month = AR_MONTHS[fam][day.month - 1]
        if fam == "lev" and self.rng.random() < 0.3:
            month = f"{month}/{AR_MONTHS['eg'][day.month - 1]}"
        date = f"{day.day} {month} {day.year}"
        if self.rng.random() < 0.2:
            date = date.translate(AR_DIGITS)
        if r < 0.15:
            return f"{AR_DAYS[day.weekday()]} {date}\n{city_ar} ــ "
        if r < 0.25:
            from hijridate import Gregorian

            h = Gregorian(day.year, day.month, day.day).to_hijri()
            return f"{city_ar} - {AR_DAYS[day.weekday()]} {h.day} {HIJRI_MONTHS[h.month - 1]} {h.year} هـ: "
        return f"{city_ar} ــ {date}: "

    def dateline_en(self, city: str, day: dt.date) -> str:
        src = self.rng.choice(["Wire", "Agency", "Staff"])
        if self.rng.random() < 0.6:
            return f"{city.upper()}, {EN_MONTHS[day.month - 1]} {day.day}, {day.year} ({src}) - "
        return f"{city.upper()}, {day.day} {EN_MONTHS[day.month - 1]} {day.year} - "

    # -- sentences -----------------------------------------------------------------------------------
    def lead_ar(self, a: Actor, b: Actor, city_ar: str, day: dt.date, kind: str) -> str:
        ta, tb = self.title_ar(a), self.title_ar(b)
        sb = self.state_of(b)
        if a.office == b.office and a.office == "foreign_minister" and sb and sb.get("demonym_ar"):
            tb = f"نظيره ال{sb['demonym_ar']}"
        wd = AR_DAYS[day.weekday()]
        if kind == "phone":
            return f"أجرى {ta} {a.name_ar} اتصالا هاتفيا مع {tb} {b.name_ar} يوم {wd}، بحثا خلاله آخر التطورات."
        if kind == "visit":
            return f"وصل {ta} {a.name_ar} إلى {city_ar} يوم {wd} في زيارة رسمية يلتقي خلالها {tb} {b.name_ar}."
        return f"التقى {ta} {a.name_ar} {tb} {b.name_ar} في {city_ar} يوم {wd}."

    def lead_en(self, a: Actor, b: Actor, city: str, day: dt.date, kind: str) -> str:
        ta, tb = self.title_en(a), self.title_en(b)
        sb = self.state_of(b)
        if a.office == b.office == "foreign_minister" and sb and sb.get("demonyms"):
            tb = f"his {sb['demonyms'][0]} counterpart"
        wd = EN_DAYS[day.weekday()]
        if kind == "phone":
            return f"{ta} {a.name} held a phone call with {tb} {b.name} on {wd} to discuss the latest developments."
        if kind == "visit":
            return (f"{ta} {a.name} arrived in {city} on {wd} for an official visit during which he will meet"
                    f" {tb} {b.name}.")
        return f"{ta} {a.name} met {tb} {b.name} in {city} on {wd}."

    def article(self, day: dt.date, lang: str) -> dict | None:
        rng = self.rng
        actors = self.kb.actors_on(day)
        if len(actors) < 3:
            return None
        a = rng.choice(actors)
        same = [x for x in actors if x.office == a.office and x.of != a.of and x.id != a.id]
        b = rng.choice(same) if same and rng.random() < 0.6 else rng.choice(actors)
        if b.id == a.id:
            return None
        c = rng.choice(actors)
        kind = rng.choice(["meet", "meet", "meet", "phone", "visit"])
        city, city_ar = self.city(a, b)
        topic_en, topic_ar = rng.choice(TOPICS)
        agr = rng.choice([x for x in self.kb.agreements if _date(x.get("date")) <= day] or [None])
        filler = rng.sample(AR_FILLER if lang == "ar" else EN_FILLER, 7)
        if lang == "ar":
            paras = [self.dateline_ar(city_ar, day) + self.lead_ar(a, b, city_ar, day, kind)]
            paras.append(f"وبحث الجانبان {topic_ar} وسبل تعزيز التنسيق المشترك. " + filler[0])
            paras.append(f"وقال {a.short_ar} في مؤتمر صحافي: «{rng.choice(AR_QUOTES)}»، مضيفا أن بلاده "
                         f"تدعم كل جهد يفضي إلى التهدئة.")
            if agr:
                paras.append(f"وشدد {b.short_ar} على ضرورة تطبيق {agr['name_ar']}، فيما أعرب {a.short_ar} عن دعمه "
                             f"الكامل له. " + filler[1])
            if c.id not in (a.id, b.id):
                paras.append(f"وكان {a.short_ar} قد التقى في وقت سابق {self.title_ar(c)} {c.name_ar}، وبحث معه "
                             f"{rng.choice(TOPICS)[1]}.")
            paras += [" ".join(filler[2:5]), " ".join(filler[5:7])]
            title = f"{a.short_ar} و{b.short_ar} يبحثان {topic_ar}"
            source = rng.choice(AR_SOURCES)
        else:
            paras = [self.dateline_en(city, day) + self.lead_en(a, b, city, day, kind)]
            paras.append(f"The two sides discussed {topic_en} and ways to improve coordination. " + filler[0])
            paras.append(f'"{rng.choice(EN_QUOTES).capitalize()}," {a.short} told a news conference, adding that his '
                         f"country backed every effort towards de-escalation.")
            if agr:
                paras.append(f"{b.short} stressed the need to implement the {agr['name']}, and {a.short} voiced his "
                             f"full support for it. " + filler[1])
            if c.id not in (a.id, b.id):
                paras.append(f"Earlier, {a.short} met {self.title_en(c)} {c.name} to discuss {rng.choice(TOPICS)[0]}.")
            paras += [" ".join(filler[2:5]), " ".join(filler[5:7])]
            title = f"{a.short} and {b.short} discuss {topic_en}"
            source = rng.choice(EN_SOURCES)
        return {"title": title, "paras": paras, "source": source, "lang": lang, "date": day}


def _li(org_ar: str) -> str:
    """ل + an Arabic noun: الأمم المتحدة → للأمم المتحدة."""
    return "ل" + org_ar[1:] if org_ar.startswith("ال") else "ل" + org_ar


def _strip_dateline(paras: list[str]) -> list[str]:
    first = paras[0]
    for sep in (": ", " - ", " ــ "):
        if sep in first[:120]:
            first = first.split(sep, 1)[1]
            break
    return [first.split("\n", 1)[-1]] + paras[1:]


def _render(art: dict, fmt: str, dating: str, idx: int, rng: random.Random) -> tuple[str, str]:
    """(file name, content). `dating` says where the date is: dateline, meta, filename or none."""
    day: dt.date = art["date"]
    paras = art["paras"] if dating == "dateline" else _strip_dateline(art["paras"])
    lang = art["lang"]
    stem = f"{idx:06d}-{lang}"
    if dating == "filename":
        stem = f"{day.isoformat()}-{idx:06d}-{lang}" if rng.random() < 0.5 else f"{day:%Y%m%d}_{idx:06d}_{lang}"
    body = "\n\n".join(paras)
    if fmt == "html":
        meta = f'<meta property="article:published_time" content="{day.isoformat()}T09:00:00+03:00">\n' \
            if dating == "meta" else ""
        ps = "\n".join(f"<p>{html.escape(p)}</p>" for p in paras)
        page = (
            f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">\n'
            f"<title>{html.escape(art['title'])} | {html.escape(art['source'])}</title>\n{meta}"
            f'<script>window.analytics = {{"page": {idx}}};</script>\n</head><body>\n'
            f'<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a></nav>\n'
            f"<article><h1>{html.escape(art['title'])}</h1>\n{ps}\n</article>\n"
            f"<footer>© {html.escape(art['source'])}</footer>\n</body></html>\n"
        )
        return stem + ".html", page
    if fmt == "md":
        front = [f'title: "{art["title"]}"', f"source: {art['source']}", f"lang: {lang}"]
        if dating == "meta":
            front.insert(1, f"date: {day.isoformat()}")
        return stem + ".md", "---\n" + "\n".join(front) + "\n---\n# " + art["title"] + "\n\n" + body + "\n"
    return stem + ".txt", art["title"] + "\n\n" + body + "\n"


def generate(n: int, out_dir: Path, seed: int = 0, *, formats: tuple[str, ...] = FORMATS,
             kb_dir: Path = KB_DIR) -> list[Path]:
    """Write `n` articles (about half Arabic) under `out_dir`; returns their paths. Deterministic per seed.

    Formats cycle through `formats` (txt 60%, md 20%, html 20% with the default). Dates: 70% in a
    dateline, 15% in metadata (front matter or the page), 10% only in the file name, 5% undated.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    writer = Writer(_kb(Path(kb_dir)), rng)
    weights = {"txt": 6, "md": 2, "html": 2}
    fmts = [f for f in formats for _ in range(weights.get(f, 1))]
    span = (END - START).days
    paths: list[Path] = []
    idx = 0
    while len(paths) < n:
        day = START + dt.timedelta(days=rng.randrange(span + 1))
        lang = "ar" if rng.random() < 0.5 else "en"
        art = writer.article(day, lang)
        if art is None:
            continue
        fmt = rng.choice(fmts)
        r = rng.random()
        dating = "dateline" if r < 0.70 else "meta" if r < 0.85 else "filename" if r < 0.95 else "none"
        if dating == "meta" and fmt == "txt":
            dating = "dateline"
        name, content = _render(art, fmt, dating, idx, rng)
        sub = out_dir / f"{day.year}"
        sub.mkdir(exist_ok=True)
        path = sub / name
        path.write_text(content, encoding="utf-8")
        paths.append(path)
        idx += 1
    return paths


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int, help="number of articles")
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--formats", default=",".join(FORMATS), help="comma-separated: txt,md,html")
    ap.add_argument("--store", type=Path, help="also ingest the corpus into this store (real extractor)")
    ap.add_argument("--workers", type=int, default=None)
    args = ap.parse_args(argv)
    paths = generate(args.n, args.out_dir, args.seed, formats=tuple(args.formats.split(",")))
    print(f"wrote {len(paths)} articles under {args.out_dir}", file=sys.stderr)
    if args.store:
        sys.path.insert(0, str(KB_DIR.parent.parent))  # the repository, when the package is not installed
        from explorer.ingest.progress import stderr_progress
        from explorer.ingest.run import ingest_paths
        from explorer.store import open_store

        with open_store(args.store) as store:
            report = ingest_paths([args.out_dir], store, workers=args.workers, progress=stderr_progress())
        print(report.to_text().splitlines()[-1], file=sys.stderr)
        return 0 if report.ok else 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
