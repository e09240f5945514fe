"""The pages of a document as reportlab writes them, a little faster.

A wave is thousands of pages, and reportlab writes each page's dictionary when the document
is saved by building it anew from general objects (its resources, its media box, the
references to its contents and its parent), formatting every name and number on the way:
a fifth of drawing a page went there. The pages inserts make are all alike — same size, same
fonts, the same logo — so this writes a page's dictionary directly and its resources once per
document for each different set (a page with the logo, a page without). A page with anything
else (annotations, a crop box, a transition) is written by reportlab as before.

The page's content is compressed when the page is finished, at zlib's fastest level (reportlab
uses its default level: for a wave of thousands of pages that was a second of the run).
"""

from __future__ import annotations

import zlib
from typing import Any

from reportlab.pdfbase import pdfdoc


class _PageContent(pdfdoc.PDFStream):  # type: ignore[misc]
    """A page's operators, compressed already."""

    __Comment__ = "page stream"

    def __init__(self, compressed: bytes) -> None:
        super().__init__(content=compressed)

    def format(self, document: Any) -> bytes:
        data: bytes = document.encrypt.encode(self.content)
        return b"<<\n/Filter [ /FlateDecode ] /Length %d\n>>\nstream\n%s\nendstream\n" % (len(data), data)


class _Page(pdfdoc.PDFPage):  # type: ignore[misc]
    """A page whose dictionary is written in one go (see the module's docstring)."""

    def format(self, document: Any) -> bytes:
        if not isinstance(self.Contents, _PageContent) or _unusual(self):
            return super().format(document)  # type: ignore[no-any-return]
        written: dict[Any, bytes] = document.__dict__.setdefault("_packstation_pages", {})
        key = (self.pagewidth, self.pageheight, self.Rotate or 0, self.hasImages, _names(self.XObjects),
               _names(self.ExtGState), tuple(self._colorsUsed), tuple(self._shadingUsed))  # fmt: skip
        shared = written.get(key)
        if shared is None:  # the first page of its kind: reportlab makes its parts
            self.check_format(document)
            shared = written[key] = b"/MediaBox %s /Parent %s /Resources %s /Rotate %d" % (
                pdfdoc.format(self.MediaBox, document),
                pdfdoc.format(self.Parent, document),
                pdfdoc.format(self.Resources, document),
                self.Rotate or 0,
            )
        number, version = document.idToObjectNumberAndVersion[document.Reference(self.Contents).name]
        return b"<<\n/Contents %d %d R %s /Type /Page\n>>" % (number, version, shared)


def _unusual(page: _Page) -> bool:
    """Whether the page has anything the quick way does not write."""
    boxes = (page.CropBox, page.ArtBox, page.BleedBox, page.TrimBox)
    transition = page.Trans is not None and bool(page.Trans.dict)
    return bool(page.Annots) or any(boxes) or transition or page.Dur is not None or page.Resources is not None


def _names(resources: Any) -> tuple[str, ...]:
    """A resource dictionary's names: within one document a name always means the same thing
    (an image's name is made from its contents, a graphics state's from its values)."""
    if not resources:
        return ()
    entries = resources.dict if isinstance(resources, pdfdoc.PDFDictionary) else resources
    return tuple(sorted(entries))


def finish_page(canvas: Any) -> None:
    """Call right after `canvas.showPage()`: the page just shown is compressed now and written
    the quick way when the document is saved."""
    page = canvas._doc.Pages.pages[-1]  # reportlab gives no public handle on it
    if page.compression and not page.Contents and page.stream and type(page) is pdfdoc.PDFPage:
        page.Contents = _PageContent(zlib.compress(page.stream.encode("utf8"), 1))
        page.__class__ = _Page
