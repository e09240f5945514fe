"""Reading CSV files as shops and spreadsheets save them: UTF-8 with or without a BOM, CRLF or LF
line ends, separated by commas, semicolons (Excel in a Czech, Romanian or Ukrainian Windows) or
tabs, quoted fields that hold separators and line breaks, and the line each record starts on
for error messages.

A file is refused whole (UnusableFileError) when no reading of it can be right: a required
column missing, a column named twice, broken quoting. A field larger than FIELD_LIMIT only
puts its own row aside (CsvRecord.problems); reading goes on with the next record.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from packstation.importers.csvparts import LineSource, column_letter, read_again, separator_of
from packstation.importers.report import UnusableFileError
from packstation.importers.textfile import check_file, not_utf8, read_text

__all__ = ["FIELD_LIMIT", "CsvReader", "CsvRecord", "check_file", "columns_by_alias", "header_of",
           "read_text", "records"]  # fmt: skip

#: The most characters one field may hold: 1 MiB. Shopify caps an order's note at 5,000
#: characters; note attributes written by apps and addresses are far shorter. A field past
#: this is no order data (a pasted image, a runaway app attribute, a quote never closed) and
#: holding it would only cost memory.
FIELD_LIMIT = 1 << 20
if csv.field_size_limit() < FIELD_LIMIT:  # Python's default is 128 KiB
    csv.field_size_limit(FIELD_LIMIT)


@dataclass
class CsvRecord:
    line: int  # the line the record starts on, 1-based, the header being line 1
    values: dict[str, str]  # the filled cells by column name; an oversized field left out
    field_count: int
    width: int  # fields in the header
    oversized: dict[str, int] = field(default_factory=dict)  # column -> characters it held
    limit: int = FIELD_LIMIT

    @property
    def ragged(self) -> str | None:
        """What is wrong with the row's shape, if anything."""
        if self.field_count == self.width:
            return None
        return f"has {self.field_count} fields; the header has {self.width}"

    @property
    def too_large(self) -> list[tuple[str, str]]:
        """(column, reason) for each field too large to read."""
        return [
            (column, f"is {size:,} characters long, more than the {self.limit:,} a field may hold")
            for column, size in self.oversized.items()
        ]

    @property
    def problems(self) -> list[tuple[str, str]]:
        """(column, reason) for what makes the row unusable as a whole: its shape, a field too
        large to read."""
        return ([("(row)", self.ragged)] if self.ragged else []) + self.too_large


class CsvReader:
    """A CSV file's records, read as a stream; after the first record, `header` holds the
    column names and `separator` the character the file separates them with."""

    def __init__(self, path: Path, required: Sequence[str] = (), limit: int = FIELD_LIMIT) -> None:
        self.path = path
        self.required = list(required)
        self.limit = limit
        self.separator = ","
        self.header: list[str] = []

    def __iter__(self) -> Iterator[CsvRecord]:
        try:
            with self.path.open(encoding="utf-8-sig", newline="") as handle:
                yield from self._records(LineSource(handle))
        except UnicodeDecodeError as exc:
            raise not_utf8(self.path) from exc

    def _records(self, source: LineSource) -> Iterator[CsvRecord]:
        path = self.path
        self.separator = separator_of(source.peek_header())
        reader = csv.reader(source, delimiter=self.separator, strict=True)
        try:
            self.header = header = [name.strip() for name in next(reader)]
        except StopIteration:
            raise UnusableFileError(f"{path}: is empty") from None
        except csv.Error as exc:
            raise UnusableFileError(f"{path}, line 1: not a CSV header ({exc})") from exc
        _refuse_twice_named(path, header)
        missing = [name for name in self.required if name not in header]
        if missing:
            raise UnusableFileError(
                f"{path}, line 1: the header lacks the column{'s' if len(missing) > 1 else ''} "
                + ", ".join(repr(m) for m in missing)
            )
        width = len(header)
        check_sizes = csv.field_size_limit() > self.limit  # csv itself stops at the limit otherwise
        while True:
            start = source.new_record()
            oversized: dict[int, int] = {}
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                if not str(exc).startswith("field larger than field limit"):
                    raise _broken(path, start, exc) from exc
                row, oversized = self._read_again(source, start)
            else:
                if check_sizes:  # a limit below csv's own (another reader raised csv's)
                    oversized = {i: len(cell) for i, cell in enumerate(row) if len(cell) > self.limit}
                    for i in oversized:
                        row[i] = ""
            if not oversized and not any(cell.strip() for cell in row):
                continue
            # only the filled cells: a Shopify line row fills a dozen of sixty columns
            values = {name: cell for name, cell in zip(header, row, strict=False) if cell}
            yield CsvRecord(
                line=start,
                values=values,
                field_count=len(row),
                width=width,
                oversized={_column_name(header, i): size for i, size in oversized.items()},
                limit=self.limit,
            )

    def _read_again(self, source: LineSource, start: int) -> tuple[list[str], dict[int, int]]:
        """The record that csv gave up on at an oversized field, read from its first line."""
        kept, source.kept, source.keeping = source.kept, [], False
        try:
            return read_again(kept, source, self.separator, self.limit)
        except csv.Error as exc:
            raise _broken(self.path, start, exc) from exc
        finally:
            source.keeping = True


def _broken(path: Path, line: int, exc: csv.Error) -> UnusableFileError:
    if "unexpected end of data" in str(exc):
        return UnusableFileError(
            f"{path}, line {line}: broken CSV (a quote opened in this row is never closed)"
        )
    return UnusableFileError(f"{path}, line {line}: broken CSV ({exc})")


def _column_name(header: Sequence[str], index: int) -> str:
    if index < len(header) and header[index]:
        return header[index]
    return f"column {column_letter(index)}"


def _refuse_twice_named(path: Path, header: Sequence[str]) -> None:
    """A column named twice: which of its cells is meant cannot be told, so the file is refused
    rather than letting one of them silently win."""
    places: dict[str, list[int]] = defaultdict(list)
    for index, name in enumerate(header):
        if name:  # unnamed columns (a spreadsheet's empty ones at the end) are never read
            places[name].append(index)
    twice = {name: where for name, where in places.items() if len(where) > 1}
    if twice:
        named = "; ".join(
            f"{name!r} in columns " + " and ".join(f"{column_letter(i)} ({i + 1})" for i in where)
            for name, where in twice.items()
        )
        raise UnusableFileError(
            f"{path}, line 1: the header names {'a column' if len(twice) == 1 else 'columns'} twice"
            f" — {named}; which one holds the data cannot be told: delete or rename the extra one"
        )


def records(path: Path, required: Sequence[str]) -> Iterator[CsvRecord]:
    """Records keyed by header name, read as a stream. Raises UnusableFileError when a required
    column is missing, a column is named twice, or the text is not UTF-8; the callers parse the
    whole file before writing anything, so a bad file is refused whole."""
    return iter(CsvReader(path, required))


def header_of(text: str) -> list[str]:
    """The column names on the first line of `text` (the start of a file), by its separator."""
    first = next(csv.reader(io.StringIO(text, newline=""), delimiter=separator_of(text)), [])
    return [name.strip() for name in first]


def columns_by_alias(
    path: Path, aliases: Mapping[str, Sequence[str]]
) -> tuple[list[CsvRecord], dict[str, str | None]]:
    """A small import's rows, and for each field the column that holds it: the first of its
    names (ours, then the shop's or the carrier's) that the header has, or None."""
    reader = CsvReader(path)
    rows = list(reader)
    header = set(reader.header)
    return rows, {name: next((a for a in names if a in header), None) for name, names in aliases.items()}
