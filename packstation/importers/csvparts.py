"""The pieces under the CSV reader: the separator a file uses, its physical lines counted, and a
record read again when one of its fields is too large for Python's csv module.

csv.reader stops a record at a field longer than csv.field_size_limit() and raises; the next
call starts afresh on the next physical line, which for a quoted field spanning lines (a long
note) is the middle of the note: every record after it would be garbage. So the reader keeps
the lines of the record it is reading, and on that error read_again() parses the record from
its first line on — as csv does, with the same strict rules — counting the oversized field
instead of keeping it, up to the real end of the record. Reading then goes on from there.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator

SEPARATORS = (",", ";", "\t")
_HEADER_MARKS = re.compile(r'["\r\n,;\t]')


def separator_of(text: str) -> str:
    """The separator of a CSV file, told once from its header: whichever of `,` `;` and tab
    occurs most often outside quotes on the first record; `,` when none occurs.

    Not csv.Sniffer: on a single line every character is equally "consistent", so it returns
    `,` whenever the header holds one comma at all — `Name;Email;Cena, Kč;...`, as a Czech
    Excel writes it (it quotes only the separator, not commas), comes out comma-separated."""
    counts = dict.fromkeys(SEPARATORS, 0)
    quoted = False
    for mark in _HEADER_MARKS.finditer(text):
        char = mark.group()
        if char == '"':
            quoted = not quoted
        elif quoted:
            continue
        elif char in "\r\n":
            break
        else:
            counts[char] += 1
    best = max(SEPARATORS, key=lambda separator: counts[separator])  # a tie: the first of them
    return best if counts[best] else ","


def column_letter(index: int) -> str:
    """The spreadsheet's name of the column at 0-based `index`: A, B, …, Z, AA, AB, …"""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


class LineSource:
    """The file's physical lines as csv.reader takes them (its line ends kept), counted; the
    lines of the record being read are kept, so it can be read again from its start."""

    def __init__(self, lines: Iterable[str]) -> None:
        self._lines = iter(lines)
        self._ahead: list[str] = []
        self.count = 0  # lines handed out so far
        self.kept: list[str] = []
        self.keeping = True

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        line = self._ahead.pop(0) if self._ahead else next(self._lines)
        self.count += 1
        if self.keeping:
            self.kept.append(line)
        return line

    def peek_header(self, most: int = 65536) -> str:
        """The first record's text (lines up to the one that closes its quotes), read ahead:
        the lines are still handed out."""
        text = ""
        for line in self._lines:
            self._ahead.append(line)
            text += line
            if text.count('"') % 2 == 0 or len(text) > most:
                break
        return text

    def new_record(self) -> int:
        """Forget the lines kept so far; the line the next record starts on."""
        self.kept = []
        return self.count + 1


_START, _UNQUOTED, _QUOTED, _QUOTE_IN_QUOTED = range(4)


class _Field:
    """One field's text, kept while it fits the limit; past it only its size is counted."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.parts: list[str] = []
        self.size = 0

    def add(self, text: str) -> None:
        self.size += len(text)
        if self.size <= self.limit:
            self.parts.append(text)
        elif self.parts:
            self.parts = []


def read_again(
    first_lines: list[str], more: Iterator[str], separator: str, limit: int
) -> tuple[list[str], dict[int, int]]:
    """The record whose lines begin with `first_lines`, read on from `more` while a quoted field
    is open, as csv.reader (strict, quotes doubled inside quotes) reads it. A field longer than
    `limit` is given as "" and its size in the second result (index -> characters).

    Raises csv.Error where csv.reader would: a character after a closing quote, or the end of
    the file inside quotes."""
    fields: list[str] = []
    oversized: dict[int, int] = {}
    field = _Field(limit)
    stop = re.compile(f"[{re.escape(separator)}\r\n]")

    def save() -> None:
        nonlocal field
        if field.size > limit:
            oversized[len(fields)] = field.size
            fields.append("")
        else:
            fields.append("".join(field.parts))
        field = _Field(limit)

    state = _START
    for line in _chain(first_lines, more):
        pos, end = 0, len(line)
        while pos < end:
            if state == _QUOTED:
                quote = line.find('"', pos)
                if quote < 0:
                    field.add(line[pos:])
                    break
                field.add(line[pos:quote])
                pos, state = quote + 1, _QUOTE_IN_QUOTED
                continue
            char = line[pos]
            if state == _QUOTE_IN_QUOTED:
                if char == '"':  # a doubled quote: one quote in the text
                    field.add('"')
                    pos, state = pos + 1, _QUOTED
                    continue
                if char != separator and char not in "\r\n":
                    raise csv.Error(f"'{separator}' expected after '\"'")
            elif state == _START and char == '"':
                pos, state = pos + 1, _QUOTED
                continue
            else:  # unquoted text up to the next separator or line end
                found = stop.search(line, pos)
                upto = found.start() if found else end
                field.add(line[pos:upto])
                pos, state = upto, _UNQUOTED
                if upto == end:
                    break
                char = line[upto]
            save()  # `char` is a separator or a line break outside quotes
            if char != separator:
                return fields, oversized
            pos, state = pos + 1, _START
        if state != _QUOTED:  # the last line, without a line break
            save()
            return fields, oversized
    if state == _QUOTED:
        raise csv.Error("unexpected end of data")
    save()
    return fields, oversized


def _chain(first: list[str], more: Iterator[str]) -> Iterator[str]:
    yield from first
    yield from more
