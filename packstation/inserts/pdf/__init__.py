"""Writing the inserts' PDF: the only modules of packstation that use reportlab beyond its
documented API, so that a reportlab upgrade has one place to look.

* fontfile.py — the shipped fonts, their subsets made and written once and reused;
* pagefile.py — a page's dictionary written in one go, its content compressed when shown;
* operators.py — a paragraph's text operators written directly;
* pdfjoin.py — a wave's parts joined into one file as they come (it reads the files reportlab
  writes — a classic cross-reference table, no object streams, one flat page tree — uses no
  reportlab name, and refuses any other file, naming it);
* plain.py — the same inserts through reportlab's documented API only: plain `TTFont`s, a text
  object, pages as reportlab writes them;
* writer.py — which of the two ways this process takes, chosen once when drawing is loaded;
* names.py — the check that every name listed below exists in the installed reportlab.

Setting: `PACKSTATION_PLAIN_PDF=1` in the environment draws the plain way (the same pages,
more slowly: docs/benchmarks.md). It is taken without being asked for when the installed
reportlab lacks a name listed below; a warning then names what is missing. The tested reportlab
versions are the ones pyproject.toml asks for, and tests/unit/test_pdf_names.py fails, naming
the name, on a reportlab without one of them.

Names used beyond reportlab's documented API, and why. A name starts with a module (`pdfdoc`
is reportlab.pdfbase.pdfdoc, `ttfonts` reportlab.pdfbase.ttfonts, `rl_accel`
reportlab.lib.rl_accel) or with what it is looked up on: a Canvas (canvas), its document
(document), a page as showPage leaves it (page), a PDFStream (stream), a TTFont (font), its face
(face), a TTFont.State (state).

The document and its pages (pagefile.py, operators.py):

* `canvas._doc` — the document a canvas writes: a text's codes and a font's subsets are kept per
  document, and the page just shown is in it (reportlab gives no public handle on either).
* `document.Pages.pages` — the page just shown, compressed and made quick by finish_page.
* `document.Reference`, `document.idToObjectNumberAndVersion` — an object's reference, and the
  number it got, written into a page's or a font's dictionary.
* `document.idToObject` — the document's font resources ("BasicFonts"), where each subset's
  font is put.
* `document.compression`, `document.encrypt`, `document.encrypt.encode`, `pdfdoc.NoEncryption` —
  a font is written the quick way only into a compressed, unencrypted document (any other as
  reportlab writes it); a page's compressed content goes through the document's encryption as
  reportlab's own streams do.
* `pdfdoc.PDFPage`, `pdfdoc.PDFPage.format`, `page.check_format` — a page just shown becomes a
  subclass whose `format` writes its dictionary in one go; for the first page of its kind
  reportlab makes the parts (check_format).
* `page.Contents`, `page.stream`, `page.compression` — the page's operators, compressed once.
* `page.pagewidth`, `page.pageheight`, `page.Rotate`, `page.hasImages`, `page.XObjects`,
  `page.ExtGState`, `page._colorsUsed`, `page._shadingUsed` — what makes pages alike: alike ones
  share one written set of resources.
* `page.MediaBox`, `page.Parent`, `page.Resources` — what is written for a page's kind once.
* `page.Annots`, `page.CropBox`, `page.ArtBox`, `page.BleedBox`, `page.TrimBox`, `page.Trans`,
  `page.Trans.dict`, `page.Dur` — a page with any of these is left to reportlab.

PDF objects written once (fontfile.py, pagefile.py):

* `pdfdoc.PDFObject`, `pdfdoc.__RefOnly__` — subclassed by objects formatted once and written as
  made; the marker has reportlab list a font by reference, as its own fonts are.
* `pdfdoc.PDFStream`, `stream.content`, `stream.dictionary`, `stream.filters` — a subset's font
  program and character map, and a page's content, compressed already.
* `pdfdoc.PDFZCompress.pdfname`, `pdfdoc.PDFZCompress.encode` — the filter protocol followed by
  the filter that compresses at zlib's fastest level.
* `pdfdoc.PDFDictionary`, `pdfdoc.PDFArray`, `pdfdoc.PDFName`, `pdfdoc.format` — a subset's
  font dictionary and descriptor, formatted as reportlab formats them.
* `rl_accel.escapePDF`, `rl_accel.fp_str` — a text's codes and a number, written as reportlab
  writes them.

A TrueType font's subsets (fontfile.py):

* `ttfonts.TTFont.State`, `state.assignments`, `state.subsets`, `state.nextCode`,
  `state.frozen` — a font's codes in one document: a new document's start as a copy of the
  fullest one finished so far, so that the parts of a wave embed the same subsets.
* `font.state`, `font._asciiReadable` — where reportlab keeps those states (replaced by a
  mapping that seeds new documents) and how a new one starts.
* `ttfonts.TTFont.splitString`, `ttfonts.TTFont.getSubsetInternalName`,
  `ttfonts.TTFont.addObjects` — the font's methods reportlab's canvas and document call:
  overridden (a quick way for characters that have a code; a subset's objects written once) or
  called with the document.
* `ttfonts.SUBSETN`, `ttfonts.FF_SYMBOLIC`, `ttfonts.FF_NONSYMBOLIC`,
  `ttfonts.makeToUnicodeCMap` — a subset's name, flags and character map, made as reportlab
  makes them.
* `face.makeSubset` — replaced on each font by one that keeps the subsets it made.
* `face.getCharWidth`, `face.filename`, `face.name`, `face.subfontNameX`, `face.ascent`,
  `face.descent`, `face.capHeight`, `face.flags`, `face.bbox`, `face.italicAngle`,
  `face.stemV`, `face.defaultWidth` — a subset's widths and descriptor.
* `face.charToGlyph` — which characters a font has, for the chain of fonts a text is drawn in
  (the plain way needs this one too).
"""

from __future__ import annotations

from collections.abc import Sequence

PLAIN_ENV = "PACKSTATION_PLAIN_PDF"

#: Lines placed on a page: (x, baseline, (piece, font name) runs in visual order) each.
Placed = Sequence[tuple[float, float, Sequence[tuple[str, str]]]]
