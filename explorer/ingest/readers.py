"""Read files of every common news format into Documents; never stop on a bad one.

`read_path` takes a file or a folder (walked recursively, hidden files skipped) and yields a
`Document` for every article it finds and a `Failure` (file, line, reason) for everything it cannot
read. Formats, chosen by extension:

| extension | one document per | metadata |
| --- | --- | --- |
| .txt .text .md .markdown (and unknown text) | file | YAML front matter: title, date, source, lang, url |
| .html .htm .xhtml | file (main text by trafilatura) | title, date, site name, url from the page's metadata |
| .json | record (a list, an object holding a list, or one object) | FieldMap fields |
| .jsonl .ndjson | line | FieldMap fields |
| .csv .tsv | row | FieldMap columns |
| .rss .atom .xml | feed entry (content or summary, HTML stripped) | title, published date, link, feed title |
| .zip, .gz | member files of any of these | |

Whole-file formats are refused over `max_bytes`; line formats (.jsonl, .csv, .tsv) are streamed, so
a corpus dump may be larger and the limit applies to each line (each CSV row) instead. Compressed
streams are read as they decompress and stopped past `MAX_EXPANDED` bytes or `MAX_RATIO` times their
compressed size (a decompression bomb never fills the memory or the disk).

A line file whose first HOPELESS records all fail (a damaged or misnamed file) is given up with one
line saying so. Each file, archive member and line is its own unit of failure: whatever goes wrong while reading it
(a broken archive entry, a file name that is not UTF-8, a bug in a parser) becomes a `Failure` naming
it, and the next one is read. File names that are not UTF-8 are kept with their bytes as `\\xNN`.
Symbolic links to files outside the folders being read are skipped and reported; SQLite's own files
(`-wal`, `-shm`, `-journal`) and the store being written to (`skip`) are passed over in silence.

Dates come from the first of: metadata (page, feed, record field), front matter, a dateline in the
first lines of the text, a date in the file name; `Document.date_source` says which. Undated
documents are kept (date None, date_source "none").
"""

from __future__ import annotations

import codecs
import csv
import functools
import gzip
import html
import io
import json
import logging
import os
import re
import struct
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from explorer.errors import InputError
from explorer.ingest import encoding
from explorer.ingest.dates import complete_date, metadata_date, parse_date
from explorer.ingest.document import make_document
from explorer.records import Document
from explorer.text.normalize import detect_language
from explorer.untrusted import path_text, terminal_text

MAX_BYTES = 20_000_000
MAX_EXPANDED = 2_000_000_000  # bytes a compressed stream may expand to
MAX_RATIO = 200  # ... and at most this many times its compressed size, once past RATIO_FLOOR
RATIO_FLOOR = 10_000_000
HOPELESS = 10_000  # failed records, with no article yet, after which a line file is given up

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
JSON_SUFFIXES = {".json"}
LINE_SUFFIXES = {".jsonl", ".ndjson", ".csv", ".tsv"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
ARCHIVE_SUFFIXES = {".zip", ".gz"}
SUPPORTED = sorted(TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | LINE_SUFFIXES | FEED_SUFFIXES | ARCHIVE_SUFFIXES)
UNSUPPORTED = {
    ".pdf", ".doc", ".docx", ".odt", ".rtf", ".epub", ".xls", ".xlsx", ".ods", ".ppt", ".pptx",
    ".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".tif", ".tiff", ".svg", ".ico",
    ".mp3", ".mp4", ".wav", ".ogg", ".avi", ".mov", ".mkv", ".tar", ".tgz", ".bz2", ".xz", ".7z", ".rar",
    ".exe", ".dll", ".so", ".bin", ".db", ".sqlite", ".pyc", ".parquet",
}
_SKIP_NAMES = {"thumbs.db", "desktop.ini", "__macosx"}
_SQLITE_SIDECARS = ("-wal", "-shm", "-journal")
_MAX_ZIP_DEPTH = 3
_HEAD = 131_072


@dataclass(frozen=True)
class FieldMap:
    """Field (JSON key, dotted for nesting: `article.body`) or column names of structured records."""

    text: str = "text"
    title: str = "title"
    date: str = "date"
    url: str = "url"
    source: str = "source"
    lang: str = "lang"


@dataclass(frozen=True)
class Failure:
    """Something that could not be read: the file (or archive member), the line if known, why."""

    path: str
    line: int | None
    reason: str

    def __str__(self) -> str:
        """One line, whatever the file name holds (newlines, ANSI escapes, bidi controls are escaped)."""
        where = terminal_text(self.path) + (f":{self.line}" if self.line is not None else "")
        return f"{where}: {terminal_text(self.reason)}"


@dataclass(frozen=True)
class FileDone:
    """Progress marker yielded by `iter_items` after each file or archive member."""

    path: str
    nbytes: int


# -- public entry points -----------------------------------------------------------------------------


def read_path(
    path: Path | str, *, fields: FieldMap | None = None, max_bytes: int = MAX_BYTES
) -> Iterator[Document | Failure]:
    """Documents and Failures of a file, archive or folder (recursively), in a stable order.

    >>> [type(x).__name__ for x in read_path("no/such/file.txt")]
    ['Failure']
    """
    for item in iter_items([Path(path)], fields=fields, max_bytes=max_bytes):
        if not isinstance(item, FileDone):
            yield item


def read_bytes(
    name: str, data: bytes, *, fields: FieldMap | None = None, max_bytes: int = MAX_BYTES
) -> Iterator[Document | Failure]:
    """Documents and Failures of an in-memory file (an upload); `name` chooses the format."""
    fields = fields or FieldMap()
    for item in _guard(name, _read_data(name, _suffix(name), data, fields, max_bytes, 0)):
        if not isinstance(item, FileDone):
            yield item


def iter_items(
    paths: Iterable[Path],
    *,
    fields: FieldMap | None = None,
    max_bytes: int = MAX_BYTES,
    skip: Iterable[Path] = (),
) -> Iterator[Document | Failure | FileDone]:
    """Like read_path over several paths, with a FileDone after each file (for progress reports).

    `skip`: files never read (the store being written to); its `-wal`/`-shm` files are skipped anyway.
    """
    fields = fields or FieldMap()
    _check_max_bytes(max_bytes)
    skipped = {_resolved(p) for p in skip}
    names = {os.path.basename(s) for s in skipped}
    for path in paths:
        for f in _walk(Path(path)):
            if isinstance(f, Failure):
                yield f
                continue
            # (a file that is no link is the store only under the store's own name: no realpath, five lstat
            # calls, for each of 20,000 files)
            if skipped and (f.name in names or f.is_symlink()) and _resolved(f) in skipped:
                continue
            yield from _isolated(str(f), _read_file(f, fields, max_bytes))


def _check_max_bytes(max_bytes: int) -> None:
    if not isinstance(max_bytes, int) or max_bytes < 1:
        raise InputError(f"the size limit must be a positive number of bytes, not {max_bytes!r}")


def _resolved(p: Path) -> str:
    try:
        return os.path.realpath(p)
    except (OSError, ValueError):
        return str(p)


def _isolated(name: str, items: Iterator) -> Iterator:
    """Anything that escapes the reading of one file (a bug included) becomes its Failure; the run goes on."""
    done = False
    try:
        for item in items:
            done = done or isinstance(item, FileDone)
            yield item
    except Exception as e:  # noqa: BLE001 - one file never stops a run; the reason is reported with its name
        yield Failure(name, None, f"cannot read: {type(e).__name__}: {e}")
        if not done:
            yield FileDone(name, 0)


def plan(paths: Iterable[Path]) -> tuple[int, int]:
    """(files, bytes) that iter_items will go through: zip members count as files."""
    files = nbytes = 0
    for path in paths:
        for f in _walk(Path(path)):
            if isinstance(f, Failure):
                continue
            try:
                size = f.stat().st_size
            except OSError:
                continue
            nbytes += size
            if _suffix(str(f)) == ".zip":
                try:
                    with zipfile.ZipFile(f) as zf:
                        files += sum(1 for i in zf.infolist() if _member_problem(i) != "skip")
                    continue
                except (zipfile.BadZipFile, OSError, ValueError, UnicodeDecodeError):
                    pass
            files += 1
    return files, nbytes


# -- walking files and archives ----------------------------------------------------------------------


def _suffix(name: str) -> str:
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    if base.startswith(".") and base.count(".") == 1:
        return ""
    return os.path.splitext(base)[1].lower()


def _skipped(name: str) -> bool:
    return name.startswith((".", "~$")) or name.lower() in _SKIP_NAMES or name.lower().endswith(_SQLITE_SIDECARS)


def _walk(path: Path) -> Iterator[Path | Failure]:
    """Files under `path`: its own files by name, then each sub-folder the same way. Not regular files
    (FIFOs, devices, sockets) are refused: reading one could block the run forever."""
    if not path.exists():
        yield Failure(str(path), None, "no such file or folder")
        return
    if not path.is_dir():
        if path.is_file():
            yield path
        else:
            yield Failure(str(path), None, "not a regular file")
        return
    yield from _walk_folder(path, Path(_resolved(path)))


def _inside(target: str, root: Path) -> bool:
    try:
        return Path(target).is_relative_to(root)
    except ValueError:
        return False


def _walk_folder(path: Path, root: Path) -> Iterator[Path | Failure]:
    try:
        entries = sorted(os.scandir(path), key=lambda e: e.name)
    except OSError as e:
        yield Failure(str(path), None, f"cannot read folder: {e.strerror or e}")
        return
    dirs = []
    for entry in entries:
        if _skipped(entry.name):
            continue
        try:
            if entry.is_dir():  # symbolic links to folders are not followed: no loops
                if not entry.is_symlink():
                    dirs.append(Path(entry.path))
            elif entry.is_file():
                if entry.is_symlink() and not _inside(_resolved(Path(entry.path)), root):
                    yield Failure(entry.path, None, "skipped: a symbolic link to a file outside the folders being read")
                else:
                    yield Path(entry.path)
            else:
                yield Failure(entry.path, None, "not a regular file")
        except OSError as e:
            yield Failure(entry.path, None, f"cannot read: {e.strerror or e}")
    for d in dirs:
        yield from _walk_folder(d, root)


def _guard(name: str, items: Iterator) -> Iterator:
    """Turn an unexpected error inside one file into a Failure: one file never stops a run."""
    try:
        yield from items
    except InputError as e:
        yield Failure(name, getattr(e, "line", None), _reason(e, name))
    except (OSError, EOFError, zlib.error, zipfile.BadZipFile, NotImplementedError) as e:
        yield Failure(name, None, f"cannot read: {e}")
    except RecursionError:
        yield Failure(name, None, "nested too deeply to read")
    except Exception as e:  # noqa: BLE001 - a parser's bug on a hostile file is that file's failure
        yield Failure(name, None, f"cannot read: {type(e).__name__}: {e}")


def _reason(e: Exception, name: str) -> str:
    return str(e).removeprefix(f"{name}: ")


def _too_big(size: int, max_bytes: int) -> str:
    return f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:g} MB limit (raise it with --max-mb)"


def _read_file(p: Path, fields: FieldMap, max_bytes: int) -> Iterator[Document | Failure | FileDone]:
    name = str(p)
    suffix = _suffix(name)
    if suffix not in LINE_SUFFIXES and suffix not in ARCHIVE_SUFFIXES:
        # The common case, one article per file: read at most max_bytes + 1 bytes. The size asked for is the
        # file's own (read(n) allocates n bytes first: 20 MB for every tiny file otherwise).
        try:
            with open(p, "rb") as f:
                stated = os.fstat(f.fileno()).st_size
                data = f.read(min(stated, max_bytes) + 1 if stated else max_bytes + 1)
                if len(data) > stated and len(data) <= max_bytes:  # grew while read: read the rest, capped
                    data += f.read(max_bytes + 1 - len(data))
                size = len(data) if len(data) <= max_bytes else max(stated, len(data))
        except OSError as e:
            yield Failure(name, None, f"cannot read: {e.strerror or e}")
            yield FileDone(name, 0)
            return
        yield from _guard(name, _read_data(name, suffix, data, fields, max_bytes, 0) if size <= max_bytes
                          else iter([Failure(name, None, _too_big(size, max_bytes))]))
        yield FileDone(name, size)
        return
    try:
        size = p.stat().st_size
    except OSError as e:
        yield Failure(name, None, f"cannot read: {e.strerror}")
        yield FileDone(name, 0)
        return
    if suffix == ".zip":
        try:
            try:
                zf = zipfile.ZipFile(p)
            except UnicodeDecodeError:
                zf = _zip_with_honest_flags(p, size)
                yield Failure(name, None, "member names flagged as UTF-8 are not UTF-8; read as code page 437")
        except (zipfile.BadZipFile, OSError, UnicodeDecodeError, ValueError, struct.error) as e:
            yield Failure(name, None, _bad_zip(e))
            yield FileDone(name, size)
            return
        with zf:
            yield from _guard(name, _read_zip(name, zf, fields, max_bytes, 1))
        return
    yield from _guard(name, _read_file_body(p, name, suffix, size, fields, max_bytes))
    yield FileDone(name, size)


def _read_file_body(p: Path, name: str, suffix: str, size: int, fields: FieldMap, max_bytes: int) -> Iterator:
    with open(p, "rb") as f:
        if suffix == ".gz":
            yield from _read_gzip(name, f, fields, max_bytes, 0)
        else:
            yield from _read_lines_file(name, suffix, f, fields, max_bytes)


_ZIP_FIX_MAX = 200_000_000  # archives this small are read into memory to repair their name flags


def _zip_with_honest_flags(p: Path, size: int) -> zipfile.ZipFile:
    """The archive with the UTF-8 flag cleared on members whose names are not UTF-8 (central directory and
    local headers), so zipfile reads those names in code page 437 instead of failing on the whole archive.
    Raises UnicodeDecodeError when that cannot be done (too big, zip64, headers that do not add up)."""
    if size > _ZIP_FIX_MAX:
        raise UnicodeDecodeError("utf-8", b"", 0, 1, "archive too big to repair")
    data = bytearray(p.read_bytes())
    end = data.rfind(b"PK\x05\x06", max(0, len(data) - 65_557))
    if end < 0:
        raise zipfile.BadZipFile("no end of central directory")
    cd_size, cd_offset = struct.unpack_from("<II", data, end + 12)
    start = end - cd_size
    shift = start - cd_offset  # bytes prepended to the archive (self-extractors)
    at = start
    while at < end:
        if data[at : at + 4] != b"PK\x01\x02":
            raise zipfile.BadZipFile("damaged central directory")
        flags, = struct.unpack_from("<H", data, at + 8)
        n, extra, comment = struct.unpack_from("<HHH", data, at + 28)
        local, = struct.unpack_from("<I", data, at + 42)
        raw = bytes(data[at + 46 : at + 46 + n])
        if flags & 0x800:
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError:
                struct.pack_into("<H", data, at + 8, flags & ~0x800)
                lh = local + shift
                if data[lh : lh + 4] == b"PK\x03\x04":
                    lflags, = struct.unpack_from("<H", data, lh + 6)
                    struct.pack_into("<H", data, lh + 6, lflags & ~0x800)
        at += 46 + n + extra + comment
    return zipfile.ZipFile(io.BytesIO(bytes(data)))


def _bad_zip(e: Exception) -> str:
    if isinstance(e, UnicodeDecodeError):
        return "zip archive with member names flagged as UTF-8 that are not UTF-8; re-create the archive"
    if isinstance(e, zipfile.BadZipFile):
        return "not a valid zip archive"
    return f"cannot read: {e}"


def _member_problem(info: zipfile.ZipInfo) -> str | None:
    """None for a member to read, "skip" for folders and hidden files, else why it is not read."""
    name = info.filename.replace("\\", "/")
    if not name.strip("/ "):
        return "zip entry with an empty name"
    if name.endswith("/"):
        return "skip"
    parts = name.split("/")
    if name.startswith("/") or ".." in parts or re.match(r"[A-Za-z]:", name):
        return "zip entry whose path leaves the archive (../ or absolute); not read"
    if any(_skipped(p) for p in parts if p):
        return "skip"
    return None


def _read_zip(name: str, zf: zipfile.ZipFile, fields: FieldMap, max_bytes: int, depth: int) -> Iterator:
    for i, info in enumerate(zf.infolist(), 1):
        problem = _member_problem(info)
        if problem == "skip":
            continue
        member = f"{name}/{info.filename}" if info.filename.strip("/ ") else f"{name}/<entry {i}>"
        if problem:
            yield Failure(member, None, problem)
        else:
            suffix = _suffix(info.filename)
            yield from _guard(member, _read_member(member, suffix, zf, info, fields, max_bytes, depth))
        yield FileDone(member, info.compress_size)


def _read_member(member, suffix, zf, info, fields, max_bytes, depth) -> Iterator:
    if info.flag_bits & 0x1:
        yield Failure(member, None, "encrypted zip member (cannot read without its password)")
        return
    if suffix in LINE_SUFFIXES:
        with zf.open(info) as f:
            yield from _read_lines_file(member, suffix, _Expanding(member, f, lambda: info.compress_size), fields,
                                        max_bytes)
        return
    if suffix == ".gz":
        with zf.open(info) as f:
            yield from _read_gzip(member, _Expanding(member, f, lambda: info.compress_size), fields, max_bytes, depth)
        return
    if info.file_size > max_bytes:
        yield Failure(member, None, _too_big(info.file_size, max_bytes))
        return
    with zf.open(info) as f:
        data = f.read(max_bytes + 1)
    if len(data) > max_bytes:  # the header lied about the size
        yield Failure(member, None, _too_big(len(data), max_bytes))
        return
    yield from _read_data(member, suffix, data, fields, max_bytes, depth)


class _Counting(io.RawIOBase):
    """A stream that counts the bytes read from it (the compressed side of a decompressor)."""

    def __init__(self, raw: BinaryIO) -> None:
        self.raw, self.count = raw, 0

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        data = self.raw.read(len(b))
        b[: len(data)] = data
        self.count += len(data)
        return len(data)


class _Expanding(io.RawIOBase):
    """The decompressed side of a stream, stopped (InputError) past MAX_EXPANDED bytes or MAX_RATIO times
    `compressed()` bytes: a bomb is refused after a bounded amount of work, with what came before kept."""

    def __init__(self, name: str, stream: BinaryIO, compressed) -> None:
        self.name, self.stream, self.compressed, self.out = name, stream, compressed, 0

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        data = self.stream.read(len(b))
        n = len(data)
        b[:n] = data
        self.out += n
        if self.out > MAX_EXPANDED:
            raise InputError(f"{self.name}: expands to more than {MAX_EXPANDED / 1e9:g} GB; the rest is not read")
        if self.out > RATIO_FLOOR:
            packed = max(1, self.compressed())
            if self.out > MAX_RATIO * packed:
                raise InputError(
                    f"{self.name}: expands more than {MAX_RATIO}× ({self.out / 1e6:.0f} MB from "
                    f"{packed / 1e6:.2f} MB compressed, a decompression bomb?); the rest is not read"
                )
        return n


def _read_gzip(name: str, stream: BinaryIO, fields: FieldMap, max_bytes: int, depth: int) -> Iterator:
    inner = name[:-3] if name.lower().endswith(".gz") else name
    suffix = _suffix(inner)
    counted = _Counting(stream)
    gz = io.BufferedReader(_Expanding(name, gzip.GzipFile(fileobj=counted), lambda: counted.count), 1 << 16)
    if suffix in LINE_SUFFIXES:
        yield from _read_lines_file(name, suffix, gz, fields, max_bytes)
        return
    data = gz.read(max_bytes + 1)
    if len(data) > max_bytes:
        yield Failure(name, None, _too_big(len(data), max_bytes) + " once uncompressed")
        return
    yield from _read_data(name, suffix, data, fields, max_bytes, depth)


def _read_data(name: str, suffix: str, data: bytes, fields: FieldMap, max_bytes: int, depth: int) -> Iterator:
    """One whole file's bytes, dispatched on its extension (line formats are streamed: the limit is per line)."""
    if len(data) > max_bytes and suffix not in LINE_SUFFIXES:
        yield Failure(name, None, _too_big(len(data), max_bytes))
        return
    if not data.strip():
        yield Failure(name, None, "empty file")
        return
    if suffix == ".zip":
        if depth >= _MAX_ZIP_DEPTH:
            yield Failure(name, None, f"zip archives nested more than {_MAX_ZIP_DEPTH} deep")
            return
        try:
            zf = zipfile.ZipFile(io.BytesIO(data))
        except zipfile.BadZipFile:
            yield Failure(name, None, "not a valid zip archive")
            return
        with zf:
            yield from _read_zip(name, zf, fields, max_bytes, depth + 1)
    elif suffix == ".gz":
        yield from _read_gzip(name, io.BytesIO(data), fields, max_bytes, depth)
    elif suffix in LINE_SUFFIXES:
        yield from _read_lines_file(name, suffix, io.BytesIO(data), fields, max_bytes)
    elif suffix in HTML_SUFFIXES:
        yield _read_html(name, data)
    elif suffix in JSON_SUFFIXES:
        yield from _read_json(name, data, fields)
    elif suffix in FEED_SUFFIXES:
        yield from _read_feed(name, data)
    elif suffix in UNSUPPORTED:
        yield Failure(name, None, f"unsupported file type {suffix} (readable: {' '.join(s for s in SUPPORTED if s)})")
    else:
        yield from _read_text(name, suffix, data)


# -- building documents ------------------------------------------------------------------------------

_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_HTML_TAG = re.compile(
    r"</?(?:p|br|div|span|a|strong|em|b|i|u|h[1-6]|li|ul|ol|blockquote|script|style|img|table)\b", re.I
)


def clean_text(text: str) -> str:
    """Line ends to \\n, HTML entities unescaped (twice-escaped ones too), control characters out."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    for _ in range(2):
        if "&" not in text:
            break
        new = _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)
        if new == text:
            break
        text = new
    if _CONTROL.search(text):
        text = _CONTROL.sub("", text)
    if _LONE_SURROGATE.search(text):  # from JSON escapes such as "\\udc80": not storable, not text
        text = _LONE_SURROGATE.sub("\ufffd", text)
    return text.lstrip("\ufeff").strip()


def _one_line(s: object) -> str:
    if s is None:
        return ""
    return " ".join(clean_text(str(s)).split())


def _document(
    name: str,
    text: str,
    *,
    file_name: str,
    line: int | None = None,
    title: object = "",
    source: object = "",
    url: object = "",
    date: str | None = None,
    date_source: str = "none",
    date_precision: str | None = None,
    lang: object = None,
) -> Document | Failure:
    text = clean_text(text)
    where = file_name if line is not None or name == file_name else name
    name = path_text(name)
    if not text:
        return Failure(where, line, "empty text")
    detected = detect_language(text[:5000])
    if detected == "unknown" and len(text) > 5000:
        detected = detect_language(text)
    if detected == "unknown":
        return Failure(where, line, "no Arabic or Latin letters: language unknown (only Arabic and English are read)")
    lang = str(lang).lower()[:2] if lang else ""
    url = _one_line(url)[:2000]
    date, date_source, date_precision = complete_date(text, file_name, url, date, date_source, date_precision)
    return make_document(
        text,
        path=name,
        title=_one_line(title)[:500],
        source=_one_line(source)[:200],
        url=url,
        date=date,
        date_source=date_source if date else "none",
        date_precision=date_precision,
        lang=lang if lang in ("ar", "en") else detected,
    )


# -- plain text and markdown -------------------------------------------------------------------------

_FRONT = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_YAML_KEY = re.compile(r"^[A-Za-z_][\w -]*:", re.M)


def _decode(name: str, data: bytes) -> str:
    return encoding.decode(data, name)


def _read_text(name: str, suffix: str, data: bytes) -> Iterator[Document | Failure]:
    text = _decode(name, data).lstrip("\ufeff")
    text = text.replace("\r\n", "\n")
    meta: dict = {}
    m = _FRONT.match(text)
    if m and _YAML_KEY.search(m.group(1)):
        import yaml

        try:
            loaded = yaml.load(m.group(1), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        except yaml.YAMLError as e:
            mark = getattr(e, "problem_mark", None)
            line = mark.line + 2 if mark is not None else 1
            problem = getattr(e, "problem", None) or str(e).splitlines()[0]
            yield Failure(name, line, f"front matter is not valid YAML ({problem})")
            return
        if isinstance(loaded, dict):
            meta = {str(k).lower(): v for k, v in loaded.items()}
            text = text[m.end() :]
    # a note with no title of its own is called by its file's name: evidence and the document list name it
    title = _first(meta, "title", "headline") or _guess_title(text, suffix) or re.split(r"[\\/]", name)[-1]
    date, precision = metadata_date(_first(meta, "date", "published", "published_at", "pubdate")) or (None, None)
    yield _document(
        name,
        text,
        file_name=name,
        title=title,
        source=_first(meta, "source", "publisher", "site") or "",
        url=_first(meta, "url", "link") or "",
        date=date,
        date_source="front_matter",
        date_precision=precision,
        lang=_first(meta, "lang", "language"),
    )


def _first(meta: dict, *keys: str):
    for k in keys:
        v = meta.get(k)
        if v not in (None, ""):
            return v
    return None


def _guess_title(text: str, suffix: str) -> str:
    lines = [ln.strip() for ln in text.strip().split("\n") if any(c.isalpha() for c in ln)]
    if not lines:
        return ""
    first = lines[0]
    if suffix in (".md", ".markdown") and first.startswith("#"):
        return first.lstrip("#").strip()
    if len(lines) > 1 and len(first) <= 150 and not first.endswith((".", ":", "،")):
        return first.lstrip("#").strip()
    return ""


# -- HTML --------------------------------------------------------------------------------------------

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.I)
_BLOCK_TAGS = {
    "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section", "article",
    "header", "footer", "pre", "table", "ul", "ol", "dd", "dt", "figcaption",
}


def _decode_html(name: str, data: bytes) -> str:
    """The page's declared charset when it decodes to plausible text, else the same detection as text files.

    Valid UTF-8 wins over a declared single-byte charset: pages re-saved as UTF-8 keep their old
    `<meta charset=windows-1256>` more often than not.
    """
    m = _META_CHARSET.search(data[:4096])
    if m and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        try:
            declared = codecs.lookup(m.group(1).decode("ascii", "replace")).name
        except LookupError:
            declared = None
        if declared and declared != "utf-8":
            try:
                data.decode("utf-8")
            except UnicodeDecodeError:
                try:
                    text = data.decode(declared)
                except UnicodeDecodeError:
                    text = None
                if text is not None and encoding.plausibility(text) >= encoding.MIN_PLAUSIBILITY:
                    return text
    return _decode(name, data)


def html_to_text(fragment: str) -> str:
    """Visible text of an HTML fragment (scripts and styles dropped, blocks on their own lines)."""
    if "<" not in fragment:
        return fragment
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return fragment
    return _element_text(root)


def _element_text(root) -> str:
    import lxml.etree

    lxml.etree.strip_elements(root, "script", "style", "noscript", "template", lxml.etree.Comment, with_tail=False)
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in _BLOCK_TAGS:
            el.tail = "\n" + (el.tail or "")
            if el.tag.lower() != "br":
                el.text = "\n" + (el.text or "")
    text = root.text_content()
    lines = (" ".join(ln.split()) for ln in text.split("\n"))
    return "\n".join(ln for ln in lines if ln)


def _read_html(name: str, data: bytes) -> Document | Failure:
    page = _decode_html(name, data)
    title = date = source = url = None
    body = ""
    try:
        import trafilatura

        _quiet_trafilatura()
        res = trafilatura.bare_extraction(
            page,
            with_metadata=True,
            favor_recall=True,
            include_comments=False,
            include_tables=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # noqa: BLE001 - trafilatura fails in odd ways on hostile pages; fall back below
        res = None
    if res is not None:
        body = res.text or ""
        title, date, source, url = res.title, res.date, res.sitename, res.url
    if not body.strip() or title is None:
        fb_body, fb_title, fb_date = _html_fallback(page)
        body = body if body.strip() else fb_body
        title = title or fb_title
        date = date or fb_date
    if not body.strip():
        return Failure(name, None, "no text found in the HTML page")
    iso = parse_date(date)
    return _document(
        name, body, file_name=name, title=title or "", source=source or "", url=url or "",
        date=iso, date_source="metadata",
    )


@functools.cache
def _quiet_trafilatura() -> None:
    """trafilatura and htmldate log a warning for every page without main text; our Failure says it once."""
    for name in ("trafilatura", "htmldate", "courlan"):
        logging.getLogger(name).setLevel(logging.ERROR)


def _html_fallback(page: str) -> tuple[str, str, str | None]:
    """Text, title and date with lxml when trafilatura finds no main text (very short pages)."""
    import lxml.etree
    import lxml.html

    try:
        doc = lxml.html.document_fromstring(page)
    except (lxml.etree.ParserError, ValueError):
        return "", "", None
    title = ""
    for xp in ('//meta[@property="og:title"]/@content', "//title/text()", "//h1//text()"):
        found = doc.xpath(xp)
        if found and str(found[0]).strip():
            title = str(found[0])
            break
    date = None
    for xp in (
        '//meta[@property="article:published_time"]/@content', '//meta[@name="date"]/@content',
        '//meta[@name="pubdate"]/@content', '//meta[@itemprop="datePublished"]/@content',
        '//meta[@name="DC.date.issued"]/@content', "//time/@datetime",
    ):
        found = doc.xpath(xp)
        if found:
            date = str(found[0])
            break
    body = doc.find("body")
    if body is None:
        return "", title, date
    main = body.xpath("(.//article | .//main)[1]")
    root = main[0] if main else body
    lxml.etree.strip_elements(root, "nav", "header", "footer", "aside", "form", with_tail=False)
    return _element_text(root), title, date


# -- RSS and Atom ------------------------------------------------------------------------------------


def _read_feed(name: str, data: bytes) -> Iterator[Document | Failure]:
    import feedparser

    parsed = feedparser.parse(data)  # bytes, never a URL: feedparser would fetch a string that looks like one
    if not parsed.entries:
        if parsed.get("version"):
            yield Failure(name, None, "feed has no entries")
        else:
            exc = parsed.get("bozo_exception")
            detail = f": {exc}" if exc else ""
            yield Failure(name, None, f"not an RSS/Atom feed{detail}")
        return
    feed_title = parsed.feed.get("title", "")
    for i, e in enumerate(parsed.entries, 1):
        contents = [c.get("value", "") for c in e.get("content", []) if c.get("value")]
        raw = max(contents, key=len) if contents else (e.get("summary") or e.get("description") or "")
        text = html_to_text(raw)
        if not text.strip():
            yield Failure(name, None, f"entry {i}: no text (neither content nor summary)")
            continue
        date = None
        for key in ("published", "updated", "created"):
            date = parse_date(e.get(key))
            if date:
                break
        if not date:
            for key in ("published_parsed", "updated_parsed"):
                st = e.get(key)
                if st:
                    date = parse_date(f"{st.tm_year:04d}-{st.tm_mon:02d}-{st.tm_mday:02d}")
                    break
        yield _document(
            f"{name}#{i}", text, file_name=name, title=html_to_text(e.get("title", "")),
            source=feed_title, url=e.get("link", ""), date=date, date_source="metadata",
        )


# -- structured records (JSON, JSON lines, CSV) ------------------------------------------------------

_LIST_KEYS = ("articles", "items", "documents", "docs", "data", "records", "results", "entries", "rows", "posts")


def _get(record: dict, key: str):
    if key in record:
        return record[key]
    node: object = record
    for part in key.split("."):
        if not isinstance(node, dict):
            return None
        if part in node:
            node = node[part]
            continue
        lower = {str(k).lower(): k for k in node}
        if part.lower() not in lower:
            return None
        node = node[lower[part.lower()]]
    return node


def _as_text(v) -> str | None:
    if v is None:
        return None
    if isinstance(v, str):
        return v
    if isinstance(v, list) and all(isinstance(x, str) for x in v):
        return "\n\n".join(v)
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return str(v)
    return None


def _record(
    name: str, rec: dict, fields: FieldMap, *, line: int | None, locator: str, label: str
) -> Document | Failure:
    text = _as_text(_get(rec, fields.text))
    if text is None:
        return Failure(name, line, f"{label}no '{fields.text}' field")
    if _HTML_TAG.search(text):
        text = html_to_text(text)
    date, precision = metadata_date(_get(rec, fields.date)) or (None, None)
    return _document(
        f"{name}{locator}",
        text,
        file_name=name,
        line=line,
        title=_as_text(_get(rec, fields.title)) or "",
        source=_as_text(_get(rec, fields.source)) or "",
        url=_as_text(_get(rec, fields.url)) or "",
        date=date,
        date_precision=precision,
        date_source="metadata",
        lang=_as_text(_get(rec, fields.lang)),
    )


def _missing_field(name: str, line: int | None, rec: dict, fields: FieldMap, what: str = "field") -> Failure:
    keys = ", ".join(str(k) for k in list(rec)[:12]) or "none"
    return Failure(
        name, line,
        f"no '{fields.text}' {what} for the article text ({what}s: {keys}); name the right one with "
        f"FieldMap(text=...) or --text-field",
    )


def _read_json(name: str, data: bytes, fields: FieldMap) -> Iterator[Document | Failure]:
    text = _decode(name, data)
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as e:
        if e.msg == "Extra data":  # JSON lines saved as .json
            yield from _read_json_lines(name, io.StringIO(text), fields, len(text) + 1)
            return
        yield Failure(name, e.lineno, f"invalid JSON: {e.msg} (column {e.colno})")
        return
    records = _records_of(obj, fields)
    if records is None:
        yield Failure(
            name, None, f"no records found: expected a list of objects or an object with a '{fields.text}' field"
        )
        return
    for i, rec in enumerate(records, 1):
        if not isinstance(rec, dict):
            yield Failure(name, None, f"record {i}: not a JSON object")
            continue
        if i == 1 and _as_text(_get(rec, fields.text)) is None and _get(rec, fields.text) is None:
            yield _missing_field(name, None, rec, fields)
            return
        yield _record(name, rec, fields, line=None, locator=f"#{i}", label=f"record {i}: ")


def _records_of(obj, fields: FieldMap) -> list | None:
    if isinstance(obj, list):
        return obj
    if isinstance(obj, dict):
        if _get(obj, fields.text) is not None:
            return [obj]
        for key in _LIST_KEYS:
            v = _get(obj, key)
            if isinstance(v, list):
                return v
        for v in obj.values():
            if isinstance(v, list) and v and all(isinstance(x, dict) for x in v):
                return v
    return None


class _Chain(io.RawIOBase):
    """The bytes already read to sniff the encoding, then the rest of the stream."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        if self._head:
            n = min(len(b), len(self._head))
            b[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(b))
        b[: len(data)] = data
        return len(data)


class _Long:
    """Stands for a physical line over the limit (skipped without being kept)."""


@dataclass(frozen=True)
class _Foreign:
    """Stands for a physical line whose bytes are not in the file's encoding."""

    codec: str


LONG = _Long()
_WIDE = ("utf-16", "utf-32")  # codecs whose newline is not the byte 0x0A: decoded as a stream


def _text_lines(name: str, stream: BinaryIO, limit: int) -> Iterator[str | _Long | _Foreign]:
    """Physical lines of a line-format file, decoded one by one (LONG or FOREIGN in place of a bad one).

    The encoding is sniffed once per file; each line is then decoded alone, so one line in another
    encoding fails alone. In a file in a single-byte Arabic code page (cp1256, ISO-8859-6), a line that
    is valid multi-byte UTF-8 is read as UTF-8: a mixed file keeps its UTF-8 rows instead of storing them
    as mojibake.
    """
    head = stream.read(_HEAD)
    if not head.strip():
        raise InputError(f"{name}: empty file")
    codec = encoding.sniff(head, name, complete=len(head) < _HEAD)
    foreign = _Foreign(codec)
    raw = io.BufferedReader(_Chain(head, stream), 1 << 16)
    if codecs.lookup(codec).name.startswith(_WIDE):
        text = io.TextIOWrapper(raw, encoding=codec, errors="surrogateescape", newline="")
        for line in _lines(text, limit):
            yield LONG if line is None else foreign if _FOREIGN.search(line) else line
        return
    legacy = codecs.lookup(codec).name not in ("utf-8", "utf-8-sig")
    first = True
    while True:
        b = raw.readline(limit + 1)
        if not b:
            return
        if len(b) > limit and not b.endswith(b"\n"):
            while True:  # the rest of the line, read and dropped in bounded pieces
                rest = raw.readline(1 << 20)
                if not rest or rest.endswith(b"\n"):
                    break
            yield LONG
            continue
        if first and codec == "utf-8-sig":
            b = b.removeprefix(b"\xef\xbb\xbf")
        first = False
        if legacy and not b.isascii():
            try:
                yield b.decode("utf-8")
                continue
            except UnicodeDecodeError:
                pass
        try:
            yield b.decode(codec)
        except UnicodeDecodeError:
            yield foreign


_FOREIGN = re.compile("[\udc80-\udcff]")


def _foreign(name: str, line: int, bad: _Foreign) -> Failure:
    return Failure(name, line, f"bytes that are not {bad.codec} (mixed encodings?)")


def _lines(stream: io.TextIOBase, limit: int) -> Iterator[str | None]:
    """Lines of `stream`, with None in place of a line longer than `limit` characters (skipped)."""
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith("\n"):
            while True:
                rest = stream.readline(1 << 20)
                if not rest or rest.endswith("\n"):
                    break
            yield None
        else:
            yield line


def _read_lines_file(name: str, suffix: str, stream: BinaryIO, fields: FieldMap, max_bytes: int) -> Iterator:
    lines = _text_lines(name, stream, max_bytes)
    if suffix in (".csv", ".tsv"):
        records = _read_csv(name, suffix, lines, fields, max_bytes)
    else:
        records = _read_json_lines(name, lines, fields, max_bytes)
    yield from _until_hopeless(name, suffix, records)


def _until_hopeless(name: str, suffix: str, records: Iterator) -> Iterator:
    """Stop reading a line file once HOPELESS of its lines have failed and none gave an article: it is not
    what its name says (or is damaged throughout), and millions more failures would tell nothing new."""
    failed = 0
    for item in records:
        yield item
        if isinstance(item, Document):
            yield from records
            return
        failed += 1
        if failed >= HOPELESS:
            kind = "CSV" if suffix in (".csv", ".tsv") else "JSON lines"
            yield Failure(name, None, f"the first {failed:,} records all failed and none gave an article: not "
                                      f"{kind}, or damaged throughout? The rest of the file is not read")
            return


_SCAN = json.JSONDecoder().scan_once  # the C scanner that json.loads wraps
_JSON_SPACE = json.decoder.WHITESPACE


def _object_line(s: str) -> tuple[object, str]:
    """`json.loads(s)` for a stripped line starting with «{»: (value, "") or (None, the error json.loads would
    raise, as "message (column n)"), without json.loads's Python layers and exception object (four fifths
    of its time on a short bad line; a damaged dump has millions)."""
    try:
        obj, end = _SCAN(s, 0)
    except StopIteration as e:
        return None, _json_error("Expecting value", s, e.value)
    except json.JSONDecodeError as e:
        return None, f"{e.msg} (column {e.colno})"
    end = _JSON_SPACE.match(s, end).end()
    if end != len(s):
        return None, _json_error("Extra data", s, end)
    return obj, ""


def _json_error(msg: str, s: str, pos: int) -> str:
    column = pos - s.rfind("\n", 0, pos)  # as JSONDecodeError counts it
    return f"{msg} (column {column})"


def _read_json_lines(name: str, lines: Iterable, fields: FieldMap, limit: int) -> Iterator:
    first = True
    for lineno, line in enumerate(lines, 1):
        if line is LONG:
            yield Failure(name, lineno, f"line is over the {limit / 1e6:g} MB limit")
            continue
        if isinstance(line, _Foreign):
            yield _foreign(name, lineno, line)
            continue
        s = line.strip()
        if not s:
            continue
        if s[0] != "{":  # not an object: no need to parse it to say so
            try:
                rec = json.loads(s)
            except json.JSONDecodeError as e:
                yield Failure(name, lineno, f"invalid JSON: {e.msg} (column {e.colno})")
                continue
            yield Failure(name, lineno, "not a JSON object")
            continue
        rec, error = _object_line(s)
        if error:
            yield Failure(name, lineno, f"invalid JSON: {error}")
            continue
        if first and _get(rec, fields.text) is None:
            yield _missing_field(name, lineno, rec, fields)
            return
        first = False
        yield _record(name, rec, fields, line=lineno, locator=f":{lineno}", label="")


def _delimiter(header: str, suffix: str) -> str:
    if suffix == ".tsv":
        return "\t"
    counts = {d: header.count(d) for d in (",", ";", "\t", "|")}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def _open_quote(line: str, delimiter: str, inside: bool) -> bool:
    """Whether a quoted field is still open at the end of `line` (csv's rules: a quote opens a field only
    at its start, `""` inside one is a quote, and a quote in the middle of an unquoted field is a letter)."""
    if '"' not in line:
        return inside
    i = 0
    n = len(line)
    while True:
        i = line.find('"', i)
        if i < 0:
            return inside
        if inside:
            if i + 1 < n and line[i + 1] == '"':
                i += 2
                continue
            inside = False
        elif i == 0 or line[:i].rstrip(" ").endswith(delimiter) or not line[:i].strip(" "):
            inside = True
        i += 1


def _csv_records(lines: Iterable, limit: int, suffix: str) -> Iterator[tuple[int, str | Failure | _Foreign, str]]:
    """(first line, record text, delimiter) per CSV record: physical lines joined while a quote is open.

    A record over `limit` characters (a field of tens of MB, or a quote never closed) is read to its end
    without being kept and reported once; the record after it is intact, not eaten by the open quote.
    """
    delimiter = ""
    parts: list[str] = []
    start = size = 0
    inside = over = False
    bad: _Foreign | None = None

    def finish():
        if over:
            return Failure("", start, f"row is over the {limit / 1e6:g} MB limit")
        return bad if bad is not None else "".join(parts)

    for lineno, line in enumerate(lines, 1):
        if not inside:
            start = lineno
        if line is LONG:
            over = True
        elif isinstance(line, _Foreign):
            bad = line
        else:
            if not delimiter and line.strip():
                delimiter = _delimiter(line, suffix)
            inside = _open_quote(line, delimiter or ",", inside)
            if not over and bad is None:
                size += len(line)
                if size > limit:
                    over, parts = True, []
                else:
                    parts.append(line)
        if inside:
            continue  # inside a quoted field: the record goes on
        yield start, finish(), delimiter
        parts, size, over, bad = [], 0, False, None
    if parts or over or bad is not None:
        yield start, finish(), delimiter


def _read_csv(name: str, suffix: str, lines: Iterable, fields: FieldMap, limit: int) -> Iterator:
    csv.field_size_limit(max(limit, 131_072))
    header = None
    for start, rec, delimiter in _csv_records(lines, limit, suffix):
        if isinstance(rec, Failure):
            yield Failure(name, start, rec.reason)
            continue
        if isinstance(rec, _Foreign):
            yield _foreign(name, start, rec)
            continue
        if not rec.strip():
            continue
        if header is None:
            header = [h.strip().lstrip("\ufeff") for h in _csv_row(rec, delimiter)]
            lower = {h.lower() for h in header}
            if fields.text not in header and fields.text.lower() not in lower:
                yield _missing_field(name, start, dict.fromkeys(header), fields, "column")
                return
            continue
        try:
            row = _csv_row(rec, delimiter)
        except csv.Error as e:
            yield Failure(name, start, f"malformed CSV row: {e}")
            continue
        if not row or not any(c.strip() for c in row):
            continue
        if len(row) != len(header):
            yield Failure(name, start, f"row has {len(row)} fields, the header has {len(header)}")
            continue
        yield _record(name, dict(zip(header, row, strict=True)), fields, line=start, locator=f":{start}", label="")
    if header is None:
        yield Failure(name, None, "empty file")


def _csv_row(record: str, delimiter: str) -> list[str]:
    return next(csv.reader((record,), delimiter=delimiter), [])
