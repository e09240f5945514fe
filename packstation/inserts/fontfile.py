"""The shipped fonts as reportlab embeds them, written a little faster.

reportlab embeds, for every font a document uses, a subset of its glyphs, the subset's width
table and a character map, and compresses them at zlib's default level. For an insert set that
is most of the time spent writing the PDF. Two things are cheaper and change nothing a printer
or a viewer sees:

* the width table is written as one preformatted array instead of number by number;
* the subset and its character map are compressed at zlib's fastest level: the file is about
  5 % larger (≈ 80 kB for an order's four inserts) and is written 2 ms sooner;
* a subset already made is not made again: orders in the same language mostly use the same
  glyphs (four in five subsets of a run of orders repeat one made before), so the subset's font
  program, and its compressed form, are kept and reused.
"""

from __future__ import annotations

import zlib
from collections import OrderedDict
from typing import Any
from weakref import WeakKeyDictionary

from reportlab.lib.rl_accel import escapePDF
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.ttfonts import TTFont

KEPT = 32  # subsets kept per font, the most recently used (about 30 kB each, and compressed)
SHOWN = 20_000  # texts remembered per font and document, ready to print
SEEDED = 512  # codes (two subsets) a new document's font state starts with at most


class _FastFlate:
    """A FlateDecode filter at zlib's fastest level; any reader inflates it as usual. A font
    program compressed before (the same bytes object, from the subset cache) is not
    compressed again."""

    pdfname = "FlateDecode"

    def __init__(self) -> None:
        self._compressed: dict[int, tuple[bytes, bytes]] = {}  # id of a kept subset -> it, compressed

    def encode(self, content: bytes | str) -> bytes:
        data = content.encode("utf8") if isinstance(content, str) else content
        kept = self._compressed.get(id(data))
        if kept is not None and kept[0] is data:
            return kept[1]
        return zlib.compress(data, 1)

    def keep(self, program: bytes) -> None:
        self._compressed[id(program)] = (program, zlib.compress(program, 1))

    def forget(self, program: bytes) -> None:
        self._compressed.pop(id(program), None)

    def decode(self, encoded: bytes) -> bytes:
        return zlib.decompress(encoded)


FAST_FLATE = _FastFlate()


class _Numbers(pdfdoc.PDFObject):  # type: ignore[misc]
    """An array of integers, formatted in one go."""

    def __init__(self, numbers: list[int]) -> None:
        self.numbers = numbers

    def format(self, document: Any) -> bytes:
        return b"[" + " ".join(map(str, self.numbers)).encode("ascii") + b"]"


class _States(WeakKeyDictionary[Any, Any]):
    """A font's state in each document it is used in (which character has which code in
    which subset), as reportlab keeps it — except that a new document's state starts as a
    copy of the fullest one finished so far in this process instead of empty.

    A wave is drawn as many documents (its parts), and each used to give its characters codes
    in the order it met them: every part made and embedded subsets of its own, so a part cost
    about 14 ms more than its pages. Started alike, the parts' subsets are the same glyphs in
    the same order, made once and compressed once (see `made` below). A document may embed a
    few glyphs it does not use; that changes nothing a reader sees."""

    def __init__(self, font: TTFont) -> None:
        super().__init__()
        self.font = font
        self.seed: Any = None

    def __getitem__(self, document: Any) -> Any:
        state = self.get(document)
        if state is None:
            state = (
                self._copy(self.seed)
                if self.seed is not None
                else TTFont.State(self.font._asciiReadable, self.font)
            )
            self[document] = state
        return state

    def learn(self, state: Any) -> None:
        """A finished document's codes: the next documents start from them if they are more —
        up to SEEDED codes, so that a station printing all day does not embed in every order
        each rare letter it ever met."""
        codes = len(state.assignments)
        if codes <= SEEDED and (self.seed is None or codes > len(self.seed.assignments)):
            self.seed = self._copy(state)

    def _copy(self, source: Any) -> Any:
        state = TTFont.State(self.font._asciiReadable, self.font)
        state.assignments = dict(source.assignments)
        state.subsets = [list(subset) for subset in source.subsets]
        state.nextCode = source.nextCode
        state.shown = dict(getattr(source, "shown", {}))
        return state


class PrintFont(TTFont):  # type: ignore[misc]
    """A TrueType font whose subsets are written as described above."""

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename)
        self.state = _States(self)
        make = self.face.makeSubset
        self.subsets_made = 0  # by reportlab, not found kept
        made: OrderedDict[tuple[int, ...], bytes] = OrderedDict()

        def make_subset(subset: list[int]) -> bytes:
            key = tuple(subset)
            program = made.get(key)
            if program is not None:
                made.move_to_end(key)
                return program
            if len(made) >= KEPT:  # memory stays flat however long the wave
                FAST_FLATE.forget(made.popitem(last=False)[1])
            program = made[key] = bytes(make(subset))
            self.subsets_made += 1
            FAST_FLATE.keep(program)
            return program

        self.face.makeSubset = make_subset

    def splitString(self, text: str | bytes, doc: Any, encoding: str = "utf-8") -> list[tuple[int, bytes]]:
        """reportlab's splitting of a text into subset codes, with a fast way for the usual
        case: every character already has a code in the document's first subset. Those codes
        are kept as a translation table (code + 0x10000, so that a character without one stands
        out), and the text becomes its bytes in a few passes in C instead of a loop in Python."""
        state = self.state.get(doc)
        if state is not None and isinstance(text, str) and text:
            table = self._first_subset_table(state)
            coded = text.translate(table)
            if min(coded) >= "\U00010000" and max(coded) <= "\U000100ff":  # all known: no stray character
                return [(0, coded.encode("utf-32-le")[::4])]
        return super().splitString(text, doc, encoding)  # type: ignore[no-any-return]

    def shown(self, text: str, doc: Any) -> list[tuple[int, str]]:
        """The text as (subset, its codes written as the inside of a PDF string): what a page
        shows it with. Remembered per document, and handed on with the codes to the documents
        that start from them: the same sentences (terms, sign-offs, headings) come back on
        order after order, and writing them afresh each time was a twentieth of a batch."""
        state = self.state[doc]
        shown: dict[str, list[tuple[int, str]]] | None = getattr(state, "shown", None)
        if shown is None:
            shown = state.shown = {}
        found = shown.get(text)
        if found is None:
            if len(shown) >= SHOWN:  # memory stays flat however long the wave
                shown.clear()
            found = shown[text] = [
                (subset, escapePDF(codes)) for subset, codes in self.splitString(text, doc)
            ]
        return found

    @staticmethod
    def _first_subset_table(state: Any) -> dict[int, str]:
        """The translation table of the first subset's codes, brought up to date when
        reportlab has given more characters a code since it was last made."""
        assignments = state.assignments
        table: dict[int, str] | None = getattr(state, "fast_table", None)
        if table is None or state.fast_count != len(assignments):
            table = {c: chr(0x10000 + n) for c, n in assignments.items() if n < 256}
            if 32 in assignments and assignments[32] < 256:
                table[0xA0] = table[32]  # reportlab prints a no-break space as a space
            state.fast_table, state.fast_count = table, len(assignments)
        return table

    def addObjects(self, doc: Any) -> None:
        fonts = doc.idToObject["BasicFonts"].dict
        before = set(fonts)
        state = self.state[doc]  # reportlab forgets it once the document has its fonts
        super().addObjects(doc)
        self.state.learn(state)
        for name in set(fonts) - before:
            pdf_font = fonts[name]
            widths = pdf_font.Widths.sequence
            if all(isinstance(w, int) for w in widths):
                pdf_font.Widths = _Numbers(widths)
            for stream in (
                doc.idToObject[pdf_font.ToUnicode.name],
                doc.idToObject[doc.idToObject[pdf_font.FontDescriptor.name].dict["FontFile2"].name],
            ):
                if stream.filters:
                    stream.filters = [FAST_FLATE]
