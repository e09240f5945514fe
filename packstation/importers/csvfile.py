"""Reading CSV files as shops export them: UTF-8 with or without BOM, quoted fields that hold
commas and line breaks, and the line each record starts on for error messages."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from packstation.importers.report import UnusableFileError


@dataclass
class CsvRecord:
    line: int  # the line the record starts on, 1-based, the header being line 1
    values: dict[str, str]
    field_count: int
    width: int  # fields in the header

    @property
    def ragged(self) -> str | None:
        """What is wrong with the row's shape, if anything."""
        if self.field_count == self.width:
            return None
        return f"has {self.field_count} fields; the header has {self.width}"


def read_text(path: Path) -> str:
    """The file's text; UTF-8 (a BOM is fine), else UnusableFileError naming the line."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnusableFileError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    if b"\x00" in data[:4096]:
        raise UnusableFileError(f"{path}: is a binary file, not a CSV or JSON export")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise UnusableFileError(
            f"{path}, line {line}: is not UTF-8 text (byte 0x{data[exc.start]:02x});"
            " export it again as UTF-8 (CSV UTF-8 in a spreadsheet program)"
        ) from exc


def _not_utf8(path: Path, exc: UnicodeDecodeError) -> UnusableFileError:
    """Name the line of the first byte that is not UTF-8 (found again from the raw bytes)."""
    data = path.read_bytes()
    try:
        data.decode("utf-8-sig")
    except UnicodeDecodeError as found:
        exc = found
    line = data[: exc.start].count(b"\n") + 1
    return UnusableFileError(
        f"{path}, line {line}: is not UTF-8 text (byte 0x{data[exc.start]:02x});"
        " export it again as UTF-8 (CSV UTF-8 in a spreadsheet program)"
    )


def check_file(path: Path) -> str:
    """The start of the file as text, for telling formats apart; refuses what is unreadable,
    binary or empty before anything else is tried."""
    try:
        with path.open("rb") as handle:
            head = handle.read(65536)
    except OSError as exc:
        raise UnusableFileError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    if b"\x00" in head:
        raise UnusableFileError(f"{path}: is a binary file, not a CSV or JSON export")
    text = head.decode("utf-8-sig", errors="replace")
    if not text.strip():
        raise UnusableFileError(f"{path}: is empty")
    return text


def header_of(text: str) -> list[str]:
    first = next(csv.reader(io.StringIO(text, newline="")), [])
    return [name.strip() for name in first]


def records(path: Path, required: list[str]) -> Iterator[CsvRecord]:
    """Records keyed by header name, read as a stream. Raises UnusableFileError when a required
    column is missing or the text is not UTF-8; the callers parse the whole file before
    writing anything, so a bad file is refused whole."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            yield from _records(path, csv.reader(handle, strict=True), required)
    except UnicodeDecodeError as exc:
        raise _not_utf8(path, exc) from exc


def _records(path: Path, reader: Any, required: list[str]) -> Iterator[CsvRecord]:
    try:
        header = [name.strip() for name in next(reader)]
    except StopIteration:
        raise UnusableFileError(f"{path}: is empty") from None
    except csv.Error as exc:
        raise UnusableFileError(f"{path}, line 1: not a CSV header ({exc})") from exc
    missing = [name for name in required if name not in header]
    if missing:
        raise UnusableFileError(
            f"{path}, line 1: the header lacks the column{'s' if len(missing) > 1 else ''} "
            + ", ".join(repr(m) for m in missing)
        )
    width = len(header)
    end_of_previous = reader.line_num
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise UnusableFileError(f"{path}, line {end_of_previous + 1}: broken CSV ({exc})") from exc
        start = end_of_previous + 1
        end_of_previous = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        # only the filled cells: a Shopify line row fills a dozen of sixty columns
        values = {name: cell for name, cell in zip(header, row, strict=False) if cell}
        yield CsvRecord(line=start, values=values, field_count=len(row), width=width)


def columns_by_alias(
    path: Path, aliases: Mapping[str, Sequence[str]]
) -> tuple[list[CsvRecord], dict[str, str | None]]:
    """A small import's rows, and for each field the column that holds it: the first of its
    names (ours, then the shop's or the carrier's) that the header has, or None."""
    rows = list(records(path, []))
    header = set(rows[0].values) if rows else set()
    return rows, {name: next((a for a in names if a in header), None) for name, names in aliases.items()}
