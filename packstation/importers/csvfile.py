"""Reading CSV files as shops export them: UTF-8 with or without BOM, quoted fields that hold
commas and line breaks, and the line each record starts on for error messages."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from packstation.importers.report import UnusableFileError


@dataclass
class CsvRecord:
    line: int  # the line the record starts on, 1-based, the header being line 1
    values: dict[str, str]
    field_count: int


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


def header_of(text: str) -> list[str]:
    first = next(csv.reader(io.StringIO(text, newline="")), [])
    return [name.strip() for name in first]


def records(path: Path, text: str, required: list[str]) -> Iterator[CsvRecord]:
    """Records keyed by header name. Raises UnusableFileError when a required column is
    missing, so that a wrong file is refused before anything is written."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
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
        yield CsvRecord(line=start, values=values, field_count=len(row))
