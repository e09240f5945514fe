"""ZPL's run-length compression, checked against a bitmap decoded back."""

from __future__ import annotations

from PIL import Image, ImageDraw

from packstation.inserts.zpl import _repeat, compress_row, gfa_to_image, image_to_gfa


def test_repeat_counts_use_zpls_letters() -> None:
    assert _repeat(1, "F") == "GF"
    assert _repeat(19, "0") == "Y0"
    assert _repeat(20, "A") == "gA"
    assert _repeat(47, "3") == "hM3"  # 40 + 7
    assert _repeat(400, "F") == "zF"


def test_blank_and_full_rows_are_one_character() -> None:
    assert compress_row("0" * 204) == ","
    assert compress_row("F" * 204) == "!"
    assert compress_row("FF00" + "0" * 200) == "HF,"


def test_a_drawing_survives_the_round_trip() -> None:
    image = Image.new("L", (203, 120), 255)
    draw = ImageDraw.Draw(image)
    draw.rectangle((10, 10, 60, 100), fill=0)
    draw.line((0, 119, 202, 0), fill=0, width=3)
    zpl = "^XA^FO0,0" + image_to_gfa(image) + "^FS^XZ"

    decoded = gfa_to_image(zpl).crop((0, 0, 203, 120))
    assert (
        decoded.point(lambda v: 255 if v < 128 else 0).tobytes()
        == image.point(lambda v: 255 if v < 128 else 0).tobytes()
    )
