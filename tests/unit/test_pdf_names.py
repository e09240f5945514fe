"""Every reportlab name the inserts' PDF writer uses beyond reportlab's documented API is listed
in packstation/inserts/pdf's docstring and exists in the installed reportlab: an upgrade that
drops one fails here, naming it. Without one, drawing takes the plain way and says why."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from packstation.inserts import pdf
from packstation.inserts.pdf import PLAIN_ENV
from packstation.inserts.pdf.names import MODULES, PRIVATE_NAMES, ROLES, missing_names
from packstation.inserts.pdf.writer import choose

ROOTS = set(MODULES) | ROLES


def _listed() -> list[str]:
    """The names the package's docstring lists (its part after "Names used")."""
    doc = pdf.__doc__ or ""
    part = doc[doc.index("Names used beyond") :]
    return [n for n in re.findall(r"`([\w.]+)`", part) if "." in n and n.split(".")[0] in ROOTS]


def test_the_docstring_lists_exactly_the_names_that_are_checked() -> None:
    listed = _listed()
    assert len(listed) == len(set(listed)), "a name listed twice"
    assert sorted(listed) == sorted(PRIVATE_NAMES)


@pytest.mark.parametrize("name", _listed())
def test_the_installed_reportlab_has(name: str) -> None:
    assert missing_names((name,)) == [], f"reportlab no longer has {name}: see packstation/inserts/pdf"


def test_a_name_that_is_not_there_is_found_missing() -> None:
    assert missing_names(("pdfdoc.PDFPage.no_such_thing", "page.no_such_thing", "face.name")) == [
        "pdfdoc.PDFPage.no_such_thing",
        "page.no_such_thing",
    ]


def test_the_plain_way_is_taken_when_asked_for_without_looking_or_warning() -> None:
    def never() -> list[str]:
        raise AssertionError("looked up the names although the plain way was asked for")

    assert choose({PLAIN_ENV: "1"}, never) == (True, "")
    assert choose({PLAIN_ENV: "0"}, list) == (False, "")
    assert choose({}, list) == (False, "")


def test_a_missing_name_takes_the_plain_way_with_a_warning_naming_it() -> None:
    plain, warning = choose({}, lambda: ["page._shadingUsed", "ttfonts.SUBSETN"])
    assert plain
    assert "has no page._shadingUsed, ttfonts.SUBSETN: inserts are drawn the plain way" in warning
    assert "drawing will fail" not in warning
    _, warning = choose({}, lambda: ["face.charToGlyph"])
    assert "the plain way needs face.charToGlyph too" in warning


def test_a_reportlab_without_a_name_draws_the_plain_way_and_says_which(tmp_path: Path) -> None:
    """In a process of its own: reportlab loaded, one name taken out of it, then packstation's
    drawing loaded and a line drawn."""
    out = tmp_path / "line.pdf"
    script = f"""
import warnings
import reportlab.pdfgen.canvas, reportlab.pdfbase.pdfdoc  # they hold their own reference to it
import reportlab.lib.rl_accel as accel
del accel.escapePDF
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    from packstation.inserts.pdf import writer
from packstation.inserts import text
canvas = reportlab.pdfgen.canvas.Canvas({str(out)!r})
text.draw_line(canvas, 40, 700, "Děkujeme, Ґанно", "sans", 14)
canvas.showPage()
writer.finish_page(canvas)
canvas.save()
print(writer.PLAIN)
print("\\n".join(f"{{w.category.__name__}}: {{w.message}}" for w in caught))
"""
    env = {key: value for key, value in os.environ.items() if key != PLAIN_ENV}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    plain, *warnings = done.stdout.splitlines()
    assert plain == "True"
    assert len(warnings) == 1 and warnings[0].startswith("PlainPdfWarning: reportlab ")
    assert "has no rl_accel.escapePDF: inserts are drawn the plain way" in warnings[0]
    assert b"/FontFile2" in out.read_bytes()
