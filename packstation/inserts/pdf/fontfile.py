"""The shipped fonts as reportlab embeds them, written a little faster.

reportlab embeds, for every font a document uses, a subset of its glyphs, the subset's width
table and a character map, and compresses them at zlib's default level. For an insert set that
is most of the time spent writing the PDF. What is cheaper here changes nothing a printer or a
viewer sees:

* a subset already made is not made again: orders in the same language mostly use the same
  glyphs (four in five subsets of a run of orders repeat one made before), so the subset's font
  program is kept and reused;
* and so are the subset's PDF objects — its font dictionary (the width table written in one go),
  descriptor, font program and character map — written once and put in each document that uses
  the subset with that document's references: writing them afresh was about half of what a
  document cost beyond its pages (an order's inserts at the bench, each part of a wave);
* the program and character map are compressed at zlib's fastest level: the file is about 5 %
  larger (≈ 80 kB for an order's four inserts) and is written 2 ms sooner.
"""

from __future__ import annotations

import re
import zlib
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any
from weakref import WeakKeyDictionary

from reportlab.lib.rl_accel import escapePDF
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import FF_NONSYMBOLIC, FF_SYMBOLIC, SUBSETN, TTFont, makeToUnicodeCMap

KEPT = 32  # subsets kept per font, the most recently used (about 30 kB each, and written)
SHOWN = 20_000  # texts remembered per font and document, ready to print
SEEDED = 512  # codes (two subsets) a new document's font state starts with at most


class _FastFlate:
    """A FlateDecode filter at zlib's fastest level; any reader inflates it as usual. (A
    subset's streams are compressed once, when its objects are first written.)"""

    pdfname = "FlateDecode"

    def encode(self, content: bytes | str) -> bytes:
        data = content.encode("utf8") if isinstance(content, str) else content
        return zlib.compress(data, 1)

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
        self.written: OrderedDict[tuple[int, tuple[int, ...]], _Subset] = OrderedDict()
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
                made.popitem(last=False)
            program = made[key] = bytes(make(subset))
            self.subsets_made += 1
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
        """The document's subsets of this font, as reportlab writes them — each subset's four
        objects (font, descriptor, font program, character map) made once per subset and
        written as made in every document that uses it, with that document's references."""
        state = self.state[doc]  # reportlab forgets it once the document has its fonts
        if not (doc.compression and isinstance(doc.encrypt, pdfdoc.NoEncryption)):
            super().addObjects(doc)  # uncompressed or encrypted: packstation writes none
            self.state.learn(state)
            return
        state.frozen = 1
        fonts = doc.idToObject["BasicFonts"].dict
        for n, subset in enumerate(state.subsets):
            internal = self.getSubsetInternalName(n, doc)[1:]
            made = self._written(n, subset, doc)
            program = doc.Reference(_Written(made.program), f"fontFile:{self.face.filename}({made.base})")
            descriptor = doc.Reference(_Filled(made.descriptor, [program]), f"fontDescriptor:{made.base}")
            cmap = doc.Reference(_Written(made.cmap), f"toUnicodeCMap:{made.base}")
            font = _FontFilled(made.font, [pdfdoc.PDFName(internal), cmap, descriptor])
            doc.Reference(font, internal)
            fonts[internal] = font
        self.state.learn(state)
        del self.state[doc]

    def _written(self, n: int, subset: list[int], doc: Any) -> _Subset:
        key = (n, tuple(subset))
        made = self.written.get(key)
        if made is not None:
            self.written.move_to_end(key)
            return made
        if len(self.written) >= KEPT:  # memory stays flat however long the wave
            self.written.popitem(last=False)
        face = self.face
        base = (SUBSETN(n) + b"+" + face.name + face.subfontNameX).decode("pdfdoc")
        program = pdfdoc.PDFStream()
        program.content = face.makeSubset(subset)
        program.dictionary["Length1"] = len(program.content)
        cmap = pdfdoc.PDFStream()
        cmap.content = makeToUnicodeCMap(base, subset)
        program.filters = cmap.filters = [FAST_FLATE]
        descriptor = pdfdoc.PDFDictionary(
            {
                "Type": "/FontDescriptor",
                "Ascent": face.ascent,
                "CapHeight": face.capHeight,
                "Descent": face.descent,
                "Flags": (face.flags & ~FF_NONSYMBOLIC) | FF_SYMBOLIC,
                "FontBBox": pdfdoc.PDFArray(face.bbox),
                "FontName": pdfdoc.PDFName(base),
                "ItalicAngle": face.italicAngle,
                "StemV": face.stemV,
                "FontFile2": _Slot(0),
                "MissingWidth": face.defaultWidth,
            }
        )
        font = pdfdoc.PDFDictionary(
            {
                "Type": pdfdoc.PDFName("Font"),
                "Subtype": pdfdoc.PDFName("TrueType"),
                "BaseFont": pdfdoc.PDFName(base),
                "Name": _Slot(0),
                "FirstChar": 0,
                "LastChar": len(subset) - 1,
                "Widths": _Numbers([face.getCharWidth(c) for c in subset]),
                "ToUnicode": _Slot(1),
                "FontDescriptor": _Slot(2),
            }
        )
        made = self.written[key] = _Subset(
            base,
            program.format(doc),
            cmap.format(doc),
            _slotted(descriptor.format(doc)),
            _slotted(font.format(doc)),
        )
        return made


#: The fonts loaded this way, by name: what operators.show writes text with.
FONTS: dict[str, PrintFont] = {}


def load_font(name: str, filename: str) -> PrintFont:
    """The font at `filename` as a PrintFont, registered with reportlab as `name`."""
    font = FONTS[name] = PrintFont(name, filename)
    pdfmetrics.registerFont(font)
    return font


@dataclass(frozen=True)
class _Subset:
    """A subset's objects as written once: the font program and the character map whole, the
    descriptor and the font dictionary in pieces around their references (see _slotted)."""

    base: str  # the subset's font name, e.g. AAAAAB+DejaVuSans
    program: bytes
    cmap: bytes
    descriptor: _Pieces
    font: _Pieces


_Pieces = tuple[tuple[bytes, ...], tuple[int, ...]]  # the bytes between slots; which slot each gap is


class _Slot(pdfdoc.PDFObject):  # type: ignore[misc]
    """Where a document's own reference goes in bytes written once."""

    def __init__(self, index: int) -> None:
        self.index = index

    def format(self, document: Any) -> bytes:
        return b"\x00%d\x00" % self.index


def _slotted(data: bytes) -> _Pieces:
    split = re.split(rb"\x00(\d+)\x00", data)
    return tuple(split[0::2]), tuple(int(i) for i in split[1::2])


class _Written(pdfdoc.PDFObject):  # type: ignore[misc]
    """An object written as it was made once (a stream with no references in it)."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def format(self, document: Any) -> bytes:
        return self.data


class _Filled(pdfdoc.PDFObject):  # type: ignore[misc]
    """Pieces written once, with this document's references in their slots."""

    def __init__(self, pieces: _Pieces, fills: list[Any]) -> None:
        self.pieces, self.fills = pieces, fills

    def format(self, document: Any) -> bytes:
        between, slots = self.pieces
        out = [between[0]]
        for slot, piece in zip(slots, between[1:], strict=True):
            out += [pdfdoc.format(self.fills[slot], document), piece]
        return b"".join(out)


class _FontFilled(_Filled):
    __RefOnly__ = 1  # as reportlab's font objects: listed by reference in the document's fonts
