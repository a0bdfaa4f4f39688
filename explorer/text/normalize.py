"""Normalize Arabic and English for matching while keeping a map back to the original offsets.

Matching needs one spelling per word (no diacritics, one alef, ي for ى, ه for ة, ASCII digits, lower
case), but evidence must be highlighted in the text the researcher reads. So every normalized
character remembers the index of the original character it came from.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

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


def normalize(text: str) -> Normalized:
    """Normalize `text` for matching; see `Normalized` for the offset map."""
    out: list[str] = []
    offsets: list[int] = []
    cache = _CACHE
    append, extend = out.append, offsets.extend
    prev_space = False
    n_text = len(text)
    for i, ch in enumerate(text):
        n = cache.get(ch)
        if n is None:
            n = _char_norm(ch)
            if ch.isspace() or (n and n.isspace()):
                n = " "
            cache[ch] = n
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
        append(n)
        if len(n) == 1:
            offsets.append(i)
        else:
            extend([i] * len(n))
    norm = "".join(out)
    for pattern, repl in _SAME_LENGTH:
        if pattern.search(norm):
            norm = pattern.sub(repl, norm)
    norm, offsets = _expand_lil(norm, offsets)
    norm, offsets = _join_abd(norm, offsets)
    return Normalized(norm, offsets, len(text))


_LIL = re.compile(r"(?:(?<=^)|(?<=[^\u0621-\u064A]))([وف]?)لل(?=[\u0621-\u064A]{2})")


def _expand_lil(norm: str, offsets: list[int]) -> tuple[str, list[int]]:
    """Write the ل + ال contraction (للأمم) back as لال so article-initial aliases match inside it."""
    if "لل" not in norm:
        return norm, offsets
    parts: list[str] = []
    offs: list[int] = []
    last = 0
    for m in _LIL.finditer(norm):
        lam = m.start() + len(m.group(1))  # index of the first ل
        parts.append(norm[last : lam + 1])
        offs.extend(offsets[last:lam] + [offsets[lam]])
        parts.append("ا")  # the article's alef, which the contraction drops
        offs.append(offsets[lam])  # so a match on ال... starts at the whole token (للأمم)
        last = lam + 1
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


_ABD = re.compile(r"(?:(?<=^)|(?<=[^\u0621-\u064A]))(عبد) (?=[\u0621-\u064A]{3})")


def _join_abd(norm: str, offsets: list[int]) -> tuple[str, list[int]]:
    """عبد الملك and عبدالملك, عبد ربه and عبدربه are one name: drop the space so both spellings match."""
    if "عبد " not in norm:
        return norm, offsets
    drop = {m.end(1) for m in _ABD.finditer(norm)}
    if not drop:
        return norm, offsets
    return "".join(c for i, c in enumerate(norm) if i not in drop), [o for i, o in enumerate(offsets) if i not in drop]
