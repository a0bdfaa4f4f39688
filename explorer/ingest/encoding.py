"""Decode news files whose encoding nobody wrote down.

Arabic news still travels as Windows-1256 and ISO-8859-6 next to UTF-8 and UTF-16. A wrong guess
does not fail loudly: it yields mojibake that the extractor silently finds nothing in. So every
guess is checked: the decoded text must look like Arabic or Latin prose (words in one script, no
stray control characters, no tanwin in the middle of a word). When no candidate passes, the file is
refused with a message that says how to fix it.

>>> decode("وزير الخارجية".encode("cp1256"), "a.txt")
'وزير الخارجية'
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from explorer.errors import InputError

_BOMS = [  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]

_MAGIC = [
    (b"%PDF", "PDF"),
    (b"\x89PNG", "PNG image"),
    (b"GIF8", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"PK\x03\x04", "zip archive or Office document"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\x7fELF", "executable"),
    (b"SQLite format 3", "SQLite database"),
    (b"\xd0\xcf\x11\xe0", "Office document"),
    (b"Rar!", "RAR archive"),
    (b"7z\xbc\xaf", "7-Zip archive"),
]

# Single-byte candidates in order of preference: when two decodings are equally plausible the
# earlier one wins (Windows-1256 is far more common than ISO-8859-6; cp1252 covers Latin files).
_SINGLE_BYTE = ["cp1256", "iso-8859-6", "cp1252"]
SAMPLE_CHARS = 16_384
MIN_PLAUSIBILITY = 0.85

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
# UTF-8 read as Latin-1 or Windows-1252 and saved again: a lead byte (Ã, Ø, Ù…) then a continuation byte.
_MOJIBAKE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)
_TANWIN = "\u064b\u064c\u064d"


class DecodeError(InputError):
    """Bytes that the file's encoding cannot decode, at a known line."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


def binary_kind(head: bytes) -> str | None:
    """What a file that is not text looks like ('PDF', 'binary data'), or None if it may be text."""
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return None
    if b"\x00" in head[:8192] and _utf16_without_bom(head) is None:
        return "NUL bytes"
    return None


def _utf16_without_bom(head: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' when NULs sit at every other byte like in UTF-16 Latin text."""
    sample = head[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    # Spaces, digits and punctuation are ASCII in UTF-16 Arabic too: at least 1/8 zeros on one side.
    if odd >= half / 8 and even == 0:
        return "utf-16-le"
    if even >= half / 8 and odd == 0:
        return "utf-16-be"
    return None


def plausibility(text: str) -> float:
    """Share of the words of `text` (sampled) that look like real Arabic or Latin words, 0..1.

    A word fails when it mixes Arabic and Latin letters, when it is made only of accented Latin
    letters (`ÇáÑÆíÓ` is Windows-1256 Arabic read as Latin-1), when it has tanwin in its middle
    (Windows-1256 read as ISO-8859-6), or when it holds control characters or replacement marks.
    """
    sample = text[:SAMPLE_CHARS]
    words = sample.split()
    if not words:
        return 1.0
    good = total = 0
    for w in words:
        ar = lat = ascii_lat = other = 0
        bad = False
        for i, ch in enumerate(w):
            cp = ord(ch)
            if ch.isascii():
                if ch.isalpha():
                    lat += 1
                    ascii_lat += 1
                elif cp < 32 and ch not in "\t\n\r\f":
                    bad = True
                continue
            if 0x0600 <= cp <= 0x06FF or 0x0750 <= cp <= 0x077F or 0xFB50 <= cp <= 0xFEFF:
                if ch in _TANWIN and i + 1 < len(w) and w[i + 1] not in "اى" and not _closing(w[i + 1 :]):
                    bad = True
                if ch.isalpha():
                    ar += 1
                continue
            if cp == 0xFFFD or 0x80 <= cp <= 0x9F:
                bad = True
                continue
            if ch.isalpha():
                if cp <= 0x024F:
                    lat += 1
                else:
                    other += 1
        letters = ar + lat + other
        if not letters:
            if bad:
                total += 1
            continue  # numbers and punctuation say nothing about the encoding
        total += 1
        if bad or (ar and lat) or (lat and not ascii_lat and lat >= 2 and not ar):
            continue
        good += 1
    return good / total if total else 1.0


def _closing(rest: str) -> bool:
    return all(not c.isalpha() for c in rest)


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def sniff(head: bytes, name: str, *, complete: bool) -> str:
    """The codec name to read a file that starts with `head` (all of it when `complete`).

    Raises InputError for binary data or an encoding that cannot be decided.
    """
    kind = binary_kind(head)
    if kind:
        raise InputError(f"{name}: binary file ({kind}), not text")
    for bom, codec in _BOMS:
        if head.startswith(bom):
            return codec
    if not head:
        return "utf-8"
    utf16 = _utf16_without_bom(head) if b"\x00" in head else None
    if utf16:
        return utf16
    # UTF-8 first: random single-byte Arabic is almost never valid UTF-8.
    dec = codecs.getincrementaldecoder("utf-8")()
    try:
        text = dec.decode(head, final=complete)
    except UnicodeDecodeError:
        text = None
    if text is not None and (not _MOJIBAKE.search(text[:SAMPLE_CHARS]) or plausibility(text) >= MIN_PLAUSIBILITY):
        if _CONTROL.search(text[:SAMPLE_CHARS]) and _control_share(text) > 0.01:
            raise InputError(f"{name}: binary file (control characters), not text")
        return "utf-8"
    if text is not None and _repair_double_utf8(text) != text:
        return "utf-8"  # double-encoded UTF-8: decode() repairs it
    return _guess_single_byte(head, name, utf8_valid=text is not None)


def _control_share(text: str) -> float:
    sample = text[:SAMPLE_CHARS]
    return len(_CONTROL.findall(sample)) / max(1, len(sample))


def _guess_single_byte(head: bytes, name: str, *, utf8_valid: bool) -> str:
    candidates = list(_SINGLE_BYTE)
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(head[:SAMPLE_CHARS]).best()
        known = {codecs.lookup(c).name for c in candidates} | {"utf-8"}
        if best is not None and codecs.lookup(best.encoding).name not in known:
            candidates.append(best.encoding)
    except Exception:  # noqa: BLE001 - a detector failure only removes one candidate
        pass
    scored: list[tuple[float, int, str]] = []
    for rank, enc in enumerate(candidates):
        text = _strict(head, enc)
        if text is None or (_CONTROL.search(text) and _control_share(text) > 0.01):
            continue
        scored.append((plausibility(text), -rank, enc))
    if scored:
        score, _, enc = max(scored)
        if score >= MIN_PLAUSIBILITY:
            return enc
    hint = " (it is valid UTF-8 but reads as garbled text)" if utf8_valid else ""
    tried = ", ".join(candidates)
    raise InputError(
        f"{name}: cannot tell the text encoding{hint}; tried UTF-8, {tried}. Save the file as UTF-8 and retry"
    )


def decode(data: bytes, name: str = "<bytes>") -> str:
    """Decode a whole file's bytes to text; see the module docstring. Raises InputError."""
    codec = sniff(data[: SAMPLE_CHARS * 2], name, complete=len(data) <= SAMPLE_CHARS * 2)
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise DecodeError(f"{name}: bytes that are not {codec} (mixed encodings?)", line) from None
    if codec == "utf-8":
        text = _repair_double_utf8(text)
    return unicodedata.normalize("NFC", text) if _needs_nfc(text) else text


def _needs_nfc(text: str) -> bool:
    # Only decomposed Latin accents change under NFC in practice; Arabic is already composed.
    return "\u0301" in text or "\u0300" in text or "\u0308" in text


def _repair_double_utf8(text: str) -> str:
    """UTF-8 that was once read as Latin-1 and saved again (`Ø§Ù„`): undo it when that is plausible."""
    if not _MOJIBAKE.search(text[:SAMPLE_CHARS]):
        return text
    for enc in ("cp1252", "latin-1"):
        try:
            fixed = text.encode(enc).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if plausibility(fixed) >= MIN_PLAUSIBILITY > plausibility(text):
            return fixed
    return text
