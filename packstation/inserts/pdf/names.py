"""The reportlab names outside its documented API that the quick way of writing uses — why each
is needed is in the package's docstring — and a check that each still exists.

A name is written as the package's docstring writes it: a module's name (`pdfdoc`, `ttfonts`,
`rl_accel`) or a sample object's role (`canvas`, `document`, `page`, `stream`, `font`, `face`,
`state`), then attributes. The check makes the sample objects the way drawing makes them — a
canvas with one page shown, a TrueType font from the smallest shipped font file — and looks each
name up on them, so that an attribute reportlab sets in a constructor is checked as surely as a
module's function.
"""

from __future__ import annotations

import importlib
import io
from collections.abc import Callable
from typing import Any

from packstation.paths import resource

MODULES = {
    "pdfdoc": "reportlab.pdfbase.pdfdoc",
    "ttfonts": "reportlab.pdfbase.ttfonts",
    "rl_accel": "reportlab.lib.rl_accel",
}
PROBE_FONT = "NotoNaskhArabic-Regular.ttf"  # the smallest shipped font: read in a few milliseconds

PRIVATE_NAMES: tuple[str, ...] = (
    # the canvas and its document
    "canvas._doc",
    "document.Pages.pages",
    "document.idToObject",
    "document.idToObjectNumberAndVersion",
    "document.Reference",
    "document.compression",
    "document.encrypt",
    "document.encrypt.encode",
    # a page as showPage leaves it
    "pdfdoc.PDFPage",
    "pdfdoc.PDFPage.format",
    "page.check_format",
    "page.Contents",
    "page.stream",
    "page.compression",
    "page.pagewidth",
    "page.pageheight",
    "page.Rotate",
    "page.hasImages",
    "page.XObjects",
    "page.ExtGState",
    "page._colorsUsed",
    "page._shadingUsed",
    "page.MediaBox",
    "page.Parent",
    "page.Resources",
    "page.Annots",
    "page.CropBox",
    "page.ArtBox",
    "page.BleedBox",
    "page.TrimBox",
    "page.Trans",
    "page.Trans.dict",
    "page.Dur",
    # PDF objects written once
    "pdfdoc.PDFObject",
    "pdfdoc.PDFStream",
    "stream.content",
    "stream.dictionary",
    "stream.filters",
    "pdfdoc.PDFZCompress.pdfname",
    "pdfdoc.PDFZCompress.encode",
    "pdfdoc.PDFDictionary",
    "pdfdoc.PDFArray",
    "pdfdoc.PDFName",
    "pdfdoc.NoEncryption",
    "pdfdoc.format",
    "pdfdoc.__RefOnly__",
    "rl_accel.escapePDF",
    "rl_accel.fp_str",
    # a TrueType font's subsets
    "ttfonts.TTFont.State",
    "ttfonts.TTFont.splitString",
    "ttfonts.TTFont.getSubsetInternalName",
    "ttfonts.TTFont.addObjects",
    "ttfonts.SUBSETN",
    "ttfonts.FF_SYMBOLIC",
    "ttfonts.FF_NONSYMBOLIC",
    "ttfonts.makeToUnicodeCMap",
    "font.state",
    "font._asciiReadable",
    "state.assignments",
    "state.subsets",
    "state.nextCode",
    "state.frozen",
    "face.makeSubset",
    "face.charToGlyph",
    "face.getCharWidth",
    "face.filename",
    "face.name",
    "face.subfontNameX",
    "face.ascent",
    "face.descent",
    "face.capHeight",
    "face.flags",
    "face.bbox",
    "face.italicAngle",
    "face.stemV",
    "face.defaultWidth",
)

#: Names the plain way needs as well (which glyphs a font has, for the chain of fonts a text
#: is drawn in): without them neither way can draw, and the warning says so.
BOTH_WAYS = frozenset({"face.charToGlyph"})


def _samples() -> dict[str, Callable[[], Any]]:
    """How to make each sample object; each is made at most once, when first asked for."""
    made: dict[str, Any] = {}

    def once(role: str, make: Callable[[], Any]) -> Callable[[], Any]:
        def get() -> Any:
            if role not in made:
                made[role] = make()
            return made[role]

        return get

    def canvas() -> Any:
        from reportlab.pdfgen.canvas import Canvas

        drawn = Canvas(io.BytesIO())
        drawn.showPage()
        return drawn

    def font() -> Any:
        from reportlab.pdfbase.ttfonts import TTFont

        return TTFont("packstation-probe", str(resource("fonts", PROBE_FONT)))

    samples: dict[str, Callable[[], Any]] = {}
    samples["canvas"] = once("canvas", canvas)
    samples["document"] = once("document", lambda: samples["canvas"]()._doc)
    samples["page"] = once("page", lambda: samples["document"]().Pages.pages[-1])
    samples["stream"] = once("stream", lambda: _module("pdfdoc").PDFStream())
    samples["font"] = once("font", font)
    samples["face"] = once("face", lambda: samples["font"]().face)
    samples["state"] = once(
        "state", lambda: _module("ttfonts").TTFont.State(samples["font"]()._asciiReadable, samples["font"]())
    )
    return samples


ROLES = frozenset(_samples())  # what a name may start with besides a module's alias


def _module(alias: str) -> Any:
    return importlib.import_module(MODULES[alias])


def missing_names(names: tuple[str, ...] = PRIVATE_NAMES) -> list[str]:
    """The names reportlab, as installed, does not have (in the order listed)."""
    samples = _samples()
    missing = []
    for name in names:
        root, *attributes = name.split(".")
        try:
            found = _module(root) if root in MODULES else samples[root]()
            for attribute in attributes:
                found = getattr(found, attribute)
        except Exception:  # a sample that cannot be made means its names are not there either
            missing.append(name)
    return missing
