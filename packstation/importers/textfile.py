"""An import file as text: UTF-8 with or without a BOM, or refused with a reason a shop owner
can act on — a binary file, UTF-16 (Excel's "Unicode Text"), or text in a Windows code page
(Excel's plain "CSV" in a Czech, Romanian, Ukrainian or Arabic Windows), named as such."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from packstation.importers.report import UnusableFileError

#: the code pages a shop serving Czech, Romanian, Ukrainian and Arabic customers meets
CODE_PAGES = {
    "cp1250": "Windows-1250 (Central European)",
    "cp1251": "Windows-1251 (Cyrillic)",
    "cp1256": "Windows-1256 (Arabic)",
}
RESAVE = (
    "save it again as UTF-8 — in Excel: File › Save As › 'CSV UTF-8 (Comma delimited)'; in"
    " LibreOffice: Save As › Text CSV, character set 'Unicode (UTF-8)' — and import that file"
)
_WORD = re.compile(r"[^\W\d_]+")


def read_text(path: Path) -> str:
    """The file's text; UTF-8 (a BOM is fine), else UnusableFileError naming the line."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnusableFileError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    refuse_binary(path, data[:4096])
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise not_utf8(path, data, exc) from exc


def check_file(path: Path) -> str:
    """The start of the file as text, for telling formats apart; refuses what is unreadable,
    binary, UTF-16 or empty before anything else is tried."""
    try:
        with path.open("rb") as handle:
            head = handle.read(65536)
    except OSError as exc:
        raise UnusableFileError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    refuse_binary(path, head)
    text = head.decode("utf-8-sig", errors="replace")
    if not text.strip():
        raise UnusableFileError(f"{path}: is empty")
    return text


def refuse_binary(path: Path, head: bytes) -> None:
    """UTF-16 text is named as such; any other zero byte in `head` means a binary file."""
    if _looks_utf16(head):
        raise UnusableFileError(
            f"{path}: is UTF-16 text (what Excel saves as 'Unicode Text'), not UTF-8; {RESAVE}"
        )
    if b"\x00" in head:
        raise UnusableFileError(f"{path}: is a binary file, not a CSV or JSON export")


def _looks_utf16(head: bytes) -> bool:
    """A UTF-16 BOM, or text with a zero byte beside every letter (UTF-16 of ASCII)."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    sample = head[:4096]
    if len(sample) < 8:
        return False
    halves = (sample[1::2], sample[0::2])
    return any(zeros.count(0) >= 0.9 * len(zeros) and 0 not in text for zeros, text in (halves, halves[::-1]))


def not_utf8(
    path: Path, data: bytes | None = None, exc: UnicodeDecodeError | None = None
) -> UnusableFileError:
    """The error for a file that is not UTF-8: the line of its first bad byte, and the Windows
    code page it reads as, when it reads as one (the bytes are read again when not given)."""
    if data is None:
        data = path.read_bytes()
    try:
        data.decode("utf-8-sig")
    except UnicodeDecodeError as found:
        exc = found
    if exc is None:  # it reads now: the file changed while it was read
        return UnusableFileError(f"{path}: changed while it was read; import it again")
    start = exc.start
    line = data[:start].count(b"\n") + 1
    if exc.reason == "unexpected end of data":  # the last character begun, never finished
        return UnusableFileError(
            f"{path}, line {line}: the file ends in the middle of a character: it was cut short (a download"
            " or a copy that did not finish); export or copy it again"
        )
    pages = code_pages_of(data[max(0, start - 4096) : start + 16384])
    if pages:
        guess = " or ".join(CODE_PAGES[page] for page in pages)
        return UnusableFileError(
            f"{path}, line {line}: is not UTF-8 text (byte 0x{data[start]:02x}); it looks like text"
            f" in the Windows code page {guess}, as Excel saves a plain 'CSV'; {RESAVE}"
        )
    return UnusableFileError(
        f"{path}, line {line}: is not UTF-8 text (byte 0x{data[start]:02x});"
        " export it again as UTF-8 (CSV UTF-8 in a spreadsheet program)"
    )


def code_pages_of(data: bytes) -> list[str]:
    """The code pages (of CODE_PAGES) in which the bytes read best as words, when they read as
    words at all: more than one only when the sample cannot tell them apart.

    A code page maps every high byte to some letter, so decoding alone proves nothing; what
    gives a wrong one away is its words. Czech read as Windows-1251 mixes Cyrillic into Latin
    words (Šampon becomes Љampon), Ukrainian read as Windows-1250 gives words made of accented
    letters only, Arabic read as Windows-1251 gives Cyrillic words whose case jumps about."""
    scores: dict[str, int] = {}
    for page in CODE_PAGES:
        try:
            text = data.decode(page)
        except UnicodeDecodeError:  # a byte the code page does not have
            continue
        found = [_word_score(word) for word in _WORD.findall(text)]
        good, bad = sum(s for s in found if s > 0), -sum(s for s in found if s < 0)
        if good > 3 * bad:  # real text misread here and there is still text; noise is not
            scores[page] = good - bad
    best = max(scores.values(), default=0)
    return [page for page, score in scores.items() if score == best] if best > 0 else []


def _word_score(word: str) -> int:
    """+n for a word whose n non-ASCII letters make sense, -n for one whose letters do not."""
    high = sum(1 for ch in word if ord(ch) > 127)
    if not high:
        return 0
    scripts = {unicodedata.name(ch, "?").split(" ")[0] for ch in word}
    if len(scripts) > 1:
        return -high
    if scripts == {"LATIN"} and high == len(word) and len(word) > 2:
        return -high  # a Latin word made of accented letters only is another script misread
    cased = word[1:]
    if any(ch.isupper() for ch in cased) and any(ch.islower() for ch in word):
        return -high  # ЪИПзНГ: case does not change inside a word
    return high
