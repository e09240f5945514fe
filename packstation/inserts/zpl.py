"""The return label as ZPL II for Zebra-compatible thermal printers.

The label is drawn exactly as on paper (4×6 inch) and sent as one 203 dpi graphic (`^GFA`):
a Zebra's built-in fonts have no Arabic shaping and few have Cyrillic, while a graphic prints
every script the PDF does, on any ZPL printer, with no fonts to download first. Rows are
packed with ZPL's own run-length compression, which shrinks a mostly white label about tenfold.
"""

from __future__ import annotations

import io

import pypdfium2 as pdfium
from PIL import Image

from packstation.inserts.facts import InsertFacts
from packstation.inserts.formats import PAGE_FORMATS
from packstation.inserts.pages import render_document
from packstation.inserts.templates import InsertTemplates

DPI = 203
LABEL = PAGE_FORMATS["label-4x6"]
_COUNTS = [(400, "z"), (380, "y"), (360, "x"), (340, "w"), (320, "v"), (300, "u"), (280, "t"), (260, "s"), (240, "r"),
           (220, "q"), (200, "p"), (180, "o"), (160, "n"), (140, "m"), (120, "l"), (100, "k"), (80, "j"), (60, "i"),
           (40, "h"), (20, "g")]  # fmt: skip


def _repeat(count: int, char: str) -> str:
    """ZPL's repeat prefix: g..z count 20..400 in twenties, G..Y count 1..19."""
    out = []
    for value, letter in _COUNTS:
        while count >= value:
            out.append(letter)
            count -= value
    if count:
        out.append(chr(ord("G") + count - 1))
    return "".join(out) + char


def compress_row(row_hex: str) -> str:
    if set(row_hex) == {"0"}:
        return ","
    if set(row_hex) == {"F"}:
        return "!"
    stripped = row_hex.rstrip("0")
    tail = "," if len(stripped) < len(row_hex) else ""
    out = []
    i = 0
    while i < len(stripped):
        j = i
        while j < len(stripped) and stripped[j] == stripped[i]:
            j += 1
        run = j - i
        out.append(_repeat(run, stripped[i]) if run > 1 else stripped[i])
        i = j
    return "".join(out) + tail


def image_to_gfa(image: Image.Image) -> str:
    """A 1-bit image as a compressed ^GFA field (black = printed dot)."""
    bitmap = image.convert("L").point(lambda v: 255 if v < 128 else 0, mode="1")
    width, height = bitmap.size
    row_bytes = (width + 7) // 8
    data = bitmap.tobytes()  # mode "1": 1 = our printed dot, rows padded to whole bytes
    rows = []
    previous = None
    for r in range(height):
        hexrow = data[r * row_bytes : (r + 1) * row_bytes].hex().upper()
        rows.append(":" if hexrow == previous else compress_row(hexrow))
        previous = hexrow
    total = row_bytes * height
    return f"^GFA,{total},{total},{row_bytes},{''.join(rows)}"


def return_label_zpl(facts: InsertFacts, templates: InsertTemplates) -> str:
    pdf = io.BytesIO()
    render_document([("return", facts)], pdf, LABEL, templates, title=f"return label {facts.rma}")
    page = pdfium.PdfDocument(pdf.getvalue())[0]
    image = page.render(scale=DPI / 72, grayscale=True).to_pil()
    width, height = round(LABEL.width / 72 * DPI), round(LABEL.height / 72 * DPI)
    image = image.resize((width, height)) if image.size != (width, height) else image
    return "\n".join(
        [
            "^XA",
            "^CI28",
            f"^PW{width}",
            f"^LL{height}",
            "^LH0,0",
            f"^FO0,0{image_to_gfa(image)}^FS",
            "^PQ1",
            "^XZ",
            "",
        ]
    )


def gfa_to_image(zpl: str) -> Image.Image:
    """Decode the ^GFA graphic of a label back into an image (for checking what will print)."""
    start = zpl.index("^GFA,") + 5
    total, _, row_bytes, rest = zpl[start:].split(",", 3)
    body = rest[: rest.index("^FS")]
    rows: list[str] = []
    width_hex = int(row_bytes) * 2
    i = 0
    current: list[str] = []
    count = 0
    while i < len(body):
        ch = body[i]
        if "G" <= ch <= "Y":
            count += ord(ch) - ord("G") + 1
        elif "g" <= ch <= "z":
            count += (ord(ch) - ord("g") + 1) * 20
        elif ch == ",":
            current.extend("0" * (width_hex - len(current)))
        elif ch == "!":
            current.extend("F" * (width_hex - len(current)))
        elif ch == ":":
            current = list(rows[-1])
        elif ch in "\r\n":
            pass
        else:
            current.extend(ch * (count or 1))
            count = 0
        if len(current) >= width_hex:
            rows.append("".join(current[:width_hex]))
            current = []
        i += 1
    data = bytes.fromhex("".join(rows))
    height = int(total) // int(row_bytes)
    bitmap = Image.frombytes("1", (int(row_bytes) * 8, height), data)
    return bitmap.point(lambda v: 0 if v else 255, mode="L")
