"""Untrusted text stays text: values from files, the store or a URL shown in Markdown, a terminal or a store.

Three places turn text into something else, each with its own escaping:

- `markdown_text`: the dashboard shows strings through Markdown (st.markdown, st.warning, captions,
  labels). A title, an actor name or a URL parameter holding `[Click](http://…)` or `![px](http://…)`
  would become a working link or a remote image; here every Markdown punctuation mark is
  backslash-escaped, line breaks become spaces, and bidi controls and control characters are removed.
- `terminal_text`: report lines printed to a terminal or a log. A file name may hold a newline (a
  forged report line), an ANSI escape (recolouring or clearing the terminal), a bidi override (reversed
  text) or bytes that are not UTF-8; they become visible escapes such as `\\n`, `\\x1b`, `\\u202e`.
- `html_text`: HTML-escaped, with bidi controls and control characters removed (an RLO in an actor's
  name would otherwise reverse what follows it on the page).
- `path_text`: a file name read from disk with undecodable bytes (Python keeps them as lone
  surrogates) cannot be stored or printed; the bytes become `\\xNN` and the rest stays readable.
"""

from __future__ import annotations

import html
import os
import re

# Bidi embeddings, overrides and isolates, and the marks; also the line and paragraph separators.
BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_CONTROL = r"\x00-\x1f\x7f-\x9f"
_TERMINAL_BAD = re.compile(f"[{_CONTROL}{BIDI}\u2028\u2029\ufeff\ud800-\udfff]")
_MD_DROP = re.compile(f"[{BIDI}\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\u200b]")
_MD_SPACE = re.compile(r"[\t\n\r\u2028\u2029]+")
_MD_PUNCT = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~$:&@])")  # CommonMark, GFM autolinks, Streamlit's :x[] and $
_SURROGATE = re.compile("[\ud800-\udfff]")


def markdown_text(value: object, *, limit: int | None = None) -> str:
    """`value` as literal text inside Markdown: no link, image, emphasis, heading, HTML, LaTeX or emoji code.

    >>> markdown_text("**x** [Click](http://e.com)")
    '\\\\*\\\\*x\\\\*\\\\* \\\\[Click\\\\]\\\\(http\\\\://e\\\\.com\\\\)'
    """
    s = "" if value is None else str(value)
    if limit is not None and len(s) > limit:
        s = s[:limit] + "…"
    s = _SURROGATE.sub("\ufffd", s)
    s = _MD_DROP.sub("", s)
    s = _MD_SPACE.sub(" ", s)
    return _MD_PUNCT.sub(r"\\\1", s)


def html_text(value: object) -> str:
    """`value` as HTML text: escaped, without bidi controls or control characters.

    >>> html_text("<b>\u202eevil</b>")
    '&lt;b&gt;evil&lt;/b&gt;'
    """
    s = "" if value is None else str(value)
    return html.escape(_MD_DROP.sub("", _SURROGATE.sub("\ufffd", s)))


def _visible(m: re.Match) -> str:
    c = m.group()
    code = ord(c)
    if 0xDC80 <= code <= 0xDCFF:  # a byte kept by surrogateescape
        return f"\\x{code - 0xDC00:02x}"
    if c == "\n":
        return "\\n"
    if c == "\r":
        return "\\r"
    if c == "\t":
        return "\\t"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def terminal_text(value: object) -> str:
    """`value` on one line, safe to print: control characters, ANSI escapes, bidi controls and
    undecodable bytes shown as escapes.

    >>> terminal_text("a\\nFAILED b\\x1b[2J\\u202e")
    'a\\\\nFAILED b\\\\x1b[2J\\\\u202e'
    """
    s = "" if value is None else str(value)
    return _TERMINAL_BAD.sub(_visible, s)


def path_text(name: str | os.PathLike) -> str:
    """A file name as storable text: bytes that were not UTF-8 become `\\xNN`, the rest is unchanged.

    >>> path_text(os.fsdecode(b"news/\\xc8\\xed\\xc7\\xe4.txt"))
    'news/\\\\xc8\\\\xed\\\\xc7\\\\xe4.txt'
    """
    s = os.fspath(name)
    if not _SURROGATE.search(s):
        return s
    try:
        return os.fsencode(s).decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a lone surrogate that did not come from a file name
        return _SURROGATE.sub(_visible, s)
