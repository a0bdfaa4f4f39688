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
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from functools import lru_cache

DATELINE_WINDOW = 300  # characters of the text searched for a dateline
DATELINE_COLUMN = 80  # a dateline date starts at most this far into its line
MIN_YEAR, MAX_YEAR = 1900, 2100

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


def fold(text: str) -> str:
    """The cheap normalization dates need: one alef, ي for ى, ه for ة, ASCII digits, no marks, lower case."""
    return text.translate(_FOLD).lower()


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
