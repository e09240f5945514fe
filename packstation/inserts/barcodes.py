"""Barcodes drawn as vector rectangles, never as images: bars stay sharp at any printer's
resolution, and a 203 dpi thermal printer reads them as well as a laser one.

python-barcode computes the Code128 pattern and zxing-cpp the QR matrix; this module only draws.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
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
    ops: str = field(default="", compare=False, repr=False)  # the bars, see _bar_ops

    def __post_init__(self) -> None:
        if not self.ops:
            object.__setattr__(self, "ops", _bar_ops(self.modules))

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


def _bar_ops(modules: str) -> str:
    """The bars as PDF rectangles in module units (one module wide, one unit high)."""
    ops, start = [], None
    for index, bit in enumerate(modules + "0"):
        if bit == "1" and start is None:
            start = index
        elif bit == "0" and start is not None:
            ops.append(f"{start} 0 {index - start} 1 re")
            start = None
    return "\n".join(ops)


def _fill_scaled(
    canvas: Canvas, ops: str, x: float, y: float, sx: float, sy: float, filled: bool = False
) -> None:
    """Rectangles given in symbol units, filled black as one path (or as the ops fill them),
    scaled into place by the page's transformation: the symbol is formatted once, however
    often it is drawn."""
    if ops:
        canvas.addLiteral(
            f"q\n{sx:.5f} 0 0 {sy:.5f} {x:.3f} {y:.3f} cm\n0 g\n{ops}\n{'' if filled else 'f'}\nQ"
        )


def draw_code128(canvas: Canvas, code: Code128, x: float, y: float, module: float, height: float) -> float:
    """Bars from (x, y) up to y + height, as one path; quiet zones are part of the width."""
    _fill_scaled(canvas, code.ops, x + CODE128_QUIET_MODULES * module, y, module, height)
    return code.width(module)


@dataclass(frozen=True)
class QrCode:
    value: str
    rows: tuple[bytes, ...]  # one byte a module: 1 dark, 0 light
    ops: str = field(default="", compare=False, repr=False)  # the dark modules, see _qr_ops

    def __post_init__(self) -> None:
        if not self.ops:
            object.__setattr__(self, "ops", _qr_ops(self.rows))

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
    side, pixels = (image.shape or (0,))[0], image.tobytes().translate(_DARK)
    return QrCode(value, tuple(pixels[r * side : (r + 1) * side] for r in range(side)))


_DARK = bytes([1] + [0] * 255)  # a black pixel (0) is a dark module
_RUN = re.compile(rb"\x01+")


_RECTS = [[f"{x} 0 {w} 1 re" for w in range(178)] for x in range(178)]  # a QR is at most 177 modules


def _qr_ops(rows: tuple[bytes, ...]) -> str:
    """Dark modules as PDF rectangles in module units, filled row by row from the top: each
    row's dark runs at height 0, then one module down. Looking the rectangles up instead of
    formatting each one makes a symbol 2.5 times faster to write, and the page shows the same."""
    parts = [f"1 0 0 1 0 {len(rows) - 1} cm"]
    for row in rows:
        runs = [_RECTS[m.start()][m.end() - m.start()] for m in _RUN.finditer(row)]
        if runs:
            parts.append("\n".join(runs) + "\nf")
        parts.append("1 0 0 1 0 -1 cm")
    return "\n".join(parts)


def draw_qr(canvas: Canvas, qr: QrCode, x: float, y: float, side: float) -> None:
    """The symbol with its quiet zone inside a square of `side` whose lower-left is (x, y)."""
    module = side / (len(qr.rows) + 2 * QR_QUIET_MODULES)
    corner = QR_QUIET_MODULES * module
    _fill_scaled(canvas, qr.ops, x + corner, y + corner, module, module, filled=True)
