"""Barcodes drawn as vector rectangles, never as images: bars stay sharp at any printer's
resolution, and a 203 dpi thermal printer reads them as well as a laser one.

python-barcode computes the Code128 pattern and zxing-cpp the QR matrix; this module only draws.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import barcode
import zxingcpp
from reportlab.lib.units import mm as _mm
from reportlab.pdfgen.canvas import Canvas

mm: float = float(_mm)

CODE128_QUIET_MODULES = 10
QR_QUIET_MODULES = 4
MIN_MODULE = 0.25 * mm  # narrower bars than 10 mil are beyond many handheld scanners


@dataclass(frozen=True)
class Code128:
    value: str
    modules: str  # "1" a bar module, "0" a space module

    @classmethod
    def of(cls, value: str) -> Code128:
        return _code128(value)

    def width(self, module: float) -> float:
        return (len(self.modules) + 2 * CODE128_QUIET_MODULES) * module

    def module_to_fit(self, box_width: float, largest: float = 0.5 * mm) -> float:
        """The widest module (up to `largest`) at which the symbol and its quiet zones fit."""
        return float(
            max(MIN_MODULE, min(largest, box_width / (len(self.modules) + 2 * CODE128_QUIET_MODULES)))
        )


@lru_cache(maxsize=1024)
def _code128(value: str) -> Code128:
    """Every insert of an order carries its order number: encode it once."""
    return Code128(value, barcode.get("code128", value).build()[0])


def _advance(modules: str, module: float) -> list[tuple[float, float]]:
    """(offset, width) of each bar, in modules from the symbol's start."""
    bars: list[tuple[float, float]] = []
    start = None
    for index, bit in enumerate(modules + "0"):
        if bit == "1" and start is None:
            start = index
        elif bit == "0" and start is not None:
            bars.append((start * module, (index - start) * module))
            start = None
    return bars


def _fill_rects(canvas: Canvas, rects: list[tuple[float, float, float, float]]) -> None:
    """Black rectangles as one path, written straight into the page: for a few hundred
    modules this is several times faster than reportlab's path objects, number by number."""
    if not rects:
        return
    ops = "\n".join(f"{x:.3f} {y:.3f} {w:.3f} {h:.3f} re" for x, y, w, h in rects)
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    canvas.addLiteral(f"{ops}\nf")
    canvas.restoreState()


def draw_code128(canvas: Canvas, code: Code128, x: float, y: float, module: float, height: float) -> float:
    """Bars from (x, y) up to y + height, as one path; quiet zones are part of the width."""
    origin = x + CODE128_QUIET_MODULES * module
    _fill_rects(canvas, [(origin + offset, y, bar, height) for offset, bar in _advance(code.modules, module)])
    return code.width(module)


@dataclass(frozen=True)
class QrCode:
    value: str
    rows: tuple[tuple[bool, ...], ...]

    @classmethod
    def of(cls, value: str) -> QrCode:
        return _qr(value)

    def size(self, module: float) -> float:
        return (len(self.rows) + 2 * QR_QUIET_MODULES) * module


@lru_cache(maxsize=256)
def _qr(value: str) -> QrCode:
    # zxing-cpp's encoder (C++) takes 0.3 ms where a pure-Python one took 4 to 5 ms, which
    # was a quarter of an insert set's render time.
    symbol = zxingcpp.create_barcode(value, zxingcpp.BarcodeFormat.QRCode, ec_level="M")
    image = memoryview(symbol.to_image(scale=1, add_quiet_zones=False))  # type: ignore[arg-type]
    side, pixels = (image.shape or (0,))[0], image.tobytes()
    return QrCode(value, tuple(tuple(pixels[r * side + c] == 0 for c in range(side)) for r in range(side)))


def draw_qr(canvas: Canvas, qr: QrCode, x: float, y: float, side: float) -> None:
    """The symbol with its quiet zone inside a square of `side` whose lower-left is (x, y);
    each row's dark runs become rectangles, stacked runs merged, all in one path."""
    count = len(qr.rows)
    module = side / (count + 2 * QR_QUIET_MODULES)
    left = x + QR_QUIET_MODULES * module
    top = y + side - QR_QUIET_MODULES * module
    open_runs: dict[tuple[int, int], int] = {}  # (start, end) column span -> first row
    rects: list[tuple[float, float, float, float]] = []

    def close(span: tuple[int, int], first: int, last: int) -> None:
        rects.append(
            (
                left + span[0] * module,
                top - (last + 1) * module,
                (span[1] - span[0]) * module,
                (last - first + 1) * module,
            )
        )

    for r, row in enumerate(qr.rows):
        spans = set()
        c = 0
        while c < count:
            if row[c]:
                start = c
                while c < count and row[c]:
                    c += 1
                spans.add((start, c))
            else:
                c += 1
        for span in [s for s in open_runs if s not in spans]:
            close(span, open_runs.pop(span), r - 1)
        for span in spans:
            open_runs.setdefault(span, r)
    for span, first in open_runs.items():
        close(span, first, count - 1)
    _fill_rects(canvas, rects)
