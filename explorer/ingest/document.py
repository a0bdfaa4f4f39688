"""Make a Document from decoded text: its id is the sha256 of the normalized text."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from explorer.records import Document
from explorer.text.normalize import detect_language

_SPACE = re.compile(r"\s")  # what str.split() splits on (both are str.isspace())
_SLICE = 1 << 18


def document_id(text: str) -> str:
    """Same article, same id: NFC, whitespace folded. Re-ingesting it adds nothing.

    The digest of `" ".join(NFC(text).split())`, taken slice by slice: the whole list of words would be
    60 MB for a 5 MB one-line article. Slices are cut before a white-space character, where no word and
    no composed character can straddle the cut."""
    h = hashlib.sha256()
    sep = b""
    n, i = len(text), 0
    while i < n:
        m = _SPACE.search(text, i + _SLICE) if i + _SLICE < n else None
        j = m.start() if m else n
        words = unicodedata.normalize("NFC", text[i:j]).split()
        if words:
            h.update(sep + " ".join(words).encode("utf-8"))
            sep = b" "
        i = j
    return h.hexdigest()


def make_document(
    text: str,
    *,
    path: str = "",
    title: str = "",
    source: str = "",
    url: str = "",
    date: str | None = None,
    date_source: str = "none",
    lang: str | None = None,
    date_precision: str | None = None,
) -> Document:
    lang = lang or detect_language(text)
    return Document(
        id=document_id(text), text=text, title=title, source=source, url=url,
        date=date, date_source=date_source if date else "none", lang=lang, path=path,
        date_precision=(date_precision or "day") if date else None,
    )
