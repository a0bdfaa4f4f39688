"""Make a Document from decoded text: its id is the sha256 of the normalized text."""

from __future__ import annotations

import hashlib
import unicodedata

from explorer.records import Document
from explorer.text.normalize import detect_language


def document_id(text: str) -> str:
    """Same article, same id: NFC, whitespace folded. Re-ingesting it adds nothing."""
    canon = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(canon.encode("utf-8")).hexdigest()


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
