"""Publication dates from metadata values, datelines and file names, as `YYYY-MM-DD`.

Dateline parsing is strict and fast: explicit patterns over the first ~300 characters of the text,
matched on normalized text (one alef, ي for ى, ه for ة, ASCII digits), so «١٩ تمّوز ٢٠١٦» and
"19 تموز 2016" read alike. All the Arabic month-name families are known: Levantine and Iraqi
(كانون الثاني … تموز، آب، أيلول، تشرين الأول), Egyptian and Gulf (يناير … يوليو، أغسطس), Maghrebi
(يوليوز، غشت، شتنبر، نونبر، دجنبر) and Algerian-Tunisian (جانفي، جويلية، أوت), plus Hijri months
converted with hijridate. dateparser is used only as a last resort for short metadata strings, never
`search_dates` (it returns wrong dates on Arabic text).

>>> dateline_date("موسكو ــ ١٩ تموز ٢٠١٦: التقى وزير الخارجية الروسي")
'2016-07-19'
>>> dateline_date("MOSCOW, July 19, 2016 (Agency) - Russia's foreign minister met")
'2016-07-19'
>>> filename_date("news/2016-07-19-lavrov.txt"), filename_date("a/20160719_lavrov.html")
('2016-07-19', '2016-07-19')
>>> path_date("archive/2016/07/lavrov.txt"), path_date("dev/05-ar-2016-kuwait-talks.txt")
(('2016-07-01', 'month'), ('2016-01-01', 'year'))

A date has a precision (`day`, `month` or `year`); a partial date is stored as the first day of its
period, so ISO strings still sort and compare, and the precision says how much of it to believe.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

DATELINE_WINDOW = 300  # characters of the text searched for a dateline
DATELINE_COLUMN = 80  # a dateline date starts at most this far into its line
MIN_YEAR, MAX_YEAR = 1900, 2100
MIN_PATH_YEAR = 1945  # a bare four-digit number in a path is a year only from here to next year
PRECISIONS = ("day", "month", "year")

# Month names as they look after `fold` (أ/إ/آ → ا, ى → ي, ة → ه).
_AR_MONTH_NAMES = {
    1: ["يناير", "كانون الثاني", "كانون ثاني", "جانفي", "ينير"],
    2: ["فبراير", "شباط", "فيفري", "فبرير"],
    3: ["مارس", "اذار"],
    4: ["ابريل", "نيسان", "افريل"],
    5: ["مايو", "ايار", "ماي"],
    6: ["يونيو", "يونيه", "حزيران", "جوان"],
    7: ["يوليو", "يوليه", "تموز", "يوليوز", "جويليه"],
    8: ["اغسطس", "اب", "غشت", "اوت", "اغشت"],
    9: ["سبتمبر", "ايلول", "شتنبر"],
    10: ["اكتوبر", "تشرين الاول", "تشرين اول"],
    11: ["نوفمبر", "تشرين الثاني", "تشرين ثاني", "نونبر"],
    12: ["ديسمبر", "كانون الاول", "كانون اول", "دجنبر"],
}
_AR_MONTHS = {name: month for month, names in _AR_MONTH_NAMES.items() for name in names}

_HIJRI_MONTHS = {
    "محرم": 1, "صفر": 2, "ربيع الاول": 3, "ربيع اول": 3, "ربيع الاخر": 4, "ربيع الثاني": 4, "ربيع ثاني": 4,
    "جمادي الاولي": 5, "جمادي الاول": 5, "جمادي الاخره": 6, "جمادي الاخر": 6, "جمادي الثانيه": 6,
    "جمادي الثاني": 6, "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10, "ذو القعده": 11, "ذي القعده": 11,
    "ذو الحجه": 12, "ذي الحجه": 12,
}

_EN_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}


def _alt(names) -> str:
    return "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(names, key=len, reverse=True))


_AR_LETTER = r"\u0621-\u064a"
_AR_M = _alt(_AR_MONTHS)
_AR_DATE = re.compile(
    rf"(?<!\d)(\d{{1,2}})\s*(?:من\s+)?(?:شهر\s+)?({_AR_M})(?![{_AR_LETTER}])"
    rf"(?:\s*[/(\-]\s*(?:{_AR_M})(?![{_AR_LETTER}])\s*\)?)?"
    rf"\s*[,،]?\s*(?:(?:من\s+)?(?:عام|سنه|العام)\s+)?(\d{{4}})(?!\d)"
)
_HIJRI_DATE = re.compile(
    rf"(?<!\d)(\d{{1,2}})\s*(?:من\s+)?(?:شهر\s+)?({_alt(_HIJRI_MONTHS)})(?![{_AR_LETTER}])"
    rf"\s*[,،]?\s*(?:(?:عام|سنه)\s+)?(1[34]\d\d)(?!\d)"
)
_EN_M = _alt(_EN_MONTHS)
_EN_MDY = re.compile(rf"(?<![a-z])({_EN_M})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s*(\d{{4}})(?!\d)")
_EN_DMY = re.compile(rf"(?<!\d)(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_EN_M})(?![a-z])\.?\s*,?\s*(\d{{4}})(?!\d)")
_YMD = re.compile(r"(?<![\d.])((?:19|20)\d\d)([-/.])(\d{1,2})\2(\d{1,2})(?![\d])")
_DMY = re.compile(r"(?<![\d.])(\d{1,2})([-/.])(\d{1,2})\2((?:19|20)\d\d)(?!\d)")
_DIGIT = re.compile(r"\d")
_FILENAME = re.compile(r"(?<!\d)((?:19|20)\d\d)([-_./]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)")


def _ymd(year: int, month: int, day: int) -> str | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _hijri(year: int, month: int, day: int) -> str | None:
    from hijridate import Hijri

    try:
        g = Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return _ymd(g.year, g.month, g.day)


def _gregorian_matches(norm: str):
    """(position, ISO date) of every explicit Gregorian date in normalized text."""
    for m in _AR_DATE.finditer(norm):
        yield m.start(), _ymd(int(m.group(3)), _AR_MONTHS[" ".join(m.group(2).split())], int(m.group(1)))
    for m in _EN_MDY.finditer(norm):
        yield m.start(), _ymd(int(m.group(3)), _EN_MONTHS[m.group(1)], int(m.group(2)))
    for m in _EN_DMY.finditer(norm):
        yield m.start(), _ymd(int(m.group(3)), _EN_MONTHS[m.group(2)], int(m.group(1)))
    for m in _YMD.finditer(norm):
        yield m.start(), _ymd(int(m.group(1)), int(m.group(3)), int(m.group(4)))
    for m in _DMY.finditer(norm):
        a, b = int(m.group(1)), int(m.group(3))
        day, month = (b, a) if b > 12 else (a, b)  # day first, unless that cannot be
        yield m.start(), _ymd(int(m.group(4)), month, day)


def _hijri_matches(norm: str):
    for m in _HIJRI_DATE.finditer(norm):
        yield m.start(), _hijri(int(m.group(3)), _HIJRI_MONTHS[" ".join(m.group(2).split())], int(m.group(1)))


_FOLD = str.maketrans(
    {
        **{c: "ا" for c in "أإآٱ"}, "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي", "ک": "ك", "ی": "ي",
        **{d: str(i) for i, d in enumerate("٠١٢٣٤٥٦٧٨٩")}, **{d: str(i) for i, d in enumerate("۰۱۲۳۴۵۶۷۸۹")},
        **{chr(c): None for c in [*range(0x0610, 0x061B), *range(0x064B, 0x0660), 0x0670, 0x0640]},
        **{chr(c): None for c in (0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x061C, 0xFEFF)},
        "\u00a0": " ", "\u202f": " ", "\u2009": " ",
    }
)


_FOLD_STR = {chr(k): v or "" for k, v in _FOLD.items()}
_FOLDED = re.compile("[" + "".join(map(re.escape, _FOLD_STR)) + "]")


def fold(text: str) -> str:
    """The cheap normalization dates need: one alef, ي for ى, ه for ة, ASCII digits, no marks, lower case.

    `text.translate(_FOLD)`, one `str.replace` per distinct folded character instead (translate looks every
    character of Arabic text up in a dict: a third of dating a sentence)."""
    for ch in set(_FOLDED.findall(text)):
        text = text.replace(ch, _FOLD_STR[ch])
    return text.lower()


def dateline_date(text: str, *, window: int = DATELINE_WINDOW) -> str | None:
    """The date of a dateline near the start of `text`, or None.

    Only dates that start within DATELINE_COLUMN characters of the start of their line count, so a
    date deep inside a lead sentence ("…citing resolution 2254 of 18 December 2015") is not taken
    for the publication date. A Gregorian date wins over a Hijri one (Gulf papers print both).
    """
    head = text[:window]
    norm = fold(head)
    if not _DIGIT.search(norm):
        return None

    def column(pos: int) -> int:
        return pos - (norm.rfind("\n", 0, pos) + 1)

    for matches in (_gregorian_matches(norm), _hijri_matches(norm)):
        found = sorted((pos, iso) for pos, iso in matches if iso and column(pos) <= DATELINE_COLUMN)
        if found:
            return found[0][1]
    return None


def filename_date(name: str) -> str | None:
    """A date written in a file name or its last folders: 2016-07-19, 2016_07_19, 20160719, 2016/07/19."""
    tail = "/".join(name.replace("\\", "/").split("/")[-4:])
    for m in _FILENAME.finditer(tail):
        iso = _ymd(int(m.group(1)), int(m.group(3)), int(m.group(4)))
        if iso:
            return iso
    return None


def parse_date(value: object) -> str | None:
    """A metadata value (ISO string, RFC 2822, "19 تموز 2016", Hijri, date object, epoch) as YYYY-MM-DD."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, dt.datetime):
        return _ymd(value.year, value.month, value.day)
    if isinstance(value, dt.date):
        return _ymd(value.year, value.month, value.day)
    if isinstance(value, (int, float)):
        v = float(value)
        if v > 1e11:
            v /= 1000  # milliseconds
        if 1e8 <= v < 4.2e9:
            d = dt.datetime.fromtimestamp(v, dt.UTC)
            return _ymd(d.year, d.month, d.day)
        return None
    if not isinstance(value, str):
        return None
    return _parse_string(value.strip()[:200])


@lru_cache(maxsize=4096)
def _parse_string(s: str) -> str | None:
    if not s:
        return None
    m = re.match(r"^((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})(?:$|[T\s])", s)
    if m:
        return _ymd(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.fullmatch(r"((?:19|20)\d\d)(\d\d)(\d\d)", s)
    if m:
        return _ymd(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if re.search(r"[A-Za-z]{3},?\s+\d{1,2}\s+[A-Za-z]{3}\s+\d{4}", s):  # RFC 2822, as in RSS
        parsed = email.utils.parsedate_tz(s)
        if parsed:
            return _ymd(parsed[0], parsed[1], parsed[2])
    norm = fold(s)
    for matches in (_gregorian_matches(norm), _hijri_matches(norm)):
        found = sorted((pos, iso) for pos, iso in matches if iso)
        if found:
            return found[0][1]
    if len(s) <= 64 and re.search(r"\d", s):
        return _dateparser(norm)
    return None


_TO_EGYPTIAN = {
    1: "يناير", 2: "فبراير", 3: "مارس", 4: "ابريل", 5: "مايو", 6: "يونيو",
    7: "يوليو", 8: "اغسطس", 9: "سبتمبر", 10: "اكتوبر", 11: "نوفمبر", 12: "ديسمبر",
}


def _dateparser(norm: str) -> str | None:
    """Last resort for odd metadata formats; dateparser misses Levantine names, so map them first."""
    text = re.sub(
        rf"(?<![{_AR_LETTER}])({_AR_M})(?![{_AR_LETTER}])",
        lambda m: _TO_EGYPTIAN[_AR_MONTHS[" ".join(m.group(1).split())]],
        norm,
    )
    try:
        import dateparser

        d = dateparser.parse(
            text,
            languages=["ar", "en"],
            settings={"STRICT_PARSING": True, "DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first"},
        )
    except Exception:  # noqa: BLE001 - dateparser raises a zoo of errors on odd strings
        return None
    return _ymd(d.year, d.month, d.day) if d else None


# -- partial dates: year or month from paths, yearless datelines ---------------------------------------

_PATH_YM = re.compile(r"(?<![\d])((?:19|20)\d\d)([-_./])(0[1-9]|1[0-2])(?![\d])")
_PATH_Y = re.compile(r"(?<![\d])((?:19|20)\d\d)(?![\d])")


def _path_tail(path: str) -> str:
    return "/".join(path.replace("\\", "/").split("/")[-4:])


def _plausible_year(year: int) -> bool:
    return MIN_PATH_YEAR <= year <= dt.date.today().year + 1


def path_date(path: str, pattern: re.Pattern[str] | None = None) -> tuple[str, str] | None:
    """(ISO date, precision) from a file name or its last folders, most precise first.

    `2016-07-19-x.txt` gives a day, `2016/07/x.txt` or `2016-07_x.txt` a month, `05-ar-2016-talks.txt`
    a year. A custom `pattern` (the `--date-from-path` option) with named groups `year` and optionally
    `month` and `day` is searched in the whole path instead, for archives laid out in other ways.
    """
    if pattern is not None:
        return _custom_path_date(path, pattern)
    day = filename_date(path)
    if day:
        return day, "day"
    tail = _path_tail(path)
    for m in _PATH_YM.finditer(tail):
        if _plausible_year(int(m.group(1))):
            return f"{m.group(1)}-{m.group(3)}-01", "month"
    years = [int(m.group(1)) for m in _PATH_Y.finditer(tail) if _plausible_year(int(m.group(1)))]
    if years:
        return f"{years[-1]:04d}-01-01", "year"  # the file name's year wins over its folders'
    return None


def _custom_path_date(path: str, pattern: re.Pattern[str]) -> tuple[str, str] | None:
    m = pattern.search(path.replace("\\", "/"))
    if not m:
        return None
    parts = m.groupdict()
    try:
        year = int(parts["year"])
        month = int(parts["month"]) if parts.get("month") else None
        day = int(parts["day"]) if parts.get("day") and month else None
    except (TypeError, ValueError):
        return None
    if not _plausible_year(year):
        return None
    iso = _ymd(year, month or 1, day or 1)
    if iso is None:
        return None
    return iso, "day" if day else "month" if month else "year"


def compile_path_pattern(text: str) -> re.Pattern[str]:
    """The `--date-from-path` regular expression, checked: it must name a `year` group."""
    from explorer.errors import ExplorerError

    try:
        pattern = re.compile(text)
    except re.error as e:
        raise ExplorerError(f"--date-from-path {text!r} is not a regular expression: {e}") from None
    if "year" not in pattern.groupindex:
        raise ExplorerError(
            f"--date-from-path {text!r} needs a group named year, e.g. '(?P<year>\\d{{4}})/(?P<month>\\d\\d)/'"
        )
    return pattern


_AR_DM = re.compile(rf"(?<!\d)(\d{{1,2}})\s*(?:من\s+)?(?:شهر\s+)?({_AR_M})(?![{_AR_LETTER}])(?!\s*[,،]?\s*\d)")
_EN_MD = re.compile(rf"(?<![a-z])({_EN_M})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?![\d:])(?!\s*,?\s*\d)")
_EN_DM = re.compile(rf"(?<!\d)(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_EN_M})(?![a-z])(?!\.?\s*,?\s*\d)")


def yearless_dateline(text: str, year: int, *, window: int = DATELINE_WINDOW) -> str | None:
    """A dateline with day and month but no year ("MOSCOW, July 19 (Wire) -", «موسكو ــ 19 تموز:»),
    completed with `year` from the metadata or the file name."""
    norm = fold(text[:window])
    found = []
    for m in _AR_DM.finditer(norm):
        found.append((m.start(), _AR_MONTHS[" ".join(m.group(2).split())], int(m.group(1))))
    for m in _EN_MD.finditer(norm):
        found.append((m.start(), _EN_MONTHS[m.group(1)], int(m.group(2))))
    for m in _EN_DM.finditer(norm):
        found.append((m.start(), _EN_MONTHS[m.group(2)], int(m.group(1))))
    for pos, month, day in sorted(found):
        if pos - (norm.rfind("\n", 0, pos) + 1) <= DATELINE_COLUMN:
            iso = _ymd(year, month, day)
            if iso and _YESTERDAY_BEFORE.search(norm[max(0, pos - 24) : pos]):
                iso = (dt.date.fromisoformat(iso) + dt.timedelta(days=1)).isoformat()  # «أمس الثلاثاء 19 …»
            if iso:
                return iso
    return None


_YESTERDAY_BEFORE = re.compile(r"(?:امس|yesterday)\W+(?:\w+\W+)?$")


def metadata_precision(value: object) -> tuple[str, str] | None:
    """A metadata value that is only a year ("2016") or a year and month ("2016-07", "July 2016")."""
    if not isinstance(value, (str, int)) or isinstance(value, bool):
        return None
    s = fold(str(value).strip())
    m = re.fullmatch(r"((?:19|20)\d\d)", s)
    if m:
        return f"{m.group(1)}-01-01", "year"
    m = re.fullmatch(r"((?:19|20)\d\d)[-/.](0?[1-9]|1[0-2])", s)
    if m:
        return f"{m.group(1)}-{int(m.group(2)):02d}-01", "month"
    m = re.fullmatch(rf"({_EN_M}|{_AR_M})\.?\s*[,،]?\s*((?:19|20)\d\d)", s)
    if m:
        name = " ".join(m.group(1).split())
        month = _EN_MONTHS.get(name) or _AR_MONTHS.get(name)
        return f"{m.group(2)}-{month:02d}-01", "month"
    return None


# -- relative day words in a sentence, against the publication date ----------------------------------

_AR_WEEKDAYS = {"الاثنين": 0, "الثلاثاء": 1, "الاربعاء": 2, "الخميس": 3, "الجمعه": 4, "السبت": 5, "الاحد": 6}
_EN_WEEKDAYS = {d: i for i, d in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                           "sunday"))}
_AR_WD = _alt(_AR_WEEKDAYS)
_AR_NEXT = r"(?:المقبل|القادم|المقبله|القادمه)"
_AR_LAST = r"(?:الماضي|المنصرم|الفائت|الماضيه)"
_AR_RELATIVE = re.compile(
    rf"(?<![{_AR_LETTER}])(?:"
    rf"(?P<before>اول\s+امس|اول\s+من\s+امس)|(?P<after>بعد\s+غد)|"
    rf"(?P<yesterday>[وف]?(?:امس|البارحه))(?:\s+(?:يوم\s+)?(?P<ywd>{_AR_WD}))?|"
    rf"(?P<tomorrow>[وف]?غدا?)(?:\s+(?:يوم\s+)?(?P<twd>{_AR_WD}))?|"
    rf"(?P<today>[وف]?(?:اليوم|هذا\s+اليوم))(?:\s+(?:\(\s*)?(?P<dwd>{_AR_WD}))?|"
    rf"(?:[وف]?(?:يوم\s+|ليل\s+|مساء\s+|صباح\s+|ظهر\s+|فجر\s+)?)(?P<wd>{_AR_WD})(?:\s+(?P<dir>{_AR_NEXT}|{_AR_LAST}))?"
    rf")(?![{_AR_LETTER}])"
)
_EN_RELATIVE = re.compile(
    r"\b(?:(?P<before>the\s+day\s+before\s+yesterday)|(?P<after>the\s+day\s+after\s+tomorrow)|"
    r"(?P<yesterday>yesterday)|(?P<tomorrow>tomorrow)|(?P<today>today|tonight)|"
    r"(?:(?P<dir>next|last|this\s+coming|this\s+past)\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday))\b"
)
# A word every match of _AR_RELATIVE / _EN_RELATIVE holds: a quick test that skips most sentences (those
# patterns open with a look-behind, so the regex engine tries them at every character). The words are looked
# for as substrings, a fast search in C each (a pattern of them as alternatives was also tried at every character).
_AR_HINT = ("امس", "البارحه", "غد", "اليوم", *_AR_WEEKDAYS)
_EN_HINT = ("yesterday", "tomorrow", "today", "tonight", *_EN_WEEKDAYS)
_FUTURE_EN = re.compile(r"\b(?:will|shall|to\s+be\s+held|is\s+(?:due|expected|scheduled|set)\s+to|are\s+(?:due|"
                        r"expected|scheduled|set)\s+to|plans?\s+to)\b")
# «سـ» + an imperfect verb (سيلتقي، ستعقد، سنواصل), but not nouns that begin the same way (سياسة، سيطرة، سيارة)
_FUTURE_AR = re.compile(
    rf"(?<![{_AR_LETTER}])(?:س(?!ياس|يطر|يار|يد|ين|تار|نو|تين|تون|تم)[يتن][{_AR_LETTER}]{{2,}}"
    rf"|من\s+المقرر|من\s+المنتظر|من\s+المتوقع)"
)


def _holds(text: str, words: tuple[str, ...]) -> bool:
    """One of the words is in the text, anywhere (the loop in C: a generator was most of dating a sentence that
    has none)."""
    return any(map(text.__contains__, words))


def relative_date(sentence: str, published: str | None, precision: str | None = "day") -> str | None:
    """The day a sentence's relative words point to, counted from the publication date.

    «أمس» is the day before publication, «اليوم الثلاثاء»/"today" the day itself, «غداً» the day after;
    a bare weekday ("on Friday", «الجمعة») is the latest such day on or before publication, unless the
    sentence speaks of the future ("will", «سيلتقي», «من المقرر»; «المقبل», "next"), then the next one.
    Only a day-precise publication date can anchor this; otherwise None.
    """
    if not published or precision not in (None, "day"):
        return None
    try:
        pub = dt.date.fromisoformat(published[:10])
    except ValueError:
        return None
    norm = fold(sentence)
    m = (_holds(norm, _AR_HINT) and _AR_RELATIVE.search(norm)) or (_holds(norm, _EN_HINT) and _EN_RELATIVE.search(norm))
    if not m:
        return None
    g = m.groupdict()
    shift = {"before": -2, "after": 2, "yesterday": -1, "tomorrow": 1, "today": 0}
    for key, days in shift.items():
        if g.get(key):
            return (pub + dt.timedelta(days=days)).isoformat()
    weekday = _AR_WEEKDAYS.get(g.get("wd") or "", _EN_WEEKDAYS.get(g.get("wd") or ""))
    if weekday is None:
        return None
    direction = " ".join((g.get("dir") or "").split())
    if direction in ("next", "this coming") or re.fullmatch(_AR_NEXT, direction):
        future, past = True, False
    elif direction in ("last", "this past") or re.fullmatch(_AR_LAST, direction):
        future, past = False, True
    else:
        future, past = bool(_FUTURE_EN.search(norm) or _FUTURE_AR.search(norm)), False
    back = (pub.weekday() - weekday) % 7
    if future:
        ahead = (weekday - pub.weekday()) % 7 or 7
        return (pub + dt.timedelta(days=ahead)).isoformat()
    if past and back == 0:
        back = 7
    return (pub - dt.timedelta(days=back)).isoformat()


def metadata_date(value: object) -> tuple[str, str] | None:
    """(ISO date, precision) of a metadata value: a full date, or only a year or a month."""
    partial = metadata_precision(value)
    if partial:
        return partial
    iso = parse_date(value)
    return (iso, "day") if iso else None


def complete_date(
    text: str, file_name: str, url: str, date: str | None, source: str, precision: str | None
) -> tuple[str | None, str, str | None]:
    """(date, date_source, precision) for a document, from the best evidence there is.

    A full metadata date wins; then a dateline; then a dateline without a year completed with the year
    the metadata, the address or the file name gives; then a date in the page address; then a date, a
    month or a year in the file name or its folders. Partial metadata (a year) is kept when nothing
    more precise is found.
    """
    if date and precision in (None, "day"):
        return date, source, "day"
    found = dateline_date(text)
    if found:
        return found, "dateline", "day"
    partial = (date, source, precision) if date else None
    from_url = path_date(url.split("?", 1)[0]) if url else None
    from_path = path_date(file_name) if file_name else None
    for candidate, where in ((from_url, "url"), (from_path, "filename")):
        if candidate and (partial is None or PRECISIONS.index(candidate[1]) < PRECISIONS.index(partial[2])):
            partial = (candidate[0], where, candidate[1])
    if partial is None:
        return None, "none", None
    if partial[2] != "day":
        day = yearless_dateline(text, int(partial[0][:4]))
        if day and (partial[2] == "year" or day[:7] == partial[0][:7]):
            return day, "dateline", "day"
    return partial


def redate_from_path(items: Iterable, pattern: re.Pattern[str]) -> Iterator:
    """Items of a reader with `--date-from-path` applied: a document whose date is missing or less
    precise than what the pattern finds in its path takes the path's date (date_source "path")."""
    from dataclasses import replace

    from explorer.records import Document

    for item in items:
        if isinstance(item, Document) and item.date_precision != "day":
            found = path_date(item.path, pattern)
            if found and (item.date is None or PRECISIONS.index(found[1]) < PRECISIONS.index(item.date_precision)):
                item = replace(item, date=found[0], date_source="path", date_precision=found[1])
        yield item
