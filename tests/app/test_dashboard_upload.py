"""Articles dropped into the dashboard: a plain note with no title of its own is named by its file."""

from __future__ import annotations

from explorer.ingest.readers import read_bytes
from explorer.records import Document


def test_a_note_without_a_title_is_named_by_its_file():
    """A one-paragraph note has no front matter and no heading line: its evidence rows showed an empty
    Document cell, so a researcher could not tell which upload a relation came from."""
    note = "التقى وزير الخارجية الروسي سيرغي لافروف نظيره التركي في أنقرة.\n".encode()
    [doc] = list(read_bytes("notes/ankara-call.txt", note))
    assert isinstance(doc, Document) and doc.title == "ankara-call.txt"
    [doc] = list(read_bytes("Talks.txt", b"Sudan talks\n\nThe army met the RSF in Jeddah on Friday.\n"))
    assert doc.title == "Sudan talks"  # a heading line stays the title
    [doc] = list(read_bytes("x.md", b"---\ntitle: Truce in Aleppo\n---\nThe truce held in Aleppo.\n"))
    assert doc.title == "Truce in Aleppo"
