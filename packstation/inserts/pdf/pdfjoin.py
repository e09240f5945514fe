"""Joining a batch's parts into one PDF with memory that does not grow with the wave.

A batch is drawn in parts (reportlab keeps a document's pages in memory until it saves), and
each part is joined in as soon as the parts before it are (see wave.py). pdfium joins well but
builds the whole joined document in memory before writing it: for 10,000 orders that is twice
the memory of 1,000. This joiner streams instead: it reads one part at a time, renumbers its
objects after those already written, points its pages at one shared page tree, and writes them
out; only the objects' offsets and the page numbers stay in memory.

It reads what reportlab writes (a classic cross-reference table, no object streams, one flat
page tree per part) and refuses anything else, naming the part.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

_REF = re.compile(rb"(\d+) 0 R\b")
_HEADER = re.compile(rb"(\d+) 0 obj")
_STREAM = re.compile(rb">>\s*stream\r?\n")
_TRAILER_REF = re.compile(rb"/(Root|Info) (\d+) 0 R")
PAGES, CATALOG, INFO = 1, 2, 3  # the joined document's own objects


class JoinError(ValueError):
    """A part is not a PDF this joiner can read; the message names it."""


def _objects(data: bytes, part: Path) -> tuple[dict[int, tuple[int, int]], dict[str, int]]:
    """Each object's (start, end) in the part, and the trailer's Root and Info."""
    at = data.rfind(b"startxref")
    if at < 0:
        raise JoinError(f"{part}: no cross-reference table (not a finished PDF)")
    xref = int(data[at + 9 :].split()[0])
    if not data.startswith(b"xref", xref):
        raise JoinError(f"{part}: cross-reference streams are not supported")
    lines = data[xref : data.index(b"trailer", xref)].split(b"\n")
    first, count = (int(n) for n in lines[1].split())
    starts = {}
    for number, line in enumerate(lines[2 : 2 + count], first):
        offset, _, kind = line.split()[:3]
        if kind == b"n":
            starts[number] = int(offset)
    ordered = sorted(starts.items(), key=lambda item: item[1])
    spans = {number: (start, ordered[i + 1][1] if i + 1 < len(ordered) else xref)
             for i, (number, start) in enumerate(ordered)}  # fmt: skip
    trailer = {name.decode(): int(number) for name, number in _TRAILER_REF.findall(data, xref)}
    if "Root" not in trailer:
        raise JoinError(f"{part}: the trailer names no document catalog")
    return spans, trailer


class PartJoiner:
    """Writes parts into one PDF as they are added, in the order added; `finish` writes the
    page tree, the catalog and the cross-reference table. A batch adds each part as soon as
    every part before it is drawn, so little is left to join when the last one is."""

    def __init__(self, out: Path, title: str = "packstation batch") -> None:
        self.title = title
        self.offsets: list[int] = [0, 0, 0, 0]  # by object number; PAGES, CATALOG and INFO come last
        self.kids: list[int] = []
        self.sink = out.open("wb")
        self.sink.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")

    def add(self, part: Path) -> None:
        data = part.read_bytes()
        spans, trailer = _objects(data, part)
        catalog = data[slice(*spans[trailer["Root"]])]
        found = re.search(rb"/Pages (\d+) 0 R", catalog)
        if found is None:
            raise JoinError(f"{part}: the catalog names no page tree")
        tree = int(found.group(1))
        own_kids = [
            int(n) for n in _REF.findall(data[slice(*spans[tree])].split(b"/Kids", 1)[1].split(b"]")[0])
        ]
        skipped = {trailer["Root"], tree, trailer.get("Info", -1)}
        offsets, sink = self.offsets, self.sink
        numbers = {
            old: len(offsets) + i for i, old in enumerate(n for n in sorted(spans) if n not in skipped)
        }
        numbers[tree] = PAGES

        def renumber(match: re.Match[bytes]) -> bytes:
            return b"%d 0 R" % numbers[int(match.group(1))]

        for old in sorted(numbers):
            if old == tree:
                continue
            body = data[slice(*spans[old])]
            stream = _STREAM.search(body)
            head, rest = (body[: stream.end()], body[stream.end() :]) if stream else (body, b"")
            head = _HEADER.sub(b"%d 0 obj" % numbers[old], _REF.sub(renumber, head), count=1)
            offsets.append(sink.tell())
            sink.write(head + rest)
        self.kids += [numbers[kid] for kid in own_kids]

    def finish(self) -> int:
        """Complete the document; returns its pages."""
        offsets, sink, kids = self.offsets, self.sink, self.kids
        for number, body in (
            (
                PAGES,
                b"<< /Type /Pages /Count %d /Kids [ %s ] >>"
                % (len(kids), b" ".join(b"%d 0 R" % k for k in kids)),
            ),
            (CATALOG, b"<< /Type /Catalog /Pages %d 0 R >>" % PAGES),
            (INFO, b"<< /Producer (packstation) /Title (%s) >>" % self.title.encode("latin-1", "replace")),
        ):
            offsets[number] = sink.tell()
            sink.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
        xref = sink.tell()
        sink.write(b"xref\n0 %d\n0000000000 65535 f \n" % len(offsets))
        sink.write(b"".join(b"%010d 00000 n \n" % offset for offset in offsets[1:]))
        sink.write(b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
                   % (len(offsets), CATALOG, INFO, xref))  # fmt: skip
        self.sink.close()
        return len(kids)

    def close(self) -> None:
        """Stop without finishing (the file is left incomplete: its writer removes it)."""
        self.sink.close()


def join_parts(parts: Sequence[Path], out: Path, title: str = "packstation batch") -> int:
    """Write `parts`, in order, as one PDF at `out`; returns the pages written."""
    joiner = PartJoiner(out, title)
    try:
        for part in parts:
            joiner.add(part)
        return joiner.finish()
    finally:
        joiner.close()
