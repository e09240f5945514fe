"""Tables on a terminal: a header, columns as wide as their widest cell, numbers to the right."""

from __future__ import annotations

from collections.abc import Sequence


def table(headers: Sequence[str], rows: Sequence[Sequence[object]], numeric: Sequence[int] = ()) -> str:
    """The rows under their headers; the columns at `numeric` are aligned to the right, the
    last column runs free (a name, a note). A missing value (None) is written as a dash."""
    cells = [[str(h) for h in headers]] + [["—" if c is None else str(c) for c in r] for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    lines = []
    for row in cells:
        parts = [
            cell
            if i == len(row) - 1 and i not in numeric
            else cell.rjust(w)
            if i in numeric
            else cell.ljust(w)
            for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        ]
        lines.append("  ".join(parts).rstrip())
    return "\n".join(lines)
