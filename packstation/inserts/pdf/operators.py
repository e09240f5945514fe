"""A paragraph's text written as PDF operators directly: the quick way of showing text.

reportlab's text object does the same through general machinery (character spacing, rises,
shaped strings, measuring each piece to advance its cursor) that a paragraph placed line by
line never needs: writing the operators here made drawing an insert set's text about twice as
fast. A font is set only where the subset changes.
"""

from __future__ import annotations

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfgen.canvas import Canvas

from packstation.inserts.pdf import Placed
from packstation.inserts.pdf.fontfile import FONTS


def show(canvas: Canvas, lines: Placed, size: float) -> None:
    """Lines at their (x, baseline), each as (piece, font name) runs in visual order, as one
    PDF text object."""
    document = canvas._doc  # reportlab gives no public handle on it
    ops = ["BT"]
    current: tuple[str, int] | None = None
    points = fp_str(size)
    for x, y, pieces in lines:
        ops.append(f"1 0 0 1 {fp_str(x, y)} Tm")
        for piece, name in pieces:
            font = FONTS[name]
            for subset, codes in font.shown(piece, document):
                if current != (name, subset):
                    current = (name, subset)
                    ops.append(f"{font.getSubsetInternalName(subset, document)} {points} Tf")
                ops.append(f"({codes}) Tj")
    ops.append("ET")
    canvas.addLiteral("\n".join(ops))
