"""Normalize Arabic and English for matching while keeping a map back to the original offsets.

Matching needs one spelling per word (no diacritics, one alef, ي for ى, ه for ة, ASCII digits, lower
case), but evidence must be highlighted in the text the researcher reads. So every normalized
character remembers the index of the original character it came from.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from explorer import PACKAGE_DIR

# Arabic diacritics (harakat, tanwin, shadda, sukun, superscript alef, Quranic marks) and tatweel.
_DROP = set(range(0x0610, 0x061B)) | set(range(0x064B, 0x0660)) | {0x0670, 0x0640} | set(range(0x06D6, 0x06EE))
# Invisible formatting: zero-width joiners, bidi marks and overrides. Dropped for matching.
_DROP |= (
    {0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x061C, 0xFEFF} | set(range(0x202A, 0x202F)) | set(range(0x2066, 0x206A))
)

_MAP = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ى": "ي",
    "ة": "ه",
    "ؤ": "و",
    "ئ": "ي",
    "ک": "ك",
    "ی": "ي",
    "ۀ": "ه",
    "گ": "ك",
    "’": "'",
    "‘": "'",
    "ʼ": "'",
    "`": "'",
    "´": "'",
    "“": '"',
    "”": '"',
    "«": '"',
    "»": '"',
    "–": "-",
    "—": "-",
    "‐": "-",
    "‑": "-",
    "\u00a0": " ",
    "\u2009": " ",
    "\u202f": " ",
}
for _i, _d in enumerate("٠١٢٣٤٥٦٧٨٩"):
    _MAP[_d] = str(_i)
for _i, _d in enumerate("۰۱۲۳۴۵۶۷۸۹"):
    _MAP[_d] = str(_i)

# Same-length rewrites applied after the character pass (offsets stay aligned one to one).
_SAME_LENGTH = [
    (re.compile("امريك"), "اميرك"),  # أمريكي/أميركي
    (re.compile("شيون"), "شوون"),  # الشئون/الشؤون (Egyptian spelling of "affairs")
    (re.compile("مسيول"), "مسوول"),  # مسئول/مسؤول
]
_ARABIC = re.compile(r"[\u0600-\u06FF]")


@dataclass(frozen=True)
class Normalized:
    """Normalized text plus, for every normalized character, the index of its original character."""

    text: str
    offsets: list[int]
    original_length: int

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the normalized slice [start, end)."""
        if start >= len(self.offsets):
            return self.original_length, self.original_length
        o_start = self.offsets[start]
        o_end = self.offsets[end - 1] + 1 if end > start else o_start
        return o_start, o_end


def _char_norm(ch: str) -> str:
    cp = ord(ch)
    if cp in _DROP:
        return ""
    if ch in _MAP:
        return _MAP[ch]
    if cp < 128:
        return ch.lower()
    if 0x0600 <= cp <= 0x06FF:
        return ch
    # Presentation forms, ligatures, full-width letters: NFKC, then our own mapping of the result.
    folded = unicodedata.normalize("NFKC", ch)
    if folded != ch:
        return "".join(_char_norm(c) for c in folded)
    if unicodedata.category(ch) == "Mn":  # combining accents on Latin letters
        return ""
    base = unicodedata.normalize("NFKD", ch)
    if len(base) > 1 and base[0].isascii():
        return base[0].lower()
    return ch.lower()


_CACHE: dict[str, str] = {}


def _cached_norm(ch: str) -> str:
    """What `normalize` writes for one character before folding spaces and dashes ("" drops it)."""
    n = _CACHE.get(ch)
    if n is None:
        n = _char_norm(ch)
        if ch.isspace() or (n and n.isspace()):
            n = " "
        _CACHE[ch] = n
    return n


def _fast_classes() -> tuple[re.Pattern[str], dict[str, str], re.Pattern[str]]:
    """Runs of characters that each normalize to one character (ASCII, Arabic, Latin, general punctuation:
    «plain»), single spaces between them included; the plain characters that change, and a pattern finding
    them. `normalize` copies such a run from the text with its changing characters replaced (one
    `str.replace` per distinct one) and its offsets with one `range`: only dropped marks, runs of spaces,
    dashes and rare characters go through the character loop."""
    plain, space = [], []
    changes: dict[str, str] = {}
    codepoints = list(range(0x09, 0x0E)) + list(range(0x20, 0x0700)) + list(range(0x2000, 0x2070)) + [0x3000]
    for cp in codepoints:
        ch = chr(cp)
        n = _cached_norm(ch)
        if n == " ":
            space.append(cp)
        elif len(n) == 1 and n != "-":
            plain.append(cp)
        else:
            continue
        if n != ch:
            changes[ch] = n
    assert not set(changes.values()) & set(changes), "a replacement would be replaced again"
    one = _char_class(plain)
    run = re.compile(f"{one}+(?:{_char_class(space)}{one}+)*")
    return run, changes, re.compile(_char_class([ord(c) for c in changes]))


def _char_class(cps: list[int]) -> str:
    ranges: list[list[int]] = []
    for cp in sorted(cps):
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    esc = [re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges]
    return "[" + "".join(esc) + "]"


_RUN, _CHANGES, _CHANGING = _fast_classes()


def normalize(text: str) -> Normalized:
    """Normalize `text` for matching; see `Normalized` for the offset map."""
    out: list[str] = []
    offsets: list[int] = []
    append, extend = out.append, offsets.extend
    mapped = text  # the text with every plain character normalized (same length)
    for ch in set(_CHANGING.findall(text)):
        mapped = mapped.replace(ch, _CHANGES[ch])
    prev_space = False
    pos = 0
    for m in _RUN.finditer(text):
        a, b = m.span()
        if a > pos:
            prev_space = _slow(text, pos, a, prev_space, out, offsets)
        append(mapped[a:b])
        extend(range(a, b))
        prev_space = False  # a run ends with a plain character
        pos = b
    if pos < len(text):
        _slow(text, pos, len(text), prev_space, out, offsets)
    return _finish(out, offsets, len(text))


def _finish(out: list[str], offsets: list[int], length: int) -> Normalized:
    """The steps after the character map: same-length rewrites, then the contractions that change length."""
    norm = "".join(out)
    for pattern, repl in _SAME_LENGTH:
        if pattern.search(norm):
            norm = pattern.sub(repl, norm)
    norm, offsets = _expand_lil(norm, offsets)
    norm, offsets = _join_abd(norm, offsets)
    norm, offsets = _drop_variant_vowel(norm, offsets)
    norm, offsets = _split_run_on(norm, offsets)
    return Normalized(norm, offsets, length)


def _slow(text: str, lo: int, hi: int, prev_space: bool, out: list[str], offsets: list[int]) -> bool:
    """The characters [lo, hi) one by one: marks dropped, spaces folded, a free-standing dash dropped."""
    n_text = len(text)
    for i in range(lo, hi):
        ch = text[i]
        n = _CACHE.get(ch)
        if n is None:
            n = _cached_norm(ch)
        if not n:
            continue
        if n == " ":
            if prev_space:
                continue  # fold runs of white space
            prev_space = True
        else:
            if n == "-" and prev_space and (i + 1 >= n_text or text[i + 1].isspace() or text[i + 1] in "-ـ—–"):
                continue  # a free-standing dash (بيان جنيف ــ 2012) is punctuation, not part of a name
            prev_space = False
        out.append(n)
        if len(n) == 1:
            offsets.append(i)
        else:
            offsets.extend([i] * len(n))
    return prev_space


_AR_LETTERS = frozenset(chr(c) for c in range(0x0621, 0x064B))


def _contractions(norm: str) -> list[int]:
    """Where a word starts with the ل + ال contraction (للأمم، وللأمم، فللأمم), followed by 2+ letters."""
    found = []
    p = norm.find("لل")
    while p >= 0:
        before = norm[p - 1] if p > 0 else ""
        starts_word = before not in _AR_LETTERS or (before in "وف" and (p < 2 or norm[p - 2] not in _AR_LETTERS))
        if starts_word and norm[p + 2 : p + 3] in _AR_LETTERS and norm[p + 3 : p + 4] in _AR_LETTERS:
            found.append(p)
            p = norm.find("لل", p + 2)
        else:
            p = norm.find("لل", p + 1)
    return found


def _expand_lil(norm: str, offsets: list[int]) -> tuple[str, list[int]]:
    """Write the ل + ال contraction (للأمم) back as لال so article-initial aliases match inside it."""
    if "لل" not in norm:
        return norm, offsets
    parts: list[str] = []
    offs: list[int] = []
    last = 0
    for lam in _contractions(norm):  # index of the first ل
        parts.append(norm[last : lam + 1])
        offs.extend(offsets[last : lam + 1])
        parts.append("ا")  # the article's alef, which the contraction drops
        offs.append(offsets[lam])  # so a match on ال... starts at the whole token (للأمم)
        last = lam + 1
    if not parts:
        return norm, offsets
    parts.append(norm[last:])
    offs.extend(offsets[last:])
    return "".join(parts), offs


def norm_key(text: str) -> str:
    """Normalized form of a short string (an alias, a name) with whitespace and punctuation folded."""
    n = normalize(text).text
    n = re.sub(r"[\"'()\[\],،؛:!?؟]+", " ", n)
    return " ".join(n.split())


def is_arabic(text: str) -> bool:
    return bool(_ARABIC.search(text))


def detect_language(text: str) -> str:
    """'ar' when Arabic letters outnumber Latin ones, 'en' when Latin letters dominate, else 'unknown'."""
    ar = len(_ARABIC.findall(text))
    latin = len(re.findall(r"[A-Za-z]", text))
    if ar == 0 and latin == 0:
        return "unknown"
    if ar >= latin:
        return "ar"
    return "en"


_ABD = re.compile(r"(?:(?<=^)|(?<=[^\u0621-\u064A])|(?<=^و)|(?<=[^\u0621-\u064A]و))(عبد) (?=[\u0621-\u064A]{3})")


def _join_abd(norm: str, offsets: list[int]) -> tuple[str, list[int]]:
    """عبد الملك and عبدالملك, عبد ربه and عبدربه are one name: drop the space so both spellings match (also
    after «و»: «وعبد الرحيم دقلو» is «و» + «عبدالرحيم دقلو»)."""
    if "عبد " not in norm:
        return norm, offsets
    return _drop_at(norm, offsets, [m.end(1) for m in _ABD.finditer(norm)])


def _drop_at(norm: str, offsets: list[int], drop: list[int]) -> tuple[str, list[int]]:
    """The text without the characters at `drop` (ascending), offsets kept for the rest."""
    if not drop:
        return norm, offsets
    parts, offs, last = [], [], 0
    for k in drop:  # the text between dropped characters, sliced in C (a test per character was 1.4 % of extracting)
        parts.append(norm[last:k])
        offs += offsets[last:k]
        last = k + 1
    parts.append(norm[last:])
    offs += offsets[last:]
    return "".join(parts), offs


# Long vowels some outlets write in a borrowed word and others leave out: «الديموقراطية» and «الديمقراطية»
# (Syrian Democratic Forces, Democratic Republic of the Congo). The vowel is dropped so both spellings match.
_VARIANT_VOWEL = re.compile("(?<=ديم)و(?=قراط)")


def _drop_variant_vowel(norm: str, offsets: list[int]) -> tuple[str, list[int]]:
    """«ديموقراط» is written «ديمقراط»: the optional long vowel of a borrowed word dropped, offsets kept."""
    if "ديموقراط" not in norm:
        return norm, offsets
    return _drop_at(norm, offsets, [m.start() for m in _VARIANT_VOWEL.finditer(norm)])


def _run_on_pattern() -> tuple[re.Pattern[str], re.Pattern[str]]:
    names = [
        line.strip()
        for line in (PACKAGE_DIR / "text" / "run_on_names.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    alt = "|".join(sorted(map(re.escape, names), key=len, reverse=True))
    full = rf"(?<![\u0621-\u064A])(?:{alt})(?=و(?:{alt})(?![\u0621-\u064A]))"
    # the «و» and second name of a run-on pair: a pattern that opens with a letter is searched for that letter
    # in C, where the one above (it opens with a look-behind) tries its names at every character of the text
    hint = rf"و(?<=[\u0621-\u064A]و)(?:{alt})(?![\u0621-\u064A])"
    return re.compile(full), re.compile(hint)


_RUN_ON, _RUN_ON_HINT = _run_on_pattern()


def _split_run_on(norm: str, offsets: list[int]) -> tuple[str, list[int]]:
    """«روسياوتركيا»: two names run together by a missing space are two words again (`run_on_names.txt`); the
    space put back maps to the «و» it stands before, so evidence still highlights the original text."""
    if "و" not in norm or not _RUN_ON_HINT.search(norm):  # (most texts: no pair, found in a fifteenth of the time)
        return norm, offsets
    cuts = [m.end() for m in _RUN_ON.finditer(norm)]
    if not cuts:
        return norm, offsets
    parts, offs, last = [], [], 0
    for c in cuts:
        parts += [norm[last:c], " "]
        offs += offsets[last:c] + [offsets[c]]
        last = c
    parts.append(norm[last:])
    offs += offsets[last:]
    return "".join(parts), offs
