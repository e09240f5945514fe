"""Putting any customer's words on paper: shipped Unicode fonts with a fallback per character,
Arabic shaped and laid out right to left, lines wrapped and shrunk to fit their box.

reportlab draws glyphs left to right with no shaping, so Arabic is first reshaped into its
joined presentation forms (arabic-reshaper) and then reordered for display (python-bidi),
line by line after wrapping — wrapping must measure the logical text, not the reordered one.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import arabic_reshaper
from bidi import get_display as fast_display  # Rust: fast, but mirrors nothing
from bidi.algorithm import get_display as full_display  # pure Python: mirrors brackets (rule L4)
from bidi.mirror import MIRRORED
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from packstation.inserts.pdf import writer
from packstation.paths import resource

FONT_FILES = {
    "PS-Sans": "NotoSans-Regular.ttf",
    "PS-Sans-Bold": "NotoSans-Bold.ttf",
    "PS-Serif": "NotoSerif-Regular.ttf",
    "PS-Serif-Bold": "NotoSerif-Bold.ttf",
    "PS-Serif-Italic": "NotoSerif-Italic.ttf",
    "PS-Arabic": "NotoSansArabic-Regular.ttf",
    "PS-Arabic-Bold": "NotoSansArabic-Bold.ttf",
    "PS-Naskh": "NotoNaskhArabic-Regular.ttf",
    "PS-Naskh-Bold": "NotoNaskhArabic-Bold.ttf",
    "PS-Fallback": "DejaVuSans.ttf",
}

#: A style is a chain of fonts: each character is drawn with the first one that has it.
STYLES: dict[str, tuple[str, ...]] = {
    "sans": ("PS-Sans", "PS-Arabic", "PS-Fallback"),
    "sans-bold": ("PS-Sans-Bold", "PS-Arabic-Bold", "PS-Fallback"),
    "serif": ("PS-Serif", "PS-Naskh", "PS-Fallback"),
    "serif-bold": ("PS-Serif-Bold", "PS-Naskh-Bold", "PS-Fallback"),
    "serif-italic": ("PS-Serif-Italic", "PS-Naskh", "PS-Fallback"),
}

_lock = threading.Lock()
_coverage: dict[str, frozenset[int]] = {}
_RESHAPER = arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": False, "support_ligatures": True})


def register_fonts() -> None:
    """Load the shipped fonts once; reportlab embeds only the glyphs a document uses."""
    with _lock:
        if _coverage:
            return
        for name, filename in FONT_FILES.items():
            font = writer.load_font(name, str(resource("fonts", filename)))
            _coverage[name] = writer.coverage(font)


_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff]")


def has_rtl(text: str) -> bool:
    """Whether any character is written right to left (Hebrew, Arabic and their kin)."""
    return _RTL.search(text) is not None


@lru_cache(maxsize=4096)
def _font_for(char: str, style: str) -> str:
    chain = STYLES[style]
    code = ord(char)
    for name in chain:
        if code in _coverage[name]:
            return name
    return chain[-1]


@lru_cache(maxsize=4096)  # bounded to what a wave of a thousand orders repeats: memory stays flat
def runs(text: str, style: str) -> tuple[tuple[str, str], ...]:
    """(piece, font) pairs: the text split where the font that has the characters changes."""
    register_fonts()
    primary = STYLES[style][0]
    if _coverage[primary].issuperset(map(ord, text)):  # the common case: one font has it all
        return ((text, primary),) if text else ()
    pieces: list[tuple[str, str]] = []
    current_font = ""
    buffer: list[str] = []
    for char in text:
        font = current_font if char == " " and current_font else _font_for(char, style)
        if font != current_font and buffer:
            pieces.append(("".join(buffer), current_font))
            buffer = []
        current_font = font
        buffer.append(char)
    if buffer:
        pieces.append(("".join(buffer), current_font))
    return tuple(pieces)


@lru_cache(maxsize=16_384)
def _unit_width(text: str, style: str) -> float:
    """Width at 1 pt: glyph advances scale with the size, so a word is measured only once."""
    return float(sum(pdfmetrics.stringWidth(piece, font, 1.0) for piece, font in runs(text, style)))


def width(text: str, style: str, size: float) -> float:
    return _unit_width(text, style) * size


@lru_cache(maxsize=4096)
def shape(text: str) -> str:
    """Arabic letters in their joined forms; other text as it is."""
    return _RESHAPER.reshape(text) if has_rtl(text) else text


_ARABIC = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff"
_CORE = "0-9A-Za-z\u00c0-\u024f\u0370-\u052f"
# a run of left-to-right text inside a right-to-left paragraph: from its first letter or digit
# to its last, e.g. "+420 228 881 234" or "250 01 Brandýs nad Labem"
LTR_ISLAND = re.compile(f"[+#]?[{_CORE}](?:[^{_ARABIC}\n]*[{_CORE}])?")
_LRE, _PDF = "\u202a", "\u202c"
_MIRROR = {ord(a): b for a, b in MIRRORED.items()}
_FORMATTING = dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069\u200e\u200f\u202a\u202b\u202c\u202d\u202e"))


def to_visual(line: str, rtl: bool) -> str:
    """One wrapped, shaped line in the order its glyphs are drawn from left to right.

    In a right-to-left paragraph, runs of Latin text and numbers are embedded left to right
    first, so a phone number or a postcode keeps its groups in order instead of being reversed
    word by word around the spaces; brackets and quotes are mirrored as Unicode says."""
    if not has_rtl(line) and not rtl:
        return line
    if not rtl:  # an Arabic name in a Latin sentence: rare, so the complete algorithm
        return _full_display(line)
    # Outside the embedded Latin islands every character of a right-to-left paragraph sits at a
    # right-to-left level, where Unicode shows brackets and quotes mirrored (rule L4): swap them
    # here, then let the fast reordering do the rest.
    pieces, last = [], 0
    for match in LTR_ISLAND.finditer(line):
        pieces.append(line[last : match.start()].translate(_MIRROR))
        pieces.append(f"{_LRE}{match.group(0)}{_PDF}")
        last = match.end()
    pieces.append(line[last:].translate(_MIRROR))
    return str(fast_display("".join(pieces), base_dir="R")).translate(_FORMATTING)


def _full_display(line: str) -> str:
    """The complete bidi algorithm over `line`, left to right. python-bidi fails on a code point
    Unicode has not assigned yet (no bidi class: a name pasted from a newer system, or a broken
    export); each stands in for the run as a private-use letter and is put back after."""
    unassigned = sorted({char for char in line if not unicodedata.bidirectional(char)})
    if not unassigned:
        return str(full_display(line, base_dir="L"))
    free = (chr(point) for point in range(0xF0000, 0xFFFFE) if chr(point) not in line)
    stand_ins = {ord(char): stand_in for char, stand_in in zip(unassigned, free, strict=False)}
    back = {ord(stand_in): chr(point) for point, stand_in in stand_ins.items()}
    return str(full_display(line.translate(stand_ins), base_dir="L")).translate(back)


def wrap(text: str, style: str, size: float, max_width: float) -> list[str]:
    """Shaped logical lines no wider than max_width; a word too long for a line is broken."""
    lines: list[str] = []
    space = _unit_width(" ", style) * size
    for paragraph in text.split("\n"):
        line, line_width = "", 0.0
        for word in shape(paragraph).split(" "):
            word_width = _unit_width(word, style) * size
            if line and line_width + space + word_width <= max_width:
                line, line_width = f"{line} {word}", line_width + space + word_width
                continue
            if line:
                lines.append(line)
            line, line_width = word, word_width
            while line_width > max_width and len(line) > 1:  # a word wider than the line
                cut = len(line)
                while cut > 1 and width(line[:cut], style, size) > max_width:
                    cut -= 1
                lines.append(line[:cut])
                line = line[cut:]
                line_width = width(line, style, size)
        lines.append(line)
    return lines


@dataclass(frozen=True)
class Fitted:
    lines: tuple[str, ...]
    size: float
    leading: float
    rtl: bool


@lru_cache(maxsize=8192)
def fit(
    text: str,
    style: str,
    size: float,
    box_width: float,
    box_height: float,
    min_size: float | None = None,
    line_spacing: float = 1.25,
    rtl: bool | None = None,
) -> Fitted:
    """The largest size from `size` down to `min_size` at which the wrapped text fits the
    box; at the smallest size it keeps every line rather than cutting any off. Remembered:
    the terms, the policy and the sign-off of a language are the same on every order."""
    smallest = min_size or size
    direction = has_rtl(text) if rtl is None else rtl
    current = size
    while True:
        lines = wrap(text, style, current, box_width)
        if len(lines) * current * line_spacing <= box_height + 0.01 or current <= smallest:
            return Fitted(tuple(lines), current, current * line_spacing, direction)
        current = max(smallest, current - 0.5)


def draw_line(canvas: Canvas, x: float, y: float, line: str, style: str, size: float) -> None:
    """Draw a visual-order line starting at x on the baseline y, switching fonts as needed."""
    writer.show(canvas, [(x, y, runs(line, style))], size)


def draw_fitted(
    canvas: Canvas,
    fitted: Fitted,
    style: str,
    left: float,
    top: float,
    box_width: float,
    align: str = "start",
) -> float:
    """Draw fitted lines from the top of a box; `start` means left, or right for RTL text.
    Returns the y below the last line."""
    y = top - fitted.size
    placed: list[tuple[float, float, tuple[tuple[str, str], ...]]] = []
    for logical in fitted.lines:
        visual = to_visual(logical, fitted.rtl)
        if align == "center":
            x = left + (box_width - width(visual, style, fitted.size)) / 2
        elif (align == "start" and fitted.rtl) or align == "end":
            x = left + box_width - width(visual, style, fitted.size)
        else:  # left-aligned: the line's width is not needed
            x = left
        placed.append((x, y, runs(visual, style)))
        y -= fitted.leading
    writer.show(canvas, placed, fitted.size)
    return y + fitted.leading - fitted.size * 0.25
