"""Render every insert in every shipped language into docs/gallery/ (needs pdftoppm and
Pillow): `python docs/make_gallery.py`. Each PNG shows one order's four inserts side by side."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image
from sqlalchemy import select

from packstation.bootstrap import bootstrap
from packstation.core.languages import SHIPPED_LANGUAGES
from packstation.demo.shop import create_demo
from packstation.inserts.service import order_inserts
from packstation.storage.models import Customer, Order

OUT = Path(__file__).parent / "gallery"
PACKAGING = ["BOX-M", "FILL-PAPER", "TAPE-KRAFT"]


def main() -> int:
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        app = bootstrap(f"sqlite:///{work / 'gallery.sqlite3'}")
        create_demo(app.sessions, orders=200)
        for language in SHIPPED_LANGUAGES:
            gift = language in ("ro", "ar", "id")  # show a gift message in some of them
            with app.sessions() as session:
                number = session.scalars(
                    select(Order.number).join(Customer)
                    .where(Customer.language == language).order_by(Order.is_gift != gift, Order.id)
                ).first()  # fmt: skip
            if number is None:
                sys.exit(f"no {language} order in the demo shop")
            pdf = work / f"{language}.pdf"
            order_inserts(app.sessions, number, pdf, packaging=PACKAGING)
            subprocess.run(["pdftoppm", "-png", "-r", "80", str(pdf), str(work / language)], check=True)
            pages = [Image.open(path) for path in sorted(work.glob(f"{language}-*.png"))]
            gap = 12
            sheet = Image.new(
                "RGB",
                (sum(p.width for p in pages) + gap * (len(pages) + 1), pages[0].height + 2 * gap),
                "#D9DEE0",
            )
            x = gap
            for page in pages:
                sheet.paste(page, (x, gap))
                x += page.width + gap
            sheet.save(OUT / f"{language}.png", optimize=True)
            print(f"{language}: {number} -> {OUT / f'{language}.png'}")
        a4 = work / "a4.pdf"
        with app.sessions() as session:
            number = session.scalars(
                select(Order.number).join(Customer).where(Customer.language == "uk")
            ).first()
        order_inserts(app.sessions, str(number), a4, page="a4", packaging=PACKAGING)
        subprocess.run(
            ["pdftoppm", "-png", "-r", "50", "-singlefile", str(a4), str(OUT / "a4-sheet")], check=True
        )
        app.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
