"""The CSV reader under every import: the separator told from the header, a field too large for
Python's csv module put aside with its row while every other record reads exactly as csv
reads it, and a file in a Windows code page named as one."""

from __future__ import annotations

import csv
import random
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from packstation.importers.csvfile import CsvReader, CsvRecord
from packstation.importers.csvparts import column_letter, separator_of
from packstation.importers.report import UnusableFileError
from packstation.importers.textfile import code_pages_of

LIMIT = 6
CELLS = st.text(alphabet='ab "\r\n,;\t', max_size=14)


def as_csv_reads_it(path: Path, separator: str) -> list[tuple[int, dict[str, str], dict[str, int], int]]:
    """What the reader must give: csv.reader's own records (its limit far above LIMIT), the
    fields past LIMIT left out of the values and counted, blank rows skipped."""
    expected = []
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter=separator, strict=True)
        header = next(reader)
        while True:
            start = reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                return expected
            big = {i: len(cell) for i, cell in enumerate(row) if len(cell) > LIMIT}
            if not big and not any(cell.strip() for cell in row):
                continue
            names = [header[i] if i < len(header) else f"column {column_letter(i)}" for i in range(len(row))]
            values = {
                name: cell
                for i, (name, cell) in enumerate(zip(header, row, strict=False))
                if cell and i not in big
            }
            expected.append((start, values, {names[i]: size for i, size in big.items()}, len(row)))


def as_read(records: list[CsvRecord]) -> list[tuple[int, dict[str, str], dict[str, int], int]]:
    return [(r.line, r.values, r.oversized, r.field_count) for r in records]


@settings(max_examples=300, deadline=None)
@given(
    separator=st.sampled_from([",", ";", "\t"]),
    width=st.integers(2, 4),
    rows=st.lists(st.lists(CELLS, min_size=1, max_size=5), max_size=8),
    line_end=st.sampled_from(["\r\n", "\n", "\r"]),
    csv_stops_too=st.booleans(),
)
def test_an_oversized_field_puts_aside_its_row_and_every_other_record_reads_as_csv_reads_it(
    separator: str, width: int, rows: list[list[str]], line_end: str, csv_stops_too: bool
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "export.csv"
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, delimiter=separator, lineterminator=line_end)
            writer.writerow([f"c{i}" for i in range(width)])
            writer.writerows(rows)
        try:
            expected = as_csv_reads_it(path, separator)
        except csv.Error:
            expected = None
        before = csv.field_size_limit()
        if csv_stops_too:  # csv raises at the limit: the record is read again from its start
            csv.field_size_limit(LIMIT)
        try:
            reader = CsvReader(path, limit=LIMIT)
            if expected is None:
                with pytest.raises(UnusableFileError, match="broken CSV"):
                    list(reader)
                return
            assert as_read(list(reader)) == expected
            assert reader.separator == separator
        finally:
            csv.field_size_limit(before)


def test_a_note_of_five_megabytes_spanning_lines_is_counted_and_the_next_order_reads_whole(
    tmp_path: Path,
) -> None:
    note = 'Ring twice, "the blue door";\r\nleave it with the neighbour.\n' * 90_000  # 5.3 million
    path = tmp_path / "orders.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(
            [["Name", "Notes", "Email"], ["#1", note, "a@example.cz"], ["#2", "Call first", "b@example.cz"]]
        )

    first, second = CsvReader(path)

    assert first.oversized == {"Notes": 5_310_000} and first.values == {"Name": "#1", "Email": "a@example.cz"}
    assert first.problems == [
        ("Notes", "is 5,310,000 characters long, more than the 1,048,576 a field may hold")
    ]
    assert second.line == 2 + note.count("\n") + 1  # the note's line breaks are counted as lines
    assert second.values == {"Name": "#2", "Notes": "Call first", "Email": "b@example.cz"}


def test_a_quote_never_closed_refuses_the_file_at_the_row_it_opens_in(tmp_path: Path) -> None:
    path = tmp_path / "orders.csv"
    path.write_text('Name,Notes\n#1,fine\n#2,"never closed\n' + "more text\n" * 200_000, encoding="utf-8")

    with pytest.raises(
        UnusableFileError, match=re.escape("line 3: broken CSV (a quote opened in this row is never closed)")
    ):
        list(CsvReader(path))


@pytest.mark.parametrize(
    ("header", "separator"),
    [
        ("Name,Email,Lineitem quantity", ","),
        ("Name;Email;Lineitem quantity", ";"),
        ("Name\tEmail\tLineitem quantity", "\t"),
        # Excel with ; quotes only what holds a ;: csv.Sniffer says "," for this one
        ("Name;Email;Cena, Kč;Lineitem quantity;Lineitem name", ";"),
        ('Name,"Notes; internal",Email', ","),
        ('"Name";"Price, EUR";"Qty, pcs"', ";"),
        ("Name;Email;Lineitem quantity;;;", ";"),  # a spreadsheet's empty columns at the end
        ("rma", ","),
        ("rma;received_at\r\nRMA-1,2026", ";"),  # the header alone tells
    ],
)
def test_the_separator_is_told_from_the_header_outside_quotes(header: str, separator: str) -> None:
    assert separator_of(header) == separator


def test_spreadsheet_column_letters() -> None:
    assert [column_letter(i) for i in (0, 1, 25, 26, 27, 51, 52, 701, 702)] == [
        "A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "page", "pages"),
    [
        ("Tereza Růžičková,Šampon s heřmánkem,Praha", "cp1250", ["cp1250"]),
        ("Ioana Şerban,Săpun,Bucureşti", "cp1250", ["cp1250"]),
        ("Євгенія Ґедз,Мило ручної роботи,Київ", "cp1251", ["cp1251"]),
        ("عبد الرحمن السديري,صابون,الرياض", "cp1256", ["cp1256"]),
    ],
)
def test_a_windows_code_page_is_told_by_the_words_it_makes(text: str, page: str, pages: list[str]) -> None:
    assert code_pages_of(text.encode(page)) == pages


def test_bytes_that_make_no_words_in_any_code_page_are_not_named_one() -> None:
    assert code_pages_of(bytes(range(0x80, 0x100))) == []
    assert code_pages_of(bytes(b for b in random.Random(7).randbytes(3000) if b)) == []
    assert code_pages_of(b"plain ascii, no letters beyond it") == []
