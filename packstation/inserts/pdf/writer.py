"""Which way this process writes its inserts' PDF — quickly, through the modules beside this
one that use reportlab's internals, or plainly, through its documented API only (plain.py) —
chosen once, when the drawing code is first loaded; and what drawing asks of that way.

The plain way is taken when PACKSTATION_PLAIN_PDF is set (to anything but 0), or when the
installed reportlab lacks a name the quick way uses: then a warning names what is missing, and
the inserts come out the same, more slowly.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Callable, Mapping

from reportlab import Version
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from packstation.inserts.pdf import PLAIN_ENV, Placed
from packstation.inserts.pdf.names import BOTH_WAYS, missing_names


class PlainPdfWarning(RuntimeWarning):
    """The installed reportlab lacks names the quick way uses: inserts are drawn the plain way."""


def choose(environ: Mapping[str, str], missing: Callable[[], list[str]]) -> tuple[bool, str]:
    """(whether to write the plain way, the warning to give — empty when none is due)."""
    if environ.get(PLAIN_ENV, "").strip() not in ("", "0"):
        return True, ""  # asked for: nothing to warn about, and no need to look
    gone = missing()
    if not gone:
        return False, ""
    message = (
        f"reportlab {Version} has no {', '.join(gone)}: inserts are drawn the plain way "
        f"(the same pages, more slowly); packstation is tested with the reportlab versions "
        f"its installation asks for"
    )
    needed = [name for name in gone if name in BOTH_WAYS]
    if needed:
        message += f" — and the plain way needs {', '.join(needed)} too: drawing will fail"
    return True, message


PLAIN, _WARNING = choose(os.environ, missing_names)
if _WARNING:
    warnings.warn(_WARNING, PlainPdfWarning, stacklevel=2)

load_font: Callable[[str, str], TTFont]  # a font by name from its file, registered with reportlab
show: Callable[[Canvas, Placed, float], None]  # lines of (piece, font name) runs at (x, baseline)
finish_page: Callable[[Canvas], None]  # right after canvas.showPage()

if PLAIN:
    from packstation.inserts.pdf import plain

    load_font, show, finish_page = plain.load_font, plain.show, plain.finish_page
else:
    from packstation.inserts.pdf import fontfile, operators, pagefile

    load_font, show, finish_page = fontfile.load_font, operators.show, pagefile.finish_page


def coverage(font: TTFont) -> frozenset[int]:
    """The characters the font has a glyph for (both ways need this)."""
    return frozenset(font.face.charToGlyph)
